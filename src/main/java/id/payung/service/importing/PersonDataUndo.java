package id.payung.service.importing;

import id.payung.domain.Person;
import id.payung.domain.Sex;
import id.payung.service.EnrollmentService;
import id.payung.service.Json;
import id.payung.store.AuditLog;
import id.payung.store.EnrollmentRepository;
import id.payung.store.Tx;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What undoing an import gives back of registered people's details: a list fills in what the register lacks (a birth
 * place, a phone) and, for a person only undone imports brought, writes its own; each such write is audited naming the
 * batch ({@link EnrollmentService#updatePerson(Tx, String, Person, id.payung.domain.EnrollmentForm, Long)}). Undone,
 * each field the import changed returns to what it was, unless it has been changed since (a colleague's later
 * correction stands: never quietly overwritten). Trial 21c: undoing a list left "Tempat lahir: Ruteng" on 121 people.
 */
final class PersonDataUndo {
    /** The fields an import may write into a person, as {@link EnrollmentService#personFields} names them. */
    private static final List<String> FIELDS = List.of("full_name", "sex", "birth_place", "birth_date", "address",
            "occupation", "phone", "kpj");

    private PersonDataUndo() {
    }

    /** Gives back what import {@code batchId} wrote into people's details; returns how many people changed. */
    static int revert(Tx tx, String actor, long batchId) {
        EnrollmentRepository repo = new EnrollmentRepository();
        int changed = 0;
        // Newest first: a person the import wrote twice (two rows of theirs) ends at the value before the first.
        for (AuditLog.Entry e : new AuditLog().personChangesOfBatch(tx, batchId)) {
            Map<String, Object> before = Json.parse(e.beforeJson());
            Map<String, Object> after = Json.parse(e.afterJson());
            Person now = repo.person(tx, Long.parseLong(e.entityId())).orElse(null);
            if (now == null) {
                continue;
            }
            Map<String, Object> current = EnrollmentService.personFields(now);
            Map<String, Object> back = new java.util.LinkedHashMap<>(current);
            for (String field : FIELDS) {
                if (!same(before.get(field), after.get(field)) && same(current.get(field), after.get(field))) {
                    back.put(field, before.get(field));
                }
            }
            if (!back.equals(current)) {
                Person reverted = person(now, back);
                repo.updatePerson(tx, reverted);
                Map<String, Object> written = EnrollmentService.personFields(reverted);
                written.put("undone_batch", batchId);
                new AuditLog().record(tx, actor, "UPDATE", "person", e.entityId(), Json.object(current),
                        Json.object(written));
                changed++;
            }
        }
        return changed;
    }

    private static boolean same(Object a, Object b) {
        return Objects.equals(text(a), text(b));
    }

    /** A field's value as the audit keeps it: null, and a missing date written "null", alike. */
    private static String text(Object o) {
        String s = o == null ? null : String.valueOf(o);
        return s == null || s.equals("null") ? null : s;
    }

    private static Person person(Person now, Map<String, Object> f) {
        String birthDate = text(f.get("birth_date"));
        String sex = text(f.get("sex"));
        return new Person(now.id(), now.nik(), text(f.get("full_name")), sex == null ? now.sex() : Sex.valueOf(sex),
                text(f.get("birth_place")), birthDate == null ? null : LocalDate.parse(birthDate), text(f.get("address")),
                now.regionCode(), text(f.get("occupation")), text(f.get("phone")), text(f.get("kpj")));
    }
}
