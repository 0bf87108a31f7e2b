package nl.routewijzer.bot.state;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import nl.routewijzer.routes.engine.RouteState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * The conversation store on any JDBC database Flyway migrated. One row per conversation; the {@code version}
 * column makes concurrent messages of one conversation (a double press, two replicas) safe: the second save
 * on the same version updates no row and the caller retries on fresh state.
 */
@Repository
class JdbcConversationStore implements ConversationStore {

    /** How many conversations a replica remembers at most (some hundreds of bytes each: a few MB). */
    static final int RECENT_CAPACITY = 10_000;
    /** First versions are drawn below this: far from the end of a BIGINT, and unlikely to repeat. */
    private static final long FIRST_VERSIONS = 1L << 48;

    /** How many conversations one batched read or update takes at most. */
    static final int BATCH = 32;

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final RecentConversations recent;
    private final Batcher<String, StoredConversation> reads = new Batcher<>(this::readAll, BATCH);
    private final Batcher<Update, Boolean> updates = new Batcher<>(this::updateAll, BATCH);

    /** A versioned UPDATE of one conversation's row: its parameters, the conversation's id among them. */
    private record Update(String conversationId, Object[] values) {
    }

    @Autowired
    JdbcConversationStore(JdbcTemplate jdbc, Clock clock, StateProperties properties) {
        this(jdbc, clock, properties.recentFor());
    }

    /** A store that remembers nothing between calls: every find reads the database. */
    JdbcConversationStore(JdbcTemplate jdbc, Clock clock) {
        this(jdbc, clock, Duration.ZERO);
    }

    /** @param recentFor how long it remembers a conversation it last read or wrote (0: not at all) */
    JdbcConversationStore(JdbcTemplate jdbc, Clock clock, Duration recentFor) {
        this.jdbcTemplate = jdbc;
        this.jdbc = JdbcClient.create(jdbc);
        this.clock = clock;
        this.recent = new RecentConversations(clock, RECENT_CAPACITY, recentFor);
    }

    @Override
    public Optional<StoredConversation> recalled(String conversationId) {
        return recent.get(conversationId);
    }

    /** Every item kept has an expiry: what is remembered goes when its time is up, also if no one asks again. */
    @Scheduled(fixedDelay = 1, timeUnit = TimeUnit.MINUTES)
    public void forgetExpiredMemory() {
        recent.forgetExpired();
    }

    /** How many conversations this replica remembers now (for tests). */
    int remembered() {
        return recent.size();
    }

    @Override
    public StoredConversation find(String conversationId) {
        StoredConversation found = read(conversationId);
        recent.put(conversationId, found);
        return found;
    }

    private StoredConversation read(String conversationId) {
        return reads.run(conversationId);
    }

    /** The rows of several conversations in one SELECT, in the order asked (a double press asks one twice). */
    private List<StoredConversation> readAll(List<String> conversationIds) {
        Map<String, StoredConversation> found = new HashMap<>();
        jdbc.sql("""
                        SELECT conversation_id, route_id, content_version, node_id, path, version, last_activity
                        FROM conversation_state WHERE conversation_id IN (%s)"""
                        .formatted(String.join(", ", Collections.nCopies(conversationIds.size(), "?"))))
                .params(conversationIds)
                .query((RowCallbackHandler) rs -> found.put(rs.getString("conversation_id"), row(rs, 0)));
        return conversationIds.stream().map(id -> found.getOrDefault(id, StoredConversation.fresh())).toList();
    }

    @Override
    public boolean save(String conversationId, Optional<RouteState> route, long expectedVersion) {
        // One moment for the row and the memory, so that what is remembered is what was stored.
        Instant now = clock.instant();
        long version = write(conversationId, route, expectedVersion, now);
        if (version > 0) {
            recent.put(conversationId, new StoredConversation(route, version, now));
        } else {
            recent.forget(conversationId);
        }
        return version > 0;
    }

    /** The version the conversation is stored at now, or 0 when the save was refused. */
    private long write(String conversationId, Optional<RouteState> route, long expectedVersion, Instant at) {
        OffsetDateTime now = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        String routeId = route.map(RouteState::routeId).orElse(null);
        String contentVersion = route.map(RouteState::contentVersion).orElse(null);
        String nodeId = route.map(RouteState::nodeId).orElse(null);
        String path = route.map(r -> PathCodec.encode(r.path())).orElse("");
        if (expectedVersion == 0) {
            // Not 1: a conversation deleted (/vergeet) and started again must never be at a version a replica
            // remembers from before, or a turn planned on that memory would pass the version check.
            long first = ThreadLocalRandom.current().nextLong(1, FIRST_VERSIONS);
            try {
                return jdbc.sql("""
                                INSERT INTO conversation_state
                                    (conversation_id, route_id, content_version, node_id, path, version, last_activity)
                                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                        .params(conversationId, routeId, contentVersion, nodeId, path, first, now)
                        .update() == 1 ? first : 0;
            } catch (DuplicateKeyException e) {
                return 0; // another message of this conversation stored it first
            }
        }
        Object[] values = {routeId, contentVersion, nodeId, path, now, conversationId, expectedVersion};
        return updates.run(new Update(conversationId, values)) ? expectedVersion + 1 : 0;
    }

    /**
     * Several conversations' versioned UPDATEs as one JDBC batch: one round trip and one transaction. In the
     * order of their ids, so that two replicas' batches never wait for each other's rows crosswise (deadlock).
     */
    private List<Boolean> updateAll(List<Update> asked) {
        List<Update> inOrder = asked.stream().sorted(Comparator.comparing(Update::conversationId)).toList();
        int[] counts = jdbcTemplate.batchUpdate("""
                        UPDATE conversation_state
                        SET route_id = ?, content_version = ?, node_id = ?, path = ?, version = version + 1,
                            last_activity = ?
                        WHERE conversation_id = ? AND version = ?""",
                inOrder.stream().map(Update::values).toList());
        Map<Update, Boolean> saved = new IdentityHashMap<>();
        for (int i = 0; i < inOrder.size(); i++) {
            saved.put(inOrder.get(i), counts[i] == 1);
        }
        return asked.stream().map(saved::get).toList();
    }

    @Override
    public void delete(String conversationId) {
        recent.forget(conversationId);
        jdbc.sql("DELETE FROM conversation_state WHERE conversation_id = ?").param(conversationId).update();
    }

    @Override
    public int deleteInactiveSince(Instant cutoff) {
        return jdbc.sql("DELETE FROM conversation_state WHERE last_activity < ?")
                .param(OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC))
                .update();
    }

    private static StoredConversation row(ResultSet rs, int rowNum) throws SQLException {
        String routeId = rs.getString("route_id");
        Optional<RouteState> route = routeId == null ? Optional.empty() : Optional.of(new RouteState(routeId,
                rs.getString("content_version"), rs.getString("node_id"), PathCodec.decode(rs.getString("path"))));
        Instant lastActivity = rs.getObject("last_activity", OffsetDateTime.class).toInstant();
        return new StoredConversation(route, rs.getLong("version"), lastActivity);
    }
}
