package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.ui.main.AboutDialog;
import id.payung.ui.main.Screen;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The menu bar (shortcuts shown, one View item per screen), the About dialog, the error dialog, and a full language switch. */
@ExtendWith(ApplicationExtension.class)
// A whole-window scenario over 8 s: the full tier runs it, the fast edit-compile-test tier leaves it out.
@Tag("slow")
class MenuAndLanguageTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-menu").version("9.8.7").dashboardShown();

    @Test
    void theMenusNameTheirShortcutsAndTheViewMenuHasEveryScreen(FxRobot robot) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);

        assertThat(bar.getMenus()).extracting(Menu::getText).containsExactly("Berkas", "Tampilan", "Bantuan");
        assertThat(bar.getMenus().get(0).getItems()).extracting(MenuItem::getText)
                .containsExactly("Tambah peserta…", "Impor daftar…", "Ekspor semua peserta…", "Cadangkan sekarang", null,
                        "Keluar");
        assertThat(bar.getMenus().get(0).getItems().get(0).getAccelerator().getName()).isEqualTo("Shortcut+N");
        assertThat(bar.getMenus().get(0).getItems().get(5).getAccelerator().getName()).isEqualTo("Shortcut+Q");
        List<MenuItem> screens = bar.getMenus().get(1).getItems().subList(0, Screen.values().length);
        // Every screen, then Muat ulang (F5) after a separator.
        List<MenuItem> view = bar.getMenus().get(1).getItems();
        assertThat(view).hasSize(Screen.values().length + 2);
        assertThat(view.get(view.size() - 1).getText()).isEqualTo("Muat ulang");
        assertThat(view.get(view.size() - 1).getAccelerator().getName()).isEqualTo("F5");
        assertThat(screens.get(0).getText()).isEqualTo("Dasbor");
        assertThat(screens.get(1).getAccelerator().getName()).isEqualTo("Shortcut+2");
        assertThat(bar.getMenus().get(2).getItems()).extracting(MenuItem::getText).containsExactly("Panduan", "Tentang Payung");
        assertThat(bar.getMenus().get(2).getItems().get(0).getAccelerator().getName()).isEqualTo("F1");

        robot.interact(() -> screens.get(1).fire());
        ScreenWaits.shown(robot, Screen.ENROLLMENTS);

        assertThat(robot.lookup("#enrollmentsNav").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void backUpNowFromTheMenuMakesABackupAndSaysWhere(FxRobot robot) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);

        // The window makes its daily backup on opening: count after it, so the menu's own backup shows.
        waitUntil(() -> !ui.services().backups().list().isEmpty());
        int before = ui.services().backups().list().size();
        robot.interact(() -> bar.getMenus().get(0).getItems().stream().filter(i -> "Cadangkan sekarang".equals(i.getText()))
                .findFirst().orElseThrow().fire());

        waitUntil(() -> ui.services().backups().list().size() == before + 1);
        waitUntil(() -> robot.lookup("#notice").queryLabeled().getText().startsWith("Cadangan dibuat: "));
    }

    @Test
    void aboutTellsVersionLicenceAndWhereTheDataIs(FxRobot robot) {
        ResourceBundle en = I18n.bundle(Locale.ENGLISH);
        Alert[] about = new Alert[1];
        robot.interact(() -> about[0] = AboutDialog.create(ui.stage(), en, "9.8.7", ui.services().databaseFile(),
                ui.services().backups().folder()));

        assertThat(about[0].getHeaderText()).isEqualTo("Payung 9.8.7");
        String text = texts(about[0].getDialogPane());
        assertThat(text).contains("Apache License 2.0").contains("Database: " + ui.services().databaseFile())
                .contains("Data folder: " + ui.dir()).contains("Backup folder: " + ui.dir().resolve("backups"));
        assertThat(about[0].getButtonTypes()).extracting(b -> b.getText()).containsExactly("Close");
    }

    @Test
    void anErrorCanBeCopiedWithItsDetails(FxRobot robot) {
        ResourceBundle id = I18n.bundle(I18n.INDONESIAN);
        Alert[] dialog = new Alert[1];
        IllegalStateException error = new IllegalStateException("disk penuh");
        robot.interact(() -> dialog[0] = ErrorDialog.create(ui.stage(), id, "Penyimpanan gagal.", error));

        assertThat(dialog[0].getButtonTypes()).extracting(b -> b.getText()).containsExactly("Tutup", "Salin rincian");
        assertThat(dialog[0].getButtonTypes().get(1).getButtonData()).isEqualTo(ButtonBar.ButtonData.LEFT);
        Button copy = (Button) dialog[0].getDialogPane().lookupButton(dialog[0].getButtonTypes().get(1));
        assertThat(copy.getId()).isEqualTo("copyErrorDetails");
        assertThat(((TextArea) dialog[0].getDialogPane().getExpandableContent()).getText())
                .contains("IllegalStateException: disk penuh");
        assertThat(ErrorDialog.clipboardText("Penyimpanan gagal.", "trace")).startsWith("Penyimpanan gagal.\n\nPayung ")
                .contains("Java " + System.getProperty("java.version")).endsWith("\n\ntrace");
    }

    @Test
    void inEnglishNoIndonesianLabelIsLeftOnAnyScreen(FxRobot robot) {
        ComboBox<String> language = robot.lookup("#languageChoice").queryComboBox();
        robot.interact(() -> language.setValue("English"));
        ScreenWaits.shown(robot, Screen.DASHBOARD);
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        List<String> shown = new ArrayList<>();

        List<MenuItem> items = bar.getMenus().get(1).getItems().subList(0, Screen.values().length);
        for (int i = 0; i < items.size(); i++) {
            MenuItem screen = items.get(i);
            robot.interact(screen::fire);
            ScreenWaits.shown(robot, Screen.values()[i]);
            // Tabs get their content when first chosen: choose every one (nested ones appear on the way).
            for (int pass = 0; pass < 2; pass++) {
                robot.interact(() -> ui.stage().getScene().getRoot().lookupAll(".tab-pane").forEach(node -> {
                    javafx.scene.control.TabPane pane = (javafx.scene.control.TabPane) node;
                    pane.getTabs().forEach(pane.getSelectionModel()::select);
                }));
            }
            waitUntil(() -> !ui.tasks().busyProperty().get());
            shown.add(texts(ui.stage().getScene().getRoot()));
        }
        for (Menu menu : bar.getMenus()) {
            shown.add(menu.getText());
            menu.getItems().stream().map(MenuItem::getText).filter(t -> t != null).forEach(shown::add);
        }

        Set<String> indonesianOnly = indonesianOnlyTexts();
        // Data is not translated: a funding source may be called "APBN" like the Indonesian funder type.
        ui.services().reference().fundingSources().forEach(f -> indonesianOnly.removeAll(List.of(f.code(), f.name())));
        List<String> left = shown.stream().flatMap(s -> s.lines()).filter(indonesianOnly::contains).distinct().toList();
        assertThat(left).as("Indonesian texts left after switching to English").isEmpty();
        assertThat(String.join("\n", shown)).contains("File", "View", "Help", "Settings", "Office address",
                "Language at start", "Backup folder");
    }

    /** Every bundle text that differs between the languages, as it would show (placeholders and all). */
    private static Set<String> indonesianOnlyTexts() {
        ResourceBundle id = I18n.bundle(I18n.INDONESIAN);
        ResourceBundle en = I18n.bundle(Locale.ENGLISH);
        Set<String> texts = new HashSet<>();
        for (String key : id.keySet()) {
            String value = id.getString(key);
            if (!value.equals(en.getString(key)) && !value.contains("{") && value.length() > 2) {
                texts.add(value);
            }
        }
        return texts;
    }

    /** The texts of every label, button, tab, column header and prompt under a node, one per line. */
    private static String texts(Node node) {
        StringBuilder out = new StringBuilder();
        collect(node, out);
        return out.toString();
    }

    private static void collect(Node node, StringBuilder out) {
        if (node instanceof Labeled l && l.getText() != null) {
            out.append(l.getText()).append('\n');
        }
        if (node instanceof TextInputControl t && t.getPromptText() != null) {
            out.append(t.getPromptText()).append('\n');
        }
        if (node instanceof TextArea t) {
            out.append(t.getText()).append('\n');
        }
        if (node instanceof TabPane tabs) {
            tabs.getTabs().stream().map(Tab::getText).forEach(t -> out.append(t).append('\n'));
        }
        if (node instanceof TableView<?> table) {
            table.getColumns().stream().map(TableColumnBase::getText).forEach(t -> out.append(t).append('\n'));
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

}
