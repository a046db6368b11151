"""pg_phi integration tests for the read audit pipeline: behaviour that
needs real clients, several sessions, a killed writer, a crash, or a server
started with settings the shared cluster does not have. These tests run
their own cluster (scripts/cluster.sh, port 54341) and restart it.

Run by tests/integration/run.sh. Prints one line per test and a closing
'N passed, M failed'.
"""
import os
import subprocess
import sys
import threading
import time

import psycopg

from harness import PG_BIN, main, test

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
import audit_verify  # noqa: E402  (the independent verifier of the audit chain)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CLUSTER_SH = os.path.join(ROOT, "scripts", "cluster.sh")
DIR, PORT = "/tmp/pg_phi_it_audit", 54341
DB = "it_audit"


def pg_ctl(*args):
    subprocess.run(["sudo", "-u", "postgres", "-H", f"{PG_BIN}/pg_ctl", "-D", DIR, "-w", *args],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def restart(mode="fast", options=""):
    if os.path.exists(f"{DIR}/postmaster.pid"):
        subprocess.run(["sudo", "-u", "postgres", "-H", f"{PG_BIN}/pg_ctl", "-D", DIR, "-m", mode, "-w", "stop"],
                       capture_output=True)
    pg_ctl("-l", f"{DIR}/server.log", "-o", options, "start")


def conn(user="postgres", dbname=DB, autocommit=True):
    return psycopg.connect(host=DIR, port=PORT, dbname=dbname, user=user, autocommit=autocommit)


_state = {}


def setup():
    if _state.get("ready"):
        return
    subprocess.run(["bash", CLUSTER_SH, "stop", DIR], check=False, capture_output=True)
    subprocess.run(["rm", "-rf", DIR], check=True)
    subprocess.run(["bash", CLUSTER_SH, "start", DIR, str(PORT)], check=True, stdout=subprocess.DEVNULL)
    with conn(dbname="postgres") as c:
        c.execute(f"CREATE DATABASE {DB}")
        for r in ("au_reader", "au_sealed", "au_comp"):
            c.execute(f"DROP ROLE IF EXISTS {r}")
            c.execute(f"CREATE ROLE {r} LOGIN")
    with conn() as c:
        c.execute("SET client_min_messages = warning")
        c.execute("CREATE EXTENSION pg_phi")
        c.execute("SELECT phi.init_keys()")
        c.execute("GRANT phi_reader TO au_reader")
        c.execute("GRANT phi_compliance TO au_comp")
        c.execute("CREATE TABLE patients (id int PRIMARY KEY, mrn text, ssn text)")
        c.execute("CALL phi.protect_column('patients', 'ssn', 'ssn', 'mrn')")
        c.execute("INSERT INTO patients SELECT i, 'P-' || i, '555-01-' || lpad(i::text, 4, '0') FROM generate_series(1, 300) i")
        c.execute("GRANT SELECT ON patients TO au_reader, au_sealed")
    _state["ready"] = True


def reads_of(c, mrn):
    """(actor, action, outcome) of a patient's read events."""
    return c.execute("SELECT actor, action, outcome FROM phi.access_report(%s) WHERE action LIKE 'read%%'",
                     (mrn,)).fetchall()


def chain_ok(c):
    assert c.execute("SELECT count(*) FROM phi.verify_audit()").fetchone()[0] == 0
    rows = c.execute(audit_verify.WALK, (-2**63,)).fetchall()
    breaks, _ = audit_verify.verify(rows)
    assert breaks == [], breaks


def writer_pid(c):
    r = c.execute("SELECT pid FROM pg_stat_activity WHERE backend_type = 'pg_phi audit writer'").fetchone()
    return r and r[0]


@test
def a_read_rolled_back_by_a_real_client_is_still_recorded():
    """The reader's ROLLBACK (and a failed transaction) cannot erase a
    read: the events left the backend at the statement's end."""
    setup()
    with conn("au_reader", autocommit=False) as r:
        assert r.execute("SELECT ssn FROM patients WHERE id = 11").fetchone()[0] == "555-01-0011"
        r.rollback()
        assert r.execute("SELECT ssn FROM patients WHERE id = 12").fetchone()[0] == "555-01-0012"
        try:
            r.execute("SELECT 1 / 0")
        except psycopg.errors.DivisionByZero:
            pass
        r.rollback()
    deadline = time.time() + 10
    with conn("au_comp") as c:
        while not (reads_of(c, "P-11") and reads_of(c, "P-12")):
            assert time.time() < deadline, "rolled-back reads never reached the log"
            time.sleep(0.1)
        assert reads_of(c, "P-11") == [("au_reader", "read", "plaintext")]
        assert reads_of(c, "P-12") == [("au_reader", "read", "plaintext")]
    with conn() as c:
        chain_ok(c)


@test
def a_committed_read_is_in_the_log_when_commit_returns():
    """phi.audit_sync (on): COMMIT returns only once the events are
    durable, so another session sees them at once."""
    setup()
    with conn("au_reader") as r, conn("au_comp") as c:
        for i in range(20, 30):
            r.execute("SELECT ssn FROM patients WHERE id = %s", (i,)).fetchone()
            assert reads_of(c, f"P-{i}") == [("au_reader", "read", "plaintext")], i


@test
def a_killed_writer_is_started_again_and_nothing_is_lost():
    """pg_terminate_backend on the audit writer: the next read starts a
    new one; the chain stays whole."""
    setup()
    with conn("au_reader") as r, conn() as su:
        r.execute("SELECT ssn FROM patients WHERE id = 31").fetchone()
        pid = writer_pid(su)
        assert pid, "no audit writer running"
        assert su.execute("SELECT pg_terminate_backend(%s)", (pid,)).fetchone()[0]
        deadline = time.time() + 10
        while writer_pid(su) == pid:
            assert time.time() < deadline
            time.sleep(0.05)
        time.sleep(1.1)  # a writer is asked for at most once a second
        assert r.execute("SELECT ssn FROM patients WHERE id = 32").fetchone()[0] == "555-01-0032"
        assert writer_pid(su) not in (None, pid)
        with conn("au_comp") as c:
            assert reads_of(c, "P-32") == [("au_reader", "read", "plaintext")]
        chain_ok(su)


@test
def concurrent_readers_make_one_unbroken_chain():
    """Eight sessions reading at once, 25 statements each: 200 events, one
    chain, verified by phi.verify_audit and the independent verifier."""
    setup()
    with conn() as su:
        base = su.execute("SELECT coalesce(max(seq), 0) FROM phi.audit_log").fetchone()[0]
    errors = []

    def reader(k):
        try:
            with conn("au_reader") as r:
                for j in range(25):
                    r.execute("SELECT ssn FROM patients WHERE id = %s", (1 + (k * 25 + j) % 100,)).fetchone()
        except Exception as e:  # noqa: BLE001
            errors.append(e)

    threads = [threading.Thread(target=reader, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    with conn() as su:
        n = su.execute("SELECT count(*) FROM phi.audit_log WHERE seq > %s AND action = 'read'", (base,)).fetchone()[0]
        assert n == 200, n
        chain_ok(su)


@test
def a_role_without_privileges_cannot_stall_the_writer():
    """Naming phi.audit_log in an INSERT locks it (ROW EXCLUSIVE) while the
    statement is parsed, before privileges are checked. A role holding
    that lock for as long as it likes (a constant folded while planning
    that sleeps) must not stall the writer: reads by others still commit
    at once, their events written."""
    setup()
    with conn() as su:
        su.execute("DROP ROLE IF EXISTS au_staller")
        su.execute("CREATE ROLE au_staller LOGIN")
    staller = conn("au_staller")
    holder = threading.Thread(target=lambda: _stall(staller), daemon=True)
    holder.start()
    try:
        with conn() as su:
            deadline = time.time() + 10
            while not su.execute("SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a USING (pid) "
                                 "WHERE a.usename = 'au_staller' AND l.relation = 'phi.audit_log'::regclass "
                                 "AND l.granted").fetchone()[0]:
                assert time.time() < deadline, "the staller never got its lock"
                time.sleep(0.05)
        t = time.time()
        with conn("au_reader") as r, conn("au_comp") as c:
            assert r.execute("SELECT ssn FROM patients WHERE id = 171").fetchone()[0] == "555-01-0171"
            assert reads_of(c, "P-171") == [("au_reader", "read", "plaintext")]
        assert time.time() - t < 5, f"the read took {time.time() - t:.1f} s"
    finally:
        with conn() as su:
            su.execute("SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE usename = 'au_staller'")
        holder.join(10)
        staller.close()


def _stall(c):
    try:
        c.execute("CREATE FUNCTION pg_temp.hang() RETURNS bigint IMMUTABLE LANGUAGE plpgsql "
                  "AS $$BEGIN PERFORM pg_sleep(60); RETURN 0; END$$")
        c.execute("INSERT INTO phi.audit_log (seq) VALUES (pg_temp.hang())")
    except psycopg.Error:
        pass


@test
def committed_reads_survive_an_immediate_shutdown():
    """Reads committed before a crash (pg_ctl -m immediate) are in the log
    after recovery, and the chain verifies."""
    setup()
    with conn("au_reader") as r:
        for i in range(140, 150):
            r.execute("SELECT ssn FROM patients WHERE id = %s", (i,)).fetchone()
    restart("immediate")
    with conn("au_comp") as c:
        for i in range(140, 150):
            assert reads_of(c, f"P-{i}") == [("au_reader", "read", "plaintext")], i
    with conn() as su:
        chain_ok(su)


@test
def without_a_writer_plaintext_is_refused_unless_the_dba_chose_log():
    """No background worker can start (max_worker_processes = 0): a
    plaintext read fails closed with 55000 and a hint, before anything is
    decrypted; a sealed read still works; with phi.audit_fallback = log the
    read proceeds and the event is one structured server-log line."""
    setup()
    try:
        restart(options="-c max_worker_processes=0")
        with conn("au_reader", autocommit=False) as r:
            # asking again at once (the writer was asked for a moment ago)
            # is refused too: plaintext needs a writer running
            for attempt in range(3):
                try:
                    r.execute("SELECT ssn FROM patients WHERE id = 161").fetchone()
                    raise AssertionError(f"plaintext disclosed without an audit writer (attempt {attempt})")
                except psycopg.Error as e:
                    assert e.sqlstate == "55000", e.sqlstate
                    assert "audit" in e.diag.message_primary, e.diag.message_primary
                    assert "phi.audit_fallback" in (e.diag.message_hint or ""), e.diag.message_hint
                r.rollback()
        with conn("au_sealed") as s:
            assert s.execute("SELECT ssn::text FROM patients WHERE id = 161").fetchone()[0].startswith("phi1:")
        restart(options="-c max_worker_processes=0 -c phi.audit_fallback=log")
        with conn("au_reader") as r:
            assert r.execute("SELECT ssn FROM patients WHERE id = 162").fetchone()[0] == "555-01-0162"
        log = open(f"{DIR}/server.log").read()
        lines = [l for l in log.splitlines() if "pg_phi audit event (not in phi.audit_log)" in l]
        assert any('"actor":"au_reader"' in l and '"outcome":"plaintext"' in l for l in lines), lines[-3:]
        assert not any("555-01-0162" in l or "P-162" in l for l in lines)
    finally:
        restart()
    with conn() as su:
        chain_ok(su)


if __name__ == "__main__":
    try:
        main()
    finally:
        subprocess.run(["bash", CLUSTER_SH, "stop", DIR], check=False, capture_output=True)
