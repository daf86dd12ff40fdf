package id.payung.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Bantuan → Panduan: the manual travels inside the jar with every screenshot it shows. */
class ManualWindowTest {
    @Test
    void theManualAndItsScreenshotsAreInTheJar() {
        String manual = ManualWindow.read();

        assertThat(manual).startsWith("# Panduan Payung").contains("Mendaftarkan peserta", "Mengimpor daftar nama",
                "Membaca dasbor", "Mencetak laporan", "Membuat cadangan");
        Matcher image = Pattern.compile("!\\[[^]]*]\\(([^)]+)\\)").matcher(manual);
        int images = 0;
        while (image.find()) {
            assertThat(ManualWindow.class.getResource("/manual/" + image.group(1))).as(image.group(1)).isNotNull();
            images++;
        }
        assertThat(images).isGreaterThanOrEqualTo(5);
    }
}
