-- Payung on PostgreSQL, version 2: who may read and write what (issue 18; docs/SERVER.md).
-- Run by the database's owner (payung server init), after V1 made the tables and payung_login.
--
-- Two group roles per database, named after it when this runs (for the database "payung": payung_clerk,
-- payung_province; payung_group_role('clerk') names them later), because roles belong to the whole server and
-- a server may hold more than one Payung database:
--   * <db>_clerk:    a regency's clerk: reads and writes the rows of the regency payung_login gives the login;
--   * <db>_province: a provincial reader: reads the rows of every regency of its province, writes nothing.
-- Reference data (regions, funders, rate rules, occupations) is readable by both; the audit log is
-- insert-only for a clerk. Every table holding a regency's data (every table with a regency_code column,
-- found here rather than listed, so a table V1 adds is not forgotten) gets row-level security, FORCEd so
-- the owner too is held by policies: it reads everything (server init, import-file, the NIK checks across
-- regencies) but writes only the rows of the regency its session names (SET payung.regency), so an
-- import for one regency cannot slip into another.
--
-- A clerk's regency is never taken from a session setting: any login may SET payung.regency, so the
-- clerk's policies read payung_login (payung_login_regency()), which only the owner writes.
-- Views run with the caller's rights (security_invoker): otherwise a clerk reading counting_enrollment
-- would read the tables as the owner, who sees every regency.

CREATE FUNCTION payung_login_regency() RETURNS text LANGUAGE sql STABLE
    AS $$ SELECT regency_code FROM payung_login WHERE login = current_user $$;

