#!/usr/bin/env python3
"""Deterministic generator for the "intl" PHI evaluation corpus.

International patients, relatives and staff, written in English.
Writes notes.jsonl next to this script and prints span counts.

    python3 make_corpus.py            # (re)write notes.jsonl, print counts
    python3 make_corpus.py --check    # exit 1 if notes.jsonl differs

Everything is invented.  Offsets are Python str (code point) offsets and are
recorded while the text is appended; nothing is located by searching.
Requires Faker == FAKER_VERSION (outputs of other versions differ).
"""
import argparse
import collections
import datetime as dt
import json
import os
import random
import re
import sys
import unicodedata

import faker
from faker import Faker

FAKER_VERSION = "40.63.0"
BASE_SEED = 20241203
N_DOCS = 400
MAX_ATTEMPTS = 60
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "notes.jsonl")

TYPES = ["name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
         "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
         "ip_address", "biometric", "id"]

# --------------------------------------------------------------------------
# small random helpers
# --------------------------------------------------------------------------
DIG = "0123456789"
UPX = "ABCDEFGHJKLMNPRSTUVWXYZ"           # no I, O, Q
ALNUM = UPX + "23456789"


def pat(r, p):
    """# digit, ! non-zero digit, $ digit 2-9, @ letter, % letter/digit, everything else literal."""
    out = []
    for ch in p:
        if ch == "#":
            out.append(r.choice(DIG))
        elif ch == "!":
            out.append(r.choice("123456789"))
        elif ch == "$":
            out.append(r.choice("23456789"))
        elif ch == "@":
            out.append(r.choice(UPX))
        elif ch == "%":
            out.append(r.choice(ALNUM))
        else:
            out.append(ch)
    return "".join(out)


def fold(s):
    """ASCII fold for e-mail local parts and machine-readable ids."""
    for a, b in (("ß", "ss"), ("Ł", "L"), ("ł", "l"), ("Ø", "O"), ("ø", "o"), ("Æ", "AE"),
                 ("æ", "ae"), ("Đ", "D"), ("đ", "d"), ("ı", "i"), ("İ", "I"), ("Å", "A"), ("å", "a")):
        s = s.replace(a, b)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def letters_only(s):
    return "".join(c for c in fold(s).upper() if c.isalpha())


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def fmt_date(d, style):
    D, M, Y = d.day, d.month, d.year
    return {
        "dmy/": f"{D:02d}/{M:02d}/{Y}",
        "dmy/np": f"{D}/{M}/{Y}",
        "dmy/yy": f"{D:02d}/{M:02d}/{Y % 100:02d}",
        "dmy.": f"{D:02d}.{M:02d}.{Y}",
        "dmy.np": f"{D}.{M}.{Y}",
        "dmy-": f"{D:02d}-{M:02d}-{Y}",
        "iso": f"{Y}-{M:02d}-{D:02d}",
        "ord": f"{ordinal(D)} {MONTHS[M - 1]} {Y}",
        "ordof": f"{ordinal(D)} of {MONTHS[M - 1]} {Y}",
        "long": f"{D} {MONTHS[M - 1]} {Y}",
        "abbr": f"{D} {MONTHS[M - 1][:3]} {Y}",
        "dMy-": f"{D:02d}-{MONTHS[M - 1][:3]}-{Y}",
        "DMY-": f"{D:02d}-{MONTHS[M - 1][:3].upper()}-{Y}",
        "DMY": f"{D:02d} {MONTHS[M - 1][:3].upper()} {Y}",
        "roman": f"{D}-{ROMAN[M - 1]}-{Y}",
        "roman.": f"{D}.{ROMAN[M - 1]}.{Y}",
        "mdy/": f"{M:02d}/{D:02d}/{Y}",
        "mdy/np": f"{M}/{D}/{Y}",
        "mdylong": f"{MONTHS[M - 1]} {D}, {Y}",
        "mdyabbr": f"{MONTHS[M - 1][:3]} {D}, {Y}",
        "cjk": f"{Y}年{M}月{D}日",
        "dm": f"{D} {MONTHS[M - 1]}",
        "dmord": f"{ordinal(D)} {MONTHS[M - 1]}",
        "dm/": f"{D}/{M}",
        "md/": f"{M}/{D}",
    }[style]


WORD_AGE = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three",
            94: "ninety-four", 95: "ninety-five", 96: "ninety-six", 97: "ninety-seven",
            98: "ninety-eight", 99: "ninety-nine"}


# --------------------------------------------------------------------------
# Doc builder: offsets are recorded as values are appended
# --------------------------------------------------------------------------
PH_RE = re.compile(r"\{(\w+)\}")


def nfc(s):
    return unicodedata.normalize("NFC", s)


class Doc:
    def __init__(self):
        self.parts = []
        self.n = 0
        self.spans = []   # (type, start, end, value)

    def t(self, s):
        s = nfc(s)
        self.parts.append(s)
        self.n += len(s)

    def v(self, typ, val):
        assert typ in TYPES, typ
        val = nfc(val)
        self.spans.append((typ, self.n, self.n + len(val), val))
        self.t(val)

    def put(self, x):
        if x is None:
            return
        if isinstance(x, tuple):
            self.v(*x)
        elif callable(x):
            x()
        elif isinstance(x, list):
            for y in x:
                self.put(y)
        else:
            self.t(str(x))

    def s(self, tmpl, **kw):
        pos = 0
        for m in PH_RE.finditer(tmpl):
            self.t(tmpl[pos:m.start()])
            self.put(kw[m.group(1)])
            pos = m.end()
        self.t(tmpl[pos:])

    def rstrip(self):
        """Drop trailing whitespace-only text parts (never touches a labelled value)."""
        while self.parts and self.parts[-1].strip() == "" and not (self.spans and self.spans[-1][2] == self.n):
            self.n -= len(self.parts.pop())

    @property
    def text(self):
        return "".join(self.parts)


# --------------------------------------------------------------------------
# Faker instances (created once; seeded per document with Faker.seed)
# --------------------------------------------------------------------------
FK_LOCALES = ["en_GB", "en_IE", "ga_IE", "en_AU", "en_NZ", "en_CA", "fr_CA", "en_US", "en_IN",
              "en_NG", "yo_NG", "ig_NG", "ha_NG", "zu_ZA", "de_DE", "de_AT", "de_CH", "fr_FR",
              "fr_CH", "es_ES", "es_MX", "es_CO", "pt_BR", "pt_PT", "it_IT", "pl_PL", "nl_NL",
              "da_DK", "no_NO", "sv_SE", "fi_FI", "tr_TR", "cs_CZ", "hu_HU", "ro_RO", "ja_JP",
              "zh_CN"]
FK = {}


def fk(loc):
    if loc not in FK:
        FK[loc] = Faker(loc)
    return FK[loc]


# --------------------------------------------------------------------------
# hand-made name lists (romanised where the script is not Latin)
# --------------------------------------------------------------------------
HAND = {
    "VN": dict(fam=["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
                    "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"],
               midF=["Thị", "Ngọc", "Thu", "Thanh", "Minh", "Bảo"],
               midM=["Văn", "Đức", "Minh", "Quốc", "Hữu", "Thành"],
               F=["Hoa", "Lan", "Hương", "Mai", "Linh", "Trang", "Thảo", "Ngân", "Phương", "Yến", "Hằng"],
               M=["Anh", "Dũng", "Hùng", "Tuấn", "Nam", "Long", "Quang", "Hải", "Sơn", "Thắng", "Khoa"]),
    "PH": dict(fam=["Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Ramos", "Aquino",
                    "Castillo", "Manalo", "Pangilinan", "Dimaculangan", "Macaraeg", "Agbayani",
                    "Soriano", "Tolentino", "Magbanua", "Dizon", "Lacson"],
               F=["Maria Cristina", "Ma. Luisa", "Jocelyn", "Rowena", "Marites", "Angelica", "Jasmine",
                  "Rosario", "Divina", "Lorna", "Kristine Joy", "Mary Grace"],
               M=["Jose Mari", "Rodrigo", "Ramil", "Arnel", "Reynaldo", "Mark Anthony", "Jerome",
                  "Danilo", "Emmanuel", "John Paul", "Romeo", "Efren"]),
    "GR": dict(famM=["Papadopoulos", "Georgiou", "Nikolaidis", "Karagiannis", "Vlachos", "Oikonomou",
                     "Papageorgiou", "Makris", "Dimitriou", "Konstantinidis", "Alexiou", "Theodorakis",
                     "Pappas", "Zervos"],
               famF=["Papadopoulou", "Georgiou", "Nikolaidou", "Karagianni", "Vlachou", "Oikonomou",
                     "Papageorgiou", "Makri", "Dimitriou", "Konstantinidou", "Alexiou", "Theodoraki",
                     "Pappa", "Zervou"],
               M=["Georgios", "Dimitrios", "Konstantinos", "Ioannis", "Nikolaos", "Panagiotis",
                  "Vasileios", "Christos", "Athanasios", "Evangelos", "Spyridon"],
               F=["Maria", "Eleni", "Aikaterini", "Vasiliki", "Sofia", "Angeliki", "Georgia", "Dimitra",
                  "Konstantina", "Paraskevi", "Chrysoula"]),
    "AR": dict(fam=["Al-Hashimi", "Haddad", "Khalil", "Al-Masri", "Nasser", "Darwish", "Hamdan",
                    "Al-Khatib", "Saleh", "Abboud", "Qassem", "Al-Tamimi", "Mansour", "El-Sayed",
                    "Al-Nuaimi", "Al-Mansoori", "Shehadeh", "Barakat"],
               M=["Mohammed", "Ahmad", "Omar", "Khaled", "Yousef", "Hassan", "Ibrahim", "Mahmoud",
                  "Tariq", "Samir", "Rami", "Bilal", "Walid"],
               F=["Fatima", "Aisha", "Maryam", "Rania", "Layla", "Nour", "Huda", "Amal", "Yasmin",
                  "Rasha", "Hiba", "Samira", "Dalia"]),
    "AF": dict(fam=["Ahmadzai", "Popal", "Rahimi", "Safi", "Noori", "Karimi", "Hakimi", "Wardak",
                    "Stanikzai", "Habibi", "Sultani", "Amiri", "Sadat"],
               M=["Ahmad Shah", "Mohammad Nabi", "Abdul Rahim", "Farid", "Hamid", "Jawad", "Mirwais",
                  "Naveed", "Sohail", "Zabihullah", "Najibullah"],
               F=["Zahra", "Mariam", "Nazanin", "Parwana", "Shabnam", "Freshta", "Laila", "Mursal",
                  "Roya", "Zarghona"]),
    "ER": dict(fam=["Tesfamariam", "Ghebreab", "Haile", "Weldemichael", "Kahsay", "Berhe", "Asmerom",
                    "Tekle", "Gebremedhin", "Woldu", "Habte", "Andemariam"],
               M=["Yonas", "Tesfay", "Mehari", "Dawit", "Filmon", "Kidane", "Berhane", "Aron", "Habtom",
                  "Natnael"],
               F=["Senait", "Saba", "Selam", "Mebrat", "Rahel", "Winta", "Feven", "Luwam", "Yordanos",
                  "Tsega"]),
    "UA": dict(famM=["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk",
                     "Boiko", "Kovalchuk", "Oliinyk", "Lysenko", "Savchuk", "Rudenko", "Kovalskyi",
                     "Hnatyshyn", "Zhuravskyi", "Marchenko"],
               famF=["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk",
                     "Boiko", "Kovalchuk", "Oliinyk", "Lysenko", "Savchuk", "Rudenko", "Kovalska",
                     "Hnatyshyn", "Zhuravska", "Marchenko"],
               M=["Oleksandr", "Andrii", "Serhii", "Volodymyr", "Mykola", "Dmytro", "Yurii", "Bohdan",
                  "Taras", "Vasyl", "Oleh"],
               F=["Olena", "Nataliia", "Iryna", "Oksana", "Tetiana", "Yuliia", "Svitlana", "Kateryna",
                  "Halyna", "Mariia", "Liudmyla"]),
    "KR": dict(fam=["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han"],
               M=["Min-jun", "Ji-hoon", "Seo-jun", "Hyun-woo", "Dong-hyun", "Sung-min", "Jae-won"],
               F=["Ji-yeon", "Seo-yeon", "Min-ji", "Hye-jin", "Soo-ah", "Eun-ji", "Ha-eun"]),
    "ZA": dict(fam=["van der Merwe", "Botha", "Pretorius", "du Plessis", "Nel", "Venter", "Nkosi",
                    "Dlamini", "Mokoena", "Naidoo", "Pillay", "Govender", "Khumalo", "Ndlovu", "Coetzee"],
               M=["Pieter", "Johan", "Willem", "Hendrik", "François", "Thabo", "Sipho", "Mandla",
                  "Sibusiso", "Kagiso"],
               F=["Annelie", "Marike", "Elsabé", "Ilse", "Thandeka", "Nomvula", "Lerato", "Zanele",
                  "Naledi", "Refilwe"]),
}


def fem_pl(s):
    for a, b in (("dzki", "dzka"), ("ski", "ska"), ("cki", "cka")):
        if s.endswith(a):
            return s[:-len(a)] + b
    return s


def fem_cz(s):
    if s.endswith("ek") and len(s) > 4:
        return s[:-2] + "ková"
    if s.endswith("ý"):
        return s[:-1] + "á"
    if s.endswith("ová"):
        return s
    if s.endswith("a") or s.endswith("e"):
        return s[:-1] + "ová"
    return s + "ová"


class Person:
    def __init__(self, given, family, sex, cc, middle="", east=False, fam_base=None, dob=None):
        self.given, self.family, self.sex, self.cc = given, family, sex, cc
        self.middle, self.east = middle, east
        self.fam_base = fam_base or family
        self.dob = dob

    def full(self):
        if self.east:
            return " ".join(x for x in (self.family, self.middle, self.given) if x)
        return " ".join(x for x in (self.given, self.middle, self.family) if x)

    def western(self):
        return " ".join(x for x in (self.given, self.middle, self.family) if x)

    def form(self, f):
        g, fam = self.given, self.family
        if f == "full":
            return self.full()
        if f == "western":
            return self.western()
        if f == "formal":
            return f"{fam.upper()}, {g}"
        if f == "FORMAL":
            return f"{fam.upper()}, {g.upper()}"
        if f == "lf":
            return f"{fam}, {g}"
        if f == "init":
            return f"{g[0]}. {fam}"
        if f == "given":
            return g
        if f == "family":
            return fam
        if f == "initials":
            return (g[0] + fam[0]).upper()
        if f == "upper":
            return self.full().upper()
        if f == "lower":
            return self.full().lower()
        if f == "gli":
            return f"{g} {fam[0]}"
        raise KeyError(f)


# --------------------------------------------------------------------------
# countries
# --------------------------------------------------------------------------
# code: (name, adjective, interpreter language or None, locale label for counts)
CINFO = {
    "GB": ("the United Kingdom", "British", None, "en_GB"),
    "IE": ("Ireland", "Irish", None, "en_IE"),
    "AU": ("Australia", "Australian", None, "en_AU"),
    "NZ": ("New Zealand", "New Zealand", None, "en_NZ"),
    "CA": ("Canada", "Canadian", None, "en_CA"),
    "US": ("the United States", "American", None, "en_US"),
    "IN": ("India", "Indian", "Hindi", "en_IN"),
    "ZA": ("South Africa", "South African", "isiZulu", "en_ZA/zu_ZA"),
    "NG": ("Nigeria", "Nigerian", "Yoruba", "en_NG/yo/ig/ha"),
    "PH": ("the Philippines", "Filipino", "Tagalog", "en_PH (hand list)"),
    "DE": ("Germany", "German", "German", "de_DE"),
    "AT": ("Austria", "Austrian", "German", "de_AT"),
    "CH": ("Switzerland", "Swiss", "German", "de_CH/fr_CH"),
    "FR": ("France", "French", "French", "fr_FR"),
    "ES": ("Spain", "Spanish", "Spanish", "es_ES"),
    "MX": ("Mexico", "Mexican", "Spanish", "es_MX"),
    "BR": ("Brazil", "Brazilian", "Portuguese", "pt_BR"),
    "PT": ("Portugal", "Portuguese", "Portuguese", "pt_PT"),
    "IT": ("Italy", "Italian", "Italian", "it_IT"),
    "PL": ("Poland", "Polish", "Polish", "pl_PL"),
    "NL": ("the Netherlands", "Dutch", "Dutch", "nl_NL"),
    "DK": ("Denmark", "Danish", "Danish", "da_DK"),
    "NO": ("Norway", "Norwegian", "Norwegian", "no_NO"),
    "SE": ("Sweden", "Swedish", "Swedish", "sv_SE"),
    "FI": ("Finland", "Finnish", "Finnish", "fi_FI"),
    "TR": ("Türkiye", "Turkish", "Turkish", "tr_TR"),
    "CZ": ("Czechia", "Czech", "Czech", "cs_CZ"),
    "HU": ("Hungary", "Hungarian", "Hungarian", "hu_HU"),
    "RO": ("Romania", "Romanian", "Romanian", "ro_RO"),
    "GR": ("Greece", "Greek", "Greek", "el_GR (romanised hand list)"),
    "VN": ("Vietnam", "Vietnamese", "Vietnamese", "vi_VN (hand list)"),
    "JP": ("Japan", "Japanese", "Japanese", "ja_JP (romanised)"),
    "CN": ("China", "Chinese", "Mandarin", "zh_CN (pinyin)"),
    "KR": ("South Korea", "Korean", "Korean", "ko_KR (hand list)"),
    "AE": ("the United Arab Emirates", "Emirati", "Arabic", "ar_AE (latin hand list)"),
    "SY": ("Syria", "Syrian", "Arabic", "ar_SY (latin hand list)"),
    "AF": ("Afghanistan", "Afghan", "Dari", "fa_AF (latin hand list)"),
    "ER": ("Eritrea", "Eritrean", "Tigrinya", "ti_ER (hand list)"),
    "UA": ("Ukraine", "Ukrainian", "Ukrainian", "uk_UA (romanised hand list)"),
    "VE": ("Venezuela", "Venezuelan", "Spanish", "es_VE (es_CO names)"),
}

FAKER_NAMES = {  # cc -> [(locale, weight)]
    "GB": [("en_GB", 1)], "IE": [("en_IE", 3), ("ga_IE", 2)], "AU": [("en_AU", 1)],
    "NZ": [("en_NZ", 1)], "CA": [("en_CA", 3), ("fr_CA", 2)], "US": [("en_US", 1)],
    "IN": [("en_IN", 1)], "NG": [("en_NG", 1), ("yo_NG", 1), ("ig_NG", 1), ("ha_NG", 1)],
    "DE": [("de_DE", 1)], "AT": [("de_AT", 1)], "CH": [("de_CH", 3), ("fr_CH", 1)],
    "FR": [("fr_FR", 1)], "ES": [("es_ES", 1)], "MX": [("es_MX", 1)], "BR": [("pt_BR", 1)],
    "PT": [("pt_PT", 1)], "IT": [("it_IT", 1)], "PL": [("pl_PL", 1)], "NL": [("nl_NL", 1)],
    "DK": [("da_DK", 1)], "NO": [("no_NO", 1)], "SE": [("sv_SE", 1)], "FI": [("fi_FI", 1)],
    "TR": [("tr_TR", 1)], "CZ": [("cs_CZ", 1)], "HU": [("hu_HU", 1)], "RO": [("ro_RO", 1)],
    "VE": [("es_CO", 1)],
}


def wchoice(r, pairs):
    tot = sum(w for _, w in pairs)
    x = r.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def make_name(r, cc, sex, fam_base=None):
    """Returns Person without dob. fam_base: share a family with another Person."""
    if cc in FAKER_NAMES:
        loc = wchoice(r, FAKER_NAMES[cc])
        f = fk(loc)
        given = f.first_name_male() if sex == "M" else f.first_name_female()
        if cc in ("PL", "CZ"):
            base = fam_base or f.last_name_male()
            fam = base if sex == "M" else (fem_pl(base) if cc == "PL" else fem_cz(base))
        else:
            base = fam_base or f.last_name()
            fam = base
        middle = ""
        if cc in ("BR", "MX", "ES", "PT", "VE") and r.random() < 0.35:
            m2 = f.first_name_male() if sex == "M" else f.first_name_female()
            if m2 != given:
                middle = m2
        if cc in ("ES", "MX", "VE") and not fam_base and r.random() < 0.6:
            second = f.last_name()
            if second != base:
                base = fam = f"{base} {second}"
        if cc == "BR" and not fam_base and r.random() < 0.4:
            second = f.last_name()
            if second != base:
                base = fam = f"{second} {base}"
        return Person(given, fam, sex, cc, middle=middle, fam_base=base,
                      east=(cc == "HU" and r.random() < 0.2))
    if cc == "JP":
        f = fk("ja_JP")
        given = f.first_romanized_name_male() if sex == "M" else f.first_romanized_name_female()
        base = fam_base or f.last_romanized_name()
        return Person(given, base, sex, cc, east=r.random() < 0.5)
    if cc == "CN":
        f = fk("zh_CN")
        given = f.first_romanized_name()
        if r.random() < 0.5:
            given = given + f.first_romanized_name().lower()
        base = fam_base or f.last_romanized_name()
        return Person(given, base, sex, cc, east=r.random() < 0.7)
    if cc == "ZA" and r.random() < 0.5:
        f = fk("zu_ZA")
        given = f.first_name_male() if sex == "M" else f.first_name_female()
        base = fam_base or f.last_name()
        return Person(given, base, sex, cc)
    key = {"SY": "AR", "AE": "AR"}.get(cc, cc)
    h = HAND[key]
    given = r.choice(h[sex])
    if "famM" in h:
        idx = r.randrange(len(h["famM"]))
        if fam_base and fam_base in h["famM"]:
            idx = h["famM"].index(fam_base)
        base = h["famM"][idx]
        fam = base if sex == "M" else h["famF"][idx]
    else:
        base = fam_base or r.choice(h["fam"])
        fam = base
    middle = ""
    if key == "VN":
        middle = r.choice(h["midM"] if sex == "M" else h["midF"])
    if key == "PH" and r.random() < 0.4:
        middle = r.choice("BCDGLMPRST") + "."
    east = key in ("VN",) or (key == "KR" and r.random() < 0.6)
    return Person(given, fam, sex, cc, middle=middle, east=east, fam_base=base)


# --------------------------------------------------------------------------
# addresses
# --------------------------------------------------------------------------
class Addr:
    def __init__(self, street, town, pc, full, region=""):
        self.street, self.town, self.pc, self.full, self.region = street, town, pc, full, region


EN_WORDS = ["Alder", "Beech", "Station", "Church", "Mill", "Victoria", "Park", "Orchard", "Meadow",
            "Windsor", "Elm", "Chestnut", "Rowan", "Hawthorn", "Willow", "Moor", "Abbey", "Clarence",
            "Albert", "Grange", "Manor", "Priory", "Brook", "Fern", "Heather", "Lark", "Maple",
            "Cedar", "Sycamore", "Kingfisher", "Wellington", "Jubilee"]
UK_SUF = ["Road", "Street", "Lane", "Close", "Avenue", "Crescent", "Gardens", "Terrace", "Drive",
          "Way", "Grove", "Mews", "Place", "Rise"]
AU_SUF = ["Street", "Road", "Avenue", "Parade", "Crescent", "Place", "Court", "Circuit", "Terrace",
          "Drive", "Close"]
NA_SUF = ["Street", "Avenue", "Road", "Drive", "Boulevard", "Crescent", "Lane", "Court", "Way", "Place"]
US_SUF = ["St", "Ave", "Rd", "Dr", "Blvd", "Ln", "Ct", "Way", "Pl"]

UK_TOWNS = [("Leeds", "LS"), ("Bristol", "BS"), ("Manchester", "M"), ("Norwich", "NR"), ("Cardiff", "CF"),
            ("Glasgow", "G"), ("Edinburgh", "EH"), ("Belfast", "BT"), ("Leicester", "LE"),
            ("Sheffield", "S"), ("Peterborough", "PE"), ("Slough", "SL"), ("Luton", "LU"),
            ("Wolverhampton", "WV"), ("Southampton", "SO"), ("Bradford", "BD"), ("Swansea", "SA"),
            ("Aberdeen", "AB"), ("Coventry", "CV"), ("Wembley", "HA")]
IE_TOWNS = [("Cork", "Cork", ["T12", "T23"]), ("Ballincollig", "Cork", ["P31"]), ("Galway", "Galway", ["H91"]),
            ("Limerick", "Limerick", ["V94"]), ("Waterford", "Waterford", ["X91"]),
            ("Athlone", "Westmeath", ["N37"]), ("Drogheda", "Louth", ["A92"]),
            ("Kilkenny", "Kilkenny", ["R95"]), ("Sligo", "Sligo", ["F91"]), ("Navan", "Meath", ["C15"]),
            ("Dublin", "Dublin", ["D06", "D08", "D07", "D15", "D24", "D6W"])]
AU_TOWNS = [("Parramatta", "NSW", "2150"), ("Newtown", "NSW", "2042"), ("Blacktown", "NSW", "2148"),
            ("Fitzroy", "VIC", "3065"), ("Geelong", "VIC", "3220"), ("Footscray", "VIC", "3011"),
            ("Toowong", "QLD", "4066"), ("Cairns", "QLD", "4870"), ("Fremantle", "WA", "6160"),
            ("Glenelg", "SA", "5045"), ("Hobart", "TAS", "7000"), ("Darwin", "NT", "0800"),
            ("Belconnen", "ACT", "2617")]
NZ_TOWNS = [("Remuera", "Auckland", "1050"), ("Ponsonby", "Auckland", "1011"), ("Ōtāhuhu", "Auckland", "1062"),
            ("Karori", "Wellington", "6012"), ("Riccarton", "Christchurch", "8041"),
            ("Hamilton East", "Hamilton", "3216"), ("Roslyn", "Dunedin", "9010"),
            ("Mount Maunganui", "Tauranga", "3116")]
CA_TOWNS = [("Toronto", "ON", "M"), ("Ottawa", "ON", "K"), ("Mississauga", "ON", "L"), ("Brampton", "ON", "L"),
            ("Montréal", "QC", "H"), ("Québec", "QC", "G"), ("Vancouver", "BC", "V"), ("Surrey", "BC", "V"),
            ("Calgary", "AB", "T"), ("Edmonton", "AB", "T"), ("Winnipeg", "MB", "R"), ("Halifax", "NS", "B"),
            ("Saskatoon", "SK", "S"), ("St. John's", "NL", "A")]
US_TOWNS = [("Boston", "MA", "021"), ("Fall River", "MA", "027"), ("Queens", "NY", "113"),
            ("Jersey City", "NJ", "073"), ("Miami", "FL", "331"), ("Houston", "TX", "770"),
            ("San Diego", "CA", "921"), ("Chicago", "IL", "606"), ("Seattle", "WA", "981"),
            ("Minneapolis", "MN", "554"), ("Dearborn", "MI", "481"), ("Orlando", "FL", "328"),
            ("Fresno", "CA", "937"), ("Lowell", "MA", "018")]
IN_TOWNS = [("Bengaluru", "Karnataka", "5600", ["Indiranagar", "Koramangala", "Jayanagar", "Whitefield"]),
            ("Mumbai", "Maharashtra", "4000", ["Andheri East", "Bandra West", "Dadar", "Chembur"]),
            ("New Delhi", "Delhi", "1100", ["Lajpat Nagar", "Karol Bagh", "Saket", "Dwarka"]),
            ("Chennai", "Tamil Nadu", "6000", ["T. Nagar", "Adyar", "Anna Nagar", "Mylapore"]),
            ("Kochi", "Kerala", "6820", ["Kakkanad", "Edappally", "Fort Kochi"]),
            ("Hyderabad", "Telangana", "5000", ["Banjara Hills", "Kukatpally", "Begumpet"]),
            ("Pune", "Maharashtra", "4110", ["Kothrud", "Aundh", "Viman Nagar"]),
            ("Kolkata", "West Bengal", "7000", ["Salt Lake", "Ballygunge", "Behala"]),
            ("Ahmedabad", "Gujarat", "3800", ["Navrangpura", "Satellite", "Maninagar"]),
            ("Thiruvananthapuram", "Kerala", "6950", ["Pattom", "Kowdiar", "Vazhuthacaud"])]
IN_BLDG = ["Sai Krupa Apartments", "Lotus Residency", "Green Park Towers", "Shanti Niketan",
           "Prestige Meadows", "Sunrise Enclave", "Ganga Heights", "Om Shree Complex"]
IN_ROAD = ["14th Cross Road", "MG Road", "Link Road", "2nd Main Road", "Station Road", "Nehru Street",
           "Gandhi Road", "Temple Street", "100 Feet Road", "Ring Road"]
ZA_TOWNS = [("Johannesburg", "Gauteng", "2###", ["Parktown", "Melville", "Soweto", "Sandton"]),
            ("Cape Town", "Western Cape", "7###", ["Observatory", "Sea Point", "Rondebosch", "Khayelitsha"]),
            ("Durban", "KwaZulu-Natal", "4###", ["Berea", "Umhlanga", "Chatsworth"]),
            ("Pretoria", "Gauteng", "0###", ["Hatfield", "Arcadia", "Brooklyn"]),
            ("Gqeberha", "Eastern Cape", "6###", ["Walmer", "Summerstrand"]),
            ("Bloemfontein", "Free State", "9###", ["Westdene", "Universitas"])]
ZA_STREETS = ["Jan Smuts Avenue", "Main Road", "Voortrekker Road", "Church Street", "Jacaranda Street",
              "Beach Road", "Oxford Road", "Protea Street", "Vilakazi Street", "Nelson Mandela Drive"]
NG_TOWNS = [("Lagos", "Lagos State", "1#####", ["Victoria Island", "Ikeja GRA", "Surulere", "Yaba", "Lekki Phase 1"]),
            ("Abuja", "FCT", "9#####", ["Wuse II", "Garki", "Maitama", "Gwarinpa"]),
            ("Ibadan", "Oyo State", "2#####", ["Bodija", "Jericho", "Ring Road"]),
            ("Enugu", "Enugu State", "4#####", ["Independence Layout", "GRA", "Trans-Ekulu"]),
            ("Kano", "Kano State", "7#####", ["Nassarawa GRA", "Sabon Gari"]),
            ("Port Harcourt", "Rivers State", "5#####", ["Old GRA", "Rumuola", "D-Line"])]
NG_STREETS = ["Adeola Odeku Street", "Awolowo Road", "Allen Avenue", "Ogunlana Drive", "Aminu Kano Crescent",
              "Herbert Macaulay Way", "Ogui Road", "Bompai Road", "Aba Road", "Ikwerre Road", "Obafemi Awolowo Way"]
