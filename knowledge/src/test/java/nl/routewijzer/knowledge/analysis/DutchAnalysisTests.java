package nl.routewijzer.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DutchAnalysisTests {

    private static final Analyzer ANALYZER = DutchAnalysis.create(Set.of("verzuim", "registratie", "thuis", "zitter",
            "school", "inschrijving", "stopt"));

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            verzuimregistratie             | verzuimregistratie verzuim registratie
            Leerlingen                     | leerling
            géén schoolinschrijving        | gen schoolinschrijv schol inschrijv
            de thuiszitters van het jaar   | thuiszitter thuis zitter jar
            Het verzuim is gestopt         | verzuim gestopt stopt
            registreren van verzuim        | registrer verzuim
            (JES AND MDO) OR "jeugdhulp*"  | jes and mdo or jeugdhulp
            Te laat komen, laat zien       | telat kom lat zien
            """)
    void textIsFoldedStoppedSplitAndStemmed(String input, String expected) {
        assertThat(String.join(" ", Terms.of(ANALYZER, Fields.BODY, input))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            registreren | regi egis gist istr stre trer rere eren
            JES         |
            """)
    void gramsFieldHoldsFourGramsOfEachWord(String input, String expected) {
        assertThat(String.join(" ", Terms.of(ANALYZER, Fields.GRAMS, input))).isEqualTo(expected == null ? "" : expected);
    }

    private static final Analyzer WITH_VERBS = DutchAnalysis.create(Set.of("stoppen", "melden", "aanmelden", "registreren",
            "schalen", "geven", "bieden", "inzetten", "kind", "maand", "staan"));

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            gestopt stopt stoppen          | stopp stopp stopp
            de aangemelde leerling         | aanmeld leerling
            gemeld meldt melden            | meld meld meld
            aangemeld aanmelden            | aanmeld aanmeld
            geregistreerd registreren      | registrer registrer
            het JES schaalt op             | jes schal
            gegeven ingezet staat          | gegev gev inzet stan
            kind maand gebied               | kind maand gebied
            """)
    void regularVerbFormsMeetTheirInfinitive(String input, String expected) {
        assertThat(String.join(" ", Terms.of(WITH_VERBS, Fields.BODY, input))).isEqualTo(expected);
    }

    private static final Analyzer WITH_SEPARABLE = DutchAnalysis.create(Set.of("schakelen", "inschakelen", "komen",
            "uitkomen", "schalen", "opschalen", "nemen", "school", "scholen", "houden", "bijhouden", "vragen", "opvragen"));

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            wanneer schakel je een consulent in?         | wanner schakel consulent inschakel schakel
            komt het overleg er niet uit, dan schalen we | komt overleg niet schal we uitkom kom
            wanneer schalen we op                        | wanner schal we opschal schal
            de school neemt de casus niet over           | schol nem casus niet
            ingeschakeld                                 | inschakel schakel
            verzuim bij te houden                        | verzuim houd bijhoud houd
            ze komen er niet uit over het geld           | kom niet geld uitkom kom
            vragen over zorg op school                   | vrag zorg schol
            """)
    void aVerbTheClauseSplitsIsJoinedWhenTheCorpusKnowsItJoined(String input, String expected) {
        assertThat(String.join(" ", Terms.of(WITH_SEPARABLE, Fields.BODY, input))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ongeoorloofd verzuim      | ongeoorloofd verzuim
            geoorloofd schoolverzuim  | geoorloofd schoolverzuim schol verzuim
            """)
    void aWordNegatedByOnIsNotItsOpposite(String input, String expected) {
        Analyzer analyzer = DutchAnalysis.create(Set.of("geoorloofd", "verzuim", "school"));
        assertThat(String.join(" ", Terms.of(analyzer, Fields.BODY, input))).isEqualTo(expected);
    }

    @Test
    void reportingSickOrAbsentOrRegisteringIsNoReporting() {
        Analyzer analyzer = DutchAnalysis.create(Set.of("ziek", "melden", "aanmelden", "afmelden", "gemeld", "melding",
                "verzuim", "formulier"));
        assertThat(Terms.of(analyzer, Fields.BODY, "is ziekgemeld, vijf ziekmeldingen"))
                .contains(Terms.of(analyzer, Fields.BODY, "ziek").getFirst())
                .doesNotContainAnyElementsOf(Terms.of(analyzer, Fields.BODY, "gemeld melding melden"));
        assertThat(Terms.of(analyzer, Fields.BODY, "afgemeld, aangemeld, het aanmeldformulier"))
                .contains(Terms.of(analyzer, Fields.BODY, "formulier").getFirst())
                .doesNotContainAnyElementsOf(Terms.of(analyzer, Fields.BODY, "gemeld melding melden"));
        assertThat(Terms.of(analyzer, Fields.BODY, "verzuimmelding"))
                .containsAll(Terms.of(analyzer, Fields.BODY, "verzuim melding"));
    }
}
