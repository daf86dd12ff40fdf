package id.payung.ui;

import id.payung.domain.ServerAddress;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The server this PC's window opens when neither {@code --db} nor {@code PAYUNG_DB} names a database
 * (Pengaturan → Basis data server). Kept in this OS user's preferences, beside the window's place
 * ({@link WindowMemory}), never in the database: which server a PC connects to belongs to the PC, not to the
 * office's data. Only the address is kept — it holds no password ({@link ServerAddress} refuses one).
 */
public final class DatabasePreference {
    private static final String SERVER = "server";
    private final Preferences prefs;

    public DatabasePreference(Preferences prefs) {
        this.prefs = prefs;
    }

    /** Where the window keeps it; tests put a node of their own here. */
    private static volatile Preferences userNode;

    /** This OS user's preference. */
    public static DatabasePreference forUser() {
        Preferences node = userNode;
        return new DatabasePreference(node != null ? node : Preferences.userRoot().node("id/payung/database"));
    }

    /** Tests: the window's {@link #forUser} uses {@code other} (null: the user's own again). */
    static void usePreferences(Preferences other) {
        userNode = other;
    }

    /** The saved server, or empty for the local file (also when what was saved is no longer a usable address). */
    public Optional<ServerAddress> server() {
        String saved = prefs.get(SERVER, null);
        if (saved == null || saved.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ServerAddress.parse(saved));
        } catch (ServerAddress.Refused e) {
            return Optional.empty();
        }
    }

    /** The next start opens {@code address}. */
    public void useServer(ServerAddress address) {
        prefs.put(SERVER, address.toString());
        flush();
    }

    /** The next start opens the local file again. */
    public void useLocalFile() {
        prefs.remove(SERVER);
        flush();
    }

    private void flush() {
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            // Kept for this session; the JVM writes preferences again at exit.
        }
    }
}
