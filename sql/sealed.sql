-- Encrypted columns: data classes, keys, the phi.encrypted_text type,
-- protect_column, key rotation and re-encryption.
--
-- Functions and procedures pin search_path with a SET clause. A procedure
-- that COMMITs cannot carry one (phi.reencrypt), so it pins it with
-- set_config(..., true) at the start and after every COMMIT, and qualifies
-- names besides; identifiers are quoted with %I. (set_config in a
-- procedure that does not commit would outlive the CALL in the caller's
-- transaction block.)

-- The role whose members see plaintext. Roles are cluster-wide, so a
-- second database's CREATE EXTENSION reuses it. Membership is explicit:
-- superuser is not implicitly a phi_reader, so a routine pg_dump or
-- SELECT * by a superuser shows sealed values.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'phi_reader') THEN
        CREATE ROLE phi_reader NOLOGIN;
    END IF;
END
$$;

---------------------------------------------------------------- data classes

CREATE TABLE phi.data_classes (
    name        text PRIMARY KEY CHECK (name ~ '^[a-z][a-z0-9_]{0,62}$'),
    description text NOT NULL DEFAULT '',
    sensitivity text NOT NULL DEFAULT 'high' CHECK (sensitivity IN ('high', 'medium', 'low'))
);
COMMENT ON TABLE phi.data_classes IS
    'Classes of protected data; a sealed value carries its class, and access is granted per class';
INSERT INTO phi.data_classes (name, description, sensitivity) VALUES
    ('unclassified', 'sealed without a class (a text literal cast to phi.encrypted_text); protect_column re-seals these with the column''s class', 'high'),
    ('ssn',          'Social Security number', 'high'),
    ('mrn',          'medical record number', 'high'),
    ('insurance_id', 'health plan beneficiary / member number', 'high'),
    ('biometric',    'biometric identifier', 'high'),
    ('diagnosis',    'diagnoses, problems, results', 'high'),
    ('note',         'free-text clinical note', 'high'),
    ('name',         'person name', 'medium'),
    ('dob',          'date of birth and other dates', 'medium'),
    ('address',      'street address, city, ZIP', 'medium'),
    ('phone',        'telephone or fax number', 'medium'),
    ('email',        'e-mail address', 'medium'),
    ('account',      'account or card number', 'high'),
    ('license',      'certificate or license number', 'medium'),
    ('other',        'any other unique identifier', 'medium');
-- Dump only classes the DBA added.
SELECT pg_catalog.pg_extension_config_dump('phi.data_classes',
    $$WHERE name NOT IN ('unclassified','ssn','mrn','insurance_id','biometric','diagnosis','note','name','dob','address','phone','email','account','license','other')$$);
-- Every backend caches the class list; changes invalidate it.
CREATE TRIGGER invalidate_class_cache
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON phi.data_classes
    FOR EACH STATEMENT EXECUTE FUNCTION phi._patterns_changed();

CREATE FUNCTION phi.add_data_class(name text, description text DEFAULT '', sensitivity text DEFAULT 'high')
RETURNS void
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$
    INSERT INTO phi.data_classes (name, description, sensitivity)
    VALUES (add_data_class.name, coalesce(add_data_class.description, ''), coalesce(add_data_class.sensitivity, 'high'));
$$;

---------------------------------------------------------------- keys

