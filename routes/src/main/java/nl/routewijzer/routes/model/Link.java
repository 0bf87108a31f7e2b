package nl.routewijzer.routes.model;

/** A clickable link: a title in the source's words and an https address. */
public record Link(String title, String url) {
}
