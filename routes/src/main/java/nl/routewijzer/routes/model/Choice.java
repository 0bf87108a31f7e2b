package nl.routewijzer.routes.model;

/** One answer to a question, as the source labels it, and the node it leads to. */
public record Choice(String label, String next) {
}
