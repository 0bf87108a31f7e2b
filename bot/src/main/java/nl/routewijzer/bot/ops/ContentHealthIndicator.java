package nl.routewijzer.bot.ops;

import java.util.Map;
import java.util.TreeMap;
import nl.routewijzer.knowledge.search.KnowledgeIndex;
import nl.routewijzer.routes.load.RouteCatalog;
import nl.routewijzer.routes.model.Route;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health component {@code content}, part of the readiness group: the routes and the knowledge index are
 * loaded. Broken content already stops the bot at startup; this check makes "ready" say so explicitly and
 * shows which content version each replica serves (useful while a rollout runs two versions side by side).
 */
@Component
class ContentHealthIndicator implements HealthIndicator {

    private final RouteCatalog routes;
    private final KnowledgeIndex knowledge;

    ContentHealthIndicator(RouteCatalog routes, KnowledgeIndex knowledge) {
        this.routes = routes;
        this.knowledge = knowledge;
    }

    @Override
    public Health health() {
        Map<String, String> versions = new TreeMap<>();
        for (Route route : routes.routes()) {
            versions.put(route.id(), route.contentVersion());
        }
        Health.Builder health = versions.isEmpty() || knowledge.size() == 0 ? Health.down() : Health.up();
        return health.withDetail("routes", versions.size())
                .withDetail("knowledgeEntries", knowledge.size())
                .withDetail("contentVersions", versions)
                .build();
    }
}
