"""Shared helpers for the international PHI evaluation corpus.

Documents are built by appending pieces of text; every labelled piece is
recorded as a span at the moment it is appended (no searching afterwards).
"""
import datetime
import string
import unicodedata

TYPES = ["name", "address", "zip", "date", "age", "phone", "fax", "email",
         "url", "ip_address", "ssn", "mrn", "health_plan", "account",
         "license", "vehicle", "device", "biometric", "id"]

_FMT = string.Formatter()


class Doc:
    """Text builder that records spans while appending."""

    def __init__(self):
        self.parts = []
        self.spans = []
        self.n = 0

    def t(self, *texts):
        for x in texts:
            x = str(x)
            self.parts.append(x)
            self.n += len(x)
        return self

    def s(self, typ, value):
        if typ not in TYPES:
            raise ValueError("unknown type %r" % typ)
        value = str(value)
        if not value or value != value.strip():
            raise ValueError("bad span value %r" % value)
        self.spans.append({"type": typ, "start": self.n,
                           "end": self.n + len(value), "value": value})
        self.parts.append(value)
        self.n += len(value)
        return self

    def f(self, template, **kw):
        """Append a template; {key} fields are either plain strings or
        (type, value) tuples (labelled), or callables taking the Doc."""
        for literal, field, spec, conv in _FMT.parse(template):
            if literal:
                self.t(literal)
            if field is None:
                continue
            v = kw[field]
            if isinstance(v, tuple):
                if v[0] is None:
                    self.t(v[1])
                else:
                    self.s(v[0], v[1])
            elif callable(v):
                v(self)
            else:
                self.t(v)
        return self

    def field(self, label, typ, value, sep=": ", end="\n"):
        self.t(label, sep)
        if typ is None:
            self.t(value)
        else:
            self.s(typ, value)
        self.t(end)
        return self

    @property
    def text(self):
        return "".join(self.parts)


def L(typ, value):
    """Shorthand for a labelled template value."""
    return (typ, value)


# --------------------------------------------------------------------------
# random helpers

def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def nz_digits(rng, n):
    return rng.choice("123456789") + digits(rng, n - 1)


def letters(rng, n, alphabet=string.ascii_uppercase):
    return "".join(rng.choice(alphabet) for _ in range(n))


def pattern(rng, pat):
    """N -> digit, Z -> non-zero digit, A -> capital letter, a -> lower
    letter, X -> letter or digit; text between backticks and everything
    else literal."""
    out = []
    lit = False
    for ch in pat:
        if ch == "`":
            lit = not lit
        elif lit:
            out.append(ch)
        elif ch == "N":
            out.append(rng.choice("0123456789"))
        elif ch == "Z":
            out.append(rng.choice("123456789"))
        elif ch == "A":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        elif ch == "a":
            out.append(rng.choice("abcdefghijkmnprstuvwxyz"))
        elif ch == "X":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789"))
        else:
            out.append(ch)
    return "".join(out)


def chance(rng, p):
    return rng.random() < p


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def ascii_fold(s):
    special = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae",
               "Æ": "AE", "đ": "d", "Đ": "D", "ı": "i", "ğ": "g", "ş": "s",
               "å": "a", "Å": "A", "œ": "oe"}
    s = "".join(special.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s):
    s = ascii_fold(s).lower()
    return "".join(c for c in s if c.isalnum())


# --------------------------------------------------------------------------
# dates

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
           "août", "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
           "August", "September", "Oktober", "November", "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
           "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno",
           "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho",
           "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli",
           "augustus", "september", "oktober", "november", "december"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca",
           "lipca", "sierpnia", "września", "października", "listopada",
           "grudnia"],
    "da": ["januar", "februar", "marts", "april", "maj", "juni", "juli",
           "august", "september", "oktober", "november", "december"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli",
           "augusti", "september", "oktober", "november", "december"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz",
           "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
}


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


