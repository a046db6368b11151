#!/usr/bin/env bash
# Detection on hostile input through SQL (bench/adversarial_sql.py): time
# grows linearly with the number of interleaved findings, and a cancel
# stops it within milliseconds. Timings only, never a test assertion.
# Needs the release build installed (scripts/demo.sh or
# `cargo pgrx install --release`). Usage: bench/adversarial_sql.sh [--no-cancel]
set -euo pipefail
. "$(dirname "$0")/../scripts/env.sh"
dir=/tmp/pg_phi_bench_adv port=54333
"$ROOT/scripts/cluster.sh" stop "$dir"; rm -rf "$dir"
"$ROOT/scripts/cluster.sh" start "$dir" "$port"
trap '"$ROOT/scripts/cluster.sh" stop "$dir"' EXIT
PGHOST=$dir PGPORT=$port PGUSER=postgres PGDATABASE=postgres python3 "$ROOT/bench/adversarial_sql.py" "$@"
