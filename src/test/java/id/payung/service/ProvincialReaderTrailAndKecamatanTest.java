package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.Region;
import id.payung.domain.RegionLevel;
import id.payung.domain.RegisterFilter;
import id.payung.domain.RegisterSort;
import id.payung.service.facade.PayungServices;
import id.payung.store.PostgresServer;
import id.payung.ui.DirectTaskExecutor;
import id.payung.ui.enrollments.EnrollmentRow;
import id.payung.ui.enrollments.RegisterViewModel;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A provincial reader reads every regency's rows (trial, session 18): Jejak audit names each entry's regency beside
 * its login (a login's name alone does not say whose clerk it is), and so does {@code payung export audit}, in a
 * last column; the register's kecamatan filter names each kecamatan's regency (one name may be a kecamatan of two)
 * and finds the one chosen, by its code. A regency's clerk reads their own regency's only: no regency named.
 */
@Tag("postgres")
@ExtendWith({PostgresServer.class, ServerFixture.AcrossRegencies.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvincialReaderTrailAndKecamatanTest {
    /** Satar Mese of Manggarai (shipped list); {@link ServerFixture#SATAR_MESE_MB} is Manggarai Barat's. */
    private static final String SATAR_MESE = "53.10.05";
    private final ServerFixture server;

    ProvincialReaderTrailAndKecamatanTest(ServerFixture server) {
        this.server = server;
    }

    @BeforeAll
    void seed() throws Exception {
        server.seedSatarMeseInBothRegencies();
        try (PayungServices s = server.services(server.yosef())) {
            s.cohorts().add(new CohortService.Input("APBD-PROV-NTT", 2026, id.payung.domain.Segment.BPU,
                    ServerFixture.SATAR_MESE_MB, null, 40L, "Musrenbang Satar Mese"));
        }
    }

    @Test
    void theReadersTrailNamesEachEntrysRegencyBesideItsLogin() {
        try (PayungServices s = server.services(server.ntt())) {
            assertThat(s.audit().showsRegencies()).isTrue();
            List<AuditRecord> rows = AuditSearchTest.all(s.audit(), AuditFilter.ALL);
            assertThat(rows).filteredOn(r -> r.change().actor().equals(server.siti())).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.regency()).isEqualTo("Kabupaten Manggarai"));
            assertThat(rows).filteredOn(r -> r.change().actor().equals(server.yosef())).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.regency()).isEqualTo("Kabupaten Manggarai Barat"));
        }
        try (PayungServices s = server.services(server.siti())) {
            assertThat(s.audit().showsRegencies()).as("a clerk reads one regency's trail").isFalse();
            assertThat(AuditSearchTest.all(s.audit(), AuditFilter.ALL)).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.regency()).isNull());
        }
    }

    @Test
    void theReadersExportNamesTheRegencyInALastColumn(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        List<CSVRecord> rows;
        java.nio.file.Path sheet = dir.resolve("jejak.xlsx");
        try (PayungServices s = server.services(server.ntt())) {
            rows = csv(s);
            s.exports().auditTrail(AuditFilter.ALL, sheet, id.payung.ui.I18n.bundle(id.payung.ui.I18n.INDONESIAN),
                    WorkSteps.NONE);
        }
        // The window's file as well (Jejak audit → Ekspor): the regency last.
        try (org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(sheet.toFile());
             java.util.stream.Stream<org.dhatim.fastexcel.reader.Row> table = wb.getFirstSheet().openStream()) {
            List<List<String>> cells = table.map(r -> r.stream().map(c -> c == null ? "" : c.getText()).toList()).toList();
            assertThat(cells.get(0)).startsWith("Waktu", "Oleh").last().isEqualTo("Kabupaten/kota");
            assertThat(cells).filteredOn(r -> r.get(1).equals(server.yosef())).isNotEmpty()
                    .allSatisfy(r -> assertThat(r).last().isEqualTo("Kabupaten Manggarai Barat"));
        }
        List<String> header = rows.get(0).toList();
        assertThat(header.subList(0, AuditService.CSV_HEADER.size())).as("the stored columns keep their places")
                .isEqualTo(AuditService.CSV_HEADER);
        assertThat(header).last().isEqualTo("regency");
        assertThat(rows.subList(1, rows.size())).filteredOn(r -> r.get(2).equals(server.siti())).isNotEmpty()
                .allSatisfy(r -> assertThat(r.get(header.size() - 1)).isEqualTo("Kabupaten Manggarai"));
        assertThat(rows.subList(1, rows.size())).filteredOn(r -> r.get(2).equals(server.yosef())).isNotEmpty()
                .allSatisfy(r -> assertThat(r.get(header.size() - 1)).isEqualTo("Kabupaten Manggarai Barat"));

        try (PayungServices s = server.services(server.yosef())) {
            rows = csv(s);
        }
        assertThat(rows.get(0).toList()).as("a clerk's file as before").isEqualTo(AuditService.CSV_HEADER);
    }

    @Test
    void theReadersKecamatanAreNamedWithTheirRegencyAndFoundByCode() {
        try (PayungServices s = server.services(server.ntt())) {
            assertThat(s.reference().localRegions()).filteredOn(r -> r.level() == RegionLevel.KECAMATAN)
                    .filteredOn(r -> r.name().equals("Satar Mese")).extracting(Region::code)
                    .containsExactly(SATAR_MESE, ServerFixture.SATAR_MESE_MB);
            RegisterViewModel register = new RegisterViewModel(s.register(), s.enrollments(), s.reference(),
                    s.exports(), new DirectTaskExecutor(), TestData.CLOCK);
            register.load();
            assertThat(register.rows()).hasSize(2);
            Region manggarai = region(register, SATAR_MESE);
            Region barat = region(register, ServerFixture.SATAR_MESE_MB);
            assertThat(register.regencyOf(manggarai)).isEqualTo("Kabupaten Manggarai");
            assertThat(register.regencyOf(barat)).isEqualTo("Kabupaten Manggarai Barat");

            register.regionProperty().set(barat);
            assertThat(register.rows()).extracting(EnrollmentRow::name).containsExactly("Kornelis Jehadu");
            register.regionProperty().set(manggarai);
            assertThat(register.rows()).extracting(EnrollmentRow::name).containsExactly("Maria Jelita");
            assertThat(s.register().page(
                    new RegisterFilter(null, null, null, ServerFixture.SATAR_MESE_MB, null, null, null, false),
                    RegisterSort.defaultOrder(), null, 100).rows()).hasSize(1);
        }
        try (PayungServices s = server.services(server.siti())) {
            assertThat(s.reference().localRegencies()).as("a clerk's kecamatan are their own regency's").isEmpty();
            RegisterViewModel register = new RegisterViewModel(s.register(), s.enrollments(), s.reference(),
                    s.exports(), new DirectTaskExecutor(), TestData.CLOCK);
            register.load();
            assertThat(register.regencyOf(region(register, SATAR_MESE))).isNull();
        }
    }

    /**
     * Trial 19: the reader's "Oleh" choice named the logins alone (maria, siti): each is named with the regency its
     * entries are of, as the Kabupaten/kota column names them; a clerk's choice lists the logins as they are.
     */
    @Test
    void theReadersActorChoiceNamesEachLoginsRegency() {
        java.util.ResourceBundle words = id.payung.ui.I18n.bundle(id.payung.ui.I18n.INDONESIAN);
        try (PayungServices s = server.services(server.ntt())) {
            assertThat(s.audit().actorRegencies()).containsEntry(server.siti(), List.of("Kabupaten Manggarai"))
                    .containsEntry(server.yosef(), List.of("Kabupaten Manggarai Barat"));
            id.payung.ui.audit.AuditViewModel trail = new id.payung.ui.audit.AuditViewModel(s.audit(), s.exports(),
                    s.reference(), new DirectTaskExecutor());
            trail.reload();
            assertThat(trail.actors()).contains(server.siti(), server.yosef());
            assertThat(trail.actorText(server.siti(), words)).isEqualTo(server.siti() + " (Kabupaten Manggarai)");
            assertThat(trail.actorText(server.yosef(), words))
                    .isEqualTo(server.yosef() + " (Kabupaten Manggarai Barat)");
            assertThat(trail.actorText(server.yosef(), id.payung.ui.I18n.bundle(java.util.Locale.ENGLISH)))
                    .isEqualTo(server.yosef() + " (Kabupaten Manggarai Barat)");
        }
        try (PayungServices s = server.services(server.siti())) {
            assertThat(s.audit().actorRegencies()).as("a clerk reads one regency's trail").isEmpty();
            id.payung.ui.audit.AuditViewModel trail = new id.payung.ui.audit.AuditViewModel(s.audit(), s.exports(),
                    s.reference(), new DirectTaskExecutor());
            trail.reload();
            assertThat(trail.actors()).contains(server.siti());
            assertThat(trail.actorText(server.siti(), words)).isEqualTo(server.siti());
        }
    }

    /**
     * Trial 19: the reader's register column Kecamatan and the cohorts named "Satar Mese" for both regencies' kecamatan
     * of that name: each is named with its regency, as the filter names it; a clerk's as before.
     */
    @Test
    void theReadersKecamatanColumnAndCohortsNameTheRegency() {
        java.util.ResourceBundle words = id.payung.ui.I18n.bundle(id.payung.ui.I18n.INDONESIAN);
        try (PayungServices s = server.services(server.ntt())) {
            RegisterViewModel register = new RegisterViewModel(s.register(), s.enrollments(), s.reference(),
                    s.exports(), new DirectTaskExecutor(), TestData.CLOCK);
            register.load();
            assertThat(register.rows()).extracting(r -> r.name() + ": " + register.kecamatanText(r.kecamatan(),
                    r.kecamatanCode(), words)).containsExactlyInAnyOrder(
                    "Maria Jelita: Satar Mese (Kabupaten Manggarai)",
                    "Kornelis Jehadu: Satar Mese (Kabupaten Manggarai Barat)");
            id.payung.ui.enrollments.CohortsViewModel cohorts = new id.payung.ui.enrollments.CohortsViewModel(
                    s.register(), s.cohorts(), new DirectTaskExecutor(), TestData.CLOCK);
            cohorts.load();
            assertThat(cohorts.cohorts()).filteredOn(c -> ServerFixture.SATAR_MESE_MB.equals(c.kecamatanCode()))
                    .extracting(c -> register.kecamatanText(c.kecamatan(), c.kecamatanCode(), words))
                    .containsExactly("Satar Mese (Kabupaten Manggarai Barat)");
            assertThat(register.kecamatanText(null, null, words)).as("no kecamatan: none").isNull();
        }
        try (PayungServices s = server.services(server.siti())) {
            RegisterViewModel register = new RegisterViewModel(s.register(), s.enrollments(), s.reference(),
                    s.exports(), new DirectTaskExecutor(), TestData.CLOCK);
            register.load();
            assertThat(register.rows()).extracting(r -> register.kecamatanText(r.kecamatan(), r.kecamatanCode(), words))
                    .containsExactly("Satar Mese");
        }
    }

    private static Region region(RegisterViewModel register, String code) {
        return register.regionChoices().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    private static List<CSVRecord> csv(PayungServices s) throws Exception {
        StringWriter out = new StringWriter();
        s.audit().exportCsv(out);
        String text = out.toString().replace("\uFEFF", "");
        return CSVFormat.DEFAULT.builder().setDelimiter(';').build().parse(new StringReader(text)).getRecords();
    }
}
