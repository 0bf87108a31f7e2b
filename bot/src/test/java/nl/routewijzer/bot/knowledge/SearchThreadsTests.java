package nl.routewijzer.bot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SearchThreadsTests {

    @Test
    void searchesRunOnTheSamePlatformThreadsWhateverThreadAsks() throws Exception {
        try (SearchThreads threads = SearchThreads.platform(1)) {
            String[] seen = new String[2];
            Thread first = Thread.ofVirtual().start(() -> seen[0] = threads.run(() -> Thread.currentThread().getName()
                    + (Thread.currentThread().isVirtual() ? " virtual" : "")));
            Thread second = Thread.ofVirtual().start(() -> seen[1] = threads.run(() -> Thread.currentThread().getName()));
            first.join();
            second.join();
            assertThat(seen).containsOnly("knowledge-search-1");
        }
    }

    @Test
    void aFailingSearchFailsTheCallerWithItsOwnException() {
        try (SearchThreads threads = SearchThreads.platform(1)) {
            assertThatThrownBy(() -> threads.run(() -> {
                throw new IllegalArgumentException("broken");
            })).isInstanceOf(IllegalArgumentException.class).hasMessage("broken");
        }
    }
}
