package nl.routewijzer.bot.teams;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.connector.rest.ErrorResponseException;
import com.microsoft.bot.schema.Activity;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a turn's messages one at a time, in order. Teams throttles bots per conversation (a few messages per
 * second) and answers 429 with Retry-After; the SDK's own retry ignores 429, so this waits as asked (capped,
 * without holding a thread) and tries the message again, a bounded number of times.
 */
final class ThrottledSender {

    private static final Logger log = LoggerFactory.getLogger(ThrottledSender.class);

    static final int ATTEMPTS = 3;
    static final Duration DEFAULT_WAIT = Duration.ofSeconds(1);
    static final Duration MAX_WAIT = Duration.ofSeconds(3);

    CompletableFuture<Void> send(TurnContext turn, List<Activity> activities) {
        CompletableFuture<Void> sending = CompletableFuture.completedFuture(null);
        for (Activity activity : activities) {
            sending = sending.thenCompose(previous -> send(turn, activity, 1));
        }
        return sending;
    }

    private CompletableFuture<Void> send(TurnContext turn, Activity activity, int attempt) {
        return turn.sendActivity(activity).handle((sent, failure) -> {
            if (failure == null) {
                return CompletableFuture.<Void>completedFuture(null);
            }
            Optional<Duration> wait = retryAfter(failure);
            if (wait.isEmpty() || attempt >= ATTEMPTS) {
                return CompletableFuture.<Void>failedFuture(failure);
            }
            log.info("Teams connector throttled a reply (429); trying again in {} ms", wait.get().toMillis());
            return CompletableFuture.runAsync(() -> { },
                            CompletableFuture.delayedExecutor(wait.get().toMillis(), TimeUnit.MILLISECONDS))
                    .thenCompose(waited -> send(turn, activity, attempt + 1));
        }).thenCompose(next -> next);
    }

    /** For a 429: how long the connector asked to wait (Retry-After in seconds), within bounds. */
    static Optional<Duration> retryAfter(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (!(cause instanceof ErrorResponseException error) || error.response() == null
                || error.response().code() != 429) {
            return Optional.empty();
        }
        Duration wait = DEFAULT_WAIT;
        String header = error.response().headers().get("Retry-After");
        if (header != null) {
            try {
                wait = Duration.ofSeconds(Long.parseLong(header.strip()));
            } catch (NumberFormatException e) {
                // an HTTP date or garbage: the default wait
            }
        }
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait);
    }
}
