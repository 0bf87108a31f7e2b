package nl.routewijzer.routes.engine;

import java.util.Optional;

/**
 * The opaque value of a choice button: {@code routeId/nodeId/number}. It names the node it was offered on,
 * so a button pressed after the conversation moved on is recognised as stale instead of choosing on the
 * wrong page. At most 64 bytes, the limit of Telegram's callback data.
 */
public record ChoiceValue(String routeId, String nodeId, int choice) {

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[1-9][0-9]?");
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z0-9-]+");

    public String encode() {
        return routeId + "/" + nodeId + "/" + (choice + 1);
    }

    public static Optional<ChoiceValue> decode(String value) {
        String[] parts = value.strip().split("/");
        if (parts.length != 3 || !NUMBER.matcher(parts[2]).matches() || !ID.matcher(parts[0]).matches()
                || !ID.matcher(parts[1]).matches()) {
            return Optional.empty();
        }
        return Optional.of(new ChoiceValue(parts[0], parts[1], Integer.parseInt(parts[2]) - 1));
    }
}
