/**
 * The channel-neutral conversation: reads a user's message (a command, a choice or a free question), moves
 * the route on through the engine, asks the knowledge base, and answers with neutral {@link
 * nl.routewijzer.bot.conversation.Reply replies} that each channel renders in its own way.
 */
package nl.routewijzer.bot.conversation;
