package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.FormProblem;
import id.payung.domain.RegisterFilter;
import id.payung.service.EnrollmentService;
import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import id.payung.ui.enrollments.EnrollmentFormViewModel;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trial 20c, without a toolkit. H1: a registered man typed again under a NIK with one digit wrong, same name and birth
 * date, was saved as a second person unsaid. M1: a recognised NIK enrolled in the form's months was said only on
 * saving, after a question about renaming him for a save that was then refused.
 */
class EnrollmentFormSamePersonTest {
    @TempDir
    Path dir;

    private PayungServices services;
    private EnrollmentFormViewModel form;
    private final List<EnrollmentService.LikelySame> askedOther = new ArrayList<>();
    private int askedRename;
    private final List<List<EnrollmentFormViewModel.PersonChange>> renames = new ArrayList<>();
    private boolean answer;
    private boolean renameAnswer = true;

    @BeforeEach
    void open() {
        services = TestData.seeded(dir);
        var choices = new EnrollmentFormViewModel.Choices(services.reference().localRegions(),
                services.reference().occupations(), services.reference().fundingSources());
        form = new EnrollmentFormViewModel(services.enrollments(), new DirectTaskExecutor(), TestData.CLOCK, "5310", choices);
        form.setOtherPersonQuestion(same -> {
            askedOther.add(same);
            return answer;
        });
        form.setRegisteredChangeQuestion(changes -> {
            askedRename++;
            renames.add(changes);
            return renameAnswer;
        });
    }

    @AfterEach
    void close() {
        services.close();
    }

    private void typed(String nik, String name) {
        form.nikProperty().set(nik);
        form.nameProperty().set(name);
        form.regionProperty().set(services.reference().localRegions().stream()
                .filter(r -> r.code().equals("53.10.12")).findFirst().orElseThrow());
        form.funderProperty().set(services.reference().fundingSources().stream()
                .filter(f -> f.code().equals("APBD-KAB-MGR")).findFirst().orElseThrow());
        form.firstMonthProperty().set("01/2026");
        form.monthsProperty().set("12");
    }

    private long people() {
        return services.register().counts(RegisterFilter.all()).total();
    }

    @Test
    void aRegisteredNameAndBirthDateUnderAnotherNikIsSaidAtOnceAndAskedOnceOnSaving() {
        services.enrollments().enrol(TestData.form("5310011203850001", "Yohanes Jehadu", "APBD-KAB-MGR",
                YearMonth.of(2026, 1), YearMonth.of(2026, 12)));

        typed("5310011203850010", "Yohanes Jehadu");

        assertThat(form.nikNewsProperty().get()).isNotNull();
        assertThat(form.nikNewsProperty().get().said()).extracting(FormProblem::code, FormProblem::args, FormProblem::error)
                .containsExactly("NIK_LIKELY_SAME_PERSON", List.of("531001********01", "APBD Kabupaten Manggarai",
                        "01/2026", "12/2026"), false);
        assertThat(form.problems()).extracting(FormProblem::code).contains("NIK_LIKELY_SAME_PERSON");

        form.save(true);
        assertThat(askedOther).extracting(EnrollmentService.LikelySame::maskedNik).containsExactly("531001********01");
        assertThat(people()).as("No (the default): not saved, the NIK is to be corrected").isEqualTo(1);

        answer = true;
        form.save(true);
        assertThat(askedOther).hasSize(2);
        assertThat(people()).as("two people may share name and birth date: never refused").isEqualTo(2);
    }

    @Test
    void aSaveBeforeTheLookUpAnsweredStillAsks() {
        typed("5310011203850010", "YOHANES JEHADU"); // looked up: no one yet; then registered (another clerk), Ctrl+Enter
        assertThat(form.nikNewsProperty().get()).isNull();
        services.enrollments().enrol(TestData.form("5310011203850002", "Yohanes  Jehadu", "MANDIRI",
                YearMonth.of(2026, 1), null));

        form.save(true);

        assertThat(askedOther).extracting(EnrollmentService.LikelySame::maskedNik).containsExactly("531001********02");
        assertThat(people()).isEqualTo(1);
        assertThat(form.nikNewsProperty().get()).isNotNull();
    }

