package nl.routewijzer.bot.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import nl.routewijzer.bot.conversation.ConversationListener;
import nl.routewijzer.routes.load.RouteCatalog;
import nl.routewijzer.routes.model.Route;
import org.springframework.stereotype.Component;

/**
 * Counts what the conversations do, for Prometheus ({@code /actuator/prometheus}):
 * <ul>
 * <li>{@code routewijzer.messages{channel}}: every handled message;</li>
 * <li>{@code routewijzer.route.starts{route}}: a message put the conversation on the first step of a route;</li>
 * <li>{@code routewijzer.route.completions{route}}: a message reached an end of the route;</li>
 * <li>{@code routewijzer.free.questions{answered}}: free questions, and whether the knowledge base answered
 * them well ({@code answered="false"} is the content team's to-do list);</li>
 * <li>{@code routewijzer.reply.latency{channel,kind}}: receiving to replying, as a histogram so that p99 can
 * be computed across replicas.</li>
 * </ul>
 * Tags come from content and code (route ids, channel names), never from what a user typed.
 */
@Component
class ConversationMetrics implements ConversationListener {

    private final MeterRegistry registry;
    private final RouteTransitions transitions;

    ConversationMetrics(MeterRegistry registry, RouteCatalog routes) {
        this.registry = registry;
        this.transitions = new RouteTransitions(routes);
        // Registered up front at zero, so that rate() over a fresh replica has a starting point.
        for (Route route : routes.routes()) {
            starts(route.id());
            completions(route.id());
        }
        freeQuestions(true);
        freeQuestions(false);
    }

    @Override
    public void handled(HandledMessage message) {
        registry.counter("routewijzer.messages", "channel", message.channel()).increment();
        transitions.started(message.before(), message.after()).ifPresent(route -> starts(route).increment());
        transitions.completed(message.before(), message.after()).ifPresent(route -> completions(route).increment());
        message.freeQuestion().ifPresent(answered -> freeQuestions(answered).increment());
        latency(message.channel(), message.freeQuestion().isPresent()).record(nonNegative(message.took()));
    }

    private Counter starts(String route) {
        return Counter.builder("routewijzer.route.starts").description("Routes started (restarts included)")
                .tag("route", route).register(registry);
    }

    private Counter completions(String route) {
        return Counter.builder("routewijzer.route.completions").description("Routes walked to an end")
                .tag("route", route).register(registry);
    }

    private Counter freeQuestions(boolean answered) {
        return Counter.builder("routewijzer.free.questions").description("Free questions, by whether one was answered well")
                .tag("answered", String.valueOf(answered)).register(registry);
    }

    private Timer latency(String channel, boolean freeQuestion) {
        return Timer.builder("routewijzer.reply.latency").description("From receiving a message to having its replies")
                .tag("channel", channel).tag("kind", freeQuestion ? "free-question" : "route")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry);
    }

    private static Duration nonNegative(Duration took) {
        return took.isNegative() ? Duration.ZERO : took;
    }
}
