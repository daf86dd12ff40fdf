package id.payung.service;

import id.payung.domain.AuditTopic;
import java.time.LocalDate;

/**
 * What an auditor asks the audit log for; a null (or blank) part narrows nothing.
 *
 * @param from   the first day, in the office's time zone (inclusive)
 * @param to     the last day (inclusive)
 * @param actor  who wrote the entries (a login on a server, the PC's user on a file)
 * @param topic  what the entries are about
 * @param person a person: a NIK (or its start), or words that start words of their name, today's (as the register
 *               finds them) or one they had when an entry was written (renamed since)
 */
public record AuditFilter(LocalDate from, LocalDate to, String actor, AuditTopic topic, String person) {
    /** Every entry. */
    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);

    public AuditFilter {
        actor = actor == null || actor.isBlank() ? null : actor;
        person = person == null || person.isBlank() ? null : person.strip();
    }
}
