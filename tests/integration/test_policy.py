"""pg_phi integration tests for the access policy: behaviour that needs
several sessions, real logins (SET ROLE and SET SESSION AUTHORIZATION are
checked against the session user, so a superuser session cannot test
them), or pg_dump and restore.

Run by tests/integration/run.sh; connection from PGHOST/PGPORT/PGUSER (a
superuser). Prints one line per test and a closing 'N passed, M failed'.
"""
import os
import subprocess
import threading
import time

import psycopg

from harness import PG_BIN, connect, expect_error, main, test

import sys as _sys
_sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
import audit_verify  # noqa: E402  (the independent verifier of the audit chain)

ROLES = ["pol_physician", "pol_billing", "pol_doc", "pol_bob", "pol_admin", "pol_comp"]


def fresh_db(name):
    with connect() as c:
        c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        c.execute(f'CREATE DATABASE "{name}"')
        for r in ROLES:
            if not c.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (r,)).fetchone():
                login = "LOGIN" if r in ("pol_doc", "pol_bob", "pol_admin", "pol_comp") else "NOLOGIN"
                c.execute(f'CREATE ROLE "{r}" {login}')
    with connect(name) as c:
        c.execute("CREATE EXTENSION pg_phi")
        c.execute("SELECT phi.init_keys()")
        c.execute("GRANT pol_physician TO pol_doc")
        c.execute("GRANT pol_billing TO pol_bob")
        c.execute("GRANT phi_admin TO pol_admin")
        c.execute("GRANT phi_compliance, pol_physician TO pol_comp")
        c.execute("CREATE TABLE patients (mrn text PRIMARY KEY, ssn text, dx text)")
        c.execute("INSERT INTO patients VALUES ('M-1', '123-45-6789', 'asthma'), ('M-2', '987-65-4321', 'gout')")
        c.execute("SET client_min_messages = warning")
        c.execute("CALL phi.protect_column('patients', 'ssn', 'ssn', 'mrn')")
        c.execute("CALL phi.protect_column('patients', 'dx', 'diagnosis', 'mrn')")
        c.execute("GRANT SELECT ON patients TO pol_physician, pol_billing")
    with connect(name, user="pol_admin") as c:
        c.execute("SELECT phi.grant_access('pol_physician', '*', 'plaintext', 'care_team')")
        c.execute("SELECT phi.grant_access('pol_billing', 'ssn', 'masked', 'all_subjects')")
        c.execute("SELECT phi.assign_care('pol_physician', 'M-1')")
    return name


def chart(c, mrn):
    return c.execute("SELECT ssn::text, dx::text FROM patients WHERE mrn = %s", (mrn,)).fetchone()


@test
def a_change_reaches_an_open_session_at_its_next_statement():
    """Grants, care assignments and their end reach a session that stays
    connected, at its next statement: no reconnect."""
    db = fresh_db("it_pol_sessions")
    doc = connect(db, user="pol_doc")
    admin = connect(db, user="pol_admin")
    try:
        assert chart(doc, "M-1") == ("123-45-6789", "asthma")
        assert chart(doc, "M-2")[0].startswith("phi1:")
        admin.execute("SELECT phi.assign_care('pol_physician', 'M-2')")
        assert chart(doc, "M-2") == ("987-65-4321", "gout")
        admin.execute("SELECT phi.end_care('pol_physician', 'M-1')")
        assert chart(doc, "M-1")[0].startswith("phi1:")
        admin.execute("SELECT phi.grant_access('pol_physician', 'ssn', 'masked', 'all_subjects')")
        assert chart(doc, "M-1")[0] == "***-**-6789"
        admin.execute("SELECT phi.revoke_access('pol_physician', '*')")
        assert chart(doc, "M-2") [0] == "***-**-4321" and chart(doc, "M-2")[1].startswith("phi1:")
        # a transaction in the reading session sees the change at its next
        # statement too (READ COMMITTED)
        with doc.transaction():
            before = chart(doc, "M-2")
            admin.execute("SELECT phi.grant_access('pol_physician', 'diagnosis', 'plaintext', 'all_subjects')")
            after = chart(doc, "M-2")
        assert before[1].startswith("phi1:") and after[1] == "gout", (before, after)
    finally:
        doc.close()
        admin.close()


