package nl.routewijzer.routes.engine;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import nl.routewijzer.routes.model.Choice;

/**
 * Decides whether typed text picks one of the offered choices: its label, its number, "ja"/"nee", "volgende"
 * on a single way on, or a few words that fit one label only. Anything that reads as a question never picks
 * a choice, so a free question typed mid-route is answered instead of moving the route on.
 */
public final class ChoiceMatcher {

    private static final Set<String> STOP_WORDS = Set.of("de", "het", "een", "en", "van", "in", "op", "is", "er",
            "te", "met", "bij", "aan", "voor", "naar", "dat", "die", "om", "zijn", "wordt", "ik", "je", "we", "ze",
            "sprake", "kies", "graag", "dan", "maar", "ook", "nu", "al", "over", "of", "optie", "keuze", "nummer",
            "antwoord");
    private static final Set<String> QUESTION_WORDS = Set.of("wat", "waar", "wie", "hoe", "wanneer", "welke", "welk",
            "waarom", "hoeveel", "waarover", "waarmee", "waarvoor", "kan", "kun", "kunnen", "mag", "moet", "moeten",
            "zoek", "vertel", "uitleg");
    private static final Set<String> YES = Set.of("ja", "j", "jawel", "yes", "klopt", "zeker", "jazeker");
    private static final Set<String> NO = Set.of("nee", "n", "neen", "no", "nope");
    private static final Set<String> NEXT = Set.of("volgende", "verder", "door", "ga door", "doorgaan", "ok", "oke",
            "okay", "next", "volgende stap", "vervolgstap", "ga naar vervolgstap");
    private static final int MAX_WORDS = 4;

    private final Map<String, String> labels = new ConcurrentHashMap<>();

    /** The index of the choice the text picks, if it picks exactly one. */
    public OptionalInt match(String typed, List<Choice> choices) {
        String text = normalise(typed);
        if (text.isEmpty() || choices.isEmpty()) {
            return OptionalInt.empty();
        }
        OptionalInt byLabel = unique(IntStream.range(0, choices.size())
                .filter(i -> label(choices.get(i)).equals(text)));
        if (byLabel.isPresent()) {
            return byLabel;
        }
        Optional<Integer> number = numberIn(text);
        if (number.isPresent()) {
            int index = number.get() - 1;
            return index >= 0 && index < choices.size() ? OptionalInt.of(index) : OptionalInt.empty();
        }
        if (YES.contains(text) || NO.contains(text)) {
            String word = YES.contains(text) ? "ja" : "nee";
            return unique(IntStream.range(0, choices.size()).filter(i -> {
                String label = label(choices.get(i));
                return label.equals(word) || label.startsWith(word + " ");
            }));
        }
        if (choices.size() == 1 && NEXT.contains(text)) {
            return OptionalInt.of(0);
        }
        return byDistinctiveWords(typed, text, choices);
    }

    /** The number the text stands for ("2", "2.", "optie 2"), if it is one; used to explain a wrong number. */
    public Optional<Integer> number(String typed) {
        return numberIn(normalise(typed));
    }

    private static final Pattern NUMBER_WORD = Pattern.compile("^(optie|keuze|nummer|antwoord) ");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,2}");

    /** {@link #number} of text already normalised. */
    private static Optional<Integer> numberIn(String normalised) {
        String text = NUMBER_WORD.matcher(normalised).replaceFirst("");
        return NUMBER.matcher(text).matches() ? Optional.of(Integer.parseInt(text)) : Optional.empty();
    }

    /**
     * A choice's label, normalised: remembered, since every message typed mid-route is held against the labels of
     * its step (a free question too, before it is searched). The labels are the content's: a bounded set.
     */
    private String label(Choice choice) {
        return labels.computeIfAbsent(choice.label(), ChoiceMatcher::normalise);
    }

    private OptionalInt byDistinctiveWords(String typed, String text, List<Choice> choices) {
        if (typed.strip().endsWith("?")) {
            return OptionalInt.empty();
        }
        List<String> all = Arrays.asList(text.split(" "));
        if (QUESTION_WORDS.contains(all.getFirst())) {
            return OptionalInt.empty();
        }
        List<String> words = all.stream().filter(w -> !STOP_WORDS.contains(w)).toList();
        if (words.isEmpty() || words.size() > MAX_WORDS || words.stream().anyMatch(w -> w.length() < 3)) {
            return OptionalInt.empty();
        }
        return unique(IntStream.range(0, choices.size()).filter(i -> {
            List<String> labelWords = Arrays.asList(label(choices.get(i)).split(" "));
            return words.stream().allMatch(w -> labelWords.stream().anyMatch(l -> fits(w, l)));
        }));
    }

    /** A typed word fits a label word when it starts it ("ziekte" of "ziekteverzuim") or, if long, sits in it. */
    private static boolean fits(String typed, String labelWord) {
        return labelWord.startsWith(typed) || (typed.length() >= 5 && labelWord.contains(typed));
    }

    private static OptionalInt unique(IntStream indexes) {
        int[] found = indexes.limit(2).toArray();
        return found.length == 1 ? OptionalInt.of(found[0]) : OptionalInt.empty();
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    static String normalise(String text) {
        // Plain ASCII has no marks to take off: most typed text is, and decomposing it cost more than the rest.
        String folded = text.chars().allMatch(c -> c < 0x80) ? text
                : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return NOT_ALPHANUMERIC.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
