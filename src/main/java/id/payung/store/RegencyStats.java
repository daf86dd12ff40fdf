package id.payung.store;

import id.payung.domain.GroupCount;
import id.payung.domain.Scope;
import java.util.List;

/**
 * Participants per regency (kabupaten/kota) and funder, for a province that reads several regencies: the same
 * counts as {@link ParticipantStats}' breakdowns (each person once a year, under the funder of the enrollment that
 * counts for the year), grouped by the regency whose office recorded them.
 *
 * <p>The regency of a row: on a server its {@code regency_code} (the office that wrote it, also for a cohort
 * without a kecamatan). An SQLite file is one office's: all its rows are that office's, so it has no regencies to
 * set side by side (the tab is a server's, for a province).
 */
public final class RegencyStats {
    private final ParticipantStats stats = new ParticipantStats();

    /**
     * Named persons and declared cohort headcount per funder and regency in a year, for one kecamatan and/or
     * segment ({@code scope}) and one funder ({@code funderCode}, null for all). The group code is the regency's
     * ({@code 53.10}), its name the region list's ({@code Kabupaten Manggarai}); a null code means not known.
     * Read from the per-year summary when it answers for the year, else from the enrollments.
     */
    public List<GroupCount> regencyCounts(Tx tx, int year, Scope scope, String funderCode) {
        if (YearSummary.covers(tx, year)) {
            // On a server the summary without occupations (a ninth of year_count's rows), as the pie reads.
            return stats.groupCounts(tx, ParticipantStats.byKecamatan(tx), "sum(n)", year, scope, funderCode, false,
                    regencyOf(tx), "region");
        }
        return regencyCountsDirect(tx, year, scope, funderCode);
    }

    /** {@link #regencyCounts} from the enrollments themselves, through the rule's view (the yardstick). */
    public List<GroupCount> regencyCountsDirect(Tx tx, int year, Scope scope, String funderCode) {
        return stats.groupCounts(tx, "counting_enrollment", "count(*)", year, scope, funderCode, false, regencyOf(tx),
                "region");
    }

    /**
     * How many regencies the database holds participants of, in any year (named or in cohorts; rows whose
     * regency is not known are not counted). On a server, for its owner; an SQLite file is one office's.
     */
    public long regenciesWithParticipants(Tx tx) {
        String regency = regencyOf(tx);
        return tx.scalar("""
                SELECT count(*) FROM (
                    SELECT %1$s AS r FROM year_count WHERE n > 0
                    UNION SELECT %1$s FROM cohort WHERE participants > 0
                ) AS regencies WHERE r IS NOT NULL AND r <> ''""".formatted(regency));
    }

    /**
     * Whether this database's reader sees the rows of more than one regency side by side, so that a screen names each
     * row's regency: a provincial reader of a server, and a server's owner reading participants of more than one
     * regency. A regency's clerk (one regency) does not, nor an SQLite file, which is one office's. The one rule of the
     * dashboard's per-regency tab, Jejak audit's regency column and the register's kecamatan named with their regency.
     */
    public boolean showsRegencies(Tx tx) {
        // A file (one office) and a server's login answer at once; only the server's owner, who has no login row, has
        // its rows counted.
        Boolean byLogin = shownForLogin(tx);
        return byLogin != null ? byLogin : regenciesWithParticipants(tx) > 1;
    }

    /**
     * What the server's login says about showing regencies side by side: true for a provincial reader (every
     * regency of a province, read-only), false for a regency's clerk (row-level security shows them their own
     * regency only, so there is nothing to count), false for an SQLite file (one office's: {@link #regencyOf}),
     * null where the login does not say: the server's owner, who has no login row.
     */
    public Boolean shownForLogin(Tx tx) {
        if (tx.dialect() != Dialect.POSTGRES) {
            return false;
        }
        // A login reads its own payung_login row (V2's policy own_login); one row or none.
        return tx.one("SELECT province_code IS NOT NULL FROM payung_login WHERE login = current_user",
                rs -> rs.getBoolean(1)).orElse(null);
    }

    /**
     * The province a provincial reader reads ({@code 53}), from the login's own {@code payung_login} row; empty for a
     * regency's clerk, the server's owner and an SQLite file (one office's).
     */
    public java.util.Optional<String> provinceOfLogin(Tx tx) {
        if (tx.dialect() != Dialect.POSTGRES) {
            return java.util.Optional.empty();
        }
        return tx.one("SELECT province_code FROM payung_login WHERE login = current_user AND province_code IS NOT NULL",
                rs -> rs.getString(1));
    }

    /**
     * The regency of a row of {@code year_count}, {@code year_kecamatan_count}, {@code counting_enrollment},
     * {@code enrollment_shape} or {@code cohort} (they share the columns named here), as an SQL expression; see the
     * class comment. The one definition: {@link ParticipantStats} groups by it too, so that names and cohorts are
     * weighed against each other per regency (domain {@code FunderCount}). A constant, never user input.
     */
    static String regencyOf(Tx tx) {
        return regencyOf(tx, "regency_code");
    }

    /**
     * The filter of a read to one regency ({@code Scope.regencyCode}): an SQL condition taking the regency's code twice
     * (null: every regency), on the regency of a row as {@link #regencyOf(Tx, String)} tells it, the one rule of the
     * dashboard's Kabupaten/kota filter, its year report and {@code report --regency}. A constant, never user input.
     */
    static String inRegency(Tx tx, String regencyColumn) {
        return "(CAST(? AS TEXT) IS NULL OR " + regencyOf(tx, regencyColumn) + " = ?)";
    }

    /**
     * The regencies a login that reads several regencies chooses from and sees listed, with none of their rows too
     * (who has not reported yet, trial 20a): a provincial reader's province's regencies from the shipped region list;
     * for a server's owner those of the provinces its offices are in. By code. Empty for a regency's clerk and a file.
     */
    public List<id.payung.domain.Region> regencies(Tx tx) {
        if (tx.dialect() != Dialect.POSTGRES || Boolean.FALSE.equals(shownForLogin(tx))) {
            return List.of();
        }
        java.util.Optional<String> province = provinceOfLogin(tx);
        String provinces = province.isPresent() ? "?"
                : "SELECT DISTINCT substr(value, 1, 2) FROM meta WHERE key = 'office_regency' AND value <> ''";
        return tx.list("SELECT code, name, level, parent_code FROM region WHERE level = 'REGENCY' AND parent_code IN ("
                        + provinces + ") ORDER BY code",
                rs -> new id.payung.domain.Region(rs.getString("code"), rs.getString("name"),
                        id.payung.domain.RegionLevel.valueOf(rs.getString("level")), rs.getString("parent_code")),
                province.map(p -> new Object[] {p}).orElse(new Object[0]));
    }

    /**
     * {@link #regencyOf(Tx)} over another name of the server's regency column, possibly qualified
     * ({@code e.regency_code}). A constant of the store, never user input.
     */
    static String regencyOf(Tx tx, String regencyColumn) {
        if (tx.dialect() == Dialect.POSTGRES) {
            return regencyColumn;
        }
        // An SQLite file is one office's (review, 06/12/2026): every row is that office's, whatever kecamatan its
        // person lives in and whatever regency the settings name now (the same for every row of a read, so names and
        // cohorts are weighed once, office-wide). Taking the regency from the place made an office's names stop
        // counting inside its own decree's cohort when they live across a border or when the office corrected its
        // regency, and made a file count otherwise than the same rows after server import-file.
        return "(SELECT nullif(value, '') FROM meta WHERE key = 'office_regency')";
    }
}
