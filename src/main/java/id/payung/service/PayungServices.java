package id.payung.service;

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
        this.audit = new AuditService(db, Actor.current());
        this.budget = new BudgetService(db);
        this.transitions = new TransitionService(db, clock);
        this.benefits = new BenefitService(db, clock, Actor.current());
        this.regionImport = new RegionImportService(db, Actor.current());
        this.exports = new id.payung.service.exporting.ExportService(db, register, dashboard, budget, reference,
                this::settings, clock, Actor.current());
        this.imports = new id.payung.service.importing.ImportService(db, reference, clock, Actor.current(),
                () -> settings().regionPrefix());
        this.readiness = new ReadinessService(db, dashboard, budget, funding, reference, benefits, this::settings);
        this.clock = clock;
        this.coverage = new CoverageService(db, Actor.current());
    }

    /**
     * Opens (or creates and seeds) the database at {@code file}.
     *
     * @throws id.payung.store.DatabaseOpenException when the file is not a usable Payung database
     * @throws SeedException when a new database cannot be seeded; the database is then closed
     */
    public static PayungServices open(Path file, boolean createIfMissing, Clock clock) {
        Database db = Database.open(file, createIfMissing);
        try {
            new SeedLoader(db, Actor.current()).loadIfNew();
            java.time.Year year = java.time.Year.now(clock);
            if (db.read(tx -> id.payung.store.YearSummary.due(tx, year))) {
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

    public Path databaseFile() {
        return db.file();
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
     * @throws id.payung.store.DatabaseOpenException with problem CORRUPT when the file is damaged
     */
    public void verifyIntegrity() {
        db.verify();
    }

    public boolean readOnly() {
        return db.isReadOnly();
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
     * @throws id.payung.store.DatabaseOpenException when it is not a usable Payung database
     */
    public static PayungServices openReadOnly(Path file, Clock clock) {
        return new PayungServices(Database.openReadOnly(file), clock);
    }

    /**
     * Replaces this database with a backup: the backup is checked first, the current data is backed up
     * ("payung-before-restore-…"), then the file is swapped and reopened. This object is closed; use the
     * returned one.
     *
     * @throws id.payung.store.DatabaseOpenException when the backup is not a usable Payung database (nothing changed)
     */
    public PayungServices restore(Path backup) {
        DatabaseFile.Facts facts = DatabaseFile.verify(backup);
        if (facts.schemaVersion() > Database.latestSchemaVersion()) {
            throw new id.payung.store.DatabaseOpenException(id.payung.store.DatabaseOpenException.Problem.NEWER_VERSION,
                    backup, backup + " was made by a newer Payung");
        }
        Path file = db.file();
        Path safety = backups.folder().resolve(BackupService.PREFIX + "before-restore-"
                + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss").format(java.time.LocalDateTime.now(clock))
                + ".db");
        backups.backupTo(safety);
        close();
        try {
            Path temp = file.resolveSibling(file.getFileName() + ".restoring");
            java.nio.file.Files.copy(backup, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            // A copy made with the umask (0644), or of a 0644 file: the database holds personal data.
            id.payung.store.OwnerOnly.restrict(temp);
            java.nio.file.Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-wal"));
            java.nio.file.Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-shm"));
            java.nio.file.Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (java.io.IOException e) {
            throw new StoreException("restoring " + backup + " failed (" + e.getMessage() + "); the data before it is in "
                    + safety, e);
        }
        return open(file, false, clock);
    }

    /** The office's settings (read when the database was opened, and again after each change). */
    public Settings settings() {
        return settings;
    }

    /**
     * Changes the office's settings (audited).
     *
     * @throws InvalidInputException when the regency code is not of the form 53.10 or the office name is empty
     */
    public void saveSettings(Settings changed) {
        reference.saveSettings(changed);
        settings = reference.settings();
    }

    /**
     * Puts a backup in place of a database that cannot be opened (damaged): the damaged file is kept
     * beside it as "…damaged-DATE" (never deleted), then the checked backup is copied in.
     *
     * @throws id.payung.store.DatabaseOpenException when the backup itself is not usable (nothing changed)
     */
    public static void replaceDamaged(Path file, Path backup) {
        DatabaseFile.verify(backup);
        String stamp = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(java.time.LocalDateTime.now());
        try {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Path part = file.resolveSibling(file.getFileName() + suffix);
                if (java.nio.file.Files.exists(part)) {
                    java.nio.file.Files.move(part, file.resolveSibling(file.getFileName() + ".damaged-" + stamp + suffix));
                }
            }
            java.nio.file.Files.copy(backup, file);
            id.payung.store.OwnerOnly.restrict(file);
        } catch (java.io.IOException e) {
            throw new StoreException("could not put " + backup + " in place of " + file + ": " + e.getMessage(), e);
        }
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