def fmt_date(dt, style):
    d, m, y = dt.day, dt.month, dt.year
    en = MONTHS["en"][m - 1]
    if style == "dmy.":
        return "%02d.%02d.%04d" % (d, m, y)
    if style == "d.m.y":
        return "%d.%d.%04d" % (d, m, y)
    if style == "dmy/":
        return "%02d/%02d/%04d" % (d, m, y)
    if style == "d/m/y":
        return "%d/%d/%04d" % (d, m, y)
    if style == "dmy/yy":
        return "%02d/%02d/%02d" % (d, m, y % 100)
    if style == "dmy-":
        return "%02d-%02d-%04d" % (d, m, y)
    if style == "mdy/":
        return "%02d/%02d/%04d" % (m, d, y)
    if style == "m/d/yy":
        return "%d/%d/%02d" % (m, d, y % 100)
    if style == "m/d/y":
        return "%d/%d/%04d" % (m, d, y)
    if style == "iso":
        return "%04d-%02d-%02d" % (y, m, d)
    if style == "ymd/":
        return "%04d/%02d/%02d" % (y, m, d)
    if style == "ymd.":
        return "%04d.%02d.%02d" % (y, m, d)
    if style == "ymd. ":
        return "%04d. %d. %d." % (y, m, d)
    if style == "d Mon y":
        return "%d %s %04d" % (d, en[:3], y)
    if style == "dd-Mon-yy":
        return "%02d-%s-%02d" % (d, en[:3], y % 100)
    if style == "dd-MON-yyyy":
        return "%02d-%s-%04d" % (d, en[:3].upper(), y)
    if style == "ddMONyyyy":
        return "%02d%s%04d" % (d, en[:3].upper(), y)
    if style == "d Month y":
        return "%d %s %04d" % (d, en, y)
    if style == "Month d, y":
        return "%s %d, %04d" % (en, d, y)
    if style == "Mon d, y":
        return "%s %d, %04d" % (en[:3], d, y)
    if style == "dth Month y":
        return "%s %s %04d" % (ordinal(d), en, y)
    if style == "dth Month, y":
        return "%s %s, %04d" % (ordinal(d), en, y)
    if style == "dth of Month y":
        return "%s of %s %04d" % (ordinal(d), en, y)
    if style == "cjk":
        return "%d年%d月%d日" % (y, m, d)
    if style == "fr":
        return "%s %s %04d" % ("1er" if d == 1 else str(d), MONTHS["fr"][m - 1], y)
    if style == "de":
        return "%d. %s %04d" % (d, MONTHS["de"][m - 1], y)
    if style == "es":
        return "%d de %s de %04d" % (d, MONTHS["es"][m - 1], y)
    if style == "pt":
        return "%d de %s de %04d" % (d, MONTHS["pt"][m - 1], y)
    if style == "it":
        return "%d %s %04d" % (d, MONTHS["it"][m - 1], y)
    if style == "nl":
        return "%d %s %04d" % (d, MONTHS["nl"][m - 1], y)
    if style == "pl":
        return "%d %s %04d" % (d, MONTHS["pl"][m - 1], y)
    if style == "da":
        return "%d. %s %04d" % (d, MONTHS["da"][m - 1], y)
    if style == "sv":
        return "%d %s %04d" % (d, MONTHS["sv"][m - 1], y)
    if style == "tr":
        return "%d %s %04d" % (d, MONTHS["tr"][m - 1], y)
    # partial dates (no year)
    if style == "d Mon":
        return "%d %s" % (d, en[:3])
    if style == "d Month":
        return "%d %s" % (d, en)
    if style == "Month dth":
        return "%s %s" % (en, ordinal(d))
    if style == "dm.":
        return "%02d.%02d." % (d, m)
    if style == "d/m":
        return "%d/%d" % (d, m)
    if style == "m/d":
        return "%d/%d" % (m, d)
    raise ValueError(style)


def rand_date(rng, y0, y1):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


def add_days(dt, n):
    return dt + datetime.timedelta(days=n)


def rand_time(rng, sep=":"):
    return "%02d%s%02d" % (rng.randrange(24), sep, rng.randrange(60))


def age_on(dob, dt):
    a = dt.year - dob.year
    if (dt.month, dt.day) < (dob.month, dob.day):
        a -= 1
    return a


NUMWORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two",
            93: "ninety-three", 94: "ninety-four", 95: "ninety-five",
            96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight",
            99: "ninety-nine", 100: "one hundred", 101: "one hundred and one"}


def put_age(d, rng, age, form=None):
    """Append an age phrase. Only ages > 89 are labelled (number only)."""
    forms = ["N-year-old", "N y/o", "aged N", "N yrs", "N years old", "Age: N",
             "(NS)", "N yo"]
    if form is None:
        form = rng.choice(forms)
    lab = "age" if age > 89 else None
    num = str(age)
    if form == "words-year-old":
        if age in NUMWORDS:
            num = NUMWORDS[age]
        form = "N-year-old"
    pre, post = form.split("N", 1)
    if form == "(NS)":
        pre, post = "(", rng.choice(["M", "F"]) + ")"
    d.t(pre)
    if lab:
        d.s("age", num)
    else:
        d.t(num)
    d.t(post)


