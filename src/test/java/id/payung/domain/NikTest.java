package id.payung.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

public class NikTest {
    /**
     * Every way a NIK was accepted before there was one cleaning: by the import (Excel's apostrophe, quotes,
     * no-break spaces from a PDF or a web page, dots, dashes), by the form and the command line (Java's white
     * space, dots, dashes), and what a paste brings along (a byte-order mark, a zero-width space).
     */
    public static final List<String> WRITTEN = List.of(
            "'5310015204850001", "\u20185310015204850001", "5310 0152 0485 0001", "5310.0152.0485.0001",   // import
            "531001\u00a0520485\u00a00001", "5310\u202f0152\u202f0485\u202f0001", " 5310015204850001 ",
            "53-10-01-520485-0001",
            "5310\t0152\n0485 0001", "5310 - 0152 - 0485 - 0001", "5310.0152 0485-0001",              // form, CLI
            "\uFEFF5310015204850001", "5310\u200B0152\u20070485\u00a00001", "\"5310015204850001\"",     // pasted
            "\u201C5310 0152 0485 0001\u201D", "'5310\u00a00152\u00a00485\u00a00001");

    @Test
    void everyWayANikWasAcceptedIsItsSixteenDigits() {
        for (String written : WRITTEN) {
            assertThat(Nik.strip(written)).as(written).isEqualTo("5310015204850001");
        }
        assertThat(Nik.strip("5310015204850001")).isEqualTo("5310015204850001");
        assertThat(Nik.strip(null)).isEmpty();
        assertThat(Nik.strip(" \u00a0 ")).isEmpty();
    }

    @Test
    void anythingElseIsKeptForTheNikCheckToName() {
        assertThat(Nik.strip("5.31001E+15")).as("Excel's damage").isEqualTo("5.31001E+15");
        assertThat(Nik.strip(" '5310-0152-abc ")).isEqualTo("5310-0152-abc");
        assertThat(NikCheck.check("5.31001E+15", "5310", LocalDate.of(2026, 11, 23)).problems())
                .extracting(NikProblem::code).containsExactly(NikProblem.Code.EXCEL_SCIENTIFIC);
        assertThat(NikCheck.check("5310\u00a00152\u00a0abc", "5310", LocalDate.of(2026, 11, 23)).problems())
                .extracting(NikProblem::code).containsExactly(NikProblem.Code.NOT_DIGITS);
    }

    @Test
    void aNikGroupedByNoBreakSpacesPassesTheFormsCheck() {
        NikCheck.Result r = NikCheck.check("5310\u00a00152\u00a00485\u00a00001", "5310", LocalDate.of(2026, 11, 23));
        assertThat(r.problems()).isEmpty();
        assertThat(r.decodedSex()).contains(Sex.P);
        assertThat(r.decodedBirthDate()).contains(LocalDate.of(1985, 4, 12));
        for (String written : WRITTEN) {
            assertThat(NikCheck.check(written, "5310", LocalDate.of(2026, 11, 23)).problems()).as(written).isEmpty();
        }
    }

    @Test
    void masksAllButDistrictPrefixAndLastTwoDigits() {
        assertThat(Nik.mask("5310015204850001")).isEqualTo("531001********01");
    }

    /**
     * A value that is no NIK is masked the NIK's way when it holds more than a district's digits, and shown as the file
     * has it when it holds no more (a trial: Excel's 5.31001E+15 showed as "***********", a 15-digit NIK all stars).
     */
    @Test
    void masksWhatIsNoNikAsANikOrShowsItWhenItPointsAtNobody() {
        assertThat(Nik.mask("5.31001E+15")).as("Excel's damage: the district and an exponent").isEqualTo("5.31001E+15");
        assertThat(Nik.mask("5,31001E+15")).isEqualTo("5,31001E+15");
        assertThat(Nik.mask("531001520485003")).as("15 digits: a NIK Excel cut").isEqualTo("531001*******03");
        assertThat(Nik.mask("5310O15204850001")).as("a letter for a digit").isEqualTo("5310O1********01");
        assertThat(Nik.mask("5.310015204850E+15")).as("a mantissa long enough to carry a birth date")
                .doesNotContain("520485");
        assertThat(Nik.mask("53100152")).as("too short to keep the end: the birth day hidden").isEqualTo("531001**");
        assertThat(Nik.mask("'5310 0152 0485 0001")).as("grouped as typed: masked as the NIK").isEqualTo("531001********01");
        assertThat(Nik.mask("NIK 5310015204850001")).as("a NIK inside text").doesNotContain("5204850");
        assertThat(Nik.mask("belum ada")).isEqualTo("belum ada");
        assertThat(Nik.mask("-")).isEqualTo("-");
        assertThat(Nik.mask(null)).isEmpty();
    }
}
