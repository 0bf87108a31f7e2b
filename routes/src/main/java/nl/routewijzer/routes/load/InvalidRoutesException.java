package nl.routewijzer.routes.load;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when any shipped route is broken; lists every problem of every file. */
public class InvalidRoutesException extends RuntimeException {

    private final List<Problem> problems;

    public InvalidRoutesException(List<Problem> problems) {
        super(problems.size() + " problem(s) in the route files:\n"
                + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
