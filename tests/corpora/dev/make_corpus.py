#!/usr/bin/env python3
"""Development labelled PHI corpus for pg_phi (formerly tests/heldout),
written independently of the project's own note generator and detector,
then used to fix the detector: no longer held out (see README.md).

Writes tests/corpora/dev/notes.jsonl: 300 short, entirely fictional clinical
documents in 17 styles, one JSON object per line:

    {"id": 0, "style": "ed_triage", "text": "...",
     "spans": [{"type": "name", "start": 10, "end": 19}, ...]}

start/end are Python str (code point) offsets, end exclusive.

Every document is assembled from a hand-written template with {placeholders}.
A placeholder's value is either plain text (not PHI) or a labelled value
L(type, text); the assembler records each labelled value's offsets at the
moment it appends it, so no offset is ever found by searching. At the end
every span is checked (text[start:end] is the inserted value, spans are
sorted and do not overlap, no labelled value also occurs unlabelled in the
same document) and the per-type and per-style counts are printed.

Standard library only; deterministic (fixed seed). Run:

    python3 tests/corpora/dev/make_corpus.py            # writes notes.jsonl
    python3 tests/corpora/dev/make_corpus.py --check    # verify the file is current
"""

import json
import random
import re
import sys
import textwrap
import unicodedata
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

SEED = 20240917
N_DOCS = 300
OUT = Path(__file__).resolve().parent / "notes.jsonl"

TYPES = [
    "name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
    "health_plan", "account", "license", "vehicle", "device", "url", "ip_address",
    "biometric", "id",
]
MIN_PER_TYPE = 15  # every type except biometric

# ---------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------


class L:
    """A labelled value: PHI of `type`, inserted verbatim."""

    __slots__ = ("type", "value")

    def __init__(self, type_, value):
        assert type_ in TYPES, type_
        self.type = type_
        self.value = unicodedata.normalize("NFC", value)

    def __repr__(self):
        return f"L({self.type!r}, {self.value!r})"


PLACEHOLDER = re.compile(r"\{(\w+)\}")


class Doc:
    """Text under construction plus the spans of the labelled values in it."""

    def __init__(self):
        self.parts = []
        self.pos = 0
        self.spans = []  # (type, start, end, value)

    def lit(self, s):
        self.parts.append(s)
        self.pos += len(s)

    def put(self, v):
        """Appends a value: str (unlabelled), L (labelled), list/tuple of values, None."""
        if v is None:
            return
        if isinstance(v, L):
            start = self.pos
            self.lit(v.value)
            self.spans.append((v.type, start, self.pos, v.value))
        elif isinstance(v, str):
            self.lit(v)
        elif isinstance(v, (list, tuple)):
            for x in v:
                self.put(x)
        else:
            raise TypeError(f"bad value {v!r}")

    def template(self, tmpl, ctx):
        """Appends `tmpl` with {key} replaced by ctx[key]. A line written as
        `?key rest` is kept (as `rest`) only when ctx[key] is truthy."""
        tmpl = textwrap.dedent(tmpl).lstrip("\n")
        for line in tmpl.splitlines(keepends=True):
            if line.startswith("?"):
                key, _, line = line[1:].partition(" ")
                if not ctx.get(key):
                    continue
            i = 0
            for m in PLACEHOLDER.finditer(line):
                self.lit(line[i:m.start()])
                self.put(ctx[m.group(1)])
                i = m.end()
            self.lit(line[i:])

    def text(self):
        return "".join(self.parts)


# ---------------------------------------------------------------------------
# Fictional data
# ---------------------------------------------------------------------------

FIRST_F = [
    "Ana", "María", "Sofía", "Guadalupe", "Ximena", "Lucía", "Beatriz", "Mei-Ling", "Yuki",
    "Ji-woo", "Linh", "Hana", "Priya", "Ananya", "Kavita", "Nusrat", "Chinwe", "Amara",
    "Ngozi", "Wanjiru", "Thandiwe", "Katarzyna", "Zuzana", "Jelena", "Oksana", "Siobhan",
    "Niamh", "Aoife", "Fiona", "Mairead", "Zoë", "Renée", "Chloé", "Inés", "Françoise",
    "Layla", "Margaret", "Dorothy", "Grace", "Faith", "Hope", "Ingrid", "Fatima", "Rosalind",
]
FIRST_M = [
    "José", "Luis", "Alejandro", "Jesús", "Raúl", "Wei", "Hiroshi", "Min-jun", "Thanh",
    "Haruto", "Kenji", "Duc", "Arjun", "Sanjay", "Farhan", "Rohan", "Kwame", "Oluwaseun",
    "Tendai", "Abebe", "Emeka", "Oleksandr", "Dmitri", "Bogdan", "Tomasz", "Nikolai",
    "Ciarán", "Angus", "Declan", "Padraig", "Björn", "Søren", "Yusuf", "Omar", "Harold",
    "Will", "Mark", "Earl", "Jean-Luc", "Matthias", "Tariq", "Desmond",
]
LAST = [
    "García", "Hernández", "Ramírez", "Castillo", "Peña", "Ortiz", "Villarreal", "Morales",
    "Chen", "Zhou", "Tanaka", "Nakamura", "Park", "Kim", "Nguyen", "Tran", "Sato",
    "Raghunathan", "Mehta", "Iyer", "Krishnan", "Siddiqui", "Chowdhury", "Deshpande",
    "Okonkwo", "Adeyemi", "Mensah", "Diallo", "Moyo", "Tesfaye", "Kamau", "Eze", "Dlamini",
    "Kovalenko", "Wiśniewski", "Volkov", "Novák", "Popescu", "Petrović", "Zieliński",
    "O'Malley", "O'Brien", "McAllister", "MacLeod", "O'Sullivan", "McCarthy", "MacNeil",
    "Müller", "Lindqvist", "Dubois", "Ruiz-Townsend", "Smith-Okafor", "Lee-Hartmann",
    "García-Novak", "Whitfield", "Becker", "Pruitt", "Long", "Walker", "Cook", "Haddad",
    "Nasser", "Al-Farsi", "Fitzgerald", "Baptiste", "Kowalczyk", "Abernathy", "Thorne",
    "Ferreira", "Santos", "Nwosu", "Oyelaran", "Brennan", "Yilmaz", "Ó Briain",
]
TOWNS = [
    "Millbrook Falls", "East Harlow", "Port Kessling", "Ashby Crossing", "Cedar Hollow",
    "Wrenford", "Lake Tamsin", "North Calloway", "Brindle Bay", "Stoneleigh", "Glenmora",
    "San Aurelio", "Fort Delancey", "Halvorsen", "Pinecrest Junction", "Marlow Springs",
    "Quillan", "Eastbridge", "Corvallo", "New Tessaly",
]
STREETS = [
    "Alder Lane", "Quarry Hill Road", "Birchwood Ct", "Old Mill Rd", "Kestrel Way",
    "Jubilee Avenue", "Nightingale Blvd", "Larkspur Drive", "Tamarack St", "Fenwick Terrace",
    "Calle Sombra", "Wexford Place", "Orchard Row", "Pelham Circle", "Cobblestone Way",
    "Harbor View Dr", "Magnolia Pkwy", "Juniper Court", "Lantern Hill Rd", "Saltmarsh Lane",
    "Ridgeback Rd", "Prospect St", "Vireo Ave", "Thistle Row",
]
STATES = ["MA", "OH", "VT", "OR", "TX", "NM", "GA", "MN", "WA", "PA", "NC", "AZ", "WI", "ME", "CO", "IL"]
AREAS = ["212", "312", "413", "503", "508", "614", "617", "702", "720", "802", "919", "971",
         "281", "505", "608", "651", "774", "207", "480", "404"]
FACILITIES = [
    "Northgate Valley Hospital", "Lakeshore Regional Medical Center", "Riverbend Community Health",
    "Summit Ridge Medical Center", "Clearwater General Hospital", "Meadowlark Health System",
]
CLINICS = [
    "Bayview Family Practice", "Harrow Creek Internal Medicine", "Greenfield Pediatrics & Family Care",
    "Tidewater Cardiology Associates", "Oak Terrace Geriatrics", "Fernhill Neurology Group",
]
PAYERS = ["Blue Horizon Health", "Keystone Mutual", "Evergreen Care HMO", "Unity Health Plan",
          "TriPoint PPO", "state Medicaid", "Medicare Advantage (Crestline)"]
PHARMACIES = ["Greenleaf Pharmacy", "Riverbend Drug", "Corner Apothecary", "Main Street Pharmacy"]
EMAIL_DOMAINS = ["example.org", "example.com", "example.net", "mail.example.org", "clinic.example.com"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
NUMWORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three",
            94: "ninety-four", 95: "ninety-five", 96: "ninety-six", 97: "ninety-seven",
            98: "ninety-eight", 99: "ninety-nine", 100: "one hundred", 101: "one hundred and one"}
