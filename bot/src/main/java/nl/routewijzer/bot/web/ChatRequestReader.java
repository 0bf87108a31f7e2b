package nl.routewijzer.bot.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads a chat API request by hand, so that every malformed request gets a clear Dutch 400 instead of a
 * framework error: a bad conversation id, a body over 16 KB (read no further than that), no JSON, no text.
 */
final class ChatRequestReader {

    static final int MAX_BODY_BYTES = 16 * 1024;
    private static final Pattern CONVERSATION_ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    private final ObjectMapper json;

    ChatRequestReader(ObjectMapper json) {
        this.json = json;
    }

    /** The text of a valid request. */
    String read(String conversationId, InputStream body) throws IOException {
        if (!CONVERSATION_ID.matcher(conversationId).matches()) {
            throw new BadChatRequest("Ongeldig gesprek-id: gebruik 8 tot 64 tekens uit A-Z, a-z, 0-9, _ en -.");
        }
        byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new BadChatRequest("Het verzoek is te groot: maximaal 16 KB.");
        }
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            throw new BadChatRequest("Het verzoek is leeg. Stuur {\"text\": \"...\"}.");
        }
        JsonNode request;
        try {
            request = json.readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw new BadChatRequest("Het verzoek is geen geldige JSON. Stuur {\"text\": \"...\"}.");
        }
        if (request == null || !request.isObject()) {
            throw new BadChatRequest("Het verzoek moet een JSON-object zijn: {\"text\": \"...\"}.");
        }
        JsonNode text = request.get("text");
        if (text == null || !text.isString()) {
            throw new BadChatRequest("Het veld \"text\" ontbreekt of is geen tekst.");
        }
        return text.asString();
    }

    /** A request the API refuses with 400 and this Dutch message. */
    static final class BadChatRequest extends RuntimeException {
        BadChatRequest(String message) {
            super(message, null, false, false);
        }
    }
}
