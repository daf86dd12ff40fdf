-- Payung on PostgreSQL, version 13: the audit trail's kinds taken by what was done (AuditTopic.PRIVACY, DELETIONS)
-- searched by the entries' action. Deletions are rare, so a search for them read the log backwards by id to its
-- first entry to fill a page: 0,9-1,1 s at 2 million entries (load 10), 0,3-38 ms from this index
-- (docs/PERFORMANCE.md, "Audit trail search"). The action alone, not (action, id): its repeated values are kept
-- once each (13 MB at 2 million entries; 61 MB with the id), and the few entries it finds are sorted by id after.
-- Which actions make which kind is AuditTopic's rule; this index names none of them.
CREATE INDEX audit_action ON audit_log (action);
