-- Payung on PostgreSQL, version 14: the settings of a province's own office (Dinas … Provinsi), which heads the
-- reports its provincial readers print. meta holds one regency's office per row (a regency clerk's Pengaturan);
-- a province has no regency, and its readers write nothing, so the owner keeps these rows
-- (payung server province-settings) and every login reads them: the name of an office, its town and who signs
-- for it are printed on every paper it sends, nothing to hide. Keys as meta's (ReferenceService.settings).
CREATE TABLE province_setting (
    province_code text COLLATE "C" NOT NULL CHECK (province_code ~ '^[0-9]{2}$'),
    key           text COLLATE "C" NOT NULL CHECK (key IN ('office_name', 'office_place', 'office_address',
                                                          'head_name', 'head_title', 'head_nip')),
    value         text COLLATE "C" NOT NULL,
    PRIMARY KEY (province_code, key)
);

DO $province$
BEGIN
    EXECUTE format('GRANT SELECT ON province_setting TO %I, %I', payung_group_role('clerk'),
                   payung_group_role('province'));
END
$province$;
