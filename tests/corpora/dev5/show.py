import sys
sys.dont_write_bytecode = True
import importlib
for m in ["layouts_a","layouts_b","layouts_c","layouts_d"]:
    importlib.import_module(m)
import make_corpus as M
st = sys.argv[1]
for k in [int(x) for x in sys.argv[2].split(",")]:
    text, spans, region, li = M.build_doc(st, k)
    print("#### %s/%d layout %d region %s  spans=%d" % (st, k, li, region, len(spans)))
    # inline markup
    out = []; p = 0
    for s in spans:
        out.append(text[p:s["start"]]); out.append("[[" + text[s["start"]:s["end"]] + "|" + s["type"] + "]]"); p = s["end"]
    out.append(text[p:])
    print("".join(out))
    print()
