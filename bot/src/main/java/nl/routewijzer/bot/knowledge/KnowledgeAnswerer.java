package nl.routewijzer.bot.knowledge;

import static nl.routewijzer.bot.conversation.UiText.Key.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.routewijzer.bot.conversation.FreeQuestionAnswerer;
import nl.routewijzer.bot.conversation.Reply;
import nl.routewijzer.bot.conversation.Reply.ReplyLink;
import nl.routewijzer.bot.conversation.UiText;
import nl.routewijzer.knowledge.model.EntryLink;
import nl.routewijzer.knowledge.model.KnowledgeEntry;
import nl.routewijzer.knowledge.search.Hit;
import nl.routewijzer.knowledge.search.KnowledgeSearcher;
import nl.routewijzer.knowledge.search.SearchResult;

/**
 * Answers a free question: the best passage first, short, with "Bron: document, hoofdstuk" and its link;
 * at most two more as "Zie ook". Names the samenwerkingsverband of an answer when answers come from more
 * than one, or from another one than the active route's. When nothing fits, says so.
 */
public class KnowledgeAnswerer implements FreeQuestionAnswerer {

    static final int MAX_PASSAGE_CHARS = 700;
    static final int MAX_SEE_ALSO_CHARS = 220;
    static final int MAX_LINKS = 8;
    /** A "Zie ook" must still fit the question reasonably, or it is left out. */
    static final double SEE_ALSO_COVERAGE = 0.45;

    private final KnowledgeSearcher searcher;
    private final UiText text;
    private final SearchThreads threads;

    /** Searches on the calling thread. */
    public KnowledgeAnswerer(KnowledgeSearcher searcher, UiText text) {
        this(searcher, text, SearchThreads.callerRuns());
    }

    KnowledgeAnswerer(KnowledgeSearcher searcher, UiText text, SearchThreads threads) {
        this.searcher = searcher;
        this.text = text;
        this.threads = threads;
    }

