package id.payung.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** An award or other event: who gave what to whom, where, and who witnessed it. */
public record Event(long id, EventKind kind, LocalDate date, String title, String giver, String presenter,
                    String recipient, List<String> witnesses, String place, String notes, String source) {
    public Event {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        witnesses = List.copyOf(witnesses);
    }

    /**
     * The order the printed reports list events in, the same every year: oldest first; on one day an award before
     * the day's other events ({@link EventKind}'s order: the card hand-over of the award's day after the award, trial
     * 21a), then as recorded.
     */
    public static final java.util.Comparator<Event> CHRONOLOGICAL = java.util.Comparator.comparing(Event::date)
            .thenComparing(Event::kind).thenComparingLong(Event::id);
}
