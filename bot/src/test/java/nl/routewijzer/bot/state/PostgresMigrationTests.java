package nl.routewijzer.bot.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Flyway scripts on PostgreSQL, in order: an empty schema to V1 with a conversation in it, then to the
 * latest version with that conversation kept, then nothing left to do.
 */
@RequiresPostgres
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostgresMigrationTests {

    private static HikariDataSource pool;

    @BeforeAll
    static void connect(PostgresSchema schema) {
        pool = schema.dataSource(2);
    }

    @AfterAll
    static void close() {
        pool.close();
    }

    private static Flyway flyway(String target) {
        return Flyway.configure().dataSource(pool).target(target).load();
    }

    @Test
    @Order(1)
    void firstVersionCreatesTheTableOnAnEmptySchema() {
        assertThat(flyway("1").migrate().migrationsExecuted).isEqualTo(1);
        JdbcClient.create(pool).sql("""
                INSERT INTO conversation_state (conversation_id, route_id, content_version, node_id, path, version, last_activity)
                VALUES ('web:from-v1', 'vo-zhw', 'fa67836c651c', 'inschrijving', '', 3, now())""").update();
    }

    @Test
    @Order(2)
    void laterVersionsKeepStoredConversations() {
        assertThat(flyway("latest").migrate().migrationsExecuted).isPositive();
        Map<String, Object> row = JdbcClient.create(pool)
                .sql("SELECT node_id, version FROM conversation_state WHERE conversation_id = 'web:from-v1'")
                .query().singleRow();
        assertThat(row).containsEntry("node_id", "inschrijving").containsEntry("version", 3L);
    }

    @Test
    @Order(3)
    void everyMigrationIsAppliedAndNothingIsLeft() {
        Flyway flyway = flyway("latest");
        assertThat(flyway.migrate().migrationsExecuted).isZero();
        MigrationInfo[] all = flyway.info().all();
        assertThat(Arrays.stream(all).map(MigrationInfo::getState)).containsOnly(MigrationState.SUCCESS);
        assertThat(all).hasSizeGreaterThanOrEqualTo(2);
        flyway.validate();
    }

    @Test
    @Order(4)
    void schemaHasTheExpectedTypesAndOnlyThePrimaryKeyIndex() {
        JdbcClient jdbc = JdbcClient.create(pool);
        Map<String, Object> key = jdbc.sql("""
                SELECT data_type, character_maximum_length FROM information_schema.columns
                WHERE table_schema = current_schema() AND table_name = 'conversation_state'
                  AND column_name = 'conversation_id'""").query().singleRow();
        assertThat(key).containsEntry("data_type", "character varying").containsEntry("character_maximum_length", 512);
        String lastActivity = jdbc.sql("""
                SELECT data_type FROM information_schema.columns
                WHERE table_schema = current_schema() AND table_name = 'conversation_state'
                  AND column_name = 'last_activity'""").query(String.class).single();
        assertThat(lastActivity).isEqualTo("timestamp with time zone");
        assertThat(jdbc.sql("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'conversation_state'")
                .query(String.class).list()).containsExactly("conversation_state_pkey");
    }

    /** A route step changes only unindexed columns: PostgreSQL updates the row in place (HOT), without index writes. */
    @Test
    @Order(5)
    void aStepUpdatesTheRowInPlace() throws SQLException {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("""
                        UPDATE conversation_state SET node_id = 'ziekteverzuim', path = 'inschrijving', version = version + 1,
                            last_activity = now() WHERE conversation_id = 'web:from-v1'""");
                ResultSet stats = statement.executeQuery(
                        "SELECT n_tup_upd, n_tup_hot_upd FROM pg_stat_xact_user_tables WHERE relname = 'conversation_state'"
                                + " AND schemaname = current_schema()");
                assertThat(stats.next()).isTrue();
                assertThat(stats.getLong("n_tup_upd")).isEqualTo(1);
                assertThat(stats.getLong("n_tup_hot_upd")).isEqualTo(1);
            }
            connection.rollback();
        }
    }
}
