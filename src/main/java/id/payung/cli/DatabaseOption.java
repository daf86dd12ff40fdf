package id.payung.cli;

import id.payung.service.DataFolder;
import id.payung.service.PayungServices;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Option;

/** The {@code --db FILE} option every data command takes. */
final class DatabaseOption {
    @Option(names = "--db", paramLabel = "FILE", description = "Database file (default: PAYUNG_DB or the user's data folder).")
    Path db;

    /** Opens the chosen database; it must exist already. */
    PayungServices openExisting() {
        return PayungServices.open(DataFolder.database(db), false, Clock.systemDefaultZone());
    }

    /** Opens the chosen database, creating and seeding it when it does not exist yet. */
    PayungServices open() {
        return PayungServices.open(DataFolder.database(db), true, Clock.systemDefaultZone());
    }
}
