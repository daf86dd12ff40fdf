package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.facade.PayungServices;
import id.payung.service.TestData;
import id.payung.service.importing.Column;
import id.payung.ui.imports.ImportViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import window's model: check, correct the mapping, import, undo — without a toolkit. */
class ImportViewModelTest {
    @TempDir
    Path dir;

    @Test
    void checkCorrectImportAndUndo() throws Exception {
        Path csv = dir.resolve("daftar 2026.csv"); // names its year: Mulai 01/2026
        Files.writeString(csv, "NIK;Nama;Kecamatan;Catatan desa\n5310015204850001;Maria;Ruteng;x\n"
                + "5310011205850002;Yohanes;Reok;y\n");
        int[] refreshed = {0};
        try (PayungServices s = TestData.seeded(dir)) {
            ImportViewModel model = new ImportViewModel(s.imports(), s.reference(), new DirectTaskExecutor(),
                    YearMonth.of(2026, 1), () -> refreshed[0]++);
            model.load();
            model.funderProperty().set(ImportScreen.funder(model, "MANDIRI"));
            model.fileProperty().set(csv);

            model.check();

            assertThat(model.mapping()).extracting(r -> r.column().get())
                    .containsExactly(Column.NIK, Column.NAME, Column.KECAMATAN, null);
            assertThat(model.checkedProperty().get().read()).isEqualTo(2);
            assertThat(model.mapping()).extracting(ImportViewModel.MappingRow::example)
                    .containsExactly("531001********01", "Maria", "Ruteng", "x");
            assertThat(model.problems()).isEmpty();

            Path problemsFile = dir.resolve("masalah.csv");
            Files.writeString(dir.resolve("rusak 2026.csv"), "NIK;Nama;Kecamatan\n5.31001E+15;Agus;Ruteng\n");
            model.fileProperty().set(dir.resolve("rusak 2026.csv"));
            assertThat(model.funderProperty().get()).as("another file: the previous one's funder is not carried over").isNull();
            model.funderProperty().set(ImportScreen.funder(model, "MANDIRI"));
            model.check();
            assertThat(model.problems()).hasSize(1);
            model.saveProblems(problemsFile, java.util.List.of("Baris", "Nama", "Kolom", "Nilai", "Masalah"),
                    p -> p.problem().code(), path -> { });
            assertThat(Files.readString(problemsFile)).contains("Baris;Nama;Kolom;Nilai;Masalah").contains("2;Agus;NIK;")
                    .contains("NIK_EXCEL_SCIENTIFIC");

            // Corrected in place: the problem goes, the file is checked again with the new value.
            assertThat(model.fixable(model.problems().get(0))).isTrue();
            model.fix(model.problems().get(0), "5310010101900004");
            assertThat(model.problems()).isEmpty();
            assertThat(model.fixCount()).isEqualTo(1);
            assertThat(model.checkedProperty().get().read()).isEqualTo(1);

            model.fileProperty().set(csv);
            model.funderProperty().set(ImportScreen.funder(model, "MANDIRI"));
            model.check();
            model.mapping().get(3).column().set(Column.NOTES);
            model.importNow();

            assertThat(model.importedProperty().get().imported()).isEqualTo(2);
            assertThat(model.batches()).hasSize(1);
            assertThat(refreshed[0]).isEqualTo(1);
            assertThat(s.enrollments().form(1).notes()).isEqualTo("x");

            Path bpjs = dir.resolve("bpjs.csv");
            Files.writeString(bpjs, "NIK;KPJ;Status\n5310015204850001;K1;AKTIF\n5310011205850009;K9;AKTIF\n");
            model.setReconciliation(new id.payung.service.importing.Reconciliation(s.register(), TestData.CLOCK));
            model.reconcile(bpjs, null);
            assertThat(model.reconcileResultProperty().get().counts())
                    .containsEntry(id.payung.service.importing.Reconciliation.Match.BOTH, 1L)
                    .containsEntry(id.payung.service.importing.Reconciliation.Match.ONLY_PAYUNG, 1L)
                    .containsEntry(id.payung.service.importing.Reconciliation.Match.ONLY_BPJS, 1L);
            assertThat(model.reconciled()).hasSize(3);

            model.undo(model.batches().get(0));
            assertThat(s.register().counts(id.payung.domain.RegisterFilter.all()).total()).isZero();
            assertThat(model.batches().get(0).undoneAt()).isNotNull();
        }
    }

