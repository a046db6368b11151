#!/usr/bin/env python3
"""Generate the 'forms' synthetic PHI evaluation corpus (notes.jsonl).

Forms, faxes and conversational text written by non-clinicians: portal messages,
nurse-line calls, chat-bot logs, faxed referrals, appeals, billing disputes, excuse
letters, FMLA/disability forms, DMV/placard forms, pharmacy refills, transport and
home-care scheduling, device/DME paperwork, research consent, release-of-information
requests, legal letters and lab requisitions.

Deterministic: fixed seed, standard library only (Python 3.11).

    python3 make_corpus.py           # write notes.jsonl and print span counts
    python3 make_corpus.py --check   # exit 1 if notes.jsonl differs from what would be written
"""
import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True

from gen_core import Gen, STRAY, TYPES, words  # noqa: E402
import styles_a as A  # noqa: E402
import styles_b as B  # noqa: E402

SEED = 7301
PER_STYLE = 25
MAX_ATTEMPTS = 60
MIN_LEN, MAX_LEN = 100, 2000
OUT = HERE / "notes.jsonl"

STYLES = {
    "portal_message": A.portal_message,
    "nurse_line_call": A.nurse_line_call,
    "chatbot_transcript": A.chatbot_transcript,
    "fax_referral": A.fax_referral,
    "insurance_appeal": A.insurance_appeal,
    "billing_dispute": A.billing_dispute,
    "excuse_letter": A.excuse_letter,
    "fmla_disability": A.fmla_disability,
    "dmv_placard": B.dmv_placard,
    "pharmacy_refill": B.pharmacy_refill,
    "transport_homecare": B.transport_homecare,
    "device_dme": B.device_dme,
    "research_consent": B.research_consent,
    "roi_request": B.roi_request,
    "legal_letter": B.legal_letter,
    "lab_requisition": B.lab_requisition,
}


def problems(text, spans):
    """Every rule a finished document must satisfy; returns a list of messages."""
    out = []
    if not (MIN_LEN <= len(text) <= MAX_LEN):
        out.append(f"length {len(text)} outside {MIN_LEN}-{MAX_LEN}")
    prev_end = -1
    for s in spans:
        v, a, b = s["value"], s["start"], s["end"]
        if s["type"] not in TYPES:
            out.append(f"bad type {s['type']}")
        if text[a:b] != v:
            out.append(f"span text {text[a:b]!r} != inserted {v!r}")
        if a < prev_end:
            out.append(f"overlap/unsorted at {a}")
        prev_end = b
        if not v:
            out.append("empty span")
            continue
        if v[0] in STRAY or (v[0] == "(" and ")" not in v) or v[0] == ")":
            out.append(f"stray char at start of {v!r}")
        if v[-1] in STRAY or (v[-1] == ")" and "(" not in v) or v[-1] == "(":
            out.append(f"stray char at end of {v!r}")
    # no labelled value may also occur unlabelled (case-insensitive, whole-token match)
    low = text.lower()
    assert len(low) == len(text)
    for v in {s["value"] for s in spans}:
        lv = v.lower()
        i = low.find(lv)
        while i != -1:
            j = i + len(lv)
            whole = (i == 0 or not low[i - 1].isalnum()) and (j == len(low) or not low[j].isalnum())
            if whole and not any(s["start"] <= i and j <= s["end"] for s in spans):
                out.append(f"value {v!r} also appears unlabelled at {i}")
                break
            i = low.find(lv, i + 1)
    return out


def build():
    order = [st for st in STYLES for _ in range(PER_STYLE)]
    random.Random(SEED).shuffle(order)
    docs, retries = [], Counter()
    seen = Counter()
    for doc_id, style in enumerate(order):
        k = seen[style]
        seen[style] += 1
        for attempt in range(MAX_ATTEMPTS):
            rng = random.Random(f"{SEED}:{doc_id}:{attempt}")
            d = STYLES[style](Gen(rng, k))
            text = d.text()
            if not problems(text, d.spans):
                break
            retries[style] += 1
        else:
            raise SystemExit(f"doc {doc_id} ({style}): no valid document after {MAX_ATTEMPTS} attempts: "
                             f"{problems(text, d.spans)[:3]}")
        docs.append({"id": doc_id, "style": style, "text": text, "spans": d.spans})
    return docs, retries


