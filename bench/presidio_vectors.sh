#!/usr/bin/env bash
# pg_phi vs Microsoft Presidio on Presidio's own recognizer unit-test vectors
# (tests/corpora/presidio_vectors/, see its README).
#
#   bench/presidio_vectors.sh [--vectors PATH] [--model M] [-- PHI_VECTORS_ARGS...]
#
# One command, safe to re-run:
#   1. the Python venv of bench/presidio.sh
#      (${PRESIDIO_VENV:-$REPO/target/presidio-venv}), created if missing, with
#      the versions pinned in bench/presidio/venv.sh (which both benchmarks
#      source, so they always run the same Presidio) pip-installed unless
#      already installed;
#   2. builds phi-vectors (release);
#   3. runs bench/presidio/vectors.py: Presidio's AnalyzerEngine (the engine of
#      bench/presidio/compare.py, default score threshold) on every vector,
#      restricted to the vector's entity, writing its results;
#   4. runs `phi-vectors --compare`, which applies the same pass rule with the
#      same code to pg_phi's findings and Presidio's results and prints both
#      tools' pass counts per recognizer side by side, and the totals.
# Arguments after `--` go to phi-vectors (e.g. `-- --show-failures`, `-- --json`).
# Outputs (Presidio's results and log) go to
# ${PRESIDIO_OUT:-<cargo target dir>/presidio}/.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$REPO/bench/presidio/venv.sh"

VECTORS="$REPO/tests/corpora/presidio_vectors/vectors.jsonl"
MODEL=()
EXTRA=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --vectors) VECTORS="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"; shift 2 ;;
    --model) MODEL=(--model "$2"); shift 2 ;;
    --) shift; EXTRA=("$@"); break ;;
    -h|--help) awk 'NR > 1 && /^set -e/ { exit } NR > 1' "$0"; exit 0 ;;
    *) echo "presidio_vectors.sh: unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done

# 1. venv with pinned versions (skipped when already satisfied).
presidio_venv presidio_vectors.sh

# 2. phi-vectors.
echo "==> building phi-vectors (release)" >&2
(cd "$REPO" && cargo build --quiet --release -p phi_tools --bin phi-vectors)
PHI_VECTORS="$TARGET_DIR/release/phi-vectors"
mkdir -p "$OUT"
RESULTS="$OUT/vectors-presidio${MODEL[1]:+-${MODEL[1]}}.jsonl"
LOG="${RESULTS%.jsonl}.log"

# 3. Presidio.
echo "==> running Presidio on $VECTORS (log: $LOG)" >&2
"$VENV/bin/python" "$REPO/bench/presidio/vectors.py" "$VECTORS" "$RESULTS" \
  ${MODEL[@]+"${MODEL[@]}"} 2>&1 | tee "$LOG" >&2

# 4. Side by side.
echo >&2
"$PHI_VECTORS" "$VECTORS" --compare "$RESULTS" --compare-name presidio ${EXTRA[@]+"${EXTRA[@]}"}
