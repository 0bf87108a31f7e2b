/**
 * Routes as data: the routeboek decision trees of each samenwerkingsverband, loaded from YAML, validated
 * (every problem reported at once, with file, node and fix) and walked by a channel-neutral engine. Knows
 * nothing of Spring, channels or the knowledge base.
 */
package nl.routewijzer.routes;
