"""Reusable pieces: identifier spans cached per person, demographic blocks,
signatures, facility headers and the unlabelled clinical near-misses."""

import corpus_data as D
from corpus_core import words, ONES, DIGIT_WORDS, MONTHS

# ------------------------------------------------------------ identifiers
TYPE_OF = {"mrn": "mrn", "hosp": "mrn", "acct": "account", "member": "health_plan", "group": "health_plan",
           "mbi": "health_plan", "medicaid": "health_plan", "nhs": "health_plan", "chi": "health_plan",
           "hc": "health_plan", "ssn": "ssn", "sin": "ssn", "dl": "license", "email": "email"}


def ident(c, p, key):
    """Span tuple for one of a person's identifiers, generated once per person."""
    if not hasattr(p, "ids"):
        p.ids = {}
    if key not in p.ids:
        if key == "mrn":
            v = c.mrn()
        elif key == "hosp":
            v = c.hospno()
        elif key == "acct":
            v = c.acct()
        elif key == "member":
            v = c.member_id()
        elif key == "group":
            v = c.group_no()
        elif key == "mbi":
            v = c.mbi()
        elif key == "medicaid":
            v = c.medicaid()
        elif key == "nhs":
            v = c.nhs()
        elif key == "chi":
            v = c.chi(p)
        elif key == "hc":
            v = c.health_card(p)
        elif key == "ssn":
            v = c.ssn()
        elif key == "sin":
            v = c.sin()
        elif key == "dl":
            v = c.dl(p)
        elif key == "email":
            v = c.email_for(p)
        else:
            raise KeyError(key)
        p.ids[key] = v
    return (TYPE_OF[key], p.ids[key])


def phone_of(c, p, mobile=None):
    if p.phone is None:
        p.phone = c.new_phone(mobile=mobile)
    return p.phone


def addr_of(c, p):
    if getattr(p, "addr", None) is None:
        p.addr = c.new_addr()
    return p.addr


def label_for(c, key):
    if key == "hc":
        return c.L(c.hc_label())
    if key == "mrn" and c.uk:
        return c.L("hosp")
    if key == "ssn" and c.ca:
        return c.L("sin")
    return c.L(key)


# ------------------------------------------------------------ demographic block
def demo_items(c, p, keys):
    items = []
    for k in keys:
        if k == "name":
            items.append((c.L("name"), c.nm(p)))
        elif k == "dob":
            items.append((c.L("dob"), c.dob(p)))
        elif k == "age":
            items.append((c.lab(c.pick(["Age", "Age", "Age (yrs)", "Yrs"])) + c.pick([": ", ": ", " "]), c.age(p, "bare")))
        elif k == "sex":
            items.append((c.L("sex"), c.pick(["F", "Female", "FEMALE", "f"]) if p.sex == "F" else c.pick(["M", "Male", "MALE", "m"])))
        elif k in ("phone", "cell"):
            ph = phone_of(c, p) if k == "phone" else c.new_phone(mobile=True)
            items.append((c.L(k), c.ph(ph)))
        elif k == "addr":
            a = addr_of(c, p)
            items.append((c.L("addr"), ("address", a.full())))
        elif k == "street":
            a = addr_of(c, p)
            items.append((c.L("addr"), ("address", a.line1())))
        elif k == "city":
            a = addr_of(c, p)
            items.append((c.L("city"), ("address", a.town)))
        elif k == "state":
            a = addr_of(c, p)
            if a.prov:
                items.append((c.L("state" if c.us else "prov"), a.prov))
        elif k == "zip":
            a = addr_of(c, p)
            items.append((c.L("zip" if c.us else ("postcode" if c.uk else "postal")), ("zip", a.post)))
        elif k == "townline":
            a = addr_of(c, p)
            items.append(("", ("address", a.townline())))
        elif k == "ins":
            items.append((c.L(c.pick(["Insurance", "Payer", "Ins", "Primary Ins", "Plan", "Carrier"])), payer(c)))
        elif k == "hc":
            items.append((c.L(c.hc_label()), ident(c, p, "hc")))
        elif k in ("mrn", "hosp", "acct", "member", "group", "mbi", "medicaid", "nhs", "chi", "ssn", "sin", "email", "dl"):
            lab = label_for(c, k) if k not in ("chi", "dl") else c.L({"chi": "CHI No", "dl": c.pick(["DL #", "Driver's Lic", "Driver License No.", "DL"])}[k])
            items.append((lab, ident(c, p, k)))
        else:
            raise KeyError(k)
    return items


def emit_items(c, items, mode=None, per_line=None):
    mode = mode or c.pick(["lines", "lines", "inline", "pipe", "grid"])
    if mode == "lines":
        for lab, val in items:
            c.w(lab, val, "\n")
    elif mode in ("inline", "pipe"):
        per = per_line or c.rng.randint(2, 4)
        sep = " | " if mode == "pipe" else c.pick(["   ", "  ", "; ", "\t", "    "])
        for i, (lab, val) in enumerate(items):
            c.w(lab, val)
            c.w("\n" if (i + 1) % per == 0 or i == len(items) - 1 else sep)
    elif mode == "grid":
        for i, (lab, val) in enumerate(items):
            c.w(lab, val)
            if i % 2 == 0 and i != len(items) - 1:
                c.w(" " * c.rng.randint(3, 14))
            else:
                c.w("\n")
    else:
        raise ValueError(mode)


