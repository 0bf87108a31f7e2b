package nl.routewijzer.knowledge.search;

import java.util.List;
import java.util.Set;

/** What a question asks, weighed once per search: its words that no synonym group took, and its concepts. */
record Asked(List<Asked.Weighted> words, List<Asked.Concept> concepts) {

    int meanings() {
        return words.size() + concepts.size();
    }

    /**
     * A word of the question with its weight in coverage, and the longer words of the texts it begins when it
     * is not in them itself: "afweging" is found in "afwegingskader" (a Dutch compound puts its modifier first).
     * A number ("13", "zes") that a text does not hold tells the situation, not what to look up. The term a text
     * that learned the word from examples holds ({@link LearnedWords}) is made once per question, not once per text.
     */
    record Weighted(QueryWord word, double weight, List<String> extended, boolean number, String learnedTerm) {

        Weighted(QueryWord word, double weight, List<String> extended) {
            this(word, weight, extended, word.stem().chars().allMatch(Character::isDigit));
        }

        Weighted(QueryWord word, double weight, List<String> extended, boolean number) {
            this(word, weight, extended, number, LearnedWords.PREFIX + word.stem());
        }

        Weighted weighing(double newWeight) {
            return new Weighted(word, newWeight, extended, number, learnedTerm);
        }
    }

    /**
     * One meaning a question mentions through a synonym group ("hoe vaak" = frequentie = vergadert): found
     * when the entry holds every term of any of the group's phrases.
     */
    record Concept(List<Set<String>> alternatives, double weight, boolean negation, boolean questionWord) {
    }
}