    /** A new-user trial: the red "no funder column" stayed after the funder was chosen, until "Periksa ulang". */
    @Test
    void choosingTheFunderAListLacksChecksItAgainAtOnce() throws Exception {
        Path csv = dir.resolve("desa 2026.csv");
        Files.writeString(csv, "NIK;Nama;Kecamatan\n5310015204850001;Maria;Ruteng\n");
        try (PayungServices s = TestData.seeded(dir)) {
            ImportViewModel model = ImportScreen.loaded(s, YearMonth.of(2026, 1));
            model.fileProperty().set(csv);
            model.check();
            assertThat(model.fileProblemProperty().get()).isNotNull();
            assertThat(model.checkedProperty().get()).isNull();

            model.funderProperty().set(ImportScreen.funder(model, "MANDIRI"));

            assertThat(model.fileProblemProperty().get()).as("checked again with the funder").isNull();
            assertThat(model.checkedProperty().get().read()).isEqualTo(1);
            assertThat(model.mapping()).isNotEmpty();

            // Once imported, the lists are read again: the funder chosen stays chosen for the next list, and
            // nothing is checked again under the "done".
            model.importNow();
            assertThat(model.importedProperty().get().imported()).isEqualTo(1);
            assertThat(model.funders()).isNotEmpty();
            model.kecamatanProperty().set(model.kecamatans().get(1));
            assertThat(model.importedProperty().get()).as("not checked again").isNotNull();
            assertThat(model.fileProblemProperty().get()).isNull();
        }
    }

    @Test
    void theUndoneBatchStaysChosenNotTheListsTop() throws Exception {
        try (PayungServices s = TestData.seeded(dir)) {
            String[] niks = {"5310015204850001", "5310011205850002", "5310010101900004"};
            for (int i = 0; i < niks.length; i++) {
                Path csv = dir.resolve("desa" + i + ".csv");
                Files.writeString(csv, "NIK;Nama;Kecamatan;Sumber Dana\n" + niks[i] + ";" + TestData.name("Orang", i)
                        + ";Ruteng;Mandiri\n");
                s.imports().importFile(csv, id.payung.service.importing.ImportOptions.defaults().withPeriod(YearMonth.of(2026, 1), 12),
                        id.payung.service.importing.ImportService.Progress.NONE);
            }
            ImportViewModel model = ImportScreen.loaded(s, YearMonth.of(2026, 1));
            assertThat(model.batches()).hasSize(3);
            id.payung.domain.ImportBatch middle = model.batches().get(1);
            model.chosenBatchProperty().set(middle);

            model.undo(middle);

            id.payung.domain.ImportBatch chosen = model.chosenBatchProperty().get();
            assertThat(chosen.id()).isEqualTo(middle.id());
            assertThat(chosen.undoneAt()).as("the batch as read again, undone").isNotNull();
            assertThat(model.batches().indexOf(chosen)).isEqualTo(1);
        }
    }

