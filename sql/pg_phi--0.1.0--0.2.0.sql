-- pg_phi 0.1.0 -> 0.2.0: maintenance runs as each table's owner with pinned search_path, keyed functions need plaintext rights, subjects are stored as keyed digests, keys are created by phi.init_keys() instead of by reads, and one trigger invalidates every cache.
\echo Use "ALTER EXTENSION pg_phi UPDATE" to load this file. \quit

-- Existing data needs no rewrite: 0.1.0 values (format 1, subject in
-- clear) keep opening; CALL phi.reencrypt() or the next write re-seals
-- them with a digest. The row triggers 0.1.0 installed (4 arguments) keep
-- working; CALL phi.protect_column again to install this version's
-- trigger (5 arguments: the subject column's class). Keys 0.1.0 created on
-- first use are kept; SELECT phi.init_keys() creates any that are missing.

---------------------------------------------------------------- gone

-- The blind index now comes from the column trigger only. Any role may
-- have built a view or function on phi._blind_index_of; say which, rather
-- than fail on the DROP with a hint to CASCADE.
DO $$
DECLARE
    deps text;
BEGIN
    SELECT pg_catalog.string_agg(pg_catalog.pg_describe_object(d.classid, d.objid, d.objsubid), ', ')
      INTO deps
      FROM pg_catalog.pg_depend d
     WHERE d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_proc'::pg_catalog.regclass
       AND d.refobjid OPERATOR(pg_catalog.=) 'phi._blind_index_of(phi.encrypted_text, text)'::pg_catalog.regprocedure
       AND d.deptype OPERATOR(pg_catalog.=) 'n';
    IF deps IS NOT NULL THEN
        RAISE EXCEPTION 'pg_phi 0.2.0 removes phi._blind_index_of, which % depends on', deps
            USING ERRCODE = 'dependent_objects_still_exist',
                  HINT = 'Drop or change those objects (use the blind index column instead), then run ALTER EXTENSION pg_phi UPDATE again.';
    END IF;
END
$$;
DROP FUNCTION phi._blind_index_of(phi.encrypted_text, text);

---------------------------------------------------------------- one invalidation trigger

CREATE FUNCTION phi._invalidate_cache() RETURNS trigger LANGUAGE c AS 'MODULE_PATHNAME', 'invalidate_cache_wrapper';

DROP TRIGGER invalidate_detectors ON phi.custom_patterns;
CREATE TRIGGER invalidate_detectors
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON phi.custom_patterns
    FOR EACH STATEMENT EXECUTE FUNCTION phi._invalidate_cache();
DROP TRIGGER invalidate_class_cache ON phi.data_classes;
CREATE TRIGGER invalidate_class_cache
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON phi.data_classes
    FOR EACH STATEMENT EXECUTE FUNCTION phi._invalidate_cache();
DROP TRIGGER invalidate_key_cache ON phi.keys;
CREATE TRIGGER invalidate_key_cache
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON phi.keys
    FOR EACH STATEMENT EXECUTE FUNCTION phi._invalidate_cache();
DROP FUNCTION phi._patterns_changed();

---------------------------------------------------------------- keys

CREATE FUNCTION phi.init_keys() RETURNS TABLE (
	"key_id" INT,
	"purpose" TEXT,
	"version" INT,
	"created" bool
)
STRICT VOLATILE PARALLEL UNSAFE 
LANGUAGE c
AS 'MODULE_PATHNAME', 'init_keys_sql_wrapper';

-- A key version arriving for a slot the database already fills (a
-- pg_restore into a database where phi.init_keys() ran) is refused with a
-- message that says so: the restored values are sealed under the dumped
-- keys, and this database's own keys cannot open them.
CREATE FUNCTION phi._refuse_second_key() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM phi.keys k
               WHERE k.key_id OPERATOR(pg_catalog.=) NEW.key_id
                 AND k.version OPERATOR(pg_catalog.=) NEW.version) THEN
        RAISE EXCEPTION 'phi.keys already holds key % version %: this database has keys of its own', NEW.key_id, NEW.version
            USING ERRCODE = 'unique_violation',
                  HINT = 'Restore a dump into a database where phi.init_keys() has not run (CREATE EXTENSION pg_phi creates no keys), so the dumped keys that sealed its values come back.';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER refuse_second_key
    BEFORE INSERT ON phi.keys
    FOR EACH ROW EXECUTE FUNCTION phi._refuse_second_key();

---------------------------------------------------------------- custom patterns

CREATE FUNCTION phi._max_patterns() RETURNS INT
IMMUTABLE STRICT PARALLEL SAFE 
LANGUAGE c
AS 'MODULE_PATHNAME', 'max_patterns_wrapper';

-- Guards and API of phi.custom_patterns.

-- Every row is validated by the same Rust code that compiles it, so a bad
-- regex is refused at INSERT/UPDATE, never at detection time.
CREATE OR REPLACE FUNCTION phi._validate_pattern_row() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    PERFORM phi._check_pattern(NEW.type, NEW.regex, NEW.score);
    NEW.type := lower(btrim(NEW.type));
    IF TG_OP = 'INSERT' THEN
        -- One over the limit would make every backend's detector fail to
        -- compile; concurrent inserts queue here so the count is exact.
        LOCK TABLE phi.custom_patterns IN SHARE ROW EXCLUSIVE MODE;
        IF (SELECT count(*) FROM phi.custom_patterns) >= phi._max_patterns() THEN
            RAISE EXCEPTION 'too many custom patterns (at most %)', phi._max_patterns()
                USING ERRCODE = 'program_limit_exceeded',
                      HINT = 'Remove one with phi.drop_pattern(name), or merge patterns with |.';
        END IF;
    END IF;
    RETURN NEW;
END
$$;

---------------------------------------------------------------- the type and keyed digests

-- phi.subject() now shows a keyed digest and authenticates a 0.1.0 value
-- before digesting its clear subject: it reads keys.
ALTER FUNCTION phi.subject(phi.encrypted_text) STABLE PARALLEL RESTRICTED;
COMMENT ON FUNCTION phi.subject(phi.encrypted_text) IS
    'Keyed digest (hex) of the subject a value is bound to; never the subject id itself';
CREATE FUNCTION phi.subject_digest(subject text) RETURNS text
LANGUAGE c STABLE STRICT PARALLEL RESTRICTED
AS 'MODULE_PATHNAME', 'subject_digest_sql_wrapper';

COMMENT ON FUNCTION phi.subject_digest(text) IS
    'The digest phi.subject() shows for values of this subject id (needs plaintext rights: phi_reader)';
COMMENT ON FUNCTION phi.encrypt(text, text, text) IS
    'Seals a value for a data class and (optionally, with plaintext rights) the subject (patient) it belongs to';
COMMENT ON FUNCTION phi.blind_index(text, text) IS
    'Keyed HMAC-SHA256 (16 bytes) of a normalised value: equality lookups on a protected column''s _bidx column (needs plaintext rights: phi_reader)';