    @Override
    public Answer answer(String question, Optional<String> routeId) {
        SearchResult result = threads.run(() -> searcher.search(question, routeId));
        if (!result.confident()) {
            return new Answer(List.of(Reply.text(text.get(routeId.isPresent() ? NOT_FOUND_IN_ROUTE : NOT_FOUND))), false);
        }
        List<Hit> hits = new ArrayList<>();
        hits.add(result.hits().getFirst());
        String shown = KnowledgeEntry.plain(result.hits().getFirst().passage());
        // A "Zie ook" that only repeats what the answer already shows says nothing new: not the sentence a route
        // page holds alone, nor the opening of a definition the answer quotes whole.
        result.hits().stream().skip(1).filter(h -> h.coverage() >= SEE_ALSO_COVERAGE)
                .filter(h -> !shown.contains(mentioned(h))).forEach(hits::add);
        Set<String> swvs = hits.stream().map(h -> h.entry().swv().orElse("")).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
        List<Reply> replies = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            Hit hit = hits.get(i);
            boolean otherSwv = routeId.isPresent() && hit.entry().swv().isPresent()
                    && !hit.entry().routes().contains(routeId.get());
            boolean label = hit.entry().swv().isPresent() && (otherSwv || (routeId.isEmpty() && swvs.size() > 1));
            replies.add(i == 0 ? best(hit, label) : seeAlso(hit, label));
        }
        return new Answer(replies, true);
    }

    private Reply best(Hit hit, boolean labelSwv) {
        KnowledgeEntry entry = hit.entry();
        String body = switch (entry.kind()) {
            case REFERENCE -> text.get(ANSWER_REFERENCE, entry.keywords().isEmpty() ? entry.title() : entry.keywords().getFirst(),
                    entry.source()) + (entry.body().isEmpty() ? "" : "\n\n" + text.get(ANSWER_REFERENCE_CONTEXT, entry.body()));
            case TERM -> "**" + entry.title() + "**\n\n" + KnowledgeEntry.plain(hit.passage());
            case SECTION, ROUTE_STEP -> hit.heading().map(h -> "**" + h + "**\n").orElse("")
                    + trim(KnowledgeEntry.plain(hit.passage()), MAX_PASSAGE_CHARS);
        };
        String swv = labelSwv ? "**" + entry.swv().orElseThrow() + "** · " : "";
        return new Reply(swv + body + "\n\n" + text.get(ANSWER_SOURCE, sourceOf(entry)), List.of(), links(entry, hit));
    }

    /**
     * The source's link first, then the links the answer speaks of: those in the shown passage of a text,
     * all of a route page (its "Lees verder" and other links).
     */
    private static List<ReplyLink> links(KnowledgeEntry entry, Hit hit) {
        List<ReplyLink> links = new ArrayList<>(link(entry));
        List<EntryLink> more = switch (entry.kind()) {
            case ROUTE_STEP, REFERENCE -> entry.links();
            case SECTION, TERM -> KnowledgeEntry.linksIn(hit.passage());
        };
        for (EntryLink l : more) {
            ReplyLink candidate = new ReplyLink(readableTitle(l.title(), l.url()), l.url());
            if (links.stream().noneMatch(x -> x.url().equals(candidate.url()) && x.title().equals(candidate.title()))
                    && links.size() < MAX_LINKS) {
                links.add(candidate);
            }
        }
        return links;
    }

    /** Link texts that only point ("lees je [hier](...)"): as a link of their own they say nothing. */
    private static final Set<String> POINTING_TITLES = Set.of("hier", "klik hier", "link", "deze link", "website",
            "deze website", "volgende website", "de volgende website");

    /**
     * A link's text, or where it leads when the text only points: "hier" becomes "onderwijsinspectie.nl", a
     * document keeps its file name ("steunpuntpassendonderwijs-povo.nl: Brochure-Verzuimadministratie.pdf").
     */
    static String readableTitle(String title, String url) {
        if (!POINTING_TITLES.contains(title.strip().toLowerCase(java.util.Locale.ROOT))) {
            return title;
        }
        try {
            java.net.URI uri = java.net.URI.create(url);
            if (uri.getHost() == null) {
                return title;
            }
            String host = uri.getHost().replaceFirst("^www\\.", "");
            String path = uri.getPath() == null ? "" : uri.getPath();
            String file = path.substring(path.lastIndexOf('/') + 1);
            return file.contains(".") ? host + ": " + file : host;
        } catch (IllegalArgumentException e) {
            return title; // not a URL we can read: keep the text as written
        }
    }

    private Reply seeAlso(Hit hit, boolean labelSwv) {
        KnowledgeEntry entry = hit.entry();
        String swv = labelSwv ? "**" + entry.swv().orElseThrow() + "** · " : "";
        String gist = switch (entry.kind()) {
            case REFERENCE -> text.get(ANSWER_REFERENCE, entry.keywords().isEmpty() ? entry.title() : entry.keywords().getFirst(),
                    entry.source());
            // The part that fits the question: a short mention of a whole list would show only its first items.
            case TERM -> "**" + entry.title() + "**: " + trim(KnowledgeEntry.plain(hit.gist()), MAX_SEE_ALSO_CHARS);
            case SECTION, ROUTE_STEP -> trim(KnowledgeEntry.plain(hit.gist()), MAX_SEE_ALSO_CHARS);
        };
        return new Reply(text.get(ANSWER_SEE_ALSO, swv + gist, sourceOf(entry)), List.of(), link(entry));
    }

    /** What a "Zie ook" shows of a text: the part that fits the question, cut short. */
    private static String mentioned(Hit hit) {
        String text = trim(KnowledgeEntry.plain(hit.gist()), MAX_SEE_ALSO_CHARS);
        return text.endsWith(" …") ? text.substring(0, text.length() - 2).strip() : text;
    }

    /** "Document, hoofdstuk – sectie" for texts; the chapter alone is enough for references. */
    private static String sourceOf(KnowledgeEntry entry) {
        return switch (entry.kind()) {
            case SECTION -> entry.source() + " – " + entry.title();
            case REFERENCE, TERM, ROUTE_STEP -> entry.source();
        };
    }

    private static List<ReplyLink> link(KnowledgeEntry entry) {
        if (entry.url().isEmpty()) {
            return List.of();
        }
        String title = switch (entry.kind()) {
            case SECTION -> entry.document() + ", " + entry.title();
            case REFERENCE, TERM, ROUTE_STEP -> entry.source();
        };
        return List.of(new ReplyLink(title, entry.url()));
    }

    /**
     * Cuts at a paragraph or sentence end before the limit, so an answer stays short and readable. A list that
     * runs over the limit is shown to its end when that is near (up to a half more): cutting the last
     * situations of four would leave the reader with a wrong picture.
     */
    static String trim(String passage, int limit) {
        String text = passage.strip();
        if (text.length() <= limit || text.length() <= limit * 3 / 2 && endsInList(text, limit)) {
            return text;
        }
        String head = text.substring(0, limit);
        int cut = Math.max(head.lastIndexOf("\n\n"), Math.max(head.lastIndexOf(". "), head.lastIndexOf(".\n")));
        return (cut > limit / 3 ? head.substring(0, cut + 1) : head.substring(0, head.lastIndexOf(' '))).strip() + " …";
    }

    /** Whether every line from the one the limit falls in to the end is a list item. */
    private static boolean endsInList(String text, int limit) {
        int lineStart = text.lastIndexOf('\n', limit) + 1;
        return text.substring(lineStart).lines().filter(l -> !l.isBlank()).allMatch(l -> KnowledgeEntry.LIST_ITEM.matcher(l).lookingAt());
    }
}
