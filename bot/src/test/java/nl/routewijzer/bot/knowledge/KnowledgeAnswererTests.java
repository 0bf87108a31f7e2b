package nl.routewijzer.bot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import nl.routewijzer.bot.conversation.Reply;
import nl.routewijzer.bot.conversation.TestBot;
import nl.routewijzer.knowledge.model.KnowledgeEntry;
import nl.routewijzer.knowledge.search.SearchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KnowledgeAnswererTests {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            hier       | https://www.onderwijsinspectie.nl/onderwerpen/leerplichtwet | onderwijsinspectie.nl
            Klik hier  | https://example.org/docs/Brochure-Verzuimadministratie.pdf   | example.org: Brochure-Verzuimadministratie.pdf
            Toolkit zorgplicht | https://example.org/toolkit                          | Toolkit zorgplicht
            hier       | mailto:mwta@swvzhw.nl                                        | hier
            """)
    void aLinkThatOnlySaysHereIsNamedByWhereItLeads(String title, String url, String expected) {
        assertThat(KnowledgeAnswerer.readableTitle(title, url)).isEqualTo(expected);
    }

    @Test
    void anAnswerNeverShowsALinkCalledHier() {
        TestBot bot = new TestBot();
        bot.send("/start po-3006");
        List<Reply> replies = bot.send("waar vind ik meer informatie over verzuimadministratie");
        assertThat(replies.getFirst().links()).extracting(Reply.ReplyLink::title)
                .doesNotContain("hier")
                .anyMatch(t -> t.contains("Brochure-Verzuimadministratie.pdf"));
    }

    /** The mission's own example: a question about a tafel as a whole gets its opening passage (its Doel). */
    @Test
    void aQuestionAboutAnEntryItselfGetsItsOpeningPassage() {
        TestBot bot = new TestBot();
        bot.send("/start vo-zhw");
        List<Reply> replies = bot.send("waar lees ik meer over de doorbraaktafel?");
        assertThat(TestBot.visible(List.of(replies.getFirst()))).contains("Doorbreken van een vastgelopen casus")
                .doesNotContain("kent geen doorbraaktafel");
    }

    /**
     * "niet eens" is "niet" once its stop word is gone: it must not make every text that says "niet" count as
     * a conflict. And who asks ("als coördinator") is not what the question is about, nor are the words no text
     * uses that describe the pupil ("brugklasser", "zoon").
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "school en ouders zitten niet op één lijn over de aanpak van het verzuim. Wat kan ik als coördinator doen?",
            "ouders en school verschillen van mening over wat de leerling nodig heeft, wat kan ik doen",
            "Ouders van een brugklasser zijn het fundamenteel oneens met ons over wat hun zoon nodig heeft en elk gesprek loopt vast. Wat kan ik als zorgcoördinator doen?"})
    void aConflictBetweenSchoolAndParentsGetsItsActions(String question) {
        assertThat(firstAnswer("vo-zhw", question)).contains("klachtenprocedure");
    }

    /** The term may be named before the question, quoted; an apostrophe inside a word ("collega's") is no quote. */
    @Test
    void aDefinitionAskedAfterTheTermWasNamedGetsTheTerm() {
        assertThat(firstAnswer("vo-zhw", "Collega's hebben het steeds over 'het JES'. Wat voor overleg is dat eigenlijk?"))
                .contains("Jeugdhulp en School");
    }

    /**
     * "wat is X bij Y" still asks what X means when the texts tell X in Y's context; "wie is X in Y" asks a fact
     * about X there.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            wat is zorglogistiek bij het ECZ            | vo-zhw  | verblijfsplek
            wie is de aansluitfunctionaris in Maashorst | po-3006 | jeugdverpleegkundige
            """)
    void aTermAskedInItsOwnContextIsStillDefined(String question, String route, String expected) {
        assertThat(firstAnswer(route, question)).contains(expected);
    }

    /**
     * A question in chat words, as a teacher types it between two lessons: "lln" is a leerling, "6x" six times, "ziek
     * gemeld" a sick report, "ff checken" only talk. Before, "checken" and "gemeld" weighed as words of their own
     * and the reply was "not found".
     */
    @Test
    void aQuestionInChatWordsIsAnswered() {
        assertThat(firstAnswer("po-sppoh", "lln gr 5 al 6x ziek gemeld, ff checken wat ik moet doen"))
                .contains("Er zijn zorgen over het ziekteverzuim van een leerling");
    }

    /**
     * "wat is een JES?" in a route of another samenwerkingsverband: the term the question names, shown with its
     * SWV, not a term of the route's own SWV whose text happens to say "jeugdhulp" and "school". Among terms of the
     * same name the route's SWV still comes first.
     */
    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            wat is een JES?        | po-3006         | multidisciplinair overleg Jeugdhulp en School
            wat is een thuiszitter | po-drechtsteden | meer dan 3 dagen per week
            wat is een thuiszitter | vo-zhw          | geen enkel kind langer dan 3 maanden
            """)
    void aTermTheDefinitionQuestionNamesIsTheAnswerInAnyRoute(String question, String route, String expected) {
        assertThat(firstAnswer(route, question)).contains(expected);
    }

    /**
     * "hoe meld ik een leerling aan" holds "meld" and, joined, "aanmeld": one verb, counted once. Counted twice, it
     * outweighed the observation group, and the route page on enrolling a child at a school came first.
     */
    @Test
    void aSplitVerbCountsOnce() {
        SearchResult result = TestKnowledge.searcher().search("hoe meld ik een leerling aan voor de observatiegroep?",
                Optional.of("po-sppoh"));
        assertThat(result.hits().getFirst().entry().title()).contains("De Ontdekkers");
    }

    /**
     * "wil niet meer naar school door pesten": no text speaks of bullying. The negation must not stand in for
     * that word and make any text with "niet" an answer (an enrolment page came first): not found, honestly.
     */
    @Test
    void aNegationDoesNotStandInForAWordNoTextUses() {
        assertThat(firstAnswer("vo-zhw", "een leerling wil niet meer naar school door pesten, wat kan ik doen?"))
                .contains("geen goed antwoord");
    }

    /**
     * The vo-zhw route has two pages that differ by a "niet" ("Vrijstelling ... is afgegeven" / "wordt niet
     * afgegeven") and cover the question alike: the one that does not negate what the question states answers,
     * and the other way round.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            leerplicht heeft voor een leerling uit 2 vmbo een vrijstelling afgegeven op medische gronden. mogen we hem nu uitschrijven of blijft hij bij ons staan? | De school mag de leerling uitschrijven
            leerplicht heeft de vrijstelling niet afgegeven, wat nu? | blijft zorgplichtig
            """)
    void aPageThatNegatesWhatTheQuestionStatesLoses(String question, String expected) {
        assertThat(firstAnswer("vo-zhw", question)).contains(expected);
    }

    /**
     * A word for the kind of answer wanted ("criteria", "overzicht", a misspelt "defenitie") is no topic: as a word
     * no text uses it weighed most, and the keywords got "not found".
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            problematisch verzuim criteria | po-drechtsteden | 25 procent van de schooltijd
            langdurig verzuim defenitie    | po-3006         | opeenvolgende lesweken
            overzicht steunpunten sppoh    | po-sppoh        | Steunpunt
            """)
    void aWordForTheKindOfAnswerIsNoTopic(String question, String route, String expected) {
        assertThat(firstAnswer(route, question)).contains(expected);
    }

    /**
     * A meaning said in common words ("bijna geen Nederlands") weighs at least as its own rarity: few texts are about
     * a nieuwkomer, and the words the user chose ("geen", "Nederlands") are found everywhere.
     */
    @Test
    void aMeaningSaidInCommonWordsWeighsAsTheMeaning() {
        assertThat(firstAnswer("vo-zhw", "nieuwe leerling uit Syrië, pas een half jaar in Nederland en spreekt nog bijna geen "
                + "Nederlands. ouders willen hem bij ons aanmelden, wat moet ik doen?")).contains("Internationale Schakelklas");
    }

    /** A typo in a long word ("ingeschakkeld") no longer makes it the rarest word there is: it is put right. */
    @Test
    void aTypoDoesNotCostTheAnswer() {
        assertThat(firstAnswer("po-3006", "wanneer kan een onderwijsconsulent ingeschakkeld worden?")).contains("langer dan vier weken");
    }

    /**
     * A long story about something else altogether gets the honest "not found", even though a few of its words
     * ("binnen twee weken", "betalen", "leerlingen") occur in the texts: most of its words no text uses.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mijn buurman heeft een nieuwe auto gekocht en de garage zegt dat de banden binnen twee weken vervangen moeten worden, maar de dealer in Den Haag wil daar niet aan. Wie moet dat betalen? | vo-zhw
            Onze kantine verkoopt te veel snoep en de ouderraad is boos op de directie. De leerlingen eten slecht en de conciërge klaagt. Wat moeten we doen? | po-sppoh
            """)
    void aLongStoryAboutSomethingElseGetsAnHonestNotFound(String question, String route) {
        assertThat(firstAnswer(route, question)).contains("geen goed antwoord");
    }

    /** "ik wil graag weten wat luxe verzuim is": the definition asked inside the sentence is the answer. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ik wil graag weten wat luxe verzuim is | vakantie buiten de schoolvakanties
            kun je uitleggen wat een OPP inhoudt   | Ontwikkelingsperspectief
            """)
    void aDefinitionAskedInsideASentenceGetsTheTerm(String question, String expected) {
        assertThat(firstAnswer("vo-zhw", question)).contains(expected);
    }

    @Test
    void whatFallsUnderATermIsItsDefinition() {
        assertThat(firstAnswer("vo-zhw", "wat valt er onder absoluut verzuim"))
                .contains("niet zijn vrijgesteld");
    }

    /**
     * A list is searched in groups of items, but shown whole when it fits: asked by its second half or by its
     * announcement, the answer shows all four situations, not two that look like all of them.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"wanneer schakel ik de onderwijsconsulent in",
            "welke situaties zijn er voor de onderwijsconsulent"})
    void aListIsShownWhole(String question) {
        assertThat(firstAnswer("po-3006", question))
                .contains("langer dan vier weken", "geschikte onderwijsplek", "juiste ondersteuning", "medische zorg op school")
                .doesNotContain("…");
    }

    @Test
    void aListTooLongForAnAnswerSaysWhereItemsAreLeftOut() {
        String items = java.util.stream.IntStream.rangeClosed(1, 16)
                .mapToObj(i -> "- Situatie " + i + ": een leerling die al weken niet op school is geweest en thuis zit.")
                .collect(java.util.stream.Collectors.joining("\n"));
        String text = KnowledgeAnswerer.trim("Er is sprake van een van deze situaties:\n" + items, KnowledgeAnswerer.MAX_PASSAGE_CHARS);
        assertThat(text).endsWith("…").contains("Situatie 1:").doesNotContain("Situatie 16");
        String near = KnowledgeAnswerer.trim("Er is sprake van een van deze situaties:\n" + items.lines().limit(9)
                .collect(java.util.stream.Collectors.joining("\n")), KnowledgeAnswerer.MAX_PASSAGE_CHARS);
        assertThat(near).contains("Situatie 9:").doesNotContain("…");
    }

    /**
     * A route question whose choices are what one can turn to ("Waar kan je aan denken?") lists them: the expertise
     * the MDO may bring in, the observatiegroep among them. A yes/no question does not.
     */
    @Test
    void aQuestionOfOptionsListsThem() {
        assertThat(firstAnswer("po-sppoh", "Bij een leerling in groep 2 is niemand het eens over wat hij nodig heeft en "
                + "het MDO komt er met de huidige partners niet uit. Welke expertise kan ik erbij halen?"))
                .contains("Raadpleeg de observatiegroep De Ontdekkers", "Vraag advies aan de SBO-school in de wijk");
        KnowledgeEntry yesNo = RoutePages.of(TestBot.ROUTES).stream()
                .filter(e -> e.id().equals("route-po-sppoh-passend-aanbod")).findFirst().orElseThrow();
        assertThat(yesNo.body()).doesNotContain("- Ja");
    }

    /** "Bij wie kunnen we terecht?" is answered by the passage that names whom, not one about the matter only. */
    @Test
    void aQuestionWhomToAskGetsSomeoneToTurnTo() {
        assertThat(firstAnswer("vo-zhw", "In het JES bespraken we een leerling die steeds minder lessen volgt. We willen "
                + "advies over hoe we de ondersteuning op school beter inrichten. Bij wie kunnen we terecht?"))
                .containsAnyOf("School Ondersteunings Team", "Ambulante Team");
    }

    /** Without a route, a town names the samenwerkingsverband that serves it ("Meierijstad": SWV PO 30 06). */
    @Test
    void aTownNamesItsSamenwerkingsverband() {
        SearchResult result = TestKnowledge.searcher().search(
                "hoe vaak ziek gemeld voordat ik actie onderneem, school in Meierijstad", Optional.empty());
        assertThat(result.hits()).first().satisfies(hit -> assertThat(hit.entry().routes()).containsExactly("po-3006"));
    }

    /** A route page's source is named by its document, not by the sentence on who made it. */
    @Test
    void aRoutePageNamesItsSourceShortly() {
        TestBot bot = new TestBot();
        bot.send("/start po-3006");
        Reply reply = bot.send("wanneer schakel ik de onderwijsconsulent in").getFirst();
        assertThat(reply.text()).contains("**Bron:** Routekaart aanwezigheid op school").doesNotContain("ontwikkeld door");
    }

    /**
     * A verb no text uses ("praten", "checken") tells how the user would act; beside the words that can be
     * found it must not make every answer fall short; nor must an age ("van 13") the text does not hold. And a
     * term named before "wat is dat voor ..." is asked, and a known term asked after a situation is told. The
     * kind of school the route is for ("zieke leerlingen vo" in a VO route) says nothing the route does not. And
     * "deelnemers" are who "nemen deel", and "afspreken" is how "afspraken" are made.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Is er een gesprekshulpmiddel om met ouders over thuiszitten te praten?                          |                 | sprintkaart
            Is er een tool om te checken of ik onderwijstijdverkorting kan aanvragen?                       | po-3006         | keuzehulp
            Bij ons zit een leerling al maanden thuis en de IB noemt GOAL als optie. Wat is dat voor voorziening? | po-drechtsteden | tijdelijke onderwijsopvangvoorziening
            Ik weet eerlijk gezegd niet wat dat is, die trajectbegeleider vroeg ernaar. Wat is een ingroeiplan? | po-3006 | doelen en afspraken
            Ik ben nieuw op school, wat is een JES eigenlijk?                                               | vo-zhw          | jeugdhulp en school
            Ik ben nieuw als mentor in de brugklas en een jongen uit mijn mentorklas is erg vaak ziek. Waar lees ik meer over zieke leerlingen? | vo-zhw | hoofdstuk 4
            Een leerling meldt zich steeds ziek met buikpijn. Bestaat er een schema voor ziekteverzuim waar ik kan kijken? | po-sppoh | schema-ziekteverzuim
            hoe vaak ziekgemeld voordat ik ouders moet bellen                                               | po-3006         | 5 of meer ziekmeldingen
            de zoon van 13 spreekt nog geen Nederlands. Waar moeten de ouders hem aanmelden?                 | vo-zhw          | instroomloket
            ouders komen niet opdagen bij de jeugdarts, ook niet na een tweede uitnodiging. wat nu?         | po-drechtsteden | herhaalde oproep
            Een meisje uit groep 5 is dit schooljaar al zeven keer ziek gemeld. Is dit een reden om in actie te komen? | po-3006 | 5 of meer ziekmeldingen
            Wij zijn een vo-school in Leidschendam-Voorburg en ons JES loopt vast op geld. Kunnen we naar de doorbraaktafel? | vo-zhw | kent geen doorbraaktafel
            waar lees ik meer over zieke leerlingen vo                                                       | vo-zhw          | hoofdstuk 4
            driehoeksoverleg deelnemers                                                                      | vo-zhw          | sma-arts
            Een meisje van 7 met een chronische darmziekte houdt het maar een halve dag vol op school. Mogen we officieel minder uren met haar afspreken en hoe regel je dat? | po-3006 | keuzehulp onderwijstijd
            """)
    void wordsThatOnlyTellTheSituationDoNotDrownTheQuestion(String question, String route, String expected) {
        TestBot bot = new TestBot();
        if (route != null) {
            bot.send("/start " + route);
        }
        assertThat(TestBot.visible(List.of(bot.send(question).getFirst())).toLowerCase(java.util.Locale.ROOT)).contains(expected);
    }

    /** The ingroeiplan's definition ends with the sentence a route page has alone: no "Zie ook" repeats it. */
    @Test
    void aSeeAlsoNeverRepeatsWhatTheAnswerShows() {
        assertOnlyTheAnswerShows("De trajectbegeleider vroeg naar een ingroeiplan. Ik weet niet wat dat is. Wat is een ingroeiplan?",
                "stemt dit plan af met de trajectbegeleider");
    }

    /** The route page quotes the onderwijsconsulent's definition whole: its glossary entry is no "Zie ook". */
    @Test
    void aSeeAlsoNeverRepeatsTheOpeningOfWhatTheAnswerQuotes() {
        assertOnlyTheAnswerShows("wanneer schakel ik de onderwijsconsulent in", "De onderwijsconsulent wordt ingeschakeld wanneer");
    }

    /** Asked in po-3006, the first reply shows the text and no later reply ("Zie ook") repeats it. */
    private static void assertOnlyTheAnswerShows(String question, String text) {
        TestBot bot = new TestBot();
        bot.send("/start po-3006");
        List<Reply> replies = bot.send(question);
        assertThat(replies.getFirst().text()).contains(text);
        assertThat(replies.stream().skip(1).map(Reply::text)).noneMatch(t -> t.contains(text));
    }

    /** The visible text of the first reply to a question asked in a route just started. */
    private static String firstAnswer(String route, String question) {
        TestBot bot = new TestBot();
        bot.send("/start " + route);
        return TestBot.visible(List.of(bot.send(question).getFirst()));
    }
}
