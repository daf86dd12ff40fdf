-- Payung schema: per-year headcounts kept up to date as enrollments change, so the dashboard reads a few
-- thousand summary rows instead of grouping a million enrollments (see docs/PERFORMANCE.md).
--
-- person_year: for each person and each year their coverage touches, the enrollment that counts for that
-- year (the latest one covering any month of it: a worker who moved from the regency budget to mandiri in
-- June counts for mandiri), with what the dashboard groups by. Demo persons and deleted enrollments are
-- left out. Open-ended enrollments count up to summary_state.horizon (moved forward on opening, see
-- YearSummary).
-- year_count: person_year counted, kept by triggers on person_year.

CREATE TABLE calendar_year (year INTEGER PRIMARY KEY);
INSERT INTO calendar_year (year)
    WITH RECURSIVE y(v) AS (SELECT 2000 UNION ALL SELECT v + 1 FROM y WHERE v < 2100) SELECT v FROM y;

CREATE TABLE summary_state (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    horizon INTEGER NOT NULL,
    bulk    INTEGER NOT NULL DEFAULT 0 CHECK (bulk IN (0, 1))  -- 1 while a bulk writer recomputes at its end
);
INSERT INTO summary_state (id, horizon, bulk) VALUES (1, CAST(strftime('%Y', 'now') AS INTEGER) + 1, 0);

CREATE TABLE person_year (
    person_id       INTEGER NOT NULL,
    year            INTEGER NOT NULL,
    enrollment_id   INTEGER NOT NULL,
    funder_id       INTEGER NOT NULL,
    segment         TEXT NOT NULL,
    kecamatan_code  TEXT NOT NULL,  -- '' when unknown
    occupation_code TEXT NOT NULL,  -- '' when unknown
    full_package    INTEGER NOT NULL,  -- 1 when the enrollment has both JKK and JKM (the UCJ numerator)
    PRIMARY KEY (person_id, year)
);

CREATE TABLE year_count (
    year            INTEGER NOT NULL,
    funder_id       INTEGER NOT NULL,
    segment         TEXT NOT NULL,
    kecamatan_code  TEXT NOT NULL,
    occupation_code TEXT NOT NULL,
    full_package    INTEGER NOT NULL,
    n               INTEGER NOT NULL,
    PRIMARY KEY (year, funder_id, segment, kecamatan_code, occupation_code, full_package)
);

CREATE TRIGGER person_year_counted AFTER INSERT ON person_year
BEGIN
    INSERT INTO year_count (year, funder_id, segment, kecamatan_code, occupation_code, full_package, n)
    VALUES (NEW.year, NEW.funder_id, NEW.segment, NEW.kecamatan_code, NEW.occupation_code, NEW.full_package, 1)
    ON CONFLICT (year, funder_id, segment, kecamatan_code, occupation_code, full_package) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER person_year_uncounted AFTER DELETE ON person_year
BEGIN
    UPDATE year_count SET n = n - 1
    WHERE year = OLD.year AND funder_id = OLD.funder_id AND segment = OLD.segment
      AND kecamatan_code = OLD.kecamatan_code AND occupation_code = OLD.occupation_code
      AND full_package = OLD.full_package;
END;

-- The rule in one place: for each person and year their coverage touches, the enrollment that counts
-- (the latest covering the year), with what it is grouped by. The recount trigger, the first fill below
-- and YearSummary's set-wise recount all read it; a filter on person_id reaches the enrollment index.
CREATE VIEW person_year_due AS
SELECT person_id, year, id AS enrollment_id, funder_id, segment, kec AS kecamatan_code, occ AS occupation_code,
       fp AS full_package
