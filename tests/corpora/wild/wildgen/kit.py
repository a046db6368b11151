"""Layout helpers shared by the style modules."""

EMOJI = ["🙏", "😩", "😭", "🙂", "😊", "👍", "❤️", "🤞", "😬", "😷", "🤒", "💊", "😡",
         "🥺", "😅", "🤕", "💯", "😔", "👋"]


def N(v):
    return ("name", v)


def D(v):
    return ("date", v)


def case(g, s):
    """Randomly re-case a label."""
    r = g.rng.random()
    if r < 0.2:
        return s.upper()
    if r < 0.3:
        return s.lower()
    return s


def pick(g, variants, recase=True):
    s = g.rng.choice(variants)
    return case(g, s) if recase else s


def sep(g, numeric=False):
    opts = [": ", ": ", ": ", ":", " : ", " - ", ":  ", ":\t"]
    if numeric:
        opts += ["# ", " #: ", " no. "]
    return g.rng.choice(opts)


def title_dr(g):
    return g.rng.choice(["Dr. ", "Dr ", "Dr. ", "DR. ", "dr "])


def emit_fields(d, g, items, mode=None, per_line=None, width=None):
    """items: list of (label, piece) -- piece is a str, a (type, value)
    tuple, or a list of those.  Labels are never inside spans."""
    rng = g.rng
    if mode is None:
        mode = rng.choice(["lines", "lines", "pad", "pipe", "twocol", "tab"])
    s = sep(g)
    if mode == "pad":
        w = width or max(len(l) for l, _ in items) + rng.randint(2, 5)
    for i, (label, piece) in enumerate(items):
        if mode == "lines":
            d.add(label, s, piece, "\n")
        elif mode == "pad":
            d.add((label + ":").ljust(w), piece, "\n")
        elif mode == "pipe":
            d.add(label, s, piece)
            k = per_line or 3
            d.add("\n" if (i + 1) % k == 0 or i == len(items) - 1 else rng.choice([" | ", " | ", " |", "  |  "]))
        elif mode == "twocol":
            d.add(label, s, piece)
            d.add("\n" if (i % 2 == 1 or i == len(items) - 1) else rng.choice(["    ", "\t", "      ", "   "]))
        elif mode == "tab":
            d.add(label, ":\t", piece, "\n")
        elif mode == "semi":
            d.add(label, s, piece, "; " if i < len(items) - 1 else "\n")
        else:
            raise ValueError(mode)


# ---------------------------------------------------------------- noise filters
OCR_SUBS = [("l", "1"), ("I", "l"), ("O", "0"), ("o", "0"), ("i", "l"), ("rn", "m"),
            ("m", "rn"), ("e", "c"), ("S", "5"), ("B", "8"), ("cl", "d"), (".", ","),
            ("a", "e"), ("h", "b"), ("t", "f"), ("1", "l"), ("0", "O")]
STRAY = ["'", "`", "|", "~", "»", "·", ".", "^", "¦", "‚"]


def ocr_filter(g, rate=0.04, breaks=0.04):
    rng = g.rng

    def f(s):
        out = []
        i = 0
        while i < len(s):
            c = s[i]
            r = rng.random()
            if c == " " and rng.random() < breaks:
                out.append(rng.choice(["\n", "\n", " \n", "\n "]))
                i += 1
                continue
            if r < rate:
                for a, b in OCR_SUBS:
                    if s.startswith(a, i) and rng.random() < 0.6:
                        out.append(b)
                        i += len(a)
                        break
                else:
                    out.append(c)
                    i += 1
                continue
            if r < rate + rate / 4 and c in " \n":
                out.append(c + rng.choice(STRAY))
                i += 1
                continue
            out.append(c)
            i += 1
        return "".join(out)

    return f


def ocr_value(g, s, rate=0.15):
    """Occasional O/0 l/1 confusion inside a value (span covers the result)."""
    rng = g.rng
    out = []
    for c in s:
        if rng.random() < rate:
            c = {"0": "O", "O": "0", "1": "l", "l": "1", "I": "1", "5": "S", "8": "B", "6": "b"}.get(c, c)
        out.append(c)
    return "".join(out)


KEYS = "qwertyuiopasdfghjklzxcvbnm"


def typo_filter(g, rate=0.03, lower=True):
    rng = g.rng

    def f(s):
        if lower:
            s = s.lower()
        out = list(s)
        i = 0
        res = []
        while i < len(out):
            c = out[i]
            if c.isalpha() and rng.random() < rate:
                k = rng.randint(0, 3)
                if k == 0 and i + 1 < len(out) and out[i + 1].isalpha():
                    res.append(out[i + 1])
                    res.append(c)
                    i += 2
                    continue
                if k == 1:
                    i += 1
                    continue
                if k == 2:
                    res.append(c + c)
                    i += 1
                    continue
                idx = KEYS.find(c.lower())
                if idx >= 0:
                    res.append(KEYS[max(0, min(len(KEYS) - 1, idx + rng.choice([-1, 1])))])
                    i += 1
                    continue
            res.append(c)
            i += 1
        return "".join(res)

    return f


def misspell(g, name):
    """Speech-to-text style mangling of a name (lower-case)."""
    rng = g.rng
    s = name.lower()
    subs = [("ph", "f"), ("ck", "k"), ("c", "k"), ("y", "i"), ("ie", "y"), ("ll", "l"),
            ("nn", "n"), ("tt", "t"), ("ss", "s"), ("son", "sen"), ("sen", "son"),
            ("ei", "ie"), ("'", " "), ("mac", "mc "), ("kh", "k"), ("th", "t"),
            ("ou", "o"), ("z", "s"), ("w", "v"), ("ee", "i"), ("ey", "y"), ("ine", "een"),
            ("ia", "ya"), ("x", "ks"), ("qu", "kw"), ("eau", "o"), ("j", "h")]
    rng.shuffle(subs)
    n = 0
    for a, b in subs:
        if a in s and rng.random() < 0.5:
            s = s.replace(a, b, 1)
            n += 1
            if n >= 2:
                break
    return s.strip()


def emit_lines(d, lines, prefix=""):
    """lines: list of lists of pieces; each emitted on its own line with prefix."""
    for ln in lines:
        if prefix:
            d.add((None, prefix.rstrip() if not ln else prefix))
        d.add(*ln)
        d.add((None, "\n"))


def hon(g, p, dot=None):
    """Mr./Mrs./Ms. matching the person's sex (dot style varies)."""
    if dot is None:
        dot = g.region != "UK" or g.chance(0.2)
    if p.sex == "M":
        h = "Mr"
    else:
        h = g.ch(["Mrs", "Ms", "Ms", "Miss"]) if g.region == "UK" else g.ch(["Mrs", "Ms", "Ms"])
    return h + ("." if dot else "") + " "


REL_F = ["daughter", "wife", "sister", "niece", "granddaughter", "mother", "daughter-in-law"]
REL_M = ["son", "husband", "brother", "nephew", "grandson", "father", "son-in-law"]


def rel(g, p, choices=None):
    """relationship word consistent with the relative's sex"""
    pool = REL_F if p.sex == "F" else REL_M
    if choices:
        pool = [r for r in pool if r in choices] or pool
    return g.ch(pool)


def pron(p, kind="subj"):
    return {"subj": ("she", "he"), "obj": ("her", "him"), "pos": ("her", "his")}[kind][0 if p.sex == "F" else 1]
