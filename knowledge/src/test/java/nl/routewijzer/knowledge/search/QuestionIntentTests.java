package nl.routewijzer.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What kind of answer a question asks for, read from its wording (the question folded: lower case, no accents). */
class QuestionIntentTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            waar lees ik meer over de doorbraaktafel?                                     | WHERE_TO_READ
            waar kan ik meer lezen over zieke leerlingen?                                 | WHERE_TO_READ
            waar kan ik dat opzoeken?                                                     | WHERE_TO_READ
            waar kan ik als ib'er advies vragen over haar onderwijsbehoeften?             | WHERE_TO_READ
            in het jes komen we er niet uit. waar kunnen we mee naartoe?                  | WHERE_TO_READ
            is er een schema voor ziekteverzuim waar ik kan kijken?                       | WHERE_TO_READ
            hij staat nergens ingeschreven. waar kunnen de ouders hem aanmelden?          | FACT
            waar kan een leerling met een vrijstelling onderwijs krijgen?                 | FACT
            wanneer schaalt het jes op?                                                   | FACT
            wat is een jes?                                                               | DEFINITION
            bren betekenis                                                                | DEFINITION
            langdurig verzuim definitie po                                                | DEFINITION
            thuiszitter definitie swv 30 06                                               | DEFINITION
            langdurig verzuim definitie en melden                                         | FACT
            """)
    void theWordingSaysWhatIsAsked(String question, QuestionIntent expected) {
        assertThat(QuestionIntent.of(question)).isEqualTo(expected);
    }
}
