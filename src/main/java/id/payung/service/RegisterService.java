package id.payung.service;

import id.payung.domain.Cohort;
import id.payung.domain.EnrollmentSummary;
import id.payung.store.CohortRepository;
import id.payung.store.Database;
import id.payung.store.EnrollmentRepository;
import java.util.List;

/** Reading the register: named enrollments and aggregate cohorts. */
public final class RegisterService {
    /** Rows shown at once until the register pages from the database. */
    public static final int PAGE = 1_000;

    private final Database db;
    private final EnrollmentRepository enrollments = new EnrollmentRepository();
    private final CohortRepository cohorts = new CohortRepository();

    public RegisterService(Database db) {
        this.db = db;
    }

    /** The newest {@link #PAGE} enrollments (demo persons excluded), NIKs unmasked: mask before showing. */
    public List<EnrollmentSummary> enrollments() {
        return db.read(tx -> enrollments.list(tx, false, PAGE));
    }

    /** All cohorts, newest year first. */
    public List<Cohort> cohorts() {
        return db.read(cohorts::all);
    }
}
