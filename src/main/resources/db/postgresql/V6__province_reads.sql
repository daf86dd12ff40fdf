-- Payung on PostgreSQL, version 6: a provincial reader's rows by a policy the planner can count (issue 18).
-- V2 gave every provincial reader one policy per table, starts_with(regency_code, (SELECT payung_login_province())
-- || '.'): its province is an init plan, known only when the statement runs, so the planner guessed ~50 of a
-- table's rows where the reader reads every regency of the province (on a province's server the whole table,
-- 9.500 rows of year_count a year at 300.000 persons) and planned sorts and nested loops for a handful of rows;
-- and the prefix was built and compared row by row (docs/PERFORMANCE.md, "Province scale on a server").
--
-- Now each province read has a group role of its own, <db>_province_<code> (payung_province_role below), whose
-- policies name the province's regencies as literal bounds: regency_code >= '53.' AND regency_code < '53/' ('/'
-- follows '.'; every regency_code column is COLLATE "C", so these are exactly the codes that start with "53."). The
-- planner reads from the column's statistics how many rows that is, and an index on regency_code can serve it.
-- A reader is a member of <db>_province (the grants, as before) and of its province's role (which rows). The generic
-- policies go: permissive policies are OR-ed, so with them left in place the planner would still guess. A member
-- of <db>_province without a province role reads nothing, as a clerk without a payung_login row does.
--
-- Who reads which province is then decided by role membership, which only the owner grants (server add-user, and
-- below for the readers added before this version), as only the owner writes payung_login. payung_login keeps the
-- reader's province (payung_login_province, the screens).
--
-- And a provincial reader reads every regency's rows of year_count (~38.000 rows at 300.000 persons, its key
-- occupation by occupation) about a dozen times per dashboard: year_kecamatan_count below is year_count summed
-- over occupations (~4.400 rows), kept by statement triggers on year_count itself, so whatever writes year_count
-- (a save's row triggers, an import's set-wise recount, V3's functions) keeps it, with no change to them. The
-- dashboard's reads that need no occupation (funder counts, by kecamatan, the years) read it on a server
-- (ParticipantStats); SQLite's single office reads year_count as before.

-- The group role of a province's readers, made with its policies on every table holding a regency's data when the
-- first reader of that province is added (server add-user, as the owner: Logins.create); returns its name. For a
-- province that has them it adds only what is missing. Tables are found as V2 found them (those with a regency_code
-- column): a later version that adds such a table must call this again for each province of payung_login, or the
-- province's readers do not see the new table's rows.
CREATE FUNCTION payung_province_role(province text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    -- Roles belong to the whole server: named after the database's reader group ("payung_province_53").
    role  text := left(payung_group_role('province'), 60) || '_' || province;
    -- Literal bounds, not a function of the login: what lets the planner count the rows.
    bound text := format('(regency_code >= %L AND regency_code < %L)', province || '.', province || '/');
    t     text;
BEGIN
    IF province IS NULL OR province !~ '^[0-9]{2}$' THEN
        RAISE EXCEPTION 'not a province code: %', province USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = role) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', role);
    END IF;
    FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND c.relname <> 'payung_login'
               AND EXISTS (SELECT 1 FROM information_schema.columns i WHERE i.table_schema = current_schema()
                           AND i.table_name = c.relname AND i.column_name = 'regency_code')
             ORDER BY c.relname
    LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = current_schema() AND tablename = t
                       AND policyname = 'province_reads_' || province) THEN
            EXECUTE format('CREATE POLICY %I ON %I FOR SELECT TO %I USING %s', 'province_reads_' || province, t,
                    role, bound);
        END IF;
    END LOOP;
    RETURN role;
END
$$;
-- Only the owner adds readers; nobody else may make roles or policies through it (it runs with the caller's
-- rights besides, and a clerk may create neither).
REVOKE EXECUTE ON FUNCTION payung_province_role(text) FROM PUBLIC;
-- As V2 did for every function: the schema's tables first, the session's temporary tables never before them.
DO $path$
BEGIN
    EXECUTE format('ALTER FUNCTION payung_province_role(text) SET search_path = %I, pg_temp', current_schema());
END
$path$;


-- year_count without the occupation: n the sum of year_count's n over occupations (0 where those are all 0, as
-- year_count keeps a group emptied by a correction). Its key begins with the regency and the year: a clerk's
-- read is a range of it, a reader's a range of regencies.
CREATE TABLE year_kecamatan_count (
    regency_code   text COLLATE "C" NOT NULL,
    year           integer NOT NULL,
    funder_id      bigint NOT NULL,
    segment        text COLLATE "C" NOT NULL,
    kecamatan_code text COLLATE "C" NOT NULL,
    full_package   integer NOT NULL,
    n              bigint NOT NULL,
    PRIMARY KEY (regency_code, year, funder_id, segment, kecamatan_code, full_package)
);
-- No save may move year_count between this fill and the triggers below (review, 06/12/2026): a clerk's change
-- not yet committed when the fill reads would never reach year_kecamatan_count, and CREATE TRIGGER would only
-- wait for its commit. The lock waits for every writer of year_count to finish and holds new ones until this
-- version commits; readers go on.
LOCK TABLE year_count IN SHARE ROW EXCLUSIVE MODE;
INSERT INTO year_kecamatan_count (regency_code, year, funder_id, segment, kecamatan_code, full_package, n)
SELECT regency_code, year, funder_id, segment, kecamatan_code, full_package, sum(n) FROM year_count
GROUP BY 1, 2, 3, 4, 5, 6;

