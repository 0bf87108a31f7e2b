package nl.routewijzer.routes.engine;

/** Whether a stored state still fits the route content the bot serves now. */
public sealed interface Resumption {

    /** The state fits (same content, or changed content that left its path intact). */
    record Resumed(RouteState state) implements Resumption {
    }

    /** New content removed or changed a node on the state's path: the route starts again. */
    record Restarted(RouteState state) implements Resumption {
    }

    /** The route itself is gone. */
    record RouteGone() implements Resumption {
    }
}
