package nl.routewijzer.knowledge.search;

import java.util.Optional;
import java.util.regex.Pattern;
import nl.routewijzer.knowledge.analysis.DutchAnalysis;

/**
 * The parts every tafel voor opschaling is described by (Doel, Frequentie, Aanmelding, Wie zitten er aan tafel,
 * Stappen die het JES eerst moet doorlopen), and how a question asks for one. "Bij wie melden we aan voor een
 * regisseur?" wants the tafel's Aanmelding, even where its Stappen name more of the question's words ("het JES
 * loopt vast, jeugdhulp"): those words say why the user asks, the asking sentence says what for.
 */
enum TableFacet {

    /** "Mag hij zelf mee aan tafel?", "wie zijn er aanwezig?": asked before Aanmelding, as "aanwezig" is more telling. */
    AT_THE_TABLE("wie zitten er aan tafel", "(wie|welke partijen|welke mensen) (zitten|zit|schuiven|schuift|zijn er|is er)"
            + "|aanwezig|deelnemers|deelnemen|mee aan tafel|samenstelling"
            + "|mag (hij|zij|ze|de leerling|de jongere|het kind|de ouders?) (zelf )?(mee|bij|erbij|aanwezig)"),
    /** "bij wie melden we de casus aan", "kan school zelf aanmelden"; not "hoe snel na aanmelding". */
    REGISTRATION("aanmelding", "(?<!na )(?<!na de )(aanmeld\\p{L}*|aangemeld|meld\\p{L}*( [\\p{L}']+){0,5}? aan)"),
    /** "wat moeten we gedaan hebben voordat ...", "wat moet er in het dossier". */
    STEPS_FIRST("stappen die het", "eerst|voordat|voorwaarden?|gedaan hebben|dossier"),
    FREQUENCY("frequentie", "hoe vaak|welke dag|frequentie|vergadert"),
    GOAL("doel", "waarvoor|doel|bedoeld");

    private final String heading;
    private final Pattern asked;

    TableFacet(String heading, String asked) {
        this.heading = heading;
        this.asked = Pattern.compile("(?<![\\p{L}])(" + asked + ")(?![\\p{L}])");
    }

    /**
     * The part the sentence that asks (see {@link QuestionReader}) asks for, if any.
     *
     * @param asking     the sentence that asks, folded
     * @param asksMoment whether the question asks for a moment ("hoe lang moeten we wachten voordat het JES
     *                   opschaalt?"): then "voordat" asks when, not for the steps before
     */
    static Optional<TableFacet> askedIn(String asking, boolean asksMoment) {
        for (TableFacet facet : values()) {
            if (facet == STEPS_FIRST && asksMoment) {
                continue;
            }
            if (facet.asked.matcher(asking).find()) {
                return Optional.of(facet);
            }
        }
        return Optional.empty();
    }

    /** The part a sub-heading ("### Aanmelding") introduces, if any. */
    static Optional<TableFacet> headedBy(Optional<String> heading) {
        if (heading.isEmpty()) {
            return Optional.empty();
        }
        String folded = DutchAnalysis.fold(heading.get());
        for (TableFacet facet : values()) {
            if (folded.startsWith(facet.heading)) {
                return Optional.of(facet);
            }
        }
        return Optional.empty();
    }
}
