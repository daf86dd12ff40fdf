package id.payung.ui.main;

import id.payung.ui.I18n;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The frame around every screen: a menu bar (File, View, Help, with shortcuts), navigation on the left, the
 * current screen in the middle, a language choice at the top and a status bar at the bottom.
 *
 * <p>Built in code, not FXML, and kept to what the first frame shows: the window appears about as fast as an
 * empty one. The language choice (a combo box, the costliest control of the frame) joins right after the
 * first frame. Screens are built off the FX thread ({@link ScreenPreparer}) on first visit and then stay
 * in the window, hidden when another is shown. The dashboard is asked for after the first frame; the
 * register, the screen used all day, is built and laid out (hidden) as soon as the dashboard is shown, so
 * that opening it makes it visible at once; like any screen shown again it then reloads its data in the
 * background (its page and count, read a second time on that first visit: cheap, and never stale).
 */
public final class MainView {
    /** Style class of the frame (the window's root), for rules that depend on it. */
    static final String FRAME_STYLE = "main";
    /** Style class of the area that holds the current screen. */
    static final String CONTENT_STYLE = "content";
    /**
     * Key of a screen root's properties under which its view may put a {@link Runnable} that reloads it;
     * it runs whenever the user comes back to the screen, so what other screens changed shows.
     */
    public static final String RELOAD = "payung.reload";
    private Runnable reloaded = () -> { };
    /**
     * Key of a screen root's properties under which its builder puts a {@link Runnable} to call when the
     * screen enters the window (its task executor then goes from "at once, here" to the background).
     */
    public static final String GO_LIVE = "payung.goLive";

    /**
     * How long an action's notice ("Impor selesai …", "Tersimpan: …") stays in the status line before the window's
     * standing line comes back (trial 21: "Diimpor dari …" stayed all day). Moving to another screen sooner, after at
     * least {@link #NEWS_READ_IN}, ends it too.
     */
    public static final javafx.util.Duration NOTICES_SHOWN_FOR = javafx.util.Duration.minutes(2);
    private static volatile javafx.util.Duration newsFor = NOTICES_SHOWN_FOR;
    /** A notice is left in place by a move to another screen this soon after it came (the move may be its action's). */
    private static final long NEWS_READ_IN = 3_000_000_000L;

    /** How long work runs before the status line shows a bar for it. */
    private static final javafx.util.Duration BUSY_BAR_AFTER = javafx.util.Duration.millis(400);
    /** The opacity of a screen drawn once before it is shown: below what a person can see. */
    private static final double UNSEEN = 0.01;
    private static final String INDONESIAN = "Bahasa Indonesia";
    private static final String ENGLISH = "English";

    private final Function<Screen, Parent> screenBuilder;
    private final Consumer<Locale> languageSwitch;
    private final Consumer<Throwable> failure;
    private final Locale locale;
    private final ResourceBundle resources;
    private final MenuActions actions;
    private final Map<Screen, Parent> loaded = new EnumMap<>(Screen.class);
    private final Map<Screen, CompletableFuture<Parent>> preparing = new EnumMap<>(Screen.class);
    private final Map<Screen, ToggleButton> navButtons = new EnumMap<>(Screen.class);
    private final ToggleGroup navigation = new ToggleGroup();
    private final StackPane content = new StackPane();
    private final HBox appBar;
    private final BorderPane root = new BorderPane();
    private final Label loading;
    private final ScreenPreparer preparer = new ScreenPreparer();
    /** The screen the user asked for last (shown as soon as it is ready). */
    private Screen wanted;
    /** The screen on show (not only asked for). */
    private Screen current;
    /** Replaced by a new frame: screens still arriving are dropped. */
    private volatile boolean closed;
    /** Told that the status line's notice is no news any more: {@link #onNoticeOld}. */
    private Runnable noticeOld = () -> { };
    /** When the status line's notice last changed ({@link System#nanoTime}). */
    private long noticeSince = System.nanoTime();
    /** Work waiting for the screens built at start to be in and drawn ({@link #whenSettled}); null once run. */
    private java.util.List<Runnable> unsettled = new java.util.ArrayList<>();

    /** What the menu bar's File and Help items do; the window provides them. */
    public interface MenuActions {
        /**
         * Opens the form for a new participant (Berkas → Peserta baru, Ctrl+N from any screen); {@code afterSave}
         * refreshes what is shown.
         */
        void newEnrollment(Runnable afterSave);

