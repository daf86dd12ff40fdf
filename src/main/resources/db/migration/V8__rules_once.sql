-- Payung schema version 8: every rule written once, stored values checked.
-- * person.is_demo goes (the app never set it; no query leaves anyone out for it any more).
-- * An enrollment's programmes are facts the database can query: jkk, jkm, jht, jp (0/1), not the text
--   "JKK,JKM" read with instr. The cost caches keep the programmes as a label made by one expression
--   (SqlRules.programmeLabel in Java).
-- * Stored values get CHECKs: segment, sex, dates as ISO text (yyyy-MM-dd that is a real day), months as
--   yyyy-MM with a month 01–12, money ≥ 0, flags 0/1, end reasons from EndReason.
-- * Which enrollment counts for a person in a year is one view, counting_enrollment; the per-year summary
--   (person_year_due) is that view up to the horizon, and ParticipantStats' direct answers read the view.
--   A government funding that ended (government_ended) is one view, which person_transition_due and the
--   self-paying enrollments that continue it (continuation_due) read.
-- * summary_state.bulk may be 1 only inside a transaction: a deferred foreign key makes COMMIT fail while a
--   bulk writer has not finished (it would otherwise leave the summary's triggers off for good).
-- The placeholders (standard income, government funder types, programme label) are filled in by the Migrator from the Java constants.
-- The Migrator runs this with foreign_keys off (the tables are rebuilt) and checks them before committing.

-- 1. Everything that reads the tables being rebuilt goes first (re-created below).
DROP TRIGGER enrollment_added;
DROP TRIGGER enrollment_changed;
DROP TRIGGER enrollment_removed;
DROP TRIGGER enrollment_shape_added;
DROP TRIGGER enrollment_shape_removed;
DROP TRIGGER enrollment_shape_changed;
DROP TRIGGER person_regrouped;
DROP TRIGGER person_reshaped;
DROP TRIGGER summary_recount;
DROP TRIGGER transition_recount;
DROP TRIGGER person_year_counted;
DROP TRIGGER person_year_uncounted;
DROP VIEW continuation_due;
DROP VIEW person_transition_due;
DROP VIEW person_year_due;

-- 2. The tables, rebuilt with their checks.
CREATE TABLE person_v8 (
    id              INTEGER PRIMARY KEY,
    nik             TEXT NOT NULL UNIQUE CHECK (length(nik) = 16 AND nik NOT GLOB '*[^0-9]*'),
    full_name       TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
    sex             TEXT NOT NULL CHECK (sex IN ('L', 'P')),
    birth_place     TEXT,
    birth_date      TEXT NOT NULL CHECK (date(birth_date) IS birth_date),
    address         TEXT,
    region_code     TEXT REFERENCES region (code),  -- current place: that of the latest enrollment
    occupation_code TEXT REFERENCES occupation (code),
    phone           TEXT,
    kpj             TEXT,
    created_at      TEXT NOT NULL
);
INSERT INTO person_v8 (id, nik, full_name, sex, birth_place, birth_date, address, region_code, occupation_code, phone,
                       kpj, created_at)
SELECT id, nik, full_name, sex, birth_place, birth_date, address, region_code, occupation_code, phone, kpj, created_at
FROM person;
DROP TABLE person;
ALTER TABLE person_v8 RENAME TO person;
CREATE INDEX person_name ON person (full_name COLLATE NOCASE);
CREATE INDEX person_region ON person (region_code);

-- One covered period of a person with one funder. last_month is inclusive; NULL means open-ended.
CREATE TABLE enrollment_v8 (
    id                 INTEGER PRIMARY KEY,
    person_id          INTEGER NOT NULL REFERENCES person (id),
    funder_id          INTEGER NOT NULL REFERENCES funding_source (id),
    segment            TEXT NOT NULL CHECK (segment IN ('BPU', 'PU')),
    jkk                INTEGER NOT NULL CHECK (jkk IN (0, 1)),
    jkm                INTEGER NOT NULL CHECK (jkm IN (0, 1)),
    jht                INTEGER NOT NULL CHECK (jht IN (0, 1)),
    jp                 INTEGER NOT NULL CHECK (jp IN (0, 1)),
    declared_income_rp INTEGER CHECK (declared_income_rp >= 0),
    first_month        TEXT NOT NULL CHECK (date(first_month || '-01') IS first_month || '-01'),
    last_month         TEXT CHECK (last_month IS NULL OR date(last_month || '-01') IS last_month || '-01'),
    end_reason         TEXT CHECK (end_reason IN ('MOVED', 'DIED', 'BECAME_MANDIRI', 'REMOVED_FROM_DECREE',
                                                  'PERIOD_OVER', 'OTHER')),
    notes              TEXT,
    deleted            INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    batch_id           INTEGER REFERENCES import_batch (id),
    region_code        TEXT REFERENCES region (code),  -- the desa/kelurahan (or kecamatan) its list or form gave
    CHECK (last_month IS NULL OR last_month >= first_month)
);
INSERT INTO enrollment_v8 (id, person_id, funder_id, segment, jkk, jkm, jht, jp, declared_income_rp, first_month,
                           last_month, end_reason, notes, deleted, batch_id, region_code)
SELECT id, person_id, funder_id, segment,
       instr(',' || programmes || ',', ',JKK,') > 0, instr(',' || programmes || ',', ',JKM,') > 0,
       instr(',' || programmes || ',', ',JHT,') > 0, instr(',' || programmes || ',', ',JP,') > 0,
       declared_income_rp, first_month, last_month, end_reason, notes, deleted, batch_id, region_code
FROM enrollment;
DROP TABLE enrollment;
ALTER TABLE enrollment_v8 RENAME TO enrollment;
CREATE INDEX enrollment_person ON enrollment (person_id, first_month);
CREATE INDEX enrollment_period ON enrollment (first_month, last_month, funder_id, person_id);
CREATE INDEX enrollment_batch ON enrollment (batch_id);
CREATE INDEX enrollment_first ON enrollment (deleted, first_month);
CREATE INDEX enrollment_last ON enrollment (deleted, ifnull(last_month, '9999-12'));
CREATE INDEX enrollment_region ON enrollment (deleted, region_code);

CREATE TABLE event_v8 (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('AWARD', 'CARD_HANDOVER', 'BENEFIT_PAYOUT', 'REGULATION', 'OTHER')),
    event_date TEXT NOT NULL CHECK (date(event_date) IS event_date),
    title      TEXT NOT NULL,
    giver      TEXT,
    presenter  TEXT,
    recipient  TEXT,
    witnesses  TEXT,                             -- one per line
    place      TEXT,
    notes      TEXT,
    source     TEXT,
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    UNIQUE (event_date, title)
);
INSERT INTO event_v8 SELECT * FROM event;
DROP TABLE event;
ALTER TABLE event_v8 RENAME TO event;

