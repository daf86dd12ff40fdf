package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * Trial 21d: a restore's audit entry showed the raw key "entries_kept_in_trail" in Jejak audit. Every field a restore
 * writes has its words in both languages.
 */
class RestoreFieldWordsTest {
    @Test
    void everyFieldOfTheRestoreEntryHasItsWords() {
        for (Locale l : new Locale[] {Locale.forLanguageTag("id"), Locale.ENGLISH}) {
            ResourceBundle b = ResourceBundle.getBundle("i18n.messages", l);
            for (String field : new String[] {AuditService.KEPT_IN_TRAIL, "changes_undone_kept_in_trail",
                    "earlier_restores_carried"}) {
                assertThat(b.containsKey("history.field." + field)).as(l + " " + field).isTrue();
            }
        }
    }
}
