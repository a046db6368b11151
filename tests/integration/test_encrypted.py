"""pg_phi integration tests for encrypted columns (phi.encrypted_text):
pg_dump/pg_restore with the right and a wrong master key, a real client
driver (psycopg 3 prepared statements, COPY text and binary), online and
resumable re-encryption across sessions, key configuration errors, and what
a non-superuser can see.

Run by tests/integration/run.sh against a throwaway cluster (started by
scripts/cluster.sh with a random master key file in "$PGHOST.master.key");
connection from PGHOST/PGPORT/PGUSER (a superuser, which is NOT a member of
phi_reader). Runs as root; the server runs as the OS user postgres, so key
files the server must read are chowned to postgres, mode 0600, and live
outside PGDATA. Prints one line per test and a closing 'N passed, M failed'
line; exits non-zero on any failure.
"""
import os
import pwd
import re
import subprocess
import threading
import time

import psycopg
from psycopg import errors as pgerr
from psycopg import sql

from harness import PG_BIN, connect, expect_error, main, test


READER = "it_phi_reader"   # LOGIN role granted phi_reader: sees plaintext
PLAIN = "it_plain"         # LOGIN role with table privileges only
CLUSTER = os.environ.get("PGHOST", "/tmp/pg_phi_integration")


def fresh_db(name, extension=True):
    with connect() as c:
        c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        c.execute(f'CREATE DATABASE "{name}"')
    if extension:
        with connect(name) as c:
            c.execute("CREATE EXTENSION pg_phi")
            c.execute("SELECT phi.init_keys()")
        ensure_roles()
    return name


def ensure_roles():
    """Cluster-wide login roles (phi_reader exists once CREATE EXTENSION ran)."""
    with connect() as c:
        for role in (READER, PLAIN):
            if not c.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone():
                c.execute(f'CREATE ROLE "{role}" LOGIN')
        c.execute(f'GRANT phi_reader TO "{READER}"')


def error_text(e):
    """Everything the client sees of an error: message, detail, hint, context."""
    # Not str(e): libpq appends "LINE 1: <the client's own query text>"
    # client-side; tests pass values as parameters anyway.
    d = e.diag
    parts = [d.message_primary, d.message_detail, d.message_hint, d.context, d.internal_query]
    return "\n".join(p for p in parts if p)


def write_key_file(path, mode=0o600, key_hex=None):
    """A master key file owned by the server's OS user."""
    if os.path.exists(path):
        os.unlink(path)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(key_hex or os.urandom(32).hex())
    pg = pwd.getpwnam("postgres")
    os.chown(path, pg.pw_uid, pg.pw_gid)
    os.chmod(path, mode)
    return path


def run(cmd, env_extra=None):
    env = dict(os.environ)
    env.update(env_extra or {})
    r = subprocess.run(cmd, env=env, capture_output=True, text=True)
    assert r.returncode == 0, f"{cmd[0]} exited {r.returncode}:\n{r.stderr[-3000:]}"
    return r


CLUSTER_SH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scripts", "cluster.sh")


def stop_cluster(datadir, mode="fast"):
    if os.path.exists(f"{datadir}/postmaster.pid"):
        subprocess.run(["sudo", "-u", "postgres", "-H", f"{PG_BIN}/pg_ctl", "-D", datadir, "-m", mode, "-w", "stop"],
                       capture_output=True)


def key_rows(conn):
    return conn.execute(
        "SELECT key_id, version, wrapped_key, kek_fingerprint, state FROM phi.keys ORDER BY 1, 2"
    ).fetchall()


# ---------------------------------------------------------------- dump / restore

N_PATIENTS = 200


def patient(i):
    # Distinctive plaintexts: none of these can occur by chance in a dump.
    ssn = f"{100 + i:03d}-{10 + i % 89:02d}-{1000 + i * 37:04d}"
    note = f"Patient {i} bitten by a wallaby; follow-up in {1 + i % 12} weeks (chart {i:04d})"
    return (i, f"MRN{i:06d}", ssn, note)


PATIENTS = [patient(i) for i in range(N_PATIENTS)]
DUMP = "/tmp/pg_phi_it_encrypted.custom"
_dump_state = {}


def patients_dump():
    """Builds it_enc_src (patients with ssn and note protected) and dumps it
    with pg_dump -Fc as the superuser; returns the source's phi.keys rows."""
    if _dump_state.get("keys"):
        return _dump_state["keys"]
    src = fresh_db("it_enc_src")
    with connect(src) as c:
        c.execute("CREATE TABLE patients (id int PRIMARY KEY, mrn text, ssn text, note text)")
        with c.cursor().copy("COPY patients (id, mrn, ssn, note) FROM STDIN") as cp:
            for row in PATIENTS:
                cp.write_row(row)
        c.execute("CALL phi.protect_column('patients', 'ssn', 'ssn', 'mrn', true)")
        c.execute("CALL phi.protect_column('patients', 'note', 'note')")
        c.execute(f'GRANT SELECT, INSERT ON patients TO "{READER}"')
        keys = key_rows(c)
    assert [(k[0], k[1]) for k in keys] == [(1, 1), (2, 1), (3, 1)], keys
    # Precondition: in the source, a reader sees every original value.
    with connect(src, user=READER) as c:
        got = c.execute("SELECT id, mrn, ssn, note FROM patients ORDER BY id").fetchall()
        assert got == PATIENTS, got[:3]
    if os.path.exists(DUMP):
        os.unlink(DUMP)
    run([f"{PG_BIN}/pg_dump", "-Fc", "-f", DUMP, src])
    _dump_state["keys"] = keys
    return keys


def assert_no_plaintext(sql_text, where):
    for (_, _, ssn, note) in PATIENTS:
        assert ssn not in sql_text, f"plaintext SSN {ssn} in {where}"
        assert note not in sql_text, f"plaintext note in {where}: {note}"
    assert "wallaby" not in sql_text, f"a plaintext note word is in {where}"
    # Every ssn and note value is there, sealed.
    n = len(re.findall(r"\tphi1:[A-Za-z0-9+/=]+", sql_text))
    assert n >= 2 * N_PATIENTS, f"{where}: only {n} sealed values"


