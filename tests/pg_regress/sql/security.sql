-- Attacks the extension must stop. Each block is named after the attack.

-- masking_search_path: a user who puts a schema of their own first in
-- search_path, shadowing built-ins used inside extension SQL, gets nothing
-- run with the extension's rights and cannot change its results.
CREATE ROLE mallory LOGIN;
CREATE SCHEMA evil AUTHORIZATION mallory;
SET ROLE mallory;
-- Each shadowing function fails loudly if anything ever calls it.
CREATE FUNCTION evil.lower(text) RETURNS text LANGUAGE plpgsql AS $$ BEGIN RAISE 'hijacked lower'; END $$;
CREATE FUNCTION evil.btrim(text) RETURNS text LANGUAGE plpgsql AS $$ BEGIN RAISE 'hijacked btrim'; END $$;
CREATE FUNCTION evil.count(anyelement) RETURNS bigint LANGUAGE plpgsql AS $$ BEGIN RAISE 'hijacked count'; END $$;
CREATE FUNCTION evil.to_regclass(text) RETURNS regclass LANGUAGE plpgsql AS $$ BEGIN RAISE 'hijacked to_regclass'; END $$;
CREATE FUNCTION evil.now() RETURNS timestamptz LANGUAGE plpgsql AS $$ BEGIN RAISE 'hijacked now'; END $$;
-- pg_catalog explicitly last: the strongest form of the attack.
SET search_path = evil, public, pg_catalog;
SELECT type, value FROM phi.detect('SSN 123-45-6789') ORDER BY start_pos;
SELECT phi.redact('SSN 123-45-6789');
RESET search_path;
RESET ROLE;

-- elevation_via_pattern_table: ordinary roles read patterns but cannot add,
-- change or remove them.
SET ROLE mallory;
SELECT regress.err($$SELECT phi.add_pattern('owned', 'id', 'X[0-9]+')$$);
SELECT regress.err($$INSERT INTO phi.custom_patterns (name, type, regex) VALUES ('owned', 'id', 'X[0-9]+')$$);
SELECT regress.err($$DELETE FROM phi.custom_patterns$$);
SELECT regress.err($$SELECT phi.drop_pattern('x')$$);
SELECT has_table_privilege('phi.custom_patterns', 'SELECT') AS can_read,
       (SELECT count(*) FROM phi.custom_patterns) AS patterns_seen;
SELECT phi.contains_phi('SSN 123-45-6789') AS can_detect;
RESET ROLE;

-- injection: text under scan is data, never SQL.
SELECT phi.redact($$'); DROP TABLE phi.custom_patterns; -- SSN 123-45-6789$$);
SELECT to_regclass('phi.custom_patterns') IS NOT NULL AS still_there;

-- No SECURITY DEFINER function in the extension (nothing to elevate through).
SELECT count(*) AS security_definer_functions
  FROM pg_proc WHERE pronamespace = 'phi'::regnamespace AND prosecdef;

-- Every function of the extension that runs SQL pins its search_path:
-- with a SET clause, or (procedures that COMMIT, which cannot have one)
-- with set_config() as their first statement.
SELECT p.proname
  FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
 WHERE p.pronamespace = 'phi'::regnamespace AND l.lanname IN ('sql', 'plpgsql')
   AND NOT EXISTS (SELECT 1 FROM unnest(p.proconfig) c WHERE c LIKE 'search_path=%')
   AND NOT (p.prokind = 'p' AND p.prosrc ~ '^\s*DECLARE.*?BEGIN\s+PERFORM pg_catalog\.set_config\(''search_path'', ''pg_catalog, pg_temp'', true\);')
 ORDER BY 1;

-- The same shadowing, for a superuser who adds a pattern (the validation
-- trigger and add_pattern run SQL) and for scan_table.
SET search_path = evil, public, pg_catalog;
SELECT phi.add_pattern('evil_test', 'id', 'EV-[0-9]{4}', '{}', 0.9);
SELECT type, value FROM phi.detect('ref EV-1234') WHERE type = 'id';
CREATE TABLE public.scan_me (ssn text);
INSERT INTO public.scan_me VALUES ('123-45-6789');
SELECT column_name, sampled FROM phi.scan_table('public.scan_me');
SELECT phi.drop_pattern('evil_test');
DROP TABLE public.scan_me;
RESET search_path;

SET client_min_messages = warning;
DROP SCHEMA evil CASCADE;
RESET client_min_messages;
DROP ROLE mallory;
