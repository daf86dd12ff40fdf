package id.payung.cli;

import id.payung.service.DataFolder;
import id.payung.service.facade.PayungServices;
import id.payung.domain.DatabaseOpenException;
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
        return PayungServices.open(file(), false, Clock.systemDefaultZone());
    }

    /** Opens the chosen database; only the default one is created (and seeded) when it does not exist yet. */
    PayungServices open() {
        return PayungServices.open(file(), DataFolder.isDefault(db), Clock.systemDefaultZone());
    }
}
