/**
 * Knowledge as data and its search: routeboek sections (Markdown with front matter), the catalogue of "Lees
 * verder" references, the glossary, and any entries a caller adds (the bot adds the route pages); one Dutch
 * analyzer shared by indexing and searching; an in-memory Lucene index; a searcher that says honestly when
 * nothing matches well. Knows nothing of Spring, channels or routes.
 */
package nl.routewijzer.knowledge;
