package id.payung.ui.awards;

import id.payung.domain.Event;
import id.payung.domain.EventKind;
import id.payung.domain.Formats;
import id.payung.ui.Cells;
import id.payung.ui.Tables;
import java.time.LocalDate;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import id.payung.ui.FieldsDialog;
import id.payung.ui.TaskExecutor;
import java.util.Arrays;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/** Award events and other events: a list, and the chosen one in full. */
public final class AwardsView {
    private final AwardsViewModel model;

    @FXML private ResourceBundle resources;
    @FXML private TableView<Event> eventsTable;
    @FXML private TableColumn<Event, LocalDate> dateColumn;
    @FXML private TableColumn<Event, EventKind> kindColumn;
    @FXML private TableColumn<Event, String> titleColumn;
    @FXML private TableColumn<Event, String> regencyColumn;
    @FXML private VBox root;
    @FXML private Label detailRegencyLabel;
    @FXML private Label detailRegency;
    @FXML private VBox detail;
    @FXML private Button editButton;
    @FXML private Button deleteButton;
    @FXML private Label detailTitle;
    @FXML private Label detailDate;
    @FXML private Label detailKind;
    @FXML private Label detailGiver;
    @FXML private Label detailPresenter;
    @FXML private Label detailRecipient;
    @FXML private Label detailWitnesses;
    @FXML private Label detailPlace;
    @FXML private Label detailNotes;
    @FXML private Label detailSource;

    @FXML private javafx.scene.control.Button addButton;
    private final TaskExecutor tasks;
    private id.payung.ui.WriteAccess access = id.payung.ui.WriteAccess.writable();

    public AwardsView(AwardsViewModel model, TaskExecutor tasks) {
        this.model = model;
        this.tasks = tasks;
    }

    /** Says a line in the window's status bar, in the language shown then. */
    private java.util.function.Consumer<java.util.function.Function<ResourceBundle, String>> notice = text -> { };

    /** Where the page says what it saved (the window's status bar): "Penghargaan ditambahkan: …". */
    public AwardsView notices(java.util.function.Consumer<java.util.function.Function<ResourceBundle, String>> notice) {
        this.notice = notice;
        return this;
    }

    /** Whether the database may be written: read-only, adding, correcting and deleting events are disabled, saying why. */
    public AwardsView writeAccess(id.payung.ui.WriteAccess writeAccess) {
        this.access = writeAccess;
        return this;
    }

    @FXML
    private void add() {
        if (access.readOnlyProperty().get()) {
            return; // disabled buttons; a double click on a row does nothing either
        }
        dialog(null);
    }

    @FXML
    private void edit() {
        if (access.readOnlyProperty().get()) {
            return; // disabled buttons; a double click on a row does nothing either
        }
        Event e = model.selectedProperty().get();
        if (e != null) {
            dialog(e);
        }
    }

