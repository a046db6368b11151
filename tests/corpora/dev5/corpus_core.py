"""Core machinery: the span-recording document builder, value generators and
the per-document context (`C`) that renders names, dates, phones, ids and
messy label text.  Every random choice goes through the document's own
random.Random instance."""

import datetime as _dt
import re
import unicodedata

import corpus_data as D

TYPES = ["name", "address", "zip", "date", "age", "phone", "fax", "email", "url",
         "ip_address", "ssn", "mrn", "health_plan", "account", "license", "vehicle",
         "device", "biometric", "id"]


# =========================================================== document builder
class Doc:
    """Text is appended piece by piece; a labelled piece records its own
    offsets at the moment it is appended."""

    def __init__(self):
        self.parts = []
        self.pos = 0
        self.spans = []

    def text_piece(self, s):
        if s:
            self.parts.append(s)
            self.pos += len(s)

    def span_piece(self, typ, val):
        if typ not in TYPES:
            raise ValueError("bad type %r" % typ)
        if not val or val != val.strip():
            raise ValueError("bad span value %r" % val)
        start = self.pos
        self.parts.append(val)
        self.pos += len(val)
        self.spans.append({"type": typ, "start": start, "end": self.pos, "_v": val})

    def text(self):
        return "".join(self.parts)


# =========================================================== small utilities
def ascii_fold(s):
    s = s.replace("ł", "l").replace("Ł", "L")
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 30: "thirtieth"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def words(n, hyphen=True):
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + (("-" if hyphen else " ") + ONES[o] if o else "")
    h, r = divmod(n, 100)
    return ONES[h] + " hundred" + (" " + words(r, hyphen) if r else "")


def ordinal_words(n):
    if n in ORD:
        return ORD[n]
    t, o = divmod(n, 10)
    return TENS[t] + "-" + ORD[o]


