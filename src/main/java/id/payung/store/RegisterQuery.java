package id.payung.store;

import id.payung.domain.EnrollmentSummary;
import id.payung.domain.RegisterFilter;
import id.payung.domain.RegisterPage;
import id.payung.domain.RegisterPage.PageKey;
import id.payung.domain.RegisterSort;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Pages of the register straight from SQLite: filtered and sorted in SQL, read by keyset (never by
 * OFFSET), so a page costs the same on the first and the thousandth screen and no list of the whole
 * table is held in memory.
 */
public final class RegisterQuery {
    /** An enrollment {@code e} and its person {@code p}, read from the person's side (join order fixed). */
    private static String personFirst(Tx tx) {
        return "FROM person p " + Sql.joinInOrder(tx) + " enrollment e ON e.person_id = p.id\n";
    }

    /**
     * One page of at most {@code limit} rows, starting after {@code after} (null for the first page).
     *
     * @param today the day that statuses are judged at
     */
    public RegisterPage page(Tx tx, RegisterFilter filter, RegisterSort sort, PageKey after, int limit, LocalDate today) {
        List<Object> params = new ArrayList<>();
        String sql = pageSql(tx, filter, sort, after, limit, today, params);
        List<EnrollmentSummary> rows = tx.list(sql, EnrollmentRepository::summary, params.toArray());
        if (rows.size() <= limit) {
            return new RegisterPage(rows, null);
        }
        List<EnrollmentSummary> page = rows.subList(0, limit);
        EnrollmentSummary last = page.get(limit - 1);
        return new RegisterPage(page, new PageKey(sortValue(sort.column(), last), last.personId(), last.id()));
    }

    /** The statement that reads the first page: for tests of which way it reads. */
    String firstPageSql(Tx tx, RegisterFilter filter, RegisterSort sort, LocalDate today) {
        return pageSql(tx, filter, sort, null, 1, today, new ArrayList<>());
    }

    private String pageSql(Tx tx, RegisterFilter filter, RegisterSort sort, PageKey after, int limit, LocalDate today,
                           List<Object> params) {
        String expr = expression(tx, sort.column());
        String value = sort.column() == RegisterSort.Column.NAME || sort.column() == RegisterSort.Column.FUNDER
                ? Sql.caselessParameter(tx) : "?";
        String cmp = sort.ascending() ? ">" : "<";
        // Sorting by a person's name or NIK follows that column's index on person, whose order is
        // (value, person id): ties break on the person, then the enrollment, and the person is read first
        // (CROSS JOIN fixes SQLite's join order), so a page is read in index order instead of sorting a
        // million rows.
        boolean byPerson = sort.column() == RegisterSort.Column.NAME || sort.column() == RegisterSort.Column.NIK;
        // Sorted by a column with an index (name, NIK, first or last month), a large region on its own is
        // filtered on the way through that index; otherwise a region picks its enrollments by its own index
        // and they are sorted (left to the planner).
        boolean indexedOrder = byPerson || sort.column() == RegisterSort.Column.FIRST_MONTH
                || sort.column() == RegisterSort.Column.LAST_MONTH;
        boolean inNameOrder = indexedOrder && regionAloneAndLarge(tx, filter);
        boolean personFirst = byPerson && (filter.regionCode() == null || inNameOrder);
        StringBuilder sql = new StringBuilder(EnrollmentRepository.SUMMARY_COLUMNS)
                .append(personFirst ? personFirst(tx) : EnrollmentRepository.ENROLLMENT_FIRST)
                .append(EnrollmentRepository.SUMMARY_JOINS)
                .append(where(tx, filter, today, params, inNameOrder));
        if (after != null) {
            sql.append(" AND (").append(expr).append(' ').append(cmp).append(' ').append(value).append(" OR (")
                    .append(expr).append(" = ").append(value).append(" AND ");
            if (byPerson) {
                sql.append("(p.id ").append(cmp).append(" ? OR (p.id = ? AND e.id ").append(cmp).append(" ?))))");
                params.add(after.sortValue());
                params.add(after.sortValue());
                params.add(after.personId());
                params.add(after.personId());
            } else {
                sql.append("e.id ").append(cmp).append(" ?))");
                params.add(after.sortValue());
                params.add(after.sortValue());
            }
            params.add(after.id());
        }
        String dir = sort.ascending() ? " ASC" : " DESC";
        sql.append(" ORDER BY ").append(expr).append(dir);
        if (byPerson) {
            sql.append(", p.id").append(dir);
        }
        sql.append(", e.id").append(dir).append(" LIMIT ?");
        params.add(limit + 1);
        return sql.toString();
    }

