-- Minimum-necessary access: grants per role and class, care teams, patient
-- logins, masks, break-glass, writes, keyed functions, the row filter, and
-- the attacks on each (elevation_via_*).

CREATE SCHEMA ward;
CREATE TABLE ward.patients (id int PRIMARY KEY, mrn text, name text, ssn text, dx text, dob text);
INSERT INTO ward.patients VALUES
    (1, 'M-1', 'Jane Q. Public', '123-45-6789', 'type 2 diabetes', '1961-03-15'),
    (2, 'M-2', 'John Roe', '987-65-4321', 'asthma', '1975-11-02'),
    (3, 'M-3', 'Ana Ruiz', '555-12-3456', 'hypertension', '1990-07-21');
SET client_min_messages = warning;
CALL phi.protect_column('ward.patients', 'name', 'name', 'mrn');
CALL phi.protect_column('ward.patients', 'ssn', 'ssn', 'mrn', blind_index => true);
CALL phi.protect_column('ward.patients', 'dx', 'diagnosis', 'mrn');
CALL phi.protect_column('ward.patients', 'dob', 'dob', 'mrn');
RESET client_min_messages;

-- the example matrix: job roles, and people in them
CREATE ROLE physician;
CREATE ROLE nurse;
CREATE ROLE billing;
CREATE ROLE front_desk;
CREATE ROLE it_support;
CREATE ROLE dr_alice LOGIN IN ROLE physician;
CREATE ROLE dr_erin LOGIN IN ROLE physician;     -- the ER physician, on no care team
CREATE ROLE nurse_ned LOGIN IN ROLE nurse;
CREATE ROLE bill_bob LOGIN IN ROLE billing;
CREATE ROLE desk_dee LOGIN IN ROLE front_desk;
CREATE ROLE it_ivan LOGIN IN ROLE it_support;
CREATE ROLE patient_jane LOGIN;
CREATE ROLE comp_carl LOGIN IN ROLE phi_compliance;
CREATE ROLE admin_amy LOGIN IN ROLE phi_admin;
GRANT USAGE ON SCHEMA ward TO PUBLIC;
GRANT SELECT ON ward.patients TO physician, nurse, billing, front_desk, it_support, patient_jane;
GRANT UPDATE ON ward.patients TO physician, billing, front_desk;

SET ROLE admin_amy;
SELECT phi.grant_access('physician', '*', 'plaintext', 'care_team');
SELECT phi.grant_access('physician', 'name', 'masked', 'all_subjects');
SELECT phi.grant_access('nurse', '*', 'plaintext', 'care_team');
SELECT phi.grant_access('nurse', 'ssn', 'masked', 'care_team');   -- plaintext on * still wins
SELECT phi.grant_access('billing', 'ssn', 'masked', 'all_subjects');
SELECT phi.grant_access('billing', 'name', 'plaintext', 'all_subjects');
SELECT phi.grant_access('billing', 'diagnosis', 'none', 'all_subjects');
SELECT phi.grant_access('front_desk', 'name', 'plaintext', 'all_subjects');
SELECT phi.grant_access('front_desk', 'dob', 'masked', 'all_subjects');
SELECT phi.grant_access('front_desk', 'ssn', 'masked', 'all_subjects', can_write => true);
SELECT phi.grant_access('it_support', '*', 'sealed', 'all_subjects');
SELECT phi.grant_access('patient_jane', '*', 'plaintext', 'self');
SELECT phi.assign_care('physician', 'M-1') > 0 AS team_physician;   -- the whole physician group
SELECT phi.assign_care('nurse_ned', 'M-2') > 0 AS ned_on_m2;
SELECT phi.map_login('patient_jane', 'M-1');
RESET ROLE;
SELECT role, class, all_subjects, care_team, self, can_write FROM phi.access_matrix
 WHERE role::text IN ('physician', 'billing', 'front_desk', 'it_support', 'patient_jane')
   AND class IN ('name', 'ssn', 'diagnosis', 'dob') ORDER BY role::text, class;

