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
        return of(analyzer, field, text, ignored, null);
    }

    /**
     * The stems of words that stand next to each other, as "niet opschal" ("(nog) niet wil opschalen"), in
     * alphabetical order ("OT breed" is "brede OT"): one stop word may stand between them; the parts of a
     * compound are left out. A new set, the caller's own.
     */
    static Set<String> pairs(Analyzer analyzer, String field, String text) {
        Set<String> pairs = new java.util.HashSet<>();
        of(analyzer, field, text, Set.of(), pairs);
        return pairs;
    }

    /** The words, and when {@code pairs} is given, the {@link #pairs} added to it: one analysis for both. */
    static List<QueryWord> of(Analyzer analyzer, String field, String text, Set<String> ignored, Set<String> pairs) {
        List<QueryWord> words = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            String stem = null;
            List<String> parts = new ArrayList<>();
            while (stream.incrementToken()) {
                if (increment.getPositionIncrement() > 0 || stem == null) {
                    if (pairs != null && stem != null && increment.getPositionIncrement() <= 2) {
                        String next = term.toString();
                        pairs.add(stem.compareTo(next) <= 0 ? stem + " " + next : next + " " + stem);
                    }
                    add(words, seen, stem, parts, ignored);
                    stem = term.toString();
                    parts = new ArrayList<>();
                } else if (!parts.contains(term.toString()) && !term.toString().equals(stem)) {
                    parts.add(term.toString());
                }
            }
            add(words, seen, stem, parts, ignored);
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static void add(List<QueryWord> words, Set<String> seen, String stem, List<String> parts, Set<String> ignored) {
        if (stem != null && !ignored.contains(stem) && seen.add(stem)) {
            words.add(new QueryWord(stem, List.copyOf(parts)));
        }
    }
}
