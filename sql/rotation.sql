-- Key rotation: a new data key version (rotate_key), re-sealing every value
-- under it online in resumable batches (reencrypt, reencrypt_status),
-- retiring old versions, and re-wrapping data keys under a new master key.
--
-- Functions and procedures pin search_path with a SET clause. A procedure
-- that COMMITs cannot carry one (phi.reencrypt), so it pins it with
-- set_config(..., true) at the start and after every COMMIT, and qualifies
-- names besides; identifiers are quoted with %I. (set_config in a
-- procedure that does not commit would outlive the CALL in the caller's
-- transaction block.)

-- Called by re-encryption batches, which run as each table's owner, so
-- they stay executable by PUBLIC (finalize.sql): _reseal refuses to run
-- outside a batch; _needs_reseal reads a header only.
CREATE FUNCTION phi._reseal(phi.encrypted_text) RETURNS phi.encrypted_text
LANGUAGE c VOLATILE STRICT PARALLEL RESTRICTED
AS 'MODULE_PATHNAME', 'phi_reseal';
CREATE FUNCTION phi._needs_reseal(phi.encrypted_text, integer) RETURNS boolean
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'needs_reseal_sql_wrapper';

CREATE PROCEDURE phi.rotate_key()
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v integer;
BEGIN
    v := phi._rotate_key();
    RAISE NOTICE 'phi.rotate_key: data key version % is now current; older versions still decrypt. CALL phi.reencrypt() re-seals values under it.', v;
END
$$;

CREATE PROCEDURE phi.rotate_master_key(new_key_file text DEFAULT NULL, new_key_command text DEFAULT NULL)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    r record;
BEGIN
    SELECT * INTO r FROM phi._rewrap_keys(new_key_file, new_key_command);
    RAISE NOTICE 'phi.rotate_master_key: % data keys re-wrapped under master key %; now point % at the new key and SELECT pg_reload_conf()',
        r.keys, r.fingerprint, CASE WHEN new_key_file IS NOT NULL THEN 'phi.master_key_file' ELSE 'phi.master_key_command' END;
END
$$;

-- Every column of type phi.encrypted_text, or of a domain over it, in a
-- table of this database (protected or not), for re-encryption,
-- retirement checks and usage counts.
CREATE VIEW phi.encrypted_columns AS
WITH RECURSIVE sealed_types(oid) AS (
    SELECT 'phi.encrypted_text'::pg_catalog.regtype::pg_catalog.oid
    UNION
    SELECT d.oid FROM pg_catalog.pg_type d JOIN sealed_types s ON d.typbasetype = s.oid
    WHERE d.typtype = 'd'
)
SELECT n.nspname AS table_schema, c.relname AS table_name, a.attname AS column_name, c.oid::pg_catalog.regclass AS relation
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE a.atttypid IN (SELECT oid FROM sealed_types)
  AND a.attnum > 0 AND NOT a.attisdropped
  AND c.relkind IN ('r', 'p')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema');