    @FXML
    private void delete() {
        if (access.readOnlyProperty().get()) {
            return; // disabled buttons; a double click on a row does nothing either
        }
        Event e = model.selectedProperty().get();
        if (e == null) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, e.title(), ButtonType.OK, ButtonType.CANCEL);
        confirm.setTitle("Payung"); // not JavaFX's English "Confirmation" (trial 12)
        confirm.initOwner(eventsTable.getScene().getWindow());
        confirm.setHeaderText(resources.getString("event.delete.confirm"));
        id.payung.ui.Buttons.translate(confirm.getDialogPane(), resources);
        confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> model.delete(e));
    }

    /**
     * Tab (Shift+Tab) in a many-line field of the form moves to the next (previous) field as in the one-line fields, and
     * Enter keeps making a new line: the witness list took Tab as a new line and "Kupang", typed for the place, became a
     * second witness (trial 23a L6). It is what Ctrl+Tab does in a text area, which the clerk had no way to know.
     */
    static void tabMovesOn(TextArea area) {
        area.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, k -> {
            if (k.getCode() == javafx.scene.input.KeyCode.TAB && !k.isControlDown() && !k.isAltDown()
                    && !k.isMetaDown() && !k.isShortcutDown()) {
                k.consume();
                area.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                        javafx.scene.input.KeyCode.TAB, k.isShiftDown(), true, false, false));
            }
        });
        // The typed character of a Tab never reaches the text either.
        area.addEventFilter(javafx.scene.input.KeyEvent.KEY_TYPED, k -> {
            if ("\t".equals(k.getCharacter())) {
                k.consume();
            }
        });
    }

    private void dialog(Event e) {
        FieldsDialog d = new FieldsDialog(eventsTable.getScene().getWindow(), resources,
                resources.getString(e == null ? "event.title.new" : "event.title.edit"));
        var kind = d.choice("event.kind", "eventKind", Arrays.asList(EventKind.values()),
                e == null ? EventKind.AWARD : e.kind(), k -> resources.getString("event.kind." + k.name()), null);
        DatePicker date = d.date("event.date", "eventDateField", e == null ? model.today() : e.date());
        TextField title = d.text("col.title", "eventTitleField", e == null ? "" : e.title());
        TextField giver = d.text("event.giver", "eventGiverField", e == null ? "" : e.giver());
        TextField presenter = d.text("event.presenter", "eventPresenterField", e == null ? "" : e.presenter());
        TextField recipient = d.text("event.recipient", "eventRecipientField", e == null ? "" : e.recipient());
        TextArea witnesses = d.area("event.witnesses.perLine", "eventWitnessesField",
                e == null ? "" : String.join("\n", e.witnesses()));
        TextField place = d.text("event.place", "eventPlaceField", e == null ? "" : e.place());
        TextArea notes = d.area("event.notes", "eventNotesField", e == null ? "" : e.notes());
        tabMovesOn(witnesses);
        tabMovesOn(notes);
        TextField source = d.text("event.source", "eventSourceField", e == null ? "" : e.source());
        long id = e == null ? 0 : e.id();
        long[] savedId = new long[1];
        d.show(tasks, () -> date.getValue() == null ? resources.getString("field.DATE") + ": "
                        + resources.getString("problem.REQUIRED") : confirmSameDay(kind.getValue(), date.getValue(), id),
                () -> {
                    savedId[0] = model.save(new Event(id, kind.getValue(), date.getValue(), title.getText().strip(),
                            blank(giver), blank(presenter), blank(recipient), witnesses.getText().lines().map(String::strip)
                            .filter(w -> !w.isEmpty()).toList(), blank(place), blank(notes), blank(source)));
                    return null;
                }, () -> {
                    // The event saved is the one selected and said, not the one selected before (trial 18).
                    model.load(savedId[0]);
                    EventKind k = kind.getValue();
                    String t = title.getText().strip();
                    LocalDate on = date.getValue();
                    notice.accept(b -> java.text.MessageFormat.format(b.getString(id == 0 ? "event.notice.added"
                            : "event.notice.saved"), b.getString("event.kind." + k.name()), t, Formats.date(on)));
                });
    }

    /**
     * Asks before a second event of a kind on one day ("Sudah ada penghargaan pada 25/09/2025: … — tetap simpan?").
     * Null: save; "" keeps the dialog open as it is (nothing to correct, the user chose not to save yet).
     */
    private String confirmSameDay(EventKind kind, LocalDate date, long eventId) {
        java.util.List<Event> same = model.sameKindSameDay(kind, date, eventId);
        if (same.isEmpty()) {
            return null;
        }
        String kindName = resources.getString("event.kind." + kind.name());
        String text = java.text.MessageFormat.format(resources.getString("event.sameDay"),
                kindName.toLowerCase(resources.getLocale()), Formats.date(date),
                same.stream().map(Event::title).collect(Collectors.joining("; ")), kindName);
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, null, ButtonType.OK, ButtonType.CANCEL);
        confirm.setTitle("Payung");
        confirm.initOwner(eventsTable.getScene().getWindow());
        confirm.setHeaderText(text);
        confirm.getDialogPane().setId("sameDayConfirm");
        id.payung.ui.Buttons.translate(confirm.getDialogPane(), resources);
        return confirm.showAndWait().filter(b -> b == ButtonType.OK).isPresent() ? null : "";
    }

    private static String blank(javafx.scene.control.TextInputControl c) {
        String s = c.getText();
        return s == null || s.isBlank() ? null : s.strip();
    }

    @FXML
    private void initialize() {
        Tables.show(eventsTable, model.events());
        dateColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().date()));
        dateColumn.setCellFactory(Cells.formatted(Formats::date));
        kindColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().kind()));
        kindColumn.setCellFactory(Cells.formatted(k -> resources.getString("event.kind." + k.name())));
        titleColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().title()));
        // A title longer than the column ("Piagam penghargaan perlindungan jaminan sosial ketenagakerjaan bagi pekerja
        // rentan") wraps at its width, the row as tall as it: at 1366 × 768 every title was cut to "Piagam penghargaan
        // perlindungan j…" (session 22). The table's rows are of no fixed height for it (AwardsView.fxml).
        titleColumn.setCellFactory(Cells.wrapped());
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != eventsTable.getSelectionModel().getSelectedItem()) {
                eventsTable.getSelectionModel().select(now);
                if (now != null) {
                    eventsTable.scrollTo(now);
                }
            }
            show(now);
        });
        eventsTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        // A reader of several regencies (a province): which regency's office recorded each event, as the year report's
        // "Dicatat oleh" (trial 20a); the column's header says "Kabupaten/kota", so the name goes without that word.
        regencyColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(model.regencyOf(c.getValue())));
        regencyColumn.setCellFactory(Cells.textWithTooltip(id.payung.domain.RegionNaming::regencyUnderHeader));
        var namesRegencies = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.regenciesProperty().getValue() != null, model.regenciesProperty());
        regencyColumn.visibleProperty().bind(namesRegencies);
        detailRegencyLabel.visibleProperty().bind(namesRegencies);
        detailRegencyLabel.managedProperty().bind(namesRegencies);
        detailRegency.visibleProperty().bind(namesRegencies);
        detailRegency.managedProperty().bind(namesRegencies);
        model.regenciesProperty().addListener((obs, old, now) -> {
            eventsTable.refresh();
            show(model.selectedProperty().get());
        });
        show(null);
        var none = model.selectedProperty().isNull();
        editButton.disableProperty().bind(none);
        deleteButton.disableProperty().bind(none);
        eventsTable.setRowFactory(t -> {
            javafx.scene.control.TableRow<Event> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(ev -> {
                if (ev.getClickCount() == 2 && !row.isEmpty()) {
                    edit();
                }
            });
            return row;
        });
        model.load();
        // F5, Tampilan → Muat ulang and coming back to the screen read the list again: another login's (or another
        // clerk's) new event shows without a restart (trial 20a).
        root.getProperties().put(id.payung.ui.main.MainView.RELOAD, (Runnable) model::load);
        access.guard(resources, addButton, editButton, deleteButton);
    }

    private void show(Event e) {
        detail.setVisible(e != null);
        if (e == null) {
            return;
        }
        detailTitle.setText(e.title());
        detailDate.setText(Formats.date(e.date()));
        detailKind.setText(resources.getString("event.kind." + e.kind().name()));
        detailGiver.setText(orDash(e.giver()));
        detailPresenter.setText(orDash(e.presenter()));
        detailRecipient.setText(orDash(e.recipient()));
        detailWitnesses.setText(e.witnesses().isEmpty() ? "–"
                : e.witnesses().stream().map(w -> "• " + w).collect(Collectors.joining("\n")));
        detailPlace.setText(orDash(e.place()));
        detailNotes.setText(orDash(e.notes()));
        detailSource.setText(orDash(e.source()));
        String regency = model.regencyOf(e);
        detailRegency.setText(regency == null ? resources.getString("breakdown.regency.unknown") : regency);
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "–" : s;
    }
}
