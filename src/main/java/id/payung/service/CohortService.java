package id.payung.service;

import id.payung.domain.Cohort;
import id.payung.domain.FormProblem;
import id.payung.domain.FormProblem.Field;
import id.payung.domain.TextLimit;
import id.payung.domain.Segment;
import id.payung.store.CohortRepository;
import id.payung.store.Database;
import id.payung.store.StoreException;
import id.payung.store.Tx;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Entering and correcting cohorts (headcounts without names); every change audited. */
public final class CohortService {
    private final Database db;
    private final ChangeLog log;
    private final CohortRepository repo = new CohortRepository();

    public CohortService(Database db, String actor) {
        this.db = db;
        this.log = new ChangeLog(actor);
    }

    /** What a clerk enters for a cohort; kecamatan and occupation may be null (= all). */
    public record Input(String funderCode, Integer year, Segment segment, String kecamatanCode, String occupationCode,
                        Long participants, String source) {
    }

    /** Adds a cohort and returns its id. @throws InvalidInputException when a rule is broken or it exists already */
    public long add(Input in) {
        return db.write(tx -> {
            check(tx, 0, in, null);
            long id = repo.insert(tx, in.funderCode(), in.year(), in.segment(), in.kecamatanCode(), in.occupationCode(),
                    in.participants(), blankToNull(in.source()));
            log.record(tx, "INSERT", "cohort", id, null, fields(in));
            return id;
        });
    }

    /** Corrects a cohort. @throws InvalidInputException when a rule is broken */
    public void update(long id, Input in) {
        db.write(tx -> {
            Cohort before = repo.byId(tx, id).orElseThrow(() -> new StoreException("cohort " + id + " does not exist"));
            check(tx, id, in, before.funderCode());
            repo.update(tx, id, in.funderCode(), in.year(), in.segment(), in.kecamatanCode(), in.occupationCode(),
                    in.participants(), blankToNull(in.source()));
            log.record(tx, "UPDATE", "cohort", id, fields(before), fields(in));
            return null;
        });
    }

    /** Removes a cohort; the audit log keeps what it held. */
    public void delete(long id) {
        db.write(tx -> {
            Cohort before = repo.byId(tx, id).orElseThrow(() -> new StoreException("cohort " + id + " does not exist"));
            repo.delete(tx, id);
            log.record(tx, "DELETE", "cohort", id, fields(before), null);
            return null;
        });
    }

    /** @param storedFunder the corrected cohort's funder as stored; null for a new cohort */
    private void check(Tx tx, long id, Input in, String storedFunder) {
        List<FormProblem> problems = new ArrayList<>();
        if (in.funderCode() == null) {
            problems.add(FormProblem.error(Field.FUNDER, "REQUIRED"));
        }
        if (in.year() == null) {
            problems.add(FormProblem.error(Field.YEAR, "REQUIRED"));
        } else if (in.year() < 2000 || in.year() > 2100) {
            problems.add(FormProblem.error(Field.YEAR, "YEAR_RANGE"));
        }
        if (in.segment() == null) {
            problems.add(FormProblem.error(Field.SEGMENT, "REQUIRED"));
        }
        if (in.participants() == null) {
            problems.add(FormProblem.error(Field.PARTICIPANTS, "REQUIRED"));
        } else if (in.participants() < 0) {
            problems.add(FormProblem.error(Field.PARTICIPANTS, "NOT_NEGATIVE"));
        }
        TextLimit.check(in.source(), Field.SOURCE, problems);
        // A cohort counts in the budget's costs like the names do: another region's budget may not pay for it.
        // As for enrollments, a correction that keeps the stored funder (a file moved from another regency) is let
        // through, so its count can be fixed without changing who paid.
        if (in.funderCode() != null && !in.funderCode().equals(storedFunder)) {
            ReferenceService.otherRegionsBudget(tx, in.funderCode(), ReferenceService.officeRegency(tx))
                    .ifPresent(problems::add);
        }
        if (problems.isEmpty() && repo.keyTaken(tx, id, in.funderCode(), in.year(), in.segment(), in.kecamatanCode(),
                in.occupationCode())) {
            problems.add(FormProblem.error(Field.YEAR, "COHORT_EXISTS"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems, 0);
        }
    }

    private static Map<String, Object> fields(Input in) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("funder", in.funderCode());
        m.put("year", in.year());
        m.put("segment", in.segment() == null ? null : in.segment().name());
        m.put("kecamatan", in.kecamatanCode());
        m.put("occupation", in.occupationCode());
        m.put("participants", in.participants());
        m.put("source", blankToNull(in.source()));
        return m;
    }

    private static Map<String, Object> fields(Cohort c) {
        return fields(new Input(c.funderCode(), c.year(), c.segment(), c.kecamatanCode(), c.occupationCode(),
                c.participants(), c.source()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
