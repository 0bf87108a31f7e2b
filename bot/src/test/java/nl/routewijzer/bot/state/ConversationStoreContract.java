package nl.routewijzer.bot.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import nl.routewijzer.routes.engine.Answer;
import nl.routewijzer.routes.engine.RouteState;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every database under {@link JdbcConversationStore} must do, run against H2 and PostgreSQL by the
 * subclasses: rows keyed by conversation, saves refused on a stale version, deletes, expiry, and no column
 * that could hold what a user typed.
 */
abstract class ConversationStoreContract {

    static final RouteState STEP_ONE = new RouteState("vo-zhw", "fa67836c651c", "inschrijving", List.of());
    static final RouteState STEP_TWO = new RouteState("vo-zhw", "fa67836c651c", "verzuim-soort",
            List.of(new Answer("inschrijving", 0)));

    final TestClock clock = new TestClock();

    /** A migrated, empty database of its own for each test. */
    abstract DataSource dataSource();

    JdbcConversationStore store() {
        return new JdbcConversationStore(new JdbcTemplate(dataSource()), clock);
    }

    @Test
    void unknownConversationIsFreshAtVersionZero() {
        assertThat(store().find("web:nobody-here")).isEqualTo(StoredConversation.fresh());
    }

    @Test
    void firstSaveInsertsAtAVersion() {
        JdbcConversationStore store = store();
        assertThat(store.save("web:first-save", Optional.of(STEP_ONE), 0)).isTrue();
        StoredConversation stored = store.find("web:first-save");
        assertThat(stored.route()).contains(STEP_ONE);
        assertThat(stored.version()).isPositive();
        assertThat(stored.lastActivity()).isEqualTo(clock.instant());
    }

    @Test
    void saveOnTheCurrentVersionUpdatesAndCountsUp() {
        JdbcConversationStore store = store();
        store.save("web:update-it", Optional.of(STEP_ONE), 0);
        long first = store.find("web:update-it").version();
        clock.advance(Duration.ofMinutes(5));
        assertThat(store.save("web:update-it", Optional.of(STEP_TWO), first)).isTrue();
        StoredConversation stored = store.find("web:update-it");
        assertThat(stored.route()).contains(STEP_TWO);
        assertThat(stored.version()).isEqualTo(first + 1);
        assertThat(stored.lastActivity()).isEqualTo(clock.instant());
    }

    @Test
    void saveOnAStaleVersionIsRefusedAndChangesNothing() {
        JdbcConversationStore store = store();
        store.save("web:stale-save", Optional.of(STEP_ONE), 0);
        long first = store.find("web:stale-save").version();
        store.save("web:stale-save", Optional.of(STEP_TWO), first);
        assertThat(store.save("web:stale-save", Optional.of(STEP_ONE), first)).isFalse();
        assertThat(store.find("web:stale-save").route()).contains(STEP_TWO);
        assertThat(store.find("web:stale-save").version()).isEqualTo(first + 1);
    }

    @Test
    void secondFirstSaveOfOneConversationIsRefused() {
        JdbcConversationStore store = store();
        assertThat(store.save("web:double-insert", Optional.of(STEP_ONE), 0)).isTrue();
        assertThat(store.save("web:double-insert", Optional.of(STEP_TWO), 0)).isFalse();
        assertThat(store.find("web:double-insert").route()).contains(STEP_ONE);
    }

    @Test
    void conversationWithoutRouteIsStoredEmpty() {
        JdbcConversationStore store = store();
        store.save("web:no-route", Optional.of(STEP_ONE), 0);
        long first = store.find("web:no-route").version();
        assertThat(store.save("web:no-route", Optional.empty(), first)).isTrue();
        assertThat(store.find("web:no-route").route()).isEmpty();
        assertThat(store.find("web:no-route").version()).isEqualTo(first + 1);
    }

    @Test
    void deleteForgetsTheConversationAndItCanStartAgain() {
        JdbcConversationStore store = store();
        store.save("web:forget-me", Optional.of(STEP_TWO), 0);
        store.delete("web:forget-me");
        assertThat(store.find("web:forget-me")).isEqualTo(StoredConversation.fresh());
        assertThat(store.save("web:forget-me", Optional.of(STEP_ONE), 0)).isTrue();
    }

    @Test
    void aReplicaRemembersWhatItSavedAndForgetsWhatTurnedOutStale() {
        JdbcConversationStore replicaA = new JdbcConversationStore(new JdbcTemplate(dataSource()), clock, Duration.ofMinutes(10));
        JdbcConversationStore replicaB = new JdbcConversationStore(new JdbcTemplate(dataSource()), clock, Duration.ofMinutes(10));
        replicaA.save("web:remembered", Optional.of(STEP_ONE), 0);
        StoredConversation stored = replicaB.find("web:remembered");
        assertThat(replicaA.recalled("web:remembered")).contains(stored);

        replicaB.save("web:remembered", Optional.of(STEP_TWO), stored.version());
        StoredConversation stale = replicaA.recalled("web:remembered").orElseThrow();
        assertThat(replicaA.save("web:remembered", Optional.of(STEP_ONE), stale.version())).isFalse();
        assertThat(replicaA.recalled("web:remembered")).isEmpty();
        assertThat(replicaA.find("web:remembered").route()).contains(STEP_TWO);

        replicaA.delete("web:remembered");
        assertThat(replicaA.recalled("web:remembered")).isEmpty();
        assertThat(replicaA.remembered()).isZero();
    }

