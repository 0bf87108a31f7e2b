package nl.routewijzer.bot.state;

import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The store on the embedded default: H2, migrated by the same Flyway scripts. */
class H2ConversationStoreTests extends ConversationStoreContract {

    private DataSource dataSource;

    @BeforeEach
    void migrate() {
        dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).load().migrate();
    }

    @Override
    DataSource dataSource() {
        return dataSource;
    }
}
