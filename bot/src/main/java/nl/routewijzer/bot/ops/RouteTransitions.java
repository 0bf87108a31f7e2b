package nl.routewijzer.bot.ops;

import java.util.Optional;
import nl.routewijzer.routes.engine.RouteState;
import nl.routewijzer.routes.load.RouteCatalog;
import nl.routewijzer.routes.model.End;
import nl.routewijzer.routes.model.Route;

/**
 * Reads from the states before and after a message whether it started or completed a route. Looks nodes up
 * without failing: a stored state may stand on a node that new content removed.
 */
final class RouteTransitions {

    private final RouteCatalog routes;

    RouteTransitions(RouteCatalog routes) {
        this.routes = routes;
    }

    /**
     * The route started: the message put the conversation on the first step of a route with nothing answered
     * yet, from anywhere else. "/start", "/opnieuw" and a restart after a content change count; a step back
     * onto the first step does not (nor, since it looks the same, "/opnieuw" on the second step).
     */
    Optional<String> started(Optional<RouteState> before, Optional<RouteState> after) {
        if (after.isEmpty() || !atFirstStep(after.get()) || samePosition(before, after.get())) {
            return Optional.empty();
        }
        RouteState now = after.get();
        boolean stepBack = before.filter(b -> b.routeId().equals(now.routeId())
                && b.contentVersion().equals(now.contentVersion()) && b.path().size() == 1
                && b.path().getFirst().nodeId().equals(now.nodeId())).isPresent();
        return stepBack ? Optional.empty() : Optional.of(now.routeId());
    }

    /** The route completed: the message brought the conversation onto an end, from a step that was not one. */
    Optional<String> completed(Optional<RouteState> before, Optional<RouteState> after) {
        if (after.isPresent() && atEnd(after.get()) && !before.filter(this::atEnd).isPresent()) {
            return Optional.of(after.get().routeId());
        }
        return Optional.empty();
    }

    private boolean atFirstStep(RouteState state) {
        return state.path().isEmpty()
                && routes.route(state.routeId()).map(Route::startNodeId).filter(state.nodeId()::equals).isPresent();
    }

    private boolean atEnd(RouteState state) {
        return routes.route(state.routeId()).flatMap(r -> r.node(state.nodeId())).filter(End.class::isInstance).isPresent();
    }

    private static boolean samePosition(Optional<RouteState> before, RouteState after) {
        return before.filter(b -> b.routeId().equals(after.routeId()) && b.nodeId().equals(after.nodeId())
                && b.path().equals(after.path())).isPresent();
    }
}
