package nl.routewijzer.bot.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import nl.routewijzer.bot.conversation.ConversationService;
import nl.routewijzer.bot.conversation.Reply;
import nl.routewijzer.routes.load.RouteCatalog;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;

/** The web chat API (docs/chat-api.md). */
@RestController
class ChatController {

    /** Web conversation ids are chosen by the browser; the prefix keeps them apart from other channels'. */
    static final String CHANNEL = "web";

    private final ConversationService conversations;
    private final RouteCatalog routes;
    private final ChatRequestReader reader;

    ChatController(ConversationService conversations, RouteCatalog routes, ObjectMapper json) {
        this.conversations = conversations;
        this.routes = routes;
        this.reader = new ChatRequestReader(json);
    }

    @PostMapping("/api/chat/{conversationId}/messages")
    ChatResponse send(@PathVariable String conversationId, HttpServletRequest request) throws IOException {
        String text = reader.read(conversationId, request.getInputStream());
        return new ChatResponse(conversations.handle(CHANNEL + ":" + conversationId, CHANNEL, text));
    }

    @GetMapping("/api/routes")
    List<RouteSummary> routes() {
        return routes.routes().stream().map(r -> new RouteSummary(r.id(), r.title(), r.region(), r.schoolType(),
                r.version(), r.contentVersion())).toList();
    }

    @ExceptionHandler(ChatRequestReader.BadChatRequest.class)
    ResponseEntity<Map<String, String>> badRequest(ChatRequestReader.BadChatRequest e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", e.getMessage()));
    }

    record ChatResponse(List<Reply> replies) {
    }

    /** An entry of GET /api/routes; {@code contentVersion} extends the contract compatibly. */
    record RouteSummary(String id, String title, String region, String schoolType, String version,
                        String contentVersion) {
    }
}
