package id.payung.store;

/** A write asked of a database open read-only; nothing was changed (see {@link id.payung.domain.ReadOnlyRefusal}). */
public final class ReadOnlyDatabaseException extends StoreException implements id.payung.domain.ReadOnlyRefusal {
    public ReadOnlyDatabaseException(String message) {
        super(message);
    }
}
