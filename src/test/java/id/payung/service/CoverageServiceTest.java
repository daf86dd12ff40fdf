package id.payung.service;

import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import static id.payung.service.BreakdownData.CIBAL;
import static id.payung.service.BreakdownData.LANGKE_REMBONG;
import static id.payung.service.BreakdownData.RUTENG;
import static id.payung.service.BreakdownData.WAE_RII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import id.payung.domain.KecamatanCoverage;
import id.payung.domain.UcjCoverage;
import id.payung.service.facade.PayungServices;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The UCJ coverage per kecamatan on {@link BreakdownData}, with denominators entered as the office would. */
class CoverageServiceTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    /** The engine this class runs on; its PostgreSQL twin says otherwise. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    private static KecamatanCoverage row(UcjCoverage c, String code) {
        return c.kecamatan().stream().filter(k -> k.kecamatanCode().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void numeratorIsTheProtectedBpuWorkersOfEveryFunder() {
        try (PayungServices s = BreakdownData.open(engine)) {
            UcjCoverage c = s.coverage().coverage(2026);

            // Rofinus is a village official (PU): not in UCJ, so Cibal has nobody. Unknown: the province's 50. Maria,
            // one of the regency's 100 declared in Ruteng, keeps her Langke Rembong: Ruteng has the other 99 + Agnes.
            assertThat(c.kecamatan()).hasSize(12);
            assertThat(c.kecamatan()).extracting(KecamatanCoverage::kecamatanCode, KecamatanCoverage::protectedWorkers)
                    .contains(tuple(RUTENG, 100L), tuple(WAE_RII, 2L), tuple(LANGKE_REMBONG, 2L), tuple(CIBAL, 0L));
            assertThat(c.unknownKecamatan()).isEqualTo(50);
            assertThat(c.regionProtected()).isEqualTo(154);
            // Nothing entered yet: no percentage anywhere (shown as "—", never 0 %).
            assertThat(c.kecamatan()).allSatisfy(k -> assertThat(k.percent()).isNull());
            assertThat(c.missingDenominators()).isEqualTo(12);
            assertThat(c.regionPercent()).isNull();
        }
    }

    @Test
    void enteredDenominatorsGivePercentagesAndTheRegionTotalOnceComplete() {
        try (PayungServices s = BreakdownData.open(engine)) {
            s.coverage().saveDenominators(2026, Map.of(RUTENG, 2020L, WAE_RII, 40L));

            UcjCoverage c = s.coverage().coverage(2026);
            assertThat(row(c, RUTENG).percent()).isCloseTo(100.0 * 100 / 2020, within(1e-9)); // 100 ÷ 2.020
            assertThat(row(c, WAE_RII).percent()).isCloseTo(5.0, within(1e-9));    // 2 ÷ 40
            assertThat(row(c, LANGKE_REMBONG).percent()).isNull();
            assertThat(c.missingDenominators()).isEqualTo(10);
            assertThat(c.regionPercent()).isNull();

            Map<String, Long> rest = new HashMap<>();
            c.kecamatan().stream().filter(k -> k.informalWorkers() == null).forEach(k -> rest.put(k.kecamatanCode(), 1000L));
            s.coverage().saveDenominators(2026, rest);

            UcjCoverage full = s.coverage().coverage(2026);
            assertThat(full.regionInformalWorkers()).isEqualTo(12_060L); // 2.020 + 40 + 10 × 1.000
            assertThat(full.regionPercent()).isCloseTo(100.0 * 154 / 12_060, within(1e-9)); // 1,3 %
            assertThat(row(full, CIBAL).percent()).isEqualTo(0.0);
            assertThat(s.coverage().coverage(2025).missingDenominators()).isEqualTo(12); // numbers are per year
        }
    }

    @Test
    void changesAreSavedTogetherAndAudited() throws Exception {
        try (PayungServices s = BreakdownData.open(engine)) {
            s.coverage().saveDenominators(2026, Map.of(RUTENG, 2020L, WAE_RII, 40L));
            Map<String, Long> change = new HashMap<>();
            change.put(RUTENG, 2500L);   // corrected
            change.put(WAE_RII, null);   // withdrawn
            change.put(CIBAL, null);     // had none: nothing to do
            s.coverage().saveDenominators(2026, change);

            assertThat(s.coverage().denominators(2026)).containsExactly(Map.entry(RUTENG, 2500L));
            java.io.StringWriter csv = new java.io.StringWriter();
            s.audit().exportCsv(csv);
            // A CSV for Indonesian Excel (ExcelCsv): a BOM, ";" between cells.
            assertThat(csv.toString()).startsWith("\uFEFF");
            var entries = org.apache.commons.csv.CSVFormat.RFC4180.builder().setDelimiter(';').setHeader()
                    .setSkipHeaderRecord(true).get().parse(new java.io.StringReader(csv.toString().substring(1)))
                    .getRecords().stream()
                    .filter(r -> r.get("entity").equals("coverage_denominator")).toList();
            assertThat(entries).extracting(e -> e.get("action") + " " + e.get("entity_id")).containsExactly(
                    "INSERT 53.10.01/2026", "INSERT 53.10.03/2026", "DELETE 53.10.01/2026", "UPDATE 53.10.03/2026");
            assertThat(entries.get(3).get("before")).contains("\"informal_workers\":2020");
            assertThat(entries.get(3).get("after")).contains("\"informal_workers\":2500");
            assertThat(entries.get(2).get("after")).isEmpty();
        }
    }

    @Test
    void badNumbersSaveNothing() {
        try (PayungServices s = BreakdownData.open(engine)) {
            assertThatThrownBy(() -> s.coverage().saveDenominators(2026, Map.of(RUTENG, 2020L, WAE_RII, 0L)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(p -> p.code() + " " + p.args()).containsExactly("COVERAGE_NOT_POSITIVE [Wae Rii]"));
            assertThatThrownBy(() -> s.coverage().saveDenominators(2026, Map.of("53.10.99", 10L)))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> s.coverage().saveDenominators(1999, Map.of(RUTENG, 10L)))
                    .isInstanceOf(InvalidInputException.class);
            assertThat(s.coverage().denominators(2026)).isEmpty();
        }
    }

    @Test
    void theSeededYear2025IsAllOfUnknownKecamatan() {
        try (PayungServices s = engine.services()) {
            UcjCoverage c = s.coverage().coverage(2025);
            assertThat(c.unknownKecamatan()).isEqualTo(5280);
            assertThat(c.kecamatan()).allSatisfy(k -> assertThat(k.protectedWorkers()).isZero());
        }
    }
}