def demo(c, p, keys, mode=None, shuffle=0.5, per_line=None):
    keys = list(keys)
    if c.chance(shuffle) and len(keys) > 2:
        head, tail = keys[:1], keys[1:]
        c.rng.shuffle(tail)
        keys = head + tail
    emit_items(c, demo_items(c, p, keys), mode, per_line)


# ------------------------------------------------------------ organisations
def fac(c):
    if c.uk:
        return c.pick(D.FAC_UK)
    if c.ca:
        return c.pick(D.FAC_CA)
    return c.pick(D.FAC_US)


def hosp(c):
    if c.uk:
        return c.pick(D.TRUSTS_UK)
    if c.ca:
        return c.pick(D.HOSP_CA)
    return c.pick([f for f in D.FAC_US if any(w in f for w in ("Center", "Hospital"))])


def ncred(c):
    if c.uk:
        return c.pick(["RGN", "RN", "Staff Nurse", "RMN", "Sister"])
    if c.ca:
        return c.pick(["RN", "RPN", "inf." if c.prov == "QC" else "BScN, RN", "LPN", "NP"])
    return c.pick(D.CREDS_NURSE)


def dcred(c):
    if c.uk:
        return c.pick(["MBBS", "MBChB MRCP", "MRCGP", "FRCP", "MBBS MRCS", "BM BCh"])
    if c.ca:
        return c.pick(["MD", "MD, CCFP", "MD, FRCPC", "NP", "MD CM"])
    return c.pick(["MD", "DO", "MD, FACP", "NP", "PA-C", "MD, PhD", "DNP, FNP-BC"])


def payer(c):
    if c.ca:
        pub = {"ON": "OHIP", "QC": "RAMQ", "AB": "Alberta Health", "BC": "MSP", "SK": "Saskatchewan Health",
               "MB": "Manitoba Health", "NB": "NB Medicare", "NS": "MSI", "PE": "PEI Health"}.get(c.prov, "provincial plan")
        return c.pick(D.PAYERS_CA + [pub, pub])
    if c.uk:
        return "NHS"
    return c.pick(D.PAYERS_US)


def fac_header(c, name=None, street=True, phone=True, fax=True, web=None, email=False, one_line=False):
    """Clinic letterhead; the clinic street address is labelled `address`."""
    name = name or fac(c)
    if web is None:
        web = c.chance(0.35)
    a = c.new_addr(unit_p=0.0, house=False)
    if not c.uk and c.chance(0.5):
        a.unit = c.pick(["Suite %d" % c.rng.randint(100, 480), "Ste %d" % c.rng.randint(1, 30), "Bldg B", "2nd Floor"])
    c.w(name, "\n")
    if street:
        if one_line or c.chance(0.5):
            c.w(("address", a.full()), "\n")
        else:
            c.w(("address", a.line1()), "\n", ("address", a.townline()), "\n")
    bits = []
    if phone:
        bits.append([c.L(c.pick(["Tel", "Phone", "T", "Ph", "Main", "Office"])), c.ph(c.new_phone(mobile=False))])
    if fax:
        bits.append([c.L("fax"), c.fax()])
    if bits:
        sep = c.pick(["  ", " | ", "   ", "\n", " * "])
        for i, b in enumerate(bits):
            c.w(b, sep if i < len(bits) - 1 else "\n")
    if web:
        c.w(("url", c.url("web")), "\n")
    if email:
        c.w(c.L("email"), ("email", c.pick(["referrals", "frontdesk", "info", "admin", "reception"]) + "@" + c.org_domain()), "\n")
    return a


def signature(c, p, cred=None, phone=False, fax=False, email=False, lic=None, title=None, dr=False, web=False):
    cred = cred if cred is not None else (dcred(c) if dr else ncred(c))
    form = c.pick(["full", "full", "full_mi", "init_last", "first_init"] if not dr else ["full", "full", "full_mi", "init_last"])
    if dr and c.chance(0.35):
        c.w(c.titled(p, dr=True, form=c.pick(["full", "full_mi"])))
        if c.chance(0.5):
            c.w(", ", cred)
    else:
        c.w(c.nm(p, form))
        if cred:
            c.w(", ", cred)
    c.w("\n")
    if title:
        c.w(title, "\n")
    if lic == "npi":
        c.w(c.L("npi"), ("license", c.npi()), "\n")
    elif lic == "gmc":
        c.w(c.pick(["GMC ", "GMC No. ", "GMC: ", "GMC no "]), ("license", c.gmc()), "\n")
    elif lic == "nmc":
        c.w(c.pick(["NMC PIN ", "NMC: ", "NMC Pin: "]), ("license", c.nmc()), "\n")
    elif lic == "cpso":
        c.w(c.pick(["CPSO # ", "CPSO ", "CPSO no. "]) if c.prov == "ON" else c.pick(["Licence no. ", "Lic # ", "College reg. "]), ("license", c.cpso()), "\n")
    elif lic == "state":
        c.w(c.L("lic"), ("license", c.state_lic()), "\n")
    parts = []
    if phone:
        parts.append([c.pick(["T: ", "Tel ", "Ph: ", "Direct: ", "o: ", "Phone "]), c.ph(c.new_phone(mobile=False))])
    if fax:
        parts.append([c.pick(["F: ", "Fax ", "Fax: ", "f. "]), c.fax()])
    if email:
        parts.append([c.pick(["", "E: ", "email: "]), ("email", c.email_for(p, staff_domain=c.org_domain()))])
    if web:
        parts.append([("url", c.url("web"))])
    if parts:
        sep = c.pick([" | ", "  ", "\n", " / "])
        for i, b in enumerate(parts):
            c.w(b, sep if i < len(parts) - 1 else "\n")


