package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.EnrollmentService;
import id.payung.service.facade.PayungServices;
import id.payung.service.PersonHistory;
import id.payung.service.TestData;
import id.payung.ui.enrollments.EnrollmentFormViewModel;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full NIK reaches the screen only through an audited action: the register and the history show it
 * masked, revealing it is audited, and opening the edit form (which needs it in full) is audited as a look at it.
 */
class EditFormNikAuditTest {
    @TempDir
    Path dir;

    @Test
    void openingTheEditFormIsAuditedAsALookAtTheNik() {
        Path file = dir.resolve("payung.db");
        long enrollment;
        long person;
        try (PayungServices services = PayungServices.open(file, true, TestData.CLOCK)) {
            EnrollmentService.Saved saved = services.enrollments().enrol(TestData.form("5310015204850001", "Maria",
                    "MANDIRI", YearMonth.of(2026, 1), null));
            enrollment = saved.enrollmentId();
            person = saved.personId();
            assertThat(services.enrollments().history(person).changes()).extracting(PersonHistory.Change::action)
                    .doesNotContain("REVEAL_NIK");

            EnrollmentFormViewModel form = model(services);
            form.edit(enrollment);

            assertThat(form.nikProperty().get()).isEqualTo("5310015204850001");
            assertThat(services.enrollments().history(person).changes()).filteredOn(c -> c.action().equals("REVEAL_NIK"))
                    .singleElement().satisfies(c -> assertThat(c.after()).contains("\"for\":\"edit\"")
                            .contains("531001********01").doesNotContain("5310015204850001"));
        }
        // Read-only: the look cannot be recorded (nor an edit saved), so the form shows the NIK masked.
        try (PayungServices services = PayungServices.openReadOnly(file, TestData.CLOCK)) {
            EnrollmentFormViewModel form = model(services);
            form.edit(enrollment);
            assertThat(form.nikProperty().get()).isEqualTo("531001********01");
        }
    }

    private static EnrollmentFormViewModel model(PayungServices services) {
        var choices = new EnrollmentFormViewModel.Choices(services.reference().localRegions(),
                services.reference().occupations(), services.reference().fundingSources());
        return new EnrollmentFormViewModel(services.enrollments(), new DirectTaskExecutor(), TestData.CLOCK, "5310", choices);
    }
}
