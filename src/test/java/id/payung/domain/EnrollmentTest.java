package id.payung.domain;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnrollmentTest {
    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> new Enrollment(0, 1, "MANDIRI", Segment.BPU, Set.of(Programme.JKK, Programme.JKM),
                null, YearMonth.of(2025, 6), YearMonth.of(2025, 5), null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before the first");
    }
}
