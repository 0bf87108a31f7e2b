package nl.routewijzer.knowledge.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.routewijzer.knowledge.analysis.DutchAnalysis;
import nl.routewijzer.knowledge.model.Term;

/**
 * Adds to a question the other words of every synonym group it mentions: the glossary's terms, expansions
 * and aliases (JES = multidisciplinair overleg Jeugdhulp en School) and the general groups of synonyms.yaml
 * ("hoe vaak" = frequentie). Applied at search time only, on whole words.
 */
final class SynonymExpander {

    private record Group(List<String> phrases, List<Pattern> patterns) {
    }

    private final List<Group> groups = new ArrayList<>();

    SynonymExpander(List<Term> terms, List<List<String>> synonymGroups) {
        for (Term term : terms) {
            List<String> phrases = new ArrayList<>();
            phrases.add(term.term());
            term.expansion().ifPresent(phrases::add);
            phrases.addAll(term.aliases());
            add(phrases);
        }
        synonymGroups.forEach(this::add);
    }

    private void add(List<String> phrases) {
        List<String> folded = phrases.stream().map(DutchAnalysis::fold).map(String::strip).filter(p -> !p.isEmpty())
                .distinct().toList();
        if (folded.size() >= 2) {
            groups.add(new Group(folded, folded.stream()
                    .map(p -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(p) + "(?![\\p{L}\\p{N}])")).toList()));
        }
    }

    /** A synonym group a question mentions: the phrases it used, and all phrases of the group. */
    record Match(List<String> mentioned, List<String> all) {
    }

    /** Every group the (folded) question mentions. */
    List<Match> matches(String foldedQuestion) {
        List<Match> matches = new ArrayList<>();
        for (Group group : groups) {
            List<String> mentioned = new ArrayList<>();
            for (int i = 0; i < group.phrases().size(); i++) {
                if (mentions(group, i, foldedQuestion)) {
                    mentioned.add(group.phrases().get(i));
                }
            }
            if (!mentioned.isEmpty()) {
                matches.add(new Match(mentioned, group.phrases()));
            }
        }
        return merged(matches);
    }

    /**
     * One concept per thing the question says. Groups that the same words bring in ("OT" is a term of two
     * samenwerkingsverbanden) become one match with all their phrases; a group brought in only by words that
     * are part of a longer phrase another group knows ("OT" in "OT breed") gives way to that group. Otherwise
     * one word would count as two or three meanings.
     */
    private static List<Match> merged(List<Match> matches) {
        List<Match> kept = new ArrayList<>();
        for (Match match : matches) {
            boolean inside = match.mentioned().stream().allMatch(phrase -> matches.stream()
                    .anyMatch(other -> other != match && other.mentioned().stream().anyMatch(longer -> containsWords(longer, phrase))));
            if (!inside) {
                kept.add(match);
            }
        }
        List<Match> result = new ArrayList<>();
        for (Match match : kept) {
            int same = -1;
            for (int i = 0; i < result.size(); i++) {
                if (result.get(i).mentioned().equals(match.mentioned())) {
                    same = i;
                }
            }
            if (same < 0) {
                result.add(match);
            } else {
                List<String> all = new ArrayList<>(result.get(same).all());
                match.all().stream().filter(p -> !all.contains(p)).forEach(all::add);
                result.set(same, new Match(match.mentioned(), List.copyOf(all)));
            }
        }
        return result;
    }

    /** Whether the longer phrase holds the shorter one as whole words ("ot breed" holds "ot"). */
    private static boolean containsWords(String longer, String shorter) {
        return longer.length() > shorter.length() && (" " + longer + " ").contains(" " + shorter + " ");
    }

    /**
     * Whether the question holds the group's i-th phrase as whole words. The plain substring test first: it
     * rules out nearly every phrase of nearly every group at a fraction of the cost of the word-boundary regex
     * (which only matches where the substring is), the largest cost of a search.
     */
    private static boolean mentions(Group group, int i, String foldedQuestion) {
        return foldedQuestion.contains(group.phrases().get(i)) && group.patterns().get(i).matcher(foldedQuestion).find();
    }

    /** The question with the mentioned phrases of the given matches blanked out. */
    static String without(String foldedQuestion, List<Match> matches) {
        String rest = foldedQuestion;
        // Longest first: "ot breed" goes as a whole before "ot" could leave "breed" behind.
        List<String> phrases = matches.stream().flatMap(m -> m.mentioned().stream()).distinct()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
        for (String phrase : phrases) {
            rest = rest.replaceAll("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])", " ");
        }
        return rest;
    }
}
