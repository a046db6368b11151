-- Data classes: what kind of data a sealed value is (its header carries
-- the class; a protected column admits only values of its class).
--
-- Functions and procedures pin search_path with a SET clause (a procedure
-- that COMMITs cannot carry one: see rotation.sql).

CREATE TABLE phi.data_classes (
    name        text PRIMARY KEY CHECK (name ~ '^[a-z][a-z0-9_]{0,62}$'),
    description text NOT NULL DEFAULT '',
    sensitivity text NOT NULL DEFAULT 'high' CHECK (sensitivity IN ('high', 'medium', 'low'))
);
COMMENT ON TABLE phi.data_classes IS
    'Classes of protected data; a sealed value carries its class, and access is granted per class';
INSERT INTO phi.data_classes (name, description, sensitivity) VALUES
    ('unclassified', 'sealed without a class (a text literal cast to phi.encrypted_text); protect_column re-seals these with the column''s class', 'high'),
    ('ssn',          'Social Security number', 'high'),
    ('mrn',          'medical record number', 'high'),
    ('insurance_id', 'health plan beneficiary / member number', 'high'),
    ('biometric',    'biometric identifier', 'high'),
    ('diagnosis',    'diagnoses, problems, results', 'high'),
    ('note',         'free-text clinical note', 'high'),
    ('name',         'person name', 'medium'),
    ('dob',          'date of birth and other dates', 'medium'),
    ('address',      'street address, city, ZIP', 'medium'),
    ('phone',        'telephone or fax number', 'medium'),
    ('email',        'e-mail address', 'medium'),
    ('account',      'account or card number', 'high'),
    ('license',      'certificate or license number', 'medium'),
    ('other',        'any other unique identifier', 'medium');
-- Dump only classes the DBA added.
SELECT pg_catalog.pg_extension_config_dump('phi.data_classes',
    $$WHERE name NOT IN ('unclassified','ssn','mrn','insurance_id','biometric','diagnosis','note','name','dob','address','phone','email','account','license','other')$$);
-- Every backend caches the class list; a change invalidates it everywhere.
CREATE TRIGGER invalidate_class_cache
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON phi.data_classes
    FOR EACH STATEMENT EXECUTE FUNCTION phi._invalidate_cache();

CREATE FUNCTION phi.add_data_class(name text, description text DEFAULT '', sensitivity text DEFAULT 'high')
RETURNS void
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$
    INSERT INTO phi.data_classes (name, description, sensitivity)
    VALUES (add_data_class.name, coalesce(add_data_class.description, ''), coalesce(add_data_class.sensitivity, 'high'));
$$;
