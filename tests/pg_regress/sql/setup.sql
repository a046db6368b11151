-- Install the extension and document its SQL surface: every function with
-- its volatility (i/s/v), strictness, parallel safety (s/r/u) and whether it
-- is SECURITY DEFINER. A change here is an API change: review it.
CREATE EXTENSION pg_phi;
SELECT extname, extrelocatable, n.nspname AS schema
  FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
 WHERE extname = 'pg_phi';

SELECT p.proname, pg_get_function_identity_arguments(p.oid) AS args,
       p.provolatile AS vol, p.proisstrict AS strict, p.proparallel AS par,
       p.prosecdef AS secdef
  FROM pg_proc p
 WHERE p.pronamespace = 'phi'::regnamespace
 ORDER BY 1, 2;

-- Helper for the suites: runs a statement and prints SQLSTATE and message,
-- so the expected output shows both.
CREATE SCHEMA regress;
CREATE FUNCTION regress.err(q text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE q;
    RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE || ': ' || SQLERRM;
END
$$;
GRANT USAGE ON SCHEMA regress TO PUBLIC;

-- Keys are created by an explicit step, never by a read. Before it, every
-- operation that needs a key says what to run and changes nothing, even
-- in a read-only transaction (a read that created a key on first use would
-- fail there with 25006, as on a standby or in a parallel worker).
SELECT phi.encrypt('123-45-6789', 'ssn');
BEGIN TRANSACTION READ ONLY;
SELECT regress.err($$SELECT phi.encrypt('123-45-6789', 'ssn')$$);
SELECT regress.err($$SELECT '123-45-6789'::phi.encrypted_text$$);
SELECT regress.err($$SELECT phi.blind_index('123-45-6789', 'ssn')$$);
SELECT regress.err($$SELECT phi.subject_digest('M-1')$$);
SELECT regress.err($$SELECT phi.redact('SSN 123-45-6789', 'pseudonym')$$);
COMMIT;
SELECT count(*) AS keys FROM phi.keys;
SELECT * FROM phi.init_keys();
-- a second call creates nothing
SELECT * FROM phi.init_keys();
SELECT key_id, purpose, version, state FROM phi.key_status ORDER BY 1, 3;
-- not for PUBLIC
SELECT has_function_privilege('public', 'phi.init_keys()', 'EXECUTE') AS public_may_init;
-- a second key for a filled slot (what a pg_restore into this database
-- would write) is refused, saying why
SELECT regress.err($$INSERT INTO phi.keys (key_id, version, purpose, wrapped_key, kek_fingerprint)
                     SELECT key_id, version, purpose, wrapped_key, kek_fingerprint FROM phi.keys WHERE key_id = 1$$)
    AS second_key;

-- A fresh session whose first use of each key is in a read-only
-- transaction (as on a standby): reads, seals and keyed digests work.
\c
BEGIN TRANSACTION READ ONLY;
SELECT phi.decrypt(phi.encrypt('123-45-6789', 'ssn')) LIKE 'phi1:%' AS sealed_for_superuser;
SELECT length(phi.blind_index('123-45-6789', 'ssn')) AS bidx_bytes;
SELECT phi.redact('SSN 123-45-6789', 'pseudonym') ~ '^SSN \[SSN-[a-z0-9]{8}\]$' AS pseudonym_ok;
SELECT length(phi.subject_digest('M-1')) AS digest_hex_chars;
COMMIT;
