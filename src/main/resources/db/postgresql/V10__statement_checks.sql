-- Payung on PostgreSQL, version 10: what an imported row costs the server, checked once per statement where it
-- was checked once per row (issue 18: a clerk's 100.000-row import ≤ 2 × the same import on SQLite).
--
-- Measured on the 2.000.000-person bench (docs/PERFORMANCE.md, "Session 10"): of a clerk's import of 20.000 rows,
-- the per-row triggers and checks below took ~1,2 s of the ~3,8 s the server spent (EXPLAIN ANALYZE of the same
-- rows inserted set-wise, pg_stat_user_functions over a whole bench run): five foreign keys to reference data and
-- to the import batch (a query and a row lock per row and key: 6–9 µs each), the summary's enrollment trigger
-- (a query of summary_state per row), person_year's counting trigger (the same, during the end's recount, where it
-- only returns), the person's stamp trigger (a role test per row) and payung_is_date (PL/pgSQL with an EXCEPTION
-- block: a subtransaction per call, three calls a row). Each says the same as before; only how often it runs
-- changes. The enrollment's link to its person stays a foreign key (people are deleted; nothing else here is).

-- 1. payung_is_date: the same answers without PL/pgSQL. V1's version caught make_date's error for a day the month
-- does not have; this one counts the month's days (proleptic Gregorian, as make_date: year 1 to 9999, a leap year
-- every 4 years but centuries only every 400). Written as an SQL-standard body, which PostgreSQL binds when the
-- function is made (no search path to redirect, so none is fixed: ServerTenancyTest) and can inline into the
-- CHECKs that call it. Held to V1's answers by PostgresIsDateTest.
CREATE OR REPLACE FUNCTION payung_is_date(t text) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
    WHEN t IS NULL THEN NULL
    WHEN t !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN false
    ELSE CAST(substr(t, 1, 4) AS integer) >= 1
        AND CAST(substr(t, 6, 2) AS integer) BETWEEN 1 AND 12
        AND CAST(substr(t, 9, 2) AS integer) >= 1
        AND CAST(substr(t, 9, 2) AS integer) <= CASE CAST(substr(t, 6, 2) AS integer)
            WHEN 2 THEN CASE WHEN (CAST(substr(t, 1, 4) AS integer) % 4 = 0 AND CAST(substr(t, 1, 4) AS integer) % 100 <> 0)
                                  OR CAST(substr(t, 1, 4) AS integer) % 400 = 0 THEN 29 ELSE 28 END
            WHEN 4 THEN 30 WHEN 6 THEN 30 WHEN 9 THEN 30 WHEN 11 THEN 30
            ELSE 31 END
END;

