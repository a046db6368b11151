#!/usr/bin/env bash
# Instructions and (simulated) mispredicted branches per byte of note text
# inside Detector::detect, for one or more phi-bench binaries, e.g.
#   bench/engine_ab.sh    # builds target/engine_ab/target/release/phi-bench (the reference)
#   bench/engine_counts.sh target/engine_ab/target/release/phi-bench target/release/phi-bench
# Counted by valgrind's callgrind (--branch-sim=yes: a simple branch
# predictor model, not the CPU's), in steady state: the difference between
# a 1000-note and a 2000-note run, 5 detect passes each, so building the
# tables is left out. Deterministic for a given binary, whatever else the
# machine is doing, unlike a timing.
set -euo pipefail
command -v valgrind >/dev/null || { echo "needs valgrind (apt-get install valgrind)" >&2; exit 2; }
count() {
    local out; out=$(mktemp)
    valgrind --tool=callgrind --branch-sim=yes --toggle-collect='phi_core::detect::Detector::detect' \
        --callgrind-out-file="$out" "$1" --only c --min-time 0.01 --notes "$2" 2>&1 \
        | awk '/I   refs/{gsub(/,/,"",$4); i=$4} /Mispredicts/{gsub(/,/,"",$3); m=$3} END{print i, m}'
    rm -f "$out"
}
bytes() { "$1" --only a --min-time 0.01 --notes "$2" | awk '/corpus:/{gsub(/\(/,"",$6); print $6; exit}'; }
printf "%-60s %12s %14s\n" "binary" "instr/byte" "mispred/byte"
for bin in "$@"; do
    read -r i1 m1 < <(count "$bin" 1000)
    read -r i2 m2 < <(count "$bin" 2000)
    b1=$(bytes "$bin" 1000); b2=$(bytes "$bin" 2000)
    awk -v b="$bin" -v i1="$i1" -v i2="$i2" -v m1="$m1" -v m2="$m2" -v b1="$b1" -v b2="$b2" \
        'BEGIN{d=5*(b2-b1); printf "%-60s %12.1f %14.3f\n", b, (i2-i1)/d, (m2-m1)/d}'
done
