package nl.routewijzer.routes.engine;

import java.util.List;
import java.util.Optional;
import nl.routewijzer.routes.model.Route;

/**
 * The path so far: the answers given and every action met on the way, with its phase and lead time.
 *
 * @param endText the closing text when the path reached an end
 */
public record Summary(Route route, List<GivenAnswer> answers, List<CollectedAction> actions, Optional<String> endText) {

    public Summary {
        answers = List.copyOf(answers);
        actions = List.copyOf(actions);
    }

    /** A question of the route and the answer chosen. */
    public record GivenAnswer(String question, String answer) {
    }

    /** An action of a page on the path, with the page's phase and looptijd. */
    public record CollectedAction(String text, Optional<String> phase, Optional<String> looptijd) {
    }
}
