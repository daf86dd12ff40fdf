package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.Region;
import id.payung.service.TestRegions;
import id.payung.service.facade.PayungServices;
import id.payung.service.importing.ImportService;
import id.payung.ui.imports.ImportViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trial 19: the import window's model with lists whose title names the desa and which have no Desa column ("DAFTAR
 * PEKERJA RENTAN DESA PONG LALE", "… KELURAHAN MATA AIR KECAMATAN REOK"): the desa proposed as the kecamatan is; rows
 * that would go in with no desa counted before Impor; no close question when nothing could be imported; the same file
 * again offered what its import was given.
 */
class ImportTitleDesaViewModelTest {
    @TempDir
    Path dir;

    private static ImportViewModel model(PayungServices s) {
        return ImportScreen.loaded(s, YearMonth.of(2026, 3));
    }

    @Test
    void theDesaTheTitleNamesIsProposedInsideTheTitlesKecamatanAndTheRowsAreCheckedWithIt() {
        try (PayungServices s = ImportScreen.seededWithManggarai(dir)) {
            ImportViewModel model = model(s);
            model.funderProperty().set(ImportScreen.funder(model, "APBDES-MGR"));
            model.firstMonthProperty().set("03/2026"); // the list names no year: the clerk's Mulai
            model.fileProperty().set(TestRegions.resource("village/Daftar Kel Mata Air.csv", dir));
            model.check();

            assertThat(model.checkedProperty().get()).as("the rows checked").isNotNull();
            assertThat(model.kecamatanFromTitleProperty().get().name()).isEqualTo("Reok");
            assertThat(model.desaProperty().get()).isEqualTo("Mata Air");
            assertThat(model.desaFromTitleProperty().get()).extracting(Region::name).isEqualTo("Mata Air");
            assertThat(model.desaTitleAmbiguousProperty().get()).isNull();
            assertThat(model.options().desa()).isEqualTo("Mata Air");
            assertThat(model.rowsWithoutDesaProperty().get()).as("every row has the title's desa").isZero();

            model.fileProperty().set(TestRegions.resource("village/DAFTAR PEKERJA RENTAN DESA PONG LALE.csv", dir));
            model.funderProperty().set(ImportScreen.funder(model, "APBDES-MGR"));
            model.check();
            assertThat(model.desaProperty().get()).as("another file: not the previous title's").isEqualTo("Pong Lale");
            assertThat(model.kecamatanFromTitleProperty().get().name()).isEqualTo("Ruteng");
            assertThat(model.desaFromTitleProperty().get().name()).isEqualTo("Pong Lale");
        }
    }

    @Test
    void theClerksDesaIsTheirsAndATitleDesaOfAnotherKecamatanIsNotProposed() {
        try (PayungServices s = ImportScreen.seededWithManggarai(dir)) {
            ImportViewModel model = model(s);
            model.funderProperty().set(ImportScreen.funder(model, "APBDES-MGR"));
            model.fileProperty().set(TestRegions.resource("village/Daftar Kel Mata Air.csv", dir));
            model.check();
            model.desaProperty().set("Baru");
            assertThat(model.desaFromTitleProperty().get()).isNull();
            model.check();
            assertThat(model.desaProperty().get()).as("typed by the clerk").isEqualTo("Baru");

            ImportViewModel other = model(s);
            other.funderProperty().set(ImportScreen.funder(other, "APBDES-MGR"));
            other.kecamatanProperty().set(other.kecamatans().stream().filter(r -> r != null && r.name().equals("Wae Rii"))
                    .findFirst().orElseThrow());
            other.fileProperty().set(TestRegions.resource("village/DAFTAR PEKERJA RENTAN DESA PONG LALE.csv", dir));
            other.check();
            assertThat(other.desaProperty().get()).as("Pong Lale lies in Ruteng, not the chosen Wae Rii").isEmpty();
            assertThat(other.desaFromTitleProperty().get()).isNull();
        }
    }

    @Test
    void rowsThatWouldGoInWithNoDesaAreCountedUntilADesaIsGiven() throws Exception {
        Path list = Files.writeString(dir.resolve("daftar reok 2026.csv"), "DAFTAR PEKERJA RENTAN KECAMATAN REOK;;\n;;\n"
                + "No;NIK;Nama\n1;5310111203850031;Yohanes Nggarang\n2;5310115503860032;Maria Sanjaya\n");
        try (PayungServices s = ImportScreen.seededWithManggarai(dir)) {
            ImportViewModel model = model(s);
            model.funderProperty().set(ImportScreen.funder(model, "APBDES-MGR"));
            model.fileProperty().set(list);
            model.check();
            assertThat(model.checkedProperty().get().imported()).as("%s", model.problems()).isEqualTo(2);
            assertThat(model.rowsWithoutDesaProperty().get()).isEqualTo(2);

            model.desaProperty().set("Mata Air");
            model.check();
            assertThat(model.rowsWithoutDesaProperty().get()).isZero();
        }
    }

