package nl.routewijzer.bot.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.routewijzer.bot.conversation.ConversationListener;
import nl.routewijzer.bot.conversation.ConversationProperties;
import nl.routewijzer.bot.conversation.ConversationService;
import nl.routewijzer.bot.conversation.Reply;
import nl.routewijzer.bot.conversation.StepRenderer;
import nl.routewijzer.bot.conversation.TestBot;
import nl.routewijzer.bot.conversation.UiText;
import nl.routewijzer.bot.knowledge.KnowledgeAnswerer;
import nl.routewijzer.bot.knowledge.TestKnowledge;
import nl.routewijzer.routes.engine.Answer;
import nl.routewijzer.routes.engine.RouteEngine;
import nl.routewijzer.routes.engine.RouteState;
import nl.routewijzer.routes.model.Route;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A conversation stored under older content meets today's routes: it resumes where the path still holds,
 * and otherwise the user is told in Dutch and the route starts again. Real shipped routes, real store (H2).
 */
class ContentChangeTests {

    private static final UiText TEXT = new UiText();
    private static final Route VO_ZHW = TestBot.ROUTES.route("vo-zhw").orElseThrow();

    private JdbcConversationStore store;
    private ConversationService conversations;

    @BeforeEach
    void setUp() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).load().migrate();
        store = new JdbcConversationStore(new JdbcTemplate(dataSource), Clock.systemUTC());
        RouteEngine engine = new RouteEngine(TestBot.ROUTES);
        conversations = new ConversationService(store, engine, new StepRenderer(engine, TEXT),
                new KnowledgeAnswerer(TestKnowledge.searcher(), TEXT), TEXT, new ConversationProperties(2000, 8),
                ConversationListener.NONE);
    }

    @Test
    void removedNodeGivesTheDutchNoticeAndRestartsTheRoute() {
        RouteState old = new RouteState("vo-zhw", "000000000000", "een-stap-die-niet-meer-bestaat",
                List.of(new Answer(VO_ZHW.startNodeId(), 0)));
        store.save("web:old-content", Optional.of(old), 0);

        List<Reply> replies = conversations.handle("web:old-content", "web", "volgende");

        assertThat(replies.getFirst().text()).startsWith("Deze route is inmiddels bijgewerkt")
                .isEqualTo(TEXT.get(UiText.Key.CONTENT_CHANGED));
        RouteState now = store.find("web:old-content").route().orElseThrow();
        assertThat(now.routeId()).isEqualTo("vo-zhw");
        assertThat(now.contentVersion()).isEqualTo(VO_ZHW.contentVersion());
        assertThat(now.nodeId()).isEqualTo(VO_ZHW.startNodeId());
        assertThat(now.path()).isEmpty();
    }

    @Test
    void changedAnswerOnThePathRestartsTheRouteToo() {
        // The node still exists, but the stored answer no longer leads to it.
        String second = VO_ZHW.node(VO_ZHW.startNodeId()).orElseThrow().choices().get(0).next();
        RouteState old = new RouteState("vo-zhw", "000000000000", second, List.of(new Answer(VO_ZHW.startNodeId(), 9)));
        store.save("web:changed-path", Optional.of(old), 0);

        List<Reply> replies = conversations.handle("web:changed-path", "web", "/verder");

        assertThat(replies.getFirst().text()).isEqualTo(TEXT.get(UiText.Key.CONTENT_CHANGED));
        assertThat(store.find("web:changed-path").route().orElseThrow().nodeId()).isEqualTo(VO_ZHW.startNodeId());
    }

    @Test
    void contentChangeThatLeftThePathIntactResumesAtTheSameStepWithoutANotice() {
        String second = VO_ZHW.node(VO_ZHW.startNodeId()).orElseThrow().choices().get(0).next();
        RouteState old = new RouteState("vo-zhw", "000000000000", second, List.of(new Answer(VO_ZHW.startNodeId(), 0)));
        store.save("web:compatible", Optional.of(old), 0);

        List<Reply> replies = conversations.handle("web:compatible", "web", "/verder");

        assertThat(replies).noneMatch(r -> r.text().equals(TEXT.get(UiText.Key.CONTENT_CHANGED)));
        RouteState now = store.find("web:compatible").route().orElseThrow();
        assertThat(now.nodeId()).isEqualTo(second);
        assertThat(now.contentVersion()).as("brought up to date").isEqualTo(VO_ZHW.contentVersion());
    }

    @Test
    void routeThatIsNoLongerOfferedLeadsBackToTheMenu() {
        store.save("web:gone-route", Optional.of(new RouteState("vo-oud", "000000000000", "ergens", List.of())), 0);

        List<Reply> replies = conversations.handle("web:gone-route", "web", "volgende");

        assertThat(replies.getFirst().text()).isEqualTo(TEXT.get(UiText.Key.ROUTE_GONE));
        assertThat(store.find("web:gone-route").route()).isEmpty();
    }
}
