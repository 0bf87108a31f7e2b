package nl.routewijzer.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.routewijzer.knowledge.analysis.DutchAnalysis;
import nl.routewijzer.knowledge.analysis.Fields;
import nl.routewijzer.knowledge.analysis.Terms;
import nl.routewijzer.knowledge.load.KnowledgeBase;
import nl.routewijzer.knowledge.model.EntryKind;
import nl.routewijzer.knowledge.model.Example;
import nl.routewijzer.knowledge.model.KnowledgeEntry;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The in-memory Lucene index of a knowledge base, with what the searcher needs beside it: each entry's
 * analysed terms and 4-grams (to measure how much of a question an entry covers) and its passages.
 * Immutable once built; safe to search from many threads.
 */
public final class KnowledgeIndex {

    final List<KnowledgeEntry> entries;
    /** All each entry says, folded (see {@link #wordsOf}): the corpus's vocabulary, and what typos are put right to. */
    final List<String> foldedTexts;
    /** Lucene's document number -> the entry's ordinal (they are the same, but not by contract). */
    private final int[] ordinals;
    final List<Set<String>> entryTerms = new ArrayList<>();
    /** Examples whose answer no entry holds, or too many do (see {@link ExampleAnswers}): stale, to be mended. */
    private final List<Example> unresolvedExamples = new ArrayList<>();
    final List<Set<String>> entryGrams = new ArrayList<>();
    /** The words of each entry's title, not the parts of its compounds. */
    final List<Set<String>> titleWords = new ArrayList<>();
    /** All terms of each entry's title, the parts of its compounds included. */
    final List<Set<String>> titleTerms = new ArrayList<>();
    /** Terms of what names an entry as a whole (title, chapter, keywords, document): true of every passage. */
    final List<Set<String>> nameTerms = new ArrayList<>();
    /** The folded keywords of each entry: for a term, the names it is known by. */
    final List<List<String>> entryNames = new ArrayList<>();
    final SwvMentions swvMentions;
    final List<List<Passage>> passages = new ArrayList<>();
    /** Which entries hold each term and 4-gram. */
    final TermPostings entryPostings;
    /** Per entry, which of its passages hold each term. */
    final List<TermPostings> passagePostings = new ArrayList<>();
    /** Per entry, which of its passages hold each term with the terms that name the entry as a whole added. */
    final List<TermPostings> contextPostings = new ArrayList<>();
    final Analyzer analyzer;
    final IndexSearcher searcher;
    /** BM25 of the question's words, from postings read once (see {@link LexicalScorer}). */
    final LexicalScorer lexical;
    final SynonymExpander synonyms;
    final Set<String> stopWords = new HashSet<>();
    /** The places whose ways differ ("Den Haag: ...", "Rijswijk: ..."). */
    final Variants variants;
    /** Per entry, per passage: the places whose way it tells (see {@link Variants#of}). */
    final List<List<Set<String>>> passageVariants = new ArrayList<>();
    /** Per entry: the terms its title negates ("wordt niet afgegeven", "geen zorgplicht"). */
    final List<Set<String>> negatedInTitle = new ArrayList<>();
    /** Per entry, per passage: the stems of its adjacent words (see {@link QueryWord#pairs}). */
    final List<List<Set<String>>> passagePairs = new ArrayList<>();

