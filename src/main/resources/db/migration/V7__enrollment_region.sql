-- Payung schema version 7: where a person lived is a fact of each enrollment (the list or form it came
-- from), not one field of the person that a later list overwrites. enrollment.region_code is the desa or
-- kelurahan (or the kecamatan when the village is unknown) that the enrollment's list or form gave;
-- person.region_code stays as the person's current place (that of their latest enrollment), which the
-- form shows. The per-year summary (v3) and the cost shapes count each enrollment where it was made, so a
-- later list with another desa leaves the earlier years' counts and annexes where they were.

ALTER TABLE enrollment ADD COLUMN region_code TEXT REFERENCES region (code);

-- The register's region filter (a range of codes: a kecamatan and its desa) and its count read this index
-- instead of every enrollment; "deleted" first, as the register asks for enrollments not deleted, so the
-- range is used with or without statistics.
CREATE INDEX enrollment_region ON enrollment (deleted, region_code);

-- Every enrollment so far gets the place its person has: the only place that was kept. The counts do not
-- change (they were taken from the same place), so the per-person triggers stay off for the update.
UPDATE summary_state SET bulk = 1;
UPDATE enrollment SET region_code = (SELECT p.region_code FROM person p WHERE p.id = enrollment.person_id);
UPDATE summary_state SET bulk = 0;

-- The rule of v3, counting each person's year under the place of the enrollment that counts for it.
DROP VIEW person_year_due;
CREATE VIEW person_year_due AS
SELECT person_id, year, id AS enrollment_id, funder_id, segment, kec AS kecamatan_code, occ AS occupation_code,
       fp AS full_package
FROM (
    SELECT e.person_id, y.year, e.id, e.funder_id, e.segment, ifnull(substr(e.region_code, 1, 8), '') AS kec,
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

-- A person's current place no longer regroups their years: only occupation and the demo mark do.
DROP TRIGGER person_regrouped;
CREATE TRIGGER person_regrouped AFTER UPDATE OF occupation_code, is_demo ON person
WHEN (SELECT bulk FROM summary_state) = 0
BEGIN
    INSERT OR IGNORE INTO summary_dirty (person_id) VALUES (NEW.id);
END;

-- The cost shapes (v3) by the enrollment's own place.
DROP TRIGGER enrollment_shape_added;
DROP TRIGGER enrollment_shape_removed;
DROP TRIGGER enrollment_shape_changed;
DROP TRIGGER person_reshaped;

CREATE TRIGGER enrollment_shape_added AFTER INSERT ON enrollment
WHEN (SELECT bulk FROM summary_state) = 0 AND NEW.deleted = 0
BEGIN
    INSERT INTO enrollment_shape
    SELECT NEW.funder_id, NEW.segment, NEW.programmes, ifnull(NEW.declared_income_rp, ${standard_income}), NEW.first_month,
           ifnull(NEW.last_month, ''), ifnull(substr(NEW.region_code, 1, 8), ''), ifnull(p.occupation_code, ''), 1
    FROM person p WHERE p.id = NEW.person_id AND p.is_demo = 0
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER enrollment_shape_removed AFTER DELETE ON enrollment
WHEN (SELECT bulk FROM summary_state) = 0 AND OLD.deleted = 0
BEGIN
    INSERT INTO enrollment_shape
    SELECT OLD.funder_id, OLD.segment, OLD.programmes, ifnull(OLD.declared_income_rp, ${standard_income}), OLD.first_month,
           ifnull(OLD.last_month, ''), ifnull(substr(OLD.region_code, 1, 8), ''), ifnull(p.occupation_code, ''), -1
    FROM person p WHERE p.id = OLD.person_id AND p.is_demo = 0
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER enrollment_shape_changed AFTER UPDATE ON enrollment
WHEN (SELECT bulk FROM summary_state) = 0
BEGIN
    INSERT INTO enrollment_shape
    SELECT OLD.funder_id, OLD.segment, OLD.programmes, ifnull(OLD.declared_income_rp, ${standard_income}), OLD.first_month,
           ifnull(OLD.last_month, ''), ifnull(substr(OLD.region_code, 1, 8), ''), ifnull(p.occupation_code, ''), -1
    FROM person p WHERE p.id = OLD.person_id AND p.is_demo = 0 AND OLD.deleted = 0
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO enrollment_shape
    SELECT NEW.funder_id, NEW.segment, NEW.programmes, ifnull(NEW.declared_income_rp, ${standard_income}), NEW.first_month,
           ifnull(NEW.last_month, ''), ifnull(substr(NEW.region_code, 1, 8), ''), ifnull(p.occupation_code, ''), 1
    FROM person p WHERE p.id = NEW.person_id AND p.is_demo = 0 AND NEW.deleted = 0
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER person_reshaped AFTER UPDATE OF occupation_code, is_demo ON person
WHEN (SELECT bulk FROM summary_state) = 0
BEGIN
    INSERT INTO enrollment_shape
    SELECT e.funder_id, e.segment, e.programmes, ifnull(e.declared_income_rp, ${standard_income}), e.first_month,
           ifnull(e.last_month, ''), ifnull(substr(e.region_code, 1, 8), ''), ifnull(OLD.occupation_code, ''), -count(*)
    FROM enrollment e WHERE e.person_id = OLD.id AND e.deleted = 0 AND OLD.is_demo = 0
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO enrollment_shape
    SELECT e.funder_id, e.segment, e.programmes, ifnull(e.declared_income_rp, ${standard_income}), e.first_month,
           ifnull(e.last_month, ''), ifnull(substr(e.region_code, 1, 8), ''), ifnull(NEW.occupation_code, ''), count(*)
    FROM enrollment e WHERE e.person_id = NEW.id AND e.deleted = 0 AND NEW.is_demo = 0
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

-- The shapes refilled from the enrollments' places (the same counts; this is the copy of the shape columns
-- that CostShape.SHAPE_COLUMNS must equal).
DELETE FROM enrollment_shape;
INSERT INTO enrollment_shape
SELECT e.funder_id, e.segment, e.programmes, ifnull(e.declared_income_rp, ${standard_income}), e.first_month,
       ifnull(e.last_month, ''), ifnull(substr(e.region_code, 1, 8), ''), ifnull(p.occupation_code, ''), count(*)
FROM enrollment e JOIN person p ON p.id = e.person_id
WHERE e.deleted = 0 AND p.is_demo = 0
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
