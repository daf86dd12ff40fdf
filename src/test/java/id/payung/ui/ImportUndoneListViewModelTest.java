package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.ImportBatch;
import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import id.payung.service.importing.ImportOptions;
import id.payung.service.importing.ImportService;
import id.payung.ui.imports.ImportViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wrong list is undone ("Batalkan impor") while the corrected one is open in the window: its people are not registered
 * for the clerk any more, so the open list's problems no longer name them ("NIK ini sudah terdaftar atas nama …"), nor
 * is the NIK of one of them offered as a proposal to take.
 */
class ImportUndoneListViewModelTest {
    @TempDir
    Path dir;

    @Test
    void anUndoneListsPeopleAreNoLongerNamedNorProposedForTheOpenList() throws Exception {
        try (PayungServices s = TestData.seeded(dir)) {
            Path wrong = dir.resolve("desa-salah.csv");
            Files.writeString(wrong, "NIK;Nama;Tgl Lahir;Kecamatan\n5310011505900017;Yohanes Jehamat;15/05/1990;Ruteng\n"
                    + "5310010101900004;Agus Salim;01/01/1990;Ruteng\n");
            assertThat(s.imports().importFile(wrong, ImportOptions.defaults().withFunder("APBD-KAB-MGR")
                    .withPeriod(YearMonth.of(2026, 1), 12), ImportService.Progress.NONE).imported()).isEqualTo(2);
            ImportBatch batch = s.imports().batches().get(0);
            Path corrected = dir.resolve("desa-benar-2026.csv");
            Files.writeString(corrected, "NIK;Nama;Tgl Lahir;Kecamatan\n5310011505900017;Yohanes Jehamu;15/05/1990;Ruteng\n"
                    + "5,31001E+15;Agus Salim;01/01/1990;Ruteng\n");
            ImportViewModel model = ImportScreen.loaded(s, YearMonth.of(2026, 1));
            model.funderProperty().set(ImportScreen.funder(model, "APBD-KAB-MGR"));
            model.fileProperty().set(corrected);
            model.check();
            assertThat(model.problems()).extracting(p -> p.row() + " " + p.problem().code()).contains(
                    "2 IMPORT_NIK_REGISTERED_AS", "3 IMPORT_NIK_PROPOSED_REGISTERED");

            model.undo(batch);

            assertThat(model.undoneProperty().get()).isNotNull();
            assertThat(model.problems()).as("the wrong list's people are named nowhere")
                    .noneMatch(p -> p.problem().code().equals("IMPORT_NIK_REGISTERED_AS")
                            || p.problem().code().startsWith("IMPORT_NIK_PROPOSED"));
            assertThat(model.problems()).allMatch(p -> model.proposalFor(p).isEmpty());
            assertThat(model.acceptProposal(model.problems().stream().filter(p -> p.row() == 3).findFirst().orElseThrow()))
                    .as("no undone person's NIK to take").isFalse();
            assertThat(model.fixCount()).isZero();
            assertThat(model.checkedProperty().get().rejected()).as("only the NIK Excel destroyed").isEqualTo(1);
        }
    }
}
