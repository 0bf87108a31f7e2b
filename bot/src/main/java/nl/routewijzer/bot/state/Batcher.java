package nl.routewijzer.bot.state;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Runs the database calls that concurrent requests make at the same moment as one call (group commit).
 *
 * <p>Why: on a small machine the database's cost of a one-row statement is mostly per round trip and per
 * transaction (waking its process, the commit), not per row. So at most one call is on its way at a time:
 * the request that finds none leads and runs its item at once (alone, when the server is quiet: no added
 * wait); requests that come while it runs wait, and the first of them then runs all of them in one call.
 * The caller of {@link #run} gets its own item's result, or the exception of the call it was part of.
 *
 * @param <I> what one request asks (a conversation id, a row to update)
 * @param <O> its result
 */
final class Batcher<I, O> {

    /** Told to a waiting request: it runs the next call, for itself and those waiting behind it. */
    private static final Object LEAD = new Object();

    private final Function<List<I>, List<O>> together;
    private final int most;
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Waiting<I>> waiting = new ArrayDeque<>();
    private boolean leading;

    private record Waiting<I>(I item, CompletableFuture<Object> told) {
    }

    /**
     * @param together runs a list of items in one call, returning their results in the same order
     * @param most     how many items one call takes at most
     */
    Batcher(Function<List<I>, List<O>> together, int most) {
        this.together = together;
        this.most = most;
    }

    O run(I item) {
        Waiting<I> me = new Waiting<>(item, new CompletableFuture<>());
        lock.lock();
        try {
            if (leading) {
                waiting.add(me);
            } else {
                leading = true;
                me.told().complete(LEAD);
            }
        } finally {
            lock.unlock();
        }
        Object told = await(me.told());
        return told == LEAD ? lead(me) : cast(told);
    }

    /** How many requests wait for the call on its way to end (for tests). */
    int waiting() {
        lock.lock();
        try {
            return waiting.size();
        } finally {
            lock.unlock();
        }
    }

    private O lead(Waiting<I> me) {
        List<Waiting<I>> call = new ArrayList<>();
        call.add(me);
        lock.lock();
        try {
            while (call.size() < most && !waiting.isEmpty()) {
                call.add(waiting.poll());
            }
        } finally {
            lock.unlock();
        }
        List<O> results = null;
        RuntimeException failed = null;
        try {
            results = together.apply(call.stream().map(Waiting::item).toList());
        } catch (RuntimeException e) {
            failed = e;
        } finally {
            handOver();
        }
        for (int i = 1; i < call.size(); i++) {
            if (failed == null) {
                call.get(i).told().complete(results.get(i));
            } else {
                call.get(i).told().completeExceptionally(failed);
            }
        }
        if (failed != null) {
            throw failed;
        }
        return results.getFirst();
    }

    /** The first request that came while this call ran leads the next one; with none, the next to come does. */
    private void handOver() {
        lock.lock();
        try {
            Waiting<I> next = waiting.poll();
            if (next == null) {
                leading = false;
            } else {
                next.told().complete(LEAD);
            }
        } finally {
            lock.unlock();
        }
    }

    private static Object await(CompletableFuture<Object> told) {
        try {
            return told.join();
        } catch (CompletionException e) {
            // The call this request was part of failed: its own exception, as if the request had run it itself.
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    @SuppressWarnings("unchecked")
    private O cast(Object result) {
        return (O) result;
    }
}
