package nl.routewijzer.knowledge.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Drops a part a compound splitter finds that the whole word does not mean:
 * <ul>
 *   <li>the part of a word negated by "on-": "ongeoorloofd" is not "geoorloofd", "onvoldoende" not "voldoende".
 *   Without this, a question about geoorloofd verzuim would find the text about ongeoorloofd verzuim as well;</li>
 *   <li>"melden" in "ziekmelden", "ziekgemeld", "ziekmelding": reporting a child sick is not reporting absence to
 *   someone. "Het verzuim is geoorloofd (ziek gemeld); moet ik dit toch ergens melden?" found the page that says
 *   "is ziekgemeld", not the one that says where to report it (58 sets: 6 answers better, none worse). The part
 *   "ziek" stays.</li>
 * </ul>
 * Runs right after the compound splitter, which emits the word first and its parts at the same position after it.
 */
final class MisleadingPartFilter extends TokenFilter {

    private static final String SICK = "ziek";

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private String negated;
    private String sickReport;

    MisleadingPartFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (input.incrementToken()) {
            if (increment.getPositionIncrement() > 0) {
                String word = term.toString();
                negated = word.startsWith("on") && word.length() > 5 ? word.substring(2) : null;
                sickReport = word.startsWith(SICK + "meld") || word.startsWith(SICK + "gemeld") ? word.substring(SICK.length()) : null;
                return true;
            }
            if (sickReport != null && sickReport.contains(term)) {
                continue; // "(ge)meld..." of "ziek(ge)meld...": skip it
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
        sickReport = null;
    }
}
