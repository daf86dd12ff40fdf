package id.payung.service.exporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.Event;
import id.payung.domain.EventKind;
import id.payung.domain.ReadinessSummary;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Trial 18: a full year put the award-readiness summary's signature alone on page 2 ("Ruteng, 6 Desember 2026 / Kepala
 * Dinas … / NIP" under an empty page). However long the summary, the signature shares its page with the summary's
 * last section.
 */
class ReadinessSignatureTest {
    private static final PrintHeader KOP = new PrintHeader("Dinas Koperasi, UKM dan Tenaga Kerja",
            "Jl. Motang Rua No. 12, Ruteng 86511\nTelp. (0385) 21234", "Ruteng", "Kabupaten Manggarai", null);
    private static final Signer HEAD = new Signer("Drs. Yohanes Jehaut", null, "197001011995031002");

    @Test
    void theSignatureNeverStandsAloneOnAPage() throws Exception {
        int spilled = 0;
        for (int regulations = 0; regulations <= 40; regulations++) {
            byte[] pdf = readiness(regulations);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                if (doc.getNumberOfPages() < 2) {
                    continue;
                }
                if (spilled++ == 0) {
                    java.nio.file.Path look = java.nio.file.Files.createTempFile("kesiapan-dua-halaman", ".pdf");
                    java.nio.file.Files.write(look, pdf);
                    AnnexPdfTest.copyForLooking(look);
                    java.nio.file.Files.delete(look);
                }
                PDFTextStripper last = new PDFTextStripper();
                last.setStartPage(doc.getNumberOfPages());
                last.setEndPage(doc.getNumberOfPages());
                String text = last.getText(doc);
                assertThat(text).as("last page with %d regulations", regulations)
                        .contains("Drs. Yohanes Jehaut")
                        .contains("5. Penghargaan yang telah diterima");
            }
        }
        assertThat(spilled).as("some of the summaries run over a page").isPositive();
    }

    /**
     * Trial 19: a summary a few lines over a page (here four regulations: as usual set, the last section and the
     * signature went onto page 2) is set closer and printed on one page, signature included.
     */
    @Test
    void aSummaryJustOverAPageIsSetCloserOntoOne() throws Exception {
        for (int regulations = 2; regulations <= 4; regulations++) {
            try (PDDocument doc = Loader.loadPDF(readiness(regulations))) {
                assertThat(doc.getNumberOfPages()).as("%d regulations", regulations).isEqualTo(1);
                assertThat(new PDFTextStripper().getText(doc)).contains("5. Penghargaan yang telah diterima",
                        "Drs. Yohanes Jehaut", "Peraturan Bupati Manggarai Nomor " + regulations + " ");
            }
        }
    }

    private static byte[] readiness(int regulations) throws Exception {
        List<Event> regs = new ArrayList<>();
        for (int i = 0; i < regulations; i++) {
            regs.add(new Event(i + 1, EventKind.REGULATION, LocalDate.of(2024, 1, 1).plusDays(i * 9L),
                    "Peraturan Bupati Manggarai Nomor " + (i + 1) + " Tahun 2024 tentang perlindungan pekerja rentan",
                    "Bupati Manggarai", null, null, List.of(), null, null, null));
        }
        List<Event> awards = List.of(new Event(100, EventKind.AWARD, LocalDate.of(2025, 9, 25),
                "Piagam penghargaan Paritrana Award", "BPJS Ketenagakerjaan", null, "Pemerintah Kabupaten Manggarai",
                List.of(), "Jakarta", null, null));
        List<ReadinessSummary.YearFigures> years = List.of(
                new ReadinessSummary.YearFigures(2024, 1_000, null, 201_600_000, null, null),
                new ReadinessSummary.YearFigures(2025, 5_280, 4_280L, 1_064_448_000, 5_280L, 1_100_000_000L),
                new ReadinessSummary.YearFigures(2026, 5_300, 20L, 1_068_480_000, null, null));
        List<ReadinessSummary.FunderBudget> funders = List.of(
                new ReadinessSummary.FunderBudget("APBD-PROV", "APBD Provinsi NTT", 4_280, 862_848_000, 4_280L, null),
                new ReadinessSummary.FunderBudget("APBD-MGR", "APBD Kabupaten Manggarai", 1_020, 205_632_000, 1_000L, null));
        ReadinessSummary s = new ReadinessSummary(2026, regs, awards, years, funders,
                new ReadinessSummary.VillageCoverage(12, 10, 145), List.of(), List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReadinessPdf.write(s, KOP, HEAD, LocalDate.of(2026, 12, 6), out);
        return out.toByteArray();
    }
}
