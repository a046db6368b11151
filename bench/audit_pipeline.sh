#!/usr/bin/env bash
# What recording every read costs: pgbench point reads of a protected
# column and a bulk scan, with pg_phi's read auditing off, on (sync, the
# default), on without sync, and with pgaudit logging the same reads
# instead, side by side in one run; see bench/audit_pipeline.py. Installs
# the release build and, if missing, pgaudit (apt: postgresql-15-pgaudit).
# Usage: bench/audit_pipeline.sh [SECONDS per pgbench run (default 15)]
set -euo pipefail
. "$(dirname "$0")/../scripts/env.sh"
secs=${1:-15}
dir=/tmp/pg_phi_bench_auditpipe port=54336
[ -f "$("$PG_CONFIG" --pkglibdir)/pgaudit.so" ] || apt-get install -y postgresql-15-pgaudit >/dev/null
(cd "$ROOT" && cargo pgrx install --release --pg-config "$PG_CONFIG" >/dev/null)
"$ROOT/scripts/cluster.sh" stop "$dir"; rm -rf "$dir"
"$ROOT/scripts/cluster.sh" start "$dir" "$port"
as_pg "$PG_BIN/pg_ctl" -D "$dir" -w -l "$dir/server.log" -m fast \
    -o "-c shared_preload_libraries='pg_phi,pgaudit'" restart >/dev/null
trap '"$ROOT/scripts/cluster.sh" stop "$dir"' EXIT
PGHOST=$dir PGPORT=$port PGUSER=postgres PGDATABASE=postgres PG_BIN=$PG_BIN \
    python3 "$ROOT/bench/audit_pipeline.py" "$secs"
