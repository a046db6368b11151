#!/usr/bin/env python3
"""Dev viewer: print documents with spans marked inline as [[type|value]].
usage: python3 show.py [style] [max_docs]"""
import json, sys
style = sys.argv[1] if len(sys.argv) > 1 else None
mx = int(sys.argv[2]) if len(sys.argv) > 2 else 3
n = 0
for line in open("notes.jsonl", encoding="utf-8"):
    r = json.loads(line)
    if style and r["style"] != style:
        continue
    t = r["text"]; out = []; pos = 0
    for s in r["spans"]:
        out.append(t[pos:s["start"]]); out.append("[[%s|%s]]" % (s["type"], t[s["start"]:s["end"]])); pos = s["end"]
    out.append(t[pos:])
    print("=" * 20, r["id"], r["style"], len(r["spans"]), "spans")
    print("".join(out))
    n += 1
    if n >= mx:
        break
