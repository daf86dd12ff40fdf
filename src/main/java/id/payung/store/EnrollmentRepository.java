package id.payung.store;

import id.payung.domain.Enrollment;
import id.payung.domain.EnrollmentSummary;
import id.payung.domain.Person;
import id.payung.domain.Programme;
import id.payung.domain.Segment;
import id.payung.domain.Sex;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Named persons and their enrollments. */
public final class EnrollmentRepository {
    /** The columns of a register row ({@link #summary(ResultSet)} reads them). */
    static final String SUMMARY_COLUMNS = """
            SELECT e.id, e.person_id, p.nik, p.full_name, f.code AS funder_code, f.name AS funder_name, e.segment,
                   e.jkk, e.jkm, e.jht, e.jp, CASE WHEN r.level IN ('DESA', 'KELURAHAN') THEN r.name END AS desa_name,
                   k.name AS kecamatan_name, k.code AS kecamatan_code,
                   o.name AS occupation_name, e.first_month, e.last_month, e.end_reason, e.deleted
            """;
    /** An enrollment {@code e} and its person {@code p}, read from the enrollment's side. */
    static final String ENROLLMENT_FIRST = """
            FROM enrollment e
            JOIN person p ON p.id = e.person_id
            """;
    /**
     * What a register row reads besides its enrollment {@code e} and person {@code p}: funder and names; the
     * place is the enrollment's (where that list or form put the person), not the person's current one.
     */
    static final String SUMMARY_JOINS = """
            JOIN funding_source f ON f.id = e.funder_id
            LEFT JOIN region r ON r.code = e.region_code
            LEFT JOIN region k ON k.code = %s
            LEFT JOIN occupation o ON o.code = p.occupation_code
            """.formatted(SqlRules.kecamatan("e.region_code"));
    private static final String SUMMARY_SELECT = SUMMARY_COLUMNS + ENROLLMENT_FIRST + SUMMARY_JOINS;

