package id.payung.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.NikProblem.Code;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NikCheckTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static NikCheck.Result check(String nik) {
        return NikCheck.check(nik, "5310", TODAY);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            5310011205850001   | null                | L | 1985-05-12
            5310015205850001   | null                | P | 1985-05-12
            5310014102000007   | null                | P | 2000-02-01
            5310017112990003   | null                | P | 1999-12-31
            5310012902040001   | null                | L | 2004-02-29
            5310016902040001   | null                | P | 2004-02-29
            5310010101250001   | null                | L | 2025-01-01
            5310010101300001   | null                | L | 1930-01-01
            '5310 0112 0585 0001' | null             | L | 1985-05-12
            5310012902050001   | NOT_A_DATE          | null | null
            5310013102850001   | null                | L | 1985-02-31
            5310011213850001   | BAD_MONTH           | null | null
            5310010012850001   | BAD_DAY             | null | null
            5310013212850001   | BAD_DAY             | null | null
            5310017212850001   | BAD_DAY             | null | null
            5310014012850001   | BAD_DAY             | null | null
            5310011205850000   | SERIAL_ZERO         | L | 1985-05-12
            531001120585000    | EXCEL_CUT_DIGITS    | null | null
            5.31012E+15        | EXCEL_SCIENTIFIC    | null | null
            '5,31001E+15'      | EXCEL_SCIENTIFIC    | null | null
            53100112058500011  | WRONG_LENGTH        | null | null
            5310O11205850001   | NOT_DIGITS          | null | null
            ''                 | EMPTY               | null | null
            """)
    void checksTheNik(String nik, String firstError, String sex, String birth) {
        NikCheck.Result r = check(nik);
        if ("1985-02-31".equals(birth)) {
            // 31 February: a day 01–31 that is not a real date.
            assertThat(r.errors()).extracting(NikProblem::code).containsExactly(Code.NOT_A_DATE);
            return;
        }
        if (firstError == null) {
            assertThat(r.isValid()).as(r.problems().toString()).isTrue();
            assertThat(r.problems()).isEmpty();
        } else {
            assertThat(r.isValid()).isFalse();
            assertThat(r.errors().get(0).code()).isEqualTo(Code.valueOf(firstError));
        }
        assertThat(r.sex()).isEqualTo(sex == null ? null : Sex.valueOf(sex));
        assertThat(r.birthDate()).isEqualTo(birth == null ? null : LocalDate.parse(birth));
    }

    @Test
    void aPrefixOutsideTheRegencyIsOnlyAWarning() {
        NikCheck.Result r = check("5315011205850001");

        assertThat(r.isValid()).isTrue();
        assertThat(r.warnings()).extracting(NikProblem::code).containsExactly(Code.OUTSIDE_REGION);
        assertThat(r.warnings().get(0).args()).containsExactly("53.15");
    }

    @Test
    void crossChecksSexAndBirthDateEnteredBesideIt() {
        NikCheck.Result r = NikCheck.check("5310015205850001", "5310", TODAY, Sex.L, LocalDate.of(1985, 5, 13));

        assertThat(r.errors()).extracting(NikProblem::code).containsExactly(Code.SEX_MISMATCH, Code.BIRTH_DATE_MISMATCH);
        assertThat(r.errors().get(1).args()).allSatisfy(a -> assertThat(a).matches("\\d{2}/\\d{2}/\\d{4}"));
        assertThat(NikCheck.check("5310015205850001", "5310", TODAY, Sex.P, LocalDate.of(1985, 5, 12)).problems()).isEmpty();
    }

    @Test
    void aBirthDateInTheFutureIsRefused() {
        NikCheck.Result r = check("5310010112260001");

        assertThat(r.errors()).extracting(NikProblem::code).containsExactly(Code.FUTURE_BIRTH);
    }
}
