package id.payung.store;

import id.payung.domain.DatabaseOpenException;
import id.payung.domain.DatabaseOpenException.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

/**
 * The one SQLite file of a Payung installation.
 *
 * <p>Opening is careful: a file is only written once it is known to be a Payung database of this
 * version or older, or a brand-new empty file. Anything else is refused with a
 * {@link DatabaseOpenException} and left byte-for-byte as it was.
 *
 * <p>Writes go through one write connection, one at a time behind a lock (SQLite allows one writer
 * anyway, and serialising here means the app never shows "database is locked" to itself). A write that
 * finds the database taken — by a write here or by another Payung — waits as long as it takes and says
 * so through a {@link WriteWait}. Reads run on connections of their own ({@link ReadConnections}, read-only):
 * in WAL mode they see the last commit, never a write half done, and do not wait for a writer.
 */
public final class Database implements AutoCloseable {
    /** Written to the SQLite header ({@code PRAGMA application_id}): "PYNG". */
    public static final int APPLICATION_ID = 0x50594E47;
    private static final int BUSY_TIMEOUT_MS = 10_000;
    /** How long a write waits for another writer before saying so, and how often it asks to be cancelled. */
    private static final int WAIT_SLICE_MS = 500;

    private final Path file;
    /** The engine: an SQLite file, or a PostgreSQL server (then {@link #file} is null, {@link #server} set). */
    private final Dialect dialect;
    /** The server's address (no password); null for a file. */
    private final id.payung.domain.ServerAddress server;
    /** How to log in again on a server (the offline copy's snapshot connection); null for a file. */
    private final ServerDatabase.Login serverLogin;
    /**
     * The write connection (of a read-only database: a read-only one, never written through). Replaced only under
     * {@link #lock}, when {@link #walWatch} finds the files under it taken away ({@link #renewIfMoved}).
     */
    private volatile Connection connection;
    /**
     * On a server: the write connection broke (closed since); the next write opens a new one ({@link #reconnectIfLost}).
     * Read and set under {@link #lock}.
     */
    private boolean writeConnectionLost;
    /** Whether this process still shares the WAL with other programs (SQLite file written here); null otherwise. */
    private final WalWatch walWatch;
    /**
     * Connections opened beside the pool (a backup's {@code VACUUM INTO}, the deferred integrity check): while one
     * is open the connections cannot be renewed (see {@link #renewIfMoved}).
     */
    private final java.util.concurrent.atomic.AtomicInteger sideConnections = new java.util.concurrent.atomic.AtomicInteger();
    /** One write at a time; also held while closing or replacing the file. */
    private final ReentrantLock lock = new ReentrantLock();
    /** How long a restore waits for a write under way before it is refused. */
    static final int WRITE_UNDER_WAY_WAIT_SECONDS = 3;
    private final ReadConnections readers;
    private volatile WriteWait writeWait = WriteWait.SILENT;
    /** Who is told that the server's connection was lost (false) and that it answers again (true). */
    private volatile java.util.function.Consumer<Boolean> connectionWatch = answers -> { };
    /** A lost connection was said ({@link #connectionLost}) and no read or write has answered since. */
    private final java.util.concurrent.atomic.AtomicBoolean connectionDown =
            new java.util.concurrent.atomic.AtomicBoolean();
    private final boolean readOnly;
    /** The mark of a clerk's offline copy of a server (a file opened read-only for it); null for any other. */
    private id.payung.domain.OfflineCopyMark offlineCopy;
    /** On a network share: opened read-only whatever the permissions say (see {@link #open}). */
    private final boolean onNetworkShare;
    private volatile boolean checkPending;
    /** This process's hold on the file (see {@link OpenLock}); null where no lock file can be made. */
    private final OpenLock openLock;
    /** The file's identity when opened (inode): a write into a file replaced since is not reported saved. */
    private final Object fileKey;
    private volatile boolean closed;
    private boolean createdSchema;
    /** A file written here: its WAL folded into the file once writing pauses (null for a server or read-only). */
    private final IdleCheckpoint idleCheckpoint;

    private Database(Path file, Connection connection, boolean readOnly, OpenLock openLock) {
        this(file, connection, readOnly, false, openLock);
    }

    private Database(Path file, Connection connection, boolean readOnly, boolean onNetworkShare, OpenLock openLock) {
        this.file = file;
        this.dialect = Dialect.SQLITE;
        this.server = null;
        this.serverLogin = null;
        this.connection = connection;
        this.readOnly = readOnly;
        this.onNetworkShare = onNetworkShare;
        this.openLock = openLock;
        this.fileKey = fileKey(file);
        this.readers = new ReadConnections(file);
        this.walWatch = readOnly ? null : new WalWatch(file);
        this.idleCheckpoint = readOnly ? null : new IdleCheckpoint(this::checkpointWhenIdle);
        if (walWatch != null) {
            walWatch.remember(); // the write connection has read the file: its -wal and -shm exist
        }
    }

    /** A database on a PostgreSQL server: none of a file's machinery (lock file, WAL, network share). */
    private Database(ServerDatabase.Login login, Connection connection, boolean readOnly) {
        this.file = null;
        this.dialect = Dialect.POSTGRES;
        this.server = login.address();
        this.connection = connection;
        this.readOnly = readOnly;
        this.onNetworkShare = false;
        this.openLock = null;
        this.fileKey = null;
        this.readers = new ReadConnections(login.address().toString(), login::readConnection);
        this.walWatch = null;
        this.idleCheckpoint = null;
        this.serverLogin = login;
    }

