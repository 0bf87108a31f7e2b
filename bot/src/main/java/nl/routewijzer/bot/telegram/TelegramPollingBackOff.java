package nl.routewijzer.bot.telegram;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;

/**
 * The wait of the long-polling loop after a failed getUpdates: doubling from the initial back-off up to the
 * maximum, with some jitter, for as long as Telegram is unreachable. Replaces the library's default, which
 * after 15 minutes of errors waits 15 minutes per attempt.
 */
final class TelegramPollingBackOff implements BackOff {

    private final long initialMillis;
    private final long maxMillis;
    private long currentMillis;

    TelegramPollingBackOff(Duration initial, Duration max) {
        this.initialMillis = Math.max(1, initial.toMillis());
        this.maxMillis = Math.max(initialMillis, max.toMillis());
        reset();
    }

    @Override
    public void reset() {
        currentMillis = initialMillis;
    }

    @Override
    public long nextBackOffMillis() {
        long wait = currentMillis + ThreadLocalRandom.current().nextLong(currentMillis / 5 + 1);
        currentMillis = Math.min(maxMillis, currentMillis * 2);
        return Math.min(wait, maxMillis);
    }
}