-- Data keys, wrapped by the master key (which never enters the database).
-- key_id 1 seals values (rotated by phi.rotate_key), 2 keys blind indexes,
-- 3 keys pseudonyms. Retiring a version deletes its wrapped key.
CREATE TABLE phi.keys (
    key_id          integer     NOT NULL CHECK (key_id IN (1, 2, 3)),
    version         integer     NOT NULL CHECK (version >= 1),
    purpose         text        NOT NULL CHECK (purpose IN ('data', 'blind_index', 'pseudonym')),
    wrapped_key     bytea       CHECK (wrapped_key IS NULL OR pg_catalog.length(wrapped_key) = 60),
    kek_fingerprint text        NOT NULL,
    state           text        NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'retired')),
    created_at      timestamptz NOT NULL DEFAULT pg_catalog.now(),
    rewrapped_at    timestamptz,
    retired_at      timestamptz,
    PRIMARY KEY (key_id, version),
    CHECK ((state = 'retired') = (wrapped_key IS NULL))
);
COMMENT ON TABLE phi.keys IS
    'pg_phi data keys, wrapped by the master key (phi.master_key_file / phi.master_key_command); no plaintext key material';
SELECT pg_catalog.pg_extension_config_dump('phi.keys', '');
CREATE TRIGGER invalidate_key_cache
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON phi.keys
    FOR EACH STATEMENT EXECUTE FUNCTION phi._patterns_changed();

-- Last known count of sealed values per key version and column (refreshed
-- by phi.reencrypt and phi.refresh_key_usage).
CREATE TABLE phi.key_usage (
    key_id       integer     NOT NULL,
    version      integer     NOT NULL,
    table_schema name        NOT NULL,
    table_name   name        NOT NULL,
    column_name  name        NOT NULL,
    rows         bigint      NOT NULL,
    counted_at   timestamptz NOT NULL DEFAULT pg_catalog.now(),
    PRIMARY KEY (key_id, version, table_schema, table_name, column_name)
);

CREATE VIEW phi.key_status AS
SELECT k.key_id,
       k.purpose,
       k.version,
       CASE WHEN k.state = 'retired' THEN 'retired'
            WHEN k.version = pg_catalog.max(k.version) OVER (PARTITION BY k.key_id) THEN 'current'
            ELSE 'active' END AS state,
       k.created_at,
       k.rewrapped_at,
       k.retired_at,
       k.kek_fingerprint AS master_key_fingerprint,
       u.rows AS rows_using,
       u.counted_at
FROM phi.keys k
LEFT JOIN (SELECT key_id, version, pg_catalog.sum(rows)::bigint AS rows, pg_catalog.max(counted_at) AS counted_at
           FROM phi.key_usage GROUP BY key_id, version) u USING (key_id, version);
COMMENT ON VIEW phi.key_status IS 'Data key versions and their state, without key material';

---------------------------------------------------------------- the type

CREATE TYPE phi.encrypted_text;

CREATE FUNCTION phi.encrypted_text_in(cstring) RETURNS phi.encrypted_text
    LANGUAGE c STABLE STRICT PARALLEL RESTRICTED
    AS 'MODULE_PATHNAME', 'phi_encrypted_text_in';
CREATE FUNCTION phi.encrypted_text_out(phi.encrypted_text) RETURNS cstring
    LANGUAGE c STABLE STRICT PARALLEL RESTRICTED
    AS 'MODULE_PATHNAME', 'phi_encrypted_text_out';
CREATE FUNCTION phi.encrypted_text_recv(internal) RETURNS phi.encrypted_text
    LANGUAGE c STABLE STRICT PARALLEL RESTRICTED
    AS 'MODULE_PATHNAME', 'phi_encrypted_text_recv';
CREATE FUNCTION phi.encrypted_text_send(phi.encrypted_text) RETURNS bytea
    LANGUAGE c STABLE STRICT PARALLEL RESTRICTED
    AS 'MODULE_PATHNAME', 'phi_encrypted_text_send';

-- STORAGE external: ciphertext does not compress, but may live out of line.
CREATE TYPE phi.encrypted_text (
    INPUT = phi.encrypted_text_in,
    OUTPUT = phi.encrypted_text_out,
    RECEIVE = phi.encrypted_text_recv,
    SEND = phi.encrypted_text_send,
    INTERNALLENGTH = VARIABLE,
    STORAGE = external,
    CATEGORY = 'U'
);
COMMENT ON TYPE phi.encrypted_text IS
    'AES-256-GCM sealed text; plaintext shown only to phi_reader members, the sealed phi1: form to everyone else';