    /** Number of enrollments the filter matches. */
    public long count(Tx tx, RegisterFilter filter, LocalDate today) {
        List<Object> params = new ArrayList<>();
        String where = where(tx, filter, today, params, false);
        // Join only what the filter looks at: counting a million enrollments is a scan of an index then,
        // not a million look-ups of their persons and funders.
        String from = "FROM enrollment e";
        if (where.contains("p.")) {
            // A filter on the person (occupation, name) narrows people by their indexes first.
            from = personFirst(tx).strip();
        }
        if (where.contains("f.")) {
            from += " JOIN funding_source f ON f.id = e.funder_id";
        }
        String sql = "SELECT count(*) " + from + where;
        return tx.scalar(sql, params.toArray());
    }

    /** From how many enrollments in a region reading the name index in order beats sorting them. */
    static final long NAME_ORDER_MIN_PEOPLE = 5_000;

    private final long nameOrderMinPeople;

    public RegisterQuery() {
        this(NAME_ORDER_MIN_PEOPLE);
    }

    /** With another threshold for {@link #regionAloneAndLarge}: tests read both ways on a small register. */
    RegisterQuery(long nameOrderMinPeople) {
        this.nameOrderMinPeople = nameOrderMinPeople;
    }

    /**
     * Whether a page in an indexed order is found sooner by reading that index and filtering by region than by
     * picking the region's enrollments and sorting them: when the region is the only filter and holds many
     * enrollments. Few people (a desa, a kecamatan nobody is enrolled in yet) would make the name index be read
     * to its end (1,8 s at a million for an empty kecamatan), and another filter may leave few of them.
     */
    private boolean regionAloneAndLarge(Tx tx, RegisterFilter f) {
        boolean regionAlone = f.regionCode() != null && (f.search() == null || f.search().isBlank())
                && f.funderCode() == null && f.segment() == null && f.occupationCode() == null && f.status() == null
                && f.year() == null;
        return regionAlone && tx.scalar("SELECT count(*) FROM enrollment WHERE deleted = 0 AND region_code >= ?"
                + " AND region_code < ?", f.regionCode(), regionEnd(f.regionCode())) >= nameOrderMinPeople;
    }

    /**
     * The end of a region's range of codes: a region and the regions inside it ({@code 53.10.05},
     * {@code 53.10.05.2001}) are the codes from its own up to, not including, its own followed by '/' (the
     * character after '.'), so one range of the index finds them, where an OR of the code and a GLOB of its
     * children needed statistics to be read through the index.
     */
    private static String regionEnd(String code) {
        return code + "/";
    }

    /**
     * The WHERE clause of a filter, its values added to {@code params}.
     *
     * @param inNameOrder the rows are read in the order of the sort's index (name, NIK, first or last month)
     *                    and the region filters them on the way, instead of picking its enrollments by the
     *                    region index (which leaves a kecamatan's ~80.000 rows of a million to sort: 0,2 s;
     *                    read in order, its first page is ~1.200 rows into the index): see
     *                    {@link #regionAloneAndLarge}
     */
    private static String where(Tx tx, RegisterFilter f, LocalDate today, List<Object> params, boolean inNameOrder) {
        StringBuilder w = new StringBuilder(" WHERE 1 = 1");
        if (!f.includeDeleted()) {
            w.append(" AND e.deleted = 0");
        }
        personSearch(tx, f.search(), w, params);
        if (f.funderCode() != null) {
            w.append(" AND f.code = ?");
            params.add(f.funderCode());
        }
        if (f.segment() != null) {
            w.append(" AND e.segment = ?");
            params.add(f.segment().name());
        }
        if (f.regionCode() != null) {
            // Where the enrollment's list or form put the person. "+" keeps SQLite from choosing the region
            // index for this term.
            String region = inNameOrder ? Sql.noIndex(tx, "e.region_code") : "e.region_code";
            w.append(" AND ").append(region).append(" >= ? AND ").append(region).append(" < ?");
            params.add(f.regionCode());
            params.add(regionEnd(f.regionCode()));
        }
        if (f.occupationCode() != null) {
            w.append(" AND p.occupation_code = ?");
            params.add(f.occupationCode());
        }
        if (f.year() != null) {
            w.append(" AND e.first_month <= ? AND (e.last_month IS NULL OR e.last_month >= ?)");
            params.add(f.year() + "-12");
            params.add(f.year() + "-01");
        }
        if (f.status() != null) {
            status(f, today, w, params);
        }
        return w.toString();
    }

    private static void status(RegisterFilter f, LocalDate today, StringBuilder w, List<Object> params) {
        String thisMonth = YearMonth.from(today).toString();
        switch (f.status()) {
            case PLANNED -> {
                w.append(" AND e.first_month > ?");
                params.add(thisMonth);
            }
            case ENDED -> {
                w.append(" AND e.last_month < ?");
                params.add(thisMonth);
            }
            case ACTIVE -> {
                // Covered this month (ending soon included: the register's "active" means "covered now").
                w.append(" AND e.first_month <= ? AND (e.last_month IS NULL OR e.last_month >= ?)");
                params.add(thisMonth);
                params.add(thisMonth);
            }
            case ENDING_SOON -> {
                YearMonth limit = id.payung.domain.CoverageStatus.endingSoonUntil(today);
                w.append(" AND e.first_month <= ? AND e.last_month >= ? AND e.last_month <= ?");
                params.add(thisMonth);
                params.add(thisMonth);
                params.add(limit.toString());
            }
            default -> throw new IllegalArgumentException("unknown status " + f.status());
        }
    }

