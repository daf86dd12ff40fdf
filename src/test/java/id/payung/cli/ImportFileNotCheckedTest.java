package id.payung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code server import-file}'s line when the moved file could not be checked afterwards (session 16): one line on
 * stderr, the reason's first line and the regency whose clerk can look; the command still exits 0
 * ({@link ServerCommandTest#importFileThatSucceededExitsZeroWhenTheFileIsGoneAfterwards}).
 */
class ImportFileNotCheckedTest {
    @Test
    void oneLineWithTheReasonAndWhoLooks() {
        String line = Messages.english().notChecked(new IllegalStateException("the disk is gone\nat some frame"), "53.17");
        assertThat(line).isEqualTo("warning: the file was moved, but could not be read afterwards to check it for"
                + " Manggarai's seeded opening data and for enrollments paid by another region's budget (the disk is"
                + " gone); check them as a clerk of regency 53.17 (Kohort, Penghargaan, Peserta).");
    }
}
