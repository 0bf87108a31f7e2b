package nl.routewijzer.bot.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The scheduled cleanup deletes what the configured retention says, and nothing younger. */
class ExpiredStateCleanupTests {

    private final TestClock clock = new TestClock();
    private JdbcConversationStore store;

    @BeforeEach
    void setUp() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).load().migrate();
        store = new JdbcConversationStore(new JdbcTemplate(dataSource), clock);
    }

    private ExpiredStateCleanup cleanup(Duration retention) {
        return new ExpiredStateCleanup(store, new StateProperties(retention, Duration.ofHours(1), false, Duration.ZERO), clock);
    }

    @Test
    void conversationsUntouchedForThirtyDaysAreDeleted() {
        store.save("web:left-a-month-ago", Optional.of(ConversationStoreContract.STEP_ONE), 0);
        clock.advance(Duration.ofDays(29));
        store.save("web:active-yesterday", Optional.of(ConversationStoreContract.STEP_ONE), 0);
        clock.advance(Duration.ofDays(1).plusMinutes(1));

        cleanup(Duration.ofDays(30)).deleteExpired();

        assertThat(store.find("web:left-a-month-ago").version()).isZero();
        assertThat(store.find("web:active-yesterday").version()).isPositive();
    }

    @Test
    void retentionIsConfigurable() {
        store.save("web:short-retention", Optional.of(ConversationStoreContract.STEP_ONE), 0);
        clock.advance(Duration.ofDays(8));

        cleanup(Duration.ofDays(30)).deleteExpired();
        assertThat(store.find("web:short-retention").version()).isPositive();

        cleanup(Duration.ofDays(7)).deleteExpired();
        assertThat(store.find("web:short-retention").version()).isZero();
    }
}
