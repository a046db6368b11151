#!/usr/bin/env python3
"""Copies sql/audit.sql, sql/policy.sql and sql/breach.sql (from their
first statements),
the C trigger functions pgrx declares for the policy's audit events, and
finalize.sql's access-policy and audit grants into the tail of the 0.1.0
-> 0.2.0 upgrade script, which creates both whole (they are new in
0.2.0). Run after changing any of them; tests/upgrade/run.sh checks the
result against a fresh install."""
import pathlib
root = pathlib.Path(__file__).resolve().parent.parent
marker = "---------------------------------------------------------------- audit trail and access policy (sql/audit.sql, sql/policy.sql, new in 0.2.0)\n"
breach_marker = "---------------------------------------------------------------- breach workflow (sql/breach.sql, new in 0.2.0)\n"
old_marker = "---------------------------------------------------------------- access policy (sql/policy.sql, new in 0.2.0)\n"
audit = (root / "sql/audit.sql").read_text()
audit_body = audit[audit.index("CREATE TABLE phi.audit_log"):]
trigger_fn = ("CREATE FUNCTION phi._audit_change() RETURNS trigger LANGUAGE c "
              "AS 'MODULE_PATHNAME', 'audit_change_wrapper';\n"
              "CREATE FUNCTION phi._audit_append_only() RETURNS trigger LANGUAGE c "
              "AS 'MODULE_PATHNAME', 'audit_append_only_wrapper';\n")
pol = (root / "sql/policy.sql").read_text()
body = pol[pol.index("-- phi_reader: plaintext of every class"):]
breach = (root / "sql/breach.sql").read_text()
breach_body = breach[breach.index("-- ---------------------------------------------------------------- internal functions (Rust)"):]
fin = (root / "sql/finalize.sql").read_text()
fsec = fin[fin.index("-- Access policy: admins change it"):]
up_path = root / "sql/pg_phi--0.1.0--0.2.0.sql"
up = up_path.read_text()
for m in (marker, old_marker):
    if m in up:
        up = up[:up.index(m)]
up = up.rstrip("\n") + "\n\n"
up_path.write_text(up + marker + "\n" + trigger_fn + "\n" + audit_body.rstrip("\n") + "\n\n"
                   + body.rstrip("\n") + "\n\n" + breach_marker + "\n" + breach_body.rstrip("\n") + "\n\n" + fsec)
