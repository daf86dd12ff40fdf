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
        long funderId = tx.one("SELECT id FROM funding_source WHERE code = ?", rs -> rs.getLong(1), funderCode)
                .orElseThrow(() -> new StoreException("unknown funding source " + funderCode));
        return tx.update("""
                INSERT INTO cohort (funder_id, year, segment, kecamatan_code, occupation_code, participants, source)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                funderId, year, segment.name(), kecamatanCode, occupationCode, participants, source) > 0;
    }

    /** All cohorts, newest year first, then by funder name. */
    public List<Cohort> all(Tx tx) {
        return tx.list("""
                SELECT c.id, f.code AS funder_code, f.name AS funder_name, c.year, c.segment, c.kecamatan_code,
                       k.name AS kecamatan_name, o.name AS occupation_name, c.participants, c.source
                FROM cohort c
                JOIN funding_source f ON f.id = c.funder_id
                LEFT JOIN region k ON k.code = c.kecamatan_code
                LEFT JOIN occupation o ON o.code = c.occupation_code
                ORDER BY c.year DESC, f.name, k.name, o.name""",
                rs -> new Cohort(rs.getLong("id"), rs.getString("funder_code"), rs.getString("funder_name"),
                        rs.getInt("year"), Segment.valueOf(rs.getString("segment")), rs.getString("kecamatan_code"),
                        rs.getString("kecamatan_name"), rs.getString("occupation_name"), rs.getLong("participants"),
                        rs.getString("source")));
    }
}
