-- pg_phi demo: each capability on synthetic data (no real PHI).
\pset pager off
\pset footer off
CREATE EXTENSION pg_phi;
-- Keys are an explicit step (never created by a read): once per database.
SELECT * FROM phi.init_keys();

\echo '\n### 1. Find PHI in a clinical note: phi.detect(text)'
CREATE TABLE notes (id int PRIMARY KEY, body text);
INSERT INTO notes VALUES
 (1, 'Patient: John Smith, DOB: 03/15/1985, MRN: 00482913. SSN 123-45-6789. '
     'Seen by Dr. Maria Garcia on March 3, 2024. Call (415) 555-0132 or john.smith@example.com. '
     'Lives at 1428 Elm Street, Springfield, IL 62704. BP 120/80, metformin 500 mg BID.'),
 (2, 'Telephone encounter: daughter Ana Lopez called from 617-555-0188 re: her 92-year-old mother; '
     'fax records to (617) 555-0199. Member ID W123456789.'),
 (3, 'Follow-up: HbA1c 6.5%, continue lisinopril 10 mg daily. Dx E11.9, I10. RTC 3 months.');
SELECT id, type, start_pos, end_pos, value, round(score::numeric, 2) AS score, sensitivity
  FROM notes, phi.detect(body) ORDER BY id, start_pos;

\echo '\n### 2. Does it contain PHI? Classify it: phi.contains_phi / phi.classify'
SELECT id, phi.contains_phi(body) AS contains_phi,
       phi.classify(body) ->> 'sensitivity' AS sensitivity,
       phi.classify(body) -> 'counts' AS counts
  FROM notes ORDER BY id;

\echo '\n### 3. Redact: tag, mask, partial, or only some types'
SELECT phi.redact(body) AS tag FROM notes WHERE id = 1;
SELECT phi.redact(body, 'mask') AS mask FROM notes WHERE id = 2;
SELECT phi.redact(body, 'partial') AS partial FROM notes WHERE id = 2;
SELECT phi.redact(body, 'tag', ARRAY['ssn', 'phone']) AS only_ssn_and_phone FROM notes WHERE id = 1;

\echo '\n### 4. Safe Harbor de-identification: phi.deidentify'
SELECT id, phi.deidentify(body) AS deidentified FROM notes ORDER BY id;

\echo '\n### 5. Organisation-specific identifiers: phi.add_pattern'
SELECT phi.add_pattern('acme_account', 'account', 'ACME-[0-9]{6}', ARRAY['acct', 'account'], 0.7);
SELECT type, value, round(score::numeric, 2) AS score FROM phi.detect('Billing acct ACME-004211 is past due');

\echo '\n### 6. Which columns hold PHI? phi.scan_schema'
CREATE TABLE patients (id serial PRIMARY KEY, full_name text, ssn text, dob date,
                       email_addr text, visit_note text, status text);
INSERT INTO patients (full_name, ssn, dob, email_addr, visit_note, status)
SELECT 'Patient ' || i, format('%s-45-%s', 100 + i, 1000 + i), date '1950-01-01' + i * 40,
       format('person%s@example.com', i),
       format('Seen by Dr. Maria Garcia on 03/%s/2024; call (415) 555-%s.', 1 + i % 28, 1000 + i),
       'active'
  FROM generate_series(1, 500) i;
SELECT table_name, column_name, name_hint, phi_rate, detected_type, suggested_class
  FROM phi.scan_schema('public') ORDER BY table_name::text, column_name;

\echo '\n### 7. Encrypt a column: phi.protect_column (AES-256-GCM, master key outside the database)'
CALL phi.protect_column('patients', 'ssn', 'ssn', subject_col => 'id', blind_index => true);
CREATE INDEX ON patients (ssn_bidx);
\echo 'As postgres (a superuser, but not a phi_reader): sealed values only; the header holds a keyed digest of the patient id, never the id'
SELECT id, left(ssn::text, 40) || '...' AS ssn_as_stored, phi.data_class(ssn),
       left(phi.subject(ssn), 12) || '...' AS subject_digest,
       phi.subject(ssn) = phi.subject_digest(id::text) AS bound_to_this_patient
  FROM patients ORDER BY id LIMIT 3;
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'demo_clinician') THEN CREATE ROLE demo_clinician; END IF;
END $$;
GRANT phi_reader TO demo_clinician;
GRANT SELECT, INSERT ON patients TO demo_clinician;
GRANT USAGE ON SEQUENCE patients_id_seq TO demo_clinician;
SET ROLE demo_clinician;
\echo 'As a phi_reader member: plaintext, and equality lookups through the blind index'
SELECT id, ssn FROM patients WHERE ssn_bidx = phi.blind_index('102-45-1002', 'ssn');
INSERT INTO patients (full_name, ssn, status) VALUES ('New Patient', '321-54-9876', 'new') RETURNING id, ssn;
RESET ROLE;
\echo 'Keyed functions of chosen values need plaintext rights: an ordinary role cannot use them as an oracle'
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'demo_intake') THEN CREATE ROLE demo_intake; END IF;
END $$;
SET ROLE demo_intake;
\set ON_ERROR_STOP 0
SELECT phi.blind_index('102-45-1002', 'ssn');
\set ON_ERROR_STOP 1
RESET ROLE;
\echo 'Keyed pseudonyms (for plaintext-rights holders): the same value gives the same token'
SELECT phi.redact('SSN 123-45-6789; again 123456789', 'pseudonym') AS pseudonymized;

