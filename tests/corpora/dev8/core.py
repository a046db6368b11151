"""Core machinery for the dev8 corpus: the span-recording document builder,
per-document context (region, people, places, identifiers, formats) and
near-miss generators.  Python 3.11 standard library only.
"""
import datetime as dt
import random
import unicodedata

import pools as P

ALLOWED = ["name", "address", "zip", "date", "age", "phone", "fax", "email", "url",
           "ip_address", "ssn", "mrn", "health_plan", "account", "license", "vehicle",
           "device", "biometric", "id"]

# ------------------------------------------------------------------ numbers
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 30: "thirtieth"}


def words(n, hyph=True):
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + (("-" if hyph else " ") + ONES[o] if o else "")
    if n < 1000:
        h, rest = divmod(n, 100)
        return ONES[h] + " hundred" + (" " + words(rest, hyph) if rest else "")
    th, rest = divmod(n, 1000)
    return words(th, hyph) + " thousand" + (" " + words(rest, hyph) if rest else "")


def ordinal_words(n):
    if n in ORD:
        return ORD[n]
    t, o = divmod(n, 10)
    return TENS[t] + " " + ORD[o]


def year_words(y):
    if 2000 <= y < 2010:
        return "two thousand" + (" " + ONES[y - 2000] if y > 2000 else "")
    hi, lo = divmod(y, 100)
    if lo == 0:
        return words(hi, False) + " hundred"
    if lo < 10:
        return words(hi, False) + " oh " + ONES[lo]
    return words(hi, False) + " " + words(lo, False)


def digit_words(s, rng, oh=None):
    if oh is None:
        oh = rng.random() < 0.6
    out = []
    for ch in s:
        if ch.isdigit():
            out.append("oh" if (ch == "0" and oh) else ONES[int(ch)])
    return " ".join(out)


def luhn_digit(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]


def suffix(d):
    if 11 <= d <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def fmt_date(d, f):
    Y, m, dd = d.year, d.month, d.day
    y = Y % 100
    B = MONTHS[m - 1]
    b = B[:3]
    table = {
        "mdY": f"{m:02d}/{dd:02d}/{Y}", "mdY1": f"{m}/{dd}/{Y}", "mdy": f"{m}/{dd}/{y:02d}",
        "mdy0": f"{m:02d}/{dd:02d}/{y:02d}", "mdY-": f"{m:02d}-{dd:02d}-{Y}",
        "mdY.": f"{m:02d}.{dd:02d}.{Y}", "dmY": f"{dd:02d}/{m:02d}/{Y}", "dmY1": f"{dd}/{m}/{Y}",
        "dmy": f"{dd:02d}/{m:02d}/{y:02d}", "dmy1": f"{dd}/{m}/{y:02d}",
        "dmY.": f"{dd:02d}.{m:02d}.{Y}", "dmY-": f"{dd:02d}-{m:02d}-{Y}",
        "iso": f"{Y}-{m:02d}-{dd:02d}", "Ymd/": f"{Y}/{m:02d}/{dd:02d}",
        "BdY": f"{B} {dd}, {Y}", "bdY": f"{b} {dd}, {Y}", "BdthY": f"{B} {dd}{suffix(dd)}, {Y}",
        "bdYn": f"{b}. {dd}, {Y}" if m != 5 else f"{b} {dd}, {Y}",
        "dBY": f"{dd} {B} {Y}", "dthBY": f"{dd}{suffix(dd)} {B} {Y}", "dbY": f"{dd} {b} {Y}",
        "DMONY": f"{dd:02d}-{b.upper()}-{Y}", "DMONy": f"{dd:02d}-{b}-{y:02d}",
        "DMONYc": f"{dd:02d}{b.upper()}{Y}", "hl7": f"{Y}{m:02d}{dd:02d}",
        "md": f"{m}/{dd}", "dm": f"{dd}/{m}", "Bd": f"{B} {dd}", "Bdth": f"{B} {dd}{suffix(dd)}",
        "bd": f"{b} {dd}", "dB": f"{dd} {B}", "dthofB": f"{dd}{suffix(dd)} of {B}",
        "db": f"{dd} {b}", "BY": f"{B} {Y}", "bY": f"{b} {Y}",
        "fr": f"{dd} {MOIS[m - 1]} {Y}", "frs": f"{dd} {MOIS[m - 1]}",
        "speech": f"{B.lower()} {ordinal_words(dd)} {year_words(Y)}",
        "speech_md": f"{B.lower()} {ordinal_words(dd)}",
        "speech_dm": f"the {ordinal_words(dd)} of {B.lower()}",
        "lmdY": f"{B.lower()} {dd} {Y}", "ldm": f"{dd}/{m}",
    }
    return table[f]


DATE_FULL = {
    "US": ["mdY", "mdY", "mdY1", "mdy", "mdy0", "mdY-", "BdY", "bdY", "BdthY", "DMONY", "iso",
           "DMONy", "bdYn"],
    "UK": ["dmY", "dmY", "dmY1", "dmy", "dmY.", "dBY", "dthBY", "dbY", "DMONY", "iso", "dmy1"],
    "CA": ["iso", "iso", "Ymd/", "dmY", "mdY", "BdY", "dBY", "DMONY", "bdY", "dmY-"],
    "AU": ["dmY", "dmY", "dmY1", "dmy", "dBY", "dbY", "DMONY", "iso", "dmY-", "dthBY"],
}
DATE_SHORT = {"US": ["md", "Bd", "Bdth", "bd", "md"], "UK": ["dm", "dB", "dthofB", "db", "dm"],
              "CA": ["Bd", "bd", "dB", "md"], "AU": ["dm", "dB", "db", "dthofB"]}

ICD_DOM = {
    "bh": ["F33.1", "F41.1", "F43.10", "F10.20", "F32.A", "F31.81", "F43.23", "F60.3", "F11.20", "F90.0"],
    "dental": ["K02.52", "K04.7", "K05.10", "K08.121", "S02.5XXA", "K02.62"],
    "wc": ["S62.101A", "M54.5", "S83.511A", "M75.101", "S39.012A", "S63.501A", "S06.0X0A", "M54.16", "S43.421A"],
    "school": ["J45.909", "E10.9", "G40.909", "T78.40XA", "Z91.010", "R51.9"],
    "hospice": ["C34.90", "G30.9", "I50.9", "J44.1", "N18.4", "C25.9", "G12.21", "Z51.5", "C61"],
    "ems": ["R56.9", "S06.0X0A", "T40.2X1A", "I21.9", "R55", "S72.001A", "J96.01", "E16.2"],
    "gen": ["Z15.01", "Z80.3", "Z80.0", "Z84.81", "Z31.430", "Z13.71"],
    "trial": ["I21.4", "K92.2", "N17.9", "D70.1", "J18.9", "R50.9", "I48.91"],
}
CPT_DOM = {
    "bh": ["90837", "90834", "90791", "90832", "90847", "H0004", "96127", "90853"],
    "dental": ["D2391", "D2392", "D2740", "D3330", "D7140", "D0120", "D1110", "D4341", "D2950"],
    "wc": ["99203", "99213", "97110", "97140", "72148", "73221", "99455"],
    "billing": ["99213", "99214", "99285", "36415", "80053", "85025", "71046", "97110", "J1885", "93000", "70450"],
}

