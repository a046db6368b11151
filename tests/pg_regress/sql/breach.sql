-- The breach workflow: incidents and their lifecycle, the notices each
-- owes and when (the clock pinned with breach_deadlines_at), the
-- four-factor assessment, indicators read from the audit trail (firing
-- and not firing on histories made here), the affected patients of a
-- suspect role from a verified chain (and refused on a tampered one), the
-- HHS report, and compliance_report's checks failing and passing.
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
CREATE ROLE officer LOGIN IN ROLE phi_compliance;
CREATE ROLE outsider LOGIN;

-- ---------------------------------------------------------------- incidents
SET ROLE officer;
-- 632 residents, 620 of them in California; names and SSNs
SELECT phi.report_breach('Laptop with a clinic export stolen from the car of Dr. John Smith', '2026-11-22 10:00+00',
                         breach_date => '2026-11-20', phi_classes => ARRAY['name', 'ssn'],
                         affected_by_state => '{"CA": 620, "NV": 12}') AS id;
-- PHI in free text is stored redacted; the count is the states' sum;
-- severity from count and categories
SELECT id, description, affected_count, severity, status, reported_by FROM phi.breach_incidents;
-- a second incident the same discovery day gets the next number; a small
-- one (annual log), the breach at a business associate
SELECT phi.report_breach('Misdirected fax of lab results to a wrong clinic', '2026-11-22 16:30+00',
                         affected_count => 3, phi_classes => ARRAY['diagnosis'], business_associate => 'FaxCo LLC') AS id;
-- under 500: the annual log is due 60 days after the year ends, 1 March,
-- or 29 February when the next year is a leap year
SELECT phi.report_breach('Paper charts left in a public hallway overnight', '2026-12-01 09:00+00',
                         affected_count => 40, phi_classes => ARRAY['name', 'dob'], location => 'paper') AS id;
SELECT phi.report_breach('Old backup tape lost in transit to storage', '2023-12-30 09:00+00',
                         affected_count => 12, phi_classes => ARRAY['mental_health'], breach_type => 'loss') AS id;
SELECT id, affected_count, severity, business_associate FROM phi.breach_incidents ORDER BY id;

-- bad input says what is wrong and opens nothing
SELECT count(*) AS incidents_before FROM phi.breach_incidents \gset
SELECT regress.err($$SELECT phi.report_breach('short', now())$$);
SELECT regress.err($$SELECT phi.report_breach('A description long enough', now() + interval '1 day')$$);
SELECT regress.err($$SELECT phi.report_breach('A description long enough', now(), affected_by_state => '{"XX": 5}')$$);
SELECT regress.err($$SELECT phi.report_breach('A description long enough', now(), affected_by_state => '{"CA": -5}')$$);
SELECT regress.err($$SELECT phi.report_breach('A description long enough', now(), affected_by_state => '[1, 2]')$$);
SELECT regress.err($$SELECT phi.report_breach('A description long enough', now(), affected_count => 10, affected_by_state => '{"CA": 50}')$$);
SELECT regress.err($$SELECT phi.report_breach('A description long enough', now(), phi_classes => ARRAY['ssn', 'Jane Doe 123-45-6789'])$$);
SELECT regress.err($$SELECT phi.report_breach('A description long enough', now(), breach_type => 'alien abduction')$$);
SELECT regress.err($$SELECT phi.report_breach('A description long enough', '2026-11-01', breach_date => '2026-11-05')$$);
SELECT count(*) - :incidents_before AS opened_by_bad_input FROM phi.breach_incidents;

