#!/usr/bin/env python3
"""Build the synthetic PHI evaluation corpus (notes.jsonl).

    python3 make_corpus.py           # write notes.jsonl, print counts
    python3 make_corpus.py --check   # rebuild in memory; exit 0 if identical

Python 3.11 standard library only.  Every document is generated from its own
random.Random seeded with a fixed string, so output is byte-identical across
runs and machines."""
import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

from wildgen.core import Doc, TYPES  # noqa: E402
from wildgen import registry  # noqa: E402

OUT = os.path.join(HERE, "notes.jsonl")
DOCS_PER_STYLE = 25
SEED = "wild-phi-corpus-v1"


def build_all():
    records = []
    doc_id = 0
    for style, module in registry.STYLES:
        n_layouts = module.N_LAYOUTS
        for k in range(DOCS_PER_STYLE):
            rng = random.Random("%s/%s/%d" % (SEED, style, k))
            layout = k % n_layouts
            region = module.region(rng, layout)
            g = registry.make_gen(rng, region)
            d = Doc(style)
            module.build(g, d, layout)
            records.append(d.record(doc_id))
            doc_id += 1
    validate(records)
    return records


def validate(records):
    for i, r in enumerate(records):
        assert r["id"] == i, "ids must run 0..N-1 in file order"
        text = r["text"]
        prev = -1
        for sp in r["spans"]:
            assert sp["type"] in TYPES, sp
            assert 0 <= sp["start"] < sp["end"] <= len(text), sp
            assert sp["start"] > prev, "overlap in doc %d" % i
            prev = sp["end"]


def serialise(records):
    return "".join(json.dumps(r, ensure_ascii=False, separators=(", ", ": ")) + "\n"
                   for r in records).encode("utf-8")


def report(records):
    by_type = collections.Counter()
    by_style = collections.OrderedDict()
    for r in records:
        st = by_style.setdefault(r["style"], [0, 0])
        st[0] += 1
        st[1] += len(r["spans"])
        for sp in r["spans"]:
            by_type[sp["type"]] += 1
    print("spans per type:")
    for t in TYPES:
        print("  %-12s %5d" % (t, by_type[t]))
    print("per style (docs, spans, spans/doc):")
    for s, (n, k) in by_style.items():
        print("  %-18s %3d %5d %6.1f" % (s, n, k, k / n))
    total = sum(by_type.values())
    print("total: %d documents, %d spans (%.1f per document)" % (len(records), total, total / len(records)))


def main(argv):
    records = build_all()
    data = serialise(records)
    if "--check" in argv:
        try:
            with open(OUT, "rb") as fh:
                old = fh.read()
        except FileNotFoundError:
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