\echo '\n### 8. Rotate keys online: phi.rotate_key, phi.reencrypt, phi.key_status'
CALL phi.rotate_key();
CALL phi.reencrypt(200);
SELECT key_id, purpose, version, state, rows_using FROM phi.key_status ORDER BY key_id, version;
SELECT table_name, column_name, target_version, rows_resealed, batches, percent_done FROM phi.reencrypt_status;

\echo '\n### 9. Minimum necessary: each role sees what its job needs (an example matrix, not defaults)'
CREATE TABLE charts (mrn text PRIMARY KEY, name text, ssn text, dx text, dob text);
INSERT INTO charts VALUES
  ('M-1', 'Jane Q. Public', '123-45-6789', 'type 2 diabetes', '1961-03-15'),
  ('M-2', 'John Roe', '987-65-4321', 'asthma', '1975-11-02');
SET client_min_messages = warning;
CALL phi.protect_column('charts', 'name', 'name', 'mrn');
CALL phi.protect_column('charts', 'ssn', 'ssn', 'mrn');
CALL phi.protect_column('charts', 'dx', 'diagnosis', 'mrn');
CALL phi.protect_column('charts', 'dob', 'dob', 'mrn');
RESET client_min_messages;
DO $$
DECLARE r text;
BEGIN
  FOREACH r IN ARRAY ARRAY['demo_physician', 'demo_nurse', 'demo_billing', 'demo_front_desk', 'demo_it_support',
                           'demo_auditor', 'demo_patient', 'demo_er_doctor', 'demo_admin'] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN EXECUTE format('CREATE ROLE %I', r); END IF;
    EXECUTE format('GRANT SELECT ON charts TO %I', r);
  END LOOP;
END $$;
SET client_min_messages = warning;   -- re-runs: memberships already granted
GRANT phi_admin TO demo_admin;
GRANT phi_compliance TO demo_auditor;
RESET client_min_messages;
SET ROLE demo_admin;
SELECT 'granted' AS example_matrix FROM (SELECT phi.grant_access('demo_physician', '*', 'plaintext', 'care_team'),
       phi.grant_access('demo_er_doctor', '*', 'plaintext', 'care_team'),
       phi.grant_access('demo_nurse', '*', 'plaintext', 'care_team'),
       phi.grant_access('demo_nurse', 'ssn', 'masked', 'all_subjects'),
       phi.grant_access('demo_billing', 'name', 'plaintext', 'all_subjects'),
       phi.grant_access('demo_billing', 'ssn', 'masked', 'all_subjects'),
       phi.grant_access('demo_billing', 'diagnosis', 'none', 'all_subjects'),
       phi.grant_access('demo_front_desk', 'name', 'plaintext', 'all_subjects'),
       phi.grant_access('demo_front_desk', 'dob', 'masked', 'all_subjects'),
       phi.grant_access('demo_it_support', '*', 'sealed', 'all_subjects'),
       phi.grant_access('demo_patient', '*', 'plaintext', 'self')) g;
SELECT phi.assign_care('demo_physician', 'M-1') AS care_assignment, phi.map_login('demo_patient', 'M-2');
RESET ROLE;
SELECT role, class, all_subjects, care_team, self FROM phi.access_matrix
 WHERE role::text LIKE 'demo_%' AND class IN ('name', 'ssn', 'diagnosis', 'dob') ORDER BY role::text, class;
