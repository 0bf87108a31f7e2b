package nl.routewijzer.bot.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nl.routewijzer.bot.RoutewijzerApplication;
import nl.routewijzer.bot.conversation.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded default (an H2 file, no server): stop the bot in the middle of a route, start it again on the
 * same file, and the conversation continues at the same step; "/vergeet" deletes it at once.
 */
class RestartResumesIntegrationTests {

    @TempDir
    Path data;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(RoutewijzerApplication.class).run("--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("routewijzer") + ";DB_CLOSE_ON_EXIT=FALSE");
    }

    @Test
    void conversationContinuesAtTheSameStepAfterARestart() {
        List<Reply> lastStep;
        try (ConfigurableApplicationContext before = start()) {
            ChatApiClient chat = ChatApiClient.of(before);
            chat.send("next-day-1", "/start vo-zhw");
            chat.send("next-day-1", "ja");
            lastStep = chat.send("next-day-1", "2");
        }
        try (ConfigurableApplicationContext after = start()) {
            ChatApiClient chat = ChatApiClient.of(after);
            assertThat(chat.send("next-day-1", "/verder")).isEqualTo(lastStep);

            chat.send("next-day-1", "/vergeet");
            List<Reply> afterForget = chat.send("next-day-1", "/verder");
            assertThat(afterForget.getLast().choices()).as("no route left to continue: the route menu")
                    .noneMatch(c -> c.value().equals("/verder"));
        }
    }
}