-- Moves year_kecamatan_count by what a statement did to year_count: its new rows added, its old rows taken away
-- (an UPDATE has both; INSERT … ON CONFLICT DO UPDATE fires the INSERT and the UPDATE trigger, each with its
-- rows). Once per statement, not per row: a set-wise recount of 100.000 people moves it in one statement. Rows in
-- key order, so two transactions moving the same groups lock them in the same order. The owner's rights, as
-- year_count's own triggers: whoever saves, only the owner writes the summary.
CREATE FUNCTION year_kecamatan_counted() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO year_kecamatan_count AS y (regency_code, year, funder_id, segment, kecamatan_code, full_package, n)
        SELECT regency_code, year, funder_id, segment, kecamatan_code, full_package, sum(n) FROM new_rows
        GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
        ON CONFLICT (regency_code, year, funder_id, segment, kecamatan_code, full_package)
        DO UPDATE SET n = y.n + excluded.n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO year_kecamatan_count AS y (regency_code, year, funder_id, segment, kecamatan_code, full_package, n)
        SELECT regency_code, year, funder_id, segment, kecamatan_code, full_package, sum(n)
        FROM (SELECT regency_code, year, funder_id, segment, kecamatan_code, full_package, n FROM new_rows
              UNION ALL
              SELECT regency_code, year, funder_id, segment, kecamatan_code, full_package, -n FROM old_rows) AS moved
        GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(n) <> 0 ORDER BY 1, 2, 3, 4, 5, 6
        ON CONFLICT (regency_code, year, funder_id, segment, kecamatan_code, full_package)
        DO UPDATE SET n = y.n + excluded.n;
    ELSE
        UPDATE year_kecamatan_count y SET n = y.n - o.n
        FROM (SELECT regency_code, year, funder_id, segment, kecamatan_code, full_package, sum(n) AS n FROM old_rows
              GROUP BY 1, 2, 3, 4, 5, 6) AS o
        WHERE y.regency_code = o.regency_code AND y.year = o.year AND y.funder_id = o.funder_id
          AND y.segment = o.segment AND y.kecamatan_code = o.kecamatan_code AND y.full_package = o.full_package;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER year_kecamatan_added AFTER INSERT ON year_count REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION year_kecamatan_counted();
CREATE TRIGGER year_kecamatan_moved AFTER UPDATE ON year_count REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION year_kecamatan_counted();
CREATE TRIGGER year_kecamatan_removed AFTER DELETE ON year_count REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION year_kecamatan_counted();
-- Emptying year_count at once (nothing in Payung does) empties this too, rather than leaving it to disagree.
CREATE FUNCTION year_kecamatan_emptied() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    TRUNCATE year_kecamatan_count;
    RETURN NULL;
END
$$;
CREATE TRIGGER year_kecamatan_emptied AFTER TRUNCATE ON year_count
    FOR EACH STATEMENT EXECUTE FUNCTION year_kecamatan_emptied();

-- Who reads it: as year_count (V2): a clerk their regency's rows, the owner all (and keeps it), a provincial reader
-- its province's (the policy payung_province_role makes below for every table with a regency_code).
ALTER TABLE year_kecamatan_count ENABLE ROW LEVEL SECURITY;
ALTER TABLE year_kecamatan_count FORCE ROW LEVEL SECURITY;
DO $grants$
BEGIN
    EXECUTE format('GRANT SELECT ON year_kecamatan_count TO %I, %I', payung_group_role('clerk'),
            payung_group_role('province'));
    EXECUTE format('CREATE POLICY clerk_reads ON year_kecamatan_count FOR SELECT TO %I'
            || ' USING (regency_code = (SELECT payung_login_regency()))', payung_group_role('clerk'));
    EXECUTE format('CREATE POLICY owner_keeps ON year_kecamatan_count TO %I USING (true) WITH CHECK (true)', current_user);
    -- As V2 did for every function: the schema's tables first, the session's temporary tables never before them.
    EXECUTE format('ALTER FUNCTION year_kecamatan_counted() SET search_path = %I, pg_temp', current_schema());
    EXECUTE format('ALTER FUNCTION year_kecamatan_emptied() SET search_path = %I, pg_temp', current_schema());
END
$grants$;

DO $readers$
DECLARE
    t text;
    r record;
BEGIN
    -- The generic policy V2 made on every table holding a regency's data.
    FOR t IN SELECT tablename FROM pg_policies WHERE schemaname = current_schema() AND policyname = 'province_reads'
    LOOP
        EXECUTE format('DROP POLICY province_reads ON %I', t);
    END LOOP;
    -- The readers added before this version: each its province's role, so they read as before, and their plans
    -- made for the values each read asks (see Logins.create: a reader's reads are a province's aggregates, which
    -- a plan made once for any parameters underestimates a hundredfold).
    FOR r IN SELECT login, province_code FROM payung_login WHERE province_code IS NOT NULL ORDER BY login
    LOOP
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r.login) THEN
            EXECUTE format('GRANT %I TO %I', payung_province_role(r.province_code), r.login);
            BEGIN
                EXECUTE format('ALTER ROLE %I IN DATABASE %I SET plan_cache_mode = force_custom_plan', r.login,
                        current_database());
            EXCEPTION WHEN insufficient_privilege THEN
                -- A login another administrator made: it reads as fast as V2 let it, nothing worse.
                RAISE NOTICE 'plans of % left as they were: % may not alter the login', r.login, current_user;
            END;
        END IF;
    END LOOP;
END
$readers$;

-- Statistics for the planner now, not when autovacuum first comes by: without them it guesses one row and
-- plans nested loops over the 1.100 kecamatan groups a reader reads.
ANALYZE year_kecamatan_count;