# ------------------------------------------------------------------ labels
LBL = {
    "patient": ["Patient", "Pt", "Patient Name", "Name", "PT NAME", "Pt name", "Name of patient",
                "Patient's name", "NAME (Last, First)", "Pt.", "Patient name", "PATIENT", "Nm",
                "Pt Name", "Full name", "Surname, Forename"],
    "client": ["Client", "Client Name", "Consumer", "Service user", "Individual", "Clt", "Member",
               "Participant", "Client name", "CLIENT"],
    "dob": ["DOB", "D.O.B.", "Date of Birth", "Birth Date", "Birthdate", "DoB", "dob", "Born",
            "BD", "Date of birth", "B/D", "D.O.B", "Birth dt", "DOB/Age", "bday", "Date Of Birth"],
    "mrn": ["MRN", "MR#", "Med Rec #", "Medical Record No.", "Chart #", "Chart No", "Record #",
            "Our record no.", "MRN#", "Medical Record Number", "Pt ID", "Patient ID", "MR No",
            "Med Rec No", "Chart", "Hosp #"],
    "mrn_uk": ["Hospital No.", "Hosp No", "Unit No.", "Hospital Number", "K number", "RM2 No",
               "Case note no.", "MRN", "Local patient ID"],
    "mrn_au": ["UR No.", "URN", "UR Number", "MRN", "UR", "Unit Record No.", "Med Rec No"],
    "mrn_ca": ["MRN", "Chart #", "No. dossier", "Hospital Chart No.", "Unit #", "Dossier",
               "Chart number"],
    "phone": ["Phone", "Ph", "Tel", "Tel.", "Telephone", "Cell", "Mobile", "Mob", "Home ph",
              "H", "C", "Contact #", "Best # to call", "Callback", "cb#", "Ph#", "phone no.",
              "Contact number", "Cell #", "Primary phone", "Daytime phone", "tel no", "PH"],
    "fax": ["Fax", "FAX", "Fax #", "F", "Fax No.", "fx", "Facsimile", "Fax number", "FAX#",
            "Secure fax", "Return fax", "fax to"],
    "addr": ["Address", "Addr", "Home Address", "Street", "Residence", "Res. address",
             "Mailing address", "Current address", "Street Address", "Address line 1",
             "Home addr", "ADDRESS", "Residential address", "Usual residence", "Permanent address"],
    "email": ["Email", "E-mail", "email", "Email address", "E-Mail", "Eml", "e-mail addr",
              "EMAIL", "Contact email", "Mail"],
    "ssn": ["SSN", "SS#", "Soc Sec #", "Social Security No.", "Social Security Number", "SSN#",
            "Soc. Sec. No.", "SS No", "social"],
    "date": ["Date", "DATE", "Dt", "Date of service", "DOS", "Visit date", "Date/Time",
             "Service date", "date", "Dated"],
    "claim": ["Claim #", "Claim No.", "Claim Number", "Clm#", "Our file", "File No.",
              "Claim ref", "CLAIM NO", "Carrier claim #", "WCB claim", "Claim"],
    "member": ["Member ID", "Member #", "ID #", "Subscriber ID", "Policy #", "Policy No.",
               "Mbr ID", "Ins ID", "Insurance ID", "Member No", "Cert #", "Subscriber #",
               "Policy number", "ID"],
    "group": ["Group #", "Group No.", "Grp", "GRP#", "Group number", "Plan group"],
    "acct": ["Account #", "Acct", "Acct #", "Account No.", "Pt Acct", "Guarantor Acct",
             "ACCOUNT", "Billing acct", "Acct No", "HAR", "Encounter #", "Visit acct"],
    "npi": ["NPI", "NPI #", "NPI No.", "Provider NPI", "Rendering NPI", "npi"],
    "dea": ["DEA", "DEA #", "DEA No.", "DEA Reg", "dea"],
    "lic": ["Lic #", "License #", "State Lic", "Lic. No.", "Medical license", "LIC",
            "Licence No.", "License No"],
    "dl": ["DL #", "Driver's License", "DL", "Drivers lic #", "Driver licence no.", "D/L",
           "Licence #", "DL No.", "Driver's Lic"],
    "rx": ["Rx #", "Rx", "RX#", "Rx No.", "Prescription #", "Script #", "rx", "Rx number"],
    "acc": ["Accession #", "Accession", "Acc #", "Lab #", "Specimen ID", "Lab No.", "ACC",
            "Accession No.", "Sample ID"],
    "ref": ["Ref #", "Reference", "Ref", "Our ref", "Your ref", "Ref no.", "Reference No.",
            "Confirmation #", "Conf#", "ref"],
    "police": ["Police report #", "PD case #", "Report #", "Incident #", "Case no.", "Occurrence #",
               "Event #", "police ref"],
    "plate": ["Plate", "Lic plate", "License plate", "Reg", "Rego", "Registration", "Tag",
              "Plate #", "veh reg", "Vehicle reg"],
    "vin": ["VIN", "VIN #", "Vehicle ID No.", "vin"],
    "serial": ["SN", "S/N", "Serial #", "Serial No.", "Serial", "SER#", "Serial number", "sn"],
}
SEPS = [": ", ": ", ":", " - ", " ", ": ", ":  ", " = ", ". ", " : ", ": ", "- "]


class Doc:
    """Append-only text builder.  A labelled piece records its own offsets."""

    def __init__(self, rng):
        self.rng = rng
        self.buf = []
        self.n = 0
        self.spans = []
        self.case = None      # None | 'lower' | 'upper'
        self.typo = 0.0       # per word, plain text only
        self.ocr = 0.0        # per char, plain text
        self.vocr = 0.0       # per char, labelled values
        self.vtypo = 0.0      # per value, names only

    # ---- transforms
    def _case(self, s):
        if self.case == "lower":
            return s.lower()
        if self.case == "upper":
            return s.upper()
        return s

    def _ocr(self, s, rate):
        if rate <= 0:
            return s
        r = self.rng
        out = []
        i = 0
        while i < len(s):
            c = s[i]
            if r.random() < rate:
                if c == "O":
                    c = "0"
                elif c == "0":
                    c = "O"
                elif c == "l":
                    c = "1"
                elif c == "1":
                    c = "l"
                elif c == "I":
                    c = "l"
                elif c == "m":
                    c = "rn"
                elif c == "S":
                    c = "5"
                elif c == "B":
                    c = "8"
                elif c == "o":
                    c = "0"
                elif c == "e":
                    c = "c"
                elif c == "5":
                    c = "S"
            out.append(c)
            i += 1
        return "".join(out)

    def _typo_word(self, w):
        r = self.rng
        if len(w) < 4 or not w.isalpha():
            return w
        i = r.randrange(1, len(w) - 1)
        op = r.randrange(4)
        if op == 0:
            return w[:i] + w[i + 1] + w[i] + w[i + 2:]
        if op == 1:
            return w[:i] + w[i + 1:]
        if op == 2:
            return w[:i] + w[i] + w[i:]
        near = {"a": "s", "e": "r", "i": "o", "o": "i", "n": "m", "t": "r", "s": "a", "r": "t",
                "l": "k", "u": "y", "d": "f", "h": "j", "c": "v", "m": "n"}
        c = w[i].lower()
        return w[:i] + near.get(c, c) + w[i + 1:]

    def _typos(self, s, rate):
        if rate <= 0:
            return s
        out = []
        word = []
        for c in s + "\0":
            if c.isalpha():
                word.append(c)
                continue
            if word:
                w = "".join(word)
                if self.rng.random() < rate:
                    w = self._typo_word(w)
                out.append(w)
                word = []
            if c != "\0":
                out.append(c)
        return "".join(out)

    def _plain(self, s):
        s = self._typos(s, self.typo)
        s = self._ocr(s, self.ocr)
        return self._case(s)

    def _value(self, t, v):
        if t == "name" and self.vtypo and self.rng.random() < self.vtypo:
            v = " ".join(self._typo_word(w) for w in v.split(" "))
        if self.vocr and t not in ("email", "url", "ip_address"):
            v = self._ocr(v, self.vocr)
        return self._case(v)

    # ---- appending
    def _put(self, s):
        if s:
            self.buf.append(s)
            self.n += len(s)

    def add(self, *parts):
        for p in parts:
            if p is None or p == "":
                continue
            if isinstance(p, str):
                self._put(self._plain(p))
            elif isinstance(p, list):
                self.add(*p)
            elif isinstance(p, tuple) and len(p) == 2 and p[0] == "RAW":
                self._put(p[1])
            elif isinstance(p, tuple):
                t, v = p
                assert t in ALLOWED, t
                v = self._value(t, v)
                assert v and v == v.strip(), (t, repr(v))
                s = self.n
                self._put(v)
                self.spans.append({"type": t, "start": s, "end": self.n, "_v": v})
            else:
                raise TypeError(p)
        return self

    def line(self, *parts):
        self.add(*parts)
        self._put("\n")
        return self

    def raw(self, s):
        self._put(s)

    def text(self):
        return "".join(self.buf)


def RAW(s):
    return ("RAW", s)


# ------------------------------------------------------------------ people
class Person:
    def __init__(self, given, family, sex, middle, culture, nick):
        self.given, self.family, self.sex = given, family, sex
        self.middle, self.culture, self.nick = middle, culture, nick
        self.dob = None
        self.age = None

    @property
    def he(self):
        return {"F": "she", "M": "he"}.get(self.sex, "they")

    @property
    def his(self):
        return {"F": "her", "M": "his"}.get(self.sex, "their")

    @property
    def him(self):
        return {"F": "her", "M": "him"}.get(self.sex, "them")