---------------------------------------------------------------- maintenance as the table's owner

CREATE FUNCTION phi._reencrypt_batch(
	"rel" oid,
	"col" TEXT,
	"first_block" bigint,
	"end_block" bigint,
	"target" INT
) RETURNS bigint
STRICT VOLATILE PARALLEL UNSAFE 
LANGUAGE c
AS 'MODULE_PATHNAME', 'reencrypt_batch_wrapper';

CREATE FUNCTION phi._key_usage(
	"rel" oid,
	"col" TEXT
) RETURNS TABLE (
	"version" INT,
	"rows" bigint
)
STRICT VOLATILE PARALLEL UNSAFE 
LANGUAGE c
AS 'MODULE_PATHNAME', 'key_usage_wrapper';

CREATE FUNCTION phi._convert_column(
	"rel" oid,
	"col" TEXT,
	"class" TEXT,
	"subject_col" TEXT,
	"subject_class" TEXT
) RETURNS VOID
VOLATILE PARALLEL UNSAFE 
LANGUAGE c
AS 'MODULE_PATHNAME', 'convert_column_wrapper';

CREATE FUNCTION phi._bind_column(
	"rel" oid,
	"col" TEXT,
	"class" TEXT,
	"bidx" TEXT
) RETURNS bigint
VOLATILE PARALLEL UNSAFE 
LANGUAGE c
AS 'MODULE_PATHNAME', 'bind_column_wrapper';

CREATE FUNCTION phi._sample_column(
	"rel" oid,
	"col" TEXT,
	"n" INT,
	"percent" double precision
) RETURNS TEXT[]
STABLE PARALLEL RESTRICTED 
LANGUAGE c
AS 'MODULE_PATHNAME', 'sample_column_wrapper';

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

-- _reseal is now called by batches running as each table's owner, so it
-- is executable by PUBLIC again (it refuses to run outside a batch).
GRANT EXECUTE ON FUNCTION phi._reseal(phi.encrypted_text) TO PUBLIC;
CREATE FUNCTION phi._needs_reseal(phi.encrypted_text, integer) RETURNS boolean
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'needs_reseal_sql_wrapper';

-- Protected columns: phi.protect_column converts a column to
-- phi.encrypted_text and installs the row trigger phi._protect_row, which
-- keeps each value's class, subject and blind index right on every write.
--
-- Functions and procedures pin search_path with a SET clause (a procedure
-- that COMMITs cannot carry one: see rotation.sql).

-- Called by phi.protect_column's conversion statement, which runs as the
-- table's owner, so it stays executable by PUBLIC (finalize.sql): it seals
-- as the column trigger would, for the class of the conversion running in
-- this backend, and refuses to run outside one.
CREATE FUNCTION phi._convert_value(value text, subject text, sealed_subject phi.encrypted_text)
RETURNS phi.encrypted_text
LANGUAGE c VOLATILE PARALLEL RESTRICTED
AS 'MODULE_PATHNAME', 'phi_convert_value';

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

---------------------------------------------------------------- procedures and functions with new bodies

-- Converts a plaintext column to phi.encrypted_text in place (one table
-- rewrite: the old heap file, plaintext and all, is unlinked rather than
-- left behind in dead tuples), records it, and installs the trigger that
-- keeps class, subject and blind index right on every INSERT/UPDATE.
-- Re-running it on a protected column refreshes the trigger. The rewrite
-- (phi._convert_column) seals each value for the class and its row's
-- subject; for a blind index, or a column that was already sealed,
-- phi._bind_column then rewrites the rows that need it and the trigger
-- binds them and computes the index. Values a sealed column already held
-- without a class were written in other transactions: the trigger binds
-- them only if the table's owner holds plaintext rights. Both run as the
-- table's owner, so the
-- owner's triggers, constraints and index expressions never run with the
-- caller's rights. A subject column that is itself sealed must be
-- protected first: only values of its class are opened. Messages never
-- repeat an argument that does not name an existing object (it may be PHI
-- passed in the wrong place).
CREATE OR REPLACE PROCEDURE phi.protect_column(
    tbl         regclass,
    col         name,
    class       text,
    subject_col name    DEFAULT NULL,
    blind_index boolean DEFAULT false
)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_schema  name;
    v_table   name;
    v_attnum  smallint;
    v_type    oid;
    v_bidx    name;
    v_trigger name;
    v_subject_type oid;
    v_subject_class text;
    v_rows    bigint;
