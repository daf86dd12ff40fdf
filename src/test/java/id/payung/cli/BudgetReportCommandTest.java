package id.payung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.FundingBudget;
import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code payung report budget}: next year's plan (Sumber dana → Kuota dan pagu) beside what the enrolled cost. A year
 * planned but not yet enrolled printed "Total 0 Rp 0" (trial 14).
 */
class BudgetReportCommandTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final CommandConsole console = CommandConsole.noWindow();

    /** A new database with Manggarai's 2027 plan: APBD Kab 1.000 / Rp 201.600.000, APBD Prov 4.280 / Rp 800.000.000. */
    private String planned2027() {
        Path file = dir.resolve("plan.db");
        console.init(file);
        try (PayungServices s = PayungServices.open(file, false, TestData.CLOCK)) {
            s.funding().setBudget(new FundingBudget("APBD-KAB-MGR", 2027, 1_000L, 201_600_000L));
            s.funding().setBudget(new FundingBudget("APBD-PROV-NTT", 2027, 4_280L, 800_000_000L));
        }
        return file.toString();
    }

    @Test
    void aPlannedYearPrintsItsQuotasCeilingsCostAndShortfall() {
        String db = planned2027();

        assertThat(console.run("report", "budget", "--year", "2027", "--db", db)).isZero();

        // Rp 16.800 × 12 = Rp 201.600 a person (no PP 50/2025 discount for APBD): the province's 4.280 cost
        // Rp 862.848.000, Rp 62.848.000 more than its ceiling; the regency's 1.000 cost exactly its ceiling.
        assertThat(console.out().lines().map(l -> l.replaceAll(" +", " ")).toList()).containsExactly(
                "Contribution cost 2027",
                "Funding source Enrolled Cost Quota Ceiling Quota cost Quota against ceiling",
                "APBD Kabupaten Manggarai 0 Rp 0 1.000 Rp 201.600.000 Rp 201.600.000 Rp 0 left",
                "APBD Provinsi NTT 0 Rp 0 4.280 Rp 800.000.000 Rp 862.848.000 Rp 62.848.000 short",
                "Total 0 Rp 0 5.280 Rp 1.001.600.000 Rp 1.064.448.000 Rp 62.848.000 short");
    }

    @Test
    void csvKeepsItsFirstColumnsAndAddsThePlan() {
        String db = planned2027();

        assertThat(console.run("report", "budget", "--year", "2027", "--format", "csv", "--db", db)).isZero();

        assertThat(console.out().lines()).containsExactly(
                "funder_code,funder_name,participants,cost_rp,quota,ceiling_rp,quota_cost_rp,gap_rp",
                "APBD-KAB-MGR,APBD Kabupaten Manggarai,0,0,1000,201600000,201600000,0",
                "APBD-PROV-NTT,APBD Provinsi NTT,0,0,4280,800000000,862848000,62848000");
    }

    @Test
    void anEnrolledYearWithoutAPlanPrintsAsBefore() {
        String db = console.init(dir.resolve("enrolled.db"));

        assertThat(console.run("report", "budget", "--year", "2025", "--db", db)).isZero();

        // The three columns the report always printed, no header line, no empty plan columns.
        assertThat(console.out().lines().toList()).containsExactly(
                "Contribution cost 2025",
                String.format("%-40s %10s %20s", "APBD Provinsi NTT", "4.280", "Rp 862.848.000"),
                String.format("%-40s %10s %20s", "APBD Kabupaten Manggarai", "1.000", "Rp 201.600.000"),
                String.format("%-40s %10s %20s", "Total", "5.280", "Rp 1.064.448.000"));
    }
}
