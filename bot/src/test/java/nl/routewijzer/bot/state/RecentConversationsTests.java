package nl.routewijzer.bot.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a replica remembers of recent conversations: bounded in time and number, and only when asked to. */
class RecentConversationsTests {

    private final TestClock clock = new TestClock();
    private final StoredConversation stepOne = new StoredConversation(Optional.of(ConversationStoreContract.STEP_ONE), 7,
            clock.instant());

    @Test
    void remembersUntilItsTimeIsUp() {
        RecentConversations recent = new RecentConversations(clock, 10, Duration.ofMinutes(10));
        recent.put("web:remembered", stepOne);
        clock.advance(Duration.ofMinutes(9));
        assertThat(recent.get("web:remembered")).contains(stepOne);
        clock.advance(Duration.ofMinutes(1));
        assertThat(recent.get("web:remembered")).isEmpty();
    }

    @Test
    void forgetsWhatExpiredEvenIfNoOneAsksAgain() {
        RecentConversations recent = new RecentConversations(clock, 10, Duration.ofMinutes(10));
        recent.put("web:old", stepOne);
        clock.advance(Duration.ofMinutes(6));
        recent.put("web:new", stepOne);
        clock.advance(Duration.ofMinutes(5));
        recent.forgetExpired();
        assertThat(recent.size()).isEqualTo(1);
        assertThat(recent.get("web:new")).contains(stepOne);
    }

    @Test
    void keepsAtMostItsCapacityDroppingTheLeastRecentlyUsed() {
        RecentConversations recent = new RecentConversations(clock, 2, Duration.ofMinutes(10));
        recent.put("web:a", stepOne);
        recent.put("web:b", stepOne);
        recent.get("web:a");
        recent.put("web:c", stepOne);
        assertThat(recent.size()).isEqualTo(2);
        assertThat(recent.get("web:b")).isEmpty();
        assertThat(recent.get("web:a")).contains(stepOne);
    }

    @Test
    void rememberingForZeroTimeRemembersNothing() {
        RecentConversations recent = new RecentConversations(clock, 10, Duration.ZERO);
        recent.put("web:never", stepOne);
        assertThat(recent.get("web:never")).isEmpty();
        assertThat(recent.size()).isZero();
    }
}
