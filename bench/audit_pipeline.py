"""Read auditing's cost, side by side in one run (bench/audit_pipeline.sh).

1. pgbench point reads (one protected SSN per transaction, 4 clients, a
   phi_reader login) under four settings of that login:
   - no read auditing (phi.audit_reads = off): the baseline;
   - pg_phi read auditing, phi.audit_sync = on (the default: each commit
     waits until its events are written by the audit writer);
   - the same with the login's synchronous_commit = off (the events are
     committed before its commit returns, but not flushed: as durable as
     its own commits would be);
   - pg_phi read auditing, phi.audit_sync = off;
   - pgaudit logging the same reads (pgaudit.log = 'read') to the server
     log instead, pg_phi's read auditing off.
2. Scaling: the audited point reads with 1 and 2 clients, and beside them
   the same with auditing off and audited without sync (what one more
   client can add on this machine at all).
3. Writes: pgbench point updates of a protected column (a read-modify
   transaction: one read and one write event), pg_phi's auditing off and
   on, beside the same updates of a plain table whose AFTER trigger chains
   an audit row with pgcrypto's digest() under an advisory lock (the
   do-it-yourself PL/pgSQL audit trail).
   Then the writes and the point reads again with 16 clients, where
   commits share WAL flushes (group commit).
4. A bulk scan, sum(length(ssn::text)) over every row, with and without
   read auditing (best of 5).

Prints transactions per second, ratios to the baseline, and the audit rows
each pg_phi run wrote.
"""
import os
import re
import subprocess
import sys
import time

import psycopg

SECS = int(sys.argv[1]) if len(sys.argv) > 1 else 15
ROWS = 100_000
PG_BIN = os.environ["PG_BIN"]


