package nl.routewijzer.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import nl.routewijzer.knowledge.load.KnowledgeBase;
import nl.routewijzer.knowledge.model.EntryKind;
import nl.routewijzer.knowledge.model.KnowledgeEntry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TableFacetTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "bij wie melden we de casus aan voor een regisseur? | REGISTRATION",
            "kan school zelf een gezin aanmelden bij de jeugdbeschermingstafel | REGISTRATION",
            "mag hij zelf bij dat gesprek aanwezig zijn? | AT_THE_TABLE",
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
            "is hij nu nog leerplichtig?"})
    void otherQuestionsAskForNoPart(String question) {
        assertThat(TableFacet.askedIn(question, false)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void beforeInAQuestionForAMomentAsksWhen() {
        String question = "hoe lang moeten we dat aankijken voordat het jes opschaalt?";
        assertThat(TableFacet.askedIn(question, false)).contains(TableFacet.STEPS_FIRST);
        assertThat(TableFacet.askedIn(question, true)).isEmpty();
    }

    /** The reader's sentence that asks decides, not the situation told before it, nor a last sentence of filler only. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Ons JES loopt vast. Bij wie melden we de casus aan voor een regisseur? | REGISTRATION",
            "De gezinscoach wil aanmelden bij de jeugdbeschermingstafel. Mag hij zelf bij dat gesprek aanwezig zijn? | AT_THE_TABLE",
            "De leerling is al aangemeld bij een andere school. Is hij nu nog leerplichtig? | ",
            "Het JES wil naar de plaatsingstafel. Wat moet er in het dossier? Kun je dat uitzoeken? | STEPS_FIRST"})
    void theReadersSentenceThatAsksIsTheOneRead(String question, TableFacet facet) {
        KnowledgeEntry entry = new KnowledgeEntry("tafel", EntryKind.SECTION, Optional.empty(), List.of(), "Routeboek",
                Optional.empty(), "De plaatsingstafel", "https://example.org/tafel",
                "### Aanmelding\n\nHet JES meldt de leerling aan. Het dossier gaat mee. Leerplichtig tot 16 jaar.", List.of());
        QuestionReader reader = new QuestionReader(KnowledgeIndex.build(new KnowledgeBase(List.of(entry), List.of(), List.of())));
        assertThat(reader.read(question).facet()).isEqualTo(Optional.ofNullable(facet));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Aanmelding, REGISTRATION", "Wie zitten er aan tafel, AT_THE_TABLE",
            "Stappen die het MDO eerst moet doorlopen, STEPS_FIRST", "Frequentie, FREQUENCY"})
    void aSubHeadingIntroducesAPart(String heading, TableFacet facet) {
        assertThat(TableFacet.headedBy(Optional.of(heading))).contains(facet);
        assertThat(TableFacet.headedBy(Optional.of("Beschrijving"))).isEmpty();
    }
}
