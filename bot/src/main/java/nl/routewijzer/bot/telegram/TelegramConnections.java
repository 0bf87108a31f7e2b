package nl.routewijzer.bot.telegram;

import java.time.Duration;
import okhttp3.OkHttpClient;

/**
 * The one HTTP client of the channel, closed last: every bean that talks to Telegram depends on it, so the
 * context closes them first (the update queue still sends its last replies), then this frees the client's
 * threads and connections.
 */
record TelegramConnections(OkHttpClient http) implements AutoCloseable {

    /** Longer than the 50 s that Telegram holds a getUpdates open. */
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(75);

    static TelegramConnections open() {
        return new TelegramConnections(new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10))
                .readTimeout(READ_TIMEOUT).writeTimeout(Duration.ofSeconds(30)).build());
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
