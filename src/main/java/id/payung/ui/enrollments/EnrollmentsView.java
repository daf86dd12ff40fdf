package id.payung.ui.enrollments;

import id.payung.domain.CoverageStatus;
import id.payung.domain.Formats;
import id.payung.domain.FundingSource;
import id.payung.domain.Occupation;
import id.payung.domain.RegionLevel;
import id.payung.domain.RegisterSort;
import id.payung.domain.Region;
import id.payung.domain.Segment;
import id.payung.ui.Cells;
import id.payung.service.CohortService;
import id.payung.ui.Choices;
import id.payung.ui.FieldsDialog;
import id.payung.ui.TaskExecutor;
import id.payung.ui.Tables;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/** The register (named participants, paged from the database) and the cohorts, each in its own tab. */
public final class EnrollmentsView {
    private final RegisterViewModel register;
    private final CohortsViewModel cohorts;
    private final EnrollmentDialogs dialogs;
    private final TaskExecutor tasks;

    @FXML private ResourceBundle resources;
    @FXML private javafx.scene.layout.VBox root;
    private final id.payung.ui.WriteAccess access;
    @FXML private TextField searchField;
    @FXML private ComboBox<CoverageStatus> statusChoice;
    @FXML private ComboBox<Integer> yearChoice;
    @FXML private ComboBox<FundingSource> funderChoice;
    @FXML private ComboBox<Segment> segmentChoice;
    @FXML private ComboBox<Region> regionChoice;
    @FXML private ComboBox<Occupation> occupationChoice;
    @FXML private TableView<RegisterLine> enrollmentsTable;
    @FXML private TableColumn<RegisterLine, String> nikColumn;
    @FXML private Label emptyLabel;
    @FXML private TableColumn<RegisterLine, String> nameColumn;
    @FXML private TableColumn<RegisterLine, String> funderColumn;
    @FXML private TableColumn<RegisterLine, Segment> segmentColumn;
    @FXML private TableColumn<RegisterLine, String> kecamatanColumn;
    @FXML private TableColumn<RegisterLine, String> desaColumn;
    @FXML private TableColumn<RegisterLine, String> occupationColumn;
    @FXML private TableColumn<RegisterLine, YearMonth> firstColumn;
    @FXML private TableColumn<RegisterLine, YearMonth> lastColumn;
    @FXML private TableColumn<RegisterLine, CoverageStatus> statusColumn;
    @FXML private Label countsLabel;
    @FXML private Label pageLabel;
    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private Button addButton;
    @FXML private Button importButton;
    @FXML private Button editButton;
    @FXML private Button endButton;
    @FXML private Button deleteButton;
    @FXML private Button revealButton;
    @FXML private Button historyButton;
    @FXML private HBox undoBar;
    @FXML private Label undoLabel;
    @FXML private Label exportedLabel;

    @FXML private TableView<CohortRow> cohortsTable;
    @FXML private Button addCohortButton;
    @FXML private Button editCohortButton;
    @FXML private Button deleteCohortButton;
    @FXML private TableColumn<CohortRow, String> cohortFunderColumn;
    @FXML private TableColumn<CohortRow, Integer> cohortYearColumn;
    @FXML private TableColumn<CohortRow, Segment> cohortSegmentColumn;
    @FXML private TableColumn<CohortRow, String> cohortKecamatanColumn;
    @FXML private TableColumn<CohortRow, String> cohortOccupationColumn;
    @FXML private TableColumn<CohortRow, Long> cohortParticipantsColumn;
    @FXML private TableColumn<CohortRow, CoverageStatus> cohortStatusColumn;
    @FXML private TableColumn<CohortRow, String> cohortSourceColumn;

    public EnrollmentsView(RegisterViewModel register, CohortsViewModel cohorts, EnrollmentDialogs dialogs,
                           TaskExecutor tasks) {
        this(register, cohorts, dialogs, tasks, id.payung.ui.WriteAccess.writable());
    }

