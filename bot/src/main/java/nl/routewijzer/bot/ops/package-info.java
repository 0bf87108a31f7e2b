/**
 * Operations: what a platform needs to run the bot. Prometheus metrics fed by the conversation's listener
 * (messages per channel, route starts and completions, free questions without a good answer, reply latency)
 * and the readiness check that the content is loaded. Knows the conversation only through its neutral
 * {@link nl.routewijzer.bot.conversation.ConversationListener.HandledMessage}; never sees message text.
 */
package nl.routewijzer.bot.ops;