-- physician: plaintext for the care team (M-1), initials elsewhere, the rest sealed
SET ROLE dr_alice;
SELECT id, name, ssn, dx, dob FROM ward.patients WHERE id = 1;
SELECT id, name, left(ssn::text, 5) AS ssn, left(dx::text, 5) AS dx FROM ward.patients WHERE id = 2;
SELECT phi.access_level('ssn', 'M-1') AS m1, phi.access_level('ssn', 'M-2') AS m2, phi.access_level('name', 'M-2') AS name_m2;
-- billing: insurance work without diagnoses (none is an error)
SET ROLE bill_bob;
SELECT id, name, ssn FROM ward.patients ORDER BY id;
SELECT dx FROM ward.patients WHERE id = 1;
SELECT regress.err($$SELECT dx::text FROM ward.patients WHERE id = 1$$);
-- (the level applies where a value is shown or cast; a header reader is not a disclosure)
SELECT phi.data_class(dx) FROM ward.patients WHERE id = 1;
-- front desk: names, birth year, last four of the SSN
SET ROLE desk_dee;
SELECT id, name, dob, ssn FROM ward.patients ORDER BY id;
-- IT support: only sealed values, whatever it asks
SET ROLE it_ivan;
SELECT id, left(name::text, 5) AS name, left(phi.decrypt(ssn), 5) AS ssn FROM ward.patients WHERE id = 1;
-- the patient: their own record only
SET ROLE patient_jane;
SELECT id, name, ssn, dx FROM ward.patients WHERE id = 1;
SELECT id, left(name::text, 5) AS name FROM ward.patients WHERE id = 2;
RESET ROLE;

-- a superuser gets nothing implicitly
SELECT left(name::text, 5) AS superuser_sees FROM ward.patients WHERE id = 1;

-- nurse_ned's assignment is personal (M-2); the physician group's covers members
SET ROLE nurse_ned;
SELECT id, left(name::text, 5) AS name FROM ward.patients WHERE id IN (1, 2) ORDER BY id;
RESET ROLE;

-- masks are per class and configurable
SET ROLE admin_amy;
SELECT phi.set_mask('ssn', 'redacted');
SET ROLE bill_bob;
SELECT ssn FROM ward.patients WHERE id = 1;
SET ROLE admin_amy;
SELECT phi.set_mask('ssn', 'last4');
SELECT regress.err($$SELECT phi.set_mask('ssn', 'sparkles')$$);
SELECT regress.err($$SELECT phi.set_mask('no_such_class', 'last4')$$);
RESET ROLE;

-- a change reaches other sessions at their next statement: end_care stops
-- at once, and an assignment past its until stops granting by itself
SET ROLE dr_alice;
SELECT name FROM ward.patients WHERE id = 1;
SET ROLE admin_amy;
SELECT phi.end_care('physician', 'M-1') AS ended;
SET ROLE dr_alice;
SELECT name, left(dx::text, 5) AS dx FROM ward.patients WHERE id = 1;
SET ROLE admin_amy;
SELECT phi.assign_care('dr_alice', 'M-3', now() + interval '0.3 seconds') > 0 AS short_assignment;
SELECT regress.err($$SELECT phi.assign_care('dr_alice', 'M-3', now() - interval '1 day')$$);
SET ROLE dr_alice;
SELECT dx FROM ward.patients WHERE id = 3;
SELECT pg_sleep(0.4);
SELECT left(dx::text, 5) AS dx_after_until FROM ward.patients WHERE id = 3;
SET ROLE admin_amy;
SELECT phi.assign_care('physician', 'M-1') > 0 AS back_on_team;
RESET ROLE;

-- writes: a masked reader may not write the class (its mask written back
-- would replace the value); can_write => true lets it; plaintext writes
SET ROLE bill_bob;
SELECT regress.err($$UPDATE ward.patients SET ssn = '***-**-6789' WHERE id = 1$$);
SELECT regress.err($$UPDATE ward.patients SET name = 'Jane Public' WHERE id = 1$$);
SET ROLE desk_dee;
SELECT regress.err($$UPDATE ward.patients SET ssn = '123-45-0000' WHERE id = 3$$);
SET ROLE dr_alice;
UPDATE ward.patients SET dx = 'type 2 diabetes, controlled' WHERE id = 1;
SELECT dx FROM ward.patients WHERE id = 1;
-- updating another column leaves protected values alone, for anyone
SET ROLE bill_bob;
SELECT regress.err($$UPDATE ward.patients SET mrn = mrn WHERE id = 2$$);
RESET ROLE;
SELECT phi.decrypt(ssn) IS NOT NULL AS still_there FROM ward.patients WHERE id = 3;
SET ROLE dr_alice;
-- keyed functions follow plaintext rights on the class
SELECT id FROM ward.patients WHERE ssn_bidx = phi.blind_index('123-45-6789', 'ssn');
SET ROLE bill_bob;
SELECT regress.err($$SELECT phi.blind_index('123-45-6789', 'ssn')$$);
SELECT regress.err($$SELECT phi.redact('SSN 123-45-6789', 'pseudonym')$$);
SELECT phi.redact('Jane Roe', 'pseudonym') ~ '^\[NAME-[a-z2-9]{8}\]$' AS name_pseudonym_ok;
SELECT regress.err($$SELECT phi.subject_digest('M-1')$$);
RESET ROLE;

