package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * Review 12: the audit screen (and its export) words every entry "in the words of the screen", but the fields of
 * funders' budgets, benefit claims, events, cohorts, coverage denominators, backups and settings have no
 * history.field.* words: an Indonesian auditor reads "amount_rp: 42000000; paid_on: 2026-03-01".
 */
class AuditWordsReviewProbeTest {
    private static ResourceBundle id() {
        return ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("id"),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    }

    private static String details(String entity, String after) {
        AuditWords words = new AuditWords(id(), List.of(), new AuditWords.Names(Map.of("12", "Sumatera Utara", "53.10.05", "Wae Rii"), Map.of(), Map.of()));
        return words.details(new PersonHistory.Change(Instant.parse("2026-12-05T01:00:00Z"), "siti", "INSERT", entity,
                "1", null, after));
    }

    @Test
    void aBenefitClaimReadsInWordsAndIdIdFormats() {
        String d = details("benefit_claim", "{\"paid_on\":\"2026-03-01\",\"programme\":\"JKM\",\"beneficiaries\":2,"
                + "\"amount_rp\":42000000,\"note\":\"ahli waris\"}");
        assertThat(d).doesNotContain("paid_on", "amount_rp", "beneficiaries", "2026-03-01", "42000000");
    }

    @Test
    void aBudgetReadsInWords() {
        String d = details("funding_budget", "{\"quota\":3000,\"ceiling_rp\":1500000000}");
        assertThat(d).doesNotContain("quota", "ceiling_rp", "1500000000");
    }

    @Test
    void anEventReadsInWords() {
        String d = details("event", "{\"kind\":\"AWARD\",\"date\":\"2026-08-17\",\"title\":\"Paritrana\",\"giver\":\"Bupati\"}");
        assertThat(d).doesNotContain("kind:", "date:", "title:", "giver:", "2026-08-17");
    }

    @Test
    void aKecamatanIsANameWhereItIsACodeAndACountWhereItIsANumber() {
        // A region list's load counts kecamatan (12 of them); 12 is also North Sumatra's code (second trial, session 12).
        assertThat(details("region", "{\"list\":\"Kepmendagri\",\"kecamatan\":12,\"villages\":171}"))
                .contains("Kecamatan: 12").doesNotContain("Sumatera Utara");
        assertThat(details("coverage_denominator", "{\"kecamatan\":\"53.10.05\",\"informal_workers\":5280}"))
                .contains("Wae Rii", "5.280");
    }
}
