package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.FormProblem;
import id.payung.domain.FundingSource;
import id.payung.domain.Region;
import id.payung.domain.Sex;
import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import id.payung.ui.enrollments.EnrollmentFormViewModel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The form as a clerk types a village list (trial 14 F4–F6, F14), on a real database, without a toolkit. */
class EnrollmentFormEntryViewModelTest {
    @TempDir
    Path dir;

    private PayungServices services;
    private final DirectTaskExecutor tasks = new DirectTaskExecutor();
    private EnrollmentFormViewModel.Choices choices;
    private EnrollmentFormViewModel form;

    @BeforeEach
    void open() {
        services = TestData.seeded(dir);
        choices = new EnrollmentFormViewModel.Choices(services.reference().localRegions(),
                services.reference().occupations(), services.reference().fundingSources());
        form = newForm();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private EnrollmentFormViewModel newForm() {
        return new EnrollmentFormViewModel(services.enrollments(), tasks, TestData.CLOCK, "5310", choices);
    }

    private Region region(String code) {
        return services.reference().localRegions().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    private FundingSource funder(String code) {
        return services.reference().fundingSources().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
    }

    /** A person of the paper list: desa Poco, APBD Kabupaten, from 01/2027 for 12 months. */
    private void fillFromList(EnrollmentFormViewModel f, String nik, String name) {
        f.nikProperty().set(nik);
        f.nameProperty().set(name);
        f.regionProperty().set(region("53.10.01.2003"));
        f.occupationProperty().set(services.reference().occupations().stream()
                .filter(o -> o.code().equals("PETANI")).findFirst().orElseThrow());
        f.funderProperty().set(funder("APBD-KAB-MGR"));
        f.firstMonthProperty().set("01/2027");
        f.monthsProperty().set("12");
    }

    /** F4: Yohanes's NIK filled his data; changed to Theresia's, his name, desa and occupation must not stay. */
    @Test
    void aChangedNikTakesOutWhatTheRegisteredNikFilledInButNotWhatTheClerkTypedSince() {
        services.enrollments().enrol(TestData.form("5310011203850001", "Yohanes Jehalu", "APBD-KAB-MGR",
                YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
        // The previous entry kept desa Poco.
        form.regionProperty().set(region("53.10.01.2003"));

        form.nikProperty().set("5310011203850001");
        assertThat(form.nameProperty().get()).isEqualTo("Yohanes Jehalu");
        assertThat(form.regionProperty().get().code()).isEqualTo("53.10.12");
        assertThat(form.phoneProperty().get()).isEqualTo("081234567890");
        form.addressProperty().set("Kampung Tengah"); // typed by the clerk after the fill

        form.nikProperty().set("5310014409920004"); // Theresia, 04/09/1992, not registered

        assertThat(form.knownPersonProperty().get()).isNull();
        assertThat(form.nameProperty().get()).as("his name goes with his NIK").isEmpty();
        assertThat(form.phoneProperty().get()).isEmpty();
        assertThat(form.birthPlaceProperty().get()).isEmpty();
        assertThat(form.occupationProperty().get()).isNull();
        assertThat(form.regionProperty().get().code()).as("the desa the form held before his").isEqualTo("53.10.01.2003");
        assertThat(form.addressProperty().get()).as("typed after the fill: the clerk's").isEqualTo("Kampung Tengah");
        assertThat(form.sexProperty().get()).isEqualTo(Sex.P);
        assertThat(form.birthDateProperty().get()).isEqualTo(LocalDate.of(1992, 9, 4));
        assertThat(form.clearedFromNikProperty().get()).as("said under the NIK").isEqualTo("Yohanes Jehalu");

        // Saving now asks for her name instead of saving his.
        form.save(false);
        assertThat(form.problems()).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo(FormProblem.Field.NAME);
            assertThat(p.code()).isEqualTo("REQUIRED");
        });
        assertThat(services.enrollments().personByNik("5310014409920004")).isEmpty();
    }

    /** F5: Enter (save and close), then a new form: desa, start month and months come back, and the form says so. */
    @Test
    void aNewFormStartsFromWhatTheLastEntryKeptAsSaveAndNewDoes() {
        fillFromList(form, "5310011203850001", "Yohanes Jehalu");
        form.save(false);
        assertThat(form.savedCountProperty().get()).isEqualTo(1);
        EnrollmentFormViewModel.Kept kept = form.kept();

        EnrollmentFormViewModel next = newForm();
        assertThat(next.firstMonthProperty().get()).as("today's month, before anything is kept").isEqualTo("11/2026");
        next.startFrom(kept);

        assertThat(next.funderProperty().get().code()).isEqualTo("APBD-KAB-MGR");
        assertThat(next.regionProperty().get().code()).isEqualTo("53.10.01.2003");
        assertThat(next.firstMonthProperty().get()).isEqualTo("01/2027");
        assertThat(next.monthsProperty().get()).isEqualTo("12");
        assertThat(next.lastMonthProperty().get()).isEqualTo("12/2027");
        assertThat(next.keptStillProperty().get()).isEqualTo(kept);
        assertThat(next.hasUnsavedInput()).as("what was kept is not the clerk's input").isFalse();

        // Changed by the clerk, a part is no longer said to be kept.
        next.firstMonthProperty().set("02/2027");
        assertThat(next.keptStillProperty().get().firstMonth()).isNull();
        assertThat(next.keptStillProperty().get().regionCode()).isEqualTo("53.10.01.2003");

        // Save and new says the same.
        fillFromList(next, "5310015507900002", "Maria Nirmala");
        next.save(true);
        assertThat(next.nameProperty().get()).isEmpty();
        assertThat(next.keptStillProperty().get()).isNotNull();
        assertThat(next.keptStillProperty().get().firstMonth()).isEqualTo("01/2027");
    }

    /** F6: "01/", "1a/", "0" and "120" are refused by the field's name; above 12 is a warning. */
    @Test
    void monthsMustBeAWholeNumberFromOneToSixty() {
        fillFromList(form, "5310011203850001", "Yohanes Jehalu");
        for (String typed : new String[] {"01/", "1a/", "0", "120", "61", "-3", "1,5"}) {
            form.monthsProperty().set(typed);
            assertThat(form.problems()).as(typed).anySatisfy(p -> {
                assertThat(p.field()).isEqualTo(FormProblem.Field.MONTHS);
                assertThat(p.code()).isEqualTo("MONTHS_RANGE");
                assertThat(p.error()).isTrue();
            });
            assertThat(form.lastMonthProperty().get()).as("no last month of another number beside " + typed).isEmpty();
        }
        form.monthsProperty().set("01/");
        form.save(false);
        assertThat(services.enrollments().personByNik("5310011203850001")).as("refused, not saved as 1 month").isEmpty();

        form.monthsProperty().set("24");
        assertThat(form.lastMonthProperty().get()).isEqualTo("12/2028");
        assertThat(form.problems()).filteredOn(p -> p.field() == FormProblem.Field.MONTHS)
                .extracting(FormProblem::code, FormProblem::error)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MONTHS_OVER_12", false));
        form.monthsProperty().set("6");
        assertThat(form.problems()).noneMatch(p -> p.field() == FormProblem.Field.MONTHS || p.error());
        assertThat(form.lastMonthProperty().get()).isEqualTo("06/2027");
    }

    /**
     * The form's months are the enrollment rules' ({@link id.payung.domain.EnrollmentRules#monthsProblem}): every count
     * typed says what the rules say of it, and a period typed by its last month is held to the same limit, here and
     * by the service behind it.
     */
    @Test
    void theFormsMonthsAreTheEnrollmentRules() {
        fillFromList(form, "5310011203850001", "Yohanes Jehalu");
        for (int n = 1; n <= id.payung.domain.EnrollmentRules.MAX_MONTHS + 10; n++) {
            form.monthsProperty().set(String.valueOf(n));
            assertThat(form.problems()).as("%d months", n).filteredOn(p -> p.field() == FormProblem.Field.MONTHS)
                    .containsExactlyElementsOf(id.payung.domain.EnrollmentRules.monthsProblem(n).stream().toList());
            assertThat(form.lastMonthProperty().get().isEmpty()).as("%d months give a last month", n)
                    .isEqualTo(!id.payung.domain.EnrollmentRules.monthsAllowed(n));
        }

        // 01/2027–01/2032 typed as "Sampai": 61 months, refused as the typed count is, and not saved.
        form.monthsProperty().set("");
        form.lastMonthProperty().set("01/2032");
        assertThat(form.monthsProperty().get()).isEqualTo("61");
        assertThat(form.problems()).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo(FormProblem.Field.MONTHS);
            assertThat(p.error()).isTrue();
        });
        form.save(false);
        assertThat(services.enrollments().personByNik("5310011203850001")).as("61 months: refused").isEmpty();
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(() -> services.enrollments().enrol(form.form()),
                id.payung.service.InvalidInputException.class).problems())
                .as("the service refuses what the form refuses").extracting(FormProblem::code).contains("PERIOD_TOO_LONG");

        form.lastMonthProperty().set("12/2031");
        assertThat(form.monthsProperty().get()).isEqualTo("60");
        assertThat(form.problems()).noneMatch(FormProblem::error);
        form.save(false);
        assertThat(services.enrollments().personByNik("5310011203850001")).as("60 months: saved").isPresent();
    }

    /** F14: Esc asks only when something would be lost. */
    @Test
    void unsavedInputIsWhatTheClerkTypedSinceTheFormWasOpenedOrSaved() {
        assertThat(form.hasUnsavedInput()).isFalse();
        form.nameProperty().set("Yoh");
        assertThat(form.hasUnsavedInput()).isTrue();
        fillFromList(form, "5310011203850001", "Yohanes Jehalu");
        form.save(true);
        assertThat(form.hasUnsavedInput()).as("saved, and the next person not begun").isFalse();
        form.birthDateTextProperty().set("31/02/1985");
        assertThat(form.hasUnsavedInput()).as("a date that is no date is typed input too").isTrue();
    }
}
