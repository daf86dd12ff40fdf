package id.payung.service.exporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.domain.RegisterFilter;
import id.payung.service.facade.PayungServices;
import id.payung.service.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Full NIKs leave only with an audit row: from a read-only database, which cannot take one, they are refused. */
class ReadOnlyFullNikTest {
    @TempDir
    Path dir;

    @Test
    void aFullNikExportFromAReadOnlyDatabaseIsRefusedAndNoFileWritten() {
        Path file = dir.resolve("payung.db");
        try (PayungServices s = PayungServices.open(file, true, TestData.CLOCK)) {
            s.enrollments().enrol(TestData.form("5310011205850001", "Andi", "APBD-KAB-MGR", YearMonth.of(2026, 1), null));
        }
        try (PayungServices s = PayungServices.openReadOnly(file, TestData.CLOCK)) {
            assertThat(s.readOnly()).isTrue();
            Path full = dir.resolve("lengkap.csv");
            Path annex = dir.resolve("lampiran.pdf");
            assertThatThrownBy(() -> s.exports().enrollments(RegisterFilter.all(), full, true))
                    .isInstanceOf(ExportService.NotAuditableException.class).hasMessageContaining("read-only");
            assertThatThrownBy(() -> s.exports().annex("APBD-KAB-MGR", 2026, true, annex))
                    .isInstanceOf(ExportService.NotAuditableException.class);
            assertThat(full).doesNotExist();
            assertThat(annex).doesNotExist();

            Path masked = dir.resolve("tersamar.csv");
            assertThat(s.exports().enrollments(RegisterFilter.all(), masked, false)).isEqualTo(1);
            assertThat(masked).content().contains("531001********01").doesNotContain("5310011205850001");
        }
        java.util.ResourceBundle en = java.util.ResourceBundle.getBundle("i18n.messages", java.util.Locale.ENGLISH);
        assertThat(id.payung.ui.UserMessages.describe(en, new ExportService.NotAuditableException()))
                .startsWith("Full NIKs are exported only with a record in the audit log");
        assertThat(Files.exists(dir.resolve("lengkap.csv"))).isFalse();
    }
}
