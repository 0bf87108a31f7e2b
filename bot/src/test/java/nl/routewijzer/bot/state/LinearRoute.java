package nl.routewijzer.bot.state;

import java.util.List;
import java.util.Optional;
import nl.routewijzer.bot.conversation.ConversationListener;
import nl.routewijzer.bot.conversation.ConversationProperties;
import nl.routewijzer.bot.conversation.ConversationService;
import nl.routewijzer.bot.conversation.FreeQuestionAnswerer;
import nl.routewijzer.bot.conversation.Reply;
import nl.routewijzer.bot.conversation.StepRenderer;
import nl.routewijzer.bot.conversation.UiText;
import nl.routewijzer.routes.engine.RouteEngine;
import nl.routewijzer.routes.load.RouteCatalog;
import nl.routewijzer.routes.load.RouteSource;

/**
 * A test route of {@link #STEPS} steps in a row ("Stap 1" ... with one choice, "Volgende") and an end: every
 * press moves exactly one step on, so counting steps shows whether each message was applied exactly once.
 */
final class LinearRoute {

    static final String ID = "lineair";
    static final int STEPS = 60;
    static final RouteCatalog CATALOG = RouteCatalog.load(List.of(new RouteSource(ID + ".yaml", yaml())));
    static final UiText TEXT = new UiText();

    private LinearRoute() {
    }

    /** The real conversation on this route, over the given store. */
    static ConversationService service(ConversationStore store, int saveAttempts) {
        RouteEngine engine = new RouteEngine(CATALOG);
        FreeQuestionAnswerer nothing = (question, route) -> new FreeQuestionAnswerer.Answer(
                List.of(Reply.text("Geen antwoord.")), false);
        return new ConversationService(store, engine, new StepRenderer(engine, TEXT), nothing, TEXT,
                new ConversationProperties(2000, saveAttempts), ConversationListener.NONE);
    }

    static String nodeId(int step) {
        return "stap-" + step;
    }

    /** The step a reply shows, read from its text "Stap k van de rij." */
    static Optional<Integer> shownStep(List<Reply> replies) {
        return replies.stream().map(Reply::text)
                .map(t -> java.util.regex.Pattern.compile("Stap (\\d+) van de rij").matcher(t))
                .filter(java.util.regex.Matcher::find).map(m -> Integer.parseInt(m.group(1))).findFirst();
    }

    private static String yaml() {
        StringBuilder yaml = new StringBuilder("""
                id: lineair
                title: Lineaire testroute
                region: SWV Test
                schoolType: PO
                version: "1"
                source: Test
                intro: Een rij stappen.
                start: stap-1
                nodes:
                """);
        for (int i = 1; i <= STEPS; i++) {
            yaml.append("  ").append(nodeId(i)).append(":\n")
                    .append("    kind: step\n")
                    .append("    text: Stap ").append(i).append(" van de rij.\n")
                    .append("    next: ").append(i == STEPS ? "einde" : nodeId(i + 1)).append('\n');
        }
        yaml.append("""
                  einde:
                    kind: end
                    text: Het einde van de rij.
                    end: Klaar.
                """);
        return yaml.toString();
    }
}
