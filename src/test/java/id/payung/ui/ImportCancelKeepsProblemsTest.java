package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import id.payung.service.importing.RowProblem;
import id.payung.ui.imports.ImportViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After Batal the problem list said "Tidak ada masalah." (or only the rows read before the cancel) while the heading
 * still counted the check's duplicates (trial 20b L8): a cancelled import leaves the check's list as it was.
 */
class ImportCancelKeepsProblemsTest {
    @TempDir
    Path dir;

    @Test
    void aCancelledImportKeepsTheChecksProblemList() throws Exception {
        StringBuilder csv = new StringBuilder("NIK;Nama;Kecamatan\n");
        int rows = id.payung.store.EnrollmentBulkWriter.LOOKUP_CHUNK * 2 + 10;
        for (int i = 1; i <= rows; i++) {
            csv.append(String.format("531001120585%04d;%s;Ruteng%n", i, id.payung.service.TestData.name("Nama", i)));
        }
        csv.append("12;Salah;Ruteng\n"); // a problem after the first chunk
        Path list = Files.writeString(dir.resolve("daftar 2026.csv"), csv);
        try (PayungServices s = TestData.seeded(dir)) {
            DirectTaskExecutor direct = new DirectTaskExecutor();
            boolean[] cancelNext = {false};
            TaskExecutor cancelling = new TaskExecutor() {
                @Override
                public <T> void execute(BackgroundTask<T> task) {
                    if (cancelNext[0]) {
                        // Batal as the first rows are written: the import stops and rolls back.
                        task.progressProperty().addListener((o, was, now) -> task.cancel());
                    }
                    direct.execute(task);
                }

                @Override
                public void onFx(Runnable update) {
                    direct.onFx(update);
                }

                @Override
                public javafx.beans.property.ReadOnlyBooleanProperty busyProperty() {
                    return direct.busyProperty();
                }

                @Override
                public javafx.beans.property.ReadOnlyObjectProperty<BackgroundTask<?>> shownTaskProperty() {
                    return direct.shownTaskProperty();
                }
            };
            ImportViewModel model = new ImportViewModel(s.imports(), s.reference(), cancelling, YearMonth.of(2026, 1),
                    () -> { });
            model.load();
            model.funderProperty().set(model.funders().stream().filter(f -> f.code().equals("MANDIRI")).findFirst()
                    .orElseThrow());
            model.fileProperty().set(list);
            model.check();
            List<RowProblem> checked = List.copyOf(model.problems());
            assertThat(checked).extracting(RowProblem::row).contains(rows + 2);

            cancelNext[0] = true;
            model.importNow();

            assertThat(model.importedProperty().get().cancelled()).isTrue();
            assertThat(s.register().counts(id.payung.domain.RegisterFilter.all()).total()).isZero();
            assertThat(model.problems()).containsExactlyElementsOf(checked);
        }
    }
}
