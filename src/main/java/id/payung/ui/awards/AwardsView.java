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
import javafx.fxml.FXML;
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
    @FXML private VBox detail;
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

    public AwardsView(AwardsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        Tables.show(eventsTable, model.events());
        dateColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().date()));
        dateColumn.setCellFactory(Cells.formatted(Formats::date));
        kindColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().kind()));
        kindColumn.setCellFactory(Cells.formatted(k -> resources.getString("event.kind." + k.name())));
        titleColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().title()));
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != eventsTable.getSelectionModel().getSelectedItem()) {
                eventsTable.getSelectionModel().select(now);
            }
            show(now);
        });
        eventsTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        show(null);
        model.load();
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
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "–" : s;
    }
}
