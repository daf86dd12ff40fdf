package id.payung.cli;

import id.payung.store.DatabaseOpenException;

/** One-line explanations of failures for the command line. */
final class Messages {
    private Messages() {
    }

    static String describe(Throwable e) {
        if (e instanceof DatabaseOpenException d) {
            String what = switch (d.problem()) {
                case MISSING -> "the database file does not exist";
                case NOT_SQLITE -> "this file is not a Payung database (not SQLite at all); it was not changed";
                case FOREIGN_SQLITE -> "this is another program's SQLite database, not Payung's; it was not changed";
                case NEWER_VERSION -> "this database was written by a newer Payung; update Payung to open it";
                case CORRUPT -> "the database file is damaged; restore a backup";
                case NOT_WRITABLE -> "the database file or its folder is read-only";
                case LOCKED -> "another program is holding the database; close it and try again";
                case IO -> "the database file cannot be read or created";
            };
            return what + ": " + d.file();
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
