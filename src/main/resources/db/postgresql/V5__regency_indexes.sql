-- Payung on PostgreSQL, version 5: a clerk's dashboard reads its regency's rows of the summary by an index.
-- year_count's key begins with the year, so a clerk's read (row-level security adds regency_code = the login's)
-- scanned every regency's rows of the table: at 22 regencies that is 21 parts of 22 read for nothing, on every
-- read the dashboard makes (docs/PERFORMANCE.md, "Province scale on a server"). A provincial reader reads every
-- regency of its province, which on a province's server is the whole table: the year in the key serves it.
CREATE INDEX year_count_regency ON year_count (regency_code, year);
CREATE INDEX enrollment_shape_regency ON enrollment_shape (regency_code, first_month);
