"""Detection on hostile input, through SQL, side by side in one run.

1. phi.detect, phi.contains_phi and phi.redact on
   repeat('DOB 03/15/1885 age 104 ZIP 03601 ', N) for N = 50k, 100k, 200k:
   elapsed time and the ratio to the previous N (2.0 is linear; pg_phi
   0.1.0 took 1.3 / 4.8 / 18.6 s for detect, about 4x per doubling).
2. Cancel latency: phi.detect on N = 400k (13 MB) under
   statement_timeout = 50 ms, 5 runs: how long past the timeout the
   statement ran before it stopped (0.1.0 checked for interrupts only after
   detection ended: about 18 s late at 200k).

Run by bench/adversarial_sql.sh [--no-cancel] (--no-cancel skips part 2,
for an old build that cannot be cancelled). Prints timings; asserts
nothing.
"""
import sys
import time

import psycopg

UNIT = "DOB 03/15/1885 age 104 ZIP 03601 "


def main():
    c = psycopg.connect(autocommit=True)
    c.execute("CREATE EXTENSION IF NOT EXISTS pg_phi")
    c.execute("SELECT phi.init_keys()")
    c.execute("SET max_parallel_workers_per_gather = 0")
    print(f"interleaved findings: repeat('{UNIT}', N)")
    print(f"  {'N':>8} {'MB':>6} | {'detect ms':>10} {'x prev':>7} | {'contains ms':>11} | {'redact ms':>10} {'x prev':>7}")
    prev = {}
    for n in (50_000, 100_000, 200_000):
        c.execute("DROP TABLE IF EXISTS t")
        c.execute("CREATE TABLE t AS SELECT repeat(%s, %s) AS x", (UNIT, n))
        row = {}
        for name, q in (("detect", "SELECT count(*) FROM t, phi.detect(t.x)"),
                        ("contains", "SELECT phi.contains_phi(x) FROM t"),
                        ("redact", "SELECT length(phi.redact(x)) FROM t")):
            c.execute(q)  # warm
            t0 = time.perf_counter()
            c.execute(q).fetchall()
            row[name] = (time.perf_counter() - t0) * 1000
        r = {k: (f"{row[k] / prev[k]:.2f}" if k in prev else "-") for k in row}
        print(f"  {n:>8} {n * len(UNIT) / 1e6:>6.1f} | {row['detect']:>10.0f} {r['detect']:>7} | "
              f"{row['contains']:>11.1f} | {row['redact']:>10.0f} {r['redact']:>7}")
        prev = row

    if "--no-cancel" in sys.argv:
        return
    n = 400_000
    c.execute("DROP TABLE IF EXISTS t")
    c.execute("CREATE TABLE t AS SELECT repeat(%s, %s) AS x", (UNIT, n))
    t0 = time.perf_counter()
    c.execute("SELECT count(*) FROM t, phi.detect(t.x)").fetchall()
    full = (time.perf_counter() - t0) * 1000
    print(f"\ncancel latency: phi.detect on N = {n} ({n * len(UNIT) / 1e6:.0f} MB; {full:.0f} ms uncancelled)"
          " under statement_timeout = 50 ms")
    late = []
    for i in range(5):
        c.execute("SET statement_timeout = '50ms'")
        t0 = time.perf_counter()
        try:
            c.execute("SELECT count(*) FROM t, phi.detect(t.x)").fetchall()
            outcome = "not cancelled"
        except psycopg.errors.QueryCanceled:
            outcome = "cancelled"
        ms = (time.perf_counter() - t0) * 1000
        c.execute("RESET statement_timeout")
        late.append(ms - 50)
        print(f"  run {i + 1}: {outcome} after {ms:.1f} ms ({ms - 50:.1f} ms past the timeout)")
    print(f"  worst: {max(late):.1f} ms past the timeout")


if __name__ == "__main__":
    main()
