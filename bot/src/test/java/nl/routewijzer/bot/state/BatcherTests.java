package nl.routewijzer.bot.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Concurrent requests run together, each gets its own result or its call's failure, and none is left waiting. */
class BatcherTests {

    /** Every call it was given, in order: what the database would have been asked. */
    private final List<List<Integer>> calls = Collections.synchronizedList(new ArrayList<>());

    private List<String> squares(List<Integer> items) {
        calls.add(items);
        return items.stream().map(i -> i + "²=" + i * i).toList();
    }

    @Test
    void aRequestAloneRunsAtOnceAndAlone() {
        Batcher<Integer, String> batcher = new Batcher<>(this::squares, 8);

        assertThat(batcher.run(3)).isEqualTo("3²=9");
        assertThat(batcher.run(4)).isEqualTo("4²=16");
        assertThat(calls).containsExactly(List.of(3), List.of(4));
    }

    @Test
    void requestsThatComeWhileACallRunsRunTogetherInTheNextAndEachGetsItsOwnResult() throws Exception {
        CountDownLatch firstCallRunning = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Batcher<Integer, String> batcher = new Batcher<>(items -> {
            if (items.contains(0)) {
                firstCallRunning.countDown();
                await(release);
            }
            return squares(items);
        }, 8);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<String> first = threads.submit(() -> batcher.run(0));
            await(firstCallRunning);
            List<Future<String>> others = IntStream.rangeClosed(1, 5).mapToObj(i -> threads.submit(() -> batcher.run(i))).toList();
            waitUntilWaiting(batcher, 5);
            release.countDown();

            assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("0²=0");
            for (int i = 1; i <= 5; i++) {
                assertThat(others.get(i - 1).get(5, TimeUnit.SECONDS)).isEqualTo(i + "²=" + i * i);
            }
        }
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0)).containsExactly(0);
        assertThat(calls.get(1)).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
    }

    @Test
    void aCallTakesAtMostItsLimitAndTheRestFollowInTheNext() throws Exception {
        CountDownLatch firstCallRunning = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Batcher<Integer, String> batcher = new Batcher<>(items -> {
            if (items.contains(0)) {
                firstCallRunning.countDown();
                await(release);
            }
            return squares(items);
        }, 3);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<String> first = threads.submit(() -> batcher.run(0));
            await(firstCallRunning);
            List<Future<String>> others = IntStream.rangeClosed(1, 7).mapToObj(i -> threads.submit(() -> batcher.run(i))).toList();
            waitUntilWaiting(batcher, 7);
            release.countDown();
            first.get(5, TimeUnit.SECONDS);
            for (Future<String> other : others) {
                other.get(5, TimeUnit.SECONDS);
            }
        }
        assertThat(calls).extracting(List::size).containsExactly(1, 3, 3, 1);
        assertThat(calls.stream().flatMap(List::stream)).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void aFailedCallFailsEveryRequestInItAndTheNextCallStillRuns() throws Exception {
        CountDownLatch firstCallRunning = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Batcher<Integer, String> batcher = new Batcher<>(items -> {
            if (items.contains(0)) {
                firstCallRunning.countDown();
                await(release);
                return squares(items);
            }
            if (items.contains(1)) {
                throw new IllegalStateException("database gone");
            }
            return squares(items);
        }, 8);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<String> first = threads.submit(() -> batcher.run(0));
            await(firstCallRunning);
            List<Future<String>> failing = List.of(threads.submit(() -> batcher.run(1)), threads.submit(() -> batcher.run(2)));
            waitUntilWaiting(batcher, 2);
            release.countDown();
            first.get(5, TimeUnit.SECONDS);
            for (Future<String> request : failing) {
                assertThatThrownBy(() -> request.get(5, TimeUnit.SECONDS))
                        .hasCauseInstanceOf(IllegalStateException.class).hasRootCauseMessage("database gone");
            }
        }
        assertThat(batcher.run(7)).isEqualTo("7²=49");
    }

    @Test
    void manyThreadsAtOnceEachGetTheirOwnResultAndNoneIsLeftWaiting() throws Exception {
        Batcher<Integer, String> batcher = new Batcher<>(this::squares, 4);
        try (ExecutorService threads = Executors.newFixedThreadPool(16)) {
            List<Future<Boolean>> all = IntStream.range(0, 4_000)
                    .mapToObj(i -> threads.submit(() -> batcher.run(i).equals(i + "²=" + i * i))).toList();
            for (Future<Boolean> request : all) {
                assertThat(request.get(10, TimeUnit.SECONDS)).isTrue();
            }
        }
        assertThat(calls.stream().mapToInt(List::size).sum()).isEqualTo(4_000);
        assertThat(calls).allMatch(call -> call.size() <= 4);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntilWaiting(Batcher<?, ?> batcher, int requests) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (batcher.waiting() < requests && System.nanoTime() < until) {
            Thread.sleep(1);
        }
        assertThat(batcher.waiting()).isEqualTo(requests);
    }
}
