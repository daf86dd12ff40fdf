package id.payung.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class CoverageStatusTest {
    private static final YearMonth JAN = YearMonth.of(2025, 1);
    private static final YearMonth DEC = YearMonth.of(2025, 12);

    @Test
    void judgesAPeriodAgainstADay() {
        assertThat(CoverageStatus.of(JAN, DEC, LocalDate.of(2024, 12, 31))).isEqualTo(CoverageStatus.PLANNED);
        assertThat(CoverageStatus.of(JAN, DEC, LocalDate.of(2025, 1, 1))).isEqualTo(CoverageStatus.ACTIVE);
        assertThat(CoverageStatus.of(JAN, DEC, LocalDate.of(2025, 11, 30))).isEqualTo(CoverageStatus.ACTIVE);
        assertThat(CoverageStatus.of(JAN, DEC, LocalDate.of(2025, 12, 1))).isEqualTo(CoverageStatus.ENDING_SOON);
        assertThat(CoverageStatus.of(JAN, DEC, LocalDate.of(2025, 12, 31))).isEqualTo(CoverageStatus.ENDING_SOON);
        assertThat(CoverageStatus.of(JAN, DEC, LocalDate.of(2026, 1, 1))).isEqualTo(CoverageStatus.ENDED);
        assertThat(CoverageStatus.of(JAN, null, LocalDate.of(2030, 6, 1))).isEqualTo(CoverageStatus.ACTIVE);
    }

    @Test
    void endingSoonMeansTheLastCoveredDayIsAtMostThirtyDaysAway() {
        // Last covered day 31/12/2025; 30 days before is 01/12/2025.
        assertThat(CoverageStatus.of(JAN, DEC, LocalDate.of(2025, 11, 30))).isEqualTo(CoverageStatus.ACTIVE);
        assertThat(CoverageStatus.of(JAN, DEC, LocalDate.of(2025, 12, 1))).isEqualTo(CoverageStatus.ENDING_SOON);
    }
}
