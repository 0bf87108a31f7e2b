package nl.routewijzer.bot.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;

/** Asynchronous commit on PostgreSQL by default, PostgreSQL's own default on request, H2 untouched. */
@RequiresPostgres
class PostgresCommitSettingsTests {

    private static String synchronousCommit(PostgresSchema schema, MockEnvironment environment) {
        PostgresCommitSettings settings = new PostgresCommitSettings();
        settings.setEnvironment(environment);
        try (HikariDataSource pool = (HikariDataSource) settings.postProcessAfterInitialization(schema.dataSource(1), "dataSource")) {
            return JdbcClient.create(pool).sql("SHOW synchronous_commit").query(String.class).single();
        }
    }

    @Test
    void postgresConnectionsCommitAsynchronouslyByDefault(PostgresSchema schema) {
        assertThat(synchronousCommit(schema, new MockEnvironment())).isEqualTo("off");
    }

    @Test
    void synchronousCommitCanBeKept(PostgresSchema schema) {
        MockEnvironment environment = new MockEnvironment().withProperty("routewijzer.state.synchronous-commit", "true");
        assertThat(synchronousCommit(schema, environment)).isEqualTo("on");
    }

    @Test
    void otherDatabasesAreLeftAlone() {
        PostgresCommitSettings settings = new PostgresCommitSettings();
        settings.setEnvironment(new MockEnvironment());
        try (HikariDataSource h2 = new HikariDataSource()) {
            h2.setJdbcUrl("jdbc:h2:mem:left-alone");
            settings.postProcessAfterInitialization(h2, "dataSource");
            assertThat(h2.getConnectionInitSql()).isNull();
        }
    }
}
