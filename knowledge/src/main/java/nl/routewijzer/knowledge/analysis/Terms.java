package nl.routewijzer.knowledge.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Runs text through an analyzer and returns the terms, in order. */
public final class Terms {

    private Terms() {
    }

    public static List<String> of(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /**
     * The stems of words that stand next to each other, as "niet opschal" ("(nog) niet wil opschalen"), in
     * alphabetical order: one stop word may stand between them; the parts of a compound are left out.
     */
    public static Set<String> pairs(Analyzer analyzer, String field, String text) {
        Set<String> pairs = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            String previous = null;
            while (stream.incrementToken()) {
                int step = increment.getPositionIncrement();
                if (step == 0) {
                    continue;
                }
                String current = term.toString();
                if (previous != null && step <= 2) {
                    // Either order: "OT breed" is "brede OT".
                    pairs.add(previous.compareTo(current) <= 0 ? previous + " " + current : current + " " + previous);
                }
                previous = current;
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pairs;
    }

    public static Set<String> distinct(Analyzer analyzer, String field, String text) {
        return new LinkedHashSet<>(of(analyzer, field, text));
    }
}
