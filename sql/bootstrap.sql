-- pg_phi bootstrap: runs before any generated function.
-- The schema `phi` itself is created by CREATE EXTENSION (control file
-- `schema = phi`, not relocatable).

COMMENT ON SCHEMA phi IS 'pg_phi: HIPAA technical safeguards (PHI detection, redaction, de-identification)';

-- Organisation-specific detection patterns (phi.add_pattern). Every backend
-- compiles these once and recompiles when the table changes.
CREATE TABLE phi.custom_patterns (
    name          text        PRIMARY KEY
                              CHECK (name ~ '^[a-z][a-z0-9_]{0,62}$'),
    type          text        NOT NULL,
    regex         text        NOT NULL,
    context_words text[]      NOT NULL DEFAULT '{}',
    score         real        NOT NULL DEFAULT 0.8
                              CHECK (score >= 0 AND score <= 1),
    created_at    timestamptz NOT NULL DEFAULT pg_catalog.now(),
    created_by    name        NOT NULL DEFAULT CURRENT_USER
);
COMMENT ON TABLE phi.custom_patterns IS
    'Organisation-specific PHI patterns; add with phi.add_pattern(), remove with phi.drop_pattern()';

-- Dumped by pg_dump with the user's data, so patterns survive a restore.
SELECT pg_catalog.pg_extension_config_dump('phi.custom_patterns', '');
