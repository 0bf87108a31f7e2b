package nl.routewijzer.knowledge.load;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when any knowledge file is broken; lists every problem at once. */
public class InvalidKnowledgeException extends RuntimeException {

    private final List<ContentProblem> problems;

    public InvalidKnowledgeException(List<ContentProblem> problems) {
        super(problems.size() + " problem(s) in the knowledge files:\n"
                + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }
}
