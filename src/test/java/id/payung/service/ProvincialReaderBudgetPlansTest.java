package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.BudgetPlan;
import id.payung.domain.FundingBudget;
import id.payung.service.facade.PayungServices;
import id.payung.store.PostgresServer;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Kuota dan pagu on a server (review 14, H1): a plan is a regency's, and the provincial reader reads every
 * regency's, so a funder two regencies plan shows both plans added up, not whichever row came last; a clerk sees
 * their own regency's plan only.
 */
@Tag("postgres")
@ExtendWith({PostgresServer.class, ServerFixture.AcrossRegencies.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvincialReaderBudgetPlansTest {
    private final ServerFixture server;

    ProvincialReaderBudgetPlansTest(ServerFixture server) {
        this.server = server;
    }

    private static BudgetPlan plan(List<BudgetPlan> plans, String funder) {
        return plans.stream().filter(p -> p.funderCode().equals(funder)).findFirst().orElseThrow();
    }

    @Test
    void theProvinceSeesARegencySharedFundersPlansAddedUpAClerkTheirOwn() {
        try (PayungServices s = server.services(server.siti())) {
            s.funding().setBudget(new FundingBudget("APBD-PROV-NTT", 2027, 100L, 200_000_000L));
        }
        try (PayungServices s = server.services(server.yosef())) {
            s.funding().setBudget(new FundingBudget("APBD-PROV-NTT", 2027, 50L, 90_000_000L));
            // One regency with only a ceiling, the other with only a quota: each number counts, none is dropped.
            s.funding().setBudget(new FundingBudget("APBN", 2027, null, 30_000_000L));
        }
        try (PayungServices s = server.services(server.siti())) {
            s.funding().setBudget(new FundingBudget("APBN", 2027, 20L, null));
        }

        try (PayungServices s = server.services(server.ntt())) {
            List<BudgetPlan> plans = s.budget().plans(2027);
            // One row per funder, whatever the number of regencies planning it.
            assertThat(plans).extracting(BudgetPlan::funderCode).doesNotHaveDuplicates();
            BudgetPlan prov = plan(plans, "APBD-PROV-NTT");
            assertThat(prov.quota()).isEqualTo(150L);
            assertThat(prov.ceilingRp()).isEqualTo(290_000_000L);
            assertThat(prov.quotaCostRp()).isEqualTo(150L * prov.perPersonRp());
            BudgetPlan apbn = plan(plans, "APBN");
            assertThat(apbn.quota()).isEqualTo(20L);
            assertThat(apbn.ceilingRp()).isEqualTo(30_000_000L);
            BudgetPlan.Total total = BudgetPlan.total(2027, plans);
            assertThat(total.quota()).isEqualTo(170L);
            assertThat(total.ceilingRp()).isEqualTo(320_000_000L);
        }
        try (PayungServices s = server.services(server.siti())) {
            BudgetPlan own = plan(s.budget().plans(2027), "APBD-PROV-NTT");
            assertThat(own.quota()).isEqualTo(100L);
            assertThat(own.ceilingRp()).isEqualTo(200_000_000L);
            assertThat(plan(s.budget().plans(2027), "APBN").ceilingRp()).isNull();
        }
        try (PayungServices s = server.services(server.yosef())) {
            BudgetPlan own = plan(s.budget().plans(2027), "APBD-PROV-NTT");
            assertThat(own.quota()).isEqualTo(50L);
            assertThat(own.ceilingRp()).isEqualTo(90_000_000L);
        }
    }

    /**
     * Kuota dan pagu listed every regency's funders to a clerk (APBD-KAB-5315 to a clerk of Manggarai): a clerk sees
     * the funders that pay in their regency (FunderRules.paysIn, the form's rule), the provincial reader every one.
     */
    @Test
    void aClerkIsListedTheFundersThatPayInTheirRegencyOnly() {
        try (PayungServices s = server.services(server.siti())) {
            assertThat(s.budget().plans(2027)).extracting(BudgetPlan::funderCode)
                    .contains("APBD-KAB-MGR", "APBDES-MGR", "APBD-PROV-NTT", "APBN", "CSR", "MANDIRI")
                    .doesNotContain("APBD-KAB-5315", "APBDES-5315");
            assertThat(s.budget().plans(2027)).extracting(BudgetPlan::funderCode)
                    .as("the same funders the form offers").containsExactlyInAnyOrderElementsOf(s.reference()
                            .fundingSources().stream().filter(f -> id.payung.domain.FunderRules.paysIn(f, "53.10"))
                            .map(id.payung.domain.FundingSource::code).toList());
        }
        try (PayungServices s = server.services(server.yosef())) {
            assertThat(s.budget().plans(2027)).extracting(BudgetPlan::funderCode)
                    .contains("APBD-KAB-5315", "APBDES-5315", "APBD-PROV-NTT", "APBN", "CSR", "MANDIRI")
                    .doesNotContain("APBD-KAB-MGR", "APBDES-MGR");
        }
        try (PayungServices s = server.services(server.ntt())) {
            assertThat(s.budget().plans(2027)).extracting(BudgetPlan::funderCode)
                    .contains("APBD-KAB-MGR", "APBDES-MGR", "APBD-KAB-5315", "APBDES-5315", "APBD-PROV-NTT", "APBN");
        }
    }
}
