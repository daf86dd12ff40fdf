package id.payung.service;

import id.payung.store.Database;
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
    private final Settings settings;
    private final CohortService cohorts;
    private final EventService events;
    private final FundingService funding;

    private PayungServices(Database db, Clock clock) {
        this.db = db;
        this.reference = new ReferenceService(db);
        this.settings = reference.settings();
        this.dashboard = new DashboardService(db, clock);
        this.register = new RegisterService(db, clock);
        this.enrollments = new EnrollmentService(db, clock, Actor.current(), settings);
        this.cohorts = new CohortService(db, Actor.current());
        this.events = new EventService(db, Actor.current());
        this.funding = new FundingService(db, Actor.current());
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

    /** The office's settings as read when the database was opened. */
    public Settings settings() {
        return settings;
    }

    @Override
    public void close() {
        db.close();
    }
}
