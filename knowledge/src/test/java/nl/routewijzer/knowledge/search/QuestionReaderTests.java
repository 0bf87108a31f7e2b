package nl.routewijzer.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.routewijzer.knowledge.analysis.Fields;
import nl.routewijzer.knowledge.load.KnowledgeBase;
import nl.routewijzer.knowledge.model.EntryKind;
import nl.routewijzer.knowledge.model.KnowledgeEntry;
import org.junit.jupiter.api.Test;

/** How a question is read: which of its words say what it is about. */
class QuestionReaderTests {

    private static final KnowledgeIndex INDEX = KnowledgeIndex.build(new KnowledgeBase(List.of(new KnowledgeEntry("melden",
            EntryKind.SECTION, Optional.empty(), List.of(), "Routeboek", Optional.empty(), "Melden van verzuim",
            "https://example.org/melden", "Na 16 uren verzuim meldt de eigen school het verzuim. Wat gebeurt er eigenlijk daarna?",
            List.of())), List.of(), List.of()));

    private static String stem(String word) {
        return QueryWord.of(INDEX.analyzer, Fields.BODY, word, Set.of()).getFirst().stem();
    }

    @Test
    void aWordThatIsOnlyPartOfAFillerWordStillCounts() {
        // "gebeuren" holds "uren", "eigenlijk" holds "eigen": filler words, whose parts are no filler.
        QuestionReader.Question question = new QuestionReader(INDEX).read("na hoeveel uren meldt de eigen school het?");
        List<String> stems = question.asked().words().stream().map(w -> w.word().stem()).toList();
        assertThat(stems).contains(stem("uren"), stem("eigen"));
        assertThat(new QuestionReader(INDEX).read("wat gebeurt er eigenlijk bij verzuim").asked().words())
                .extracting(w -> w.word().stem()).containsExactly(stem("verzuim"));
    }
}
