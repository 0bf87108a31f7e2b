package nl.routewijzer.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import nl.routewijzer.routes.model.End;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Runs every golden conversation (bot/src/test/resources/conversations/, format in docs/golden-format.md)
 * through the real conversation and checks each turn against what the seeds say.
 */
class GoldenConversationTests {

    static Stream<Path> conversations() throws IOException, URISyntaxException {
        Path root = Path.of(GoldenConversationTests.class.getResource("/conversations").toURI());
        return Files.walk(root).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conversations")
    @SuppressWarnings("unchecked")
    void conversationGoesAsTheSeedSays(Path file) throws IOException {
        Map<String, Object> conversation = new Yaml().load(Files.readString(file, StandardCharsets.UTF_8));
        TestBot bot = new TestBot();
        SoftAssertions softly = new SoftAssertions();
        int turn = 0;
        for (Map<String, Object> step : (List<Map<String, Object>>) conversation.get("steps")) {
            turn++;
            String user = String.valueOf(step.get("user"));
            List<Reply> replies = bot.send(user);
            String where = file.getFileName() + " turn " + turn + " ('" + user + "')";
            String visible = normalise(TestBot.visible(replies));
            if (step.containsKey("node")) {
                softly.assertThat(bot.route()).as(where + " node").hasValueSatisfying(
                        s -> assertThat(s.nodeId()).isEqualTo(step.get("node")));
            }
            for (String expected : (List<String>) step.getOrDefault("contains", List.of())) {
                softly.assertThat(visible).as(where + " contains").contains(normalise(expected));
            }
            for (String unexpected : (List<String>) step.getOrDefault("absent", List.of())) {
                softly.assertThat(visible).as(where + " absent").doesNotContain(normalise(unexpected));
            }
            if (step.containsKey("choices")) {
                softly.assertThat(replies.getLast().choices()).as(where + " choices").extracting(Reply.ReplyChoice::label)
                        .containsExactlyElementsOf((List<String>) step.get("choices"));
            }
            for (String url : (List<String>) step.getOrDefault("links", List.of())) {
                softly.assertThat(replies.stream().flatMap(r -> r.links().stream()).map(Reply.ReplyLink::url))
                        .as(where + " links").contains(url);
            }
            for (String key : List.of("phase", "looptijd")) {
                if (step.containsKey(key)) {
                    softly.assertThat(visible).as(where + " " + key).contains(normalise(String.valueOf(step.get(key))));
                }
            }
            if (Boolean.TRUE.equals(step.get("end"))) {
                softly.assertThat(bot.route().map(s -> TestBot.ROUTES.route(s.routeId()).orElseThrow()
                        .node(s.nodeId()).orElseThrow())).as(where + " end").hasValueSatisfying(
                        n -> assertThat(n).isInstanceOf(End.class));
                softly.assertThat(visible).as(where + " summary").contains("samenvatting");
            }
        }
        softly.assertAll();
    }

    private static String normalise(String text) {
        return text.replace("**", "").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
