package id.payung.service.exporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.AnnexEntry;
import id.payung.domain.Sex;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Trial F4: the regent's signature block never stands alone on the annex's last page, away from the names. Every
 * list length around a page's end (one page holds some 40 rows) is printed and its last page read.
 */
class AnnexSignatureTest {
    private static final PrintHeader HEADER = new PrintHeader("Dinas Koperasi, UKM dan Tenaga Kerja Kabupaten Manggarai",
            "Ruteng", "Kabupaten Manggarai", null);

    private static byte[] annex(int n) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (AnnexPdf pdf = new AnnexPdf(out, HEADER, new AnnexPdf.Subject("APBD Kabupaten Manggarai", 2025, false,
                LocalDate.of(2025, 12, 1)))) {
            for (int i = 1; i <= n; i++) {
                pdf.add(new AnnexEntry(String.format("Peserta Nomor %03d", i), String.format("531001010180%04d", i), Sex.L,
                        "Golo Dukal", "Ruteng", "Pedagang"));
            }
            pdf.finish(HEADER);
        }
        return out.toByteArray();
    }

    @Test
    void theSignatureStandsWithTheLastRowsAtEveryListLength() throws Exception {
        int moved = 0;
        for (int n = 1; n <= 100; n++) {
            byte[] bytes = annex(n);
            if (n == 30 && System.getProperty("payung.pdfOut") != null) { // one to look at: the rows moved with the signature
                java.nio.file.Files.write(java.nio.file.Path.of(System.getProperty("payung.pdfOut"), "lampiran-30.pdf"), bytes);
            }
            try (PDDocument doc = Loader.loadPDF(bytes)) {
                PDFTextStripper stripper = new PDFTextStripper();
                int pages = doc.getNumberOfPages();
                stripper.setStartPage(pages);
                stripper.setEndPage(pages);
                String last = stripper.getText(doc);
                assertThat(last).as("%d rows, last page", n).contains("BUPATI MANGGARAI,")
                        .contains(String.format("Peserta Nomor %03d", n)).contains("Jumlah peserta: " + n + " orang");
                if (pages > 1) {
                    assertThat(last).as("%d rows: the rows on a new page under their headings", n).contains("Nama");
                    stripper.setStartPage(1);
                    stripper.setEndPage(pages);
                    String all = stripper.getText(doc);
                    for (int i = 1; i <= n; i++) {
                        assertThat(all).as("%d rows: row %d printed once", n, i)
                                .containsOnlyOnce(String.format("Peserta Nomor %03d", i));
                    }
                }
                if (pages > 1 && lastOfPage(doc, pages).contains(String.format("Peserta Nomor %03d", n - KEEP + 1))
                        && !lastOfPage(doc, pages).contains(String.format("Peserta Nomor %03d", n - KEEP))) {
                    moved++; // exactly the held rows start the last page
                }

            }
        }
        assertThat(moved).as("some lengths needed the last rows moved to the signature's page").isPositive();
    }

    private static final int KEEP = AnnexPdf.KEEP_WITH_SIGNATURE;

    private static String lastOfPage(PDDocument doc, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }
}
