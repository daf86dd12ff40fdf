package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.CoverageStatus;
import id.payung.domain.FormProblem;
import id.payung.domain.Sex;
import id.payung.service.facade.PayungServices;
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
    private final DirectTaskExecutor tasks = new DirectTaskExecutor();
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
    void sexAndBirthDateFilledFromTheNikFollowANewNikUntilTheUserTypesTheirOwn() {
        form.nikProperty().set("5310015204850001");
        assertThat(form.sexProperty().get()).isEqualTo(Sex.P);

        // A typo mended: what Payung filled follows the new NIK.
        form.nikProperty().set("5310011205850002");
        assertThat(form.sexProperty().get()).isEqualTo(Sex.L);
        assertThat(form.birthDateProperty().get()).isEqualTo(LocalDate.of(1985, 5, 12));

        // Half a NIK decodes to nothing: Payung's values go with it, and come back with a whole one.
        form.nikProperty().set("53100112");
        assertThat(form.sexProperty().get()).isNull();
        assertThat(form.birthDateProperty().get()).isNull();
        form.nikProperty().set("5310011205850002");
        assertThat(form.birthDateProperty().get()).isEqualTo(LocalDate.of(1985, 5, 12));

        // A birth date the user typed stays; the NIK check names the mismatch.
        form.birthDateProperty().set(LocalDate.of(1985, 5, 13));
        form.nikProperty().set("5310015204850001");
        assertThat(form.sexProperty().get()).isEqualTo(Sex.P);
        assertThat(form.birthDateProperty().get()).isEqualTo(LocalDate.of(1985, 5, 13));
        assertThat(form.problems()).extracting(FormProblem::code).containsExactly("NIK_BIRTH_DATE_MISMATCH");
    }

    /** The occupation may be left unknown, as an import leaves it: saved as unknown, and taken back to unknown. */
    @Test
    void anOccupationNotKnownIsSavedAsUnknownAndAChosenOneCanBeTakenBack() {
        fillMaria();
        form.occupationProperty().set(null);
        form.save(false);
        assertThat(form.problems()).isEmpty();
        assertThat(form.savedCountProperty().get()).isEqualTo(1);
        assertThat(services.enrollments().personByNik("5310015204850001").orElseThrow().occupationCode()).isNull();

        long id = services.enrollments().personByNik("5310015204850001").map(p -> services.enrollments().history(p.id()))
                .orElseThrow().enrollments().get(0).id();
        form.edit(id);
        assertThat(form.occupationProperty().get()).isNull();
        form.occupationProperty().set(occupation("PEDAGANG"));
        form.save(false);
        assertThat(services.enrollments().personByNik("5310015204850001").orElseThrow().occupationCode()).isEqualTo("PEDAGANG");
        form.edit(id);
        form.occupationProperty().set(null);
        form.save(false);
        assertThat(form.problems()).isEmpty();
        assertThat(services.enrollments().personByNik("5310015204850001").orElseThrow().occupationCode()).isNull();
    }

    @Test
    void correctingAnEnrollmentDoesNotSayItsOwnPersonIsAlreadyRegistered() {
        long id = services.enrollments().enrol(TestData.form("5310015204850001", "Maria Jelita", "APBD-KAB-MGR",
                java.time.YearMonth.of(2026, 1), java.time.YearMonth.of(2026, 12))).enrollmentId();
        services.enrollments().enrol(TestData.form("5310011205850002", "Yohanes Jehaut", "APBD-KAB-MGR",
                java.time.YearMonth.of(2026, 1), java.time.YearMonth.of(2026, 12)));

        form.edit(id);
        assertThat(form.nameProperty().get()).isEqualTo("Maria Jelita");
        assertThat(form.knownPersonProperty().get()).isNull();
        form.notesProperty().set("dicek ulang");
        form.save(false);
        assertThat(form.problems()).isEmpty();
        assertThat(form.knownPersonProperty().get()).isNull();

        // Another registered person's NIK typed into her enrollment is news.
        form.edit(id);
        form.nikProperty().set("5310011205850002");
        assertThat(form.knownPersonProperty().get().fullName()).isEqualTo("Yohanes Jehaut");
    }

    @Test
    void aNikPastedWithNoBreakSpacesIsAcceptedAsTheImportAcceptsIt() {
        fillMaria();
        form.nikProperty().set("5310\u00a00152\u00a00485\u00a00001");
        assertThat(form.problems()).isEmpty();
        assertThat(form.sexProperty().get()).isEqualTo(Sex.P);
        assertThat(form.incomeProperty().get()).as("the standard income, written the id-ID way").isEqualTo("1.000.000");
        form.save(false);
        assertThat(form.savedCountProperty().get()).isEqualTo(1);
        assertThat(services.enrollments().personByNik("5310\u202f0152\u202f0485\u202f0001").orElseThrow().nik())
                .isEqualTo("5310015204850001");
    }

    /** Correcting a person, a birth date typed that is no date is refused, not listed as a change to "(kosong)". */
    @Test
    void aRefusedBirthDateIsNoChangeToEmpty() {
        long id = services.enrollments().enrol(TestData.form("5310015204850001", "Maria Jelita", "APBD-KAB-MGR",
                java.time.YearMonth.of(2026, 1), java.time.YearMonth.of(2026, 12))).enrollmentId();
        form.edit(id);
        form.birthDateProperty().set(null);
        form.birthDateTextProperty().set("31/02/1985");
        assertThat(form.personChanges()).noneSatisfy(c -> assertThat(c.labelKey()).isEqualTo("form.birthDate"));
        form.birthDateTextProperty().set(null);
        assertThat(form.personChanges()).as("emptied for real, it is a change")
                .anySatisfy(c -> assertThat(c.labelKey()).isEqualTo("form.birthDate"));
    }

    /** A birth date typed that is no date is refused by name, not saved as no date (the field's value is null). */
    @Test
    void aBirthDateThatIsNoDateIsRefused() {
        fillMaria();
        form.birthDateProperty().set(null);
        form.birthDateTextProperty().set("31/02/1985");
        form.save(false);
        assertThat(form.savedCountProperty().get()).isZero();
        assertThat(form.problems()).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo(id.payung.domain.FormProblem.Field.BIRTH_DATE);
            assertThat(p.code()).isEqualTo("DATE_FORMAT");
            assertThat(p.args()).containsExactly("31/02/1985");
        });
        form.birthDateTextProperty().set(null);
        form.birthDateProperty().set(LocalDate.of(1985, 4, 12));
        form.save(false);
        assertThat(form.savedCountProperty().get()).isEqualTo(1);
    }

    @Test
    void aSaveTheServiceRefusesShowsItsProblemsAndTheFormCanSaveAgain() {
        fillMaria();
        form.save(false);
        assertThat(form.savedCountProperty().get()).isEqualTo(1);
        // The same person, funder and months again: the service refuses the overlap; the form says why.
        form.save(false);
        assertThat(form.savedCountProperty().get()).isEqualTo(1);
        assertThat(form.problems()).extracting(FormProblem::code).containsExactly("OVERLAP");
        form.firstMonthProperty().set("01/2027");
        form.save(false);
        assertThat(form.savedCountProperty().get()).isEqualTo(2);
        assertThat(form.problems()).isEmpty();
    }

    @Test
    void aPhoneTypedAnyUsualWayIsSavedAs08LikeTheImportReadsIt() {
        fillMaria();
        form.phoneProperty().set("+62 812-3456-7890");
        assertThat(form.problems()).isEmpty();
        assertThat(form.form().phone()).isEqualTo("081234567890");
        form.normalisePhone();
        assertThat(form.phoneProperty().get()).isEqualTo("081234567890");

        form.phoneProperty().set("812 3456 7890");
        form.save(false);
        assertThat(services.enrollments().personByNik("5310015204850001").orElseThrow().phone()).isEqualTo("081234567890");

        // Two numbers in one field: the user can mend it, so it stays the form's error, as the rules say.
        form.phoneProperty().set("0812 3456 7890 / 0813");
        form.normalisePhone();
        assertThat(form.phoneProperty().get()).isEqualTo("0812 3456 7890 / 0813");
        assertThat(form.problems()).extracting(FormProblem::code).containsExactly("PHONE_FORMAT");
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

        register.delete(register.rows().get(0), id.payung.domain.Deletion.of(id.payung.domain.DeleteReason.WRONG_ENTRY));
        assertThat(register.rows()).isEmpty();
        register.undoDelete();
        assertThat(register.rows()).extracting(EnrollmentRow::name).containsExactly("Maria Jelita");
    }

    private id.payung.domain.Region region(String code) {
        return services.reference().localRegions().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    private static id.payung.domain.EnrollmentForm at(id.payung.domain.EnrollmentForm f, String region) {
        return new id.payung.domain.EnrollmentForm(f.nik(), f.fullName(), f.sex(), f.birthPlace(), f.birthDate(),
                f.address(), region, f.occupationCode(), f.phone(), f.kpj(), f.funderCode(), f.segment(), f.programmes(),
                f.declaredIncomeRp(), f.firstMonth(), f.lastMonth(), f.notes());
    }

    @Test
    void aKnownNikFillsInAllTheirCurrentDataOverThePreviousEntryAndShowsWhatWillChange() {
        services.enrollments().enrol(TestData.form("5310015204850001", "Maria Jelita", "APBD-KAB-MGR",
                java.time.YearMonth.of(2026, 1), java.time.YearMonth.of(2026, 12)));
        // The previous entry leaves its village (and the clerk types a name before the NIK).
        form.nikProperty().set("5310011205850002");
        form.nameProperty().set("Yohanes");
        form.regionProperty().set(region("53.10.01"));
        form.occupationProperty().set(services.reference().occupations().get(0));
        form.funderProperty().set(services.reference().fundingSources().stream()
                .filter(f -> f.code().equals("APBD-KAB-MGR")).findFirst().orElseThrow());
        form.firstMonthProperty().set("01/2027");
        form.save(true);
        form.nameProperty().set("Mar");

        form.nikProperty().set("5310015204850001");

        assertThat(form.knownPersonProperty().get().fullName()).isEqualTo("Maria Jelita");
        assertThat(form.nameProperty().get()).isEqualTo("Maria Jelita");
        assertThat(form.regionProperty().get().code()).as("her place, not the previous entry's").isEqualTo("53.10.12");
        assertThat(form.occupationProperty().get().code()).isEqualTo("OJEK");
        assertThat(form.phoneProperty().get()).isEqualTo("081234567890");
        assertThat(form.addressProperty().get()).isEqualTo("Jl. Motang Rua");
        assertThat(form.birthPlaceProperty().get()).isEqualTo("Ruteng");
        assertThat(form.personChanges()).isEmpty();

        // She moved to Wae Rii for 2027: that is what will change for her.
        form.regionProperty().set(region("53.10.01"));
        assertThat(form.personChanges()).extracting(EnrollmentFormViewModel.PersonChange::labelKey,
                c -> ((id.payung.domain.Region) c.before()).name(), c -> ((id.payung.domain.Region) c.after()).name())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("form.region", "Langke Rembong", "Wae Rii"));
        form.save(false);

        assertThat(services.enrollments().personByNik("5310015204850001").orElseThrow().regionCode()).isEqualTo("53.10.01");
        var rows = services.register().page(id.payung.domain.RegisterFilter.all().withSearch("Maria"),
                new id.payung.domain.RegisterSort(id.payung.domain.RegisterSort.Column.FIRST_MONTH, true), null, 10).rows();
        assertThat(rows).extracting(r -> r.firstMonth().getYear(), id.payung.domain.EnrollmentSummary::kecamatanName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2026, "Langke Rembong"),
                        org.assertj.core.groups.Tuple.tuple(2027, "Wae Rii"));
    }

    @Test
    void aLongEndedEnrollmentCanBeCorrectedWithoutTouchingItsPeriod() {
        // Self-paying since 2019, ended 2025: 84 months, more than one entry may be typed for (60), and legitimate.
        long enrollment = services.enrollments().enrol(TestData.form("5310015204850001", "Kristina Ndung", "MANDIRI",
                java.time.YearMonth.of(2019, 1), null)).enrollmentId();
        services.enrollments().end(enrollment, java.time.YearMonth.of(2025, 12), id.payung.domain.EndReason.PERIOD_OVER);
        form.edit(enrollment);
        assertThat(form.lastMonthProperty().get()).isEqualTo("12/2025");
        form.phoneProperty().set("081234567890");
        form.save(false);
        assertThat(form.problems()).filteredOn(FormProblem::error).isEmpty();
        var saved = services.enrollments().openForEditing(enrollment);
        assertThat(saved.lastMonth()).isEqualTo(java.time.YearMonth.of(2025, 12));
        assertThat(saved.phone()).isEqualTo("081234567890");
        // A period typed anew is held to the rule.
        form.edit(enrollment);
        form.lastMonthProperty().set("12/2026");
        form.save(false);
        assertThat(form.problems()).extracting(FormProblem::code).containsAnyOf("MONTHS_RANGE", "PERIOD_TOO_LONG");
        assertThat(services.enrollments().openForEditing(enrollment).lastMonth()).isEqualTo(java.time.YearMonth.of(2025, 12));
    }

    /**
     * A saved period longer than 60 months shortened (2019-01..2025-12 to 06/2025 on 23/11/2026): the form takes it with
     * the service's warning, as the service does, instead of refusing the 78 months "Sampai" filled in as a count typed.
     * Still running past this month beyond 60 months, it stays refused, by the same rule.
     */
    @Test
    void aSavedOverLongPeriodShortenedIsTakenWithTheServicesWarningOnceEnded() {
        long ended = services.enrollments().enrol(TestData.form("5310015204850001", "Kristina Ndung", "MANDIRI",
                java.time.YearMonth.of(2019, 1), null)).enrollmentId();
        services.enrollments().end(ended, java.time.YearMonth.of(2025, 12), id.payung.domain.EndReason.PERIOD_OVER);
        form.edit(ended);
        form.lastMonthProperty().set("06/2025");
        assertThat(form.monthsProperty().get()).isEqualTo("78");
        assertThat(form.problems()).containsExactly(
                FormProblem.warning(FormProblem.Field.MONTHS, "PERIOD_LONG_ENDED", "78", "60"));
        form.save(false);
        assertThat(form.problems()).noneMatch(FormProblem::error);
        assertThat(services.enrollments().openForEditing(ended).lastMonth()).isEqualTo(java.time.YearMonth.of(2025, 6));

        long running = services.enrollments().enrol(TestData.form("5310011205850002", "Yohanes Jehalu", "MANDIRI",
                java.time.YearMonth.of(2022, 1), null)).enrollmentId();
        services.enrollments().end(running, java.time.YearMonth.of(2027, 12), id.payung.domain.EndReason.PERIOD_OVER);
        form.edit(running);
        form.phoneProperty().set("081299990000");
        assertThat(form.problems()).as("kept as saved: a fact").noneMatch(FormProblem::error);
        form.lastMonthProperty().set("06/2027");
        assertThat(form.problems()).containsExactly(
                FormProblem.error(FormProblem.Field.MONTHS, "PERIOD_TOO_LONG", "66", "60"));
        form.save(false);
        assertThat(services.enrollments().openForEditing(running).lastMonth()).isEqualTo(java.time.YearMonth.of(2027, 12));
    }

    /** A new entry typed by its ends, 84 months that have ended: taken with the warning, as the service and an import take it. */
    @Test
    void aNewLongPeriodThatHasEndedIsTakenWithTheWarningAsTheServiceTakesIt() {
        fillMaria();
        form.firstMonthProperty().set("01/2019");
        form.lastMonthProperty().set("12/2025");
        assertThat(form.problems()).containsExactly(
                FormProblem.warning(FormProblem.Field.MONTHS, "PERIOD_LONG_ENDED", "84", "60"));
        form.save(false);
        assertThat(form.savedCountProperty().get()).isEqualTo(1);
    }

    @Test
    void correctingAnEnrollmentSaysItsFunderAndPeriodWillChangeBeforeSaving() {
        long id = services.enrollments().enrol(TestData.form("5310015204850001", "Kristina Ndung", "APBD-PROV-NTT",
                java.time.YearMonth.of(2026, 1), java.time.YearMonth.of(2026, 12))).enrollmentId();
        form.edit(id);
        assertThat(form.personChanges()).isEmpty();
        form.funderProperty().set(services.reference().fundingSources().stream().filter(f -> f.code().equals("APBD-KAB-MGR"))
                .findFirst().orElseThrow());
        form.lastMonthProperty().set("09/2026");
        // A correction rewrites the enrollment for its whole period: the province's funding would be gone (trial 12).
        assertThat(form.personChanges()).extracting(EnrollmentFormViewModel.PersonChange::labelKey,
                c -> String.valueOf(c.before()), c -> String.valueOf(c.after()))
                .contains(org.assertj.core.groups.Tuple.tuple("form.lastMonth", "12/2026", "09/2026"))
                .anySatisfy(t -> assertThat(t.toList()).startsWith("form.funder"));
    }

    @Test
    void correctingAnEnrollmentListsEveryFieldTheSaveChangesTheNoteToo() {
        long id = services.enrollments().enrol(TestData.form("5310015204850001", "Kristina Ndung", "APBD-PROV-NTT",
                java.time.YearMonth.of(2026, 1), java.time.YearMonth.of(2026, 12))).enrollmentId();
        form.edit(id);
        form.birthPlaceProperty().set("Reo");
        form.notesProperty().set("catatan agus");
        form.jhtProperty().set(!form.jhtProperty().get());
        form.incomeProperty().set("1.500.000");
        // Trial 24b L4: Tempat lahir was listed, the Catatan typed beside it was saved unsaid.
        assertThat(form.personChanges()).extracting(EnrollmentFormViewModel.PersonChange::labelKey)
                .containsExactly("form.birthPlace", "form.programmes", "form.income", "form.notes");
        assertThat(form.personChanges()).filteredOn(c -> c.labelKey().equals("form.notes")).singleElement()
                .satisfies(c -> assertThat(c.after()).isEqualTo("catatan agus"));
        assertThat(form.personChanges()).filteredOn(c -> c.labelKey().equals("form.income")).singleElement()
                .satisfies(c -> assertThat(c.after()).isEqualTo("1.500.000"));
    }

    @Test
    void correctingThePlaceAsksWhetherItAppliesToAllTheirEnrollments() {
        var enrollments = services.enrollments();
        long first = enrollments.enrol(TestData.form("5310015204850001", "Maria Jelita", "APBD-KAB-MGR",
                java.time.YearMonth.of(2026, 1), java.time.YearMonth.of(2026, 12))).enrollmentId();
        long second = enrollments.enrol(at(TestData.form("5310015204850001", "Maria Jelita", "APBD-KAB-MGR",
                java.time.YearMonth.of(2027, 1), java.time.YearMonth.of(2027, 12)), "53.10.01")).enrollmentId();
        java.util.List<Integer> asked = new java.util.ArrayList<>();
        java.util.concurrent.atomic.AtomicReference<java.util.Optional<id.payung.domain.CorrectionScope>> answer =
                new java.util.concurrent.atomic.AtomicReference<>(java.util.Optional.empty());
        form.setCorrectionQuestion(others -> {
            asked.add(others);
            return answer.get();
        });

        // A new phone is not a question of places: saved without asking.
        form.edit(first);
        form.phoneProperty().set("081299990000");
        assertThat(form.personChanges()).extracting(EnrollmentFormViewModel.PersonChange::labelKey)
                .containsExactly("form.phone");
        form.save(false);
        assertThat(asked).isEmpty();

        // Cancelled: nothing saved.
        form.edit(first);
        form.regionProperty().set(region("53.10.03"));
        form.save(false);
        assertThat(asked).containsExactly(1);
        assertThat(enrollments.form(first).regionCode()).isEqualTo("53.10.12");

        // Only this one.
        answer.set(java.util.Optional.of(id.payung.domain.CorrectionScope.THIS_ENROLLMENT));
        form.edit(first);
        form.regionProperty().set(region("53.10.03"));
        form.save(false);
        assertThat(enrollments.form(first).regionCode()).isEqualTo("53.10.03");
        assertThat(enrollments.form(second).regionCode()).isEqualTo("53.10.01");

        // All of them.
        answer.set(java.util.Optional.of(id.payung.domain.CorrectionScope.ALL_ENROLLMENTS));
        form.edit(second);
        form.regionProperty().set(region("53.10.05"));
        form.save(false);
        assertThat(enrollments.form(first).regionCode()).isEqualTo("53.10.05");
        assertThat(enrollments.form(second).regionCode()).isEqualTo("53.10.05");
        assertThat(asked).containsExactly(1, 1, 1);
    }

    @Test
    void theOccupationSearchOffersWhatATitleOrAnEktpWordNamesAndNothingForAnOpenWord() {
        java.util.List<id.payung.domain.Occupation> items = new java.util.ArrayList<>();
        items.add(null); // "(tidak diketahui)", as the form lists it first
        items.addAll(services.reference().occupations());
        java.util.function.Function<id.payung.domain.Occupation, String> label = o -> o == null ? "(tidak diketahui)"
                : o.name();
        java.util.function.Function<String, java.util.List<id.payung.domain.Occupation>> offered = typed ->
                id.payung.ui.enrollments.SearchOrder.offered(
                        id.payung.ui.enrollments.SearchOrder.holdingEveryWord(items, typed, label), typed,
                        id.payung.domain.Occupation::name, form::occupationNamedBy);

        for (String title : java.util.List.of("kades", "Kaur Keuangan", "Sekdes", "Kadus II", "Kasi Pelayanan")) {
            assertThat(offered.apply(title)).as(title).containsExactly(occupation("PERANGKAT-DESA"));
        }
        assertThat(offered.apply("Petani/Pekebun")).containsExactly(occupation("PETANI"));
        assertThat(offered.apply("buruh nelayan")).as("first, then the names holding the words")
                .startsWith(occupation("NELAYAN"));
        assertThat(offered.apply("petani")).as("a name as typed stays first").startsWith(occupation("PETANI"));
        assertThat(offered.apply("desa")).as("the name matches as before").containsExactly(occupation("PERANGKAT-DESA"));
        assertThat(offered.apply("Staf Desa")).as("a word the rule leaves open: nothing to pick").isEmpty();
        assertThat(offered.apply("Pj. Kepala Desa")).isEmpty();
        assertThat(form.occupationNamedBy("Wiraswasta")).isEmpty();
    }

    /**
     * What the Pekerjaan search lists for {@code typed} in {@code language}, as the form wires it: the names the skin
     * finds, ordered, with what the typed text names or starts ({@code OccupationWords}).
     */
    private java.util.List<id.payung.domain.Occupation> offeredAsTyped(java.util.Locale language, String typed) {
        java.util.ResourceBundle words = I18n.bundle(language);
        java.util.List<id.payung.domain.Occupation> items = new java.util.ArrayList<>();
        items.add(null); // "(tidak diketahui)", as the form lists it first
        items.addAll(services.reference().occupations());
        java.util.function.Function<id.payung.domain.Occupation, String> shown = o -> OccupationNames.name(words, o);
        java.util.function.Function<id.payung.domain.Occupation, String> label = o -> o == null
                ? words.getString("form.occupation.unknown") : shown.apply(o);
        return id.payung.ui.enrollments.SearchOrder.offered(
                id.payung.ui.enrollments.SearchOrder.holdingEveryWord(items, typed, label), typed, shown,
                form::occupationNamedBy, form::occupationsStartedBy);
    }

    @Test
    void theOccupationSearchOffersWhatAHalfTypedTitleOrWordStartsBestFirstInBothLanguages() {
        for (java.util.Locale language : java.util.List.of(I18n.INDONESIAN, I18n.ENGLISH)) {
            for (String typed : java.util.List.of("kad", "kau", "seke", "sekd", "kepala d", "kaur keu", "kas")) {
                assertThat(offeredAsTyped(language, typed)).as(language + " " + typed)
                        .containsExactly(occupation("PERANGKAT-DESA"));
            }
            assertThat(offeredAsTyped(language, "peta")).as(language + " peta").containsExactly(occupation("PETANI"));
            assertThat(offeredAsTyped(language, "ojo")).as(language + " ojo: Ojol").containsExactly(occupation("OJEK"));
            assertThat(offeredAsTyped(language, "kasir")).as("no title starts so").isEmpty();
            assertThat(offeredAsTyped(language, "Kepala Sekolah")).isEmpty();
            assertThat(offeredAsTyped(language, "Staf Desa")).isEmpty();
        }
        assertThat(offeredAsTyped(I18n.INDONESIAN, "buruh")).as("the name first, then the words")
                .startsWith(occupation("BURUH-TANI")).containsExactlyInAnyOrder(occupation("BURUH-TANI"),
                        occupation("TUKANG-BANGUNAN"), occupation("NELAYAN"));
        assertThat(offeredAsTyped(I18n.ENGLISH, "buruh")).as("Farm labourer, Construction worker, Fisher")
                .startsWith(occupation("BURUH-TANI")).containsExactlyInAnyOrder(occupation("BURUH-TANI"),
                        occupation("TUKANG-BANGUNAN"), occupation("NELAYAN"));
        assertThat(offeredAsTyped(I18n.ENGLISH, "farm")).as("the English names, as before")
                .containsExactlyInAnyOrder(occupation("PETANI"), occupation("BURUH-TANI"));
        assertThat(offeredAsTyped(I18n.INDONESIAN, "ka")).as("two letters: the names holding them only, as before")
                .containsExactlyElementsOf(id.payung.ui.enrollments.SearchOrder.holdingEveryWord(
                        services.reference().occupations(), "ka", id.payung.domain.Occupation::name));
        assertThat(offeredAsTyped(I18n.INDONESIAN, "kades")).as("a title typed whole, as before")
                .containsExactly(occupation("PERANGKAT-DESA"));
    }

    private id.payung.domain.Occupation occupation(String code) {
        return services.reference().occupations().stream().filter(o -> o.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theSegmentFollowsPerangkatDesaUntilTheClerkChoosesItThemselves() {
        fillMaria();
        assertThat(form.segmentProperty().get()).isEqualTo(id.payung.domain.Segment.BPU);

        // A village official is a wage earner of the village: PU, costed at the village's rate.
        form.occupationProperty().set(occupation(id.payung.domain.Occupation.VILLAGE_OFFICIAL));
        assertThat(form.segmentProperty().get()).isEqualTo(id.payung.domain.Segment.PU);
        assertThat(form.problems()).isEmpty();
        // A wrong pick mended: Payung's PU goes back to BPU with it.
        form.occupationProperty().set(occupation("PEDAGANG"));
        assertThat(form.segmentProperty().get()).isEqualTo(id.payung.domain.Segment.BPU);

        // The clerk's own choice stays, and BPU for a village official is a warning that does not block saving.
        form.occupationProperty().set(occupation(id.payung.domain.Occupation.VILLAGE_OFFICIAL));
        form.segmentProperty().set(id.payung.domain.Segment.BPU);
        form.occupationProperty().set(occupation("PEDAGANG"));
        form.occupationProperty().set(occupation(id.payung.domain.Occupation.VILLAGE_OFFICIAL));
        assertThat(form.segmentProperty().get()).isEqualTo(id.payung.domain.Segment.BPU);
        assertThat(form.problems()).extracting(FormProblem::field, FormProblem::code, FormProblem::error)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FormProblem.Field.SEGMENT, "VILLAGE_OFFICIAL_BPU", false));
        form.save(false);
        assertThat(services.register().counts(id.payung.domain.RegisterFilter.all()).total()).isEqualTo(1);
    }

    @Test
    void aSegmentPickedByHandIsForThatPersonOnlyAndTheNextFollowsTheirOccupationAgain() {
        fillMaria();
        form.occupationProperty().set(occupation(id.payung.domain.Occupation.VILLAGE_OFFICIAL));
        form.segmentProperty().set(id.payung.domain.Segment.BPU); // the clerk's own pick for Maria
        form.save(true);
        assertThat(form.savedCountProperty().get()).isEqualTo(1);
        assertThat(form.occupationProperty().get()).isNull();
        assertThat(form.funderProperty().get().code()).as("kept for the next person").isEqualTo("APBD-KAB-MGR");
        assertThat(form.firstMonthProperty().get()).as("kept for the next person").isEqualTo("01/2026");

        // The next person is a village official too: PU, as for anyone the clerk has not picked a segment for.
        form.nikProperty().set("5310011205850002");
        form.nameProperty().set("Yohanes Jehadu");
        form.occupationProperty().set(occupation(id.payung.domain.Occupation.VILLAGE_OFFICIAL));
        assertThat(form.segmentProperty().get()).isEqualTo(id.payung.domain.Segment.PU);
        form.occupationProperty().set(occupation("PEDAGANG"));
        assertThat(form.segmentProperty().get()).isEqualTo(id.payung.domain.Segment.BPU);

        // A pick for this person stays for this person.
        form.segmentProperty().set(id.payung.domain.Segment.PU);
        form.occupationProperty().set(occupation(id.payung.domain.Occupation.VILLAGE_OFFICIAL));
        form.occupationProperty().set(occupation("PEDAGANG"));
        assertThat(form.segmentProperty().get()).isEqualTo(id.payung.domain.Segment.PU);
    }

    /** Trial 23a H1: the PU the form set for a village official is not carried to the next person by save-and-new. */
    @Test
    void aSegmentTheOccupationSetIsNotCarriedToTheNextPerson() {
        fillMaria();
        form.occupationProperty().set(occupation(id.payung.domain.Occupation.VILLAGE_OFFICIAL));
        assertThat(form.segmentProperty().get()).isEqualTo(id.payung.domain.Segment.PU);
        form.save(true);
        assertThat(form.savedCountProperty().get()).isEqualTo(1);

        assertThat(form.occupationProperty().get()).isNull();
        assertThat(form.segmentProperty().get()).as("the next person starts BPU").isEqualTo(id.payung.domain.Segment.BPU);
        assertThat(form.keptSegmentStillProperty().get()).isNull();
        form.nikProperty().set("5310011205850002");
        form.nameProperty().set("Yohanes Jehadu");
        assertThat(form.form().segment()).isEqualTo(id.payung.domain.Segment.BPU);

        // Within one person too: "Kades" taken back to "(tidak diketahui)" is BPU again.
        form.occupationProperty().set(occupation(id.payung.domain.Occupation.VILLAGE_OFFICIAL));
        form.occupationProperty().set(null);
        assertThat(form.segmentProperty().get()).isEqualTo(id.payung.domain.Segment.BPU);
    }

    /** Trial 23a H1: a segment the clerk picked by hand is handed on like the funder, and the kept line names it. */
    @Test
    void aSegmentPickedByHandIsCarriedAndSaidAsKept() {
        fillMaria();
        form.segmentProperty().set(id.payung.domain.Segment.PU);
        form.save(true);
        assertThat(form.savedCountProperty().get()).isEqualTo(1);

        assertThat(form.segmentProperty().get()).isEqualTo(id.payung.domain.Segment.PU);
        assertThat(form.keptSegmentStillProperty().get()).isEqualTo(id.payung.domain.Segment.PU);
        form.occupationProperty().set(occupation("PEDAGANG"));
        assertThat(form.segmentProperty().get()).as("the next person's occupation moves it again")
                .isEqualTo(id.payung.domain.Segment.BPU);
        assertThat(form.keptSegmentStillProperty().get()).as("no longer kept, no longer said").isNull();
    }

    /**
     * Trial 23a M2: "Penenun" typed in Pekerjaan left it blank and saved no occupation without a word. Said at once as
     * a desa typed is, with the nearest; nothing saved until the clerk picks one (Lainnya, as the import) or clears.
     */
    @Test
    void anOccupationTypedThatNamesNoneIsSaidAndNotSavedUnseen() {
        fillMaria();
        form.occupationProperty().set(null);
        form.occupationTypedProperty().set("Penenun");
        assertThat(form.problems()).filteredOn(p -> p.field() == FormProblem.Field.OCCUPATION).singleElement()
                .satisfies(p -> {
                    assertThat(p.code()).isEqualTo("OCCUPATION_TYPED_UNKNOWN_NONE");
                    assertThat(p.error()).isTrue();
                    assertThat(p.args()).containsExactly("Penenun");
                });
        form.save(false);
        assertThat(form.savedCountProperty().get()).as("nothing saved unseen").isZero();

        form.occupationTypedProperty().set("Nelayn");
        assertThat(form.problems()).filteredOn(p -> p.code().equals("OCCUPATION_TYPED_UNKNOWN")).singleElement()
                .satisfies(p -> assertThat(p.args()).containsExactly("Nelayn", "Nelayan"));

        // Lainnya picked, as the import records it: the word is taken back and the form saves.
        form.occupationProperty().set(occupation("LAINNYA"));
        assertThat(form.occupationTypedProperty().get()).isNull();
        assertThat(form.problems()).noneMatch(p -> p.field() == FormProblem.Field.OCCUPATION);
        form.save(false);
        assertThat(form.savedCountProperty().get()).isEqualTo(1);
    }

    @Test
    void aCorrectionShowsTheSegmentAsSaved() {
        var saved = TestData.form("5310015204850001", "Maria Jelita", "APBDES-MGR", java.time.YearMonth.of(2026, 1),
                java.time.YearMonth.of(2026, 12));
        long enrollment = services.enrollments().enrol(new id.payung.domain.EnrollmentForm(saved.nik(), saved.fullName(),
                saved.sex(), saved.birthPlace(), saved.birthDate(), saved.address(), saved.regionCode(),
                id.payung.domain.Occupation.VILLAGE_OFFICIAL, saved.phone(), saved.kpj(), saved.funderCode(),
                id.payung.domain.Segment.BPU, saved.programmes(), saved.declaredIncomeRp(), saved.firstMonth(),
                saved.lastMonth(), saved.notes())).enrollmentId();

        form.edit(enrollment);

        assertThat(form.segmentProperty().get()).as("not changed behind the clerk's back").isEqualTo(id.payung.domain.Segment.BPU);
        assertThat(form.problems()).extracting(FormProblem::code).containsExactly("VILLAGE_OFFICIAL_BPU");
    }
}