    @Test
    void aRecognisedNikEnrolledInTheFormsMonthsIsSaidAtOnceAndRefusedBeforeTheRenameQuestion() {
        EnrollmentService.Saved frans = services.enrollments().enrol(TestData.form("5310012111780003",
                "Fransiskus Ndoi", "APBD-KAB-MGR", YearMonth.of(2026, 1), YearMonth.of(2026, 12)));

        typed("5310012111780003", "Frans Ndoi");

        assertThat(form.nikNewsProperty().get().said()).extracting(FormProblem::code, FormProblem::args)
                .containsExactly("NIK_ENROLLED_OVERLAP", List.of("01/2026", "12/2026", "APBD Kabupaten Manggarai"));
        assertThat(form.nikNewsProperty().get().enrollmentId()).isEqualTo(frans.enrollmentId());

        form.save(false);

        assertThat(askedRename).as("no question for a save that is refused").isZero();
        assertThat(form.problems()).extracting(FormProblem::code).contains("OVERLAP");
        assertThat(form.conflictingEnrollmentProperty().get()).isEqualTo(frans.enrollmentId());

        form.firstMonthProperty().set("01/2027"); // next year: nothing said, the rename asked
        assertThat(form.nikNewsProperty().get()).isNull();
        form.save(false);
        assertThat(askedRename).isEqualTo(1);
    }

    /** Trial 20c L9: a NIK changed in Ubah (…04 → …40) saved on Enter unasked and unsaid; now said and asked. */
    @Test
    void aNikChangedInACorrectionIsSaidAndAskedAboutBeforeItIsSaved() {
        long id = services.enrollments().enrol(TestData.form("5310011203850004", "Yohanes Jehadu", "APBD-KAB-MGR",
                YearMonth.of(2026, 1), YearMonth.of(2026, 12))).enrollmentId();
        form.edit(id);
        form.nikProperty().set("5310011203850040");

        assertThat(form.personChanges()).extracting(EnrollmentFormViewModel.PersonChange::labelKey,
                EnrollmentFormViewModel.PersonChange::before, EnrollmentFormViewModel.PersonChange::after)
                .contains(org.assertj.core.groups.Tuple.tuple("form.nik", "5310011203850004", "5310011203850040"));
        renameAnswer = false;
        form.save(false);
        assertThat(renames).hasSize(1);
        assertThat(renames.get(0)).extracting(EnrollmentFormViewModel.PersonChange::labelKey).containsExactly("form.nik");
        assertThat(services.enrollments().personByNik("5310011203850004")).as("Cancel: not changed").isPresent();

        renameAnswer = true;
        form.save(false);
        assertThat(services.enrollments().personByNik("5310011203850040")).isPresent();
        assertThat(services.enrollments().personByNik("5310011203850004")).isEmpty();
    }

    /**
     * Trial 20c M3: "Ndehez" typed over the desa kept from the last person left it empty, said only on saving as "wajib
     * diisi". Now it is said at once with what was typed and the nearest desa (the import's rule), until one is chosen.
     */
    @Test
    void aDesaTypedThatNamesNoneIsSaidAtOnceWithTheNearestNames() {
        typed("5310011203850001", "Yohanes Jehadu");
        form.regionProperty().set(null);
        form.regionTypedProperty().set("Ndehez");

        assertThat(form.problems()).filteredOn(p -> p.field() == FormProblem.Field.REGION)
                .extracting(FormProblem::code).containsExactly("REGION_TYPED_UNKNOWN");
        assertThat(form.problems()).filteredOn(p -> p.code().equals("REGION_TYPED_UNKNOWN")).singleElement()
                .satisfies(p -> {
                    assertThat(p.args().get(0)).isEqualTo("Ndehez");
                    assertThat(p.args().get(1)).startsWith("Ndehes (Wae Rii)");
                });

        form.regionProperty().set(services.reference().localRegions().stream()
                .filter(r -> r.name().equals("Ndehes")).findFirst().orElseThrow());
        assertThat(form.regionTypedProperty().get()).isNull();
        assertThat(form.problems()).noneMatch(p -> p.field() == FormProblem.Field.REGION);
    }
}
