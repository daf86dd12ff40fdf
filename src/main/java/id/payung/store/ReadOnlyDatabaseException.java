package id.payung.store;

import id.payung.domain.OfflineCopyMark;

/** A write asked of a database open read-only; nothing was changed (see {@link id.payung.domain.ReadOnlyRefusal}). */
public final class ReadOnlyDatabaseException extends StoreException implements id.payung.domain.ReadOnlyRefusal {
    private final transient OfflineCopyMark offlineCopy;

    public ReadOnlyDatabaseException(String message) {
        this(message, null);
    }

    /** Refused because the file is a clerk's offline copy of a server, {@code offlineCopy} its mark. */
    public ReadOnlyDatabaseException(String message, OfflineCopyMark offlineCopy) {
        super(message);
        this.offlineCopy = offlineCopy;
    }

    @Override
    public OfflineCopyMark offlineCopy() {
        return offlineCopy;
    }
}
