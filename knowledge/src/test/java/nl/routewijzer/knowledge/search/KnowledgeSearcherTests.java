package nl.routewijzer.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.routewijzer.knowledge.load.KnowledgeBase;
import nl.routewijzer.knowledge.model.EntryKind;
import nl.routewijzer.knowledge.model.KnowledgeEntry;
import nl.routewijzer.knowledge.model.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Retrieval on a small fixed corpus with known answers. */
class KnowledgeSearcherTests {

    private static KnowledgeEntry section(String id, String swv, String route, String title, String body) {
        return new KnowledgeEntry(id, EntryKind.SECTION, Optional.of(swv), List.of(route), "Routeboek " + swv,
                Optional.of("Hoofdstuk 1"), title, "https://example.org/" + id, body, List.of());
    }

    private static final List<KnowledgeEntry> ENTRIES = List.of(
            section("noord-registratie", "SWV Noord", "po-noord", "Registreren van verzuim",
                    "De school is verantwoordelijk voor het registreren van verzuim in het eigen systeem.\n\n"
                            + "Ongeoorloofd verzuim van 16 uur in 4 weken meldt de school bij DUO."),
            section("noord-tafel", "SWV Noord", "po-noord", "De Doorbraaktafel",
                    "### Doel\n\nDoorbreken van een vastgelopen casus.\n\n### Frequentie\n\nOp aanmelding\n\n"
                            + "### Wie zitten er aan tafel\n\nDirectie sociaal domein en directie SWV."),
            section("zuid-tafel", "SWV Zuid", "vo-zuid", "De Doorbraaktafel",
                    "### Doel\n\nEen casus die vastzit weer vlot trekken.\n\n### Frequentie\n\nMaandelijks"),
            section("noord-ouders", "SWV Noord", "po-noord", "Ouders en leerlingen",
                    "Ouders zorgen dat hun kind naar school gaat. Vanaf 12 jaar zijn leerlingen medeverantwoordelijk."),
            section("zuid-ziek", "SWV Zuid", "vo-zuid", "Zieke leerlingen",
                    "Bij langdurig zieke leerlingen zoekt de school samen met de jeugdarts naar maatwerk."),
            new KnowledgeEntry("ref-h5", EntryKind.REFERENCE, Optional.of("SWV Zuid"), List.of("vo-zuid"),
                    "Praktische handreiking", Optional.of("Hoofdstuk 5: Afwezige leerlingen"),
                    "Hoofdstuk 5: Afwezige leerlingen", "https://example.org/handreiking", "Fase 2",
                    List.of("ziekteverzuim")),
            new KnowledgeEntry("term-jes", EntryKind.TERM, Optional.empty(), List.of(), "Routeboek",
                    Optional.empty(), "JES (multidisciplinair overleg Jeugdhulp en School)", "https://example.org/jes",
                    "In het JES bespreken school en jeugdhulp een leerling die verzuimt.",
                    List.of("JES", "multidisciplinair overleg Jeugdhulp en School")));

    private static final KnowledgeSearcher SEARCHER = new KnowledgeSearcher(KnowledgeIndex.build(new KnowledgeBase(
            ENTRIES, List.of(new Term("JES", Optional.of("multidisciplinair overleg Jeugdhulp en School"), List.of())),
            List.of(List.of("hoe vaak", "frequentie", "vergadert")))));

    /** A searcher over these entries only, without glossary terms or synonym groups. */
    private static KnowledgeSearcher searcherOf(KnowledgeEntry... entries) {
        return new KnowledgeSearcher(KnowledgeIndex.build(new KnowledgeBase(List.of(entries), List.of(), List.of())));
    }

    private static Hit best(String question, String route) {
        SearchResult result = SEARCHER.search(question, Optional.ofNullable(route));
        assertThat(result.confident()).as(question).isTrue();
        return result.hits().getFirst();
    }

    @Test
    void compoundFindsItsParts() {
        assertThat(best("verzuimregistratie", null).entry().id()).isEqualTo("noord-registratie");
    }

    @Test
    void activeRouteDecidesBetweenTwoSwvs() {
        assertThat(best("wat is de doorbraaktafel", "vo-zuid").entry().id()).isEqualTo("zuid-tafel");
        assertThat(best("wat is de doorbraaktafel", "po-noord").entry().id()).isEqualTo("noord-tafel");
    }

    @Test
    void namedSwvOverridesTheRoute() {
        assertThat(best("doorbraaktafel in Noord", "vo-zuid").entry().id()).isEqualTo("noord-tafel");
    }

