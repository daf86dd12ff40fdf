package id.payung.store;

import id.payung.domain.Enrollment;
import id.payung.domain.EnrollmentSummary;
import id.payung.domain.Person;
import id.payung.domain.Programme;
import id.payung.domain.Segment;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Named persons and their enrollments. */
public final class EnrollmentRepository {

    /** Inserts a person and returns the new id. @throws StoreException when the NIK already exists */
    public long insertPerson(Tx tx, Person p) {
        return tx.insert("""
                INSERT INTO person (nik, full_name, sex, birth_place, birth_date, address, desa_code, occupation_code,
                                    phone, kpj, is_demo, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                p.nik(), p.fullName(), p.sex().name(), p.birthPlace(), Sql.text(p.birthDate()), p.address(),
                p.desaCode(), p.occupationCode(), p.phone(), p.kpj(), p.demo() ? 1 : 0, Instant.now().toString());
    }

    /** Inserts an enrollment and returns the new id. @throws StoreException when the funder is unknown */
    public long insertEnrollment(Tx tx, Enrollment e) {
        long funderId = tx.one("SELECT id FROM funding_source WHERE code = ?", rs -> rs.getLong(1), e.funderCode())
                .orElseThrow(() -> new StoreException("unknown funding source " + e.funderCode()));
        String programmes = e.programmes().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        return tx.insert("""
                INSERT INTO enrollment (person_id, funder_id, segment, programmes, declared_income_rp, first_month,
                                        last_month, end_reason, notes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                e.personId(), funderId, e.segment().name(), programmes, e.declaredIncomeRp(),
                Sql.text(e.firstMonth()), Sql.text(e.lastMonth()), e.endReason(), e.notes());
    }

    /**
     * The first {@code limit} enrollments not marked deleted, newest period first, then by name.
     * Demo persons are included only when asked.
     */
    public List<EnrollmentSummary> list(Tx tx, boolean includeDemo, int limit) {
        return tx.list("""
                SELECT e.id, p.nik, p.full_name, f.name AS funder_name, e.segment, e.programmes,
                       d.name AS desa_name, k.name AS kecamatan_name, o.name AS occupation_name,
                       e.first_month, e.last_month, e.end_reason
                FROM enrollment e
                JOIN person p ON p.id = e.person_id
                JOIN funding_source f ON f.id = e.funder_id
                LEFT JOIN region d ON d.code = p.desa_code
                LEFT JOIN region k ON k.code = d.parent_code
                LEFT JOIN occupation o ON o.code = p.occupation_code
                WHERE e.deleted = 0 AND (p.is_demo = 0 OR ?)
                ORDER BY e.first_month DESC, p.full_name COLLATE NOCASE, e.id
                LIMIT ?""",
                rs -> new EnrollmentSummary(rs.getLong("id"), rs.getString("nik"), rs.getString("full_name"),
                        rs.getString("funder_name"), Segment.valueOf(rs.getString("segment")),
                        Arrays.stream(rs.getString("programmes").split(",")).map(Programme::valueOf)
                                .collect(Collectors.toSet()),
                        rs.getString("desa_name"), rs.getString("kecamatan_name"), rs.getString("occupation_name"),
                        Sql.month(rs, "first_month"), Sql.month(rs, "last_month"), rs.getString("end_reason")),
                includeDemo ? 1 : 0, limit);
    }
}
