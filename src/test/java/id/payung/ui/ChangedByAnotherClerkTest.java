package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.FormProblem;
import id.payung.service.Actor;
import id.payung.service.EnrollmentService;
import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import id.payung.ui.enrollments.EnrollmentFormViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record another clerk changed since this clerk's form opened it is not overwritten silently: the save is
 * refused with who changed it and when ("diubah oleh NAME pada TIME: muat ulang"), nothing is written, and a
 * form opened again saves. Two Payungs on one database (as two clerks on one server; here one file, so both
 * write under this OS user's name), the form as the window uses it.
 */
class ChangedByAnotherClerkTest {
    @TempDir
    Path dir;

    private PayungServices mine;
    private PayungServices theirs;
    private final DirectTaskExecutor tasks = new DirectTaskExecutor();

    @BeforeEach
    void open() {
        mine = TestData.seeded(dir);
        theirs = PayungServices.open(mine.databaseFile(), false, TestData.CLOCK);
    }

    @AfterEach
    void close() {
        theirs.close();
        mine.close();
    }

    private EnrollmentFormViewModel form(PayungServices services) {
        var choices = new EnrollmentFormViewModel.Choices(services.reference().localRegions(),
                services.reference().occupations(), services.reference().fundingSources());
        EnrollmentFormViewModel form = new EnrollmentFormViewModel(services.enrollments(), tasks, TestData.CLOCK, "5310", choices);
        form.setChangedSince(services.changedSince());
        return form;
    }

    @Test
    void aCorrectionOfARecordChangedSinceItWasOpenedIsRefusedWithWhoAndWhen() {
        EnrollmentFormViewModel first = form(mine);
        List<EnrollmentService.Saved> saved = new ArrayList<>();
        first.setOnSaved(saved::add);
        first.nikProperty().set("5310015204850001");
        first.nameProperty().set("Maria Jelita");
        first.regionProperty().set(mine.reference().localRegions().stream()
                .filter(r -> r.code().equals("53.10.12")).findFirst().orElseThrow());
        first.occupationProperty().set(mine.reference().occupations().stream()
                .filter(o -> o.code().equals("PEDAGANG")).findFirst().orElseThrow());
        first.funderProperty().set(mine.reference().fundingSources().stream()
                .filter(f -> f.code().equals("APBD-KAB-MGR")).findFirst().orElseThrow());
        first.firstMonthProperty().set("01/2026");
        first.save(false);
        assertThat(first.problems()).noneMatch(FormProblem::error);
        assertThat(saved).hasSize(1);
        long id = saved.get(0).enrollmentId();

        // Both clerks open the record; the other one saves first.
        EnrollmentFormViewModel mineOpen = form(mine);
        mineOpen.edit(id);
        EnrollmentFormViewModel theirsOpen = form(theirs);
        theirsOpen.edit(id);
        theirsOpen.nameProperty().set("Maria Jelita Nggara");
        theirsOpen.save(false);
        assertThat(theirsOpen.problems()).noneMatch(FormProblem::error);

        mineOpen.nameProperty().set("Maria Jelita Ndoi");
        mineOpen.save(false);
        assertThat(mineOpen.problems()).filteredOn(p -> p.code().equals("CHANGED_BY_OTHER")).singleElement()
                .satisfies(p -> {
                    assertThat(p.args().get(0)).isEqualTo(Actor.current());
                    assertThat((String) p.args().get(1)).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
                });
        assertThat(java.text.MessageFormat.format(I18n.bundle(I18n.INDONESIAN).getString("problem.CHANGED_BY_OTHER"),
                "siti", "06/12/2026 09:15")).startsWith("Data ini diubah oleh siti pada 06/12/2026 09:15 sejak formulir dibuka: muat ulang");
        assertThat(mine.enrollments().openForEditing(id).fullName()).as("the other clerk's change stays")
                .isEqualTo("Maria Jelita Nggara");

        // Opened again (muat ulang): the correction saves, and the same form may save once more.
        EnrollmentFormViewModel reopened = form(mine);
        reopened.edit(id);
        reopened.nameProperty().set("Maria Jelita Ndoi");
        reopened.save(false);
        assertThat(reopened.problems()).noneMatch(FormProblem::error);
        reopened.nameProperty().set("Maria Jelita Ndoi Nggara");
        reopened.save(false);
        assertThat(reopened.problems()).noneMatch(FormProblem::error);
        assertThat(theirs.enrollments().openForEditing(id).fullName()).isEqualTo("Maria Jelita Ndoi Nggara");
    }
}
