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
-- A read of many patients puts hundreds of digests in one row's subjects,
-- stored out of line (TOAST). Digests are random bytes: trying to compress
-- them was a sixth of the writer's time on such reads, for nothing.
ALTER TABLE phi.audit_log ALTER COLUMN subjects SET STORAGE EXTERNAL;
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

---------------------------------------------------------------- breach workflow (sql/breach.sql, new in 0.2.0)

-- ---------------------------------------------------------------- internal functions (Rust)

CREATE FUNCTION phi._breach_obligations(discovered date, affected bigint, by_state jsonb,
                                        business_associate boolean, exempt boolean)
RETURNS TABLE (obligation text, jurisdiction text, required boolean, due date, basis text)
LANGUAGE c IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'breach_obligations_wrapper';

CREATE FUNCTION phi._breach_check_states(by_state jsonb) RETURNS bigint
LANGUAGE c IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'breach_check_states_wrapper';

CREATE FUNCTION phi._breach_due_state(required boolean, due date, done boolean, as_of date) RETURNS text
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'breach_due_state_wrapper';

CREATE FUNCTION phi._breach_transition(from_status text, to_status text, pending text[]) RETURNS text
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'breach_transition_wrapper';

CREATE FUNCTION phi._breach_severity(affected bigint, classes text[]) RETURNS text
LANGUAGE c IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'breach_severity_wrapper';

CREATE FUNCTION phi._breach_categories() RETURNS text[]
LANGUAGE c IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'breach_categories_wrapper';

CREATE FUNCTION phi._breach_jurisdictions() RETURNS text[]
LANGUAGE c IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'breach_jurisdictions_wrapper';

CREATE FUNCTION phi._breach_assess(nature text, recipient text, acquired text, mitigation text,
                                   plaintext_reads bigint, masked_or_writes bigint, sealed_or_denied bigint)
RETURNS TABLE (acquired text, acquired_source text, probability text, notification_required boolean)
LANGUAGE c IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'breach_assess_wrapper';

-- NULL when the audit chain accounts for every event from from_ts on,
-- else why not (purged before the window, or broken from it to the head).
CREATE FUNCTION phi._audit_window_problem(from_ts timestamptz, to_ts timestamptz) RETURNS text
LANGUAGE c STABLE STRICT PARALLEL RESTRICTED
AS 'MODULE_PATHNAME', 'audit_window_problem_wrapper';

-- When the current data key was created (phi.keys is its owner's alone).
CREATE FUNCTION phi._data_key_created() RETURNS timestamptz
LANGUAGE c STABLE PARALLEL RESTRICTED
AS 'MODULE_PATHNAME', 'data_key_created_wrapper';

-- ---------------------------------------------------------------- settings

-- Thresholds of the indicators and of compliance_report. The table holds
-- what a DBA changed (phi.set_breach_setting); phi.breach_settings_in_effect
-- shows every setting with its default.
CREATE FUNCTION phi._breach_defaults()
RETURNS TABLE (name text, value text, description text)
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
    VALUES
    ('bulk_patients', '100', 'bulk_read: more than this many distinct patients read by one login within one bulk_window (1 to 1e9)'),
    ('bulk_window', '1 hour', 'the window bulk_read and denied_spike count in (fixed windows from 2000-01-01; at most 28 days)'),
    ('denied_values', '20', 'denied_spike: this many refused values or more for one login within one bulk_window (1 to 1e9)'),
    ('business_hours', '07:00-19:00', 'after_hours: accesses outside these local hours ...'),
    ('business_days', '1,2,3,4,5', '... or on other ISO days of the week (1 = Monday)'),
    ('timezone', '', 'the zone of business hours and of discovery dates, an IANA name (America/Chicago); empty: the session''s TimeZone'),
    ('after_hours_roles', '', 'roles whose after-hours access is expected (night shift, emergency), comma-separated'),
    ('break_glass_review_days', '3', 'unreviewed_break_glass: a window not reviewed this many days after it closed (1 to 3660)'),
    ('audit_verify_days', '7', 'compliance_report verifies the audit chain over this many days (1 to 3660)'),
    ('key_max_age', '1 year', 'compliance_report: the current data key is younger than this (at most 100 years)'),
    ('idle_session_max', '15 min', 'compliance_report: idle_session_timeout is set and at most this (at most 1 day)'),
    ('covered_entity', '', 'the covered entity''s name, for breach_report')
$$;

CREATE TABLE phi.breach_settings (
    name  text PRIMARY KEY,
    value text NOT NULL
);
COMMENT ON TABLE phi.breach_settings IS 'Breach indicator and compliance thresholds changed from their defaults';
SELECT pg_catalog.pg_extension_config_dump('phi.breach_settings', '');

CREATE FUNCTION phi._check_breach_setting() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_int interval;
    v_parts text[];
BEGIN
    IF NOT EXISTS (SELECT 1 FROM phi._breach_defaults() d WHERE d.name OPERATOR(pg_catalog.=) NEW.name) THEN
        -- not echoed: a swapped argument may be PHI
        RAISE EXCEPTION 'unknown breach setting' USING ERRCODE = 'invalid_parameter_value',
            HINT = 'SELECT name FROM phi.breach_settings_in_effect lists them.';
    END IF;
    -- each within a range every function that reads it can use
    BEGIN
        CASE NEW.name
        WHEN 'bulk_patients', 'denied_values' THEN
            IF NEW.value::bigint NOT BETWEEN 1 AND 1000000000 THEN RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value'; END IF;
        WHEN 'break_glass_review_days', 'audit_verify_days' THEN
            IF NEW.value::bigint NOT BETWEEN 1 AND 3660 THEN RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value'; END IF;
        WHEN 'bulk_window' THEN
            v_int := NEW.value::interval;
            IF v_int OPERATOR(pg_catalog.<=) interval '0' OR v_int OPERATOR(pg_catalog.>) interval '28 days'
               OR pg_catalog.date_part('month', v_int) OPERATOR(pg_catalog.<>) 0 OR pg_catalog.date_part('year', v_int) OPERATOR(pg_catalog.<>) 0 THEN
                RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value';
            END IF;
        WHEN 'key_max_age' THEN
            v_int := NEW.value::interval;
            IF v_int OPERATOR(pg_catalog.<=) interval '0' OR v_int OPERATOR(pg_catalog.>) interval '100 years' THEN
                RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value';
            END IF;
        WHEN 'idle_session_max' THEN
            v_int := NEW.value::interval;
            IF v_int OPERATOR(pg_catalog.<=) interval '0' OR v_int OPERATOR(pg_catalog.>) interval '1 day' THEN
                RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value';
            END IF;
        WHEN 'business_hours' THEN
            v_parts := pg_catalog.string_to_array(NEW.value, '-');
            IF pg_catalog.cardinality(v_parts) OPERATOR(pg_catalog.<>) 2
               OR v_parts[1]::time OPERATOR(pg_catalog.>=) v_parts[2]::time THEN
                RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value';
            END IF;
        WHEN 'business_days' THEN
            IF pg_catalog.cardinality(pg_catalog.string_to_array(NEW.value, ',')) OPERATOR(pg_catalog.=) 0
               OR EXISTS (SELECT 1 FROM pg_catalog.unnest(pg_catalog.string_to_array(NEW.value, ',')::int[]) d
                           WHERE d IS NULL OR d OPERATOR(pg_catalog.<) 1 OR d OPERATOR(pg_catalog.>) 7) THEN
                RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value';
            END IF;
        WHEN 'timezone' THEN
            -- a zone name from the IANA database (not a POSIX offset)
            IF NEW.value OPERATOR(pg_catalog.<>) ''
               AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_timezone_names z WHERE z.name OPERATOR(pg_catalog.=) NEW.value) THEN
                RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value';
            END IF;
        WHEN 'covered_entity', 'after_hours_roles' THEN
            IF pg_catalog.length(NEW.value) OPERATOR(pg_catalog.>) 1000 THEN RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value'; END IF;
        ELSE
            NULL;
        END CASE;
    EXCEPTION WHEN data_exception OR invalid_parameter_value OR invalid_datetime_format OR datetime_field_overflow
                   OR numeric_value_out_of_range THEN
        RAISE EXCEPTION 'invalid value for breach setting "%"', NEW.name USING ERRCODE = 'invalid_parameter_value',
            HINT = (SELECT d.description FROM phi._breach_defaults() d WHERE d.name OPERATOR(pg_catalog.=) NEW.name);
    END;
    RETURN NEW;
END
$$;
CREATE TRIGGER check_setting BEFORE INSERT OR UPDATE ON phi.breach_settings
    FOR EACH ROW EXECUTE FUNCTION phi._check_breach_setting();

CREATE VIEW phi.breach_settings_in_effect AS
SELECT d.name, COALESCE(s.value, d.value) AS value, s.value IS NULL AS is_default, d.value AS default_value, d.description
FROM phi._breach_defaults() d LEFT JOIN phi.breach_settings s ON s.name OPERATOR(pg_catalog.=) d.name;
COMMENT ON VIEW phi.breach_settings_in_effect IS 'Every breach and compliance setting: its value, whether it is the default, what it does';

-- Changes a setting (value NULL: back to its default).
CREATE FUNCTION phi.set_breach_setting(name text, value text) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF set_breach_setting.value IS NULL THEN
        DELETE FROM phi.breach_settings s WHERE s.name OPERATOR(pg_catalog.=) set_breach_setting.name;
    ELSE
        INSERT INTO phi.breach_settings AS s (name, value) VALUES (set_breach_setting.name, set_breach_setting.value)
        ON CONFLICT ON CONSTRAINT breach_settings_pkey DO UPDATE SET value = EXCLUDED.value;
    END IF;
END
$$;

CREATE FUNCTION phi._breach_setting(name text) RETURNS text
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT COALESCE((SELECT s.value FROM phi.breach_settings s WHERE s.name OPERATOR(pg_catalog.=) _breach_setting.name),
                    (SELECT d.value FROM phi._breach_defaults() d WHERE d.name OPERATOR(pg_catalog.=) _breach_setting.name));
$$;

CREATE FUNCTION phi._breach_zone() RETURNS text
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT COALESCE(NULLIF(phi._breach_setting('timezone'), ''), pg_catalog.current_setting('TimeZone'));
$$;

-- ---------------------------------------------------------------- incidents