PH_TOWNS = [("Quezon City", "Metro Manila", "11##", ["San Isidro", "Bagong Pag-asa", "Teachers Village East"]),
            ("Makati", "Metro Manila", "12##", ["Poblacion", "Bel-Air", "San Antonio"]),
            ("Cebu City", "Cebu", "6000", ["Lahug", "Mabolo", "Guadalupe"]),
            ("Davao City", "Davao del Sur", "8000", ["Buhangin", "Matina Crossing"]),
            ("Iloilo City", "Iloilo", "5000", ["Jaro", "Molo"]),
            ("Baguio", "Benguet", "2600", ["Aurora Hill", "Pinsao Proper"])]
PH_STREETS = ["Mabini St", "Rizal Avenue", "Bonifacio Street", "Luna Street", "Aguinaldo Highway",
              "Sampaguita Street", "Katipunan Avenue", "Del Pilar Street", "Burgos Street"]
DE_TOWNS = [("Berlin", ["10###", "12###", "13###"]), ("München", ["80###", "81###"]), ("Hamburg", ["20###", "22###"]),
            ("Köln", ["50###", "51###"]), ("Frankfurt am Main", ["60###"]), ("Stuttgart", ["70###"]),
            ("Düsseldorf", ["40###"]), ("Leipzig", ["04###"]), ("Dresden", ["01###"]), ("Nürnberg", ["90###"]),
            ("Freiburg im Breisgau", ["79###"]), ("Münster", ["48###"])]
AT_TOWNS = [("Wien", None), ("Graz", "80#0"), ("Linz", "40#0"), ("Salzburg", "50#0"),
            ("Innsbruck", "60#0"), ("Klagenfurt", "90#0")]
CH_TOWNS = [("Zürich", "80##", "de"), ("Basel", "40##", "de"), ("Bern", "30##", "de"), ("Luzern", "60##", "de"),
            ("Genève", "12##", "fr"), ("Lausanne", "10##", "fr")]
CH_FR_STREETS = ["Rue de Lausanne", "Avenue de Champel", "Chemin des Crêts", "Boulevard Carl-Vogt",
                 "Rue du Rhône", "Avenue de la Gare", "Chemin de Pierrefleur"]
FR_TOWNS = [("Paris", "750##"), ("Lyon", "6900#"), ("Marseille", "130##"), ("Toulouse", "310##"),
            ("Nice", "06###"), ("Bordeaux", "330##"), ("Lille", "590##"), ("Nantes", "440##"),
            ("Strasbourg", "670##"), ("Montpellier", "340##"), ("Rennes", "350##")]
ES_TOWNS = [("Madrid", "280##"), ("Barcelona", "080##"), ("Valencia", "460##"), ("Sevilla", "410##"),
            ("Málaga", "290##"), ("Bilbao", "480##"), ("Zaragoza", "500##"), ("A Coruña", "150##"),
            ("Palma", "070##"), ("Alicante", "030##")]
ES_STREETS = ["Calle de Alcalá", "Calle Mayor", "Avenida de la Constitución", "Carrer de Mallorca",
              "Calle Larios", "Passeig de Gràcia", "Calle San Fernando", "Gran Vía", "Calle del Doctor Fleming",
              "Avinguda Diagonal", "Rúa Real", "Calle Ercilla", "Calle de Cervantes", "Plaza de España"]
MX_TOWNS = [("Ciudad de México", "CDMX", ["03###", "06###", "11###"], ["Roma Norte", "Del Valle", "Narvarte", "Polanco", "Coyoacán"]),
            ("Guadalajara", "Jalisco", ["44###"], ["Providencia", "Chapalita", "Americana"]),
            ("Monterrey", "Nuevo León", ["64###"], ["Obispado", "Mitras Centro"]),
            ("Puebla", "Pue", ["72###"], ["La Paz", "Centro"]),
            ("Mérida", "Yucatán", ["97###"], ["García Ginerés", "Itzimná"]),
            ("Tijuana", "Baja California", ["22###"], ["Zona Río", "Chapultepec"]),
            ("Oaxaca de Juárez", "Oaxaca", ["68###"], ["Reforma", "Jalatlaco"])]
MX_STREETS = ["Av. Insurgentes Sur", "Calle Durango", "Av. Revolución", "Calle Morelos", "Av. Juárez",
              "Calle Hidalgo", "Calle 60", "Av. Vallarta", "Calle Zaragoza", "Calle Benito Juárez"]
BR_TOWNS = [("São Paulo", "SP", "0####-###", ["Jardim Paulista", "Pinheiros", "Vila Mariana", "Mooca"]),
            ("Rio de Janeiro", "RJ", "2####-###", ["Tijuca", "Botafogo", "Copacabana", "Méier"]),
            ("Belo Horizonte", "MG", "30###-###", ["Savassi", "Funcionários"]),
            ("Salvador", "BA", "40###-###", ["Barra", "Rio Vermelho"]),
            ("Recife", "PE", "50###-###", ["Boa Viagem", "Casa Forte"]),
            ("Porto Alegre", "RS", "90###-###", ["Moinhos de Vento", "Menino Deus"]),
            ("Curitiba", "PR", "80###-###", ["Batel", "Água Verde"]),
            ("Fortaleza", "CE", "60###-###", ["Aldeota", "Meireles"]),
            ("Florianópolis", "SC", "88###-###", ["Trindade", "Lagoa da Conceição"])]
BR_STREETS = ["Rua das Flores", "Rua Augusta", "Rua Oscar Freire", "Rua Voluntários da Pátria",
              "Avenida Sete de Setembro", "Rua Barão de Mesquita", "Rua Dom Pedro II", "Rua Tiradentes",
              "Avenida São João", "Rua Marechal Deodoro", "Rua Padre Anchieta"]
PT_TOWNS = [("Lisboa", "1###-###"), ("Porto", "4###-###"), ("Coimbra", "3000-###"), ("Braga", "4700-###"),
            ("Faro", "8000-###"), ("Funchal", "9000-###")]
PT_STREETS = ["Rua da Liberdade", "Rua de Santa Catarina", "Avenida Almirante Reis", "Rua do Carmo",
              "Rua Alexandre Herculano", "Rua Júlio Dinis", "Avenida da Boavista", "Rua Cândido dos Reis"]
IT_TOWNS = [("Milano", "MI", "201##"), ("Roma", "RM", "001##"), ("Napoli", "NA", "801##"), ("Torino", "TO", "101##"),
            ("Bologna", "BO", "401##"), ("Firenze", "FI", "501##"), ("Palermo", "PA", "901##"),
            ("Genova", "GE", "161##"), ("Bari", "BA", "701##"), ("Verona", "VR", "371##")]
IT_STREETS = ["Via Garibaldi", "Via Roma", "Via Dante", "Via Giuseppe Verdi", "Corso Cavour",
              "Corso Vittorio Emanuele II", "Via Mazzini", "Via XX Settembre", "Viale dei Mille",
              "Piazza della Repubblica", "Via Nazionale", "Via dei Serragli"]
PL_TOWNS = [("Warszawa", ["00-###", "02-###", "03-###"]), ("Kraków", ["30-###", "31-###"]), ("Łódź", ["90-###", "93-###"]),
            ("Wrocław", ["50-###", "53-###"]), ("Poznań", ["60-###", "61-###"]), ("Gdańsk", ["80-###"]),
            ("Lublin", ["20-###"]), ("Katowice", ["40-###"]), ("Białystok", ["15-###"]), ("Szczecin", ["70-###"])]
NL_TOWNS = [("Amsterdam", "10"), ("Rotterdam", "30"), ("Den Haag", "25"), ("Utrecht", "35"), ("Eindhoven", "56"),
            ("Groningen", "97"), ("Leiden", "23"), ("Haarlem", "20"), ("Nijmegen", "65"), ("Maastricht", "62")]
DK_TOWNS = [("København V", "16##"), ("København K", "1###"), ("København N", "2200"), ("Frederiksberg", "2000"),
            ("Aarhus C", "8000"), ("Odense C", "5000"), ("Aalborg", "9000"), ("Esbjerg", "6700"), ("Roskilde", "4000")]
NO_TOWNS = [("Oslo", "0###"), ("Bergen", "50##"), ("Trondheim", "70##"), ("Stavanger", "40##"),
            ("Tromsø", "90##"), ("Kristiansand", "46##"), ("Drammen", "30##")]
SE_TOWNS = [("Stockholm", "11# ##"), ("Göteborg", "41# ##"), ("Malmö", "21# ##"), ("Uppsala", "75# ##"),
            ("Linköping", "58# ##"), ("Umeå", "90# ##"), ("Örebro", "70# ##"), ("Lund", "22# ##")]
FI_TOWNS = [("Helsinki", "00##0"), ("Espoo", "02##0"), ("Tampere", "33##0"), ("Turku", "20##0"),
            ("Oulu", "90##0"), ("Jyväskylä", "40##0"), ("Vantaa", "01##0")]
TR_TOWNS = [("İstanbul", "34###", ["Kadıköy", "Beşiktaş", "Üsküdar", "Şişli", "Bakırköy"]),
            ("Ankara", "06###", ["Çankaya", "Keçiören"]), ("İzmir", "35###", ["Karşıyaka", "Bornova"]),
            ("Antalya", "07###", ["Muratpaşa", "Konyaaltı"]), ("Bursa", "16###", ["Nilüfer", "Osmangazi"]),
            ("Trabzon", "61###", ["Ortahisar"])]
TR_STREETS = ["Atatürk Cad.", "Bağdat Cad.", "Cumhuriyet Cad.", "İstiklal Cad.", "Fevzi Çakmak Sok.",
              "Gazi Mustafa Kemal Blv.", "Çiçek Sok.", "Barbaros Blv.", "İnönü Cad.", "Millet Cad."]
TR_MAH = ["Fenerbahçe Mah.", "Caferağa Mah.", "Kızılay Mah.", "Alsancak Mah.", "Yeşilyurt Mah.", "Bahçelievler Mah."]
CZ_TOWNS = [("Praha", "1## 00"), ("Brno", "6## 00"), ("Ostrava", "7## 00"), ("Plzeň", "3## 00"),
            ("Olomouc", "77# 00"), ("Liberec", "46# 0#"), ("České Budějovice", "370 0#")]
HU_TOWNS = [("Budapest", "1###"), ("Debrecen", "40##"), ("Szeged", "67##"), ("Pécs", "76##"),
            ("Győr", "90##"), ("Miskolc", "35##")]
RO_TOWNS = [("București", "03####"), ("Cluj-Napoca", "400###"), ("Iași", "700###"), ("Timișoara", "300###"),
            ("Constanța", "900###"), ("Brașov", "500###")]
RO_STREETS = ["Str. Mihai Eminescu", "Str. Ștefan cel Mare", "Calea Victoriei", "Bd. Unirii",
              "Bd. Republicii", "Str. Avram Iancu", "Str. Nicolae Bălcescu", "Str. Libertății"]
GR_TOWNS = [("Athens", "1## ##"), ("Thessaloniki", "5## ##"), ("Patras", "26# ##"), ("Heraklion", "71# ##"),
            ("Larissa", "41# ##")]
GR_STREETS = ["Ermou", "Panepistimiou", "Vasilissis Sofias", "Tsimiski", "Egnatias", "Kifisias",
              "Patision", "Agiou Dimitriou", "Mitropoleos", "Akadimias"]
VN_TOWNS = [("Hà Nội", ["Quận Hoàn Kiếm", "Quận Ba Đình", "Quận Cầu Giấy", "Quận Đống Đa"]),
            ("Ho Chi Minh City", ["Quận 1", "Quận 3", "Quận Bình Thạnh", "Quận Phú Nhuận"]),
            ("Đà Nẵng", ["Quận Hải Châu", "Quận Sơn Trà"]), ("Huế", ["Phường Vĩnh Ninh"]),
            ("Hải Phòng", ["Quận Lê Chân"]), ("Cần Thơ", ["Quận Ninh Kiều"])]
VN_STREETS = ["Phố Hàng Bạc", "Đường Lê Lợi", "Đường Nguyễn Huệ", "Phố Huế", "Đường Trần Hưng Đạo",
              "Đường Hai Bà Trưng", "Đường Lý Thường Kiệt", "Đường Điện Biên Phủ", "Đường Bạch Đằng"]
JP_TOWNS = [("Tokyo", "Shibuya-ku", "150-00##", ["Jingumae", "Ebisu", "Sakuragaokacho"]),
            ("Tokyo", "Setagaya-ku", "154-00##", ["Sangenjaya", "Kitazawa"]),
            ("Tokyo", "Shinjuku-ku", "160-00##", ["Nishi-Shinjuku", "Yotsuya"]),
            ("Osaka", "Kita-ku", "530-00##", ["Umeda", "Tenjinbashi"]),
            ("Kyoto", "Sakyo-ku", "606-8###", ["Shimogamo", "Yoshida"]),
            ("Yokohama", "Naka-ku", "231-08##", ["Yamatecho", "Motomachi"]),
            ("Sapporo", "Chuo-ku", "060-00##", ["Odori Nishi", "Minami Sanjo"]),
            ("Fukuoka", "Hakata-ku", "812-00##", ["Hakata Ekimae", "Gion"])]
CN_TOWNS = [("Shanghai", "Huangpu District", "2000##", "3101"), ("Shanghai", "Xuhui District", "2000##", "3101"),
            ("Beijing", "Chaoyang District", "1000##", "1101"), ("Beijing", "Haidian District", "1000##", "1101"),
            ("Guangzhou", "Tianhe District", "5106##", "4401"), ("Shenzhen", "Nanshan District", "5180##", "4403"),
            ("Chengdu", "Wuhou District", "6100##", "5101"), ("Hangzhou", "Xihu District", "3100##", "3301")]
CN_STREETS = ["Huaihai Middle Road", "Nanjing West Road", "Jianguo Road", "Zhongguancun Street", "Tianhe Road",
              "Shennan Boulevard", "Renmin South Road", "Wensan Road", "Hongqiao Road"]
KR_TOWNS = [("Seoul", "Gangnam-gu", "06###"), ("Seoul", "Mapo-gu", "04###"), ("Seoul", "Jongno-gu", "03###"),
            ("Busan", "Haeundae-gu", "48###"), ("Incheon", "Yeonsu-gu", "21###"), ("Daegu", "Suseong-gu", "42###")]
KR_ROADS = ["Teheran-ro", "Dosan-daero", "World Cup buk-ro", "Sejong-daero", "Haeundaehaebyeon-ro",
            "Songdogwahak-ro", "Dalgubeol-daero"]
AE_TOWNS = [("Dubai", ["Al Barsha 2", "Jumeirah 1", "Dubai Marina", "Deira", "Al Qusais"]),
            ("Abu Dhabi", ["Al Khalidiyah", "Al Reem Island", "Mussafah"]),
            ("Sharjah", ["Al Majaz", "Al Nahda"])]
SY_TOWNS = ["Aleppo", "Damascus", "Homs", "Latakia", "Hama", "Qamishli", "Deir ez-Zor"]
AF_TOWNS = ["Kabul", "Herat", "Mazar-i-Sharif", "Kandahar", "Jalalabad", "Kunduz"]
ER_TOWNS = ["Asmara", "Keren", "Massawa", "Mendefera", "Barentu"]
UA_TOWNS = [("Kyiv", "0####"), ("Kharkiv", "61###"), ("Lviv", "79###"), ("Odesa", "65###"),
            ("Dnipro", "49###"), ("Zaporizhzhia", "69###"), ("Mykolaiv", "54###")]
UA_STREETS = ["vul. Shevchenka", "vul. Khreshchatyk", "prosp. Peremohy", "vul. Franka", "vul. Sadova",
              "vul. Hrushevskoho", "vul. Lesi Ukrainky"]
VE_TOWNS = [("Caracas", "10##", ["Chacao", "Altamira", "El Paraíso", "La Candelaria"]),
            ("Maracaibo", "40##", ["Bella Vista", "Tierra Negra"]), ("Valencia", "20##", ["El Viñedo", "Prebo"]),
            ("Barquisimeto", "30##", ["Nueva Segovia"]), ("Mérida", "51##", ["Las Américas"])]
VE_STREETS = ["Av. Francisco de Miranda", "Av. Libertador", "Av. Principal de Las Mercedes", "Calle Bolívar",
              "Av. 5 de Julio", "Calle Los Samanes"]

GB_PC_IN = "ABDEFGHJLNPQRSTUWXYZ"
CA_PC_L = "ABCEGHJKLMNPRSTVWXYZ"


def gb_pc(r, pre):
    return f"{pre}{r.randint(1, 28)} {r.randint(1, 9)}{r.choice(GB_PC_IN)}{r.choice(GB_PC_IN)}"


def ca_pc(r, first):
    return (first + str(r.randint(1, 9)) + r.choice(CA_PC_L) + " " + str(r.randint(1, 9))
            + r.choice(CA_PC_L) + str(r.randint(0, 9)))


def en_street(r, loc, suf):
    w = r.choice(EN_WORDS) if r.random() < 0.6 else fk(loc).last_name()
    return f"{w} {r.choice(suf)}"


def gen_addr(r, cc):
    """Return Addr for somewhere a person in country cc could live."""
    n = r.randint(1, 180)
    if cc == "GB":
        town, pre = r.choice(UK_TOWNS)
        st = f"{n} {en_street(r, 'en_GB', UK_SUF)}"
        if r.random() < 0.25:
            st = f"Flat {r.randint(1, 24)}, {st}"
        pc = gb_pc(r, pre)
        return Addr(st, town, pc, f"{st}, {town} {pc}" if r.random() < 0.5 else f"{st}, {town}, {pc}")
    if cc == "IE":
        town, county, keys = r.choice(IE_TOWNS)
        st = f"{n} {en_street(r, 'en_IE', ['Road', 'Street', 'Avenue', 'Park', 'Drive', 'Lawn', 'Grove', 'Terrace'])}"
        key = r.choice(keys)
        pc = key + " " + pat(r, "%%%%")
        if town == "Dublin":
            dist = key[1:].lstrip("0") if key != "D6W" else "6W"
            return Addr(st, town, pc, f"{st}, Dublin {dist}, {pc}")
        return Addr(st, town, pc, f"{st}, {town}, Co. {county}, {pc}")
    if cc == "AU":
        town, state, pc = r.choice(AU_TOWNS)
        st = f"{n} {en_street(r, 'en_AU', AU_SUF)}"
        if r.random() < 0.3:
            st = f"{r.randint(1, 30)}/{st}" if r.random() < 0.5 else f"Unit {r.randint(1, 30)}, {st}"
        return Addr(st, town, pc, f"{st}, {town} {state} {pc}", state)
    if cc == "NZ":
        sub, city, pc = r.choice(NZ_TOWNS)
        st = f"{n} {en_street(r, 'en_NZ', AU_SUF)}"
        return Addr(st, sub, pc, f"{st}, {sub}, {city} {pc}", city)
    if cc == "CA":
        town, prov, first = r.choice(CA_TOWNS)
        pc = ca_pc(r, first)
        if prov == "QC" and r.random() < 0.6:
            st = f"{r.randint(100, 9800)} {r.choice(['rue', 'boulevard', 'avenue'])} {r.choice(['Saint-Denis', 'Sherbrooke', 'Laurier', 'Beaubien', 'Jean-Talon', 'des Érables', 'Saint-Joseph'])}"
        else:
            st = f"{r.randint(10, 4800)} {en_street(r, 'en_CA', NA_SUF)}"
        if r.random() < 0.25:
            st = f"{st}, Apt {r.randint(101, 2408)}" if r.random() < 0.5 else f"{r.randint(101, 2408)}-{st}"
        return Addr(st, town, pc, f"{st}, {town}, {prov} {pc}", prov)
    if cc == "US":
        town, stt, z3 = r.choice(US_TOWNS)
        st = f"{r.randint(10, 9800)} {en_street(r, 'en_US', US_SUF)}"
        if r.random() < 0.3:
            st += f", Apt {r.randint(1, 40)}{r.choice('ABCD')}"
        z = z3 + pat(r, "##")
        return Addr(st, town, z, f"{st}, {town}, {stt} {z}", stt)
    if cc == "IN":
        town, state, p4, areas = r.choice(IN_TOWNS)
        area = r.choice(areas)
        pc = p4 + pat(r, "##")
        v = r.random()
        if v < 0.4:
            st = f"Flat {r.randint(1, 12)}0{r.randint(1, 8)}, {r.choice(IN_BLDG)}, {r.choice(IN_ROAD)}, {area}"
        elif v < 0.7:
            st = f"H.No. {r.randint(1, 40)}-{r.randint(1, 300)}, {r.choice(IN_ROAD)}, {area}"
        else:
            st = f"{n}, {r.choice(IN_ROAD)}, {area}"
        full = f"{st}, {town} {pc}" if r.random() < 0.5 else f"{st}, {town} - {pc}"
        return Addr(st, town, pc, full, state)
    if cc == "ZA":
        town, prov, pp, subs = r.choice(ZA_TOWNS)
        sub = r.choice(subs)
        pc = pat(r, pp)
        st = f"{n} {r.choice(ZA_STREETS)}"
        return Addr(st, town, pc, f"{st}, {sub}, {town}, {pc}", prov)
    if cc == "NG":
        town, state, pp, areas = r.choice(NG_TOWNS)
        area = r.choice(areas)
        st = f"{n} {r.choice(NG_STREETS)}"
        pc = pat(r, pp)
        full = f"{st}, {area}, {town}" + (f", {state}" if r.random() < 0.5 else f" {pc}")
        return Addr(st, town, pc, full, state)
    if cc == "PH":
        town, prov, pp, brgys = r.choice(PH_TOWNS)
        pc = pat(r, pp)
        st = (f"Blk {r.randint(1, 30)} Lot {r.randint(1, 40)}, {r.choice(PH_STREETS)}" if r.random() < 0.5
              else f"{n} {r.choice(PH_STREETS)}")
        return Addr(st, town, pc, f"{st}, Brgy. {r.choice(brgys)}, {town} {pc}", prov)
    if cc == "DE":
        town, pps = r.choice(DE_TOWNS)
        pc = pat(r, r.choice(pps))
        st = f"{fk('de_DE').street_name()} {n}" + (r.choice("abc") if r.random() < 0.1 else "")
        return Addr(st, town, pc, f"{st}, {pc} {town}")
    if cc == "AT":
        town, pp = r.choice(AT_TOWNS)
        pc = f"1{r.randint(1, 23):02d}0" if pp is None else pat(r, pp)
        st = f"{fk('de_AT').street_name()} {n}" + (f"/{r.randint(1, 20)}" if r.random() < 0.5 else "")
        return Addr(st, town, pc, f"{st}, {pc} {town}")
    if cc == "CH":
        town, pp, lang = r.choice(CH_TOWNS)
        pc = pat(r, pp)
        if lang == "fr":
            st = f"{r.choice(CH_FR_STREETS)} {n}"
        else:
            st = f"{fk('de_CH').street_name()} {n}"
        return Addr(st, town, pc, f"{st}, {pc} {town}" if r.random() < 0.7 else f"{st}, CH-{pc} {town}")
    if cc == "FR":
        town, pp = r.choice(FR_TOWNS)
        pc = pat(r, pp)
        st = f"{n}{' bis' if r.random() < 0.1 else ''} {fk('fr_FR').street_name()}"
        return Addr(st, town, pc, f"{st}, {pc} {town}")
    if cc == "ES":
        town, pp = r.choice(ES_TOWNS)
        pc = pat(r, pp)
        st = f"{r.choice(ES_STREETS)} {n}" if r.random() < 0.7 else f"Calle de {fk('es_ES').last_name()} {n}"
        if r.random() < 0.6:
            st += f", {r.randint(1, 9)}º {r.choice('ABCD')}"
        return Addr(st, town, pc, f"{st}, {pc} {town}")
    if cc == "MX":
        town, state, pps, cols = r.choice(MX_TOWNS)
        pc = pat(r, r.choice(pps))
        st = f"{r.choice(MX_STREETS)} {r.randint(10, 2400)}" + (f", Int. {r.randint(1, 40)}" if r.random() < 0.3 else "")
        return Addr(st, town, pc, f"{st}, Col. {r.choice(cols)}, {pc} {town}, {state}", state)
    if cc == "BR":
        town, uf, pp, bairros = r.choice(BR_TOWNS)
        pc = pat(r, pp)
        stn = r.choice(BR_STREETS) if r.random() < 0.7 else f"Rua {fk('pt_BR').first_name()} {fk('pt_BR').last_name()}"
        st = f"{stn}, {r.randint(10, 2500)}" + (f", apto {r.randint(1, 20)}0{r.randint(1, 6)}" if r.random() < 0.5 else "")
        return Addr(st, town, pc, f"{st}, {r.choice(bairros)}, {town} - {uf}, {pc}", uf)
    if cc == "PT":
        town, pp = r.choice(PT_TOWNS)
        pc = pat(r, pp)
        st = f"{r.choice(PT_STREETS)}, {n}" + (f", {r.randint(1, 8)}.º {r.choice(['Esq.', 'Dto.'])}" if r.random() < 0.5 else "")
        return Addr(st, town, pc, f"{st}, {pc} {town}")
    if cc == "IT":
        town, prov, pp = r.choice(IT_TOWNS)
        pc = pat(r, pp)
        st = f"{r.choice(IT_STREETS)} {n}" if r.random() < 0.7 else f"Via {fk('it_IT').first_name()} {fk('it_IT').last_name()} {n}"
        return Addr(st, town, pc, f"{st}, {pc} {town} {prov}", prov)
    if cc == "PL":
        town, pps = r.choice(PL_TOWNS)
        pc = pat(r, r.choice(pps))
        name = fk("pl_PL").street_name()
        pre = "" if name[:1].islower() else r.choice(["ul. ", "ul. ", "ul. ", "al. "])
        st = f"{pre}{name} {n}" + (f"/{r.randint(1, 60)}" if r.random() < 0.6 else "")
        return Addr(st, town, pc, f"{st}, {pc} {town}")
    if cc == "NL":
        town, p2 = r.choice(NL_TOWNS)
        pc = f"{p2}{r.randint(10, 99)} {r.choice('BCEGHJKLMNPRTVWXZ')}{r.choice('BCEGHJKLMNPRTVWXZ')}"
        st = f"{fk('nl_NL').street_name()} {n}" + (r.choice(["-II", "-hs", " A", "-3"]) if r.random() < 0.2 else "")
        return Addr(st, town, pc, f"{st}, {pc} {town}")
    if cc == "DK":
        town, pp = r.choice(DK_TOWNS)
        pc = pat(r, pp)
        st = f"{fk('da_DK').street_name()} {n}" + (f", {r.randint(1, 5)}. {r.choice(['th', 'tv', 'mf'])}" if r.random() < 0.4 else "")
        return Addr(st, town, pc, f"{st}, {pc} {town}")
    if cc == "NO":
        town, pp = r.choice(NO_TOWNS)
        pc = pat(r, pp)
        st = f"{fk('no_NO').street_name()} {n}" + (r.choice("ABC") if r.random() < 0.2 else "")
        return Addr(st, town, pc, f"{st}, {pc} {town}")
    if cc == "SE":
        town, pp = r.choice(SE_TOWNS)
        pc = pat(r, pp)
        st = f"{fk('sv_SE').street_name()} {n}" + (f", lgh {r.randint(1, 15)}0{r.randint(1, 9)}" if r.random() < 0.3 else "")
        return Addr(st, town, pc, f"{st}, {pc} {town}")
    if cc == "FI":
        town, pp = r.choice(FI_TOWNS)
        pc = pat(r, pp)
        st = f"{fk('fi_FI').street_name()} {n}" + (f" {r.choice('ABCD')} {r.randint(1, 40)}" if r.random() < 0.5 else "")
        return Addr(st, town, pc, f"{st}, {pc} {town}")
    if cc == "TR":
        town, pp, dists = r.choice(TR_TOWNS)
        dist = r.choice(dists)
        pc = pat(r, pp)
        st = f"{r.choice(TR_MAH)} {r.choice(TR_STREETS)} No: {n} D: {r.randint(1, 20)}"
        return Addr(st, town, pc, f"{st}, {pc} {dist}/{town}")
    if cc == "CZ":
        town, pp = r.choice(CZ_TOWNS)
        pc = pat(r, pp)
        st = f"{fk('cs_CZ').street_name()} {r.randint(100, 2999)}/{r.randint(1, 60)}" if r.random() < 0.5 else f"{fk('cs_CZ').street_name()} {n}"
        return Addr(st, town, pc, f"{st}, {pc} {town}")
    if cc == "HU":
        town, pp = r.choice(HU_TOWNS)
        pc = pat(r, pp)
        st = f"{fk('hu_HU').street_name()} {n}"
        if r.random() < 0.3:
            st += f" {r.randint(1, 6)}/{r.randint(1, 20)}"
        full = f"{st}, {pc} {town}" if r.random() < 0.5 else f"{pc} {town}, {st}"
        return Addr(st, town, pc, full)
    if cc == "RO":
        town, pp = r.choice(RO_TOWNS)
        pc = pat(r, pp)
        st = f"{r.choice(RO_STREETS)} nr. {n}" + (f", bl. {r.choice('ABCDM')}{r.randint(1, 9)}, ap. {r.randint(1, 60)}" if r.random() < 0.5 else "")
        return Addr(st, town, pc, f"{st}, {pc} {town}")
    if cc == "GR":
        town, pp = r.choice(GR_TOWNS)
        pc = pat(r, pp)
        st = f"{r.choice(GR_STREETS)} {n}"
        return Addr(st, town, pc, f"{st}, {pc} {town}")
    if cc == "VN":
        town, dists = r.choice(VN_TOWNS)
        st = f"{n} {r.choice(VN_STREETS)}" if r.random() < 0.6 else f"Số {n} ngõ {r.randint(2, 300)} {r.choice(VN_STREETS)}"
        return Addr(st, town, None, f"{st}, {r.choice(dists)}, {town}")
    if cc == "JP":
        town, ward, pp, areas = r.choice(JP_TOWNS)
        pc = pat(r, pp)
        st = f"{r.randint(1, 6)}-{r.randint(1, 30)}-{r.randint(1, 20)} {r.choice(areas)}"
        if r.random() < 0.3:
            st = f"Room {r.randint(1, 12)}0{r.randint(1, 9)}, {st}"
        return Addr(st, town, pc, f"{st}, {ward}, {town} {pc}", ward)
    if cc == "CN":
        town, dist, pp, _ = r.choice(CN_TOWNS)
        pc = pat(r, pp)
        st = f"Room {r.randint(2, 30)}0{r.randint(1, 9)}, No. {n} {r.choice(CN_STREETS)}"
        return Addr(st, town, pc, f"{st}, {dist}, {town} {pc}", dist)
    if cc == "KR":
        town, gu, pp = r.choice(KR_TOWNS)
        pc = pat(r, pp)
        st = f"{n} {r.choice(KR_ROADS)}" + (f", Apt {r.randint(101, 112)}-{r.randint(1, 25)}0{r.randint(1, 4)}" if r.random() < 0.5 else "")
        return Addr(st, town, pc, f"{st}, {gu}, {town} {pc}", gu)
    if cc == "AE":
        town, areas = r.choice(AE_TOWNS)
        area = r.choice(areas)
        v = r.random()
        if v < 0.45:
            st = f"Villa {n}, Street {r.randint(1, 40)}, {area}"
        elif v < 0.85:
            st = f"Flat {r.randint(1, 30)}0{r.randint(1, 9)}, {r.choice(['Marina Heights', 'Al Noor', 'Palm View', 'Crescent'])} Tower, {area}"
        else:
            st = f"P.O. Box {r.randint(1000, 99999)}"
        return Addr(st, town, None, f"{st}, {town}")
    if cc == "UA":
        town, pp = r.choice(UA_TOWNS)
        pc = pat(r, pp)
        st = f"{r.choice(UA_STREETS)} {n}" + (f", apt {r.randint(1, 120)}" if r.random() < 0.6 else "")
        return Addr(st, town, pc, f"{st}, {town} {pc}")
    if cc == "VE":
        town, pp, areas = r.choice(VE_TOWNS)
        pc = pat(r, pp)
        st = f"{r.choice(VE_STREETS)}, Edif. {r.choice(['Residencias El Parque', 'Torre Ávila', 'Los Samanes', 'Res. Caroní'])}, piso {r.randint(1, 14)}, apto {r.randint(1, 14)}{r.choice('ABCD')}"
        return Addr(st, town, pc, f"{st}, {r.choice(areas)}, {town} {pc}")
    town = r.choice({"SY": SY_TOWNS, "AF": AF_TOWNS, "ER": ER_TOWNS}[cc])
    return Addr(None, town, None, None)