    /** @param access whether the database may be written: read-only, the writing actions are disabled and say why */
    public EnrollmentsView(RegisterViewModel register, CohortsViewModel cohorts, EnrollmentDialogs dialogs,
                           TaskExecutor tasks, id.payung.ui.WriteAccess access) {
        this.access = access;
        this.tasks = tasks;
        this.register = register;
        this.cohorts = cohorts;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        initFilters();
        initRegisterTable();
        initCohortsTable();
        // Shown again, or after an import from the menu: read again, the undo of a deletion no longer offered.
        root.getProperties().put(id.payung.ui.main.MainView.RELOAD, (Runnable) () -> {
            register.afterWrite();
            cohorts.load();
        });
        register.load();
        cohorts.load();
        access.guard(resources, addButton, importButton, editButton, endButton, deleteButton, addCohortButton,
                editCohortButton, deleteCohortButton);
        // The register's shortcuts work while it is the screen shown: it stays in the window, hidden, when
        // another screen is shown (and is built before it is first shown). Ctrl+N is the window's (Berkas → Peserta
        // baru, on every screen): put here, it replaced the menu's and took it away on leaving the register.
        java.util.Map<KeyCombination, Runnable> shortcuts = java.util.Map.of(
                new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), searchField::requestFocus,
                new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN), this::importList);
        javafx.scene.Scene[] installedIn = new javafx.scene.Scene[1];
        javafx.beans.InvalidationListener follow = o -> {
            if (installedIn[0] != null) {
                shortcuts.forEach((keys, action) -> installedIn[0].getAccelerators().remove(keys, action));
                installedIn[0] = null;
            }
            javafx.scene.Scene scene = root.getScene();
            if (scene != null && scene.getWindow() != null && root.isVisible()) {
                scene.getAccelerators().putAll(shortcuts);
                installedIn[0] = scene;
            }
        };
        root.sceneProperty().addListener(follow);
        root.visibleProperty().addListener(follow);
        root.visibleProperty().addListener((obs, was, shown) -> {
            if (!shown) {
                register.dismissUndo(); // an undo offered on a screen left behind would surprise on return
            }
        });
    }

    private void initFilters() {
        String all = resources.getString("filter.all");
        // Typing searches after a short pause, not on every key stroke.
        PauseTransition pause = new PauseTransition(Duration.millis(250));
        pause.setOnFinished(e -> register.searchProperty().set(searchField.getText()));
        searchField.textProperty().addListener((obs, old, now) -> pause.playFromStart());
        // Down or Enter in the search box goes to the first result (trial 14 F11: eight Tabs to reach the table).
        searchField.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.DOWN && e.getCode() != KeyCode.ENTER || e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            e.consume();
            boolean searchWaiting = !searchField.getText().equals(register.searchProperty().get());
            if (searchWaiting) {
                pause.stop();
                firstResultWanted = true; // selected when the search's rows arrive
                register.searchProperty().set(searchField.getText());
            }
            enrollmentsTable.requestFocus();
            if (!searchWaiting) {
                selectFirstLine();
            }
        });
        register.searchProperty().addListener((obs, old, now) -> {
            if (!now.equals(searchField.getText())) {
                searchField.setText(now);
            }
        });
        Choices.withNull(statusChoice, Arrays.asList(CoverageStatus.values()), this::statusText, all);
        statusChoice.valueProperty().bindBidirectional(register.statusProperty());
        Choices.withNull(segmentChoice, Arrays.asList(Segment.values()), Segment::name, all);
        segmentChoice.valueProperty().bindBidirectional(register.segmentProperty());
        register.funderChoices().addListener((javafx.collections.ListChangeListener<FundingSource>) c ->
                Choices.withNull(funderChoice, register.funderChoices(), FundingSource::name, all));
        funderChoice.valueProperty().bindBidirectional(register.funderProperty());
        register.regionChoices().addListener((javafx.collections.ListChangeListener<Region>) c ->
                Choices.withNull(regionChoice, register.regionChoices(), this::regionText, all));
        regionChoice.valueProperty().bindBidirectional(register.regionProperty());
        register.occupationChoices().addListener((javafx.collections.ListChangeListener<Occupation>) c ->
                Choices.withNull(occupationChoice, register.occupationChoices(), this::occupationWord, all));
        occupationChoice.valueProperty().bindBidirectional(register.occupationProperty());
        register.yearChoices().addListener((javafx.collections.ListChangeListener<Integer>) c ->
                Choices.withNull(yearChoice, register.yearChoices(), String::valueOf, all));
        yearChoice.valueProperty().bindBidirectional(register.yearProperty());
    }

    private void initRegisterTable() {
        javafx.collections.ObservableList<RegisterLine> lines = javafx.collections.FXCollections.observableArrayList();
        register.rows().addListener((javafx.collections.ListChangeListener<EnrollmentRow>) c -> {
            if (RegisterLine.show(lines, register.rows())) {
                enrollmentsTable.getSelectionModel().clearSelection(); // another page: the selection was on a line of the last
            }
            if (firstResultWanted) {
                firstResultWanted = false; // one page read: the search's answer, found or not
                selectFirstLine();
            }
        });
        RegisterLine.show(lines, register.rows());
        enrollmentsTable.setItems(lines);
        show(nikColumn, EnrollmentRow::nikShown);
        show(nameColumn, EnrollmentRow::name);
        show(funderColumn, EnrollmentRow::funder);
        show(segmentColumn, EnrollmentRow::segment);
        // A provincial reader's kecamatan with its regency, as the filter names it (one name may be a kecamatan of two).
        show(kecamatanColumn, r -> register.kecamatanText(r.kecamatan(), r.kecamatanCode(), resources));
        show(desaColumn, EnrollmentRow::desa);
        // An unknown occupation in the form's word, not an empty cell (trial 24a L6): the export writes the same.
        show(occupationColumn, r -> r.occupation() == null ? resources.getString("form.occupation.unknown")
                : id.payung.ui.OccupationNames.byStoredName(resources, register.occupationChoices(), r.occupation()));
        show(firstColumn, EnrollmentRow::firstMonth);
        firstColumn.setCellFactory(Cells.formatted(Formats::month));
        show(lastColumn, EnrollmentRow::lastMonth);
        lastColumn.setCellFactory(Cells.formatted(Formats::month));
        show(statusColumn, EnrollmentRow::status);
        // The words a clerk reads wrap in their cells where a laptop's width has no room for them in one line (trial 22c:
        // "APBD Kabupate…", "CSR / perusaha…", "Langke …", "Satar Ng…" at 1.366 px): the row grows to two lines. Each
        // column keeps the width of its longest value in two lines (fitColumns), so no value takes more.
        statusColumn.setCellFactory(Cells.wrapped(this::statusText, javafx.geometry.Pos.TOP_LEFT));
        for (TableColumn<RegisterLine, String> c : java.util.List.of(nameColumn, funderColumn, kecamatanColumn,
                desaColumn, occupationColumn)) {
            c.setCellFactory(Cells.wrapped(v -> v, javafx.geometry.Pos.TOP_LEFT));
        }
        // A funder's name is cut at its end, as every cell: the words that tell a clerk's funders apart come first
        // ("APBDes Desa Golo Cador Kecamatan Wae Rii", "APBDes Desa Poco …"); cut in the middle every village budget of a
        // kecamatan read "APBDes Desa…Wae Rii" (trial 2, session 17). Whole in the tooltip.
        // The funder's whole name where the window has room for it: "APBDes / ADD desa se-Kabupaten Mangga…" was cut
        // even at 1920 px (trial 16 L8). Narrower, the cell's tooltip gives it whole.
        javafx.beans.InvalidationListener fit = o -> fitColumns();
        enrollmentsTable.widthProperty().addListener(fit);
        register.funderChoices().addListener(fit);
        register.occupationChoices().addListener(fit);
        register.regionChoices().addListener(fit);
        lines.addListener(fit);
        enrollmentsTable.skinProperty().addListener(fit);

        // Sorting happens in SQL over the whole register, not in the table over one page.
        Map<TableColumn<RegisterLine, ?>, RegisterSort.Column> sortable = Map.of(nameColumn, RegisterSort.Column.NAME,
                nikColumn, RegisterSort.Column.NIK, funderColumn, RegisterSort.Column.FUNDER,
                firstColumn, RegisterSort.Column.FIRST_MONTH, lastColumn, RegisterSort.Column.LAST_MONTH);
        enrollmentsTable.getColumns().forEach(c -> c.setSortable(sortable.containsKey(c)));
        enrollmentsTable.setSortPolicy(table -> {
            if (!table.getSortOrder().isEmpty()) {
                TableColumn<RegisterLine, ?> c = table.getSortOrder().get(0);
                register.sortProperty().set(new RegisterSort(sortable.get(c),
                        c.getSortType() == TableColumn.SortType.ASCENDING));
            } else {
                register.sortProperty().set(RegisterSort.defaultOrder());
            }
            return true;
        });

        enrollmentsTable.setRowFactory(t -> {
            TableRow<RegisterLine> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    edit();
                }
            });
            return row;
        });
        var noSelection = enrollmentsTable.getSelectionModel().selectedItemProperty().isNull();
        for (Button b : new Button[] {editButton, endButton, deleteButton, revealButton, historyButton}) {
            b.disableProperty().bind(noSelection);
        }
        initRowKeys();
        previousButton.disableProperty().bind(register.hasPreviousProperty().not());
        nextButton.disableProperty().bind(register.hasNextProperty().not());
        pageLabel.textProperty().bind(register.pageNumberProperty().map(n ->
                MessageFormat.format(resources.getString("register.page"), n)));
        countsLabel.textProperty().bind(register.countsProperty().map(c -> c.total() == 0
                ? resources.getString("register.counts.none")
                : c.matching() == c.total() ? MessageFormat.format(resources.getString("register.counts.all"),
                        Formats.count(c.total()))
                : MessageFormat.format(resources.getString("register.counts"), Formats.count(c.matching()),
                        Formats.count(c.total()), Formats.percent(c.percent()))));
        // An empty table says why: nothing registered yet, or nothing that matches the search and filters.
        emptyLabel.textProperty().bind(register.countsProperty().map(c -> resources.getString(
                c.total() == 0 ? "enrollments.named.empty" : "enrollments.named.noMatch")));
        // The counts give way first when the window is narrow: the whole sentence is in the tooltip.
        javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
        whole.textProperty().bind(countsLabel.textProperty());
        countsLabel.setTooltip(whole);
        // Names whom it deleted (masked NIK); offered only until the clerk leaves the screen or writes something else.
        undoBar.visibleProperty().bind(register.lastDeletedProperty().isNotNull());
        undoLabel.textProperty().bind(register.lastDeletedProperty().map(row -> MessageFormat.format(
                resources.getString("register.deletedNamed"), row.name(), row.maskedNik())));
        undoBar.managedProperty().bind(undoBar.visibleProperty());
        // Takes no room until there is something to say (an empty line above the table looked like a gap).
        exportedLabel.visibleProperty().bind(exportedLabel.textProperty().isNotEmpty());
        exportedLabel.managedProperty().bind(exportedLabel.visibleProperty());
        register.changesProperty().addListener((o, was, now) -> exportedLabel.setText("")); // trial 18 LOW 9
    }

    /**
     * The room a name of 40 letters takes (Manggarai names are a baptismal name and a clan name, often 31 letters and
     * more: "Fransiskus Xaverius Jehaut Ndoang"): the name column keeps it before the funder grows.
     */
    static final String NAME_ROOM = "Maria Immaculata Theresia Nggarang Jemal";

    /**
     * Widens the segment, status, occupation, name, funder, kecamatan and desa columns, in this order (their least
     * widths, which the table's resize policy keeps to), each to its longest word in the cells' font or its header's
     * words, whichever is wider, as far as the room the other
     * columns leave at their preferred widths allows; never below the FXML's least widths. The name's word is a name of
     * 40 letters ({@link #NAME_ROOM}); the occupation's every occupation, in the window's language. At 1.366 px the
     * status, a 40-letter name and every occupation Payung ships are whole, and the funder takes what is left (trial by
     * hand, session 18: names of 31 letters and "Asisten rumah tangga" were cut while the funder took 197 px); in a
     * wider window the funder's longest name is whole too, then the kecamatan's and desa's.
     */
    private void fitColumns() {
        Map<TableColumn<RegisterLine, ?>, java.util.Set<String>> words = new java.util.LinkedHashMap<>();
        // The occupation before the name: a short word that wrapped ("Tukang / bangunan") beside a name column kept
        // for 40 letters made every other row twice as tall (trial 23c M1); a long name wraps instead, rarely.
        for (TableColumn<RegisterLine, ?> c : List.of(segmentColumn, statusColumn, occupationColumn, nameColumn,
                funderColumn, kecamatanColumn, desaColumn)) {
            fxmlMinWidths.putIfAbsent(c, c.getMinWidth());
            words.put(c, new java.util.HashSet<>());
        }
        for (TableColumn<RegisterLine, String> c : List.of(occupationColumn, funderColumn, kecamatanColumn, desaColumn)) {
            enrollmentsTable.getItems().forEach(l -> words.get(c).add(c.getCellData(l)));
        }
        // The names a page may show, so that the columns do not change width from page to page.
        Arrays.stream(Segment.values()).forEach(s -> words.get(segmentColumn).add(s.name()));
        Arrays.stream(CoverageStatus.values()).forEach(s -> words.get(statusColumn).add(statusText(s)));
        words.get(nameColumn).add(NAME_ROOM);
        register.funderChoices().forEach(f -> words.get(funderColumn).add(f.name()));
        register.occupationChoices().forEach(o -> words.get(occupationColumn).add(occupationWord(o)));
        register.regionChoices().stream().filter(r -> r.level() == RegionLevel.KECAMATAN)
                .forEach(r -> words.get(kecamatanColumn).add(register.kecamatanText(r.name(), r.code(), resources)));
        // The cells' font and padding; before the first cells, the table's placeholder's font (the same) and the
        // cells' padding of the theme (0.166667em a side). A guess of 16 px held the columns 10 px too wide each.
        javafx.scene.text.Font font = emptyLabel.getFont();
        double padding = 2 * Math.ceil(font.getSize() / 6) + 2;
        for (javafx.scene.Node n : enrollmentsTable.lookupAll(".table-cell")) {
            if (n instanceof TableCell<?, ?> cell && cell.getTableColumn() == funderColumn) {
                font = cell.getFont();
                padding = cell.snappedLeftInset() + cell.snappedRightInset() + 2;
                break;
            }
        }
        // They grow only into the room the others leave at their preferred widths: measured against their minimum
        // widths the funder took 300 px at 1.366 and cut the names and occupations (trial 18 M7).
        double others = enrollmentsTable.getVisibleLeafColumns().stream().filter(c -> !words.containsKey(c))
                .mapToDouble(c -> Math.max(c.getMinWidth(), c.getPrefWidth())).sum();
        // The table's borders and a vertical scroll bar's room.
        double room = enrollmentsTable.getWidth() - enrollmentsTable.snappedLeftInset() - enrollmentsTable.snappedRightInset()
                - 18 - others;
        // Each keeps at least its preferred width, its header's and its longest value's in two lines (the segment's in
        // one): a value wraps but is never cut (trial 22c). What is left widens them in order to one line each.
        Map<TableColumn<RegisterLine, ?>, Double> twoLines = new java.util.HashMap<>();
        for (var e : words.entrySet()) {
            TableColumn<RegisterLine, ?> c = e.getKey();
            double least = 0;
            for (String word : e.getValue()) {
                least = Math.max(least, Cells.widthInLines(word, font, c == segmentColumn ? 1 : 2));
            }
            twoLines.put(c, Math.max(Math.ceil(least) + padding, headerWidth(c)));
            room -= Math.max(Math.max(fxmlMinWidths.get(c), c.getPrefWidth()), twoLines.get(c));
        }
        lowered = false;
        for (var e : words.entrySet()) {
            TableColumn<RegisterLine, ?> c = e.getKey();
            double base = Math.max(Math.max(fxmlMinWidths.get(c), c.getPrefWidth()), twoLines.get(c));
            room -= fit(c, e.getValue(), font, padding, base + Math.max(0, room), twoLines.get(c)) - base;
        }
        if (lowered && enrollmentsTable.getSkin() != null) {
            // Narrowed: the table gave way where it could while these held their wider minimums, and keeps that share
            // (the name cut to 18 letters after a maximized window was restored to 1.366). Shared out again from the
            // preferred widths: a column set to its preferred width, the resize policy spreads the rest.
            // Setting the policy again has it share the table's width out at once (the widths alone left a gap).
            javafx.application.Platform.runLater(() -> {
                enrollmentsTable.getVisibleLeafColumns().forEach(c -> {
                    double p = c.getPrefWidth();
                    c.setPrefWidth(p + 1);
                    c.setPrefWidth(p);
                });
                var policy = enrollmentsTable.getColumnResizePolicy();
                enrollmentsTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
                enrollmentsTable.setColumnResizePolicy(policy);
            });
        }
    }

    /** Whether the last fit lowered a column's least width below the width it had. */
    private boolean lowered;

    /**
     * Sets {@code column}'s least width to its longest word's where that is more than its preferred width, at most
     * {@code room}; else back to the FXML's. Returns the width it then holds at least.
     */
    private double fit(TableColumn<RegisterLine, ?> column, java.util.Set<String> words, javafx.scene.text.Font font,
                       double padding, double room, double floor) {
        javafx.scene.text.Text text = new javafx.scene.text.Text();
        text.setFont(font);
        double longest = 0;
        for (String word : words) {
            if (word != null) {
                text.setText(word);
                longest = Math.max(longest, Math.ceil(text.getLayoutBounds().getWidth()));
            }
        }
        double wanted = Math.min(Math.max(longest + padding, headerWidth(column)), room);
        wanted = Math.max(wanted, floor);
        double least = wanted > column.getPrefWidth() ? wanted : Math.max(fxmlMinWidths.get(column), floor);
        if (Math.abs(least - column.getMinWidth()) >= 1) {
            lowered |= least < column.getMinWidth() && column.getWidth() > Math.max(least, column.getPrefWidth()) + 1;
            column.setMinWidth(least);
        }
        return Math.max(least, column.getPrefWidth());
    }

    /**
     * The width {@code column}'s header needs to show its words whole ("Segment" in English, "Segmen" in Indonesian),
     * in its own font; 0 before the table's headers are made.
     */
    private double headerWidth(TableColumn<?, ?> column) {
        for (javafx.scene.Node n : enrollmentsTable.lookupAll(".column-header")) {
            if (n instanceof javafx.scene.control.skin.TableColumnHeader h && h.getTableColumn() == column
                    && h.lookup(".label") instanceof javafx.scene.control.Labeled label) {
                return Math.ceil(label.prefWidth(-1) + h.snappedLeftInset() + h.snappedRightInset()) + 2;
            }
        }
        return 0;
    }

    /** The fitted columns' least widths from the FXML; empty until first read. */
    private final Map<TableColumn<?, ?>, Double> fxmlMinWidths = new java.util.HashMap<>();

    /** Trial 22b M5: Riwayat and Akhiri had no key, and Shift+F10 (or the menu key) opened no menu on a row. */
    private static final KeyCombination HISTORY_KEYS = new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination END_KEYS = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination MENU_KEYS = new KeyCodeCombination(KeyCode.F10, KeyCombination.SHIFT_DOWN);

    /**
     * The selected row's actions by key, where the table has the caret: Enter Ubah, Delete Hapus, Ctrl+E Akhiri,
     * Ctrl+H Riwayat; Shift+F10, the menu key or a right click open them as a menu on the row. Each goes through its
     * button, so a read-only database or no selection does nothing, as the button would. The menu's keys are shown
     * in it, and in the buttons' tooltips; they are the table's keys, not the window's (another screen keeps Ctrl+E).
     */
    private void initRowKeys() {
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(
                rowAction("rowEdit", "register.edit", new KeyCodeCombination(KeyCode.ENTER), editButton),
                rowAction("rowEnd", "register.end", END_KEYS, endButton),
                rowAction("rowDelete", "register.delete", new KeyCodeCombination(KeyCode.DELETE), deleteButton),
                new javafx.scene.control.SeparatorMenuItem(),
                rowAction("rowReveal", "register.reveal", null, revealButton),
                rowAction("rowHistory", "register.history", HISTORY_KEYS, historyButton));
        menu.setId("registerRowMenu");
        enrollmentsTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                edit();
            } else if (e.getCode() == KeyCode.DELETE) {
                delete();
            } else if (END_KEYS.match(e)) {
                endButton.fire();
            } else if (HISTORY_KEYS.match(e)) {
                historyButton.fire();
            } else if (MENU_KEYS.match(e) || e.getCode() == KeyCode.CONTEXT_MENU) {
                showRowMenu(menu, null);
            } else {
                return;
            }
            e.consume();
        });
        enrollmentsTable.setOnContextMenuRequested(e -> {
            showRowMenu(menu, e.isKeyboardTrigger() ? null : new javafx.geometry.Point2D(e.getScreenX(), e.getScreenY()));
            e.consume();
        });
        tip(editButton, "register.edit.tip");
        tip(endButton, "register.end.tip");
        tip(deleteButton, "register.delete.tip");
        tip(historyButton, "register.history.tip");
    }

    private javafx.scene.control.MenuItem rowAction(String id, String key, KeyCombination keys, Button button) {
        javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(resources.getString(key));
        item.setId(id);
        item.setAccelerator(keys); // shown beside the words; the menu is never the scene's, so the table keeps the keys
        item.disableProperty().bind(button.disableProperty());
        item.setOnAction(e -> button.fire());
        return item;
    }

    private void tip(Button button, String key) {
        button.setTooltip(new javafx.scene.control.Tooltip(resources.getString(key)));
    }

    /** The row menu at the pointer, or (from the keyboard) below the selected row's start. */
    private void showRowMenu(javafx.scene.control.ContextMenu menu, javafx.geometry.Point2D at) {
        if (enrollmentsTable.getSelectionModel().getSelectedItem() == null) {
            return;
        }
        javafx.geometry.Point2D place = at;
        if (place == null) {
            int selected = enrollmentsTable.getSelectionModel().getSelectedIndex();
            javafx.scene.Node row = enrollmentsTable.lookupAll(".table-row-cell").stream()
                    .filter(n -> n instanceof TableRow<?> r && r.getIndex() == selected && r.isVisible()).findFirst()
                    .orElse(enrollmentsTable);
            javafx.geometry.Bounds b = row.localToScreen(row.getBoundsInLocal());
            place = b == null ? new javafx.geometry.Point2D(0, 0)
                    : new javafx.geometry.Point2D(b.getMinX() + 24, row == enrollmentsTable ? b.getMinY() + 24 : b.getMaxY());
        }
        menu.hide();
        menu.show(enrollmentsTable, place.getX(), place.getY());
    }

    private void initCohortsTable() {
        String all = resources.getString("enrollments.all");
        Tables.show(cohortsTable, cohorts.cohorts());
        Cells.bind(cohortFunderColumn, CohortRow::funder);
        Cells.bind(cohortYearColumn, CohortRow::year);
        Cells.bind(cohortSegmentColumn, CohortRow::segment);
        Cells.bind(cohortKecamatanColumn, r -> r.kecamatan() == null ? all
                : register.kecamatanText(r.kecamatan(), r.kecamatanCode(), resources));
        // The regencies come with the register's choices, maybe after the cohorts: their names then shown anew.
        register.regionChoices().addListener((javafx.beans.InvalidationListener) o -> cohortsTable.refresh());
        Cells.bind(cohortOccupationColumn, r -> r.occupation() == null ? all
                : id.payung.ui.OccupationNames.name(resources, r.occupationCode(), r.occupation()));
        Cells.bind(cohortParticipantsColumn, CohortRow::participants);
        cohortParticipantsColumn.setCellFactory(Cells.formatted(Formats::count));
        Cells.bind(cohortStatusColumn, CohortRow::status);
        cohortStatusColumn.setCellFactory(Cells.formatted(this::statusText));
        Cells.bind(cohortSourceColumn, CohortRow::source);
        // Where a count came from is a sentence: it wraps in its column, the table as wide as the page (trial 22c: cut at
        // the page's edge, behind a sideways scroll bar, at 1.366 px).
        cohortSourceColumn.setCellFactory(Cells.wrapped());
        cohortFunderColumn.setCellFactory(Cells.wrapped(v -> v, javafx.geometry.Pos.TOP_LEFT));
        var noCohort = cohortsTable.getSelectionModel().selectedItemProperty().isNull();
        editCohortButton.disableProperty().bind(noCohort);
        deleteCohortButton.disableProperty().bind(noCohort);
    }

    @FXML
    private void addCohort() {
        if (readOnly()) {
            return;
        }
        cohortDialog(null);
    }

    @FXML
    private void editCohort() {
        if (readOnly()) {
            return;
        }
        CohortRow row = cohortsTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            cohortDialog(row);
        }
    }

    @FXML
    private void deleteCohort() {
        if (readOnly()) {
            return;
        }
        CohortRow row = cohortsTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            cohorts.delete(row);
        }
    }

    private void cohortDialog(CohortRow row) {
        String all = resources.getString("filter.all");
        FieldsDialog d = new FieldsDialog(cohortsTable.getScene().getWindow(), resources,
                resources.getString(row == null ? "cohort.title.new" : "cohort.title.edit"));
        List<FundingSource> funders = register.cohortFunderChoices(row == null ? null : row.funderCode());
        var funder = d.choice("col.funder", "cohortFunder", funders,
                row == null ? null : funders.stream().filter(f -> f.code().equals(row.funderCode()))
                        .findFirst().orElse(null), FundingSource::name, null);
        TextField year = d.text("col.year", "cohortYear", row == null ? String.valueOf(register.currentYear())
                : String.valueOf(row.year()));
        var segment = d.choice("col.segment", "cohortSegment", Arrays.asList(Segment.values()),
                row == null ? Segment.BPU : row.segment(), Segment::name, null);
        var kecamatan = d.choice("col.kecamatan", "cohortKecamatan", register.regionChoices().stream()
                        .filter(r -> r.level() == RegionLevel.KECAMATAN).toList(),
                row == null ? null : register.regionChoices().stream().filter(r -> r.code().equals(row.kecamatanCode()))
                        .findFirst().orElse(null), r -> register.kecamatanText(r.name(), r.code(), resources), all);
        var occupation = d.choice("col.occupation", "cohortOccupation", register.occupationChoices(),
                row == null ? null : register.occupationChoices().stream()
                        .filter(o -> o.code().equals(row.occupationCode())).findFirst().orElse(null), this::occupationWord, all);
        TextField participants = d.text("col.participants", "cohortParticipants",
                row == null ? "" : Formats.count(row.participants()));
        TextField source = d.text("col.source", "cohortSource", row == null ? "" : row.source());
        long id = row == null ? 0 : row.id();
        d.show(tasks, () -> {
            Long n = FieldsDialog.parseNumber(participants.getText());
            Long y = FieldsDialog.parseNumber(year.getText());
            if (n != null && n < 0 || y != null && y < 0) {
                return resources.getString("problem.NUMBER_FORMAT");
            }
            return null;
        }, () -> {
            Long y = FieldsDialog.parseNumber(year.getText());
            cohorts.save(id, new CohortService.Input(funder.getValue() == null ? null : funder.getValue().code(),
                    y == null ? null : y.intValue(), segment.getValue(),
                    kecamatan.getValue() == null ? null : kecamatan.getValue().code(),
                    occupation.getValue() == null ? null : occupation.getValue().code(),
                    FieldsDialog.parseNumber(participants.getText()), source.getText()));
            return null;
        }, cohorts::load);
    }

    @FXML
    private void exportList() {
        java.nio.file.Path target = id.payung.ui.SaveDialogs.choose(enrollmentsTable.getScene().getWindow(),
                "peserta.xlsx", id.payung.ui.SaveDialogs.tables()).orElse(null);
        if (target == null) {
            return;
        }
        javafx.scene.control.CheckBox full = new javafx.scene.control.CheckBox(resources.getString("export.fullNik"));
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION);
        ask.setTitle("Payung"); // not JavaFX's English "Confirmation" (trial 12)
        ask.initOwner(enrollmentsTable.getScene().getWindow());
        ask.setHeaderText(MessageFormat.format(resources.getString("export.confirm"),
                register.countsProperty().get() == null ? "" : Formats.count(register.countsProperty().get().matching())));
        ask.getDialogPane().setContent(full);
        id.payung.ui.Buttons.translate(ask.getDialogPane(), resources);
        if (ask.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK).isPresent()) {
            register.export(target, full.isSelected(), rows -> exportedLabel.setText(MessageFormat.format(
                    resources.getString("export.done"), Formats.count(rows), target.toString())));
        }
    }

    @FXML
    private void importList() {
        if (readOnly()) {
            return;
        }
        dialogs.openImport(() -> {
            register.afterWrite();
            cohorts.load();
        });
    }

    @FXML
    private void add() {
        if (readOnly()) {
            return;
        }
        dialogs.openForm(0, register::afterWrite);
    }

    @FXML
    private void edit() {
        if (readOnly()) {
            return;
        }
        EnrollmentRow row = selected();
        if (row != null) {
            dialogs.openForm(row.id(), register::afterWrite);
        }
    }

    @FXML
    private void end() {
        if (readOnly()) {
            return;
        }
        EnrollmentRow row = selected();
        if (row != null) {
            EndEnrollmentDialog.ask(enrollmentsTable.getScene().getWindow(), resources, row,
                            register.suggestedEndMonth(row))
                    .ifPresent(a -> register.end(row, a.lastMonth(), a.reason()));
        }
    }

    @FXML
    private void delete() {
        if (readOnly()) {
            return;
        }
        EnrollmentRow row = selected();
        if (row != null) {
            DeleteEnrollmentDialog.ask(enrollmentsTable.getScene().getWindow(), resources, row)
                    .ifPresent(reason -> register.delete(row, reason));
        }
    }

    /** A read-only database: the writing buttons are disabled, and their shortcuts and keys do nothing either. */
    private boolean readOnly() {
        return access.readOnlyProperty().get();
    }

    @FXML
    private void undoDelete() {
        register.undoDelete();
    }

    @FXML
    private void revealNik() {
        EnrollmentRow row = selected();
        if (row != null && !row.revealed()) {
            register.revealNik(row);
        }
    }

    @FXML
    private void history() {
        EnrollmentRow row = selected();
        if (row != null) {
            dialogs.openHistory(row.personId());
        }
    }

    @FXML
    private void previousPage() {
        register.previousPage();
    }

    @FXML
    private void nextPage() {
        register.nextPage();
    }

    @FXML
    private void clearFilters() {
        searchField.setText("");
        register.clearFilters();
    }

    /** Set by Enter or Down in the search box while its search is still to be read: then its first line is selected. */
    private boolean firstResultWanted;

    private void selectFirstLine() {
        if (!enrollmentsTable.getItems().isEmpty()) {
            enrollmentsTable.getSelectionModel().clearAndSelect(0);
            enrollmentsTable.getFocusModel().focus(0);
            enrollmentsTable.scrollTo(0);
        }
    }

    private EnrollmentRow selected() {
        RegisterLine line = enrollmentsTable.getSelectionModel().getSelectedItem();
        return line == null ? null : line.row();
    }

    /** A column showing a value of each line's enrollment, following the line when it shows another. */
    private static <T> void show(TableColumn<RegisterLine, T> column, Function<EnrollmentRow, T> value) {
        column.setCellValueFactory(c -> c.getValue().rowProperty().map(value));
    }

    /** An occupation of the list in the user's language (trial 18: "Petani" in the English register). */
    private String occupationWord(Occupation o) {
        return id.payung.ui.OccupationNames.name(resources, o);
    }

    private String statusText(CoverageStatus status) {
        return resources.getString("status." + status.name());
    }

    private String regionText(Region r) {
        String regency = register.regencyOf(r); // a provincial reader's kecamatan: of which regency
        if (r.level() == RegionLevel.REGENCY) {
            return r.name(); // a provincial reader's whole regency ("Kabupaten Manggarai Barat"), its kecamatan below
        }
        return r.level() != RegionLevel.KECAMATAN ? "   " + r.name()
                : regency != null ? MessageFormat.format(resources.getString("region.kecamatanOf"), r.name(), regency)
                : MessageFormat.format(resources.getString("region.kecamatan"), r.name());
    }
}
