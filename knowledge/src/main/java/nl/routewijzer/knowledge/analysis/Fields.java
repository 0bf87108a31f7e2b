package nl.routewijzer.knowledge.analysis;

/** The field names shared by the indexer and the searcher. */
public final class Fields {

    public static final String ID = "id";
    public static final String TITLE = "title";
    public static final String KEYWORDS = "keywords";
    public static final String BODY = "body";
    /** Word 4-grams of title, keywords and body: sub-word matching. */
    public static final String GRAMS = "grams";

    private Fields() {
    }
}
