package nl.routewijzer.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import nl.routewijzer.bot.state.ConversationStore;
import nl.routewijzer.routes.engine.RouteState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Telegram channel in webhook mode: setWebhook at startup against {@link FakeTelegramApi}, updates POSTed
 * to the bot's own web server as Telegram does, replies through the real client to the fake.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:telegram-webhook;DB_CLOSE_DELAY=-1",
        "routewijzer.telegram.token=" + FakeTelegramApi.TOKEN,
        "routewijzer.telegram.webhook-url=https://routewijzer.example.nl/api/telegram/webhook",
        "routewijzer.telegram.webhook-secret=" + TelegramWebhookIntegrationTests.SECRET})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class TelegramWebhookIntegrationTests {

    static final String SECRET = "webhook-secret_0123456789abcdef";
    static final FakeTelegramApi API = FakeTelegramApi.start();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void telegramApi(DynamicPropertyRegistry registry) {
        registry.add("routewijzer.telegram.api-url", API::url);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FakeApiLifecycle {
        @Bean
        FakeTelegramApi fakeTelegramApi() {
            return API;
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    ConversationStore store;

    private TelegramTestChat newChat() {
        return new TelegramTestChat(API, update -> assertThat(post(update, SECRET).statusCode()).isEqualTo(200));
    }

    @Test
    void startupSetsTheWebhookWithItsSecretAndNeverPolls() {
        await().until(() -> !API.calls("setWebhook").isEmpty());

        FakeTelegramApi.Call call = API.calls("setWebhook").getFirst();
        assertThat(call.body().path("url").asText()).isEqualTo("https://routewijzer.example.nl/api/telegram/webhook");
        assertThat(call.body().path("secret_token").asText()).isEqualTo(SECRET);
        assertThat(call.body().path("allowed_updates").asText()).isEqualTo("[\"message\",\"callback_query\"]");
        assertThat(API.calls("setMyCommands")).isNotEmpty();
        assertThat(API.calls("getUpdates")).isEmpty();
        assertThat(API.calls("deleteWebhook")).isEmpty();
    }

    @Test
    void updatesPostedWithTheSecretAreAnswered() {
        TelegramTestChat chat = newChat();

        List<SentMessage> start = chat.send("/start vo-zhw");
        List<SentMessage> next = chat.press(start, "Ja");

        assertThat(start.getLast().text()).isEqualTo("Is er sprake van een schoolinschrijving?");
        assertThat(next.getLast().text()).contains("Welk (zorgwekkend) verzuim wordt gesignaleerd?");
    }

    @Test
    void requestsWithoutTheRightSecretAreRefusedAndChangeNothing() {
        TelegramTestChat chat = newChat();
        List<SentMessage> start = chat.send("/start vo-zhw");
        ObjectNode pressYes = TelegramUpdates.press(chat.id(), start.getLast().messageId(), start.getLast().data("Ja"));

        assertThat(post(pressYes, null).statusCode()).isEqualTo(401);
        assertThat(post(pressYes, "webhook-secret_0123456789abcdeX").statusCode()).isEqualTo(403);
        assertThat(post(pressYes, "").statusCode()).isEqualTo(403);

        // A message after the refused ones is answered in order: had a refused one been taken, it came first.
        List<SentMessage> summary = chat.send("/samenvatting");
        assertThat(summary.getFirst().text()).contains("<b>Samenvatting</b>").doesNotContain("<b>Ja</b>");
        assertThat(store.find("telegram:" + chat.id()).route()).map(RouteState::nodeId).hasValue("inschrijving");
        assertThat(API.calls("answerCallbackQuery")).noneSatisfy(
                c -> assertThat(c.body().path("callback_query_id").asText()).isEqualTo(TelegramUpdates.callbackId(pressYes)));
    }

    @Test
    void aBodyThatIsNotAnUpdateIsABadRequest() {
        HttpResponse<String> response = send(HttpRequest.BodyPublishers.ofString("{not json"), SECRET);

        assertThat(response.statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> post(ObjectNode update, String secret) {
        return send(HttpRequest.BodyPublishers.ofString(update.toString()), secret);
    }

    private HttpResponse<String> send(HttpRequest.BodyPublisher body, String secret) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + TelegramWebhookController.PATH))
                .header("Content-Type", "application/json").POST(body);
        if (secret != null) {
            request.header(TelegramWebhookController.SECRET_HEADER, secret);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