CREATE TABLE benefit_claim_v8 (
    id            INTEGER PRIMARY KEY,
    paid_on       TEXT NOT NULL CHECK (date(paid_on) IS paid_on),
    programme     TEXT NOT NULL CHECK (programme IN ('JKK', 'JKM')),
    person_id     INTEGER REFERENCES person (id),      -- null when only a count is known
    beneficiaries INTEGER NOT NULL DEFAULT 1 CHECK (beneficiaries > 0),
    amount_rp     INTEGER NOT NULL CHECK (amount_rp >= 0),
    note          TEXT,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
INSERT INTO benefit_claim_v8 SELECT * FROM benefit_claim;
DROP TABLE benefit_claim;
ALTER TABLE benefit_claim_v8 RENAME TO benefit_claim;
CREATE INDEX benefit_claim_paid ON benefit_claim (paid_on);

-- The only value summary_state.bulk may have when a transaction commits.
CREATE TABLE summary_bulk_off (bulk INTEGER PRIMARY KEY CHECK (bulk = 0));
INSERT INTO summary_bulk_off (bulk) VALUES (0);
CREATE TABLE summary_state_v8 (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    horizon INTEGER NOT NULL CHECK (horizon BETWEEN 2000 AND 2100),
    -- 1 while a bulk writer recomputes at its end; COMMIT fails while it is 1 (the foreign key is deferred).
    bulk    INTEGER NOT NULL DEFAULT 0 CHECK (bulk IN (0, 1))
            REFERENCES summary_bulk_off (bulk) DEFERRABLE INITIALLY DEFERRED
);
INSERT INTO summary_state_v8 (id, horizon, bulk) SELECT id, horizon, 0 FROM summary_state;
DROP TABLE summary_state;
ALTER TABLE summary_state_v8 RENAME TO summary_state;

-- 3. The rules, once each.

-- Which enrollment counts for a person in a year: of their enrollments (not deleted) covering any month of
-- it, the one that starts last (ties: the later id), with what it is grouped by: its own kecamatan (of its
-- region code, "53.10.01.2001" → "53.10.01": SqlRules.kecamatan), the person's occupation ('' when unknown) and whether
-- it has both JKK and JKM (the UCJ numerator). Open-ended enrollments reach the calendar's end; the summary
-- keeps the years up to its horizon. A filter on person_id or year reaches inside (both are the window's
-- partition): a person's rows through the enrollment index, a year's through one calendar row per enrollment.
CREATE VIEW counting_enrollment AS
SELECT person_id, year, id AS enrollment_id, funder_id, segment, kec AS kecamatan_code, occ AS occupation_code,
       fp AS full_package
FROM (
    SELECT e.person_id, y.year, e.id, e.funder_id, e.segment, ifnull(${kecamatan:e}, '') AS kec,
           ifnull(p.occupation_code, '') AS occ, e.jkk * e.jkm AS fp,
           row_number() OVER (PARTITION BY e.person_id, y.year ORDER BY e.first_month DESC, e.id DESC) AS rn
    FROM enrollment e
    JOIN person p ON p.id = e.person_id
    JOIN calendar_year y ON y.year BETWEEN CAST(substr(e.first_month, 1, 4) AS INTEGER)
        AND ifnull(CAST(substr(e.last_month, 1, 4) AS INTEGER), 2100)
    WHERE e.deleted = 0
) WHERE rn = 1;

-- The per-year summary's rows: the rule above, up to the horizon.
CREATE VIEW person_year_due AS
SELECT * FROM counting_enrollment WHERE year <= (SELECT horizon FROM summary_state);

-- Persons whose government funding has ended: they have government-paid enrollments (not deleted) and
-- every one has a last month; `ended` is the latest. Person by person (a filter on person_id reaches the
-- person's rowid and the enrollment index); `+deleted` keeps the planner on the person's index.
CREATE VIEW government_ended AS
SELECT person_id, ended FROM (
    SELECT p.id AS person_id,
           (SELECT max(e.last_month) FROM enrollment e JOIN funding_source f ON f.id = e.funder_id
            WHERE e.person_id = p.id AND +e.deleted = 0 AND f.type IN ${government_types}) AS ended,
           EXISTS (SELECT 1 FROM enrollment e JOIN funding_source f ON f.id = e.funder_id
                   WHERE e.person_id = p.id AND +e.deleted = 0 AND e.last_month IS NULL
                     AND f.type IN ${government_types}) AS still_open
    FROM person p
) WHERE ended IS NOT NULL AND still_open = 0;

-- The self-paying enrollments that continue an ended government funding (reach past its last month).
CREATE VIEW continuation_due AS
SELECT m.id AS enrollment_id, m.person_id, g.ended, m.segment, ${programme_label:m} AS programmes,
       ifnull(m.declared_income_rp, ${standard_income}) AS income_rp, m.first_month, m.last_month, p.occupation_code
FROM government_ended g
JOIN enrollment m ON m.person_id = g.person_id AND +m.deleted = 0 AND (m.last_month IS NULL OR m.last_month > g.ended)
JOIN funding_source f ON f.id = m.funder_id AND f.type = 'MANDIRI'
JOIN person p ON p.id = m.person_id;

-- The same condition as continuation_due's, asked of the person's enrollments directly: through that view
-- it would derive `ended` a second time per person (import recount and report 2-5 times slower).
CREATE VIEW person_transition_due AS
SELECT g.person_id, g.ended,
       EXISTS (SELECT 1 FROM enrollment m JOIN funding_source f ON f.id = m.funder_id
               WHERE m.person_id = g.person_id AND +m.deleted = 0 AND f.type = 'MANDIRI'
                 AND (m.last_month IS NULL OR m.last_month > g.ended)) AS continued
FROM government_ended g;

-- 4. Everything derived, recomputed from the rules (the same counts unless a demo person was marked).
DELETE FROM person_year;
DELETE FROM year_count;
INSERT INTO person_year SELECT * FROM person_year_due;
INSERT INTO year_count (year, funder_id, segment, kecamatan_code, occupation_code, full_package, n)
SELECT year, funder_id, segment, kecamatan_code, occupation_code, full_package, count(*)
FROM person_year GROUP BY 1, 2, 3, 4, 5, 6;
DELETE FROM continuation;
DELETE FROM person_transition;
INSERT INTO person_transition SELECT * FROM person_transition_due;
INSERT INTO continuation SELECT * FROM continuation_due;
DELETE FROM enrollment_shape;
INSERT INTO enrollment_shape
SELECT e.funder_id, e.segment, ${programme_label:e}, ifnull(e.declared_income_rp, ${standard_income}), e.first_month,
       ifnull(e.last_month, ''), ifnull(${kecamatan:e}, ''), ifnull(p.occupation_code, ''), count(*)
FROM enrollment e JOIN person p ON p.id = e.person_id
WHERE e.deleted = 0
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;

-- 5. The summary's maintenance (listed in Java where the writes happen: YearSummary.TRIGGERS).
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

CREATE TRIGGER summary_recount AFTER INSERT ON summary_dirty
BEGIN
    DELETE FROM person_year WHERE person_id = NEW.person_id;
    INSERT INTO person_year SELECT * FROM person_year_due WHERE person_id = NEW.person_id;
    DELETE FROM continuation WHERE person_id = NEW.person_id;
    DELETE FROM person_transition WHERE person_id = NEW.person_id;
    INSERT INTO person_transition SELECT * FROM person_transition_due WHERE person_id = NEW.person_id;
    INSERT INTO continuation SELECT * FROM continuation_due WHERE person_id = NEW.person_id;
    DELETE FROM summary_dirty WHERE person_id = NEW.person_id;
END;

CREATE TRIGGER enrollment_added AFTER INSERT ON enrollment
WHEN (SELECT bulk FROM summary_state) = 0
BEGIN
    INSERT OR IGNORE INTO summary_dirty (person_id) VALUES (NEW.person_id);
    INSERT INTO enrollment_shape
    SELECT NEW.funder_id, NEW.segment, ${programme_label:NEW}, ifnull(NEW.declared_income_rp, ${standard_income}),
           NEW.first_month, ifnull(NEW.last_month, ''), ifnull(${kecamatan:NEW}, ''),
           ifnull(p.occupation_code, ''), 1
    FROM person p WHERE p.id = NEW.person_id AND NEW.deleted = 0
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER enrollment_changed AFTER UPDATE ON enrollment
WHEN (SELECT bulk FROM summary_state) = 0
BEGIN
    INSERT OR IGNORE INTO summary_dirty (person_id) SELECT OLD.person_id UNION SELECT NEW.person_id;
    INSERT INTO enrollment_shape
    SELECT OLD.funder_id, OLD.segment, ${programme_label:OLD}, ifnull(OLD.declared_income_rp, ${standard_income}),
           OLD.first_month, ifnull(OLD.last_month, ''), ifnull(${kecamatan:OLD}, ''),
           ifnull(p.occupation_code, ''), -1
    FROM person p WHERE p.id = OLD.person_id AND OLD.deleted = 0
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO enrollment_shape
    SELECT NEW.funder_id, NEW.segment, ${programme_label:NEW}, ifnull(NEW.declared_income_rp, ${standard_income}),
           NEW.first_month, ifnull(NEW.last_month, ''), ifnull(${kecamatan:NEW}, ''),
           ifnull(p.occupation_code, ''), 1
    FROM person p WHERE p.id = NEW.person_id AND NEW.deleted = 0
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER enrollment_removed AFTER DELETE ON enrollment
WHEN (SELECT bulk FROM summary_state) = 0
BEGIN
    INSERT OR IGNORE INTO summary_dirty (person_id) VALUES (OLD.person_id);
    INSERT INTO enrollment_shape
    SELECT OLD.funder_id, OLD.segment, ${programme_label:OLD}, ifnull(OLD.declared_income_rp, ${standard_income}),
           OLD.first_month, ifnull(OLD.last_month, ''), ifnull(${kecamatan:OLD}, ''),
           ifnull(p.occupation_code, ''), -1
    FROM person p WHERE p.id = OLD.person_id AND OLD.deleted = 0
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

-- A person's occupation changes what their years and cost shapes are grouped by (their current place does
-- not: each enrollment keeps its own).
CREATE TRIGGER person_regrouped AFTER UPDATE OF occupation_code ON person
WHEN (SELECT bulk FROM summary_state) = 0
BEGIN
    INSERT OR IGNORE INTO summary_dirty (person_id) VALUES (NEW.id);
    INSERT INTO enrollment_shape
    SELECT e.funder_id, e.segment, ${programme_label:e}, ifnull(e.declared_income_rp, ${standard_income}), e.first_month,
           ifnull(e.last_month, ''), ifnull(${kecamatan:e}, ''), ifnull(OLD.occupation_code, ''), -count(*)
    FROM enrollment e WHERE e.person_id = OLD.id AND e.deleted = 0
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
    INSERT INTO enrollment_shape
    SELECT e.funder_id, e.segment, ${programme_label:e}, ifnull(e.declared_income_rp, ${standard_income}), e.first_month,
           ifnull(e.last_month, ''), ifnull(${kecamatan:e}, ''), ifnull(NEW.occupation_code, ''), count(*)
    FROM enrollment e WHERE e.person_id = NEW.id AND e.deleted = 0
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

