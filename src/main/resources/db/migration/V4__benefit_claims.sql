-- Payung schema version 4: benefits BPJS Ketenagakerjaan paid out (JKK work-accident, JKM death), for the
-- award-readiness summary. One row is one payout: to one named participant's heirs, or a number of them at once.

CREATE TABLE benefit_claim (
    id            INTEGER PRIMARY KEY,
    paid_on       TEXT NOT NULL,                       -- yyyy-MM-dd
    programme     TEXT NOT NULL CHECK (programme IN ('JKK', 'JKM')),
    person_id     INTEGER REFERENCES person (id),      -- null when only a count is known
    beneficiaries INTEGER NOT NULL DEFAULT 1 CHECK (beneficiaries > 0),
    amount_rp     INTEGER NOT NULL CHECK (amount_rp >= 0),
    note          TEXT,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX benefit_claim_paid ON benefit_claim (paid_on);
