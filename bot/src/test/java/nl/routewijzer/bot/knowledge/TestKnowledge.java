package nl.routewijzer.bot.knowledge;

import nl.routewijzer.bot.conversation.TestBot;
import nl.routewijzer.knowledge.load.KnowledgeFiles;
import nl.routewijzer.knowledge.load.KnowledgeLoader;
import nl.routewijzer.knowledge.search.KnowledgeIndex;
import nl.routewijzer.knowledge.search.KnowledgeSearcher;

/** The shipped knowledge plus the route pages, indexed once for all tests, as the bot does at startup. */
public final class TestKnowledge {

    private static KnowledgeSearcher searcher;
    private static KnowledgeIndex index;

    private TestKnowledge() {
    }

    public static synchronized KnowledgeSearcher searcher() {
        if (searcher == null) {
            searcher = new KnowledgeSearcher(index());
        }
        return searcher;
    }

    public static synchronized KnowledgeIndex index() {
        if (index == null) {
            index = KnowledgeIndex.build(RoutePages.added(
                    new KnowledgeLoader().load(KnowledgeFiles.fromResourceFolder()), TestBot.ROUTES));
        }
        return index;
    }
}
