-- Payung on PostgreSQL, version 18: the people a restore took away, kept with the restore's audit entry, as SQLite's
-- version 10 (see there). A server's data is restored by its administrator (pg_restore), so Payung writes no rows
-- here on a server; the table is the same on both engines so Jejak audit's search by name reads it alike (and an
-- office's file brought to the server may one day carry its rows). A login reads the rows of the entries it reads
-- (audit_log's own policies decide which); only the owner writes them; nobody changes one.
CREATE TABLE audit_person_removed (
    audit_id   bigint NOT NULL REFERENCES audit_log (id),
    person_id  bigint,
    full_name  text COLLATE "C" NOT NULL,
    nik_masked text COLLATE "C"
);
CREATE INDEX audit_person_removed_entry ON audit_person_removed (audit_id);
CREATE TRIGGER audit_person_removed_no_update BEFORE UPDATE ON audit_person_removed
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_person_removed_no_delete BEFORE DELETE ON audit_person_removed
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

DO $removed$
BEGIN
    ALTER TABLE audit_person_removed ENABLE ROW LEVEL SECURITY;
    ALTER TABLE audit_person_removed FORCE ROW LEVEL SECURITY;
    EXECUTE format('GRANT SELECT ON audit_person_removed TO %I, %I', payung_group_role('clerk'),
                   payung_group_role('province'));
    CREATE POLICY entry_read ON audit_person_removed FOR SELECT
        USING (EXISTS (SELECT 1 FROM audit_log a WHERE a.id = audit_person_removed.audit_id));
    EXECUTE format('CREATE POLICY owner_keeps ON audit_person_removed TO %I USING (true) WITH CHECK (true)', current_user);
END
$removed$;