    @Test
    void rowsWhoseDesaCellIsBlankAreCountedToo() throws Exception {
        // A list with a Desa column, two of its cells left blank (new-user trial 20): those rows go in at the kecamatan.
        Path list = Files.writeString(dir.resolve("daftar reok desa 2026.csv"), "No;NIK;Nama;Kecamatan;Desa\n"
                + "1;5310111203850031;Yohanes Nggarang;Reok;Mata Air\n"
                + "2;5310115503860032;Maria Sanjaya;Reok;\n"
                + "3;5310111004870033;Kornelis Jehaut;Reok;  \n");
        try (PayungServices s = ImportScreen.seededWithManggarai(dir)) {
            ImportViewModel model = model(s);
            model.funderProperty().set(ImportScreen.funder(model, "APBDES-MGR"));
            model.fileProperty().set(list);
            model.check();
            assertThat(model.checkedProperty().get().imported()).as("%s", model.problems()).isEqualTo(3);
            assertThat(model.rowsWithoutDesaProperty().get()).isEqualTo(2);

            model.desaProperty().set("Mata Air"); // for the rows that name none
            model.check();
            assertThat(model.rowsWithoutDesaProperty().get()).isZero();
        }
    }

    @Test
    void closingAsksOnlyWhenSomethingCouldBeImported() throws Exception {
        Path wrong = Files.writeString(dir.resolve("salah 2026.csv"), "No;NIK;Nama;Desa\n1;5.31001E+15;Maria Jelita;Lalong\n");
        Path ready = Files.writeString(dir.resolve("siap 2026.csv"), "No;NIK;Nama;Desa\n1;5310015204850001;Maria Jelita;Lalong\n");
        Path unreadable = Files.writeString(dir.resolve("bukan-daftar.csv"), "halo\n\n");
        try (PayungServices s = ImportScreen.seededWithManggarai(dir)) {
            ImportViewModel model = model(s);
            model.funderProperty().set(ImportScreen.funder(model, "APBDES-MGR"));
            model.fileProperty().set(wrong);
            model.check();
            assertThat(model.checkedProperty().get().imported()).isZero();
            assertThat(model.hasUnimportedFile()).as("0 rows could be imported: nothing lost").isFalse();
            model.fix(model.problems().get(0), "5310015204850009");
            assertThat(model.hasUnimportedFile()).as("a correction typed would be lost").isTrue();

            model.fileProperty().set(unreadable);
            model.check();
            assertThat(model.fileProblemProperty().get()).isNotNull();
            assertThat(model.hasUnimportedFile()).isFalse();

            model.fileProperty().set(ready);
            model.funderProperty().set(ImportScreen.funder(model, "APBDES-MGR"));
            model.check();
            assertThat(model.hasUnimportedFile()).isTrue();
            model.importNow();
            model.choose(ready);
            model.check();
            assertThat(model.checkedProperty().get().duplicates()).isEqualTo(1);
            assertThat(model.hasUnimportedFile()).as("every row registered already").isFalse();
        }
    }

    /** Trial 22c: after an Impor refused (nothing saved), Esc closed the window unasked and the typed fixes were lost. */
    @Test
    void closingAfterARefusedImportStillAsks() throws Exception {
        Path list = Files.writeString(dir.resolve("campur 2026.csv"), "No;NIK;Nama;Desa\n1;5310015204850001;Maria Jelita;Lalong\n"
                + "2;5.31001E+15;Yosef Jemarut;Lalong\n");
        try (PayungServices s = ImportScreen.seededWithManggarai(dir)) {
            ImportViewModel model = model(s);
            model.funderProperty().set(ImportScreen.funder(model, "APBDES-MGR"));
            model.fileProperty().set(list);
            model.check();
            model.fix(model.problems().get(0), "5310011203850"); // typed, still wrong: the import is refused
            model.importNow();
            assertThat(model.importedProperty().get()).isNotNull();
            assertThat(model.importedProperty().get().written()).isFalse();
            assertThat(model.hasUnimportedFile()).as("nothing was saved; the correction typed would be lost").isTrue();
        }
    }

    @Test
    void theSameFileAgainIsOfferedWhatItsImportWasGivenForTheClerkToTake() throws Exception {
        Path list = Files.writeString(dir.resolve("daftar reok.csv"), "No;NIK;Nama\n1;5310111203850031;Yohanes Nggarang\n");
        try (PayungServices s = ImportScreen.seededWithManggarai(dir)) {
            ImportViewModel first = model(s);
            first.fileProperty().set(list);
            first.funderProperty().set(ImportScreen.funder(first, "APBDES-MGR"));
            first.firstMonthProperty().set("03/2027");
            first.monthsProperty().set("6");
            first.desaProperty().set("Mata Air");
            first.check();
            first.importNow();
            assertThat(first.importedProperty().get().written()).as("%s", first.problems()).isTrue();

            ImportViewModel again = model(s);
            again.fileProperty().set(list);
            again.check();
            assertThat(again.standingImportProperty().get()).isNotNull();
            ImportService.Decisions offered = again.standingDecisionsProperty().get();
            assertThat(offered).isEqualTo(new ImportService.Decisions("APBDES-MGR", YearMonth.of(2027, 3), 6, null,
                    "Mata Air"));
            assertThat(again.funderProperty().get()).as("offered, not taken unasked").isNull();
            assertThat(again.desaProperty().get()).isEmpty();

            assertThat(again.applyStandingDecisions()).isTrue();

            assertThat(again.funderProperty().get().code()).isEqualTo("APBDES-MGR");
            assertThat(again.firstMonthProperty().get()).isEqualTo("03/2027");
            assertThat(again.monthsProperty().get()).isEqualTo("6");
            assertThat(again.desaProperty().get()).isEqualTo("Mata Air");
            assertThat(again.standingDecisionsProperty().get()).as("taken").isNull();
            assertThat(again.checkedProperty().get().duplicates()).as("checked again with them").isEqualTo(1);
            again.check();
            assertThat(again.funderProperty().get().code()).as("the clerk's now").isEqualTo("APBDES-MGR");
        }
    }
}
