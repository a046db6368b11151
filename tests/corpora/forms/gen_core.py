"""Core machinery for the 'forms' corpus: document builder, value generators, checks."""
import datetime as dt
import re
import unicodedata

import pools as P

TYPES = ["name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
         "health_plan", "account", "license", "vehicle", "device", "url", "ip_address",
         "biometric", "id"]

UP = "ABCDEFGHJKLMNPQRSTUVWXYZ"          # no I/O to keep ids readable
DIG = "0123456789"


def L(typ, val):
    """A labelled value for Doc.f()."""
    assert typ in TYPES, typ
    return (typ, val)


class Doc:
    """Append-only text builder. Offsets are recorded at the moment a labelled
    value is appended; they are never recovered by searching the text."""

    _PH = re.compile(r"\{(\w+)\}")

    def __init__(self):
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, s):
        self.buf.append(s)
        self.n += len(s)
        return self

    def l(self, typ, val):
        assert typ in TYPES, typ
        self.spans.append({"type": typ, "start": self.n, "end": self.n + len(val), "value": val})
        self.t(val)
        return self

    def f(self, tmpl, **kw):
        pos = 0
        for m in self._PH.finditer(tmpl):
            self.t(tmpl[pos:m.start()])
            v = kw[m.group(1)]
            if isinstance(v, tuple):
                self.l(*v)
            elif callable(v):
                v()
            else:
                self.t(str(v))
            pos = m.end()
        self.t(tmpl[pos:])
        return self

    def text(self):
        return "".join(self.buf)


class Person:
    def __init__(self, first, last, mi, sex):
        self.first, self.last, self.mi, self.sex = first, last, mi, sex

    @property
    def he(self):
        return "he" if self.sex == "M" else "she"

    @property
    def his(self):
        return "his" if self.sex == "M" else "her"

    @property
    def him(self):
        return "him" if self.sex == "M" else "her"