        /**
         * Why nothing may be written here ("Login provinsi hanya membaca"), or null when it may: the new-participant
         * item is then disabled and says why.
         */
        String readOnlyReason();

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

    /**
     * @param screenBuilder builds a screen; called on the preparing thread, so it must only build (with a
     *                      task executor that runs at once until {@link #GO_LIVE} is called)
     * @param failure       shows an error to the user (on the FX thread)
     */
    public MainView(Function<Screen, Parent> screenBuilder, Consumer<Locale> languageSwitch, Locale locale,
                    ResourceBundle resources, id.payung.ui.TaskExecutor tasks, String databaseShown, String version,
                    ObservableValue<String> notice, MenuActions actions, Consumer<Throwable> failure) {
        this.screenBuilder = screenBuilder;
        this.languageSwitch = languageSwitch;
        this.locale = locale;
        this.resources = resources;
        this.actions = actions;
        this.failure = failure;
        loading = new Label(resources.getString("screen.loading"));
        loading.getStyleClass().add("page-help");
        StackPane.setAlignment(loading, Pos.TOP_LEFT);
        loading.setPadding(new javafx.geometry.Insets(16)); // where a screen's title will be

        root.getStyleClass().add(FRAME_STYLE);
        appBar = appBar();
        root.setTop(new VBox(menuBar(), appBar));
        root.setLeft(navigation());
        content.getStyleClass().add(CONTENT_STYLE);
        content.setId("screenArea");
        root.setCenter(content);
        HBox status = statusBar(tasks.busyProperty(), databaseShown, version, notice);
        LongWork.follow(tasks.shownTaskProperty(), status, resources);
        root.setBottom(status);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && old == null) {
                // Right after the first frame: the language choice, then the dashboard.
                afterNextFrame(() -> {
                    addLanguageChoice();
                    if (navigation.getSelectedToggle() == null) {
                        navButtons.get(Screen.DASHBOARD).setSelected(true);
                    }
                });
            }
        });
    }

    /**
     * Runs {@code then} when the status line's notice is no news any more: {@link #newsFor} after it came, or when the
     * clerk moves to another screen at least {@link #NEWS_READ_IN} after it came. The window then gives back its
     * standing line if the notice was an action's (a standing line, a lost connection or other clerks' changes stay).
     */
    public void onNoticeOld(Runnable then) {
        this.noticeOld = then;
    }

    /** How long an action's notice coming from now on stays in the status line (a test's: shorter or longer). */
    public static void noticesShownFor(javafx.util.Duration shown) {
        newsFor = shown;
    }

    /** The frame, to be the window's root. */
    public Parent root() {
        return root;
    }

    /** Stops building screens (the window is closing or being rebuilt). */
    public void close() {
        closed = true;
        preparer.close();
    }

    /**
     * Builds what one of the frame's own windows shows (the import window's content) on the thread the screens are
     * built on, after the screens asked for before it: never on the FX thread, and never taking a second core from
     * the user. Called on the FX thread.
     *
     * @return completes on the preparing thread with what {@code build} made, or with a
     *         {@link java.util.concurrent.CancellationException} once the frame is replaced
     */
    public <T> CompletableFuture<T> prepareAside(java.util.function.Supplier<T> build) {
        return preparer.prepare(build);
    }

    /**
     * Runs {@code idle} on the FX thread once the screens the frame builds at start (the first one shown and, after
     * the dashboard, the register) are in the window and drawn: for work done ahead of the clerk's asking.
     */
    public void whenSettled(Runnable idle) {
        if (unsettled == null) {
            idle.run();
        } else {
            unsettled.add(idle);
        }
    }

    /** After a screen arrived: once nothing more is being built, the work waiting for that ({@link #whenSettled}). */
    private void settleIfIdle() {
        if (unsettled != null && preparing.isEmpty() && !closed) {
            java.util.List<Runnable> idle = unsettled;
            unsettled = null;
            afterNextFrame(() -> {
                if (!closed) {
                    idle.forEach(Runnable::run);
                }
            });
        }
    }

    private MenuBar menuBar() {
        Menu file = new Menu(resources.getString("menu.file"));
        file.setId("fileMenu");
        // Ctrl+N from any screen, as the register's Tambah peserta (trial 19: on the Dasbor it did nothing, silently).
        MenuItem add = item("menuNewEnrollment", "menu.file.new", KeyCode.N, false, () -> actions.newEnrollment(this::reloadShown));
        String readOnly = actions.readOnlyReason();
        if (readOnly != null) {
            add.setText(add.getText() + " (" + readOnly + ")"); // a menu item shows no tooltip
            add.setDisable(true);
        }
        file.getItems().addAll(add,
                item("menuImport", "menu.file.import", KeyCode.I, true, () -> actions.importList(this::reloadShown)),
                item("menuExport", "menu.file.export", KeyCode.E, true, actions::exportEnrollments),
                item("menuBackup", "menu.file.backup", KeyCode.B, true, actions::backupNow),
                new SeparatorMenuItem(),
                item("menuExit", "menu.file.exit", KeyCode.Q, false, actions::exit));
        Menu view = new Menu(resources.getString("menu.view"));
        view.setId("viewMenu");
        Screen[] screens = Screen.values();
        for (int i = 0; i < screens.length; i++) {
            Screen screen = screens[i];
            MenuItem item = new MenuItem(resources.getString(screen.titleKey()));
            item.setId("menu-" + screen.name().toLowerCase(Locale.ROOT));
            if (i < 9) {
                item.setAccelerator(new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(i + 1)),
                        KeyCombination.SHORTCUT_DOWN));
            }
            item.setOnAction(e -> show(screen));
            view.getItems().add(item);
        }
        MenuItem reload = new MenuItem(resources.getString("menu.view.reload"));
        reload.setId("menuReload");
        reload.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        reload.setOnAction(e -> reloadShown());
        view.getItems().addAll(new SeparatorMenuItem(), reload);
        Menu help = new Menu(resources.getString("menu.help"));
        help.setId("helpMenu");
        MenuItem manual = new MenuItem(resources.getString("menu.help.manual"));
        manual.setId("menuManual");
        manual.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        manual.setOnAction(e -> actions.manual());
        MenuItem about = new MenuItem(resources.getString("menu.help.about"));
        about.setId("menuAbout");
        about.setOnAction(e -> actions.about());
        help.getItems().addAll(manual, about);
        MenuBar bar = new MenuBar(file, view, help);
        bar.setId("menuBar");
        return bar;
    }

    private MenuItem item(String id, String key, KeyCode code, boolean shift, Runnable action) {
        MenuItem item = new MenuItem(resources.getString(key));
        item.setId(id);
        item.setAccelerator(shift
                ? new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)
                : new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN));
        item.setOnAction(e -> action.run());
        return item;
    }

    private HBox appBar() {
        Label title = new Label("Payung");
        title.getStyleClass().add("app-title");
        Label subtitle = new Label(resources.getString("app.subtitle"));
        subtitle.getStyleClass().add("app-subtitle");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(12, title, subtitle, gap);
        bar.getStyleClass().add("app-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** The language choice, added after the first frame. */
    private void addLanguageChoice() {
        Label label = new Label(resources.getString("language.label"));
        label.getStyleClass().add("app-bar-label");
        ComboBox<String> language = new ComboBox<>();
        language.setId("languageChoice");
        label.setLabelFor(language);
        language.getItems().setAll(INDONESIAN, ENGLISH);
        language.setValue(I18n.ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : INDONESIAN);
        language.valueProperty().addListener((obs, old, now) ->
                languageSwitch.accept(ENGLISH.equals(now) ? I18n.ENGLISH : I18n.INDONESIAN));
        appBar.getChildren().addAll(label, language);
    }

    private VBox navigation() {
        VBox nav = new VBox(4);
        nav.getStyleClass().add("nav");
        for (Screen screen : Screen.values()) {
            ToggleButton button = new ToggleButton(resources.getString(screen.titleKey()));
            button.setId(screen.navId());
            button.getStyleClass().add("nav-button");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setToggleGroup(navigation);
            button.setUserData(screen);
            navButtons.put(screen, button);
            nav.getChildren().add(button);
        }
        navigation.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // a navigation bar always has one screen chosen
            } else {
                show((Screen) now.getUserData());
            }
        });
        return nav;
    }

    /**
     * The line at the bottom: the database file, notices, the version, and a bar while work runs. Plain
     * labels (ControlsFX's status bar parses a style sheet of its own: ~50 ms of the first frame); the bar
     * is made the first time work lasts, which is after the first frame.
     */
    private HBox statusBar(ReadOnlyBooleanProperty busy, String databaseShown, String version,
                           ObservableValue<String> notice) {
        Label file = new Label(databaseShown); // "Basis data: FILE", or "Server: HOST/DB · login"
        file.setId("databaseFile");
        file.setMinWidth(0);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label noticeLabel = new Label();
        noticeLabel.setId("notice");
        noticeLabel.getStyleClass().add("status-notice");
        noticeLabel.textProperty().bind(notice);
        noticeLabel.visibleProperty().bind(notice.map(n -> !n.isEmpty()));
        // A notice cut off by a narrow window (1366 px) is read whole by pointing at it.
        noticeLabel.tooltipProperty().bind(notice.map(n -> n.isEmpty() ? null : new javafx.scene.control.Tooltip(n)));
        // An action's notice is no news after a while: the window's standing line comes back (see onNoticeOld).
        javafx.animation.PauseTransition aging = new javafx.animation.PauseTransition(newsFor);
        aging.setOnFinished(e -> {
            if (!closed) {
                noticeOld.run();
            }
        });
        notice.addListener((obs, old, now) -> {
            noticeSince = System.nanoTime();
            Runnable restart = () -> {
                aging.stop();
                if (now != null && !now.isEmpty() && !closed) {
                    aging.setDuration(newsFor);
                    aging.playFromStart();
                }
            };
            if (javafx.application.Platform.isFxApplicationThread()) {
                restart.run();
            } else {
                javafx.application.Platform.runLater(restart);
            }
        });
        Label versionLabel = new Label("Payung " + version);
        versionLabel.getStyleClass().add("status-version");
        versionLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox status = new HBox(8, file, gap, noticeLabel, versionLabel);
        status.setId("statusBar");
        // The notice is news and is read whole; the database's path, which stands there all day, gives way first
        // (trial 23c L5: both were cut, "Basis data: /tmp/t23c/o…" and "…12/2026–…"). Only a notice longer than the
        // bar leaves its end to the tooltip.
        noticeLabel.minWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> noticeLabel.getText() == null || noticeLabel.getText().isEmpty() ? 0
                        : Math.min(noticeLabel.prefWidth(-1), Math.max(0, status.getWidth() - versionLabel.prefWidth(-1) - 160)),
                noticeLabel.textProperty(), noticeLabel.fontProperty(), status.widthProperty()));
        file.setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS);
        status.getStyleClass().add("status-line");
        status.setAlignment(Pos.CENTER_LEFT);
        // The bar shows only for work that lasts: a page or a count (0,1 s) would flash it, and its animation
        // costs every frame while it runs (~15 ms a frame with software rendering).
        javafx.scene.control.ProgressBar[] bar = new javafx.scene.control.ProgressBar[1];
        javafx.animation.PauseTransition lasting = new javafx.animation.PauseTransition(BUSY_BAR_AFTER);
        lasting.setOnFinished(e -> {
            if (bar[0] == null) {
                bar[0] = new javafx.scene.control.ProgressBar(-1);
                bar[0].setId("busy");
                bar[0].setPrefWidth(120);
                status.getChildren().add(status.getChildren().indexOf(file) + 1, bar[0]);
            }
            bar[0].setVisible(true);
        });
        busy.addListener((obs, was, now) -> {
            if (now) {
                lasting.playFromStart();
            } else {
                lasting.stop();
                if (bar[0] != null) {
                    bar[0].setVisible(false);
                }
            }
        });
        return status;
    }

    private void afterNextFrame(Runnable then) {
        id.payung.ui.Frames.afterNextFrame(root.getScene(), then);
    }

    /** Reloads {@code screen} when it is the one shown (its data changed by a menu's action). */
    public void reloadIfShown(Screen screen) {
        if (screen == wanted) {
            reloadShown();
        }
    }

    /** Reloads the screen shown now (after an import from the menu; Tampilan → Muat ulang, F5). */
    private void reloadShown() {
        Parent shown = wanted == null ? null : loaded.get(wanted);
        if (shown != null && shown.getProperties().get(RELOAD) instanceof Runnable reload) {
            reloaded.run(); // first: see onReloaded
            reload.run();
        }
    }

    /**
     * Runs {@code then} each time a screen reads its data again (shown again, F5): what was new to it is seen now.
     * It runs just before the screen's reads are asked for, so a read {@code then} asks (what other clerks changed so
     * far, MainWindow) is answered first: a change written in between is said once more, never taken as shown.
     */
    public void onReloaded(Runnable then) {
        this.reloaded = then;
    }

    /** The screen shown (or being built to be shown); null before the first. */
    public Screen current() {
        return wanted != null ? wanted : current;
    }

    /**
     * Shows a screen: at once when it was built before (reloading it), else as soon as it is built; the
     * navigation follows at once either way.
     */
    public void show(Screen screen) {
        ToggleButton button = navButtons.get(screen);
        if (!button.isSelected()) {
            button.setSelected(true); // comes back here through the toggle group's listener
            return;
        }
        if (screen == wanted) {
            return;
        }
        boolean moved = wanted != null;
        wanted = screen;
        if (moved && System.nanoTime() - noticeSince >= NEWS_READ_IN) {
            noticeOld.run(); // the clerk has moved on from what the notice said
        }
        Parent existing = loaded.get(screen);
        if (existing != null) {
            if (existing.getProperties().get(RELOAD) instanceof Runnable reload) {
                reloaded.run(); // first: see onReloaded
                reload.run();
            }
            showOnly(existing);
            current = screen;
            return;
        }
        showOnly(loading);
        prepare(screen);
    }

    /**
     * Screens once built stay in the window, hidden when not shown: styled and laid out once, coming back to
     * one only makes it visible, no new styling (moving nodes in and out of a scene styles them all over again).
     */
    private void showOnly(javafx.scene.Node shown) {
        if (!content.getChildren().contains(shown)) {
            content.getChildren().add(shown);
        }
        for (javafx.scene.Node child : content.getChildren()) {
            child.setVisible(child == shown);
        }
    }

    /** Builds a screen in the background unless it is built or being built; shows it if it is still wanted. */
    private void prepare(Screen screen) {
        if (closed || loaded.containsKey(screen) || preparing.containsKey(screen)) {
            return;
        }
        CompletableFuture<Parent> built = preparer.prepare(() -> {
            if (closed) {
                throw new java.util.concurrent.CancellationException("the frame was replaced");
            }
            Parent screenRoot = screenBuilder.apply(screen);
            screenRoot.getProperties().put(Screen.class, screen);
            return screenRoot;
        });
        preparing.put(screen, built);
        built.whenComplete((screenRoot, error) -> Platform.runLater(() -> arrived(screen, screenRoot, error)));
    }

    private void arrived(Screen screen, Parent screenRoot, Throwable error) {
        preparing.remove(screen);
        if (closed) {
            return;
        }
        if (error != null) {
            if (wanted == screen) {
                // Back to the screen shown before (the failed one can be asked for again).
                wanted = null;
                content.getChildren().remove(loading);
                if (current != null) {
                    navButtons.get(current).setSelected(true);
                }
            }
            failure.accept(error instanceof java.util.concurrent.CompletionException c && c.getCause() != null
                    ? c.getCause() : error);
            settleIfIdle();
            return;
        }
        if (screenRoot.getProperties().remove(GO_LIVE) instanceof Runnable goLive) {
            goLive.run();
        }
        loaded.put(screen, screenRoot);
        if (wanted == screen) {
            showOnly(screenRoot);
            content.getChildren().remove(loading);
            current = screen;
        } else {
            // Styled, laid out and drawn once now, while the user is on another screen, then hidden: its first
            // drawing (glyphs rasterised, cells laid out: 0,1 s with software rendering) is then not on the
            // click that opens it. Drawn on top but all but transparent for that one frame: beneath the
            // screen shown it would not be drawn at all (JavaFX skips what an opaque node covers).
            screenRoot.setOpacity(UNSEEN);
            screenRoot.setMouseTransparent(true); // clicks meanwhile go to the screen shown
            content.getChildren().add(screenRoot);
            afterNextFrame(() -> {
                screenRoot.setVisible(wanted == screen);
                screenRoot.setOpacity(1);
                screenRoot.setMouseTransparent(false);
            });
        }
        if (screen == Screen.DASHBOARD) {
            // The screen used all day: built while the user looks at the dashboard, so opening it is instant.
            prepare(Screen.ENROLLMENTS);
        }
        settleIfIdle();
    }
}
