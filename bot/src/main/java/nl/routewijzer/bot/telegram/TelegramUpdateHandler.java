package nl.routewijzer.bot.telegram;

import java.util.List;
import java.util.Optional;
import nl.routewijzer.bot.conversation.ConversationService;
import nl.routewijzer.bot.conversation.Reply;
import nl.routewijzer.bot.conversation.UiText;
import nl.routewijzer.bot.telegram.TelegramRenderer.Target;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.ActionType;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * One update, from long polling or the webhook: a message or a pressed button goes to the conversation as
 * text, and its replies go back to the chat. A button's callback data is the choice's value, so a button of
 * an earlier step reaches the conversation as what it is and gets its Dutch "that button belongs to an
 * earlier step" reply there. Never throws: a failure is logged and, where possible, told to the user.
 */
class TelegramUpdateHandler {

    static final String CHANNEL = "telegram";
    private static final Logger log = LoggerFactory.getLogger(TelegramUpdateHandler.class);

    private final ConversationService conversations;
    private final TelegramSender sender;
    private final TelegramRenderer renderer;
    private final TelegramGroupFilter groups;
    private final UiText text;

    TelegramUpdateHandler(ConversationService conversations, TelegramSender sender, TelegramRenderer renderer,
                          TelegramGroupFilter groups, UiText text) {
        this.conversations = conversations;
        this.sender = sender;
        this.renderer = renderer;
        this.groups = groups;
        this.text = text;
    }

    void handle(Update update) {
        try {
            if (update.hasCallbackQuery()) {
                pressed(update.getCallbackQuery());
            } else if (update.hasMessage()) {
                received(update.getMessage());
            } else {
                log.debug("Update {} is neither a message nor a button; ignored", update.getUpdateId());
            }
        } catch (RuntimeException e) {
            log.error("Telegram update {} could not be handled", update.getUpdateId(), e);
        }
    }

    private void received(Message message) {
        if (message.getFrom() != null && Boolean.TRUE.equals(message.getFrom().getIsBot())) {
            return;
        }
        Optional<String> input = groups.textFor(message);
        if (input.isEmpty()) {
            log.debug("Message in chat {} is not for the bot; ignored", message.getChatId());
            return;
        }
        answer(target(message), input.get());
    }

    private void pressed(CallbackQuery query) {
        // First, whatever follows: until a callback query is answered the user's client shows a spinner.
        sender.send(AnswerCallbackQuery.builder().callbackQueryId(query.getId()).build());
        MaybeInaccessibleMessage message = query.getMessage();
        if (message == null || query.getData() == null) {
            return;
        }
        if (message instanceof Message shown) {
            // The pressed message's buttons vanish, so that old buttons are not pressed again by mistake.
            sender.send(EditMessageReplyMarkup.builder().chatId(shown.getChatId()).messageId(shown.getMessageId()).build());
        }
        answer(target(message), query.getData());
    }

    private void answer(Target target, String input) {
        sender.send(SendChatAction.builder().chatId(target.chatId()).messageThreadId(target.threadId().orElse(null))
                .action(ActionType.TYPING.toString()).build());
        List<Reply> replies;
        try {
            replies = conversations.handle(CHANNEL + ":" + target.chatId(), CHANNEL, input);
        } catch (RuntimeException e) {
            log.error("Conversation of Telegram chat {} failed", target.chatId(), e);
            replies = List.of(Reply.text(text.get(UiText.Key.TELEGRAM_ERROR)));
        }
        renderer.render(target, replies).forEach(sender::send);
    }

    private static Target target(MaybeInaccessibleMessage message) {
        Optional<Integer> thread = message instanceof Message m && m.isTopicMessage()
                ? Optional.ofNullable(m.getMessageThreadId()) : Optional.empty();
        return new Target(message.getChatId(), thread);
    }
}
