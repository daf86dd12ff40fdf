package id.payung.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates as offices write them; a day the month does not have, or a year typed short, is no date. */
class WrittenDatesTest {
    @Test
    void readsNumbersIsoAndWords() {
        assertThat(WrittenDates.parse("2025-09-25")).contains(LocalDate.of(2025, 9, 25));
        assertThat(WrittenDates.parse("12 Mei 1985")).contains(LocalDate.of(1985, 5, 12));
        assertThat(WrittenDates.parse("17 Agt. 1945")).contains(LocalDate.of(1945, 8, 17));
        assertThat(WrittenDates.month("Pebruari")).contains(2);
        assertThat(WrittenDates.month("Desember")).contains(12);
    }

    @Test
    void refusesWhatIsNoDate() {
        assertThat(WrittenDates.parse("31/02/2025")).isEmpty();
        assertThat(WrittenDates.parse("2025-02-30")).isEmpty();
        assertThat(WrittenDates.parse("1/1/0025")).as("a year typed short").isEmpty();
        assertThat(WrittenDates.parse("25 Foo 2025")).isEmpty();
        assertThat(WrittenDates.parse("")).isEmpty();
        assertThat(WrittenDates.parse(null)).isEmpty();
    }
}
