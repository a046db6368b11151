-- phi.encrypted_text: sealing, disclosure policy, protect_column, keys.
-- The cluster runs with a random master key file (scripts/cluster.sh), so
-- sealed values and fingerprints are never printed, only their shape.

-- sealing: class, subject and key version travel in the header; the
-- subject as a keyed digest, never the id itself (elevation_via_clear_subject)
SELECT phi.data_class(v), phi.subject(v) = phi.subject_digest('patient-1') AS subject_digest,
       length(phi.subject(v)) AS digest_hex_len, phi.key_version(v) >= 1 AS has_version,
       position('patient-1' in v::text) AS id_in_text,
       position(convert_to('patient-1', 'UTF8') in decode(substr(v::text, 6), 'base64')) AS id_in_bytes
  FROM (SELECT phi.encrypt('123-45-6789', 'ssn', 'patient-1') AS v) s;
SELECT phi.subject(phi.encrypt('x', 'note'));
SELECT phi.encrypt(NULL, 'ssn') IS NULL AS null_in_null_out;

-- a superuser is not a phi_reader: it sees the sealed form, never plaintext
SELECT left(v::text, 5) AS prefix, position('123-45-6789' in v::text) AS leaked,
       phi.decrypt(v) = v::text AS decrypt_is_sealed
  FROM (SELECT phi.encrypt('123-45-6789', 'ssn') AS v) s;

-- members of phi_reader see plaintext, unless phi.sealed_output is on
CREATE ROLE clinician LOGIN;
GRANT phi_reader TO clinician;
CREATE TABLE stash (id int, sealed text);
INSERT INTO stash SELECT 1, phi.encrypt('Jane Q. Public', 'name', 'p7')::text;
GRANT SELECT ON stash TO clinician;
SET ROLE clinician;
SELECT phi.decrypt(sealed::phi.encrypted_text), sealed::phi.encrypted_text AS via_output FROM stash;
SET phi.sealed_output = on;
SELECT left(phi.decrypt(sealed::phi.encrypted_text), 5) AS sealed_for_dumps FROM stash;
RESET phi.sealed_output;
-- the sealed text form is accepted as is: no re-encryption (the same
-- sealed bytes come back), same value
SELECT (sealed::phi.encrypted_text)::text = 'Jane Q. Public' AS round_trip,
       phi.data_class(sealed::phi.encrypted_text) AS class FROM stash;
SET phi.sealed_output = on;
SELECT (sealed::phi.encrypted_text)::text = sealed AS same_sealed_bytes FROM stash;
RESET phi.sealed_output;
RESET ROLE;

