package nl.routewijzer.routes.model;

import java.util.List;
import java.util.Optional;

/**
 * What a node shows, in the source's words.
 *
 * @param phase    e.g. "Fase 3a"; empty when the source names none
 * @param looptijd the lead time, e.g. "2-10 weken"; empty when the source names none
 */
public record Page(Optional<String> phase, Optional<String> looptijd, Optional<String> title, String text,
                   List<String> actions, List<String> notes, List<Reference> readMore, List<Link> links) {

    public Page {
        actions = List.copyOf(actions);
        notes = List.copyOf(notes);
        readMore = List.copyOf(readMore);
        links = List.copyOf(links);
    }
}
