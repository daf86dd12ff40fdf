package id.payung.store;

import id.payung.domain.FunderCount;
import id.payung.domain.FunderType;
import id.payung.domain.GroupCount;
import id.payung.domain.Programme;
import id.payung.domain.Scope;
import id.payung.domain.Sector;
import id.payung.domain.Segment;
import java.time.YearMonth;
import java.util.Set;
import java.util.List;

/** Aggregates over enrollments and cohorts, computed in SQL rather than by loading rows. */
public final class ParticipantStats {
    /**
     * Per funder, for one year: distinct named persons and the declared cohort headcount, and the participants
     * counted: per regency the larger of the two, added over the regencies ({@link FunderCount#overRegencies}; a
     * database of one regency counts {@code max(named, declared)} per funder).
     *
     * <p>A named person is counted once per year, under the funder of their latest enrollment that
     * covers any month of that year (a worker who moved from the regency budget to <em>mandiri</em> in
     * June counts for <em>mandiri</em>: the view {@code counting_enrollment}, the rule written once). Deleted
     * enrollments are left out. Only the
     * kecamatan and/or segment of {@code scope} count, as that enrollment gives them (a person who moved
     * counts in each year where that year's list or form put them). Funders with neither are omitted. Ordered by
     * participants, largest first.
     *
     * <p>Read from the per-year summary (a few thousand rows, kept by triggers; on a server its sum over
     * occupations) unless the year is past the summary's horizon; {@link #funderCountsDirect} is the same question asked of the enrollments.
     */
    public List<FunderCount> funderCounts(Tx tx, int year, Scope scope) {
        return FunderCount.overRegencies(counts(funderCountsByRegency(tx, year, scope)));
    }

    /**
     * {@link #funderCounts} computed from the enrollments themselves, through the rule's view (the yardstick
     * the summary is compared with, and the answer past the summary's horizon).
     */
    public List<FunderCount> funderCountsDirect(Tx tx, int year, Scope scope) {
        return FunderCount.overRegencies(counts(regencyFunderCounts(tx, "counting_enrollment", "count(*)", year, scope)));
    }

    /** One funder's count in one regency (the regency as {@link RegencyStats} tells it; null where not known). */
    public record RegencyCount(String regencyCode, FunderCount count) {
    }

    /**
     * The counts {@link #funderCounts} adds up: one per regency and funder with named persons or cohorts, each
     * the larger side of its own regency (for a cost that follows, per regency, the record its count follows).
     */
    public List<RegencyCount> funderCountsByRegency(Tx tx, int year, Scope scope) {
        if (!YearSummary.covers(tx, year)) {
            return regencyFunderCounts(tx, "counting_enrollment", "count(*)", year, scope);
        }
        return regencyFunderCounts(tx, byKecamatan(tx), "sum(n)", year, scope);
    }

    private static List<FunderCount> counts(List<RegencyCount> perRegency) {
        return perRegency.stream().map(RegencyCount::count).toList();
    }

    /**
     * Named persons (from {@code source}, the summary or the rule's view, counted by {@code count}) and cohorts per
     * regency and funder, grouped in one grouping of both sides' rows (UNION ALL, as {@link #groupCounts} does and
     * for its reason). A regency's names are weighed against that regency's cohorts only: the max per funder
     * over a whole province would let one regency's cohort swallow another's names.
     */
    private List<RegencyCount> regencyFunderCounts(Tx tx, String source, String count, int year, Scope scope) {
        return tx.list("""
                SELECT f.code, f.name, f.type, k.regency, k.named, k.declared
                FROM (
                    SELECT funder_id, regency, sum(named) AS named, sum(declared) AS declared FROM (
                        SELECT funder_id, %1$s AS regency, CAST(%2$s AS BIGINT) AS named, 0 AS declared
                        FROM %3$s
                        WHERE year = ? AND (CAST(? AS TEXT) IS NULL OR kecamatan_code = ?)
                          AND (CAST(? AS TEXT) IS NULL OR segment = ?) AND %4$s
                        GROUP BY 1, 2
                        UNION ALL
                        SELECT funder_id, %1$s AS regency, 0 AS named, CAST(sum(participants) AS BIGINT) AS declared
                        FROM cohort
                        WHERE year = ? AND (CAST(? AS TEXT) IS NULL OR kecamatan_code = ?)
                          AND (CAST(? AS TEXT) IS NULL OR segment = ?) AND %4$s
                        GROUP BY 1, 2
                    ) AS counted
                    GROUP BY funder_id, regency
                ) AS k
                JOIN funding_source f ON f.id = k.funder_id
                WHERE k.named > 0 OR k.declared > 0""".formatted(RegencyStats.regencyOf(tx), count, source,
                        RegencyStats.inRegency(tx, "regency_code")),
                rs -> new RegencyCount(rs.getString("regency"), new FunderCount(rs.getString("code"), rs.getString("name"),
                        FunderType.valueOf(rs.getString("type")), rs.getLong("named"), rs.getLong("declared"))),
                year, scope.kecamatanCode(), scope.kecamatanCode(), scope.segmentName(), scope.segmentName(),
                scope.regencyCode(), scope.regencyCode(),
                year, scope.kecamatanCode(), scope.kecamatanCode(), scope.segmentName(), scope.segmentName(),
                scope.regencyCode(), scope.regencyCode());
    }

