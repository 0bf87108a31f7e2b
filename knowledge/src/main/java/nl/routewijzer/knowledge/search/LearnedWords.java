package nl.routewijzer.knowledge.search;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The words examples teach a text (an entry or one of its passages): in how many of the examples it answers each
 * word stands. A word in at least {@link #EXAMPLES_PER_WORD} of them that the text does not use itself is learned,
 * and becomes a term of the text with the prefix {@link #PREFIX}, which a question's word matches for part of its
 * weight (see {@link Coverage}). One example alone teaches nothing: its words are as much the situation told as what
 * is asked.
 *
 * @param <K> what names a text
 */
final class LearnedWords<K> {

    static final String PREFIX = "~";
    static final int EXAMPLES_PER_WORD = 2;

    private final Map<K, Map<String, Integer>> counts = new HashMap<>();

    /** One example the text answers, by the stems of its question. */
    void add(K text, Set<String> stems) {
        Map<String, Integer> count = counts.computeIfAbsent(text, k -> new HashMap<>());
        stems.forEach(stem -> count.merge(stem, 1, Integer::sum));
    }

    /** The text's own terms, with the words it learned. */
    Set<String> with(K text, Set<String> own) {
        Map<String, Integer> count = counts.get(text);
        if (count == null) {
            return own;
        }
        Set<String> all = new HashSet<>(own);
        count.forEach((stem, examples) -> {
            if (examples >= EXAMPLES_PER_WORD && !own.contains(stem)) {
                all.add(PREFIX + stem);
            }
        });
        return all;
    }
}
