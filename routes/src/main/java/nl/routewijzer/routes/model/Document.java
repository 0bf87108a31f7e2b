package nl.routewijzer.routes.model;

/** A document the route refers to, with the address where it is published. */
public record Document(String key, String title, String url) {
}
