package nl.routewijzer.routes.model;

import java.util.List;

/**
 * A page with one way on ("Ga naar vervolgstap"): the user sets the pace with a single choice "Volgende".
 */
public record Step(String id, Page page, String next) implements Node {

    public static final String NEXT_LABEL = "Volgende";

    @Override
    public List<Choice> choices() {
        return List.of(new Choice(NEXT_LABEL, next));
    }
}
