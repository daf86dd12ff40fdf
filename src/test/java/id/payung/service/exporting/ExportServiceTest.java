package id.payung.service.exporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.RegisterFilter;
import id.payung.service.PayungServices;
import id.payung.service.TestData;
import id.payung.store.AuditLog;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports read back with the same libraries and checked. */
class ExportServiceTest {
    @TempDir
    Path dir;

    @Test
    void fundingSharesAsXlsxAgreeWithTheDashboard() throws Exception {
        Path xlsx = dir.resolve("porsi-2025.xlsx");
        try (PayungServices s = TestData.seeded(dir)) {
            s.exports().fundingShares(2025, xlsx);
        }
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(1)).isEqualTo("Sumber dana");
            assertThat(rows.get(1).getCellText(1)).isEqualTo("APBD Provinsi NTT");
            assertThat(rows.get(1).getCellAsNumber(2).orElseThrow()).isEqualByComparingTo(new BigDecimal("4280"));
            assertThat(rows.get(1).getCellAsNumber(3).orElseThrow()).isEqualByComparingTo(new BigDecimal("81.1"));
            assertThat(rows.get(1).getCellAsNumber(4).orElseThrow()).isEqualByComparingTo(new BigDecimal("862848000"));
            assertThat(rows.get(2).getCellAsNumber(4).orElseThrow()).isEqualByComparingTo(new BigDecimal("201600000"));
            assertThat(rows.get(3).getCellAsNumber(2).orElseThrow()).isEqualByComparingTo(new BigDecimal("5280"));
        }
    }

    @Test
    void theYearReportPdfCarriesTheNumbersTheAwardAndWhereItWasPrinted() throws Exception {
        Path pdf = dir.resolve("laporan-2025.pdf");
        try (PayungServices s = TestData.seeded(dir)) {
            s.exports().yearReport(2025, pdf);
        }
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("DINAS KOPERASI, UKM DAN TENAGA KERJA KABUPATEN MANGGARAI")
                    .contains("Laporan tahun 2025")
                    .contains("APBD Provinsi NTT: 4.280 (81,1 %)")
                    .contains("APBD Kabupaten Manggarai: 1.000 (18,9 %)")
                    .contains("Rp 201.600.000").contains("Rp 862.848.000").contains("5.280")
                    .contains("25/09/2025").contains("Kemenko PMK")
                    .contains("Dicetak di Ruteng, 23/11/2026");
        }
    }

    @Test
    void enrollmentsAreMaskedByDefaultAndFullNiksAreAudited() throws Exception {
        Path masked = dir.resolve("peserta.csv");
        Path full = dir.resolve("untuk-bpjs.xlsx");
        try (PayungServices s = TestData.seeded(dir)) {
            s.enrollments().enrol(TestData.form("5310015204850001", "=HYPERLINK(x)", "MANDIRI", YearMonth.of(2026, 1), null));
            assertThat(s.exports().enrollments(RegisterFilter.all(), masked, false)).isEqualTo(1);
            assertThat(s.exports().enrollments(RegisterFilter.all(), full, true)).isEqualTo(1);
            try (var db = id.payung.store.Database.open(dir.resolve("payung.db"), false)) {
                List<AuditLog.Entry> entries = db.read(tx -> new AuditLog().recent(tx, 5));
                assertThat(entries).extracting(AuditLog.Entry::action)
                        .contains("EXPORT", "EXPORT_FULL_NIK");
            }
        }
        String csv = Files.readString(masked, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFNIK;Nama;").contains("531001********01").doesNotContain("5310015204850001")
                .contains("'=HYPERLINK");
        try (ReadableWorkbook wb = new ReadableWorkbook(full.toFile())) {
            assertThat(wb.getFirstSheet().read().get(1).getCellText(0)).isEqualTo("5310015204850001");
        }
    }
}
