#!/usr/bin/env python3
"""Build the dev3 synthetic PHI corpus (notes.jsonl).

    python3 make_corpus.py          # write notes.jsonl, print counts
    python3 make_corpus.py --check  # rebuild in memory, exit 0 if identical

Standard library only. Each document has its own random.Random seeded from
"dev3|<style>|<k>" (a validation failure retries with "dev3|<style>|<k>|r<n>").
"""
import collections
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import Doc, G, TYPES, words  # noqa: E402
import styles_a  # noqa: E402
import styles_b  # noqa: E402
import styles_c  # noqa: E402

STYLES = [
    ("behavioral_health", styles_a.BEHAVIORAL),
    ("dental", styles_a.DENTAL),
    ("workers_comp", styles_a.WORKERS),
    ("school_health", styles_a.SCHOOL),
    ("corrections_health", styles_a.CORRECTIONS),
    ("hospice_palliative", styles_a.HOSPICE),
    ("ems_prehospital", styles_b.EMS),
    ("pharmacy", styles_b.PHARMACY),
    ("clinical_trials", styles_b.TRIALS),
    ("genetics", styles_b.GENETICS),
    ("medicolegal", styles_b.MEDICOLEGAL),
    ("insurance_billing", styles_c.BILLING),
    ("staff_messaging", styles_c.STAFFMSG),
    ("patient_texting", styles_c.TEXTING),
    ("vital_records", styles_c.VITAL),
    ("registry_extracts", styles_c.REGISTRY),
]
PER_STYLE = 25

AGE_WORDS = {words(n): n for n in range(0, 130)}
AGE_WORDS.update({words(n).replace(" and ", " "): n for n in range(100, 130)})
BAD_START = set(" \t\n\r,.;:!?)]}\"'")
BAD_END = set(" \t\n\r,.;:!?([{\"'-/")


class Invalid(Exception):
    pass


def age_value(s):
    s2 = s.replace("O", "0").replace("l", "1").replace("I", "1").replace("S", "5").replace("B", "8")
    if s2.isdigit():
        return int(s2)
    v = AGE_WORDS.get(s.lower())
    if v is None:
        raise Invalid("unparseable age %r" % s)
    return v


def validate(text, spans):
    last_end = -1
    for typ, s, e, val in spans:
        if typ not in TYPES:
            raise Invalid("type %s" % typ)
        if text[s:e] != val:
            raise Invalid("offset mismatch %r" % val)
        if s < last_end:
            raise Invalid("overlap at %d" % s)
        last_end = e
        if val[0] in BAD_START or val[-1] in BAD_END:
            raise Invalid("edge punctuation/space %r" % val)
        if typ == "age" and age_value(val) <= 89:
            raise Invalid("age %r" % val)
    covered = [(s, e) for _, s, e, _ in spans]

    def is_covered(a, b):
        return any(cs <= a and b <= ce for cs, ce in covered)

    seen = set()
    for typ, s, e, val in spans:
        if typ == "age":
            continue
        targets = {val}
        if typ == "name":
            targets |= {t for t in re.findall(r"[A-Za-z][A-Za-z']+", val) if len(t) >= 3}
        for t in targets:
            key = (typ == "name", t.lower() if typ == "name" else t)
            if key in seen:
                continue
            seen.add(key)
            pat = r"(?<![A-Za-z0-9])" + re.escape(t) + r"(?![A-Za-z0-9])"
            for m in re.finditer(pat, text, re.I if typ == "name" else 0):
                if not is_covered(m.start(), m.end()):
                    raise Invalid("unlabelled repeat of %s %r at %d" % (typ, t, m.start()))


def build_doc(style, layouts, k):
    errors = []
    for attempt in range(60):
        seed = "dev3|%s|%d" % (style, k) + ("|r%d" % attempt if attempt else "")
        rng = random.Random(seed)
        g = G(rng)
        d = Doc()
        layout = layouts[k % len(layouts)]
        layout(g, d)
        text = d.text()
        spans = sorted(((t, s, e, text[s:e]) for t, s, e in d.spans), key=lambda x: (x[1], x[2]))
        try:
            validate(text, spans)
        except Invalid as ex:
            errors.append(str(ex))
            continue
        return text, spans, attempt
    raise SystemExit("could not build %s %d: %s" % (style, k, errors[-5:]))


def build():
    lines = []
    retries = collections.Counter()
    by_type = collections.Counter()
    by_style = collections.Counter()
    docs_style = collections.Counter()
    i = 0
    for style, layouts in STYLES:
        for k in range(PER_STYLE):
            text, spans, attempt = build_doc(style, layouts, k)
            retries[style] += attempt
            obj = {"id": i, "style": style, "text": text,
                   "spans": [{"type": t, "start": s, "end": e} for t, s, e, _ in spans]}
            line = json.dumps(obj, ensure_ascii=False)
            back = json.loads(line)
            if back != obj:
                raise SystemExit("JSON round trip failed for %d" % i)
            for sp in back["spans"]:
                by_type[sp["type"]] += 1
                by_style[style] += 1
            docs_style[style] += 1
            lines.append(line)
            i += 1
    return "\n".join(lines) + "\n", by_type, by_style, docs_style, retries


def main():
    out_path = os.path.join(HERE, "notes.jsonl")
    data, by_type, by_style, docs_style, retries = build()
    if "--check" in sys.argv[1:]:
        try:
            with open(out_path, encoding="utf-8") as fh:
                old = fh.read()
        except OSError:
            print("notes.jsonl missing")
            sys.exit(1)
        if old == data:
            print("OK: notes.jsonl is byte-identical to a fresh build (%d documents, %d spans)"
                  % (sum(docs_style.values()), sum(by_type.values())))
            sys.exit(0)
        print("MISMATCH: notes.jsonl differs from a fresh build")
        sys.exit(1)
    with open(out_path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    print("wrote %s: %d documents, %d spans" % (out_path, sum(docs_style.values()), sum(by_type.values())))
    print("\nspans per type:")
    for t, c in by_type.most_common():
        print("  %-12s %5d" % (t, c))
    print("\nper style (documents, spans, validation retries):")
    for style, _ in STYLES:
        print("  %-20s %3d %5d %3d" % (style, docs_style[style], by_style[style], retries[style]))


if __name__ == "__main__":
    main()
