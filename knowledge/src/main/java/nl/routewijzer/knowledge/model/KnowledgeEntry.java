package nl.routewijzer.knowledge.model;

import java.util.List;
import java.util.Optional;

/**
 * One searchable unit of knowledge with everything an answer needs to name its source.
 *
 * @param swv      the samenwerkingsverband it belongs to; empty for general knowledge
 * @param routes   the route ids of that samenwerkingsverband
 * @param title    the section title, the referenced chapter, the term, or the route page's heading
 * @param body     the text in light Markdown ("### " sub-headings, "- " bullets)
 * @param keywords words a user may ask with that the text itself may lack (topics, aliases, expansions)
 */
public record KnowledgeEntry(String id, EntryKind kind, Optional<String> swv, List<String> routes, String document,
                             Optional<String> chapter, String title, String url, String body, List<String> keywords) {

    public KnowledgeEntry {
        routes = List.copyOf(routes);
        keywords = List.copyOf(keywords);
    }

    /** "Document, hoofdstuk": how the answer names its source. */
    public String source() {
        return chapter.map(c -> document + ", " + c).orElse(document);
    }
}
