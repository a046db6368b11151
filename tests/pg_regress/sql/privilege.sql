-- Attacks on the privilege boundary: code that pg_phi runs with rights the
-- caller lacks, or on other roles' tables. Each block is named after the
-- attack it stops; each was a working escalation to superuser in 0.1.0.
-- The attacker, mallory, is an ordinary login role that owns a schema.
SET client_min_messages = notice;
CREATE ROLE mallory LOGIN;
CREATE ROLE reader_r LOGIN;
GRANT phi_reader TO reader_r;
CREATE SCHEMA m1 AUTHORIZATION mallory;
GRANT USAGE ON SCHEMA m1 TO PUBLIC;
-- what every hijacked body records: who it ran as
CREATE TABLE m1.pwned (who name, via text);
ALTER TABLE m1.pwned OWNER TO mallory;
GRANT INSERT, SELECT ON m1.pwned TO PUBLIC;

-- elevation_via_operator: an `=` of mallory's, first in search_path, must
-- never run inside the key lookup that pg_phi does as the extension owner
-- (in 0.1.0 its body ran as the bootstrap superuser and made mallory one).
SET ROLE mallory;
CREATE FUNCTION m1.int_eq(a integer, b integer) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO m1.pwned VALUES (current_user, 'operator');
    BEGIN
        EXECUTE 'ALTER ROLE mallory SUPERUSER';
    EXCEPTION WHEN OTHERS THEN NULL;
    END;
    RETURN a OPERATOR(pg_catalog.=) b;
END $$;
CREATE OPERATOR m1.= (LEFTARG = integer, RIGHTARG = integer, FUNCTION = m1.int_eq);
CREATE FUNCTION m1.text_eq(a text, b text) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO m1.pwned VALUES (current_user, 'text operator');
    RETURN a OPERATOR(pg_catalog.=) b;
END $$;
CREATE OPERATOR m1.= (LEFTARG = text, RIGHTARG = text, FUNCTION = m1.text_eq);
RESET ROLE;
-- the hijack needs pg_phi to look keys up again: a rotation makes every
-- backend drop its cached keys
CALL phi.rotate_key();
SET ROLE mallory;
SET search_path = m1, pg_catalog;
SELECT phi.data_class(phi.encrypt('hello', 'note')) AS through_encrypt;
SELECT phi.data_class('hello'::phi.encrypted_text) AS through_input;
RESET search_path;
RESET ROLE;
CALL phi.rotate_key();
SET ROLE reader_r;
SET search_path = m1, pg_catalog;
SELECT phi.decrypt(phi.encrypt('hello', 'note')) AS through_reader_decrypt;
SELECT phi.blind_index('123-45-6789', 'ssn') IS NOT NULL AS through_blind_index;
SELECT phi.redact('SSN 123-45-6789', 'pseudonym') ~ '^SSN \[SSN-' AS through_pseudonym;
RESET search_path;
RESET ROLE;
SELECT count(*) AS hijacked_calls FROM m1.pwned;
SELECT rolsuper AS mallory_is_superuser FROM pg_roles WHERE rolname = 'mallory';

-- a protected table of mallory's, used by the next attacks
SET ROLE mallory;
CREATE TABLE m1.t (id int PRIMARY KEY, mrn text, ssn text);
INSERT INTO m1.t VALUES (1, 'M-1', '123-45-6789'), (2, 'M-2', '987-65-4321');
RESET ROLE;
CALL phi.protect_column('m1.t', 'ssn', 'ssn', 'mrn');

-- elevation_via_trigger_during_reencrypt: a DBA's CALL phi.reencrypt()
-- re-seals mallory's table; mallory's BEFORE UPDATE trigger, DO ALSO rule
-- and expression index run as mallory, never as the DBA.
SET ROLE mallory;
CREATE FUNCTION m1.grab() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO m1.pwned VALUES (current_user, 'trigger');
    BEGIN
        EXECUTE 'ALTER ROLE mallory SUPERUSER';
    EXCEPTION WHEN OTHERS THEN NULL;
    END;
    RETURN NEW;