    /**
     * Enrollments of a year that cost the same, counted together (the cost is computed per group, not per row).
     * {@code regencyCode} is the regency of the group's enrollments where the read was asked to tell it apart, else
     * null.
     */
    public record EnrollmentGroup(String funderCode, FunderType funderType, Segment segment, Set<Programme> programmes,
                                  long incomeRp, YearMonth first, YearMonth last, Sector sector, long count,
                                  String regencyCode) {
    }

    /** Named enrollments overlapping a year (not deleted), grouped by what sets their cost, over every regency. */
    public List<EnrollmentGroup> enrollmentGroups(Tx tx, int year, Scope scope) {
        return enrollmentGroups(tx, year, scope, java.util.Map.of());
    }

    /**
     * {@link #enrollmentGroups(Tx, int, Scope)}, with the enrollments of the funders and regencies {@code apart} (a
     * funder's code to regency codes as {@link RegencyStats} tells them; null for every funder and regency) in groups
     * of their own that name their regency: a cost that follows a regency's cohorts leaves that regency's names of that
     * funder out. Only the pairs asked for are told apart, the rest grouped as one: a province's 9.500 shape rows
     * sorted with every regency apart took 29 ms where 20 without (a funder's cohorts lie in some regencies only).
     */
    public List<EnrollmentGroup> enrollmentGroups(Tx tx, int year, Scope scope, java.util.Map<String, Set<String>> apart) {
        if (YearSummary.covers(tx, year)) {
            // The shapes summed over kecamatan first, then joined to their funder and sector: a province's
            // 9.500 shape rows of a year become a few hundred before any join, however few rows a server's plan
            // for any parameters expects (it expected 37 and joined and sorted all 9.500 one by one: 70 ms). The
            // regency first among the sort's keys: with 22 regencies told apart it sorts in 29 ms where last took 35.
            RegencyApart r = RegencyApart.of(RegencyStats.regencyOf(tx), "funder_id", apart);
            return tx.list("""
                    SELECT f.code, f.type, s.segment, s.programmes, s.income_rp, s.first_month,
                           nullif(s.last_month, '') AS last_month, coalesce(o.sector, 'OTHER') AS sector, sum(s.n) AS n,
                           s.regency
                    FROM (
                        SELECT funder_id, segment, programmes, income_rp, first_month, last_month, occupation_code,
                               %s AS regency, sum(n) AS n
                        FROM enrollment_shape
                        WHERE n > 0 AND first_month <= ? AND (last_month = '' OR last_month >= ?)
                          AND (CAST(? AS TEXT) IS NULL OR kecamatan_code = ?)
                          AND (CAST(? AS TEXT) IS NULL OR segment = ?) AND %s
                        GROUP BY 8, 1, 2, 3, 4, 5, 6, 7
                    ) AS s
                    JOIN funding_source f ON f.id = s.funder_id
                    LEFT JOIN occupation o ON o.code = s.occupation_code
                    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 10""".formatted(r.sql(), RegencyStats.inRegency(tx, "regency_code")),
                    ParticipantStats::enrollmentGroup,
                    r.params(year + "-12", year + "-01", scope.kecamatanCode(), scope.kecamatanCode(),
                            scope.segmentName(), scope.segmentName(), scope.regencyCode(), scope.regencyCode()));
        }
        return enrollmentGroupsDirect(tx, year, scope, apart);
    }

    /** {@link #enrollmentGroups(Tx, int, Scope)} grouped from the enrollments themselves (the yardstick). */
    public List<EnrollmentGroup> enrollmentGroupsDirect(Tx tx, int year, Scope scope) {
        return enrollmentGroupsDirect(tx, year, scope, java.util.Map.of());
    }

