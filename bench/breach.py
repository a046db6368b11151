"""The breach workflow over a large audit trail (bench/breach.sh), each
measured beside the bare query it is built on, in one run (best of 3):

1. phi.breach_scope(role, 7-day window) and the same with the patient ids
   joined from a 200,000-patient table, beside the bare aggregate of the
   window's events (no chain verification, no digest matching): what
   vouching for the window costs.
2. phi.breach_indicators over the whole 30 days, beside one bare scan of
   the same rows (count and distinct actors).
3. phi.breach_deadlines over 10,000 incidents, beside SELECT of the
   incidents alone.
4. phi.compliance_report(), once.

The trail is a valid chain of EVENTS events over 30 days by 200 roles
(reads, masked, refused, updates; 1 to 5 patients each, digests of real
patient ids), built with the documented encoding (tools/audit_verify.py)
and loaded with COPY.
"""
import datetime
import os
import random
import sys
import time

import psycopg

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import audit_verify as av  # noqa: E402

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
PATIENTS = 200_000
ROLES = 200
DAYS = 30
START = datetime.datetime(2026, 10, 1, tzinfo=datetime.timezone.utc)
START_US = int(START.timestamp()) * 1_000_000
SPAN_US = DAYS * 86_400 * 1_000_000


def main():
    c = psycopg.connect(autocommit=True)
    c.execute("SET client_min_messages = warning")
    c.execute("CREATE EXTENSION IF NOT EXISTS pg_phi")
    c.execute("SELECT phi.init_keys()")
    c.execute("CREATE TABLE patients (mrn text PRIMARY KEY, name text)")
    c.execute(f"INSERT INTO patients SELECT 'MRN-' || i, 'x' FROM generate_series(1, {PATIENTS}) i")
    c.execute("ANALYZE patients")
    digests = [bytes.fromhex(r[0]) for r in c.execute("SELECT phi.subject_digest(mrn) FROM patients ORDER BY mrn")]
    rnd = random.Random(42)
    actions = [("read", "plaintext")] * 6 + [("read_masked", "masked")] * 2 + [("read_denied", "denied"), ("update", "update")]
    # the chain's own events (init_keys) come first: continue after them
    head = c.execute("SELECT seq, hash FROM phi.audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq0, prev = (head[0], bytes(head[1])) if head else (0, av.GENESIS)
    t = time.perf_counter()
    with c.cursor().copy("COPY phi.audit_log (seq, occurred_at, actor, session_user_name, client_addr, application_name, "
                         "backend_pid, xid, action, relation, classes, subjects, row_count, statement_kind, outcome, "
                         "reason, purpose, prev_hash, hash) FROM STDIN") as cp:
        for i in range(N):
            seq = seq0 + 1 + i
            at = START_US + i * (SPAN_US // N)
            role = f"role_{rnd.randrange(ROLES)}"
            action, outcome = rnd.choice(actions)
            subs = [digests[rnd.randrange(PATIENTS)] for _ in range(1 + rnd.randrange(5))]
            f = [seq, at, role, role, None, "ehr", 4242, 1000 + seq // 10, action, "public.patients", ["ssn", "name"],
                 subs, len(subs), "SELECT" if action.startswith("read") else "UPDATE", outcome, None, "treatment"]
            h = av.chain(prev, av.canonical(f))
            cp.write_row([seq, _ts(at), *f[2:], prev, h])
            prev = h
    load_s = time.perf_counter() - t
    c.execute("VACUUM ANALYZE phi.audit_log")
    assert c.execute("SELECT count(*) FROM phi.verify_audit()").fetchone()[0] == 0
    # 10,000 incidents over the last year, a few notices recorded
    c.execute("""DO $$ BEGIN FOR i IN 1..10000 LOOP
        PERFORM phi.report_breach('Incident number ' || i || ' for the benchmark', now() - (i % 365) * interval '1 day',
                                  affected_count => CASE WHEN i % 7 <> 0 THEN i % 900 END, phi_classes => ARRAY['name'],
                                  affected_by_state => CASE WHEN i % 7 = 0 THEN '{"IL": 600, "WI": 40}'::jsonb END);
        END LOOP; END $$""")
    print(f"pg_phi breach workflow: {N:,} audit events over {DAYS} days by {ROLES} roles, {PATIENTS:,} patients, "
          f"10,000 incidents (trail built and loaded in {load_s:.1f} s)\n")

    w0, w1 = START + datetime.timedelta(days=10), START + datetime.timedelta(days=17)
    bare_scope = """SELECT s.subject, array_agg(DISTINCT a.action), count(*) FROM phi.audit_log a
                    CROSS JOIN LATERAL unnest(a.subjects) s(subject)
                    WHERE (a.actor = %s OR a.session_user_name = %s) AND a.occurred_at >= %s AND a.occurred_at < %s
                      AND a.action IN ('read', 'read_masked', 'insert', 'update', 'delete') GROUP BY s.subject"""
    n_scope = c.execute("SELECT count(*) FROM phi.breach_scope('role_7', %s, %s)", (w0, w1)).fetchone()[0]
    n_bare = len(c.execute(bare_scope, ("role_7", "role_7", w0, w1)).fetchall())
    assert n_scope == n_bare, (n_scope, n_bare)
    n_ids = c.execute("SELECT count(patient_id) FROM phi.breach_scope('role_7', %s, %s, 'patients', 'mrn')", (w0, w1)).fetchone()[0]
    assert n_ids == n_scope, (n_ids, n_scope)
    verified = c.execute("SELECT count(*) FROM phi.audit_log WHERE seq >= (SELECT min(seq) - 1 FROM phi.audit_log "
                         "WHERE occurred_at >= %s AND occurred_at < %s)", (w0, w1)).fetchone()[0]
    t_bare = best(lambda: c.execute(bare_scope, ("role_7", "role_7", w0, w1)).fetchall())
    t_scope = best(lambda: c.execute("SELECT count(*) FROM phi.breach_scope('role_7', %s, %s)", (w0, w1)).fetchone())
    t_ids = best(lambda: c.execute("SELECT count(*) FROM phi.breach_scope('role_7', %s, %s, 'patients', 'mrn')", (w0, w1)).fetchone())
    print(f"  1. scope of one role over 7 days: {n_scope:,} patients (chain verified from the window to the head: {verified:,} rows)")
    print(f"     bare aggregate of the window's events            {t_bare * 1000:9.1f} ms   1.00x")
    print(f"     phi.breach_scope(role, from, to)                 {t_scope * 1000:9.1f} ms   {t_scope / t_bare:5.2f}x")
    print(f"     ... with ids from the {PATIENTS:,}-patient table      {t_ids * 1000:9.1f} ms   {t_ids / t_bare:5.2f}x")
    # a large scope: every patient the role touched in 30 days (the first
    # version's per-patient class lookup made this quadratic)
    m0, m1 = START, START + datetime.timedelta(days=DAYS)
    n_big = c.execute("SELECT count(*) FROM phi.breach_scope('role_7', %s, %s)", (m0, m1)).fetchone()[0]
    t_big_bare = best(lambda: c.execute(bare_scope, ("role_7", "role_7", m0, m1)).fetchall())
    t_big = best(lambda: c.execute("SELECT count(*) FROM phi.breach_scope('role_7', %s, %s)", (m0, m1)).fetchone())
    print(f"     30 days, {n_big:,} patients: bare {t_big_bare * 1000:.1f} ms, phi.breach_scope {t_big * 1000:.1f} ms   {t_big / t_big_bare:5.2f}x")

    a0, a1 = START, START + datetime.timedelta(days=DAYS)
    n_ind = c.execute("SELECT count(*) FROM phi.breach_indicators(%s, %s)", (a0, a1)).fetchone()[0]
    t_scan = best(lambda: c.execute("SELECT count(*), count(DISTINCT actor) FROM phi.audit_log WHERE occurred_at >= %s AND occurred_at < %s",
                                    (a0, a1)).fetchone())
    t_ind = best(lambda: c.execute("SELECT count(*) FROM phi.breach_indicators(%s, %s)", (a0, a1)).fetchone())
    print(f"\n  2. indicators over {DAYS} days ({N:,} events): {n_ind:,} findings")
    print(f"     bare scan of the window (count, distinct actors) {t_scan * 1000:9.1f} ms   1.00x")
    print(f"     phi.breach_indicators(from, to)                  {t_ind * 1000:9.1f} ms   {t_ind / t_scan:5.2f}x   ({N / t_ind:,.0f} events/s)")

    n_dl = c.execute("SELECT count(*) FROM phi.breach_deadlines").fetchone()[0]
    t_inc = best(lambda: c.execute("SELECT * FROM phi.breach_incidents").fetchall())
    t_dl = best(lambda: c.execute("SELECT * FROM phi.breach_deadlines").fetchall())
    print(f"\n  3. deadlines of 10,000 incidents ({n_dl:,} notice rows)")
    print(f"     SELECT * FROM phi.breach_incidents               {t_inc * 1000:9.1f} ms   1.00x")
    print(f"     SELECT * FROM phi.breach_deadlines               {t_dl * 1000:9.1f} ms   {t_dl / t_inc:5.2f}x   ({t_dl / 10000 * 1e6:.0f} us per incident)")

    t_cr = best(lambda: c.execute("SELECT * FROM phi.compliance_report()").fetchall(), n=1)
    print(f"\n  4. phi.compliance_report() (17 checks, the chain over the last 7 days)  {t_cr * 1000:.0f} ms")


def best(f, n=3):
    out = []
    for _ in range(n):
        t = time.perf_counter()
        f()
        out.append(time.perf_counter() - t)
    return min(out)


def _ts(us):
    return datetime.datetime.fromtimestamp(us // 1_000_000, datetime.timezone.utc).replace(microsecond=us % 1_000_000)


if __name__ == "__main__":
    main()
