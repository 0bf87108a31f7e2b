package nl.routewijzer.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The web chat API of docs/chat-api.md over real HTTP against the real application (H2 in memory). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:chatapi;DB_CLOSE_DELAY=-1")
class ChatApiIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private HttpResponse<String> post(String conversationId, String contentType, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat/" + conversationId + "/messages"))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode say(String conversationId, String text) throws IOException, InterruptedException {
        HttpResponse<String> response = post(conversationId, "application/json", JSON.writeValueAsString(Map.of("text", text)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("replies");
    }

    @Test
    void aRouteIsWalkedToItsEndThroughTheApi() throws Exception {
        String id = "api-walk-0001";
        JsonNode replies = say(id, "/start vo-zhw");
        JsonNode last = replies.get(replies.size() - 1);
        assertThat(last.get("text").asString()).contains("Is er sprake van een schoolinschrijving?");
        assertThat(last.get("choices")).hasSize(2);

        replies = say(id, last.get("choices").get(0).get("value").asString());
        replies = say(id, "2");
        JsonNode step = replies.get(0);
        assertThat(step.get("text").asString()).contains("**Fase 2** · looptijd 2 weken", "1. Registreer het verzuim");
        assertThat(step.get("links").get(0).get("url").asString()).startsWith("https://www.swvzhw.nl/");

        for (int i = 0; i < 20 && !say(id, "samenvatting").get(0).get("text").asString().contains("Einde:"); i++) {
            JsonNode current = say(id, "/verder");
            JsonNode choices = current.get(current.size() - 1).get("choices");
            say(id, choices.get(0).get("value").asString());
        }
        JsonNode summary = say(id, "samenvatting");
        assertThat(summary.get(0).get("text").asString()).contains("**Samenvatting**", "Einde:");
    }

    @Test
    void routesAreListed() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/routes")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode routes = JSON.readTree(response.body());
        assertThat(routes).hasSize(4);
        assertThat(routes.findValuesAsString("id")).containsExactlyInAnyOrder("vo-zhw", "po-sppoh", "po-drechtsteden", "po-3006");
        assertThat(routes.get(0).has("title") && routes.get(0).has("region") && routes.get(0).has("schoolType")
                && routes.get(0).has("version")).isTrue();
    }

    @Test
    void theChatPageIsServed() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("aria-live=\"polite\"", "app.js", "lang=\"nl\"");
    }

    static List<Object[]> badRequests() {
        return List.of(
                new Object[] {"kort", "application/json", "{\"text\": \"hallo\"}", "gesprek-id"},
                new Object[] {"ongeldig!id$1", "application/json", "{\"text\": \"hallo\"}", "gesprek-id"},
                new Object[] {"a".repeat(65), "application/json", "{\"text\": \"hallo\"}", "gesprek-id"},
                new Object[] {"api-bad-0001", "application/json", "geen json", "geen geldige JSON"},
                new Object[] {"api-bad-0002", "application/json", "", "leeg"},
                new Object[] {"api-bad-0003", "application/json", "[1, 2]", "JSON-object"},
                new Object[] {"api-bad-0004", "application/json", "{\"tekst\": \"hallo\"}", "\"text\""},
                new Object[] {"api-bad-0005", "application/json", "{\"text\": 42}", "\"text\""},
                new Object[] {"api-bad-0006", "application/json", "{\"text\": null}", "\"text\""},
                new Object[] {"api-bad-0007", "application/json", "{\"text\": \"" + "a".repeat(17_000) + "\"}", "te groot"},
                new Object[] {"api-bad-0008", "text/plain", "hallo", "geen geldige JSON"},
                new Object[] {"api-bad-0009", null, "{\"text\": ", "geen geldige JSON"});
    }

    @ParameterizedTest
    @MethodSource("badRequests")
    void malformedRequestsGetA400WithADutchError(String id, String contentType, String body, String message) throws Exception {
        HttpResponse<String> response = post(id, contentType, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("error").asString()).contains(message);
    }

    @Test
    void oddButValidInputNeverGivesA5xx() throws Exception {
        for (String text : List.of("", " ", "\u0000", "💥🙂", "<script>alert(1)</script>", "/start", "/start ",
                "/start ../../etc", "vo-zhw/inschrijving/99", "a".repeat(5000), "(((", "\"", "AND OR NOT *", "/vergeet")) {
            HttpResponse<String> response = post("api-odd-0001", "application/json", JSON.writeValueAsString(Map.of("text", text)));
            assertThat(response.statusCode()).as(text).isEqualTo(200);
            assertThat(JSON.readTree(response.body()).get("replies")).isNotEmpty();
        }
    }

    @Test
    void unknownApiAddressIsA404WithADutchError() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/bestaat-niet")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).get("error").asString()).contains("bestaat niet");
    }

    @Test
    void wrongMethodIsA405NotA5xx() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/chat/api-get-0001/messages")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(405);
    }

    @Test
    void aReloadContinuesTheSameConversation() throws Exception {
        String id = "api-reload-01";
        say(id, "/start po-3006");
        say(id, "nee");
        JsonNode again = say(id, "/verder");
        assertThat(again.get(again.size() - 1).get("text").asString()).contains("ziekgemeld");
    }
}
