package id.payung.service;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Payung keeps its database when the user names none: the platform's per-user data folder
 * (XDG on Linux, %APPDATA% on Windows, ~/Library/Application Support on macOS).
 */
public final class DataFolder {
    public static final String DB_ENV = "PAYUNG_DB";
    public static final String DB_FILE = "payung.db";

    private DataFolder() {
    }

    /**
     * The database to open: the explicit path if given, else {@code PAYUNG_DB}, else
     * {@code payung.db} in the data folder.
     */
    public static Path database(Path explicit, Map<String, String> env, String osName, String home) {
        if (explicit != null) {
            return explicit;
        }
        String fromEnv = env.get(DB_ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return folder(env, osName, home).resolve(DB_FILE);
    }

    /**
     * True when {@code explicit} and {@code PAYUNG_DB} name no file, so the database is the default one in
     * the user's data folder: the only database Payung creates on first use. A file the user names must
     * exist already (made with {@code payung init}), so a typing mistake never opens a new, empty register.
     */
    public static boolean isDefault(Path explicit, Map<String, String> env) {
        String fromEnv = env.get(DB_ENV);
        return explicit == null && (fromEnv == null || fromEnv.isBlank());
    }

    /** {@link #isDefault(Path, Map)} for this process's environment. */
    public static boolean isDefault(Path explicit) {
        return isDefault(explicit, System.getenv());
    }

    /** The database for this process's environment. */
    public static Path database(Path explicit) {
        return database(explicit, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    /** The per-user data folder for the given platform. */
    public static Path folder(Map<String, String> env, String osName, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null ? Path.of(appData, "Payung") : Path.of(home, "AppData", "Roaming", "Payung");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Payung");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "payung") : Path.of(home, ".local", "share", "payung");
    }
}
