package id.payung.domain;

/**
 * A failure that is a write refused because the database is open read-only (a provincial reader's login, a newer
 * Payung's file, a file in a network folder, a clerk's offline copy of a server): nothing was changed, and nothing
 * went wrong. The window and the command line say so in a plain sentence instead of reporting an unexpected error.
 */
public interface ReadOnlyRefusal {
    /** The mark of the offline copy that refused the write (it is read-only for that reason); null for any other. */
    default OfflineCopyMark offlineCopy() {
        return null;
    }
}