@test
def dump_has_only_sealed_values_and_restores_losslessly():
    src_keys = patients_dump()
    # The same dump as plain SQL, twice: converted from the archive, and
    # pg_dump -Fp directly.
    from_archive = run([f"{PG_BIN}/pg_restore", "-f", "-", DUMP]).stdout
    plain = run([f"{PG_BIN}/pg_dump", "-Fp", "it_enc_src"]).stdout
    with connect() as c:
        key_file = c.execute("SHOW phi.master_key_file").fetchone()[0]
    with open(key_file) as f:
        master_hex = f.read().strip()
    for text, where in ((from_archive, "pg_restore -f of the -Fc dump"), (plain, "pg_dump -Fp")):
        assert_no_plaintext(text, where)
        assert "CREATE EXTENSION IF NOT EXISTS pg_phi" in text, where
        assert master_hex not in text and master_hex.upper() not in text, f"master key in {where}"
        assert "COPY phi.keys" in text, f"{where} lacks the wrapped data keys"

    dst = fresh_db("it_enc_dst", extension=False)
    run([f"{PG_BIN}/pg_restore", "--exit-on-error", "-d", dst, DUMP])
    with connect(dst) as c:
        assert key_rows(c) == src_keys, "phi.keys changed in the restore"
        # Superuser still sees only sealed values after the restore.
        sealed = c.execute("SELECT ssn::text, note::text FROM patients ORDER BY id").fetchall()
        assert all(s.startswith("phi1:") and n.startswith("phi1:") for s, n in sealed), sealed[:2]
        assert c.execute(
            "SELECT count(*) FROM pg_trigger WHERE tgrelid = 'patients'::regclass AND NOT tgisinternal"
        ).fetchone()[0] == 2
    with connect(dst, user=READER) as c:
        got = c.execute("SELECT id, mrn, ssn, note FROM patients ORDER BY id").fetchall()
        assert got == PATIENTS, [g for g, p in zip(got, PATIENTS) if g != p][:3]
        dec = c.execute("SELECT id, phi.decrypt(ssn), phi.decrypt(note) FROM patients ORDER BY id").fetchall()
        assert dec == [(i, s, n) for (i, _, s, n) in PATIENTS]
        meta = c.execute(
            "SELECT count(*) FROM patients WHERE phi.data_class(ssn) = 'ssn' AND phi.subject(ssn) = phi.subject_digest(mrn)"
            " AND phi.data_class(note) = 'note' AND phi.subject(note) IS NULL"
        ).fetchone()[0]
        assert meta == N_PATIENTS, meta
        # Blind index lookups, on restored rows and on a row written after.
        for (i, _, ssn, _) in (PATIENTS[0], PATIENTS[57], PATIENTS[-1]):
            ids = c.execute("SELECT id FROM patients WHERE ssn_bidx = phi.blind_index(%s, 'ssn')",
                            (ssn,)).fetchall()
            assert ids == [(i,)], (ssn, ids)
        c.execute("INSERT INTO patients VALUES (1000, 'MRN001000', '999-01-2345', 'after restore')")
        ids = c.execute("SELECT id, ssn, phi.subject(ssn) = phi.subject_digest('MRN001000') FROM patients"
                        " WHERE ssn_bidx = phi.blind_index('999-01-2345', 'ssn')").fetchall()
        assert ids == [(1000, "999-01-2345", True)], ids


@test
def restore_with_a_different_master_key_fails_clearly_and_loses_nothing():
    src_keys = patients_dump()
    alt = write_key_file(f"{CLUSTER}.alt.key")
    db = fresh_db("it_enc_altkey", extension=False)
    # The restore itself needs no key: sealed text is loaded as is.
    run([f"{PG_BIN}/pg_restore", "--exit-on-error", "-d", db, DUMP],
        {"PGOPTIONS": f"-c phi.master_key_file={alt}"})

    with connect() as c:
        cluster_key = c.execute("SHOW phi.master_key_file").fetchone()[0]
    assert cluster_key and cluster_key != alt
    with connect(db) as c:
        c.execute(f"SET phi.master_key_file = '{alt}'")
        c.execute(f'SET ROLE "{READER}"')
        for q in ("SELECT ssn FROM patients WHERE id = 0",
                  "SELECT phi.decrypt(note) FROM patients WHERE id = 1",
                  "SELECT id FROM patients WHERE ssn_bidx = phi.blind_index('100-10-1000', 'ssn')"):
            e = expect_error("28000", c.execute, q)
            msg = error_text(e)
            assert "master key" in e.diag.message_primary, msg
            assert "100-10-1000" not in msg and "wallaby" not in msg, msg
        # Writing under the wrong key fails too, and creates no key.
        e = expect_error("28000", c.execute,
                         "INSERT INTO patients VALUES (2000, 'MRN002000', %s, 'x')",
                         ("555-55-5555",))
        assert "555-55-5555" not in error_text(e)
        c.execute("RESET ROLE")
        assert key_rows(c) == src_keys, "phi.keys changed under the wrong master key"
        # Same session, back to the cluster's key: everything decrypts.
        c.execute("RESET phi.master_key_file")
        assert c.execute("SHOW phi.master_key_file").fetchone()[0] == cluster_key
        c.execute(f'SET ROLE "{READER}"')
        got = c.execute("SELECT id, mrn, ssn, note FROM patients ORDER BY id").fetchall()
        assert got == PATIENTS, got[:2]
    # And a new session with the configured key.
    with connect(db, user=READER) as c:
        got = c.execute("SELECT id, mrn, ssn, note FROM patients ORDER BY id").fetchall()
        assert got == PATIENTS, got[:2]
        assert c.execute("SELECT id FROM patients WHERE ssn_bidx = phi.blind_index(%s, 'ssn')",
                         (PATIENTS[42][2],)).fetchall() == [(42,)]


@test
def restore_on_another_cluster_with_its_own_master_key():
    """The dump restored on a second cluster whose server is configured with
    a different master key (postgresql.conf, not a session SET): the
    restore needs no key; reads and writes there fail with 28000 naming
    both fingerprints and change nothing; configured with the source's
    master key (a reload, no restart), that server reads every value."""
    src_keys = patients_dump()
    with connect("it_enc_src") as c:
        src_fp = c.execute("SELECT DISTINCT master_key_fingerprint FROM phi.key_status").fetchone()[0]
        src_key_file = c.execute("SHOW phi.master_key_file").fetchone()[0]
    other, port = "/tmp/pg_phi_second", 54339
    stop_cluster(other, "immediate")
    subprocess.run(["rm", "-rf", other, f"{other}.master.key"], check=True)
    run([CLUSTER_SH, "start", other, str(port)])
    try:
        def on_other(db="postgres", user="postgres"):
            return psycopg.connect(host=other, port=port, dbname=db, user=user, autocommit=True)
        with on_other() as c:
            c.execute("CREATE DATABASE restored")
            c.execute(f'CREATE ROLE "{READER}" LOGIN')
        run([f"{PG_BIN}/pg_restore", "--exit-on-error", "-h", other, "-p", str(port), "-d", "restored", DUMP])
        with on_other("restored") as c:
            c.execute(f'GRANT phi_reader TO "{READER}"')
            other_fp = c.execute("SELECT phi.master_key_fingerprint()").fetchone()[0]
            assert other_fp != src_fp
        with on_other("restored", READER) as c:
            for q in ("SELECT ssn FROM patients WHERE id = 0", "SELECT phi.decrypt(note) FROM patients WHERE id = 1"):
                e = expect_error("28000", c.execute, q)
                msg = error_text(e)
                assert src_fp in msg and other_fp in msg, msg
                assert "100-10-1000" not in msg and "wallaby" not in msg, msg
            expect_error("28000", c.execute, "INSERT INTO patients VALUES (2000, 'M', '555-55-5555', 'x')")
        with on_other("restored") as c:
            assert key_rows(c) == src_keys, "phi.keys changed on the wrong master key"
            assert c.execute("SELECT count(*) FROM patients").fetchone()[0] == N_PATIENTS
            # the server is given the source's key: a reload, then a new session
            c.execute(sql.SQL("ALTER SYSTEM SET phi.master_key_file = {}").format(sql.Literal(src_key_file)))
            c.execute("SELECT pg_reload_conf()")
        deadline = time.time() + 10
        while True:
            with on_other("restored", READER) as c:
                try:
                    got = c.execute("SELECT id, mrn, ssn, note FROM patients ORDER BY id").fetchall()
                    break
                except pgerr.InvalidAuthorizationSpecification:
                    assert time.time() < deadline, "the reloaded master key never took effect"
                    time.sleep(0.1)
        assert got == PATIENTS, got[:2]
    finally:
        stop_cluster(other)


