package nl.routewijzer.bot.knowledge;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs knowledge searches on a few platform threads, one per core, in arrival order. Requests run on virtual
 * threads, one new thread per request; Lucene's analyzers keep their reusable token streams per thread, so on
 * virtual threads every search built a fresh analysis chain and left the old one for the collector and for a
 * synchronized purge (measured: a p99 of 68-80 ms for free questions at 125 messages/s, against 3 ms at the
 * p50). On a fixed set of threads each keeps its chain, and a CPU-bound search queues fairly instead of
 * crowding the cores.
 */
final class SearchThreads implements AutoCloseable {

    private final ExecutorService executor;

    private SearchThreads(ExecutorService executor) {
        this.executor = executor;
    }

    /** Searches on the calling thread (tests, tools). */
    static SearchThreads callerRuns() {
        return new SearchThreads(null);
    }

    static SearchThreads platform(int threads) {
        AtomicInteger number = new AtomicInteger();
        return new SearchThreads(Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "knowledge-search-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }));
    }

    <T> T run(Supplier<T> work) {
        if (executor == null) {
            return work.get();
        }
        Future<T> result = executor.submit(work::get);
        try {
            return result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a knowledge search", e);
        }
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
