package nl.routewijzer.knowledge.load;

/**
 * One content file, by its path under {@code knowledge/}: {@code documents/<doc>/<NN>-<slug>.md},
 * {@code references.yaml}, {@code glossary.yaml}, {@code synonyms.yaml} or {@code examples.yaml}.
 */
public record KnowledgeSource(String path, String text) {
}
