package nl.routewijzer.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.routewijzer.knowledge.analysis.DutchAnalysis;
import nl.routewijzer.knowledge.analysis.Fields;
import nl.routewijzer.knowledge.analysis.Terms;
import nl.routewijzer.knowledge.model.EntryKind;
import nl.routewijzer.knowledge.model.KnowledgeEntry;
import nl.routewijzer.knowledge.search.Asked.Concept;
import nl.routewijzer.knowledge.search.Asked.Weighted;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * Reads a free question the way the texts were read: what it is about (without the words that only ask, or
 * say who asks or that the user wants to act), the samenwerkingsverband it names, what kind of answer it
 * wants, the term it names, and each of its words and synonym concepts with the weight it has in coverage.
 * {@link KnowledgeSearcher} then finds what answers it. Safe to share between threads.
 */
final class QuestionReader {

    /** Words of a question that ask for an answer rather than say what it is about. */
    private static final List<String> FILLER = List.of(
            "waar", "lezen", "meer", "vind", "vinden", "informatie", "info", "link", "betekent", "betekenen",
            "betekenis", "definitie", "uitleg", "weten", "graag", "staat", "gebeurt", "gebeuren", "moet", "moeten",
            "doen", "kan", "kunnen", "mag", "mogen", "mocht", "mochten", "moest", "moesten", "konden", "zouden", "zullen",
            "welke", "welk", "hoe", "wat", "komt", "komen", "gaat", "gaan", "elkaar",
            "iets", "precies", "eigenlijk", "vertel", "zeg", "zegt", "zeggen", "wanneer", "hoeveel", "vanaf", "uiteindelijk", "ongeveer",
            "gewoon", "echt", "even", "ondernemen", "ondernomen", "oud", "snel", "vaak", "jullie", "verstaan", "site",
            "nalezen", "inlezen", "doorlezen", "bijlezen", "verdiepen", "verdiep", "uitzoeken", "goed", "terugvinden", "beschreven", "inhoudt", "inhouden", "downloaden",
            "download", "we", "wij", "tussen", "onze", "doet", "zelf", "afkorting", "afkortingen", "term", "begrip",
            "woord", "website", "webpagina", "pagina", "t", "pdf", "los", "losse", "apart", "aparte", "omgaan", "omgegaan",
            "halen", "haal", "vandaan", "doe", "daaronder", "hieronder", "erin", "daarin", "erbij", "daarbij", "erover",
            "daarover", "hiermee", "daarmee", "hierbij", "hierin", "hierop", "daarop", "daarvoor", "hiervoor", "ervoor",
            "hierover", "daarvan", "hiervan", "ervan", "daaraan", "hieraan", "eraan", "heel", "erg", "nogal", "behoorlijk",
            "ontzettend", "totaal", "standaard", "onderwerp", "onderwerpen", "eis", "eisen",
            // "hoe vaak ziekgemeld voordat ik ...": asks for a moment, like "wanneer".
            "voordat",
            // How often something happens tells the situation, not what to look up ("meldt zich steeds ziek").
            "steeds", "telkens", "alsmaar",
            // When the user writes tells the situation too ("is vandaag weer ziek gemeld").
            "vandaag", "gisteren", "vanochtend", "vanmorgen", "gehad",
            // Adverbs of talk, which formal texts hardly use, so that as rare words they would weigh most:
            // "komt soms pas om kwart over 9", "sinds deze maand", "mist het eerste uur helemaal".
            "soms", "pas", "sinds", "helemaal", "bijna", "ineens", "opeens", "zomaar", "zelfs", "hoi",
            "wel", "ruim", "netjes", "beetje", "alweer", "inmiddels", "ondertussen", "intussen", "af", "verder", "prima", "ergens",
            "allemaal", "checken", "check", "officieel", "officiele", "zo'n",
            // "is dat genoeg?": asks whether what the situation tells suffices; the situation says what about.
            "genoeg",
            // "kan een onderwijsconsulent helpen?": any help asked; who or what is the topic.
            "helpen", "helpt", "geholpen",
            // "waar kunnen we mee naartoe?": asks where to go, as "terecht" does; the situation says with what.
            "mee", "naartoe", "heen", "erheen",
            // "in welke situaties kun je ...": asks when, as "wanneer" does.
            "kun", "kunt", "situatie", "situaties", "geval", "gevallen",
            // "hoe pak ik dat aan?": asks how to act, not what about.
            "aanpakken", "aanpak", "pak", "pakt", "pakken",
            // "elke ochtend", "elk gesprek": how often, told in the situation.
            "elk", "elke", "terug",
            // "ketenpartners zoals leerplicht en het jeugdteam": announces examples, which the words after it give.
            "zoals",
            // "welk document moet ik hebben?": asking where to read, like "pagina". ("hoofdstuk" would take its
            // part "stuk" along: "welke stukken moeten in het dossier".)
            "document", "documenten",
            // "welke acties horen hierbij", "ik hoorde iets over GOAL": belonging and hearsay, not what about.
            "horen", "hoort", "hoorde", "hoorden",
            // "willen we hem laten observeren": what the user wants, as "graag"; the verb says what.
            "willen", "wil", "wilt", "wilde", "wilden",
            // "valt dit onder ...": falling under something is how the question is put, not what it is about.
            "valt", "vallen",
            // "hoe heet dat", "wanneer noem je dat nou ...": asking for a name, as "betekent" asks for a meaning.
            "heet", "heten", "noem", "noemt", "noemen", "nou", "zoiets",
            // "problematisch verzuim criteria", "overzicht steunpunten sppoh": what kind of answer is wanted (the
            // conditions, a list, options, a definition, also misspelt), not what about.
            "criteria", "criterium", "kenmerken", "overzicht", "overzichtje", "lijst", "lijstje", "opsomming", "defenitie",
            "definite", "difinitie", "definities", "uitleggen", "opties", "optie",
            // Query operators a user may type ("JES AND MDO"): Lucene syntax is never parsed, and as words they
            // would weigh as rare words no text holds.
            "and", "or", "not");

