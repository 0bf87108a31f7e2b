package nl.routewijzer.bot.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import nl.routewijzer.bot.RoutewijzerApplication;
import nl.routewijzer.bot.conversation.Reply;
import nl.routewijzer.bot.conversation.TestBot;
import nl.routewijzer.bot.conversation.UiText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the whole application (two Spring contexts on their own ports, like two replicas behind a
 * load balancer) sharing one PostgreSQL schema. A conversation whose messages alternate between them goes
 * exactly as on a single bot; simultaneous presses of one button move it once; a restarted instance
 * continues where the conversation stood.
 */
@RequiresPostgres
class TwoInstancesPostgresIntegrationTests {

    private static final String STALE = new UiText().get(UiText.Key.STALE_BUTTON);
    private static PostgresSchema schema;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startBoth(PostgresSchema database) {
        schema = database;
        first = start();
        second = start();
    }

    @AfterAll
    static void stopBoth() {
        for (ConfigurableApplicationContext application : new ConfigurableApplicationContext[] {first, second}) {
            if (application != null) {
                application.close();
            }
        }
    }

    static ConfigurableApplicationContext start() {
        List<String> arguments = new ArrayList<>(schema.springProperties().stream().map(p -> "--" + p).toList());
        arguments.add("--server.port=0");
        return new SpringApplicationBuilder(RoutewijzerApplication.class).run(arguments.toArray(String[]::new));
    }

    @Test
    void alternatingMessagesGoExactlyAsOnASingleBot() {
        List<String> messages = List.of("/start vo-zhw", "ja", "wat is een JES?", "2", "/terug", "1", "/samenvatting",
                "hoe lang duurt fase 2?", "/opnieuw", "nee", "/verder");
        List<ChatApiClient> instances = List.of(ChatApiClient.of(first), ChatApiClient.of(second));
        TestBot single = new TestBot();
        for (int i = 0; i < messages.size(); i++) {
            List<Reply> replies = instances.get(i % 2).send("alternating-1", messages.get(i));
            assertThat(replies).as("reply to '%s' on instance %d", messages.get(i), i % 2 + 1)
                    .isEqualTo(single.send(messages.get(i)));
        }
        assertThat(single.route()).hasValueSatisfying(s -> assertThat(s.path()).isNotEmpty());
    }

    @Test
    void aConversationForgottenAndStartedAgainIsNotTakenForItsOldSelfOnTheOtherInstance() {
        // The second instance remembers the conversation after "ja"; the first forgets it and walks it again to a
        // state as many saves deep. The second must not take its memory for that state.
        List<ChatApiClient> instances = List.of(ChatApiClient.of(first), ChatApiClient.of(second));
        List<Map.Entry<Integer, String>> messages = List.of(Map.entry(0, "/start vo-zhw"), Map.entry(1, "ja"),
                Map.entry(0, "/vergeet"), Map.entry(0, "/start vo-zhw"), Map.entry(0, "nee"), Map.entry(1, "/samenvatting"),
                Map.entry(1, "wat is een JES?"), Map.entry(0, "/terug"), Map.entry(1, "ja"));
        TestBot single = new TestBot();
        for (Map.Entry<Integer, String> message : messages) {
            List<Reply> replies = instances.get(message.getKey()).send("forgotten-1", message.getValue());
            assertThat(replies).as("reply to '%s' on instance %d", message.getValue(), message.getKey() + 1)
                    .isEqualTo(single.send(message.getValue()));
        }
    }

    @Test
    void simultaneousPressesOfOneButtonOnBothInstancesMoveOnce() {
        ChatApiClient one = ChatApiClient.of(first);
        ChatApiClient two = ChatApiClient.of(second);
        for (int round = 0; round < 5; round++) {
            String conversation = "double-press-" + round;
            String button = one.send(conversation, "/start po-sppoh").getLast().choices().getFirst().value();
            CompletableFuture<List<Reply>> a = CompletableFuture.supplyAsync(() -> one.send(conversation, button));
            CompletableFuture<List<Reply>> b = CompletableFuture.supplyAsync(() -> two.send(conversation, button));
            List<List<Reply>> both = List.of(a.join(), b.join());
            assertThat(both).as("round %d: one press moves, the other is recognised as stale", round)
                    .filteredOn(replies -> replies.getFirst().text().equals(STALE)).hasSize(1);
            List<Reply> after = two.send(conversation, "/samenvatting");
            assertThat(after.getFirst().text()).as("round %d: exactly one answer given", round)
                    .containsOnlyOnce("**Je antwoorden**");
        }
    }

    @Test
    void restartedInstanceContinuesWhereTheConversationStood() {
        ChatApiClient one = ChatApiClient.of(first);
        one.send("survives-restart", "/start po-drechtsteden");
        List<Reply> step = one.send("survives-restart", "1");
        ConfigurableApplicationContext restarted = start();
        try {
            List<Reply> resumed = ChatApiClient.of(restarted).send("survives-restart", "/verder");
            assertThat(resumed).isEqualTo(step);
        } finally {
            restarted.close();
        }
    }
}
