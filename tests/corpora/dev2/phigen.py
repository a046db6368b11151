"""Document builder, invented-value generators and validation for the dev2 corpus.

Standard library only.  Every labelled value is recorded at the moment it is
appended to a document (``Doc.phi``); nothing is ever located by searching
the finished text.
"""

import datetime
import json
import re
import unicodedata

ALLOWED_TYPES = (
    "name", "address", "zip", "date", "age", "phone", "fax", "email", "url",
    "ip_address", "ssn", "mrn", "health_plan", "account", "license",
    "vehicle", "device", "biometric", "id",
)

PARTICLES = {"van", "der", "den", "de", "la", "las", "los", "del", "di", "dos",
             "da", "bin", "binti", "al", "el", "ter", "von", "le", "lo", "abu"}


# --------------------------------------------------------------------------
# values and the document builder
# --------------------------------------------------------------------------

class V:
    """A labelled value: ``text`` becomes one span of ``type``.

    ``pre``/``post`` are unlabelled literal text written just before/after
    the span (``the`` in ``the 3rd of June``, the time after an ISO date).
    ``reg`` lists extra strings (name parts, towns) that must never appear
    unlabelled anywhere else in the document.
    """

    __slots__ = ("text", "type", "reg", "pre", "post")

    def __init__(self, text, type, reg=(), pre="", post=""):
        assert type in ALLOWED_TYPES, type
        self.text = text
        self.type = type
        self.reg = tuple(reg)
        self.pre = pre
        self.post = post

    def __repr__(self):
        return "V(%r, %r)" % (self.text, self.type)


ALT_RE = re.compile(r"<<([^<>]*)>>")
PH_RE = re.compile(r"\{(\w+)\}")


class Doc:
    def __init__(self, rng, style):
        self.rng = rng
        self.style = style
        self.parts = []
        self.n = 0
        self.spans = []
        self.reg = set()
        self.ctx = {}
        self.lit_fn = None          # optional transform of literal text (OCR noise)
        self.used_tokens = set()    # name tokens already given to a person
        self.lits = []              # every unlabelled literal piece, for the leak scan

    # -- low level ------------------------------------------------------
    def lit(self, s):
        if not s:
            return
        if self.lit_fn is not None:
            s = self.lit_fn(s)
        self.lits.append(s)
        self.parts.append(s)
        self.n += len(s)

    def raw(self, s):
        """Literal text that bypasses the OCR transform."""
        if s:
            self.parts.append(s)
            self.n += len(s)

    def phi(self, v):
        if v.pre:
            self.lit(v.pre)
        start = self.n
        self.parts.append(v.text)
        self.n += len(v.text)
        self.spans.append({"start": start, "end": self.n, "type": v.type,
                           "_value": v.text})
        if v.type != "age":
            self.reg.add(v.text)
        for r in v.reg:
            if r:
                self.reg.add(r)
        if v.post:
            self.lit(v.post)

    # -- templates ------------------------------------------------------
    def resolve(self, tmpl):
        s = tmpl
        while True:
            m = ALT_RE.search(s)
            if not m:
                break
            s = s[:m.start()] + self.rng.choice(m.group(1).split("|")) + s[m.end():]
        assert "<<" not in s and ">>" not in s, tmpl
        return s

    def value(self, key, extra):
        if key in extra:
            v = extra[key]
        else:
            v = self.ctx[key]
        while True:
            if isinstance(v, list):
                v = self.rng.choice(v)
            elif callable(v):
                v = v()
            else:
                return v

    def f(self, tmpl, **extra):
        """Render a template: ``<<a|b>>`` picks one option, ``{key}`` inserts
        a context value (V -> labelled span, str -> literal)."""
        s = self.resolve(tmpl)
        pos = 0
        for m in PH_RE.finditer(s):
            self.lit(s[pos:m.start()])
            v = self.value(m.group(1), extra)
            if isinstance(v, V):
                self.phi(v)
            else:
                self.lit(str(v))
            pos = m.end()
        self.lit(s[pos:])

    def pick(self, options, **extra):
        self.f(self.rng.choice(options), **extra)

    def maybe(self, p, options, **extra):
        if self.rng.random() < p:
            if isinstance(options, str):
                options = [options]
            self.pick(options, **extra)

    def text(self):
        return "".join(self.parts)

    # -- people ---------------------------------------------------------
    def person(self, culture=None, gender=None, family=None):
        for _ in range(200):
            p = make_person(self.rng, culture, gender, family)
            toks = set(t.lower() for t in p.tokens)
            fam_toks = set()
            if family:
                for t in name_tokens(p.family):
                    fam_toks |= {t.lower(), strip_accents(t).lower()}
            if (toks - fam_toks) & self.used_tokens:
                continue
            self.used_tokens |= toks
            return p
        raise RuntimeError("could not find a fresh person")


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------

def strip_accents(s):
    s = s.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "Ae")
    s = s.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(c))


def name_tokens(s):
    out = []
    for w in re.split(r"[\s\-]+", s):
        w = w.strip(".,'")
        if len(w) >= 3 and w.lower() not in PARTICLES:
            out.append(w)
    return out


OCR_MAP = {"a": "4", "e": "3", "i": "1", "l": "1", "o": "0", "s": "5",
           "g": "9", "O": "0", "I": "1", "S": "5", "B": "8", "E": "3",
           "A": "4", "m": "rn", "n": "h", "t": "f"}


def ocr_word(rng, w, k=1):
    idx = [i for i, c in enumerate(w) if i > 0 and c in OCR_MAP]
    if not idx:
        return w
    chosen = sorted(rng.sample(idx, min(k, len(idx))), reverse=True)
    w = list(w)
    for i in chosen:
        w[i] = OCR_MAP[w[i]]
    return "".join(w)


# initials that would read as an abbreviation, credential or state code
RESERVED_INITIALS = {"RN", "MD", "NP", "PT", "OT", "DO", "PA", "ED", "ER", "OR", "IV", "BP", "HR", "RR", "SN",
                     "ID", "OK", "NA", "MR", "MS", "DR", "ST", "AM", "PM", "CT", "MA", "NH", "VT", "ME", "OH",
                     "CO", "NY", "KY", "TX", "WI", "IA", "NM", "NE", "NC", "WV", "UK", "US", "GP", "LD", "TB",
                     "HD", "SW", "PO", "SC", "AF", "MI", "DM", "HF", "OD", "OS"}


