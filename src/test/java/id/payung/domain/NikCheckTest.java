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
            5310011205850123.0 | EXCEL_DECIMAL       | null | null
            '5310011205850123,00' | EXCEL_DECIMAL    | null | null
            5310.0112.0585.0123 | null               | L | 1985-05-12
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

    /** The latest birth date not after today: the century is never a guess into the future. */
    @ParameterizedTest(name = "{0} on {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            5310012612260001 | 2026-12-05 | 1926-12-26
            5310010512260001 | 2026-12-05 | 2026-12-05
            5310010612260001 | 2026-12-05 | 1926-12-06
            5310010112260001 | 2026-11-23 | 1926-12-01
            5310012311260001 | 2026-11-23 | 2026-11-23
            5310010101000001 | 2026-11-23 | 2000-01-01
            5310012902000001 | 2026-11-23 | 2000-02-29
            5310010101990001 | 2026-11-23 | 1999-01-01
            5310010101270001 | 2026-11-23 | 1927-01-01
            """)
    void theCenturyGivesTheLatestBirthDateNotAfterToday(String nik, String today, String birth) {
        NikCheck.Result r = NikCheck.check(nik, "5310", LocalDate.parse(today));

        assertThat(r.problems()).isEmpty();
        assertThat(r.birthDate()).isEqualTo(LocalDate.parse(birth));
    }

    @Test
    void aTwentyNinthOfFebruaryOnlyIn1900IsNoDate() {
        // 29/02/00 is 2000 (a leap year) from 2000 on; before that it would be 1900, which had no 29 February.
        NikCheck.Result r = NikCheck.check("5310012902000001", "5310", LocalDate.of(1999, 12, 31));

        assertThat(r.errors()).extracting(NikProblem::code).containsExactly(Code.NOT_A_DATE);
    }

    private static final RegionCodes KNOWN = java.util.Set.of("53", "53.10", "53.10.01", "53.15", "53.15.01", "32",
            "32.04", "32.04.11")::contains;

    @Test
    void anUnknownProvinceIsAnErrorAnUnknownRegencyOrKecamatanAWarning() {
        NikCheck.Result province = NikCheck.check("9910011205850001", "5310", KNOWN, TODAY);
        assertThat(province.errors()).extracting(NikProblem::code).containsExactly(Code.UNKNOWN_PROVINCE);
        assertThat(province.errors().get(0).args()).containsExactly("99");
        assertThat(province.warnings()).isEmpty(); // not also "outside the regency": the province says it all

        NikCheck.Result regency = NikCheck.check("5399011205850001", "5310", KNOWN, TODAY);
        assertThat(regency.isValid()).isTrue();
        assertThat(regency.warnings()).extracting(NikProblem::code).containsExactly(Code.UNKNOWN_REGENCY, Code.OUTSIDE_REGION);
        assertThat(regency.warnings().get(0).args()).containsExactly("53.99");

        NikCheck.Result kecamatan = NikCheck.check("5310991205850001", "5310", KNOWN, TODAY);
        assertThat(kecamatan.isValid()).isTrue();
        assertThat(kecamatan.warnings()).extracting(NikProblem::code).containsExactly(Code.UNKNOWN_KECAMATAN);
        assertThat(kecamatan.warnings().get(0).args()).containsExactly("53.10.99");

        NikCheck.Result elsewhere = NikCheck.check("3204110609970001", "5310", KNOWN, TODAY);
        assertThat(elsewhere.isValid()).isTrue();
        assertThat(elsewhere.warnings()).extracting(NikProblem::code).containsExactly(Code.OUTSIDE_REGION);

        assertThat(NikCheck.check("5310011205850001", "5310", KNOWN, TODAY).problems()).isEmpty();
        // Without the list, region codes are not judged.
        assertThat(NikCheck.check("9910011205850001", null, TODAY).problems()).isEmpty();
    }

    @Test
    void regionCodesTellTheirLevelByShape() {
        assertThat(RegionCodes.levelOf("53")).isEqualTo(RegionLevel.PROVINCE);
        assertThat(RegionCodes.levelOf("53.10")).isEqualTo(RegionLevel.REGENCY);
        assertThat(RegionCodes.levelOf("53.10.01")).isEqualTo(RegionLevel.KECAMATAN);
        assertThat(RegionCodes.levelOf("53.10.12.1001")).isEqualTo(RegionLevel.KELURAHAN);
        assertThat(RegionCodes.levelOf("53.10.01.2001")).isEqualTo(RegionLevel.DESA);
        assertThat(RegionCodes.levelOf("91.03.01.3007")).isEqualTo(RegionLevel.DESA); // Desa Adat Yoboi, Jayapura
        assertThat(RegionCodes.levelOf("53.10.01.4001")).isNull();
        assertThat(RegionCodes.levelOf("5310")).isNull();
        assertThat(RegionCodes.levelOf("53.1O")).isNull();
        assertThat(RegionCodes.levelOf("kode")).isNull();
        assertThat(RegionCodes.parentOf("53.10.01.2001")).isEqualTo("53.10.01");
        assertThat(RegionCodes.parentOf("53")).isNull();
    }
}
