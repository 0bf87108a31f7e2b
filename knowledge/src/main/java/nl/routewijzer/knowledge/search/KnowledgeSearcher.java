package nl.routewijzer.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.routewijzer.knowledge.analysis.DutchAnalysis;
import nl.routewijzer.knowledge.analysis.Fields;
import nl.routewijzer.knowledge.analysis.Terms;
import nl.routewijzer.knowledge.model.EntryKind;
import nl.routewijzer.knowledge.model.KnowledgeEntry;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Answers a free question from the index. The question is analysed like the text (so Lucene syntax a user
 * types is just words), widened with synonyms, scored with BM25 over title, keywords, body and 4-grams,
 * then re-ranked: entries of the active route's samenwerkingsverband and of the kind the question asks for
 * come first, and an entry's score is weighed by how much of the question it covers. Below a minimum
 * coverage the result is marked not confident: better an honest "not found" than a random passage.
 */
public final class KnowledgeSearcher {

    /** Words of a question that ask for an answer rather than say what it is about. */
    private static final List<String> FILLER = List.of("waar", "lees", "lezen", "meer", "vind", "vinden", "informatie",
            "info", "link", "betekent", "betekenen", "betekenis", "definitie", "uitleg", "weten", "graag", "staat",
            "gebeurt", "gebeuren", "moet", "moeten", "doen", "kan", "kunnen", "mag", "welke", "welk", "hoe", "wat");
    static final double MIN_COVERAGE = 0.55;
    static final int MAX_HITS = 3;
    private static final int CANDIDATES = 40;

    private final KnowledgeIndex index;
    private final Set<String> filler = new HashSet<>();

    public KnowledgeSearcher(KnowledgeIndex index) {
        this.index = index;
        FILLER.forEach(w -> filler.addAll(Terms.of(index.analyzer, Fields.BODY, w)));
    }

