package nl.routewijzer.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import nl.routewijzer.knowledge.analysis.DutchAnalysis;
import nl.routewijzer.knowledge.analysis.Fields;
import nl.routewijzer.knowledge.analysis.Terms;
import nl.routewijzer.knowledge.model.EntryKind;
import nl.routewijzer.knowledge.model.KnowledgeEntry;
import nl.routewijzer.knowledge.search.Asked.Concept;
import nl.routewijzer.knowledge.search.Asked.Weighted;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * Answers a free question from the index. The question is analysed like the text (so Lucene syntax a user
 * types is just words), widened with synonyms, scored with BM25 over title, keywords, body and 4-grams,
 * then re-ranked: entries of the active route's samenwerkingsverband and of the kind the question asks for
 * come first, and an entry's score is weighed by how much of the question it covers. Below a minimum
 * coverage the result is marked not confident: better an honest "not found" than a random passage.
 */
public final class KnowledgeSearcher {

    /** Words of a question that ask for an answer rather than say what it is about. */
    private static final List<String> FILLER = List.of(
            "waar", "lees", "lezen", "meer", "vind", "vinden", "informatie", "info", "link", "betekent", "betekenen",
            "betekenis", "definitie", "uitleg", "weten", "graag", "staat", "gebeurt", "gebeuren", "moet", "moeten",
            "doen", "kan", "kunnen", "mag", "welke", "welk", "hoe", "wat", "komt", "komen", "gaat", "gaan", "elkaar",
            "iets", "precies", "eigenlijk", "vertel", "zeg", "wanneer", "hoeveel", "vanaf", "uiteindelijk", "ongeveer",
            "gewoon", "echt", "even", "ondernemen", "ondernomen", "oud", "snel", "vaak", "jullie", "verstaan", "site",
            "nalezen", "nalees", "terugvinden", "opzoeken", "beschreven", "inhoudt", "inhouden", "downloaden",
            "download", "we", "wij", "tussen", "onze", "doet", "zelf", "afkorting", "afkortingen", "term", "begrip",
            "woord", "website", "webpagina", "pagina", "t", "pdf", "los", "losse", "apart", "aparte", "omgaan", "omgegaan",
            "halen", "haal", "vandaan", "doe", "daaronder", "hieronder", "erin", "daarin", "erbij", "daarbij", "erover",
            "daarover", "heel", "erg", "nogal", "behoorlijk", "ontzettend", "totaal", "standaard", "onderwerp",
            "onderwerpen", "soort", "soorten", "eis", "eisen",
            // "hoe vaak ziekgemeld voordat ik ...": asks for a moment, like "wanneer".
            "voordat",
            // How often something happens tells the situation, not what to look up ("meldt zich steeds ziek").
            "steeds", "telkens", "alsmaar",
            // "valt dit onder ...": falling under something is how the question is put, not what it is about.
            "valt", "vallen",
            // Query operators a user may type ("JES AND MDO"): Lucene syntax is never parsed, and as words they
            // would weigh as rare words no text holds.
            "and", "or", "not");
    static final double MIN_COVERAGE = 0.6;
    static final double MIN_COVERAGE_LONG = 0.4;
    /** The part of an entry's relevance that comes from its BM25 score; the rest is its coverage. */
    static final double LEXICAL_SHARE = 0.35;
    /** The part of an entry's coverage measured on its best passage (with its title) rather than all of it. */
    static final double PASSAGE_SHARE = 0.5;
    /** Two passages sharing this much of their terms say the same. */
    static final double NEAR_DUPLICATE = 0.7;
    /**
     * From this many words and concepts on, a word no text uses weighs less (see {@link #asked}): "praten" in
     * "een gesprekshulpmiddel om met ouders over thuiszitten te praten" must not make every answer fall short.
     */
    static final int UNKNOWN_WORD_FROM = 3;
    /** The weight, relative to its rarity, of a word no text uses, in a long question. */
    static final double UNKNOWN_WORD_SHARE = 0.3;
    static final int MIN_EXTENDED_STEM = 5;
    static final int MAX_EXTENSIONS = 8;
    /** How much the whole question's coverage (title words included) counts when choosing a passage: a tie-break. */
    static final double TITLE_WORD_SHARE = 0.05;
    /** Questions that ask for an enumeration ("welke acties", "wat zijn de ..."). */
    private static final Pattern LIST_QUESTION =
            Pattern.compile("(^|\\s)(welke|wat zijn de|noem de|wie zitten|wat (kan|kunnen|moet|moeten) .*doen)(\\s|[?!.]|$)");
    /**
     * Questions that ask for a moment, a term or a number ("wanneer", "hoe lang", "hoeveel"): the passage that
     * answers holds one ("na 8 weken", "tien adviezen", "aan het begin van het schooljaar").
     */
    private static final Pattern QUANTITY_QUESTION = Pattern.compile(
            "(^|\\s)(wanneer|hoe (lang|oud|vaak|snel)|hoeveel|binnen welke|welke termijn|na hoeveel|vanaf welke?|(op|tot|vanaf) welke leeftijd)(\\s|[?!.]|$)");
    /** The words of a place question that only ask for a place. */
    private static final Pattern PLACE_WORDS = Pattern.compile(
            "(?<![\\p{L}])(zit|zitten|ligt|liggen|bevindt|zich|adres|locatie|plek|gevestigd)(?![\\p{L}])");
    /** Phrases that only say that the user wants to act: "wanneer moet ik actie ondernemen?", "wat is de volgende stap?". */
    private static final Pattern ACTING = Pattern.compile(
            "(?<![\\p{L}])(actie (ondernemen|nemen)|in actie komen|aan de slag( gaan)?|(ik )?maak (ik )?(me|mij) (echt |wel |erg |grote )?zorgen"
                    + "|zorgen maken|ik zit met|(wat is )?(de|een) volgende stap(pen)?|wat (nu|dan)|hoe (nu )?verder"
                    + "|aan welke (eisen|voorwaarden)|voldoen(?=[?!. ]*$)|aan de bel trekken|(de )?alarm(bel)? slaan"
                    // "een kind uit mijn groep", "moet ik daar iets mee": whose pupil it is, and that something
                    // must be done, not what about.
                    + "|(uit|in|van) (mijn|onze) (groep|klas|mentorklas|mentorgroep)|(daar|hier|er) (iets|wat) mee"
                    // "wat kan ik als coördinator doen": who asks, not what about.
                    + "|(?<=(ik|we|wij) )als (de |een )?[\\p{L}'-]+"
                    + ")(?![\\p{L}])");
    /** "waar zit GOAL?": a place, not a document to read. */
    private static final Pattern LOCATION_QUESTION = Pattern.compile(
            "^(waar (zit|zitten|ligt|liggen|bevindt|is .* gevestigd)|op welke (plek|locatie)|(wat is het|op welk|welk) adres)");
    /** A definition's subject with a restriction ("X in Maashorst", "X bij SBO") makes it a question of fact. */
    private static final Pattern RESTRICTED = Pattern.compile("\\s(in|bij|binnen|op|tijdens)\\s");
    /** A number in a question ("een leerling van 13") asks about an amount the text may word differently. */
    private static final Pattern NUMBER = Pattern.compile("(^|\\s)\\d+(\\s|[?!.]|$)");
    /**
     * Question words a synonym group holds ("hoe vaak" = frequentie, "hoe lang" = looptijd): when the answer
     * uses the group's word they count for it, but an answer may give the number without it.
     */
    private static final Pattern QUESTION_PHRASE = Pattern.compile("^(hoe |hoeveel|binnen hoeveel)");
    /** The weight, relative to its rarity, of a word that only tells the situation before the sentence that asks. */
    static final double SITUATION_SHARE = 0.25;
    /** The most the situation's words together weigh, relative to what the sentence that asks weighs. */
    static final double SITUATION_CAP = 0.5;
    /** The weight, relative to its rarity, of a number in a question: "13" is answered by "vanaf 12 jaar". */
    static final double NUMBER_SHARE = 0.3;
    /** A passage that answers the kind of question asked wins a tie of coverage with one that does not. */
    static final double PASSAGE_FIT_BONUS = 0.1;
    /** "waar lees ik meer over X": a passage about X that links on is the answer, more than one that only names X. */
    static final double LINK_BONUS = 0.5;
    /** The share of its score an answer without any link keeps for a where-to-read question. */
    static final double UNLINKED_SHARE = 0.8;
    static final int MAX_HITS = 3;
    /**
     * Candidates taken from BM25. Coverage, not BM25, decides, and BM25 favours entries that repeat a common
     * word of the question in their title: the page that answers can rank below forty others.
     */
    private static final int CANDIDATES = 100;
    /** Candidates whose best passage is looked for (the others cannot reach the top by their upper bound). */
    private static final int EXACT_CANDIDATES = 8;
    static final int PROBE_HITS = Integer.getInteger("routewijzer.probe.hits", MAX_HITS);

