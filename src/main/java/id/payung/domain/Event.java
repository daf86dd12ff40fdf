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
}
