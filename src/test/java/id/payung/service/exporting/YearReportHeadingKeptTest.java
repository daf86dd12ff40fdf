package id.payung.service.exporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.FunderCost;
import id.payung.domain.FunderType;
import id.payung.domain.FundingShare;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prov22: a short table moved whole to the next page left its section heading ("Perkembangan peserta per tahun")
 * alone at the foot of the page before. Whatever the length of the shares table above it and of the trend itself, no
 * page of the year report ends with a part's heading whose table starts on the next page.
 */
class YearReportHeadingKeptTest {
    @TempDir
    Path dir;

    @Test
    void noPageEndsWithATablesHeading() throws Exception {
        int twoPages = 0;
        for (int funders = 1; funders <= 9; funders++) {
            for (int years = 1; years <= PdfParts.KEPT_ROWS + 4; years++) {
                Path pdf = dir.resolve("laporan-" + funders + "-" + years + ".pdf");
                write(pdf, funders, years);
                List<String> pages = ReportPdfLayoutTest.pages(pdf);
                if (pages.size() > 1) {
                    twoPages++;
                }
                for (int p = 0; p < pages.size() - 1; p++) {
                    List<String> lines = pages.get(p).lines().filter(l -> !l.isBlank()).toList();
                    int heading = -1;
                    for (int i = 0; i < lines.size(); i++) {
                        if (lines.get(i).startsWith("Perkembangan peserta per tahun")) {
                            heading = i;
                        }
                    }
                    if (heading >= 0) {
                        assertThat(lines.subList(heading, lines.size()))
                                .as(funders + " funders, " + years + " years: page " + (p + 1)
                                        + " has the trend's heading: its table's header and a row too")
                                .anyMatch(l -> l.equals("Tahun") || l.startsWith("Tahun "))
                                .anyMatch(l -> l.matches("(19|20)\\d\\d [\\d.]+ .*"));
                    }
                }
            }
        }
        assertThat(twoPages).as("some of these reports run onto a second page").isPositive();
    }

    private static void write(Path pdf, int funders, int years) throws Exception {
        PrintHeader header = new PrintHeader("Dinas Koperasi, UKM dan Tenaga Kerja Kabupaten Manggarai", "Ruteng",
                "Kabupaten Manggarai", null);
        List<FundingShare> shares = new ArrayList<>();
        Map<String, FunderCost> costs = new HashMap<>();
        for (int f = 0; f < funders; f++) {
            String code = "F" + f;
            FundingShare share = new FundingShare(code, "CSR perusahaan donor nomor " + (f + 1), FunderType.CSR,
                    100 + f, 100.0 / funders);
            shares.add(share);
            costs.put(code, new FunderCost(code, share.funderName(), FunderType.CSR, share.participants(),
                    share.participants() * 201_600L, false));
        }
        Map<Integer, List<FundingShare>> trend = new TreeMap<>();
        for (int y = 2025 - years + 1; y <= 2025; y++) {
            trend.put(y, shares);
        }
        PdfReport.Content content = new PdfReport.Content(header, 2025, shares, costs, trend, List.of(),
                LocalDate.of(2026, 12, 6), new Signer("Frederikus I. Dicky Jenarut",
                        "Kepala Dinas Koperasi, UKM dan Tenaga Kerja Kabupaten Manggarai"));
        try (OutputStream out = Files.newOutputStream(pdf)) {
            PdfReport.write(content, out);
        }
    }
}
