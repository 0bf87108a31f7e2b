package nl.routewijzer.bot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local Bot API server speaking Telegram's HTTP protocol, so that the real TelegramBots client and
 * long-polling code run against it: {@code POST /bot<token>/<method>} with a JSON body, answered with
 * {@code {"ok": true, "result": ...}} or {@code {"ok": false, "error_code": ..., "description": ...}}. Method
 * names match case-insensitively (the library sends them in lower case); an empty getUpdates is held open
 * like real long polling. Tests queue updates, make the next calls of a method fail, and read what the bot sent.
 */
final class FakeTelegramApi implements AutoCloseable {

    static final String TOKEN = "123456789:TEST-token_for-the-fake";
    static final long BOT_ID = 123456789L;
    static final String BOT_USERNAME = "RoutewijzerTestBot";

    /** One request the bot made: the method in lower case, its JSON body, the result given (or null), and when. */
    record Call(String method, JsonNode body, JsonNode result, Instant at) {
    }

    private record Fault(int status, String body) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Fault>> faults = new ConcurrentHashMap<>();
    private final List<JsonNode> updates = new ArrayList<>(); // guarded by this
    private final AtomicInteger messageIds = new AtomicInteger(1000);
    private int pollGeneration; // guarded by this: a change releases every held getUpdates
    private boolean closed; // guarded by this

    private FakeTelegramApi() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads); // a held getUpdates must not block the other requests
        server.createContext("/", this::serve);
        server.start();
    }

    static FakeTelegramApi start() {
        return new FakeTelegramApi();
    }

    String url() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    // ---- what tests do

    /** Delivers an update with the next getUpdates (long polling). */
    synchronized void enqueue(ObjectNode update) {
        updates.add(update);
        notifyAll();
    }

    /** Answers every getUpdates now held open with no updates, so that the next one meets a queued fault. */
    synchronized void releasePolls() {
        pollGeneration++;
        notifyAll();
    }

    /** The next call of the method fails with this status, as Telegram would. */
    void failNext(String method, int status, String description, Integer retryAfter) {
        ObjectNode body = json.createObjectNode().put("ok", false).put("error_code", status).put("description", description);
        if (retryAfter != null) {
            body.putObject("parameters").put("retry_after", retryAfter);
        }
        faults.computeIfAbsent(method.toLowerCase(Locale.ROOT), m -> new ConcurrentLinkedDeque<>()).add(new Fault(status, body.toString()));
    }

    List<Call> calls(String method) {
        String wanted = method.toLowerCase(Locale.ROOT);
        return calls.stream().filter(c -> c.method().equals(wanted)).toList();
    }

    /** The messages the bot sent to a chat, in order. */
    List<SentMessage> messagesTo(long chatId) {
        return calls("sendMessage").stream().filter(c -> c.result() != null && chatOf(c.body()) == chatId)
                .map(SentMessage::of).toList();
    }

    static long chatOf(JsonNode body) {
        return Long.parseLong(body.path("chat_id").asText());
    }

    // ---- the protocol

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String[] path = exchange.getRequestURI().getPath().split("/");
            if (path.length < 3 || !path[1].equals("bot" + TOKEN)) {
                respond(exchange, 401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
                return;
            }
            String method = path[path.length - 1].toLowerCase(Locale.ROOT);
            byte[] raw = exchange.getRequestBody().readAllBytes();
            JsonNode body = body(exchange.getRequestHeaders().getFirst("Content-Type"), raw);
            Instant at = Instant.now();
            Deque<Fault> queued = faults.get(method);
            Fault fault = queued == null ? null : queued.poll();
            if (fault != null) {
                calls.add(new Call(method, body, null, at));
                respond(exchange, fault.status(), fault.body());
                return;
            }
            JsonNode result = result(method, body);
            calls.add(new Call(method, body, result, at));
            respond(exchange, 200, json.createObjectNode().put("ok", true).set("result", result).toString());
        }
    }

    /** JSON as most methods send it, or multipart form data as the library sends setWebhook (it may carry a file). */
    private JsonNode body(String contentType, byte[] raw) throws IOException {
        if (contentType == null || !contentType.startsWith("multipart/form-data")) {
            return raw.length == 0 ? json.createObjectNode() : json.readTree(raw);
        }
        String boundary = "--" + contentType.substring(contentType.indexOf("boundary=") + "boundary=".length()).replace("\"", "");
        ObjectNode fields = json.createObjectNode();
        for (String part : new String(raw, StandardCharsets.UTF_8).split(Pattern.quote(boundary))) {
            int headersEnd = part.indexOf("\r\n\r\n");
            Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(part);
            if (headersEnd >= 0 && name.find() && name.start() < headersEnd) {
                fields.put(name.group(1), part.substring(headersEnd + 4).replaceFirst("\r\n$", ""));
            }
        }
        return fields;
    }

    private JsonNode result(String method, JsonNode body) {
        return switch (method) {
            case "getupdates" -> poll(body.path("offset").asInt(0), body.path("timeout").asInt(0));
            case "getme" -> json.createObjectNode().put("id", BOT_ID).put("is_bot", true).put("first_name", "Routewijzer")
                    .put("username", BOT_USERNAME);
            case "sendmessage", "editmessagereplymarkup" -> message(body);
            default -> json.getNodeFactory().booleanNode(true); // deleteWebhook, setWebhook, setMyCommands, ...
        };
    }

    /** Updates from the offset on; when there are none, waits for one like Telegram does, up to the timeout. */
    private synchronized ArrayNode poll(int offset, int timeoutSeconds) {
        updates.removeIf(u -> u.path("update_id").asInt() < offset); // confirmed by the offset
        long until = System.nanoTime() + Duration.ofSeconds(timeoutSeconds).toNanos();
        int generation = pollGeneration;
        while (updates.isEmpty() && !closed && generation == pollGeneration && System.nanoTime() < until) {
            try {
                wait(Math.max(1, (until - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return json.createArrayNode().addAll(List.copyOf(updates));
    }

    private ObjectNode message(JsonNode body) {
        ObjectNode message = json.createObjectNode()
                .put("message_id", body.has("message_id") ? body.path("message_id").asInt() : messageIds.incrementAndGet())
                .put("date", Instant.now().getEpochSecond());
        message.putObject("chat").put("id", chatOf(body)).put("type", chatOf(body) < 0 ? "supergroup" : "private");
        message.putObject("from").put("id", BOT_ID).put("is_bot", true).put("first_name", "Routewijzer")
                .put("username", BOT_USERNAME);
        if (body.has("text")) {
            message.put("text", body.path("text").asText());
        }
        return message;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    /** Answers held getUpdates first, so that the bot's poll loop ends quietly, then stops serving. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        server.stop(1);
        threads.shutdownNow();
    }
}
