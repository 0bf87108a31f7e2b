package nl.routewijzer.routes.engine;

/** A node the user left, and the choice (0-based) that took them on. */
public record Answer(String nodeId, int choice) {
}