-- ---------------------------------------------------------------- deadlines
-- 60 days from 22 November is 21 January; on 10 January that is 11 days
-- away (due_soon); HHS at once for 500 or more, media for California only
-- (Nevada's 12 is not more than 500); the small ones' HHS notice is the
-- annual log: 1 March 2027 for 2026, 29 February 2024 for 2023 (whose
-- individuals' notice was due 28 February)
SELECT incident, obligation, jurisdiction, required, due, days_remaining, state, basis
  FROM phi.breach_deadlines_at('2027-01-10') ORDER BY incident, obligation, jurisdiction;
-- overdue once the day passes; open more than 14 days before
SELECT incident, obligation, state, days_remaining FROM phi.breach_deadlines_at('2027-01-22')
 WHERE incident = 'BREACH-20261122-0001' AND required ORDER BY obligation;
SELECT DISTINCT state FROM phi.breach_deadlines_at('2026-12-01') WHERE incident = 'BREACH-20261122-0001' AND required;
-- the view is today's
SELECT count(*) > 0 AS view_rows FROM phi.breach_deadlines;

-- ---------------------------------------------------------------- lifecycle
SELECT regress.err($$SELECT phi.set_breach_status('BREACH-20261122-0001', 'notified')$$);
SELECT regress.err($$SELECT phi.set_breach_status('BREACH-20261122-0001', 'finished')$$);
SELECT regress.err($$SELECT phi.set_breach_status('BREACH-19990101-0001', 'confirmed')$$);
SELECT phi.set_breach_status('BREACH-20261122-0001', 'confirmed', '2026-11-23 12:00+00');
SELECT phi.set_breach_status('BREACH-20261122-0001', 'contained');
-- notified needs the individuals' notice
SELECT regress.err($$SELECT phi.set_breach_status('BREACH-20261122-0001', 'notified')$$);
SELECT phi.record_notification('BREACH-20261122-0001', 'individuals', '2026-12-02 09:00+00', 'mail') > 0 AS recorded;
SELECT phi.set_breach_status('BREACH-20261122-0001', 'notified');
-- closing needs every required notice
SELECT regress.err($$SELECT phi.set_breach_status('BREACH-20261122-0001', 'closed')$$);
SELECT regress.err($$SELECT phi.record_notification('BREACH-20261122-0001', 'individuals', '2026-12-03', 'mail')$$);
SELECT regress.err($$SELECT phi.record_notification('BREACH-20261122-0001', 'hhs', '2026-12-03', 'carrier pigeon')$$);
SELECT regress.err($$SELECT phi.record_notification('BREACH-20261122-0001', 'press', '2026-12-03', 'other')$$);
SELECT regress.err($$SELECT phi.record_notification('BREACH-20261122-0001', 'hhs', '2026-12-03', 'hhs_portal', 'CA')$$);
-- the one state that needs a media notice is taken when none is named
SELECT phi.record_notification('BREACH-20261122-0001', 'media', '2026-12-03 10:00+00', 'press_release') > 0 AS recorded;
SELECT phi.record_notification('BREACH-20261122-0001', 'hhs', '2026-12-03 11:00+00', 'hhs_portal') > 0 AS recorded;
SELECT obligation, jurisdiction, state, sent_at FROM phi.breach_deadlines_at('2027-01-22')
 WHERE incident = 'BREACH-20261122-0001' ORDER BY obligation;
SELECT phi.set_breach_status('BREACH-20261122-0001', 'closed');
SELECT regress.err($$SELECT phi.set_breach_status('BREACH-20261122-0001', 'investigating')$$);
SELECT status, confirmed_at, contained_at IS NOT NULL AS contained, notified_at IS NOT NULL AS notified,
       closed_at IS NOT NULL AS closed FROM phi.breach_incidents WHERE id = 'BREACH-20261122-0001';
-- direct UPDATEs meet the same rule
SELECT regress.err($$UPDATE phi.breach_incidents SET status = 'closed' WHERE id = 'BREACH-20261201-0001'$$);
SELECT regress.err($$UPDATE phi.breach_incidents SET id = 'BREACH-20261201-0009' WHERE id = 'BREACH-20261201-0001'$$);
-- ruled out: nothing is owed, and it may close
SELECT phi.set_breach_status('BREACH-20231230-0001', 'not_a_breach');
SELECT DISTINCT state FROM phi.breach_deadlines_at('2024-06-01') WHERE incident = 'BREACH-20231230-0001';
SELECT phi.set_breach_status('BREACH-20231230-0001', 'closed');

-- ---------------------------------------------------------------- risk assessment
-- without a suspect role the officer gives factor 3; any factor above low
-- requires notification; all low exempts the incident
SELECT * FROM phi.assess_breach('BREACH-20261122-0002', 'medium', 'low', 'low', 'low',
                                recipient_note => 'The receiving clinic (a covered entity) destroyed the fax');
SELECT * FROM phi.assess_breach('BREACH-20261122-0002', 'low', 'low', 'low', 'low');
SELECT DISTINCT state FROM phi.breach_deadlines_at('2027-01-10') WHERE incident = 'BREACH-20261122-0002';
SELECT regress.err($$SELECT * FROM phi.assess_breach('BREACH-20261201-0001', 'low', 'low', 'low')$$);
SELECT regress.err($$SELECT * FROM phi.assess_breach('BREACH-20261201-0001', 'tiny', 'low', 'low', 'low')$$);
SELECT incident, nature, acquired, acquired_source, probability, notification_required, recipient_note
  FROM phi.breach_assessments ORDER BY id;

-- ---------------------------------------------------------------- the HHS report
SELECT r->>'incident' AS incident, r->>'discovery_date' AS discovered, r->>'approximate_individuals_affected' AS affected,
       r->'type_of_phi_involved' AS phi, r->>'type_of_breach' AS type, r->>'status' AS status,
       jsonb_array_length(r->'notices') AS notices, r->'individuals_by_state' AS by_state
  FROM phi.breach_report('BREACH-20261122-0001') r;
SELECT regress.err($$SELECT phi.breach_report('BREACH-19990101-0001')$$);
RESET ROLE;

-- ---------------------------------------------------------------- activity to find
CREATE SCHEMA bt;
CREATE TABLE bt.patients (mrn text PRIMARY KEY, name text, ssn text);
INSERT INTO bt.patients SELECT 'MRN-' || i, 'Patient Name ' || i, lpad(i::text, 3, '0') || '-45-6789'
  FROM generate_series(1, 30) i;
CALL phi.protect_column('bt.patients', 'ssn', 'ssn', 'mrn');
CALL phi.protect_column('bt.patients', 'name', 'name', 'mrn');
CREATE ROLE snoop LOGIN;
CREATE ROLE blocked LOGIN;
CREATE ROLE lapsed LOGIN VALID UNTIL '2001-01-01';
CREATE ROLE clerk LOGIN;
GRANT USAGE ON SCHEMA bt TO snoop, blocked, lapsed, clerk;
GRANT SELECT ON bt.patients TO snoop, blocked, lapsed, clerk;
SELECT phi.grant_access('snoop', 'ssn', 'plaintext', 'all_subjects');
SELECT phi.grant_access('snoop', 'name', 'masked', 'all_subjects');
SELECT phi.grant_access('blocked', '*', 'none', 'all_subjects');
SELECT phi.grant_access('lapsed', 'ssn', 'plaintext', 'all_subjects');
SELECT phi.grant_access('clerk', 'ssn', 'sealed', 'all_subjects');
SELECT clock_timestamp() AS t0 \gset
-- snoop reads every SSN (plaintext) and two names (masked)
SET SESSION AUTHORIZATION snoop;
SELECT count(ssn::text) AS ssns_read FROM bt.patients;
SELECT count(name::text) AS names_read FROM bt.patients WHERE mrn IN ('MRN-1', 'MRN-2');
RESET SESSION AUTHORIZATION;
-- blocked is refused, three times
SET SESSION AUTHORIZATION blocked;
SELECT regress.err($$SELECT ssn::text FROM bt.patients WHERE mrn = 'MRN-3'$$);
SELECT regress.err($$SELECT ssn::text FROM bt.patients WHERE mrn = 'MRN-4'$$);
SELECT regress.err($$SELECT ssn::text FROM bt.patients WHERE mrn = 'MRN-5'$$);
RESET SESSION AUTHORIZATION;
-- a login past its VALID UNTIL (a session that outlived it)
SET SESSION AUTHORIZATION lapsed;
SELECT count(ssn::text) AS read_after_expiry FROM bt.patients WHERE mrn IN ('MRN-6', 'MRN-7');
RESET SESSION AUTHORIZATION;
-- clerk sees sealed values only
SET SESSION AUTHORIZATION clerk;
SELECT count(ssn::text) AS sealed_reads FROM bt.patients WHERE mrn IN ('MRN-8');
RESET SESSION AUTHORIZATION;
SELECT clock_timestamp() AS t1 \gset

-- ---------------------------------------------------------------- indicators
SET ROLE officer;
-- thresholds above what happened: only the expired login shows (it has
-- no threshold); today is a business day, all day
SELECT phi.set_breach_setting('bulk_patients', '30');
SELECT phi.set_breach_setting('denied_values', '4');
SELECT phi.set_breach_setting('business_days', '1,2,3,4,5,6,7');
SELECT phi.set_breach_setting('business_hours', '00:00-23:59:59.999999');
SELECT indicator, role FROM phi.breach_indicators(:'t0', :'t1') ORDER BY 1, 2;
-- lower them: bulk read (more than 29 patients in the hour), a denied
-- spike (3 refused values), after hours (today is no longer a business
-- day), the expired login
SELECT phi.set_breach_setting('bulk_patients', '29');
SELECT phi.set_breach_setting('denied_values', '3');
SELECT phi.set_breach_setting('business_days', ((extract(isodow FROM now())::int % 7) + 1)::text);
SELECT indicator, role, events, patients FROM phi.breach_indicators(:'t0', :'t1') ORDER BY 1, 2;
-- after-hours access expected of a role is exempt
SELECT phi.set_breach_setting('after_hours_roles', 'snoop, clerk');
SELECT indicator, role FROM phi.breach_indicators(:'t0', :'t1') WHERE indicator = 'after_hours' ORDER BY 2;
SELECT phi.set_breach_setting('after_hours_roles', NULL);
-- a break-glass window nobody reviewed
RESET ROLE;
INSERT INTO phi.break_glass (role, subject_digest, reason, opened_at, expires_at)
VALUES ('snoop', '\x00112233445566778899aabbccddeeff', 'redacted reason for the test window', :'t0'::timestamptz - interval '10 days',
        :'t0'::timestamptz - interval '10 days' + interval '1 hour');
SET ROLE officer;
SELECT indicator, role, detail ~ '^break-glass window [0-9]+ closed at .* and is not reviewed$' AS detail_shape
  FROM phi.breach_indicators(:'t0', :'t1') WHERE indicator = 'unreviewed_break_glass';
-- settings are checked
SELECT regress.err($$SELECT phi.set_breach_setting('bulk_window', '1 month')$$);
SELECT regress.err($$SELECT phi.set_breach_setting('business_hours', '19:00-07:00')$$);
SELECT regress.err($$SELECT phi.set_breach_setting('timezone', 'Mars/Olympus')$$);
SELECT regress.err($$SELECT phi.set_breach_setting('no_such_setting', '1')$$);
-- (business_days was set to tomorrow's ISO day: shown as that, so the
-- expected output does not depend on the day the suite runs)
SELECT name,
       CASE WHEN name = 'business_days' AND value = ((extract(isodow FROM now())::int % 7) + 1)::text
            THEN 'tomorrow' ELSE value END AS value,
       is_default
  FROM phi.breach_settings_in_effect WHERE NOT is_default ORDER BY name;
-- the scan opens one incident per finding, naming role and window; run
-- again it opens nothing
SELECT indicator, role, incident ~ '^BREACH-[0-9]{8}-[0-9]{4}$' AS id_shape
  FROM phi.scan_breach_indicators(:'t0', :'t1') ORDER BY 1, 2;
SELECT count(*) AS second_scan FROM phi.scan_breach_indicators(:'t0', :'t1');
SELECT indicator ~ '^[a-z_]+:' AS fingerprint, suspect_role, window_from IS NOT NULL AS has_window, status
  FROM phi.breach_incidents WHERE indicator LIKE 'bulk_read:%';
-- factor 3 from the trail: snoop's reads were plaintext (high), clerk's
-- sealed (low), blocked's refused (low)
SELECT acquired_or_viewed, evidence FROM phi.assess_breach(
    (SELECT id FROM phi.breach_incidents WHERE indicator LIKE 'bulk_read:snoop:%'), 'high', 'high', 'low');
SELECT acquired_or_viewed, evidence, notification_required FROM phi.assess_breach(
    (SELECT id FROM phi.breach_incidents WHERE indicator LIKE 'denied_spike:blocked:%'), 'low', 'low', 'low');
SELECT acquired_evidence FROM phi.breach_assessments ORDER BY id DESC LIMIT 2;

-- ---------------------------------------------------------------- the affected patients
-- snoop's 30 patients, by class; the ids come from the patient table,
-- read with the officer's rights: first without them
SELECT count(*) AS patients, count(*) FILTER (WHERE classes = '{name,ssn}') AS name_and_ssn
  FROM phi.breach_scope('snoop', :'t0', :'t1');
SELECT regress.err(format($$SELECT * FROM phi.breach_scope('snoop', %L, %L, 'bt.patients', 'mrn')$$, :'t0', :'t1'));
RESET ROLE;
GRANT USAGE ON SCHEMA bt TO officer;
GRANT SELECT (mrn) ON bt.patients TO officer;
SET ROLE officer;
SELECT patient_id, subject ~ '^[0-9a-f]{32}$' AS digest, classes, actions, events
  FROM phi.breach_scope('snoop', :'t0', :'t1', 'bt.patients', 'mrn') ORDER BY patient_id LIMIT 4;
-- sealed and refused reads disclosed nothing: not in scope
SELECT count(*) AS clerk_scope FROM phi.breach_scope('clerk', :'t0', :'t1');
SELECT count(*) AS blocked_scope FROM phi.breach_scope('blocked', :'t0', :'t1');
-- bad arguments
SELECT regress.err($$SELECT * FROM phi.breach_scope('snoop', now(), now() - interval '1 hour')$$);
SELECT regress.err($$SELECT * FROM phi.breach_scope('snoop', now() - interval '1 hour', now(), 'bt.patients')$$);
SELECT regress.err(format($$SELECT * FROM phi.breach_scope('snoop', %L, %L, 'bt.patients', 'mrn"; DROP TABLE bt.patients; --')$$, :'t0', :'t1'));
SELECT count(*) AS patients_still_there FROM bt.patients;
-- a window older than the log's oldest row (the audit suite purged the
-- rows before it) cannot be accounted for
SELECT regress.err($$SELECT * FROM phi.breach_scope('snoop', '2000-01-01', now())$$) ~
       '^55000: .*: the audit log was purged before .*; the window starts earlier$' AS purged_window_refused;
-- the call is itself an event
SELECT action, reason FROM phi.audit_log WHERE action = 'breach_scope' ORDER BY seq DESC LIMIT 1;
RESET ROLE;

-- a tampered trail: the scope is refused, saying why, and the indicators
-- report the break
ALTER TABLE phi.audit_log DISABLE TRIGGER USER;
UPDATE phi.audit_log SET row_count = 1 WHERE actor = 'snoop' AND action = 'read';
ALTER TABLE phi.audit_log ENABLE TRIGGER USER;
SET ROLE officer;
SELECT regress.err(format($$SELECT * FROM phi.breach_scope('snoop', %L, %L)$$, :'t0', :'t1')) ~
       '^55000: phi.breach_scope refuses a window the audit trail cannot vouch for: the audit chain does not verify from seq [0-9]+: 1 problem\(s\), the first at seq [0-9]+ \(edited\)$' AS refused;
SELECT indicator, detail ~ 'edited' AS names_the_break FROM phi.breach_indicators(:'t0', :'t1') WHERE indicator = 'audit_trail_broken';
SELECT regress.err($$SELECT * FROM phi.assess_breach((SELECT id FROM phi.breach_incidents WHERE indicator LIKE 'bulk_read:snoop:%'), 'high', 'high', 'low')$$) ~ '^55000' AS assessment_refused;
-- and the compliance report's chain check fails
SELECT check_name, status, detail ~ 'edited' AS names_the_break FROM phi.compliance_report() WHERE check_name = 'audit_chain_verifies';
RESET ROLE;
-- put the row back as it was (the chain verifies again)
ALTER TABLE phi.audit_log DISABLE TRIGGER USER;
UPDATE phi.audit_log SET row_count = 30 WHERE actor = 'snoop' AND action = 'read';
ALTER TABLE phi.audit_log ENABLE TRIGGER USER;
SELECT count(*) AS problems FROM phi.verify_audit();

-- ---------------------------------------------------------------- compliance posture
-- every check, each failing or passing on this server as configured (the
-- open incident from December made exempt first: its notices would be
-- overdue from 31 January 2027 on, and the suite must not depend on today)
SET ROLE officer;
SELECT notification_required FROM phi.assess_breach('BREACH-20261201-0001', 'low', 'low', 'low', 'low');
SELECT safeguard, check_name, status FROM phi.compliance_report();
RESET ROLE;
-- each log check flips with its setting (session-level where it may be)
SET log_parameter_max_length = 0;
SET log_min_error_statement = 'panic';
SET log_statement = 'all';
SET idle_session_timeout = '10min';
SELECT check_name, status, detail FROM phi.compliance_report()
 WHERE check_name IN ('log_parameter_max_length', 'log_min_error_statement', 'log_statement', 'idle_session_timeout') ORDER BY 1;
SET idle_session_timeout = '1h';
SET password_encryption = 'md5';
SET log_min_duration_statement = 0;
SET log_min_duration_sample = 0;
SET log_parameter_max_length_on_error = -1;
SET phi.audit_reads = off;
SELECT check_name, status FROM phi.compliance_report()
 WHERE check_name IN ('idle_session_timeout', 'password_encryption', 'log_min_duration_statement', 'log_min_duration_sample',
                      'log_parameter_max_length_on_error', 'audit_settings') ORDER BY 1;
RESET log_parameter_max_length; RESET log_min_error_statement; RESET log_statement; RESET idle_session_timeout;
RESET password_encryption; RESET log_min_duration_statement; RESET log_min_duration_sample;
RESET log_parameter_max_length_on_error; RESET phi.audit_reads;
-- a data key older than key_max_age fails the key check
SELECT phi.set_breach_setting('key_max_age', '1 microsecond');
SELECT check_name, status, detail ~ '^the current data key was created ' AS detail_shape FROM phi.compliance_report() WHERE check_name = 'data_key_age';
SELECT phi.set_breach_setting('key_max_age', NULL);
SELECT status FROM phi.compliance_report() WHERE check_name = 'data_key_age';
-- an unprotected column that holds PHI fails the protection check, naming it
CREATE TABLE bt.intake (id int, contact_phone text);
INSERT INTO bt.intake SELECT i, '(555) 201-' || lpad(i::text, 4, '0') FROM generate_series(1, 20) i;
SELECT status, detail ~ 'bt\.intake\.contact_phone' AS names_it FROM phi.compliance_report() WHERE check_name = 'phi_columns_protected';
DROP TABLE bt.intake;
SELECT detail ~ 'intake' AS still_named FROM phi.compliance_report() WHERE check_name = 'phi_columns_protected';
-- a role that may not read a schema's tables is told they were not sampled
SET ROLE officer;
SELECT status, detail ~ 'could not sample\): .*bt' AS says_so FROM phi.compliance_report() WHERE check_name = 'phi_columns_protected';
RESET ROLE;
-- the unreviewed window fails the break-glass check until reviewed
SELECT status FROM phi.compliance_report() WHERE check_name = 'break_glass_reviewed';
UPDATE phi.break_glass SET outcome = 'justified', reviewed_at = now(), reviewed_by = 'officer' WHERE role = 'snoop'::regrole;
SELECT status FROM phi.compliance_report() WHERE check_name = 'break_glass_reviewed';
-- an incident discovered in September owes notices since October: the
-- breach check fails until it is ruled out
SET ROLE officer;
SELECT phi.report_breach('Records clerk browsed charts without a reason', '2026-09-01 09:00+00', affected_count => 7) AS late \gset
SELECT status, detail FROM phi.compliance_report() WHERE check_name = 'no_overdue_notices';
SELECT phi.set_breach_status(:'late', 'not_a_breach');
SELECT status, detail FROM phi.compliance_report() WHERE check_name = 'no_overdue_notices';
RESET ROLE;

-- ---------------------------------------------------------------- attacks on the first version
-- (each worked against it; found by a review playing the attacker)

-- elevation_via_compliance_report_scan: a table owner's row security
-- policy ran with the rights of the compliance officer or admin whose
-- report sampled the table (it granted its owner plaintext). Now a table
-- is sampled only as its owner; others are judged by column names.
CREATE ROLE mallory_owner LOGIN;
CREATE SCHEMA evil AUTHORIZATION mallory_owner;
CREATE TABLE evil.ran (who name, at timestamptz DEFAULT now());
GRANT USAGE ON SCHEMA evil TO PUBLIC;
GRANT INSERT, SELECT ON evil.ran TO PUBLIC;
SET ROLE mallory_owner;
CREATE FUNCTION evil.steal() RETURNS boolean LANGUAGE plpgsql AS $f$
BEGIN
    INSERT INTO evil.ran (who) VALUES (current_user);
    BEGIN PERFORM phi.grant_access('mallory_owner', '*', 'plaintext', 'all_subjects'); EXCEPTION WHEN OTHERS THEN NULL; END;
    RETURN true;
END $f$;
CREATE TABLE evil.contacts (id int, contact_phone text);
INSERT INTO evil.contacts SELECT i, '(555) 301-' || lpad(i::text, 4, '0') FROM generate_series(1, 20) i;
ALTER TABLE evil.contacts ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON evil.contacts FOR SELECT USING (evil.steal());
GRANT SELECT ON evil.contacts TO PUBLIC;
CREATE VIEW evil.v AS SELECT id, contact_phone AS mrn FROM evil.contacts WHERE evil.steal();
GRANT SELECT ON evil.v TO PUBLIC;
CREATE TYPE evil.pid AS (v text);
CREATE TABLE evil.typed (mrn evil.pid);
GRANT SELECT ON evil.typed TO PUBLIC;
RESET ROLE;
CREATE ROLE admin_a LOGIN IN ROLE phi_admin;
SET ROLE admin_a;
SELECT status, detail ~ 'evil\.contacts\.contact_phone' AS named_by_column_name,
       detail ~ 'could not sample\): .*evil\.contacts' AS says_not_sampled
  FROM phi.compliance_report() WHERE check_name = 'phi_columns_protected';
RESET ROLE;
SET ROLE officer;
SELECT count(*) AS checks FROM phi.compliance_report();
RESET ROLE;
SELECT count(*) AS owner_code_ran_for_others FROM evil.ran WHERE who <> 'mallory_owner';
SELECT count(*) AS grants_to_the_owner FROM phi.access_grants WHERE role = 'mallory_owner'::regrole;
-- a superuser's report samples the table as its owner (whom its own row
-- security does not bind: the policy does not run at all)
SELECT status FROM phi.compliance_report() WHERE check_name = 'phi_columns_protected';
SELECT DISTINCT who FROM evil.ran;
SELECT count(*) AS grants_to_the_owner FROM phi.access_grants WHERE role = 'mallory_owner'::regrole;
-- elevation_via_breach_scope_patients: the patient table is read with the
-- officer's rights and no owner code: row security, a view, an
-- owner-made type are refused before anything runs
DELETE FROM evil.ran;
SET ROLE officer;
SELECT regress.err(format($$SELECT * FROM phi.breach_scope('snoop', %L, %L, 'evil.contacts', 'contact_phone')$$, :'t0', :'t1'));
SELECT regress.err(format($$SELECT * FROM phi.breach_scope('snoop', %L, %L, 'evil.v', 'mrn')$$, :'t0', :'t1'));
SELECT regress.err(format($$SELECT * FROM phi.breach_scope('snoop', %L, %L, 'evil.typed', 'mrn')$$, :'t0', :'t1'));
RESET ROLE;
SELECT count(*) AS owner_code_ran FROM evil.ran;