def fold(s):
    """ASCII-fold for e-mail local parts (José -> jose)."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def initial(s):
    for ch in s:
        if ch.isalpha() and ch.isupper():
            return ch
    return s[0].upper()


ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD_WORDS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
             7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh",
             12: "twelfth", 13: "thirteenth", 14: "fourteenth", 15: "fifteenth",
             16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
             20: "twentieth", 30: "thirtieth"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("" if o == 0 else "-" + ONES[o])
    h, rest = divmod(n, 100)
    return ONES[h] + " hundred" + ("" if rest == 0 else " and " + words(rest))


def ord_words(n):
    if n in ORD_WORDS:
        return ORD_WORDS[n]
    t, o = divmod(n, 10)
    return TENS[t] + "-" + ORD_WORDS[o]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def year_words(y):
    if 2000 <= y <= 2009:
        return "two thousand" + ("" if y == 2000 else " " + ONES[y - 2000])
    hi, lo = divmod(y, 100)
    if lo == 0:
        return words(hi) + " hundred"
    if lo < 10:
        return words(hi) + " oh " + ONES[lo]
    return words(hi) + " " + words(lo)


DIGIT_WORD = {str(i): ONES[i] for i in range(10)}
NATO = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                ["apple", "boy", "cat", "dog", "echo", "frank", "george", "henry", "ida", "john", "king",
                 "lincoln", "mary", "nancy", "ocean", "peter", "queen", "robert", "sam", "tom", "uniform",
                 "victor", "william", "x-ray", "yellow", "zebra"]))

# characters that may not open / close a span
STRAY = set(" \t\n\r.,;:!?\"'`-/\\|_*#~&=<>[]{}")


class Gen:
    """All random choices for one document go through self.r."""

    def __init__(self, rng, k=None):
        self.r = rng
        self.k = k          # index of this document within its style

    def variant(self, n):
        """Which of n skeletons to use: rotates with the document's index within its style."""
        return self.k % n if self.k is not None else self.r.randrange(n)

    # ---- basics -------------------------------------------------------
    def ch(self, seq):
        return self.r.choice(seq)

    def p(self, prob):
        return self.r.random() < prob

    def ri(self, a, b):
        return self.r.randint(a, b)

    def digits(self, n, lead_nonzero=False):
        s = "".join(self.r.choice(DIG) for _ in range(n))
        if lead_nonzero and s[0] == "0":
            s = self.r.choice("123456789") + s[1:]
        return s

    def letters(self, n):
        return "".join(self.r.choice(UP) for _ in range(n))

    def alnum(self, n):
        return "".join(self.r.choice(UP + DIG) for _ in range(n))

    def shuffle(self, xs):
        self.r.shuffle(xs)
        return xs

    # ---- people -------------------------------------------------------
    def person(self, sex=None, last=None):
        sex = sex or self.ch("FM")
        first = self.ch(P.FEMALE if sex == "F" else P.MALE)
        if last is None:
            k = self.r.random()
            if k < 0.07:
                last = self.ch(P.MULTIWORD_SURNAMES)
            elif k < 0.15:
                a, b = self.ch(P.SURNAMES), self.ch(P.SURNAMES)
                last = a if a == b else f"{a}-{b}"
            else:
                last = self.ch(P.SURNAMES)
        mi = self.ch("ABCDEFGHJKLMNPRSTVW")
        return Person(first, last, mi, sex)

    def name(self, p, form=None, forms=None):
        if form is None:
            form = self.ch(forms or ["full", "full", "full_mi", "last_first", "init_last",
                                     "first_l", "LAST_FIRST_MI"])
        f, l, m = p.first, p.last, p.mi
        if form == "full":
            return f"{f} {l}"
        if form == "full_mi":
            return f"{f} {m}. {l}"
        if form == "full_mi_nodot":
            return f"{f} {m} {l}"
        if form == "last_first":
            return f"{l}, {f}"
        if form == "last_first_mi":
            return f"{l}, {f} {m}"
        if form == "LAST_FIRST":
            return f"{l.upper()}, {f.upper()}"
        if form == "LAST_FIRST_MI":
            return f"{l.upper()}, {f.upper()} {m}"
        if form == "LAST_FIRST_nc":
            return f"{l.upper()} {f.upper()}"
        if form == "LAST_FIRST_nospace":
            return f"{l.upper()},{f.upper()}"
        if form == "UPPER":
            return f"{f} {l}".upper()
        if form == "init_last":
            return f"{initial(f)}. {l}"
        if form == "init_init_last":
            return f"{initial(f)}.{m}. {l}"
        if form == "first_l":
            return f"{f} {initial(l)}"
        if form == "first":
            return f
        if form == "last":
            return l
        if form == "lower":
            return f"{f} {l}".lower()
        if form == "lower_last":
            return l.lower()
        if form == "lower_first":
            return f.lower()
        if form == "initials":
            ini = initial(f) + initial(l)
            if ini in P.INITIALS_BLACKLIST:
                ini = initial(f) + m + initial(l)
            return ini
        if form == "spelled_last":
            return "-".join(c.upper() for c in l if c.isalpha())
        raise ValueError(form)

    # ---- dates --------------------------------------------------------
    def today(self):
        return dt.date(2023, 1, 3) + dt.timedelta(days=self.ri(0, 1050))

    def near(self, d, lo, hi):
        return d + dt.timedelta(days=self.ri(lo, hi))

    def dob(self, lo=1, hi=89, ref=None):
        ref = ref or dt.date(2024, 6, 1)
        age = self.ri(lo, hi)
        return ref - dt.timedelta(days=365 * age + self.ri(1, 360)), age

    DATE_STYLES = ["mdy", "mdy", "mdy_short", "md", "iso", "dmy_dot", "d_mon_yy", "DD_MON_YYYY",
                   "mon_dth", "month_d_y", "mon_d_y", "d_month_y", "dth_of_month",
                   "month_dth", "mdy_dash", "mdy_pad_short", "mon_dot_d", "month_d",
                   "dth_of_month_y", "mdy_space"]

    def date(self, d, style=None, styles=None):
        s = style or self.ch(styles or self.DATE_STYLES)
        y, m, dd = d.year, d.month, d.day
        mon, month = MONTHS[m - 1][:3], MONTHS[m - 1]
        return {
            "mdy": f"{m:02d}/{dd:02d}/{y}",
            "mdy_nopad": f"{m}/{dd}/{y}",
            "mdy_short": f"{m}/{dd}/{y % 100:02d}",
            "mdy_pad_short": f"{m:02d}/{dd:02d}/{y % 100:02d}",
            "md": f"{m}/{dd}",
            "iso": f"{y}-{m:02d}-{dd:02d}",
            "dmy_dot": f"{dd:02d}.{m:02d}.{y}",
            "d_mon_yy": f"{dd}-{mon}-{y % 100:02d}",
            "DD_MON_YYYY": f"{dd:02d}-{mon.upper()}-{y}",
            "mon_dth": f"{mon} {ordinal(dd)}",
            "month_d_y": f"{month} {dd}, {y}",
            "mon_d_y": f"{mon} {dd}, {y}",
            "d_month_y": f"{dd} {month} {y}",
            "dth_of_month": f"{ordinal(dd)} of {month}",
            "dth_of_month_y": f"{ordinal(dd)} of {month} {y}",
            "month_dth": f"{month} {ordinal(dd)}",
            "month_d": f"{month} {dd}",
            "mdy_dash": f"{m:02d}-{dd:02d}-{y}",
            "mon_dot_d": f"{mon}. {dd}",
            "mdy_space": f"{m:02d} {dd:02d} {y}",
            "compact": f"{y}{m:02d}{dd:02d}",
            "lower_mon_dth": f"{mon.lower()} {ordinal(dd)}",
            "lower_month_d": f"{month.lower()} {dd}",
            "lower_md": f"{m}/{dd}",
            "MON_DD_YYYY": f"{mon.upper()}-{dd:02d}-{y}",
            "spoken": f"{month.lower()} {ord_words(dd)}, {year_words(y)}",
            "spoken_md": f"{month.lower()} {ord_words(dd)}",
            "spoken_the": f"{ord_words(dd)} of {month.lower()}",
            "ocr_space": f"{m:02d} /{dd:02d}/ {y}",
        }[s]

    CASUAL_DATES = ["md", "md", "lower_mon_dth", "lower_month_d", "mdy_short", "month_dth",
                    "dth_of_month", "mon_dth", "mdy_nopad"]
    FORM_DATES = ["mdy", "mdy", "mdy_nopad", "mdy_short", "iso", "DD_MON_YYYY", "mdy_dash",
                  "month_d_y", "mon_d_y", "d_month_y", "dmy_dot", "d_mon_yy", "mdy_pad_short"]

    # ---- phones -------------------------------------------------------
    def phone_digits(self):
        if self.p(0.1):           # the "555 area code" fiction
            return "555" + "01" + self.digits(5)
        return self.ch(P.AREA_CODES) + "55501" + self.digits(2)

    PHONE_STYLES = ["paren", "paren", "dash", "dash", "dot", "plus1", "plain10", "one_dash",
                    "space", "plus1_paren", "slash"]

    def phone(self, style=None, styles=None):
        d = self.phone_digits()
        s = style or self.ch(styles or self.PHONE_STYLES)
        if s.startswith("seven") and d.startswith("55501"):   # 7-digit forms need the 555-01xx exchange
            d = self.ch(P.AREA_CODES) + "55501" + self.digits(2)
        a, b, c = d[:3], d[3:6], d[6:]
        return {
            "paren": f"({a}) {b}-{c}",
            "paren_nospace": f"({a}){b}-{c}",
            "dash": f"{a}-{b}-{c}",
            "dot": f"{a}.{b}.{c}",
            "plus1": f"+1 {a} {b} {c}",
            "plus1_paren": f"+1 ({a}) {b}-{c}",
            "plain10": d,
            "one_dash": f"1-{a}-{b}-{c}",
            "space": f"{a} {b} {c}",
            "slash": f"{a}/{b}-{c}",
            "seven": f"{b}-{c}",
            "seven_space": f"{b} {c}",
            "ocr": f"{a} -{b}-{c}",
        }[s], d

    def spoken_digits(self, s, groups):
        out, i = [], 0
        for g in groups:
            chunk = s[i:i + g]
            i += g
            ws = []
            for c in chunk:
                if c == "0" and self.p(0.5):
                    ws.append("oh")
                else:
                    ws.append(DIGIT_WORD[c])
            out.append(" ".join(ws))
        return ", ".join(out)

    def spoken_alnum(self, s):
        """Read an identifier aloud: letters as letters (sometimes 'B as in boy'), digits as words."""
        out = []
        for c in s:
            if c.isdigit():
                out.append("oh" if c == "0" and self.p(0.4) else DIGIT_WORD[c])
            elif c.isalpha():
                out.append(f"{c} as in {NATO[c]}" if self.p(0.3) else c)
        return ", ".join(out) if self.p(0.4) else " ".join(out)

    def spoken_phone(self):
        d = self.phone_digits()
        return self.spoken_digits(d, [3, 3, 4])

    # ---- places -------------------------------------------------------
    def town(self):
        k = self.r.random()
        if k < 0.45:
            return self.ch(P.TOWN_A) + self.ch(P.TOWN_B)
        if k < 0.65:
            return self.ch(P.TOWN_PRE) + " " + self.ch(P.TOWN_SOLO + [a + b for a, b in zip(P.TOWN_A[:20], P.TOWN_B)])
        if k < 0.85:
            return self.ch(P.TOWN_A) + self.ch(["", "s"]) + " " + self.ch(P.TOWN_POST)
        return self.ch(P.TOWN_SOLO)

    def state(self):
        return self.ch(P.STATES)

    def zipc(self, plus4=None):
        z = f"{self.ri(1001, 99929):05d}"
        if plus4 or (plus4 is None and self.p(0.12)):
            z += "-" + self.digits(4)
        return z

    def street(self, unit=None, po=True):
        k = self.r.random() if po else 0.1 + 0.9 * self.r.random()   # po=False: a physical street, no PO box / rural route
        num = str(self.ri(1, 9899)) if self.p(0.8) else str(self.ri(10000, 48999))
        if k < 0.06:
            return f"PO Box {self.ri(12, 9899)}" if self.p(0.6) else f"P.O. Box {self.ri(12, 999)}"
        if k < 0.1:
            return self.ch([f"RR {self.ri(1, 6)} Box {self.ri(10, 420)}",
                            f"HC {self.ri(30, 79)} Box {self.ri(10, 99)}{self.ch(['', 'A', 'B'])}",
                            f"Rural Route {self.ri(1, 4)}, Box {self.ri(10, 300)}"])
        if k < 0.25:
            nm = self.ch(P.STREET_MULTI)
            if nm.startswith(("Camino", "Calle", "Rue", "Avenida", "Paseo", "County", "State")):
                st = f"{num} {nm}"
            else:
                st = f"{num} {nm} {self.ch(P.SUFFIXES)}"
        elif k < 0.35:
            st = f"{num} {self.ch(['', 'W ', 'E ', 'N ', 'S '])}{self.ch(P.NUMBERED)} {self.ch(['St', 'Street', 'Ave', 'Avenue'])}"
        elif k < 0.45:
            st = f"{num} {self.ch(P.DIRS)} {self.ch(P.STREET_NAMES)} {self.ch(P.SUFFIXES)}"
        else:
            st = f"{num} {self.ch(P.STREET_NAMES)} {self.ch(P.SUFFIXES)}"
        if unit or (unit is None and self.p(0.35)):
            st += self.ch([", Apt ", " Apt ", ", Apt. ", " #", ", Unit ", ", Suite ", " Ste ",
                           ", Lot ", ", Bldg C Apt "]) + self.ch([str(self.ri(1, 40)),
                                                                    f"{self.ri(1, 9)}{self.ch('ABCDEF')}",
                                                                    str(self.ri(100, 990))])
        return st

    def cityline(self, town=None, zipc=True, upper=False):
        town = town or self.town()
        st = self.state()
        if self.p(0.08) and st in P.STATE_FULL:
            st = P.STATE_FULL[st]
        sep = self.ch([", ", ", ", " "])
        s = f"{town}{sep}{st}"
        if zipc:
            s += self.ch([" ", " ", "  "]) + self.zipc()
        return s.upper() if upper else s

    def address(self, unit=None, upper=False):
        s = f"{self.street(unit)}, {self.cityline()}"
        return s.upper() if upper else s

    # ---- contact ------------------------------------------------------
    def email(self, p=None):
        dom = self.ch(P.EMAIL_DOMAINS)
        if p is None or self.p(0.2):
            local = self.ch(P.EMAIL_WORDS) + self.ch(["", str(self.ri(1, 99)), "_" + str(self.ri(1950, 2012))])
        else:
            f = re.sub(r"[^a-z]", "", fold(p.first.lower())) or "x"
            l = re.sub(r"[^a-z]", "", fold(p.last.lower())) or "y"
            local = self.ch([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{self.ri(1, 99)}", f"{l}.{f[0]}",
                             f"{f}_{l}", f"{f}{self.ri(60, 99)}", f"{l}{f[0]}{self.ri(1, 9)}"])
        return f"{local}@{dom}"

    def url(self, kind="portal"):
        host = self.ch(["portal.example.org", "www.example.com", "example.net",
                        "myhealth.example.org", "forms.example.com", "records.example.net",
                        "study.example.org", "pay.example.com"])
        path = {
            "portal": f"/messages/{self.digits(6)}",
            "pay": f"/bill/{self.alnum(8).lower()}",
            "study": f"/enroll/{self.ch(['sleep', 'heart', 'knee', 'kids', 'diabetes'])}-{self.digits(3)}",
            "upload": f"/upload/{self.alnum(10).lower()}",
            "fund": f"/f/help-for-{self.ch(['mom', 'dad', 'grandma', 'our-boy', 'ellie', 'the-family'])}-{self.digits(4)}",
            "roi": f"/roi/request?ref={self.alnum(7)}",
            "device": f"/device/{self.alnum(6).lower()}/report",
        }[kind]
        scheme = self.ch(["https://", "https://", "http://", ""])
        if scheme == "" and not host.startswith("www"):
            scheme = "https://"
        return scheme + host + path

    def ip(self):
        k = self.r.random()
        if k < 0.75:
            return f"{self.ch(['192.0.2', '198.51.100', '203.0.113'])}.{self.ri(1, 254)}"
        return f"2001:db8:{self.ri(1, 0xffff):x}::{self.ri(1, 0xfff):x}"

    # ---- identifiers --------------------------------------------------
    def ssn(self, style=None):
        a = self.ri(1, 899)
        while a == 666:
            a = self.ri(1, 899)
        a, b, c = f"{a:03d}", f"{self.ri(1, 99):02d}", f"{self.ri(1, 9999):04d}"
        s = style or self.ch(["dash", "dash", "dash", "space", "plain"])
        return {"dash": f"{a}-{b}-{c}", "space": f"{a} {b} {c}", "plain": a + b + c}[s], a + b + c

    def mrn(self):
        return self.ch([
            lambda: self.digits(8),
            lambda: "E" + self.digits(7),
            lambda: "MR-" + self.digits(6),
            lambda: f"{self.digits(4)}-{self.digits(4)}",
            lambda: self.digits(3) + "-" + self.digits(2) + "-" + self.digits(3),
            lambda: "00" + self.digits(7),
            lambda: self.letters(2) + self.digits(6),
        ])()

    def mbi(self):
        A = "ACDEFGHJKMNPQRTUVWXY"
        AN = A + DIG
        s = (self.ch("123456789") + self.ch(A) + self.ch(AN) + self.ch(DIG) + self.ch(A) +
             self.ch(AN) + self.ch(DIG) + self.ch(A) + self.ch(A) + self.ch(DIG) + self.ch(DIG))
        return f"{s[:4]}-{s[4:7]}-{s[7:]}" if self.p(0.6) else s

    def member_id(self):
        return self.ch([
            lambda: self.letters(3) + self.digits(9),
            lambda: "W" + self.digits(9),
            lambda: self.letters(2) + self.digits(7) + self.letters(1),
            lambda: self.digits(3) + "-" + self.digits(3) + "-" + self.digits(3) + "-" + self.digits(2),
            lambda: "M" + self.digits(8) + "-0" + self.ch("1234"),
            lambda: self.letters(1) + self.digits(4) + " " + self.digits(4) + " " + self.digits(2),
            lambda: self.digits(11),
        ])()

    def medicaid(self):
        return self.ch([lambda: self.letters(2) + self.digits(8) + self.letters(1),
                        lambda: self.digits(12),
                        lambda: "1" + self.digits(9) + self.letters(1)])()

    def account(self):
        return self.ch([
            lambda: self.digits(10),
            lambda: "00" + self.digits(8),
            lambda: f"{self.digits(3)}-{self.digits(4)}-{self.digits(2)}",
            lambda: "GA-" + self.digits(7),
            lambda: "A" + self.digits(9),
            lambda: f"{self.digits(6)}-{self.digits(3)}",
            lambda: "HAR " + self.digits(9),
        ])()

    def npi(self):
        base = self.ch("12") + self.digits(8)
        s = "80840" + base
        tot = 0
        for i, c in enumerate(reversed(s)):
            v = int(c)
            if i % 2 == 0:
                v *= 2
                if v > 9:
                    v -= 9
            tot += v
        return base + str((10 - tot % 10) % 10)

    def dea(self, last):
        d = [self.ri(0, 9) for _ in range(6)]
        chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        return self.ch("ABFGM") + initial(last) + "".join(map(str, d)) + str(chk)

    def dl(self):
        return self.ch([
            lambda: self.letters(1) + self.digits(7),
            lambda: f"{self.letters(1)}{self.digits(3)}-{self.digits(4)}-{self.digits(4)}",
            lambda: f"{self.digits(3)} {self.digits(3)} {self.digits(3)}",
            lambda: self.digits(9),
            lambda: f"{self.letters(1)}{self.digits(2)}-{self.digits(2)}-{self.digits(4)}",
            lambda: self.letters(1) + self.digits(12),
            lambda: f"{self.digits(2)}-{self.digits(3)}-{self.digits(4)}",
            lambda: self.letters(2) + self.digits(6),
        ])()

    def medlic(self):
        return self.ch([lambda: "MD" + self.digits(7), lambda: "25MA" + self.digits(8),
                        lambda: self.letters(1) + self.digits(5),
                        lambda: "ME-" + self.digits(7),
                        lambda: f"{self.ri(1995, 2021)}-{self.digits(6)}",
                        lambda: "RN" + self.digits(6), lambda: self.digits(6)])()

    def plate(self):
        return self.ch([
            lambda: self.digits(1, True) + self.letters(3) + self.digits(3),
            lambda: self.letters(3) + "-" + self.digits(4),
            lambda: self.letters(3) + " " + self.digits(4),
            lambda: self.letters(3) + " " + self.digits(3),
            lambda: self.digits(3) + " " + self.letters(3),
            lambda: self.digits(2) + self.letters(1) + " " + self.digits(3),
            lambda: self.letters(2) + "-" + self.digits(5),
            lambda: "DV" + self.digits(4),            # disabled-veteran style
            lambda: self.digits(1, True) + self.letters(2) + self.digits(4),
        ])()

    def vin(self):
        alph = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        trans = {**{str(i): i for i in range(10)},
                 **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
                 "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
        w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
        v = [self.ch(alph) for _ in range(17)]
        v[9] = self.ch("ABCDEFGHJKLMNPRSTVWXY123456789")  # model year code (no U/Z/0)
        tot = sum(trans[c] * w[i] for i, c in enumerate(v) if i != 8)
        r = tot % 11
        v[8] = "X" if r == 10 else str(r)
        return "".join(v)

    def serial(self, kind="generic"):
        return {
            "cpap": lambda: self.ch([self.digits(11), f"{self.digits(5)}{self.letters(1)}{self.digits(5)}"]),
            "pump": lambda: "NG" + self.digits(7) + self.letters(1),
            "cgm": lambda: self.alnum(6),
            "pacer": lambda: self.letters(3) + self.digits(6) + self.letters(1),
            "monitor": lambda: self.digits(1) + self.letters(2) + self.digits(8),
            "o2": lambda: f"OC-{self.digits(2)}-{self.digits(6)}",
            "generic": lambda: self.ch([self.letters(2) + self.digits(8), "SN" + self.digits(9),
                                        f"{self.digits(4)}-{self.alnum(6)}"]),
            "bp": lambda: self.letters(1) + self.digits(10),
        }[kind]()

    def bio(self, kind):
        return {"fingerprint": lambda: self.ch([f"FP-{self.digits(5)}-{self.digits(1)}", f"BIO {self.digits(4)}-{self.digits(4)}"]),
                "signature": lambda: self.ch(["SIG" + self.digits(7), f"SP-{self.alnum(8)}"]),
                "palm": lambda: self.ch(["PV" + self.digits(7), f"PALM-{self.digits(6)}"]),
                "voice": lambda: f"VP-{self.alnum(8)}"}[kind]()

    def ident(self, kind):
        f = {
            "claim": [lambda: f"CLM-{self.ri(2022, 2025)}-{self.digits(7)}",
                      lambda: f"{self.digits(2)}{self.digits(3)}-{self.digits(7)}",
                      lambda: "E" + self.digits(4) + "-" + self.digits(4),
                      lambda: self.digits(13)],
            "ref": [lambda: f"{self.alnum(4)}-{self.alnum(4)}", lambda: "REF" + self.digits(7),
                    lambda: self.letters(2) + self.digits(6)],
            "ticket": [lambda: self.digits(6), lambda: "T-" + self.digits(7), lambda: "INC" + self.digits(7)],
            "conf": [lambda: self.alnum(6), lambda: self.letters(3) + self.digits(3)],
            "appeal": [lambda: f"AP-{self.digits(5)}-{self.letters(2)}", lambda: f"GR{self.digits(8)}",
                       lambda: f"APL-{self.ri(2022, 2025)}-{self.digits(5)}"],
            "court": [lambda: f"{self.ri(22, 25)}-CV-{self.digits(5)}", lambda: f"{self.letters(2)}{self.ri(22, 25)}-{self.digits(4)}",
                      lambda: f"CV-{self.ri(2022, 2025)}-{self.digits(6)}"],
            "aps": [lambda: f"APS-{self.digits(6)}", lambda: f"{self.ri(22, 25)}-APS-{self.digits(4)}"],
            "agency": [lambda: f"HC-{self.digits(5)}", lambda: self.letters(1) + self.digits(7)],
            "dmv": [lambda: f"DMR-{self.digits(6)}", lambda: f"{self.ri(22, 25)}{self.letters(1)}{self.digits(5)}"],
            "bank": [lambda: f"DSP{self.digits(8)}", lambda: f"CB-{self.digits(4)}-{self.digits(4)}"],
            "rx": [lambda: self.digits(7), lambda: "RX" + self.digits(7), lambda: f"{self.digits(3)}-{self.digits(5)}",
                   lambda: "6" + self.digits(6) + "-" + self.digits(2)],
            "accession": [lambda: f"S{self.ri(23, 25)}-{self.digits(5)}", lambda: "A" + self.digits(9),
                          lambda: f"{self.letters(2)}{self.digits(2)}-{self.digits(6)}"],
            "req": [lambda: "REQ" + self.digits(8), lambda: self.digits(9), lambda: "LR-" + self.digits(7)],
            "police": [lambda: f"{self.ri(22, 25)}-{self.digits(6)}", lambda: f"RPT{self.digits(8)}"],
            "study": [lambda: f"{self.letters(4)}-{self.digits(4)}", lambda: f"{self.digits(3)}-{self.digits(4)}",
                      lambda: "SUBJ " + self.digits(5)],
            "interp": [lambda: self.digits(5), lambda: "INT-" + self.digits(4), lambda: self.letters(2) + self.digits(4)],
            "msg": [lambda: self.digits(8), lambda: "MSG-" + self.digits(9)],
            "pa": [lambda: "PA" + self.digits(8), lambda: self.digits(10), lambda: f"{self.alnum(3)}-{self.digits(6)}"],
            "tracking": [lambda: "1Z" + self.alnum(16), lambda: self.digits(12), lambda: "9400" + self.digits(18)],
            "placard": [lambda: "P" + self.digits(7), lambda: self.letters(2) + self.digits(6), lambda: self.digits(8)],
            "employee": [lambda: "E-" + self.digits(5), lambda: self.digits(6), lambda: self.letters(3) + self.digits(4)],
            "student": [lambda: "S" + self.digits(7), lambda: self.digits(9)],
            "session": [lambda: f"{self.alnum(4).lower()}-{self.alnum(4).lower()}-{self.alnum(4).lower()}",
                        lambda: "CS" + self.digits(9)],
            "juror": [lambda: "J-" + self.digits(5), lambda: self.digits(7)],
            "invoice": [lambda: "INV-" + self.digits(6), lambda: self.digits(8)],
            "locker": [lambda: "LK-" + self.digits(4), lambda: self.letters(1) + self.digits(5)],
            "wristband": [lambda: "WB" + self.digits(8), lambda: self.digits(12)],
            "trip": [lambda: "TRP-" + self.digits(7), lambda: self.digits(8), lambda: self.letters(2) + self.digits(6)],
            "rma": [lambda: "RMA" + self.digits(7), lambda: f"{self.digits(3)}-{self.digits(5)}"],
            "call": [lambda: "C" + self.digits(9), lambda: f"{self.digits(4)}-{self.digits(6)}"],
            "roi": [lambda: "ROI-" + self.digits(6), lambda: f"{self.ri(23, 25)}-{self.digits(5)}"],
            "file": [lambda: f"{self.digits(5)}.{self.digits(3)}", lambda: self.letters(3) + "-" + self.digits(5)],
            "wc": [lambda: "WC" + self.digits(9), lambda: f"{self.digits(3)}-{self.digits(2)}-{self.digits(5)}"],
        }[kind]
        return self.ch(f)()

    # ---- ages over 89 -------------------------------------------------
    def old_age(self):
        return self.ri(90, 104)

    def age_str(self, a, form):
        w = words(a)
        return {
            "num": str(a),
            "yo_dash": f"{a}-year-old",
            "y/o": f"{a} y/o",
            "yo": f"{a}yo",
            "yo_sp": f"{a} yo",
            "years_old": f"{a} years old",
            "yrs": f"{a} yrs",
            "words": w,
            "words_yo": f"{w}-year-old",
            "words_years": f"{w} years old",
        }[form]

    # ---- near-misses (never labelled) ---------------------------------
    def nm_dose(self):
        m, d = self.ch(P.MEDS)
        return f"{m} {d}"

    def nm_vitals(self):
        return self.ch([f"BP {self.ri(104, 168)}/{self.ri(58, 98)}", f"HR {self.ri(52, 118)}",
                        f"SpO2 {self.ri(88, 99)}%", f"temp {self.ri(97, 102)}.{self.ri(0, 9)}",
                        f"RR {self.ri(12, 24)}", f"wt {self.ri(98, 290)} lb",
                        f"BMI {self.ri(18, 44)}.{self.ri(0, 9)}"])

    def nm_lab(self):
        return self.ch([f"A1c {self.ri(5, 11)}.{self.ri(0, 9)}%", f"K {self.ri(3, 5)}.{self.ri(0, 9)}",
                        f"Na {self.ri(128, 146)}", f"Cr {self.ri(0, 3)}.{self.ri(1, 9)}",
                        f"glucose {self.ri(70, 340)} mg/dL", f"Hgb {self.ri(8, 16)}.{self.ri(0, 9)}",
                        f"INR {self.ri(1, 3)}.{self.ri(0, 9)}", f"TSH {self.ri(0, 9)}.{self.ri(10, 99)}",
                        f"LDL {self.ri(60, 190)}", f"eGFR {self.ri(14, 95)}"])

    def nm_time(self):
        h, m = self.ri(1, 12), self.ch(["00", "15", "20", "30", "45", "05", "50"])
        return self.ch([f"{h}:{m} {self.ch(['AM', 'PM', 'am', 'pm'])}", f"{self.ri(6, 21):02d}:{m}",
                        f"{h}{self.ch(['am', 'pm'])}", f"{self.ri(6, 21):02d}{m} hrs"])

    def times(self, n):
        """n increasing times of day, each in a randomly chosen written form."""
        mins = sorted(self.r.sample(range(6 * 60, 22 * 60, 5), n))
        out = []
        for t in mins:
            hh, mm = divmod(t, 60)
            h12 = hh % 12 or 12
            ap = "AM" if hh < 12 else "PM"
            out.append(self.ch([f"{hh:02d}:{mm:02d}", f"{h12}:{mm:02d} {ap}", f"{h12}:{mm:02d}{ap.lower()}"]))
        return out

    def nm_money(self):
        return self.ch([f"${self.ri(10, 4999)}.{self.ri(0, 99):02d}", f"${self.ri(1, 38)},{self.ri(0, 999):03d}.00",
                        f"${self.ri(5, 90)}"])

    def nm_young_age(self):
        return self.ri(2, 89)


class H_base:
    """Shorthands returning labelled values (type, text) for Doc.f()."""

    def __init__(self, g):
        self.g = g

    def name(self, p, form=None, forms=None):
        return L("name", self.g.name(p, form, forms))

    def date(self, d, style=None, styles=None):
        return L("date", self.g.date(d, style, styles))

    def phone(self, style=None, styles=None):
        return L("phone", self.g.phone(style, styles)[0])

    def fax(self, style=None, styles=None):
        return L("fax", self.g.phone(style, styles)[0])

    def address(self, unit=None, upper=False):
        return L("address", self.g.address(unit, upper))

    def street(self, unit=None, po=True):
        return L("address", self.g.street(unit, po))

    def street_fields(self, d, lab_st="Address:", sep="\n", upper=False):
        """Street line, then town / state / ZIP as separate form fields (town -> address, ZIP -> zip)."""
        g = self.g
        st, town = g.street(), g.town()
        if upper:
            st, town = st.upper(), town.upper()
        d.f(lab_st + " {st}" + sep, st=L("address", st))
        d.f(g.ch(["City: {c}   State: {s}   ZIP: {z}", "City {c}  St {s}  Zip {z}", "Town: {c} | State: {s} | Zip Code: {z}",
                  "City/State: {c}, {s}   ZIP {z}"]) + sep, c=L("address", town), s=g.state(), z=L("zip", g.zipc()))

    def email(self, p=None):
        return L("email", self.g.email(p))

    def url(self, kind="portal"):
        return L("url", self.g.url(kind))

    def ip(self):
        return L("ip_address", self.g.ip())

    def ident(self, kind):
        return L("id", self.g.ident(kind))
