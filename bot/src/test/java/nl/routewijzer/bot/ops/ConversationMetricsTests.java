package nl.routewijzer.bot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.routewijzer.bot.conversation.ConversationProperties;
import nl.routewijzer.bot.conversation.ConversationService;
import nl.routewijzer.bot.conversation.InMemoryConversationStore;
import nl.routewijzer.bot.conversation.StepRenderer;
import nl.routewijzer.bot.conversation.TestBot;
import nl.routewijzer.bot.conversation.UiText;
import nl.routewijzer.bot.knowledge.KnowledgeAnswerer;
import nl.routewijzer.bot.knowledge.TestKnowledge;
import nl.routewijzer.routes.engine.RouteEngine;
import org.junit.jupiter.api.Test;

/** The metrics of a real conversation: walked to an end, with a free question answered and one not. */
class ConversationMetricsTests {

    private final MeterRegistry registry = new SimpleMeterRegistry();
    private final ConversationService conversations;

    ConversationMetricsTests() {
        UiText text = new UiText();
        RouteEngine engine = new RouteEngine(TestBot.ROUTES);
        conversations = new ConversationService(new InMemoryConversationStore(), engine, new StepRenderer(engine, text),
                new KnowledgeAnswerer(TestKnowledge.searcher(), text), text, new ConversationProperties(2000, 8),
                new ConversationMetrics(registry, TestBot.ROUTES));
    }

    private double count(String name, String... tags) {
        return registry.get(name).tags(tags).counter().count();
    }

    @Test
    void aConversationIsCountedByChannelRouteAndOutcome() {
        for (String message : new String[] {"/start vo-zhw", "ja", "wat is een JES?", "zzzz qqqq xxxx", "ziekteverzuim",
                "/samenvatting"}) {
            conversations.handle("test:metrics", "web", message);
        }
        conversations.handle("test:metrics-2", "telegram", "/start po-3006");

        assertThat(count("routewijzer.messages", "channel", "web")).isEqualTo(6);
        assertThat(count("routewijzer.messages", "channel", "telegram")).isEqualTo(1);
        assertThat(count("routewijzer.route.starts", "route", "vo-zhw")).isEqualTo(1);
        assertThat(count("routewijzer.route.starts", "route", "po-3006")).isEqualTo(1);
        assertThat(count("routewijzer.route.completions", "route", "vo-zhw")).isEqualTo(1);
        assertThat(count("routewijzer.free.questions", "answered", "true")).isEqualTo(1);
        assertThat(count("routewijzer.free.questions", "answered", "false")).isEqualTo(1);
        assertThat(registry.get("routewijzer.reply.latency").tags("channel", "web", "kind", "free-question").timer()
                .count()).isEqualTo(2);
        assertThat(registry.get("routewijzer.reply.latency").tags("channel", "web", "kind", "route").timer()
                .count()).isEqualTo(4);
    }

    @Test
    void everyRouteStartsAtZeroBeforeAnyMessage() {
        TestBot.ROUTES.routes().forEach(route -> {
            assertThat(count("routewijzer.route.starts", "route", route.id())).isZero();
            assertThat(count("routewijzer.route.completions", "route", route.id())).isZero();
        });
        assertThat(count("routewijzer.free.questions", "answered", "false")).isZero();
    }
}
