package id.payung.store;

import id.payung.domain.DatabaseOpenException;
import id.payung.domain.DatabaseOpenException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What can be learnt about a database file without changing it, and whole-file copies: the checks
 * that keep Payung from writing into a file it does not understand, and the snapshots behind backups.
 */
public final class DatabaseFile {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final Set<String> NETWORK_FILE_SYSTEMS = Set.of("nfs", "nfs4", "cifs", "smb", "smbfs", "smb2",
            "smb3", "afs", "ncpfs", "fuse.sshfs", "9p", "davfs", "fuse.davfs2");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private DatabaseFile() {
    }

    /** What an existing file turned out to be. */
    /**
     * Files up to this size are checked ({@code PRAGMA quick_check}) before they open; larger ones after
     * the window is up (see {@link Database#verify()}), because the check reads the whole file: 3,4 s for
     * a million enrollments, which would triple the start-up. An office's real register (thousands of
     * workers) is far below the limit.
     */
    static final long CHECK_BEFORE_OPEN_LIMIT = 16L << 20;

    record Inspection(boolean isNew, int version, boolean writable, boolean checkDeferred) {
        static final Inspection NEW = new Inspection(true, 0, true, false);
    }

    /** Facts about a Payung database copy (a backup), read without changing it. */
    public record Facts(int schemaVersion, boolean intact) {
    }