CULT_W = {
    "US": [("anglo", 30), ("word", 4), ("hispanic", 18), ("afam", 14), ("southasian", 6),
           ("eastasian", 5), ("irish", 4), ("polish", 4), ("nigerian", 3), ("arabic", 3),
           ("vietnamese", 4), ("filipino", 4), ("caribbean", 3), ("quebecois", 1), ("dutch", 1)],
    "UK": [("anglo", 34), ("word", 3), ("southasian", 16), ("eastasian", 3), ("irish", 8),
           ("polish", 8), ("nigerian", 8), ("arabic", 5), ("vietnamese", 2), ("filipino", 3),
           ("caribbean", 8), ("hispanic", 1), ("dutch", 1)],
    "CA": [("anglo", 26), ("word", 2), ("quebecois", 18), ("southasian", 12), ("eastasian", 8),
           ("irish", 5), ("polish", 4), ("nigerian", 3), ("arabic", 5), ("vietnamese", 4),
           ("filipino", 6), ("caribbean", 5), ("hispanic", 2), ("dutch", 1)],
    "AU": [("anglo", 34), ("word", 3), ("southasian", 9), ("eastasian", 9), ("irish", 6),
           ("polish", 2), ("nigerian", 2), ("arabic", 6), ("vietnamese", 8), ("filipino", 5),
           ("caribbean", 1), ("hispanic", 2), ("dutch", 3), ("indigenous_au", 5)],
}


def _split_pool(s):
    out = []
    for tok in s.split(" "):
        if ":" in tok:
            sx, nm = tok.split(":", 1)
            out.append((sx, nm))
    return out


def _fix_space_names(s):
    # pools use "Li_Na" style for multi-word tokens; "Li Na" was written with a space
    return s.replace("_", " ")


GIVEN_POOL = {}
for _c, _s in P.GIVEN.items():
    toks = []
    raw = _s.split(" ")
    i = 0
    while i < len(raw):
        tok = raw[i]
        # multi-word given names ("Li Na", "Jia Hui", "Zhi Wei") are written with a space
        if i + 1 < len(raw) and ":" not in raw[i + 1]:
            tok = tok + " " + raw[i + 1]
            i += 1
        sx, nm = tok.split(":", 1)
        toks.append((sx, nm))
        i += 1
    GIVEN_POOL[_c] = toks
FAMILY_POOL = {c: [_fix_space_names(x) for x in s.split(" ") if x] for c, s in P.FAMILY.items()}