# --------------------------------------------------------------------------
# clinical near-miss filler (never contains PHI)

DRUGS = [
    ("amoxicillin/clavulanate", ["875/125 mg bd", "625 mg tds", "1.2 g IV q8h"]),
    ("metformin", ["500 mg bd", "1000 mg twice daily", "850 mg BID"]),
    ("bisoprolol", ["2.5 mg od", "5 mg once daily"]),
    ("ramipril", ["2.5 mg od", "5 mg daily", "10 mg nocte"]),
    ("atorvastatin", ["40 mg at night", "80 mg od", "20 mg qHS"]),
    ("apixaban", ["5 mg bd", "2.5 mg BID"]),
    ("enoxaparin", ["40 mg/0.4 mL s.c. daily", "1 mg/kg s.c. bd"]),
    ("paracetamol", ["1 g qds PRN", "500 mg 4x daily", "1000 mg q6h"]),
    ("metamizole", ["500 mg up to 4x/day", "1 g IV PRN"]),
    ("pantoprazole", ["40 mg od", "40 mg 1-0-0"]),
    ("ceftriaxone", ["2 g IV od", "1 g IV daily"]),
    ("levothyroxine", ["75 mcg od", "100 µg 1-0-0"]),
    ("insulin glargine", ["18 units at 22:00", "24 IU s.c. nocte"]),
    ("furosemide", ["40 mg 1-0-0", "20 mg IV bd"]),
    ("salbutamol", ["100 mcg 2 puffs PRN", "2.5 mg neb q4h"]),
    ("prednisolone", ["30 mg od for 5 days", "40 mg mane"]),
    ("clopidogrel", ["75 mg od", "300 mg loading dose"]),
    ("tramadol", ["50 mg up to tds", "50 mg 1-1-1"]),
    ("carbidopa/levodopa", ["25/100 mg tds"]),
    ("ondansetron", ["4 mg IV PRN", "8 mg oral bd"]),
]

DIAGNOSES = [
    ("I21.4", "non-ST elevation myocardial infarction"),
    ("J18.9", "community-acquired pneumonia"),
    ("S72.00", "fracture of neck of femur"),
    ("K35.8", "acute appendicitis"),
    ("E11.9", "type 2 diabetes mellitus"),
    ("I10", "essential hypertension"),
    ("N39.0", "urinary tract infection"),
    ("I48.91", "atrial fibrillation"),
    ("K80.10", "cholecystolithiasis with cholecystitis"),
    ("S06.0", "concussion"),
    ("A09", "infectious gastroenteritis"),
    ("I63.9", "ischaemic stroke"),
    ("J45.909", "asthma exacerbation"),
    ("T78.2", "anaphylaxis"),
    ("K92.2", "upper GI bleed"),
    ("S82.6", "fracture of lateral malleolus"),
    ("A90", "dengue fever"),
    ("B54", "malaria, unspecified"),
    ("I26.99", "pulmonary embolism"),
    ("G40.909", "epileptic seizure"),
    ("O99.4", "cardiac disease in pregnancy"),
    ("L03.115", "cellulitis of right lower limb"),
    ("K85.9", "acute pancreatitis"),
    ("T63.0", "snake bite"),
]

EPONYMS = ["Glasgow Coma Scale 15", "Murphy sign positive", "Foley catheter in situ",
           "Hartmann procedure in 2019", "Parkinson disease", "Colles fracture",
           "Wells score 4", "Romberg negative", "Bishop score 6",
           "Mallory-Weiss tear excluded", "Crohn disease since 2012"]


def vitals(rng):
    return rng.choice([
        "BP %d/%d mmHg, HR %d/min, SpO2 %d%% on room air, T %.1f °C" % (
            rng.randint(95, 175), rng.randint(55, 100), rng.randint(52, 128),
            rng.randint(88, 100), rng.uniform(36.0, 39.6)),
        "RR %d, BP %d/%d, pulse %d, sats %d%%" % (
            rng.randint(12, 30), rng.randint(95, 175), rng.randint(55, 100),
            rng.randint(52, 128), rng.randint(88, 100)),
        "Temp %.1f C, BP %d/%d, HR %d bpm, GCS %d/15" % (
            rng.uniform(36.0, 39.6), rng.randint(95, 175), rng.randint(55, 100),
            rng.randint(52, 128), rng.randint(13, 15)),
        "Vital signs: TA %d/%d mmHg, FC %d lpm, SatO2 %d%%" % (
            rng.randint(95, 175), rng.randint(55, 100), rng.randint(52, 128),
            rng.randint(88, 100)),
    ])


