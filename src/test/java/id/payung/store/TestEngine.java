package id.payung.store;

import id.payung.service.RegionService;
import id.payung.service.SeedLoader;
import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One fresh Payung database per test on the engine a test class runs on: an SQLite file in a folder of its
 * own, or a database on the test PostgreSQL server ({@link PostgresServer}) copied from a migrated template
 * (seeded or not: whichever the test asks for first) and dropped after the test. Register it as an instance
 * field ({@code @RegisterExtension final TestEngine engine = TestEngine.of(dialect());}) and give the class a
 * PostgreSQL twin marked {@link OnPostgres} (see there). The same calls then run the same test on both engines:
 * <ul>
 * <li>{@link #services()}: the services over the database, seeded as a new database is (SQLite's
 *     {@code PayungServices.open(file, true, …)}, the server's {@code PayungServices.openServer});</li>
 * <li>{@link #open()}: the store's {@link Database} on it (the schema made if it is not there yet), as often as a
 *     test reopens it.</li>
 * </ul>
 * On the server every session writes as regency 53.10 (Manggarai), as the seeded office.
 */
public final class TestEngine implements BeforeEachCallback, AfterEachCallback {
    private final Dialect dialect;
    private ExtensionContext context;
    private Path folder;
    private PostgresDatabase server;

    private TestEngine(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The fixture of {@code dialect}'s engine. */
    public static TestEngine of(Dialect dialect) {
        return new TestEngine(dialect);
    }

    /** The engine the test runs on. */
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        this.context = context;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (server != null) {
            server.drop();
            server = null;
        }
        if (folder != null) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // A temporary folder left behind is harmless.
            }
            folder = null;
        }
    }

    /** The database (made, with the schema, on first use), opened as the store opens it. */
    public Database open() {
        if (dialect == Dialect.SQLITE) {
            return Database.open(file(), true);
        }
        return Database.openServer(server(false).ownerAddress(), null);
    }

    /** The services over the database, which is seeded first as a new database is (if it is not yet). */
    public PayungServices services() {
        if (dialect == Dialect.SQLITE) {
            return PayungServices.open(file(), true, TestData.CLOCK);
        }
        PostgresDatabase db = server(true);
        try (Database d = Database.openServer(db.ownerAddress(), null)) {
            new SeedLoader(d, "test").loadIfNew(); // a database first opened without seeds, as SQLite's open does
            new RegionService(d, "test").ensureLoaded();
        }
        return PayungServices.openServer(db.ownerAddress(), null, TestData.CLOCK);
    }

    /** The SQLite file of this test (SQLite only). */
    /** The test's database as {@code --db} names it: the file, or the server's owner's address. */
    public String address() {
        return dialect == Dialect.SQLITE ? file().toString() : server().ownerAddress().toString();
    }

    public Path file() {
        if (dialect != Dialect.SQLITE) {
            throw new IllegalStateException("a server database has no file");
        }
        if (folder == null) {
            try {
                folder = Files.createTempDirectory("payung-engine-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return folder.resolve("payung.db");
    }

    /** The server database of this test (PostgreSQL only), copied from the template asked for on first use. */
    public PostgresDatabase server() {
        return server(false);
    }

    private PostgresDatabase server(boolean seeded) {
        if (dialect != Dialect.POSTGRES) {
            throw new IllegalStateException("an SQLite test has no server");
        }
        if (server == null) {
            String name = context == null ? "engine" : context.getRequiredTestClass().getSimpleName();
            server = PostgresServer.server(context).payungDatabase(name, seeded);
        }
        return server;
    }
}
