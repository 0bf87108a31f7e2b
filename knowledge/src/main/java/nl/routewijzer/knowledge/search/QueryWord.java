package nl.routewijzer.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * One word of a question as analysed: its stem and, for a compound, the stems of its parts (the analyzer
 * emits those at the same position). Coverage counts a compound as found when its parts are.
 */
record QueryWord(String stem, List<String> parts) {

    static List<QueryWord> of(Analyzer analyzer, String field, String text, Set<String> ignored) {
        List<QueryWord> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            String stem = null;
            List<String> parts = new ArrayList<>();
            while (stream.incrementToken()) {
                if (increment.getPositionIncrement() > 0 || stem == null) {
                    add(words, stem, parts, ignored);
                    stem = term.toString();
                    parts = new ArrayList<>();
                } else if (!parts.contains(term.toString()) && !term.toString().equals(stem)) {
                    parts.add(term.toString());
                }
            }
            add(words, stem, parts, ignored);
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static void add(List<QueryWord> words, String stem, List<String> parts, Set<String> ignored) {
        if (stem != null && !ignored.contains(stem) && words.stream().noneMatch(w -> w.stem().equals(stem))) {
            words.add(new QueryWord(stem, List.copyOf(parts)));
        }
    }
}
