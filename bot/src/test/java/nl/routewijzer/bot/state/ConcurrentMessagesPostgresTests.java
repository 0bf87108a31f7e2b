package nl.routewijzer.bot.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import nl.routewijzer.bot.conversation.ConversationService;
import nl.routewijzer.bot.conversation.Reply;
import nl.routewijzer.bot.conversation.UiText;
import nl.routewijzer.routes.engine.RouteState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many messages of one conversation at the same moment, through the real conversation service on PostgreSQL,
 * split over two "replicas" (two services, each with its own connection pool). Every accepted message must
 * move the route exactly one step: none lost, none applied twice, no two messages on the same step.
 */
@RequiresPostgres
class ConcurrentMessagesPostgresTests {

    private static final int MESSAGES = 24;
    private static HikariDataSource replicaA;
    private static HikariDataSource replicaB;

    @BeforeAll
    static void migrate(PostgresSchema schema) {
        replicaA = schema.dataSource(MESSAGES / 2);
        replicaB = schema.dataSource(MESSAGES / 2);
        schema.migrate(replicaA);
    }

    @AfterAll
    static void close() {
        replicaA.close();
        replicaB.close();
    }

    /** A replica's store as in production: it remembers where conversations stand, so it is often stale here. */
    private static ConversationStore store(HikariDataSource pool) {
        return new JdbcConversationStore(new JdbcTemplate(pool), Clock.systemUTC(), Duration.ofMinutes(10));
    }

    @Test
    void everySimultaneousPressIsAppliedExactlyOnce() throws Exception {
        // Enough attempts that no message can run out: each lost race means another message was saved.
        List<ConversationService> replicas = List.of(LinearRoute.service(store(replicaA), MESSAGES + 1),
                LinearRoute.service(store(replicaB), MESSAGES + 1));
        String conversation = "web:volgende-race";
        replicas.getFirst().handle(conversation, "web", "/start " + LinearRoute.ID);
        long started = store(replicaA).find(conversation).version();

        List<List<Reply>> replies = sendAtOnce(replicas, conversation, i -> "volgende");

        assertThat(replies).noneMatch(r -> r.getFirst().text().equals(LinearRoute.TEXT.get(UiText.Key.BUSY)));
        List<Integer> shown = replies.stream().map(r -> LinearRoute.shownStep(r).orElseThrow()).sorted().toList();
        assertThat(shown).as("each message landed on a step of its own")
                .containsExactlyElementsOf(IntStream.rangeClosed(2, MESSAGES + 1).boxed().toList());
        RouteState end = store(replicaA).find(conversation).route().orElseThrow();
        assertThat(end.nodeId()).isEqualTo(LinearRoute.nodeId(MESSAGES + 1));
        assertThat(end.path()).hasSize(MESSAGES);
        assertThat(store(replicaA).find(conversation).version()).isEqualTo(started + MESSAGES);
    }

    @Test
    void withFewRetriesEveryAcceptedPressIsStillAppliedOnce() throws Exception {
        List<ConversationService> replicas = List.of(LinearRoute.service(store(replicaA), 2),
                LinearRoute.service(store(replicaB), 2));
        String conversation = "web:impatient-race";
        replicas.getFirst().handle(conversation, "web", "/start " + LinearRoute.ID);

        List<List<Reply>> replies = sendAtOnce(replicas, conversation, i -> "volgende");

        String busy = LinearRoute.TEXT.get(UiText.Key.BUSY);
        List<Integer> moved = replies.stream().filter(r -> !r.getFirst().text().equals(busy))
                .map(r -> LinearRoute.shownStep(r).orElseThrow()).sorted().toList();
        assertThat(moved).doesNotHaveDuplicates().isNotEmpty();
        RouteState end = store(replicaB).find(conversation).route().orElseThrow();
        assertThat(end.path()).as("a busy reply changed nothing; every other reply is one step").hasSize(moved.size());
        assertThat(end.nodeId()).isEqualTo(LinearRoute.nodeId(moved.size() + 1));
    }

    @Test
    void simultaneousPressesOfOneButtonMoveOnlyOnce() throws Exception {
        List<ConversationService> replicas = List.of(LinearRoute.service(store(replicaA), MESSAGES + 1),
                LinearRoute.service(store(replicaB), MESSAGES + 1));
        String conversation = "web:double-press";
        List<Reply> first = replicas.getFirst().handle(conversation, "web", "/start " + LinearRoute.ID);
        String button = first.getLast().choices().getFirst().value();

        List<List<Reply>> replies = sendAtOnce(replicas, conversation, i -> button);

        String stale = LinearRoute.TEXT.get(UiText.Key.STALE_BUTTON);
        assertThat(replies.stream().filter(r -> !r.getFirst().text().equals(stale)))
                .singleElement().satisfies(r -> assertThat(LinearRoute.shownStep(r)).contains(2));
        assertThat(store(replicaA).find(conversation).route().map(s -> s.path().size())).contains(1);
    }

    /** Sends MESSAGES messages at once, alternating between the replicas; returns each one's replies. */
    private static List<List<Reply>> sendAtOnce(List<ConversationService> replicas, String conversation,
                                                java.util.function.IntFunction<String> message) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(MESSAGES)) {
            List<Future<List<Reply>>> futures = new ArrayList<>();
            for (int i = 0; i < MESSAGES; i++) {
                ConversationService replica = replicas.get(i % 2);
                String text = message.apply(i);
                futures.add(threads.submit(() -> {
                    go.await();
                    return replica.handle(conversation, "web", text);
                }));
            }
            go.countDown();
            List<List<Reply>> replies = new ArrayList<>();
            for (Future<List<Reply>> future : futures) {
                replies.add(future.get());
            }
            return replies;
        }
    }
}