    @Test
    void simultaneousSavesOfManyConversationsEachLandOnceAndADoublePressOnlyOnce() throws Exception {
        // At the same moment the saves run together (one batch, one transaction): none may be lost or mixed up.
        JdbcConversationStore store = store();
        List<String> ids = IntStream.range(0, 40).mapToObj(i -> "web:together-" + i).toList();
        Map<String, Long> versions = new HashMap<>();
        for (String id : ids) {
            store.save(id, Optional.of(STEP_ONE), 0);
            versions.put(id, store.find(id).version());
        }
        List<String> pressed = new ArrayList<>(ids);
        pressed.add(ids.getFirst()); // the first conversation's button pressed twice
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> saved = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(16)) {
            for (String id : pressed) {
                saved.add(threads.submit(() -> {
                    go.await();
                    return store.save(id, Optional.of(STEP_TWO), versions.get(id));
                }));
            }
            go.countDown();
            for (int i = 1; i < ids.size(); i++) {
                assertThat(saved.get(i).get(10, TimeUnit.SECONDS)).as(ids.get(i)).isTrue();
            }
            assertThat(List.of(saved.getFirst().get(10, TimeUnit.SECONDS), saved.getLast().get(10, TimeUnit.SECONDS)))
                    .as("the double press").containsExactlyInAnyOrder(true, false);
        }
        JdbcConversationStore fresh = store();
        for (String id : ids) {
            StoredConversation stored = fresh.find(id);
            assertThat(stored.route()).as(id).contains(STEP_TWO);
            assertThat(stored.version()).as(id).isEqualTo(versions.get(id) + 1);
        }
    }

    @Test
    void aConversationStartedAgainNeverTakesUpAVersionOfBefore() {
        // A replica may remember the conversation as it was before /vergeet; its version must not match again.
        JdbcConversationStore store = store();
        Set<Long> versions = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            store.save("web:again-and-again", Optional.of(STEP_ONE), 0);
            versions.add(store.find("web:again-and-again").version());
            store.delete("web:again-and-again");
        }
        assertThat(versions).hasSize(20);
    }

    @Test
    void deleteInactiveSinceRemovesOnlyConversationsUntouchedSinceTheCutoff() {
        JdbcConversationStore store = store();
        store.save("web:old-conversation", Optional.of(STEP_ONE), 0);
        clock.advance(Duration.ofDays(31));
        store.save("web:new-conversation", Optional.of(STEP_ONE), 0);
        assertThat(store.deleteInactiveSince(clock.instant().minus(Duration.ofDays(30)))).isEqualTo(1);
        assertThat(store.find("web:old-conversation").version()).isZero();
        assertThat(store.find("web:new-conversation").version()).isPositive();
        assertThat(store.deleteInactiveSince(clock.instant().minus(Duration.ofDays(30)))).isZero();
    }

    @Test
    void longConversationIdsOfTeamsFit() {
        String id = "teams:a:1" + "x".repeat(300);
        assertThat(store().save(id, Optional.of(STEP_ONE), 0)).isTrue();
        assertThat(store().find(id).route()).contains(STEP_ONE);
    }

    @Test
    void endlessLoopKeepsTheNewestAnswersWithinTheColumn() {
        List<Answer> path = new ArrayList<>();
        IntStream.range(0, 2000).forEach(i -> path.add(new Answer("lus-stap-" + (i % 3), i % 2)));
        RouteState looping = new RouteState("po-3006", "dee3e4e2e2f8", "lus-stap-2", path);
        JdbcConversationStore store = store();
        assertThat(store.save("web:round-and-round", Optional.of(looping), 0)).isTrue();
        List<Answer> kept = store.find("web:round-and-round").route().orElseThrow().path();
        assertThat(kept.size()).isBetween(100, path.size() - 1);
        assertThat(kept).isEqualTo(path.subList(path.size() - kept.size(), path.size()));
    }

    @Test
    void onlyRoutePositionIsStoredNeverMessageText() throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection connection = dataSource().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            for (String table : List.of("conversation_state", "CONVERSATION_STATE")) {
                try (ResultSet rs = meta.getColumns(null, connection.getSchema(), table, null)) {
                    while (rs.next()) {
                        columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        assertThat(columns).containsExactlyInAnyOrder("conversation_id", "route_id", "content_version", "node_id",
                "path", "version", "last_activity");
    }
}
