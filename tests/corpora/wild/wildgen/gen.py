"""Random generators and formatters for invented people, places, numbers."""
import datetime as dt
import string

from . import pools as P

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
MON = [m[:3] for m in MONTHS]
DOW = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
        "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"]
ORD_ONES = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
            "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth"]
ORD_TENS = {20: "twentieth", 30: "thirtieth"}

NICK = {"Robert": "Bob", "William": "Bill", "Margaret": "Peggy", "Richard": "Rick",
        "James": "Jim", "Joseph": "Joe", "Thomas": "Tom", "Michael": "Mike",
        "Katarzyna": "Kasia", "Christopher": "Chris", "Daniel": "Dan",
        "Deborah": "Debbie", "Patricia": "Pat", "Dorothy": "Dot", "Edward": "Ed",
        "Anthony": "Tony", "Kenneth": "Ken", "Rebecca": "Becky", "Alejandro": "Alex",
        "Francois": "Frank", "Timothy": "Tim", "Beatrice": "Bea", "Kathleen": "Kathy",
        "Wilhelmina": "Willa", "Gwendolyn": "Gwen", "Henrietta": "Etta"}


# ---------------------------------------------------------------- words
def num_words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("" if o == 0 else "-" + ONES[o])
    if n < 1000:
        h, r = divmod(n, 100)
        return ONES[h] + " hundred" + ("" if r == 0 else " " + num_words(r))
    th, r = divmod(n, 1000)
    return num_words(th) + " thousand" + ("" if r == 0 else " " + num_words(r))


def ordinal_words(n):
    if n < 20:
        return ORD_ONES[n]
    if n in ORD_TENS:
        return ORD_TENS[n]
    t, o = divmod(n, 10)
    return TENS[t] + "-" + ORD_ONES[o]


def ordinal_suffix(n):
    if 11 <= n % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def year_words(y, rng):
    if 2000 <= y <= 2009:
        return "two thousand " + ("and " if rng.random() < 0.4 else "") + ONES[y - 2000] if y > 2000 else "two thousand"
    hi, lo = divmod(y, 100)
    if lo == 0:
        return num_words(hi) + " hundred"
    if lo < 10:
        return num_words(hi) + " oh " + ONES[lo]
    return num_words(hi) + " " + num_words(lo)


def digits_spoken(digits, rng, zero=None, hyphen_pairs=False):
    zero = zero or rng.choice(["oh", "zero", "oh", "o"])
    out = []
    for ch in digits:
        if ch.isdigit():
            out.append(zero if ch == "0" else ONES[int(ch)])
    return " ".join(out)


# ---------------------------------------------------------------- patterns
def pattern(rng, pat):
    """# digit, 9 non-zero digit, A letter, X alnum, L letter without I/O,
    a/x lower-case letter/alnum; a backslash makes the next char literal."""
    out = []
    esc = False
    for ch in pat:
        if esc:
            out.append(ch)
            esc = False
            continue
        if ch == "\\":
            esc = True
        elif ch == "#":
            out.append(rng.choice(string.digits))
        elif ch == "9":
            out.append(rng.choice("123456789"))
        elif ch == "A":
            out.append(rng.choice(string.ascii_uppercase))
        elif ch == "L":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        elif ch == "X":
            out.append(rng.choice(string.ascii_uppercase + string.digits))
        elif ch == "a":
            out.append(rng.choice(string.ascii_lowercase))
        elif ch == "x":
            out.append(rng.choice(string.ascii_lowercase + string.digits))
        else:
            out.append(ch)
    return "".join(out)


