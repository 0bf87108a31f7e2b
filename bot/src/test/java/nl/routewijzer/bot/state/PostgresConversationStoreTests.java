package nl.routewijzer.bot.state;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The store on a real PostgreSQL, in a schema of this class; each test starts from an empty table. */
@RequiresPostgres
class PostgresConversationStoreTests extends ConversationStoreContract {

    private static HikariDataSource pool;

    @BeforeAll
    static void migrate(PostgresSchema schema) {
        pool = schema.dataSource(2);
        schema.migrate(pool);
    }

    @AfterAll
    static void close() {
        if (pool != null) {
            pool.close();
        }
    }

    @BeforeEach
    void emptyTable() {
        JdbcClient.create(pool).sql("DELETE FROM conversation_state").update();
    }

    @Override
    DataSource dataSource() {
        return pool;
    }
}
