#!/usr/bin/env python3
"""Build the dev8 synthetic PHI evaluation corpus.

    python3 make_corpus.py           write notes.jsonl, print counts per type and per style
    python3 make_corpus.py --check   rebuild in memory; exit 0 if notes.jsonl is byte-identical, else 1

Python 3.11 standard library only.  Every document has its own
random.Random(<string seed>); spans are recorded while the text is appended.
"""
import json
import os
import random
import sys

from core import ALLOWED, Ctx, Doc
import s_a
import s_b
import s_c
import s_d

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "notes.jsonl")

STYLES = ["behavioral_health", "dental", "workers_comp", "school_nurse", "correctional_health", "hospice",
          "ems", "pharmacy", "trial_sae", "genetics_letter", "medicolegal_dictation", "eob_billing",
          "clinician_chat", "sms_thread", "vital_records_ocr", "registry_extract"]
DOCS_PER_STYLE = 25
N_LAYOUTS = 5
MIN_SPANS, MAX_SPANS = 12, 18
MAX_TRIES = 60

LAYOUTS = {}
REGIONS = {}
for mod in (s_a, s_b, s_c, s_d):
    LAYOUTS.update(mod.LAYOUTS)
    REGIONS.update(mod.REGIONS)


def pick_region(seed, style):
    rr = random.Random(seed + "/region")
    pairs = REGIONS[style]
    tot = sum(w for _, w in pairs)
    x = rr.random() * tot
    for reg, w in pairs:
        x -= w
        if x < 0:
            return reg
    return pairs[-1][0]


def validate(doc_id, text, spans):
    """raise AssertionError on any problem"""
    prev_end = -1
    for sp in spans:
        t, s, e = sp["type"], sp["start"], sp["end"]
        assert t in ALLOWED, (doc_id, t)
        assert 0 <= s < e <= len(text), (doc_id, sp)
        assert text[s:e] == sp["_v"], (doc_id, sp, text[s:e])
        assert text[s:e] == text[s:e].strip(), (doc_id, sp)
        assert s > prev_end, (doc_id, "overlap/touch", sp)   # strictly after: no overlap, no touching
        prev_end = e


def build_one(style, k):
    layout = LAYOUTS[style][k % N_LAYOUTS]
    base = f"dev8-{style}-{k:02d}"
    last = None
    for attempt in range(MAX_TRIES):
        seed = base if attempt == 0 else f"{base}-retry{attempt}"
        region = pick_region(seed, style)
        C = Ctx(seed, style, region)
        d = Doc(random.Random(seed + "/noise"))
        layout(C, d)
        text = d.text()
        spans = d.spans
        last = (len(spans), seed)
        if MIN_SPANS <= len(spans) <= MAX_SPANS:
            return text, spans, region, seed
    raise RuntimeError(f"{style} #{k}: could not reach {MIN_SPANS}-{MAX_SPANS} spans, last {last}")


def build_all():
    rows = []
    meta = []
    doc_id = 0
    for style in STYLES:
        for k in range(DOCS_PER_STYLE):
            text, spans, region, seed = build_one(style, k)
            validate(doc_id, text, spans)
            clean = [{"type": s["type"], "start": s["start"], "end": s["end"]} for s in spans]
            rows.append({"id": doc_id, "style": style, "text": text, "spans": clean})
            meta.append({"id": doc_id, "region": region, "layout": k % N_LAYOUTS, "seed": seed})
            doc_id += 1
    ids = [r["id"] for r in rows]
    assert ids == list(range(len(STYLES) * DOCS_PER_STYLE))
    return rows, meta


def serialise(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def counts(rows):
    by_type = {t: 0 for t in ALLOWED}
    by_style = {}
    for r in rows:
        st = by_style.setdefault(r["style"], {"docs": 0, "spans": 0})
        st["docs"] += 1
        st["spans"] += len(r["spans"])
        for s in r["spans"]:
            by_type[s["type"]] += 1
    return by_type, by_style


def main(argv):
    rows, meta = build_all()
    data = serialise(rows)
    if "--check" in argv:
        try:
            with open(OUT, "rb") as fh:
                old = fh.read()
        except OSError:
            print("notes.jsonl missing")
            return 1
        if old == data:
            print(f"OK: notes.jsonl is byte-identical ({len(rows)} documents)")
            return 0
        print("MISMATCH: notes.jsonl differs from a fresh build")
        return 1
    with open(OUT, "wb") as fh:
        fh.write(data)
    by_type, by_style = counts(rows)
    total = sum(by_type.values())
    print(f"wrote {OUT}: {len(rows)} documents, {total} spans")
    print()
    print(f"{'type':<14}{'spans':>7}")
    for t in ALLOWED:
        print(f"{t:<14}{by_type[t]:>7}")
    print()
    print(f"{'style':<24}{'docs':>5}{'spans':>7}{'mean':>7}")
    for s in STYLES:
        v = by_style[s]
        print(f"{s:<24}{v['docs']:>5}{v['spans']:>7}{v['spans'] / v['docs']:>7.1f}")
    regions = {}
    for m in meta:
        regions[m["region"]] = regions.get(m["region"], 0) + 1
    print()
    print("regions: " + ", ".join(f"{k} {regions[k]}" for k in ("US", "UK", "CA", "AU") if k in regions))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
