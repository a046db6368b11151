# Sourced by the other scripts: one place for paths and versions.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PGRX_HOME="$ROOT/pgrx-config"
export PG_BIN=/usr/lib/postgresql/15/bin
export PG_CONFIG="$PG_BIN/pg_config"
export PGRX_VERSION=0.18.0
export PATH="$HOME/.cargo/bin:$PATH"
# Every command a script runs as the `postgres` OS user goes through this.
as_pg() { if [ "$(id -un)" = postgres ]; then "$@"; else sudo -u postgres -H "$@"; fi; }
say() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