RELS_F = ["daughter", "wife", "sister", "niece", "granddaughter", "partner"]
RELS_M = ["son", "husband", "brother", "nephew", "grandson", "partner"]


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Person:
    def __init__(self, first, last, sex, middle):
        self.first, self.last, self.sex, self.middle = first, last, sex, middle

    def fmt(self, style):
        F, M, S = self.first, self.middle, self.last
        out = {
            "full": f"{F} {S}",
            "fml": f"{F} {M}. {S}",
            "lf": f"{S}, {F}",
            "lfm": f"{S}, {F} {M}",
            "LF": f"{S}, {F}".upper(),
            "LFM": f"{S}, {F} {M}".upper(),
            "FL": f"{F} {S}".upper(),
            "FML": f"{F} {M} {S}".upper(),
            "il": f"{F[0]}. {S}",
            "first": F,
            "last": S,
            "LAST": S.upper(),
            "fi": f"{F} {S[0]}",
            "ini": F[0] + ascii_fold(S)[0].upper(),
            "lower": f"{F} {S}".lower(),
            "firstlower": F.lower(),
        }
        return out[style]

    @property
    def title(self):
        return "Mr." if self.sex == "M" else "Ms."

    @property
    def he(self):
        return "he" if self.sex == "M" else "she"

    @property
    def his(self):
        return "his" if self.sex == "M" else "her"

    @property
    def sexword(self):
        return "man" if self.sex == "M" else "woman"


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VAL = {**{str(i): i for i in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
           **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


class Fake:
    def __init__(self, rng):
        self.r = rng
        self.used_names = set()

    def ch(self, seq):
        return self.r.choice(seq)

    def p(self, prob):
        return self.r.random() < prob

    def digits(self, n):
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def letters(self, n, alphabet="ABCDEFGHJKLMNPRSTUVWXYZ"):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    # people -------------------------------------------------------------
    def person(self, sex=None, last=None):
        for _ in range(100):
            sex_ = sex or self.ch("MF")
            first = self.ch(FIRST_M if sex_ == "M" else FIRST_F)
            surname = last or self.ch(LAST)
            key = (first, surname)
            if key not in self.used_names and first not in {p[0] for p in self.used_names}:
                break
        self.used_names.add(key)
        return Person(first, surname, sex_, self.ch("ABCDEFGHJKLMNPRSTW"))

    def relative(self, pt):
        sex = self.ch("MF")
        rel = self.ch(RELS_M if sex == "M" else RELS_F)
        same = rel not in ("partner",) and self.p(0.55)
        return self.person(sex, pt.last if same else None), rel

    # dates --------------------------------------------------------------
    def visit(self):
        return date(2021, 1, 1) + timedelta(days=self.r.randint(0, 1640))

    def age_dob(self, visit, elderly=None):
        if elderly is None:
            elderly = self.p(0.2)
        age = self.r.randint(90, 101) if elderly else self.ch([self.r.randint(19, 89), self.r.randint(60, 89)])
        dob = date(visit.year - age, 1, 1) + timedelta(days=self.r.randint(0, 364))
        if (dob.month, dob.day) > (visit.month, visit.day):
            dob = dob.replace(year=dob.year - 1) if not (dob.month == 2 and dob.day == 29) else dob.replace(year=dob.year - 1, day=28)
        return age, dob

    def later(self, d, lo=1, hi=40):
        return d + timedelta(days=self.r.randint(lo, hi))

    def earlier(self, d, lo=1, hi=400):
        return d - timedelta(days=self.r.randint(lo, hi))

    def fdate(self, d, style=None):
        style = style or self.ch(["mdy", "mdy1", "mdy2", "long", "abbr", "dmy_abbr", "iso"])
        m, dd, y = d.month, d.day, d.year
        mon = MONTHS[m - 1]
        suf = "th" if 11 <= dd <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(dd % 10, "th")
        return {
            "mdy": f"{m:02d}/{dd:02d}/{y}",
            "mdy1": f"{m}/{dd}/{y}",
            "mdy2": f"{m}/{dd}/{y % 100:02d}",
            "long": f"{mon} {dd}, {y}",
            "abbr": f"{mon[:3]} {dd}, {y}",
            "dmy_abbr": f"{dd:02d}-{mon[:3]}-{y}",
            "DMY_UP": f"{dd:02d}-{mon[:3].upper()}-{y}",
            "iso": f"{y}-{m:02d}-{dd:02d}",
            "md": f"{m}/{dd}",
            "dlong": f"{dd} {mon} {y}",
            "ord": f"{mon} {dd}{suf}",
            "mon_d": f"{mon[:3]} {dd}",
            "month_d": f"{mon} {dd}",
            "dot": f"{m:02d}.{dd:02d}.{y}",
            "dash": f"{m:02d}-{dd:02d}-{y}",
            "LONG_UP": f"{mon.upper()} {dd}, {y}",
        }[style]

    def D(self, d, style=None):
        return L("date", self.fdate(d, style))

    def time(self):
        h, m = self.r.randint(0, 23), self.ch([0, 5, 10, 12, 15, 20, 30, 40, 45, 50, 55])
        return self.ch([f"{h:02d}:{m:02d}", f"{h:02d}{m:02d}", f"{(h % 12) or 12}:{m:02d} {'am' if h < 12 else 'pm'}"])

    def age(self, age, style=None):
        """An age phrase; labelled only when over 89."""
        style = style or self.ch(["yo-dash", "y/o", "yo", "year old", "yo-dash"])
        s = {"yo-dash": f"{age}-year-old", "y/o": f"{age} y/o", "yo": f"{age}yo",
             "year old": f"{age} year old", "num": f"{age}", "words": f"{NUMWORDS.get(age, age)}-year-old",
             "yrs": f"{age} yrs"}[style]
        return L("age", s) if age > 89 else s

    # contact ------------------------------------------------------------
    def phone(self, style=None):
        a, line = self.ch(AREAS), f"01{self.r.randint(0, 99):02d}"
        style = style or self.ch(["paren", "dash", "dash", "dot", "space", "plus1", "paren_nospace", "one_dash", "bare10"])
        return {
            "paren": f"({a}) 555-{line}",
            "paren_nospace": f"({a})555-{line}",
            "dash": f"{a}-555-{line}",
            "dot": f"{a}.555.{line}",
            "space": f"{a} 555 {line}",
            "plus1": f"+1 {a} 555 {line}",
            "one_dash": f"1-{a}-555-{line}",
            "bare10": f"{a}555{line}",
            "local": f"555-{line}",
        }[style]

    def email(self, p, style=None):
        f, l = ascii_fold(p.first).lower().replace("'", ""), ascii_fold(p.last).lower().replace("'", "").replace(" ", "")
        style = style or self.ch(["f.l", "fl", "f_l##", "il", "nick"])
        local = {"f.l": f"{f}.{l}", "fl": f"{f}{l}", "f_l##": f"{f}_{l}{self.r.randint(1, 99)}",
                 "il": f"{f[0]}{l}", "nick": f"{l}.{self.r.randint(1950, 2005)}"}[style]
        return f"{local}@{self.ch(EMAIL_DOMAINS)}"

    def street(self, lower=False):
        s = f"{self.r.randint(3, 9850)} {self.ch(STREETS)}"
        if self.p(0.35):
            s += self.ch([", Apt ", " Apt ", " #", ", Unit ", ", Apt. "]) + self.ch([str(self.r.randint(1, 40)), f"{self.r.randint(1, 6)}{self.ch('ABCD')}"])
        return s.lower() if lower else s

    def zip(self):
        z = f"{self.r.randint(1001, 99950):05d}"
        return z + (f"-{self.digits(4)}" if self.p(0.15) else "")

    def city_line(self):
        return f"{self.ch(TOWNS)}, {self.ch(STATES)} {self.zip()}"

    def address1(self):
        return f"{self.street()}, {self.city_line()}"

    # identifiers ----------------------------------------------------------
    def mrn(self):
        return self.ch([self.digits(8), "00" + self.digits(6), self.digits(7), f"{self.ch('AEMZ')}{self.digits(6)}",
                        f"{self.digits(2)}-{self.digits(3)}-{self.digits(3)}", f"MR{self.digits(7)}"])

    def acct(self):
        return self.ch([self.digits(9), self.digits(10), f"V{self.digits(10)}",
                        f"{self.digits(2)}-{self.digits(5)}-{self.digits(1)}", f"ACC-{self.digits(7)}"])

    def mbi(self):
        A = "ACDEFGHJKMNPQRTUVWXY"
        N = "0123456789"
        c = [self.ch("123456789"), self.ch(A), self.ch(A + N), self.ch(N), self.ch(A), self.ch(A + N),
             self.ch(N), self.ch(A), self.ch(A), self.ch(N), self.ch(N)]
        return "".join(c[:4]) + "-" + "".join(c[4:7]) + "-" + "".join(c[7:])

    def health_plan(self):
        return self.ch([f"{self.letters(3)}{self.digits(9)}", f"W{self.digits(9)}", f"{self.letters(3)}-{self.digits(5)}-{self.digits(2)}",
                        f"{self.digits(8)}{self.ch('KLMX')}", self.mbi(), f"{self.letters(3)} {self.digits(4)} {self.digits(4)} {self.digits(2)}"])

    def npi(self):
        base = self.ch("12") + self.digits(8)
        return base + self._npi_check(base)

    @staticmethod
    def _npi_check(base9):
        # Luhn over the constant prefix 80840 + 9 digits; check digit appended.
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

    def dea(self, last):
        d = [self.r.randint(0, 9) for _ in range(6)]
        chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        return self.ch("ABFM") + ascii_fold(last)[0].upper() + "".join(map(str, d)) + str(chk)

    def dl(self):
        return self.ch([f"S{self.digits(3)}-{self.digits(4)}-{self.digits(4)}", f"{self.ch('DKLT')}{self.digits(7)}",
                        f"{self.digits(3)} {self.digits(3)} {self.digits(3)}", f"{self.letters(2)}{self.digits(6)}"])

    def med_lic(self):
        return self.ch([self.digits(6), f"MD.{self.digits(7)}", f"LIC-{self.digits(5)}", f"{self.digits(2)}-{self.digits(6)}"])

    def plate(self):
        return self.ch([f"{self.r.randint(1, 9)}{self.letters(3)}{self.digits(3)}", f"{self.letters(3)}-{self.digits(4)}",
                        f"{self.r.randint(1, 9)}{self.letters(3)} {self.digits(3)}", f"{self.letters(2)}{self.digits(2)}{self.letters(2)}"])

    def vin(self):
        v = [self.ch(VIN_CHARS) for _ in range(17)]
        v[8] = "0"
        s = sum(VIN_VAL[c] * w for c, w in zip(v, VIN_W)) % 11
        v[8] = "X" if s == 10 else str(s)
        return "".join(v)

    def serial(self):
        return self.ch([f"{self.letters(3)}{self.digits(6)}{self.ch('HSNR')}", f"{self.digits(2)}-{self.digits(4)}-{self.digits(4)}",
                        f"RNV{self.digits(8)}", f"{self.letters(2)}-{self.digits(6)}-{self.ch('ABC')}",
                        f"{self.letters(3)}{self.digits(6)}V", f"{self.digits(10)}"])

    def ssn(self):
        area = self.ch([self.r.randint(1, 665), self.r.randint(667, 899)])
        s = f"{area:03d}-{self.r.randint(1, 99):02d}-{self.r.randint(1, 9999):04d}"
        return self.ch([s, s, s.replace("-", " "), s.replace("-", "")])

    def ip(self):
        return self.ch([f"192.0.2.{self.r.randint(1, 254)}", f"198.51.100.{self.r.randint(1, 254)}",
                        f"203.0.113.{self.r.randint(1, 254)}", f"10.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}",
                        f"2001:db8:{self.r.randint(1, 0xffff):x}::{self.r.randint(1, 0xfff):x}"])

    def url(self, p=None):
        slug = ascii_fold(p.first).lower() + "-" + ascii_fold(p.last).lower().replace("'", "").replace(" ", "") if p else self.letters(6).lower()
        return self.ch([
            f"https://portal.example.org/messages/{self.digits(6)}",
            f"https://mychart.example.com/patient/{self.digits(7)}/results",
            f"http://share.example.net/f/{self.letters(4, 'abcdefghjkmnpqrstuvwxyz23456789')}{self.digits(3)}",
            f"www.example.org/~{slug}/bp-log",
            f"https://photos.example.com/u/{slug}/rash-{self.digits(3)}",
        ])


# ---------------------------------------------------------------------------
# Clinical filler (not PHI, but full of numbers and capitalised words)
# ---------------------------------------------------------------------------

MEDS = [
    "metformin 500 mg PO BID", "lisinopril 10 mg PO daily", "atorvastatin 40 mg PO qHS",
    "insulin glargine 22 units SC qHS", "levothyroxine 75 mcg PO daily", "apixaban (Eliquis) 5 mg PO BID",
    "furosemide (Lasix) 40 mg PO daily", "albuterol HFA 90 mcg 2 puffs q4h PRN", "sertraline 50 mg PO daily",
    "gabapentin 300 mg PO TID", "carbidopa-levodopa 25/100 mg 1 tab TID", "enoxaparin 40 mg/0.4 mL SC daily",
    "vitamin D3 1000 IU daily", "tamsulosin 0.4 mg PO qHS", "ondansetron 4 mg ODT q8h PRN",
    "amlodipine 5 mg PO daily", "metoprolol succinate 25 mg PO daily", "levetiracetam (Keppra) 500 mg BID",
    "acetaminophen 650 mg PO q6h PRN", "pantoprazole 40 mg PO daily", "warfarin 2.5 mg Mon/Fri, 5 mg other days",
]
ALLERGIES = ["NKDA", "PCN (hives)", "sulfa, latex", "codeine - N/V", "NKDA", "iodinated contrast (rash 2016)", "shellfish"]
PMH = [
    "HTN, DM2 (A1c 8.1% in 2023), CKD stage 3a", "COPD on 2L home O2, AFib on Eliquis",
    "CHF (EF 35%), CAD s/p CABG 2011", "asthma, GERD", "Parkinson disease since 2016, OSA on CPAP 10 cm H2O",
    "Hodgkin lymphoma 1998 s/p ABVD, hypothyroidism", "Crohn disease, prior ileocecal resection 2009",
    "HTN, HLD, BPH", "Alzheimer dementia (moderate), HTN", "T2DM, peripheral neuropathy, s/p L BKA 2020",
]
ICD = [("E11.9", "type 2 diabetes mellitus without complications"), ("I10", "essential hypertension"),
       ("J44.1", "COPD with acute exacerbation"), ("N39.0", "UTI, site not specified"),
       ("I48.91", "atrial fibrillation, unspecified"), ("M17.11", "primary osteoarthritis, right knee"),
       ("G20", "Parkinson disease"), ("K21.9", "GERD without esophagitis"), ("E78.5", "hyperlipidemia"),
       ("L40.50", "arthropathic psoriasis"), ("M05.79", "rheumatoid arthritis, multiple sites"),
       ("G35", "multiple sclerosis"), ("K50.90", "Crohn disease, unspecified")]


def vitals(f, style=None):
    bp = f"{f.r.randint(96, 178)}/{f.r.randint(52, 104)}"
    hr, rr = f.r.randint(54, 124), f.r.randint(12, 28)
    t = f"{f.r.randint(360, 393) / 10:.1f}"
    o2 = f.r.randint(86, 100)
    style = style or f.ch(["a", "b", "c"])
    if style == "a":
        return f"BP {bp}, HR {hr}, RR {rr}, T {t} C, SpO2 {o2}% RA"
    if style == "b":
        return f"T {t}  P {hr}  R {rr}  BP {bp}  O2 sat {o2}% on {f.r.randint(1, 4)}L NC"
    return f"{bp}, {hr}, {rr}, {t}, {o2}%"


def labs(f):
    return f.ch([
        f"Na {f.r.randint(128, 145)}, K {f.r.randint(30, 55) / 10:.1f}, Cr {f.r.randint(6, 24) / 10:.1f}, BUN {f.r.randint(8, 60)}",
        f"WBC {f.r.randint(40, 190) / 10:.1f}, Hgb {f.r.randint(72, 158) / 10:.1f}, Plt {f.r.randint(90, 420)}",
        f"A1c {f.r.randint(55, 112) / 10:.1f}%, LDL {f.r.randint(48, 190)}, eGFR {f.r.randint(18, 95)}",
        f"INR {f.r.randint(9, 42) / 10:.1f}, lactate {f.r.randint(8, 46) / 10:.1f}, troponin <0.01",
        f"TSH {f.r.randint(2, 90) / 10:.1f}, BNP {f.r.randint(40, 1900)}, Mg {f.r.randint(14, 26) / 10:.1f}",
    ])


def name_or_dr(f, p, fmts=("full", "fml", "il", "last")):
    """'Dr. Ana Ruiz' style: title outside the span."""
    return ["Dr. ", L("name", p.fmt(f.ch(fmts)))]


def with_cred(f, p, cred, fmts=("full", "fml", "il")):
    """'Ana Ruiz, RN' style: credential outside the span."""
    sep = f.ch([", ", " "])
    return [L("name", p.fmt(f.ch(fmts))), sep + cred]


def relative_phrase(f, pt, rel_person, rel):
    """'her daughter Anita' / 'his wife, Mei-Ling Chen'."""
    fmt = f.ch(["first", "first", "full"])
    return [f"{pt.his} {rel} ", L("name", rel_person.fmt(fmt))]


# ---------------------------------------------------------------------------
# Styles
# ---------------------------------------------------------------------------


def s_ed_triage(f, d):
    pt = f.person()
    v = f.visit()
    age, dob = f.age_dob(v)
    rn = f.person()
    relp, rel = f.relative(pt)
    mvc = f.p(0.35)
    cc, hpi = ("MVC", "restrained driver in MVC at ~35 mph, c/o neck pain 6/10, ambulatory at scene, Glasgow Coma Scale 15.") if mvc else f.ch([
        ("chest pain", "substernal pressure x2 hrs radiating to L arm, diaphoretic. ASA 324 mg PTA. Hx MI 2018, stent to LAD."),
        ("fall", "found on floor by family this AM, unknown down time. On Eliquis 5 mg BID. Hx Parkinson disease."),
        ("SOB", "worsening dyspnea x3 days, 2-pillow orthopnea, +3 lbs. Last Lasix 40 mg this AM."),
        ("abd pain", "RLQ pain since yesterday 22:00, nausea, no BM x2 days. Pain 8/10."),
        ("fever/cough", "fever to 39.1 at home, productive cough x4 days, chills. Flu shot 2023."),
        ("laceration", "2 cm lac to L index finger from kitchen knife @ 1845, bleeding controlled. Td 2017."),
        ("AMS", "per family more confused x1 day, decreased PO intake, 2 episodes of emesis."),
    ])
    ctx = dict(
        site=f.ch(FACILITIES).upper(),
        arr_date=f.D(v, f.ch(["mdy", "mdy2", "iso", "mdy1"])),
        arr_time=f.time(),
        mode=f.ch(["EMS (Medic 12)", "walk-in", "private vehicle", "BLS ambulance", "police"]),
        pt=L("name", pt.fmt(f.ch(["LF", "LFM", "lf", "lfm"]))),
        mrn=L("mrn", f.mrn()),
        dob=f.D(dob, f.ch(["mdy", "mdy1", "dash"])),
        age=L("age", str(age)) if age > 89 else str(age),
        sex=pt.sex,
        esi=str(f.r.randint(1, 5)),
        cc=cc,
        age_phrase=f.age(age),
        sexw="M" if pt.sex == "M" else "F",
        hpi=hpi,
        vitals=vitals(f, "a"),
        allergies=f.ch(ALLERGIES),
        pmh=f.ch(PMH),
        mvc=mvc,
        veh=f.ch(["2014 silver Honda Civic", "2019 Ford F-150", "2008 Toyota Camry", "2021 Subaru Outback"]),
        plate=L("vehicle", f.plate()),
        police=L("id", f"{v.year % 100}-{f.digits(6)}"),
        contact=f.p(0.7),
        relname=L("name", relp.fmt(f.ch(["full", "fi", "first"]))),
        rel=rel,
        relphone=L("phone", f.phone()),
        hp=f.p(0.4),
        payer=f.ch(PAYERS),
        hpid=L("health_plan", f.health_plan()),
        bio=f.p(0.12),
        bioid=L("biometric", f"FP-{f.digits(5)}-{f.ch('LR')}"),
        rn=with_cred(f, rn, "RN", ("full", "fi", "il")),
        tri_time=f.time(),
    )
    d.template("""
        ED TRIAGE - {site}
        Arrival: {arr_date} {arr_time}   Mode: {mode}
        Pt Name: {pt}   MRN: {mrn}
        DOB: {dob}   Age/Sex: {age}{sex}   ESI {esi}
        CC: {cc}
        HPI: {age_phrase} {sexw} w/ {hpi}
        VS: {vitals}
        Allergies: {allergies}
        PMH: {pmh}
        ?mvc Per EMS pt was driver of {veh}, plate {plate}; airbag deployed. Police report #{police}.
        ?contact Emergency contact: {relname} ({rel}) {relphone}
        ?hp Insurance: {payer}, member {hpid}
        ?bio Identity confirmed by fingerprint scan, biometric ID {bioid}.
        Triage RN: {rn}  {tri_time}
        """, ctx)


def s_nursing_shift(f, d):
    pt = f.person()
    v = f.visit()
    age, _ = f.age_dob(v)
    md, rn = f.person(), f.person()
    relp, rel = f.relative(pt)
    pain = f.r.randint(3, 9)
    ptname = f.ch([
        lambda: ["Pt ", L("name", pt.fmt("fi"))],
        lambda: [pt.title.replace("Ms.", "Mrs.") + " ", L("name", pt.fmt("last"))],
        lambda: ["Pt: ", L("name", pt.fmt("LF"))],
        lambda: ["pt ", L("name", pt.fmt("il"))],
    ])()
    sig = f.ch([
        lambda: ["-- ", L("name", rn.fmt("ini")), ", RN"],
        lambda: ["- ", L("name", rn.fmt("fi")), " RN/BSN"],
        lambda: with_cred(f, rn, "RN", ("full", "il")),
    ])()
    ctx = dict(
        shift=f.ch(["0700-1900", "1900-0700", "DAYS 7a-7p", "NOC"]),
        date=f.D(v, f.ch(["md", "mdy2", "mdy1"])),
        room=f"{f.r.randint(2, 9)}{f.r.randint(10, 40)}{f.ch(['', 'A', 'B'])}",
        ptname=ptname,
        age=f.age(age, "num"),
        sex=pt.sex,
        mrn_on=f.p(0.5),
        mrn=L("mrn", f.mrn()),
        ox=str(f.ch([1, 2, 3, 4])),
        neuro=f.ch(["GCS 15", "GCS 14 (E4V4M6)", "forgetful, reorients easily", "PERRLA 3mm"]),
        vitals=vitals(f, "b"),
        pain=str(pain),
        pain2=str(max(0, pain - f.r.randint(2, 5))),
        site=f.ch(["R hip", "abd incision", "L knee", "low back", "HA"]),
        prn=f.ch(["oxycodone 5 mg PO x1", "APAP 650 mg PO", "hydromorphone 0.5 mg IV", "tramadol 50 mg PO"]),
        t1=f.ch(["@ 1015", "@1400", "at 22:30", "@ 0315"]),
        gu=f.ch(["Foley intact, UOP 450 mL clear yellow.", "Voiding qs in urinal, 600 mL/shift.", "Foley d/c'd @ 0600, DTV by 1200."]),
        skin=f.ch(["Skin intact, turned q2h, Braden 14.", "Sacral stage 2 dressing changed, 2.0 x 1.5 cm.", "R arm PIV 20g, site clean."]),
        lab=f.p(0.6),
        mdname=name_or_dr(f, md, ("last", "il", "full")),
        labv=labs(f),
        order=f.ch(["KCl 20 mEq PO x2", "repeat BMP in AM", "NS 1 L bolus over 1 hr", "Mg 2 g IV"]),
        fam=f.p(0.75),
        relw=rel.capitalize(),
        relname=L("name", relp.fmt(f.ch(["first", "full"]))),
        relphone_on=f.p(0.6),
        relphone=L("phone", f.phone()),
        fall=f.p(0.5),
        morse=str(f.ch([45, 55, 65, 75])),
        plan=f.ch(["cont IV abx, PT eval in AM", "NPO p MN for EGD", "d/c planning, SNF vs home w/ VNA", "wean O2 to keep SpO2 >92%"]),
        sig=sig,
        handoff=f.p(0.5),
        peer=L("name", f.person().fmt(f.ch(["first", "full"]))),
    )
    d.template("""
        {shift} RN NOTE  {date}  Rm {room}
        {ptname} ({age}{sex})
        ?mrn_on MRN {mrn}
        A&Ox{ox}, {neuro}. VS {vitals}.
        Pain {pain}/10 {site}, {prn} {t1} w/ relief to {pain2}/10.
        {gu} {skin}
        ?lab {mdname} notified re {labv}; new order {order}.
        ?fam {relw} {relname} at bedside, updated on POC.
        ?relphone_on Family call-back # {relphone}.
        ?fall High fall risk (Morse {morse}), bed alarm on, non-skid socks.
        Plan: {plan}
        ?handoff Report given to {peer} at 1900 at bedside.
        {sig}
        """, ctx)


RAD_EXAMS = [
    ("CT ABDOMEN AND PELVIS WITH IV CONTRAST", "74177", "RLQ pain, r/o appendicitis",
     "TECHNIQUE: Axial CT after 100 mL Omnipaque 350 IV. DLP 612 mGy-cm.",
     "FINDINGS: Appendix dilated to 11 mm with periappendiceal fat stranding. No free air. 1.2 cm hypodensity in hepatic segment 7.",
     "IMPRESSION:\n1. Acute uncomplicated appendicitis.\n2. Subcentimeter hepatic hypodensity, likely cyst."),
    ("XR CHEST 2 VIEWS", "71046", "cough, fever",
     "TECHNIQUE: PA and lateral views.",
     "FINDINGS: Patchy opacity in the right lower lobe. Heart size normal. No pneumothorax. Costophrenic angles sharp.",
     "IMPRESSION: Right lower lobe pneumonia. Follow-up radiograph in 6-8 weeks."),
    ("MRI BRAIN WITHOUT AND WITH CONTRAST", "70553", "new L arm weakness",
     "TECHNIQUE: Multiplanar multisequence MRI before and after 7 mL gadobutrol.",
     "FINDINGS: 8 mm focus of restricted diffusion in the right corona radiata. Scattered T2/FLAIR white matter hyperintensities (Fazekas 2).",
     "IMPRESSION: Acute lacunar infarct, right corona radiata."),
    ("US ABDOMEN RIGHT UPPER QUADRANT", "76705", "RUQ pain after meals",
     "TECHNIQUE: Grayscale and color Doppler.",
     "FINDINGS: Multiple shadowing gallstones up to 1.4 cm. Gallbladder wall 4 mm. Positive sonographic Murphy sign. CBD 5 mm.",
     "IMPRESSION: Cholelithiasis with findings suggestive of acute cholecystitis."),
    ("CT HEAD WITHOUT CONTRAST", "70450", "fall on anticoagulation",
     "TECHNIQUE: Axial 5 mm images; CTDIvol 52 mGy.",
     "FINDINGS: No acute intracranial hemorrhage. Chronic small vessel ischemic change. Left frontal scalp hematoma.",
     "IMPRESSION: No acute intracranial abnormality."),
    ("DXA BONE DENSITOMETRY", "77080", "postmenopausal, on prednisone since 2019",
     "TECHNIQUE: Hologic scanner, L1-L4 and left hip.",
     "FINDINGS: L1-L4 BMD 0.781 g/cm2, T-score -2.7. Left femoral neck T-score -2.1. FRAX 10-yr major fracture risk 21%.",
     "IMPRESSION: Osteoporosis."),
]


def s_radiology(f, d):
    pt = f.person()
    v = f.visit()
    age, dob = f.age_dob(v)
    md, rad = f.person(), f.person()
    exam, cpt, hist, tech, find, imp = f.ch(RAD_EXAMS)
    pm = exam.startswith(("MRI", "XR CHEST")) and f.p(0.6)
    comp = f.ch(["none", "date", "year"])
    ctx = dict(
        fac=f.ch(FACILITIES).upper(),
        pt=L("name", pt.fmt(f.ch(["LFM", "LF", "FL"]))),
        mrn=L("mrn", f.mrn()),
        dob=f.D(dob, f.ch(["mdy", "DMY_UP", "iso"])),
        sex=pt.sex,
        acc=L("id", f.ch([f"CT{v.year % 100}-{f.digits(7)}", f"RAD{f.digits(8)}", f"{f.digits(9)}"])),
        exam=exam, cpt=cpt,
        date=f.D(v, f.ch(["mdy", "DMY_UP", "iso"])),
        time=f.time(),
        ordering=f.ch([lambda: ["Dr. ", L("name", md.fmt(f.ch(["full", "fml"])))],
                       lambda: [L("name", md.fmt(f.ch(["LF", "lf"]))), " MD"]])(),
        age_phrase=f.age(age),
        sexw=pt.sexword,
        hist=hist,
        comparison=({"none": "None.", "year": f"Outside study from {v.year - f.r.randint(2, 8)} (report only)."}.get(comp)
                    or ["Prior exam dated ", f.D(f.earlier(v, 30, 900), f.ch(["mdy", "mdy1", "long"])), "."]),
        tech=tech,
        pm=pm,
        pmline=(["Dual-chamber pacemaker (MR-conditional; serial no. ", L("device", f.serial()), ") noted; device checked by cardiology before and after the exam."]
                if exam.startswith("MRI") else ["Left chest pacemaker generator (serial ", L("device", f.serial()), " per implant card) with leads in the RA and RV."]),
        find=find, imp=imp,
        rad=with_cred(f, rad, "MD", ("full", "FL", "fml")),
        sdate=f.D(v, f.ch(["mdy", "mdy1"])),
        stime=f.time(),
    )
    d.template("""
        {fac} - DEPARTMENT OF RADIOLOGY
        PATIENT: {pt}        MRN: {mrn}
        DOB: {dob}   SEX: {sex}   ACCESSION #: {acc}
        EXAM: {exam} (CPT {cpt})
        EXAM DATE: {date} {time}
        ORDERING: {ordering}
        CLINICAL HISTORY: {age_phrase} {sexw}, {hist}.
        COMPARISON: {comparison}
        {tech}
        ?pm {pmline}
        {find}
        {imp}
        Electronically signed by {rad} on {sdate} at {stime}.
        """, ctx)


PATH_SPECS = [
    ("Prostate, needle core biopsies (12 cores)", "Prostatic adenocarcinoma, Gleason score 3+4=7 (Grade Group 2), in 4 of 12 cores, max 40% of core length.", "C61", "PSA 8.4, PI-RADS 4 lesion"),
    ("Skin, left forearm, shave", "Basal cell carcinoma, nodular type; peripheral margin involved, deep margin clear by 1.2 mm.", "C44.612", "changing pigmented lesion x6 months"),
    ("Colon, sigmoid at 25 cm, polypectomy", "Tubular adenoma (0.8 cm); negative for high-grade dysplasia.", "D12.5", "screening colonoscopy"),
    ("Breast, right, core biopsy 10 o'clock 4 cm FN", "Invasive ductal carcinoma, Nottingham grade 2 (3+2+1); ER 95%, PR 80%, HER2 1+ (negative).", "C50.911", "BI-RADS 5 mass"),
    ("Gallbladder, cholecystectomy", "Chronic cholecystitis with cholelithiasis; no dysplasia.", "K80.10", "biliary colic"),
    ("Lymph node, left axillary, excision", "Classic Hodgkin lymphoma, nodular sclerosis type; CD30+, CD15+, CD20-.", "C81.12", "persistent lymphadenopathy, B symptoms"),
]


def s_pathology(f, d):
    pt = f.person()
    v = f.visit()
    age, dob = f.age_dob(v)
    sub, path = f.person(), f.person()
    spec, dx, icd, hist = f.ch(PATH_SPECS)
    rec = f.later(v, 0, 2)
    rep = f.later(rec, 1, 6)
    ctx = dict(
        acc=L("id", f"S{v.year % 100}-{f.digits(5)}"),
        pt=L("name", pt.fmt(f.ch(["LF", "LFM", "lf"]))),
        mrn=L("mrn", f.mrn()),
        dob=f.D(dob, f.ch(["mdy", "mdy1"])),
        age=f.age(age, "num"),
        sex=pt.sex,
        col=f.D(v, "mdy"), rec=f.D(rec, "mdy"), rep=f.D(rep, "mdy"),
        sub=["Dr. ", L("name", sub.fmt(f.ch(["full", "fml", "il"])))],
        hist=hist,
        labelname=L("name", pt.fmt(f.ch(["FL", "FML", "LF"]))),
        spec=spec,
        dims=f"{f.r.randint(2, 40) / 10:.1f} x {f.r.randint(2, 20) / 10:.1f} x {f.r.randint(1, 9) / 10:.1f} cm",
        cass=f"A1-A{f.r.randint(2, 6)}",
        dx=dx, icd=icd,
        cpt=f.ch(["88305 x3", "88305, 88342 x3", "88307", "88305"]),
        consult=f.p(0.3),
        cons=["Dr. ", L("name", f.person().fmt(f.ch(["full", "il"])))],
        path=with_cred(f, path, "MD", ("full", "fml", "FL")),
        sdate=f.D(rep, f.ch(["mdy", "long"])),
    )
    d.template("""
        SURGICAL PATHOLOGY REPORT                Accession No: {acc}
        Patient Name: {pt}    Med Rec #: {mrn}
        DOB: {dob} (Age: {age})   Sex: {sex}
        Collected: {col}   Received: {rec}   Reported: {rep}
        Submitting physician: {sub}
        Clinical history: {hist}.
        GROSS: Received in formalin labeled with the patient's name "{labelname}" and "{spec}" is tan tissue measuring {dims}, entirely submitted in cassettes {cass}.
        FINAL DIAGNOSIS: {spec}: {dx}
        ?consult Case reviewed in intradepartmental consultation with {cons}, who concurs.
        ICD-10: {icd}   CPT: {cpt}
        Pathologist: {path} (electronically signed {sdate})
        """, ctx)


def s_discharge(f, d):
    pt = f.person()
    adm = f.visit()
    age, dob = f.age_dob(adm)
    dis = f.later(adm, 2, 12)
    att, pcp = f.person(), f.person()
    relp, rel = f.relative(pt)
    problem, course = f.ch([
        ("community-acquired pneumonia", "was treated with ceftriaxone 1 g IV q24h and azithromycin 500 mg x3 days with defervescence by hospital day 2."),
        ("acute on chronic systolic heart failure", "was diuresed with furosemide 40 mg IV BID, net -4.2 L, weight 88.1 -> 84.0 kg."),
        ("sepsis from E. coli pyelonephritis", "received 30 mL/kg NS and cefepime, narrowed to ceftriaxone; lactate 3.4 -> 1.1."),
        ("right femoral neck fracture after a fall", "underwent hemiarthroplasty on hospital day 1 without complication; Hgb nadir 8.9."),
        ("DKA", "was managed on insulin drip per protocol; anion gap closed within 14 hrs, A1c 11.2%."),
        ("COPD exacerbation", "was treated with prednisone 40 mg x5 days, nebulized albuterol/ipratropium and doxycycline."),
    ])
    cx = f.p(0.45)
    dispo = f.ch(["rel", "addr", "town", "snf"])
    study = f.p(0.25)
    ctx = dict(
        pt=L("name", pt.fmt(f.ch(["full", "fml", "lf", "LF"]))),
        mrn=L("mrn", f.mrn()),
        acct_on=f.p(0.6),
        acct=L("account", f.acct()),
        adm=f.D(adm, f.ch(["mdy", "mdy1", "long", "iso"])),
        dis=f.D(dis, f.ch(["mdy", "mdy1", "long", "iso"])),
        att=name_or_dr(f, att, ("full", "fml")),
        pcp=name_or_dr(f, pcp, ("full", "il")),
        pcpphone_on=f.p(0.5),
        pcpphone=L("phone", f.phone()),
        title=pt.title,
        last=L("name", pt.fmt("last")),
        age_phrase=f.age(age),
        sexw=pt.sexword,
        pmh=f.ch(PMH),
        adm_short=f.D(adm, f.ch(["md", "month_d", "ord"])),
        problem=problem,
        course=course,
        cx=cx,
        cxtext=f.ch(["an episode of AFib with RVR (HR 140s), rate controlled with metoprolol", "delirium, managed without antipsychotics",
                     "AKI (Cr 1.1 -> 1.9), resolved with fluids", "C. difficile colitis, started oral vancomycin 125 mg QID"]),
        cxdate=f.D(f.later(adm, 1, 2), f.ch(["md", "mon_d", "month_d"])),
        pronoun=pt.he.capitalize(),
        cm=f.p(0.4),
        cmname=L("name", f.person().fmt(f.ch(["full", "first"]))),
        meds="; ".join(f.r.sample(MEDS, 3)),
        study=study,
        studyid=L("id", f"{f.letters(3)}-{f.digits(4)}"),
        dispo=({"rel": ["Home with ", relative_phrase(f, pt, relp, rel), "."],
                "addr": ["Home (", L("address", f.address1()), ") with VNA services."],
                "town": ["Home to ", L("address", f.ch(TOWNS)), " with outpatient PT."],
                "snf": ["Maple Court SNF for short-term rehab; report called to charge nurse."]})[dispo],
        fu=["Dr. ", L("name", pcp.fmt("last")), " on ", f.D(f.later(dis, 3, 14), f.ch(["mdy", "month_d", "md", "abbr"])),
            f" at {f.ch(['9:30', '10:15', '14:00', '3:45 pm'])}; BMP in 1 week; cardiology clinic in 4-6 weeks."],
    )
    d.template("""
        DISCHARGE SUMMARY
        Patient: {pt}    MRN: {mrn}
        ?acct_on Acct #: {acct}
        Admission date: {adm}    Discharge date: {dis}
        Attending: {att}    PCP: {pcp}
        ?pcpphone_on PCP office: {pcpphone}

        HOSPITAL COURSE: {title} {last} is a {age_phrase} {sexw} with {pmh} who presented on {adm_short} with {problem}. {pronoun} {course}
        ?cx Course complicated by {cxtext} on {cxdate}.
        ?study Enrolled in the HEART-FX observational study (Study ID {studyid}); no study drug given.
        ?cm Discharge plan reviewed with {cmname} from case management, who arranged transport.
        DISCHARGE MEDICATIONS: {meds}.
        DISPOSITION: {dispo}
        FOLLOW-UP: {fu}
        """, ctx)


def s_referral(f, d):
    pt = f.person()
    v = f.visit()
    age, dob = f.age_dob(v)
    frm, to = f.person(), f.person()
    relp, rel = f.relative(pt)
    cond, story = f.ch([
        ("a resting tremor of the right hand", "Examination shows cogwheel rigidity and bradykinesia; I suspect idiopathic Parkinson disease and would value your opinion on starting carbidopa-levodopa 25/100 mg."),
        ("poorly controlled type 2 diabetes", "Despite metformin 1000 mg BID and semaglutide 1 mg weekly, the A1c remains 9.4%. Weight 104 kg, BMI 36.1."),
        ("exertional chest discomfort", "A treadmill ECG (Bruce protocol, 7 min) showed 1.5 mm ST depression in V4-V6 at 85% of maximum heart rate."),
        ("recurrent falls and memory complaints", "MoCA today was 19/30. B12 and TSH are normal; CT head from 2022 showed only mild atrophy."),
        ("iron-deficiency anaemia", "Hgb 9.8 g/dL, ferritin 6; FIT positive. A colonoscopy in 2016 was normal."),
    ])
    phone_on = f.p(0.7)
    ctx = dict(
        clinic=f.ch(CLINICS),
        cstreet=L("address", f.street()),
        ccity=L("address", f.city_line()),
        cphone=L("phone", f.phone()),
        cfax=L("fax", f.phone()),
        ldate=f.D(v, f.ch(["long", "dlong", "abbr"])),
        to=["Dr. ", L("name", to.fmt(f.ch(["full", "fml"])))],
        toprac=f.ch(CLINICS + ["Department of Neurology, " + f.ch(FACILITIES)]),
        toaddr=f.p(0.5),
        tostreet=L("address", f.street()),
        tocity=L("address", f.city_line()),
        re=L("name", pt.fmt(f.ch(["full", "fml", "FL"]))),
        dob=f.D(dob, f.ch(["mdy", "long", "dlong"])),
        mrn_on=f.p(0.5),
        mrn=L("mrn", f.mrn()),
        tolast=L("name", to.fmt("last")),
        title=pt.title,
        last=L("name", pt.fmt("last")),
        age_phrase=f.age(age, f.ch(["yo-dash", "words"])),
        since=str(v.year - f.r.randint(2, 9)),
        cond=cond, story=story,
        rel_on=f.p(0.6),
        relw=f"{pt.his.capitalize()} {rel}",
        relname=L("name", relp.fmt(f.ch(["full", "first"]))),
        phone_on=phone_on,
        his=pt.his,
        ptphone=L("phone", f.phone()),
        email_on=phone_on and f.p(0.5),
        ptemail=L("email", f.email(pt)),
        sig=L("name", frm.fmt(f.ch(["full", "fml"]))),
        cred=f.ch(["MD", "MBBS, MRCP", "DO", "MD, FACP"]),
        role=f.ch(["Family Physician", "Internal Medicine", "Geriatric Medicine"]),
        npi_on=f.p(0.55),
        npi=L("license", f.npi()),
        lic_on=f.p(0.35),
        lic=L("license", f.med_lic()),
        st=f.ch(STATES),
        femail_on=f.p(0.5),
        femail=L("email", f.email(frm)),
    )
    d.template("""
        {clinic}
        {cstreet}
        {ccity}
        Tel {cphone}  |  Fax {cfax}

        {ldate}

        {to}
        {toprac}
        ?toaddr {tostreet}
        ?toaddr {tocity}

        Re: {re}, DOB {dob}
        ?mrn_on Our record no.: {mrn}

        Dear Dr. {tolast},

        Thank you for seeing {title} {last}, a {age_phrase} {sexw} whom I have looked after since {since}, regarding {cond}. {story}
        ?rel_on {relw}, {relname}, usually accompanies {him} to appointments.
        ?phone_on {title} {last} can be reached on {ptphone}.
        ?email_on {title} {last} prefers e-mail: {ptemail}.

        Yours sincerely,

        {sig}, {cred}
        {role}
        ?npi_on NPI {npi}
        ?lic_on {st} medical licence no. {lic}
        ?femail_on {femail}
        """, {**ctx, "sexw": pt.sexword, "him": "him" if pt.sex == "M" else "her"})


def s_telephone(f, d):
    pt = f.person()
    v = f.visit()
    age, dob = f.age_dob(v)
    relp, rel = f.relative(pt)
    staff, md = f.person(), f.person()
    self_call = f.p(0.4)
    reason, advice = f.ch([
        ("vomiting x2 days, unable to keep down metformin 1000 mg; no blood. Drinking ~500 mL/day.",
         "Advised to hold metformin and go to the ED if unable to keep fluids down or any confusion."),
        ("BP at home 182/104 and 176/98 this morning, mild HA, no CP/SOB. Taking amlodipine 10 mg daily.",
         "Advised to recheck BP in 1 hr after resting 5 min; call back if >180/110."),
        ("requesting refill of levothyroxine 88 mcg, 90-day supply; last TSH 2.4.", "Rx sent to pharmacy on file."),
        ("wound on L heel draining yellow fluid since Sunday, temp 38.2 last night.", "Scheduled for wound check tomorrow at 09:40."),
        ("asking whether to hold warfarin before dental extraction; INR 2.6 last week.",
         "Per protocol hold warfarin x2 doses; recheck INR Friday."),
        ("new rash after starting amoxicillin 500 mg TID x2 days; no lip swelling, no SOB.",
         "Stop amoxicillin; cetirizine 10 mg daily; ED if lip or tongue swelling."),
    ])
    fax = f.p(0.4)
    ctx = dict(
        date=f.D(v, f.ch(["mdy", "mdy1", "iso", "dash"])),
        time=f.time(),
        caller=(["self (", L("name", pt.fmt(f.ch(["full", "first"]))), ")"] if self_call
                else [L("name", relp.fmt(f.ch(["full", "first", "lf"]))), f" ({rel})"]),
        cb=L("phone", f.phone()),
        pt=L("name", pt.fmt(f.ch(["full", "lf", "LF", "fml"]))),
        dob=f.D(dob, f.ch(["mdy", "mdy1", "mdy2"])),
        mrn=L("mrn", f.mrn()),
        age=f.age(age, f.ch(["yo", "y/o", "num"])),
        reason=reason,
        advice=advice,
        sched=f.p(0.4),
        schedname=L("name", f.person().fmt(f.ch(["first", "full"]))),
        fax=fax,
        faxto=f.ch(["the pt's cardiologist", "Greenleaf Pharmacy", "the SNF", "the home health agency"]),
        faxno=L("fax", f.phone()),
        email_on=f.p(0.25),
        email=L("email", f.email(relp if not self_call else pt)),
        staff=with_cred(f, staff, f.ch(["LPN", "RN", "MA"]), ("full", "fi", "il")),
        md=L("name", md.fmt(f.ch(["last", "full"]))),
    )
    d.template("""
        TELEPHONE ENCOUNTER    {date} {time}
        Caller: {caller}    Call-back #: {cb}
        Re: {pt}   DOB {dob}   MRN {mrn}   Age {age}
        Reason for call: {reason}
        {advice} Caller verbalized understanding; teach-back done.
        ?sched Transferred to {schedname} in scheduling for the follow-up slot.
        ?fax Last office note and med list faxed to {faxto} at {faxno}.
        ?email_on Caller asked that a copy of the instructions be sent to {email}.
        Documented by {staff}; routed to Dr. {md} for review.
        """, ctx)


def s_medrec(f, d):
    pt = f.person()
    v = f.visit()
    age, dob = f.age_dob(v)
    relp, rel = f.relative(pt)
    ph = f.person()
    meds = f.r.sample(MEDS, f.r.randint(3, 5))
    lines = []
    for i, m in enumerate(meds, 1):
        if i == 1 or f.p(0.3):
            lines.append([f" {i}. {m} - last filled ", f.D(f.earlier(v, 3, 80), f.ch(["mdy", "md", "mdy2"])), ", Rx# ", L("id", f.digits(7)), "\n"])
        else:
            lines.append(f" {i}. {m}{f.ch(['', ' (pt takes 1/2 tab)', ' - not taking x2 wks', ' - confirmed by bottle'])}\n")
    ctx = dict(
        date=f.D(v, f.ch(["mdy", "mdy1", "abbr"])),
        pt=L("name", pt.fmt(f.ch(["LF", "lf", "full"]))),
        mrn=L("mrn", f.mrn()),
        dob_on=f.p(0.5),
        dob=f.D(dob, "mdy"),
        room=str(f.r.randint(200, 799)),
        src=f"pt interview, {rel}",
        relname=L("name", relp.fmt(f.ch(["full", "first"]))),
        pharm=f.ch(PHARMACIES),
        paddr=L("address", f.ch([f.address1(), f.street()])),
        pphone=L("phone", f.phone()),
        pfax_on=f.p(0.5),
        pfax=L("fax", f.phone()),
        payer=f.ch(PAYERS),
        hp=L("health_plan", f.health_plan()),
        allergies=f.ch(ALLERGIES),
        meds=lines,
        disc=f.ch(["none", "home dose of lisinopril 20 mg vs 10 mg in chart - clarified with PCP", "pt not taking atorvastatin since 2022 (myalgias)",
                   "duplicate PPI (omeprazole + pantoprazole) - d/c'd omeprazole"]),
        ph=with_cred(f, ph, "PharmD", ("full", "il", "fml")),
        dea_on=f.p(0.3),
        presc=["Dr. ", L("name", f.person().fmt(f.ch(["full", "il"])))],
        dea=L("license", f.dea(f.person().last)),
        vtime=f.time(),
    )
    d.template("""
        MEDICATION RECONCILIATION - PHARMACY   {date}
        Patient: {pt}   MRN: {mrn}   Rm {room}
        ?dob_on DOB: {dob}
        Sources: {src} ({relname}), outpatient fill history
        Outpatient pharmacy: {pharm}, {paddr}; ph {pphone}
        ?pfax_on Pharmacy fax: {pfax}
        Insurance: {payer}, member ID {hp}
        Allergies: {allergies}
        Home medications:
        {meds}Discrepancies: {disc}
        ?dea_on Controlled Rx prescriber: {presc}, DEA {dea}
        Reconciled by {ph} at {vtime}
        """, ctx)


def s_portal(f, d):
    pt = f.person()
    v = f.visit()
    age, dob = f.age_dob(v, elderly=False)
    md = f.person()
    relp, rel = f.relative(pt)
    kind = f.ch(["sugar", "fall", "bill", "rash", "refill"])
    mdl = L("name", md.fmt("last").lower() if f.p(0.6) else md.fmt("last"))
    ptf = L("name", pt.fmt("firstlower"))
    if kind == "sugar":
        body = ["hi dr ", mdl, ", its ", ptf, " again. my sugars been high like 250-300 in the morning even w the lantus 22 units. should i go up to 24?? ",
                "also my new cell is ", L("phone", f.phone()), " the old one dont work anymore. thx"]
        subj = "sugars"
    elif kind == "fall":
        she = "he" if pt.sex == "M" else "she"
        body = ["hello this is ", L("name", relp.fmt("lower")), ", ", ptf, "s ", rel, ". ", she, " (dob ", f.D(dob, f.ch(["mdy1", "mdy"])),
                f") fell again sat night, no injury but {she}s scared. {she} lives w my brother in ", L("address", f.ch(TOWNS).lower()),
                " now. can someone call me back at ", L("phone", f.phone()), " or email ", L("email", f.email(relp)), "? thank u"]
        subj = "fall again"
    elif kind == "bill":
        body = ["question abt my bill - acct no ", L("account", f.acct()), ". my ins says member id ", L("health_plan", f.health_plan()),
                " was never billed for the visit on ", f.D(f.earlier(v, 10, 90), f.ch(["md", "mdy1", "mon_d"])), "?? pls fix. my zip is ",
                L("zip", f.zip()[:5]), " if u need it"]
        subj = "billing"
    elif kind == "rash":
        body = ["dr ", mdl, " i uploaded a pic of the rash here ", L("url", f.url(pt)), " , it started after the amoxicillin 500mg 2 days ago. ",
                "no trouble breathing. bp at home 138/82. should i stop it?"]
        subj = "rash pic"
    else:
        body = ["can u send my bp meds (amlodipine 5mg) to the pharmacy on ", L("address", f.street(lower=True)),
                "? ran out on tues. im at my daughters in ", L("address", f.ch(TOWNS)), " til ", f.D(f.later(v, 3, 20), f.ch(["md", "month_d", "ord"])),
                ". dob ", f.D(dob, f.ch(["mdy1", "mdy2"])), " thanks ", ptf]
        subj = "refill pls"
    ctx = dict(
        frm=L("name", pt.fmt(f.ch(["lower", "full", "LF"]))),
        frm_email_on=f.p(0.5),
        frm_email=L("email", f.email(pt)),
        to=["Dr. ", L("name", md.fmt(f.ch(["full", "il"])))],
        sent=f.D(v, f.ch(["mdy", "abbr", "iso"])),
        time=f.time(),
        subj=subj,
        body=body,
        meta=f.p(0.75),
        msgid=L("id", f"MSG-{f.digits(7)}"),
        ip=L("ip_address", f.ip()),
    )
    d.template("""
        From: {frm}
        ?frm_email_on Reply-to: {frm_email}
        To: {to} (Care Team)
        Sent: {sent} {time}
        Subject: {subj}

        {body}
        ?meta -- portal message {msgid} | submitted from IP {ip}
        """, ctx)


def s_prior_auth(f, d):
    pt = f.person()
    v = f.visit()
    age, dob = f.age_dob(v, elderly=f.p(0.1))
    md, contact = f.person(), f.person()
    drug, qty, icd, prior = f.ch([
        ("adalimumab 40 mg/0.4 mL pen", "2 pens / 28 days", ("L40.50", "psoriatic arthritis"), "methotrexate 15 mg weekly x6 mo (2022), sulfasalazine 1 g BID"),
        ("semaglutide 1 mg/0.75 mL pen", "4 pens / 28 days", ("E11.65", "T2DM with hyperglycemia"), "metformin 1000 mg BID x3 yrs; A1c 8.9%"),
        ("apremilast 30 mg tab", "60 tabs / 30 days", ("L40.0", "psoriasis vulgaris"), "clobetasol 0.05% oint, NB-UVB x24 sessions"),
        ("ocrelizumab 600 mg IV q6mo", "1 infusion", ("G35", "multiple sclerosis"), "dimethyl fumarate 240 mg BID (2019-2023), relapse"),
        ("dupilumab 300 mg/2 mL", "2 syringes / 28 days", ("L20.9", "atopic dermatitis"), "tacrolimus 0.1% oint, cyclosporine 3 mg/kg x4 mo"),
    ])
    ctx = dict(
        date=f.D(v, f.ch(["mdy", "mdy1"])),
        urg=f.ch(["No", "Yes - 72 hr"]),
        pt=L("name", pt.fmt(f.ch(["LFM", "LF", "lfm"]))),
        hp=L("health_plan", f.health_plan()),
        dob=f.D(dob, f.ch(["mdy", "dash"])),
        age_on=age > 89,
        age=L("age", str(age)),
        ssn_on=f.p(0.45),
        ssn=L("ssn", f.ssn()),
        street=L("address", f.street()),
        city=L("address", f.ch(TOWNS)),
        st=f.ch(STATES),
        zip=L("zip", f.zip()),
        phone=L("phone", f.phone()),
        md=L("name", md.fmt(f.ch(["full", "fml", "lf"]))),
        spec=f.ch(["Rheumatology", "Endocrinology", "Dermatology", "Neurology"]),
        npi=L("license", f.npi()),
        dea=L("license", f.dea(md.last)),
        ophone=L("phone", f.phone()),
        ofax=L("fax", f.phone()),
        contact_on=f.p(0.6),
        contact=L("name", contact.fmt(f.ch(["full", "fi"]))),
        cemail=L("email", f.email(contact)),
        drug=drug, qty=qty, days=str(f.ch([28, 30, 84, 90])),
        icd=icd[0], icdd=icd[1],
        prior=prior,
        ref=L("id", f.ch([f"PA-{v.year}-{f.digits(6)}", f"CLM{f.digits(11)}", f"{f.digits(4)}-{f.digits(4)}"])),
    )
    d.template("""
        PRIOR AUTHORIZATION REQUEST - PHARMACY BENEFIT
        Date of request: {date}        Urgent: {urg}
        SECTION A - MEMBER
        Member name: {pt}
        Member ID: {hp}        DOB: {dob}
        ?age_on Age: {age}
        ?ssn_on SSN: {ssn}
        Street: {street}
        City: {city}   State: {st}   ZIP: {zip}
        Phone: {phone}
        SECTION B - PRESCRIBER
        Name: {md}   Specialty: {spec}
        NPI: {npi}   DEA: {dea}
        Office phone: {ophone}   Fax: {ofax}
        ?contact_on Office contact: {contact}, {cemail}
        SECTION C - MEDICATION
        Drug/strength: {drug}   Qty: {qty}   Days supply: {days}
        Diagnosis (ICD-10): {icd} {icdd}
        Prior therapies tried/failed: {prior}
        Reference/Claim #: {ref}
        """, ctx)


def s_home_health(f, d):
    pt = f.person()
    v = f.visit()
    age, dob = f.age_dob(v, elderly=f.p(0.35))
    relp, rel = f.relative(pt)
    rn, cm = f.person(), f.person()
    addr_style = f.ch(["one", "two"])
    ctx = dict(
        pt=L("name", pt.fmt(f.ch(["full", "lf", "fml"]))),
        date=f.D(v, f.ch(["mdy", "mdy1", "mdy2"])),
        t1=f.ch(["0905", "09:05", "1310", "14:20"]),
        t2=f.ch(["1010", "10:10", "1415", "15:30"]),
        addr=(L("address", f.address1()) if addr_style == "one"
              else [L("address", f.street()), " (", L("address", f.ch(TOWNS)), "), ZIP ", L("zip", f.zip())]),
        plate_on=f.p(0.35),
        veh=f.ch(["white Honda CR-V", "blue Chevy Malibu", "grey Nissan Rogue"]),
        plate=L("vehicle", f.plate()),
        relw=rel,
        relname=L("name", relp.fmt(f.ch(["full", "first"]))),
        age_phrase=f.age(age),
        sexw=pt.sexword,
        homebound=f.ch(["requires walker + 1 assist, SOB after 10 ft", "leaves home only for dialysis MWF", "taxing effort to leave home, O2 dependent"]),
        subj=f.ch(["Pt reports appetite fair, sleeping in recliner.", "Denies CP, reports 2-pillow orthopnea.", "c/o L heel pain 5/10, took Tylenol 650 mg at 0700."]),
        vitals=vitals(f),
        wt=f"{f.r.randint(480, 1100) / 10:.1f}",
        wound=f.ch(["Sacral stage 3 wound 3.0 x 2.1 x 0.5 cm, granulation 80%, packed with alginate.", "L BKA stump healed, no erythema.", "No edema; lungs clear bilat."]),
        ap=f.ch(["Cont wound care 3x/wk, reinforce offloading.", "Weight up 1.8 kg in 3 days, called Dr. office re: Lasix.", "Med box filled for 2 wks; pt independent with insulin pen."]),
        cphone=L("phone", f.phone()),
        ptfirst_on=f.p(0.5),
        ptfirst=L("name", pt.fmt("first")),
        nextd=f.D(f.later(v, 2, 7), f.ch(["md", "mon_d", "mdy1"])),
        cm=L("name", cm.fmt(f.ch(["full", "fi"]))),
        cmphone=L("phone", f.phone(f.ch(["dash", "paren", "local"]))),
        rn=with_cred(f, rn, "RN", ("full", "fml", "il")),
    )
    d.template("""
        HOME HEALTH - SKILLED NURSING VISIT
        Patient: {pt}   Visit: {date}   Time in {t1} / out {t2}
        Address: {addr}
        ?plate_on Parking: pt's {relw} parks a {veh} (plate {plate}) in the driveway - park on street.
        {age_phrase} {sexw}, homebound: {homebound}.
        S: {subj}
        ?ptfirst_on {ptfirst} was pleasant and engaged; {relw} present for teaching.
        O: {vitals}. Wt {wt} kg. {wound}
        A/P: {ap}
        Caregiver: {relw} {relname}, {cphone}
        Next SN visit {nextd}. Case manager {cm}, RN, {cmphone}.
        Clinician: {rn}
        """, ctx)


def s_lab_req(f, d):
    pt = f.person()
    v = f.visit()
    age, dob = f.age_dob(v)
    md, md2 = f.person(), f.person()
    icds = f.r.sample(ICD, 2)
    ctx = dict(
        req=L("id", f.ch([f"RQ-{f.digits(6)}", f"{f.digits(10)}", f"LR{v.year % 100}{f.digits(6)}"])),
        pt=L("name", pt.fmt(f.ch(["LF", "lf", "LFM"]))),
        sex=pt.sex,
        dob=f.D(dob, f.ch(["mdy", "mdy1", "dash"])),
        phone=L("phone", f.phone()),
        ssn_on=f.p(0.55),
        ssn=L("ssn", f.ssn()),
        addr_on=f.p(0.7),
        addr=L("address", f.street()),
        city=L("address", f.ch(TOWNS)),
        st=f.ch(STATES),
        zip=L("zip", f.zip()),
        mrn=L("mrn", f.mrn()),
        acct=L("account", f.acct()),
        payer=f.ch(PAYERS),
        hp=L("health_plan", f.health_plan()),
        md=L("name", md.fmt(f.ch(["lf", "full", "LF"]))),
        npi=L("license", f.npi()),
        copy=f.p(0.45),
        md2=L("name", md2.fmt(f.ch(["full", "il"]))),
        fax=L("fax", f.phone()),
        tests=f.ch(["CBC w/ diff (85025), CMP (80053), HbA1c (83036)", "Lipid panel (80061), TSH (84443), UA (81003)",
                    "PT/INR (85610), BMP (80048)", "CBC (85027), ferritin (82728), B12 (82607)"]),
        icd=f"{icds[0][0]}, {icds[1][0]}",
        cdate=f.D(f.later(v, 0, 5), f.ch(["mdy", "mdy1", "iso"])),
        ctime=f.ch(["07:45", "0815", "10:30", "1:20 pm"]),
        fast=f.ch(["Y (12 h)", "N"]),
        col=L("name", f.person().fmt(f.ch(["ini", "fi"]))),
        prior=labs(f),
        pdate=f.D(f.earlier(v, 30, 300), f.ch(["md", "mdy2", "mon_d"])),
    )
    d.template("""
        LABORATORY REQUISITION              Req #: {req}
        Patient (Last, First): {pt}     Sex: {sex}
        DOB: {dob}     Phone: {phone}
        ?ssn_on SSN: {ssn}
        ?addr_on Address: {addr}, {city}, {st}  Zip {zip}
        MRN: {mrn}     Account #: {acct}
        Bill to: {payer}   Policy/Member #: {hp}
        Ordering provider: {md}   NPI {npi}
        ?copy Copy results to: {md2}, fax {fax}
        Tests: {tests}
        Dx (ICD-10): {icd}
        Collection: {cdate} {ctime}   Fasting: {fast}   Collected by: {col}
        Prior results ({pdate}): {prior}
        """, ctx)


OPS = [
    ("Right total hip arthroplasty", "27130", "right hip osteoarthritis", ["acetabular shell", "femoral stem"],
     "Posterior approach. Acetabulum reamed to 53 mm, 54 mm shell press-fit with two screws. Femur broached to size 12.", "none"),
    ("Left total knee arthroplasty", "27447", "left knee osteoarthritis", ["femoral component", "tibial baseplate"],
     "Medial parapatellar arthrotomy. Tourniquet 250 mmHg x 68 min. Cemented components, 10 mm poly insert.", "none"),
    ("Laparoscopic cholecystectomy", "47562", "symptomatic cholelithiasis", [],
     "Four ports; critical view of safety obtained; cystic duct and artery clipped and divided. Gallbladder removed in Endo Catch bag.", "gallbladder"),
    ("Dual-chamber pacemaker implantation", "33208", "sick sinus syndrome", ["pulse generator", "RA lead", "RV lead"],
     "Left cephalic cutdown; RA and RV leads placed, R wave 12 mV, threshold 0.5 V @ 0.4 ms. Pocket irrigated.", "none"),
    ("Open reduction internal fixation, right distal radius", "25607", "right distal radius fracture", ["volar locking plate"],
     "Volar Henry approach; fracture reduced under fluoroscopy and fixed with volar locking plate and 7 screws.", "none"),
    ("Sigmoid colectomy with end colostomy (Hartmann procedure)", "44143", "perforated sigmoid diverticulitis", [],
     "Lower midline laparotomy; 300 mL purulent fluid evacuated; sigmoid resected, end colostomy matured in LLQ.", "sigmoid colon"),
]


def s_operative(f, d):
    pt = f.person()
    v = f.visit()
    age, dob = f.age_dob(v)
    surg, asst, anes = f.person(), f.person(), f.person()
    proc, cpt, dx, parts, desc, spec = f.ch(OPS)
    imp = []
    if parts:
        n = len(parts)
        for i in range(n):
            imp += [parts[i % len(parts)], " SN ", L("device", f.serial())]
            imp.append("; " if i < n - 1 else "")
    else:
        imp = ["none"]
    ctx = dict(
        pt=L("name", pt.fmt(f.ch(["full", "LF", "lf"]))),
        mrn=L("mrn", f.mrn()),
        dos=f.D(v, f.ch(["mdy", "mdy1", "long"])),
        age_phrase=f.age(age),
        sexw=pt.sexword,
        surg=["Dr. ", L("name", surg.fmt(f.ch(["full", "fml"])))],
        asst=with_cred(f, asst, f.ch(["PA-C", "MD (PGY-4)", "NP"]), ("full", "il")),
        anes=with_cred(f, anes, "MD", ("full", "il", "lf")),
        atype=f.ch(["general ETT", "spinal + MAC", "general LMA"]),
        dx=dx, proc=proc, cpt=cpt,
        imp=imp,
        ebl=str(f.ch([25, 50, 150, 350, 400])),
        ivf=str(f.ch([800, 1200, 1800, 2100])),
        uop=str(f.ch([150, 300, 400, 650])),
        spec=spec,
        desc=desc,
        txa=f.p(0.5),
        ptime=f.time(),
        bed=f.ch(["PACU bay 4", "PACU", "SICU bed 12"]),
    )
    d.template("""
        OPERATIVE REPORT
        Patient: {pt}    MRN: {mrn}    Date of surgery: {dos}
        Surgeon: {surg}    Assistant: {asst}
        Anesthesia: {anes} ({atype})
        Preoperative diagnosis: {dx}. Postoperative diagnosis: same.
        Procedure: {proc} (CPT {cpt})
        Implants: {imp}
        EBL {ebl} mL. IVF {ivf} mL LR. UOP {uop} mL via Foley. Specimens: {spec}.
        Indications: {age_phrase} {sexw} with {dx} refractory to conservative care.
        Description: The patient was identified by name and DOB in the holding area, the site was marked, and a time-out was performed. {desc}
        ?txa Tranexamic acid 1 g IV given at incision and at closure.
        Counts correct x2. Transferred to {bed} in stable condition at {ptime}.
        """, ctx)


def s_consent(f, d):
    pt = f.person()
    v = f.visit()
    age, dob = f.age_dob(v)
    md, wit, interp = f.person(), f.person(), f.person()
    relp, rel = f.relative(pt)
    proxy = f.p(0.45) or age > 89
    proc = f.ch(["Colonoscopy with possible polypectomy", "Cardiac catheterization, possible PCI", "Upper endoscopy (EGD) with biopsy",
                 "Transfusion of blood products", "Lumbar puncture", "Right total knee arthroplasty"])
    ctx = dict(
        fac=f.ch(FACILITIES).upper(),
        PROC=proc.upper(),
        signer=L("name", (relp if proxy else pt).fmt(f.ch(["full", "fml"]))),
        role=(["the ", rel, " and health care agent for ", L("name", pt.fmt(f.ch(["full", "fml"])))] if proxy else "the patient"),
        proc=proc,
        md=L("name", md.fmt(f.ch(["full", "fml", "il"]))),
        risk=f.ch(["perforation (about 1 in 1,000)", "bleeding (1-2%)", "infection (<1%)", "post-dural puncture headache (10-30%)"]),
        interp_on=f.p(0.4),
        interp=L("name", interp.fmt(f.ch(["full", "fi"]))),
        lang=f.ch(["Spanish", "Vietnamese", "Haitian Creole", "Polish", "Amharic", "Mandarin"]),
        interp_id=L("id", f.digits(5)),
        sdate=f.D(v, f.ch(["mdy", "mdy1", "mdy2"])),
        stime=f.time(),
        proxy=proxy,
        relw=rel,
        phone=L("phone", f.phone()),
        wit=L("name", wit.fmt(f.ch(["full", "il", "FL"]))),
        wdate=f.D(v, f.ch(["mdy", "mdy1"])),
        PT=L("name", pt.fmt(f.ch(["LFM", "LF", "FL"]))),
        mrn=L("mrn", f.mrn()),
        dob=f.D(dob, f.ch(["mdy", "mdy1"])),
        esig=f.p(0.15),
        bio=L("biometric", f"SIG-{f.letters(2)}{f.digits(6)}"),
    )
    d.template("""
        {fac} - INFORMED CONSENT FOR {PROC}
        I, {signer}, {role}, consent to: {proc}, to be performed by Dr. {md} and such assistants as may be selected.
        The nature and purpose of the procedure, the alternatives, and the risks, including {risk}, reaction to sedation and the rare need for further surgery, have been explained to me. I have had the chance to ask questions.
        ?interp_on Interpreter: {interp} ({lang}, interpreter ID {interp_id}), present in person.
        Signature of patient/representative: ____________   Date: {sdate}  Time: {stime}
        ?proxy Relationship to patient: {relw}.  Phone: {phone}
        ?esig Captured on signature pad; biometric signature record {bio}.
        Witness: {wit}, RN     Date: {wdate}
        PATIENT: {PT}   MRN: {mrn}   DOB: {dob}
        """, ctx)


def s_social_work(f, d):
    pt = f.person()
    v = f.visit()
    age, dob = f.age_dob(v, elderly=f.p(0.15))
    md, sw = f.person(), f.person()
    relp, rel = f.relative(pt)
    car = f.p(0.6)
    ctx = dict(
        date=f.D(v, f.ch(["mdy", "mdy1", "long"])),
        md=name_or_dr(f, md, ("full", "last", "il")),
        reason=f.ch(["housing insecurity", "concern for neglect", "medication affordability", "discharge planning, lives alone"]),
        pt=L("name", pt.fmt(f.ch(["full", "fml", "lf"]))),
        age_phrase=f.age(age),
        sexw=pt.sexword,
        relw=rel,
        relname=L("name", relp.fmt(f.ch(["full", "first"]))),
        car=car,
        since=f.D(f.earlier(v, 20, 200), f.ch(["month_d", "md", "ord"])),
        veh=f.ch(["2009 Toyota Corolla", "2012 Dodge Caravan", "2006 Honda Accord"]),
        plate=L("vehicle", f.plate()),
        vin_on=car and f.p(0.6),
        vin=L("vehicle", f.vin()),
        nocar=not car,
        town=L("address", f.ch(TOWNS)),
        addr=L("address", f.address1()),
        rphone=L("phone", f.phone()),
        income=f.ch(["SSDI $1,240/mo", "no income since job loss in 2023", "SSI + SNAP $291/mo", "pension, ~$1,900/mo"]),
        ssn_on=f.p(0.6),
        ssn=L("ssn", f.ssn()),
        dl_on=f.p(0.55),
        dl=L("license", f.dl()),
        mcd=L("health_plan", f.health_plan()),
        case_on=f.p(0.5),
        case=L("id", f"APS-{v.year}-{f.digits(5)}"),
        email_on=f.p(0.4),
        email=L("email", f.email(pt)),
        url_on=f.p(0.2),
        url=L("url", f.url(pt)),
        sw=with_cred(f, sw, f.ch(["LCSW", "MSW", "LICSW"]), ("full", "fml", "il")),
    )
    d.template("""
        SOCIAL WORK ASSESSMENT - {date}
        Referred by {md} (inpatient medicine) re: {reason}.
        Pt: {pt}, {age_phrase} {sexw}; interviewed at bedside with {relw} {relname} present.
        ?car Living situation: pt has been sleeping in {his} {veh} (plate {plate}) since {since}.
        ?vin_on Vehicle VIN {vin} recorded for the shelter parking program.
        ?nocar Living situation: lives alone at {addr}; {relw} lives in {town}, tel {rphone}.
        Income/benefits: {income}. Medicaid application submitted, pending ID {mcd}.
        ?ssn_on SSN verified for the application: {ssn}.
        ?dl_on ID: state driver's license {dl} (expired).
        ?case_on Adult Protective Services case #{case} opened.
        ?email_on Pt prefers contact by e-mail: {email}.
        ?url_on Pt shared a fundraising page for rent ({url}).
        Plan: follow up Thursday; coordinate with CM re: shelter bed and PCP appt.
        {sw}
        """, {**ctx, "his": pt.his})


def s_device_clinic(f, d):
    pt = f.person()
    v = f.visit()
    age, dob = f.age_dob(v, elderly=f.p(0.3))
    impl, reader = f.person(), f.person()
    dtype, model = f.ch([("PACEMAKER", "Medtronic Azure XT DR MRI (W1DR01)"), ("ICD", "Boston Scientific Resonate EL ICD D433"),
                         ("PACEMAKER", "Abbott Assurity MRI PM2272"), ("CRT-D", "Medtronic Cobalt XT HF CRT-D DTPA2D1")])
    ctx = dict(
        dtype=dtype,
        date=f.D(v, f.ch(["mdy", "mdy1", "iso"])),
        pt=L("name", pt.fmt(f.ch(["full", "LF", "lf"]))),
        dob=f.D(dob, f.ch(["mdy", "mdy1"])),
        mrn=L("mrn", f.mrn()),
        age_on=age > 89,
        age=f.age(age, f.ch(["yo", "y/o", "num"])),
        model=model,
        sn=L("device", f.serial()),
        leads=f.p(0.7),
        ralead=f.ch(["Medtronic 5076-52 cm", "Abbott Tendril STS 2088TC/52"]),
        rasn=L("device", f.serial()),
        rvlead=f.ch(["Medtronic 5076-58 cm", "Boston Sci Reliance 4-Front 0693"]),
        rvsn=L("device", f.serial()),
        idate=f.D(f.earlier(v, 100, 2500), f.ch(["mdy", "mdy1", "abbr"])),
        impl=name_or_dr(f, impl, ("full", "last")),
        ind=f.ch(["complete heart block", "sick sinus syndrome", "primary prevention, EF 25%", "Mobitz II AV block"]),
        batt=f"{f.r.randint(15, 125) / 10:.1f}",
        ra=str(f.r.randint(1, 98)), rv=str(f.r.randint(0, 99)),
        rvthr=f"{f.ch([0.5, 0.75, 1.0, 1.25])}",
        imp=str(f.r.randint(380, 900)),
        events=f.ch(["3 AHR episodes, longest 2 min 14 s; AF burden <1%", "no VT/VF episodes; no therapies delivered", "NSVT x1, 8 beats; no therapies"]),
        remote=f.p(0.6),
        mon=f.ch(["MyCareLink monitor", "LATITUDE communicator", "myMerlinPulse app"]),
        monsn=L("device", f.serial()),
        txdate=f.D(f.earlier(v, 1, 30), f.ch(["mdy", "md", "mon_d"])),
        ip=L("ip_address", f.ip()),
        reader=with_cred(f, reader, f.ch(["RN, CCDS", "MD", "NP"]), ("full", "fml")),
    )
    d.template("""
        DEVICE CLINIC - {dtype} INTERROGATION     {date}
        Patient: {pt}   DOB: {dob}   MRN: {mrn}
        ?age_on Age: {age}
        Device: {model}, serial # {sn}
        ?leads Leads: RA {ralead}, SN {rasn}; RV {rvlead}, SN {rvsn}
        Implanted {idate} by {impl} for {ind}.
        Battery {batt} yrs. Pacing RA {ra}% / RV {rv}%. RV threshold {rvthr} V @ 0.4 ms, impedance {imp} ohms.
        Events: {events}.
        ?remote Remote: {mon} (SN {monsn}), last transmission {txdate} 02:14 from IP {ip}.
        Plan: no changes; remote checks q91 days, in-clinic in 1 year.
        {reader}
        """, ctx)


def s_telehealth(f, d):
    pt = f.person()
    v = f.visit()
    age, dob = f.age_dob(v, elderly=f.p(0.15))
    md = f.person()
    relp, rel = f.relative(pt)
    loc = f.ch(["town", "addr", "work"])
    cc, hpi, ap = f.ch([
        ("BP follow-up", "Home BP log avg 142/88 over 14 days on lisinopril 20 mg. No CP, no edema.", "Increase lisinopril to 40 mg daily; BMP in 1-2 weeks."),
        ("depression f/u", "PHQ-9 today 11 (was 17 in 2023). Sleeping 6 h. On sertraline 100 mg.", "Continue sertraline; therapy referral placed; return 6 weeks."),
        ("COPD check-in", "Using albuterol 2-3x/day, SpO2 at home 93-95% RA, no fever.", "Start tiotropium 18 mcg daily; pulmonary rehab referral."),
        ("diabetes review", "CGM avg glucose 168 mg/dL, time in range 61%, A1c 7.8%.", "Increase glargine to 26 units; foot exam at next in-person visit."),
    ])
    ctx = dict(
        date=f.D(v, f.ch(["mdy", "iso", "abbr"])),
        time=f.time(),
        pt=L("name", pt.fmt(f.ch(["full", "lf", "fml"]))),
        dob=f.D(dob, f.ch(["mdy", "mdy1"])),
        mrn=L("mrn", f.mrn()),
        url=L("url", f"https://telehealth.example.org/room/{f.letters(3).lower()}-{f.digits(4)}-{f.letters(3).lower()}"),
        loc=({"town": ["home in ", L("address", f.ch(TOWNS))],
              "addr": [f"{pt.his} {rel}'s home at ", L("address", f.address1())],
              "work": ["workplace (private office)"]})[loc],
        ip_on=f.p(0.8),
        ip=L("ip_address", f.ip()),
        rel_on=f.p(0.4),
        relw=rel,
        relname=L("name", relp.fmt(f.ch(["first", "full"]))),
        cb=L("phone", f.phone()),
        cc=cc, hpi=hpi, ap=ap,
        age_phrase=f.age(age),
        sexw=pt.sexword,
        md=with_cred(f, md, f.ch(["MD", "DO", "NP", "PA-C"]), ("full", "fml")),
    )
    d.template("""
        TELEHEALTH VIDEO VISIT   {date}  {time}
        Patient: {pt}   DOB {dob}   MRN {mrn}
        Link: {url}
        Pt joined from {loc}.
        ?ip_on Session log: client IP {ip}, video 720p, no dropped connection.
        Identity verified (name + DOB). Verbal consent for telehealth obtained. Backup phone {cb}.
        ?rel_on Also present on camera: {relw} {relname}.
        CC: {cc}. {age_phrase} {sexw}. {hpi}
        A/P: {ap}
        Total time 25 min (CPT 99214-95).
        {md}
        """, ctx)


STYLES = {
    "ed_triage": s_ed_triage,
    "nursing_shift": s_nursing_shift,
    "radiology": s_radiology,
    "pathology": s_pathology,
    "discharge_summary": s_discharge,
    "referral_letter": s_referral,
    "telephone_encounter": s_telephone,
    "med_reconciliation": s_medrec,
    "portal_message": s_portal,
    "prior_authorization": s_prior_auth,
    "home_health": s_home_health,
    "lab_requisition": s_lab_req,
    "operative_note": s_operative,
    "consent_form": s_consent,
    "social_work": s_social_work,
    "device_clinic": s_device_clinic,
    "telehealth_visit": s_telehealth,
}

# ---------------------------------------------------------------------------
# Build, verify, write
# ---------------------------------------------------------------------------


def build_doc(doc_id, style):
    rng = random.Random(SEED * 1000 + doc_id)
    for _attempt in range(200):
        d = Doc()
        STYLES[style](Fake(rng), d)
        text = d.text()
        if 100 <= len(text) <= 1500:
            return text, d.spans
    raise SystemExit(f"doc {doc_id} ({style}): could not fit 100-1500 chars")


def verify(doc_id, style, text, spans):
    where = f"doc {doc_id} ({style})"
    assert 100 <= len(text) <= 1500, f"{where}: length {len(text)}"
    prev_end = -1
    for typ, s, e, value in spans:
        assert typ in TYPES, f"{where}: type {typ}"
        assert 0 <= s < e <= len(text), f"{where}: bad range {s}..{e}"
        assert text[s:e] == value, f"{where}: text[{s}:{e}]={text[s:e]!r} != {value!r}"
        assert s >= prev_end, f"{where}: overlapping spans at {s}"
        assert value == value.strip() and value[0] not in ",;:\"'" and value[-1] not in ",;:\"'.", f"{where}: untrimmed {value!r}"
        assert value.count("(") == value.count(")"), f"{where}: unbalanced parentheses in {value!r}"
        prev_end = e
    # A labelled value must not also occur, unlabelled, elsewhere in the text
    # (e.g. a surname leaking into a sentence that was not a placeholder).
    covered = [False] * len(text)
    for _, s, e, _ in spans:
        for i in range(s, e):
            covered[i] = True
    for typ, s, e, value in spans:
        if len(value) < 4:
            continue
        for m in re.finditer(re.escape(value), text):
            if not any(covered[m.start():m.end()]):
                raise AssertionError(f"{where}: {typ} value {value!r} also occurs unlabelled at {m.start()}")


def main():
    names = list(STYLES)
    order = [names[i % len(names)] for i in range(N_DOCS)]
    random.Random(SEED).shuffle(order)
    lines = []
    per_type = Counter()
    per_style = Counter()
    per_style_spans = Counter()
    type_by_style = defaultdict(Counter)
    lengths = []
    for doc_id, style in enumerate(order):
        text, spans = build_doc(doc_id, style)
        verify(doc_id, style, text, spans)
        per_style[style] += 1
        per_style_spans[style] += len(spans)
        lengths.append(len(text))
        for typ, *_ in spans:
            per_type[typ] += 1
            type_by_style[typ][style] += 1
        lines.append(json.dumps({
            "id": doc_id, "style": style, "text": text,
            "spans": [{"type": t, "start": s, "end": e} for t, s, e, _ in spans],
        }, ensure_ascii=False))
        assert 1 <= len(spans), f"doc {doc_id}: no spans"

    for t in TYPES:
        if t != "biometric":
            assert per_type[t] >= MIN_PER_TYPE, f"type {t}: only {per_type[t]} spans (need {MIN_PER_TYPE})"
    assert len(per_style) >= 12

    out = "\n".join(lines) + "\n"
    if "--check" in sys.argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == out
        print("notes.jsonl is", "up to date" if same else "STALE (re-run without --check)")
        return 0 if same else 1
    OUT.write_text(out, encoding="utf-8")

    total = sum(per_type.values())
    print(f"wrote {len(lines)} documents, {total} spans, {sum(lengths)} chars "
          f"(length {min(lengths)}-{max(lengths)}, mean {sum(lengths) / len(lengths):.0f}) to {OUT}")
    print("\nper type:")
    for t in TYPES:
        top = ", ".join(f"{s} {n}" for s, n in type_by_style[t].most_common(3))
        print(f"  {t:<12} {per_type[t]:>5}   ({top})")
    print("\nper style:        docs  spans  spans/doc")
    for s in STYLES:
        print(f"  {s:<20} {per_style[s]:>4} {per_style_spans[s]:>6} {per_style_spans[s] / per_style[s]:>9.1f}")
    spd = [len(json.loads(l)["spans"]) for l in lines]
    print(f"\nspans per document: min {min(spd)}, max {max(spd)}, mean {sum(spd) / len(spd):.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
