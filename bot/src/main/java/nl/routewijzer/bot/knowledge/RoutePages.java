package nl.routewijzer.bot.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.routewijzer.knowledge.load.KnowledgeBase;
import nl.routewijzer.knowledge.model.EntryKind;
import nl.routewijzer.knowledge.model.EntryLink;
import nl.routewijzer.knowledge.model.KnowledgeEntry;
import nl.routewijzer.routes.load.RouteCatalog;
import nl.routewijzer.routes.model.Choice;
import nl.routewijzer.routes.model.End;
import nl.routewijzer.routes.model.Node;
import nl.routewijzer.routes.model.Page;
import nl.routewijzer.routes.model.Question;
import nl.routewijzer.routes.model.Route;

/**
 * Every page of every route as a knowledge entry, so that a free question is also answered from the digital
 * tools themselves ("hoe lang duurt fase 2?"). The routes stay the single source of that content.
 */
final class RoutePages {

    private RoutePages() {
    }

    /** The knowledge with every route page, and the towns each route's samenwerkingsverband serves. */
    static KnowledgeBase added(KnowledgeBase base, RouteCatalog catalog) {
        return base.with(of(catalog)).withPlaces(places(catalog));
    }

    static List<KnowledgeEntry> of(RouteCatalog catalog) {
        List<KnowledgeEntry> entries = new ArrayList<>();
        for (Route route : catalog.routes()) {
            Map<String, List<String>> arrivals = arrivals(route);
            for (Node node : route.nodes().values()) {
                entries.add(entry(route, node, arrivals.getOrDefault(node.id(), List.of())));
            }
        }
        return entries;
    }

    /**
     * The towns each route's samenwerkingsverband serves, from the list its region names ("SWV PO 30 06 (Oss,
     * Maashorst, Bernheze, Meierijstad)"): each with the routes of that SWV.
     */
    static Map<String, List<String>> places(RouteCatalog catalog) {
        Map<String, List<String>> places = new HashMap<>();
        for (Route route : catalog.routes()) {
            Matcher towns = TOWNS.matcher(route.region());
            if (towns.find()) {
                for (String town : towns.group(1).split(",")) {
                    places.computeIfAbsent(town.strip(), t -> new ArrayList<>()).add(route.id());
                }
            }
        }
        return places;
    }

    /** A region's list of towns: a parenthesis with commas at its end (a name in parentheses has none). */
    private static final Pattern TOWNS = Pattern.compile("\\(([^)]*,[^)]*)\\)\\s*$");

    /** The samenwerkingsverband's name without the list of its towns: "SWV Zuid-Holland West". */
    static String swvName(Route route) {
        return TOWNS.matcher(route.region()).replaceFirst("").strip();
    }

    /**
     * The route's source document by its name, for an answer's "Bron" line: the source's first clause. What
     * follows a comma says who made it or which part ("..., ontwikkeld door een werkgroep van ... met
     * vertegenwoordiging vanuit schoolbesturen, in samenwerking met GGD en leerplicht"), too long for every answer.
     */
    static String documentName(Route route) {
        int comma = route.source().indexOf(", ");
        return comma > 0 ? route.source().substring(0, comma) : route.source();
    }

    /**
     * For each page, the question and answer that lead to it ("Op wat loopt het MDO vast? Op zorgen die in
     * het gezin ..."): the situation the page is about, in words a user asks with.
     */
    private static Map<String, List<String>> arrivals(Route route) {
        Map<String, List<String>> arrivals = new HashMap<>();
        for (Node node : route.nodes().values()) {
            if (node instanceof Question question) {
                for (Choice choice : question.choices()) {
                    arrivals.computeIfAbsent(choice.next(), k -> new ArrayList<>())
                            .add(question.page().text() + " " + choice.label());
                }
            }
        }
        return arrivals;
    }

    private static KnowledgeEntry entry(Route route, Node node, List<String> arrivedBy) {
        Page page = node.page();
        List<String> blocks = new ArrayList<>();
        page.phase().ifPresent(p -> blocks.add(page.looptijd().map(l -> p + ", looptijd " + l).orElse(p)));
        if (page.phase().isEmpty()) {
            page.looptijd().ifPresent(l -> blocks.add("Looptijd " + l));
        }
        blocks.add(page.text());
        if (!page.actions().isEmpty()) {
            // One block, so the page's actions stay together in an answer.
            blocks.add(String.join("\n", page.actions().stream().map(a -> "- " + a).toList()));
        }
        if (node instanceof Question question && offersOptions(question)) {
            blocks.add(String.join("\n", question.choices().stream().map(c -> "- " + c.label()).toList()));
        }
        blocks.addAll(page.notes());
        if (node instanceof End end) {
            blocks.add(end.endText());
        }
        String url = page.readMore().stream().map(r -> r.document().url()).findFirst()
                .or(() -> page.links().stream().map(l -> l.url()).findFirst())
                .or(() -> route.documents().values().stream().map(d -> d.url()).findFirst())
                .orElse("");
        List<String> keywords = new ArrayList<>();
        page.readMore().forEach(r -> keywords.add(r.topic()));
        page.links().forEach(l -> keywords.add(l.title()));
        String title = page.title().orElse(firstSentence(page.text()));
        List<EntryLink> links = new ArrayList<>();
        page.readMore().forEach(r -> links.add(new EntryLink(r.asLink().title(), r.asLink().url())));
        page.links().forEach(l -> links.add(new EntryLink(l.title(), l.url())));
        return new KnowledgeEntry("route-" + route.id() + "-" + node.id(), EntryKind.ROUTE_STEP,
                Optional.of(swvName(route)), List.of(route.id()), documentName(route), page.phase(), title, url,
                String.join("\n\n", blocks), keywords, links, arrivedBy);
    }

    /**
     * Whether a question's choices are the things one can do or turn to ("Waar kan je aan denken?", "Welke optie
     * wordt ingezet?"), rather than the situations one may be in ("Wat is de situatie?", "Ja"/"Nee"). Its page then
     * lists them: "in het MDO weten we niet wat hij nodig heeft, welke expertise kunnen we inschakelen?" is answered
     * by the options, observatiegroep and steunpunt among them, not by the question alone (+7 -3 first answers on
     * 62 sets; listing every question's choices: +9 -23).
     */
    static boolean offersOptions(Question question) {
        return OPTIONS_ASKED.matcher(question.page().text()).find();
    }

    private static final Pattern OPTIONS_ASKED = Pattern.compile(
            "(?i)(waar kan je aan denken|wat kun je doen|welke [^?]* wordt ingezet|kies een [^?]*)\\?");

    private static String firstSentence(String text) {
        String first = text.split("\\n\\n")[0];
        int end = first.indexOf(". ");
        return end > 0 && end < 160 ? first.substring(0, end + 1) : first;
    }
}