-- workflow_bypass_by_direct_write: the officer's table rights went around
-- the rule. Each of these is refused, or recomputed, now.
SET ROLE officer;
SELECT phi.report_breach('Laptop stolen with an export of patients', now() - interval '70 days', affected_count => 900) AS big \gset
SELECT phi.set_breach_status(:'big', 'confirmed');
SELECT regress.err(format($$UPDATE phi.breach_incidents SET not_a_breach_at = now() WHERE id = %L$$, :'big'));
SELECT regress.err(format($$UPDATE phi.breach_incidents SET discovered_at = now() WHERE id = %L$$, :'big'));
SELECT regress.err(format($$UPDATE phi.breach_incidents SET confirmed_at = '2020-01-01' WHERE id = %L$$, :'big'));
SELECT regress.err(format($$SELECT phi.set_breach_status(%L, 'contained', '-infinity')$$, :'big'));
SELECT regress.err(format($$SELECT phi.set_breach_status(%L, 'contained', now() - interval '1 year')$$, :'big'));
SELECT regress.err(format($$SELECT phi.set_breach_status(%L, 'confirmed', now())$$, :'big'));
-- a direct INSERT is an incident like any other: its id and reporter are
-- assigned, whatever was given
INSERT INTO phi.breach_incidents (id, description, discovered_at, severity, reported_by, reported_at)
VALUES ('BREACH-20990101-0001', 'An incident inserted directly', now(), 'low', 'someone', '2001-01-01');
SELECT id ~ ('^BREACH-' || to_char(now(), 'YYYYMMDD') || '-[0-9]{4}$') AS id_assigned, reported_by, reported_at > '2001-01-02' AS reported_now
  FROM phi.breach_incidents WHERE description = 'An incident inserted directly';
