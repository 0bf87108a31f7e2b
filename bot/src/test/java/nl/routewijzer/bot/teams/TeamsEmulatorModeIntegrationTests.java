package nl.routewijzer.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Serialization;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import nl.routewijzer.bot.teams.TeamsActivities.Card;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The local Emulator mode: no app id, unauthenticated use allowed explicitly. Requests without a token are
 * answered (replies carry no token); a request with a token is still checked, and fails without an app id.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:teams-emulator;DB_CLOSE_DELAY=-1",
        "routewijzer.teams.app-id=",
        "routewijzer.teams.allow-unauthenticated=true"})
class TeamsEmulatorModeIntegrationTests {

    private static final FakeBotConnector connector = FakeBotConnector.start();
    private static final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @AfterAll
    static void stopConnector() {
        connector.stop();
    }

    @Test
    void unauthenticatedRequestsAreAnsweredWithoutAToken() throws Exception {
        ObjectNode message = emulatorMessage("/start po-sppoh");

        assertThat(post(message, null)).isEqualTo(200);

        await().atMost(Duration.ofSeconds(5)).until(() -> connector.messages().size() >= 2);
        assertThat(connector.calls()).allSatisfy(call -> assertThat(call.authorization()).isNull());
        assertThat(Card.of(connector.messages().getLast().activity()).buttons()).isNotEmpty();
    }

    @Test
    void aTokenIsStillCheckedAndFailsWithoutAnAppId() throws Exception {
        ObjectNode message = emulatorMessage("/help");
        int before = connector.calls().size();

        assertThat(post(message, "Bearer " + connector.token("some-app", connector.serviceUrl()))).isEqualTo(401);

        assertThat(connector.calls()).hasSize(before);
    }

    private ObjectNode emulatorMessage(String text) {
        ObjectNode message = TeamsActivities.personalMessage(connector.serviceUrl(), "emulator-" + UUID.randomUUID(), text);
        message.put("channelId", "emulator");
        ((ObjectNode) message.get("recipient")).put("role", "bot");
        ((ObjectNode) message.get("from")).put("role", "user");
        return message;
    }

    private int post(ObjectNode activity, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Serialization.toString(activity)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
