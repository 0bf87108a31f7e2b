package nl.routewijzer.bot.teams;

import java.util.ArrayList;
import java.util.List;

/** Splits a long text into parts of at most a given length: between paragraphs, else between lines, else hard. */
final class TextChunks {

    private TextChunks() {
    }

    static List<String> split(String text, int max) {
        if (text.length() <= max) {
            return List.of(text);
        }
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (String piece : pieces(text, max)) {
            if (!part.isEmpty() && part.length() + piece.length() > max) {
                parts.add(part.toString().strip());
                part.setLength(0);
            }
            part.append(piece);
        }
        if (!part.toString().isBlank()) {
            parts.add(part.toString().strip());
        }
        return parts;
    }

    /** Paragraphs (with their trailing break), each at most max long: longer ones are cut at lines or hard. */
    private static List<String> pieces(String text, int max) {
        List<String> pieces = new ArrayList<>();
        for (String paragraph : text.split("(?<=\\n\\n)")) {
            if (paragraph.length() <= max) {
                pieces.add(paragraph);
                continue;
            }
            for (String line : paragraph.split("(?<=\\n)")) {
                for (int start = 0; start < line.length(); start += max) {
                    pieces.add(line.substring(start, Math.min(line.length(), start + max)));
                }
            }
        }
        return pieces;
    }
}
