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
 * @param lastActor  who wrote that entry (null for none)
 * @param current    the data open now, which the restore would replace, counted alike
 */
public record CheckedBackup(Path backup, Path staged, String officeName, long people, long enrollments,
                            Instant lastChange, String lastActor, Current current) {
    /**
     * The data open now, beside the backup's: what a restore would take away (a head restored a morning backup and
     * lost 608 enrollments with no word, trial 14).
     *
     * @param lastChange   its newest audit entry (null for none)
     * @param lastActor    who wrote it (null for none)
     * @param changesAfter its audit entries written after the backup's last change: all lost by the restore
     * @param importsAfter of those changes, the imports whose enrollments are still in place (each one change)
     * @param importedEnrollments how many enrollments those imports brought that are still in place: lost too
     */
    public record Current(long people, long enrollments, Instant lastChange, String lastActor, long changesAfter,
                          Regency backupRegency, Regency regency, long importsAfter, long importedEnrollments) {
        /** Nothing known of the data now (a caller that did not count it). */
        public static final Current UNKNOWN = new Current(0, 0, null, null, 0);

        /** The data now with no import counted among its changes. */
        public Current(long people, long enrollments, Instant lastChange, String lastActor, long changesAfter,
                       Regency backupRegency, Regency regency) {
            this(people, enrollments, lastChange, lastActor, changesAfter, backupRegency, regency, 0, 0);
        }

        /** The data now with neither regency known (no regency warning). */
        public Current(long people, long enrollments, Instant lastChange, String lastActor, long changesAfter) {
            this(people, enrollments, lastChange, lastActor, changesAfter, null, null);
        }

        /**
         * Whether the backup is of another regency's office than the open database (trial 15: a Manggarai Barat
         * file offered Manggarai's backup with no word): both known, and their codes differ.
         */
        public boolean otherRegency() {
            return backupRegency != null && regency != null && !backupRegency.code().equals(regency.code());
        }
    }

    /**
     * An office's regency (the setting {@code office_regency}): its Kemendagri code and name ("53.10", "Manggarai"),
     * the code itself when the list does not name it.
     */
    public record Regency(String code, String name) {
    }

    /** A backup described without the data now (see {@link Current#UNKNOWN}). */
    public CheckedBackup(Path backup, Path staged, String officeName, long people, long enrollments, Instant lastChange) {
        this(backup, staged, officeName, people, enrollments, lastChange, null, Current.UNKNOWN);
    }

    static CheckedBackup of(Path backup, Path staged, DatabaseFile.Contents contents, Current current) {
        return new CheckedBackup(backup, staged, contents.officeName(), contents.people(), contents.enrollments(),
                contents.lastChange(), contents.lastActor(), current);
    }

    /** Removes the checked copy: the user kept their data. */
    public void discard() {
        DatabaseFile.deleteWithSideFiles(staged);
    }
}
