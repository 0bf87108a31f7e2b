package nl.routewijzer.knowledge.load;

import java.util.List;
import java.util.Map;
import nl.routewijzer.knowledge.model.Example;
import nl.routewijzer.knowledge.model.KnowledgeEntry;
import nl.routewijzer.knowledge.model.Term;

/**
 * Everything the index is built from: the entries, the glossary terms (whose expansions and aliases are
 * search synonyms), the general synonym groups of synonyms.yaml, the places each samenwerkingsverband serves, and
 * the example questions of examples.yaml.
 *
 * @param places   a town or municipality and the routes of the samenwerkingsverband it belongs to ("oss" ->
 *                 po-3006): a question that names it is about that SWV
 * @param examples questions people ask and what their answer holds (see {@link Example})
 */
public record KnowledgeBase(List<KnowledgeEntry> entries, List<Term> terms, List<List<String>> synonymGroups,
                            Map<String, List<String>> places, List<Example> examples) {

    public KnowledgeBase {
        entries = List.copyOf(entries);
        terms = List.copyOf(terms);
        synonymGroups = List.copyOf(synonymGroups);
        places = Map.copyOf(places);
        examples = List.copyOf(examples);
    }

    /** Knowledge that names no places and has no examples. */
    public KnowledgeBase(List<KnowledgeEntry> entries, List<Term> terms, List<List<String>> synonymGroups) {
        this(entries, terms, synonymGroups, Map.of(), List.of());
    }

    /** The same knowledge plus entries a caller adds (the bot adds every route page). */
    public KnowledgeBase with(List<KnowledgeEntry> more) {
        return new KnowledgeBase(java.util.stream.Stream.concat(entries.stream(), more.stream()).toList(), terms,
                synonymGroups, places, examples);
    }

    /** The same knowledge with the places each samenwerkingsverband serves (the bot reads them from the routes). */
    public KnowledgeBase withPlaces(Map<String, List<String>> more) {
        Map<String, List<String>> all = new java.util.HashMap<>(places);
        all.putAll(more);
        return new KnowledgeBase(entries, terms, synonymGroups, all, examples);
    }

    /** The same knowledge with these examples. */
    public KnowledgeBase withExamples(List<Example> more) {
        return new KnowledgeBase(entries, terms, synonymGroups, places,
                java.util.stream.Stream.concat(examples.stream(), more.stream()).toList());
    }
}
