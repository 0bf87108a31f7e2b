package nl.routewijzer.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.routewijzer.knowledge.analysis.DutchAnalysis;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/** What kind of answer a passage gives, as the splitter reads it. */
class PassageSplitterTests {

    private static final Analyzer ANALYZER = DutchAnalysis.create(Set.of());

    @Test
    void aNumberedListsItemNumbersAreNoNumberAsked() {
        List<Passage> steps = PassageSplitter.split("""
                1. De regisseur start een logboek en houdt het per actie bij.
                2. De regisseurs stemmen met elkaar hun rollen af en lichten de leerplichtambtenaar in.""", ANALYZER);
        List<Passage> hours = PassageSplitter.split("""
                1. De regisseur start een logboek. De inzet wordt geraamd op 6 tot 10 uur.
                2. De regisseurs stemmen met elkaar hun rollen af.""", ANALYZER);

        assertThat(steps).singleElement().satisfies(p -> assertThat(p.quantity()).isFalse());
        assertThat(hours).singleElement().satisfies(p -> assertThat(p.quantity()).isTrue());
    }

    /** A number and the word after it stand together in a passage's terms: "4 jaar" is not "vier schoolweken ... schooljaar". */
    @Test
    void aPhraseWithANumberIsFoundOnlyWhereItsWordsStandTogether() {
        Set<String> kleuter = NumberWords.termsWithCounts(ANALYZER, "vier jaar");
        Passage together = PassageSplitter.split("De meeste kinderen gaan al naar school als ze vier jaar zijn.", ANALYZER).getFirst();
        Passage apart = PassageSplitter.split("Na vier schoolweken in een schooljaar volgt een gesprek.", ANALYZER).getFirst();

        assertThat(together.terms()).containsAll(kleuter);
        assertThat(apart.terms()).doesNotContainAnyElementsOf(kleuter.stream().filter(t -> t.contains(" ")).toList());
    }

    /** "bij wie kan ik advies vragen?" wants someone to turn to: a passage that names a role gives that. */
    @Test
    void aPassageThatNamesARoleGivesSomeoneToTurnTo() {
        assertThat(PassageSplitter.split("De trajectbegeleider adviseert bij stagnatie van het ingroeiplan.", ANALYZER))
                .singleElement().satisfies(p -> assertThat(p.person()).isTrue());
        assertThat(PassageSplitter.split("Een ingroeiplan omvat doelen en afspraken.", ANALYZER))
                .singleElement().satisfies(p -> assertThat(p.person()).isFalse());
    }
}
