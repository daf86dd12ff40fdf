package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dates as offices type them: by numbers, or as a letter writes them. A day the month does not have is no date: read
 * leniently, "31/02/2025" became 28/02/2025 without a word, and an award's date in the regent's report moved.
 */
class DatePickersTest {
    @ParameterizedTest
    @CsvSource({
            "25/09/2025, 2025-09-25", "25-9-2025, 2025-09-25", "25.09.2025, 2025-09-25", "1/1/2026, 2026-01-01",
            "29/02/2024, 2024-02-29",
            "25 September 2025, 2025-09-25", "25 september 2025, 2025-09-25", "6 Desember 2026, 2026-12-06",
            "6 Des 2026, 2026-12-06", "17 Agustus 1945, 1945-08-17", "17 Agt 1945, 1945-08-17",
            "17 Agu 1945, 1945-08-17", "10 Nopember 1945, 1945-11-10", "2 Mei 2025, 2025-05-02",
            "25 Sept. 2025, 2025-09-25", "25 Oct 2025, 2025-10-25", "' 25 Okt 2025 ', 2025-10-25",
            "'31 Maret, 2026', 2026-03-31"})
    void readsWhatOfficesWrite(String typed, LocalDate expected) {
        assertThat(DatePickers.parseDate(typed)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2025", "29/02/2025", "31/04/2026", "32/01/2025", "00/01/2025", "12/13/2025",
            "30 Februari 2025", "25 Foo 2025", "kemarin", "25/09/25", "2025-09-25x", "25 September"})
    void aDayThatDoesNotExistIsNoDate(String typed) {
        assertThat(DatePickers.parseDate(typed)).isNull();
    }
}
