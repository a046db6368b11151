"""Access-policy benchmark: what deciding per value costs a decrypting
read, measured side by side in one run on the same 1M sealed values.

Run by bench/policy.sh (a throwaway cluster with the release build);
connection from PGHOST/PGPORT/PGUSER. Every read is server-side,
`SELECT sum(length(v::text))` (the cast goes through the same rendering as
output), so nothing but the decision and the decryption differs between
rows; masked, sealed and plaintext reads are also measured with
`octet_length`, which does not walk the text (`length` counts characters,
and the sealed text is 2.1 times as long as the value). Prints timings (best of 3) and the ratios the targets are stated in.
Not a test: it asserts only that each role sees what it should.
"""
import sys
import time

import psycopg

ROWS = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
REPEAT = 3
PATIENTS = 1000
VALUE = "md5(i::text) || md5((i * 7)::text) || lpad(i::text, 36, '0')"   # ~100 bytes, distinct
KEY = "'\\x000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f'::bytea"


def timed(conn, sql, repeat=REPEAT):
    best = None
    for _ in range(repeat):
        t = time.perf_counter()
        conn.execute(sql).fetchall()
        dt = time.perf_counter() - t
        best = dt if best is None else min(best, dt)
    return best


def main():
    c = psycopg.connect(autocommit=True)
    c.execute("SET max_parallel_workers_per_gather = 0")
    version = c.execute("SHOW server_version").fetchone()[0]
    c.execute("CREATE EXTENSION IF NOT EXISTS pg_phi")
    c.execute("SELECT phi.init_keys()")
    c.execute("CREATE EXTENSION IF NOT EXISTS pgcrypto")
    roles = ["b_reader", "b_all", "b_care", "b_care_big", "b_masked", "b_sealed", "b_admin"]
    for r in roles:
        c.execute(f"DROP ROLE IF EXISTS {r}")
        c.execute(f"CREATE ROLE {r}")
    c.execute("GRANT phi_reader TO b_reader")
    c.execute("GRANT phi_admin TO b_admin")
    for t in ("plain", "pol", "pol_distinct", "raw_aes"):
        c.execute(f"DROP TABLE IF EXISTS {t}")
    c.execute("CREATE TABLE plain (id int, mrn text, v text)")
    c.execute("CREATE TABLE pol (id int, mrn text, v text)")
    c.execute("INSERT INTO pol VALUES (0, 'm0', 'x')")
    c.execute("SET client_min_messages = warning")
    c.execute("CALL phi.protect_column('pol', 'v', 'note', 'mrn')")
    c.execute("TRUNCATE pol")
    c.execute("CREATE TABLE pol_distinct (id int, mrn text, v text)")
    c.execute("INSERT INTO pol_distinct VALUES (0, 'm0', 'x')")
    c.execute("CALL phi.protect_column('pol_distinct', 'v', 'note', 'mrn')")
    c.execute("TRUNCATE pol_distinct")
    c.execute("CREATE TABLE raw_aes (id int, v bytea)")
    c.execute(f"INSERT INTO plain SELECT i, 'm' || i, {VALUE} FROM generate_series(1, {ROWS}) i")
    # 1000 patients with 1000 values each (a physician's panel)
    c.execute(f"INSERT INTO pol SELECT i, 'm' || (i % {PATIENTS}), {VALUE} FROM generate_series(1, {ROWS}) i")
    # every value a different patient: the care-team lookup misses the cache
    c.execute(f"INSERT INTO pol_distinct SELECT i, 'm' || (i - 1), {VALUE} FROM generate_series(1, {ROWS}) i")
    c.execute(f"INSERT INTO raw_aes SELECT i, encrypt(convert_to({VALUE}, 'UTF8'), {KEY}, 'aes') FROM generate_series(1, {ROWS}) i")
    c.execute("VACUUM ANALYZE plain, pol, pol_distinct, raw_aes")
    c.execute(f"GRANT SELECT ON plain, pol, pol_distinct, raw_aes TO {', '.join(roles)}")
    c.execute("SET ROLE b_admin")
    c.execute("SELECT phi.grant_access('b_all', '*', 'plaintext', 'all_subjects')")
    c.execute("SELECT phi.grant_access('b_care', '*', 'plaintext', 'care_team')")
    c.execute("SELECT phi.grant_access('b_care_big', '*', 'plaintext', 'care_team')")
    c.execute("SELECT phi.grant_access('b_masked', '*', 'masked', 'all_subjects')")
    c.execute("SELECT phi.grant_access('b_sealed', '*', 'sealed', 'all_subjects')")
    c.execute(f"INSERT INTO phi.care_assignments (grantee, subject_digest) "
              f"SELECT 'b_care', phi._policy_subject_digest('m' || i) FROM generate_series(0, {PATIENTS - 1}) i")
    # the worst case: a care team of a million patients, the panel among them
    t0 = time.perf_counter()
    c.execute(f"INSERT INTO phi.care_assignments (grantee, subject_digest) "
              f"SELECT 'b_care_big', phi._policy_subject_digest('m' || i) FROM generate_series(0, {ROWS - 1}) i")
    assign_s = time.perf_counter() - t0
    c.execute("RESET ROLE")

    rows = {}

    def row(name, seconds):
        rows[name] = seconds
        print(f"  {name:<66} {seconds * 1000:8.0f} ms", flush=True)

    def as_role(role, sql):
        c.execute(f"SET ROLE {role}")
        try:
            return timed(c, sql)
        finally:
            c.execute("RESET ROLE")

    def sees(role):
        c.execute(f"SET ROLE {role}")
        try:
            return c.execute("SELECT v::text FROM pol WHERE id = 1").fetchone()[0]
        finally:
            c.execute("RESET ROLE")
    plain1 = c.execute("SELECT v FROM plain WHERE id = 1").fetchone()[0]
    assert sees("b_reader") == plain1 and sees("b_all") == plain1 and sees("b_care") == plain1 and sees("b_care_big") == plain1
    assert sees("b_masked") == "[REDACTED]" and sees("b_sealed").startswith("phi1:")

    print(f"pg_phi access-policy benchmark: {ROWS} sealed 100-byte values (class note) of {PATIENTS} patients, "
          f"PostgreSQL {version}")
    print(f"(best of 3, one backend, parallel query off; {ROWS} care assignments written in {assign_s:.1f} s)\n")
    q = "SELECT sum(length(v::text)) FROM pol"
    row("plaintext column: sum(length(v))", as_role("b_reader", "SELECT sum(length(v)) FROM plain"))
    row("phi_reader: sum(length(v::text))", as_role("b_reader", q))
    row("grant plaintext, all_subjects", as_role("b_all", q))
    row(f"grant plaintext, care_team (its {PATIENTS} patients assigned)", as_role("b_care", q))
    row(f"grant plaintext, care_team ({ROWS} patients assigned)", as_role("b_care_big", q))
    qd = "SELECT sum(length(v::text)) FROM pol_distinct"
    row("phi_reader, one patient per value", as_role("b_reader", qd))
    row(f"care_team ({ROWS} patients assigned), one patient per value", as_role("b_care_big", qd))
    row("grant masked (redacted)", as_role("b_masked", q))
    row("grant sealed", as_role("b_sealed", q))
    # the same reads with a consumer that does not walk the text:
    # octet_length reads the length word, so only producing the value counts
    qo = "SELECT sum(octet_length(v::text)) FROM pol"
    row("grant plaintext, all_subjects: sum(octet_length(v::text))", as_role("b_all", qo))
    row("grant masked: sum(octet_length(v::text))", as_role("b_masked", qo))
    row("grant sealed: sum(octet_length(v::text))", as_role("b_sealed", qo))
    row("no grant (sealed by default)", timed(c, q))
    row("phi_reader: sum(length(phi.decrypt(v)))", as_role("b_reader", "SELECT sum(length(phi.decrypt(v))) FROM pol"))
    c.execute("SET phi.audit_reads = off")
    row("phi_reader: sum(length(phi.decrypt(v))), read auditing off",
        as_role("b_reader", "SELECT sum(length(phi.decrypt(v))) FROM pol"))
    c.execute("RESET phi.audit_reads")
    row("pgcrypto: sum(length(convert_from(decrypt(v, key, 'aes'))))",
        as_role("b_reader", f"SELECT sum(length(convert_from(decrypt(v, {KEY}, 'aes'), 'UTF8'))) FROM raw_aes"))

    print("\nratios (same data, same run):")

    def ratio(label, a, b, target):
        print(f"  {label:<66} {rows[a] / rows[b]:6.2f}x   (target {target})")
    ratio("decision: grant plaintext all_subjects / phi_reader", "grant plaintext, all_subjects",
          "phi_reader: sum(length(v::text))", "<= 1.10x")
    ratio(f"decision: grant plaintext care_team ({PATIENTS} patients) / phi_reader",
          f"grant plaintext, care_team (its {PATIENTS} patients assigned)", "phi_reader: sum(length(v::text))", "<= 1.10x")
    ratio(f"decision: grant plaintext care_team ({ROWS} patients) / phi_reader",
          f"grant plaintext, care_team ({ROWS} patients assigned)", "phi_reader: sum(length(v::text))", "none")
    ratio(f"decision: care_team ({ROWS} patients), one patient per value / phi_reader",
          f"care_team ({ROWS} patients assigned), one patient per value", "phi_reader, one patient per value", "none: worst case")
    ratio("masked read / plaintext read (same kind of grant)", "grant masked (redacted)", "grant plaintext, all_subjects", "<= 1.0x")
    ratio("sealed read / plaintext read (same kind of grant)", "grant sealed", "grant plaintext, all_subjects", "<= 1.0x")
    ratio("masked read / plaintext read, octet_length (producing the value)",
          "grant masked: sum(octet_length(v::text))", "grant plaintext, all_subjects: sum(octet_length(v::text))", "<= 1.0x")
    ratio("sealed read / plaintext read, octet_length (producing the value)",
          "grant sealed: sum(octet_length(v::text))", "grant plaintext, all_subjects: sum(octet_length(v::text))", "<= 1.0x")
    ratio("server-side phi.decrypt / plaintext column", "phi_reader: sum(length(phi.decrypt(v)))",
          "plaintext column: sum(length(v))", "<= 2x")
    ratio("pgcrypto decrypt(aes) / phi.decrypt", "pgcrypto: sum(length(convert_from(decrypt(v, key, 'aes'))))",
          "phi_reader: sum(length(phi.decrypt(v)))", ">= 2x")
    ratio("read auditing: phi.decrypt audited / not audited", "phi_reader: sum(length(phi.decrypt(v)))",
          "phi_reader: sum(length(phi.decrypt(v))), read auditing off", "<= 1.2x")


if __name__ == "__main__":
    main()
