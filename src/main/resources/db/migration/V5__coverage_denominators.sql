-- Payung schema version 5: the denominators of the UCJ coverage (Universal Coverage Jamsostek).
-- The office enters how many informal (BPU) workers live in each kecamatan in a year; coverage is the
-- protected BPU workers (JKK+JKM) there ÷ this number × 100. No row means "not entered" (shown as "—").

CREATE TABLE coverage_denominator (
    year             INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    kecamatan_code   TEXT NOT NULL REFERENCES region (code),
    informal_workers INTEGER NOT NULL CHECK (informal_workers > 0),
    PRIMARY KEY (year, kecamatan_code)
);
