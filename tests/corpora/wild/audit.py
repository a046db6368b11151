#!/usr/bin/env python3
"""Dev-time audit of notes.jsonl (reads only this corpus).

Looks for text OUTSIDE labelled spans that resembles an identifier, so a
human can decide whether it is a deliberate near-miss or a missed label.
Also checks some formats inside spans.  Prints findings; exit code 0."""
import collections
import json
import re
import sys

sys.path.insert(0, ".")
from wildgen import pools as P  # noqa: E402

NAMES = set(n.lower() for n in P.FEMALE + P.MALE + P.LAST)
EPONYM_OK = {"foley", "murphy", "graves", "addison", "bell", "parkinson", "crohn", "cushing", "hodgkin",
             "morse", "braden", "glasgow", "hartmann", "homans", "babinski", "trendelenburg", "holter",
             "whipple", "kernig", "allen", "heimlich", "swan", "kegel", "gram", "apgar"}

PATTERNS = {
    "digits5+": re.compile(r"(?<![\w.])\d[\d\- ]{3,}\d(?![\w])"),
    "slashdate": re.compile(r"\b\d{1,2}/\d{1,2}(/\d{2,4})?\b"),
    "email": re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b"),
    "url": re.compile(r"https?://|www\."),
    "month": re.compile(r"\b(Jan(uary)?|Feb(ruary)?|Mar(ch)?|Apr(il)?|Jun(e)?|Jul(y)?|Aug(ust)?|Sep(t(ember)?)?|Oct(ober)?|Nov(ember)?|Dec(ember)?)\.? \d{1,2}\b", re.I),
}


def outside(text, spans):
    mask = [False] * len(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            mask[i] = True
    return mask


def main():
    recs = [json.loads(l) for l in open("notes.jsonl", encoding="utf-8")]
    findings = collections.defaultdict(list)
    for r in recs:
        t = r["text"]
        m = outside(t, r["spans"])
        for w in re.finditer(r"[A-Za-z][A-Za-z'\-]+", t):
            if any(m[w.start():w.end()]):
                continue
            lw = w.group().lower()
            if lw in NAMES and lw not in EPONYM_OK:
                findings["name-token"].append((r["id"], r["style"], t[max(0, w.start() - 40):w.end() + 40].replace("\n", "⏎")))
        for key, pat in PATTERNS.items():
            for x in pat.finditer(t):
                if any(m[x.start():x.end()]):
                    continue
                findings[key].append((r["id"], r["style"], t[max(0, x.start() - 40):x.end() + 40].replace("\n", "⏎")))
        # span-internal sanity: a span may not start/end inside a word
        for s in r["spans"]:
            a, b = s["start"], s["end"]
            if a > 0 and t[a - 1].isalnum() and t[a].isalnum():
                findings["span-mid-word"].append((r["id"], r["style"], t[max(0, a - 20):b + 20]))
            if b < len(t) and t[b].isalnum() and t[b - 1].isalnum():
                findings["span-mid-word"].append((r["id"], r["style"], t[max(0, a - 20):b + 20]))
    want = sys.argv[1] if len(sys.argv) > 1 else None
    for k, v in findings.items():
        if want and k != want:
            continue
        print("== %s: %d" % (k, len(v)))
        for f in v[: (400 if want else 15)]:
            print("  ", f)


if __name__ == "__main__":
    main()