-- bad sealed input: a specific SQLSTATE, never the value
SELECT regress.err($$SELECT 'phi1:***'::phi.encrypted_text$$);
SELECT regress.err($$SELECT 'phi1:'::phi.encrypted_text$$);
SELECT regress.err($$SELECT 'phi1:AAEAAAAB'::phi.encrypted_text$$);
SELECT regress.err($$SELECT 'phi1:AQID'::phi.encrypted_text$$);
-- flip the last byte of the tag
CREATE FUNCTION regress.flip(s text, pos int) RETURNS text LANGUAGE sql AS $$
  SELECT 'phi1:' || translate(encode(set_byte(b, pos, get_byte(b, pos) # 1), 'base64'), E'\n', '')
    FROM (SELECT decode(substr(s, 6), 'base64') AS b) d
$$;
-- byte pos of a sealed value changed by delta (1..255, mod 256)
CREATE FUNCTION regress.mutate(s text, pos int, delta int) RETURNS text LANGUAGE sql AS $$
  SELECT 'phi1:' || translate(encode(set_byte(b, pos, (get_byte(b, pos) + delta) % 256), 'base64'), E'\n', '')
    FROM (SELECT decode(substr(s, 6), 'base64') AS b) d
$$;
SET ROLE clinician;
SELECT regress.err(format('SELECT phi.decrypt(%L::phi.encrypted_text)',
                          regress.flip(sealed, length(decode(substr(sealed, 6), 'base64')) - 1))) FROM stash;
-- a header changed to point at another key version
SELECT regress.err(format('SELECT phi.decrypt(%L::phi.encrypted_text)', regress.flip(sealed, 9))) FROM stash;
RESET ROLE;
-- fuzz the input function and decrypt: random phi1: strings, random bytes
-- behind a valid marker, and single-byte mutations of a real sealed value
-- (any byte changed to any other value).
-- Every case must end in a clean error (never a crash, never plaintext).
CREATE FUNCTION regress.fuzz(n int, seed text) RETURNS TABLE (outcome text, cases bigint)
LANGUAGE plpgsql AS $$
DECLARE
    b bytea;
    s text;
    st text;
    res text[] := '{}';
BEGIN
    PERFORM setseed(0.42);
    b := decode(substr(seed, 6), 'base64');
    FOR i IN 1..n LOOP
        IF i % 3 = 0 THEN
            s := 'phi1:' || translate(encode(regress.rand_bytes((random() * 90)::int), 'base64'), E'\n', '');
        ELSIF i % 3 = 1 THEN
            s := 'phi1:' || translate(encode('\x0001'::bytea || regress.rand_bytes((random() * 90)::int), 'base64'), E'\n', '');
        ELSE
            s := regress.mutate(seed, (random() * (length(b) - 1))::int, 1 + (random() * 254)::int);
        END IF;
        BEGIN
            PERFORM phi.decrypt(s::phi.encrypted_text);
            st := 'opened';
        EXCEPTION WHEN OTHERS THEN
            st := CASE WHEN SQLSTATE IN ('22P02', 'XX001', '42704') THEN 'clean error' ELSE SQLSTATE || ' ' || SQLERRM END;
        END;
        res := res || st;
    END LOOP;
    RETURN QUERY SELECT u, count(*) FROM unnest(res) u GROUP BY u ORDER BY u;
END
$$;
-- pseudo-random bytes, deterministic once random() is seeded
CREATE FUNCTION regress.rand_bytes(n int) RETURNS bytea LANGUAGE sql AS $$
    SELECT coalesce(string_agg(set_byte('\x00'::bytea, 0, (random() * 255)::int), ''::bytea), ''::bytea)
      FROM generate_series(1, n)
$$;
SET ROLE clinician;
SELECT * FROM regress.fuzz(3000, (SELECT sealed FROM stash));
RESET ROLE;

RESET ROLE;
SELECT regress.err($$SELECT phi.encrypt('123-45-6789', 'no_such_class')$$);
SELECT regress.err($$SELECT phi.encrypt('123-45-6789', NULL)$$);
SELECT regress.err($$SELECT phi.encrypt('123-45-6789', 'ssn', E'bad\nsubject')$$);

-- protect_column on hostile identifiers
CREATE TABLE "Pat""ients" (id int PRIMARY KEY, "M R;N" text, "S S N" text, dob text);
INSERT INTO "Pat""ients" VALUES (1, 'M-1', '123-45-6789', '1961-03-15'),
                                 (2, 'M-2', '987-65-4321', '1975-12-01'),
                                 (3, 'M-3', NULL, NULL);
CALL phi.protect_column('"Pat""ients"', 'S S N', 'ssn', 'M R;N', blind_index => true);
SELECT id, phi.data_class("S S N"), phi.subject("S S N") = phi.subject_digest("M R;N") AS bound,
       length("S S N_bidx") AS bidx_len
  FROM "Pat""ients" ORDER BY id;
SELECT table_name, column_name, class, subject_column, blind_index_column FROM phi.protected_columns;
-- plaintext is gone from the table's text output
SELECT count(*) AS plaintext_rows FROM "Pat""ients" WHERE "S S N"::text LIKE '%-%-%';
-- scans never open sealed values
SELECT column_name, data_type, sampled, recommended_action
  FROM phi.scan_table('"Pat""ients"') WHERE column_name = 'S S N';
-- equality through the blind index, in any spelling of the SSN
CREATE INDEX ON "Pat""ients" ("S S N_bidx");
SELECT id FROM "Pat""ients" WHERE "S S N_bidx" = phi.blind_index('987654321', 'ssn');
-- a literal is sealed, then re-sealed with the column's class and the row's subject
INSERT INTO "Pat""ients" VALUES (4, 'M-4', '111-22-3333', NULL);
SELECT phi.data_class("S S N"), phi.subject("S S N") = phi.subject_digest('M-4') AS bound,
       "S S N_bidx" = phi.blind_index('111-22-3333', 'ssn') AS bidx_ok
  FROM "Pat""ients" WHERE id = 4;
-- rebind_sealed_value_to_another_patient: a writer without plaintext rights
-- cannot move a sealed value to another patient's row, bind a value sealed
-- without a subject to a patient, or re-bind a row's value by changing its
-- patient id (42501); plaintext it types is sealed for the row as usual
CREATE ROLE intake LOGIN;
GRANT SELECT, INSERT, UPDATE ON "Pat""ients" TO intake;
SET ROLE intake;
SELECT regress.err($$UPDATE "Pat""ients" SET "S S N" = (SELECT "S S N" FROM "Pat""ients" WHERE id = 1) WHERE id = 2$$);
SELECT regress.err($$UPDATE "Pat""ients" SET "S S N" = phi.encrypt('000-11-2222', 'ssn') WHERE id = 2$$);
-- correcting a patient id is refused here, with a hint saying who can
UPDATE "Pat""ients" SET "M R;N" = 'M-9' WHERE id = 1;
SELECT regress.err($$UPDATE "Pat""ients" SET "S S N" = '222-33-4444' WHERE id = 2$$);
-- keyed_function_as_oracle: blind indexes, subject digests and pseudonyms
-- of chosen values need plaintext rights
SELECT regress.err($$SELECT phi.blind_index('123-45-6789', 'ssn')$$);
SELECT regress.err($$SELECT phi.subject_digest('M-1')$$);
SELECT regress.err($$SELECT phi.encrypt('123-45-6789', 'ssn', 'M-1')$$);
SELECT regress.err($$SELECT phi.redact('SSN 123-45-6789', 'pseudonym')$$);
-- the internal re-seal refuses to run outside a re-encryption batch
SELECT regress.err($$SELECT phi._reseal("S S N") FROM "Pat""ients" WHERE id = 1$$);
RESET ROLE;
-- a value of another class is refused for everyone (22023)
SELECT regress.err($$UPDATE "Pat""ients" SET "S S N" = phi.encrypt('1961-03-15', 'dob', 'M-2') WHERE id = 2$$);
-- a role with plaintext rights (here a superuser) may correct a patient id:
-- the value is re-bound to the new id and still opens
UPDATE "Pat""ients" SET "M R;N" = 'M-9' WHERE id = 1;
SELECT phi.subject("S S N") = phi.subject_digest('M-9') AS rebound FROM "Pat""ients" WHERE id = 1;
UPDATE "Pat""ients" SET "M R;N" = 'M-1' WHERE id = 1;
-- a subject the header cannot carry: the same error as phi.encrypt gives
SELECT regress.err($$INSERT INTO "Pat""ients" VALUES (5, E'M-5\nx', '555-12-3456', NULL)$$);
GRANT SELECT ON "Pat""ients" TO clinician;
SET ROLE clinician;
SELECT id, "S S N" FROM "Pat""ients" ORDER BY id;
RESET ROLE;
-- bad calls change nothing
SELECT regress.err($$CALL phi.protect_column('"Pat""ients"', 'nope', 'ssn')$$);
SELECT regress.err($$CALL phi.protect_column('"Pat""ients"', 'dob', 'no_such_class')$$);
SELECT regress.err($$CALL phi.protect_column('"Pat""ients"', 'id', 'ssn')$$);
SELECT regress.err($$CALL phi.protect_column('"Pat""ients"', 'dob', 'dob', 'nope')$$);
CREATE INDEX ON "Pat""ients" (dob);
SELECT regress.err($$CALL phi.protect_column('"Pat""ients"', 'dob', 'dob')$$);
SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = '"Pat""ients"'::regclass AND attname = 'dob';

-- keys: rotate, re-encrypt, retire
SELECT key_id, purpose, version, state FROM phi.key_status ORDER BY 1, 3;
CALL phi.refresh_key_usage();
CALL phi.rotate_key();
-- rows_using: counted before version 2 existed, so it is unknown (NULL) for 2
SELECT key_id, version, state, rows_using FROM phi.key_status WHERE key_id = 1 ORDER BY 2;
SELECT regress.err($$SELECT phi.retire_key_version(2)$$);
SELECT regress.err($$SELECT phi.retire_key_version(1)$$);
SELECT regress.err($$SELECT phi.retire_key_version(7)$$);
SET client_min_messages = warning;
CALL phi.reencrypt(2);
RESET client_min_messages;
SELECT phi.key_version("S S N") AS version, count(*) FROM "Pat""ients" WHERE "S S N" IS NOT NULL GROUP BY 1;
SELECT table_name, column_name, target_version, rows_resealed, percent_done FROM phi.reencrypt_status;
-- counted after the walk: 0 (not NULL) for the version no value uses
SELECT version, state, rows_using FROM phi.key_status WHERE key_id = 1 ORDER BY 1;
SELECT phi.retire_key_version(1);
SELECT version, state FROM phi.key_status WHERE key_id = 1 ORDER BY 1;
SELECT count(*) AS wrapped_keys_left FROM phi.keys WHERE key_id = 1 AND wrapped_key IS NOT NULL;
-- values still sealed under the retired version (kept outside the table) cannot be opened
SET ROLE clinician;
SELECT regress.err($$SELECT phi.decrypt(sealed::phi.encrypted_text) FROM stash$$);
-- values re-sealed under version 2 still open
SELECT id, "S S N" FROM "Pat""ients" WHERE id = 1;
RESET ROLE;

-- pseudonyms: stable for a value, different for another, no digits leak
SELECT phi.redact('SSN 123-45-6789', 'pseudonym') = phi.redact('SSN 123456789', 'pseudonym') AS stable,
       phi.redact('SSN 123-45-6789', 'pseudonym') <> phi.redact('SSN 123-45-6780', 'pseudonym') AS distinct_values,
       phi.redact('SSN 123-45-6789', 'pseudonym') ~ '^SSN \[SSN-[a-z2-9]{8}\]$' AS shape;

-- subject_from_a_protected_column: when the subject column is itself
-- sealed, the trigger opens it internally and stores its digest, the same
-- whoever writes the row (in 0.1.0 a reader's plaintext id went into the
-- header in clear, and anyone else's ever-changing sealed text)
CREATE TABLE charts (id int, mrn text, dx text);
INSERT INTO charts VALUES (1, 'M-1', 'E11.9');
CALL phi.protect_column('charts', 'mrn', 'mrn');
CALL phi.protect_column('charts', 'dx', 'diagnosis', 'mrn');
GRANT SELECT, INSERT ON charts TO clinician, intake;
SET ROLE clinician;
INSERT INTO charts VALUES (2, 'M-1', 'I10');
SET ROLE intake;
INSERT INTO charts VALUES (3, 'M-1', 'J45.909');
RESET ROLE;
SELECT id, phi.subject(dx) = phi.subject_digest('M-1') AS bound_to_m1,
       position(convert_to('M-1', 'UTF8') in decode(substr(dx::text, 6), 'base64')) AS id_in_header
  FROM charts ORDER BY id;
DROP TABLE charts;

-- ordinary roles: no keys, no key GUCs, no plaintext, no key procedures
CREATE ROLE outsider LOGIN;
GRANT SELECT ON "Pat""ients" TO outsider;
SET ROLE outsider;
SELECT regress.err($$SELECT * FROM phi.keys$$);
SELECT regress.err($$SHOW phi.master_key_file$$);
SELECT count(*) AS visible_key_gucs FROM pg_settings WHERE name LIKE 'phi.master_key%';
SELECT regress.err($$CALL phi.rotate_key()$$);
SELECT regress.err($$SELECT phi.master_key_fingerprint()$$);
SELECT count(*) FILTER (WHERE "S S N"::text LIKE 'phi1:%') AS sealed, count("S S N") AS total FROM "Pat""ients";
-- but it can still seal (an INSERT by an application role)
SELECT phi.data_class(phi.encrypt('x', 'note'));
RESET ROLE;

-- key configuration errors name the GUC and never a value
SET phi.master_key_file = '/nonexistent/pg_phi.key';
SELECT regress.err($$SELECT phi.encrypt('123-45-6789', 'ssn')$$);
SET phi.master_key_file = '';
SET phi.master_key_command = '';
SELECT regress.err($$SELECT phi.encrypt('123-45-6789', 'ssn')$$);
SET phi.master_key_command = 'echo not-a-key';
SELECT regress.err($$SELECT phi.encrypt('123-45-6789', 'ssn')$$);
SET phi.master_key_command = 'exit 3';
SELECT regress.err($$SELECT phi.encrypt('123-45-6789', 'ssn')$$);
-- a degenerate master key is refused
SET phi.master_key_command = 'echo 0000000000000000000000000000000000000000000000000000000000000000';
SELECT regress.err($$SELECT phi.master_key_fingerprint()$$);
SET phi.master_key_command = 'echo 00112233445566778899aabbccddeeff0123456789abcdeffedcba9876543210';
-- a wrong master key: 28000, and the message gives fingerprints (key check
-- values), never key material; only its stable start is shown here
SET ROLE clinician;
SELECT left(regress.err($$SELECT "S S N"::text FROM "Pat""ients" WHERE id = 1$$), 80);
RESET ROLE;
RESET phi.master_key_file;
RESET phi.master_key_command;
SELECT phi.data_class(phi.encrypt('x', 'ssn'));

-- a value stored out of line (TOAST: 20 kB of ciphertext does not
-- compress) opens as one stored in line: the per-value functions read an
-- in-line value where it is and detoast the rest
CREATE TABLE big_sealed (id int, v phi.encrypted_text);
GRANT SELECT ON big_sealed TO clinician;
INSERT INTO big_sealed VALUES (1, repeat('wallaby ', 2500)), (2, 'short');
SELECT pg_relation_size(reltoastrelid) > 0 AS toasted FROM pg_class WHERE relname = 'big_sealed';
SET ROLE clinician;
SELECT id, length(phi.decrypt(v)) AS len, phi.decrypt(v) = repeat('wallaby ', 2500) AS same,
       v::text = phi.decrypt(v) AS output_agrees
  FROM big_sealed ORDER BY id;
RESET ROLE;
DROP TABLE big_sealed;

DROP TABLE "Pat""ients", stash;
DROP OWNED BY clinician, outsider, intake;
DROP ROLE clinician, outsider, intake;
