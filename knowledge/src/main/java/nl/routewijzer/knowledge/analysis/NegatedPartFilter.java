package nl.routewijzer.knowledge.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Drops the part a compound splitter finds in a word negated by "on-": "ongeoorloofd" is not "geoorloofd",
 * "onvoldoende" not "voldoende". Without this, a question about geoorloofd verzuim would find the text about
 * ongeoorloofd verzuim as well as the right one. Runs right after the compound splitter, which emits the word
 * first and its parts at the same position after it.
 */
final class NegatedPartFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private String negated;

    NegatedPartFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (input.incrementToken()) {
            if (increment.getPositionIncrement() > 0) {
                String word = term.toString();
                negated = word.startsWith("on") && word.length() > 5 ? word.substring(2) : null;
                return true;
            }
            if (negated == null || !negated.contentEquals(term)) {
                return true;
            }
            // the negated word's opposite: skip it
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        negated = null;
    }
}
