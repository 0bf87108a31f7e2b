package nl.routewijzer.knowledge.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.routewijzer.knowledge.analysis.Fields;
import nl.routewijzer.knowledge.analysis.Terms;
import org.apache.lucene.analysis.Analyzer;

/**
 * Numbers as Dutch writes them in words: "vier weken", "de vijfde ziekmelding". One list for the words that
 * count as numbers and for the counts that are no "how often" ("zes keer ziek").
 */
final class NumberWords {

    static final List<String> CARDINALS = List.of("twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf",
            "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig", "dertig",
            "veertig", "vijftig", "honderd");
    /**
     * "de vijfde ziekmelding": how many so far, as "vijf ziekmeldingen" ("eerste" and "tweede" also rank steps and
     * phases, "het eerste gesprek").
     */
    static final List<String> ORDINALS = List.of("derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende");

    private NumberWords() {
    }

    /** A regular-expression alternation of the cardinals and ordinals ("twee|drie|..."). */
    static String alternation() {
        return String.join("|", CARDINALS) + "|" + String.join("|", ORDINALS);
    }

    /**
     * A text's terms and, after each number, the number with the term that follows it ("4 jar"): a phrase with a
     * number ("4 jaar", a kleuter) is found where the two stand together, not in "vier schoolweken in een
     * schooljaar".
     */
    static Set<String> termsWithCounts(Analyzer analyzer, String text) {
        List<String> terms = Terms.of(analyzer, Fields.BODY, text);
        Set<String> found = new LinkedHashSet<>(terms);
        for (int i = 0; i + 1 < terms.size(); i++) {
            String term = terms.get(i);
            if (!term.isEmpty() && (term.chars().allMatch(Character::isDigit) || CARDINALS.contains(term))) {
                found.add(term + " " + terms.get(i + 1));
            }
        }
        return found;
    }
}