    /**
     * From this many words and concepts on, a word no text uses weighs less (see {@link #asked}): "praten" in
     * "een gesprekshulpmiddel om met ouders over thuiszitten te praten" must not make every answer fall short.
     */
    static final int UNKNOWN_WORD_FROM = 3;
    /** The weight, relative to its rarity, of a word no text uses, from {@link #UNKNOWN_WORD_FROM} meanings on. */
    static final double UNKNOWN_WORD_SHARE = 0.3;
    /**
     * From this many words and concepts on, a word no text uses mostly describes ("de ouders van een brugklasser
     * zijn het fundamenteel oneens ... over wat hun zoon nodig heeft"): it weighs {@value #UNKNOWN_WORD_SHARE_LONG}
     * of its rarity, so that a few such words do not keep the answer below the minimum coverage (+7 -1 first
     * answers on 62 sets; 0.05: +8 -1). A shorter question keeps {@value #UNKNOWN_WORD_SHARE}: in "een leerling wil
     * niet meer naar school door pesten" the word no text uses is the point, and the honest answer is "not found"
     * (for every question, 0.1 answered that with an enrolment page).
     */
    static final int LONG_QUESTION = 6;
    static final double UNKNOWN_WORD_SHARE_LONG = 0.1;
    static final int MIN_EXTENDED_STEM = 5;
    /** From this many words on, a question most of whose words no text uses is about something else. */
    static final int FOREIGN_FROM = 6;
    /**
     * The most a word told in the situation weighs before its share (see {@link Situation}): the rarity of a word
     * one in seven entries holds (about 50). On the 34 sets 13 answers better, 6 worse (1.5: 225 -> 221 misses, 2.0: 218,
     * 2.5: 225, 3.0: 226).
     */
    static final double SITUATION_MAX_RARITY = 2.0;
    static final int MAX_EXTENSIONS = 8;

    /** Questions that ask for an enumeration ("welke acties", "wat zijn de ..."). */
    static final Pattern LIST_QUESTION =
            Pattern.compile("(^|\\s)(welke|wat zijn de|noem de|wie zitten|wat (kan|kunnen|moet|moeten) .*doen)(\\s|[?!.]|$)");
    /**
     * Questions that ask for a moment, a term or a number ("wanneer", "hoe lang", "hoeveel"): the passage that
     * answers holds one ("na 8 weken", "tien adviezen", "aan het begin van het schooljaar").
     */
    private static final Pattern QUANTITY_QUESTION = Pattern.compile(
            "(^|\\s)(wanneer|hoe (lang|oud|vaak|snel)|hoeveel|binnen welke|welke termijn|na hoeveel|vanaf welke?|(op|tot|vanaf) welke leeftijd)(\\s|[?!.]|$)");
    /** "bij welke sbo-scholen kan een brugplaats?": which ones by name, rather than what a list says of them. */
    private static final Pattern NAMES_QUESTION = Pattern.compile("(?<![\\p{L}])welke (?:[\\p{L}]+[- ])?(scholen|school"
            + "|organisaties|organisatie|instellingen|instelling|aanbieders|voorzieningen|locaties|gemeenten|gemeentes)(?![\\p{L}])");

    /** Any word that says no: the question may then mean what a negated title says, in other words. */
    private static final Pattern NEGATING = Pattern.compile(
            "\\b(" + String.join("|", DutchAnalysis.NEGATIONS) + "|niks|niemand|nergens|weiger\\p{L}*)\\b");

    /** Whether the (folded) question asks which ones by name (see {@link #NAMES_QUESTION}). */
    private static boolean asksForNames(String folded) {
        return folded.contains("welke ") && NAMES_QUESTION.matcher(folded).find();
    }

    /** "bij wie kan ik terecht?", "wie kan ons helpen?": whom to turn to (not "wie zitten er aan tafel", a tafel's part). */
    private static final Pattern WHO = Pattern.compile("(?<![\\p{L}])(bij|naar|met|aan) wie(?![\\p{L}])|^wie (kan|moet|kun|mag)");

