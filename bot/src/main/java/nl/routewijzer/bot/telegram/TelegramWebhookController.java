package nl.routewijzer.bot.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Webhook mode: Telegram POSTs each update here. A request without the configured secret in
 * {@code X-Telegram-Bot-Api-Secret-Token} is refused before its body is read (401 without it, 403 with a
 * wrong one), so it changes nothing. An accepted update is queued and answered 200 at once: Telegram waits
 * for that answer before it sends the next update, and redelivers when it does not come.
 */
@RestController
@Conditional(TelegramMode.Webhook.class)
class TelegramWebhookController {

    static final String PATH = "/api/telegram/webhook";
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    /** Updates the bot takes are a few KB; anything much larger is not from Telegram. */
    private static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(TelegramWebhookController.class);

    private final byte[] secret;
    private final TelegramUpdateQueue queue;
    private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    TelegramWebhookController(TelegramProperties properties, TelegramUpdateQueue queue) {
        this.secret = sha256(properties.webhookSecret());
        this.queue = queue;
    }

    @PostMapping(PATH)
    ResponseEntity<Void> receive(@RequestHeader(name = SECRET_HEADER, required = false) String given,
                                 HttpServletRequest request) throws IOException {
        if (given == null) {
            log.debug("Telegram webhook request without secret refused");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        // Constant time over equal-length digests: the answer tells nothing about how close a guess was.
        if (!MessageDigest.isEqual(sha256(given), secret)) {
            log.warn("Telegram webhook request with a wrong secret refused");
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
        }
        Update update;
        try {
            update = json.readValue(body, Update.class);
        } catch (IOException e) {
            log.warn("Telegram webhook request is not an update: {}", e.getClass().getSimpleName());
            return ResponseEntity.badRequest().build();
        }
        // While shutting down: 503, and Telegram delivers the update again, to another replica or later.
        return queue.submit(update) ? ResponseEntity.ok().build() : ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
