package nl.routewijzer.knowledge.analysis;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The infinitives the corpus knows for the forms of a regular verb: "gestopt" and "stopt" are "stoppen",
 * "aangemeld" is "aanmelden", "schakel" is "schakelen". Only infinitives that occur in the corpus are
 * returned, so a word that merely looks like a verb form stays what it is.
 */
final class VerbForms {

    /**
     * The particles of separable verbs: before "ge" in a participle ("aan-ge-meld", "in-ge-schakeld"), alone late
     * in a clause ("schakel ... in", see {@link SeparableVerbs}).
     */
    static final List<String> SEPARABLE_PARTICLES = List.of("aan", "af", "in", "op", "uit", "mee", "door", "terug", "toe",
            "over", "weg", "bij", "na", "voor", "samen", "vast", "vrij");
    /** What may stand before "ge" in a participle: a particle, or nothing ("ge-meld"). */
    private static final List<String> PARTICIPLE_HEADS = java.util.stream.Stream.concat(SEPARABLE_PARTICLES.stream(),
            java.util.stream.Stream.of("")).toList();
    /** Inseparable prefixes: their participles have no "ge" ("betaald", "verzuimd", "ontvangen"). */
    private static final List<String> PREFIXES = List.of("be", "ver", "ont", "her", "er");
    /** Words that look like a participle of a verb the corpus knows, but are not ("gebied" is no "bieden"). */
    private static final java.util.Set<String> NOT_VERBS = java.util.Set.of("gebied", "gemiddeld", "gezond", "gezicht");

    private static final int MIN_INFLECTED = 6;

    private final CharArraySet vocabulary;

    VerbForms(CharArraySet vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Whether the corpus has this word. */
    boolean knows(String word) {
        return vocabulary.contains(word);
    }

    /** The infinitive the corpus knows for an inflected form, or null. */
    String infinitive(String word) {
        if (word.length() > MIN_INFLECTED && word.endsWith("e") && (word.endsWith("de") || word.endsWith("te"))) {
            // A participle used as an adjective: "de aangemelde leerling", "het gestopte verzuim".
            String participle = infinitive(word.substring(0, word.length() - 1));
            if (participle != null) {
                return participle;
            }
        }
        char last = word.charAt(word.length() - 1);
        if (last != 't' && last != 'd' || NOT_VERBS.contains(word)) {
            return null;
        }
        String stem = word.substring(0, word.length() - 1);
        // A participle: (particle) ge + stem (+ d/t unless the stem ends in one: "gemeld", "gestopt", "ingezet").
        for (String particle : PARTICIPLE_HEADS) {
            String head = particle + "ge";
            if (word.startsWith(head) && word.length() - head.length() >= 3) {
                String rest = word.substring(head.length());
                String known = known(particle + rest.substring(0, rest.length() - 1));
                if (known == null) {
                    known = known(particle + rest);
                }
                if (known != null) {
                    return known;
                }
            }
        }
        // A participle without "ge" ("betaald") or a present tense ("stopt", "meldt", "schaalt"): "-t" always,
        // "-d" only after an inseparable prefix (not "kind", "maand").
        if (last == 't' || PREFIXES.stream().anyMatch(word::startsWith)) {
            return known(stem);
        }
        return null;
    }

    /** The spellings an infinitive of this stem can have: meld-en, stop-pen, schaal -> schal-en, geef -> gev-en. */
    String known(String stem) {
        if (stem.length() < 3) {
            return null;
        }
        String undoubled = undouble(stem);
        char last = stem.charAt(stem.length() - 1);
        String base = undoubled.substring(0, undoubled.length() - 1);
        List<String> candidates = new java.util.ArrayList<>(List.of(stem + "en", undoubled + "en", stem + last + "en"));
        if (last == 'f') {
            candidates.add(base + "ven");
        } else if (last == 's') {
            candidates.add(base + "zen");
        }
        if (stem.endsWith("aa") || stem.endsWith("ee") || stem.endsWith("oe")) {
            candidates.add(stem + "n");
        }
        for (String candidate : candidates) {
            if (vocabulary.contains(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** "schaal" -> "schal", "registreer" -> "registrer": a long vowel before the last consonant is written once. */
    private static String undouble(String stem) {
        int n = stem.length();
        if (n >= 4 && isVowel(stem.charAt(n - 2)) && stem.charAt(n - 2) == stem.charAt(n - 3) && !isVowel(stem.charAt(n - 1))
                && "aeou".indexOf(stem.charAt(n - 2)) >= 0) {
            return stem.substring(0, n - 2) + stem.substring(n - 1);
        }
        return stem;
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }
}
