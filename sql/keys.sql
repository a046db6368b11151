-- The key store: data keys wrapped by the master key, and the last known
-- count of sealed values per key version. Keys are created by
-- phi.init_keys(), an explicit step, never on first use by a read: a read
-- must work in a read-only transaction and on a standby, and a pg_dump
-- restore brings back the dumped keys into an empty phi.keys.
--
--
-- Functions and procedures pin search_path with a SET clause (a procedure
-- that COMMITs cannot carry one: see rotation.sql).

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
    FOR EACH STATEMENT EXECUTE FUNCTION phi._invalidate_cache();

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
