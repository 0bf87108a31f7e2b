package nl.routewijzer.bot.state;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import nl.routewijzer.routes.engine.Answer;

/**
 * The path as one compact column: "node:choice,node:choice" (node ids are a-z, 0-9 and '-').
 *
 * <p>A route may loop (po-3006 does), so a path can grow without end. The column holds at most
 * {@link #MAX_LENGTH} characters (hundreds of answers); beyond that the oldest answers are dropped, so a row
 * keeps a bounded size and a save never fails on length. "terug" still works for every answer kept; only
 * when the content changes does such a trimmed path no longer prove where it stands, and the route restarts.
 */
final class PathCodec {

    /** The width of the {@code path} column. */
    static final int MAX_LENGTH = 8000;

    private PathCodec() {
    }

    static String encode(List<Answer> path) {
        Deque<String> parts = new ArrayDeque<>();
        int length = -1;
        for (int i = path.size() - 1; i >= 0; i--) {
            Answer answer = path.get(i);
            String part = answer.nodeId() + ":" + answer.choice();
            if (length + 1 + part.length() > MAX_LENGTH) {
                break;
            }
            length += 1 + part.length();
            parts.addFirst(part);
        }
        return String.join(",", parts);
    }

    static List<Answer> decode(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(part -> {
            int colon = part.lastIndexOf(':');
            return new Answer(part.substring(0, colon), Integer.parseInt(part.substring(colon + 1)));
        }).toList();
    }
}
