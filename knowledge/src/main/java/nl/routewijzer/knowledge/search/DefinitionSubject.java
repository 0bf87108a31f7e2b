package nl.routewijzer.knowledge.search;

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
                    + "|wat (?:verstaan|verstaat|versta) (?:jullie|we|wij|ze|je|jij|men|u) onder|wat (?:valt|vallen) (?:er )?onder"
                    + "|wat wordt (?:er )?verstaan onder"
                    + "|waar staat|betekenis van|definitie van|wie is)\\s+"
                    + "(?:een |de |het |'t |t |het begrip |de term |de afkorting |het woord )?(?:afkorting |term |begrip |woord )?(.+?)"
                    + "(?:\\s+(?:eigenlijk|precies|nou|nu))?(?:\\s+(?:voor|in|precies))?(?:\\s+en (?:wat|hoe|wie|waar|wanneer)\\b.*)?\\s*[?.!]*$");

    private DefinitionSubject() {
    }

    /** @param folded the question, folded */
    static Optional<String> of(String folded) {
        Matcher matcher = QUESTION.matcher(folded.strip().replaceAll("\\s+", " "));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String subject = matcher.group(1).strip();
        return subject.isEmpty() || subject.split(" ").length > 5 ? Optional.empty() : Optional.of(subject);
    }
}