-- parallel workers decide as the leader's roles: format() in the scan's
-- filter runs the type's output function inside the worker (the leader
-- does not scan), and billing still gets masks there
SET ROLE bill_bob;
SET force_parallel_mode = on;
SET parallel_leader_participation = off;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF)
  SELECT count(*) FROM ward.patients WHERE format('%s', ssn) LIKE '***-**-____';
SELECT count(*) AS masked_in_the_worker FROM ward.patients WHERE format('%s', ssn) LIKE '***-**-____';
RESET parallel_leader_participation;
RESET force_parallel_mode;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET ROLE;

-- break-glass: the ER physician, off M-3's team, opens a justified window
SET ROLE dr_erin;
SELECT left(dx::text, 5) AS before_break_glass FROM ward.patients WHERE id = 3;
SELECT regress.err($$SELECT phi.break_glass('M-3', 'urgent')$$);
SELECT regress.err($$SELECT phi.break_glass('M-3', 'unconscious patient in the ED, no history', 100000)$$);
SELECT regress.err($$SELECT phi.break_glass(NULL, 'unconscious patient in the ED, no history')$$);
SELECT phi.break_glass('M-3', 'Unconscious patient in the ED; Ana Ruiz, SSN 555-12-3456, needs history', 30) > 0 AS opened;
SELECT dx, name FROM ward.patients WHERE id = 3;
-- that patient only
SELECT left(dx::text, 5) AS other_patient FROM ward.patients WHERE id = 2;
-- only the role that opened it: another physician gets nothing from it
SET ROLE dr_alice;
SELECT left(dx::text, 5) AS alice FROM ward.patients WHERE id = 3;
-- the opener cannot read or review the queue
SET ROLE dr_erin;
SELECT regress.err($$SELECT * FROM phi.break_glass_sessions$$);
SELECT regress.err($$SELECT phi.review_break_glass(1, 'justified')$$);
-- compliance sees it, PHI in the reason redacted, and reviews it
SET ROLE comp_carl;
SELECT role, reason, open, reviewed FROM phi.break_glass_review_queue;
SELECT phi.review_break_glass(id, 'justified', 'confirmed with Dr. Erin Smith') FROM phi.break_glass_review_queue;
SELECT role, outcome, reviewed_by, review_note FROM phi.break_glass_sessions;
SELECT count(*) AS still_queued FROM phi.break_glass_review_queue;
SELECT regress.err($$SELECT phi.review_break_glass(999, 'justified')$$);
SELECT regress.err($$SELECT phi.review_break_glass(1, 'fine by me')$$);
RESET ROLE;

-- elevation_via_self_review: a compliance member who breaks glass cannot review it
GRANT physician TO comp_carl;
SET ROLE comp_carl;
SELECT phi.break_glass('M-2', 'covering a colleague''s patient overnight call', 5) > 0 AS carl_opened;
SELECT regress.err($$SELECT phi.review_break_glass(id, 'justified') FROM phi.break_glass WHERE reason LIKE 'covering%'$$);
-- elevation_via_break_glass_table: only the review columns can change
SELECT regress.err($$UPDATE phi.break_glass SET expires_at = now() + interval '1 year'$$);
SELECT regress.err($$UPDATE phi.break_glass SET outcome = 'justified', reviewed_at = now(), role = 'comp_carl'$$);
SELECT regress.err($$INSERT INTO phi.break_glass (role, subject_digest, reason, opened_at, expires_at) VALUES ('comp_carl', '\x00000000000000000000000000000000', 'x', now(), now() + interval '1 year')$$);
RESET ROLE;
REVOKE physician FROM comp_carl;

-- write_via_sealed_copy: a role that may not write a class cannot put back
-- an older sealed copy of a value, nor erase it with NULL
SET ROLE bill_bob;
CREATE TEMP TABLE old_copy AS SELECT id, ssn, dx FROM ward.patients;
RESET ROLE;
UPDATE ward.patients SET ssn = '555-12-9999' WHERE id = 3;   -- a correction
SET ROLE bill_bob;
SELECT regress.err($$UPDATE ward.patients p SET ssn = o.ssn FROM old_copy o WHERE p.id = o.id AND p.id = 3$$);
SELECT regress.err($$UPDATE ward.patients SET ssn = NULL WHERE id = 3$$);
SELECT regress.err($$UPDATE ward.patients SET dx = NULL WHERE id = 3$$);
-- forged_blind_index: a blind index set by the writer is recomputed
UPDATE ward.patients SET ssn_bidx = (SELECT ssn_bidx FROM ward.patients WHERE id = 1) WHERE id = 3;
RESET ROLE;
SELECT id FROM ward.patients WHERE ssn_bidx = (SELECT ssn_bidx FROM ward.patients WHERE id = 1) ORDER BY id;