-- V1's payung_regency() (the regency a new row gets by default), with the caller's rights and current_user,
-- as the policies below: a connection that SETs ROLE to a clerk then writes as that clerk's regency, by default
-- and by the policies alike. (V1's reads session_user with the definer's rights: inside a SECURITY DEFINER
-- function current_user is the function's owner.) A login reads its own payung_login row (policy own_login).
CREATE OR REPLACE FUNCTION payung_regency() RETURNS text LANGUAGE sql STABLE SECURITY INVOKER AS $$
    SELECT coalesce(nullif(current_setting('payung.regency', true), ''),
                    (SELECT regency_code FROM payung_login WHERE login = current_user))
$$;

CREATE FUNCTION payung_login_province() RETURNS text LANGUAGE sql STABLE
    AS $$ SELECT province_code FROM payung_login WHERE login = current_user $$;

DO $tenancy$
DECLARE
    clerk    text := current_database() || '_clerk';
    province text := current_database() || '_province';
    owner    text := current_user;
    t        text;
    v        text;
    -- A clerk's own regency, evaluated once per statement (an init plan), not once per row.
    mine     text := '(regency_code = (SELECT payung_login_regency()))';
    theirs   text := '(starts_with(regency_code, (SELECT payung_login_province()) || ''.''))';
    session  text := '(regency_code = payung_regency())';
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = clerk) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', clerk);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = province) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', province);
    END IF;
    -- The names as made, for server add-user: a database restored or copied under another name keeps its roles.
    EXECUTE format('CREATE FUNCTION payung_group_role(kind text) RETURNS text LANGUAGE sql IMMUTABLE'
            || ' AS $f$ SELECT CASE kind WHEN ''clerk'' THEN %L WHEN ''province'' THEN %L END $f$', clerk, province);
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I, %I', current_database(), clerk, province);
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I, %I', current_schema(), clerk, province);
    -- Identity columns draw from sequences; a provincial reader inserts nothing.
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), clerk);

    -- Who each login is: everyone reads their own row only; the owner writes it (server add-user).
    ALTER TABLE payung_login ENABLE ROW LEVEL SECURITY;
    EXECUTE format('GRANT SELECT ON payung_login TO %I, %I', clerk, province);
    CREATE POLICY own_login ON payung_login FOR SELECT USING (login = current_user);
    EXECUTE format('CREATE POLICY owner_logins ON payung_login TO %I USING (true) WITH CHECK (true)', owner);

    FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND c.relname <> 'payung_login'
             ORDER BY c.relname
    LOOP
        IF NOT EXISTS (SELECT 1 FROM information_schema.columns
                       WHERE table_schema = current_schema() AND table_name = t AND column_name = 'regency_code') THEN
            -- Shared reference data and the server's own bookkeeping: everyone reads it. Writes are the owner's,
            -- except for bookkeeping rows a clerk's save keeps up through triggers (no regency: nothing to hide).
            EXECUTE format('GRANT SELECT ON %I TO %I, %I', t, clerk, province);
            -- The summary's bookkeeping is written by V1's triggers with the owner's rights; a clerk only moves the
            -- horizon on a new year (YearSummary.keepUp) and locks the row for an import (ServerBulkWriter). No
            -- INSERT or DELETE: a clerk emptying calendar_year or summary_dirty would damage every regency's counts.
            IF t = 'summary_state' THEN
                EXECUTE format('GRANT UPDATE ON %I TO %I', t, clerk);
            END IF;
            CONTINUE;
        END IF;
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('GRANT SELECT ON %I TO %I', t, province);
        EXECUTE format('CREATE POLICY province_reads ON %I FOR SELECT TO %I USING %s', t, province, theirs);
        IF t IN ('person_year', 'year_count', 'enrollment_shape', 'person_transition', 'continuation') THEN
            -- The summary: kept by V1's triggers, which run with the owner's rights whoever saves (each row
            -- takes the regency of the enrollment it counts); a clerk reads the regency's rows.
            EXECUTE format('GRANT SELECT ON %I TO %I', t, clerk);
            EXECUTE format('CREATE POLICY clerk_reads ON %I FOR SELECT TO %I USING %s', t, clerk, mine);
            EXECUTE format('CREATE POLICY owner_keeps ON %I TO %I USING (true) WITH CHECK (true)', t, owner);
            CONTINUE;
        END IF;
        EXECUTE format('CREATE POLICY owner_reads ON %I FOR SELECT TO %I USING (true)', t, owner);
        EXECUTE format('CREATE POLICY owner_inserts ON %I FOR INSERT TO %I WITH CHECK %s', t, owner, session);
        IF t = 'audit_log' THEN
            -- What happened stays written: a clerk adds rows and reads the regency's; nobody changes one.
            EXECUTE format('GRANT SELECT, INSERT ON %I TO %I', t, clerk);
            EXECUTE format('CREATE POLICY clerk_reads ON %I FOR SELECT TO %I USING %s', t, clerk, mine);
            EXECUTE format('CREATE POLICY clerk_inserts ON %I FOR INSERT TO %I WITH CHECK %s', t, clerk, mine);
            CONTINUE;
        END IF;
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO %I', t, clerk);
        EXECUTE format('CREATE POLICY clerk_rows ON %I TO %I USING %s WITH CHECK %s', t, clerk, mine, mine);
        EXECUTE format('CREATE POLICY owner_updates ON %I FOR UPDATE TO %I USING %s WITH CHECK %s', t, owner, session, session);
        EXECUTE format('CREATE POLICY owner_deletes ON %I FOR DELETE TO %I USING %s', t, owner, session);
    END LOOP;

    -- A person is one per NIK province-wide and carries the regency that registered them first; a clerk also
    -- reads a person their regency enrolls (the enrollment policy decides which those are).
    IF EXISTS (SELECT 1 FROM information_schema.columns
               WHERE table_schema = current_schema() AND table_name = 'person' AND column_name = 'regency_code') THEN
        EXECUTE format('CREATE POLICY clerk_reads_enrolled ON person FOR SELECT TO %I'
                || ' USING (EXISTS (SELECT 1 FROM enrollment e WHERE e.person_id = person.id))', clerk);
        EXECUTE format('CREATE POLICY province_reads_enrolled ON person FOR SELECT TO %I'
                || ' USING (EXISTS (SELECT 1 FROM enrollment e WHERE e.person_id = person.id))', province);
    END IF;

    FOR v IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = current_schema() AND c.relkind = 'v' ORDER BY c.relname
    LOOP
        EXECUTE format('ALTER VIEW %I SET (security_invoker = true)', v);
        EXECUTE format('GRANT SELECT ON %I TO %I, %I', v, clerk, province);
    END LOOP;
END
$tenancy$;

-- Every function of the schema finds its tables in the schema first and the session's temporary tables last:
-- a login's CREATE TEMP TABLE payung_login (or continuation, person_year_due, …) must never stand in for
-- Payung's. Without this a clerk could name themselves another regency's clerk through a temporary
-- payung_login, or have an owner-rights trigger copy every regency's rows into a temporary table of theirs
-- (found by review, 06/12/2026; ServerTenancyTest tries both). Temporary tables are refused to everyone but the
-- owner besides (Payung uses none on a server).
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
    BEGIN
        EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
    EXCEPTION WHEN insufficient_privilege THEN
        RAISE NOTICE 'temporary tables stay allowed in %: % does not own the database', current_database(), current_user;
    END;
END
$paths$;
