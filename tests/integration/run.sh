#!/usr/bin/env bash
# Integration tests: behaviour that needs several sessions, pg_dump/restore
# or a real client driver. Runs against a throwaway cluster (as postgres);
# expects the extension installed (cargo pgrx install). Every test file runs
# against the same cluster; the script fails if any of them fails.
set -uo pipefail
. "$(dirname "$0")/../../scripts/env.sh"

dir=/tmp/pg_phi_integration port=54330
"$ROOT/scripts/cluster.sh" stop "$dir"; rm -rf "$dir"
"$ROOT/scripts/cluster.sh" start "$dir" "$port" || exit 1
rc=0
for t in test_integration.py test_encrypted.py test_policy.py test_audit.py; do
    echo "== $t"
    PGHOST=$dir PGPORT=$port PGUSER=postgres python3 "$ROOT/tests/integration/$t" || rc=1
done
"$ROOT/scripts/cluster.sh" stop "$dir"
exit $rc
