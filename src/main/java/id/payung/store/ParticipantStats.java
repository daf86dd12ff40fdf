package id.payung.store;

import id.payung.domain.FunderCount;
import id.payung.domain.FunderType;
import java.util.List;

/** Aggregates over enrollments and cohorts, computed in SQL rather than by loading rows. */
public final class ParticipantStats {

    /**
     * Per funder, for one year: distinct named persons and the declared cohort headcount.
     *
     * <p>A named person is counted once per year, under the funder of their latest enrollment that
     * covers any month of that year (a worker who moved from the regency budget to <em>mandiri</em> in
     * June counts for <em>mandiri</em>). Demo persons and deleted enrollments are left out unless asked.
     * Funders with neither are omitted. Ordered by participants, largest first.
     */
    public List<FunderCount> funderCounts(Tx tx, int year, boolean includeDemo) {
        String first = year + "-01";
        String last = year + "-12";
        return tx.list("""
                WITH latest AS (
                    SELECT e.funder_id,
                           row_number() OVER (PARTITION BY e.person_id ORDER BY e.first_month DESC, e.id DESC) AS rn
                    FROM enrollment e JOIN person p ON p.id = e.person_id
                    WHERE e.deleted = 0 AND (p.is_demo = 0 OR ?)
                      AND e.first_month <= ? AND (e.last_month IS NULL OR e.last_month >= ?)
                ), named AS (
                    SELECT funder_id, count(*) AS n FROM latest WHERE rn = 1 GROUP BY funder_id
                ), declared AS (
                    SELECT funder_id, sum(participants) AS n FROM cohort WHERE year = ? GROUP BY funder_id
                )
                SELECT f.code, f.name, f.type, ifnull(named.n, 0) AS named, ifnull(declared.n, 0) AS declared
                FROM funding_source f
                LEFT JOIN named ON named.funder_id = f.id
                LEFT JOIN declared ON declared.funder_id = f.id
                WHERE named.n > 0 OR declared.n > 0
                ORDER BY max(ifnull(named.n, 0), ifnull(declared.n, 0)) DESC, f.name""",
                rs -> new FunderCount(rs.getString("code"), rs.getString("name"), FunderType.valueOf(rs.getString("type")),
                        rs.getLong("named"), rs.getLong("declared")),
                includeDemo ? 1 : 0, last, first, year);
    }

    /** Years that have any cohort or enrollment, ascending. Open-ended enrollments reach the given year. */
    public List<Integer> years(Tx tx, int untilYear) {
        return tx.list("""
                WITH RECURSIVE span(y) AS (
                    SELECT min(y0) FROM (
                        SELECT min(year) AS y0 FROM cohort
                        UNION ALL SELECT CAST(substr(min(first_month), 1, 4) AS INTEGER) FROM enrollment WHERE deleted = 0)
                    UNION ALL SELECT y + 1 FROM span WHERE y < ?
                )
                SELECT y FROM span WHERE y IS NOT NULL AND (
                    EXISTS (SELECT 1 FROM cohort WHERE year = y)
                    OR EXISTS (SELECT 1 FROM enrollment WHERE deleted = 0 AND first_month <= y || '-12'
                               AND (last_month IS NULL OR last_month >= y || '-01')))
                ORDER BY y""",
                rs -> rs.getInt(1), untilYear);
    }
}
