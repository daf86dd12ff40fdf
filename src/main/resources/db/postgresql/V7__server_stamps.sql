-- Payung on PostgreSQL: an import batch's rows stay in the batch's regency, and the server dates what a clerk
-- creates (review, 06/12/2026).
--
-- 1. An enrollment names its import batch by id only, and a foreign key is checked without row-level security:
-- a clerk could write a row of their regency into another regency's batch (any id the server holds), and that
-- batch's undo (payung_undo_batch marks deleted the rows of the undoing regency only) then left it behind. Now an
-- enrollment's batch must be a batch of the enrollment's own regency. Checked once per statement over the rows it
-- inserted (an import writes 100 rows a statement), and per row when an UPDATE moves a row's batch or regency; a
-- batch's regency itself cannot move (the policies' WITH CHECK keep every login's rows in its regency). A key on
-- (batch_id, regency_code) would say the same, but its check is one query per row: measured at 100.000 rows in
-- statements of 100 it added 3,3-5,2 s where this adds 0,3-0,7 s (notes/lowfix.md). The function runs with the
-- owner's rights: a clerk's own rights do not see the other regency's batch. Payung itself only ever writes a
-- batch's rows in the transaction that started the batch, for the same regency, so no Payung user meets this
-- refusal; a login writing by hand (psql) gets the sentence below. A person has no batch on the server (an
-- import's new people are found through their enrollments). Rows written before this version are not changed: a
-- server where someone did it by hand is told so by the migration's notice.
CREATE FUNCTION payung_batch_of_regency() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    bad record;
BEGIN
    IF TG_LEVEL = 'ROW' THEN
        SELECT NEW.regency_code AS mine, b.id AS batch, b.regency_code AS theirs INTO bad
        FROM import_batch b WHERE b.id = NEW.batch_id AND b.regency_code <> NEW.regency_code;
    ELSE
        SELECT n.regency_code AS mine, b.id AS batch, b.regency_code AS theirs INTO bad
        FROM fresh n JOIN import_batch b ON b.id = n.batch_id WHERE b.regency_code <> n.regency_code LIMIT 1;
    END IF;
    IF FOUND THEN
        RAISE EXCEPTION 'an enrollment of regency % cannot be in import batch %, which is regency %''s',
            bad.mine, bad.batch, bad.theirs USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'enrollment_batch_regency';
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER enrollment_batch_regency AFTER INSERT ON enrollment REFERENCING NEW TABLE AS fresh
    FOR EACH STATEMENT EXECUTE FUNCTION payung_batch_of_regency();
CREATE TRIGGER enrollment_batch_regency_moved AFTER UPDATE OF batch_id, regency_code ON enrollment FOR EACH ROW
    WHEN (NEW.batch_id IS NOT NULL AND (NEW.batch_id IS DISTINCT FROM OLD.batch_id OR NEW.regency_code <> OLD.regency_code))
    EXECUTE FUNCTION payung_batch_of_regency();
DO $found$
BEGIN
    IF EXISTS (SELECT 1 FROM enrollment e JOIN import_batch b ON b.id = e.batch_id WHERE b.regency_code <> e.regency_code) THEN
        RAISE NOTICE 'enrollments in another regency''s import batch were found: they stay (see payung_batch_of_regency)';
    END IF;
END
$found$;

-- 2. The "when" of a new person (created_at), of an import batch (imported_at) and of its undo (undone_at) is
-- the server's, as the audit's is (V4's payung_stamp_time): a clerk's PC whose clock is wrong cannot date
-- them, nor can a clerk change them afterwards (an UPDATE keeps the old time). Only the tables' owner keeps
-- what it writes: payung server import-file brings an office's people and batches with their own dates.
-- The text is written as Java writes an Instant (ISO-8601, UTC, microseconds), as the audit's.
CREATE FUNCTION payung_server_now() RETURNS text LANGUAGE sql STABLE
    AS $$ SELECT to_char(statement_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') $$;

-- The person's trigger writes the owner test and the time out rather than call functions: a function with its
-- own search_path costs a settings change per call, and it runs once per new person of an import.
CREATE FUNCTION payung_stamp_person() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT pg_has_role(current_user, (SELECT c.relowner FROM pg_class c WHERE c.oid = TG_RELID), 'MEMBER') THEN
        IF TG_OP = 'INSERT' THEN
            NEW.created_at := to_char(statement_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"');
        ELSE
            NEW.created_at := OLD.created_at;
        END IF;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER person_when BEFORE INSERT OR UPDATE OF created_at ON person
    FOR EACH ROW EXECUTE FUNCTION payung_stamp_person();

CREATE FUNCTION payung_stamp_batch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT pg_has_role(current_user, (SELECT c.relowner FROM pg_class c WHERE c.oid = TG_RELID), 'MEMBER') THEN
        IF TG_OP = 'INSERT' THEN
            NEW.imported_at := payung_server_now();
            NEW.undone_at := NULL;
        ELSE
            NEW.imported_at := OLD.imported_at;
            -- Undone now (the first time), else as it was.
            NEW.undone_at := CASE WHEN OLD.undone_at IS NULL AND NEW.undone_at IS NOT NULL THEN payung_server_now()
                                  ELSE OLD.undone_at END;
        END IF;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER import_batch_when BEFORE INSERT OR UPDATE OF imported_at, undone_at ON import_batch
    FOR EACH ROW EXECUTE FUNCTION payung_stamp_batch();

-- As V2–V4: the new functions find their tables in the schema first and temporary tables last.
DO $paths$
BEGIN
    EXECUTE format('ALTER FUNCTION payung_batch_of_regency() SET search_path = %I, pg_temp', current_schema());
    EXECUTE format('ALTER FUNCTION payung_server_now() SET search_path = %I, pg_temp', current_schema());
    EXECUTE format('ALTER FUNCTION payung_stamp_person() SET search_path = %I, pg_temp', current_schema());
    EXECUTE format('ALTER FUNCTION payung_stamp_batch() SET search_path = %I, pg_temp', current_schema());
END
$paths$;
