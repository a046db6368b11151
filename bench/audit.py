"""Audit-chain verification speed: phi.verify_audit() over N rows, side by
side with the independent verifier (tools/audit_verify.py) on the same
rows. The rows are a valid chain built with the documented encoding (the
Python implementation) and loaded with COPY; the two verifiers must agree
that it is intact. Run by bench/audit.sh; prints rows per second."""
import os
import sys
import time

import psycopg

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import audit_verify as av  # noqa: E402

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
BASE_US = 1_764_806_400_000_000   # 2025-12-04 00:00 UTC


def rows():
    prev = av.GENESIS
    for seq in range(1, N + 1):
        fields = [seq, BASE_US + seq * 1000, "dr_alice", "dr_alice", None, "ehr", 4242, 1000 + seq // 10,
                  "read", "public.patients", ["ssn", "name"], [(seq % 5000).to_bytes(16, "big")], 1 + seq % 7,
                  "SELECT", "plaintext", None, "treatment"]
        h = av.chain(prev, av.canonical(fields))
        yield fields, prev, h
        prev = h


def main():
    c = psycopg.connect(autocommit=True)
    c.execute("CREATE EXTENSION IF NOT EXISTS pg_phi")
    c.execute("SET client_min_messages = warning")
    t = time.perf_counter()
    with c.cursor().copy("COPY phi.audit_log (seq, occurred_at, actor, session_user_name, client_addr, application_name, "
                         "backend_pid, xid, action, relation, classes, subjects, row_count, statement_kind, outcome, "
                         "reason, purpose, prev_hash, hash) FROM STDIN") as cp:
        for f, prev, h in rows():
            cp.write_row([f[0], _ts(f[1]), *f[2:], prev, h])
    load_s = time.perf_counter() - t
    c.execute("VACUUM ANALYZE phi.audit_log")
    n = c.execute("SELECT count(*) FROM phi.audit_log").fetchone()[0]
    print(f"pg_phi audit-chain verification: {n} rows (built and loaded in {load_s:.1f} s)\n")
    best_db = min(_timed(lambda: c.execute("SELECT count(*) FROM phi.verify_audit()").fetchone()) for _ in range(3))
    assert c.execute("SELECT count(*) FROM phi.verify_audit()").fetchone()[0] == 0
    fetched = c.execute(av.WALK, (-(2 ** 63),)).fetchall()
    best_py = min(_timed(lambda: av.verify(fetched)) for _ in range(3))
    assert av.verify(fetched)[0] == []
    print(f"  phi.verify_audit() (in the server)         {best_db:7.2f} s   {n / best_db:12,.0f} rows/s   (target >= 500,000)")
    print(f"  tools/audit_verify.py (rows already fetched) {best_py:7.2f} s   {n / best_py:12,.0f} rows/s")
    print(f"\n  ratio: in-server verifier {best_py / best_db:.1f}x the independent one")


def _ts(us):
    import datetime
    return datetime.datetime.fromtimestamp(us // 1_000_000, datetime.timezone.utc).replace(microsecond=us % 1_000_000)


def _timed(f):
    t = time.perf_counter()
    f()
    return time.perf_counter() - t


if __name__ == "__main__":
    main()