FROM (
    SELECT e.person_id, y.year, e.id, e.funder_id, e.segment, ifnull(substr(p.region_code, 1, 8), '') AS kec,
           ifnull(p.occupation_code, '') AS occ,
           (instr(',' || e.programmes || ',', ',JKK,') > 0 AND instr(',' || e.programmes || ',', ',JKM,') > 0) AS fp,
           row_number() OVER (PARTITION BY e.person_id, y.year ORDER BY e.first_month DESC, e.id DESC) AS rn
    FROM enrollment e
    JOIN person p ON p.id = e.person_id AND p.is_demo = 0
    JOIN calendar_year y ON y.year BETWEEN CAST(substr(e.first_month, 1, 4) AS INTEGER)
        AND ifnull(CAST(substr(e.last_month, 1, 4) AS INTEGER),
                   max(CAST(substr(e.first_month, 1, 4) AS INTEGER), (SELECT horizon FROM summary_state)))
    WHERE e.deleted = 0
) WHERE rn = 1;

-- One person's years, recomputed after any change to their enrollments or to what is grouped by. The
-- changes only name the person (summary_dirty); one trigger recomputes from person_year_due.
CREATE TABLE summary_dirty (person_id INTEGER PRIMARY KEY);

CREATE TRIGGER summary_recount AFTER INSERT ON summary_dirty
BEGIN
    DELETE FROM person_year WHERE person_id = NEW.person_id;
    INSERT INTO person_year SELECT * FROM person_year_due WHERE person_id = NEW.person_id;
    DELETE FROM summary_dirty WHERE person_id = NEW.person_id;
END;

CREATE TRIGGER enrollment_added AFTER INSERT ON enrollment
WHEN (SELECT bulk FROM summary_state) = 0
BEGIN
    INSERT OR IGNORE INTO summary_dirty (person_id) VALUES (NEW.person_id);
END;

CREATE TRIGGER enrollment_changed AFTER UPDATE ON enrollment
WHEN (SELECT bulk FROM summary_state) = 0
BEGIN
    INSERT OR IGNORE INTO summary_dirty (person_id) SELECT OLD.person_id UNION SELECT NEW.person_id;
END;

CREATE TRIGGER enrollment_removed AFTER DELETE ON enrollment
WHEN (SELECT bulk FROM summary_state) = 0
BEGIN
    INSERT OR IGNORE INTO summary_dirty (person_id) VALUES (OLD.person_id);
END;

-- A person's region, occupation or demo mark changes what their years are grouped by.
CREATE TRIGGER person_regrouped AFTER UPDATE OF region_code, occupation_code, is_demo ON person
WHEN (SELECT bulk FROM summary_state) = 0
BEGIN
    INSERT OR IGNORE INTO summary_dirty (person_id) VALUES (NEW.id);
END;

-- What is already there (set-based: one pass).
INSERT INTO person_year SELECT * FROM person_year_due;

