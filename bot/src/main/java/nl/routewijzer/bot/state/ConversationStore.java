package nl.routewijzer.bot.state;

import java.time.Instant;
import java.util.Optional;
import nl.routewijzer.routes.engine.RouteState;

/** Keeps where each conversation stands. Saves are optimistic: a save made on a stale version is refused. */
public interface ConversationStore {

    StoredConversation find(String conversationId);

    /**
     * The conversation as this replica last read or wrote it, if it still remembers it: possibly stale. Plan on
     * it only what a versioned {@link #save} then confirms, or confirm it with {@link #find}.
     */
    default Optional<StoredConversation> recalled(String conversationId) {
        return Optional.empty();
    }

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
