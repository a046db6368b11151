#!/usr/bin/env bash
# Encrypted-column benchmark (phi.encrypted_text vs plaintext vs pgcrypto),
# side by side in one run; see bench/encrypted.py. Needs the release build
# installed (`cargo pgrx install --release`, which this script runs) and
# postgresql-contrib for pgcrypto. Usage: bench/encrypted.sh [ROWS]
set -euo pipefail
. "$(dirname "$0")/../scripts/env.sh"
rows=${1:-1000000}
dir=/tmp/pg_phi_bench_enc port=54332
(cd "$ROOT" && cargo pgrx install --release --pg-config "$PG_CONFIG" >/dev/null)
"$ROOT/scripts/cluster.sh" stop "$dir"; rm -rf "$dir"
"$ROOT/scripts/cluster.sh" start "$dir" "$port"
trap '"$ROOT/scripts/cluster.sh" stop "$dir"' EXIT
PGHOST=$dir PGPORT=$port PGUSER=postgres PGDATABASE=postgres python3 "$ROOT/bench/encrypted.py" "$rows"