SELECT regress.err($$INSERT INTO phi.breach_incidents (id, description, discovered_at, severity, reported_by, reported_at, confirmed_at)
                     VALUES ('BREACH-' || to_char(now(), 'YYYYMMDD') || '-0900', 'An incident born confirmed', now(), 'low', 'someone', now(), now())$$);
-- a forged assessment: its verdict is recomputed from its factors, its
-- time and author are the session's, its note redacted; then kept as made
INSERT INTO phi.breach_assessments (incident, nature, recipient, acquired, acquired_source, mitigation, probability,
                                    notification_required, assessed_by, assessed_at, nature_note)
VALUES (:'big', 'high', 'high', 'high', 'officer', 'high', 'low', false, 'chief_privacy_officer', '294276-12-31 23:59:59+00',
        'Patient Jane Doe SSN 123-45-6789');
SELECT probability, notification_required, assessed_by, assessed_at < '3000-01-01' AS assessed_now, nature_note
  FROM phi.breach_assessments WHERE incident = :'big';
SELECT regress.err(format($$UPDATE phi.breach_assessments SET notification_required = false WHERE incident = %L$$, :'big'));
SELECT regress.err(format($$DELETE FROM phi.breach_assessments WHERE incident = %L$$, :'big'));
SELECT DISTINCT state FROM phi.breach_deadlines WHERE incident = :'big' AND obligation = 'individuals';
-- notices: the incident and notice do not change, nor arrive from the future
SELECT phi.record_notification(:'big', 'individuals', now(), 'mail', note => 'Letters to John Smith and others') > 0 AS recorded;
SELECT note FROM phi.breach_notifications WHERE incident = :'big';
SELECT regress.err(format($$UPDATE phi.breach_notifications SET incident = 'BREACH-20261201-0001' WHERE incident = %L$$, :'big'));
SELECT regress.err(format($$UPDATE phi.breach_notifications SET sent_at = '2999-01-01' WHERE incident = %L$$, :'big'));
SELECT regress.err(format($$UPDATE phi.breach_notifications SET sent_at = '2001-01-01' WHERE incident = %L$$, :'big'));
RESET ROLE;

