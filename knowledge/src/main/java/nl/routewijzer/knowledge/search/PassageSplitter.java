package nl.routewijzer.knowledge.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.routewijzer.knowledge.model.KnowledgeEntry;
import org.apache.lucene.analysis.Analyzer;

/**
 * Cuts an entry's text into passages an answer can show: each paragraph under its "### " sub-heading; a
 * paragraph that announces a list (ends with ':') together with the list; a long list in groups of items,
 * so that the item that answers is shown instead of being cut off.
 */
final class PassageSplitter {

    static final int MIN_PASSAGE_CHARS = 120;
    /** A numbered list's item number ("6. De regisseurs ..."): it counts steps, it names no number asked for. */
    private static final Pattern NUMBERED_ITEM = Pattern.compile("(?m)^\\s*\\d+\\.\\s+");
    /** A number, a term or a moment ("na 8 weken", "tien adviezen", "aan het begin van het schooljaar"). */
    private static final Pattern QUANTITY = Pattern.compile(
            "\\d|(^|[^\\p{L}])(" + String.join("|", NumberWords.CARDINALS)
                    + "|zodra|direct|meteen|uiterlijk|dagelijks|wekelijks|jaarlijks|maandelijks|begin van het|vanaf het moment"
                    + "|op het moment)([^\\p{L}]|$)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A name within a sentence: capitalised words after a lower-case word, a comma or a parenthesis ("(De Kameleon in
     * Papendrecht en De Steenen Kamer"), not an abbreviation ("SBO") nor a sentence's first word.
     */
    private static final Pattern NAME = Pattern.compile("(?<=[\\p{Ll},(] )(?:(?:De|Het|Den) )?\\p{Lu}\\p{Ll}{2,}(?: \\p{Lu}\\p{Ll}+)*");
    /** So many names make a passage one that names ("welke scholen?"), not one that mentions one. */
    private static final int MIN_NAMES = 3;
    /** An address or location: "gevestigd in de Duindoornhof", "Touwbaan 1 te Sliedrecht". */
    private static final Pattern PLACE = Pattern.compile("gevestigd|\\badres|\\blocatie|\\bte [A-Z]\\p{L}+|\\b\\d{4} ?[A-Z]{2}\\b");
    /** Someone a school turns to, by role ("de trajectbegeleider", "de jeugdarts", "leerplicht"): an answer to "bij wie". */
    private static final Pattern PERSON = Pattern.compile("(?iu)(?<![\\p{L}])(trajectbegeleider"
            + "|ondersteuningsspecialist|jeugdarts|jeugdverpleegkundige|leerplicht|onderwijsconsulent|aansluitfunctionaris"
            + "|regisseur|orthopedagoog|co[oö]rdinator|consulent|koppelgenoot|schoolmaatschappelijk|intern begeleider|ib-er"
            + "|teamleider|directeur|casemanager|gebiedsco[oö]rdinator|sectordirecteur|ggd|jeugdteam|wijkteam|sociaal team"
            + "|jeugdconsulent|zorgco[oö]rdinator|ambulant begeleider|ambulante team)");
    /** A link, or words that say where to read more. */
    private static final Pattern LINK = Pattern.compile("\\]\\(|(^|\\s)(lees|lezen|leest) ", Pattern.CASE_INSENSITIVE);
    static final int MAX_LIST_CHARS = 450;
    static final int MAX_CARRIED_INTRO_CHARS = 160;
    /** The most of a passage an answer shows (the bot's limit): a longer page or paragraph is split. */
    static final int MAX_SHOWN_CHARS = 700;
    /** Where a sentence ends and the next begins (not inside "bijv. de" or "art. 5"). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[a-z\\p{Ll})’'\"][.!?])\\s+(?=[\\p{Lu}‘'\"(])");

    private PassageSplitter() {
    }

    /** A passage's text and what an answer shows of it (see {@link Passage#shown()}). */
    private record Unit(String text, String shown) {
        Unit(String text) {
            this(text, text);
        }
    }

    static List<Passage> split(String body, Analyzer analyzer) {
        List<Unit> units = new ArrayList<>();
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
                    units.add(new Unit(pending));
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
            for (Unit part : listGroups(unit)) {
                units.add(part);
                headings.add(heading);
            }
        }
        if (pending != null) {
            units.add(new Unit(pending));
            headings.add(heading);
        }
        List<Passage> passages = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            String text = units.get(i).text();
            String analysed = headings.get(i).map(h -> h + "\n").orElse("") + KnowledgeEntry.plain(text)
                    + "\n" + KnowledgeEntry.fileWords(KnowledgeEntry.linksIn(text));
            passages.add(passage(headings.get(i), text, units.get(i).shown(), NumberWords.termsWithCounts(analyzer, analysed)));
        }
        return passages;
    }

