package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ResourceBundle;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The status line while the server's connection is lost (trial, session 18): it said "Tersimpan: …" while the dialog
 * said the connection was lost. Now it says the connection is lost, in the window's language, until an action goes
 * through again; then the window's standing line, not the sentence about the time before.
 */
class ConnectionLineTest {
    private Function<ResourceBundle, String> shown = b -> "";
    private final Function<ResourceBundle, String> standing = b -> "Login provinsi ntt: hanya membaca";
    private final ConnectionLine line = new ConnectionLine(() -> shown, f -> shown = f, () -> standing);

    private String text(java.util.Locale language) {
        return shown.apply(I18n.bundle(language));
    }

    @Test
    void theLineSaysTheConnectionIsLostUntilTheServerAnswers() {
        shown = b -> "Tersimpan: Maria Jelita";
        line.changed(false);
        assertThat(text(I18n.INDONESIAN)).startsWith("Sambungan ke server basis data terputus").doesNotContain("Tersimpan");
        assertThat(text(I18n.ENGLISH)).startsWith("The connection to the database server was lost");
        line.changed(false);
        assertThat(shown).isSameAs(ConnectionLine.LOST);

        line.changed(true);
        assertThat(text(I18n.INDONESIAN)).as("the standing line, not the save of before").isEqualTo(
                "Login provinsi ntt: hanya membaca");
    }

    @Test
    void aLineWrittenSinceIsLeftAsItIs() {
        line.changed(false);
        shown = b -> "Tersimpan: Yosef Ndala";
        line.changed(true);
        assertThat(text(I18n.INDONESIAN)).isEqualTo("Tersimpan: Yosef Ndala");
        line.changed(true);
        assertThat(text(I18n.INDONESIAN)).isEqualTo("Tersimpan: Yosef Ndala");
    }
}