-- The columns that hold sealed values where phi.encrypted_columns does not
-- reach them (arrays and composite values containing the type, domains
-- over those, materialized views), as a list for a message, or NULL:
-- re-encryption cannot re-seal them and retirement cannot count them.
CREATE FUNCTION phi._sealed_out_of_reach()
RETURNS text
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
    WITH RECURSIVE holding(oid) AS (
        SELECT 'phi.encrypted_text'::pg_catalog.regtype::pg_catalog.oid
        UNION
        -- domains over, arrays of, and row types with a column of a type
        -- already found (one scan of pg_type and pg_attribute per level)
        SELECT x.oid FROM holding h CROSS JOIN LATERAL (
            SELECT t.oid FROM pg_catalog.pg_type t
            WHERE t.typbasetype OPERATOR(pg_catalog.=) h.oid OR t.typelem OPERATOR(pg_catalog.=) h.oid
            UNION ALL
            SELECT t.oid FROM pg_catalog.pg_attribute a
            JOIN pg_catalog.pg_type t ON t.typrelid OPERATOR(pg_catalog.=) a.attrelid
            WHERE a.atttypid OPERATOR(pg_catalog.=) h.oid AND a.attnum OPERATOR(pg_catalog.>) 0
              AND NOT a.attisdropped AND t.typtype OPERATOR(pg_catalog.=) 'c') x
    )
    SELECT pg_catalog.string_agg(pg_catalog.format('%s.%I (%s)', c.oid::pg_catalog.regclass, a.attname,
                                                   pg_catalog.format_type(a.atttypid, a.atttypmod)), ', ')
    FROM pg_catalog.pg_attribute a
    JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) a.attrelid
    JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace
    WHERE a.atttypid IN (SELECT h.oid FROM holding h)
      AND a.attnum OPERATOR(pg_catalog.>) 0 AND NOT a.attisdropped
      AND c.relkind IN ('r', 'p', 'm')
      AND n.nspname NOT IN ('pg_catalog', 'information_schema')
      AND NOT EXISTS (SELECT 1 FROM phi.encrypted_columns e
                      WHERE e.relation OPERATOR(pg_catalog.=) c.oid AND e.column_name OPERATOR(pg_catalog.=) a.attname);
$$;

CREATE TABLE phi.reencrypt_progress (
    table_schema   name        NOT NULL,
    table_name     name        NOT NULL,
    column_name    name        NOT NULL,
    target_version integer     NOT NULL,
    next_block     bigint      NOT NULL DEFAULT 0,
    total_blocks   bigint      NOT NULL,
    rows_resealed  bigint      NOT NULL DEFAULT 0,
    batches        integer     NOT NULL DEFAULT 0,
    max_batch_ms   float8      NOT NULL DEFAULT 0,
    started_at     timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    updated_at     timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    finished_at    timestamptz,
    PRIMARY KEY (table_schema, table_name, column_name, target_version)
);
COMMENT ON TABLE phi.reencrypt_progress IS
    'Progress of phi.reencrypt per column and target key version; a cancelled or crashed run resumes from next_block';

CREATE VIEW phi.reencrypt_status AS
SELECT table_schema, table_name, column_name, target_version, rows_resealed, batches, max_batch_ms,
       next_block, total_blocks,
       CASE WHEN finished_at IS NOT NULL THEN 100.0
            WHEN total_blocks = 0 THEN 100.0
            ELSE pg_catalog.round(100.0 * LEAST(next_block, total_blocks) / total_blocks, 1) END AS percent_done,
       started_at, updated_at, finished_at
FROM phi.reencrypt_progress;

-- Recounts one column's sealed values per data key version into
-- phi.key_usage (one scan of the column, as the table's owner).
CREATE FUNCTION phi._count_key_usage(p_relation regclass, p_schema name, p_table name, p_column name)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    DELETE FROM phi.key_usage u
    WHERE (u.table_schema, u.table_name, u.column_name) = (p_schema, p_table, p_column);
    -- one row per live version, 0 where none of the column's values use it:
    -- a version without a row has not been counted since it was created
    INSERT INTO phi.key_usage (key_id, version, table_schema, table_name, column_name, rows)
    WITH u AS (SELECT * FROM phi._key_usage(p_relation, p_column))
    SELECT 1, v.version, p_schema, p_table, p_column, COALESCE(u.rows, 0)
    FROM (SELECT k.version FROM phi.keys k WHERE k.key_id = 1 AND k.state <> 'retired'
          UNION SELECT u.version FROM u) v
    LEFT JOIN u USING (version);
END
$$;

-- Whether the caller holds the privileges of rel's owner (its owner, a
-- member of that role, a superuser): maintenance runs as the owner only
-- then; other tables are skipped with a NOTICE.
CREATE FUNCTION phi._may_maintain(rel regclass)
RETURNS boolean
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF pg_catalog.pg_has_role((SELECT c.relowner FROM pg_catalog.pg_class c WHERE c.oid OPERATOR(pg_catalog.=) rel), 'USAGE') THEN
        RETURN true;
    END IF;
    RAISE NOTICE 'pg_phi: skipping %: you do not hold the privileges of its owner', rel;
    RETURN false;