    static Passage passage(Optional<String> heading, String text, java.util.Set<String> terms) {
        return passage(heading, text, text, terms);
    }

    private static Passage passage(Optional<String> heading, String text, String shown, java.util.Set<String> terms) {
        String plain = KnowledgeEntry.plain(text);
        return new Passage(heading, text, shown, terms, KnowledgeEntry.LIST_ITEM.matcher(text).find(),
                QUANTITY.matcher(NUMBERED_ITEM.matcher(plain).replaceAll("")).find(),
                LINK.matcher(text).find(), PLACE.matcher(plain).find(), NAME.matcher(plain).results().limit(MIN_NAMES).count() == MIN_NAMES,
                PERSON.matcher(plain).find(), TableFacet.headedBy(heading));
    }

    private static boolean isIntro(String unit) {
        return !unit.contains("\n") && !unit.startsWith("-") && !unit.matches("^\\d+\\..*");
    }

    /**
     * A long list block as groups of whole items, each group carrying the list's first line if it is an intro.
     * A group is found by its own items, but shows the whole list when an answer has room for it, else the items
     * after it as far as they fit, with "…" where items are left out: a reader must not take two of four
     * situations for all of them.
     */
    private static List<Unit> listGroups(String unit) {
        if (unit.length() <= MAX_LIST_CHARS) {
            return List.of(new Unit(unit));
        }
        String[] lines = unit.split("\\n");
        List<String> items = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        String intro = "";
        for (String line : lines) {
            boolean startsItem = KnowledgeEntry.LIST_ITEM.matcher(line).lookingAt();
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
            items = notAList(unit, lines);
            if (items.size() < 2) {
                return List.of(new Unit(unit));
            }
            intro = "";
        }
        List<Unit> groups = new ArrayList<>();
        // A long intro is a passage of its own; the groups carry only its last sentence ("Deze activiteiten
        // omvatten:"), so that they have room for the items.
        String carried = intro.length() > MAX_CARRIED_INTRO_CHARS ? lastSentence(intro) : intro;
        if (!carried.equals(intro)) {
            groups.add(new Unit(intro));
        }
        List<List<String>> itemGroups = new ArrayList<>();
        List<String> group = new ArrayList<>();
        for (String it : items) {
            if (!group.isEmpty() && joined(carried, group).length() + it.length() > MAX_LIST_CHARS) {
                itemGroups.add(group);
                group = new ArrayList<>();
            }
            group.add(it);
        }
        itemGroups.add(group);
        String whole = joined(carried, items);
        for (int g = 0; g < itemGroups.size(); g++) {
            String text = joined(carried, itemGroups.get(g));
            if (whole.length() <= MAX_SHOWN_CHARS) {
                groups.add(new Unit(text, whole));
                continue;
            }
            List<String> shownItems = new ArrayList<>(g > 0 ? List.of("…") : List.of());
            shownItems.addAll(itemGroups.get(g));
            int next = g + 1;
            while (next < itemGroups.size()
                    && joined(carried, concat(shownItems, itemGroups.get(next))).length() <= MAX_SHOWN_CHARS - 2) {
                shownItems.addAll(itemGroups.get(next++));
            }
            if (next < itemGroups.size()) {
                shownItems.add("…");
            }
            groups.add(new Unit(text, joined(carried, shownItems)));
        }
        return groups;
    }

    private static String joined(String intro, List<String> items) {
        return ((intro.isEmpty() ? "" : intro + "\n") + String.join("\n", items)).strip();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * The parts of a long block that is no list: its lines, when it has several ("Wettelijke taken:" ...
     * "Straffen opleggen: ..."); else, when longer than an answer shows, its sentences, so that the one that
     * answers is shown in full. A shorter paragraph reads best whole (one part).
     */
    private static List<String> notAList(String unit, String[] lines) {
        List<String> separate = java.util.Arrays.stream(lines).map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (separate.size() >= 2) {
            return separate;
        }
        return unit.length() > MAX_SHOWN_CHARS ? List.of(SENTENCE_END.split(unit.strip())) : List.of(unit);
    }

    /** The last sentence of an announcement: what the groups of its list carry. */
    static String lastSentence(String text) {
        String strip = text.strip();
        int end = strip.lastIndexOf(". ");
        return end < 0 ? strip : strip.substring(end + 2).strip();
    }
}
