#!/usr/bin/env bash
# The main job: from a fresh Debian 12 machine, install what is needed,
# build pg_phi (release), start a throwaway cluster with it preloaded, and
# show each capability on synthetic data. Idempotent: re-running rebuilds
# the demo database. The cluster keeps running afterwards for you to use.
set -euo pipefail
. "$(dirname "$0")/env.sh"
cd "$ROOT"

"$ROOT/scripts/setup.sh"
say "build and install pg_phi (release)"
cargo pgrx install --release --pg-config "$PG_CONFIG"

dir=/tmp/pg_phi_demo port=54320
say "start a demo cluster in $dir (port $port, run as postgres)"
"$ROOT/scripts/cluster.sh" stop "$dir"   # picks up a freshly installed library
"$ROOT/scripts/cluster.sh" start "$dir" "$port"
psql=(psql -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres)
"${psql[@]}" -d postgres -c "DROP DATABASE IF EXISTS pg_phi_demo" -c "CREATE DATABASE pg_phi_demo"
"${psql[@]}" -d pg_phi_demo -f "$ROOT/scripts/demo.sql"

cat <<MSG

The demo cluster is running. Connect with:
    psql -h $dir -p $port -U postgres pg_phi_demo
Stop it with:
    scripts/cluster.sh stop $dir
MSG