-- phi_echoed_in_the_breach_workflow: nothing an officer types by mistake
-- (a patient's name and SSN where a code or name belongs) reaches an
-- error, the audit trail or the server log
SET ROLE officer;
SELECT regress.err(format($$SELECT phi.record_notification(%L, 'media', now(), 'press_release', 'Jane Doe SSN 123-45-6789')$$, :'big'));
SELECT regress.err($$SELECT * FROM phi.breach_scope('Jane Doe 123-45-6789', now() - interval '1 hour', now())$$);
SELECT regress.err($$SELECT phi.set_breach_setting('Jane Doe 123-45-6789', 'x')$$);
SELECT regress.err(format($$SELECT phi.set_breach_status(%L, 'Jane Doe 123-45-6789')$$, :'big'));
SELECT regress.err($$SELECT phi.report_breach('A description long enough', '-infinity', business_associate => 'BA Mary Major 987-65-4321')$$);
SELECT phi.set_breach_setting('covered_entity', 'Clinic of Dr. John Smith, SSN 123-45-6789');
SELECT phi.report_breach('A breach at a business associate', now(), affected_count => 2,
                         business_associate => 'Billing vendor, contact Mary Major, SSN 123-45-6789') AS ba \gset
SELECT business_associate FROM phi.breach_incidents WHERE id = :'ba';
SELECT phi.set_breach_setting('covered_entity', NULL);
RESET ROLE;
SELECT count(*) AS phi_in_the_trail FROM phi.audit_log WHERE reason ~ '123-45-6789|987-65-4321|Jane Doe|Mary Major|John Smith';

-- settings that passed the check but broke every later call
SET ROLE officer;
SELECT regress.err($$SELECT phi.set_breach_setting('break_glass_review_days', '9999999999')$$);
SELECT regress.err($$SELECT phi.set_breach_setting('audit_verify_days', '2147483647')$$);
SELECT regress.err($$SELECT phi.set_breach_setting('key_max_age', '1000000 years')$$);
SELECT regress.err($$SELECT phi.set_breach_setting('timezone', 'ABC-167:59')$$);
SELECT regress.err($$SELECT phi.set_breach_setting('business_days', '')$$);
SELECT phi.set_breach_setting('timezone', 'America/Chicago');
SELECT phi.set_breach_setting('timezone', NULL);
-- per-state counts that overflow
SELECT regress.err($$SELECT phi.report_breach('A description long enough', now(), affected_by_state => '{"CA": 9223372036854775807, "NV": 2}')$$);
RESET ROLE;

-- separation of duties: the incident's suspect neither moves nor assesses it
SELECT phi.report_breach('Compliance officer suspected of browsing', now(), suspect_role => 'officer',
                         window_from => now() - interval '1 hour', window_to => now()) AS own \gset
SET ROLE officer;
SELECT regress.err(format($$SELECT phi.set_breach_status(%L, 'not_a_breach')$$, :'own'));
SELECT regress.err(format($$SELECT * FROM phi.assess_breach(%L, 'low', 'low', 'low', 'low')$$, :'own'));
SELECT regress.err(format($$UPDATE phi.breach_incidents SET suspect_role = 'snoop' WHERE id = %L$$, :'own'));
RESET ROLE;
SELECT phi.set_breach_status(:'own', 'not_a_breach');

-- ids past 9999 a day
SET ROLE officer;
SELECT phi.report_breach('Numbering test, first of the day', '2026-06-01 12:00+00') AS n1 \gset
RESET ROLE;
ALTER TABLE phi.breach_incidents DISABLE TRIGGER check_incident;
UPDATE phi.breach_incidents SET id = 'BREACH-20260601-9999' WHERE id = :'n1';
ALTER TABLE phi.breach_incidents ENABLE TRIGGER check_incident;
SET ROLE officer;
SELECT phi.report_breach('Numbering test, the next of the day', '2026-06-01 13:00+00') AS id;
RESET ROLE;

-- scope_lost_on_rollback: the list of affected patients is a disclosure,
-- recorded at once like a read
SELECT count(*) AS before FROM phi.audit_log WHERE action = 'breach_scope' \gset
SET ROLE officer;
BEGIN;
SELECT count(*) AS patients FROM phi.breach_scope('snoop', :'t0', :'t1');
ROLLBACK;
RESET ROLE;
SELECT pg_sleep(0.5);
SELECT count(*) - :before AS scope_events_after_rollback FROM phi.audit_log WHERE action = 'breach_scope';

-- bulk_read_split_by_set_role: reads under SET ROLE count for the login
CREATE ROLE helper_role;
GRANT USAGE ON SCHEMA bt TO helper_role;
GRANT SELECT ON bt.patients TO helper_role;
GRANT helper_role TO snoop;
SELECT phi.grant_access('helper_role', 'ssn', 'plaintext', 'all_subjects');
SELECT clock_timestamp() AS t2 \gset
SET SESSION AUTHORIZATION snoop;
SELECT count(ssn::text) FROM bt.patients WHERE mrn IN (SELECT 'MRN-' || i FROM generate_series(1, 15) i);
SET ROLE helper_role;
SELECT count(ssn::text) FROM bt.patients WHERE mrn IN (SELECT 'MRN-' || i FROM generate_series(16, 30) i);
RESET ROLE;
RESET SESSION AUTHORIZATION;
SELECT clock_timestamp() AS t3 \gset
SET ROLE officer;
SELECT indicator, role, patients FROM phi.breach_indicators(:'t2', :'t3') WHERE indicator = 'bulk_read';
RESET ROLE;

-- a window emptied by a superuser, and rows removed from the head without
-- phi.purge_audit: both are breaks (they used to pass as clean). A read
-- after the window first, so that the window is not the log's tail (a
-- tail cut off shows only against a stored digest).
SET SESSION AUTHORIZATION snoop;
SELECT count(ssn::text) FROM bt.patients WHERE mrn = 'MRN-1';
RESET SESSION AUTHORIZATION;
CREATE TEMP TABLE saved AS SELECT * FROM phi.audit_log WHERE occurred_at >= :'t2' AND occurred_at < :'t3';
ALTER TABLE phi.audit_log DISABLE TRIGGER USER;
DELETE FROM phi.audit_log WHERE occurred_at >= :'t2' AND occurred_at < :'t3';
ALTER TABLE phi.audit_log ENABLE TRIGGER USER;
SET ROLE officer;
SELECT regress.err(format($$SELECT * FROM phi.breach_scope('snoop', %L, %L)$$, :'t2', :'t3')) ~ '^55000: .*does not verify' AS emptied_window_refused;
RESET ROLE;
ALTER TABLE phi.audit_log DISABLE TRIGGER USER;
INSERT INTO phi.audit_log SELECT * FROM saved;
CREATE TEMP TABLE saved_head AS SELECT * FROM phi.audit_log ORDER BY seq LIMIT 2;
DELETE FROM phi.audit_log WHERE seq IN (SELECT seq FROM saved_head);
ALTER TABLE phi.audit_log ENABLE TRIGGER USER;
SET ROLE officer;
SELECT check_name, status, detail ~ 'neither the genesis hash nor a purge checkpoint' AS says_why
  FROM phi.compliance_report() WHERE check_name = 'audit_chain_verifies';