BEGIN
    SELECT n.nspname, c.relname INTO v_schema, v_table
    FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    WHERE c.oid = tbl AND c.relkind IN ('r', 'p');
    IF NOT FOUND THEN
        RAISE EXCEPTION 'phi.protect_column: % is not a table', tbl USING ERRCODE = 'wrong_object_type';
    END IF;
    SELECT a.attnum, a.atttypid INTO v_attnum, v_type
    FROM pg_catalog.pg_attribute a
    WHERE a.attrelid = tbl AND a.attname = col AND a.attnum > 0 AND NOT a.attisdropped;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'phi.protect_column: % has no such column', tbl USING ERRCODE = 'undefined_column';
    END IF;
    IF class IS NULL OR class = 'unclassified' OR NOT EXISTS (SELECT 1 FROM phi.data_classes d WHERE d.name = class) THEN
        RAISE EXCEPTION 'phi.protect_column: unknown data class'
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'See SELECT name FROM phi.data_classes; add one with phi.add_data_class().';
    END IF;
    IF subject_col IS NOT NULL THEN
        SELECT a.atttypid INTO v_subject_type FROM pg_catalog.pg_attribute a
        WHERE a.attrelid = tbl AND a.attname = subject_col AND a.attnum > 0 AND NOT a.attisdropped;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'phi.protect_column: % has no such subject column', tbl
                USING ERRCODE = 'undefined_column';
        END IF;
        IF v_subject_type = 'phi.encrypted_text'::pg_catalog.regtype THEN
            SELECT p.class INTO v_subject_class FROM phi.protected_columns p
            WHERE p.table_schema = v_schema AND p.table_name = v_table AND p.column_name = subject_col;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'phi.protect_column: the subject column of % is sealed but not protected', tbl
                    USING ERRCODE = 'invalid_parameter_value',
                          HINT = 'Protect the subject column first (CALL phi.protect_column on it), so that its values have a class.';
            END IF;
        END IF;
    END IF;
    IF v_type NOT IN ('pg_catalog.text'::pg_catalog.regtype, 'pg_catalog.varchar'::pg_catalog.regtype,
                      'pg_catalog.bpchar'::pg_catalog.regtype, 'phi.encrypted_text'::pg_catalog.regtype) THEN
        RAISE EXCEPTION 'phi.protect_column: column "%" is of type %, expected text, varchar or char',
            col, v_type::pg_catalog.regtype USING ERRCODE = 'datatype_mismatch';
    END IF;
    IF v_type <> 'phi.encrypted_text'::pg_catalog.regtype AND EXISTS (
        SELECT 1 FROM pg_catalog.pg_index i WHERE i.indrelid = tbl AND v_attnum = ANY (i.indkey::smallint[])) THEN
        RAISE EXCEPTION 'phi.protect_column: column "%" of % is indexed, and an index on it stores plaintext', col, tbl
            USING ERRCODE = 'object_in_use',
                  HINT = 'Drop the index first; for equality lookups use blind_index => true.';
    END IF;

    IF v_type <> 'phi.encrypted_text'::pg_catalog.regtype THEN
        PERFORM phi._convert_column(tbl, col, class, subject_col, v_subject_class);
    END IF;
    IF blind_index THEN
        v_bidx := pg_catalog.left(col, 58) || '_bidx';
        EXECUTE pg_catalog.format('ALTER TABLE %s ADD COLUMN IF NOT EXISTS %I bytea', tbl, v_bidx);
    END IF;

    v_trigger := pg_catalog.left('phi_protect_' || col, 63);
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_trigger t WHERE t.tgrelid = tbl AND t.tgname = v_trigger) THEN
        EXECUTE pg_catalog.format('DROP TRIGGER %I ON %s', v_trigger, tbl);
    END IF;
    EXECUTE pg_catalog.format(
        'CREATE TRIGGER %I BEFORE INSERT OR UPDATE OR DELETE ON %s FOR EACH ROW EXECUTE FUNCTION phi._protect_row(%L, %L, %L, %L, %L)',
        v_trigger, tbl, col, class, COALESCE(subject_col, ''), COALESCE(v_bidx, ''), COALESCE(v_subject_class, ''));
    IF v_bidx IS NOT NULL OR v_type = 'phi.encrypted_text'::pg_catalog.regtype THEN
        -- the trigger binds every value not yet of this class, and computes
        -- the index of every row without one
        PERFORM phi._bind_column(tbl, col, class, v_bidx);
    END IF;

    INSERT INTO phi.protected_columns (table_schema, table_name, column_name, class, subject_column, blind_index_column)
    VALUES (v_schema, v_table, col, class, subject_col, v_bidx)
    ON CONFLICT (table_schema, table_name, column_name) DO UPDATE
        SET class = EXCLUDED.class, subject_column = EXCLUDED.subject_column,
            blind_index_column = EXCLUDED.blind_index_column,
            protected_at = pg_catalog.now(), protected_by = CURRENT_USER;

    SELECT COALESCE(pg_catalog.sum(u.rows), 0) INTO v_rows FROM phi._key_usage(tbl, col) u;
    RAISE NOTICE 'phi.protect_column: %.% is sealed as class % (% values)', tbl, pg_catalog.quote_ident(col), class, v_rows;
    IF v_bidx IS NOT NULL THEN
        RAISE NOTICE 'phi.protect_column: for indexed lookups run: CREATE INDEX CONCURRENTLY ON % (%)',
            tbl, pg_catalog.quote_ident(v_bidx);
    END IF;
    -- A table's owner attaches code that runs as whoever reads or writes
    -- the table (row security policies, triggers, rules, defaults, view
    -- functions): PostgreSQL trusts a table's owner with what its readers
    -- see.
    IF NOT pg_catalog.pg_has_role((SELECT c.relowner FROM pg_catalog.pg_class c WHERE c.oid OPERATOR(pg_catalog.=) tbl),
                                  'phi_reader', 'USAGE') THEN
        RAISE NOTICE 'phi.protect_column: the owner of % does not hold plaintext rights, yet code it attaches to the table (policies, triggers, rules) runs as the readers of the table and sees their plaintext; let only a trusted role own it',
            tbl;
    END IF;
END
$$;

-- The column trigger now also fires on DELETE (a deleted value is a write
-- audit event): every column protected under 0.1.0 gets its trigger
-- re-created with the same name and arguments.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT tr.oid, tr.tgname, tr.tgrelid::pg_catalog.regclass AS rel,
                    pg_catalog.pg_get_triggerdef(tr.oid) AS def
               FROM pg_catalog.pg_trigger tr
              WHERE tr.tgfoid OPERATOR(pg_catalog.=) 'phi._protect_row()'::pg_catalog.regprocedure
                AND NOT tr.tgisinternal
    LOOP
        EXECUTE pg_catalog.format('DROP TRIGGER %I ON %s', t.tgname, t.rel);
        EXECUTE pg_catalog.replace(t.def, 'BEFORE INSERT OR UPDATE ON', 'BEFORE INSERT OR UPDATE OR DELETE ON');
    END LOOP;
END
$$;

