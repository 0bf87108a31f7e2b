package nl.routewijzer.knowledge.search;

import java.util.Optional;
import java.util.Set;

/**
 * A few paragraphs of an entry, under their sub-heading if any: what an answer shows. What kind of answer it
 * gives is known from indexing on, so a search only has to look it up.
 *
 * @param text     what the passage is found by: its own words
 * @param shown    what an answer shows: the text, and for one group of a long list the groups after it as far as
 *                 they fit, with "…" when the list goes on beyond that
 * @param list     it holds a list (an answer to "welke ...")
 * @param quantity it names a number, a term or a moment (an answer to "wanneer", "hoe lang", "hoeveel")
 * @param link     it links to more, or says where to read it (an answer to "waar lees ik ...")
 * @param place    it says where something is (an answer to "waar zit ...")
 * @param names    it names places or organisations ("De Kameleon in Papendrecht"): an answer to "welke scholen"
 * @param person   it names someone to turn to ("de trajectbegeleider"): an answer to "bij wie"
 * @param facet    the part of a tafel voor opschaling its sub-heading introduces ("Aanmelding"), if any
 */
record Passage(Optional<String> heading, String text, String shown, Set<String> terms, boolean list, boolean quantity, boolean link,
               boolean place, boolean names, boolean person, Optional<TableFacet> facet) {
}
