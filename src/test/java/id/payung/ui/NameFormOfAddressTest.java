package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.EnrollmentRules;
import id.payung.domain.FormProblem;
import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import id.payung.service.importing.ImportOptions;
import id.payung.service.importing.ImportService;
import id.payung.service.importing.RowProblem;
import id.payung.ui.enrollments.EnrollmentFormViewModel;
import id.payung.ui.imports.ImportViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A name written with a form of address in front ("Ibu Katarina Nimul", "Bpk. Yohanes Jehadu"), as village lists and
 * clerks write them: the form and the import say it and propose the name as the KTP writes it, taken only when the
 * clerk takes it (new-user trial 20). Capitals, particles and Balinese names are left as written.
 */
class NameFormOfAddressTest {
    @TempDir
    Path dir;

    private static EnrollmentFormViewModel form(PayungServices s) {
        var choices = new EnrollmentFormViewModel.Choices(s.reference().localRegions(), s.reference().occupations(),
                s.reference().fundingSources());
        EnrollmentFormViewModel form = new EnrollmentFormViewModel(s.enrollments(), new DirectTaskExecutor(),
                TestData.CLOCK, "5310", choices);
        form.regionProperty().set(s.reference().localRegions().stream().filter(r -> r.code().equals("53.10.12"))
                .findFirst().orElseThrow());
        form.funderProperty().set(s.reference().fundingSources().stream().filter(f -> f.code().equals("APBD-KAB-MGR"))
                .findFirst().orElseThrow());
        form.firstMonthProperty().set("01/2026");
        return form;
    }

    private static List<FormProblem> nameProblems(EnrollmentFormViewModel form) {
        return form.problems().stream().filter(p -> p.field() == FormProblem.Field.NAME).toList();
    }

    @Test
    void theFormSaysTheFormOfAddressAndTakesTheKtpNameWithOneClick() {
        try (PayungServices s = TestData.seeded(dir)) {
            EnrollmentFormViewModel form = form(s);
            form.nikProperty().set("5310015203850001");
            form.nameProperty().set("Ibu Katarina Nimul");

            assertThat(nameProblems(form)).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo(EnrollmentRules.NAME_FORM_OF_ADDRESS);
                assertThat(p.error()).as("a warning: saving is not refused").isFalse();
                assertThat(p.args()).containsExactly("Katarina Nimul");
            });
            assertThat(form.proposedName()).hasValue("Katarina Nimul");
            assertThat(form.nameProperty().get()).as("never changed by itself").isEqualTo("Ibu Katarina Nimul");

            form.useProposedName();

            assertThat(form.nameProperty().get()).isEqualTo("Katarina Nimul");
            assertThat(nameProblems(form)).isEmpty();
            assertThat(form.proposedName()).isEmpty();

            form.nameProperty().set("MARIA NDOE");
            assertThat(nameProblems(form)).as("capitals as the KTP prints them").isEmpty();
            form.nameProperty().set("Yohanes da Costa");
            assertThat(nameProblems(form)).isEmpty();
        }
    }

    @Test
    void aRegisteredPersonsNewEntryKeepsTheRegisteredNameAndSaysNothing() throws Exception {
        try (PayungServices s = TestData.seeded(dir)) {
            Path earlier = dir.resolve("daftar-2025.csv");
            Files.writeString(earlier, "NIK;Nama;Kecamatan\n5310015203850001;Katarina Nimul;Ruteng\n");
            ImportService.Report r = s.imports().importFile(earlier, ImportOptions.defaults().withFunder("APBD-KAB-MGR")
                    .withPeriod(YearMonth.of(2025, 1), 12), ImportService.Progress.NONE);
            assertThat(r.imported()).isEqualTo(1);
            EnrollmentFormViewModel form = form(s);
            form.nikProperty().set("5310015203850001");
            assertThat(form.nameProperty().get()).isEqualTo("Katarina Nimul");

            form.nameProperty().set("Ibu Katarina Nimul");

            // Saved as registered ("Katarina Nimul"): the proposal would change nothing.
            assertThat(nameProblems(form)).isEmpty();
            // Nor in an import: the row is matched to her, her registered name stays.
            Path next = dir.resolve("desa-2026.csv");
            Files.writeString(next, "NIK;Nama;Kecamatan\n5310015203850001;Ibu Katarina Nimul;Ruteng\n");
            ImportService.Report again = s.imports().importFile(next, ImportOptions.defaults()
                    .withFunder("APBD-KAB-MGR").withPeriod(YearMonth.of(2026, 1), 12).dry(), ImportService.Progress.NONE);
            assertThat(again.imported()).isEqualTo(1);
            assertThat(again.problems()).isEmpty();
        }
    }

    @Test
    void theImportProposesTheKtpNameOnTheRowAndTakesItOnlyWhenTheClerkAccepts() throws Exception {
        try (PayungServices s = TestData.seeded(dir)) {
            ImportViewModel model = new ImportViewModel(s.imports(), s.reference(), new DirectTaskExecutor(),
                    YearMonth.of(2026, 1), () -> { });
            model.load();
            model.funderProperty().set(model.funders().stream().filter(f -> f.code().equals("APBD-KAB-MGR")).findFirst()
                    .orElseThrow());
            Path list = dir.resolve("desa-2026.csv");
            Files.writeString(list, "NIK;Nama;Kecamatan\n"
                    + "5310015203850001;Ibu Katarina Nimul;Ruteng\n"
                    + "5310010107790002;Bpk. Yohanes Jehadu;Ruteng\n"
                    + "5310016011900003;MARIA NDOE;Ruteng\n"
                    + "5310011508880004;Yohanes da Costa;Ruteng\n"
                    + "5310012001920005;I Made Suarta;Ruteng\n");
            model.fileProperty().set(list);

            model.check();

            assertThat(model.problems()).extracting(RowProblem::row, p -> p.problem().code())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(2, EnrollmentRules.NAME_FORM_OF_ADDRESS),
                            org.assertj.core.groups.Tuple.tuple(3, EnrollmentRules.NAME_FORM_OF_ADDRESS));
            RowProblem katarina = model.problems().get(0);
            assertThat(katarina.column()).isEqualTo("Nama");
            assertThat(model.proposedValue(katarina)).hasValue("Katarina Nimul");
            assertThat(model.proposedValue(model.problems().get(1))).hasValue("Yohanes Jehadu");
            assertThat(model.fixCount()).as("never applied by itself").isZero();
            assertThat(model.checkedProperty().get().rejected()).as("a warning: the rows go in").isZero();

            assertThat(model.acceptProposal(katarina)).isTrue();

            assertThat(model.fixFor(katarina)).isEqualTo("Katarina Nimul");
            assertThat(model.problems()).extracting(RowProblem::row).containsExactly(3);
            assertThat(model.proposedValue(katarina)).as("corrected: nothing left to propose").isEmpty();

            model.importNow();

            assertThat(model.importedProperty().get().imported()).isEqualTo(5);
            assertThat(s.enrollments().personByNik("5310015203850001").orElseThrow().fullName())
                    .isEqualTo("Katarina Nimul");
            assertThat(s.enrollments().personByNik("5310010107790002").orElseThrow().fullName())
                    .as("not taken: as the file writes it").isEqualTo("Bpk. Yohanes Jehadu");
            assertThat(s.enrollments().personByNik("5310016011900003").orElseThrow().fullName()).isEqualTo("MARIA NDOE");
        }
    }
}
