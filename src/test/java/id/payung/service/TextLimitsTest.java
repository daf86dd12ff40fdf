package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.domain.EnrollmentForm;
import id.payung.domain.EnrollmentRules;
import id.payung.domain.FormProblem;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A million-character address was stored; now every free-text field of a person has a bound, with a message. */
class TextLimitsTest {
    @TempDir
    Path dir;

    @Test
    void aMillionCharacterAddressIsRefusedWithTheField() {
        try (PayungServices s = TestData.seeded(dir)) {
            EnrollmentForm f = TestData.form("5310011205850001", "Andi", "MANDIRI", YearMonth.of(2026, 1), null);
            String huge = "Jl. Ruteng ".repeat(100_000);
            EnrollmentForm withHugeAddress = new EnrollmentForm(f.nik(), f.fullName(), f.sex(), f.birthPlace(), f.birthDate(),
                    huge, f.regionCode(), f.occupationCode(), f.phone(), f.kpj(), f.funderCode(), f.segment(), f.programmes(),
                    f.declaredIncomeRp(), f.firstMonth(), f.lastMonth(), huge);
            assertThatThrownBy(() -> s.enrollments().enrol(withHugeAddress))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(FormProblem::field, FormProblem::code)
                            .contains(org.assertj.core.groups.Tuple.tuple(FormProblem.Field.ADDRESS, "TOO_LONG"),
                                    org.assertj.core.groups.Tuple.tuple(FormProblem.Field.NOTES, "TOO_LONG")));
            assertThat(s.register().counts(id.payung.domain.RegisterFilter.all()).total()).isZero();

            String page = "x".repeat(EnrollmentRules.TEXT_MAX);
            EnrollmentForm atTheLimit = new EnrollmentForm(f.nik(), f.fullName(), f.sex(), page, f.birthDate(), page,
                    f.regionCode(), f.occupationCode(), f.phone(), page, f.funderCode(), f.segment(), f.programmes(),
                    f.declaredIncomeRp(), f.firstMonth(), f.lastMonth(), page);
            long id = s.enrollments().enrol(atTheLimit).enrollmentId();
            assertThat(s.enrollments().form(id).address()).isEqualTo(page);
        }
    }

    @Test
    void monthsInYearZeroOrBeyondFourDigitYearsAreRefusedByTheRules() {
        try (PayungServices s = TestData.seeded(dir)) {
            for (YearMonth[] period : new YearMonth[][] {{YearMonth.of(0, 1), null}, {YearMonth.of(-1, 1), null},
                {YearMonth.of(2026, 1), YearMonth.of(2026, 1).plusMonths(100_000)}}) {
                EnrollmentForm f = TestData.form("5310011205850001", "Andi", "MANDIRI", period[0], period[1]);
                assertThatThrownBy(() -> s.enrollments().enrol(f)).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(FormProblem::code).contains("MONTH_RANGE"));
            }
            assertThat(s.register().counts(id.payung.domain.RegisterFilter.all()).total()).isZero();
        }
    }
}
