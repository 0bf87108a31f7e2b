package nl.routewijzer.routes.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RouteValidatorTests {

    private static final String HEADER = """
            id: demo
            title: Demo
            region: SWV Demo
            schoolType: PO
            version: "1"
            source: Demo
            intro: Demo intro
            documents:
              boek:
                title: Routeboek
                url: https://example.org/boek.pdf
            """;

    private static List<Problem> problemsOf(String yaml) {
        try {
            RouteCatalog.load(List.of(new RouteSource("demo.yaml", yaml)));
            return List.of();
        } catch (InvalidRoutesException e) {
            return e.problems();
        }
    }

    @Test
    void soundRouteLoads() {
        RouteCatalog catalog = RouteCatalog.load(List.of(new RouteSource("demo.yaml", HEADER + """
                start: vraag
                nodes:
                  vraag:
                    kind: question
                    text: Is er sprake van een schoolinschrijving?
                    readMore:
                      - topic: preventie
                        document: boek
                        chapter: "Hoofdstuk 3"
                    choices:
                      - label: Ja
                        next: stap
                      - label: Nee
                        next: einde
                  stap:
                    kind: step
                    phase: Fase 2
                    looptijd: 2 weken
                    text: Registreer.
                    actions: [Registreer het verzuim.]
                    next: einde
                  einde:
                    kind: end
                    text: Klaar.
                    end: Je bent nu klaar met het stappenplan.
                """)));
        assertThat(catalog.route("demo")).hasValueSatisfying(route -> {
            assertThat(route.nodes()).containsOnlyKeys("vraag", "stap", "einde");
            assertThat(route.start().page().readMore().getFirst().asLink().title()).isEqualTo("Routeboek, Hoofdstuk 3");
            assertThat(route.contentVersion()).hasSize(12);
        });
    }

    @Test
    void linesAreFoldedButListItemsKeepTheirLines() {
        RouteCatalog catalog = RouteCatalog.load(List.of(new RouteSource("demo.yaml", HEADER + """
                start: stap
                nodes:
                  stap:
                    kind: step
                    text: |-
                      De consulent wordt ingeschakeld
                      wanneer het niet lukt. Er dient sprake te zijn van:
                      • De leerling zit langdurig thuis.
                      •Er zijn vragen over de bekostiging.
                      Een aanbod kent twee varianten:
                        1. Volledig onderwijsaanbod
                        2. Vrijstelling

                      Nieuwe alinea.
                    readMore:
                      - topic: preventie
                        document: boek
                        chapter: "Hoofdstuk 3"
                    next: einde
                  einde:
                    kind: end
                    text: Klaar.
                    end: Je bent nu klaar met het stappenplan.
                """)));
        assertThat(catalog.route("demo").orElseThrow().start().page().text()).isEqualTo("""
                De consulent wordt ingeschakeld wanneer het niet lukt. Er dient sprake te zijn van:
                - De leerling zit langdurig thuis.
                - Er zijn vragen over de bekostiging.
                Een aanbod kent twee varianten:
                1. Volledig onderwijsaanbod
                2. Vrijstelling

                Nieuwe alinea.""");
    }

    @Test
    void everyProblemIsReportedAtOnceWithFileNodeLineAndFix() {
        List<Problem> problems = problemsOf(HEADER + """
                start: vraag
                nodes:
                  vraag:
                    kind: question
                    text: Vraag?
                    choices:
                      - label: Ja
                        next: nergens
                      - label: ja
                        next: einde
                  wees:
                    kind: end
                    text: Niemand komt hier.
                    end: Einde.
                  einde:
                    kind: end
                    text: ""
                    end: Einde.
                    next: vraag
                    readmore: []
                  Fout_Id:
                    kind: stap
                    text: x
                """);
        assertThat(problems).extracting(Problem::toString).anySatisfy(p -> assertThat(p)
                        .contains("demo.yaml:14 node 'vraag'", "leads to 'nergens', which is not a node", "Fix:"))
                .anySatisfy(p -> assertThat(p).contains("Two choices are labelled 'ja'"))
                .anySatisfy(p -> assertThat(p).contains("node 'wees'", "not reachable from the start"))
                .anySatisfy(p -> assertThat(p).contains("node 'einde'", "'text' is empty"))
                .anySatisfy(p -> assertThat(p).contains("node 'einde'", "An end node cannot have 'next'"))
                .anySatisfy(p -> assertThat(p).contains("Unknown key 'readmore'", "readMore"))
                .anySatisfy(p -> assertThat(p).contains("node 'Fout_Id'", "kind 'stap' is unknown"))
                .anySatisfy(p -> assertThat(p).contains("node 'Fout_Id'", "Node id must be", "fout-id"))
                .anySatisfy(p -> assertThat(p).contains("Document 'boek' is never used"));
    }

    @Test
    void questionNeedsTwoChoicesAndStepNeedsNext() {
        List<Problem> problems = problemsOf(HEADER.replace("documents:\n  boek:\n    title: Routeboek\n    url: https://example.org/boek.pdf\n", "") + """
                start: vraag
                nodes:
                  vraag:
                    kind: question
                    text: Vraag?
                    choices:
                      - label: Verder
                        next: stap
                  stap:
                    kind: step
                    text: Stap
                """);
        assertThat(problems).extracting(Problem::message)
                .contains("A question needs at least two choices.", "'next' is missing.");
    }

    @Test
    void plainHttpAndUnknownDocumentsAreRefused() {
        List<Problem> problems = problemsOf(HEADER + """
                start: einde
                nodes:
                  einde:
                    kind: end
                    text: Klaar
                    end: Einde
                    readMore:
                      - topic: x
                        document: handreiking
                      - topic: y
                        document: boek
                    links:
                      - title: Steunpunt
                        url: http://example.org/
                """);
        assertThat(problems).extracting(Problem::message).anySatisfy(m -> assertThat(m).contains("not an https address"))
                .anySatisfy(m -> assertThat(m).contains("document 'handreiking', which is not under 'documents'"));
    }

    @Test
    void brokenYamlNamesTheLine() {
        List<Problem> problems = problemsOf(HEADER + "start: a\nnodes:\n  a:\n    kind: end\n   text: [oops\n");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("The file is not valid YAML");
            assertThat(p.line()).isGreaterThan(10);
        });
    }

    @Test
    void routeIdMustMatchFileName() {
        assertThatThrownBy(() -> RouteCatalog.load(List.of(new RouteSource("other.yaml", HEADER + """
                start: einde
                nodes:
                  einde: {kind: end, text: Klaar, end: Einde, readMore: [{topic: x, document: boek}]}
                """)))).isInstanceOf(InvalidRoutesException.class)
                .hasMessageContaining("Route id 'demo' differs from the file name").hasMessageContaining("other.yaml");
    }
}