-- Recounts one column's sealed values per data key version into
-- phi.key_usage (one scan of the column, as the table's owner).
CREATE OR REPLACE FUNCTION phi._count_key_usage(p_relation regclass, p_schema name, p_table name, p_column name)
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

-- Counts sealed values per key version for every encrypted column.
CREATE OR REPLACE PROCEDURE phi.refresh_key_usage()
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
CREATE OR REPLACE PROCEDURE phi.reencrypt(batch_size integer DEFAULT 10000)
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
CREATE OR REPLACE FUNCTION phi.retire_key_version(version integer)
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

CREATE OR REPLACE PROCEDURE phi.rotate_key()
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

CREATE OR REPLACE PROCEDURE phi.rotate_master_key(new_key_file text DEFAULT NULL, new_key_command text DEFAULT NULL)
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

-- Finding PHI columns: phi.scan_table and phi.scan_schema.
-- Both run with the caller's privileges (SECURITY INVOKER): a scan reads
-- only what the caller may read. The sample of each column is read by
-- phi._sample_column: as the relation's owner when the caller holds the
-- owner's privileges (a superuser, the owner), so a view's functions or a
-- column type's output function never run with more rights than their
-- owner's; otherwise with the caller's own rights, as a SELECT would.
-- Identifiers are quoted, never concatenated.

CREATE OR REPLACE FUNCTION phi.scan_table(tbl regclass, sample_rows integer DEFAULT 1000)
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

CREATE OR REPLACE FUNCTION phi.scan_schema(schema_name name, sample_rows integer DEFAULT 1000)
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

---------------------------------------------------------------- views

-- columns of a domain over the type are re-sealed and counted too
CREATE OR REPLACE VIEW phi.encrypted_columns AS
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

---------------------------------------------------------------- privileges (as in finalize.sql)

REVOKE EXECUTE ON FUNCTION phi._invalidate_cache() FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION phi.init_keys() FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION phi._refuse_second_key() FROM PUBLIC;
REVOKE EXECUTE ON PROCEDURE phi.protect_column(regclass, name, text, name, boolean) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION phi._reencrypt_batch(oid, text, bigint, bigint, integer) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION phi._key_usage(oid, text) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION phi._convert_column(oid, text, text, text, text) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION phi._bind_column(oid, text, text, text) FROM PUBLIC;

---------------------------------------------------------------- audit trail and access policy (sql/audit.sql, sql/policy.sql, new in 0.2.0)

CREATE FUNCTION phi._audit_change() RETURNS trigger LANGUAGE c AS 'MODULE_PATHNAME', 'audit_change_wrapper';
CREATE FUNCTION phi._audit_append_only() RETURNS trigger LANGUAGE c AS 'MODULE_PATHNAME', 'audit_append_only_wrapper';

CREATE TABLE phi.audit_log (
    seq              bigint      PRIMARY KEY,
    occurred_at      timestamptz NOT NULL,
    actor            name        NOT NULL,
    session_user_name name       NOT NULL,
    client_addr      inet,
    application_name text,
    backend_pid      integer,
    xid              bigint,
    action           text        NOT NULL,
    relation         text,
    classes          text[],
    subjects         bytea[],
    row_count        bigint      NOT NULL DEFAULT 0,
    statement_kind   text,
    outcome          text        NOT NULL,
    reason           text,
    purpose          text,
    prev_hash        bytea       NOT NULL,
    hash             bytea       NOT NULL
);
-- access_report finds a patient's events through the digest. A read of
-- 100,000 patients adds 100,000 entries: a large pending list keeps that
-- an append, merged into the index by (auto)vacuum rather than by the
-- audit writer (bench/audit_pipeline.sh: 2x faster bulk reads).
CREATE INDEX audit_log_subjects ON phi.audit_log USING gin (subjects) WITH (gin_pending_list_limit = 65536);
COMMENT ON TABLE phi.audit_log IS
    'Hash-chained audit events (who, when, which patient as a keyed digest, which classes, what happened); never values';
-- Not in pg_dump's output (no pg_extension_config_dump): restoring a dump
-- re-creates the policy, whose triggers record that as new events, and a
-- dumped chain restored beside them would collide. Physical backups carry
-- the log; archive it logically with COPY (SELECT * FROM phi.audit_log
-- ORDER BY seq) and phi.audit_digest().

-- Append-only for everyone: no UPDATE, DELETE or TRUNCATE gets through
-- (a superuser can disable triggers; the chain then shows what changed),
-- except the DELETE phi.purge_audit runs in its own backend
-- (phi._audit_append_only is a C function: src/audit.rs).
CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON phi.audit_log
    FOR EACH ROW EXECUTE FUNCTION phi._audit_append_only();
CREATE TRIGGER append_only_truncate BEFORE TRUNCATE ON phi.audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION phi._audit_append_only();

-- Key operations are events: a key created (phi.init_keys, rotate_key,
-- a restore), re-wrapped (rotate_master_key) or retired. Policy changes
-- get the same trigger in policy.sql.
CREATE TRIGGER audit_keys AFTER INSERT OR UPDATE OR DELETE ON phi.keys
    FOR EACH ROW EXECUTE FUNCTION phi._audit_change();

-- Write auditing for a table whose PHI columns are not (all) sealed:
-- phi.audit_table(tbl, subject_col, columns) attaches an AFTER INSERT OR
-- UPDATE OR DELETE row trigger; each write is an event of its transaction
-- per changed column (its name, the patient's digest; never a value).
-- Sealed columns already have theirs (phi.protect_column's trigger).
-- columns NULL: every column but the subject. Re-running replaces it.
CREATE FUNCTION phi._audit_row() RETURNS trigger
LANGUAGE c
AS 'MODULE_PATHNAME', 'phi_audit_row';

CREATE PROCEDURE phi.audit_table(tbl regclass, subject_col name DEFAULT NULL, columns name[] DEFAULT NULL)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_cols name[];
    v_missing name;
    v_args text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_class c WHERE c.oid OPERATOR(pg_catalog.=) tbl AND c.relkind IN ('r', 'p')) THEN
        RAISE EXCEPTION 'phi.audit_table: % is not a table', tbl USING ERRCODE = 'wrong_object_type';
    END IF;
    IF subject_col IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM pg_catalog.pg_attribute a
         WHERE a.attrelid OPERATOR(pg_catalog.=) tbl AND a.attname OPERATOR(pg_catalog.=) subject_col
           AND a.attnum OPERATOR(pg_catalog.>) 0 AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'phi.audit_table: % has no such subject column', tbl USING ERRCODE = 'undefined_column';
    END IF;
    IF columns IS NULL THEN
        SELECT pg_catalog.array_agg(a.attname ORDER BY a.attnum) INTO v_cols
          FROM pg_catalog.pg_attribute a
         WHERE a.attrelid OPERATOR(pg_catalog.=) tbl AND a.attnum OPERATOR(pg_catalog.>) 0 AND NOT a.attisdropped
           AND a.attname IS DISTINCT FROM subject_col;
    ELSE
        SELECT c INTO v_missing FROM pg_catalog.unnest(columns) c
         WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a
                            WHERE a.attrelid OPERATOR(pg_catalog.=) tbl AND a.attname OPERATOR(pg_catalog.=) c
                              AND a.attnum OPERATOR(pg_catalog.>) 0 AND NOT a.attisdropped)
         LIMIT 1;
        IF FOUND THEN
            RAISE EXCEPTION 'phi.audit_table: % has no such column', tbl USING ERRCODE = 'undefined_column';
        END IF;
        v_cols := columns;
    END IF;
    IF v_cols IS NULL OR pg_catalog.cardinality(v_cols) OPERATOR(pg_catalog.=) 0 THEN
        RAISE EXCEPTION 'phi.audit_table: no column to audit' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT pg_catalog.string_agg(pg_catalog.quote_literal(c), ', ') INTO v_args FROM pg_catalog.unnest(v_cols) c;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_trigger t WHERE t.tgrelid OPERATOR(pg_catalog.=) tbl AND t.tgname OPERATOR(pg_catalog.=) 'phi_audit_row') THEN
        EXECUTE pg_catalog.format('DROP TRIGGER phi_audit_row ON %s', tbl);
    END IF;
    EXECUTE pg_catalog.format(
        'CREATE TRIGGER phi_audit_row AFTER INSERT OR UPDATE OR DELETE ON %s FOR EACH ROW EXECUTE FUNCTION phi._audit_row(%L, %s)',
        tbl, COALESCE(subject_col, ''), v_args);
END
$$;

-- Recomputes the chain from from_seq (NULL: from the first row, which
-- must follow the genesis hash) and returns each break: 'edited' (the
-- row's columns no longer give its hash), 'unlinked' (it does not follow
-- the row before it: rows deleted, inserted or moved), 'seq_gap'.
-- No row: the chain is intact.
CREATE FUNCTION phi.verify_audit(from_seq bigint DEFAULT NULL)
RETURNS TABLE (seq bigint, problem text)
LANGUAGE c STABLE PARALLEL RESTRICTED
AS 'MODULE_PATHNAME', 'verify_audit_wrapper';

-- The chain's head (last seq and hash, hex) to store outside the database.
CREATE FUNCTION phi.audit_digest()
RETURNS text
LANGUAGE c STABLE PARALLEL RESTRICTED
AS 'MODULE_PATHNAME', 'audit_digest_wrapper';

