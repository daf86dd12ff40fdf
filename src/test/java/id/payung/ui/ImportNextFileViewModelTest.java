package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.Region;
import id.payung.service.TestData;
import id.payung.service.TestRegions;
import id.payung.service.facade.PayungServices;
import id.payung.ui.imports.ImportViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import window's model from one village's list to the next (new-user trial 13): nothing the clerk chose for
 * the previous list carries over unseen, "Mulai" comes from the file as soon as it is read, whatever the funder,
 * and a title's "KEC. WAE RII" fills the Kecamatan box. Without a toolkit.
 */
class ImportNextFileViewModelTest {
    @TempDir
    Path dir;

    private static ImportViewModel model(PayungServices s) {
        return ImportScreen.loaded(s, YearMonth.of(2026, 3));
    }

    /** M7: the previous file's funder, start month, kecamatan, desa and "skip wrong rows" went with the next file. */
    @Test
    void anotherFileStartsFromItsOwnSettingsAndSaysWhatItKept() throws Exception {
        String rows = "NIK;Nama;Desa\n5310015204850001;Maria Jelita;Lalong\n";
        Path first = Files.writeString(dir.resolve("Daftar APBD 2025 Desa Golo.csv"), rows);
        Path next = Files.writeString(dir.resolve("desa.csv"),
                "DAFTAR PESERTA TAHUN 2026;;\n;;\n" + rows.replace("5310015204850001", "5310011205850002"));
        Path noYear = Files.writeString(dir.resolve("daftar.csv"), rows);
        try (PayungServices s = TestData.seeded(dir)) {
            ImportViewModel model = model(s);
            // A funder chosen before any file is for the file that comes: it stays.
            model.funderProperty().set(ImportScreen.funder(model, "APBD-PROV-NTT"));
            model.fileProperty().set(first);
            model.check();
            assertThat(model.funderProperty().get()).isNotNull();
            assertThat(model.firstMonthProperty().get()).isEqualTo("01/2025");
            model.firstMonthProperty().set("07/2025");
            model.monthsProperty().set("6");
            model.kecamatanProperty().set(model.kecamatans().get(1));
            model.desaProperty().set("Lalong");
            model.skipInvalidProperty().set(true);

            model.fileProperty().set(next);

            assertThat(model.funderProperty().get()).as("the previous list's funder").isNull();
            assertThat(model.kecamatanProperty().get()).isNull();
            assertThat(model.desaProperty().get()).isEmpty();
            assertThat(model.skipInvalidProperty().get()).isFalse();
            assertThat(model.monthsKeptProperty().get()).as("kept, and said").isEqualTo("6");
            model.check();
            // Trial item 3: the year proposed and the columns shown while the funder is still to be chosen.
            assertThat(model.fileProblemProperty().get().code()).isEqualTo("NO_FUNDER");
            assertThat(model.firstMonthProperty().get()).as("proposed anew, not the typed 07/2025").isEqualTo("01/2026");
            assertThat(model.monthFromYearProperty().get()).isEqualTo(2026);
            assertThat(model.mapping()).isNotEmpty();
            assertThat(model.checkedProperty().get()).as("nothing to import without a funder").isNull();

            model.funderProperty().set(ImportScreen.funder(model, "APBDES-MGR"));
            assertThat(model.checkedProperty().get().read()).isEqualTo(1);
            assertThat(model.firstMonthProperty().get()).isEqualTo("01/2026");
            model.monthsProperty().set("12");
            assertThat(model.monthsKeptProperty().get()).as("the clerk's own for this file now").isNull();

            // A file that names no year and has no Mulai column: none proposed (trial 21c: this month was a guess),
            // the previous file's not kept; Impor waits for the clerk's, and their Mulai checks it again at once.
            model.fileProperty().set(noYear);
            model.funderProperty().set(ImportScreen.funder(model, "APBDES-MGR"));
            model.check();
            assertThat(model.firstMonthProperty().get()).isEmpty();
            assertThat(model.monthIsThisMonthProperty().get()).isFalse();
            assertThat(model.monthMissingProperty().get()).isTrue();
            assertThat(model.fileProblemProperty().get().code()).isEqualTo("NO_PERIOD");
            assertThat(model.checkedProperty().get()).isNull();
            assertThat(model.monthsKeptProperty().get()).as("12 is the usual: nothing to say").isNull();
            model.firstMonthProperty().set("03/2026");
            assertThat(model.monthMissingProperty().get()).isFalse();
            assertThat(model.fileProblemProperty().get()).isNull();
            assertThat(model.checkedProperty().get().read()).isEqualTo(1);
        }
    }

