package id.payung.store;

import id.payung.domain.AnnexEntry;
import id.payung.domain.Programme;
import id.payung.domain.Sector;
import id.payung.domain.Segment;
import id.payung.domain.Sex;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;

/**
 * The queries behind the printed reports: the move from government-paid to self-paying, the name-list
 * annex of a decree, and village-official coverage. All aggregate or stream in SQL, so they stay fast
 * and small at a million enrollments.
 */
public final class ReportQueries {
    /** One cohort of the transition: the persons whose government funding ended in {@code endYear}. */
    public record TransitionCount(int endYear, long ended, long continued, long activeNow) {
    }

    /**
     * Per year in which government funding ended (before {@code now}): how many persons it ended for,
     * how many have a later self-paying enrollment, and how many of those are covered in {@code now}.
     * Deleted enrollments are left out. Ordered by year. Read from the per-person summary
     * (schema v6; a few dozen index groups and the continuing persons), the same answer as
     * {@link #transitionsDirect}, which asks the rules' views ({@code person_transition_due},
     * {@code continuation_due}, schema v8) the summary is kept from.
     */
    public List<TransitionCount> transitions(Tx tx, YearMonth now) {
        if (YearSummary.bulkUnderway(tx)) {
            return transitionsDirect(tx, now);
        }
        String month = now.toString();
        java.util.Map<Integer, long[]> byYear = new java.util.TreeMap<>(); // year → {ended, continued, active}
        // Grouped by the month (the index's order, no sort), then summed per year here.
        tx.list("""
                SELECT ended, continued, count(*) FROM person_transition
                WHERE ended < ? GROUP BY ended, continued""",
                rs -> {
                    long[] n = byYear.computeIfAbsent(year(rs.getString(1)), y -> new long[3]);
                    n[0] += rs.getLong(3);
                    n[1] += rs.getInt(2) == 1 ? rs.getLong(3) : 0;
                    return null;
                }, month);
        tx.list("""
                SELECT ended, count(DISTINCT person_id) FROM continuation
                WHERE ended < ? AND first_month <= ? AND (last_month IS NULL OR last_month >= ?)
                GROUP BY ended""",
                rs -> {
                    byYear.computeIfAbsent(year(rs.getString(1)), y -> new long[3])[2] += rs.getLong(2);
                    return null;
                }, month, month, month);
        List<TransitionCount> out = new java.util.ArrayList<>();
        byYear.forEach((y, n) -> out.add(new TransitionCount(y, n[0], n[1], n[2])));
        return out;
    }

    private static int year(String month) {
        return Integer.parseInt(month.substring(0, 4));
    }