-- verify_audit, and that the row a digest named is still there with its
-- hash (a truncated or rolled-back tail shows here, as 'missing_head').
CREATE FUNCTION phi.verify_audit_against(digest text)
RETURNS TABLE (seq bigint, problem text)
LANGUAGE c STABLE PARALLEL RESTRICTED
AS 'MODULE_PATHNAME', 'verify_audit_against_wrapper';

-- The accounting of one patient's audit events, for compliance: who,
-- when, what, how and why, between two times. The id is digested inside;
-- only phi_compliance and phi_admin members (and superusers) may ask.
CREATE FUNCTION phi.access_report(subject text, from_ts timestamptz DEFAULT '-infinity',
                                  to_ts timestamptz DEFAULT 'infinity')
RETURNS TABLE (occurred_at timestamptz, actor text, action text, classes text[], outcome text,
               purpose text, row_count bigint, reason text)
LANGUAGE c STABLE STRICT PARALLEL RESTRICTED
AS 'MODULE_PATHNAME', 'access_report_wrapper';

-- Removes the events before a time older than phi.audit_retention (6
-- years by default), after checking the chain verifies, and appends a
-- checkpoint event naming the cut (its seq and hash), so the rest still
-- verifies. phi_admin members and superusers only.
CREATE FUNCTION phi.purge_audit(before timestamptz)
RETURNS bigint
LANGUAGE c VOLATILE STRICT PARALLEL UNSAFE
AS 'MODULE_PATHNAME', 'purge_audit_wrapper';

-- Events by actor and action between two times.
CREATE FUNCTION phi.audit_summary(from_ts timestamptz DEFAULT '-infinity', to_ts timestamptz DEFAULT 'infinity')
RETURNS TABLE (actor name, action text, events bigint, row_count numeric, first_at timestamptz, last_at timestamptz)
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT a.actor, a.action, pg_catalog.count(*), pg_catalog.sum(a.row_count), pg_catalog.min(a.occurred_at),
           pg_catalog.max(a.occurred_at)
    FROM phi.audit_log a
    WHERE a.occurred_at OPERATOR(pg_catalog.>=) audit_summary.from_ts
      AND a.occurred_at OPERATOR(pg_catalog.<) audit_summary.to_ts
    GROUP BY a.actor, a.action
    ORDER BY a.actor, a.action;
$$;

-- phi_reader: plaintext of every class and patient (0.1.0's one rule).
-- phi_admin: changes the policy. phi_compliance: reads it and reviews
-- break-glass windows. Roles are cluster-wide, so a second database's
-- CREATE EXTENSION reuses them. Membership is explicit: a superuser is not
-- implicitly any of them, so a routine pg_dump or SELECT * by a superuser
-- shows sealed values.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'phi_reader') THEN
        CREATE ROLE phi_reader NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'phi_admin') THEN
        CREATE ROLE phi_admin NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'phi_compliance') THEN
        CREATE ROLE phi_compliance NOLOGIN;
    END IF;
END
$$;

-- What a role sees of a class: level plaintext, masked, sealed or none,
-- over a scope of patients: its care team, all of them, or its own record.
-- For a value, the grants of every role whose privileges the reader holds
-- that cover the value's class and patient apply, and the most permissive
-- wins; with none applying, the sealed form. class '*' is every class.
CREATE TABLE phi.access_grants (
    role       regrole     NOT NULL,
    class      text        NOT NULL,
    level      text        NOT NULL CHECK (level IN ('plaintext', 'masked', 'sealed', 'none')),
    scope      text        NOT NULL CHECK (scope IN ('care_team', 'all_subjects', 'self')),
    can_write  boolean     NOT NULL,
    granted_by name        NOT NULL DEFAULT CURRENT_USER,
    granted_at timestamptz NOT NULL DEFAULT pg_catalog.now(),
    PRIMARY KEY (role, class, scope)
);
COMMENT ON TABLE phi.access_grants IS
    'Minimum-necessary grants: a role''s level (plaintext, masked, sealed, none) on a data class over a scope of patients';
SELECT pg_catalog.pg_extension_config_dump('phi.access_grants', '');

-- The patients on a role's care team. An assignment grants until it ends
-- (phi.end_care) or its until passes; each check is per statement.
-- Patients are stored as keyed subject digests, never their ids.
CREATE TABLE phi.care_assignments (
    id             bigserial   PRIMARY KEY,
    grantee        regrole     NOT NULL,
    subject_digest bytea       NOT NULL CHECK (pg_catalog.length(subject_digest) = 16),
    assigned_at    timestamptz NOT NULL DEFAULT pg_catalog.now(),
    until          timestamptz CHECK (pg_catalog.isfinite(until)),
    ended_at       timestamptz,
    assigned_by    name        NOT NULL DEFAULT CURRENT_USER
);
CREATE INDEX ON phi.care_assignments (grantee, subject_digest) WHERE ended_at IS NULL;
COMMENT ON TABLE phi.care_assignments IS
    'Care-team assignments (grantee role, patient as a keyed digest); grants of scope care_team cover these patients';
SELECT pg_catalog.pg_extension_config_dump('phi.care_assignments', '');
SELECT pg_catalog.pg_extension_config_dump('phi.care_assignments_id_seq', '');

-- The patient a login role is (a portal account): grants of scope self
-- cover values bound to that patient only.
CREATE TABLE phi.login_subjects (
    role           regrole     PRIMARY KEY,
    subject_digest bytea       NOT NULL CHECK (pg_catalog.length(subject_digest) = 16),
    mapped_at      timestamptz NOT NULL DEFAULT pg_catalog.now(),
    mapped_by      name        NOT NULL DEFAULT CURRENT_USER
);
COMMENT ON TABLE phi.login_subjects IS 'Patient login roles and the patient (keyed digest) each one is';
SELECT pg_catalog.pg_extension_config_dump('phi.login_subjects', '');

-- The mask of a class, where it differs from the default (ssn, phone,
-- account, insurance_id, mrn, license: last4; name: initials; dob: year;
-- anything else: redacted).
CREATE TABLE phi.masks (
    class text PRIMARY KEY REFERENCES phi.data_classes (name) ON DELETE CASCADE,
    style text NOT NULL CHECK (style IN ('last4', 'initials', 'year', 'redacted'))
);
COMMENT ON TABLE phi.masks IS 'How masked readers see each class, where it differs from the default';
SELECT pg_catalog.pg_extension_config_dump('phi.masks', '');

