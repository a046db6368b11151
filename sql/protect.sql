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
CREATE FUNCTION phi._protect_row() RETURNS trigger
LANGUAGE c
AS 'MODULE_PATHNAME', 'phi_protect_row';

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
-- binds them and computes the index. Values a sealed column already held
-- without a class were written in other transactions: the trigger binds
-- them only if the table's owner holds plaintext rights. Both run as the
-- table's owner, so the
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
COMMENT ON PROCEDURE phi.protect_column(regclass, name, text, name, boolean) IS
    'Converts a plaintext column to phi.encrypted_text and keeps class, subject and blind index right on writes';
