-- Payung on PostgreSQL, version 15: whether a person is registered, seen across every regency.
--
-- A person brought only by imports that were later undone is not registered for the clerk (their row stays for
-- the audit; the next list or form with their NIK writes its own data over it: EnrollmentRepository
-- .onlyUndoneImports). Under row-level security a clerk sees only their own regency's enrollments and claims, so
-- a person another regency enrolled (OfficeTransfer attaches a moved file's NIKs to existing people) or paid a
-- claim for would look unregistered and be written over. These two functions give the rule the rows of every
-- regency, and nothing more than the rule needs: of a person's enrollments, whether each is deleted and whether
-- its import was undone; of their benefit claims, that there are some.
CREATE FUNCTION payung_person_enrollments(person bigint)
    RETURNS TABLE (deleted integer, undone_at text) LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT w.deleted, wb.undone_at FROM enrollment w LEFT JOIN import_batch wb ON wb.id = w.batch_id
    WHERE w.person_id = person
$$;

CREATE FUNCTION payung_person_claimed(person bigint) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT EXISTS (SELECT 1 FROM benefit_claim c WHERE c.person_id = person)
$$;

DO $paths$
DECLARE
    f text;
BEGIN
    FOREACH f IN ARRAY ARRAY['payung_person_enrollments(bigint)', 'payung_person_claimed(bigint)'] LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', f, current_schema());
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f);
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO %I, %I', f, payung_group_role('clerk'),
                       payung_group_role('province'));
    END LOOP;
END
$paths$;
