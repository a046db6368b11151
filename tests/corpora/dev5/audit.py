"""Developer self-check: list number-like / email-like strings that fall outside every span."""
import json, re, sys, collections
pats = {
 "email": r"[\w.+-]+@[\w-]+\.[\w.]+",
 "url": r"https?://\S+|www\.\S+",
 "date": r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b",
 "longnum": r"\b[A-Z]{0,3}\d[\d -]{5,}\d\b",
 "ip": r"\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b",
}
cnt = collections.Counter(); ex = collections.defaultdict(list)
for line in open("notes.jsonl", encoding="utf-8"):
    r = json.loads(line); t = r["text"]
    cov = [False]*len(t)
    for s in r["spans"]:
        for i in range(s["start"], s["end"]): cov[i] = True
    for k, p in pats.items():
        for m in re.finditer(p, t):
            if not any(cov[m.start():m.end()]):
                cnt[(k, r["style"])] += 1
                if len(ex[k]) < 60: ex[k].append((r["id"], m.group(0), t[max(0,m.start()-30):m.end()+10].replace("\n"," ")))
for k, v in sorted(cnt.items()): print(k, v)
for k in ex:
    print("==", k)
    for e in ex[k][:60]: print("  ", e)
