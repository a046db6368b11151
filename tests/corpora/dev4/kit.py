"""Document-building kit shared by the style modules."""
import datetime

from common import (Doc, fmt_date, rand_date, add_days, rand_time, age_on, put_age,
                    clinical_text, clinical_sentence, chance, pattern, digits, nz_digits,
                    letters, money, med_line, DIAGNOSES, labs, vitals)
from countries import (C, HOSTS, ABROAD, make_person, host_person, phone, chat_phone, email,
                       org_domain, staff_email, url, passport, plate, driving_licence, med_reg,
                       national_id, health_number, host_health_number, host_license, host_mrn,
                       host_acct, make_address, make_host_address, military_address, town,
                       date_style, vin, CAR_MAKES)

RELS_M = ["husband", "son", "father", "brother", "partner", "nephew", "cousin", "grandson", "son-in-law"]
RELS_F = ["wife", "daughter", "mother", "sister", "partner", "niece", "cousin", "granddaughter", "daughter-in-law"]


def rel_word(sex):
    return RELS_M if sex == "M" else RELS_F


class Profile:
    """An invented patient from country cc, with dates relative to an event."""

    def __init__(self, rng, cc, sex=None, old_p=0.06, min_age=18, max_age=86, event=None):
        self.cc = cc
        self.c = C[cc]
        self.p = make_person(rng, cc, sex)
        self.sex = self.p.sex
        self.event = event or rand_date(rng, 2022, 2025)
        if chance(rng, old_p):
            age = rng.randint(90, 101)
        else:
            age = rng.randint(min_age, max_age)
        self.dob = add_days(self.event, -(age * 365 + rng.randint(0, 364)))
        self.age = age_on(self.dob, self.event)
        self.addr = make_address(rng, cc)
        self.mob = phone(rng, cc, "mob")
        self.email = email(rng, self.p)
        self.ds = date_style(rng, cc)

    def title(self):
        return self.c["title"] if self.sex == "M" else self.c["ftitle"]

    def en_title(self):
        return "Mr" if self.sex == "M" else "Mrs"

    def he(self):
        return "he" if self.sex == "M" else "she"

    def his(self):
        return "his" if self.sex == "M" else "her"

    def him(self):
        return "him" if self.sex == "M" else "her"


def D(dt, style):
    return ("date", fmt_date(dt, style))


def N(person, rng, kind=None):
    return ("name", person.form(rng, kind))


def kv(d, rng, items, sep=None, end="\n", shuffle=False, upper=False, bullet="", pad=0):
    """Write label/value lines. items: (label or [labels], type or None, value or callable)."""
    if sep is None:
        sep = rng.choice([": ", ": ", ":\t", " - ", " : ", ": "])
    items = list(items)
    if shuffle:
        rng.shuffle(items)
    for lab, typ, val in items:
        if isinstance(lab, (list, tuple)):
            lab = rng.choice(lab)
        if upper:
            lab = lab.upper()
        d.t(bullet + lab)
        if pad:
            d.t(" " * max(1, pad - len(lab)))
        d.t(sep)
        if callable(val):
            val(d)
        elif typ is None:
            d.t(val)
        else:
            d.s(typ, val)
        d.t(end)


def put_address(d, rng, addr, mode=None, indent="", country=None):
    """mode: one (single span), lines (one span per line), street (street only)."""
    mode = mode or rng.choice(["one", "one", "lines"])
    if mode == "one":
        d.t(indent).s("address", addr.one)
        if country:
            d.t(", " + country)
    elif mode == "lines":
        for k, line in enumerate(addr.lines):
            d.t(indent).s("address", line)
            if k < len(addr.lines) - 1:
                d.t("\n")
        if country:
            d.t("\n" + indent + country.upper() if chance(rng, 0.5) else "\n" + indent + country)
    elif mode == "street":
        d.t(indent).s("address", addr.street)
    return d


def host_ctx(rng, hc=None):
    hc = hc or rng.choice(["US", "UK", "CA", "AU"])
    h = HOSTS[hc]
    ctx = {
        "hc": hc, "h": h,
        "hospital": rng.choice(h["hospitals"]),
        "addr": make_host_address(rng, hc),
        "ds": rng.choice(h["dates"]),
        "phone": phone(rng, hc),
        "fax": phone(rng, hc),
        "dom": h["domain"],
    }
    return ctx


def hname(rng, hc, sex=None):
    return host_person(rng, hc, sex)


def old_or_young(d, rng, prof, form=None):
    put_age(d, rng, prof.age, form)


def sign_initials(person):
    return person.initials()


def clinic(rng, cc):
    t = C[cc]
    name = rng.choice(t["hospitals"])
    dom = org_domain(rng, cc, name)
    return {"name": name, "addr": make_address(rng, cc), "phone": phone(rng, cc, "land"),
            "fax": phone(rng, cc, "land"), "dom": dom, "url": url(rng, dom)}


