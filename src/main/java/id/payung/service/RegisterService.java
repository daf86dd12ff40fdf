package id.payung.service;

import id.payung.domain.Cohort;
import id.payung.domain.RegisterFilter;
import id.payung.domain.RegisterPage;
import id.payung.domain.RegisterSort;
import id.payung.store.CohortRepository;
import id.payung.store.Database;
import id.payung.store.RegisterQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Reading the register: pages of named enrollments, and aggregate cohorts. */
public final class RegisterService {
    private final Database db;
    private final Clock clock;
    private final RegisterQuery query = new RegisterQuery();
    private final CohortRepository cohorts = new CohortRepository();

    public RegisterService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Counts for the register's header: rows matching the filter, and all rows not marked deleted. */
    public record Counts(long matching, long total) {
        /** Matching rows as a percentage of all rows (0 when there are none). */
        public double percent() {
            return total == 0 ? 0 : 100.0 * matching / total;
        }
    }

    /**
     * One page of enrollments (NIKs unmasked: mask before showing).
     *
     * @param after where the page starts: the previous page's {@code next}, or null for the first page
     */
    public RegisterPage page(RegisterFilter filter, RegisterSort sort, RegisterPage.PageKey after, int limit) {
        LocalDate today = LocalDate.now(clock);
        return db.read(tx -> query.page(tx, filter, sort, after, limit, today));
    }

    /** How many enrollments the filter matches, out of all. */
    public Counts counts(RegisterFilter filter) {
        LocalDate today = LocalDate.now(clock);
        return db.read(tx -> new Counts(query.count(tx, filter, today), query.count(tx, RegisterFilter.all(), today)));
    }

    /** All cohorts, newest year first. */
    public List<Cohort> cohorts() {
        return db.read(cohorts::all);
    }
}
