package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.FormProblem;
import id.payung.domain.Person;
import id.payung.service.Actor;
import id.payung.service.EnrollmentService;
import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import id.payung.store.AuditLog;
import id.payung.store.Database;
import id.payung.store.Dialect;
import id.payung.store.EnrollmentRepository;
import id.payung.store.TestEngine;
import id.payung.ui.enrollments.EnrollmentFormViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A record another clerk changed since this clerk's form opened it is not overwritten silently: the save is
 * refused with who changed it and when ("diubah oleh NAME pada TIME: muat ulang"), nothing is written, and a
 * form opened again saves. Two Payungs on one database (as two clerks on one server; on SQLite one file, so both
 * write under this OS user's name; on the server both log in as the test's owner, which keeps the who it sends), the form as the window uses
 * it. The check is part of the save's own write: a change the other clerk commits after the moment the form's
 * old check (a read just before the write) would have passed is refused too.
 */
class ChangedByAnotherClerkTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    /** The engine this class runs on; its PostgreSQL twin says otherwise. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    private PayungServices mine;
    private PayungServices theirs;
    private final DirectTaskExecutor tasks = new DirectTaskExecutor();
    private final ExecutorService thread = Executors.newSingleThreadExecutor();

    @BeforeEach
    void open() {
        mine = engine.services();
        theirs = engine.services();
    }

    @AfterEach
    void close() {
        thread.shutdownNow();
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

    /** Maria Jelita enrolled through the form; returns her enrollment's id. */
    private long enrolMaria() {
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
        return saved.get(0).enrollmentId();
    }

    @Test
    void aCorrectionOfARecordChangedSinceItWasOpenedIsRefusedWithWhoAndWhen() {
        long id = enrolMaria();

        // Both clerks open the record; the other one saves first.
        EnrollmentFormViewModel mineOpen = form(mine);
        mineOpen.edit(id);
        EnrollmentFormViewModel theirsOpen = form(theirs);
        theirsOpen.edit(id);
        theirsOpen.nameProperty().set("Maria Jelita Nggara");
        theirsOpen.save(false);
        assertThat(theirsOpen.problems()).noneMatch(FormProblem::error);

        mineOpen.nameProperty().set("Maria Jelita Ndoi");
        List<FormProblem> refusal = new ArrayList<>();
        mineOpen.problems().addListener((javafx.collections.ListChangeListener<FormProblem>) c -> mineOpen.problems()
                .stream().filter(p -> p.code().equals("CHANGED_BY_OTHER")).forEach(refusal::add));
        mineOpen.save(false);
        assertThat(refusal).first().satisfies(p -> {
            // The whole form's refusal, not Nama's: nobody changed her name (trial 07/12/2026 #7).
            assertThat(p.field()).isEqualTo(FormProblem.Field.FORM);
            assertThat(p.args().get(0)).isEqualTo(Actor.current()); // the tables' owner keeps the who it sends
            assertThat((String) p.args().get(1)).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        });
        // The form then takes the other clerk's version in, keeping what this clerk typed (trial 24b M2).
        assertThat(mineOpen.othersChangeProperty().get()).satisfies(o -> {
            assertThat(o.who()).isEqualTo(Actor.current());
            assertThat(o.fields()).singleElement().isEqualTo(new EnrollmentFormViewModel.OtherField("form.name",
                    "Maria Jelita", "Maria Jelita Nggara", true, "Maria Jelita Ndoi"));
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

    @Test
    void aChangeCommittedWhileTheCorrectionWaitsToWriteIsNotOverwritten() throws Exception {
        long id = enrolMaria();
        EnrollmentFormViewModel mineOpen = form(mine);
        mineOpen.edit(id);
        mineOpen.nameProperty().set("Maria Jelita Ndoi");
        CountDownLatch waiting = new CountDownLatch(1);
        mine.onWriteWait(now -> {
            if (now) {
                waiting.countDown();
            }
        });

        // The other clerk's change is under way (written, not committed) when this clerk saves: the old check, a
        // read just before the write, saw nothing newer and then wrote over it once the other change committed.
        Future<?>[] save = new Future<?>[1];
        try (Database other = engine.open()) {
            other.write(tx -> {
                EnrollmentRepository repo = new EnrollmentRepository();
                Person p = repo.person(tx, repo.enrollment(tx, id).orElseThrow().personId()).orElseThrow();
                repo.updatePerson(tx, new Person(p.id(), p.nik(), "Maria Jelita Nggara", p.sex(), p.birthPlace(),
                        p.birthDate(), p.address(), p.regionCode(), p.occupationCode(), p.phone(), p.kpj()));
                new AuditLog().record(tx, "siti", "UPDATE", "person", String.valueOf(p.id()),
                        "{\"full_name\":\"Maria Jelita\"}", "{\"full_name\":\"Maria Jelita Nggara\"}");
                save[0] = thread.submit(() -> mineOpen.save(false));
                awaitSaveWaiting(waiting);
                return null;
            });
        }
        save[0].get(30, TimeUnit.SECONDS);

        assertThat(mineOpen.othersChangeProperty().get()).as("refused, and the other change taken in")
                .satisfies(o -> assertThat(o.who()).isEqualTo("siti"));
        assertThat(theirs.enrollments().openForEditing(id).fullName()).as("the other clerk's change stays")
                .isEqualTo("Maria Jelita Nggara");
    }

    /**
     * Trial 24b M2: agus and siti open Yohanes Tamur; agus saves Tempat lahir "Reo" and a note, then siti saves
     * "Ruteng" and another name. Her save is refused (nothing written), and her form does not stay on the old values:
     * it takes agus's version in where she typed nothing (the note), keeps what she typed (name, birth place), says
     * what agus changed with her own value beside his where both typed, and its summary compares with agus's version
     * ("Tempat lahir: Reo → Ruteng"). Her second Simpan then saves on top of his version without a new refusal.
     */
    @Test
    void aRefusedCorrectionKeepsWhatWasTypedAndTakesTheOtherClerksChangesIn() {
        long id = enrolMaria();
        EnrollmentFormViewModel siti = form(mine);
        siti.edit(id);
        EnrollmentFormViewModel agus = form(theirs);
        agus.edit(id);
        agus.birthPlaceProperty().set("Reo");
        agus.notesProperty().set("catatan agus");
        agus.save(false);
        assertThat(agus.problems()).noneMatch(FormProblem::error);

        siti.birthPlaceProperty().set("Ruteng");
        siti.nameProperty().set("Maria Jelita Ndoi");
        siti.save(false);

        assertThat(mine.enrollments().form(id)).as("nothing of hers written, his kept").satisfies(f -> {
            assertThat(f.birthPlace()).isEqualTo("Reo");
            assertThat(f.fullName()).isEqualTo("Maria Jelita");
            assertThat(f.notes()).isEqualTo("catatan agus");
        });
        assertThat(siti.othersChangeProperty().get()).isNotNull().satisfies(o -> {
            assertThat(o.who()).isEqualTo(Actor.current());
            assertThat(o.when()).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
            assertThat(o.fields()).containsExactly(
                    new EnrollmentFormViewModel.OtherField("form.birthPlace", null, "Reo", true, "Ruteng"),
                    new EnrollmentFormViewModel.OtherField("form.notes", null, "catatan agus", false, null));
        });
        assertThat(siti.birthPlaceProperty().get()).as("what she typed stays").isEqualTo("Ruteng");
        assertThat(siti.nameProperty().get()).isEqualTo("Maria Jelita Ndoi");
        assertThat(siti.notesProperty().get()).as("his note, which she did not touch").isEqualTo("catatan agus");
        assertThat(siti.problems()).as("she may save again").noneMatch(FormProblem::error);
        assertThat(siti.personChanges()).as("her save, told against his version").containsExactly(
                new EnrollmentFormViewModel.PersonChange("form.name", "Maria Jelita", "Maria Jelita Ndoi"),
                new EnrollmentFormViewModel.PersonChange("form.birthPlace", "Reo", "Ruteng"));
        assertThat(siti.hasUnsavedInput()).isTrue();

        siti.save(false);
        assertThat(siti.problems()).noneMatch(FormProblem::error);
        assertThat(siti.othersChangeProperty().get()).isNull();
        assertThat(theirs.enrollments().form(id)).satisfies(f -> {
            assertThat(f.birthPlace()).isEqualTo("Ruteng");
            assertThat(f.fullName()).isEqualTo("Maria Jelita Ndoi");
            assertThat(f.notes()).as("his note stays").isEqualTo("catatan agus");
        });

        // His form, saving again on top of hers, is refused in turn and takes hers in: nobody's change is lost unseen.
        agus.phoneProperty().set("081234567890");
        agus.save(false);
        assertThat(agus.othersChangeProperty().get().fields()).extracting(EnrollmentFormViewModel.OtherField::labelKey)
                .containsExactly("form.name", "form.birthPlace");
        assertThat(agus.birthPlaceProperty().get()).isEqualTo("Ruteng");
        assertThat(agus.phoneProperty().get()).isEqualTo("081234567890");
    }

    /**
     * Returns once this clerk's save waits for the other write: on a file for the writer's turn (the database
     * says so), on a server for the person's row, which the other transaction holds.
     */
    private void awaitSaveWaiting(CountDownLatch waiting) {
        if (dialect() == Dialect.SQLITE) {
            try {
                assertThat(waiting.await(30, TimeUnit.SECONDS)).as("the save waits for the other write").isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else {
            engine.server().awaitALockWait("the save");
        }
    }
}
