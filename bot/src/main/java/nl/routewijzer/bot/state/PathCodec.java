package nl.routewijzer.bot.state;

import java.util.Arrays;
import java.util.List;
import nl.routewijzer.routes.engine.Answer;

/** The path as one compact column: "node:choice,node:choice" (node ids are a-z, 0-9 and '-'). */
final class PathCodec {

    private PathCodec() {
    }

    static String encode(List<Answer> path) {
        return String.join(",", path.stream().map(a -> a.nodeId() + ":" + a.choice()).toList());
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
