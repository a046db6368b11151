-- Who may see plaintext: the disclosure rule of phi.encrypted_text
-- (src/policy.rs decides; src/encrypted.rs renders). Today one rule: members
-- of phi_reader see plaintext while phi.sealed_output is off, everyone else
-- the sealed form. Per-class, per-patient policies and break-glass will
-- live here, with their tables.

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
