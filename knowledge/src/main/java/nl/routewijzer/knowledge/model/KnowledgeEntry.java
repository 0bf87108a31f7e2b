package nl.routewijzer.knowledge.model;

import java.util.List;
import java.util.Optional;

/**
 * One searchable unit of knowledge with everything an answer needs to name its source.
 *
 * @param swv      the samenwerkingsverband it belongs to; empty for general knowledge
 * @param routes   the route ids of that samenwerkingsverband
 * @param title    the section title, the referenced chapter, the term, or the route page's heading
 * @param body     the text in light Markdown ("### " sub-headings, "- " bullets)
 * @param keywords words a user may ask with that the text itself may lack (topics, aliases, expansions)
 * @param links    further links: those in the text (Markdown {@code [title](url)}) or of a route page
 * @param leadIn   how a user comes to the entry (the question and choice that lead to a route page): what the
 *                 entry is about as a whole, though none of its passages says it
 */
public record KnowledgeEntry(String id, EntryKind kind, Optional<String> swv, List<String> routes, String document,
                             Optional<String> chapter, String title, String url, String body, List<String> keywords,
                             List<EntryLink> links, List<String> leadIn) {

    /** A line that is an item of a list: "- ..." or "1. ...". */
    public static final java.util.regex.Pattern LIST_ITEM = java.util.regex.Pattern.compile("(?m)^\\s*(-|\\d+\\.)\\s+");
    private static final java.util.regex.Pattern MARKDOWN_LINK =
            java.util.regex.Pattern.compile("\\[([^\\]]+)\\]\\((https?://[^)\\s]+|mailto:[^)\\s]+)\\)");

    public KnowledgeEntry {
        routes = List.copyOf(routes);
        keywords = List.copyOf(keywords);
        links = List.copyOf(links);
        leadIn = List.copyOf(leadIn);
    }

    /** An entry that nothing leads to but a search. */
    public KnowledgeEntry(String id, EntryKind kind, Optional<String> swv, List<String> routes, String document,
                          Optional<String> chapter, String title, String url, String body, List<String> keywords,
                          List<EntryLink> links) {
        this(id, kind, swv, routes, document, chapter, title, url, body, keywords, links, List.of());
    }

    /** An entry whose links are the Markdown links of its text. */
    public KnowledgeEntry(String id, EntryKind kind, Optional<String> swv, List<String> routes, String document,
                          Optional<String> chapter, String title, String url, String body, List<String> keywords) {
        this(id, kind, swv, routes, document, chapter, title, url, body, keywords, linksIn(body));
    }

    /** The Markdown links of a text, in order. */
    public static List<EntryLink> linksIn(String text) {
        if (!text.contains("](")) {
            return List.of(); // most passages: no need to run the pattern over them
        }
        List<EntryLink> found = new java.util.ArrayList<>();
        java.util.regex.Matcher m = MARKDOWN_LINK.matcher(text);
        while (m.find()) {
            if (m.group(2).startsWith("https://")) {
                found.add(new EntryLink(m.group(1), m.group(2)));
            }
        }
        return found;
    }

    /**
     * The words of the file names the links lead to ("Aanmeldformulier-SWVZHW-plaatsingstafel.pdf", a Word
     * document behind an Office viewer's "src="): a link titled "hier" or "afspraken in het JES" is still found
     * by "formulier" or "formats".
     */
    public static String fileWords(List<EntryLink> links) {
        StringBuilder words = new StringBuilder();
        for (EntryLink link : links) {
            String url = java.net.URLDecoder.decode(link.url(), java.nio.charset.StandardCharsets.UTF_8);
            int src = url.lastIndexOf("src=");
            String target = (src >= 0 ? url.substring(src + 4) : url).replaceFirst("[?&#].*$", "").replaceFirst("/+$", "");
            String file = target.substring(target.lastIndexOf('/') + 1);
            if (file.matches("(?i).+\\.(pdf|docx?|xlsx?|pptx?)")) {
                words.append(' ').append(file.replaceFirst("\\.[A-Za-z]+$", "").replaceAll("[-_+.]+", " "));
            }
        }
        return words.toString().strip();
    }

    /** The text as read: Markdown links reduced to their titles. */
    public static String plain(String text) {
        return !text.contains("](") ? text : MARKDOWN_LINK.matcher(text).replaceAll("$1");
    }

    /** "Document, hoofdstuk": how the answer names its source. */
    public String source() {
        return chapter.map(c -> document + ", " + c).orElse(document);
    }
}
