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

    /**
     * A file of schema version 7 with data opened by this build (version 8): is_demo gone, programmes as
     * flags, checks on the stored values; every count, cost shape and self-paying row the same as before.
     */
    @Test
    void versionEightKeepsEveryCount() throws Exception {
        Path file = dir.resolve("v7.db");
        String[] counted = {"SELECT year, funder_id, segment, kecamatan_code, occupation_code, full_package, n"
                + " FROM year_count WHERE n <> 0 ORDER BY 1, 2, 3, 4, 5, 6",
            "SELECT * FROM enrollment_shape WHERE n <> 0 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8",
            "SELECT * FROM person_year ORDER BY 1, 2",
            "SELECT * FROM person_transition ORDER BY 1",
            "SELECT * FROM continuation ORDER BY 1"};
        List<List<String>> before = new java.util.ArrayList<>();
        try (Connection c = Database.connect(file, false)) {
            Database.exec(c, "PRAGMA application_id = " + Database.APPLICATION_ID);
            new Migrator().migrate(c, 7);
            Database.exec(c, """
                    INSERT INTO region VALUES ('53', 'Nusa Tenggara Timur', 'PROVINCE', NULL),
                        ('53.10', 'Kabupaten Manggarai', 'REGENCY', '53'),
                        ('53.10.12', 'Langke Rembong', 'KECAMATAN', '53.10'),
                        ('53.10.12.1001', 'Golo Dukal', 'KELURAHAN', '53.10.12'),
                        ('53.10.01', 'Wae Rii', 'KECAMATAN', '53.10');
                    INSERT INTO occupation VALUES ('OJEK', 'Ojek', 'TRANSPORT');
                    INSERT INTO funding_source (id, code, name, type) VALUES (1, 'MANDIRI', 'Mandiri', 'MANDIRI'),
                        (2, 'APBD-KAB-MGR', 'APBD Kabupaten', 'APBD_KABUPATEN'), (3, 'CSR', 'CSR', 'CSR');
                    INSERT INTO person (id, nik, full_name, sex, birth_date, region_code, occupation_code, created_at) VALUES
                        (1, '5310121205850001', 'Yohanes', 'L', '1985-05-12', '53.10.12.1001', 'OJEK', '2026-01-01T00:00:00Z'),
                        (2, '5310014107900002', 'Maria', 'P', '1990-07-01', '53.10.01', NULL, '2026-01-01T00:00:00Z'),
                        (3, '5310014107900003', 'Tanpa Tempat', 'P', '1990-07-01', NULL, NULL, '2026-01-01T00:00:00Z');
                    INSERT INTO enrollment (id, person_id, funder_id, segment, programmes, declared_income_rp, first_month,
                                            last_month, end_reason, deleted, region_code) VALUES
                        (1, 1, 2, 'BPU', 'JKK,JKM', NULL, '2024-01', '2025-06', 'BECAME_MANDIRI', 0, '53.10.12.1001'),
                        (2, 1, 1, 'BPU', 'JHT,JKK,JKM', 2500000, '2025-07', NULL, NULL, 0, '53.10.12.1001'),
                        (3, 2, 2, 'PU', 'JKK', 1500000, '2024-03', '2026-02', NULL, 0, '53.10.01'),
                        (4, 3, 3, 'BPU', 'JKK,JKM', NULL, '2026-01', '2026-12', NULL, 0, NULL),
                        (5, 3, 2, 'BPU', 'JKK,JKM', NULL, '2023-01', '2023-12', NULL, 1, NULL);
                    INSERT INTO event (kind, event_date, title) VALUES ('AWARD', '2025-09-25', 'Piagam');
                    INSERT INTO benefit_claim (paid_on, programme, person_id, amount_rp) VALUES ('2026-01-26', 'JKM', 2, 42000000);
                    """);
            assertThat(rows(c, "SELECT count(*) FROM continuation")).containsExactly("1|");
            for (String q : counted) {
                before.add(rows(c, q));
            }
        }
        try (Database db = Database.open(file, false)) {
            long version = db.read(tx -> tx.scalar("PRAGMA user_version"));
            assertThat(version).isEqualTo(Migrator.latestVersion());
            for (int i = 0; i < counted.length; i++) {
                String q = counted[i];
                List<String> after = db.read(tx -> tx.list(q, rs -> row(rs)));
                assertThat(after).as(q).isEqualTo(before.get(i)).isNotEmpty();
            }
            List<String> flags = db.read(tx -> tx.list("SELECT id || ':' || jkk || jkm || jht || jp FROM enrollment ORDER BY id",
                    rs -> rs.getString(1)));
            assertThat(flags).containsExactly("1:1100", "2:1110", "3:1000", "4:1100", "5:1100");
            List<String> columns = db.read(tx -> tx.list("SELECT name FROM pragma_table_info('person')", rs -> rs.getString(1)));
            assertThat(columns).contains("nik").doesNotContain("is_demo");
            long kept = db.read(tx -> tx.scalar("SELECT count(*) FROM event") + tx.scalar("SELECT count(*) FROM benefit_claim"));
            assertThat(kept).isEqualTo(2);
            // The checks hold from now on: a month 13, a date that is not a day, a negative income.
            for (String bad : List.of("UPDATE enrollment SET first_month = '2025-13' WHERE id = 3",
                    "UPDATE person SET birth_date = '1985-02-30' WHERE id = 1",
                    "UPDATE enrollment SET declared_income_rp = -1 WHERE id = 3",
                    "UPDATE enrollment SET jkk = 2 WHERE id = 3",
                    "UPDATE enrollment SET end_reason = 'GONE' WHERE id = 3")) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.write(tx -> tx.update(bad)))
                        .as(bad).isInstanceOf(StoreException.class);
            }
        }
    }

    /** The placeholders of the frozen scripts are filled from the one Java definition of each rule. */
    @Test
    void migrationsTakeTheRulesFromJava() {
        String v3 = SqlRules.fill("ifnull(NEW.declared_income_rp, ${standard_income}) ${government_types} ${kecamatan:e}");
        assertThat(v3).isEqualTo("ifnull(NEW.declared_income_rp, " + id.payung.domain.Contributions.STANDARD_INCOME + ")"
                + " ('APBD_PROVINSI', 'APBD_KABUPATEN', 'APBDES', 'APBN') substr(e.region_code, 1, 8)");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SqlRules.fill("${no_such_rule}"))
                .isInstanceOf(IllegalStateException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SqlRules.fill("${programme_label}"))
                .isInstanceOf(IllegalStateException.class);
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
