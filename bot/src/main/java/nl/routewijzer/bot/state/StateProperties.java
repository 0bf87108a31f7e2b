package nl.routewijzer.bot.state;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long conversation state is kept.
 *
 * @param retention       a conversation untouched this long is deleted
 * @param cleanupInterval how often the cleanup runs
 */
@ConfigurationProperties("routewijzer.state")
public record StateProperties(@DefaultValue("30d") Duration retention, @DefaultValue("1h") Duration cleanupInterval) {
}
