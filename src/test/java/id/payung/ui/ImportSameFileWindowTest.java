package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.Formats;
import id.payung.domain.ImportBatch;
import id.payung.ui.imports.ImportViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A new-user trial: a village list imported already, opened again in Berkas → Impor (the same content, the same
 * SHA-256). The check found only duplicates, yet Impor stayed enabled and nothing said which import had brought the
 * file. Now the window says "imported as impor #N (date, by whom)" and Impor is off, with the reason said; once that
 * import is undone, the file may be imported again unremarked.
 */
@ExtendWith(ApplicationExtension.class)
class ImportSameFileWindowTest {
    private ImportViewModel model;
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-same-file").showing(ui -> {
        model = ImportScreen.model(ui);
        return ImportScreen.load(model);
    });

    @Test
    void theSameFileOpenedAgainNamesItsImportAndImporIsOffUntilThatImportIsUndone(FxRobot robot) throws Exception {
        Path csv = ui.dir().resolve("desa-lalong-2026.csv");
        Files.writeString(csv, "NIK;Nama;Tgl Lahir;Kecamatan;Sumber Dana\n"
                + "5310010102910002;Petrus Nabu;01/02/1991;Ruteng;Mandiri\n"
                + "5310011505900017;Yohanes Jehamu;15/05/1990;Ruteng;Mandiri\n");
        @SuppressWarnings("unchecked")
        ComboBox<id.payung.domain.FundingSource> funder = robot.lookup("#importFunder").queryAs(ComboBox.class);
        waitUntil(() -> !funder.getItems().isEmpty());
        Label counts = robot.lookup("#importCounts").queryAs(Label.class);
        Label summary = robot.lookup("#importSummary").queryAs(Label.class);
        Button importButton = robot.lookup("#runImport").queryAs(Button.class);

        // First time: nothing said, Impor enabled; imported.
        open(robot, csv);
        waitUntil(() -> "2 baris: 2 siap diimpor, 0 duplikat, 0 salah".equals(counts.getText())
                && !model.runningProperty().get());
        assertThat(summary.getText()).as("a file never imported: nothing said").isNullOrEmpty();
        assertThat(importButton.isDisabled()).isFalse();
        robot.interact(model::importNow);
        waitUntil(() -> model.importedProperty().get() != null && !model.runningProperty().get());
        long batchId = model.importedProperty().get().batchId();
        assertThat(model.importedProperty().get().imported()).isEqualTo(2);
        waitUntil(() -> model.batches().stream().anyMatch(b -> b.id() == batchId));
        ImportBatch batch = model.batches().stream().filter(b -> b.id() == batchId).findFirst().orElseThrow();

        // The same file opened again: which import brought it, when, by whom; Impor off, and why.
        open(robot, csv);
        waitUntil(() -> "2 baris: 0 siap diimpor, 2 duplikat, 0 salah".equals(counts.getText())
                && !model.runningProperty().get() && summary.getText() != null);
        assertThat(summary.getText()).isEqualTo("Berkas yang sama persis sudah diimpor sebagai impor #" + batchId + " ("
                + Formats.date(LocalDate.now()) + ", oleh " + batch.actor() + "). Tidak ada yang bisa diimpor: semua 2 "
                + "baris sudah terdaftar, jadi tombol Impor tidak aktif.");
        assertThat(importButton.isDisabled()).as("only duplicates: nothing to import").isTrue();
        assertThat(model.importedProperty().get()).as("the finished import's \"2 diimpor\" is not this choice's").isNull();

        // That import undone: the file may go in again, nothing said about the undone import.
        robot.interact(() -> model.undo(batch));
        waitUntil(() -> model.undoneProperty().get() != null);
        open(robot, csv);
        waitUntil(() -> "2 baris: 2 siap diimpor, 0 duplikat, 0 salah".equals(counts.getText())
                && !model.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(summary.getText()).as("an undone import's file: unremarked").isNullOrEmpty();
        assertThat(importButton.isDisabled()).isFalse();
    }

    /** Trial 18-2: registered rows and a wrong one, none ready: Impor is off and the line says why. */
    @Test
    void noRowReadyTurnsImporOffAndSaysToCorrectTheWrongRows(FxRobot robot) throws Exception {
        Path first = ui.dir().resolve("desa-a-2026.csv");
        Files.writeString(first, "NIK;Nama;Tgl Lahir;Kecamatan;Sumber Dana\n"
                + "5310010102910002;Petrus Nabu;01/02/1991;Ruteng;Mandiri\n");
        @SuppressWarnings("unchecked")
        ComboBox<id.payung.domain.FundingSource> funder = robot.lookup("#importFunder").queryAs(ComboBox.class);
        waitUntil(() -> !funder.getItems().isEmpty());
        Label counts = robot.lookup("#importCounts").queryAs(Label.class);
        Label summary = robot.lookup("#importSummary").queryAs(Label.class);
        Button importButton = robot.lookup("#runImport").queryAs(Button.class);
        open(robot, first);
        waitUntil(() -> "1 baris: 1 siap diimpor, 0 duplikat, 0 salah".equals(counts.getText())
                && !model.runningProperty().get());
        robot.interact(model::importNow);
        waitUntil(() -> model.importedProperty().get() != null && !model.runningProperty().get());

        Path second = ui.dir().resolve("desa-b-2026.csv");
        Files.writeString(second, "NIK;Nama;Tgl Lahir;Kecamatan;Sumber Dana\n"
                + "5310010102910002;Petrus Nabu;01/02/1991;Ruteng;Mandiri\n"
                + "5310013102910003;Tanggal Salah;31/02/1991;Ruteng;Mandiri\n");
        open(robot, second);
        waitUntil(() -> "2 baris: 0 siap diimpor, 1 duplikat, 1 salah".equals(counts.getText())
                && !model.runningProperty().get() && summary.getText() != null && !summary.getText().isEmpty());
        assertThat(summary.getText()).isEqualTo("Tidak ada baris yang siap diimpor (1 sudah terdaftar, 1 salah), jadi "
                + "tombol Impor tidak aktif: perbaiki baris yang salah di daftar masalah.");
        assertThat(importButton.isDisabled()).isTrue();
    }

    private void open(FxRobot robot, Path file) {
        // As the window's "Pilih berkas…" does: the same file chosen again in the same window is read anew.
        robot.interact(() -> {
            model.choose(file);
            model.check();
        });
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
