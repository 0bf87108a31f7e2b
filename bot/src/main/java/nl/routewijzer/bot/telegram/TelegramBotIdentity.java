package nl.routewijzer.bot.telegram;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.User;

/**
 * Who the bot is, to recognise in groups the messages meant for it: its user id (part of the token, so
 * always known) and its @username (asked from Telegram with getMe, so known once Telegram has answered).
 */
class TelegramBotIdentity {

    private final long id;
    private final TelegramSender sender;
    private final AtomicReference<String> username = new AtomicReference<>();

    TelegramBotIdentity(long id, TelegramSender sender) {
        this.id = id;
        this.sender = sender;
    }

    long id() {
        return id;
    }

    /** The @username without the @, asking Telegram for it when it is not known yet. */
    Optional<String> username() {
        if (username.get() == null) {
            sender.send(new GetMe()).map(User::getUserName).ifPresent(username::set);
        }
        return Optional.ofNullable(username.get());
    }
}