RESET ROLE;
ALTER TABLE phi.audit_log DISABLE TRIGGER USER;
INSERT INTO phi.audit_log SELECT * FROM saved_head;
ALTER TABLE phi.audit_log ENABLE TRIGGER USER;
SELECT count(*) AS problems FROM phi.verify_audit();

-- ---------------------------------------------------------------- attacks on the second version
-- elevation_via_index_expression_planning: planning the patient table's
-- read evaluated its index expressions' immutable functions as the
-- officer; the table is now read by a heap scan, nothing planned
SET ROLE mallory_owner;
CREATE FUNCTION evil.act() RETURNS int LANGUAGE plpgsql VOLATILE AS $f$
BEGIN INSERT INTO evil.ran (who) VALUES (current_user); RETURN 0; END $f$;
CREATE FUNCTION evil.k(int) RETURNS int LANGUAGE plpgsql IMMUTABLE AS $f$ BEGIN RETURN evil.act() * 0 + $1; END $f$;
CREATE TABLE evil.pt (mrn text);
INSERT INTO evil.pt SELECT 'MRN-' || i FROM generate_series(1, 30) i;
CREATE INDEX ON evil.pt ((mrn || evil.k(1)::text));
GRANT SELECT ON evil.pt TO PUBLIC;
RESET ROLE;
DELETE FROM evil.ran;
SET ROLE admin_a;
SELECT count(patient_id) AS ids_matched FROM phi.breach_scope('snoop', :'t0', :'t1', 'evil.pt', 'mrn');
RESET ROLE;
SELECT count(*) AS owner_code_ran FROM evil.ran;
-- code_via_a_shared_owner: a table owned by phi_compliance (any officer
-- may give it one) was sampled, as phi_compliance, in every officer's
-- report; a superuser's report also samples no table of pg_phi's roles
CREATE SCHEMA shared;
GRANT USAGE ON SCHEMA shared TO PUBLIC;
CREATE FUNCTION shared.p() RETURNS boolean LANGUAGE plpgsql AS $f$
BEGIN INSERT INTO evil.ran (who) VALUES (current_user); RETURN true; END $f$;
CREATE TABLE shared.contacts (contact_phone text);
INSERT INTO shared.contacts VALUES ('(555) 301-0001');
ALTER TABLE shared.contacts ENABLE ROW LEVEL SECURITY;
ALTER TABLE shared.contacts FORCE ROW LEVEL SECURITY;
CREATE POLICY p ON shared.contacts USING (shared.p());
ALTER TABLE shared.contacts OWNER TO phi_compliance;
SET ROLE officer;
SELECT detail ~ 'shared\.contacts\.contact_phone' AS named_by_column_name FROM phi.compliance_report() WHERE check_name = 'phi_columns_protected';
RESET ROLE;
SELECT count(*) AS ran FROM phi.compliance_report();
SELECT count(*) AS owner_code_ran FROM evil.ran;
DROP SCHEMA shared CASCADE;
-- a table that cannot be sampled (not populated, not readable by its
-- owner) is judged by its column names; the report does not fail
SET ROLE mallory_owner;
CREATE MATERIALIZED VIEW evil.mv AS SELECT 'x'::text AS contact_phone WITH NO DATA;
CREATE TABLE evil.locked (contact_phone text);
REVOKE ALL ON evil.locked FROM mallory_owner;
RESET ROLE;
SELECT status, detail ~ 'evil\.mv\.contact_phone' AND detail ~ 'evil\.locked\.contact_phone' AS named
  FROM phi.compliance_report() WHERE check_name = 'phi_columns_protected';
