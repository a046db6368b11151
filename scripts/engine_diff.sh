#!/usr/bin/env bash
# Differential test of the detection engine against another commit:
#   scripts/engine_diff.sh [REF (default 9b315e2)] [TEXTS (default 1000000)] [SEED (default 1)]
# Checks REF's core/ out of git into target/engine_diff/, renames it
# phi_core_ref, builds tools/engine_diff.rs against both (overflow checks
# on) and runs it: it prints "identical: ..." or the first text on which
# the two engines disagree (exit 1).
set -euo pipefail
cd "$(dirname "$0")/.."
REF=${1:-9b315e2}
TEXTS=${2:-1000000}
SEED=${3:-1}
W=target/engine_diff
rm -rf "$W/ref_core" && mkdir -p "$W/ref_core" "$W/src"
git archive "$REF" core | tar -x -C "$W/ref_core" --strip-components=1
sed -i 's/^name = "phi_core"$/name = "phi_core_ref"/' "$W/ref_core/Cargo.toml"
cp tools/engine_diff.rs "$W/src/main.rs"
cat > "$W/Cargo.toml" <<TOML
[package]
name = "engine_diff"
version = "0.1.0"
edition = "2021"
publish = false

[dependencies]
phi_core = { path = "../../core" }
phi_core_ref = { path = "ref_core" }
phi_tools = { path = "../../tools" }

[profile.release]
opt-level = 3
debug-assertions = true
overflow-checks = true

[workspace]
TOML
cargo build --release --quiet --manifest-path "$W/Cargo.toml"
"$W/target/release/engine_diff" "$TEXTS" "$SEED"