-- The register's default order (newest start first) and its "until" column read an index in order and
-- stop after a page, instead of sorting a million rows (the rowid is the index's last column); the
-- register shows enrollments not deleted, so that comes first, which also lets the total be counted
-- from the index.
CREATE INDEX enrollment_first ON enrollment (deleted, first_month);
CREATE INDEX enrollment_last ON enrollment (deleted, ifnull(last_month, '9999-12'));

-- enrollment_shape: enrollments (not deleted, no demo persons) counted by what sets their cost and by the
-- dashboard's filters, so a year's budget reads a few thousand rows. Kept by adding +1 / -1 through
-- upserts; a bulk writer adds its batch in one grouped statement instead (YearSummary).
CREATE TABLE enrollment_shape (
    funder_id       INTEGER NOT NULL,
    segment         TEXT NOT NULL,
    programmes      TEXT NOT NULL,
    income_rp       INTEGER NOT NULL,
    first_month     TEXT NOT NULL,
    last_month      TEXT NOT NULL,  -- '' when open-ended
    kecamatan_code  TEXT NOT NULL,
    occupation_code TEXT NOT NULL,
    n               INTEGER NOT NULL,
    PRIMARY KEY (funder_id, segment, programmes, income_rp, first_month, last_month, kecamatan_code, occupation_code)
);

CREATE TRIGGER enrollment_shape_added AFTER INSERT ON enrollment
WHEN (SELECT bulk FROM summary_state) = 0 AND NEW.deleted = 0
BEGIN
    INSERT INTO enrollment_shape
    SELECT NEW.funder_id, NEW.segment, NEW.programmes, ifnull(NEW.declared_income_rp, ${standard_income}), NEW.first_month,
           ifnull(NEW.last_month, ''), ifnull(substr(p.region_code, 1, 8), ''), ifnull(p.occupation_code, ''), 1
    FROM person p WHERE p.id = NEW.person_id AND p.is_demo = 0
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER enrollment_shape_removed AFTER DELETE ON enrollment
WHEN (SELECT bulk FROM summary_state) = 0 AND OLD.deleted = 0
BEGIN
    INSERT INTO enrollment_shape
    SELECT OLD.funder_id, OLD.segment, OLD.programmes, ifnull(OLD.declared_income_rp, ${standard_income}), OLD.first_month,
           ifnull(OLD.last_month, ''), ifnull(substr(p.region_code, 1, 8), ''), ifnull(p.occupation_code, ''), -1
    FROM person p WHERE p.id = OLD.person_id AND p.is_demo = 0
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER enrollment_shape_changed AFTER UPDATE ON enrollment
WHEN (SELECT bulk FROM summary_state) = 0
BEGIN
    INSERT INTO enrollment_shape
    SELECT OLD.funder_id, OLD.segment, OLD.programmes, ifnull(OLD.declared_income_rp, ${standard_income}), OLD.first_month,
           ifnull(OLD.last_month, ''), ifnull(substr(p.region_code, 1, 8), ''), ifnull(p.occupation_code, ''), -1
    FROM person p WHERE p.id = OLD.person_id AND p.is_demo = 0 AND OLD.deleted = 0
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO enrollment_shape
    SELECT NEW.funder_id, NEW.segment, NEW.programmes, ifnull(NEW.declared_income_rp, ${standard_income}), NEW.first_month,
           ifnull(NEW.last_month, ''), ifnull(substr(p.region_code, 1, 8), ''), ifnull(p.occupation_code, ''), 1
    FROM person p WHERE p.id = NEW.person_id AND p.is_demo = 0 AND NEW.deleted = 0
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER person_reshaped AFTER UPDATE OF region_code, occupation_code, is_demo ON person
WHEN (SELECT bulk FROM summary_state) = 0
BEGIN
    INSERT INTO enrollment_shape
    SELECT e.funder_id, e.segment, e.programmes, ifnull(e.declared_income_rp, ${standard_income}), e.first_month,
           ifnull(e.last_month, ''), ifnull(substr(OLD.region_code, 1, 8), ''), ifnull(OLD.occupation_code, ''), -count(*)
    FROM enrollment e WHERE e.person_id = OLD.id AND e.deleted = 0 AND OLD.is_demo = 0
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO enrollment_shape
    SELECT e.funder_id, e.segment, e.programmes, ifnull(e.declared_income_rp, ${standard_income}), e.first_month,
           ifnull(e.last_month, ''), ifnull(substr(NEW.region_code, 1, 8), ''), ifnull(NEW.occupation_code, ''), count(*)
    FROM enrollment e WHERE e.person_id = NEW.id AND e.deleted = 0 AND NEW.is_demo = 0
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

INSERT INTO enrollment_shape
SELECT e.funder_id, e.segment, e.programmes, ifnull(e.declared_income_rp, ${standard_income}), e.first_month,
       ifnull(e.last_month, ''), ifnull(substr(p.region_code, 1, 8), ''), ifnull(p.occupation_code, ''), count(*)
FROM enrollment e JOIN person p ON p.id = e.person_id
WHERE e.deleted = 0 AND p.is_demo = 0
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
