package nl.routewijzer.bot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.routewijzer.bot.conversation.Reply;
import nl.routewijzer.bot.conversation.TestBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Runs the public evaluation set (../shared/eval/qa-public.jsonl) through the real conversation engine, as
 * a user would ask: "/start route" first, then the question at the route's first step. Prints top-1, top-3
 * and MRR and every miss, and keeps a floor so quality cannot silently fall.
 *
 * <p>Also the evaluation command of the README: {@code ./mvnw -q -pl bot test -Dtest=SearchQualityTests}
 * (or {@code -Deval.file=other.jsonl} for another set of the same format).
 */
class SearchQualityTests {

    static final double TOP3_FLOOR = 0.8;

    record Question(String id, String question, String route, List<String> expectAny, String kind) {
    }

    record Outcome(Question question, int rank, String firstReply) {
    }

    /** Top-1, top-3 and MRR of one evaluation set. */
    record Metrics(String name, int questions, double top1, double top3, double mrr) {
    }

    @Test
    void publicSetStaysAboveTheFloor() throws IOException {
        Path file = Path.of(System.getProperty("eval.file", "../../shared/eval/qa-public.jsonl"));
        if (!Files.exists(file)) {
            file = Path.of("../shared/eval/qa-public.jsonl");
        }
        Metrics metrics = evaluate(file);
        assertThat(metrics.top3()).as("top-3 on " + file).isGreaterThanOrEqualTo(TOP3_FLOOR);
    }

    /**
     * Our own held-out sets in bot/src/test/resources/eval/ (qa-dev, qa-holdout, qa-final, qa-blind3 ..
     * qa-blind101), each written blind from the seeds by a helper who saw neither the search nor the other sets.
     * Each was run once, unseen, before its misses were looked at; then it became a set to diagnose with and
     * the next one was written. The first unseen run of each is in eval/README.md. These tests keep every set
     * above the floor: top-3 0.8, or, for a set whose first run stayed below that, a floor just under that run's top-3 (the
     * floors below that are not 0.8): those keep it from falling further until the search reaches 0.8 there.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"qa-dev.jsonl, 0.8", "qa-holdout.jsonl, 0.8", "qa-final.jsonl, 0.8", "qa-blind3.jsonl, 0.8",
            "qa-blind4.jsonl, 0.8", "qa-blind5.jsonl, 0.8", "qa-blind6.jsonl, 0.8", "qa-blind7.jsonl, 0.8",
            "qa-blind8.jsonl, 0.8", "qa-blind9.jsonl, 0.8", "qa-blind10.jsonl, 0.8", "qa-blind11.jsonl, 0.8",
            "qa-blind12.jsonl, 0.8", "qa-blind13.jsonl, 0.8", "qa-blind14.jsonl, 0.8", "qa-blind15.jsonl, 0.72",
            "qa-blind16.jsonl, 0.8", "qa-blind17.jsonl, 0.8", "qa-blind18.jsonl, 0.76", "qa-blind19.jsonl, 0.76",
            "qa-blind20.jsonl, 0.72", "qa-blind21.jsonl, 0.8", "qa-blind22.jsonl, 0.76", "qa-blind23.jsonl, 0.8",
            "qa-blind24.jsonl, 0.8", "qa-blind25.jsonl, 0.8", "qa-blind26.jsonl, 0.8",
            "qa-blind27.jsonl, 0.8", "qa-blind28.jsonl, 0.76",
            "qa-blind29.jsonl, 0.8", "qa-blind30.jsonl, 0.68", "qa-blind31.jsonl, 0.8", "qa-blind32.jsonl, 0.8",
            "qa-blind33.jsonl, 0.58", "qa-blind34.jsonl, 0.74", "qa-blind35.jsonl, 0.72", "qa-blind36.jsonl, 0.8",
            "qa-blind37.jsonl, 0.78", "qa-blind38.jsonl, 0.8", "qa-blind39.jsonl, 0.8", "qa-blind40.jsonl, 0.8",
            "qa-blind41.jsonl, 0.68", "qa-blind42.jsonl, 0.8",
            "qa-blind43.jsonl, 0.74", "qa-blind44.jsonl, 0.8",
            "qa-blind45.jsonl, 0.8", "qa-blind46.jsonl, 0.8",
            "qa-blind47.jsonl, 0.8", "qa-blind48.jsonl, 0.8",
            "qa-blind49.jsonl, 0.76", "qa-blind50.jsonl, 0.8",
            "qa-blind51.jsonl, 0.78", "qa-blind52.jsonl, 0.8",
            "qa-blind53.jsonl, 0.8", "qa-blind54.jsonl, 0.8",
            "qa-blind55.jsonl, 0.76", "qa-blind56.jsonl, 0.8",
            "qa-blind57.jsonl, 0.76", "qa-blind58.jsonl, 0.8",
            "qa-blind59.jsonl, 0.8", "qa-blind60.jsonl, 0.8",
            "qa-blind61.jsonl, 0.8", "qa-blind62.jsonl, 0.8",
            "qa-blind63.jsonl, 0.8", "qa-blind64.jsonl, 0.8", "qa-blind65.jsonl, 0.8",
            "qa-blind66.jsonl, 0.8", "qa-blind67.jsonl, 0.8",
            "qa-blind68.jsonl, 0.8", "qa-blind69.jsonl, 0.8", "qa-blind70.jsonl, 0.8", "qa-blind71.jsonl, 0.8",
            "qa-blind72.jsonl, 0.8", "qa-blind73.jsonl, 0.8", "qa-blind74.jsonl, 0.8", "qa-blind75.jsonl, 0.8",
            "qa-blind76.jsonl, 0.8", "qa-blind77.jsonl, 0.74", "qa-blind78.jsonl, 0.8", "qa-blind79.jsonl, 0.8",
            "qa-blind80.jsonl, 0.8", "qa-blind81.jsonl, 0.8", "qa-blind82.jsonl, 0.8", "qa-blind83.jsonl, 0.8",
            "qa-blind84.jsonl, 0.8", "qa-blind85.jsonl, 0.8", "qa-blind86.jsonl, 0.8", "qa-blind87.jsonl, 0.8",
            "qa-blind88.jsonl, 0.8", "qa-blind89.jsonl, 0.8", "qa-blind90.jsonl, 0.8", "qa-blind91.jsonl, 0.8",
            "qa-blind92.jsonl, 0.8", "qa-blind93.jsonl, 0.8", "qa-blind94.jsonl, 0.8", "qa-blind95.jsonl, 0.8",
            "qa-blind96.jsonl, 0.8", "qa-blind97.jsonl, 0.8", "qa-blind98.jsonl, 0.8", "qa-blind99.jsonl, 0.8",
            "qa-blind100.jsonl, 0.8", "qa-blind101.jsonl, 0.8"})
    void heldOutSetsStayAboveTheFloor(String name, double floor) throws IOException {
        Path file = Path.of("src/test/resources/eval", name);
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(file), name + " not present");
        Metrics metrics = evaluate(file);
        assertThat(metrics.top3()).as("top-3 on " + name).isGreaterThanOrEqualTo(floor);
    }

    /** Every question of both sets, asked with no route and in every route, gets replies and never an error. */
    @Test
    void everyQuestionIsAnsweredInEveryContext() throws IOException {
        List<String> questions = questions(Path.of("src/test/resources/eval/qa-dev.jsonl")).stream()
                .map(Question::question).toList();
        for (String route : java.util.Arrays.asList(null, "vo-zhw", "po-sppoh", "po-drechtsteden", "po-3006")) {
            TestBot bot = new TestBot();
            if (route != null) {
                bot.send("/start " + route);
            }
            for (String question : questions) {
                List<Reply> replies = bot.send(question);
                assertThat(replies).as(route + ": " + question).isNotEmpty();
                assertThat(replies.getLast().choices()).as(route + ": " + question).isNotEmpty();
            }
        }
    }

