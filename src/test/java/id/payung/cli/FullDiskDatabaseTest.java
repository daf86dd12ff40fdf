package id.payung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.DatabaseOpenException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Trial 18 M18: {@code import … --db office.db} on a full disk said "The database file cannot be read or created".
 * A database refused because its disk is full ({@code DiskFullClassifiedTest} for how that is told) says so, that
 * nothing was saved, and what to do, with the "disk is full" words of {@code backup}.
 */
class FullDiskDatabaseTest {
    @Test
    void aFullDiskIsSaidToBeFullWithWhatToDo() {
        Path db = Path.of("/tmp/full/office.db");
        String said = Messages.english().describe(new DatabaseOpenException(DatabaseOpenException.Problem.DISK_FULL, db,
                "cannot open " + db + ": [SQLITE_FULL]"));
        assertThat(said).isEqualTo("The disk is full: there is no room to write " + db + ". Nothing was saved; free some"
                + " space on the disk holding the folder " + db.getParent() + ", then try again.").doesNotContain("cannot be read");
    }

    /**
     * Trial 21b M4: a write (an import, a backup, an export) that met a full disk under whatever wrapped it says the
     * same sentence, naming the folder whose disk needs room, not the store's technical words.
     */
    @Test
    void aFullDiskUnderAWrappedFailureIsSaidWithItsFolder() {
        Path backup = Path.of("/media/flashdisk/cadangan/payung-2026-12-07-142138.db");
        String said = Messages.english().describe(new IllegalStateException("backup failed", new DatabaseOpenException(
                DatabaseOpenException.Problem.DISK_FULL, backup, "backup to " + backup + " failed: the disk is full")));
        assertThat(said).startsWith("The disk is full: there is no room to write " + backup)
                .contains("the folder /media/flashdisk/cadangan, then try again").doesNotContain("backup failed");
    }
}
