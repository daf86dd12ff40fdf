-- Payung server schema version 16: region names as the Kepmendagri list writes them (trial 20a). The shipped list
-- (seeds/kepmendagri-2025-wilayah.csv.gz) was converted from cahyadsn/wilayah's db/wilayah.sql, which escapes an
-- apostrophe as '' in its SQL strings, and kept the doubling: 437 desa read "Golo Ru''u", "Oh''aem". The seed is
-- fixed; a database made from the old one gets its names repaired here. No name of the list has two apostrophes
-- side by side, so every '' is one '. Data only: the schema is that of version 15 (the region list is the server's, one for every regency).
UPDATE region SET name = replace(name, '''''', '''') WHERE name LIKE '%''''%';
