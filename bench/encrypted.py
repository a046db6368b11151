"""Encrypted-column benchmark: phi.encrypted_text against a plaintext column
and against pgcrypto, measured side by side in one run on the same data.

Run by bench/encrypted.sh (which starts a throwaway cluster with the release
build); connection from PGHOST/PGPORT/PGUSER. Prints one table of timings
and the ratios the project's targets are stated in. Not a test: it asserts
nothing and never fails on a slow machine.
"""
import os
import sys
import time

import psycopg

ROWS = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
PGP_ROWS = min(ROWS, int(os.environ.get("PGP_ROWS", "20000")))
REPEAT = 3

# ~100-byte values, all distinct: 32 + 32 + 36 characters.
VALUE = "md5(i::text) || md5((i * 7)::text) || lpad(i::text, 36, '0')"


def connect():
    return psycopg.connect(autocommit=True)


def timed(conn, sql, repeat=REPEAT, setup=None):
    """Best wall time (seconds) of `sql` over `repeat` runs."""
    best = None
    for _ in range(repeat):
        if setup:
            conn.execute(setup)
            conn.execute("CHECKPOINT")
        t = time.perf_counter()
        conn.execute(sql)
        dt = time.perf_counter() - t
        best = dt if best is None else min(best, dt)
    return best


def client_read(conn, sql, repeat=REPEAT):
    """Best wall time of a client reading every row of `sql` (COPY TO STDOUT:
    the server formats every value, the client receives all bytes)."""
    best = None
    for _ in range(repeat):
        t = time.perf_counter()
        n = 0
        with conn.cursor().copy(f"COPY ({sql}) TO STDOUT") as cp:
            for block in cp:
                n += len(block)
        dt = time.perf_counter() - t
        best = dt if best is None else min(best, dt)
    return best


