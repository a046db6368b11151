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
SELECT name, value, is_default FROM phi.breach_settings_in_effect WHERE NOT is_default ORDER BY name;
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
SELECT check_name, status FROM phi.compliance_report() WHERE check_name = 'idle_session_timeout';
RESET log_parameter_max_length; RESET log_min_error_statement; RESET log_statement; RESET idle_session_timeout;
-- an unprotected column that holds PHI fails the protection check, naming it
CREATE TABLE bt.intake (id int, contact_phone text);
INSERT INTO bt.intake SELECT i, '(555) 201-' || lpad(i::text, 4, '0') FROM generate_series(1, 20) i;
SELECT status, detail ~ 'bt\.intake\.contact_phone' AS names_it FROM phi.compliance_report() WHERE check_name = 'phi_columns_protected';
DROP TABLE bt.intake;
SELECT detail ~ 'intake' AS still_named FROM phi.compliance_report() WHERE check_name = 'phi_columns_protected';
-- a role that may not read a schema's tables is told they were not sampled
SET ROLE officer;
SELECT status, detail ~ 'not sampled\): .*bt' AS says_so FROM phi.compliance_report() WHERE check_name = 'phi_columns_protected';
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

DROP SCHEMA bt CASCADE;
REVOKE EXECUTE ON FUNCTION phi.breach_scope(text, timestamptz, timestamptz, regclass, text) FROM outsider;
SELECT phi.revoke_access(r::regrole, c) FROM (VALUES ('snoop', 'ssn'), ('snoop', 'name'), ('blocked', '*'), ('lapsed', 'ssn'), ('clerk', 'ssn')) v(r, c);
DELETE FROM phi.break_glass WHERE role = 'snoop'::regrole;
DROP ROLE snoop, blocked, lapsed, clerk, outsider, officer;
