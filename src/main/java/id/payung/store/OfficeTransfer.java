package id.payung.store;

import id.payung.domain.ServerAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Moves an office's Payung file (SQLite) onto the server as one regency's data, in one transaction on the
 * server: all of it or nothing. Ids are the server's (every row gets a new one; references follow them);
 * a person whose NIK the server holds already (registered by another regency) is that person, not a second
 * one. Shared reference data (regions, occupations, funders) is matched by its code and added when the
 * server lacks it; the summary tables are the server's triggers' work, not copied. The regency must hold no
 * people, enrollments or import batches on the server yet (an office moves once); what {@code server init}
 * seeded for it (cohorts, events, benefit claims, settings) is replaced by the file's own.
 */
public final class OfficeTransfer {
    /** A file's enrollment that overlaps, for the same NIK, an enrollment another regency holds on the server. */
    public record Overlap(String nik, String name, String firstMonth, String lastMonth, String otherRegency,
            String otherFirstMonth, String otherLastMonth) {
    }

    /** The file's NIKs that another regency enrolls for an overlapping period: nothing was written. */
    public static final class OverlapsRefused extends RuntimeException {
        private final List<Overlap> overlaps;

        OverlapsRefused(List<Overlap> overlaps) {
            super(overlaps.size() + " overlapping enrollments with other regencies");
            this.overlaps = List.copyOf(overlaps);
        }

        public List<Overlap> overlaps() {
            return overlaps;
        }
    }

    /** The regency's data on the server, in the order references need (a table before those naming it). */
    static final List<String> REGENCY_TABLES = List.of("meta", "import_batch", "person", "enrollment", "cohort", "event",
            "benefit_claim", "funding_budget", "coverage_denominator", "audit_log");
    /** Reference columns and the table whose ids they hold. */
    private static final Map<String, String> REFERS = Map.of("person_id", "person", "funder_id", "funding_source",
            "batch_id", "import_batch");

    private final Database file;
    private final Connection server;
    private final String regency;
    private final Map<String, Map<Long, Long>> ids = new HashMap<>();

    private OfficeTransfer(Database file, Connection server, String regency) {
        this.file = file;
        this.server = server;
        this.regency = regency;
    }

    /**
     * Copies {@code file} onto the server as {@code regency}'s data and commits; returns the rows written per
     * table.
     *
     * @throws OverlapsRefused        naming every file enrollment that overlaps another regency's on the server
     * @throws ServerAddress.Refused  when the regency holds data already, the file is another regency's, or the
     *                                server refuses (with the reason)
     */
    public static Map<String, Integer> move(Database file, ServerAddress owner, char[] password, String regency) {
        return ServerConnection.inTransaction(owner, password, null, c -> new OfficeTransfer(file, c, regency).run());
    }

    private Map<String, Integer> run() throws SQLException {
        try (PreparedStatement ps = server.prepareStatement("SELECT set_config('payung.regency', ?, true)")) {
            ps.setString(1, regency); // the owner's writes in this transaction are this regency's (V2's policies)
            ps.executeQuery().close();
        }
        String fileRegency = file.read(tx -> tx.one("SELECT value FROM meta WHERE key = 'office_regency'",
                r -> r.getString(1))).orElse(regency);
        if (!fileRegency.equals(regency)) {
            throw new ServerAddress.Refused("server.import.otherRegency", file.file().toString(), fileRegency, regency);
        }
        long held = 0;
        for (String t : List.of("person", "enrollment", "import_batch")) {
            held += scalar("SELECT count(*) FROM " + t + " WHERE regency_code = ?", regency);
        }
        if (held > 0) {
            throw new ServerAddress.Refused("server.import.regencyHasData", regency, id.payung.domain.Formats.count(held));
        }
        List<Overlap> overlaps = overlaps();
        if (!overlaps.isEmpty()) {
            throw new OverlapsRefused(overlaps);
        }
        for (int i = REGENCY_TABLES.size() - 1; i >= 0; i--) { // what server init seeded for the regency
            String t = REGENCY_TABLES.get(i);
            if (!t.equals("audit_log") && hasRegency(t) && fileHas(t)) {
                update("DELETE FROM " + t + " WHERE regency_code = ?", regency);
            }
        }
        Map<String, Integer> written = new LinkedHashMap<>();
        written.put("region", shared("region", "code"));
        written.put("occupation", shared("occupation", "code"));
        written.put("funding_source", funders());
        for (String t : REGENCY_TABLES) {
            if (hasRegency(t) && fileHas(t)) {
                written.put(t, copy(t));
            }
        }
        return written;
    }

