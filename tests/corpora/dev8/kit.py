"""Shared layout helpers: fields, signatures, greetings, messy prose bits."""


def F(C, key, *val, lab=None):
    """a labelled form field as a list of parts"""
    return [lab if lab is not None else C.lab(key), C.sep(), *val]


def emit_fields(C, d, items, mode=None, joiner=None):
    """write a list of field part-lists either one per line or run together"""
    mode = mode or C.ch(["lines", "lines", "inline", "pipes"])
    if mode == "lines":
        for it in items:
            d.line(*it)
        return
    j = joiner or (" | " if mode == "pipes" else C.ch(["  ", "; ", "   ", ", ", "  /  "]))
    for i, it in enumerate(items):
        if i:
            d.add(j)
        d.add(*it)
    d.line()


def sig(C, p, cred=None, with_date=None, role_kind="nurse"):
    """signature line variants; returns parts (may include a date span)"""
    cred = cred if cred is not None else C.cred(role_kind)
    k = C.ri(0, 9)
    out = []
    if k == 0:
        out = [("name", C.nm(p, "full")), f", {cred}"]
    elif k == 1:
        out = ["-- ", ("name", C.nm(p, "inits")), f", {cred}" if C.p(0.6) else ""]
    elif k == 2:
        out = ["/s/ ", ("name", C.nm(p, C.ch(["full", "full_mi", "il"])))]
    elif k == 3:
        out = [C.ch(["Electronically signed by ", "E-signed: ", "Signed electronically by ", "Authenticated by "]),
               ("name", C.nm(p, C.ch(["full_mi", "lf", "LF", "full"]))), f" {cred}"]
        if with_date is not False:
            out += [" on ", ("date", C.fd(C.today, "num")), " " + C.time()]
    elif k == 4:
        out = [C.ch(["Dr. ", "Dr ", "DR "]) if role_kind == "doc" else "", ("name", C.nm(p, "f" if role_kind == "doc" else "il"))]
    elif k == 5:
        out = [C.ch(["Signed: ", "Sig: ", "signed ", "Signature: "]), ("name", C.nm(p, "il")), f" {cred}"]
    elif k == 6:
        out = ["- ", ("name", C.nm(p, "g"))]
    elif k == 7:
        out = [("name", C.nm(p, "inits")), f" {cred}" if C.p(0.5) else ""]
    elif k == 8:
        out = [("name", C.nm(p, "fi")), f" {cred}"]
    else:
        out = [("name", C.nm(p, "full")), " " + cred + " | " + C.ch(["pager ", "x", "ext "]) + str(C.ri(2000, 7999))]
    if with_date and k != 3:
        out += [" ", ("date", C.fd(C.today, "num"))]
    return out


def greet(C, p, formal=None):
    if formal is None:
        formal = C.p(0.6)
    if formal:
        return [C.ch(["Dear ", "Dear ", "Attn: ", "To "]), C.title(p) + " ", ("name", C.nm(p, "f")), C.ch([",", ":", ""])]
    return [C.ch(["Hi ", "Hello ", "hi ", "Hey ", "Good morning ", "Dear "]), ("name", C.nm(p, C.ch(["g", "g", "glower", "nick"]))),
            C.ch([",", "", " -", "!"])]


def signoff(C):
    return C.ch(["Thanks,", "Regards,", "Kind regards,", "Many thanks", "thx", "Sincerely,", "Best,",
                 "Yours sincerely,", "cheers", "Thank you,", "Warm regards,", "Respectfully,"])


def rel_word(C, p, rel):
    """relation word for person p relative to patient"""
    table = {"child": {"F": "daughter", "M": "son"}, "parent": {"F": "mother", "M": "father"},
             "spouse": {"F": "wife", "M": "husband"}, "sib": {"F": "sister", "M": "brother"},
             "grand": {"F": "granddaughter", "M": "grandson"}, "niece": {"F": "niece", "M": "nephew"},
             "aunt": {"F": "aunt", "M": "uncle"}, "partner": {"F": "partner", "M": "partner"},
             "cousin": {"F": "cousin", "M": "cousin"}, "friend": {"F": "friend", "M": "friend"},
             "neighbour": {"F": "neighbour", "M": "neighbour"}, "grandparent": {"F": "grandmother", "M": "grandfather"}}
    w = table[rel].get(p.sex, table[rel]["F"])
    if rel == "neighbour" and C.R == "US":
        w = "neighbor"
    return w


def non_native(C):
    """phrasing of a writer whose first language is not English (no PHI)"""
    return C.ch(["she is having the pain since three days", "he not taking the tablet since long time",
                 "please to call me back", "I am not understanding the letter", "she is very much worried",
                 "they told me come tomorrow but I am working", "he is not eating proper since Monday",
                 "kindly do the needful", "my mother she don't speak English good", "he is feeling dizzy-dizzy",
                 "we are coming from far", "she say the medicine make her stomach bad", "sorry for my english",
                 "he is having sugar", "the pain is coming and going", "I am his wife only",
                 "she do not want the hospital", "what we must do now?"])


def non_native_self(C):
    """first-person phrasing of a speaker whose first language is not English"""
    return C.ch(["I am not understanding the letter", "please to call me back", "I am having the pain since three days",
                 "sorry for my english", "what I must do now?", "I do not want the hospital", "I am not going, who will feed my goats",
                 "my son he will take me tomorrow", "the tablets make my stomach bad", "I am fine, only little dizzy"])


def hedge(C):
    return C.ch(["", "", " pt states", " per report", " ?", " (per family)", " unclear", " reportedly"])


def age_parts(C, age, sex=None):
    """an age expression; labelled `age` (number only) only when over 89"""
    from core import words
    k = C.ri(0, 7)
    sx = sex or C.ch(["F", "M"])
    if k == 0:
        val, pre, post = str(age), "", "-year-old"
    elif k == 1:
        val, pre, post = str(age), "", " y/o"
    elif k == 2:
        val, pre, post = words(age), "", "-year-old"
    elif k == 3:
        val, pre, post = str(age), C.ch(["age ", "Age: ", "aged ", "age: "]), ""
    elif k == 4:
        val, pre, post = str(age), "(", sx + ")"
    elif k == 5:
        val, pre, post = str(age), "", "yo"
    elif k == 6:
        val, pre, post = str(age), "", " yrs"
    else:
        val, pre, post = str(age), "", " year old"
    if age > 89:
        return [pre, ("age", val), post]
    return [pre + val + post]
