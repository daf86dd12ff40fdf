-- Payung on PostgreSQL: an import batch's rows stay in the batch's regency, and the server dates what a clerk
-- creates (review, 06/12/2026).
--
-- 1. An enrollment names its import batch by id only, and a foreign key is checked without row-level security:
-- a clerk could write a row of their regency into another regency's batch (any id the server holds), and that
-- batch's undo (payung_undo_batch marks deleted the rows of the undoing regency only) then left it behind. The
-- key now names the regency too: an enrollment's batch is a batch of the enrollment's own regency. Rows written
-- before this version are checked when they all pass (a server where someone did it by hand keeps its rows and is
-- told so in the migration's notice; new rows are checked either way). Payung itself only ever writes a batch's
-- rows in the transaction that started the batch, for the same regency, so no Payung user meets this refusal; a
-- login writing by hand (psql) gets PostgreSQL's foreign-key message naming enrollment_batch_regency.
-- A person has no batch on the server (an import's new people are found through their enrollments).
ALTER TABLE import_batch ADD CONSTRAINT import_batch_id_regency UNIQUE (id, regency_code);
ALTER TABLE enrollment ADD CONSTRAINT enrollment_batch_regency FOREIGN KEY (batch_id, regency_code)
    REFERENCES import_batch (id, regency_code) NOT VALID;
DO $validate$
BEGIN
    IF EXISTS (SELECT 1 FROM enrollment e JOIN import_batch b ON b.id = e.batch_id WHERE b.regency_code <> e.regency_code) THEN
        RAISE NOTICE 'enrollments in another regency''s import batch were found: they stay (see enrollment_batch_regency)';
    ELSE
        ALTER TABLE enrollment VALIDATE CONSTRAINT enrollment_batch_regency;
    END IF;
END
$validate$;

-- 2. The "when" of a new person (created_at), of an import batch (imported_at) and of its undo (undone_at) is
-- the server's, as the audit's is (V4's payung_stamp_time): a clerk's PC whose clock is wrong cannot date
-- them, nor can a clerk change them afterwards (an UPDATE keeps the old time). Only the tables' owner keeps
-- what it writes: payung server import-file brings an office's people and batches with their own dates.
-- The text is written as Java writes an Instant (ISO-8601, UTC, microseconds), as the audit's.
CREATE FUNCTION payung_server_now() RETURNS text LANGUAGE sql STABLE
    AS $$ SELECT to_char(statement_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') $$;

CREATE FUNCTION payung_is_owner(tab oid) RETURNS boolean LANGUAGE sql STABLE
    AS $$ SELECT pg_has_role(current_user, (SELECT c.relowner FROM pg_class c WHERE c.oid = tab), 'MEMBER') $$;

CREATE FUNCTION payung_stamp_person() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT payung_is_owner(TG_RELID) THEN
        IF TG_OP = 'INSERT' THEN
            NEW.created_at := payung_server_now();
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
    IF NOT payung_is_owner(TG_RELID) THEN
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
    EXECUTE format('ALTER FUNCTION payung_server_now() SET search_path = %I, pg_temp', current_schema());
    EXECUTE format('ALTER FUNCTION payung_is_owner(oid) SET search_path = %I, pg_temp', current_schema());
    EXECUTE format('ALTER FUNCTION payung_stamp_person() SET search_path = %I, pg_temp', current_schema());
    EXECUTE format('ALTER FUNCTION payung_stamp_batch() SET search_path = %I, pg_temp', current_schema());
END
$paths$;