    /** The questions of an evaluation set (JSON lines, the format of ../shared/eval/README.md). */
    @SuppressWarnings("unchecked")
    static List<Question> questions(Path file) throws IOException {
        List<Question> questions = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                Map<String, Object> q = new Yaml().load(line); // JSON is YAML
                questions.add(new Question(String.valueOf(q.get("id")), String.valueOf(q.get("question")),
                        q.get("route") == null ? null : String.valueOf(q.get("route")),
                        (List<String>) q.get("expect_any"), String.valueOf(q.get("kind"))));
            }
        }
        return questions;
    }

    static Metrics evaluate(Path file) throws IOException {
        assertThat(file).as("evaluation set").exists();
        List<Question> questions = questions(file);
        List<Outcome> outcomes = questions.stream().map(SearchQualityTests::ask).toList();
        double top1 = outcomes.stream().filter(o -> o.rank() == 1).count() / (double) outcomes.size();
        double top3 = outcomes.stream().filter(o -> o.rank() >= 1 && o.rank() <= 3).count() / (double) outcomes.size();
        double mrr = outcomes.stream().mapToDouble(o -> o.rank() > 0 ? 1.0 / o.rank() : 0).average().orElse(0);
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "%nSearch quality on %s (%d questions): top-1 %.3f, top-3 %.3f, MRR %.3f%n",
                file.getFileName(), outcomes.size(), top1, top3, mrr));
        for (Outcome o : outcomes) {
            if (o.rank() != 1) {
                report.append(String.format(Locale.ROOT, "  MISS%s %s [%s, %s] %s%n    expected any of %s%n    first reply: %s%n",
                        o.rank() > 0 ? " (rank " + o.rank() + ")" : "", o.question().id(), o.question().route(),
                        o.question().kind(), o.question().question(), o.question().expectAny(),
                        o.firstReply().replace('\n', ' ').substring(0, Math.min(Integer.getInteger("eval.chars", 220), o.firstReply().length()))));
            }
        }
        System.out.println(report);
        return new Metrics(file.getFileName().toString(), outcomes.size(), top1, top3, mrr);
    }

    /** The rank (1-based) of the first reply that shows an expected phrase, 0 when none does. */
    static Outcome ask(Question question) {
        TestBot bot = new TestBot();
        if (question.route() != null) {
            bot.send("/start " + question.route());
        }
        List<Reply> replies = bot.send(question.question());
        List<Reply> answers = question.route() == null ? replies : replies.subList(0, Math.max(0, replies.size() - 1));
        for (int i = 0; i < answers.size(); i++) {
            String shown = TestBot.visible(List.of(answers.get(i))).toLowerCase(Locale.ROOT);
            if (question.expectAny().stream().anyMatch(e -> shown.contains(e.toLowerCase(Locale.ROOT)))) {
                return new Outcome(question, i + 1, TestBot.visible(List.of(answers.getFirst())));
            }
        }
        return new Outcome(question, 0, answers.isEmpty() ? "" : TestBot.visible(List.of(answers.getFirst())));
    }
}
