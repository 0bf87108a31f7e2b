package nl.routewijzer.knowledge.model;

import java.util.List;

/**
 * A question as school professionals ask it, and words its answer holds (examples.yaml). The search learns from
 * the examples which words people use for an entry that the entry itself does not use: the entries an example
 * answers are found by its answer's words, not by an id, so that the example keeps pointing at the right text
 * when documents or routes are renumbered.
 *
 * @param question what was asked
 * @param answer   phrases of which the right answer holds at least one, verbatim (case aside)
 */
public record Example(String question, List<String> answer) {

    public Example {
        answer = List.copyOf(answer);
    }
}