    @Test
    void synonymPicksThePassageThatAnswers() {
        Hit hit = best("hoe vaak vergadert de doorbraaktafel", "vo-zuid");
        assertThat(hit.heading()).hasValue("Frequentie");
        assertThat(hit.passage()).isEqualTo("Maandelijks");
    }

    @ParameterizedTest
    @ValueSource(strings = {"vanaf welke leeftijd is een leerling zelf verantwoordelijk",
            "leerling medeverantwoordelijk, wat is de volgende stap?"})
    void wordsThatOnlyShapeTheQuestionDoNotCostTheAnswer(String question) {
        assertThat(best(question, "po-noord").entry().id()).isEqualTo("noord-ouders");
    }

    @Test
    void aNumberInWordsCountsAsOneInDigits() {
        Hit inWords = best("ongeoorloofd verzuim van zes dagen registreren", "po-noord");
        Hit inDigits = best("ongeoorloofd verzuim van 6 dagen registreren", "po-noord");
        assertThat(inWords.entry().id()).isEqualTo("noord-registratie");
        assertThat(inWords.coverage()).isEqualTo(inDigits.coverage());
    }

    @Test
    void chatWordsReadAsTheWordsTheyStandFor() {
        assertThat(SEARCHER.explain("lln gr 5 al 6x ziek, ff checken")).isEqualTo(SEARCHER.explain("leerling groep 5 al 6 keer ziek, checken"));
        assertThat(best("welke lln zijn medeverantwoordelijk", "po-noord").entry().id()).isEqualTo("noord-ouders");
    }

    @Test
    void whoAsksIsNoTopic() {
        String asked = SEARCHER.explain("wanneer zoekt de school maatwerk voor zieke leerlingen?");
        assertThat(SEARCHER.explain("Ik ben mentor. Wanneer zoekt de school maatwerk voor zieke leerlingen?")).isEqualTo(asked);
        assertThat(SEARCHER.explain("als ib'er: wanneer zoekt de school maatwerk voor zieke leerlingen?")).isEqualTo(asked);
        assertThat(SEARCHER.explain("Docent hier, wanneer zoekt de school maatwerk voor zieke leerlingen?")).isEqualTo(asked);
        // Professionals outside the school ask too.
        assertThat(SEARCHER.explain("Ik ben jeugdconsulent. Wanneer zoekt de school maatwerk voor zieke leerlingen?")).isEqualTo(asked);
    }

    @Test
    void thePassageOfThePlaceAskedAboutAnswers() {
        String aanmelding = "### Aanmelding\n\nNoordwijk: bij de regisseur.\n\nZuidwijk: bij de teamleider.\n\nOostdorp: kent geen tafel.";
        KnowledgeSearcher searcher = searcherOf(
                section("tafel", "SWV Noord", "po-noord", "De Doorbraaktafel", "### Doel\n\nDoorbreken van een casus.\n\n"
                        + aanmelding + "\n\n### Beschrijving\n\nNoordwijk: als een casus "
                        + "vastloopt op een financiële discussie volgt opschaling naar de doorbraaktafel.\n\nZuidwijk: de "
                        + "doorbraaktafel wordt voorbereid met de teamleider.\n\nOostdorp: kent geen doorbraaktafel; bij een financiële "
                        + "discussie is er wel maatwerk."),
                section("regisseur", "SWV Noord", "po-noord", "Inzet regisseur", aanmelding));
        SearchResult result = searcher.search("school in Oostdorp: de casus loopt vast op een financiële discussie. Kunnen we "
                + "naar de doorbraaktafel?", Optional.of("po-noord"));
        assertThat(result.hits().getFirst().passage()).startsWith("Oostdorp: kent geen doorbraaktafel");
        // Without a place, the passage that holds most of the question answers.
        assertThat(searcher.search("de casus loopt vast op een financiële discussie, kunnen we naar de doorbraaktafel?",
                Optional.of("po-noord")).hits().getFirst().passage()).startsWith("Noordwijk: als een casus vastloopt");
    }

    @Test
    void wordsSideBySideAsAskedWin() {
        KnowledgeSearcher searcher = searcherOf(
                section("verspreid", "SWV Noord", "po-noord", "Bespreking", "Het MDO bespreekt elke leerling die verzuimt. "
                        + "Het MDO kan opschalen. Opschalen gebeurt pas in fase 3. Niet elke leerling komt zo ver."),
                section("naast-elkaar", "SWV Noord", "po-noord", "Afspraken", "Als het MDO (nog) niet wil opschalen, schaalt "
                        + "de professional eerst op naar de eigen manager. Elke leerling blijft besproken in de eigen "
                        + "school, met de ouders en de leerling zelf, zo lang als dat nodig is."));
        assertThat(searcher.search("de partners in het MDO willen niet opschalen, wat nu?", Optional.of("po-noord"))
                .hits().getFirst().entry().id()).isEqualTo("naast-elkaar");
    }

