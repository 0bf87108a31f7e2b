package nl.routewijzer.routes.model;

import java.util.Optional;

/**
 * "Wil je meer lezen over {topic}? Lees verder in {document}, {chapter}".
 */
public record Reference(String topic, Document document, Optional<String> chapter) {

    /** The link title as the tools write it: "Routeboek Verzuim &amp; Thuiszitters, Hoofdstuk 3: fase 2". */
    public Link asLink() {
        return new Link(chapter.map(c -> document.title() + ", " + c).orElse(document.title()), document.url());
    }
}
