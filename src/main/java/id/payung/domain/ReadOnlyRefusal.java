package id.payung.domain;

/**
 * A failure that is a write refused because the database is open read-only (a provincial reader's login, a newer
 * Payung's file, a file in a network folder): nothing was changed, and nothing went wrong. The window and the command
 * line say so in a plain sentence instead of reporting an unexpected error.
 */
public interface ReadOnlyRefusal {
}
