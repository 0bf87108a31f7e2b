package nl.routewijzer.bot.state;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long conversation state is kept, and how it is written.
 *
 * @param retention         a conversation untouched this long is deleted
 * @param cleanupInterval   how often the cleanup runs (every replica runs it; the delete is idempotent)
 * @param synchronousCommit on PostgreSQL, wait for the disk on every commit (off by default: see
 *                          {@link PostgresCommitSettings} for why losing the last few hundred ms is acceptable)
 * @param recentFor         how long a replica remembers where a conversation stands after it last wrote it, to
 *                          skip reading it back for the next route step ({@link RecentConversations}); 0 turns it off
 */
@ConfigurationProperties("routewijzer.state")
public record StateProperties(@DefaultValue("30d") Duration retention, @DefaultValue("1h") Duration cleanupInterval,
                              @DefaultValue("false") boolean synchronousCommit, @DefaultValue("10m") Duration recentFor) {
}
