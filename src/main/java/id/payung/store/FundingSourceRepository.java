package id.payung.store;

import id.payung.domain.FunderType;
import id.payung.domain.FundingSource;
import java.util.List;

/** Funding sources (who pays). */
public final class FundingSourceRepository {

    /** Inserts a funding source unless its code exists; returns true when a row was added. */
    public boolean insertIfAbsent(Tx tx, FundingSource f) {
        return tx.update("""
                INSERT INTO funding_source (code, name, type, region_code, active, notes)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                f.code(), f.name(), f.type().name(), f.regionCode(), f.active() ? 1 : 0, f.notes()) > 0;
    }

    /** All funding sources, active ones first, then by name. */
    public List<FundingSource> all(Tx tx) {
        return tx.list("SELECT * FROM funding_source ORDER BY active DESC, name",
                rs -> new FundingSource(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        FunderType.valueOf(rs.getString("type")), rs.getString("region_code"),
                        rs.getInt("active") == 1, rs.getString("notes")));
    }
}
