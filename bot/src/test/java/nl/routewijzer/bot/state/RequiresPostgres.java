package nl.routewijzer.bot.state;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that runs against a real PostgreSQL, in a schema of its own that is dropped afterwards.
 * Test methods and constructors can take a {@link PostgresSchema} parameter.
 *
 * <p>Where PostgreSQL ({@code ROUTEWIJZER_TEST_POSTGRES_URL}, default {@code 127.0.0.1:5432/test}) is not
 * reachable, the class is skipped with a notice on the console; with {@code ROUTEWIJZER_REQUIRE_POSTGRES=true}
 * (CI) it fails instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres")
@ExtendWith(PostgresExtension.class)
public @interface RequiresPostgres {
}
