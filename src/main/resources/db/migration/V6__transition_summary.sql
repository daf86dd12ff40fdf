-- Payung schema: the move from government-paid to self-paying (mandiri), kept per person as enrollments
-- change, so the report reads the persons concerned instead of grouping a million enrollments twice
-- (3,7 s at 1.000.000 enrollments; see docs/PERFORMANCE.md).
--
-- person_transition: one row per person whose government funding has ended: they have government-paid
-- enrollments (APBN, APBD, APBDes; not deleted) and every one has a last month; `ended` is the latest.
-- continued is 1 when a self-paying enrollment of theirs reaches past that month. Demo persons are left
-- out. Whether `ended` lies before the current month is asked when reading (it depends on the day).
-- continuation: those self-paying enrollments, one row each, with what sets their cost.
-- Both are recomputed per person through summary_dirty (schema v3) and set-wise after bulk imports.

CREATE TABLE person_transition (
    person_id INTEGER PRIMARY KEY,
    ended     TEXT NOT NULL,
    continued INTEGER NOT NULL
);
-- The cohorts are read in this order, from the index alone.
CREATE INDEX person_transition_ended ON person_transition (ended, continued);

CREATE TABLE continuation (
    enrollment_id   INTEGER PRIMARY KEY,
    person_id       INTEGER NOT NULL,
    ended           TEXT NOT NULL,
    segment         TEXT NOT NULL,
    programmes      TEXT NOT NULL,
    income_rp       INTEGER NOT NULL,
    first_month     TEXT NOT NULL,
    last_month      TEXT,  -- NULL when open-ended
    occupation_code TEXT   -- NULL when unknown
);
CREATE INDEX continuation_person ON continuation (person_id);

-- The rules in one place (the trigger, the first fill and YearSummary's set-wise recount read them); a
-- filter on person_id reaches the enrollment index. `+deleted` keeps the planner on the person's index:
-- with statistics from a young file it chose the (deleted, last_month) index and read every enrollment
-- once per person (an import of 20.000 rows took 5 minutes).
CREATE VIEW person_transition_due AS
SELECT person_id, ended,
       EXISTS (SELECT 1 FROM enrollment m JOIN funding_source mf ON mf.id = m.funder_id
               WHERE m.person_id = g.person_id AND +m.deleted = 0 AND mf.type = 'MANDIRI'
                 AND (m.last_month IS NULL OR m.last_month > g.ended)) AS continued
FROM (
    -- Person by person (not one GROUP BY over the enrollments): a filter on person_id, even a list of
    -- them, then reaches the person's rowid and the enrollment index instead of grouping everyone.
    SELECT p.id AS person_id,
           (SELECT max(e.last_month) FROM enrollment e JOIN funding_source f ON f.id = e.funder_id
            WHERE e.person_id = p.id AND +e.deleted = 0
              AND f.type IN ${government_types}) AS ended,
           EXISTS (SELECT 1 FROM enrollment e JOIN funding_source f ON f.id = e.funder_id
                   WHERE e.person_id = p.id AND +e.deleted = 0 AND e.last_month IS NULL
                     AND f.type IN ${government_types}) AS still_open
    FROM person p WHERE p.is_demo = 0
) g WHERE ended IS NOT NULL AND still_open = 0;

CREATE VIEW continuation_due AS
SELECT m.id, m.person_id, t.ended, m.segment, m.programmes, ifnull(m.declared_income_rp, ${standard_income}),
       m.first_month, m.last_month, p.occupation_code
FROM person_transition t
JOIN enrollment m ON m.person_id = t.person_id AND +m.deleted = 0 AND (m.last_month IS NULL OR m.last_month > t.ended)
JOIN funding_source f ON f.id = m.funder_id AND f.type = 'MANDIRI'
JOIN person p ON p.id = m.person_id;

-- Fires with summary_recount (v3) on every change that names a person.
CREATE TRIGGER transition_recount AFTER INSERT ON summary_dirty
BEGIN
    DELETE FROM continuation WHERE person_id = NEW.person_id;
    DELETE FROM person_transition WHERE person_id = NEW.person_id;
    INSERT INTO person_transition SELECT * FROM person_transition_due WHERE person_id = NEW.person_id;
    INSERT INTO continuation SELECT * FROM continuation_due WHERE person_id = NEW.person_id;
END;

-- What is already there (set-based: one pass each).
INSERT INTO person_transition SELECT * FROM person_transition_due;
INSERT INTO continuation SELECT * FROM continuation_due;
