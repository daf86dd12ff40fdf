package id.payung.ui.audit;

import id.payung.domain.AuditTopic;
import id.payung.domain.FormProblem;
import id.payung.domain.Formats;
import id.payung.service.AuditRecord;
import id.payung.service.AuditWords;
import id.payung.ui.Cells;
import id.payung.ui.Choices;
import id.payung.ui.DatePickers;
import id.payung.ui.SaveDialogs;
import id.payung.ui.Tables;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * The audit trail for an auditor: every recorded change, newest first, filtered by days, clerk, kind and person,
 * in the words of the screen (codes as names, NIKs masked); a chosen entry in full, its person's history, and
 * the filtered trail exported.
 */
public final class AuditView {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final AuditViewModel model;
    private final LongConsumer openHistory;
    private final Consumer<String> notice;

    @FXML private ResourceBundle resources;
    @FXML private VBox page;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private ComboBox<String> actorChoice;
    @FXML private ComboBox<String> regencyChoice;
    @FXML private javafx.scene.layout.HBox regencyBox;
    @FXML private ComboBox<AuditTopic> topicChoice;
    @FXML private TextField personField;
    @FXML private javafx.scene.control.Label emptyLabel;
    @FXML private Label problemLabel;
    @FXML private Button exportButton;
    @FXML private TableView<AuditRecord> entriesTable;
    @FXML private TableColumn<AuditRecord, AuditRecord> whenColumn;
    @FXML private TableColumn<AuditRecord, String> whoColumn;
    @FXML private TableColumn<AuditRecord, String> regencyColumn;
    @FXML private TableColumn<AuditRecord, String> topicColumn;
    @FXML private TableColumn<AuditRecord, String> whatColumn;
    @FXML private TableColumn<AuditRecord, String> personColumn;
    @FXML private TableColumn<AuditRecord, String> detailsColumn;
    @FXML private Label countLabel;
    @FXML private Button historyButton;
    @FXML private Button moreButton;
    @FXML private TextArea fullText;

    /** The words of the rows shown; made again whenever rows come (their enrollments name the changes). */
    private AuditWords words;

    /**
     * @param openHistory opens a person's history (their enrollments and every change) by person id
     * @param notice      shows a line in the window's status bar
     */
    public AuditView(AuditViewModel model, LongConsumer openHistory, Consumer<String> notice) {
        this.model = model;
        this.openHistory = openHistory;
        this.notice = notice;
    }

