package nl.routewijzer.bot.conversation;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import nl.routewijzer.bot.knowledge.KnowledgeAnswerer;
import nl.routewijzer.bot.knowledge.TestKnowledge;
import nl.routewijzer.routes.engine.RouteEngine;
import nl.routewijzer.routes.engine.RouteState;
import nl.routewijzer.routes.load.RouteCatalog;
import nl.routewijzer.routes.load.RouteFiles;

/**
 * The real conversation (engine, planner, renderer, knowledge answerer) over the shipped routes and
 * knowledge, without Spring or a database: fast enough to run every golden conversation and the
 * evaluation set in plain unit tests.
 */
public final class TestBot {

    public static final RouteCatalog ROUTES = RouteCatalog.load(RouteFiles.fromResourceFolder());
    private static final AtomicInteger IDS = new AtomicInteger();

    private final InMemoryConversationStore store = new InMemoryConversationStore();
    private final RouteEngine engine = new RouteEngine(ROUTES);
    private final ConversationService service;
    private final String conversationId = "test:" + IDS.incrementAndGet();

    public TestBot() {
        UiText text = new UiText();
        KnowledgeAnswerer answerer = new KnowledgeAnswerer(TestKnowledge.searcher(), text);
        service = new ConversationService(store, engine, new StepRenderer(engine, text), answerer, text,
                new ConversationProperties(2000, 8), ConversationListener.NONE);
    }

    public List<Reply> send(String message) {
        return service.handle(conversationId, "test", message);
    }

    public Optional<RouteState> route() {
        return store.find(conversationId).route();
    }

    /** What the user sees of the replies: texts (without ** markers), link titles and URLs. */
    public static String visible(List<Reply> replies) {
        StringBuilder out = new StringBuilder();
        for (Reply reply : replies) {
            out.append(reply.text().replace("**", "")).append('\n');
            reply.links().forEach(l -> out.append(l.title()).append(' ').append(l.url()).append('\n'));
        }
        return out.toString();
    }
}
