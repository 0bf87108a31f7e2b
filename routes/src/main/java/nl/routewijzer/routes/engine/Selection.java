package nl.routewijzer.routes.engine;

/** What the user's input does to the route's current step. */
public sealed interface Selection {

    /** The input picked a choice; the route moved on. */
    record Chosen(RouteState state, String label) implements Selection {
    }

    /** A button of another step (or route) was pressed; the route stays where it is. */
    record Stale() implements Selection {
    }

    /** The input picks no choice; it may be a free question. */
    record NoMatch() implements Selection {
    }
}
