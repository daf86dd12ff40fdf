package id.payung.service;

import id.payung.domain.AuditTopic;
import id.payung.domain.EnrollmentSummary;

/**
 * One audit entry as the auditor's screen shows it: the change, its topic, and the person it is about.
 *
 * @param id         the entry's number in the log (later entries have higher ones)
 * @param personId   the person the entry is about (a person, their enrollment or claim), when one can be read;
 *                   else 0
 * @param personName the person's name when the entry is about a person, their enrollment or claim (and the
 *                   person can be read); else null
 * @param nikMasked  that person's NIK, masked; else null
 * @param enrollment the enrollment the entry is about, when it is one; else null
 */
public record AuditRecord(long id, PersonHistory.Change change, AuditTopic topic, long personId, String personName, String nikMasked,
                          EnrollmentSummary enrollment) {
}