    /** The words of a place question that only ask for a place. */
    private static final Pattern PLACE_WORDS = Pattern.compile(
            "(?<![\\p{L}])(zit|zitten|ligt|liggen|bevindt|zich|adres|locatie|plek|gevestigd)(?![\\p{L}])");
    /** The roles of the school professionals who ask (see {@link #ACTING}: who asks is not what about). */
    private static final String ASKER = "(mentor|ib|ib'er|ib-er|iber|intern begeleider|leerkracht|docent|zorgco|zorgcoordinator"
            + "|verzuimcoordinator|coordinator( passend onderwijs)?|teamleider|afdelingsleider|schoolleider|directeur|juf|meester"
            + "|jeugdconsulent|leerplichtambtenaar|jeugdverpleegkundige|jeugdarts|smw'er|smw-er|schoolmaatschappelijk werker"
            + "|gezinscoach|orthopedagoog|ambulant begeleider|trajectbegeleider|ondersteuningsspecialist)";
    /** Phrases that only say that the user wants to act: "wanneer moet ik actie ondernemen?", "wat is de volgende stap?". */
    private static final Pattern ACTING = Pattern.compile(
            "(?<![\\p{L}])((((is )?(dat|dit|het) )?(een )?(reden|aanleiding) om )?(actie (te )?(ondernemen|nemen)|in actie (te )?komen)|aan de slag( gaan)?|(ik )?maak (ik )?(me|mij) (echt |wel |erg |grote )?zorgen"
                    + "|zorgen maken|ik zit met|(wat is )?(de|een) volgende stap(pen)?|wat (nu|dan)|hoe (nu )?verder"
                    // "ik weet eigenlijk niet goed wat ik hiermee moet": that the user is at a loss, not what about.
                    + "|((ik|we|wij) )?(weet|weten)( (ik|we|wij))? (eigenlijk |echt |ook )?niet (zo )?(goed |precies )?(wat|hoe)( (ik|we|wij))?( (hier|daar|er)(mee|aan))?( (moet|kan|moeten|kunnen))?( doen)?"
                    + "|aan welke (eisen|voorwaarden)|voldoen(?=[?!. ]*$)|aan de bel trekken|(de )?alarm(bel)? slaan|aankaarten|aankaart"
                    // "hoe pak ik dat volgens het routeboek aan?": where the answer comes from, not what about.
                    + "|volgens (het |de )?(routeboek|handreiking|protocol|stappenplan|swv|samenwerkingsverband)|volgens (mij|ons)"
                    // "een kind uit mijn groep", "moet ik daar iets mee": whose pupil it is, and that something
                    // must be done, not what about.
                    + "|(uit|in|van) (mijn|onze) (groep|klas|mentorklas|mentorgroep)|(daar|hier|er) (iets|wat) mee"
                    // "waar lees ik", "waar kan ik dat opzoeken": asking. Words here, not filler stems: "lees" stems as
                    // "les" (a lesson), and "opzoeken" would take its part "zoek" along ("we zoeken een plek").
                    + "|(na|in|door)?lees|opzoeken|opzoek"
                    // "de laatste weken": when, told by the user, not a term a text sets ("dit schooljaar" is one).
                    + "|(de )?(laatste|afgelopen) (paar )?(dagen|weken|maanden|tijd|periode)"
                    // "uit groep 6", "in 3 vwo", "havo-4": which class the pupil is in, which no text asks about.
                    + "|((uit|in|van|op) )?((groep|klas|leerjaar) \\d{1,2}|\\d{1,2}e? (vmbo|havo|vwo|mavo|atheneum|gymnasium)(-[a-z]+)?|(vmbo|havo|vwo|mavo)(-[a-z]+)?[ -]\\d{1,2})"
                    // "wat kan ik als coördinator doen": who asks, not what about.
                    + "|(?<=(ik|we|wij) )als (de |een )?[\\p{L}'-]+"
                    // "ik ben ib'er op een sbo", "als mentor wil ik weten", "mentor 3havo hier": who asks, told first.
                    + "|(ik ben|ben ik|wij zijn|we zijn|als) (de |een |nieuwe? )?" + ASKER + "|" + ASKER + "(?= hier(?![\\p{L}]))"
                    + ")(?![\\p{L}])");
    /** "waar zit GOAL?": a place, not a document to read. */
    private static final Pattern LOCATION_QUESTION = Pattern.compile(
            "^(waar (zit|zitten|ligt|liggen|bevindt|is .* gevestigd)|op welke (plek|locatie)|(wat is het|op welk|welk) adres)"
                    + "|(?<![\\p{L}])adres(sen)?(?![\\p{L}])");
    /** "... weten wat luxe verzuim is", "... uitleggen wat een OPP inhoudt": a definition asked inside a sentence. */
    private static final Pattern EMBEDDED_DEFINITION = Pattern.compile(
            "(?<![\\p{L}])wat (?:een |de |het )?([\\p{L}][\\p{L}\\d' -]{1,40}?) (?:is|zijn|betekent|inhoudt|inhouden)(?![\\p{L}])");
    /** A definition's subject with a restriction ("X in Maashorst", "X bij SBO") makes it a question of fact. */
    private static final Pattern RESTRICTED = Pattern.compile("\\s(in|bij|binnen|op|tijdens)\\s");
    /** A number in a question ("een leerling van 13") asks about an amount the text may word differently. */
    private static final Pattern NUMBER = Pattern.compile("(^|\\s)\\d+(\\s|[?!.]|$)");
    /**
     * Question words a synonym group holds ("hoe vaak" = frequentie, "hoe lang" = looptijd): when the answer
     * uses the group's word they count for it, but an answer may give the number without it.
     */
    private static final Pattern QUESTION_PHRASE = Pattern.compile("^(hoe |hoeveel|binnen hoeveel)");
    /**
     * How much the words of a situation told before the sentence that asks weigh: each relative to its rarity
     * ({@code share}; a glossary term or synonym concept {@code conceptShare}), and all together at most
     * {@code cap} times what that sentence weighs.
     */
    record Situation(double share, double conceptShare, double cap) {

        /**
         * "Ik heb een leerling in 3 havo die om de haverklap ziek wordt gemeld. Waar lees ik hoe we met zieke
         * leerlingen omgaan?": where to read about what, the sentence that asks says; the situation is no topic.
         */
        static final Situation BEFORE_WHERE_TO_READ = new Situation(0.25, 0.25, 0.5);
        /**
         * "Een kind in groep 5 komt bijna elke ochtend te laat. Binnen welke termijn moet ik met de ouders om
         * tafel?": the situation often says what about, the sentence that asks what of it. Both count, the asking
         * sentence twice as much per word; no cap. On the 26 sets of 2026-11-23 this answered questions told
         * after a situation better (226 -> 236 of 305 first right, 19 answers better, 7 worse) and changed no
         * other question; a share of 0.35 or 0.7 did about as well, a cap of 1 or sparing rare words worse. A
         * concept keeps its full weight: "de zoon van 13 spreekt nog geen Nederlands. Waar moeten de ouders hem
         * aanmelden?" is about a nieuwkomer.
         */
        static final Situation BEFORE_OTHER_QUESTION = new Situation(0.5, 1, Double.POSITIVE_INFINITY);
    }
    /** The weight, relative to its rarity, of a number in a question: "13" is answered by "vanaf 12 jaar". */
    static final double NUMBER_SHARE = 0.3;

    private final KnowledgeIndex index;
    private final Spelling spelling;
    private final Set<String> filler = new HashSet<>();
    private final Set<String> negationTerms = new HashSet<>();
    /** The number words, analysed: "zes keer ziek gemeld" tells how often, as "6 keer" does. */
    private final Set<String> numberWords = new HashSet<>();
    /** The names of the glossary's terms, folded: what "wat is dat?" may refer back to. */
    private final Set<String> termNames;
    /** The glossary's names and the entries' titles, folded: what names the documents' matters. */
    private final Set<String> namedThings;