-- break-glass limits: a role with no care_team grant opens nothing, a
-- reason has at most 1000 characters, and a window opened in a transaction
-- that rolls back never opened anything
SET ROLE bill_bob;
SELECT regress.err($$SELECT phi.break_glass('M-3', 'checking a billing dispute for this patient')$$);
SET ROLE dr_erin;
SELECT regress.err(format('SELECT phi.break_glass(%L, %L)', 'M-2', repeat('x', 1001)));
BEGIN;
SELECT phi.break_glass('M-2', 'looking at M-2 before the window commits', 5) > 0 AS opened_uncommitted;
SELECT left(dx::text, 5) AS before_commit FROM ward.patients WHERE id = 2;
ROLLBACK;
RESET ROLE;
SELECT count(*) AS windows_for_m2 FROM phi.break_glass_sessions WHERE reason LIKE '%before the window commits%';
-- the patient id given to break_glass is taken out of its reason
SET ROLE dr_erin;
SELECT phi.break_glass('M-2', 'pt m-2 collapsed in radiology, need allergies now', 5) > 0 AS opened;
RESET ROLE;
SELECT reason FROM phi.break_glass_sessions WHERE reason LIKE '%collapsed%';
-- break_glass_laundering_by_rebind: a value readable only through a window
-- cannot be moved to another patient's row
SET ROLE dr_erin;
SELECT left(dx::text, 5) AS m2_through_window FROM ward.patients WHERE id = 2;
RESET ROLE;
GRANT INSERT ON ward.patients TO physician;
SET ROLE dr_erin;
SELECT regress.err($$INSERT INTO ward.patients (id, mrn, dx) SELECT 9, 'M-1', dx FROM ward.patients WHERE id = 2$$);
RESET ROLE;
REVOKE INSERT ON ward.patients FROM physician;

-- an assignment until 'infinity' has no end (and breaks nothing)
SET ROLE admin_amy;
SELECT phi.assign_care('it_support', 'M-1', 'infinity') > 0 AS forever;
RESET ROLE;
SELECT count(*) AS open_ended FROM phi.care_assignments WHERE grantee = 'it_support'::regrole AND until IS NULL;
SELECT left(name::text, 5) AS still_reads FROM ward.patients WHERE id = 1;

-- elevation_via_self_grant: a role cannot grant itself access or extend its care
SET ROLE dr_alice;
SELECT regress.err($$SELECT phi.grant_access('dr_alice', '*', 'plaintext', 'all_subjects')$$);
SELECT regress.err($$INSERT INTO phi.access_grants (role, class, level, scope, can_write) VALUES ('dr_alice', '*', 'plaintext', 'all_subjects', true)$$);
SELECT regress.err($$SELECT phi.assign_care('dr_alice', 'M-2')$$);
SELECT regress.err($$UPDATE phi.care_assignments SET until = NULL$$);
SELECT regress.err($$SELECT phi.map_login('dr_alice', 'M-2')$$);
SELECT regress.err($$SELECT * FROM phi.access_grants$$);
SELECT regress.err($$SELECT phi._policy_subject_digest('M-2')$$);
-- (elevation_via_set_role needs a login that is not a superuser: SET ROLE
-- is checked against the session user; tests/integration has it)
RESET ROLE;

-- elevation_via_security_definer: a physician's SECURITY DEFINER function
-- does not lend the physician's access to billing (the lower of the two)
CREATE FUNCTION ward.dx_of(p int) RETURNS text LANGUAGE sql SECURITY DEFINER
    SET search_path = pg_catalog AS $$ SELECT left(dx::text, 5) FROM ward.patients WHERE id = p $$;
ALTER FUNCTION ward.dx_of(int) OWNER TO dr_alice;
CREATE FUNCTION ward.ssn_of(p int) RETURNS text LANGUAGE sql SECURITY DEFINER
    SET search_path = pg_catalog AS $$ SELECT ssn::text FROM ward.patients WHERE id = p $$;