@test
def set_role_and_session_authorization_grant_nothing_new():
    """A login cannot SET ROLE to a role it is not a member of, nor SET
    SESSION AUTHORIZATION; SET ROLE to a role it is a member of gives that
    role's access, as PostgreSQL intends."""
    db = fresh_db("it_pol_setrole")
    with connect(db, user="pol_bob") as c:
        assert chart(c, "M-1")[0] == "***-**-6789"
        expect_error("42501", c.execute, "SET ROLE pol_physician")
        expect_error("42501", c.execute, "SET SESSION AUTHORIZATION pol_doc")
        expect_error("42501", c.execute, "SET ROLE phi_reader")
        assert chart(c, "M-1")[0] == "***-**-6789"
    with connect(db, user="pol_doc") as c:
        c.execute("SET ROLE pol_physician")
        assert chart(c, "M-1") == ("123-45-6789", "asthma")
        c.execute("SET ROLE NONE")


@test
def the_policy_survives_pg_dump_and_restore():
    """Grants, care assignments and login mappings are dumped with the
    data (roles by name) and apply in the restored database."""
    db = fresh_db("it_pol_dump")
    with connect(db) as c:
        c.execute("SELECT phi.map_login('pol_bob', 'M-2')")
    dump = "/tmp/pg_phi_it_policy.custom"
    r = subprocess.run([f"{PG_BIN}/pg_dump", "-Fc", "-f", dump, db], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    with connect() as c:
        c.execute('DROP DATABASE IF EXISTS "it_pol_restored" WITH (FORCE)')
        c.execute('CREATE DATABASE "it_pol_restored"')
    r = subprocess.run([f"{PG_BIN}/pg_restore", "--exit-on-error", "-d", "it_pol_restored", dump],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    with connect("it_pol_restored") as c:
        got = c.execute("SELECT role::text, class, level, scope FROM phi.access_grants ORDER BY 1, 2").fetchall()
        assert got == [("pol_billing", "ssn", "masked", "all_subjects"),
                       ("pol_physician", "*", "plaintext", "care_team")], got
        assert c.execute("SELECT count(*) FROM phi.care_assignments").fetchone()[0] == 1
        assert c.execute("SELECT role::text FROM phi.login_subjects").fetchall() == [("pol_bob",)]
        # the restore re-created the policy: recorded as new events, on a
        # chain of their own that verifies (the dump does not carry the log)
        assert c.execute("SELECT count(*) FROM phi.audit_log WHERE action = 'policy_grant'").fetchone()[0] == 2
        assert c.execute("SELECT count(*) FROM phi.verify_audit()").fetchone()[0] == 0
    with connect("it_pol_restored", user="pol_doc") as c:
        assert chart(c, "M-1") == ("123-45-6789", "asthma")
        assert chart(c, "M-2")[0].startswith("phi1:")
    with connect("it_pol_restored", user="pol_bob") as c:
        assert chart(c, "M-1")[0] == "***-**-6789"
    # the restored sequence goes on after the dumped ids
    with connect("it_pol_restored", user="pol_admin") as c:
        new_id = c.execute("SELECT phi.assign_care('pol_physician', 'M-2')").fetchone()[0]
        assert new_id > 1, new_id
    os.unlink(dump)


@test
def a_revocation_reaches_sessions_whose_snapshot_predates_it():
    """A statement that started before an end_care committed may show what
    its snapshot saw, but the session's next statements do not: the policy
    is loaded under the latest snapshot (a load under the old one used to
    cache the revoked access for the rest of the session). Also inside a
    REPEATABLE READ transaction, and inside one multi-statement query."""
    db = fresh_db("it_pol_stale")
    doc = connect(db, user="pol_doc")
    admin = connect(db, user="pol_admin")
    try:
        def end_care_soon():
            time.sleep(0.5)
            admin.execute("SELECT phi.end_care('pol_physician', 'M-1')")
        t = threading.Thread(target=end_care_soon)
        t.start()
        doc.execute("SELECT pg_sleep(1.5), (SELECT dx::text FROM patients WHERE mrn = 'M-1')").fetchall()
        t.join()
        assert chart(doc, "M-1")[1].startswith("phi1:"), chart(doc, "M-1")
        assert doc.execute("SELECT phi.access_level('diagnosis', 'M-1')").fetchone()[0] == "sealed"
        # REPEATABLE READ: the revocation counts at the next statement
        admin.execute("SELECT phi.assign_care('pol_physician', 'M-1')")
        with doc.transaction():
            doc.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            assert chart(doc, "M-1")[1] == "asthma"
            admin.execute("SELECT phi.end_care('pol_physician', 'M-1')")
            assert chart(doc, "M-1")[1].startswith("phi1:")
        assert chart(doc, "M-1")[1].startswith("phi1:")
        # one query string of several statements (the simple protocol)
        admin.execute("SELECT phi.assign_care('pol_physician', 'M-1')")
        t = threading.Thread(target=end_care_soon)
        t.start()
        cur = doc.cursor()
        cur.execute("SELECT dx::text FROM patients WHERE mrn = 'M-1'; SELECT pg_sleep(1.5); "
                    "SELECT dx::text FROM patients WHERE mrn = 'M-1'")
        first = cur.fetchone()[0]
        cur.nextset()
        cur.nextset()
        last = cur.fetchone()[0]
        t.join()
        assert first == "asthma" and last.startswith("phi1:"), (first, last)
    finally:
        doc.close()
        admin.close()


@test
def break_glass_is_a_logins_own_and_never_self_reviewed():
    """A login cannot open a window under SET ROLE (it would open for the
    whole group), and the login that opened one cannot review it, also not
    after SET ROLE phi_compliance; the reviewer is recorded as the login."""
    db = fresh_db("it_pol_break_glass")
    with connect(db, user="pol_comp") as c:
        c.execute("SET ROLE pol_physician")
        expect_error("42501", c.execute, "SELECT phi.break_glass('M-2', 'covering an overnight call for a colleague', 5)")
        c.execute("RESET ROLE")
        wid = c.execute("SELECT phi.break_glass('M-2', 'covering an overnight call for a colleague', 5)").fetchone()[0]
        assert chart(c, "M-2") == ("987-65-4321", "gout")
        expect_error("42501", c.execute, "SELECT phi.review_break_glass(%s, 'justified')", (wid,))
        c.execute("SET ROLE phi_compliance")
        expect_error("42501", c.execute, "SELECT phi.review_break_glass(%s, 'justified')", (wid,))
        c.execute("RESET ROLE")
    with connect(db) as c:
        c.execute("CREATE ROLE pol_comp2 LOGIN IN ROLE phi_compliance") if not c.execute(
            "SELECT 1 FROM pg_roles WHERE rolname = 'pol_comp2'").fetchone() else None
    with connect(db, user="pol_comp2") as c:
        c.execute("SELECT phi.review_break_glass(%s, 'justified', 'confirmed')", (wid,))
        assert c.execute("SELECT role::text, reviewed_by FROM phi.break_glass_sessions WHERE id = %s",
                         (wid,)).fetchone() == ("pol_comp", "pol_comp2")


@test
def an_independent_verifier_agrees_with_verify_audit():
    """tools/audit_verify.py recomputes the chain from ARCHITECTURE.md's
    description alone (Python, no pg_phi code) and agrees with
    phi.verify_audit: no break on the real log, the same breaks after a
    superuser edits and deletes rows behind the triggers' back."""
    db = fresh_db("it_pol_audit")
    with connect(db, user="pol_comp") as c:
        c.execute("SELECT phi.break_glass('M-2', 'covering an overnight call for a colleague', 5)")
    with connect(db) as c:
        rows = c.execute(audit_verify.WALK, (-(2 ** 63),)).fetchall()
        assert len(rows) >= 7, len(rows)   # 3 keys, 2 grants, a care assignment, a window
        assert audit_verify.verify(rows)[0] == []
        assert c.execute("SELECT count(*) FROM phi.verify_audit()").fetchone()[0] == 0
        head = c.execute("SELECT phi.audit_digest()").fetchone()[0]
        assert head.split(":")[1] == audit_verify.verify(rows)[1].hex()
        c.execute("ALTER TABLE phi.audit_log DISABLE TRIGGER USER")
        c.execute("UPDATE phi.audit_log SET outcome = 'tampered' WHERE seq = 3")
        c.execute("DELETE FROM phi.audit_log WHERE seq = 5")
        c.execute("ALTER TABLE phi.audit_log ENABLE TRIGGER USER")
        rows = c.execute(audit_verify.WALK, (-(2 ** 63),)).fetchall()
        mine = sorted(audit_verify.verify(rows)[0])
        theirs = sorted(tuple(r) for r in c.execute("SELECT seq, problem FROM phi.verify_audit()").fetchall())
        assert mine == theirs == [(3, "edited"), (6, "seq_gap"), (6, "unlinked")], (mine, theirs)


if __name__ == "__main__":
    main()
