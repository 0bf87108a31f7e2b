package nl.routewijzer.bot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.routewijzer.bot.conversation.TestBot;
import nl.routewijzer.knowledge.load.KnowledgeFiles;
import nl.routewijzer.knowledge.load.KnowledgeLoader;
import nl.routewijzer.knowledge.model.EntryKind;
import nl.routewijzer.knowledge.model.KnowledgeEntry;
import nl.routewijzer.routes.model.Node;
import nl.routewijzer.routes.model.Reference;
import nl.routewijzer.routes.model.Route;
import org.junit.jupiter.api.Test;

/**
 * The routes and the knowledge base are written apart but must agree: every "Lees verder" reference a
 * digital tool route shows is in the reference catalogue with the same chapter and address, so that a free
 * question finds what the route points to. Lists every mismatch at once.
 */
class ContentConsistencyTests {

    @Test
    void everyReadMoreOfTheDigitalToolsIsInTheReferenceCatalogue() {
        List<KnowledgeEntry> references = new KnowledgeLoader().load(KnowledgeFiles.fromResourceFolder()).entries().stream()
                .filter(e -> e.kind() == EntryKind.REFERENCE).toList();
        Set<String> catalogue = references.stream()
                .flatMap(r -> r.routes().stream().map(route -> route + " | " + r.chapter().orElse("") + " | " + r.url()))
                .collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (String routeId : List.of("vo-zhw", "po-sppoh")) {
            Route route = TestBot.ROUTES.route(routeId).orElseThrow();
            for (Node node : route.nodes().values()) {
                for (Reference ref : node.page().readMore()) {
                    String key = routeId + " | " + ref.chapter().orElse("") + " | " + ref.document().url();
                    if (!catalogue.contains(key)) {
                        missing.add(routeId + ".yaml node '" + node.id() + "': " + key
                                + " — add it to knowledge/references.yaml or align the chapter and url");
                    }
                }
            }
        }
        assertThat(missing).as("route references missing from the catalogue").isEmpty();
    }

    @Test
    void everyExampleStillPointsAtTheTextThatAnswersIt() {
        // A route or document edited after examples.yaml was written may no longer hold an example's answer.
        List<String> unplaced = TestKnowledge.index().unresolvedExamples().stream()
                .map(e -> e.question() + " -> " + e.answer()).toList();
        assertThat(unplaced).as("examples whose answer no entry holds (or more than six do): mend the phrase or "
                + "write knowledge/examples.yaml anew with ExamplesWriter").isEmpty();
    }
}
