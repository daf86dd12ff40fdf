package id.payung.store;

import id.payung.domain.Event;
import id.payung.domain.EventKind;
import java.util.List;

/** Award events, card hand-overs, benefit payouts and other events. */
public final class EventRepository {

    /** Inserts an event unless one with the same date and title exists; returns true when added. */
    public boolean insertIfAbsent(Tx tx, Event e) {
        return tx.update("""
                INSERT INTO event (kind, event_date, title, giver, presenter, recipient, witnesses, place, notes, source)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                e.kind().name(), Sql.text(e.date()), e.title(), e.giver(), e.presenter(), e.recipient(),
                String.join("\n", e.witnesses()), e.place(), e.notes(), e.source()) > 0;
    }

    /** Events not marked deleted, newest first. */
    public List<Event> all(Tx tx) {
        return tx.list("SELECT * FROM event WHERE deleted = 0 ORDER BY event_date DESC, id DESC", rs -> {
            String witnesses = rs.getString("witnesses");
            return new Event(rs.getLong("id"), EventKind.valueOf(rs.getString("kind")), Sql.date(rs, "event_date"),
                    rs.getString("title"), rs.getString("giver"), rs.getString("presenter"), rs.getString("recipient"),
                    witnesses == null || witnesses.isBlank() ? List.of() : witnesses.lines().toList(),
                    rs.getString("place"), rs.getString("notes"), rs.getString("source"));
        });
    }
}
