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
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import org.controlsfx.control.StatusBar;

/**
 * The frame around every screen: navigation on the left, the current screen in the middle, a language
 * choice at the top and a status bar at the bottom. Screens are built on first visit and kept.
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

    public MainView(Function<Screen, Parent> screenLoader, Consumer<Locale> languageSwitch, Locale locale,
                    ReadOnlyBooleanProperty busy, Path databaseFile, String version,
                    javafx.beans.value.ObservableValue<String> notice) {
        this.notice = notice;
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
        dashboardNav.setSelected(true);
        content.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Screen[] screens = Screen.values();
                for (int i = 0; i < screens.length; i++) {
                    Screen s = screens[i];
                    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(i + 1)),
                            KeyCombination.SHORTCUT_DOWN), () -> show(s));
                }
            }
        });
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
