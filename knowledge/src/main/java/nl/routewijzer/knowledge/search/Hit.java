package nl.routewijzer.knowledge.search;

import java.util.Optional;
import nl.routewijzer.knowledge.model.KnowledgeEntry;

/**
 * One answer: the entry, the passage of it that best fits the question, and how well it fits.
 *
 * @param passage  what an answer shows: the passage, a list whole when it fits
 * @param gist     the part of the passage that fits the question (one group of a long list), for a short mention
 * @param coverage the share (0-1) of the question's meaning, weighted by rarity, that the entry contains
 */
public record Hit(KnowledgeEntry entry, Optional<String> heading, String passage, String gist, double score, double coverage) {
}
