package id.payung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code payung restore} (trial 18 M17): a backup of another regency's office is refused with the window's first
 * sentence unless {@code --yes}, and the line after "restored …" names where the replaced data was kept.
 */
class RestoreCommandTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final CommandConsole console = CommandConsole.noWindow();

    @Test
    void anotherRegencysBackupIsRefusedUnlessYesAndTheSafetyCopyIsNamed() throws Exception {
        Path mabar = dir.resolve("z.db");
        assertThat(console.run("init", "--db", mabar.toString(), "--regency", "53.15")).isZero();
        String db = console.init(dir.resolve("new.db"));
        long before = Files.size(Path.of(db));
        console.clearOut();

        assertThat(console.run("restore", "--from", mabar.toString(), "--db", db)).isEqualTo(2);
        assertThat(console.err()).contains("payung restore: ⚠ This backup belongs to Kabupaten Manggarai Barat (53.15), "
                + "not to this office (Kabupaten Manggarai, 53.10).", "Run again with --yes to restore it anyway.");
        assertThat(console.out()).doesNotContain("restored");
        assertThat(Files.size(Path.of(db))).isEqualTo(before);

        assertThat(console.run("restore", "--from", mabar.toString(), "--db", db, "--yes")).isZero();
        assertThat(console.out()).contains("restored " + mabar.toAbsolutePath() + " into ");
        String kept = console.out().lines().filter(l -> l.startsWith("the replaced data was kept in ")).findFirst()
                .orElseThrow().substring("the replaced data was kept in ".length());
        assertThat(Path.of(kept)).exists().isAbsolute();
        assertThat(kept).contains("sebelum-pulih");
    }

    /**
     * Trial 23b #11: a refused restore said "The file was not changed" of the backup's problem: which file? The line
     * after it names the database, unchanged; exit code 1 as before.
     */
    @Test
    void aRefusedRestoreNamesTheDatabaseThatWasNotChanged() throws Exception {
        Path text = Files.writeString(dir.resolve("catatan.db"), "bukan basis data\n");
        String db = console.init(dir.resolve("kantor.db"));
        console.clearOut();

        assertThat(console.run("restore", "--from", text.toString(), "--db", db)).isEqualTo(1);
        assertThat(console.err()).contains("payung: This file is not a Payung database (not an SQLite file): "
                + text.toAbsolutePath(), "payung restore: Nothing was restored: the database "
                + Path.of(db).toAbsolutePath() + " was not changed.");
    }
}
