package nl.routewijzer.routes.engine;

import java.util.List;

/**
 * Where one conversation stands in one route: all the engine needs, and all that is stored. It holds no
 * text the user typed.
 *
 * @param contentVersion the fingerprint of the route file the state was made on
 * @param path           the answers given, oldest first; the last one led to {@code nodeId}
 */
public record RouteState(String routeId, String contentVersion, String nodeId, List<Answer> path) {

    public RouteState {
        path = List.copyOf(path);
    }
}
