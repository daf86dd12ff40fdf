package id.payung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code payung import} says besides the rows' problems, as the window says it before Impor: rows going in
 * without a desa (trial 21a: a 4.280-row annex of "–" without a word) and rows added to years gone by (trial 21c H1).
 */
class ImportLateListCommandTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final CommandConsole console = CommandConsole.noWindow();

    @Test
    void aLateListWithoutDesaIsSaidOnBothCounts() throws Exception {
        Path db = dir.resolve("payung.db");
        TestData.seeded(dir).close();
        Path list = Files.writeString(dir.resolve("susulan.csv"), "NIK;Nama;Kecamatan\n"
                + "5310015204850001;Maria Jelita;Wae Rii\n5310011205850002;Yohanes Jehadu;Wae Rii\n");

        assertThat(console.run("import", list.toString(), "--db", db.toString(), "--funder", "APBD-KAB-MGR",
                "--from", "2020-07", "--months", "12", "--dry-run")).isZero();

        assertThat(console.out()).contains("(warning) 2 rows go in with no desa/kelurahan")
                .contains("(warning) adds participants to years gone by: 2 to 2020, 2 to 2021. Numbers already "
                        + "reported change: APBD Kabupaten Manggarai 2020 from 0 to 2 participants; APBD Kabupaten "
                        + "Manggarai 2021 from 0 to 2 participants.")
                .contains("read 2, would import 2");
    }

    @Test
    void thisYearsListWithItsDesaSaysNeither() throws Exception {
        Path db = dir.resolve("payung.db");
        TestData.seeded(dir).close();
        Path list = Files.writeString(dir.resolve("baru.csv"), "NIK;Nama;Kecamatan\n5310015204850001;Maria Jelita;Wae Rii\n");
        String thisMonth = java.time.YearMonth.now().toString();

        assertThat(console.run("import", list.toString(), "--db", db.toString(), "--funder", "APBD-KAB-MGR",
                "--from", thisMonth, "--months", "1", "--desa", "Wae Rii", "--dry-run")).isZero();

        assertThat(console.out()).doesNotContain("(warning)").contains("read 1, would import 1");
    }

    /**
     * Trial 23a: 2 late provincial names of 2025 were said to change the numbers reported, which stayed 4.280: the
     * names fall inside the cohort, and the command says so instead of warning.
     */
    @Test
    void namesInsideTheCohortAreSaidToLeaveTheNumber() throws Exception {
        Path db = dir.resolve("payung.db");
        TestData.seeded(dir).close();
        Path list = Files.writeString(dir.resolve("susulan prov.csv"), "NIK;Nama;Kecamatan;Desa\n"
                + "5310015204850001;Maria Jelita;Wae Rii;Poco\n5310011205850002;Yohanes Jehadu;Wae Rii;Poco\n");

        assertThat(console.run("import", list.toString(), "--db", db.toString(), "--funder", "APBD-PROV-NTT",
                "--from", "2025-01", "--months", "12")).isZero();

        assertThat(console.out()).doesNotContain("(warning)").doesNotContain("change")
                .contains("(note) adds participants to years gone by: 2 to 2025. 2 names fall within the cohort of "
                        + "4.280 participants of APBD Provinsi NTT 2025; that year's number stays.");
    }
}
