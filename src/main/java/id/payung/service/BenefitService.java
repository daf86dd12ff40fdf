package id.payung.service;

import id.payung.domain.BenefitClaim;
import id.payung.domain.FormProblem;
import id.payung.domain.FormProblem.Field;
import id.payung.domain.Programme;
import id.payung.store.BenefitClaimRepository;
import id.payung.store.Database;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Recording benefits paid out (JKK, JKM) for the award-readiness summary; audited. */
public final class BenefitService {
    private final Database db;
    private final Clock clock;
    private final ChangeLog log;
    private final BenefitClaimRepository repo = new BenefitClaimRepository();

    public BenefitService(Database db, Clock clock, String actor) {
        this.db = db;
        this.clock = clock;
        this.log = new ChangeLog(actor);
    }

    /**
     * Records a payout (its id is ignored) and returns the new id.
     *
     * @throws InvalidInputException when the date is missing or in the future, the programme is not JKK or JKM,
     *     the number of beneficiaries is not positive or the amount is negative
     */
    public long add(BenefitClaim c) {
        List<FormProblem> problems = new ArrayList<>();
        if (c.paidOn().isAfter(LocalDate.now(clock))) {
            problems.add(FormProblem.error(Field.DATE, "IN_FUTURE"));
        }
        if (c.programme() != Programme.JKK && c.programme() != Programme.JKM) {
            problems.add(FormProblem.error(Field.PROGRAMMES, "BENEFIT_PROGRAMME"));
        }
        if (c.beneficiaries() <= 0) {
            problems.add(FormProblem.error(Field.PARTICIPANTS, "POSITIVE"));
        }
        if (c.amountRp() < 0) {
            problems.add(FormProblem.error(Field.AMOUNT, "NOT_NEGATIVE"));
        }
        id.payung.domain.TextLimit.check(c.note(), Field.NOTES, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems, 0);
        }
        return db.write(tx -> {
            long id = repo.insert(tx, c);
            log.record(tx, "INSERT", "benefit_claim", id, null, fields(c));
            return id;
        });
    }

    /** Removes a payout recorded by mistake (kept in the database, marked deleted; audited). */
    public void delete(long id) {
        db.write(tx -> {
            repo.setDeleted(tx, id, true);
            log.record(tx, "DELETE", "benefit_claim", id, null, null);
            return null;
        });
    }

    /** The payouts of a year, oldest first. */
    public List<BenefitClaim> ofYear(int year) {
        return db.read(tx -> repo.ofYear(tx, year));
    }

    private static Map<String, Object> fields(BenefitClaim c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("paid_on", c.paidOn().toString());
        m.put("programme", c.programme().name());
        m.put("beneficiaries", c.beneficiaries());
        m.put("amount_rp", c.amountRp());
        m.put("note", c.note());
        return m;
    }
}
