-- The audit trail: every policy change and break-glass window is a
-- hash-chained event (the policy suite before this one made them);
-- phi.verify_audit finds every kind of tampering, and a stored digest
-- finds a truncated tail. Sequence numbers are shown relative to the
-- first row, so the suite does not depend on how many events came before.

SELECT count(*) > 10 AS events_recorded,
       count(*) FILTER (WHERE action = 'policy_grant') > 0 AS grants,
       count(*) FILTER (WHERE action = 'policy_care') > 0 AS care,
       count(*) FILTER (WHERE action = 'break_glass') > 0 AS break_glass,
       count(*) FILTER (WHERE action = 'break_glass_review') > 0 AS reviews
  FROM phi.audit_log;
-- key operations (init_keys, rotate_key, retire_key_version in the suites
-- before): id, version, purpose and master key fingerprint, no key material
SELECT action, count(*), bool_and(reason ~ '^key [0-9]+ version [0-9]+ [a-z_]+ master [0-9a-f]{16,}$') AS reason_shape
  FROM phi.audit_log WHERE action LIKE 'key_%' AND action <> 'key_reencrypt' GROUP BY action ORDER BY action;
-- each column phi.reencrypt finished re-sealing (names, version, counts)
SELECT count(*) > 0 AS reencrypt_events,
       bool_and(reason ~ '^([a-z0-9_]+|"([^"]|"")+")(\.([a-z0-9_]+|"([^"]|"")+")){2} re-sealed to key version [0-9]+: [0-9]+ values in [0-9]+ batches$') AS reason_shape
  FROM phi.audit_log WHERE action = 'key_reencrypt';
-- what an event holds: who, which patient as a digest, never a value
SELECT action, outcome, relation, reason, cardinality(subjects) AS subjects, length(hash) AS hash_bytes,
       actor IS NOT NULL AND session_user_name IS NOT NULL AND backend_pid > 0 AND xid > 0 AS who_and_where
  FROM phi.audit_log WHERE action IN ('policy_grant', 'break_glass') ORDER BY seq LIMIT 3;
SELECT count(*) AS values_in_the_log FROM phi.audit_log
 WHERE concat_ws(' ', reason, relation, actor) ~ '123-45-6789|987-65-4321|Jane|Ruiz|diabetes|asthma';
-- the chain is intact
SELECT * FROM phi.verify_audit();
SELECT phi.audit_digest() ~ '^[0-9]+:[0-9a-f]{64}$' AS digest_shape;

-- append-only, for the owner too
SELECT regress.err($$UPDATE phi.audit_log SET actor = 'nobody'$$);
SELECT regress.err($$DELETE FROM phi.audit_log$$);
SELECT regress.err($$TRUNCATE phi.audit_log$$);
-- a policy change rolled back was never made, and leaves no event
SELECT count(*) AS before FROM phi.audit_log \gset
BEGIN;
CREATE ROLE audit_tmp;
SELECT phi.grant_access('audit_tmp', 'ssn', 'masked', 'all_subjects');
ROLLBACK;
SELECT count(*) - :before AS events_after_rollback FROM phi.audit_log;
-- a committed one does, with its purpose of use
CREATE ROLE audit_tmp;
-- the purpose of use is one of a fixed list (it lands in every row)
SELECT regress.err($$SET phi.purpose = 'curiosity'$$);
SET phi.purpose = 'operations';
SELECT phi.grant_access('audit_tmp', 'ssn', 'masked', 'all_subjects');
RESET phi.purpose;
SELECT action, outcome, reason, purpose FROM phi.audit_log ORDER BY seq DESC LIMIT 1;
SELECT phi.revoke_access('audit_tmp', 'ssn');
DROP ROLE audit_tmp;

