#!/usr/bin/env bash
# The whole test suite, from a fresh Debian 12 machine: installs what it
# needs (scripts/setup.sh), then runs
#   1. plain Rust tests of the pure core and the tools (incl. the detection
#      quality eval on the synthetic corpus),
#   2. #[pg_test]s inside a server (cargo pgrx test, server run as postgres),
#   3. the pg_regress suites (tests/pg_regress) against a throwaway cluster,
#   4. integration tests that need several sessions, pg_dump or a real
#      client (tests/integration),
#   5. the upgrade test: the previous release (built from git) with
#      protected data, ALTER EXTENSION pg_phi UPDATE, every value read
#      back, the schema compared with a fresh install (tests/upgrade).
# Idempotent; exits non-zero when any tier fails.
set -uo pipefail
. "$(dirname "$0")/env.sh"
cd "$ROOT"

"$ROOT/scripts/setup.sh" || exit 1

# The tests install a debug build into the system PostgreSQL. Whatever was
# installed before (the demo's release build, say) is put back when they
# finish, so a running demo cluster's new sessions load what they loaded
# before. On a machine with nothing installed, the test build stays.
saved=$(mktemp -d)
pkglib=$("$PG_CONFIG" --pkglibdir) share=$("$PG_CONFIG" --sharedir)/extension
for f in "$pkglib/pg_phi.so" "$share"/pg_phi.control "$share"/pg_phi--*.sql; do
    [ -e "$f" ] && cp -p "$f" "$saved/"
done
put_back() {
    [ -d "$saved" ] || return 0
    if [ -n "$(ls -A "$saved")" ]; then
        rm -f "$share"/pg_phi--*.sql
        cp -p "$saved"/pg_phi.so "$pkglib/" 2>/dev/null
        cp -p "$saved"/pg_phi.control "$saved"/pg_phi--*.sql "$share/" 2>/dev/null
        echo "(put back the pg_phi build installed before the tests)"
    fi
    rm -rf "$saved"
}
trap put_back EXIT

passed=0 failed=0 failures=()
tier() {
    local name=$1; shift
    say "$name"
    if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); failures+=("$name"); fi
}

tier "Rust unit tests (phi_core, phi_tools)" cargo test --release -p phi_core -p phi_tools
tier "#[pg_test] (cargo pgrx test)" \
    cargo pgrx test pg15 --runas postgres --pgdata /tmp/pg_phi_pgtest
tier "install extension into PostgreSQL 15" cargo pgrx install --pg-config "$PG_CONFIG"
tier "pg_regress suites" "$ROOT/tests/run_regress.sh"
tier "integration tests" "$ROOT/tests/integration/run.sh"
tier "upgrade from the previous release" "$ROOT/tests/upgrade/run.sh"

put_back
say "summary"
[ $failed -eq 0 ] || printf 'failed tier: %s\n' "${failures[@]}"
echo "test tiers: $passed passed, $failed failed"
[ $failed -eq 0 ]
