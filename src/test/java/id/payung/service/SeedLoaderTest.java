package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.Event;
import id.payung.domain.EventKind;
import id.payung.domain.RateRule;
import id.payung.store.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedLoaderTest {
    @TempDir
    Path dir;

    @Test
    void aNewDatabaseHoldsTheSeededReferenceData() {
        try (PayungServices services = TestData.seeded(dir)) {
            assertThat(services.reference().fundingSources()).extracting(f -> f.code())
                    .contains("APBD-PROV-NTT", "APBD-KAB-MGR", "APBDES-MGR", "APBN", "CSR", "MANDIRI");
            Event award = services.reference().events().stream().filter(e -> e.kind() == EventKind.AWARD)
                    .findFirst().orElseThrow();
            assertThat(award.date()).isEqualTo(LocalDate.of(2025, 9, 25));
            assertThat(award.giver()).contains("Kemenko PMK", "Kemenaker", "Kemendagri", "BPJS Ketenagakerjaan");
            assertThat(award.presenter()).startsWith("Arief Wahyudhi");
            assertThat(award.recipient()).startsWith("Fabianus Abu");
            assertThat(award.witnesses()).hasSize(3).anySatisfy(w -> assertThat(w).startsWith("Lambertus Paput"))
                    .anySatisfy(w -> assertThat(w).startsWith("Frederikus I. Dicky Jenarut"))
                    .anySatisfy(w -> assertThat(w).startsWith("Rommi Radjalangu"));
        }
    }

    @Test
    void standardBpuPackageIsSixteenThousandEightHundredRupiah() {
        try (PayungServices services = TestData.seeded(dir)) {
            var rules = services.reference().rateRules();
            RateRule jkk = rules.stream().filter(r -> r.code().equals("BPU-JKK")).findFirst().orElseThrow();
            RateRule jkm = rules.stream().filter(r -> r.code().equals("BPU-JKM")).findFirst().orElseThrow();
            long jkkAtLowestIncome = jkk.percent().multiply(java.math.BigDecimal.valueOf(1_000_000))
                    .divide(java.math.BigDecimal.valueOf(100)).longValueExact();
            assertThat(jkkAtLowestIncome + jkm.amountRp()).isEqualTo(16_800);
            assertThat(rules).filteredOn(r -> r.kind() == RateRule.RateKind.DISCOUNT_PERCENT)
                    .allSatisfy(r -> assertThat(r.funderTypes()).noneMatch(t -> t.isGovernment()));
        }
    }

    @Test
    void seedsSpeakToUsersNotDevelopers() throws java.io.IOException {
        for (String file : SeedLoader.FILES) {
            try (var in = SeedLoader.class.getResourceAsStream("/seeds/" + file)) {
                String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertThat(text).as(file).doesNotContainPattern("(?i)\\b[\\w-]+\\.(md|java|sql)\\b")
                        .doesNotContain("Plt. Sekretaris Daerah");
            }
        }
        try (PayungServices services = TestData.seeded(dir)) {
            // The 26/01/2026 payout event and the benefits paid are one fact.
            assertThat(services.benefits().ofYear(2026)).hasSize(7).allSatisfy(c -> assertThat(c.paidOn())
                    .isEqualTo(LocalDate.of(2026, 1, 26)));
        }
    }

    @Test
    void loadingAgainAddsNothing() {
        Path file = dir.resolve("payung.db");
        PayungServices.open(file, true, TestData.CLOCK).close();
        try (Database db = Database.open(file, false)) {
            assertThat(new SeedLoader(db, "test").load()).isZero();
            assertThat(new SeedLoader(db, "test").loadIfNew()).isZero();
        }
        try (PayungServices services = PayungServices.open(file, false, TestData.CLOCK)) {
            assertThat(services.dashboard().fundingShares(2025)).hasSize(2);
        }
    }
}
