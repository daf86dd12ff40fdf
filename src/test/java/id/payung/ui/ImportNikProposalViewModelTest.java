package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import id.payung.service.importing.ImportOptions;
import id.payung.service.importing.ImportService;
import id.payung.service.importing.RowProblem;
import id.payung.ui.imports.ImportViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import window's model with a list Excel saved (NIKs "5,31001E+15"): the NIK of the one matching registered person
 * is proposed on the row, taken only when the clerk confirms it, and then goes in as the cell's correction.
 */
class ImportNikProposalViewModelTest {
    @TempDir
    Path dir;

    private static ImportViewModel model(PayungServices s) {
        ImportViewModel model = ImportScreen.loaded(s, YearMonth.of(2026, 1));
        model.funderProperty().set(ImportScreen.funder(model, "APBD-KAB-MGR"));
        return model;
    }

    /** Registers Agus Salim (and {@code more}) for 2025. */
    private void registered(PayungServices s, String... more) throws Exception {
        Path earlier = dir.resolve("daftar-2025.csv");
        Files.writeString(earlier, "NIK;Nama;Tgl Lahir;Kecamatan\n5310010101900004;Agus Salim;01/01/1990;Ruteng\n"
                + String.join("", more));
        ImportService.Report r = s.imports().importFile(earlier, ImportOptions.defaults().withFunder("APBD-KAB-MGR")
                .withPeriod(YearMonth.of(2025, 1), 12), ImportService.Progress.NONE);
        assertThat(r.problems()).isEmpty();
    }

    private Path excelList() throws Exception {
        Path list = dir.resolve("desa-2026.csv");
        Files.writeString(list, "NIK;Nama;Tgl Lahir;Kecamatan\n5,31001E+15;Agus Salim;01/01/1990;Ruteng\n");
        return list;
    }

    @Test
    void theProposalIsShownOnTheRowAndTakenOnlyWhenTheClerkConfirmsIt() throws Exception {
        try (PayungServices s = TestData.seeded(dir)) {
            registered(s);
            ImportViewModel model = model(s);
            model.fileProperty().set(excelList());

            model.check();

            assertThat(model.problems()).extracting(p -> p.problem().code())
                    .containsExactly("NIK_EXCEL_SCIENTIFIC", "IMPORT_NIK_PROPOSED_REGISTERED");
            RowProblem damaged = model.problems().get(0);
            assertThat(model.proposalFor(damaged)).isPresent();
            assertThat(model.proposalFor(model.problems().get(1))).as("the same cell").isPresent();
            assertThat(model.shownArgs(model.problems().get(1))).containsExactly("531001********04", "Agus Salim");
            assertThat(model.fixCount()).as("never applied by itself").isZero();
            assertThat(model.checkedProperty().get().rejected()).isEqualTo(1);

            assertThat(model.acceptProposal(damaged)).isTrue();

            assertThat(model.fixCount()).isEqualTo(1);
            assertThat(model.fixFor(damaged)).isEqualTo("5310010101900004");
            assertThat(model.problems()).isEmpty();
            assertThat(model.checkedProperty().get().rejected()).isZero();
            assertThat(model.proposalFor(damaged)).as("corrected: nothing left to propose").isEmpty();

            model.importNow();

            assertThat(model.importedProperty().get().imported()).isEqualTo(1);
            String entry = s.audit().search(new id.payung.service.AuditFilter(null, null, null,
                    id.payung.domain.AuditTopic.IMPORTS, null), 0, 10).rows().get(0).change().after();
            assertThat(entry).as("a corrected cell: the file's value, the clerk's")
                    .contains("\"fix1_file\":\"5,31001E+15\"", "\"fix1_value\":\"531001********04\"");
        }
    }

    @Test
    void twoMatchingRegisteredPeopleProposeNothingAndSaySo() throws Exception {
        try (PayungServices s = TestData.seeded(dir)) {
            registered(s, "5310010101900005;Agus Salim;01/01/1990;Ruteng\n");
            ImportViewModel model = model(s);
            model.fileProperty().set(excelList());

            model.check();

            assertThat(model.problems()).extracting(p -> p.problem().code())
                    .containsExactly("NIK_EXCEL_SCIENTIFIC", "IMPORT_NIK_SEVERAL_REGISTERED");
            assertThat(model.problems()).allMatch(p -> model.proposalFor(p).isEmpty());
            assertThat(model.acceptProposal(model.problems().get(0))).isFalse();
            assertThat(model.fixCount()).isZero();
        }
    }
    @Test
    void aNikWhoseLastDigitExcelTurnedToZeroIsProposedAndTakenOnlyWhenTheClerkConfirmsIt() throws Exception {
        try (PayungServices s = TestData.seeded(dir)) {
            registered(s);
            ImportViewModel model = model(s);
            Path list = dir.resolve("desa-2026.csv");
            // Typed into Excel as a number: 5310010101900004 kept as 5310010101900000 (15 digits).
            Files.writeString(list, "NIK;Nama;Tgl Lahir;Kecamatan\n5310010101900000;Agus Salim;01/01/1990;Ruteng\n");
            model.fileProperty().set(list);

            model.check();

            assertThat(model.problems()).extracting(p -> p.problem().code())
                    .containsExactly("NIK_SERIAL_ZERO", "IMPORT_NIK_LAST_DIGIT_LOST", "IMPORT_NIK_PROPOSED_REGISTERED");
            assertThat(model.problems()).allMatch(p -> model.proposalFor(p).isPresent());
            assertThat(model.fixCount()).as("never applied by itself").isZero();

            assertThat(model.acceptProposal(model.problems().get(1))).isTrue();

            assertThat(model.fixCount()).isEqualTo(1);
            assertThat(model.problems()).isEmpty();
            assertThat(model.checkedProperty().get().imported()).isEqualTo(1);
        }
    }
}
