package nl.routewijzer.bot.state;

import java.time.Instant;
import java.util.Optional;
import nl.routewijzer.routes.engine.RouteState;

/** Keeps where each conversation stands. Saves are optimistic: a save made on a stale version is refused. */
public interface ConversationStore {

    StoredConversation find(String conversationId);

    /**
     * Stores the new state if the stored version is still {@code expectedVersion}.
     *
     * @return false when another message of the same conversation saved first; the caller retries
     */
    boolean save(String conversationId, Optional<RouteState> route, long expectedVersion);

    void delete(String conversationId);

    /** Deletes every conversation not touched since {@code cutoff}; returns how many. */
    int deleteInactiveSince(Instant cutoff);
}
