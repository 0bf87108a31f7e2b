package nl.routewijzer.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.routewijzer.knowledge.analysis.Fields;
import nl.routewijzer.knowledge.analysis.Terms;
import nl.routewijzer.knowledge.model.EntryKind;
import nl.routewijzer.knowledge.model.KnowledgeEntry;
import nl.routewijzer.knowledge.search.Asked.Concept;
import nl.routewijzer.knowledge.search.Asked.Weighted;
import org.apache.lucene.search.ScoreDoc;

/**
 * Answers a free question from the index. The question is analysed like the text (so Lucene syntax a user
 * types is just words), widened with synonyms, scored with BM25 over title, keywords, body and 4-grams,
 * then re-ranked: entries of the active route's samenwerkingsverband and of the kind the question asks for
 * come first, and an entry's score is weighed by how much of the question it covers. Below a minimum
 * coverage the result is marked not confident: better an honest "not found" than a random passage.
 */
public final class KnowledgeSearcher {

    static final double MIN_COVERAGE = 0.6;
    static final double MIN_COVERAGE_LONG = 0.4;
    static final double MIN_CONFIDENT_LONG = 0.3;
    /** The part of an entry's relevance that comes from its BM25 score; the rest is its coverage. */
    static final double LEXICAL_SHARE = 0.35;
    /** The part of an entry's coverage measured on its best passage (with its title) rather than all of it. */
    static final double PASSAGE_SHARE = 0.5;
    /** Two passages sharing this much of their terms say the same. */
    static final double NEAR_DUPLICATE = 0.7;
    /** How much the whole question's coverage (title words included) counts when choosing a passage: a tie-break. */
    static final double TITLE_WORD_SHARE = 0.05;
    /** A passage that answers the kind of question asked wins a tie of coverage with one that does not. */
    static final double PASSAGE_FIT_BONUS = 0.1;
    /** "waar lees ik meer over X": a passage about X that links on is the answer, more than one that only names X. */
    static final double LINK_BONUS = 0.5;
    /** The share of its score an answer without any link keeps for a where-to-read question. */
    static final double UNLINKED_SHARE = 0.8;
    /** What a passage that tells another place's way loses in the choice of passage (see {@link #placeFit}). */
    static final double OTHER_PLACE_PENALTY = 0.5;
    /** What a passage that tells the way of the place the question names gains in the choice of passage. */
    static final double PLACE_FIT = 0.15;
    /**
     * How much an answer gains when its passage has the question's words side by side as the question has them
     * ("het MDO wil (nog) niet opschalen" for "de partners in het MDO willen niet opschalen"): up to this share
     * more, for all of the question's adjacent pairs (in either order: "OT breed" is "brede OT"). On the 46 sets:
     * 20 answers better, 9 worse (290 -> 279 top-1 misses; 0.25: 281, 0.5: 279 with 15 worse). The same share
     * added to the choice of passage instead: no better; pairs in the order the question has them: 279 too, but
     * "wie zitten er bij OT breed" lost its answer.
     */
    static final double PAIR_BOOST = 0.35;
    static final int MAX_HITS = 3;
    /**
     * What the passage that gives the part of a tafel the question asks for ({@link TableFacet}: "bij wie melden
     * we aan" wants its Aanmelding) gains in the choice of passage, and the share more the answer made of it
     * scores. On the 56 sets: 21 answers better, none worse (0.2 / 0: 15 better, 2 worse before a named place
     * was let go first; 0.7 and 1.0: 5 and 6 worse; a share of 0.25: 8 better, 4 worse). The share counts for
     * an answer that names what "welke scholen" asks for too: 5 better, none worse; and for one that gives the
     * moment or number asked for in words: 5 better, 1 worse (with any number the question tells: 6 better, 2 worse;
     * for a list or a link asked for: 1 better, 10 worse and 3 better, 5 worse).
     */
    static final double FACET_BONUS = 0.4;
    static final double FACET_SCORE = 0.1;
    /** See {@link #negationFit}. */
    static final double NEGATION_FIT = 0.1;
    /** How much more a term counts that a definition question names exactly ("wat is een JES?"). */
    static final double NAMED_DEFINITION = 8.0;
    /**
     * Candidates taken from BM25. Coverage, not BM25, decides, and BM25 favours entries that repeat a common
     * word of the question in their title: the page that answers can rank below forty others.
     */
    private static final int CANDIDATES = 100;
    /** Candidates whose best passage is looked for (the others cannot reach the top by their upper bound). */
    private static final int EXACT_CANDIDATES = 8;
    static final int PROBE_HITS = Integer.getInteger("routewijzer.probe.hits", MAX_HITS);

