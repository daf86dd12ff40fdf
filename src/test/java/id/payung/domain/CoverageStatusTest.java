package id.payung.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class CoverageStatusTest {
    private static final YearMonth JAN = YearMonth.of(2025, 1);
    private static final YearMonth DEC = YearMonth.of(2025, 12);

    @Test
    void judgesAPeriodAgainstAMonth() {
        assertThat(CoverageStatus.of(JAN, DEC, YearMonth.of(2024, 12))).isEqualTo(CoverageStatus.PLANNED);
        assertThat(CoverageStatus.of(JAN, DEC, JAN)).isEqualTo(CoverageStatus.ACTIVE);
        assertThat(CoverageStatus.of(JAN, DEC, DEC)).isEqualTo(CoverageStatus.ACTIVE);
        assertThat(CoverageStatus.of(JAN, DEC, YearMonth.of(2026, 1))).isEqualTo(CoverageStatus.ENDED);
        assertThat(CoverageStatus.of(JAN, null, YearMonth.of(2030, 6))).isEqualTo(CoverageStatus.ACTIVE);
    }
}
