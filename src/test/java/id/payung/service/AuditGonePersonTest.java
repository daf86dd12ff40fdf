package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.facade.PayungServices;
import id.payung.store.Database;
import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trial 22c #3: after a restore of an older backup the people it took away are no longer in the register, but their
 * entries stay in the trail. Jejak audit named nobody on them (the Peserta column blank) and a search by the name the
 * entries wrote ("Veronika") found nothing. They are named as the log wrote them, marked as no longer registered, and
 * found by that name; the exports say the same. Here the rows are taken away as a restore (or a server's
 * administrator's pg_restore) takes them: gone from the tables, their entries kept.
 */
class AuditGonePersonTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    @TempDir
    Path dir;

    /** The engine this class runs on; its PostgreSQL twin says otherwise. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    private static ResourceBundle words(String language) {
        return ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    }

    /** Veronika enrolled and corrected (Veronika Imul), then taken from the tables; Yosef stays. */
    private void veronikaGone() {
        long enrollment;
        long person;
        try (PayungServices s = engine.services()) {
            EnrollmentService.Saved v = s.enrollments().enrol(TestData.form("5310015204850001", "Veronika Imu",
                    "APBD-KAB-MGR", YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
            s.enrollments().update(v.enrollmentId(), TestData.form("5310015204850001", "Veronika Imul", "APBD-KAB-MGR",
                    YearMonth.of(2026, 1), YearMonth.of(2026, 6)));
            s.enrollments().enrol(TestData.form("5310011205850002", "Yosef Ndala", "APBD-KAB-MGR", YearMonth.of(2026, 1),
                    YearMonth.of(2026, 12)));
            enrollment = v.enrollmentId();
            person = v.personId();
        }
        try (Database db = engine.open()) {
            id.payung.store.TestSql.update(db, "DELETE FROM enrollment WHERE id = ?", enrollment);
            id.payung.store.TestSql.update(db, "DELETE FROM person WHERE id = ?", person);
        }
    }

    @Test
    void aPersonNoLongerRegisteredIsNamedAsTheLogWroteThemAndFoundByThatName() {
        veronikaGone();
        try (Database db = engine.open()) {
            AuditService a = new AuditService(db, "auditor", ZoneId.of("Asia/Makassar"));
            List<AuditRecord> every = AuditSearchTest.all(a, AuditFilter.ALL);
            List<AuditRecord> hers = every.stream().filter(r -> r.change().entityId() != null
                    && (r.change().entity().equals("person") || r.change().entity().equals("enrollment"))
                    && !"Yosef Ndala".equals(r.personName())).toList();
            assertThat(hers).extracting(r -> r.change().entity() + " " + r.change().action())
                    .containsExactlyInAnyOrder("person INSERT", "enrollment INSERT", "person UPDATE", "enrollment UPDATE");
            // The name each entry was written with (she was Veronika Imu until the correction), her NIK masked.
            assertThat(hers).extracting(r -> r.change().entity() + " " + r.change().action() + ": " + r.personName())
                    .containsExactlyInAnyOrder("person INSERT: Veronika Imu", "enrollment INSERT: Veronika Imu",
                            "person UPDATE: Veronika Imul", "enrollment UPDATE: Veronika Imul");
            assertThat(hers).allSatisfy(r -> {
                assertThat(r.personGone()).isTrue();
                assertThat(r.personId()).as("no history to open: the register holds none").isZero();
                assertThat(r.nikMasked()).startsWith("531001").endsWith("01").contains("*");
            });
            AuditRecord corrected = hers.stream().filter(r -> r.change().action().equals("UPDATE")
                    && r.change().entity().equals("person")).findFirst().orElseThrow();
            AuditWords id = new AuditWords(words("id"), List.of(), AuditWords.Names.of(new ReferenceService(db)));
            AuditWords en = new AuditWords(words("en"), List.of(), AuditWords.Names.of(new ReferenceService(db)));
            assertThat(id.person(corrected)).isEqualTo("Veronika Imul (tidak terdaftar lagi)");
            assertThat(en.person(corrected)).isEqualTo("Veronika Imul (no longer registered)");
            // Yosef is still registered: named as before, nothing marked.
            assertThat(every).filteredOn(r -> "Yosef Ndala".equals(r.personName())).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.personGone()).isFalse());

            for (String asked : List.of("Veronika", "imul", "veronika imu")) {
                assertThat(AuditSearchTest.all(a, new AuditFilter(null, null, null, null, asked))).as(asked)
                        .extracting(AuditRecord::id).containsExactlyInAnyOrderElementsOf(hers.stream().map(AuditRecord::id).toList());
            }
            assertThat(AuditSearchTest.all(a, new AuditFilter(null, null, null, null, "yosef")))
                    .isNotEmpty().allSatisfy(r -> assertThat(r.personName()).isEqualTo("Yosef Ndala"));
            assertThat(AuditSearchTest.all(a, new AuditFilter(null, null, null, null, "eronika"))).isEmpty();
        }
    }

    @Test
    void theExportsNameThePersonNoLongerRegisteredAsTheScreenDoes() throws Exception {
        veronikaGone();
        try (PayungServices s = engine.services()) {
            java.io.StringWriter csv = new java.io.StringWriter();
            s.audit().exportCsv(csv, new AuditFilter(null, null, null, null, "veronika"));
            List<String> lines = csv.toString().lines().skip(1).toList();
            assertThat(lines).hasSize(4).allSatisfy(l -> assertThat(l).containsPattern(";Veronika Imul?;531001\\*+01;"));
            for (String name : List.of("jejak.xlsx", "jejak.csv")) {
                Path out = dir.resolve(name);
                long n = s.exports().auditTrail(new AuditFilter(null, null, null, null, "veronika"), out, words("id"),
                        WorkSteps.NONE);
                assertThat(n).as(name).isEqualTo(4);
                List<String> cells = new ArrayList<>();
                if (name.endsWith(".csv")) {
                    cells.addAll(java.nio.file.Files.readString(out).lines().skip(1).takeWhile(l -> !l.isEmpty()).toList());
                } else {
                    try (ReadableWorkbook wb = new ReadableWorkbook(out.toFile()); Stream<Row> sheet = wb.getFirstSheet().openStream()) {
                        sheet.skip(1).forEach(r -> cells.add(String.join(";", r.stream().map(c -> c == null ? "" : c.getText()).toList())));
                    }
                }
                assertThat(cells).as(name).hasSize(4).allSatisfy(l -> assertThat(l)
                        .containsPattern("Veronika Imul? \\(tidak terdaftar lagi\\)").contains("531001"));
            }
        }
    }
}