-- a view's PHI columns are named too
CREATE VIEW bt.ssn_view AS SELECT mrn AS patient_ssn FROM bt.patients;
SELECT detail ~ 'bt\.ssn_view\.patient_ssn' AS view_named FROM phi.compliance_report() WHERE check_name = 'phi_columns_protected';
DROP VIEW bt.ssn_view;
SET ROLE officer;
-- an incident from before HIPAA broke every deadline view (timestamp out
-- of range) and could not be removed
SELECT regress.err($$SELECT phi.report_breach('Ancient incident discovered long ago', '4714-11-24 00:00:00+00 BC')$$);
SELECT regress.err($$SELECT phi.report_breach('A description long enough', now(), breach_date => '-infinity')$$);
-- id_poisoning: an incident or assessment id chosen to collide with the
-- next one; ids are assigned now
INSERT INTO phi.breach_incidents (id, description, discovered_at, severity, reported_by, reported_at)
VALUES ('BREACH-' || to_char(now(), 'YYYYMMDD') || '-999999999', 'placeholder incident', now(), 'low', 'x', now());
SELECT phi.report_breach('Lost laptop, discovered today', now()) ~ '^BREACH-[0-9]{8}-[0-9]{4}$' AS still_numbered;
SELECT nextval('phi.breach_assessments_id_seq') AS n \gset
INSERT INTO phi.breach_assessments (id, incident, nature, recipient, acquired, acquired_source, mitigation, probability,
                                    notification_required, assessed_by, assessed_at)
