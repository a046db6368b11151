#!/usr/bin/env python3
"""Build the dev6 synthetic PHI evaluation corpus (400 documents, 16 styles x 25).

    python3 make_corpus.py          # write notes.jsonl, print counts
    python3 make_corpus.py --check  # rebuild in memory; exit 0 iff notes.jsonl is byte-identical

Python 3.11 standard library only.
"""
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from corpus_core import Doc, TYPES  # noqa: E402
STYLE_ORDER = ["gp_letter", "ed_triage", "community_nursing", "mental_health", "maternity", "paediatrics",
               "aged_care", "occupational_health", "dental_optometry", "insurance_claims", "legal_correspondence",
               "social_care", "patient_messages", "admin_logs", "allied_health", "end_of_life"]


def load_layouts():
    import styles_a
    import styles_b
    import styles_c
    import styles_d
    lay = {}
    for mod in (styles_a, styles_b, styles_c, styles_d):
        lay.update(mod.STYLES)
    return lay

PER_STYLE = 25
OUT = os.path.join(HERE, "notes.jsonl")


def validate(rec, vals):
    text, spans = rec["text"], rec["spans"]
    assert isinstance(text, str) and text
    prev_end = -1
    for sp, v in zip(spans, vals):
        s, e, t = sp["start"], sp["end"], sp["type"]
        assert t in TYPES, t
        assert 0 <= s < e <= len(text), sp
        assert text[s:e] == v, (text[s:e], v)
        seg = text[s:e]
        assert seg == seg.strip(), repr(seg)
        assert "\n" not in seg, repr(seg)
        assert s > prev_end, ("overlap/touch", rec["id"], sp, text[max(0, s - 20):e + 5])
        prev_end = e
    assert len(spans) == len(vals)


def build():
    LAYOUTS = load_layouts()
    recs = []
    i = 0
    for si, style in enumerate(STYLE_ORDER):
        fns = LAYOUTS[style]
        assert len(fns) == 5, style
        for k in range(PER_STYLE):
            fn = fns[k % 5]
            regs = fn.regions
            region = regs[(k // 5 + si) % len(regs)]
            r = random.Random(f"dev6|{style}|{k}")
            d = Doc(r, region, style, k % 5)
            fn(d)
            text = d.text()
            rec = {"id": i, "style": style, "text": text, "spans": d.spans}
            validate(rec, d.vals)
            rec["_region"] = region
            recs.append(rec)
            i += 1
    return recs


def serialise(recs):
    lines = []
    for rec in recs:
        o = {"id": rec["id"], "style": rec["style"], "text": rec["text"],
             "spans": [{"type": s["type"], "start": s["start"], "end": s["end"]} for s in rec["spans"]]}
        lines.append(json.dumps(o, ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode("utf-8")


def counts(recs):
    per_type = {t: 0 for t in TYPES}
    per_style = {}
    per_region = {}
    for rec in recs:
        st = per_style.setdefault(rec["style"], [0, 0])
        st[0] += 1
        st[1] += len(rec["spans"])
        per_region[rec["_region"]] = per_region.get(rec["_region"], 0) + 1
        for s in rec["spans"]:
            per_type[s["type"]] += 1
    return per_type, per_style, per_region


def main():
    recs = build()
    data = serialise(recs)
    if "--check" in sys.argv[1:]:
        try:
            with open(OUT, "rb") as fh:
                old = fh.read()
        except FileNotFoundError:
            print("notes.jsonl missing")
            sys.exit(1)
        if old == data:
            print(f"OK: notes.jsonl is byte-identical ({len(recs)} documents)")
            sys.exit(0)
        print("MISMATCH: notes.jsonl differs from a fresh build")
        sys.exit(1)
    with open(OUT, "wb") as fh:
        fh.write(data)
    per_type, per_style, per_region = counts(recs)
    total = sum(per_type.values())
    print(f"wrote {OUT}: {len(recs)} documents, {total} spans")
    print("\nspans per type")
    for t in TYPES:
        print(f"  {t:<12} {per_type[t]:>5}")
    print("\ndocuments / spans per style")
    for s in STYLE_ORDER:
        n, k = per_style[s]
        print(f"  {s:<22} {n:>3} {k:>5}")
    print("\ndocuments per region")
    for r_ in ["US", "UK", "IE", "CA", "AU", "NZ"]:
        print(f"  {r_:<3} {per_region.get(r_, 0):>4}")
    lens = sorted(len(r["spans"]) for r in recs)
    print(f"\nspans/document: min {lens[0]}, median {lens[len(lens) // 2]}, max {lens[-1]}")


if __name__ == "__main__":
    main()
