package id.payung.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trial 20a M12: the shipped Kepmendagri list had 437 names with the apostrophe doubled as its SQL source escapes it
 * ("Golo Ru''u", "Oh''aem"). The list ships them right, and a database made from the old list gets them repaired
 * (SQLite version 9, server version 16).
 */
class RegionApostrophesTest {
    @TempDir
    Path dir;

    private static final String INSERT = "INSERT INTO region (code, name, level, parent_code) VALUES"
            + " ('53', 'Nusa Tenggara Timur', 'PROVINCE', NULL),"
            + " ('53.15', 'Kabupaten Manggarai Barat', 'REGENCY', '53'),"
            + " ('53.15.02', 'Macang Pacar', 'KECAMATAN', '53.15'),"
            + " ('53.15.02.1022', 'Golo Ru''''u', 'KELURAHAN', '53.15.02'),"
            + " ('53.15.02.2001', 'Rego', 'DESA', '53.15.02')";

    @Test
    void theShippedListHasNoDoubledApostrophe() throws Exception {
        String list;
        try (InputStream in = new GZIPInputStream(RegionApostrophesTest.class.getResourceAsStream(
                id.payung.service.RegionList.RESOURCE))) {
            list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(list).doesNotContain("''").contains("53.15.02.1022,Golo Ru'u\r\n", ",Oh'aem\r\n");
    }

    @Test
    void anOldFileGetsItsNamesRepaired() throws Exception {
        Path file = dir.resolve("v8.db");
        try (Connection c = Database.connect(file, false)) {
            Database.exec(c, "PRAGMA application_id = " + Database.APPLICATION_ID);
            new Migrator().migrate(c, 8);
            Database.exec(c, INSERT);
            assertThat(name(c)).isEqualTo("Golo Ru''u");
            new Migrator().migrate(c, Migrator.latestVersion());
            assertThat(name(c)).isEqualTo("Golo Ru'u");
            assertThat(one(c, "SELECT name FROM region WHERE code = '53.15.02.2001'")).isEqualTo("Rego");
        }
    }

    @Test
    @Tag("postgres")
    @ExtendWith(PostgresServer.class)
    void anOldServerGetsItsNamesRepaired(PostgresDatabase db) throws SQLException {
        try (Connection c = db.owner()) {
            PostgresMigrations.migrate(c, 15);
            Database.exec(c, INSERT);
            assertThat(name(c)).isEqualTo("Golo Ru''u");
            PostgresMigrations.migrate(c, PostgresMigrations.latestVersion());
            assertThat(name(c)).isEqualTo("Golo Ru'u");
        }
    }

    private static String name(Connection c) throws SQLException {
        return one(c, "SELECT name FROM region WHERE code = '53.15.02.1022'");
    }

    private static String one(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
