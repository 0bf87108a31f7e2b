package nl.routewijzer.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.routewijzer.bot.conversation.Reply.ReplyChoice;
import org.junit.jupiter.api.Test;

/** The conversation's own behaviour: commands, typed answers, stale buttons, free questions, bad input. */
class ConversationServiceTests {

    private final TestBot bot = new TestBot();

    private static List<String> labels(List<Reply> replies) {
        return replies.getLast().choices().stream().map(ReplyChoice::label).toList();
    }

    @Test
    void startOffersEveryRouteAndADeepLinkStartsOne() {
        List<Reply> welcome = bot.send("/start");
        assertThat(welcome.getFirst().text()).contains("Welkom bij Routewijzer");
        assertThat(welcome.getLast().choices()).extracting(ReplyChoice::value)
                .contains("/start vo-zhw", "/start po-sppoh", "/start po-drechtsteden", "/start po-3006");

        List<Reply> started = bot.send("/start po-sppoh");
        assertThat(TestBot.visible(started)).contains("Is er sprake van een schoolinschrijving?");
        assertThat(labels(started)).containsExactly("Ja", "Nee");
        assertThat(bot.route()).hasValueSatisfying(s -> assertThat(s.routeId()).isEqualTo("po-sppoh"));
    }

    @Test
    void unknownRouteGetsTheMenu() {
        List<Reply> replies = bot.send("/start bestaat-niet");
        assertThat(replies.getFirst().text()).contains("Die route ken ik niet");
        assertThat(bot.route()).isEmpty();
    }

    @Test
    void backRestartAndSummaryWorkMidRoute() {
        bot.send("/start vo-zhw");
        bot.send("ja");
        List<Reply> step = bot.send("2");
        assertThat(TestBot.visible(step)).contains("Fase 2", "looptijd 2 weken", "1. Registreer het verzuim");

        List<Reply> summary = bot.send("samenvatting");
        assertThat(TestBot.visible(summary)).contains("Samenvatting", "Je antwoorden", "Is er sprake van een schoolinschrijving? Ja",
                "Registreer het verzuim", "(Fase 2, looptijd 2 weken)", "Je bent nog onderweg");
        assertThat(labels(summary)).containsExactly("Volgende");

        List<Reply> back = bot.send("terug");
        assertThat(TestBot.visible(back)).contains("Welk (zorgwekkend) verzuim wordt gesignaleerd?");
        assertThat(TestBot.visible(bot.send("/terug"))).contains("Is er sprake van een schoolinschrijving?");
        assertThat(TestBot.visible(bot.send("vorige"))).contains("Je bent al bij de eerste stap");

        bot.send("ja");
        assertThat(TestBot.visible(bot.send("opnieuw"))).contains("We beginnen de route opnieuw", "Is er sprake van een schoolinschrijving?");
        assertThat(bot.route()).hasValueSatisfying(s -> assertThat(s.path()).isEmpty());
    }

    @Test
    void aButtonOfAnEarlierStepChangesNothingAndSaysSo() {
        List<Reply> first = bot.send("/start vo-zhw");
        String oldNee = first.getLast().choices().get(1).value();
        bot.send(first.getLast().choices().get(0).value());
        String before = bot.route().orElseThrow().nodeId();

        List<Reply> stale = bot.send(oldNee);
        assertThat(stale.getFirst().text()).contains("Die knop hoort bij een eerdere stap");
        assertThat(bot.route().orElseThrow().nodeId()).isEqualTo(before);
        assertThat(labels(stale)).hasSize(3);
    }

    @Test
    void aFreeQuestionMidRouteIsAnsweredAndTheRouteKeepsItsPlace() {
        bot.send("/start vo-zhw");
        bot.send("ja");
        String node = bot.route().orElseThrow().nodeId();
        List<Reply> answer = bot.send("waar lees ik meer over de doorbraaktafel?");
        assertThat(answer.size()).isBetween(2, 4);
        assertThat(answer.getFirst().text()).contains("Bron:");
        assertThat(answer.getFirst().links()).isNotEmpty();
        assertThat(answer.getLast().text()).contains("Verder met de route?");
        assertThat(labels(answer)).hasSize(3);
        assertThat(answer.subList(0, answer.size() - 1)).allSatisfy(r -> assertThat(r.choices()).isEmpty());
        assertThat(bot.route().orElseThrow().nodeId()).isEqualTo(node);
    }

    @Test
    void aQuestionWithoutAnswerIsHonest() {
        bot.send("/start po-3006");
        List<Reply> replies = bot.send("hoe bak ik een appeltaart?");
        assertThat(replies.getFirst().text()).contains("geen goed antwoord");
        assertThat(replies.getFirst().links()).isEmpty();
    }

    @Test
    void aNumberOutOfRangeExplainsTheRange() {
        bot.send("/start vo-zhw");
        bot.send("ja");
        List<Reply> replies = bot.send("7");
        assertThat(replies.getFirst().text()).contains("Kies een nummer van 1 tot en met 3");
        assertThat(labels(replies)).hasSize(3);
    }

    @Test
    void tooLongAndEmptyMessagesGetAFriendlyReplyAndLoseNothing() {
        bot.send("/start vo-zhw");
        bot.send("ja");
        String node = bot.route().orElseThrow().nodeId();
        assertThat(bot.send("x".repeat(2001)).getFirst().text()).contains("Je bericht is te lang");
        assertThat(bot.send("   ").getFirst().text()).contains("Ik heb geen tekst ontvangen");
        assertThat(bot.route().orElseThrow().nodeId()).isEqualTo(node);
    }

    @Test
    void forgetDeletesEverything() {
        bot.send("/start vo-zhw");
        bot.send("ja");
        List<Reply> replies = bot.send("/vergeet");
        assertThat(replies.getFirst().text()).contains("Ik heb alles gewist");
        assertThat(bot.route()).isEmpty();
        assertThat(bot.send("vergeet").getFirst().text()).doesNotContain("Ik heb alles gewist");
    }

    @Test
    void anEndShowsTheEndTextAndTheSummaryWithWaysOn() {
        bot.send("/start vo-zhw");
        bot.send("ja");
        List<Reply> end = bot.send("ziekte");
        assertThat(TestBot.visible(end)).contains("Einde:", "Je bent nu klaar met het stappenplan", "Samenvatting");
        assertThat(labels(end)).containsExactly("Opnieuw", "Andere route");
        assertThat(TestBot.visible(bot.send("/opnieuw"))).contains("Is er sprake van een schoolinschrijving?");
    }

    @Test
    void withoutARouteARouteCanBePickedByTypingItsSwv() {
        bot.send("/start");
        List<Reply> replies = bot.send("Drechtsteden");
        assertThat(bot.route()).hasValueSatisfying(s -> assertThat(s.routeId()).isEqualTo("po-drechtsteden"));
        assertThat(replies).isNotEmpty();
    }

    @Test
    void helpListsTheCommandsAndKeepsTheChoices() {
        bot.send("/start vo-zhw");
        List<Reply> help = bot.send("help");
        assertThat(help.getFirst().text()).contains("/terug", "/opnieuw", "/samenvatting", "/vergeet");
        assertThat(labels(help)).containsExactly("Ja", "Nee");
    }
}
