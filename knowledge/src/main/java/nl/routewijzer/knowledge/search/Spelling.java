package nl.routewijzer.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.routewijzer.knowledge.analysis.DutchAnalysis;

/**
 * Puts right a typo in a long word of a question: "ingeschakkeld" is "ingeschakeld", "nederlans" "nederlands".
 * A word the texts do not use weighs as the rarest word there is, so one slip of the finger cost the answer.
 * Only words of {@value #MIN_LENGTH} letters or more that neither the texts (in any form) nor the glossary, the
 * synonym groups or the question reader know are corrected, and only to a word of the texts one edit away (a letter
 * left out, one too many, two swapped or, in long words, one changed); of several, the most frequent. Shorter words
 * have too many neighbours ("snappen" is one letter from "stappen"). On the 50 sets: 23 words corrected (all typos
 * or a verb form of the word the texts use), 3 answers better, none worse.
 */
final class Spelling {

    static final int MIN_LENGTH = 8;
    private static final Pattern WORD = Pattern.compile("[a-z]+");
    private static final char[] LETTERS = "abcdefghijklmnopqrstuvwxyz".toCharArray();

    /** The words of the texts (folded) with how often they occur: what a word may be corrected to. */
    private final Map<String, Integer> counts;
    /** Words that are right as they are, though the texts do not use them. */
    private final Set<String> known;
    /** Whether the texts know a word in another form ("overwegen" as "overweeg"): then it is right too. */
    private final Predicate<String> knownForm;
    private final Map<String, Optional<String>> corrections = new ConcurrentHashMap<>();

    /**
     * @param texts     the texts' words are taken from (folded)
     * @param known     words that are right as they are (folded): the glossary's, the synonym groups', filler
     * @param knownForm whether the texts know a word in another form (its stem)
     */
    Spelling(Iterable<String> texts, Set<String> known, Predicate<String> knownForm) {
        Map<String, Integer> words = new HashMap<>();
        for (String text : texts) {
            WORD.matcher(text).results().map(m -> m.group()).filter(w -> w.length() >= MIN_LENGTH - 1)
                    .forEach(w -> words.merge(w, 1, Integer::sum));
        }
        this.counts = Map.copyOf(words);
        this.known = Set.copyOf(known);
        this.knownForm = knownForm;
    }

    /** The (folded) question with its long unknown words corrected where a word of the texts is one edit away. */
    String corrected(String folded) {
        // One pass; the text is rebuilt only when a word is corrected (seldom).
        Matcher words = WORD.matcher(folded);
        StringBuilder corrected = null;
        int copied = 0;
        while (words.find()) {
            String word = words.group();
            Optional<String> correction = word.length() >= MIN_LENGTH ? remembered(word) : Optional.empty();
            if (correction.isPresent()) {
                corrected = corrected == null ? new StringBuilder(folded.length() + 8) : corrected;
                corrected.append(folded, copied, words.start()).append(correction.get());
                copied = words.end();
            }
        }
        return corrected == null ? folded : corrected.append(folded, copied, folded.length()).toString();
    }

    /** The correction of a long word, looked for once: a word's edits are some hundreds of strings to look up. */
    private Optional<String> remembered(String word) {
        try {
            return Remembered.get(corrections, word, () -> correction(word));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // no lookup here reads the index
        }
    }

    private boolean needsCorrection(String word) {
        return word.length() >= MIN_LENGTH && !counts.containsKey(word) && !known.contains(word) && !knownForm.test(word)
                && !particleAndKnownWord(word);
    }

    /**
     * "overnemen", "terugbellen": a separable verb the texts only use split ("neemt ... over") or not at all, made of
     * a particle and a word they know. It is right as it is: "overnemen" is no "vernemen" with a letter too many.
     */
    private boolean particleAndKnownWord(String word) {
        for (int end = 2; end <= word.length() - 4; end++) {
            if (DutchAnalysis.isSeparableParticle(word.substring(0, end))) {
                String rest = word.substring(end);
                if (counts.containsKey(rest) || knownForm.test(rest)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The word of the texts one edit away from this unknown word, the most frequent of several. */
    Optional<String> correction(String word) {
        if (!needsCorrection(word)) {
            return Optional.empty();
        }
        String best = null;
        int bestCount = 0;
        for (String candidate : oneEditAway(word)) {
            int count = counts.getOrDefault(candidate, 0);
            if (count > bestCount || count == bestCount && count > 0 && candidate.compareTo(best) < 0) {
                best = candidate;
                bestCount = count;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * From this length on a changed letter is taken for a typo too ("ongeoorlooft", "onderwijsconsulant"). Below
     * it, a changed letter too often makes another word the texts happen to use: "inlichten" is no "inrichten",
     * "vertelden" no "vermelden". A letter left out, one too many or two swapped are typos at any length.
     */
    static final int MIN_LENGTH_CHANGED = 11;

    private static Set<String> oneEditAway(String word) {
        Set<String> edits = new HashSet<>();
        for (int i = 0; i <= word.length(); i++) {
            String head = word.substring(0, i);
            String tail = word.substring(i);
            if (!tail.isEmpty()) {
                edits.add(head + tail.substring(1)); // a letter too many
            }
            if (tail.length() > 1) {
                edits.add(head + tail.charAt(1) + tail.charAt(0) + tail.substring(2)); // two letters swapped
            }
            for (char c : LETTERS) {
                edits.add(head + c + tail); // a letter left out
                if (!tail.isEmpty() && tail.charAt(0) != c && word.length() >= MIN_LENGTH_CHANGED) {
                    edits.add(head + c + tail.substring(1)); // a letter mistyped
                }
            }
        }
        return edits;
    }
}
