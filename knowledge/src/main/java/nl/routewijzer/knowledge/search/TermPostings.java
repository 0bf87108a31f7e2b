package nl.routewijzer.knowledge.search;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which texts of a list (the entries, or one entry's passages) hold each term and each 4-gram, as bit sets
 * over their numbers in the list. Coverage is weighed for a hundred candidates and then for the passages of
 * eight: a question's word looked up once here and then tested bit by bit costs a fraction of looking it up
 * in each text's own set. The sets handed out are shared: never change them.
 */
final class TermPostings {

    private static final BitSet NONE = new BitSet();

    private final Map<String, BitSet> terms = new HashMap<>();
    private final Map<String, BitSet> grams = new HashMap<>();
    private final BitSet withGrams = new BitSet();
    /** {@link #anyOf} remembered per concept's list of phrases (by identity: see {@link PhraseList}). */
    private final Map<PhraseList, BitSet> concepts = new ConcurrentHashMap<>();
    /**
     * The most concepts remembered per list of texts. A few hundred lists (the entries, each entry's passages) are
     * weighed against the same concepts again and again; the bound keeps a server that meets every concept small.
     */
    static final int CONCEPTS_REMEMBERED = 64;

    /** A list of texts without 4-grams (passages): coverage then gives no credit for them. */
    TermPostings(List<Set<String>> textTerms) {
        this(textTerms, textTerms.stream().map(t -> Set.<String>of()).toList());
    }

    TermPostings(List<Set<String>> entryTerms, List<Set<String>> entryGrams) {
        for (int ordinal = 0; ordinal < entryTerms.size(); ordinal++) {
            for (String term : entryTerms.get(ordinal)) {
                terms.computeIfAbsent(term, t -> new BitSet()).set(ordinal);
            }
            for (String gram : entryGrams.get(ordinal)) {
                grams.computeIfAbsent(gram, g -> new BitSet()).set(ordinal);
            }
            withGrams.set(ordinal, !entryGrams.get(ordinal).isEmpty());
        }
    }

    /** The texts that hold the term. */
    BitSet term(String term) {
        return terms.getOrDefault(term, NONE);
    }

    /** The texts that hold the 4-gram. */
    BitSet gram(String gram) {
        return grams.getOrDefault(gram, NONE);
    }

    /** Whether any text of the list has 4-grams. */
    boolean anyGrams() {
        return !withGrams.isEmpty();
    }

    boolean hasGrams(int ordinal) {
        return withGrams.get(ordinal);
    }

    /**
     * The texts that hold every term of any of a concept's phrases: a synonym group has a dozen phrases or more,
     * and each search weighs its concepts against the entries and then three times against the passages of eight
     * of them; looked up phrase by phrase each time, that was a tenth of a search. The list must be one the
     * question reader keeps (the same instance for the same group), and the set handed out is shared.
     */
    BitSet anyOf(List<Set<String>> phrases) {
        PhraseList key = new PhraseList(phrases);
        BitSet known = concepts.get(key);
        if (known != null) {
            return known;
        }
        BitSet any = new BitSet();
        phrases.forEach(phrase -> any.or(allOf(phrase)));
        if (concepts.size() < CONCEPTS_REMEMBERED) {
            concepts.put(key, any);
        }
        return any;
    }

    /** A list of phrases known by identity: comparing two by content would cost what remembering saves. */
    private record PhraseList(List<Set<String>> phrases) {

        @Override
        public boolean equals(Object other) {
            return other instanceof PhraseList list && list.phrases == phrases;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(phrases);
        }
    }

    /**
     * The texts that hold every term of the phrase. Shared like the others when it is one term's or none: a
     * concept has a dozen phrases, most of them missing from most texts, and copying a set for each was a tenth
     * of a search.
     */
    BitSet allOf(Set<String> phrase) {
        BitSet all = null;
        boolean copied = false;
        for (String term : phrase) {
            BitSet texts = term(term);
            if (texts.isEmpty()) {
                return NONE;
            }
            if (all == null) {
                all = texts;
            } else {
                if (!copied) {
                    all = (BitSet) all.clone();
                    copied = true;
                }
                all.and(texts);
            }
        }
        return all == null ? NONE : all;
    }
}
