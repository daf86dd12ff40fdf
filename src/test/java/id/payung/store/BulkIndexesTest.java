package id.payung.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.domain.Enrollment;
import id.payung.domain.Person;
import id.payung.domain.Programme;
import id.payung.domain.Segment;
import id.payung.domain.Sex;
import id.payung.service.facade.PayungServices;
import id.payung.service.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large batch builds some indexes once at its end ({@link EnrollmentBulkWriter#deferIndexes}): they come back
 * as they were, the summary is the same, and a batch that does not finish leaves the file as it was.
 */
class BulkIndexesTest {
    @TempDir
    Path dir;

    @Test
    void deferredIndexesAreMadeAgainAsTheyWereAndTheSummaryIsTheSame() {
        Path file = dir.resolve("a.db");
        PayungServices.open(file, true, TestData.CLOCK).close();
        Path plain = dir.resolve("b.db");
        PayungServices.open(plain, true, TestData.CLOCK).close();
        try (Database db = Database.open(file, false); Database other = Database.open(plain, false)) {
            List<String> before = indexes(db);
            write(db, true, false);
            write(other, false, false);
            assertThat(indexes(db)).as("every index, defined as before").isEqualTo(before);
            long enrollments = db.read(tx -> tx.scalar("SELECT count(*) FROM enrollment"));
            assertThat(enrollments).isEqualTo(300);
            String integrity = db.read(tx -> tx.one("PRAGMA integrity_check", rs -> rs.getString(1)).orElseThrow());
            assertThat(integrity).isEqualTo("ok");
            for (String table : List.of("person_year", "year_count", "person_transition", "enrollment_shape")) {
                assertThat(rows(db, table)).as(table + ": the same as written with the indexes kept")
                        .isEqualTo(rows(other, table)).isNotEmpty();
            }
            List<String> plan = db.read(tx -> tx.list("EXPLAIN QUERY PLAN SELECT id FROM person ORDER BY full_name COLLATE NOCASE",
                    rs -> rs.getString(4)));
            assertThat(plan).as("the name index is used again").anyMatch(s -> s.contains("person_name"));
        }
    }

    @Test
    void aLargeBatchThatDoesNotFinishLeavesTheFileAsItWas() throws Exception {
        Path file = dir.resolve("c.db");
        PayungServices.open(file, true, TestData.CLOCK).close();
        try (Database db = Database.open(file, false)) {
            write(db, false, false); // something there already
            byte[] bytes = Files.readAllBytes(file);
            String digest = db.digest();
            List<String> indexes = indexes(db);
            long cache = db.write(tx -> tx.scalar("PRAGMA cache_size"));
            assertThatThrownBy(() -> write(db, true, true)).hasMessage("stopped");
            assertThat(indexes(db)).isEqualTo(indexes);
            assertThat((long) db.write(tx -> tx.scalar("PRAGMA cache_size")))
                    .as("the write connection's page cache is back to what it was").isEqualTo(cache);
            assertThat(db.digest()).isEqualTo(digest);
            assertThat(Files.readAllBytes(file)).as("the file byte for byte").isEqualTo(bytes);
        }
    }

    /** 300 people with one enrollment each as one batch; {@code fail}: stopped before it is finished. */
    private static void write(Database db, boolean deferIndexes, boolean fail) {
        int offset = db.read(tx -> (int) tx.scalar("SELECT count(*) FROM person"));
        db.write(tx -> {
            long batch = new ImportBatchRepository().start(tx, "x.csv", "0", "test");
            EnrollmentBulkWriter w = new EnrollmentBulkWriter(tx);
            if (deferIndexes) {
                w.deferIndexes();
                long named = tx.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'person_name'");
                assertThat(named).isZero();
            }
            for (int i = 1; i <= 300; i++) {
                int n = offset + i;
                long id = w.addPerson(person(n));
                w.addEnrollment(new Enrollment(0, id, n % 3 == 0 ? "MANDIRI" : "APBD-KAB-MGR", Segment.BPU,
                        EnumSet.of(Programme.JKK, Programme.JKM), null, YearMonth.of(2024 + n % 3, 1 + n % 12),
                        n % 5 == 0 ? null : YearMonth.of(2026, 12), null, null, n % 2 == 0 ? "53.10.01" : "53.10.03"), batch);
            }
            if (fail) {
                throw new IllegalStateException("stopped");
            }
            w.finish(batch);
            return null;
        });
    }

    private static Person person(int n) {
        LocalDate birth = LocalDate.of(1970 + n % 30, 1 + n % 12, 1 + n % 28);
        String nik = String.format("531003%02d%02d%02d%04d", birth.getDayOfMonth(), birth.getMonthValue(),
                birth.getYear() % 100, n);
        return new Person(0, nik, "Orang " + (1000 - n), Sex.L, null, birth, null, "53.10.03", "LAINNYA", null, null);
    }

    private static List<String> indexes(Database db) {
        return db.read(tx -> tx.list("SELECT name || ': ' || ifnull(sql, '') FROM sqlite_master WHERE type = 'index'"
                + " ORDER BY name", rs -> rs.getString(1)));
    }

    private static List<String> rows(Database db, String table) {
        return db.read(tx -> tx.list("SELECT * FROM " + table, rs -> {
            StringBuilder b = new StringBuilder();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                b.append(rs.getString(i)).append('|');
            }
            return b.toString();
        }).stream().sorted().toList());
    }
}
