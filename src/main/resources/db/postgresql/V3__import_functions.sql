-- Payung on PostgreSQL, version 3: every import summed set-wise, a clerk's too, through functions with the
-- owner's rights (issue 18; docs/SERVER.md), and the summary's bookkeeping no longer writable by a clerk.
--
-- Until now an import switched the per-person summary triggers off itself (UPDATE summary_state SET bulk = 1)
-- and recounted its people at its end by writing the summary tables, which only the owner may: a clerk's
-- import went row by row through the triggers, and a clerk could UPDATE summary_state (move the horizon
-- anywhere, switch every trigger off for a transaction of theirs). Now a clerk calls:
--   payung_import_lock()        one import at a time: waits (a short while) for the bulk switch's row;
--   payung_import_begin(batch)  the per-person work of that one batch's rows is left for the end;
--   payung_import_end()         the batch's shapes added and its people recounted set-wise, switch off;
--   payung_undo_batch(batch)    an import undone, set-wise (ImportBatchRepository.undo);
--   payung_keep_up(year)        the horizon moved to next year on opening (YearSummary.keepUp);
-- and may no longer UPDATE summary_state. Each is safe whatever a clerk passes or leaves out (see each one):
-- what they leave for later is only that batch's rows, and what they do is recount from the enrollments, which
-- row-level security already guards.
--
-- summary_state.bulk: 0 as ever outside a bulk write (and at every commit: the deferred foreign key); 1 while
-- a bulk write is under way in this transaction; 2 while one of these functions recounts person_year itself
-- (person_year_counted/uncounted then leave year_count to it). bulk_batch: the batch whose rows alone the
-- triggers leave for later; NULL with bulk = 1 leaves every row (only the owner may set that, by hand).
ALTER TABLE summary_state DROP CONSTRAINT summary_state_bulk_check;
ALTER TABLE summary_state ADD CONSTRAINT summary_state_bulk_check CHECK (bulk IN (0, 1, 2));
ALTER TABLE summary_state ADD COLUMN bulk_batch bigint;
ALTER TABLE summary_state ADD CONSTRAINT summary_state_bulk_batch_check CHECK (bulk_batch IS NULL OR bulk <> 0);

-- person_year's row triggers keep year_count by one; a function recounting many people (bulk = 2) adds and
-- takes away whole groups instead (payung_recount_years).
CREATE OR REPLACE FUNCTION person_year_counted() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF (SELECT bulk FROM summary_state) = 2 THEN
        RETURN NULL;
    END IF;
    INSERT INTO year_count (year, funder_id, segment, kecamatan_code, occupation_code, full_package, n, regency_code)
    VALUES (NEW.year, NEW.funder_id, NEW.segment, NEW.kecamatan_code, NEW.occupation_code, NEW.full_package, 1,
            NEW.regency_code)
    ON CONFLICT (year, funder_id, segment, kecamatan_code, occupation_code, full_package, regency_code)
    DO UPDATE SET n = year_count.n + 1;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION person_year_uncounted() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF (SELECT bulk FROM summary_state) = 2 THEN
        RETURN NULL;
    END IF;
    UPDATE year_count SET n = n - 1
    WHERE year = OLD.year AND funder_id = OLD.funder_id AND segment = OLD.segment
      AND kecamatan_code = OLD.kecamatan_code AND occupation_code = OLD.occupation_code
      AND full_package = OLD.full_package AND regency_code = OLD.regency_code;
    RETURN NULL;
END
$$;

-- The enrollment triggers leave a row for later only when it belongs to the batch being imported or undone (or,
-- with no batch named, every row: only the owner may ask that, by hand). Any other row a transaction writes
-- meanwhile is summed as always: a clerk who begins an import cannot write around the summary. A person named in summary_dirty is recounted
-- at once (summary_recount), unless the batch's end recounts them anyway (they still have a row in it).
CREATE OR REPLACE FUNCTION enrollment_added() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM summary_state WHERE bulk <> 0 AND (bulk_batch IS NULL OR bulk_batch = NEW.batch_id)) THEN
        INSERT INTO summary_dirty (person_id) VALUES (NEW.person_id) ON CONFLICT DO NOTHING;
        PERFORM payung_shape(NEW, 1);
    END IF;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION enrollment_changed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    b bigint;