    private final KnowledgeIndex index;
    private final QuestionReader reader;

    public KnowledgeSearcher(KnowledgeIndex index) {
        this.index = index;
        this.reader = new QuestionReader(index);
    }

    /**
     * @param routeId the active route; its samenwerkingsverband's entries are preferred, unless the question
     *                names another one
     */
    public SearchResult search(String text, Optional<String> routeId) {
        QuestionReader.Question question = reader.read(text, routeId);
        if (question.empty()) {
            return new SearchResult(question.intent(), List.of(), false);
        }
        QuestionIntent intent = question.intent();
        Optional<String> subject = question.subject();
        SwvMentions.Mention mention = question.mention();
        try {
            Asked asked = question.asked();
            double minimum = minCoverage(asked.meanings());
            PassageWish wish = new PassageWish(question.list(), question.quantity(), intent == QuestionIntent.WHERE_TO_READ,
                    question.place(), places(question.terms()), question.pairs(), question.names(), question.facet(),
                    question.asksMoment(), question.asksWho());
            ScoreDoc[] docs = index.lexical.top(query(question.about(), question.terms(), question.synonymTerms()), CANDIDATES);
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
                score *= 1 + PAIR_BOOST * passage.pairShare();
                if (passage.givesWhatIsAsked()) {
                    score *= 1 + FACET_SCORE;
                }
                score *= negationFit(index.negatedInTitle.get(ordinal), question);
                if (wish.link() && !linksOn(entry, passage)) {
                    score *= UNLINKED_SHARE; // "waar vind ik ..." wants somewhere to go
                }
                ranked.add(new Ranked(new Hit(entry, passage.heading(), passage.text(), passage.gist(), score, named ? 1.0 : covered),
                        passage.terms()));
            }
            ranked.sort(Comparator.comparingDouble((Ranked r) -> r.hit().score()).reversed());
            List<Hit> hits = distinct(ranked);
            boolean confident = !hits.isEmpty() && hits.getFirst().coverage() >= minConfidentCoverage(asked.meanings())
                    && !question.foreign();
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
    record Ranked(Hit hit, Set<String> terms) {
    }

    /**
     * What kind of passage the question asks for: a list, a moment or number, a link to read more; the places it
     * names; its adjacent words.
     */
    private record PassageWish(boolean list, boolean quantity, boolean link, boolean place, Set<String> places,
                               Set<String> pairs, boolean names, Optional<TableFacet> facet, boolean asksMoment,
                               boolean asksWho) {

        /** The share of the question's adjacent words that stand together in the passage too. */
        double pairShare(Set<String> passagePairs) {
            if (pairs.isEmpty()) {
                return 0;
            }
            int found = 0;
            for (String pair : pairs) {
                if (passagePairs.contains(pair)) {
                    found++;
                }
            }
            return (double) found / pairs.size();
        }

        boolean facetFit(Passage passage) {
            return facet.isPresent() && passage.facet().equals(facet);
        }

        /**
         * Whether the passage gives the very thing asked for: the part of a tafel, the names ("welke scholen":
         * De Kameleon in Papendrecht), a moment or number asked for in words ("na hoeveel weken": "na 8 weken";
         * not a number only told, "wachttijd 7 weken"), or someone to turn to ("bij wie": "de trajectbegeleider";
         * +2 -0 first answers on 62 sets). Of two pages that cover a question alike, the one whose passage does
         * answers.
         */
        boolean givenBy(Passage passage) {
            return facetFit(passage) || names && passage.names() || asksMoment && passage.quantity()
                    || asksWho && passage.person();
        }

        /**
         * @param otherPlace whether the question names a place and the passage does not tell that place's way:
         *                   then the part asked for ("Aanmelding") gives way to the passage that does
         *                   ("jeugdbeschermingstafel leidschendam-voorburg aanmelden": its own address)
         */
        double bonus(Passage passage, boolean otherPlace) {
            // "welke scholen": the passage that names them, not any list that mentions them
            boolean wantsList = list && !names;
            return (wantsList && passage.list() ? PASSAGE_FIT_BONUS : 0) + (names && passage.names() ? PASSAGE_FIT_BONUS : 0)
                    + (quantity && passage.quantity() ? PASSAGE_FIT_BONUS : 0)
                    + (link && passage.link() ? LINK_BONUS : 0) + (place && passage.place() ? PASSAGE_FIT_BONUS : 0)
                    + (asksWho && passage.person() ? PASSAGE_FIT_BONUS : 0)
                    + (!otherPlace && facetFit(passage) ? FACET_BONUS : 0);
        }
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
        // "wat is een JES?" asked in a route of another samenwerkingsverband: the term it names is still the answer
        // (shown with its SWV), not a term of the route's own that happens to use its words. More than the
        // preference for the route's SWV (1.6 / 0.5), so that among the named terms that preference still decides.
        double namedWeight = !named ? 1.0 : intent == QuestionIntent.DEFINITION ? NAMED_DEFINITION : 2.0;
        double score = relevance * kindWeight(intent, entry.kind()) * swvWeight(entry, mention.routes(), routeId) * namedWeight;
        // An entry that does not cover the question never outranks one that does, whatever its kind.
        return (named ? 1.0 : coverage) < minimum ? score * 0.3 : score;
    }

    /**
     * How much of a question an answer must cover: nearly all of a short one, less of a long one, in which
     * more words only tell the situation ("leerling doet al weken maar half mee ... wanneer schaalt het JES op").
     */
    static double minCoverage(int meanings) {
        return sliding(meanings, MIN_COVERAGE_LONG);
    }

    /**
     * How much of a question the first answer must cover to be given: as {@link #minCoverage}, down to
     * {@value #MIN_CONFIDENT_LONG} for the longest questions, which mostly tell a situation the answer does not
     * repeat. (Lower, entries still rank below those that cover {@link #minCoverage}.) On the 34 sets: 20 -> 16
     * "not found" replies, 3 of the 4 then answered right, none worse; 0.35: 1 of 2.
     */
    static double minConfidentCoverage(int meanings) {
        return sliding(meanings, MIN_CONFIDENT_LONG);
    }

    /** {@value #MIN_COVERAGE} for up to two meanings, 0.03 less for each further one, never below the floor. */
    private static double sliding(int meanings, double floor) {
        return Math.max(floor, MIN_COVERAGE - 0.03 * Math.max(0, meanings - 2));
    }

    private List<LexicalScorer.Clause> query(String question, Set<String> terms, Set<String> synonymTerms) throws IOException {
        List<LexicalScorer.Clause> clauses = new ArrayList<>();
        for (String term : terms) {
            addTerm(clauses, term, 1.0f);
        }
        for (String term : synonymTerms) {
            addTerm(clauses, term, 0.5f);
        }
        Set<String> grams = new LinkedHashSet<>(Terms.of(index.analyzer, Fields.GRAMS, question));
        // A 4-gram in many entries ("leer", "scho") tells nothing a word does not, and costs most to score.
        int common = index.size() / 4;
        for (String gram : grams) {
            if (index.lexical.docFreq(Fields.GRAMS, gram) <= common) {
                clauses.add(new LexicalScorer.Clause(Fields.GRAMS, gram, 0.15f));
            }
        }
        return clauses;
    }

    private static void addTerm(List<LexicalScorer.Clause> clauses, String term, float weight) {
        clauses.add(new LexicalScorer.Clause(Fields.TITLE, term, 3f * weight));
        clauses.add(new LexicalScorer.Clause(Fields.KEYWORDS, term, 3f * weight));
        clauses.add(new LexicalScorer.Clause(Fields.BODY, term, weight));
    }

    /** How much of the question each text of the list covers (see {@link Coverage}). */
    private Coverage coverage(Asked asked, TermPostings texts) {
        return new Coverage(asked, texts, reader::grams, reader::partRarity);
    }

    /** For developers (the knowledge probe): the question's words with their weights, and its concepts. */
    public String explain(String question) {
        return reader.explain(question);
    }

    /** The passage to show, its terms, and how much of the question it covers together with the entry's title. */
    private record PassageChoice(Optional<String> heading, String text, String gist, Set<String> terms, double coverage, boolean linked,
                                 double pairShare, boolean givesWhatIsAsked) {
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
            return new PassageChoice(Optional.empty(), body, body, Set.of(), entryCoverage.of(ordinal), false, 0, false);
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
        List<Set<String>> variants = index.passageVariants.get(ordinal);
        List<Set<String>> pairs = index.passagePairs.get(ordinal);
        Coverage tellingCoverage = coverage(new Asked(telling, tellingConcepts), texts);
        Coverage wholeCoverage = tieBreak == 0 ? null : coverage(asked, texts);
        int best = 0;
        double bestScore = -1;
        for (int i = 0; i < passages.size(); i++) {
            double fit = placeFit(wish.places(), variants.get(i));
            double score = tellingCoverage.of(i) + wish.bonus(passages.get(i), !wish.places().isEmpty() && fit <= 0) + fit
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
                coverage(asked, index.contextPostings.get(ordinal)).of(best), chosen.link() || text.contains("]("),
                wish.pairShare(pairs.get(best)), wish.givenBy(chosen));
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

    /** The places whose ways differ that the question names ("school in Leidschendam-Voorburg"). */
    private Set<String> places(Set<String> terms) {
        Set<String> places = new HashSet<>(terms);
        places.retainAll(index.variants.places);
        return places;
    }

    /**
     * "Kunnen wij in Leidschendam-Voorburg naar de doorbraaktafel?": the passage that tells that place's way
     * ("Leidschendam-Voorburg: kent geen doorbraaktafel") answers, even when another holds more of the question's
     * words; the one that tells another place's way ("Den Haag: als een casus vastloopt ...") does not. Passages
     * that hold for every place keep their score. On the 42 sets: 7 answers better, none worse (a fit of 0.3: one
     * more better and one worse; 0.5: 8 better, 9 worse).
     */
    private static double placeFit(Set<String> asked, Set<String> told) {
        if (asked.isEmpty() || told.isEmpty()) {
            return 0;
        }
        return Collections.disjoint(asked, told) ? -OTHER_PLACE_PENALTY : PLACE_FIT;
    }

    /**
     * Route pages come in pairs that differ by a "niet" ("Vrijstelling ... is afgegeven" / "... wordt niet
     * afgegeven") and cover a question alike. A title that negates a word the question states without any
     * negation loses a little; one that negates what the question negates gains as much. On the 48 sets: 1 answer
     * better (0.25: the same), none worse.
     */
    private static double negationFit(Set<String> negatedInTitle, QuestionReader.Question question) {
        if (negatedInTitle.isEmpty()) {
            return 1;
        }
        if (!question.negates()) {
            return Collections.disjoint(negatedInTitle, question.terms()) ? 1 : 1 - NEGATION_FIT;
        }
        return Collections.disjoint(negatedInTitle, question.negated()) ? 1 : 1 + NEGATION_FIT;
    }

    /** The place of the first of these passages that says nearly the same as this one, or -1. */
    private static int nearDuplicateOf(List<Set<String>> shown, Set<String> terms) {
        for (int i = 0; i < shown.size(); i++) {
            if (nearDuplicates(shown.get(i), terms)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether two passages say the same: their terms overlap (Jaccard) at least {@link #NEAR_DUPLICATE}. */
    private static boolean nearDuplicates(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        Set<String> smaller = a.size() <= b.size() ? a : b;
        Set<String> larger = smaller == a ? b : a;
        // They share at most the smaller's terms, so sizes far apart rule it out without counting.
        if (smaller.size() < NEAR_DUPLICATE * larger.size()) {
            return false;
        }
        int common = 0;
        for (String term : smaller) {
            if (larger.contains(term)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common) >= NEAR_DUPLICATE;
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
     * same: the routes repeat steps for each variant) and keeps three. Of near duplicates, the one that covers
     * more of the question keeps the place.
     */
    static List<Hit> distinct(List<Ranked> ranked) {
        List<Hit> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Set<String>> shown = new ArrayList<>();
        for (Ranked r : ranked) {
            Hit hit = r.hit();
            String titleKey = hit.entry().swv().orElse("") + "|" + hit.entry().source() + "|" + hit.entry().title();
            int twin = nearDuplicateOf(shown, r.terms());
            if (twin >= 0) {
                // Of two pages that say nearly the same, the one that holds more of the question answers: the
                // shorter one only scored higher for its length ("op complexe jeugdhulp" beside "op een financiële
                // discussie", which goes on to the adviestafel).
                if (hit.coverage() > result.get(twin).coverage() + 1e-9) {
                    result.set(twin, hit);
                    shown.set(twin, r.terms());
                }
                continue;
            }
            if (seen.add(titleKey)) {
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
