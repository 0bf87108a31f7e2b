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
 *   <li>"melden" in "ziekmelden", "afmelden" and "aanmelden" (and their forms: "ziekgemeld", "afmelding",
 *   "aangemeld"): reporting a child sick or absent, or registering one, is not reporting absence to someone.
 *   "Het verzuim is geoorloofd (ziek gemeld); moet ik dit toch ergens melden?" found the page that says "is
 *   ziekgemeld", not the one that says where to report it (58 sets: 6 answers better for "ziek", then 2 more and 2
 *   more in the top 3 for "af" and "aan", none worse). The first part stays, and so do parts after "meld"
 *   ("aanmeldformulier" holds "formulier").</li>
 * </ul>
 * Runs right after the compound splitter, which emits the word first and its parts at the same position after it.
 */
final class MisleadingPartFilter extends TokenFilter {

    /** What goes before "melden" in a verb of its own. */
    private static final java.util.List<String> OWN_MELDEN = java.util.List.of("ziek", "af", "aan");

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private String negated;
    /** The word after the part before "melden" ("gemeld" of "ziekgemeld"), if it is such a verb. */
    private String melden;

    MisleadingPartFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (input.incrementToken()) {
            if (increment.getPositionIncrement() > 0) {
                String word = term.toString();
                negated = word.startsWith("on") && word.length() > 5 ? word.substring(2) : null;
                melden = null;
                for (String before : OWN_MELDEN) {
                    if (word.startsWith(before + "meld") || word.startsWith(before + "gemeld")) {
                        melden = word.substring(before.length());
                    }
                }
                return true;
            }
            if (melden != null && beginsWith(melden, term.toString())) {
                continue; // "(ge)meld..." of "ziek(ge)meld...": skip it
            }
            if (negated == null || !negated.contentEquals(term)) {
                return true;
            }
            // the negated word's opposite: skip it
        }
        return false;
    }

    /** Whether the part is where the rest of the word begins, after a participle's "ge" or not. */
    private static boolean beginsWith(String rest, String part) {
        return rest.startsWith(part) || rest.startsWith("ge" + part);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        negated = null;
        melden = null;
    }
}
