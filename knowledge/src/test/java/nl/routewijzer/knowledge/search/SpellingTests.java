package nl.routewijzer.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpellingTests {

    private static final Spelling SPELLING = new Spelling(List.of(
            "de onderwijsconsulent wordt ingeschakeld door de leerplichtambtenaar",
            "ongeoorloofd verzuim registreren en inrichten van de begeleiding",
            "de stappen van het plan",
            "wij vernemen graag wie het werk oppakt"),
            Set.of("doktersverklaring"), word -> word.equals("overwegen") || word.equals("nemen"));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            wanneer wordt een onderwijsconsulant ingeschakkeld, | wanneer wordt een onderwijsconsulent ingeschakeld,
            wat doet de leerplichambtenaar                      | wat doet de leerplichtambtenaar
            is dit ongeoorlooft verzuim                         | is dit ongeoorloofd verzuim
            hoe registeren we dat                               | hoe registreren we dat
            """, delimiter = '|')
    void aTypoInALongWordIsPutRight(String typed, String meant) {
        assertThat(SPELLING.corrected(typed)).isEqualTo(meant);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            we snappen het niet
            wie moeten we inlichten
            is een doktersverklaring nodig
            welke acties kunnen we overwegen
            kan de regisseur de casus overnemen
            """)
    void aWordThatIsRightOrShortStaysAsItIs(String typed) {
        // "snappen" is short; "inlichten" is a word of its own, not "inrichten"; "overnemen" is "over" and "nemen",
        // not "vernemen"; the others are known.
        assertThat(SPELLING.corrected(typed)).isEqualTo(typed);
    }
}