def ordinal_suffix(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def year_words(y):
    hi, lo = divmod(y, 100)
    if y >= 2000 and y < 2010:
        return "two thousand " + ONES[lo] if lo else "two thousand"
    if lo == 0:
        return words(hi, False) + " hundred"
    if lo < 10:
        return words(hi, False) + " oh " + ONES[lo]
    return words(hi, False) + " " + words(lo, False)


DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


VIN_VAL = {**{str(i): i for i in range(10)},
           "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8, "J": 1, "K": 2, "L": 3,
           "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
UPP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
UPP_NO_IOQ = "ABCDEFGHJKLMNPRSTUVWXYZ"


# =========================================================== people / places
class Person:
    def __init__(self, first, last, sex, middle, origin):
        self.first = first
        self.last = last
        self.sex = sex
        self.middle = middle
        self.origin = origin
        self.dob = None
        self.age = None
        self.phone = None
        self.email = None

    @property
    def mi(self):
        return self.middle[0] if self.middle else ""

    def title(self, uk=False):
        dot = "" if uk else "."
        if self.sex == "M":
            return "Mr" + dot
        return ("Mrs" + dot) if (self.age or 40) > 35 else ("Ms" + dot)


class Addr:
    def __init__(self, region, street, unit, town, prov, post):
        self.region = region
        self.street = street  # e.g. "42 Alder Lane"
        self.unit = unit      # e.g. "Apt 3B" or ""
        self.town = town
        self.prov = prov      # state / province / "" for UK
        self.post = post

    def line1(self):
        if not self.unit:
            return self.street
        if self.region == "UK" and self.unit.startswith("Flat"):
            return self.unit + ", " + self.street
        if self.region == "CA" and self.unit[0].isdigit():
            return self.unit + "-" + self.street
        return self.street + ", " + self.unit

    def townline(self):
        if self.region == "UK":
            return "%s %s" % (self.town, self.post)
        if self.region == "CA":
            return "%s, %s %s" % (self.town, self.prov, self.post)
        return "%s, %s %s" % (self.town, self.prov, self.post)

    def full(self):
        if self.region == "UK":
            return "%s, %s, %s" % (self.line1(), self.town, self.post)
        return "%s, %s" % (self.line1(), self.townline())


class Phone:
    def __init__(self, region, area, local, mobile=False):
        self.region = region
        self.area = area
        self.local = local
        self.mobile = mobile


# =========================================================== the context
class C:
    def __init__(self, rng, region, style):
        self.rng = rng
        self.region = region
        self.style = style
        self.d = Doc()
        r = rng
        self.case = "normal"
        self.typo = r.choice([0, 0, 0.01, 0.02, 0.03, 0.05])
        self.ocr = 0.0
        self.ocr_val = 0.0
        self.label_case = r.choice(["as", "as", "as", "upper", "lower", "title"])
        self.sep = r.choice([": ", ": ", ": ", ":", " - ", " ", " : ", ":  "])
        self.uk_dots = region == "UK" and r.random() < 0.8
        self.today = _dt.date(2022, 1, 3) + _dt.timedelta(days=r.randrange(0, 1270))
        self.date_pri = self._pick_datefmt()
        self.phone_pri = r.randrange(0, 8)
        if region == "US":
            self.town = r.choice(D.US_TOWNS)
        elif region == "UK":
            self.town = r.choice(D.UK_TOWNS)
        else:
            self.town = r.choice(D.CA_TOWNS)
        if region == "CA":
            self.prov = self.town[1]
        elif region == "US":
            self.prov = self.town[1]
        else:
            self.prov = ""

    # ------------------------------------------------------------ basics
    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def shuffled(self, seq):
        s = list(seq)
        self.rng.shuffle(s)
        return s

    def digits(self, n, first_nonzero=False):
        s = "".join(self.rng.choice("0123456789") for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = self.rng.choice("123456789") + s[1:]
        return s

    def letters(self, n, pool=UPP):
        return "".join(self.rng.choice(pool) for _ in range(n))

    def days(self, n):
        return self.today + _dt.timedelta(days=n)

    def rdate(self, lo, hi):
        return self.today + _dt.timedelta(days=self.rng.randint(lo, hi))

    @property
    def uk(self):
        return self.region == "UK"

    @property
    def ca(self):
        return self.region == "CA"

    @property
    def us(self):
        return self.region == "US"

    # ------------------------------------------------------------ messy text
    OCR_PAIRS = [("rn", "m"), ("cl", "d"), ("O", "0"), ("0", "O"), ("o", "0"), ("l", "1"), ("1", "l"),
                 ("I", "l"), ("i", "l"), ("m", "rn"), ("S", "5"), ("B", "8"), ("e", "c"), ("h", "b"),
                 ("t", "f"), ("5", "S"), ("8", "B"), (":", ";"), (".", ",")]
    KEYS = {"a": "sq", "s": "ad", "e": "wr", "r": "et", "t": "ry", "i": "uo", "o": "ip", "n": "bm",
            "m": "n", "d": "sf", "l": "k", "c": "xv", "h": "gj", "p": "o", "u": "yi"}

    def _typo_word(self, m):
        w = m.group(0)
        r = self.rng
        if r.random() >= self.typo:
            return w
        op = r.randrange(4)
        i = r.randrange(1, len(w) - 1)
        if op == 0:
            return w[:i] + w[i + 1] + w[i] + w[i + 2:]
        if op == 1:
            return w[:i] + w[i + 1:]
        if op == 2:
            return w[:i] + w[i] + w[i:]
        ch = w[i].lower()
        if ch in self.KEYS:
            rep = r.choice(self.KEYS[ch])
            if w[i].isupper():
                rep = rep.upper()
            return w[:i] + rep + w[i + 1:]
        return w

    def _ocr(self, s, rate):
        out = []
        i = 0
        r = self.rng
        while i < len(s):
            done = False
            if r.random() < rate:
                for a, b in self.OCR_PAIRS:
                    if s.startswith(a, i):
                        out.append(b)
                        i += len(a)
                        done = True
                        break
            if not done:
                out.append(s[i])
                i += 1
        return "".join(out)

    def mess(self, s):
        if not s:
            return s
        if self.case == "lower":
            s = s.lower()
        elif self.case == "upper":
            s = s.upper()
        if self.typo:
            s = re.sub(r"[A-Za-z]{4,}", self._typo_word, s)
        if self.ocr:
            s = self._ocr(s, self.ocr)
        return s

    def ov(self, s, rate=None):
        """OCR noise inside a value (the value stays a labelled span)."""
        rate = self.ocr_val if rate is None else rate
        if not rate:
            return s
        out = []
        for ch in s:
            if self.rng.random() < rate:
                ch = {"0": "O", "1": "l", "O": "0", "5": "S", "8": "B", "l": "1", "I": "1"}.get(ch, ch)
            out.append(ch)
        return "".join(out)

    # ------------------------------------------------------------ emit
    def _emit(self, item, raw):
        if item is None:
            return
        if isinstance(item, str):
            self.d.text_piece(item if raw else self.mess(item))
        elif isinstance(item, tuple):
            typ, val = item
            if not raw and typ in ("name", "address"):
                if self.case == "lower":
                    val = val.lower()
                elif self.case == "upper":
                    val = val.upper()
            self.d.span_piece(typ, val)
        elif isinstance(item, (list, Seq)):
            for x in item:
                self._emit(x, raw)
        else:
            raise TypeError(repr(item))

    def _tmpl(self, tmpl, kw, raw):
        tmpl = tmpl.replace("{{", "\x01").replace("}}", "\x02")
        bits = re.split(r"\{(\w+)\}", tmpl)
        for i, b in enumerate(bits):
            if i % 2 == 0:
                if b:
                    self._emit(b.replace("\x01", "{").replace("\x02", "}"), raw)
            else:
                self._emit(kw[b], raw)

    def f(self, tmpl, **kw):
        self._tmpl(tmpl, kw, False)

    def raw(self, tmpl, **kw):
        self._tmpl(tmpl, kw, True)

    def w(self, *items):
        for it in items:
            self._emit(it, False)

    def wr(self, *items):
        for it in items:
            self._emit(it, True)

    # ------------------------------------------------------------ labels
    def L(self, key, sep=None):
        lab = self.pick(LABELS[key]) if key in LABELS else key
        lc = self.label_case
        if self.rng.random() < 0.15:
            lc = self.pick(["as", "upper", "lower"])
        if lc == "upper":
            lab = lab.upper()
        elif lc == "lower":
            lab = lab.lower()
        elif lc == "title" and lab.islower():
            lab = lab.title()
        if sep is None:
            sep = self.sep if self.rng.random() < 0.8 else self.pick([": ", ":", " ", " - ", " = ", ":\t"])
        if lab.endswith((":", "#")) and sep.strip() in (":", "#", "-", "="):
            sep = " "
        return lab + sep

    def lab(self, text):
        """A fixed label word with the document's label casing."""
        if self.label_case == "upper":
            return text.upper()
        if self.label_case == "lower":
            return text.lower()
        return text

    # ------------------------------------------------------------ people
    def _origin(self):
        wts = D.ORIGIN_WEIGHTS[self.region]
        keys = list(wts.keys())
        return self.rng.choices(keys, weights=[wts[k] for k in keys])[0]

    def person(self, sex=None, age=None, lo=18, hi=89, origin=None, last=None):
        r = self.rng
        o = origin or self._origin()
        pool = [g for g in D.GIVEN[o] if sex is None or g[1] == sex]
        if not pool:
            pool = D.GIVEN[o]
        first, sx = r.choice(pool)
        if last is None:
            so = o if r.random() < 0.6 else self._origin()
            last = r.choice(D.SURNAMES[so])
            if sx == "F" and last.endswith("ski"):
                last = last[:-1] + "a"
        mpool = D.GIVEN[r.choice(D.ORIGINS)]
        mid = r.choice([g[0] for g in mpool if g[1] == sx] or [g[0] for g in mpool]) if r.random() < 0.7 else ""
        mid = mid.split()[0].split("-")[0] if mid else ""
        p = Person(first, last, sx, mid, o)
        if age is None:
            age = r.randint(lo, hi)
        p.age = age
        bd = self.today - _dt.timedelta(days=int(age * 365.25) + r.randint(5, 355))
        p.dob = bd
        return p

    def patient(self, old=0.3, lo=20, hi=89, sex=None):
        if self.chance(old):
            return self.person(sex=sex, age=self.rng.choice([90, 90, 91, 91, 92, 93, 93, 94, 95, 96, 97, 98, 99, 101, 103]))
        return self.person(sex=sex, lo=lo, hi=hi)

    def relative(self, pt, rel=None, same_last=0.6):
        if rel is None:
            pool = D.RELATIONS_F + D.RELATIONS_M
            if pt.age > 55:
                pool = [x for x in pool if x not in ("mother", "father")]
            if pt.age < 30:
                pool = [x for x in pool if x not in ("granddaughter", "grandson", "daughter-in-law", "son-in-law")]
            rel = self.pick(pool)
        sex = "F" if rel in D.RELATIONS_F else "M"
        last = pt.last if self.chance(same_last) else None
        org = pt.origin if self.chance(0.7) else None
        p = self.person(sex=sex, last=last, lo=25, hi=75, origin=org)
        while p.first == pt.first:
            p = self.person(sex=sex, last=last, lo=25, hi=75, origin=org)
        p.rel = rel
        return p

    def staff(self, sex=None):
        p = self.person(sex=sex, lo=26, hi=66)
        return p

    # name forms ------------------------------------------------------------
    def name_str(self, p, form):
        f, l, m = p.first, p.last, p.mi
        if form == "full":
            return "%s %s" % (f, l)
        if form == "full_mi":
            return "%s %s. %s" % (f, m, l) if m else "%s %s" % (f, l)
        if form == "full_mid":
            return "%s %s %s" % (f, p.middle, l) if p.middle else "%s %s" % (f, l)
        if form == "last_first":
            return "%s, %s" % (l, f)
        if form == "LAST_FIRST_MI":
            return ("%s, %s %s" % (l, f, m)).upper().strip() if m else ("%s, %s" % (l, f)).upper()
        if form == "LAST_FIRST":
            return ("%s, %s" % (l, f)).upper()
        if form == "LAST_FIRST_NC":
            return ("%s %s" % (l, f)).upper()
        if form == "UPPER":
            return ("%s %s" % (f, l)).upper()
        if form == "init_last":
            return "%s. %s" % (f[0], l)
        if form == "first_init":
            return "%s %s" % (f, l[0])
        if form == "first_init_dot":
            return "%s %s." % (f, l[0])
        if form == "first":
            return f
        if form == "last":
            return l
        if form == "LAST":
            return l.upper()
        if form == "lower":
            return ("%s %s" % (f, l)).lower()
        if form == "lower_first":
            return f.lower()
        if form == "initials":
            return (f[0] + l[0]).upper()
        if form == "initials3":
            return (f[0] + (m or "X") + l[0]).upper()
        if form == "initials_dot":
            return "%s.%s." % (f[0].upper(), l[0].upper())
        if form == "caret":
            return ("%s^%s^%s" % (l, f, m)).upper() if m else ("%s^%s" % (l, f)).upper()
        if form == "Last_First_MI":
            return "%s, %s %s" % (l, f, m) if m else "%s, %s" % (l, f)
        if form == "surname_caps":
            return "%s %s" % (f, l.upper())
        if form == "SURNAME_first":
            return "%s %s" % (l.upper(), f)
        raise ValueError(form)

    FIELD_FORMS = ["full", "full", "last_first", "LAST_FIRST_MI", "LAST_FIRST", "full_mi", "UPPER",
                   "Last_First_MI", "LAST_FIRST_NC"]
    NARR_FORMS = ["full", "full", "full", "first", "init_last", "full_mi", "first_init", "last_first"]

    def nm(self, p, form=None, kind="field"):
        if form in ("field", "narr", "staff"):
            kind, form = form, None
        if form is None:
            if kind == "field":
                form = self.pick(self.FIELD_FORMS + (["surname_caps", "SURNAME_first"] if self.uk else []))
            elif kind == "narr":
                form = self.pick(self.NARR_FORMS)
            elif kind == "staff":
                form = self.pick(["full", "full", "init_last", "full_mi", "last_first", "first_init"])
            else:
                form = kind
        return ("name", self.name_str(p, form))

    def titled(self, p, dr=False, form=None):
        """Title outside the span: 'Mrs. ' + ('name','Ruiz')."""
        if dr:
            t = "Dr" if self.uk_dots else "Dr."
        else:
            t = p.title(uk=self.uk_dots)
        if form is None:
            form = self.pick(["last", "last", "last", "full", "init_last", "LAST"] if not dr else ["last", "last", "full", "init_last", "full_mi"])
        return [t + " ", self.nm(p, form)]

    def doctor(self, p, form=None):
        return self.titled(p, dr=True, form=form)

    def asr(self, s):
        """Speech-to-text style mangling of a name (still a name span)."""
        r = self.rng
        s = ascii_fold(s).lower()
        reps = [("ph", "f"), ("ck", "k"), ("ll", "l"), ("ss", "s"), ("ie", "ee"), ("ou", "o"),
                ("z", "s"), ("y", "ie"), ("q", "k"), ("kh", "k"), ("w", "v"), ("x", "ks"),
                ("ei", "ay"), ("th", "t"), ("'", ""), ("-", " "), ("ee", "i"), ("a", "e")]
        out = s
        for a, b in self.shuffled(reps)[:6]:
            if a in out and r.random() < 0.55:
                out = out.replace(a, b, 1)
        if out == s and len(s) > 3 and r.random() < 0.6:
            i = r.randrange(1, len(s) - 1)
            out = s[:i] + s[i] + s[i:]
        return " ".join(out.split())

    def asr_name(self, p, full=True):
        if full:
            return ("name", self.asr(p.first) + " " + self.asr(p.last))
        return ("name", self.asr(p.first))

    # ------------------------------------------------------------ ages
    def age(self, p, style=None):
        a = p.age
        sx = p.sex
        st = style or self.pick(["yo", "y/o", "year-old", "yr old", "words", "paren", "age", "aged", "yo_nospace"])
        big = a > 89

        def A(txt):
            return ("age", txt) if big else txt
        if st == "yo":
            return [A(str(a)), " yo"]
        if st == "yo_nospace":
            return [A(str(a)), "yo " + ("F" if sx == "F" else "M")]
        if st == "y/o":
            return [A(str(a)), " y/o"]
        if st == "year-old":
            return [A(str(a)), "-year-old"]
        if st == "yr old":
            return [A(str(a)), " yr old"]
        if st == "words":
            return [A(words(a)), "-year-old"]
        if st == "paren":
            return ["(", A(str(a)), sx + ")"]
        if st == "age":
            return [self.lab("Age") + ": ", A(str(a))]
        if st == "aged":
            return ["aged ", A(str(a))]
        if st == "bare":
            return [A(str(a))]
        if st == "spoken":
            return [A(words(a, hyphen=False)), " years old"]
        raise ValueError(st)

    # ------------------------------------------------------------ dates
    US_FMTS = ["mdY", "mdY", "mdy", "MdY_long", "Mon_d_Y", "dMONY", "iso", "m-d-Y", "MdY_short"]
    UK_FMTS = ["dmY", "dmY", "dmy", "d_Month_Y", "dth_Month_Y", "d-Mon-Y", "d.m.Y", "iso", "d_Mon_y"]
    CA_FMTS = ["iso", "iso", "Y/m/d", "dmY", "MdY_long", "d-Mon-Y", "mdY", "d_Month_Y"]

    def _pick_datefmt(self):
        if self.region == "US":
            return self.rng.choice(self.US_FMTS)
        if self.region == "UK":
            return self.rng.choice(self.UK_FMTS)
        return self.rng.choice(self.CA_FMTS)

    def fmt_date(self, d, f):
        y, m, dd = d.year, d.month, d.day
        M = MONTHS[m - 1]
        if f == "mdY":
            return "%02d/%02d/%d" % (m, dd, y)
        if f == "mdY_nz":
            return "%d/%d/%d" % (m, dd, y)
        if f == "mdy":
            return "%d/%d/%02d" % (m, dd, y % 100)
        if f == "md":
            return "%d/%d" % (m, dd)
        if f == "MdY_long":
            return "%s %d, %d" % (M, dd, y)
        if f == "MdY_short":
            return "%s %d, %d" % (M[:3] + ("." if self.rng.random() < 0.3 and M != "May" else ""), dd, y)
        if f == "Mon_d_Y":
            return "%s %d %d" % (M[:3], dd, y)
        if f == "Mdth":
            return "%s %s" % (M, ordinal_suffix(dd))
        if f == "Md":
            return "%s %d" % (M, dd)
        if f == "dMONY":
            return "%02d-%s-%d" % (dd, M[:3].upper(), y)
        if f == "dMONy":
            return "%02d%s%02d" % (dd, M[:3].upper(), y % 100)
        if f == "iso":
            return "%d-%02d-%02d" % (y, m, dd)
        if f == "compact":
            return "%d%02d%02d" % (y, m, dd)
        if f == "m-d-Y":
            return "%02d-%02d-%d" % (m, dd, y)
        if f == "dmY":
            return "%02d/%02d/%d" % (dd, m, y)
        if f == "dmy":
            return "%d/%d/%02d" % (dd, m, y % 100)
        if f == "dm":
            return "%d/%d" % (dd, m)
        if f == "d_Month_Y":
            return "%d %s %d" % (dd, M, y)
        if f == "dth_Month_Y":
            return "%s %s %d" % (ordinal_suffix(dd), M, y)
        if f == "dth_Month":
            return "%s %s" % (ordinal_suffix(dd), M)
        if f == "d_Month":
            return "%d %s" % (dd, M)
        if f == "d-Mon-Y":
            return "%02d-%s-%d" % (dd, M[:3], y)
        if f == "d.m.Y":
            return "%02d.%02d.%d" % (dd, m, y)
        if f == "d.m.y":
            return "%02d.%02d.%02d" % (dd, m, y % 100)
        if f == "d_Mon_y":
            return "%d %s %02d" % (dd, M[:3], y % 100)
        if f == "Y/m/d":
            return "%d/%02d/%02d" % (y, m, dd)
        if f == "fr":
            return "%d %s %d" % (dd, MONTHS_FR[m - 1], y)
        if f == "Month_Y":
            return "%s %d" % (M, y)
        if f == "spoken_md":
            return "%s %s" % (M.lower(), ordinal_words(dd))
        if f == "spoken_the":
            return "the %s of %s" % (ordinal_words(dd), M.lower())
        if f == "spoken_mdy":
            return "%s %s %s" % (M.lower(), ordinal_words(dd), year_words(y))
        if f == "spoken_num":
            return "%s %s %s" % (words(m, False), words(dd, False), year_words(y))
        if f == "spoken_num_short":
            return "%s %s %s" % (words(m, False), words(dd, False), words(y % 100, False) if y % 100 >= 10 else "oh " + ONES[y % 100])
        raise ValueError(f)

    def dt(self, d, f=None, ocr=True):
        if f is None:
            if self.rng.random() < 0.72:
                f = self.date_pri
            else:
                f = self._pick_datefmt()
        s = self.fmt_date(d, f)
        if ocr and self.ocr_val:
            s = self.ov(s)
        return ("date", s)

    def dob(self, p, f=None):
        return self.dt(p.dob, f)

    def dt_short(self, d):
        """Month/day without year, region appropriate."""
        if self.us:
            f = self.pick(["md", "md", "Mdth", "Md", "Mon_d"])
            if f == "Mon_d":
                return ("date", "%s %d" % (MONTHS[d.month - 1][:3], d.day))
        elif self.uk:
            f = self.pick(["dm", "dth_Month", "d_Month", "dm"])
        else:
            f = self.pick(["md", "Md", "d_Month", "Mdth"])
        return ("date", self.fmt_date(d, f))

    def time(self, h=None, m=None, style=None):
        r = self.rng
        h = r.randint(7, 19) if h is None else h
        m = r.randrange(0, 60) if m is None else m
        st = style or r.choice(["24", "24", "ampm", "ampm_nosp", "hhmm"])
        if st == "24":
            return "%02d:%02d" % (h, m)
        if st == "hhmm":
            return "%02d%02d" % (h, m)
        hh = h % 12 or 12
        ap = "AM" if h < 12 else "PM"
        if r.random() < 0.4:
            ap = ap.lower()
        if st == "ampm_nosp":
            return "%d:%02d%s" % (hh, m, ap)
        return "%d:%02d %s" % (hh, m, ap)

    def dow(self, d):
        return DAYS[d.weekday()]

    # ------------------------------------------------------------ phones
    def new_phone(self, mobile=None, town=None):
        r = self.rng
        town = town or self.town
        if self.region == "UK":
            if mobile or (mobile is None and r.random() < 0.35):
                return Phone("UK", "07" + r.choice(["700", "711", "723", "734", "751", "766", "777", "788", "799", "817", "828", "908", "947", "956", "983"]), self.digits(6), True)
            code = town[2]
            n = 11 - len(code)
            return Phone("UK", code, r.choice("23456789") + self.digits(n - 1))
        area = r.choice(town[3])
        exch = r.choice("23456789") + self.digits(2)
        while exch[1:] == "11":
            exch = r.choice("23456789") + self.digits(2)
        return Phone(self.region, area, exch + self.digits(4), bool(mobile))

    def fmt_phone(self, p, f=None):
        if f is None:
            f = self.phone_pri if self.rng.random() < 0.7 else self.rng.randrange(0, 8)
        if p.region == "UK":
            a, l = p.area, p.local
            if p.mobile:
                opts = ["%s %s" % (a, l), "%s%s" % (a, l), "+44 %s %s" % (a[1:], l), "%s %s %s" % (a, l[:3], l[3:]),
                        "+44 (0)%s %s" % (a[1:], l), "%s-%s" % (a, l), "%s %s" % (a, l), "%s %s" % (a, l)]
            elif len(a) == 3:
                opts = ["%s %s %s" % (a, l[:4], l[4:]), "(%s) %s %s" % (a, l[:4], l[4:]), "+44 %s %s %s" % (a[1:], l[:4], l[4:]),
                        "%s%s" % (a, l), "%s %s" % (a, l), "%s %s %s" % (a, l[:4], l[4:]), "+44 (0)%s %s %s" % (a[1:], l[:4], l[4:]), "%s-%s" % (a, l)]
            elif len(a) == 4:
                opts = ["%s %s %s" % (a, l[:3], l[3:]), "(%s) %s %s" % (a, l[:3], l[3:]), "+44 %s %s %s" % (a[1:], l[:3], l[3:]),
                        "%s%s" % (a, l), "%s %s" % (a, l), "%s %s %s" % (a, l[:3], l[3:]), "+44 (0)%s %s %s" % (a[1:], l[:3], l[3:]), "%s-%s" % (a, l)]
            else:
                opts = ["%s %s" % (a, l), "(%s) %s" % (a, l), "+44 %s %s" % (a[1:], l), "%s%s" % (a, l),
                        "%s %s %s" % (a, l[:3], l[3:]), "%s %s" % (a, l), "+44 (0)%s %s" % (a[1:], l), "%s-%s" % (a, l)]
            return opts[f % len(opts)]
        a, e, n = p.area, p.local[:3], p.local[3:]
        opts = ["(%s) %s-%s" % (a, e, n), "%s-%s-%s" % (a, e, n), "%s.%s.%s" % (a, e, n), "%s%s%s" % (a, e, n),
                "+1 %s %s %s" % (a, e, n), "1-%s-%s-%s" % (a, e, n), "%s %s %s" % (a, e, n), "(%s)%s-%s" % (a, e, n)]
        return opts[f % len(opts)]

    def ph(self, p=None, f=None, kind="phone"):
        if p is None:
            p = self.new_phone()
        s = self.fmt_phone(p, f)
        if self.ocr_val:
            s = self.ov(s)
        return (kind, s)

    def fax(self, p=None, f=None):
        if p is None:
            p = self.new_phone(mobile=False)
        return self.ph(p, f, kind="fax")

    def spoken_phone(self, p):
        r = self.rng
        if p.region == "UK":
            digs = p.area + p.local
        else:
            digs = p.area + p.local
        st = r.randrange(3)
        def dw(ch):
            if ch == "0" and r.random() < 0.6:
                return "oh"
            return DIGIT_WORDS[int(ch)]
        if st == 0:
            return " ".join(dw(c) for c in digs)
        if st == 1 and p.region != "UK":
            a, e, n = digs[:3], digs[3:6], digs[6:]
            pairs = []
            for i in (0, 2):
                two = int(n[i:i + 2])
                pairs.append(words(two, False) if two >= 10 else "oh " + ONES[two])
            return "%s %s %s" % (" ".join(dw(c) for c in a), " ".join(dw(c) for c in e), " ".join(pairs))
        groups = [digs[:5], digs[5:8], digs[8:]] if p.region == "UK" else [digs[:3], digs[3:6], digs[6:]]
        return ", ".join(" ".join(dw(c) for c in g) for g in groups)

    # ------------------------------------------------------------ addresses
    def she(self, p, cap=False):
        w = "she" if p.sex == "F" else "he"
        return w.capitalize() if cap else w

    def her(self, p, cap=False):
        w = "her" if p.sex == "F" else "his"
        return w.capitalize() if cap else w

    def new_addr(self, town=None, unit_p=0.3, house=True):
        r = self.rng
        town = town or self.town
        if self.region == "US":
            street = "%d %s" % (r.choice([r.randint(2, 99), r.randint(100, 999), r.randint(1000, 19999)]), r.choice(D.STREETS_US))
            unit = r.choice(["Apt 3B", "Apt %d" % r.randint(1, 40), "Unit %d" % r.randint(1, 12), "#%d" % r.randint(100, 420), "Lot %d" % r.randint(1, 80), "Apt %d%s" % (r.randint(1, 6), r.choice("ABCD"))]) if r.random() < unit_p else ""
            z = r.choice(town[2]) + self.digits(2)
            if r.random() < 0.15:
                z += "-" + self.digits(4)
            if r.random() < 0.06:
                street = "PO Box %d" % r.randint(10, 9999)
                unit = ""
            return Addr("US", street, unit, town[0], town[1], z)
        if self.region == "UK":
            street = "%d %s" % (r.randint(1, 180), r.choice(D.STREETS_UK))
            unit = ("Flat %d" % r.randint(1, 24)) if r.random() < unit_p else ""
            if house and not unit and r.random() < 0.12:
                street = r.choice(["Rose Cottage, ", "The Old Forge, ", "Ivy House, ", "2 Mulberry Court, "]) + street
            pc = "%s%d %d%s" % (town[1], r.randint(1, 19), r.randint(1, 9), self.letters(2, "ABDEFGHJLNPQRSTUWXYZ"))
            return Addr("UK", street, unit, town[0], "", pc)
        street = "%d %s" % (r.randint(2, 4999), r.choice(D.STREETS_CA))
        unit = (r.choice(["Apt %d" % r.randint(101, 1808), "%d" % r.randint(1, 30), "Unit %d" % r.randint(1, 20)])) if r.random() < unit_p else ""
        fl = "ABCEGHJKLMNPRSTVXY"
        pc = "%s%s %d%s%d" % (r.choice(town[2]), r.choice(fl), r.randint(0, 9), r.choice(fl), r.randint(0, 9))
        return Addr("CA", street, unit, town[0], town[1], pc)

    def other_town(self):
        if self.region == "US":
            return self.pick(D.US_TOWNS)
        if self.region == "UK":
            return self.pick(D.UK_TOWNS)
        return self.pick(D.CA_TOWNS)

    def zp(self, a):
        return ("zip", a.post)

    # ------------------------------------------------------------ contact ids
    def email_for(self, p, staff_domain=None):
        r = self.rng
        f = ascii_fold(p.first).lower().replace(" ", "").replace("'", "")
        l = ascii_fold(p.last).lower().replace(" ", "").replace("'", "")
        if staff_domain:
            local = r.choice(["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s.%s%d" % (f, l, r.randint(2, 9)), "%s_%s" % (f, l)])
            return local + "@" + staff_domain
        yy = p.dob.year % 100 if p.dob else r.randint(50, 99)
        local = r.choice(["%s.%s%02d" % (f, l, yy), "%s%s%d" % (f[0], l, p.dob.year if p.dob else 1970),
                          "%s_%s" % (l, f), "%s%s" % (f, l[0]) + str(r.randint(1, 999)),
                          "%s.%s" % (f, l), "%s%s" % (f, l), "%s.%s.family" % (f, l[:4]),
                          "%slovesgardening" % f, "%s_%s%02d" % (f[:3], l, r.randint(1, 99))])
        return local + "@" + r.choice(D.EMAIL_DOMAINS[self.region])

    def org_domain(self):
        return self.pick(D.ORG_DOMAINS[self.region])

    def ip(self, private=None):
        r = self.rng
        if private is None:
            private = r.random() < 0.25
        if private:
            k = r.randrange(3)
            if k == 0:
                return "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(2, 254))
            if k == 1:
                return "192.168.%d.%d" % (r.randint(0, 20), r.randint(2, 254))
            return "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(2, 254))
        if r.random() < 0.15:
            g = ["%x" % r.randint(0x2001, 0x2a10), "%x" % r.randint(0, 0xffff), "%x" % r.randint(0, 0xffff), "%x" % r.randint(0, 0xffff)]
            tail = ["%x" % r.randint(1, 0xffff) for _ in range(r.choice([1, 4]))]
            if len(tail) == 1:
                return ":".join(g) + "::" + tail[0]
            return ":".join(g + tail)
        first = r.choice([24, 47, 50, 66, 68, 69, 70, 71, 72, 73, 74, 75, 76, 81, 82, 86, 90, 92, 94, 96, 97, 98, 99,
                          107, 108, 109, 142, 162, 174, 184, 198, 209, 216, 5, 31, 62, 77, 78, 79, 80])
        return "%d.%d.%d.%d" % (first, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))

    def url(self, kind="portal", domain=None):
        r = self.rng
        dom = domain or self.org_domain()
        tok = "".join(r.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(r.randint(6, 12)))
        if kind == "portal":
            return r.choice(["https://portal.%s/msg/%s?sid=%s" % (dom, self.digits(7), tok[:6]),
                             "https://mychart.%s/MyChart/Messaging?id=%s" % (dom, tok),
                             "https://%s/patient/inbox/%s" % (dom, self.digits(8))])
        if kind == "secure":
            return r.choice(["https://securemail.%s/s/view?m=%s" % (dom, tok),
                             "https://secure.%s/encrypt/read/%s" % (dom, tok),
                             "https://%s/zixmail/msg?id=%s" % (dom, tok)])
        if kind == "join":
            mid = self.digits(10, True)
            return r.choice(["https://%s/j/%s?pwd=%s" % (dom, mid, tok), "https://join.%s/room/%s" % (dom, tok.lower()),
                             "https://%s/visit/%s-%s" % (dom, mid[:4], tok[:5].lower())])
        if kind == "web":
            return r.choice(["www." + dom, "https://www.%s" % dom, "%s/referrals" % ("www." + dom), "http://" + dom])
        if kind == "vm":
            return "https://vm.%s/play/%s" % (dom, tok)
        return "https://%s/%s" % (dom, tok)

    # ------------------------------------------------------------ identifiers
    def mrn(self):
        r = self.rng
        if self.region == "UK":
            return self.hospno()
        k = r.randrange(7)
        v = [self.digits(8), "M" + self.digits(7), "E" + self.digits(9), self.digits(7, True),
             "MR-" + self.digits(6), "%s-%s-%s" % (self.digits(2), self.digits(3), self.digits(3)),
             "00" + self.digits(6)][k]
        if self.region == "CA" and r.random() < 0.4:
            v = r.choice(["HSC", "GRH", "SLH", "H"]) + self.digits(7)
        return self.ov(v)

    def hospno(self):
        r = self.rng
        k = r.randrange(5)
        v = [r.choice("KHJRM") + self.digits(7), "RWJ" + self.digits(7), r.choice("ABCDE") + self.digits(6),
             self.digits(8), "M" + self.digits(8)][k]
        return self.ov(v)

    def acct(self):
        r = self.rng
        k = r.randrange(6)
        return [self.digits(10, True), "A" + self.digits(11), "V" + self.digits(8), self.digits(9, True),
                "%s-%s" % (self.digits(4), self.digits(6)), "HAR" + self.digits(9)][k]

    def member_id(self):
        r = self.rng
        k = r.randrange(7)
        return [self.letters(3) + self.digits(9), "W" + self.digits(9), "%s%s %s" % (self.letters(3), self.digits(8), self.digits(2)),
                "%s-%s-%s" % (self.letters(3), self.digits(4), self.digits(4)), "U" + self.digits(8) + "01",
                self.digits(11, True), "%s%s" % (self.letters(1), self.digits(10))][k]

    def group_no(self):
        r = self.rng
        return r.choice([self.digits(7), "GRP-" + self.digits(5), self.letters(2) + self.digits(4), self.digits(5) + self.letters(1)])

    def mbi(self, dashed=None):
        r = self.rng
        L = "ACDEFGHJKMNPQRTUVWXY"
        AN = L + "0123456789"
        s = (r.choice("123456789") + r.choice(L) + r.choice(AN) + r.choice("0123456789") + r.choice(L) + r.choice(AN)
             + r.choice("0123456789") + r.choice(L) + r.choice(L) + r.choice("0123456789") + r.choice("0123456789"))
        if dashed is None:
            dashed = r.random() < 0.45
        return "%s-%s-%s" % (s[:4], s[4:7], s[7:]) if dashed else s

    def medicaid(self):
        r = self.rng
        st = self.prov
        if st == "MA":
            return "1" + self.digits(11)
        if st == "NY":
            return "%s%s%s" % (self.letters(2), self.digits(5), self.letters(1))
        if st in ("CA",):
            return "9" + self.digits(7) + self.letters(1)
        return r.choice([self.digits(9, True), self.digits(10, True), self.letters(2) + self.digits(8)])

    def ssn(self, f=None):
        r = self.rng
        a = r.randint(1, 899)
        while a == 666:
            a = r.randint(1, 899)
        g = r.randint(1, 99)
        s = r.randint(1, 9999)
        f = f if f is not None else r.choice([0, 0, 0, 1, 2])
        return ["%03d-%02d-%04d" % (a, g, s), "%03d %02d %04d" % (a, g, s), "%03d%02d%04d" % (a, g, s)][f]

    def sin(self):
        r = self.rng
        base = r.choice("1234567") + self.digits(7)
        s = base + _luhn_digit(base)
        return r.choice(["%s %s %s" % (s[:3], s[3:6], s[6:]), "%s-%s-%s" % (s[:3], s[3:6], s[6:]), s])

    def nhs(self):
        r = self.rng
        while True:
            d = r.choice("4456677") + self.digits(8)
            tot = sum(int(c) * (10 - i) for i, c in enumerate(d))
            chk = 11 - tot % 11
            if chk == 11:
                chk = 0
            if chk != 10:
                break
        s = d + str(chk)
        return r.choice(["%s %s %s" % (s[:3], s[3:6], s[6:]), "%s %s %s" % (s[:3], s[3:6], s[6:]), s, "%s-%s-%s" % (s[:3], s[3:6], s[6:])])

    def chi(self, p):
        d = p.dob
        x = self.digits(3) + self.rng.choice("02468" if p.sex == "F" else "13579")
        return "%02d%02d%02d%s" % (d.day, d.month, d.year % 100, x)

    def health_card(self, p=None, prov=None):
        r = self.rng
        prov = prov or self.prov
        if prov == "ON":
            b = self.digits(9, True)
            s = b + _luhn_digit(b)
            vc = self.letters(2)
            return r.choice(["%s-%s-%s-%s" % (s[:4], s[4:7], s[7:], vc), "%s %s %s %s" % (s[:4], s[4:7], s[7:], vc), s + vc, s + " " + vc])
        if prov == "BC":
            s = "9" + self.digits(9)
            return r.choice(["%s %s %s" % (s[:4], s[4:7], s[7:]), s])
        if prov == "AB":
            s = self.digits(9, True)
            return r.choice(["%s-%s" % (s[:5], s[5:]), s])
        if prov == "QC" and p is not None:
            last = re.sub(r"[^A-Z]", "", ascii_fold(p.last).upper()) + "XXX"
            first = ascii_fold(p.first).upper()[0]
            mm = p.dob.month + (50 if p.sex == "F" else 0)
            s = "%s%s %02d%02d %02d%s" % (last[:3], first, p.dob.year % 100, mm, p.dob.day, self.digits(2))
            return s if r.random() < 0.7 else s.replace(" ", "")
        if prov == "NS":
            return self.digits(10, True)
        return r.choice([self.digits(9, True), "%s %s %s" % (self.digits(3), self.digits(3), self.digits(3))])

    def hc_label(self, prov=None):
        prov = prov or self.prov
        opts = {"ON": ["OHIP #", "OHIP", "Health Card No.", "HCN", "Health Number", "Health card #"],
                "BC": ["PHN", "Personal Health Number", "MSP #", "PHN#"],
                "AB": ["AHCIP #", "PHN", "Alberta Health #", "ULI/PHN"],
                "QC": ["RAMQ", "NAM", "No. assurance maladie", "Carte RAMQ"],
                "SK": ["HSN", "Health Services #"], "MB": ["PHIN", "MHSC #"],
                "NB": ["Medicare #", "NB Medicare No."], "NS": ["MSI #", "Health Card #"],
                "PE": ["PEI Health #", "Health Card #"]}.get(prov, ["Health Card #"])
        return self.pick(opts)

    def npi(self):
        b = self.rng.choice("12") + self.digits(8)
        return b + _luhn_digit("80840" + b)

    def dea(self, p):
        r = self.rng
        d = self.digits(6)
        chk = (int(d[0]) + int(d[2]) + int(d[4]) + 2 * (int(d[1]) + int(d[3]) + int(d[5]))) % 10
        li = ascii_fold(p.last).upper()[0]
        return r.choice("ABFM") + li + d + str(chk)

    def state_lic(self):
        r = self.rng
        st = self.prov or "MA"
        return r.choice(["%s%s" % (r.choice("ACGM"), self.digits(5)), self.digits(6, True), "%s-%s" % (st, self.digits(6)),
                         "MD.%s" % self.digits(6), "%s%s" % (self.digits(2), self.letters(2) + self.digits(6)), "%s %s" % (st, self.digits(7))])

    def gmc(self):
        return self.rng.choice("1234567") + self.digits(6)

    def nmc(self):
        return "%s%s%s%s" % (self.digits(2), self.letters(1), self.digits(4), self.letters(1))

    def cpso(self):
        return self.digits(self.rng.choice([5, 6]), True)

    def dl(self, p=None):
        r = self.rng
        if self.region == "UK" and p is not None:
            sur = (re.sub(r"[^A-Z]", "", ascii_fold(p.last).upper()) + "99999")[:5]
            y = p.dob.year
            mm = p.dob.month + (50 if p.sex == "F" else 0)
            ini = (ascii_fold(p.first)[0] + (ascii_fold(p.middle)[0] if p.middle else "9")).upper()
            return "%s%d%02d%02d%d%s9%s" % (sur, (y // 10) % 10, mm, p.dob.day, y % 10, ini, self.letters(2, "ABCDEFGHJKLMNPRSTUVWXYZ"))
        if self.region == "CA":
            prov = self.prov
            ini = ascii_fold(p.last).upper()[0] if p else self.letters(1)
            if prov == "ON":
                return "%s%s-%s-%s" % (ini, self.digits(4), self.digits(5), self.digits(5))
            if prov == "QC":
                return "%s%s-%s-%s" % (ini, self.digits(4), self.digits(6), self.digits(2))
            if prov == "AB":
                return "%s-%s" % (self.digits(6), self.digits(3))
            return self.digits(7, True)
        st = self.prov
        if st == "MA":
            return "S" + self.digits(8)
        if st == "CA":
            return self.letters(1) + self.digits(7)
        if st in ("TX", "PA"):
            return self.digits(8, True)
        if st == "NY":
            return "%s %s %s" % (self.digits(3), self.digits(3), self.digits(3))
        if st == "FL":
            return "%s%s-%s-%s-%s-%s" % (self.letters(1), self.digits(3), self.digits(3), self.digits(2), self.digits(3), self.digits(1))
        if st == "OH":
            return self.letters(2) + self.digits(6)
        if st == "MI":
            return "%s %s %s %s" % (self.letters(1), self.digits(3), self.digits(3), self.digits(3)) if r.random() < 0.5 else self.letters(1) + self.digits(12)
        return self.letters(1) + self.digits(7)

    def plate(self):
        r = self.rng
        if self.region == "UK":
            age = r.choice(["%02d" % x for x in list(range(2, 25)) + list(range(51, 74))])
            s = "%s%s %s" % (self.letters(2, "ABCDEFGHKLMNOPRSVWXY"), age, self.letters(3, "ABCDEFGHJKLMNOPRSTUVWXYZ"))
            return s if r.random() < 0.8 else s.replace(" ", "")
        if self.region == "CA":
            pv = self.prov
            if pv == "ON":
                return "%s %s" % (self.letters(4), self.digits(3))
            if pv == "QC":
                return r.choice(["%s%s %s" % (self.letters(1), self.digits(2), self.letters(3)), "%s %s" % (self.digits(3), self.letters(3))])
            if pv == "BC":
                return "%s%s %s%s" % (self.letters(2), self.digits(1), self.digits(2), self.letters(1))
            if pv == "AB":
                return "%s-%s" % (self.letters(3), self.digits(4))
            return "%s %s" % (self.letters(3), self.digits(3))
        st = self.prov
        if st == "CA":
            return "%s%s%s" % (self.digits(1, True), self.letters(3), self.digits(3))
        if st == "MA":
            return "%s%s %s" % (self.digits(1, True), self.letters(2), self.digits(3))
        if st in ("TX", "NY", "PA", "GA", "MI"):
            return "%s-%s" % (self.letters(3), self.digits(4))
        if st == "OH":
            return "%s %s" % (self.letters(3), self.digits(4))
        return r.choice(["%s %s" % (self.letters(3), self.digits(3)), "%s%s%s" % (self.digits(3), self.letters(2), self.digits(1)), "%s-%s" % (self.letters(3), self.digits(4))])

    def vin(self):
        r = self.rng
        wmi = r.choice(["1HG", "2T1", "3FA", "JHM", "KMH", "1FT", "5YJ", "WBA", "2HG", "1C4", "4T1", "JN1", "1GN", "KNA", "3VW", "SAL", "WVW", "VF1"])
        vds = "".join(r.choice(VIN_CHARS) for _ in range(5))
        yr = r.choice("ABCDEFGHJKLMNPR")
        rest = r.choice(VIN_CHARS) + self.digits(6)
        s = wmi + vds + "0" + yr + rest
        tot = sum(VIN_VAL[ch] * VIN_W[i] for i, ch in enumerate(s))
        chk = tot % 11
        chk = "X" if chk == 10 else str(chk)
        return s[:8] + chk + s[9:]

    def serial(self, kind="pacer"):
        r = self.rng
        if kind == "pacer":
            return r.choice(["%s%s%s" % (self.letters(3), self.digits(6), self.letters(1)), self.digits(7, True),
                             "%s%s" % (self.letters(2), self.digits(7)), self.digits(6, True)])
        if kind == "lead":
            return r.choice(["%s%s" % (self.letters(3), self.digits(7)), "%s%s%s" % (self.letters(2), self.digits(6), self.letters(1)), self.digits(6, True)])
        if kind == "monitor":
            return r.choice(["%s%s" % (self.letters(2), self.digits(8)), "TM-%s-%s" % (self.letters(1) + self.digits(1), self.digits(8)), self.digits(9, True)])
        if kind == "cpap":
            return r.choice([self.digits(11, True), "%s%s" % (self.letters(2), self.digits(8))])
        if kind == "chair":
            return r.choice(["%s%s-%s" % (self.letters(3), self.digits(2), self.digits(6)), "%s%s" % (self.letters(2), self.digits(9))])
        if kind == "cgm":
            return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10))
        if kind == "pump":
            return "%s%s%s" % (self.letters(2), self.digits(7), self.letters(1))
        return self.letters(2) + self.digits(8)

    def idn(self, kind):
        r = self.rng
        y = self.today.year % 100
        j = self.today.timetuple().tm_yday
        if kind == "accession":
            return r.choice(["%02d-%03d-%05d" % (y, j, r.randint(1, 99999)), "A%02d%s" % (y, self.digits(6)),
                             "%s%02d-%s" % (r.choice(["S", "CH", "HE", "MB", "SP"]), y, self.digits(5)),
                             "%s%s" % (self.letters(2), self.digits(8))])
        if kind == "req":
            return r.choice(["RQ-%s" % self.digits(7), self.digits(9, True), "R%s" % self.digits(8), "%s-%s" % (self.letters(2), self.digits(7))])
        if kind == "rx":
            return r.choice([self.digits(7, True), "%s-%s" % (self.digits(7, True), self.digits(2)), "RX%s" % self.digits(7), self.digits(6, True)])
        if kind == "claim":
            return r.choice(["%d%s" % (self.today.year, self.digits(9)), "CLM-%s-%s" % (self.digits(2), self.digits(7)),
                             "%s%s" % (self.letters(1), self.digits(11)), "%s %s %s" % (self.digits(4), self.digits(4), self.digits(4))])
        if kind == "auth":
            return r.choice(["AUTH-%02d%02d-%s" % (y, self.today.month, self.digits(7)), "PA-%s" % self.digits(7),
                             "%s%s" % (self.letters(1), self.digits(9)), self.digits(10, True), "UM%s" % self.digits(8)])
        if kind == "ref":
            return r.choice(["%s-%s" % (self.digits(5), self.digits(2)), "REF%s" % self.digits(7), "%s%s" % (self.letters(3), self.digits(6)),
                             self.digits(9, True), "C-%s" % self.digits(8)])
        if kind == "police":
            return r.choice(["%02d-%06d" % (y, r.randint(1, 999999)), "IR %d-%s" % (self.today.year, self.digits(6)),
                             "%s%s" % (self.letters(2), self.digits(8)), "%d-%s" % (self.today.year, self.digits(7))])
        if kind == "study":
            return r.choice(["%s-%03d-%04d" % (self.letters(3), r.randint(1, 40), r.randint(1, 300)), "%03d-%03d" % (r.randint(1, 30), r.randint(1, 400)),
                             "S%s" % self.digits(5), "%s%s-%s" % (self.letters(2), self.digits(2), self.digits(4))])
        if kind == "case":
            return r.choice(["%d-CR-%s" % (self.today.year, self.digits(6)), "%s-%s" % (self.digits(2), self.digits(5)),
                             "%dCV%s" % (self.today.year, self.digits(5)), "%s%s" % (self.letters(2), self.digits(7))])
        if kind == "msg":
            return r.choice([self.digits(8, True), "MSG-%s" % self.digits(9), self.digits(10, True), "%s-%s" % (self.letters(1), self.digits(8))])
        if kind == "interp":
            return r.choice([self.digits(5, True), "INT-%s" % self.digits(5), "%s%s" % (self.letters(2), self.digits(4)), self.digits(6, True)])
        if kind == "event":
            return r.choice(["SE-%d-%s" % (self.today.year, self.digits(5)), "%s" % self.digits(7, True), "IR%s" % self.digits(6), "EV-%s" % self.digits(8)])
        if kind == "evv":
            return r.choice(["EVV-%s" % self.digits(8), self.digits(10, True), "%s%s" % (self.letters(3), self.digits(7))])
        if kind == "meeting":
            m = self.digits(10, True)
            return r.choice(["%s %s %s" % (m[:3], m[3:7], m[7:]), m, "%s-%s-%s" % (m[:3], m[3:6], m[6:])])
        if kind == "ticket":
            return r.choice(["INC%s" % self.digits(7), "CS-%s" % self.digits(8), "#%s" % self.digits(6), "T%s" % self.digits(9)])
        if kind == "aps":
            return r.choice(["APS-%02d-%s" % (y, self.digits(6)), "%s" % self.digits(8, True), "AP%s" % self.digits(7)])
        if kind == "cert":
            return r.choice(["%d-%03d-%s" % (self.today.year, r.randint(1, 200), self.digits(6)), "%s%s" % (self.letters(1), self.digits(8)),
                             "%s %s" % (self.digits(3), self.digits(6))])
        if kind == "booking":
            return r.choice(["B%02d-%s" % (y, self.digits(6)), self.digits(8, True), "%s%s" % (self.letters(1), self.digits(7))])
        if kind == "prison":
            return "%s%s%s" % (self.letters(1), self.digits(4), self.letters(2))
        if kind == "badge":
            return r.choice([self.digits(4, True), self.digits(5, True), "%s%s" % (self.letters(1), self.digits(4))])
        if kind == "bio":
            return r.choice(["FP-%s-%s" % (self.digits(4), self.digits(4)), "SIG-%s-%s" % (self.today.strftime("%Y%m%d"), self.digits(5)),
                             "BIO%s" % self.digits(9), "%s%s" % (self.letters(4), self.digits(8))])
        if kind == "order":
            return r.choice(["ORD%s" % self.digits(8), self.digits(9, True), "%s-%s" % (self.letters(2), self.digits(7))])
        if kind == "funeral":
            return r.choice(["FH-%d-%s" % (self.today.year, self.digits(4)), "%s" % self.digits(5, True), "%s%s" % (self.letters(2), self.digits(5))])
        return self.digits(8, True)


def _luhn_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


class Seq(list):
    pass


# =========================================================== label wordings
LABELS = {
    "name": ["Patient Name", "Pt Name", "Name", "PATIENT", "Patient", "Pt", "Client", "Member Name", "Pt. Name",
             "Patient name", "NAME", "Resident", "Pt nm", "Patient Full Name", "Client name", "Individual"],
    "dob": ["DOB", "D.O.B.", "Date of Birth", "Birthdate", "Birth Date", "DoB", "dob", "Born", "BD", "Date of birth",
            "D.O.B", "Birth dt", "Birthdate"],
    "mrn": ["MRN", "MR#", "Med Rec #", "Medical Record #", "Medical Record No.", "Chart #", "Our record no.", "MRN#",
            "Record No", "Med Rec No", "Pt ID", "Chart No.", "MR No", "Medical Rec Num", "EMR #", "Patient ID"],
    "hosp": ["Hospital No", "Hosp No.", "Hospital Number", "Unit No", "Hosp. no", "Case note no.", "Hosp Num", "RM No",
             "Hospital ID", "K No", "Unit number"],
    "nhs": ["NHS No", "NHS Number", "NHS no.", "NHS#", "NHS", "NHS No.", "NHS number"],
    "acct": ["Acct #", "Account #", "Account No.", "Billing Acct", "Encounter #", "HAR", "FIN", "Visit #", "Acct",
             "Guarantor Acct #", "Patient Account", "Acct No", "Enc #", "Billing #", "Visit/Acct"],
    "member": ["Member ID", "Mbr ID", "Subscriber ID", "Policy #", "ID #", "Member #", "Insured ID", "Subscriber #",
               "Policy No.", "Member No", "Mem ID", "Ins ID", "Cert #", "Policy/ID"],
    "group": ["Group #", "Grp", "Group No.", "Group", "Grp #", "Group Number"],
    "mbi": ["MBI", "Medicare #", "Medicare ID", "Medicare Beneficiary ID", "MBI #", "Medicare No."],
    "medicaid": ["Medicaid #", "Medicaid ID", "MCD #", "Medicaid No.", "Medicaid", "MA ID"],
    "ssn": ["SSN", "SS#", "Soc Sec #", "Social Security No.", "Social Security #", "S.S.N."],
    "sin": ["SIN", "S.I.N.", "Social Insurance No.", "NAS/SIN", "SIN #", "Social Insurance Number"],
    "phone": ["Phone", "Ph", "Tel", "Tel.", "Home Ph", "Phone #", "Contact #", "Telephone", "H", "Home", "Phone No.",
              "Ph#", "Primary phone", "Contact no", "Phone number"],
    "tel": ["Tel", "Phone", "Ph", "T", "Office", "Main", "Clinic phone", "Tel.", "Phone #", "Telephone", "Ofc"],
    "cell": ["Cell", "Mobile", "C", "Cell #", "Mob", "Mobile no.", "Cell phone", "Text"],
    "callback": ["Callback #", "CB#", "call back", "Call back number", "CBN", "Return call to", "best # to reach"],
    "fax": ["Fax", "Fax #", "F", "Fax No.", "FAX", "Secure fax", "Fx", "Fax number", "Return fax"],
    "email": ["Email", "E-mail", "Email address", "e", "Contact email", "EMAIL", "email addr"],
    "addr": ["Address", "Addr", "Home Address", "Street", "Residence", "Mailing address", "Address Line 1", "Res.",
             "Street Address", "Home addr", "Permanent address"],
    "city": ["City", "Town", "City/Town", "CITY", "Municipality"],
    "state": ["State", "ST", "St"],
    "prov": ["Prov", "Province", "Prov."],
    "zip": ["ZIP", "Zip", "Zip Code", "ZIP Code", "Zip code", "Zip#"],
    "postcode": ["Postcode", "Post Code", "PC", "Postal code"],
    "postal": ["Postal Code", "Postal code", "PC", "Code postal", "Postal"],
    "npi": ["NPI", "NPI #", "Provider NPI", "Individual NPI", "NPI no.", "Prescriber NPI", "NPI#"],
    "dea": ["DEA", "DEA #", "DEA Reg.", "DEA no"],
    "lic": ["Lic #", "License #", "State Lic.", "Medical License", "Lic. No.", "State license no"],
    "dos": ["Date of Service", "DOS", "Svc Date", "Service Date", "Visit Date", "Date seen", "Appt date"],
    "date": ["Date", "Dt", "DATE", "Dated", "Date"],
    "ref": ["Ref #", "Reference #", "Ref. No.", "Reference Number", "Call ref", "Ref", "Confirmation #", "Conf #"],
    "claim": ["Claim #", "Claim No.", "Claim Number", "ICN", "Claim ID", "Clm #"],
    "auth": ["Auth #", "Authorization #", "Auth No.", "PA #", "Prior Auth Number", "Cert #", "Auth ID", "Approval #"],
    "acc": ["Accession #", "Acc #", "ACC", "Accession No.", "Specimen ID", "Lab #", "Accn"],
    "rx": ["Rx #", "Rx#", "RX No.", "Prescription #", "Rx Number", "Script #"],
    "sex": ["Sex", "Gender", "Sex/Gender", "M/F"],
    "dod": ["Date of Death", "DOD", "Date of death", "Died", "Death date"],
    "nok": ["NOK", "Next of kin", "Emergency contact", "Emerg. Contact", "Contact person", "EC"],
}


# =========================================================== layout registry
REG = {}


def layout(style, idx, regions="US"):
    """regions: space separated list drawn from with equal weight."""
    def deco(fn):
        REG[(style, idx)] = (fn, regions.split())
        return fn
    return deco
