#!/usr/bin/env bash
# Differential test of the detection engine against another commit:
#   scripts/engine_diff.sh [REF (default 6b5d9ed)] [TEXTS (default 1000000)] [SEED (default 1)]
# Checks REF's core/ out of git into target/engine_diff/, renames it
# phi_core_ref, and builds a main that hands its detector to
# phi_tools::engine_diff (tools/src/engine_diff.rs, built against this
# tree's core; overflow checks and debug assertions on), then runs it: it
# prints "identical: ..." or the first text on which the two engines
# disagree (exit 1). REF's default is the engine before the issue-10
# restructuring (lexicon.rs, named pre-tests), which changed no finding.
set -euo pipefail
cd "$(dirname "$0")/.."
REF=${1:-6b5d9ed}
TEXTS=${2:-1000000}
SEED=${3:-1}
W=target/engine_diff
rm -rf "$W/ref_core" && mkdir -p "$W/ref_core" "$W/src"
git archive "$REF" core | tar -x -C "$W/ref_core" --strip-components=1
sed -i 's/^name = "phi_core"$/name = "phi_core_ref"/' "$W/ref_core/Cargo.toml"
cat > "$W/src/main.rs" <<'RS'
fn main() {
    phi_tools::engine_diff::main(|text, min_score| {
        phi_core_ref::Detector::builtin()
            .detect(text, min_score)
            .iter()
            .map(|f| (f.kind.as_str(), f.start, f.end, f.score))
            .collect()
    })
}
RS
cat > "$W/Cargo.toml" <<TOML
[package]
name = "engine_diff"
version = "0.1.0"
edition = "2021"
publish = false

[dependencies]
phi_core_ref = { path = "ref_core" }
phi_tools = { path = "../../tools" }

[profile.release]
opt-level = 3
debug-assertions = true
overflow-checks = true

[workspace]
TOML
# (its own target directory: a CARGO_TARGET_DIR set for the workspace
# would put the binary elsewhere, and mix its overflow-checked build in)
cargo build --release --quiet --manifest-path "$W/Cargo.toml" --target-dir "$W/target"
"$W/target/release/engine_diff" "$TEXTS" "$SEED"
