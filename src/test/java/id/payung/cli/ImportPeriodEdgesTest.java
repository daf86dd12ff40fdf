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
            {"--from", "2026-01", "--months", "100000"}};
        for (String[] c : cases) {
            String[] args = new String[6 + c.length];
            System.arraycopy(new String[] {"import", list.toString(), "--db", db, "--funder", "APBD-KAB-MGR"}, 0, args, 0, 6);
            System.arraycopy(c, 0, args, 6, c.length);
            assertThat(console.run(args)).as(String.join(" ", c)).isEqualTo(2);
        }
        assertThat(console.err()).contains("--from must lie between 1900-01 and 2199-12: 0000-01")
                .contains("--from must lie between 1900-01 and 2199-12: -0001-01")
                .contains("--months must be between 1 and 1200").doesNotContain("CONSTRAINT").doesNotContain("Exception");
        assertThat(console.out()).doesNotContain("imported 1");
    }
}
