package nl.routewijzer.bot.state;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import org.flywaydb.core.Flyway;

/**
 * A fresh PostgreSQL schema for one test class: its JDBC URL selects the schema with {@code currentSchema},
 * so the store, Flyway and whole applications pointed at it never see another run's tables.
 */
public record PostgresSchema(String name, String jdbcUrl, String username, String password) {

    /** A pool on the schema; the caller closes it. */
    public HikariDataSource dataSource(int poolSize) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(jdbcUrl);
        pool.setUsername(username);
        pool.setPassword(password);
        pool.setMaximumPoolSize(poolSize);
        pool.setPoolName("test-" + name);
        return pool;
    }

    /** Migrates the schema as the application does at startup. */
    public void migrate(javax.sql.DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).load().migrate();
    }

    /** The properties that point a Spring Boot application at this schema. */
    public List<String> springProperties() {
        return List.of("spring.datasource.url=" + jdbcUrl, "spring.datasource.username=" + username,
                "spring.datasource.password=" + password);
    }
}
