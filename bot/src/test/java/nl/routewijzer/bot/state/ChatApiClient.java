package nl.routewijzer.bot.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.routewijzer.bot.conversation.Reply;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/** Talks to a running bot over HTTP, as the web page and every end-to-end check do (docs/chat-api.md). */
public final class ChatApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public ChatApiClient(String base) {
        this.base = base;
    }

    /** For an application started on a random port. */
    public static ChatApiClient of(ConfigurableApplicationContext application) {
        return new ChatApiClient("http://127.0.0.1:" + application.getEnvironment().getProperty("local.server.port"));
    }

    /** Sends one message of a web conversation; returns the bot's replies. */
    public List<Reply> send(String conversationId, String text) {
        String body = JSON.writeValueAsString(Map.of("text", text));
        HttpResponse<String> response = exchange(HttpRequest.newBuilder(URI.create(base + "/api/chat/" + conversationId + "/messages"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("chat API answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readValue(response.body(), ChatResponse.class).replies();
    }

    /** A GET, for the actuator endpoints. */
    public HttpResponse<String> get(String path) {
        return exchange(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record ChatResponse(List<Reply> replies) {
    }
}
