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
 * A deletion's audit entry in words (trial M10: it said only "Dihapus: tidak → ya"): the reason, the enrollment as it
 * was deleted (not as it is now), and its undo as an undo; an entry written before reasons were kept reads as before.
 */
class AuditWordsDeletionTest {
    private static final AuditWords.Names NAMES = new AuditWords.Names(Map.of(), Map.of(),
            Map.of("APBD-PROV-NTT", "APBD Provinsi NTT", "APBD-KAB-MGR", "APBD Kabupaten Manggarai"));
    private static final String AS_DELETED = "\"funder\":\"APBD-PROV-NTT\",\"first_month\":\"2026-01\",\"last_month\":\"2026-12\"";

    private static AuditWords words(String language) {
        ResourceBundle res = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        // Today: corrected to the regency's budget, ending in September.
        EnrollmentSummary now = new EnrollmentSummary(7, 3, "5310015204850001", "Kristina Ndung", "APBD-KAB-MGR",
                "APBD Kabupaten Manggarai", Segment.BPU, Set.of(), null, null, null, YearMonth.of(2026, 1),
                YearMonth.of(2026, 9), null, false);
        return new AuditWords(res, List.of(now), NAMES);
    }

    private static PersonHistory.Change change(String action, String before, String after) {
        return new PersonHistory.Change(Instant.parse("2026-03-01T01:00:00Z"), "siti", action, "enrollment", "7",
                before, after);
    }

    private static PersonHistory.Change deleted(String reason, String note) {
        return change("DELETE", "{\"deleted\":false," + AS_DELETED + "}", "{\"deleted\":true," + AS_DELETED
                + ",\"delete_reason\":\"" + reason + "\",\"delete_note\":" + (note == null ? "null" : "\"" + note + "\"") + "}");
    }

    @Test
    void aDeletionSaysWhyAndNamesTheEnrollmentAsItWasDeleted() {
        AuditWords w = words("id");
        assertThat(w.what(deleted("WRONG_ENTRY", null))).isEqualTo("Kepesertaan dihapus: APBD Provinsi NTT, 01/2026–12/2026");
        assertThat(w.details(deleted("WRONG_ENTRY", null))).isEqualTo("Dihapus — alasan: Salah input / data ganda");
        assertThat(w.details(deleted("NOT_IN_PROGRAMME", null))).isEqualTo("Dihapus — alasan: Bukan peserta program ini");
        assertThat(w.details(deleted("VILLAGE_REQUEST", "surat Desa Golo Dukal")))
                .isEqualTo("Dihapus — alasan: Permintaan desa: surat Desa Golo Dukal");
        // "Lainnya…": the clerk's words are the reason; a NIK typed into them is masked.
        assertThat(w.details(deleted("OTHER", "sama dengan 5310015204850001")))
                .isEqualTo("Dihapus — alasan: sama dengan 531001********01");
        assertThat(w.fullRecord(deleted("VILLAGE_REQUEST", null))).contains("Alasan penghapusan: Permintaan desa")
                .doesNotContain("VILLAGE_REQUEST", "delete_reason");
        assertThat(words("en").details(deleted("WRONG_ENTRY", null))).isEqualTo("Deleted — reason: Entered by mistake / duplicate");
    }

    @Test
    void anUndoneDeletionSaysItWasUndone() {
        PersonHistory.Change restored = change("RESTORE", "{\"deleted\":true," + AS_DELETED + "}",
                "{\"deleted\":false," + AS_DELETED + "}");
        assertThat(words("id").what(restored)).isEqualTo("Kepesertaan dipulihkan: APBD Provinsi NTT, 01/2026–12/2026");
        assertThat(words("id").details(restored)).isEqualTo("Penghapusan dibatalkan (dipulihkan)");
        // Written before this change (only the flag): the words it had, the enrollment as it is now.
        PersonHistory.Change old = change("RESTORE", "{\"deleted\":true}", "{\"deleted\":false}");
        assertThat(words("id").details(old)).isEqualTo("Penghapusan dibatalkan (dipulihkan)");
        PersonHistory.Change oldDelete = change("DELETE", "{\"deleted\":false}", "{\"deleted\":true}");
        assertThat(words("id").details(oldDelete)).isEqualTo("Dihapus: tidak → ya");
        assertThat(words("id").what(oldDelete)).isEqualTo("Kepesertaan dihapus: APBD Kabupaten Manggarai, 01/2026–09/2026");
    }
}
