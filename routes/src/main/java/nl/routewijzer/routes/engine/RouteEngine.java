package nl.routewijzer.routes.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import nl.routewijzer.routes.load.RouteCatalog;
import nl.routewijzer.routes.model.End;
import nl.routewijzer.routes.model.Node;
import nl.routewijzer.routes.model.Question;
import nl.routewijzer.routes.model.Route;

/**
 * Walks a user through a route. Pure: every operation takes a state and returns a new one, so a caller can
 * retry it after losing an optimistic-locking race without side effects.
 */
public final class RouteEngine {

    private final RouteCatalog catalog;
    private final ChoiceMatcher matcher = new ChoiceMatcher();

    public RouteEngine(RouteCatalog catalog) {
        this.catalog = catalog;
    }

    public RouteCatalog catalog() {
        return catalog;
    }

    public Optional<RouteState> start(String routeId) {
        return catalog.route(routeId).map(r -> new RouteState(r.id(), r.contentVersion(), r.startNodeId(), List.of()));
    }

    public Route route(RouteState state) {
        return catalog.route(state.routeId()).orElseThrow(() -> new IllegalStateException("Unknown route " + state.routeId()));
    }

    public Node current(RouteState state) {
        return route(state).node(state.nodeId())
                .orElseThrow(() -> new IllegalStateException("Node " + state.nodeId() + " not in " + state.routeId()));
    }

    /** The button values of the current node's choices, in display order. */
    public List<String> choiceValues(RouteState state) {
        Node node = current(state);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < node.choices().size(); i++) {
            values.add(new ChoiceValue(state.routeId(), node.id(), i).encode());
        }
        return values;
    }

    /** Interprets a button value or typed text as a choice of the current node. */
    public Selection select(RouteState state, String input) {
        Node node = current(state);
        Optional<ChoiceValue> value = ChoiceValue.decode(input);
        if (value.isPresent()) {
            ChoiceValue v = value.get();
            boolean here = v.routeId().equals(state.routeId()) && v.nodeId().equals(node.id());
            if (!here || v.choice() >= node.choices().size()) {
                return new Selection.Stale();
            }
            return choose(state, v.choice());
        }
        OptionalInt index = matcher.match(input, node.choices());
        return index.isPresent() ? choose(state, index.getAsInt()) : new Selection.NoMatch();
    }

    /** The number typed, when the text is a number that picks nothing; lets the caller explain the range. */
    public Optional<Integer> strayNumber(String input) {
        return matcher.number(input);
    }

    private Selection choose(RouteState state, int index) {
        Node node = current(state);
        var choice = node.choices().get(index);
        List<Answer> path = new ArrayList<>(state.path());
        path.add(new Answer(node.id(), index));
        return new Selection.Chosen(new RouteState(state.routeId(), state.contentVersion(), choice.next(), path), choice.label());
    }

    /** One step back, or empty at the route's first step. */
    public Optional<RouteState> back(RouteState state) {
        if (state.path().isEmpty()) {
            return Optional.empty();
        }
        List<Answer> path = new ArrayList<>(state.path());
        Answer last = path.removeLast();
        return Optional.of(new RouteState(state.routeId(), state.contentVersion(), last.nodeId(), path));
    }

    public RouteState restart(RouteState state) {
        Route route = route(state);
        return new RouteState(route.id(), route.contentVersion(), route.startNodeId(), List.of());
    }

    /**
     * Checks a stored state against today's content. When the content changed, the state still resumes if
     * every answer on its path still leads where it led, and its node is still there.
     */
    public Resumption resume(RouteState state) {
        Optional<Route> found = catalog.route(state.routeId());
        if (found.isEmpty()) {
            return new Resumption.RouteGone();
        }
        Route route = found.get();
        if (route.contentVersion().equals(state.contentVersion())) {
            return new Resumption.Resumed(state);
        }
        String expected = route.startNodeId();
        for (Answer answer : state.path()) {
            Optional<Node> node = route.node(answer.nodeId());
            if (!answer.nodeId().equals(expected) || node.isEmpty() || answer.choice() >= node.get().choices().size()) {
                return new Resumption.Restarted(restart(state));
            }
            expected = node.get().choices().get(answer.choice()).next();
        }
        if (!expected.equals(state.nodeId()) || route.node(state.nodeId()).isEmpty()) {
            return new Resumption.Restarted(restart(state));
        }
        return new Resumption.Resumed(new RouteState(route.id(), route.contentVersion(), state.nodeId(), state.path()));
    }

    public Summary summarize(RouteState state) {
        Route route = route(state);
        List<Summary.GivenAnswer> answers = new ArrayList<>();
        List<Node> visited = new ArrayList<>();
        for (Answer answer : state.path()) {
            Node node = route.node(answer.nodeId()).orElseThrow();
            visited.add(node);
            if (node instanceof Question question) {
                answers.add(new Summary.GivenAnswer(question.page().text(), question.choices().get(answer.choice()).label()));
            }
        }
        Node current = current(state);
        visited.add(current);
        Set<String> seen = new LinkedHashSet<>();
        List<Summary.CollectedAction> actions = new ArrayList<>();
        for (Node node : visited) {
            for (String action : node.page().actions()) {
                if (seen.add(action)) {
                    actions.add(new Summary.CollectedAction(action, node.page().phase(), node.page().looptijd()));
                }
            }
        }
        Optional<String> endText = current instanceof End end ? Optional.of(end.endText()) : Optional.empty();
        return new Summary(route, answers, actions, endText);
    }
}
