package id.payung.service;

import id.payung.store.StoreException;
import java.nio.file.Path;

/**
 * A restore replaced the database file but the result could not be opened. The data from before the
 * restore is whole in {@link #safetyBackup()}; {@link PayungServices#putBack} puts it back.
 */
public final class RestoreFailedException extends StoreException {
    private final Path database;
    private final Path safetyBackup;

    public RestoreFailedException(Path database, Path safetyBackup, Throwable cause) {
        super("the restore into " + database + " failed (" + cause.getMessage() + "); the data from before it is in "
                + safetyBackup + " — put it back with: payung restore --from " + safetyBackup + " --db " + database, cause);
        this.database = database;
        this.safetyBackup = safetyBackup;
    }

    /** The database file the restore was for. */
    public Path database() {
        return database;
    }

    /** The copy of the data taken just before the restore. */
    public Path safetyBackup() {
        return safetyBackup;
    }
}