    /**
     * Inserts a person and returns the new id.
     *
     * @throws RuleViolation (NIK_TAKEN) when the database has a person with this NIK (on a server: one another
     *                       clerk saved meanwhile, or one of another regency)
     */
    public long insertPerson(Tx tx, Person p) {
        try {
            return Sql.insert(tx, IdFloor.withId(tx, "person", """
                    INSERT INTO person (nik, full_name, sex, birth_place, birth_date, address, region_code, occupation_code,
                                        phone, kpj, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""),
                    p.nik(), p.fullName(), p.sex().name(), p.birthPlace(), Sql.text(p.birthDate()), p.address(),
                    p.regionCode(), p.occupationCode(), p.phone(), p.kpj(), Instant.now().toString());
        } catch (StoreException e) {
            throw Sql.violation(e, Sql.UNIQUE_VIOLATION, Sql.NIK_KEY, RuleViolation.Rule.NIK_TAKEN);
        }
    }

    /** Replaces a person's details (the NIK included). @throws RuleViolation (NIK_TAKEN) when the NIK is another's */
    public void updatePerson(Tx tx, Person p) {
        Object[] values = {p.nik(), p.fullName(), p.sex().name(), p.birthPlace(), Sql.text(p.birthDate()), p.address(),
                p.regionCode(), p.occupationCode(), p.phone(), p.kpj(), p.id()};
        int changed;
        try {
            changed = tx.update("""
                    UPDATE person SET nik = ?, full_name = ?, sex = ?, birth_place = ?, birth_date = ?, address = ?,
                                      region_code = ?, occupation_code = ?, phone = ?, kpj = ?
                    WHERE id = ?""", values);
        } catch (StoreException e) {
            throw Sql.violation(e, Sql.UNIQUE_VIOLATION, Sql.NIK_KEY, RuleViolation.Rule.NIK_TAKEN);
        }
        // No row changed: on a server, a person another regency registered (row-level security lets this login
        // read them, not write them). A correction of the enrollment alone goes on; a change of their details
        // would be lost without a word, so it is refused.
        if (changed == 0 && tx.scalar("""
                SELECT count(*) FROM person WHERE nik = ? AND full_name = ? AND sex = ?
                   AND birth_place IS NOT DISTINCT FROM ? AND birth_date IS NOT DISTINCT FROM ?
                   AND address IS NOT DISTINCT FROM ? AND region_code IS NOT DISTINCT FROM ?
                   AND occupation_code IS NOT DISTINCT FROM ? AND phone IS NOT DISTINCT FROM ?
                   AND kpj IS NOT DISTINCT FROM ? AND id = ?""", values) == 0) {
            throw new RuleViolation(RuleViolation.Rule.PERSON_OTHER_OFFICE, "person " + p.id() + " not writable here", null);
        }
    }

    /**
     * SQL true for the person {@code p} whom only undone imports brought: they have enrollments, and every one was
     * taken back by undoing its import (none live; a row of an undone batch deleted by hand as well counts as taken
     * back), and no benefit claim names them (a recorded JKK/JKM claim is the office's evidence of a real person;
     * enrollments and claims are the only rows that refer to a person). Their row stays (the audit log names
     * people and enrollments by id; on a file a removed id would go to the next import's people), but for the clerk
     * they are not registered: the NIK look-ups of the form and of an import pass over them, and the next list or
     * form with their NIK writes its own data over the undone list's (trial 18 H30).
     * <p>On a server the rule reads every regency's enrollments and claims (V15's owner-rights functions): under
     * row-level security a clerk sees only their own, and a person another regency enrolled or paid a claim for
     * (an office transfer attaches a moved file's NIKs to existing people) is registered. The person must also be
     * this regency's own: another regency's person is not this login's to write over.
     */
    static String onlyUndoneImports(Tx tx) {
        boolean server = tx.dialect() == Dialect.POSTGRES;
        String enrollments = server ? "payung_person_enrollments(p.id) w WHERE true"
                : "enrollment w LEFT JOIN import_batch wb ON wb.id = w.batch_id WHERE w.person_id = p.id";
        String undone = server ? "w.undone_at" : "wb.undone_at";
        String claimed = server ? "payung_person_claimed(p.id)"
                : "EXISTS (SELECT 1 FROM benefit_claim c WHERE c.person_id = p.id)";
        String sql = "(EXISTS (SELECT 1 FROM " + enrollments + ")"
                + " AND NOT EXISTS (SELECT 1 FROM " + enrollments + " AND (w.deleted = 0 OR " + undone + " IS NULL))"
                + " AND NOT " + claimed + ")";
        return server ? "(" + sql + " AND p.regency_code = (SELECT payung_regency()))" : sql;
    }

    /** The person with this NIK, if any, including one whom only undone imports brought (to reuse their row). */
    public Optional<Person> personByNik(Tx tx, String nik) {
        return tx.one("SELECT * FROM person WHERE nik = ?", EnrollmentRepository::person, nik);
    }

    /**
     * The person registered with this NIK as the clerk sees the register: none when only undone imports brought
     * them ({@link #onlyUndoneImports}).
     */
    public Optional<Person> registeredByNik(Tx tx, String nik) {
        return tx.one("SELECT * FROM person p WHERE p.nik = ? AND NOT " + onlyUndoneImports(tx),
                EnrollmentRepository::person, nik);
    }

    /**
     * On a server, the name of the regency whose office registered this NIK ("Kabupaten Manggarai"), when that is not
     * this login's regency: row-level security hides such a person, and the unique NIK refuses this office's save of
     * it. Read through V17's {@code payung_nik_regency}, which gives the regency and nothing else of theirs. Empty on a
     * file, for a NIK nobody registered, and for this regency's own.
     */
    public Optional<String> otherOfficeOfNik(Tx tx, String nik) {
        if (tx.dialect() != Dialect.POSTGRES || nik == null || nik.isEmpty()) {
            return Optional.empty();
        }
        return tx.one("SELECT coalesce(r.name, x.code) FROM (SELECT payung_nik_regency(?) AS code) x"
                + " LEFT JOIN region r ON r.code = x.code"
                + " WHERE x.code IS NOT NULL AND x.code IS DISTINCT FROM payung_regency()", rs -> rs.getString(1), nik);
    }

    /**
     * The registered people (not those whom only undone imports brought) born on {@code birthDate} under a NIK other
     * than {@code nik} who may be the person typed with a digit of the NIK mistyped: those whose NIK differs from it in
     * the serial only (its region and birth-date digits: the first 12), and those whose name is {@code fullName} but
     * for (ASCII) case. Two index look-ups (the NIK's, the name's), so cheap at any size; whether the names are the same
     * is the domain's rule ({@link id.payung.domain.LikelySamePerson}), which the caller applies: this only narrows.
     * Each person once.
     */
    public List<Person> bornOnUnderOtherNik(Tx tx, String nik, String fullName, LocalDate birthDate) {
        if (nik == null || nik.length() != 16 || birthDate == null) {
            return List.of();
        }
        String serials = nik.substring(0, 12);
        String undone = onlyUndoneImports(tx);
        List<Person> found = new java.util.ArrayList<>(tx.list("SELECT * FROM person p WHERE p.nik BETWEEN ? AND ?"
                + " AND p.nik <> ? AND p.birth_date = ? AND NOT " + undone, EnrollmentRepository::person,
                serials + "0000", serials + "9999", nik, Sql.text(birthDate)));
        String name = fullName == null ? "" : fullName.strip().replaceAll("\\s+", " ");
        if (!name.isEmpty()) {
            for (Person p : tx.list("SELECT * FROM person p WHERE " + Sql.caseless(tx, "p.full_name") + " = "
                    + Sql.caselessParameter(tx) + " AND p.nik <> ? AND p.birth_date = ? AND NOT " + undone,
                    EnrollmentRepository::person, name, nik, Sql.text(birthDate))) {
                if (found.stream().noneMatch(f -> f.id() == p.id())) {
                    found.add(p);
                }
            }
        }
        return found;
    }

    /** The person with this id. */
    public Optional<Person> person(Tx tx, long id) {
        return tx.one("SELECT * FROM person WHERE id = ?", EnrollmentRepository::person, id);
    }

    /** Inserts an enrollment and returns the new id. @throws StoreException when the funder is unknown */
    public long insertEnrollment(Tx tx, Enrollment e) {
        return insertEnrollment(tx, e, null);
    }

    /**
     * Inserts an enrollment that arrived in an import batch (null for none) and returns the new id. Its place
     * is the enrollment's region, or (null) the place its person has now.
     *
     * @throws RuleViolation (PERIODS_OVERLAP) when the database refuses a period overlapping another of the person
     */
    public long insertEnrollment(Tx tx, Enrollment e, Long batchId) {
        try {
            return insertEnrollmentRow(tx, e, batchId);
        } catch (StoreException x) {
            throw Sql.violation(x, Sql.EXCLUSION_VIOLATION, Sql.PERIODS_CONSTRAINT, RuleViolation.Rule.PERIODS_OVERLAP);
        }
    }

    private static long insertEnrollmentRow(Tx tx, Enrollment e, Long batchId) {
        return Sql.insert(tx, IdFloor.withId(tx, "enrollment", """
                INSERT INTO enrollment (person_id, funder_id, segment, jkk, jkm, jht, jp, declared_income_rp, first_month,
                                        last_month, end_reason, notes, batch_id, region_code)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, (SELECT region_code FROM person WHERE id = ?)))"""),
                e.personId(), Sql.funderId(tx, e.funderCode()), e.segment().name(), flag(e, Programme.JKK),
                flag(e, Programme.JKM), flag(e, Programme.JHT), flag(e, Programme.JP), e.declaredIncomeRp(),
                Sql.text(e.firstMonth()), Sql.text(e.lastMonth()), e.endReason(), e.notes(), batchId,
                e.regionCode(), e.personId());
    }

    /**
     * Replaces an enrollment's fields (not its person or deleted mark; a null region keeps its place). An enrollment
     * marked deleted is never written (trial 07/12/2026 #1: a form open while another clerk undid its import wrote
     * its correction into the deleted row): false then, and the caller refuses the change.
     *
     * @return true when it was written; false when there is no such enrollment not deleted
     * @throws RuleViolation (PERIODS_OVERLAP) when the database refuses a period overlapping another of the person
     */
    public boolean updateEnrollment(Tx tx, Enrollment e) {
        try {
            return updateEnrollmentRow(tx, e) > 0;
        } catch (StoreException x) {
            throw Sql.violation(x, Sql.EXCLUSION_VIOLATION, Sql.PERIODS_CONSTRAINT, RuleViolation.Rule.PERIODS_OVERLAP);
        }
    }

    private static int updateEnrollmentRow(Tx tx, Enrollment e) {
        return tx.update("""
                UPDATE enrollment SET funder_id = ?, segment = ?, jkk = ?, jkm = ?, jht = ?, jp = ?, declared_income_rp = ?,
                                      first_month = ?, last_month = ?, end_reason = ?, notes = ?,
                                      region_code = coalesce(?, region_code)
                WHERE id = ? AND deleted = 0""",
                Sql.funderId(tx, e.funderCode()), e.segment().name(), flag(e, Programme.JKK), flag(e, Programme.JKM),
                flag(e, Programme.JHT), flag(e, Programme.JP), e.declaredIncomeRp(),
                Sql.text(e.firstMonth()), Sql.text(e.lastMonth()), e.endReason(), e.notes(), e.regionCode(), e.id());
    }

    /**
     * Puts every enrollment of a person (deleted ones too) at one place: a correction of where they lived
     * that applies to all their enrollments. Returns the ids of the enrollments whose place changed.
     */
    public List<Long> setRegionOfAll(Tx tx, long personId, String regionCode) {
        List<Long> changed = tx.list("""
                SELECT id FROM enrollment WHERE person_id = ? AND region_code IS DISTINCT FROM ? ORDER BY id""",
                rs -> rs.getLong(1), personId, regionCode);
        tx.update("UPDATE enrollment SET region_code = ? WHERE person_id = ? AND region_code IS DISTINCT FROM ?",
                regionCode, personId, regionCode);
        return changed;
    }

    /**
     * Sets the current place of the people a statement selects (a constant of the store, never input) to
     * that of their latest enrollment (see {@link #latestPlace}), keeping it when there is none.
     */
    static void refreshCurrentPlaces(Tx tx, String people, Object... params) {
        tx.update(CURRENT_PLACE + " WHERE id IN (" + people + ")", params);
    }

    private static final String CURRENT_PLACE = """
            UPDATE person SET region_code = coalesce((
                SELECT e.region_code FROM enrollment e
                WHERE e.person_id = person.id AND +e.deleted = 0 AND e.region_code IS NOT NULL
                ORDER BY e.first_month DESC, e.id DESC LIMIT 1), region_code)""";

    /**
     * Marks an enrollment deleted or restores it.
     *
     * @throws RuleViolation (PERIODS_OVERLAP) when the database refuses a restored period overlapping another
     */
    public void setDeleted(Tx tx, long enrollmentId, boolean deleted) {
        try {
            tx.update("UPDATE enrollment SET deleted = ? WHERE id = ?", deleted ? 1 : 0, enrollmentId);
        } catch (StoreException x) {
            throw Sql.violation(x, Sql.EXCLUSION_VIOLATION, Sql.PERIODS_CONSTRAINT, RuleViolation.Rule.PERIODS_OVERLAP);
        }
    }

    /** One enrollment. */
    public Optional<Enrollment> enrollment(Tx tx, long id) {
        return tx.one("""
                SELECT e.*, f.code AS funder_code FROM enrollment e JOIN funding_source f ON f.id = e.funder_id
                WHERE e.id = ?""", EnrollmentRepository::enrollment, id);
    }

    /**
     * {@link #enrollment}, for a write that changes it from what it reads: on a server the row is locked first, so
     * another clerk's change committed meanwhile is read, not overwritten with the values read before it (a file's
     * writes take turns already).
     */
    public Optional<Enrollment> enrollmentForUpdate(Tx tx, long id) {
        if (tx.dialect() == Dialect.POSTGRES) {
            return tx.one("""
                    SELECT e.*, f.code AS funder_code FROM enrollment e JOIN funding_source f ON f.id = e.funder_id
                    WHERE e.id = ? FOR UPDATE OF e""", EnrollmentRepository::enrollment, id);
        }
        return enrollment(tx, id);
    }

    /**
     * Locks every enrollment of a person this login may change, in the order of their ids, until the transaction
     * ends (on a file the writer's lock already holds everything). A change that will write several of a person's
     * enrollments takes them all first, in this one order: two such changes of one person by two clerks then wait
     * for each other instead of each holding one row and waiting for the other's (a deadlock, which PostgreSQL
     * breaks by failing one of them as "busy").
     */
    public void lockEnrollmentsOf(Tx tx, long personId) {
        if (tx.dialect() == Dialect.POSTGRES) {
            tx.list("SELECT id FROM enrollment WHERE person_id = ? ORDER BY id FOR UPDATE", rs -> rs.getLong(1), personId);
        }
    }

    /** Every enrollment of a person (deleted ones too), oldest first. */
    public List<Enrollment> enrollmentsOf(Tx tx, long personId) {
        return tx.list("""
                SELECT e.*, f.code AS funder_code FROM enrollment e JOIN funding_source f ON f.id = e.funder_id
                WHERE e.person_id = ? ORDER BY e.first_month, e.id""", EnrollmentRepository::enrollment, personId);
    }

    /** The place of a person's latest enrollment (by first month, then entry; not deleted, place known). */
    public Optional<String> latestPlace(Tx tx, long personId) {
        return tx.one("""
                SELECT region_code FROM enrollment
                WHERE person_id = ? AND +deleted = 0 AND region_code IS NOT NULL
                ORDER BY first_month DESC, id DESC LIMIT 1""", rs -> rs.getString(1), personId);
    }

    /**
     * How an enrollment left the register: who and when, and the file whose import was undone (null: deleted by
     * hand, or the audit log does not say).
     */
    public record Removal(String actor, Instant at, String undoneImport) {
    }

    /**
     * The newest removal of an enrollment marked deleted, as the audit log has it: its own deletion ({@code DELETE})
     * or the undo of the import that brought it ({@code UNDO_IMPORT} of its batch), whichever came last; empty when
     * the log has neither.
     */
    public Optional<Removal> removal(Tx tx, long enrollmentId) {
        record Found(long id, Removal removal) {
        }
        Optional<Found> deleted = tx.one("""
                SELECT id, actor, at FROM audit_log WHERE entity = 'enrollment' AND entity_id = ? AND action = 'DELETE'
                ORDER BY id DESC LIMIT 1""", rs -> new Found(rs.getLong(1),
                new Removal(rs.getString(2), Instant.parse(rs.getString(3)), null)), String.valueOf(enrollmentId));
        Optional<Found> undone = tx.one("""
                SELECT a.id, a.actor, a.at, b.file_name FROM enrollment e JOIN import_batch b ON b.id = e.batch_id
                JOIN audit_log a ON a.entity = 'import_batch' AND a.entity_id = CAST(b.id AS TEXT) AND a.action = 'UNDO_IMPORT'
                WHERE e.id = ? ORDER BY a.id DESC LIMIT 1""", rs -> new Found(rs.getLong(1),
                new Removal(rs.getString(2), Instant.parse(rs.getString(3)), rs.getString(4))), enrollmentId);
        return java.util.stream.Stream.of(deleted, undone).flatMap(Optional::stream)
                .max(java.util.Comparator.comparingLong(Found::id)).map(Found::removal);
    }

    /** True when the enrollment is marked deleted. */
    public boolean isDeleted(Tx tx, long id) {
        return tx.scalar("SELECT deleted FROM enrollment WHERE id = ?", id) == 1;
    }

    /**
     * Enrollments of a person (not marked deleted) whose period shares a month with the given one,
     * leaving out {@code exceptId} (the enrollment being edited; 0 for none).
     */
    public List<EnrollmentSummary> overlapping(Tx tx, long personId, YearMonth first, YearMonth last, long exceptId) {
        return tx.list(SUMMARY_SELECT + """
                WHERE e.person_id = ? AND e.deleted = 0 AND e.id <> ?
                  AND (CAST(? AS TEXT) IS NULL OR e.first_month <= ?) AND (e.last_month IS NULL OR e.last_month >= ?)
                ORDER BY e.first_month""",
                EnrollmentRepository::summary, personId, exceptId, Sql.text(last), Sql.text(last), Sql.text(first));
    }

    /** All enrollments of a person, deleted ones included, oldest first. */
    public List<EnrollmentSummary> ofPerson(Tx tx, long personId) {
        return tx.list(SUMMARY_SELECT + " WHERE e.person_id = ? ORDER BY e.first_month, e.id",
                EnrollmentRepository::summary, personId);
    }

    /**
     * The ids of at most {@code limit} people {@code text} finds (a NIK or its start, as the register's search; or
     * words each starting a word of the name: a person looked for by name, not every name holding the letters),
     * lowest id first.
     */
    public List<Long> personIdsMatching(Tx tx, String text, int limit) {
        StringBuilder w = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new java.util.ArrayList<>();
        RegisterQuery.personSearch(tx, text, true, w, params);
        params.add(limit);
        return tx.list("SELECT p.id FROM person p" + w + " ORDER BY p.id LIMIT ?", rs -> rs.getLong(1), params.toArray());
    }

    /** The people with these ids (those this login may read), in no order. */
    public List<Person> people(Tx tx, java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return tx.list("SELECT * FROM person WHERE id IN (" + InList.marks(ids.size())
                + ")", EnrollmentRepository::person, ids.toArray());
    }

    /**
     * The wage declared for each of these enrollments (those this login may read), by enrollment id; an enrollment
     * declaring none is left out. The register's file carries it so that its import brings a wage back (trial 24a M4).
     */
    public java.util.Map<Long, Long> declaredIncomes(Tx tx, java.util.Collection<Long> ids) {
        java.util.Map<Long, Long> out = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            tx.list("SELECT id, declared_income_rp FROM enrollment WHERE declared_income_rp IS NOT NULL AND id IN ("
                    + InList.marks(ids.size()) + ")",
                    rs -> out.put(rs.getLong(1), rs.getLong(2)), ids.toArray());
        }
        return out;
    }

    /** The register rows of these enrollments (deleted ones too; those this login may read), in no order. */
    public List<EnrollmentSummary> summaries(Tx tx, java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return tx.list(SUMMARY_SELECT + " WHERE e.id IN (" + InList.marks(ids.size())
                + ")", EnrollmentRepository::summary, ids.toArray());
    }

    /** The person each of these benefit claims is about (claims of no known person left out), by claim id. */
    public java.util.Map<Long, Long> claimants(Tx tx, java.util.Collection<Long> claimIds) {
        java.util.Map<Long, Long> out = new java.util.HashMap<>();
        if (!claimIds.isEmpty()) {
            tx.list("SELECT id, person_id FROM benefit_claim WHERE person_id IS NOT NULL AND id IN ("
                    + InList.marks(claimIds.size()) + ")",
                    rs -> out.put(rs.getLong(1), rs.getLong(2)), claimIds.toArray());
        }
        return out;
    }

    /** One register row. */
    public Optional<EnrollmentSummary> summary(Tx tx, long id) {
        return tx.one(SUMMARY_SELECT + " WHERE e.id = ?", EnrollmentRepository::summary, id);
    }

    static EnrollmentSummary summary(ResultSet rs) throws SQLException {
        return new EnrollmentSummary(rs.getLong("id"), rs.getLong("person_id"), rs.getString("nik"),
                rs.getString("full_name"), rs.getString("funder_code"), rs.getString("funder_name"),
                Segment.valueOf(rs.getString("segment")), SqlRules.programmes(rs, ""),
                rs.getString("desa_name"), rs.getString("kecamatan_name"), rs.getString("occupation_name"),
                Sql.month(rs, "first_month"), Sql.month(rs, "last_month"), rs.getString("end_reason"),
                rs.getInt("deleted") == 1, rs.getString("kecamatan_code"));
    }

    /** 1 when the enrollment has the programme (its flag column), else 0. */
    private static int flag(Enrollment e, Programme p) {
        return e.programmes().contains(p) ? 1 : 0;
    }

    private static Person person(ResultSet rs) throws SQLException {
        return new Person(rs.getLong("id"), rs.getString("nik"), rs.getString("full_name"), Sex.valueOf(rs.getString("sex")),
                rs.getString("birth_place"), Sql.date(rs, "birth_date"), rs.getString("address"),
                rs.getString("region_code"), rs.getString("occupation_code"), rs.getString("phone"), rs.getString("kpj"));
    }

    private static Enrollment enrollment(ResultSet rs) throws SQLException {
        return new Enrollment(rs.getLong("id"), rs.getLong("person_id"), rs.getString("funder_code"),
                Segment.valueOf(rs.getString("segment")), SqlRules.programmes(rs, ""),
                Sql.nullableLong(rs, "declared_income_rp"), Sql.month(rs, "first_month"), Sql.month(rs, "last_month"),
                rs.getString("end_reason"), rs.getString("notes"), rs.getString("region_code"));
    }

    /** The enrollments not deleted, per funder code (a funder without any left out). */
    public java.util.Map<String, Long> liveCountsByFunder(Tx tx) {
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        tx.list("SELECT f.code, count(*) FROM enrollment e JOIN funding_source f ON f.id = e.funder_id"
                + " WHERE e.deleted = 0 GROUP BY f.code", rs -> counts.put(rs.getString(1), rs.getLong(2)));
        return counts;
    }

    /** A person as a warning names one: the NIK (to be masked by who shows it) and the name. */
    public record NamedPerson(String nik, String name) {
    }

    /** Up to {@code limit} people with an enrollment not deleted paid by {@code funderCode}, by name then NIK. */
    public List<NamedPerson> someEnrolledBy(Tx tx, String funderCode, int limit) {
        return tx.list("SELECT DISTINCT p.nik, p.full_name FROM enrollment e JOIN person p ON p.id = e.person_id"
                + " JOIN funding_source f ON f.id = e.funder_id WHERE e.deleted = 0 AND f.code = ?"
                + " ORDER BY p.full_name, p.nik LIMIT ?", rs -> new NamedPerson(rs.getString(1), rs.getString(2)),
                funderCode, limit);
    }
}
