package id.payung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.EnrollmentSummary;
import id.payung.domain.RegisterFilter;
import id.payung.domain.RegisterSort;
import id.payung.service.TestData;
import id.payung.service.TestRegions;
import id.payung.service.facade.PayungServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trial 20a L13: `payung import` of a village's list without Desa or Kecamatan columns stopped "has no desa or
 * kecamatan column" although its title row names them ("DESA PONG LALE KECAMATAN RUTENG"), which the window
 * proposes. The CLI takes the title's kecamatan and desa by the same rule and says so; a title whose village it cannot
 * tell stays refused.
 */
class ImportTitleRegionCommandTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final CommandConsole console = CommandConsole.noWindow();

    private Path freshDatabase() {
        Path db = dir.resolve("payung.db");
        TestData.seeded(dir).close();
        Path regions = TestRegions.resource("regions/wilayah-5310.csv", dir);
        assertThat(console.run("regions", "import", regions.toString(), "--db", db.toString())).isZero();
        console.clearOut();
        return db;
    }

    @Test
    void theTitlesKecamatanAndDesaAreTakenAndSaid() {
        Path db = freshDatabase();
        Path list = TestRegions.resource("village/DAFTAR PEKERJA RENTAN DESA PONG LALE.csv", dir);
        int code = console.run("import", list.toString(), "--db", db.toString(), "--funder", "APBD-KAB-MGR",
                "--from", "2026-01");
        assertThat(code).as(console.out()).isZero();
        assertThat(console.out().lines().toList()).contains(
                "kecamatan from the title row: Ruteng (--kecamatan to give another)",
                "desa from the title row: Pong Lale (--desa to give another)");
        List<EnrollmentSummary> rows;
        try (PayungServices s = PayungServices.open(db, false, TestData.CLOCK)) {
            rows = s.register().page(RegisterFilter.all(), new RegisterSort(RegisterSort.Column.NAME, true), null, 100).rows();
        }
        assertThat(rows).isNotEmpty().allMatch(r -> "Pong Lale".equals(r.desaName()) && "Ruteng".equals(r.kecamatanName()));
    }

    @Test
    void aTitleWhoseVillageIsNotKnownStaysRefused() throws Exception {
        Path db = freshDatabase();
        Path source = TestRegions.resource("village/DAFTAR PEKERJA RENTAN DESA PONG LALE.csv", dir);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(source, java.nio.charset.StandardCharsets.UTF_8));
        lines.set(0, "DAFTAR PEKERJA RENTAN DESA ENTAH BERANTAH;;;;;;");
        Path list = dir.resolve("daftar-entah.csv");
        Files.write(list, lines, java.nio.charset.StandardCharsets.UTF_8);
        int code = console.run("import", list.toString(), "--db", db.toString(), "--funder", "APBD-KAB-MGR",
                "--from", "2026-01");
        assertThat(code).isEqualTo(2);
        assertThat(console.out()).doesNotContain("from the title row");
    }

    @Test
    void aTitleDesaOfAnotherKecamatanThanTheGivenOneIsNotTakenAndSaid() {
        // As the window: the title's Pong Lale lies in Ruteng, not the --kecamatan given (before, the CLI took it and
        // every row was refused "desa of another kecamatan").
        Path db = freshDatabase();
        Path list = TestRegions.resource("village/DAFTAR PEKERJA RENTAN DESA PONG LALE.csv", dir);
        int code = console.run("import", list.toString(), "--db", db.toString(), "--funder", "APBD-KAB-MGR",
                "--from", "2026-01", "--kecamatan", "Wae Rii", "--dry-run");
        assertThat(code).as(console.out()).isZero();
        assertThat(console.out()).doesNotContain("from the title row")
                .contains("desa Pong Lale of the title row not taken: it lies in another kecamatan than --kecamatan")
                .doesNotContain("IMPORT_DESA_OTHER_KECAMATAN").contains("rejected 0");
    }

    @Test
    void aTitleKecamatanTheRowsContradictIsNotTakenAndSaid() {
        Path db = freshDatabase();
        // "KECAMATAN WAE RI'I" over a row of Golo Dukal (Langke Rembong): each row takes its kecamatan from its desa.
        Path list = TestRegions.resource("village/daftar-desa-tanpa-kecamatan.csv", dir);
        int code = console.run("import", list.toString(), "--db", db.toString(), "--funder", "APBD-KAB-MGR",
                "--from", "2026-01", "--dry-run");
        assertThat(code).as(console.out()).isZero();
        assertThat(console.out()).doesNotContain("kecamatan from the title row")
                .contains("kecamatan Wae Rii of the title row not taken: some rows' desa lie in another kecamatan")
                .contains("rejected 0");
    }

    @Test
    void aDryRunWithTheTitlesKecamatanSaysTheSameAsTheImport() {
        Path db = freshDatabase();
        Path list = TestRegions.resource("village/DAFTAR PEKERJA RENTAN DESA PONG LALE.csv", dir);
        int code = console.run("import", list.toString(), "--db", db.toString(), "--funder", "APBD-KAB-MGR",
                "--from", "2026-01", "--dry-run");
        assertThat(code).as(console.out()).isZero();
        String dry = console.out().lines().filter(l -> l.startsWith("read ")).findFirst().orElseThrow();
        console.clearOut();
        assertThat(console.run("import", list.toString(), "--db", db.toString(), "--funder", "APBD-KAB-MGR",
                "--from", "2026-01")).isZero();
        String real = console.out().lines().filter(l -> l.startsWith("read ")).findFirst().orElseThrow();
        assertThat(dry).endsWith("(dry run, nothing written)")
                .startsWith(real.substring(0, real.indexOf(" (")).replace("imported", "would import"));
    }
}
