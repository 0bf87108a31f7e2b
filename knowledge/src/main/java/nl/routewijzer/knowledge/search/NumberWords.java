package nl.routewijzer.knowledge.search;

import java.util.List;

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
}
