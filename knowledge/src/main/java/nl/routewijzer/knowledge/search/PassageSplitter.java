package nl.routewijzer.knowledge.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.routewijzer.knowledge.analysis.Fields;
import nl.routewijzer.knowledge.analysis.Terms;
import org.apache.lucene.analysis.Analyzer;

/**
 * Cuts an entry's text into passages: each "### " sub-heading with its paragraphs, otherwise paragraphs,
 * with very short paragraphs joined to the next so a passage reads on its own.
 */
final class PassageSplitter {

    static final int MIN_PASSAGE_CHARS = 160;

    private PassageSplitter() {
    }

    static List<Passage> split(String body, Analyzer analyzer) {
        List<Passage> passages = new ArrayList<>();
        Optional<String> heading = Optional.empty();
        StringBuilder text = new StringBuilder();
        for (String block : body.split("\\n\\s*\\n")) {
            String b = block.strip();
            if (b.isEmpty()) {
                continue;
            }
            if (b.startsWith("#")) {
                flush(passages, heading, text, analyzer);
                String[] lines = b.split("\\n", 2);
                heading = Optional.of(lines[0].replaceFirst("^#+\\s*", "").strip());
                if (lines.length > 1) {
                    text.append(lines[1].strip());
                }
                continue;
            }
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(b);
            // A paragraph that announces a list (ends with ':') stays with the list.
            if (heading.isEmpty() && text.length() >= MIN_PASSAGE_CHARS && !b.endsWith(":")) {
                flush(passages, heading, text, analyzer);
            }
        }
        flush(passages, heading, text, analyzer);
        return passages;
    }

    private static void flush(List<Passage> passages, Optional<String> heading, StringBuilder text, Analyzer analyzer) {
        if (text.isEmpty() && heading.isEmpty()) {
            return;
        }
        String content = text.toString();
        String analysed = heading.map(h -> h + "\n").orElse("") + content;
        passages.add(new Passage(heading, content, Terms.distinct(analyzer, Fields.BODY, analysed)));
        text.setLength(0);
    }
}
