package nl.routewijzer.bot.teams;

import static nl.routewijzer.bot.teams.TeamsActivities.APP_ID;
import static nl.routewijzer.bot.teams.TeamsActivities.BOT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.auth0.jwt.JWTCreator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.schema.Serialization;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import nl.routewijzer.bot.state.ConversationStore;
import nl.routewijzer.bot.teams.FakeBotConnector.Call;
import nl.routewijzer.bot.teams.TeamsActivities.Card;
import nl.routewijzer.routes.engine.RouteState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Teams channel end to end: the real SDK authenticates tokens signed by a local fake Bot Framework and
 * posts the bot's replies to the fake's Bot Connector. Only the outbound token is fixed (no MSAL call).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:teams-channel;DB_CLOSE_DELAY=-1",
        "routewijzer.teams.app-id=" + APP_ID,
        "routewijzer.teams.app-password=not-used-by-the-fixed-token"})
class TeamsChannelIntegrationTests {

    static final String OUTBOUND_TOKEN = "outbound-test-token";
    private static final FakeBotConnector connector = FakeBotConnector.start();
    private static final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void teams(DynamicPropertyRegistry registry) {
        registry.add("routewijzer.teams.openid-metadata-url", connector::openIdMetadataUrl);
    }

    @TestConfiguration
    static class FixedOutboundToken {
        @Bean
        ConnectorCredentials fixedTokenCredentials() {
            return (appId, scope) -> new MicrosoftAppCredentials(appId, "", null, scope) {
                @Override
                public CompletableFuture<String> getToken() {
                    return CompletableFuture.completedFuture(OUTBOUND_TOKEN);
                }
            };
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    ConversationStore store;

    @AfterAll
    static void stopConnector() {
        connector.stop();
    }

    @BeforeEach
    void clearConnector() {
        connector.clear();
    }

    @Test
    void messageWithValidTokenGetsReplyCardAtTheServiceUrl() throws Exception {
        String conversation = "a:personal-" + UUID.randomUUID();
        ObjectNode message = TeamsActivities.personalMessage(connector.serviceUrl(), conversation, "/start vo-zhw");

        assertThat(post(message, validToken())).isEqualTo(200);

        await().atMost(Duration.ofSeconds(5)).until(() -> !connector.messages().isEmpty());
        List<Call> calls = connector.calls();
        assertThat(calls.getFirst().type()).as("a typing indicator first").isEqualTo("typing");
        assertThat(calls).allSatisfy(call -> {
            assertThat(call.conversationId()).isEqualTo(conversation);
            assertThat(call.replyToId()).isEqualTo(message.get("id").asText());
            assertThat(call.authorization()).isEqualTo("Bearer " + OUTBOUND_TOKEN);
        });
        List<Card> cards = connector.messages().stream().map(c -> Card.of(c.activity())).toList();
        assertThat(cards.getFirst().text()).contains("Zuid-Holland West");
        Card step = cards.getLast();
        assertThat(step.buttons()).extracting(TeamsActivities.Button::title).containsExactly("Ja", "Nee");
        assertThat(step.buttons()).allSatisfy(b -> assertThat(b.type()).isEqualTo("Action.Submit"));
        assertThat(route("teams:" + conversation)).map(RouteState::routeId).contains("vo-zhw");
    }

    static Stream<Arguments> badTokens() {
        return Stream.of(
                Arguments.of("no Authorization header", (TokenFactory) (c, url) -> null),
                Arguments.of("not a JWT", (TokenFactory) (c, url) -> "Bearer not-a-jwt"),
                Arguments.of("garbage in JWT form", (TokenFactory) (c, url) -> "Bearer eyJhbGciOi.eyJpc3Mi.c2ln"),
                Arguments.of("another scheme", (TokenFactory) (c, url) -> "Basic " + c.token(APP_ID, url)),
                Arguments.of("expired", changed(b -> b.withNotBefore(Instant.now().minus(Duration.ofHours(3)))
                        .withExpiresAt(Instant.now().minus(Duration.ofHours(2))))),
                Arguments.of("wrong signature", (TokenFactory) (c, url) -> "Bearer " + c.tokenSignedByStranger(APP_ID, url)),
                Arguments.of("wrong audience", (TokenFactory) (c, url) -> "Bearer " + c.token("another-app", url)),
                Arguments.of("wrong serviceurl", (TokenFactory) (c, url) -> "Bearer " + c.token(APP_ID, "https://evil.example/")),
                Arguments.of("wrong issuer", changed(b -> b.withIssuer("https://issuer.example"))),
                Arguments.of("key not endorsed for msteams", (TokenFactory) (c, url) -> "Bearer " + c.tokenOfOtherChannel(APP_ID, url)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void badTokenIsRefusedWith401AndChangesNothing(String kind, TokenFactory tokens) throws Exception {
        String conversation = "a:personal-" + UUID.randomUUID();
        ObjectNode message = TeamsActivities.personalMessage(connector.serviceUrl(), conversation, "/start vo-zhw");

        assertThat(post(message, tokens.authorization(connector, connector.serviceUrl()))).isEqualTo(401);

        // The turn would have run before the response: nothing was sent and nothing stored.
        assertThat(connector.calls()).isEmpty();
        assertThat(store.find("teams:" + conversation).version()).isZero();
    }

    @Test
    void cardPressAdvancesTheRouteExactlyAsTheWebChat() throws Exception {
        String conversation = "a:personal-" + UUID.randomUUID();
        String web = "teams-compare-" + UUID.randomUUID().toString().substring(0, 8);
        post(TeamsActivities.personalMessage(connector.serviceUrl(), conversation, "/start vo-zhw"), validToken());
        List<JsonNode> webStart = webChat(web, "/start vo-zhw");
        Card step = Card.of(connector.messages().getLast().activity());
        assertThat(step.values()).isEqualTo(choiceValues(webStart.getLast()));
        connector.clear();

        String pressed = step.buttons().getLast().value(); // "Nee"
        assertThat(post(TeamsActivities.cardPress(connector.serviceUrl(), conversation, pressed), validToken())).isEqualTo(200);
        List<JsonNode> webReplies = webChat(web, pressed);

        await().atMost(Duration.ofSeconds(5)).until(() -> !connector.messages().isEmpty());
        Optional<RouteState> teamsRoute = route("teams:" + conversation);
        assertThat(teamsRoute).isPresent().isEqualTo(route("web:" + web));
        assertThat(teamsRoute.get().path()).hasSize(1);
        List<Card> cards = connector.messages().stream().map(c -> Card.of(c.activity())).toList();
        assertThat(cards).hasSize(webReplies.size());
        assertThat(cards.getLast().values()).isEqualTo(choiceValues(webReplies.getLast()));
        String firstLine = webReplies.getFirst().path("text").asText().lines().findFirst().orElseThrow();
        assertThat(cards.getFirst().texts().getFirst()).isEqualTo(firstLine);
    }

    @Test
    void channelMessageWithMentionIsUnderstood() throws Exception {
        String thread = "19:general-" + UUID.randomUUID() + "@thread.tacv2;messageid=1700000000000";
        ObjectNode message = TeamsActivities.channelMessage(connector.serviceUrl(), thread, "Routewijzer (test)",
                "/start vo-zhw");

        assertThat(post(message, validToken())).isEqualTo(200);

        await().atMost(Duration.ofSeconds(5)).until(() -> !connector.messages().isEmpty());
        assertThat(route("teams:" + thread)).map(RouteState::routeId).contains("vo-zhw");
        assertThat(connector.messages()).allSatisfy(call -> assertThat(call.conversationId()).isEqualTo(thread));
        assertThat(Card.of(connector.messages().getFirst().activity()).text()).contains("Zuid-Holland West");
    }

    @Test
    void botJoiningAConversationSendsTheWelcomeWithTheRoutes() throws Exception {
        String conversation = "a:personal-" + UUID.randomUUID();

        assertThat(post(TeamsActivities.membersAdded(connector.serviceUrl(), conversation, BOT_ID), validToken()))
                .isEqualTo(200);

        await().atMost(Duration.ofSeconds(5)).until(() -> !connector.messages().isEmpty());
        Card welcome = Card.of(connector.messages().getFirst().activity());
        assertThat(welcome.texts().getFirst()).startsWith("**Welkom bij Routewijzer.**");
        assertThat(welcome.values()).containsExactlyInAnyOrder("/start vo-zhw", "/start po-sppoh",
                "/start po-drechtsteden", "/start po-3006");
        assertThat(connector.messages().getFirst().replyToId()).isNull();
    }

    @Test
    void someoneElseJoiningATeamIsNotGreeted() throws Exception {
        String conversation = "19:team-" + UUID.randomUUID() + "@thread.tacv2";

        assertThat(post(TeamsActivities.membersAdded(connector.serviceUrl(), conversation, "29:new-colleague"),
                validToken())).isEqualTo(200);

        // The turn has finished when the response arrives, so anything it sent would be here by now.
        assertThat(connector.calls()).isEmpty();
    }

    @Test
    void theActivityLocaleDoesNotChangeTheJvmDefault() throws Exception {
        Locale before = Locale.getDefault();
        ObjectNode message = TeamsActivities.personalMessage(connector.serviceUrl(), "a:personal-" + UUID.randomUUID(),
                "/help");
        message.put("locale", before.getLanguage().equals("tr") ? "ja-JP" : "tr-TR");

        assertThat(post(message, validToken())).isEqualTo(200);

        assertThat(Locale.getDefault()).isEqualTo(before);
    }

    @Test
    void aThrottledReplyIsSentAgainAfterRetryAfterAndOnlyOnce() throws Exception {
        String conversation = "a:personal-" + UUID.randomUUID();
        connector.throttleNextMessages(2, "1");

        // 200 when the turn (with two waits of Retry-After) finishes within the endpoint's 8 s, else 202 with the
        // replies following: which one depends on the machine's load, so both are right; the replies decide.
        assertThat(post(TeamsActivities.personalMessage(connector.serviceUrl(), conversation, "/start po-3006"),
                validToken())).isIn(200, 202);

        await().atMost(Duration.ofSeconds(10)).until(() -> connector.messages().size() >= 2);
        assertThat(connector.throttled()).isEqualTo(2);
        List<Card> cards = connector.messages().stream().map(c -> Card.of(c.activity())).toList();
        assertThat(cards).hasSize(2);
        assertThat(cards.getFirst().text()).contains("30 06");
        assertThat(cards.getLast().buttons()).isNotEmpty();
    }

    @Test
    void whatIsNotAnActivityIsABadRequest() throws Exception {
        assertThat(postRaw("not json", validToken())).isEqualTo(400);
        assertThat(postRaw("[1, 2]", validToken())).isEqualTo(400);
        assertThat(postRaw("{\"type\": \"message\", \"text\": \"hallo\"}", validToken())).isEqualTo(400);
        assertThat(postRaw("{\"type\": \"message\", \"serviceUrl\": \"file:///etc/\", \"conversation\": {\"id\": \"x\"}}",
                validToken())).isEqualTo(400);
        assertThat(postRaw("x".repeat(ActivityReader.MAX_BODY_BYTES + 1), validToken())).isEqualTo(413);
        assertThat(connector.calls()).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------- helpers

    @FunctionalInterface
    interface TokenFactory {
        String authorization(FakeBotConnector connector, String serviceUrl);
    }

    private static TokenFactory changed(UnaryOperator<JWTCreator.Builder> change) {
        return (c, url) -> "Bearer " + c.token(APP_ID, url, change);
    }

    private static String validToken() {
        return "Bearer " + connector.token(APP_ID, connector.serviceUrl());
    }

    private Optional<RouteState> route(String conversationId) {
        return store.find(conversationId).route();
    }

    private int post(ObjectNode activity, String authorization) throws IOException, InterruptedException {
        return postRaw(Serialization.toString(activity), authorization);
    }

    private int postRaw(String body, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The web chat API's replies to one message. */
    private List<JsonNode> webChat(String conversationId, String text) throws IOException, InterruptedException {
        ObjectNode body = Serialization.createObjectNode().put("text", text);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat/"
                        + conversationId + "/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Serialization.toString(body))).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        List<JsonNode> replies = new ArrayList<>();
        Serialization.jsonToTree(response.body()).path("replies").forEach(replies::add);
        return replies;
    }

    private static List<String> choiceValues(JsonNode reply) {
        List<String> values = new ArrayList<>();
        reply.path("choices").forEach(c -> values.add(c.path("value").asText()));
        return values;
    }
}
