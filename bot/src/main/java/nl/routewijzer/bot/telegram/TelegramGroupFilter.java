package nl.routewijzer.bot.telegram;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.telegram.telegrambots.meta.api.objects.EntityType;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Decides which messages the bot answers, and what text the conversation gets. In a private chat: every
 * message. In a group, only what is meant for the bot, so that it never joins a conversation between people:
 * one of its commands ({@code /help}, or {@code /help@ThisBot}, never {@code /help@OtherBot}), a reply to one
 * of its messages, or a message that mentions it (the mention itself removed from the text).
 */
class TelegramGroupFilter {

    /** The commands of docs/chat-api.md as typed with a slash; other bots' commands are not ours. */
    static final Set<String> COMMANDS = Set.of("start", "terug", "vorige", "opnieuw", "samenvatting", "help", "hulp",
            "vergeet", "menu", "verder");

    private final TelegramBotIdentity bot;

    TelegramGroupFilter(TelegramBotIdentity bot) {
        this.bot = bot;
    }

    /** The text for the conversation, or empty when the message is not for the bot. */
    Optional<String> textFor(Message message) {
        String text = textOf(message);
        if (message.getChat() == null || Boolean.TRUE.equals(message.getChat().isUserChat())) {
            return Optional.of(text);
        }
        if (text.startsWith("/")) {
            return command(text);
        }
        if (isReplyToBot(message)) {
            return Optional.of(text);
        }
        return withoutMention(text, message.getEntities());
    }

    /** The text, or a photo's or document's caption; a message without either gives an empty text. */
    static String textOf(Message message) {
        if (message.getText() != null) {
            return message.getText();
        }
        return message.getCaption() != null ? message.getCaption() : "";
    }

    private Optional<String> command(String text) {
        String[] parts = text.split("\\s+", 2);
        String word = parts[0].substring(1);
        int at = word.indexOf('@');
        String name = (at < 0 ? word : word.substring(0, at)).toLowerCase(Locale.ROOT);
        if (at >= 0 && !isUs(word.substring(at + 1))) {
            return Optional.empty();
        }
        if (at < 0 && !COMMANDS.contains(name)) {
            return Optional.empty();
        }
        return Optional.of("/" + name + (parts.length > 1 ? " " + parts[1] : ""));
    }

    private boolean isReplyToBot(Message message) {
        Message replied = message.getReplyToMessage();
        return replied != null && replied.getFrom() != null && replied.getFrom().getId() == bot.id();
    }

    /** The text without the bot's mention, when it mentions the bot; entity offsets count UTF-16 units, as Java. */
    private Optional<String> withoutMention(String text, List<MessageEntity> entities) {
        if (entities == null) {
            return Optional.empty();
        }
        for (MessageEntity entity : entities) {
            int start = entity.getOffset();
            int end = start + entity.getLength();
            if (start < 0 || end > text.length()) {
                continue;
            }
            boolean mention = EntityType.MENTION.equals(entity.getType()) && isUs(text.substring(start, end).replaceFirst("^@", ""));
            User user = entity.getUser();
            boolean textMention = EntityType.TEXTMENTION.equals(entity.getType()) && user != null && user.getId() == bot.id();
            if (mention || textMention) {
                String rest = text.substring(0, start).stripTrailing() + " " + text.substring(end).stripLeading();
                return Optional.of(rest.strip().replaceFirst("^[,:]\\s*", ""));
            }
        }
        return Optional.empty();
    }

    private boolean isUs(String username) {
        return bot.username().map(u -> u.equalsIgnoreCase(username)).orElse(false);
    }
}
