package nl.routewijzer.knowledge.search;

import java.util.Optional;
import java.util.Set;

/** A few paragraphs of an entry, under their sub-heading if any: what an answer shows. */
record Passage(Optional<String> heading, String text, Set<String> terms) {
}