-- Break-glass windows: a login opens one for itself, for a patient, with a
-- reason (phi.break_glass); once that transaction commits, and for its
-- minutes, the login's care_team grants cover that patient. Each is reviewed afterwards by compliance
-- (phi.review_break_glass), never by the role that opened it unless it
-- holds phi_admin. Reasons and notes are stored with their PHI redacted.
CREATE TABLE phi.break_glass (
    id             bigserial   PRIMARY KEY,
    role           regrole     NOT NULL,
    subject_digest bytea       NOT NULL CHECK (pg_catalog.length(subject_digest) = 16),
    reason         text        NOT NULL,
    opened_at      timestamptz NOT NULL,
    expires_at     timestamptz NOT NULL,
    reviewed_at    timestamptz,
    reviewed_by    name,
    outcome        text CHECK (outcome IN ('justified', 'not_justified', 'escalated')),
    review_note    text,
    CHECK ((reviewed_at IS NULL) = (outcome IS NULL))
);
COMMENT ON TABLE phi.break_glass IS 'Break-glass windows and their reviews';
SELECT pg_catalog.pg_extension_config_dump('phi.break_glass', '');
SELECT pg_catalog.pg_extension_config_dump('phi.break_glass_id_seq', '');

-- Every backend caches the policy; a change invalidates it everywhere.
CREATE TRIGGER invalidate_policy_cache AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON phi.access_grants
    FOR EACH STATEMENT EXECUTE FUNCTION phi._invalidate_cache();
CREATE TRIGGER invalidate_policy_cache AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON phi.care_assignments
    FOR EACH STATEMENT EXECUTE FUNCTION phi._invalidate_cache();
CREATE TRIGGER invalidate_policy_cache AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON phi.login_subjects
    FOR EACH STATEMENT EXECUTE FUNCTION phi._invalidate_cache();
CREATE TRIGGER invalidate_policy_cache AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON phi.masks
    FOR EACH STATEMENT EXECUTE FUNCTION phi._invalidate_cache();
CREATE TRIGGER invalidate_policy_cache AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON phi.break_glass
    FOR EACH STATEMENT EXECUTE FUNCTION phi._invalidate_cache();

-- Every change of the policy is an audit event (phi.audit_log).
CREATE TRIGGER audit_policy AFTER INSERT OR UPDATE OR DELETE ON phi.access_grants
    FOR EACH ROW EXECUTE FUNCTION phi._audit_change();
CREATE TRIGGER audit_policy AFTER INSERT OR UPDATE OR DELETE ON phi.care_assignments
    FOR EACH ROW EXECUTE FUNCTION phi._audit_change();
CREATE TRIGGER audit_policy AFTER INSERT OR UPDATE OR DELETE ON phi.login_subjects
    FOR EACH ROW EXECUTE FUNCTION phi._audit_change();
CREATE TRIGGER audit_policy AFTER INSERT OR UPDATE OR DELETE ON phi.masks
    FOR EACH ROW EXECUTE FUNCTION phi._audit_change();
CREATE TRIGGER audit_policy AFTER UPDATE ON phi.break_glass
    FOR EACH ROW EXECUTE FUNCTION phi._audit_change();

-- A grant names a class that exists (or '*').
CREATE FUNCTION phi._check_grant() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NEW.class OPERATOR(pg_catalog.<>) '*'
       AND NOT EXISTS (SELECT 1 FROM phi.data_classes c WHERE c.name OPERATOR(pg_catalog.=) NEW.class) THEN
        RAISE EXCEPTION 'unknown data class'
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'See SELECT name FROM phi.data_classes; ''*'' grants every class.';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER check_grant BEFORE INSERT OR UPDATE ON phi.access_grants
    FOR EACH ROW EXECUTE FUNCTION phi._check_grant();

-- A review is compliance's: the reviewer and time are set here, only the
-- review columns change, and the role that opened a window (or a member
-- of it) cannot review it unless it holds phi_admin.
CREATE FUNCTION phi._check_review() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF (NEW.id, NEW.role, NEW.subject_digest, NEW.reason, NEW.opened_at, NEW.expires_at)
       IS DISTINCT FROM (OLD.id, OLD.role, OLD.subject_digest, OLD.reason, OLD.opened_at, OLD.expires_at)
       AND NOT pg_catalog.pg_has_role(CURRENT_USER, 'phi_admin', 'USAGE') THEN
        RAISE EXCEPTION 'only a review of a break-glass window can be recorded'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- the opener (a login: phi.break_glass refuses to run under SET ROLE)
    -- may not review, nor anyone who can act as it, whatever role is set
    IF (OLD.role::pg_catalog.oid OPERATOR(pg_catalog.=) (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname OPERATOR(pg_catalog.=) SESSION_USER)
        OR pg_catalog.pg_has_role(CURRENT_USER, OLD.role::pg_catalog.oid, 'MEMBER'))
       AND NOT pg_catalog.pg_has_role(CURRENT_USER, 'phi_admin', 'USAGE') THEN
        RAISE EXCEPTION 'a break-glass window cannot be reviewed by the role that opened it'
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'Another member of phi_compliance reviews it.';
    END IF;
    NEW.reviewed_by := CASE WHEN SESSION_USER OPERATOR(pg_catalog.=) CURRENT_USER THEN SESSION_USER::text
                            ELSE SESSION_USER || ' as ' || CURRENT_USER END;
    NEW.reviewed_at := pg_catalog.now();
    RETURN NEW;
END
$$;
CREATE TRIGGER check_review BEFORE UPDATE ON phi.break_glass
    FOR EACH ROW EXECUTE FUNCTION phi._check_review();

-- ---------------------------------------------------------------- functions

CREATE FUNCTION phi._policy_subject_digest(subject text) RETURNS bytea
LANGUAGE c STABLE STRICT PARALLEL RESTRICTED
AS 'MODULE_PATHNAME', 'policy_subject_digest_sql_wrapper';

-- Grants `role` `level` on `class` ('*': every class) over `scope`. Writing
-- new values of the class is allowed at plaintext and sealed unless
-- can_write says otherwise (a masked reader writing back its mask would
-- destroy the value). Replaces the role's grant for that class and scope.
CREATE FUNCTION phi.grant_access(role regrole, class text, level text, scope text DEFAULT 'care_team',
                                 can_write boolean DEFAULT NULL)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF role IS NULL OR class IS NULL OR level IS NULL OR scope IS NULL THEN
        RAISE EXCEPTION 'phi.grant_access: role, class, level and scope must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF level NOT IN ('plaintext', 'masked', 'sealed', 'none') THEN
        RAISE EXCEPTION 'phi.grant_access: unknown level'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'Levels are plaintext, masked, sealed and none.';
    END IF;
    IF scope NOT IN ('care_team', 'all_subjects', 'self') THEN
        RAISE EXCEPTION 'phi.grant_access: unknown scope'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'Scopes are care_team, all_subjects and self.';
    END IF;
    INSERT INTO phi.access_grants AS g (role, class, level, scope, can_write)
    VALUES (grant_access.role, grant_access.class, grant_access.level, grant_access.scope,
            COALESCE(grant_access.can_write, grant_access.level IN ('plaintext', 'sealed')))
    ON CONFLICT ON CONSTRAINT access_grants_pkey DO UPDATE
    SET level = EXCLUDED.level, can_write = EXCLUDED.can_write,
        granted_by = CURRENT_USER, granted_at = pg_catalog.now();
END
$$;

