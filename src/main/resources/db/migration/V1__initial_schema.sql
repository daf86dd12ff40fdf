-- Payung schema version 1.
-- Dates are ISO text (yyyy-MM-dd), months yyyy-MM (they sort as text), money whole rupiah (INTEGER).

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Kemendagri regions: 53 (province), 53.10 (regency), 53.10.01 (kecamatan), 53.10.01.2001 (desa/kelurahan).
CREATE TABLE region (
    code        TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    level       TEXT NOT NULL CHECK (level IN ('PROVINCE', 'REGENCY', 'KECAMATAN', 'DESA', 'KELURAHAN')),
    parent_code TEXT REFERENCES region (code)
);
CREATE INDEX region_parent ON region (parent_code);

CREATE TABLE funding_source (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    type        TEXT NOT NULL CHECK (type IN ('APBD_PROVINSI', 'APBD_KABUPATEN', 'APBDES', 'APBN', 'CSR', 'MANDIRI', 'OTHER')),
    region_code TEXT REFERENCES region (code),
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    notes       TEXT
);

-- A funder's planned headcount and budget ceiling for a year.
CREATE TABLE funding_budget (
    funder_id  INTEGER NOT NULL REFERENCES funding_source (id),
    year       INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    quota      INTEGER CHECK (quota >= 0),
    ceiling_rp INTEGER CHECK (ceiling_rp >= 0),
    PRIMARY KEY (funder_id, year)
);

CREATE TABLE occupation (
    code   TEXT PRIMARY KEY,
    name   TEXT NOT NULL,
    sector TEXT NOT NULL CHECK (sector IN ('TRANSPORT', 'OTHER'))
);

CREATE TABLE person (
    id              INTEGER PRIMARY KEY,
    nik             TEXT NOT NULL UNIQUE CHECK (length(nik) = 16 AND nik NOT GLOB '*[^0-9]*'),
    full_name       TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
    sex             TEXT NOT NULL CHECK (sex IN ('L', 'P')),
    birth_place     TEXT,
    birth_date      TEXT NOT NULL,
    address         TEXT,
    region_code     TEXT REFERENCES region (code),  -- desa/kelurahan, or kecamatan when the village is unknown
    occupation_code TEXT REFERENCES occupation (code),
    phone           TEXT,
    kpj             TEXT,
    is_demo         INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
    created_at      TEXT NOT NULL
);
CREATE INDEX person_name ON person (full_name COLLATE NOCASE);
CREATE INDEX person_region ON person (region_code);

-- One covered period of a person with one funder. last_month is inclusive; NULL means open-ended.
CREATE TABLE enrollment (
    id                 INTEGER PRIMARY KEY,
    person_id          INTEGER NOT NULL REFERENCES person (id),
    funder_id          INTEGER NOT NULL REFERENCES funding_source (id),
    segment            TEXT NOT NULL CHECK (segment IN ('BPU', 'PU')),
    programmes         TEXT NOT NULL,            -- comma list of JKK, JKM, JHT
    declared_income_rp INTEGER CHECK (declared_income_rp >= 0),
    first_month        TEXT NOT NULL,
    last_month         TEXT,
    end_reason         TEXT,
    notes              TEXT,
    deleted            INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    CHECK (last_month IS NULL OR last_month >= first_month)
);
CREATE INDEX enrollment_person ON enrollment (person_id, first_month);
CREATE INDEX enrollment_period ON enrollment (first_month, last_month, funder_id, person_id);

-- Aggregate headcounts for when the office has numbers but no names.
CREATE TABLE cohort (
    id              INTEGER PRIMARY KEY,
    funder_id       INTEGER NOT NULL REFERENCES funding_source (id),
    year            INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    segment         TEXT NOT NULL DEFAULT 'BPU' CHECK (segment IN ('BPU', 'PU')),
    kecamatan_code  TEXT REFERENCES region (code),
    occupation_code TEXT REFERENCES occupation (code),
    participants    INTEGER NOT NULL CHECK (participants >= 0),
    source          TEXT
);
CREATE UNIQUE INDEX cohort_key ON cohort (funder_id, year, segment, ifnull(kecamatan_code, ''), ifnull(occupation_code, ''));

-- Dated contribution rules; empty funder_types / sectors mean "any".
CREATE TABLE rate_rule (
    id           INTEGER PRIMARY KEY,
    code         TEXT NOT NULL UNIQUE,
    funder_types TEXT NOT NULL DEFAULT '',
    segment      TEXT NOT NULL CHECK (segment IN ('BPU', 'PU')),
    sectors      TEXT NOT NULL DEFAULT '',
    programme    TEXT NOT NULL CHECK (programme IN ('JKK', 'JKM', 'JHT', 'JP')),
    kind         TEXT NOT NULL CHECK (kind IN ('AMOUNT', 'PERCENT', 'DISCOUNT_PERCENT')),
    amount_rp    INTEGER,
    percent      TEXT,                           -- decimal as text, exact (e.g. '0.24')
    valid_from   TEXT NOT NULL,
    valid_to     TEXT,
    legal_basis  TEXT,
    note         TEXT,
    CHECK ((kind = 'AMOUNT') = (amount_rp IS NOT NULL)),
    CHECK ((kind <> 'AMOUNT') = (percent IS NOT NULL))
);

CREATE TABLE event (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('AWARD', 'CARD_HANDOVER', 'BENEFIT_PAYOUT', 'REGULATION', 'OTHER')),
    event_date TEXT NOT NULL,
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

-- Append-only: every change is written here in the same transaction as the change itself.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   TEXT,
    before_json TEXT,
    after_json  TEXT
);
CREATE INDEX audit_entity ON audit_log (entity, entity_id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