@test
def pg_dump_by_a_reader_holds_plaintext_unless_sealed_output_is_on():
    """A phi_reader member's pg_dump writes what that role sees: plaintext.
    With PGOPTIONS='-c phi.sealed_output=on' it writes the sealed values,
    byte for byte the ones a superuser's dump carries."""
    patients_dump()

    def copy_lines(sql_text):
        lines = sql_text.splitlines()
        start = next(i for i, l in enumerate(lines) if l.startswith("COPY public.patients "))
        return lines[start + 1:lines.index("\\.", start)]
    dump = [f"{PG_BIN}/pg_dump", "--data-only", "-t", "patients", "it_enc_src"]
    as_reader = run(dump + ["-U", READER]).stdout
    rows = copy_lines(as_reader)
    # (the fifth column is ssn's blind index)
    assert sorted(tuple(r.split("\t")[:4]) for r in rows) == sorted((str(i), m, s, n) for i, m, s, n in PATIENTS), rows[:2]
    sealed = run(dump + ["-U", READER], {"PGOPTIONS": "-c phi.sealed_output=on"}).stdout
    assert_no_plaintext(sealed, "a reader's dump with phi.sealed_output=on")
    superuser = run(dump).stdout
    assert copy_lines(sealed) == copy_lines(superuser)


# ---------------------------------------------------------------- client driver

@test
def restore_into_a_database_with_keys_of_its_own_is_refused_clearly():
    """A dump restored into a database where phi.init_keys() already ran:
    the dumped keys (which sealed its values) cannot replace the database's
    own. pg_restore (which goes on past errors by default) reports, at
    phi.keys, why and what to do, and the database's keys stay as they were.
    (The dump's CREATE SCHEMA phi fails there too: restore into a database
    without the extension, as the README says.)"""
    patients_dump()
    dst = fresh_db("it_enc_dst_keyed")  # CREATE EXTENSION and init_keys()
    with connect(dst) as c:
        own = key_rows(c)
    r = subprocess.run([f"{PG_BIN}/pg_restore", "-d", dst, DUMP], capture_output=True, text=True)
    assert r.returncode != 0, "the restore reported no error over the database's own keys"
    assert "phi.keys already holds key 1 version 1: this database has keys of its own" in r.stderr, r.stderr[-2000:]
    assert "where phi.init_keys() has not run" in r.stderr, r.stderr[-2000:]
    with connect(dst) as c:
        assert key_rows(c) == own, "the database's own keys changed"


@test
def psycopg_prepared_statements_and_copy():
    db = fresh_db("it_enc_client")
    with connect(db) as c:
        c.execute("CREATE TABLE visits (id int PRIMARY KEY, mrn text, ssn text)")
        c.execute("CALL phi.protect_column('visits', 'ssn', 'ssn', 'mrn', true)")
        c.execute("CREATE TABLE visits_copy (id int PRIMARY KEY, mrn text, ssn phi.encrypted_text)")
        c.execute("CALL phi.protect_column('visits_copy', 'ssn', 'ssn', 'mrn')")
        c.execute("CREATE TABLE visits_bin (id int PRIMARY KEY, mrn text, ssn phi.encrypted_text)")
        c.execute("CALL phi.protect_column('visits_bin', 'ssn', 'ssn', 'mrn')")
        c.execute(f'GRANT SELECT, INSERT ON visits_bin TO "{PLAIN}"')
        c.execute(f'GRANT SELECT ON visits_bin TO "{READER}"')
        c.execute(f'GRANT SELECT, INSERT ON visits TO "{READER}"')
        c.execute(f'GRANT SELECT ON visits TO "{PLAIN}"')
        c.execute(f'GRANT SELECT, INSERT ON visits_copy TO "{PLAIN}"')
        c.execute(f'GRANT SELECT ON visits_copy TO "{READER}"')

    rows = [(i, f"M{i:05d}", f"{300 + i:03d}-{20 + i % 70:02d}-{2000 + i:04d}") for i in range(200)]
    with connect(db, user=READER) as c:
        # Server-side prepared statements, text (%s) and binary (%b) params.
        for r in rows[:40]:
            c.execute("INSERT INTO visits (id, mrn, ssn) VALUES (%s, %s, %s)", r, prepare=True)
        for r in rows[40:100]:
            c.execute("INSERT INTO visits (id, mrn, ssn) VALUES (%b, %b, %b)", r, prepare=True)
        for (i, _, ssn) in rows[:100]:
            got = c.execute("SELECT ssn, phi.decrypt(ssn) FROM visits WHERE id = %s", (i,),
                            prepare=True).fetchone()
            assert got == (ssn, ssn), (i, got)
        prepared = c.execute("SELECT count(*) FROM pg_prepared_statements").fetchone()[0]
        assert prepared >= 3, f"only {prepared} server-side prepared statements"
        # Binary results: the send function gives the reader the plaintext.
        cur = c.cursor(binary=True)
        cur.execute("SELECT ssn FROM visits WHERE id = %s", (7,))
        assert cur.fetchone()[0] == rows[7][2].encode(), "binary result"
        # COPY FROM STDIN, text then binary format: the trigger seals them.
        with c.cursor().copy("COPY visits (id, mrn, ssn) FROM STDIN") as cp:
            for r in rows[100:150]:
                cp.write_row(r)
        with c.cursor().copy("COPY visits (id, mrn, ssn) FROM STDIN (FORMAT binary)") as cp:
            cp.set_types(["int4", "text", "text"])
            for r in rows[150:]:
                cp.write_row(r)
        got = c.execute("SELECT id, mrn, ssn FROM visits ORDER BY id").fetchall()
        assert got == rows, [g for g, r in zip(got, rows) if g != r][:3]
        meta = c.execute("SELECT count(*) FROM visits WHERE phi.data_class(ssn) = 'ssn'"
                         " AND phi.subject(ssn) = phi.subject_digest(mrn) AND ssn_bidx IS NOT NULL").fetchone()[0]
        assert meta == len(rows), meta
        for r in (rows[0], rows[60], rows[120], rows[180]):
            assert c.execute("SELECT id FROM visits WHERE ssn_bidx = phi.blind_index(%s, 'ssn')",
                             (r[2],)).fetchall() == [(r[0],)], r

    with connect(db, user=PLAIN) as c:
        # COPY TO STDOUT as a non-reader: sealed values only.
        out = bytearray()
        with c.cursor().copy("COPY visits (id, mrn, ssn) TO STDOUT") as cp:
            for block in cp:
                out += block
        text = out.decode()
        for (_, _, ssn) in rows:
            assert ssn not in text, f"plaintext {ssn} in COPY TO as a non-reader"
        sealed = [line.split("\t") for line in text.splitlines()]
        assert len(sealed) == len(rows)
        assert all(s[2].startswith("phi1:") for s in sealed), sealed[:2]
        with c.cursor().copy("COPY visits (id, mrn, ssn) TO STDOUT (FORMAT binary)") as cp:
            cp.set_types(["int4", "text", "text"])
            bin_rows = list(cp.rows())
        assert sorted((int(i), m, s) for i, m, s in bin_rows) == sorted((int(i), m, s) for i, m, s in sealed)
        # ... which load as is into another encrypted column (same class and
        # subject, so the column's trigger accepts them without re-sealing).
        with c.cursor().copy("COPY visits_copy (id, mrn, ssn) FROM STDIN") as cp:
            cp.write(text)
        copied = c.execute("SELECT id, mrn, ssn::text FROM visits_copy ORDER BY id").fetchall()
        want = sorted((int(i), m, s) for i, m, s in sealed)
        assert want == copied, [(w, g) for w, g in zip(want, copied) if w != g][:2]
        # ... and through binary COPY FROM (the type's receive function):
        # the same sealed bytes, not sealed a second time.
        with c.cursor().copy("COPY visits_bin (id, mrn, ssn) FROM STDIN (FORMAT binary)") as cp:
            cp.set_types(["int4", "text", "text"])
            for i, m, v in sealed:
                cp.write_row((int(i), m, v))
        assert c.execute("SELECT id, mrn, ssn::text FROM visits_bin ORDER BY id").fetchall() == want
        # A sealed value moved to another patient's row is refused: this
        # role has no plaintext rights to re-bind it with.
        e = expect_error("42501", c.execute,
                         "INSERT INTO visits_copy VALUES (9999, 'SOMEONE-ELSE', %s)", (sealed[0][2],))
        assert "another subject" in e.diag.message_primary, error_text(e)
        # A non-reader cannot ask for plaintext.
        assert c.execute("SELECT phi.decrypt(ssn) FROM visits_copy WHERE id = 0").fetchone()[0] \
            .startswith("phi1:")
    with connect(db, user=READER) as c:
        for t in ("visits_copy", "visits_bin"):
            got = c.execute(f"SELECT id, mrn, ssn FROM {t} ORDER BY id").fetchall()
            assert got == rows, (t, [g for g, r in zip(got, rows) if g != r][:3])


