package nl.routewijzer.knowledge.analysis;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Joins a separable verb that a sentence splits: "schakel je een onderwijsconsulent in" is "inschakelen",
 * "komt het managementoverleg er niet uit" is "uitkomen". Dutch puts the particle late in the clause and
 * the verb early, so word by word the question and the text only share "komt"/"komen", which says
 * nothing. The joined verb is added to the text, for index and question alike, when the corpus uses it
 * joined somewhere ("opschalen", "inschakelen", "uitkomen"): a guess that joins the wrong words is then
 * never a word anyone searches for.
 */
final class SeparableVerbs {

    /** Words that may follow a clause-final particle: they start the phrase or clause after it. */
    private static final Set<String> AFTER_PARTICLE = Set.of("over", "met", "naar", "voor", "bij", "van", "om", "tot", "in", "tijdens",
            "omdat", "als", "want", "en", "maar", "dan", "wanneer", "zodat", "terwijl", "of", "dat", "wie", "wat", "waar",
            "hoe", "waarom");
    /** A clause: up to a punctuation mark or a line end. */
    private static final Pattern CLAUSE = Pattern.compile("[^,.;:?!()\\n]+");
    private static final Pattern WORD = Pattern.compile("[a-z]+");
    private static final Pattern TE_FORM = Pattern.compile("(?<![a-z])([a-z]+) te ([a-z]{3,}en)(?![a-z])");
    private static final int MIN_VERB_LENGTH = 3;

    private final VerbForms forms;

    SeparableVerbs(VerbForms forms) {
        this.forms = forms;
    }

    /**
     * The infinitives that "te" splits: "bij te houden" is "bijhouden", "in te schakelen" "inschakelen". The
     * corpus's vocabulary has them joined too, so that a question's "bijhoudt" finds its "bij te houden".
     */
    static Set<String> splitByTe(String foldedText) {
        Set<String> joined = new LinkedHashSet<>();
        if (!foldedText.contains(" te ")) {
            return joined; // the pattern needs it: no need to run it
        }
        var matcher = TE_FORM.matcher(foldedText);
        while (matcher.find()) {
            if (VerbForms.SEPARABLE_PARTICLES.contains(matcher.group(1))) {
                joined.add(matcher.group(1) + matcher.group(2));
            }
        }
        return joined;
    }

    /** The joined verbs of the text's clauses that end in a particle or that "te" splits; empty when none. */
    Set<String> joined(String text) {
        Set<String> joined = new LinkedHashSet<>();
        String folded = DutchAnalysis.fold(text);
        splitByTe(folded).stream().filter(forms::knows).forEach(joined::add);
        var clauses = CLAUSE.matcher(folded);
        while (clauses.find()) {
            List<String> words = WORD.matcher(clauses.group()).results().map(m -> m.group()).toList();
            // The particle ends the clause ("komt er niet uit") or stands before a phrase that follows the clause
            // ("komen er niet uit over wie wat betaalt"). Before anything else it is a preposition: "vragen over
            // zorg op school" does not "opvragen".
            List<String> infinitives = null; // of the clause's words, looked up once it has a particle
            for (int p = 1; p < words.size(); p++) {
                String particle = words.get(p);
                boolean last = p == words.size() - 1;
                boolean endsClause = last || AFTER_PARTICLE.contains(words.get(p + 1));
                if (!VerbForms.SEPARABLE_PARTICLES.contains(particle) || !endsClause) {
                    continue;
                }
                if (infinitives == null) {
                    infinitives = words.stream().map(this::infinitive).toList();
                }
                for (String infinitive : infinitives.subList(0, p)) {
                    if (infinitive != null && forms.knows(particle + infinitive)) {
                        joined.add(particle + infinitive);
                    }
                }
            }
        }
        return joined;
    }

    /** The infinitive of a verb form: itself ("komen"), of an inflected form ("komt"), of a bare stem ("schakel"). */
    private String infinitive(String word) {
        if (word.length() < MIN_VERB_LENGTH) {
            return null;
        }
        if (word.endsWith("en") && forms.knows(word)) {
            return word;
        }
        String inflected = forms.infinitive(word);
        return inflected != null ? inflected : forms.known(word);
    }
}
