package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.domain.Event;
import id.payung.domain.EventKind;
import id.payung.domain.FunderCost;
import id.payung.domain.Scope;
import id.payung.service.exporting.ExportService;
import id.payung.service.facade.PayungServices;
import id.payung.store.PostgresDatabase;
import id.payung.store.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trial 14 F2: the year report of a provincial reader is the province's (its letterhead, a table of its regencies with
 * their costs and the province's total, each event once naming its regencies, the province's signatory or a blank
 * block), never the regency report of whichever regency's settings the server gave first; and a regent's annex is
 * refused to it. With -Dpayung.pdfOut=DIR the reports are kept there, to be looked at as images.
 */
@Tag("postgres")
@ExtendWith(PostgresServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvincialReportTest {
    private static final String AWARD = "Piagam penghargaan perlindungan jaminan sosial ketenagakerjaan bagi pekerja rentan";
    private ServerFixture server;
    private String ntt;
    private String yosef;

    @BeforeAll
    void setUp(PostgresDatabase db) throws SQLException {
        server = new ServerFixture(db);
        server.admin().init(); // Manggarai's (53.10) seeded cohorts of 2025, 4.280 + 1.000, and its events
        ntt = server.addUser("ntt", null, "53");
        yosef = server.addUser("yosef", "53.15", null);
        YearMonth jan = YearMonth.of(2025, 1);
        try (PayungServices s = server.services(yosef)) {
            s.enrollments().enrol(TestData.form("5315011204850003", "Kornelis", "APBD-PROV-NTT", jan, jan.plusMonths(11)));
            s.enrollments().enrol(TestData.form("5315014506900004", "Lusia", "MANDIRI", jan, jan.plusMonths(5)));
            // The same award recorded by Manggarai Barat's office too (a seeded copy, trial 14 F1): one event.
            s.events().add(new Event(0, EventKind.AWARD, LocalDate.of(2025, 9, 25), AWARD, "Kemenko PMK", null,
                    "Pemerintah Kabupaten Manggarai", List.of(), "Ruteng", null, null));
        }
    }

    @AfterAll
    void dropLogins() throws SQLException {
        server.dropLogins();
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private Path keep(Path pdf) throws Exception {
        String out = System.getProperty("payung.pdfOut");
        if (out != null) {
            Files.createDirectories(Path.of(out));
            Files.copy(pdf, Path.of(out, pdf.getFileName().toString()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return pdf;
    }

    @Test
    void theProvincesReportHasItsLetterheadItsRegenciesAndNoRegentsSignature(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("provinsi-2025.pdf");
        try (PayungServices s = server.services(ntt)) {
            assertThat(s.readOnly()).isTrue();
            s.exports().yearReport(2025, pdf);
        }
        String text = text(keep(pdf));
        assertThat(text).contains("PEMERINTAH PROVINSI NUSA TENGGARA TIMUR")
                .doesNotContain("PEMERINTAH KABUPATEN", "DINAS KOPERASI", "Ruteng, ", "Frederikus", "BUPATI");
        // Manggarai's 4.280 + 1.000 cohorts at Rp 16.800 × 12, Manggarai Barat's two named: 12 and 6 months.
        long mabarCost = 12 * 16_800L + 6 * 16_800L;
        assertThat(text).contains("Peserta per kabupaten/kota 2025")
                .contains(line("Kabupaten Manggarai", "5.280", "99,96", rupiah(1_064_448_000L))) // "> 99,9%"
                .contains(line("Kabupaten Manggarai Barat", "2", "0,04", rupiah(mabarCost)))
                .contains(line("Jumlah provinsi", "5.282", "100,0", rupiah(1_064_448_000L + mabarCost)));
        // NTT's 20 other regencies named together under the table, not a row of 0 each (trial 20d: two pages).
        assertThat(text.replaceAll("\\s+", " ")).contains("Belum ada peserta di 20 kabupaten/kota: ")
                .contains("Kota Kupang").doesNotContain(line("Kota Kupang", "0", "0,0", rupiah(0)));
        // The award once, naming both offices that recorded it; the blank block to sign (no province settings yet).
        assertThat(text.split(java.util.regex.Pattern.quote("25/09/2025  Piagam"), -1)).hasSize(2);
        assertThat(text).contains("Dicatat oleh: Kabupaten Manggarai, Kabupaten Manggarai Barat")
                .contains("(.................................)");
    }

    /** Trial 22a: the report of one regency, chosen by the province, ended with "Jumlah provinsi 29". */
    @Test
    void aReportOfOneRegencyTotalsItsRowsNotTheProvince(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("mabar-2025.pdf");
        try (PayungServices s = server.services(ntt)) {
            s.exports().yearReport(2025, new id.payung.domain.Scope(null, null, "53.15"), pdf);
        }
        String text = text(keep(pdf));
        String cost = rupiah(12 * 16_800L + 6 * 16_800L);
        assertThat(text).contains(line("Kabupaten Manggarai Barat", "2", "100,0", cost))
                .doesNotContain("Jumlah provinsi").contains(line("Jumlah", "2", "100,0", cost));
    }

    @Test
    void theProvincesOwnSettingsHeadItsReportAndSignIt(@TempDir Path dir) throws Exception {
        server.admin().provinceSettings("53", Map.of("office_name", "Dinas Tenaga Kerja dan Transmigrasi Provinsi NTT",
                "office_place", "Kupang", "head_name", "Silvya R. Pekudjawang", "head_title", "Kepala Dinas"));
        Path pdf = dir.resolve("provinsi-ttd-2025.pdf");
        try (PayungServices s = server.services(ntt)) {
            s.exports().yearReport(2025, pdf);
        } finally {
            server.admin().provinceSettings("53", Map.of("office_name", "", "office_place", "", "head_name", "",
                    "head_title", ""));
        }
        assertThat(text(keep(pdf))).contains("PEMERINTAH PROVINSI NUSA TENGGARA TIMUR",
                        "DINAS TENAGA KERJA DAN TRANSMIGRASI PROVINSI NTT", "Kupang, ", "Kepala Dinas", "Silvya R. Pekudjawang")
                .doesNotContain("Ruteng, ", "Frederikus", "(.......");
    }

    @Test
    void theRegenciesCostsAddUpToTheFundersCosts() {
        try (PayungServices s = server.services(ntt)) {
            Map<String, Long> byRegency = s.budget().costsByRegency(2025, Scope.ALL);
            assertThat(byRegency).containsEntry("53.15", 18 * 16_800L).containsEntry("53.10", 1_064_448_000L);
            assertThat(byRegency.values().stream().mapToLong(Long::longValue).sum())
                    .isEqualTo(s.budget().costs(2025).stream().mapToLong(FunderCost::costRp).sum());
        }
    }

    /** Trial 14 F9: the per-regency export carries each row's yearly cost, by the funding shares' rule. */
    @Test
    void thePerRegencyExportHasTheCostOfEachRow(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("kab-2025.csv");
        long total;
        try (PayungServices s = server.services(ntt)) {
            s.exports().regencies(2025, csv);
            total = s.budget().costs(2025).stream().mapToLong(FunderCost::costRp).sum();
        }
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setDelimiter(';').get()
                .parse(new java.io.StringReader(Files.readString(csv, java.nio.charset.StandardCharsets.UTF_8).substring(1)))) {
            List<org.apache.commons.csv.CSVRecord> rows = parser.getRecords();
            assertThat(rows.get(0).get(10)).isEqualTo("Biaya setahun (Rp)");
            // Every regency of the province, those with none as a total of 0 (trial 20a: who has not reported).
            assertThat(rows).anySatisfy(r -> assertThat(List.of(r.get(0), r.get(1), r.get(3), r.get(7), r.get(10)))
                    .containsExactly("53.71", "Kota Kupang", "Total Kota Kupang", "0", "0"));
            assertThat(rows.stream().skip(1).filter(r -> !"0".equals(r.get(7)))
                    .map(r -> List.of(r.get(1), r.get(2), r.get(3), r.get(10)))).containsExactly(
                    List.of("Kabupaten Manggarai", "APBD-PROV-NTT", "APBD Provinsi NTT", "862848000"),
                    List.of("Kabupaten Manggarai", "APBD-KAB-MGR", "APBD Kabupaten Manggarai", "201600000"),
                    List.of("Kabupaten Manggarai", "", "Total Kabupaten Manggarai", "1064448000"),
                    List.of("Kabupaten Manggarai Barat", "APBD-PROV-NTT", "APBD Provinsi NTT", "201600"),
                    List.of("Kabupaten Manggarai Barat", "MANDIRI", "Mandiri (bayar sendiri)", "100800"),
                    List.of("Kabupaten Manggarai Barat", "", "Total Kabupaten Manggarai Barat", "302400"),
                    List.of("Total", "", "", String.valueOf(total)));
        }
        assertThat(total).isEqualTo(1_064_448_000L + 302_400L);
    }

    @Test
    void aRegentsAnnexIsRefusedToTheProvince(@TempDir Path dir) {
        Path annex = dir.resolve("lampiran.pdf");
        try (PayungServices s = server.services(ntt)) {
            assertThatThrownBy(() -> s.exports().annex("APBD-PROV-NTT", 2025, false, annex))
                    .isInstanceOf(ExportService.ProvinceAnnexException.class);
        }
        assertThat(annex).doesNotExist();
        try (PayungServices s = server.services(yosef)) { // a regency's clerk still prints its own
            assertThat(s.exports().annex("APBD-PROV-NTT", 2025, false, dir.resolve("mabar.pdf"))).isEqualTo(1);
        }
    }

    /** A table row as the text of the PDF gives it: its cells one space apart, the share with its own "%". */
    private static String line(String name, String participants, String percent, String cost) {
        return name + " " + participants + " " + id.payung.domain.Formats.percent(Double.parseDouble(percent.replace(',', '.')))
                + " " + cost;
    }

    private static String rupiah(long rp) {
        return id.payung.domain.Formats.rupiah(rp);
    }
}
