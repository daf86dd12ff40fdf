-- Payung on PostgreSQL, version 12: the audit trail (the Jejak audit screen, payung export audit) searched by days.
-- Ordered by id, a search for a day two years back read the log backwards until it reached that day: 0,7-0,9 s at
-- 2 million entries (docs/PERFORMANCE.md, "Audit trail search"). AuditLog reads a search by days in the order of
-- (at, id) instead, from this index.
CREATE INDEX audit_at ON audit_log (at, id);
