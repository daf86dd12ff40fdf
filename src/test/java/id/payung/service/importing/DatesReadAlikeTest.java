package id.payung.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.ui.DatePickers;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A date reads alike typed in the form and written in a village's list: one reader (domain WrittenDates); the two
 * readers had disagreed ("2025-09-25" taken by the import and refused by the form, "25 Sept. 2025" the other way;
 * review 13). A day the month does not have is no date in either.
 */
class DatesReadAlikeTest {
    @ParameterizedTest
    @ValueSource(strings = {"25/09/2025", "25 September 2025", "2025-09-25", "25 Sept. 2025", "31 Maret, 2026",
            "6 Des 2026", "31/02/2025"})
    void theFormAndTheImportReadADateAlike(String typed) {
        LocalDate form = DatePickers.parseDate(typed);
        Optional<LocalDate> list = Values.date(Cell.text(typed));
        assertThat(Optional.ofNullable(form)).as("form vs import for '" + typed + "'").isEqualTo(list);
    }
}
