package id.payung.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.DemoData;
import id.payung.service.facade.PayungServices;
import id.payung.service.importing.ImportOptions;
import id.payung.service.importing.ImportService;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A quick measure for docs/PERFORMANCE.md ("Import on a server"): one 100.000-row list of new people imported
 * on SQLite and on the test PostgreSQL server (same JVM, same machine), each into a fresh seeded database;
 * prints both times. Runs only when asked, on its own:
 * {@code mvn -o test -Dtest=ImportTimeOnBothEnginesTest -Dpayung.importRows=100000 -DexcludedGroups=none}.
 */
@OnPostgres
@Tag("slow")
@EnabledIfSystemProperty(named = "payung.importRows", matches = "[0-9]+")
class ImportTimeOnBothEnginesTest {
    private static final int ROWS = Integer.getInteger("payung.importRows", 100_000);

    @RegisterExtension
    final TestEngine sqlite = TestEngine.of(Dialect.SQLITE);
    @RegisterExtension
    final TestEngine server = TestEngine.of(Dialect.POSTGRES);

    @TempDir
    Path dir;

    @Test
    void aListOfNewPeopleOnBothEngines() throws Exception {
        Path file = dir.resolve("list.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            DemoData.writeCsv(out, ROWS, 3);
        }
        long onSqlite = time(sqlite, file);
        long onServer = time(server, file);
        System.out.printf("import of %d rows: SQLite %d ms, PostgreSQL %d ms (%.2f x)%n", ROWS, onSqlite, onServer,
                (double) onServer / onSqlite);
    }

    private static long time(TestEngine engine, Path file) {
        try (PayungServices services = engine.services()) {
            long start = System.nanoTime();
            ImportService.Report r = services.imports().importFile(file, ImportOptions.defaults(),
                    ImportService.Progress.NONE);
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertThat(r.imported()).isEqualTo(ROWS);
            return ms;
        }
    }
}
