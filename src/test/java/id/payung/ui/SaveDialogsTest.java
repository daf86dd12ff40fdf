package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Save and open dialogs start where the user chose a file last time. */
class SaveDialogsTest {
    @TempDir
    Path dir;
    private Preferences prefs;

    @BeforeEach
    void ownPreferences() {
        prefs = Preferences.userRoot().node("id/payung/test-files-" + System.nanoTime());
        SaveDialogs.usePreferences(prefs);
    }

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
        SaveDialogs.usePreferences(Preferences.userRoot().node("id/payung/files"));
    }

    @Test
    void theFolderOfTheLastChosenFileIsWhereTheNextDialogStarts() throws Exception {
        assertThat(SaveDialogs.lastFolder()).isEmpty();
        Path reports = Files.createDirectory(dir.resolve("laporan"));
        SaveDialogs.remember(reports.resolve("laporan-payung-2025.pdf").toFile());
        assertThat(SaveDialogs.lastFolder()).contains(reports);

        SaveDialogs.remember(null); // cancelled: the folder stays
        assertThat(SaveDialogs.lastFolder()).contains(reports);

        Files.delete(reports); // gone since: the system's default instead of a folder that is not there
        assertThat(SaveDialogs.lastFolder()).isEmpty();
    }
}
