package id.payung.store;

import java.util.Optional;

/** Small key/value facts about the database itself (when it was seeded, by which version). */
public final class MetaRepository {

    /** The value stored under a key, if any. */
    public Optional<String> get(Tx tx, String key) {
        return tx.one("SELECT value FROM meta WHERE key = ?", rs -> rs.getString(1), key);
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
}
