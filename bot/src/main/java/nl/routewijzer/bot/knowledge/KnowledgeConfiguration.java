package nl.routewijzer.bot.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.routewijzer.bot.conversation.UiText;
import nl.routewijzer.knowledge.load.KnowledgeBase;
import nl.routewijzer.knowledge.load.KnowledgeLoader;
import nl.routewijzer.knowledge.load.KnowledgeSource;
import nl.routewijzer.knowledge.search.KnowledgeIndex;
import nl.routewijzer.knowledge.search.KnowledgeSearcher;
import nl.routewijzer.routes.load.RouteCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Builds the knowledge index at startup: a broken knowledge file stops the bot with every problem listed. */
@Configuration(proxyBeanMethods = false)
class KnowledgeConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeConfiguration.class);

    @Bean
    KnowledgeIndex knowledgeIndex(RouteCatalog routes) {
        KnowledgeBase base = new KnowledgeLoader().load(packaged()).with(RoutePages.of(routes));
        KnowledgeIndex index = KnowledgeIndex.build(base);
        log.info("Knowledge index built: {} entries", index.size());
        return index;
    }

    @Bean
    KnowledgeAnswerer knowledgeAnswerer(KnowledgeIndex index, UiText text) {
        return new KnowledgeAnswerer(new KnowledgeSearcher(index), text);
    }

    static List<KnowledgeSource> packaged() {
        try {
            List<KnowledgeSource> sources = new ArrayList<>();
            PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
            for (String pattern : List.of("classpath*:knowledge/**/*.md", "classpath*:knowledge/*.yaml")) {
                for (Resource resource : resolver.getResources(pattern)) {
                    String url = resource.getURL().toString();
                    String path = url.substring(url.lastIndexOf("knowledge/") + "knowledge/".length());
                    if (pattern.endsWith(".md")) {
                        path = url.substring(url.indexOf("knowledge/documents/") + "knowledge/".length());
                    }
                    try (InputStream in = resource.getInputStream()) {
                        sources.add(new KnowledgeSource(path, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                }
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the packaged knowledge", e);
        }
    }
}
