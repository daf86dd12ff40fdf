package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.CoverageStatus;
import id.payung.domain.FormProblem;
import id.payung.domain.Sex;
import id.payung.service.PayungServices;
import id.payung.service.TestData;
import id.payung.ui.enrollments.EnrollmentFormViewModel;
import id.payung.ui.enrollments.EnrollmentRow;
import id.payung.ui.enrollments.RegisterViewModel;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The form and the register's filters, on a real database, without a toolkit. */
class EnrollmentFormViewModelTest {
    @TempDir
    Path dir;

    private PayungServices services;
    private final DirectTaskRunner tasks = new DirectTaskRunner();
    private EnrollmentFormViewModel form;

    @BeforeEach
    void open() {
        services = TestData.seeded(dir);
        var choices = new EnrollmentFormViewModel.Choices(services.reference().localRegions(),
                services.reference().occupations(), services.reference().fundingSources());
        form = new EnrollmentFormViewModel(services.enrollments(), tasks, TestData.CLOCK, "5310", choices);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private void fillMaria() {
        form.nikProperty().set("5310015204850001");
        form.nameProperty().set("Maria Jelita");
        form.regionProperty().set(services.reference().localRegions().stream()
                .filter(r -> r.code().equals("53.10.12")).findFirst().orElseThrow());
        form.occupationProperty().set(services.reference().occupations().stream()
                .filter(o -> o.code().equals("PEDAGANG")).findFirst().orElseThrow());
        form.funderProperty().set(services.reference().fundingSources().stream()
                .filter(f -> f.code().equals("APBD-KAB-MGR")).findFirst().orElseThrow());
        form.firstMonthProperty().set("01/2026");
    }

    @Test
    void aValidNikFillsSexAndBirthDate() {
        form.nikProperty().set("5310015204850001");

        assertThat(form.sexProperty().get()).isEqualTo(Sex.P);
        assertThat(form.birthDateProperty().get()).isEqualTo(LocalDate.of(1985, 4, 12));
    }

    @Test
    void problemsAppearAsTheUserTypesAndMissingFieldsOnlyAfterSaving() {
        form.nikProperty().set("5.31001E+15");

        assertThat(form.problems()).extracting(FormProblem::code).containsExactly("NIK_EXCEL_SCIENTIFIC");

        form.save(false);

        assertThat(form.problems()).extracting(FormProblem::code).contains("NIK_EXCEL_SCIENTIFIC", "REQUIRED");
        assertThat(services.register().counts(id.payung.domain.RegisterFilter.all()).total()).isZero();
    }

    @Test
    void monthsAndLastMonthFollowEachOther() {
        form.firstMonthProperty().set("01/2026");
        form.monthsProperty().set("6");
        assertThat(form.lastMonthProperty().get()).isEqualTo("06/2026");

        form.lastMonthProperty().set("12/2026");
        assertThat(form.monthsProperty().get()).isEqualTo("12");

        form.lastMonthProperty().set("13/2026");
        assertThat(form.problems()).extracting(FormProblem::code).contains("MONTH_FORMAT");
    }

    @Test
    void saveAndNewKeepsFunderPeriodAndVillage() {
        fillMaria();

        form.save(true);

        assertThat(form.problems()).isEmpty();
        assertThat(form.nikProperty().get()).isEmpty();
        assertThat(form.nameProperty().get()).isEmpty();
        assertThat(form.funderProperty().get().code()).isEqualTo("APBD-KAB-MGR");
        assertThat(form.firstMonthProperty().get()).isEqualTo("01/2026");
        assertThat(form.regionProperty().get().code()).isEqualTo("53.10.12");
        assertThat(form.savedCountProperty().get()).isEqualTo(1);
    }

    @Test
    void aSecondOverlappingEnrollmentIsRefusedNamingTheFirst() {
        fillMaria();
        form.save(true);
        fillMaria();
        form.firstMonthProperty().set("06/2026");

        form.save(false);

        assertThat(form.problems()).extracting(FormProblem::code).containsExactly("OVERLAP");
        assertThat(form.conflictingEnrollmentProperty().get()).isPositive();
        assertThat(form.knownPersonProperty().get().fullName()).isEqualTo("Maria Jelita");
    }

    @Test
    void registerFiltersFollowTheControlsAndDeleteCanBeUndone() {
        fillMaria();
        form.save(true);
        form.nikProperty().set("5310011205850002");
        form.nameProperty().set("Yohanes");
        form.occupationProperty().set(services.reference().occupations().get(0));
        form.lastMonthProperty().set("11/2026");
        form.save(true);
        RegisterViewModel register = new RegisterViewModel(services.register(), services.enrollments(),
                services.reference(), services.exports(), tasks, TestData.CLOCK);
        register.load();
        assertThat(register.rows()).hasSize(2);

        register.statusProperty().set(CoverageStatus.ENDING_SOON);
        assertThat(register.rows()).extracting(EnrollmentRow::name).containsExactly("Yohanes");
        assertThat(register.countsProperty().get().matching()).isEqualTo(1);

        register.clearFilters();
        register.searchProperty().set("jelita");
        EnrollmentRow maria = register.rows().get(0);
        register.revealNik(maria);
        assertThat(register.rows().get(0).nikShown()).isEqualTo("5310015204850001");

        register.delete(register.rows().get(0));
        assertThat(register.rows()).isEmpty();
        register.undoDelete();
        assertThat(register.rows()).extracting(EnrollmentRow::name).containsExactly("Maria Jelita");
    }
}
