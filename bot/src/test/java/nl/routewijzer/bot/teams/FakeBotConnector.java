package nl.routewijzer.bot.teams;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Serialization;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * A local stand-in for the Bot Framework on loopback, speaking its real protocol so that the SDK's own code
 * runs: the OpenID metadata and JWKS the SDK reads signing keys from (our own RSA key, endorsed for
 * {@code msteams}, plus one endorsed only for another channel), and the Bot Connector's
 * {@code POST /v3/conversations/{id}/activities[/{replyToId}]}, which records what the bot sends.
 */
final class FakeBotConnector {

    static final String ISSUER = "https://api.botframework.com";
    static final String TEAMS_KEY = "teams-key";
    static final String OTHER_CHANNEL_KEY = "webchat-only-key";

    /** One request the bot made to the connector. */
    record Call(String conversationId, String replyToId, String authorization, JsonNode activity) {

        String type() {
            return activity.path("type").asText();
        }
    }

    private final HttpServer server;
    private final KeyPair teamsKey = rsaKey();
    private final KeyPair otherChannelKey = rsaKey();
    private final KeyPair strangerKey = rsaKey();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final AtomicInteger toThrottle = new AtomicInteger();
    private final AtomicInteger throttled = new AtomicInteger();
    private volatile String retryAfter = "0";

    private FakeBotConnector() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/openid", this::openIdMetadata);
        server.createContext("/keys", this::keys);
        server.createContext("/v3/conversations/", this::activity);
        server.start();
    }

    static FakeBotConnector start() {
        try {
            return new FakeBotConnector();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void stop() {
        server.stop(0);
    }

    /** The serviceUrl of the activities the tests send: replies go back here. */
    String serviceUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    String openIdMetadataUrl() {
        return serviceUrl() + "openid";
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    List<Call> messages() {
        return calls.stream().filter(c -> c.type().equals("message")).toList();
    }

    void clear() {
        calls.clear();
        toThrottle.set(0);
        throttled.set(0);
    }

    /** The next {@code count} messages are refused with 429 Too Many Requests and this Retry-After. */
    void throttleNextMessages(int count, String retryAfterSeconds) {
        retryAfter = retryAfterSeconds;
        toThrottle.set(count);
    }

    /** How many messages were refused with 429. */
    int throttled() {
        return throttled.get();
    }

    /** A token as the Bot Framework signs it for the given app id and serviceUrl. */
    String token(String appId, String serviceUrl) {
        return token(appId, serviceUrl, UnaryOperator.identity());
    }

    /** A valid token, changed by {@code change} (expiry, audience, ...). */
    String token(String appId, String serviceUrl, UnaryOperator<JWTCreator.Builder> change) {
        return sign(change.apply(claims(appId, serviceUrl).withKeyId(TEAMS_KEY)), teamsKey);
    }

    /** Signed with a key the metadata does not publish, under the published key id. */
    String tokenSignedByStranger(String appId, String serviceUrl) {
        return sign(claims(appId, serviceUrl).withKeyId(TEAMS_KEY), strangerKey);
    }

    /** Signed with a published key that is endorsed for another channel, not for msteams. */
    String tokenOfOtherChannel(String appId, String serviceUrl) {
        return sign(claims(appId, serviceUrl).withKeyId(OTHER_CHANNEL_KEY), otherChannelKey);
    }

    private static JWTCreator.Builder claims(String appId, String serviceUrl) {
        Instant now = Instant.now();
        return JWT.create()
                .withIssuer(ISSUER)
                .withAudience(appId)
                .withClaim("serviceurl", serviceUrl)
                .withNotBefore(now.minus(Duration.ofMinutes(1)))
                .withIssuedAt(now.minus(Duration.ofMinutes(1)))
                .withExpiresAt(now.plus(Duration.ofHours(1)));
    }

    private static String sign(JWTCreator.Builder builder, KeyPair key) {
        return builder.sign(Algorithm.RSA256((RSAPublicKey) key.getPublic(), (RSAPrivateKey) key.getPrivate()));
    }

    private void openIdMetadata(HttpExchange exchange) throws IOException {
        respond(exchange, 200, """
                {"issuer": "%s", "authorization_endpoint": "%s", "jwks_uri": "%skeys",
                 "id_token_signing_alg_values_supported": ["RS256"],
                 "token_endpoint_auth_methods_supported": ["private_key_jwt"]}"""
                .formatted(ISSUER, ISSUER, serviceUrl()));
    }

    private void keys(HttpExchange exchange) throws IOException {
        respond(exchange, 200, """
                {"keys": [%s, %s]}""".formatted(jwk(TEAMS_KEY, teamsKey, "msteams"),
                jwk(OTHER_CHANNEL_KEY, otherChannelKey, "webchat")));
    }

    private static String jwk(String kid, KeyPair key, String endorsement) {
        RSAPublicKey publicKey = (RSAPublicKey) key.getPublic();
        return """
                {"kty": "RSA", "use": "sig", "kid": "%s", "n": "%s", "e": "%s", "endorsements": ["%s"]}"""
                .formatted(kid, base64Url(publicKey.getModulus()), base64Url(publicKey.getPublicExponent()), endorsement);
    }

    /** POST /v3/conversations/{conversationId}/activities[/{replyToId}] */
    private void activity(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath().substring("/v3/conversations/".length());
        String[] parts = path.split("/");
        if (!exchange.getRequestMethod().equals("POST") || parts.length < 2 || !parts[1].equals("activities")) {
            respond(exchange, 404, "{}");
            return;
        }
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        JsonNode activity = Serialization.jsonToTree(body);
        if (activity.path("type").asText().equals("message") && toThrottle.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throttled.incrementAndGet();
            exchange.getResponseHeaders().set("Retry-After", retryAfter);
            respond(exchange, 429, "{\"error\": {\"code\": \"TooManyRequests\"}}");
            return;
        }
        calls.add(new Call(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                parts.length > 2 ? URLDecoder.decode(parts[2], StandardCharsets.UTF_8) : null,
                exchange.getRequestHeaders().getFirst("Authorization"), activity));
        respond(exchange, 200, "{\"id\": \"sent-" + ids.incrementAndGet() + "\"}");
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length); // unsigned, as JWK wants
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static KeyPair rsaKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
