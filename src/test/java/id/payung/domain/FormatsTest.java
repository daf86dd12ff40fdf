package id.payung.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class FormatsTest {
    @Test
    void writesNumbersMoneyAndDatesTheIndonesianWay() {
        assertThat(Formats.count(5280)).isEqualTo("5.280");
        assertThat(Formats.count(0)).isEqualTo("0");
        assertThat(Formats.percent(100.0 * 4280 / 5280)).isEqualTo("81,1%");
        assertThat(Formats.rupiah(201_600_000)).isEqualTo("Rp 201.600.000");
        assertThat(Formats.date(LocalDate.of(2025, 9, 25))).isEqualTo("25/09/2025");
        assertThat(Formats.month(YearMonth.of(2025, 1))).isEqualTo("01/2025");
        assertThat(Formats.date(null)).isEmpty();
    }

    /** Trial 19: Mandiri's Rp 100.800 of Rp 205.156.800 read "(0,0%)" in the Rupiah view, as if it were nothing. */
    @Test
    void aShareThatIsThereButRoundsToNothingIsLessThanATenth() {
        assertThat(Formats.percent(100.0 * 100_800 / 205_156_800)).isEqualTo("< 0,1%");
        assertThat(Formats.percent(0.0499)).isEqualTo("< 0,1%");
        assertThat(Formats.percent(0.05)).isEqualTo("0,1%");
        assertThat(Formats.percent(0)).isEqualTo("0,0%");
        // The whole less a sliver (trial 19b: 5.280 of 5.281 read "100,0%" beside the other's "< 0,1%").
        assertThat(Formats.percent(100.0 * 5280 / 5281)).isEqualTo("> 99,9%");
        assertThat(Formats.percent(99.94)).isEqualTo("99,9%");
        assertThat(Formats.percent(100)).isEqualTo("100,0%");
        assertThat(Formats.percent(123.4)).isEqualTo("123,4%");
        assertThat(Formats.percent(-0.01)).isEqualTo("> -0,1%");
        assertThat(Formats.percent(-99.56)).isEqualTo("-99,6%");
    }

    /**
     * Indonesian spelling (EYD/PUEBI) writes the percent sign attached to its number: "10%", "satu persen (1%)";
     * Payung wrote "81,1 %" with a space before the sign everywhere a share or a change was shown.
     */
    @Test
    void theSignIsAttachedToItsNumberAsIndonesianSpellingWritesIt() {
        assertThat(Formats.percent(81.06)).isEqualTo("81,1%");
        assertThat(Formats.percent(0.01)).isEqualTo("< 0,1%");
        assertThat(Formats.percent(99.97)).isEqualTo("> 99,9%");
        assertThat(Formats.percent(-0.01)).isEqualTo("> -0,1%");
        assertThat(Formats.change(9.5)).isEqualTo("+9,5%");
        assertThat(Formats.change(-99.5)).isEqualTo("-99,5%");
    }

    @Test
    void aLettersDateHasTheMonthInWordsOfItsLanguage() {
        assertThat(Formats.letterDate(LocalDate.of(2026, 12, 6), Formats.INDONESIA)).isEqualTo("6 Desember 2026");
        assertThat(Formats.letterDate(LocalDate.of(2025, 8, 17), Formats.INDONESIA)).isEqualTo("17 Agustus 2025");
        assertThat(Formats.letterDate(LocalDate.of(2026, 2, 1), java.util.Locale.forLanguageTag("id"))).isEqualTo("1 Februari 2026");
        assertThat(Formats.letterDate(LocalDate.of(2026, 12, 6), java.util.Locale.ENGLISH)).isEqualTo("6 December 2026");
        assertThat(Formats.letterDate(null, Formats.INDONESIA)).isEmpty();
    }

    /** A year's change is signed and rounded as it stands: never "+< 0,1%" (a share's rule) beside its count. */
    @Test
    void aChangeIsSignedAndRoundedAsItStands() {
        assertThat(Formats.change(428.0)).isEqualTo("+428,0%");
        assertThat(Formats.change(-99.6)).isEqualTo("-99,6%");
        assertThat(Formats.change(0)).isEqualTo("0,0%");
        assertThat(Formats.change(0.001)).isEqualTo("0,0%");
        assertThat(Formats.change(-0.001)).isEqualTo("0,0%");
        assertThat(Formats.change(0.06)).isEqualTo("+0,1%");
    }
}