    /**
     * Opens Payung's database on a PostgreSQL server, logging in as the address's user with {@code password}
     * (null: none is sent — the service layer looks one up first, see {@code service.ServerPassword}; the
     * array is not kept). An empty database gets Payung's schema (a login that may create tables: the owner,
     * {@code payung server init}); an older schema is brought up to date; a database holding anything else, or
     * a newer Payung's schema, is refused unchanged. The same {@link #read}/{@link #write} as on a file: one
     * write connection and up to {@link ReadConnections#MAX} read connections; writes are {@code READ COMMITTED}
     * transactions, and races between clerks are decided by the schema's constraints, not by a lock.
     *
     * @throws DatabaseOpenException SERVER_UNREACHABLE, SERVER_LOGIN, NEWER_VERSION, UNEXPECTED_SCHEMA,
     *                               NOT_WRITABLE (a login that may not create the schema) or IO
     */
    public static Database openServer(id.payung.domain.ServerAddress address, char[] password) {
        ServerDatabase.Login login = new ServerDatabase.Login(address, password);
        Connection c = login.writeConnection();
        boolean created;
        boolean readOnly;
        try {
            created = ServerDatabase.prepare(c, address);
            readOnly = ServerDatabase.readsOnly(c, address);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
        Database db = new Database(login, c, readOnly);
        db.createdSchema = created;
        return db;
    }

    /** True when {@link #openServer} made Payung's schema in an empty database (it is to be seeded now). */
    public boolean createdSchema() {
        return createdSchema;
    }

    /** The engine under this database. */
    public Dialect dialect() {
        return dialect;
    }

    /** The database as named to the user: the file's path, or the server's address. */
    public String name() {
        return server != null ? server.toString() : file.toString();
    }

    /**
     * Writes the login's offline copy — its regency's rows and the shared reference data, one snapshot — into
     * {@code file}, a new Payung file, with the password this database was opened with, marked as this server's
     * offline copy written at {@code written} ({@link OfflineCopy}); returns rows per table.
     *
     * @throws IllegalStateException for a file (a file's backup is a copy of the file)
     * @throws id.payung.domain.ServerAddress.Refused when the login is not a regency's clerk, or the server refuses
     */
    public java.util.Map<String, Integer> writeOfflineCopy(Path file, java.time.LocalDateTime written) {
        if (serverLogin == null) {
            throw new IllegalStateException("an offline copy is of a database on a server, not of " + this.file);
        }
        return serverLogin.writeOfflineCopy(file, written);
    }

    /**
     * The mark of a clerk's offline copy of a server ({@link OfflineCopy}): such a file is open read-only, every
     * write and a restore into it refused with {@link #offlineCopyRefusal()}. Null for any other database.
     */
    public id.payung.domain.OfflineCopyMark offlineCopy() {
        return offlineCopy;
    }

    /**
     * The refusal of a write into this offline copy, saying what it is and how it becomes a working file again
     * (the window says it in its own words, from the mark).
     */
    public ReadOnlyDatabaseException offlineCopyRefusal() {
        id.payung.domain.OfflineCopyMark m = offlineCopy;
        return new ReadOnlyDatabaseException(file + " is an offline copy of the server " + m.server() + " (login "
                + m.login() + ", " + m.writtenShown() + "): for reading only; changes are made on the server. Nothing was"
                + " changed. Only if the server is lost: payung restore --from " + file + " --db NEW.db (a file made with"
                + " payung init) makes its data a working file, or payung server import-file moves it onto a new server"
                + " (docs/SERVER.md)", m);
    }

    /** The server this database is on; null for a file. */
    public id.payung.domain.ServerAddress server() {
        return server;
    }

    /** The highest schema version this build can read and write. */
    public static int latestSchemaVersion() {
        return Migrator.latestVersion();
    }

    /**
     * True when the file was opened for reading only, or the server's login may not change anything (a provincial
     * reader): every write is refused, and whatever needs an audit row (a full-NIK export) is refused before it
     * starts.
     */
    public boolean isReadOnly() {
        return readOnly;
    }

    /**
     * True when the file lies on a network share (a UNC path, an NFS/SMB/SSHFS mount), where SQLite's locking
     * and WAL are not safe: such a file is open read-only.
     */
    public boolean onNetworkShare() {
        return onNetworkShare;
    }

    /**
     * Writes a consistent copy of the whole database to {@code target} ({@code VACUUM INTO}); the
     * target must not exist or be empty. It reads on a read-only connection of its own (not {@code
     * query_only}, which refuses {@code VACUUM INTO}): the copy holds the last commit, and writes (an
     * import) go on meanwhile.
     */
    public void snapshotTo(Path target) {
        requireFile("a copy with VACUUM INTO");
        sideConnections.incrementAndGet();
        try {
            Connection c = connect(file, true);
            try {
                DatabaseFile.snapshot(c, target);
            } finally {
                closeQuietly(c);
            }
        } finally {
            sideConnections.decrementAndGet();
        }
    }

    /**
     * Who is told when a write must wait for another writer (the window's status bar, the command line's
     * stderr); writes given a {@link WriteWait} of their own tell that one as well.
     */
    public void onWriteWait(WriteWait wait) {
        this.writeWait = wait == null ? WriteWait.SILENT : wait;
    }

    /**
     * Who is told, on a server, that a read or write failed because the connection to the server was lost
     * ({@code false}, each time: SERVER_CONNECTION_LOST or _AT_COMMIT) and that a read or write has gone through again
     * since ({@code true}, once), on the thread that read or wrote: the window's status line says the connection is
     * lost meanwhile rather than keep its last sentence. Never told for a file.
     */
    public void onConnection(java.util.function.Consumer<Boolean> watch) {
        this.connectionWatch = watch == null ? answers -> { } : watch;
    }

    /** A read or write went through on the server: a connection said lost answers again. */
    private void answered() {
        if (server != null && connectionDown.compareAndSet(true, false)) {
            connectionWatch.accept(true);
        }
    }

    /** A SHA-256 over every row of every table, in key order: equal digests mean equal data. */
    public String digest() {
        requireFile("a digest of every table");
        return read(DatabaseFile::digest);
    }

    /**
     * Opens a Payung database, creating it when {@code createIfMissing} is set and the file does not
     * exist (or is empty), and brings its schema up to date. A file on a network share is opened read-only
     * (SQLite's locks and WAL do not work across a network: two PCs writing could damage it); no new database
     * is made there.
     *
     * @throws DatabaseOpenException when the file is not a usable Payung database; the file is untouched
     */
    public static Database open(Path file, boolean createIfMissing) {
        Path path = file.toAbsolutePath();
        if (DatabaseFile.networkShare.test(path)) {
            return openOnNetworkShare(path);
        }
        boolean isNew = prepareFile(path, createIfMissing);
        DatabaseFile.Inspection found = isNew ? DatabaseFile.Inspection.NEW : DatabaseFile.inspect(path);
        if (found.writable() == false) {
            return openReadOnly(path);
        }
        OpenLock hold = OpenLock.shared(path);
        Connection c;
        try {
            c = connect(path, false);
        } catch (RuntimeException e) {
            release(hold);
            throw e;
        }
        try {
            if (found.isNew()) {
                exec(c, "PRAGMA application_id = " + APPLICATION_ID);
            } else if (found.version() < Migrator.latestVersion()) {
                // An upgrade is about to run: keep the file as it was first.
                DatabaseFile.snapshot(c, DatabaseFile.preMigrationCopy(path, found.version()));
            }
            new Migrator().migrate(c);
            // From now on a write that finds the file taken waits in short slices, saying so (see write).
            exec(c, "PRAGMA busy_timeout = " + WAIT_SLICE_MS);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            release(hold);
            throw new DatabaseOpenException(classify(e), path, "could not prepare " + path + ": " + e.getMessage(), e);
        }
        id.payung.domain.OfflineCopyMark mark = OfflineCopy.markOf(c);
        if (mark != null) {
            // A clerk's offline copy of a server: what is typed into it would never reach the server. Opened as a
            // read-only file is, one rule for every write (the window's disabled actions, the command line's refusal).
            closeQuietly(c);
            Database db;
            try {
                db = new Database(path, connect(path, true), true, false, hold);
            } catch (RuntimeException e) {
                release(hold);
                throw e;
            }
            db.offlineCopy = mark;
            db.checkPending = found.checkDeferred();
            return db;
        }
        Database db = new Database(path, c, false, hold);
        db.checkPending = found.checkDeferred();
        return db;
    }

    /** An existing database on a share, read-only and without a lock file there; a new one is refused. */
    private static Database openOnNetworkShare(Path path) {
        try {
            if (!Files.isRegularFile(path) || Files.size(path) == 0) {
                throw new DatabaseOpenException(Problem.NETWORK_SHARE, path, path + " is in a network folder: Payung makes"
                        + " no database there (SQLite files cannot be shared safely over a network)");
            }
        } catch (IOException e) {
            throw new DatabaseOpenException(classify(e), path, "cannot read " + path + ": " + e.getMessage(), e);
        }
        return openReadOnly(path);
    }

    /** Whether the integrity check of this (large) file was left for after opening: see {@link #verify()}. */
    public boolean checkPending() {
        return checkPending;
    }

    /**
     * Runs the integrity check that opening left out (on its own connection, so the window keeps reading).
     *
     * @throws DatabaseOpenException with problem CORRUPT when the file is damaged
     */
    public void verify() {
        if (file == null) {
            return; // a server keeps its own data whole; never pending
        }
        sideConnections.incrementAndGet();
        try {
            DatabaseFile.quickCheck(file);
        } finally {
            sideConnections.decrementAndGet();
        }
        checkPending = false;
    }

    /**
     * Opens an existing Payung database for reading only (a read-only file or folder, or a file from a
     * newer Payung the user still wants to look at). Nothing is written, not even a schema upgrade.
     *
     * @throws DatabaseOpenException when the file is not a Payung database, or is older than this
     *                               version (it would need an upgrade, which is a write)
     */
    public static Database openReadOnly(Path file) {
        Path path = file.toAbsolutePath();
        DatabaseFile.inspectReadOnly(path);
        boolean network = DatabaseFile.networkShare.test(path); // no lock file made on a share either
        OpenLock hold = !network && Files.isWritable(path.getParent()) ? OpenLock.shared(path) : null;
        try {
            Database db = new Database(path, connect(path, true), true, network, hold);
            db.offlineCopy = OfflineCopy.markOf(db.connection);
            return db;
        } catch (RuntimeException e) {
            release(hold);
            throw e;
        }
    }

    /** The database file; null for a database on a server ({@link #name()} names either). */
    public Path file() {
        return file;
    }

    /**
     * Runs work in one write transaction ({@code BEGIN IMMEDIATE}): committed when it returns,
     * rolled back when it throws. While another write holds the database (here or in another Payung) it
     * waits, telling the database's {@link #onWriteWait listener}.
     */
    public <T> T write(Function<Tx, T> work) {
        return write(writeWait, work);
    }

    /**
     * {@link #write(Function)}, telling {@code wait} (and the database's listener) when it has to wait for
     * another writer; {@code wait} may cancel the wait.
     *
     * @throws WriteCancelledException when {@code wait} is cancelled while waiting; nothing was written
     */
    public <T> T write(WriteWait wait, Function<Tx, T> work) {
        if (offlineCopy != null) {
            throw offlineCopyRefusal();
        }
        if (readOnly) {
            throw new ReadOnlyDatabaseException("the database " + name() + " is open read-only" + (onNetworkShare
                    ? " because it is in a network folder (SQLite files cannot be written safely over a network;"
                    + " see docs/SERVER.md)" : "") + "; nothing was changed");
        }
        T result;
        boolean isImport = wait.isImport();
        WriteWait listener = writeWait;
        if (wait != listener) {
            wait = both(wait, listener);
        }
        lockForWriting(wait);
        try {
            if (closed) {
                throw new StoreException("the database " + name() + " is closed; nothing was changed");
            }
            if (!renewIfMoved()) {
                throw new DatabaseOpenException(fileKey != null && !fileKey.equals(fileKey(file))
                        ? Problem.REPLACED : Problem.REOPEN_PENDING, file, "the -wal of " + file + " was taken away by"
                        + " another program and this process could not open the file again yet; nothing was changed");
            }
            reconnectIfLost();
            try {
                beginWriting(wait);
                if (lock.getHoldCount() == 1) {
                    importWriting = isImport; // set once it writes: while it waits itself, it holds nothing to name
                }
                long[] written = ownAudit == null ? null : new long[2];
                result = inTransaction(connection, dialect, wait, written == null ? work : tx -> {
                    written[0] = OWN_AUDIT.lastId(tx);
                    T r = work.apply(tx);
                    written[1] = OWN_AUDIT.lastId(tx);
                    return r;
                });
                if (written != null && written[1] > written[0]) {
                    ownAudit.add(written[0], written[1]);
                }
            } catch (RuntimeException e) {
                if (dialect == Dialect.POSTGRES && lost(e, connection)) {
                    // Never tried again here: a write whose commit was under way may have been saved.
                    closeQuietly(connection);
                    writeConnectionLost = true;
                    throw connectionLost(e);
                }
                if (file != null && Sql.diskFull(e)) {
                    // Rolled back: nothing of it saved. Its pages in the -wal stay there until the last connection
                    // closes, keeping the disk full for the next try and the next backup (trial 21b M4): given back now.
                    truncateWal();
                    throw diskFull(file, "writing to " + file + " failed", e);
                }
                throw e;
            }
        } finally {
            if (lock.getHoldCount() == 1) {
                importWriting = false;
            }
            lock.unlock();
        }
        answered();
        if (idleCheckpoint != null) {
            idleCheckpoint.afterWrite();
        }
        if (fileKey != null && !fileKey.equals(fileKey(file))) {
            // Committed into a file that is no longer the one at this path (replaced by a restore that did
            // not see this process): never report it saved.
            throw new StoreException("the database file " + file + " was replaced while this was being saved (a restore?);"
                    + " this change is not in it");
        }
        return result;
    }

    private static final AuditLog OWN_AUDIT = new AuditLog();

    /** The audit entries this object's writes made, once {@link #countOwnAuditEntries} was asked; else null. */
    private volatile OwnAuditEntries ownAudit;

    /**
     * From now on, keeps which audit entries this object's own writes make ({@link #ownAuditEntries}): on a file every
     * program writes under the same OS user, so what another program (the command line, a second window) changed is
     * told from this window's own changes by the entries, not by who wrote them (trial 23b L8).
     */
    public void countOwnAuditEntries() {
        if (ownAudit == null) {
            ownAudit = new OwnAuditEntries();
        }
    }

    /** The audit entries this object's own writes made since {@link #countOwnAuditEntries}; empty before. */
    public OwnAuditEntries ownAuditEntries() {
        OwnAuditEntries own = ownAudit;
        return own == null ? new OwnAuditEntries() : own; // read under its own lock (above)
    }

    /** True while an import of this process holds the database's write (trial 21b M5: "impor lain" only then). */
    private volatile boolean importWriting;

    /**
     * Whether the write holding this database now is an import of this Payung ({@link WriteWait#isImport}): a write
     * waiting here may then say it waits for another import. False for any other holder, another program's too.
     */
    public boolean importWriting() {
        return importWriting;
    }

    /**
     * A failure on a full disk (see {@link #isDiskFull}) while writing {@code written} (the database, a backup, a copy)
     * as the known refusal {@link Problem#DISK_FULL}: said in words, naming the file and its folder, not as an
     * unexpected error.
     */
    public static DatabaseOpenException diskFull(Path written, String what, Throwable e) {
        if (e instanceof DatabaseOpenException d && d.problem() == Problem.DISK_FULL && written.equals(d.file())) {
            return d;
        }
        return new DatabaseOpenException(Problem.DISK_FULL, written.toAbsolutePath(), what + ": " + Sql.DISK_FULL + " ("
                + e.getMessage() + ")", e);
    }

    /**
     * Whether {@code e} or one of its causes is a full disk: SQLite's SQLITE_FULL, PostgreSQL's 53100, the system's
     * "No space left on device" (the one rule: {@link Sql#diskFull}).
     */
    public static boolean isDiskFull(Throwable e) {
        return Sql.diskFull(e);
    }

    /**
     * Shrinks the {@code -wal} to nothing ({@code wal_checkpoint(TRUNCATE)}) after a write that failed on a full disk:
     * its rolled-back frames gave no data but kept the space. Call holding {@link #lock}. A checkpoint that cannot
     * finish (a reader of another program on it) leaves the file as it was; nothing is lost either way.
     */
    private void truncateWal() {
        try (java.sql.Statement st = connection.createStatement();
             java.sql.ResultSet rs = st.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
            if (rs.next() && rs.getInt(1) != 0) {
                java.util.logging.Logger.getLogger(Database.class.getName()).warning(() -> "the -wal of " + file
                        + " could not be truncated after a write failed on a full disk (another reader on it)");
            }
        } catch (SQLException e) {
            java.util.logging.Logger.getLogger(Database.class.getName()).warning(() -> "the -wal of " + file
                    + " could not be truncated after a write failed on a full disk: " + e.getMessage());
        }
    }

    /**
     * Folds the WAL into the file ({@code PASSIVE}: readers and other programs are not waited for) unless a write is
     * under way (its own end schedules the next attempt). True when the whole WAL is in the file, or when there is
     * nothing this object can do; false when a reader still on an older state kept part of it back.
     */
    private boolean checkpointWhenIdle() {
        if (!lock.tryLock()) {
            return true;
        }
        try {
            if (closed || (walWatch != null && walWatch.moved())) {
                return true;
            }
            try (java.sql.Statement st = connection.createStatement();
                 java.sql.ResultSet rs = st.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
                // busy, frames in the WAL, frames folded into the file
                return !rs.next() || rs.getInt(1) == 0 && rs.getInt(2) == rs.getInt(3);
            } catch (SQLException e) {
                return true;
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs reads in one transaction on a read connection, so they all see the same state: the last
     * commit, never a write still under way. Reads do not wait for writes.
     */
    public <T> T read(Function<Tx, T> work) {
        if (walWatch != null && walWatch.moved()) {
            // Rare (see WalWatch): waits for a write under way here, which can no longer be helped.
            lock.lock();
            try {
                renewIfMoved();
            } finally {
                lock.unlock();
            }
        }
        Connection c = server == null ? readers.borrow() : stillReachable(readers::borrow);
        try {
            try {
                exec(c, dialect.beginRead());
            } catch (SQLException e) {
                if (dialect != Dialect.POSTGRES || !lost(e, c)) {
                    throw Sql.failure("could not start a transaction", e);
                }
                // The server ended this connection while it was idle (a restart, the network, the administrator):
                // nothing ran on it yet, so the read goes once more on a new one (the idle ones are as dead).
                Connection broken = c;
                c = null;
                readers.discard(broken);
                c = stillReachable(readers::borrow);
                try {
                    exec(c, dialect.beginRead());
                } catch (SQLException again) {
                    throw Sql.failure("could not start a transaction", again);
                }
            }
            T result = inTransaction(c, dialect, WriteWait.SILENT, work);
            answered();
            return result;
        } catch (RuntimeException e) {
            if (c != null && dialect == Dialect.POSTGRES && lost(e, c)) {
                Connection broken = c;
                c = null;
                readers.discard(broken);
                throw connectionLost(e);
            }
            throw e;
        } finally {
            if (c != null) {
                readers.giveBack(c);
            }
        }
    }

    /**
     * On a server whose write connection broke at an earlier write: opens a new one with the login's kept password.
     * Call holding {@link #lock}. A login switched off meanwhile, or a server still down, is refused with its own
     * {@link DatabaseOpenException} (SERVER_LOGIN_DISABLED, SERVER_UNREACHABLE) and stays to be opened next time.
     */
    private void reconnectIfLost() {
        if (serverLogin == null) {
            return;
        }
        if (!writeConnectionLost && idleConnectionAnswers()) {
            return;
        }
        // Broken while idle (a server restarted at night, a session ended by the administrator): nothing of this write
        // has been sent, so a new connection may take it; the clerk's first save of the morning does not fail.
        closeQuietly(connection);
        writeConnectionLost = true;
        connection = stillReachable(serverLogin::writeConnection);
        writeConnectionLost = false;
    }

    /**
     * A new connection to a server this window was connected to: one it cannot reach now is a lost connection (nothing
     * of this action saved, the next one tries again), not the first start's "check the address, the port, the
     * database" (trial 3: that sentence, naming docs/SERVER.md, came up for a server being restarted).
     */
    private Connection stillReachable(java.util.function.Supplier<Connection> open) {
        try {
            return open.get();
        } catch (DatabaseOpenException e) {
            if (e.problem() == Problem.SERVER_UNREACHABLE) {
                throw connectionDown.get() ? stillDown(e) : connectionLost(e);
            }
            throw e;
        }
    }

    /** Whether the idle write connection still answers the server (one round trip; a save is worth it). */
    private boolean idleConnectionAnswers() {
        try {
            return !connection.isClosed() && connection.isValid(5);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Whether {@code failure} came of a connection to the server that is gone: an SQLSTATE of class 08 (connection
     * exception) or 57P01–57P03 (the administrator's pg_terminate_backend, a server shutting down or restarting), or
     * any SQL failure after which {@code c} no longer answers ({@link Connection#isValid}).
     */
    static boolean lost(Throwable failure, Connection c) {
        boolean sql = false;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException se) {
                sql = true;
                String state = se.getSQLState() == null ? "" : se.getSQLState();
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
                    return true;
                }
            }
        }
        if (!sql || c == null) {
            return false;
        }
        try {
            return c.isClosed() || !c.isValid(5);
        } catch (SQLException e) {
            return true;
        }
    }

    /** The failure said to the clerk: nothing saved, or (the commit under way) perhaps saved. */
    private DatabaseOpenException connectionLost(RuntimeException e) {
        boolean atCommit = e instanceof CommitFailedException;
        connectionDown.set(true);
        connectionWatch.accept(false);
        return new DatabaseOpenException(atCommit ? Problem.SERVER_CONNECTION_LOST_AT_COMMIT : Problem.SERVER_CONNECTION_LOST,
                server, "the connection to " + server + " was lost" + (atCommit
                        ? " while committing: the change may have been saved" : "; nothing of this was saved")
                        + " (the next action connects again): " + e.getMessage(), e);
    }

    /** A lost connection said before, and the server still not answering a new one: nothing of this action saved. */
    private DatabaseOpenException stillDown(RuntimeException e) {
        connectionWatch.accept(false);
        return new DatabaseOpenException(Problem.SERVER_STILL_DOWN, server, "the server " + server
                + " still does not answer; nothing of this was saved (the next action tries again): " + e.getMessage(), e);
    }

    /** The {@code COMMIT} itself failed: on a server whose connection broke then, the outcome is not known. */
    static final class CommitFailedException extends StoreException {
        CommitFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Tells both; either one cancels: the write's own (an import's Cancel) and the database's listener (a window task's
     * Cancel, the command line's {@code --wait}: trial 21b M5, an import from the command line asked only its own).
     */
    private static WriteWait both(WriteWait first, WriteWait second) {
        return new WriteWait() {
            @Override
            public void waiting() {
                first.waiting();
                second.waiting();
            }

            @Override
            public void resumed() {
                first.resumed();
                second.resumed();
            }

            @Override
            public boolean cancelled() {
                return first.cancelled() || second.cancelled();
            }
        };
    }

    /**
     * Opens the connections again when another program took the {@code -wal} or {@code -shm} from under them (see
     * {@link WalWatch}). Call holding {@link #lock}. Every old connection is closed first, the read connections once
     * given back: SQLite shares one mapping of the {@code -shm} (and its lock bookkeeping) among a process's
     * connections to a file, so a new connection beside an old one would read the deleted index and take no lock.
     *
     * @return true when the connections are usable for a write: nothing moved, or renewed; false when they could
     *         not be renewed now (a side connection open, a read that does not end, the file replaced by a restore
     *         elsewhere): a write must then be refused, not made into the deleted WAL
     */
    private boolean renewIfMoved() {
        if (walWatch == null || closed || !walWatch.moved()) {
            return true;
        }
        if (lock.getHoldCount() != 1) {
            return true; // a read inside this thread's own write: its transaction is on the write connection
        }
        if (fileKey != null && !fileKey.equals(fileKey(file))) {
            return false; // replaced (a restore elsewhere): this is not the file to write any more
        }
        if (sideConnections.get() > 0 || !readers.drain(() -> closeOld())) {
            return false;
        }
        Connection fresh = connect(file, false);
        try {
            exec(fresh, "PRAGMA busy_timeout = " + WAIT_SLICE_MS);
            exec(fresh, "PRAGMA user_version"); // opens (makes) the -wal and -shm as they now are
        } catch (SQLException e) {
            closeQuietly(fresh);
            throw Sql.failure("could not open " + file + " again", e);
        }
        connection = fresh;
        walWatch.remember();
        java.util.logging.Logger.getLogger(Database.class.getName()).warning(() -> "the -wal or -shm of " + file
                + " was replaced by another program (this process had lost its locks on the file, e.g. to a file"
                + " chooser reading it): connections opened again");
        return true;
    }

    /**
     * Closes the stale write connection (the read connections are closed by then). Closing the last connection of
     * a process folds the WAL into the file and deletes the {@code -wal} at the path: when that is another
     * program's (one that ended without folding its own, a command killed after its commit), it is kept aside by
     * a hard link while the old connection closes and put back after, so its committed rows stay.
     */
    private void closeOld() {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        Path kept = file.resolveSibling("." + file.getFileName() + "-wal.kept-" + ProcessHandle.current().pid());
        boolean linked = false;
        try {
            Files.deleteIfExists(kept);
            if (Files.exists(wal)) {
                Files.createLink(kept, wal);
                linked = true;
            }
        } catch (IOException | UnsupportedOperationException e) {
            linked = false;
        }
        closeQuietly(connection);
        if (linked) {
            try {
                if (!Files.exists(wal)) {
                    Files.move(kept, wal);
                } else {
                    Files.deleteIfExists(kept);
                }
            } catch (IOException e) {
                java.util.logging.Logger.getLogger(Database.class.getName()).warning(() -> "could not put back "
                        + wal + " (kept as " + kept + "): " + e.getMessage());
            }
        }
    }

    /** Takes the write lock, waiting (and saying so) while another write of this process holds it. */
    private void lockForWriting(WriteWait wait) {
        try {
            // tryLock() first: it never fails for an interrupt flag left on this thread.
            if (lock.tryLock() || lock.tryLock(WAIT_SLICE_MS, TimeUnit.MILLISECONDS)) {
                return;
            }
            wait.waiting();
            try {
                while (!lock.tryLock(WAIT_SLICE_MS, TimeUnit.MILLISECONDS)) {
                    if (wait.cancelled()) {
                        throw new WriteCancelledException("gave up waiting for another write to " + name() + "; nothing was changed");
                    }
                }
            } finally {
                wait.resumed();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WriteCancelledException("interrupted while waiting to write to " + name() + "; nothing was changed");
        }
    }

    /**
     * {@code BEGIN IMMEDIATE}, waiting while another program (another Payung) writes: SQLite's busy timeout
     * is one slice, after which the wait is reported and tried again until it succeeds or is cancelled.
     */
    private void beginWriting(WriteWait wait) {
        if (dialect == Dialect.POSTGRES) {
            // No database-wide writer on a server: clerks write side by side; a row another transaction holds
            // is waited for by the statement that needs it, and constraints decide the races.
            try {
                exec(connection, dialect.beginWrite());
                return;
            } catch (SQLException e) {
                throw Sql.failure("could not start a transaction", e);
            }
        }
        boolean told = false;
        try {
            while (true) {
                try {
                    exec(connection, "BEGIN IMMEDIATE");
                    return;
                } catch (SQLException e) {
                    if (!isBusy(e)) {
                        throw Sql.failure("could not start a transaction", e);
                    }
                }
                if (!told) {
                    told = true;
                    wait.waiting();
                }
                if (wait.cancelled() || Thread.currentThread().isInterrupted()) {
                    throw new WriteCancelledException("gave up waiting for another program writing to " + file
                            + "; nothing was changed");
                }
            }
        } finally {
            if (told) {
                wait.resumed();
            }
        }
    }

    private static boolean isBusy(SQLException e) {
        return e instanceof SQLiteException se && se.getResultCode().name().startsWith("SQLITE_BUSY");
    }

    /**
     * Runs work in the transaction begun on {@code c}: committed when it returns, rolled back when it throws.
     * {@code wait} is told of waits inside it (an import waiting for another on a server, ServerBulkWriter).
     */
    private static <T> T inTransaction(Connection c, Dialect dialect, WriteWait wait, Function<Tx, T> work) {
        try (Tx tx = new Tx(c, dialect, wait)) {
            T result = work.apply(tx);
            tx.close(); // statements first: SQLite cannot commit while a read is still open
            exec(c, "COMMIT");
            return result;
        } catch (RuntimeException | Error e) {
            rollbackQuietly(c, dialect);
            throw e;
        } catch (SQLException e) {
            rollbackQuietly(c, dialect);
            StoreException said = Sql.failure("commit failed", e);
            throw new CommitFailedException(said.getMessage(), e);
        }
    }

    private static void rollbackQuietly(Connection c, Dialect dialect) {
        try {
            exec(c, "ROLLBACK");
        } catch (SQLException ignored) {
            // The transaction may already be gone (SQLite rolls back itself on some errors).
        }
        if (dialect != Dialect.SQLITE) {
            return;
        }
        // A rollback does not undo connection settings: a bulk write that did not finish leaves its own
        // (a 128 MB page cache) on the long-lived write connection unless they are put back here.
        EnrollmentBulkWriter.restoreConnectionSettings(c);
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            if (idleCheckpoint != null) {
                idleCheckpoint.stop();
            }
            readers.close(); // first: the write connection, closed last, then folds the WAL into the file
            try {
                if (dialect == Dialect.SQLITE) {
                    exec(connection, "PRAGMA optimize");
                }
            } catch (SQLException ignored) {
                // Only a planner hint; closing matters more.
            }
            closeQuietly(connection);
            release(openLock);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Puts {@code replacement} (a checked database in the same folder as the real file) in place of this
     * database and closes this object. It first makes sure no other Payung process, and no other database
     * object here, has the file open — then runs {@code beforeSwap} (the safety backup), closes the
     * connection and renames the replacement over the file. A symbolic link stays a link: the file it
     * points to is replaced.
     *
     * @throws DatabaseOpenException with problem IN_USE when another Payung has the file open, or
     *                               WRITE_UNDER_WAY when a write here lasts longer than a few seconds
     *                               (an import); nothing was changed and this object stays open
     */
    public void replaceWith(Path replacement, Runnable beforeSwap) {
        requireFile("a restore from a file (on a server: the administrator's pg_restore, docs/SERVER.md)");
        if (offlineCopy != null) {
            throw offlineCopyRefusal(); // restored into, the copy would become a working file unasked
        }
        // A save ends in milliseconds; an import may hold the write for minutes, and a restore must not
        // sit behind it unseen (nor be swapped in under it): refused, and said why.
        boolean locked;
        try {
            locked = lock.tryLock(WRITE_UNDER_WAY_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            locked = false;
        }
        if (!locked) {
            throw new DatabaseOpenException(DatabaseOpenException.Problem.WRITE_UNDER_WAY, file,
                    "a write (an import?) is under way on " + file + "; nothing was changed");
        }
        try {
            if (openLock != null) {
                openLock.makeExclusive(file);
            }
            beforeSwap.run();
            closed = true;
            readers.close(); // waits for reads under way; the file is replaced once no connection is left
            try {
                exec(connection, "PRAGMA optimize");
            } catch (SQLException ignored) {
                // Only a planner hint.
            }
            closeQuietly(connection);
            try {
                Path real = realFile();
                java.nio.file.Files.move(replacement, real, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                Files.deleteIfExists(real.resolveSibling(real.getFileName() + "-wal"));
                Files.deleteIfExists(real.resolveSibling(real.getFileName() + "-shm"));
            } catch (IOException e) {
                throw new StoreException("cannot put the restored file in place of " + file + ": " + e.getMessage(), e);
            } finally {
                release(openLock);
            }
        } catch (RuntimeException e) {
            if (!closed && openLock != null) {
                openLock.makeShared(); // the safety backup failed: this stays open, and others may open it again
            }
            throw e;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Whether the file at this database's path is no longer the one it opened: another program (the command line's
     * {@code restore}, a Payung whose lock on the file this process lost, a restore on the PC whose disk a network
     * folder is) put a backup in its place. This object still reads the file it opened, now the data before that
     * restore. False once closed (this Payung's own restore closes it before the swap), on a server, and where files
     * have no identity to compare (Windows, where an open file cannot be replaced).
     */
    public boolean replacedElsewhere() {
        return file != null && !closed && fileKey != null && !fileKey.equals(fileKey(file));
    }

    /** True once closed (a restore closes it once the file is replaced). */
    public boolean isClosed() {
        return closed;
    }

    /** The file itself, a symbolic link followed: where a replacement must go. */
    public Path realFile() {
        if (file == null) {
            return null;
        }
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file;
        }
    }

    private static Object fileKey(Path file) {
        if (file == null) {
            return null;
        }
        try {
            return Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    /** Refuses what only an SQLite file can do, on a server. */
    private void requireFile(String what) {
        if (file == null) {
            throw new StoreException(what + " is for a database file; " + name() + " is on a server; nothing was done");
        }
    }

    private static void release(OpenLock hold) {
        if (hold != null) {
            hold.release();
        }
    }

    /** Returns true when the file is new (missing or empty) and has been created owner-only. */
    private static boolean prepareFile(Path path, boolean createIfMissing) {
        try {
            if (Files.exists(path)) {
                if (Files.isDirectory(path)) {
                    throw new DatabaseOpenException(Problem.IO, path, path + " is a folder, not a database file");
                }
                if (Files.size(path) == 0) {
                    if (!createIfMissing) {
                        // More often a copy that failed than a wish for a new database: it was seeded as the shipped
                        // regency's and answered from (trial 20b M2). Refused as a missing file is; payung init makes it.
                        throw new DatabaseOpenException(Problem.EMPTY, path, path + " is empty (0 bytes)");
                    }
                    OwnerOnly.restrict(path); // an empty file made beforehand (touch) holds personal data from now on
                    return true;
                }
                return false;
            }
            if (!createIfMissing) {
                throw new DatabaseOpenException(Problem.MISSING, path, path + " does not exist");
            }
            OwnerOnly.createFile(path);
            return true;
        } catch (IOException e) {
            throw new DatabaseOpenException(classify(e), path, "cannot create " + path + ": " + e.getMessage(), e);
        }
    }

    static Connection connect(Path path, boolean readOnly) {
        NativeSqlite.prepare();
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        if (readOnly) {
            config.setReadOnly(true);
            config.resetOpenMode(SQLiteOpenMode.CREATE);
        } else {
            config.enforceForeignKeys(true);
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            // NORMAL in WAL mode: an app crash loses nothing committed; a power cut may lose the last
            // transactions but never corrupts the file (see docs/DATA-SAFETY.md).
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        }
        String url = "jdbc:sqlite:" + path;
        if (readOnly && (!Files.isWritable(path.toAbsolutePath().getParent()) || DatabaseFile.networkShare.test(path))
                && !Files.exists(path.resolveSibling(path.getFileName() + "-shm"))
                && !Files.exists(path.resolveSibling(path.getFileName() + "-wal"))) {
            // A folder nobody here may write: SQLite cannot make the -shm file a WAL database needs even for
            // reading; on a network share its shared memory would not be shared with the other PCs anyway (and
            // making it would write there). With no -wal there is nothing outside the file: read it as immutable.
            url = "jdbc:sqlite:" + path.toUri() + "?immutable=1";
            config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        }
        try {
            // The driver's connection made directly: going through DriverManager first loads and registers every
            // driver on the class path (tens of milliseconds of a command-line report's start).
            return new org.sqlite.jdbc4.JDBC4Connection(url, url.substring("jdbc:sqlite:".length()), config.toProperties());
        } catch (SQLException e) {
            throw new DatabaseOpenException(classify(e), path, "cannot open " + path + ": " + e.getMessage(), e);
        }
    }

    static Problem classify(Throwable e) {
        if (e instanceof DatabaseOpenException de) {
            return de.problem();
        }
        if (Sql.diskFull(e)) {
            return Problem.DISK_FULL;
        }
        Throwable t = e;
        while (t != null) {
            if (t instanceof SQLiteException se) {
                String code = se.getResultCode().name();
                if (code.startsWith("SQLITE_NOTADB") || code.startsWith("SQLITE_CORRUPT")) {
                    return Problem.CORRUPT;
                }
                if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) {
                    return Problem.LOCKED;
                }
                if (code.startsWith("SQLITE_READONLY") || code.startsWith("SQLITE_CANTOPEN")
                        || code.startsWith("SQLITE_PERM")) {
                    return Problem.NOT_WRITABLE;
                }
            }
            t = t.getCause();
        }
        return Problem.IO;
    }

    static int pragmaInt(Connection c, String pragma) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    static int pragmaCount(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    static void exec(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }

    static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // Nothing more can be done with a connection that will not close.
        }
    }
}
