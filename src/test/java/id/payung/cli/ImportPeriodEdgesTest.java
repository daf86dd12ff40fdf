package id.payung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --from} and {@code --months} at their edges: enrollments were stored in year 0 and -1, and a long
 * period ended in a raw constraint error of the database. Now each is an option error with a sentence.
 */
class ImportPeriodEdgesTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final CommandConsole console = CommandConsole.noWindow();

    @Test
    void yearsZeroAndMinusOneAndEndlessPeriodsAreRefusedWithASentence() throws Exception {
        Path list = dir.resolve("daftar.csv");
        Files.writeString(list, "NIK;Nama;Jenis kelamin;Tanggal lahir;Kecamatan;Pekerjaan\n"
                + "5310011205850001;Andi;L;12/05/1985;Langke Rembong;Petani\n", StandardCharsets.UTF_8);
        String db = dir.resolve("payung.db").toString();
        String[][] cases = {{"--from", "0000-01"}, {"--from", "-0001-01"}, {"--from", "2026-01", "--months", "2147483647"},
            {"--from", "2026-01", "--months", "100000"}, {"--from", "2026-01", "--months", "61"},
            {"--from", "2026-01", "--months", "0"}};
        for (String[] c : cases) {
            String[] args = new String[6 + c.length];
            System.arraycopy(new String[] {"import", list.toString(), "--db", db, "--funder", "APBD-KAB-MGR"}, 0, args, 0, 6);
            System.arraycopy(c, 0, args, 6, c.length);
            assertThat(console.run(args)).as(String.join(" ", c)).isEqualTo(2);
        }
        assertThat(console.err()).contains("--from must lie between 1900-01 and 2199-12: 0000-01")
                .contains("--from must lie between 1900-01 and 2199-12: -0001-01")
                .contains("--months 2147483647: must be a whole number 1–60.")
                .contains("--months 61: must be a whole number 1–60.").contains("--months 0: must be a whole number 1–60.")
                .doesNotContain("CONSTRAINT").doesNotContain("Exception");
        assertThat(console.out()).doesNotContain("imported 1");
    }

    /** {@code --months} is the enrollment rules' count, the form's: five years at most, all of them taken. */
    @Test
    void monthsUpToTheFormsLimitAreImported() throws Exception {
        Path list = dir.resolve("daftar.csv");
        Files.writeString(list, "NIK;Nama;Jenis kelamin;Tanggal lahir;Kecamatan;Pekerjaan\n"
                + "5310011205850001;Andi;L;12/05/1985;Langke Rembong;Petani\n", StandardCharsets.UTF_8);
        String db = console.init(dir.resolve("payung.db"));
        assertThat(console.run("import", list.toString(), "--db", db, "--funder", "APBD-KAB-MGR", "--from", "2026-01",
                "--months", String.valueOf(id.payung.domain.EnrollmentRules.MAX_MONTHS))).as(console.err()).isEqualTo(0);
        assertThat(console.out()).contains("imported 1");
        assertThat(console.run("export", "enrollments", "--out", dir.resolve("e.csv").toString(), "--db", db))
                .as(console.err()).isEqualTo(0);
        assertThat(Files.readString(dir.resolve("e.csv"))).contains("2030-12");
    }
}
