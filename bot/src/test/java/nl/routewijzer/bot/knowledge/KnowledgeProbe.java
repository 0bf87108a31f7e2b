package nl.routewijzer.bot.knowledge;

import java.util.Locale;
import java.util.Optional;
import nl.routewijzer.knowledge.search.Hit;
import nl.routewijzer.knowledge.search.SearchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A developer's lens on the search: {@code ./mvnw -q -pl bot test -Dtest=KnowledgeProbe -Dprobe="vraag|route"}
 * prints the hits of each question (separated by ';;') with score and coverage, and the bot's first reply as the
 * user sees it ({@code -Dprobe=file:questions.txt}: one "vraag|route" per line). Runs only when asked.
 */
class KnowledgeProbe {

    @Test
    @EnabledIfSystemProperty(named = "probe", matches = ".+")
    void printHits() throws java.io.IOException {
        String asked = System.getProperty("probe");
        java.util.List<String> probes = asked.startsWith("file:")
                ? java.nio.file.Files.readAllLines(java.nio.file.Path.of(asked.substring(5))) : java.util.List.of(asked.split(";;"));
        for (String probe : probes) {
            String[] parts = probe.split("\\|");
            Optional<String> route = parts.length > 1 && !parts[1].isBlank() ? Optional.of(parts[1].strip()) : Optional.empty();
            SearchResult result = TestKnowledge.searcher().search(parts[0], route);
            System.out.printf(Locale.ROOT, "%n== %s [%s] intent %s confident %s%n", parts[0], route.orElse("-"),
                    result.intent(), result.confident());
            System.out.println("  " + TestKnowledge.searcher().explain(parts[0]));
            for (Hit hit : result.hits()) {
                System.out.printf(Locale.ROOT, "  %.2f cov %.2f %s %s | %s%n     %s%n", hit.score(), hit.coverage(),
                        hit.entry().kind(), hit.entry().id(), hit.entry().title(),
                        hit.passage().replace("\n", " // ").substring(0, Math.min(Integer.getInteger("probe.chars", 160), hit.passage().length())));
            }
            SearchQualityTests.Question question = new SearchQualityTests.Question("probe", parts[0], route.orElse(null),
                    java.util.List.of(), "probe");
            System.out.println("  -- first reply --\n  " + SearchQualityTests.ask(question).firstReply().replace("\n", "\n  "));
        }
    }
}
