#!/usr/bin/env bash
# Access-policy benchmark: the per-value decision's cost on a decrypting
# read, side by side in one run; see bench/policy.py. Installs the release
# build. Usage: bench/policy.sh [ROWS (default 1000000)]
set -euo pipefail
. "$(dirname "$0")/../scripts/env.sh"
rows=${1:-1000000}
dir=/tmp/pg_phi_bench_policy port=54334
(cd "$ROOT" && cargo pgrx install --release --pg-config "$PG_CONFIG" >/dev/null)
"$ROOT/scripts/cluster.sh" stop "$dir"; rm -rf "$dir"
"$ROOT/scripts/cluster.sh" start "$dir" "$port"
trap '"$ROOT/scripts/cluster.sh" stop "$dir"' EXIT
PGHOST=$dir PGPORT=$port PGUSER=postgres PGDATABASE=postgres python3 "$ROOT/bench/policy.py" "$rows"
