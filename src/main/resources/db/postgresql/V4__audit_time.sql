-- Payung on PostgreSQL, version 4: the "when" of an audit row is the server's, as its "who" is (V1's
-- payung_stamp_actor). Payung itself writes the server's time (AuditLog.record on a server); this makes it a
-- rule of the database, so a clerk writing to the audit log by hand (psql) cannot date a change either. Only
-- the tables' owner keeps the time it writes: payung server import-file brings an office's history with its
-- own dates. The text is written as Java writes an Instant (ISO-8601, UTC, microseconds), so it orders and
-- parses as every other row's.
CREATE FUNCTION payung_stamp_time() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT pg_has_role(current_user, (SELECT c.relowner FROM pg_class c WHERE c.oid = TG_RELID), 'MEMBER') THEN
        NEW.at := to_char(statement_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"');
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER audit_log_when BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION payung_stamp_time();

-- As V2 and V3: the new function finds its tables in the schema first and temporary tables last.
DO $path$
BEGIN
    EXECUTE format('ALTER FUNCTION payung_stamp_time() SET search_path = %I, pg_temp', current_schema());
END
$path$;
