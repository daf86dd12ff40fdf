package id.payung.service.exporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.Event;
import id.payung.domain.EventKind;
import id.payung.service.Settings;
import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trial 21a: the papers a head of office hands the regent, read back from the PDF. With the kop complete (logo, a
 * two-line address, the NIP) the year report's pie shrank to about 3 cm and lost its shares; the government budgets'
 * row under the total was cut at its cell's border and repeated the total when every funder is a government budget;
 * its cost note seemed to contradict the dashboard's; the year's events ran newest first.
 */
class YearReportPaperTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(Dialect.SQLITE);

    @TempDir
    Path dir;

    /** The pie's smallest width on the page, in points (about 4,6 cm: read across a desk, its shares on it). */
    static final float SMALLEST_PIE = 130;

    /** The trial's office: the logo, the street and telephone on two lines, and the head's NIP. */
    static void fullKop(PayungServices s) throws Exception {
        s.reference().saveOfficeLogo(ReportPdfTest.logo());
        Settings o = s.settings();
        s.saveSettings(new Settings(o.officeName(), o.regencyCode(), o.place(),
                "Jalan Motang Rua No. 12, Ruteng 86511\nTelepon (0385) 21234, Pos-el: diskopukmnaker@manggaraikab.go.id",
                o.language(), o.defaultYear(), o.headName(), o.headTitle(), "197001011995031002"));
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static int pages(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }

    @Test
    void thePieStaysLargeAndLabelledWithTheKopComplete() throws Exception {
        Path bare = dir.resolve("laporan-kop-polos-2025.pdf");
        Path full = dir.resolve("laporan-kop-lengkap-2025.pdf");
        try (PayungServices s = engine.services()) {
            s.exports().yearReport(2025, bare);
            fullKop(s);
            s.exports().yearReport(2025, full);
        }
        AnnexPdfTest.copyForLooking(bare);
        AnnexPdfTest.copyForLooking(full);
        for (Path pdf : List.of(bare, full)) {
            String name = pdf.getFileName().toString();
            assertThat(pages(pdf)).as(name + ": one page").isEqualTo(1);
            PdfShapes page = PdfShapes.of(pdf);
            assertThat(page.curves.width()).as(name + ": the pie's width").isGreaterThanOrEqualTo(SMALLEST_PIE);
            assertThat(page.curves.height()).as(name + ": the pie's height").isGreaterThanOrEqualTo(SMALLEST_PIE);
            List<String> onThePie = page.texts.stream().filter(page.curves::holds).map(PdfShapes.Text::text).toList();
            assertThat(onThePie).as(name + ": the shares on the pie").containsExactlyInAnyOrder("81,1%", "18,9%");
            assertThat(page.text("81,1%").size()).as(name + ": the labels' type").isGreaterThanOrEqualTo(9.5f);
            // The legend beside the pie, readable, not crowded at the pie's edge nor leaving the width empty.
            PdfShapes.Text legend = page.text("APBD Provinsi NTT: 4.280 (81,1%)");
            assertThat(legend.left()).as(name + ": the legend beside the pie").isGreaterThan(page.curves.right());
            assertThat(legend.size()).as(name + ": the legend's type").isGreaterThanOrEqualTo(10f);
        }
        assertThat(text(full)).contains("NIP. 19700101 199503 1 002", "Pos-el: diskopukmnaker@manggaraikab.go.id",
                "Penyerahan 5.280 kartu", "Saksi: Lambertus Paput");
    }

    /**
     * With every funder a government budget, "Di antaranya dibayar anggaran pemerintah" only repeats Jumlah: left out.
     * With a self-paying worker it is a part of the total and printed, its second line inside its cell, clear of the
     * border under it (it sat on it: trial 21a).
     */
    @Test
    void theGovernmentBudgetsRowIsPrintedOnlyAsAPartAndWhole() throws Exception {
        Path government = dir.resolve("laporan-apbd-2025.pdf");
        Path mixed = dir.resolve("laporan-mandiri-2025.pdf");
        try (PayungServices s = engine.services()) {
            s.exports().yearReport(2025, government);
            fullKop(s);
            s.enrollments().enrol(TestData.form("5310015204850001", "Maria Jelita", "MANDIRI", YearMonth.of(2025, 1),
                    YearMonth.of(2025, 12)));
            s.exports().yearReport(2025, mixed);
        }
        AnnexPdfTest.copyForLooking(government);
        AnnexPdfTest.copyForLooking(mixed);
        assertThat(text(government)).contains("Jumlah").doesNotContain("Di antaranya");
        assertThat(text(mixed).replaceAll("\\s+", " "))
                .contains("Di antaranya dibayar anggaran pemerintah (APBD, APBDes, APBN) 5.280 > 99,9% Rp 1.064.448.000");
        assertThat(pages(mixed)).isEqualTo(1);
        PdfShapes page = PdfShapes.of(mixed);
        PdfShapes.Text second = page.text("(APBD, APBDes, APBN)");
        PdfShapes.Text first = page.text("Di antaranya dibayar");
        float under = page.lineUnder(second.baseline(), second.left() + 5);
        // The type's descent (Helvetica: 0,21 of its size) and a little room besides, above the border.
        assertThat(under).as("the second line's baseline above the cell's border").isGreaterThanOrEqualTo(0.21f * 9.5f + 1.5f);
        assertThat(second.baseline() - first.baseline()).as("the two lines' spacing").isGreaterThanOrEqualTo(1.15f * 9.5f);
        assertThat(page.curves.width()).as("the pie's width, the kop complete and the row printed")
                .isGreaterThanOrEqualTo(SMALLEST_PIE);
    }

    /**
     * The cost note under the table said "diskon PP 50/2025 dan iuran PU perangkat desa ikut dihitung", the dashboard
     * "diskon PP 50/2025 tidak berlaku bagi peserta APBN/APBD": read as a contradiction (trial 21a). Both say the
     * dashboard's words, and the note keeps to two lines.
     */
    @Test
    void theCostNoteSaysOfTheDiscountWhatTheDashboardSays() throws Exception {
        Path pdf = dir.resolve("laporan-catatan-2025.pdf");
        try (PayungServices s = engine.services()) {
            fullKop(s);
            s.exports().yearReport(2025, pdf);
        }
        String discount = "diskon PP 50/2025 tidak berlaku bagi peserta APBN/APBD";
        assertThat(ExportService.indonesianWords().getString("dashboard.cost.help")).contains(discount);
        String text = text(pdf);
        String note = text.substring(text.indexOf("Biaya = peserta"), text.indexOf("dua kali.") + "dua kali.".length());
        assertThat(note.replaceAll("\\s+", " ")).contains(discount).doesNotContain("diskon PP 50/2025 dan");
        assertThat(note.lines().count()).as("the note's lines: " + note).isLessThanOrEqualTo(2);
        assertThat(pages(pdf)).isEqualTo(1);
    }

    /**
     * The year's events oldest first, on one day the award before the day's other events, the same rule every year
     * (trial 21a: 2025's card hand-over stood before the award of the same day, and 2026 ran newest first).
     */
    @Test
    void theYearsEventsRunOldestFirstTheAwardFirstOnItsDay() throws Exception {
        Path report2025 = dir.resolve("laporan-urut-2025.pdf");
        Path report2026 = dir.resolve("laporan-urut-2026.pdf");
        try (PayungServices s = engine.services()) {
            s.events().add(new Event(0, EventKind.AWARD, LocalDate.of(2026, 11, 20),
                    "Paritrana Award 2026 - Juara II Kategori Pemerintah Kabupaten", "Kemenko PMK dan BPJS Ketenagakerjaan",
                    "Wakil Presiden Republik Indonesia", "Herybertus G.L. Nabit, Bupati Manggarai", List.of(),
                    "Istana Wakil Presiden, Jakarta", null, null));
            s.exports().yearReport(2025, report2025);
            s.exports().yearReport(2026, report2026);
        }
        String text2025 = text(report2025);
        assertThat(text2025.indexOf("25/09/2025  Piagam penghargaan")).as("the award first on its day").isNotNegative()
                .isLessThan(text2025.indexOf("25/09/2025  Penyerahan 5.280 kartu"));
        String text2026 = text(report2026);
        assertThat(text2026.indexOf("26/01/2026  Pembayaran santunan kematian")).as("oldest first").isNotNegative()
                .isLessThan(text2026.indexOf("20/11/2026  Paritrana Award 2026"));
        assertThat(text2026).contains("Tempat: Istana Wakil Presiden, Jakarta");
    }

    /**
     * The readiness summary's award cell (trial 21a): its lines were packed, the title plain, the last line on the
     * border, "Oleh/Kepada" where the year report says "Pemberi/Penerima", and no place. Now the title bold, the year
     * report's labels and the place, the lines spaced and clear of the borders.
     */
    @Test
    void theReadinessAwardCellReadsAsTheYearReportsAward() throws Exception {
        Path pdf = dir.resolve("kesiapan-penghargaan-2025.pdf");
        try (PayungServices s = engine.services()) {
            fullKop(s);
            s.exports().readiness(s.readiness().summary(2025), pdf);
        }
        AnnexPdfTest.copyForLooking(pdf);
        assertThat(pages(pdf)).isEqualTo(1);
        String text = text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("Pemberi: Kemenko PMK, Kemenaker dan Kemendagri melalui BPJS Ketenagakerjaan",
                "Penerima: Fabianus Abu, Wakil Bupati Manggarai (Pemerintah Kabupaten Manggarai)",
                "Tempat: Kantor Wakil Bupati Manggarai, Ruteng").doesNotContain("Oleh:").doesNotContain("Kepada:");
        PdfShapes page = PdfShapes.of(pdf);
        PdfShapes.Text title = page.text("Piagam penghargaan perlindungan");
        assertThat(title.font()).as("the award's title").containsIgnoringCase("bold");
        PdfShapes.Text giver = page.text("Pemberi: Kemenko PMK");
        float size = giver.size();
        assertThat(giver.baseline() - title.baseline()).as("the lines' spacing").isGreaterThanOrEqualTo(1.15f * size);
        // The cell's last line: the witnesses' second.
        PdfShapes.Text last = page.text("dan Tenaga Kerja; Rommi Radjalangu");
        assertThat(page.lineUnder(last.baseline(), last.left() + 5)).as("the last line above the cell's border")
                .isGreaterThanOrEqualTo(0.21f * size + 1.5f);
        assertThat(page.lineAbove(title.baseline(), title.left() + 5)).as("the title under the cell's top border")
                .isGreaterThanOrEqualTo(0.72f * size + 1.5f);
    }
}
