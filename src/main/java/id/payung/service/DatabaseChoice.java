package id.payung.service;

import id.payung.domain.ServerAddress;
import java.nio.file.Path;
import java.util.Map;

/**
 * The database the user chose with {@code --db} (or {@code PAYUNG_DB}): a SQLite file, or a PostgreSQL server
 * written as {@code postgresql://USER@HOST[:PORT]/DB}. An address is read (and a malformed one, or one with a
 * password in it, refused) when the choice is made. The window opens a server ({@code
 * PayungServices.openServer}); where only a file will do ({@link #file()}) a server is refused in a sentence.
 */
public sealed interface DatabaseChoice {
    /** A SQLite file; {@code isDefault} when it is the data folder's own (the only one made on first use). */
    record File(Path path, boolean isDefault) implements DatabaseChoice {
        @Override
        public Path file() {
            return path;
        }
    }

    /** A PostgreSQL database on a server. */
    record Server(ServerAddress address) implements DatabaseChoice {
        /** Refused where only a file will do (the sentence names the address). */
        @Override
        public Path file() {
            throw new ServerAddress.Refused("server.notOpenedHere", address.toString());
        }
    }

    /**
     * The SQLite file to open.
     *
     * @throws ServerAddress.Refused for a server address, where a file is needed
     */
    Path file();

    /**
     * The window's choice: the data folder's own file gives way to the server this PC was told to open
     * (Pengaturan → Basis data server, kept in the user's preferences); {@code --db} and {@code PAYUNG_DB}
     * still decide first.
     */
    default DatabaseChoice orSaved(java.util.Optional<ServerAddress> saved) {
        return this instanceof File f && f.isDefault() && saved.isPresent() ? new Server(saved.get()) : this;
    }

    /** The choice for this process's environment; {@code explicit} is the {@code --db} value, or null. */
    static DatabaseChoice of(String explicit) {
        return of(explicit, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    /**
     * {@code explicit}, else {@code PAYUNG_DB}, else the data folder's {@code payung.db}; an address
     * ({@code scheme://…}) is read as a server.
     *
     * @throws ServerAddress.Refused when an address is not a PostgreSQL address Payung can use
     */
    static DatabaseChoice of(String explicit, Map<String, String> env, String osName, String home) {
        String named = explicit != null ? explicit : env.get(DataFolder.DB_ENV);
        if (named != null && !named.isBlank() && ServerAddress.isAddress(named)) {
            return new Server(ServerAddress.parse(named));
        }
        Path path = explicit == null ? null : Path.of(explicit);
        return new File(DataFolder.database(path, env, osName, home), DataFolder.isDefault(path, env));
    }
}