    /** L7: "KECAMATAN WAE RII" in the title rows left the Kecamatan box empty. */
    @Test
    void aTitleNamingOneKecamatanProposesItAndTwoProposeNone() throws Exception {
        String rows = "No;NIK;Nama;Desa\n1;5310015204850001;Maria Jelita;Lalong\n";
        Path titled = Files.writeString(dir.resolve("desa.csv"),
                "DAFTAR NAMA PEKERJA RENTAN;;;\nDESA LALONG KEC. WAE RII TAHUN 2026;;;\n;;;\n" + rows);
        Path twoNamed = Files.writeString(dir.resolve("dua.csv"),
                "DAFTAR KECAMATAN WAE RII DAN KECAMATAN RUTENG;;;\n" + rows);
        Path longer = Files.writeString(dir.resolve("smb.csv"), "KECAMATAN SATAR MESE BARAT;;;\n"
                + rows.replace("Lalong", "Golo Ropong"));
        try (PayungServices s = ImportScreen.seededWithManggarai(dir)) {
            ImportViewModel model = model(s);
            model.funderProperty().set(ImportScreen.funder(model, "APBDES-MGR"));
            model.fileProperty().set(titled);
            model.check();
            assertThat(model.kecamatanProperty().get()).extracting(Region::name).isEqualTo("Wae Rii");
            assertThat(model.kecamatanFromTitleProperty().get()).extracting(Region::name).isEqualTo("Wae Rii");
            assertThat(model.problems()).as("checked with it").isEmpty();
            model.importNow();
            assertThat(s.register().page(id.payung.domain.RegisterFilter.all(), id.payung.domain.RegisterSort.defaultOrder(),
                    null, 10).rows()).extracting(id.payung.domain.EnrollmentSummary::kecamatanName).containsExactly("Wae Rii");

            model.fileProperty().set(twoNamed);
            model.check();
            assertThat(model.kecamatanProperty().get()).as("two named: never a guess").isNull();
            assertThat(model.kecamatanFromTitleProperty().get()).isNull();

            model.fileProperty().set(longer);
            model.check();
            assertThat(model.kecamatanProperty().get()).extracting(Region::name).as("the whole name, not Satar Mese")
                    .isEqualTo("Satar Mese Barat");

            // "KECAMATAN WAE RI'I" over a row of Golo Dukal (Langke Rembong): the title is no rule for the rows.
            model.fileProperty().set(TestRegions.resource("village/daftar-desa-tanpa-kecamatan.csv", dir));
            model.funderProperty().set(ImportScreen.funder(model, "APBDES-MGR"));
            model.check();
            assertThat(model.kecamatanProperty().get()).isNull();
            assertThat(model.kecamatanTitleDisagreesProperty().get()).extracting(Region::name).isEqualTo("Wae Rii");
            assertThat(model.checkedProperty().get().rejected()).as("checked as the file stands").isZero();

            model.fileProperty().set(longer);
            model.funderProperty().set(ImportScreen.funder(model, "APBDES-MGR"));
            model.check();
            assertThat(model.kecamatanProperty().get()).extracting(Region::name).isEqualTo("Satar Mese Barat");
            // The clerk's "from the file" stays theirs.
            model.kecamatanProperty().set(null);
            model.check();
            assertThat(model.kecamatanProperty().get()).isNull();
        }
    }
}
