#!/usr/bin/env bash
# The breach workflow's cost over a large audit trail, side by side with
# the bare queries it is built on; see bench/breach.py. Installs the
# release build and starts its own cluster.
# Usage: bench/breach.sh [EVENTS (default 1000000)]
set -euo pipefail
. "$(dirname "$0")/../scripts/env.sh"
events=${1:-1000000}
dir=/tmp/pg_phi_bench_breach port=54337
(cd "$ROOT" && cargo pgrx install --release --pg-config "$PG_CONFIG" >/dev/null)
"$ROOT/scripts/cluster.sh" stop "$dir"; rm -rf "$dir"
"$ROOT/scripts/cluster.sh" start "$dir" "$port"
trap '"$ROOT/scripts/cluster.sh" stop "$dir"' EXIT
PGHOST=$dir PGPORT=$port PGUSER=postgres PGDATABASE=postgres python3 "$ROOT/bench/breach.py" "$events"