    /** {@link #enrollmentGroups(Tx, int, Scope, Set)} grouped from the enrollments themselves (the yardstick). */
    public List<EnrollmentGroup> enrollmentGroupsDirect(Tx tx, int year, Scope scope,
                                                        java.util.Map<String, Set<String>> apart) {
        RegencyApart r = RegencyApart.of(RegencyStats.regencyOf(tx, "e.regency_code"), "e.funder_id",
                apart);
        return tx.list("""
                SELECT f.code, f.type, e.segment, %s AS programmes, %s AS income,
                       e.first_month, e.last_month, coalesce(o.sector, 'OTHER') AS sector, count(*) AS n,
                       %s AS regency
                FROM enrollment e
                JOIN person p ON p.id = e.person_id
                JOIN funding_source f ON f.id = e.funder_id
                LEFT JOIN occupation o ON o.code = p.occupation_code
                WHERE e.deleted = 0 AND e.first_month <= ? AND (e.last_month IS NULL OR e.last_month >= ?)
                  AND (CAST(? AS TEXT) IS NULL OR e.region_code = ? OR %s)
                  AND (CAST(? AS TEXT) IS NULL OR e.segment = ?) AND %s
                GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 10""".formatted(SqlRules.programmeLabel("e"), SqlRules.income("e"),
                        r.sql(), Sql.startsWith(tx, "e.region_code"), RegencyStats.inRegency(tx, "e.regency_code")),
                ParticipantStats::enrollmentGroup,
                r.params(year + "-12", year + "-01", scope.kecamatanCode(), scope.kecamatanCode(),
                        Sql.prefix(tx, scope.kecamatanCode() == null ? null : scope.kecamatanCode() + "."),
                        scope.segmentName(), scope.segmentName(), scope.regencyCode(), scope.regencyCode()));
    }

    /**
     * The regency column of a read that tells only some funders' regencies apart: {@code regency} itself (every
     * regency, a null code among them), null for none, else the regency where the row's funder and regency are among
     * {@code apart} and null elsewhere (their codes bound first: the expression stands in the select list, before the
     * filters' parameters).
     */
    private record RegencyApart(String sql, List<Object> leading) {
        static RegencyApart of(String regency, String funderId, java.util.Map<String, Set<String>> apart) {
            if (apart == null || apart.values().stream().anyMatch(r -> r.stream().anyMatch(java.util.Objects::isNull))) {
                return new RegencyApart(regency, List.of());
            }
            StringBuilder sql = new StringBuilder("CASE");
            List<Object> params = new java.util.ArrayList<>();
            for (var e : new java.util.TreeMap<>(apart).entrySet()) {
                if (e.getValue().isEmpty()) {
                    continue;
                }
                List<String> codes = List.copyOf(new java.util.TreeSet<>(e.getValue()));
                sql.append(" WHEN %s = (SELECT id FROM funding_source WHERE code = ?) AND %s IN (%s) THEN %s".formatted(
                        funderId, regency, String.join(", ", java.util.Collections.nCopies(codes.size(), "?")), regency));
                params.add(e.getKey());
                params.addAll(codes);
            }
            return params.isEmpty() ? new RegencyApart("CAST(NULL AS TEXT)", List.of())
                    : new RegencyApart(sql.append(" END").toString(), params);
        }

        Object[] params(Object... rest) {
            List<Object> all = new java.util.ArrayList<>(leading);
            all.addAll(java.util.Arrays.asList(rest));
            return all.toArray();
        }
    }

    private static EnrollmentGroup enrollmentGroup(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new EnrollmentGroup(rs.getString(1), FunderType.valueOf(rs.getString(2)), Segment.valueOf(rs.getString(3)),
                Sql.parse(rs.getString(4), Programme::valueOf),
                rs.getLong(5), YearMonth.parse(rs.getString(6)), Sql.month(rs, "last_month"),
                Sector.valueOf(rs.getString(8)), rs.getLong(9), rs.getString(10));
    }

    /** Cohorts of a year with what sets their cost. */
    public record CohortGroup(String funderCode, FunderType funderType, Segment segment, Sector sector, long participants,
                              String regencyCode) {
    }