    @Test
    void aCorrectionIsWhatGetsImportedAndAWrongOneStaysAProblem() throws Exception {
        Path csv = dir.resolve("rusak 2026.csv");
        Files.writeString(csv, "NIK;Nama;Kecamatan\n5.31001E+15;Agus;Ruteng\n5310015204850001;Maria;Ruteng\n");
        try (PayungServices s = TestData.seeded(dir)) {
            ImportViewModel model = ImportScreen.loaded(s, YearMonth.of(2026, 1));
            model.funderProperty().set(ImportScreen.funder(model, "MANDIRI"));
            model.fileProperty().set(csv);
            model.check();

            model.fix(model.problems().get(0), "12345");
            assertThat(model.problems()).as("a wrong correction meets the same checks").hasSize(1);
            assertThat(model.problems().get(0).row()).isEqualTo(2);

            model.fix(model.problems().get(0), "5310010101900004");
            assertThat(model.problems()).isEmpty();
            model.importNow();

            assertThat(model.importedProperty().get().imported()).isEqualTo(2);
            assertThat(s.register().page(id.payung.domain.RegisterFilter.all().withSearch("5310010101900004"),
                    id.payung.domain.RegisterSort.defaultOrder(), null, 10).rows())
                    .extracting(id.payung.domain.EnrollmentSummary::fullName).containsExactly("Agus");
            assertThat(Files.readString(csv)).startsWith("NIK;Nama;Kecamatan\n5.31001E+15;Agus");
        }
    }

    /**
     * A list that names its year ("… APBD 2025 …", "TAHUN 2024" above the header) starts in January of it, checked
     * and imported so, until the clerk sets "Mulai" themselves; two years named keep this month (said); none: the clerk
     * gives it (ImportNextFileViewModelTest).
     */
    @Test
    void mulaiFollowsTheYearTheListNamesUntilTheClerkSetsIt() throws Exception {
        String rows = "NIK;Nama;Kecamatan\n5310015204850001;Maria;Ruteng\n";
        Path named = Files.writeString(dir.resolve("Daftar PBPU APBD 2025 Desa Lalong.csv"), rows);
        Path titled = Files.writeString(dir.resolve("desa.csv"),
                "DAFTAR PESERTA BPJS KETENAGAKERJAAN TAHUN 2024;;\nDesa Lalong;;\n;;\n" + rows);
        Path twoYears = Files.writeString(dir.resolve("Daftar 2025-2026.csv"), rows);
        try (PayungServices s = TestData.seeded(dir)) {
            ImportViewModel model = ImportScreen.loaded(s, YearMonth.of(2026, 3));
            model.funderProperty().set(ImportScreen.funder(model, "MANDIRI"));

            model.fileProperty().set(titled);
            model.check();
            assertThat(model.firstMonthProperty().get()).isEqualTo("01/2024");
            assertThat(model.monthFromYearProperty().get()).as("said beside Mulai").isEqualTo(2024);

            model.fileProperty().set(twoYears);
            assertThat(model.monthFromYearProperty().get()).as("another file: not said before it is read").isNull();
            model.funderProperty().set(ImportScreen.funder(model, "MANDIRI"));
            model.check();
            assertThat(model.firstMonthProperty().get()).as("two years named: no guess").isEqualTo("03/2026");
            assertThat(model.monthFromYearProperty().get()).isNull();
            assertThat(model.yearsInDoubtProperty().get()).as("but said").containsExactly(2025, 2026);

            model.fileProperty().set(named);
            assertThat(model.yearsInDoubtProperty().get()).isEmpty();
            model.funderProperty().set(ImportScreen.funder(model, "MANDIRI"));
            model.check();
            assertThat(model.firstMonthProperty().get()).isEqualTo("01/2025");
            model.importNow();
            assertThat(s.enrollments().form(1).firstMonth()).as("imported for the year shown")
                    .isEqualTo(YearMonth.of(2025, 1));

            // The clerk's own month for this list stays, whatever the list names (another list proposes anew).
            model.fileProperty().set(titled);
            model.funderProperty().set(ImportScreen.funder(model, "MANDIRI"));
            model.firstMonthProperty().set("07/2025");
            model.check();
            assertThat(model.firstMonthProperty().get()).isEqualTo("07/2025");
            assertThat(model.monthFromYearProperty().get()).as("the clerk's month is not the file's").isNull();
        }
    }
}
