package nl.routewijzer.bot.teams;

import com.microsoft.bot.builder.ActivityHandler;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import nl.routewijzer.bot.conversation.ConversationService;
import nl.routewijzer.bot.conversation.Reply;

/**
 * The bot's side of a Teams turn: a message (typed, or a press on a card button) goes to the conversation as
 * the web chat would send it; a welcome when the bot joins a conversation. A typing indicator goes out first,
 * so that the user sees the bot working.
 */
class TeamsBot extends ActivityHandler {

    static final String CHANNEL = "teams";
    /** The conversation store's key column is 100 characters; longer Teams ids are stored by their hash. */
    static final int MAX_KEY_LENGTH = 100;

    private final ConversationService conversations;
    private final AdaptiveCardRenderer renderer;
    private final ThrottledSender sender = new ThrottledSender();

    TeamsBot(ConversationService conversations, AdaptiveCardRenderer renderer) {
        this.conversations = conversations;
        this.renderer = renderer;
    }

    @Override
    protected CompletableFuture<Void> onMessageActivity(TurnContext turn) {
        return reply(turn, TeamsMessageReader.read(turn.getActivity()));
    }

    /**
     * Welcomes once, when the bot itself joins (installed in a personal chat, added to a team or group chat). The
     * SDK's onMembersAdded only fires for members other than the bot, and greeting everyone who later joins a
     * team would flood its channel.
     */
    @Override
    protected CompletableFuture<Void> onConversationUpdateActivity(TurnContext turn) {
        Activity activity = turn.getActivity();
        String botId = activity.getRecipient() == null ? null : activity.getRecipient().getId();
        List<ChannelAccount> added = Objects.requireNonNullElse(activity.getMembersAdded(), List.of());
        if (botId != null && added.stream().anyMatch(m -> botId.equals(m.getId()))) {
            return reply(turn, "/start");
        }
        return CompletableFuture.completedFuture(null);
    }

    private CompletableFuture<Void> reply(TurnContext turn, String message) {
        // A typing indicator that cannot be sent must not cost the user the answer.
        return turn.sendActivity(Activity.createTypingActivity())
                .exceptionally(failed -> null)
                .thenApply(typing -> conversations.handle(conversationKey(turn.getActivity()), CHANNEL, message))
                .thenCompose(replies -> send(turn, replies));
    }

    private CompletableFuture<Void> send(TurnContext turn, List<Reply> replies) {
        return sender.send(turn, renderer.render(replies));
    }

    /**
     * "teams:" and the Teams conversation id (in a channel: one per thread). Ids that would not fit the store's
     * key column (personal chat ids can be long) are replaced by their SHA-256, which is just as unique.
     */
    static String conversationKey(Activity activity) {
        String id = activity.getConversation() == null ? "" : Objects.requireNonNullElse(activity.getConversation().getId(), "");
        String key = CHANNEL + ":" + id;
        if (key.length() <= MAX_KEY_LENGTH) {
            return key;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return CHANNEL + ":sha256:" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