def gen_town(r, cc):
    return gen_addr(r, cc).town


# --------------------------------------------------------------------------
# phones (fictitious; UK/AU/US/CA use the reserved drama/fiction ranges)
# --------------------------------------------------------------------------
PHONES = {  # cc: (mobile patterns, landline patterns)
    "GB": (["07700 900###", "+44 7700 900###", "+44 (0)7700 900###", "07700900###"],
           ["020 7946 0###", "+44 20 7946 0###", "0113 496 0###", "0161 496 0###", "+44 131 496 0###",
            "0117 496 0###", "(0116) 496 0###", "+44 (0)28 9649 6###"]),
    "IE": (["087 ### ####", "+353 87 ### ####", "085-#######", "+353 (0)86 ### ####"],
           ["01 4## ####", "+353 1 4## ####", "(021) 4## ####", "+353 91 5## ###"]),
    "AU": (["0491 570 ###", "+61 491 570 ###", "0491 571 ###"],
           ["(02) 5550 ####", "(03) 5550 ####", "+61 2 5550 ####", "(07) 5550 ####", "08 5550 ####"]),
    "NZ": (["021 555 ####", "+64 21 555 ####", "027 555 ####"],
           ["(09) 555 ####", "+64 9 555 ####", "(04) 555 ####", "03 555 ####"]),
    "CA": (["($##) 555-01##", "+1 $## 555 01##", "$##-555-01##"],
           ["(613) 555-01##", "416-555-01##", "+1 604 555 01##", "(514) 555-01##", "403.555.01##"]),
    "US": (["($##) 555-01##", "$##-555-01##", "+1 $##-555-01##"],
           ["(617) 555-01##", "508-555-01##", "(718) 555-01##", "+1 305 555 01##", "(713) 555-01##"]),
    "IN": (["+91 9#### #####", "+91 8#### #####", "09#########", "98### #####", "+91-7###-######"],
           ["080 2### ####", "+91 22 2### ####", "(044) 2### ####", "011-4#######", "+91 484 2######"]),
    "ZA": (["+27 82 ### ####", "082 ### ####", "+27 (0)73 ### ####", "071 ### ####"],
           ["011 ### ####", "+27 21 ### ####", "(031) ### ####", "012 ### ####"]),
    "NG": (["+234 803 ### ####", "0803 ### ####", "+234 (0)806 ### ####", "0909 ### ####", "+2348## ### ####"],
           ["+234 1 ### ####", "09-###-####", "01-#######"]),
    "PH": (["+63 917 ### ####", "0917 ### ####", "+63 (0)998 ### ####", "0920-###-####"],
           ["(02) 8### ####", "+63 2 8### ####", "(032) 2## ####", "(082) 2## ####"]),
    "DE": (["+49 151 ### #####", "0171 #######", "+49 (0)160 #######", "0176 ### #####"],
           ["+49 30 ### ####", "089 ### ####", "+49 (0)40 ### ###-#", "0221 ######", "+49 69 ####-####"]),
    "AT": (["0664 ### ## ##", "+43 664 ### ####", "0699 ### ## ##", "+43 676 #######"],
           ["+43 1 ### ## ##", "01 ### ## ##", "+43 316 ######", "0512 ######"]),
    "CH": (["079 ### ## ##", "+41 79 ### ## ##", "+41 76 ### ## ##", "078 ### ## ##"],
           ["+41 44 ### ## ##", "044 ### ## ##", "+41 22 ### ## ##", "061 ### ## ##"]),
    "FR": (["06 ## ## ## ##", "+33 6 ## ## ## ##", "07 ## ## ## ##", "+33 (0)7 ## ## ## ##"],
           ["01 ## ## ## ##", "+33 1 ## ## ## ##", "04 ## ## ## ##", "+33 4 ## ## ## ##"]),
    "ES": (["+34 6## ## ## ##", "6## ### ###", "+34 6## ### ###", "7## ## ## ##"],
           ["91 ### ## ##", "+34 93 ### ## ##", "952 ## ## ##", "+34 96 ### ####"]),
    "MX": (["+52 55 #### ####", "55 #### ####", "+52 1 33 #### ####", "+52 81 #### ####"],
           ["(55) ####-####", "+52 (33) ####-####", "999 ### ####"]),
    "BR": (["+55 11 9####-####", "(11) 9####-####", "+55 21 9####-####", "(51) 9####-####"],
           ["(11) 3###-####", "+55 21 2###-####", "(31) 3###-####"]),
    "PT": (["+351 91# ### ###", "91# ### ###", "+351 96# ### ###", "93# ### ###"],
           ["+351 21# ### ###", "21# ### ###", "22# ### ###"]),
    "IT": (["+39 333 ### ####", "347 ### ####", "+39 320 #######", "338 #######"],
           ["+39 02 #### ####", "06 #### ####", "+39 081 ### ####", "055 ######"]),
    "PL": (["+48 5## ### ###", "6## ### ###", "+48 7## ### ###", "5##-###-###"],
           ["+48 22 ### ## ##", "22 ### ## ##", "(12) ### ## ##", "+48 61 ### ## ##"]),
    "NL": (["+31 6 #### ####", "06-########", "06 ## ## ## ##", "+31 (0)6 ########"],
           ["020 ### ####", "+31 10 ### ####", "030-#######", "+31 (0)70 ### ####"]),
    "DK": (["+45 2# ## ## ##", "2# ## ## ##", "+45 4# ## ## ##", "5# ## ## ##"],
           ["+45 3# ## ## ##", "3# ## ## ##", "8# ## ## ##"]),
    "NO": (["+47 9## ## ###", "4## ## ###", "+47 4## ## ###", "9## ## ###"],
           ["+47 22 ## ## ##", "22 ## ## ##", "55 ## ## ##"]),
    "SE": (["+46 70 ### ## ##", "070-### ## ##", "073-### ## ##", "+46 (0)72 ### ## ##"],
           ["08-### ### ##", "+46 8 ### ### ##", "031-## ## ##", "040-## ## ##"]),
    "FI": (["+358 40 ### ####", "040 ### ####", "050 ### ####", "+358 50 #######"],
           ["09 #### ####", "+358 9 #### ####", "03 ### ####"]),
    "TR": (["+90 532 ### ## ##", "0532 ### ## ##", "+90 (5##) ### ## ##", "0 5## ### ## ##"],
           ["(0212) ### ## ##", "+90 216 ### ## ##", "0312 ### ## ##"]),
    "CZ": (["+420 6## ### ###", "6## ### ###", "+420 7## ### ###", "7## ### ###"],
           ["+420 2## ### ###", "2## ### ###", "5## ### ###"]),
    "HU": (["+36 30 ### ####", "06 30 ### ####", "06-20/###-####", "+36 70 ### ####"],
           ["06 1 ### ####", "+36 1 ### ####", "(06-52) ###-###"]),
    "RO": (["+40 7## ### ###", "07## ### ###", "07##.###.###"],
           ["+40 21 ### ####", "021 ### ####", "0264 ### ###"]),
    "GR": (["+30 69# ### ####", "69# ### ####", "+30 694 #######"],
           ["+30 210 ### ####", "210 ### ####", "2310 ######"]),
    "VN": (["+84 9# ### ## ##", "09# ### ####", "+84 (0)90 ### ####", "08# ### ####"],
           ["+84 24 #### ####", "028 #### ####", "(0236) ### ####"]),
    "JP": (["090-####-####", "+81 90-####-####", "080-####-####", "+81 80 #### ####"],
           ["03-####-####", "+81 3-####-####", "06-####-####", "+81 75-###-####"]),
    "CN": (["+86 138 #### ####", "139 #### ####", "+86 186 #### ####", "135########"],
           ["+86 21 #### ####", "(010) #### ####", "020-########"]),
    "KR": (["+82 10-####-####", "010-####-####", "+82 10 #### ####"],
           ["02-###-####", "+82 2-###-####", "051-###-####"]),
    "AE": (["+971 50 ### ####", "050 ### ####", "+971 55 ### ####"],
           ["+971 4 ### ####", "04 ### ####", "+971 2 ### ####"]),
    "SY": (["+963 9## ### ###", "09## ### ###"], ["+963 11 ### ####", "+963 21 ### ####"]),
    "AF": (["+93 7# ### ####", "07# ### ####"], ["+93 20 ### ####"]),
    "ER": (["+291 7 ### ###", "07 ### ###"], ["+291 1 ## ## ##"]),
    "UA": (["+380 67 ### ####", "+380 50 ### ## ##", "067 ### ## ##", "+380 (93) ### ## ##"],
           ["+380 44 ### ####", "044 ### ## ##", "+380 32 ### ## ##"]),
    "VE": (["+58 412 ### ####", "0414-###.##.##", "+58 424 #######"], ["+58 212 ### ####", "0212-###.##.##"]),
}


def gen_phone(r, cc, mobile=None, intl=None):
    mob, land = PHONES[cc]
    pool = mob if (mobile if mobile is not None else r.random() < 0.55) else land
    if intl is not None:
        sub = [p for p in pool if p.startswith("+") == intl]
        pool = sub or pool
    p = pat(r, r.choice(pool))
    return p


# --------------------------------------------------------------------------
# identifiers
# --------------------------------------------------------------------------
def yymmdd(d):
    return f"{d.year % 100:02d}{d.month:02d}{d.day:02d}"


def ddmmyy(d):
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}"


def cpf(r):
    n = [r.randint(0, 9) for _ in range(9)]
    for k in (10, 11):
        s = sum(a * b for a, b in zip(n, range(k, 1, -1)))
        c = (s * 10) % 11
        n.append(0 if c == 10 else c)
    s = "".join(map(str, n))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def dni(r, prefix=""):
    num = r.randint(10000000, 99999999) if not prefix else r.randint(1000000, 9999999)
    base = {"": 0, "X": 0, "Y": 1, "Z": 2}[prefix] * 10 ** 7 + num
    return f"{prefix}{num}{'TRWAGMYFPDXBNJZSQVHLCKE'[base % 23]}"


def pesel(r, d, sex):
    mm = d.month + (20 if d.year >= 2000 else 0)
    serial = r.randint(0, 99) * 10 + r.choice([1, 3, 5, 7, 9] if sex == "M" else [0, 2, 4, 6, 8])
    digits = f"{d.year % 100:02d}{mm:02d}{d.day:02d}{r.randint(0, 9)}{serial:03d}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(digits, w)) % 10) % 10
    return digits + str(c)


def bsn(r):
    while True:
        n = [r.randint(0, 9) for _ in range(8)]
        n[0] = r.randint(1, 6)
        s = sum(a * b for a, b in zip(n, range(9, 1, -1)))
        c = s % 11
        if c < 10:
            return "".join(map(str, n)) + str(c)


def hetu(r, d):
    sep = "A" if d.year >= 2000 else "-"
    ind = r.randint(2, 899)
    num = int(f"{ddmmyy(d)}{ind:03d}")
    return f"{ddmmyy(d)}{sep}{ind:03d}{'0123456789ABCDEFHJKLMNPRSTUVWXY'[num % 31]}"


def iban(r, cc, bban_len):
    bban = pat(r, "#" * bban_len)
    if cc in ("GB", "IE", "NL"):
        bank = {"GB": r.choice(["NWBK", "BARC", "MIDL", "LOYD"]), "IE": r.choice(["AIBK", "BOFI"]),
                "NL": r.choice(["ABNA", "INGB", "RABO"])}[cc]
        bban = bank + bban
    conv = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    chk = 98 - int(conv) % 97
    raw = f"{cc}{chk:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


IBAN_LEN = {"DE": 18, "AT": 16, "CH": 17, "FR": 23, "ES": 20, "IT": 23, "PL": 24, "NL": 10, "DK": 14,
            "NO": 11, "SE": 20, "FI": 14, "TR": 22, "CZ": 20, "HU": 24, "RO": 20, "GR": 23, "PT": 21,
            "GB": 14, "IE": 14, "AE": 19, "BR": 25, "UA": 25}
BIC = {"DE": "DEUTDEFF", "AT": "BKAUATWW", "CH": "UBSWCHZH80A", "FR": "BNPAFRPP", "ES": "CAIXESBB",
       "IT": "UNCRITMM", "PL": "PKOPPLPW", "NL": "INGBNL2A", "DK": "DABADKKK", "NO": "DNBANOKK",
       "SE": "ESSESESS", "FI": "NDEAFIHH", "TR": "TGBATRIS", "CZ": "KOMBCZPP", "HU": "OTPVHUHB",
       "RO": "BTRLRO22", "GR": "ETHNGRAA", "PT": "CGDIPTPL", "GB": "NWBKGB2L", "IE": "AIBKIE2D",
       "AE": "EBILAEAD", "BR": "BRASBRRJ", "UA": "PBANUA2X"}


def gen_account(r, cc):
    """Bank account for a person in cc: (label, value, bic or None)."""
    if cc in IBAN_LEN:
        return ("IBAN", iban(r, cc, IBAN_LEN[cc]), BIC[cc])
    if cc == "AU":
        return (f"BSB {pat(r, '0##-###')}, account no.", pat(r, "#### ####"), None)
    if cc == "IN":
        return ("A/c no.", pat(r, "!##########") , None)
    return ("account no.", pat(r, "!#######" + "#" * r.randint(1, 4)), None)


def gen_ssn(r, cc, p):
    """National identity / social-security number -> (label, value) or None."""
    d, sex = p.dob, p.sex
    if cc == "US":
        a = r.randint(1, 899)
        a = 667 if a == 666 else a
        return ("SSN", f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}")
    if cc == "CA":
        return ("SIN", pat(r, "!## ### ###"))
    if cc == "GB":
        return ("National Insurance no.", f"{r.choice('ABCEGHJKLMNPRSTWXYZ')}{r.choice('ABCEGHJKLMNPRSTWXYZ')} {pat(r, '## ## ##')} {r.choice('ABCD')}")
    if cc == "IE":
        return ("PPS no.", pat(r, "#######") + r.choice(UPX) + ("A" if r.random() < 0.3 else ""))
    if cc == "IN":
        return ("Aadhaar no.", f"{r.randint(2, 9)}{pat(r, '### #### ####')}")
    if cc == "ZA":
        return ("ID no.", f"{yymmdd(d)}{r.randint(0, 4) if sex == 'F' else r.randint(5, 9)}{pat(r, '###')}08{r.randint(0, 9)}")
    if cc == "NG":
        return ("NIN", pat(r, "!##########"))
    if cc == "PH":
        return r.choice([("PhilSys no.", pat(r, "####-####-####-####")), ("SSS no.", pat(r, "##-#######-#"))])
    if cc == "DE":
        return ("Rentenversicherungsnummer", f"{pat(r, '##')} {ddmmyy(d)} {letters_only(p.family)[:1] or 'A'} {pat(r, '##')}{r.randint(0, 4) if sex == 'M' else r.randint(5, 9)}")
    if cc == "AT":
        return ("SV-Nr.", f"{pat(r, '!###')} {ddmmyy(d)}")
    if cc == "CH":
        return ("AHV no.", f"756.{pat(r, '####')}.{pat(r, '####')}.{pat(r, '##')}")
    if cc == "FR":
        return ("NIR", f"{1 if sex == 'M' else 2} {d.year % 100:02d} {d.month:02d} {pat(r, '!#')} {pat(r, '###')} {pat(r, '###')} {pat(r, '##')}")
    if cc == "ES":
        return r.choice([("DNI", dni(r)), ("NIE", dni(r, r.choice("XYZ"))), ("NUSS", pat(r, "##/########/##"))])
    if cc == "MX":
        fam = letters_only(p.family.split()[0]) + "XX"
        fam2 = (letters_only(p.family.split()[1]) if len(p.family.split()) > 1 else "X") + "X"
        giv = letters_only(p.given) + "X"
        vowel = next((c for c in fam[1:] if c in "AEIOU"), "X")
        cons = lambda s: next((c for c in s[1:] if c not in "AEIOU"), "X")
        return ("CURP", f"{fam[0]}{vowel}{fam2[0]}{giv[0]}{yymmdd(d)}{'H' if sex == 'M' else 'M'}"
                        f"{r.choice(['DF', 'JC', 'NL', 'PL', 'YN', 'BC', 'OC'])}{cons(fam)}{cons(fam2)}{cons(giv)}{pat(r, '%#')}")
    if cc == "BR":
        return ("CPF", cpf(r))
    if cc == "PT":
        return ("Cartão de Cidadão no.", f"{pat(r, '########')} {r.randint(0, 9)} {pat(r, '@@#')}")
    if cc == "IT":
        fam = "".join(c for c in letters_only(p.family) if c not in "AEIOU") + letters_only(p.family) + "XXX"
        giv = "".join(c for c in letters_only(p.given) if c not in "AEIOU") + letters_only(p.given) + "XXX"
        day = d.day + (40 if sex == "F" else 0)
        return ("Codice fiscale", f"{fam[:3]}{giv[:3]}{d.year % 100:02d}{'ABCDEHLMPRST'[d.month - 1]}{day:02d}{r.choice('ACDFGHLM')}{pat(r, '###')}{r.choice(UPX)}")
    if cc == "PL":
        return ("PESEL", pesel(r, d, sex))
    if cc == "NL":
        return ("BSN", bsn(r))
    if cc == "DK":
        return ("CPR no.", f"{ddmmyy(d)}-{pat(r, '####')}")
    if cc == "NO":
        return ("fødselsnummer", f"{ddmmyy(d)} {pat(r, '#####')}")
    if cc == "SE":
        return ("personnummer", f"{d.year}{d.month:02d}{d.day:02d}-{pat(r, '####')}" if r.random() < 0.5 else f"{yymmdd(d)}-{pat(r, '####')}")
    if cc == "FI":
        return ("HETU", hetu(r, d))
    if cc == "TR":
        return ("T.C. Kimlik No", pat(r, "!##########"))
    if cc == "CZ":
        mm = d.month + (50 if sex == "F" else 0)
        return ("rodné číslo", f"{d.year % 100:02d}{mm:02d}{d.day:02d}/{pat(r, '####')}")
    if cc == "HU":
        return ("személyi szám", f"{1 if sex == 'M' else 2}-{yymmdd(d)}-{pat(r, '####')}")
    if cc == "RO":
        return ("CNP", f"{1 if sex == 'M' else 2}{yymmdd(d)}{pat(r, '######')}")
    if cc == "GR":
        return ("AMKA", f"{ddmmyy(d)}{pat(r, '#####')}")
    if cc == "VN":
        return ("CCCD no.", "0" + pat(r, "###########"))
    if cc == "JP":
        return ("My Number", pat(r, "#### #### ####"))
    if cc == "CN":
        reg = r.choice(CN_TOWNS)[3]
        return ("Resident ID no.", f"{reg}{pat(r, '##')}{d.year}{d.month:02d}{d.day:02d}{pat(r, '###')}{r.choice('0123456789X')}")
    if cc == "KR":
        s7 = (1 if sex == "M" else 2) + (2 if d.year >= 2000 else 0)
        return ("RRN", f"{yymmdd(d)}-{s7}{pat(r, '######')}")
    if cc == "AE":
        return ("Emirates ID", f"784-{d.year}-{pat(r, '#######')}-{r.randint(0, 9)}")
    if cc == "SY":
        return ("national no.", pat(r, "!##########"))
    if cc == "AF":
        return ("e-Tazkira no.", pat(r, "####-####-#####"))
    if cc == "UA":
        return ("UNZR", f"{d.year}{d.month:02d}{d.day:02d}-{pat(r, '#####')}")
    if cc == "VE":
        return ("cédula", f"V-{r.randint(5, 29)}.{pat(r, '###')}.{pat(r, '###')}")
    return None


def gen_hp(r, cc, p, region=""):
    """Health-service / public health-insurance number -> (label, value) or None."""
    if cc == "GB":
        if r.random() < 0.15:
            return ("CHI no.", f"{ddmmyy(p.dob)}{pat(r, '####')}")
        return ("NHS no.", f"{r.randint(4, 7)}{pat(r, '## ### ####')}")
    if cc == "IE":
        return r.choice([("Medical Card no.", pat(r, "#######") + r.choice(UPX)), ("IHI", pat(r, "#### #### #### ####"))])
    if cc == "AU":
        return ("Medicare no.", f"{r.randint(2, 6)}{pat(r, '### ##### #')}")
    if cc == "NZ":
        return ("NHI", "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + pat(r, "####"))
    if cc == "CA":
        if region == "QC":
            return ("RAMQ no.", f"{letters_only(p.family)[:3].ljust(3, 'X')}{letters_only(p.given)[:1]} {p.dob.year % 100:02d}{p.dob.month + (50 if p.sex == 'F' else 0):02d} {p.dob.day:02d}{pat(r, '##')}")
        if region == "BC":
            return ("PHN", f"9{pat(r, '### ### ###')}")
        if region == "AB":
            return ("AHCIP no.", pat(r, "#####-####"))
        return ("OHIP no.", f"{pat(r, '####-###-###')}-{r.choice(UPX)}{r.choice(UPX)}")
    if cc == "US":
        return r.choice([("Medicare MBI", pat(r, "!@%#-@%#-@@##")), ("Member ID", pat(r, "@@@#########")),
                         ("MassHealth ID", pat(r, "1########9"))])
    if cc == "IN":
        return r.choice([("ABHA no.", pat(r, "##-####-####-####")), ("ESIC IP no.", pat(r, "##########"))])
    if cc == "ZA":
        return ("medical aid no.", pat(r, "#########"))
    if cc == "NG":
        return ("NHIA no.", pat(r, "@@@/######/##"))
    if cc == "PH":
        return ("PhilHealth PIN", pat(r, "##-#########-#"))
    if cc == "DE":
        return ("Versichertennummer", f"{letters_only(p.family)[:1] or 'A'}{pat(r, '#########')}")
    if cc == "CH":
        return ("insurance card no.", "80756" + pat(r, "###############"))
    if cc == "FR":
        return ("mutuelle member no.", pat(r, "#########"))
    if cc == "ES":
        return ("tarjeta sanitaria (CIP)", pat(r, "@@@@#########" + "#"))
    if cc == "BR":
        return ("Cartão SUS (CNS)", f"{r.choice('789')}{pat(r, '## #### #### ####')}")
    if cc == "PT":
        return ("SNS utente no.", pat(r, "#########"))
    if cc == "IT":
        return ("TEAM card no.", "80380" + pat(r, "###############"))
    if cc == "NL":
        return ("polisnummer", pat(r, "!########"))
    if cc == "HU":
        return ("TAJ no.", pat(r, "### ### ###"))
    if cc == "VN":
        return ("BHYT card no.", r.choice(["DN", "HT", "GD", "TE"]) + pat(r, "#############"))
    if cc == "JP":
        return ("health insurance card no.", f"{pat(r, '0#######')}-{pat(r, '####')}")
    if cc in ("PL", "CZ", "AT", "DK", "SE", "FI", "NO", "GR", "RO"):
        return ("EHIC card no.", pat(r, "80" + "#" * 18))
    return None


PASSPORT = {"GB": "!########", "IE": "@@#######", "AU": "P@#######", "NZ": "L@######", "CA": "@@######",
            "US": "!########", "IN": "@#######", "ZA": "A########", "NG": "A########", "PH": "P#######@",
            "DE": "C%%%%%%%%", "AT": "P#######", "CH": "X#######", "FR": "##@@#####", "ES": "@@@######",
            "MX": "G########", "BR": "@@######", "PT": "@######", "IT": "@@#######", "PL": "E@#######",
            "NL": "N%%%%%%%#", "DK": "#########", "NO": "#########", "SE": "########", "FI": "FP#######",
            "TR": "U########", "CZ": "########", "HU": "@@#######", "RO": "#########", "GR": "@@#######",
            "VN": "C#######", "JP": "T@#######", "CN": "E########", "KR": "M########", "AE": "@#######",
            "SY": "N#########", "AF": "P########", "ER": "#######", "UA": "@@######", "VE": "#########"}


def gen_passport(r, cc):
    return pat(r, PASSPORT.get(cc, "@@#######"))


def gen_dl(r, cc, p):
    """Driving licence number."""
    if cc == "GB":
        s = (letters_only(p.family) + "99999")[:5]
        d = p.dob
        mm = d.month + (50 if p.sex == "F" else 0)
        return f"{s}{str(d.year)[2]}{mm:02d}{d.day:02d}{str(d.year)[3]}{letters_only(p.given)[:1]}9{pat(r, '%%')}"
    pats = {"IE": "#########", "AU": "########", "NZ": "@@######", "CA": "@####-#####-#####",
            "US": "S########", "IN": "@@## ###########", "ZA": "####0000####", "NG": "@@@#####@@##",
            "PH": "@##-##-######", "DE": "B0#%%%%%%##", "AT": "########", "CH": "###%%%###",
            "FR": "############", "ES": "########@", "MX": "@########", "BR": "###########",
            "PT": "@@-#######", "IT": "@@#######@", "PL": "#####/##/####", "NL": "!#########",
            "DK": "########", "NO": "### ### ## #####", "SE": "########", "FI": "@@#######",
            "TR": "######", "CZ": "@@ ######", "HU": "@@######", "RO": "##########", "GR": "@@#######",
            "VN": "############", "JP": "#### #### ####", "CN": "###############", "KR": "##-##-######-##",
            "AE": "#######", "UA": "@@@######"}
    return pat(r, pats.get(cc, "@#######"))


DE_PLATE = ["M", "B", "HH", "K", "F", "S", "D", "L", "DD", "N", "FR", "MS"]
PL_PLATE = ["WA", "WX", "KR", "EL", "DW", "PO", "GD", "LU", "SK", "BI", "ZS"]


def gen_plate(r, cc):
    if r.random() < 0.12:
        wmi = {"DE": "WVW", "FR": "VF1", "IT": "ZFA", "GB": "SAL", "JP": "JTD", "SE": "YV1", "US": "1FA",
               "ES": "VSS", "CZ": "TMB", "KR": "KMH", "BR": "9BW", "IN": "MA3", "TR": "NM0"}.get(cc, "WF0")
        return wmi + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(14))
    if cc == "DE":
        return f"{r.choice(DE_PLATE)}-{pat(r, '@@')} {r.randint(1, 9999)}"
    if cc == "PL":
        return f"{r.choice(PL_PLATE)} {pat(r, '#####')}"
    if cc == "IN":
        return f"{r.choice(['MH', 'KA', 'DL', 'TN', 'KL', 'TS'])} {pat(r, '## @@ ####')}"
    pats = {"GB": "@@## @@@", "IE": f"{r.choice(['19', '21', '23', '24'])}{r.choice(['1', '2'])}-{r.choice(['D', 'C', 'G', 'L', 'KY', 'WX'])}-{r.randint(1, 29999)}",
            "AU": "@@@##@", "NZ": "@@@###", "CA": "@@@@ ###", "US": "#@@ ###", "ZA": "@@ ## @@ GP",
            "NG": "@@@-###@@", "PH": "@@@ ####", "AT": "W-#####@", "CH": "ZH ######", "FR": "@@-###-@@",
            "ES": "#### BCD".replace("BCD", "".join(r.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(3))),
            "MX": "@@@-###-@", "BR": "@@@#@##", "PT": "##-@@-##", "IT": "@@ ###@@", "NL": "##-@@@-#",
            "DK": "@@ ## ###", "NO": "@@ #####", "SE": "@@@ ##@", "FI": "@@@-###", "TR": "34 @@@ ###",
            "CZ": "#@# ####", "HU": "@@@-###", "RO": "B ### @@@", "GR": "@@@-####", "VN": "30@-###.##",
            "AE": "Dubai @ #####", "UA": "@@ #### @@", "JP": "Shinagawa 300 ## ##", "KR": "## ####"}
    return pat(r, pats.get(cc, "@@@ ###"))


def gen_device(r):
    return pat(r, r.choice(["@@@######@", "!#######", "###@@####", "@######", "@@%%%%%%", "##########",
                            "@@@-######", "@%#####%"]))


# --------------------------------------------------------------------------
# clinical filler (deliberate near-misses live here: doses, vitals, SI labs, ICD-10)
# --------------------------------------------------------------------------
DX = [("community-acquired pneumonia", "J18.9"), ("fractured neck of femur", "S72.00"),
      ("NSTEMI", "I21.4"), ("acute appendicitis", "K35.80"), ("diabetic ketoacidosis", "E10.10"),
      ("cellulitis of the left lower leg", "L03.116"), ("ischaemic stroke", "I63.9"),
      ("pulmonary embolism", "I26.99"), ("acute pancreatitis", "K85.90"), ("falciparum malaria", "B50.9"),
      ("dengue fever", "A90"), ("gastroenteritis with dehydration", "A09"),
      ("fracture of the distal radius", "S52.50"), ("upper GI bleed", "K92.2"), ("urosepsis", "N39.0"),
      ("infective exacerbation of COPD", "J44.1"), ("new atrial fibrillation", "I48.91"),
      ("acute kidney injury", "N17.9"), ("pulmonary tuberculosis", "A15.0"), ("acute cholecystitis", "K81.0"),
      ("renal colic", "N23"), ("heat exhaustion", "T67.5"), ("deep vein thrombosis", "I82.40")]
