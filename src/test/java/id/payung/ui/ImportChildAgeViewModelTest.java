package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import id.payung.ui.imports.ImportViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import window's problem list says a child in the list ("under working age") whenever the row's birth date is
 * read and valid, whatever else is wrong with the row: a NIK that disagrees with that birth date hid it.
 */
class ImportChildAgeViewModelTest {
    @TempDir
    Path dir;

    @Test
    void aNikThatDisagreesWithTheBirthDateIsListedBesideTheAgeWarning() throws Exception {
        try (PayungServices s = TestData.seeded(dir)) {
            ImportViewModel model = ImportScreen.loaded(s, YearMonth.of(2026, 1));
            model.funderProperty().set(ImportScreen.funder(model, "APBD-KAB-MGR"));
            Path list = dir.resolve("desa-2026.csv");
            // The NIK says 13/12/2012; the list's birth date is 12/12/2012 (13 years old in 01/2026).
            Files.writeString(list, "NIK;Nama;Jenis Kelamin;Tgl Lahir;Kecamatan\n"
                    + "5310011312120001;Anak Kecil;L;12/12/2012;Ruteng\n"
                    + "5310011212120002;Anak Lain;L;12/12/2012;Ruteng\n");
            model.fileProperty().set(list);

            model.check();

            assertThat(model.problems()).filteredOn(p -> p.row() == 2).extracting(p -> p.problem().code())
                    .contains("NIK_BIRTH_DATE_MISMATCH", "UNDER_WORKING_AGE");
            assertThat(model.problems()).filteredOn(p -> p.row() == 3).extracting(p -> p.problem().code())
                    .containsExactly("UNDER_WORKING_AGE");
        }
    }
}
