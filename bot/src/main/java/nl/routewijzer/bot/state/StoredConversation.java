package nl.routewijzer.bot.state;

import java.time.Instant;
import java.util.Optional;
import nl.routewijzer.routes.engine.RouteState;

/**
 * A conversation as stored.
 *
 * @param route   the route it stands in, or empty when no route is active
 * @param version the optimistic-locking version the next save must match (0: not stored yet)
 */
public record StoredConversation(Optional<RouteState> route, long version, Instant lastActivity) {

    public static StoredConversation fresh() {
        return new StoredConversation(Optional.empty(), 0, Instant.EPOCH);
    }
}
