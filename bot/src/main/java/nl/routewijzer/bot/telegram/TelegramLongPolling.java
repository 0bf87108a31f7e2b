package nl.routewijzer.bot.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Receives updates by long polling, the default: one process asks Telegram for updates in a loop. Starts
 * with the application context and in the background, so that an unreachable Telegram neither delays nor
 * fails the start (the web chat runs on regardless): it keeps trying until polling runs. The library's loop
 * retries failed getUpdates itself with {@link TelegramPollingBackOff}; the consumer here only queues, so no
 * update can throw into that loop.
 */
class TelegramLongPolling implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelegramLongPolling.class);
    /** Only what the bot handles; Telegram keeps other kinds of updates to itself. */
    static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query");

    private final String token;
    private final TelegramUrl url;
    private final OkHttpClient http;
    private final TelegramProperties.Retry retry;
    private final TelegramBotSetup setup;
    private final TelegramUpdateQueue queue;
    private volatile boolean running;
    private volatile TelegramBotsLongPollingApplication polling;
    private volatile ScheduledExecutorService pollThread;
    private volatile Thread starter;

    TelegramLongPolling(TelegramProperties properties, TelegramUrl url, OkHttpClient http, TelegramBotSetup setup,
                        TelegramUpdateQueue queue) {
        this.token = properties.token().strip();
        this.url = url;
        this.http = http;
        this.retry = properties.retry();
        this.setup = setup;
        this.queue = queue;
    }

    @Override
    public void start() {
        running = true;
        starter = Thread.ofVirtual().name("telegram-polling-start").start(this::startPolling);
    }

    private void startPolling() {
        setup.prepare();
        TelegramPollingBackOff wait = new TelegramPollingBackOff(retry.initialBackoff(), retry.maxBackoff());
        while (running) {
            TelegramBotsLongPollingApplication app = application();
            try {
                app.registerBot(token, () -> url, new DefaultGetUpdatesGenerator(ALLOWED_UPDATES), consumer());
                polling = app;
                if (!running) {
                    stop(); // stopped while registering
                } else {
                    log.info("Telegram long polling started");
                }
                return;
            } catch (TelegramApiException e) {
                long millis = wait.nextBackOffMillis();
                log.warn("Telegram long polling could not start ({}); trying again in {} ms", e.getMessage(), millis);
                close(app);
                pollThread.shutdown();
                try {
                    Thread.sleep(millis);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private TelegramBotsLongPollingApplication application() {
        // A daemon thread: a getUpdates still held open by Telegram at shutdown must not keep the JVM alive.
        pollThread = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("telegram-polling").daemon().factory());
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        return new TelegramBotsLongPollingApplication(() -> json, () -> http, () -> pollThread,
                () -> new TelegramPollingBackOff(retry.initialBackoff(), retry.maxBackoff()));
    }

    /** Queues the updates; never throws, since an exception here would end the library's polling task. */
    private LongPollingUpdateConsumer consumer() {
        return updates -> updates.forEach(update -> {
            try {
                queue.submit(update);
            } catch (RuntimeException e) {
                log.error("Telegram update {} could not be queued", update.getUpdateId(), e);
            }
        });
    }

    /**
     * Stops asking for updates. A getUpdates in flight is not cut off (that would log an error from the
     * library); it returns within its timeout on its daemon thread, and what it brings is delivered again to
     * the next process, as Telegram only forgets updates once a later getUpdates confirms them.
     */
    @Override
    public void stop() {
        running = false;
        if (starter != null) {
            starter.interrupt();
        }
        if (polling != null) {
            close(polling);
            polling = null;
        }
        if (pollThread != null) {
            pollThread.shutdown();
        }
    }

    private static void close(TelegramBotsLongPollingApplication app) {
        try {
            app.close();
        } catch (Exception e) {
            log.debug("Closing Telegram long polling failed", e);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