class Person:
    def __init__(self, given, family, gender, order="w", middle=None, culture=""):
        self.given = given
        self.family = family
        self.gender = gender
        self.order = order
        self.middle = middle
        self.culture = culture
        toks = name_tokens(given) + name_tokens(family)
        if middle and len(middle) >= 3:
            toks += name_tokens(middle)
        extra = [strip_accents(t) for t in toks]
        self.tokens = list(dict.fromkeys(toks + extra))

    def _v(self, text, pre="", post=""):
        return V(text, "name", reg=self.tokens, pre=pre, post=post)

    # written forms ------------------------------------------------------
    def full_text(self):
        if self.order == "e":
            return "%s %s" % (self.family, self.given)
        return "%s %s" % (self.given, self.family)

    def full(self):
        return self._v(self.full_text())

    def full_mid(self):
        if self.middle and self.order == "w":
            m = self.middle if len(self.middle) > 1 else self.middle + "."
            return self._v("%s %s %s" % (self.given, m, self.family))
        return self.full()

    def given_(self):
        return self._v(self.given)

    def first(self):
        """First given name only (María José -> María)."""
        return self._v(self.given.split()[0])

    def family_(self):
        return self._v(self.family)

    def formal(self):
        return self._v("%s, %s" % (self.family, self.given))

    def formal_caps(self):
        mid = (" " + self.middle[0]) if self.middle else ""
        return self._v("%s, %s%s" % (self.family.upper(), self.given.upper(), mid))

    def caps(self):
        return self._v(self.full_text().upper())

    def lower(self):
        g = strip_accents(self.given.split()[0]).lower()
        f = strip_accents(self.family.split()[0] if self.family.split()[0].lower() not in PARTICLES
                          else self.family).lower()
        if self.order == "e":
            return self._v("%s %s" % (f, g))
        return self._v("%s %s" % (g, f))

    def init(self):
        return self._v("%s. %s" % (self.given[0], self.family))

    def init2(self):
        if self.middle:
            return self._v("%s. %s. %s" % (self.given[0], self.middle[0], self.family))
        return self.init()

    def given_init(self):
        return self._v("%s %s" % (self.given.split()[0], self.family[0]))

    def sig(self):
        parts = [w for w in re.split(r"[\s\-]+", self.given + " " + self.family)
                 if w and w.lower() not in PARTICLES]
        ini = parts[0][0].upper() + parts[-1][0].upper()
        if ini in RESERVED_INITIALS:
            if self.middle:
                return self._v(parts[0][0].upper() + self.middle[0] + parts[-1][0].upper())
            return self.init()
        return self._v(ini)

    def ocr(self, rng):
        t = " ".join(ocr_word(rng, w, 1) for w in self.full_text().split())
        if t == self.full_text():
            t = self.full_text().upper()
        return self._v(t)

    def ocr_caps(self, rng):
        t = " ".join(ocr_word(rng, w, 1) for w in self.full_text().upper().split())
        return self._v(t)

    def any_form(self, rng, forms=("full", "full", "formal", "init", "caps")):
        f = rng.choice(forms)
        if f == "ocr":
            return self.ocr(rng)
        return getattr(self, f)()

    # pronouns -----------------------------------------------------------
    def pron(self):
        if self.gender == "F":
            return {"she": "she", "She": "She", "her": "her", "Her": "Her",
                    "hers": "hers", "herself": "herself",
                    "mother": "mother", "daughter": "daughter", "wife": "wife",
                    "Mrs": "Mrs.", "sis": "sister"}
        return {"she": "he", "She": "He", "her": "his", "Her": "His",
                "hers": "his", "herself": "himself",
                "mother": "father", "daughter": "son", "wife": "husband",
                "Mrs": "Mr.", "sis": "brother"}

    def obj(self):
        return "her" if self.gender == "F" else "him"

    def title(self):
        return "Mrs." if self.gender == "F" else "Mr."


# Name pools.  All combinations are invented; any match with a real person
# is coincidental.
NAME_POOLS = {
    "nordic": {
        "F": ["Ingunn", "Sigrun", "Solveig", "Ragnhild", "Kirsten", "Gudrun", "Tove", "Åsa"],
        "M": ["Bjørn", "Eirik", "Torstein", "Halvard", "Steinar", "Jørgen", "Anders", "Leif"],
        "fam": ["Solberg", "Haukeland", "Aasheim", "Lindqvist", "Bergstrøm", "Nyhus",
                "Ødegård", "Kvalvik", "Sæther", "Halvorsen", "Rasmussen", "Fjeldstad"],
    },
    "slavic": {
        "F": ["Katarzyna", "Olena", "Zofia", "Milena", "Jadwiga", "Svetlana", "Dragana", "Halyna"],
        "M": ["Dragan", "Miroslav", "Tomasz", "Bohdan", "Wojciech", "Radovan", "Zbigniew", "Vasyl"],
        "fam": ["Kowalczyk", "Petrović", "Kovalchuk", "Dvořák", "Horvat", "Babić", "Marković",
                "Szymańczyk", "Hrubý", "Wiśniewski", "Zelenko", "Łukaszewicz"],
    },
    "arabic": {
        "F": ["Layla", "Noor", "Hanan", "Rania", "Samira", "Yasmin", "Amal", "Huda"],
        "M": ["Yusuf", "Khalid", "Omar", "Tariq", "Hamza", "Bilal", "Ahmad", "Faisal"],
        "fam": ["al-Harbi", "al-Najjar", "Haddad", "Nassar", "bin Rashid", "El-Amin",
                "Abu-Hamdan", "al-Zahrani", "Mansour", "Khoury"],
    },
    "west_african": {
        "F": ["Chiamaka", "Adaeze", "Fatoumata", "Abena", "Yetunde", "Aminata", "Efua", "Ngozi"],
        "M": ["Kwame", "Adebayo", "Oluwaseun", "Kofi", "Mamadou", "Chukwuemeka", "Babatunde", "Yaw"],
        "fam": ["Okafor", "Asante", "Ogunleye", "Diallo", "Mensah", "Adeyemi", "Boateng",
                "Nwosu", "Traoré", "Owusu", "Eze", "Coulibaly"],
    },
    "south_asian": {
        "F": ["Priya", "Sunita", "Lakshmi", "Anjali", "Farzana", "Kavitha", "Meenakshi", "Rupinder"],
        "M": ["Arjun", "Vikram", "Rohan", "Sanjeev", "Imran", "Harpreet", "Venkatesh", "Mohammed Aslam"],
        "fam": ["Raghunathan", "Venkataraman", "Deshpande", "Chatterjee", "Iyer", "Siddiqui",
                "Bhattacharya", "Gill", "Subramaniam", "Kulkarni", "Chaudhry", "Menon"],
    },
    "hispanic": {
        "F": ["María José", "Guadalupe", "Ximena", "Itzel", "Rosario", "Marisol", "Pilar", "Lucía"],
        "M": ["Joaquín", "Rodrigo", "Esteban", "Aurelio", "Fermín", "Ignacio", "Santiago", "Héctor"],
        "fam": ["Delgado Ferrer", "Ibarra Montes", "Castañeda Ruiz", "Villalobos Aranda",
                "Quintero Salas", "Echeverría Olmos", "Bustamante Leal", "Galindo Peña",
                "Arrieta Soto", "Cifuentes Mora"],
    },
    "particle": {
        "F": ["Hendrikje", "Femke", "Lucía", "Giulia", "Anneke", "Mathilde"],
        "M": ["Pieter", "Maarten", "Joost", "Tomás", "Marco", "Wouter"],
        "fam": ["van der Berghe", "van Dijkhuizen", "ter Horst", "de la Fuente", "Di Stefano",
                "van den Akker", "de los Santos", "Lo Bianco", "de Vreeze", "van Oosterhout"],
    },
    "anglo": {
        "F": ["Margaret", "Dorothy", "Eleanor", "Agnes", "Edith", "Beatrice", "Mildred", "Winifred",
              "Gwendolyn", "Lorraine"],
        "M": ["Harold", "Walter", "Clifford", "Norman", "Leonard", "Vernon", "Roland", "Desmond",
              "Gerald", "Stanley"],
        "fam": ["Holland", "Whitcombe", "Pennington", "Ashdown", "Brightwell", "Tolliver",
                "Marlowe", "Carrow", "Hollins", "Stavely", "Tulley", "Pennock", "Gorringe",
                "Ellery", "Fairbairn", "Chadwick"],
    },
    "french": {
        "F": ["Amélie", "Solène", "Gaëlle", "Maïwenn", "Céline", "Bérénice"],
        "M": ["Baptiste", "Thibault", "Gaspard", "Loïc", "Étienne", "Yannick"],
        "fam": ["Lemaire", "Charbonneau", "Garnier", "Marchand", "Rousseau", "Lefebvre-Arnaud",
                "Dufresne", "Vasseur"],
    },
    "hyphen": {
        "F": ["Anne-Sophie", "Sarah-Jane", "Marie-Claire", "Eun-ji", "Lise-Lotte"],
        "M": ["Jean-Luc", "Karl-Heinz", "Jean-Pierre", "Hans-Peter"],
        "fam": ["Marchetti-Laurent", "Hughes-Okoye", "Pennock-Wright", "Schäfer-Lindgren",
                "Moreau-Kaplan", "Adjei-Brenner"],
    },
}