END $$;
CREATE TRIGGER grab BEFORE UPDATE ON m1.t FOR EACH ROW EXECUTE FUNCTION m1.grab();
CREATE TABLE m1.rule_log (who name);
CREATE RULE log_it AS ON UPDATE TO m1.t DO ALSO INSERT INTO m1.rule_log VALUES (current_user);
CREATE FUNCTION m1.idx(v phi.encrypted_text) RETURNS int LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    RAISE NOTICE 'index expression evaluated as %', current_user;
    RETURN 1;
END $$;
CREATE INDEX ON m1.t (m1.idx(ssn));
RESET ROLE;
TRUNCATE m1.pwned;
CALL phi.rotate_key();
SET client_min_messages = warning;
CALL phi.reencrypt(100);
RESET client_min_messages;
SELECT who, via, count(*) FROM m1.pwned GROUP BY 1, 2 ORDER BY 1, 2;
SELECT who, count(*) FROM m1.rule_log GROUP BY 1 ORDER BY 1;
SELECT rolsuper AS mallory_is_superuser FROM pg_roles WHERE rolname = 'mallory';
-- and the values were re-sealed all the same
SELECT count(*) FILTER (WHERE phi.key_version(ssn) = (SELECT max(version) FROM phi.keys WHERE key_id = 1)) AS current,
       count(*) AS total FROM m1.t;

-- elevation_via_index_during_reencrypt: the index expression above ran
-- as mallory (its NOTICEs, with client_min_messages at notice):
TRUNCATE m1.pwned, m1.rule_log;
CALL phi.rotate_key();
CALL phi.reencrypt(100);

-- elevation_via_protect_column: filling the blind index of mallory's
-- column (an UPDATE that fires her triggers) and converting it (a table
-- rewrite) run as her, never as the DBA who calls protect_column.
SET ROLE mallory;
CREATE TABLE m1.u (id int, mrn text, dob text);
INSERT INTO m1.u (id, mrn, dob) VALUES (1, 'M-1', '1961-03-15');
CREATE TRIGGER grab BEFORE UPDATE ON m1.u FOR EACH ROW EXECUTE FUNCTION m1.grab();
RESET ROLE;
TRUNCATE m1.pwned;
CALL phi.protect_column('m1.u', 'dob', 'dob', 'mrn', blind_index => true);
SELECT who, via, count(*) FROM m1.pwned GROUP BY 1, 2 ORDER BY 1, 2;
SELECT rolsuper AS mallory_is_superuser FROM pg_roles WHERE rolname = 'mallory';
SELECT phi.data_class(dob), dob_bidx = phi.blind_index('1961-03-15', 'dob') AS bidx_ok,
       phi.subject(dob) = phi.subject_digest('M-1') AS bound FROM m1.u;

-- elevation_via_scan_view: scanning mallory's view as a superuser runs
-- the view's functions as mallory.
SET ROLE mallory;
CREATE FUNCTION m1.peek(v text) RETURNS text LANGUAGE plpgsql STABLE AS $$
BEGIN
    RAISE NOTICE 'view function ran as %', current_user;
    RETURN v;
END $$;
CREATE VIEW m1.v AS SELECT m1.peek(mrn) AS mrn FROM m1.t;
RESET ROLE;
SELECT column_name, sampled FROM phi.scan_table('m1.v');

