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

    /** Inserts an event and returns its id. @throws StoreException when one with the same date and title exists */
    public long insert(Tx tx, Event e) {
        return Sql.insert(tx, IdFloor.withId(tx, "event", """
                INSERT INTO event (kind, event_date, title, giver, presenter, recipient, witnesses, place, notes, source)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""),
                e.kind().name(), Sql.text(e.date()), e.title(), e.giver(), e.presenter(), e.recipient(),
                String.join("\n", e.witnesses()), e.place(), e.notes(), e.source());
    }

    /** Replaces an event's fields. */
    public void update(Tx tx, Event e) {
        tx.update("""
                UPDATE event SET kind = ?, event_date = ?, title = ?, giver = ?, presenter = ?, recipient = ?, witnesses = ?,
                                 place = ?, notes = ?, source = ?
                WHERE id = ?""",
                e.kind().name(), Sql.text(e.date()), e.title(), e.giver(), e.presenter(), e.recipient(),
                String.join("\n", e.witnesses()), e.place(), e.notes(), e.source(), e.id());
    }

    /** Marks an event deleted or restores it. */
    public void setDeleted(Tx tx, long id, boolean deleted) {
        tx.update("UPDATE event SET deleted = ? WHERE id = ?", deleted ? 1 : 0, id);
    }

    /** One event, deleted or not. */
    public java.util.Optional<Event> byId(Tx tx, long id) {
        return tx.one("SELECT * FROM event WHERE id = ?", EventRepository::event, id);
    }

    /** True when another event (not {@code exceptId}) has the same date and title. */
    public boolean taken(Tx tx, long exceptId, java.time.LocalDate date, String title) {
        return tx.scalar("SELECT count(*) FROM event WHERE id <> ? AND event_date = ? AND title = ?",
                exceptId, Sql.text(date), title) > 0;
    }

    /** Events not marked deleted, newest first. */
    public List<Event> all(Tx tx) {
        return tx.list("SELECT * FROM event WHERE deleted = 0 ORDER BY event_date DESC, id DESC", EventRepository::event);
    }

    /** An event with the regency whose office recorded it (as {@link RegencyStats} tells it; null where not known). */
    public record RegencyEvent(Event event, String regencyCode) {
    }

    /** {@link #all} with each event's regency, for a province that reads several regencies' events. */
    public List<RegencyEvent> allWithRegency(Tx tx) {
        return tx.list("SELECT *, %s AS event_regency FROM event WHERE deleted = 0 ORDER BY event_date DESC, id DESC"
                .formatted(RegencyStats.regencyOf(tx)), rs -> new RegencyEvent(event(rs), rs.getString("event_regency")));
    }

    private static Event event(java.sql.ResultSet rs) throws java.sql.SQLException {
        String witnesses = rs.getString("witnesses");
        return new Event(rs.getLong("id"), EventKind.valueOf(rs.getString("kind")), Sql.date(rs, "event_date"),
                rs.getString("title"), rs.getString("giver"), rs.getString("presenter"), rs.getString("recipient"),
                witnesses == null || witnesses.isBlank() ? List.of() : witnesses.lines().toList(),
                rs.getString("place"), rs.getString("notes"), rs.getString("source"));
    }
}
