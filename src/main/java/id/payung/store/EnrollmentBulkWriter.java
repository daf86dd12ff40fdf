package id.payung.store;

import id.payung.domain.Enrollment;
import id.payung.domain.Person;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes many people and enrollments inside one write transaction, the way a raw batch insert does:
 * NIKs are looked up a chunk at a time, funder ids once, and rows go to SQLite in JDBC batches with
 * ids assigned here (the transaction holds the write lock, so {@code max(id) + 1} is ours), instead
 * of four or five statements and a {@code last_insert_rowid()} per row. Used by the import, where it
 * made the difference between a sixth and more than half of the raw insert speed.
 *
 * <p>Call {@link #flush()} before anything reads what was added, and {@link #finish(long)} before the
 * transaction ends: the per-year summary's triggers are off while rows are added (see {@link YearSummary}).
 */
public final class EnrollmentBulkWriter {
    /** NIKs per look-up query: well under SQLite's limit on bound parameters. */
    public static final int LOOKUP_CHUNK = 500;
    /** The page cache while a bulk write lasts (negative: KiB), and SQLite's default that it goes back to. */
    private static final int BULK_CACHE_KIB = -128 * 1024;
    private static final int DEFAULT_CACHE_KIB = -2000;
    /**
     * The indexes a large batch leaves to the end ({@link #deferIndexes}): those its rows reach in no order.
     * The NIK's (look-ups, uniqueness), the person's enrollments (period checks, the summary's recount) and
     * the batch's (undo, taking a row back out) stay, and new rows reach the last two in order anyway.
     */
    private static final java.util.List<String> DEFERRABLE = java.util.List.of("person_name", "person_region",
            "enrollment_period", "enrollment_first", "enrollment_last", "enrollment_region");
    private static final String INSERT_PERSON = """
            INSERT INTO person (id, nik, full_name, sex, birth_place, birth_date, address, region_code, occupation_code,
                                phone, kpj, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_ENROLLMENT = IdFloor.withId("enrollment", """
            INSERT INTO enrollment (person_id, funder_id, segment, jkk, jkm, jht, jp, declared_income_rp, first_month,
                                    last_month, end_reason, notes, batch_id, region_code)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, (SELECT region_code FROM person WHERE id = ?)))""");

    private final Tx tx;
    private final Map<String, Long> funderIds = new HashMap<>();
    private final String createdAt = Instant.now().toString();
    /**
     * Whether a person got an enrollment here besides the one that came with them (registered before, or a
     * second row of the file): their current place may have moved.
     */
    private boolean knownPeople;
    private long lastAddedPersonId;
    private long nextPersonId;
    /** The first id this writer gives a person: people from here on were added by it. */
    private final long firstAddedPersonId;
    private int pending;
    private boolean bulk;
    /**
     * The cost shapes of the enrollments of the people added here, gathered as they pass (see
     * {@link YearSummary#addShapes}): raw values → how many. Exact until a row is taken back out
     * ({@link #remove}); then {@link #finish} groups the batch's rows in SQL as before.
     */
    private final Map<YearSummary.RawShape, long[]> shapes = new HashMap<>();
    private boolean shapesExact = true;
    /** Whether an enrollment went to a person registered before this writer (their shapes are grouped in SQL). */
    private boolean enrolledKnown;
    /** The region and occupation of each person added here (by id - firstAddedPersonId), as codes of {@link #codes}. */
    private int[] addedRegion = new int[1024];
    private int[] addedOccupation = new int[1024];
    private final Map<String, Integer> codeIndex = new HashMap<>();
    private final java.util.List<String> codes = new java.util.ArrayList<>();
    /** The definitions of the indexes dropped by {@link #deferIndexes}, to be made again by {@link #finish}. */
    private final java.util.List<String> deferred = new java.util.ArrayList<>();
    /** On a PostgreSQL server the work is {@link ServerBulkWriter}'s (ids from the sequence, no PRAGMAs); else null. */
    private final ServerBulkWriter server;

    /** Prepares to write in {@code tx}, which must be a write transaction. */
    public EnrollmentBulkWriter(Tx tx) {
        this.tx = tx;
        this.server = tx.dialect() == Dialect.POSTGRES ? new ServerBulkWriter(tx) : null;
        tx.list("SELECT code, id FROM funding_source", rs -> funderIds.put(rs.getString(1), rs.getLong(2)));
        this.nextPersonId = server != null ? 0 : IdFloor.next(tx, "person");
        this.firstAddedPersonId = nextPersonId;
    }

    /**
     * A person already in the database, as the import compares it with a row: id, name, birth date, occupation, and whether
     * only undone imports brought them ({@link EnrollmentRepository#onlyUndoneImports}: not registered for the
     * clerk, their row to be written over by the row).
     */
    public record Registered(long id, String fullName, java.time.LocalDate birthDate, boolean onlyUndone,
                             String occupationCode) {
        /** A registered person whose occupation is not known here. */
        public Registered(long id, String fullName, java.time.LocalDate birthDate, boolean onlyUndone) {
            this(id, fullName, birthDate, onlyUndone, null);
        }
    }

    /** The person ids of those NIKs that are already in the database (flushed rows included). */
    public Map<String, Long> personIds(Collection<String> niks) {
        Map<String, Long> ids = new HashMap<>();
        registered(niks).forEach((nik, r) -> ids.put(nik, r.id()));
        return ids;
    }

    /** Those NIKs that are already in the database (flushed rows included), with name and birth date. */
    public Map<String, Registered> registered(Collection<String> niks) {
        flush();
        Map<String, Registered> found = new HashMap<>();
        Iterator<String> it = niks.iterator();
        try {
            PreparedStatement ps = tx.statement(lookupSql(tx));
            while (it.hasNext()) {
                int i = 1;
                for (; i <= LOOKUP_CHUNK && it.hasNext(); i++) {
                    ps.setString(i, it.next());
                }
                for (; i <= LOOKUP_CHUNK; i++) {
                    ps.setNull(i, Types.VARCHAR); // pads the last chunk: one statement for all sizes
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getString(1), new Registered(rs.getLong(2), rs.getString(3), Sql.date(rs, "birth_date"),
                                rs.getInt(5) == 1, rs.getString(6)));
                    }
                }
            }
        } catch (SQLException e) {
            throw Sql.failure("NIK look-up failed", e);
        }
        return found;
    }

    /** Spans of NIKs looked up together ({@link #registeredIn}); a statement's parameters stay under SQLite's 999. */
    public static final int RANGE_CHUNK = 100;

    /**
     * The people registered in the database (flushed rows included; not those whom only undone imports brought)
     * whose NIK lies in one of {@code ranges}, as candidates
     * for a NIK Excel destroyed ({@link id.payung.domain.DamagedNik}): one statement per {@value #RANGE_CHUNK} spans,
     * each an index range on the NIK.
     */
    public java.util.List<id.payung.domain.DamagedNik.Candidate> registeredIn(
            java.util.List<id.payung.domain.DamagedNik.Range> ranges) {
        flush();
        java.util.List<id.payung.domain.DamagedNik.Candidate> found = new java.util.ArrayList<>();
        try {
            PreparedStatement ps = tx.statement(rangeSql(tx));
            for (int start = 0; start < ranges.size(); start += RANGE_CHUNK) {
                int i = 1;
                for (var r : ranges.subList(start, Math.min(ranges.size(), start + RANGE_CHUNK))) {
                    ps.setString(i++, r.from());
                    ps.setString(i++, r.to());
                }
                for (; i <= 2 * RANGE_CHUNK; i++) {
                    ps.setNull(i, Types.VARCHAR); // pads the last chunk: one statement for all sizes
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(new id.payung.domain.DamagedNik.Candidate(rs.getString(1), rs.getString(2),
                                Sql.date(rs, "birth_date"), 0));
                    }
                }
            }
        } catch (SQLException e) {
            throw Sql.failure("NIK range look-up failed", e);
        }
        return found;
    }

    /** People whom only undone imports brought are not registered, so not proposed (one rule: onlyUndoneImports). */
    private static String rangeSql(Tx tx) {
        return "SELECT p.nik, p.full_name, p.birth_date FROM person p WHERE ("
                + "p.nik BETWEEN ? AND ? OR ".repeat(RANGE_CHUNK - 1) + "p.nik BETWEEN ? AND ?) AND NOT "
                + EnrollmentRepository.onlyUndoneImports(tx);
    }

    /** Adds a new person (its id field is ignored) and returns the id it will have. */
    public long addPerson(Person p) {
        if (server != null) {
            return server.addPerson(p);
        }
        startBulk();
        long id = nextPersonId++;
        lastAddedPersonId = id;
        int slot = (int) (id - firstAddedPersonId);
        if (slot == addedRegion.length) {
            addedRegion = java.util.Arrays.copyOf(addedRegion, slot * 2);
            addedOccupation = java.util.Arrays.copyOf(addedOccupation, slot * 2);
        }
        addedRegion[slot] = code(p.regionCode());
        addedOccupation[slot] = code(p.occupationCode());
        try {
            PreparedStatement ps = tx.statement(INSERT_PERSON);
            ps.setLong(1, id);
            ps.setString(2, p.nik());
            ps.setString(3, p.fullName());
            ps.setString(4, p.sex().name());
            ps.setString(5, p.birthPlace());
            ps.setString(6, Sql.text(p.birthDate()));
            ps.setString(7, p.address());
            ps.setString(8, p.regionCode());
            ps.setString(9, p.occupationCode());
            ps.setString(10, p.phone());
            ps.setString(11, p.kpj());
            ps.setString(12, createdAt);
            ps.addBatch();
        } catch (SQLException e) {
            throw Sql.failure("person insert failed", e);
        }
        countPending();
        return id;
    }

    /**
     * Adds an enrollment of an existing or just-added person, in an import batch (null for none), at the
     * place its row gives (null: the person's current place).
     *
     * @throws StoreException when the funder is unknown
     */
    public void addEnrollment(Enrollment e, Long batchId) {
        if (server != null) {
            server.addEnrollment(e, batchId);
            return;
        }
        Long funder = funderIds.get(e.funderCode());
        if (funder == null) {
            throw new StoreException("unknown funding source " + e.funderCode());
        }
        startBulk();
        try {
            PreparedStatement ps = tx.statement(INSERT_ENROLLMENT);
            ps.setLong(1, e.personId());
            ps.setLong(2, funder);
            ps.setString(3, e.segment().name());
            int i = SqlRules.bindProgrammes(ps, 4, e.programmes()); // jkk, jkm, jht, jp
            if (e.declaredIncomeRp() == null) {
                ps.setNull(i, Types.INTEGER);
            } else {
                ps.setLong(i, e.declaredIncomeRp());
            }
            ps.setString(i + 1, Sql.text(e.firstMonth()));
            ps.setString(i + 2, Sql.text(e.lastMonth()));
            ps.setString(i + 3, e.endReason());
            ps.setString(i + 4, e.notes());
            if (batchId == null) {
                ps.setNull(i + 5, Types.INTEGER);
            } else {
                ps.setLong(i + 5, batchId);
            }
            ps.setString(i + 6, e.regionCode());
            ps.setLong(i + 7, e.personId());
            ps.addBatch();
        } catch (SQLException ex) {
            throw Sql.failure("enrollment insert failed", ex);
        }
        if (e.personId() != lastAddedPersonId) {
            knownPeople = true;
        }
        gatherShape(e, funder);
        countPending();
    }

    private void gatherShape(Enrollment e, long funder) {
        if (e.personId() < firstAddedPersonId) {
            enrolledKnown = true;
            return;
        }
        int slot = (int) (e.personId() - firstAddedPersonId);
        int flags = 0;
        for (id.payung.domain.Programme p : id.payung.domain.Programme.values()) {
            if (e.programmes().contains(p)) {
                flags |= 1 << p.ordinal();
            }
        }
        String region = e.regionCode() != null ? e.regionCode() : codeAt(addedRegion[slot]);
        YearSummary.RawShape key = new YearSummary.RawShape(funder, e.segment().name(), flags, e.declaredIncomeRp(),
                Sql.text(e.firstMonth()), Sql.text(e.lastMonth()), region, codeAt(addedOccupation[slot]), 0);
        shapes.computeIfAbsent(key, k -> new long[1])[0]++;
    }

    private int code(String code) {
        if (code == null) {
            return -1;
        }
        return codeIndex.computeIfAbsent(code, c -> {
            codes.add(c);
            return codes.size() - 1;
        });
    }

    private String codeAt(int i) {
        return i < 0 ? null : codes.get(i);
    }

    /**
     * Takes back an enrollment added here in the batch (when a later row of the file shows it cannot stand),
     * and its person too when this writer added them and nothing else of theirs is left. The per-year summary
     * never saw it: its triggers are off until {@link #finish(long)}, which reads the batch as it then is.
     *
     * @param firstMonth the enrollment's first month: one person has one enrollment per funder and first
     *                   month in a batch (a second would overlap the first)
     */
    public void remove(long personId, String funderCode, java.time.YearMonth firstMonth, long batchId) {
        if (server != null) {
            server.remove(personId, funderCode, firstMonth, batchId);
            return;
        }
        flush();
        shapesExact = false;
        tx.update("DELETE FROM enrollment WHERE batch_id = ? AND person_id = ? AND funder_id = ? AND first_month = ?",
                batchId, personId, funderIds.get(funderCode), Sql.text(firstMonth));
        if (personId >= firstAddedPersonId) {
            tx.update("DELETE FROM person WHERE id = ? AND NOT EXISTS (SELECT 1 FROM enrollment WHERE person_id = ?)",
                    personId, personId);
        }
    }

    /** From this many rows on, a batch at least as large as the enrollments already held is a large one. */
    private static final long LARGE_BATCH = 100_000;

    /**
     * Says how many rows the batch will about add, before anything is added: a large batch (at least
     * {@link #LARGE_BATCH} rows and as many as the enrollments already held) defers some indexes
     * ({@link #deferIndexes}).
     */
    public void expect(long rows) {
        if (server != null) {
            return; // a clerk does not own the tables: a server's indexes stay
        }
        if (rows >= LARGE_BATCH && rows >= tx.scalar("SELECT ifnull(max(id), 0) FROM enrollment")) {
            deferIndexes();
        }
    }

    /**
     * For a batch as large as what the tables already hold: drops the indexes its rows would reach in no
     * order, and {@link #finish} makes them again, each in one sorted pass (cheaper than a million inserts
     * at random places in each). Inside the write transaction, so a rollback (refused, cancelled, failed)
     * brings them back with everything else; nothing reads through them before {@link #finish}. Call
     * before adding anything.
     */
    public void deferIndexes() {
        if (server != null) {
            return;
        }
        if (!deferred.isEmpty()) {
            return;
        }
        for (String name : DEFERRABLE) {
            tx.one("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", rs -> rs.getString(1), name)
                    .ifPresent(sql -> {
                        deferred.add(sql);
                        tx.update("DROP INDEX " + name);
                    });
        }
    }

    /** Sends what was added to SQLite (people first: enrollments refer to them). */
    public void flush() {
        if (server != null) {
            server.flush();
            return;
        }
        if (pending == 0) {
            return;
        }
        try {
            tx.statement(INSERT_PERSON).executeBatch();
            tx.statement(INSERT_ENROLLMENT).executeBatch();
            pending = 0;
        } catch (SQLException e) {
            throw Sql.failure("batch insert failed", e);
        }
    }

    /**
     * Flushes, and brings the per-year summary up to date for everyone in the batch, and the current place
     * of the people already registered to that of their latest enrollment. Must be called before the
     * transaction commits when anything was added (the summary's triggers are off until then).
     */
    public void finish(long batchId) {
        if (server != null) {
            server.finish(batchId);
            return;
        }
        flush();
        if (!deferred.isEmpty()) {
            // Sorting for the indexes may use a second thread (the import's only other work is done).
            tx.scalar("PRAGMA threads = 2");
            for (String sql : deferred) {
                tx.update(sql);
            }
            tx.scalar("PRAGMA threads = 0");
            deferred.clear();
        }
        if (knownPeople) {
            // (Not needed when everyone is new with one row: their place is the one their row gave.)
            EnrollmentRepository.refreshCurrentPlaces(tx, "SELECT person_id FROM enrollment WHERE batch_id = ?", batchId);
            knownPeople = false;
        }
        if (bulk) {
            if (!shapesExact) {
                YearSummary.addBatchShapes(tx, batchId);
            } else {
                if (enrolledKnown) {
                    YearSummary.addBatchShapesOfKnown(tx, batchId, firstAddedPersonId);
                }
                if (!shapes.isEmpty()) {
                    YearSummary.addShapes(tx, shapes.entrySet().stream().map(s -> new YearSummary.RawShape(
                            s.getKey().funderId(), s.getKey().segment(), s.getKey().programmeFlags(),
                            s.getKey().declaredIncomeRp(), s.getKey().firstMonth(), s.getKey().lastMonth(),
                            s.getKey().regionCode(), s.getKey().occupationCode(), s.getValue()[0])).toList());
                }
            }
            shapes.clear();
            YearSummary.endBulkForBatch(tx, batchId, nextPersonId > firstAddedPersonId ? firstAddedPersonId : Long.MAX_VALUE,
                    enrolledKnown);
            tx.update("PRAGMA cache_size = " + DEFAULT_CACHE_KIB);
            bulk = false;
        }
    }

    /**
     * Puts back the connection settings a bulk write changes (page cache, sorting threads): {@link #finish}
     * does on success, the write connection's rollback otherwise.
     */
    static void restoreConnectionSettings(java.sql.Connection c) {
        try (java.sql.Statement s = c.createStatement()) {
            s.execute("PRAGMA cache_size = " + DEFAULT_CACHE_KIB);
            s.execute("PRAGMA threads = 0");
        } catch (java.sql.SQLException ignored) {
            // A closed connection has no settings left to put back.
        }
    }

    private void startBulk() {
        if (!bulk) {
            YearSummary.beginBulk(tx);
            bulk = true;
            // A big batch touches every page of the indexes it adds to, in no order: with SQLite's default
            // 2 MB page cache each insert read and spilled pages (see docs/PERFORMANCE.md). The cache is
            // native memory, bounded here, and given back when the batch is finished.
            tx.update("PRAGMA cache_size = " + BULK_CACHE_KIB);
        }
    }

    private void countPending() {
        if (++pending >= 2 * LOOKUP_CHUNK) {
            flush();
        }
    }

    private static String lookupSql(Tx tx) {
        return "SELECT p.nik, p.id, p.full_name, p.birth_date, CASE WHEN " + EnrollmentRepository.onlyUndoneImports(tx)
                + " THEN 1 ELSE 0 END, p.occupation_code FROM person p WHERE p.nik IN (" + "?,".repeat(LOOKUP_CHUNK - 1) + "?)";
    }
}
