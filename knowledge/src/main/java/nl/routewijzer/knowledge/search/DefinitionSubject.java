package nl.routewijzer.knowledge.search;

import java.util.Collection;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a definition question asks about: "wat is een thuiszitter?" -> "thuiszitter", "waar staat JES voor"
 * -> "jes". An entry known by exactly that name is the answer the user means.
 */
final class DefinitionSubject {

    private static final Pattern QUESTION = Pattern.compile(
            "^(?:wat (?:is|zijn|betekent|betekenen|houdt|doet|doen|wordt bedoeld met|bedoelen ze met)"
                    + "|" + QuestionIntent.WHAT_FALLS_UNDER
                    + "|waar staat|betekenis van|definitie van|wie is)\\s+"
                    + "(?:een |de |het |'t |t |het begrip |de term |de afkorting |het woord )?(?:afkorting |term |begrip |woord )?(.+?)"
                    + "(?:\\s+(?:eigenlijk|precies|nou|nu))?(?:\\s+(?:voor|in|precies))?(?:\\s+en (?:wat|hoe|wie|waar|wanneer)\\b.*)?\\s*[?.!]*$");

    private DefinitionSubject() {
    }

    /**
     * A term the user quotes: 'GOAL', "het JES". A quote opens before a word and closes after one: the apostrophe
     * of "collega's" or "ib'er" is no quote.
     */
    private static final Pattern QUOTED = Pattern.compile(
            "(?<![\\p{L}\\p{N}])['‘\"“]\\s*(?:het |de |een )?([^'’\"”]{2,40}?)\\s*['’\"”](?![\\p{L}\\p{N}])");

    /**
     * @param folded     the question, folded
     * @param knownNames the names of the glossary's terms, folded: for "... een ingroeiplan ligt. Wat is dat?"
     *                   the term named last is what "dat" refers to
     */
    static Optional<String> of(String folded, Collection<String> knownNames) {
        String text = QuestionReader.SPACES.matcher(folded.strip()).replaceAll(" ");
        Matcher matcher = QUESTION.matcher(text);
        if (matcher.matches()) {
            return sensible(matcher.group(1));
        }
        Matcher first = QuestionIntent.TERM_FIRST.matcher(text);
        if (first.find()) {
            return sensible(first.group(1));
        }
        Matcher when = QuestionIntent.WHEN_CALLED.matcher(text);
        if (when.find()) {
            return sensible(text.substring(when.end()).replaceAll("[?.!]+$", ""));
        }
        Matcher back = QuestionIntent.BACK_REFERENCE.matcher(text);
        if (!back.find()) {
            return Optional.empty();
        }
        String before = text.substring(0, back.start()).strip();
        Matcher quoted = QUOTED.matcher(before);
        if (quoted.find()) {
            return sensible(quoted.group(1));
        }
        if (!before.isEmpty() && before.split(" ").length <= 4) {
            return sensible(before.replaceAll("[,;:]+$", ""));
        }
        return lastNamed(before, knownNames);
    }

    private static Optional<String> sensible(String subject) {
        String s = subject.strip();
        return s.isEmpty() || s.split(" ").length > 5 ? Optional.empty() : Optional.of(s);
    }

    /** The known name that ends last in the text (the longest of those that end there), as whole words. */
    private static Optional<String> lastNamed(String text, Collection<String> knownNames) {
        String best = null;
        int bestEnd = -1;
        for (String name : knownNames) {
            int at = text.lastIndexOf(name);
            while (at >= 0 && !wholeWords(text, at, name.length())) {
                at = text.lastIndexOf(name, at - 1);
            }
            if (at < 0) {
                continue;
            }
            int end = at + name.length();
            if (end > bestEnd || end == bestEnd && name.length() > best.length()) {
                best = name;
                bestEnd = end;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether the name occurs in the text as whole words. */
    static boolean containsWhole(String text, String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            if (wholeWords(text, at, name.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean wholeWords(String text, int at, int length) {
        boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
        int end = at + length;
        return startOk && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }
}
