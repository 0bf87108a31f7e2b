package nl.routewijzer.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The coverage measure on hand-made texts: which credit each kind of match earns. */
class CoverageTests {

    private static Asked.Weighted word(String stem, double weight, String... parts) {
        return new Asked.Weighted(new QueryWord(stem, List.of(parts)), weight, List.of());
    }

    private static Coverage coverage(Asked asked, TermPostings texts) {
        Map<String, List<String>> grams = Map.of("registreer", List.of("regi", "egis", "gist", "istr"));
        return new Coverage(asked, texts, w -> grams.getOrDefault(w, List.of()), part -> part.equals("begaafd") ? 3.0 : 1.0);
    }

    @Test
    void aWordFoundCountsWholeAndOneMissingCountsNothing() {
        TermPostings texts = new TermPostings(List.of(Set.of("doorbraaktafel", "aanmeld"), Set.of("aanmeld")));
        Coverage coverage = coverage(new Asked(List.of(word("doorbraaktafel", 2.0), word("aanmeld", 1.0)), List.of()), texts);

        assertThat(coverage.of(0)).isEqualTo(1.0);
        assertThat(coverage.of(1)).isCloseTo(1.0 / 3, within(1e-9));
    }

    @Test
    void aCompoundsPartsCountByTheirRarity() {
        TermPostings texts = new TermPostings(List.of(Set.of("begaafd"), Set.of("hoog")));
        Coverage coverage = coverage(new Asked(List.of(word("hoogbegaafd", 1.0, "hoog", "begaafd")), List.of()), texts);

        assertThat(coverage.of(0)).isCloseTo(0.8 * 3 / 4, within(1e-9));
        assertThat(coverage.of(1)).isCloseTo(0.8 * 1 / 4, within(1e-9));
    }

    @Test
    void aLongerWordOfTheTextCountsAlmostWhole() {
        TermPostings texts = new TermPostings(List.of(Set.of("afwegingskader")));
        Asked asked = new Asked(List.of(new Asked.Weighted(new QueryWord("afweging", List.of()), 1.0, List.of("afwegingskader"))),
                List.of());

        assertThat(coverage(asked, texts).of(0)).isEqualTo(0.9);
    }

    @Test
    void fourGramsCountOnlyWhereTheTextHasThemAndMostOfThemMatch() {
        List<Set<String>> terms = List.of(Set.of("registratie"), Set.of("registratie"), Set.of("andere"));
        TermPostings withGrams = new TermPostings(terms, List.of(Set.of("regi", "egis", "gist"), Set.of(), Set.of("regi")));
        Coverage coverage = coverage(new Asked(List.of(word("registreer", 1.0)), List.of()), withGrams);

        assertThat(coverage.of(0)).isCloseTo(0.6 * 3 / 4, within(1e-9));
        assertThat(coverage.of(1)).as("a text without 4-grams").isZero();
        assertThat(coverage.of(2)).as("one 4-gram of four").isZero();
    }

    @Test
    void aNumberOrQuestionWordTheTextLacksIsLeftOutRatherThanCountedAgainst() {
        TermPostings texts = new TermPostings(List.of(Set.of("ziekmeld")));
        Asked.Concept howOften = new Asked.Concept(List.of(Set.of("keer"), Set.of("frequentie")), 1.0, false, true);
        Asked asked = new Asked(List.of(word("ziekmeld", 1.0), word("13", 1.0)), List.of(howOften));

        assertThat(coverage(asked, texts).of(0)).isEqualTo(1.0);
    }

    @Test
    void aConceptIsFoundWhenAllTermsOfOneOfItsPhrasesAre() {
        TermPostings texts = new TermPostings(List.of(Set.of("multidisciplinair", "overleg"), Set.of("overleg")));
        Asked.Concept jes = new Asked.Concept(List.of(Set.of("jes"), Set.of("multidisciplinair", "overleg")), 2.0, false, false);
        Coverage coverage = coverage(new Asked(List.of(), List.of(jes)), texts);

        assertThat(coverage.of(0)).isEqualTo(1.0);
        assertThat(coverage.of(1)).isZero();
    }
}
