package nl.routewijzer.bot.conversation;

import java.time.Duration;
import java.util.Optional;
import nl.routewijzer.routes.engine.RouteState;

/** Told about every handled message (for metrics); must be quick and must not fail. */
public interface ConversationListener {

    void handled(HandledMessage message);

    ConversationListener NONE = message -> { };

    /**
     * What one message did, without its text.
     *
     * @param before       the route state before the message
     * @param after        the route state after it
     * @param freeQuestion for a free question: whether it got a good answer
     * @param took         the time from receiving the message to having the replies
     */
    record HandledMessage(String channel, Optional<RouteState> before, Optional<RouteState> after,
                          Optional<Boolean> freeQuestion, int replies, Duration took) {
    }
}
