package nl.routewijzer.knowledge.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;

/**
 * BM25 of a disjunction of boosted terms, scored as Lucene scores a {@code BooleanQuery} of {@code SHOULD}
 * {@code BoostQuery(TermQuery)} clauses (the index's own {@link Similarity}, each clause's score summed, ties to
 * the lower document number), from each term's postings read once.
 * <p>
 * Why not the query itself: the index is small and never changes, and a question makes a hundred clauses or
 * more (three fields per word, its synonyms, its 4-grams). Lucene set up a postings reader, impacts and a scorer
 * for every clause of every search: 40 % of a free question's CPU time, for a few thousand additions. Here a
 * search is those additions; the frequencies and length norms each term needs are read from the index once.
 */
final class LexicalScorer {

    /** One clause: a term of a field, with its boost. */
    record Clause(String field, String term, float boost) {
    }

    /** Where a term occurs: the documents in order, with its frequency and the field's length norm in each. */
    private record Postings(TermStatistics statistics, int[] docs, float[] freqs, long[] norms) {
        static final Postings NONE = new Postings(null, new int[0], new float[0], new long[0]);

        int docFreq() {
            return docs.length;
        }
    }

    private final IndexSearcher searcher;
    private final Similarity similarity;
    private final int maxDoc;
    private final ConcurrentHashMap<Key, Postings> postings = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, CollectionStatistics> fields = new ConcurrentHashMap<>();
    /** A clause's scorer: making one computes the term's idf with an explanation, a tenth of the scoring. */
    private final ConcurrentHashMap<Clause, Similarity.SimScorer> scorers = new ConcurrentHashMap<>();

    LexicalScorer(IndexSearcher searcher) {
        this.searcher = searcher;
        this.similarity = searcher.getSimilarity();
        this.maxDoc = searcher.getIndexReader().maxDoc();
    }

    /** How many documents hold the term in the field. */
    int docFreq(String field, String term) throws IOException {
        return postings(field, term).docFreq();
    }

    /** The best {@code n} documents by the summed score of the clauses they match, as Lucene would rank them. */
    ScoreDoc[] top(List<Clause> clauses, int n) throws IOException {
        double[] sums = new double[maxDoc];
        boolean[] matched = new boolean[maxDoc];
        int found = 0;
        for (Clause clause : clauses) {
            Postings term = postings(clause.field(), clause.term());
            if (term.docFreq() == 0) {
                continue;
            }
            Similarity.SimScorer scorer = Remembered.get(scorers, clause, () -> similarity.scorer(clause.boost(),
                    Remembered.get(fields, clause.field(), () -> searcher.collectionStatistics(clause.field())), term.statistics()));
            for (int i = 0; i < term.docs().length; i++) {
                int doc = term.docs()[i];
                sums[doc] += scorer.score(term.freqs()[i], term.norms()[i]);
                if (!matched[doc]) {
                    matched[doc] = true;
                    found++;
                }
            }
        }
        // Score first, then the earlier document of two with the same score (as Lucene's top-n collector keeps
        // it), packed in one long so that a plain sort orders them: a score is never negative, so its bits order
        // as the score does.
        long[] ranked = new long[found];
        int at = 0;
        for (int doc = 0; doc < maxDoc; doc++) {
            if (matched[doc]) {
                ranked[at++] = (long) Float.floatToIntBits((float) sums[doc]) << 32 | (Integer.MAX_VALUE - doc);
            }
        }
        Arrays.sort(ranked);
        ScoreDoc[] top = new ScoreDoc[Math.min(n, found)];
        for (int i = 0; i < top.length; i++) {
            long key = ranked[found - 1 - i];
            top[i] = new ScoreDoc(Integer.MAX_VALUE - (int) key, Float.intBitsToFloat((int) (key >>> 32)));
        }
        return top;
    }

    private Postings postings(String field, String term) throws IOException {
        return Remembered.get(postings, new Key(field, term), () -> read(new Term(field, term)));
    }

    /** A term of a field: strings, whose hashes are cached, rather than Lucene's Term with its bytes. */
    private record Key(String field, String term) {
    }

    /** The term's postings with, per document, what its score needs: as Lucene's term scorer reads them. */
    private Postings read(Term term) throws IOException {
        int docFreq = 0;
        long totalTermFreq = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            TermsEnum terms = seek(leaf, term);
            if (terms != null) {
                docFreq += terms.docFreq();
                totalTermFreq += terms.totalTermFreq();
            }
        }
        if (docFreq == 0) {
            return Postings.NONE;
        }
        int[] docs = new int[docFreq];
        float[] freqs = new float[docFreq];
        long[] norms = new long[docFreq];
        int count = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            TermsEnum terms = seek(leaf, term);
            if (terms == null) {
                continue;
            }
            NumericDocValues fieldNorms = leaf.reader().getNormValues(term.field());
            PostingsEnum postings = terms.postings(null, PostingsEnum.FREQS);
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                docs[count] = leaf.docBase + doc;
                freqs[count] = postings.freq();
                norms[count] = fieldNorms == null ? 1L : fieldNorms.advanceExact(doc) ? fieldNorms.longValue() : 0L;
                count++;
            }
        }
        return new Postings(searcher.termStatistics(term, docFreq, totalTermFreq), docs, freqs, norms);
    }

    /** The leaf's terms of the field positioned on the term, or null when the leaf does not hold it. */
    private static TermsEnum seek(LeafReaderContext leaf, Term term) throws IOException {
        org.apache.lucene.index.Terms terms = leaf.reader().terms(term.field());
        if (terms == null) {
            return null;
        }
        TermsEnum termsEnum = terms.iterator();
        return termsEnum.seekExact(term.bytes()) ? termsEnum : null;
    }
}
