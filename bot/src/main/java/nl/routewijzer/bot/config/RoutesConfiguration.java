package nl.routewijzer.bot.config;

import java.util.List;
import nl.routewijzer.routes.engine.RouteEngine;
import nl.routewijzer.routes.load.RouteCatalog;
import nl.routewijzer.routes.load.RouteFiles;
import nl.routewijzer.routes.load.RouteSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads and validates every route at startup. A broken route stops the bot with the full list of problems
 * (file, node, fix), so broken content never reaches a user.
 */
@Configuration(proxyBeanMethods = false)
class RoutesConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RoutesConfiguration.class);

    @Bean
    RouteCatalog routeCatalog(RoutesProperties properties) {
        List<RouteSource> sources = properties.directory().map(RouteFiles::fromDirectory).orElseGet(RoutesConfiguration::packaged);
        RouteCatalog catalog = RouteCatalog.load(sources);
        catalog.routes().forEach(r -> log.info("Route {} loaded: {} nodes, content version {}", r.id(), r.nodes().size(),
                r.contentVersion()));
        return catalog;
    }

    @Bean
    RouteEngine routeEngine(RouteCatalog catalog) {
        return new RouteEngine(catalog);
    }

    private static List<RouteSource> packaged() {
        return PackagedContent.read("routes", "*.yaml").stream().map(f -> new RouteSource(f.path(), f.text())).toList();
    }
}
