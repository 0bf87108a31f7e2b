package nl.routewijzer.bot.conversation;

import static nl.routewijzer.bot.conversation.UiText.Key.*;

import java.util.List;
import java.util.Optional;
import nl.routewijzer.bot.state.ConversationStore;
import nl.routewijzer.bot.state.StoredConversation;
import nl.routewijzer.routes.engine.Resumption;
import nl.routewijzer.routes.engine.RouteEngine;
import nl.routewijzer.routes.engine.RouteState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point of every channel: takes a message of a conversation, returns the bot's replies.
 * Loads the stored state, lets the planner decide, and saves optimistically; when another message of the
 * same conversation saved in between, the message is planned again on the fresh state.
 */
public class ConversationService {

    private static final Logger log = LoggerFactory.getLogger(ConversationService.class);

    private final ConversationStore store;
    private final RouteEngine engine;
    private final TurnPlanner planner;
    private final UiText text;
    private final ConversationProperties properties;
    private final ConversationListener listener;

    public ConversationService(ConversationStore store, RouteEngine engine, StepRenderer steps,
                               FreeQuestionAnswerer answerer, UiText text, ConversationProperties properties,
                               ConversationListener listener) {
        this.store = store;
        this.engine = engine;
        this.planner = new TurnPlanner(engine, steps, answerer, text);
        this.text = text;
        this.properties = properties;
        this.listener = listener;
    }

    /**
     * @param conversationId unique across channels (the channel prefixes its own ids)
     * @param message        what the user typed, or the value of a pressed button
     */
    public List<Reply> handle(String conversationId, String channel, String message) {
        // Message text may be about a child: never above DEBUG.
        log.debug("Message for {} on {} ({} chars)", conversationId, channel, message.length());
        long started = System.nanoTime();
        for (int attempt = 1; attempt <= properties.saveAttempts(); attempt++) {
            // First on what this replica remembers (a route step then costs one UPDATE, not a SELECT too);
            // after a refused save, on what the database holds.
            Optional<StoredConversation> recalled = attempt == 1 ? store.recalled(conversationId) : Optional.empty();
            StoredConversation stored = recalled.orElseGet(() -> store.find(conversationId));
            Turn turn = plan(stored, message.strip());
            boolean done = switch (turn.effect()) {
                // Nothing is saved, so no version check: a remembered state must be confirmed to be the stored one
                // (another replica may have moved the conversation on).
                case KEEP -> recalled.isEmpty() || store.find(conversationId).version() == stored.version();
                case SAVE -> store.save(conversationId, turn.route(), stored.version());
                case FORGET -> {
                    store.delete(conversationId);
                    yield true;
                }
            };
            if (done) {
                listener.handled(new ConversationListener.HandledMessage(channel, stored.route(),
                        turn.effect() == Turn.Effect.KEEP ? stored.route() : turn.route(), turn.freeQuestion(),
                        turn.replies().size(), java.time.Duration.ofNanos(System.nanoTime() - started)));
                return turn.replies();
            }
            log.debug("Conversation {} changed concurrently; planning again (attempt {})", conversationId, attempt);
        }
        log.warn("Conversation {} kept changing concurrently; gave up after {} attempts", conversationId,
                properties.saveAttempts());
        return List.of(Reply.text(text.get(BUSY)));
    }

    private Turn plan(StoredConversation stored, String message) {
        Optional<RouteState> route = stored.route();
        List<Reply> notices = List.of();
        boolean mustSave = false;
        if (route.isPresent()) {
            switch (engine.resume(route.get())) {
                case Resumption.Resumed resumed -> {
                    mustSave = !resumed.state().equals(route.get());
                    route = Optional.of(resumed.state());
                }
                case Resumption.Restarted restarted -> {
                    notices = List.of(Reply.text(text.get(CONTENT_CHANGED)));
                    route = Optional.of(restarted.state());
                    mustSave = true;
                }
                case Resumption.RouteGone gone -> {
                    notices = List.of(Reply.text(text.get(ROUTE_GONE)));
                    route = Optional.empty();
                    mustSave = true;
                }
            }
        }
        Turn turn;
        if (message.isEmpty()) {
            turn = planner.notice(route, text.get(EMPTY_MESSAGE));
        } else if (message.length() > properties.maxTextLength()) {
            turn = planner.notice(route, text.get(TOO_LONG, message.length(), properties.maxTextLength()));
        } else {
            turn = planner.plan(route, message);
        }
        return notices.isEmpty() && !mustSave ? turn : turn.after(notices, mustSave);
    }
}