-- who may look: compliance verifies; anyone else is refused
CREATE ROLE auditor_a LOGIN IN ROLE phi_compliance;
CREATE ROLE nosy LOGIN;
SET ROLE auditor_a;
SELECT count(*) AS problems FROM phi.verify_audit();
-- the accounting of a patient's events (M-3 had break-glass windows),
-- and a summary by actor and action
-- (changes here; the reads of M-3's values the policy suite made, below)
SELECT actor, action, outcome, reason ~ '^window [0-9]+, [0-9]+ minutes$' AS reason_shape
  FROM phi.access_report('M-3') WHERE action NOT LIKE 'read%';
SELECT actor, action, outcome, count(*) AS events
  FROM phi.access_report('M-3') WHERE action LIKE 'read%' GROUP BY 1, 2, 3 ORDER BY 1, 2, 3;
SELECT count(*) AS m3_events_before_1970 FROM phi.access_report('M-3', '-infinity', '1970-01-01');
SELECT actor, action, events FROM phi.audit_summary() WHERE action = 'break_glass' ORDER BY actor;
SET ROLE nosy;
SELECT regress.err($$SELECT count(*) FROM phi.audit_log$$);
SELECT regress.err($$SELECT * FROM phi.verify_audit()$$);
SELECT regress.err($$SELECT * FROM phi.access_report('M-3')$$);
RESET ROLE;
-- EXECUTE granted by mistake does not make a role compliance
GRANT EXECUTE ON FUNCTION phi.access_report(text, timestamptz, timestamptz) TO nosy;
SET ROLE nosy;
SELECT regress.err($$SELECT * FROM phi.access_report('M-3')$$);
RESET ROLE;
REVOKE EXECUTE ON FUNCTION phi.access_report(text, timestamptz, timestamptz) FROM nosy;
SET ROLE nosy;
RESET ROLE;
DROP ROLE auditor_a, nosy;

-- tampering, as a superuser who disables the append-only triggers; each
-- case starts from a saved copy of the log
SELECT phi.audit_digest() AS head \gset
CREATE TEMP TABLE saved AS SELECT * FROM phi.audit_log;
SELECT min(seq) AS base FROM phi.audit_log \gset
ALTER TABLE phi.audit_log DISABLE TRIGGER USER;
CREATE FUNCTION regress.restore_audit() RETURNS void LANGUAGE sql AS $$
    DELETE FROM phi.audit_log; INSERT INTO phi.audit_log SELECT * FROM saved;
$$;
CREATE FUNCTION regress.problems() RETURNS TABLE (at bigint, problem text) LANGUAGE sql AS $$
    SELECT seq - (SELECT min(seq) FROM saved), problem FROM phi.verify_audit() ORDER BY 1, 2;
$$;
-- an edited field
UPDATE phi.audit_log SET actor = 'someone_else' WHERE seq = :base + 2;
SELECT * FROM regress.problems();
SELECT regress.restore_audit();
-- an edit with its own hash recomputed still breaks the next link
UPDATE phi.audit_log SET reason = 'nothing happened', hash = sha256(hash) WHERE seq = :base + 2;
SELECT * FROM regress.problems();
SELECT regress.restore_audit();
-- a deleted row
DELETE FROM phi.audit_log WHERE seq = :base + 3;
SELECT * FROM regress.problems();
SELECT regress.restore_audit();
-- a forged row inserted
INSERT INTO phi.audit_log SELECT seq + 1000000, occurred_at, 'forger', session_user_name, client_addr, application_name,
       backend_pid, xid, action, relation, classes, subjects, row_count, statement_kind, outcome, reason, purpose,
       prev_hash, hash
  FROM phi.audit_log WHERE seq = :base + 1;
SELECT at - 1000000 AS at_forged, problem FROM regress.problems() WHERE at > 999999;
SELECT regress.restore_audit();
-- two rows swapped
UPDATE phi.audit_log SET seq = -1 WHERE seq = :base + 4;
UPDATE phi.audit_log SET seq = :base + 4 WHERE seq = :base + 5;
UPDATE phi.audit_log SET seq = :base + 5 WHERE seq = -1;
SELECT * FROM regress.problems();
SELECT regress.restore_audit();
-- a truncated tail verifies alone; only the stored digest shows it
DELETE FROM phi.audit_log WHERE seq > (SELECT max(seq) - 2 FROM saved);
SELECT count(*) AS problems_alone FROM phi.verify_audit();
SELECT problem FROM phi.verify_audit_against(:'head');
SELECT regress.restore_audit();
ALTER TABLE phi.audit_log ENABLE TRIGGER USER;
-- restored: no false alarm, and the digest still matches
SELECT count(*) AS problems FROM phi.verify_audit_against(:'head');
SELECT regress.err($$SELECT * FROM phi.verify_audit_against('not a digest')$$);
DROP FUNCTION regress.restore_audit(), regress.problems();

-- Reads. Every value the decision renders is counted per statement, class,
-- outcome and patient, and leaves the backend at the statement's end
-- through the audit writer (a background worker): a reader's ROLLBACK
-- cannot take it back. Nothing but digests and counts is recorded.
CREATE SCHEMA audit_ward;
CREATE TABLE audit_ward.p (id int PRIMARY KEY, mrn text, ssn text);
CALL phi.protect_column('audit_ward.p', 'mrn', 'mrn');
CALL phi.protect_column('audit_ward.p', 'ssn', 'ssn', 'mrn');
INSERT INTO audit_ward.p SELECT i, 'A-' || i, lpad(i::text, 3, '0') || '-45-6789' FROM generate_series(1, 600) i;
CREATE ROLE a_reader IN ROLE phi_reader;
CREATE ROLE a_masked;
CREATE ROLE a_denied;
GRANT USAGE ON SCHEMA audit_ward TO a_reader, a_masked, a_denied;
GRANT SELECT ON audit_ward.p TO a_reader, a_masked, a_denied;
SELECT phi.grant_access('a_masked', 'ssn', 'masked', 'all_subjects');
SELECT phi.grant_access('a_denied', 'ssn', 'none', 'all_subjects');
SELECT max(seq) AS reads_base FROM phi.audit_log \gset
CREATE FUNCTION regress.reads(bigint) RETURNS TABLE (actor name, action text, outcome text, relation text, classes text[],
    statement_kind text, events bigint, rows_read numeric, patients bigint)
LANGUAGE sql AS $$
  SELECT actor, action, outcome, relation, classes, statement_kind, count(*), sum(row_count),
         (SELECT count(DISTINCT s) FROM phi.audit_log l2, unnest(l2.subjects) s
           WHERE l2.seq > $1 AND l2.actor = l.actor AND l2.action = l.action AND l2.classes = l.classes)
    FROM phi.audit_log l WHERE seq > $1 AND action LIKE 'read%'
   GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 5 $$;
-- one reader reads one patient, then all 600 in one statement
SET ROLE a_reader;
SELECT ssn FROM audit_ward.p WHERE id = 7;
SELECT count(*) AS seen FROM audit_ward.p WHERE ssn::text LIKE '%-45-6789';
RESET ROLE;
SELECT * FROM regress.reads(:reads_base);
-- 600 patients' SSNs became 3 events (up to 256 digests each), not 600
SELECT count(*) AS events, sum(row_count) AS rows_read, max(cardinality(subjects)) AS most_subjects
  FROM phi.audit_log WHERE seq > :reads_base AND action = 'read' AND row_count > 1;
-- a patient's own accounting finds the read through the digest
SELECT actor, action, outcome FROM phi.access_report('A-7') WHERE action LIKE 'read%';
-- a read rolled back is still a read; so is one in a rolled-back savepoint
SELECT max(seq) AS reads_base FROM phi.audit_log \gset
BEGIN;
SET LOCAL ROLE a_reader;
SELECT ssn FROM audit_ward.p WHERE id = 8;
SAVEPOINT s;
SELECT ssn FROM audit_ward.p WHERE id = 9;
ROLLBACK TO SAVEPOINT s;
ROLLBACK;
SELECT pg_sleep(0.5);  -- an aborted reader does not wait for the writer
SELECT * FROM regress.reads(:reads_base);
-- masked, sealed and denied reads are events too; the denied one is
-- recorded although its statement failed
SELECT max(seq) AS reads_base FROM phi.audit_log \gset
SET ROLE a_masked;
SELECT ssn FROM audit_ward.p WHERE id = 10;
SET ROLE a_denied;
SELECT regress.err($$SELECT ssn::text FROM audit_ward.p WHERE id = 11$$);
SELECT mrn::text LIKE 'phi1:%' AS sealed FROM audit_ward.p WHERE id = 12;
RESET ROLE;
SELECT pg_sleep(0.5);
SELECT * FROM regress.reads(:reads_base);
-- no value or patient id in any of it, and the chain is intact
SELECT count(*) AS values_in_the_log FROM phi.audit_log
 WHERE concat_ws(' ', reason, relation, actor, application_name) ~ '45-6789|A-[0-9]';
SELECT count(*) AS problems FROM phi.verify_audit();
-- the writer puts rows straight into the heap only while the log is as
-- the extension made it: an INSERT trigger a DBA adds (here one copying
-- each new row's seq and action to a side table) makes it use an INSERT,
-- which fires the trigger; without it, the fast path again
CREATE TABLE regress.log_tap (seq bigint, action text);
CREATE FUNCTION regress.tap() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN INSERT INTO regress.log_tap VALUES (NEW.seq, NEW.action); RETURN NULL; END $$;
CREATE TRIGGER tap AFTER INSERT ON phi.audit_log FOR EACH ROW EXECUTE FUNCTION regress.tap();
SELECT max(seq) AS reads_base FROM phi.audit_log \gset
SET ROLE a_reader;
SELECT ssn FROM audit_ward.p WHERE id = 13;
RESET ROLE;
SELECT t.action, count(*) AS tapped FROM regress.log_tap t JOIN phi.audit_log l ON l.seq = t.seq AND l.action = t.action
 WHERE t.seq > :reads_base GROUP BY 1;
DROP TRIGGER tap ON phi.audit_log;
SET ROLE a_reader;
SELECT ssn FROM audit_ward.p WHERE id = 14;
RESET ROLE;
SELECT count(*) AS reads_since, (SELECT count(*) FROM regress.log_tap WHERE seq > :reads_base) AS tapped
  FROM phi.audit_log WHERE seq > :reads_base AND action = 'read';
SELECT count(*) AS problems FROM phi.verify_audit();
DROP TABLE regress.log_tap;
DROP FUNCTION regress.tap();
-- a table or schema renamed is named as it is now from the next
-- statement on (a session keeps the names its events carry, and drops
-- them at any rename)
SELECT max(seq) AS reads_base FROM phi.audit_log \gset
SET ROLE a_reader;
SELECT ssn FROM audit_ward.p WHERE id = 15;
RESET ROLE;
ALTER TABLE audit_ward.p RENAME TO p_renamed;
SET ROLE a_reader;
SELECT ssn FROM audit_ward.p_renamed WHERE id = 15;
RESET ROLE;
ALTER SCHEMA audit_ward RENAME TO ward_renamed;
SET ROLE a_reader;
SELECT ssn FROM ward_renamed.p_renamed WHERE id = 15;
RESET ROLE;
ALTER SCHEMA ward_renamed RENAME TO audit_ward;
ALTER TABLE audit_ward.p_renamed RENAME TO p;
SELECT relation, row_count FROM phi.audit_log WHERE seq > :reads_base AND action = 'read' ORDER BY seq;

-- Writes. Each insert, update or delete of a protected value is an event
-- of its transaction: the column, its class, the patient's digest, never
-- the value; a rolled-back change (or savepoint) never happened
SELECT max(seq) AS writes_base FROM phi.audit_log \gset
INSERT INTO audit_ward.p VALUES (601, 'A-601', '601-45-6789'), (602, 'A-602', '602-45-6789');
UPDATE audit_ward.p SET ssn = '603-45-6789' WHERE id = 601;
UPDATE audit_ward.p SET id = id WHERE id = 602;   -- no protected value changed
DELETE FROM audit_ward.p WHERE id = 602;
BEGIN;
INSERT INTO audit_ward.p VALUES (700, 'A-700', '700-45-6789');
ROLLBACK;
BEGIN;
SAVEPOINT s;
UPDATE audit_ward.p SET ssn = '999-45-6789' WHERE id = 601;
ROLLBACK TO SAVEPOINT s;
COPY audit_ward.p (id, mrn, ssn) FROM stdin;
603	A-603	604-45-6789
\.
COMMIT;
SELECT action, outcome, reason, classes, statement_kind, relation, sum(row_count) AS values_written,
       sum(cardinality(subjects)) AS patient_digests
  FROM phi.audit_log
 WHERE seq > :writes_base AND action IN ('insert', 'update', 'delete')
 GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 3, 5;
SELECT count(*) AS values_in_the_log FROM phi.audit_log
 WHERE seq > :writes_base AND concat_ws(' ', reason, relation, actor) ~ '45-6789|A-[0-9]';
-- A table whose PHI is not sealed: phi.audit_table records which columns
-- each write changed, with the patient's digest, never a value
CREATE TABLE audit_ward.intake (mrn text, phone text, note text, visits int);
CALL phi.audit_table('audit_ward.intake', 'mrn', ARRAY['phone', 'note']);
SELECT max(seq) AS intake_base FROM phi.audit_log \gset
INSERT INTO audit_ward.intake VALUES ('A-1', '555-0100', 'first visit', 1), ('A-2', NULL, 'walk-in', 1);
UPDATE audit_ward.intake SET visits = visits + 1;                 -- no audited column changed
UPDATE audit_ward.intake SET phone = '555-0199' WHERE mrn = 'A-1';
DELETE FROM audit_ward.intake WHERE mrn = 'A-2';
SELECT action, reason, classes, sum(row_count) AS values_written, sum(cardinality(subjects)) AS patient_digests
  FROM phi.audit_log WHERE seq > :intake_base AND action IN ('insert', 'update', 'delete')
 GROUP BY 1, 2, 3 ORDER BY 1, 2;
SELECT count(*) AS values_in_the_log FROM phi.audit_log
 WHERE seq > :intake_base AND concat_ws(' ', reason, relation) ~ '555-01|first visit|walk-in|A-[12]';
SELECT regress.err($$CALL phi.audit_table('audit_ward.intake', 'no_such_col')$$);
SELECT regress.err($$CALL phi.audit_table('audit_ward.intake', 'mrn', ARRAY['phone', 'nope'])$$);
DROP FUNCTION regress.reads(bigint);
DROP SCHEMA audit_ward CASCADE;
SELECT phi.revoke_access('a_masked', 'ssn'), phi.revoke_access('a_denied', 'ssn');
DROP ROLE a_reader, a_masked, a_denied;

-- Retention. phi.purge_audit removes events older than phi.audit_retention
-- (6 years by default) from the start of the chain and appends a
-- checkpoint naming the cut, so what is left still verifies.
SELECT regress.err($$SELECT phi.purge_audit(now() - interval '1 year')$$);
SET phi.audit_retention = '0';
SELECT occurred_at AS cut_at FROM phi.audit_log WHERE seq = (SELECT min(seq) + 10 FROM phi.audit_log) \gset
SELECT count(*) AS events_before FROM phi.audit_log \gset
SELECT phi.purge_audit(:'cut_at') > 0 AS removed_some;
SELECT count(*) < :events_before AS fewer_events, min(seq) > 1 AS starts_later FROM phi.audit_log;
SELECT action, outcome, reason ~ '^cut [0-9]+:[0-9a-f]{64}$' AS names_the_cut, row_count > 0 AS counted
  FROM phi.audit_log WHERE action = 'audit_purge';
SELECT count(*) AS problems FROM phi.verify_audit();
-- the checkpoint is what makes the start legitimate: without it, the
-- first row is unlinked
SELECT reason AS ck_reason FROM phi.audit_log WHERE action = 'audit_purge' \gset
ALTER TABLE phi.audit_log DISABLE TRIGGER USER;
UPDATE phi.audit_log SET reason = 'cut 0:00' WHERE action = 'audit_purge';
SELECT problem FROM phi.verify_audit() ORDER BY seq LIMIT 2;
-- and a chain that does not verify is not cut
SELECT regress.err($$SELECT phi.purge_audit(now())$$);
SELECT count(*) AS still_there FROM phi.audit_log WHERE action = 'audit_purge';
UPDATE phi.audit_log SET reason = :'ck_reason' WHERE action = 'audit_purge';
ALTER TABLE phi.audit_log ENABLE TRIGGER USER;
SELECT count(*) AS problems_after_repair FROM phi.verify_audit();
-- only phi_admin members (and superusers) purge
CREATE ROLE purge_nosy;
GRANT EXECUTE ON FUNCTION phi.purge_audit(timestamptz) TO purge_nosy;
SET ROLE purge_nosy;
SELECT regress.err($$SELECT phi.purge_audit('2000-01-01')$$);
RESET ROLE;
REVOKE EXECUTE ON FUNCTION phi.purge_audit(timestamptz) FROM purge_nosy;
DROP ROLE purge_nosy;
RESET phi.audit_retention;