CREATE TABLE phi.breach_incidents (
    id                 text        PRIMARY KEY CHECK (id ~ '^BREACH-[0-9]{8}-[0-9]{4,9}$'),
    description        text        NOT NULL,
    discovered_at      timestamptz NOT NULL CHECK (pg_catalog.isfinite(discovered_at)),
    breach_date        date        CHECK (pg_catalog.isfinite(breach_date)),
    breach_end_date    date        CHECK (breach_end_date >= breach_date),
    affected_count     bigint      CHECK (affected_count >= 0),
    affected_by_state  jsonb,
    phi_classes        text[]      NOT NULL DEFAULT '{}',
    breach_type        text        NOT NULL DEFAULT 'unauthorized_access'
                       CHECK (breach_type IN ('hacking', 'unauthorized_access', 'theft', 'loss', 'improper_disposal', 'other')),
    location           text        NOT NULL DEFAULT 'electronic_medical_record'
                       CHECK (location IN ('electronic_medical_record', 'network_server', 'email', 'laptop', 'desktop',
                                           'portable_device', 'paper', 'other')),
    business_associate text,
    suspect_role       name,
    window_from        timestamptz,
    window_to          timestamptz,
    suspect_named_at   timestamptz,
    indicator          text        UNIQUE,
    severity           text        NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
    status             text        NOT NULL DEFAULT 'investigating',
    safeguards         text,
    actions_taken      text,
    reported_by        name        NOT NULL,
    reported_at        timestamptz NOT NULL,
    confirmed_at       timestamptz,
    not_a_breach_at    timestamptz,
    contained_at       timestamptz,
    notified_at        timestamptz,
    closed_at          timestamptz,
    CHECK ((suspect_role IS NULL) = (window_from IS NULL) AND (window_from IS NULL) = (window_to IS NULL) AND window_from < window_to)
);
COMMENT ON TABLE phi.breach_incidents IS
    'Breach incidents: discovery, counts, PHI categories, suspect role and window, status and its times (free text redacted)';
SELECT pg_catalog.pg_extension_config_dump('phi.breach_incidents', '');

CREATE TABLE phi.breach_assessments (
    id                    bigserial   PRIMARY KEY,
    incident              text        NOT NULL REFERENCES phi.breach_incidents (id),
    nature                text        NOT NULL CHECK (nature IN ('low', 'medium', 'high')),
    nature_note           text,
    recipient             text        NOT NULL CHECK (recipient IN ('low', 'medium', 'high')),
    recipient_note        text,
    acquired              text        NOT NULL CHECK (acquired IN ('low', 'medium', 'high')),
    acquired_source       text        NOT NULL CHECK (acquired_source IN ('audit', 'officer')),
    acquired_evidence     jsonb,
    mitigation            text        NOT NULL CHECK (mitigation IN ('low', 'medium', 'high')),
    mitigation_note       text,
    probability           text        NOT NULL CHECK (probability IN ('low', 'medium', 'high')),
    notification_required boolean     NOT NULL,
    assessed_by           name        NOT NULL,
    assessed_at           timestamptz NOT NULL
);
CREATE INDEX ON phi.breach_assessments (incident, assessed_at);
COMMENT ON TABLE phi.breach_assessments IS
    'Four-factor risk assessments (45 CFR 164.402): the latest per incident decides whether notification is required';
SELECT pg_catalog.pg_extension_config_dump('phi.breach_assessments', '');
SELECT pg_catalog.pg_extension_config_dump('phi.breach_assessments_id_seq', '');

CREATE TABLE phi.breach_notifications (
    id           bigserial   PRIMARY KEY,
    incident     text        NOT NULL REFERENCES phi.breach_incidents (id),
    obligation   text        NOT NULL CHECK (obligation IN ('individuals', 'hhs', 'media', 'business_associate')),
    jurisdiction text,
    sent_at      timestamptz NOT NULL CHECK (pg_catalog.isfinite(sent_at)),
    method       text        NOT NULL CHECK (method IN ('mail', 'email', 'phone', 'substitute_web', 'substitute_media',
                                                        'press_release', 'hhs_portal', 'annual_log', 'letter', 'other')),
    note         text,
    recorded_by  name        NOT NULL,
    recorded_at  timestamptz NOT NULL,
    UNIQUE NULLS NOT DISTINCT (incident, obligation, jurisdiction),
    CHECK (jurisdiction IS NULL OR obligation = 'media')
);
COMMENT ON TABLE phi.breach_notifications IS 'Notices sent for an incident: to individuals, HHS, media (per state), the covered entity';
SELECT pg_catalog.pg_extension_config_dump('phi.breach_notifications', '');
SELECT pg_catalog.pg_extension_config_dump('phi.breach_notifications_id_seq', '');

-- Every change is an audit event (src/audit.rs names them).
CREATE TRIGGER audit_breach AFTER INSERT OR UPDATE OR DELETE ON phi.breach_incidents
    FOR EACH ROW EXECUTE FUNCTION phi._audit_change();
CREATE TRIGGER audit_breach AFTER INSERT OR UPDATE OR DELETE ON phi.breach_assessments
    FOR EACH ROW EXECUTE FUNCTION phi._audit_change();
CREATE TRIGGER audit_breach AFTER INSERT OR UPDATE OR DELETE ON phi.breach_notifications
    FOR EACH ROW EXECUTE FUNCTION phi._audit_change();
CREATE TRIGGER audit_breach AFTER INSERT OR UPDATE OR DELETE ON phi.breach_settings
    FOR EACH ROW EXECUTE FUNCTION phi._audit_change();

-- The notices of every incident on a day: due date, days remaining, state
-- (overdue, due_soon within 14 days, open, done, not_required). An
-- incident ruled not_a_breach, or whose latest assessment found every
-- factor low, owes none.
CREATE FUNCTION phi.breach_deadlines_at(as_of date)
RETURNS TABLE (incident text, status text, severity text, obligation text, jurisdiction text, required boolean,
               discovered date, due date, days_remaining integer, state text, sent_at timestamptz, basis text)
LANGUAGE sql STABLE STRICT
SET search_path = pg_catalog, pg_temp
AS $$
    WITH z AS MATERIALIZED (SELECT phi._breach_zone() AS zone)
    SELECT i.id, i.status, i.severity, o.obligation, o.jurisdiction, o.required, d.discovered, o.due,
           o.due OPERATOR(pg_catalog.-) breach_deadlines_at.as_of,
           phi._breach_due_state(o.required, o.due, n.sent_at IS NOT NULL, breach_deadlines_at.as_of),
           n.sent_at, o.basis
    FROM z, phi.breach_incidents i
    CROSS JOIN LATERAL (SELECT (i.discovered_at AT TIME ZONE z.zone)::date AS discovered) d
    LEFT JOIN LATERAL (SELECT a.notification_required FROM phi.breach_assessments a
                        WHERE a.incident OPERATOR(pg_catalog.=) i.id
                          AND a.assessed_at OPERATOR(pg_catalog.>=) COALESCE(i.suspect_named_at, '-infinity')
                        ORDER BY a.assessed_at DESC, a.id DESC LIMIT 1) ra ON true
    CROSS JOIN LATERAL phi._breach_obligations(d.discovered, i.affected_count, i.affected_by_state,
                                               i.business_associate IS NOT NULL,
                                               i.not_a_breach_at IS NOT NULL OR NOT COALESCE(ra.notification_required, true)) o
    LEFT JOIN phi.breach_notifications n
           ON n.incident OPERATOR(pg_catalog.=) i.id AND n.obligation OPERATOR(pg_catalog.=) o.obligation
          AND n.jurisdiction IS NOT DISTINCT FROM o.jurisdiction
    ORDER BY o.due, i.id, o.obligation, o.jurisdiction;
$$;

CREATE VIEW phi.breach_deadlines AS
SELECT * FROM phi.breach_deadlines_at((pg_catalog.now() AT TIME ZONE phi._breach_zone())::date);
COMMENT ON VIEW phi.breach_deadlines IS
    'Each incident''s notices (individuals, HHS, media per state, business associate) with due date, days remaining and state, today';

-- Validates and normalizes an incident, on every path (the functions and
-- direct writes alike): free text redacted first (so no error's detail
-- carries it), counts against the per-state counts, categories, severity;
-- the clock (discovery), the reporter, the id and the indicator never
-- change; the suspect and window are set once; a status changes only as
-- the rule allows, with the notices still pending, each status's time set
-- with it (finite, not before discovery nor the status before, not in the
-- future) and never otherwise; the incident's suspect moves no status.
CREATE FUNCTION phi._breach_incident_check() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_sum bigint;
    v_bad text;
    v_pending text[];
    v_zone text := phi._breach_zone();
    v_at timestamptz;
    v_prev timestamptz;
    v_n bigint;
