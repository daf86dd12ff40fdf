package id.payung.cli;

import id.payung.service.DataFolder;
import id.payung.service.PayungServices;
import id.payung.store.DatabaseOpenException;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Option;

/**
 * The {@code --db FILE} option every data command takes. A file the user names (here or in
 * {@code PAYUNG_DB}) must exist: a typing mistake is refused, never answered from a new, empty database.
 * Only the default database in the user's data folder is created on first use.
 */
final class DatabaseOption {
    @Option(names = "--db", paramLabel = "FILE", description = "Database file (default: PAYUNG_DB or the user's data folder).")
    Path db;

    /** The chosen file: the option, else {@code PAYUNG_DB}, else the data folder's. */
    Path file() {
        Path file = DataFolder.database(db);
        if (DataFolder.isUrl(file)) {
            throw new DatabaseOpenException(DatabaseOpenException.Problem.SERVER_URL, file, file + " is not a file");
        }
        return file;
    }

    /** Opens the chosen database; it must exist already. */
    PayungServices openExisting() {
        return saysWhenWaiting(PayungServices.open(file(), false, Clock.systemDefaultZone()));
    }

    /** Opens the chosen database; only the default one is created (and seeded) when it does not exist yet. */
    PayungServices open() {
        return saysWhenWaiting(PayungServices.open(file(), DataFolder.isDefault(db), Clock.systemDefaultZone()));
    }

    /**
     * A write that finds the database taken (another import, a window saving) waits for it rather than
     * failing: one line on stderr says so, so a script's log shows why it paused.
     */
    private static PayungServices saysWhenWaiting(PayungServices services) {
        Path file = services.databaseFile();
        services.onWriteWait(waiting -> {
            if (waiting) {
                System.err.println("payung: waiting for the other import to finish writing to " + file + " …");
            }
        });
        return services;
    }
}
