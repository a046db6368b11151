"""pg_phi integration tests for the read audit pipeline: behaviour that
needs real clients, several sessions, a killed writer, a crash, or a server
started with settings the shared cluster does not have. These tests run
their own cluster (scripts/cluster.sh, port 54341) and restart it.

Run by tests/integration/run.sh. Prints one line per test and a closing
'N passed, M failed'.
"""
import os
import re
import subprocess
import sys
import threading
import time

import psycopg

from harness import PG_BIN, expect_error, main, test

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
def autovacuum_sees_the_writers_inserts():
    """The writer reports its inserts to the cumulative statistics, as a
    backend does between statements: otherwise autovacuum never saw the
    log grow, and never vacuumed or analyzed it nor merged its index's
    pending list."""
    setup()
    with conn() as c:
        def inserted():
            c.execute("SELECT pg_stat_clear_snapshot()")
            return c.execute("SELECT n_tup_ins FROM pg_stat_all_tables "
                             "WHERE relid = 'phi.audit_log'::regclass").fetchone()[0]
        before = inserted()
        with conn("au_reader") as r:
            for i in range(40, 60):
                r.execute("SELECT ssn FROM patients WHERE id = %s", (i,)).fetchone()
        deadline = time.time() + 10
        while inserted() < before + 20:
            assert time.time() < deadline, f"the writer's inserts never reached the statistics ({before} -> {inserted()})"
            time.sleep(0.2)


@test
def vacuum_and_the_writer_do_not_lock_each_other_out():
    """The writer serializes its batches with a lock of its own, not with
    the SHARE UPDATE EXCLUSIVE lock VACUUM takes: autovacuum skips a
    table whose lock it cannot have at once, and the writer, in a
    transaction almost all the time under load, held it then, so the log
    was never vacuumed and its GIN pending list only ever merged inline
    by the writer, stalling every audited commit. Here a session holds
    VACUUM's lock while a synced read must be written; then SQL's own
    advisory locks on the log's oid cannot stall the writer either."""
    setup()
    with conn(autocommit=False) as holder, conn("au_reader") as r:
        holder.execute("LOCK TABLE phi.audit_log IN SHARE UPDATE EXCLUSIVE MODE")
        t = time.time()
        assert r.execute("SELECT ssn FROM patients WHERE id = 61").fetchone()[0] == "555-01-0061"
        assert time.time() - t < 2, f"the synced read waited {time.time() - t:.1f} s for VACUUM's lock"
        holder.rollback()
        relid = holder.execute("SELECT 'phi.audit_log'::regclass::oid::int").fetchone()[0]
        holder.execute("SELECT pg_advisory_xact_lock(%s), pg_advisory_xact_lock(%s, 0), pg_advisory_xact_lock(0, %s)",
                       (relid, relid, relid))
        assert r.execute("SELECT ssn FROM patients WHERE id = 62").fetchone()[0] == "555-01-0062"
        holder.rollback()
    with conn() as c:
        chain_ok(c)


@test
def the_index_cleaner_merges_the_pending_list_before_the_writer_must():
    """GIN appends each new row's subjects to a pending list, merged into
    the index by whoever inserts once it passes gin_pending_list_limit:
    left alone, the writer would, for seconds, every audited commit
    waiting. Past a quarter of the limit the writer starts the index
    cleaner (gin_clean_pending_list in a worker of its own). Here, with
    autovacuum off for the log and the list kept under the limit (so no
    inserter merges it), only the cleaner can empty it."""
    setup()
    with conn() as c:
        c.execute("CREATE EXTENSION IF NOT EXISTS pgstattuple")
        # patients of its own, so the other tests' accounting stays exact
        c.execute("CREATE TABLE ward (id int PRIMARY KEY, mrn text, ssn text)")
        c.execute("CALL phi.protect_column('ward', 'ssn', 'ssn', 'mrn')")
        c.execute("INSERT INTO ward SELECT i, 'W-' || i, '555-02-' || lpad(i::text, 4, '0') FROM generate_series(1, 300) i")
        c.execute("GRANT SELECT ON ward TO au_reader")
        c.execute("ALTER TABLE phi.audit_log SET (autovacuum_enabled = false)")
        c.execute("ALTER INDEX phi.audit_log_subjects SET (gin_pending_list_limit = 256)")  # kB: 32 pages
        try:
            c.execute("SELECT gin_clean_pending_list('phi.audit_log_subjects')")

            def pending():
                """(pages, log rows) in the pending list."""
                return c.execute("SELECT pending_pages, pending_tuples FROM pgstatginindex('phi.audit_log_subjects')").fetchone()

            def last_seq():
                return c.execute("SELECT max(seq) FROM phi.audit_log").fetchone()[0]
            assert pending() == (0, 0)
            first = last_seq()
            with conn("au_reader") as r:
                for _ in range(6):  # 300 subjects a scan, about 2 pages
                    assert r.execute("SELECT count(ssn::text) FROM ward").fetchone()[0] == 300
            # every row since the merge above is in the list until someone
            # merges it again; the cleaner starts once it passes 8 pages,
            # and what arrives while it runs may stay (under a quarter)
            added = last_seq() - first
            deadline = time.time() + 15
            while pending()[1] >= added:
                assert time.time() < deadline, f"the pending list kept all {added} rows ({pending()[0]} pages)"
                time.sleep(0.1)
            assert pending()[0] < 8, pending()
            chain_ok(c)
        finally:
            c.execute("ALTER INDEX phi.audit_log_subjects RESET (gin_pending_list_limit)")
            c.execute("ALTER TABLE phi.audit_log RESET (autovacuum_enabled)")


