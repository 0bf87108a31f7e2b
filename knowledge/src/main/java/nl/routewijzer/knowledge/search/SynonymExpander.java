package nl.routewijzer.knowledge.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
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

    /** A phrase of a group: the group's number and the phrase's number in it. */
    private record Phrase(int group, int index) {
    }

    private static final int MIN_SPLIT_VERB = 4;
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final List<Group> groups = new ArrayList<>();
    /** Each phrase's whole-word pattern, compiled once: {@link #without} blanks out the phrases a question used. */
    private final Map<String, Pattern> patterns = new HashMap<>();
    /**
     * The phrases by their first word. A phrase is found as whole words, so its first word is a word of the
     * question: only the phrases of the question's words need testing, not the thousand of the glossary.
     */
    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();

    /** A verb-and-particle phrase ("loopt vast") and how to find it split in a question ("loopt al weken vast"). */
    private record SplitPhrase(String verb, String particle, Pattern split) {
    }

    /** See {@link #closeGaps}. */
    private final List<SplitPhrase> splitPhrases = new ArrayList<>();

    SynonymExpander(List<Term> terms, List<List<String>> synonymGroups) {
        for (Term term : terms) {
            List<String> phrases = new ArrayList<>();
            phrases.add(term.term());
            term.expansion().ifPresent(phrases::add);
            phrases.addAll(term.aliases());
            add(phrases);
        }
        synonymGroups.forEach(this::add);
        for (int g = 0; g < groups.size(); g++) {
            List<String> phrases = groups.get(g).phrases();
            for (String phrase : phrases) {
                String[] words = phrase.split(" ");
                if (words.length == 2 && words[0].length() >= MIN_SPLIT_VERB && DutchAnalysis.isSeparableParticle(words[1])) {
                    splitPhrases.add(new SplitPhrase(words[0], " " + words[1], Pattern.compile("(?<![\\p{L}\\p{N}])(" + words[0]
                            + ")((?: [\\p{L}\\p{N}]+){1,3}?) (" + words[1] + ")(?![\\p{L}\\p{N}])")));
                }
            }
            for (int i = 0; i < phrases.size(); i++) {
                byFirstWord.computeIfAbsent(firstWord(phrases.get(i)), w -> new ArrayList<>()).add(new Phrase(g, i));
            }
        }
    }

    /**
     * "het plan loopt al weken vast": Dutch puts words between a verb and its particle, and the synonym phrase
     * ("loopt vast") is then not in the question. The particle is put back beside its verb ("het plan al weken
     * loopt vast"), within a clause and up to three words apart.
     */
    String closeGaps(String foldedQuestion) {
        String closed = foldedQuestion;
        for (SplitPhrase phrase : splitPhrases) {
            // The substrings first: most questions have neither word, and then no regex need run.
            if (closed.contains(phrase.verb()) && closed.contains(phrase.particle())) {
                closed = phrase.split().matcher(closed).replaceAll("$2 $1 $3");
            }
        }
        return closed;
    }

    /** Every word of every phrase (folded): words the question reader knows, though the texts may not use them. */
    Set<String> words() {
        Set<String> words = new HashSet<>();
        groups.forEach(g -> g.phrases().forEach(p -> words.addAll(List.of(NOT_WORD.split(p)))));
        return words;
    }

    /** The phrase's first word ("" when it begins with a sign: then it is tested for every question). */
    private static String firstWord(String phrase) {
        String[] words = NOT_WORD.split(phrase, 2);
        return words.length == 0 ? "" : words[0];
    }

    private void add(List<String> phrases) {
        List<String> folded = phrases.stream().map(DutchAnalysis::fold).map(String::strip).filter(p -> !p.isEmpty())
                .distinct().toList();
        if (folded.size() >= 2) {
            groups.add(new Group(folded, folded.stream().map(p -> patterns.computeIfAbsent(p,
                    q -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(q) + "(?![\\p{L}\\p{N}])"))).toList()));
        }
    }

    /** A synonym group a question mentions: the phrases it used, and all phrases of the group. */
    record Match(List<String> mentioned, List<String> all) {
    }

    /** Every group the (folded) question mentions. */
    List<Match> matches(String foldedQuestion) {
        // The phrases that may be there, in the order of their groups and of the phrases in each group.
        SortedSet<Phrase> candidates = new TreeSet<>(Comparator.comparingInt(Phrase::group).thenComparingInt(Phrase::index));
        candidates.addAll(byFirstWord.getOrDefault("", List.of()));
        for (String word : new HashSet<>(List.of(NOT_WORD.split(foldedQuestion)))) {
            candidates.addAll(byFirstWord.getOrDefault(word, List.of()));
        }
        Map<Integer, List<String>> mentioned = new LinkedHashMap<>();
        for (Phrase phrase : candidates) {
            if (mentions(groups.get(phrase.group()), phrase.index(), foldedQuestion)) {
                mentioned.computeIfAbsent(phrase.group(), g -> new ArrayList<>()).add(groups.get(phrase.group()).phrases().get(phrase.index()));
            }
        }
        List<Match> matches = new ArrayList<>();
        mentioned.forEach((group, phrases) -> matches.add(new Match(phrases, groups.get(group).phrases())));
        return merged(matches);
    }

    /**
     * One concept per thing the question says. Groups that the same words bring in ("OT" is a term of two
     * samenwerkingsverbanden) become one match with all their phrases; a group brought in only by words that
     * are part of a longer phrase another group knows ("OT" in "OT breed") gives way to that group. Otherwise
     * one word would count as two or three meanings.
     */
    private static List<Match> merged(List<Match> matches) {
        if (matches.size() < 2) {
            return matches; // nothing to merge or give way to
        }
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
        // The plain substring test first: it rules out nearly all pairs without building the padded strings.
        return longer.length() > shorter.length() && longer.contains(shorter)
                && (" " + longer + " ").contains(" " + shorter + " ");
    }

    /**
     * Whether the question holds the group's i-th phrase as whole words. The plain substring test first: it
     * rules out most phrases that share a first word with the question at a fraction of the cost of the
     * word-boundary regex (which only matches where the substring is).
     */
    private static boolean mentions(Group group, int i, String foldedQuestion) {
        return foldedQuestion.contains(group.phrases().get(i)) && group.patterns().get(i).matcher(foldedQuestion).find();
    }

    /** The question with the mentioned phrases of the given matches blanked out. */
    String without(String foldedQuestion, List<Match> matches) {
        String rest = foldedQuestion;
        // Longest first: "ot breed" goes as a whole before "ot" could leave "breed" behind.
        List<String> phrases = matches.stream().flatMap(m -> m.mentioned().stream()).distinct()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
        for (String phrase : phrases) {
            rest = patterns.get(phrase).matcher(rest).replaceAll(" ");
        }
        return rest;
    }
}
