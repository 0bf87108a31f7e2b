package nl.routewijzer.knowledge.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.routewijzer.knowledge.model.EntryKind;
import org.junit.jupiter.api.Test;

class KnowledgeLoaderTests {

    @Test
    void shippedKnowledgeLoadsWithEveryKind() {
        KnowledgeBase base = new KnowledgeLoader().load(KnowledgeFiles.fromResourceFolder());
        assertThat(base.entries()).extracting(e -> e.kind()).contains(EntryKind.SECTION, EntryKind.REFERENCE, EntryKind.TERM);
        assertThat(base.entries()).allSatisfy(e -> assertThat(e.url()).startsWith("https://"));
        assertThat(base.entries().stream().filter(e -> e.kind() == EntryKind.SECTION).map(e -> e.document()).distinct())
                .hasSize(3);
        assertThat(base.entries()).filteredOn(e -> e.title().contains("Doorbraaktafel")).isNotEmpty();
        assertThat(base.terms()).extracting(t -> t.term()).contains("JES", "MDO", "OPDC", "thuiszitter");
        assertThat(base.examples()).hasSizeGreaterThan(1000).allSatisfy(e -> assertThat(e.answer()).isNotEmpty());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThatThrownBy(() -> new KnowledgeLoader().load(List.of(
                new KnowledgeSource("documents/x/01-a.md", "---\nid: a\nswv: X\nroutes: [r]\ndocument: D\nsection: S\nurl: http://x\n---\nTekst"),
                new KnowledgeSource("documents/x/02-b.md", "geen front matter"),
                new KnowledgeSource("references.yaml", "- id: a\n  document: D\n  url: https://x\n"),
                new KnowledgeSource("glossary.yaml", "- term: JES\n  document: D\n  url: https://x\n"),
                new KnowledgeSource("examples.yaml", "- question: wat is een JES?\n- answer: [JES]\n"))))
                .isInstanceOfSatisfying(InvalidKnowledgeException.class, e -> assertThat(e.problems())
                        .extracting(ContentProblem::toString)
                        .anySatisfy(p -> assertThat(p).contains("01-a.md", "not an https address"))
                        .anySatisfy(p -> assertThat(p).contains("02-b.md", "No front matter"))
                        .anySatisfy(p -> assertThat(p).contains("references.yaml", "No topics"))
                        .anySatisfy(p -> assertThat(p).contains("glossary.yaml", "'definition' is missing"))
                        .anySatisfy(p -> assertThat(p).contains("examples.yaml", "example 1", "No answer"))
                        .anySatisfy(p -> assertThat(p).contains("examples.yaml", "example 2", "'question' is missing"))
                        .anySatisfy(p -> assertThat(p).contains("The id is used twice")));
    }
}
