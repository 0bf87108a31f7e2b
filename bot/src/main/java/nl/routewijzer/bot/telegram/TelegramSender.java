package nl.routewijzer.bot.telegram;

import java.io.Serializable;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Every call to the Bot API goes through here. A rate limit (429) is retried after the {@code retry_after}
 * Telegram asks for; a server error (5xx), a network error or an unreadable answer after a growing wait. Any
 * other refusal (400, 403 "bot was blocked") is final. Never throws: a failed call is an empty result and a
 * log line, so a Telegram fault can never stop the update loop or the webhook.
 */
class TelegramSender {

    private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);

    private final TelegramClient client;
    private final TelegramProperties.Retry retry;

    TelegramSender(TelegramClient client, TelegramProperties.Retry retry) {
        this.client = client;
        this.retry = retry;
    }

    /** A Bot API call, as the client library runs it. */
    @FunctionalInterface
    interface Call<T> {
        T run() throws TelegramApiException;
    }

    <T extends Serializable> Optional<T> send(BotApiMethod<T> method) {
        return call(method.getMethod(), () -> client.execute(method));
    }

    /** Runs the call, retrying it as the class comment says; the result, or empty when it finally failed. */
    <T> Optional<T> call(String method, Call<T> call) {
        Duration backoff = retry.initialBackoff();
        for (int attempt = 1; ; attempt++) {
            Duration wait;
            String failure;
            try {
                return Optional.ofNullable(call.run());
            } catch (TelegramApiValidationException e) {
                log.warn("Telegram {} not sent, it is invalid: {}", method, e.getMessage());
                return Optional.empty();
            } catch (TelegramApiRequestException e) {
                Optional<Duration> again = retryAfter(e, backoff);
                if (again.isEmpty()) {
                    log.warn("Telegram refused {}: {} {}", method, e.getErrorCode(), e.getApiResponse());
                    return Optional.empty();
                }
                wait = again.get();
                failure = e.getErrorCode() + " " + e.getApiResponse();
            } catch (TelegramApiException e) {
                wait = backoff; // network error: the request may not have reached Telegram
                failure = e.getMessage();
            } catch (RuntimeException e) {
                log.error("Telegram {} failed unexpectedly", method, e);
                return Optional.empty();
            }
            if (attempt >= retry.maxAttempts()) {
                log.warn("Telegram {} failed {} times; giving up", method, attempt);
                return Optional.empty();
            }
            log.info("Telegram {} failed (attempt {} of {}: {}); retrying in {} ms", method, attempt, retry.maxAttempts(),
                    failure, wait.toMillis());
            if (!sleep(wait)) {
                return Optional.empty();
            }
            backoff = min(backoff.multipliedBy(2), retry.maxBackoff());
        }
    }

    /** How long to wait before retrying this refusal, or empty when retrying cannot help. */
    private Optional<Duration> retryAfter(TelegramApiRequestException e, Duration backoff) {
        Integer code = e.getErrorCode();
        if (code == null || code >= 500) {
            return Optional.of(backoff); // a server error, or an answer that was not Telegram's JSON (a proxy's page)
        }
        if (code == 429) {
            Duration asked = Optional.ofNullable(e.getParameters()).map(p -> p.getRetryAfter())
                    .map(Duration::ofSeconds).orElse(backoff);
            if (asked.compareTo(retry.maxRetryAfter()) > 0) {
                log.warn("Telegram asks to wait {} s, more than the {} s allowed", asked.toSeconds(),
                        retry.maxRetryAfter().toSeconds());
                return Optional.empty();
            }
            return Optional.of(asked);
        }
        return Optional.empty();
    }

    private static boolean sleep(Duration wait) {
        try {
            Thread.sleep(wait);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // shutting down: stop retrying
            return false;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
