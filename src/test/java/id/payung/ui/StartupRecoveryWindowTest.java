package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.payung.domain.DatabaseOpenException;
import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The window started on a named database file that is not there ({@code --db}, {@code PAYUNG_DB}, a desktop
 * shortcut) says so in the clerk's language, and offers another file or a new database (trial 11, M9).
 */
@ExtendWith(ApplicationExtension.class)
class StartupRecoveryWindowTest {
    @TempDir
    Path dir;
    private final AtomicReference<Optional<PayungServices>> result = new AtomicReference<>();

    @AfterEach
    void closeWhatOpened() {
        Optional<PayungServices> opened = result.get();
        if (opened != null) {
            opened.ifPresent(PayungServices::close);
        }
    }

    private DialogPane startOn(Path missing, ResourceBundle bundle, FxRobot robot) {
        DatabaseOpenException failure = catchThrowableOfType(() -> PayungServices.open(missing, false, TestData.CLOCK),
                DatabaseOpenException.class);
        assertThat(failure.problem()).isEqualTo(DatabaseOpenException.Problem.MISSING);
        Platform.runLater(() -> result.set(new StartupRecovery(bundle, missing, TestData.CLOCK).recover(failure)));
        waitUntil(() -> robot.lookup("#missingDatabase").tryQuery().isPresent());
        return robot.lookup("#missingDatabase").queryAs(DialogPane.class);
    }

    @Test
    void saysTheFileIsMissingAndMakesANewOneOnlyWhenAsked(FxRobot robot) {
        Path missing = dir.resolve("kantor.db");
        DialogPane dialog = startOn(missing, I18n.bundle(I18n.INDONESIAN), robot);

        assertThat(dialog.getHeaderText()).isEqualTo("Basis data kantor.db tidak dapat dibuka");
        assertThat(dialog.getContentText()).startsWith("Berkas basis data tidak ditemukan: " + missing)
                .contains("Pilih berkas basis data yang benar, atau buat basis data baru")
                .doesNotContain("payung init", "--db");
        assertThat(dialog.getButtonTypes()).extracting(t -> ((Button) dialog.lookupButton(t)).getText())
                .containsExactlyInAnyOrder("Pilih berkas lain…", "Buat basis data baru", "Tutup");
        assertThat(dialog.getButtonTypes()).filteredOn(t -> ((Button) dialog.lookupButton(t)).isDefaultButton())
                .extracting(t -> ((Button) dialog.lookupButton(t)).getText()).containsExactly("Pilih berkas lain…");
        assertThat(missing).as("nothing made while the clerk reads").doesNotExist();

        robot.clickOn("Buat basis data baru");
        waitUntil(() -> result.get() != null);
        assertThat(result.get()).isPresent();
        assertThat(Files.exists(missing)).isTrue();
        assertThat(result.get().get().databaseFile()).isEqualTo(missing);
    }

    @Test
    void closingLeavesNothingBehindAndTheEnglishWindowSaysItInEnglish(FxRobot robot) {
        Path missing = dir.resolve("office.db");
        DialogPane dialog = startOn(missing, I18n.bundle(java.util.Locale.ENGLISH), robot);
        assertThat(dialog.getContentText()).startsWith("The database file was not found: " + missing)
                .doesNotContain("payung init");

        robot.clickOn("Close");
        waitUntil(() -> result.get() != null);
        assertThat(result.get()).isEmpty();
        assertThat(missing).doesNotExist();
    }
}
