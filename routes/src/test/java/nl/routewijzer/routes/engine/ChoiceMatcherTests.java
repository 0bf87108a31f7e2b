package nl.routewijzer.routes.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import nl.routewijzer.routes.model.Choice;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChoiceMatcherTests {

    private static final List<Choice> VERZUIM = List.of(
            new Choice("Er zijn zorgen over het ziekteverzuim van een leerling.", "a"),
            new Choice("Er zijn zorgen over beperkte aanwezigheid in de klas, het te laat komen van de leerling, etc.", "b"),
            new Choice("De leerling zit al langere tijd thuis of dreigt thuis te komen te zitten in de nabije toekomst.", "c"));
    private static final List<Choice> JA_NEE = List.of(new Choice("Nee", "n"), new Choice("Ja", "j"));

    private final ChoiceMatcher matcher = new ChoiceMatcher();

    @ParameterizedTest(name = "''{0}'' picks choice {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2                                   | 2
            optie 3                             | 3
            ziekte                              | 1
            ziekteverzuim                       | 1
            te laat                             | 2
            thuis                               | 3
            '  ER ZIJN ZORGEN OVER HET ZIEKTEVERZUIM VAN EEN LEERLING. ' | 1
            """)
    void typedTextPicksTheChoiceItFits(String typed, int expected) {
        assertThat(matcher.match(typed, VERZUIM)).hasValue(expected - 1);
    }

    @ParameterizedTest(name = "''{0}'' picks nothing")
    @CsvSource(delimiter = '|', textBlock = """
            4
            zorgen
            leerling
            waar lees ik meer over ziekteverzuim
            wat is thuis?
            hoe registreer ik ziekteverzuim
            ziekteverzuim registreren bij DUO en leerplicht melden
            """)
    void questionsAndAmbiguousWordsPickNothing(String typed) {
        assertThat(matcher.match(typed, VERZUIM)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"ja,2", "Ja,2", "JAWEL,2", "nee,1", "n,1", "1,1"})
    void jaAndNeePickTheirChoice(String typed, int expected) {
        assertThat(matcher.match(typed, JA_NEE)).hasValue(expected - 1);
    }

    @ParameterizedTest
    @CsvSource({"volgende", "Verder", "ok", "ga door"})
    void nextWordsPickTheOnlyWayOn(String typed) {
        assertThat(matcher.match(typed, List.of(new Choice("Volgende", "x")))).hasValue(0);
        assertThat(matcher.match(typed, JA_NEE)).isEqualTo(OptionalInt.empty());
    }

    @ParameterizedTest
    @CsvSource({"2,2", "2.,2", "optie 12,12", "keuze 1,1"})
    void numbersAreRecognised(String typed, int number) {
        assertThat(matcher.number(typed)).hasValue(number);
    }
}
