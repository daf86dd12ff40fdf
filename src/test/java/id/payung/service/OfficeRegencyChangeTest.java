package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.FundingShare;
import id.payung.domain.Segment;
import id.payung.service.facade.PayungServices;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An SQLite file is one office's: its counts do not move when the office corrects its regency, nor when its people
 * live across a regency border (review, 06/12/2026).
 */
class OfficeRegencyChangeTest {
    @TempDir
    Path dir;

    private static long of(PayungServices s, String funder) {
        return s.dashboard().fundingShares(2026).stream().filter(f -> f.funderCode().equals(funder))
                .mapToLong(FundingShare::participants).sum();
    }

    @Test
    void aCohortWithoutKecamatanStillHoldsTheOfficesNamesAfterTheRegencyIsCorrected() {
        try (PayungServices s = TestData.seeded(dir)) {
            String funder = "APBD-KAB-MGR";
            long base = of(s, funder);
            YearMonth jan = YearMonth.of(2026, 1);
            s.enrollments().enrol(TestData.form("5310011204850001", "Satu", funder, jan, null));
            s.enrollments().enrol(TestData.form("5310011204850002", "Dua", funder, jan, null));
            s.enrollments().enrol(TestData.form("5310011204850003", "Tiga", funder, jan, null));
            s.cohorts().add(new CohortService.Input(funder, 2026, Segment.BPU, null, null, base + 10L, null));
            long before = of(s, funder);
            assertThat(before).isEqualTo(base + 10);
            s.useRegency("53.15"); // the office corrects the regency set at init
            assertThat(of(s, funder)).as("same rows, same office, one file").isEqualTo(before); // was 13, expected 10
        }
    }
}
