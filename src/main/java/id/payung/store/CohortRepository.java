package id.payung.store;

import id.payung.domain.Cohort;
import id.payung.domain.Segment;
import java.util.List;

/** Aggregate headcounts per funder and year. */
public final class CohortRepository {

    /**
     * Inserts a cohort unless one exists for the same funder, year, segment, kecamatan and
     * occupation; returns true when a row was added.
     *
     * @throws StoreException when the funder code is unknown
     */
    public boolean insertIfAbsent(Tx tx, String funderCode, int year, Segment segment, String kecamatanCode,
                                  String occupationCode, long participants, String source) {
        long funderId = Sql.funderId(tx, funderCode);
        return tx.update("""
                INSERT INTO cohort (funder_id, year, segment, kecamatan_code, occupation_code, participants, source)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                funderId, year, segment.name(), kecamatanCode, occupationCode, participants, source) > 0;
    }

    /** Inserts a cohort and returns its id. @throws StoreException when the funder is unknown or the key is taken */
    public long insert(Tx tx, String funderCode, int year, Segment segment, String kecamatanCode, String occupationCode,
                       long participants, String source) {
        long funderId = Sql.funderId(tx, funderCode);
        return Sql.insert(tx, IdFloor.withId(tx, "cohort", """
                INSERT INTO cohort (funder_id, year, segment, kecamatan_code, occupation_code, participants, source)
                VALUES (?, ?, ?, ?, ?, ?, ?)"""),
                funderId, year, segment.name(), kecamatanCode, occupationCode, participants, source);
    }

    /** Replaces a cohort's fields. @throws StoreException when the funder is unknown or the key is taken */
    public void update(Tx tx, long id, String funderCode, int year, Segment segment, String kecamatanCode,
                       String occupationCode, long participants, String source) {
        long funderId = Sql.funderId(tx, funderCode);
        tx.update("""
                UPDATE cohort SET funder_id = ?, year = ?, segment = ?, kecamatan_code = ?, occupation_code = ?,
                                  participants = ?, source = ?
                WHERE id = ?""", funderId, year, segment.name(), kecamatanCode, occupationCode, participants, source, id);
    }

    /** Removes a cohort (cohorts are numbers, not people: the audit log keeps what it was). */
    public void delete(Tx tx, long id) {
        tx.update("DELETE FROM cohort WHERE id = ?", id);
    }

    /** True when another cohort (not {@code exceptId}) has the same funder, year, segment, kecamatan and occupation. */
    public boolean keyTaken(Tx tx, long exceptId, String funderCode, int year, Segment segment, String kecamatanCode,
                            String occupationCode) {
        return tx.scalar("""
                SELECT count(*) FROM cohort c JOIN funding_source f ON f.id = c.funder_id
                WHERE c.id <> ? AND f.code = ? AND c.year = ? AND c.segment = ?
                  AND coalesce(c.kecamatan_code, '') = coalesce(CAST(? AS TEXT), '')
                  AND coalesce(c.occupation_code, '') = coalesce(CAST(? AS TEXT), '')""",
                exceptId, funderCode, year, segment.name(), kecamatanCode, occupationCode) > 0;
    }

    /** One cohort. */
    public java.util.Optional<Cohort> byId(Tx tx, long id) {
        return all(tx).stream().filter(c -> c.id() == id).findFirst();
    }

    /** All cohorts, newest year first, then by funder name. */
    public List<Cohort> all(Tx tx) {
        return tx.list("""
                SELECT c.id, f.code AS funder_code, f.name AS funder_name, c.year, c.segment, c.kecamatan_code,
                       k.name AS kecamatan_name, c.occupation_code, o.name AS occupation_name, c.participants, c.source
                FROM cohort c
                JOIN funding_source f ON f.id = c.funder_id
                LEFT JOIN region k ON k.code = c.kecamatan_code
                LEFT JOIN occupation o ON o.code = c.occupation_code
                ORDER BY c.year DESC, f.name, k.name, o.name""",
                rs -> new Cohort(rs.getLong("id"), rs.getString("funder_code"), rs.getString("funder_name"),
                        rs.getInt("year"), Segment.valueOf(rs.getString("segment")), rs.getString("kecamatan_code"),
                        rs.getString("kecamatan_name"), rs.getString("occupation_code"), rs.getString("occupation_name"),
                        rs.getLong("participants"),
                        rs.getString("source")));
    }
}
