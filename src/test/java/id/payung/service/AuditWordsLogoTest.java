package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * The logo's audit entry (trial 18: "Pengaturan diubah — Ukuran (bita): 7.278; width: 200; height: 240; Jenis: PNG"):
 * it says it is the office's logo, and its width and height in the bundle's words, as ReferenceService writes it.
 */
class AuditWordsLogoTest {
    private static AuditWords words(String language) {
        ResourceBundle res = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        return new AuditWords(res, List.of(), new AuditWords.Names(Map.of(), Map.of(), Map.of()));
    }

    private static PersonHistory.Change logo(String action, String after) {
        return new PersonHistory.Change(Instant.parse("2026-12-07T01:00:00Z"), "kepala", action, "settings", "office_logo",
                null, after);
    }

    @Test
    void theLogoEntrySaysLogoAndItsSizeInTheLanguageShown() {
        PersonHistory.Change stored = logo("UPDATE", "{\"type\":\"PNG\",\"bytes\":7278,\"width\":200,\"height\":240}");
        AuditWords id = words("id");
        assertThat(id.what(stored)).isEqualTo("Logo kantor disimpan");
        assertThat(id.details(stored)).contains("Ukuran (bita): 7.278", "Lebar (piksel): 200", "Tinggi (piksel): 240",
                "Jenis: PNG").doesNotContain("width", "height");
        assertThat(id.what(logo("DELETE", null))).isEqualTo("Logo kantor dihapus");

        AuditWords en = words("en");
        assertThat(en.what(stored)).isEqualTo("Office logo stored");
        assertThat(en.details(stored)).contains("Width (pixels): 200", "Height (pixels): 240");

        // Any other setting reads as before.
        PersonHistory.Change office = new PersonHistory.Change(Instant.parse("2026-12-07T01:00:00Z"), "kepala", "UPDATE",
                "settings", "office_name", "{\"office_name\":\"A\"}", "{\"office_name\":\"B\"}");
        assertThat(id.what(office)).isEqualTo("Pengaturan diubah");
    }
}