# ---------------------------------------------------------------- re-encryption

N_BIG = 20000


def big_table(db):
    with connect(db) as c:
        c.execute("CREATE TABLE big (id int PRIMARY KEY, mrn text, ssn text, note text)")
        c.execute("INSERT INTO big SELECT g, 'MRN' || g, lpad(g::text, 5, '0') || '-45-6789', 'n'"
                  " FROM generate_series(1, %s) g", (N_BIG,))
        c.execute("CALL phi.protect_column('big', 'ssn', 'ssn', 'mrn')")
        c.execute("VACUUM ANALYZE big")
        c.execute(f'GRANT SELECT, UPDATE ON big TO "{READER}"')
        return c.execute("SELECT pg_relation_size('big') / current_setting('block_size')::int").fetchone()[0]


def original_ssn(i):
    return f"{i:05d}-45-6789"


def versions(conn, table="big"):
    return dict(conn.execute(f"SELECT phi.key_version(ssn), count(*) FROM {table} GROUP BY 1").fetchall())


def progress(conn, table="big"):
    return conn.execute(
        "SELECT batches, rows_resealed, next_block, total_blocks, finished_at IS NOT NULL"
        " FROM phi.reencrypt_progress WHERE table_name = %s AND target_version = 2", (table,)
    ).fetchone()


class Reencrypt(threading.Thread):
    """CALL phi.reencrypt(batch) in its own session, in the background."""

    def __init__(self, db, batch=500):
        super().__init__(daemon=True)
        self.conn = connect(db)
        self.pid = self.conn.info.backend_pid
        self.batch = batch
        self.error = None

    def run(self):
        try:
            self.conn.execute("CALL phi.reencrypt(%s)", (self.batch,))
        except Exception as e:  # noqa: BLE001 - reported by the test
            self.error = e
        finally:
            self.conn.close()


def wait_until_blocked(conn, pid, timeout=30):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if conn.execute("SELECT wait_event_type = 'Lock' FROM pg_stat_activity WHERE pid = %s",
                        (pid,)).fetchone()[0]:
            return
        time.sleep(0.02)
    raise AssertionError("phi.reencrypt never reached the locked row")


class LockWatch(threading.Thread):
    """Samples, from its own session, every lock the sessions `pids` wait
    for, until stopped: what they waited on, and who held it."""

    def __init__(self, db, pids):
        super().__init__(daemon=True)
        self.conn = connect(db)
        self.pids = list(pids)
        self.waits = []
        self.samples = 0
        self.stop = threading.Event()

    def run(self):
        try:
            while not self.stop.is_set():
                self.waits += self.conn.execute(
                    "SELECT l.pid, l.locktype, l.mode, pg_blocking_pids(l.pid) FROM pg_locks l"
                    " WHERE NOT l.granted AND l.pid = ANY(%s)", (self.pids,)).fetchall()
                self.samples += 1
                time.sleep(0.002)
        finally:
            self.conn.close()

    def relation_waits_on(self, pid):
        """Waits for a table-level lock held by `pid` (a row lock shows as a
        transactionid wait, held only until the batch commits)."""
        return [w for w in self.waits if w[1] == "relation" and pid in w[3]]


def run_in_thread(fn):
    """Runs fn in a thread and returns the thread and where its error goes."""
    result = {}

    def body():
        try:
            fn()
        except Exception as e:  # noqa: BLE001
            result["error"] = e

    t = threading.Thread(target=body, daemon=True)
    t.start()
    return t, result


