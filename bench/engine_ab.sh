#!/usr/bin/env bash
# The detection engine of this tree against another commit's, side by side:
#   bench/engine_ab.sh [REF (default 9b315e2)] [ROUNDS (default 11)] [phi-bench options, e.g. --jsonl tests/corpora/dev/notes.jsonl]
# Builds phi-bench twice with the same benchmark code (this tree's tools/):
# once over this tree's phi_core, once over REF's (checked out of git into
# target/engine_ab/), then runs `phi-bench --only c` (detect) alternately,
# A B B A ..., and prints each round, the medians and the median of the
# per-round ratios. On a shared VM single runs swing by 10-20%; alternating
# the two binaries and taking the median ratio cancels most of it.
set -euo pipefail
cd "$(dirname "$0")/.."
REF=${1:-9b315e2}
ROUNDS=${2:-11}
shift $(( $# < 2 ? $# : 2 ))
W=target/engine_ab
rm -rf "$W/ref" && mkdir -p "$W/ref"
# (-m: the files get this moment's time, not the commit's; with the
# commit's, cargo took an older REF's build in target/ for up to date and
# measured it instead)
git archive "$REF" | tar -x -m -C "$W/ref"
rm -rf "$W/ref/tools" && cp -r tools "$W/ref/tools"
cp Cargo.lock "$W/ref/Cargo.lock"
# What today's benchmark code needs from the core and an older core lacks
# (constants only, no engine code): added to the checked-out copy.
grep -q 'DEFAULT_MIN_SCORE' "$W/ref/core/src/lib.rs" \
    || echo 'pub const DEFAULT_MIN_SCORE: f32 = 0.5;' >> "$W/ref/core/src/lib.rs"
grep -q 'pub mod testing' "$W/ref/core/src/lib.rs" \
    || awk '/^pub mod testing \{/,/^\}/' core/src/lib.rs >> "$W/ref/core/src/lib.rs"
cargo build --release --quiet -p phi_tools --bin phi-bench
( cd "$W/ref" && CARGO_TARGET_DIR=../target cargo build --release --quiet -p phi_tools --bin phi-bench )
NEW=target/release/phi-bench
OLD=$W/target/release/phi-bench
rate() { "$1" --only c --min-time 0.7 "${@:2}" | awk '$1=="(c)"{print $3}'; }
"$NEW" --only a --min-time 0.01 "$@" | sed -n '3,5p'
echo "round  $REF MB/s  this tree MB/s  ratio"
olds=(); news=(); ratios=()
for i in $(seq "$ROUNDS"); do
    if (( i % 2 )); then o=$(rate "$OLD" "$@"); n=$(rate "$NEW" "$@"); else n=$(rate "$NEW" "$@"); o=$(rate "$OLD" "$@"); fi
    r=$(awk -v n="$n" -v o="$o" 'BEGIN{printf "%.3f", n/o}')
    olds+=("$o"); news+=("$n"); ratios+=("$r")
    printf "%5d  %12s  %14s  %5s\n" "$i" "$o" "$n" "$r"
done
med() { printf "%s\n" "$@" | sort -g | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
echo "median: $REF $(med "${olds[@]}") MB/s, this tree $(med "${news[@]}") MB/s, median ratio $(med "${ratios[@]}")x"
