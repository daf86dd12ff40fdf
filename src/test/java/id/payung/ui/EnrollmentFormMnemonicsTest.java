package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Trial 23a L5: the README's Alt+N, Alt+D, Alt+P, Alt+S, Alt+M and Alt+I (Isi dari NIK) did nothing in English
 * (_Village, _Occupation, _Fill), and Alt+P then "Kades" went into the name field. The form's Alt letters are the same
 * in both languages.
 */
class EnrollmentFormMnemonicsTest {
    private static final List<String> KEYS = List.of("form.label.nik", "form.label.region", "form.label.occupation",
            "form.label.funder", "form.label.firstMonth", "form.fillFromNik");

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = EnrollmentFormMnemonicsTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static char mnemonic(String text) {
        int i = text.indexOf('_');
        assertThat(i).as(text).isBetween(0, text.length() - 2);
        return Character.toLowerCase(text.charAt(i + 1));
    }

    @Test
    void theFormsAltLettersAreTheSameInEnglishAndIndonesian() throws IOException {
        Properties id = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        for (String key : KEYS) {
            assertThat(mnemonic(en.getProperty(key))).as(key + ": " + en.getProperty(key))
                    .isEqualTo(mnemonic(id.getProperty(key)));
        }
        assertThat(List.of('n', 'd', 'p', 's', 'm', 'i'))
                .as("the README's keys").isEqualTo(KEYS.stream().map(k -> mnemonic(id.getProperty(k))).toList());
    }
}
