package id.payung.service.exporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.FunderType;
import id.payung.domain.FundingSource;
import id.payung.domain.FundingShare;
import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The year report's pie legend for the regent: every funder's line inside the chart's box, however many funders and
 * however long their names ("APBDes / ADD desa se-Kabupaten Manggarai: 300 (45,9 %" was cut at the box's edge, and a
 * seventh funder fell below it; trial 12).
 */
class PieLegendPdfTest {
    @TempDir
    Path dir;

    /** A line of text on the page: its words, its top (from the page's top), its left and its right edge. */
    private record Line(String text, float top, float left, float right) {
    }

    private static List<Line> lines(Path pdf) throws Exception {
        List<Line> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    float top = Float.MAX_VALUE;
                    float left = Float.MAX_VALUE;
                    float right = 0;
                    for (TextPosition p : positions) {
                        top = Math.min(top, p.getYDirAdj() - p.getHeightDir());
                        left = Math.min(left, p.getXDirAdj());
                        right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
                    }
                    out.add(new Line(text, top, left, right));
                }
            };
            stripper.getText(doc);
        }
        return out;
    }

    @Test
    void everyFundersLineIsInsideTheChartsBox() throws Exception {
        Path pdf = dir.resolve("laporan.pdf");
        List<String> companies = List.of("CSR PT Bank Pembangunan Daerah Nusa Tenggara Timur Cabang Ruteng",
                "CSR PT Flobamor", "CSR Koperasi Kredit Sinar Harapan", "CSR PT Semen Kupang Tbk");
        try (PayungServices s = TestData.seeded(dir)) {
            for (int i = 0; i < companies.size(); i++) {
                s.funding().add(new FundingSource(0, "CSR-" + (i + 1), companies.get(i), FunderType.CSR, "53.10", true, null));
            }
            List<String> funders = new ArrayList<>(List.of("APBD-KAB-MGR", "APBD-PROV-NTT", "APBDES-MGR", "MANDIRI", "CSR"));
            for (int i = 0; i < companies.size(); i++) {
                funders.add("CSR-" + (i + 1));
            }
            for (int i = 0; i < funders.size(); i++) {
                s.enrollments().enrol(TestData.form(String.format("531001120585%04d", i + 1), TestData.name("Peserta", i),
                        funders.get(i), YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
            }
            s.exports().yearReport(2026, pdf);
        }
        List<Line> all = lines(pdf);
        int table = all.indexOf(all.stream().filter(l -> l.text().startsWith("Sumber dana")).findFirst().orElseThrow());
        float chartTitleTop = all.stream().filter(l -> l.text().startsWith("Porsi sumber dana")).findFirst().orElseThrow().top();
        List<Line> legend = all.subList(0, table).stream().filter(l -> l.text().endsWith("%)")).toList();
        assertThat(legend).as("a line for each of the 9 funders, before the table").hasSize(9);
        // The chart's box: 495 points wide from the left margin (A4 is 595 wide), at most 156 high under its title (a line
        // outside it is cut off: its text is still in the file, so its place is what tells).
        assertThat(legend).allSatisfy(l -> assertThat(l.right()).as(l.text()).isLessThanOrEqualTo(546f));
        assertThat(legend).allSatisfy(l -> assertThat(l.top()).as(l.text()).isGreaterThan(chartTitleTop));
        float span = legend.get(legend.size() - 1).top() - legend.get(0).top();
        assertThat(span).as("the legend's first line to its last").isLessThan(156 - 12);
        assertThat(legend).anySatisfy(l -> assertThat(l.text()).startsWith("APBDes / ADD desa se-Kabupaten Manggarai: 1 ("));
        assertThat(legend).anySatisfy(l -> assertThat(l.text()).startsWith("CSR PT Bank Pembangunan").endsWith(": 1 (11,1%)"));
    }

    /**
     * Each slice carries its share on the pie in id-ID ("80,8 %"), where the slice is wide enough to hold it; a slice
     * too small for it (0,4 %) has no label on the pie, which would cross its neighbours, and is read in the legend
     * (trial 16: the pie had no share on it).
     */
    @Test
    void slicesCarryTheirShareAndASmallSliceIsReadInTheLegend() throws Exception {
        Path pdf = dir.resolve("laporan-label.pdf");
        write(pdf, List.of(
                new FundingShare("APBD-PROV-NTT", "APBD Provinsi NTT", FunderType.APBD_PROVINSI, 4_280, 100.0 * 4_280 / 5_300),
                new FundingShare("APBD-KAB-MGR", "APBD Kabupaten Manggarai", FunderType.APBD_KABUPATEN, 1_000, 100.0 * 1_000 / 5_300),
                new FundingShare("MANDIRI", "Mandiri", FunderType.MANDIRI, 20, 100.0 * 20 / 5_300)));
        List<Line> all = lines(pdf);
        float chartTitleTop = all.stream().filter(l -> l.text().startsWith("Porsi sumber dana")).findFirst().orElseThrow().top();
        float tableTop = all.stream().filter(l -> l.text().startsWith("Sumber dana")).findFirst().orElseThrow().top();
        float legendLeft = all.stream().filter(l -> l.text().startsWith("APBD Provinsi NTT: ")).findFirst().orElseThrow().left();
        List<String> onThePie = all.stream()
                .filter(l -> l.top() > chartTitleTop && l.top() < tableTop && l.right() < legendLeft - 20)
                .map(Line::text).toList();
        assertThat(onThePie).as("the labels on the pie, left of its legend").containsExactly("80,8%", "18,9%");
        assertThat(all).anySatisfy(l -> assertThat(l.text()).isEqualTo("Mandiri: 20 (0,4%)"));
    }

    /** "Halaman 1 dari 1" ends on the right margin, under the tables' right edge (it stopped 35 points short: trial 16). */
    @Test
    void thePageNumberEndsOnTheRightMargin() throws Exception {
        Path pdf = dir.resolve("laporan-halaman.pdf");
        write(pdf, List.of(new FundingShare("APBD-KAB-MGR", "APBD Kabupaten Manggarai", FunderType.APBD_KABUPATEN, 1_000, 100)));
        List<Line> all = lines(pdf);
        Line page = all.stream().filter(l -> l.text().startsWith("Halaman ")).findFirst().orElseThrow();
        assertThat(page.text()).isEqualTo("Halaman 1 dari 1");
        float tableRight = all.stream().filter(l -> l.text().startsWith("Rp ")).map(Line::right).max(Float::compare).orElseThrow();
        // A4 is 595 points wide, the margins 50: the right margin stands at 545 (a cell's padding inside it).
        assertThat(page.right()).isCloseTo(545f, org.assertj.core.data.Offset.offset(1f));
        assertThat(page.right()).isGreaterThanOrEqualTo(tableRight);
    }

    private static void write(Path pdf, List<FundingShare> shares) throws Exception {
        PrintHeader header = new PrintHeader("Dinas Koperasi, UKM dan Tenaga Kerja Kabupaten Manggarai", "Ruteng",
                "Kabupaten Manggarai", null);
        java.util.Map<String, id.payung.domain.FunderCost> costs = new java.util.HashMap<>();
        for (FundingShare s : shares) {
            costs.put(s.funderCode(), new id.payung.domain.FunderCost(s.funderCode(), s.funderName(), s.funderType(),
                    s.participants(), s.participants() * 201_600L, false));
        }
        PdfReport.Content content = new PdfReport.Content(header, 2025, shares, costs,
                new java.util.TreeMap<>(java.util.Map.of(2025, shares)), List.of(), java.time.LocalDate.of(2026, 12, 6),
                new Signer("Frederikus I. Dicky Jenarut", "Kepala Dinas Koperasi, UKM dan Tenaga Kerja Kabupaten Manggarai"));
        try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(pdf)) {
            PdfReport.write(content, out);
        }
        AnnexPdfTest.copyForLooking(pdf);
    }
}