-- INSERT ... VALUES ('123-45-6789') and text parameters seal on the way in.
CREATE CAST (text AS phi.encrypted_text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (varchar AS phi.encrypted_text) WITH INOUT AS ASSIGNMENT;
-- ::text applies the same policy as output.
CREATE CAST (phi.encrypted_text AS text) WITH INOUT;

CREATE FUNCTION phi.encrypt(value text, class text, subject text DEFAULT NULL)
RETURNS phi.encrypted_text
LANGUAGE c VOLATILE PARALLEL RESTRICTED
AS 'MODULE_PATHNAME', 'phi_encrypt';
COMMENT ON FUNCTION phi.encrypt(text, text, text) IS
    'Seals a value for a data class and (optionally, with plaintext rights) the subject (patient) it belongs to';

CREATE FUNCTION phi.decrypt(phi.encrypted_text) RETURNS text
LANGUAGE c STABLE STRICT PARALLEL RESTRICTED
AS 'MODULE_PATHNAME', 'phi_decrypt';
COMMENT ON FUNCTION phi.decrypt(phi.encrypted_text) IS
    'Plaintext for phi_reader members (unless phi.sealed_output is on); the sealed form for everyone else';

CREATE FUNCTION phi.key_version(phi.encrypted_text) RETURNS integer
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'key_version_sql_wrapper';
CREATE FUNCTION phi.data_class(phi.encrypted_text) RETURNS text
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'data_class_sql_wrapper';
CREATE FUNCTION phi.subject(phi.encrypted_text) RETURNS text
LANGUAGE c STABLE STRICT PARALLEL RESTRICTED
AS 'MODULE_PATHNAME', 'subject_sql_wrapper';
COMMENT ON FUNCTION phi.subject(phi.encrypted_text) IS
    'Keyed digest (hex) of the subject a value is bound to; never the subject id itself';
CREATE FUNCTION phi.subject_digest(subject text) RETURNS text
LANGUAGE c STABLE STRICT PARALLEL RESTRICTED
AS 'MODULE_PATHNAME', 'subject_digest_sql_wrapper';
COMMENT ON FUNCTION phi.subject_digest(text) IS
    'The digest phi.subject() shows for values of this subject id (needs plaintext rights: phi_reader)';

CREATE FUNCTION phi.blind_index(value text, class text) RETURNS bytea
LANGUAGE c STABLE STRICT PARALLEL RESTRICTED
AS 'MODULE_PATHNAME', 'blind_index_sql_wrapper';
COMMENT ON FUNCTION phi.blind_index(text, text) IS
    'Keyed HMAC-SHA256 (16 bytes) of a normalised value: equality lookups on a protected column''s _bidx column (needs plaintext rights: phi_reader)';

-- Internal helpers called by maintenance statements that run as a table's
-- owner, so they stay executable by PUBLIC (finalize.sql): _reseal refuses
-- to run outside a re-encryption batch, _seal_for without the random token
-- of the running conversion statement, and _needs_reseal reads a header.
CREATE FUNCTION phi._reseal(phi.encrypted_text) RETURNS phi.encrypted_text
LANGUAGE c VOLATILE STRICT PARALLEL RESTRICTED
AS 'MODULE_PATHNAME', 'phi_reseal';
CREATE FUNCTION phi._seal_for(value text, class text, subject text, sealed_subject phi.encrypted_text,
                              subject_class text, token bytea)
RETURNS phi.encrypted_text
LANGUAGE c VOLATILE PARALLEL RESTRICTED
AS 'MODULE_PATHNAME', 'phi_seal_for';
CREATE FUNCTION phi._needs_reseal(phi.encrypted_text, integer) RETURNS boolean
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'needs_reseal_sql_wrapper';
CREATE FUNCTION phi._protect_row() RETURNS trigger
LANGUAGE c
AS 'MODULE_PATHNAME', 'phi_protect_row';

---------------------------------------------------------------- protected columns

CREATE TABLE phi.protected_columns (
    table_schema       name        NOT NULL,
    table_name         name        NOT NULL,
    column_name        name        NOT NULL,
    class              text        NOT NULL REFERENCES phi.data_classes (name),
    subject_column     name,
    blind_index_column name,
    protected_at       timestamptz NOT NULL DEFAULT pg_catalog.now(),
    protected_by       name        NOT NULL DEFAULT CURRENT_USER,
    PRIMARY KEY (table_schema, table_name, column_name)
);
COMMENT ON TABLE phi.protected_columns IS 'Columns converted by phi.protect_column()';
SELECT pg_catalog.pg_extension_config_dump('phi.protected_columns', '');

-- Converts a plaintext column to phi.encrypted_text in place (one table
-- rewrite: the old heap file, plaintext and all, is unlinked rather than
-- left behind in dead tuples), records it, and installs the trigger that
-- keeps class, subject and blind index right on every INSERT/UPDATE.
-- Re-running it on a protected column refreshes the trigger. The rewrite
-- (phi._convert_column) seals each value for the class and its row's
-- subject; for a blind index, or a column that was already sealed,
-- phi._bind_column then rewrites the rows that need it and the trigger
-- binds them and computes the index. Both run as the table's owner, so the
-- owner's triggers, constraints and index expressions never run with the
-- caller's rights. A subject column that is itself sealed must be
-- protected first: only values of its class are opened. Messages never
-- repeat an argument that does not name an existing object (it may be PHI
-- passed in the wrong place).
CREATE PROCEDURE phi.protect_column(
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
        'CREATE TRIGGER %I BEFORE INSERT OR UPDATE ON %s FOR EACH ROW EXECUTE FUNCTION phi._protect_row(%L, %L, %L, %L, %L)',
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
END
$$;
COMMENT ON PROCEDURE phi.protect_column(regclass, name, text, name, boolean) IS
    'Converts a plaintext column to phi.encrypted_text and keeps class, subject and blind index right on writes';

---------------------------------------------------------------- rotation

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

-- Every column of type phi.encrypted_text in this database (protected or
-- not), for re-encryption, retirement checks and usage counts.
CREATE VIEW phi.encrypted_columns AS
SELECT n.nspname AS table_schema, c.relname AS table_name, a.attname AS column_name, c.oid::pg_catalog.regclass AS relation
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE a.atttypid = 'phi.encrypted_text'::pg_catalog.regtype
  AND a.attnum > 0 AND NOT a.attisdropped
  AND c.relkind IN ('r', 'p')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema');

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
    INSERT INTO phi.key_usage (key_id, version, table_schema, table_name, column_name, rows)
    SELECT 1, u.version, p_schema, p_table, p_column, u.rows FROM phi._key_usage(p_relation, p_column) u;
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
END
$$;

-- Deletes a data key version's wrapped key, refusing while any value in
-- any encrypted column still uses it (a full scan of each column).
CREATE FUNCTION phi.retire_key_version(version integer)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c record;
    v_current integer;
    v_used bigint;
BEGIN
    v_current := phi._current_key_version();
    IF NOT EXISTS (SELECT 1 FROM phi.keys k WHERE k.key_id = 1 AND k.version = retire_key_version.version AND k.state = 'active') THEN
        RAISE EXCEPTION 'phi.retire_key_version: data key version % does not exist or is already retired', version
            USING ERRCODE = 'undefined_object';
    END IF;
    IF version = v_current THEN
        RAISE EXCEPTION 'phi.retire_key_version: version % is the current data key', version
            USING ERRCODE = 'object_in_use', HINT = 'CALL phi.rotate_key() and phi.reencrypt() first.';
    END IF;
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
