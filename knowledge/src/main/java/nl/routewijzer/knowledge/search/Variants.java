package nl.routewijzer.knowledge.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.routewijzer.knowledge.analysis.Fields;
import nl.routewijzer.knowledge.analysis.Terms;
import nl.routewijzer.knowledge.model.KnowledgeEntry;
import org.apache.lucene.analysis.Analyzer;

/**
 * The variants the texts tell by a label at the head of a line ("Den Haag: ...", "Rijswijk: ...",
 * "Leidschendam-Voorburg: kent geen doorbraaktafel"): the words of labels that head lines in more than one entry,
 * the places among them (labels told side by side), and which passage tells which place's way.
 */
final class Variants {

    /** A label that heads a line: a name of up to three capitalised words ("Den Haag", not "Let op") and a colon. */
    private static final Pattern LINE_LABEL = Pattern.compile(
            "(?m)^\\s*(?:[-*]\\s*)?(?:\\*\\*)?(\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+){0,2})(?:\\*\\*)?:\\s");
    /** How many alternatives an entry tells side by side for their labels to be places. */
    private static final int MIN_SIDE_BY_SIDE = 3;

    /**
     * The analysed words of the labels that head lines in more than one entry, their parts included: told anywhere
     * in a question, such a word says which variant is asked for.
     */
    final Set<String> words;
    /** The words of the places: labels told side by side with others, in more than one entry. */
    final Set<String> places;

    private final Analyzer analyzer;

    Variants(List<KnowledgeEntry> entries, Analyzer analyzer) {
        this.analyzer = analyzer;
        List<Set<String>> labelsByEntry = new ArrayList<>();
        Map<String, Integer> entriesByLabel = new HashMap<>();
        for (KnowledgeEntry entry : entries) {
            Set<String> labels = new HashSet<>();
            Matcher label = LINE_LABEL.matcher(entry.body());
            while (label.find()) {
                labels.add(label.group(1).strip());
            }
            labels.forEach(l -> entriesByLabel.merge(l, 1, Integer::sum));
            labelsByEntry.add(labels);
        }
        // A place is one of several alternatives told side by side ("Den Haag: ... Rijswijk: ...
        // Leidschendam-Voorburg: ..."), in more than one entry; a label that heads lines on its own ("Toelichting:",
        // "Experttafel:") names a topic, which the question's words already find.
        Map<String, Integer> besideOthers = new HashMap<>();
        for (Set<String> labels : labelsByEntry) {
            List<String> shared = labels.stream().filter(l -> entriesByLabel.get(l) > 1).toList();
            if (shared.size() >= MIN_SIDE_BY_SIDE) {
                shared.forEach(l -> besideOthers.merge(l, 1, Integer::sum));
            }
        }
        Set<String> labelWords = new HashSet<>();
        entriesByLabel.forEach((label, times) -> {
            if (times > 1) {
                labelWords.addAll(Terms.of(analyzer, Fields.BODY, label));
            }
        });
        this.words = Set.copyOf(labelWords);
        Set<String> placeWords = new HashSet<>();
        besideOthers.forEach((label, times) -> {
            if (times > 1) {
                // The words themselves, not their parts: "Rijswijk" is no "wijk".
                QueryWord.of(analyzer, Fields.BODY, label, Set.of()).forEach(w -> placeWords.add(w.stem()));
            }
        });
        this.places = Set.copyOf(placeWords);
    }

    /** Per passage, the places of the labels its lines open with: empty for a passage that holds for every place. */
    List<Set<String>> of(List<Passage> passages) {
        List<Set<String>> labels = new ArrayList<>();
        for (Passage passage : passages) {
            Set<String> words = new HashSet<>();
            Matcher label = LINE_LABEL.matcher(passage.text());
            while (label.find()) {
                QueryWord.of(analyzer, Fields.BODY, label.group(1), Set.of()).stream().map(QueryWord::stem)
                        .filter(places::contains).forEach(words::add);
            }
            labels.add(Set.copyOf(words));
        }
        return List.copyOf(labels);
    }
}