VALUES (:n + 1, :'big', 'high', 'high', 'high', 'officer', 'high', 'high', true, 'x', now());
SELECT count(*) AS assessed FROM phi.assess_breach(:'big', 'high', 'high', 'high', 'high');
-- closing while raising the counts in the same UPDATE left notices owed
SELECT phi.report_breach('A small incident to close', now() - interval '2 days', affected_count => 3) AS small \gset
SELECT phi.set_breach_status(:'small', 'confirmed');
SELECT phi.set_breach_status(:'small', 'contained');
SELECT phi.record_notification(:'small', 'individuals', now(), 'mail') > 0 AS ok;
SELECT phi.set_breach_status(:'small', 'notified');
SELECT phi.record_notification(:'small', 'hhs', now(), 'annual_log') > 0 AS ok;
SELECT regress.err(format($$UPDATE phi.breach_incidents SET status = 'closed', affected_count = 5000, affected_by_state = '{"CA": 5000}'
                             WHERE id = %L$$, :'small'));
SELECT phi.set_breach_status(:'small', 'closed');
SELECT regress.err(format($$UPDATE phi.breach_incidents SET affected_count = 5000 WHERE id = %L$$, :'small'));
-- an all-low assessment made before the suspect was named no longer
-- counts once it is; a window without a suspect is refused; the suspect
-- named may not change it
SELECT phi.report_breach('Charts browsed, suspect unknown yet', now() - interval '1 day') AS later \gset
SELECT notification_required FROM phi.assess_breach(:'later', 'low', 'low', 'low', 'low');
SELECT DISTINCT state FROM phi.breach_deadlines WHERE incident = :'later';
SELECT regress.err(format($$UPDATE phi.breach_incidents SET window_from = now() - interval '3 days', window_to = now() WHERE id = %L$$, :'later'));
UPDATE phi.breach_incidents SET suspect_role = 'snoop', window_from = :'t0', window_to = :'t1' WHERE id = :'later';
SELECT DISTINCT state FROM phi.breach_deadlines WHERE incident = :'later' AND obligation = 'individuals';
RESET ROLE;
SELECT phi.report_breach('Officer suspected, named by another', now() - interval '1 day', suspect_role => 'officer',
                         window_from => now() - interval '2 days', window_to => now() - interval '1 day') AS named \gset
SET ROLE officer;
SELECT regress.err(format($$UPDATE phi.breach_incidents SET suspect_role = 'snoop' WHERE id = %L$$, :'named'));
-- PHI where a role name belongs, and values a constraint would print
SELECT regress.err($$SELECT phi.report_breach('A description long enough', now(), suspect_role => 'Jane Doe 123-45-6789',
                                               window_from => now() - interval '1 hour', window_to => now())$$);
SELECT regress.err($$SELECT phi.report_breach('A description long enough', now(), suspect_role => 'Jane Doe 123-45-6789',
                                               window_from => now(), window_to => now() - interval '1 hour')$$);
SELECT regress.err($$SELECT phi.report_breach('A description long enough by Jane Doe 123-45-6789', now(), affected_count => -1)$$);
RESET ROLE;
SELECT phi.set_breach_status(:'named', 'not_a_breach');

DROP SCHEMA evil CASCADE;
SELECT phi.revoke_access('helper_role', 'ssn');
DROP ROLE mallory_owner, admin_a;

-- ---------------------------------------------------------------- who may
SET ROLE outsider;
SELECT regress.err($$SELECT * FROM phi.breach_incidents$$);
SELECT regress.err($$SELECT phi.report_breach('A description long enough', now())$$);
SELECT regress.err($$SELECT * FROM phi.breach_scope('snoop', now() - interval '1 hour', now())$$);
SELECT regress.err($$SELECT * FROM phi.breach_indicators()$$);
SELECT regress.err($$SELECT * FROM phi.compliance_report()$$);
SELECT regress.err($$SELECT phi._audit_window_problem(now() - interval '1 hour', now())$$);
RESET ROLE;
-- EXECUTE granted by mistake does not open the trail
GRANT EXECUTE ON FUNCTION phi.breach_scope(text, timestamptz, timestamptz, regclass, text) TO outsider;
SET ROLE outsider;
SELECT regress.err($$SELECT * FROM phi.breach_scope('snoop', now() - interval '1 hour', now())$$);
RESET ROLE;
-- nothing is deleted, not even by the officer
SET ROLE officer;
SELECT regress.err($$DELETE FROM phi.breach_incidents$$);
RESET ROLE;
-- every change was an audit event, without free text
SELECT action, count(*) > 0 AS recorded FROM phi.audit_log
 WHERE action IN ('breach_incident', 'breach_assessment', 'breach_notification', 'breach_setting') GROUP BY action ORDER BY action;
SELECT count(*) AS free_text_in_log FROM phi.audit_log WHERE reason ~ 'Laptop|fax|John|Smith|destroyed';
SELECT count(*) AS problems FROM phi.verify_audit();

REVOKE ALL ON SCHEMA bt FROM helper_role;
DROP SCHEMA bt CASCADE;
REVOKE EXECUTE ON FUNCTION phi.breach_scope(text, timestamptz, timestamptz, regclass, text) FROM outsider;
SELECT phi.revoke_access(r::regrole, c) FROM (VALUES ('snoop', 'ssn'), ('snoop', 'name'), ('blocked', '*'), ('lapsed', 'ssn'), ('clerk', 'ssn')) v(r, c);
DELETE FROM phi.break_glass WHERE role = 'snoop'::regrole;
REVOKE helper_role FROM snoop;
DROP ROLE snoop, blocked, lapsed, clerk, outsider, officer, helper_role;
