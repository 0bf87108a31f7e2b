package nl.routewijzer.routes.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One route of one samenwerkingsverband: its metadata and its nodes by id.
 *
 * @param version        the version of the source document or tool ("1.0")
 * @param contentVersion a fingerprint of the route file; a stored conversation made on other content is
 *                       checked against the current nodes before it resumes
 */
public record Route(String id, String title, String region, String schoolType, String version,
                    String contentVersion, String source, String intro, String startNodeId,
                    Map<String, Document> documents, Map<String, Node> nodes) {

    public Route {
        documents = Collections.unmodifiableMap(new LinkedHashMap<>(documents));
        nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
    }

    public Node start() {
        return nodes.get(startNodeId);
    }

    public Optional<Node> node(String nodeId) {
        return Optional.ofNullable(nodes.get(nodeId));
    }
}
