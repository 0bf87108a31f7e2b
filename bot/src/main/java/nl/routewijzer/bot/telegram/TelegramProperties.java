package nl.routewijzer.bot.telegram;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * The Telegram channel's settings, bound from the environment through application.yaml
 * ({@code TELEGRAM_BOT_TOKEN}, {@code TELEGRAM_API_URL}, {@code TELEGRAM_WEBHOOK_URL},
 * {@code TELEGRAM_WEBHOOK_SECRET}). A blank value means "not set".
 *
 * @param token         the bot token from BotFather; blank: the channel is off
 * @param apiUrl        another Bot API server (self-hosted telegram-bot-api, or a test fake); blank: Telegram's
 * @param webhookUrl    the public HTTPS address of this bot's webhook endpoint; blank: long polling
 * @param webhookSecret the secret Telegram sends with every webhook request; required in webhook mode
 * @param retry         how calls to the Bot API are retried
 */
@ConfigurationProperties("routewijzer.telegram")
public record TelegramProperties(String token, String apiUrl, String webhookUrl, String webhookSecret,
                                 @DefaultValue Retry retry) {

    /** Telegram's own rule for secret_token: 1-256 characters of A-Z, a-z, 0-9, _ and -. */
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");
    private static final Pattern TOKEN = Pattern.compile("\\d+:[A-Za-z0-9_-]+");

    /** Fails at startup with the fix, only when the channel is on: a wrong setting never surfaces later. */
    public TelegramProperties {
        if (StringUtils.hasText(token)) {
            if (!TOKEN.matcher(token.strip()).matches()) {
                throw new IllegalArgumentException("TELEGRAM_BOT_TOKEN does not look like a bot token from BotFather "
                        + "(digits, a colon, then letters, digits, _ and -)");
            }
            nonBlank(apiUrl).ifPresent(TelegramProperties::checkApiUrl);
            if (StringUtils.hasText(webhookUrl)
                    && (!StringUtils.hasText(webhookSecret) || !SECRET.matcher(webhookSecret).matches())) {
                throw new IllegalArgumentException("TELEGRAM_WEBHOOK_URL is set, so TELEGRAM_WEBHOOK_SECRET must be set "
                        + "too: 1 to 256 characters of A-Z, a-z, 0-9, _ and - (for example: openssl rand -hex 32)");
            }
        }
    }

    private static void checkApiUrl(String url) {
        URI uri = URI.create(url);
        boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (!web || uri.getHost() == null || !(path.isEmpty() || path.equals("/"))) {
            throw new IllegalArgumentException("TELEGRAM_API_URL must be scheme, host and optional port only, "
                    + "like http://localhost:8081 (was " + url + ")");
        }
    }

    boolean enabled() {
        return StringUtils.hasText(token);
    }

    Optional<URI> api() {
        return nonBlank(apiUrl).map(URI::create);
    }

    Optional<URI> webhook() {
        return nonBlank(webhookUrl).map(URI::create);
    }

    /** The bot's own user id: the number before the colon of its token. */
    long botId() {
        return Long.parseLong(token.strip().substring(0, token.strip().indexOf(':')));
    }

    private static Optional<String> nonBlank(String value) {
        return StringUtils.hasText(value) ? Optional.of(value.strip()) : Optional.empty();
    }

    /**
     * @param maxAttempts    attempts of one Bot API call in all (rate limit, server or network errors)
     * @param initialBackoff the wait after the first server or network error; doubles on each next one
     * @param maxBackoff     the longest wait between two attempts, also for the long-polling loop
     * @param maxRetryAfter  a rate limit asking to wait longer than this gives up instead of blocking the chat
     */
    public record Retry(@DefaultValue("5") int maxAttempts, @DefaultValue("500ms") Duration initialBackoff,
                        @DefaultValue("30s") Duration maxBackoff, @DefaultValue("60s") Duration maxRetryAfter) {
    }
}