    /**
     * @param routeId the active route; its samenwerkingsverband's entries are preferred
     */
    public SearchResult search(String question, Optional<String> routeId) {
        String folded = DutchAnalysis.fold(question);
        QuestionIntent intent = QuestionIntent.of(folded);
        List<String> expansions = index.synonyms.expand(folded);
        Set<String> terms = new LinkedHashSet<>(Terms.of(index.analyzer, Fields.BODY, question));
        terms.removeAll(filler);
        Set<String> synonymTerms = new LinkedHashSet<>();
        expansions.forEach(e -> synonymTerms.addAll(Terms.of(index.analyzer, Fields.BODY, e)));
        synonymTerms.removeAll(terms);
        synonymTerms.removeAll(filler);
        if (terms.isEmpty() && synonymTerms.isEmpty()) {
            return new SearchResult(intent, List.of(), false);
        }
        try {
            Query query = query(question, terms, synonymTerms);
            ScoreDoc[] docs = index.searcher.search(query, CANDIDATES).scoreDocs;
            List<Hit> ranked = new ArrayList<>();
            for (ScoreDoc doc : docs) {
                int ordinal = index.searcher.storedFields().document(doc.doc).getField(Fields.ID).numericValue().intValue();
                KnowledgeEntry entry = index.entries.get(ordinal);
                double coverage = coverage(ordinal, terms, synonymTerms);
                double score = doc.score * (0.25 + coverage) * kindWeight(intent, entry.kind()) * swvWeight(entry, routeId);
                PassageChoice passage = bestPassage(ordinal, terms, synonymTerms);
                ranked.add(new Hit(entry, passage.heading(), passage.text(), score, coverage));
            }
            ranked.sort(Comparator.comparingDouble(Hit::score).reversed());
            List<Hit> hits = distinct(ranked);
            boolean confident = !hits.isEmpty() && hits.getFirst().coverage() >= MIN_COVERAGE;
            return new SearchResult(intent, hits, confident);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query query(String question, Set<String> terms, Set<String> synonymTerms) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (String term : terms) {
            addTerm(builder, term, 1.0f);
        }
        for (String term : synonymTerms) {
            addTerm(builder, term, 0.5f);
        }
        Set<String> grams = new LinkedHashSet<>(Terms.of(index.analyzer, Fields.GRAMS, question));
        for (String gram : grams) {
            builder.add(new BoostQuery(new TermQuery(new Term(Fields.GRAMS, gram)), 0.15f), BooleanClause.Occur.SHOULD);
        }
        return builder.build();
    }

    private static void addTerm(BooleanQuery.Builder builder, String term, float weight) {
        builder.add(new BoostQuery(new TermQuery(new Term(Fields.TITLE, term)), 3f * weight), BooleanClause.Occur.SHOULD);
        builder.add(new BoostQuery(new TermQuery(new Term(Fields.KEYWORDS, term)), 3f * weight), BooleanClause.Occur.SHOULD);
        builder.add(new BoostQuery(new TermQuery(new Term(Fields.BODY, term)), weight), BooleanClause.Occur.SHOULD);
    }

    /**
     * The rarity-weighted share of the question's terms found in the entry. A term the entry lacks still
     * counts for part when most of its 4-grams are there (registreren / registratie).
     */
    private double coverage(int ordinal, Set<String> terms, Set<String> synonymTerms) throws IOException {
        Set<String> entryTerms = index.entryTerms.get(ordinal);
        double total = 0;
        double found = 0;
        for (String term : terms) {
            double weight = idf(term);
            total += weight;
            if (entryTerms.contains(term)) {
                found += weight;
            } else {
                found += weight * gramShare(ordinal, term) * 0.7;
            }
        }
        if (terms.isEmpty()) {
            total = 1;
        }
        // A synonym found lifts the coverage by part of its weight, but a question is never covered by
        // synonyms alone.
        double bonus = 0;
        for (String term : synonymTerms) {
            if (entryTerms.contains(term)) {
                bonus = Math.max(bonus, 0.5 * idf(term) / Math.max(total, idf(term)));
            }
        }
        return Math.min(1.0, found / total + bonus);
    }

    private double gramShare(int ordinal, String term) {
        List<String> grams = Terms.of(index.analyzer, Fields.GRAMS, term);
        if (grams.size() < 2) {
            return 0;
        }
        Set<String> entryGrams = index.entryGrams.get(ordinal);
        long hits = grams.stream().filter(entryGrams::contains).count();
        double share = (double) hits / grams.size();
        return share >= 0.6 ? share : 0;
    }

    private double idf(String term) throws IOException {
        int n = index.searcher.getIndexReader().numDocs();
        int df = Math.max(index.searcher.getIndexReader().docFreq(new Term(Fields.BODY, term)),
                index.searcher.getIndexReader().docFreq(new Term(Fields.TITLE, term)));
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    private record PassageChoice(Optional<String> heading, String text) {
    }

    /**
     * The passage sharing the most (rarity-weighted) terms with the question, with a short neighbour joined.
     * Terms of the entry's title say what the whole entry is about, not which passage answers: they do not
     * count, so a question about the entry itself gets its opening passage.
     */
    private PassageChoice bestPassage(int ordinal, Set<String> questionTerms, Set<String> questionSynonyms)
            throws IOException {
        List<Passage> passages = index.passages.get(ordinal);
        if (passages.isEmpty()) {
            return new PassageChoice(Optional.empty(), index.entries.get(ordinal).body());
        }
        Set<String> titleTerms = index.titleTerms.get(ordinal);
        Set<String> terms = new LinkedHashSet<>(questionTerms);
        terms.removeAll(titleTerms);
        Set<String> synonymTerms = new LinkedHashSet<>(questionSynonyms);
        synonymTerms.removeAll(titleTerms);
        int best = 0;
        double bestScore = -1;
        for (int i = 0; i < passages.size(); i++) {
            Passage passage = passages.get(i);
            double score = 0;
            for (String term : terms) {
                if (passage.terms().contains(term)) {
                    score += idf(term);
                }
            }
            for (String term : synonymTerms) {
                if (passage.terms().contains(term)) {
                    score += 0.8 * idf(term);
                }
            }
            if (score > bestScore + 1e-9) {
                bestScore = score;
                best = i;
            }
        }
        Passage chosen = passages.get(best);
        String text = chosen.text();
        if (chosen.heading().isEmpty() && text.length() < PassageSplitter.MIN_PASSAGE_CHARS && best + 1 < passages.size()
                && passages.get(best + 1).heading().isEmpty()) {
            text = text + "\n\n" + passages.get(best + 1).text();
        }
        return new PassageChoice(chosen.heading(), text);
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
                case TERM -> 2.5;
                case SECTION -> 1.0;
                case REFERENCE -> 0.6;
                case ROUTE_STEP -> 0.7;
            };
            case FACT -> switch (kind) {
                case SECTION, ROUTE_STEP -> 1.0;
                case TERM -> 0.9;
                case REFERENCE -> 0.7;
            };
        };
    }

    /** The active route's samenwerkingsverband first; general knowledge (no swv) in between. */
    private static double swvWeight(KnowledgeEntry entry, Optional<String> routeId) {
        if (routeId.isEmpty() || entry.swv().isEmpty()) {
            return 1.0;
        }
        return entry.routes().contains(routeId.get()) ? 1.6 : 0.5;
    }

    /** Drops hits that repeat an earlier one (the same passage of the same source) and keeps three. */
    private static List<Hit> distinct(List<Hit> ranked) {
        List<Hit> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Hit hit : ranked) {
            String key = hit.entry().url() + "|" + hit.passage().strip();
            String titleKey = hit.entry().source() + "|" + hit.entry().title();
            if (seen.add(key) && seen.add(titleKey)) {
                result.add(hit);
            }
            if (result.size() == MAX_HITS) {
                break;
            }
        }
        return result;
    }
}