    /** The index never changes, so a term's rarity and 4-grams can be remembered (bounded: users type anything). */
    private static final int CACHE_LIMIT = 50_000;

    private final KnowledgeIndex index;
    private final Set<String> filler = new HashSet<>();
    private final Set<String> negationTerms = new HashSet<>();
    /** The names of the glossary's terms, folded: what "wat is dat?" may refer back to. */
    private final Set<String> termNames;
    private final ConcurrentHashMap<String, Set<String>> phraseCache = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Term, TermStates> termStates = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, List<String>> extensionCache = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Integer> dfCache = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Double> idfCache = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, List<String>> gramCache = new ConcurrentHashMap<>();

    public KnowledgeSearcher(KnowledgeIndex index) {
        this.index = index;
        FILLER.forEach(w -> filler.addAll(Terms.of(index.analyzer, Fields.BODY, w)));
        DutchAnalysis.NEGATIONS.forEach(w -> negationTerms.addAll(Terms.of(index.analyzer, Fields.BODY, w)));
        Set<String> names = new HashSet<>();
        for (int i = 0; i < index.size(); i++) {
            if (index.entries.get(i).kind() == EntryKind.TERM) {
                index.entryNames.get(i).stream().filter(n -> n.length() >= 2).forEach(names::add);
            }
        }
        this.termNames = Set.copyOf(names);
    }

