package nl.routewijzer.bot.knowledge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.routewijzer.bot.conversation.TestBot;
import nl.routewijzer.knowledge.load.KnowledgeBase;
import nl.routewijzer.knowledge.load.KnowledgeFiles;
import nl.routewijzer.knowledge.load.KnowledgeLoader;
import nl.routewijzer.knowledge.model.Example;
import nl.routewijzer.knowledge.search.KnowledgeIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes {@code knowledge/examples.yaml} from evaluation sets: each question with the phrases its answer must hold.
 * Only examples the knowledge can place (their answer in one to six entries) are written. Runs only when asked:
 * {@code ./mvnw -q -pl bot test -Dtest=ExamplesWriter -Dexamples.sets=qa-dev,qa-blind3,...} (set names without
 * ".jsonl"; never qa-public: the search must not learn the public set's answers, nor a set kept to measure it).
 */
class ExamplesWriter {

    private static final Path TARGET = Path.of("../knowledge/src/main/resources/knowledge/examples.yaml");

    @Test
    @EnabledIfSystemProperty(named = "examples.sets", matches = ".+")
    void write() throws Exception {
        List<String> sets = List.of(System.getProperty("examples.sets").split(","));
        if (sets.contains("qa-public")) {
            throw new IllegalArgumentException("The public set is what the search is measured on, not what it learns from");
        }
        List<Example> examples = new ArrayList<>();
        for (String set : sets) {
            for (String line : Files.readAllLines(Path.of("src/test/resources/eval/" + set.strip() + ".jsonl"))) {
                if (!line.isBlank()) {
                    Map<String, Object> question = new Yaml().load(line); // JSON is YAML
                    @SuppressWarnings("unchecked")
                    List<String> expected = (List<String>) question.get("expect_any");
                    examples.add(new Example(((String) question.get("question")).replaceAll("\\s+", " ").strip(), expected));
                }
            }
        }
        KnowledgeBase base = RoutePages.added(new KnowledgeLoader().load(KnowledgeFiles.fromResourceFolder()), TestBot.ROUTES);
        // Without the examples already there: the file is written anew from the sets.
        KnowledgeBase fresh = new KnowledgeBase(base.entries(), base.terms(), base.synonymGroups(), base.places(), examples);
        Set<Example> unplaced = new HashSet<>(KnowledgeIndex.build(fresh).unresolvedExamples());
        StringBuilder yaml = new StringBuilder("""
                # Questions as school professionals ask them, with phrases their right answer holds verbatim (case aside).
                # The search learns from them which words people use for an entry that the entry itself does not use
                # (docs/search.md, "Examples"). The entries are found by the answer's phrases, not by id.
                # Written by ExamplesWriter from the evaluation sets %s (see eval/README.md); an example may be
                # added or mended by hand.
                """.formatted(String.join(", ", sets)));
        int written = 0;
        for (Example example : examples) {
            if (unplaced.contains(example)) {
                continue;
            }
            written++;
            yaml.append("- question: ").append(quoted(example.question())).append('\n')
                    .append("  answer: [").append(String.join(", ", example.answer().stream().map(ExamplesWriter::quoted).toList()))
                    .append("]\n");
        }
        Files.writeString(TARGET, yaml);
        System.out.printf("Examples: %d of %d questions written to %s%n", written, examples.size(), TARGET.normalize());
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
