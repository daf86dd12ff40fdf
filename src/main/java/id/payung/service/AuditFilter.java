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
 * @param regency the regency (its code, 53.15) whose office's entries a reader of several regencies asks for (trial
 *                20a: a provincial reader); a clerk's and a file's log are one office's, so it narrows nothing there
 */
public record AuditFilter(LocalDate from, LocalDate to, String actor, AuditTopic topic, String person, String regency) {
    /** Every entry. */
    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);

    public AuditFilter {
        actor = actor == null || actor.isBlank() ? null : actor;
        person = person == null || person.isBlank() ? null : person.strip();
        regency = regency == null || regency.isBlank() ? null : regency.strip();
    }

    /** Entries of every regency (a clerk's and a file's log are one office's). */
    public AuditFilter(LocalDate from, LocalDate to, String actor, AuditTopic topic, String person) {
        this(from, to, actor, topic, person, null);
    }
}
