package nl.routewijzer.bot.teams;

import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Bot Framework messaging endpoint. Order matters: read the activity (400 if it is none), authenticate it
 * (401 for every failure, before anything runs or is stored), then run the turn. The turn's replies go to the
 * connector as separate requests; this request waits for them a bounded time, so that Teams (which retries
 * after 15 s and would cause duplicates) always gets its answer in time.
 */
@RestController
@Conditional(TeamsChannelCondition.class)
class TeamsController {

    private static final Logger log = LoggerFactory.getLogger(TeamsController.class);

    /** Fetching the signing keys (first request, daily refresh) is the slow part of authentication. */
    static final Duration AUTHENTICATION_WAIT = Duration.ofSeconds(5);
    /** Well within Teams' 15 s; a slower turn goes on and still replies, the request is answered 202. */
    static final Duration TURN_WAIT = Duration.ofSeconds(8);

    private final TeamsAdapter adapter;
    private final TeamsBot bot;

    TeamsController(TeamsAdapter adapter, TeamsBot bot) {
        this.adapter = adapter;
        this.bot = bot;
    }

    @PostMapping("/api/messages")
    ResponseEntity<String> receive(@RequestHeader(name = "Authorization", required = false) String authorization,
                                   HttpServletRequest request) {
        Optional<Activity> read;
        try {
            read = ActivityReader.read(request.getInputStream());
        } catch (ActivityReader.BodyTooLarge e) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
        } catch (IOException e) {
            return ResponseEntity.badRequest().build();
        }
        if (read.isEmpty()) {
            return ResponseEntity.badRequest().build();
        }
        Activity activity = read.get();
        Optional<ClaimsIdentity> identity = authenticate(authorization, activity);
        if (identity.isEmpty()) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        // BotAdapter.runPipeline calls Locale.setDefault(activity.locale) on every turn, which would change how
        // the whole JVM formats numbers and dates; the bot does not use the locale, so the SDK never sees it.
        activity.setLocale(null);
        return run(identity.get(), activity);
    }

    private Optional<ClaimsIdentity> authenticate(String authorization, Activity activity) {
        try {
            ClaimsIdentity identity = adapter.authenticate(authorization, activity)
                    .get(AUTHENTICATION_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            return Optional.ofNullable(identity).filter(ClaimsIdentity::isAuthenticated);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            // Every way a token can be wrong ends here: the SDK fails the future with an AuthenticationException
            // (wrapped), or throws right away (a malformed token: JWTDecodeException).
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            log.warn("Teams request refused (401): {}: {}", cause.getClass().getSimpleName(), printable(cause.getMessage()));
            return Optional.empty();
        }
    }

    /** The reason may quote the caller's token claims: no line breaks into the log, and not too long. */
    private static String printable(String reason) {
        String text = reason == null ? "" : reason.replaceAll("\\p{Cntrl}", "?");
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    private ResponseEntity<String> run(ClaimsIdentity identity, Activity activity) {
        CompletableFuture<InvokeResponse> turn = adapter.processActivity(identity, activity, bot::onTurn);
        try {
            InvokeResponse response = turn.get(TURN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (response == null) {
                return ResponseEntity.ok().build();
            }
            String body = response.getBody() == null ? null : Serialization.toStringSilent(response.getBody());
            return ResponseEntity.status(response.getStatus()).contentType(MediaType.APPLICATION_JSON).body(body);
        } catch (TimeoutException e) {
            log.warn("Teams turn still running after {}; answered 202, replies follow", TURN_WAIT);
            return ResponseEntity.accepted().build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ResponseEntity.accepted().build();
        } catch (ExecutionException e) {
            // The adapter's error handler already logged the failure and apologised to the user where it could.
            log.error("Teams turn failed: {}", e.getCause().getClass().getSimpleName());
            return ResponseEntity.internalServerError().build();
        }
    }
}
