-- The PHI vocabulary: for every type phi.detect can report, the data class
-- phi.scan_table suggests (phi._suggested_class) is one phi.data_classes
-- has, so phi.protect_column accepts scan_table's recommendation. The
-- types are read from the engine itself: the hint of the unknown-type
-- error lists them all.
CREATE FUNCTION pg_temp.phi_types() RETURNS text[] LANGUAGE plpgsql AS $$
DECLARE
    hint text;
BEGIN
    PERFORM phi.redact('x', 'tag', ARRAY['no such type']);
    RETURN NULL;
EXCEPTION WHEN invalid_parameter_value THEN
    GET STACKED DIAGNOSTICS hint = PG_EXCEPTION_HINT;
    RETURN string_to_array(rtrim(replace(hint, 'Valid types are: ', ''), '.'), ', ');
END
$$;
SELECT cardinality(pg_temp.phi_types()) AS types;

-- One row per type, in the vocabulary's order.
SELECT v.t AS type, phi._suggested_class(v.t) AS suggested_class,
       EXISTS (SELECT 1 FROM phi.data_classes c WHERE c.name = phi._suggested_class(v.t)) AS seeded
  FROM unnest(pg_temp.phi_types()) WITH ORDINALITY AS v(t, n)
 ORDER BY v.n;

-- The line to look at after adding a type: no type without a seeded class.
SELECT count(*) AS unseeded
  FROM unnest(pg_temp.phi_types()) AS v(t)
 WHERE phi._suggested_class(v.t) IS NULL
    OR NOT EXISTS (SELECT 1 FROM phi.data_classes c WHERE c.name = phi._suggested_class(v.t));
