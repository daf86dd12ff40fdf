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

-- As V2–V4: the function finds its tables in the schema first and temporary tables last (CREATE OR REPLACE
-- replaced V3's settings with the ones above). Its grants (none: internal) are kept.
DO $path$
BEGIN
    EXECUTE format('ALTER FUNCTION payung_recount_years(bigint[]) SET search_path = %I, pg_temp', current_schema());
END
$path$;
