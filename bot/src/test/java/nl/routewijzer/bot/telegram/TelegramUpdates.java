package nl.routewijzer.bot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Updates as Telegram sends them (JSON of the Bot API), with the entities Telegram adds: a bot_command for a
 * leading /command and a mention for every @username.
 */
final class TelegramUpdates {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger UPDATE_IDS = new AtomicInteger(1);
    private static final AtomicInteger MESSAGE_IDS = new AtomicInteger(1);
    private static final Pattern MENTION = Pattern.compile("@[A-Za-z0-9_]{3,}");
    private static final Pattern COMMAND = Pattern.compile("^/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?");

    private TelegramUpdates() {
    }

    /** A text message from a user in a private chat (chat id = user id). */
    static ObjectNode text(long chatId, String text) {
        return message(chatId, chatId, text);
    }

    /** A text message from a user in a group (negative chat id). */
    static ObjectNode groupText(long groupId, long userId, String text) {
        return message(groupId, userId, text);
    }

    /** A group message that replies to one of the bot's messages. */
    static ObjectNode groupReplyToBot(long groupId, long userId, int botMessageId, String text) {
        ObjectNode update = groupText(groupId, userId, text);
        ObjectNode replied = ((ObjectNode) update.path("message")).putObject("reply_to_message")
                .put("message_id", botMessageId).put("date", Instant.now().getEpochSecond());
        replied.putObject("chat").put("id", groupId).put("type", "supergroup").put("title", "Zorgteam");
        replied.putObject("from").put("id", FakeTelegramApi.BOT_ID).put("is_bot", true).put("first_name", "Routewijzer")
                .put("username", FakeTelegramApi.BOT_USERNAME);
        return update;
    }

    /** A press on an inline keyboard button of one of the bot's messages. */
    static ObjectNode press(long chatId, int messageId, String data) {
        ObjectNode update = JSON.createObjectNode().put("update_id", UPDATE_IDS.getAndIncrement());
        ObjectNode query = update.putObject("callback_query").put("id", "cb-" + UPDATE_IDS.get())
                .put("chat_instance", "ci-" + chatId).put("data", data);
        user(query.putObject("from"), chatId > 0 ? chatId : 7);
        ObjectNode message = query.putObject("message").put("message_id", messageId).put("date", Instant.now().getEpochSecond());
        chat(message.putObject("chat"), chatId);
        message.putObject("from").put("id", FakeTelegramApi.BOT_ID).put("is_bot", true).put("first_name", "Routewijzer");
        message.put("text", "…");
        return update;
    }

    static String callbackId(ObjectNode update) {
        return update.path("callback_query").path("id").asText();
    }

    private static ObjectNode message(long chatId, long userId, String text) {
        ObjectNode update = JSON.createObjectNode().put("update_id", UPDATE_IDS.getAndIncrement());
        ObjectNode message = update.putObject("message").put("message_id", MESSAGE_IDS.getAndIncrement())
                .put("date", Instant.now().getEpochSecond()).put("text", text);
        user(message.putObject("from"), userId);
        chat(message.putObject("chat"), chatId);
        ArrayNode entities = JSON.createArrayNode();
        Matcher command = COMMAND.matcher(text);
        int commandEnd = command.find() ? command.end() : 0;
        if (commandEnd > 0) {
            entities.addObject().put("type", "bot_command").put("offset", 0).put("length", commandEnd);
        }
        Matcher mention = MENTION.matcher(text);
        while (mention.find(commandEnd)) { // "/help@Bot" is one bot_command, not a mention
            entities.addObject().put("type", "mention").put("offset", mention.start())
                    .put("length", mention.end() - mention.start());
            commandEnd = mention.end();
        }
        if (!entities.isEmpty()) {
            message.set("entities", entities);
        }
        return update;
    }

    private static void user(ObjectNode user, long id) {
        user.put("id", id).put("is_bot", false).put("first_name", "Sanne").put("language_code", "nl");
    }

    private static void chat(ObjectNode chat, long id) {
        if (id < 0) {
            chat.put("id", id).put("type", "supergroup").put("title", "Zorgteam");
        } else {
            chat.put("id", id).put("type", "private").put("first_name", "Sanne");
        }
    }
}
