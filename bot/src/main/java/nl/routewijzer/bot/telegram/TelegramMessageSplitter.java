package nl.routewijzer.bot.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long message into Telegram messages of at most {@link #LIMIT} characters: between paragraphs where
 * possible, else between lines, and only for a single line longer than a message between words (that line
 * loses its bold, so that no cut falls inside a tag). Lengths are counted on the HTML, which is never
 * shorter than the text Telegram counts after parsing it.
 */
final class TelegramMessageSplitter {

    /** Telegram's limit for the text of one message. */
    static final int LIMIT = 4096;

    private final int limit;

    TelegramMessageSplitter() {
        this(LIMIT);
    }

    TelegramMessageSplitter(int limit) {
        this.limit = limit;
    }

    /** A line: its HTML, and the same text escaped but without tags, used only when the line must be cut. */
    record Line(String html, String plain) {
    }

    /** One piece and what joins it to the piece before it when both end up in the same message. */
    private record Piece(String separator, String html) {
    }

    List<String> split(List<List<Line>> paragraphs) {
        List<Piece> pieces = new ArrayList<>();
        for (List<Line> paragraph : paragraphs) {
            String html = String.join("\n", paragraph.stream().map(Line::html).toList());
            if (html.length() <= limit) {
                pieces.add(new Piece("\n\n", html));
                continue;
            }
            String separator = "\n\n";
            for (Line line : paragraph) {
                if (line.html().length() <= limit) {
                    pieces.add(new Piece(separator, line.html()));
                } else {
                    words(separator, line.plain(), pieces);
                }
                separator = "\n";
            }
        }
        return pack(pieces);
    }

    private List<String> pack(List<Piece> pieces) {
        List<String> messages = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (Piece piece : pieces) {
            if (!current.isEmpty() && current.length() + piece.separator().length() + piece.html().length() > limit) {
                messages.add(current.toString());
                current.setLength(0);
            }
            current.append(current.isEmpty() ? "" : piece.separator()).append(piece.html());
        }
        if (!current.isEmpty()) {
            messages.add(current.toString());
        }
        return messages;
    }

    /** A line longer than a message: cut between words, and a word longer than a message anywhere safe. */
    private void words(String separator, String plain, List<Piece> pieces) {
        String joiner = separator;
        for (String word : plain.split(" ")) {
            while (word.length() > limit) {
                int cut = safeCut(word, limit);
                pieces.add(new Piece(joiner, word.substring(0, cut)));
                word = word.substring(cut);
                joiner = "";
            }
            pieces.add(new Piece(joiner, word));
            joiner = " ";
        }
    }

    /** A cut at or before {@code at} that splits neither an entity like {@code &amp;} nor a surrogate pair. */
    private static int safeCut(String text, int at) {
        int cut = at;
        int amp = text.lastIndexOf('&', cut - 1);
        if (amp >= 0 && amp > cut - 6 && text.indexOf(';', amp) >= cut) {
            cut = amp;
        }
        if (Character.isLowSurrogate(text.charAt(cut))) {
            cut--;
        }
        return cut;
    }
}
