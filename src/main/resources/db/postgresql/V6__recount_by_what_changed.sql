-- Payung on PostgreSQL, version 6: V3's set-wise recount (payung_recount_years: an import's end, an undo, the
-- horizon's move) keeps year_count by exactly the person_year rows it deletes and inserts (found by review,
-- 06/12/2026). V3 took the people's old groups away from year_count in one statement and deleted their rows in
-- the next: a clerk's save of one of those people committing in between (read committed: each statement sees
-- what was committed when it began; the first waits on the save's year_count rows, then subtracts what the
-- save had subtracted already) had its -1s taken twice and its new rows deleted without their +1s being taken
-- back. year_count then stayed wrong for good (ClerkImportOnPostgresTest: a save committed during an undo).
-- Now each DELETE and INSERT returns its rows and year_count moves by those. The DELETE runs twice: the first
-- waits for a save recounting one of these people and skips the rows it deleted, and cannot see the rows it
-- committed meanwhile; the second removes those (counted the save's way), so the INSERT does not collide with them.
CREATE OR REPLACE FUNCTION payung_recount_years(people bigint[]) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
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

-- YearSummary.keepUp on a server (V3's, same rules otherwise): the people recounted when the horizon moves are
-- those with an enrollment reaching past the old horizon, open-ended or ending later (found by review,
-- 06/12/2026: only the open-ended ones were, so an enrollment entered with its end years ahead was missing from
-- the new year's counts until its person was saved again). YearSummaryTest on both engines.
--
-- It waits at most two seconds for the summary's row (an import holding it, or a clerk who left a transaction
-- open holding it by hand) and then leaves the horizon for the next opening: until then the new year is read from
-- the enrollments themselves (YearSummary.covers), slower but right, and nobody's Payung hangs while opening
-- (review, 06/12/2026).
CREATE OR REPLACE FUNCTION payung_keep_up(wanted integer) RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER
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

-- An undo recounts the people whose enrollments it marked deleted, not every person of the batch: a clerk undoing
-- another regency's batch changes none of its rows and so recounts nobody, instead of recounting (and holding the
-- summary's row for) a whole batch of someone else's (review, 06/12/2026). Otherwise as V3.
CREATE OR REPLACE FUNCTION payung_undo_batch(batch bigint) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER
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


-- As V2–V4: the functions find their tables in the schema first and temporary tables last (CREATE OR REPLACE
-- replaced V3's settings with the ones above). Their grants are kept.
DO $path$
BEGIN
    EXECUTE format('ALTER FUNCTION payung_recount_years(bigint[]) SET search_path = %I, pg_temp', current_schema());
    EXECUTE format('ALTER FUNCTION payung_keep_up(integer) SET search_path = %I, pg_temp', current_schema());
    EXECUTE format('ALTER FUNCTION payung_undo_batch(bigint) SET search_path = %I, pg_temp', current_schema());
END
$path$;
