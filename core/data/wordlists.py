"""What the list builders of this folder share (build_intl_names.py,
build_ssa_names.py): reading a list, and the recognizer's test of an
English word."""
import os


def lines(data, name):
    """The entries of the list `name` in the folder `data`: non-empty lines
    that are no comment, stripped."""
    with open(os.path.join(data, name), encoding="utf-8") as fh:
        return {l.strip() for l in fh if l.strip() and not l.startswith("#")}


def is_english(w, english):
    """Whether `w` is a word of `english` or a regular inflection of one
    (-ing, -ed, -es, -s; -ed and -ing may replace a final e), as
    core/src/detect/lexicon.rs's is_english reads it."""
    if w in english:
        return True
    for suf in ("ing", "ed", "es", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            b = w[: -len(suf)]
            if b in english or (suf in ("ed", "ing") and b + "e" in english):
                return True
    return False
