package id.payung.service;

/** A seed file is missing or has a malformed row; the message names the file and line. */
public final class SeedException extends RuntimeException {
    public SeedException(String message, Throwable cause) {
        super(message, cause);
    }
}
