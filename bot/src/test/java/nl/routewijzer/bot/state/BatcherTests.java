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

    /** Every call made, in order: what the database would have been asked. */
    private final List<List<Integer>> calls = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch firstCallRunning = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    /** The item whose call fails, if any. */
    private int failing = -1;

    /** The database call. The call of item 0 holds on until released, so that the requests after it queue up. */
    private List<String> call(List<Integer> items) {
        if (items.contains(0)) {
            firstCallRunning.countDown();
            await(release);
        }
        if (items.contains(failing)) {
            throw new IllegalStateException("database gone");
        }
        calls.add(items);
        return items.stream().map(i -> i + "²=" + i * i).toList();
    }

    /** Item 0 first; the others while its call runs; then its call ends. The requests' futures, item 0's first. */
    private List<Future<String>> whileTheFirstCallRuns(Batcher<Integer, String> batcher, ExecutorService threads, int others) {
        List<Future<String>> requests = new ArrayList<>();
        requests.add(threads.submit(() -> batcher.run(0)));
        await(firstCallRunning);
        IntStream.rangeClosed(1, others).forEach(i -> requests.add(threads.submit(() -> batcher.run(i))));
        waitUntilWaiting(batcher, others);
        release.countDown();
        return requests;
    }

    @Test
    void aRequestAloneRunsAtOnceAndAlone() {
        release.countDown();
        Batcher<Integer, String> batcher = new Batcher<>(this::call, 8);

        assertThat(batcher.run(3)).isEqualTo("3²=9");
        assertThat(batcher.run(4)).isEqualTo("4²=16");
        assertThat(calls).containsExactly(List.of(3), List.of(4));
    }

    @Test
    void requestsThatComeWhileACallRunsRunTogetherInTheNextAndEachGetsItsOwnResult() throws Exception {
        Batcher<Integer, String> batcher = new Batcher<>(this::call, 8);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<String>> requests = whileTheFirstCallRuns(batcher, threads, 5);
            for (int i = 0; i <= 5; i++) {
                assertThat(requests.get(i).get(5, TimeUnit.SECONDS)).isEqualTo(i + "²=" + i * i);
            }
        }
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0)).containsExactly(0);
        assertThat(calls.get(1)).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
    }

    @Test
    void aCallTakesAtMostItsLimitAndTheRestFollowInTheNext() throws Exception {
        Batcher<Integer, String> batcher = new Batcher<>(this::call, 3);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Future<String> request : whileTheFirstCallRuns(batcher, threads, 7)) {
                request.get(5, TimeUnit.SECONDS);
            }
        }
        assertThat(calls).extracting(List::size).containsExactly(1, 3, 3, 1);
        assertThat(calls.stream().flatMap(List::stream)).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void aFailedCallFailsEveryRequestInItAndTheNextCallStillRuns() throws Exception {
        failing = 1;
        Batcher<Integer, String> batcher = new Batcher<>(this::call, 8);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<String>> requests = whileTheFirstCallRuns(batcher, threads, 2);
            assertThat(requests.getFirst().get(5, TimeUnit.SECONDS)).isEqualTo("0²=0");
            for (Future<String> request : requests.subList(1, 3)) {
                assertThatThrownBy(() -> request.get(5, TimeUnit.SECONDS))
                        .hasCauseInstanceOf(IllegalStateException.class).hasRootCauseMessage("database gone");
            }
        }
        assertThat(batcher.run(7)).isEqualTo("7²=49");
    }

    @Test
    void manyThreadsAtOnceEachGetTheirOwnResultAndNoneIsLeftWaiting() throws Exception {
        release.countDown();
        Batcher<Integer, String> batcher = new Batcher<>(this::call, 4);
        try (ExecutorService threads = Executors.newFixedThreadPool(16)) {
            List<Future<Boolean>> all = IntStream.range(1, 4_001)
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

    private static void waitUntilWaiting(Batcher<?, ?> batcher, int requests) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (batcher.waiting() < requests && System.nanoTime() < until) {
            Thread.onSpinWait();
            Thread.yield();
        }
        assertThat(batcher.waiting()).isEqualTo(requests);
    }
}
