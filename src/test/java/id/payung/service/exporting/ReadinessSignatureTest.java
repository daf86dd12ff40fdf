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

    /**
     * A summary that cannot fit one page turns its page before a whole section: sections 2 to 4 are never cut (their
     * heading at a page's foot, or the years on one page and the funders on the next), whatever the regulations
     * before them push down; and with many benefit payouts recorded, a section longer than a page still prints every
     * payout.
     */
    @Test
    void aSummaryOverAPageTurnsBeforeAWholeSection() throws Exception {
        for (int regulations = 0; regulations <= 40; regulations++) {
            byte[] pdf = readiness(regulations, 0);
            if (regulations == 13) {
                look("kesiapan-13-regulasi.pdf", pdf);
            }
            List<String> pages = pages(pdf);
            for (String page : pages) {
                String text = page.replaceAll("\\s+", " ");
                String[][] sections = {
                        {"2. Peserta, pertumbuhan dan anggaran per tahun", "APBD Kabupaten Manggarai 1.020 Rp 205.632.000"},
                        {"3. Perlindungan perangkat desa 2026", "kelurahan tidak dihitung."},
                        {"4. Manfaat yang dibayarkan 2026", "Jumlah 0 0 Rp 0"}};
                for (String[] section : sections) {
                    if (text.contains(section[0]) || text.contains(section[1])) {
                        assertThat(text).as("%d regulations: %s whole on its page", regulations, section[0])
                                .contains(section[0], section[1]);
                    }
                }
            }
        }
        for (int payouts = 0; payouts <= 40; payouts += 5) {
            byte[] pdf = readiness(2, payouts);
            if (payouts == 40) {
                look("kesiapan-40-pembayaran.pdf", pdf);
            }
            String text = String.join("", pages(pdf)).replaceAll("\\s+", " ");
            for (int i = 1; i <= payouts; i++) {
                assertThat(text).as("%d payouts", payouts).contains("Pembayaran santunan kematian nomor " + i + " ");
            }
            assertThat(text).contains("Drs. Yohanes Jehaut");
        }
    }

    /** A copy to look at, where the build asks for one (payung.pdfOut). */
    private static void look(String name, byte[] pdf) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("kesiapan");
        java.nio.file.Path file = java.nio.file.Files.write(dir.resolve(name), pdf);
        AnnexPdfTest.copyForLooking(file);
        java.nio.file.Files.delete(file);
        java.nio.file.Files.delete(dir);
    }

    private static List<String> pages(byte[] pdf) throws Exception {
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc));
            }
        }
        return pages;
    }

    private static byte[] readiness(int regulations) throws Exception {
        return readiness(regulations, 0);
    }

    private static byte[] readiness(int regulations, int payouts) throws Exception {
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
        List<Event> paid = new ArrayList<>();
        for (int i = 1; i <= payouts; i++) {
            paid.add(new Event(200 + i, EventKind.BENEFIT_PAYOUT, LocalDate.of(2026, 1, 1).plusDays(i),
                    "Pembayaran santunan kematian nomor " + i + " kepada ahli waris peserta", "BPJS Ketenagakerjaan",
                    null, "Ahli waris peserta", List.of(), null, null, null));
        }
        ReadinessSummary s = new ReadinessSummary(2026, regs, awards, years, funders,
                new ReadinessSummary.VillageCoverage(12, 10, 145), List.of(), paid);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReadinessPdf.write(s, KOP, HEAD, LocalDate.of(2026, 12, 6), out);
        return out.toByteArray();
    }
}