END
$$;

-- Counts sealed values per key version for every encrypted column.
CREATE PROCEDURE phi.refresh_key_usage()
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c record;
BEGIN
    DELETE FROM phi.key_usage;
    FOR c IN SELECT * FROM phi.encrypted_columns ORDER BY 1, 2, 3 LOOP
        IF NOT phi._may_maintain(c.relation) THEN
            CONTINUE;
        END IF;
        PERFORM phi._count_key_usage(c.relation, c.table_schema, c.table_name, c.column_name);
    END LOOP;
END
$$;

-- Re-seals every value under a non-current data key version (and every
-- 0.1.0 value, whose header carries its subject in clear), column by
-- column, in batches of about batch_size rows (a range of heap blocks
-- each), committing after each batch: short row locks only, the
-- application keeps reading and writing. After each walk over a column it
-- counts the column's values per key version (one scan, kept in
-- phi.key_usage); rows that concurrent updates moved into blocks the walk
-- had passed are caught there and trigger another walk (at most 3).
-- Progress is in phi.reencrypt_status; after a cancel or crash, CALL it
-- again to resume. Batches commit asynchronously (synchronous_commit off,
-- local to each batch): a crash can lose only the last batches' work and
-- their progress rows together, which the next CALL redoes; any later
-- synchronous commit (retire_key_version's, for one) flushes them first.
-- Each batch runs as the table's owner (phi._reencrypt_batch), so the
-- owner's triggers, rules and index expressions never run with the
-- caller's rights; tables whose owner's privileges the caller does not
-- hold are skipped with a NOTICE.
CREATE PROCEDURE phi.reencrypt(batch_size integer DEFAULT 10000)
LANGUAGE plpgsql
AS $$
DECLARE
    c         record;
    v_current integer;
    v_blocks  bigint;
    v_step    bigint;
    v_next    bigint;
    v_rows    bigint;
    v_density float8;
    v_total   bigint := 0;
    v_left    bigint;
    v_pass    integer;
    v_t0      timestamptz;
    v_ms      float8;
    v_hidden  text;
BEGIN
    PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
    PERFORM pg_catalog.set_config('synchronous_commit', 'off', true);
    IF batch_size IS NULL OR batch_size < 1 THEN
        RAISE EXCEPTION 'phi.reencrypt: batch_size must be positive' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    v_current := phi._current_key_version();
    FOR c IN SELECT * FROM phi.encrypted_columns ORDER BY 1, 2, 3 LOOP
        IF NOT phi._may_maintain(c.relation) THEN
            CONTINUE;
        END IF;
        v_blocks := pg_catalog.pg_relation_size(c.relation) / pg_catalog.current_setting('block_size')::bigint;
        SELECT CASE WHEN relpages > 0 THEN reltuples / relpages ELSE 0 END INTO v_density
        FROM pg_catalog.pg_class WHERE oid = c.relation;
        v_step := GREATEST(1, (batch_size / GREATEST(v_density, 1))::bigint);

        INSERT INTO phi.reencrypt_progress (table_schema, table_name, column_name, target_version, total_blocks)
        VALUES (c.table_schema, c.table_name, c.column_name, v_current, v_blocks)
        ON CONFLICT (table_schema, table_name, column_name, target_version)
        DO UPDATE SET total_blocks = EXCLUDED.total_blocks;
        SELECT next_block INTO v_next FROM phi.reencrypt_progress p
        WHERE (p.table_schema, p.table_name, p.column_name, p.target_version) = (c.table_schema, c.table_name, c.column_name, v_current);
        COMMIT;
        PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
        PERFORM pg_catalog.set_config('synchronous_commit', 'off', true);

        v_pass := 1;
        LOOP
            WHILE v_next < v_blocks LOOP
                v_t0 := pg_catalog.clock_timestamp();
                -- as the table's owner; phi._needs_reseal reads the header only
                v_rows := phi._reencrypt_batch(c.relation, c.column_name, v_next, v_next + v_step, v_current);
                v_ms := 1000 * pg_catalog.date_part('epoch', pg_catalog.clock_timestamp() - v_t0);
                v_next := v_next + v_step;
                v_total := v_total + v_rows;
                UPDATE phi.reencrypt_progress p
                SET next_block = v_next, rows_resealed = p.rows_resealed + v_rows, batches = p.batches + 1,
                    max_batch_ms = GREATEST(p.max_batch_ms, v_ms),
                    updated_at = pg_catalog.clock_timestamp()
                WHERE (p.table_schema, p.table_name, p.column_name, p.target_version) = (c.table_schema, c.table_name, c.column_name, v_current);
                COMMIT;
                PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
                PERFORM pg_catalog.set_config('synchronous_commit', 'off', true);
                RAISE NOTICE 'phi.reencrypt: %.% % / % blocks, % values re-sealed so far',
                    c.relation, pg_catalog.quote_ident(c.column_name), LEAST(v_next, v_blocks), v_blocks, v_total;
            END LOOP;

            -- Count this column's values per key version (one scan).
            PERFORM phi._count_key_usage(c.relation, c.table_schema, c.table_name, c.column_name);
            SELECT COALESCE(pg_catalog.sum(u.rows), 0) INTO v_left FROM phi.key_usage u
            WHERE (u.table_schema, u.table_name, u.column_name) = (c.table_schema, c.table_name, c.column_name)
              AND u.version <> v_current;

            IF v_left = 0 THEN
                UPDATE phi.reencrypt_progress p
                SET finished_at = pg_catalog.clock_timestamp(), updated_at = pg_catalog.clock_timestamp()
                WHERE (p.table_schema, p.table_name, p.column_name, p.target_version) = (c.table_schema, c.table_name, c.column_name, v_current);
                COMMIT;
                PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
                PERFORM pg_catalog.set_config('synchronous_commit', 'off', true);
                EXIT;
            END IF;
            IF v_pass >= 3 THEN
                COMMIT;
                PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
                PERFORM pg_catalog.set_config('synchronous_commit', 'off', true);
                RAISE WARNING 'phi.reencrypt: % values in %.% are still on older key versions after % walks (concurrent updates keep moving them); CALL phi.reencrypt() again later',
                    v_left, c.relation, pg_catalog.quote_ident(c.column_name), v_pass;
                EXIT;
            END IF;
            -- Rows moved behind the walk: walk the column again.
            v_pass := v_pass + 1;
            v_next := 0;
            v_blocks := pg_catalog.pg_relation_size(c.relation) / pg_catalog.current_setting('block_size')::bigint;
            UPDATE phi.reencrypt_progress p
            SET next_block = 0, total_blocks = v_blocks, finished_at = NULL, updated_at = pg_catalog.clock_timestamp()
            WHERE (p.table_schema, p.table_name, p.column_name, p.target_version) = (c.table_schema, c.table_name, c.column_name, v_current);
            COMMIT;
            PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
            PERFORM pg_catalog.set_config('synchronous_commit', 'off', true);
            RAISE NOTICE 'phi.reencrypt: % values in %.% were moved behind the walk; walking again',
                v_left, c.relation, pg_catalog.quote_ident(c.column_name);
        END LOOP;
    END LOOP;
    RAISE NOTICE 'phi.reencrypt: done, % values re-sealed under data key version %', v_total, v_current;
    v_hidden := phi._sealed_out_of_reach();
    IF v_hidden IS NOT NULL THEN
        RAISE WARNING 'phi.reencrypt: sealed values in % were not re-sealed (arrays, composite types and materialized views are out of its reach)',
            v_hidden;
    END IF;
END
$$;

-- Deletes a data key version's wrapped key, refusing while any value in
-- any encrypted column still uses it (a full scan of each column). It
-- first waits for every transaction open when it began, which may hold
-- values sealed under the version that are not committed yet; so it runs
-- in READ COMMITTED only, and a transaction that never ends (or one that
-- waits on a lock the caller's transaction holds) keeps it waiting until
-- statement_timeout or a cancel.
CREATE FUNCTION phi.retire_key_version(version integer)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c record;
    v_current integer;
    v_used bigint;
    v_hidden text;
    v_open pg_catalog.pg_snapshot;
    v_waits integer := 0;
BEGIN
    -- Each count below must see every value written under the version so
    -- far, committed or not when the call began: a fresh snapshot per
    -- statement (READ COMMITTED), taken after the wait further down.
    IF pg_catalog.current_setting('transaction_isolation') OPERATOR(pg_catalog.<>) 'read committed' THEN
        RAISE EXCEPTION 'phi.retire_key_version must run in a READ COMMITTED transaction'
            USING ERRCODE = 'active_sql_transaction',
                  HINT = 'Under a fixed snapshot it could miss values committed after it was taken, and delete the key they need.';
    END IF;
    v_open := pg_catalog.pg_current_snapshot();
    v_current := phi._current_key_version();
    IF NOT EXISTS (SELECT 1 FROM phi.keys k WHERE k.key_id = 1 AND k.version = retire_key_version.version AND k.state = 'active') THEN
        RAISE EXCEPTION 'phi.retire_key_version: data key version % does not exist or is already retired', version
            USING ERRCODE = 'undefined_object';
    END IF;
    IF version = v_current THEN
        RAISE EXCEPTION 'phi.retire_key_version: version % is the current data key', version
            USING ERRCODE = 'object_in_use', HINT = 'CALL phi.rotate_key() and phi.reencrypt() first.';
    END IF;
    -- values pg_phi cannot count would be lost with the key
    v_hidden := phi._sealed_out_of_reach();
    IF v_hidden IS NOT NULL THEN
        RAISE EXCEPTION 'phi.retire_key_version: sealed values in % are out of reach of re-encryption; retiring a key could make them unreadable', v_hidden
            USING ERRCODE = 'object_in_use',
                  HINT = 'Store sealed values in columns of type phi.encrypted_text (or a domain over it), not in arrays, composite types or materialized views.';
    END IF;
    -- A transaction open when this call began may hold values sealed under
    -- the version that no snapshot can see until it commits (an INSERT not
    -- yet committed): wait until each of them has ended, then count.
    LOOP
        EXIT WHEN NOT EXISTS (
            SELECT 1 FROM pg_catalog.pg_snapshot_xip(v_open) x
            WHERE x IS DISTINCT FROM pg_catalog.pg_current_xact_id_if_assigned()
              AND pg_catalog.pg_xact_status(x) OPERATOR(pg_catalog.=) 'in progress');
        IF v_waits = 0 THEN
            RAISE NOTICE 'phi.retire_key_version: waiting for the transactions open when it began to end';
        END IF;
        v_waits := v_waits + 1;
        PERFORM pg_catalog.pg_sleep(0.05);
    END LOOP;
    FOR c IN SELECT * FROM phi.encrypted_columns LOOP
        SELECT COALESCE(pg_catalog.sum(u.rows), 0) INTO v_used
        FROM phi._key_usage(c.relation, c.column_name) u WHERE u.version = retire_key_version.version;
        IF v_used > 0 THEN
            RAISE EXCEPTION 'phi.retire_key_version: % values in %.% still use data key version %',
                v_used, c.relation, quote_ident(c.column_name), version
                USING ERRCODE = 'object_in_use', HINT = 'CALL phi.reencrypt() first.';
        END IF;
    END LOOP;
    UPDATE phi.keys k SET wrapped_key = NULL, state = 'retired', retired_at = now()
    WHERE k.key_id = 1 AND k.version = retire_key_version.version;
END
$$;
