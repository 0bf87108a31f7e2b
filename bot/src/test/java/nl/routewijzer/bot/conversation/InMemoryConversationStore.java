package nl.routewijzer.bot.conversation;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.routewijzer.bot.state.ConversationStore;
import nl.routewijzer.bot.state.StoredConversation;
import nl.routewijzer.routes.engine.RouteState;

/** A store for tests of the conversation that need no database; same optimistic contract as the JDBC one. */
public final class InMemoryConversationStore implements ConversationStore {

    private final Map<String, StoredConversation> rows = new ConcurrentHashMap<>();

    @Override
    public StoredConversation find(String conversationId) {
        return rows.getOrDefault(conversationId, StoredConversation.fresh());
    }

    @Override
    public synchronized boolean save(String conversationId, Optional<RouteState> route, long expectedVersion) {
        long current = rows.getOrDefault(conversationId, StoredConversation.fresh()).version();
        if (current != expectedVersion) {
            return false;
        }
        rows.put(conversationId, new StoredConversation(route, current + 1, Instant.now()));
        return true;
    }

    @Override
    public void delete(String conversationId) {
        rows.remove(conversationId);
    }

    @Override
    public int deleteInactiveSince(Instant cutoff) {
        int before = rows.size();
        rows.values().removeIf(c -> c.lastActivity().isBefore(cutoff));
        return before - rows.size();
    }
}
