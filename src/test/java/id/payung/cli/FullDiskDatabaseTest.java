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
        assertThat(said).isEqualTo("The disk holding the database is full: " + db
                + ". Nothing was saved; free some space on it and run again.").doesNotContain("cannot be read");
    }
}
