package id.payung.store;

import id.payung.domain.Region;
import id.payung.domain.RegionLevel;
import java.util.List;

/** Kemendagri regions. */
public final class RegionRepository {

    /** Inserts a region unless its code exists; returns true when a row was added. */
    public boolean insertIfAbsent(Tx tx, Region r) {
        return tx.update("INSERT INTO region (code, name, level, parent_code) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                r.code(), r.name(), r.level().name(), r.parentCode()) > 0;
    }

    /**
     * Regions of the given levels inside the office's regency (the setting {@code office_regency}; all of them
     * when none is set), ordered by code. The database also holds every province and regency of Indonesia, and
     * the kecamatan and desa of a regency the office used before: screens offer only the office's own. A login
     * that sees several offices' settings on a server (a provincial reader, the owner) gets every loaded region.
     */
    public List<Region> local(Tx tx, RegionLevel... levels) {
        String in = String.join(",", java.util.Collections.nCopies(levels.length, "?"));
        // The office's regency "53.10" holds the codes that start with "53.10." (substr: the same on every engine).
        return tx.list("""
                        WITH office(regency) AS (SELECT CASE WHEN count(*) = 1 THEN min(value) END FROM meta WHERE key = 'office_regency')
                        SELECT code, name, level, parent_code FROM region, office WHERE level IN (%s)
                          AND (office.regency IS NULL OR substr(code, 1, length(office.regency) + 1) = office.regency || '.')
                        ORDER BY code""".formatted(in),
                rs -> new Region(rs.getString("code"), rs.getString("name"), RegionLevel.valueOf(rs.getString("level")),
                        rs.getString("parent_code")), java.util.Arrays.stream(levels).map(Enum::name).toArray());
    }

    /** Regions of one level anywhere, ordered by code. */
    public List<Region> byLevel(Tx tx, RegionLevel level) {
        return tx.list("SELECT code, name, level, parent_code FROM region WHERE level = ? ORDER BY code",
                rs -> new Region(rs.getString("code"), rs.getString("name"), RegionLevel.valueOf(rs.getString("level")),
                        rs.getString("parent_code")), level.name());
    }

    /** The level of the region with this code, if the table has it. */
    public java.util.Optional<RegionLevel> levelOf(Tx tx, String code) {
        return tx.list("SELECT level FROM region WHERE code = ?", rs -> RegionLevel.valueOf(rs.getString(1)), code)
                .stream().findFirst();
    }
}
