#!/usr/bin/env python3
"""Build the synthetic PHI evaluation corpus (notes.jsonl + README.md).

    python3 make_corpus.py           # write notes.jsonl and README.md, print counts
    python3 make_corpus.py --check   # rebuild in memory; exit 0 iff notes.jsonl is byte-identical

Python 3.11 standard library only.  Every document has its own
random.Random seeded with a string, so output does not depend on
PYTHONHASHSEED or on set/dict hash order.
"""

import sys

sys.dont_write_bytecode = True

import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import corpus_core as K  # noqa: E402
import layouts_a  # noqa: E402,F401  (registers layouts)
import layouts_b  # noqa: E402,F401
import layouts_c  # noqa: E402,F401
import layouts_d  # noqa: E402,F401

STYLES = ["voicemail", "email_thread", "portal_message", "ocr_referral", "case_management", "home_health",
          "lab_requisition", "prior_auth_appeal", "incident_report", "research_crf", "forensic_eval",
          "sbar_handoff", "telehealth_chat", "radiology_report", "pharmacy_call", "death_records"]
PER_STYLE = 25
N_LAYOUTS = 5
SEED_PREFIX = "dev5-phi-corpus"


def build_doc(style, k):
    layout_idx = k % N_LAYOUTS
    fn, regions = K.REG[(style, layout_idx)]
    rng = random.Random("%s|%s|%d" % (SEED_PREFIX, style, k))
    region = rng.choice(regions)
    c = K.C(rng, region, style)
    fn(c)
    text = c.d.text()
    spans = [{"type": s["type"], "start": s["start"], "end": s["end"]} for s in c.d.spans]
    for s, raw in zip(spans, c.d.spans):
        if text[s["start"]:s["end"]] != raw["_v"]:
            raise AssertionError("span text mismatch in %s/%d" % (style, k))
    return text, spans, region, layout_idx


def validate(rec, expect_id):
    errs = []
    text = rec["text"]
    if rec["id"] != expect_id:
        errs.append("id %r != %d" % (rec["id"], expect_id))
    prev_end = -1
    for s in rec["spans"]:
        st, en, ty = s["start"], s["end"], s["type"]
        if ty not in K.TYPES:
            errs.append("bad type %s" % ty)
        if not (0 <= st < en <= len(text)):
            errs.append("bad offsets %r" % s)
            continue
        v = text[st:en]
        if v != v.strip():
            errs.append("whitespace at span edge %r" % v)
        if st <= prev_end:
            errs.append("overlapping or touching spans at %d" % st)
        prev_end = en
    return errs


def build_all():
    recs = []
    meta = []
    i = 0
    for style in STYLES:
        for k in range(PER_STYLE):
            text, spans, region, li = build_doc(style, k)
            rec = {"id": i, "style": style, "text": text, "spans": spans}
            errs = validate(rec, i)
            if errs:
                raise AssertionError("doc %d (%s/%d): %s" % (i, style, k, "; ".join(errs[:5])))
            recs.append(rec)
            meta.append((style, li, region))
            i += 1
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
    return recs, meta, data.encode("utf-8")


def counts(recs):
    per_type = {t: 0 for t in K.TYPES}
    per_style = {}
    for r in recs:
        row = per_style.setdefault(r["style"], {"docs": 0, "spans": 0})
        row["docs"] += 1
        row["spans"] += len(r["spans"])
        for s in r["spans"]:
            per_type[s["type"]] += 1
    return per_type, per_style


def tables(recs, meta):
    per_type, per_style = counts(recs)
    total = sum(per_type.values())
    lines = ["| type | spans |", "|---|---:|"]
    for t in K.TYPES:
        lines.append("| `%s` | %d |" % (t, per_type[t]))
    lines.append("| **total** | **%d** |" % total)
    t1 = "\n".join(lines)
    lines = ["| style | docs | spans | spans/doc | US | UK | CA |", "|---|---:|---:|---:|---:|---:|---:|"]
    for st in STYLES:
        row = per_style[st]
        reg = {"US": 0, "UK": 0, "CA": 0}
        for (s2, _li, rg) in meta:
            if s2 == st:
                reg[rg] += 1
        lines.append("| `%s` | %d | %d | %.1f | %d | %d | %d |" % (st, row["docs"], row["spans"], row["spans"] / row["docs"],
                                                               reg["US"], reg["UK"], reg["CA"]))
    t2 = "\n".join(lines)
    return t1, t2, per_type, per_style


def main():
    recs, meta, data = build_all()
    path = os.path.join(HERE, "notes.jsonl")
    if "--check" in sys.argv[1:]:
        try:
            with open(path, "rb") as fh:
                old = fh.read()
        except OSError:
            print("notes.jsonl missing")
            sys.exit(1)
        # also re-validate what is on disk
        ok = old == data
        if ok:
            for i, line in enumerate(old.decode("utf-8").splitlines()):
                errs = validate(json.loads(line), i)
                if errs:
                    ok = False
                    print("doc %d: %s" % (i, errs[0]))
                    break
        print("check: notes.jsonl is %s (%d docs)" % ("byte-identical" if ok else "DIFFERENT", len(recs)))
        sys.exit(0 if ok else 1)
    with open(path, "wb") as fh:
        fh.write(data)
    t1, t2, per_type, per_style = tables(recs, meta)
    import readme_text
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme_text.render(t1, t2, len(recs), sum(per_type.values())))
    print("wrote %s: %d documents, %d spans" % (path, len(recs), sum(per_type.values())))
    print("\nspans per type")
    for t in K.TYPES:
        print("  %-12s %5d" % (t, per_type[t]))
    print("\ndocs / spans per style")
    for st in STYLES:
        print("  %-18s %3d docs %5d spans" % (st, per_style[st]["docs"], per_style[st]["spans"]))


if __name__ == "__main__":
    main()
