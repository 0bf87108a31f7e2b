package nl.routewijzer.bot.telegram;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The light Markdown of the neutral replies, as Telegram HTML: {@code <}, {@code >} and {@code &} escaped,
 * {@code **bold**} as {@code <b>}, "- " bullets as "•". Line by line, so that every line is balanced HTML
 * on its own and a message can be split between any two lines.
 */
final class TelegramHtml {

    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");

    private TelegramHtml() {
    }

    /** One line of reply text as HTML. */
    static String line(String markdown) {
        String text = markdown.startsWith("- ") ? "• " + markdown.substring(2) : markdown;
        return BOLD.matcher(escape(text)).replaceAll("<b>$1</b>");
    }

    /** A line of text with the bold markers dropped, for the rare line that must be cut inside. */
    static String plain(String markdown) {
        return escape(markdown.replace("**", ""));
    }

    /** A link as {@code <a href>}, or empty when the address is not a web address Telegram would accept. */
    static Optional<String> link(String title, String url) {
        String address = url.strip();
        boolean web = address.regionMatches(true, 0, "https://", 0, 8) || address.regionMatches(true, 0, "http://", 0, 7);
        if (!web) {
            return Optional.empty(); // javascript:, file: and the like are never shown as links
        }
        return Optional.of("<a href=\"" + escape(address).replace("\"", "&quot;") + "\">" + escape(title) + "</a>");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
