#!/usr/bin/env python3
"""Build the dev2 PHI evaluation corpus (notes.jsonl).

    python3 make_corpus.py            # build, validate, write notes.jsonl, print counts
    python3 make_corpus.py --check    # rebuild in memory; exit 0 if notes.jsonl is identical
    python3 make_corpus.py --show N   # print document N with its spans (debugging aid)

Standard library only.  Document k of style s is generated from a
random.Random seeded with the string "phi-dev2|<s>|<k>".  If that document
fails validation (almost always: a length outside 300-2,500 characters, or
a random value that happens to reappear unlabelled), the builder tries
"phi-dev2|<s>|<k>|retry<n>" for n = 1, 2, ...; the whole process stays
deterministic and the number of retries is printed.
"""

import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # keep the corpus directory free of __pycache__

from phigen import Doc, validate, ALLOWED_TYPES  # noqa: E402
import styles_a  # noqa: E402
import styles_b  # noqa: E402

DOCS_PER_STYLE = 20
MAX_TRIES = 60
OUT = os.path.join(HERE, "notes.jsonl")

STYLES = [
    ("portal_message", styles_a.portal_message),
    ("referral_abroad", styles_a.referral_abroad),
    ("fax_cover_ocr", styles_a.fax_cover_ocr),
    ("call_centre", styles_a.call_centre),
    ("discharge_plain", styles_a.discharge_plain),
    ("home_health", styles_a.home_health),
    ("travel_clinic", styles_a.travel_clinic),
    ("billing_collections", styles_a.billing_collections),
    ("lab_requisition", styles_b.lab_requisition),
    ("device_registry", styles_b.device_registry),
    ("transport_parking", styles_b.transport_parking),
    ("social_work", styles_b.social_work),
    ("telehealth_chat", styles_b.telehealth_chat),
    ("insurance_appeal", styles_b.insurance_appeal),
    ("nursing_home_transfer", styles_b.nursing_home_transfer),
    ("family_email", styles_b.family_email),
]


def build_one(style, fn, k):
    errors = collections.Counter()
    for attempt in range(MAX_TRIES):
        seed = "phi-dev2|%s|%d" % (style, k) + ("" if attempt == 0 else "|retry%d" % attempt)
        rng = random.Random(seed)
        d = Doc(rng, style)
        fn(d)
        text = d.text()
        spans = d.spans
        errs = validate(d, text, spans, d.reg)
        if not errs:
            clean = [{"type": s["type"], "start": s["start"], "end": s["end"]} for s in spans]
            return text, clean, attempt, errors
        for e in errs:
            errors[e.split(" ")[0] + " " + (e.split(" ")[1] if len(e.split(" ")) > 1 else "")] += 1
        last = errs
    raise SystemExit("style %s doc %d failed validation %d times; last errors: %s"
                     % (style, k, MAX_TRIES, last[:5]))


def build_all(verbose=False):
    records = []
    retries = 0
    err_kinds = collections.Counter()
    doc_id = 0
    for style, fn in STYLES:
        for k in range(DOCS_PER_STYLE):
            text, spans, attempt, errs = build_one(style, fn, k)
            retries += attempt
            err_kinds.update(errs)
            records.append({"id": doc_id, "style": style, "text": text, "spans": spans})
            doc_id += 1
    if verbose:
        return records, retries, err_kinds
    return records


def serialise(records):
    lines = []
    for rec in records:
        line = json.dumps(rec, ensure_ascii=False)
        back = json.loads(line)
        assert back == rec
        for s in back["spans"]:
            assert s["type"] in ALLOWED_TYPES
        lines.append(line + "\n")
    return "".join(lines).encode("utf-8")


def print_counts(records, retries=None, err_kinds=None):
    by_type = collections.Counter()
    by_style = collections.OrderedDict()
    chars = []
    for rec in records:
        st = by_style.setdefault(rec["style"], collections.Counter())
        st["documents"] += 1
        st["spans"] += len(rec["spans"])
        chars.append(len(rec["text"]))
        for s in rec["spans"]:
            by_type[s["type"]] += 1
    print("documents: %d   spans: %d   characters: %d (min %d, max %d, mean %.0f)"
          % (len(records), sum(by_type.values()), sum(chars), min(chars), max(chars), sum(chars) / len(chars)))
    print("\nspans per type:")
    for t in ALLOWED_TYPES:
        print("  %-12s %5d" % (t, by_type.get(t, 0)))
    print("\nper style (documents / spans):")
    for st, c in by_style.items():
        print("  %-22s %3d %5d" % (st, c["documents"], c["spans"]))
    if retries is not None:
        print("\nseed retries after failed validation: %d" % retries)
        if err_kinds:
            for k, v in err_kinds.most_common():
                print("  %5d  %s" % (v, k))


def show(records, n):
    rec = records[n]
    print("id %d  style %s  length %d" % (rec["id"], rec["style"], len(rec["text"])))
    print(rec["text"])
    print("---")
    for s in rec["spans"]:
        print("  %-12s %5d %5d  %r" % (s["type"], s["start"], s["end"], rec["text"][s["start"]:s["end"]]))


def main(argv):
    if "--check" in argv:
        data = serialise(build_all())
        try:
            with open(OUT, "rb") as fh:
                old = fh.read()
        except OSError:
            print("notes.jsonl missing")
            return 1
        if old == data:
            print("notes.jsonl is up to date (%d bytes)" % len(data))
            return 0
        print("notes.jsonl differs from a fresh build")
        return 1
    if "--show" in argv:
        recs = build_all()
        for a in argv[argv.index("--show") + 1:]:
            show(recs, int(a))
        return 0
    records, retries, err_kinds = build_all(verbose=True)
    data = serialise(records)
    with open(OUT, "wb") as fh:
        fh.write(data)
    print_counts(records, retries, err_kinds)
    print("\nwrote %s (%d bytes)" % (OUT, len(data)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
