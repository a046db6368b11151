"""What every integration test file shares: the test registry, connections
(from PGHOST/PGPORT/PGUSER), and the runner that prints one line per test
and a closing 'N passed, M failed' line, exiting non-zero on any failure.
PHI_IT_ONLY=name1,name2 runs only the tests whose names contain one of them.
Each test file runs in its own process, so each has its own registry.
"""
import os
import sys
import traceback

import psycopg

PG_BIN = "/usr/lib/postgresql/15/bin"
TESTS = []


def test(fn):
    TESTS.append(fn)
    return fn


def connect(dbname="postgres", autocommit=True, user=None, options=None):
    kw = {}
    if user:
        kw["user"] = user
    if options:
        kw["options"] = options
    return psycopg.connect(dbname=dbname, autocommit=autocommit, **kw)


def expect_error(sqlstate, fn, *args):
    """Runs fn(*args); it must raise a server error with exactly `sqlstate`,
    which is returned."""
    try:
        fn(*args)
    except psycopg.Error as e:
        assert e.sqlstate == sqlstate, f"expected SQLSTATE {sqlstate}, got {e.sqlstate}: {e}"
        return e
    raise AssertionError(f"expected SQLSTATE {sqlstate}, but no error was raised")


def main():
    """Runs every registered test, or only those whose names contain
    $PHI_IT_ONLY (comma-separated substrings) when it is set."""
    only = [s for s in os.environ.get("PHI_IT_ONLY", "").split(",") if s]
    passed = failed = 0
    for t in TESTS:
        if only and not any(s in t.__name__ for s in only):
            continue
        try:
            t()
            passed += 1
            print(f"ok   {t.__name__}")
        except Exception:
            failed += 1
            print(f"FAIL {t.__name__}")
            traceback.print_exc()
        sys.stdout.flush()
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)