@test
def reencrypt_is_resumable_and_online():
    db = fresh_db("it_enc_reencrypt")
    nblocks = big_table(db)
    assert nblocks > 100, nblocks
    admin = connect(db)
    locker = connect(db, autocommit=False)
    app = connect(db, user=READER)
    try:
        admin.execute("CALL phi.rotate_key()")
        assert versions(admin) == {1: N_BIG}
        e = expect_error("55006", admin.execute, "SELECT phi.retire_key_version(1)")
        assert f"{N_BIG} values" in e.diag.message_primary, error_text(e)

        # A row lock half-way down the table stops the run there, with the
        # batches before it committed (deterministic, unlike a timer).
        mid = locker.execute("SELECT id FROM big WHERE ctid >= %s::tid ORDER BY ctid LIMIT 1",
                             (f"({nblocks // 2},0)",)).fetchone()[0]
        locker.execute("SELECT 1 FROM big WHERE id = %s FOR UPDATE", (mid,))
        early = app.execute("SELECT id FROM big WHERE ctid < '(1,0)'::tid ORDER BY ctid LIMIT 1").fetchone()[0]
        late = app.execute("SELECT id FROM big WHERE ctid >= %s::tid ORDER BY ctid LIMIT 2",
                           (f"({nblocks - 1},0)",)).fetchall()
        late_ssn, late_note = late[0][0], late[1][0]
        job = Reencrypt(db, 500)
        job.start()
        wait_until_blocked(admin, job.pid)
        batches, resealed, next_block, total, finished = progress(admin)
        assert batches >= 3 and 0 < next_block < total and not finished, progress(admin)
        assert resealed > 1000, resealed
        assert versions(admin) == {1: N_BIG - resealed, 2: resealed}
        pct = admin.execute("SELECT percent_done FROM phi.reencrypt_status"
                            " WHERE table_name = 'big' AND target_version = 2").fetchone()[0]
        assert 0 < pct < 100, pct

        # Online: while the run is in progress, the application reads and
        # writes rows before and after its position, without waiting.
        def app_work():
            app.execute("UPDATE big SET ssn = %s WHERE id = %s", ("111-11-1111", early))
            app.execute("UPDATE big SET ssn = %s WHERE id = %s", ("222-22-2222", late_ssn))
            app.execute("UPDATE big SET note = 'seen' WHERE id = %s", (late_note,))
            got = app.execute("SELECT id, ssn FROM big WHERE id IN (%s, %s, %s) ORDER BY id",
                              (early, late_ssn, late_note)).fetchall()
            assert got == sorted([(early, "111-11-1111"), (late_ssn, "222-22-2222"),
                                  (late_note, original_ssn(late_note))]), got
        watch = LockWatch(db, [app.info.backend_pid])
        watch.start()
        t, result = run_in_thread(app_work)
        t.join(60)  # a liveness guard, not a timing: the work is three UPDATEs
        watch.stop.set()
        watch.join()
        assert not t.is_alive(), "the application's statements never finished during phi.reencrypt"
        if "error" in result:
            raise result["error"]
        # the blocked run holds no lock that stops the application; the row
        # it waits on is the locker's
        assert not [w for w in watch.waits if job.pid in w[3]], watch.waits

        admin.execute("SELECT pg_cancel_backend(%s)", (job.pid,))
        job.join(10)
        assert not job.is_alive()
        assert isinstance(job.error, pgerr.QueryCanceled), repr(job.error)
        locker.rollback()
        # The batches before the cancel stay committed; the cancelled one is gone.
        assert progress(admin) == (batches, resealed, next_block, total, False), progress(admin)
        assert versions(admin) == {1: N_BIG - resealed - 1, 2: resealed + 1}
        e = expect_error("55006", admin.execute, "SELECT phi.retire_key_version(1)")

        # Resume, with the application writing to the protected column. Each
        # write notes how many batches had committed before it: writes seen
        # between batches show the run and the application interleaved.
        stop = threading.Event()
        seen_batches = []
        w = connect(db, user=READER)
        progress_reader = connect(db)

        def writer():
            k = 0
            while not stop.is_set():
                i = 1 + (k * 7919) % N_BIG
                if i not in (early, late_ssn):
                    w.execute("UPDATE big SET ssn = %s WHERE id = %s", (original_ssn(i), i))
                    seen_batches.append(progress(progress_reader)[0])
                k += 1
                time.sleep(0.005)
        job2 = Reencrypt(db, 500)
        watch = LockWatch(db, [w.info.backend_pid])
        watch.start()
        wt, wresult = run_in_thread(writer)
        try:
            job2.run()
        finally:
            stop.set()
            wt.join(60)
            watch.stop.set()
            watch.join()
            w.close()
            progress_reader.close()
        assert job2.error is None, job2.error
        assert "error" not in wresult, wresult
        during = sorted({b for b in seen_batches if batches < b < progress(admin)[0]})
        assert len(during) >= 2, f"no writes between the run's batches: {sorted(set(seen_batches))}"
        # the run never held a table lock the writer had to wait for
        assert not watch.relation_waits_on(job2.pid), watch.relation_waits_on(job2.pid)
        assert watch.samples > 10, watch.samples
        b2, r2, n2, _, finished = progress(admin)
        assert finished and b2 > batches and n2 >= nblocks, progress(admin)
        assert versions(admin) == {2: N_BIG}, versions(admin)
        admin.execute("SELECT phi.retire_key_version(1)")
        assert admin.execute("SELECT state, wrapped_key IS NULL FROM phi.keys WHERE key_id = 1 AND version = 1"
                             ).fetchone() == ("retired", True)
        # Nothing lost: every value opens, under version 2.
        got = dict(app.execute("SELECT id, ssn FROM big").fetchall())
        expected = {i: original_ssn(i) for i in range(1, N_BIG + 1)}
        expected.update({early: "111-11-1111", late_ssn: "222-22-2222"})
        assert got == expected, [i for i in expected if got.get(i) != expected[i]][:5]
    finally:
        admin.close()
        locker.close()
        app.close()


@test
def reencrypt_resumed_after_vacuum_reseals_rows_moved_behind_it():
    # Regression test: phi.reencrypt walks heap blocks and remembers
    # next_block. A row that an ordinary UPDATE of an *unprotected* column
    # moves into a block the run has already passed (free space there after
    # VACUUM / autovacuum) keeps its old key version. reencrypt counts each
    # column's versions after its walk and walks again when any are left, so
    # the second CALL must leave none and retire_key_version must succeed.
    db = fresh_db("it_enc_reencrypt_moved")
    nblocks = big_table(db)
    admin = connect(db)
    locker = connect(db, autocommit=False)
    try:
        admin.execute("CALL phi.rotate_key()")
        mid = locker.execute("SELECT id FROM big WHERE ctid >= %s::tid ORDER BY ctid LIMIT 1",
                             (f"({nblocks // 2},0)",)).fetchone()[0]
        locker.execute("SELECT 1 FROM big WHERE id = %s FOR UPDATE", (mid,))
        job = Reencrypt(db, 500)
        job.start()
        wait_until_blocked(admin, job.pid)
        admin.execute("SELECT pg_cancel_backend(%s)", (job.pid,))
        job.join(10)
        locker.rollback()
        assert isinstance(job.error, pgerr.QueryCanceled), repr(job.error)
        # Autovacuum would do the same: free the space of the versions the
        # committed batches replaced.
        admin.execute("VACUUM big")
        late = [r[0] for r in admin.execute(
            "SELECT id FROM big WHERE ctid >= %s::tid ORDER BY ctid LIMIT 20", (f"({nblocks - 1},0)",))]
        admin.execute("UPDATE big SET note = 'touched' WHERE id = ANY(%s)", (late,))
        admin.execute("CALL phi.reencrypt(500)")
        left = admin.execute("SELECT count(*) FROM big WHERE phi.key_version(ssn) = 1").fetchone()[0]
        assert left == 0, (
            f"phi.reencrypt finished (progress {progress(admin)}) but {left} values are still on"
            " data key version 1; they were moved by an UPDATE into blocks the run had passed")
        admin.execute("SELECT phi.retire_key_version(1)")
    finally:
        admin.close()
        locker.close()


@test
def retire_waits_for_a_write_still_open_under_the_version():
    """Session A seals a value under data key version 1 and keeps its
    transaction open; session B rotates, re-encrypts (A's row is invisible
    to it) and retires version 1. Retiring waits for A to end, then counts
    A's committed row and refuses: version 1 still opens it. (Counting
    under B's snapshot alone deleted the key A's value needed.)"""
    db = fresh_db("it_enc_retire_race")
    with connect(db) as c:
        c.execute("CREATE TABLE r (id int, v phi.encrypted_text)")
        c.execute("INSERT INTO r VALUES (1, phi.encrypt('one', 'note'))")
        c.execute(f'GRANT SELECT ON r TO "{READER}"')
    a = connect(db, autocommit=False)
    b = connect(db)
    try:
        a.execute("INSERT INTO r VALUES (2, phi.encrypt('two', 'note'))")   # version 1, open
        b.execute("CALL phi.rotate_key()")
        b.execute("SET client_min_messages = warning")
        b.execute("CALL phi.reencrypt()")
        seen = dict(b.execute("SELECT phi.key_version(v), count(*) FROM r GROUP BY 1").fetchall())
        assert seen == {2: 1}, seen  # A's row is invisible to the run
        t, result = run_in_thread(lambda: b.execute("SELECT phi.retire_key_version(1)"))
        wait_until_sleeping(db, b.info.backend_pid)
        a.commit()
        t.join(60)
        assert not t.is_alive(), "retire_key_version never finished"
        e = result.get("error")
        assert isinstance(e, psycopg.Error) and e.sqlstate == "55006", repr(e)
        assert "1 values in public.r.v still use data key version 1" in e.diag.message_primary, e.diag.message_primary
        with connect(db, user=READER) as c:
            assert c.execute("SELECT v::text FROM r ORDER BY id").fetchall() == [("one",), ("two",)]
        # once re-sealed, it retires
        b.execute("CALL phi.reencrypt()")
        b.execute("SELECT phi.retire_key_version(1)")
        with connect(db, user=READER) as c:
            assert c.execute("SELECT v::text FROM r ORDER BY id").fetchall() == [("one",), ("two",)]
        # and a fixed snapshot is refused
        with connect(db, autocommit=False) as c:
            c.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            expect_error("25001", c.execute, "SELECT phi.retire_key_version(2)")
    finally:
        a.close()
        b.close()


