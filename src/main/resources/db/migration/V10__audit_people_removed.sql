-- Payung schema version 10: the people a restore took away, kept with the restore's audit entry (session 24). A
-- person brought in only by an imported list has no audit entry of their own (an import is one entry per list), so
-- once a restore of an older backup removed them nothing in the trail named them: Jejak audit could not find them by
-- name. The restore's entry (RESTORE of database) now has one row here per person of the replaced data whose NIK the
-- restored register does not hold: their name and masked NIK (never the full NIK: the trail keeps NIKs masked). A
-- table of its own rather than a list in the entry's JSON: a restore may take 50.000 people away, and the entry is
-- read with every page of Jejak audit. Append-only, as the log it belongs to.
CREATE TABLE audit_person_removed (
    audit_id   INTEGER NOT NULL REFERENCES audit_log (id),
    person_id  INTEGER,
    full_name  TEXT NOT NULL,
    nik_masked TEXT
);
CREATE INDEX audit_person_removed_entry ON audit_person_removed (audit_id);

CREATE TRIGGER audit_person_removed_no_update BEFORE UPDATE ON audit_person_removed
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_person_removed_no_delete BEFORE DELETE ON audit_person_removed
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