    /** The cohorts of a year. */
    public List<CohortGroup> cohortGroups(Tx tx, int year, Scope scope) {
        return tx.list("""
                SELECT f.code, f.type, c.segment, coalesce(o.sector, 'OTHER') AS sector, c.participants, %s AS regency
                FROM cohort c JOIN funding_source f ON f.id = c.funder_id
                LEFT JOIN occupation o ON o.code = c.occupation_code
                WHERE c.year = ? AND (CAST(? AS TEXT) IS NULL OR c.kecamatan_code = ?)
                  AND (CAST(? AS TEXT) IS NULL OR c.segment = ?) AND %s""".formatted(
                        RegencyStats.regencyOf(tx, "c.regency_code"), RegencyStats.inRegency(tx, "c.regency_code")),
                rs -> new CohortGroup(rs.getString(1), FunderType.valueOf(rs.getString(2)), Segment.valueOf(rs.getString(3)),
                        Sector.valueOf(rs.getString(4)), rs.getLong(5), rs.getString(6)),
                year, scope.kecamatanCode(), scope.kecamatanCode(), scope.segmentName(), scope.segmentName(),
                scope.regencyCode(), scope.regencyCode());
    }

    /**
     * Participants per funder and kecamatan in a year, for a breakdown: named persons (each once, under
     * the funder and place of their latest enrollment in the year, as in {@link #funderCounts}; the place is
     * the enrollment's own, not where the person lives now) and
     * the declared cohorts. A desa or kelurahan counts for its kecamatan; a null kecamatan code means
     * not known. {@code funderCode} null means every funder.
     *
     * @param jkkJkmOnly count only enrollments with both JKK and JKM (the UCJ numerator); cohorts are the
     *                   standard JKK+JKM package and always count
     */
    public List<GroupCount> kecamatanCounts(Tx tx, int year, Scope scope, String funderCode, boolean jkkJkmOnly) {
        if (YearSummary.covers(tx, year)) {
            return summaryCounts(tx, year, scope, funderCode, jkkJkmOnly, "kecamatan_code", "region");
        }
        return kecamatanCountsDirect(tx, year, scope, funderCode, jkkJkmOnly);
    }

    /** Participants per funder and occupation in a year, counted as in {@link #kecamatanCounts}. */
    public List<GroupCount> occupationCounts(Tx tx, int year, Scope scope, String funderCode) {
        if (YearSummary.covers(tx, year)) {
            return summaryCounts(tx, year, scope, funderCode, false, "occupation_code", "occupation");
        }
        return occupationCountsDirect(tx, year, scope, funderCode);
    }

    /**
     * {@link #kecamatanCounts} / {@link #occupationCounts} from the per-year summary: each person once, under
     * the enrollment that counts for the year (the same the pie counts, so the bars add up to it).
     */
    private List<GroupCount> summaryCounts(Tx tx, int year, Scope scope, String funderCode, boolean jkkJkmOnly,
                                           String column, String nameTable) {
        String source = column.equals("occupation_code") ? "year_count" : byKecamatan(tx);
        return groupCounts(tx, source, "sum(n)", year, scope, funderCode, jkkJkmOnly, column, nameTable);
    }

    /**
     * The summary to read counts that need no occupation from: on a server {@code year_kecamatan_count}
     * (PostgreSQL schema version 6), {@code year_count} summed over occupations and kept from it by triggers, a
     * ninth of its rows, which a provincial reader reads every regency of about ten times per dashboard
     * (docs/PERFORMANCE.md, "Province scale on a server"); on SQLite, one office's file, {@code year_count}
     * itself. The same columns but the occupation, so the same SQL reads either.
     */
    static String byKecamatan(Tx tx) {
        return tx.dialect() == Dialect.POSTGRES ? "year_kecamatan_count" : "year_count";
    }

    /** {@link #kecamatanCounts} grouped from the enrollments themselves, through the rule's view (the yardstick). */
    public List<GroupCount> kecamatanCountsDirect(Tx tx, int year, Scope scope, String funderCode, boolean jkkJkmOnly) {
        return groupCounts(tx, "counting_enrollment", "count(*)", year, scope, funderCode, jkkJkmOnly, "kecamatan_code",
                "region");
    }

    /** {@link #occupationCounts} grouped from the enrollments themselves, through the rule's view (the yardstick). */
    public List<GroupCount> occupationCountsDirect(Tx tx, int year, Scope scope, String funderCode) {
        return groupCounts(tx, "counting_enrollment", "count(*)", year, scope, funderCode, false, "occupation_code",
                "occupation");
    }

