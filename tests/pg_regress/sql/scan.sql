-- phi.scan_table / phi.scan_schema: find the PHI columns of a schema.
CREATE SCHEMA clinic;
CREATE TABLE clinic.patients (
    id          serial PRIMARY KEY,
    full_name   text,
    ssn         text,
    dob         date,
    email_addr  text,
    notes       text,
    created_at  timestamptz DEFAULT '2024-01-01',
    status      text
);
INSERT INTO clinic.patients (full_name, ssn, dob, email_addr, notes, status)
SELECT 'Patient ' || i,
       format('%s-%s-%s', 100 + i % 500, lpad((10 + i % 80)::text, 2, '0'), lpad((1000 + i)::text, 4, '0')),
       date '1950-01-01' + i,
       format('person%s@example.com', i),
       format('Seen by Dr. Maria Garcia on 03/%s/2024; call (415) 555-%s.', 1 + i % 28, lpad(i::text, 4, '0')),
       CASE WHEN i % 2 = 0 THEN 'active' ELSE 'inactive' END
  FROM generate_series(1, 200) i;

SELECT column_name, data_type, name_hint, sampled, phi_rate, detected_type,
       suggested_class, recommended_action
  FROM phi.scan_table('clinic.patients');

SELECT column_name, type_rates FROM phi.scan_table('clinic.patients', 50)
 WHERE column_name IN ('ssn', 'notes', 'status');

-- Hostile identifiers are quoted, never executed.
CREATE TABLE clinic."x""; DROP TABLE clinic.patients; --" (
    "ssn""); DROP TABLE clinic.patients; --" text,
    "Robert'); DROP TABLE students;--" text
);
INSERT INTO clinic."x""; DROP TABLE clinic.patients; --" VALUES ('SSN 123-45-6789', 'nothing');
SELECT column_name, sampled, detected_type FROM phi.scan_table('clinic."x""; DROP TABLE clinic.patients; --"');
SELECT count(*) FROM clinic.patients;

-- Whole schema, one row per column.
SELECT table_name, column_name, detected_type, suggested_class
  FROM phi.scan_schema('clinic')
 WHERE detected_type IS NOT NULL OR name_hint IS NOT NULL
 ORDER BY table_name::text, column_name;

-- A column of national numbers that no name announces: each value alone
-- is read by its check (TC Kimlik, PESEL, Aadhaar); the same numbers
-- with their last digit changed fail it and are not.
CREATE TABLE public.intake (ref text, order_no text);
INSERT INTO public.intake VALUES
    ('10000000146', '10000000147'), ('76543210794', '76543210795'), ('36493665440', '36493665441'),
    ('44051401458', '44051401459'), ('3123 4567 8909', '3123 4567 8900');
SELECT column_name, sampled, phi_rate, detected_type FROM phi.scan_table('public.intake');
SELECT v, d.type FROM (VALUES ('44051401458'), ('took 44051401458 steps')) t(v)
  LEFT JOIN LATERAL phi.detect(v) d ON true;
DROP TABLE public.intake;

-- Bad input.
SELECT regress.err($$SELECT * FROM phi.scan_table('clinic.patients', 0)$$);
SELECT regress.err($$SELECT * FROM phi.scan_table('clinic.nope')$$);
SELECT regress.err($$SELECT * FROM phi.scan_schema('nope')$$);
SELECT count(*) FROM phi.scan_table(NULL);
