package nl.routewijzer.routes.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.routewijzer.routes.load.RouteCatalog;
import nl.routewijzer.routes.load.RouteSource;
import org.junit.jupiter.api.Test;

class RouteEngineTests {

    static final String DEMO = """
            id: demo
            title: Demo
            region: SWV Demo
            schoolType: PO
            version: "1"
            source: Demo
            intro: Demo intro
            start: vraag
            nodes:
              vraag:
                kind: question
                text: Is er sprake van een schoolinschrijving?
                choices:
                  - {label: Ja, next: stap}
                  - {label: Nee, next: einde-nee}
              stap:
                kind: step
                phase: Fase 2
                looptijd: 2 weken
                text: Registreer.
                actions: [Registreer het verzuim., Ga in gesprek met ouders.]
                next: einde-ja
              einde-ja:
                kind: end
                phase: Fase 3a
                text: Passend onderwijs is gerealiseerd.
                actions: [Registreer het verzuim., Sluit af.]
                end: Je bent nu klaar met het stappenplan.
              einde-nee:
                kind: end
                text: Geen inschrijving.
                end: Klaar.
            """;

    private final RouteEngine engine = new RouteEngine(RouteCatalog.load(List.of(new RouteSource("demo.yaml", DEMO))));

    private RouteState chosen(Selection selection) {
        assertThat(selection).isInstanceOf(Selection.Chosen.class);
        return ((Selection.Chosen) selection).state();
    }

    @Test
    void walksByButtonValueAndTypedTextAndCollectsTheSummary() {
        RouteState state = engine.start("demo").orElseThrow();
        state = chosen(engine.select(state, engine.choiceValues(state).get(0)));
        assertThat(state.nodeId()).isEqualTo("stap");
        state = chosen(engine.select(state, "volgende"));
        assertThat(state.nodeId()).isEqualTo("einde-ja");

        Summary summary = engine.summarize(state);
        assertThat(summary.answers()).containsExactly(new Summary.GivenAnswer("Is er sprake van een schoolinschrijving?", "Ja"));
        assertThat(summary.actions()).extracting(Summary.CollectedAction::text)
                .containsExactly("Registreer het verzuim.", "Ga in gesprek met ouders.", "Sluit af.");
        assertThat(summary.actions().getFirst().phase()).hasValue("Fase 2");
        assertThat(summary.actions().getFirst().looptijd()).hasValue("2 weken");
        assertThat(summary.endText()).hasValue("Je bent nu klaar met het stappenplan.");
    }

    @Test
    void aButtonOfAnEarlierStepIsStaleAndChangesNothing() {
        RouteState start = engine.start("demo").orElseThrow();
        String oldButton = engine.choiceValues(start).get(1);
        RouteState moved = chosen(engine.select(start, "ja"));
        assertThat(engine.select(moved, oldButton)).isInstanceOf(Selection.Stale.class);
        assertThat(engine.select(moved, "other-route/vraag/1")).isInstanceOf(Selection.Stale.class);
        assertThat(engine.select(moved, "demo/stap/2")).isInstanceOf(Selection.Stale.class);
    }

    @Test
    void backReturnsToThePreviousNodeAndRestartClearsThePath() {
        RouteState state = chosen(engine.select(engine.start("demo").orElseThrow(), "ja"));
        assertThat(engine.back(state)).hasValueSatisfying(s -> {
            assertThat(s.nodeId()).isEqualTo("vraag");
            assertThat(s.path()).isEmpty();
            assertThat(engine.back(s)).isEmpty();
        });
        assertThat(engine.restart(state).nodeId()).isEqualTo("vraag");
        assertThat(engine.restart(state).path()).isEmpty();
    }

    @Test
    void freeTextPicksNothing() {
        assertThat(engine.select(engine.start("demo").orElseThrow(), "waar lees ik meer over verzuim"))
                .isInstanceOf(Selection.NoMatch.class);
    }

    @Test
    void storedStateResumesOnUnchangedPathAndRestartsWhenItsNodeChanged() {
        RouteState state = chosen(engine.select(engine.start("demo").orElseThrow(), "ja"));
        assertThat(engine.resume(state)).isEqualTo(new Resumption.Resumed(state));

        RouteEngine edited = new RouteEngine(RouteCatalog.load(List.of(new RouteSource("demo.yaml",
                DEMO.replace("text: Geen inschrijving.", "text: Geen schoolinschrijving.")))));
        assertThat(edited.resume(state)).isInstanceOfSatisfying(Resumption.Resumed.class,
                r -> assertThat(r.state().nodeId()).isEqualTo("stap"));

        RouteEngine rewired = new RouteEngine(RouteCatalog.load(List.of(new RouteSource("demo.yaml",
                DEMO.replace("{label: Ja, next: stap}", "{label: Ja, next: einde-ja}")
                        .replace("{label: Nee, next: einde-nee}", "{label: Nee, next: stap}")
                        .replace("    next: einde-ja\n", "    next: einde-nee\n")))));
        assertThat(rewired.resume(state)).isInstanceOfSatisfying(Resumption.Restarted.class,
                r -> assertThat(r.state().nodeId()).isEqualTo("vraag"));

        assertThat(engine.resume(new RouteState("gone", "x", "a", List.of()))).isInstanceOf(Resumption.RouteGone.class);
    }
}
