#!/usr/bin/env bash
# The detection engine's cost in instructions, this tree against another
# commit's: deterministic where timings on a shared VM swing 10-20%.
#   bench/engine_icount.sh [REF (default HEAD~1)] [NOTES (default 3000)]
# Builds tools/examples/icount.rs (detect every note of the synthetic
# corpus, seed 42, once) over this tree's phi_core and over REF's (checked
# out into target/engine_ab/ as bench/engine_ab.sh does), runs each under
# valgrind's callgrind twice (300 notes and NOTES notes) and prints the
# instructions per note of the difference (table building and start-up
# cancel out) and the ratio. Needs valgrind (apt install valgrind).
set -euo pipefail
cd "$(dirname "$0")/.."
REF=${1:-HEAD~1}
N=${2:-3000}
command -v valgrind >/dev/null || { echo "needs valgrind (apt install valgrind)" >&2; exit 2; }
W=target/engine_ab
rm -rf "$W/ref" && mkdir -p "$W/ref"
# (-m: the files get this moment's time, not the commit's; with the
# commit's, cargo took an older REF's build in target/ for up to date and
# measured it instead)
git archive "$REF" | tar -x -m -C "$W/ref"
rm -rf "$W/ref/tools" && cp -r tools "$W/ref/tools"
cp Cargo.lock "$W/ref/Cargo.lock"
cargo build --release --quiet -p phi_tools --example icount
( cd "$W/ref" && CARGO_TARGET_DIR=../target cargo build --release --quiet -p phi_tools --example icount )
ir() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$1" "$2" 2>&1 | awk '/refs:/{gsub(",","",$NF); print $NF}'; }
per_note() { local a b; a=$(ir "$1" 300); b=$(ir "$1" "$N"); echo $(( (b - a) / (N - 300) )); }
old=$(per_note "$W/target/release/examples/icount")
new=$(per_note target/release/examples/icount)
echo "instructions per note: $REF $old, this tree $new, ratio $(awk -v n="$new" -v o="$old" 'BEGIN{printf "%.3f", n/o}')"
