package nl.routewijzer.bot.conversation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxTextLength a longer message gets a friendly request to shorten it, not an error
 * @param saveAttempts  how often a message is retried when another message of the same conversation won
 *                      the optimistic-locking race
 */
@ConfigurationProperties("routewijzer.conversation")
public record ConversationProperties(@DefaultValue("2000") int maxTextLength, @DefaultValue("8") int saveAttempts) {
}