    @Test
    void aVerbAndItsParticleFarApartAreTheSynonymTheyMake() {
        KnowledgeSearcher searcher = new KnowledgeSearcher(KnowledgeIndex.build(new KnowledgeBase(List.of(
                section("stagnatie", "SWV Noord", "po-noord", "Afspraken", "Bij stagnatie van het plan vraagt de school de begeleider om advies."),
                section("start", "SWV Noord", "po-noord", "Start plan", "Het plan begint met een gesprek. De school maakt het plan.")),
                List.of(), List.of(List.of("stagnatie", "loopt vast")))));
        assertThat(searcher.explain("het plan loopt al weken vast")).isEqualTo(searcher.explain("het plan al weken loopt vast"));
        assertThat(searcher.search("het plan loopt al weken vast, wat nu?", Optional.of("po-noord")).hits().getFirst().entry().id())
                .isEqualTo("stagnatie");
    }

    @Test
    void askingWhichSchoolsGetsThePassageThatNamesThem() {
        KnowledgeSearcher searcher = searcherOf(section("brugplaats", "SWV Noord", "po-noord", "Brugplaats op het SBO",
                "### Afspraken\n\n- De twee SBO scholen krijgen elk jaar een onderwijsassistent.\n"
                        + "- Een brugplaats duurt hoogstens acht weken.\n\n"
                        + "### Wachttijd langer dan vier weken\n\nDe leerling kan een brugplaats krijgen op een van de twee SBO-scholen "
                        + "die ons SWV kent (De Kameleon in Papendrecht en De Steenen Kamer in Zwijndrecht)."));
        assertThat(searcher.search("bij welke sbo-scholen kan een brugplaats?", Optional.of("po-noord")).hits().getFirst().passage())
                .contains("De Kameleon");
    }

    @Test
    void anAddressAskedInKeywordsGetsThePassageThatSaysWhere() {
        KnowledgeSearcher searcher = searcherOf(section("kdc", "SWV Noord", "po-noord", "Brugplaats op het KDC",
                "### Toeleiding\n\nDe IB-er en de coördinator van het SWV overleggen met het KDC over een brugplaats.\n\n"
                        + "### Het KDC\n\nHet KDC aan de Touwbaan 1 te Sliedrecht biedt een brugplaats."));
        for (String question : List.of("adres kdc", "wat is het adres van het kdc?")) {
            SearchResult result = searcher.search(question, Optional.of("po-noord"));
            assertThat(result.confident()).as(question).isTrue();
            assertThat(result.hits().getFirst().passage()).as(question).contains("Touwbaan 1 te Sliedrecht");
        }
    }

    @Test
    void ofTwoPagesThatSayNearlyTheSameTheOneHoldingMoreOfTheQuestionAnswers() {
        Set<String> shared = Set.of("manager", "zoek", "oploss", "financiel", "discussie", "koppelgenot", "schakel");
        Set<String> more = new java.util.HashSet<>(shared);
        more.add("adviestafel");
        Hit shorter = new Hit(ENTRIES.get(0), Optional.empty(), "korter", "korter", 1.2, 0.54);
        Hit fuller = new Hit(ENTRIES.get(1), Optional.empty(), "vollediger", "vollediger", 1.1, 0.60);
        Hit other = new Hit(ENTRIES.get(2), Optional.empty(), "anders", "anders", 0.5, 0.40);
        List<Hit> hits = KnowledgeSearcher.distinct(List.of(new KnowledgeSearcher.Ranked(shorter, shared),
                new KnowledgeSearcher.Ranked(fuller, more), new KnowledgeSearcher.Ranked(other, Set.of("iets", "anders"))));
        assertThat(hits).containsExactly(fuller, other);
    }

