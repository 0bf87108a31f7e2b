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
        // Without regular expressions: this runs for every message.
        int space = 0;
        while (space < lower.length() && !isSpace(lower.charAt(space))) {
            space++;
        }
        String first = lower.substring(0, space);
        String word = first.indexOf('@') >= 0 ? first.substring(0, first.indexOf('@')) : first;
        String argument = lower.substring(space).strip();
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

    /** What "\\s" matches: the separators a command and its argument may have between them. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
