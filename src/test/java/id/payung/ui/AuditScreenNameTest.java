package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * Trial 24a L7: the undo-import question said the removal is recorded "di jejak perubahan", while the screen is called
 * Jejak audit. It names the screen by its title, in both languages, and no text calls it anything else.
 */
class AuditScreenNameTest {
    @Test
    void theUndoQuestionNamesTheAuditScreenByItsTitle() {
        for (ResourceBundle words : java.util.List.of(I18n.bundle(I18n.INDONESIAN), I18n.bundle(I18n.ENGLISH))) {
            assertThat(words.getString("import.undo.confirm")).contains(words.getString("audit.title"));
            assertThat(Collections.list(words.getKeys())).as("another name for the audit screen")
                    .noneMatch(k -> words.getString(k).toLowerCase(java.util.Locale.ROOT).contains("jejak perubahan")
                            || words.getString(k).toLowerCase(java.util.Locale.ROOT).contains("change trail"));
        }
    }
}
