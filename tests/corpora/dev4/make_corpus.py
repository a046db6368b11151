#!/usr/bin/env python3
"""Build notes.jsonl: 400 synthetic international health documents with
labelled PHI spans (16 styles x 25 documents).

    python3 make_corpus.py          # write notes.jsonl and print counts
    python3 make_corpus.py --check  # rebuild in memory; exit 0 if notes.jsonl is identical
"""
import collections
import json
import os
import random
import sys

from common import TYPES
import styles_a
import styles_b
import styles_c
import styles_d

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "notes.jsonl")
DOCS_PER_STYLE = 25
SEED = 20240605

STYLES = styles_a.STYLES + styles_b.STYLES + styles_c.STYLES + styles_d.STYLES


def validate(text, spans, where):
    prev_end = -1
    for sp in spans:
        s, e = sp["start"], sp["end"]
        if not (0 <= s < e <= len(text)):
            raise AssertionError("%s: bad offsets %r" % (where, sp))
        if text[s:e] != sp["value"]:
            raise AssertionError("%s: span text %r != inserted %r" % (where, text[s:e], sp["value"]))
        if s < prev_end:
            raise AssertionError("%s: overlapping span %r" % (where, sp))
        if "\n" in sp["value"] or sp["value"] != sp["value"].strip():
            raise AssertionError("%s: span with newline/whitespace edge %r" % (where, sp))
        if sp["type"] not in TYPES:
            raise AssertionError("%s: unknown type %r" % (where, sp))
        prev_end = e


def build():
    if len(STYLES) != 16:
        raise AssertionError("expected 16 styles, got %d" % len(STYLES))
    records = []
    for si, (style, fn) in enumerate(STYLES):
        for i in range(DOCS_PER_STYLE):
            rng = random.Random(SEED + 100003 * (si + 1) + 7919 * i)
            doc = fn(rng, i)
            text = doc.text
            spans = sorted(doc.spans, key=lambda x: (x["start"], x["end"]))
            validate(text, spans, "%s#%d" % (style, i))
            records.append({"style": style, "text": text,
                            "spans": [{"type": x["type"], "start": x["start"], "end": x["end"]} for x in spans]})
    lines = []
    for k, r in enumerate(records):
        obj = {"id": k, "style": r["style"], "text": r["text"], "spans": r["spans"]}
        lines.append(json.dumps(obj, ensure_ascii=False))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    # ids run 0..N-1 in file order
    for k, line in enumerate(data.decode("utf-8").splitlines()):
        if json.loads(line)["id"] != k:
            raise AssertionError("id order")
    return records, data


def report(records):
    by_type = collections.Counter()
    by_style = collections.OrderedDict()
    for r in records:
        st = by_style.setdefault(r["style"], [0, 0])
        st[0] += 1
        st[1] += len(r["spans"])
        for sp in r["spans"]:
            by_type[sp["type"]] += 1
    total = sum(by_type.values())
    print("documents: %d   spans: %d   (%.1f spans/doc)" % (len(records), total, total / len(records)))
    print("\nspans per type:")
    for t in TYPES:
        print("  %-12s %5d" % (t, by_type[t]))
    print("\nper style (docs, spans):")
    for s, (n, k) in by_style.items():
        print("  %-26s %3d %5d" % (s, n, k))


def main(argv):
    records, data = build()
    if "--check" in argv:
        try:
            with open(OUT, "rb") as fh:
                old = fh.read()
        except OSError:
            print("notes.jsonl missing")
            return 1
        if old == data:
            print("OK: notes.jsonl is byte-identical to a fresh build (%d bytes)" % len(data))
            return 0
        print("MISMATCH: notes.jsonl differs from a fresh build")
        return 1
    with open(OUT, "wb") as fh:
        fh.write(data)
    report(records)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
