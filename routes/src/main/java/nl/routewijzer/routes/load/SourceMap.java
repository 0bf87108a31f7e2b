package nl.routewijzer.routes.load;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Where each node of a route file was declared, so that meaning checks can point at a line. Also keeps the
 * ids of nodes that were declared but could not be read, so that they do not show up again as "unknown".
 */
public final class SourceMap {

    private final String file;
    private final Map<String, Integer> nodeLines = new LinkedHashMap<>();

    SourceMap(String file) {
        this.file = file;
    }

    void declare(String nodeId, int line) {
        nodeLines.put(nodeId, line);
    }

    public String file() {
        return file;
    }

    public int line(String nodeId) {
        return nodeLines.getOrDefault(nodeId, 0);
    }

    public Set<String> declaredNodes() {
        return nodeLines.keySet();
    }
}
