package nl.routewijzer.bot.telegram;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Hands updates to the handler off the thread that received them: in order within one chat (a button pressed
 * right after a message waits for that message's answer), side by side across chats (one chat waiting out a
 * rate limit does not hold up the others). Both the poll loop and the webhook return at once.
 */
class TelegramUpdateQueue implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TelegramUpdateQueue.class);
    private static final CompletableFuture<Void> IDLE = CompletableFuture.completedFuture(null);

    private final Consumer<Update> handler;
    private final Duration drainTimeout;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private final ConcurrentHashMap<Long, CompletableFuture<Void>> chats = new ConcurrentHashMap<>();
    private volatile boolean open = true;
    /**
     * Update ids taken lately, with when: Telegram delivers an update again when the answer to its webhook call
     * did not reach it, and a question must not be answered twice. Only ids are kept, for {@link #REMEMBERED}.
     * Per instance: behind several replicas a redelivery that lands on another one is not caught.
     */
    private final ConcurrentHashMap<Integer, Long> taken = new ConcurrentHashMap<>();
    static final Duration REMEMBERED = Duration.ofMinutes(10);
    private static final int MAX_REMEMBERED = 10_000;

    TelegramUpdateQueue(Consumer<Update> handler, Duration drainTimeout) {
        this.handler = handler;
        this.drainTimeout = drainTimeout;
    }

    /** Queues the update; false when shutting down (a webhook then asks Telegram to deliver it again later). */
    boolean submit(Update update) {
        if (!open) {
            return false;
        }
        if (!firstDelivery(update)) {
            log.debug("Telegram update {} delivered again; ignored", update.getUpdateId());
            return true;
        }
        Runnable task = () -> {
            try {
                handler.accept(update);
            } catch (RuntimeException e) {
                log.error("Telegram update {} failed", update.getUpdateId(), e); // the chain goes on
            }
        };
        Optional<Long> chat = chatOf(update);
        if (chat.isEmpty()) {
            CompletableFuture.runAsync(task, workers);
            return true;
        }
        CompletableFuture<Void> next = chats.compute(chat.get(), (id, tail) -> (tail == null ? IDLE : tail)
                .thenRunAsync(task, workers));
        next.whenComplete((ignored, error) -> chats.remove(chat.get(), next));
        return true;
    }

    private boolean firstDelivery(Update update) {
        if (update.getUpdateId() == null) {
            return true;
        }
        long now = System.nanoTime();
        if (taken.size() >= MAX_REMEMBERED) {
            taken.values().removeIf(at -> now - at > REMEMBERED.toNanos());
            if (taken.size() >= MAX_REMEMBERED) {
                taken.clear(); // a flood of updates: forget rather than grow
            }
        }
        Long before = taken.putIfAbsent(update.getUpdateId(), now);
        if (before != null && now - before > REMEMBERED.toNanos()) {
            taken.put(update.getUpdateId(), now);
            return true;
        }
        return before == null;
    }

    private static Optional<Long> chatOf(Update update) {
        if (update.hasMessage()) {
            return Optional.ofNullable(update.getMessage().getChatId());
        }
        if (update.hasCallbackQuery() && update.getCallbackQuery().getMessage() != null) {
            return Optional.ofNullable(update.getCallbackQuery().getMessage().getChatId());
        }
        return Optional.empty();
    }

    /** Stops taking updates and lets the queued ones finish, for at most the drain timeout. */
    @Override
    public void close() {
        open = false;
        try {
            CompletableFuture.allOf(chats.values().toArray(CompletableFuture[]::new))
                    .get(drainTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            log.warn("Telegram updates still being handled after {} s; stopping them", drainTimeout.toSeconds());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.debug("A queued Telegram update failed while draining", e);
        }
        workers.shutdownNow();
    }
}
