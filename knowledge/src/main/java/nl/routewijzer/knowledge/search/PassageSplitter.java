package nl.routewijzer.knowledge.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.routewijzer.knowledge.analysis.Fields;
import nl.routewijzer.knowledge.analysis.Terms;
import nl.routewijzer.knowledge.model.KnowledgeEntry;
import org.apache.lucene.analysis.Analyzer;

/**
 * Cuts an entry's text into passages an answer can show: each paragraph under its "### " sub-heading; a
 * paragraph that announces a list (ends with ':') together with the list; a long list in groups of items,
 * so that the item that answers is shown instead of being cut off.
 */
final class PassageSplitter {

    static final int MIN_PASSAGE_CHARS = 120;
    static final int MAX_LIST_CHARS = 450;

    private PassageSplitter() {
    }

    static List<Passage> split(String body, Analyzer analyzer) {
        List<String> units = new ArrayList<>();
        List<Optional<String>> headings = new ArrayList<>();
        Optional<String> heading = Optional.empty();
        String pending = null;
        for (String block : body.split("\\n\\s*\\n")) {
            String b = block.strip();
            if (b.isEmpty()) {
                continue;
            }
            if (b.startsWith("#")) {
                if (pending != null) {
                    units.add(pending);
                    headings.add(heading);
                    pending = null;
                }
                String[] lines = b.split("\\n", 2);
                heading = Optional.of(lines[0].replaceFirst("^#+\\s*", "").strip());
                if (lines.length == 1) {
                    continue;
                }
                b = lines[1].strip();
            }
            String unit = pending == null ? b : pending + "\n\n" + b;
            pending = null;
            if (unit.endsWith(":") || unit.length() < MIN_PASSAGE_CHARS && isIntro(unit)) {
                pending = unit; // an announcement stays with what it announces
                continue;
            }
            for (String part : listGroups(unit)) {
                units.add(part);
                headings.add(heading);
            }
        }
        if (pending != null) {
            units.add(pending);
            headings.add(heading);
        }
        List<Passage> passages = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            String analysed = headings.get(i).map(h -> h + "\n").orElse("") + KnowledgeEntry.plain(units.get(i));
            passages.add(new Passage(headings.get(i), units.get(i), Terms.distinct(analyzer, Fields.BODY, analysed)));
        }
        return passages;
    }

    private static boolean isIntro(String unit) {
        return !unit.contains("\n") && !unit.startsWith("-") && !unit.matches("^\\d+\\..*");
    }

    /** A long list block as groups of whole items, each group carrying the list's first line if it is an intro. */
    private static List<String> listGroups(String unit) {
        if (unit.length() <= MAX_LIST_CHARS) {
            return List.of(unit);
        }
        String[] lines = unit.split("\\n");
        List<String> items = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        String intro = "";
        for (String line : lines) {
            boolean startsItem = line.matches("^\\s*(-|\\d+\\.)\\s+.*");
            if (startsItem && !item.isEmpty()) {
                items.add(item.toString());
                item.setLength(0);
            } else if (!startsItem && items.isEmpty() && item.isEmpty() && intro.isEmpty() && line.strip().endsWith(":")) {
                intro = line.strip();
                continue;
            }
            if (!item.isEmpty()) {
                item.append('\n');
            }
            item.append(line);
        }
        if (!item.isEmpty()) {
            items.add(item.toString());
        }
        if (items.size() < 2) {
            return List.of(unit);
        }
        List<String> groups = new ArrayList<>();
        StringBuilder group = new StringBuilder(intro);
        for (String it : items) {
            if (group.length() > intro.length() && group.length() + it.length() > MAX_LIST_CHARS) {
                groups.add(group.toString().strip());
                group = new StringBuilder(intro);
            }
            group.append(group.isEmpty() ? "" : "\n").append(it);
        }
        groups.add(group.toString().strip());
        return groups;
    }
}
