package id.payung.ui.enrollments;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.prefs.Preferences;

/**
 * What the enrollment form hands on to the next new entry ({@link EnrollmentFormViewModel.Kept}: funder, desa, start
 * month, months), kept across restarts for each database, in this OS user's preferences as the window's place is
 * ({@link id.payung.ui.WindowMemory}). Trial 20c M2: the clerk who went on with the village's list the next morning
 * found desa and funder empty and Mulai at this month; a valid but wrong period could be saved unseen. Opened again,
 * the form says what it took over ("Diambil dari isian terakhir"), as within one session.
 */
public final class KeptMemory implements id.payung.ui.ImportFunderMemory {
    private static final String FUNDER = "funder";
    private static final String REGION = "region";
    private static final String FIRST_MONTH = "firstMonth";
    private static final String MONTHS = "months";
    /** The funder the last import window's list went in under (trial 21c): offered for the next list, said so. */
    private static final String IMPORT_FUNDER = "importFunder";
    private final Preferences node;

    KeptMemory(Preferences node) {
        this.node = node;
    }

    /** The memory for {@code database} (a file's absolute path, or a server's address) under {@code root}. */
    public static KeptMemory of(Preferences root, String database) {
        return new KeptMemory(root.node(digest(database)));
    }

    /**
     * This OS user's memory for the database open now: {@code file} (an SQLite file) or, when null, {@code server}'s
     * address. The one key of the form's hand-on and the import window's funder (MainWindow, ImportWindows).
     */
    public static KeptMemory forDatabase(java.nio.file.Path file, Object server) {
        return forDatabase(file != null ? file.toAbsolutePath().normalize().toString() : String.valueOf(server));
    }

    /** This OS user's memory for {@code database} (a file's absolute path, or a server's address). */
    public static KeptMemory forDatabase(String database) {
        return of(Preferences.userRoot().node("id/payung/kept"), database);
    }

    /** What was last handed on in this database, or null when nothing was. */
    public EnrollmentFormViewModel.Kept load() {
        EnrollmentFormViewModel.Kept kept = new EnrollmentFormViewModel.Kept(node.get(FUNDER, null),
                node.get(REGION, null), node.get(FIRST_MONTH, null), node.get(MONTHS, null));
        return kept.isEmpty() ? null : kept;
    }

    /** The code of the funder the last list imported in this database went in under, or null. */
    @Override
    public String importFunder() {
        return node.get(IMPORT_FUNDER, null);
    }

    /** Keeps the code of the funder a list was just imported under (null forgets it); the form's are left alone. */
    @Override
    public void keepImportFunder(String code) {
        put(IMPORT_FUNDER, code);
    }

    /** Keeps what a saved entry hands on (null parts are forgotten). */
    public void save(EnrollmentFormViewModel.Kept kept) {
        put(FUNDER, kept == null ? null : kept.funderCode());
        put(REGION, kept == null ? null : kept.regionCode());
        put(FIRST_MONTH, kept == null ? null : kept.firstMonth());
        put(MONTHS, kept == null ? null : kept.months());
    }

    private void put(String key, String value) {
        if (value == null) {
            node.remove(key);
        } else {
            node.put(key, value);
        }
    }

    /** A preferences node's name for a database (at most 80 characters, no slash). */
    private static String digest(String database) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(String.valueOf(database).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
