package nl.routewijzer.bot.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.routewijzer.knowledge.search.KnowledgeSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A developer's benchmark of the knowledge search alone, single-threaded, over every question of the
 * evaluation sets in their routes: {@code ./mvnw -q -pl bot -am test -Dtest=SearchSpeedProbe
 * -Dsurefire.failIfNoSpecifiedTests=false -Dspeed=20} (rounds). Prints the CPU microseconds per search (best of five runs); asserts
 * nothing (speed is measured by benchmarks, not by tests). The end-to-end figures are in BENCHMARKS.md.
 */
class SearchSpeedProbe {

    @Test
    @EnabledIfSystemProperty(named = "speed", matches = "\\d+")
    void printSearchSpeed() throws IOException {
        record Asked(String question, Optional<String> route) {
        }
        List<Asked> questions = new ArrayList<>();
        // -Dspeed.file=... : other questions (the benchmark's, say), in the evaluation sets' format
        List<Path> files = System.getProperty("speed.file") != null ? List.of(Path.of(System.getProperty("speed.file")))
                : List.of(Path.of("../../shared/eval/qa-public.jsonl"), Path.of("src/test/resources/eval/qa-dev.jsonl"),
                Path.of("src/test/resources/eval/qa-holdout.jsonl"));
        for (Path file : files) {
            if (Files.exists(file)) {
                SearchQualityTests.questions(file).forEach(q -> questions.add(new Asked(q.question(), Optional.ofNullable(q.route()))));
            }
        }
        KnowledgeSearcher searcher = TestKnowledge.searcher();
        int rounds = Integer.parseInt(System.getProperty("speed"));
        long sink = 0;
        for (int warm = 0; warm < rounds; warm++) {
            for (Asked q : questions) {
                sink += searcher.search(q.question(), q.route()).hits().size();
            }
        }
        // The best of five measurements: other work on a shared machine only ever makes a run slower.
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double best = Double.MAX_VALUE;
        for (int repeat = 0; repeat < 5; repeat++) {
            long start = threads.getCurrentThreadCpuTime();
            for (int round = 0; round < rounds; round++) {
                for (Asked q : questions) {
                    sink += searcher.search(q.question(), q.route()).hits().size();
                }
            }
            best = Math.min(best, (threads.getCurrentThreadCpuTime() - start) / 1000.0 / (rounds * questions.size()));
        }
        System.out.printf(Locale.ROOT, "%nSearch speed: %d questions x %d rounds, best of 5: %.0f us CPU per search (single thread; %d)%n",
                questions.size(), rounds, best, sink);
    }
}