AGE_WORDS = {words(n): n for n in range(90, 111)}


def safety_problems(text, spans):
    """Type-specific sanity: ages > 89, invented phone numbers, documentation IPs, example domains."""
    out = []
    for s in spans:
        v, t = s["value"], s["type"]
        if t == "age":
            m = re.match(r"\d+", v)
            n = int(m.group()) if m else AGE_WORDS.get(re.split(r"-year| years", v)[0])
            if n is None or n <= 89:
                out.append(f"age span {v!r} is not an age over 89")
        elif t in ("phone", "fax") and re.search(r"\d", v):
            dg = re.sub(r"\D", "", v)
            if "55501" not in dg and not dg.lstrip("1").startswith("55501"):
                out.append(f"{t} {v!r} is not a 555-01xx / (555) 01x fictitious number")
        elif t == "ip_address":
            if not (v.startswith(("192.0.2.", "198.51.100.", "203.0.113.")) or v.lower().startswith("2001:db8:")):
                out.append(f"ip {v!r} outside documentation ranges")
        elif t in ("email", "url"):
            host = v.split("@")[-1] if t == "email" else re.sub(r"^https?://", "", v).split("/")[0]
            if not re.search(r"(^|\.)example\.(com|org|net)$", host):
                out.append(f"{t} {v!r} not on an example.* domain")
        elif t == "zip" and not re.fullmatch(r"\d{5}(-\d{4})?", v):
            out.append(f"zip {v!r} malformed")
    return out


def final_checks(docs):
    errs = []
    for i, d in enumerate(docs):
        if d["id"] != i:
            errs.append(f"id {d['id']} at line {i}")
        for p in problems(d["text"], d["spans"]) + safety_problems(d["text"], d["spans"]):
            errs.append(f"doc {d['id']}: {p}")
    per_type = Counter(s["type"] for d in docs for s in d["spans"])
    for t in TYPES:
        if t != "biometric" and per_type[t] < 20:
            errs.append(f"type {t} has only {per_type[t]} spans (< 20)")
    if errs:
        raise SystemExit("corpus checks failed:\n  " + "\n  ".join(errs[:40]))
    return per_type


def serialise(docs):
    lines = []
    for d in docs:
        obj = {"id": d["id"], "style": d["style"], "text": d["text"],
               "spans": [{"type": s["type"], "start": s["start"], "end": s["end"]} for s in d["spans"]]}
        lines.append(json.dumps(obj, ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode("utf-8")


def report(docs, per_type, retries):
    print(f"documents: {len(docs)}   spans: {sum(per_type.values())}")
    print("\nspans per type:")
    for t in TYPES:
        print(f"  {t:<12} {per_type[t]:>5}")
    by_style = defaultdict(Counter)
    ndocs = Counter()
    for d in docs:
        ndocs[d["style"]] += 1
        for s in d["spans"]:
            by_style[d["style"]][s["type"]] += 1
    print("\nper style: docs, spans, (types present)")
    for st in STYLES:
        c = by_style[st]
        kinds = " ".join(f"{t}={c[t]}" for t in TYPES if c[t])
        print(f"  {st:<20} docs={ndocs[st]:>3} spans={sum(c.values()):>4}  {kinds}")
    lens = sorted(len(d["text"]) for d in docs)
    print(f"\ndoc length min/median/max: {lens[0]}/{lens[len(lens) // 2]}/{lens[-1]}")
    print(f"rejected drafts regenerated (deterministic): {sum(retries.values())}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if notes.jsonl is not what this script writes")
    args = ap.parse_args()
    docs, retries = build()
    per_type = final_checks(docs)
    data = serialise(docs)
    if args.check:
        if not OUT.exists() or OUT.read_bytes() != data:
            print(f"{OUT.name} differs from generator output", file=sys.stderr)
            sys.exit(1)
        print(f"{OUT.name} is up to date ({len(docs)} documents)")
        return
    OUT.write_bytes(data)
    report(docs, per_type, retries)


if __name__ == "__main__":
    main()