    /** Each glossary name with its term's chapter and definition, folded: the context a term is told in. */
    private final Map<String, String> termTexts;
    private final ConcurrentHashMap<String, Set<String>> phraseCache = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<List<String>, List<Set<String>>> alternativesCache = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, List<String>> extensionCache = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Integer> dfCache = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Double> idfCache = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, List<String>> gramCache = new ConcurrentHashMap<>();

    QuestionReader(KnowledgeIndex index) {
        this.index = index;
        // The word itself, not its parts: "gebeuren" would make "uren" filler, "ondernemen" "nemen", "eigenlijk" "eigen".
        FILLER.forEach(w -> QueryWord.of(index.analyzer, Fields.BODY, w, Set.of()).forEach(q -> filler.add(q.stem())));
        DutchAnalysis.NEGATIONS.forEach(w -> negationTerms.addAll(Terms.of(index.analyzer, Fields.BODY, w)));
        NumberWords.CARDINALS.forEach(w -> numberWords.addAll(Terms.of(index.analyzer, Fields.BODY, w)));
        NumberWords.ORDINALS.forEach(w -> numberWords.addAll(Terms.of(index.analyzer, Fields.BODY, w)));
        Set<String> names = new HashSet<>();
        Map<String, String> texts = new HashMap<>();
        for (int i = 0; i < index.size(); i++) {
            KnowledgeEntry entry = index.entries.get(i);
            if (entry.kind() == EntryKind.TERM) {
                String text = DutchAnalysis.fold(entry.chapter().orElse("") + " " + entry.body());
                index.entryNames.get(i).stream().filter(n -> n.length() >= 2).forEach(n -> {
                    names.add(n);
                    texts.merge(n, text, (a, b) -> a + " " + b);
                });
            }
        }
        this.termNames = Set.copyOf(names);
        Set<String> known = new HashSet<>(index.synonyms.words());
        FILLER.forEach(known::add);
        CHAT_WORDS.values().forEach(w -> known.addAll(List.of(w.strip().split(" "))));
        this.spelling = new Spelling(index.foldedTexts, known, this::knownForm);
        this.termTexts = Map.copyOf(texts);
        Set<String> named = new HashSet<>(names);
        index.entries.forEach(e -> named.add(DutchAnalysis.fold(e.title()).strip()));
        named.removeIf(n -> n.length() < 4);
        this.namedThings = Set.copyOf(named);
    }

    /**
     * A question as read.
     *
     * @param folded        the whole question, folded
     * @param mention       the samenwerkingsverband it names, and the rest of it
     * @param place         whether it asks where something is ("waar zit GOAL?")
     * @param about         what it is about (see {@link #about})
     * @param terms         the analysed terms of what it is about, the parts of compounds included
     * @param synonymTerms  the terms of the other phrases of every synonym group it mentions
     * @param intent        what kind of answer it wants
     * @param subject       the term it names, if any
     * @param asked         its words and concepts, weighed for coverage (null when there is nothing to find)
     * @param list          whether it asks for an enumeration
     * @param quantity      whether it asks for a moment, a term or a number, or tells one ("een leerling van 13")
     * @param foreign       whether most of its words are words no text uses: about something else altogether
     * @param pairs         its adjacent words (see {@link QueryWord#pairs}), without pairs of a word that only asks
     * @param names         whether it asks which ones by name ("bij welke sbo-scholen ...")
     * @param negates       whether it says no to anything ("niet", "geen", "weigert" ...)
     * @param negated       the stems of the words it negates ("niet afgegeven": afgegev)
     * @param facet         the part of a tafel voor opschaling the sentence that asks wants ("bij wie melden we aan")
     * @param asksMoment    whether it asks in words for a moment, a term or a number ("wanneer", "hoe lang")
     */
    record Question(String folded, SwvMentions.Mention mention, boolean place, String about, Set<String> terms,
                    Set<String> synonymTerms, QuestionIntent intent, Optional<String> subject, Asked asked,
                    boolean list, boolean quantity, boolean foreign, Set<String> pairs, boolean names, boolean negates,
                    Set<String> negated, Optional<TableFacet> facet, boolean asksMoment) {

        /** Whether it asks whom to turn to ("bij wie kan ik advies vragen?"), not who sits at a tafel. */
        boolean asksWho() {
            return WHO.matcher(folded).find();
        }

        /** Nothing is left to search for once the words that only ask are gone ("waar lees ik meer?"). */
        boolean empty() {
            return asked == null;
        }
    }

    /**
     * The chat words of school professionals, written out as the texts write them: "lln" is a leerling, "gr 5"
     * groep 5, "6x" six times, "de 6e keer" the sixth; "ff" (even) and "mn" (mijn, met name) say nothing.
     * Unknown to the texts, each would otherwise weigh as the rarest word there is.
     */
    private static final Map<String, String> CHAT_WORDS = Map.ofEntries(Map.entry("lln", "leerling"), Map.entry("ll", "leerling"),
            Map.entry("gr", "groep"), Map.entry("ff", " "), Map.entry("mn", " "), Map.entry("evt", "eventueel"),
            Map.entry("ivm", "in verband met"), Map.entry("wk", "week"), Map.entry("wkn", "weken"), Map.entry("mnd", "maanden"),
            Map.entry("jr", "jaar"), Map.entry("lpa", "leerplichtambtenaar"), Map.entry("bijv", " "), Map.entry("bv", " "));
    private static final Pattern CHAT_WORD = Pattern.compile(
            "(?<![\\p{L}\\p{N}'-])(?:(" + String.join("|", CHAT_WORDS.keySet()) + ")|(\\d+)x|(\\d+)e)(?![\\p{L}\\p{N}'-])");

