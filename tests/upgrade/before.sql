-- Run with the previous release installed: protected data of every kind
-- that release could write. Each value is a function of the row id, so
-- after.sql can check every one after the upgrade.
CREATE EXTENSION pg_phi;
SELECT extversion AS installed FROM pg_extension WHERE extname = 'pg_phi' \gset
\echo installed pg_phi :installed

SELECT phi.add_pattern('acme_mrn', 'mrn', 'ACME-[0-9]{6}', '{}', 0.9);
SELECT phi.add_data_class('lab_result', 'laboratory values', 'high');

CREATE FUNCTION pg_temp.ssn(i int) RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT lpad((i % 900 + 100)::text, 3, '0') || '-' || lpad((i % 90 + 10)::text, 2, '0') || '-' || lpad(i::text, 4, '0') $$;

CREATE TABLE patients (id int PRIMARY KEY, mrn text NOT NULL, ssn text, dob text, lab text, note text);
INSERT INTO patients
SELECT i, 'MRN' || lpad(i::text, 6, '0'), pg_temp.ssn(i),
       (date '1930-01-01' + i * 17)::text, 'HbA1c ' || (i % 50) / 10.0 || '%', 'visit ' || i
FROM generate_series(1, 500) i;
-- subject column, blind index, a class the DBA added
CALL phi.protect_column('patients', 'ssn', 'ssn', 'mrn', true);
CALL phi.protect_column('patients', 'dob', 'dob', 'mrn');
CALL phi.protect_column('patients', 'lab', 'lab_result');

-- a second data key version, and rows sealed under it through the trigger
CALL phi.rotate_key();
INSERT INTO patients
SELECT i, 'MRN' || lpad(i::text, 6, '0'), pg_temp.ssn(i),
       (date '1930-01-01' + i * 17)::text, 'HbA1c ' || (i % 50) / 10.0 || '%', 'visit ' || i
FROM generate_series(501, 600) i;

-- values sealed by phi.encrypt, with and without a subject, in a column
-- nobody protected
CREATE TABLE loose (id int PRIMARY KEY, v phi.encrypted_text);
INSERT INTO loose SELECT i, phi.encrypt('note ' || i, 'note', CASE WHEN i % 2 = 0 THEN 'MRN' || lpad(i::text, 6, '0') END)
FROM generate_series(1, 50) i;

-- keyed values the upgrade must keep stable
CREATE TABLE expected AS
SELECT phi.blind_index('123-45-6789', 'ssn') AS bidx,
       phi.redact('SSN 123-45-6789 for Jane Doe', 'pseudonym') AS pseudonym;

SELECT key_id, version, state FROM phi.keys ORDER BY 1, 2;
SELECT count(*) AS protected_rows FROM patients;

-- a role that built on a function this upgrade removes: the upgrade must
-- say which object is in the way, and change nothing
CREATE ROLE upgrade_squatter;
CREATE SCHEMA upgrade_squatter AUTHORIZATION upgrade_squatter;
SET ROLE upgrade_squatter;
CREATE VIEW upgrade_squatter.pin AS SELECT phi._blind_index_of(NULL::phi.encrypted_text, 'ssn') AS b;
RESET ROLE;