BEGIN
    IF EXISTS (SELECT 1 FROM summary_state WHERE bulk <> 0 AND bulk_batch IS NULL) THEN
        RETURN NULL;
    END IF;
    SELECT bulk_batch INTO b FROM summary_state WHERE bulk <> 0;
    IF b IS NULL THEN
        INSERT INTO summary_dirty (person_id) SELECT OLD.person_id UNION SELECT NEW.person_id ON CONFLICT DO NOTHING;
        PERFORM payung_shape(OLD, -1);
        PERFORM payung_shape(NEW, 1);
        RETURN NULL;
    END IF;
    -- A row of the batch is not in the shapes yet (payung_import_begin: the batch had no rows), and is added
    -- at its end as it is then.
    IF OLD.batch_id IS DISTINCT FROM b THEN
        PERFORM payung_shape(OLD, -1);
    END IF;
    IF NEW.batch_id IS DISTINCT FROM b THEN
        PERFORM payung_shape(NEW, 1);
    END IF;
    INSERT INTO summary_dirty (person_id)
    SELECT x.id FROM (SELECT OLD.person_id UNION SELECT NEW.person_id) x (id)
    WHERE NOT EXISTS (SELECT 1 FROM enrollment e WHERE e.person_id = x.id AND e.batch_id = b)
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION enrollment_removed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    b bigint;
BEGIN
    IF EXISTS (SELECT 1 FROM summary_state WHERE bulk <> 0 AND bulk_batch IS NULL) THEN
        RETURN NULL;
    END IF;
    SELECT bulk_batch INTO b FROM summary_state WHERE bulk <> 0;
    IF OLD.batch_id IS DISTINCT FROM b OR b IS NULL THEN
        PERFORM payung_shape(OLD, -1);
    END IF;
    IF b IS NULL OR NOT EXISTS (SELECT 1 FROM enrollment e WHERE e.person_id = OLD.person_id AND e.batch_id = b) THEN
        INSERT INTO summary_dirty (person_id) VALUES (OLD.person_id) ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION person_regrouped() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    b bigint;
BEGIN
    IF EXISTS (SELECT 1 FROM summary_state WHERE bulk <> 0 AND bulk_batch IS NULL) THEN
        RETURN NULL;
    END IF;
    -- The batch being imported, if any: its rows are not in the shapes yet (added at its end, regrouped).
    SELECT bulk_batch INTO b FROM summary_state WHERE bulk <> 0;
    INSERT INTO summary_dirty (person_id) VALUES (NEW.id) ON CONFLICT DO NOTHING;
    INSERT INTO enrollment_shape (funder_id, segment, programmes, income_rp, first_month, last_month,
                                  kecamatan_code, occupation_code, n, regency_code)
    SELECT e.funder_id, e.segment, ${programme_label:e}, coalesce(e.declared_income_rp, ${standard_income}),
           e.first_month, coalesce(e.last_month, ''), coalesce(${kecamatan:e}, ''),
           coalesce(OLD.occupation_code, ''), -count(*), e.regency_code
    FROM enrollment e WHERE e.person_id = OLD.id AND e.deleted = 0 AND (b IS NULL OR e.batch_id IS DISTINCT FROM b)
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 10
    ON CONFLICT (funder_id, segment, programmes, income_rp, first_month, last_month, kecamatan_code,
                 occupation_code, regency_code)
    DO UPDATE SET n = enrollment_shape.n + excluded.n;
    INSERT INTO enrollment_shape (funder_id, segment, programmes, income_rp, first_month, last_month,
                                  kecamatan_code, occupation_code, n, regency_code)
    SELECT e.funder_id, e.segment, ${programme_label:e}, coalesce(e.declared_income_rp, ${standard_income}),
           e.first_month, coalesce(e.last_month, ''), coalesce(${kecamatan:e}, ''),
           coalesce(NEW.occupation_code, ''), count(*), e.regency_code
    FROM enrollment e WHERE e.person_id = NEW.id AND e.deleted = 0 AND (b IS NULL OR e.batch_id IS DISTINCT FROM b)
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 10
    ON CONFLICT (funder_id, segment, programmes, income_rp, first_month, last_month, kecamatan_code,
                 occupation_code, regency_code)
    DO UPDATE SET n = enrollment_shape.n + excluded.n;
    RETURN NULL;
END
$$;

