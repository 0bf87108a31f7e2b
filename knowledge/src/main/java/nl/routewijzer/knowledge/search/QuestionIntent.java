package nl.routewijzer.knowledge.search;

/** What kind of answer a question asks for; decides which kinds of entry are preferred. */
public enum QuestionIntent {
    /** "waar lees ik meer over ...", "waar vind ik ...": a document and chapter. */
    WHERE_TO_READ,
    /** "wat is ...", "wat betekent ...", "waar staat ... voor": a term's meaning. */
    DEFINITION,
    /** Any other question: a fact from the text. */
    FACT;

    /** "wat verstaan jullie onder", "wat valt er onder": asking what a term covers (also {@link DefinitionSubject}). */
    static final String WHAT_FALLS_UNDER = "wat (?:verstaan|verstaat|versta) (?:jullie|we|wij|ze|je|jij|men|u) onder"
            + "|wat (?:valt|vallen) (?:er )?onder|wat wordt (?:er )?verstaan onder";
    private static final java.util.regex.Pattern DEFINITION_PATTERN = java.util.regex.Pattern.compile(
            "^(wat (is|zijn|betekent|betekenen|bedoelen ze met|wordt bedoeld met|houdt)\\b|(?:" + WHAT_FALLS_UNDER + ")\\b"
                    + "|waar staat .+ voor\\b|betekenis van\\b|definitie van\\b|wat doet (een|de|het)\\b|wie is (een|de)\\b)");
    private static final java.util.regex.Pattern WHERE_PATTERN = java.util.regex.Pattern.compile(
            // Every alternative begins a word: tried at word starts only, the pattern costs a fraction.
            "\\b(waar (lees|vind|staat|staan|zie|haal|krijg|download)\\b|"
                    // "waar kan ik meer lezen", not "waar kunnen de ouders hem aanmelden" (a place to go, not to read)
                    + "\\bwaar (kan|kunnen)\\b.{0,40}\\b(lezen|vinden|nalezen|terugvinden|kijken|zien|opzoeken|informatie|info|downloaden|halen|terecht|naartoe|advies|hulp)\\b|"
                    + "\\bpdf\\b|\\bnalezen\\b|\\bdownload(en)?\\b|\\b(web)?site\\b|\\bterecht\\b|meer (lezen|informatie|info)\\b|lees ik\\b|\\blink\\b|"
                    + "\\bdocument\\b|\\bhoofdstuk\\b|\\bhandreiking\\b"
                    // "is er een schema voor ziekteverzuim waar ik kan kijken?": a document to go to.
                    + "|\\bwaar (ik|we|wij|je|jij) .{0,25}\\b(kijken|lezen|vinden|nalezen|terugvinden)\\b"
                    + "|\\b(is|bestaat|heeft|hebben) (er|jullie|het swv|sppoh) (ook )?(ergens )?(een )?(apart |handig |eigen )?"
                    + "(schema|overzicht|stappenplan|formulier|brochure|protocol|format|checklist)\\b)");

    /**
     * A definition asked after the term was named: "Collega's hebben het over 'het JES'. Wat is dat eigenlijk?",
     * "vaste schakel, wat betekent dat", "de IB noemt GOAL als optie. Wat is dat voor voorziening?".
     */
    static final java.util.regex.Pattern BACK_REFERENCE = java.util.regex.Pattern.compile(
            "(^|[\\s,.;:?!])((wat (is|zijn|betekent|betekenen|houdt) (dat|dit|die|het)|wat voor (een )?[\\p{L}-]+ is (dat|dit|het)"
                    + "|wat (is|zijn) (dat|dit|die) voor (een )?[\\p{L}-]+"
                    + "|wat valt (er )?(daar|hier)onder)( (eigenlijk|precies|nou|nu|dan|in|voor iets))*\\s*[?.!]*$"
                    + "|wat (is|betekent|houdt) (dat|dit)( (eigenlijk|precies|nou|nu|dan|in))*\\s*[?.!,]*\\s+en\\s)");
    /** "BREN betekenis", "SOT afkorting", "jes waar staat het voor": the term first, then what is asked of it. */
    static final java.util.regex.Pattern TERM_FIRST = java.util.regex.Pattern.compile(
            "^(.{2,40}?)[,:]?\\s+(betekenis|afkorting|definitie|uitleg|wat (betekent|is) (dat|het|dit|die)"
                    + "|waar staat (dat|het|dit|die) voor)"
                    // "langdurig verzuim definitie po": for which sector or SWV.
                    + "(\\s+(in het |bij |voor het |van )?(po|vo|so|sbo|vso|swv|sppoh|zhw)(\\s+[a-z0-9 -]{1,12})?)?\\s*[?.!]*$");
    /** "wanneer spreken we van absoluut verzuim": when a term applies is what it means. */
    static final java.util.regex.Pattern WHEN_CALLED = java.util.regex.Pattern.compile(
            "^(wanneer|vanaf wanneer) (spreek|spreken|spreekt) (we|je|jullie|men|u) (van|over)\\s+|^wanneer is er sprake van\\s+");

    /** Where a sentence or clause ends and the next may begin. */
    private static final java.util.regex.Pattern CLAUSE_END = java.util.regex.Pattern.compile("[.?!,;:]\\s+");

    /** @param folded the question in lower case without diacritics */
    static QuestionIntent of(String folded) {
        String text = folded.strip();
        if (DEFINITION_PATTERN.matcher(text).find() || BACK_REFERENCE.matcher(text).find()
                || WHEN_CALLED.matcher(text).find() || TERM_FIRST.matcher(text).find()) {
            return DEFINITION;
        }
        return WHERE_PATTERN.matcher(text).find() ? WHERE_TO_READ : FACT;
    }

    /**
     * The clause that may ask a definition after a situation was told: "... Ik weet niet wat dat is. Wat is een
     * ingroeiplan?", "Ik ben nieuw op school, wat is een JES eigenlijk?" -> "wat is een jes eigenlijk?". The
     * last such clause; the whole text when none is. Whether it asks one depends on what it names ("wat zijn
     * de volgende stappen" does not): see {@link KnowledgeSearcher}.
     *
     * @param folded the question in lower case without diacritics
     */
    static String definitionAsked(String folded) {
        String text = folded.strip();
        java.util.regex.Matcher end = CLAUSE_END.matcher(text);
        String asked = text;
        while (end.find()) {
            String rest = text.substring(end.end());
            if (!rest.isEmpty() && DEFINITION_PATTERN.matcher(rest).find()) {
                asked = rest;
            }
        }
        return asked;
    }
}
