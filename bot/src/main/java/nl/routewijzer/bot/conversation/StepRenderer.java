package nl.routewijzer.bot.conversation;

import static nl.routewijzer.bot.conversation.UiText.Key.*;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.routewijzer.bot.conversation.Reply.ReplyChoice;
import nl.routewijzer.bot.conversation.Reply.ReplyLink;
import nl.routewijzer.routes.engine.RouteEngine;
import nl.routewijzer.routes.engine.RouteState;
import nl.routewijzer.routes.engine.Summary;
import nl.routewijzer.routes.model.End;
import nl.routewijzer.routes.model.Link;
import nl.routewijzer.routes.model.Node;
import nl.routewijzer.routes.model.Page;
import nl.routewijzer.routes.model.Route;

/**
 * Turns the route's current step into replies: phase and looptijd, the text or question, the actions as a
 * numbered list, side notes, the "Lees verder" links and the choices. At an end it adds the summary.
 */
public final class StepRenderer {

    private final RouteEngine engine;
    private final UiText text;
    /**
     * Each step's page, rendered once: a page depends on its node only, the content never changes while the
     * bot runs, and rendering it again was a tenth of a route step's work. Keyed by identity (a node's own
     * equality compares its whole page); filled before use and only read afterwards.
     */
    private final Map<Node, Reply> pages = new IdentityHashMap<>();

    public StepRenderer(RouteEngine engine, UiText text) {
        this.engine = engine;
        this.text = text;
        for (Route route : engine.catalog().routes()) {
            route.nodes().values().forEach(node -> pages.put(node, render(node)));
        }
    }

    /** The current step, and at an end its summary with the choices to go on. */
    public List<Reply> step(RouteState state) {
        Node node = engine.current(state);
        if (node instanceof End) {
            return List.of(page(node), summary(state).withChoices(endChoices()));
        }
        return List.of(page(node).withChoices(choices(state)));
    }

    /** The choices of the current step, as buttons. */
    public List<ReplyChoice> choices(RouteState state) {
        Node node = engine.current(state);
        if (node instanceof End) {
            return endChoices();
        }
        List<String> values = engine.choiceValues(state);
        List<ReplyChoice> choices = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            choices.add(new ReplyChoice(node.choices().get(i).label(), values.get(i)));
        }
        return choices;
    }

    /** The short form of the current step, used to bring the user back after a free question. */
    public String shortForm(RouteState state) {
        Node node = engine.current(state);
        return node.page().title().map(t -> "**" + t + "** · ").orElse("") + firstParagraph(node.page().text());
    }

    public Reply intro(Route route) {
        return Reply.text(text.get(ROUTE_STARTED, route.title(), route.region(), route.intro()));
    }

    private Reply page(Node node) {
        Reply page = pages.get(node);
        return page != null ? page : render(node);
    }

    private Reply render(Node node) {
        Page page = node.page();
        List<String> blocks = new ArrayList<>();
        phaseLine(page).ifPresent(blocks::add);
        page.title().filter(t -> !t.equals(page.text())).ifPresent(t -> blocks.add("**" + t + "**"));
        blocks.add(page.text());
        if (!page.actions().isEmpty()) {
            blocks.add(text.get(ACTIONS_HEADING) + "\n" + numbered(page.actions()));
        }
        blocks.addAll(page.notes());
        readMore(page).ifPresent(blocks::add);
        if (node instanceof End end) {
            blocks.add(text.get(END_PREFIX, end.endText()));
        }
        List<ReplyLink> links = new ArrayList<>();
        page.readMore().forEach(r -> add(links, r.asLink()));
        page.links().forEach(l -> add(links, l));
        return new Reply(String.join("\n\n", blocks), List.of(), links);
    }

    /** "Wil je meer lezen over X? Lees verder in: A; B." per topic, as the tools word it; the links follow. */
    private Optional<String> readMore(Page page) {
        java.util.Map<String, List<String>> byTopic = new java.util.LinkedHashMap<>();
        page.readMore().forEach(r -> byTopic.computeIfAbsent(r.topic(), t -> new ArrayList<>()).add(r.asLink().title()));
        if (byTopic.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        byTopic.forEach((topic, titles) -> lines.add(text.get(READ_MORE, topic, String.join("; ", titles))));
        return Optional.of(String.join("\n", lines));
    }

    public Reply summary(RouteState state) {
        Summary summary = engine.summarize(state);
        List<String> blocks = new ArrayList<>();
        blocks.add(text.get(SUMMARY_HEADING, summary.route().title()));
        if (summary.endText().isEmpty()) {
            blocks.add(text.get(SUMMARY_IN_PROGRESS));
        }
        if (!summary.answers().isEmpty()) {
            List<String> lines = summary.answers().stream()
                    .map(a -> "- " + a.question() + " **" + a.answer() + "**").toList();
            blocks.add(text.get(SUMMARY_ANSWERS) + "\n" + String.join("\n", lines));
        }
        if (summary.actions().isEmpty()) {
            blocks.add(text.get(SUMMARY_NO_ACTIONS));
        } else {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < summary.actions().size(); i++) {
                Summary.CollectedAction action = summary.actions().get(i);
                String when = phaseText(action.phase(), action.looptijd()).map(p -> " (" + p + ")").orElse("");
                lines.add((i + 1) + ". " + action.text() + when);
            }
            blocks.add(text.get(SUMMARY_ACTIONS) + "\n" + String.join("\n", lines));
        }
        summary.endText().ifPresent(e -> blocks.add(text.get(END_PREFIX, e)));
        return Reply.text(String.join("\n\n", blocks));
    }

    private List<ReplyChoice> endChoices() {
        return List.of(new ReplyChoice(text.get(CHOICE_RESTART), "/opnieuw"),
                new ReplyChoice(text.get(CHOICE_OTHER_ROUTE), "/start"));
    }

    private Optional<String> phaseLine(Page page) {
        if (page.phase().isPresent() && page.looptijd().isPresent()) {
            return Optional.of(text.get(PHASE_AND_LOOPTIJD, page.phase().get(), page.looptijd().get()));
        }
        return page.phase().map(p -> text.get(PHASE_ONLY, p)).or(() -> page.looptijd().map(l -> text.get(LOOPTIJD_ONLY, l)));
    }

    private Optional<String> phaseText(Optional<String> phase, Optional<String> looptijd) {
        if (phase.isPresent() && looptijd.isPresent()) {
            return Optional.of(text.get(SUMMARY_PHASE_AND_LOOPTIJD, phase.get(), looptijd.get()));
        }
        return phase.or(() -> looptijd.map(l -> text.get(SUMMARY_LOOPTIJD, l)));
    }

    private static String numbered(List<String> items) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            lines.add((i + 1) + ". " + items.get(i));
        }
        return String.join("\n", lines);
    }

    private static void add(List<ReplyLink> links, Link link) {
        ReplyLink candidate = new ReplyLink(link.title(), link.url());
        if (!links.contains(candidate)) {
            links.add(candidate);
        }
    }

    private static String firstParagraph(String text) {
        int end = text.indexOf("\n\n");
        return end < 0 ? text : text.substring(0, end);
    }
}
