/**
 * The Telegram channel: the same conversations as the web chat in a Telegram bot. It is on only when a bot
 * token is configured; it receives updates by long polling (one process) or through a webhook served by the
 * bot's own web server (several replicas), turns messages, commands and button presses into calls of the
 * channel-neutral {@link nl.routewijzer.bot.conversation.ConversationService}, and renders the neutral
 * replies as Telegram HTML messages with inline keyboards. Every call to the Bot API goes through one sender
 * that retries rate limits and server errors, so that no Telegram fault stops the channel.
 */
package nl.routewijzer.bot.telegram;
