package id.payung.domain;

import java.nio.file.Path;

/**
 * The chosen file cannot be used as a Payung database. The file was left exactly as it was.
 * {@link #problem()} lets the UI and the command line explain it in the user's language.
 */
public final class DatabaseOpenException extends RuntimeException {
    /** Why a file was refused. */
    public enum Problem {
        /** The file does not exist and the caller did not ask to create one. */
        MISSING,
        /** The file named exists but is empty (0 bytes): most often a copy that failed; never filled unasked. */
        EMPTY,
        /** The file is not an SQLite database at all (a text file, a spreadsheet, …). */
        NOT_SQLITE,
        /** An SQLite database made by another program. */
        FOREIGN_SQLITE,
        /** A Payung database from a newer Payung version than this one. */
        NEWER_VERSION,
        /** The file claims to be SQLite but its content is damaged. */
        CORRUPT,
        /** The file or its folder cannot be written. */
        NOT_WRITABLE,
        /** Another process holds the file locked. */
        LOCKED,
        /** Reading or creating the file failed (disk, permissions, path). */
        IO,
        /** The disk holding the file is full (SQLite's SQLITE_FULL, "No space left on device"): nothing was saved. */
        DISK_FULL,
        /** A new database was asked for where a file exists already ({@code payung init}). */
        EXISTS,
        /** A file with Payung's id whose tables, indexes, triggers or views are not this version's. */
        UNEXPECTED_SCHEMA,
        /** A file with Payung's schema whose settings hold values Payung would never write. */
        UNEXPECTED_SETTINGS,
        /** A "-wal" file beside the database that was written for another state of it (copied in by hand). */
        FOREIGN_WAL,
        /** Another Payung (a second window, a scheduled command) has the database open. */
        IN_USE,
        /** A write of this Payung (an import, a save) is under way: a restore waits for none that long. */
        WRITE_UNDER_WAY,
        /**
         * Another program used the file while this window had lost its hold on it (a file dialog showing its
         * folder), and the window could not yet take it again (a backup or a long read still on it): nothing saved.
         */
        REOPEN_PENDING,
        /** The file at the database's path is no longer the one this window opened (a restore elsewhere). */
        REPLACED,
        /** A new database was asked for in a network folder, where SQLite files cannot be shared safely. */
        NETWORK_SHARE,
        /** The PostgreSQL server named cannot be reached, or holds no database of that name. */
        SERVER_UNREACHABLE,
        /** The PostgreSQL server refused the login (a wrong password, or a user it does not know). */
        SERVER_LOGIN,
        /**
         * The PostgreSQL server asks for a password and none was found (PGPASSWORD, the password file) or typed: the
         * window asks for it as for {@link #SERVER_LOGIN}; the command line says where Payung looked.
         */
        SERVER_NO_PASSWORD,
        /**
         * The server knows the login and its password but does not let it log in: switched off by its administrator
         * ({@code payung server disable-user}, PostgreSQL's NOLOGIN). No password mends it.
         */
        SERVER_LOGIN_DISABLED,
        /**
         * The connection to the server broke under an open window (the server restarted, the network dropped, the
         * administrator ended the session): the action did not commit, so nothing of it was saved; the next action
         * opens a new connection by itself.
         */
        SERVER_CONNECTION_LOST,
        /**
         * The connection broke while the server was asked to commit: the change may or may not be saved, and the
         * clerk looks (a reload) before doing it again. The next action opens a new connection by itself.
         */
        SERVER_CONNECTION_LOST_AT_COMMIT,
        /**
         * After a lost connection, the new connection an action opened was not answered either (the server still down,
         * the network still out): nothing of it was saved; said apart, so a clerk does not press Simpan again and again
         * on the word "the next action connects again" (trial 18-3).
         */
        SERVER_STILL_DOWN
    }

    private final Problem problem;
    private final Path file;
    private final String shownAs;

    public DatabaseOpenException(Problem problem, Path file, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
        this.file = file;
        this.shownAs = String.valueOf(file);
    }

    /**
     * A database on a server that cannot be used: {@code server} is its address as the user wrote it
     * ({@code postgresql://USER@HOST/DB}, never a password); {@link #file()} is null.
     */
    public DatabaseOpenException(Problem problem, ServerAddress server, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
        this.file = null;
        this.shownAs = server.toString();
    }

    public DatabaseOpenException(Problem problem, Path file, String message) {
        this(problem, file, message, null);
    }

    public Problem problem() {
        return problem;
    }

    /** The file refused; null for a database on a server (see {@link #shownAs()}). */
    public Path file() {
        return file;
    }

    /**
     * The folder holding {@link #file()} as shown to the user (where a full disk needs room: trial 21b M4); the
     * server's address for a database on a server.
     */
    public String folderShown() {
        if (file == null) {
            return shownAs;
        }
        Path folder = file.toAbsolutePath().getParent();
        return String.valueOf(folder == null ? file.toAbsolutePath() : folder);
    }

    /** The database as shown to the user: the file's path, or the server's address. */
    public String shownAs() {
        return shownAs;
    }
}
