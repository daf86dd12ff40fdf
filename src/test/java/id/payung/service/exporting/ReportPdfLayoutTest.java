package id.payung.service.exporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.Event;
import id.payung.domain.EventKind;
import id.payung.service.Settings;
import id.payung.service.facade.PayungServices;
import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trial 19: with the logo and the office's address in the kop, the 2026 year report ran onto a second page holding
 * only "Penerima: Ahli waris 7 peserta" (the rest of an event cut in two) and the signature. An event is never split
 * across pages, the signature never stands alone on one, and a report only just over a page is set closer to fit one.
 */
class ReportPdfLayoutTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(Dialect.SQLITE);

    @TempDir
    Path dir;

    /**
     * The trial's office: the logo, the street address and the head's NIP in the settings, and 2026's first
     * participants (15 village officials, 2 paid by the regency), so the report has its pie and both tables.
     */
    private static void trialOffice(PayungServices s) throws Exception {
        s.cohorts().add(new id.payung.service.CohortService.Input("APBDES-MGR", 2026, id.payung.domain.Segment.PU, null,
                null, 15L, null));
        s.cohorts().add(new id.payung.service.CohortService.Input("APBD-KAB-MGR", 2026, id.payung.domain.Segment.BPU, null,
                null, 2L, null));
        s.reference().saveOfficeLogo(ReportPdfTest.logo());
        Settings o = s.settings();
        s.saveSettings(new Settings(o.officeName(), o.regencyCode(), o.place(), "Jl. Motang Rua No. 1", o.language(),
                o.defaultYear(), o.headName(), o.headTitle(), "197001011995031002"));
    }

    private static Event award(LocalDate date, String title) {
        return new Event(0, EventKind.AWARD, date, title, "Kemenko PMK dan BPJS Ketenagakerjaan",
                null, "Pemerintah Kabupaten Manggarai", List.of(), "Jakarta", null, null);
    }

    /** Each page's text, in order. */
    static List<String> pages(Path pdf) throws Exception {
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc));
            }
        }
        return pages;
    }

    @Test
    void theTrialsReportWithLogoAndAddressFitsOnePage() throws Exception {
        Path pdf = dir.resolve("laporan-2026-logo.pdf");
        try (PayungServices s = engine.services()) {
            trialOffice(s);
            s.events().add(award(LocalDate.of(2026, 11, 20), "Paritrana Award 2026 kategori kabupaten (nominasi)"));
            s.exports().yearReport(2026, pdf);
        }
        AnnexPdfTest.copyForLooking(pdf);
        List<String> pages = pages(pdf);
        assertThat(pages).as("a report a few lines over a page is set closer, not spilled").hasSize(1);
        assertThat(pages.get(0)).contains("Penerima: Ahli waris 7 peserta", "NIP. 19700101 199503 1 002");
    }

    @Test
    void manyAwardsNeverSplitAnEventNorLeaveTheSignatureAlone() throws Exception {
        for (int extra = 1; extra <= 12; extra++) {
            Path pdf = dir.resolve("laporan-2026-" + extra + ".pdf");
            List<String> titles = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            try (PayungServices s = engine.services()) {
                if (extra == 1) {
                    trialOffice(s);
                }
                for (int i = 1; i <= extra; i++) {
                    String title = "Penghargaan nomor " + i + " dari " + extra;
                    titles.add(title);
                    ids.add(s.events().add(award(LocalDate.of(2026, 2, i), title)));
                }
                s.exports().yearReport(2026, pdf);
                ids.forEach(s.events()::delete);
            }
            List<String> pages = pages(pdf);
            if (pages.size() > 1) {
                AnnexPdfTest.copyForLooking(pdf);
            }
            for (String title : titles) {
                String where = "Penghargaan nomor " + title.substring("Penghargaan nomor ".length());
                for (String page : pages) {
                    if (page.contains(where + "\n") || page.contains(where + "\r")) {
                        // The event's last line (its place) on the page its title is on.
                        String after = page.substring(page.indexOf(where));
                        assertThat(after).as(extra + " events: " + title + " whole on one page").contains("Tempat: Jakarta");
                    }
                }
            }
            assertThat(String.join("", pages)).as(extra + " events: every event printed")
                    .contains(titles.toArray(String[]::new));
            String payout = pages.stream().filter(p -> p.contains("Pembayaran santunan kematian")).findFirst().orElseThrow();
            assertThat(payout).as(extra + " events: the payout and its recipient on one page").contains("Penerima: Ahli waris 7 peserta");
            String signed = pages.get(pages.size() - 1);
            assertThat(signed).as(extra + " events: the signature on the last page").contains("NIP. 19700101 199503 1 002");
            assertThat(signed).as(extra + " events: the signature's page holds an event with it")
                    .containsPattern("\\d\\d/\\d\\d/2026 ");
        }
    }

    /**
     * Trial 19: the award section left out who presented the founding award and its witnesses (Arief Wahyudhi; Lambertus
     * Paput, Frederikus I. Dicky Jenarut, Rommi Radjalangu), which the regent expects to read. Both PDFs name them.
     */
    @Test
    void theAwardsNameTheirPresenterAndWitnesses() throws Exception {
        Path report = dir.resolve("laporan-saksi-2025.pdf");
        Path readiness = dir.resolve("kesiapan-saksi-2025.pdf");
        try (PayungServices s = engine.services()) {
            trialOffice(s);
            s.exports().yearReport(2025, report);
            s.exports().readiness(s.readiness().summary(2025), readiness);
        }
        AnnexPdfTest.copyForLooking(report);
        AnnexPdfTest.copyForLooking(readiness);
        for (Path pdf : List.of(report, readiness)) {
            List<String> pages = pages(pdf);
            String text = String.join("", pages).replaceAll("\\s+", " ");
            assertThat(text).as(pdf.getFileName().toString())
                    .contains("Diserahkan oleh: Arief Wahyudhi, Kepala BPJS Ketenagakerjaan Cabang Labuan Bajo–Manggarai Barat")
                    .contains("Saksi: Lambertus Paput, Plh. Sekretaris Daerah; Frederikus I. Dicky Jenarut, Kepala Dinas "
                            + "Koperasi, UKM dan Tenaga Kerja; Rommi Radjalangu, Kepala Bank NTT Cabang Ruteng");
        }
        assertThat(pages(report)).as("the year report still on one page with its witnesses").hasSize(1);
    }

    /**
     * Trial 19: the office's award-readiness summary for 2026 (logo, street and NIP in the kop and under the signature,
     * the founding award with its presenter and witnesses, two funders of 2025 with too little recorded in 2026 named
     * under the years) ran onto page 2 with its last section and the signature: the closer setting saved only
     * about 70 of the 200 points needed. It is printed on one page, every part of it, with a regulation or two
     * recorded besides, and no type under 8 points.
     */
    @Test
    void theTrialsReadinessSummaryWithLogoAndAddressFitsOnePage() throws Exception {
        for (int regulations = 0; regulations <= 2; regulations++) {
            Path pdf = dir.resolve("kesiapan-2026-" + regulations + ".pdf");
            List<Long> ids = new ArrayList<>();
            try (PayungServices s = engine.services()) {
                if (regulations == 0) {
                    trialOffice(s);
                }
                for (int i = 1; i <= regulations; i++) {
                    ids.add(s.events().add(new Event(0, EventKind.REGULATION, LocalDate.of(2024, regulations, i),
                            "Peraturan Bupati Manggarai Nomor " + i + " Tahun 2024 tentang perlindungan jaminan sosial "
                                    + "ketenagakerjaan bagi pekerja rentan", "Bupati Manggarai", null, null, List.of(),
                            null, null, null)));
                }
                s.exports().readiness(s.readiness().summary(2026), pdf);
                ids.forEach(s.events()::delete);
            }
            AnnexPdfTest.copyForLooking(pdf);
            List<String> pages = pages(pdf);
            assertThat(pages).as("%d regulations: on one page", regulations).hasSize(1);
            assertThat(pages.get(0).replaceAll("\\s+", " ")).as("%d regulations", regulations)
                    .contains("Perhatian:", "APBD Provinsi NTT", "5. Penghargaan yang telah diterima",
                            "Saksi: Lambertus Paput", "Frederikus I. Dicky Jenarut NIP. 19700101 199503 1 002");
            assertThat(smallestType(pdf)).as("%d regulations: the smallest type", regulations).isGreaterThanOrEqualTo(8f);
        }
    }

    /** The smallest type on any page, in points. */
    private static float smallestType(Path pdf) throws Exception {
        float[] smallest = {Float.MAX_VALUE};
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions)
                        throws java.io.IOException {
                    for (org.apache.pdfbox.text.TextPosition p : positions) {
                        if (!p.getUnicode().isBlank()) {
                            smallest[0] = Math.min(smallest[0], p.getFontSizeInPt());
                        }
                    }
                }
            };
            stripper.getText(doc);
        }
        return smallest[0];
    }
}