-- Removes `role`'s grants on `class` (every scope, or the one named).
-- Returns how many were removed.
CREATE FUNCTION phi.revoke_access(role regrole, class text, scope text DEFAULT NULL)
RETURNS integer
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$
    WITH d AS (
        DELETE FROM phi.access_grants g
        WHERE g.role OPERATOR(pg_catalog.=) revoke_access.role
          AND g.class OPERATOR(pg_catalog.=) revoke_access.class
          AND (revoke_access.scope IS NULL OR g.scope OPERATOR(pg_catalog.=) revoke_access.scope)
        RETURNING 1)
    SELECT pg_catalog.count(*)::integer FROM d;
$$;

-- Puts `subject` (a patient id, stored as its keyed digest) on `grantee`'s
-- care team, until `until` (NULL: until phi.end_care). Returns the
-- assignment's id; an open assignment of the same pair is extended
-- instead.
CREATE FUNCTION phi.assign_care(grantee regrole, subject text, until timestamptz DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_digest bytea;
    v_id bigint;
BEGIN
    IF grantee IS NULL OR subject IS NULL THEN
        RAISE EXCEPTION 'phi.assign_care: grantee and subject must not be NULL' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF until OPERATOR(pg_catalog.=) 'infinity'::pg_catalog.timestamptz THEN
        until := NULL;   -- no end
    END IF;
    IF until IS NOT NULL AND until OPERATOR(pg_catalog.<=) pg_catalog.now() THEN
        RAISE EXCEPTION 'phi.assign_care: until is in the past' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    v_digest := phi._policy_subject_digest(subject);
    UPDATE phi.care_assignments a SET until = assign_care.until
    WHERE a.grantee OPERATOR(pg_catalog.=) assign_care.grantee
      AND a.subject_digest OPERATOR(pg_catalog.=) v_digest AND a.ended_at IS NULL
      AND (a.until IS NULL OR a.until OPERATOR(pg_catalog.>) pg_catalog.now())
    RETURNING a.id INTO v_id;
    IF v_id IS NULL THEN
        INSERT INTO phi.care_assignments (grantee, subject_digest, until)
        VALUES (assign_care.grantee, v_digest, assign_care.until)
        RETURNING id INTO v_id;
    END IF;
    RETURN v_id;
END
$$;

-- Ends `grantee`'s open assignments to `subject` now. Returns how many.
CREATE FUNCTION phi.end_care(grantee regrole, subject text)
RETURNS integer
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$
    WITH e AS (
        UPDATE phi.care_assignments a SET ended_at = pg_catalog.now()
        WHERE a.grantee OPERATOR(pg_catalog.=) end_care.grantee
          AND a.subject_digest OPERATOR(pg_catalog.=) phi._policy_subject_digest(end_care.subject)
          AND a.ended_at IS NULL
        RETURNING 1)
    SELECT pg_catalog.count(*)::integer FROM e;
$$;

-- Maps a login role to the patient it is (grants of scope self).
CREATE FUNCTION phi.map_login(role regrole, subject text)
RETURNS void
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$
    INSERT INTO phi.login_subjects AS l (role, subject_digest)
    VALUES (map_login.role, phi._policy_subject_digest(map_login.subject))
    ON CONFLICT (role) DO UPDATE
    SET subject_digest = EXCLUDED.subject_digest, mapped_at = pg_catalog.now(), mapped_by = CURRENT_USER;
$$;

CREATE FUNCTION phi.unmap_login(role regrole)
RETURNS boolean
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$
    WITH d AS (DELETE FROM phi.login_subjects l WHERE l.role OPERATOR(pg_catalog.=) unmap_login.role RETURNING 1)
    SELECT pg_catalog.count(*) OPERATOR(pg_catalog.>) 0 FROM d;
$$;

-- How masked readers see `class`: last4, initials, year or redacted.
CREATE FUNCTION phi.set_mask(class text, style text)
RETURNS void
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$
    INSERT INTO phi.masks AS m (class, style) VALUES (set_mask.class, set_mask.style)
    ON CONFLICT (class) DO UPDATE SET style = EXCLUDED.style;
$$;

-- Hides the rows of `tbl` whose patient (`subject_col`) the querying role
-- may see nothing of (no grant above none covers it), with a row-level
-- security policy. The table's owner, and roles with BYPASSRLS, still see
-- every row, as with any policy; inserts are not filtered.
CREATE FUNCTION phi.enable_row_policy(tbl regclass, subject_col name)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a
                   WHERE a.attrelid OPERATOR(pg_catalog.=) tbl AND a.attname OPERATOR(pg_catalog.=) subject_col
                     AND a.attnum OPERATOR(pg_catalog.>) 0 AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'phi.enable_row_policy: column % of % does not exist', quote_ident(subject_col), tbl
            USING ERRCODE = 'undefined_column';
    END IF;
    EXECUTE pg_catalog.format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_policy p
               WHERE p.polrelid OPERATOR(pg_catalog.=) tbl AND p.polname OPERATOR(pg_catalog.=) 'phi_subject_scope') THEN
        EXECUTE pg_catalog.format('DROP POLICY phi_subject_scope ON %s', tbl);
    END IF;
    EXECUTE pg_catalog.format(
        'CREATE POLICY phi_subject_scope ON %s FOR ALL USING (phi.may_see_subject(%I::pg_catalog.text)) WITH CHECK (true)',
        tbl, subject_col);
END
$$;

CREATE FUNCTION phi.may_see_subject(subject text) RETURNS boolean
LANGUAGE c STABLE PARALLEL RESTRICTED
AS 'MODULE_PATHNAME', 'may_see_subject_sql_wrapper';
COMMENT ON FUNCTION phi.may_see_subject(text) IS
    'Whether the session''s role may see anything of this patient''s rows (the row filter of phi.enable_row_policy)';

CREATE FUNCTION phi.access_level(class text, subject text DEFAULT NULL) RETURNS text
LANGUAGE c STABLE PARALLEL RESTRICTED
AS 'MODULE_PATHNAME', 'access_level_sql_wrapper';
COMMENT ON FUNCTION phi.access_level(text, text) IS
    'The level (plaintext, masked, sealed, none) the session''s role gets for values of a class bound to a patient, now';

CREATE FUNCTION phi.break_glass(subject text, reason text, minutes integer DEFAULT 60) RETURNS bigint
LANGUAGE c VOLATILE PARALLEL UNSAFE
AS 'MODULE_PATHNAME', 'break_glass_sql_wrapper';
COMMENT ON FUNCTION phi.break_glass(text, text, integer) IS
    'Opens a time-boxed, justified window in which the caller''s care_team grants cover a patient; reviewed afterwards';

