package id.payung.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.FormProblem.Field;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The number of months one enrollment may be entered for is one rule ({@link EnrollmentRules#MAX_MONTHS}, five
 * years; a warning above twelve): the form, an import's rows, {@code --months} and the service all ask it. Here its
 * edges, and that a period given by its last month is held to the same count as a typed one.
 */
class EnrollmentMonthsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final YearMonth JAN = YearMonth.of(2026, 1);

    private static EnrollmentForm form(YearMonth first, YearMonth last) {
        return new EnrollmentForm("5310015204850001", "Maria", Sex.P, "Ruteng", LocalDate.of(1985, 4, 12), "Jl. Motang Rua",
                "53.10.12", "OJEK", null, null, "APBD-KAB-MGR", Segment.BPU, Set.of(Programme.JKK, Programme.JKM),
                1_000_000L, first, last, null);
    }

    private static List<FormProblem> monthsProblems(EnrollmentForm f) {
        return EnrollmentRules.check(f, "5310", TODAY).stream().filter(p -> p.field() == Field.MONTHS).toList();
    }

    @Test
    void fiveYearsAtMostAndAWarningAboveTwelveMonths() {
        assertThat(EnrollmentRules.MAX_MONTHS).isEqualTo(60);
        assertThat(EnrollmentRules.monthsAllowed(0)).isFalse();
        assertThat(EnrollmentRules.monthsAllowed(-1)).isFalse();
        assertThat(EnrollmentRules.monthsAllowed(1)).isTrue();
        assertThat(EnrollmentRules.monthsAllowed(60)).isTrue();
        assertThat(EnrollmentRules.monthsAllowed(61)).isFalse();
        assertThat(EnrollmentRules.monthsAllowed(1200)).isFalse();
        assertThat(EnrollmentRules.monthsUnusual(12)).isFalse();
        assertThat(EnrollmentRules.monthsUnusual(13)).isTrue();
        assertThat(EnrollmentRules.monthsUnusual(61)).as("refused, not merely unusual").isFalse();

        assertThat(EnrollmentRules.monthsProblem(12)).isEmpty();
        assertThat(EnrollmentRules.monthsProblem(13)).hasValue(FormProblem.warning(Field.MONTHS, "MONTHS_OVER_12"));
        assertThat(EnrollmentRules.monthsProblem(60)).hasValue(FormProblem.warning(Field.MONTHS, "MONTHS_OVER_12"));
        for (long refused : new long[] {0, -3, 61, 999, 1200}) {
            assertThat(EnrollmentRules.monthsProblem(refused)).as("%d months", refused)
                    .hasValue(FormProblem.error(Field.MONTHS, "MONTHS_RANGE", 60));
        }
    }

    @Test
    void aPeriodGivenByItsLastMonthIsHeldToTheSameCount() {
        for (int n = 1; n <= 70; n++) {
            YearMonth last = JAN.plusMonths(n - 1L);
            List<FormProblem> errors = monthsProblems(form(JAN, last)).stream().filter(FormProblem::error).toList();
            assertThat(errors.isEmpty()).as("%d months (01/2026–%s)", n, last).isEqualTo(EnrollmentRules.monthsAllowed(n));
        }
        assertThat(monthsProblems(form(JAN, JAN.plusMonths(60)))).containsExactly(
                FormProblem.error(Field.MONTHS, "PERIOD_TOO_LONG", "61", "60"));
        // Thousands grouped the id-ID way, as every number a clerk reads.
        assertThat(monthsProblems(form(JAN, JAN.plusMonths(1199)))).containsExactly(
                FormProblem.error(Field.MONTHS, "PERIOD_TOO_LONG", "1.200", "60"));
        assertThat(monthsProblems(form(JAN, null))).as("open-ended: no count to hold").isEmpty();
        // Ended by today (03/2026): an old list's fact, said but taken; one that reaches past this month is refused.
        assertThat(monthsProblems(form(YearMonth.of(2019, 1), YearMonth.of(2025, 12)))).containsExactly(
                FormProblem.warning(Field.MONTHS, "PERIOD_LONG_ENDED", "84", "60"));
        assertThat(monthsProblems(form(YearMonth.of(2019, 1), YearMonth.of(2026, 3)))).extracting(FormProblem::code)
                .as("ending this month has run its course").containsExactly("PERIOD_LONG_ENDED");
        assertThat(monthsProblems(form(YearMonth.of(2019, 1), YearMonth.of(2026, 4)))).extracting(FormProblem::error)
                .as("next month still to come").containsExactly(true);
        assertThat(EnrollmentRules.check(form(JAN, JAN.plusMonths(23)), "5310", TODAY)).as("24 months are allowed")
                .noneMatch(FormProblem::error);
    }

    /** A correction's period against the saved one: kept, never refused; changed, judged as new (today 03/2026). */
    @Test
    void aCorrectedPeriodIsJudgedAgainstTheSavedOne() {
        YearMonth from = YearMonth.of(2019, 1);
        assertThat(EnrollmentRules.periodProblem(from, YearMonth.of(2025, 6), from, YearMonth.of(2025, 12), TODAY))
                .as("shortened, ended").contains(FormProblem.warning(Field.MONTHS, "PERIOD_LONG_ENDED", "78", "60"));
        assertThat(EnrollmentRules.periodProblem(from, YearMonth.of(2027, 12), from, YearMonth.of(2027, 12), TODAY))
                .as("kept as saved, still running").isEmpty();
        assertThat(EnrollmentRules.periodProblem(from, YearMonth.of(2027, 6), from, YearMonth.of(2027, 12), TODAY))
                .as("shortened, still running beyond 60").contains(
                        FormProblem.error(Field.MONTHS, "PERIOD_TOO_LONG", "102", "60"));
        assertThat(EnrollmentRules.periodProblem(from, YearMonth.of(2027, 12), null, null, TODAY)).as("a new entry")
                .contains(FormProblem.error(Field.MONTHS, "PERIOD_TOO_LONG", "108", "60"));
    }
}
