/**
 * The bridge from the conversation to the knowledge base: builds the index at startup (routeboek texts,
 * references, glossary and every route page) and renders search hits as replies with their source.
 */
package nl.routewijzer.bot.knowledge;
