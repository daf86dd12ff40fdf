package id.payung.store;

import java.util.Optional;

/** Small key/value facts about the database itself (when it was seeded, by which version). */
public final class MetaRepository {

    /**
     * The value stored under a key, if any. On a server, none for a provincial reader ({@code payung_login_province()}
     * set): it reads every regency's meta rows and has none of its own, so it gets nothing rather than whichever
     * regency's row came first (its office is the province's, {@link #province}). A clerk reads only their own
     * regency's rows (row-level security); the owner, as ever, any.
     */
    public Optional<String> get(Tx tx, String key) {
        return tx.one(tx.dialect() == Dialect.POSTGRES
                ? "SELECT value FROM meta WHERE key = ? AND payung_login_province() IS NULL"
                : "SELECT value FROM meta WHERE key = ?", rs -> rs.getString(1), key);
    }

    /** Stores a value unless the key has one; returns true when stored. */
    public boolean putIfAbsent(Tx tx, String key, String value) {
        return tx.update("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT DO NOTHING", key, value) > 0;
    }

    /** Stores a value, replacing an earlier one. */
    public void put(Tx tx, String key, String value) {
        tx.update("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (" + tx.dialect().regencyKey("key")
                + ") DO UPDATE SET value = excluded.value",
                key, value);
    }

    /**
     * The settings of a province's own office on a server ({@code province_setting}, schema version 14: office_name,
     * office_place, office_address, head_name, head_title, head_nip), blank values left out; empty for an SQLite file
     * and for a province without them.
     */
    public java.util.Map<String, String> province(Tx tx, String provinceCode) {
        java.util.Map<String, String> values = new java.util.HashMap<>();
        if (tx.dialect() == Dialect.POSTGRES) {
            tx.list("SELECT key, value FROM province_setting WHERE province_code = ?",
                    rs -> java.util.Map.entry(rs.getString(1), rs.getString(2)), provinceCode)
                    .stream().filter(e -> !e.getValue().isBlank()).forEach(e -> values.put(e.getKey(), e.getValue().strip()));
        }
        return values;
    }

    /** Stores (or with a blank value removes) one setting of a province's office; the server's owner only. */
    public void putProvince(Tx tx, String provinceCode, String key, String value) {
        if (value == null || value.isBlank()) {
            tx.update("DELETE FROM province_setting WHERE province_code = ? AND key = ?", provinceCode, key);
        } else {
            tx.update("INSERT INTO province_setting (province_code, key, value) VALUES (?, ?, ?)"
                    + " ON CONFLICT (province_code, key) DO UPDATE SET value = excluded.value", provinceCode, key, value.strip());
        }
    }
}