def main():
    c = connect()
    c.execute("SET max_parallel_workers_per_gather = 0")
    # No checkpoint in the middle of a timed statement: a large WAL budget,
    # and a CHECKPOINT before every timed write.
    c.execute("ALTER SYSTEM SET max_wal_size = '16GB'")
    c.execute("SELECT pg_reload_conf()")
    version = c.execute("SHOW server_version").fetchone()[0]
    c.execute("CREATE EXTENSION IF NOT EXISTS pg_phi")
    c.execute("SELECT phi.init_keys()")
    c.execute("CREATE EXTENSION IF NOT EXISTS pgcrypto")
    c.execute("DROP ROLE IF EXISTS bench_reader")
    c.execute("CREATE ROLE bench_reader")
    c.execute("GRANT phi_reader, pg_write_server_files TO bench_reader")
    for t in ("plain", "plain_subj", "enc", "prot", "raw_aes", "pgp"):
        c.execute(f"DROP TABLE IF EXISTS {t}")
    c.execute("CREATE TABLE plain (id int, v text)")
    c.execute("CREATE TABLE plain_subj (id int, mrn text, v text)")
    c.execute("CREATE TABLE enc (id int, v phi.encrypted_text)")
    c.execute("CREATE TABLE prot (id int, mrn text, v text)")
    c.execute("INSERT INTO prot VALUES (0, 'm0', 'x')")
    c.execute("CALL phi.protect_column('prot', 'v', 'note', 'mrn')")
    c.execute("TRUNCATE prot")
    c.execute("CREATE TABLE raw_aes (id int, v bytea)")
    c.execute("CREATE TABLE pgp (id int, v bytea)")
    c.execute("GRANT SELECT ON plain, enc, prot, raw_aes, pgp TO bench_reader")
    # warm the key cache and create the data key outside the timings
    c.execute("SELECT phi.encrypt('warm', 'note')")

    rows = []

    def row(name, seconds, n=ROWS):
        rows.append((name, seconds, n))
        print(f"  {name:<58} {seconds * 1000:10.0f} ms", flush=True)

    print(f"pg_phi encrypted-column benchmark: {ROWS} rows of 100-byte values, PostgreSQL {version}")
    print("(best of 3; parallel query off; one backend)\n")

    gen = f"SELECT i, {VALUE} FROM generate_series(1, {ROWS}) i"
    row("INSERT plaintext text", timed(c, f"INSERT INTO plain {gen}", setup="TRUNCATE plain"))
    row("INSERT phi.encrypted_text (sealed by the type input)", timed(c, f"INSERT INTO enc {gen}", setup="TRUNCATE enc"))
    row("INSERT plaintext text, with a subject column",
        timed(c, f"INSERT INTO plain_subj SELECT i, 'm' || i, {VALUE} FROM generate_series(1, {ROWS}) i", setup="TRUNCATE plain_subj"))
    row("INSERT protected column (input + trigger re-seal w/ subject)",
        timed(c, f"INSERT INTO prot SELECT i, 'm' || i, {VALUE} FROM generate_series(1, {ROWS}) i", setup="TRUNCATE prot"))
    key = "'\\x000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f'::bytea"
    row("INSERT pgcrypto encrypt(.., 'aes')",
        timed(c, f"INSERT INTO raw_aes SELECT i, encrypt(convert_to({VALUE}, 'UTF8'), {key}, 'aes') FROM generate_series(1, {ROWS}) i",
              setup="TRUNCATE raw_aes"))
    row(f"INSERT pgcrypto pgp_sym_encrypt ({PGP_ROWS} rows)",
        timed(c, f"INSERT INTO pgp SELECT i, pgp_sym_encrypt({VALUE}, 'bench passphrase') FROM generate_series(1, {PGP_ROWS}) i",
              repeat=1, setup="TRUNCATE pgp"), PGP_ROWS)
    c.execute("VACUUM ANALYZE plain, plain_subj, enc, prot, raw_aes, pgp")

    c.execute("SET ROLE bench_reader")
    assert c.execute("SELECT v::text FROM enc WHERE id = 1").fetchone()[0] == \
        c.execute("SELECT v FROM plain WHERE id = 1").fetchone()[0], "reader must see plaintext"
    row("client SELECT plaintext (all rows to the client)", client_read(c, "SELECT v FROM plain"))
    row("client SELECT encrypted, decrypting every value", client_read(c, "SELECT v FROM enc"))
    row("SELECT plaintext (COPY (SELECT v) TO /dev/null)", timed(c, "COPY (SELECT v FROM plain) TO '/dev/null'"))
    row("SELECT encrypted, decrypting every value (COPY ... TO /dev/null)", timed(c, "COPY (SELECT v FROM enc) TO '/dev/null'"))
    row("SELECT phi.decrypt(v) (COPY ... TO /dev/null)", timed(c, "COPY (SELECT phi.decrypt(v) FROM enc) TO '/dev/null'"))
    row("SELECT pgcrypto decrypt(.., 'aes') (COPY ... TO /dev/null)",
        timed(c, f"COPY (SELECT convert_from(decrypt(v, {key}, 'aes'), 'UTF8') FROM raw_aes) TO '/dev/null'"))
    row(f"SELECT pgcrypto pgp_sym_decrypt ({PGP_ROWS} rows)",
        timed(c, "COPY (SELECT pgp_sym_decrypt(v, 'bench passphrase') FROM pgp) TO '/dev/null'", repeat=1), PGP_ROWS)
    c.execute("RESET ROLE")
    row("SELECT encrypted as a non-reader (sealed phi1: output)", timed(c, "COPY (SELECT v FROM enc) TO '/dev/null'"))

    # Re-encryption: only enc holds encrypted values now.
    c.execute("DROP TABLE prot")
    c.execute("CHECKPOINT")
    row("UPDATE plain SET v = v", timed(c, "UPDATE plain SET v = v", repeat=1))
    c.execute("VACUUM plain")
    c.execute("CALL phi.rotate_key()")
    c.execute("VACUUM ANALYZE enc")
    c.execute("CHECKPOINT")
    t = time.perf_counter()
    with c.cursor() as cur:
        cur.execute("SET client_min_messages = warning")
        cur.execute("CALL phi.reencrypt(10000)")
    row("CALL phi.reencrypt(10000) after rotate_key", time.perf_counter() - t)
    batches, max_ms = c.execute(
        "SELECT sum(batches), max(max_batch_ms) FROM phi.reencrypt_progress WHERE table_name = 'enc'").fetchone()
    stale = c.execute("SELECT count(*) FROM enc WHERE phi.key_version(v) <> (SELECT max(version) FROM phi.keys WHERE key_id = 1)").fetchone()[0]

    t = {name: s / n for name, s, n in rows}  # seconds per row
    print("\nratios (per row, same data, same run):")

    def ratio(label, a, b, target):
        print(f"  {label:<62} {t[a] / t[b]:8.2f}x   (target {target})")

    ratio("client SELECT decrypting / client SELECT plaintext", "client SELECT encrypted, decrypting every value",
          "client SELECT plaintext (all rows to the client)", "<= 1.5x")
    ratio("server-only COPY decrypting / plaintext (worst case)", "SELECT encrypted, decrypting every value (COPY ... TO /dev/null)",
          "SELECT plaintext (COPY (SELECT v) TO /dev/null)", "none: floor")
    ratio("pgcrypto pgp_sym_decrypt / phi decrypt", f"SELECT pgcrypto pgp_sym_decrypt ({PGP_ROWS} rows)",
          "SELECT encrypted, decrypting every value (COPY ... TO /dev/null)", ">= 10x")
    ratio("pgcrypto decrypt(aes) / phi decrypt", "SELECT pgcrypto decrypt(.., 'aes') (COPY ... TO /dev/null)",
          "SELECT encrypted, decrypting every value (COPY ... TO /dev/null)", ">= 1.5x")
    ratio("INSERT encrypted / INSERT plaintext", "INSERT phi.encrypted_text (sealed by the type input)",
          "INSERT plaintext text", "<= 2x")
    ratio("INSERT protected column / INSERT plaintext (same columns)", "INSERT protected column (input + trigger re-seal w/ subject)",
          "INSERT plaintext text, with a subject column", "<= 2x")
    ratio("reencrypt / UPDATE t SET c = c", "CALL phi.reencrypt(10000) after rotate_key", "UPDATE plain SET v = v", "<= 2x")
    print(f"  reencrypt: {batches} batches, longest batch {max_ms:.0f} ms (target < 1000 ms), {stale} values left on old versions")


if __name__ == "__main__":
    main()