-- 2. A new person's "when" (V7): the column's default is now the server's time, written as V7's trigger writes it,
-- and the trigger runs only for a row that brings another value (a clerk's PC sending its own clock, the owner
-- bringing an office's history: V7's rules for those are unchanged). An import leaves the column to its default,
-- so its rows pass the WHEN test and no trigger runs for them.
ALTER TABLE person ALTER COLUMN created_at
    SET DEFAULT to_char(statement_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"');
DROP TRIGGER person_when ON person;
CREATE TRIGGER person_when BEFORE INSERT ON person FOR EACH ROW
    WHEN (NEW.created_at IS DISTINCT FROM to_char(statement_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
    EXECUTE FUNCTION payung_stamp_person();
CREATE TRIGGER person_when_kept BEFORE UPDATE OF created_at ON person FOR EACH ROW
    WHEN (NEW.created_at IS DISTINCT FROM OLD.created_at)
    EXECUTE FUNCTION payung_stamp_person();

-- 3. An enrollment added: the people named in summary_dirty (recounted at once by summary_recount, as before) and
-- the rows' cost shapes added, once per statement over the rows it inserted, unless they belong to the import
-- batch being summed at its end (V3's rule, unchanged: rows of any other batch, or of none, are summed now). The
-- shapes are grouped and written in key order, so two statements adding to the same shapes lock them in the same
-- order.
CREATE OR REPLACE FUNCTION enrollment_added() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    INSERT INTO summary_dirty (person_id)
    SELECT DISTINCT e.person_id FROM fresh e
    WHERE NOT EXISTS (SELECT 1 FROM summary_state s WHERE s.bulk <> 0 AND (s.bulk_batch IS NULL OR s.bulk_batch = e.batch_id))
    ORDER BY e.person_id
    ON CONFLICT DO NOTHING;
    INSERT INTO enrollment_shape (funder_id, segment, programmes, income_rp, first_month, last_month,
                                  kecamatan_code, occupation_code, n, regency_code)
    SELECT ${shape_columns}, count(*), e.regency_code
    FROM fresh e JOIN person p ON p.id = e.person_id
    WHERE e.deleted = 0
      AND NOT EXISTS (SELECT 1 FROM summary_state s WHERE s.bulk <> 0 AND (s.bulk_batch IS NULL OR s.bulk_batch = e.batch_id))
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 10
    ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 10
    ON CONFLICT (funder_id, segment, programmes, income_rp, first_month, last_month, kecamatan_code,
                 occupation_code, regency_code)
    DO UPDATE SET n = enrollment_shape.n + excluded.n;
    RETURN NULL;
END
$$;
DROP TRIGGER enrollment_added ON enrollment;
CREATE TRIGGER enrollment_added AFTER INSERT ON enrollment REFERENCING NEW TABLE AS fresh
    FOR EACH STATEMENT EXECUTE FUNCTION enrollment_added();

-- 4. person_year's rows counted into year_count by group, once per statement (V3: skipped while a recount adds and
-- takes away whole groups itself, bulk = 2), in key order as above.
CREATE OR REPLACE FUNCTION person_year_counted() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF (SELECT bulk FROM summary_state) = 2 THEN
        RETURN NULL;
    END IF;
    INSERT INTO year_count (year, funder_id, segment, kecamatan_code, occupation_code, full_package, n, regency_code)
    SELECT year, funder_id, segment, kecamatan_code, occupation_code, full_package, count(*), regency_code
    FROM fresh
    GROUP BY year, funder_id, segment, kecamatan_code, occupation_code, full_package, regency_code
    ORDER BY year, funder_id, segment, kecamatan_code, occupation_code, full_package, regency_code
    ON CONFLICT (year, funder_id, segment, kecamatan_code, occupation_code, full_package, regency_code)
    DO UPDATE SET n = year_count.n + excluded.n;
    RETURN NULL;
END
$$;
CREATE OR REPLACE FUNCTION person_year_uncounted() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF (SELECT bulk FROM summary_state) = 2 THEN
        RETURN NULL;
    END IF;
    UPDATE year_count y SET n = y.n - d.n
    FROM (SELECT year, funder_id, segment, kecamatan_code, occupation_code, full_package, regency_code, count(*) AS n
          FROM gone
          GROUP BY year, funder_id, segment, kecamatan_code, occupation_code, full_package, regency_code) d
    WHERE y.year = d.year AND y.funder_id = d.funder_id AND y.segment = d.segment
      AND y.kecamatan_code = d.kecamatan_code AND y.occupation_code = d.occupation_code
      AND y.full_package = d.full_package AND y.regency_code = d.regency_code;
    RETURN NULL;
END
$$;
DROP TRIGGER person_year_counted ON person_year;
DROP TRIGGER person_year_uncounted ON person_year;
CREATE TRIGGER person_year_counted AFTER INSERT ON person_year REFERENCING NEW TABLE AS fresh
    FOR EACH STATEMENT EXECUTE FUNCTION person_year_counted();
CREATE TRIGGER person_year_uncounted AFTER DELETE ON person_year REFERENCING OLD TABLE AS gone
    FOR EACH STATEMENT EXECUTE FUNCTION person_year_uncounted();

-- 5. government_ended (V8) as one GROUP BY over enrollments, without the person: an import's end asks it for its
-- 100.000 people at once, and V8's lateral aggregate per person went person by person (an index probe into person,
-- then one into the periods' GiST index, which the planner prefers there and which is the slower of the two:
-- 1,3 s at 2.000.000 persons); grouped, the same people's enrollments are one index scan by person (0,15 s). The
-- rows are the same for every login: a row needs a government-paid enrollment the reader sees, and whoever sees
-- an enrollment sees its person (V2's policies: a clerk's and a province's "enrolled" rules, the owner all). Held
-- to V1's text by YearSummaryOnPostgresTest (YearSummaryTest.assertSame), as V8's was.
CREATE OR REPLACE VIEW government_ended WITH (security_invoker = true) AS
SELECT e.person_id, max(e.last_month) AS ended,
       (array_agg(e.regency_code ORDER BY e.last_month DESC, e.id DESC))[1] AS regency_code
FROM enrollment e JOIN funding_source f ON f.id = e.funder_id
WHERE e.deleted = 0 AND f.type IN ${government_types}
GROUP BY e.person_id
HAVING max(e.last_month) IS NOT NULL AND count(*) FILTER (WHERE e.last_month IS NULL) = 0;
-- continuation_due (V1) names its person by the grouped side of its join, the same value: PostgreSQL carries a
-- condition `person_id = ANY (…)` into a GROUP BY only on its own column (with V1's m.person_id it grouped every
-- enrollment of the database: 4,9 s); an equality is carried either way (a save's recount of one person).
CREATE OR REPLACE VIEW continuation_due WITH (security_invoker = true) AS
SELECT m.id AS enrollment_id, g.person_id, g.ended, m.segment, ${programme_label:m} AS programmes,
       coalesce(m.declared_income_rp, ${standard_income}) AS income_rp, m.first_month, m.last_month, p.occupation_code,
       m.regency_code
FROM government_ended g
JOIN enrollment m ON m.person_id = g.person_id AND m.deleted = 0 AND (m.last_month IS NULL OR m.last_month > g.ended)
JOIN funding_source f ON f.id = m.funder_id AND f.type = 'MANDIRI'
JOIN person p ON p.id = m.person_id;

-- 6. The references to reference data (region, occupation, funding source) and to the import batch: checked once
-- per statement over the rows it inserted or updated, where a foreign key ran a query and took a row lock per row
-- and key. The other half of a foreign key, that a row referred to does not go, is kept more strictly: on a server
-- a region, an occupation, a funding source or an import batch is never deleted, nor its key changed (Payung
-- never does either: regions and occupations are only ever added, a funding source is retired by its `active`
-- flag, an undone batch keeps its record for the audit). Being never deleted, reference data needs no lock while a
-- statement refers to it, so that check takes none and waits for nobody. The refusals say what PostgreSQL's
-- foreign keys said, with the same SQLSTATE (23503) and constraint names. An enrollment's link to its person stays
-- a foreign key (people are deleted: an import's row taken back, ServerBulkWriter.remove).
CREATE FUNCTION payung_refused_reference(tab text, constraint_name text, col text, val text, target text)
    RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'insert or update on table "%" violates foreign key constraint "%"', tab, constraint_name
        USING ERRCODE = 'foreign_key_violation', CONSTRAINT = constraint_name, TABLE = tab,
              DETAIL = format('Key (%s)=(%s) is not present in table "%s".', col, val, target);
END
$$;

REVOKE ALL ON FUNCTION payung_refused_reference(text, text, text, text, text) FROM PUBLIC;

CREATE FUNCTION person_references_checked() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    bad text;
BEGIN
    SELECT n.region_code INTO bad FROM fresh n
    WHERE n.region_code IS NOT NULL AND NOT EXISTS (SELECT 1 FROM region r WHERE r.code = n.region_code) LIMIT 1;
    IF FOUND THEN
        PERFORM payung_refused_reference('person', 'person_region_code_fkey', 'region_code', bad, 'region');
    END IF;
    SELECT n.occupation_code INTO bad FROM fresh n
    WHERE n.occupation_code IS NOT NULL AND NOT EXISTS (SELECT 1 FROM occupation o WHERE o.code = n.occupation_code)
    LIMIT 1;
    IF FOUND THEN
        PERFORM payung_refused_reference('person', 'person_occupation_code_fkey', 'occupation_code', bad, 'occupation');
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION enrollment_references_checked() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    bad text;
BEGIN
    SELECT n.funder_id::text INTO bad FROM fresh n
    WHERE NOT EXISTS (SELECT 1 FROM funding_source f WHERE f.id = n.funder_id) LIMIT 1;
    IF FOUND THEN
        PERFORM payung_refused_reference('enrollment', 'enrollment_funder_id_fkey', 'funder_id', bad, 'funding_source');
    END IF;
    SELECT n.region_code INTO bad FROM fresh n
    WHERE n.region_code IS NOT NULL AND NOT EXISTS (SELECT 1 FROM region r WHERE r.code = n.region_code) LIMIT 1;
    IF FOUND THEN
        PERFORM payung_refused_reference('enrollment', 'enrollment_region_code_fkey', 'region_code', bad, 'region');
    END IF;
    -- The owner's policies let it read every batch (as payung_batch_of_regency does).
    SELECT n.batch_id::text INTO bad FROM fresh n
    WHERE n.batch_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM import_batch b WHERE b.id = n.batch_id) LIMIT 1;
    IF FOUND THEN
        PERFORM payung_refused_reference('enrollment', 'enrollment_batch_id_fkey', 'batch_id', bad, 'import_batch');
    END IF;
    RETURN NULL;
END
$$;

-- An enrollment's import batch is also locked (FOR KEY SHARE) once per statement, as its foreign key locked it per
-- row: rows written into a batch that another session is importing (payung_import_begin holds it FOR UPDATE) wait
-- for that import's end, so the end never sums them as well (ClerkImportOnPostgresTest). With the caller's rights:
-- a clerk locks a batch of their own regency (another regency's is refused by payung_batch_of_regency anyway),
-- the owner one of the regency its session names, the only one it may write rows of. Payung itself only ever
-- writes a batch's rows in the transaction that began it; the lock is for a login writing by hand, who may meet a
-- deadlock there (its statement's summary rows are locked by then), which PostgreSQL breaks.
-- The lock comes before any of the statement's summary work (triggers fire in the order of their names, row
-- triggers before statement triggers, hence the "0"), as the foreign key's did: a statement that waits for an
-- import must not hold summary rows the import's end needs (review, 06/12/2026: that deadlock cost the import).
CREATE FUNCTION payung_batches_locked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_LEVEL = 'ROW' THEN
        PERFORM 1 FROM import_batch b WHERE b.id = NEW.batch_id FOR KEY SHARE OF b;
    ELSE
        PERFORM 1 FROM import_batch b WHERE b.id IN (SELECT n.batch_id FROM fresh n) ORDER BY b.id FOR KEY SHARE OF b;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER enrollment_0_batches_locked AFTER INSERT ON enrollment REFERENCING NEW TABLE AS fresh
    FOR EACH STATEMENT EXECUTE FUNCTION payung_batches_locked();
-- An UPDATE's summary work is a row trigger (enrollment_changed): the lock is one too, for a row moved to a batch.
CREATE TRIGGER enrollment_0_batch_moved AFTER UPDATE OF batch_id ON enrollment FOR EACH ROW
    WHEN (NEW.batch_id IS NOT NULL AND NEW.batch_id IS DISTINCT FROM OLD.batch_id)
    EXECUTE FUNCTION payung_batches_locked();

CREATE TRIGGER person_references AFTER INSERT ON person REFERENCING NEW TABLE AS fresh
    FOR EACH STATEMENT EXECUTE FUNCTION person_references_checked();
CREATE TRIGGER person_references_moved AFTER UPDATE ON person REFERENCING NEW TABLE AS fresh
    FOR EACH STATEMENT EXECUTE FUNCTION person_references_checked();
-- Checked before the statement's summary work, as the foreign keys were (a refused statement does none).
CREATE TRIGGER enrollment_0_references AFTER INSERT ON enrollment REFERENCING NEW TABLE AS fresh
    FOR EACH STATEMENT EXECUTE FUNCTION enrollment_references_checked();
CREATE TRIGGER enrollment_0_references_moved AFTER UPDATE ON enrollment REFERENCING NEW TABLE AS fresh
    FOR EACH STATEMENT EXECUTE FUNCTION enrollment_references_checked();

ALTER TABLE person DROP CONSTRAINT person_region_code_fkey, DROP CONSTRAINT person_occupation_code_fkey;
ALTER TABLE enrollment DROP CONSTRAINT enrollment_funder_id_fkey, DROP CONSTRAINT enrollment_region_code_fkey,
    DROP CONSTRAINT enrollment_batch_id_fkey;

CREATE FUNCTION payung_kept_referenced() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a row of "%" is never deleted on a Payung server, nor its key changed: people and enrollments refer to it', TG_TABLE_NAME
        USING ERRCODE = 'foreign_key_violation', TABLE = TG_TABLE_NAME,
              HINT = 'a funding source is retired by its active flag; an undone import batch keeps its record';
END
$$;
-- 7. A row trigger for a row deleted or a key changed, a statement trigger for TRUNCATE. Per row, not per
-- statement: a DELETE that removes nothing is allowed (server import-file clears what server init seeded for the
-- regency, table by table, the import batches among them, which are none there), and deletes are never bulk here.
DO $kept$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT * FROM (VALUES ('region', 'code'), ('occupation', 'code'), ('funding_source', 'id'),
                                   ('import_batch', 'id')) AS k(tab, key) LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE DELETE ON %I FOR EACH ROW'
                       || ' EXECUTE FUNCTION payung_kept_referenced()', t.tab || '_kept', t.tab);
        EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %I FOR EACH STATEMENT'
                       || ' EXECUTE FUNCTION payung_kept_referenced()', t.tab || '_emptying_kept', t.tab);
        EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OF %I ON %I FOR EACH ROW WHEN (NEW.%I IS DISTINCT FROM OLD.%I)'
                       || ' EXECUTE FUNCTION payung_kept_referenced()', t.tab || '_key_kept', t.key, t.tab, t.key, t.key);
    END LOOP;
END
$kept$;

-- As V2–V9: the new functions find their tables in the schema first and temporary tables last (payung_is_date
-- has none to find: its body was bound when it was made).
DO $paths$
DECLARE
    f text;
BEGIN
    FOREACH f IN ARRAY ARRAY['enrollment_added()', 'person_year_counted()', 'person_year_uncounted()',
            'payung_refused_reference(text, text, text, text, text)', 'person_references_checked()',
            'enrollment_references_checked()', 'payung_kept_referenced()', 'payung_batches_locked()'] LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', f, current_schema());
    END LOOP;
END
$paths$;