@test
def a_read_over_tcp_records_the_client_address():
    """The writer stores the reader's address (an inet, made by the type's
    input function on its fast path) and application name as an SQL
    INSERT would, and the chain over them verifies in the server and in
    the independent verifier."""
    setup()
    # the test clusters listen on a Unix socket only: TCP for this test
    restart(options="-c listen_addresses=127.0.0.1")
    try:
        with psycopg.connect(host="127.0.0.1", port=PORT, dbname=DB, user="au_reader", autocommit=True,
                             application_name="tcp-it") as r:
            assert r.execute("SELECT ssn FROM patients WHERE id = 31").fetchone()[0] == "555-01-0031"
        with conn() as c:
            row = c.execute("SELECT host(client_addr), application_name FROM phi.audit_log "
                            "WHERE actor = 'au_reader' AND action = 'read' ORDER BY seq DESC LIMIT 1").fetchone()
            assert row == ("127.0.0.1", "tcp-it"), row
            chain_ok(c)
    finally:
        restart()


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
def concurrent_readers_and_writers_make_one_unbroken_chain():
    """Eight sessions reading and writing protected values at once, 25
    transactions each (a read of one patient's SSN, then an update of
    another's): one chain, verified by phi.verify_audit and the independent
    verifier, with exactly one read and one write event per transaction."""
    setup()
    with conn() as su:
        su.execute("GRANT UPDATE ON patients TO au_reader")
        base = su.execute("SELECT coalesce(max(seq), 0) FROM phi.audit_log").fetchone()[0]
    errors = []

    def client(k):
        try:
            with conn("au_reader", autocommit=False) as r:
                for j in range(25):
                    i = 1 + (k * 25 + j) % 100
                    r.execute("SELECT ssn FROM patients WHERE id = %s", (i,)).fetchone()
                    r.execute("UPDATE patients SET ssn = %s WHERE id = %s", (f"555-02-{k:02d}{j:02d}", 200 + k))
                    r.commit()
        except Exception as e:  # noqa: BLE001
            errors.append(e)

    threads = [threading.Thread(target=client, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    with conn() as su:
        reads, writes = su.execute(
            "SELECT coalesce(sum(row_count) FILTER (WHERE action = 'read'), 0),"
            "       coalesce(sum(row_count) FILTER (WHERE action = 'update'), 0)"
            "  FROM phi.audit_log WHERE seq > %s", (base,)).fetchone()
        assert (reads, writes) == (200, 200), (reads, writes)
        chain_ok(su)


@test
def pgbench_eight_clients_for_a_fixed_time_every_disclosure_counted():
    """pgbench, 8 clients for 5 s, each transaction a read of one
    patient's SSN and an update of the client's own patient's SSN: one
    unbroken chain (both verifiers), and the read and update events count
    exactly the transactions pgbench reports processed."""
    setup()
    with conn() as su:
        su.execute("GRANT UPDATE ON patients TO au_reader")
        base = su.execute("SELECT coalesce(max(seq), 0) FROM phi.audit_log").fetchone()[0]
    script = "/tmp/pg_phi_it_pgbench.sql"
    with open(script, "w") as f:
        f.write("\\set id random(1, 100)\n"
                "BEGIN;\n"
                "SELECT ssn FROM patients WHERE id = :id;\n"
                "UPDATE patients SET ssn = '555-03-' || lpad((:id)::text, 4, '0') WHERE id = 200 + :client_id;\n"
                "END;\n")
    r = subprocess.run([f"{PG_BIN}/pgbench", "-n", "-c", "8", "-j", "2", "-T", "5", "-M", "prepared", "-f", script,
                        "-h", DIR, "-p", str(PORT), "-U", "au_reader", DB], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr[-2000:]
    m = re.search(r"number of transactions actually processed: (\d+)", r.stdout)
    assert m, r.stdout
    n = int(m.group(1))
    assert n > 0
    with conn() as su:
        reads, writes, readers = su.execute(
            "SELECT coalesce(sum(row_count) FILTER (WHERE action = 'read'), 0),"
            "       coalesce(sum(row_count) FILTER (WHERE action = 'update'), 0),"
            "       count(DISTINCT backend_pid) FILTER (WHERE action = 'read')"
            "  FROM phi.audit_log WHERE seq > %s", (base,)).fetchone()
        assert (reads, writes) == (n, n), (reads, writes, n)
        assert readers == 8, readers
        chain_ok(su)


def _load(committed, errors):
    """Four readers, each until its connection breaks, counting per patient
    the reads whose COMMIT returned (autocommit)."""
    def run(k):
        i = 0
        mine = committed[k]
        try:
            with conn("au_reader") as r:
                while True:
                    pid = 1 + (k * 37 + i) % 100
                    i += 1
                    r.execute("SELECT ssn FROM patients WHERE id = %s", (pid,)).fetchone()
                    mine[pid] = mine.get(pid, 0) + 1
        except psycopg.Error:
            return   # the crash
        except Exception as e:  # noqa: BLE001
            errors.append(e)
    return [threading.Thread(target=run, args=(k,), daemon=True) for k in range(4)]


def _crash_during_load(kill):
    setup()
    with conn() as su:
        base = su.execute("SELECT coalesce(max(seq), 0) FROM phi.audit_log").fetchone()[0]
    committed, errors = [{} for _ in range(4)], []
    threads = _load(committed, errors)
    for t in threads:
        t.start()
    time.sleep(2)
    kill()
    for t in threads:
        t.join(60)
    assert not any(t.is_alive() for t in threads), "a reader outlived the crash"
    assert not errors, errors
    total = {}
    for mine in committed:
        for pid, n in mine.items():
            total[pid] = total.get(pid, 0) + n
    assert total, "no read committed before the crash"
    deadline = time.time() + 60
    while True:
        try:
            with conn() as su:
                su.execute("SELECT 1")
            break
        except psycopg.Error:
            assert time.time() < deadline, "the server did not come back"
            time.sleep(0.5)
    with conn() as su:
        chain_ok(su)
        # every read whose COMMIT returned, up to the crash, is in the log:
        # per patient, at least as many read events as committed reads
        seen = dict(su.execute(
            "SELECT p.id, sum(l.row_count) FROM patients p, phi.audit_log l "
            "WHERE l.seq > %s AND l.action = 'read' AND decode(phi.subject_digest(p.mrn), 'hex') = ANY (l.subjects) "
            "GROUP BY p.id", (base,)).fetchall())
        missing = {pid: (n, int(seen.get(pid, 0))) for pid, n in total.items() if seen.get(pid, 0) < n}
        assert not missing, f"committed reads missing after the crash (patient: committed, logged): {dict(list(missing.items())[:10])}"


@test
def kill_9_of_a_backend_during_audited_load_loses_no_committed_read():
    """SIGKILL of one reading backend while four read (the postmaster then
    restarts every backend and the writer): after recovery the chain
    verifies and every read whose COMMIT had returned is in the log."""
    def kill():
        with conn() as su:
            pid = su.execute("SELECT pid FROM pg_stat_activity WHERE usename = 'au_reader' LIMIT 1").fetchone()[0]
        subprocess.run(["kill", "-9", str(pid)], check=True)
    _crash_during_load(kill)


@test
def kill_9_of_the_postmaster_during_audited_load_loses_no_committed_read():
    """SIGKILL of the postmaster while four sessions read, then a start:
    after crash recovery the chain verifies and every read whose COMMIT had
    returned is in the log."""
    def kill():
        pid = int(open(f"{DIR}/postmaster.pid").readline())
        subprocess.run(["kill", "-9", str(pid)], check=True)
        # the orphaned children notice the postmaster is gone and exit;
        # until they have, a new postmaster refuses to start
        deadline = time.time() + 60
        while True:
            r = subprocess.run(["sudo", "-u", "postgres", "-H", f"{PG_BIN}/pg_ctl", "-D", DIR, "-w", "-l",
                                f"{DIR}/server.log", "start"], capture_output=True)
            if r.returncode == 0:
                break
            assert time.time() < deadline, r.stderr[-500:]
            time.sleep(0.5)
    _crash_during_load(kill)


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
            for _ in range(3):
                e = expect_error("55000", r.execute, "SELECT ssn FROM patients WHERE id = 161")
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
