package nl.routewijzer.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import nl.routewijzer.bot.state.ConversationStore;
import nl.routewijzer.routes.engine.RouteState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Telegram channel in long-polling mode, end to end: the real TelegramBots long-polling loop and client
 * against {@link FakeTelegramApi} over HTTP, the real conversation and an in-memory database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:telegram-polling;DB_CLOSE_DELAY=-1",
        "routewijzer.telegram.token=" + FakeTelegramApi.TOKEN,
        "routewijzer.telegram.retry.initial-backoff=50ms",
        "routewijzer.telegram.retry.max-backoff=400ms"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class TelegramLongPollingIntegrationTests {

    static final FakeTelegramApi API = FakeTelegramApi.start();

    @DynamicPropertySource
    static void telegramApi(DynamicPropertyRegistry registry) {
        registry.add("routewijzer.telegram.api-url", API::url);
    }

    /** Closes the fake after the context, so that the bot's last getUpdates is answered, not cut off. */
    @TestConfiguration(proxyBeanMethods = false)
    static class FakeApiLifecycle {
        @Bean
        FakeTelegramApi fakeTelegramApi() {
            return API;
        }
    }

    @Autowired
    ConversationStore store;

    private TelegramTestChat newChat() {
        return new TelegramTestChat(API, API::enqueue);
    }

    @Test
    void startShowsTheWelcomeWithTheRoutesAsButtons() {
        TelegramTestChat chat = newChat();

        List<SentMessage> turn = chat.send("/start");

        assertThat(turn.getFirst().parseMode()).isEqualToIgnoringCase("HTML");
        assertThat(turn.getFirst().text()).startsWith("<b>Welkom bij Routewijzer.</b> Ik help je stap voor stap");
        assertThat(turn.getLast().labels()).containsExactlyInAnyOrder("PO · SWV PO 30 06", "PO · SWV Drechtsteden",
                "PO · SPPOH", "VO · SWV Zuid-Holland West");
        assertThat(turn.getLast().data("VO · SWV")).isEqualTo("/start vo-zhw");
        assertThat(API.calls("sendChatAction")).anySatisfy(c -> {
            assertThat(FakeTelegramApi.chatOf(c.body())).isEqualTo(chat.id());
            assertThat(c.body().path("action").asText()).isEqualTo("typing");
        });
    }

    @Test
    void startupDeletesAnyWebhookAndRegistersTheDutchCommands() {
        await().until(() -> !API.calls("setMyCommands").isEmpty() && !API.calls("getUpdates").isEmpty());

        assertThat(API.calls("deleteWebhook")).isNotEmpty();
        JsonNode commands = API.calls("setMyCommands").getFirst().body().path("commands");
        assertThat(StreamSupport.stream(commands.spliterator(), false).map(c -> c.path("command").asText()))
                .containsExactly("start", "terug", "opnieuw", "samenvatting", "help", "vergeet");
        assertThat(commands.get(1).path("description").asText()).isEqualTo("Een stap terug in de route");
        assertThat(API.calls("getUpdates").getFirst().body().path("allowed_updates").toString())
                .isEqualTo("[\"message\",\"callback_query\"]");
    }

    @Test
    void deepLinkStartsThatRouteAtItsFirstQuestion() {
        TelegramTestChat chat = newChat();

        List<SentMessage> turn = chat.send("/start vo-zhw");

        // The intro: "&" of the route's title escaped inside the bold tag.
        assertThat(turn.getFirst().text()).startsWith("<b>Routeboek Verzuim &amp; Thuiszitters VO</b>\nSWV Zuid-Holland West");
        assertThat(turn.getLast().text()).isEqualTo("Is er sprake van een schoolinschrijving?");
        assertThat(turn.getLast().labels()).containsExactly("Ja", "Nee");
        assertThat(turn.getLast().data("Ja")).isEqualTo("vo-zhw/inschrijving/1");
        assertThat(turn.subList(0, turn.size() - 1)).allSatisfy(m -> assertThat(m.buttons()).isEmpty());
    }

    @Test
    void buttonsLeadThroughTheRouteToItsEndWithSummaryAndLinks() {
        TelegramTestChat chat = newChat();
        List<SentMessage> start = chat.send("/start vo-zhw");

        List<SentMessage> question = chat.press(start, "Ja");
        assertThat(question.getLast().text()).startsWith("<b>Fase 2</b> · looptijd 2 weken\n\n"
                + "Er is sprake van een schoolinschrijving. Welk (zorgwekkend) verzuim wordt gesignaleerd?");
        // Labels too long for a button: listed in full in the text, numbered on the buttons.
        assertThat(question.getLast().text()).contains("\n1. Er zijn zorgen over het ziekteverzuim van een leerling.\n2. ");
        assertThat(question.getLast().labels()).hasSize(3).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(36))
                .first().asString().startsWith("1. Er zijn zorgen over");
        assertThat(question.getLast().text()).contains("🔗 <a href=\"https://www.swvzhw.nl/wp-content/uploads/2025/09/"
                + "SWV024-Routeboek-documenten-2025-Verzuim-2025-250730-ow2-bdj.pdf\">Routeboek Verzuim &amp; Thuiszitters, "
                + "Hoofdstuk 3, fase 1: Preventie</a>");

        List<SentMessage> end = chat.press(question, "1.");
        String text = TelegramTestChat.text(end);
        assertThat(text).contains("Er zijn zorgen over het ziekteverzuim van een leerling", "<b>Acties</b>\n1. Ga naar het stappenplan Ziekteverzuim",
                "<b>Einde:</b> Je bent nu klaar met het stappenplan.", "<b>Samenvatting</b> · Routeboek Verzuim &amp; Thuiszitters VO",
                "• Is er sprake van een schoolinschrijving? <b>Ja</b>");
        assertThat(end.getLast().labels()).containsExactly("Opnieuw", "Andere route");
        assertThat(store.find("telegram:" + chat.id()).route()).map(RouteState::nodeId).hasValue("ziekteverzuim");

        // Each press was answered, and the pressed message lost its buttons.
        List<String> answered = API.calls("answerCallbackQuery").stream().map(c -> c.body().path("callback_query_id").asText()).toList();
        assertThat(answered).hasSizeGreaterThanOrEqualTo(2);
        assertThat(API.calls("editMessageReplyMarkup")).anySatisfy(c -> {
            assertThat(c.body().path("message_id").asInt()).isEqualTo(question.getLast().messageId());
            assertThat(c.body().has("reply_markup")).isFalse();
        });
    }

    @Test
    void freeQuestionIsAnsweredFromTheRouteboekWithItsSource() {
        TelegramTestChat chat = newChat();

        List<SentMessage> turn = chat.send("Wat is een JES?");

        assertThat(turn.getFirst().text()).startsWith("<b>JES (multidisciplinair overleg Jeugdhulp en School)</b>")
                .contains("<b>Bron:</b> Routeboek Verzuim &amp; Thuiszitters VO, Fase 2: 2.3 JES", "🔗 <a href=\"https://");
        assertThat(turn.getLast().labels()).contains("VO · SWV Zuid-Holland West");
    }

    @Test
    void staleButtonGetsADutchNoticeAndTheRouteKeepsItsPlace() {
        TelegramTestChat chat = newChat();
        List<SentMessage> start = chat.send("/start vo-zhw");
        chat.press(start, "Ja");

        ObjectNode again = TelegramUpdates.press(chat.id(), start.getLast().messageId(), start.getLast().data("Nee"));
        List<SentMessage> turn = chat.turn(again);

        assertThat(turn.getFirst().text()).startsWith("Die knop hoort bij een eerdere stap");
        assertThat(TelegramTestChat.text(turn)).contains("Welk (zorgwekkend) verzuim wordt gesignaleerd?");
        assertThat(store.find("telegram:" + chat.id()).route()).map(RouteState::nodeId).hasValue("verzuim-soort");
        assertThat(API.calls("answerCallbackQuery")).anySatisfy(
                c -> assertThat(c.body().path("callback_query_id").asText()).isEqualTo(TelegramUpdates.callbackId(again)));
    }

    @Test
    void rateLimitIsWaitedOutAsTelegramAsksAndTheMessageArrives() {
        TelegramTestChat chat = newChat();
        API.failNext("sendMessage", 429, "Too Many Requests: retry after 1", 1);

        List<SentMessage> turn = chat.send("/help");

        assertThat(turn.getFirst().text()).startsWith("<b>Wat kan ik?</b>");
        List<FakeTelegramApi.Call> attempts = API.calls("sendMessage").stream()
                .filter(c -> c.body().path("text").asText().startsWith("<b>Wat kan ik?</b>")
                        && FakeTelegramApi.chatOf(c.body()) == chat.id()).toList();
        assertThat(attempts).hasSize(2);
        assertThat(Duration.between(attempts.get(0).at(), attempts.get(1).at())).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void serverErrorsAreRetriedWithBackoff() {
        TelegramTestChat chat = newChat();
        API.failNext("sendMessage", 502, "Bad Gateway", null);
        API.failNext("sendMessage", 500, "Internal Server Error", null);

        List<SentMessage> turn = chat.send("/help");

        assertThat(turn.getFirst().text()).startsWith("<b>Wat kan ik?</b>");
    }

    @Test
    void pollingGoesOnAfterGetUpdatesFails() {
        TelegramTestChat chat = newChat();
        API.failNext("getUpdates", 500, "Internal Server Error", null);
        API.failNext("getUpdates", 429, "Too Many Requests: retry after 1", 1);
        API.failNext("getUpdates", 502, "Bad Gateway", null);
        int failedBefore = (int) API.calls("getUpdates").stream().filter(c -> c.result() == null).count();
        API.releasePolls();
        await().until(() -> API.calls("getUpdates").stream().filter(c -> c.result() == null).count() >= failedBefore + 3);

        List<SentMessage> turn = chat.send("/start");

        assertThat(turn.getFirst().text()).startsWith("<b>Welkom bij Routewijzer.</b>");
    }

    @Test
    void inGroupsOnlyCommandsRepliesAndMentionsAreAnswered() {
        long group = -100_200_300L;
        TelegramTestChat chat = new TelegramTestChat(API, API::enqueue, group);
        API.enqueue(TelegramUpdates.groupText(group, 11, "Hallo allemaal, wie heeft de notulen?"));
        API.enqueue(TelegramUpdates.groupText(group, 11, "/start@AndereBot"));
        API.enqueue(TelegramUpdates.groupText(group, 11, "/weer"));

        List<SentMessage> help = chat.turn(TelegramUpdates.groupText(group, 11, "/help@" + FakeTelegramApi.BOT_USERNAME));
        assertThat(chat.messages()).hasSize(help.size()); // the three messages before were not answered
        assertThat(help.getFirst().text()).startsWith("<b>Wat kan ik?</b>");

        List<SentMessage> mention = chat.turn(TelegramUpdates.groupText(group, 12, "@" + FakeTelegramApi.BOT_USERNAME + " wat is een JES?"));
        assertThat(mention.getFirst().text()).startsWith("<b>JES (multidisciplinair overleg Jeugdhulp en School)</b>");

        List<SentMessage> reply = chat.turn(TelegramUpdates.groupReplyToBot(group, 12, help.getLast().messageId(), "/start vo-zhw"));
        assertThat(reply.getLast().text()).isEqualTo("Is er sprake van een schoolinschrijving?");
        assertThat(store.find("telegram:" + group).route()).map(RouteState::nodeId).hasValue("inschrijving");
    }
}
