package id.payung.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigratorTest {
    @TempDir
    Path dir;

    /**
     * A file of schema version 6 (one place per person) opened by this build: every enrollment carries the
     * place its person had, and the per-year summary and cost shapes count the same as before.
     */
    @Test
    void versionSevenGivesEveryEnrollmentThePlaceItsPersonHad() throws Exception {
        Path file = dir.resolve("v6.db");
        String[] counted = {"SELECT year, funder_id, segment, kecamatan_code, occupation_code, full_package, n"
                + " FROM year_count WHERE n <> 0 ORDER BY 1, 2, 3, 4, 5, 6",
            "SELECT * FROM enrollment_shape WHERE n <> 0 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8",
            "SELECT * FROM person_year ORDER BY 1, 2"};
        List<List<String>> before = new java.util.ArrayList<>();
        try (Connection c = Database.connect(file, false)) {
            Database.exec(c, "PRAGMA application_id = " + Database.APPLICATION_ID);
            new Migrator().migrate(c, 6);
            Database.exec(c, """
                    INSERT INTO region VALUES ('53', 'Nusa Tenggara Timur', 'PROVINCE', NULL),
                        ('53.10', 'Kabupaten Manggarai', 'REGENCY', '53'),
                        ('53.10.12', 'Langke Rembong', 'KECAMATAN', '53.10'),
                        ('53.10.12.1001', 'Golo Dukal', 'KELURAHAN', '53.10.12'),
                        ('53.10.01', 'Wae Rii', 'KECAMATAN', '53.10');
                    INSERT INTO funding_source (id, code, name, type) VALUES (1, 'MANDIRI', 'Mandiri', 'MANDIRI'),
                        (2, 'APBD-KAB-MGR', 'APBD Kabupaten', 'APBD_KABUPATEN');
                    INSERT INTO person (id, nik, full_name, sex, birth_date, region_code, created_at) VALUES
                        (1, '5310121205850001', 'Yohanes', 'L', '1985-05-12', '53.10.12.1001', '2026-01-01T00:00:00Z'),
                        (2, '5310014107900002', 'Maria', 'P', '1990-07-01', '53.10.01', '2026-01-01T00:00:00Z'),
                        (3, '5310014107900003', 'Tanpa Tempat', 'P', '1990-07-01', NULL, '2026-01-01T00:00:00Z');
                    INSERT INTO enrollment (id, person_id, funder_id, segment, programmes, first_month, last_month) VALUES
                        (1, 1, 2, 'BPU', 'JKK,JKM', '2025-01', '2025-12'),
                        (2, 1, 1, 'BPU', 'JKK,JKM', '2026-01', NULL),
                        (3, 2, 2, 'PU', 'JKK', '2024-03', '2026-02'),
                        (4, 3, 1, 'BPU', 'JKK,JKM', '2026-01', '2026-12');
                    """);
            for (String q : counted) {
                before.add(rows(c, q));
            }
        }
        try (Database db = Database.open(file, false)) {
            List<String> places = db.read(tx -> tx.list("SELECT id || ':' || ifnull(region_code, '-') FROM enrollment ORDER BY id",
                    rs -> rs.getString(1)));
            assertThat(places).containsExactly("1:53.10.12.1001", "2:53.10.12.1001", "3:53.10.01", "4:-");
            long version = db.read(tx -> tx.scalar("PRAGMA user_version"));
            assertThat(version).isEqualTo(Migrator.latestVersion());
            for (int i = 0; i < counted.length; i++) {
                String q = counted[i];
                List<String> after = db.read(tx -> tx.list(q, rs -> row(rs)));
                assertThat(after).as(q).isEqualTo(before.get(i)).isNotEmpty();
            }
            // From now on a person's current place no longer moves their enrollments.
            db.write(tx -> tx.update("UPDATE person SET region_code = '53.10.01' WHERE id = 1"));
            List<String> kecamatan = db.read(tx -> tx.list(
                    "SELECT DISTINCT kecamatan_code FROM person_year WHERE person_id = 1", rs -> rs.getString(1)));
            assertThat(kecamatan).containsExactly("53.10.12");
        }
    }

    private static List<String> rows(Connection c, String sql) throws java.sql.SQLException {
        List<String> out = new java.util.ArrayList<>();
        try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(row(rs));
            }
        }
        return out;
    }

    private static String row(java.sql.ResultSet rs) throws java.sql.SQLException {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            b.append(rs.getString(i)).append('|');
        }
        return b.toString();
    }
    @Test
    void indexListsEveryMigrationScriptInVersionOrder() throws IOException {
        Path folder = Path.of("src/main/resources/db/migration");
        try (Stream<Path> files = Files.list(folder)) {
            var onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted(
                    java.util.Comparator.comparingInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))).toList();
            assertThat(Migrator.scripts()).containsExactlyElementsOf(onDisk);
        }
        for (int i = 0; i < Migrator.scripts().size(); i++) {
            assertThat(Migrator.scripts().get(i)).startsWith("V" + (i + 1) + "__");
        }
    }
}
