package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.Nik;
import id.payung.service.facade.PayungServices;
import id.payung.store.AuditLog;
import id.payung.store.Database;
import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 12: a NIK typed as the audit filter's person in groups ("5310 0152 0485 0001", as the register's search
 * and the person field take it) is written in full into the audit row of the export made with that filter, and
 * from there shown on the audit screen and in every later export of the trail.
 */
class AuditReviewProbeTest {
    private static final String NIK = "5310015204850001";

    @RegisterExtension
    final TestEngine engine = TestEngine.of(Dialect.SQLITE);

    @TempDir
    Path dir;

    private static ResourceBundle id() {
        return ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("id"),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    }

    /** No run of 16 digits however grouped (spaces, dots, dashes) is left: nothing Masked.niks would mask. */
    private static void noNik(String text) {
        assertThat(text).isNotNull();
        assertThat(Masked.niks(text)).as("a NIK-like number in: %s", text).isEqualTo(text);
    }

    @Test
    void aGroupedNikTypedAsThePersonNeverReachesTheExportsAuditRowInFull() throws Exception {
        for (String typed : List.of("5310 0152 0485 0001", "5310-0152-0485-0001", "5310.0152.0485.0001")) {
            assertThat(Nik.strip(typed)).isEqualTo(NIK); // the search reads it as the NIK
            noNik(String.valueOf(AuditService.asked(new AuditFilter(null, null, null, null, typed)).get("person")));
        }
        // Part of a NIK carries the birth date too: only its region part is kept.
        assertThat(AuditService.asked(new AuditFilter(null, null, null, null, "5310 0152 0485")).get("person"))
                .isEqualTo("531001******");
        assertThat(AuditService.asked(new AuditFilter(null, null, null, null, "Maria Jelita")).get("person"))
                .isEqualTo("Maria Jelita");
    }

    /**
     * One mask: a NIK, whole or begun, however typed as the audit filter's person, is kept in the export's audit row
     * exactly as {@link Nik#mask} masks it everywhere else (the register, the files, the log).
     */
    @Test
    void aNikTypedAsThePersonIsMaskedByTheOneNikMask() throws Exception {
        List<String> typed = List.of(NIK, "5310 0152 0485 0001", "'5310015204850001", "5310-0152-0485-0001",
                "531001520485000", "53100152048500", "5310015204850", "5310015", "531001", "5310", "53100152048500011");
        for (String t : typed) {
            assertThat(AuditService.asked(new AuditFilter(null, null, null, null, t)).get("person")).as(t)
                    .isEqualTo(Nik.mask(Nik.strip(t)));
        }
        assertThat(AuditService.maskedSearch("5310 0152 0485 0001")).isEqualTo("531001********01");
        // Through the audit row an export writes: the same mask, not a second one.
        try (PayungServices s = engine.services()) {
            s.audit().exportCsv(new StringWriter(), new AuditFilter(null, null, null, null, "5310 0152 0485 0001"));
        }
        try (Database db = engine.open()) {
            AuditLog.Entry export = db.read(tx -> new AuditLog().recent(tx, 1)).get(0);
            assertThat(export.action()).isEqualTo("EXPORT");
            assertThat(export.afterJson()).contains("\"" + Nik.mask(NIK) + "\"");
        }
    }

    @Test
    void theScreenAndTheFilesShowNoNikFromAnExportsAuditRow() throws Exception {
        try (PayungServices s = engine.services()) {
            s.enrollments().enrol(TestData.form(NIK, "Maria Jelita", "APBD-KAB-MGR", YearMonth.of(2026, 1),
                    YearMonth.of(2026, 12)));
            AuditFilter grouped = new AuditFilter(null, null, null, null, "5310 0152 0485 0001");
            s.exports().auditTrail(grouped, dir.resolve("jejak.xlsx"), id(), WorkSteps.NONE);
            s.audit().exportCsv(new StringWriter(), grouped);
        }
        try (Database db = engine.open()) {
            List<AuditLog.Entry> exports = db.read(tx -> new AuditLog().recent(tx, 2));
            AuditWords words = new AuditWords(id(), List.of(), new AuditWords.Names(Map.of(), Map.of(), Map.of()));
            for (AuditLog.Entry e : exports) {
                assertThat(e.action()).isEqualTo("EXPORT");
                noNik(e.afterJson());
                PersonHistory.Change c = new PersonHistory.Change(e.at(), e.actor(), e.action(), e.entity(),
                        e.entityId(), e.beforeJson(), e.afterJson());
                noNik(words.details(c));
                noNik(words.fullRecord(c));
            }
        }
    }

    /** An older row (or one written by another Payung) holding a grouped NIK: the screen masks it as any. */
    @Test
    void theScreenMasksAGroupedNikInAnyRow() {
        AuditWords words = new AuditWords(id(), List.of(), new AuditWords.Names(Map.of(), Map.of(), Map.of()));
        PersonHistory.Change c = new PersonHistory.Change(Instant.parse("2026-12-05T01:00:00Z"), "siti", "EXPORT",
                "audit_log", null, null, "{\"person\":\"5310 0152 0485 0001\",\"rows\":3}");
        noNik(words.details(c));
        noNik(words.fullRecord(c));
    }
}
