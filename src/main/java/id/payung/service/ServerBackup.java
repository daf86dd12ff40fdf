package id.payung.service;

import id.payung.domain.ServerAddress;
import id.payung.store.DatabaseFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The clerk's offline copy of a server ({@code payung backup}, Cadangan's "Simpan salinan luring…"): a checked
 * Payung file (SQLite) of what the login may see — their regency's data and the shared reference data — that any
 * PC's Payung opens, to keep or to read: marked as an offline copy (server, login, moment), it opens read-only,
 * since nothing written in it would go back (a restore into a working file drops the mark). Read through the open
 * database's own login ({@code Database.writeOfflineCopy}). Server-wide backups are the administrator's {@code pg_dump}
 * (docs/SERVER.md). Written beside its target under a temporary name, checked ({@code integrity_check}, Payung's
 * schema), then renamed: never a partial file, an existing one replaced only when the user agreed.
 */
public final class ServerBackup {
    private final ServerAddress login;
    private final id.payung.store.Database db;
    private final Clock clock;
    /** What the last copy holds: rows per table. */
    private Map<String, Integer> copied = Map.of();

    private ServerBackup(id.payung.store.Database db, Clock clock) {
        this.login = db.server();
        this.db = db;
        this.clock = clock;
    }

    /**
     * The offline copy of the database the window has open, through its own login (the password the clerk gave
     * when it opened): the Cadangan page's "Simpan salinan luring".
     */
    public static ServerBackup ofOpen(id.payung.store.Database db, Clock clock) {
        return new ServerBackup(db, clock);
    }

    /** Rows per table of the copy {@link #backupTo} wrote last (empty before). */
    public Map<String, Integer> copied() {
        return copied;
    }

    /** The file name an offline copy is proposed under: the database, the login and the moment. */
    public String proposedName() {
        String when = LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss"));
        // The database's name only where it says more than "payung" ("payung-payung-siti-…", trial 2).
        String database = login.database().equalsIgnoreCase("payung") ? "" : login.database() + "-";
        return "payung-" + database + login.user() + "-" + when + ".db";
    }

    /**
     * Writes the copy to {@code target}, or (null) to a new dated file in the data folder's {@code backups};
     * returns the file written.
     *
     * @throws ServerAddress.Refused when the login is not a regency's clerk or the server refuses
     * @throws id.payung.store.StoreException when {@code target} exists already
     */
    public Path backupTo(Path target) {
        return backupTo(target, false);
    }

    /**
     * {@link #backupTo(Path)}, replacing {@code target} when it exists and {@code replace} says the user agreed (the
     * window's save dialog asked "replace?"): the old file is replaced only by a complete, checked copy.
     */
    public Path backupTo(Path target, boolean replace) {
        Path absolute = (target != null ? target : defaultTarget()).toAbsolutePath();
        if (Files.exists(absolute) && !replace) {
            throw new id.payung.store.StoreException(absolute + " exists already; choose a new file name");
        }
        Path temp = null;
        try {
            if (absolute.getParent() != null && !Files.isDirectory(absolute.getParent())) {
                id.payung.store.OwnerOnly.createDirectories(absolute.getParent());
            }
            temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".part");
            copied = db.writeOfflineCopy(temp, LocalDateTime.now(clock)); // marked: it opens read-only
            DatabaseFile.verify(temp);
            if (replace && Files.exists(absolute)) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
            }
            LogFile.logger("backup").info(() -> "offline copy of " + login + " written to " + absolute);
            return absolute;
        } catch (IOException e) {
            throw new UncheckedIOException("backup to " + absolute + " failed: " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                DatabaseFile.deleteWithSideFiles(temp);
            }
        }
    }

    private Path defaultTarget() {
        return DataFolder.database(null).resolveSibling("backups").resolve(proposedName());
    }
}
