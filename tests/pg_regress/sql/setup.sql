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
