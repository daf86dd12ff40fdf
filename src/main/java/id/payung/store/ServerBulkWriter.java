package id.payung.store;

import id.payung.domain.Enrollment;
import id.payung.domain.Person;
import id.payung.domain.Programme;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * {@link EnrollmentBulkWriter}'s work on a PostgreSQL server, where several clerks write at once and none of
 * SQLite's means applies: person ids come from the identity's sequence, a block of {@link #ID_BLOCK} at a time
 * ({@code nextval}: another clerk's save takes the next id meanwhile, never one of ours), no PRAGMAs, no index
 * dropped (a clerk does not own the tables); the rows kept go in one statement a table ({@link UnnestInsert}).
 *
 * <p>Two imports at once: the writer first locks the one row of {@code summary_state} (its bulk switch is that
 * row; {@link YearSummary#lockForImport}), so a second import waits there until the first commits or rolls back
 * (or its user cancels the wait), and only then looks its NIKs up, seeing every person the first one registered.
 * Nothing is lost and nothing fails for being second; the same new person in both files is registered once (the
 * second import finds them registered, see ImportService). Clerks' single saves do not wait for an import: they
 * never lock that row, and see {@code bulk = 0} (MVCC).
 *
 * <p>The per-year summary is kept set-wise at {@link #finish}, for every login alike (a clerk may not write the
 * summary tables, so the work is done by V3's functions with the owner's rights): the per-person triggers leave
 * the batch's rows while they are added ({@link YearSummary#beginImport}, this transaction only) and
 * {@link YearSummary#endImport} adds their shapes and recounts the batch's people with a few statements.
 */
final class ServerBulkWriter {
    /** Person ids taken from the sequence at a time. */
    static final int ID_BLOCK = 1000;
    private static final int PENDING = 2 * EnrollmentBulkWriter.LOOKUP_CHUNK;

    /** A person's created_at is left to the column's default: the server's time (V7, V10), whoever imports. */
    private final UnnestInsert people = new UnnestInsert("""
            INSERT INTO person (id, nik, full_name, sex, birth_place, birth_date, address, region_code, occupation_code,
                                phone, kpj, regency_code)
            SELECT id, nik, full_name, sex, birth_place, birth_date, address, region_code, occupation_code, phone, kpj,
                   regency_code
            FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::text[], ?::text[], ?::text[], ?::text[])
                 WITH ORDINALITY AS u(id, nik, full_name, sex, birth_place, birth_date, address, region_code,
                                      occupation_code, phone, kpj, regency_code, n)
            ORDER BY n""",
            new String[] {"bigint", "text", "text", "text", "text", "text", "text", "text", "text", "text", "text",
                "text"}, PENDING);
    /** An enrollment without a place of its own takes its person's current one, as on SQLite. */
    private final UnnestInsert enrollments = new UnnestInsert("""
            INSERT INTO enrollment (person_id, funder_id, segment, jkk, jkm, jht, jp, declared_income_rp, first_month,
                                    last_month, end_reason, notes, batch_id, regency_code, region_code)
            SELECT u.person_id, u.funder_id, u.segment, u.jkk, u.jkm, u.jht, u.jp, u.income, u.first_month,
                   u.last_month, u.end_reason, u.notes, u.batch_id, u.regency_code,
                   coalesce(u.region_code, (SELECT p.region_code FROM person p WHERE p.id = u.person_id))
            FROM unnest(?::bigint[], ?::bigint[], ?::text[], ?::integer[], ?::integer[], ?::integer[], ?::integer[],
                        ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[])
                 WITH ORDINALITY AS u(person_id, funder_id, segment, jkk, jkm, jht, jp, income, first_month,
                                      last_month, end_reason, notes, batch_id, regency_code, region_code, n)
            ORDER BY n""",
            new String[] {"bigint", "bigint", "text", "integer", "integer", "integer", "integer", "bigint", "text",
                "text", "text", "text", "bigint", "text", "text"}, PENDING);
    private final Tx tx;
    private final Map<String, Long> funderIds = new HashMap<>();
    /**
     * The regency every row written here gets: what the column's default ({@code payung_regency()}) would give
     * each row, asked once. The default is a function call per row (with its own search_path, so not inlined):
     * 15 µs a row of a person or an enrollment (docs/PERFORMANCE.md). Row-level security still checks each row
     * against the login's regency, so naming it here changes nothing a clerk may write.
     */
    private final String regency;
    /** The person ids' sequence, e.g. {@code public.person_id_seq}. */
    private final String personIds;
    /** Ids taken from the sequence and not given yet: {@code ids[nextId..ids.length)}. */
    private long[] ids = new long[0];
    private int nextId;
    /** The ids given to the people added here, increasing (one session's {@code nextval}s only grow). */
    private long[] added = new long[256];
    private int addedCount;
    private long lastAddedPersonId;
    /** Whether a person got an enrollment here besides the one that came with them: their place may have moved. */
    private boolean knownPeople;
    private boolean bulk;
    private int pending;

    /**
     * Prepares to write in {@code tx}; in a write transaction, waits for another import under way to end.
     *
     * @throws WriteCancelledException when the wait was cancelled through {@code tx}'s {@link WriteWait}
     */
    ServerBulkWriter(Tx tx) {
        this.tx = tx;
        tx.list("SELECT code, id FROM funding_source", rs -> funderIds.put(rs.getString(1), rs.getLong(2)));
        // The sequence's name asked once: pg_get_serial_sequence per id looked it up in the catalog 1.000 times a block.
        personIds = tx.list("SELECT pg_get_serial_sequence('person', 'id')", rs -> rs.getString(1)).get(0);
        regency = tx.list("SELECT payung_regency()", rs -> rs.getString(1)).get(0); // null: the insert refuses, as the default would
        if (tx.one("SELECT current_setting('transaction_read_only')", rs -> rs.getString(1)).orElse("on").equals("off")) {
            // One import at a time: the bulk switch's row, locked until this transaction ends (a dry run reads).
            YearSummary.lockForImport(tx);
        }
    }

    long addPerson(Person p) {
        if (nextId == ids.length) {
            ids = tx.list("SELECT nextval(CAST(? AS regclass)) FROM generate_series(1, " + ID_BLOCK + ")",
                    rs -> rs.getLong(1), personIds).stream().mapToLong(Long::longValue).sorted().toArray();
            nextId = 0;
        }
        long id = ids[nextId++];
        if (addedCount == added.length) {
            added = Arrays.copyOf(added, addedCount * 2);
        }
        added[addedCount++] = id;
        lastAddedPersonId = id;
        if (people.full()) {
            flush();
        }
        people.add(id, p.nik(), p.fullName(), p.sex().name(), p.birthPlace(), Sql.text(p.birthDate()), p.address(),
                p.regionCode(), p.occupationCode(), p.phone(), p.kpj(), regency);
        countPending();
        return id;
    }

    void addEnrollment(Enrollment e, Long batchId) {
        Long funder = funderIds.get(e.funderCode());
        if (funder == null) {
            throw new StoreException("unknown funding source " + e.funderCode());
        }
        if (!bulk && batchId != null) {
            // Before any row of the batch is written (none is yet: the rows wait in the buffer). A person added
            // has no summary rows of their own until an enrollment of theirs comes.
            YearSummary.beginImport(tx, batchId);
            bulk = true;
        }
        if (enrollments.full()) {
            flush();
        }
        java.util.Set<Programme> p = e.programmes();
        enrollments.add(e.personId(), funder, e.segment().name(), flag(p, Programme.JKK), flag(p, Programme.JKM),
                flag(p, Programme.JHT), flag(p, Programme.JP), e.declaredIncomeRp(), Sql.text(e.firstMonth()),
                Sql.text(e.lastMonth()), e.endReason(), e.notes(), batchId, regency, e.regionCode());
        if (e.personId() != lastAddedPersonId) {
            knownPeople = true;
        }
        countPending();
    }

    void remove(long personId, String funderCode, YearMonth firstMonth, long batchId) {
        flush();
        tx.update("DELETE FROM enrollment WHERE batch_id = ? AND person_id = ? AND funder_id = ? AND first_month = ?",
                batchId, personId, funderIds.get(funderCode), Sql.text(firstMonth));
        if (Arrays.binarySearch(added, 0, addedCount, personId) >= 0) {
            tx.update("DELETE FROM person WHERE id = ? AND NOT EXISTS (SELECT 1 FROM enrollment WHERE person_id = ?)",
                    personId, personId);
        }
    }

    void flush() {
        if (pending == 0) {
            return;
        }
        try {
            people.flush(tx);
            enrollments.flush(tx);
            pending = 0;
        } catch (SQLException e) {
            throw Sql.failure("batch insert failed", e);
        }
    }

    /** Flushes; the current places of people registered before; the batch's shapes and people recounted set-wise. */
    void finish(long batchId) {
        flush();
        if (knownPeople) {
            EnrollmentRepository.refreshCurrentPlaces(tx, "SELECT person_id FROM enrollment WHERE batch_id = ?", batchId);
            knownPeople = false;
        }
        if (bulk) {
            YearSummary.endImport(tx);
            bulk = false;
        }
    }

    private void countPending() {
        if (++pending >= PENDING) {
            flush();
        }
    }

    private static Integer flag(java.util.Set<Programme> programmes, Programme p) {
        return programmes.contains(p) ? 1 : 0;
    }
}
