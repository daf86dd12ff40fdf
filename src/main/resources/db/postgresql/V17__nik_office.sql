-- Payung on PostgreSQL, version 17: which regency's office registered a NIK, for a clerk of another (trial 24b M1).
--
-- A person is one per NIK province-wide and belongs to the office that registered them; row-level security hides
-- them from every other regency's clerk, whose save of that NIK the unique key refuses. The clerk was first asked
-- whether to save a NIK of another regency and then refused, without a word of which office holds it. This function
-- gives, for a NIK typed in full (the clerk holds the KTP), the regency code of the office that registered it, and
-- nothing more: no name, no period, no enrollment of theirs (those stay the office's: the clerk is told whom to ask).
CREATE FUNCTION payung_nik_regency(typed text) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT p.regency_code FROM person p WHERE p.nik = typed
$$;

DO $paths$
BEGIN
    EXECUTE format('ALTER FUNCTION payung_nik_regency(text) SET search_path = %I, pg_temp', current_schema());
    REVOKE ALL ON FUNCTION payung_nik_regency(text) FROM PUBLIC;
    EXECUTE format('GRANT EXECUTE ON FUNCTION payung_nik_regency(text) TO %I, %I', payung_group_role('clerk'),
                   payung_group_role('province'));
END
$paths$;
