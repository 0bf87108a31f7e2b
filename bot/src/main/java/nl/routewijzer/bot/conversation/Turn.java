package nl.routewijzer.bot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.routewijzer.routes.engine.RouteState;

/**
 * What one message does: the replies, and what becomes of the stored state.
 *
 * @param route the route state after the message (meaningful for {@link Effect#SAVE})
 * @param freeQuestion for a free question: whether the knowledge base answered it well
 */
record Turn(Optional<RouteState> route, List<Reply> replies, Effect effect, Optional<Boolean> freeQuestion) {

    enum Effect { KEEP, SAVE, FORGET }

    Turn {
        replies = List.copyOf(replies);
    }

    Turn(Optional<RouteState> route, List<Reply> replies, Effect effect) {
        this(route, replies, effect, Optional.empty());
    }

    static Turn keep(Optional<RouteState> route, List<Reply> replies) {
        return new Turn(route, replies, Effect.KEEP);
    }

    static Turn save(Optional<RouteState> route, List<Reply> replies) {
        return new Turn(route, replies, Effect.SAVE);
    }

    /** The same turn with replies put in front (e.g. a notice that the content changed), and saved. */
    Turn after(List<Reply> notices, boolean mustSave) {
        List<Reply> all = new ArrayList<>(notices);
        all.addAll(replies);
        Effect next = effect == Effect.KEEP && mustSave ? Effect.SAVE : effect;
        return new Turn(route, all, next, freeQuestion);
    }
}
