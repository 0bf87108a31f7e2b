package nl.routewijzer.bot.state;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where this replica last saw each recent conversation, so that a route step costs one UPDATE instead of a
 * SELECT and an UPDATE. What is remembered may be stale (another replica may have handled the next message):
 * a turn planned on it is only kept when its save still matches the version, or when a fresh read confirms
 * the version (see {@code ConversationService}). Holds only what the database row holds (no message text),
 * for at most {@code keepFor} after it was last written (and a minute more until {@link #forgetExpired} runs),
 * and at most {@code capacity} conversations.
 */
final class RecentConversations {

    private record Remembered(StoredConversation conversation, Instant until) {
    }

    private final Clock clock;
    private final Duration keepFor;
    private final Map<String, Remembered> recent;

    RecentConversations(Clock clock, int capacity, Duration keepFor) {
        this.clock = clock;
        this.keepFor = keepFor;
        this.recent = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Remembered> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Optional<StoredConversation> get(String conversationId) {
        Remembered remembered = recent.get(conversationId);
        if (remembered == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(remembered.until())) {
            recent.remove(conversationId);
            return Optional.empty();
        }
        return Optional.of(remembered.conversation());
    }

    synchronized void put(String conversationId, StoredConversation conversation) {
        if (keepFor.isPositive()) {
            recent.put(conversationId, new Remembered(conversation, clock.instant().plus(keepFor)));
        }
    }

    synchronized void forget(String conversationId) {
        recent.remove(conversationId);
    }

    /** Drops what was kept longer than allowed, whether or not it was asked for again. */
    synchronized void forgetExpired() {
        Instant now = clock.instant();
        recent.values().removeIf(remembered -> !now.isBefore(remembered.until()));
    }

    synchronized int size() {
        return recent.size();
    }
}
