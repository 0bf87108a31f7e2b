package nl.routewijzer.knowledge.search;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import nl.routewijzer.knowledge.model.Example;
import nl.routewijzer.knowledge.model.KnowledgeEntry;

/**
 * Which entries hold an example's answer: those whose text holds one of its phrases verbatim, case aside (as the
 * evaluation checks an answer). Looked up through the entries that hold each of the phrase's words first, since
 * thousands of phrases are held against a thousand texts at startup.
 */
final class ExampleAnswers {

    /** An answer found in more entries than this says too little about which one answers. */
    static final int MOST_ENTRIES = 6;

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final List<String> texts;
    private final Map<String, BitSet> entriesByWord = new HashMap<>();

    ExampleAnswers(List<KnowledgeEntry> entries) {
        this.texts = entries.stream().map(e -> lower(e.body())).toList();
        for (int i = 0; i < texts.size(); i++) {
            for (String word : NOT_A_WORD.split(texts.get(i))) {
                entriesByWord.computeIfAbsent(word, w -> new BitSet()).set(i);
            }
        }
    }

    /** The entries whose text holds one of the example's answer phrases. */
    BitSet of(Example example) {
        BitSet found = new BitSet();
        for (String phrase : example.answer()) {
            String lower = phrase.toLowerCase(Locale.ROOT).strip();
            candidates(lower).stream().filter(i -> texts.get(i).contains(lower)).forEach(found::set);
        }
        return found;
    }

    /** A text as answers are sought in it: plain, lower case. */
    static String lower(String text) {
        return KnowledgeEntry.plain(text).toLowerCase(Locale.ROOT);
    }

    /** Whether a text ({@link #lower}; a passage of an entry {@link #of} found) holds one of the example's answer phrases. */
    static boolean holds(String lowerText, Example example) {
        return example.answer().stream().anyMatch(phrase -> lowerText.contains(phrase.toLowerCase(Locale.ROOT).strip()));
    }

    /**
     * The entries that hold every word of the phrase whole. A phrase cut off inside a word ("eerlingen") has a word
     * no entry holds whole: then every entry is a candidate, and the verbatim test decides. (A cut piece that is a
     * word of its own somewhere, "ouders" of "grootouders", narrows the candidates to the entries with that word: the
     * phrases are written from whole words, and ExamplesWriter keeps only examples that are found.)
     */
    private BitSet candidates(String phrase) {
        BitSet candidates = null;
        for (String word : NOT_A_WORD.split(phrase)) {
            if (word.isEmpty()) {
                continue;
            }
            BitSet holding = entriesByWord.get(word);
            if (holding == null) {
                BitSet all = new BitSet();
                all.set(0, texts.size());
                return all;
            }
            if (candidates == null) {
                candidates = (BitSet) holding.clone();
            } else {
                candidates.and(holding);
            }
        }
        return candidates == null ? new BitSet() : candidates;
    }
}
