package nl.routewijzer.knowledge.search;

import java.util.List;

/**
 * The answers to a question, best first.
 *
 * @param confident whether the best hit fits well enough to be given as an answer; when false the hits are
 *                  at most hints, and the caller says honestly that nothing matched
 */
public record SearchResult(QuestionIntent intent, List<Hit> hits, boolean confident) {

    public SearchResult {
        hits = List.copyOf(hits);
    }
}
