package id.payung.cli;

import id.payung.store.DatabaseOpenException;

/** One-line explanations of failures for the command line (English: scripts and logs read them). */
final class Messages {
    private final java.util.ResourceBundle bundle;

    private Messages(java.util.ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The English texts of the application's bundle. */
    static Messages english() {
        return new Messages(java.util.ResourceBundle.getBundle("i18n.messages", java.util.Locale.ENGLISH,
                java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** "NIK: serial 0000 does not exist; …" for a row problem. */
    String rowProblem(id.payung.service.importing.RowProblem p) {
        String text = java.text.MessageFormat.format(bundle.getString("problem." + p.problem().code()),
                p.problem().args().toArray());
        String value = p.value() == null || p.value().isEmpty() ? "" : " [" + p.value() + "]";
        return (p.problem().error() ? "" : "(warning) ") + text + value;
    }

    /** The reason a whole file cannot be imported. */
    String fileProblem(id.payung.service.importing.ImportFileException e) {
        return java.text.MessageFormat.format(bundle.getString("import.problem." + e.code()), e.args().toArray());
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
