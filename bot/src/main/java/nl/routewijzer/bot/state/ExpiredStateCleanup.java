package nl.routewijzer.bot.state;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deletes conversations nobody touched within the retention period: no stored item lives forever. */
@Component
class ExpiredStateCleanup {

    private static final Logger log = LoggerFactory.getLogger(ExpiredStateCleanup.class);

    private final ConversationStore store;
    private final StateProperties properties;
    private final Clock clock;

    ExpiredStateCleanup(ConversationStore store, StateProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${routewijzer.state.cleanup-interval:1h}", initialDelayString = "PT1M")
    void deleteExpired() {
        int deleted = store.deleteInactiveSince(clock.instant().minus(properties.retention()));
        if (deleted > 0) {
            log.info("Deleted {} conversation(s) inactive for more than {}", deleted, properties.retention());
        }
    }
}
