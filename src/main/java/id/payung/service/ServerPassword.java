package id.payung.service;

import id.payung.domain.ServerAddress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where a clerk's server password comes from, by PostgreSQL's own client conventions (libpq, "The Password
 * File"), so a password set up for {@code psql} or {@code pg_dump} also works for Payung and Payung never
 * stores one: first {@code PGPASSWORD}; else the password file ({@code PGPASSFILE}, else {@code ~/.pgpass},
 * on Windows {@code %APPDATA%\postgresql\pgpass.conf}). Its lines are
 * {@code hostname:port:database:username:password}; each of the first four may be {@code *} (anything);
 * {@code \:} and {@code \\} stand for {@code :} and {@code \}; the first matching line wins; lines starting
 * with {@code #} are comments. On Unix a file that the group or others may read or write, or that is not a
 * plain file, is ignored, as libpq ignores it.
 */
public final class ServerPassword {
    /** Why a password file was passed over. */
    public enum Ignored {
        NONE(null),
        NOT_A_FILE("server.passwordFile.notAFile"),
        OPEN_TO_OTHERS("server.passwordFile.openToOthers"),
        UNREADABLE("server.passwordFile.unreadable");

        private final String key;

        Ignored(String key) {
            this.key = key;
        }

        /** The bundle key of the sentence telling the user ({0} = the file), or null for NONE. */
        public String key() {
            return key;
        }
    }

    /** Where the password came from. */
    public enum Source { ENVIRONMENT, FILE, NONE }

    /**
     * The outcome of a look-up.
     *
     * @param password the password, or null when none was found (the window then asks for it)
     * @param file     the password file looked at, or null (PGPASSWORD was set, or no home folder)
     * @param ignored  why that file was not read, when it was not
     */
    public record Lookup(String password, Source source, Path file, Ignored ignored) {
        @Override
        public String toString() { // never the password itself
            return "Lookup[" + source + ", " + file + ", " + ignored + "]";
        }
    }

    private static final Set<PosixFilePermission> GROUP_OR_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private ServerPassword() {
    }

    /** The password for {@code address} in this process's environment. */
    public static Lookup find(ServerAddress address) {
        return find(address, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    /**
     * The password for {@code address}: {@code PGPASSWORD} when set and not empty, else the first matching
     * line of the password file.
     */
    public static Lookup find(ServerAddress address, Map<String, String> env, String osName, String home) {
        String fromEnv = env.get("PGPASSWORD");
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return new Lookup(fromEnv, Source.ENVIRONMENT, null, Ignored.NONE);
        }
        Path file = passwordFile(env, osName, home);
        if (file == null) {
            return new Lookup(null, Source.NONE, null, Ignored.NONE);
        }
        if (!Files.exists(file)) {
            return new Lookup(null, Source.NONE, file, Ignored.NONE);
        }
        boolean windows = osName.toLowerCase(Locale.ROOT).contains("win");
        Ignored why = windows ? (Files.isRegularFile(file) ? Ignored.NONE : Ignored.NOT_A_FILE) : unixCheck(file);
        if (why != Ignored.NONE) {
            return new Lookup(null, Source.NONE, file, why);
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            return new Lookup(null, Source.NONE, file, Ignored.UNREADABLE);
        }
        String password = match(lines, address);
        return new Lookup(password, password == null ? Source.NONE : Source.FILE, file, Ignored.NONE);
    }

    /** {@code PGPASSFILE}, else {@code ~/.pgpass}, else on Windows {@code %APPDATA%\postgresql\pgpass.conf}. */
    public static Path passwordFile(Map<String, String> env, String osName, String home) {
        String named = env.get("PGPASSFILE");
        if (named != null && !named.isEmpty()) {
            return Path.of(named);
        }
        if (osName.toLowerCase(Locale.ROOT).contains("win")) {
            String appData = env.get("APPDATA");
            return appData == null || appData.isEmpty() ? null : Path.of(appData, "postgresql", "pgpass.conf");
        }
        return home == null || home.isEmpty() ? null : Path.of(home, ".pgpass");
    }

    /** libpq: a plain file, with no permission for the group or others (chmod 0600). */
    private static Ignored unixCheck(Path file) {
        if (!Files.isRegularFile(file)) {
            return Ignored.NOT_A_FILE;
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            return perms.stream().anyMatch(GROUP_OR_OTHERS::contains) ? Ignored.OPEN_TO_OTHERS : Ignored.NONE;
        } catch (UnsupportedOperationException e) {
            return Ignored.NONE; // a file system without POSIX permissions: nothing to check, as on Windows
        } catch (IOException e) {
            return Ignored.UNREADABLE;
        }
    }

    /** The password of the first line matching the address, or null. */
    static String match(List<String> lines, ServerAddress address) {
        List<String> wanted = List.of(address.host(), String.valueOf(address.port()), address.database(), address.user());
        for (String raw : lines) {
            String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
            if (line.startsWith("#")) {
                continue;
            }
            List<String> fields = split(line);
            if (fields == null) {
                continue;
            }
            boolean matches = true;
            for (int i = 0; i < 4 && matches; i++) {
                String field = fields.get(i);
                // "*" is a wildcard only as the whole, unescaped field: "\\*" is a literal star
                matches = field.equals("*") || unescape(field).equals(wanted.get(i));
            }
            if (matches) {
                String password = unescape(fields.get(4));
                return password.isEmpty() ? null : password;
            }
        }
        return null;
    }

    /**
     * The five fields of a line split at unescaped colons (escapes kept, for {@link #unescape}), the fifth
     * being the rest of the line; null when there are fewer than five.
     */
    private static List<String> split(String line) {
        java.util.ArrayList<String> fields = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i < line.length() && fields.size() < 4; i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                i++;
            } else if (c == ':') {
                fields.add(line.substring(start, i));
                start = i + 1;
            }
        }
        if (fields.size() < 4) {
            return null;
        }
        fields.add(line.substring(start));
        return fields;
    }

    /** {@code \x} → {@code x}: libpq's escapes of {@code :} and {@code \}. */
    private static String unescape(String field) {
        StringBuilder out = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 1 < field.length()) {
                c = field.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }
}
