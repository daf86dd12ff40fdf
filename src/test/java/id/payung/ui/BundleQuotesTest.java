package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Messages with arguments go through {@link MessageFormat}, where a lone apostrophe starts a quote: "a BPU
 * participant's income must be between {0} and {1}" came out with the apostrophe lost and "{0}" shown as is.
 */
class BundleQuotesTest {
    @ParameterizedTest
    @ValueSource(strings = {"/i18n/messages.properties", "/i18n/messages_en.properties"})
    void everyArgumentOfEveryMessageIsFilledIn(String bundle) throws Exception {
        Properties p = new Properties();
        try (InputStream in = BundleQuotesTest.class.getResourceAsStream(bundle)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> broken = new ArrayList<>();
        for (String key : p.stringPropertyNames()) {
            String text = p.getProperty(key);
            if (!text.matches("(?s).*\\{\\d.*")) {
                continue; // read with getString, not formatted: an apostrophe is only an apostrophe
            }
            // A {n,choice,…} (a count's singular or plural) needs numbers; any other argument is shown as text.
            Object[] args = text.contains(",choice,") ? new Object[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
                    : "0123456789".split("");
            String shown = MessageFormat.format(text, args);
            if (shown.matches("(?s).*\\{\\d.*") || text.replace("''", "").contains("'") && !text.contains("'{")) {
                broken.add(key + "=" + text);
            }
        }
        assertThat(broken).isEmpty();
    }
}
