package nl.routewijzer.bot.conversation;

import java.util.List;

/**
 * One message of the bot, in the neutral form of the web chat API: text with light Markdown (**bold**,
 * "- " bullets, "1. " numbered lines, blank line = paragraph), the choices it offers and its links.
 */
public record Reply(String text, List<ReplyChoice> choices, List<ReplyLink> links) {

    public Reply {
        choices = List.copyOf(choices);
        links = List.copyOf(links);
    }

    public static Reply text(String text) {
        return new Reply(text, List.of(), List.of());
    }

    public Reply withChoices(List<ReplyChoice> newChoices) {
        return new Reply(text, newChoices, links);
    }

    /** A button: what it shows and the opaque value sent back when it is pressed. */
    public record ReplyChoice(String label, String value) {
    }

    /** A clickable link. */
    public record ReplyLink(String title, String url) {
    }
}