ALTER FUNCTION ward.ssn_of(int) OWNER TO dr_alice;
SET ROLE dr_alice;
SELECT ward.ssn_of(1) AS alice_through_her_function;
SET ROLE bill_bob;
SELECT ward.ssn_of(1) AS bob_through_alices_function;
SELECT regress.err($$SELECT ward.dx_of(1)$$);
RESET ROLE;
-- elevation_via_view: a view owned by a physician shows each reader its own level
CREATE VIEW ward.chart AS SELECT id, name, ssn FROM ward.patients;
ALTER VIEW ward.chart OWNER TO dr_alice;
SET ROLE dr_alice;
GRANT SELECT ON ward.chart TO bill_bob;
SELECT name, ssn FROM ward.chart WHERE id = 1;
SET ROLE bill_bob;
SELECT name, ssn FROM ward.chart WHERE id = 1;
RESET ROLE;

-- elevation_via_search_path: policy functions and triggers pin
-- search_path; a hostile pg_has_role in the caller's path changes nothing
CREATE SCHEMA evil;
CREATE FUNCTION evil.pg_has_role(name, oid, text) RETURNS boolean LANGUAGE sql AS 'SELECT false';
CREATE FUNCTION evil.pg_has_role(name, text, text) RETURNS boolean LANGUAGE sql AS 'SELECT true';
GRANT USAGE ON SCHEMA evil TO PUBLIC;
GRANT physician TO comp_carl;
SET ROLE comp_carl;
SET search_path = evil, public, pg_catalog;
SELECT regress.err($$SELECT phi.review_break_glass(id, 'justified') FROM phi.break_glass WHERE reason LIKE 'covering%'$$);
RESET search_path;
RESET ROLE;
REVOKE physician FROM comp_carl;

-- identifier injection: role, class and column names are data, never SQL
SET ROLE admin_amy;
SELECT regress.err($$SELECT phi.grant_access('x"; DROP TABLE ward.patients; --', 'ssn', 'plaintext')$$);
SELECT regress.err($$SELECT phi.grant_access('billing', 'ssn''; DROP TABLE ward.patients; --', 'plaintext')$$);
SELECT regress.err($$SELECT phi.grant_access('billing', 'ssn', 'everything')$$);
SELECT regress.err($$SELECT phi.grant_access('billing', 'ssn', 'plaintext', 'the_world')$$);
RESET ROLE;
SELECT regress.err($$SELECT phi.enable_row_policy('ward.patients', 'mrn) OR true OR (mrn')$$);
SELECT to_regclass('ward.patients') IS NOT NULL AS patients_still_there;

-- the row filter: rows of patients a role may see nothing of are hidden
SELECT phi.enable_row_policy('ward.patients', 'mrn');
SET ROLE patient_jane;
SELECT id, name FROM ward.patients ORDER BY id;
SET ROLE nurse_ned;
SELECT id, name FROM ward.patients ORDER BY id;
SET ROLE bill_bob;
SELECT count(*) AS billing_sees FROM ward.patients;
SET ROLE dr_erin;     -- break-glass window on M-3 still open
SELECT id FROM ward.patients ORDER BY id;
RESET ROLE;
SELECT count(*) AS owner_sees FROM ward.patients;

-- unmapping a patient login takes its own record away at once; a role
-- never mapped is reported as such
SET ROLE admin_amy;
SELECT phi.unmap_login('patient_jane') AS unmapped, phi.unmap_login('bill_bob') AS was_not_mapped;
SELECT regress.err($$SELECT phi.unmap_login('no_such_role')$$);
SET ROLE patient_jane;
SELECT count(*) AS rows_left_for_jane FROM ward.patients;
SET ROLE admin_amy;
SELECT phi.map_login('patient_jane', 'M-1');
RESET ROLE;

-- revoking takes effect at the next statement
SET ROLE admin_amy;
SELECT phi.revoke_access('billing', 'name') AS revoked;
SET ROLE bill_bob;
SELECT left(name::text, 5) AS name_after_revoke FROM ward.patients WHERE id = 1;
RESET ROLE;

-- phi_reader keeps its 0.1.0 meaning: plaintext of every class and patient
CREATE ROLE legacy_reader LOGIN IN ROLE phi_reader;
GRANT SELECT ON ward.patients TO legacy_reader;
SET ROLE legacy_reader;
SELECT id, name, ssn, dx FROM ward.patients ORDER BY id;
RESET ROLE;

-- cleanup
DROP SCHEMA ward CASCADE;
DROP SCHEMA evil CASCADE;
DELETE FROM phi.access_grants;
DELETE FROM phi.care_assignments;
DELETE FROM phi.login_subjects;
DELETE FROM phi.masks;
DELETE FROM phi.break_glass;
DROP ROLE dr_alice, dr_erin, nurse_ned, bill_bob, desk_dee, it_ivan, patient_jane, comp_carl, admin_amy,
          legacy_reader, physician, nurse, billing, front_desk, it_support;