def doctor(rng, cc, sex=None):
    p = make_person(rng, cc, sex)
    t = C[cc]
    title = rng.choice(t["drtitle"])
    if cc == "IT":
        title = "Dott." if p.sex == "M" else rng.choice(["Dott.ssa", "Dr.ssa"])
    if cc in ("ES", "MX", "CL", "BR", "PT"):
        title = "Dra." if p.sex == "F" else "Dr."
    return p, title


SPECIALTIES = ["Internal Medicine", "Cardiology", "General Practice", "Orthopaedic Surgery", "Neurology",
               "Gastroenterology", "Oncology", "Obstetrics and Gynaecology", "Pulmonology", "Nephrology",
               "Emergency Medicine", "Infectious Diseases", "Paediatrics", "Endocrinology"]


def nok_for(rng, pr, cc=None):
    """A relative of the patient with a relationship word that fits both sexes."""
    cc = cc or pr.cc
    opts = ["sibling", "spouse", "cousin"]
    if pr.age >= 38:
        opts += ["child", "child", "nephew/niece"]
    if pr.age >= 62:
        opts += ["grandchild"]
    if pr.age < 40:
        opts += ["parent", "parent"]
    rel = rng.choice(opts)
    if rel == "spouse":
        sex = "F" if pr.sex == "M" else "M"
        word = "wife" if sex == "F" else "husband"
    else:
        sex = rng.choice("MF")
        word = {"child": ("son", "daughter"), "sibling": ("brother", "sister"), "nephew/niece": ("nephew", "niece"),
                "cousin": ("cousin", "cousin"), "grandchild": ("grandson", "granddaughter"),
                "parent": ("father", "mother")}[rel][0 if sex == "M" else 1]
    for _ in range(5):
        p = make_person(rng, cc, sex)
        if p.full() != pr.p.full():
            break
    if rel in ("spouse", "child") and p.order == "western" and chance(rng, 0.6) and cc not in ("ES", "MX", "CL", "PL", "IE"):
        p.family = pr.p.family
    return p, word


PARENT = {"F": {"PL": "mama", "PH": "nanay", "IN": "mummy", "NG": "mummy", "MX": "mamá", "BR": "mãe", "VN": "má", "UA": "mama",
                "IT": "mamma", "ES": "mamá", "TR": "anne", "KE": "mum", "CN": "mom", "KR": "eomma", "DE": "Mama", "EG": "mama",
                "IE": "mam", "PK": "ammi"},
          "M": {"PL": "tata", "PH": "tatay", "IN": "papa", "NG": "daddy", "MX": "papá", "BR": "pai", "VN": "ba", "UA": "tato",
                "IT": "papà", "ES": "papá", "TR": "baba", "KE": "dad", "CN": "dad", "KR": "appa", "DE": "Papa", "EG": "baba",
                "IE": "da", "PK": "abbu"}}


def parent_word(pr):
    return PARENT[pr.sex].get(pr.cc, "mum" if pr.sex == "F" else "dad")


DEVICES = [
    ("Pacemaker", ["Azure XT DR MRI (model W1DR01)", "Assurity MRI (model PM2272)", "Edora 8 DR-T", "Accolade MRI L331"]),
    ("ICD", ["Evera MRI XT DR (model DDMB2D4)", "Ellipse VR (model CD1411-36Q)", "Intica 7 VR-T DX"]),
    ("Insulin pump", ["MiniMed 780G (model MMT-1886)", "t:slim X2", "Omnipod DASH PDM"]),
    ("Implantable loop recorder", ["Reveal LINQ (model LNQ11)", "Confirm Rx (model DM3500)", "BIOMONITOR III"]),
    ("Cochlear implant", ["Nucleus CI622", "SYNCHRONY 2 (model PIN)"]),
    ("Home CPAP", ["AirSense 10 AutoSet", "DreamStation Auto"]),
    ("Remote monitor", ["CareLink SmartSync-style bedside monitor", "Merlin@home-style transmitter (model EX1150)"]),
]


def device_line(d, rng, ds, when=None, prefix=""):
    """Append a device sentence: the serial is labelled, the model is not."""
    kind, models = rng.choice(DEVICES)
    model = rng.choice(models)
    serial = pattern(rng, rng.choice(["`PJN`NNNNNN`S`", "`RNB`NNNNNN`H`", "NNNNNNNNN", "AANNNNNNN", "`SN`NNNNNNNNN", "NNNNNNNN"]))
    d.t("%s%s: %s, %s " % (prefix, kind, model, rng.choice(["serial no.", "S/N", "serial", "SN:"])))
    d.s("device", serial)
    if when is not None and chance(rng, 0.6):
        if chance(rng, 0.5):
            d.t(", implanted %d" % when.year)
        else:
            d.t(", implanted ")
            d.s("date", fmt_date(when, ds))
    d.t(".")


def a_an(word):
    return ("an " if word[:1].upper() in "AEIOU" and not word.startswith("Ukr") else "a ") + word
