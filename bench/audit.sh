#!/usr/bin/env bash
# Audit-chain verification speed, side by side with the independent
# verifier; see bench/audit.py. Installs the release build.
# Usage: bench/audit.sh [ROWS (default 1000000)]
set -euo pipefail
. "$(dirname "$0")/../scripts/env.sh"
rows=${1:-1000000}
dir=/tmp/pg_phi_bench_audit port=54335
(cd "$ROOT" && cargo pgrx install --release --pg-config "$PG_CONFIG" >/dev/null)
"$ROOT/scripts/cluster.sh" stop "$dir"; rm -rf "$dir"
"$ROOT/scripts/cluster.sh" start "$dir" "$port"
trap '"$ROOT/scripts/cluster.sh" stop "$dir"' EXIT
PGHOST=$dir PGPORT=$port PGUSER=postgres PGDATABASE=postgres python3 "$ROOT/bench/audit.py" "$rows"