    @Test
    void theSentenceThatAsksPicksThePartOfATafel() {
        KnowledgeSearcher searcher = searcherOf(section("regisseur", "SWV Noord", "po-noord", "Inzet regisseur",
                "### Doel\n\nAdvies als het JES vastloopt.\n\n"
                        + "### Aanmelding\n\nRijswijk: een van de partners meldt aan bij de teamleider Jeugdteam.\n\n"
                        + "### Wie zitten er aan tafel\n\nDe regisseur, de ouders en de jongere vanaf 12 jaar.\n\n"
                        + "### Stappen die het JES eerst moet doorlopen\n\nRijswijk: het JES vult het formulier in waarin staat "
                        + "waar het organiseren van jeugdhulp is vastgelopen."));
        assertThat(searcher.search("Ons JES in Rijswijk komt er niet uit. Bij wie melden we aan voor een "
                + "regisseur?", Optional.of("po-noord")).hits().getFirst().passage()).contains("teamleider Jeugdteam");
        assertThat(searcher.search("De jeugdhulp voor een jongen van 14 loopt vast en de regisseur komt erbij. Mag hij zelf "
                + "mee aan tafel?", Optional.of("po-noord")).hits().getFirst().passage()).contains("vanaf 12 jaar");
        // Without a part asked for, the passage that holds most of the question answers.
        assertThat(searcher.search("het JES is vastgelopen met de jeugdhulp in Rijswijk", Optional.of("po-noord"))
                .hits().getFirst().passage()).contains("formulier");
    }

    @Test
    void askingForKindsGetsThePassageThatNamesKinds() {
        KnowledgeSearcher searcher = searcherOf(section("verzuim", "SWV Noord", "po-noord", "Verzuim",
                "Verzuim wordt problematisch genoemd\n\n- wanneer de leerling in twee weken een kwart van de schooltijd mist;\n"
                        + "- wanneer de leerling tien dagen afwezig is in vijftien weken.\n\n"
                        + "Er zijn vier soorten problematisch verzuim te onderscheiden:\n\n- weigeren om naar school te gaan;\n"
                        + "- spijbelen;\n- onthouden van schoolgang."));
        assertThat(searcher.search("welke soorten problematisch verzuim zijn er", Optional.of("po-noord")).hits().getFirst()
                .passage()).contains("spijbelen");
    }

    @Test
    void ofPagesThatCoverAlikeTheOneThatNamesTheSchoolsAnswersWhichSchools() {
        KnowledgeSearcher searcher = searcherOf(
                section("andere-sbo", "SWV Noord", "po-noord", "Brugplaats bij de andere SBO",
                        "Voor de brugplaats op een SBO school wordt een crisisteam geformeerd."),
                section("sbo", "SWV Noord", "po-noord", "Brugplaats op het SBO",
                        "De brugplaats is op een van de SBO scholen van ons SWV (De Kameleon in Papendrecht en De Steenen Kamer "
                                + "in Zwijndrecht)."));
        assertThat(searcher.search("brugplaats sbo welke scholen", Optional.of("po-noord")).hits().getFirst().passage())
                .contains("De Kameleon");
    }

    @Test
    void ofPagesThatCoverAlikeTheOneThatGivesTheMomentAnswersWhen() {
        KnowledgeSearcher searcher = searcherOf(
                section("tafel", "SWV Noord", "po-noord", "Opschalen", "Het JES schaalt op naar de doorbraaktafel."),
                section("termijn", "SWV Noord", "po-noord", "Termijn", "Het JES schaalt na 8 weken op."));
        assertThat(searcher.search("wanneer schaalt het JES op?", Optional.of("po-noord")).hits().getFirst().passage())
                .contains("na 8 weken");
    }

    @Test
    void askingForANameIsNoTopic() {
        Hit named = best("hoe heet de tafel voor een vastgelopen casus", "po-noord");
        assertThat(named.entry().id()).isEqualTo("noord-tafel");
        assertThat(named.coverage()).isEqualTo(best("welke tafel is er voor een vastgelopen casus", "po-noord").coverage());
    }

    @Test
    void aModalVerbOrAskingForHelpOrEnoughIsNoTopic() {
        Hit modal = best("mogen leerlingen vanaf 12 jaar medeverantwoordelijk zijn", "po-noord");
        assertThat(modal.entry().id()).isEqualTo("noord-ouders");
        assertThat(modal.coverage()).isEqualTo(best("zijn leerlingen vanaf 12 jaar medeverantwoordelijk", "po-noord").coverage());
        Hit help = best("kan de jeugdarts helpen bij langdurig zieke leerlingen", "vo-zuid");
        assertThat(help.entry().id()).isEqualTo("zuid-ziek");
        assertThat(help.coverage()).isEqualTo(best("de jeugdarts bij langdurig zieke leerlingen", "vo-zuid").coverage());
        assertThat(best("de school registreert verzuim in het eigen systeem, is dat genoeg", "po-noord").coverage())
                .isEqualTo(best("de school registreert verzuim in het eigen systeem", "po-noord").coverage());
    }