@test
def a_session_with_cached_keys_follows_rotation_and_retirement():
    """Session S has data key version 1 unwrapped in its cache (it wrote and
    read). Another session rotates, re-encrypts and retires version 1. S,
    never reconnecting: its next write seals under version 2, it reads the
    re-sealed values, and a stashed version-1 value opens there until the
    retirement and not after it (42704), though S still had that key."""
    db = fresh_db("it_enc_cached")
    with connect(db) as c:
        c.execute("CREATE TABLE t (id int PRIMARY KEY, mrn text, ssn text)")
        c.execute("CALL phi.protect_column('t', 'ssn', 'ssn', 'mrn')")
        c.execute("CREATE TABLE stash (v text)")
        c.execute(f'GRANT SELECT, INSERT ON t, stash TO "{READER}"')
    s = connect(db, user=READER)
    admin = connect(db)
    try:
        s.execute("INSERT INTO t VALUES (1, 'M-1', '111-11-1111')")
        assert s.execute("SELECT ssn::text, phi.key_version(ssn) FROM t").fetchone() == ("111-11-1111", 1)
        # (sealed text: a reader's ::text is plaintext unless sealed_output is on)
        s.execute("SET phi.sealed_output = on")
        s.execute("INSERT INTO stash SELECT phi.encrypt('kept outside', 'note')::text")
        s.execute("RESET phi.sealed_output")
        assert s.execute("SELECT v LIKE 'phi1:%' FROM stash").fetchone()[0]
        assert s.execute("SELECT phi.decrypt(v::phi.encrypted_text) FROM stash").fetchone()[0] == "kept outside"
        admin.execute("CALL phi.rotate_key()")
        s.execute("INSERT INTO t VALUES (2, 'M-2', '222-22-2222')")
        assert s.execute("SELECT phi.key_version(ssn) FROM t WHERE id = 2").fetchone()[0] == 2, \
            "a session that cached version 1 kept sealing under it after the rotation"
        admin.execute("SET client_min_messages = warning")
        admin.execute("CALL phi.reencrypt()")
        # version 1 is still active: S opens the stashed value
        assert s.execute("SELECT phi.decrypt(v::phi.encrypted_text) FROM stash").fetchone()[0] == "kept outside"
        admin.execute("SELECT phi.retire_key_version(1)")
        assert s.execute("SELECT id, ssn::text, phi.key_version(ssn) FROM t ORDER BY id").fetchall() == \
            [(1, "111-11-1111", 2), (2, "222-22-2222", 2)]
        e = expect_error("42704", s.execute, "SELECT phi.decrypt(v::phi.encrypted_text) FROM stash")
        assert "retired" in e.diag.message_primary, error_text(e)
    finally:
        s.close()
        admin.close()


@test
def reencrypt_survives_an_immediate_shutdown_and_resumes():
    """reencrypt's batches commit asynchronously. An immediate shutdown (no
    checkpoint; WAL not yet flushed is lost, as in a crash) during a run
    may lose the last batches, but a batch's re-sealed rows and its
    progress row commit together: after recovery the progress agrees with
    the data, every value opens, and CALL phi.reencrypt() resumes from
    there and finishes."""
    db = fresh_db("it_enc_crash")
    big_table(db)
    with connect(db) as c:
        c.execute("CALL phi.rotate_key()")
    job = Reencrypt(db, 200)
    job.start()
    with connect(db) as c:
        deadline = time.time() + 60
        while (progress(c) or (0,))[0] < 10:
            assert time.time() < deadline and job.is_alive(), ("no progress", job.error)
            time.sleep(0.005)
        seen = progress(c)[0]
    stop_cluster(CLUSTER, "immediate")
    job.join(30)
    assert not job.is_alive() and job.error is not None, "the run outlived the server"
    run([CLUSTER_SH, "start", CLUSTER, os.environ.get("PGPORT", "5432")])
    with connect(db) as c:
        p = progress(c)
        batches, resealed = (p[0], p[1]) if p else (0, 0)
        assert not (p and p[4]), f"the run was finished before the crash: {p}"
        v = versions(c)
        # the crash kept or lost whole batches, progress rows with them
        assert v.get(2, 0) == resealed and v.get(1, 0) == N_BIG - resealed, (p, v)
        print(f"     (crash after {seen}+ batches seen; {batches} survived recovery)")
    with connect(db, user=READER) as c:
        got = dict(c.execute("SELECT id, ssn FROM big").fetchall())
        assert got == {i: original_ssn(i) for i in range(1, N_BIG + 1)}, "values lost or changed in the crash"
    with connect(db) as c:
        c.execute("SET client_min_messages = warning")
        c.execute("CALL phi.reencrypt(200)")
        b2, r2, _, _, finished = progress(c)
        assert finished and b2 > batches and r2 == N_BIG, progress(c)
        assert versions(c) == {2: N_BIG}, versions(c)
        c.execute("SELECT phi.retire_key_version(1)")


def wait_until_sleeping(db, pid, timeout=30):
    """Until backend `pid` is in pg_sleep (retire_key_version's wait)."""
    with connect(db) as c:
        deadline = time.time() + timeout
        while time.time() < deadline:
            if c.execute("SELECT wait_event = 'PgSleep' FROM pg_stat_activity WHERE pid = %s", (pid,)).fetchone()[0]:
                return
            time.sleep(0.02)
    raise AssertionError("retire_key_version never waited")


@test
def rotate_master_key_rewraps_data_keys_only():
    """rotate_master_key re-wraps every data key under a new master key:
    ciphertext is untouched, sessions configured with the new key read
    everything, sessions still on the old key get 28000, and the old key's
    fingerprint disappears from phi.key_status."""
    db = fresh_db("it_enc_rotate_master")
    new_key = write_key_file(f"{CLUSTER}.rotated.key")
    admin = connect(db)
    try:
        admin.execute("CREATE TABLE p (id int PRIMARY KEY, mrn text, ssn text)")
        for i in range(50):
            admin.execute("INSERT INTO p VALUES (%s, %s, %s)", (i, f"M{i}", f"{200 + i}-55-{3000 + i}"))
        admin.execute("CALL phi.protect_column('p', 'ssn', 'ssn', 'mrn', blind_index => true)")
        admin.execute("CALL phi.rotate_key()")          # two data key versions to re-wrap
        admin.execute("INSERT INTO p VALUES (50, 'M50', '250-55-3050')")
        admin.execute(f'GRANT SELECT ON p TO "{READER}"')
        sealed_before = admin.execute("SELECT id, ssn::text FROM p ORDER BY id").fetchall()
        old_fp = admin.execute("SELECT phi.master_key_fingerprint()").fetchone()[0]
        admin.execute("CALL phi.rotate_master_key(new_key_file => %s)", (new_key,))
        rows = admin.execute("SELECT DISTINCT master_key_fingerprint FROM phi.key_status").fetchall()
        assert len(rows) == 1 and rows[0][0] != old_fp, rows
        # ciphertext untouched
        assert admin.execute("SELECT id, ssn::text FROM p ORDER BY id").fetchall() == sealed_before

        # a session configured with the new key reads everything
        with connect(db) as c:
            c.execute("SELECT set_config('phi.master_key_file', %s, false)", (new_key,))
            assert c.execute("SELECT phi.master_key_fingerprint()").fetchone()[0] == rows[0][0]
            c.execute(f'SET ROLE "{READER}"')
            got = c.execute("SELECT id, ssn::text FROM p ORDER BY id").fetchall()
            assert got == [(i, f"{200 + i}-55-{3000 + i}") for i in range(51)], got[:3]
            c.execute("RESET ROLE")
            c.execute("INSERT INTO p VALUES (51, 'M51', '251-55-3051')")
            assert c.execute("SELECT id FROM p WHERE ssn_bidx = phi.blind_index('251553051', 'ssn')").fetchall() == [(51,)]
        # a session still on the old key: a clear 28000, nothing disclosed
        with connect(db, user=READER) as c:
            e = expect_error("28000", c.execute, "SELECT ssn::text FROM p WHERE id = 1")
            assert "master key" in error_text(e) and "201-55-3001" not in error_text(e)
        # a missing new key file is refused before anything changes
        before = key_rows(admin)
        expect_error("58P01", admin.execute, "CALL phi.rotate_master_key(new_key_file => '/nonexistent/phi.key')")
        assert key_rows(admin) == before
    finally:
        admin.close()


