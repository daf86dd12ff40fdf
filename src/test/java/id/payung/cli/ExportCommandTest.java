package id.payung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.TwoRegencies;
import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code payung export regencies}: the per-regency tab as a file, from the command line. */
class ExportCommandTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final CommandConsole console = CommandConsole.noWindow();

    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    /** The engine this class runs on; its PostgreSQL twin says otherwise. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    /** The test's database as {@code --db} names it: the file, or the server's owner's address. */
    private String address() {
        return engine.address();
    }

    @Test
    void regenciesWritesEveryRegencyWithItsFundersAndTheTotal() throws Exception {
        TwoRegencies.open(engine).close(); // a server's: the owner reads both regencies
        Path xlsx = dir.resolve("per-kabupaten-kota-2026.xlsx");
        assertThat(console.run("export", "regencies", "--year", "2026", "--out", xlsx.toString(), "--db", address())).isZero();
        assertThat(console.out()).contains(xlsx.toAbsolutePath().toString());
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(1)).isEqualTo("Kabupaten/kota");
            // Each regency's total row, then the total: the tab's 155 + 23 = 178; the province's other regencies
            // with none as rows of 0 (trial 20a: who has not reported).
            List<String> totals = rows.stream().filter(r -> r.getCellText(3).startsWith("Total") || r.getCellText(1).equals("Total"))
                    .map(r -> r.getCellText(0) + " " + r.getCellAsNumber(7).orElseThrow().toBigInteger()).toList();
            assertThat(totals).filteredOn(t -> !t.endsWith(" 0")).containsExactly("53.10 155", "53.15 23", " 178");
            assertThat(totals).hasSize(23).contains("53.71 0");
            assertThat(rows.get(1).getCellText(2)).isEqualTo("APBD-KAB-MGR");
            assertThat(rows.get(1).getCellAsNumber(6).orElseThrow()).isEqualByComparingTo(new BigDecimal("100"));
        }
    }

    @Test
    void oneOfficesDatabaseIsRefusedWithASentenceAndNoFile() {
        org.junit.jupiter.api.Assumptions.assumeTrue(dialect() == Dialect.SQLITE, "a file: once is enough");
        String db = console.init(dir.resolve("payung.db"));
        Path csv = dir.resolve("per-kabupaten-kota-2025.csv");
        assertThat(console.run("export", "regencies", "--year", "2025", "--out", csv.toString(), "--db", db)).isEqualTo(1);
        assertThat(console.err()).contains("payung: This database gives no participants per regency")
                .contains("provincial login");
        assertThat(csv).doesNotExist();
    }

    @Test
    void wrongOrMissingOptionsAreExitCodeTwo() {
        org.junit.jupiter.api.Assumptions.assumeTrue(dialect() == Dialect.SQLITE, "a file: once is enough");
        String db = console.init(dir.resolve("payung.db"));
        assertThat(console.run("export", "regencies", "--year", "2025", "--db", db)).isEqualTo(2);
        assertThat(console.err()).contains("needs --out FILE");
        assertThat(console.run("export", "regencies", "--out", dir.resolve("a.xlsx").toString(), "--db", db)).isEqualTo(2);
        assertThat(console.run("export", "--help")).isZero();
        assertThat(console.out()).contains("regencies").contains("funding-shares");
    }

    /**
     * Trial 18 M15: {@code --funder XYZ} wrote "0 enrollments written", exit 0. Refused as {@code import --funder}
     * refuses it, with the codes to retype, exit 2 and no file; a code in other letters is the funder it names.
     */
    @Test
    void anUnknownFunderIsRefusedAsTheImportRefusesIt() {
        org.junit.jupiter.api.Assumptions.assumeTrue(dialect() == Dialect.SQLITE, "a file: once is enough");
        String db = console.init(dir.resolve("payung.db"));
        Path csv = dir.resolve("peserta.csv");
        assertThat(console.run("export", "enrollments", "--funder", "XYZ", "--out", csv.toString(), "--db", db)).isEqualTo(2);
        List<String> err = console.err().lines().toList();
        assertThat(err.get(0)).isEqualTo("payung export enrollments: unknown funding source XYZ."
                + " (see: payung export enrollments --help)");
        assertThat(err.get(1)).startsWith("payung export enrollments: The funding-source codes of this database")
                .contains("APBD-KAB-MGR", "MANDIRI");
        assertThat(csv).doesNotExist();
        assertThat(console.run("export", "enrollments", "--funder", "apbd-kab-mgr", "--out", csv.toString(), "--db", db))
                .isZero();
        assertThat(console.out()).contains("enrollments written to");
    }
}
