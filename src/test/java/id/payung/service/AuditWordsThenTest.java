package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.EnrollmentSummary;
import id.payung.domain.Segment;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An old audit entry says what was done then: an enrollment registered under the province's budget and later
 * corrected to the regency's reads "ditambahkan: APBD Provinsi NTT, 01/2026–12/2026", not today's funder (trial 12).
 */
class AuditWordsThenTest {
    private static final AuditWords.Names NAMES = new AuditWords.Names(Map.of(), Map.of(),
            Map.of("APBD-PROV-NTT", "APBD Provinsi NTT", "APBD-KAB-MGR", "APBD Kabupaten Manggarai"));

    private static AuditWords words() {
        ResourceBundle id = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("id"),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        // Today: corrected to the regency's budget and ended in September.
        EnrollmentSummary now = new EnrollmentSummary(7, 3, "5310015204850001", "Kristina Ndung", "APBD-KAB-MGR",
                "APBD Kabupaten Manggarai", Segment.BPU, Set.of(), null, null, null, YearMonth.of(2026, 1),
                YearMonth.of(2026, 9), "MOVED", false);
        return new AuditWords(id, List.of(now), NAMES);
    }

    private static PersonHistory.Change change(String action, String before, String after) {
        return new PersonHistory.Change(Instant.parse("2026-03-01T01:00:00Z"), "siti", action, "enrollment", "7",
                before, after);
    }

    @Test
    void anEntryNamesTheFunderAndPeriodItWrote() {
        AuditWords w = words();
        assertThat(w.what(change("INSERT", null, "{\"funder\":\"APBD-PROV-NTT\",\"first_month\":\"2026-01\","
                + "\"last_month\":\"2026-12\"}"))).isEqualTo("Kepesertaan ditambahkan: APBD Provinsi NTT, 01/2026–12/2026");
        assertThat(w.what(change("UPDATE", "{\"funder\":\"APBD-PROV-NTT\",\"first_month\":\"2026-01\",\"last_month\":\"2026-12\"}",
                "{\"funder\":\"APBD-KAB-MGR\",\"first_month\":\"2026-01\",\"last_month\":null}")))
                .isEqualTo("Kepesertaan diubah: APBD Kabupaten Manggarai, 01/2026–…");
        // A deletion names neither: the enrollment as it is now.
        assertThat(w.what(change("DELETE", "{\"deleted\":false}", "{\"deleted\":true}")))
                .isEqualTo("Kepesertaan dihapus: APBD Kabupaten Manggarai, 01/2026–09/2026");
    }

    @Test
    void aFullNikSeenByOpeningTheEditFormSaysSoInWords() {
        PersonHistory.Change seen = new PersonHistory.Change(Instant.parse("2026-03-01T01:00:00Z"), "siti", "REVEAL_NIK",
                "person", "3", null, "{\"nik\":\"531001********01\",\"enrollment\":7,\"for\":\"edit\"}");
        assertThat(words().details(seen)).contains("Untuk: membuka formulir ubah").doesNotContain("edit", "for:");
    }

    @Test
    void aProposedNikLookedAtWholeInTheImportWindowSaysSoInWords() {
        PersonHistory.Change seen = new PersonHistory.Change(Instant.parse("2026-03-01T01:00:00Z"), "siti", "REVEAL_NIK",
                "person", "3", null, "{\"nik\":\"531001********04\",\"for\":\"import\"}");
        assertThat(words().details(seen)).contains("Untuk: memeriksa NIK usulan di jendela impor")
                .doesNotContain("for:", "Untuk: import");
    }

    @Test
    void theOpeningDataSaysSoInWordsNotAsAPathInsidePayung() {
        PersonHistory.Change seeded = new PersonHistory.Change(Instant.parse("2026-03-01T01:00:00Z"), "payung", "SEED",
                "benefit_claims", null, null, "{\"file\":\"seeds/benefit_claims.csv\",\"rows\":7}");
        assertThat(words().details(seeded)).isEqualTo("Data awal Payung (klaim manfaat); Baris: 7");
        assertThat(words().fullRecord(seeded)).contains("Data awal Payung (klaim manfaat)").doesNotContain("seeds/", ".csv");
        ResourceBundle en = ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH);
        assertThat(new AuditWords(en, List.of(), NAMES).details(seeded)).isEqualTo("Payung opening data (benefit claims); Rows: 7");
        // A clerk's own imported file keeps its name.
        PersonHistory.Change imported = new PersonHistory.Change(Instant.parse("2026-03-01T01:00:00Z"), "siti", "IMPORT",
                "import_batch", "4", null, "{\"file\":\"desa-golo-dukal.xlsx\"}");
        assertThat(words().details(imported)).isEqualTo("Berkas: desa-golo-dukal.xlsx");
    }
}