    /**
     * {@link #transitions} from the enrollments themselves, through the views the summary is kept from: what
     * the summary must equal. Person by person over the enrollment index (no plan that reads every enrollment
     * once per person, whatever the statistics).
     */
    List<TransitionCount> transitionsDirect(Tx tx, YearMonth now) {
        return tx.list("""
                SELECT CAST(substr(g.ended, 1, 4) AS INTEGER) AS y, count(*), sum(g.continued),
                       sum(CASE WHEN g.continued = 1 AND EXISTS (SELECT 1 FROM continuation_due c
                                   WHERE c.person_id = g.person_id
                                   AND c.first_month <= ? AND (c.last_month IS NULL OR c.last_month >= ?)) THEN 1 ELSE 0 END)
                FROM person_transition_due g WHERE g.ended < ?
                GROUP BY 1 ORDER BY 1""",
                rs -> new TransitionCount(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)),
                now.toString(), now.toString(), now.toString());
    }

    /** Self-paying enrollments after government funding, of one end year, that cost the same in a year. */
    public record ContinuingGroup(int endYear, Segment segment, java.util.Set<Programme> programmes, long incomeRp,
                                  YearMonth first, YearMonth last, Sector sector, long count) {
    }

    /**
     * The self-paying enrollments that continue government funding ended before {@code now}, overlapping
     * {@code year}, grouped by end year and by what sets their cost (income, programmes, months, sector).
     * Read from the summary (schema v6), the same answer as {@link #continuingGroupsDirect}.
     */
    public List<ContinuingGroup> continuingGroups(Tx tx, YearMonth now, int year) {
        if (YearSummary.bulkUnderway(tx)) {
            return continuingGroupsDirect(tx, now, year);
        }
        return continuingGroups(tx, "continuation", now, year);
    }

    /** {@link #continuingGroups} from the view the summary is kept from: what the summary must equal. */
    List<ContinuingGroup> continuingGroupsDirect(Tx tx, YearMonth now, int year) {
        return continuingGroups(tx, "continuation_due", now, year);
    }

    /** The groups read from {@code source}: the table {@code continuation} or its view (the same columns). */
    private List<ContinuingGroup> continuingGroups(Tx tx, String source, YearMonth now, int year) {
        return tx.list("""
                SELECT CAST(substr(c.ended, 1, 4) AS INTEGER), c.segment, c.programmes, c.income_rp, c.first_month,
                       c.last_month, coalesce(o.sector, 'OTHER'), count(*)
                FROM %s c
                LEFT JOIN occupation o ON o.code = c.occupation_code
                WHERE c.ended < ? AND c.first_month <= ? AND (c.last_month IS NULL OR c.last_month >= ?)
                GROUP BY 1, 2, 3, 4, 5, 6, 7""".formatted(source),
                ReportQueries::continuingGroup, now.toString(), year + "-12", year + "-01");
    }

    private static ContinuingGroup continuingGroup(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ContinuingGroup(rs.getInt(1), Segment.valueOf(rs.getString(2)), Sql.parse(rs.getString(3), Programme::valueOf),
                rs.getLong(4), YearMonth.parse(rs.getString(5)), Sql.month(rs, "last_month"),
                Sector.valueOf(rs.getString(7)), rs.getLong(8));
    }

    /**
     * Hands {@code sink} one by one (never as a list: an annex can hold 100.000 names) the persons with an
     * enrollment paid by {@code funderCode} covering any month of {@code year},
     * ordered by kecamatan, desa and name (unknown places last). The place is that enrollment's (the latest
     * of the year when there are two): where that year's list put the person, not where they live now.
     */
    public void annex(Tx tx, String funderCode, int year, Consumer<AnnexEntry> sink) {
        tx.list("""
                WITH paid AS (
                    SELECT e.person_id, e.region_code,
                           row_number() OVER (PARTITION BY e.person_id ORDER BY e.first_month DESC, e.id DESC) AS rn
                    FROM enrollment e JOIN funding_source f ON f.id = e.funder_id
                    WHERE f.code = ? AND e.deleted = 0 AND e.first_month <= ? AND (e.last_month IS NULL OR e.last_month >= ?)
                )
                SELECT p.full_name, p.nik, p.sex,
                       CASE WHEN r.level IN ('DESA', 'KELURAHAN') THEN r.name END AS desa, k.name AS kecamatan,
                       o.name AS occupation
                FROM paid
                JOIN person p ON p.id = paid.person_id
                LEFT JOIN region r ON r.code = paid.region_code
                LEFT JOIN region k ON k.code = %s
                LEFT JOIN occupation o ON o.code = p.occupation_code
                WHERE paid.rn = 1
                ORDER BY k.name NULLS LAST, desa NULLS LAST, %s, p.id"""
                        .formatted(SqlRules.kecamatan("paid.region_code"), Sql.caseless(tx, "p.full_name")),
                rs -> {
                    sink.accept(new AnnexEntry(rs.getString(1), rs.getString(2), Sex.valueOf(rs.getString(3)),
                            rs.getString(4), rs.getString(5), rs.getString(6)));
                    return null;
                },
                funderCode, year + "-12", year + "-01");
    }

    /** Village officials in a year: how many, and in how many of the regency's desa (out of how many). */
    public record VillageOfficials(long officials, long desaCovered, long desaTotal) {
    }

    /**
     * Village officials (<em>perangkat desa</em>) covered in {@code year}: persons with the occupation
     * {@code officialOccupation}, or in segment PU paid from a village budget (APBDes), with an enrollment
     * covering any month of the year, counted per desa of the regency {@code regencyCode} (e.g. 53.10) where
     * those enrollments put them.
     * Kelurahan are urban wards without village officials and are not counted.
     */
    public VillageOfficials villageOfficials(Tx tx, int year, String regencyCode, String officialOccupation) {
        String pattern = Sql.prefix(tx, regencyCode + ".");
        return tx.one("""
                WITH officials AS (
                    SELECT DISTINCT p.id, e.region_code
                    FROM enrollment e
                    JOIN person p ON p.id = e.person_id
                    JOIN funding_source f ON f.id = e.funder_id
                    WHERE e.deleted = 0 AND e.first_month <= ? AND (e.last_month IS NULL OR e.last_month >= ?)
                      AND (p.occupation_code = ? OR (e.segment = 'PU' AND f.type = 'APBDES'))
                )
                SELECT (SELECT count(DISTINCT id) FROM officials),
                       (SELECT count(DISTINCT o.region_code) FROM officials o JOIN region r ON r.code = o.region_code
                        WHERE r.level = 'DESA' AND %s),
                       (SELECT count(*) FROM region WHERE level = 'DESA' AND %s)"""
                        .formatted(Sql.startsWith(tx, "r.code"), Sql.startsWith(tx, "code")),
                rs -> new VillageOfficials(rs.getLong(1), rs.getLong(2), rs.getLong(3)),
                year + "-12", year + "-01", officialOccupation, pattern, pattern).orElseThrow();
    }

    /** The name of a region by its code, e.g. "Kabupaten Manggarai" for 53.10. */
    public java.util.Optional<String> regionName(Tx tx, String code) {
        return tx.one("SELECT name FROM region WHERE code = ?", rs -> rs.getString(1), code);
    }
}
