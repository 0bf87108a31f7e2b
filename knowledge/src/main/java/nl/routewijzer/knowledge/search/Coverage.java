package nl.routewijzer.knowledge.search;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * How much of one question each entry covers, weighed the way {@link KnowledgeSearcher} weighs a passage's
 * coverage (the two must agree; a test holds them to it), but with the question's words looked up once in
 * {@link TermPostings} and then tested per candidate. Made for one search; not shared between threads.
 */
final class Coverage {

    /** One word of the question: the entries that hold it, its longer forms, its parts or its 4-grams. */
    private record Word(double weight, boolean number, BitSet stem, BitSet extended, List<BitSet> parts, double[] partRarity,
                        List<BitSet> grams, BitSet learned) {
    }

    /** One concept: the entries that hold all terms of one of its phrases. */
    private record Meaning(double weight, boolean questionWord, BitSet found) {
    }

    /**
     * What a word counts for in an entry or passage that only learned it from examples (see {@link LearnedWords}):
     * people use it for the text, the text does not say it. On the sets not learned from, with entries learning only:
     * 0.5 +12 -1 first answers, 0.7 +14 -1 (but -20 on the sets learned from), 0.3 +3 -1; with passages learning
     * too, 0.7 against 0.5: +6 -3.
     */
    private static final double LEARNED = 0.5;

    private final TermPostings postings;
    private final List<Word> words = new ArrayList<>();
    private final List<Meaning> meanings = new ArrayList<>();

    /**
     * @param grams      a word's 4-grams
     * @param partRarity the rarity of a compound's part
     */
    Coverage(Asked asked, TermPostings postings, Function<String, List<String>> grams, ToDoubleFunction<String> partRarity) {
        this.postings = postings;
        for (Asked.Weighted weighted : asked.words()) {
            QueryWord word = weighted.word();
            BitSet extended = new BitSet();
            weighted.extended().forEach(e -> extended.or(postings.term(e)));
            List<BitSet> parts = word.parts().stream().map(postings::term).toList();
            double[] rarity = word.parts().stream().mapToDouble(partRarity).toArray();
            // Passages have no 4-grams: then there is nothing to look up.
            List<BitSet> wordGrams = word.parts().isEmpty() && postings.anyGrams()
                    ? grams.apply(word.stem()).stream().map(postings::gram).toList() : List.of();
            words.add(new Word(weighted.weight(), weighted.number(), postings.term(word.stem()), extended, parts, rarity, wordGrams,
                    postings.term(weighted.learnedTerm())));
        }
        for (Asked.Concept concept : asked.concepts()) {
            meanings.add(new Meaning(concept.weight(), concept.questionWord(), postings.anyOf(concept.alternatives())));
        }
    }

    /** The share of the question found in the text with this number in the list. */
    double of(int ordinal) {
        double total = 0;
        double found = 0;
        for (Word word : words) {
            double credit;
            if (word.stem().get(ordinal)) {
                credit = 1.0;
            } else if (word.extended().get(ordinal)) {
                credit = 0.9;
            } else if (!word.parts().isEmpty()) {
                double present = 0;
                double all = 0;
                for (int i = 0; i < word.parts().size(); i++) {
                    all += word.partRarity()[i];
                    present += word.parts().get(i).get(ordinal) ? word.partRarity()[i] : 0;
                }
                credit = 0.8 * present / all;
            } else {
                credit = postings.hasGrams(ordinal) ? 0.6 * gramShare(word.grams(), ordinal) : 0;
            }
            if (credit < LEARNED && word.learned().get(ordinal)) {
                credit = LEARNED;
            }
            if (credit == 0 && word.number()) {
                continue; // "de zoon van 13": a number the text does not hold tells the situation; one it holds tells more
            }
            total += word.weight();
            found += word.weight() * credit;
        }
        for (Meaning meaning : meanings) {
            boolean has = meaning.found().get(ordinal);
            if (!has && meaning.questionWord()) {
                continue; // "hoe vaak ziekgemeld": "5 of meer ziekmeldingen" answers without saying "keer"
            }
            total += meaning.weight();
            found += has ? meaning.weight() : 0;
        }
        return total == 0 ? 0 : Math.min(1.0, found / total);
    }

    private static double gramShare(List<BitSet> grams, int ordinal) {
        if (grams.isEmpty()) {
            return 0;
        }
        int hits = 0;
        for (BitSet gram : grams) {
            hits += gram.get(ordinal) ? 1 : 0;
        }
        double share = (double) hits / grams.size();
        return share >= 0.5 ? share : 0;
    }
}
