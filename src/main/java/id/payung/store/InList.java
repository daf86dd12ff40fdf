package id.payung.store;

/** The "?, ?, ?" of an SQL {@code IN (…)} list of bound values, one place for the store's look-ups by many ids. */
final class InList {
    private InList() {
    }

    /** {@code n} markers joined by commas ("?,?,?"); a caller with no values asks nothing (an empty list is no SQL). */
    static String marks(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }
}
