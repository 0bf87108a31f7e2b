/**
 * The web channel: the JSON chat API of docs/chat-api.md (a public contract) and the plain HTML/CSS/JS chat
 * page served at {@code /}.
 */
package nl.routewijzer.bot.web;