# ---------------------------------------------------------------- key configuration

SECRET = "SSN 987-65-4321 for Jane Roe"


def secret_table(dbname, grantee, privileges):
    """A fresh database whose table t holds SECRET in protected column ssn
    (class ssn, subject mrn), with `privileges` on t granted to `grantee`."""
    db = fresh_db(dbname)
    with connect(db) as c:
        c.execute("CREATE TABLE t (id int, mrn text, ssn text)")
        c.execute("CALL phi.protect_column('t', 'ssn', 'ssn', 'mrn')")
        c.execute("INSERT INTO t VALUES (1, 'M1', %s)", (SECRET,))
        c.execute(f'GRANT {privileges} ON t TO "{grantee}"')
    return db


def assert_not_leaked(e):
    msg = error_text(e)
    for piece in ("987-65-4321", "Jane Roe"):
        assert piece not in msg, f"plaintext in error: {msg}"


@test
def key_errors():
    db = secret_table("it_enc_keyerr", READER, "SELECT")
    missing = f"{CLUSTER}.does-not-exist.key"
    loose = write_key_file(f"{CLUSTER}.loose.key", 0o644)
    group = write_key_file(f"{CLUSTER}.group.key", 0o640)

    attempts = [
        lambda c: c.execute("SELECT phi.encrypt(%s, 'ssn')", (SECRET,)),
        lambda c: c.execute("SELECT %s::phi.encrypted_text", (SECRET,)),
        lambda c: c.execute("INSERT INTO t VALUES (2, 'M2', %s)", (SECRET,)),
        lambda c: c.execute("SELECT phi.blind_index(%s, 'ssn')", (SECRET,)),
    ]

    def check(sqlstate, settings, must_mention):
        # A fresh session (no cached keys) ...
        with connect(db) as c:
            for k, v in settings.items():
                c.execute(f"SET {k} = '{v}'")
            for attempt in attempts:
                e = expect_error(sqlstate, attempt, c)
                assert_not_leaked(e)
                assert must_mention in e.diag.message_primary, error_text(e)
            # ... and reading as a reader needs the key too.
            c.execute(f'SET ROLE "{READER}"')
            e = expect_error(sqlstate, c.execute, "SELECT ssn FROM t")
            assert_not_leaked(e)
        # A session that already holds unwrapped keys honours the change at
        # its next statement (no stale key use).
        with connect(db) as c:
            c.execute("SELECT phi.encrypt('warm the cache', 'ssn')")
            for k, v in settings.items():
                c.execute(f"SET {k} = '{v}'")
            e = expect_error(sqlstate, attempts[0], c)
            assert_not_leaked(e)

    check("58P01", {"phi.master_key_file": missing}, "does not exist")
    check("F0000", {"phi.master_key_file": loose}, "mode 0644")
    check("F0000", {"phi.master_key_file": group}, "mode 0640")
    check("55000", {"phi.master_key_file": "", "phi.master_key_command": ""}, "no master key")

    # Other failures must not echo the value either.
    with connect(db) as c:
        e = expect_error("22023", c.execute, "SELECT phi.encrypt(%s, 'no_such_class')", (SECRET,))
        assert_not_leaked(e)
        e = expect_error("22P02", c.execute, "SELECT %s::phi.encrypted_text", ("phi1:" + SECRET,))
        assert_not_leaked(e)
        # With the configured key everything works again.
        assert c.execute("SELECT phi.data_class(phi.encrypt(%s, 'ssn'))", (SECRET,)).fetchone()[0] == "ssn"
    with connect(db, user=READER) as c:
        assert c.execute("SELECT ssn FROM t").fetchall() == [(SECRET,)]


@test
def non_superuser_cannot_see_keys_or_gucs():
    db = secret_table("it_enc_perm", PLAIN, "SELECT, INSERT")
    with connect(db) as c:
        assert c.execute("SELECT count(*) FROM phi.keys").fetchone()[0] >= 1
    with connect(db, user=PLAIN) as c:
        assert not c.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").fetchone()[0]
        for q in ("SELECT * FROM phi.keys", "SELECT * FROM phi.key_status",
                  "SELECT phi.master_key_fingerprint()"):
            expect_error("42501", c.execute, q)
        for q in ("SHOW phi.master_key_file", "SHOW phi.master_key_command",
                  "SELECT current_setting('phi.master_key_file')"):
            e = expect_error("42501", c.execute, q)
            assert "must be superuser or have privileges of pg_read_all_settings" in e.diag.message_primary, \
                error_text(e)
        assert c.execute("SELECT count(*) FROM pg_settings WHERE name LIKE 'phi.master_key%'").fetchone()[0] == 0
        assert c.execute("SELECT count(*) FROM pg_show_all_settings() WHERE name LIKE 'phi.master_key%'"
                         ).fetchone()[0] == 0
        e = expect_error("42501", c.execute, "SET phi.master_key_file = '/tmp/x'")
        expect_error("42501", c.execute, "SET ROLE phi_reader")
        # No plaintext by any route: output, cast, decrypt, binary.
        c.execute("SET phi.sealed_output = off")
        row = c.execute("SELECT ssn, ssn::text, phi.decrypt(ssn) FROM t").fetchone()
        assert all(v.startswith("phi1:") and "987-65-4321" not in v for v in row), row
        cur = c.cursor(binary=True)
        cur.execute("SELECT ssn FROM t")
        assert cur.fetchone()[0].startswith(b"phi1:")
        # It can still write (sealed on the way in) without seeing keys.
        c.execute("INSERT INTO t VALUES (2, 'M2', '123-45-6789')")
        v = c.execute("SELECT ssn::text FROM t WHERE id = 2").fetchone()[0]
        assert v.startswith("phi1:") and "123-45-6789" not in v, v
    with connect(db, user=READER) as c:
        c.execute("SELECT 1")  # role exists and can log in
    with connect(db) as c:
        c.execute(f'GRANT SELECT ON t TO "{READER}"')
    with connect(db, user=READER) as c:
        assert c.execute("SELECT id, ssn FROM t ORDER BY id").fetchall() == [(1, SECRET), (2, "123-45-6789")]