    private static String expression(Tx tx, RegisterSort.Column column) {
        return switch (column) {
            case NAME -> Sql.caseless(tx, "p.full_name");
            case NIK -> "p.nik";
            case FUNDER -> Sql.caseless(tx, "f.name");
            case FIRST_MONTH -> "e.first_month";
            case LAST_MONTH -> Sql.lastMonthOrEnd(tx, "e");
        };
    }

    private static String sortValue(RegisterSort.Column column, EnrollmentSummary row) {
        return switch (column) {
            case NAME -> row.fullName();
            case NIK -> row.nik();
            case FUNDER -> row.funderName();
            case FIRST_MONTH -> row.firstMonth().toString();
            case LAST_MONTH -> row.lastMonth() == null ? "9999-12" : row.lastMonth().toString();
        };
    }

    /**
     * The register's search of people ({@code p}), appended to a WHERE clause: digits are a NIK or its start
     * (typed or pasted in groups); words are each anywhere in the name, in any order. Blank: no condition.
     */
    static void personSearch(Tx tx, String text, StringBuilder w, List<Object> params) {
        personSearch(tx, text, false, w, params);
    }

    /**
     * Characters that end a word of a name besides spaces ("Maria-Goreti", "Ma'ruf", "St. Yosef"): in the name and in
     * what is typed alike, so a word after one of them is found by its start.
     */
    private static final String WORD_BREAKS = "-.'(";

    /**
     * {@link #personSearch(Tx, String, StringBuilder, List)}, with {@code wordStart}: each word typed must begin a word
     * of the name ("agus" finds Agus Jehamat, not Vinsensius Bagus), as a person is looked for by name (trial 16 L13);
     * a NIK or its start as in the register.
     */
    static void personSearch(Tx tx, String text, boolean wordStart, StringBuilder w, List<Object> params) {
        String search = text == null ? "" : text.strip();
        if (!search.isEmpty()) {
            String digits = id.payung.domain.Nik.strip(search); // a NIK or its start, typed or pasted in groups
            if (digits.matches("\\d+")) {
                w.append(" AND ").append(Sql.startsWith(tx, "p.nik"));
                params.add(Sql.prefix(tx, digits));
            } else if (wordStart) {
                nameWordStarts(tx, search, w, params);
            } else {
                // Each word anywhere in the name, in any order: "nabu theresia" finds Theresia Nabu as
                // "theresia nabu" does. Still one pass over the names (a LIKE with a leading % never used the
                // name index); more words only add tests on the same row.
                for (String word : search.split("\\s+")) {
                    if (!Sql.storable(tx, word)) {
                        w.append(" AND 1 = 0"); // no name holds what the database cannot store
                        continue;
                    }
                    w.append(" AND ").append(Sql.containsCaseless(tx, "p.full_name"));
                    params.add("%" + likeText(word) + "%");
                }
            }
        }
    }

    /**
     * Each typed word at the start of a word of the name, in any order: the name read with a space before it and its
     * {@link #WORD_BREAKS} as spaces, so one LIKE a word finds " agus" at a word's start (still one pass over the names,
     * as the register's search).
     */
    private static void nameWordStarts(Tx tx, String search, StringBuilder w, List<Object> params) {
        nameWordStarts(tx, "p.full_name", search, w, params);
    }

    /**
     * {@link #nameWordStarts(Tx, String, StringBuilder, List)} on the name {@code name} (an SQL expression) holds: the
     * audit log's names a person had before a rename ({@link AuditLog#personIdsOnceNamed}), by the same rule.
     */
    static void nameWordStarts(Tx tx, String name, String search, StringBuilder w, List<Object> params) {
        String words = "' ' || " + name;
        for (char c : WORD_BREAKS.toCharArray()) {
            words = "replace(" + words + ", '" + (c == '\'' ? "''" : String.valueOf(c)) + "', ' ')";
        }
        String typed = search;
        for (char c : WORD_BREAKS.toCharArray()) {
            typed = typed.replace(c, ' ');
        }
        boolean any = false;
        for (String word : typed.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            any = true;
            if (!Sql.storable(tx, word)) {
                w.append(" AND 1 = 0"); // no name holds what the database cannot store
                continue;
            }
            w.append(" AND ").append(Sql.containsCaseless(tx, words));
            params.add("% " + likeText(word) + "%");
        }
        if (!any) {
            w.append(" AND 1 = 0"); // only word breaks typed ("-"): no word to look for
        }
    }

    /** {@code text} as literal text in a LIKE pattern that escapes with a backslash. */
    private static String likeText(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