# ------------------------------------------------------------------ context
class Ctx:
    def __init__(self, seed, style, region):
        self.r = random.Random(seed)
        self.style = style
        self.R = region
        self.used = []
        self.used_given = []
        if region == "US":
            self.T = self.r.choice(P.US_TOWNS)
        elif region == "UK":
            self.T = self.r.choice(P.UK_TOWNS)
        elif region == "CA":
            self.T = self.r.choice(P.CA_TOWNS)
        else:
            self.T = self.r.choice(P.AU_TOWNS)
        start = dt.date(2021, 1, 4).toordinal()
        self.today = dt.date.fromordinal(start + self.r.randrange(0, 1640))

    # ---- tiny random helpers
    def ch(self, seq):
        return self.r.choice(seq)

    def p(self, x):
        return self.r.random() < x

    def ri(self, a, b):
        return self.r.randint(a, b)

    def shuf(self, seq):
        s = list(seq)
        self.r.shuffle(s)
        return s

    def sample(self, seq, k):
        return self.r.sample(list(seq), k)

    def wch(self, pairs):
        tot = sum(w for _, w in pairs)
        x = self.r.random() * tot
        for v, w in pairs:
            x -= w
            if x < 0:
                return v
        return pairs[-1][0]

    def digits(self, n, first_nonzero=False):
        s = "".join(str(self.r.randrange(10)) for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = str(self.r.randint(1, 9)) + s[1:]
        return s

    def letters(self, n, pool="ABCDEFGHJKLMNPRSTUVWXYZ"):
        return "".join(self.r.choice(pool) for _ in range(n))

    @property
    def fr(self):
        return self.R == "CA" and self.T[5]

    # ---- dates
    def days_ago(self, a, b=None):
        if b is None:
            a, b = 0, a
        return self.today - dt.timedelta(days=self.ri(a, b))

    def days_after(self, base, a, b):
        return base + dt.timedelta(days=self.ri(a, b))

    def dob_for(self, age):
        return self.today - dt.timedelta(days=age * 365 + self.ri(1, 360))

    def fd(self, d, kind="full"):
        """format a date for this region; kind: full | short | any | speech | hl7 | <code>"""
        if kind == "full":
            f = self.ch(DATE_FULL[self.R])
            if self.fr and self.p(0.25):
                f = "fr"
        elif kind == "short":
            f = self.ch(DATE_SHORT[self.R])
        elif kind == "any":
            f = self.ch(DATE_FULL[self.R] + DATE_SHORT[self.R])
        elif kind == "num":
            f = {"US": "mdY", "UK": "dmY", "AU": "dmY", "CA": self.ch(["iso", "dmY", "mdY"])}[self.R]
            if self.p(0.3):
                f = {"US": "mdy", "UK": "dmy", "AU": "dmy1", "CA": "iso"}[self.R]
        elif kind == "long":
            f = {"US": self.ch(["BdY", "BdthY", "bdY"]), "UK": self.ch(["dBY", "dthBY"]),
                 "AU": self.ch(["dBY", "dbY"]), "CA": self.ch(["BdY", "dBY"])}[self.R]
            if self.fr and self.p(0.4):
                f = "fr"
        else:
            f = kind
        return fmt_date(d, f)

    def time(self, lo=0, hi=23):
        h, m = self.ri(lo, hi), self.ch([0, 5, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 55, 7, 48])
        f = self.ri(0, 4)
        if f == 0:
            return f"{h:02d}:{m:02d}"
        if f == 1:
            return f"{h:02d}{m:02d}"
        if f == 2:
            hh = h % 12 or 12
            return f"{hh}:{m:02d} {'am' if h < 12 else 'pm'}"
        if f == 3:
            hh = h % 12 or 12
            return f"{hh}:{m:02d}{'AM' if h < 12 else 'PM'}"
        return f"{h:02d}{m:02d}h" if self.R == "CA" else f"{h}:{m:02d}"

    # ---- people
    def culture(self):
        return self.wch(CULT_W[self.R])

    def person(self, sex=None, culture=None, family=None, age=None, middle=None):
        for _ in range(50):
            c = culture or self.culture()
            pool = GIVEN_POOL[c]
            if sex:
                cand = [x for x in pool if x[0] in (sex, "U")]
            else:
                cand = pool
            sx, given = self.ch(cand)
            if sx == "U":
                sx = sex or self.ch(["F", "M"])
            if family is None:
                roll = self.r.random()
                if c == "word":
                    fam = self.ch(FAMILY_POOL[self.ch(["anglo", "word", "afam", "word"])])
                elif roll < 0.72:
                    fam = self.ch(FAMILY_POOL[c])
                elif roll < 0.80:
                    fam = self.ch(P.COMPOUND_FAMILY)
                elif roll < 0.86:
                    fam = self.ch(FAMILY_POOL["word"])
                else:
                    fam = self.ch(FAMILY_POOL[self.culture()])
            else:
                fam = family
            if sx == "F":
                if fam.startswith("Ó ") or fam.startswith("Mac "):
                    fam = "Ní " + fam.split(" ", 1)[1]
                if fam.startswith("bin "):
                    fam = "bint " + fam[4:]
            elif sx == "M":
                if fam.startswith("Ní ") and "-" not in fam:
                    fam = "Ó " + fam[3:]
            if given not in self.used_given and given != fam:
                break
        self.used.append((given, fam))
        self.used_given.append(given)
        mid = middle
        if mid is None and self.p(0.45):
            if c == "vietnamese":
                mid = "Thi" if sx == "F" else "Van"
            else:
                mid = self.ch(P.MIDDLE_POOL)
                if mid == given:
                    mid = None
        nick = None
        if given in P.NICK and self.p(0.85):
            nick = self.ch(P.NICK[given])
        per = Person(given, fam, sx, mid, c, nick)
        if age is not None:
            per.age = age
            per.dob = self.dob_for(age)
        return per

    def relative_of(self, p, sex=None, same_family=0.6, age=None):
        fam = p.family if self.p(same_family) else None
        cult = p.culture if (fam or self.p(0.6)) else None
        if cult == "word":
            cult = None
        return self.person(sex=sex, culture=cult, family=fam, age=age)

    def nm(self, p, form=None):
        """return the written name string for person p in a (random) form"""
        g, f, m = p.given, p.family, p.middle
        if form is None:
            form = self.wch([("full", 30), ("lf", 10), ("LF", 8), ("il", 8), ("fi", 5),
                             ("g", 8), ("UP", 4), ("lower", 5), ("full_mi", 6), ("LFmi", 6),
                             ("nick", 3), ("lfi", 3), ("nickfull", 2)])
        if form in ("full", "UP") and p.culture in ("vietnamese", "eastasian") and self.p(0.3):
            form = "gf_first"       # family name first, as many East Asian / Vietnamese names are written
        mi = (m[0] if m else "")
        if form == "full":
            return f"{g} {f}"
        if form == "full_mi":
            return f"{g} {mi}. {f}" if m else f"{g} {f}"
        if form == "full_mid":
            return f"{g} {m} {f}" if m else f"{g} {f}"
        if form == "lf":
            return f"{f}, {g}"
        if form == "LF":
            return f"{f.upper()}, {g.upper()}"
        if form == "LFmi":
            return f"{f.upper()}, {g.upper()}" + (f" {mi.upper()}" if m else "")
        if form == "lfmi":
            return f"{f}, {g}" + (f" {mi}." if m else "")
        if form == "il":
            return f"{g[0]}. {f}" if self.p(0.7) else f"{g[0]} {f}"
        if form == "fi":
            return f"{g} {f[0].upper()}" + ("." if self.p(0.4) else "")
        if form == "g":
            return g
        if form == "f":
            return f
        if form == "F":
            return f.upper()
        if form == "nick":
            return p.nick or g
        if form == "nickfull":
            return f"{p.nick or g} {f}"
        if form == "UP":
            return f"{g} {f}".upper()
        if form == "lower":
            return f"{g} {f}".lower()
        if form == "glower":
            return (p.nick if (p.nick and self.p(0.3)) else g).lower()
        if form == "lfi":
            return f"{f} {g[0]}"
        if form == "LFi":
            return f"{f.upper()} {g[0].upper()}"
        if form == "inits":
            a, b = g[0].upper(), fold(f.replace("'", "").split(" ")[-1])[0].upper()
            if f.split(" ")[0].lower() in ("van", "de", "del", "da", "dos", "bin", "bint", "ní", "ó", "mac", "st.", "saint"):
                b = fold(f.split(" ")[0])[0].upper() + b if self.p(0.3) else b
            sty = self.ri(0, 3)
            if sty == 0:
                return a + b
            if sty == 1:
                return f"{a}.{b}."
            if sty == 2:
                return (a + (mi.upper() if m else "") + b)
            return (a + b).lower()
        if form == "hl7":
            return f"{fold(f).upper()}^{fold(g).upper()}" + (f"^{fold(mi).upper()}" if m else "")
        if form == "x12":
            return f"{fold(f).upper()}*{fold(g).upper()}"
        if form == "gf_first":      # family-first (East Asian / Vietnamese style)
            return f"{f.upper()} {g}" + (f" {m}" if m and p.culture == "vietnamese" else "")
        if form == "stt":
            toks = []
            for part in (g, f):
                toks.append(P.STT_MISHEAR.get(part, part.lower()))
            return " ".join(toks)
        raise ValueError(form)

    def N(self, p, form=None):
        return ("name", self.nm(p, form))

    def title(self, p, dr=False):
        dot = "" if self.R in ("UK", "AU") and self.p(0.7) else "."
        if dr:
            return "Dr" + dot
        if p.sex == "F":
            return self.ch(["Mrs", "Ms", "Ms", "Miss"]) + (dot if not self.p(0.1) else "")
        if p.sex == "M":
            return "Mr" + dot
        return "Mx" + dot

    def cred(self, kind="nurse"):
        pools = {"US": P.CREDS_US, "UK": P.CREDS_UK, "CA": P.CREDS_CA, "AU": P.CREDS_AU}[self.R]
        by_kind = {
            "nurse": {"US": ["RN", "BSN, RN", "LPN", "RN, CHPN", "MSN, RN"], "UK": ["RGN", "RN", "RMN"],
                      "CA": ["RN", "RPN", "BScN, RN"], "AU": ["RN", "EN", "CNS"]},
            "doc": {"US": ["MD", "DO", "MD, FACP"], "UK": ["MBBS", "MRCP", "FRCS", "MRCPsych"],
                    "CA": ["MD, FRCPC", "MD, CCFP", "MD"], "AU": ["MBBS", "FRACGP", "FRACP"]},
            "sw": {"US": ["LCSW", "LICSW", "LPC", "LMFT", "MSW"], "UK": ["SW", "CPN", "RMN"],
                   "CA": ["MSW, RSW", "RSW"], "AU": ["MSW", "AMHSW"]},
        }
        if kind in by_kind:
            return self.ch(by_kind[kind][self.R])
        return self.ch(pools)

    # ---- places
    def other_town(self):
        if self.R == "US":
            return self.ch(P.US_TOWNS)
        if self.R == "UK":
            return self.ch(P.UK_TOWNS)
        if self.R == "CA":
            return self.ch(P.CA_TOWNS)
        return self.ch(P.AU_TOWNS)

    def town_name(self, T=None):
        return (T or self.T)[0]

    def hood(self, T=None):
        T = T or self.T
        hoods = T[4] if self.R != "CA" else T[4]
        return self.ch(hoods) if hoods else None

    def postcode(self, T=None):
        T = T or self.T
        if self.R == "US":
            z = T[2]
            if self.p(0.15):
                z = z + "-" + self.digits(4)
            return z
        if self.R == "UK":
            return f"{self.ch(T[1])} {self.ri(1, 9)}{self.letters(2, 'ABDEFGHJLNPQRSTUWXYZ')}"
        if self.R == "CA":
            fsa = self.ch(T[2])
            return f"{fsa} {self.ri(0, 9)}{self.letters(1, 'ABCEGHJKLMNPRSTVWXYZ')}{self.ri(0, 9)}"
        return T[2]

    def state(self, T=None):
        T = T or self.T
        if self.R == "US":
            return T[1]
        if self.R == "CA":
            return T[1]
        if self.R == "AU":
            return T[1]
        return None

    def street(self):
        key = self.R
        if self.fr and self.p(0.7):
            key = "QC"
        name = self.ch(P.STREET_NAMES[key].split(" "))
        typ = self.ch(P.STREET_TYPES[key])
        if key == "QC":
            return f"{typ} {name}"
        suffix = ""
        if self.R == "CA" and self.p(0.15):
            suffix = self.ch([" W", " E", " N", " S", " West", " East"])
        if self.R == "US" and self.p(0.12):
            return f"{self.ch(['N', 'S', 'E', 'W', 'North', 'South'])} {name} {typ}"
        return f"{name} {typ}{suffix}"

    def street_bare(self):
        """a street named without number or type, as people say it (\"down on Maple\")"""
        key = "QC" if (self.fr and self.p(0.5)) else self.R
        nm = self.ch(P.STREET_NAMES[key].split(" "))
        if key == "QC":
            return "rue " + nm if self.p(0.5) else nm
        return nm

    def hood_any(self, T=None):
        """a neighbourhood / suburb of the town, or the town itself if none listed"""
        T = T or self.T
        h = T[4] if T[4] else [T[0]]
        v = self.ch(h)
        return v

    def addr(self, T=None, kind=None):
        """return dict with line1 (street incl. unit), town, state, pc, region bits"""
        T = T or self.T
        if kind is None:
            kind = self.wch([("house", 50), ("unit", 35), ("po", 5), ("rural", 6), ("housename", 4)])
        if kind == "housename" and self.R != "UK":
            kind = "house"
        num = str(self.ri(1, 220) if self.R in ("UK", "AU") else self.ri(2, 9899))
        st = self.street()
        qc = st.split(" ")[0] in ("rue", "boulevard", "boul.", "avenue", "chemin", "rang")
        line = None
        if kind == "house":
            line = f"{num}, {st}" if qc else f"{num} {st}"
        elif kind == "unit":
            u = self.ri(1, 40)
            if self.R == "US":
                unit = self.ch([f"Apt {u}", f"Apt {u}{self.ch('ABCD')}", f"#{u}", f"Unit {u}",
                                f"Apt. {self.ri(1, 4)}0{self.ri(1, 9)}", f"Lot {u}", f"Trlr {u}"])
                line = f"{num} {st} {unit}" if self.p(0.5) else f"{num} {st}, {unit}"
                if self.p(0.1):
                    line = f"{unit}, {num} {st}"
            elif self.R == "UK":
                unit = self.ch([f"Flat {u}", f"Flat {self.ri(0, 3)}/{self.ri(1, 4)}", f"Flat {u}{self.ch('ABC')}",
                                f"Apartment {u}"])
                line = f"{unit}, {num} {st}"
            elif self.R == "CA":
                if qc:
                    line = f"{num}, {st}, app. {u}"
                else:
                    line = self.ch([f"{u}-{num} {st}", f"{num} {st}, Apt {u}", f"Unit {u}, {num} {st}",
                                    f"{num} {st} Unit {u}", f"#{u} - {num} {st}"])
            else:
                line = self.ch([f"Unit {u}/{num} {st}", f"{u}/{num} {st}", f"Unit {u}, {num} {st}",
                                f"Flat {u}/{num} {st}"])
        elif kind == "po":
            box = self.ri(11, 9999)
            line = {"US": self.ch([f"PO Box {box}", f"P.O. Box {box}", f"POB {box}"]),
                    "UK": f"PO Box {box}", "CA": f"C.P. {box}" if self.fr else self.ch([f"PO Box {box}", f"P.O. Box {box}, Stn Main"]),
                    "AU": self.ch([f"PO Box {box}", f"Locked Bag {self.ri(1, 40)}"])}[self.R]
        elif kind == "rural":
            rd = self.ch(P.ROUTES[self.R]).replace("the ", "")
            line = {"US": self.ch([f"RR {self.ri(1, 5)} Box {self.ri(1, 99)}", f"{num} {rd}"]),
                    "UK": f"{self.ch(P.UK_HOUSE_NAMES)}, {rd}",
                    "CA": self.ch([f"{num} {rd}", f"RR {self.ri(1, 5)}, {self.ri(100, 9999)} {rd}"]),
                    "AU": self.ch([f"{self.ri(100, 2999)} {rd}", f"Lot {self.ri(1, 90)} {rd}",
                                   f"RMB {self.ri(100, 999)}"])}[self.R]
        elif kind == "housename":
            line = f"{self.ch(P.UK_HOUSE_NAMES)}, {st}"
        a = {"line1": line, "town": T[0], "T": T, "pc": self.postcode(T), "kind": kind}
        a["state"] = self.state(T)
        a["hood"] = self.hood(T) if (self.R in ("UK", "AU") and self.p(0.35)) else None
        return a

    def townline(self, a, with_pc=True):
        R = self.R
        t, s, pc = a["town"], a["state"], a["pc"]
        if R == "US":
            v = self.ch([f"{t}, {s} {pc}", f"{t} {s} {pc}", f"{t}, {s}  {pc}", f"{t.upper()} {s} {pc}"])
            return v if with_pc else f"{t}, {s}"
        if R == "UK":
            h = (a["hood"] + ", ") if a["hood"] else ""
            v = self.ch([f"{h}{t} {pc}", f"{h}{t}, {pc}", f"{h}{t.upper()} {pc}"])
            return v if with_pc else f"{h}{t}"
        if R == "CA":
            if self.fr and self.p(0.5):
                v = f"{t} ({P.CA_PROV_NAMES[s]}) {pc}" if self.p(0.5) else f"{t}, QC  {pc}"
            else:
                v = self.ch([f"{t}, {s} {pc}", f"{t} {s}  {pc}", f"{t}, {s}, {pc}",
                             f"{t.upper()} {s} {pc.replace(' ', '')}"])
            return v if with_pc else f"{t}, {s}"
        h = a["hood"] or t
        v = self.ch([f"{h} {s} {pc}", f"{h.upper()} {s} {pc}", f"{h}, {s} {pc}", f"{h} {s.capitalize() if len(s) > 2 else s} {pc}"])
        return v if with_pc else f"{h} {s}"

    def addr_full(self, a):
        return f"{a['line1']}, {self.townline(a)}" if self.p(0.8) else f"{a['line1']} {self.townline(a)}"

    def addr_block(self, a, indent=""):
        return [("address", a["line1"]), "\n" + indent, ("address", self.townline(a))]

    # ---- phones
    def phone(self, kind="any", T=None, fmt=None):
        T = T or self.T
        R = self.R
        if kind == "any":
            kind = self.ch(["home", "mobile", "mobile", "work"])
        if R in ("US", "CA"):
            ac = T[3] if (self.p(0.8) or kind == "work") else self.ch(["917", "312", "647", "438", "786", "470", "832", "587", "236"])
            ex = f"{self.ri(2, 9)}{self.digits(2)}"
            ln = self.digits(4)
            f = fmt if fmt is not None else self.ri(0, 9)
            return [f"({ac}) {ex}-{ln}", f"{ac}-{ex}-{ln}", f"{ac}.{ex}.{ln}", f"{ac}{ex}{ln}",
                    f"+1 {ac} {ex} {ln}", f"1-{ac}-{ex}-{ln}", f"{ac} {ex} {ln}", f"({ac}){ex}-{ln}",
                    f"({ac}) {ex}-{ln}", f"{ac}-{ex}-{ln}"][f]
        if R == "UK":
            if kind == "mobile":
                a = "07" + self.digits(3)
                b = self.digits(6)
                f = fmt if fmt is not None else self.ri(0, 4)
                return [f"{a} {b}", f"{a}{b}", f"+44 {a[1:]} {b}", f"{a} {b[:3]} {b[3:]}", f"{a} {b}"][f]
            code, n = T[2], T[3]
            loc = str(self.ri(2, 9)) + self.digits(n - 1)
            if code == "028 90":
                loc = "90" + self.digits(6)
                code = "028"
            if len(loc) == 7:
                ls = f"{loc[:3]} {loc[3:]}"
            elif len(loc) == 8:
                ls = f"{loc[:4]} {loc[4:]}"
            else:
                ls = loc
            f = fmt if fmt is not None else self.ri(0, 4)
            return [f"{code} {ls}", f"({code}) {loc}", f"{code}{loc}", f"+44 {code[1:]} {ls}", f"{code} {ls}"][f]
        # AU
        if kind == "mobile":
            m = "04" + self.digits(8)
            f = fmt if fmt is not None else self.ri(0, 3)
            return [f"{m[:4]} {m[4:7]} {m[7:]}", m, f"+61 {m[1:4]} {m[4:7]} {m[7:]}", f"{m[:4]} {m[4:7]} {m[7:]}"][f]
        ac = T[3]
        loc = str(self.ri(3, 9)) + self.digits(7)
        f = fmt if fmt is not None else self.ri(0, 3)
        return [f"({ac}) {loc[:4]} {loc[4:]}", f"{ac} {loc[:4]} {loc[4:]}", f"+61 {ac[1:]} {loc[:4]} {loc[4:]}", f"{ac}{loc}"][f]

    def phone_words(self, num):
        return digit_words(num, self.r)

    # ---- e-mail / web
    def email(self, p, domain=None, work=False):
        g = fold(p.given).lower().replace(" ", "").replace("'", "").replace("-", "")
        f = fold(p.family).lower().replace(" ", "").replace("'", "").replace(".", "")
        if domain is None:
            domain = self.ch(P.FREE_MAIL[self.R])
        if work:
            local = self.ch([f"{g}.{f}", f"{g[0]}{f}", f"{g[0]}.{f}", f"{f}.{g}", f"{g}{f[0]}"])
        else:
            yy = str(self.ri(60, 99) if self.p(0.5) else self.ri(0, 24)).zfill(2)
            nk = fold(p.nick).lower().replace(" ", "").replace("-", "") if p.nick else g
            local = self.ch([f"{g}.{f}", f"{g}{f}{yy}", f"{nk}_{f}", f"{f}{g[0]}{self.ri(1, 99)}",
                             f"{nk}{yy}", f"{g[0]}{f}", f"{g}.{f}{self.ri(1, 9)}",
                             f"{self.ch(['mama', 'papa', 'nana', 'lil', 'bigg', 'the'])}{nk}{yy}",
                             f"{g}-{f}"])
        return f"{local}@{domain}"

    def org_domain(self, fac):
        base = fold(fac).lower().replace("'", "").replace(".", "")
        words_ = [w for w in base.split(" ") if w not in ("the", "of", "and", "&")]
        stem = "".join(words_[:2])
        tld = {"US": self.ch([".org", ".com", "health.org"]), "UK": self.ch([".nhs.uk", ".co.uk", ".org.uk"]),
               "CA": self.ch([".ca", ".on.ca", ".org"]), "AU": self.ch([".org.au", ".com.au", ".health.gov.au"])}[self.R]
        if tld.startswith("health"):
            return stem + tld
        return stem + tld

    def url(self, kind="portal", fac=None, p=None):
        fac = fac or self.facility("clinic")
        dom = self.org_domain(fac)
        if kind == "portal":
            tok = self.letters(4, "abcdefghjkmnpqrstuvwxyz") + self.digits(5)
            return self.ch([f"https://portal.{dom}/msg/{self.digits(8)}",
                            f"https://mychart.{dom}/MyChart/Visits?eid={tok}",
                            f"http://{dom}/pay?acct={self.digits(9)}",
                            f"https://{dom}/p/{tok}",
                            f"https://telehealth.{dom}/join/{self.digits(3)}-{self.digits(3)}-{self.digits(3)}"])
        if kind == "social" and p is not None:
            g = fold(p.given).lower().replace(" ", "")
            f = fold(p.family).lower().replace(" ", "").replace("'", "")
            return self.ch([f"facebook.com/{g}.{f}.{self.ri(1, 99)}", f"https://www.facebook.com/{g}{f}",
                            f"instagram.com/{g}_{f}", f"https://gofundme.com/f/help-{g}-{f}"])
        return f"https://{dom}/forms/{self.digits(6)}"

    def ip(self):
        k = self.ri(0, 3)
        if k == 0:
            return f"10.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"
        if k == 1:
            return f"192.168.{self.ri(0, 20)}.{self.ri(2, 254)}"
        if k == 2:
            return f"172.{self.ri(16, 31)}.{self.ri(0, 255)}.{self.ri(1, 254)}"
        return f"{self.ri(23, 212)}.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    # ---- organisations
    def facility(self, kind="hospital"):
        pre = self.ch(P.FAC_PREFIX)
        kinds = {
            "hospital": {"US": ["Regional Medical Center", "Memorial Hospital", "Community Hospital", "Medical Center"],
                         "UK": ["General Hospital", "Royal Infirmary", "District General Hospital", "Community Hospital"],
                         "CA": ["Regional Health Centre", "General Hospital", "Hôpital régional", "Health Sciences Centre"],
                         "AU": ["Base Hospital", "District Hospital", "Health Service", "Public Hospital"]},
            "clinic": {"US": ["Family Health Center", "Medical Group", "Primary Care", "Health Clinic"],
                       "UK": ["Medical Practice", "Surgery", "Health Centre", "Group Practice"],
                       "CA": ["Family Health Team", "Medical Clinic", "CLSC", "Community Health Centre"],
                       "AU": ["Medical Centre", "Family Practice", "Health Clinic", "GP Super Clinic"]},
        }
        if kind in kinds:
            k = self.ch(kinds[kind][self.R])
            if k in ("CLSC", "Hôpital régional"):
                return f"{k} {pre}"
            return f"{pre} {k}"
        return f"{pre} {kind}"

    def payer(self):
        return self.ch(P.PAYERS[self.R])

    def employer(self):
        return self.ch(P.EMPLOYERS)

    # ---- identifiers
    def ssn(self, fmt=None):
        a = self.ri(1, 899)
        while a == 666:
            a = self.ri(1, 899)
        g, s = self.ri(1, 99), self.ri(1, 9999)
        f = fmt if fmt is not None else self.ri(0, 4)
        return [f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d} {g:02d} {s:04d}", f"{a:03d}{g:02d}{s:04d}",
                f"{a:03d}-{g:02d}-{s:04d}", f"XXX-XX-{s:04d}"][f]

    def mbi(self):
        L = "ACDEFGHJKMNPQRTUVWXY"
        AN = L + "0123456789"
        s = (str(self.ri(1, 9)) + self.ch(L) + self.ch(AN) + str(self.ri(0, 9)) + self.ch(L) +
             self.ch(AN) + str(self.ri(0, 9)) + self.ch(L) + self.ch(L) + str(self.ri(0, 9)) + str(self.ri(0, 9)))
        return s if self.p(0.5) else f"{s[:4]}-{s[4:7]}-{s[7:]}"

    def medicaid(self):
        k = self.ri(0, 3)
        if k == 0:
            return self.letters(2) + self.digits(5) + self.letters(1)
        if k == 1:
            return self.digits(9, True) + self.letters(1)
        if k == 2:
            return "1" + self.digits(11)
        return self.digits(10, True)

    def member_id(self):
        k = self.ri(0, 5)
        if k == 0:
            return self.letters(3) + self.digits(9)
        if k == 1:
            return f"{self.letters(3)} {self.digits(3)} {self.digits(2)} {self.digits(4)}"
        if k == 2:
            return "W" + self.digits(9)
        if k == 3:
            return self.digits(9) + "-0" + str(self.ri(1, 4))
        if k == 4:
            return f"{self.letters(1)}{self.digits(8)}0{self.ri(1, 3)}"
        return self.letters(2) + self.digits(7)

    def group_no(self):
        return self.ch([self.digits(7), f"GRP-{self.digits(5)}", self.digits(5) + self.letters(1),
                        f"{self.digits(3)}-{self.digits(4)}"])

    def mrn(self):
        R = self.R
        if R == "UK":
            return self.ch([self.letters(1, "DHKMRT") + self.digits(6), self.letters(3) + self.digits(7),
                            self.digits(8), f"{self.letters(1)}{self.digits(7)}"])
        if R == "AU":
            return self.ch([self.digits(6), self.digits(7), "0" + self.digits(6), f"MR{self.digits(6)}"])
        if R == "CA":
            return self.ch([self.digits(7), "H" + self.digits(7), f"{self.digits(3)}-{self.digits(3)}-{self.digits(3)}",
                            "M" + self.digits(9)])
        return self.ch([self.digits(8), "E" + self.digits(7), f"M-{self.digits(3)}-{self.digits(3)}",
                        "1" + self.digits(7), f"MR{self.digits(7)}", f"{self.digits(4)}-{self.digits(4)}"])

    def acct(self):
        return self.ch(["7" + self.digits(9), self.digits(7), f"{self.digits(5)}-{self.digits(4)}",
                        "V" + self.digits(9), "HAR" + self.digits(7), self.digits(11, True),
                        f"{self.letters(2)}{self.digits(8)}"])

    def npi(self):
        base = self.ch(["1", "2"]) + self.digits(8)
        return base + self._npi_check(base)

    def _npi_check(self, base9):
        s = "80840" + base9
        total = 0
        for i, ch in enumerate(reversed(s)):
            d = int(ch)
            if i % 2 == 0:
                d *= 2
                if d > 9:
                    d -= 9
            total += d
        return str((10 - total % 10) % 10)

    def dea(self, p):
        first = self.ch("ABFM")
        sec = fold(p.family).upper().replace(" ", "")[0]
        if not sec.isalpha():
            sec = "X"
        d = [self.ri(0, 9) for _ in range(6)]
        c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        return first + sec + "".join(map(str, d)) + str(c)

    def med_license(self):
        R = self.R
        if R == "UK":
            return self.digits(7, True)             # GMC number
        if R == "AU":
            return "MED" + self.digits(10)          # AHPRA
        if R == "CA":
            return self.digits(5, True)             # college registration
        st = self.T[1]
        return self.ch([f"{st} {self.digits(6)}", f"{self.letters(1)}{self.digits(5)}", self.digits(7, True),
                        f"{st}-{self.letters(2)}-{self.digits(6)}", f"{self.digits(2)}-{self.digits(6)}"])

    def nurse_license(self):
        R = self.R
        if R == "UK":
            return f"{self.digits(2)}{self.letters(1)}{self.digits(4)}{self.letters(1)}"   # NMC PIN
        if R == "AU":
            return "NMW" + self.digits(10)
        if R == "CA":
            return self.digits(7, True)
        return self.ch([f"RN{self.digits(6)}", f"{self.T[1]} RN {self.digits(7)}", self.digits(7, True),
                        f"R{self.digits(6)}"])

    def dl(self, p=None):
        R = self.R
        if R == "UK" and p is not None and p.dob:
            sur = "".join(c for c in fold(p.family).upper() if c.isalpha())[:5].ljust(5, "9")
            d = p.dob
            mm = d.month + (50 if p.sex == "F" else 0)
            ini = (fold(p.given)[0] + (fold(p.middle)[0] if p.middle else "9")).upper()
            return f"{sur}{str(d.year)[2]}{mm:02d}{d.day:02d}{str(d.year)[3]}{ini}9{self.letters(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{self.ri(0, 9)}{self.ri(0, 9)}"[:16]
        if R == "UK":
            return self.letters(5) + self.digits(6) + self.letters(2) + "9" + self.letters(2)
        if R == "CA":
            if self.T[1] == "ON":
                ini = fold(p.family)[0].upper() if p else self.letters(1)
                return f"{ini}{self.digits(4)}-{self.digits(5)}-{self.digits(5)}"
            if self.T[1] == "QC":
                ini = fold(p.family)[0].upper() if p else self.letters(1)
                return f"{ini}{self.digits(4)}-{self.digits(6)}-{self.digits(2)}"
            return self.ch([self.digits(7), f"{self.digits(6)}-{self.digits(3)}", self.digits(9)])
        if R == "AU":
            return self.ch([self.digits(8), self.digits(9), f"{self.digits(3)} {self.digits(3)} {self.digits(3)}"])
        st = self.T[1]
        return self.ch([self.letters(1) + self.digits(8), self.letters(1) + self.digits(7),
                        f"{self.digits(3)} {self.digits(3)} {self.digits(3)}", self.digits(8),
                        f"{self.letters(1)}{self.digits(3)}-{self.digits(4)}-{self.digits(4)}",
                        f"{st} {self.digits(9)}"])

    def plate(self):
        R = self.R
        if R == "UK":
            return f"{self.letters(2)}{self.ri(10, 24):02d} {self.letters(3)}" if self.p(0.8) else f"{self.letters(2)}{self.ri(51, 73)} {self.letters(3)}"
        if R == "AU":
            return self.ch([f"{self.ri(1, 9)}{self.letters(2)} {self.ri(1, 9)}{self.letters(2)}",
                            f"{self.letters(2)} {self.digits(2)} {self.letters(2)}", f"{self.digits(3)} {self.letters(3)}",
                            f"{self.letters(3)}{self.digits(3)}"])
        if R == "CA":
            return self.ch([f"{self.letters(4)} {self.digits(3)}", f"{self.letters(1)}{self.digits(2)} {self.letters(3)}",
                            f"{self.letters(3)} {self.digits(3)}", f"{self.digits(3)} {self.letters(3)}"])
        return self.ch([f"{self.ri(1, 9)}{self.letters(3)}{self.digits(3)}", f"{self.letters(3)}-{self.digits(4)}",
                        f"{self.digits(3)} {self.letters(3)}", f"{self.letters(3)} {self.digits(4)}",
                        f"{self.ri(1, 9)}{self.letters(2)}{self.digits(4)}"])

    def vin(self):
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        vals = {**{str(i): i for i in range(10)},
                **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
                **dict(zip("STUVWXYZ", range(2, 10)))}
        w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
        v = [self.ch(chars) for _ in range(17)]
        v[0] = self.ch("12345JKW")
        v[9] = self.ch("LMNPRS")
        tot = sum(vals[c] * w[i] for i, c in enumerate(v))
        c = tot % 11
        v[8] = "X" if c == 10 else str(c)
        return "".join(v)

    def serial(self, kind="pacer"):
        if kind == "pacer":
            return self.ch([f"{self.letters(3)}{self.digits(6)}{self.letters(1)}", f"{self.letters(2)}{self.digits(7)}",
                            self.digits(7, True), f"{self.letters(3)}{self.digits(6)}"])
        if kind == "pump":
            return self.ch([f"NG{self.digits(7)}H", f"{self.digits(8)}", f"SN{self.digits(9)}"])
        if kind == "cgm":
            return self.ch([f"{self.digits(1)}{self.letters(1)}{self.digits(1)}{self.letters(3)}", f"{self.letters(2)}{self.digits(8)}"])
        if kind == "implant":
            return self.ch([f"{self.digits(2)}{self.letters(1)}{self.digits(5)}-{self.digits(2)}", f"{self.letters(1)}{self.digits(9)}",
                            f"{self.digits(10)}"])
        return f"{self.letters(2)}{self.digits(8)}"

    # national / provincial health numbers
    def nhs(self, fmt=None):
        while True:
            d = [self.ri(0, 9) for _ in range(9)]
            d[0] = self.ri(4, 7)
            s = sum(x * (10 - i) for i, x in enumerate(d))
            c = 11 - s % 11
            if c == 11:
                c = 0
            if c != 10:
                break
        s = "".join(map(str, d)) + str(c)
        f = fmt if fmt is not None else self.ri(0, 3)
        return [f"{s[:3]} {s[3:6]} {s[6:]}", s, f"{s[:3]}-{s[3:6]}-{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}"][f]

    def chi(self, p):
        d = p.dob or self.dob_for(50)
        while True:
            base = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}" + self.digits(2)
            sx = self.ch("02468") if p.sex == "F" else self.ch("13579")
            base += sx
            s = sum(int(x) * (10 - i) for i, x in enumerate(base))
            c = 11 - s % 11
            if c == 11:
                c = 0
            if c != 10:
                return base + str(c)

    def ni(self):
        a = self.ch("ABCEGHJKLMNPRSTWXYZ")
        b = self.ch("ABCEGHJKLMNPRSTWXYZ")
        while a + b in ("GB", "NK", "TN", "ZZ", "BG", "KN", "NT"):
            b = self.ch("ABCEGHJKLMNPRSTWXYZ")
        n = self.digits(6)
        s = self.ch("ABCD")
        return f"{a}{b} {n[:2]} {n[2:4]} {n[4:]} {s}" if self.p(0.6) else f"{a}{b}{n}{s}"

    def sin(self):
        while True:
            base = str(self.ri(1, 7)) + self.digits(7)
            s = base + luhn_digit(base)
            return self.ch([f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}", s])

    def prov_health(self, p):
        prov = self.T[1]
        if prov == "ON":
            base = self.digits(9, True)
            s = base + luhn_digit(base)
            vc = self.letters(2, "ABCDEFGHJKLMNPRSTVWXYZ")
            return self.ch([f"{s[:4]}-{s[4:7]}-{s[7:]}-{vc}", f"{s[:4]} {s[4:7]} {s[7:]} {vc}", f"{s}{vc}", s]), "OHIP"
        if prov == "QC":
            fam = "".join(c for c in fold(p.family).upper() if c.isalpha())[:3].ljust(3, "X")
            d = p.dob or self.dob_for(50)
            mm = d.month + (50 if p.sex == "F" else 0)
            v = f"{fam}{fold(p.given)[0].upper()} {d.year % 100:02d}{mm:02d} {d.day:02d}{self.digits(2)}"
            return (v if self.p(0.6) else v.replace(" ", "")), "RAMQ"
        if prov == "BC":
            s = "9" + self.digits(9)
            return self.ch([f"{s[:4]} {s[4:7]} {s[7:]}", s]), "PHN"
        if prov == "AB":
            s = self.digits(9, True)
            return self.ch([f"{s[:5]}-{s[5:]}", s]), "AHCIP"
        if prov == "NS":
            s = "00" + self.digits(8)
            return f"{s[:4]} {s[4:7]} {s[7:]}", "MSI"
        if prov == "NL":
            return self.digits(12, True), "MCP"
        if prov == "PE":
            return self.digits(8, True), "PEI Health"
        if prov == "MB":
            return self.digits(9, True), "PHIN"
        if prov == "NB":
            return self.digits(9, True), "Medicare NB"
        return self.digits(9, True), "HSN"

    def medicare_au(self, with_irn=None):
        d = [self.ri(2, 6)] + [self.ri(0, 9) for _ in range(7)]
        w = [1, 3, 7, 9, 1, 3, 7, 9]
        c = sum(a * b for a, b in zip(d, w)) % 10
        s = "".join(map(str, d)) + str(c) + str(self.ri(1, 5))
        irn = str(self.ri(1, 6))
        if with_irn is None:
            with_irn = self.p(0.4)
        f = self.ri(0, 2)
        base = [f"{s[:4]} {s[4:9]} {s[9]}", s, f"{s[:4]}-{s[4:9]}-{s[9]}"][f]
        return base + (f"-{irn}" if with_irn else "")

    def ihi(self):
        base = "800360" + self.digits(9)
        s = base + luhn_digit(base)
        return f"{s[:4]} {s[4:8]} {s[8:12]} {s[12:]}" if self.p(0.7) else s

    def tfn(self):
        w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
        while True:
            d = [self.ri(0, 9) for _ in range(8)]
            d[0] = self.ri(1, 8)
            s = sum(a * b for a, b in zip(d, w))
            for last in range(10):
                if (s + last * 10) % 11 == 0:
                    st = "".join(map(str, d)) + str(last)
                    return f"{st[:3]} {st[3:6]} {st[6:]}" if self.p(0.7) else st

    def dva(self):
        return self.ch(["N", "V", "Q", "W", "S", "T"]) + self.ch(["X", "", "SS"]) + self.digits(6)

    def natid(self, p):
        """region's primary health-system number: returns (type, value, label)"""
        R = self.R
        if R == "UK":
            if self.T[5] == "S" and self.p(0.6):
                return "health_plan", self.chi(p), self.ch(["CHI", "CHI No", "CHI number"])
            return "health_plan", self.nhs(), self.ch(["NHS No", "NHS Number", "NHS no.", "NHS#", "NHS", "nhs number"])
        if R == "CA":
            v, lab = self.prov_health(p)
            return "health_plan", v, self.ch([lab, "Health card", "HC#", "Health Card No.", lab + " #", "HCN"])
        if R == "AU":
            if self.p(0.8):
                return "health_plan", self.medicare_au(), self.ch(["Medicare", "Medicare No", "Medicare card", "Medicare #", "MC No."])
            return "health_plan", self.ihi(), self.ch(["IHI", "IHI No.", "Individual Healthcare Identifier"])
        k = self.ri(0, 2)
        if k == 0 and p.age is not None and p.age < 62:
            k = self.ch([1, 2])
        if k == 0:
            return "health_plan", self.mbi(), self.ch(["MBI", "Medicare ID", "Medicare #", "Medicare Beneficiary ID"])
        if k == 1:
            return "health_plan", self.medicaid(), self.ch(["Medicaid ID", "Medicaid #", "MA #", "Medi-Cal CIN", "Medicaid"])
        return "health_plan", self.member_id(), self.ch(["Member ID", "Ins ID", "Subscriber ID", "Policy #"])

    def socid(self):
        """SSN-like national number: returns (value, label)"""
        R = self.R
        if R == "US":
            return self.ssn(), self.lab("ssn")
        if R == "UK":
            return self.ni(), self.ch(["NI No", "NINO", "National Insurance No.", "NI number", "Nat Ins #"])
        if R == "CA":
            return self.sin(), self.ch(["SIN", "S.I.N.", "Social Insurance No.", "SIN #", "NAS"])
        return self.tfn(), self.ch(["TFN", "Tax File No.", "TFN #", "Tax file number"])

    def claim_no(self):
        return self.ch([f"WC-{self.today.year}-{self.digits(6)}", f"CLM{self.digits(10)}",
                        f"{self.today.year % 100}-{self.digits(6)}-0{self.ri(1, 4)}", self.digits(10, True),
                        f"{self.letters(2)}{self.digits(8)}", f"{self.digits(3)}-{self.digits(2)}-{self.digits(5)}"])

    def rx(self):
        return self.ch([self.digits(7, True), f"{self.digits(2)}-{self.digits(6)}", f"RX{self.digits(7)}",
                        f"{self.digits(6)}-{self.digits(2)}", self.digits(8, True)])

    def accession(self):
        y = self.today.year % 100
        return self.ch([f"S{y}-{self.digits(5)}", f"A{y}-{self.digits(6)}", f"GN-{self.today.year}-{self.digits(5)}",
                        f"{self.digits(2)}{self.letters(1)}{self.digits(7)}", f"M{y}{self.digits(6)}", self.digits(10, True)])

    def case_no(self, pre=""):
        y = self.today.year
        return self.ch([f"{pre}{y % 100}-{self.digits(6)}", f"{pre}{y}-{self.digits(5)}", f"{pre}{self.digits(8, True)}",
                        f"{pre}{y}{self.letters(1)}{self.digits(5)}"])

    # ---- labels
    def lab(self, key, case=True):
        if key == "mrn":
            pool = LBL["mrn"] + {"US": [], "UK": LBL["mrn_uk"] * 2, "AU": LBL["mrn_au"] * 2, "CA": LBL["mrn_ca"]}[self.R]
        else:
            pool = LBL[key]
        s = self.ch(pool)
        if case:
            k = self.r.random()
            if k < 0.15:
                s = s.upper()
            elif k < 0.27:
                s = s.lower()
        return s

    def sep(self):
        return self.ch(SEPS)

    # ---- near misses (never labelled)
    def med(self):
        drug, doses = self.ch(P.DRUGS)
        return f"{drug} {self.ch(doses)} {self.ch(P.FREQ)}"

    def dose(self):
        drug, doses = self.ch(P.DRUGS)
        return self.ch(doses)

    def vitals(self, n=3):
        opts = [f"BP {self.ri(92, 178)}/{self.ri(52, 104)}", f"HR {self.ri(52, 128)}", f"RR {self.ri(12, 28)}",
                f"SpO2 {self.ri(86, 100)}%", f"T {self.ri(360, 392) / 10:.1f}" if self.R != "US" else f"T {self.ri(968, 1024) / 10:.1f}",
                f"Wt {self.ri(40, 130)} kg", f"BGL {self.ri(40, 190) / 10:.1f}" if self.R != "US" else f"BG {self.ri(62, 340)}",
                f"pulse {self.ri(55, 120)}", f"GCS {self.ri(9, 15)}", f"pain {self.ri(0, 10)}/10"]
        return ", ".join(self.sample(opts, n))

    def labs(self, n=2):
        opts = [f"K {self.ri(30, 55) / 10:.1f}", f"Na {self.ri(126, 146)}", f"Cr {self.ri(6, 30) / 10:.1f}",
                f"A1c {self.ri(55, 121) / 10:.1f}%", f"Hgb {self.ri(70, 160) / 10:.1f}", f"INR {self.ri(9, 42) / 10:.1f}",
                f"WBC {self.ri(30, 190) / 10:.1f}", f"plt {self.ri(40, 420)}", f"lactate {self.ri(8, 60) / 10:.1f}",
                f"TSH {self.ri(3, 90) / 10:.1f}", f"eGFR {self.ri(18, 95)}", f"Li level {self.ri(3, 14) / 10:.1f}"]
        return ", ".join(self.sample(opts, n))

    def icd(self, dom=None):
        return self.ch(ICD_DOM.get(dom, P.ICD10))

    def cpt(self, dom=None):
        return self.ch(CPT_DOM.get(dom, P.CPT))

    def trange(self, lo=7, hi=19):
        h = self.ri(lo, hi - 1)
        m = self.ch([0, 15, 30, 45])
        h2, m2 = h + self.ri(0, 1), (m + self.ch([30, 45, 50])) % 60
        if m2 < m:
            h2 += 1
        if self.p(0.5):
            return f"{h:02d}:{m:02d}-{h2:02d}:{m2:02d}"
        return f"{h % 12 or 12}:{m:02d}-{h2 % 12 or 12}:{m2:02d}{'pm' if h2 >= 12 else 'am'}"

    def tseq(self, n, lo=0, hi=22, step=(2, 25)):
        """n increasing times of day in one consistent format"""
        t = self.ri(lo, hi) * 60 + self.ri(0, 59)
        f = self.ri(0, 2)
        out = []
        for _ in range(n):
            h, m = divmod(t % 1440, 60)
            out.append([f"{h:02d}:{m:02d}", f"{h:02d}{m:02d}", f"{h % 12 or 12}:{m:02d}{'am' if h < 12 else 'pm'}"][f])
            t += self.ri(*step)
        return out

    @property
    def cur(self):
        return "£" if self.R == "UK" else "$"

    def room(self):
        return self.ch([f"Rm {self.ri(100, 699)}", f"room {self.ri(1, 40)}", f"bed {self.ri(1, 32)}",
                        f"Bay {self.ri(1, 12)}", f"{self.ri(2, 9)}{self.ch('ABCDEFW')}-{self.ri(1, 40)}",
                        f"Rm {self.ri(200, 540)}-{self.ch('AB')}", f"cubicle {self.ri(1, 20)}"])

    def eponym(self):
        return self.ch(P.EPONYMS)

    def model(self):
        return self.ch(P.DEVICE_MODELS)

    def year(self, back=(1, 30)):
        return str(self.today.year - self.ri(*back))

    def young_age(self, lo=18, hi=89):
        return self.ri(lo, hi)
