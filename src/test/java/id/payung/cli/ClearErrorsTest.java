package id.payung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Trial 18 M18: refusals that say why and what to do, with the exit codes they had. */
class ClearErrorsTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final CommandConsole console = CommandConsole.noWindow();

    @Test
    void aDayNotWrittenYyyyMmDdIsExplained() {
        String db = console.init(dir.resolve("payung.db"));
        assertThat(console.run("export", "audit", "--from", "06/12/2026", "--out", dir.resolve("a.csv").toString(),
                "--db", db)).isEqualTo(2);
        assertThat(console.err()).contains("payung export audit: --from must be YYYY-MM-DD, e.g. 2026-12-06: 06/12/2026")
                .doesNotContain("DateTimeParseException");
    }

    @Test
    void aYearThatIsNoNumberIsExplained() {
        String db = console.init(dir.resolve("payung.db"));
        assertThat(console.run("report", "funding-shares", "--year", "abc", "--db", db)).isEqualTo(2);
        assertThat(console.err()).contains("--year must be a year such as 2025: abc").doesNotContain("is not an int");
    }

    @Test
    void aFolderToImportIsSaidToBeAFolder() {
        String db = console.init(dir.resolve("payung.db"));
        assertThat(console.run("import", dir.toString(), "--db", db, "--funder", "APBD-KAB-MGR")).isEqualTo(2);
        assertThat(console.err()).contains("cannot read " + dir + ": it is a folder, not a file").doesNotContain("no such file");
    }

    @Test
    void aMissingBackupIsSaidToBeMissing() {
        String db = console.init(dir.resolve("payung.db"));
        Path none = dir.resolve("nothere.db");
        assertThat(console.run("restore", "--from", none.toString(), "--db", db)).isEqualTo(1);
        assertThat(console.err()).contains("the backup file " + none.toAbsolutePath() + " does not exist")
                .doesNotContain("created");
    }

    @Test
    void aFileIntoAMissingFolderNamesTheFolder() {
        String db = console.init(dir.resolve("payung.db"));
        Path out = dir.resolve("nodir").resolve("r.csv");
        assertThat(console.run("export", "enrollments", "--out", out.toString(), "--db", db)).isEqualTo(1);
        assertThat(console.err()).contains("cannot write " + out + ": the folder " + out.getParent() + " does not exist");
    }
}
