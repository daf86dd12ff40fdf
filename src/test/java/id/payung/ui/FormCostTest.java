package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.facade.PayungServices;
import id.payung.service.TestData;
import id.payung.ui.enrollments.EnrollmentFormViewModel;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The form says what the enrollment as typed costs its funder, by the seeded rate rules the reports use (trial 18-1
 * L10: the clerk could not see it): Rp 16.800 a month for a government-paid BPU worker, the PP 50/2025 discount for
 * the self-paying, none for an open-ended period's total.
 */
class FormCostTest {
    @TempDir
    Path dir;
    private PayungServices services;
    private EnrollmentFormViewModel form;

    @BeforeEach
    void setUp() {
        services = TestData.seeded(dir);
        var choices = new EnrollmentFormViewModel.Choices(services.reference().localRegions(),
                services.reference().occupations(), services.reference().fundingSources(),
                services.reference().rateRules());
        form = new EnrollmentFormViewModel(services.enrollments(), new DirectTaskExecutor(), TestData.CLOCK, "5310",
                choices);
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    private void fill(String occupation, String funder, String first) {
        form.nikProperty().set("5310015204850001");
        form.nameProperty().set("Maria Jelita");
        form.occupationProperty().set(services.reference().occupations().stream()
                .filter(o -> o.code().equals(occupation)).findFirst().orElseThrow());
        form.funderProperty().set(services.reference().fundingSources().stream()
                .filter(f -> f.code().equals(funder)).findFirst().orElseThrow());
        form.firstMonthProperty().set(first);
    }

    @Test
    void aGovernmentPaidWorkersYearIsTheStandardPackageTwelveTimes() {
        fill("PEDAGANG", "APBD-KAB-MGR", "01/2026");
        form.monthsProperty().set("12");

        assertThat(form.costProperty().get()).isEqualTo(new EnrollmentFormViewModel.Cost(
                List.of(new EnrollmentFormViewModel.Rate(16_800, YearMonth.of(2026, 1), 12)), 201_600L));
    }

    @Test
    void aSelfPayingYearTakesTheDiscountFromItsFirstMonthOn() {
        // The discount for other sectors runs 04/2026–12/2026: three months at 16.800, nine at 8.400.
        fill("PEDAGANG", "MANDIRI", "01/2026");
        form.monthsProperty().set("12");
        assertThat(form.costProperty().get()).isEqualTo(new EnrollmentFormViewModel.Cost(List.of(
                new EnrollmentFormViewModel.Rate(16_800, YearMonth.of(2026, 1), 3),
                new EnrollmentFormViewModel.Rate(8_400, YearMonth.of(2026, 4), 9)), 126_000L));

        // A transport worker's runs from 01/2026 on.
        fill("OJEK", "MANDIRI", "01/2026");
        assertThat(form.costProperty().get()).isEqualTo(new EnrollmentFormViewModel.Cost(
                List.of(new EnrollmentFormViewModel.Rate(8_400, YearMonth.of(2026, 1), 12)), 100_800L));
    }

    @Test
    void noCostWithoutAFunderOrWithoutRateRules() {
        form.firstMonthProperty().set("01/2026");
        assertThat(form.costProperty().get()).isNull();

        var without = new EnrollmentFormViewModel(services.enrollments(), new DirectTaskExecutor(), TestData.CLOCK, "5310",
                new EnrollmentFormViewModel.Choices(services.reference().localRegions(),
                        services.reference().occupations(), services.reference().fundingSources()));
        without.funderProperty().set(services.reference().fundingSources().get(0));
        without.firstMonthProperty().set("01/2026");
        assertThat(without.costProperty().get()).isNull();
    }
}
