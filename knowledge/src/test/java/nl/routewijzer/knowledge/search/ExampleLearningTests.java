package nl.routewijzer.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import nl.routewijzer.knowledge.load.KnowledgeBase;
import nl.routewijzer.knowledge.model.EntryKind;
import nl.routewijzer.knowledge.model.Example;
import nl.routewijzer.knowledge.model.KnowledgeEntry;
import org.junit.jupiter.api.Test;

/** An entry learns the words people use for it from the examples its text answers, and only from those. */
class ExampleLearningTests {

    private static KnowledgeEntry section(String id, String title, String body) {
        return new KnowledgeEntry(id, EntryKind.SECTION, Optional.empty(), List.of(), "Routeboek", Optional.empty(), title,
                "https://example.org/" + id, body, List.of());
    }

    private static final List<KnowledgeEntry> ENTRIES = List.of(
            section("tijd", "Minder uren", "Een zieke leerling mag in overleg met ouders minder uren naar school."),
            section("thuis", "Les aan huis", "Een zieke leerling krijgt in overleg met ouders les aan huis."),
            section("melden", "Melden", "Meld verzuim bij de leerplichtambtenaar."));

    /** Two questions about a pupil with cancer, both answered by the page about fewer hours. */

    private static final List<Example> TAUGHT = List.of(
            new Example("Een leerling van ons heeft kanker. Wat nu?", List.of("minder uren")),
            new Example("kind met kanker kan niet de hele dag naar school", List.of("mag in overleg met ouders minder")));

    private static KnowledgeSearcher searcher(List<Example> examples) {
        return new KnowledgeSearcher(KnowledgeIndex.build(new KnowledgeBase(ENTRIES, List.of(), List.of()).withExamples(examples)));
    }

    private static Optional<String> first(KnowledgeSearcher searcher, String question) {
        SearchResult result = searcher.search(question, Optional.empty());
        return result.confident() ? Optional.of(result.hits().getFirst().entry().id()) : Optional.empty();
    }

    @Test
    void aWordPeopleUseForAnEntryTipsTheBalanceToIt() {
        // Both pages say "zieke leerling"; neither says "kanker", but people who asked about it wanted fewer hours.
        assertThat(first(searcher(List.of()), "zieke leerling met kanker")).contains("thuis");
        assertThat(first(searcher(TAUGHT), "zieke leerling met kanker")).contains("tijd");
    }

    @Test
    void aLearnedWordCountsForLessThanTheTextsOwn() {
        // "kanker" alone is not enough to answer with: the page never says it.
        assertThat(first(searcher(TAUGHT), "kanker")).isEmpty();
    }

    @Test
    void oneExampleAloneTeachesNothing() {
        assertThat(first(searcher(TAUGHT.subList(0, 1)), "zieke leerling met kanker")).contains("thuis");
    }

    @Test
    void thePassageThatHoldsTheAnswerLearnsTooAndIsTheOneShown() {
        KnowledgeEntry twoParts = section("tafel", "De tafel", """
                ### Aanmelding

                Voor een zieke leerling meldt de school aan bij het loket van de gemeente, met het verslag erbij.

                ### Vergadering

                Voor een zieke leerling komt de tafel elke maand bijeen, op de eerste dinsdag in het stadhuis.""");
        List<Example> taught = List.of(new Example("leerling met kanker, wanneer praten ze erover?", List.of("elke maand bijeen")),
                new Example("kanker: komt de tafel snel bij elkaar?", List.of("op de eerste dinsdag")));
        String question = "zieke leerling met kanker";
        KnowledgeSearcher without = new KnowledgeSearcher(KnowledgeIndex.build(new KnowledgeBase(List.of(twoParts), List.of(), List.of())));
        KnowledgeSearcher with = new KnowledgeSearcher(KnowledgeIndex.build(new KnowledgeBase(List.of(twoParts), List.of(), List.of())
                .withExamples(taught)));
        assertThat(without.search(question, Optional.empty()).hits().getFirst().passage()).contains("loket");
        assertThat(with.search(question, Optional.empty()).hits().getFirst().passage()).contains("elke maand");
    }

    @Test
    void examplesWhoseAnswerNoEntryHoldsOrTooManyHoldAreReported() {
        Example nowhere = new Example("wat is een OPP?", List.of("ontwikkelingsperspectiefplan"));
        Example everywhere = new Example("wat doet de school?", List.of("e"));
        List<KnowledgeEntry> many = IntStream.range(0, ExampleAnswers.MOST_ENTRIES + 1)
                .mapToObj(i -> section("s" + i, "Sectie " + i, "De school doet stap " + i + ".")).toList();
        KnowledgeIndex index = KnowledgeIndex.build(new KnowledgeBase(many, List.of(), List.of())
                .withExamples(List.of(nowhere, everywhere, new Example("stap 3?", List.of("DOET STAP 3")))));
        assertThat(index.unresolvedExamples()).containsExactly(nowhere, everywhere);
    }

    @Test
    void anAnswerIsFoundVerbatimAndCaseAsideAlsoCutOffInsideAWord() {
        ExampleAnswers answers = new ExampleAnswers(ENTRIES);
        assertThat(answers.of(new Example("?", List.of("LES AAN HUIS"))).stream().boxed().toList()).containsExactly(1);
        assertThat(answers.of(new Example("?", List.of("eerplichtambt"))).stream().boxed().toList()).containsExactly(2);
        assertThat(answers.of(new Example("?", List.of("huis les aan"))).isEmpty()).isTrue();
    }
}
