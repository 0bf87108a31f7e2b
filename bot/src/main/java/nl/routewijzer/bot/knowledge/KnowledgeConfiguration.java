package nl.routewijzer.bot.knowledge;

import java.util.List;
import nl.routewijzer.bot.config.PackagedContent;
import nl.routewijzer.bot.conversation.UiText;
import nl.routewijzer.knowledge.load.KnowledgeBase;
import nl.routewijzer.knowledge.load.KnowledgeLoader;
import nl.routewijzer.knowledge.load.KnowledgeSource;
import nl.routewijzer.knowledge.model.Example;
import nl.routewijzer.knowledge.search.KnowledgeIndex;
import nl.routewijzer.knowledge.search.KnowledgeSearcher;
import nl.routewijzer.routes.load.RouteCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the knowledge index at startup: a broken knowledge file stops the bot with every problem listed. */
@Configuration(proxyBeanMethods = false)
class KnowledgeConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeConfiguration.class);

    @Bean
    KnowledgeIndex knowledgeIndex(RouteCatalog routes) {
        KnowledgeBase base = RoutePages.added(new KnowledgeLoader().load(packaged()), routes);
        KnowledgeIndex index = KnowledgeIndex.build(base);
        List<Example> unplaced = index.unresolvedExamples();
        log.info("Knowledge index built: {} entries, learned from {} examples", index.size(),
                base.examples().size() - unplaced.size());
        if (!unplaced.isEmpty()) {
            // Not fatal: the search works without them. Examples are content (no user text); the first is named.
            log.warn("{} examples in knowledge/examples.yaml point at no text, or at too many to learn from (the first: \"{}\"); "
                            + "mend their answer phrases or write the file anew (README, developer notes)",
                    unplaced.size(), unplaced.getFirst().question());
        }
        return index;
    }

    @Bean(destroyMethod = "close")
    SearchThreads searchThreads() {
        return SearchThreads.platform(Runtime.getRuntime().availableProcessors());
    }

    @Bean
    KnowledgeAnswerer knowledgeAnswerer(KnowledgeIndex index, UiText text, SearchThreads threads) {
        return new KnowledgeAnswerer(new KnowledgeSearcher(index), text, threads);
    }

    static List<KnowledgeSource> packaged() {
        return PackagedContent.read("knowledge", "**/*.md", "*.yaml").stream()
                .map(f -> new KnowledgeSource(f.path(), f.text())).toList();
    }
}
