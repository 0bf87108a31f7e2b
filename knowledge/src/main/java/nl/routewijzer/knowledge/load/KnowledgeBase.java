package nl.routewijzer.knowledge.load;

import java.util.List;
import java.util.Map;
import nl.routewijzer.knowledge.model.KnowledgeEntry;
import nl.routewijzer.knowledge.model.Term;

/**
 * Everything the index is built from: the entries, the glossary terms (whose expansions and aliases are
 * search synonyms), the general synonym groups of synonyms.yaml, and the places each samenwerkingsverband serves.
 *
 * @param places a town or municipality and the routes of the samenwerkingsverband it belongs to ("oss" ->
 *               po-3006): a question that names it is about that SWV
 */
public record KnowledgeBase(List<KnowledgeEntry> entries, List<Term> terms, List<List<String>> synonymGroups,
                            Map<String, List<String>> places) {

    public KnowledgeBase {
        entries = List.copyOf(entries);
        terms = List.copyOf(terms);
        synonymGroups = List.copyOf(synonymGroups);
        places = Map.copyOf(places);
    }

    /** Knowledge that names no places. */
    public KnowledgeBase(List<KnowledgeEntry> entries, List<Term> terms, List<List<String>> synonymGroups) {
        this(entries, terms, synonymGroups, Map.of());
    }

    /** The same knowledge plus entries a caller adds (the bot adds every route page). */
    public KnowledgeBase with(List<KnowledgeEntry> more) {
        return new KnowledgeBase(java.util.stream.Stream.concat(entries.stream(), more.stream()).toList(), terms,
                synonymGroups, places);
    }

    /** The same knowledge with the places each samenwerkingsverband serves (the bot reads them from the routes). */
    public KnowledgeBase withPlaces(Map<String, List<String>> more) {
        Map<String, List<String>> all = new java.util.HashMap<>(places);
        all.putAll(more);
        return new KnowledgeBase(entries, terms, synonymGroups, all);
    }
}
