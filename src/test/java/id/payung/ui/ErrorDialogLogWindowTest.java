package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.LogFile;
import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.logging.Level;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The error dialog names the log file and opens its folder, in both languages. */
@ExtendWith(ApplicationExtension.class)
class ErrorDialogLogWindowTest {
    @TempDir
    Path dir;
    /** The real window as owner (the stage is shared by the test classes: it is left as the window leaves it). */
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-errorlog");

    @AfterEach
    void close() throws java.io.IOException {
        LogFile.uninstall();
    }

    @Test
    void theDialogNamesTheLogFileAndOffersItsFolder(FxRobot robot) {
        Path file = LogFile.install(dir.resolve("logs"), Level.INFO, LogFile.LIMIT_BYTES, LogFile.FILES);
        for (var locale : new java.util.Locale[] {I18n.INDONESIAN, I18n.ENGLISH}) {
            ResourceBundle words = I18n.bundle(locale);
            Alert[] dialog = new Alert[1];
            robot.interact(() -> {
                dialog[0] = ErrorDialog.create(ui.stage(), words, "Penyimpanan gagal.", new IllegalStateException("disk penuh"));
                dialog[0].show();
            });

            Label where = (Label) dialog[0].getDialogPane().lookup("#logFile");
            assertThat(where.getText()).contains(file.toString())
                    .startsWith(locale == I18n.ENGLISH ? "This was written to the log file" : "Kejadian ini tercatat");
            assertThat(where.isVisible()).isTrue();
            assertThat(dialog[0].getButtonTypes()).extracting(b -> b.getText()).containsExactly(
                    words.getString("dialog.close"), words.getString("error.copy"), words.getString("log.openFolder"));
            // The fold's toggle in the dialog's language, folded and unfolded (JavaFX's own says "Show Details").
            javafx.scene.control.Hyperlink toggle =
                    (javafx.scene.control.Hyperlink) dialog[0].getDialogPane().lookup("#errorDetailsToggle");
            assertThat(toggle.getText()).isEqualTo(locale == I18n.ENGLISH ? "Show details" : "Tampilkan rincian");
            robot.interact(() -> dialog[0].getDialogPane().setExpanded(true));
            assertThat(toggle.getText()).isEqualTo(locale == I18n.ENGLISH ? "Hide details" : "Sembunyikan rincian");
            Button open = (Button) dialog[0].getDialogPane().lookup("#openLogFolder");
            assertThat(open.getText()).isEqualTo(locale == I18n.ENGLISH ? "Open log folder" : "Buka folder log");
            assertThat(Folders.command("Linux", file.getParent())).containsExactly("xdg-open", file.getParent().toString());
            assertThat(Folders.command("Windows 11", file.getParent())).first().isEqualTo("explorer.exe");
            robot.interact(() -> dialog[0].close());
        }
    }

    @Test
    void withTheFirstFileTakenByAnotherPayungTheDialogNamesTheFileThisOneWrites(FxRobot robot) throws Exception {
        Path folder = java.nio.file.Files.createDirectories(dir.resolve("logs"));
        java.util.logging.FileHandler other = new java.util.logging.FileHandler(
                folder.resolve(LogFile.PATTERN).toString(), LogFile.LIMIT_BYTES, LogFile.FILES, true);
        try {
            LogFile.install(folder, Level.INFO, LogFile.LIMIT_BYTES, LogFile.FILES);
            Alert[] dialog = new Alert[1];
            robot.interact(() -> {
                dialog[0] = ErrorDialog.create(ui.stage(), I18n.bundle(I18n.INDONESIAN), "Penyimpanan gagal.",
                        new IllegalStateException("disk penuh"));
                dialog[0].show();
            });
            Label where = (Label) dialog[0].getDialogPane().lookup("#logFile");
            assertThat(where.getText()).contains(folder.resolve("payung.0.log.1").toString());
            robot.interact(() -> dialog[0].close());
        } finally {
            other.close();
        }
    }

    @Test
    void withoutALogTheDialogIsAsBefore(FxRobot robot) {
        Alert[] dialog = new Alert[1];
        robot.interact(() -> dialog[0] = ErrorDialog.create(ui.stage(), I18n.bundle(I18n.INDONESIAN), "Penyimpanan gagal.",
                new IllegalStateException("disk penuh"), null));

        assertThat(dialog[0].getDialogPane().lookup("#logFile")).isNull();
        assertThat(dialog[0].getButtonTypes()).hasSize(2);
    }
}
