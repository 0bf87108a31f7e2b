package nl.routewijzer.knowledge.model;

import java.util.List;
import java.util.Optional;

/** A glossary term: its abbreviation expansion and aliases are also synonyms for search. */
public record Term(String term, Optional<String> expansion, List<String> aliases) {

    public Term {
        aliases = List.copyOf(aliases);
    }
}
