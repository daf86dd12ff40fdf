package id.payung.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Headers as villages write them, with a hint in brackets: the words before the brackets name the column, else the
 * words inside them ("JENIS KELAMIN (L/P)" was ignored, so the list's sex was never checked against the NIK; trial 12).
 */
class ColumnHeadersTest {
    @Test
    void aHintInBracketsDoesNotHideTheColumn() {
        assertThat(Column.of("JENIS KELAMIN (L/P)")).contains(Column.SEX);
        assertThat(Column.of("Penghasilan (Rp)")).contains(Column.INCOME);
        assertThat(Column.of("Tgl Lahir (dd-mm-yyyy)")).contains(Column.BIRTH_DATE);
        assertThat(Column.of("(L/P)")).contains(Column.SEX);
        assertThat(Column.of("Kelamin (laki-laki / perempuan)")).contains(Column.SEX);
        // As before: whole headers, and brackets naming nothing Payung knows.
        assertThat(Column.of("L/P")).contains(Column.SEX);
        assertThat(Column.of("Tgl Lahir (ddmmyyyy)")).contains(Column.BIRTH_DATE);
        assertThat(Column.of("Paraf (petugas)")).isEmpty();
        assertThat(Column.of("()")).isEmpty();
    }
}