EAST_ASIAN = [
    # (family, given, gender, order)
    ("Zhang", "Weiming", "M", "e"), ("Liu", "Xiaoling", "F", "e"), ("Nguyen", "Thi Hoa", "F", "e"),
    ("Tran", "Van Minh", "M", "e"), ("Seo", "Ji-woo", "F", "e"), ("Takahashi", "Haruto", "M", "w"),
    ("Fujimoto", "Aiko", "F", "w"), ("Huang", "Jiahui", "F", "e"), ("Pham", "Quoc Bao", "M", "e"),
    ("Kang", "Seo-yeon", "F", "e"), ("Matsumura", "Kenji", "M", "w"), ("Chen", "Yuting", "F", "w"),
    ("Hoang", "Duc Anh", "M", "e"), ("Ishikawa", "Noriko", "F", "w"), ("Wang", "Zhiqiang", "M", "e"),
]

CULTURES = list(NAME_POOLS) + ["east_asian"]


def make_person(rng, culture=None, gender=None, family=None):
    culture = culture or rng.choice(CULTURES)
    if culture == "east_asian":
        if family:
            cands = [e for e in EAST_ASIAN if e[0] == family] or EAST_ASIAN
        else:
            cands = EAST_ASIAN
        if gender:
            cands = [e for e in cands if e[2] == gender] or cands
        fam, given, g, order = rng.choice(cands)
        if family:
            fam = family
        return Person(given, fam, g, order, None, culture)
    pool = NAME_POOLS[culture]
    g = gender or rng.choice("FM")
    given = rng.choice(pool[g])
    fam = family or rng.choice(pool["fam"])
    middle = rng.choice("ABCDEFGHJKLMNPRSTW") if rng.random() < 0.4 else None
    return Person(given, fam, g, "w", middle, culture)


# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------

def digits(rng, n, first_nonzero=False):
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def letters(rng, n, lower=False):
    s = "".join(rng.choice(LETTERS) for _ in range(n))
    return s.lower() if lower else s


def pat(rng, p):
    """``9`` digit, ``#`` non-zero digit, ``A`` upper letter, ``a`` lower letter,
    ``X`` upper letter or digit, ``x`` lower letter or digit; anything else literal."""
    out = []
    for ch in p:
        if ch == "9":
            out.append(rng.choice("0123456789"))
        elif ch == "#":
            out.append(rng.choice("123456789"))
        elif ch == "A":
            out.append(rng.choice(LETTERS))
        elif ch == "a":
            out.append(rng.choice(LETTERS.lower()))
        elif ch == "X":
            out.append(rng.choice(LETTERS + "0123456789"))
        elif ch == "x":
            out.append(rng.choice(LETTERS.lower() + "0123456789"))
        else:
            out.append(ch)
    return "".join(out)


def luhn_check_digit(body):
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    total = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card_number(rng, sep=None):
    brand = rng.choice(["4", "4", "51", "53", "55", "37", "6011"])
    length = 15 if brand == "37" else 16
    body = brand + digits(rng, length - len(brand) - 1)
    num = body + luhn_check_digit(body)
    assert luhn_ok(num)
    if sep is None:
        sep = rng.choice([" ", "-", ""])
    if length == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


IBAN_BBAN = {
    "DE": "999999999999999999", "GB": "AAAA99999999999999", "NL": "AAAA9999999999",
    "FR": "99999999999999999999999", "ES": "99999999999999999999",
    "PL": "999999999999999999999999", "DK": "99999999999999", "NO": "99999999999",
    "AT": "9999999999999999", "BE": "999999999999", "IT": "A9999999999XXXXXXXXXXXX",
    "PT": "999999999999999999999",
}


def iban_valid(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97 == 1


def iban(rng, country=None, grouped=True):
    country = country or rng.choice(sorted(IBAN_BBAN))
    bban = pat(rng, IBAN_BBAN[country])
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    check = 98 - int(num) % 97
    out = "%s%02d%s" % (country, check, bban)
    assert iban_valid(out)
    if grouped:
        out = " ".join(out[i:i + 4] for i in range(0, len(out), 4))
    return out


def routing_number(rng):
    first = rng.choice(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12",
                        "21", "22", "23", "24", "25", "26", "27", "28", "29", "31", "32"])
    d = [int(c) for c in first + digits(rng, 6)]
    s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    d.append((-s) % 10)
    num = "".join(map(str, d))
    assert routing_ok(num)
    return num


def routing_ok(num):
    d = [int(c) for c in num]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


def npi(rng):
    body = rng.choice("12") + digits(rng, 8)
    return body + luhn_check_digit("80840" + body)


