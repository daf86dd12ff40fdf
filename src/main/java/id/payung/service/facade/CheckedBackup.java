package id.payung.service.facade;

import id.payung.store.DatabaseFile;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A backup checked for a restore and copied, ready to replace the database once the user has seen what it holds
 * ({@link PayungServices#checkBackup}): checked first, so a wrong file is refused before anyone is asked to replace
 * their data with it. {@link #discard} when the user says no.
 *
 * @param backup     the file the user chose
 * @param staged     the checked copy beside the database, which the restore renames into place
 * @param officeName the office the backup is of (null when it names none)
 * @param lastChange its newest audit entry: when its data was last changed (null for none)
 */
public record CheckedBackup(Path backup, Path staged, String officeName, long people, long enrollments,
                            Instant lastChange) {
    static CheckedBackup of(Path backup, Path staged, DatabaseFile.Contents contents) {
        return new CheckedBackup(backup, staged, contents.officeName(), contents.people(), contents.enrollments(),
                contents.lastChange());
    }

    /** Removes the checked copy: the user kept their data. */
    public void discard() {
        DatabaseFile.deleteWithSideFiles(staged);
    }
}
