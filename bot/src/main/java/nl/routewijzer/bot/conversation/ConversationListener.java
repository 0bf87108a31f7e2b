package nl.routewijzer.bot.conversation;

import java.util.List;
import java.util.Optional;
import nl.routewijzer.routes.engine.RouteState;

/** Told about every handled message (for metrics); must be quick and must not fail. */
public interface ConversationListener {

    void handled(String channel, Optional<RouteState> before, Optional<RouteState> after, List<Reply> replies);

    ConversationListener NONE = (channel, before, after, replies) -> { };
}
