-- Payung on PostgreSQL, version 9: an import's recount plans its look-ups for pages in memory (issue 18).
--
-- The end of an import recounts the batch's people (payung_recount_years, payung_recount_people; also an undo and
-- the horizon's move): each statement finds those people by `person_id = ANY (people)`. With PostgreSQL's default
-- random_page_cost (4, a spinning disk's) the planner priced 20.000 look-ups by index above reading the whole of a
-- province's person and person_year tables, and read them whole: on the 2.000.000-person bench a clerk's
-- 20.000-row import spent 0,6 s deleting from person_year by a sequential scan (twice: the recount's two passes) and
-- 0,8 s scanning every person to join the batch's enrollments to their people (EXPLAIN ANALYZE under
-- auto_explain, docs/PERFORMANCE.md). A province's summary and people are read all day and stay in memory, and
-- offices run PostgreSQL on an SSD: 1,1 is the usual setting for that, and with it the same statements take the
-- people by index (payung_import_end 4,4 s → 2,9 s there). Only these functions get it (a SET on the function holds
-- for the statements it runs, the nested function's too), not the database: the server's other plans, and those of
-- other databases on it, stay as the administrator set them.
ALTER FUNCTION payung_recount_years(bigint[]) SET random_page_cost = 1.1;
ALTER FUNCTION payung_recount_people(bigint[]) SET random_page_cost = 1.1;
