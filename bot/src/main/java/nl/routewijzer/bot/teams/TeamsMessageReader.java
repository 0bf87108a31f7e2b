package nl.routewijzer.bot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.Entity;
import com.microsoft.bot.schema.Mention;
import com.microsoft.bot.schema.Serialization;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what the user said from a message activity, in the form the conversation (and the web chat) uses: the
 * value of a pressed card button, or the typed text without the bot's @mention. In channels and group chats
 * Teams only delivers messages that mention the bot, as {@code <at>Name</at>} in the text with a mention entity.
 */
final class TeamsMessageReader {

    /** The key of a choice's value in the data of a card's Action.Submit (see {@link AdaptiveCardRenderer}). */
    static final String CHOICE_KEY = "routewijzer";

    private static final Pattern AT_TAG = Pattern.compile("<at>(.*?)</at>", Pattern.DOTALL);
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00a0]{2,}");

    private TeamsMessageReader() {
    }

    static String read(Activity activity) {
        return pressedChoice(activity).orElseGet(() -> fromCommandMenu(typedText(activity)));
    }

    /**
     * Teams' command menu (deploy/teams/manifest.json) sends a command's title without a slash. "vergeet" counts
     * as a command only with its slash, so that the word in a sentence never deletes anything; alone, as the
     * menu sends it, it is meant as the command.
     */
    static String fromCommandMenu(String text) {
        return text.equalsIgnoreCase("vergeet") ? "/vergeet" : text;
    }

    /** The value of the card button that was pressed, if this message is a press. */
    static Optional<String> pressedChoice(Activity activity) {
        if (activity.getValue() == null) {
            return Optional.empty();
        }
        JsonNode choice = Serialization.objectToTree(activity.getValue()).path(CHOICE_KEY);
        return choice.isTextual() ? Optional.of(choice.asText()) : Optional.empty();
    }

    /**
     * The text without the bot's mention; other people's mentions keep their names without tags. The mention is
     * removed literally (the SDK's removeRecipientMention treats the mention text as a regular expression).
     */
    static String typedText(Activity activity) {
        String text = Objects.requireNonNullElse(activity.getText(), "");
        String botId = Optional.ofNullable(activity.getRecipient()).map(ChannelAccount::getId).orElse("");
        for (Mention mention : mentions(activity)) {
            ChannelAccount mentioned = mention.getMentioned();
            if (mentioned == null || botId.isEmpty() || !botId.equals(mentioned.getId())) {
                continue;
            }
            String mentionText = mention.getText() != null && !mention.getText().isBlank() ? mention.getText()
                    : "<at>" + mentioned.getName() + "</at>";
            text = text.replace(mentionText, " ");
        }
        text = AT_TAG.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        return SPACES.matcher(unescape(text)).replaceAll(" ").strip();
    }

    private static List<Mention> mentions(Activity activity) {
        if (activity.getEntities() == null) {
            return List.of();
        }
        return activity.getEntities().stream()
                .filter(Objects::nonNull)
                .filter(e -> "mention".equalsIgnoreCase(e.getType()))
                .map(TeamsMessageReader::asMention)
                .flatMap(Optional::stream)
                .toList();
    }

    private static Optional<Mention> asMention(Entity entity) {
        try {
            return Optional.ofNullable(entity.getAs(Mention.class));
        } catch (RuntimeException e) {
            return Optional.empty(); // a mention entity we cannot read is simply not stripped
        }
    }

    /** Teams sends the text of messages with mentions HTML-escaped. */
    private static String unescape(String text) {
        return text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&apos;", "'").replace("&amp;", "&");
    }
}