    /**
     * @param routeId the active route; its samenwerkingsverband's entries are preferred, unless the question
     *                names another one
     */
    public SearchResult search(String question, Optional<String> routeId) {
        String folded = DutchAnalysis.fold(question);
        SwvMentions.Mention mention = index.swvMentions.find(folded);
        // "waar zit GOAL?": the verb only says that a place is asked for (and "zit" is also "wie zit er aan tafel").
        boolean place = LOCATION_QUESTION.matcher(mention.rest().strip()).find();
        String about = about(mention.rest(), place);
        List<QueryWord> words = QueryWord.of(index.analyzer, Fields.BODY, about, filler);
        Set<String> terms = new LinkedHashSet<>();
        words.forEach(w -> {
            terms.add(w.stem());
            terms.addAll(w.parts());
        });
        List<SynonymExpander.Match> matches = index.synonyms.matches(about);
        Set<String> synonymTerms = new LinkedHashSet<>();
        // The other phrases of every synonym group the question mentions.
        matches.stream().flatMap(m -> m.all().stream().filter(p -> !m.mentioned().contains(p))).distinct()
                .forEach(e -> synonymTerms.addAll(phraseTerms(e)));
        synonymTerms.removeAll(terms);
        synonymTerms.removeAll(filler);
        if (words.isEmpty() && synonymTerms.isEmpty()) {
            return new SearchResult(QuestionIntent.of(folded), List.of(), false);
        }
        Reading reading = read(folded, about);
        QuestionIntent intent = reading.intent();
        Optional<String> subject = reading.subject();
        try {
            Asked asked = asked(about, matches, intent);
            double minimum = minCoverage(asked.meanings());
            PassageWish wish = new PassageWish(LIST_QUESTION.matcher(about).find(),
                    QUANTITY_QUESTION.matcher(about).find() || NUMBER.matcher(about).find(),
                    intent == QuestionIntent.WHERE_TO_READ, place);
            Query query = query(about, terms, synonymTerms);
            ScoreDoc[] docs = index.searcher.search(query, CANDIDATES).scoreDocs;
            double maxScore = docs.length == 0 ? 1 : docs[0].score;
            // First an upper bound of each candidate's score from its coverage as a whole (a passage never covers
            // more than its entry); then the exact score, with the best passage, for the most promising only.
            record Candidate(int ordinal, float lexical, double entryCoverage, double bound) {
            }
            List<Candidate> candidates = new ArrayList<>();
            Coverage coverage = coverage(asked, index.entryPostings);
            for (ScoreDoc doc : docs) {
                int ordinal = index.ordinal(doc.doc);
                double entryCoverage = coverage.of(ordinal);
                candidates.add(new Candidate(ordinal, doc.score, entryCoverage,
                        score(index.entries.get(ordinal), intent, mention, routeId, subject, ordinal, doc.score / maxScore,
                                entryCoverage, minimum)));
            }
            candidates.sort(Comparator.comparingDouble(Candidate::bound).reversed());
            List<Ranked> ranked = new ArrayList<>();
            for (Candidate candidate : candidates.subList(0, Math.min(EXACT_CANDIDATES, candidates.size()))) {
                int ordinal = candidate.ordinal();
                KnowledgeEntry entry = index.entries.get(ordinal);
                // How much of the question the entry covers, and how much one passage of it covers: an entry
                // whose answer stands together in one place beats one that has the words scattered about.
                PassageChoice passage = bestPassage(ordinal, asked, wish, coverage);
                double covered = PASSAGE_SHARE * passage.coverage() + (1 - PASSAGE_SHARE) * candidate.entryCoverage();
                boolean named = isNamed(subject, ordinal);
                double score = score(entry, intent, mention, routeId, subject, ordinal, candidate.lexical() / maxScore,
                        covered, minimum);
                if (wish.link() && !linksOn(entry, passage)) {
                    score *= UNLINKED_SHARE; // "waar vind ik ..." wants somewhere to go
                }
                ranked.add(new Ranked(new Hit(entry, passage.heading(), passage.text(), passage.gist(), score, named ? 1.0 : covered),
                        passage.terms()));
            }
            ranked.sort(Comparator.comparingDouble((Ranked r) -> r.hit().score()).reversed());
            List<Hit> hits = distinct(ranked);
            boolean confident = !hits.isEmpty() && hits.getFirst().coverage() >= minimum;
            return new SearchResult(intent, hits, confident);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether the answer made of this entry and passage points somewhere to read on: a reference is itself
     * that pointer; a route page shows all its links; a text shows the links in its passage.
     */
    private static boolean linksOn(KnowledgeEntry entry, PassageChoice passage) {
        return switch (entry.kind()) {
            case REFERENCE -> true;
            case ROUTE_STEP -> passage.linked() || !entry.links().isEmpty();
            case SECTION, TERM -> passage.linked();
        };
    }

    /** A hit with the terms of its passage, to recognise passages that say the same. */
    private record Ranked(Hit hit, Set<String> terms) {
    }

    /** What kind of passage the question asks for: a list, a moment or number, a link to read more. */
    private record PassageWish(boolean list, boolean quantity, boolean link, boolean place) {

        double bonus(Passage passage) {
            return (list && passage.list() ? PASSAGE_FIT_BONUS : 0) + (quantity && passage.quantity() ? PASSAGE_FIT_BONUS : 0)
                    + (link && passage.link() ? LINK_BONUS : 0) + (place && passage.place() ? PASSAGE_FIT_BONUS : 0);
        }
    }

    /** What {@link #remembered} computes: may read the index. */
    private interface Lookup<V> {
        V get() throws IOException;
    }

    /**
     * The cached value, or the computed one, kept while the cache has room. The index never changes, so
     * nothing goes stale; the bound is there because users type anything. Two searches may compute the same
     * value at once: both get the same answer, and no lock is held while the index is read.
     */
    private static <K, V> V remembered(Map<K, V> cache, K key, Lookup<V> lookup) throws IOException {
        V known = cache.get(key);
        if (known != null) {
            return known;
        }
        V value = lookup.get();
        if (cache.size() < CACHE_LIMIT) {
            cache.put(key, value);
        }
        return value;
    }

    /** The analysed terms of a phrase of the glossary or the synonym groups. */
    private Set<String> phraseTerms(String phrase) {
        try {
            return remembered(phraseCache, phrase, () -> Terms.distinct(index.analyzer, Fields.BODY, phrase));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // analysis of a string does not read the index
        }
    }

    /** A sentence of a question: up to its full stop, question or exclamation mark. */
    private static final Pattern SENTENCE = Pattern.compile("[^.?!]+[.?!]*");

    /**
     * The sentence that asks, when a question first tells a situation ("Ik heb een leerling in 3 havo die om de
     * haverklap ziek wordt gemeld. Waar lees ik hoe we met zieke leerlingen omgaan?"): the last sentence that
     * says what about. A sentence of filler only ("waar lees ik dat?") asks about the one before it.
     */
    private Optional<String> focus(String about) {
        List<String> sentences = SENTENCE.matcher(about).results().map(m -> m.group().strip())
                .filter(t -> !QueryWord.of(index.analyzer, Fields.BODY, t, filler).isEmpty()).toList();
        return sentences.size() < 2 ? Optional.empty() : Optional.of(sentences.getLast());
    }

    /** "vanaf welke leeftijd": an age, which the texts write in years ("vanaf 12 jaar"). */
    private static final Pattern AGE = Pattern.compile("(?<![\\p{L}])(welke|welk|die) leeftijd(?![\\p{L}])");

    /**
     * What the question is about: without the words that only ask for a place or say the user wants to act,
     * and an age asked for in the words the texts give it in.
     */
    private static String about(String rest, boolean place) {
        String asked = AGE.matcher(rest).replaceAll("$1 jaar");
        return ACTING.matcher(place ? PLACE_WORDS.matcher(asked).replaceAll(" ") : asked).replaceAll(" ");
    }

    /** What kind of answer a question asks, and the term it names, if any. */
    private record Reading(QuestionIntent intent, Optional<String> subject) {
    }

    /**
     * @param folded the whole question, folded
     * @param about  what it is about (see {@link #about})
     */
    private Reading read(String folded, String about) {
        QuestionIntent intent = QuestionIntent.of(folded);
        // What the question names: the subject of "wat is X?", or a short query that is just a term ("OT smal").
        String bare = about.replaceAll("[?!.]+$", "").strip().replaceAll("\\s+", " ");
        Optional<String> subject = intent == QuestionIntent.DEFINITION ? DefinitionSubject.of(about, termNames)
                : bare.split(" ").length <= 3 ? Optional.of(bare) : Optional.empty();
        if (intent != QuestionIntent.DEFINITION) {
            // A situation told first, then "wat is een ingroeiplan?": a definition, when it names a known term.
            Optional<String> named = DefinitionSubject.of(QuestionIntent.definitionAsked(about), List.of())
                    .filter(termNames::contains);
            if (named.isPresent()) {
                return new Reading(QuestionIntent.DEFINITION, named);
            }
        }
        if (intent == QuestionIntent.DEFINITION && subject.isPresent() && RESTRICTED.matcher(subject.get()).find()) {
            // "wie is de aansluitfunctionaris in Maashorst" asks a fact about the term, not what it means.
            return new Reading(QuestionIntent.FACT, Optional.empty());
        }
        return new Reading(intent, subject);
    }

    /** For developers (the knowledge probe): the question's words with their weights, and its concepts. */
    public String explain(String question) {
        String folded = DutchAnalysis.fold(question);
        String rest = index.swvMentions.find(folded).rest();
        String about = about(rest, LOCATION_QUESTION.matcher(rest.strip()).find());
        List<SynonymExpander.Match> matches = index.synonyms.matches(about);
        StringBuilder out = new StringBuilder();
        try {
            // The same reading as the search, so that what is explained is what was searched.
            Asked asked = asked(about, matches, read(folded, about).intent());
            for (Weighted word : asked.words()) {
                out.append(String.format(Locale.ROOT, "%s%s=%.2f(df %d) ", word.word().stem(),
                        word.word().parts().isEmpty() ? "" : word.word().parts(), word.weight(),
                        documentFrequency(word.word().stem())));
            }
            for (Concept concept : asked.concepts()) {
                out.append(String.format(Locale.ROOT, "concept%s=%.2f ", concept.alternatives(), concept.weight()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private boolean isNamed(Optional<String> subject, int ordinal) {
        return subject.isPresent() && index.entryNames.get(ordinal).contains(subject.get());
    }

    /**
     * Coverage leads: how much of the question an entry answers; BM25 (normalised to the best candidate's)
     * breaks ties between entries that cover alike. Then the kind the question asks for, the preferred
     * samenwerkingsverband, and a term the question names exactly.
     */
    private double score(KnowledgeEntry entry, QuestionIntent intent, SwvMentions.Mention mention,
                         Optional<String> routeId, Optional<String> subject, int ordinal, double lexical,
                         double coverage, double minimum) {
        boolean named = isNamed(subject, ordinal);
        double relevance = LEXICAL_SHARE * lexical + (1 - LEXICAL_SHARE) * coverage;
        double score = relevance * kindWeight(intent, entry.kind()) * swvWeight(entry, mention.routes(), routeId)
                * (named ? 2.0 : 1.0);
        // An entry that does not cover the question never outranks one that does, whatever its kind.
        return (named ? 1.0 : coverage) < minimum ? score * 0.3 : score;
    }

    /**
     * How much of a question an answer must cover: nearly all of a short one, less of a long one, in which
     * more words only tell the situation ("leerling doet al weken maar half mee ... wanneer schaalt het JES op").
     */
    static double minCoverage(int meanings) {
        return Math.max(MIN_COVERAGE_LONG, MIN_COVERAGE - 0.03 * Math.max(0, meanings - 2));
    }

    private Query query(String question, Set<String> terms, Set<String> synonymTerms) throws IOException {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (String term : terms) {
            addTerm(builder, term, 1.0f);
        }
        for (String term : synonymTerms) {
            addTerm(builder, term, 0.5f);
        }
        Set<String> grams = new LinkedHashSet<>(Terms.of(index.analyzer, Fields.GRAMS, question));
        // A 4-gram in many entries ("leer", "scho") tells nothing a word does not, and costs most to score.
        int common = index.size() / 4;
        for (String gram : grams) {
            TermQuery gramQuery = termQuery(Fields.GRAMS, gram);
            if (gramQuery.getTermStates().docFreq() <= common) {
                builder.add(new BoostQuery(gramQuery, 0.15f), BooleanClause.Occur.SHOULD);
            }
        }
        return builder.build();
    }

    private void addTerm(BooleanQuery.Builder builder, String term, float weight) throws IOException {
        builder.add(new BoostQuery(termQuery(Fields.TITLE, term), 3f * weight), BooleanClause.Occur.SHOULD);
        builder.add(new BoostQuery(termQuery(Fields.KEYWORDS, term), 3f * weight), BooleanClause.Occur.SHOULD);
        builder.add(new BoostQuery(termQuery(Fields.BODY, term), weight), BooleanClause.Occur.SHOULD);
    }

    /**
     * A term query with the term's statistics and place in the term dictionary looked up once: the index never
     * changes, and looking them up again for every clause of every search was a fifth of a search's work.
     * Built eagerly (with statistics), a TermStates is only read afterwards, so searches may share it.
     */
    private TermQuery termQuery(String field, String text) throws IOException {
        Term term = new Term(field, text);
        return new TermQuery(term, remembered(termStates, term, () -> TermStates.build(index.searcher, term, true)));
    }

    /**
     * What the question asks: its words that no synonym group took, and its concepts. Where to read about what,
     * the sentence that asks says; a situation told before it is no topic.
     */
    private Asked asked(String about, List<SynonymExpander.Match> matches, QuestionIntent intent) throws IOException {
        List<QueryWord> plainWords = QueryWord.of(index.analyzer, Fields.BODY, SynonymExpander.without(about, matches), filler);
        return asked(plainWords, matches, intent == QuestionIntent.WHERE_TO_READ ? focus(about) : Optional.empty());
    }

    /**
     * The question's words and concepts with their weights. A word weighs by its rarity. A word the texts
     * never use ("niks", "half", "praten", "checken") mostly tells the situation or how the user would act,
     * not what to look up: beside two other meanings it weighs less, so that it does not drown the words that
     * can be found. Alone with one other, it still counts fully: then it may be the whole point. A negation weighs as much as the
     * question's heaviest word: "geen gehoor" is the opposite of "gehoor".
     */
    private Asked asked(List<QueryWord> plainWords, List<SynonymExpander.Match> matches, Optional<String> focus)
            throws IOException {
        Set<String> focusStems = new HashSet<>();
        focus.ifPresent(f -> QueryWord.of(index.analyzer, Fields.BODY, f, filler).forEach(w -> focusStems.add(w.stem())));
        List<Concept> concepts = concepts(matches, focus);
        boolean severalMeanings = plainWords.size() + concepts.size() >= UNKNOWN_WORD_FROM;
        List<Weighted> words = new ArrayList<>();
        double heaviest = 0;
        for (QueryWord word : plainWords) {
            for (String part : word.parts()) {
                idf(part); // remembered, for the credit of parts in coverage
            }
            double weight = weight(word);
            if (severalMeanings && isUnknown(word)) {
                weight *= UNKNOWN_WORD_SHARE;
            }
            if (isNumber(word)) {
                weight *= NUMBER_SHARE;
            }
            if (focus.isPresent() && !focusStems.contains(word.stem())) {
                weight *= SITUATION_SHARE;
            }
            words.add(new Weighted(word, weight, documentFrequency(word.stem()) == 0 ? extensions(word.stem()) : List.of()));
            heaviest = Math.max(heaviest, weight);
        }
        if (focus.isPresent()) {
            words = withSituationCapped(words, concepts, focusStems);
        }
        List<Concept> weighted = new ArrayList<>();
        for (Concept concept : concepts) {
            weighted.add(concept.negation() ? new Concept(concept.alternatives(), Math.max(concept.weight(), heaviest), true, false)
                    : concept);
        }
        return new Asked(List.copyOf(words), List.copyOf(weighted));
    }

    /**
     * A long situation told before the sentence that asks ("Ik ben nieuw als mentor in de brugklas. Een meisje
     * uit mijn klas ...") weighs, all its words together, at most {@link #SITUATION_CAP} of what that sentence
     * asks (its words, and the question's concepts, themselves weighed down when told in the situation): many
     * words each weighing a quarter still outweighed the two that said what to read about.
     */
    private static List<Weighted> withSituationCapped(List<Weighted> words, List<Concept> concepts, Set<String> focusStems) {
        double asked = concepts.stream().mapToDouble(Concept::weight).sum();
        double situation = 0;
        for (Weighted w : words) {
            if (focusStems.contains(w.word().stem())) {
                asked += w.weight();
            } else {
                situation += w.weight();
            }
        }
        if (situation <= SITUATION_CAP * asked || situation == 0) {
            return words;
        }
        double scale = SITUATION_CAP * asked / situation;
        return words.stream().map(w -> focusStems.contains(w.word().stem()) ? w
                : new Weighted(w.word(), w.weight() * scale, w.extended())).toList();
    }

    /** The index's words that begin with the stem (at most a few, for stems of five letters or more). */
    private List<String> extensions(String stem) throws IOException {
        if (stem.length() < MIN_EXTENDED_STEM) {
            return List.of();
        }
        return remembered(extensionCache, stem, () -> wordsBeginning(stem));
    }

    private List<String> wordsBeginning(String stem) throws IOException {
        Set<String> found = new LinkedHashSet<>();
        BytesRef prefix = new BytesRef(stem);
        for (LeafReaderContext leaf : index.searcher.getIndexReader().leaves()) {
            for (String field : List.of(Fields.BODY, Fields.TITLE, Fields.KEYWORDS)) {
                org.apache.lucene.index.Terms terms = leaf.reader().terms(field);
                if (terms == null) {
                    continue;
                }
                TermsEnum iterator = terms.iterator();
                if (iterator.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
                    continue;
                }
                for (BytesRef term = iterator.term();
                     term != null && StringHelper.startsWith(term, prefix) && found.size() < MAX_EXTENSIONS;
                     term = iterator.next()) {
                    found.add(term.utf8ToString());
                }
            }
        }
        return List.copyOf(found);
    }

    private boolean isUnknown(QueryWord word) throws IOException {
        if (documentFrequency(word.stem()) > 0) {
            return false;
        }
        for (String part : word.parts()) {
            if (documentFrequency(part) > 0) {
                return false;
            }
        }
        return true;
    }

    private List<Concept> concepts(List<SynonymExpander.Match> matches, Optional<String> focus) throws IOException {
        List<Concept> concepts = new ArrayList<>();
        for (SynonymExpander.Match match : matches) {
            boolean situation = focus.isPresent() && match.mentioned().stream().noneMatch(focus.get()::contains);
            List<Set<String>> alternatives = new ArrayList<>();
            for (String phrase : match.all()) {
                Set<String> phraseTerms = new LinkedHashSet<>(phraseTerms(phrase));
                phraseTerms.removeAll(filler);
                // "niet eens" without its stop word is "niet": found in any text that says no to anything.
                boolean onlyNegation = phrase.contains(" ") && negationTerms.containsAll(phraseTerms);
                if (!phraseTerms.isEmpty() && !onlyNegation) {
                    alternatives.add(phraseTerms);
                }
            }
            double weight = 0;
            int count = 0;
            for (String phrase : match.mentioned()) {
                for (String term : phraseTerms(phrase)) {
                    weight += idf(term);
                    count++;
                }
            }
            if (!alternatives.isEmpty() && count > 0) {
                concepts.add(new Concept(alternatives, weight / count * (situation ? SITUATION_SHARE : 1),
                        match.all().stream().anyMatch(DutchAnalysis.NEGATIONS::contains),
                        match.mentioned().stream().allMatch(p -> QUESTION_PHRASE.matcher(p).find())));
            }
        }
        return concepts;
    }

    /** How much of the question each text of the list covers (see {@link Coverage}). */
    private Coverage coverage(Asked asked, TermPostings texts) {
        return new Coverage(asked, texts, this::grams, part -> idfCache.getOrDefault(part, 1.0));
    }

    private static boolean isNumber(QueryWord word) {
        return word.stem().chars().allMatch(Character::isDigit);
    }

    /** A word weighs by its rarity; a compound the corpus does not know weighs as its parts do. */
    private double weight(QueryWord word) throws IOException {
        if (word.parts().isEmpty() || documentFrequency(word.stem()) > 0) {
            return idf(word.stem());
        }
        double sum = 0;
        for (String part : word.parts()) {
            sum += idf(part);
        }
        return sum / word.parts().size();
    }

    /** A word's 4-grams (remembered: the same words come back). */
    private List<String> grams(String term) {
        try {
            return remembered(gramCache, term, () -> Terms.of(index.analyzer, Fields.GRAMS, term));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // analysis of a string does not read the index
        }
    }

    private double idf(String term) throws IOException {
        return remembered(idfCache, term, () -> {
            int n = index.searcher.getIndexReader().numDocs();
            int df = documentFrequency(term);
            return Math.log(1 + (n - df + 0.5) / (df + 0.5));
        });
    }

    private int documentFrequency(String term) throws IOException {
        return remembered(dfCache, term, () -> Math.max(index.searcher.getIndexReader().docFreq(new Term(Fields.BODY, term)),
                Math.max(index.searcher.getIndexReader().docFreq(new Term(Fields.TITLE, term)),
                        index.searcher.getIndexReader().docFreq(new Term(Fields.KEYWORDS, term)))));
    }

    /** The passage to show, its terms, and how much of the question it covers together with the entry's title. */
    private record PassageChoice(Optional<String> heading, String text, String gist, Set<String> terms, double coverage, boolean linked) {
    }

    /**
     * The passage that covers most of the question, with a short neighbour of the same sub-heading joined.
     * Words of the entry's title say what the whole entry is about, not which passage answers: they only
     * break ties, with all the question's words. Between passages that cover
     * alike, the one that gives what the question asks for (a list, a moment or number, a link) wins.
     */
    private PassageChoice bestPassage(int ordinal, Asked asked, PassageWish wish, Coverage entryCoverage) {
        List<Passage> passages = index.passages.get(ordinal);
        if (passages.isEmpty()) {
            String body = index.entries.get(ordinal).body();
            return new PassageChoice(Optional.empty(), body, body, Set.of(), entryCoverage.of(ordinal), false);
        }
        Set<String> titleWords = index.titleWords.get(ordinal);
        Set<String> titleTerms = index.titleTerms.get(ordinal);
        List<Weighted> telling = asked.words().stream().filter(w -> !titleWords.contains(w.word().stem())).toList();
        List<Concept> tellingConcepts = asked.concepts().stream()
                .filter(c -> c.alternatives().stream().noneMatch(titleTerms::containsAll)).toList();
        // A question about the entry itself ("waar lees ik meer over de doorbraaktafel") asks nothing beyond its
        // title: its opening passage answers, not one that happens to repeat the title's word.
        double tieBreak = telling.isEmpty() && tellingConcepts.isEmpty() ? 0 : TITLE_WORD_SHARE;
        TermPostings texts = index.passagePostings.get(ordinal);
        Coverage tellingCoverage = coverage(new Asked(telling, tellingConcepts), texts);
        Coverage wholeCoverage = tieBreak == 0 ? null : coverage(asked, texts);
        int best = 0;
        double bestScore = -1;
        for (int i = 0; i < passages.size(); i++) {
            double score = tellingCoverage.of(i) + wish.bonus(passages.get(i))
                    + (tieBreak == 0 ? 0 : tieBreak * wholeCoverage.of(i));
            if (score > bestScore + 1e-9) {
                bestScore = score;
                best = i;
            }
        }
        Passage chosen = passages.get(best);
        Optional<Passage> next = best + 1 < passages.size() && passages.get(best + 1).heading().equals(chosen.heading())
                ? Optional.of(passages.get(best + 1)) : Optional.empty();
        String text = withNext(chosen.shown(), next.map(Passage::shown));
        // In context: the passage's terms with those that name its entry (see KnowledgeIndex#contextPostings).
        return new PassageChoice(chosen.heading(), text, withNext(chosen.text(), next.map(Passage::text)), chosen.terms(),
                coverage(asked, index.contextPostings.get(ordinal)).of(best), chosen.link() || text.contains("]("));
    }

    /**
     * A short passage reads better with the next one of the same sub-heading, and an announcement ("Deze
     * activiteiten omvatten:") with what it announces.
     */
    private static String withNext(String text, Optional<String> next) {
        if (next.isEmpty()) {
            return text;
        }
        if (text.strip().endsWith(":")) {
            String announcement = PassageSplitter.lastSentence(text);
            return text + "\n" + (next.get().startsWith(announcement) ? next.get().substring(announcement.length()).strip() : next.get());
        }
        return text.length() < PassageSplitter.MIN_PASSAGE_CHARS ? text + "\n\n" + next.get() : text;
    }

    private static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long common = a.stream().filter(b::contains).count();
        return (double) common / (a.size() + b.size() - common);
    }

    private static double kindWeight(QuestionIntent intent, EntryKind kind) {
        return switch (intent) {
            case WHERE_TO_READ -> switch (kind) {
                case REFERENCE -> 2.0;
                case SECTION -> 1.0;
                case TERM -> 0.5;
                case ROUTE_STEP -> 0.8;
            };
            case DEFINITION -> switch (kind) {
                case TERM -> 1.8;
                case SECTION -> 1.0;
                case REFERENCE -> 0.6;
                case ROUTE_STEP -> 0.7;
            };
            case FACT -> switch (kind) {
                case SECTION, ROUTE_STEP -> 1.0;
                // A definition condenses; a fact is best shown in the text it comes from.
                case TERM -> 0.7;
                case REFERENCE -> 0.7;
            };
        };
    }

    /**
     * The samenwerkingsverband the question names, else the active route's, first; general knowledge (no
     * swv) in between; other SWVs' entries last.
     */
    private static double swvWeight(KnowledgeEntry entry, Optional<Set<String>> namedSwv, Optional<String> routeId) {
        if (entry.swv().isEmpty() || (namedSwv.isEmpty() && routeId.isEmpty())) {
            return 1.0;
        }
        boolean preferred = namedSwv.map(routes -> entry.routes().stream().anyMatch(routes::contains))
                .orElseGet(() -> entry.routes().contains(routeId.get()));
        return preferred ? 1.6 : 0.5;
    }

    /**
     * Drops hits that repeat an earlier one (the same source and title, or a passage that says nearly the
     * same: the routes repeat steps for each variant) and keeps three.
     */
    private static List<Hit> distinct(List<Ranked> ranked) {
        List<Hit> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Set<String>> shown = new ArrayList<>();
        for (Ranked r : ranked) {
            Hit hit = r.hit();
            String titleKey = hit.entry().swv().orElse("") + "|" + hit.entry().source() + "|" + hit.entry().title();
            boolean repeats = shown.stream().anyMatch(s -> similarity(s, r.terms()) >= NEAR_DUPLICATE);
            if (!repeats && seen.add(titleKey)) {
                result.add(hit);
                shown.add(r.terms());
            }
            if (result.size() == PROBE_HITS) {
                break;
            }
        }
        return result;
    }
}
