#!/usr/bin/env bash
# Integration tests: behaviour that needs several sessions, pg_dump/restore
# or a real client driver. Runs against a throwaway cluster (as postgres);
# expects the extension installed (cargo pgrx install).
set -uo pipefail
. "$(dirname "$0")/../../scripts/env.sh"

dir=/tmp/pg_phi_integration port=54330
"$ROOT/scripts/cluster.sh" stop "$dir"; rm -rf "$dir"
"$ROOT/scripts/cluster.sh" start "$dir" "$port" || exit 1
PGHOST=$dir PGPORT=$port PGUSER=postgres python3 "$ROOT/tests/integration/test_integration.py"
rc=$?
"$ROOT/scripts/cluster.sh" stop "$dir"
exit $rc