    @Test
    void aWordThatPointsBackIsNoTopic() {
        Hit pointing = best("Een casus is vastgelopen. Welke tafel is daarvoor?", "po-noord");
        assertThat(pointing.entry().id()).isEqualTo("noord-tafel");
        assertThat(pointing.coverage()).isEqualTo(best("Een casus is vastgelopen. Welke tafel is er?", "po-noord").coverage());
    }

    @Test
    void wordsNoTextUsesInTheSituationDoNotHideTheAnswer() {
        Hit hit = best("Mijn buurmeisje fietst elke ochtend huilend langs het hek. Hoe vaak vergadert de doorbraaktafel?",
                "vo-zuid");
        assertThat(hit.entry().id()).isEqualTo("zuid-tafel");
        assertThat(hit.passage()).isEqualTo("Maandelijks");
        assertThat(hit.coverage()).isEqualTo(best("Hoe vaak vergadert de doorbraaktafel?", "vo-zuid").coverage());
    }

    @Test
    void whereToReadPrefersTheReference() {
        Hit hit = best("waar lees ik meer over afwezige leerlingen", "vo-zuid");
        assertThat(hit.entry().kind()).isEqualTo(EntryKind.REFERENCE);
    }

    @Test
    void abbreviationAndItsExpansionMeet() {
        assertThat(best("wat betekent JES", null).entry().id()).isEqualTo("term-jes");
        assertThat(best("multidisciplinair overleg jeugdhulp en school", null).entry().id()).isEqualTo("term-jes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hoe bak ik een appeltaart", "wat is de hoofdstad van Frankrijk", "xyzzy", "???", ""})
    void unrelatedQuestionsAreNotAnswered(String question) {
        assertThat(SEARCHER.search(question, Optional.empty()).confident()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"JES AND MDO", "verzuim*", "(doorbraaktafel", "\"zieke leerlingen", "title:foo OR body:bar~2",
            "\\\\ / ^ ~ : [ ] { } !"})
    void luceneSyntaxNeverBreaksASearch(String question) {
        assertThatCode(() -> SEARCHER.search(question, Optional.of("vo-zuid"))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"wat betekent JES (AND *", "wat betekent JES OR", "NOT wat betekent JES"})
    void queryOperatorsAUserTypesDoNotCostTheAnswer(String question) {
        SearchResult result = SEARCHER.search(question, Optional.empty());
        assertThat(result.confident()).isTrue();
        assertThat(result.hits().getFirst().entry().id()).isEqualTo("term-jes");
    }

    @Test
    void aRoutePageThatOnlyRepeatsTheChoiceIsAboutTheQuestionThatOfferedIt() {
        KnowledgeEntry ontdekkers = new KnowledgeEntry("route-ontdekkers", EntryKind.ROUTE_STEP, Optional.of("SWV Zuid"),
                List.of("po-zuid"), "Digitale tool", Optional.of("Fase 3a"), "Raadpleeg de observatiegroep De Ontdekkers",
                "https://example.org/ontdekkers", "Fase 3a, looptijd 2-10 weken\n\nRaadpleeg de observatiegroep De Ontdekkers",
                List.of(), List.of(), List.of("De partners in het MDO hebben andere expertise nodig om passend aanbod te "
                + "onderzoeken. Waar kan je aan denken? Raadpleeg de observatiegroep De Ontdekkers"));
        KnowledgeEntry mdo = new KnowledgeEntry("route-mdo", EntryKind.ROUTE_STEP, Optional.of("SWV Zuid"),
                List.of("po-zuid"), "Digitale tool", Optional.of("Fase 2"), "MDO organiseren", "https://example.org/mdo",
                "Fase 2, looptijd 2 weken\n\nOrganiseer een MDO: de partners bespreken wat de leerling nodig heeft.",
                List.of(), List.of(), List.of("Stopt het verzuim? Nee"));
        SearchResult result = searcherOf(ontdekkers, mdo).search(
                "Het MDO weet niet wat een kleuter nodig heeft. Welke expertise kunnen de partners erbij halen?", Optional.of("po-zuid"));
        assertThat(result.hits().getFirst().entry().id()).isEqualTo("route-ontdekkers");
    }

    @Test
    void aVeryLongQuestionIsSearchedToo() {
        assertThatCode(() -> SEARCHER.search("verzuim ".repeat(2000), Optional.empty())).doesNotThrowAnyException();
    }
}
