#!/usr/bin/env python3
"""Deterministic generator for the synthetic PHI evaluation corpus.

    python3 make_corpus.py          write notes.jsonl, print counts
    python3 make_corpus.py --check  exit 1 if notes.jsonl differs from what
                                    this script would write, else 0

Standard library only.  Every document is built by appending text pieces; a
labelled value's offsets are recorded at the moment it is appended (see
corpus_core.Doc), never by searching the finished text.
"""

import collections
import json
import os
import random
import re
import sys

import corpus_core as core
import styles_a
import styles_b
import styles_c

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "notes.jsonl")
SEED = "phi-eval-corpus-v1"
DOCS_PER_STYLE = 25

STYLES = [
    ("behavioral_health_note", styles_a.bh_progress),
    ("dental_chart", styles_a.dental),
    ("workers_comp_report", styles_a.workers_comp),
    ("school_nurse_log", styles_a.school_nurse),
    ("correctional_health", styles_a.correctional),
    ("hospice_visit", styles_b.hospice),
    ("ems_run_report", styles_b.ems),
    ("pharmacy_counselling", styles_b.pharmacy),
    ("trial_adverse_event", styles_b.trial_ae),
    ("genetic_counselling_letter", styles_b.genetics),
    ("medicolegal_dictation", styles_c.medicolegal),
    ("insurance_eob_denial", styles_c.eob),
    ("clinician_chat_email", styles_c.chat),
    ("sms_thread", styles_c.sms),
    ("vital_records_ocr", styles_c.vital_ocr),
    ("registry_extract", styles_c.registry),
]


class CorpusError(Exception):
    pass


# ---------------------------------------------------------------------------
# validation
# ---------------------------------------------------------------------------

AGE_WORD = {core.words(n): n for n in range(0, 100)}


def age_number(s):
    m = re.match(r"\d+", s)
    if m:
        return int(m.group())
    w = s.split("-year")[0]
    return AGE_WORD[w]


LEAK_PATTERNS = [
    (re.compile(r"555[-. ]?01\d\d"), "phone-like"),
    (re.compile(r"@example\.|example\.(org|com|net)"), "e-mail/url"),
    (re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b"), "date-like"),
    (re.compile(r"\b(19|20)\d\d-\d\d-\d\d\b"), "iso-date"),
    (re.compile(r"\b(192\.0\.2|198\.51\.100|203\.0\.113)\.\d+"), "ip"),
    (re.compile(r"2001:db8"), "ipv6"),
    (re.compile(r"\b\d{3}-\d{2}-\d{4}\b"), "ssn-like"),
]


def validate(doc_obj, values, persons):
    text = doc_obj["text"]
    spans = doc_obj["spans"]
    if len(spans) != len(values):
        raise CorpusError("span/value count mismatch")
    prev_end = -1
    covered = [False] * len(text)
    for sp, val in zip(spans, values):
        s, e, t = sp["start"], sp["end"], sp["type"]
        if t not in core.ALLOWED_TYPES:
            raise CorpusError("bad type %r" % t)
        if text[s:e] != val:
            raise CorpusError("span text %r != value %r" % (text[s:e], val))
        if not val:
            raise CorpusError("empty span")
        if s < prev_end:
            raise CorpusError("overlap/unsorted at %d" % s)
        prev_end = e
        if val != val.strip():
            raise CorpusError("whitespace edge %r" % val)
        if not (val[0].isalnum() or val[0] in "(+"):
            raise CorpusError("bad first char %r" % val)
        if not (val[-1].isalnum() or val[-1] == ")"):
            raise CorpusError("bad last char %r" % val)
        if val.count("(") != val.count(")"):
            raise CorpusError("unbalanced parens %r" % val)
        if "\n" in val:
            raise CorpusError("newline in span %r" % val)
        if t == "age" and age_number(val) <= 89:
            raise CorpusError("age <= 89 labelled: %r" % val)
        if t == "ssn" and not core.ssn_valid(val):
            raise CorpusError("invalid ssn %r" % val)
        if t == "vehicle" and len(val) == 17 and not core.vin_valid(val):
            raise CorpusError("invalid VIN %r" % val)
        if t == "license" and re.fullmatch(r"[12]\d{9}", val) and not \
                core.npi_valid(val):
            raise CorpusError("invalid NPI %r" % val)
        if t == "license" and re.fullmatch(r"[ABFGM][A-Z9]\d{7}", val) and \
                not core.dea_valid(val):
            raise CorpusError("invalid DEA %r" % val)
        for i in range(s, e):
            covered[i] = True
    # unlabelled text: no leaked names or obviously identifying strings
    plain = "".join(ch if not covered[i] else "\x00"
                    for i, ch in enumerate(text))
    for p in persons:
        toks = {p.first, p.last}
        if p.nick:
            toks.add(p.nick)
        for tok in toks:
            if len(tok) < 3:
                continue
            for variant in {tok, tok.upper(), tok.lower()}:
                if re.search(r"(?<![\w\x00])" + re.escape(variant) +
                             r"(?![\w\x00])", plain):
                    raise CorpusError("unlabelled name %r in: %s" % (
                        variant, plain[max(0, plain.find(variant) - 60):
                                       plain.find(variant) + 60]))
    for rx, what in LEAK_PATTERNS:
        m = rx.search(plain)
        if m:
            raise CorpusError("unlabelled %s %r near %r" % (
                what, m.group(), plain[max(0, m.start() - 50):m.end() + 30]))
    rt = json.loads(json.dumps(doc_obj, ensure_ascii=False))
    if rt != doc_obj:
        raise CorpusError("JSON round trip failed")


# ---------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------

def build():
    docs = []
    did = 0
    for style, fn in STYLES:
        for k in range(DOCS_PER_STYLE):
            rng = random.Random("%s|%s|%d" % (SEED, style, k))
            core.DATE_PREF["mdy"] = random.Random(
                "%s|%s|%d|house-date" % (SEED, style, k)).choice(
                    core.HOUSE_DATE_STYLES)
            del core.REGISTRY[:]
            d = fn(rng, k)
            persons = list(core.REGISTRY)
            obj = {"id": did, "style": style, "text": d.text(),
                   "spans": d.spans}
            try:
                validate(obj, d.values, persons)
            except CorpusError as exc:
                raise CorpusError("doc %d (%s #%d): %s" % (did, style, k, exc))
            docs.append(obj)
            did += 1
    return docs


def serialise(docs):
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in docs)


def main(argv):
    docs = build()
    data = serialise(docs).encode("utf-8")
    if "--check" in argv:
        try:
            with open(OUT, "rb") as fh:
                have = fh.read()
        except OSError:
            print("notes.jsonl missing")
            return 1
        if have != data:
            print("notes.jsonl differs from generator output")
            return 1
        print("notes.jsonl matches generator output (%d documents)" % len(docs))
        return 0
    with open(OUT, "wb") as fh:
        fh.write(data)
    by_type = collections.Counter()
    by_style = collections.OrderedDict()
    for o in docs:
        st = by_style.setdefault(o["style"], [0, 0])
        st[0] += 1
        st[1] += len(o["spans"])
        for sp in o["spans"]:
            by_type[sp["type"]] += 1
    print("wrote %s: %d documents, %d spans" % (
        os.path.basename(OUT), len(docs), sum(by_type.values())))
    print("\nspans per type:")
    for t in core.ALLOWED_TYPES:
        print("  %-12s %5d" % (t, by_type.get(t, 0)))
    print("\ndocuments / spans per style:")
    for s, (n, sp) in by_style.items():
        print("  %-28s %3d docs %5d spans" % (s, n, sp))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
