package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import id.payung.ui.enrollments.EnrollmentFormViewModel;
import id.payung.ui.enrollments.EnrollmentFormViewModel.PersonChange;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trial 16 H1, without a toolkit: a new enrollment of a registered NIK never changes the person's name (or sex,
 * birth date…) for all their years unasked; the same name written another way is no change at all.
 */
class EnrollmentFormKnownNikTest {
    private static final String NIK = "5310011203850001";

    @TempDir
    Path dir;

    private PayungServices services;
    private EnrollmentFormViewModel form;
    private final List<List<PersonChange>> asked = new ArrayList<>();
    private boolean answer;

    @BeforeEach
    void open() {
        services = TestData.seeded(dir);
        var choices = new EnrollmentFormViewModel.Choices(services.reference().localRegions(),
                services.reference().occupations(), services.reference().fundingSources());
        form = new EnrollmentFormViewModel(services.enrollments(), new DirectTaskExecutor(), TestData.CLOCK, "5310", choices);
        form.setRegisteredChangeQuestion(changes -> {
            asked.add(changes);
            return answer;
        });
    }

    @AfterEach
    void close() {
        services.close();
    }

    private void registerKornelis() {
        services.enrollments().enrol(TestData.form(NIK, "Kornelis Jehaut", "APBD-KAB-MGR", YearMonth.of(2026, 12),
                YearMonth.of(2027, 11)));
    }

    /** The NIK typed; the form fills the rest in; the next year's period with a funder. */
    private void nextYearOf(String nik) {
        form.nikProperty().set(nik);
        form.funderProperty().set(services.reference().fundingSources().stream()
                .filter(f -> f.code().equals("APBD-KAB-MGR")).findFirst().orElseThrow());
        form.firstMonthProperty().set("12/2027");
    }

    private String registeredName() {
        return services.enrollments().personByNik(NIK).orElseThrow().fullName();
    }

    private int enrollments() {
        long id = services.enrollments().personByNik(NIK).orElseThrow().id();
        return services.enrollments().history(id).enrollments().size();
    }

    @Test
    void theSameNameWrittenAnotherWayIsNoChangeAndIsSavedAsRegistered() {
        registerKornelis();
        nextYearOf(NIK);
        assertThat(form.nameProperty().get()).isEqualTo("Kornelis Jehaut");

        form.nameProperty().set("  KORNELIS   jehaut ");
        assertThat(form.personChanges()).isEmpty();
        form.save(true);

        assertThat(asked).isEmpty();
        assertThat(enrollments()).isEqualTo(2);
        assertThat(registeredName()).isEqualTo("Kornelis Jehaut");
    }

    @Test
    void aDifferentNameIsAskedAboutAndCancelKeepsTheRegisteredName() {
        registerKornelis();
        nextYearOf(NIK);
        form.nameProperty().set("Kornelis JehautKornelis Jehaut");

        form.save(true);

        assertThat(asked).hasSize(1);
        assertThat(asked.get(0)).extracting(PersonChange::labelKey, PersonChange::before, PersonChange::after)
                .containsExactly(tuple("form.name", "Kornelis Jehaut", "Kornelis JehautKornelis Jehaut"));
        assertThat(enrollments()).as("Cancel saves nothing").isEqualTo(1);
        assertThat(registeredName()).isEqualTo("Kornelis Jehaut");

        // Said yes to: the clerk means it.
        answer = true;
        form.save(false);
        assertThat(enrollments()).isEqualTo(2);
        assertThat(registeredName()).isEqualTo("Kornelis JehautKornelis Jehaut");
    }

    @Test
    void anotherBirthPlaceIsAskedAboutTooButANewPhoneIsNot() {
        registerKornelis();
        nextYearOf(NIK);
        form.phoneProperty().set("081299990000");
        form.birthPlaceProperty().set("Borong");

        form.save(false);

        assertThat(asked).hasSize(1);
        assertThat(asked.get(0)).extracting(PersonChange::labelKey, PersonChange::before, PersonChange::after)
                .containsExactly(tuple("form.birthPlace", "Ruteng", "Borong"));
        assertThat(services.enrollments().personByNik(NIK).orElseThrow().birthPlace()).isEqualTo("Ruteng");
        assertThat(enrollments()).isEqualTo(1);

        // Ruteng again, written in capitals: only the new phone is saved, and nothing is asked.
        form.birthPlaceProperty().set("RUTENG ");
        form.save(false);
        assertThat(asked).hasSize(1);
        assertThat(enrollments()).isEqualTo(2);
        assertThat(services.enrollments().personByNik(NIK).orElseThrow())
                .extracting(id.payung.domain.Person::birthPlace, id.payung.domain.Person::phone)
                .containsExactly("Ruteng", "081299990000");
    }

    /** Registered after the form looked the NIK up (another clerk, or a slow look-up): the save still asks first. */
    @Test
    void aNikRegisteredAfterTheFormLookedItUpIsAskedAboutBeforeItIsRenamed() {
        nextYearOf(NIK);
        form.nameProperty().set("Yohanes Jehalu");
        form.regionProperty().set(services.reference().localRegions().stream()
                .filter(r -> r.code().equals("53.10.12")).findFirst().orElseThrow());
        assertThat(form.knownPersonProperty().get()).isNull();
        assertThat(form.problems()).isEmpty();
        registerKornelis();

        form.save(false);

        assertThat(asked).hasSize(1);
        assertThat(asked.get(0)).extracting(PersonChange::labelKey, PersonChange::after)
                .containsExactly(tuple("form.name", "Yohanes Jehalu"), tuple("form.birthPlace", null));
        assertThat(registeredName()).isEqualTo("Kornelis Jehaut");
        assertThat(enrollments()).isEqualTo(1);
    }
}
