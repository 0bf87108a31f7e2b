package nl.routewijzer.bot.telegram;

import static nl.routewijzer.bot.conversation.UiText.Key.*;

import java.util.List;
import nl.routewijzer.bot.conversation.UiText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

/**
 * What the bot tells Telegram about itself when it starts, before it takes updates: its commands with Dutch
 * descriptions (the menu next to the input field), and it learns its own @username for recognising mentions.
 * Neither is essential: when Telegram cannot be reached the bot goes on and tries again when it needs to.
 */
class TelegramBotSetup {

    private static final Logger log = LoggerFactory.getLogger(TelegramBotSetup.class);

    private final TelegramSender sender;
    private final TelegramBotIdentity identity;
    private final UiText text;

    TelegramBotSetup(TelegramSender sender, TelegramBotIdentity identity, UiText text) {
        this.sender = sender;
        this.identity = identity;
        this.text = text;
    }

    void prepare() {
        identity.username().ifPresentOrElse(name -> log.info("Telegram bot @{} starting", name),
                () -> log.warn("Telegram did not tell the bot's username; mentions in groups are recognised later"));
        sender.send(SetMyCommands.builder().commands(commands()).build());
    }

    List<BotCommand> commands() {
        return List.of(command("start", TELEGRAM_COMMAND_START), command("terug", TELEGRAM_COMMAND_TERUG),
                command("opnieuw", TELEGRAM_COMMAND_OPNIEUW), command("samenvatting", TELEGRAM_COMMAND_SAMENVATTING),
                command("help", TELEGRAM_COMMAND_HELP), command("vergeet", TELEGRAM_COMMAND_VERGEET));
    }

    private BotCommand command(String name, UiText.Key description) {
        return BotCommand.builder().command(name).description(text.get(description)).build();
    }
}