@test
def a_hot_standby_reads_seals_and_digests_without_writing():
    """A physical standby (pg_basebackup -R): a fresh session's first use of
    each key there (decrypt, the input function, blind_index,
    subject_digest, pseudonym) works, since no read creates a key; in a
    database without keys the answer is 55000 with the hint to run
    phi.init_keys(), on the primary and on the standby alike."""
    db = fresh_db("it_standby", extension=False)
    with connect(db) as c:
        c.execute("CREATE EXTENSION pg_phi")
        ensure_roles()
        e = expect_error("55000", c.execute, "SELECT phi.blind_index('123-45-6789', 'ssn')")
        assert "phi.init_keys()" in (e.diag.message_hint or ""), e.diag.message_hint
        c.execute("SELECT phi.init_keys()")
        c.execute("CREATE TABLE t (id int PRIMARY KEY, mrn text, ssn text)")
        c.execute("INSERT INTO t VALUES (1, 'M-1', '123-45-6789')")
        c.execute("CALL phi.protect_column('t', 'ssn', 'ssn', 'mrn', true)")
        c.execute(f'GRANT SELECT ON t TO "{READER}"')
        expected_bidx = c.execute("SELECT ssn_bidx FROM t").fetchone()[0]
        expected_pseudo = c.execute("SELECT phi.redact('SSN 123-45-6789', 'pseudonym')").fetchone()[0]
        c.execute("CHECKPOINT")
    nokeys = fresh_db("it_standby_nokeys", extension=False)
    with connect(nokeys) as c:
        c.execute("CREATE EXTENSION pg_phi")
    standby, port = "/tmp/pg_phi_standby", 54338
    subprocess.run(["sudo", "-u", "postgres", "-H", f"{PG_BIN}/pg_ctl", "-D", standby, "-m", "immediate", "stop"],
                   capture_output=True)
    subprocess.run(["rm", "-rf", standby], check=True)
    run(["sudo", "-u", "postgres", "-H", f"{PG_BIN}/pg_basebackup", "-h", CLUSTER,
         "-p", os.environ.get("PGPORT", "5432"), "-U", "postgres", "-D", standby, "-R", "-X", "stream"])
    run(["sudo", "-u", "postgres", "-H", f"{PG_BIN}/pg_ctl", "-D", standby, "-w", "-l", f"{standby}/server.log",
         "-o", f"-p {port} -k {standby} -c hot_standby=on", "start"])
    try:
        def on_standby(user="postgres"):
            return psycopg.connect(host=standby, port=port, dbname=db, user=user, autocommit=True)
        # wait for the standby to replay the table
        deadline = time.time() + 30
        while True:
            with on_standby() as s:
                if s.execute("SELECT to_regclass('public.t') IS NOT NULL").fetchone()[0]:
                    break
            assert time.time() < deadline, "standby did not catch up"
            time.sleep(0.2)
        with on_standby() as s:
            assert s.execute("SELECT pg_is_in_recovery()").fetchone()[0]
            # a fresh session: every key is first used here, on the standby
            assert s.execute("SELECT ssn::text LIKE 'phi1:%' FROM t").fetchone()[0]
            assert s.execute("SELECT phi.blind_index('123-45-6789', 'ssn')").fetchone()[0] == expected_bidx
            assert s.execute("SELECT phi.redact('SSN 123-45-6789', 'pseudonym')").fetchone()[0] == expected_pseudo
            assert s.execute("SELECT phi.subject(ssn) = phi.subject_digest('M-1') FROM t").fetchone()[0]
            assert s.execute("SELECT phi.data_class('123'::phi.encrypted_text)").fetchone()[0] == "unclassified"
        # a standby cannot write the audit log: plaintext is refused
        # (phi.audit_fallback = deny, the default) ...
        with on_standby(READER) as s:
            e = expect_error("55000", s.execute, "SELECT ssn::text FROM t")
            assert "hot standby" in e.diag.message_primary, e.diag.message_primary
        # ... or, when the DBA chose log, disclosed with a server-log line
        with on_standby() as s:
            s.execute("ALTER SYSTEM SET phi.audit_fallback = 'log'")
            s.execute("SELECT pg_reload_conf()")
        time.sleep(0.5)
        with on_standby(READER) as s:
            assert s.execute("SELECT ssn::text FROM t").fetchone()[0] == "123-45-6789"
            assert s.execute("SELECT phi.decrypt(phi.encrypt('x', 'ssn'))").fetchone()[0] == "x"
        assert "pg_phi audit event (not in phi.audit_log)" in open(f"{standby}/server.log").read()
        # a database without keys: the standby says what to run on the
        # primary (55000), rather than failing to create one (25006)
        with psycopg.connect(host=standby, port=port, dbname=nokeys, user="postgres", autocommit=True) as s:
            for q in ("SELECT phi.blind_index('1', 'ssn')", "SELECT phi.encrypt('1', 'ssn')",
                      "SELECT phi.redact('SSN 123-45-6789', 'pseudonym')"):
                expect_error("55000", s.execute, q)
    finally:
        subprocess.run(["sudo", "-u", "postgres", "-H", f"{PG_BIN}/pg_ctl", "-D", standby, "-m", "fast", "-w", "stop"],
                       capture_output=True)



def relation_files(conn, rel):
    """Every file of a table and of its TOAST table (all segments)."""
    data_dir = conn.execute("SHOW data_directory").fetchone()[0]
    paths = []
    for r in conn.execute(
            "SELECT pg_relation_filepath(c.oid) FROM pg_class c WHERE c.oid = %s::regclass"
            " UNION ALL SELECT pg_relation_filepath(c.reltoastrelid) FROM pg_class c"
            " WHERE c.oid = %s::regclass AND c.reltoastrelid <> 0", (rel, rel)).fetchall():
        base = os.path.join(data_dir, r[0])
        seg = 0
        while os.path.exists(base if seg == 0 else f"{base}.{seg}"):
            paths.append(base if seg == 0 else f"{base}.{seg}")
            seg += 1
    return paths


def files_contain(paths, needle):
    return [p for p in paths if os.path.exists(p) and needle in open(p, "rb").read()]


@test
def protect_column_leaves_no_plaintext_in_the_table_files():
    """The README's claim: protect_column rewrites the table, so its files
    (heap and TOAST, after a CHECKPOINT) hold no plaintext; the old files,
    which did, are emptied at commit. Read from disk, as a thief would."""
    db = fresh_db("it_files")
    with connect(db) as c:
        c.execute("CREATE TABLE f (id int, mrn text, ssn text, note text)")
        # long notes go to TOAST uncompressed, so the probe can see them
        c.execute("ALTER TABLE f ALTER COLUMN note SET STORAGE EXTERNAL")
        c.execute("INSERT INTO f SELECT g, 'MRN' || g, 'PLAINSSN' || lpad(g::text, 6, '0'),"
                  " CASE WHEN g % 100 = 0 THEN repeat('PLAINNOTE ', 300) ELSE 'n' END"
                  " FROM generate_series(1, 3000) g")
        c.execute("CHECKPOINT")
        old = relation_files(c, "f")
        # the probe can fail: before protection the plaintext is there
        assert files_contain(old, b"PLAINSSN000001"), old
        assert files_contain(old, b"PLAINNOTE PLAINNOTE"), old
        c.execute("CALL phi.protect_column('f', 'ssn', 'ssn', 'mrn', blind_index => true)")
        c.execute("CALL phi.protect_column('f', 'note', 'note', 'mrn')")
        c.execute("CHECKPOINT")
        new = relation_files(c, "f")
        assert new and not set(new) & set(old), (old, new)
        assert not files_contain(new, b"PLAINSSN"), files_contain(new, b"PLAINSSN")
        assert not files_contain(new, b"PLAINNOTE"), files_contain(new, b"PLAINNOTE")
        assert not files_contain(old, b"PLAINSSN"), "the old heap file still holds plaintext"
        assert not files_contain(old, b"PLAINNOTE"), "the old TOAST file still holds plaintext"


if __name__ == "__main__":
    main()
