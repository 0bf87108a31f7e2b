package nl.routewijzer.knowledge.load;

import java.util.List;
import nl.routewijzer.knowledge.model.KnowledgeEntry;
import nl.routewijzer.knowledge.model.Term;

/**
 * Everything the index is built from: the entries, the glossary terms (whose expansions and aliases are
 * search synonyms) and the general synonym groups of synonyms.yaml.
 */
public record KnowledgeBase(List<KnowledgeEntry> entries, List<Term> terms, List<List<String>> synonymGroups) {

    public KnowledgeBase {
        entries = List.copyOf(entries);
        terms = List.copyOf(terms);
        synonymGroups = List.copyOf(synonymGroups);
    }

    /** The same knowledge plus entries a caller adds (the bot adds every route page). */
    public KnowledgeBase with(List<KnowledgeEntry> more) {
        return new KnowledgeBase(java.util.stream.Stream.concat(entries.stream(), more.stream()).toList(), terms,
                synonymGroups);
    }
}
