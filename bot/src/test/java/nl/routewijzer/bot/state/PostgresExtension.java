package nl.routewijzer.bot.state;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs {@link RequiresPostgres} classes against a real PostgreSQL: checks once whether it is reachable, skips
 * with a visible notice when it is not (a developer's machine), fails when {@code ROUTEWIJZER_REQUIRE_POSTGRES}
 * is {@code true} (CI), and gives every test class a schema of its own.
 */
final class PostgresExtension implements ExecutionCondition, BeforeAllCallback, AfterAllCallback, ParameterResolver {

    static final String URL = env("ROUTEWIJZER_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = env("ROUTEWIJZER_TEST_POSTGRES_USER", "postgres");
    static final String PASSWORD = env("ROUTEWIJZER_TEST_POSTGRES_PASSWORD", "");
    static final boolean REQUIRED = Boolean.parseBoolean(env("ROUTEWIJZER_REQUIRE_POSTGRES", "false"));

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PostgresExtension.class);
    /** Why PostgreSQL cannot be used, or empty when it can; probed once per test run. */
    private static volatile Optional<String> unavailable;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<String> problem = unavailable();
        if (problem.isEmpty()) {
            return ConditionEvaluationResult.enabled("PostgreSQL reachable at " + URL);
        }
        if (REQUIRED) {
            return ConditionEvaluationResult.enabled("PostgreSQL required; the class fails in its set-up");
        }
        String reason = "PostgreSQL not reachable at " + URL + " (" + problem.get() + ")";
        if (context.getTestMethod().isEmpty()) {
            System.out.println("NOTICE: skipping " + context.getDisplayName() + ": " + reason
                    + ". Start PostgreSQL or set ROUTEWIJZER_TEST_POSTGRES_URL; with ROUTEWIJZER_REQUIRE_POSTGRES=true"
                    + " (CI) this fails instead.");
        }
        return ConditionEvaluationResult.disabled(reason);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        Optional<String> problem = unavailable();
        if (problem.isPresent()) {
            throw new IllegalStateException("ROUTEWIJZER_REQUIRE_POSTGRES=true but PostgreSQL is not reachable at "
                    + URL + ": " + problem.get());
        }
        String name = schemaName(context.getRequiredTestClass());
        execute("CREATE SCHEMA " + name);
        String separator = URL.contains("?") ? "&" : "?";
        context.getStore(NAMESPACE).put(PostgresSchema.class,
                new PostgresSchema(name, URL + separator + "currentSchema=" + name, USER, PASSWORD));
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        PostgresSchema schema = context.getStore(NAMESPACE).remove(PostgresSchema.class, PostgresSchema.class);
        if (schema != null) {
            execute("DROP SCHEMA " + schema.name() + " CASCADE");
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PostgresSchema.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).get(PostgresSchema.class, PostgresSchema.class);
    }

    private static Optional<String> unavailable() {
        if (unavailable == null) {
            synchronized (PostgresExtension.class) {
                if (unavailable == null) {
                    unavailable = probe();
                }
            }
        }
        return unavailable;
    }

    private static Optional<String> probe() {
        DriverManager.setLoginTimeout(3);
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
            return connection.isValid(3) ? Optional.empty() : Optional.of("connection not valid");
        } catch (SQLException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** rw_test_ + the class name + a random suffix: readable when left behind, never shared between runs. */
    private static String schemaName(Class<?> testClass) {
        String base = testClass.getSimpleName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String suffix = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        return "rw_test_" + base.substring(0, Math.min(base.length(), 40)) + "_" + suffix;
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
