#!/usr/bin/env bash
# Installs everything pg_phi needs on Debian 12, idempotently: PostgreSQL 15
# and its server headers, libclang (pgrx's bindgen), sudo, cargo-pgrx
# 0.18.0, psycopg for the client tests; then points pgrx at Debian's
# PostgreSQL (PGRX_HOME=pgrx-config).
set -euo pipefail
. "$(dirname "$0")/env.sh"

need_apt=()
for p in postgresql-15 postgresql-server-dev-15 postgresql-contrib libclang-dev clang sudo python3-pip; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need_apt+=("$p")
done
if [ ${#need_apt[@]} -gt 0 ]; then
    say "apt-get install ${need_apt[*]}"
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if ! cargo pgrx --version 2>/dev/null | grep -q " $PGRX_VERSION"; then
    say "cargo install cargo-pgrx $PGRX_VERSION (about 4 minutes, once)"
    cargo install cargo-pgrx --version "$PGRX_VERSION" --locked
fi

if ! python3 -c 'import psycopg' 2>/dev/null; then
    say "pip install psycopg (client tests)"
    python3 -m pip install -q 'psycopg[binary]>=3.1,<4' 2>/dev/null \
        || python3 -m pip install -q --break-system-packages 'psycopg[binary]>=3.1,<4'
fi

# pgrx's own init only records pg_config here (it skips initdb as root).
if ! grep -q "pg15 = \"$PG_CONFIG\"" "$PGRX_HOME/config.toml" 2>/dev/null; then
    cargo pgrx init --pg15="$PG_CONFIG"
fi
