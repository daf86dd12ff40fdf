-- Payung on PostgreSQL, version 11: a clerk adds and edits the funding sources of their own regency.
--
-- Until now funding_source was reference data only the owner wrote, by hand: a company starting to pay for a
-- regency's workers, or a village's own budget, could not be named in a list or on the form. Now a clerk may add a
-- source whose region lies in their regency (the regency itself, or a kecamatan, desa or kelurahan of it) and
-- rename it, change its notes or stop offering it, through Payung (FundingService, audited); the provincial and
-- national budgets, the self-paying source and what another regency added stay as they are for that clerk. The
-- code, kind and region of a source never change once added (column grants; V10 keeps it from being deleted or
-- re-keyed). Everyone still reads every source: lists name them province-wide.
CREATE FUNCTION payung_in_login_regency(code text) RETURNS boolean LANGUAGE sql STABLE
    AS $$ SELECT code = r OR starts_with(code, r || '.') FROM (SELECT payung_login_regency() AS r) AS login $$;

DO $funders$
DECLARE
    clerk text := payung_group_role('clerk');
BEGIN
    EXECUTE format('ALTER FUNCTION payung_in_login_regency(text) SET search_path = %I, pg_temp', current_schema());
    -- ENABLE, not FORCE: the owner (server init, import-file, by hand) is not held by these policies.
    ALTER TABLE funding_source ENABLE ROW LEVEL SECURITY;
    CREATE POLICY everyone_reads ON funding_source FOR SELECT USING (true);
    EXECUTE format('GRANT INSERT (code, name, type, region_code, active, notes) ON funding_source TO %I', clerk);
    EXECUTE format('GRANT UPDATE (name, notes, active) ON funding_source TO %I', clerk);
    -- The kinds a regency has of its own: its budget (named by the regency itself), a village's budget, a
    -- company, another payer; never the province's or the nation's budget, nor a second self-paying source.
    EXECUTE format('CREATE POLICY clerk_adds ON funding_source FOR INSERT TO %I'
            || ' WITH CHECK (payung_in_login_regency(region_code)'
            || ' AND type IN (''APBD_KABUPATEN'', ''APBDES'', ''CSR'', ''OTHER'')'
            || ' AND (type <> ''APBD_KABUPATEN'' OR region_code = payung_login_regency()))', clerk);
    EXECUTE format('CREATE POLICY clerk_edits ON funding_source FOR UPDATE TO %I'
            || ' USING (payung_in_login_regency(region_code)) WITH CHECK (payung_in_login_regency(region_code))', clerk);
END
$funders$;