def main():
    c = psycopg.connect(autocommit=True)
    c.execute("SET client_min_messages = warning")
    c.execute("CREATE EXTENSION IF NOT EXISTS pg_phi")
    c.execute("CREATE EXTENSION IF NOT EXISTS pgaudit")
    c.execute("CREATE EXTENSION IF NOT EXISTS pgcrypto")
    c.execute("SELECT phi.init_keys()")
    c.execute("DROP ROLE IF EXISTS b_reader")
    c.execute("CREATE ROLE b_reader LOGIN IN ROLE phi_reader")
    c.execute("DROP TABLE IF EXISTS pts")
    c.execute("CREATE TABLE pts (id int PRIMARY KEY, mrn text, ssn text)")
    c.execute(f"INSERT INTO pts SELECT i, 'P-' || i, lpad((i % 1000)::text, 3, '0') || '-45-' || lpad((i % 10000)::text, 4, '0') "
              f"FROM generate_series(1, {ROWS}) i")
    c.execute("CALL phi.protect_column('pts', 'ssn', 'ssn', 'mrn')")
    c.execute("VACUUM ANALYZE pts")
    c.execute("GRANT SELECT, UPDATE ON pts TO b_reader")
    # the do-it-yourself trail: a plain table, a PL/pgSQL trigger chaining
    # each change with digest() under an advisory lock
    c.execute("DROP TABLE IF EXISTS plain_pts, diy_audit")
    c.execute("CREATE TABLE plain_pts AS SELECT id, mrn, ssn::text AS ssn FROM pts WHERE false")
    c.execute(f"INSERT INTO plain_pts SELECT i, 'P-' || i, '000-45-0000' FROM generate_series(1, {ROWS}) i")
    c.execute("ALTER TABLE plain_pts ADD PRIMARY KEY (id)")
    c.execute("CREATE TABLE diy_audit (seq bigserial PRIMARY KEY, at timestamptz, actor name, action text, "
              "subject bytea, prev bytea, hash bytea)")
    c.execute("""CREATE FUNCTION diy_chain() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE p bytea; s bytea;
        BEGIN
          PERFORM pg_advisory_xact_lock(4242);
          SELECT hash INTO p FROM diy_audit ORDER BY seq DESC LIMIT 1;
          s := digest(NEW.mrn, 'sha256');
          INSERT INTO diy_audit (at, actor, action, subject, prev, hash)
          VALUES (now(), current_user, TG_OP, s, p,
                  digest(coalesce(p, '') || convert_to(now()::text || current_user || TG_OP, 'UTF8') || s, 'sha256'));
          RETURN NULL;
        END $$""")
    c.execute("CREATE TRIGGER diy AFTER UPDATE ON plain_pts FOR EACH ROW EXECUTE FUNCTION diy_chain()")
    c.execute("GRANT SELECT, UPDATE ON plain_pts TO b_reader")
    c.execute("GRANT SELECT, INSERT ON diy_audit TO b_reader")
    c.execute("GRANT USAGE ON SEQUENCE diy_audit_seq_seq TO b_reader")
    c.execute("VACUUM ANALYZE plain_pts")
    script = "/tmp/pg_phi_bench_read.sql"
    with open(script, "w") as f:
        f.write(f"\\set id random(1, {ROWS})\nSELECT ssn FROM pts WHERE id = :id;\n")
    os.chmod(script, 0o644)

    def pgbench(script_text, settings, clients=4):
        c.execute("ALTER ROLE b_reader RESET ALL")
        for k, v in settings.items():
            c.execute(f"ALTER ROLE b_reader SET {k} = '{v}'")
        path = "/tmp/pg_phi_bench_script.sql"
        with open(path, "w") as f:
            f.write(script_text)
        os.chmod(path, 0o644)
        env = dict(os.environ, PGUSER="b_reader")
        r = subprocess.run([f"{PG_BIN}/pgbench", "-n", "-M", "prepared", "-c", str(clients), "-j", str(min(clients, 2)),
                            "-T", str(SECS), "-f", path], env=env, capture_output=True, text=True)
        assert r.returncode == 0, r.stderr[-2000:]
        return float(re.search(r"tps = ([0-9.]+)", r.stdout).group(1))

    read_script = f"\\set id random(1, {ROWS})\nSELECT ssn FROM pts WHERE id = :id;\n"
    on = {"phi.audit_reads": "on", "phi.audit_sync": "on", "pgaudit.log": "none"}
    off = {"phi.audit_reads": "off", "pgaudit.log": "none"}
    nosync = {"phi.audit_reads": "on", "phi.audit_sync": "off", "pgaudit.log": "none"}
    scale = [(n, pgbench(read_script, on, n)) for n in (1, 2)]
    # the same with auditing off, and audited without waiting: what this
    # machine (2 cores shared with pgbench) lets one more client add
    scale_off = [(n, pgbench(read_script, off, n)) for n in (1, 2)]
    scale_nosync = [(n, pgbench(read_script, nosync, n)) for n in (1, 2)]
    write_script = (f"\\set id random(1, {ROWS})\nBEGIN;\nSELECT ssn FROM pts WHERE id = :id;\n"
                    f"UPDATE pts SET ssn = '123-45-' || lpad((:id % 10000)::text, 4, '0') WHERE id = :id;\nEND;\n")
    diy_script = (f"\\set id random(1, {ROWS})\nBEGIN;\nSELECT ssn FROM plain_pts WHERE id = :id;\n"
                  f"UPDATE plain_pts SET ssn = '123-45-' || lpad((:id % 10000)::text, 4, '0') WHERE id = :id;\nEND;\n")
    w_off = pgbench(write_script, off)
    w_on = pgbench(write_script, on)
    w_diy = pgbench(diy_script, off)
    # the same at 16 clients: commits that wait for a WAL flush share it
    # (group commit) and the DIY chain's lock, held through its commit
    # flush, serializes its writers
    w16 = {k: pgbench(s, st, 16) for k, (s, st) in
           {"off": (write_script, off), "on": (write_script, on), "diy": (diy_script, off)}.items()}
    r16 = {k: pgbench(read_script, st, 16) for k, st in {"off": off, "on": on, "nosync": nosync}.items()}

    configs = [
        ("no read auditing (baseline)", {"phi.audit_reads": "off", "pgaudit.log": "none"}),
        ("pg_phi read audit, sync (default)", {"phi.audit_reads": "on", "phi.audit_sync": "on", "pgaudit.log": "none"}),
        ("pg_phi read audit, sync, synchronous_commit=off", {"phi.audit_reads": "on", "phi.audit_sync": "on",
                                                             "synchronous_commit": "off", "pgaudit.log": "none"}),
        ("pg_phi read audit, no sync", {"phi.audit_reads": "on", "phi.audit_sync": "off", "pgaudit.log": "none"}),
        ("pgaudit.log = 'read' instead", {"phi.audit_reads": "off", "pgaudit.log": "read"}),
    ]
    results = []
    # the last unwaited run's events may still be on their way to the log:
    # let them land before counting each run's own
    time.sleep(1)
    for name, settings in configs:
        c.execute("ALTER ROLE b_reader RESET ALL")
        for k, v in settings.items():
            c.execute(f"ALTER ROLE b_reader SET {k} = '{v}'")
        before = c.execute("SELECT coalesce(max(seq), 0) FROM phi.audit_log").fetchone()[0]
        env = dict(os.environ, PGUSER="b_reader")
        r = subprocess.run([f"{PG_BIN}/pgbench", "-n", "-M", "prepared", "-c", "4", "-j", "2", "-T", str(SECS),
                            "-f", script], env=env, capture_output=True, text=True)
        assert r.returncode == 0, r.stderr[-2000:]
        tps = float(re.search(r"tps = ([0-9.]+)", r.stdout).group(1))
        time.sleep(1)
        rows = c.execute("SELECT count(*) FROM phi.audit_log WHERE seq > %s AND action = 'read'", (before,)).fetchone()[0]
        results.append((name, tps, rows))

    def scan(reads):
        c.execute("ALTER ROLE b_reader RESET ALL")
        c.execute(f"ALTER ROLE b_reader SET phi.audit_reads = '{reads}'")
        with psycopg.connect(user="b_reader", autocommit=True) as r:
            r.execute("SET max_parallel_workers_per_gather = 0")
            best = None
            for _ in range(5):
                t = time.perf_counter()
                r.execute("SELECT sum(length(ssn::text)) FROM pts").fetchone()
                dt = time.perf_counter() - t
                best = dt if best is None else min(best, dt)
            return best

    scan_off, scan_on = scan("off"), scan("on")
    c.execute("ALTER ROLE b_reader RESET ALL")
    problems = c.execute("SELECT count(*) FROM phi.verify_audit()").fetchone()[0]
    version = c.execute("SHOW server_version").fetchone()[0]
    print(f"\n(PostgreSQL {version}; {ROWS} protected rows; pgbench -c 4 -j 2 -T {SECS} -M prepared, one SSN per transaction)\n")
    base = results[0][1]
    for name, tps, rows in results:
        print(f"  {name:<48} {tps:9.0f} tps  {tps / base:5.2f}x baseline  {rows:8d} read events written")
    print(f"\n  scaling, audited point reads: 1 client {scale[0][1]:.0f} tps, 2 clients {scale[1][1]:.0f} tps"
          f"  ({scale[1][1] / scale[0][1]:.2f}x)")
    for label, sc in (("no read auditing", scale_off), ("audited, no sync", scale_nosync)):
        print(f"  scaling, {label + ':':<29} 1 client {sc[0][1]:.0f} tps, 2 clients {sc[1][1]:.0f} tps"
              f"  ({sc[1][1] / sc[0][1]:.2f}x)")
    print(f"\n  read + update of a protected value, auditing off   {w_off:9.0f} tps")
    print(f"  read + update of a protected value, audited (sync) {w_on:9.0f} tps  {w_on / w_off:5.2f}x unaudited")
    print(f"  read + update, plain table, PL/pgSQL digest() chain {w_diy:8.0f} tps  (pg_phi audited {w_on / w_diy:.2f}x it)")
    print(f"\n  16 clients: read + update, auditing off            {w16['off']:9.0f} tps")
    print(f"  16 clients: read + update, audited (sync)          {w16['on']:9.0f} tps  {w16['on'] / w16['off']:5.2f}x unaudited")
    print(f"  16 clients: read + update, PL/pgSQL digest() chain {w16['diy']:9.0f} tps  (pg_phi audited {w16['on'] / w16['diy']:.2f}x it)")
    print(f"  16 clients: point reads, no read auditing          {r16['off']:9.0f} tps")
    print(f"  16 clients: point reads, audited (sync)            {r16['on']:9.0f} tps  {r16['on'] / r16['off']:5.2f}x")
    print(f"  16 clients: point reads, audited, no sync          {r16['nosync']:9.0f} tps  {r16['nosync'] / r16['off']:5.2f}x")
    print(f"\n  bulk scan of {ROWS} values, read auditing off        {scan_off * 1000:7.1f} ms")
    print(f"  bulk scan of {ROWS} values, read auditing on         {scan_on * 1000:7.1f} ms  ({scan_on / scan_off:.2f}x)")
    print(f"\n  phi.verify_audit() problems after the runs: {problems}")


if __name__ == "__main__":
    main()
