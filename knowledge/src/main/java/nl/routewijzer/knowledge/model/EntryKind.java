package nl.routewijzer.knowledge.model;

/** What an entry of the knowledge base is; the searcher prefers kinds that fit the question. */
public enum EntryKind {
    /** A section of a routeboek or routekaart, with its full text. */
    SECTION,
    /** A "Lees verder in ..." reference of a digital tool: a document and chapter whose text is not here. */
    REFERENCE,
    /** A term or abbreviation with its definition. */
    TERM,
    /** A page of a route (a step of a digital tool or stappenplan). */
    ROUTE_STEP
}
