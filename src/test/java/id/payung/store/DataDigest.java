package id.payung.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A digest of every row of every table on either engine, for tests that prove "nothing changed": an SQLite file's
 * is the store's own ({@link Database#digest()}); a server's hashes each table's rows (all regencies: the test
 * opens as the owner) sorted as text, since a server table has no rowid order. Equal digests mean equal data on
 * one engine; digests of different engines are not compared.
 */
public final class DataDigest {
    private DataDigest() {
    }

    /** The digest of {@code db}'s data. */
    public static String of(Database db) {
        if (db.dialect() == Dialect.SQLITE) {
            return db.digest();
        }
        return db.read(tx -> {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                List<String> tables = tx.list("""
                        SELECT table_name FROM information_schema.tables
                        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name""",
                        rs -> rs.getString(1));
                for (String table : tables) {
                    sha.update(table.getBytes(StandardCharsets.UTF_8));
                    List<String> rows = new ArrayList<>(tx.list("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"",
                            rs -> {
                                StringBuilder row = new StringBuilder();
                                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                                    String v = rs.getString(i);
                                    row.append(v == null ? "\u0000NULL" : v).append('\u001f');
                                }
                                return row.toString();
                            }));
                    rows.sort(null);
                    for (String row : rows) {
                        sha.update(row.getBytes(StandardCharsets.UTF_8));
                        sha.update((byte) 0x1e);
                    }
                }
                return HexFormat.of().formatHex(sha.digest());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * {@link Database#digest()}'s digest of an SQLite file (every row of every table in rowid order), leaving out the
     * audit entries a restore from {@code backup} appended: a restored file holds the backup's data, then the entries
     * the replaced data had written after the backup (carried, so the trail loses nothing) and the note that it was
     * restored, all after the backup's last entry.
     */
    public static String withoutRestoreNote(Database db, java.nio.file.Path backup) {
        long last;
        try (Database b = Database.open(backup, false)) {
            last = b.read(tx -> tx.scalar("SELECT coalesce(max(id), 0) FROM audit_log"));
        }
        // The ids the restore's kept trail names are never given again (IdFloor's settings): bookkeeping, not data.
        // The people a restore took away are kept with its entry (audit_person_removed, session 24): part of the note.
        return db.read(tx -> DatabaseFile.digest(tx, java.util.Map.of("audit_log", "id <= " + last,
                "audit_person_removed", "audit_id <= " + last,
                "meta", "key NOT LIKE '" + id.payung.store.IdFloor.PREFIX + "%'")));
    }

    /**
     * {@link Database#digest()}'s digest of the SQLite file {@code file}, leaving out the audit entries of refused
     * restores ({@code RESTORE_REFUSED}): a refused restore changes no data, its entry only says it was tried. Read
     * through a read-only opening of its own, beside one this process may hold.
     */
    public static String withoutRefusedRestores(java.nio.file.Path file) {
        try (Database db = Database.openReadOnly(file)) {
            return db.read(tx -> DatabaseFile.digest(tx, java.util.Map.of("audit_log", "action <> 'RESTORE_REFUSED'")));
        }
    }
}
