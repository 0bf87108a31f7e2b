package nl.routewijzer.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.routewijzer.routes.engine.RouteEngine;
import nl.routewijzer.routes.engine.RouteState;
import nl.routewijzer.routes.engine.Selection;
import nl.routewijzer.routes.engine.Summary;
import nl.routewijzer.routes.load.RouteCatalog;
import nl.routewijzer.routes.load.RouteFiles;
import nl.routewijzer.routes.model.End;
import nl.routewijzer.routes.model.Node;
import nl.routewijzer.routes.model.Route;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every shipped route is valid, and every start-to-end path of each one walks to an end with a summary. */
class ShippedRoutesTests {

    private static final RouteCatalog CATALOG = RouteCatalog.load(RouteFiles.fromResourceFolder());
    private static final RouteEngine ENGINE = new RouteEngine(CATALOG);

    @Test
    void theFourRoutesOfTheChatApiAreShipped() {
        assertThat(CATALOG.routes()).extracting(Route::id)
                .containsExactlyInAnyOrder("vo-zhw", "po-sppoh", "po-drechtsteden", "po-3006");
    }

    @Test
    void noInternalEditingNoteIsContent() {
        for (Route route : CATALOG.routes()) {
            for (Node node : route.nodes().values()) {
                assertThat(node.page().toString()).as(route.id() + "/" + node.id()).doesNotContainIgnoringCase("annelies");
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyPathReachesAnEndWithASummary() {
        return CATALOG.routes().stream().flatMap(route -> paths(route).stream().map(path -> DynamicTest.dynamicTest(
                route.id() + ": " + String.join(" > ", path.stream().map(i -> String.valueOf(i + 1)).toList()),
                () -> walk(route, path))));
    }

    private static void walk(Route route, List<Integer> path) {
        RouteState state = ENGINE.start(route.id()).orElseThrow();
        for (int choice : path) {
            String value = ENGINE.choiceValues(state).get(choice);
            Selection selection = ENGINE.select(state, value);
            assertThat(selection).isInstanceOf(Selection.Chosen.class);
            state = ((Selection.Chosen) selection).state();
        }
        assertThat(ENGINE.current(state)).isInstanceOf(End.class);
        Summary summary = ENGINE.summarize(state);
        assertThat(summary.endText()).isPresent();
        assertThat(summary.answers().size() + summary.actions().size()).isPositive();
    }

    /** All simple paths from the start to an end, as lists of choice indexes. */
    static List<List<Integer>> paths(Route route) {
        List<List<Integer>> result = new ArrayList<>();
        collect(route, route.start(), new ArrayList<>(), new java.util.HashSet<>(), result);
        assertThat(result).as(route.id() + " has paths").isNotEmpty();
        return result;
    }

    private static void collect(Route route, Node node, List<Integer> path, Set<String> onPath, List<List<Integer>> out) {
        if (node instanceof End) {
            out.add(List.copyOf(path));
            return;
        }
        onPath.add(node.id());
        for (int i = 0; i < node.choices().size(); i++) {
            Node next = route.node(node.choices().get(i).next()).orElseThrow();
            if (!onPath.contains(next.id())) {
                path.add(i);
                collect(route, next, path, onPath, out);
                path.removeLast();
            }
        }
        onPath.remove(node.id());
    }
}
