package id.payung.service.exporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.facade.PayungServices;
import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trial 22a L9: in the province's year report the trend table ("Perkembangan peserta per tahun") broke so its 2025 row
 * stood alone at the top of page 2, under no header. A table split over pages repeats its header row; a short one
 * is moved whole (PdfParts.overPages).
 */
class YearReportTablesOverPagesTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(Dialect.SQLITE);

    @TempDir
    Path dir;

    @Test
    void aLongTrendRepeatsItsHeaderOnTheNextPage() throws Exception {
        Path pdf = dir.resolve("laporan-2025.pdf");
        try (PayungServices s = engine.services()) {
            for (int year = 2000; year < 2025; year++) {
                try {
                    s.cohorts().add(new id.payung.service.CohortService.Input("APBD-KAB-MGR", year,
                            id.payung.domain.Segment.BPU, null, null, 10L, null));
                } catch (id.payung.service.InvalidInputException seeded) {
                    // the year has the seed's cohort already
                }
            }
            s.exports().yearReport(2025, pdf);
        }
        AnnexPdfTest.copyForLooking(pdf);
        List<String> pages = ReportPdfLayoutTest.pages(pdf);
        assertThat(pages.size()).as("the trend runs over a page").isGreaterThan(1);
        int withTrendRows = 0;
        for (int p = 0; p < pages.size(); p++) {
            List<String> lines = pages.get(p).lines().toList();
            boolean trendRow = lines.stream().anyMatch(l -> l.matches("(199\\d|20[012]\\d) [\\d.]+ .*"));
            if (trendRow) {
                withTrendRows++;
                assertThat(lines).as("page " + (p + 1) + " has trend rows: their header too")
                        .anyMatch(l -> l.startsWith("Tahun ") && l.endsWith("Jumlah"));
            }
        }
        assertThat(withTrendRows).as("the trend split over two pages").isGreaterThan(1);
    }
}