def labs(rng):
    items = [
        "Hb %.1f g/dL" % rng.uniform(8, 16), "WBC %.1f x10^9/L" % rng.uniform(3, 19),
        "CRP %d mg/L" % rng.randint(1, 240), "creatinine %d µmol/L" % rng.randint(50, 260),
        "K %.1f mmol/L" % rng.uniform(3.1, 5.9), "Na %d mmol/L" % rng.randint(126, 146),
        "troponin T %d ng/L" % rng.randint(5, 900), "HbA1c %.1f%%" % rng.uniform(5.2, 11.5),
        "INR %.1f" % rng.uniform(0.9, 3.8), "lactate %.1f mmol/L" % rng.uniform(0.6, 6),
        "platelets %d x10^9/L" % rng.randint(40, 420), "ALT %d U/L" % rng.randint(9, 400),
        "eGFR %d mL/min/1.73m2" % rng.randint(15, 110), "D-dimer %.2f mg/L FEU" % rng.uniform(0.2, 4),
        "glucose %.1f mmol/L" % rng.uniform(3.8, 22), "procalcitonin %.2f ng/mL" % rng.uniform(0.05, 12),
    ]
    rng.shuffle(items)
    return ", ".join(items[:rng.randint(3, 6)])


def med_line(rng):
    drug, doses = rng.choice(DRUGS)
    return "%s %s" % (drug, rng.choice(doses))


def clinical_sentence(rng):
    code, dx = rng.choice(DIAGNOSES)
    opts = [
        "On arrival: %s." % vitals(rng),
        "Bloods: %s." % labs(rng),
        "Diagnosis: %s (ICD-10 %s)." % (dx, code),
        "Treated with %s and %s." % tuple("%s %s" % (dr, rng.choice(ds_)) for dr, ds_ in rng.sample(DRUGS, 2)),
        "Current medication: %s; %s; %s." % tuple("%s %s" % (dr, rng.choice(ds_)) for dr, ds_ in rng.sample(DRUGS, 3)),
        "Pain score %d/10 at %s, improving to %d/10 after analgesia." % (
            rng.randint(5, 9), rand_time(rng), rng.randint(1, 4)),
        "Known %s since %d." % (rng.choice(DIAGNOSES)[1], rng.randint(1995, 2021)),
        "Transferred to room %d, bed %s at %s." % (
            rng.randint(101, 960), rng.choice("ABCD"), rand_time(rng)),
        "%s." % rng.choice(EPONYMS),
        "ECG: sinus rhythm %d/min, QTc %d ms." % (rng.randint(55, 110), rng.randint(380, 490)),
        "CT head %s; chest X-ray %s." % (rng.choice(["unremarkable", "no acute findings"]),
                                         rng.choice(["right basal consolidation", "clear", "small left effusion"])),
        "Allergies: %s." % rng.choice(["penicillin (rash)", "NKDA", "none known", "iodinated contrast", "sulfonamides"]),
        "Weight %d kg, height %d cm, BMI %.1f." % (rng.randint(48, 120), rng.randint(150, 195), rng.uniform(18, 38)),
    ]
    return rng.choice(opts)


def clinical_text(rng, n):
    out, keys = [], []
    tries = 0
    while len(out) < n and tries < 40:
        tries += 1
        x = clinical_sentence(rng)
        k = x[:6]
        if k in keys:
            continue
        keys.append(k)
        out.append(x)
    return " ".join(out)


def money(rng, cur=None):
    cur = cur or rng.choice(["EUR", "€", "USD", "US$", "GBP", "£", "CHF", "AUD",
                              "CAD", "TRY", "THB", "INR", "MXN"])
    amt = rng.randint(80, 48000) + rng.choice([0, 0.5, 0.25, 0.9])
    s = "{:,.2f}".format(amt)
    if cur in ("€", "$", "£", "US$"):
        return cur + s
    if rng.random() < 0.5:
        return "%s %s" % (s, cur)
    return "%s %s" % (cur, s)
