package id.payung.ui.main;

import id.payung.ui.I18n;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import org.controlsfx.control.StatusBar;

/**
 * The frame around every screen: a menu bar (File, View, Help, with shortcuts), navigation on the left, the
 * current screen in the middle, a language choice at the top and a status bar at the bottom. Screens are
 * built on first visit and kept.
 */
public final class MainView {
    private static final String INDONESIAN = "Bahasa Indonesia";
    private static final String ENGLISH = "English";

    private final Function<Screen, Parent> screenLoader;
    private final Consumer<Locale> languageSwitch;
    private final Locale locale;
    private final ReadOnlyBooleanProperty busy;
    private final Path databaseFile;
    private final String version;
    private final javafx.beans.value.ObservableValue<String> notice;
    private final Map<Screen, Parent> loaded = new EnumMap<>(Screen.class);
    private final MenuActions actions;

    /** What the menu bar's File and Help items do; the window provides them. */
    public interface MenuActions {
        /** Opens the import window for a name list; {@code afterImport} refreshes what is shown. */
        void importList(Runnable afterImport);

        /** Asks where to save and exports every enrollment (NIKs masked). */
        void exportEnrollments();

        /** Backs up now into the backup folder. */
        void backupNow();

        /** Closes the window (and the application). */
        void exit();

        /** Shows the user manual. */
        void manual();

        /** Shows the About dialog. */
        void about();
    }

    @FXML private ResourceBundle resources;
    @FXML private ToggleGroup navigation;
    @FXML private ToggleButton dashboardNav;
    @FXML private ToggleButton enrollmentsNav;
    @FXML private ToggleButton awardsNav;
    @FXML private ToggleButton fundersNav;
    @FXML private ToggleButton reportsNav;
    @FXML private ToggleButton backupNav;
    @FXML private ToggleButton settingsNav;
    @FXML private Label noticeLabel;
    @FXML private StackPane content;
    @FXML private ComboBox<String> language;
    @FXML private StatusBar statusBar;
    @FXML private Label versionLabel;
    @FXML private Menu viewMenu;
    @FXML private MenuItem importItem;
    @FXML private MenuItem exportItem;
    @FXML private MenuItem backupItem;
    @FXML private MenuItem exitItem;
    @FXML private MenuItem manualItem;

    public MainView(Function<Screen, Parent> screenLoader, Consumer<Locale> languageSwitch, Locale locale,
                    ReadOnlyBooleanProperty busy, Path databaseFile, String version,
                    javafx.beans.value.ObservableValue<String> notice, MenuActions actions) {
        this.notice = notice;
        this.actions = actions;
        this.screenLoader = screenLoader;
        this.languageSwitch = languageSwitch;
        this.locale = locale;
        this.busy = busy;
        this.databaseFile = databaseFile;
        this.version = version;
    }

    @FXML
    private void initialize() {
        dashboardNav.setUserData(Screen.DASHBOARD);
        enrollmentsNav.setUserData(Screen.ENROLLMENTS);
        awardsNav.setUserData(Screen.AWARDS);
        fundersNav.setUserData(Screen.FUNDERS);
        reportsNav.setUserData(Screen.REPORTS);
        backupNav.setUserData(Screen.BACKUP);
        settingsNav.setUserData(Screen.SETTINGS);
        navigation.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // a navigation bar always has one screen chosen
            } else {
                show((Screen) now.getUserData());
            }
        });

        language.getItems().setAll(INDONESIAN, ENGLISH);
        language.setValue(I18n.ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : INDONESIAN);
        language.valueProperty().addListener((obs, old, now) ->
                languageSwitch.accept(ENGLISH.equals(now) ? I18n.ENGLISH : I18n.INDONESIAN));

        versionLabel.setText("Payung " + version);
        noticeLabel.textProperty().bind(notice);
        noticeLabel.visibleProperty().bind(notice.map(n -> !n.isEmpty()));
        statusBar.setText(MessageFormat.format(resources.getString("status.database"), databaseFile.toString()));
        statusBar.progressProperty().bind(busy.map(b -> b ? -1.0 : 0.0));
        content.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                // The first frame needs only this frame around the screens: the dashboard (charts, tables)
                // is built right after it is drawn, so the window appears as fast as an empty one.
                Runnable[] once = new Runnable[1];
                once[0] = () -> {
                    scene.removePostLayoutPulseListener(once[0]);
                    javafx.application.Platform.runLater(() -> {
                        if (navigation.getSelectedToggle() == null) {
                            dashboardNav.setSelected(true);
                        }
                    });
                };
                scene.addPostLayoutPulseListener(once[0]);
                javafx.application.Platform.requestNextPulse();
            }
        });
        buildMenus();
    }

    /** File, View (one item per screen, Ctrl+1 …) and Help; their shortcuts work from every screen. */
    private void buildMenus() {
        importItem.setAccelerator(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        importItem.setOnAction(e -> actions.importList(this::reloadShown));
        exportItem.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        exportItem.setOnAction(e -> actions.exportEnrollments());
        backupItem.setAccelerator(new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        backupItem.setOnAction(e -> actions.backupNow());
        exitItem.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        exitItem.setOnAction(e -> actions.exit());
        manualItem.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        manualItem.setOnAction(e -> actions.manual());
        Screen[] screens = Screen.values();
        for (int i = 0; i < screens.length; i++) {
            Screen screen = screens[i];
            MenuItem item = new MenuItem(resources.getString(screen.titleKey()));
            item.setId("menu-" + screen.name().toLowerCase(java.util.Locale.ROOT));
            if (i < 9) {
                item.setAccelerator(new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(i + 1)),
                        KeyCombination.SHORTCUT_DOWN));
            }
            item.setOnAction(e -> show(screen));
            viewMenu.getItems().add(item);
        }
    }

    @FXML
    private void about() {
        actions.about();
    }

    /** Reloads the screen shown now (e.g. after an import from the menu). */
    private void reloadShown() {
        for (Parent shown : loaded.values()) {
            if (content.getChildren().contains(shown) && shown.getProperties().get(RELOAD) instanceof Runnable reload) {
                reload.run();
            }
        }
    }

    /**
     * Key of a screen root's properties under which its view may put a {@link Runnable} that reloads it;
     * it runs whenever the user comes back to the screen, so what other screens changed shows.
     */
    public static final String RELOAD = "payung.reload";

    /** Shows a screen, building it on its first visit and reloading it on later ones. */
    public void show(Screen screen) {
        Parent existing = loaded.get(screen);
        if (existing != null && existing.getProperties().get(RELOAD) instanceof Runnable reload) {
            if (!content.getChildren().contains(existing)) {
                reload.run();
            }
        }
        content.getChildren().setAll(loaded.computeIfAbsent(screen, screenLoader));
        for (var toggle : navigation.getToggles()) {
            if (toggle.getUserData() == screen && !toggle.isSelected()) {
                toggle.setSelected(true);
            }
        }
    }
}