def luhn_check_digit(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


VIN_MAP = {**{str(i): i for i in range(10)},
           "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
           "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
           "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


# ---------------------------------------------------------------- data classes
class Address:
    def __init__(self, number, street, unit, town, state, postcode, region, county=""):
        self.number, self.street, self.unit = number, street, unit
        self.town, self.state, self.postcode = town, state, postcode
        self.region, self.county = region, county

    def street_line(self, unit_sep=", "):
        s = "%s %s" % (self.number, self.street)
        if self.region == "UK" and self.unit:
            return self.unit + unit_sep + s
        if self.unit:
            s += unit_sep + self.unit
        return s

    def town_line(self, with_county=False):
        if self.region == "UK":
            if with_county:
                return "%s, %s %s" % (self.town, self.state, self.postcode)
            return "%s %s" % (self.town, self.postcode)
        return "%s, %s %s" % (self.town, self.state, self.postcode)

    def one_line(self, sep=", "):
        return self.street_line() + sep + self.town_line()


class Person:
    def __init__(self, first, middle, last, sex, dob, addr, region):
        self.first, self.middle, self.last = first, middle, last
        self.sex, self.dob, self.addr, self.region = sex, dob, addr, region
        self.phone = None
        self.cell = None
        self.email = None
        self.cred = ""

    def age_on(self, d):
        a = d.year - self.dob.year
        if (d.month, d.day) < (self.dob.month, self.dob.day):
            a -= 1
        return a

    @property
    def nick(self):
        return NICK.get(self.first, self.first)

    def name(self, form="fl"):
        f, m, l = self.first, self.middle, self.last
        forms = {
            "fl": "%s %s" % (f, l),
            "fml": "%s %s %s" % (f, m, l),
            "fm.l": "%s %s. %s" % (f, m, l),
            "LF": "%s, %s" % (l.upper(), f.upper()),
            "LFM": "%s, %s %s" % (l.upper(), f.upper(), m),
            "LF,": "%s,%s" % (l.upper(), f.upper()),
            "Lf": "%s, %s" % (l, f),
            "Lfm": "%s, %s %s." % (l, f, m),
            "f.l": "%s. %s" % (f[0], l),
            "fL": "%s %s" % (f, l[0]),
            "fL.": "%s %s." % (f, l[0]),
            "f": f,
            "l": l,
            "lower": ("%s %s" % (f, l)).lower(),
            "lowerf": f.lower(),
            "UP": ("%s %s" % (f, l)).upper(),
            "UPL": l.upper(),
            "ini": f[0] + l[0],
            "ini.": "%s.%s." % (f[0], l[0]),
            "ini3": f[0] + m + l[0],
            "nick": "%s %s" % (self.nick, l),
            "nickf": self.nick,
        }
        return forms[form]


# ---------------------------------------------------------------- generator
class Gen:
    """Per-document generator; all randomness comes from the rng passed in."""

    def __init__(self, rng, region="US"):
        self.rng = rng
        self.region = region
        start = dt.date(2023, 1, 3).toordinal()
        end = dt.date(2025, 6, 27).toordinal()
        self.today = dt.date.fromordinal(rng.randint(start, end))
        self._used_names = set()
        if region == "US":
            self.place = rng.choice(P.US_PLACES)
        elif region == "UK":
            self.place = rng.choice(P.UK_PLACES)
        else:
            self.place = rng.choice(P.CA_PLACES)

    # --- small helpers
    def ch(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def randint(self, a, b):
        return self.rng.randint(a, b)

    # --- dates
    def days_ago(self, a, b):
        return self.today - dt.timedelta(days=self.rng.randint(a, b))

    def days_ahead(self, a, b):
        return self.today + dt.timedelta(days=self.rng.randint(a, b))

    def dob_for_age(self, lo, hi):
        age = self.rng.randint(lo, hi)
        y = self.today.year - age - 1
        d = dt.date(y, 1, 1) + dt.timedelta(days=self.rng.randint(0, 364))
        return d

    US_DATE_FORMS = ["mdY", "mdY", "mdY", "m/d/Y", "m/d/y", "m/d/y", "mdY-", "iso",
                     "long", "abbr", "abbr.", "dMONY", "dMONY", "dMONYnd", "m.d.y", "dow"]
    UK_DATE_FORMS = ["dmY", "dmY", "dmY", "d/m/y", "dlong", "dord", "dmY.", "d-Mon-Y",
                     "dMonY", "dMonY", "dMONY", "iso"]
    CA_DATE_FORMS = ["iso", "iso", "long", "dmY", "dMONY", "mdY", "abbr", "dlong"]

    def date(self, d, form=None):
        if form is None:
            forms = {"US": self.US_DATE_FORMS, "UK": self.UK_DATE_FORMS,
                     "CA": self.CA_DATE_FORMS}[self.region]
            form = self.rng.choice(forms)
        return fmt_date(d, form)

    def pick_form(self):
        forms = {"US": self.US_DATE_FORMS, "UK": self.UK_DATE_FORMS,
                 "CA": self.CA_DATE_FORMS}[self.region]
        return self.rng.choice(forms)

    # --- names
    def _fresh_name(self, sex):
        rng = self.rng
        for _ in range(50):
            first = rng.choice(P.FEMALE if sex == "F" else P.MALE)
            last = rng.choice(P.LAST)
            if first not in self._used_names and last not in self._used_names:
                self._used_names.update((first, last))
                return first, last
        return first, last

    def person(self, sex=None, age=(25, 85), region=None, same_last=None, addr=None):
        rng = self.rng
        region = region or self.region
        sex = sex or rng.choice("FM")
        first, last = self._fresh_name(sex)
        if same_last:
            last = same_last
        mid = rng.choice(P.MIDDLE_INITIALS)
        dob = self.dob_for_age(*age)
        if addr is None:
            addr = self.address(region)
        p = Person(first, mid, last, sex, dob, addr, region)
        p.phone = self.phone(region=region)
        p.cell = self.phone(region=region, mobile=True)
        p.email = self.email_for(p)
        return p

    def clinician(self, kind="md", sex=None):
        p = self.person(sex=sex, age=(30, 66))
        if kind == "md":
            p.cred = self.rng.choice(P.CREDS_MD)
        elif kind == "rn":
            p.cred = self.rng.choice(P.CREDS_RN)
        else:
            p.cred = self.rng.choice(P.CREDS_OTHER)
        return p

    # --- places
    def address(self, region=None, town_local=True):
        rng = self.rng
        region = region or self.region
        if region == "US":
            place = self.place if (town_local and rng.random() < 0.6 and self.region == "US") else rng.choice(P.US_PLACES)
            town, st, z3, _ac, county = place
            num = str(rng.choice([rng.randint(2, 99), rng.randint(100, 999), rng.randint(1000, 9999), rng.randint(10000, 29999)]))
            street = rng.choice(P.US_STREETS)
            unit = rng.choice(P.US_UNITS) if rng.random() < 0.3 else ""
            zipc = z3 + "%02d" % rng.randint(1, 99)
            if rng.random() < 0.12:
                zipc += "-%04d" % rng.randint(1, 9999)
            return Address(num, street, unit, town, st, zipc, "US", county)
        if region == "UK":
            place = self.place if (town_local and rng.random() < 0.6 and self.region == "UK") else rng.choice(P.UK_PLACES)
            town, county, district, _dc = place
            num = str(rng.randint(1, 140))
            street = rng.choice(P.UK_STREETS)
            unit = rng.choice(P.UK_UNITS) if rng.random() < 0.2 else ""
            pc = "%s %d%s" % (district, rng.randint(1, 9), pattern(rng, "LL"))
            return Address(num, street, unit, town, county, pc, "UK", county)
        place = self.place if (town_local and rng.random() < 0.6 and self.region == "CA") else rng.choice(P.CA_PLACES)
        town, prov, fsa, _ac = place
        num = str(rng.randint(3, 2999))
        street = rng.choice(P.CA_STREETS)
        unit = rng.choice(P.CA_UNITS) if rng.random() < 0.25 else ""
        pc = "%s %d%s%d" % (fsa, rng.randint(0, 9), rng.choice("ABCEGHJKLMNPRSTVWXYZ"), rng.randint(0, 9))
        return Address(num, street, unit, town, prov, pc, "CA", "")

    def org_address(self, region=None):
        a = self.address(region)
        rng = self.rng
        if a.region == "US":
            a.unit = rng.choice(["Suite %d" % rng.randint(100, 450), "Ste %d" % rng.randint(100, 450), "", "Bldg B", "Floor 3"])
        elif a.region == "UK":
            a.unit = ""
        else:
            a.unit = rng.choice(["Suite %d" % rng.randint(100, 450), "", "Bureau 210"])
        return a

    # --- phones
    def _area(self, region):
        if region == "US":
            place = self.place if self.region == "US" and self.rng.random() < 0.7 else self.rng.choice(P.US_PLACES)
            return self.rng.choice(place[3])
        if region == "CA":
            place = self.place if self.region == "CA" and self.rng.random() < 0.7 else self.rng.choice(P.CA_PLACES)
            return self.rng.choice(place[3])
        return None

    def phone_digits(self, region=None, mobile=False, tollfree=False):
        rng = self.rng
        region = region or self.region
        if region == "UK":
            if mobile:
                return "07" + pattern(rng, "9########")
            dc = self.place[3] if self.region == "UK" else rng.choice(P.UK_PLACES)[3]
            rest = 11 - len(dc)
            return dc + pattern(rng, "9" + "#" * (rest - 1))
        if tollfree:
            return rng.choice(["800", "888", "877", "866", "855"]) + rng.choice("23456789") + pattern(rng, "######")
        area = self._area(region)
        if rng.random() < 0.2:
            return area + "5550" + pattern(rng, "1##")
        return area + rng.choice("23456789") + pattern(rng, "##") + pattern(rng, "####")

    def fmt_phone(self, digits, region=None, form=None):
        rng = self.rng
        region = region or self.region
        if region == "UK":
            if digits.startswith("07"):
                forms = ["%s %s" % (digits[:5], digits[5:]), "%s %s %s" % (digits[:5], digits[5:8], digits[8:]),
                         "+44 %s %s" % (digits[1:5], digits[5:]), digits, "+44 (0)%s %s" % (digits[1:5], digits[5:])]
            else:
                if digits.startswith("01") and len(digits) == 11 and digits[:4] in ("0141", "0161", "0121", "0131", "0113", "0114", "0115", "0116", "0117", "0118"):
                    dc = digits[:4]
                elif digits.startswith("02"):
                    dc = digits[:3]
                else:
                    dc = digits[:5]
                rest = digits[len(dc):]
                forms = ["%s %s" % (dc, rest), "(%s) %s" % (dc, rest), "+44 %s %s" % (dc[1:], rest),
                         "%s %s %s" % (dc, rest[:3], rest[3:]), "%s-%s" % (dc, rest)]
            return forms[form] if form is not None else rng.choice(forms)
        a, b, c = digits[:3], digits[3:6], digits[6:]
        forms = ["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "%s.%s.%s" % (a, b, c),
                 "%s%s%s" % (a, b, c), "+1 %s %s %s" % (a, b, c), "%s %s %s" % (a, b, c),
                 "1-%s-%s-%s" % (a, b, c), "(%s)%s-%s" % (a, b, c), "+1-%s-%s-%s" % (a, b, c),
                 "(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "%s/%s-%s" % (a, b, c)]
        return forms[form] if form is not None else rng.choice(forms)

    def phone(self, region=None, mobile=False, tollfree=False, form=None):
        return self.fmt_phone(self.phone_digits(region, mobile, tollfree), region, form)

    # --- electronic
    def email_for(self, p, domain=None):
        rng = self.rng
        f = _ascii(p.first.lower()).replace("'", "").replace(" ", "").replace("-", "")
        l = _ascii(p.last.lower()).replace("'", "").replace(" ", "").replace("-", "")
        if domain is None:
            domain = rng.choice({"US": P.EMAIL_DOMAINS, "UK": P.UK_EMAIL_DOMAINS,
                                 "CA": P.CA_EMAIL_DOMAINS}[p.region])
        pats = ["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s%s%d" % (f, l, rng.randint(1, 99)),
                "%s.%s%d" % (f, l, p.dob.year % 100), "%s_%s" % (f, l), "%s%s" % (f, l[0]),
                "%s%d" % (l, rng.randint(10, 999)), "%s.%s" % (f[0], l), "%s%s%d" % (f[0], l, p.dob.year)]
        return rng.choice(pats) + "@" + domain

    def org_email(self, p, org_domain):
        rng = self.rng
        f = _ascii(p.first.lower()).replace("'", "").replace(" ", "").replace("-", "")
        l = _ascii(p.last.lower()).replace("'", "").replace(" ", "").replace("-", "")
        pats = ["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s.%s" % (f[0], l), "%s_%s" % (f, l)]
        return rng.choice(pats) + "@" + org_domain

    def ip(self):
        rng = self.rng
        if rng.random() < 0.12:
            return "%x:%x:%x:%x::%x" % (rng.choice([0x2601, 0x2603, 0x2600, 0x2a02, 0x2001]),
                                        rng.randint(0x100, 0xfff), rng.randint(0x1000, 0xffff),
                                        rng.randint(0x10, 0xffff), rng.randint(1, 0xffff))
        first = rng.choice([24, 47, 50, 66, 67, 68, 69, 70, 71, 73, 74, 75, 76, 96, 97, 98, 99,
                            107, 108, 142, 173, 174, 184, 198, 204, 207, 209])
        return "%d.%d.%d.%d" % (first, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))

    # --- identifiers
    def ssn(self):
        rng = self.rng
        area = rng.randint(1, 899)
        while area == 666:
            area = rng.randint(1, 899)
        return "%03d-%02d-%04d" % (area, rng.randint(1, 99), rng.randint(1, 9999))

    def npi(self):
        base = self.ch("12") + pattern(self.rng, "########")
        return base + luhn_check_digit("80840" + base)

    def dea(self, last):
        rng = self.rng
        d = [rng.randint(0, 9) for _ in range(6)]
        chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        second = _ascii(last)[0].upper()
        return rng.choice("ABFGM") + second + "".join(map(str, d)) + str(chk)

    def mbi(self, dashed=None):
        rng = self.rng
        alpha = "ACDEFGHJKMNPQRTUVWXY"
        an = alpha + "0123456789"
        s = (rng.choice("123456789") + rng.choice(alpha) + rng.choice(an) + rng.choice("0123456789")
             + rng.choice(alpha) + rng.choice(an) + rng.choice("0123456789")
             + rng.choice(alpha) + rng.choice(alpha) + rng.choice("0123456789") + rng.choice("0123456789"))
        if dashed is None:
            dashed = rng.random() < 0.4
        if dashed:
            return s[:4] + "-" + s[4:7] + "-" + s[7:]
        return s

    def member_id(self):
        return pattern(self.rng, self.ch(["LLL#########", "W#########", "Z\\X#########", "9########0#",
                                            "LL#######", "U########-01", "#########", "LLL-###-####",
                                            "H########", "M\\A#########", "######### 01"]))

    def group_no(self):
        return pattern(self.rng, self.ch(["######", "GRP-#####", "L#####", "###-####-##", "#######",
                                           "LL####", "##L###"]))

    def mrn(self, form=None):
        pats = ["#######", "########", "MR######", "E#########", "00######", "M-###-####",
                "9######", "##-##-##", "RH#######", "K#######"]
        return pattern(self.rng, form or self.ch(pats))

    def account(self):
        return pattern(self.rng, self.ch(["##########", "A#########", "9#########", "H\\AR ########",
                                           "#########-#", "V##########", "\\A\\CCT-#######", "6########"]))

    def device_serial(self):
        return pattern(self.rng, self.ch(["LLL######L", "LLL#######", "######", "LL########",
                                           "######-###", "S/N ####L###", "LLL######H", "#########",
                                           "LLL######S", "A######", "9#######"]).replace("S/N ", ""))

    def vin(self):
        rng = self.rng
        wmi = rng.choice(["1HG", "1FT", "2T1", "JTD", "5YJ", "3VW", "1G1", "KMH", "1C4", "4T1",
                          "5NP", "JM1", "1N4", "2HG", "WBA"])
        vds = "".join(rng.choice(VIN_CH) for _ in range(5))
        year = rng.choice("ABCDEFGHJKLMNPR")
        plant = rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
        serial = "".join(rng.choice("0123456789") for _ in range(6))
        v = wmi + vds + "0" + year + plant + serial
        total = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
        chk = total % 11
        chk = "X" if chk == 10 else str(chk)
        return v[:8] + chk + v[9:]

    def plate(self, region=None):
        region = region or self.region
        if region == "UK":
            return pattern(self.rng, self.ch(["LL## LLL", "LL##LLL"]))
        if region == "CA":
            return pattern(self.rng, self.ch(["LLLL ###", "LLL ###", "###-LLL", "LLL-####"]))
        return pattern(self.rng, self.ch(["9LLL###", "LLL-####", "LLL ####", "###-LLL", "LL#-####",
                                           "9LL#L##", "LLL####"]))

    def health_card(self):
        """Provincial health card / NHS number (health_plan)."""
        rng = self.rng
        if self.region == "UK":
            d = pattern(rng, "9########")
            w = sum(int(c) * (10 - i) for i, c in enumerate(d))
            chk = 11 - (w % 11)
            if chk == 11:
                chk = 0
            if chk == 10:
                d = d[:-1] + str((int(d[-1]) + 1) % 10)
                w = sum(int(c) * (10 - i) for i, c in enumerate(d))
                chk = (11 - (w % 11)) % 11
                if chk == 10:
                    chk = 0
            n = d + str(chk)
            return self.ch([n[:3] + " " + n[3:6] + " " + n[6:], n, n[:3] + "-" + n[3:6] + "-" + n[6:]])
        prov = self.place[1] if self.region == "CA" else "ON"
        if prov == "ON":
            return pattern(rng, self.ch(["####-###-###-LL", "#### ### ### LL", "##########LL"]))
        if prov == "BC":
            return pattern(rng, self.ch(["9### ### ###", "9#########"]))
        if prov == "QC":
            return pattern(rng, self.ch(["LLLL #### ####", "LLLL########"]))
        if prov == "AB":
            return pattern(rng, "#####-####")
        return pattern(rng, self.ch(["### ### ###", "#########", "### ### ### ##"]))

    def facility(self):
        return self.ch({"US": P.US_FACILITIES, "UK": P.UK_FACILITIES, "CA": P.CA_FACILITIES}[self.region])

    def payer(self):
        return self.ch(P.CA_PAYERS if self.region == "CA" else P.US_PAYERS)

    def pharmacy(self):
        return self.ch({"US": P.US_PHARMACIES, "UK": P.UK_PHARMACIES, "CA": P.CA_PHARMACIES}[self.region])

    def domain_for(self, facility):
        base = "".join(w[0] for w in facility.replace("&", "").replace("'", "").split() if w[0].isalpha()).lower()
        if len(base) < 3:
            base = facility.split()[0].lower().replace("'", "").replace(".", "")
        tld = {"US": self.ch([".org", ".org", ".com", ".net", "health.org"]),
               "UK": ".nhs.uk", "CA": self.ch([".ca", ".on.ca", ".org"])}[self.region]
        if tld.startswith("."):
            return base + tld
        return base + tld

    def med(self):
        return self.ch(P.MEDS)

    def dx(self):
        return self.ch(P.DX)

    def time_range(self, form="24", mins=(20, 120)):
        rng = self.rng
        h, m = rng.randint(8, 15), rng.choice([0, 10, 15, 20, 30, 40, 45])
        t1 = h * 60 + m
        t2 = t1 + rng.randint(*mins)
        out = []
        for t in (t1, t2):
            hh, mm = divmod(t, 60)
            if form == "24":
                out.append("%02d:%02d" % (hh, mm))
            elif form == "24c":
                out.append("%02d%02d" % (hh, mm))
            else:
                out.append("%d:%02d %s" % (hh % 12 or 12, mm, "AM" if hh < 12 else "PM"))
        return out

    def time(self, form=None, biz=False):
        rng = self.rng
        h, m = rng.randint(0, 23), rng.choice([0, 5, 10, 12, 15, 20, 25, 30, 35, 40, 42, 45, 50, 55, 58])
        if biz:
            h, m = rng.randint(8, 16), rng.choice([0, 15, 30, 45, 0, 30, 20, 40])
        if form is None:
            form = rng.choice(["24", "24c", "12", "12s", "hhmm"])
        if form == "24":
            return "%02d:%02d" % (h, m)
        if form == "24c":
            return "%02d%02d" % (h, m)
        if form == "hhmm":
            return "%02d%02dh" % (h, m)
        hh = h % 12 or 12
        ap = "AM" if h < 12 else "PM"
        if form == "12s":
            return "%d:%02d%s" % (hh, m, ap.lower())
        return "%d:%02d %s" % (hh, m, ap)


def _ascii(s):
    table = str.maketrans("àáâäãåçèéêëìíîïñòóôöõùúûüýÿłżźśćńęąÀÁÂÄÇÈÉÊËÎÏÑÔÖÙÚÛÜŁŻŹŚĆŃ",
                          "aaaaaaceeeeiiiinooooouuuuyylzzscneaAAAACEEEEIINOOUUUULZZSCN")
    return s.translate(table)


def fmt_date(d, form):
    m, dd, y = d.month, d.day, d.year
    if form == "mdY":
        return "%02d/%02d/%04d" % (m, dd, y)
    if form == "m/d/Y":
        return "%d/%d/%04d" % (m, dd, y)
    if form == "m/d/y":
        return "%d/%d/%02d" % (m, dd, y % 100)
    if form == "mdY-":
        return "%02d-%02d-%04d" % (m, dd, y)
    if form == "iso":
        return "%04d-%02d-%02d" % (y, m, dd)
    if form == "isoslash":
        return "%04d/%02d/%02d" % (y, m, dd)
    if form == "compact":
        return "%04d%02d%02d" % (y, m, dd)
    if form == "long":
        return "%s %d, %d" % (MONTHS[m - 1], dd, y)
    if form == "abbr":
        return "%s %d, %d" % (MON[m - 1], dd, y)
    if form == "abbr.":
        return "%s. %d, %d" % (MON[m - 1], dd, y) if m != 5 else "May %d, %d" % (dd, y)
    if form == "dMONY":
        return "%02d-%s-%04d" % (dd, MON[m - 1].upper(), y)
    if form == "dMONYnd":
        return "%02d%s%04d" % (dd, MON[m - 1].upper(), y)
    if form == "m.d.y":
        return "%d.%d.%02d" % (m, dd, y % 100)
    if form == "dow":
        return "%s, %s %d, %d" % (DOW[d.weekday()], MONTHS[m - 1], dd, y)
    if form == "dowabbr":
        return "%s, %s %d, %d" % (DOW[d.weekday()][:3], MON[m - 1], dd, y)
    if form == "md":
        return "%d/%d" % (m, dd)
    if form == "mdz":
        return "%02d/%02d" % (m, dd)
    if form == "monthday":
        return "%s %d" % (MONTHS[m - 1], dd)
    if form == "monthdayth":
        return "%s %d%s" % (MONTHS[m - 1], dd, ordinal_suffix(dd))
    if form == "ordlong":
        return "%s %d%s, %d" % (MONTHS[m - 1], dd, ordinal_suffix(dd), y)
    if form == "monyear":
        return "%s %d" % (MONTHS[m - 1], y)
    if form == "dmY":
        return "%02d/%02d/%04d" % (dd, m, y)
    if form == "d/m/y":
        return "%d/%d/%02d" % (dd, m, y % 100)
    if form == "dlong":
        return "%d %s %d" % (dd, MONTHS[m - 1], y)
    if form == "dord":
        return "%d%s %s %d" % (dd, ordinal_suffix(dd), MONTHS[m - 1], y)
    if form == "dmY.":
        return "%02d.%02d.%04d" % (dd, m, y)
    if form == "d-Mon-Y":
        return "%02d-%s-%04d" % (dd, MON[m - 1], y)
    if form == "dMonY":
        return "%d %s %d" % (dd, MON[m - 1], y)
    if form == "dMony":
        return "%d-%s-%02d" % (dd, MON[m - 1], y % 100)
    if form == "dm":
        return "%d/%d" % (dd, m)
    raise ValueError(form)
