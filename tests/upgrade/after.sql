-- Run after ALTER EXTENSION pg_phi UPDATE: every value reads back, keyed
-- values are unchanged, the old triggers keep working, and the new
-- version's procedures run on the old data. Any failed check stops the
-- script (ON_ERROR_STOP) with the check's name.
\o /dev/null
CREATE FUNCTION pg_temp.check(what text, ok boolean) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF ok IS NOT TRUE THEN
        RAISE EXCEPTION 'upgrade check failed: %', what;
    END IF;
    RAISE NOTICE 'ok: %', what;
END
$$;
CREATE FUNCTION pg_temp.ssn(i int) RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT lpad((i % 900 + 100)::text, 3, '0') || '-' || lpad((i % 90 + 10)::text, 2, '0') || '-' || lpad(i::text, 4, '0') $$;
CREATE FUNCTION pg_temp.all_read_back() RETURNS boolean LANGUAGE sql AS $$
    SELECT count(*) = 600 FROM patients
    WHERE ssn::text = pg_temp.ssn(id)
      AND dob::text = (date '1930-01-01' + id * 17)::text
      AND lab::text = 'HbA1c ' || (id % 50) / 10.0 || '%'
$$;

SELECT extversion AS updated FROM pg_extension WHERE extname = 'pg_phi' \gset
\echo updated to pg_phi :updated

-- a reader sees every value as it was written
CREATE ROLE upgrade_reader;
GRANT phi_reader TO upgrade_reader;
GRANT SELECT ON patients, loose, expected TO upgrade_reader;
SET ROLE upgrade_reader;
SELECT pg_temp.check('every protected value reads back (600 rows x 3 columns)', pg_temp.all_read_back());
SELECT pg_temp.check('every phi.encrypt value reads back',
    (SELECT count(*) = 50 FROM loose WHERE v::text = 'note ' || id));
SELECT pg_temp.check('blind index of every row still matches',
    (SELECT count(*) = 600 FROM patients WHERE ssn_bidx = phi.blind_index(pg_temp.ssn(id), 'ssn')));
SELECT pg_temp.check('blind index value unchanged',
    (SELECT bidx = phi.blind_index('123-45-6789', 'ssn') FROM expected));
SELECT pg_temp.check('pseudonym unchanged',
    (SELECT pseudonym = phi.redact('SSN 123-45-6789 for Jane Doe', 'pseudonym') FROM expected));
SELECT pg_temp.check('0.1.0 subjects compare equal to their digests',
    (SELECT count(*) = 600 FROM patients WHERE phi.subject(ssn) = phi.subject_digest(mrn)
                                           AND phi.subject(dob) = phi.subject_digest(mrn)));
RESET ROLE;

-- the access policy applies to values written by 0.1.0: a masked grant on
-- ssn, a care-team grant whose team holds one patient (its 0.1.0 header
-- carries the id in clear, compared through the digest)
CREATE ROLE upgrade_billing;
CREATE ROLE upgrade_doctor;
GRANT SELECT ON patients TO upgrade_billing, upgrade_doctor;
SELECT phi.grant_access('upgrade_billing', 'ssn', 'masked', 'all_subjects');
SELECT phi.grant_access('upgrade_doctor', '*', 'plaintext', 'care_team');
SELECT phi.assign_care('upgrade_doctor', (SELECT mrn FROM patients WHERE id = 7));
SET ROLE upgrade_billing;
SELECT pg_temp.check('a masked grant applies to 0.1.0 values',
    (SELECT count(*) = 600 FROM patients WHERE ssn::text = '***-**-' || right(pg_temp.ssn(id), 4)));
SET ROLE upgrade_doctor;
SELECT pg_temp.check('a care-team grant opens the 0.1.0 values of its patient, and only those',
    (SELECT count(*) FILTER (WHERE ssn::text = pg_temp.ssn(id)) = 1
        AND count(*) FILTER (WHERE ssn::text LIKE 'phi1:%') = 599
        AND (SELECT ssn::text FROM patients WHERE id = 7) = pg_temp.ssn(7)
     FROM patients));
RESET ROLE;
SELECT phi.revoke_access('upgrade_billing', 'ssn'), phi.revoke_access('upgrade_doctor', '*');
DELETE FROM phi.care_assignments;

-- superuser still sees sealed values only
SELECT pg_temp.check('superuser sees the sealed form', (SELECT bool_and(ssn::text LIKE 'phi1:%') FROM patients));
-- the custom pattern and the added class survived
SELECT pg_temp.check('custom pattern still detects',
    (SELECT count(*) = 1 FROM phi.detect('ward ACME-123456') WHERE type = 'mrn'));
SELECT pg_temp.check('added data class kept', EXISTS (SELECT 1 FROM phi.data_classes WHERE name = 'lab_result'));
-- init_keys creates no data or blind-index key (they exist)
SELECT pg_temp.check('init_keys keeps the existing keys',
    (SELECT bool_and(NOT created) FROM phi.init_keys() WHERE key_id IN (1, 2)));

-- the triggers 0.1.0 installed (4 arguments) keep sealing writes
SELECT pg_temp.check('0.1.0 triggers still in place',
    (SELECT bool_and(tgnargs = 4) FROM pg_trigger WHERE tgrelid = 'patients'::regclass AND tgname LIKE 'phi_protect_%'));
INSERT INTO patients VALUES (601, 'MRN000601', pg_temp.ssn(601), '1958-01-01', 'HbA1c 0.1%', 'new');
SELECT pg_temp.check('a write through an old trigger is sealed for its class and subject',
    (SELECT phi.data_class(ssn) = 'ssn' AND phi.subject(ssn) = phi.subject_digest('MRN000601')
            AND ssn_bidx = phi.blind_index(pg_temp.ssn(601), 'ssn') FROM patients WHERE id = 601));
DELETE FROM patients WHERE id = 601;
-- the upgrade re-created every 0.1.0 column trigger to fire on DELETE too
-- (a deleted value is an audit event), same name, same arguments
SELECT pg_temp.check('column triggers fire on DELETE after the upgrade',
    (SELECT count(*) = 3 AND bool_and(tgtype & 8 = 8)
       FROM pg_trigger WHERE tgrelid = 'patients'::regclass AND tgname LIKE 'phi_protect_%'));
-- re-running protect_column installs this version's trigger
CALL phi.protect_column('patients', 'ssn', 'ssn', 'mrn', true);
SELECT pg_temp.check('protect_column refreshes the trigger',
    (SELECT tgnargs = 5 FROM pg_trigger WHERE tgrelid = 'patients'::regclass AND tgname = 'phi_protect_ssn'));

-- re-encryption re-seals the 0.1.0 values (subject in clear) and the
-- version-1 ones; then version 1 retires
CALL phi.reencrypt(200);
SELECT pg_temp.check('nothing left to re-seal',
    (SELECT count(*) = 0 FROM patients
      WHERE phi._needs_reseal(ssn, phi._current_key_version()) OR phi._needs_reseal(dob, phi._current_key_version())
         OR phi._needs_reseal(lab, phi._current_key_version())));
SELECT phi.retire_key_version(1);
SET ROLE upgrade_reader;
SELECT pg_temp.check('every value reads back after re-encryption', pg_temp.all_read_back());
SELECT pg_temp.check('every phi.encrypt value reads back after re-encryption',
    (SELECT count(*) = 50 FROM loose WHERE v::text = 'note ' || id));
RESET ROLE;
\o
SELECT key_id, version, state FROM phi.keys ORDER BY 1, 2;
