package nl.routewijzer.bot.state;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import nl.routewijzer.routes.engine.RouteState;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The conversation store on any JDBC database Flyway migrated. One row per conversation; the {@code version}
 * column makes concurrent messages of one conversation (a double press, two replicas) safe: the second save
 * on the same version updates no row and the caller retries on fresh state.
 */
@Repository
class JdbcConversationStore implements ConversationStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcConversationStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public StoredConversation find(String conversationId) {
        return jdbc.sql("""
                        SELECT route_id, content_version, node_id, path, version, last_activity
                        FROM conversation_state WHERE conversation_id = ?""")
                .param(conversationId)
                .query(JdbcConversationStore::row)
                .optional()
                .orElseGet(StoredConversation::fresh);
    }

    @Override
    public boolean save(String conversationId, Optional<RouteState> route, long expectedVersion) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        String routeId = route.map(RouteState::routeId).orElse(null);
        String contentVersion = route.map(RouteState::contentVersion).orElse(null);
        String nodeId = route.map(RouteState::nodeId).orElse(null);
        String path = route.map(r -> PathCodec.encode(r.path())).orElse("");
        if (expectedVersion == 0) {
            try {
                return jdbc.sql("""
                                INSERT INTO conversation_state
                                    (conversation_id, route_id, content_version, node_id, path, version, last_activity)
                                VALUES (?, ?, ?, ?, ?, 1, ?)""")
                        .params(conversationId, routeId, contentVersion, nodeId, path, now)
                        .update() == 1;
            } catch (DuplicateKeyException e) {
                return false; // another message of this conversation stored it first
            }
        }
        return jdbc.sql("""
                        UPDATE conversation_state
                        SET route_id = ?, content_version = ?, node_id = ?, path = ?, version = version + 1,
                            last_activity = ?
                        WHERE conversation_id = ? AND version = ?""")
                .params(routeId, contentVersion, nodeId, path, now, conversationId, expectedVersion)
                .update() == 1;
    }

    @Override
    public void delete(String conversationId) {
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
