package id.payung.service.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.payung.domain.EnrollmentSummary;
import id.payung.domain.FormProblem;
import id.payung.domain.FunderCost;
import id.payung.domain.Region;
import id.payung.domain.RegionLevel;
import id.payung.domain.RegisterFilter;
import id.payung.domain.RegisterSort;
import id.payung.domain.Segment;
import id.payung.service.facade.PayungServices;
import id.payung.store.Database;
import id.payung.store.Dialect;
import id.payung.store.RegionRepository;
import id.payung.store.TestEngine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A village's list of its officials (perangkat desa), paid from the village budget: wage earners (PU), costed at
 * the PU rate of the shipped rate rules (JKK 0,24 % + JKM 0,30 % of the wage), never at the BPU package.
 */
class VillageOfficialImportTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    /** The engine this class runs on; its PostgreSQL twin says otherwise. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    @TempDir
    Path dir;

    private PayungServices open() {
        engine.services().close(); // seeded first, as a new database is
        try (Database db = engine.open()) {
            db.write(tx -> {
                new RegionRepository().insertIfAbsent(tx, new Region("53.10.03.2002", "Cumbi", RegionLevel.DESA, "53.10.03"));
                return null;
            });
        }
        return engine.services();
    }

    /** The trial's village list: two officials, no Segmen column, unless {@code segments} gives one per row. */
    private Path list(String... segments) throws Exception {
        String head = "NIK;Nama;Desa;Kecamatan;Pekerjaan" + (segments.length > 0 ? ";Segmen" : "") + "\r\n";
        String[] rows = {"5310015204850001;Maria Jelita;Cumbi;Ruteng;Perangkat desa",
            "5310011205850002;Yohanes Jehadu;Cumbi;Ruteng;Perangkat desa"};
        StringBuilder text = new StringBuilder(head);
        for (int i = 0; i < rows.length; i++) {
            text.append(rows[i]).append(segments.length > 0 ? ";" + segments[i] : "").append("\r\n");
        }
        Path csv = dir.resolve("apbdes.csv");
        Files.write(csv, text.toString().getBytes(StandardCharsets.UTF_8));
        return csv;
    }

    private static ImportOptions apbdes2025() {
        return ImportOptions.defaults().withFunder("APBDES-MGR").withPeriod(YearMonth.of(2025, 1), 12);
    }

    private static List<EnrollmentSummary> register(PayungServices s) {
        return s.register().page(RegisterFilter.all(), new RegisterSort(RegisterSort.Column.NAME, true), null, 100).rows();
    }

    private static long cost2025(PayungServices s, String funder) {
        return s.budget().costs(2025).stream().filter(c -> c.funderCode().equals(funder)).mapToLong(FunderCost::costRp)
                .sum();
    }

    @Test
    void perangkatDesaWithoutASegmenColumnArePuAndCostedAtThePuRate() throws Exception {
        try (PayungServices s = open()) {
            long ucjBefore = s.coverage().coverage(2025).regionProtected();

            ImportService.Report r = s.imports().importFile(list(), apbdes2025(), ImportService.Progress.NONE);

            // Costed on an assumed wage, which the list does not give: said on each row (a warning, never a refusal).
            assertThat(r.problems()).extracting(p -> p.problem().code(), p -> p.problem().error())
                    .containsOnly(tuple("IMPORT_PU_ASSUMED_WAGE", false)).hasSize(2);
            assertThat(r.imported()).isEqualTo(2);
            assertThat(register(s)).extracting(EnrollmentSummary::fullName, EnrollmentSummary::segment).containsExactly(
                    tuple("Maria Jelita", Segment.PU), tuple("Yohanes Jehadu", Segment.PU));
            // 2 × Rp 5.400 (JKK 0,24 % + JKM 0,30 % of Rp 1.000.000) × 12 months, not 2 × 16.800 × 12 = 403.200.
            assertThat(cost2025(s, "APBDES-MGR")).isEqualTo(129_600);
            assertThat(s.coverage().coverage(2025).regionProtected()).as("UCJ counts BPU workers only")
                    .isEqualTo(ucjBefore);
        }
    }

    @Test
    void aSegmenColumnWinsAndBpuForPerangkatDesaIsWarnedOnItsRow() throws Exception {
        try (PayungServices s = open()) {
            ImportService.Report r = s.imports().importFile(list("BPU", "PU"), apbdes2025(), ImportService.Progress.NONE);

            assertThat(r.imported()).as("a warning does not refuse the row").isEqualTo(2);
            assertThat(register(s)).extracting(EnrollmentSummary::fullName, EnrollmentSummary::segment).containsExactly(
                    tuple("Maria Jelita", Segment.BPU), tuple("Yohanes Jehadu", Segment.PU));
            assertThat(r.problems()).extracting(RowProblem::row, RowProblem::column, p -> p.problem().code(),
                    p -> p.problem().error()).containsExactly(tuple(2, "Segmen", "VILLAGE_OFFICIAL_BPU", false),
                    tuple(3, "", "IMPORT_PU_ASSUMED_WAGE", false));
            // The list has no wage column: the problem list names it in the clerk's words, not as INCOME.
            java.util.ResourceBundle words = java.util.ResourceBundle.getBundle("i18n.messages", java.util.Locale.ROOT,
                    java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
            assertThat(r.problems().get(1).columnShown(f -> words.getString("field." + f.name())))
                    .isEqualTo("Penghasilan");
            assertThat(r.problems().get(0).columnShown(f -> words.getString("field." + f.name()))).isEqualTo("Segmen");
            assertThat(r.problems().get(0).problem().field()).isEqualTo(FormProblem.Field.SEGMENT);
            assertThat(cost2025(s, "APBDES-MGR")).as("one at the BPU package, one at the PU rate")
                    .isEqualTo(16_800 * 12 + 5_400 * 12);
        }
    }
}
