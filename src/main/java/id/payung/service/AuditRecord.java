package id.payung.service;

import id.payung.domain.AuditTopic;
import id.payung.domain.EnrollmentSummary;

/**
 * One audit entry as the auditor's screen shows it: the change, its topic, and the person it is about.
 *
 * @param id            the entry's number in the log (later entries have higher ones)
 * @param personId      the person the entry is about (a person, their enrollment or claim), when one can be read;
 *                      else 0
 * @param personName    the person's name as it was when the entry was written (the log keeps every change of a
 *                      name: a person's entry carries it, and a later rename's entry says what it was before), when
 *                      the entry is about a person, their enrollment or claim (and the person can be read); else null
 * @param nikMasked     that person's NIK, masked; else null
 * @param enrollment    the enrollment the entry is about, when it is one; else null
 * @param personNameNow the person's name today (the same as {@code personName} unless renamed since); null when the
 *                      entry is about no person, or about one no longer in the register (a restore of an older backup
 *                      took them away: {@code personName} and {@code nikMasked} are then as the log wrote them,
 *                      {@code personId} 0, {@link #personGone()})
 * @param regency       the regency the entry belongs to ("Kabupaten Manggarai"), for a reader of several regencies'
 *                      entries (a provincial reader: {@link AuditService#showsRegencies()}); null for a clerk and a file
 */
public record AuditRecord(long id, PersonHistory.Change change, AuditTopic topic, long personId, String personName, String nikMasked,
                          EnrollmentSummary enrollment, String personNameNow, String regency) {

    /** An entry of one office's log (no regency named). */
    public AuditRecord(long id, PersonHistory.Change change, AuditTopic topic, long personId, String personName,
                       String nikMasked, EnrollmentSummary enrollment, String personNameNow) {
        this(id, change, topic, personId, personName, nikMasked, enrollment, personNameNow, null);
    }

    /** An entry about a person not renamed since (or about none): the name then is today's. */
    public AuditRecord(long id, PersonHistory.Change change, AuditTopic topic, long personId, String personName,
                       String nikMasked, EnrollmentSummary enrollment) {
        this(id, change, topic, personId, personName, nikMasked, enrollment, personName);
    }

    /**
     * Whether the person the entry names is no longer in the register (trial 22c #3): their name and NIK are the ones
     * the log wrote, and Jejak audit says they are no longer registered.
     */
    public boolean personGone() {
        return personName != null && personNameNow == null;
    }

    /** Whether the person has been renamed since this entry (then both names are worth saying). */
    public boolean renamedSince() {
        return personName != null && personNameNow != null && !personName.equals(personNameNow);
    }
}
