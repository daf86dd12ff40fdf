package id.payung.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A child in a workers' list (trial 18-1 L9: a 14-year-old imported as a worker without a word) is said, never refused:
 * nearly always a wrong birth date or a child's NIK from the family card.
 */
class ChildAgeTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static EnrollmentForm born(String nik, LocalDate birth, YearMonth first) {
        return new EnrollmentForm(nik, "Anak Kecil", Sex.L, "Ruteng", birth, null, "53.10.12", "PETANI", null, null,
                "APBD-KAB-MGR", Segment.BPU, Set.of(Programme.JKK, Programme.JKM), 1_000_000L, first, first.plusMonths(11), null);
    }

    @Test
    void underFifteenWhenTheCoverageStartsIsAWarningWithTheAge() {
        var problems = EnrollmentRules.check(born("5310011212120001", LocalDate.of(2012, 12, 12), YearMonth.of(2026, 1)),
                "5310", TODAY);

        assertThat(problems).containsExactly(FormProblem.warning(FormProblem.Field.BIRTH_DATE, "UNDER_WORKING_AGE", 13,
                "01/2026"));
        assertThat(problems).noneMatch(FormProblem::error);
    }

    @Test
    void fifteenOnTheFirstDayOfCoverageIsNoChild() {
        assertThat(EnrollmentRules.check(born("5310010101110001", LocalDate.of(2011, 1, 1), YearMonth.of(2026, 1)),
                "5310", TODAY)).isEmpty();
        assertThat(EnrollmentRules.check(born("5310010201110001", LocalDate.of(2011, 1, 2), YearMonth.of(2026, 1)),
                "5310", TODAY)).containsExactly(FormProblem.warning(FormProblem.Field.BIRTH_DATE, "UNDER_WORKING_AGE", 14,
                "01/2026"));
        assertThat(EnrollmentRules.check(born("5310011204850001", LocalDate.of(1985, 4, 12), YearMonth.of(2026, 1)),
                "5310", TODAY)).isEmpty();
    }
}
