package id.payung.store;

/** A write given up while it waited for another writer (see {@link WriteWait#cancelled()}); nothing was written. */
public final class WriteCancelledException extends StoreException {
    public WriteCancelledException(String message) {
        super(message);
    }
}
