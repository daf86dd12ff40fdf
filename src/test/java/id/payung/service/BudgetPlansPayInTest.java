package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.BudgetPlan;
import id.payung.domain.FunderType;
import id.payung.domain.FundingSource;
import id.payung.service.facade.PayungServices;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kuota dan pagu lists the funders that may pay in the office's regency (FunderRules.paysIn, as the form and imports):
 * a Manggarai Barat file that also knows Manggarai's budget (added to name it, or a file moved between offices) does
 * not list it to be planned.
 */
class BudgetPlansPayInTest {
    @TempDir
    Path dir;

    @Test
    void anotherRegencysBudgetIsNotListedInAFileOfManggaraiBarat() {
        Path file = dir.resolve("mabar.db");
        PayungServices.create(file, "53.15", TestData.CLOCK);
        try (PayungServices s = PayungServices.open(file, false, TestData.CLOCK)) {
            s.funding().add(new FundingSource(0, "APBD-KAB-MGR", "APBD Kabupaten Manggarai", FunderType.APBD_KABUPATEN,
                    "53.10", true, null));
            s.funding().add(new FundingSource(0, "CSR-LABUAN", "CSR Labuan Bajo", FunderType.CSR, "53.15", true, null));
            assertThat(s.reference().fundingSources()).extracting(FundingSource::code).contains("APBD-KAB-MGR");

            assertThat(s.budget().plans(2026)).extracting(BudgetPlan::funderCode).containsExactlyInAnyOrder(
                    "APBD-PROV-NTT", "APBD-KAB-5315", "APBDES-5315", "APBN", "CSR", "MANDIRI", "CSR-LABUAN");
            // Sumber dana's list on a file (one office) is every funder it holds, as ever (on a server a clerk's is
            // their regency's: ClerkFundersListTest).
            assertThat(s.reference().listedFunders()).isEqualTo(s.reference().fundingSources());
        }
    }

    @Test
    void aPlanSavedBeforeForAnotherRegencysBudgetStaysListedToBeSeenAndCleared() {
        Path file = dir.resolve("mabar.db");
        PayungServices.create(file, "53.15", TestData.CLOCK);
        try (PayungServices s = PayungServices.open(file, false, TestData.CLOCK)) {
            s.funding().add(new FundingSource(0, "APBD-KAB-MGR", "APBD Kabupaten Manggarai", FunderType.APBD_KABUPATEN,
                    "53.10", true, null));
            s.funding().setBudget(new id.payung.domain.FundingBudget("APBD-KAB-MGR", 2026, 100L, 20_160_000L));
            assertThat(s.budget().plans(2026)).filteredOn(p -> p.funderCode().equals("APBD-KAB-MGR")).singleElement()
                    .satisfies(p -> assertThat(p.quota()).isEqualTo(100L));
            assertThat(s.budget().plans(2027)).extracting(BudgetPlan::funderCode).doesNotContain("APBD-KAB-MGR");
        }
    }

    @Test
    void manggaraisOwnFileListsEachOfItsFundersAsBefore() {
        Path file = dir.resolve("payung.db");
        try (PayungServices s = PayungServices.open(file, true, TestData.CLOCK)) {
            assertThat(s.budget().plans(2026)).extracting(BudgetPlan::funderCode)
                    .containsExactlyInAnyOrderElementsOf(s.reference().fundingSources().stream()
                            .map(FundingSource::code).toList());
        }
    }
}