    private KnowledgeIndex(KnowledgeBase base) throws IOException {
        this.entries = base.entries();
        this.foldedTexts = base.entries().stream().map(e -> DutchAnalysis.fold(wordsOf(e))).toList();
        this.analyzer = DutchAnalysis.create(vocabulary(foldedTexts));
        this.synonyms = new SynonymExpander(base.terms(), base.synonymGroups());
        this.swvMentions = new SwvMentions(base.entries(), base.places());
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (int i = 0; i < entries.size(); i++) {
                KnowledgeEntry entry = entries.get(i);
                String keywords = String.join("\n", entry.keywords()) + "\n"
                        + KnowledgeEntry.fileWords(KnowledgeEntry.linksIn(entry.body()));
                String leadIn = String.join("\n", entry.leadIn());
                String body = KnowledgeEntry.plain(entry.body());
                String all = entry.title() + "\n" + keywords + "\n" + leadIn + "\n" + body;
                Document doc = new Document();
                doc.add(new StoredField(Fields.ID, i));
                doc.add(new TextField(Fields.TITLE, entry.title() + "\n" + entry.chapter().orElse(""), Field.Store.NO));
                doc.add(new TextField(Fields.KEYWORDS, keywords + "\n" + leadIn, Field.Store.NO));
                doc.add(new TextField(Fields.BODY, body, Field.Store.NO));
                doc.add(new TextField(Fields.GRAMS, all, Field.Store.NO));
                writer.addDocument(doc);
                // A reference's text only says where the tool gives it, not what it is about: its topics and
                // chapter say that.
                String about = entry.kind() == EntryKind.REFERENCE
                        ? entry.title() + "\n" + keywords : all;
                entryTerms.add(NumberWords.termsWithCounts(analyzer,
                        about + "\n" + entry.chapter().orElse("") + "\n" + entry.document()));
                entryNames.add(entry.keywords().stream().map(DutchAnalysis::fold).map(String::strip).toList());
                entryGrams.add(Terms.distinct(analyzer, Fields.GRAMS, all));
                // A question's word is in the title when it is one of the title's words ("advies" is not what
                // "Maatwerkadviestraject" is about); a concept is when all terms of one of its phrases are.
                titleWords.add(QueryWord.of(analyzer, Fields.BODY, entry.title(), Set.of()).stream().map(QueryWord::stem)
                        .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)));
                titleTerms.add(Terms.distinct(analyzer, Fields.BODY, entry.title()));
                negatedInTitle.add(negated(entry.title()));
                // Not the lead-in: a passage that says "op psychische en medische gronden" answers a question about
                // them; the page the answer to that question leads to only comes after it. Unless the page says
                // nothing else (+5 -1 on the 58 sets).
                // Nor the chapter: it names a group of sections, often by both sides ("Wat doet school bij geoorloofd
                // / ongeoorloofd verzuim"), so that a passage about ongeoorloofd verzuim held "geoorloofd" too.
                nameTerms.add(NumberWords.termsWithCounts(analyzer, entry.title()
                        + "\n" + keywords + "\n" + entry.document()
                        + (onlyTheChoice(entry) ? "\n" + leadIn : "")));
                // A short route page reads as a whole; longer texts are answered by their best passage.
                // A term's definition is shown whole, however long.
                boolean whole = entry.kind() == EntryKind.TERM
                        || entry.kind() == EntryKind.ROUTE_STEP && body.length() <= PassageSplitter.MAX_SHOWN_CHARS;
                passages.add(whole
                        ? List.of(PassageSplitter.passage(Optional.empty(), entry.body(), NumberWords.termsWithCounts(analyzer, body)))
                        : PassageSplitter.split(entry.body(), analyzer));
            }
        }
        Learned learned = learn(base.examples());
        for (int i = 0; i < entries.size(); i++) {
            entryTerms.set(i, learned.byEntry().with(i, entryTerms.get(i)));
        }
        this.entryPostings = new TermPostings(entryTerms, entryGrams);
        this.variants = new Variants(entries, analyzer);
        for (int i = 0; i < entries.size(); i++) {
            Set<String> names = nameTerms.get(i);
            List<Set<String>> terms = new ArrayList<>();
            for (int passage = 0; passage < passages.get(i).size(); passage++) {
                terms.add(learned.byPassage().with(new PassageKey(i, passage), passages.get(i).get(passage).terms()));
            }
            passagePostings.add(new TermPostings(terms));
            contextPostings.add(new TermPostings(terms.stream().map(t -> {
                Set<String> inContext = new HashSet<>(t);
                inContext.addAll(names);
                return (Set<String>) inContext;
            }).toList()));
            passageVariants.add(variants.of(passages.get(i)));
            passagePairs.add(pairsInContext(entries.get(i), passages.get(i)));
        }
        this.searcher = new IndexSearcher(DirectoryReader.open(directory));
        this.lexical = new LexicalScorer(searcher);
        this.ordinals = new int[searcher.getIndexReader().maxDoc()];
        for (int doc = 0; doc < ordinals.length; doc++) {
            ordinals[doc] = searcher.storedFields().document(doc).getField(Fields.ID).numericValue().intValue();
        }
        DutchAnalysis.stopWords().forEach(w -> stopWords.add(new String((char[]) w)));
    }

    /** The examples that point at no entry, or at too many to learn from (a content check reports them). */
    public List<Example> unresolvedExamples() {
        return List.copyOf(unresolvedExamples);
    }

    /** A passage, by its entry and its place among the entry's passages. */
    private record PassageKey(int entry, int passage) {
    }

    private record Learned(LearnedWords<Integer> byEntry, LearnedWords<PassageKey> byPassage) {
    }

    /**
     * The words people use for an entry and for the passage that answers them, which these do not use themselves,
     * learned from the examples they answer (see {@link LearnedWords}). A passage answers an example when it holds
     * one of the example's answer phrases.
     */
    private Learned learn(List<Example> examples) {
        Learned learned = new Learned(new LearnedWords<>(), new LearnedWords<>());
        ExampleAnswers answers = new ExampleAnswers(entries);
        Map<Integer, List<String>> passageTexts = new HashMap<>(); // each entry's passages as answers are sought in them
        for (Example example : examples) {
            BitSet answering = answers.of(example);
            if (answering.isEmpty() || answering.cardinality() > ExampleAnswers.MOST_ENTRIES) {
                unresolvedExamples.add(example);
                continue;
            }
            Set<String> stems = new HashSet<>();
            QueryWord.of(analyzer, Fields.BODY, DutchAnalysis.fold(example.question()), Set.of()).forEach(w -> stems.add(w.stem()));
            answering.stream().forEach(entry -> {
                learned.byEntry().add(entry, stems);
                List<String> own = passageTexts.computeIfAbsent(entry,
                        e -> passages.get(e).stream().map(p -> ExampleAnswers.lower(p.text())).toList());
                for (int passage = 0; passage < own.size(); passage++) {
                    if (ExampleAnswers.holds(own.get(passage), example)) {
                        learned.byPassage().add(new PassageKey(entry, passage), stems);
                    }
                }
            });
        }
        return learned;
    }

    /**
     * Whether a route page says nothing but the option chosen to reach it ("Raadpleeg de observatiegroep De
     * Ontdekkers", reached by "De partners in het MDO hebben andere expertise nodig ... Waar kan je aan denken?"):
     * such a page is about the question that offered it.
     */
    private boolean onlyTheChoice(KnowledgeEntry entry) {
        if (entry.kind() != EntryKind.ROUTE_STEP || entry.leadIn().isEmpty()) {
            return false;
        }
        String body = KnowledgeEntry.plain(entry.body());
        int firstBlock = body.indexOf("\n\n");
        String head = firstBlock < 0 ? body : body.substring(0, firstBlock);
        if (firstBlock >= 0 && (entry.chapter().map(head::startsWith).orElse(false) || head.startsWith("Looptijd"))) {
            body = body.substring(firstBlock + 2); // the phase and its lead time: every page of the phase has them
        }
        Set<String> own = Terms.distinct(analyzer, Fields.BODY, body);
        return Terms.distinct(analyzer, Fields.BODY, String.join("\n", entry.leadIn())).containsAll(own);
    }

    /**
     * Each passage's adjacent words with those of its entry's title and names, in context as the passages' terms
     * are (contextPostings): "OT breed" stands in the term's title, not in its definition.
     */
    private List<Set<String>> pairsInContext(KnowledgeEntry entry, List<Passage> entryPassages) {
        Set<String> named = QueryWord.pairs(analyzer, Fields.BODY, entry.title());
        for (String name : entry.keywords()) {
            named.addAll(QueryWord.pairs(analyzer, Fields.BODY, name));
        }
        return entryPassages.stream().map(passage -> {
            Set<String> pairs = QueryWord.pairs(analyzer, Fields.BODY, KnowledgeEntry.plain(passage.text()));
            pairs.addAll(named);
            return Set.copyOf(pairs);
        }).toList();
    }

    /**
     * A negation and the word it negates, past a parenthesis: "wil (nog) niet opschalen". Only "niet" and "geen": a
     * title's "zonder" names a group ("Routeboek zonder schoolinschrijving"), not the opposite of a page beside it.
     */
    private static final Pattern NEGATION = Pattern.compile("\\b(?:niet|geen)\\s+(?:\\([^)]*\\)\\s*)?(\\p{L}+)");

    /** The stems of the words a text negates ("niet afgegeven" -> afgegev). */
    Set<String> negated(String title) {
        Set<String> negated = new HashSet<>();
        Matcher matcher = NEGATION.matcher(DutchAnalysis.fold(title));
        while (matcher.find()) {
            QueryWord.of(analyzer, Fields.BODY, matcher.group(1), Set.of()).forEach(w -> negated.add(w.stem()));
        }
        return Set.copyOf(negated);
    }

    public static KnowledgeIndex build(KnowledgeBase base) {
        try {
            return new KnowledgeIndex(base);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the in-memory knowledge index", e);
        }
    }

    int ordinal(int doc) {
        return ordinals[doc];
    }

    public int size() {
        return entries.size();
    }

    Optional<KnowledgeEntry> entry(int ordinal) {
        return ordinal >= 0 && ordinal < entries.size() ? Optional.of(entries.get(ordinal)) : Optional.empty();
    }

    /** All an entry says, as plain text: its title, names, lead-in and body. */
    private static String wordsOf(KnowledgeEntry entry) {
        return entry.title() + " " + String.join(" ", entry.keywords()) + " " + String.join(" ", entry.leadIn())
                + " " + KnowledgeEntry.plain(entry.body());
    }

    /** The corpus's own words: the parts compounds may be split into. */
    private static Set<String> vocabulary(List<String> foldedTexts) {
        Set<String> words = new HashSet<>();
        Set<String> stop = new HashSet<>();
        DutchAnalysis.stopWords().forEach(w -> stop.add(new String((char[]) w)));
        for (String folded : foldedTexts) {
            for (String word : folded.split("[^a-z]+")) {
                if (word.length() >= 4 && !stop.contains(word)) {
                    words.add(word);
                }
            }
            words.addAll(DutchAnalysis.joinedInfinitives(folded));
        }
        return words;
    }
}