    /**
     * Checks an existing non-empty file without writing to it: the SQLite magic, then — through a
     * read-only connection — the application id, the schema version and SQLite's quick check. An empty
     * SQLite database (no tables, no application id) counts as new.
     *
     * @throws DatabaseOpenException for a non-SQLite, foreign, newer or damaged file
     */
    static Inspection inspect(Path path) {
        requireSqliteMagic(path);
        WalFile.requireBelongs(path);
        boolean writable = Files.isWritable(path) && Files.isWritable(path.getParent());
        Connection probe = Database.connect(path, true);
        try {
            int appId = Database.pragmaInt(probe, "application_id");
            int version = Database.pragmaInt(probe, "user_version");
            if (appId == 0 && version == 0 && Database.pragmaCount(probe) == 0) {
                return new Inspection(true, 0, writable, false);
            }
            requirePayung(path, appId);
            if (version > Migrator.latestVersion()) {
                throw new DatabaseOpenException(Problem.NEWER_VERSION, path, path + " was written by a newer Payung (schema "
                        + version + "; this version knows up to " + Migrator.latestVersion() + ")");
            }
            SchemaCheck.require(probe, path, version); // before the first write (WAL mode, migrations)
            // A file about to be upgraded is always checked first: never migrate a damaged file.
            boolean deferred = version == Migrator.latestVersion() && Files.size(path) > CHECK_BEFORE_OPEN_LIMIT;
            if (!deferred) {
                requireIntact(path, probe, "quick_check");
            }
            if (!writable && version < Migrator.latestVersion()) {
                throw new DatabaseOpenException(Problem.NOT_WRITABLE, path,
                        path + " is read-only and needs a schema upgrade before this version can read it");
            }
            return new Inspection(false, version, writable, deferred);
        } catch (IOException e) {
            throw new DatabaseOpenException(Problem.MISSING, path, "cannot read " + path + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new DatabaseOpenException(Database.classify(e), path, "cannot read " + path + ": " + e.getMessage(), e);
        } finally {
            Database.closeQuietly(probe);
        }
    }

    /** The checks for opening read-only: a Payung file, intact; newer versions allowed. */
    static void inspectReadOnly(Path path) {
        if (!Files.exists(path)) {
            throw new DatabaseOpenException(Problem.MISSING, path, path + " does not exist");
        }
        requireSqliteMagic(path);
        WalFile.requireBelongs(path);
        Connection probe = Database.connect(path, true);
        try {
            requirePayung(path, Database.pragmaInt(probe, "application_id"));
            int version = Database.pragmaInt(probe, "user_version");
            if (version <= Migrator.latestVersion()) {
                SchemaCheck.require(probe, path, version); // a newer Payung's schema cannot be known here
            }
            requireIntact(path, probe, "quick_check");
        } catch (SQLException e) {
            throw new DatabaseOpenException(Database.classify(e), path, "cannot read " + path + ": " + e.getMessage(), e);
        } finally {
            Database.closeQuietly(probe);
        }
    }

    /**
     * Checks a copy (e.g. a backup) thoroughly — {@code PRAGMA integrity_check} — without changing it.
     *
     * @throws DatabaseOpenException when it is not a Payung database or is damaged
     */
    public static Facts verify(Path path) {
        requireSqliteMagic(path);
        WalFile.requireBelongs(path);
        Connection probe = Database.connect(path, true);
        try {
            requirePayung(path, Database.pragmaInt(probe, "application_id"));
            int version = Database.pragmaInt(probe, "user_version");
            if (version <= Migrator.latestVersion()) {
                SchemaCheck.require(probe, path, version);
            }
            requireIntact(path, probe, "integrity_check");
            return new Facts(version, true);
        } catch (SQLException e) {
            throw new DatabaseOpenException(Database.classify(e), path, "cannot read " + path + ": " + e.getMessage(), e);
        } finally {
            Database.closeQuietly(probe);
        }
    }

    /**
     * Refuses a file that holds anything: a new database is only made where nothing is (an empty file the
     * user made beforehand counts as nothing).
     *
     * @throws DatabaseOpenException with problem EXISTS
     */
    public static void requireAbsentOrEmpty(Path file) {
        try {
            if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    && (!Files.isRegularFile(file) || Files.size(file) > 0)) {
                throw new DatabaseOpenException(Problem.EXISTS, file, file + " exists already");
            }
        } catch (IOException e) {
            throw new DatabaseOpenException(Database.classify(e), file, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Renames a finished database file onto {@code target} (atomically where the file system can). */
    public static void moveIntoPlace(Path source, Path target) {
        try {
            Files.move(source, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DatabaseOpenException(Database.classify(e), target, "cannot create " + target + ": " + e.getMessage(), e);
        }
    }

    /** Deletes a database file of Payung's own making and its -wal, -shm, -journal and .lock files, if they exist. */
    public static void deleteWithSideFiles(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal", ".lock"}) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException ignored) {
                // A temporary file that will not go is harmless: it has a name nobody opens.
            }
        }
    }

    /** What a restore makes of the settings in the file it restores. */
    @FunctionalInterface
    public interface SettingsReview {
        /**
         * Looks at the copy's settings (the meta table) and returns those to write over them — or throws a
         * {@link DatabaseOpenException} (UNEXPECTED_SETTINGS) to refuse the file.
         */
        java.util.Map<String, String> review(java.util.Map<String, String> found);
    }

    /**
     * Makes the file a restore puts in place: {@code backup} (with its {@code -wal} when one lies beside it
     * and belongs to it) is copied into a private folder, read through SQLite and written to {@code staged}
     * with {@code VACUUM INTO} — so what is restored is exactly what was read, committed WAL rows included.
     * The staged copy is then checked: Payung's id, a version this Payung knows, {@code integrity_check},
     * brought to this version's schema and compared with it (tables, indexes, triggers, views, by name and
     * SQL), and its settings reviewed. The backup itself is never opened for writing.
     *
     * @throws DatabaseOpenException when the backup cannot be restored; {@code staged} is then gone
     */
    public static Facts stage(Path backup, Path staged, SettingsReview review) {
        requireSqliteMagic(backup);
        WalFile.requireBelongs(backup);
        Path work = staged.resolveSibling("." + staged.getFileName() + ".copy");
        boolean done = false;
        try {
            deleteTree(work);
            OwnerOnly.createDirectories(work);
            Path copy = work.resolve("backup.db");
            Files.copy(backup, copy);
            Path wal = backup.resolveSibling(backup.getFileName() + "-wal");
            if (Files.isRegularFile(wal)) {
                Files.copy(wal, work.resolve("backup.db-wal"));
            }
            int version;
            Connection probe = Database.connect(copy, true);
            try {
                requirePayung(backup, Database.pragmaInt(probe, "application_id"));
                version = Database.pragmaInt(probe, "user_version");
                if (version > Migrator.latestVersion()) {
                    throw new DatabaseOpenException(Problem.NEWER_VERSION, backup, backup + " was written by a newer Payung");
                }
                SchemaCheck.requireSomething(backup, version);
                SchemaCheck.require(probe, backup, version);
                requireIntact(backup, probe, "integrity_check");
                snapshot(probe, staged);
            } finally {
                Database.closeQuietly(probe);
            }
            try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + staged)) {
                requirePayung(backup, Database.pragmaInt(c, "application_id"));
                new Migrator().migrate(c);
                SchemaCheck.require(c, backup);
                java.util.Map<String, String> settings = new java.util.LinkedHashMap<>();
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT key, value FROM meta")) {
                    while (rs.next()) {
                        settings.put(rs.getString(1), rs.getString(2));
                    }
                }
                java.util.Map<String, String> changes = review.review(settings);
                try (PreparedStatement put = c.prepareStatement(
                        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
                     PreparedStatement remove = c.prepareStatement("DELETE FROM meta WHERE key = ?")) {
                    for (var change : changes.entrySet()) {
                        if (change.getValue() == null) {
                            remove.setString(1, change.getKey());
                            remove.executeUpdate();
                        } else {
                            put.setString(1, change.getKey());
                            put.setString(2, change.getValue());
                            put.executeUpdate();
                        }
                    }
                }
                requireIntact(backup, c, "integrity_check");
            }
            done = true;
            return new Facts(version, true);
        } catch (IOException e) {
            throw new DatabaseOpenException(Database.classify(e), backup, "cannot copy " + backup + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new DatabaseOpenException(Database.classify(e), backup, "cannot read " + backup + ": " + e.getMessage(), e);
        } catch (StoreException e) {
            throw new DatabaseOpenException(Problem.UNEXPECTED_SCHEMA, backup, backup + ": " + e.getMessage(), e);
        } finally {
            deleteTree(work);
            if (!done) {
                deleteWithSideFiles(staged);
            }
        }
    }

    /**
     * What a checked copy made by {@link #stage} holds, for the user to recognise the backup before it replaces
     * their data: the office it is of, how many people and enrollments, and when it was last changed (its newest
     * audit entry). Read through a read-only connection; the copy is Payung's own private file.
     */
    public record Contents(String officeName, long people, long enrollments, java.time.Instant lastChange,
                           String lastActor) {
    }

    /** {@link Contents} of a copy {@link #stage} made. */
    public static Contents contents(Path staged) {
        Connection c = Database.connect(staged, true);
        try (Tx tx = new Tx(c)) {
            return contents(tx);
        } catch (StoreException | java.time.DateTimeException e) {
            throw new DatabaseOpenException(Problem.UNEXPECTED_SCHEMA, staged, "cannot read " + staged + ": " + e.getMessage(), e);
        } finally {
            Database.closeQuietly(c);
        }
    }

    /**
     * {@link Contents} read in {@code tx}: of a checked copy, or of the open database, counted alike so the two can
     * stand side by side in the question before a restore.
     */
    public static Contents contents(Tx tx) {
        String office = tx.one("SELECT value FROM meta WHERE key = 'office_name'", rs -> rs.getString(1)).orElse(null);
        // The people of the register: not those whom only undone imports brought (trial 18 H30).
        long people = tx.scalar("SELECT count(*) FROM person p WHERE NOT " + EnrollmentRepository.onlyUndoneImports(tx));
        long enrollments = tx.scalar("SELECT count(*) FROM enrollment WHERE deleted = 0");
        // The newest by id, not by the text of its time: stamps of one second order by their fraction digits. A change:
        // not a full NIK seen, an export or a backup made (the backup just made was "the last change", trial 21d).
        record Last(java.time.Instant at, String actor) { }
        Last last = tx.one("SELECT at, actor FROM audit_log WHERE " + AuditLog.changesOnly("") + " ORDER BY id DESC LIMIT 1",
                rs -> new Last(java.time.Instant.parse(rs.getString(1)), rs.getString(2))).orElse(new Last(null, null));
        return new Contents(office, people, enrollments, last.at(), last.actor());
    }

    /** The setting {@code key} of a copy {@link #stage} made (its meta table), or null when it has none. */
    public static String meta(Path staged, String key) {
        Connection c = Database.connect(staged, true);
        try (Tx tx = new Tx(c)) {
            return tx.one("SELECT value FROM meta WHERE key = ?", rs -> rs.getString(1), key).orElse(null);
        } finally {
            Database.closeQuietly(c);
        }
    }

    /**
     * {@link AuditLog#forEachSince} on the database file {@code file}, opened read-only: the safety copy a restore
     * made of the data it replaced, whose entries the restored log lacks are carried into it.
     */
    public static void auditSince(Path file, java.time.Instant since, java.util.function.Consumer<AuditLog.Entry> each) {
        Connection c = Database.connect(file, true);
        try (Tx tx = new Tx(c)) {
            new AuditLog().forEachSince(tx, since, each);
        } finally {
            Database.closeQuietly(c);
        }
    }

    /**
     * Runs {@code work} on the database file {@code file}, opened read-only: the safety copy a restore made of the data
     * it replaced, read page by page while the restored data is written (the people it took away, session 24).
     */
    public static <T> T readOnly(Path file, java.util.function.Function<Tx, T> work) {
        Connection c = Database.connect(file, true);
        try (Tx tx = new Tx(c)) {
            return work.apply(tx);
        } finally {
            Database.closeQuietly(c);
        }
    }

    /**
     * {@link IdFloor#used} of the database file {@code file}, opened read-only: the ids the data a restore replaced had
     * given, which the restored file must not give again (the kept trail names them).
     */
    public static java.util.Map<String, Long> idsUsed(Path file) {
        Connection c = Database.connect(file, true);
        try (Tx tx = new Tx(c)) {
            return IdFloor.used(tx);
        } finally {
            Database.closeQuietly(c);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // A working copy that will not go holds only what the backup held, in an owner-only folder.
        }
    }

    /**
     * Whether a database path lies on a network share; {@link #onNetworkShare(Path)} unless a test puts
     * another answer in (a real NFS or SMB mount is not at hand in a test run).
     */
    static volatile java.util.function.Predicate<Path> networkShare = DatabaseFile::onNetworkShare;

    /** True when the file's folder lies on a network file system (or a Windows UNC path). */
    static boolean onNetworkShare(Path file) {
        return onNetworkShare(file.toString(), fileSystemType(file));
    }

    /**
     * True for a UNC path ({@code \\host\share\…}, also {@code //host/share/…} and {@code \\?\UNC\…}) or a
     * file-system type of a network mount as Java names it ({@code FileStore.type()}: on Linux the type in
     * /proc/mounts, e.g. nfs4, cifs, smb3, fuse.sshfs).
     */
    static boolean onNetworkShare(String path, String fileSystemType) {
        if (path.startsWith("\\\\") || path.startsWith("//")) {
            boolean device = path.startsWith("\\\\?\\") || path.startsWith("\\\\.\\"); // \\?\C:\… is a long local path
            return !device || path.regionMatches(true, 4, "UNC\\", 0, 4);
        }
        return NETWORK_FILE_SYSTEMS.contains(fileSystemType.toLowerCase(Locale.ROOT));
    }

    /**
     * The type of the file store holding the file's folder (or its nearest existing ancestor); "" when it
     * cannot be learnt. A Windows drive letter mapped to a share counts as "smb" (see {@link MappedDrives}).
     */
    private static String fileSystemType(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        while (dir != null && !Files.exists(dir)) {
            dir = dir.getParent();
        }
        if (dir == null) {
            return "";
        }
        try {
            return MappedDrives.isMapped(dir) ? "smb" : Files.getFileStore(dir).type();
        } catch (IOException | SecurityException e) {
            return "";
        }
    }

    /** Where the copy taken before upgrading from {@code version} goes: a "backups" folder beside the file. */
    static Path preMigrationCopy(Path db, int version) {
        return db.getParent().resolve("backups").resolve("payung-before-upgrade-v" + version + "-"
                + STAMP.format(LocalDateTime.now()) + ".db");
    }

    /** {@code VACUUM INTO}: a consistent, compact copy, created owner-only. The target must not exist. */
    static void snapshot(Connection c, Path target) {
        try {
            if (Files.exists(target) && Files.size(target) > 0) {
                throw new StoreException(target + " exists already; a copy never overwrites a file");
            }
            if (!Files.exists(target)) {
                OwnerOnly.createFile(target);
            }
            try (PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, target.toString());
                ps.executeUpdate();
            }
        } catch (IOException e) {
            throw new StoreException("cannot create " + target + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw Sql.failure("copying the database to " + target + " failed", e);
        }
    }

    /** SHA-256 over the rows of every table (by rowid), table by table in name order. */
    static String digest(Tx tx) {
        return digest(tx, java.util.Map.of());
    }

    /**
     * {@link #digest(Tx)} over the rows {@code rowsKept} keeps of some tables (table → SQL condition), all rows of
     * the others: a test comparing a restored file with its backup leaves out the restore's own audit entry.
     */
    static String digest(Tx tx, java.util.Map<String, String> rowsKept) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            List<String> tables = new ArrayList<>(tx.list("""
                    SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name""",
                    rs -> rs.getString(1)));
            for (String table : tables) {
                sha.update(table.getBytes(StandardCharsets.UTF_8));
                String kept = rowsKept.containsKey(table) ? " WHERE " + rowsKept.get(table) : "";
                tx.list("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"" + kept + " ORDER BY rowid", rs -> {
                    int n = rs.getMetaData().getColumnCount();
                    for (int i = 1; i <= n; i++) {
                        String v = rs.getString(i);
                        sha.update((v == null ? "\u0000NULL" : v).getBytes(StandardCharsets.UTF_8));
                        sha.update((byte) 0x1f);
                    }
                    sha.update((byte) 0x1e);
                    return null;
                });
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void requireSqliteMagic(Path path) {
        byte[] header = new byte[SQLITE_MAGIC.length];
        try (InputStream in = Files.newInputStream(path)) {
            int n = in.readNBytes(header, 0, header.length);
            if (n < header.length || !Arrays.equals(header, SQLITE_MAGIC)) {
                throw new DatabaseOpenException(Problem.NOT_SQLITE, path, path + " is not an SQLite database");
            }
        } catch (IOException e) {
            throw new DatabaseOpenException(Database.classify(e), path, "cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private static void requirePayung(Path path, int appId) {
        if (appId != Database.APPLICATION_ID) {
            throw new DatabaseOpenException(Problem.FOREIGN_SQLITE, path,
                    path + " is an SQLite database of another program (application id " + appId + ")");
        }
    }

    /** The check deferred at opening, on a connection of its own (readers do not wait for it). */
    static void quickCheck(Path path) {
        Connection probe = Database.connect(path, true);
        try {
            requireIntact(path, probe, "quick_check");
        } catch (SQLException e) {
            throw new DatabaseOpenException(Database.classify(e), path, "cannot read " + path + ": " + e.getMessage(), e);
        } finally {
            Database.closeQuietly(probe);
        }
    }

    private static void requireIntact(Path path, Connection probe, String check) throws SQLException {
        try (Statement st = probe.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + check)) {
            String first = rs.next() ? rs.getString(1) : "";
            if (!"ok".equals(first)) {
                throw new DatabaseOpenException(Problem.CORRUPT, path, path + " is damaged: " + first);
            }
        }
    }
}