# ------------------------------------------------------------ near-misses (never labelled)
def med(c, n=1):
    pool = D.MEDS_UK if c.uk else D.MEDS
    return ", ".join(c.shuffled(pool)[:n])


def vit(c, n=3):
    return c.pick([" ", ", ", "  "]).join(c.shuffled(D.VITALS)[:n])


def labs(c, n=2):
    return ", ".join(c.shuffled(D.LABS_V)[:n])


def icd(c, with_desc=True):
    code, desc = c.pick(D.ICD10)
    return "%s %s" % (code, desc) if with_desc and c.chance(0.6) else code if not with_desc else "%s (%s)" % (desc, code)


def cpt(c):
    code, desc = c.pick(D.CPT)
    return "%s %s" % (code, desc)


def epo(c):
    return c.pick(D.EPONYMS)


def epo_dx(c):
    return c.pick(D.EPONYM_DX)


def pharm(c):
    if c.uk:
        return c.pick(D.PHARM_UK)
    if c.ca:
        return c.pick(D.PHARM_CA[:1] + D.PHARM_CA[3:4]) if c.prov == "QC" else c.pick(D.PHARM_CA[1:3] + D.PHARM_CA[4:])
    return c.pick(D.PHARM_US)


def emerg(c):
    return "999" if c.uk else "911"


def room(c):
    r = c.rng
    if c.uk:
        return c.pick(["Bay %d bed %d" % (r.randint(1, 6), r.randint(1, 6)), "side room %d" % r.randint(1, 12), "Ward %d" % r.randint(1, 40)])
    return c.pick(["Rm %d" % r.randint(100, 899), "room %d" % r.randint(100, 899), "Rm %d-%s" % (r.randint(2, 9), r.choice("AB")),
                   "Bed %d" % r.randint(1, 30), "rm %d%s" % (r.randint(200, 650), r.choice(["", "A", "B"]))])


def year_ago(c, lo=2, hi=30):
    return str(c.today.year - c.rng.randint(lo, hi))


def spoken_digits(c, s, oh=True):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append("oh" if (ch == "0" and oh and c.chance(0.5)) else DIGIT_WORDS[int(ch)])
        elif ch.isalpha():
            out.append(ch.lower())
    return " ".join(out)


def spoken_street(c, a):
    num, _, rest = a.street.partition(" ")
    if not num.isdigit():
        return a.street.lower()
    n = int(num)
    if n < 100:
        w = words(n, False)
    elif n < 1000:
        h, t = divmod(n, 100)
        w = ONES[h] + " " + (words(t, False) if t >= 10 else ("oh " + ONES[t] if t else "hundred"))
    else:
        h, t = divmod(n, 100)
        w = words(h, False) + " " + (words(t, False) if t >= 10 else ("oh " + ONES[t] if t else "hundred"))
    rest = rest.replace("St", "street").replace("Ave", "avenue").replace("Rd", "road").replace("Dr", "drive").replace("Ln", "lane")
    return (w + " " + rest).lower()


def fax_header(c, from_fax, to_fax, name, pages=None):
    """Fax machine banner line; values are labelled, banner text is not."""
    r = c.rng
    pages = pages or r.randint(2, 9)
    pg = r.randint(1, pages)
    st = r.randrange(3)
    dt = c.dt(c.today, c.pick(["mdY", "mdy", "dMONY", "iso"] if c.us else ["dmY", "d-Mon-Y", "iso"]))
    tm = c.time(style="24")
    if st == 0:
        c.w(dt, " ", tm, "   FROM: ", from_fax, " ", name.upper(), "   TO: ", to_fax, "   P.%03d/%03d\n" % (pg, pages))
    elif st == 1:
        c.w(name, "  ", from_fax, "   ", dt, " ", tm, "   P. %d/%d\n" % (pg, pages))
    else:
        c.w("RECEIVED ", dt, " ", tm, " FAX SERVER  FROM ", from_fax, " -> ", to_fax, "  PG %d OF %d\n" % (pg, pages))