BEGIN
    NEW.description := phi.redact(NEW.description);
    NEW.safeguards := phi.redact(NEW.safeguards);
    NEW.actions_taken := phi.redact(NEW.actions_taken);
    NEW.business_associate := phi.redact(NEW.business_associate);
    -- everything a constraint would check, checked here first: a
    -- constraint's error prints the whole row
    IF NEW.discovered_at IS NULL OR NOT pg_catalog.isfinite(NEW.discovered_at)
       OR NEW.discovered_at OPERATOR(pg_catalog.<) '1996-01-01 00:00:00+00' THEN
        RAISE EXCEPTION 'discovered_at must be given, finite and after 1995 (HIPAA)' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NEW.breach_date IS NOT NULL AND (NOT pg_catalog.isfinite(NEW.breach_date) OR NEW.breach_date OPERATOR(pg_catalog.<) '1996-01-01'
                                        OR NEW.breach_end_date OPERATOR(pg_catalog.<) NEW.breach_date) THEN
        RAISE EXCEPTION 'breach_date must be finite, after 1995, and not after breach_end_date' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NEW.affected_count OPERATOR(pg_catalog.<) 0 THEN
        RAISE EXCEPTION 'affected_count must not be negative' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF (NEW.suspect_role IS NULL) IS DISTINCT FROM (NEW.window_from IS NULL) OR (NEW.window_from IS NULL) IS DISTINCT FROM (NEW.window_to IS NULL)
       OR (NEW.window_from IS NOT NULL AND (NOT pg_catalog.isfinite(NEW.window_from) OR NOT pg_catalog.isfinite(NEW.window_to)
                                           OR NEW.window_from OPERATOR(pg_catalog.>=) NEW.window_to)) THEN
        RAISE EXCEPTION 'a suspect role comes with a finite window (window_from before window_to), and a window with a suspect'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NEW.suspect_role IS NOT NULL
       AND (TG_OP = 'INSERT' OR NEW.suspect_role IS DISTINCT FROM OLD.suspect_role)
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname OPERATOR(pg_catalog.=) NEW.suspect_role)
       AND NOT EXISTS (SELECT 1 FROM phi.audit_log a WHERE a.actor OPERATOR(pg_catalog.=) NEW.suspect_role
                                                     OR a.session_user_name OPERATOR(pg_catalog.=) NEW.suspect_role) THEN
        -- not echoed: a swapped argument may be PHI
        RAISE EXCEPTION 'suspect_role names no role in the catalog or the audit trail' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF TG_OP = 'INSERT' THEN
        NEW.reported_by := session_user;
        NEW.reported_at := pg_catalog.now();
        NEW.suspect_named_at := CASE WHEN NEW.suspect_role IS NOT NULL THEN pg_catalog.clock_timestamp() END;
        IF NEW.status IS DISTINCT FROM 'investigating' THEN
            RAISE EXCEPTION 'a new incident is investigating; phi.set_breach_status moves it on'
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF pg_catalog.num_nonnulls(NEW.confirmed_at, NEW.not_a_breach_at, NEW.contained_at, NEW.notified_at, NEW.closed_at) OPERATOR(pg_catalog.>) 0 THEN
            RAISE EXCEPTION 'a new incident has no status times yet' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF NEW.discovered_at OPERATOR(pg_catalog.>) pg_catalog.now() THEN
            RAISE EXCEPTION 'discovered_at must not be in the future' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        -- the id is assigned here, whatever was given: BREACH-<discovery
        -- day>-<next number of that day> (report_breach locks the table
        -- first, so concurrent reports take turns)
        NEW.id := 'BREACH-' || pg_catalog.to_char(NEW.discovered_at AT TIME ZONE v_zone, 'YYYYMMDD') || '-';
        SELECT COALESCE(pg_catalog.max(pg_catalog.split_part(i.id, '-', 3)::bigint), 0) OPERATOR(pg_catalog.+) 1 INTO v_n
          FROM phi.breach_incidents i WHERE pg_catalog.starts_with(i.id, NEW.id);
        NEW.id := NEW.id || CASE WHEN v_n OPERATOR(pg_catalog.<) 10000 THEN pg_catalog.lpad(v_n::text, 4, '0') ELSE v_n::text END;
    ELSE
        IF NEW.id IS DISTINCT FROM OLD.id OR NEW.reported_by IS DISTINCT FROM OLD.reported_by
           OR NEW.reported_at IS DISTINCT FROM OLD.reported_at OR NEW.indicator IS DISTINCT FROM OLD.indicator
           OR NEW.discovered_at IS DISTINCT FROM OLD.discovered_at THEN
            RAISE EXCEPTION 'an incident''s id, indicator, reporter and discovery time do not change'
                USING ERRCODE = 'invalid_parameter_value',
                      HINT = 'The deadlines run from the discovery; a wrong one is corrected by a new incident (and this one ruled not_a_breach).';
        END IF;
        -- the suspect and window may be named or changed later, but not by
        -- the suspect named; assessments made before count no more
        IF (NEW.suspect_role, NEW.window_from, NEW.window_to) IS DISTINCT FROM (OLD.suspect_role, OLD.window_from, OLD.window_to) THEN
            IF OLD.suspect_role IS NOT NULL AND OLD.suspect_role IN (session_user, current_user) THEN
                RAISE EXCEPTION 'the incident''s suspect does not change its suspect or window' USING ERRCODE = 'insufficient_privilege';
            END IF;
            NEW.suspect_named_at := pg_catalog.clock_timestamp();
        ELSIF NEW.suspect_named_at IS DISTINCT FROM OLD.suspect_named_at THEN
            RAISE EXCEPTION 'suspect_named_at is set with the suspect' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        -- the facts that decide the notices do not change with a status, nor
        -- after closing
        IF (NEW.affected_count, NEW.affected_by_state, NEW.business_associate, NEW.phi_classes)
           IS DISTINCT FROM (OLD.affected_count, OLD.affected_by_state, OLD.business_associate, OLD.phi_classes)
           AND (NEW.status IS DISTINCT FROM OLD.status OR OLD.status OPERATOR(pg_catalog.=) 'closed') THEN
            RAISE EXCEPTION 'the counts, states, categories and business associate change on their own, before the incident is closed'
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF NEW.status IS NOT DISTINCT FROM OLD.status
           AND (NEW.confirmed_at, NEW.not_a_breach_at, NEW.contained_at, NEW.notified_at, NEW.closed_at)
               IS DISTINCT FROM (OLD.confirmed_at, OLD.not_a_breach_at, OLD.contained_at, OLD.notified_at, OLD.closed_at) THEN
            RAISE EXCEPTION 'status times change only with the status (phi.set_breach_status)' USING ERRCODE = 'invalid_parameter_value';
        END IF;
    END IF;
    IF NEW.breach_date OPERATOR(pg_catalog.>) (NEW.discovered_at AT TIME ZONE v_zone)::date THEN
        RAISE EXCEPTION 'breach_date is after the discovery' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    v_sum := phi._breach_check_states(NEW.affected_by_state);
    IF NEW.affected_count IS NULL THEN
        NEW.affected_count := v_sum;
    ELSIF v_sum OPERATOR(pg_catalog.>) NEW.affected_count THEN
        RAISE EXCEPTION 'affected_by_state counts % residents, more than affected_count (%)', v_sum, NEW.affected_count
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT c INTO v_bad FROM pg_catalog.unnest(NEW.phi_classes) c
     WHERE c IS NULL OR (NOT EXISTS (SELECT 1 FROM phi.data_classes d WHERE d.name OPERATOR(pg_catalog.=) c)
                         AND NOT c OPERATOR(pg_catalog.=) ANY (phi._breach_categories()))
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'phi_classes holds a name that is neither a data class nor a breach category'
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Data classes: SELECT name FROM phi.data_classes; categories: ' ||
                         pg_catalog.array_to_string(phi._breach_categories(), ', ') || '.';
    END IF;
    IF NEW.breach_type IS NULL OR NEW.breach_type NOT IN ('hacking', 'unauthorized_access', 'theft', 'loss', 'improper_disposal', 'other') THEN
        RAISE EXCEPTION 'unknown breach_type' USING ERRCODE = 'invalid_parameter_value',
            HINT = 'Types (as HHS names them): hacking, unauthorized_access, theft, loss, improper_disposal, other.';
    END IF;
    IF NEW.location IS NULL OR NEW.location NOT IN ('electronic_medical_record', 'network_server', 'email', 'laptop', 'desktop',
                                                    'portable_device', 'paper', 'other') THEN
        RAISE EXCEPTION 'unknown location' USING ERRCODE = 'invalid_parameter_value',
            HINT = 'Locations: electronic_medical_record, network_server, email, laptop, desktop, portable_device, paper, other.';
    END IF;
    NEW.phi_classes := ARRAY(SELECT DISTINCT c FROM pg_catalog.unnest(NEW.phi_classes) c ORDER BY c);
    NEW.severity := phi._breach_severity(NEW.affected_count, NEW.phi_classes);
    IF TG_OP = 'UPDATE' AND NEW.status IS DISTINCT FROM OLD.status THEN
        IF OLD.suspect_role IS NOT NULL AND OLD.suspect_role IN (session_user, current_user) THEN
            RAISE EXCEPTION 'the incident''s suspect does not move its status' USING ERRCODE = 'insufficient_privilege';
        END IF;
        SELECT pg_catalog.array_agg(CASE WHEN d.jurisdiction IS NULL THEN d.obligation ELSE d.obligation || ':' || d.jurisdiction END
                                    ORDER BY d.obligation, d.jurisdiction)
          INTO v_pending
          FROM phi.breach_deadlines_at((pg_catalog.now() AT TIME ZONE v_zone)::date) d
         WHERE d.incident OPERATOR(pg_catalog.=) NEW.id AND d.state IN ('open', 'due_soon', 'overdue');
        PERFORM phi._breach_transition(OLD.status, NEW.status, COALESCE(v_pending, '{}'));
        v_at := CASE NEW.status
            WHEN 'confirmed' THEN NEW.confirmed_at WHEN 'not_a_breach' THEN NEW.not_a_breach_at
            WHEN 'contained' THEN NEW.contained_at WHEN 'notified' THEN NEW.notified_at WHEN 'closed' THEN NEW.closed_at END;
        v_at := COALESCE(v_at, pg_catalog.now());
        v_prev := GREATEST(OLD.discovered_at, OLD.confirmed_at, OLD.not_a_breach_at, OLD.contained_at, OLD.notified_at);
        IF NOT pg_catalog.isfinite(v_at) OR v_at OPERATOR(pg_catalog.>) pg_catalog.now() OR v_at OPERATOR(pg_catalog.<) v_prev THEN
            RAISE EXCEPTION 'a status''s time is finite, not in the future, and not before the discovery or the status before it'
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        -- only the new status's time is set; the others stay as they were
        NEW.confirmed_at := CASE WHEN NEW.status = 'confirmed' THEN v_at ELSE OLD.confirmed_at END;
        NEW.not_a_breach_at := CASE WHEN NEW.status = 'not_a_breach' THEN v_at ELSE OLD.not_a_breach_at END;
        NEW.contained_at := CASE WHEN NEW.status = 'contained' THEN v_at ELSE OLD.contained_at END;
        NEW.notified_at := CASE WHEN NEW.status = 'notified' THEN v_at ELSE OLD.notified_at END;
        NEW.closed_at := CASE WHEN NEW.status = 'closed' THEN v_at ELSE OLD.closed_at END;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER check_incident BEFORE INSERT OR UPDATE ON phi.breach_incidents
    FOR EACH ROW EXECUTE FUNCTION phi._breach_incident_check();

