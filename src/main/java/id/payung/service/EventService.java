package id.payung.service;

import id.payung.domain.Event;
import id.payung.domain.FormProblem;
import id.payung.domain.FormProblem.Field;
import id.payung.domain.TextLimit;
import id.payung.store.Database;
import id.payung.store.EventRepository;
import id.payung.store.StoreException;
import id.payung.store.Tx;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Recording award events and other events (card hand-overs, benefit payouts, regulations); audited. */
public final class EventService {
    private final Database db;
    private final ChangeLog log;
    private final EventRepository repo = new EventRepository();

    public EventService(Database db, String actor) {
        this.db = db;
        this.log = new ChangeLog(actor);
    }

    /** Adds an event (its id is ignored) and returns the new id. @throws InvalidInputException when a rule is broken */
    public long add(Event e) {
        return db.write(tx -> {
            check(tx, 0, e);
            long id = repo.insert(tx, e);
            log.record(tx, "INSERT", "event", id, null, fields(e));
            return id;
        });
    }

    /** Corrects an event. @throws InvalidInputException when a rule is broken */
    public void update(Event e) {
        db.write(tx -> {
            Event before = repo.byId(tx, e.id()).orElseThrow(() -> new StoreException("event " + e.id() + " does not exist"));
            check(tx, e.id(), e);
            repo.update(tx, e);
            log.record(tx, "UPDATE", "event", e.id(), fields(before), fields(e));
            return null;
        });
    }

    /** Removes an event from the lists (marked deleted, so {@link #restore} can undo it). */
    public void delete(long id) {
        setDeleted(id, true);
    }

    /** Undoes {@link #delete}. */
    public void restore(long id) {
        setDeleted(id, false);
    }

    private void setDeleted(long id, boolean deleted) {
        db.write(tx -> {
            repo.byId(tx, id).orElseThrow(() -> new StoreException("event " + id + " does not exist"));
            repo.setDeleted(tx, id, deleted);
            log.record(tx, deleted ? "DELETE" : "RESTORE", "event", id, Map.of("deleted", !deleted),
                    Map.of("deleted", deleted));
            return null;
        });
    }

    private void check(Tx tx, long id, Event e) {
        List<FormProblem> problems = new ArrayList<>();
        // A title a server cannot hold (a NUL) is not looked up: its parameter alone fails the query there.
        if (e.title().isBlank()) {
            problems.add(FormProblem.error(Field.TITLE, "REQUIRED"));
        } else if (TextLimit.storable(e.title()) && repo.taken(tx, id, e.date(), e.title().strip())) {
            problems.add(FormProblem.error(Field.TITLE, "EVENT_EXISTS"));
        }
        TextLimit.check(e.title(), Field.TITLE, problems);
        TextLimit.check(e.giver(), Field.GIVER, problems);
        TextLimit.check(e.presenter(), Field.PRESENTER, problems);
        TextLimit.check(e.recipient(), Field.RECIPIENT, problems);
        TextLimit.check(String.join("; ", e.witnesses()), Field.WITNESSES, problems); // stored joined, bounded as stored
        TextLimit.check(e.place(), Field.PLACE, problems);
        TextLimit.check(e.notes(), Field.NOTES, problems);
        TextLimit.check(e.source(), Field.SOURCE, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems, 0);
        }
    }

    private static Map<String, Object> fields(Event e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", e.kind().name());
        m.put("date", e.date().toString());
        m.put("title", e.title());
        m.put("giver", e.giver());
        m.put("presenter", e.presenter());
        m.put("recipient", e.recipient());
        m.put("witnesses", String.join("; ", e.witnesses()));
        m.put("place", e.place());
        m.put("notes", e.notes());
        m.put("source", e.source());
        return m;
    }
}
