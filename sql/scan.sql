-- Finding PHI columns: phi.scan_table and phi.scan_schema.
-- Both run with the caller's privileges (SECURITY INVOKER): a scan reads
-- only what the caller may read. The sample of each column is read by
-- phi._sample_column: as the relation's owner when the caller holds the
-- owner's privileges (a superuser, the owner), so a view's functions or a
-- column type's output function never run with more rights than their
-- owner's; otherwise with the caller's own rights, as a SELECT would.
-- Identifiers are quoted, never concatenated.

CREATE FUNCTION phi.scan_table(tbl regclass, sample_rows integer DEFAULT 1000)
RETURNS TABLE (
    column_name        name,
    data_type          text,
    name_hint          text,
    sampled            integer,
    phi_rate           real,
    type_rates         jsonb,
    detected_type      text,
    suggested_class    text,
    recommended_action text
)
LANGUAGE plpgsql STABLE STRICT PARALLEL RESTRICTED
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    col          record;
    rel_tuples   real;
    sample_pct   float8;
    vals         text[];
    strong_types integer;
BEGIN
    IF NOT has_table_privilege(tbl, 'SELECT') THEN
        RAISE EXCEPTION 'permission denied for %', tbl USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF sample_rows < 1 OR sample_rows > 1000000 THEN
        RAISE EXCEPTION 'sample_rows must be between 1 and 1000000'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;

    -- Large tables are sampled with BERNOULLI at roughly 3x the rows asked
    -- for (then LIMITed), so the sample spreads over the whole table.
    SELECT c.reltuples INTO rel_tuples FROM pg_class c WHERE c.oid = tbl;
    IF rel_tuples > sample_rows * 10 THEN
        sample_pct := least(100, 300.0 * sample_rows / rel_tuples);
    END IF;

    FOR col IN
        SELECT a.attname, format_type(a.atttypid, a.atttypmod) AS typ,
               t.typcategory AS cat
        FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
        WHERE a.attrelid = tbl AND a.attnum > 0 AND NOT a.attisdropped
        ORDER BY a.attnum
    LOOP
        column_name   := col.attname;
        data_type     := col.typ;
        name_hint     := phi._column_hint(col.attname);
        sampled       := 0;
        phi_rate      := NULL;
        type_rates    := '{}';
        detected_type := NULL;
        strong_types  := 0;

        IF col.cat = 'S' OR col.typ IN ('json', 'jsonb') THEN
            vals := phi._sample_column(tbl, col.attname, sample_rows, sample_pct);
            sampled := coalesce(cardinality(vals), 0);
            IF sampled > 0 THEN
                SELECT round(count(DISTINCT s.i)::numeric / sampled, 4)
                  INTO phi_rate
                  FROM unnest(vals) WITH ORDINALITY s(v, i)
                  CROSS JOIN LATERAL phi.detect(s.v) d;

                SELECT coalesce(jsonb_object_agg(r.t, r.rate ORDER BY r.t), '{}'),
                       (array_agg(r.t ORDER BY r.rate DESC, r.t))[1],
                       count(*) FILTER (WHERE r.rate >= 0.1)
                  INTO type_rates, detected_type, strong_types
                  FROM (SELECT d.type AS t,
                               round(count(DISTINCT s.i)::numeric / sampled, 4) AS rate
                          FROM unnest(vals) WITH ORDINALITY s(v, i)
                          CROSS JOIN LATERAL phi.detect(s.v) d
                         GROUP BY d.type) r;
                -- A type seen in under 10% of values is noise, not the column's content.
                IF phi_rate < 0.1 THEN
                    detected_type := NULL;
                END IF;
            END IF;
        END IF;

        IF col.typ = 'phi.encrypted_text' THEN
            -- Sealed values are never opened for a scan.
            suggested_class    := NULL;
            recommended_action := 'already sealed (phi.encrypted_text)';
        ELSIF strong_types >= 2 THEN
            -- Several kinds of PHI in one column: free text (notes, messages).
            suggested_class    := 'note';
            recommended_action := 'free text with several PHI types: protect as class note, or store phi.deidentify(...) output';
        ELSE
            suggested_class    := phi._suggested_class(coalesce(name_hint, detected_type));
            recommended_action := coalesce(phi._recommended_action(coalesce(name_hint, detected_type)), 'none');
        END IF;
        RETURN NEXT;
    END LOOP;
END
$$;
COMMENT ON FUNCTION phi.scan_table(regclass, integer) IS
    'One row per column: name hint, PHI detection rate per type on a sample, suggested data class and action';

CREATE FUNCTION phi.scan_schema(schema_name name, sample_rows integer DEFAULT 1000)
RETURNS TABLE (
    table_name         regclass,
    column_name        name,
    data_type          text,
    name_hint          text,
    sampled            integer,
    phi_rate           real,
    type_rates         jsonb,
    detected_type      text,
    suggested_class    text,
    recommended_action text
)
LANGUAGE plpgsql STABLE STRICT PARALLEL RESTRICTED
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    rel regclass;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = schema_name) THEN
        RAISE EXCEPTION 'schema does not exist'
            USING ERRCODE = 'invalid_schema_name';
    END IF;
    FOR rel IN
        SELECT c.oid::regclass FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = schema_name AND c.relkind IN ('r', 'p', 'm')
        ORDER BY c.relname
    LOOP
        IF NOT has_table_privilege(rel, 'SELECT') THEN
            RAISE NOTICE 'skipping %: no SELECT privilege', rel;
            CONTINUE;
        END IF;
        RETURN QUERY SELECT rel, s.* FROM phi.scan_table(rel, sample_rows) s;
    END LOOP;
END
$$;
COMMENT ON FUNCTION phi.scan_schema(name, integer) IS
    'phi.scan_table over every table of a schema the caller can read';
