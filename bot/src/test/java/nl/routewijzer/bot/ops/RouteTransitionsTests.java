package nl.routewijzer.bot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import nl.routewijzer.bot.conversation.TestBot;
import nl.routewijzer.routes.engine.Answer;
import nl.routewijzer.routes.engine.RouteEngine;
import nl.routewijzer.routes.engine.RouteState;
import nl.routewijzer.routes.engine.Selection;
import nl.routewijzer.routes.model.End;
import org.junit.jupiter.api.Test;

/** Which moves count as a route start or completion, on the shipped vo-zhw route. */
class RouteTransitionsTests {

    private final RouteEngine engine = new RouteEngine(TestBot.ROUTES);
    private final RouteTransitions transitions = new RouteTransitions(TestBot.ROUTES);
    private final RouteState first = engine.start("vo-zhw").orElseThrow();
    private final RouteState second = choose(first, 0);
    private final RouteState third = choose(second, 0);

    private RouteState choose(RouteState state, int choice) {
        return ((Selection.Chosen) engine.select(state, engine.choiceValues(state).get(choice))).state();
    }

    private Optional<String> started(RouteState before, RouteState after) {
        return transitions.started(Optional.ofNullable(before), Optional.ofNullable(after));
    }

    @Test
    void startingFromNoRouteOrAnotherRouteIsAStart() {
        assertThat(started(null, first)).contains("vo-zhw");
        assertThat(started(engine.start("po-3006").orElseThrow(), first)).contains("vo-zhw");
    }

    @Test
    void restartFromFurtherOnIsAStart() {
        assertThat(started(third, engine.restart(third))).contains("vo-zhw");
    }

    @Test
    void restartAfterAContentChangeIsAStart() {
        RouteState removed = new RouteState("vo-zhw", "000000000000", "weg", List.of(new Answer(first.nodeId(), 0)));
        assertThat(started(removed, first)).contains("vo-zhw");
    }

    @Test
    void stepsForwardBackOrStayingPutAreNoStart() {
        assertThat(started(first, second)).isEmpty();
        assertThat(started(second, engine.back(second).orElseThrow())).as("back onto the first step").isEmpty();
        assertThat(started(first, first)).as("a free question on the first step").isEmpty();
        assertThat(started(first, null)).as("/vergeet").isEmpty();
    }

    @Test
    void reachingAnEndIsACompletionOnce() {
        RouteState end = walkToAnEnd();
        RouteState beforeEnd = engine.back(end).orElseThrow();
        assertThat(transitions.completed(Optional.of(beforeEnd), Optional.of(end))).contains("vo-zhw");
        assertThat(transitions.completed(Optional.of(end), Optional.of(end))).as("staying at the end").isEmpty();
        assertThat(transitions.completed(Optional.of(first), Optional.of(second))).isEmpty();
    }

    @Test
    void statesOnNodesThatNoLongerExistNeverFail() {
        RouteState removed = new RouteState("vo-zhw", "000000000000", "weg", List.of());
        RouteState unknownRoute = new RouteState("weg", "000000000000", "weg", List.of());
        assertThat(transitions.completed(Optional.of(removed), Optional.of(unknownRoute))).isEmpty();
        assertThat(transitions.started(Optional.of(removed), Optional.of(unknownRoute))).isEmpty();
    }

    private RouteState walkToAnEnd() {
        RouteState state = first;
        while (!(engine.current(state) instanceof End)) {
            state = choose(state, 0);
        }
        return state;
    }
}
