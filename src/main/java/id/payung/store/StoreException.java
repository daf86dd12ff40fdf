package id.payung.store;

/** A database operation failed; the message says what was being done, the cause says why. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }

    /**
     * Whether the server broke off this transaction only so that another could go on (SQLSTATE 40P01, a deadlock;
     * 40001, a serialization failure): nothing of it was written, and the same work run again normally succeeds.
     */
    public boolean isConflict() {
        for (Throwable t = getCause(); t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException se && ("40P01".equals(se.getSQLState()) || "40001".equals(se.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
