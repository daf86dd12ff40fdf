package id.payung.ui.awards;

import id.payung.domain.Event;
import id.payung.domain.EventKind;
import id.payung.service.ReferenceService;
import id.payung.ui.TaskRunner;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State of the awards screen: all events, newest first, and the one being read. */
public final class AwardsViewModel {
    private final ReferenceService service;
    private final TaskRunner tasks;
    private final ObservableList<Event> events = FXCollections.observableArrayList();
    private final ObservableList<Event> eventsView = FXCollections.unmodifiableObservableList(events);
    private final ObjectProperty<Event> selected = new SimpleObjectProperty<>();

    public AwardsViewModel(ReferenceService service, TaskRunner tasks) {
        this.service = service;
        this.tasks = tasks;
    }

    /** Loads the events and selects the newest award (or the newest event when there is no award). */
    public void load() {
        tasks.run(service::events, list -> {
            events.setAll(list);
            selected.set(list.stream().filter(e -> e.kind() == EventKind.AWARD).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0)));
        });
    }

    public ObservableList<Event> events() {
        return eventsView;
    }

    public ObjectProperty<Event> selectedProperty() {
        return selected;
    }
}