-- elevation_via_setting_left_by_owner_code: code of mallory's that runs as
-- mallory inside maintenance (a view's function, a trigger) makes a plain
-- SET of search_path; it must not outlive the switch back to the DBA, or
-- the rest of the DBA's maintenance (and session) would resolve mallory's
-- operators and functions first. (Found by an attack on this fix's first
-- version, which kept such settings as a SECURITY DEFINER function does.)
SET ROLE mallory;
CREATE FUNCTION m1.poison(t text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_catalog.set_config('search_path', 'm1, pg_catalog', false);
    RETURN t;
END $$;
CREATE FUNCTION m1.unnest(a text[]) RETURNS SETOF text LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO m1.pwned VALUES (current_user, 'unnest');
    BEGIN
        EXECUTE 'ALTER ROLE mallory SUPERUSER';
    EXCEPTION WHEN OTHERS THEN NULL;
    END;
    RETURN QUERY SELECT * FROM pg_catalog.unnest(a);
END $$;
CREATE FUNCTION m1.plus(a bigint, b bigint) RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO m1.pwned VALUES (current_user, 'operator +');
    BEGIN
        EXECUTE 'ALTER ROLE mallory SUPERUSER';
    EXCEPTION WHEN OTHERS THEN NULL;
    END;
    RETURN a OPERATOR(pg_catalog.+) b;
END $$;
CREATE OPERATOR m1.+ (LEFTARG = bigint, RIGHTARG = bigint, FUNCTION = m1.plus);
CREATE VIEW m1.pv AS SELECT m1.poison(mrn) AS mrn FROM m1.t;
CREATE FUNCTION m1.poison_trg() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_catalog.set_config('search_path', 'm1, pg_catalog', false);
    RETURN NEW;
END $$;
CREATE TRIGGER poison BEFORE UPDATE ON m1.t FOR EACH ROW EXECUTE FUNCTION m1.poison_trg();
RESET ROLE;
TRUNCATE m1.pwned;
SELECT column_name, sampled FROM phi.scan_table('m1.pv');
SHOW search_path;
CALL phi.rotate_key();
SET client_min_messages = warning;
CALL phi.reencrypt(100);
RESET client_min_messages;
SHOW search_path;
SELECT who, via, count(*) FROM m1.pwned WHERE who <> 'mallory' GROUP BY 1, 2 ORDER BY 1, 2;
SELECT rolsuper AS mallory_is_superuser FROM pg_roles WHERE rolname = 'mallory';
DROP TRIGGER poison ON m1.t;

-- oracle_via_maintenance_window: code of mallory's that runs during a
-- DBA's protect_column of her table (a CHECK constraint, re-checked by the
-- rewrite and by the binding pass) gains no keyed function: it runs as
-- mallory, who holds no plaintext rights. It can read the text of the
-- statement it runs under (GET DIAGNOSTICS ... PG_CONTEXT), so no
-- statement may carry a secret. (The first fix sealed through
-- phi._seal_for, which demanded a random token written into the
-- conversion's text: read from there, it opened any sealed value passed
-- as a subject, and forged values for any patient. The conversion now
-- seals through phi._convert_value, whose class comes from the backend,
-- not the statement; phi._seal_for is gone.)
SET ROLE mallory;
CREATE TABLE m1.window_log (outcome text);
CREATE FUNCTION m1.probe(v anyelement) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
    ctx text;
BEGIN
    GET DIAGNOSTICS ctx = PG_CONTEXT;
    INSERT INTO m1.window_log VALUES
        (regress.err($q$SELECT phi.encrypt('x', 'ssn', 'M-2')$q$)),
        (regress.err($q$SELECT phi.subject_digest('M-2')$q$)),
        (regress.err($q$SELECT phi.blind_index('123-45-6789', 'ssn')$q$)),
        -- the conversion's sealing function opens no sealed subject here
        -- (the subject column is text)
        (regress.err($q$SELECT phi._convert_value('x', NULL, phi.encrypt('123-45-6789', 'ssn'))$q$)),
        (CASE WHEN ctx ~ '[0-9a-f]{32}' THEN 'a token in the statement text'
              WHEN ctx ~ 'ALTER TABLE|UPDATE' THEN 'statement text readable, nothing secret in it'
              ELSE 'outside the maintenance statements' END);
    RETURN true;
END $$;
CREATE TABLE m1.x (id int, mrn text, ssn text CHECK (m1.probe(ssn)));
INSERT INTO m1.x VALUES (1, 'M-1', '123-45-6789');
TRUNCATE m1.window_log;
-- outside a conversion it refuses
SELECT regress.err($$SELECT phi._convert_value('x', 'M-1', NULL)$$) AS outside_conversion;
RESET ROLE;
CALL phi.protect_column('m1.x', 'ssn', 'ssn', 'mrn');
SELECT outcome, count(*) FROM m1.window_log GROUP BY 1 ORDER BY 1;
SELECT phi.subject(ssn) = phi.subject_digest('M-1') AS bound FROM m1.x;

-- subject_oracle_via_forged_0_1_0_header: a value in 0.1.0's format
-- carries its subject in clear; phi.subject() digests it only once the
-- value authenticates, so a forged header claiming a guessed id yields no
-- digest.
SET ROLE mallory;
SELECT regress.err($$SELECT phi.subject(('phi1:' || translate(encode(
    '\x0001'::bytea || '\x00000001'::bytea || int4send(phi.key_version(phi.encrypt('x', 'note')))
    || '\x03'::bytea || convert_to('ssn', 'UTF8')
    || '\x03'::bytea || convert_to('M-1', 'UTF8') || decode(repeat('00', 28), 'hex'), 'base64'), E'\n', ''))::phi.encrypted_text)$$)
    AS forged_header;
RESET ROLE;

-- subject_oracle_via_swapped_subject_column: after protect_column bound
-- m1.w.note to the text column mrn, mallory swaps in a sealed column of
-- that name holding other patients' sealed SSNs; the trigger opens only
-- values of the class the subject column had when it was protected (none
-- here: it was text), so no digest of their plaintext comes back.
CREATE TABLE m1.victims (id int, mrn text, ssn text);
INSERT INTO m1.victims VALUES (1, 'M-1', '123-45-6789');
CALL phi.protect_column('m1.victims', 'ssn', 'ssn', 'mrn');
GRANT SELECT ON m1.victims TO mallory;
SET ROLE mallory;
CREATE TABLE m1.w (id int, mrn text, note text);
RESET ROLE;
CALL phi.protect_column('m1.w', 'note', 'note', 'mrn');
SET ROLE mallory;
ALTER TABLE m1.w RENAME COLUMN mrn TO mrn_old;
ALTER TABLE m1.w ADD COLUMN mrn phi.encrypted_text;
SELECT regress.err($$INSERT INTO m1.w (id, mrn, note) SELECT id, ssn, 'x' FROM m1.victims$$) AS swapped_subject;
RESET ROLE;
-- and a sealed subject column that is protected: only its own class opens
CREATE TABLE m1.charts (id int, mrn text, dx text);
CALL phi.protect_column('m1.charts', 'mrn', 'mrn');
CALL phi.protect_column('m1.charts', 'dx', 'diagnosis', 'mrn');
GRANT SELECT, INSERT, UPDATE ON m1.charts TO mallory;
SET ROLE mallory;
SELECT regress.err($$INSERT INTO m1.charts (id, mrn, dx) SELECT id, ssn, 'x' FROM m1.victims$$) AS ssn_as_subject;
SELECT regress.err($$INSERT INTO m1.charts VALUES (2, 'M-2', 'I10')$$) AS typed_subject;
RESET ROLE;
SELECT id, phi.subject(dx) = phi.subject_digest('M-2') AS bound FROM m1.charts;
-- protecting against a sealed subject column that is not protected is refused
CREATE TABLE m1.unprotected_subject (id int, mrn phi.encrypted_text, dx text);
SELECT regress.err($$CALL phi.protect_column('m1.unprotected_subject', 'dx', 'diagnosis', 'mrn')$$);

-- maintenance_of_tables_you_cannot_own: a role granted the maintenance
-- procedures acts only on tables whose owner's privileges it holds; the
-- internal functions refuse the rest (42501) and reencrypt skips them.
CREATE ROLE keyops LOGIN;
GRANT EXECUTE ON PROCEDURE phi.reencrypt(integer) TO keyops;
GRANT EXECUTE ON FUNCTION phi._current_key_version(), phi._reencrypt_batch(oid, text, bigint, bigint, integer),
    phi._key_usage(oid, text) TO keyops;
GRANT SELECT, INSERT, UPDATE ON phi.reencrypt_progress, phi.key_usage TO keyops;
GRANT DELETE ON phi.key_usage TO keyops;
SET ROLE keyops;
SELECT regress.err($$SELECT phi._reencrypt_batch('m1.t'::regclass, 'ssn', 0, 10, 1)$$);
SELECT regress.err($$SELECT * FROM phi._key_usage('m1.t'::regclass, 'ssn')$$);
CALL phi.reencrypt(100);
RESET ROLE;

-- shell_via_rotate_master_key: granted to a non-superuser, the procedure
-- still refuses to run a key command or read a key file (42501), so it is
-- neither an OS shell nor a file probe.
GRANT EXECUTE ON PROCEDURE phi.rotate_master_key(text, text) TO mallory;
GRANT EXECUTE ON FUNCTION phi._rewrap_keys(text, text) TO mallory;
-- (the command would leave a file in this throwaway cluster's data directory)
SELECT format($q$CALL phi.rotate_master_key(new_key_command => 'touch %s/pg_phi_owned; exit 1')$q$,
              current_setting('data_directory')) AS shell_call \gset
SET ROLE mallory;
SELECT regress.err(:'shell_call');
SELECT regress.err($$CALL phi.rotate_master_key(new_key_file => '/etc/passwd')$$);
SELECT regress.err($$CALL phi.rotate_master_key(new_key_file => '/nonexistent')$$);
RESET ROLE;
SELECT pg_stat_file('pg_phi_owned', true) IS NULL AS command_not_run;

-- settings_via_pg_read_all_settings: its members may read superuser-only
-- settings; the key settings are masked for them and left out of
-- pg_settings (whose reset_val would show them past any mask)
CREATE ROLE settings_reader LOGIN;
GRANT pg_read_all_settings TO settings_reader;
SET ROLE settings_reader;
SHOW phi.master_key_file;
SELECT current_setting('phi.master_key_command') AS command;
SELECT count(*) AS listed FROM pg_settings WHERE name LIKE 'phi.master_key%';
RESET ROLE;
SELECT current_setting('phi.master_key_file') LIKE '%.master.key' AS superuser_sees_it;

-- phi_echoed_in_messages: an argument in the wrong place may be the PHI
-- itself; no message repeats it.
SELECT regress.err($$SELECT phi.encrypt('note text', '777-88-9999')$$) AS class_not_echoed;
SELECT regress.err($$SELECT phi.redact('x', '777-88-9999')$$) AS style_not_echoed;
SELECT regress.err($$SELECT phi.redact('x', 'tag', ARRAY['777-88-9999'])$$) AS type_not_echoed;
SELECT regress.err($$CALL phi.protect_column('m1.t', '777-88-9999', 'ssn')$$) AS column_not_echoed;
SELECT regress.err($$CALL phi.protect_column('m1.t', 'mrn', '777-88-9999')$$) AS class_not_echoed;
SELECT regress.err($$CALL phi.protect_column('m1.t', 'mrn', 'mrn', '777-88-9999')$$) AS subject_not_echoed;
SELECT regress.err($$SELECT * FROM phi.scan_schema('777-88-9999')$$) AS schema_not_echoed;

-- mac_key_as_data_key: a header relabelled to name the blind-index key is
-- refused before any key is used to decrypt
CREATE TABLE m1.relabelled AS
SELECT ('phi1:' || translate(encode(
    overlay(decode(substr(phi.encrypt('x', 'note')::text, 6), 'base64') PLACING '\x00000002'::bytea FROM 3 FOR 4),
    'base64'), E'\n', ''))::phi.encrypted_text AS v;
GRANT SELECT ON m1.relabelled TO reader_r;
SET ROLE reader_r;
SELECT regress.err($$SELECT phi.decrypt(v) FROM m1.relabelled$$) AS mac_key_refused;
-- text that begins with phi1: is read as a sealed value; phi.encrypt
-- stores it as plaintext
SELECT regress.err($$SELECT 'phi1:hello'::phi.encrypted_text$$);
SELECT phi.decrypt(phi.encrypt('phi1:hello', 'note')) AS stored_with_encrypt;
RESET ROLE;

-- unclassified_value_as_oracle: a value sealed without a class (what any
-- column pg_phi does not protect holds) is the writer's own text only in
-- the transaction that sealed it. Copied later into a protected column
-- with a blind index, or into a protected sealed subject column, by a role
-- without plaintext rights, it is refused: bound, its blind index and
-- subject digest would be compared with those of guesses, and it would
-- move to another patient's row.
CREATE TABLE m1.staging (id int, mrn text, v phi.encrypted_text);
INSERT INTO m1.staging VALUES (1, 'M-1', '123-45-6789');
GRANT SELECT ON m1.staging TO mallory;
SELECT phi.data_class(v), phi.subject(v) AS subject_shown FROM m1.staging;
SET ROLE mallory;
CREATE TABLE m1.lookup (id int, mrn text, ssn text);
RESET ROLE;
CALL phi.protect_column('m1.lookup', 'ssn', 'ssn', 'mrn', blind_index => true);
SET ROLE mallory;
SELECT regress.err($$INSERT INTO m1.lookup (id, mrn, ssn) SELECT id, 'M-9', v FROM m1.staging$$) AS copied_into_blind_index;
SELECT regress.err($$INSERT INTO m1.charts (id, mrn, dx) SELECT id, v, 'x' FROM m1.staging$$) AS copied_into_subject;
-- text mallory writes in this statement is hers, and is bound as always
INSERT INTO m1.lookup VALUES (2, 'M-2', '555-12-3456');
SELECT count(*) AS bound FROM m1.lookup WHERE phi.data_class(ssn) = 'ssn' AND ssn_bidx IS NOT NULL;
-- a class-less value mallory sealed in an earlier transaction is not
BEGIN;
CREATE TABLE m1.mine (v phi.encrypted_text);
INSERT INTO m1.mine VALUES ('987-65-4321');
COMMIT;
SELECT regress.err($$INSERT INTO m1.lookup (id, mrn, ssn) SELECT 3, 'M-3', v FROM m1.mine$$) AS earlier_transaction;
-- and phi.encrypt makes no class-less value for a subject
SELECT regress.err($$SELECT phi.encrypt('x', 'unclassified', 'M-1')$$) AS unclassified_for_a_subject;
RESET ROLE;
-- a reader may bind it: she could read it and write it again anyway
GRANT SELECT, INSERT ON m1.lookup TO reader_r;
GRANT SELECT ON m1.staging TO reader_r;
SET ROLE reader_r;
INSERT INTO m1.lookup (id, mrn, ssn) SELECT 4, 'M-1', v FROM m1.staging;
SELECT count(*) AS bound_by_reader FROM m1.lookup WHERE id = 4 AND phi.subject(ssn) = phi.subject_digest('M-1');
RESET ROLE;
-- protect_column on a column already holding class-less values from other
-- transactions binds them only when the table's owner has plaintext
-- rights (the binding runs as the owner)
SET ROLE mallory;
CREATE TABLE m1.prefilled (id int, mrn text, ssn phi.encrypted_text);
INSERT INTO m1.prefilled SELECT 1, 'M-9', v FROM m1.staging;
RESET ROLE;
SELECT regress.err($$CALL phi.protect_column('m1.prefilled', 'ssn', 'ssn', 'mrn', blind_index => true)$$) AS prefilled_foreign;

-- type_confusion_in_column_trigger: the owner of a protected table changes
-- a column's type under the trigger (the blind index column to bigint or
-- box, the protected column to bigint); the trigger refuses the write
-- instead of storing a pointer or reading past a value.
SET ROLE mallory;
CREATE TABLE m1.retyped (id int, mrn text, ssn text);
RESET ROLE;
CALL phi.protect_column('m1.retyped', 'ssn', 'ssn', 'mrn', blind_index => true);
SET ROLE mallory;
ALTER TABLE m1.retyped ALTER COLUMN ssn_bidx TYPE bigint USING NULL;
SELECT regress.err($$INSERT INTO m1.retyped VALUES (1, 'M-1', '123-45-6789')$$) AS bidx_as_bigint;
ALTER TABLE m1.retyped ALTER COLUMN ssn_bidx TYPE box USING NULL;
SELECT regress.err($$INSERT INTO m1.retyped VALUES (1, 'M-1', '123-45-6789')$$) AS bidx_as_box;
ALTER TABLE m1.retyped ALTER COLUMN ssn_bidx TYPE bytea USING NULL;
ALTER TABLE m1.retyped ALTER COLUMN ssn TYPE bigint USING NULL;
SELECT regress.err($$INSERT INTO m1.retyped VALUES (1, 'M-1', 4096)$$) AS protected_as_bigint;
RESET ROLE;

-- owner_code_runs_as_reader (what does NOT hold): PostgreSQL runs a
-- table owner's row security policies, triggers, rules and defaults as
-- whoever queries the table. Mallory's policy on her protected table sees
-- the plaintext a reader sees, and keeps it. pg_phi says so when it
-- protects a column of a table whose owner lacks plaintext rights
-- (protect_column's NOTICE above); the README's security model lists it.
SET ROLE mallory;
CREATE TABLE m1.loot (v text);
GRANT INSERT ON m1.loot TO PUBLIC;
CREATE TABLE m1.visits (id int, mrn text, ssn text);
CREATE FUNCTION m1.peek(v phi.encrypted_text) RETURNS boolean LANGUAGE sql AS
    $$ INSERT INTO m1.loot VALUES (phi.decrypt(v)) RETURNING true $$;
RESET ROLE;
CALL phi.protect_column('m1.visits', 'ssn', 'ssn', 'mrn');
SET ROLE mallory;
INSERT INTO m1.visits VALUES (1, 'M-1', '123-45-6789');
ALTER TABLE m1.visits ENABLE ROW LEVEL SECURITY;
ALTER TABLE m1.visits FORCE ROW LEVEL SECURITY;
CREATE POLICY p ON m1.visits USING (m1.peek(ssn));
GRANT SELECT ON m1.visits TO reader_r;
RESET ROLE;
SET ROLE reader_r;
SELECT count(*) FROM m1.visits;
RESET ROLE;
SELECT v AS captured_by_owner_policy FROM m1.loot;

-- retire_with_values_out_of_reach: values in a column of a domain over the
-- type are re-sealed and counted like any other; values inside an array
-- are out of reach of re-encryption, so retiring a key is refused while
-- such a column exists (it would make them unreadable)
CREATE DOMAIN m1.ssn_t AS phi.encrypted_text;
CREATE TABLE m1.dom (id int, v m1.ssn_t, vs phi.encrypted_text[]);
INSERT INTO m1.dom VALUES (1, phi.encrypt('123-45-6789', 'ssn'), ARRAY[phi.encrypt('987-65-4321', 'ssn')]);
SELECT table_name, column_name FROM phi.encrypted_columns WHERE table_schema = 'm1' AND table_name = 'dom';
SELECT phi._sealed_out_of_reach() AS out_of_reach;
DROP TABLE m1.relabelled;   -- a forged value stops phi.reencrypt (XX001)
CALL phi.rotate_key();
SET client_min_messages = warning;
CALL phi.reencrypt();
SET client_min_messages = notice;
SELECT phi.key_version(v) = phi._current_key_version() AS domain_value_resealed FROM m1.dom;
SELECT regress.err(format('SELECT phi.retire_key_version(%s)', phi._current_key_version() - 1)) AS retire_refused;
ALTER TABLE m1.dom DROP COLUMN vs;
SELECT phi._sealed_out_of_reach() AS out_of_reach_after_drop;

-- noinherit_member: a member of phi_reader without INHERIT holds its
-- privileges only after SET ROLE, for plaintext as for keyed functions
CREATE ROLE noinherit_r LOGIN NOINHERIT;
GRANT phi_reader TO noinherit_r;
SET ROLE noinherit_r;
SELECT phi.decrypt(phi.encrypt('x', 'note')) LIKE 'phi1:%' AS sealed_without_set_role;
SELECT regress.err($$SELECT phi.blind_index('x', 'note')$$) AS keyed_without_set_role;
SET ROLE phi_reader;
SELECT phi.decrypt(phi.encrypt('x', 'note')) AS plaintext_after_set_role;
RESET ROLE;

-- Every switched query pins search_path; nothing above left it changed,
-- and a procedure called inside a transaction block leaves the caller's
-- setting alone (0.1.0's set_config outlived the CALL until the end of the
-- transaction, so the caller's own tables vanished from view)
SHOW search_path;
BEGIN;
SET LOCAL search_path = m1, public;
CALL phi.refresh_key_usage();
CALL phi.protect_column('m1.t', 'ssn', 'ssn', 'mrn');
SHOW search_path;
ROLLBACK;

SET client_min_messages = warning;
DROP SCHEMA m1 CASCADE;
DELETE FROM phi.protected_columns WHERE table_schema = 'm1';
DROP OWNED BY keyops, mallory, reader_r, settings_reader, noinherit_r;
DROP ROLE keyops, mallory, reader_r, settings_reader, noinherit_r;
