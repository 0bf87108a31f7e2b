package nl.routewijzer.bot.state;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, lets the conversation writes commit without waiting for their WAL record to reach the disk
 * ({@code SET synchronous_commit = off} on every pooled connection; the store is the only writer).
 *
 * <p>Why this is safe here: a crash of the database server can lose the commits of the last few hundred
 * milliseconds (at most three times {@code wal_writer_delay}), but it never corrupts or reorders anything:
 * the row and its optimistic-locking version go back together, so a user at worst sees the step before the
 * one they just chose and presses again. Optimistic locking is untouched: a concurrent save on a stale version
 * is still refused. What it buys: no disk flush on every "Volgende", the largest cost of a route step.
 * Set {@code routewijzer.state.synchronous-commit=true} to keep PostgreSQL's default; an explicit
 * {@code spring.datasource.hikari.connection-init-sql} is never overridden. H2 is left as it is.
 */
@Component
class PostgresCommitSettings implements BeanPostProcessor, EnvironmentAware {

    static final String ASYNC_COMMIT = "SET synchronous_commit = off";
    private static final Logger log = LoggerFactory.getLogger(PostgresCommitSettings.class);

    private boolean synchronousCommit;

    @Override
    public void setEnvironment(Environment environment) {
        // Bound by hand: a post-processor is created before configuration-properties beans exist.
        synchronousCommit = Binder.get(environment)
                .bind("routewijzer.state.synchronous-commit", Boolean.class).orElse(false);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && !synchronousCommit && isPostgres(pool.getJdbcUrl())
                && pool.getConnectionInitSql() == null) {
            pool.setConnectionInitSql(ASYNC_COMMIT); // before the pool's first connection: it starts lazily
            log.info("Conversation writes on PostgreSQL commit asynchronously (routewijzer.state.synchronous-commit=false)");
        }
        return bean;
    }

    static boolean isPostgres(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:");
    }
}
