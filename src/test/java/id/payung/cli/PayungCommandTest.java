package id.payung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class PayungCommandTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final CommandConsole console = CommandConsole.recordingWindows();

    private int run(String... args) {
        return console.run(args);
    }

    @Test
    void fundingSharesCsvOnANewFile() {
        Path db = dir.resolve("new.db");
        console.init(db);

        int code = run("report", "funding-shares", "--year", "2025", "--format", "csv", "--db", db.toString());

        assertThat(code).isZero();
        assertThat(console.out().lines()).containsExactly(
                "funder_code,funder_name,participants,percent",
                "APBD-PROV-NTT,APBD Provinsi NTT,4280,81.1",
                "APBD-KAB-MGR,APBD Kabupaten Manggarai,1000,18.9");
        assertThat(db).exists();
        assertThat(console.windowsOpened()).isEmpty();
    }

    @Test
    void fundingSharesTableUsesIndonesianNumbers() {
        int code = run("report", "funding-shares", "--year", "2025", "--db", console.init(dir.resolve("a.db")));

        assertThat(code).isZero();
        assertThat(console.out()).contains("4.280", "81,1%", "1.000", "18,9%", "5.280");
    }

    @Test
    void budgetReport() {
        assertThat(run("report", "budget", "--year", "2025", "--format", "csv", "--db", console.init(dir.resolve("b.db")))).isZero();
        assertThat(console.out().lines()).containsExactly(
                "funder_code,funder_name,participants,cost_rp,quota,ceiling_rp,quota_cost_rp,gap_rp",
                "APBD-PROV-NTT,APBD Provinsi NTT,4280,862848000,,,,",
                "APBD-KAB-MGR,APBD Kabupaten Manggarai,1000,201600000,,,,");
    }

    @Test
    void wrongCommandOrOptionExitsTwoWithOneLine() {
        assertThat(run("bogus")).isEqualTo(2);
        assertThat(run("report", "funding-shares", "--year", "abc")).isEqualTo(2);
        assertThat(run("report", "funding-shares", "--year", "2025", "--colour")).isEqualTo(2);
        assertThat(console.err().lines()).hasSize(3).allSatisfy(l -> assertThat(l).contains("--help"));
        assertThat(console.out()).isEmpty();
    }

    @Test
    void aFileThatIsNotAPayungDatabaseFailsClearlyAndStaysUnchanged() throws Exception {
        Path text = dir.resolve("daftar.csv");
        Files.writeString(text, "NIK;Nama\n");
        byte[] before = Files.readAllBytes(text);

        int code = run("report", "funding-shares", "--year", "2025", "--db", text.toString());

        assertThat(code).isEqualTo(1);
        assertThat(console.err()).contains("not a Payung database").contains("daftar.csv");
        assertThat(Files.readAllBytes(text)).isEqualTo(before);
    }

    @Test
    void noCommandOpensTheWindowWithTheChosenDatabase() {
        Path db = dir.resolve("x.db");
        console.init(db);
        assertThat(run("--db", db.toString())).isZero();
        assertThat(console.windowsOpened()).containsExactly(db.toString());
    }

    @Test
    void importIsAllOrNothingAndSaysWhatIsWrongRowByRow() throws Exception {
        Path db = dir.resolve("imp.db");
        console.init(db);
        Path csv = dir.resolve("list.csv");
        Files.writeString(csv, "NIK;Nama;Kecamatan\n5310015204850001;Maria;Ruteng\n5.31001E+15;Agus;Ruteng\n");
        Path errors = dir.resolve("errors.csv");

        assertThat(run("import", csv.toString(), "--db", db.toString(), "--funder", "APBD-KAB-MGR", "--from", "2026-01",
                "--errors", errors.toString())).isEqualTo(1);
        List<String> lines = console.out().lines().toList();
        assertThat(lines.get(0)).startsWith("row 3: NIK: 5.31001E+15 is a NIK destroyed by Excel");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("read 2, imported 0, duplicate 0, rejected 1 (refused, nothing written)");
        assertThat(Files.readAllLines(errors)).hasSize(2).first().isEqualTo("\uFEFFrow;column;value;reason;name");
        // Whom the row is about, last (the columns before keep their places for scripts).
        assertThat(Files.readAllLines(errors).get(1)).startsWith("3;NIK;").endsWith(";Agus");

        console.clearOut();
        assertThat(run("import", csv.toString(), "--db", db.toString(), "--funder", "APBD-KAB-MGR", "--from", "2026-01",
                "--skip-invalid", "--dry-run")).isZero();
        assertThat(console.out()).contains("read 2, would import 1, duplicate 0, rejected 1 (dry run");

        console.clearOut();
        assertThat(run("import", csv.toString(), "--db", db.toString(), "--funder", "APBD-KAB-MGR", "--from", "2026-01",
                "--skip-invalid")).isZero();
        assertThat(console.out().lines().reduce((a, b) -> b).orElseThrow())
                .isEqualTo("read 2, imported 1, duplicate 0, rejected 1 (batch 1)");

        assertThat(run("import", dir.resolve("missing.csv").toString(), "--db", db.toString())).isEqualTo(2);
        assertThat(run("import", csv.toString(), "--db", db.toString(), "--from", "Januari")).isEqualTo(2);
    }

    @Test
    void theBenchmarkIsNotInTheAppAndSaysWhereItIs() {
        // The benchmark lives in target/payung-bench.jar (BenchCommandTest); the app's CLI only points there.
        assertThat(run("bench", "--rows", "1000000", "--no-ui")).isEqualTo(2);
        assertThat(console.err()).contains("not part of the app").contains("java -jar target/payung-bench.jar bench --rows N")
                .contains("docs/PERFORMANCE.md");
        assertThat(run("--help")).isZero();
        assertThat(console.out()).containsPattern("(?m)^\\s+report\\b")
                .as("hidden from the help").doesNotContainPattern("(?m)^\\s+bench\\b");
    }

    @Test
    void theDemoGeneratorRuns() throws Exception {
        Path demo = dir.resolve("demo.csv");
        assertThat(run("demo", "generate", "--rows", "500", "--out", demo.toString())).isZero();
        assertThat(run("import", demo.toString(), "--db", console.init(dir.resolve("demo.db")))).isZero();
        assertThat(console.out()).contains("read 500, imported 500, duplicate 0, rejected 0");
    }

    @Test
    void versionAndHelp() {
        assertThat(run("--version")).isZero();
        assertThat(run("--help")).isZero();
        assertThat(console.out()).contains("Payung ").contains("report");
    }

    /**
     * Trial 16 L12: "payung --db F report" (a group whose commands take --db, or its --help) was refused with
     * "report does not use a database". It lists the group's commands as without --db; a command never opening a
     * database still refuses it.
     */
    @Test
    void theDatabaseBeforeAGroupOfDatabaseCommandsIsNotRefused() {
        String db = console.init(dir.resolve("g.db"));
        assertThat(run("--db", db, "report", "--help")).isZero();
        assertThat(console.out()).contains("Usage: payung report").contains("budget");
        assertThat(run("--db", db, "export", "--help")).isZero();
        assertThat(run("--db=" + db, "report", "budget", "--help")).isZero();
        assertThat(run("--db", db, "report")).as("a group alone lists its commands, as without --db").isEqualTo(2);
        assertThat(console.err()).contains("Usage: payung report").doesNotContain("does not use a database");
        assertThat(run("--db", db, "report", "budget", "--year", "2025", "--format", "csv")).isZero();
        assertThat(console.out()).contains("APBD-KAB-MGR,APBD Kabupaten Manggarai,1000,201600000");
        assertThat(run("--db", db, "demo", "generate", "--rows", "1", "--out", dir.resolve("d.csv").toString()))
                .isEqualTo(2);
        assertThat(console.err()).contains("payung demo generate does not use a database; leave out --db");
        assertThat(console.windowsOpened()).isEmpty();
    }
}
