-- Payung on PostgreSQL, version 8: a clerk's import recounts its people without a lookup per person and view
-- (issue 18: a 100.000-row import on a server ≤ 2 × SQLite; docs/PERFORMANCE.md, "Where a clerk's server import
-- spends its time").
--
-- government_ended, the rule "whose government funding has ended, when, and in which regency", said the same
-- thing as three subqueries per person (the latest end, whether one is still open, the regency of the one that
-- ended last), and PostgreSQL planned "still open" as a hashed scan of every open-ended enrollment of the database:
-- an import's end ran four index scans per person of its batch plus that scan, in person_transition_due and again
-- in continuation_due (2,0–3,0 s of a 20.000-row import's end under load, most of it). The same rule as one
-- aggregate per person: a person's government-paid enrollments (not deleted) read once, by the person's index;
-- `person_id = ANY (…)` still reaches the person scan, so the end reads only the batch's people.
--
-- The same rows as V1's formulation, whoever reads it: the latest last month of the person's government-paid
-- enrollments, none of them open-ended (count(*) FILTER … = 0 is V1's NOT still_open; ended IS NOT NULL is
-- "has one"), and the regency of the one ordered first by last month descending, then id descending (open ends
-- sort first in PostgreSQL's DESC, but a person with an open one is not in the view, as in V1). The person comes
-- from person as before (row-level security: a clerk sees a person with an enrollment they see). Held equal to
-- V1's text on every case the summary's tests build: YearSummaryOnPostgresTest (YearSummaryTest.assertSame).
CREATE OR REPLACE VIEW government_ended WITH (security_invoker = true) AS
SELECT p.id AS person_id, g.ended, g.regency_code
FROM person p
CROSS JOIN LATERAL (
    SELECT max(e.last_month) AS ended, count(*) FILTER (WHERE e.last_month IS NULL) AS still_open,
           (array_agg(e.regency_code ORDER BY e.last_month DESC, e.id DESC))[1] AS regency_code
    FROM enrollment e JOIN funding_source f ON f.id = e.funder_id
    WHERE e.person_id = p.id AND e.deleted = 0 AND f.type IN ${government_types}
) g
WHERE g.ended IS NOT NULL AND g.still_open = 0;

-- The periods' exclusion constraint computed each row's months through payung_month_number, twice a row: a SQL
-- function, but one with a fixed search_path (V2; every function of the schema has one, ServerTenancyTest), which
-- PostgreSQL does not inline, so each call set and reset the search path around a small query of its own: ~22 µs
-- of an imported enrollment's ~100 (EXPLAIN ANALYZE of 20.000 rows of a clerk's batch, alternated with and
-- without). The same numbers written out with built-ins (substr, the integer cast: nothing a search path could
-- redirect), under the same name (Sql.PERIODS_CONSTRAINT: a save refused for it is told as an overlap). Rebuilding
-- it reads every enrollment once, under a lock no save passes (5 s for 300.000 enrollments on the build machine
-- under load, so up to a minute at a province's 2.000.000); the migration is that one transaction.
ALTER TABLE enrollment DROP CONSTRAINT enrollment_one_at_a_time;
ALTER TABLE enrollment ADD CONSTRAINT enrollment_one_at_a_time EXCLUDE USING gist (
    person_id WITH =,
    int4range(CAST(substr(first_month, 1, 4) AS integer) * 12 + CAST(substr(first_month, 6, 2) AS integer) - 1,
              CASE WHEN last_month IS NULL THEN NULL
                   ELSE CAST(substr(last_month, 1, 4) AS integer) * 12 + CAST(substr(last_month, 6, 2) AS integer) END)
        WITH &&
) WHERE (deleted = 0);