-- Records compliance's review of window `id`: outcome justified,
-- not_justified or escalated, with a note (PHI in it redacted).
CREATE FUNCTION phi.review_break_glass(id bigint, outcome text, note text DEFAULT NULL)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF pg_catalog.length(note) OPERATOR(pg_catalog.>) 2000 THEN
        RAISE EXCEPTION 'phi.review_break_glass: a note is at most 2000 characters' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE phi.break_glass b
    SET outcome = review_break_glass.outcome,
        review_note = CASE WHEN review_break_glass.note IS NULL THEN NULL
                           ELSE phi.redact(review_break_glass.note) END,
        reviewed_at = pg_catalog.now()
    WHERE b.id OPERATOR(pg_catalog.=) review_break_glass.id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'phi.review_break_glass: no break-glass window %', id USING ERRCODE = 'undefined_object';
    END IF;
END
$$;

-- ---------------------------------------------------------------- views

-- The matrix: for each role with grants (and phi_reader), each class, the
-- best level it holds for each scope and whether it may write.
CREATE VIEW phi.access_matrix AS
WITH g AS (
    SELECT a.role, c.name AS class, a.level, a.scope, a.can_write,
           pg_catalog.array_position(ARRAY['none', 'sealed', 'masked', 'plaintext'], a.level) AS rank
    FROM phi.access_grants a
    JOIN phi.data_classes c ON a.class OPERATOR(pg_catalog.=) c.name OR a.class OPERATOR(pg_catalog.=) '*'
    UNION ALL
    SELECT r.oid::pg_catalog.regrole, c.name, 'plaintext', 'all_subjects', true, 4
    FROM phi.data_classes c, pg_catalog.pg_roles r WHERE r.rolname OPERATOR(pg_catalog.=) 'phi_reader'
)
SELECT g.role, g.class,
       (pg_catalog.array_agg(g.level ORDER BY g.rank DESC) FILTER (WHERE g.scope OPERATOR(pg_catalog.=) 'all_subjects'))[1] AS all_subjects,
       (pg_catalog.array_agg(g.level ORDER BY g.rank DESC) FILTER (WHERE g.scope OPERATOR(pg_catalog.=) 'care_team'))[1] AS care_team,
       (pg_catalog.array_agg(g.level ORDER BY g.rank DESC) FILTER (WHERE g.scope OPERATOR(pg_catalog.=) 'self'))[1] AS self,
       pg_catalog.bool_or(g.can_write) AS can_write
FROM g
GROUP BY g.role, g.class;
COMMENT ON VIEW phi.access_matrix IS
    'Roles by data classes: the best level granted over each scope (direct grants; members inherit them), and whether the role may write';

CREATE VIEW phi.break_glass_sessions AS
SELECT b.id, b.role, pg_catalog.encode(b.subject_digest, 'hex') AS subject, b.reason,
       b.opened_at, b.expires_at,
       b.expires_at OPERATOR(pg_catalog.>) pg_catalog.now() AS open,
       b.reviewed_at IS NOT NULL AS reviewed,
       b.outcome, b.reviewed_by, b.reviewed_at, b.review_note
FROM phi.break_glass b;
COMMENT ON VIEW phi.break_glass_sessions IS
    'Every break-glass window (patient as its subject digest), open or not, reviewed or not';

CREATE VIEW phi.break_glass_review_queue AS
SELECT s.* FROM phi.break_glass_sessions s WHERE NOT s.reviewed ORDER BY s.opened_at;
COMMENT ON VIEW phi.break_glass_review_queue IS 'Break-glass windows not yet reviewed, oldest first';

-- Access policy: admins change it, compliance reads it and reviews
-- break-glass windows; nobody else reads or writes its tables. The
-- backend reads them on behalf of every session.
REVOKE ALL ON phi.access_grants, phi.care_assignments, phi.login_subjects, phi.masks, phi.break_glass,
              phi.access_matrix, phi.break_glass_sessions, phi.break_glass_review_queue FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE ON phi.access_grants, phi.care_assignments, phi.login_subjects, phi.masks TO phi_admin;
GRANT USAGE ON SEQUENCE phi.care_assignments_id_seq TO phi_admin;
GRANT SELECT ON phi.access_grants, phi.care_assignments, phi.login_subjects, phi.masks TO phi_compliance;
GRANT SELECT ON phi.break_glass TO phi_compliance, phi_admin;
GRANT UPDATE (outcome, review_note, reviewed_at) ON phi.break_glass TO phi_compliance, phi_admin;
GRANT SELECT ON phi.access_matrix, phi.break_glass_sessions, phi.break_glass_review_queue TO phi_compliance, phi_admin;
REVOKE EXECUTE ON FUNCTION phi.grant_access(regrole, text, text, text, boolean), phi.revoke_access(regrole, text, text),
    phi.assign_care(regrole, text, timestamptz), phi.end_care(regrole, text), phi.map_login(regrole, text),
    phi.unmap_login(regrole), phi.set_mask(text, text), phi._policy_subject_digest(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION phi.grant_access(regrole, text, text, text, boolean), phi.revoke_access(regrole, text, text),
    phi.assign_care(regrole, text, timestamptz), phi.end_care(regrole, text), phi.map_login(regrole, text),
    phi.unmap_login(regrole), phi.set_mask(text, text), phi._policy_subject_digest(text) TO phi_admin;
REVOKE EXECUTE ON FUNCTION phi.review_break_glass(bigint, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION phi.review_break_glass(bigint, text, text) TO phi_compliance, phi_admin;
REVOKE EXECUTE ON FUNCTION phi._check_grant(), phi._check_review() FROM PUBLIC;

-- The audit trail: compliance and admins read it; nobody writes it but
-- pg_phi (as the extension owner).
REVOKE ALL ON phi.audit_log FROM PUBLIC;
GRANT SELECT ON phi.audit_log TO phi_compliance, phi_admin;
REVOKE EXECUTE ON FUNCTION phi.verify_audit(bigint), phi.audit_digest(), phi.verify_audit_against(text),
    phi.access_report(text, timestamptz, timestamptz), phi.audit_summary(timestamptz, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION phi.verify_audit(bigint), phi.audit_digest(), phi.verify_audit_against(text),
    phi.access_report(text, timestamptz, timestamptz), phi.audit_summary(timestamptz, timestamptz) TO phi_compliance, phi_admin;
REVOKE EXECUTE ON FUNCTION phi._audit_append_only(), phi._audit_change() FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION phi.purge_audit(timestamptz) FROM PUBLIC;
-- like protect_column: superusers, or roles a DBA grants both to
REVOKE EXECUTE ON FUNCTION phi._audit_row() FROM PUBLIC;
REVOKE EXECUTE ON PROCEDURE phi.audit_table(regclass, name, name[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION phi.purge_audit(timestamptz) TO phi_admin;

-- A column re-sealed by phi.reencrypt to the current key version is a key
-- event (here, where both the progress table of rotation.sql and the
-- audit trigger of audit.sql exist).
CREATE TRIGGER audit_reencrypt AFTER UPDATE OF finished_at ON phi.reencrypt_progress
    FOR EACH ROW WHEN (OLD.finished_at IS NULL AND NEW.finished_at IS NOT NULL)
    EXECUTE FUNCTION phi._audit_change();
