package id.payung.service.exporting;

import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.BenefitClaim;
import id.payung.domain.Programme;
import id.payung.service.facade.PayungServices;
import id.payung.service.TestData;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The readiness summary, the year report under the letterhead, and the transition table, read back. */
class ReportPdfTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    /** The engine this class runs on; its PostgreSQL twin says otherwise. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    @TempDir
    Path dir;

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static byte[] logo() throws Exception {
        BufferedImage img = new BufferedImage(80, 96, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0x1F, 0x5F, 0x99));
        g.fillRect(0, 0, 80, 96);
        g.setColor(Color.YELLOW);
        g.fillOval(16, 24, 48, 48);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    @Test
    void readinessSummaryUnderTheLetterheadWithLogo() throws Exception {
        Path pdf = dir.resolve("kesiapan-2026.pdf");
        try (PayungServices s = engine.services()) {
            // The seeds hold the seven JKM payouts of 26/01/2026 (7 × Rp 42.000.000), with their event.
            // The logo as the office saves it in Pengaturan: every report's letterhead must carry it.
            s.reference().saveOfficeLogo(logo());
            PrintHeader header = s.exports().printHeader(s.settings());
            assertThat(header.logo()).isNotNull();
            s.exports().readiness(s.readiness().summary(2026), pdf);
        }
        AnnexPdfTest.copyForLooking(pdf);
        String text = text(pdf);
        assertThat(text).contains("PEMERINTAH KABUPATEN MANGGARAI")
                .contains("DINAS KOPERASI, UKM DAN TENAGA KERJA")
                .contains("RINGKASAN KESIAPAN PENGHARGAAN").contains("keadaan tahun 2026")
                .contains("Belum ada regulasi tercatat")
                .contains("2025 5.280 +4.280 (+428,0%) Rp 1.064.448.000")
                .contains("Biaya iuran per sumber dana 2026").contains("Belum ada peserta.")
                .contains("0 dari 145 desa (0,0%) memiliki perangkat desa yang terlindungi") // the shipped list's desa
                .contains("JKM (jaminan kematian) 7 7 Rp 294.000.000")
                .contains("Pembayaran santunan kematian")
                .contains("25/09/2025").contains("Piagam penghargaan")
                .contains("Halaman 1 dari");
        // The letter's place and date in words above the signature; the footer's print stamp stays short.
        assertThat(text).containsPattern("(?m)^Ruteng, 23 November 2026\\s*$").contains("Dicetak di Ruteng, 23/11/2026");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            var resources = doc.getPage(0).getResources();
            boolean image = false;
            for (COSName name : resources.getXObjectNames()) {
                image |= resources.getXObject(name) instanceof PDImageXObject;
            }
            assertThat(image).as("the logo is on the first page").isTrue();
        }
    }

    @Test
    void theYearReportStopsAtItsYearFitsOnePageAndIsSignedByTheHeadOfOffice() throws Exception {
        Path pdf = dir.resolve("laporan-2025.pdf");
        try (PayungServices s = engine.services()) {
            // Open-ended enrollments reach 2026 and 2027: not part of the 2025 report's growth.
            s.enrollments().enrol(TestData.form("5310015204850001", "Maria", "MANDIRI", java.time.YearMonth.of(2025, 6), null));
            assertThat(s.dashboard().years()).contains(2026, 2027);
            s.exports().yearReport(2025, pdf);
        }
        String text = text(pdf);
        assertThat(text).contains("Perkembangan peserta per tahun", "2023", "2024", "Frederikus I. Dicky Jenarut",
                "Kepala Dinas Koperasi, UKM dan Tenaga Kerja Kabupaten Manggarai");
        String growth = text.substring(text.indexOf("Perkembangan peserta per tahun"), text.indexOf("Penghargaan dan kegiatan"));
        assertThat(growth).doesNotContain("2026").doesNotContain("2027");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).as("no page holding only a note or a signature").isEqualTo(1);
        }
        // The note stays under the table whose cost it explains, and says why a cost may be under the package.
        assertThat(text.indexOf("Biaya = peserta")).isLessThan(text.indexOf("Perkembangan peserta per tahun"));
        assertThat(text.replaceAll("\\s+", " ")).contains("iuran PU perangkat desa ikut dihitung; diskon PP 50/2025 tidak "
                + "berlaku bagi peserta APBN/APBD");
    }

    /**
     * Trial 18: the 2026 report and readiness summary for the regent showed "−99,5 %" with no word that 2026's
     * cohorts were not entered yet: a note under the shares table, and beside the growth; none for 2025.
     */
    @Test
    void theYearReportAndReadinessSayWhichFundersOfTheYearBeforeHaveNoDataYet() throws Exception {
        Path report2026 = dir.resolve("laporan-2026.pdf");
        Path report2025 = dir.resolve("laporan-2025.pdf");
        Path readiness = dir.resolve("kesiapan-2026.pdf");
        try (PayungServices s = engine.services()) {
            s.enrollments().enrol(TestData.form("5310015204850001", "Maria", "APBD-KAB-MGR",
                    java.time.YearMonth.of(2026, 1), java.time.YearMonth.of(2026, 12)));
            s.exports().yearReport(2026, report2026);
            s.exports().yearReport(2025, report2025);
            s.exports().readiness(s.readiness().summary(2026), readiness);
        }
        AnnexPdfTest.copyForLooking(report2026);
        AnnexPdfTest.copyForLooking(readiness);
        String note = "Perhatian: belum ada peserta 2026 tercatat (kelompok atau peserta bernama) untuk "
                + "sumber dana yang berpeserta pada tahun sebelumnya: APBD Provinsi NTT (4.280 peserta pada 2025).";
        String text = text(report2026).replaceAll("\\s+", " ");
        assertThat(text).contains(note).contains("kurang dari sepersepuluh tahun sebelumnya untuk: APBD Kabupaten "
                + "Manggarai (1 tercatat; 1.000 pada 2025).");
        assertThat(text.indexOf(note)).as("under the shares table, before the growth")
                .isLessThan(text.indexOf("Perkembangan peserta per tahun"));
        try (PDDocument doc = Loader.loadPDF(report2026.toFile())) {
            assertThat(doc.getNumberOfPages()).as("the note keeps the report on one page").isEqualTo(1);
        }
        assertThat(text(report2025)).doesNotContain("tercatat (kelompok");

        String ready = text(readiness).replaceAll("\\s+", " ");
        assertThat(ready).contains(note);
        assertThat(ready.indexOf(note)).as("beside the growth, before the funders' costs")
                .isGreaterThan(ready.indexOf("Peserta, pertumbuhan dan anggaran per tahun"))
                .isLessThan(ready.indexOf("Biaya iuran per sumber dana 2026"));
    }

    @Test
    void theYearReportIsDatedInWordsAndCarriesTheHeadsNipUnderTheName() throws Exception {
        Path withNip = dir.resolve("laporan-nip-2025.pdf");
        Path without = dir.resolve("laporan-tanpa-nip-2025.pdf");
        try (PayungServices s = engine.services()) {
            s.exports().yearReport(2025, without);
            id.payung.service.Settings o = s.settings();
            s.saveSettings(new id.payung.service.Settings(o.officeName(), o.regencyCode(), o.place(), o.address(),
                    o.language(), o.defaultYear(), o.headName(), o.headTitle(), "19700101199503 1 002"));
            s.exports().yearReport(2025, withNip);
        }
        AnnexPdfTest.copyForLooking(withNip);
        String text = text(withNip);
        // "Ruteng, 23/11/2026" read as a form; a letter to the regent writes the month in words.
        assertThat(text).containsPattern("(?m)^Ruteng, 23 November 2026\\s*$");
        assertThat(text).containsPattern("(?m)^Frederikus I. Dicky Jenarut\\s*\\R\\s*NIP. 19700101 199503 1 002\\s*$");
        // No NIP kept: a dotted NIP line under the name, for the head to write in (trial 16: no NIP line at all).
        assertThat(text(without)).containsPattern("(?m)^Frederikus I. Dicky Jenarut\\s*\\R\\s*NIP\\. \\.{20,}\\s*$");
        try (PDDocument doc = Loader.loadPDF(withNip.toFile())) {
            assertThat(doc.getNumberOfPages()).as("the NIP line keeps the report on one page").isEqualTo(1);
        }
    }

    /**
     * The year report and the award-readiness summary sign with one block (trial 16: the summary's title ended in a
     * comma over a dotted line and no name): place and date, the head's title, room to sign and stamp, the name, NIP.
     */
    @Test
    void theYearReportAndTheReadinessSummarySignAlike() throws Exception {
        Path report = dir.resolve("laporan-tanda-2025.pdf");
        Path readiness = dir.resolve("kesiapan-tanda-2025.pdf");
        try (PayungServices s = engine.services()) {
            id.payung.service.Settings o = s.settings();
            s.saveSettings(new id.payung.service.Settings(o.officeName(), o.regencyCode(), o.place(), o.address(),
                    o.language(), o.defaultYear(), o.headName(), "Plh. " + o.headTitle(), "197001011995031002"));
            s.exports().yearReport(2025, report);
            s.exports().readiness(s.readiness().summary(2025), readiness);
        }
        AnnexPdfTest.copyForLooking(readiness);
        for (Path pdf : List.of(report, readiness)) {
            assertThat(text(pdf)).as(pdf.getFileName().toString()).containsPattern("(?m)^Ruteng, 23 November 2026\\s*\\R"
                    + "\\s*Plh\\. Kepala Dinas Koperasi, UKM dan Tenaga Kerja Kabupaten Manggarai\\s*\\R"
                    + "\\s*Frederikus I\\. Dicky Jenarut\\s*\\R\\s*NIP\\. 19700101 199503 1 002\\s*$");
            assertThat(text(pdf)).as(pdf.getFileName().toString()).doesNotContain("Manggarai,\n").doesNotContain(PdfParts.DOTTED);
        }
        // Room to sign and stamp between the title and the name: about four lines of the body's type, not one.
        assertThat(gapAboveName(report)).isGreaterThan(50f);
        assertThat(gapAboveName(readiness)).isGreaterThan(50f);
    }

    /** The space between the signer's title line and the name under it, in points. */
    private static float gapAboveName(Path pdf) throws Exception {
        java.util.Map<String, Float> tops = new java.util.HashMap<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    tops.putIfAbsent(text.strip(), positions.get(0).getYDirAdj());
                }
            }.getText(doc);
        }
        return tops.get("Frederikus I. Dicky Jenarut") - tops.get("Plh. Kepala Dinas Koperasi, UKM dan Tenaga Kerja Kabupaten Manggarai");
    }

    /**
     * The shares table lists the year's funders largest first; the growth per year in the one order over the years,
     * province first (trial 16: APBD Kabupaten, the first year's only funder, stood before the larger APBD Provinsi).
     */
    @Test
    void bothTablesOfTheYearReportListTheFundersInOneOrder() throws Exception {
        Path pdf = dir.resolve("laporan-urutan-2025.pdf");
        try (PayungServices s = engine.services()) {
            s.exports().yearReport(2025, pdf);
        }
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true); // as the page reads, top to bottom (tables are drawn apart from the text)
            text = stripper.getText(doc);
        }
        // (Read by position, a heading's first letter stands apart, "P erkembangan": the tables are found by their heads.)
        String shares = text.substring(text.indexOf("Sumber dana Peserta"), text.indexOf("Jumlah 5.280"));
        String growth = text.substring(text.indexOf("Tahun APBD"), text.indexOf("enghargaan dan kegiatan"));
        for (String table : List.of(shares, growth)) {
            assertThat(table.indexOf("APBD Provinsi NTT")).as(table).isNotNegative()
                    .isLessThan(table.indexOf("APBD Kabupaten"));
        }
        // The years' rows keep their numbers under the right funder: 2025 is 4.280 from the province, 1.000 the regency.
        assertThat(growth).containsPattern("(?m)^2023 0 1\\.000 1\\.000\\s*$").containsPattern("(?m)^2025 4\\.280 1\\.000 5\\.280\\s*$");
    }

    /**
     * Trial 19: participants in 2025 and 2027, none in 2026. The 2027 report's growth went 2025 → 2027, and the regent
     * could not tell 2026 had none: its row is there with 0 under every funder. Its columns are those of the 2025
     * report, the province first, though 2027 has the regency's only (they followed the report year's order).
     */
    @Test
    void theYearReportsGrowthHasARowOfZeroForAYearWithNoneBetweenYearsWithSome() throws Exception {
        Path pdf = dir.resolve("laporan-2027.pdf");
        try (PayungServices s = engine.services()) {
            s.enrollments().enrol(TestData.form("5310015204850001", "Maria Jelita", "APBD-KAB-MGR",
                    java.time.YearMonth.of(2027, 1), java.time.YearMonth.of(2027, 12)));
            s.exports().yearReport(2027, pdf);
        }
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(doc);
        }
        String growth = text.substring(text.indexOf("Tahun APBD"));
        assertThat(growth).containsPattern("(?m)^2025 4\\.280 1\\.000 5\\.280\\s*$")
                .containsPattern("(?m)^2026 0 0 0\\s*$").containsPattern("(?m)^2027 0 1 1\\s*$");
        assertThat(growth.indexOf("APBD Provinsi NTT")).isNotNegative().isLessThan(growth.indexOf("APBD Kabupaten"));
        assertThat(growth.indexOf("\n2026 ")).isBetween(growth.indexOf("\n2025 "), growth.indexOf("\n2027 "));
    }

    /**
     * A kop with a street and a telephone line, the NIP, and the seeded year's two events: set as usual the signature
     * went alone onto a second page (trial 13); set closer, the report stays on one page, signature included.
     */
    @Test
    void aFullerYearStillFitsOnePageWithItsSignature() throws Exception {
        Path pdf = dir.resolve("laporan-penuh-2025.pdf");
        try (PayungServices s = engine.services()) {
            id.payung.service.Settings o = s.settings();
            s.saveSettings(new id.payung.service.Settings(o.officeName(), o.regencyCode(), o.place(),
                    "Jl. Motang Rua No. 12, Ruteng 86511\nTelp. (0385) 21234", o.language(), o.defaultYear(), o.headName(),
                    o.headTitle(), "197001011995031002"));
            s.exports().yearReport(2025, pdf);
        }
        AnnexPdfTest.copyForLooking(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).as("the signature with the report, not alone on a page").isEqualTo(1);
        }
        assertThat(text(pdf)).contains("Penyerahan 5.280 kartu", "NIP. 19700101 199503 1 002", "Telp. (0385) 21234");
    }

    /** F11: the office's address (Pengaturan) stands under its name in the kop of every printed report. */
    @Test
    void theOfficeAddressStandsUnderTheOfficeNameInEveryKop() throws Exception {
        Path report = dir.resolve("laporan-alamat-2025.pdf");
        Path readiness = dir.resolve("kesiapan-alamat-2025.pdf");
        Path annex = dir.resolve("lampiran-alamat-2025.pdf");
        Path bare = dir.resolve("laporan-tanpa-alamat-2025.pdf");
        try (PayungServices s = engine.services()) {
            s.exports().yearReport(2025, bare);
            id.payung.service.Settings o = s.settings();
            s.saveSettings(new id.payung.service.Settings(o.officeName(), o.regencyCode(), o.place(),
                    "Jl. Motang Rua No. 1", o.language(), o.defaultYear(), o.headName(), o.headTitle(), o.headNip()));
            s.exports().yearReport(2025, report);
            s.exports().readiness(s.readiness().summary(2025), readiness);
            s.exports().annex("APBD-KAB-MGR", 2025, false, annex);
        }
        AnnexPdfTest.copyForLooking(report);
        for (Path pdf : List.of(report, readiness)) {
            assertThat(text(pdf)).as(pdf.getFileName().toString())
                    .containsPattern("(?m)TENAGA KERJA KABUPATEN MANGGARAI\\s*\\R\\s*Jl\\. Motang Rua No\\. 1, Ruteng\\s*$");
        }
        assertThat(text(bare)).containsPattern("(?m)^Ruteng\\s*$").doesNotContain("Motang Rua");
        assertThat(text(annex)).as("the annex has no kop of its own: the decree's block heads it").doesNotContain("Motang Rua");
    }

    /**
     * The award's Keterangan, as entered in the award tab (what it was given for, the year's figures), is on the
     * year report's paper under its witnesses, whole and wrapped; an award without notes has no empty line for them.
     */
    @Test
    void theYearReportsAwardsCarryTheirNotes() throws Exception {
        Path pdf = dir.resolve("laporan-keterangan-2024.pdf");
        String note = "Diberikan atas 1.250 pekerja rentan yang dilindungi sejak 01/03/2024, termasuk 320 perangkat desa; "
                + "piagam disimpan di Bagian Umum Setda Manggarai.";
        try (PayungServices s = engine.services()) {
            s.events().add(new id.payung.domain.Event(0, id.payung.domain.EventKind.AWARD, LocalDate.of(2024, 8, 17),
                    "Paritrana Award tingkat provinsi", "Gubernur NTT", null, "Bupati Manggarai",
                    List.of("Kepala Dinas Nakertrans NTT", "Kepala BPJS Ketenagakerjaan Cabang Kupang"), "Kupang", note,
                    null));
            s.events().add(new id.payung.domain.Event(0, id.payung.domain.EventKind.AWARD, LocalDate.of(2024, 10, 2),
                    "Piagam tanpa keterangan", "BPJS Ketenagakerjaan", null, null, List.of(), null, "  ", null));
            s.exports().yearReport(2024, pdf);
        }
        AnnexPdfTest.copyForLooking(pdf);
        String text = text(pdf);
        String flat = text.replaceAll("\\s+", " ");
        assertThat(flat).contains("Saksi: Kepala Dinas Nakertrans NTT; Kepala BPJS Ketenagakerjaan Cabang Kupang "
                + "Keterangan: " + note + " 02/10/2024 Piagam tanpa keterangan");
        assertThat(text).as("wrapped: longer than a line").containsPattern("Keterangan: Diberikan atas 1\\.250[^\\n]*\\R");
        assertThat(text.indexOf("Keterangan:")).isEqualTo(text.lastIndexOf("Keterangan:"));
    }

    @Test
    void theYearReportBuildsItsOwnLetterheadWithTheSavedLogoAndTheYearsEvents() throws Exception {
        Path pdf = dir.resolve("laporan-logo-2025.pdf");
        try (PayungServices s = engine.services()) {
            s.reference().saveOfficeLogo(logo());
            s.exports().yearReport(2025, pdf);
        }
        assertThat(text(pdf)).contains("PEMERINTAH KABUPATEN MANGGARAI").contains("Laporan tahun 2025")
                .contains("Piagam penghargaan").contains("Ruteng, ");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            var resources = doc.getPage(0).getResources();
            boolean image = false;
            for (COSName name : resources.getXObjectNames()) {
                image |= resources.getXObject(name) instanceof PDImageXObject;
            }
            assertThat(image).as("the saved logo is on the first page").isTrue();
        }
    }

    @Test
    void aBrokenLogoIsLeftOutAndTheYearReportStillPrints() throws Exception {
        Path pdf = dir.resolve("laporan-2025.pdf");
        try (PayungServices s = engine.services()) {
            PrintHeader header = s.exports().printHeader(s.settings()).withLogo(new byte[] {1, 2, 3});
            PdfReport.Content content = new PdfReport.Content(header, 2025, s.dashboard().fundingShares(2025),
                    java.util.Map.of(), new java.util.TreeMap<>(), List.of(), LocalDate.of(2025, 12, 1));
            try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(pdf)) {
                PdfReport.write(content, out);
            }
        }
        AnnexPdfTest.copyForLooking(pdf);
        assertThat(text(pdf)).contains("PEMERINTAH KABUPATEN MANGGARAI").contains("Laporan tahun 2025")
                .contains("Halaman 1 dari");
    }

    @Test
    void transitionTableAsXlsx() throws Exception {
        Path xlsx = dir.resolve("mandiri.xlsx");
        List<id.payung.domain.SelfPayingTransition> rows = List.of(
                new id.payung.domain.SelfPayingTransition(2024, 2, 1, 1, 2026, 100_800, 12));
        try (PayungServices s = engine.services()) {
            assertThat(s.exports().transitions(rows, xlsx)).isEqualTo(1);
        }
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
            List<Row> read = wb.getFirstSheet().read();
            assertThat(read.get(0).getCellText(5)).isEqualTo("Iuran mandiri 2026 (Rp)");
            assertThat(read.get(1).getCellAsNumber(0).orElseThrow()).isEqualByComparingTo(new BigDecimal("2024"));
            assertThat(read.get(1).getCellAsNumber(3).orElseThrow()).isEqualByComparingTo(new BigDecimal("50.0"));
            assertThat(read.get(1).getCellAsNumber(5).orElseThrow()).isEqualByComparingTo(new BigDecimal("100800"));
            assertThat(read.get(1).getCellAsNumber(7).orElseThrow()).isEqualByComparingTo(new BigDecimal("8400"));
        }
    }
}
