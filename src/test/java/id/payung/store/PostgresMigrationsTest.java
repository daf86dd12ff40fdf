package id.payung.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.domain.DatabaseOpenException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The server's migrations: {@code db/postgresql/INDEX} lists its folder's scripts in version order, a script's
 * placeholders are all ones {@link SqlRules} fills, and (on the test server) a newer schema is refused unchanged
 * and an older one brought up to date — the measured times are printed for docs/SERVER.md.
 */
class PostgresMigrationsTest {
    @Test
    void indexListsEveryServerScriptInVersionOrder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/postgresql"))) {
            var onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted(
                    java.util.Comparator.comparingInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))).toList();
            assertThat(Migrator.scripts(Dialect.POSTGRES)).containsExactlyElementsOf(onDisk);
        }
        for (int i = 0; i < Migrator.scripts(Dialect.POSTGRES).size(); i++) {
            String script = Migrator.scripts(Dialect.POSTGRES).get(i);
            assertThat(script).startsWith("V" + (i + 1) + "__");
            assertThat(SqlRules.fill(Migrator.load(Dialect.POSTGRES, script))).doesNotContain("${").doesNotContain("ifnull(");
        }
    }

    @Test
    @org.junit.jupiter.api.Tag("postgres")
    @org.junit.jupiter.api.extension.ExtendWith(PostgresServer.class)
    void aNewerSchemaIsRefusedUnchangedAndTheOpenIsTimed(PostgresDatabase db) throws SQLException {
        long t0 = System.nanoTime();
        Database.openServer(db.ownerAddress(), null).close();
        long migrate = (System.nanoTime() - t0) / 1_000_000;
        long t1 = System.nanoTime();
        Database.openServer(db.ownerAddress(), null).close();
        long open = (System.nanoTime() - t1) / 1_000_000;
        System.out.println("PostgreSQL: open + migrate (empty database) " + migrate + " ms; open of a migrated one " + open + " ms");
        try (Connection c = db.owner(); Statement s = c.createStatement()) {
            s.execute("UPDATE payung_schema SET version = 99");
        }
        assertThatThrownBy(() -> Database.openServer(db.ownerAddress(), null))
                .isInstanceOfSatisfying(DatabaseOpenException.class,
                        e -> assertThat(e.problem()).isEqualTo(DatabaseOpenException.Problem.NEWER_VERSION));
        try (Connection c = db.owner(); Statement s = c.createStatement(); var r = s.executeQuery("SELECT version FROM payung_schema")) {
            r.next();
            assertThat(r.getInt(1)).isEqualTo(99);
        }
    }
}
