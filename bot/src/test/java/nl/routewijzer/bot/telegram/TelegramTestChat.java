package nl.routewijzer.bot.telegram;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One user's chat with the bot through the fake Bot API: sends a message or presses a button, and waits until
 * the bot has answered that turn, which ends with the message that carries the keyboard (every reply of the
 * conversation offers choices at its end).
 */
final class TelegramTestChat {

    private static final AtomicLong CHAT_IDS = new AtomicLong(5000);

    private final FakeTelegramApi api;
    private final Consumer<ObjectNode> deliver;
    private final long chatId;

    TelegramTestChat(FakeTelegramApi api, Consumer<ObjectNode> deliver) {
        this(api, deliver, CHAT_IDS.incrementAndGet());
    }

    TelegramTestChat(FakeTelegramApi api, Consumer<ObjectNode> deliver, long chatId) {
        this.api = api;
        this.deliver = deliver;
        this.chatId = chatId;
    }

    long id() {
        return chatId;
    }

    List<SentMessage> send(String text) {
        return turn(TelegramUpdates.text(chatId, text));
    }

    /** Presses the button whose text starts with {@code labelStart} on the last message that had a keyboard. */
    List<SentMessage> press(List<SentMessage> previousTurn, String labelStart) {
        SentMessage withKeyboard = previousTurn.getLast();
        return turn(TelegramUpdates.press(chatId, withKeyboard.messageId(), withKeyboard.data(labelStart)));
    }

    /** Delivers the update and returns the messages of the bot's answer. */
    List<SentMessage> turn(ObjectNode update) {
        int before = messages().size();
        deliver.accept(update);
        await().atMost(Duration.ofSeconds(20)).until(() -> messages().stream().skip(before).anyMatch(m -> !m.buttons().isEmpty()));
        return messages().subList(before, messages().size());
    }

    List<SentMessage> messages() {
        return api.messagesTo(chatId);
    }

    /** All text of the messages, for content checks. */
    static String text(List<SentMessage> messages) {
        return String.join("\n\n", messages.stream().map(SentMessage::text).toList());
    }
}
