#!/usr/bin/env python3
"""Copies sql/policy.sql (from its first statement) and finalize.sql's
access-policy grants into the tail of the 0.1.0 -> 0.2.0 upgrade script,
which creates the access policy whole (it is new in 0.2.0). Run after
changing either; tests/upgrade/run.sh checks the result against a fresh
install."""
import pathlib
root = pathlib.Path(__file__).resolve().parent.parent
marker = "---------------------------------------------------------------- access policy (sql/policy.sql, new in 0.2.0)\n"
pol = (root / "sql/policy.sql").read_text()
body = pol[pol.index("-- phi_reader: plaintext of every class"):]
fin = (root / "sql/finalize.sql").read_text()
fsec = fin[fin.index("-- Access policy: admins change it"):]
up_path = root / "sql/pg_phi--0.1.0--0.2.0.sql"
up = up_path.read_text()
up = up[:up.index(marker)] if marker in up else up.rstrip("\n") + "\n\n"
up_path.write_text(up + marker + "\n" + body.rstrip("\n") + "\n\n" + fsec)
