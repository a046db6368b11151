#!/usr/bin/env bash
# Upgrade test: installs the previous release (built from git), creates
# protected data with it, swaps in this tree's build, runs
# ALTER EXTENSION pg_phi UPDATE, reads every value back, and checks that
# the upgraded schema is identical to a fresh CREATE EXTENSION of this
# version (tests/upgrade/describe.sql on both, diffed).
#   tests/upgrade/run.sh [OLD_REF (default: the 0.1.0 release)]
# Leaves this tree's debug build installed (scripts/test.sh puts back
# whatever was installed before it).
set -euo pipefail
. "$(dirname "$0")/../../scripts/env.sh"
cd "$ROOT"

OLD_REF=${1:-38373e0}         # pg_phi 0.1.0
NEW_VERSION=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -1)
work=/tmp/pg_phi_upgrade dir=/tmp/pg_phi_upgrade/cluster port=54334
pkglib=$("$PG_CONFIG" --pkglibdir) share=$("$PG_CONFIG" --sharedir)/extension

# Both builds as installation packages (debug: the old one is built once
# per commit and kept; cargo reuses the dependencies already built).
# A shallow clone may lack the release commit: fetch it, or say why not.
if ! git cat-file -e "$OLD_REF^{commit}" 2>/dev/null; then
    git fetch --quiet origin "$OLD_REF" 2>/dev/null || git fetch --quiet --unshallow 2>/dev/null || true
    git cat-file -e "$OLD_REF^{commit}" 2>/dev/null \
        || { echo "upgrade: FAILED: commit $OLD_REF (the previous release) is not in this clone; clone with history"; exit 1; }
fi
old=$work/old-$OLD_REF
if [ ! -f "$old/done" ]; then
    rm -rf "$old" && mkdir -p "$old/src"
    git archive "$OLD_REF" | tar -x -C "$old/src"
    (cd "$old/src" && CARGO_TARGET_DIR="$ROOT/target/upgrade-old" \
        cargo pgrx package --debug --pg-config "$PG_CONFIG" --out-dir "$old/pkg" >"$old/build.log" 2>&1) \
        || { tail -30 "$old/build.log"; exit 1; }
    touch "$old/done"
fi
new=$work/new
rm -rf "$new"
cargo pgrx package --debug --pg-config "$PG_CONFIG" --out-dir "$new/pkg" >"$work/new-build.log" 2>&1 \
    || { tail -30 "$work/new-build.log"; exit 1; }
OLD_VERSION=$(sed -n "s/^default_version = '\(.*\)'$/\1/p" "$old/pkg$share/pg_phi.control")

install_pkg() { # package dir
    rm -f "$share"/pg_phi--*.sql
    cp "$1$pkglib/pg_phi.so" "$pkglib/pg_phi.so"
    cp "$1$share"/pg_phi* "$share/"
}

psql_db() { psql -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres -d "$1" "${@:2}"; }

"$ROOT/scripts/cluster.sh" stop "$dir"; rm -rf "$dir" "$dir.master.key"
trap '"$ROOT/scripts/cluster.sh" stop "$dir"; install_pkg "$new/pkg"' EXIT

echo "== pg_phi $OLD_VERSION ($OLD_REF): protected data"
install_pkg "$old/pkg"
"$ROOT/scripts/cluster.sh" start "$dir" "$port"
psql_db postgres -c "CREATE DATABASE upgraded" -c "CREATE DATABASE fresh"
psql_db upgraded -f tests/upgrade/before.sql

echo "== pg_phi $NEW_VERSION: ALTER EXTENSION pg_phi UPDATE"
"$ROOT/scripts/cluster.sh" stop "$dir"
install_pkg "$new/pkg"
"$ROOT/scripts/cluster.sh" start "$dir" "$port"
# a view a role built on a removed function stops the upgrade, named
if out=$(psql_db upgraded -c "ALTER EXTENSION pg_phi UPDATE" 2>&1); then
    echo "upgrade: FAILED: the update ran over a view that depends on a function it removes"; exit 1
fi
if ! grep -q "removes phi._blind_index_of, which" <<<"$out" || ! grep -q "view upgrade_squatter.pin" <<<"$out"; then
    echo "$out"; echo "upgrade: FAILED: the refusal does not name the view in the way"; exit 1
fi
psql_db upgraded -At -c "SELECT 'still at ' || extversion FROM pg_extension WHERE extname = 'pg_phi'"
psql_db upgraded -c "DROP VIEW upgrade_squatter.pin"
psql_db upgraded -c "ALTER EXTENSION pg_phi UPDATE"
[ -n "${UPGRADE_SCHEMA_ONLY:-}" ] || psql_db upgraded -f tests/upgrade/after.sql

echo "== the upgraded schema against a fresh CREATE EXTENSION"
psql_db fresh -c "CREATE EXTENSION pg_phi"
psql_db upgraded -f tests/upgrade/describe.sql -o "$work/upgraded.txt"
psql_db fresh -f tests/upgrade/describe.sql -o "$work/fresh.txt"
if ! diff -u "$work/fresh.txt" "$work/upgraded.txt" > "$work/schema.diff"; then
    head -150 "$work/schema.diff"
    echo "upgrade: FAILED: the upgraded schema differs from a fresh install (diff: $work/schema.diff)"
    exit 1
fi
echo "upgrade: ok: $OLD_VERSION -> $NEW_VERSION, every value read back, schema identical to a fresh install ($(wc -l < "$work/fresh.txt") catalog lines)"