def dea(rng, surname):
    first = rng.choice("ABFM")
    initial = strip_accents(surname.split()[-1])[0].upper()
    d = [int(c) for c in digits(rng, 6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + initial + "".join(map(str, d)) + str(check)


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_TRANS = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ",
                     [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(rng):
    chars = [rng.choice(VIN_CHARS) for _ in range(17)]
    chars[9] = rng.choice("LMNPRST")  # model year 2020-2026 codes
    total = 0
    for i, c in enumerate(chars):
        if i == 8:
            continue
        val = int(c) if c.isdigit() else VIN_TRANS[c]
        total += val * VIN_W[i]
    r = total % 11
    chars[8] = "X" if r == 10 else str(r)
    return "".join(chars)


def ssn(rng, style=None):
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    group = rng.randint(1, 99)
    serial = rng.randint(1, 9999)
    style = style or rng.choice(["-", "-", " ", ""])
    return "%03d%s%02d%s%04d" % (area, style, group, style, serial)


def mbi(rng, dashes=None):
    alpha = "ACDEFGHJKMNPQRTUVWXY"
    alnum = alpha + "0123456789"
    s = (rng.choice("123456789") + rng.choice(alpha) + rng.choice(alnum) + rng.choice("0123456789")
         + rng.choice(alpha) + rng.choice(alnum) + rng.choice("0123456789")
         + rng.choice(alpha) + rng.choice(alpha) + rng.choice("0123456789") + rng.choice("0123456789"))
    if dashes is None:
        dashes = rng.random() < 0.5
    if dashes:
        return s[:4] + "-" + s[4:7] + "-" + s[7:]
    return s


# --------------------------------------------------------------------------
# numbers in words (ages, spoken dates, spoken digits)
# --------------------------------------------------------------------------

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD_ONES = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
ORD_TENS = {20: "twentieth", 30: "thirtieth"}


def words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("-" + ONES[o] if o else "")
    h, r = divmod(n, 100)
    return ONES[h] + " hundred" + ((" and " + words(r)) if r else "")


def words_to_int(s):
    s = s.lower().replace(" and ", " ").strip()
    total = 0
    cur = 0
    for w in re.split(r"[\s\-]+", s):
        if w in ONES:
            cur += ONES.index(w)
        elif w in TENS:
            cur += 10 * TENS.index(w)
        elif w == "hundred":
            cur *= 100
        else:
            return None
    total += cur
    return total


def ordinal_word(n):
    if n < 20:
        return ORD_ONES[n]
    if n in ORD_TENS:
        return ORD_TENS[n]
    t, o = divmod(n, 10)
    return TENS[t] + "-" + ORD_ONES[o]


def ordinal_suffix(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def year_words(y):
    if 2000 <= y < 2010:
        return "two thousand" + ((" " + words(y - 2000)) if y > 2000 else "")
    hi, lo = divmod(y, 100)
    if lo == 0:
        return words(hi) + " hundred"
    if lo < 10:
        return words(hi) + " oh " + words(lo)
    return words(hi) + " " + words(lo)


DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def spoken_digits(rng, s):
    """'413-555-0147' -> 'four one three, five five five, oh one four seven'."""
    groups = re.findall(r"\d+", s)
    out = []
    for g in groups:
        ws = []
        for c in g:
            if c == "0":
                ws.append(rng.choice(["zero", "oh"]))
            else:
                ws.append(DIGIT_WORDS[int(c)])
        out.append(" ".join(ws))
    return ", ".join(out)


# --------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def rand_date(rng, y0=2021, y1=2026):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 11, 30).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


def dob(rng, age=None, ref=None):
    ref = ref or datetime.date(2026, 6, 1)
    if age is None:
        age = rng.randint(30, 88)
    y = ref.year - age - (1 if rng.random() < 0.5 else 0)
    d = rand_date(rng, y, y)
    return d


def shift(d, days):
    return datetime.date.fromordinal(d.toordinal() + days)


DATE_KINDS_US = ["us", "us_short", "us_short", "md", "long", "long", "ord", "mon_abbr",
                 "iso", "dd_mon_yyyy", "dd_mon"]
DATE_KINDS_EU = ["eu_dot", "eu_slash", "dmy_long", "dmy_long", "iso", "dd_mon", "the_of"]
DATE_KINDS_ODD = ["mon_year", "day_mon", "the_of", "month_ordword", "compact", "iso_tz",
                  "iso_space", "dd_mon_yy", "mon_dot_abbr", "weekday_long", "md", "ord"]


def date_v(rng, d, kind=None, kinds=None):
    """Return a date V in one of many written forms."""
    if kind is None:
        kind = rng.choice(kinds or (DATE_KINDS_US + DATE_KINDS_ODD))
    y, m, dd = d.year, d.month, d.day
    pre = post = ""
    if kind == "us":
        t = "%02d/%02d/%d" % (m, dd, y)
    elif kind == "us_nopad":
        t = "%d/%d/%d" % (m, dd, y)
    elif kind == "us_short":
        t = "%d/%d/%02d" % (m, dd, y % 100)
    elif kind == "md":
        t = "%d/%d" % (m, dd)
    elif kind == "long":
        t = "%s %d, %d" % (MONTHS[m - 1], dd, y)
    elif kind == "dmy_long":
        t = "%d %s %d" % (dd, MONTHS[m - 1], y)
    elif kind == "ord":
        t = "%s %s" % (MONTHS[m - 1], ordinal_suffix(dd))
    elif kind == "mon_abbr":
        t = "%s %d, %d" % (MON3[m - 1], dd, y)
    elif kind == "mon_dot_abbr":
        ab = "Sept" if m == 9 else MON3[m - 1]
        t = ("%s. %d" % (ab, dd)) if m != 5 else "May %d" % dd
    elif kind == "iso":
        t = d.isoformat()
    elif kind == "dd_mon_yyyy":
        t = "%02d-%s-%d" % (dd, MON3[m - 1].upper(), y)
    elif kind == "dd_mon_yy":
        t = "%d-%s-%02d" % (dd, MON3[m - 1], y % 100)
    elif kind == "dd_mon":
        t = "%d %s" % (dd, MON3[m - 1])
    elif kind == "day_mon":
        t = "%d-%s" % (dd, MON3[m - 1])
    elif kind == "mon_year":
        t = rng.choice(["%s-%d" % (MON3[m - 1], y), "%s %d" % (MONTHS[m - 1], y),
                        "%02d/%d" % (m, y)])
    elif kind == "the_of":
        t = "%s of %s" % (rng.choice([ordinal_suffix(dd), ordinal_word(dd)]), MONTHS[m - 1])
        pre = "the "
    elif kind == "month_ordword":
        t = "%s %s" % (MONTHS[m - 1], ordinal_word(dd))
    elif kind == "compact":
        t = "%d%02d%02d" % (y, m, dd)
    elif kind == "iso_tz":
        t = d.isoformat()
        post = "T%02d:%02d:%02d.%03d%s" % (rng.randint(6, 21), rng.randint(0, 59), rng.randint(0, 59),
                                          rng.randint(0, 999),
                                          rng.choice(["Z", "-05:00", "+01:00", "+02:00", "-04:00", "+05:30"]))
    elif kind == "iso_space":
        t = d.isoformat()
        post = " %02d:%02d" % (rng.randint(6, 21), rng.randint(0, 59))
    elif kind == "eu_dot":
        t = "%02d.%02d.%d" % (dd, m, y)
    elif kind == "eu_slash":
        t = "%02d/%02d/%d" % (dd, m, y)
    elif kind == "weekday_long":
        pre = WEEKDAYS[d.weekday()] + ", "
        t = "%s %d" % (MONTHS[m - 1], dd)
    elif kind == "spoken":
        t = "%s %s %s" % (MONTHS[m - 1].lower(), ordinal_word(dd), year_words(y))
    elif kind == "spoken_md":
        t = "%s %s" % (MONTHS[m - 1].lower(), ordinal_word(dd))
    elif kind == "spoken_of":
        t = "%s of %s %s" % (ordinal_word(dd), MONTHS[m - 1].lower(), year_words(y))
        pre = "the "
    elif kind == "ordinal_dmy":
        t = "%s %s %d" % (ordinal_suffix(dd), MONTHS[m - 1], y)
    else:
        raise ValueError(kind)
    return V(t, "date", pre=pre, post=post)


# --------------------------------------------------------------------------
# ages (only > 89 are labelled)
# --------------------------------------------------------------------------

def article(word, art):
    an = word[:1] == "8" or word[:2] in ("11", "18") or word.startswith(("eight", "eleven"))
    a = "an" if an else "a"
    return a.capitalize() if art == "A" else a


def age_adj(rng, n, art=None):
    """'93-year-old' / 'ninety-three-year-old' (unlabelled literal if n <= 89).
    ``art`` 'a' or 'A' puts the right article in front (outside the span)."""
    t = rng.choice(["%d-year-old" % n, "%d-year-old" % n, "%s-year-old" % words(n)])
    pre = (article(t, art) + " ") if art else ""
    return V(t, "age", pre=pre) if n > 89 else pre + t


def age_yo(rng, n):
    t = rng.choice(["%d y/o" % n, "%dyo" % n, "%d y/o" % n, "%d yo" % n])
    return V(t, "age") if n > 89 else t


def age_num(n):
    return V(str(n), "age") if n > 89 else str(n)


def age_word(n):
    return V(words(n), "age") if n > 89 else words(n)


def age_yrs(rng, n):
    t = rng.choice(["%d years old" % n, "%s years old" % words(n)])
    return V(t, "age") if n > 89 else t


# --------------------------------------------------------------------------
# phones (fictitious ranges where one exists)
# --------------------------------------------------------------------------

US_AREAS = ["413", "617", "802", "207", "603", "518", "315", "614", "303", "208", "502",
            "971", "612", "505", "860", "512", "319", "608", "717", "929"]


def phone_us(rng, fmt=None, area=None):
    a = area or rng.choice(US_AREAS)
    last = "01%02d" % rng.randint(0, 99)
    fmt = fmt or rng.choice(["paren", "paren", "dash", "dash", "dot", "plain", "plus1", "plus1p",
                             "one", "space", "local"])
    return {
        "paren": "(%s) 555-%s" % (a, last),
        "dash": "%s-555-%s" % (a, last),
        "dot": "%s.555.%s" % (a, last),
        "plain": "%s555%s" % (a, last),
        "plus1": "+1 %s 555 %s" % (a, last),
        "plus1p": "+1 (%s) 555-%s" % (a, last),
        "one": "1-%s-555-%s" % (a, last),
        "space": "%s 555 %s" % (a, last),
        "local": "555-%s" % last,
    }[fmt]


def phone_uk(rng, fmt=None):
    kind = rng.choice(["lon", "bham", "man", "mob", "mob", "drama"])
    k = "%03d" % rng.randint(0, 999)
    if kind == "lon":
        nat, intl = "020 7946 0%s" % k, "+44 20 7946 0%s" % k
    elif kind == "bham":
        nat, intl = "0121 496 0%s" % k, "+44 121 496 0%s" % k
    elif kind == "man":
        nat, intl = "0161 496 0%s" % k, "+44 161 496 0%s" % k
    elif kind == "drama":
        nat, intl = "01632 960%s" % k, "+44 1632 960%s" % k
    else:
        nat, intl = "07700 900%s" % k, "+44 7700 900%s" % k
    fmt = fmt or rng.choice(["nat", "intl", "nat_nospace"])
    if fmt == "intl":
        return intl
    if fmt == "nat_nospace":
        return nat.replace(" ", "")
    return nat


AU_MOBILE = ["0491 570 006", "0491 570 156", "0491 570 157", "0491 570 158", "0491 570 159",
             "0491 570 110", "0491 570 313", "0491 570 737", "0491 571 266", "0491 571 491",
             "0491 571 804", "0491 572 549", "0491 572 665", "0491 572 983", "0491 573 770",
             "0491 573 087", "0491 574 118", "0491 574 632", "0491 575 254", "0491 575 789",
             "0491 576 398", "0491 576 801", "0491 577 426", "0491 577 644", "0491 578 957",
             "0491 578 148", "0491 578 888", "0491 579 212", "0491 579 760", "0491 579 455"]


def phone_au(rng, fmt=None):
    if rng.random() < 0.5:
        m = rng.choice(AU_MOBILE)
        fmt = fmt or rng.choice(["nat", "intl", "nat_nospace"])
        if fmt == "intl":
            return "+61 " + m[1:]
        if fmt == "nat_nospace":
            return m.replace(" ", "")
        return m
    area = rng.choice(["2", "3", "7", "8"])
    block = rng.choice(["5550", "7010"])
    k = "%04d" % rng.randint(0, 9999)
    fmt = fmt or rng.choice(["paren", "nat", "intl"])
    if fmt == "intl":
        return "+61 %s %s %s" % (area, block, k)
    if fmt == "paren":
        return "(0%s) %s %s" % (area, block, k)
    return "0%s %s %s" % (area, block, k)


def phone_intl(rng, country=None):
    """Invented numbers in national shapes (no published fiction range used)."""
    c = country or rng.choice(["BR", "AT", "DE", "PL", "ES", "NG", "IN", "DK", "NO", "VN", "MX",
                               "FR", "NL", "SE", "GH", "PH"])
    if c == "BR":
        return rng.choice(["+55 11 9%s %s" % (digits(rng, 4), digits(rng, 4)),
                           "(11) 9%s-%s" % (digits(rng, 4), digits(rng, 4)),
                           "+55 (21) 9%s-%s" % (digits(rng, 4), digits(rng, 4))])
    if c == "AT":
        return rng.choice(["0664 %s %s %s" % (digits(rng, 3), digits(rng, 2), digits(rng, 2)),
                           "+43 664 %s %s %s" % (digits(rng, 3), digits(rng, 2), digits(rng, 2)),
                           "+43 1 555 %s" % digits(rng, 4)])
    if c == "DE":
        return rng.choice(["030-555-%s" % digits(rng, 3), "+49 30 5550 %s" % digits(rng, 4),
                           "0171 555 %s" % digits(rng, 4), "+49 (0)89 555 %s" % digits(rng, 4)])
    if c == "PL":
        return rng.choice(["+48 601 %s %s" % (digits(rng, 3), digits(rng, 3)),
                           "601-%s-%s" % (digits(rng, 3), digits(rng, 3)),
                           "(61) %s-%s" % (digits(rng, 3), digits(rng, 3))])
    if c == "ES":
        return rng.choice(["+34 612 %s %s %s" % (digits(rng, 2), digits(rng, 2), digits(rng, 2)),
                           "912 %s %s %s" % (digits(rng, 2), digits(rng, 2), digits(rng, 2))])
    if c == "NG":
        return rng.choice(["+234 803 %s %s" % (digits(rng, 3), digits(rng, 4)),
                           "0803 %s %s" % (digits(rng, 3), digits(rng, 4))])
    if c == "IN":
        return rng.choice(["+91 98%s %s" % (digits(rng, 3), digits(rng, 5)),
                           "098%s%s" % (digits(rng, 3), digits(rng, 5))])
    if c == "DK":
        return rng.choice(["+45 21 55 %s %s" % (digits(rng, 2), digits(rng, 2)),
                           "21 55 %s %s" % (digits(rng, 2), digits(rng, 2))])
    if c == "NO":
        return rng.choice(["+47 415 55 %s" % digits(rng, 3), "415 55 %s" % digits(rng, 3)])
    if c == "VN":
        return "+84 90 555 %s" % digits(rng, 4)
    if c == "MX":
        return rng.choice(["+52 55 5%s %s" % (digits(rng, 3), digits(rng, 4)),
                           "(55) 5%s %s" % (digits(rng, 3), digits(rng, 4))])
    if c == "FR":
        return rng.choice(["+33 6 %s %s %s %s" % tuple(digits(rng, 2) for _ in range(4)),
                           "06 %s %s %s %s" % tuple(digits(rng, 2) for _ in range(4))])
    if c == "NL":
        return rng.choice(["+31 6 %s %s" % (digits(rng, 4), digits(rng, 4)),
                           "06-%s" % digits(rng, 8)])
    if c == "SE":
        return rng.choice(["+46 70 555 %s %s" % (digits(rng, 2), digits(rng, 2)),
                           "070-555 %s %s" % (digits(rng, 2), digits(rng, 2))])
    if c == "GH":
        return "+233 24 555 %s" % digits(rng, 4)
    if c == "PH":
        return "+63 917 555 %s" % digits(rng, 4)
    raise ValueError(c)


def phone_local7(rng):
    return rng.choice(["%s %s" % (pat(rng, "#99"), digits(rng, 4)),
                       "555 %s" % digits(rng, 4), "%s-%s" % (pat(rng, "#99"), digits(rng, 4))])


def phone_any(rng):
    r = rng.random()
    if r < 0.45:
        return phone_us(rng)
    if r < 0.6:
        return phone_uk(rng)
    if r < 0.7:
        return phone_au(rng)
    return phone_intl(rng)


# --------------------------------------------------------------------------
# e-mail, url, ip
# --------------------------------------------------------------------------

DOMAINS = ["example.org", "example.com", "example.net", "mail.example.com", "post.example.net",
           "clinic.example.org", "family.example.net", "home.example.org"]


def email_for(rng, p, domain=None):
    g = strip_accents(p.given.split()[0]).lower().replace("-", "")
    f = strip_accents(p.family.split()[-1]).lower().replace("-", "")
    local = rng.choice(["%s.%s" % (g, f), "%s%s" % (g[0], f), "%s_%s%s" % (g, f[:3], digits(rng, 2)),
                        "%s.%s%s" % (f, g, digits(rng, 2)), "%s%s" % (g, digits(rng, 4))])
    return "%s@%s" % (local, domain or rng.choice(DOMAINS))


def email_role(rng, role):
    return "%s@%s" % (role, rng.choice(["example.org", "clinic.example.org", "example.com",
                                        "hospital.example.net"]))


def ip_v4(rng):
    return rng.choice(["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]) % rng.randint(2, 254)


def ip_v6(rng):
    return "2001:db8:%x:%x::%x" % (rng.randint(1, 0xffff), rng.randint(1, 0xffff), rng.randint(1, 0xfff))


# --------------------------------------------------------------------------
# places (all invented)
# --------------------------------------------------------------------------

US_TOWNS = [("Ossington Mills", "MA"), ("Calder Springs", "CO"), ("Pellham Ridge", "PA"),
            ("Wickersham Bay", "ME"), ("North Tamsin", "VT"), ("Larkvale", "OH"),
            ("Grisholm", "MN"), ("Millbrook Hollow", "NY"), ("Sandrock Falls", "ID"),
            ("Ebberly", "KY"), ("Dunmore Flats", "TX"), ("Kettering Cove", "OR"),
            ("Quillmont", "NH"), ("Brackenridge Falls", "WI"), ("Fenwick Station", "IA"),
            ("Harrowgate Springs", "NM"), ("Tollerby Ridge", "CT"), ("Ashcombe Junction", "NE"),
            ("Marlin Crossing", "NC"), ("Vantreece", "WV")]
US_STREETS = ["Alder Lane", "Quarry Hill Road", "Bittersweet Court", "Larkspur Drive", "Tanager Way",
              "Old Mill Pike", "Sumac Terrace", "Cobble Creek Road", "Juniper Hollow Lane",
              "Foxglove Avenue", "Depot Street", "Orchard Ridge Drive", "Wren Circle",
              "Beaver Meadow Road", "Chickadee Lane", "Granite Ledge Road", "Saddleback Court",
              "Pinnacle View Drive", "Cottonwood Bend", "Lamplighter Row"]
COUNTIES = ["Tillbrook County", "Marrowfield County", "Ashgrove County", "Quenby County",
            "Sallowmere County", "Harwick Parish", "Dunhollow County"]


def zip5(rng):
    return pat(rng, "#9999")


def zip_v(rng):
    return rng.choice([zip5(rng), zip5(rng), "%s-%s" % (zip5(rng), digits(rng, 4))])


def us_street(rng):
    num = str(rng.choice([rng.randint(2, 99), rng.randint(100, 999), rng.randint(1000, 9999)]))
    s = "%s %s" % (num, rng.choice(US_STREETS))
    r = rng.random()
    if r < 0.15:
        s += rng.choice([", Apt %s" % pat(rng, "#A"), ", Apt. %d" % rng.randint(1, 40),
                         " Unit %d" % rng.randint(1, 24), ", #%d" % rng.randint(2, 30)])
    elif r < 0.22:
        s += ", Suite %d" % rng.randint(100, 450)
    return s


class Place:
    """An address with its parts, to print it whole or in pieces."""

    def __init__(self, street, town, region, postal, country=None, line=None, towns=()):
        self.street = street
        self.town = town
        self.region = region
        self.postal = postal
        self.country = country
        self._line = line
        self.towns = list(towns) or [town]

    def reg(self):
        return [t for t in self.towns if t]

    def line(self):
        if self._line:
            return self._line
        return "%s, %s, %s %s" % (self.street, self.town, self.region, self.postal)

    def v_line(self):
        return V(self.line(), "address", reg=self.reg())

    def v_street(self):
        return V(self.street, "address", reg=self.reg())

    def v_town(self):
        return V(self.town, "address", reg=self.reg())

    def v_town_line(self):
        return V("%s, %s %s" % (self.town, self.region, self.postal), "address", reg=self.reg())

    def v_zip(self):
        return V(self.postal, "zip", reg=self.reg())


def place_us(rng):
    town, st = rng.choice(US_TOWNS)
    return Place(us_street(rng), town, st, zip_v(rng), "US")


INTL = {
    "DK": dict(streets=["Lindevænget", "Skovbrynet", "Kirkestræde", "Æblehaven", "Bøgeallé", "Vesterled"],
               towns=[("Sønderhøj", "47"), ("Østerlund", "86"), ("Rødkilde", "53"), ("Ærøvig", "59")]),
    "NO": dict(streets=["Fjellveien", "Bakkegata", "Bjørkelia", "Strandvegen", "Lyngåsen"],
               towns=[("Hjørnevik", "68"), ("Storøyra", "73"), ("Fjellsund", "85")]),
    "SE": dict(streets=["Björkvägen", "Ekbacken", "Storgatan", "Hagtornsgränd", "Sjövägen"],
               towns=[("Lillnäs", "44"), ("Stensjö", "79"), ("Granåsen", "93")]),
    "PL": dict(streets=["ul. Kwiatowa", "Ulica Kwiatowa", "ul. Lipowa", "ul. Słoneczna", "ul. Źródlana",
                        "ul. Wrzosowa"],
               towns=[("Zbąszyłów", "62"), ("Wierzbowo Małe", "06"), ("Łękowice", "34")]),
    "ES": dict(streets=["Calle del Prado", "Avenida de los Olmos", "Calle Mayor", "Travesía del Molino",
                        "Calle de la Alhóndiga"],
               towns=[("Villaranda del Campo", "28"), ("San Telmo de la Vega", "41"), ("Peñarrubia", "33")]),
    "DE": dict(streets=["Birkenweg", "Am Lindenhof", "Schillerstraße", "Mühlgasse", "Ährenfeld"],
               towns=[("Oberhaldingen", "79"), ("Kirchwalden", "34"), ("Bad Lindtal", "97")]),
    "AT": dict(streets=["Gartengasse", "Hauptplatz", "Kellergasse", "Fünfhausweg"],
               towns=[("Mürzthal", "8"), ("St. Veit am Hangl", "4")]),
    "NL": dict(streets=["Kastanjelaan", "Molenstraat", "Sluisweg", "Prinses Irenestraat"],
               towns=[("Hoogeveld", "37"), ("Oosterbroek", "96")]),
    "IT": dict(streets=["Via dei Gelsi", "Via San Rocco", "Vicolo del Pozzo", "Piazza dei Tigli"],
               towns=[("Castelvetro di Sopra", "40"), ("Borgo San Lino", "06")]),
    "CZ": dict(streets=["Šafránová", "Na Výsluní", "Lipová", "Zahradní"],
               towns=[("Březnice Dolní", "39"), ("Lhotka u Ostrůvku", "59")]),
    "TR": dict(streets=["Lale Sokak", "Çınar Caddesi", "Gül Sokak"],
               towns=[("Yeşilköprü", "34"), ("Karaağaçlı", "16")]),
}


def place_intl(rng, country=None):
    c = country or rng.choice(sorted(INTL) + ["FR", "BR", "UK", "UKH", "AU", "NG", "IN", "MIL"])
    if c in ("FR", "BR", "UK", "UKH", "AU", "NG", "IN", "MIL"):
        return _place_special(rng, c)
    data = INTL[c]
    street = rng.choice(data["streets"])
    town, pre = rng.choice(data["towns"])
    num = rng.randint(1, 140)
    if c == "DK":
        st = "%s %d" % (street, num)
        if rng.random() < 0.5:
            st += ", %d. %s" % (rng.randint(1, 4), rng.choice(["tv", "th", "mf"]))
        postal = pre + digits(rng, 2)
        line = "%s, %s %s" % (st, postal, town)
    elif c == "NO":
        st = "%s %d%s" % (street, num, rng.choice(["", "", "B", "A"]))
        postal = pre + digits(rng, 2)
        line = "%s, %s %s" % (st, postal, town)
    elif c == "SE":
        st = "%s %d" % (street, num)
        postal = "%s%s %s" % (pre, digits(rng, 1), digits(rng, 2))
        line = "%s, %s %s" % (st, postal, town)
    elif c == "PL":
        st = "%s %d" % (street, num) + (("/%d" % rng.randint(1, 40)) if rng.random() < 0.5 else "")
        postal = "%s-%s" % (pre, digits(rng, 3))
        line = "%s, %s %s" % (st, postal, town)
    elif c == "ES":
        st = "%s %d" % (street, num)
        if rng.random() < 0.6:
            st += ", %dº %s" % (rng.randint(1, 6), rng.choice(["B", "A", "C", "izda", "dcha"]))
        postal = pre + digits(rng, 3)
        line = "%s, %s %s" % (st, postal, town)
    elif c == "DE":
        st = "%s %d%s" % (street, num, rng.choice(["", "", "a", "b"]))
        postal = pre + digits(rng, 3)
        line = "%s, %s %s" % (st, postal, town)
    elif c == "AT":
        st = "%s %d" % (street, num) + (("/%d/%d" % (rng.randint(1, 4), rng.randint(1, 20))) if rng.random() < 0.5 else "")
        postal = pre + digits(rng, 3)
        line = "%s, %s %s" % (st, postal, town)
    elif c == "NL":
        st = "%s %d" % (street, num)
        postal = "%s%s %s" % (pre, digits(rng, 2), letters(rng, 2))
        line = "%s, %s %s" % (st, postal, town)
    elif c == "IT":
        st = "%s %d" % (street, num)
        postal = pre + digits(rng, 3)
        line = "%s, %s %s" % (st, postal, town)
    elif c == "CZ":
        st = "%s %d" % (street, num)
        postal = "%s%s %s" % (pre, digits(rng, 1), digits(rng, 2))
        line = "%s, %s %s" % (st, postal, town)
    elif c == "TR":
        st = "%s No: %d" % (street, num) + ((" D: %d" % rng.randint(1, 12)) if rng.random() < 0.5 else "")
        postal = pre + digits(rng, 3)
        line = "%s, %s %s" % (st, postal, town)
    return Place(st, town, None, postal, c, line)


UK_HOUSES = ["Rose Cottage", "The Old Forge", "Hawthorn Barn", "Tanner's End", "Ivy House",
             "The Granary", "Curlew Cottage", "Brook View"]
UK_LANES = ["Mill Lane", "Church Street", "Sheepwash Lane", "Back Lane", "Pound Hill"]
UK_TOWNS = ["Little Dunstow", "Upper Wyeford", "Kingsbarrow", "Nether Ashby", "Crossmoor"]


def _place_special(rng, c):
    if c == "FR":
        town = rng.choice(["Saint-Aubin-les-Prés", "Villeneuve-sur-Lorde", "Montclar-d'Aveyrou"])
        st = "%d%s %s" % (rng.randint(1, 60), rng.choice(["", "", " bis"]),
                          rng.choice(["rue des Tilleuls", "chemin des Vignes", "allée des Érables",
                                      "place de l'Église"]))
        postal = pat(rng, "#9999")
        return Place(st, town, None, postal, c, "%s, %s %s" % (st, postal, town))
    if c == "BR":
        town = rng.choice(["Vila Serrana", "Itaquará", "São Bento do Oeste"])
        st = "%s, %d" % (rng.choice(["Rua das Acácias", "Rua Jacarandá", "Avenida dos Ipês"]),
                         rng.randint(10, 2400))
        if rng.random() < 0.5:
            st += ", apto %d" % rng.randint(11, 184)
        postal = "%s-%s" % (digits(rng, 5), digits(rng, 3))
        return Place(st, town, "SP", postal, c, "%s, %s - SP, %s" % (st, town, postal))
    if c in ("UK", "UKH"):
        town = rng.choice(UK_TOWNS)
        postal = "%s%d %d%s" % (rng.choice(["LD", "WY", "KB", "NX", "CM"]), rng.randint(1, 19),
                                rng.randint(1, 9), letters(rng, 2))
        if c == "UKH":
            st = "%s, %s" % (rng.choice(UK_HOUSES), rng.choice(UK_LANES))
        else:
            st = "%d %s" % (rng.randint(1, 120), rng.choice(UK_LANES))
        return Place(st, town, None, postal, "UK", "%s, %s %s" % (st, town, postal))
    if c == "AU":
        town = rng.choice(["Wattle Downs", "Coolabah Flat", "Bunyip Creek"])
        st = rng.choice(["Unit %d, " % rng.randint(1, 12), ""]) + "%d %s" % (
            rng.randint(2, 180), rng.choice(["Banksia Crescent", "Ironbark Road", "Kookaburra Close"]))
        state = rng.choice(["NSW", "VIC", "QLD", "WA"])
        postal = pat(rng, "#999")
        return Place(st, town, state, postal, c, "%s, %s %s %s" % (st, town, state, postal))
    if c == "NG":
        town = "Ibadan"
        st = "Plot %d, %s, %s" % (rng.randint(2, 90), rng.choice(["Iroko Crescent", "Akintola Close"]),
                                  rng.choice(["Ajanaku Estate", "Olurinde Layout"]))
        return Place(st, town, None, None, c, "%s, %s" % (st, town), towns=[st.split(", ")[-1]])
    if c == "IN":
        area = rng.choice(["Shantipura", "Gulmohar Nagar"])
        st = "Flat %s, %s, %dth Cross, %s" % (pat(rng, "#A"), rng.choice(["Gulmohar Residency", "Tulsi Enclave"]),
                                             rng.randint(4, 19), area)
        postal = "560" + digits(rng, 3)
        return Place(st, "Bengaluru", None, postal, c, "%s, Bengaluru %s" % (st, postal), towns=[area])
    if c == "MIL":
        kind = rng.random()
        if kind < 0.4:
            line = "Unit %d Box %d, DPO AE 09%s" % (rng.randint(1000, 9999), rng.randint(100, 9999), digits(rng, 3))
        elif kind < 0.8:
            line = "PSC %d, Box %d, APO AP 96%s" % (rng.randint(100, 9999), rng.randint(100, 9999), digits(rng, 3))
        else:
            line = "Unit %d, FPO AE 09%s" % (rng.randint(100000, 999999), digits(rng, 3))
        return Place(line, None, None, None, "MIL", line, towns=[None])
    raise ValueError(c)


# --------------------------------------------------------------------------
# unlabelled clinical look-alikes
# --------------------------------------------------------------------------

DOSES = ["metoprolol succinate 25 mg daily", "apixaban 5 mg BID", "insulin glargine 18 units at bedtime",
         "enoxaparin 40 mg/0.4 mL SC daily", "carbidopa/levodopa 25/100 mg TID", "furosemide 40 mg every morning",
         "amoxicillin 500 mg three times a day for 7 days", "vitamin D3 1,000 IU daily",
         "sertraline 50 mg at night", "lisinopril 10 mg", "donepezil 5 mg nightly",
         "acetaminophen 650 mg q6h PRN (max 3 g/day)", "tamsulosin 0.4 mg after supper",
         "levothyroxine 75 mcg before breakfast", "atorvastatin 40 mg", "gabapentin 300 mg TID",
         "prednisone 20 mg x 5 days", "warfarin 2.5 mg Mon/Wed/Fri, 5 mg other days",
         "potassium chloride 20 mEq daily", "polyethylene glycol 17 g in 8 oz water",
         "oxycodone 5 mg q4h PRN pain 7-10/10", "mirtazapine 7.5 mg at bedtime",
         "hydrochlorothiazide 12.5 mg", "metformin 500 mg twice daily with meals"]
ICD10 = ["I48.91", "E11.9", "N18.31", "J44.1", "Z95.0", "I10", "M81.0", "F03.90", "Z79.01",
         "S72.001A", "I50.32", "E03.9", "G20.A1", "R26.81", "L89.153", "Z74.01", "Z59.01"]
CPT = ["99214", "93000", "36415", "80053", "85025", "71046", "33208", "99497", "97161", "G0180",
       "99349", "93296", "27447", "A0428"]
LOINC = ["4548-4", "2160-0", "718-7", "2345-7", "6301-6", "33914-3", "2823-3"]
NDC = ["0093-7146-56", "0409-4888-02", "68180-0513-01", "0378-0018-01", "60505-2579-3"]


def vitals(rng):
    return rng.choice([
        "BP %d/%d, HR %d, RR %d, T %.1f °C, SpO2 %d%% on room air" % (
            rng.randint(104, 168), rng.randint(58, 96), rng.randint(54, 104), rng.randint(12, 22),
            rng.uniform(36.1, 38.2), rng.randint(89, 99)),
        "BP %d/%d sitting, %d/%d standing; pulse %d irregular" % (
            rng.randint(110, 160), rng.randint(60, 90), rng.randint(96, 140), rng.randint(54, 84),
            rng.randint(60, 110)),
        "T 98.%dF, P %d, R %d, BP %d/%d, O2 sat %d%% on %d L NC" % (
            rng.randint(0, 9), rng.randint(60, 100), rng.randint(14, 24), rng.randint(100, 170),
            rng.randint(60, 95), rng.randint(88, 98), rng.randint(1, 4)),
    ])


def labs(rng):
    return rng.choice([
        "Na %d, K %.1f, Cr %.2f, eGFR %d" % (rng.randint(131, 145), rng.uniform(3.2, 5.4),
                                             rng.uniform(0.7, 2.4), rng.randint(22, 88)),
        "Hgb %.1f g/dL, WBC %.1f, plt %d" % (rng.uniform(8.4, 14.9), rng.uniform(3.1, 14.8), rng.randint(98, 412)),
        "A1c %.1f%%, fasting glucose %d mg/dL" % (rng.uniform(5.8, 10.4), rng.randint(88, 240)),
        "INR %.1f (goal 2-3)" % rng.uniform(1.1, 4.2),
        "TSH %.2f, free T4 %.1f" % (rng.uniform(0.3, 7.9), rng.uniform(0.7, 1.9)),
        "BNP %d pg/mL, troponin <0.01" % rng.randint(90, 1800),
    ])


def weight(rng):
    return rng.choice(["%.1f kg" % rng.uniform(41, 98), "%d lb" % rng.randint(96, 240)])


def pain(rng):
    return "%d/10" % rng.randint(0, 9)


def clock(rng):
    h, m = rng.randint(7, 18), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
    return rng.choice(["%02d:%02d" % (h, m), "%02d%02d" % (h, m),
                       "%d:%02d %s" % ((h - 1) % 12 + 1, m, "am" if h < 12 else "pm")])


def room(rng):
    return rng.choice(["Room %d" % rng.randint(100, 480), "Rm %d%s" % (rng.randint(100, 480), rng.choice("AB")),
                       "bed %d" % rng.randint(1, 4), "room %s-%d" % (rng.choice(["3W", "4E", "2N"]), rng.randint(1, 30))])


def version(rng):
    return "%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 40))


# --------------------------------------------------------------------------
# validation
# --------------------------------------------------------------------------

LEAK_PATTERNS = [re.compile(p) for p in (
    r"\S@\S", r"example\.(org|com|net)", r"555[-. ]?01\d\d", r"7946 ?0\d", r"496 ?0\d{3}", r"07700 ?900",
    r"0491 ?57", r"5550 ?\d{4}", r"192\.0\.2\.", r"198\.51\.100\.", r"203\.0\.113\.", r"2001:db8",
    r"https?://", r"www\.")]


def _age_value(t):
    m = re.match(r"^(\d+)", t)
    if m:
        return int(m.group(1))
    w = re.sub(r"[- ]?years?[- ]old$", "", t.lower())
    return words_to_int(w)


def _boundary_ok(text, start, end, typ):
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before.isalnum():
        return False
    if after.isalnum():
        # the two written forms the rules allow: the date part of an ISO
        # timestamp (time is not labelled) and the age in "(91F)"
        if typ == "date" and after == "T" and text[end + 1:end + 2].isdigit():
            return True
        if typ == "age" and after in "FM" and text[end + 1:end + 2] == ")":
            return True
        return False
    return True


def validate(doc_obj, text, spans, regs, min_len=300, max_len=2500):
    errs = []
    if not (min_len <= len(text) <= max_len):
        errs.append("length %d" % len(text))
    prev_end = -1
    for s in spans:
        st, en, ty = s["start"], s["end"], s["type"]
        val = s.get("_value")
        if ty not in ALLOWED_TYPES:
            errs.append("bad type %s" % ty)
        if not (0 <= st < en <= len(text)):
            errs.append("bad offsets %r" % s)
            continue
        seg = text[st:en]
        if val is not None and seg != val:
            errs.append("span text %r != value %r" % (seg, val))
        if st < prev_end:
            errs.append("overlap/unsorted at %d" % st)
        prev_end = en
        if seg != seg.strip():
            errs.append("whitespace edge %r" % seg)
        c0, c1 = seg[0], seg[-1]
        if not (c0.isalnum() or c0 == "+" or (c0 == "(" and ")" in seg)):
            errs.append("bad start char %r" % seg)
        if not (c1.isalnum() or (c1 == ")" and "(" in seg)):
            errs.append("bad end char %r" % seg)
        if not _boundary_ok(text, st, en, ty):
            errs.append("span cuts a word %r" % seg)
        if ty == "age":
            n = _age_value(seg)
            if n is None or n <= 89:
                errs.append("age not > 89: %r" % seg)
    # no registered value may appear unlabelled
    for r in sorted(regs):
        if len(r) < 3:
            continue
        pat_ = re.compile(r"(?<!\w)" + re.escape(r) + r"(?!\w)", re.IGNORECASE)
        for m in pat_.finditer(text):
            a, b = m.start(), m.end()
            if not any(s["start"] <= a and b <= s["end"] for s in spans):
                errs.append("unlabelled occurrence of %r at %d: %r" % (r, a, text[max(0, a - 30):b + 30]))
    # unlabelled text must not hold anything shaped like the invented values
    for lit in getattr(doc_obj, "lits", []):
        for rx in LEAK_PATTERNS:
            m = rx.search(lit)
            if m:
                errs.append("value-shaped literal %r in %r" % (m.group(0), lit[:80]))
    # JSON round trip
    rec = {"id": 0, "style": "x", "text": text,
           "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in spans]}
    back = json.loads(json.dumps(rec, ensure_ascii=False))
    if back != rec or back["text"][0:len(text)] != text:
        errs.append("json round trip")
    return errs
