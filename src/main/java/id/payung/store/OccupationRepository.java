package id.payung.store;

import id.payung.domain.Occupation;
import id.payung.domain.Sector;
import java.util.List;

/** The office's list of occupations. */
public final class OccupationRepository {

    /** Inserts an occupation unless its code exists; returns true when a row was added. */
    public boolean insertIfAbsent(Tx tx, Occupation o) {
        return tx.update("INSERT INTO occupation (code, name, sector) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                o.code(), o.name(), o.sector().name()) > 0;
    }

    /** All occupations by name. */
    public List<Occupation> all(Tx tx) {
        return tx.list("SELECT code, name, sector FROM occupation ORDER BY name",
                rs -> new Occupation(rs.getString("code"), rs.getString("name"), Sector.valueOf(rs.getString("sector"))));
    }
}
