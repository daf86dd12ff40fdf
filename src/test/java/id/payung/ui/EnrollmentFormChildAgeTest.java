package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.FormProblem;
import id.payung.domain.FormProblem.Field;
import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import id.payung.ui.enrollments.EnrollmentFormViewModel;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "under working age" warning is said whenever the birth date is known and valid, whatever else is wrong: a NIK
 * that disagrees with the birth date or is broken hid it (new-user trial, LOW), so the clerk learnt of the child only
 * after mending the NIK, if at all.
 */
class EnrollmentFormChildAgeTest {
    @TempDir
    Path dir;

    private PayungServices services;
    private EnrollmentFormViewModel form;

    @BeforeEach
    void open() {
        services = TestData.seeded(dir);
        var choices = new EnrollmentFormViewModel.Choices(services.reference().localRegions(),
                services.reference().occupations(), services.reference().fundingSources());
        form = new EnrollmentFormViewModel(services.enrollments(), new DirectTaskExecutor(), TestData.CLOCK, "5310",
                choices);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private void fillChild(String nik) {
        form.nikProperty().set(nik);
        form.nameProperty().set("Anak Kecil");
        form.sexProperty().set(id.payung.domain.Sex.L);
        form.birthDateProperty().set(LocalDate.of(2012, 12, 12));
        form.regionProperty().set(services.reference().localRegions().stream()
                .filter(r -> r.code().equals("53.10.12")).findFirst().orElseThrow());
        form.funderProperty().set(services.reference().fundingSources().stream()
                .filter(f -> f.code().equals("APBD-KAB-MGR")).findFirst().orElseThrow());
        form.firstMonthProperty().set("01/2026");
    }

    @Test
    void aNikThatDisagreesWithTheBirthDateIsSaidBesideTheAgeWarning() {
        // The NIK says 13/12/2012, the KTP's birth date typed is 12/12/2012: both on the birth date's line.
        fillChild("5310011312120001");

        assertThat(form.problems()).extracting(FormProblem::code)
                .contains("NIK_BIRTH_DATE_MISMATCH", "UNDER_WORKING_AGE");
        assertThat(form.problems()).filteredOn(p -> p.code().equals("UNDER_WORKING_AGE")).singleElement()
                .satisfies(p -> {
                    assertThat(p.field()).isEqualTo(Field.BIRTH_DATE);
                    assertThat(p.error()).isFalse();
                    assertThat(p.args()).containsExactly("13", "01/2026");
                });
    }

    @Test
    void aBrokenNikIsSaidBesideTheAgeWarning() {
        fillChild("531001121212000"); // one digit short
        form.birthDateProperty().set(LocalDate.of(2012, 12, 12));

        assertThat(form.problems()).anySatisfy(p -> assertThat(p.field()).isEqualTo(Field.NIK))
                .anySatisfy(p -> assertThat(p.code()).isEqualTo("UNDER_WORKING_AGE"));
    }

    @Test
    void aBirthDateThatIsNoDateGivesNoAgeWarning() {
        fillChild("5310011212120001");
        form.birthDateProperty().set(null);
        form.birthDateTextProperty().set("31/02/2012");

        assertThat(form.problems()).extracting(FormProblem::code).contains("DATE_FORMAT")
                .doesNotContain("UNDER_WORKING_AGE");
    }
}
