package id.payung.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The cell types spreadsheets produce, read as the clerk meant them. */
class SpreadsheetValuesTest {
    private static Cell number(String text) {
        return new Cell(text, Cell.Kind.NUMBER, null);
    }

    @Test
    void phonesInEveryFormTheFieldWritesThemBecomeOneForm() {
        for (String written : new String[] {"081234567890", "0812 3456 7890", "0812-3456-7890", "0812.3456.7890",
                "+62 812 3456 7890", "+6281234567890", "6281234567890", "62 812-3456-7890", "81234567890",
                "'081234567890", "(0812) 3456 7890", "0812\u00a03456\u00a07890"}) {
            assertThat(Values.phone(Cell.text(written))).as(written).contains("081234567890");
        }
        assertThat(Values.phone(number("81234567890"))).contains("081234567890");
        assertThat(Values.phone(number("6281234567890"))).contains("081234567890");
        for (String unreadable : new String[] {"0812-345", "belum ada", "12345", "0361 234567", "0812345678901234"}) {
            assertThat(Values.phone(Cell.text(unreadable))).as(unreadable).isEmpty();
        }
    }

    @Test
    void incomeAsANumberOrAsIndonesianText() {
        assertThat(Values.rupiah(number("1000000"))).contains(1_000_000L);
        assertThat(Values.rupiah(number("1500000.0"))).contains(1_500_000L);
        for (String written : new String[] {"1.000.000", "Rp 1.000.000", "Rp1.000.000", "Rp. 1.000.000,00",
                "1.000.000,-", "Rp 1.000.000,0", "1000000", "Rp\u00a01.000.000"}) {
            assertThat(Values.rupiah(Cell.text(written))).as(written).contains(1_000_000L);
        }
        assertThat(Values.rupiah(Cell.text("satu juta"))).isEmpty();
        assertThat(Values.rupiah(Cell.text("1.000.000,50"))).as("contributions are whole rupiah").isEmpty();
    }

    @Test
    void datesAsDateCellsSerialNumbersOrText() {
        LocalDate may12 = LocalDate.of(1985, 5, 12);
        assertThat(Values.date(new Cell("31179", Cell.Kind.DATE, may12))).contains(may12);
        assertThat(Values.date(number("31179"))).contains(may12);
        for (String written : new String[] {"12/05/1985", "12-05-1985", "12.05.1985", "1985-05-12", "12 Mei 1985",
                "12 May 1985"}) {
            assertThat(Values.date(Cell.text(written))).as(written).contains(may12);
        }
    }
}
