package id.payung.ui.awards;

import id.payung.domain.Event;
import id.payung.domain.EventKind;
import id.payung.service.EventService;
import id.payung.service.ReferenceService;
import id.payung.ui.TaskExecutor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State of the awards screen: all events, newest first, and the one being read. */
public final class AwardsViewModel {
    private final ReferenceService service;
    private final EventService events;
    private final TaskExecutor tasks;
    private final ObservableList<Event> eventList = FXCollections.observableArrayList();
    private final ObservableList<Event> eventsView = FXCollections.unmodifiableObservableList(eventList);
    private final ObjectProperty<Event> selected = new SimpleObjectProperty<>();
    /** Each event's recording regency by id, for a reader of several regencies; null for one office's list. */
    private final ObjectProperty<java.util.Map<Long, String>> regencies = new SimpleObjectProperty<>();

    private java.time.Clock clock = java.time.Clock.systemDefaultZone();

    public AwardsViewModel(ReferenceService service, EventService events, TaskExecutor tasks, java.time.Clock clock) {
        this(service, events, tasks);
        this.clock = clock;
    }

    /** The date a new event starts with: today by the application's clock (tests fix it). */
    public java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    public AwardsViewModel(ReferenceService service, EventService events, TaskExecutor tasks) {
        this.service = service;
        this.events = events;
        this.tasks = tasks;
    }

    /** Loads the events and selects the newest award (or the newest event when there is no award). */
    public void load() {
        load(0);
    }

    /**
     * Loads the events and selects the one with id {@code select} (an event just added, trial 18: the list kept the
     * one selected before), else as {@link #load()}.
     */
    public void load(long select) {
        tasks.read(service::recordedEvents, recorded -> {
            java.util.List<Event> list = recorded.events();
            regencies.set(recorded.regencies());
            Event before = selected.get();
            long keep = select != 0 ? select : before == null ? 0 : before.id();
            eventList.setAll(list);
            selected.set(list.stream().filter(e -> keep != 0 && e.id() == keep).findFirst()
                    .orElse(list.stream().filter(e -> e.kind() == EventKind.AWARD).findFirst()
                            .orElse(list.isEmpty() ? null : list.get(0))));
        });
    }

    /**
     * The other events of the same kind on the same day as {@code candidate} (itself left out when it is being
     * corrected), from the list on screen: a second award on 25/09/2025 would count twice in the readiness summary,
     * so the screen asks before saving one (a confirmation, not a refusal: two awards on one day do happen).
     */
    public java.util.List<Event> sameKindSameDay(EventKind kind, java.time.LocalDate date, long id) {
        return eventList.stream().filter(e -> e.id() != id && e.kind() == kind && e.date().equals(date)).toList();
    }

    /** Adds (id 0) or corrects an event; run it through the task executor. @return the event's id (the new one's) */
    public long save(Event e) {
        if (e.id() == 0) {
            return events.add(e);
        }
        events.update(e);
        return e.id();
    }

    /** Removes an event from the list, then reloads. */
    public void delete(Event e) {
        tasks.run(() -> {
            events.delete(e.id());
            return e.id();
        }, id -> load());
    }

    public ObservableList<Event> events() {
        return eventsView;
    }

    /**
     * Each event's recording regency by name, by event id, for a reader of several regencies' events (a provincial
     * reader); null when the list is one office's (a regency's clerk, a file): then nothing names a regency.
     */
    public javafx.beans.value.ObservableValue<java.util.Map<Long, String>> regenciesProperty() {
        return regencies;
    }

    /** The regency that recorded {@code e} (full name), or null: one office's list, or not known. */
    public String regencyOf(Event e) {
        java.util.Map<Long, String> names = regencies.get();
        return names == null || e == null ? null : names.get(e.id());
    }

    public ObjectProperty<Event> selectedProperty() {
        return selected;
    }
}
