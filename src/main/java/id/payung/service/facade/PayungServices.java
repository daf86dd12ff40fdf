package id.payung.service.facade;

import id.payung.service.LogFile;
import id.payung.service.WorkSteps;
import id.payung.service.Actor;
import id.payung.service.AuditService;
import id.payung.service.BackupService;
import id.payung.service.BenefitService;
import id.payung.service.BudgetService;
import id.payung.service.CohortService;
import id.payung.service.CoverageService;
import id.payung.service.DashboardService;
import id.payung.service.EnrollmentService;
import id.payung.service.EventService;
import id.payung.service.FundingService;
import id.payung.service.InvalidInputException;
import id.payung.service.ReadinessService;
import id.payung.service.ReferenceService;
import id.payung.service.RegionImportService;
import id.payung.service.RegionList;
import id.payung.service.RegionService;
import id.payung.service.RegisterService;
import id.payung.service.RestoreFailedException;
import id.payung.service.RestoredSettings;
import id.payung.service.SeedException;
import id.payung.service.SeedLoader;
import id.payung.service.Settings;
import id.payung.service.TransitionService;
import id.payung.domain.ServerAddress;
import id.payung.store.Database;
import id.payung.store.DatabaseFile;
import id.payung.store.StoreException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The services over one open database: what the window and the command line are given.
 * Opening a new file fills it from the seeds in the same step.
 */
public final class PayungServices implements AutoCloseable {
    private final Database db;
    private final DashboardService dashboard;
    private final RegisterService register;
    private final ReferenceService reference;
    private final EnrollmentService enrollments;
    private volatile Settings settings;
    private final CohortService cohorts;
    private final EventService events;
    private final FundingService funding;
    private final BackupService backups;
    private final AuditService audit;
    private final BudgetService budget;
    private final TransitionService transitions;
    private final BenefitService benefits;
    private final ReadinessService readiness;
    private final RegionImportService regionImport;
    private final RegionService regions;
    private final id.payung.service.exporting.ExportService exports;
    private final id.payung.service.importing.ImportService imports;
    private final Clock clock;
    private final CoverageService coverage;
    private boolean closed;

    private PayungServices(Database db, Clock clock) {
        this.db = db;
        this.reference = new ReferenceService(db);
        this.settings = reference.settings();
        this.dashboard = new DashboardService(db, clock, reference);
        this.register = new RegisterService(db, clock);
        this.enrollments = new EnrollmentService(db, clock, Actor.current(), this::settings);
        this.cohorts = new CohortService(db, Actor.current());
        this.events = new EventService(db, Actor.current());
        this.funding = new FundingService(db, Actor.current());
        this.backups = new BackupService(db, clock, Actor.current());
        this.audit = new AuditService(db, Actor.current(), clock.getZone());
        this.budget = new BudgetService(db);
        this.transitions = new TransitionService(db, clock);
        this.benefits = new BenefitService(db, clock, Actor.current());
        this.regionImport = new RegionImportService(db, Actor.current());
        this.regions = new RegionService(db, Actor.current());
        this.exports = new id.payung.service.exporting.ExportService(db, register, dashboard, budget, reference,
                audit, this::settings, clock, Actor.current());
        this.imports = new id.payung.service.importing.ImportService(db, reference, clock, Actor.current(),
                () -> settings().regionPrefix());
        this.readiness = new ReadinessService(db, dashboard, budget, funding, reference, benefits, this::settings);
        this.clock = clock;
        this.coverage = new CoverageService(db, Actor.current());
    }

    /**
     * Starts loading what {@link #open} will need (SQLite's driver and native library, the schema check's
     * digest), then the id-ID number formats a report prints with, on a thread of its own, and returns at once:
     * the command line calls it while picocli reads its arguments. Touches no file of the user's.
     */
    public static void prepareOpeningAhead() {
        id.payung.store.OpeningAhead.start(PayungServices::loadAhead);
    }

