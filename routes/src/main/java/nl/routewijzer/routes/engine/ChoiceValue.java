package nl.routewijzer.routes.engine;

import java.util.Optional;

/**
 * The opaque value of a choice button: {@code routeId/nodeId/number}. It names the node it was offered on,
 * so a button pressed after the conversation moved on is recognised as stale instead of choosing on the
 * wrong page. At most 64 bytes, the limit of Telegram's callback data.
 */
public record ChoiceValue(String routeId, String nodeId, int choice) {

    public String encode() {
        return routeId + "/" + nodeId + "/" + (choice + 1);
    }

    public static Optional<ChoiceValue> decode(String value) {
        String[] parts = value.strip().split("/");
        if (parts.length != 3 || !parts[2].matches("[1-9][0-9]?") || !parts[0].matches("[a-z0-9-]+")
                || !parts[1].matches("[a-z0-9-]+")) {
            return Optional.empty();
        }
        return Optional.of(new ChoiceValue(parts[0], parts[1], Integer.parseInt(parts[2]) - 1));
    }
}
