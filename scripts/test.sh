#!/usr/bin/env bash
# The whole test suite, from a fresh Debian 12 machine: installs what it
# needs (scripts/setup.sh), then runs
#   1. plain Rust tests of the pure core and the tools (incl. the detection
#      quality eval on the synthetic corpus),
#   2. #[pg_test]s inside a server (cargo pgrx test, server run as postgres),
#   3. the pg_regress suites (tests/pg_regress) against a throwaway cluster,
#   4. integration tests that need several sessions, pg_dump or a real
#      client (tests/integration).
# Idempotent; exits non-zero when any tier fails.
set -uo pipefail
. "$(dirname "$0")/env.sh"
cd "$ROOT"

"$ROOT/scripts/setup.sh" || exit 1

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

say "summary"
[ $failed -eq 0 ] || printf 'failed tier: %s\n' "${failures[@]}"
echo "test tiers: $passed passed, $failed failed"
[ $failed -eq 0 ]