    /**
     * The classes {@link #open} and the services' making load, verified and initialised ahead: their static
     * parts are SQL text and constants (no file, no database, no cycle between them), the summary's SQL (built
     * with streams) the largest. Then the id-ID number formats.
     */
    private static void loadAhead() {
        ClassLoader loader = PayungServices.class.getClassLoader();
        for (Class<?> c : new Class<?>[] {SeedLoader.class, RegionService.class, id.payung.store.YearSummary.class,
            ReferenceService.class, Settings.class, DashboardService.class, RegisterService.class, EnrollmentService.class,
            CohortService.class, EventService.class, FundingService.class, BackupService.class, AuditService.class,
            BudgetService.class, TransitionService.class, BenefitService.class, RegionImportService.class,
            id.payung.service.exporting.ExportService.class, id.payung.service.importing.ImportService.class,
            ReadinessService.class, CoverageService.class}) {
            try {
                Class.forName(c.getName(), true, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                return; // only a head start: the real use reports what is wrong
            }
        }
        id.payung.domain.Formats.percent(id.payung.domain.Formats.count(1).length());
    }

    /**
     * Opens (or creates and seeds) the database at {@code file}.
     *
     * @throws id.payung.domain.DatabaseOpenException when the file is not a usable Payung database
     * @throws SeedException when a new database cannot be seeded; the database is then closed
     */
    public static PayungServices open(Path file, boolean createIfMissing, Clock clock) {
        return open(file, createIfMissing, clock, null);
    }

    /** {@link #open(Path, boolean, Clock)}, a new database seeded for {@code regency} (null: the seeded office's). */
    private static PayungServices open(Path file, boolean createIfMissing, Clock clock, String regency) {
        Database db = Database.open(file, createIfMissing);
        try {
            new SeedLoader(db, Actor.current(), regency).loadIfNew();
            new RegionService(db, Actor.current()).ensureLoaded();
            java.time.Year year = java.time.Year.now(clock);
            if (!db.isReadOnly() && db.read(tx -> id.payung.store.YearSummary.due(tx, year))) { // read-only: as it is
                if (db.checkPending()) {
                    db.verify(); // a large file is checked after opening, but never written to unchecked
                }
                db.write(tx -> id.payung.store.YearSummary.keepUp(tx, year));
            }
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return new PayungServices(db, clock);
    }

    /**
     * Opens Payung's database on a PostgreSQL server as the address's user ({@code password}: from the caller,
     * see {@code service.ServerPassword}; null sends none). An empty database gets the schema and, in the same
     * open, the shipped seeds (reference data, and the seeded cohorts and events under the session's regency:
     * {@code payung server init}); a database that has them is not seeded again by a clerk's open.
     *
     * @throws id.payung.domain.DatabaseOpenException when the server cannot be used (unreachable, login
     *                                               refused, not Payung's database, a newer schema)
     */
    public static PayungServices openServer(ServerAddress address, char[] password, Clock clock) {
        Database db = Database.openServer(address, password);
        try {
            if (db.createdSchema()) {
                new SeedLoader(db, Actor.current()).loadIfNew();
            }
            new RegionService(db, Actor.current()).ensureLoaded();
            java.time.Year year = java.time.Year.now(clock);
            if (db.read(tx -> id.payung.store.YearSummary.due(tx, year))) {
                db.write(tx -> id.payung.store.YearSummary.keepUp(tx, year));
            }
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return new PayungServices(db, clock);
    }

    /**
     * Makes a new, seeded database at {@code file} ({@code payung init}); {@code regency} (e.g. "53.15"),
     * when given, becomes the office's regency and the seeds are that regency's (its own budgets; Manggarai's
     * cohorts, events and office settings only for 53.10, see {@link SeedLoader}). The database is made under a temporary name beside the
     * file and renamed into place only when whole, so a failure leaves nothing. An existing empty file
     * (made beforehand by the user) counts as absent and ends up owner-only like every new database.
     *
     * @throws id.payung.domain.DatabaseOpenException with problem EXISTS when the file holds anything
     * @throws IllegalArgumentException when the regency is not one the region table knows
     */
    public static void create(Path file, String regency, Clock clock) {
        Path target = file.toAbsolutePath();
        DatabaseFile.requireAbsentOrEmpty(target);
        Path temp = target.resolveSibling("." + target.getFileName() + ".init-" + ProcessHandle.current().pid());
        try {
            DatabaseFile.deleteWithSideFiles(temp);
            String code = regency == null ? null : regency.strip();
            if (code != null && id.payung.service.RegionList.regency(code).isEmpty()) {
                throw new IllegalArgumentException(code + " is not a regency code Payung knows (Kemendagri, e.g. 53.10"
                        + " for Kabupaten Manggarai); nothing was created");
            }
            open(temp, true, clock, code).close();
            DatabaseFile.requireAbsentOrEmpty(target);
            DatabaseFile.moveIntoPlace(temp, target);
        } finally {
            DatabaseFile.deleteWithSideFiles(temp);
        }
    }

    /**
     * The seeded office's (Manggarai's) cohorts and events this database still holds while its office is another
     * regency's: a file made for Manggarai and then given another regency in Pengaturan, or made by a Payung that
     * seeded every file with them (trial 14 F1). None for Manggarai's own database or one without a regency. Reads
     * the cohorts and events: call it off the FX thread.
     */
    public SeedLoader.OpeningRows seededOfficeRows() {
        String regency = settings.regencyCode();
        // A server holds many regencies (Manggarai's genuine rows among them): its import-file warns instead.
        if (db.server() != null || regency == null || regency.equals(SeedLoader.officeRegency())) {
            return new SeedLoader.OpeningRows(0, 0, 0);
        }
        return SeedLoader.openingRowsIn(db);
    }

    /** The database file; null for a database on a server (see {@link #server()}). */
    public Path databaseFile() {
        return db.file();
    }

    /**
     * On a server, the clerk's offline copy (Cadangan → "Simpan salinan luring…"): a new, checked Payung file of their
     * regency's data and the reference data, read in one snapshot with the login the window opened with, written to
     * {@code target} (null: a dated file in the data folder's backups; never over an existing file), and written to the
     * audit trail as an export with full NIKs. Returns the file written.
     *
     * @throws IllegalStateException for a file
     * @throws ServerAddress.Refused when the login is not a regency's clerk (a provincial reader), or the server refuses
     */
    public java.nio.file.Path offlineCopy(java.nio.file.Path target) {
        return offlineCopy(target, false);
    }

    /** {@link #offlineCopy(java.nio.file.Path)}, replacing an existing {@code target} when the user agreed to. */
    public java.nio.file.Path offlineCopy(java.nio.file.Path target, boolean replace) {
        id.payung.service.ServerBackup copy = id.payung.service.ServerBackup.ofOpen(db, clock);
        java.nio.file.Path written = copy.backupTo(target, replace);
        audit.recordOfflineCopy(written, copy.copied()); // every full NIK of the regency left the server
        return written;
    }

    /**
     * What others changed since this call, for the status line: on a server other clerks' changes ("changed by
     * another clerk"), on a file other programs' (the command line, a second window).
     */
    public id.payung.service.OthersChanges othersChanges() {
        return db.server() == null ? id.payung.service.OthersChanges.ofOtherPrograms(db)
                : new id.payung.service.OthersChanges(db, db.server().user());
    }

    /** The name an offline copy is proposed under (database, login, now). */
    public String offlineCopyName() {
        return id.payung.service.ServerBackup.ofOpen(db, clock).proposedName();
    }

    /** The server the database is on (its address, no password); null for a file. */
    public ServerAddress server() {
        return db.server();
    }

    public DashboardService dashboard() {
        return dashboard;
    }

    public CoverageService coverage() {
        return coverage;
    }

    public RegisterService register() {
        return register;
    }

    public ReferenceService reference() {
        return reference;
    }

    public EnrollmentService enrollments() {
        return enrollments;
    }

    /** Whether a record a form opened was changed since (by another clerk, on a server): see {@link ChangedSince}. */
    public id.payung.service.ChangedSince changedSince() {
        return new id.payung.service.ChangedSince(db, clock.getZone());
    }

    public CohortService cohorts() {
        return cohorts;
    }

    public EventService events() {
        return events;
    }

    public FundingService funding() {
        return funding;
    }

    public id.payung.service.importing.ImportService imports() {
        return imports;
    }

    public id.payung.service.exporting.ExportService exports() {
        return exports;
    }

    public RegionImportService regionImport() {
        return regionImport;
    }

    /** The shipped Kemendagri region list in this database: loading a regency, making it the office's. */
    public RegionService regions() {
        return regions;
    }

    /**
     * Makes a regency the office's (for {@code payung init --regency CODE}): loads its kecamatan and
     * desa/kelurahan from the shipped Kemendagri list and stores it as {@code office_regency}, audited, in one
     * transaction; the other settings stay as they are.
     *
     * @return what was loaded (the regency's name from the list, kecamatan and desa added)
     * @throws InvalidInputException (problem REGENCY_NOT_IN_LIST) when the list has no such regency; nothing changes
     */
    public RegionService.Loaded useRegency(String regencyCode) {
        RegionService.Loaded loaded = regions.useRegency(regencyCode);
        settings = reference.settings();
        return loaded;
    }

    public BudgetService budget() {
        return budget;
    }

    /** The move from government-paid to self-paying participants. */
    public TransitionService transitions() {
        return transitions;
    }

    /** Benefits paid out (JKK, JKM), as recorded. */
    public BenefitService benefits() {
        return benefits;
    }

    /** The award-readiness summary. */
    public ReadinessService readiness() {
        return readiness;
    }

    public AuditService audit() {
        return audit;
    }

    public BackupService backups() {
        return backups;
    }

    /** True when the database is open read-only (a read-only file, or a newer Payung's file). */
    /** Whether the file's integrity check is still to run (large files are checked after the window opens). */
    public boolean integrityCheckPending() {
        return db.checkPending();
    }

    /**
     * Runs the integrity check left for after opening; slow for a large file, so call it in the background.
     *
     * @throws id.payung.domain.DatabaseOpenException with problem CORRUPT when the file is damaged
     */
    public void verifyIntegrity() {
        db.verify();
    }

    public boolean readOnly() {
        return db.isReadOnly();
    }

    /**
     * The mark of a clerk's offline copy of a server (Cadangan's "Simpan salinan luring…"): such a file is open
     * read-only ({@link #readOnly()}), since nothing written in it would reach the server. Null for any other database.
     */
    public id.payung.domain.OfflineCopyMark offlineCopyMark() {
        return db.offlineCopy();
    }

    /** True when the database lies on a network share (SQLite is not safe there: warn the user). */
    public boolean onNetworkShare() {
        return db.onNetworkShare();
    }

    /** A digest of all data: two databases with the same digest hold the same rows. */
    public String digest() {
        return db.digest();
    }

    /**
     * Opens a Payung database read-only, e.g. one written by a newer version.
     *
     * @throws id.payung.domain.DatabaseOpenException when it is not a usable Payung database
     */
    public static PayungServices openReadOnly(Path file, Clock clock) {
        return new PayungServices(Database.openReadOnly(file), clock);
    }

    /**
     * Replaces this database with a backup. The backup (with a {@code -wal} beside it that belongs to it) is
     * read through SQLite into a new file next to the database, and that file is checked: Payung's, intact,
     * this version's schema exactly, settings Payung could have written (this PC's backup folder is kept).
     * Then, once no other Payung has the database open, the current data is backed up
     * ("payung-sebelum-pulih-…") and the checked file renamed into place. This object is closed; use the
     * returned one.
     *
     * @throws id.payung.domain.DatabaseOpenException when the backup is refused, or another Payung has the
     *                                               database open (IN_USE): nothing changed, this stays open
     * @throws RestoreFailedException when the restored file cannot be opened after the swap: it names the
     *                                safety backup, which {@link #putBack} puts in place again
     */
    public PayungServices restore(Path backup) {
        return restore(backup, WorkSteps.NONE);
    }

    /**
     * {@link #restore(Path)}, telling {@code steps} how far it is; cancelled before the swap, it stops with
     * the database as it was (the checked copy removed). Once the swap has begun it is no longer cancelled.
     *
     * @throws java.util.concurrent.CancellationException when cancelled before the swap: nothing changed
     */
    public PayungServices restore(Path backup, WorkSteps steps) {
        steps.step(0, 2);
        CheckedBackup checked = checkBackup(backup);
        steps.step(1, 2);
        return restore(checked, steps);
    }

    /**
     * Checks {@code backup} as {@link #restore(Path)} does, and copies it beside the database, without replacing
     * anything: what it holds is then shown to the user before they confirm ({@link #restore(CheckedBackup)}) or
     * not ({@link CheckedBackup#discard}).
     *
     * @throws id.payung.domain.DatabaseOpenException when the backup is refused: nothing is left behind
     */
    public CheckedBackup checkBackup(Path backup) {
        if (db.server() != null) {
            // A server's data is restored by its administrator (pg_restore), never from a file here: refused before
            // anything is copied beside a database that is no file.
            throw new StoreException("a restore from a file is for a database file; " + db.name()
                    + " is on a server (its administrator restores it with pg_restore, docs/SERVER.md); nothing was done");
        }
        if (db.offlineCopy() != null) {
            throw db.offlineCopyRefusal(); // refused before anything is copied beside it
        }
        try {
            return checked(backup);
        } catch (id.payung.domain.DatabaseOpenException refused) {
            auditRefusal(backup, refused);
            throw refused;
        }
    }

    /**
     * Writes a refused restore into the audit trail of the database that stays open (who, which backup, why): the
     * refusal said to the user left no trace for an auditor. Not on a read-only database, whose restore is not
     * offered; a failure to write the entry does not hide the refusal, it goes to the log file.
     */
    private void auditRefusal(Path backup, id.payung.domain.DatabaseOpenException refused) {
        java.util.logging.Logger log = LogFile.logger("restore");
        log.info(() -> "restore of " + db.file() + " from " + backup + " refused: " + refused.problem());
        if (db.isClosed() || readOnly()) {
            return;
        }
        try {
            if (!audit.recordRefusedRestore(backup, refused.problem().name())) {
                log.warning(() -> "the refused restore from " + backup + " is not in the audit trail: another writer"
                        + " held the database");
            }
        } catch (RuntimeException e) {
            log.warning(() -> "the refused restore from " + backup + " is not in the audit trail: " + e);
        }
    }

    private CheckedBackup checked(Path backup) {
        java.util.logging.Logger log = LogFile.logger("restore");
        log.info(() -> "check of " + backup + " for a restore of " + db.file());
        Path real = db.realFile();
        sweepStaged(real);
        Path staged = real.resolveSibling("." + real.getFileName() + ".restoring-" + ProcessHandle.current().pid()
                + "-" + STAGED.incrementAndGet());
        String folder = db.read(tx -> new id.payung.store.MetaRepository().get(tx, "backup_folder")).orElse(null);
        String keep = db.read(tx -> new id.payung.store.MetaRepository().get(tx, "backup_keep")).orElse(null);
        DatabaseFile.stage(backup.toAbsolutePath(), staged, new RestoredSettings(backup.toAbsolutePath(), folder, keep));
        try {
            DatabaseFile.Contents held = DatabaseFile.contents(staged);
            return CheckedBackup.of(backup.toAbsolutePath(), staged, held,
                    current(held.lastChange(), regency(DatabaseFile.meta(staged, "office_regency"))));
        } catch (RuntimeException e) {
            DatabaseFile.deleteWithSideFiles(staged);
            throw e;
        }
    }

    /**
     * The data open now, counted as a checked copy is ({@link DatabaseFile#contents(id.payung.store.Tx)}), with how
     * many audit entries were written after {@code backupLastChange}: one read, so the numbers are of one moment.
     */
    private CheckedBackup.Current current(java.time.Instant backupLastChange, CheckedBackup.Regency backupRegency) {
        return db.read(tx -> {
            DatabaseFile.Contents now = DatabaseFile.contents(tx);
            CheckedBackup.Regency here = regency(new id.payung.store.MetaRepository().get(tx, "office_regency").orElse(null));
            long[] imports = new id.payung.store.ImportBatchRepository().importedAfter(tx, backupLastChange);
            return new CheckedBackup.Current(now.people(), now.enrollments(), now.lastChange(), now.lastActor(),
                    new id.payung.store.AuditLog().countAfter(tx, backupLastChange), backupRegency, here, imports[0],
                    imports[1]);
        });
    }

    /** The regency of code {@code code} with its name from Kemendagri's list; null for none. */
    private static CheckedBackup.Regency regency(String code) {
        return code == null || code.isBlank() ? null : new CheckedBackup.Regency(code,
                RegionList.regency(code).map(id.payung.domain.Region::name).orElse(code));
    }

    /**
     * Removes checked copies beside {@code real} that a Payung which has since ended left (its window closed while
     * the question was open, a crash): each is a whole copy of a register, full NIKs included, hidden beside the
     * database. A live process's copies are its own to use or discard.
     */
    private static void sweepStaged(Path real) {
        String prefix = "." + real.getFileName() + ".restoring-";
        try (var files = java.nio.file.Files.list(real.toAbsolutePath().getParent())) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (!name.startsWith(prefix)) {
                    continue;
                }
                String pid = name.substring(prefix.length()).replaceAll("\\D.*", "");
                boolean alive = !pid.isEmpty() && ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
                if (!alive) {
                    java.nio.file.Files.deleteIfExists(f);
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            LogFile.logger("restore").warning(() -> "cannot sweep old restore copies beside " + real + ": " + e);
        }
    }

    /** Numbers the checked copies of one process: a second look at a backup does not take the first one's file. */
    private static final java.util.concurrent.atomic.AtomicLong STAGED = new java.util.concurrent.atomic.AtomicLong();

    /**
     * {@link #restore(Path)} of a backup {@link #checkBackup} checked: once no other Payung has the database open,
     * the current data is backed up ("payung-sebelum-pulih-…") and the checked copy renamed into place. This
     * object is closed; use the returned one. Refused (IN_USE), the checked copy is removed and nothing changed.
     */
    public PayungServices restore(CheckedBackup checked) {
        return restore(checked, WorkSteps.NONE);
    }

    /**
     * {@link #restore(CheckedBackup)}; cancelled before the swap (waiting for its turn), it removes the checked copy
     * and stops with the database as it was.
     *
     * @throws java.util.concurrent.CancellationException when cancelled before the swap: nothing changed
     */
    public PayungServices restore(CheckedBackup checked, WorkSteps steps) {
        if (steps.cancelled()) {
            checked.discard();
            throw new java.util.concurrent.CancellationException();
        }
        java.util.logging.Logger log = LogFile.logger("restore");
        Path backup = checked.backup();
        Path staged = checked.staged();
        log.info(() -> "restore of " + db.file() + " from " + backup + " started");
        Path file = db.file();
        Path safety = backups.safetyCopyTarget();
        try {
            // The safety copy is taken once nothing else may write (the database is this object's alone by now): it
            // is the replaced data exactly, whose audit entries the restored log lacks are carried from it.
            db.replaceWith(staged, () -> backups.backupTo(safety));
        } catch (RuntimeException e) {
            DatabaseFile.deleteWithSideFiles(staged);
            if (db.isClosed()) {
                closed = true;
                throw new RestoreFailedException(file, safety, e);
            }
            if (e instanceof id.payung.domain.DatabaseOpenException refused) { // IN_USE, WRITE_UNDER_WAY: nothing changed
                auditRefusal(backup, refused);
            }
            throw e;
        }
        closed = true;
        log.info(() -> "restore of " + file + " from " + backup + " finished (safety backup " + safety + ")");
        PayungServices restored;
        try {
            restored = open(file, false, clock);
        } catch (RuntimeException e) {
            throw new RestoreFailedException(file, safety, e);
        }
        try {
            restored.audit().recordRestore(backup, safety, safety);
        } catch (RuntimeException e) {
            // The data is back and checked; only its note in the log is missing: said in the log file.
            log.warning(() -> "restore of " + file + " done, but its audit entry could not be written: " + e);
        }
        restored.safetyCopy = safety;
        return restored;
    }

    /** Where the restore that opened this object kept the data it replaced; null when it was not opened by one. */
    private Path safetyCopy;

    /**
     * The safety copy of the data the restore that returned this object replaced
     * ("payung-sebelum-pulih-…" in the backup folder), to be named to the user; empty when no restore opened it.
     */
    public java.util.Optional<Path> safetyCopy() {
        return java.util.Optional.ofNullable(safetyCopy);
    }

    /**
     * Puts the safety backup a failed restore made back in place of the database, and opens it. The file that
     * failed is kept beside it ("…damaged-DATE").
     */
    public static PayungServices putBack(Path file, Path safety, Clock clock) {
        replaceDamaged(file, safety);
        return open(file, false, clock);
    }

    /** The office's settings (read when the database was opened, and again after each change). */
    public Settings settings() {
        return settings;
    }

    /**
     * Changes the office's settings (audited).
     *
     * A new regency's kecamatan and desa/kelurahan are loaded from the shipped Kemendagri list.
     *
     * @throws InvalidInputException when the regency code is not of the form 53.10 or not a regency of the
     *                               Kemendagri list, or the office name is empty
     */
    public void saveSettings(Settings changed) {
        String regency = changed.regencyCode() == null ? "" : changed.regencyCode().strip();
        boolean newRegency = !regency.equals(settings.regencyCode()) && regency.matches("\\d{2}\\.\\d{2}");
        if (newRegency) {
            RegionService.checked(regency); // a regency the Kemendagri list does not have is refused before saving
        }
        reference.saveSettings(changed);
        if (newRegency) {
            regions.useRegency(regency); // its kecamatan and desa, from the shipped list
        }
        settings = reference.settings();
    }

    /**
     * Puts a backup in place of a database that cannot be opened (damaged): the damaged file is kept
     * beside it as "…damaged-DATE" (never deleted), then the checked backup is copied in.
     *
     * @throws id.payung.domain.DatabaseOpenException when the backup itself is not usable (nothing changed)
     */
    public static void replaceDamaged(Path file, Path backup) {
        swapDamaged(file, checkBackupForDamaged(file, backup));
    }

    /**
     * Checks {@code backup} for putting it in place of the damaged database {@code file}, as {@link #checkBackup} checks
     * one for a restore, and copies it beside the file, replacing nothing: what it holds is shown to the user before
     * they confirm ({@link #restoreDamaged}) or not ({@link CheckedBackup#discard}). The data now cannot be read, so
     * it is not counted ({@link CheckedBackup.Current#UNKNOWN}).
     *
     * @throws id.payung.domain.DatabaseOpenException when the backup itself is not usable (nothing changed)
     */
    public static CheckedBackup checkBackupForDamaged(Path file, Path backup) {
        Path real = realOrNamed(file);
        java.util.logging.Logger log = LogFile.logger("restore");
        log.info(() -> "check of " + backup + " for a restore of the damaged " + real);
        sweepStaged(real);
        Path staged = real.resolveSibling("." + real.getFileName() + ".restoring-" + ProcessHandle.current().pid()
                + "-" + STAGED.incrementAndGet());
        try {
            DatabaseFile.stage(backup.toAbsolutePath(), staged, RestoredSettings.checkOnly(backup.toAbsolutePath()));
        } catch (RuntimeException e) {
            log.info(() -> "restore of the damaged " + real + " from " + backup + " refused: " + e.getMessage());
            throw e;
        }
        try {
            DatabaseFile.Contents held = DatabaseFile.contents(staged);
            return CheckedBackup.of(backup.toAbsolutePath(), staged, held, CheckedBackup.Current.UNKNOWN);
        } catch (RuntimeException e) {
            DatabaseFile.deleteWithSideFiles(staged);
            throw e;
        }
    }

    /**
     * Puts a backup {@link #checkBackupForDamaged} checked in place of the damaged database {@code file}, as a restore:
     * the damaged file is kept beside it ("…damaged-DATE", never deleted), the log file says so, and the restored
     * file's trail gets the restore's entry ({@code RESTORE}: from which backup, and where the damaged data was kept),
     * written as {@link #restore(CheckedBackup)} writes it (trial 21b #2: the swap left no trace). Returns the restored
     * database, open.
     *
     * @throws RestoreFailedException when the restored file cannot be opened
     */
    public static PayungServices restoreDamaged(Path file, CheckedBackup checked, Clock clock) {
        java.util.logging.Logger log = LogFile.logger("restore");
        Path backup = checked.backup();
        log.info(() -> "restore of the damaged " + file + " from " + backup + " started");
        Path kept = swapDamaged(file, checked);
        log.info(() -> "restore of the damaged " + file + " from " + backup + " finished (damaged data kept in "
                + kept + ")");
        PayungServices restored;
        try {
            restored = open(file, false, clock);
        } catch (RuntimeException e) {
            throw new RestoreFailedException(file, kept, e);
        }
        try {
            restored.audit().recordRestore(backup, kept);
        } catch (RuntimeException e) {
            log.warning(() -> "restore of " + file + " done, but its audit entry could not be written: " + e);
        }
        restored.safetyCopy = kept;
        return restored;
    }

    private static Path realOrNamed(Path file) {
        try {
            return file.toRealPath();
        } catch (java.io.IOException e) {
            return file; // a missing file: the backup goes where it was named
        }
    }

    /** Moves the damaged file (and its side files) aside, the checked copy into place; returns where it was kept. */
    private static Path swapDamaged(Path file, CheckedBackup checked) {
        Path real = realOrNamed(file);
        String stamp = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(java.time.LocalDateTime.now());
        Path kept = real.resolveSibling(real.getFileName() + ".damaged-" + stamp);
        try {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Path part = real.resolveSibling(real.getFileName() + suffix);
                if (java.nio.file.Files.exists(part)) {
                    java.nio.file.Files.move(part, real.resolveSibling(kept.getFileName() + suffix));
                }
            }
            DatabaseFile.moveIntoPlace(checked.staged(), real);
        } catch (java.io.IOException e) {
            throw new StoreException("could not put " + checked.backup() + " in place of " + file + ": " + e.getMessage(), e);
        } finally {
            checked.discard();
        }
        return kept;
    }

    /**
     * Who is told, on a server, that an action failed because the connection to the server was lost ({@code false})
     * and that an action went through again since ({@code true}), on the thread that read or wrote (see
     * {@link Database#onConnection}). Never told for a file.
     */
    public void onConnection(java.util.function.Consumer<Boolean> listener) {
        db.onConnection(listener);
    }

    /**
     * Who is told when a write has to wait for another writer (an import in this window, or another Payung
     * writing the same file): {@code true} when the wait starts, {@code false} when it ends, on the waiting
     * thread. The write waits as long as it takes instead of failing with "database is busy".
     */
    public void onWriteWait(java.util.function.Consumer<Boolean> listener) {
        onWriteWait(listener, () -> false);
    }

    /**
     * {@link #onWriteWait(java.util.function.Consumer)}, and a waiting write gives up (nothing written, a
     * {@link id.payung.store.WriteCancelledException}) as soon as {@code cancelled} holds; asked on the
     * waiting thread (e.g. "the task running on this thread was cancelled").
     */
    public void onWriteWait(java.util.function.Consumer<Boolean> listener, java.util.function.BooleanSupplier cancelled) {
        db.onWriteWait(new id.payung.store.WriteWait() {
            @Override
            public void waiting() {
                listener.accept(true);
            }

            @Override
            public void resumed() {
                listener.accept(false);
            }

            @Override
            public boolean cancelled() {
                return cancelled.getAsBoolean();
            }
        });
    }

    /**
     * Whether the write holding the database now is an import of this Payung: a write waiting for it may say "another
     * import"; for any other holder (another Payung, another program) Payung cannot know who writes (trial 21b M5).
     */
    public boolean importWriting() {
        return db.importWriting();
    }

    /** True once {@link #close()} ran (a failed restore may have closed this object). */
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            db.close();
        }
    }
}