    /** The file's live enrollments whose NIK another regency enrolls on the server for a month in common. */
    private List<Overlap> overlaps() throws SQLException {
        List<String[]> mine = file.read(tx -> tx.list("SELECT p.nik, p.full_name, e.first_month, e.last_month"
                + " FROM enrollment e JOIN person p ON p.id = e.person_id WHERE e.deleted = 0 ORDER BY p.nik, e.first_month",
                r -> new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4)}));
        Map<String, List<String[]>> theirs = new HashMap<>();
        String sql = "SELECT p.nik, e.regency_code, substr(CAST(e.first_month AS text), 1, 7),"
                + " substr(CAST(e.last_month AS text), 1, 7) FROM enrollment e JOIN person p ON p.id = e.person_id"
                + " WHERE p.nik = ANY (?) AND e.regency_code <> ? AND CAST(e.deleted AS text) NOT IN ('1', 'true')";
        List<String> niks = mine.stream().map(m -> m[0]).distinct().toList();
        for (int from = 0; from < niks.size(); from += 5000) {
            List<String> part = niks.subList(from, Math.min(niks.size(), from + 5000));
            try (PreparedStatement ps = server.prepareStatement(sql)) {
                ps.setArray(1, server.createArrayOf("text", part.toArray()));
                ps.setString(2, regency);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        theirs.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                                .add(new String[] {r.getString(2), r.getString(3), r.getString(4)});
                    }
                }
            }
        }
        List<Overlap> found = new ArrayList<>();
        for (String[] m : mine) {
            for (String[] t : theirs.getOrDefault(m[0], List.of())) {
                if (m[2].compareTo(open(t[2])) <= 0 && t[1].compareTo(open(m[3])) <= 0) {
                    found.add(new Overlap(m[0], m[1], m[2], m[3], t[0], t[1], t[2]));
                }
            }
        }
        return found;
    }

    private static String open(String lastMonth) {
        return lastMonth == null ? "9999-12" : lastMonth;
    }

    /** Reference rows the server lacks, added (matched by their key); returns how many. */
    private int shared(String table, String key) throws SQLException {
        if (!fileHas(table)) {
            return 0;
        }
        Rows rows = read(table, table.equals("region") ? " ORDER BY length(code), code" : "");
        Columns target = columns(table);
        List<String> cols = rows.names.stream().filter(target::insertable).toList();
        String sql = "INSERT INTO " + table + " (" + String.join(", ", cols) + ") VALUES (" + target.placeholders(cols)
                + ") ON CONFLICT (" + key + ") DO NOTHING";
        int added = 0;
        try (PreparedStatement ps = server.prepareStatement(sql)) {
            for (Object[] row : rows.values) {
                bind(ps, target, cols, rows, row);
                added += ps.executeUpdate();
            }
        }
        return added;
    }

    /** Funders matched by code: the server's id for a code it knows, a new funder for one it does not. */
    private int funders() throws SQLException {
        Map<Long, Long> map = ids.computeIfAbsent("funding_source", k -> new HashMap<>());
        Map<String, Long> known = new HashMap<>();
        try (Statement s = server.createStatement(); ResultSet r = s.executeQuery("SELECT code, id FROM funding_source")) {
            while (r.next()) {
                known.put(r.getString(1), r.getLong(2));
            }
        }
        Rows rows = read("funding_source", "");
        Columns target = columns("funding_source");
        List<String> cols = rows.names.stream().filter(target::insertable).toList();
        int codeAt = rows.names.indexOf("code");
        int idAt = rows.names.indexOf("id");
        int added = 0;
        String sql = "INSERT INTO funding_source (" + String.join(", ", cols) + ") VALUES (" + target.placeholders(cols)
                + ") RETURNING id";
        try (PreparedStatement ps = server.prepareStatement(sql)) {
            for (Object[] row : rows.values) {
                Long id = known.get(String.valueOf(row[codeAt]));
                if (id == null) {
                    bind(ps, target, cols, rows, row);
                    try (ResultSet r = ps.executeQuery()) {
                        r.next();
                        id = r.getLong(1);
                    }
                    added++;
                }
                map.put(((Number) row[idAt]).longValue(), id);
            }
        }
        return added;
    }

    /** Copies a regency table's rows as the regency's, with new ids and references; returns how many. */
    private int copy(String table) throws SQLException {
        Rows rows = read(table, rows(table));
        if (table.equals("meta")) {
            // An offline copy moved onto a new server (the old one lost): its mark says what the file was, not
            // what the regency's settings are; the server itself is never read-only for it. The file's id floors
            // (IdFloor) are of its own ids: the server gives its own, from its sequences.
            int keyAt = rows.names.indexOf("key");
            rows = new Rows(rows.names, rows.values.stream()
                    .filter(r -> !OfflineCopy.MARK_KEYS.contains(String.valueOf(r[keyAt])))
                    .filter(r -> !IdFloor.isKey(String.valueOf(r[keyAt]))).toList());
        }
        Columns target = columns(table);
        List<String> cols = new ArrayList<>(rows.names.stream().filter(target::insertable).toList());
        cols.add("regency_code");
        int idAt = rows.names.indexOf("id");
        boolean mapped = idAt >= 0 && target.types.containsKey("id")
                && REFERS.containsValue(table);
        Map<Long, Long> map = ids.computeIfAbsent(table, k -> new HashMap<>());
        Map<String, Long> existingPeople = table.equals("person") ? people(rows) : Map.of();
        int nikAt = rows.names.indexOf("nik");
        String sql = "INSERT INTO " + table + " (" + String.join(", ", cols) + ") VALUES (" + target.placeholders(cols)
                + ")" + (mapped ? " RETURNING id" : "");
        int written = 0;
        try (PreparedStatement ps = server.prepareStatement(sql)) {
            for (Object[] row : rows.values) {
                if (nikAt >= 0 && existingPeople.containsKey(String.valueOf(row[nikAt]))) {
                    map.put(((Number) row[idAt]).longValue(), existingPeople.get(String.valueOf(row[nikAt])));
                    continue; // registered by another regency: one NIK, one person
                }
                bind(ps, target, cols, rows, row);
                if (mapped) {
                    try (ResultSet r = ps.executeQuery()) {
                        r.next();
                        map.put(((Number) row[idAt]).longValue(), r.getLong(1));
                    }
                } else {
                    ps.addBatch();
                    if (++written % 1000 == 0) {
                        ps.executeBatch();
                    }
                    continue;
                }
                written++;
            }
            if (!mapped) {
                ps.executeBatch();
            }
        }
        return written;
    }

    /** The file's order of a table's rows: by id where there is one, so the audit log keeps its sequence. */
    private String rows(String table) {
        return file.read(tx -> tx.list("SELECT name FROM pragma_table_info(?) WHERE name = 'id'", r -> r.getString(1), table))
                .isEmpty() ? "" : " ORDER BY id";
    }

    /** The server's person ids for the file's NIKs it holds already. */
    private Map<String, Long> people(Rows rows) throws SQLException {
        int nikAt = rows.names.indexOf("nik");
        Map<String, Long> found = new HashMap<>();
        List<Object> niks = rows.values.stream().map(r -> r[nikAt]).toList();
        for (int from = 0; from < niks.size(); from += 5000) {
            try (PreparedStatement ps = server.prepareStatement("SELECT nik, id FROM person WHERE nik = ANY (?)")) {
                ps.setArray(1, server.createArrayOf("text", niks.subList(from, Math.min(niks.size(), from + 5000)).toArray()));
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        found.put(r.getString(1), r.getLong(2));
                    }
                }
            }
        }
        return found;
    }

    private void bind(PreparedStatement ps, Columns target, List<String> cols, Rows rows, Object[] row) throws SQLException {
        for (int i = 0; i < cols.size(); i++) {
            String col = cols.get(i);
            if (col.equals("regency_code")) {
                ps.setString(i + 1, regency);
                continue;
            }
            Object v = row[rows.names.indexOf(col)];
            String refers = REFERS.get(col);
            if (v != null && refers != null && ids.containsKey(refers)) {
                Long to = ids.get(refers).get(((Number) v).longValue());
                if (to == null) {
                    throw new ServerAddress.Refused("server.import.broken", col, String.valueOf(v));
                }
                v = to;
            }
            ps.setString(i + 1, v == null ? null : target.text(col, v));
        }
    }

    /** A file table's columns and rows, values as SQLite holds them. */
    private record Rows(List<String> names, List<Object[]> values) {
    }

    private Rows read(String table, String order) {
        return file.read(tx -> {
            List<String> names = tx.list("SELECT name FROM pragma_table_info(?) ORDER BY cid", r -> r.getString(1), table);
            List<Object[]> values = tx.list("SELECT * FROM " + table + order, r -> {
                ResultSetMetaData md = r.getMetaData();
                Object[] row = new Object[md.getColumnCount()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = r.getObject(i + 1);
                }
                return row;
            });
            return new Rows(names, values);
        });
    }

    private boolean fileHas(String table) {
        return file.read(tx -> tx.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?", table)) > 0;
    }

    /** A server table's columns that take a value (not an identity or generated one), with their types. */
    private record Columns(Map<String, String> types, Set<String> insertable) {
        boolean insertable(String name) {
            return insertable.contains(name) && !name.equals("regency_code");
        }

        String placeholders(List<String> cols) {
            return String.join(", ", cols.stream().map(c -> "CAST(? AS " + types.get(c) + ")").toList());
        }

        /** SQLite's value as text the server's type reads: a month ({@code 2025-01}) into a date is its first day. */
        String text(String col, Object v) {
            String s = String.valueOf(v);
            if (types.get(col).equals("date") && s.length() == 7) {
                return s + "-01";
            }
            return s;
        }
    }

    private Columns columns(String table) throws SQLException {
        Map<String, String> types = new LinkedHashMap<>();
        Set<String> insertable = new java.util.HashSet<>();
        try (PreparedStatement ps = server.prepareStatement("SELECT a.attname, format_type(a.atttypid, a.atttypmod),"
                + " a.attidentity, a.attgenerated FROM pg_attribute a WHERE a.attrelid = to_regclass(?)"
                + " AND a.attnum > 0 AND NOT a.attisdropped")) {
            ps.setString(1, table);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    types.put(r.getString(1), r.getString(2));
                    if (r.getString(3).isEmpty() && r.getString(4).isEmpty() && !r.getString(1).equals("id")) {
                        insertable.add(r.getString(1));
                    }
                }
            }
        }
        return new Columns(types, insertable);
    }

    private boolean hasRegency(String table) throws SQLException {
        return columns(table).types.containsKey("regency_code");
    }

    private long scalar(String sql, String arg) throws SQLException {
        try (PreparedStatement ps = server.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private void update(String sql, String arg) throws SQLException {
        try (PreparedStatement ps = server.prepareStatement(sql)) {
            ps.setString(1, arg);
            ps.executeUpdate();
        }
    }
}
