package id.payung.store;

import id.payung.domain.FunderType;
import id.payung.domain.FundingBudget;
import id.payung.domain.FundingSource;
import java.util.List;

/** Funding sources (who pays). */
public final class FundingSourceRepository {

    /** Inserts a funding source unless its code exists; returns true when a row was added. */
    public boolean insertIfAbsent(Tx tx, FundingSource f) {
        return tx.update("""
                INSERT INTO funding_source (code, name, type, region_code, active, notes)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                f.code(), f.name(), f.type().name(), f.regionCode(), f.active() ? 1 : 0, f.notes()) > 0;
    }

    /**
     * Adds a funding source (its id field is ignored) and returns its id.
     *
     * @throws RuleViolation (FUNDER_CODE_TAKEN) when the database has a source with this code (on a server: one
     *                       another clerk added meanwhile)
     */
    public long insert(Tx tx, FundingSource f) {
        try {
            return tx.insert(IdFloor.withId(tx, "funding_source",
                    "INSERT INTO funding_source (code, name, type, region_code, active, notes) VALUES (?, ?, ?, ?, ?, ?)"),
                    f.code(), f.name(), f.type().name(), f.regionCode(), f.active() ? 1 : 0, f.notes());
        } catch (StoreException e) {
            throw Sql.duplicate(e, Sql.FUNDER_CODE_KEY, Sql.FUNDER_CODE_COLUMN, RuleViolation.Rule.FUNDER_CODE_TAKEN);
        }
    }

    /**
     * The regency whose funding sources this login may add and edit: on a server, a clerk's own (V11's policies
     * hold them to it); null where any may be (an office's file, the server's owner).
     */
    public String ownRegency(Tx tx) {
        if (tx.dialect() != Dialect.POSTGRES) {
            return null;
        }
        String regency = tx.one("SELECT coalesce(payung_login_regency(), '')", rs -> rs.getString(1)).orElse("");
        return regency.isEmpty() ? null : regency;
    }

    /**
     * The codes of the funders this login's records name: an enrollment (deleted ones too), a cohort or a plan
     * (quota and ceiling). On a server row-level security holds a clerk to their own regency's rows, so these are the
     * funders the regency's records name; on a file, the office's.
     */
    public java.util.Set<String> namedByRecords(Tx tx) {
        return new java.util.HashSet<>(tx.list("""
                SELECT f.code FROM funding_source f WHERE f.id IN (
                    SELECT funder_id FROM enrollment UNION SELECT funder_id FROM cohort
                    UNION SELECT funder_id FROM funding_budget)""", rs -> rs.getString(1)));
    }

    /** Changes a funding source's name, notes and whether it is offered for new enrollments. */
    public void update(Tx tx, FundingSource f) {
        tx.update("UPDATE funding_source SET name = ?, notes = ?, active = ? WHERE code = ?",
                f.name(), f.notes(), f.active() ? 1 : 0, f.code());
    }

    /** Every funder's quota and budget ceiling for one year (funders without one are left out). */
    public List<FundingBudget> budgets(Tx tx, int year) {
        return tx.list("""
                SELECT f.code, b.year, b.quota, b.ceiling_rp FROM funding_budget b JOIN funding_source f ON f.id = b.funder_id
                WHERE b.year = ? ORDER BY f.name""",
                rs -> new FundingBudget(rs.getString("code"), rs.getInt("year"), Sql.nullableLong(rs, "quota"),
                        Sql.nullableLong(rs, "ceiling_rp")), year);
    }

    /** Sets (or replaces) a funder's quota and ceiling for a year. */
    public void putBudget(Tx tx, FundingBudget b) {
        long funderId = Sql.funderId(tx, b.funderCode());
        // On a server the budget is the regency's: keyed (regency_code, funder_id, year), see Dialect.regencyKey.
        tx.update("INSERT INTO funding_budget (funder_id, year, quota, ceiling_rp) VALUES (?, ?, ?, ?)\n"
                + "ON CONFLICT (" + tx.dialect().regencyKey("funder_id, year")
                + ") DO UPDATE SET quota = excluded.quota, ceiling_rp = excluded.ceiling_rp",
                funderId, b.year(), b.quota(), b.ceilingRp());
    }

    /** All funding sources, active ones first, then by name. */
    public List<FundingSource> all(Tx tx) {
        return tx.list("SELECT * FROM funding_source ORDER BY active DESC, name",
                rs -> new FundingSource(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        FunderType.valueOf(rs.getString("type")), rs.getString("region_code"),
                        rs.getInt("active") == 1, rs.getString("notes")));
    }
}
