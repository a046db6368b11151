#!/usr/bin/env bash
# Throwaway PostgreSQL 15 clusters run as the `postgres` OS user (the server
# refuses to run as root). Usage:
#   scripts/cluster.sh start DIR PORT   # initdb if needed, start, wait
#   scripts/cluster.sh stop DIR
# A fresh cluster gets a random master key in DIR.master.key (mode 0600,
# outside the data directory) and phi.master_key_file pointing at it.
# Clients connect with: psql -h DIR -p PORT -U postgres
set -euo pipefail
. "$(dirname "$0")/env.sh"

cmd=$1 dir=$2
case "$cmd" in
start)
    port=$3
    if [ ! -f "$dir/PG_VERSION" ]; then
        mkdir -p "$dir" && chown postgres: "$dir" && chmod 700 "$dir"
        as_pg "$PG_BIN/initdb" -D "$dir" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
        cp "$ROOT/pgrx-config/postgresql.conf" "$dir/pg_phi.conf"
        chown postgres: "$dir/pg_phi.conf"
        {
            echo "include 'pg_phi.conf'"
            echo "port = $port"
            echo "unix_socket_directories = '$dir'"
        } >> "$dir/postgresql.conf"
    fi
    # The master key lives beside the cluster, never inside PGDATA; a
    # cluster made before encrypted columns existed gets one too.
    if ! grep -q '^phi.master_key_file' "$dir/postgresql.conf"; then
        key="$dir.master.key"
        ( umask 077; od -An -tx1 -N32 /dev/urandom | tr -d ' \n' > "$key" )
        chown postgres: "$key"
        echo "phi.master_key_file = '$key'" >> "$dir/postgresql.conf"
    fi
    as_pg "$PG_BIN/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 start >/dev/null \
        || { tail -20 "$dir/server.log"; exit 1; }
    ;;
stop)
    [ -f "$dir/postmaster.pid" ] && as_pg "$PG_BIN/pg_ctl" -D "$dir" -m fast -w stop >/dev/null || true
    ;;
*) echo "usage: $0 start DIR PORT | stop DIR" >&2; exit 2 ;;
esac
