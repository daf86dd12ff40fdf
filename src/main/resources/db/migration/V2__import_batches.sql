-- Payung schema version 2: imports arrive as batches that can be listed and undone as a whole.

CREATE TABLE import_batch (
    id             INTEGER PRIMARY KEY,
    file_name      TEXT NOT NULL,
    file_sha256    TEXT NOT NULL,
    imported_at    TEXT NOT NULL,
    actor          TEXT NOT NULL,
    rows_read      INTEGER NOT NULL,
    rows_imported  INTEGER NOT NULL,
    rows_duplicate INTEGER NOT NULL,
    rows_rejected  INTEGER NOT NULL,
    undone_at      TEXT
);

ALTER TABLE enrollment ADD COLUMN batch_id INTEGER REFERENCES import_batch (id);
CREATE INDEX enrollment_batch ON enrollment (batch_id);