MEDS = ["apixaban 5 mg twice daily", "metformin 500 mg BD", "amoxicillin 500 mg TDS",
        "enoxaparin 40 mg/0.4 mL SC once daily", "bisoprolol 2.5 mg OD", "atorvastatin 80 mg nocte",
        "paracetamol 1 g QDS PRN", "levothyroxine 75 mcg OD", "insulin glargine 18 units at night",
        "salbutamol 100 mcg 2 puffs PRN", "co-amoxiclav 625 mg TDS", "artemether-lumefantrine 80/480 mg",
        "ondansetron 4 mg PRN", "omeprazole 20 mg OD", "ramipril 5 mg OD", "prednisolone 40 mg OD",
        "furosemide 40 mg mane", "ceftriaxone 2 g IV daily", "tramadol 50 mg QDS PRN", "clopidogrel 75 mg OD",
        "amlodipine 10 mg OD", "doxycycline 100 mg BD", "morphine sulfate 10 mg/5 mL PRN"]
CHRONIC = ["metformin 500 mg BD", "bisoprolol 2.5 mg OD", "atorvastatin 40 mg nocte", "levothyroxine 75 mcg OD",
           "ramipril 5 mg OD", "amlodipine 10 mg OD", "omeprazole 20 mg OD", "apixaban 5 mg BD", "sertraline 50 mg OD",
           "salbutamol 100 mcg 2 puffs PRN", "allopurinol 100 mg OD", "tamsulosin 400 mcg OD", "gliclazide 80 mg BD"]
TREAT = {"J18.9": ["co-amoxiclav 625 mg TDS", "amoxicillin 500 mg TDS", "doxycycline 100 mg BD", "ceftriaxone 2 g IV daily"],
         "S72.00": ["enoxaparin 40 mg/0.4 mL SC once daily", "paracetamol 1 g QDS PRN", "morphine sulfate 10 mg/5 mL PRN"],
         "I21.4": ["clopidogrel 75 mg OD", "atorvastatin 80 mg nocte", "bisoprolol 2.5 mg OD", "ramipril 5 mg OD"],
         "K35.80": ["co-amoxiclav 625 mg TDS", "paracetamol 1 g QDS PRN"],
         "E10.10": ["insulin glargine 18 units at night", "insulin aspart 4-6 units with meals"],
         "L03.116": ["flucloxacillin 1 g QDS", "doxycycline 100 mg BD"], "I63.9": ["clopidogrel 75 mg OD", "atorvastatin 80 mg nocte"],
         "I26.99": ["apixaban 5 mg twice daily", "rivaroxaban 15 mg BD"], "K85.90": ["IV 0.9% saline", "tramadol 50 mg QDS PRN"],
         "B50.9": ["artemether-lumefantrine 80/480 mg", "IV artesunate 2.4 mg/kg"], "A90": ["paracetamol 1 g QDS PRN", "oral rehydration"],
         "A09": ["ondansetron 4 mg PRN", "oral rehydration salts"], "S52.50": ["paracetamol 1 g QDS PRN", "ibuprofen 400 mg TDS"],
         "K92.2": ["omeprazole 40 mg BD", "IV pantoprazole 80 mg"], "N39.0": ["ceftriaxone 2 g IV daily", "nitrofurantoin 100 mg BD"],
         "J44.1": ["prednisolone 40 mg OD", "salbutamol 100 mcg 2 puffs PRN", "doxycycline 100 mg BD"],
         "I48.91": ["apixaban 5 mg twice daily", "bisoprolol 2.5 mg OD"], "N17.9": ["IV 0.9% saline 1 L over 4 h"],
         "A15.0": ["RHZE (rifampicin 600 mg) daily", "pyridoxine 10 mg OD"], "K81.0": ["co-amoxiclav 625 mg TDS", "paracetamol 1 g QDS PRN"],
         "N23": ["diclofenac 75 mg IM", "tamsulosin 400 mcg OD"], "T67.5": ["IV 0.9% saline 1 L", "oral rehydration"],
         "I82.40": ["apixaban 10 mg BD for 7 days", "rivaroxaban 15 mg BD"]}


def tx(r, icd, home=False):
    """Treatment for a diagnosis; home=True avoids in-hospital-only items (IV, fluids)."""
    opts = TREAT.get(icd, MEDS)
    if home:
        opts = [m for m in opts if "IV" not in m and "rehydration" not in m and "IM" not in m] or ["paracetamol 1 g QDS PRN"]
    return r.choice(opts)


DRUG_FOREIGN = [("Novalgin", "metamizole 500 mg", "paracetamol 1 g QDS"), ("Nolotil", "metamizole 575 mg", "paracetamol 1 g QDS"),
                ("Tachipirina", "paracetamol 1000 mg", "paracetamol 500 mg, two tablets"), ("Doliprane", "paracetamol 1 g", "paracetamol 500 mg, two tablets"),
                ("Pantozol", "pantoprazole 40 mg", "generic pantoprazole 40 mg"), ("Concor", "bisoprolol 5 mg", "generic bisoprolol 5 mg"),
                ("Euthyrox", "levothyroxine 100 mcg", "generic levothyroxine 100 mcg"), ("Xarelto", "rivaroxaban 20 mg", "rivaroxaban 20 mg (UK pack)"),
                ("Glucophage", "metformin 850 mg", "metformin 500 mg + 500 mg"), ("Buscopan", "hyoscine butylbromide 10 mg", "hyoscine butylbromide 10 mg OTC"),
                ("Efferalgan", "paracetamol 500 mg", "paracetamol 500 mg"), ("Ketonal", "ketoprofen 100 mg", "ibuprofen 400 mg TDS"),
                ("Nimesil", "nimesulide 100 mg", "ibuprofen 400 mg TDS"), ("Augmentin", "amoxicillin/clavulanate 875/125 mg", "co-amoxiclav 625 mg TDS"),
                ("Sintrom", "acenocoumarol 4 mg", "warfarin, INR-guided"), ("Adalat", "nifedipine 30 mg", "nifedipine MR 30 mg")]


def vitals(r, ok=False):
    if ok:
        parts = [f"BP {r.randint(106, 138)}/{r.randint(62, 86)}", f"HR {r.randint(56, 92)}", f"RR {r.randint(12, 18)}",
                 f"SpO2 {r.randint(95, 99)}%" + r.choice([" on room air", ""]), f"T {r.randint(361, 374) / 10:.1f} °C"]
        r.shuffle(parts)
        return ", ".join(parts[:r.randint(3, 5)])
    parts = [f"BP {r.randint(96, 168)}/{r.randint(54, 98)}", f"HR {r.randint(52, 124)}",
             f"RR {r.randint(12, 28)}", f"SpO2 {r.randint(88, 99)}%" + r.choice([" on room air", " on 2 L O2", ""]),
             f"T {r.randint(360, 395) / 10:.1f} °C"]
    r.shuffle(parts)
    return ", ".join(parts[:r.randint(3, 5)])


def labs(r, ok=False):
    if ok:
        pool = [f"Hb {r.randint(121, 162)} g/L", f"WCC {r.randint(45, 98) / 10:.1f} ×10⁹/L", f"CRP {r.randint(1, 6)} mg/L",
                f"creatinine {r.randint(55, 98)} µmol/L", f"Na {r.randint(136, 144)} mmol/L", f"K {r.randint(36, 49) / 10:.1f} mmol/L",
                f"glucose {r.randint(42, 61) / 10:.1f} mmol/L", f"HbA1c {r.randint(31, 41)} mmol/mol", f"ALT {r.randint(12, 38)} U/L"]
        r.shuffle(pool)
        out = ", ".join(pool[:r.randint(2, 4)])
        return out[0].upper() + out[1:]
    pool = [f"Hb {r.randint(84, 162)} g/L", f"WCC {r.randint(35, 219) / 10:.1f} ×10⁹/L", f"CRP {r.randint(2, 310)} mg/L",
            f"creatinine {r.randint(48, 412)} µmol/L", f"Na {r.randint(126, 146)} mmol/L",
            f"K {r.randint(31, 59) / 10:.1f} mmol/L", f"glucose {r.randint(38, 296) / 10:.1f} mmol/L",
            f"HbA1c {r.randint(36, 108)} mmol/mol", f"eGFR {r.randint(14, 90)} mL/min/1.73m²",
            f"INR {r.randint(9, 38) / 10:.1f}", f"troponin T {r.randint(4, 890)} ng/L",
            f"lactate {r.randint(6, 61) / 10:.1f} mmol/L", f"platelets {r.randint(18, 420)} ×10⁹/L"]
    r.shuffle(pool)
    out = ", ".join(pool[:r.randint(2, 5)])
    return out[0].upper() + out[1:]


MONEY = {"GB": ["£###", "£#,###.##", "£##.##"], "IE": ["€###", "€#,###.##"], "AU": ["A$#,###", "$###.##"],
         "NZ": ["NZ$#,###"], "CA": ["C$#,###.##", "$###"], "US": ["US$#,###", "$##,###.##"],
         "IN": ["₹##,###", "Rs. #,##,###", "INR #,##,###"], "ZA": ["R # ###,##", "R##,###"],
         "NG": ["₦###,###", "NGN #,###,###"], "PH": ["₱##,###.##", "PHP #,###"],
         "DE": ["€#.###,##", "### €"], "AT": ["€ #.###,##"], "CH": ["CHF #'###.##", "CHF ###.–"],
         "FR": ["# ###,## €", "### €"], "ES": ["#.###,## €", "€###"], "MX": ["MX$##,###", "$##,### MXN"],
         "BR": ["R$ #.###,##", "R$ ###,##"], "PT": ["€ ###,##"], "IT": ["€ #.###,##"], "PL": ["# ###,## zł", "### PLN"],
         "NL": ["€ #.###,##"], "DK": ["## ### kr.", "DKK #.###"], "NO": ["NOK ## ###", "# ### kr"],
         "SE": ["## ### kr", "SEK #,###"], "FI": ["# ###,## €"], "TR": ["₺##.###", "TRY #.###"],
         "CZ": ["## ### Kč"], "HU": ["### ### Ft"], "RO": ["#.### lei"], "GR": ["€###,##"],
         "VN": ["₫#.###.###", "VND ##,###,###"], "JP": ["¥##,###", "JPY ###,###"], "CN": ["¥#,###", "CNY ##,###"],
         "KR": ["₩#,###,###"], "AE": ["AED #,###", "AED ##,###.##"]}


def money(r, cc):
    pp = MONEY.get(cc) or MONEY["US"]
    return pat(r, r.choice(pp).replace("#", "!", 1).replace("$", "\x00")).replace("\x00", "$")


FLIGHTS = ["LH 441", "BA0283", "EK 203", "QF1", "TK1980", "AF 1080", "KL 1007", "SQ 322", "AI 131", "EY 19",
           "LX 318", "SK 1465", "AY 1331", "LO 281", "IB 3166", "TP 1351", "VN 54", "NH 212", "CX 251", "QR 7",
           "ET 701", "AC 848", "UA 901", "DL 47", "PR 721", "NZ 1", "MS 778", "FR 2282", "U2 8271", "W6 1305"]
CC_AIRPORTS = {"GB": ["LHR", "MAN", "EDI", "BHX"], "IE": ["DUB", "SNN", "ORK"], "AU": ["SYD", "MEL", "BNE", "PER"],
               "NZ": ["AKL", "CHC", "WLG"], "CA": ["YYZ", "YVR", "YUL", "YYC"], "US": ["JFK", "BOS", "MIA", "ORD", "SFO"],
               "IN": ["DEL", "BOM", "BLR", "MAA", "COK"], "ZA": ["JNB", "CPT", "DUR"], "NG": ["LOS", "ABV"], "PH": ["MNL", "CEB"],
               "DE": ["FRA", "MUC", "BER", "HAM"], "AT": ["VIE", "SZG"], "CH": ["ZRH", "GVA", "BSL"], "FR": ["CDG", "NCE", "LYS"],
               "ES": ["MAD", "BCN", "AGP", "PMI", "ALC"], "MX": ["MEX", "CUN", "GDL"], "BR": ["GRU", "GIG"], "PT": ["LIS", "OPO", "FAO"],
               "IT": ["FCO", "MXP", "NAP"], "PL": ["WAW", "KRK", "GDN"], "NL": ["AMS"], "DK": ["CPH", "BLL"], "NO": ["OSL", "BGO"],
               "SE": ["ARN", "GOT"], "FI": ["HEL"], "TR": ["IST", "SAW", "AYT"], "CZ": ["PRG"], "HU": ["BUD"], "RO": ["OTP", "CLJ"],
               "GR": ["ATH", "HER", "SKG"], "VN": ["SGN", "HAN", "DAD"], "JP": ["NRT", "HND", "KIX"], "CN": ["PVG", "PEK", "CAN"],
               "KR": ["ICN"], "AE": ["DXB", "AUH"], "UA": ["WAW", "KRK"], "SY": ["IST"], "AF": ["DXB"], "ER": ["DXB"], "VE": ["BOG", "MAD"]}


def route(C, a, b):
    return C.ch(CC_AIRPORTS[a]) + "–" + C.ch(CC_AIRPORTS[b])


AIRPORTS = ["LHR", "DUB", "FRA", "MUC", "CDG", "AMS", "MAD", "BCN", "FCO", "WAW", "CPH", "OSL", "ARN", "HEL",
            "IST", "PRG", "BUD", "OTP", "ATH", "LIS", "SGN", "HAN", "NRT", "PVG", "ICN", "DXB", "DEL", "BOM",
            "JNB", "LOS", "MNL", "SYD", "AKL", "YYZ", "JFK", "BOS", "MEX", "GRU", "CUN", "ZRH", "VIE"]


# --------------------------------------------------------------------------
# facilities, staff
# --------------------------------------------------------------------------
EN_PLACES = ["Riverside", "Northgate", "Harbourview", "Westbrook", "Kingsway", "Meadowbank", "Hillcrest",
             "Lakeside", "Fairfield", "Seaview", "Parkside", "Oakridge", "Eastwood", "Highfield", "Bayside",
             "Greenhill", "Ashcombe", "Elmstead", "Thornbury", "Coldharbour", "Southgate", "Millbrook"]
SAINTS = ["Columba", "Finbarr", "Raphael", "Jude", "Brendan", "Aidan", "Bernadette", "Gerard", "Ninian"]
FACN = {
    "en": ["{P} General Hospital", "{P} University Hospital", "St {S}'s Hospital", "{P} Private Hospital",
           "Royal {P} Infirmary", "{P} Regional Hospital"],
    "US": ["{P} Medical Center", "Mercy {P} Hospital", "{P} Community Health Center", "{P} Memorial Hospital"],
    "IN": ["{X} Multispeciality Hospital", "{X} Institute of Cardiac Sciences", "{X} Hospital & Research Centre"],
    "NG": ["{X} Specialist Hospital", "{X} Medical Centre"], "ZA": ["{X} Private Hospital", "{X} Medical Centre"],
    "PH": ["{X} Medical Center", "{X} Hospital"], "DE": ["Klinikum {X}", "Krankenhaus {X}"],
    "FR": ["Hôpital {X}", "Clinique {X}", "Centre Hospitalier {X}"], "ES": ["Hospital {X}", "Clínica {X}"],
    "PT": ["Hospital {X}", "Hospital {X}"], "IT": ["Ospedale {X}", "Policlinico {X}", "Casa di Cura {X}"],
    "PL": ["Szpital {X}", "Centrum Medyczne {X}"], "NL": ["{X} Ziekenhuis", "{X} Medisch Centrum"],
    "DK": ["{X} Hospital", "{X} Sygehus"], "SE": ["{X} sjukhus", "{X} vårdcentral"], "NO": ["{X} sykehus", "{X} legesenter"],
    "FI": ["{X} sairaala", "{X} Hospital"], "TR": ["Özel {X} Hastanesi", "{X} Hospital"],
    "CZ": ["Nemocnice {X}"], "HU": ["{X} Kórház", "{X} Klinika"], "RO": ["Spitalul {X}"],
    "GR": ["{X} General Hospital", "{X} Clinic"], "VN": ["{X} International Hospital"],
    "JP": ["{X} Hospital", "{X} International Clinic"], "CN": ["{X} International Medical Center", "{X} Hospital"],
    "KR": ["{X} Medical Center", "{X} Hospital"], "AE": ["{X} Hospital", "{X} Medical Centre"],
    "UA": ["{X} Hospital"],
}
FACX = {
    "IN": ["Sanjeevani", "Arogya", "Sri Sai", "Lotus", "Shanti", "Dhanvantari", "Sahyog", "Navjeevan"],
    "NG": ["Crestview", "Goodhope", "Lifeline", "Harmony", "Gracefield"], "ZA": ["Protea", "Jacaranda", "Acacia", "Blue Crane", "Fynbos"],
    "PH": ["Holy Family", "Mother of Mercy", "Maharlika", "Bagong Buhay", "Santo Rosario"],
    "DE": ["am Südpark", "an der Weide", "Lindenhof", "Nordwest", "Bergmannsheil", "St. Hedwig"],
    "FR": ["Saint-Roch", "des Portes du Sud", "du Parc", "Sainte-Anne", "de l'Espérance"],
    "ES": ["San Rafael", "Santa Elena", "del Mar", "Costa Azul", "La Esperanza", "Virgen de la Salud"],
    "PT": ["Santa Luzia", "São Lucas", "da Luz", "Santa Marta"], "IT": ["Santa Chiara", "Villa Serena", "Sant'Anna", "San Giacomo"],
    "PL": ["Wojewódzki", "Miejski nr 2", "Zdrowie", "Na Wyspie"], "NL": ["Noordwest", "Rivierenland", "Zuiderpark", "Waterland"],
    "DK": ["Vestre", "Fjordklinikken", "Strandvejens"], "SE": ["Norra", "Södra", "Ekbackens"], "NO": ["Fjellheim", "Nordlys", "Solbakken"],
    "FI": ["Koivula", "Kuusela", "Mäntylä"], "TR": ["Anadolu Şifa", "Boğaziçi Yaşam", "Yeni Umut", "Güneş"],
    "CZ": ["Na Výšinách", "Svaté Anny", "U Lípy"], "HU": ["Szent Margit", "Duna", "Zöldliget"],
    "RO": ["Sfântul Pantelimon", "Clinic Județean de Urgență", "Sfânta Maria"], "GR": ["Agia Eleni", "Asklipieio", "Panakeia"],
    "VN": ["Hồng Phúc", "Sông Hàn", "An Bình", "Bình Minh"], "JP": ["Sakura", "Aoba", "Midori", "Seiwa"],
    "CN": ["Donghai", "Xinkang", "Huaxin", "Kangning"], "KR": ["Hanbit", "Saerom", "Dasarang"],
    "AE": ["Al Safa", "Al Zahra", "Al Waha", "Burj Al Shifa"], "UA": ["City Clinical", "Regional Children's"],
}
FAC_GROUP = {"GB": "en", "IE": "en", "AU": "en", "NZ": "en", "CA": "en", "US": "US", "AT": "DE", "CH": "DE",
             "MX": "ES", "VE": "ES", "BR": "PT"}
GP_NAMES = ["{P} Surgery", "{P} Medical Practice", "{P} Health Centre", "The {P} Practice", "{P} Family Practice"]
GP_LOCAL = {"DE": "Hausarztpraxis {X}", "DK": "Lægehuset {X}", "SE": "Vårdcentralen {X}", "NO": "{X} legesenter",
            "NL": "Huisartsenpraktijk {X}", "FR": "Cabinet médical {X}", "ES": "Centro de Salud {X}", "IT": "Studio medico {X}",
            "PL": "Przychodnia {X}", "PT": "Unidade de Saúde Familiar {X}", "CZ": "Ordinace {X}", "HU": "Háziorvosi rendelő {X}",
            "FI": "Terveysasema {X}", "TR": "Aile Sağlığı Merkezi {X}", "GR": "Iatreio {X}", "JP": "{X} Clinic",
            "CN": "{X} Community Health Centre", "KR": "{X} Family Clinic", "VN": "Phòng khám {X}", "RO": "Cabinet medical {X}",
            "BR": "UBS {X}", "MX": "Centro de Salud {X}", "AE": "{X} Family Clinic", "IN": "{X} Clinic", "NG": "{X} Family Clinic",
            "PH": "{X} Family Clinic", "ZA": "{X} Family Practice"}
PHARM_NAMES = {"en": ["{P} Pharmacy", "{P} Chemist", "{P} Community Pharmacy"], "DE": ["{P}-Apotheke"],
               "FR": ["Pharmacie {P}"], "ES": ["Farmacia {P}"], "IT": ["Farmacia {P}"]}
CLINIC_NAMES = ["{P} Travel Health Clinic", "{P} Travel Clinic", "{P} Occupational Health", "{P} Medical Centre",
                "{P} Refugee Health Service", "{P} Vaccination Centre"]


class Fac:
    def __init__(self, name, addr, cc):
        self.name, self.addr, self.cc = name, addr, cc


def gen_fac(r, cc, kind="hospital"):
    for _ in range(20):   # institutions: no flat / unit / apartment numbers, no P.O. boxes
        addr = gen_addr(r, cc if cc not in ("SY", "AF", "ER") else "AE")
        if not re.search(r"\b(Flat|Unit|Apt|apto|apt|lgh|Room|P\.O\. Box|Int\.)\b|^\d+/|\d+º|\.º|, \d\. (th|tv|mf)|, ap\.", addr.full):
            break
    P, S = r.choice(EN_PLACES), r.choice(SAINTS)
    if kind == "gp":
        g = FAC_GROUP.get(cc, cc)
        name = GP_LOCAL[g].replace("{X}", r.choice(FACX.get(g, EN_PLACES))) if g in GP_LOCAL else r.choice(GP_NAMES)
    elif kind == "pharmacy":
        name = r.choice(PHARM_NAMES.get(FAC_GROUP.get(cc, cc), PHARM_NAMES["en"]))
    elif kind == "clinic":
        g = FAC_GROUP.get(cc, cc)
        name = GP_LOCAL[g].replace("{X}", r.choice(FACX.get(g, EN_PLACES))) if g in GP_LOCAL and g not in ("IN", "NG", "PH", "ZA") else r.choice(CLINIC_NAMES)
    else:
        g = FAC_GROUP.get(cc, cc)
        name = r.choice(FACN.get(g, FACN["en"]))
        if g == "en" and cc in ("CA",) and addr.region == "QC":
            name = "Hôpital {X}"
            g = "FR"
        X = r.choice(FACX.get(g, EN_PLACES))
        name = name.replace("{X}", X)
    name = name.replace("{P}", P).replace("{S}", S)
    if kind == "pharmacy" and "{P}" not in name:
        pass
    return Fac(name, addr, cc)


STAFF_MIX = {
    "GB": [("GB", 6), ("IN", 2), ("NG", 1), ("IE", 1), ("PL", 1), ("PH", 1), ("GR", 1), ("PT", 1)],
    "IE": [("IE", 6), ("IN", 1), ("PH", 1), ("GB", 1), ("NG", 1)],
    "AU": [("AU", 6), ("IN", 1), ("GB", 1), ("CN", 1), ("VN", 1), ("GR", 1)],
    "NZ": [("NZ", 6), ("GB", 1), ("IN", 1), ("PH", 1)],
    "CA": [("CA", 6), ("IN", 1), ("PH", 1), ("CN", 1), ("FR", 1)],
    "US": [("US", 6), ("IN", 1), ("PH", 1), ("MX", 1), ("KR", 1), ("NG", 1)],
}

CRED = {"GB": ["MBBS, MRCP", "MBChB, FRCS", "MRCGP", "MB BChir, FRCP", "MRCEM", "FRCA"],
        "IE": ["MB BCh BAO, MICGP", "MRCPI", "FRCSI"], "AU": ["MBBS, FRACP", "FACEM", "FRACGP"],
        "NZ": ["MBChB, FRNZCGP", "FRACP"], "CA": ["MD, CCFP", "MD, FRCPC"], "US": ["MD", "DO", "MD, FACP"],
        "IN": ["MBBS, MD (Medicine)", "MS (Ortho)", "DM (Cardiology)", "MBBS, DNB"],
        "ZA": ["MBChB", "MBChB, FCP (SA)", "FCEM (SA)"], "NG": ["MBBS, FWACP", "MBBS, FMCS"],
        "PH": ["MD, FPCP", "MD, DPBO", "MD, FPCS"]}
REG = {"GB": ("GMC", "!######"), "IE": ("IMC reg. no.", "######"), "AU": ("AHPRA", "MED000#######"),
       "NZ": ("MCNZ", "!####"), "CA": ("CPSO #", "!####"), "US": ("NPI", "1#########"),
       "IN": ("NMC reg. no.", "@@@/#####"), "ZA": ("HPCSA", "MP 0######"), "NG": ("MDCN", "MDCN/R/#####"),
       "PH": ("PRC Lic. No.", "0######"), "DE": ("LANR", "#########"), "AT": ("ÖÄK no.", "#####-##"),
       "FR": ("RPPS", "10#########"), "ES": ("nº colegiado", "28/#####"), "IT": ("Ordine dei Medici no.", "#####"),
       "PL": ("PWZ", "!######"), "NL": ("BIG", "!##########"), "CH": ("GLN", "7601######"),
       "TR": ("diploma tescil no.", "######"), "MX": ("cédula profesional", "!######"),
       "AE": ("DHA licence no.", "DHA-P-#######"), "JP": ("MHLW reg. no.", "!#####"), "KR": ("KMA licence no.", "!####"),
       "BR": ("CRM", "CRM-SP !#####"), "PT": ("OM no.", "!####"), "CZ": ("ČLK reg. no.", "!######"), "HU": ("pecsétszám", "!####"),
       "RO": ("CMR cod parafă", "!#####"), "GR": ("ISA reg. no.", "!####"), "DK": ("autorisations-ID", "@####"),
       "SE": ("HOSP-ID", "!######"), "NO": ("HPR-nr.", "!#######"), "FI": ("Valvira reg. no.", "!##########"),
       "VN": ("CCHN no.", "!#####/@@-CCHN"), "CN": ("practising cert. no.", "!##############"), "UA": ("licence no.", "!#####")}
MRN = {"GB": [("Hospital No.", "@######"), ("MRN", "RX#######"), ("Hosp no", "!#######")],
       "IE": [("MRN", "######"), ("Hospital no.", "!######")], "AU": [("UR No.", "#######"), ("URN", "!######")],
       "NZ": [("Hospital No.", "@######")], "CA": [("MRN", "##########"), ("Chart #", "H#######")],
       "US": [("MRN", "########"), ("MR#", "!#######"), ("Med Rec #", "!######")],
       "IN": [("UHID", "@@@.########"), ("UHID", "!##########"), ("MR No.", "##/######")],
       "ZA": [("Hosp. no.", "########"), ("Folder no.", "!#######")], "NG": [("Hosp. No.", "@@@/##/#####")],
       "PH": [("Hosp. No.", "##-######"), ("Case No.", "!######")]}


def gen_mrn(r, cc):
    lab, p = r.choice(MRN.get(cc, [("Patient ID", "!######"), ("PID", "!#######")]))
    return lab, pat(r, p)


def gen_reg(r, cc):
    lab, p = REG.get(cc, ("licence no.", "!#####"))
    return lab, pat(r, p)


DSTYLES = {
    "GB": ["dmy/", "dmy/", "ord", "long", "abbr", "dMy-", "DMY-", "dmy/np"], "IE": ["dmy/", "ord", "long", "abbr", "dmy/np"],
    "AU": ["dmy/", "long", "abbr", "dmy/np"], "NZ": ["dmy/", "long", "abbr", "dmy/np"],
    "IN": ["dmy/", "dmy-", "dMy-", "ord", "dmy."], "ZA": ["iso", "dmy/", "long", "abbr"],
    "NG": ["dmy/", "ord", "long", "dMy-"], "PH": ["mdy/", "mdylong", "mdyabbr", "long"],
    "CA": ["iso", "mdylong", "long", "dmy/"], "US": ["mdy/", "mdy/np", "mdylong", "mdyabbr"],
    "DE": ["dmy.", "dmy.np", "long", "iso"], "AT": ["dmy.", "dmy.np", "long"], "CH": ["dmy.", "long"],
    "PL": ["dmy.", "roman", "long", "iso"], "CZ": ["dmy.", "dmy.np", "roman.", "long"], "HU": ["iso", "dmy.", "roman"],
    "RO": ["dmy.", "dmy/", "roman"], "DK": ["dmy-", "dmy.", "long"], "NO": ["dmy.", "long"], "FI": ["dmy.np", "dmy.", "long"],
    "SE": ["iso", "long"], "NL": ["dmy-", "long", "dmy/"], "FR": ["dmy/", "long"], "ES": ["dmy/", "long", "dmy-"],
    "IT": ["dmy/", "long", "dmy."], "PT": ["dmy/", "dmy-", "long"], "BR": ["dmy/", "long"], "MX": ["dmy/", "long", "dmy-"],
    "VE": ["dmy/", "dmy-"], "GR": ["dmy/", "long", "dmy."], "TR": ["dmy.", "dmy/", "long"],
    "JP": ["iso", "long", "cjk"], "CN": ["iso", "long", "cjk"], "KR": ["iso", "dmy.", "long"],
    "VN": ["dmy/", "long", "dmy-"], "AE": ["dmy/", "long", "dMy-"], "SY": ["dmy/"], "AF": ["dmy/"], "ER": ["dmy/"],
    "UA": ["dmy.", "long"],
}
DOT_TITLES = {"US", "CA", "PH"}


