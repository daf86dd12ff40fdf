package id.payung.service.exporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.FundingShare;
import id.payung.domain.Scope;
import id.payung.domain.Segment;
import id.payung.service.BreakdownData;
import id.payung.service.facade.PayungServices;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard's report and funding-shares file follow its kecamatan and segment filters and name them (trial
 * F17), the file's numbers carry Excel number formats and its total says "Jumlah" (F12); without a filter the
 * regent's report is as it was. On {@link BreakdownData}: 155 participants in 2026, Wae Rii holding Paulus (CSR) and
 * Kristina (CSR, then Mandiri), no PU participant in Wae Rii.
 */
class FilteredExportTest {
    @TempDir
    Path dir;

    private PayungServices s;

    @BeforeEach
    void open() {
        s = BreakdownData.open(dir.resolve("payung.db"));
    }

    @AfterEach
    void close() {
        s.close();
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aFilteredYearReportCountsOnlyTheFilteredParticipantsAndSaysWhatIsNotFiltered() throws Exception {
        Path wae = dir.resolve("laporan-2026-wae-rii.pdf");
        Path all = dir.resolve("laporan-2026.pdf");
        Scope waeRii = new Scope(BreakdownData.WAE_RII, null);
        s.exports().yearReport(2026, waeRii, wae);
        s.exports().yearReport(2026, all);
        AnnexPdfTest.copyForLooking(wae);
        long filtered = FundingShare.total(s.dashboard().fundingShares(2026, waeRii));
        assertThat(filtered).isBetween(1L, 3L);
        String text = text(wae);
        assertThat(text).contains("Saringan: Kecamatan Wae Rii.")
                .contains("Porsi sumber dana 2026 (Kecamatan Wae Rii)")
                .contains("Perkembangan peserta per tahun (Kecamatan Wae Rii)")
                .contains("berlaku untuk seluruh kabupaten (tidak disaring)")
                .contains("Kelompok peserta tanpa daftar nama termasuk hanya bila kecamatannya tercatat")
                .contains("Jumlah " + filtered + " 100,0%")
                .doesNotContain("155");
        String regent = text(all);
        assertThat(regent).contains("Jumlah 155 100,0%").doesNotContain("Saringan").doesNotContain("tidak disaring")
                .doesNotContain("(Kecamatan");
    }

    @Test
    void aFilterNobodyMatchesSaysSoInsteadOfTheYearHavingNobody() throws Exception {
        Path pdf = dir.resolve("laporan-2026-wae-rii-pu.pdf");
        s.exports().yearReport(2026, new Scope(BreakdownData.WAE_RII, Segment.PU), pdf);
        String text = text(pdf);
        assertThat(text).contains("Tidak ada peserta yang sesuai saringan (Kecamatan Wae Rii, segmen PU) pada tahun ini.")
                .doesNotContain("Belum ada peserta pada tahun ini");
    }

    @Test
    void theWindowsSharesFileOpensWithTheOfficeTheYearAndTheFilterAndFormatsItsNumbers() throws Exception {
        Path xlsx = dir.resolve("porsi-sumber-dana-2026-wae-rii-bpu.xlsx");
        Scope scope = new Scope(BreakdownData.WAE_RII, Segment.BPU);
        s.exports().replacingExisting().fundingShares(2026, scope, xlsx);
        List<FundingShare> shares = s.dashboard().fundingShares(2026, scope);
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile(), new ReadingOptions(true, false))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo(s.settings().officeName());
            assertThat(rows.get(1).getCellText(0)).isEqualTo("Porsi sumber dana tahun 2026");
            assertThat(rows.get(2).getCellText(0)).isEqualTo("Saringan: Kecamatan Wae Rii, segmen BPU");
            // An empty row between the title and the headers (the reader skips it: the headers are row 5).
            assertThat(rows.get(3).getCellText(1)).isEqualTo("Sumber dana");
            assertThat(rows.get(3).getRowNum()).isEqualTo(5);
            Row first = rows.get(4);
            assertThat(first.getCellText(1)).isEqualTo(shares.get(0).funderName());
            assertThat(first.getCell(2).getDataFormatString()).isEqualTo("#,##0");
            assertThat(first.getCell(3).getDataFormatString()).isEqualTo("0.0");
            assertThat(first.getCell(4).getDataFormatString()).isEqualTo("#,##0");
            Row total = rows.get(4 + shares.size());
            assertThat(total.getCellText(1)).isEqualTo("Jumlah");
            assertThat(total.getCellAsNumber(2).orElseThrow()).isEqualByComparingTo(BigDecimal.valueOf(FundingShare.total(shares)));
            assertThat(total.getCell(2).getDataFormatString()).isEqualTo("#,##0");
        }
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(sheet).as("the code column not as wide as the office's name above it")
                    .containsPattern("<col min=\"1\" max=\"1\" width=\"18");
        }
    }

    @Test
    void theCommandLinesSharesFileKeepsItsHeadersFirstAndItsTotalWithFormats() throws Exception {
        Path xlsx = dir.resolve("porsi-2026.xlsx");
        s.exports().fundingShares(2026, xlsx);
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile(), new ReadingOptions(true, false))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Kode");
            assertThat(rows.get(1).getCell(2).getDataFormatString()).isEqualTo("#,##0");
            Row total = rows.get(rows.size() - 1);
            assertThat(total.getCellText(1)).as("scripts look for it").isEqualTo("Total");
            assertThat(total.getCellAsNumber(2).orElseThrow()).isEqualByComparingTo(BigDecimal.valueOf(155));
        }
    }
}