-- Opens an incident (status investigating) and returns its id,
-- BREACH-<discovery date>-<number of that day>. affected_count NULL: the
-- sum of affected_by_state ({"CA": 620, "NV": 12}), or unknown.
-- phi_classes: data classes and the categories financial, mental_health,
-- substance_use, hiv, genetic, clinical, demographic. suspect_role and the
-- window name whose accesses the incident is about (breach_scope,
-- assess_breach read the audit trail for them).
CREATE FUNCTION phi.report_breach(description text, discovered_at timestamptz, breach_date date DEFAULT NULL,
                                  affected_count bigint DEFAULT NULL, phi_classes text[] DEFAULT '{}',
                                  affected_by_state jsonb DEFAULT NULL, breach_type text DEFAULT 'unauthorized_access',
                                  location text DEFAULT 'electronic_medical_record', business_associate text DEFAULT NULL,
                                  suspect_role name DEFAULT NULL, window_from timestamptz DEFAULT NULL,
                                  window_to timestamptz DEFAULT NULL)
RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN phi._open_incident(report_breach.description, report_breach.discovered_at, report_breach.breach_date,
                              report_breach.affected_count, report_breach.phi_classes, report_breach.affected_by_state,
                              report_breach.breach_type, report_breach.location, report_breach.business_associate,
                              report_breach.suspect_role, report_breach.window_from, report_breach.window_to, NULL);
END
$$;

CREATE FUNCTION phi._open_incident(description text, discovered_at timestamptz, breach_date date, affected_count bigint,
                                   phi_classes text[], affected_by_state jsonb, breach_type text, location text,
                                   business_associate text, suspect_role name, window_from timestamptz,
                                   window_to timestamptz, indicator text)
RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_id text;
BEGIN
    IF description IS NULL OR pg_catalog.length(pg_catalog.btrim(description)) OPERATOR(pg_catalog.<) 10 THEN
        RAISE EXCEPTION 'an incident needs a description of at least 10 characters' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- reports take turns (the trigger numbers them per discovery day)
    LOCK TABLE phi.breach_incidents IN SHARE ROW EXCLUSIVE MODE;
    INSERT INTO phi.breach_incidents (id, description, discovered_at, breach_date, affected_count, affected_by_state,
                                      phi_classes, breach_type, location, business_associate, suspect_role,
                                      window_from, window_to, indicator, severity, reported_by, reported_at)
    VALUES ('', description, discovered_at, breach_date, affected_count, affected_by_state,
            COALESCE(phi_classes, '{}'), COALESCE(breach_type, 'unauthorized_access'),
            COALESCE(location, 'electronic_medical_record'), business_associate, suspect_role,
            window_from, window_to, indicator, 'low', session_user, pg_catalog.now())
    RETURNING id INTO v_id;
    RETURN v_id;
END
$$;

-- Moves an incident on: investigating -> confirmed or not_a_breach ->
-- contained -> notified -> closed (not_a_breach -> closed). notified needs
-- the individuals' notice recorded; closing a breach needs every required
-- notice. at: when it happened (default now).
CREATE FUNCTION phi.set_breach_status(incident text, status text, at timestamptz DEFAULT pg_catalog.now())
RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_status text;
BEGIN
    IF at IS NULL THEN
        RAISE EXCEPTION 'at must be given' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    UPDATE phi.breach_incidents i
       SET status = set_breach_status.status,
           confirmed_at = CASE WHEN set_breach_status.status = 'confirmed' THEN at ELSE i.confirmed_at END,
           not_a_breach_at = CASE WHEN set_breach_status.status = 'not_a_breach' THEN at ELSE i.not_a_breach_at END,
           contained_at = CASE WHEN set_breach_status.status = 'contained' THEN at ELSE i.contained_at END,
           notified_at = CASE WHEN set_breach_status.status = 'notified' THEN at ELSE i.notified_at END,
           closed_at = CASE WHEN set_breach_status.status = 'closed' THEN at ELSE i.closed_at END
     WHERE i.id OPERATOR(pg_catalog.=) set_breach_status.incident
    RETURNING i.status INTO v_status;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no breach incident with that id' USING ERRCODE = 'no_data_found';
    END IF;
    RETURN v_status;
END
$$;