-- Some people's person_year rows recomputed from the rules' view, year_count kept by whole groups: their old
-- rows' groups taken away, their new rows' groups added (bulk = 2 meanwhile, so the row triggers leave it).
-- Custom plans: "person_id = ANY (the people)" then reaches into the views (partitioned by person) as the
-- constant it is, instead of the views being computed for everyone. Not callable by any login (internal).
-- year_count moves by exactly the person_year rows deleted and inserted (each DELETE and INSERT returns its rows):
-- taking the people's old groups away in one statement and deleting their rows in the next let a clerk's save of
-- one of them committing in between (read committed) have its -1s taken twice and its new rows deleted without
-- their +1s taken back (found by review, 06/12/2026; ClerkImportOnPostgresTest). The DELETE runs twice: the first
-- waits for a save recounting one of these people and skips the rows it deleted, and cannot see the rows it
-- committed meanwhile; the second removes those (counted the save's way), so the INSERT does not collide.
CREATE FUNCTION payung_recount_years(people bigint[]) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
    SET plan_cache_mode = force_custom_plan AS $$
DECLARE
    before integer;
    pass   integer;
BEGIN
    SELECT bulk INTO before FROM summary_state FOR UPDATE;
    UPDATE summary_state SET bulk = 2;
    FOR pass IN 1..2 LOOP
        WITH gone AS (
            DELETE FROM person_year WHERE person_id = ANY (people) RETURNING *
        )
        UPDATE year_count y SET n = y.n - d.n
        FROM (SELECT year, funder_id, segment, kecamatan_code, occupation_code, full_package, regency_code, count(*) AS n
              FROM gone GROUP BY year, funder_id, segment, kecamatan_code, occupation_code, full_package, regency_code) d
        WHERE y.year = d.year AND y.funder_id = d.funder_id AND y.segment = d.segment
          AND y.kecamatan_code = d.kecamatan_code AND y.occupation_code = d.occupation_code
          AND y.full_package = d.full_package AND y.regency_code = d.regency_code;
    END LOOP;
    WITH added AS (
        INSERT INTO person_year SELECT * FROM person_year_due WHERE person_id = ANY (people) RETURNING *
    )
    INSERT INTO year_count (year, funder_id, segment, kecamatan_code, occupation_code, full_package, n, regency_code)
    SELECT year, funder_id, segment, kecamatan_code, occupation_code, full_package, count(*), regency_code
    FROM added
    GROUP BY year, funder_id, segment, kecamatan_code, occupation_code, full_package, regency_code
    ON CONFLICT (year, funder_id, segment, kecamatan_code, occupation_code, full_package, regency_code)
    DO UPDATE SET n = year_count.n + excluded.n;
    UPDATE summary_state SET bulk = before;
END
$$;

-- Some people's whole summary recomputed: their years (above) and their move to self-paying. Internal.
CREATE FUNCTION payung_recount_people(people bigint[]) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
    SET plan_cache_mode = force_custom_plan AS $$
BEGIN
    PERFORM payung_recount_years(people);
    DELETE FROM person_transition WHERE person_id = ANY (people);
    INSERT INTO person_transition SELECT * FROM person_transition_due WHERE person_id = ANY (people);
    -- continuation_due has rows for a person exactly when person_transition_due says continued.
    DELETE FROM continuation WHERE person_id = ANY (people);
    INSERT INTO continuation SELECT * FROM continuation_due WHERE person_id = ANY (people)
        AND person_id IN (SELECT person_id FROM person_transition WHERE continued = 1 AND person_id = ANY (people));
END
$$;

-- One import at a time: locks the bulk switch's row until this transaction ends, waiting at most a fifth of a
-- second; false when another import holds it (the caller asks again, and its user may cancel meanwhile).
-- Safe: a lock is all it takes, and only for the caller's own transaction; a clerk who keeps one open stops
-- other imports (each may be cancelled) until their session ends, as any open transaction holding it would;
-- nobody's saves wait for it.
CREATE FUNCTION payung_import_lock() RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER SET lock_timeout = '200ms' AS $$
BEGIN
    PERFORM 1 FROM summary_state FOR UPDATE;
    RETURN true;
EXCEPTION WHEN lock_not_available THEN
    RETURN false;
END
$$;

-- The rows of the import batch `batch` are left by the per-person triggers until payung_import_end, which
-- must come before this transaction commits (the deferred foreign key on summary_state.bulk refuses a commit
-- without it; a rollback undoes both). Safe: the batch must have been started in this very transaction (its
-- row is nobody else's yet, so nobody else can write rows into it) and hold no enrollment yet, so every row
-- left for later is one this transaction writes from now on, and the end adds them all; rows of any other
-- batch, or of none, are summed by the triggers as ever. (An old empty batch merely updated in this
-- transaction passes the xmin test too: its row is locked FOR UPDATE here, so another session's rows naming
-- it wait for this transaction's end instead of being summed twice.)
CREATE FUNCTION payung_import_begin(batch bigint) RETURNS void LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    before text := current_setting('payung.regency', true);
    mine   boolean;
BEGIN
    PERFORM 1 FROM summary_state FOR UPDATE;
    IF (SELECT bulk FROM summary_state) <> 0 THEN
        RAISE EXCEPTION 'an import is already under way in this transaction';
    END IF;
    -- The owner's policies let it lock the rows of the regency its session names: the batch's own.
    PERFORM set_config('payung.regency', coalesce((SELECT regency_code FROM import_batch WHERE id = batch), ''), true);
    PERFORM 1 FROM import_batch WHERE id = batch AND xmin = pg_current_xact_id()::xid FOR UPDATE;
    mine := FOUND;
    PERFORM set_config('payung.regency', coalesce(before, ''), true);
    IF NOT mine THEN
        RAISE EXCEPTION 'import batch % was not started in this transaction', batch;
    END IF;
    IF EXISTS (SELECT 1 FROM enrollment WHERE batch_id = batch) THEN
        RAISE EXCEPTION 'import batch % has enrollments already', batch;
    END IF;
    UPDATE summary_state SET bulk = 1, bulk_batch = batch;
END
$$;

-- The end of this transaction's import: its batch's enrollments (not deleted) join the cost shapes, and its
-- people are recounted from the rules' views (person_year with year_count, the move to self-paying); the
-- triggers are back on. Takes no batch: the one begun in this transaction (bulk = 1 is only ever seen by the
-- transaction that set it; committed, it is 0). Safe: it adds what is in the batch and recounts from the
-- enrollments what row-level security let this transaction write; nothing else changes.
CREATE FUNCTION payung_import_end() RETURNS void LANGUAGE plpgsql SECURITY DEFINER
    SET plan_cache_mode = force_custom_plan AS $$
DECLARE
    b bigint;
    people bigint[];
BEGIN
    SELECT bulk_batch INTO b FROM summary_state WHERE bulk = 1 FOR UPDATE;
    IF b IS NULL THEN
        RAISE EXCEPTION 'no import was begun in this transaction';
    END IF;
    INSERT INTO enrollment_shape (funder_id, segment, programmes, income_rp, first_month, last_month,
                                  kecamatan_code, occupation_code, n, regency_code)
    SELECT ${shape_columns}, count(*), e.regency_code
    FROM enrollment e JOIN person p ON p.id = e.person_id
    WHERE e.batch_id = b AND e.deleted = 0
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 10
    ON CONFLICT (funder_id, segment, programmes, income_rp, first_month, last_month, kecamatan_code,
                 occupation_code, regency_code)
    DO UPDATE SET n = enrollment_shape.n + excluded.n;
    PERFORM payung_recount_people(ARRAY(SELECT DISTINCT person_id FROM enrollment WHERE batch_id = b));
    UPDATE summary_state SET bulk = 0, bulk_batch = NULL;
END
$$;

-- Undo of an import batch (ImportBatchRepository.undo): the batch's enrollments of the caller's regency (a
-- clerk's by their login, the owner's the one its session names, as the owner's policies say; nobody else's)
-- marked deleted, exactly those rows' shapes taken away (the UPDATE returns what it changed, locked, so a save
-- of one of them meanwhile is either before it or waits for it), and the batch's people recounted set-wise;
-- returns how many. Safe: it deletes no more than the caller's own UPDATE could (row-level security would let
-- a clerk mark their regency's rows deleted), and recounts from the enrollments.
-- It recounts the people whose enrollments it marked deleted, not every person of the batch: a clerk undoing another
-- regency's batch changes none of its rows and so recounts nobody (review, 06/12/2026).
CREATE FUNCTION payung_undo_batch(batch bigint) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER
    SET plan_cache_mode = force_custom_plan AS $$
DECLARE
    mine   text;
    before text := current_setting('payung.regency', true);
    n      bigint;
    people bigint[];
BEGIN
    IF EXISTS (SELECT 1 FROM payung_login WHERE login = session_user) THEN
        mine := (SELECT regency_code FROM payung_login WHERE login = session_user);
    ELSIF pg_has_role(session_user, current_user, 'MEMBER') THEN
        mine := nullif(before, '');
    END IF;
    IF mine IS NULL THEN
        RAISE EXCEPTION 'this login writes no regency''s rows: it undoes no import' USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM 1 FROM summary_state FOR UPDATE;
    IF (SELECT bulk FROM summary_state) <> 0 THEN
        RAISE EXCEPTION 'a bulk write is already under way in this transaction';
    END IF;
    UPDATE summary_state SET bulk = 1, bulk_batch = batch;
    PERFORM set_config('payung.regency', mine, true); -- the owner's policies then let it write that regency's rows
    WITH gone AS (
        UPDATE enrollment SET deleted = 1 WHERE batch_id = batch AND deleted = 0 AND regency_code = mine RETURNING *
    ), shapes AS (
        INSERT INTO enrollment_shape (funder_id, segment, programmes, income_rp, first_month, last_month,
                                      kecamatan_code, occupation_code, n, regency_code)
        SELECT ${shape_columns}, -count(*), e.regency_code
        FROM gone e JOIN person p ON p.id = e.person_id
        GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 10
        ON CONFLICT (funder_id, segment, programmes, income_rp, first_month, last_month, kecamatan_code,
                     occupation_code, regency_code)
        DO UPDATE SET n = enrollment_shape.n + excluded.n
        RETURNING 1
    )
    SELECT count(*), coalesce(array_agg(DISTINCT person_id), '{}') INTO n, people FROM gone;
    PERFORM set_config('payung.regency', coalesce(before, ''), true);
    PERFORM payung_recount_people(people);
    UPDATE summary_state SET bulk = 0, bulk_batch = NULL;
    RETURN n;
END
$$;

-- YearSummary.keepUp: the horizon moved on to `wanted` (next year by the caller's calendar), the people whose
-- enrollments reach past the old horizon recounted; false when it is there already (or left for later, below). Safe: the horizon only moves forward, and
-- at most to the year after next by the server's calendar (a client's clock a little ahead at New Year still
-- moves it; no clerk can stretch every open-ended enrollment to 2100); the recount is from the enrollments.
-- Not only the open-ended: an enrollment entered with its end years ahead was missing from the new year (review,
-- 06/12/2026; YearSummaryTest on both engines). It waits
-- at most two seconds for the summary's row (an import holding it, or a clerk who left a transaction open holding
-- it by hand) and then leaves the horizon for the next opening: the new year is read from the enrollments
-- meanwhile (YearSummary.covers), and nobody's Payung hangs while opening.
CREATE FUNCTION payung_keep_up(wanted integer) RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER
    SET plan_cache_mode = force_custom_plan SET lock_timeout = '2s' AS $$
DECLARE
    target integer := least(wanted, extract(year FROM current_date)::integer + 2);
    old    integer;
BEGIN
    SELECT horizon INTO old FROM summary_state FOR UPDATE;
    IF old >= target THEN
        RETURN false;
    END IF;
    UPDATE summary_state SET horizon = target;
    -- Only the years reach the horizon; the move to self-paying does not depend on it.
    PERFORM payung_recount_years(ARRAY(SELECT DISTINCT person_id FROM enrollment
                                       WHERE deleted = 0 AND (last_month IS NULL OR last_month > old || '-12')));
    RETURN true;
EXCEPTION WHEN lock_not_available THEN
    RETURN false;
END
$$;

-- Who may call what: the clerks (and the owner, who owns them); the internal ones nobody. payung_shape (V1) is
-- the enrollment triggers' helper and was callable by every login: any login could add to any shape by calling
-- it with a made-up row.
DO $grants$
DECLARE
    clerk text := payung_group_role('clerk');
BEGIN
    REVOKE ALL ON FUNCTION payung_recount_years(bigint[]), payung_recount_people(bigint[]), payung_import_lock(),
        payung_import_begin(bigint), payung_import_end(), payung_undo_batch(bigint), payung_keep_up(integer),
        payung_shape(enrollment, integer) FROM PUBLIC;
    EXECUTE format('GRANT EXECUTE ON FUNCTION payung_import_lock(), payung_import_begin(bigint), payung_import_end(),'
            || ' payung_undo_batch(bigint), payung_keep_up(integer) TO %I', clerk);
    EXECUTE format('REVOKE UPDATE ON summary_state FROM %I', clerk);
END
$grants$;

-- As V2: every function of the schema finds its tables in the schema first and temporary tables last (the
-- ones made or replaced above as well).
DO $paths$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN SELECT p.oid::regprocedure FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
             WHERE n.nspname = current_schema() AND p.prokind = 'f'
               AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                               AND d.deptype = 'e')
    LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', f, current_schema());
    END LOOP;
END
$paths$;
