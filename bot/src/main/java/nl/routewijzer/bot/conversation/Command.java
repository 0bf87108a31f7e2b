package nl.routewijzer.bot.conversation;

import java.util.Locale;
import java.util.Optional;

/** The commands every channel understands (see docs/chat-api.md), typed with or without a slash. */
public sealed interface Command {

    record Menu() implements Command {
    }

    record StartRoute(String routeId) implements Command {
    }

    record Back() implements Command {
    }

    record Restart() implements Command {
    }

    record ShowSummary() implements Command {
    }

    record Help() implements Command {
    }

    record Forget() implements Command {
    }

    /** Shows the current step again (the menu's "verder waar ik was"). */
    record Resume() implements Command {
    }

    /**
     * Reads a command from the text, if it is one. "/start@Botnaam" (Telegram groups) counts as "/start";
     * "/vergeet" only with its slash, so that the word in a sentence never deletes anything.
     */
    static Optional<Command> parse(String input) {
        String text = input.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        String[] parts = lower.split("\\s+", 2);
        String word = parts[0].replaceFirst("@\\S*$", "");
        String argument = parts.length > 1 ? parts[1].strip() : "";
        boolean slash = word.startsWith("/");
        String name = slash ? word.substring(1) : word;
        if (!slash && !argument.isEmpty()) {
            return Optional.empty(); // "terug naar school" is a sentence, not a command
        }
        return Optional.ofNullable(switch (name) {
            case "start" -> argument.isEmpty() ? new Menu() : new StartRoute(argument);
            case "hallo", "menu", "routes" -> new Menu();
            case "terug", "vorige" -> new Back();
            case "opnieuw" -> new Restart();
            case "samenvatting" -> new ShowSummary();
            case "help", "hulp" -> new Help();
            case "vergeet" -> slash ? new Forget() : null;
            case "verder" -> slash ? new Resume() : null;
            default -> null;
        });
    }
}
