package nl.routewijzer.knowledge.model;

/** A link an entry carries besides its source: a link in the text, or a page's "Lees verder" and other links. */
public record EntryLink(String title, String url) {
}
