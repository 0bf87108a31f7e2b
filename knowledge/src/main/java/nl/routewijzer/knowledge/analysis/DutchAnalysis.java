package nl.routewijzer.knowledge.analysis;

import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * The one analysis of the knowledge base, used both to index and to search. Text fields: lower case,
 * diacritics folded ("géén" = "geen"), Dutch stop words removed, regular verb forms made infinitives
 * ("gestopt" = "stopt" = "stoppen", see {@link VerbFormFilter}), compounds split into the corpus's own
 * words ("verzuimregistratie" also yields "verzuim" and "registratie"), Snowball Dutch stemming. The
 * {@link Fields#GRAMS} field holds 4-grams of each word, so that words sharing a stem-resistant part still
 * meet ("registreren" and "registratie").
 */
public final class DutchAnalysis {

    static final int MIN_COMPOUND_LENGTH = 7;
    static final int MIN_PART_LENGTH = 4;
    static final int MIN_STEM_PART_LENGTH = 5;
    static final int MAX_PART_LENGTH = 20;
    static final int GRAM_SIZE = 4;

    private DutchAnalysis() {
    }

    private static final java.util.regex.Pattern TE_LAAT = java.util.regex.Pattern.compile(
            "(?iu)(?<![\\p{L}])te\\s+laat(?![\\p{L}])");

    /**
     * @param vocabulary the words of the corpus (folded, lower case, at least {@value #MIN_PART_LENGTH}
     *                   letters): the parts a compound may be split into
     */
    public static Analyzer create(Set<String> vocabulary) {
        CharArraySet words = new CharArraySet(vocabulary, false);
        // A compound's part may be inflected otherwise than anywhere in the corpus: "hoogbegaafde" holds
        // "begaafd", which the corpus only has as "begaafdheid". The stems of its words are parts too.
        CharArraySet parts = new CharArraySet(vocabulary, false);
        DutchStemmer stemmer = new DutchStemmer();
        for (String word : vocabulary) {
            stemmer.setCurrent(word);
            stemmer.stem();
            if (stemmer.getCurrent().length() >= MIN_STEM_PART_LENGTH) {
                parts.add(stemmer.getCurrent());
            }
        }
        VerbForms forms = new VerbForms(words);
        return new PerFieldAnalyzerWrapper(words(forms, parts), Map.of(Fields.GRAMS, grams()));
    }

    /**
     * The negations. They are no stop words here: "geen schoolinschrijving" and "vrijstelling niet afgegeven"
     * are the opposite of the same words without them.
     */
    public static final Set<String> NEGATIONS = Set.of("geen", "niet", "niets", "zonder", "nooit");

    /** The stop words, folded like the text they are removed from. */
    public static CharArraySet stopWords() {
        CharArraySet folded = new CharArraySet(DutchAnalyzer.getDefaultStopSet().size(), false);
        for (Object word : DutchAnalyzer.getDefaultStopSet()) {
            String w = fold(new String((char[]) word));
            if (!NEGATIONS.contains(w)) {
                folded.add(w);
            }
        }
        return folded;
    }

    private static Analyzer words(VerbForms forms, CharArraySet parts) {
        SeparableVerbs separable = new SeparableVerbs(forms);
        return analyzer(separable, stream -> {
            TokenStream split = new MisleadingPartFilter(new DictionaryCompoundWordTokenFilter(new VerbFormFilter(stream, forms),
                    parts, MIN_COMPOUND_LENGTH, MIN_PART_LENGTH, MAX_PART_LENGTH, false));
            // A word of the vocabulary is also "found" inside itself; keep one token per stem and position.
            return new RemoveDuplicatesTokenFilter(new SnowballFilter(split, new DutchStemmer()));
        });
    }

    private static Analyzer grams() {
        return analyzer(null, stream -> new NGramTokenFilter(stream, GRAM_SIZE, GRAM_SIZE, false));
    }

    /**
     * Words in lower case, folded, without stop words; then what each field does with them. With separable
     * verbs, the verbs a clause splits are added joined at the end of the text first.
     */
    private static Analyzer analyzer(SeparableVerbs separable, java.util.function.UnaryOperator<TokenStream> then) {
        CharArraySet stop = stopWords();
        return new Analyzer() {
            @Override
            protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
                if (separable == null) {
                    return reader;
                }
                // The texts are short (a section, a question): read whole, the clauses are easy to see. Through a
                // small buffer: Reader.transferTo allocates 8 192 chars per call, a twentieth of reading a question.
                StringBuilder text = new StringBuilder();
                char[] buffer = new char[256];
                try {
                    for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                        text.append(buffer, 0, n);
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e); // a StringReader, in practice
                }
                // "te laat" (late) is one word here: without its stop word "te", "laat" would be any "laten" (let).
                String read = text.toString();
                String whole = read.toLowerCase(java.util.Locale.ROOT).contains("laat")
                        ? TE_LAAT.matcher(read).replaceAll("telaat") : read;
                Set<String> joined = separable.joined(whole);
                return new java.io.StringReader(joined.isEmpty() ? whole : whole + "\n" + String.join(" ", joined));
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream words = new StopFilter(new ASCIIFoldingFilter(new LowerCaseFilter(source)), stop);
                return new TokenStreamComponents(source, then.apply(words));
            }
        };
    }

    /** Whether a word is a particle of a separable verb ("vast" of "loopt ... vast", "aan" of "schuift ... aan"). */
    public static boolean isSeparableParticle(String word) {
        return VerbForms.SEPARABLE_PARTICLES.contains(word);
    }

    /** The separable infinitives a (folded) text splits with "te" ("bij te houden"), joined: words of the corpus too. */
    public static Set<String> joinedInfinitives(String foldedText) {
        return SeparableVerbs.splitByTe(foldedText);
    }

    /** Lower case without diacritics, as the analyzer sees a word before stemming. */
    public static String fold(String text) {
        if (isAscii(text)) {
            return text.toLowerCase(java.util.Locale.ROOT); // nothing to decompose: most questions
        }
        String decomposed = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }
}
