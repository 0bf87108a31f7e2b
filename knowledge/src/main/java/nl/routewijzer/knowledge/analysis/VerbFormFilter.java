package nl.routewijzer.knowledge.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns the inflected forms of a regular verb into its infinitive, when the corpus knows that infinitive:
 * "gestopt" and "stopt" become "stoppen", "aangemeld" "aanmelden", "geregistreerd" "registreren", "schaalt"
 * "schalen". Snowball stems infinitives well but leaves participles and the "-t" of the present tense alone,
 * so without this "het verzuim is gestopt" and "verzuim stopt niet" would not meet. Index and query pass
 * through the same filter, so a word maps to one form on both sides; a form whose infinitive the corpus does
 * not know stays as it is.
 */
final class VerbFormFilter extends TokenFilter {

    private static final int MIN_LENGTH = 5;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final VerbForms forms;

    VerbFormFilter(TokenStream input, VerbForms forms) {
        super(input);
        this.forms = forms;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (term.length() >= MIN_LENGTH) {
            String infinitive = forms.infinitive(term.toString());
            if (infinitive != null) {
                term.setEmpty().append(infinitive);
            }
        }
        return true;
    }
}
