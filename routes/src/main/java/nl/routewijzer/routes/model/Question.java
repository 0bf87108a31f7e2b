package nl.routewijzer.routes.model;

import java.util.List;

/** A page that asks the user to choose one of two or more answers. */
public record Question(String id, Page page, List<Choice> choices) implements Node {
    public Question {
        choices = List.copyOf(choices);
    }
}
