package nl.routewijzer.bot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import nl.routewijzer.bot.state.ChatApiClient;
import nl.routewijzer.routes.load.RouteCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a platform sees: the probes, the readiness details and the Prometheus metrics after a conversation. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:operations;DB_CLOSE_DELAY=-1")
class OperationsEndpointsIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    RouteCatalog routes;

    private ChatApiClient client() {
        return new ChatApiClient("http://127.0.0.1:" + port);
    }

    @Test
    void readinessIsUpWithTheDatabaseAndTheLoadedContent() {
        HttpResponse<String> response = client().get("/actuator/health/readiness");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = JSON.readTree(response.body());
        assertThat(health.path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").path("db").path("status").asString()).isEqualTo("UP");
        JsonNode content = health.path("components").path("content");
        assertThat(content.path("status").asString()).isEqualTo("UP");
        assertThat(content.path("details").path("routes").asInt()).isEqualTo(routes.routes().size());
        assertThat(content.path("details").path("knowledgeEntries").asInt()).isPositive();
        assertThat(content.path("details").path("contentVersions").path("vo-zhw").asString())
                .isEqualTo(routes.route("vo-zhw").orElseThrow().contentVersion());
    }

    @Test
    void livenessIsUpAndLeavesTheDatabaseOut() {
        HttpResponse<String> response = client().get("/actuator/health/liveness");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"UP\"").doesNotContain("\"db\"");
    }

    @Test
    void prometheusShowsTheConversationCountersAndTheLatencyHistogram() {
        ChatApiClient chat = client();
        chat.send("metrics-endpoint", "/start po-sppoh");
        chat.send("metrics-endpoint", "1");
        chat.send("metrics-endpoint", "waar lees ik meer over de doorbraaktafel?");
        chat.send("metrics-endpoint", "zzzz qqqq xxxx");

        HttpResponse<String> response = client().get("/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .containsPattern("routewijzer_messages_total\\{channel=\"web\"[^}]*} [1-9]")
                .containsPattern("routewijzer_route_starts_total\\{[^}]*route=\"po-sppoh\"[^}]*} 1")
                .containsPattern("routewijzer_route_completions_total\\{[^}]*route=\"vo-zhw\"[^}]*} 0")
                .containsPattern("routewijzer_free_questions_total\\{answered=\"false\"[^}]*} [1-9]")
                .contains("routewijzer_reply_latency_seconds_bucket{")
                .containsPattern("routewijzer_reply_latency_seconds_count\\{channel=\"web\",kind=\"free-question\"[^}]*} [1-9]");
    }
}