    @FXML
    private void initialize() {
        DatePickers.dayMonthYear(fromPicker);
        DatePickers.dayMonthYear(toPicker);
        fromPicker.valueProperty().bindBidirectional(model.fromProperty());
        toPicker.valueProperty().bindBidirectional(model.toProperty());
        Choices.withNull(topicChoice, Arrays.asList(AuditTopic.values()),
                t -> resources.getString("audit.topic." + t.name()), resources.getString("audit.topic.all"));
        topicChoice.valueProperty().bindBidirectional(model.topicProperty());
        Choices.withNull(actorChoice, List.of(), s -> s, resources.getString("audit.actor.all"));
        // A reader's logins with their regency, as the Kabupaten/kota column names the entries' (two regencies' clerks
        // may have logins alike); a clerk's as they are.
        model.actors().addListener((javafx.collections.ListChangeListener<String>) c -> Choices.withNull(actorChoice,
                model.actors(), s -> model.actorText(s, resources), resources.getString("audit.actor.all")));
        actorChoice.prefWidthProperty().bind(javafx.beans.binding.Bindings.when(model.regencyShownProperty())
                .then(300.0).otherwise(160.0));
        actorChoice.valueProperty().bindBidirectional(model.actorProperty());
        // A reader of several regencies asks for one regency's entries (trial 20a); a clerk's log is one office's.
        Choices.withNull(regencyChoice, List.of(), s -> s, resources.getString("audit.regency.all"));
        model.regencyCodes().addListener((javafx.collections.ListChangeListener<String>) c -> Choices.withNull(
                regencyChoice, model.regencyCodes(), model::regencyName, resources.getString("audit.regency.all")));
        regencyChoice.valueProperty().bindBidirectional(model.regencyProperty());
        regencyBox.visibleProperty().bind(model.regencyShownProperty());
        regencyBox.managedProperty().bind(model.regencyShownProperty());
        personField.textProperty().bindBidirectional(model.personProperty());

        Tables.show(entriesTable, model.rows());
        // The time as the clerk reads it (to the minute), sorted by the moment and then by the entry's number: a
        // deletion and its undo in the same minute must never swap (trial 16 M4), whichever way it is sorted.
        whenColumn.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        whenColumn.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(AuditRecord r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : STAMP.format(r.change().at().atZone(ZoneId.systemDefault())));
            }
        });
        whenColumn.setComparator(AuditViewModel.BY_TIME);
        whoColumn.setCellValueFactory(c -> text(c.getValue().change().actor()));
        // Beside the login, for a provincial reader: the same login name may be a clerk of each regency.
        regencyColumn.setCellValueFactory(c -> text(Objects.requireNonNullElse(c.getValue().regency(), "")));
        // The header says "Kabupaten/kota": the names go without that word ("Manggarai Barat"), whole in a column
        // of its width (trial 20a: "Kabupaten Mang…" in every row); the tooltip and the full record keep the full name.
        regencyColumn.setCellFactory(Cells.textWithTooltip(id.payung.domain.RegionNaming::regencyUnderHeader));
        regencyColumn.visibleProperty().bind(model.regencyShownProperty());
        topicColumn.setCellValueFactory(c -> text(resources.getString("audit.topic." + c.getValue().topic().name())));
        // A change a restore undid (the restore kept its entry) says so beside it (trial 21b #6), read whole: its row
        // wraps the words at the column's width (trial 21d: "dibatalkan ole…"), the others stay one line.
        whatColumn.setCellValueFactory(c -> text(words().what(c.getValue().change(), model.undoneByRestore(c.getValue()),
                ZoneId.systemDefault())));
        // The name the entry was about (then), with today's where renamed since: as the exports write it.
        // One no longer in the register by the name (and NIK) the entries wrote, marked so (trial 22c #3).
        personColumn.setCellValueFactory(c -> text(c.getValue().personName() == null ? "" : personText(c.getValue())));
        detailsColumn.setCellValueFactory(c -> text(words().details(c.getValue().change())));
        wrapLongColumns();
        model.rows().addListener((javafx.collections.ListChangeListener<AuditRecord>) c -> {
            words = null;
            showCount();
        });
        // The caption says the order the rows are really in: the auditor may sort by any column (and it stays).
        entriesTable.comparatorProperty().addListener((obs, old, now) -> showCount());
        entriesTable.getSortOrder().addListener((javafx.collections.ListChangeListener<TableColumn<AuditRecord, ?>>) c -> showCount());
        entriesTable.getColumns().forEach(col -> col.sortTypeProperty().addListener((obs, old, now) -> showCount()));
        entriesTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            fullText.setText(now == null ? resources.getString("history.full.hint") : fullRecord(now));
            historyButton.setDisable(now == null || now.personId() == 0);
        });
        entriesTable.setRowFactory(t -> {
            javafx.scene.control.TableRow<AuditRecord> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(ev -> {
                if (ev.getClickCount() == 2 && !row.isEmpty() && row.getItem().personId() != 0) {
                    openHistory.accept(row.getItem().personId());
                }
            });
            return row;
        });
        historyButton.setDisable(true);
        moreButton.visibleProperty().bind(model.moreProperty());
        moreButton.managedProperty().bind(model.moreProperty());
        model.refusedProperty().addListener((obs, old, now) -> showRefusal(now));
        // After a refused search the fields no longer say what the rows shown were found by: an export then would
        // write an earlier filter's entries under the auditor's new question. It waits for a search that answers.
        exportButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !model.refusedProperty().get().isEmpty(), model.refusedProperty()));
        // The log grows while the office works: coming back to the screen shows the newest entries again.
        page.getProperties().put(id.payung.ui.main.MainView.RELOAD, (Runnable) model::reload);
        model.reload();
    }

    @FXML
    private void search() {
        // A day typed that is no date would otherwise be read as no bound at all: the whole log, under the question.
        List<FormProblem> unreadable = java.util.stream.Stream.of(fromPicker, toPicker).map(DatePickers::unreadable)
                .filter(Objects::nonNull)
                .map(text -> FormProblem.error(FormProblem.Field.DATE, "DATE_FORMAT", text)).toList();
        if (unreadable.isEmpty()) {
            // Asked by a NIK, nothing found may be a person a restore took away: the log keeps NIKs masked, so they
            // are found by their name (trial 23c H1: "5310111203850031" found nothing, "Bosco" his entries).
            String person = Objects.requireNonNullElse(personField.getText(), "");
            emptyLabel.setText(resources.getString(id.payung.domain.Nik.strip(person).matches("\\d{6,}")
                    ? "audit.empty.byNik" : "audit.empty"));
            model.search();
        } else {
            model.refuse(unreadable);
        }
    }

    @FXML
    private void clear() {
        emptyLabel.setText(resources.getString("audit.empty"));
        model.clear();
    }

    @FXML
    private void more() {
        model.loadMore();
    }

    @FXML
    private void history() {
        AuditRecord r = entriesTable.getSelectionModel().getSelectedItem();
        if (r != null && r.personId() != 0) {
            openHistory.accept(r.personId());
        }
    }

    @FXML
    private void export() {
        SaveDialogs.choose(page.getScene().getWindow(), resources.getString("audit.sheet").toLowerCase(java.util.Locale.ROOT)
                        .replace(' ', '-') + ".xlsx", SaveDialogs.tables())
                .ifPresent(file -> model.export(file, resources, count -> notice.accept(MessageFormat.format(
                        resources.getString("audit.exported"), Formats.count(count), file.getFileName()))));
    }

    private AuditWords words() {
        if (words == null) {
            AuditWords.Names names = Objects.requireNonNullElse(model.namesProperty().get(),
                    new AuditWords.Names(java.util.Map.of(), java.util.Map.of(), java.util.Map.of()));
            words = new AuditWords(resources, model.rows().stream().map(AuditRecord::enrollment)
                    .filter(Objects::nonNull).toList(), names);
        }
        return words;
    }

    private String fullRecord(AuditRecord r) {
        String head = words().what(r.change(), model.undoneByRestore(r), ZoneId.systemDefault())
                + (r.personName() == null ? ""
                : "\n" + resources.getString("audit.col.person") + ": " + personText(r))
                + (r.regency() == null ? "" : "\n" + resources.getString("audit.col.regency") + ": " + r.regency());
        String body = words().fullRecord(r.change());
        return body.isEmpty() ? head : head + "\n\n" + body;
    }

    /** The person an entry is about, with their NIK masked where it is known ({@link AuditWords#person}). */
    private String personText(AuditRecord r) {
        return words().person(r) + (r.nikMasked() == null ? "" : " (" + r.nikMasked() + ")");
    }

    private void showCount() {
        countLabel.setText(MessageFormat.format(resources.getString(model.moreProperty().get() ? "audit.countMore"
                : "audit.count"), Formats.count(model.rows().size()), order()));
    }

    /** The order the rows are in, in words: as read (newest on top), or by the column the auditor sorted by. */
    private String order() {
        if (entriesTable.getSortOrder().isEmpty()) {
            return resources.getString("audit.order.newest");
        }
        TableColumn<AuditRecord, ?> first = entriesTable.getSortOrder().get(0);
        boolean up = first.getSortType() == TableColumn.SortType.ASCENDING;
        if (first == whenColumn) {
            return resources.getString(up ? "audit.order.oldest" : "audit.order.newest");
        }
        return MessageFormat.format(resources.getString(up ? "audit.order.column.up" : "audit.order.column.down"),
                first.getText());
    }

    private void showRefusal(List<FormProblem> problems) {
        boolean any = !problems.isEmpty();
        problemLabel.setVisible(any);
        problemLabel.setManaged(any);
        problemLabel.setText(id.payung.ui.UserMessages.problems(resources, problems));
    }

    private static javafx.beans.value.ObservableValue<String> text(String s) {
        return new javafx.beans.property.ReadOnlyStringWrapper(s);
    }

    /**
     * Jenis, Perubahan and Peserta wrap at their columns' widths, Rincian up to two lines, each row as tall as its
     * longest (trial 22c: at 1.366 px "Data pribadi keluar (NI…", "Kepesertaan ditambahkan: A…" and every Rincian were
     * cut to one line; before, only an entry a restore undid wrapped). The columns keep the widths the FXML gives them; Rincian takes what is left.
     * Only how the cells are drawn: what they say is set above.
     */
    private void wrapLongColumns() {
        for (TableColumn<AuditRecord, String> c : List.of(topicColumn, whatColumn, personColumn)) {
            c.setCellFactory(Cells.wrapped(v -> v, javafx.geometry.Pos.TOP_LEFT));
        }
        // Rincian: its first two lines in the list, the rest in the tooltip and in the full record below.
        detailsColumn.setCellFactory(Cells.wrappedUpTo(2));
    }
}