    /**
     * Counts per funder and group from {@code source}: the summary {@code year_count} (rows counted in
     * {@code n}) or the rule's view {@code counting_enrollment} (a row per person), which have the same
     * columns. The segment and programmes filters apply to the enrollment that counts for the year, as in the
     * pie, so breakdowns add up to the pie of the same filter. Table, column and count are constants of the
     * store, never user input (package-visible for {@link RegencyStats}, whose column is a regency expression).
     */
    List<GroupCount> groupCounts(Tx tx, String source, String count, int year, Scope scope, String funderCode,
                                         boolean jkkJkmOnly, String column, String nameTable) {
        // Named and declared counted in one grouping of both sides' rows (UNION ALL), not two grouped sides joined
        // on (funder, group): a join of two aggregates is planned from guessed group counts, and a server's
        // prepared statement planned once for any parameters guessed a handful where a province has 1.100
        // kecamatan groups, joining them pair by pair (1,2 million comparisons, 230 ms a read). A group is listed
        // when it has named participants or any cohort, as before; the unknown group (null) is one group
        // whether a side says null or '' (no code is empty). Each side's sums as BIGINT: PostgreSQL's sum of a
        // bigint is a numeric, whose sums again cost twice the integer ones over a province's 1.100 groups. Grouped
        // by regency too (RegencyStats.regencyOf), so that GroupShare weighs names against cohorts per regency: a
        // kecamatan lies in one regency, so the kecamatan groups stay as many.
        return tx.list("""
                SELECT f.code, k.grp, g.name, k.named, k.declared, k.regency
                FROM (
                    SELECT funder_id, regency, grp, sum(named) AS named, sum(declared) AS declared FROM (
                        SELECT funder_id, %5$s AS regency, nullif(%1$s, '') AS grp, CAST(%2$s AS BIGINT) AS named,
                               0 AS declared
                        FROM %3$s
                        WHERE year = ? AND (CAST(? AS TEXT) IS NULL OR kecamatan_code = ?)
                          AND (CAST(? AS TEXT) IS NULL OR segment = ?) AND (? = 0 OR full_package = 1) AND %6$s
                        GROUP BY 1, 2, 3 HAVING %2$s > 0
                        UNION ALL
                        SELECT funder_id, %5$s AS regency, nullif(%1$s, '') AS grp, 0 AS named,
                               CAST(sum(participants) AS BIGINT) AS declared
                        FROM cohort
                        WHERE year = ? AND (CAST(? AS TEXT) IS NULL OR kecamatan_code = ?)
                          AND (CAST(? AS TEXT) IS NULL OR segment = ?) AND %6$s
                        GROUP BY 1, 2, 3
                    ) AS counted
                    GROUP BY funder_id, regency, grp
                ) AS k
                JOIN funding_source f ON f.id = k.funder_id
                LEFT JOIN %4$s g ON g.code = k.grp
                WHERE CAST(? AS TEXT) IS NULL OR f.code = ?""".formatted(column, count, source, nameTable,
                        RegencyStats.regencyOf(tx), RegencyStats.inRegency(tx, "regency_code")),
                ParticipantStats::groupCount,
                year, scope.kecamatanCode(), scope.kecamatanCode(), scope.segmentName(), scope.segmentName(),
                jkkJkmOnly ? 1 : 0, scope.regencyCode(), scope.regencyCode(),
                year, scope.kecamatanCode(), scope.kecamatanCode(), scope.segmentName(), scope.segmentName(),
                scope.regencyCode(), scope.regencyCode(),
                funderCode, funderCode);
    }

    private static GroupCount groupCount(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new GroupCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
                rs.getString(6));
    }

    /** Years that have any cohort or enrollment, ascending. Open-ended enrollments reach the given year. */
    public List<Integer> years(Tx tx, int untilYear) {
        if (YearSummary.covers(tx, untilYear)) {
            // The summary holds every year an enrollment touches (open-ended ones up to the horizon).
            return tx.list("""
                    SELECT year FROM %s WHERE n > 0 AND year <= ?
                    UNION SELECT year FROM cohort WHERE year <= ?
                    ORDER BY 1""".formatted(byKecamatan(tx)), rs -> rs.getInt(1), untilYear, untilYear);
        }
        return tx.list("""
                WITH RECURSIVE span(y) AS (
                    SELECT min(y0) FROM (
                        SELECT min(year) AS y0 FROM cohort
                        UNION ALL SELECT CAST(substr(min(first_month), 1, 4) AS INTEGER) FROM enrollment WHERE deleted = 0
                    ) AS starts
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
