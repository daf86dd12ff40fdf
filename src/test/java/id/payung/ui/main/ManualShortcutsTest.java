package id.payung.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * The manual (F1, and docs/PANDUAN.md) names each screen's Ctrl+number as the menu gives it. A screen added to
 * the navigation bar moves the ones after it: the manual had Ctrl+6 for Cadangan after Jejak audit took it.
 */
class ManualShortcutsTest {
    @Test
    void everyScreenIsCalledByItsOwnNumber() throws IOException {
        String manual;
        try (InputStream in = ManualWindow.class.getResourceAsStream(ManualWindow.MANUAL)) {
            assertThat(in).as("the manual inside the build").isNotNull();
            manual = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        }
        ResourceBundle words = id.payung.ui.I18n.bundle(id.payung.ui.I18n.INDONESIAN);
        Screen[] screens = Screen.values();
        for (int i = 0; i < screens.length; i++) {
            String title = words.getString(screens[i].titleKey());
            assertThat(manual).as(title).contains("Ctrl+" + (i + 1) + " " + title);
        }
        assertThat(manual).contains("Ctrl+1 … Ctrl+" + screens.length + " |")
                .doesNotContainPattern("Ctrl\\+" + (screens.length + 1) + "\\b");
        // Where the manual points to a screen with its shortcut in brackets, the number is that screen's.
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\*\\*([^*]+)\\*\\* \\(Ctrl\\+(\\d)\\)").matcher(manual);
        int seen = 0;
        while (m.find()) {
            assertThat(words.getString(screens[Integer.parseInt(m.group(2)) - 1].titleKey())).as(m.group())
                    .isEqualTo(m.group(1));
            seen++;
        }
        assertThat(seen).isGreaterThan(3);
    }
}
