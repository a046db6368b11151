#!/usr/bin/env bash
# Runs the pg_regress suites in tests/pg_regress against a throwaway cluster
# (run as postgres, preloading pg_phi). Expects the extension installed
# (cargo pgrx install). Diffs land in /tmp/pg_phi_regress_out.
set -uo pipefail
. "$(dirname "$0")/../scripts/env.sh"

dir=/tmp/pg_phi_regress port=54329 out=/tmp/pg_phi_regress_out
"$ROOT/scripts/cluster.sh" stop "$dir"; rm -rf "$dir" "$out"; mkdir -p "$out"
"$ROOT/scripts/cluster.sh" start "$dir" "$port" || exit 1

pg_regress="$("$PG_CONFIG" --pkglibdir)/pgxs/src/test/regress/pg_regress"
tests=$(grep -v '^#' "$ROOT/tests/pg_regress/schedule" | xargs)
"$pg_regress" --bindir="$PG_BIN" --host="$dir" --port="$port" --user=postgres \
    --inputdir="$ROOT/tests/pg_regress" --outputdir="$out" \
    --dbname=pg_phi_regress $tests
rc=$?
[ $rc -eq 0 ] || { [ -f "$out/regression.diffs" ] && head -200 "$out/regression.diffs"; }
"$ROOT/scripts/cluster.sh" stop "$dir"
exit $rc