-- Checks an assessment on every path (assess_breach or a direct INSERT):
-- notes redacted first; who and when are the session's and now; factor 3
-- recomputed from the audit trail when the incident names a suspect and
-- window and the trail holds events there (else the officer's), and the
-- probability and notification_required recomputed from the four factors.
-- The incident's suspect does not assess it. Assessments are kept as made.
CREATE FUNCTION phi._breach_assessment_check() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    i phi.breach_incidents;
    v_plain bigint := 0;
    v_partial bigint := 0;
    v_none bigint := 0;
    v_problem text;
    r record;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        RAISE EXCEPTION 'assessments are kept as made: record a new one' USING ERRCODE = 'insufficient_privilege';
    END IF;
    NEW.nature_note := phi.redact(NEW.nature_note);
    NEW.recipient_note := phi.redact(NEW.recipient_note);
    NEW.mitigation_note := phi.redact(NEW.mitigation_note);
    NEW.id := pg_catalog.nextval('phi.breach_assessments_id_seq'::pg_catalog.regclass);
    NEW.assessed_by := session_user;
    NEW.assessed_at := pg_catalog.clock_timestamp();
    SELECT * INTO i FROM phi.breach_incidents b WHERE b.id OPERATOR(pg_catalog.=) NEW.incident;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no breach incident with that id' USING ERRCODE = 'no_data_found';
    END IF;
    IF i.suspect_role IS NOT NULL AND i.suspect_role IN (session_user, current_user) THEN
        RAISE EXCEPTION 'the incident''s suspect does not assess it' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF i.suspect_role IS NOT NULL THEN
        v_problem := phi._audit_window_problem(i.window_from, i.window_to);
        IF v_problem IS NOT NULL THEN
            RAISE EXCEPTION 'the audit evidence for this incident cannot be used: %', v_problem
                USING ERRCODE = 'object_not_in_prerequisite_state',
                      HINT = 'Investigate with phi.verify_audit() and phi.verify_audit_against(digest).';
        END IF;
        SELECT COALESCE(pg_catalog.sum(a.row_count) FILTER (WHERE a.action OPERATOR(pg_catalog.=) 'read'), 0),
               COALESCE(pg_catalog.sum(a.row_count) FILTER (WHERE a.action IN ('read_masked', 'insert', 'update', 'delete')), 0),
               COALESCE(pg_catalog.sum(a.row_count) FILTER (WHERE a.action IN ('read_sealed', 'read_denied')), 0)
          INTO v_plain, v_partial, v_none
          FROM phi.audit_log a
         WHERE (a.actor OPERATOR(pg_catalog.=) i.suspect_role OR a.session_user_name OPERATOR(pg_catalog.=) i.suspect_role)
           AND a.occurred_at OPERATOR(pg_catalog.>=) i.window_from AND a.occurred_at OPERATOR(pg_catalog.<) i.window_to;
    END IF;
    SELECT * INTO r FROM phi._breach_assess(NEW.nature, NEW.recipient,
                                             CASE WHEN NEW.acquired_source IS DISTINCT FROM 'audit' THEN NEW.acquired END,
                                             NEW.mitigation, v_plain, v_partial, v_none);
    NEW.acquired := r.acquired;
    NEW.acquired_source := r.acquired_source;
    NEW.acquired_evidence := CASE WHEN r.acquired_source = 'audit' THEN
        pg_catalog.jsonb_build_object('plaintext_values', v_plain, 'masked_or_written_values', v_partial,
                                      'sealed_or_refused_values', v_none) END;
    NEW.probability := r.probability;
    NEW.notification_required := r.notification_required;
    RETURN NEW;
END
$$;
CREATE TRIGGER check_assessment BEFORE INSERT OR UPDATE OR DELETE ON phi.breach_assessments
    FOR EACH ROW EXECUTE FUNCTION phi._breach_assessment_check();

-- Records the four-factor risk assessment. Factor 3 (was the PHI actually
-- acquired or viewed) comes from the audit trail when the incident names
-- a suspect role and window and the trail holds its events there:
-- plaintext reads, high; masked reads or changes, medium; sealed or
-- refused reads only, low. Otherwise from `acquired`. Returns the stored
-- assessment's probability of compromise and whether notification is
-- required (unless every factor is low).
CREATE FUNCTION phi.assess_breach(incident text, nature text, recipient text, mitigation text,
                                  acquired text DEFAULT NULL, nature_note text DEFAULT NULL,
                                  recipient_note text DEFAULT NULL, mitigation_note text DEFAULT NULL)
RETURNS TABLE (acquired_or_viewed text, evidence text, probability text, notification_required boolean)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    a phi.breach_assessments;
BEGIN
    -- the incident's row is locked so assessments of it take turns
    PERFORM 1 FROM phi.breach_incidents b WHERE b.id OPERATOR(pg_catalog.=) assess_breach.incident FOR UPDATE;
    INSERT INTO phi.breach_assessments AS x (incident, nature, nature_note, recipient, recipient_note, acquired, acquired_source,
                                             mitigation, mitigation_note, probability, notification_required, assessed_by, assessed_at)
    VALUES (assess_breach.incident, assess_breach.nature, nature_note, assess_breach.recipient, recipient_note,
            COALESCE(assess_breach.acquired, 'low'), CASE WHEN assess_breach.acquired IS NULL THEN 'audit' ELSE 'officer' END,
            assess_breach.mitigation, mitigation_note, 'low', false, session_user, pg_catalog.now())
    RETURNING x.* INTO a;
    RETURN QUERY SELECT a.acquired, a.acquired_source, a.probability, a.notification_required;
END
$$;

-- Checks a notice on every path: the note redacted first; who recorded
-- it and when are the session's and now; the obligation, the state (a
-- media notice's, a US state or territory code), the method; sent not in
-- the future nor before the discovery. A correction may change when and
-- how it was sent and the note, never which incident or notice it is.
CREATE FUNCTION phi._breach_notification_check() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_discovered timestamptz;
BEGIN
    NEW.note := phi.redact(NEW.note);
    IF TG_OP = 'INSERT' THEN
        NEW.id := pg_catalog.nextval('phi.breach_notifications_id_seq'::pg_catalog.regclass);
        NEW.recorded_by := session_user;
        NEW.recorded_at := pg_catalog.now();
    ELSIF (NEW.id, NEW.incident, NEW.obligation, NEW.jurisdiction, NEW.recorded_by, NEW.recorded_at)
          IS DISTINCT FROM (OLD.id, OLD.incident, OLD.obligation, OLD.jurisdiction, OLD.recorded_by, OLD.recorded_at) THEN
        RAISE EXCEPTION 'a notice''s incident, obligation, state and recorder do not change; a correction changes sent_at, method or note'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NEW.obligation IS NULL OR NEW.obligation NOT IN ('individuals', 'hhs', 'media', 'business_associate') THEN
        RAISE EXCEPTION 'obligation must be individuals, hhs, media or business_associate' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NEW.jurisdiction IS NOT NULL AND (NEW.obligation OPERATOR(pg_catalog.<>) 'media'
                                        OR NOT NEW.jurisdiction OPERATOR(pg_catalog.=) ANY (phi._breach_jurisdictions())) THEN
        RAISE EXCEPTION 'only media notices name a state, as its code (CA, NY, DC, PR, ...)' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NEW.method IS NULL OR NEW.method NOT IN ('mail', 'email', 'phone', 'substitute_web', 'substitute_media', 'press_release',
                                                 'hhs_portal', 'annual_log', 'letter', 'other') THEN
        RAISE EXCEPTION 'unknown notification method' USING ERRCODE = 'invalid_parameter_value',
            HINT = 'Methods: mail, email, phone, substitute_web, substitute_media, press_release, hhs_portal, annual_log, letter, other.';
    END IF;
    SELECT i.discovered_at INTO v_discovered FROM phi.breach_incidents i WHERE i.id OPERATOR(pg_catalog.=) NEW.incident;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no breach incident with that id' USING ERRCODE = 'no_data_found';
    END IF;
    IF NEW.sent_at IS NULL OR NOT pg_catalog.isfinite(NEW.sent_at) OR NEW.sent_at OPERATOR(pg_catalog.>) pg_catalog.now()
       OR NEW.sent_at OPERATOR(pg_catalog.<) v_discovered THEN
        RAISE EXCEPTION 'sent_at must be given, not in the future and not before the discovery' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER check_notification BEFORE INSERT OR UPDATE ON phi.breach_notifications
    FOR EACH ROW EXECUTE FUNCTION phi._breach_notification_check();

-- Records a notice sent. A media notice names its state when more than one
-- state needs one.
CREATE FUNCTION phi.record_notification(incident text, obligation text, sent_at timestamptz, method text,
                                        jurisdiction text DEFAULT NULL, note text DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_j text := jurisdiction;
    v_states text[];
    v_id bigint;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM phi.breach_incidents i WHERE i.id OPERATOR(pg_catalog.=) record_notification.incident) THEN
        RAISE EXCEPTION 'no breach incident with that id' USING ERRCODE = 'no_data_found';
    END IF;
    IF obligation IS NULL OR obligation NOT IN ('individuals', 'hhs', 'media', 'business_associate') THEN
        RAISE EXCEPTION 'obligation must be individuals, hhs, media or business_associate' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF obligation OPERATOR(pg_catalog.=) 'media' THEN
        SELECT pg_catalog.array_agg(d.jurisdiction) INTO v_states
          FROM phi.breach_deadlines_at((pg_catalog.now() AT TIME ZONE phi._breach_zone())::date) d
         WHERE d.incident OPERATOR(pg_catalog.=) record_notification.incident AND d.obligation OPERATOR(pg_catalog.=) 'media'
           AND d.required;
        IF v_j IS NULL AND pg_catalog.cardinality(v_states) OPERATOR(pg_catalog.=) 1 THEN
            v_j := v_states[1];
        ELSIF v_j IS NULL AND pg_catalog.cardinality(v_states) OPERATOR(pg_catalog.>) 1 THEN
            RAISE EXCEPTION 'this incident needs media notices in % states: name the state', pg_catalog.cardinality(v_states)
                USING ERRCODE = 'invalid_parameter_value', HINT = 'States: ' || pg_catalog.array_to_string(v_states, ', ') || '.';
        END IF;
    END IF;
    IF EXISTS (SELECT 1 FROM phi.breach_notifications n
                WHERE n.incident OPERATOR(pg_catalog.=) record_notification.incident
                  AND n.obligation OPERATOR(pg_catalog.=) record_notification.obligation
                  AND n.jurisdiction IS NOT DISTINCT FROM v_j) THEN
        RAISE EXCEPTION 'this notice is already recorded for the incident' USING ERRCODE = 'unique_violation',
            HINT = 'A correction is an UPDATE of phi.breach_notifications (itself an audit event).';
    END IF;
    INSERT INTO phi.breach_notifications (incident, obligation, jurisdiction, sent_at, method, note, recorded_by, recorded_at)
    VALUES (incident, obligation, v_j, sent_at, method, note, session_user, pg_catalog.now())
    RETURNING id INTO v_id;
    RETURN v_id;
END
$$;

-- ---------------------------------------------------------------- indicators

-- Signs of a breach in the audit trail between two times, one row per
-- finding, each with a fingerprint (scan_breach_indicators opens one
-- incident per fingerprint):
--   bulk_read               more than bulk_patients patients read by one login in one bulk_window
--   after_hours             PHI read or changed outside business hours or days (per login and local day)
--   denied_spike            denied_values refused values or more for one login in one bulk_window
-- (per login, session_user: reads under SET ROLE count for the person)
--   expired_role            a login's accesses after its VALID UNTIL passed
--   nologin_role            accesses by a login that is now NOLOGIN (per day)
--   unreviewed_break_glass  a break-glass window not reviewed break_glass_review_days after it closed
--   audit_trail_broken      the chain does not verify from the window on
CREATE FUNCTION phi.breach_indicators(from_ts timestamptz DEFAULT pg_catalog.now() - interval '1 day',
                                      to_ts timestamptz DEFAULT pg_catalog.now())
RETURNS TABLE (indicator text, role name, first_at timestamptz, last_at timestamptz, events bigint, patients bigint,
               detail text, fingerprint text)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_window interval := phi._breach_setting('bulk_window')::interval;
    v_bulk bigint := phi._breach_setting('bulk_patients')::bigint;
    v_denied bigint := phi._breach_setting('denied_values')::bigint;
    v_zone text := phi._breach_zone();
    v_hours text[] := pg_catalog.string_to_array(phi._breach_setting('business_hours'), '-');
    v_days int[] := pg_catalog.string_to_array(phi._breach_setting('business_days'), ',')::int[];
    v_exempt text[] := ARRAY(SELECT pg_catalog.btrim(x) FROM pg_catalog.unnest(pg_catalog.string_to_array(phi._breach_setting('after_hours_roles'), ',')) x
                             WHERE pg_catalog.btrim(x) OPERATOR(pg_catalog.<>) '');
    v_review integer := phi._breach_setting('break_glass_review_days')::integer;
    v_origin timestamptz := '2000-01-01 00:00:00+00';
    v_problem text;
BEGIN
    IF from_ts IS NULL OR to_ts IS NULL OR from_ts OPERATOR(pg_catalog.>=) to_ts THEN
        RAISE EXCEPTION 'the window''s start must be before its end' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    v_problem := phi._audit_window_problem(from_ts, to_ts);
    IF v_problem LIKE 'the audit chain does not verify%' THEN
        RETURN QUERY SELECT 'audit_trail_broken'::text, NULL::name, from_ts, to_ts, 0::bigint, 0::bigint, v_problem,
                            'audit_trail_broken:' || pg_catalog.substring(v_problem, 'the first at seq ([0-9]+ \([a-z_]+\))');
    END IF;

    RETURN QUERY
    WITH e AS (
        SELECT a.session_user_name AS actor, pg_catalog.date_bin(v_window, a.occurred_at, v_origin) AS bucket, a.occurred_at, a.subjects
          FROM phi.audit_log a
         WHERE a.occurred_at OPERATOR(pg_catalog.>=) from_ts AND a.occurred_at OPERATOR(pg_catalog.<) to_ts
           AND a.action IN ('read', 'read_masked')
    ), p AS (
        SELECT e.actor, e.bucket, pg_catalog.count(DISTINCT s) AS n
          FROM e CROSS JOIN LATERAL pg_catalog.unnest(e.subjects) s GROUP BY e.actor, e.bucket
    )
    SELECT 'bulk_read'::text, e.actor, pg_catalog.min(e.occurred_at), pg_catalog.max(e.occurred_at), pg_catalog.count(*), p.n,
           pg_catalog.format('%s patients read within %s', p.n, v_window),
           pg_catalog.format('bulk_read:%s:%s', e.actor, pg_catalog.date_part('epoch', e.bucket)::bigint)
      FROM e JOIN p ON p.actor OPERATOR(pg_catalog.=) e.actor AND p.bucket OPERATOR(pg_catalog.=) e.bucket
     WHERE p.n OPERATOR(pg_catalog.>) v_bulk
     GROUP BY e.actor, e.bucket, p.n;

    RETURN QUERY
    WITH e AS (
        SELECT a.session_user_name AS actor, a.occurred_at, a.subjects, a.occurred_at AT TIME ZONE v_zone AS lt
          FROM phi.audit_log a
         WHERE a.occurred_at OPERATOR(pg_catalog.>=) from_ts AND a.occurred_at OPERATOR(pg_catalog.<) to_ts
           AND a.action IN ('read', 'read_masked', 'insert', 'update', 'delete')
           AND NOT (a.actor::text OPERATOR(pg_catalog.=) ANY (v_exempt))
           AND NOT (a.session_user_name::text OPERATOR(pg_catalog.=) ANY (v_exempt))
    ), o AS (
        SELECT e.actor, e.occurred_at, e.subjects, e.lt::date AS day FROM e
         WHERE NOT (pg_catalog.date_part('isodow', e.lt)::int OPERATOR(pg_catalog.=) ANY (v_days))
            OR e.lt::time OPERATOR(pg_catalog.<) v_hours[1]::time OR e.lt::time OPERATOR(pg_catalog.>=) v_hours[2]::time
    ), p AS (
        SELECT o.actor, o.day, pg_catalog.count(DISTINCT s) AS n
          FROM o CROSS JOIN LATERAL pg_catalog.unnest(o.subjects) s GROUP BY o.actor, o.day
    )
    SELECT 'after_hours'::text, o.actor, pg_catalog.min(o.occurred_at), pg_catalog.max(o.occurred_at), pg_catalog.count(*),
           COALESCE(p.n, 0),
           pg_catalog.format('%s accesses outside business hours (%s, days %s) on %s', pg_catalog.count(*),
                             pg_catalog.array_to_string(v_hours, '-'), pg_catalog.array_to_string(v_days, ','), o.day),
           pg_catalog.format('after_hours:%s:%s', o.actor, o.day)
      FROM o LEFT JOIN p ON p.actor OPERATOR(pg_catalog.=) o.actor AND p.day OPERATOR(pg_catalog.=) o.day
     GROUP BY o.actor, o.day, p.n;

    RETURN QUERY
    WITH e AS (
        SELECT a.session_user_name AS actor, pg_catalog.date_bin(v_window, a.occurred_at, v_origin) AS bucket, a.occurred_at, a.subjects, a.row_count
          FROM phi.audit_log a
         WHERE a.occurred_at OPERATOR(pg_catalog.>=) from_ts AND a.occurred_at OPERATOR(pg_catalog.<) to_ts
           AND a.action OPERATOR(pg_catalog.=) 'read_denied'
    ), p AS (
        SELECT e.actor, e.bucket, pg_catalog.count(DISTINCT s) AS n
          FROM e CROSS JOIN LATERAL pg_catalog.unnest(e.subjects) s GROUP BY e.actor, e.bucket
    )
    SELECT 'denied_spike'::text, e.actor, pg_catalog.min(e.occurred_at), pg_catalog.max(e.occurred_at), pg_catalog.count(*),
           COALESCE(p.n, 0),
           pg_catalog.format('%s values refused within %s', pg_catalog.sum(e.row_count), v_window),
           pg_catalog.format('denied_spike:%s:%s', e.actor, pg_catalog.date_part('epoch', e.bucket)::bigint)
      FROM e LEFT JOIN p ON p.actor OPERATOR(pg_catalog.=) e.actor AND p.bucket OPERATOR(pg_catalog.=) e.bucket
     GROUP BY e.actor, e.bucket, p.n
    HAVING pg_catalog.sum(e.row_count) OPERATOR(pg_catalog.>=) v_denied;

    RETURN QUERY
    WITH e AS (
        SELECT a.session_user_name AS who, a.occurred_at, a.subjects, (a.occurred_at AT TIME ZONE v_zone)::date AS day,
               CASE WHEN r.rolvaliduntil OPERATOR(pg_catalog.<) a.occurred_at THEN 'expired_role' ELSE 'nologin_role' END AS kind
          FROM phi.audit_log a JOIN pg_catalog.pg_roles r ON r.rolname OPERATOR(pg_catalog.=) a.session_user_name
         WHERE a.occurred_at OPERATOR(pg_catalog.>=) from_ts AND a.occurred_at OPERATOR(pg_catalog.<) to_ts
           AND a.action IN ('read', 'read_masked', 'insert', 'update', 'delete')
           AND (r.rolvaliduntil OPERATOR(pg_catalog.<) a.occurred_at OR NOT r.rolcanlogin)
    ), p AS (
        SELECT e.kind, e.who, e.day, pg_catalog.count(DISTINCT s) AS n
          FROM e CROSS JOIN LATERAL pg_catalog.unnest(e.subjects) s GROUP BY e.kind, e.who, e.day
    )
    SELECT e.kind, e.who, pg_catalog.min(e.occurred_at), pg_catalog.max(e.occurred_at), pg_catalog.count(*), COALESCE(p.n, 0),
           CASE e.kind WHEN 'expired_role' THEN pg_catalog.format('%s accesses on %s after the login''s VALID UNTIL', pg_catalog.count(*), e.day)
                       ELSE pg_catalog.format('%s accesses on %s by a login that is now NOLOGIN', pg_catalog.count(*), e.day) END,
           pg_catalog.format('%s:%s:%s', e.kind, e.who, e.day)
      FROM e LEFT JOIN p ON p.kind OPERATOR(pg_catalog.=) e.kind AND p.who OPERATOR(pg_catalog.=) e.who AND p.day OPERATOR(pg_catalog.=) e.day
     GROUP BY e.kind, e.who, e.day, p.n;

    RETURN QUERY
    SELECT 'unreviewed_break_glass'::text, r.rolname, b.opened_at, b.expires_at, 1::bigint, 1::bigint,
           pg_catalog.format('break-glass window %s closed at %s and is not reviewed', b.id, b.expires_at),
           pg_catalog.format('unreviewed_break_glass:%s', b.id)
      FROM phi.break_glass b LEFT JOIN pg_catalog.pg_roles r ON r.oid OPERATOR(pg_catalog.=) b.role::pg_catalog.oid
     WHERE b.reviewed_at IS NULL
       AND b.expires_at OPERATOR(pg_catalog.+) pg_catalog.make_interval(days => v_review) OPERATOR(pg_catalog.<) to_ts
       AND b.opened_at OPERATOR(pg_catalog.<) to_ts;
END
$$;

-- Opens an incident (investigating, discovered now) for each indicator
-- whose fingerprint has none yet, and returns them: run twice, the second
-- run opens nothing. The incident names the role and the window, so
-- breach_scope and assess_breach read the trail for them.
CREATE FUNCTION phi.scan_breach_indicators(from_ts timestamptz DEFAULT pg_catalog.now() - interval '1 day',
                                           to_ts timestamptz DEFAULT pg_catalog.now())
RETURNS TABLE (incident text, indicator text, role name, detail text)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    f record;
BEGIN
    LOCK TABLE phi.breach_incidents IN SHARE ROW EXCLUSIVE MODE;
    FOR f IN SELECT * FROM phi.breach_indicators(from_ts, to_ts) x ORDER BY x.first_at, x.fingerprint LOOP
        CONTINUE WHEN EXISTS (SELECT 1 FROM phi.breach_incidents i WHERE i.indicator OPERATOR(pg_catalog.=) f.fingerprint);
        incident := phi._open_incident(
            pg_catalog.format('Indicator %s: %s', f.indicator, f.detail), pg_catalog.now(), NULL, NULL, '{}', NULL,
            'unauthorized_access', 'electronic_medical_record', NULL, f.role,
            CASE WHEN f.role IS NOT NULL THEN f.first_at END,
            CASE WHEN f.role IS NOT NULL THEN f.last_at OPERATOR(pg_catalog.+) interval '1 microsecond' END,
            f.fingerprint);
        indicator := f.indicator;
        role := f.role;
        detail := f.detail;
        RETURN NEXT;
    END LOOP;
END
$$;

-- The patients whose PHI a role read (plaintext, masked, break-glass) or
-- changed in a window, by class: the affected individuals, from an audit
-- chain that verifies from the window on (refused otherwise, saying why).
-- Patients appear as their subject digest (hex); with patients and id_col
-- each is matched to its id by reading that table with the caller's
-- rights. The call is itself an audit event.
CREATE FUNCTION phi.breach_scope(role text, from_ts timestamptz, to_ts timestamptz,
                                 patients regclass DEFAULT NULL, id_col text DEFAULT NULL)
RETURNS TABLE (subject text, patient_id text, classes text[], actions text[], events bigint,
               first_at timestamptz, last_at timestamptz)
LANGUAGE c VOLATILE PARALLEL UNSAFE
AS 'MODULE_PATHNAME', 'breach_scope_wrapper';

-- ---------------------------------------------------------------- the HHS report

-- The fields HHS's breach report asks for, as jsonb.
CREATE FUNCTION phi.breach_report(incident text) RETURNS jsonb
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    i phi.breach_incidents;
    a phi.breach_assessments;
    v_notices jsonb;
BEGIN
    SELECT * INTO i FROM phi.breach_incidents b WHERE b.id OPERATOR(pg_catalog.=) breach_report.incident;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no breach incident with that id' USING ERRCODE = 'no_data_found';
    END IF;
    SELECT * INTO a FROM phi.breach_assessments x WHERE x.incident OPERATOR(pg_catalog.=) i.id
       AND x.assessed_at OPERATOR(pg_catalog.>=) COALESCE(i.suspect_named_at, '-infinity')
     ORDER BY x.assessed_at DESC, x.id DESC LIMIT 1;
    SELECT pg_catalog.jsonb_agg(pg_catalog.jsonb_strip_nulls(pg_catalog.jsonb_build_object(
               'obligation', d.obligation, 'jurisdiction', d.jurisdiction, 'required', d.required, 'due', d.due,
               'state', d.state, 'sent_at', d.sent_at, 'method', n.method, 'basis', d.basis))
           ORDER BY d.obligation, d.jurisdiction)
      INTO v_notices
      FROM phi.breach_deadlines d
      LEFT JOIN phi.breach_notifications n ON n.incident OPERATOR(pg_catalog.=) d.incident
            AND n.obligation OPERATOR(pg_catalog.=) d.obligation AND n.jurisdiction IS NOT DISTINCT FROM d.jurisdiction
     WHERE d.incident OPERATOR(pg_catalog.=) i.id;
    RETURN pg_catalog.jsonb_build_object(
        'incident', i.id,
        'covered_entity', NULLIF(phi._breach_setting('covered_entity'), ''),
        'business_associate', i.business_associate,
        'breach_start_date', i.breach_date,
        'breach_end_date', i.breach_end_date,
        'discovery_date', (i.discovered_at AT TIME ZONE phi._breach_zone())::date,
        'approximate_individuals_affected', i.affected_count,
        'individuals_by_state', i.affected_by_state,
        'type_of_breach', i.breach_type,
        'location_of_breached_information', i.location,
        'type_of_phi_involved', (
            SELECT COALESCE(pg_catalog.jsonb_agg(DISTINCT CASE
                WHEN c IN ('name', 'dob', 'address', 'phone', 'email', 'ssn', 'mrn', 'insurance_id', 'license', 'demographic') THEN 'demographic'
                WHEN c IN ('account', 'financial') THEN 'financial'
                WHEN c IN ('diagnosis', 'note', 'mental_health', 'substance_use', 'hiv', 'genetic', 'clinical', 'biometric') THEN 'clinical'
                ELSE 'other' END), '[]'::jsonb)
            FROM pg_catalog.unnest(i.phi_classes) c),
        'phi_classes', pg_catalog.to_jsonb(i.phi_classes),
        'severity', i.severity,
        'status', i.status,
        'description', i.description,
        'safeguards_in_place_prior_to_breach', i.safeguards,
        'actions_taken_in_response', i.actions_taken,
        'risk_assessment', CASE WHEN a.id IS NULL THEN NULL ELSE pg_catalog.jsonb_build_object(
            'nature_and_extent', a.nature, 'unauthorized_recipient', a.recipient, 'acquired_or_viewed', a.acquired,
            'acquired_or_viewed_source', a.acquired_source, 'acquired_or_viewed_evidence', a.acquired_evidence,
            'mitigation', a.mitigation, 'probability_of_compromise', a.probability,
            'notification_required', a.notification_required, 'assessed_at', a.assessed_at) END,
        'notices', COALESCE(v_notices, '[]'::jsonb),
        'substitute_notice', EXISTS (SELECT 1 FROM phi.breach_notifications n WHERE n.incident OPERATOR(pg_catalog.=) i.id
                                        AND n.method IN ('substitute_web', 'substitute_media')),
        'status_history', pg_catalog.jsonb_strip_nulls(pg_catalog.jsonb_build_object(
            'reported', i.reported_at, 'confirmed', i.confirmed_at, 'not_a_breach', i.not_a_breach_at,
            'contained', i.contained_at, 'notified', i.notified_at, 'closed', i.closed_at)));
END
$$;

-- ---------------------------------------------------------------- compliance posture

-- One row per technical safeguard, each a check of this database and
-- server now: pass or fail (unknown when the caller cannot see enough),
-- what was found, and the fix.
CREATE FUNCTION phi.compliance_report()
RETURNS TABLE (safeguard text, check_name text, status text, detail text, fix text)
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
SET client_min_messages = warning
AS $$
DECLARE
    v text;
    v_n bigint;
    v_days integer := phi._breach_setting('audit_verify_days')::integer;
    v_from timestamptz;
    v_problem text;
    v_cols text[];
    v_unscanned text[];
    v_rel record;
    v_sampled boolean;
BEGIN
    -- transmission security, 164.312(e)
    v := pg_catalog.current_setting('ssl');
    RETURN QUERY SELECT 'transmission security', 'ssl', CASE WHEN v = 'on' THEN 'pass' ELSE 'fail' END,
        'ssl = ' || v, 'Configure ssl_cert_file and ssl_key_file, set ssl = on, and require hostssl in pg_hba.conf.';
    -- person or entity authentication, 164.312(d)
    v := pg_catalog.current_setting('password_encryption');
    RETURN QUERY SELECT 'person or entity authentication', 'password_encryption', CASE WHEN v = 'scram-sha-256' THEN 'pass' ELSE 'fail' END,
        'password_encryption = ' || v, 'ALTER SYSTEM SET password_encryption = ''scram-sha-256''; then reset every md5 password.';
    -- the server log must not carry PHI literals
    v := pg_catalog.current_setting('log_statement');
    RETURN QUERY SELECT 'no PHI in the server log', 'log_statement', CASE WHEN v IN ('none', 'ddl') THEN 'pass' ELSE 'fail' END,
        'log_statement = ' || v || CASE WHEN v IN ('mod', 'all') THEN ': statements are logged with their literals' ELSE '' END,
        'ALTER SYSTEM SET log_statement = ''ddl'' (or ''none''); pg_phi''s audit trail records accesses without values.';
    v := pg_catalog.current_setting('log_min_duration_statement');
    RETURN QUERY SELECT 'no PHI in the server log', 'log_min_duration_statement', CASE WHEN v = '-1' THEN 'pass' ELSE 'fail' END,
        'log_min_duration_statement = ' || v || CASE WHEN v <> '-1' THEN ': slow statements are logged with their text' ELSE '' END,
        'ALTER SYSTEM SET log_min_duration_statement = -1; find slow statements with pg_stat_statements (normalized, no literals).';
    v := pg_catalog.current_setting('log_min_duration_sample');
    RETURN QUERY SELECT 'no PHI in the server log', 'log_min_duration_sample', CASE WHEN v = '-1' THEN 'pass' ELSE 'fail' END,
        'log_min_duration_sample = ' || v, 'ALTER SYSTEM SET log_min_duration_sample = -1.';
    v := pg_catalog.current_setting('log_parameter_max_length');
    RETURN QUERY SELECT 'no PHI in the server log', 'log_parameter_max_length', CASE WHEN v = '0' THEN 'pass' ELSE 'fail' END,
        'log_parameter_max_length = ' || v || CASE WHEN v <> '0' THEN ': bind parameters are logged with logged statements' ELSE '' END,
        'ALTER SYSTEM SET log_parameter_max_length = 0.';
    v := pg_catalog.current_setting('log_parameter_max_length_on_error');
    RETURN QUERY SELECT 'no PHI in the server log', 'log_parameter_max_length_on_error', CASE WHEN v = '0' THEN 'pass' ELSE 'fail' END,
        'log_parameter_max_length_on_error = ' || v, 'ALTER SYSTEM SET log_parameter_max_length_on_error = 0.';
    v := pg_catalog.current_setting('log_min_error_statement');
    RETURN QUERY SELECT 'no PHI in the server log', 'log_min_error_statement', CASE WHEN v = 'panic' THEN 'pass' ELSE 'fail' END,
        'log_min_error_statement = ' || v || CASE WHEN v <> 'panic' THEN ': a failing statement''s text (and a failing COPY''s row) is logged' ELSE '' END,
        'ALTER SYSTEM SET log_min_error_statement = ''panic''; errors are still logged, without the statement.';
    -- automatic logoff, 164.312(a)(2)(iii)
    v := pg_catalog.current_setting('idle_session_timeout');
    RETURN QUERY SELECT 'automatic logoff', 'idle_session_timeout',
        CASE WHEN v NOT IN ('0', '0ms') AND v::interval <= phi._breach_setting('idle_session_max')::interval THEN 'pass' ELSE 'fail' END,
        'idle_session_timeout = ' || v || ' (at most ' || phi._breach_setting('idle_session_max') || ')',
        'ALTER SYSTEM SET idle_session_timeout = ''15min'' (and idle_in_transaction_session_timeout).';
    -- access control: every column that holds PHI is protected. The report
    -- runs over every relation, so no owner's code may run in it with the
    -- caller's rights, nor with a role other officers share: a table is
    -- sampled (phi.scan_table, as its owner) only when the caller owns it
    -- or is a superuser and its owner is not one of pg_phi's roles; every
    -- other relation (views and foreign tables too) is judged by its
    -- column names, and named as not sampled. A table whose sampling
    -- fails is judged the same way.
    v_cols := '{}';
    v_unscanned := '{}';
    FOR v_rel IN
        SELECT c.oid, c.relkind,
               c.relkind IN ('r', 'p', 'm') AND (c.relkind OPERATOR(pg_catalog.<>) 'm' OR c.relispopulated)
               AND (c.relowner OPERATOR(pg_catalog.=) (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname OPERATOR(pg_catalog.=) current_user)
                    OR ((SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname OPERATOR(pg_catalog.=) current_user)
                        AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles o WHERE o.oid OPERATOR(pg_catalog.=) c.relowner
                                          AND o.rolname IN ('phi_reader', 'phi_admin', 'phi_compliance')))) AS may_sample
          FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace
         WHERE c.relkind IN ('r', 'p', 'm', 'v', 'f')
           AND NOT c.relispartition
           AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'phi', 'pg_toast') AND n.nspname NOT LIKE 'pg\_%'
         ORDER BY n.nspname, c.relname
    LOOP
        v_sampled := false;
        IF v_rel.may_sample THEN
            BEGIN
                v_cols := v_cols || ARRAY(SELECT v_rel.oid::pg_catalog.regclass::text || '.' || pg_catalog.quote_ident(t.column_name)
                                            FROM phi.scan_table(v_rel.oid::pg_catalog.regclass, 200) t
                                           WHERE t.suggested_class IS NOT NULL
                                             AND t.data_type OPERATOR(pg_catalog.<>) 'phi.encrypted_text'
                                           ORDER BY 1);
                v_sampled := true;
            EXCEPTION WHEN OTHERS THEN
                v_sampled := false;
            END;
        END IF;
        IF NOT v_sampled THEN
            v_unscanned := v_unscanned || v_rel.oid::pg_catalog.regclass::text;
            v_cols := v_cols || ARRAY(SELECT v_rel.oid::pg_catalog.regclass::text || '.' || pg_catalog.quote_ident(a.attname)
                                        FROM pg_catalog.pg_attribute a
                                       WHERE a.attrelid OPERATOR(pg_catalog.=) v_rel.oid AND a.attnum OPERATOR(pg_catalog.>) 0
                                         AND NOT a.attisdropped
                                         AND a.atttypid OPERATOR(pg_catalog.<>) 'phi.encrypted_text'::pg_catalog.regtype
                                         AND phi._suggested_class(phi._column_hint(a.attname)) IS NOT NULL
                                       ORDER BY 1);
        END IF;
    END LOOP;
    RETURN QUERY SELECT 'access control', 'phi_columns_protected',
        CASE WHEN pg_catalog.cardinality(v_cols) > 0 THEN 'fail' WHEN pg_catalog.cardinality(v_unscanned) > 0 THEN 'unknown' ELSE 'pass' END,
        CASE WHEN pg_catalog.cardinality(v_cols) > 0
             THEN pg_catalog.cardinality(v_cols) || ' column(s) holding PHI are not sealed: ' || pg_catalog.array_to_string(v_cols[1:20], ', ')
             ELSE 'every column found holding PHI is sealed' END
        || CASE WHEN pg_catalog.cardinality(v_unscanned) > 0
                THEN '; judged by column names only (views, foreign tables, tables this role does not own or could not sample): '
                     || pg_catalog.array_to_string(v_unscanned[1:20], ', ') ELSE '' END,
        'CALL phi.protect_column(table, column, class, subject_column) for each; review with phi.scan_schema(schema) as the tables'' owner.';
    -- audit controls, 164.312(b)
    v_from := pg_catalog.now() - pg_catalog.make_interval(days => v_days);
    v_problem := phi._audit_window_problem(v_from, 'infinity');
    SELECT pg_catalog.count(*) INTO v_n FROM phi.audit_log a WHERE a.occurred_at >= v_from;
    RETURN QUERY SELECT 'audit controls', 'audit_chain_verifies',
        CASE WHEN v_problem IS NULL OR v_problem LIKE 'the audit log was purged%' THEN 'pass' ELSE 'fail' END,
        COALESCE(v_problem, 'the chain verifies over the last ' || v_days || ' days (' || v_n || ' events from then on)'),
        'Investigate with phi.verify_audit() and phi.verify_audit_against(digest); keep phi.audit_digest() outside the database daily.';
    RETURN QUERY SELECT 'audit controls', 'audit_settings',
        CASE WHEN pg_catalog.current_setting('phi.audit_reads') = 'on' AND pg_catalog.lower(pg_catalog.current_setting('phi.audit_fallback')) = 'deny'
             THEN 'pass' ELSE 'fail' END,
        'phi.audit_reads = ' || pg_catalog.current_setting('phi.audit_reads') || ', phi.audit_sync = '
            || pg_catalog.current_setting('phi.audit_sync') || ', phi.audit_fallback = ' || pg_catalog.current_setting('phi.audit_fallback'),
        'ALTER SYSTEM SET phi.audit_reads = on and phi.audit_fallback = ''deny'' (and check ALTER ROLE/DATABASE ... SET overrides).';
    -- per-role and per-database settings that undo the checks above for
    -- some sessions (ALTER ROLE / DATABASE ... SET)
    SELECT pg_catalog.array_agg(q.o ORDER BY q.o) INTO v_cols FROM (
    SELECT DISTINCT COALESCE(r.rolname::text, '(all roles)') || ' in ' || COALESCE(d.datname::text, '(all databases)')
                    || ': ' || pg_catalog.split_part(cfg, '=', 1) AS o
      FROM pg_catalog.pg_db_role_setting s
      LEFT JOIN pg_catalog.pg_roles r ON r.oid OPERATOR(pg_catalog.=) s.setrole
      LEFT JOIN pg_catalog.pg_database d ON d.oid OPERATOR(pg_catalog.=) s.setdatabase
      CROSS JOIN LATERAL pg_catalog.unnest(s.setconfig) cfg
     WHERE (pg_catalog.split_part(cfg, '=', 1) IN ('phi.audit_reads', 'phi.audit_sync') AND pg_catalog.lower(pg_catalog.split_part(cfg, '=', 2)) IN ('off', 'false', '0', 'no'))
        OR (pg_catalog.split_part(cfg, '=', 1) OPERATOR(pg_catalog.=) 'log_statement' AND pg_catalog.split_part(cfg, '=', 2) IN ('mod', 'all'))
        OR (pg_catalog.split_part(cfg, '=', 1) IN ('log_min_duration_statement', 'log_min_duration_sample') AND pg_catalog.split_part(cfg, '=', 2) OPERATOR(pg_catalog.<>) '-1')
        OR (pg_catalog.split_part(cfg, '=', 1) IN ('log_parameter_max_length', 'log_parameter_max_length_on_error') AND pg_catalog.split_part(cfg, '=', 2) OPERATOR(pg_catalog.<>) '0')
        OR (pg_catalog.split_part(cfg, '=', 1) OPERATOR(pg_catalog.=) 'log_min_error_statement' AND pg_catalog.split_part(cfg, '=', 2) OPERATOR(pg_catalog.<>) 'panic')
    ) q;
    RETURN QUERY SELECT 'audit controls', 'setting_overrides',
        CASE WHEN v_cols IS NULL THEN 'pass' ELSE 'fail' END,
        COALESCE(pg_catalog.cardinality(v_cols) || ' per-role or per-database setting(s) undo a check for some sessions: '
                 || pg_catalog.array_to_string(v_cols[1:20], ', '), 'no per-role or per-database setting undoes a check'),
        'ALTER ROLE ... RESET (or ALTER DATABASE ... RESET) each one.';
    -- shared_preload_libraries is readable by superusers and
    -- pg_read_all_settings; pg_phi's library refuses to load any other way,
    -- so this function running is itself the evidence
    BEGIN
        v := 'shared_preload_libraries = ' || pg_catalog.current_setting('shared_preload_libraries');
    EXCEPTION WHEN insufficient_privilege THEN
        v := 'pg_phi''s library is loaded, which it allows only from shared_preload_libraries';
    END;
    RETURN QUERY SELECT 'audit controls', 'pg_phi_preloaded',
        CASE WHEN v NOT LIKE 'shared_preload_libraries%'
               OR 'pg_phi' = ANY (pg_catalog.string_to_array(pg_catalog.replace(pg_catalog.substring(v, 28), ' ', ''), ','))
             THEN 'pass' ELSE 'fail' END,
        v, 'Add pg_phi to shared_preload_libraries and restart.';
    -- encryption and decryption, 164.312(a)(2)(iv)
    v_from := phi._data_key_created();
    RETURN QUERY SELECT 'encryption', 'data_key_age',
        CASE WHEN v_from IS NULL THEN 'fail'
             WHEN v_from >= pg_catalog.now() - phi._breach_setting('key_max_age')::interval THEN 'pass' ELSE 'fail' END,
        COALESCE('the current data key was created ' || v_from::date || ' (at most ' || phi._breach_setting('key_max_age') || ' ago)',
                 'no data key: phi.init_keys() has not run'),
        'CALL phi.rotate_key(), then CALL phi.reencrypt() to re-seal existing values in batches.';
    -- emergency access procedure, 164.312(a)(2)(ii)
    SELECT pg_catalog.count(*) INTO v_n FROM phi.break_glass b
     WHERE b.reviewed_at IS NULL
       AND b.expires_at + pg_catalog.make_interval(days => phi._breach_setting('break_glass_review_days')::integer) < pg_catalog.now();
    RETURN QUERY SELECT 'emergency access', 'break_glass_reviewed', CASE WHEN v_n = 0 THEN 'pass' ELSE 'fail' END,
        v_n || ' break-glass window(s) not reviewed ' || phi._breach_setting('break_glass_review_days') || ' days after closing',
        'Review each in phi.break_glass_review_queue with phi.review_break_glass(id, outcome, note).';
    -- breach notification
    SELECT pg_catalog.count(*) INTO v_n FROM phi.breach_deadlines d WHERE d.state = 'overdue';
    RETURN QUERY SELECT 'breach notification', 'no_overdue_notices', CASE WHEN v_n = 0 THEN 'pass' ELSE 'fail' END,
        v_n || ' required notice(s) past their due date',
        'See phi.breach_deadlines; send the notices and record each with phi.record_notification.';
