-- The audit trail: one hash-chained row per audited event
-- (src/audit.rs writes and verifies; phi_core::audit is the chain).
--
-- Each row's hash is SHA-256 over the previous row's hash and the row's
-- canonical encoding (every column but prev_hash and hash, in this order),
-- so an edited, deleted, inserted or moved row breaks the chain, and
-- phi.verify_audit() says where. A truncated tail leaves a valid chain:
-- phi.audit_digest() gives the head to keep outside the database, and
-- phi.verify_audit_against() checks the log still reaches it. Values are
-- never recorded: patients appear as their keyed subject digest.

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
