package nl.routewijzer.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.routewijzer.knowledge.analysis.Fields;
import nl.routewijzer.knowledge.analysis.Terms;
import nl.routewijzer.knowledge.load.KnowledgeFiles;
import nl.routewijzer.knowledge.load.KnowledgeLoader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The scorer stands in for Lucene's own boolean query: on the real knowledge base it must rank as that does. */
class LexicalScorerTests {

    private static final KnowledgeIndex INDEX = KnowledgeIndex.build(new KnowledgeLoader().load(KnowledgeFiles.fromResourceFolder()));

    @ParameterizedTest
    @ValueSource(strings = {
            "waar lees ik meer over de doorbraaktafel",
            "wat is een JES",
            "leerling is al 4 weken ziek, moet ik de jeugdarts inschakelen",
            "verzuimregistratie leerplicht melding DUO 16 uur",
            "xyzzy qwerty", // matches nothing
            "school"})
    void ranksAsLucenesBooleanQueryDoes(String question) throws IOException {
        List<LexicalScorer.Clause> clauses = new ArrayList<>();
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : Terms.of(INDEX.analyzer, Fields.BODY, question)) {
            for (var field : List.of(Fields.TITLE, Fields.KEYWORDS, Fields.BODY)) {
                float boost = field.equals(Fields.BODY) ? 1f : 3f;
                clauses.add(new LexicalScorer.Clause(field, term, boost));
                query.add(new BoostQuery(new TermQuery(new Term(field, term)), boost), BooleanClause.Occur.SHOULD);
            }
        }
        for (String gram : Terms.of(INDEX.analyzer, Fields.GRAMS, question)) {
            clauses.add(new LexicalScorer.Clause(Fields.GRAMS, gram, 0.15f));
            query.add(new BoostQuery(new TermQuery(new Term(Fields.GRAMS, gram)), 0.15f), BooleanClause.Occur.SHOULD);
        }

        ScoreDoc[] expected = INDEX.searcher.search(query.build(), 100).scoreDocs;
        ScoreDoc[] actual = INDEX.lexical.top(clauses, 100);

        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i].doc).as("document at rank %d of '%s'", i + 1, question).isEqualTo(expected[i].doc);
            assertThat(actual[i].score).as("score at rank %d", i + 1).isCloseTo(expected[i].score, within(1e-5f));
        }
        if (!question.startsWith("xyzzy")) {
            assertThat(actual).isNotEmpty();
        }
    }
}
