package id.payung.store;

import id.payung.domain.BenefitClaim;
import id.payung.domain.Programme;
import java.util.List;

/** Benefits paid out (JKK, JKM), as recorded by the office. */
public final class BenefitClaimRepository {

    /** Inserts a payout and returns its id. */
    public long insert(Tx tx, BenefitClaim c) {
        return Sql.insert(tx, IdFloor.withId(tx, "benefit_claim",
                        "INSERT INTO benefit_claim (paid_on, programme, beneficiaries, amount_rp, note) VALUES (?, ?, ?, ?, ?)"),
                Sql.text(c.paidOn()), c.programme().name(), c.beneficiaries(), c.amountRp(), c.note());
    }

    /** Inserts a payout unless one with the same day, programme and note is recorded; whether it was added. */
    public boolean insertIfAbsent(Tx tx, BenefitClaim c) {
        return tx.update("""
                INSERT INTO benefit_claim (paid_on, programme, beneficiaries, amount_rp, note)
                SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM benefit_claim WHERE paid_on = ? AND programme = ?
                    AND note IS NOT DISTINCT FROM ? AND person_id IS NULL)""",
                Sql.text(c.paidOn()), c.programme().name(), c.beneficiaries(), c.amountRp(), c.note(),
                Sql.text(c.paidOn()), c.programme().name(), c.note()) > 0;
    }

    /** Marks a payout deleted. */
    public void setDeleted(Tx tx, long id, boolean deleted) {
        tx.update("UPDATE benefit_claim SET deleted = ? WHERE id = ?", deleted ? 1 : 0, id);
    }

    /** The payouts of a year (not deleted), oldest first. */
    public List<BenefitClaim> ofYear(Tx tx, int year) {
        return tx.list("""
                SELECT id, paid_on, programme, beneficiaries, amount_rp, note FROM benefit_claim
                WHERE deleted = 0 AND paid_on BETWEEN ? AND ? ORDER BY paid_on, id""",
                rs -> new BenefitClaim(rs.getLong(1), Sql.date(rs, "paid_on"), Programme.valueOf(rs.getString(3)),
                        rs.getInt(4), rs.getLong(5), rs.getString(6)),
                year + "-01-01", year + "-12-31");
    }
}