    private static String writtenOut(String folded) {
        return CHAT_WORD.matcher(folded).replaceAll(m -> m.group(1) != null ? CHAT_WORDS.get(m.group(1))
                : m.group(2) != null ? m.group(2) + " keer" : m.group(3));
    }

    Question read(String question) {
        return read(question, Optional.empty());
    }

    /** @param routeId the active route, if any (see {@link SwvMentions#find}) */
    Question read(String question, Optional<String> routeId) {
        String folded = spelling.corrected(writtenOut(DutchAnalysis.fold(question)));
        SwvMentions.Mention mention = index.swvMentions.find(folded, routeId);
        // "waar zit GOAL?": the verb only says that a place is asked for (and "zit" is also "wie zit er aan tafel").
        boolean place = LOCATION_QUESTION.matcher(mention.rest().strip()).find();
        String about = index.synonyms.closeGaps(about(mention.rest(), place));
        Set<String> adjacent = new HashSet<>();
        List<QueryWord> words = QueryWord.of(index.analyzer, Fields.BODY, about, filler, adjacent);
        Set<String> pairs = asking(adjacent);
        Set<String> terms = new LinkedHashSet<>();
        words.forEach(w -> {
            terms.add(w.stem());
            terms.addAll(w.parts());
        });
        List<SynonymExpander.Match> matches = index.synonyms.matches(about.contains("keer") ? COUNTED.matcher(about).replaceAll("$1") : about);
        Set<String> synonymTerms = new LinkedHashSet<>();
        // The other phrases of every synonym group the question mentions.
        matches.stream().flatMap(m -> m.all().stream().filter(p -> !m.mentioned().contains(p))).distinct()
                .forEach(e -> synonymTerms.addAll(phraseTerms(e)));
        synonymTerms.removeAll(terms);
        synonymTerms.removeAll(filler);
        if (words.isEmpty() && synonymTerms.isEmpty()) {
            return new Question(folded, mention, place, about, terms, synonymTerms, QuestionIntent.of(folded), Optional.empty(),
                    null, false, false, false, pairs, false, false, Set.of(), Optional.empty(), false);
        }
        Intent intent = intent(folded, about);
        boolean negates = NEGATING.matcher(folded).find();
        try {
            boolean asksMoment = QUANTITY_QUESTION.matcher(about).find();
            Optional<Asking> focus = focus(about);
            return new Question(folded, mention, place, about, terms, synonymTerms, intent.intent(), intent.subject(),
                    asked(about, words, matches, intent.intent(), focus), LIST_QUESTION.matcher(about).find(),
                    asksMoment || NUMBER.matcher(about).find(),
                    foreign(words) && !namesKnownThing(about), pairs, asksForNames(folded), negates,
                    negates ? index.negated(folded) : Set.of(),
                    TableFacet.askedIn(focus.map(Asking::sentence).orElse(about), asksMoment), asksMoment);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A long question most of whose words no text uses ("onze kantine verkoopt te veel snoep en de ouderraad is
     * boos ...") and that names no term of the glossary nor an entry is about something the documents do not
     * cover: since such words weigh nothing in a situation, the few common words left would otherwise find a passage.
     */
    private boolean foreign(List<QueryWord> words) throws IOException {
        if (words.size() < FOREIGN_FROM) {
            return false;
        }
        int unknown = 0;
        for (QueryWord word : words) {
            if (isUnknown(word)) {
                unknown++;
            }
        }
        return unknown * 2 > words.size();
    }

    /**
     * Whether the question names a term of the glossary or an entry by its title: then it is about the documents'
     * matters, however many words of its situation no text uses ("Mijn buurmeisje fietst elke ochtend huilend langs het hek. Hoe vaak
     * vergadert de doorbraaktafel?").
     */
    private boolean namesKnownThing(String folded) {
        return namedThings.stream().anyMatch(name -> DefinitionSubject.containsWhole(folded, name));
    }

    /** The rarity of a compound's part, as weighed when the question was read (1 if it was not). */
    double partRarity(String part) {
        return idfCache.getOrDefault(part, 1.0);
    }

    /** The analysed terms of a phrase of the glossary or the synonym groups. */
    private Set<String> phraseTerms(String phrase) {
        try {
            return Remembered.get(phraseCache, phrase, () -> NumberWords.termsWithCounts(index.analyzer, phrase));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // analysis of a string does not read the index
        }
    }

    /** A sentence of a question: up to its full stop, question or exclamation mark. */
    private static final Pattern SENTENCE = Pattern.compile("[^.?!]+[.?!]*");

    /**
     * The sentence that asks, when a question first tells a situation ("Ik heb een leerling in 3 havo die om de
     * haverklap ziek wordt gemeld. Waar lees ik hoe we met zieke leerlingen omgaan?"): the last sentence that
     * says what about. A sentence of filler only ("waar lees ik dat?") asks about the one before it.
     */
    private Optional<Asking> focus(String about) {
        // From the end, and only as far as needed: analysing every sentence cost a tenth of a search.
        List<String> sentences = SENTENCE.matcher(about).results().map(m -> m.group().strip()).toList();
        int asking = sentences.size() - 1;
        List<QueryWord> askingWords = List.of();
        while (asking >= 1 && (askingWords = wordsOf(sentences.get(asking))).isEmpty()) {
            asking--;
        }
        for (int before = asking - 1; before >= 0; before--) {
            if (!wordsOf(sentences.get(before)).isEmpty()) {
                Set<String> stems = new HashSet<>();
                askingWords.forEach(w -> stems.add(w.stem()));
                return Optional.of(new Asking(sentences.get(asking), stems));
            }
        }
        return Optional.empty(); // a single sentence that says what about
    }

    /** The sentence that asks, after a situation was told, and the stems of its words (filler left out). */
    private record Asking(String sentence, Set<String> stems) {
    }

    private List<QueryWord> wordsOf(String sentence) {
        return QueryWord.of(index.analyzer, Fields.BODY, sentence, filler);
    }

    /**
     * "al zes keer ziek gemeld": a count, not the "hoe vaak" a synonym group reads in "keer" (how often a tafel
     * meets). Synonyms are looked for without such a "keer"; as a word it stays ("negen keer te laat").
     */
    private static final Pattern COUNTED = Pattern.compile(
            "(?<![\\p{L}])(\\d+|" + NumberWords.alternation() + ") keer(?![\\p{L}])");

    /**
     * "zit al vijf weken thuis": a thuiszitter, told with words between; put as the synonym group has it ("thuis
     * zit"), so that it is the one concept it means and not the common words "zit" and "thuis".
     */
    private static final Pattern SITS_AT_HOME = Pattern.compile(
            "(?<![\\p{L}])(zit|zitten|zat|zaten)((?: [\\p{L}\\d]+){1,4}?) thuis(?![\\p{L}])");

    /** "vanaf welke leeftijd": an age, which the texts write in years ("vanaf 12 jaar"). */
    private static final Pattern AGE = Pattern.compile("(?<![\\p{L}])(welke|welk|die) leeftijd(?![\\p{L}])");

    /**
     * What the question is about: without the words that only ask for a place or say the user wants to act,
     * and an age asked for in the words the texts give it in.
     */
    private static String about(String rest, boolean place) {
        // The substring tests spare most questions the scans (a question is read on every free message).
        String asked = rest.contains("leeftijd") ? AGE.matcher(rest).replaceAll("$1 jaar") : rest;
        asked = asked.contains("thuis") ? SITS_AT_HOME.matcher(asked).replaceAll("$2 thuis $1") : asked;
        return ACTING.matcher(place ? PLACE_WORDS.matcher(asked).replaceAll(" ") : asked).replaceAll(" ");
    }

    private static final Pattern CLOSING_MARKS = Pattern.compile("[?!.]+$");
    static final Pattern SPACES = Pattern.compile("\\s+");

    /** What kind of answer a question asks, and the term it names, if any. */
    private record Intent(QuestionIntent intent, Optional<String> subject) {
    }

    /**
     * @param folded the whole question, folded
     * @param about  what it is about (see {@link #about})
     */
    private Intent intent(String folded, String about) {
        QuestionIntent intent = QuestionIntent.of(folded);
        // What the question names: the subject of "wat is X?", or a short query that is just a term ("OT smal").
        String bare = SPACES.matcher(CLOSING_MARKS.matcher(about).replaceAll("").strip()).replaceAll(" ");
        Optional<String> subject = intent == QuestionIntent.DEFINITION ? DefinitionSubject.of(about, termNames)
                : bare.split(" ").length <= 3 ? Optional.of(bare) : Optional.empty();
        if (intent != QuestionIntent.DEFINITION) {
            // A situation told first, then "wat is een ingroeiplan?": a definition, when it names a known term.
            Optional<String> named = DefinitionSubject.of(QuestionIntent.definitionAsked(about), List.of())
                    .filter(termNames::contains);
            if (named.isPresent()) {
                return new Intent(QuestionIntent.DEFINITION, named);
            }
            // "ik wil graag weten wat luxe verzuim is": the definition asked inside the sentence.
            Matcher embedded = EMBEDDED_DEFINITION.matcher(about);
            if (embedded.find() && termNames.contains(embedded.group(1).strip())) {
                return new Intent(QuestionIntent.DEFINITION, Optional.of(embedded.group(1).strip()));
            }
        }
        if (intent == QuestionIntent.DEFINITION && subject.isPresent()) {
            Matcher restricted = RESTRICTED.matcher(subject.get());
            if (restricted.find()) {
                // "wat is zorglogistiek bij het ECZ" still asks what the term means when the term is told in that
                // context; "wie is de aansluitfunctionaris in Maashorst" asks a fact about the term.
                String head = subject.get().substring(0, restricted.start()).strip();
                String context = subject.get().substring(restricted.end()).strip().replaceFirst("^(de|het|een) ", "");
                boolean toldThere = !folded.startsWith("wie ") && termTexts.getOrDefault(head, "").contains(context);
                return toldThere ? new Intent(QuestionIntent.DEFINITION, Optional.of(head))
                        : new Intent(QuestionIntent.FACT, Optional.empty());
            }
        }
        return new Intent(intent, subject);
    }

    /**
     * The question's adjacent words ("niet opschal"), without pairs that hold a word that only asks ("wie zitten
     * er bij OT breed": "wie" is kept as a word for the synonym group "wie zitten", but next to it no text has
     * "zitten" as the question does).
     */
    private Set<String> asking(Set<String> adjacent) {
        Set<String> pairs = new HashSet<>();
        for (String pair : adjacent) {
            int space = pair.indexOf(' ');
            String one = pair.substring(0, space);
            String other = pair.substring(space + 1);
            if (!filler.contains(one) && !filler.contains(other) && !QUESTION_WORDS.contains(one) && !QUESTION_WORDS.contains(other)) {
                pairs.add(pair);
            }
        }
        return pairs;
    }

    /** Question words that are no filler, since synonym groups hold them ("wie zitten er aan tafel"). */
    private static final Set<String> QUESTION_WORDS = Set.of("wie", "waarom", "waarvoor", "waarmee", "hoelang");

    /** For developers (the knowledge probe): the question's words with their weights, and its concepts. */
    String explain(String question) {
        // The reading of the search itself, so that what is explained is what was searched.
        Question read = read(question);
        if (read.empty()) {
            return "";
        }
        Asked asked = read.asked();
        StringBuilder out = new StringBuilder();
        try {
            for (Weighted word : asked.words()) {
                out.append(String.format(Locale.ROOT, "%s%s=%.2f(df %d) ", word.word().stem(),
                        word.word().parts().isEmpty() ? "" : word.word().parts(), word.weight(),
                        documentFrequency(word.word().stem())));
            }
            for (Concept concept : asked.concepts()) {
                out.append(String.format(Locale.ROOT, "concept%s=%.2f ", concept.alternatives(), concept.weight()));
            }
            out.append("pairs").append(read.pairs());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }


    /**
     * What the question asks: its words that no synonym group took, and its concepts, with the words of a
     * situation told before the sentence that asks weighing less (see {@link Situation}).
     */
    private Asked asked(String about, List<QueryWord> words, List<SynonymExpander.Match> matches, QuestionIntent intent,
                        Optional<Asking> focus) throws IOException {
        List<QueryWord> plainWords = onceEach(matches.isEmpty() ? words
                : QueryWord.of(index.analyzer, Fields.BODY, index.synonyms.without(about, matches), filler));
        return asked(plainWords, matches, focus,
                intent == QuestionIntent.WHERE_TO_READ ? Situation.BEFORE_WHERE_TO_READ : Situation.BEFORE_OTHER_QUESTION);
    }

    /**
     * The words without those that another word of the question holds as a part: "hoe meld ik een leerling aan"
     * has "meld" and, joined, "aanmeld" (whose part is "meld"); counted twice, the verb outweighed what is to
     * be applied for. The compound still credits its part in coverage.
     */
    private static List<QueryWord> onceEach(List<QueryWord> words) {
        Set<String> parts = new HashSet<>();
        words.forEach(w -> parts.addAll(w.parts()));
        return parts.isEmpty() ? words : words.stream().filter(w -> !parts.contains(w.stem())).toList();
    }

    /**
     * The question's words and concepts with their weights. A word weighs by its rarity. A word the texts
     * never use ("niks", "half", "praten", "checken") mostly tells the situation or how the user would act,
     * not what to look up: beside two other meanings it weighs less, so that it does not drown the words that
     * can be found. Alone with one other, it still counts fully: then it may be the whole point. A negation weighs as much as the
     * question's heaviest word the texts know: "geen gehoor" is the opposite of "gehoor".
     */
    private Asked asked(List<QueryWord> plainWords, List<SynonymExpander.Match> matches, Optional<Asking> focus,
                        Situation situation) throws IOException {
        Set<String> focusStems = focus.map(Asking::stems).orElse(Set.of());
        Set<Concept> toldInSituation = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Concept> concepts = concepts(matches, focus.map(Asking::sentence), situation.conceptShare(), toldInSituation);
        int meanings = plainWords.size() + concepts.size();
        // Beside two other meanings a word no text uses weighs less, and less still in a long question.
        double unknownShare = meanings < UNKNOWN_WORD_FROM ? 1 : meanings < LONG_QUESTION ? UNKNOWN_WORD_SHARE : UNKNOWN_WORD_SHARE_LONG;
        List<Weighted> words = new ArrayList<>();
        double heaviest = 0;
        for (QueryWord word : plainWords) {
            for (String part : word.parts()) {
                idf(part); // remembered, for the credit of parts in coverage
            }
            double weight = weight(word);
            boolean unknown = isUnknown(word);
            boolean number = isNumber(word);
            if (unknown) {
                weight *= unknownShare;
            }
            if (number) {
                weight *= NUMBER_SHARE;
            }
            if (focus.isPresent() && !focusStems.contains(word.stem()) && !index.variants.words.contains(word.stem())) {
                // A word no text uses, told in the situation ("huilt elke ochtend bij het hek"), can be found in no
                // answer: it would only pull every answer below the minimum coverage alike.
                // And a rare word told there ("vwo", "mentor", "chronisch") tells who or what happened, not what to
                // look up: its rarity counts only up to that of a common word of the texts.
                weight = unknown ? 0 : Math.min(weight, SITUATION_MAX_RARITY) * situation.share();
            }
            words.add(new Weighted(word, weight, documentFrequency(word.stem()) == 0 ? extensions(word.stem()) : List.of(),
                    number));
            // The negation weighs as the heaviest word the texts know: beside a word none uses ("pesten" in "wil niet
            // meer naar school door pesten") it would otherwise weigh as that word, and every "niet" would answer.
            if (!unknown) {
                heaviest = Math.max(heaviest, weight);
            }
        }
        if (focus.isPresent() && situation.cap() < Double.POSITIVE_INFINITY) {
            words = withSituationCapped(words, concepts, focusStems, situation.cap());
        }
        List<Concept> weighted = new ArrayList<>();
        for (Concept concept : concepts) {
            // A negation told in the situation ("zit regelmatig niet in de les") weighs as the situation's words do.
            double share = toldInSituation.contains(concept) ? situation.share() : 1;
            weighted.add(concept.negation() ? new Concept(concept.alternatives(), Math.max(concept.weight(), heaviest) * share, true, false)
                    : concept);
        }
        return new Asked(List.copyOf(words), List.copyOf(weighted));
    }

    /**
     * A long situation told before the sentence that asks ("Ik ben nieuw als mentor in de brugklas. Een meisje
     * uit mijn klas ...") weighs, all its words together, at most {@link Situation#cap()} times what that sentence
     * asks (its words, and the question's concepts, themselves weighed down when told in the situation): many
     * words each weighing a quarter still outweighed the two that said what to read about.
     */
    private static List<Weighted> withSituationCapped(List<Weighted> words, List<Concept> concepts, Set<String> focusStems,
                                                      double cap) {
        double asked = concepts.stream().mapToDouble(Concept::weight).sum();
        double situation = 0;
        for (Weighted w : words) {
            if (focusStems.contains(w.word().stem())) {
                asked += w.weight();
            } else {
                situation += w.weight();
            }
        }
        if (situation <= cap * asked || situation == 0) {
            return words;
        }
        double scale = cap * asked / situation;
        return words.stream().map(w -> focusStems.contains(w.word().stem()) ? w
                : w.weighing(w.weight() * scale)).toList();
    }

    /** The index's words that begin with the stem (at most a few, for stems of five letters or more). */
    private List<String> extensions(String stem) throws IOException {
        if (stem.length() < MIN_EXTENDED_STEM) {
            return List.of();
        }
        return Remembered.get(extensionCache, stem, () -> {
            List<String> found = wordsBeginning(stem);
            // A verb in "-eren" the texts only have as a noun in "-atie": "observeren" is found in "observatiegroep",
            // "evalueren" in "evaluatie".
            return found.isEmpty() && stem.endsWith("er") ? wordsBeginning(stem.substring(0, stem.length() - 2) + "ati") : found;
        });
    }

    private List<String> wordsBeginning(String stem) throws IOException {
        Set<String> found = new LinkedHashSet<>();
        BytesRef prefix = new BytesRef(stem);
        for (LeafReaderContext leaf : index.searcher.getIndexReader().leaves()) {
            for (String field : List.of(Fields.BODY, Fields.TITLE, Fields.KEYWORDS)) {
                org.apache.lucene.index.Terms terms = leaf.reader().terms(field);
                if (terms == null) {
                    continue;
                }
                TermsEnum iterator = terms.iterator();
                if (iterator.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
                    continue;
                }
                for (BytesRef term = iterator.term();
                     term != null && StringHelper.startsWith(term, prefix) && found.size() < MAX_EXTENSIONS;
                     term = iterator.next()) {
                    found.add(term.utf8ToString());
                }
            }
        }
        return List.copyOf(found);
    }

    /**
     * Whether the texts hold the (folded) word in some form: its stem, or longer words its stem begins. (Not by
     * its parts: "leerplichambtenaar" is a typo, though the texts know "ambtenaar".)
     */
    private boolean knownForm(String word) {
        try {
            List<QueryWord> words = QueryWord.of(index.analyzer, Fields.BODY, word, Set.of());
            return words.isEmpty() || knownAsWhole(words.getFirst());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // analysis of a string does not read the index
        }
    }

    /** Whether the texts hold the word itself, or in longer forms ("observeren" in "observatiegroep"). */
    private boolean knownAsWhole(QueryWord word) throws IOException {
        return documentFrequency(word.stem()) > 0 || !extensions(word.stem()).isEmpty();
    }

    private boolean isUnknown(QueryWord word) throws IOException {
        if (knownAsWhole(word)) {
            return false;
        }
        for (String part : word.parts()) {
            if (documentFrequency(part) > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The phrases of a synonym group that a text can be found by, analysed: remembered, so that the same group is
     * always the same list, which {@link TermPostings#anyOf} remembers what it found by.
     */
    private List<Set<String>> alternatives(List<String> phrases) throws IOException {
        return Remembered.get(alternativesCache, phrases, () -> {
            List<Set<String>> alternatives = new ArrayList<>();
            for (String phrase : phrases) {
                Set<String> terms = new LinkedHashSet<>(phraseTerms(phrase));
                terms.removeAll(filler);
                // "niet eens" without its stop word is "niet": found in any text that says no to anything.
                boolean onlyNegation = phrase.contains(" ") && negationTerms.containsAll(terms);
                if (!terms.isEmpty() && !onlyNegation) {
                    alternatives.add(java.util.Collections.unmodifiableSet(terms));
                }
            }
            return List.copyOf(alternatives);
        });
    }

    private List<Concept> concepts(List<SynonymExpander.Match> matches, Optional<String> focus, double situationShare,
                                   Set<Concept> toldInSituation) throws IOException {
        List<Concept> concepts = new ArrayList<>();
        for (SynonymExpander.Match match : matches) {
            boolean situation = focus.isPresent() && match.mentioned().stream().noneMatch(focus.get()::contains);
            List<Set<String>> alternatives = alternatives(match.all());
            double weight = 0;
            int count = 0;
            for (String phrase : match.mentioned()) {
                for (String term : phraseTerms(phrase)) {
                    weight += idf(term);
                    count++;
                }
            }
            if (!alternatives.isEmpty() && count > 0) {
                // As rare as the words the question used, and at least as rare as the meaning itself: "het niet
                // eens zijn" said with a common word is still a conflict, which few texts are about.
                double rarity = Math.max(weight / count, rarity(index.entryPostings.anyOf(alternatives).cardinality()));
                Concept concept = new Concept(alternatives, rarity * (situation ? situationShare : 1),
                        match.all().stream().anyMatch(DutchAnalysis.NEGATIONS::contains),
                        match.mentioned().stream().allMatch(p -> QUESTION_PHRASE.matcher(p).find()));
                concepts.add(concept);
                if (situation) {
                    toldInSituation.add(concept);
                }
            }
        }
        return concepts;
    }


    /** A number in digits ("13") or in words ("zes", "twaalf"). */
    private boolean isNumber(QueryWord word) {
        return word.stem().chars().allMatch(Character::isDigit) || numberWords.contains(word.stem());
    }

    /** A word weighs by its rarity; a compound the corpus does not know weighs as its parts do. */
    private double weight(QueryWord word) throws IOException {
        if (word.parts().isEmpty() || documentFrequency(word.stem()) > 0) {
            return idf(word.stem());
        }
        double sum = 0;
        for (String part : word.parts()) {
            sum += idf(part);
        }
        return sum / word.parts().size();
    }

    /** A word's 4-grams (remembered: the same words come back). */
    List<String> grams(String term) {
        try {
            return Remembered.get(gramCache, term, () -> Terms.of(index.analyzer, Fields.GRAMS, term));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // analysis of a string does not read the index
        }
    }

    private double idf(String term) throws IOException {
        return Remembered.get(idfCache, term, () -> rarity(documentFrequency(term)));
    }

    /** BM25's inverse document frequency of something that so many entries hold. */
    private double rarity(int documentFrequency) {
        int n = index.searcher.getIndexReader().numDocs();
        return Math.log(1 + (n - documentFrequency + 0.5) / (documentFrequency + 0.5));
    }

    private int documentFrequency(String term) throws IOException {
        return Remembered.get(dfCache, term, () -> Math.max(index.lexical.docFreq(Fields.BODY, term),
                Math.max(index.lexical.docFreq(Fields.TITLE, term), index.lexical.docFreq(Fields.KEYWORDS, term))));
    }
}
