package id.payung.store;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks the PostgreSQL twin of a test class that runs on both engines: tagged {@code postgres} (the fast tier
 * leaves it out; {@code mvn -B verify} runs it), skipped where the pinned server binaries do not run, with the
 * test server of {@link PostgresServer} started on first use. The twin is a subclass whose {@link TestEngine}
 * is PostgreSQL's:
 *
 * <pre>{@code
 * class YearSummaryTest {
 *     @RegisterExtension
 *     final TestEngine engine = TestEngine.of(dialect());
 *
 *     Dialect dialect() {
 *         return Dialect.SQLITE;
 *     }
 *     …
 * }
 *
 * @OnPostgres
 * class YearSummaryOnPostgresTest extends YearSummaryTest {
 *     @Override
 *     Dialect dialect() {
 *         return Dialect.POSTGRES;
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag("postgres")
@ExtendWith(PostgresServer.class)
public @interface OnPostgres {
}