# --------------------------------------------------------------------------
# per-document context
# --------------------------------------------------------------------------
class Ctx:
    def __init__(self, r, style):
        self.r = r
        self.d = Doc()
        self.style = style
        self.pcc = None
        self.today = dt.date(2023, 1, 9) + dt.timedelta(days=r.randint(0, 900))
        self.ds = DSTYLES["GB"]

    # randomness -----------------------------------------------------------
    def ch(self, x):
        return self.r.choice(x)

    def p(self, x):
        return self.r.random() < x

    def ri(self, a, b):
        return self.r.randint(a, b)

    def shuffled(self, xs):
        xs = list(xs)
        self.r.shuffle(xs)
        return xs

    def pick(self, funcs, kmin, kmax):
        """Call a random subset (size kmin..kmax) of funcs, in random order."""
        fs = self.shuffled(funcs)
        for f in fs[:self.ri(kmin, min(kmax, len(fs)))]:
            f()

    # dates ------------------------------------------------------------------
    def day(self, n):
        return self.today + dt.timedelta(days=n)

    def use_dates(self, cc):
        self.ds = DSTYLES.get(cc, ["dmy/", "long"])

    def D(self, d, style=None):
        if style is None:
            style = self.ch([s for s in self.ds if s != "cjk"] or ["dmy/"])
            if "cjk" in self.ds and self.p(0.12):
                style = "cjk"
        return ("date", fmt_date(d, style))

    # people -----------------------------------------------------------------
    def person(self, cc, sex=None, age=None, fam_base=None):
        sex = sex or self.ch("MF")
        p = make_name(self.r, cc, sex, fam_base)
        if age is None:
            age = self.ri(19, 84)
        p.age = age
        p.dob = self.today - dt.timedelta(days=365 * age + age // 4 + self.ri(1, 360))
        return p

    def patient(self, cc, age=None, sex=None, old=0.15):
        if age is None:
            age = self.ri(90, 103) if self.p(old) else int(min(89, max(18, self.r.gauss(54, 17))))
        self.pcc = cc
        self.pt = self.person(cc, sex=sex, age=age)
        return self.pt

    def relative(self, p, rel=None, cc=None):
        rels = {"M": ["son", "brother", "nephew"], "F": ["daughter", "sister", "niece"]}
        sex = self.ch("MF")
        if rel == "spouse" or (rel is None and self.p(0.25)):
            rel = "husband" if p.sex == "F" else "wife"
        rel = rel or self.ch(rels[sex])
        if rel in ("husband",):
            sex = "M"
        if rel in ("wife",):
            sex = "F"
        if rel in ("son", "brother", "nephew", "father"):
            sex = "M"
        if rel in ("daughter", "sister", "niece", "mother", "grandmother"):
            sex = "F"
        age = max(18, min(85, p.age + self.ch([-30, -28, -25, -3, 2, 4, 27])))
        if rel in ("husband", "wife"):
            age = max(18, min(89, p.age + self.ri(-4, 4)))
        if rel in ("mother", "father"):
            age = min(89, p.age + self.ri(20, 34))
        if rel == "grandmother":
            age = min(89, p.age + self.ri(45, 60))
        if rel in ("son", "daughter"):
            age = max(18 if p.age >= 40 else 1, p.age - self.ri(20, 34))
        share = rel not in ("niece", "nephew") and not (rel in ("husband", "wife") and self.p(0.3))
        for _ in range(20):
            q = self.person(cc or p.cc, sex=sex, age=age, fam_base=p.fam_base if share else None)
            if q.given != p.given and q.given.split()[0] != p.given.split()[0]:
                break
        q.rel = rel
        return q

    def staff(self, cc, sex=None):
        src = wchoice(self.r, STAFF_MIX.get(cc, [(cc, 1)]))
        return self.person(src, sex=sex, age=self.ri(29, 64))

    def N(self, p, form="full"):
        return ("name", p.form(form))

    def NF(self, p, forms=("full", "full", "formal", "lf", "init")):
        return ("name", p.form(self.ch(forms)))

    def title(self, p, cc=None):
        t = {"M": "Mr", "F": self.ch(["Mrs", "Ms"])}[p.sex]
        return t + "." if (cc or "GB") in DOT_TITLES else t

    def dr(self, cc=None):
        if cc in ("DE", "AT"):
            return self.ch(["Dr. med. ", "Dr. ", "OA Dr. ", "Prof. Dr. med. "])
        if cc in DOT_TITLES or cc in ("FR", "ES", "IT", "MX", "BR", "TR"):
            return "Dr. "
        return self.ch(["Dr ", "Dr ", "Dr. "])

    def agew(self, age, form="{a}-year-old", words=0.15):
        """Age phrase; only ages > 89 are labelled (number or words only)."""
        pre, post = form.split("{a}")
        if age > 89:
            val = WORD_AGE[age] if (age in WORD_AGE and form == "{a}-year-old" and self.p(words)) else str(age)
            return [pre, ("age", val), post]
        return f"{pre}{age}{post}"

    # identifiers ------------------------------------------------------------
    def PH(self, cc, **kw):
        return ("phone", gen_phone(self.r, cc, **kw))

    def FX(self, cc):
        return ("fax", gen_phone(self.r, cc, mobile=False))

    def EM(self, p=None, org=None, local=None):
        dom = self.ch(["example.org", "example.com", "example.net"])
        if org:
            sub = re.sub(r"[^a-z0-9]+", "-", fold(org).lower()).strip("-")
            while len(sub) > 22 and "-" in sub:
                sub = sub.rsplit("-", 1)[0]
            local = local or self.ch(["info", "intl", "international", "claims", "referrals", "billing", "admin", "medical"])
            if self.p(0.5):
                dom = f"{sub}.{dom}"
            else:
                local = sub or local
            return ("email", f"{local}@{dom}")
        g = re.sub(r"[^a-z]", "", fold(p.given).lower()) or "x"
        f = re.sub(r"[^a-z]", "", fold(p.family).lower()) or "y"
        local = self.ch([f"{g}.{f}", f"{g[0]}.{f}", f"{g}{f}{self.ri(1, 99)}", f"{f}.{g}", f"{g}_{f}"])
        return ("email", f"{local}@{dom}")

    def URL(self, kind="portal"):
        dom = self.ch(["example.org", "example.com", "example.net"])
        host = self.ch({"portal": ["portal", "claims", "secure", "www"], "upload": ["upload", "share", "files"],
                        "meet": ["meet", "video", "telehealth"], "form": ["forms", "secure", "intl", "www"],
                        "record": ["records", "pacs", "portal"]}[kind])
        path = {"portal": f"/claims/{pat(self.r, '%%%%-%%%%')}", "upload": f"/share/{pat(self.r, '%%%%%%%%%%').lower()}",
                "meet": f"/room/{pat(self.r, '%%%-%%%-%%%').lower()}", "form": f"/gop/{pat(self.r, '######')}",
                "record": f"/patient/{pat(self.r, '########')}"}[kind]
        return ("url", f"https://{host}.{dom}{path}" if self.p(0.8) else f"{host}.{dom}{path}")

    def IP(self):
        v = self.ri(0, 3)
        if v == 0:
            return ("ip_address", f"192.0.2.{self.ri(1, 254)}")
        if v == 1:
            return ("ip_address", f"198.51.100.{self.ri(1, 254)}")
        if v == 2:
            return ("ip_address", f"203.0.113.{self.ri(1, 254)}")
        return ("ip_address", f"2001:db8:{self.ri(1, 0xffff):x}:{self.ri(1, 0xffff):x}::{self.ri(1, 0xfff):x}")

    def ID(self, p):
        return ("id", pat(self.r, p))

    def PNR(self):
        while True:
            v = "".join(self.ch(UPX + "23456789") for _ in range(6))
            if any(c.isalpha() for c in v) and any(c.isdigit() for c in v):
                return ("id", v)


# --------------------------------------------------------------------------
# shared style helpers
# --------------------------------------------------------------------------
INSURERS = ["Northstar Travel Insurance", "AquaMarine Travel Cover", "SafeHarbour Travel Insurance",
            "Compass Travel Protect", "Bluewing Travel Insurance", "Horizon Health Abroad"]
ASSIST = ["Globe Assist", "EuroCare Assistance", "Kestrel Medical Assistance", "Meridian Assistance",
          "Polaris 24h Assistance", "Atlas Medical Assistance"]
AWAY = ["ES", "PT", "GR", "TR", "MX", "US", "IT", "FR", "VN", "PH", "AE", "JP", "ZA", "NZ", "AU", "IN",
        "AT", "CH", "HU", "CZ", "DE", "GB", "CN", "KR", "BR"]
HOMES = ["GB", "IE", "DE", "NL", "DK", "NO", "SE", "FI", "FR", "AU", "NZ", "CA", "US", "IT", "ES", "PL",
         "CZ", "CH", "AT", "JP", "KR", "CN", "IN", "ZA", "BR", "HU", "PT", "RO", "MX", "TR", "GR"]
EU = {"DE", "AT", "FR", "ES", "PT", "IT", "PL", "NL", "DK", "SE", "FI", "CZ", "HU", "RO", "GR", "IE"}
ENGLISH_SETTINGS = ["GB", "IE", "AU", "NZ", "CA", "US"]


def cap(s):
    return s[:1].upper() + s[1:]


def he(p):
    return "he" if p.sex == "M" else "she"


def He(p):
    return "He" if p.sex == "M" else "She"


def his(p):
    return "his" if p.sex == "M" else "her"


def His(p):
    return "His" if p.sex == "M" else "Her"


PC_LABEL = {"GB": "Postcode", "IE": "Eircode", "CA": "Postal code", "US": "ZIP", "IN": "PIN code", "BR": "CEP",
            "DE": "PLZ", "AT": "PLZ", "CH": "PLZ", "NL": "Postcode", "AU": "Postcode", "NZ": "Postcode",
            "ZA": "Postal code", "PH": "ZIP code", "MX": "C.P."}


def addr_lines(C, a, cc, label="Address", split=0.45):
    """Write an address either as one labelled line or as street / town / postcode fields."""
    d = C.d
    if a.full is None:
        d.s(label + ": {x}\n", x=("address", a.town))
    elif a.pc and C.p(split):
        d.s(label + ": {s}\n" + C.ch(["Town/City", "City", "Town"]) + ": {t}\n" + PC_LABEL.get(cc, "Postal code") + ": {z}\n",
            s=("address", a.street), t=("address", a.town), z=("zip", a.pc))
    else:
        d.s(label + ": {x}\n", x=("address", a.full))


def cname(cc):
    return CINFO[cc][0]


def adj(cc):
    return CINFO[cc][1]


def lang(cc):
    return CINFO[cc][2] or "English"


def travel_policy(C):
    return ("health_plan", pat(C.r, C.ch(["TRV-@@-#######", "P########", "#####-###-##", "@@@/######/##", "TI-########"])))


def claim_id(C):
    return C.ID(C.ch(["CLM-#######", "TC/##/######", "##-@@-#####", "C#########"]))


def case_id(C):
    return C.ID(C.ch(["MA-####-#####", "####/@@/####", "@@######", "A#######-##"]))


def invoice(C):
    return ("account", pat(C.r, C.ch(["INV-######", "!########", "FAC-####-#####", "R-########"])))


def tm(C, night=False):
    h = C.ri(0, 23) if night else C.ri(7, 20)
    return f"{h:02d}:{C.ch(['00', '05', '15', '20', '30', '40', '45', '50'])}"


def hp_of(C, cc, p, region=""):
    x = gen_hp(C.r, cc, p, region)
    return (x[0], ("health_plan", x[1])) if x else None


def ssn_of(C, cc, p):
    x = gen_ssn(C.r, cc, p)
    return (x[0], ("ssn", x[1])) if x else None


def where_staying(C, cc):
    """'in <town>' or 'at <address>' where a traveller is staying (value labelled, preposition not)."""
    a = gen_addr(C.r, cc)
    if a.full is None or C.p(0.4):
        return ["in ", ("address", a.town)]
    return ["at ", ("address", a.full)]


def fac_line(C, f):
    return [f.name, ", ", ("address", f.addr.full)]


# --------------------------------------------------------------------------
# style 1: travel-insurance claim
# --------------------------------------------------------------------------
def st_travel_claim(C):
    d = C.d
    home = C.ch(HOMES)
    away = C.ch([c for c in AWAY if c != home])
    pt = C.patient(home)
    C.use_dates(home)
    a = gen_addr(C.r, home)
    fac = gen_fac(C.r, away)
    doc = C.person(away, age=C.ri(30, 62))
    onset = C.day(-C.ri(12, 70))
    dis = onset + dt.timedelta(days=C.ri(1, 9))
    dx, icd = C.ch(DX)
    pol = travel_policy(C)
    clm = claim_id(C)
    ins = C.ch(INSURERS)
    acct = gen_account(C.r, home)
    v = C.ri(0, 3)

    def extras(sep):
        out = []
        out.append(lambda: d.s("Passport no.: {x}" + sep, x=C.ID(PASSPORT.get(home, "@@#######"))))
        if home in EU:
            out.append(lambda: d.s("EHIC no.: {x}" + sep, x=("health_plan", pat(C.r, "80" + "#" * 18))))
        out.append(lambda: d.s("Hire car {x} was involved; driving licence {y} seen." + sep,
                               x=("vehicle", gen_plate(C.r, away)), y=("license", gen_dl(C.r, home, pt))))
        out.append(lambda: d.s("Police report ref. {x}." + sep, x=C.ID("@@/####/#####")))
        out.append(lambda: d.s("Submitted online via {u} from IP {i} at " + tm(C, True) + "." + sep, u=C.URL("portal"), i=C.IP()))
        out.append(lambda: d.s("Return flight " + C.ch(FLIGHTS) + " (booking ref {x}) was missed." + sep, x=C.PNR()))
        out.append(lambda: d.s("Hospital billing fax: {x}" + sep, x=C.FX(away)))
        gp = C.person(home, age=C.ri(35, 64))
        out.append(lambda: d.s("Own GP: " + C.dr(home) + "{n}, tel. {p}" + sep, n=C.N(gp), p=C.PH(home, mobile=False)))
        return out

    if v == 0:
        d.s(ins + " – Medical Expenses Claim Form\nClaim number: {c}\nPolicy number: {p}\n\nSECTION A – INSURED PERSON\n"
            "Name: {n}\nDate of birth: {b}\nHome address: {st}\nTown/City: {tw}\n",
            c=clm, p=pol, n=C.N(pt, C.ch(["formal", "full", "FORMAL"])), b=C.D(pt.dob), st=("address", a.street or a.town),
            tw=("address", a.town))
        if a.pc:
            d.s(C.ch(["Postcode", "Postal code", "ZIP/Postcode"]) + ": {z}\n", z=("zip", a.pc))
        d.s("Telephone: {t}\nEmail: {e}\n\nSECTION B – INCIDENT\nDate symptoms began: {o}   Country: " + cname(away) + "\n"
            "What happened: " + C.ch(["Sudden illness – ", "Admitted as an emergency with ", "Diagnosed with "]) + dx
            + f" (ICD-10 {icd}). " + C.ch(["Observations on arrival: ", "Triage: "]) + vitals(C.r) + ".\n"
            "Treating doctor/hospital: " + C.dr(away) + "{dn}, ", t=C.PH(home, mobile=True), e=C.EM(pt), o=C.D(onset), dn=C.N(doc))
        d.put(fac_line(C, fac))
        d.s("\nDischarged: {x}\n\nSECTION C – COSTS\nHospital invoice {i}: " + money(C.r, away) + "\nPharmacy: " + money(C.r, away) + "\n",
            x=C.D(dis), i=invoice(C))
        C.pick(extras("\n"), 1, 3)
        d.s("Refund to " + acct[0] + " {a}" + (f" (BIC {acct[2]})" if acct[2] else "") + "\n\nDeclaration signed by {n} on {dd}.",
            a=("account", acct[1]), n=C.N(pt), dd=C.D(C.day(-C.ri(0, 5))))
    elif v == 1:
        cl = C.relative(pt)
        d.s(C.ch(ASSIST) + " – 24h case note\nFile ref: {f} | Policy: {p} | Opened {o} at " + tm(C, True) + " UTC\n"
            "Caller: {cn} (" + cl.rel + ") on {cp}\nInsured: " + C.title(pt, home) + " {n}, ",
            f=case_id(C), p=pol, o=C.D(C.day(-C.ri(1, 20))), cn=C.N(cl), cp=C.PH(home, mobile=True, intl=True), n=C.N(pt))
        d.put(C.agew(pt.age, C.ch(["{a}-year-old", "aged {a}", "{a} yrs"])))
        d.s(", lives in {tw}, " + C.ch(["on holiday", "on a coach tour", "visiting family", "on a business trip", "on a walking holiday"])
            + " in " + cname(away) + ".\n", tw=("address", a.town))
        d.s("Admitted to " + fac.name + " on {o} with " + dx + ". " + labs(C.r) + ". Treating doctor " + C.dr(away)
            + "{dn} ({dp}).\n", o=C.D(onset), dn=C.N(doc, C.ch(["full", "init"])), dp=C.PH(away, mobile=False, intl=True))
        d.s("Action: GOP sent to the hospital fax {fx} for up to " + money(C.r, away) + "; medical report requested.\n",
            fx=C.FX(away))
        C.pick(extras("\n"), 1, 3)
        d.s("Handler: {h}", h=C.N(C.person(home), C.ch(["full", "initials", "gli"])))
    elif v == 2:
        sp = C.relative(pt, rel="spouse")
        d.s("Subject: Claim {c} – {n}\n\nDear Claims Team,\n\nI am writing about claim {c2} under policy {p}. On {o}, while we were staying {w}, "
            "my " + sp.rel + " {sn} " + C.ch(["fell ill", "was taken to hospital by ambulance", "collapsed at dinner"])
            + ". " + He(sp) + " was treated at " + fac.name + " (",
            c=clm, n=C.N(sp), c2=(clm[0], clm[1]), p=pol, o=C.D(onset), w=where_staying(C, away), sn=C.N(sp, "given"))
        d.put(("address", fac.addr.full))
        d.s(") by " + C.dr(away) + "{dn} for " + dx + " and discharged on {x}.\n\n", dn=C.N(doc), x=C.D(dis))
        d.s("I attach invoice {i} (" + money(C.r, away) + ") and the discharge letter. ", i=invoice(C))
        C.pick(extras(" "), 1, 3)
        d.s("\n\nPlease pay the refund to " + acct[0] + " {ac}. You can reach me on {t} or at {ad}.\n\nKind regards,\n{me}",
            ac=("account", acct[1]), t=C.PH(home), ad=("address", a.full or a.town), me=C.N(pt))
        C.pt = pt
    else:
        d.s("Claims assessor review – {dd}\nInsured: {n}; DOB {b}; policy {p}; claim {c}\n",
            dd=C.D(C.day(-C.ri(0, 3))), n=C.N(pt, "FORMAL"), b=C.D(pt.dob), p=pol, c=clm)
        d.s("Treatment in " + cname(away) + " from {o} to {x}: " + dx + f", ICD-10 {icd}. Bills total " + money(C.r, away) + ".\n",
            o=C.D(onset), x=C.D(dis))
        gp = C.person(home, age=C.ri(35, 64))
        d.s("Pre-existing condition check: GP " + C.dr(home) + "{g} confirmed by phone ({gp}) no treatment for this since " + str(C.ri(2009, 2021))
            + ".\n", g=C.N(gp), gp=C.PH(home, mobile=False))
        C.pick(extras("\n"), 1, 3)
        d.s("Outcome: approved. Pay to " + acct[0] + " {ac}.\nAssessor: {i}", ac=("account", acct[1]), i=C.N(C.person(home), "initials"))


# --------------------------------------------------------------------------
# style 2: repatriation / medevac
# --------------------------------------------------------------------------
def device_sentence(C, cap=False):
    kind = C.ch(["ICD", "pacemaker", "insulin pump", "portable oxygen concentrator", "CPAP machine", "LVAD controller",
                 "cochlear implant processor"])
    model = pat(C.r, C.ch(["@@###", "@-###", "@@ ##"]))
    lead = (f"{kind} in situ (model {model}), serial no. " if kind in ("ICD", "pacemaker", "LVAD controller", "cochlear implant processor")
            else f"{kind} travelling with the patient, model {model}, serial ")
    if cap:
        lead = lead[0].upper() + lead[1:]
    return [lead, ("device", gen_device(C.r))]


def st_repatriation(C):
    d = C.d
    home = C.ch(HOMES + ["NG", "PH"])
    away = C.ch([c for c in AWAY if c != home])
    pt = C.patient(home, old=0.18)
    C.use_dates(C.ch([home, "GB"]))
    fac = gen_fac(C.r, away)
    dst = gen_fac(C.r, home)
    doc = C.person(away, age=C.ri(30, 62))
    rec = C.staff(home) if home in STAFF_MIX else C.person(home, age=C.ri(35, 60))
    nok = C.relative(pt)
    dx, icd = C.ch(DX)
    adm = C.day(-C.ri(3, 20))
    fly = C.day(C.ri(1, 6))
    a = gen_addr(C.r, home)
    ref = case_id(C)
    v = C.ri(0, 3)
    flight = C.ch(FLIGHTS)
    rt = route(C, away, home)
    sexch = pt.sex

    if v == 0:
        d.s("REPATRIATION REQUEST – assistance ref {r}\nDate: {dd}\nPatient: {n} (", r=ref, dd=C.D(C.today), n=C.N(pt, "formal"))
        d.put(C.agew(pt.age, "{a}" + sexch))
        d.s(")   Passport: {pp}   Nationality: " + adj(home) + "\nHome address: {ha}\n"
            "Current location: " + fac.name + ", {fa}, Ward " + str(C.ri(1, 12)) + C.ch(["A", "B", ""]) + ", bed " + str(C.ri(1, 30)) + "\n"
            "Treating physician: " + C.dr(away) + "{dn}, tel {dp}\nDiagnosis: " + dx + f" (ICD-10 {icd}); admitted {{ad}}\n"
            "Status: " + vitals(C.r) + "; GCS 15\n",
            pp=C.ID(PASSPORT.get(home, "@@#######")), ha=("address", a.full or a.town), fa=("address", fac.addr.full),
            dn=C.N(doc), dp=C.PH(away, intl=True), ad=C.D(adm))
        if C.p(0.6):
            d.s("Devices: ")
            d.put(device_sentence(C))
            d.t("\n")
        d.s("Mobility: " + C.ch(["stretcher", "WCHC", "WCHS", "walking with frame"]) + "; escort: " + C.ch(["doctor", "nurse", "doctor + nurse"])
            + "\nReceiving hospital: " + dst.name + ", {da}; accepting " + C.ch(["consultant", "physician", "registrar"]) + " " + C.dr(home)
            + "{rn} ({rp})\nNext of kin: {kn} (" + nok.rel + "), {kp}\n",
            da=("address", dst.addr.full), rn=C.N(rec), rp=C.PH(home, mobile=False), kn=C.N(nok), kp=C.PH(home, mobile=True))
        d.s("Proposed: " + flight + " " + rt + " on {fd}", fd=C.D(fly))
    elif v == 1:
        d.s("From: {fe}\nTo: {te}\nSubject: Medevac quote – our ref {r}\n\nDear colleagues,\n\n",
            fe=C.EM(org=C.ch(ASSIST)), te=C.EM(org=C.ch(["SkyCare Air Ambulance", "AeroMed Europe", "Jetcare Medevac"]), local=C.ch(["ops", "dispatch", "quotes"])), r=ref)
        d.s("Please quote for bed-to-bed transfer of {n}, ", n=C.N(pt))
        d.put(C.agew(pt.age, "{a}-year-old " + ("male" if sexch == "M" else "female")))
        d.s(", currently at " + fac.name + " (", )
        d.put(("address", fac.addr.full))
        d.s("), to " + dst.name + " in " + cname(home) + ". Admitted {ad} with " + dx + "; now " + vitals(C.r) + ". " + labs(C.r) + ".\n",
            ad=C.D(adm))
        if C.p(0.5):
            d.put(device_sentence(C, cap=True))
            d.t(".\n")
        d.s("Treating doctor " + C.dr(away) + "{dn} can be reached on {dp}; the ward fax is {fx}. "
            "The " + nok.rel + ", {kn}, will travel as escort (passport {kp}).\n",
            dn=C.N(doc), dp=C.PH(away), fx=C.FX(away), kn=C.N(nok), kp=C.ID(PASSPORT.get(home, "@@#######")))
        d.s("Target date {fd}. Policy {p}.\n\nBest regards,\n{me}\nMedical Officer, " + C.ch(ASSIST),
            fd=C.D(fly), p=travel_policy(C), me=C.N(C.person(C.ch(["GB", "DE", "NL", "DK", home]), age=C.ri(30, 60))))
    elif v == 2:
        d.s("MEDIF – Part 2 (to be completed by the attending physician)\nPassenger: {n}\nBooking reference: {pnr}\n"
            "Flight(s): " + flight + " " + rt + " on {fd}\nDate of birth: {b}\n",
            n=C.N(pt, "FORMAL"), pnr=C.PNR(), fd=C.D(fly), b=C.D(pt.dob))
        d.s("Diagnosis: " + dx + f" (ICD-10 {icd}), onset {{on}}\nPrognosis for trip: good\nOxygen required: "
            + C.ch(["no", "yes, 2 L/min via nasal cannula", "yes, 3 L/min"]) + "\n" + vitals(C.r) + "\n",
            on=C.D(adm))
        if C.p(0.5):
            d.put(device_sentence(C))
            d.t("\n")
        d.s("Escort: {kn} (" + nok.rel + ")\nAttending physician: " + C.dr(away) + "{dn}, " + fac.name + ", {fa}\nTel {dp}   Fax {fx}\n",
            kn=C.N(nok), dn=C.N(doc), fa=("address", fac.addr.full), dp=C.PH(away, mobile=False), fx=C.FX(away))
        d.s("Signed {dd}", dd=C.D(C.today))
    else:
        d.s("To whom it may concern\n\nFITNESS TO FLY\n\nI examined {n}, date of birth {b}, ", n=C.N(pt), b=C.D(pt.dob))
        d.s("passport {pp}, on {ex} at " + fac.name + ". " + He(pt) + " was admitted on {ad} with " + dx
            + " and has made good progress (" + vitals(C.r, ok=True) + ").\n\n",
            pp=C.ID(PASSPORT.get(home, "@@#######")), ex=C.D(C.today), ad=C.D(adm))
        d.s("In my opinion " + C.title(pt, home) + " {f} is fit to travel on " + flight + " on {fd} with " + C.ch(["a wheelchair to the gate", "an aisle seat and leg elevation", "supplementary oxygen at 2 L/min"])
            + ", accompanied by " + ("his" if sexch == "M" else "her") + " " + nok.rel + " {kn}. ",
            f=C.N(pt, "family"), fd=C.D(fly), kn=C.N(nok, C.ch(["full", "given"])))
        if C.p(0.6):
            d.put(device_sentence(C, cap=True))
            d.t(". ")
        d.s("Follow-up is arranged with " + C.dr(home) + "{rn} at " + dst.name + ".\n\nYours faithfully,\n\n" + C.dr(away) + "{dn}\n{fa}\nTel {dp}",
            rn=C.N(rec), dn=C.N(doc), fa=("address", fac.addr.full), dp=C.PH(away, mobile=False))


# --------------------------------------------------------------------------
# style 3: interpreter-assisted consultation
# --------------------------------------------------------------------------
INTERP_ORIGINS = ["PL", "RO", "PT", "BR", "VN", "CN", "TR", "SY", "AF", "UA", "HU", "CZ", "IT", "MX", "VE", "KR", "JP", "ES", "FR", "DE", "GR", "ER"]


def interp_block(C, origin, setting):
    ip = C.person(origin if C.p(0.8) else setting, age=C.ri(25, 60))
    v = C.ri(0, 2)
    L = lang(origin)
    if v == 0:
        return lambda: C.d.s("Interpreter: " + L + ", via telephone interpreting service, interpreter ID {i} ({n}).", i=C.ID(C.ch(["####", "INT-#####", "@@####"])), n=C.N(ip, C.ch(["full", "given", "gli"])))
    if v == 1:
        return lambda: C.d.s("A professional " + L + " interpreter, {n} (badge {i}), was present throughout.", n=C.N(ip), i=C.ID("#####"))
    return lambda: C.d.s(L + " interpreter {n} attended in person; ID no. {i}.", n=C.N(ip), i=C.ID(C.ch(["@####", "##-####"])))


def st_interpreter(C):
    d = C.d
    origin = C.ch(INTERP_ORIGINS)
    setting = C.ch(ENGLISH_SETTINGS)
    v = C.ri(0, 3)
    pt = C.patient(origin, sex="F", age=C.ri(19, 43)) if v == 3 else C.patient(origin)
    C.use_dates(setting)
    a = gen_addr(C.r, setting)
    mrn = gen_mrn(C.r, setting)
    clin = C.staff(setting, sex="F" if v == 3 and C.p(0.8) else None)
    rel = C.relative(pt, rel="spouse") if v == 3 else C.relative(pt)
    dx, icd = C.ch(DX)
    med = tx(C.r, icd)
    brand, generic, subst = C.ch(DRUG_FOREIGN)
    fu = C.day(C.ri(7, 42))
    ib = interp_block(C, origin, setting)
    moved = str(C.ri(2008, 2023))
    if v == 0:
        d.s("Clinic note – {dd} " + tm(C) + "\nPatient: {n}   " + mrn[0] + ": {m}   DOB: {b}\n", dd=C.D(C.today), n=C.N(pt, C.ch(["formal", "full", "lf"])),
            m=("mrn", mrn[1]), b=C.D(pt.dob))
        ib()
        d.s("\nS: " + C.ch(["Three days of", "One week of", "Ongoing"]) + " symptoms; moved to " + cname(setting) + " from " + cname(origin)
            + " in " + moved + ". Lives at {ad} with " + ("her" if pt.sex == "F" else "his") + " " + rel.rel + " {r}.\n",
            ad=("address", a.full), r=C.N(rel, C.ch(["given", "full"])))
        d.s("O: " + vitals(C.r) + ". " + labs(C.r) + ".\nA: " + dx + f" ({icd}).\nP: " + med + "; review {fu}. Leaflet given in " + lang(origin) + ".\n",
            fu=C.D(fu))
        d.s("-- {i}", i=C.N(clin, "initials"))
    elif v == 1:
        d.s("ED triage " + tm(C, True) + ", {dd}. {n} (", dd=C.D(C.today), n=C.N(pt))
        d.put(C.agew(pt.age, C.ch(["{a}" + pt.sex, "age {a}", "{a} y"])))
        d.s("), " + lang(origin) + "-speaking, brought in by " + ("her" if pt.sex == "F" else "his") + " " + rel.rel + " {r} ({rp}), who speaks some English. ",
            r=C.N(rel, "given"), rp=C.PH(setting, mobile=True))
        ib()
        d.s(" Presenting with " + dx + "; " + vitals(C.r) + ". Triage category " + str(C.ri(2, 4)) + ". " + mrn[0] + " {m}.\n",
            m=("mrn", mrn[1]))
        if C.p(0.5):
            hp = hp_of(C, setting, pt, a.region)
            if hp:
                d.s(hp[0] + " {h}. ", h=hp[1])
        d.s("Staying {ad}.\nSeen by " + C.dr(setting) + "{c} " + C.ch(CRED.get(setting, ["MD"])) + ".",
            ad=where_staying(C, setting), c=C.N(clin))
    elif v == 2:
        d.s("Video consultation {dd}, started " + tm(C) + "\nLink: {u}\nPatient joined from {ip}; identity confirmed with DOB {b} and address {ad}.\n",
            dd=C.D(C.today), u=C.URL("meet"), ip=C.IP(), b=C.D(pt.dob), ad=("address", a.full))
        ib()
        d.s("\n{n} reports symptoms of " + dx + " since {o}. Medication brought from " + cname(origin) + ": " + brand + " ("
            + generic + "). Plan: " + med + "; bloods (" + labs(C.r) + ") reviewed. Follow-up {fu}.\n",
            n=C.N(pt, C.ch(["given", "full"])), o=C.D(C.day(-C.ri(3, 30))), fu=C.D(fu))
        d.s(C.dr(setting) + "{c}, " + mrn[0] + " {m}", c=C.N(clin), m=("mrn", mrn[1]))
    else:
        d.s("Community midwife home visit – {dd}\nAddress: {ad}\nClient: {n}, ", dd=C.D(C.today), ad=("address", a.full), n=C.N(pt))
        d.put(C.agew(pt.age, "{a} years"))
        d.s(", G" + str(C.ri(1, 4)) + "P" + str(C.ri(0, 3)) + ", " + str(C.ri(12, 39)) + "+" + str(C.ri(0, 6)) + " weeks. Phone {ph}.\n",
            ph=C.PH(setting, mobile=True))
        ib()
        d.s("\nBP " + f"{C.ri(98, 142)}/{C.ri(58, 92)}" + ", urine NAD, Hb " + str(C.ri(96, 138)) + " g/L. Partner {r} present. "
            "Booking bloods sent, lab ref {lr}. EDD {ed}.\n", r=C.N(rel, "given"), lr=C.ID("@@######"), ed=C.D(C.day(C.ri(20, 180))))
        nreg = {"GB": ("NMC PIN", "##@####@"), "IE": ("NMBI no.", "!#####"), "AU": ("AHPRA", "MID000#######"), "NZ": ("MCNZ midwife no.", "!####"),
                "CA": ("CMO reg.", "!####"), "US": ("CNM lic.", "CNM!#####")}[setting]
        d.s("Midwife {c} (" + nreg[0] + " {pin})", c=C.N(clin, C.ch(["full", "gli"])), pin=("license", pat(C.r, nreg[1])))


# --------------------------------------------------------------------------
# style 4: GP referral letter (UK / Ireland)
# --------------------------------------------------------------------------
def st_gp_referral(C):
    d = C.d
    setting = C.ch(["GB", "GB", "GB", "IE"])
    origin = C.ch(["PL", "RO", "PT", "IN", "NG", "PH", "ZA", "IT", "ES", "GR", "HU", "LT" if False else "CZ", "BR", "DE", "FR",
                   "TR", "VN", "CN", "SY", "UA", "AU", "NZ", "CA", "US", "NL", "SE"])
    pt = C.patient(origin)
    C.use_dates(setting)
    prac = gen_fac(C.r, setting, "gp")
    hosp = gen_fac(C.r, setting)
    gp = C.staff(setting)
    cons = C.staff(setting)
    a = gen_addr(C.r, setting)
    prev = C.person(origin, age=C.ri(35, 65))
    dx, icd = C.ch(DX)
    v = C.ri(0, 3)
    reg = gen_reg(C.r, setting)
    hdr = lambda: d.s(prac.name + "\n{pa}\nTel: {pt}   Fax: {pf}\n\n", pa=("address", prac.addr.full), pt=C.PH(setting, mobile=False), pf=C.FX(setting))
    if setting == "IE" or v == 3:
        ids = [("PPSN", ("ssn", pat(C.r, "#######") + C.ch(UPX))), ("Medical Card no.", ("health_plan", pat(C.r, "#######") + C.ch(UPX)))] if setting == "IE" else \
              [hp_of(C, "GB", pt)]
    else:
        ids = [hp_of(C, "GB", pt)]
    hdr()
    if v in (0, 3):
        d.s("Date: {dd}\n\n" + C.dr(setting) + "{cn}\n" + C.ch(["Consultant Physician", "Consultant Cardiologist", "Gastroenterology Department",
                                                              "Consultant Orthopaedic Surgeon"]) + ", " + hosp.name + "\n\nDear " + C.dr(setting).strip() + " {cl},\n\n"
            "Re: " + C.title(pt) + " {n}, DOB {b}\n", dd=C.D(C.today), cn=C.N(cons), cl=C.N(cons, "family"), n=C.N(pt), b=C.D(pt.dob))
        d.s("{ad}\n", ad=("address", a.full))
        for lab_, val in ids:
            d.s(lab_ + ": {x}\n", x=val)
        d.s("\nThank you for seeing this ")
        d.put(C.agew(pt.age, "{a}-year-old"))
        d.s(" " + adj(origin) + " " + ("gentleman" if pt.sex == "M" else "lady") + " who moved to " + ("the UK" if setting == "GB" else "Ireland")
            + " in " + str(C.ri(2010, 2023)) + ". " + He(pt) + " was previously under "
            + C.dr(origin) + "{pv} while living in {pt}; that doctor's letter of {ld}" + (" (translated)" if CINFO[origin][2] else "") + " describes " + dx + f" ({icd}). ",
            pv=C.N(prev), pt=("address", gen_town(C.r, origin)), ld=C.D(C.day(-C.ri(200, 900))))
        m1, m2 = C.shuffled(CHRONIC)[:2]
        d.s("Recent bloods: " + labs(C.r) + ". Current medication: " + m1 + ", " + m2 + ".\n\n")
        if v == 3:
            d.s("I have also written to " + C.dr(origin) + "{pv2} for the full records; " + ("his" if prev.sex == "M" else "her") + " practice e-mail is {pe}. ",
                pv2=C.N(prev, "family"), pe=C.EM(prev))
        d.s(His(pt) + " preferred contact number is {m}" + C.ch([" (WhatsApp)", "", " – a " + lang(origin) + " interpreter is needed"]) + ".\n\nYours sincerely,\n\n",
            m=C.PH(setting, mobile=True))
        d.s(C.dr(setting) + "{g} " + C.ch(["MRCGP", "MICGP" if setting == "IE" else "MRCGP", "MBBS MRCGP"]) + "\n" + reg[0] + " {r}",
            g=C.N(gp), r=("license", reg[1]))
    elif v == 1:
        d.s("URGENT SUSPECTED CANCER REFERRAL (2WW)\nReferral date: {dd}   UBRN: {u}\nPatient: {n}   DOB: {b}",
            dd=C.D(C.today), u=C.ID("#### #### ####"), n=C.N(pt, "FORMAL"), b=C.D(pt.dob))
        for lab_, val in ids:
            d.s("   " + lab_ + ": {x}", x=val)
        d.s("\nAddress: {ad}\nMobile: {m}   Email: {e}\nInterpreter required: " + ("Yes – " + lang(origin) if CINFO[origin][2] else "No") + "\n",
            ad=("address", a.full), m=C.PH(setting, mobile=True), e=C.EM(pt))
        d.s("Pathway: " + C.ch(["lower GI", "breast", "lung", "upper GI", "urology"]) + "\nClinical details: " + C.ch(["weight loss 6 kg in 3 months", "iron-deficiency anaemia", "persistent haemoptysis", "new breast lump"])
            + "; " + labs(C.r) + ". Had investigations in " + cname(origin) + " in " + str(C.ri(2015, 2023)) + " (reports attached, hospital no. {fm}).\n",
            fm=("mrn", pat(C.r, "!#######")))
        d.s("Patient informed of urgent referral: yes, on {dd}\nReferrer: " + C.dr(setting) + "{g}, " + reg[0] + " {r}",
            dd=C.D(C.today), g=C.N(gp), r=("license", reg[1]))
    else:
        d.s("{dd}\n\nDear Colleague,\n\nRe: {n} (", dd=C.D(C.today), n=C.N(pt))
        d.put(C.agew(pt.age, "{a}" + pt.sex))
        d.s("), {ad}, ", ad=("address", a.full))
        lab_, val = ids[0]
        d.s(lab_ + " {x}\n\n", x=val)
        kin = C.relative(pt)
        d.s("I would be grateful for your opinion on this patient, recently arrived from " + cname(origin) + ", with " + dx + ". " + vitals(C.r)
            + " today. " + His(pt) + " " + kin.rel + " {r} usually attends and can be reached on {rp}.\n\n",
            r=C.N(kin, "given"), rp=C.PH(setting, mobile=True))
        d.s("Many thanks,\n" + C.dr(setting) + "{g} (" + reg[0] + " {rr})", g=C.N(gp, C.ch(["full", "init"])), rr=("license", reg[1]))


# --------------------------------------------------------------------------
# style 5: discharge letter (Commonwealth)
# --------------------------------------------------------------------------
def st_discharge(C):
    d = C.d
    setting = C.ch(["AU", "NZ", "IN", "ZA", "NG", "PH", "CA", "IE", "GB"])
    visitor = C.p(0.5)
    origin = C.ch([c for c in HOMES + ["VN", "NG", "PH", "AE"] if c != setting]) if visitor else setting
    pt = C.patient(origin, old=0.15)
    C.use_dates(setting)
    fac = gen_fac(C.r, setting)
    cons = C.staff(setting)
    jr = C.staff(setting)
    gp = C.staff(setting) if not visitor else C.person(origin, age=C.ri(35, 64))
    mrn = gen_mrn(C.r, setting)
    d1 = C.day(-C.ri(2, 15))
    d2 = C.day(0)
    dx, icd = C.ch(DX)
    a = gen_addr(C.r, origin)
    v = C.ri(0, 3)
    cred = C.ch(CRED.get(setting, ["MD"]))
    if v == 0:
        d.s("DISCHARGE SUMMARY\n" + fac.name + ", {fa}\n" + mrn[0] + ": {m}\nPatient: {n}   DOB: {b}   ",
            fa=("address", fac.addr.full), m=("mrn", mrn[1]), n=C.N(pt, "formal"), b=C.D(pt.dob))
        d.put(C.agew(pt.age, "Age: {a}"))
        d.s("   Sex: " + pt.sex + "\n")
        if visitor:
            d.s("Overseas visitor from " + cname(origin) + ". Staying {w}. Home address: {ha}\n", w=where_staying(C, setting),
                ha=("address", a.full or a.town))
        else:
            addr_lines(C, a, origin)
            h = hp_of(C, setting, pt, a.region)
            if h:
                d.s(cap(h[0]) + ": {x}\n", x=h[1])
        d.s("Admitted: {d1}   Discharged: {d2}   Ward " + str(C.ri(1, 9)) + C.ch("ABCD") + "\nConsultant: " + C.dr(setting) + "{c} " + cred
            + "\nPrincipal diagnosis: " + dx + f" ({icd})\nInvestigations: " + labs(C.r) + "\nDischarge medications: " + tx(C.r, icd, True) + "; " + C.ch(CHRONIC) + "\n",
            d1=C.D(d1), d2=C.D(d2), c=C.N(cons))
        if C.p(0.3):
            d.s("Implant: ")
            d.put(device_sentence(C))
            d.t("\n")
        if visitor:
            d.s("Travel insurer: " + C.ch(INSURERS) + ", policy {p}\nFollow-up: with own doctor on return home (" + C.dr(origin) + "{g}, {gp}).\n",
                p=travel_policy(C), g=C.N(gp), gp=C.PH(origin, mobile=False, intl=True))
        else:
            gpf = gen_fac(C.r, setting, "gp")
            d.s("Follow-up: GP " + C.dr(setting) + "{g}, " + gpf.name + ", {ga}, fax {gf}, within 7 days.\n",
                g=C.N(gp), ga=("address", gpf.addr.full), gf=C.FX(setting))
        d.s("Completed by {j} (" + C.ch(["RMO", "intern", "registrar", "HMO"]) + "), {dd}", j=C.N(jr, C.ch(["full", "init"])), dd=C.D(d2))
    elif v == 1:
        ipno = ("account", pat(C.r, C.ch(["IP/##/#####", "IP-########", "!######"])))
        d.s("DISCHARGE SUMMARY\n" + mrn[0] + ": {m}   IP No.: {ip}\nName: " + C.title(pt, "PH") + " {n}   Age/Sex: ", m=("mrn", mrn[1]), ip=ipno, n=C.N(pt, C.ch(["full", "upper"])))
        d.put(C.agew(pt.age, "{a} Y"))
        d.s(" / " + pt.sex + "\nAddress: {ad}\nMobile: {mo}\nDOA: {d1}   DOD: {d2}\nConsultant: " + C.dr(setting) + "{c}, " + cred + "\n",
            ad=("address", a.full or a.town), mo=C.PH(origin, mobile=True), d1=C.D(d1), d2=C.D(d2), c=C.N(cons))
        d.s("Diagnosis: " + dx + f" [ICD-10 {icd}]\nCourse in hospital: Admitted with " + vitals(C.r) + ". " + labs(C.r)
            + ". Treated with " + tx(C.r, icd) + " and improved.\nAdvice on discharge: " + tx(C.r, icd, True) + "; review in OPD on {rv} between 10:00 and 13:00 (appointments {ap}).\n",
            rv=C.D(C.day(C.ri(5, 21))), ap=C.PH(setting, mobile=False))
        s_ = ssn_of(C, origin, pt) if C.p(0.5) else None
        if s_:
            d.s("ID proof: " + s_[0] + " {x}\n", x=s_[1])
        att = C.relative(pt)
        d.s("Attendant: {r} (" + att.rel + ")\nSignature: " + C.dr(setting) + "{j}", r=C.N(att), j=C.N(jr, C.ch(["full", "init"])))
    elif v == 2:
        gpf = gen_fac(C.r, origin if visitor else setting, "gp")
        d.s("{dd}\n\n" + C.dr(origin) + "{g}\n" + gpf.name + "\n{ga}\n\nDear " + C.dr(origin).strip() + " {gl},\n\nRe: {n}, DOB {b}, " + mrn[0] + " {m}\n\n",
            dd=C.D(d2), g=C.N(gp), ga=("address", gpf.addr.full), gl=C.N(gp, "family"), n=C.N(pt), b=C.D(pt.dob), m=("mrn", mrn[1]))
        d.s("Your patient was admitted to " + fac.name + " on {d1} " + C.ch(["while visiting " + cname(setting), "as an emergency", "via the emergency department"])
            + " with " + dx + ". On arrival: " + vitals(C.r) + ". " + labs(C.r) + ". ", d1=C.D(d1))
        d.s(He(pt) + " was discharged on {d2} on " + tx(C.r, icd, True) + ". ", d2=C.D(d2))
        if C.p(0.5):
            kin = C.relative(pt)
            d.s("We have given " + his(pt) + " " + kin.rel + ", {r}, a copy of this letter. ", r=C.N(kin, "given"))
        d.s("Please contact the ward on {wp} with any queries.\n\nYours sincerely,\n\n" + C.dr(setting) + "{c}\n" + cred + ", on behalf of " + C.dr(setting) + "{c2}",
            wp=C.PH(setting, mobile=False), c=C.N(jr), c2=C.N(cons, C.ch(["full", "init"])))
    else:
        hp = hp_of(C, setting if not visitor else origin, pt, a.region)
        d.s(fac.name + "\nCLINICAL ABSTRACT / DISCHARGE SUMMARY\n\nPatient name: {n}\n" + mrn[0] + ": {m}\nBirthdate: {b}   ",
            n=C.N(pt, C.ch(["FORMAL", "formal"])), m=("mrn", mrn[1]), b=C.D(pt.dob))
        d.put(C.agew(pt.age, "Age: {a}"))
        d.t("\n")
        addr_lines(C, a, origin, "Home address")
        if hp:
            d.s(cap(hp[0]) + ": {x}\n", x=hp[1])
        d.s("Date admitted: {d1}   Date discharged: {d2}\nFinal diagnosis: " + dx + f" (ICD-10 {icd})\nProcedures: none\nCondition on discharge: improved\n"
            "Home medications: " + C.ch(MEDS) + "\nAttending physician: " + C.dr(setting) + "{c}, " + cred + ", " + gen_reg(C.r, setting)[0] + " {lic}\n",
            d1=C.D(d1), d2=C.D(d2), c=C.N(cons), lic=("license", gen_reg(C.r, setting)[1]))
        d.s("Contact person: {r}, {rp}", r=C.N(C.relative(pt)), rp=C.PH(origin, mobile=True))


# --------------------------------------------------------------------------
# style 6: immigration medical examination
# --------------------------------------------------------------------------
IMM_ORIGINS = ["IN", "PH", "NG", "VN", "CN", "MX", "UA", "BR", "TR", "KR", "ZA", "SY", "AF", "PL", "RO", "VE", "ER", "JP"]


def st_immigration(C):
    d = C.d
    origin = C.ch(IMM_ORIGINS)
    pt = C.patient(origin, age=C.ri(1, 70))
    v = C.ri(0, 3)
    panel_cc = origin if origin not in ("SY", "AF", "ER") else C.ch(["TR", "AE", "IN"])
    C.use_dates("US" if v == 2 else panel_cc)
    clinic = gen_fac(C.r, panel_cc if v != 2 else "US", "clinic")
    doc = C.person(panel_cc if v != 2 else C.ch(["US", "IN", "PH"]), age=C.ri(35, 64))
    a = gen_addr(C.r, origin if origin not in ("SY", "AF", "ER") else panel_cc)
    exam = C.day(-C.ri(0, 10))
    cxr = exam - dt.timedelta(days=C.ri(0, 3))
    pp = C.ID(PASSPORT.get(origin, "@@#######"))
    bio = lambda: d.s(C.ch(["Photo and fingerprint biometrics verified, capture ref {x}.", "Biometric enrolment no. {x} (fingerprints, 10 digits).",
                            "Fingerprint record no. {x} matched at reception."]) + "\n", x=("biometric", pat(C.r, C.ch(["BIO-########", "FP-@@-######", "#########@"]))))
    screen = ("Chest X-ray ({cx}): " + C.ch(["no active TB", "normal", "old calcified granuloma, no active disease"]) + ". IGRA " + C.ch(["negative", "negative", "indeterminate – repeat sent"])
              + ". Syphilis serology negative. Hb " + str(C.ri(102, 160)) + " g/L. Urinalysis NAD. BP " + f"{C.ri(100, 150)}/{C.ri(60, 95)}" + ".\n")
    if v == 0:
        d.s("IRCC Immigration Medical Examination – panel physician summary\nUCI: {u}   IME no.: {i}\nApplicant: {n}   DOB: {b}   Sex: " + pt.sex
            + "\nPassport: {pp} (" + adj(origin) + ")\n",
            u=C.ID("####-####"), i=C.ID("!#######"), n=C.N(pt, "FORMAL"), b=C.D(pt.dob), pp=pp)
        addr_lines(C, a, origin)
        d.s("Phone: {ph}   Email: {em}\nExam date: {ex}\n", ph=C.PH(panel_cc, mobile=True), em=C.EM(pt), ex=C.D(exam))
        d.s(screen, cx=C.D(cxr))
        if C.p(0.7):
            bio()
        d.s("Panel physician: " + C.dr(panel_cc) + "{dn}, " + clinic.name + ", {ca}", dn=C.N(doc), ca=("address", clinic.addr.full))
    elif v == 1:
        d.s("UK pre-entry TB screening – certificate summary\nCertificate no.: {c}   GWF reference: {g}\nName: {n}   Date of birth: {b}\nPassport no.: {pp}\n",
            c=C.ID("@@@/####/#####"), g=C.ID("GWF0########"), n=C.N(pt, C.ch(["FORMAL", "full"])), b=C.D(pt.dob), pp=pp)
        addr_lines(C, a, origin, "Home address")
        d.s("Screening date: {ex}\n", ex=C.D(exam))
        d.s(screen, cx=C.D(cxr))
        d.s("Result: no TB detected. Certificate valid until {vu}.\n", vu=C.D(exam + dt.timedelta(days=182)))
        if C.p(0.5):
            bio()
        d.s("Clinic: " + clinic.name + ", {ca}, tel {ct}\nExamining physician: " + C.dr(panel_cc) + "{dn}", ca=("address", clinic.addr.full),
            ct=C.PH(panel_cc, mobile=False), dn=C.N(doc))
    elif v == 2:
        us = gen_addr(C.r, "US")
        d.s("Form I-693 worksheet (civil surgeon)\nApplicant: {n}   A-Number: {an}   USCIS Online Account Number: {oa}\nDOB: {b}   Country of birth: " + cname(origin)
            + "\n",
            n=C.N(pt, "lf"), an=C.ID("A#########"), oa=("account", pat(C.r, "!###########")), b=C.D(pt.dob, "mdy/"))
        addr_lines(C, us, "US", "U.S. address", 0.6)
        d.s("Daytime phone: {ph}\nExam: {ex}\n", ph=C.PH("US"), ex=C.D(exam, "mdy/"))
        d.s("IGRA ({cx}): negative. Syphilis: non-reactive. Gonorrhea NAAT: negative.\nVaccines: MMR dose 2 {m2}; Tdap {td}; influenza {fl}.\n",
            cx=C.D(cxr, "mdy/"), m2=C.D(exam, "mdy/"), td=C.D(exam - dt.timedelta(days=C.ri(30, 900)), "mdy/"), fl=C.D(exam - dt.timedelta(days=C.ri(1, 60)), "mdy/"))
        if C.p(0.4):
            d.s("SSN: {s}\n", s=("ssn", gen_ssn(C.r, "US", pt)[1]))
        d.s("Civil surgeon: Dr. {dn}, " + clinic.name + ", {ca}", dn=C.N(doc), ca=("address", gen_addr(C.r, "US").full))
    else:
        d.s("Australian eMedical – health examination record\nHAP ID: {h}   TRN: {t}\nClient: {n}   DOB: {b}\nPassport: {pp}   Nationality: " + adj(origin) + "\n",
            h=C.ID("!##########"), t=C.ID("EGO########"), n=C.N(pt, "formal"), b=C.D(pt.dob), pp=pp)
        d.s("Residential address: {ad}\nExamined {ex} by " + C.dr(panel_cc) + "{dn}. ", ad=("address", a.full or a.town), ex=C.D(exam), dn=C.N(doc))
        d.put(C.agew(pt.age, "Age at exam {a}"))
        d.s(". Interpreter: " + (lang(origin) if CINFO[origin][2] else "not required") + ".\n")
        d.s(screen, cx=C.D(cxr))
        if C.p(0.5):
            bio()
        if C.p(0.5):
            fam = C.relative(pt)
            d.s("Accompanying family member: {r} (" + fam.rel + "), HAP ID {h2}.\n", r=C.N(fam), h2=C.ID("!##########"))
        d.s("Clinic: " + clinic.name + ", {ca}", ca=("address", clinic.addr.full))


# --------------------------------------------------------------------------
# style 7: embassy / consulate letter
# --------------------------------------------------------------------------
def st_embassy(C):
    d = C.d
    origin = C.ch(["PL", "RO", "PH", "IN", "NG", "BR", "MX", "IT", "ES", "FR", "DE", "VN", "CN", "JP", "KR", "TR", "UA", "HU", "CZ", "PT", "GR", "NL"])
    setting = C.ch(["GB", "IE", "US", "CA", "AU", "NZ", "AE", "ZA"])
    pt = C.patient(origin, old=0.15)
    C.use_dates(setting)
    emb = gen_addr(C.r, setting)
    fac = gen_fac(C.r, setting)
    consul = C.person(origin, age=C.ri(35, 62))
    rel = C.relative(pt)
    v = C.ri(0, 3)
    head = C.ch(["Embassy of " + cname(origin).replace("the ", "the "), "Consulate General of " + cname(origin), "Consular Section, Embassy of " + cname(origin)])
    ref = C.ID(C.ch(["KONS/####/##", "CON-##-#####", "###/####/@@", "@@-####-###"]))
    pp = C.ID(PASSPORT.get(origin, "@@#######"))
    if v == 0:
        d.s(head + "\n{ea}\nTel {et}   Fax {ef}\n\nOur ref: {r}\n{dd}\n\nThe Medical Director\n" + fac.name + "\n{fa}\n\n",
            ea=("address", emb.full), et=C.PH(setting, mobile=False), ef=C.FX(setting), r=ref, dd=C.D(C.today), fa=("address", fac.addr.full))
        d.s("Re: {n}, born {b}, passport no. {pp}\n\nDear Sir or Madam,\n\nThe Consulate has been informed that the above-named " + adj(origin) + " citizen was admitted to your hospital on {ad}. "
            "At the request of " + his(pt) + " " + rel.rel + ", {rn}, who lives at {ra}, we would be grateful for a short medical report. ",
            n=C.N(pt), b=C.D(pt.dob), pp=pp, ad=C.D(C.day(-C.ri(2, 12))), rn=C.N(rel), ra=("address", gen_addr(C.r, origin).full or gen_town(C.r, origin)))
        if C.p(0.35):
            d.s("The family submitted the request online ({u}, IP {ip}). ", u=C.URL("portal"), ip=C.IP())
        d.s("Written consent signed by the patient on {cd} is enclosed.\n\nPlease reply to {em} or by fax.\n\nYours faithfully,\n\n{c}\nConsul",
            cd=C.D(C.day(-1)), em=C.EM(org="consular" + origin.lower()), c=C.N(consul))
    elif v == 1:
        s_ = ssn_of(C, origin, pt)
        d.s(head + "\n{ea}\n\nCERTIFICATE OF IDENTITY\n\nThis is to certify that {n}, date of birth {b}, ", ea=("address", emb.full), n=C.N(pt, C.ch(["upper", "full"])), b=C.D(pt.dob))
        if s_:
            d.s(s_[0] + " {x}, ", x=s_[1])
        d.s("is a citizen of " + cname(origin) + ". " + His(pt) + " passport (no. {pp}) was lost while " + he(pt) + " was an inpatient at " + fac.name + ". "
            "An emergency travel document no. {etd} has been issued, valid from {vf} to {vt}, for travel on " + C.ch(FLIGHTS) + ".\n\n",
            pp=pp, etd=C.ID(C.ch(["ETD########", "@@######"])), vf=C.D(C.today), vt=C.D(C.day(C.ri(10, 30))))
        d.s("Contact: {c}, Consular Officer, {ct}\nRef: {r}", c=C.N(consul, C.ch(["full", "init"])), ct=C.PH(setting, mobile=False), r=ref)
    elif v == 2:
        died = C.day(-C.ri(2, 8))
        fd = C.person(setting, age=C.ri(30, 64))
        d.s("{dd}\nRef: {r}\n\nTo: " + fac.name + ", Bereavement Office\n\nRe: repatriation of the remains of the late {n} (", dd=C.D(C.today), r=ref, n=C.N(pt))
        d.put(C.agew(pt.age, "{a}"))
        d.s("), passport {pp}\n\nThe " + head.split(",")[0] + " confirms that it has no objection to the repatriation of the remains of " + C.title(pt, setting) + " {f}, who died in your hospital on {dd2}, to " + cname(origin) + ". ",
            pp=pp, f=C.N(pt, "family"), dd2=C.D(died))
        d.s("The funeral director {fd} ({fp}) is acting for the family. The deceased's " + rel.rel + " {rn} will accompany the coffin on " + C.ch(FLIGHTS) + " (booking ref {pnr}).\n\n",
            fd=C.N(fd), fp=C.PH(setting), rn=C.N(rel), pnr=C.PNR())
        d.s("{c}\nVice-Consul", c=C.N(consul))
    else:
        med = C.person(setting, age=C.ri(35, 62))
        d.s(fac.name + "\n{fa}\n{dd}\n\nTo the Visa Section, " + head + "\n\nRe: {n}, DOB {b}, passport {pp}\n\n",
            fa=("address", fac.addr.full), dd=C.D(C.today), n=C.N(pt), b=C.D(pt.dob), pp=pp)
        d.s("I confirm that the above patient is under my care for " + C.ch(DX)[0] + " and requires treatment here until at least {until}. "
            "We support a visa extension for " + him_her(pt) + " and for " + his(pt) + " attendant, {rn} (passport {rp}). " + C.ch(["The estimated cost is ", "Our deposit received is "]) + money(C.r, setting) + ".\n\n",
            until=C.D(C.day(C.ri(30, 120))), rn=C.N(rel), rp=C.ID(PASSPORT.get(origin, "@@#######")))
        d.s("Yours faithfully,\n" + C.dr(setting) + "{m}\n" + gen_reg(C.r, setting)[0] + " {lic}\n{me}",
            m=C.N(med), lic=("license", gen_reg(C.r, setting)[1]), me=C.EM(med))


def him_her(p):
    return "him" if p.sex == "M" else "her"


# --------------------------------------------------------------------------
# style 8: international second-opinion request (e-mail)
# --------------------------------------------------------------------------
def st_second_opinion(C):
    d = C.d
    origin = C.ch(["NG", "IN", "AE", "GR", "RO", "UA", "VN", "MX", "BR", "ZA", "TR", "PL", "KR", "CN", "PH", "IT", "ES", "SE", "NO"])
    setting = C.ch(["GB", "US", "DE", "CH", "IN", "SG" if False else "TR", "IE", "CA"])
    pt = C.patient(origin, old=0.18)
    C.use_dates(origin)
    sender = C.relative(pt, rel=C.ch(["son", "daughter"]))
    fac = gen_fac(C.r, origin)
    loc_doc = C.person(origin, age=C.ri(35, 64))
    dx, team = C.ch([("a 4 cm renal mass", "urology"), ("stage III colon cancer", "colorectal"), ("a meningioma", "neurosurgery"),
                     ("severe aortic stenosis", "cardiac surgery"), ("a relapse of lymphoma", "haematology"),
                     ("a suspected glioma", "neuro-oncology"), ("multiple myeloma", "haematology")])
    io = gen_fac(C.r, setting)
    io_staff = C.person(setting if setting in STAFF_MIX else setting, age=C.ri(28, 55))
    ref = C.ID(C.ch(["IPO-######", "SO/####/###", "#####-@@"]))
    v = C.ri(0, 3)
    ioem = C.EM(org=io.name)
    hdr = lambda frm, frm_e, to_e, subj: d.s("From: {fn} <{fe}>\nTo: {te}\nDate: {dd} " + tm(C) + "\nSubject: " + subj + "\n\n",
                                             fn=frm, fe=frm_e, te=to_e, dd=C.D(C.today))
    if v in (0, 3):
        if v == 3:
            d.s("---------- Forwarded message ---------\n")
        hdr(C.N(sender), C.EM(sender), ioem, "Second opinion request – " + ("my father" if pt.sex == "M" else "my mother"))
        d.s("Dear Sir/Madam,\n\nMy " + ("father" if pt.sex == "M" else "mother") + ", {n} (", n=C.N(pt))
        d.put(C.agew(pt.age, "{a}"))
        d.s("), lives in {tw}. " + He(pt) + " was diagnosed with " + dx + " at " + fac.name + " on {dg}. " + His(pt) + " doctor, " + C.dr(origin) + "{ld}, recommends surgery but we would like a second opinion. ",
            tw=("address", gen_town(C.r, origin)), dg=C.D(C.day(-C.ri(10, 90))), ld=C.N(loc_doc))
        d.s("I have uploaded the scans to {u}; the confirmation number is {cn}. " + His(pt) + " date of birth is {b} and passport no. {pp}.\n\n",
            u=C.URL("upload"), cn=C.ID("%%%%%%%%"), b=C.D(pt.dob), pp=C.ID(PASSPORT.get(origin, "@@#######")))
        d.s("My mobile (WhatsApp) is {m}.\n\nRegards,\n{sn}", m=C.PH(origin, mobile=True, intl=True), sn=C.N(sender, C.ch(["full", "given"])))
        if v == 3:
            d.s("\n\n-- forwarded by {f} to the " + team + " team, ref {r}", f=C.N(io_staff, C.ch(["gli", "initials", "full"])), r=ref)
    elif v == 1:
        hdr(C.N(loc_doc), C.EM(loc_doc), ioem, "Referral for opinion: {x}".replace("{x}", adj(origin) + " patient"))
        d.s("Dear colleague,\n\nI would appreciate your opinion on my patient {n}, DOB {b}, hospital no. {m}, who has " + dx + ". Key results: " + labs(C.r) + ". ",
            n=C.N(pt), b=C.D(pt.dob), m=("mrn", pat(C.r, "!#######")))
        if C.p(0.35):
            d.put(device_sentence(C, cap=True))
            d.t(". ")
        d.s("Imaging is available at {u} (access code sent separately). The patient can travel from {dd}. ", u=C.URL("record"), dd=C.D(C.day(C.ri(10, 40))))
        d.s("\n\nKind regards,\n" + C.dr(origin) + "{ld}\n" + fac.name + ", {fa}\nTel {t}", ld=C.N(loc_doc), fa=("address", fac.addr.full), t=C.PH(origin, mobile=False))
    else:
        hdr(C.N(io_staff), ioem, C.EM(sender), C.ch(["Re: Second opinion request", "Your enquiry", "Re: scans for review"]))
        d.s("Dear {sn},\n\nThank you for your enquiry about {n} (our ref {r}). Our system shows the images were uploaded on {ud} from IP address {ip}. ",
            sn=C.N(sender, C.ch(["given", "full"])), n=C.N(pt), r=ref, ud=C.D(C.day(-C.ri(1, 4))), ip=C.IP())
        d.s("Prof. {pr} has reviewed them and would be happy to see your " + ("father" if pt.sex == "M" else "mother") + " on {ap}. The estimated cost of the consultation is "
            + money(C.r, setting) + ". Please complete the registration form at {u}.\n\n",
            pr=C.N(C.person(setting, age=C.ri(45, 65))), ap=C.D(C.day(C.ri(14, 40))), u=C.URL("form"))
        d.s("Best wishes,\n{me}\nInternational Patient Office, " + io.name + "\nTel {t}", me=C.N(io_staff), t=C.PH(setting, mobile=False, intl=True))


# --------------------------------------------------------------------------
# style 9: medical-tourism intake
# --------------------------------------------------------------------------
TOURISM = {"TR": ["hair transplant (FUE, 3,500 grafts)", "dental veneers (20 units)", "gastric sleeve"],
           "IN": ["CABG x3", "total knee replacement (right)", "IVF cycle"], "MX": ["gastric sleeve", "dental implants (All-on-4)", "stem-cell knee injection"],
           "HU": ["dental implants x4", "full-mouth crowns"], "PL": ["dental implants x2", "cataract surgery"], "CZ": ["IVF with donor eggs", "varicose vein surgery"],
           "ES": ["IVF cycle", "rhinoplasty"], "DE": ["hip resurfacing", "proton therapy assessment"], "KR": ["rhinoplasty", "health screening package"],
           "VN": ["dental implants x6"], "PT": ["bariatric bypass"], "CN": ["traditional medicine programme"]}


def st_tourism(C):
    d = C.d
    setting = C.ch(sorted(TOURISM))
    home = C.ch([c for c in ["GB", "IE", "US", "CA", "AU", "NZ", "DE", "NL", "NO", "SE", "DK", "FR", "AE", "NG", "ZA", "CH", "AT", "FI"] if c != setting])
    pt = C.patient(home, age=C.ri(24, 79))
    C.use_dates(setting if C.p(0.5) else home)
    fac = gen_fac(C.r, setting)
    a = gen_addr(C.r, home)
    coord = C.person(setting, age=C.ri(24, 45))
    comp = C.relative(pt)
    proc = C.ch(TOURISM[setting])
    arr = C.day(C.ri(5, 60))
    mrn = ("mrn", pat(C.r, C.ch(["IP-######", "!#######", "@@######"])))
    v = C.ri(0, 3)
    hotel = gen_addr(C.r, setting)
    if v == 0:
        d.s(fac.name + " – International Patient Intake\nPatient ID: {m}\nFull name: {n}\nDate of birth: {b}\nPassport no.: {pp}   Nationality: " + adj(home) + "\n"
            "Home address: {st}\nCity: {tw}\n", m=mrn, n=C.N(pt, C.ch(["full", "formal"])), b=C.D(pt.dob), pp=C.ID(PASSPORT.get(home, "@@#######")),
            st=("address", a.street), tw=("address", a.town))
        if a.pc:
            d.s("Postcode: {z}\n", z=("zip", a.pc))
        d.s("Mobile / WhatsApp: {ph}\nEmail: {em}\nProcedure requested: " + proc + "\nPackage quote: " + money(C.r, setting) + " (" + money(C.r, "GB" if home == "GB" else "US") + ")\n"
            "Arrival: " + C.ch(FLIGHTS) + " on {ar}, booking ref {pnr}\nAccommodation: {ho}\nCompanion: {cn} (" + comp.rel + "), mobile {cp}\n",
            ph=C.PH(home, mobile=True, intl=True), em=C.EM(pt), ar=C.D(arr), pnr=C.PNR(), ho=("address", hotel.full), cn=C.N(comp), cp=C.PH(home, mobile=True))
        d.s("History: " + C.ch(DX)[0] + " in " + str(C.ri(2012, 2023)) + "; BMI " + str(C.ri(21, 46)) + "; meds " + C.ch(MEDS) + "\nCoordinator: {c} ({ce})",
            c=C.N(coord), ce=C.EM(coord))
    elif v == 1:
        d.s("Subject: Your treatment plan and travel – {n}\n\nDear {g},\n\nThank you for choosing " + fac.name + ". This e-mail confirms your " + proc + " with " + C.dr(setting) + "{sd} on {op}. ",
            n=C.N(pt), g=C.N(pt, C.ch(["given", "full"])), sd=C.N(C.person(setting, age=C.ri(38, 62))), op=C.D(arr + dt.timedelta(days=1)))
        d.s("Our driver {dr} will meet you at " + C.ch(CC_AIRPORTS[setting]) + " on {ar} (flight " + C.ch(FLIGHTS) + ")" + C.ch([" in a white minivan, plate {pl},", ", vehicle {pl},"])
            + " and take you to your hotel at {ho}. Your patient number is {m}; please quote it on every call.\n\n",
            dr=C.N(C.person(setting, sex="M", age=C.ri(25, 60)), C.ch(["given", "full"])), ar=C.D(arr), pl=("vehicle", gen_plate(C.r, setting)), ho=("address", hotel.full), m=mrn)
        d.s("Total package: " + money(C.r, setting) + ". The deposit can be paid by bank transfer to " + gen_account(C.r, setting)[0] + " {ac} or online at {u}.\n\n",
            ac=("account", gen_account(C.r, setting)[1]), u=C.URL("form"))
        d.s("Warm regards,\n{c}\nInternational Patient Coordinator\nWhatsApp {cp}", c=C.N(coord, C.ch(["full", "given"])), cp=C.PH(setting, mobile=True, intl=True))
    elif v == 2:
        gp = C.person(home, age=C.ri(35, 64))
        gpf = gen_fac(C.r, home, "gp")
        d.s("PRE-OPERATIVE QUESTIONNAIRE (international patients)\nName: {n}   ", n=C.N(pt, "formal"))
        d.put(C.agew(pt.age, "Age: {a}"))
        d.s("   DOB: {b}\nAddress: {ad}\nPhone: {ph}\nProcedure: " + proc + "   Planned date: {op}\n", b=C.D(pt.dob), ad=("address", a.full or a.town),
            ph=C.PH(home), op=C.D(arr + dt.timedelta(days=C.ri(1, 3))))
        d.s("Do you take blood thinners? " + C.ch(["No", "Yes – apixaban 5 mg BD", "Aspirin 75 mg OD"]) + "\nAllergies: " + C.ch(["none known", "penicillin (rash)", "latex"])
            + "\nLast HbA1c: " + str(C.ri(34, 80)) + " mmol/mol\nYour GP: " + C.dr(home) + "{g}, " + gpf.name + ", {ga}\n",
            g=C.N(gp), ga=("address", gpf.addr.full))
        d.s("Next of kin: {k}, {kp}\nSigned: {n2}   Date: {sd}", k=C.N(comp), kp=C.PH(home, mobile=True), n2=C.N(pt), sd=C.D(C.today))
    else:
        gp = C.person(home, age=C.ri(35, 64))
        d.s(fac.name + "\n{fa}\n\nAFTERCARE SUMMARY FOR HOME DOCTOR\n\nDear " + C.dr(home) + "{g},\n\nYour patient {n} (DOB {b}, our ref {m}) underwent " + proc + " here on {op}. ",
            fa=("address", fac.addr.full), g=C.N(gp), n=C.N(pt), b=C.D(pt.dob), m=mrn, op=C.D(C.day(-C.ri(3, 10))))
        d.s("Post-op: " + vitals(C.r, ok=True) + "; " + labs(C.r, ok=True) + ". Discharged on " + C.ch(MEDS) + " and " + C.ch(MEDS) + ". Sutures out on {so}.\n\n",
            so=C.D(C.day(C.ri(5, 12))))
        d.s("Questions: {c}, {ce}, {cp}.\n\n" + C.dr(setting) + "{sd}", c=C.N(coord), ce=C.EM(coord), cp=C.PH(setting, intl=True), sd=C.N(C.person(setting, age=C.ri(38, 62))))


# --------------------------------------------------------------------------
# style 10: WhatsApp / SMS thread with a relative abroad
# --------------------------------------------------------------------------
EMOJI = [" 🙏", " ❤️", " 👍", " 😢", " 🙏🙏", "", "", "", " 🤞"]


def st_whatsapp(C):
    d = C.d
    origin = C.ch(["PL", "IN", "NG", "PH", "BR", "IT", "ES", "DE", "VN", "TR", "RO", "GR", "PT", "UA", "IE", "GB", "AU", "MX", "HU", "CZ", "SE", "JP", "KR"])
    setting = C.ch([c for c in ["GB", "IE", "US", "CA", "AU", "ES", "PT", "TR", "TH" if False else "GR", "AE", "DE", "IT"] if c != origin])
    pt = C.patient(origin, old=0.2)
    C.use_dates(origin)
    rel_abroad = C.relative(pt, rel=C.ch(["son", "daughter"]))
    rel_local = C.relative(pt, rel=C.ch(["spouse", "brother", "sister"]))
    nurse = C.person(setting, age=C.ri(24, 55)) if setting not in STAFF_MIX else C.staff(setting)
    day0 = C.day(-C.ri(0, 5))
    fmt = C.ri(0, 3)
    mom = "Mum" if pt.sex == "F" else "Dad"
    mom = C.ch([mom, {"PL": "Mama" if pt.sex == "F" else "Tata", "IN": "Mummy" if pt.sex == "F" else "Papa", "IT": "Mamma" if pt.sex == "F" else "Papà",
                      "ES": "Mamá" if pt.sex == "F" else "Papá", "DE": "Mutti" if pt.sex == "F" else "Papa", "PT": "Mãe" if pt.sex == "F" else "Pai",
                      "BR": "Mãe" if pt.sex == "F" else "Pai", "TR": "Annem" if pt.sex == "F" else "Babam"}.get(origin, mom)])
    whos = [rel_abroad, rel_local]
    hdr_forms = {}
    for w in whos:
        hdr_forms[id(w)] = C.ch(["full", "given", "given", "gli"])
    state = {"t": C.ri(6, 20) * 60 + C.ri(0, 59), "day": day0,
             "ds": C.ch(["dmy/", "dmy/yy", "dmy/np"]) if origin not in ("US", "PH", "CA") else C.ch(["mdy/np", "mdy/"])}

    def head(w):
        state["t"] += C.ri(1, 95)
        if state["t"] >= 24 * 60:
            state["t"] -= 24 * 60
            state["day"] = state["day"] + dt.timedelta(days=1)
        hh, mm = divmod(state["t"], 60)
        nm = C.N(w, hdr_forms[id(w)])
        ds = state["ds"]
        if fmt == 0:
            d.s("[{d}, " + f"{hh:02d}:{mm:02d}:{C.ri(0, 59):02d}" + "] {n}: ", d=C.D(state["day"], ds), n=nm)
        elif fmt == 1:
            d.s("{d}, " + f"{hh:02d}:{mm:02d}" + " - {n}: ", d=C.D(state["day"], ds), n=nm)
        elif fmt == 2:
            d.s("{n} (" + f"{hh:02d}:{mm:02d}" + "): ", n=nm)
        else:
            d.s("{n} " + f"{hh % 12 or 12}:{mm:02d} {'AM' if hh < 12 else 'PM'}" + "\n", n=nm)

    pol = travel_policy(C)
    fac = gen_fac(C.r, setting)
    msgs_abroad = [
        lambda: d.s("Hi, it's {g}. Any news about " + mom + "? I can't get through to the ward" + C.ch(EMOJI), g=C.N(rel_abroad, "given")),
        lambda: d.s("Her/his date of birth is {b} if they ask".replace("Her/his", his(pt).capitalize()), b=C.D(pt.dob, C.ch(["dmy/", "dmy.", "long"]))),
        lambda: d.s("Insurance policy is {p}, the emergency line is {l}", p=pol, l=C.PH(origin, mobile=False, intl=True)),
        lambda: d.s("I booked " + C.ch(FLIGHTS) + " landing {a} " + tm(C, True) + ", booking ref {pnr}", a=C.D(C.day(C.ri(1, 3)), C.ch(["dmy/", "dm", "dmord"])), pnr=C.PNR()),
        lambda: d.s("Passport number for the hospital form: {pp}", pp=C.ID(PASSPORT.get(origin, "@@#######"))),
        lambda: d.s("Please ask the doctor to ring me on {m}" + C.ch(EMOJI), m=C.PH(origin, mobile=True, intl=True)),
        lambda: d.s("Send the discharge papers to {e} pls", e=C.EM(rel_abroad)),
        lambda: [d.s("Can't believe " + he(pt) + " is "), d.put(C.agew(pt.age, "{a}")), d.s(" and still wants to fly home alone" + C.ch(EMOJI))],
    ]
    local_a = where_staying(C, setting)
    msgs_local = [
        lambda: d.s("Still in " + fac.name + ", ward " + str(C.ri(2, 9)) + C.ch("ABC") + " bed " + str(C.ri(1, 28)) + ". " + C.ch(["Sats 94% now", "BP 150/90 this morning", "temp 38.2 last night", "sodium 129, they are watching it"])),
        lambda: d.s("The doctor is " + C.dr(setting) + "{dn}, very kind. Nurse {nn} gave me this number {np}", dn=C.N(C.person(setting, age=C.ri(30, 60)), C.ch(["full", "family"])),
                    nn=C.N(nurse, "given"), np=C.PH(setting, mobile=False)),
        lambda: d.s("Hospital number on the wristband: {m}", m=("mrn", pat(C.r, C.ch(["!#######", "@######", "##-######"])))),
        lambda: d.s("I'm staying {a}" + (", 10 min walk" if len(local_a[1][1]) > 20 else " near the hospital"), a=local_a),
        lambda: d.s("They say maybe home on {dd} if bloods ok" + C.ch(EMOJI), dd=C.D(C.day(C.ri(2, 7)), C.ch(["dm", "dmord", "dmy/"]))),
        lambda: d.s("Video call link from the ward: {u}", u=C.URL("meet")),
        lambda: d.s("Claim number from the insurer: {c}", c=claim_id(C)),
        lambda: d.s("Parked the hire car (" + C.ch(["reg ", "plate ", ""]) + "{v}) in the visitor car park" + C.ch([", ticket on the dashboard", ", hope that's ok", ""]) + C.ch(EMOJI), v=("vehicle", gen_plate(C.r, setting))),
        lambda: d.s("ok 👍 " + C.ch(["will tell " + his(pt) + " you called", "talk later", "going in now"])),
    ]
    greet = msgs_abroad[0]
    msgs_abroad = [greet] + C.shuffled(msgs_abroad[1:])
    C.r.shuffle(msgs_local)
    n_msgs = C.ri(6, 10)
    ia = il = 0
    speaker = 0
    for k in range(n_msgs):
        if k > 0 and C.p(0.6):
            speaker = 1 - speaker
        w = whos[speaker]
        if speaker == 0 and ia < len(msgs_abroad):
            head(w)
            msgs_abroad[ia]()
            ia += 1
        elif il < len(msgs_local):
            head(whos[1])
            msgs_local[il]()
            il += 1
        else:
            continue
        d.t("\n")
    d.rstrip()


# --------------------------------------------------------------------------
# style 11: transfer of care between countries
# --------------------------------------------------------------------------
def st_transfer(C):
    d = C.d
    origin_h = C.ch(["DE", "AT", "CH", "FR", "ES", "IT", "NL", "PL", "CZ", "TR", "GR", "PT", "DK", "SE", "NO", "FI", "HU", "JP"])
    home = C.ch([c for c in ["GB", "IE", "US", "CA", "AU", "NL", "DE", "SE", "FR", "IT", "PL", "ES", "NO", "DK", "NZ"] if c != origin_h])
    pt = C.patient(home, old=0.15)
    C.use_dates(origin_h)
    fac = gen_fac(C.r, origin_h)
    dst = gen_fac(C.r, home)
    oa = C.person(origin_h, age=C.ri(32, 62))
    rec = C.staff(home) if home in STAFF_MIX else C.person(home, age=C.ri(35, 62))
    dx, icd = C.ch(DX)
    adm = C.day(-C.ri(3, 14))
    a = gen_addr(C.r, home)
    case = ("account", pat(C.r, C.ch(["########", "!#########", "@@-#######"])))
    hp = hp_of(C, home, pt, a.region)
    v = C.ri(0, 3)
    if v == 0:
        d.s(fac.name + " – " + C.ch(["Medizinische Klinik II", "Department of Cardiology", "Unfallchirurgie", "Internal Medicine"]) + "\n{fa}\n\n"
            "TRANSFER LETTER (English translation)\n\nPatient: {n}, born {b}\nHome address: {ha}\n",
            fa=("address", fac.addr.full), n=C.N(pt, C.ch(["lf", "formal"])), b=C.D(pt.dob), ha=("address", a.full or a.town))
        if hp:
            d.s(cap(hp[0]) + ": {x}\n", x=hp[1])
        d.s(C.ch(["Case no. (Fall-Nr.)", "Case number", "Encounter no."]) + ": {c}\nInpatient {ad} to {td}\n\nDiagnoses: " + dx + f" ({icd}); arterial hypertension (I10)\n",
            c=case, ad=C.D(adm), td=C.D(C.today))
        d.s("Course: " + vitals(C.r) + " on admission. " + labs(C.r) + ". Treated with " + tx(C.r, icd) + ".\n")
        if C.p(0.5):
            d.put(device_sentence(C, cap=True))
            d.t(".\n")
        d.s("Transferred at the patient's request to " + dst.name + " (" + C.dr(home) + "{rn}).\n\nWith kind regards\n" + C.dr(origin_h) + "{o}\nTel. {t}   Fax {f}",
            rn=C.N(rec), o=C.N(oa), t=C.PH(origin_h, mobile=False, intl=True), f=C.FX(origin_h))
    elif v == 1:
        d.s("{dd}\n\nDear " + C.dr(home) + "{rn},\n\nRe: {n} (", dd=C.D(C.today), rn=C.N(rec), n=C.N(pt))
        d.put(C.agew(pt.age, "{a}"))
        d.s("), " + adj(home) + " citizen, our record no. {m}\n\nThank you for accepting this patient, who was admitted to our unit at " + fac.name + " on {ad} " + C.ch(["after a fall on holiday", "during a business trip", "while visiting family"]) + ". ",
            m=("mrn", pat(C.r, "!#######")), ad=C.D(adm))
        d.s("Diagnosis: " + dx + ". " + labs(C.r) + ". Medication on transfer: " + tx(C.r, icd, True) + ".\n\n")
        if C.p(0.5):
            d.s("Imaging (CD and link {u}) travels with the patient. ", u=C.URL("record"))
        d.s("Transport by ground ambulance, registration {pl}, leaving " + tm(C) + "; escort nurse {nn}.\n\nYours sincerely,\n" + C.dr(origin_h) + "{o}\n{oe}",
            pl=("vehicle", gen_plate(C.r, origin_h)), nn=C.N(C.person(origin_h, age=C.ri(25, 55))), o=C.N(oa), oe=C.EM(oa))
    elif v == 2:
        drg = C.p(0.5)
        d.s("From: {oe}\nTo: {re}\nSubject: Handover – {n}\n\nHi " + ("Dr " if drg else "") + "{rf},\n\nAs discussed by phone ({t}), handing over {n2}, DOB {b}. ",
            oe=C.EM(oa), re=C.EM(rec), n=C.N(pt, "formal"), rf=C.N(rec, "family" if drg else "given"), t=C.PH(home, mobile=False), n2=C.N(pt), b=C.D(pt.dob))
        d.s("Admitted {ad} with " + dx + f" ({icd}). " + vitals(C.r) + ". ", ad=C.D(adm))
        if hp:
            d.s(hp[0] + " {x}. ", x=hp[1])
        esc = C.relative(pt)
        d.s("Flying " + C.ch(FLIGHTS) + " tomorrow with " + his(pt) + " " + esc.rel + " {r}.\n\nBest,\n{o}", r=C.N(esc, "given"),
            o=C.N(oa, C.ch(["given", "full", "initials"])))
    else:
        s_ = ssn_of(C, home, pt)
        d.s("PATIENT SUMMARY – cross-border transfer\nCountry of treatment: " + cname(origin_h) + "\nPatient name: {n}\nDate of birth: {b}\n", n=C.N(pt, "formal"), b=C.D(pt.dob))
        if s_:
            d.s("National identifier (" + s_[0] + "): {x}\n", x=s_[1])
        if hp:
            d.s(cap(hp[0]) + ": {x}\n", x=hp[1])
        if C.p(0.5):
            d.s("Implants: ")
            d.put(device_sentence(C))
            d.t("\n")
        d.s("Address: {ha}\nContact: {cp}\nProblems: " + dx + f" [{icd}]\nAllergies: " + C.ch(["NKDA", "penicillin", "contrast media"]) + "\nMedication: " + tx(C.r, icd, True) + "; " + C.ch(CHRONIC)
            + "\nLast results: " + labs(C.r) + "\nAuthor: " + C.dr(origin_h) + "{o}, " + fac.name + ", {fa}, {dd}",
            ha=("address", a.full or a.town), cp=C.PH(home, mobile=True), o=C.N(oa), fa=("address", fac.addr.full), dd=C.D(C.today))


# --------------------------------------------------------------------------
# style 12: vaccination certificate / record
# --------------------------------------------------------------------------
def lot(C):
    return pat(C.r, C.ch(["@@####", "@#@###@", "####@@", "@@#####@"]))


def st_vaccination(C):
    d = C.d
    origin = C.ch(["IN", "GB", "DE", "NL", "FR", "JP", "CN", "KR", "PL", "BR", "NG", "PH", "VN", "IT", "ES", "TR", "SE", "CA", "AU", "UA", "MX", "CZ"])
    v = C.ri(0, 3)
    pt = C.patient(origin, age=C.ri(1, 15) if v == 3 else None, old=0.08)
    clinic_cc = origin if origin in ("GB", "IE", "AU", "CA", "NZ", "US", "IN", "NG", "PH", "ZA") or v in (2, 3) else C.ch(["GB", "IE", "AU", "CA"])
    C.use_dates(clinic_cc if v != 3 else origin)
    clinic = gen_fac(C.r, clinic_cc, "clinic") if clinic_cc in ENGLISH_SETTINGS or clinic_cc in ("IN", "NG", "PH", "ZA") else gen_fac(C.r, clinic_cc)
    doc = C.staff(clinic_cc) if clinic_cc in STAFF_MIX else C.person(clinic_cc, age=C.ri(30, 62))
    vd = C.day(-C.ri(0, 400))
    if v == 0:
        d.s("INTERNATIONAL CERTIFICATE OF VACCINATION OR PROPHYLAXIS\n\nThis is to certify that {n}, date of birth {b}, sex " + pt.sex + ", nationality " + adj(origin)
            + ", national identification document {pp}, has on the date indicated been vaccinated against: YELLOW FEVER\n\n",
            n=C.N(pt, C.ch(["upper", "full", "formal"])), b=C.D(pt.dob), pp=C.ID(PASSPORT.get(origin, "@@#######")))
        d.s("Vaccine: Stamaril, batch " + lot(C) + "\nDate: {vd}\nValid from: {vf}   Until: life of person\nSupervising clinician: " + C.dr(clinic_cc) + "{dn}\n"
            "Official stamp: " + clinic.name + ", {ca}\nCertificate no.: {c}", vd=C.D(vd), vf=C.D(vd + dt.timedelta(days=10)), dn=C.N(doc),
            ca=("address", clinic.addr.full), c=C.ID(C.ch(["YF-######", "@@/####/#####", "!#######"])))
    elif v == 1:
        h = hp_of(C, clinic_cc, pt) if clinic_cc == origin else None
        d.s(clinic.name + " – travel vaccination record\nPatient: {n}   DOB: {b}\n", n=C.N(pt, "formal"), b=C.D(pt.dob))
        if h:
            d.s(cap(h[0]) + ": {x}\n", x=h[1])
        d.s("Trip: " + C.ch(["Kenya and Tanzania", "Vietnam and Cambodia", "Peru", "India (Kerala)", "Ghana", "Brazil (Amazonas)"]) + ", departing {dep}\n", dep=C.D(vd + dt.timedelta(days=C.ri(14, 40))))
        vs = C.shuffled(["Hepatitis A (Havrix 1440)", "Typhoid (Typhim Vi)", "Rabies pre-exposure dose 1", "Cholera (Dukoral) dose 1", "Tdap-IPV booster",
                         "Japanese encephalitis dose 1", "Meningococcal ACWY", "Yellow fever"])[:C.ri(2, 4)]
        for k, vac in enumerate(vs):
            d.s("- " + vac + ", batch " + lot(C) + ", given {dd}" + C.ch([" L deltoid", " R deltoid", ""]) + "\n", dd=C.D(vd + dt.timedelta(days=7 * k)))
        d.s("Malaria prophylaxis: " + C.ch(["atovaquone-proguanil 250/100 mg daily", "doxycycline 100 mg daily", "none required"]) + "\nNurse: {nn}\nNext dose due {nd}",
            nn=C.N(doc, C.ch(["full", "gli", "initials"])), nd=C.D(vd + dt.timedelta(days=28)))
    elif v == 2:
        cc2 = origin if origin in ("DE", "NL", "FR", "PL", "IT", "ES", "SE", "CZ") else C.ch(["DE", "NL", "FR", "ES", "IT"])
        clinic = gen_fac(C.r, cc2)
        dn = C.ri(2, 4)
        d.s("EU Digital COVID Certificate – vaccination (printout summary)\nSurname(s) and forename(s): {n}\nStandardised: {sn}\nDate of birth: {b}\n",
            n=C.N(pt, "lf"), sn=("name", "<".join(letters_only(x) for x in pt.family.split()) + "<<" + "<".join(letters_only(x) for x in pt.given.split())), b=C.D(pt.dob, "iso"))
        d.s("Disease: COVID-19\nVaccine: " + C.ch(["Comirnaty", "Spikevax", "Vaxzevria"]) + "\nDose: " + str(dn) + "/" + str(dn) + "\nDate of vaccination: {vd}\nMember State: " + cc2 + "\n"
            "Certificate identifier: {u}\nIssued by: " + clinic.name, vd=C.D(vd, "iso"), u=C.ID("URN:UVCI:01:" + cc2 + ":%%%%%%%%%%%%%%%%#@"))
        if C.p(0.5):
            d.s("\nVerified {vt} via {url}", vt=C.D(C.today, "iso"), url=C.URL("record"))
    else:
        mother = C.person(origin, sex="F", age=C.ri(24, 45), fam_base=pt.fam_base)
        tr = C.person(C.ch(["GB", "IE", origin]), age=C.ri(30, 60))
        d.s("CHILD IMMUNISATION RECORD – certified translation from " + lang(origin) + "\nChild: {n}   Date of birth: {b}\nMother: {m}\nAddress: {ad}\n",
            n=C.N(pt), b=C.D(pt.dob), m=C.N(mother), ad=("address", (gen_addr(C.r, origin).full or gen_town(C.r, origin))))
        start = pt.dob
        for vac, days in sorted(C.shuffled([("BCG", 3), ("Hep B birth dose", 1), ("DTaP-IPV-Hib-HepB dose 1", 60), ("MMR dose 1", 365), ("PCV dose 1", 61)])[:C.ri(3, 5)], key=lambda x: x[1]):
            if start + dt.timedelta(days=days) < C.today:
                d.s("- " + vac + ": {dd}\n", dd=C.D(start + dt.timedelta(days=days)))
        d.s("Translator: {t}, certified translator no. {tn}, {td}", t=C.N(tr), tn=C.ID(C.ch(["###/##", "CT-####", "!#####"])), td=C.D(C.today))


# --------------------------------------------------------------------------
# style 13: occupational health (seafarer / aviation / offshore)
# --------------------------------------------------------------------------
def st_occupational(C):
    d = C.d
    v = C.ri(0, 3)
    origin = C.ch(["PH", "IN", "UA", "PL", "RO", "GB", "NO", "IE", "NG", "VN", "GR", "HU", "TR", "FI"]) if v != 2 else C.ch(["GB", "IE", "DE", "NL", "DK", "SE", "IT", "ES", "FR", "PL", "CZ", "AT", "CH", "PT"])
    if v == 1:
        origin = "PH"
    pt = C.patient(origin, age=C.ri(20, 64))
    setting = {0: C.ch(["GB", "GB", "NO", "IE"]) if origin not in ("GB", "NO", "IE") else origin, 1: "PH", 2: origin, 3: C.ch(["GB", "NO", "NL", "DK"])}[v]
    C.use_dates(setting)
    clinic = gen_fac(C.r, setting, "clinic") if setting in ENGLISH_SETTINGS else gen_fac(C.r, setting)
    doc = C.staff(setting) if setting in STAFF_MIX else C.person(setting, age=C.ri(35, 64))
    ex = C.day(-C.ri(0, 5))
    vis = f"R 6/{C.ch(['5', '6', '9'])}, L 6/{C.ch(['6', '9', '12'])}"
    vessel = "MV " + C.ch(["Nordic Star", "Pacific Dawn", "Baltic Trader", "Atlantic Pearl", "Orient Grace", "Cape Harmony"]) + " (IMO 9" + pat(C.r, "######") + ")"
    if v == 0:
        d.s("SEAFARER MEDICAL CERTIFICATE (ENG1 / MLC 2006)\nCertificate no.: {c}\nName: {n}   DOB: {b}   Nationality: " + adj(origin) + "\n"
            "Discharge book no.: {db}   Passport no.: {pp}\nCapacity: " + C.ch(["Deck officer", "Engine rating", "Cook", "AB seaman", "Chief engineer"]) + "   Vessel: " + vessel + "\n",
            c=C.ID(C.ch(["ENG1-######", "@@######", "!#######"])), n=C.N(pt, C.ch(["FORMAL", "formal"])), b=C.D(pt.dob), db=C.ID(C.ch(["@@######", "R######", "!######"])),
            pp=C.ID(PASSPORT.get(origin, "@@#######")))
        d.s("Vision " + vis + ", Ishihara normal. Hearing: whispered voice normal. " + vitals(C.r, ok=True) + ". Urine NAD.\nResult: FIT without restrictions. Valid until {vu}.\n",
            vu=C.D(ex + dt.timedelta(days=730)))
        d.s("Approved doctor: " + C.dr(setting) + "{dn}, " + clinic.name + ", {ca}, tel {ct}\nDate of examination: {ed}",
            dn=C.N(doc), ca=("address", clinic.addr.full), ct=C.PH(setting, mobile=False), ed=C.D(ex))
    elif v == 1:
        d.s("PRE-EMPLOYMENT MEDICAL EXAMINATION – SEAFARER\nName: {n}\nBirthdate: {b}   ", n=C.N(pt, "FORMAL"), b=C.D(pt.dob))
        sslab, sspat = C.ch([("SSS no.", "##-#######-#"), ("PhilSys no.", "####-####-####-####")])
        d.s("SIRB no.: {sirb}\n" + sslab + ": {ss}\nPhilHealth PIN: {ph}\nAddress: {ad}\nMobile: {mo}\n",
            sirb=C.ID("@########"), ss=("ssn", pat(C.r, sspat)), ph=("health_plan", pat(C.r, "##-#########-#")), ad=("address", gen_addr(C.r, "PH").full),
            mo=C.PH("PH", mobile=True))
        d.s("Manning agency: " + C.ch(["Bayanihan Crewing", "Pacific Manning Services", "Luzon Maritime"]) + "; principal vessel " + vessel + "\n"
            "Findings: " + vitals(C.r, ok=True) + "; " + labs(C.r, ok=True) + "; chest X-ray normal; drug test negative; vision " + vis + ".\nRemarks: FIT FOR SEA DUTY\n")
        d.s("Examining physician: " + C.dr("PH") + "{dn}, PRC Lic. No. {lic}\n" + clinic.name + ", {ca}\nExam date: {ed}",
            dn=C.N(doc), lic=("license", pat(C.r, "0######")), ca=("address", clinic.addr.full), ed=C.D(ex))
    elif v == 2:
        lic = f"{origin if origin != 'GB' else 'UK'}.FCL.{C.ch(['ATPL', 'CPL', 'PPL'])}.{pat(C.r, '!####')}"
        d.s("EASA CLASS " + C.ch(["1", "2", "1"]) + " MEDICAL – examination summary\nApplicant: {n}   DOB: {b}\nLicence no.: {l}\nAddress: {ad}\n",
            n=C.N(pt, "formal"), b=C.D(pt.dob), l=("license", lic), ad=("address", gen_addr(C.r, origin).full))
        d.s("ECG: sinus rhythm " + str(C.ri(52, 88)) + "/min. Audiogram normal to 20 dB. Vision " + vis + ". Hb " + str(C.ri(125, 168)) + " g/L. " + vitals(C.r, ok=True) + ".\n"
            "Assessment: fit, " + C.ch(["no limitation", "VML (corrective lenses)", "TML 12 months"]) + "; next due {nd}.\n", nd=C.D(ex + dt.timedelta(days=365)))
        d.s("AME: " + C.dr(setting) + "{dn}, AME cert. {ame}\n{ca}\n{em}", dn=C.N(doc), ame=("license", f"{origin if origin != 'GB' else 'UK'}-AME-{pat(C.r, '!##')}"),
            ca=("address", clinic.addr.full), em=C.EM(doc))
    else:
        emp = C.ch(["Northsea Drilling", "Caledonian Offshore", "Nordkapp Energy", "Dogger Subsea"])
        d.s("OFFSHORE FITNESS MEDICAL\nEmployer: " + emp + "   Employee no.: {e}\nName: {n}   DOB: {b}\n",
            e=C.ID(C.ch(["E######", "!#####", "@@-#####"])), n=C.N(pt), b=C.D(pt.dob))
        addr_lines(C, gen_addr(C.r, origin), origin, "Home address")
        d.s("Next of kin: {k}, {kp}\n", k=C.N(C.relative(pt)), kp=C.PH(origin, mobile=True))
        if C.p(0.5):
            d.s("Heliport parking permit for vehicle {v}\n", v=("vehicle", gen_plate(C.r, setting)))
        d.s("BMI " + str(C.ri(20, 34)) + ", " + vitals(C.r, ok=True) + ", FEV1 " + str(C.ri(78, 110)) + "% predicted, HbA1c " + str(C.ri(30, 48)) + " mmol/mol.\n"
            "Certificate no. {c}, valid to {vu}. Helicopter underwater escape training: cleared.\n", c=C.ID("OEUK-#######"), vu=C.D(ex + dt.timedelta(days=730)))
        d.s("Examiner: " + C.dr(setting) + "{dn}, {ca}", dn=C.N(doc), ca=("address", clinic.addr.full))


# --------------------------------------------------------------------------
# style 14: refugee / asylum health intake
# --------------------------------------------------------------------------
def st_refugee(C):
    d = C.d
    origin = C.ch(["SY", "AF", "ER", "UA", "VE", "SY", "AF", "UA"])
    v = C.ri(0, 3)
    setting = ["GB", "CA", "AU", "US"][v]
    child = C.p(0.15)
    pt = C.patient(origin, age=C.ri(2, 17) if child else C.ri(18, 76))
    C.use_dates(setting)
    clinic = gen_fac(C.r, setting, "clinic")
    clin = C.staff(setting)
    ip = C.person(origin if C.p(0.8) else setting, age=C.ri(25, 60))
    a = gen_addr(C.r, setting)
    spouse = C.relative(pt, rel="mother" if child else "spouse")
    abroad = C.relative(pt, rel=C.ch(["father", "brother", "sister", "grandmother" if child else "mother"]))
    third = {"SY": ["TR", "AE"], "AF": ["TR"], "ER": ["AE"], "UA": ["PL", "CZ", "HU", "RO"], "VE": ["MX", "BR"]}[origin]
    abroad_cc = C.ch([origin] + third)
    est = C.p(0.25)
    dob = dt.date(pt.dob.year, 1, 1) if est else pt.dob
    scr = ("Hb " + str(C.ri(88, 150)) + " g/L, eosinophils " + f"{C.ri(1, 19) / 10:.1f}" + " ×10⁹/L, " + C.ch(["Strongyloides serology positive", "Schistosoma serology negative", "HBsAg negative", "IGRA positive, CXR clear"])
           + ", HIV negative, vitamin D " + str(C.ri(12, 70)) + " nmol/L.")
    lang_ = lang(origin)
    if v == 0:
        d.s("Initial health assessment – asylum seeker\nDate: {dd}\nName: {n}   DOB: {b}" + (" (estimated)" if est else "") + "\nHome Office ref: {ho}   ARC no.: {arc}\n",
            dd=C.D(C.today), n=C.N(pt, "formal"), b=C.D(dob), ho=C.ID(C.ch(["@#######", "@####### ", "!#######"]).strip()), arc=C.ID("@@@/######/@"))
        d.s("Current address: {ad} (initial accommodation)\nMobile: {m}\nInterpreter: " + lang_ + ", {ipn} (ID {ipi})\n",
            ad=("address", a.full), m=C.PH("GB", mobile=True), ipn=C.N(ip), ipi=C.ID("#####"))
    elif v == 1:
        d.s("Refugee clinic intake – Government-Assisted Refugee\nClient: {n}   DOB: {b}\nUCI: {u}   IFHP client ID: {if_}\n",
            n=C.N(pt, "lf"), b=C.D(dob), u=C.ID("####-####"), if_=("health_plan", pat(C.r, "!#########")))
        addr_lines(C, a, "CA", "Temporary address")
        d.s("Settlement worker: {sw}, {sp}\nInterpreter: " + lang_ + " (in person, {ipn})\n",
            sw=C.N(C.person("CA", age=C.ri(25, 55))), sp=C.PH("CA"), ipn=C.N(ip, C.ch(["full", "given"])))
    elif v == 2:
        d.s("Humanitarian entrant health assessment\nName: {n}   DOB: {b}\nImmiCard no.: {ic}   Medicare no.: {mc}\nHAP ID: {h}\n",
            n=C.N(pt, "formal"), b=C.D(dob), ic=C.ID("@@@######"), mc=("health_plan", f"{C.ri(2, 6)}{pat(C.r, '### ##### #')}"), h=C.ID("!##########"))
        addr_lines(C, a, "AU")
        d.s("Phone: {ph}\nInterpreter: " + lang_ + " via TIS, interpreter no. {ipi}\n", ph=C.PH("AU", mobile=True), ipi=C.ID("######"))
    else:
        d.s("Refugee health screening – domestic exam\nPatient: {n}   DOB: {b}\nA-Number: {an}   I-94 no.: {i94}   Medicaid ID: {md}\n",
            n=C.N(pt, "lf"), b=C.D(dob, "mdy/"), an=C.ID("A#########"), i94=C.ID("###########"), md=("health_plan", pat(C.r, "@@#####@")))
        addr_lines(C, a, "US")
        d.s("Case manager: {cm} ({cp})\nInterpreter: " + lang_ + ", {ipn}\n", cm=C.N(C.person("US", age=C.ri(25, 55))),
            cp=C.PH("US"), ipn=C.N(ip))
    opt = []
    if C.p(0.5):
        opt.append(lambda: d.s("UNHCR case no.: {u}\n", u=C.ID(C.ch(["###-##C#####", "@@@-########", "###-######"]))))
    if C.p(0.35):
        opt.append(lambda: d.s("Biometric enrolment ref: {b}\n", b=("biometric", pat(C.r, C.ch(["BIMS-##########", "@@-########", "FP########"])))))
    if C.p(0.3):
        opt.append(lambda: d.s("Arrived " + C.ch(["via ", "on "]) + C.ch(FLIGHTS) + " on {ad}; " + C.ch(["no documents", "travel document seen", "family reunion visa"]) + ".\n",
                               ad=C.D(C.day(-C.ri(3, 40)))))
    for f in C.shuffled(opt):
        f()
    fam_txt = (C.ch(["attends with " + his(pt) + " ", "accompanied by " + his(pt) + " "]) + spouse.rel + " {sp}; " + C.ch(["two siblings in the household", "one sibling", "no siblings here"])) if child else \
        (spouse.rel + " {sp}; " + C.ch(["two children in the household", "one child (age " + str(C.ri(2, 12)) + ")", "no children"]))
    d.s("Family: " + fam_txt + ". " + His(pt) + " " + abroad.rel
        + " {ab} " + C.ch(["remains in", "lives in", "is still in"]) + " {at}" + C.ch([" (" + cname(abroad_cc) + ")", ""]) + ".\n",
        sp=C.N(spouse, C.ch(["full", "given"])), ab=C.N(abroad, C.ch(["given", "full"])), at=("address", gen_town(C.r, abroad_cc)))
    d.s("Screening: " + scr + "\n" + C.ch(["Plan: ivermectin 200 mcg/kg stat; catch-up vaccines; dental referral.", "Plan: refer TB clinic; MMR + Td/IPV today.",
                                          "Plan: GP registration, mental-health screen (PHQ-9 score 14), follow-up 2 weeks."]) + "\n")
    d.s("Seen by: {c}" + (" " + C.ch(CRED.get(setting, ["MD"])) if C.p(0.5) else "") + ", " + clinic.name + ", {ca}", c=C.N(clin, C.ch(["full", "init", "gli"])), ca=("address", clinic.addr.full))


# --------------------------------------------------------------------------
# style 15: pharmacy query about a foreign prescription
# --------------------------------------------------------------------------
def st_pharmacy(C):
    d = C.d
    origin = C.ch(["IT", "DE", "FR", "ES", "PL", "NL", "AT", "CH", "PT", "GR", "TR", "RO", "HU", "CZ", "BR", "MX", "IN", "JP", "SE", "DK"])
    setting = C.ch(["GB", "IE", "AU", "NZ", "CA", "US"])
    pt = C.patient(origin, old=0.12)
    C.use_dates(setting)
    ph = gen_fac(C.r, setting, "pharmacy")
    phm = C.staff(setting)
    presc = C.person(origin, age=C.ri(35, 65))
    brand, generic, subst = C.ch(DRUG_FOREIGN)
    pd_ = C.day(-C.ri(3, 60))
    preg = gen_reg(C.r, origin)
    rx = C.ID(C.ch(["Rx ########", "!#########", "@@-######"]).replace("Rx ", ""))
    phreg = {"GB": ("GPhC", "20#####"), "IE": ("PSI reg.", "#####"), "AU": ("AHPRA", "PHA000#######"), "NZ": ("PCNZ", "!####"), "CA": ("OCP #", "!#####"), "US": ("RPh lic.", "RPH!#####")}[setting]
    v = C.ri(0, 3)
    stay = where_staying(C, setting)
    if v == 0:
        d.s("Pharmacy intervention record – " + ph.name + "\nDate: {dd} " + tm(C) + "\nPatient: {n}, visiting from " + cname(origin) + ", staying {st}\n",
            dd=C.D(C.today), n=C.N(pt), st=stay)
        d.s("Presented: prescription written in " + cname(origin) + " by " + C.dr(origin) + "{pn} (" + preg[0] + " {pl}) on {pd} for " + brand + " (" + generic + "), Rx no. {rx}.\n",
            pn=C.N(presc), pl=("license", preg[1]), pd=C.D(pd_), rx=rx)
        d.s("Issue: foreign prescriptions cannot be dispensed here; " + C.ch(["emergency supply of 5 days made", "advised walk-in clinic", "contacted prescriber"]) + ". Prescriber's surgery: {pp}, fax {pf}.\n",
            pp=C.PH(origin, mobile=False, intl=True), pf=C.FX(origin))
        d.s("Patient contact: {m}\nPharmacist: {p} (" + phreg[0] + " {r})", m=C.PH(C.ch([origin, setting]), mobile=True), p=C.N(phm), r=("license", pat(C.r, phreg[1])))
    elif v == 1:
        gp = C.staff(setting)
        gpf = gen_fac(C.r, setting, "gp")
        d.s("From: {pe}\nTo: {ge}\nSubject: Query – foreign prescription for {n}\n\nDear " + C.dr(setting) + "{g},\n\n", pe=C.EM(org=ph.name, local=C.ch(["dispensary", "pharmacy", "info"])), ge=C.EM(org=gpf.name, local=C.ch(["reception", "admin", "referrals"])),
            n=C.N(pt), g=C.N(gp, "family"))
        d.s("Your newly registered patient {n2} (DOB {b}, {ad}) brought a prescription from " + C.dr(origin) + "{pn} in " + cname(origin) + " dated {pd} for " + brand + " (" + generic + "). "
            "There is no " + {"GB": "UK", "IE": "Irish", "AU": "TGA", "NZ": "Medsafe", "CA": "Health Canada", "US": "FDA"}[setting] + "-licensed equivalent of this brand; could you issue a prescription for the generic? " + His(pt) + " supply runs out on {ro}.\n\n",
            n2=C.N(pt, C.ch(["full", "init"])), b=C.D(pt.dob), ad=("address", gen_addr(C.r, setting).full), pn=C.N(presc), pd=C.D(pd_), ro=C.D(C.day(C.ri(2, 9))))
        d.s("Many thanks,\n{p}\n" + ph.name + ", {pa}\nTel {pt}", p=C.N(phm), pa=("address", ph.addr.full), pt=C.PH(setting, mobile=False))
    elif v == 2:
        par = "mother" if pt.sex == "F" else "father"
        d.s("Subject: medicine for my " + par + "\n\nHello,\n\nI am {n} from {tw}, " + cname(origin) + ". We are on holiday, staying {st}, and my " + par + " {r} has run out of " + brand + ". ",
            n=C.N(C.relative(pt, rel=C.ch(["son", "daughter"]))), tw=("address", gen_town(C.r, origin)), st=stay, r=C.N(pt))
        d.put(C.agew(pt.age, He(pt) + " is {a}"))
        d.s(" and takes " + generic + " every morning. I have a photo of the prescription from " + C.dr(origin) + "{pn} (Rx {rx}). Can you help? My number is {m}.\n\nThank you",
            pn=C.N(presc), rx=rx, m=C.PH(origin, mobile=True, intl=True))
    else:
        d.s("Cross-border ePrescription query\nDispensing pharmacy: " + ph.name + ", {pa}\nePrescription ID: {e}\nPatient: {n}   DOB: {b}\n",
            pa=("address", ph.addr.full), e=C.ID("%%%%-%%%%-%%%%"), n=C.N(pt, "formal"), b=C.D(pt.dob))
        s_ = ssn_of(C, origin, pt)
        if s_:
            d.s("Patient identifier (" + s_[0] + "): {x}\n", x=s_[1])
        d.s("Prescriber: " + C.dr(origin) + "{pn}, " + preg[0] + " {pl}\nItem: " + brand + " (" + generic + ") x " + str(C.ri(28, 90)) + "\nQuery raised {qd} by {p}: brand not stocked; substitution with " + subst + " proposed.",
            pn=C.N(presc), pl=("license", preg[1]), qd=C.D(C.today), p=C.N(phm, C.ch(["full", "initials"])))


# --------------------------------------------------------------------------
# style 16: guarantee of payment / billing for a foreign patient
# --------------------------------------------------------------------------
def st_gop(C):
    d = C.d
    home = C.ch(HOMES + ["AE", "NG"])
    setting = C.ch([c for c in ["ES", "PT", "GR", "TR", "IT", "FR", "DE", "AT", "CH", "US", "TH" if False else "AE", "GB", "CZ", "HU", "MX", "PL", "NL"] if c != home])
    pt = C.patient(home, old=0.12)
    C.use_dates(setting if C.p(0.6) else home)
    fac = gen_fac(C.r, setting)
    acc_h = gen_account(C.r, setting)
    assist = C.ch(ASSIST)
    officer = C.person(C.ch(["GB", "DE", "NL", "DK", "FR", "ES"]), age=C.ri(25, 60))
    pacct = ("account", pat(C.r, C.ch(["PA-#######", "!########", "@@########"])))
    adm = C.day(-C.ri(2, 15))
    v = C.ri(0, 3)
    if v == 0:
        d.s("GUARANTEE OF PAYMENT\n\nTo: Billing Department, " + fac.name + "\n{fa}\nFax: {ff}\n\nOur ref: {r}\nYour patient account: {pa}\nDate: {dd}\n\n",
            fa=("address", fac.addr.full), ff=C.FX(setting), r=case_id(C), pa=pacct, dd=C.D(C.today))
        d.s("Patient: {n}, DOB {b}\nPolicy: {p} (" + C.ch(INSURERS) + ")\nAdmission: {ad}\n\n", n=C.N(pt, "formal"), b=C.D(pt.dob), p=travel_policy(C), ad=C.D(adm))
        d.s(assist + " guarantees payment of reasonable and customary charges up to " + money(C.r, setting) + " for treatment of " + C.ch(DX)[0] + ". Please send the itemised invoice and medical report to {em}. "
            "Payment will be made to " + acc_h[0] + " {ac}" + (f" (BIC {acc_h[2]})" if acc_h[2] else "") + ".\n\n", em=C.EM(org=assist), ac=("account", acc_h[1]))
        d.s("{o}\nCase manager, " + assist + "\nTel {t}", o=C.N(officer), t=C.PH(officer.cc, mobile=False, intl=True))
    elif v == 1:
        a = gen_addr(C.r, home)
        d.s(fac.name + "\n{fa}\n\nSTATEMENT OF ACCOUNT\nInvoice no.: {i}   Patient account: {pa}\nInvoice date: {dd}\n\nBill to: {n}\n{ha}\n\n",
            fa=("address", fac.addr.full), i=invoice(C), pa=pacct, dd=C.D(C.today), n=C.N(pt), ha=("address", a.full or a.town))
        if a.pc and C.p(0.4):
            d.s(PC_LABEL.get(home, "Postal code") + " (for our records): {z}\n\n", z=("zip", a.pc))
        for item in C.shuffled(["Emergency department attendance", "Bed-day, general ward x" + str(C.ri(1, 6)), "CT abdomen with contrast", "Laboratory (FBC, U&E, CRP)", "Physician fees", "Pharmacy"])[:C.ri(3, 5)]:
            d.t(f"{item}: {money(C.r, setting)}\n")
        d.s("TOTAL DUE: " + money(C.r, setting) + "\n\nPay by transfer to " + acc_h[0] + " {ac} quoting the invoice number, or online at {u}. Queries: {t}.",
            ac=("account", acc_h[1]), u=C.URL("form"), t=C.PH(setting, mobile=False))
        if C.p(0.4):
            d.s("\nPortal log: statement viewed {vd} " + tm(C) + " from {ip}.", vd=C.D(C.today), ip=C.IP())
    elif v == 2:
        acc_p = gen_account(C.r, home)
        d.s("Refund request\n\nTo: " + assist + " claims\nFrom: {n}\nAddress: {ha}\nPolicy: {p}   Claim: {c}\n\n",
            n=C.N(pt), ha=("address", gen_addr(C.r, home).full or gen_town(C.r, home)), p=travel_policy(C), c=claim_id(C))
        d.s("I paid " + money(C.r, setting) + " at " + fac.name + " on {pd} (receipt {rc}) because the hospital would not accept the GOP. ", pd=C.D(adm), rc=invoice(C))
        if C.p(0.5):
            d.s("The treating doctor was " + C.dr(setting) + "{dn}. ", dn=C.N(C.person(setting, age=C.ri(30, 60))))
        d.s("Please refund to my " + acc_p[0] + " {ac}.\n\nSigned {n2}, {sd}", ac=("account", acc_p[1]), n2=C.N(pt, C.ch(["full", "init"])), sd=C.D(C.today))
    else:
        coord = C.person(setting, age=C.ri(25, 50))
        d.s("COST ESTIMATE – international patient\n" + fac.name + ", {fa}\nEstimate no.: {e}\nPatient: {n}   Nationality: " + adj(home) + "   Passport: {pp}\n",
            fa=("address", fac.addr.full), e=C.ID("EST-######"), n=C.N(pt, "FORMAL"), pp=C.ID(PASSPORT.get(home, "@@#######")))
        d.s("Planned admission: {ad}\nProcedure: " + C.ch(["laparoscopic cholecystectomy", "PCI with stent", "hip arthroplasty", "cataract surgery, both eyes"]) + "\nEstimated total: " + money(C.r, setting)
            + "\nDeposit required: " + money(C.r, setting) + " to " + acc_h[0] + " {ac}\n", ad=C.D(C.day(C.ri(10, 40))), ac=("account", acc_h[1]))
        d.s("Coordinator: {c}, {ce}, WhatsApp {cp}", c=C.N(coord), ce=C.EM(coord), cp=C.PH(setting, mobile=True, intl=True))


STYLES = {
    "travel_insurance_claim": st_travel_claim,
    "repatriation_request": st_repatriation,
    "interpreter_consult": st_interpreter,
    "gp_referral_letter": st_gp_referral,
    "discharge_letter": st_discharge,
    "immigration_medical": st_immigration,
    "embassy_letter": st_embassy,
    "second_opinion_email": st_second_opinion,
    "medical_tourism_intake": st_tourism,
    "whatsapp_relative": st_whatsapp,
    "transfer_of_care": st_transfer,
    "vaccination_record": st_vaccination,
    "occupational_exam": st_occupational,
    "refugee_intake": st_refugee,
    "foreign_rx_pharmacy": st_pharmacy,
    "guarantee_of_payment": st_gop,
}


# --------------------------------------------------------------------------
# checks
# --------------------------------------------------------------------------
BAD_START = set(".,;:!?'\")]}>-/")
BAD_END = set(".,;:!?'\"([{<-/")


def boundary_ok(text, i, j):
    return (i == 0 or not text[i - 1].isalnum()) and (j == len(text) or not text[j].isalnum())


def doc_problems(text, spans):
    """spans: list of (type, start, end, value). Returns list of problem strings."""
    probs = []
    if not (100 <= len(text) <= 2000):
        probs.append(f"length {len(text)}")
    prev_end = -1
    for typ, s, e, val in spans:
        if text[s:e] != val:
            probs.append(f"offset mismatch {typ} {val!r}")
        if s < prev_end:
            probs.append(f"overlap at {s}")
        prev_end = e
        if not val or val[0].isspace() or val[-1].isspace() or val[0] in BAD_START or val[-1] in BAD_END:
            probs.append(f"stray punctuation {typ} {val!r}")
        if val.count("(") != val.count(")"):
            probs.append(f"unbalanced parens {typ} {val!r}")
        if typ == "age" and not (val.isdigit() and int(val) > 89) and val not in WORD_AGE.values():
            probs.append(f"bad age {val!r}")
    covered = [(s, e) for _, s, e, _ in spans]
    for typ, s, e, val in spans:
        start = 0
        while True:
            k = text.find(val, start)
            if k < 0:
                break
            start = k + 1
            if not boundary_ok(text, k, k + len(val)):
                continue
            if not any(cs <= k and k + len(val) <= ce for cs, ce in covered):
                probs.append(f"unlabelled repeat {typ} {val!r}")
                break
    return probs


# --------------------------------------------------------------------------
# generation
# --------------------------------------------------------------------------
def build():
    if faker.VERSION != FAKER_VERSION:
        sys.exit(f"make_corpus.py needs Faker=={FAKER_VERSION} (found {faker.VERSION}); output would differ.")
    for loc in FK_LOCALES:
        fk(loc)
    order = [s for s in STYLES for _ in range(N_DOCS // len(STYLES))]
    random.Random(BASE_SEED).shuffle(order)
    docs, meta = [], []
    retries = collections.Counter()
    for i, style in enumerate(order):
        for attempt in range(MAX_ATTEMPTS):
            seed = BASE_SEED * 1000 + i * 97 + attempt * 100003
            r = random.Random(seed)
            Faker.seed(seed)
            C = Ctx(r, style)
            STYLES[style](C)
            C.d.rstrip()
            text = C.d.text
            probs = doc_problems(text, C.d.spans)
            if not probs:
                break
            retries.update(p.split(" ")[0] for p in probs)
        else:
            sys.exit(f"doc {i} ({style}) failed after {MAX_ATTEMPTS} attempts: {probs}")
        docs.append({"id": i, "style": style, "text": text,
                     "spans": [{"type": t, "start": s, "end": e} for t, s, e, _ in C.d.spans]})
        meta.append({"locale": CINFO[C.pcc][3], "values": [v for *_, v in C.d.spans]})
    return docs, meta, retries


def global_checks(docs):
    tcount = collections.Counter(s["type"] for d in docs for s in d["spans"])
    for t in TYPES:
        if t != "biometric":
            assert tcount[t] >= 15, f"type {t} has only {tcount[t]} spans"
    assert tcount["biometric"] >= 1
    nonascii = sum(1 for d in docs if any(ord(c) > 127 for c in d["text"]))
    assert nonascii >= 0.3 * len(docs), f"only {nonascii} docs with non-ASCII"
    assert [d["id"] for d in docs] == list(range(len(docs)))
    for d in docs:
        spans = [(s["type"], s["start"], s["end"], d["text"][s["start"]:s["end"]]) for s in d["spans"]]
        assert spans == sorted(spans, key=lambda x: (x[1], x[2]))
        assert not doc_problems(d["text"], spans), (d["id"], doc_problems(d["text"], spans))
    return tcount


def serialise(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def report(docs, meta, tcount, retries):
    print(f"documents: {len(docs)}   spans: {sum(tcount.values())}")
    print("\nspans per type:")
    for t in TYPES:
        print(f"  {t:<12} {tcount[t]:>5}")
    print("\nper style: docs / spans")
    sd, ss = collections.Counter(), collections.Counter()
    for d in docs:
        sd[d["style"]] += 1
        ss[d["style"]] += len(d["spans"])
    for s in STYLES:
        print(f"  {s:<24} {sd[s]:>4} {ss[s]:>6}")
    print("\nper locale (patient origin): docs / spans")
    ld, ls = collections.Counter(), collections.Counter()
    for d, m in zip(docs, meta):
        ld[m["locale"]] += 1
        ls[m["locale"]] += len(d["spans"])
    for loc in sorted(ld, key=lambda x: (-ld[x], x)):
        print(f"  {loc:<30} {ld[loc]:>4} {ls[loc]:>6}")
    nonascii = sum(1 for d in docs if any(ord(c) > 127 for c in d["text"]))
    nonascii_span = sum(1 for d, m in zip(docs, meta) if any(ord(c) > 127 for v in m["values"] for c in v))
    lens = sorted(len(d["text"]) for d in docs)
    print(f"\ndocs with any non-ASCII character: {nonascii} ({100 * nonascii / len(docs):.0f}%)")
    print(f"docs with a non-ASCII character inside a labelled span: {nonascii_span} ({100 * nonascii_span / len(docs):.0f}%)")
    print(f"document length: min {lens[0]}, median {lens[len(lens) // 2]}, max {lens[-1]}")
    print(f"rejected drafts (regenerated with the next seed), by reason: {dict(sorted(retries.items()))}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="exit 1 if notes.jsonl differs from what this script produces")
    args = ap.parse_args()
    docs, meta, retries = build()
    tcount = global_checks(docs)
    out = serialise(docs)
    if args.check:
        try:
            with open(OUT_PATH, encoding="utf-8") as f:
                cur = f.read()
        except FileNotFoundError:
            cur = None
        report(docs, meta, tcount, retries)
        if cur != out:
            print("\nCHECK FAILED: notes.jsonl differs from generator output", file=sys.stderr)
            sys.exit(1)
        print("\ncheck OK: notes.jsonl matches generator output")
        return
    with open(OUT_PATH, "w", encoding="utf-8", newline="\n") as f:
        f.write(out)
    report(docs, meta, tcount, retries)
    print(f"\nwrote {OUT_PATH}")


if __name__ == "__main__":
    main()