END
$$;

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

-- The breach workflow: compliance and admins run it; nobody else reads or
-- writes its tables. Incidents, assessments and notices are never deleted
-- (but by a superuser); every change is an audit event.
REVOKE ALL ON phi.breach_incidents, phi.breach_assessments, phi.breach_notifications, phi.breach_settings,
              phi.breach_settings_in_effect, phi.breach_deadlines FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE ON phi.breach_incidents, phi.breach_assessments, phi.breach_notifications TO phi_compliance, phi_admin;
GRANT SELECT, INSERT, UPDATE, DELETE ON phi.breach_settings TO phi_compliance, phi_admin;
GRANT SELECT ON phi.breach_settings_in_effect, phi.breach_deadlines TO phi_compliance, phi_admin;
GRANT USAGE ON SEQUENCE phi.breach_assessments_id_seq, phi.breach_notifications_id_seq TO phi_compliance, phi_admin;
REVOKE EXECUTE ON FUNCTION phi._breach_obligations(date, bigint, jsonb, boolean, boolean), phi._breach_check_states(jsonb),
    phi._breach_due_state(boolean, date, boolean, date), phi._breach_transition(text, text, text[]),
    phi._breach_severity(bigint, text[]), phi._breach_categories(), phi._breach_jurisdictions(), phi._breach_assess(text, text, text, text, bigint, bigint, bigint),
    phi._audit_window_problem(timestamptz, timestamptz), phi._data_key_created(), phi._breach_defaults(), phi._check_breach_setting(),
    phi.set_breach_setting(text, text), phi._breach_setting(text), phi._breach_zone(),
    phi.breach_deadlines_at(date), phi._breach_incident_check(), phi._breach_assessment_check(), phi._breach_notification_check(),
    phi.report_breach(text, timestamptz, date, bigint, text[], jsonb, text, text, text, name, timestamptz, timestamptz),
    phi._open_incident(text, timestamptz, date, bigint, text[], jsonb, text, text, text, name, timestamptz, timestamptz, text),
    phi.set_breach_status(text, text, timestamptz), phi.assess_breach(text, text, text, text, text, text, text, text),
    phi.record_notification(text, text, timestamptz, text, text, text), phi.breach_indicators(timestamptz, timestamptz),
    phi.scan_breach_indicators(timestamptz, timestamptz), phi.breach_scope(text, timestamptz, timestamptz, regclass, text),
    phi.breach_report(text), phi.compliance_report() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION phi._breach_obligations(date, bigint, jsonb, boolean, boolean), phi._breach_check_states(jsonb),
    phi._breach_due_state(boolean, date, boolean, date), phi._breach_transition(text, text, text[]),
    phi._breach_severity(bigint, text[]), phi._breach_categories(), phi._breach_jurisdictions(), phi._breach_assess(text, text, text, text, bigint, bigint, bigint),
    phi._audit_window_problem(timestamptz, timestamptz), phi._data_key_created(), phi._breach_defaults(),
    phi.set_breach_setting(text, text), phi._breach_setting(text), phi._breach_zone(),
    phi.breach_deadlines_at(date),
    phi.report_breach(text, timestamptz, date, bigint, text[], jsonb, text, text, text, name, timestamptz, timestamptz),
    phi._open_incident(text, timestamptz, date, bigint, text[], jsonb, text, text, text, name, timestamptz, timestamptz, text),
    phi.set_breach_status(text, text, timestamptz), phi.assess_breach(text, text, text, text, text, text, text, text),
    phi.record_notification(text, text, timestamptz, text, text, text), phi.breach_indicators(timestamptz, timestamptz),
    phi.scan_breach_indicators(timestamptz, timestamptz), phi.breach_scope(text, timestamptz, timestamptz, regclass, text),
    phi.breach_report(text), phi.compliance_report() TO phi_compliance, phi_admin;