\echo 'The same SELECT, as each role (the application changes nothing):'
SET ROLE demo_physician;  SELECT 'physician' AS role, mrn, left(name::text, 24) AS name, left(ssn::text, 24) AS ssn, left(dx::text, 24) AS dx FROM charts ORDER BY mrn;
SET ROLE demo_billing;    SELECT 'billing' AS role, mrn, name, ssn FROM charts ORDER BY mrn;
SET ROLE demo_front_desk; SELECT 'front desk' AS role, mrn, name, dob FROM charts ORDER BY mrn;
SET ROLE demo_it_support; SELECT 'it support' AS role, mrn, left(name::text, 24) || '...' AS name FROM charts ORDER BY mrn;
SET ROLE demo_patient;    SELECT 'patient M-2' AS role, mrn, left(name::text, 24) AS name, left(ssn::text, 24) AS ssn FROM charts ORDER BY mrn;
\echo 'Billing has level none on diagnoses: asking is an error'
SET ROLE demo_billing;
\set ON_ERROR_STOP 0
SELECT dx FROM charts;
\set ON_ERROR_STOP 1
\echo 'Break-glass: an ER doctor off the care team opens a justified, time-boxed window for one patient'
SET ROLE demo_er_doctor;
SELECT mrn, left(dx::text, 24) AS dx_before FROM charts WHERE mrn = 'M-2';
SELECT phi.break_glass('M-2', 'Patient arrived unresponsive in the ED; need history and allergies', 30) AS window_id;
SELECT mrn, dx AS dx_during_window FROM charts WHERE mrn = 'M-2';
SET ROLE demo_auditor;
SELECT id, role, reason, open, reviewed FROM phi.break_glass_review_queue;
SELECT phi.review_break_glass(id, 'justified', 'ED admission confirmed') FROM phi.break_glass_review_queue;
RESET ROLE;

\echo '== 10. The audit trail: every read, rolled back or not, and every change, hash-chained'
SELECT max(seq) AS demo_audit_base FROM phi.audit_log \gset
SET ROLE demo_billing;
BEGIN;
SELECT mrn, name FROM charts WHERE mrn = 'M-1';
ROLLBACK;
RESET ROLE;
SELECT pg_sleep(0.3);   -- a rolled-back read's events are written without a waiting commit
SET ROLE demo_auditor;
\echo 'What the log holds about patient M-1 (who, how, outcome; never a value):'
SELECT occurred_at::time(0) AS at, actor, action, outcome, classes, row_count
  FROM phi.access_report('M-1') ORDER BY occurred_at DESC LIMIT 8;
SELECT actor, action, count(*) AS events FROM phi.audit_log WHERE seq > :demo_audit_base
 GROUP BY 1, 2 ORDER BY 1, 2;
SELECT count(*) AS chain_breaks FROM phi.verify_audit();
SELECT phi.audit_digest() AS head_to_keep_elsewhere;
RESET ROLE;

\echo '== 11. Breach workflow: an incident, the affected patients from the trail, the 60-day clock'
RESET ROLE;
GRANT SELECT (mrn) ON charts TO demo_auditor;   -- to name the patients behind the trail's digests
SET ROLE demo_auditor;
SELECT phi.report_breach('Billing clerk account used from an unknown workstation', now() - interval '2 days',
       phi_classes => ARRAY['name', 'ssn'], affected_by_state => '{"IL": 3}',
       suspect_role => 'demo_billing', window_from => now() - interval '1 hour', window_to => now()) AS incident \gset
\echo 'Whose PHI demo_billing read or changed in the last hour (from a chain that verifies):'
SELECT patient_id, classes, actions, events FROM phi.breach_scope('demo_billing', now() - interval '1 hour', now(), 'charts', 'mrn');
\echo 'The four factors; whether the PHI was viewed comes from the trail:'
SELECT * FROM phi.assess_breach(:'incident', nature => 'high', recipient => 'medium', mitigation => 'low');
SELECT obligation, required, due, days_remaining, state, basis FROM phi.breach_deadlines WHERE incident = :'incident';
SELECT phi.set_breach_status(:'incident', 'confirmed') AS status;
SELECT phi.record_notification(:'incident', 'individuals', now(), 'mail') > 0 AS individuals_notified;
\echo 'Indicators in the trail of the last hour (a three-patient demo: more than one patient an hour'
\echo 'is a bulk read, one refused value a spike). They count per login: this demo plays every role'
\echo 'from one postgres session, so the person behind all of them is postgres. The scan opens an'
\echo 'incident for each finding, once:'
SELECT phi.set_breach_setting('bulk_patients', '1');
SELECT phi.set_breach_setting('denied_values', '1');
SELECT indicator, role, patients, detail FROM phi.breach_indicators(now() - interval '1 hour', now())
 WHERE indicator <> 'after_hours' ORDER BY 1, 2;
SELECT incident, indicator, role FROM phi.scan_breach_indicators(now() - interval '1 hour', now())
 WHERE indicator <> 'after_hours' ORDER BY 2, 3;
SELECT count(*) AS opened_by_a_second_scan FROM phi.scan_breach_indicators(now() - interval '1 hour', now());
\echo 'What this server and database would need to pass each technical-safeguard check:'
SELECT safeguard, check_name, detail FROM phi.compliance_report() WHERE status <> 'pass';
RESET ROLE;
