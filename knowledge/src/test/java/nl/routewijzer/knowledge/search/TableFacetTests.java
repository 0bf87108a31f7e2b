package nl.routewijzer.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TableFacetTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "ons jes loopt vast. bij wie melden we de casus aan voor een regisseur? | REGISTRATION",
            "kan school zelf een gezin aanmelden bij de jeugdbeschermingstafel | REGISTRATION",
            "de gezinscoach wil aanmelden bij de jeugdbeschermingstafel. mag hij zelf bij dat gesprek aanwezig zijn? | AT_THE_TABLE",
            "wie zitten er aan tafel bij de doorbraaktafel | AT_THE_TABLE",
            "wat moeten we gedaan hebben voordat de plaatsingstafel kan worden ingeschakeld? | STEPS_FIRST",
            "dossier plaatsingstafel vo | STEPS_FIRST",
            "ecz zorglogistiek welke dag | FREQUENCY",
            "waarvoor is de expertisetafel vso | GOAL"})
    void theSentenceThatAsksSaysWhichPart(String question, TableFacet facet) {
        assertThat(TableFacet.askedIn(question, false)).contains(facet);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "hoe snel krijg je advies van het mwta na aanmelding",
            "wat is een jes",
            "de leerling is al aangemeld bij een andere school. is hij nu nog leerplichtig?"})
    void otherQuestionsAskForNoPart(String question) {
        assertThat(TableFacet.askedIn(question, false)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void beforeInAQuestionForAMomentAsksWhen() {
        String question = "hoe lang moeten we dat aankijken voordat het jes opschaalt?";
        assertThat(TableFacet.askedIn(question, false)).contains(TableFacet.STEPS_FIRST);
        assertThat(TableFacet.askedIn(question, true)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theLastSentenceWithAWordIsTheOneThatAsks() {
        assertThat(TableFacet.lastSentence("ons jes loopt vast. bij wie melden we aan?")).isEqualTo(" bij wie melden we aan");
        assertThat(TableFacet.lastSentence("bij wie melden we aan? ?!")).isEqualTo("bij wie melden we aan");
        assertThat(TableFacet.lastSentence("dossier plaatsingstafel vo")).isEqualTo("dossier plaatsingstafel vo");
        assertThat(TableFacet.lastSentence("...")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Aanmelding, REGISTRATION", "Wie zitten er aan tafel, AT_THE_TABLE",
            "Stappen die het MDO eerst moet doorlopen, STEPS_FIRST", "Frequentie, FREQUENCY"})
    void aSubHeadingIntroducesAPart(String heading, TableFacet facet) {
        assertThat(TableFacet.headedBy(Optional.of(heading))).contains(facet);
        assertThat(TableFacet.headedBy(Optional.of("Beschrijving"))).isEmpty();
    }
}
