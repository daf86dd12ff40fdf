package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * Trial 21b M3: the audit screen said no one could change or delete an entry, while sqlite3 can (drop the trigger,
 * update, put it back). The screen says what is true: not through Payung.
 */
class AuditHelpWordsTest {
    @Test
    void theTrailIsSaidUnchangeableThroughPayungOnly() {
        ResourceBundle id = I18n.bundle(Locale.forLanguageTag("id"));
        ResourceBundle en = I18n.bundle(Locale.ENGLISH);
        assertThat(id.getString("audit.help")).contains("tidak dapat diubah atau dihapus melalui Payung")
                .doesNotContain("tidak seorang pun");
        assertThat(en.getString("audit.help")).contains("cannot be changed or deleted through Payung")
                .doesNotContainIgnoringCase("nobody");
    }
}
