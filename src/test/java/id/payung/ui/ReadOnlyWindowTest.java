package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import id.payung.ui.main.Screen;
import java.time.YearMonth;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Trial 14 F8: on a database open read-only (as a provincial reader's login is) the register's Tambah peserta, Impor,
 * Ubah, Akhiri, Hapus (and the cohorts' buttons) are disabled and say why when pointed at ("Basis data dibuka hanya-baca" on a file; "Login provinsi
 * hanya membaca" on a server, {@link WriteAccessTest});
 * Pengaturan's office fields and Simpan too, while the database server's address (this PC's) stays usable; a write
 * that still reaches the user is a plain sentence, not "Terjadi kesalahan yang tidak terduga".
 */
@ExtendWith(ApplicationExtension.class)
class ReadOnlyWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-readonly").on(file -> {
        PayungServices.open(file, true, TestData.CLOCK).close();
        return PayungServices.openReadOnly(file, TestData.CLOCK);
    }).dashboardShown();

    @Test
    void theWritingActionsAreDisabledAndSayWhy(FxRobot robot) {
        assertThat(ui.services().readOnly()).isTrue();
        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        // (The cohorts' tab, guarded alike, is built when first opened.)
        for (String id : new String[] {"#addEnrollment", "#importList", "#editEnrollment", "#endEnrollment",
            "#deleteEnrollment"}) {
            assertThat(robot.lookup(id).queryAs(Button.class).isDisabled()).as(id).isTrue();
            Node said = robot.lookup(id + "ReadOnly").query();
            assertThat(said.isDisabled()).as(id + ": the box that says why is not disabled").isFalse();
        }
        assertThat(robot.lookup("#exportList").queryAs(Button.class).isDisabled()).as("an export reads only").isFalse();
        assertThat(robot.lookup("#personHistory").queryAs(Button.class).getParent().getId()).isNull(); // not guarded

        // Pointing at the disabled Tambah peserta shows why: a file's words, not a provincial login's (review 14 M4:
        // a file in a network folder or a read-only copy is no provincial login).
        robot.moveTo("#addEnrollment");
        waitUntil(() -> tooltipShown("Basis data dibuka hanya-baca"));
        assertThat(tooltipShown("Login provinsi hanya membaca")).isFalse();

        // Berkas → Tambah peserta (Ctrl+N on every screen, trial 19) is disabled too, its reason in its words.
        javafx.scene.control.MenuItem add = robot.lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class)
                .getMenus().get(0).getItems().stream().filter(i -> "menuNewEnrollment".equals(i.getId())).findFirst()
                .orElseThrow();
        assertThat(add.isDisable()).isTrue();
        assertThat(add.getText()).isEqualTo("Tambah peserta… (Basis data dibuka hanya-baca)");
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.N)
                .release(javafx.scene.input.KeyCode.CONTROL);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#nikField").tryQuery()).as("no form opens").isEmpty();

        ScreenWaits.open(robot, Screen.AWARDS);
        for (String id : new String[] {"#addEvent", "#editEvent", "#deleteEvent"}) {
            assertThat(robot.lookup(id).queryAs(Button.class).isDisabled()).as(id).isTrue();
            assertThat(robot.lookup(id + "ReadOnly").tryQuery()).as(id).isPresent();
        }

        ScreenWaits.open(robot, Screen.SETTINGS);
        assertThat(robot.lookup("#saveSettings").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#officeName").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#importRegions").queryAs(Button.class).isDisabled()).isTrue();
    }

    /**
     * Sumber dana's Tambah/Ubah and Kuota dan pagu's Ubah, Cadangan's restores and its folder and count kept, and the
     * coverage's numbers were offered and ended in the refusal: disabled, saying why, as the register's. The lists stay
     * readable, and "Cadangkan sekarang" stays: a backup only reads the file, and it works on one opened read-only.
     */
    @Test
    void fundersBackupsAndCoverageNumbersAreDisabledButReadable(FxRobot robot) throws Exception {
        ScreenWaits.open(robot, Screen.FUNDERS);
        waitUntil(() -> !robot.lookup("#sourcesTable").queryTableView().getItems().isEmpty()); // the list still reads
        for (String id : new String[] {"#addSource", "#editSource"}) {
            assertThat(robot.lookup(id).queryAs(Button.class).isDisabled()).as(id).isTrue();
            assertThat(robot.lookup(id + "ReadOnly").queryAs(Node.class).isDisabled()).as(id).isFalse();
        }
        // Chosen, a row still leaves Ubah off (its own "nothing chosen" binding is not what keeps it off).
        robot.interact(() -> robot.lookup("#sourcesTable").queryTableView().getSelectionModel().select(0));
        assertThat(robot.lookup("#editSource").queryAs(Button.class).isDisabled()).isTrue();
        robot.moveTo("#addSource");
        waitUntil(() -> tooltipShown("Basis data dibuka hanya-baca"));
        robot.clickOn("Kuota dan pagu");
        javafx.scene.control.TableView<?> budgets = robot.lookup("#budgetsTable").queryTableView();
        waitUntil(() -> !budgets.getItems().isEmpty()); // the plans still read
        robot.interact(() -> budgets.getSelectionModel().select(0));
        assertThat(robot.lookup("#editBudget").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#editBudgetReadOnly").tryQuery()).isPresent();

        ScreenWaits.open(robot, Screen.BACKUP);
        for (String id : new String[] {"#restoreBackup", "#restoreFromFile", "#chooseBackupFolder", "#saveBackupKeep",
            "#backupKeep"}) {
            assertThat(robot.lookup(id).query().isDisabled()).as(id).isTrue();
            assertThat(robot.lookup(id + "ReadOnly").tryQuery()).as(id).isPresent();
        }
        Button backupNow = robot.lookup("#backupNow").queryAs(Button.class);
        assertThat(backupNow.isDisabled()).as("a backup reads the file").isFalse();
        javafx.scene.control.TableView<?> backups = robot.lookup("#backupsTable").queryTableView();
        waitUntil(() -> robot.lookup("#backupFolder").queryAs(javafx.scene.control.Label.class).getText() != null);
        int before = backups.getItems().size();
        robot.clickOn(backupNow);
        waitUntil(() -> backups.getItems().size() == before + 1);
        try (var made = java.nio.file.Files.list(ui.dir().resolve("backups"))) {
            assertThat(made.filter(f -> f.getFileName().toString().endsWith(".db"))).hasSize(before + 1);
        }

        ScreenWaits.open(robot, Screen.DASHBOARD);
        robot.clickOn("Cakupan (UCJ)");
        waitUntil(() -> robot.lookup("#editDenominators").tryQuery().isPresent());
        assertThat(robot.lookup("#editDenominators").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#editDenominatorsReadOnly").tryQuery()).isPresent();
        assertThat(robot.lookup("#coverageTable").queryTableView().isDisabled()).as("the numbers stay readable").isFalse();
    }

    @Test
    void aRefusedWriteIsAPlainSentence() {
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> ui.services().enrollments().enrol(
                TestData.form("5310011205850001", "Andi", "APBD-KAB-MGR", YearMonth.of(2026, 1), null)));
        assertThat(UserMessages.readOnlyRefusal(refused)).isTrue();
        assertThat(UserMessages.describe(I18n.bundle(I18n.INDONESIAN), refused))
                .startsWith("Perubahan tidak disimpan: basis data ini dibuka hanya-baca").doesNotContain("tidak terduga", "read-only");
        assertThat(UserMessages.readOnlyRefusal(new IllegalStateException("other"))).isFalse();
        assertThat(UserMessages.isRefusal(refused)).isTrue();
        assertThat(UserMessages.isRefusal(new id.payung.service.exporting.ExportService.ProvinceAnnexException())).isTrue();
        assertThat(UserMessages.isRefusal(new IllegalStateException("other"))).isFalse();
        assertThatThrownBy(() -> { throw refused; }).hasMessageContaining("read-only"); // the log keeps the technical words
    }

    /** The refusal that still reaches a dialog: the sentence as a plain refusal, no "Terjadi masalah", no details. */
    @Test
    void aRefusedWriteReachingADialogIsNoUnexpectedError(FxRobot robot) {
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> ui.services().enrollments().enrol(
                TestData.form("5310011205850001", "Andi", "APBD-KAB-MGR", YearMonth.of(2026, 1), null)));
        java.util.ResourceBundle words = I18n.bundle(I18n.INDONESIAN);
        javafx.application.Platform.runLater(() -> ErrorDialog.show(null, words, UserMessages.describe(words, refused),
                refused));
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        javafx.scene.control.DialogPane pane = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(pane.getContentText()).startsWith("Perubahan tidak disimpan: basis data ini dibuka hanya-baca");
        assertThat(pane.getId()).as("the plain refusal, not the crash dialog").isEqualTo("refusal");
        assertThat(pane.getHeaderText()).isEqualTo(words.getString("refused.header"));
        assertThat(pane.getExpandableContent()).as("no technical details").isNull();
        robot.interact(() -> ((javafx.stage.Stage) pane.getScene().getWindow()).close());
    }

    private static boolean tooltipShown(String text) {
        return Window.getWindows().stream().filter(Window::isShowing).filter(w -> w instanceof Tooltip)
                .anyMatch(w -> text.equals(((Tooltip) w).getText()));
    }
}
