"""pg_phi integration tests: several sessions, pg_dump/pg_restore, and a
real client driver (psycopg 3: prepared statements, COPY).

Run by tests/integration/run.sh against a throwaway cluster; connection
from PGHOST/PGPORT/PGUSER. Prints one line per test and a closing
'N passed, M failed' line; exits non-zero on any failure.
"""
import os
import subprocess

import psycopg

from harness import PG_BIN, connect, main, test


def fresh_db(name):
    with connect() as c:
        c.execute(f'DROP DATABASE IF EXISTS "{name}"')
        c.execute(f'CREATE DATABASE "{name}"')
    with connect(name) as c:
        c.execute("CREATE EXTENSION pg_phi")
        c.execute("SELECT phi.init_keys()")
    return name


def mrn_count(conn, text):
    return conn.execute(
        "SELECT count(*) FROM phi.detect(%s) WHERE type = 'mrn'", (text,)
    ).fetchone()[0]


@test
def custom_pattern_reaches_other_sessions_without_reconnect():
    db = fresh_db("it_sessions")
    reader = connect(db)
    writer = connect(db, autocommit=False)
    try:
        assert mrn_count(reader, "ward ACME-123456") == 0  # cache warm
        writer.execute("SELECT phi.add_pattern('acme', 'mrn', 'ACME-[0-9]{6}', '{}', 0.9)")
        # Not committed yet: the reader's detector must not change.
        assert mrn_count(reader, "ward ACME-123456") == 0
        writer.commit()
        assert mrn_count(reader, "ward ACME-123456") == 1
        writer.execute("SELECT phi.drop_pattern('acme')")
        writer.commit()
        assert mrn_count(reader, "ward ACME-123456") == 0
    finally:
        reader.close()
        writer.close()


@test
def reader_inside_a_transaction_sees_a_stable_detector():
    db = fresh_db("it_snapshot")
    reader = connect(db, autocommit=False)
    writer = connect(db)
    try:
        reader.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        assert mrn_count(reader, "ACME-123456") == 0
        writer.execute("SELECT phi.add_pattern('acme', 'mrn', 'ACME-[0-9]{6}', '{}', 0.9)")
        # The invalidation arrives; the reload reads the table with the
        # transaction's snapshot, which predates the pattern.
        assert mrn_count(reader, "ACME-123456") == 0
        reader.commit()
        assert mrn_count(reader, "ACME-123456") == 1
    finally:
        reader.close()
        writer.close()


@test
def custom_patterns_survive_pg_dump_and_restore():
    src = fresh_db("it_dump_src")
    with connect(src) as c:
        c.execute("SELECT phi.add_pattern('acme', 'mrn', 'ACME-[0-9]{6}', ARRAY['ward'], 0.8)")
    dump = "/tmp/pg_phi_it_dump.custom"
    env = dict(os.environ)
    subprocess.run([f"{PG_BIN}/pg_dump", "-Fc", "-f", dump, src], check=True, env=env)
    with connect() as c:
        c.execute('DROP DATABASE IF EXISTS "it_dump_dst"')
        c.execute('CREATE DATABASE "it_dump_dst"')
    subprocess.run(
        [f"{PG_BIN}/pg_restore", "--exit-on-error", "-d", "it_dump_dst", dump],
        check=True, env=env,
    )
    with connect("it_dump_dst") as c:
        rows = c.execute("SELECT name, type, context_words FROM phi.custom_patterns").fetchall()
        assert rows == [("acme", "mrn", ["ward"])], rows
        assert mrn_count(c, "ward ACME-123456") == 1


@test
def prepared_statements_and_binary_results_through_psycopg():
    db = fresh_db("it_client")
    with connect(db) as c:
        notes = [
            f"Patient seen, SSN {100 + i}-45-6789, call (415) 555-{i:04d}" for i in range(50)
        ]
        for i, n in enumerate(notes):
            # prepare=True: server-side prepared statement, reused.
            r = c.execute("SELECT phi.redact(%s, 'partial')", (n,), prepare=True).fetchone()[0]
            # the SSN keeps only its last four digits, the phone its last four
            assert f"{100 + i}-45-6789" not in r and "***-**-6789" in r, r
            assert f"555-{i:04d}" not in r and r.endswith("-" + n[-4:]), r
        cur = c.cursor(binary=True)
        cur.execute("SELECT type, start_pos, end_pos FROM phi.detect(%s) ORDER BY start_pos",
                    ("SSN 123-45-6789",))
        assert cur.fetchall() == [("ssn", 5, 15)]


@test
def copy_in_then_scan_finds_the_phi_column():
    db = fresh_db("it_copy")
    with connect(db) as c:
        c.execute("CREATE TABLE msgs (id int, body text, flag text)")
        with c.cursor().copy("COPY msgs (id, body, flag) FROM STDIN") as cp:
            for i in range(300):
                cp.write_row((i, f"Reach me at person{i}@example.com or (415) 555-{i:04d}", "ok"))
        rows = c.execute(
            "SELECT column_name, detected_type, sampled FROM phi.scan_table('msgs', 100) ORDER BY 1"
        ).fetchall()
        by_col = {r[0]: r for r in rows}
        assert by_col["body"][1] in ("email", "phone"), rows
        assert by_col["body"][2] == 100, rows
        assert by_col["flag"][1] is None, rows
        out = c.execute("SELECT count(*) FROM msgs WHERE phi.contains_phi(body)").fetchone()[0]
        assert out == 300, out



@test
def without_preload_the_library_refuses_and_create_extension_says_what_to_add():
    """A cluster that does not preload pg_phi: CREATE EXTENSION fails with
    55000, naming shared_preload_libraries and the line to add, and leaves
    nothing behind; after a restart with the setting it installs."""
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    cluster = os.path.join(root, "scripts", "cluster.sh")
    d, port = "/tmp/pg_phi_nopreload", "54339"
    subprocess.run(["bash", cluster, "stop", d], check=False)
    subprocess.run(["rm", "-rf", d], check=True)
    subprocess.run(["bash", cluster, "start", d, port], check=True)

    def restart(preload):
        subprocess.run(
            ["sudo", "-u", "postgres", "-H", f"{PG_BIN}/pg_ctl", "-D", d, "-w", "-m", "fast",
             "-o", f"-c shared_preload_libraries='{preload}'", "restart"],
            check=True, stdout=subprocess.DEVNULL)

    try:
        restart("")
        with psycopg.connect(host=d, port=port, user="postgres", dbname="postgres", autocommit=True) as c:
            try:
                c.execute("CREATE EXTENSION pg_phi")
                raise AssertionError("CREATE EXTENSION succeeded without shared_preload_libraries")
            except psycopg.Error as e:
                assert e.sqlstate == "55000", e.sqlstate
                assert "shared_preload_libraries" in e.diag.message_primary, e.diag.message_primary
                assert "shared_preload_libraries = 'pg_phi'" in (e.diag.message_hint or ""), e.diag.message_hint
            assert c.execute("SELECT count(*) FROM pg_extension WHERE extname = 'pg_phi'").fetchone()[0] == 0
            assert c.execute("SELECT count(*) FROM pg_namespace WHERE nspname = 'phi'").fetchone()[0] == 0
        restart("pg_phi")
        with psycopg.connect(host=d, port=port, user="postgres", dbname="postgres", autocommit=True) as c:
            c.execute("CREATE EXTENSION pg_phi")
            assert c.execute("SELECT count(*) FROM phi.detect('SSN 123-45-6789')").fetchone()[0] == 1
    finally:
        subprocess.run(["bash", cluster, "stop", d], check=False)

if __name__ == "__main__":
    main()
