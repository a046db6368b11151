"""Shared building blocks for the dev3 synthetic PHI corpus.

Everything here is invented: names are drawn from mixed lists, phone numbers
come from fictional ranges, e-mail/URL domains are example.*, IPs come from
documentation ranges, streets and towns are made up.
"""
import datetime
import random

# ---------------------------------------------------------------- Doc builder

TYPES = {"name", "address", "zip", "date", "age", "phone", "fax", "email",
         "url", "ip_address", "ssn", "mrn", "health_plan", "account",
         "license", "vehicle", "device", "biometric", "id"}


class Doc:
    """Append-only text builder that records span offsets at insert time."""

    def __init__(self):
        self.buf = []
        self.n = 0
        self.spans = []

    def __call__(self, *parts):
        for p in parts:
            if p is None or p == "":
                continue
            if isinstance(p, tuple):
                typ, val = p
                if typ not in TYPES:
                    raise ValueError("bad type %r" % typ)
                if not val:
                    raise ValueError("empty labelled value")
                self.spans.append((typ, self.n, self.n + len(val)))
                self.buf.append(val)
                self.n += len(val)
            else:
                self.buf.append(p)
                self.n += len(p)
        return self

    def text(self):
        return "".join(self.buf)


def N(v): return ("name", v)
def D(v): return ("date", v)
def A(v): return ("address", v)
def Z(v): return ("zip", v)
def P(v): return ("phone", v)
def F(v): return ("fax", v)
def E(v): return ("email", v)
def U(v): return ("url", v)
def IP(v): return ("ip_address", v)
def S(v): return ("ssn", v)
def M(v): return ("mrn", v)
def H(v): return ("health_plan", v)
def AC(v): return ("account", v)
def LI(v): return ("license", v)
def V(v): return ("vehicle", v)
def DV(v): return ("device", v)
def B(v): return ("biometric", v)
def I(v): return ("id", v)


def AGE(n, s=None):
    """Age value: labelled only when over 89."""
    s = str(n) if s is None else s
    return ("age", s) if n > 89 else s


# ---------------------------------------------------------------- word lists

NAMES = {
    "anglo": (["James", "Robert", "Michael", "Gregory", "Dennis", "Walter", "Harold", "Eugene",
               "Raymond", "Stanley", "Douglas", "Curtis", "Clifford", "Howard", "Kenneth", "Timothy",
               "Garrett", "Tyler", "Brandon", "Dustin", "Clayton", "Everett", "Leonard", "Wendell"],
              ["Linda", "Patricia", "Barbara", "Deborah", "Karen", "Donna", "Cynthia", "Brenda",
               "Kathleen", "Shirley", "Dorothy", "Evelyn", "Mildred", "Gladys", "Loretta", "Colleen",
               "Megan", "Ashley", "Brittany", "Kayla", "Tammy", "Darlene", "Rosalind", "Bernadette"],
              ["Whitaker", "Donnelly", "Harrington", "Pemberton", "Caldwell", "Fitzgerald", "McAllister",
               "Gallagher", "Thornton", "Ashby", "Langley", "Merriweather", "Dunleavy", "Prescott",
               "Hollis", "Bancroft", "Vickers", "Culpepper", "Atwater", "Blevins", "Stroud", "Pruitt",
               "Hensley", "Ketchum", "Lockhart", "Winslow", "Tillman", "Greer", "Albrecht", "Schaefer"]),
    "irish": (["Padraig", "Declan", "Cormac", "Eoin", "Ciaran"],
              ["Siobhan", "Niamh", "Aoife", "Maeve", "Roisin"],
              ["O'Sullivan", "O'Brien", "McNamara", "Kavanagh", "Flanagan", "Donoghue", "Mulcahy"]),
    "black_us": (["DeShawn", "Jamal", "Darnell", "Tyrone", "Marquis", "Terrell", "Andre"],
                 ["Latoya", "Tamika", "Keisha", "Shanice", "Imani", "Aaliyah", "Ebony"],
                 ["Robinson", "Jefferson", "Coleman", "Bankston", "Whitfield", "Gaines", "Dorsey"]),
    "hispanic": (["Jose", "Luis", "Carlos", "Miguel", "Alejandro", "Rafael", "Eduardo", "Ignacio",
                  "Joaquin", "Esteban", "Mauricio"],
                 ["Maria", "Guadalupe", "Yesenia", "Marisol", "Lucia", "Alejandra", "Rocio", "Xiomara",
                  "Araceli", "Itzel", "Beatriz"],
                 ["Hernandez", "Gutierrez", "Ramirez", "Villanueva", "Castaneda", "Ochoa", "Delgado",
                  "Fuentes", "Zambrano", "Quintero", "Benavides", "Arellano", "Saucedo", "Olivares"]),
    "nigerian": (["Chukwuemeka", "Oluwaseun", "Babatunde", "Ifeanyi", "Adebayo", "Emeka", "Tochukwu"],
                 ["Ngozi", "Chiamaka", "Folasade", "Adaeze", "Oluwakemi", "Funmilayo", "Yetunde"],
                 ["Okonkwo", "Adeyemi", "Okafor", "Balogun", "Nwachukwu", "Adebanjo", "Olaniyan",
                  "Eze", "Ogunleye"]),
    "vietnamese": (["Minh", "Tuan", "Quang", "Huy", "Thanh", "Khoa"],
                   ["Thuy", "Hoa", "Ngoc", "Phuong", "Linh", "Trang", "Huong"],
                   ["Nguyen", "Tran", "Pham", "Hoang", "Dang", "Huynh", "Truong", "Vo"]),
    "polish": (["Krzysztof", "Tomasz", "Wojciech", "Grzegorz", "Pawel", "Jacek"],
               ["Agnieszka", "Malgorzata", "Katarzyna", "Zofia", "Bozena", "Jadwiga"],
               ["Kowalczyk", "Wisniewski", "Zielinski", "Wojcik", "Kaminski", "Lewandowski",
                "Szymanski", "Grabowski", "Pawlak"]),
    "arabic": (["Mohammed", "Ahmed", "Khalid", "Youssef", "Omar", "Tariq", "Hassan", "Bilal"],
               ["Fatima", "Aisha", "Layla", "Mariam", "Huda", "Samira", "Rania", "Yasmin"],
               ["Al-Masri", "Haddad", "Khoury", "Abdelrahman", "Nasser", "Saleh", "El-Amin",
                "Hamdan", "Mansour", "Al-Rashid"]),
    "indian": (["Rajesh", "Arjun", "Vikram", "Sanjay", "Anil", "Pradeep", "Venkatesh", "Rohan"],
               ["Priya", "Lakshmi", "Anjali", "Deepa", "Sunita", "Kavita", "Meenakshi", "Shalini"],
               ["Patel", "Sharma", "Reddy", "Iyer", "Krishnamurthy", "Gupta", "Banerjee",
                "Chatterjee", "Nair", "Subramanian", "Venkataraman"]),
    "nordic": (["Lars", "Erik", "Magnus", "Bjorn", "Henrik", "Sigurd", "Torbjorn"],
               ["Ingrid", "Astrid", "Sigrid", "Solveig", "Freja", "Gunnhild"],
               ["Lindqvist", "Johansson", "Haugen", "Andersen", "Bergstrom", "Nyberg", "Halvorsen",
                "Sandvik", "Ostergaard"]),
    "filipino": (["Rodrigo", "Ferdinand", "Jericho", "Arnel", "Rommel", "Danilo"],
                 ["Maricel", "Rowena", "Jocelyn", "Lorna", "Divina", "Analyn", "Marites"],
                 ["Dela Cruz", "Santos", "Bautista", "Villareal", "Macapagal", "Manalo",
                  "Dimaculangan", "Pangilinan", "Magbanua"]),
    "haitian": (["Jean-Claude", "Wesner", "Fritznel", "Jean-Robert", "Wilner", "Dieuseul"],
                ["Guerline", "Marie-Claude", "Nadege", "Fabiola", "Rosemene", "Widline", "Mirlande"],
                ["Pierre-Louis", "Jean-Baptiste", "Dorvil", "Toussaint", "Celestin", "Estime",
                 "Charlemagne", "Augustin", "Desrosiers"]),
    "east_asian": (["Wei", "Jian", "Zhiwei", "Hiroshi", "Kenji", "Ji-hoon", "Sung-min"],
                   ["Xiuying", "Meiling", "Yuki", "Haruka", "Seo-yeon", "Min-ji"],
                   ["Zhang", "Wang", "Chen", "Liu", "Huang", "Zhou", "Takahashi", "Watanabe",
                    "Yamamoto", "Choi", "Jeong"]),
    "east_african": (["Abdi", "Tesfaye", "Mohamud", "Dawit", "Yonas"],
                     ["Hodan", "Mekdes", "Fadumo", "Selamawit", "Ayaan"],
                     ["Warsame", "Alemayehu", "Hirsi", "Gebremedhin", "Tadesse", "Farah"]),
}
ORIGINS = list(NAMES)
NICKS = {"Robert": "Bobby", "James": "Jimmy", "Michael": "Mikey", "Kenneth": "Kenny",
         "Timothy": "Timmy", "Patricia": "Patty", "Deborah": "Debbie", "Kathleen": "Kathy",
         "Dorothy": "Dottie", "Cynthia": "Cindy", "Gregory": "Greg", "Douglas": "Doug",
         "Raymond": "Ray-Ray", "Leonard": "Lenny", "Bernadette": "Bernie", "Alejandro": "Alex",
         "Guadalupe": "Lupe", "Eduardo": "Lalo", "Chukwuemeka": "Emeka", "Oluwaseun": "Seun",
         "Babatunde": "Tunde", "Folasade": "Sade", "Oluwakemi": "Kemi", "Krzysztof": "Krzys",
         "Malgorzata": "Gosia", "Katarzyna": "Kasia", "Mohammed": "Moe", "Venkatesh": "Venky",
         "Jean-Claude": "JC", "Zhiwei": "David", "Ferdinand": "Ferdie",
         "Marites": "Tess", "Rosalind": "Roz", "Mildred": "Millie"}
# nick names that are English words are avoided in lower-case contexts


STREETS = ["Alder", "Birchwood", "Juniper", "Quarry", "Tanager", "Larkspur", "Foxglove", "Kestrel",
           "Millpond", "Ridgecrest", "Heron", "Sumac", "Chestnut", "Cobblestone", "Wrenfield",
           "Sorrel", "Thistle", "Bramble", "Cinder", "Hawthorn", "Pinecone", "Marigold", "Fernhill",
           "Granite", "Saltmarsh", "Tamarack", "Bluestem", "Cottonwood", "Dogwood", "Elderberry",
           "Flintlock", "Goldfinch", "Hickory", "Ironwood", "Lantern", "Mossy Rock", "Nettle",
           "Old Mill", "Partridge", "Quail Run", "Red Barn", "Sandpiper", "Teasel", "Wildrye"]
STYPES = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Ln", "Lane", "Dr", "Drive", "Ct", "Way",
          "Blvd", "Pl", "Terrace", "Circle", "Pike", "Hwy"]
TOWNS = ["Millbrook", "Ashford Falls", "North Quarry", "Cedar Hollow", "Brackenridge", "Port Alden",
         "Fenwick", "Glenmoor", "Riverbend", "Stonebridge", "East Wickham", "Kettle Point",
         "Orland Heights", "Pinecrest", "Silver Lake", "Dunmore Crossing", "Hadley Mills",
         "West Tisbury Flats", "Marlow Junction", "Sawyer Creek", "Greyledge", "Oxbow",
         "Lower Brantley", "Whitcomb", "Fairhollow", "Caddo Springs", "Mesa Verde Park",
         "Juniper Flats", "Bellhaven", "Thornbury", "New Carlow", "Halstead", "Rookwood",
         "Pelham Ridge", "Eastbrook", "Winterhaven", "Cold Spring Harbor", "Tidewater"]
STATES = [("MA", "01", "02"), ("NY", "12", "14"), ("VT", "05", "05"), ("ME", "04", "04"),
          ("IL", "60", "62"), ("TX", "75", "79"), ("CA", "90", "96"), ("OR", "97", "97"),
          ("WA", "98", "99"), ("NC", "27", "28"), ("GA", "30", "31"), ("AZ", "85", "86"),
          ("CO", "80", "81"), ("OH", "43", "45"), ("PA", "15", "19"), ("MN", "55", "56"),
          ("WI", "53", "54"), ("NM", "87", "88"), ("FL", "32", "34"), ("MI", "48", "49"),
          ("TN", "37", "38"), ("KY", "40", "42"), ("LA", "70", "71"), ("NJ", "07", "08")]
FACILITY_WORDS = ["Lakeshore", "Northgate", "Summit", "Bayside", "Tri-County", "Valley", "Crossroads",
                  "Evergreen", "Meridian", "Keystone", "Beacon", "Pioneer", "Heritage", "Compass",
                  "Harbor Point", "Sunrise", "Prairie", "Bluewater", "Highland", "Canyon"]
AREA = ["413", "617", "508", "802", "207", "312", "646", "720", "503", "919", "404", "214", "602",
        "808", "907", "216", "412", "651", "608", "505", "305", "734", "615", "502", "504", "973"]
AU_MOBILES = ["0491 570 006", "0491 570 156", "0491 570 157", "0491 570 158", "0491 570 159",
              "0491 570 110", "0491 570 313", "0491 570 737", "0491 571 266", "0491 571 491",
              "0491 571 804", "0491 572 549", "0491 572 665", "0491 572 983", "0491 573 770",
              "0491 573 087", "0491 574 118", "0491 574 632", "0491 575 254", "0491 575 789"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD1 = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
        8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
        14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
        19: "nineteenth", 20: "twentieth", 30: "thirtieth"}


def words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("-" + ONES[o] if o else "")
    h, r = divmod(n, 100)
    return ONES[h] + " hundred" + ((" and " + words(r)) if r else "")


def ord_words(n):
    if n in ORD1:
        return ORD1[n]
    t, o = divmod(n, 10)
    return TENS[t] + "-" + ORD1[o]


def ord_suffix(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def year_words(y):
    if 2000 <= y < 2010:
        return "two thousand" + ("" if y == 2000 else " " + ONES[y - 2000])
    a, b = divmod(y, 100)
    if b == 0:
        return words(a) + " hundred"
    if b < 10:
        return words(a) + " oh " + ONES[b]
    return words(a) + " " + words(b)


DATE_FMTS = ["us", "us", "us_nz", "us_short", "iso", "long", "abbr", "dmy_mon", "dlong",
             "eu", "long_ord_y", "us_dash", "abbr_noy", "md", "dmy_mon_l"]


# ---------------------------------------------------------------- people

class Person:
    def __init__(self, first, last, sex, middle=None, origin=""):
        self.first, self.last, self.sex, self.middle, self.origin = first, last, sex, middle, origin
        self.nick = NICKS.get(first)

    # forms
    def full(self): return "%s %s" % (self.first, self.last)
    def full_m(self): return "%s %s. %s" % (self.first, self.middle[0], self.last) if self.middle else self.full()
    def lf(self): return "%s, %s" % (self.last, self.first)
    def lfm(self): return "%s, %s %s" % (self.last, self.first, self.middle[0]) if self.middle else self.lf()
    def LFM(self): return self.lfm().upper()
    def LF(self): return ("%s,%s" % (self.last, self.first)).upper()
    def FL(self): return self.full().upper()
    def f_last(self): return "%s. %s" % (self.first[0], self.last)
    def first_l(self): return "%s %s" % (self.first, self.last[0])
    def ini(self): return (self.first[0] + (self.middle[0] if self.middle and len(self.first) > 5 else "") + self.last[0]).upper()
    def lower(self): return self.full().lower()
    def lfirst(self): return self.first.lower()
    def hl7(self):
        s = "%s^%s" % (self.last.upper(), self.first.upper())
        return s + ("^" + self.middle[0].upper() if self.middle else "")

    def any(self, rng):
        return rng.choice([self.full, self.full, self.full_m, self.lf, self.lfm, self.LFM,
                           self.f_last])()

    @property
    def he(self): return {"M": "he", "F": "she"}.get(self.sex, "they")
    @property
    def He(self): return self.he.capitalize()
    @property
    def his(self): return {"M": "his", "F": "her"}.get(self.sex, "their")
    @property
    def him(self): return {"M": "him", "F": "her"}.get(self.sex, "them")
    @property
    def mr(self): return {"M": "Mr.", "F": "Ms."}.get(self.sex, "Mx.")
    @property
    def sx(self): return self.sex if self.sex in "MF" else "X"


CREDS = {"md": ["MD", "DO"], "np": ["NP", "APRN", "FNP-C", "PMHNP-BC"], "pa": ["PA-C"],
         "rn": ["RN", "RN, BSN", "LPN"], "bh": ["LCSW", "LPC", "LMFT", "PsyD", "PhD", "LICSW", "LMHC"],
         "dent": ["DDS", "DMD"], "hyg": ["RDH"], "pharm": ["PharmD", "RPh", "CPhT"],
         "ems": ["EMT-P", "EMT-B", "AEMT", "FF/EMT"], "gc": ["MS, CGC", "CGC"], "ma": ["CMA", "MA"],
         "crc": ["CCRC", "CCRP", "RN, CCRC"]}


# ---------------------------------------------------------------- generator

class G:
    def __init__(self, rng: random.Random):
        self.r = rng
        self.used_last = set()
        self.used_first = set()

    # -- basic
    def ch(self, seq): return self.r.choice(seq)
    def p(self, x): return self.r.random() < x
    def digits(self, n): return "".join(self.r.choice("0123456789") for _ in range(n))
    def letters(self, n, alpha="ABCDEFGHJKLMNPRSTUVWXYZ"): return "".join(self.r.choice(alpha) for _ in range(n))
    def ri(self, a, b): return self.r.randint(a, b)

    def person(self, sex=None, origin=None, middle=None, last=None):
        r = self.r
        for _ in range(50):
            o = origin or r.choice(ORIGINS)
            males, females, lasts = NAMES[o]
            s = sex or r.choice("MMFFF" if r.random() < 0.97 else "X")
            pool = males if s == "M" else females if s == "F" else males + females
            first = r.choice(pool)
            ln = last or r.choice(lasts)
            if first in self.used_first or (last is None and ln in self.used_last):
                continue
            break
        self.used_first.add(first)
        self.used_last.add(ln)
        mid = None
        if middle or (middle is None and r.random() < 0.5):
            mid = r.choice(["Ann", "Marie", "Lee", "James", "Elena", "Thi", "Kumar", "Jose", "Rose",
                            "Edward", "Louise", "Ahmad", "Wanjiru", "Olga", "Nnamdi", "Faye"])
        return Person(first, ln, s, mid, o)

    def relative(self, pt, sex=None, same_last=None):
        same = self.p(0.6) if same_last is None else same_last
        return self.person(sex=sex, origin=pt.origin if self.p(0.8) else None,
                           last=pt.last if same else None, middle=False)

    def clin(self, kind="md", sex=None):
        p = self.person(sex=sex)
        p.cred = self.ch(CREDS[kind])
        return p

    # -- dates
    def date(self, y0=2019, y1=2025):
        a = datetime.date(y0, 1, 1).toordinal()
        b = datetime.date(y1, 6, 30).toordinal() if y1 == 2025 else datetime.date(y1, 12, 31).toordinal()
        return datetime.date.fromordinal(self.r.randint(a, b))

    def dob(self, age, ref=None):
        ref = ref or datetime.date(2024, 6, 1)
        d = ref - datetime.timedelta(days=int(age * 365.25) + self.r.randint(1, 360))
        return d

    def plus(self, d, lo, hi):
        return d + datetime.timedelta(days=self.r.randint(lo, hi))

    def fd(self, d, f=None):
        f = f or self.ch(DATE_FMTS)
        m, dd, y = d.month, d.day, d.year
        mon = MONTHS[m - 1]
        if f == "us": return "%02d/%02d/%04d" % (m, dd, y)
        if f == "us_nz": return "%d/%d/%04d" % (m, dd, y)
        if f == "us_short": return "%d/%d/%02d" % (m, dd, y % 100)
        if f == "us_dash": return "%02d-%02d-%04d" % (m, dd, y)
        if f == "md": return "%d/%d" % (m, dd)
        if f == "iso": return d.isoformat()
        if f == "eu": return "%02d/%02d/%04d" % (dd, m, y)
        if f == "eu_dot": return "%02d.%02d.%04d" % (dd, m, y)
        if f == "eu_dash": return "%02d-%02d-%04d" % (dd, m, y)
        if f == "dmy_mon": return "%02d-%s-%04d" % (dd, mon[:3].upper(), y)
        if f == "dmy_mon_l": return "%d-%s-%04d" % (dd, mon[:3], y)
        if f == "d_mon": return "%d-%s" % (dd, mon[:3])
        if f == "long": return "%s %d, %d" % (mon, dd, y)
        if f == "long_ord": return "%s %s" % (mon, ord_suffix(dd))
        if f == "long_ord_y": return "%s %s, %d" % (mon, ord_suffix(dd), y)
        if f == "dlong": return "%d %s %d" % (dd, mon, y)
        if f == "abbr": return "%s %d, %d" % (mon[:3], dd, y)
        if f == "abbr_dot": return "%s. %d, %d" % (mon[:3], dd, y)
        if f == "abbr_noy": return "%s %d" % (mon[:3], dd)
        if f == "the_ord": return "the %s" % ord_suffix(dd)
        if f == "words": return "%s %s" % (mon, ord_words(dd))
        if f == "words_y": return "%s %s, %s" % (mon, ord_words(dd), year_words(y))
        if f == "dict": return "%s %s %s" % (mon.lower(), ord_words(dd), year_words(y))
        if f == "hl7": return "%04d%02d%02d" % (y, m, dd)
        if f == "compact": return "%02d%s%04d" % (dd, mon[:3].upper(), y)
        if f == "ymd_slash": return "%04d/%02d/%02d" % (y, m, dd)
        if f == "mon_y": return "%s %d" % (mon, y)
        raise ValueError(f)

    def time(self, sec=False, h24=True):
        h, mi = self.ri(0, 23), self.ri(0, 59)
        if h24:
            return "%02d:%02d" % (h, mi) + (":%02d" % self.ri(0, 59) if sec else "")
        return "%d:%02d %s" % ((h % 12) or 12, mi, "AM" if h < 12 else "PM")

    # -- contact
    def phone(self, kind=None):
        r = self.r
        kind = kind or r.choice(["us"] * 12 + ["uk", "au", "intl"])
        if kind == "us":
            a, x = r.choice(AREA), "01%02d" % r.randint(0, 99)
            f = r.randrange(11)
            return ["(%s) 555-%s", "%s-555-%s", "%s.555.%s", "%s 555 %s", "+1 %s 555 %s",
                    "+1-%s-555-%s", "1-%s-555-%s", "%s555%s", "(%s)555-%s", "%s-555-%s",
                    "(%s) 555-%s"][f] % (a, x)
        if kind == "local":
            return "555-01%02d" % r.randint(0, 99)
        if kind == "uk":
            x = "%03d" % r.randint(0, 999)
            return r.choice(["020 7946 0%s", "+44 20 7946 0%s", "(020) 7946 0%s", "07700 900%s",
                             "+44 7700 900%s", "07700900%s"]) % x
        if kind == "au":
            if r.random() < 0.5:
                m = r.choice(AU_MOBILES)
                return m if r.random() < 0.6 else "+61 " + m[1:]
            return r.choice(["(02) 5550 %04d", "(03) 7010 %04d", "+61 2 5550 %04d"]) % r.randint(0, 9999)
        # intl written with a US fictional number
        return "+1 (%s) 555-01%02d" % (r.choice(AREA), r.randint(0, 99))

    def tseq(self, n, h24=True):
        ts = sorted(self.r.randint(6 * 60, 23 * 60 + 59) for _ in range(n))
        if h24:
            return ["%02d:%02d" % divmod(t, 60) for t in ts]
        return ["%d:%02d %s" % ((t // 60) % 12 or 12, t % 60, "AM" if t < 720 else "PM") for t in ts]

    def ext(self):
        return self.ch([" x", " ext. ", " ext ", " Ext "]) + str(self.ri(10, 4999))

    def email(self, p=None, domain=None):
        r = self.r
        dom = domain or r.choice(["example.org", "example.com", "example.net", "mail.example.com",
                                  "example.org", "example.com"])
        if p is None:
            user = r.choice(["frontdesk", "records", "billing", "intake", "referrals", "privacy"])
        else:
            fl = p.first.lower().replace("'", "").replace(" ", "").replace("-", "")
            ll = p.last.lower().replace("'", "").replace(" ", "").replace("-", "")
            user = r.choice([fl + "." + ll, fl[0] + ll, fl + ll[0] + self.digits(2), ll + "_" + fl,
                             fl + "." + ll + self.digits(2), fl + "_" + ll[:4]])
        return user + "@" + dom

    def url(self, kind="portal"):
        r = self.r
        host = r.choice(["portal.example.org", "www.example.com", "records.example.net",
                         "mychart.example.org", "example.com", "telehealth.example.net"])
        path = r.choice(["/patient/%s" % self.digits(6), "/visit/join?room=%s" % self.letters(6).lower(),
                         "/msg/%s" % self.digits(8), "/u/%s" % self.letters(5).lower() + self.digits(3),
                         "/share/%s" % (self.letters(4) + self.digits(4)).lower()])
        return r.choice(["https://", "https://", "http://", ""]) + host + path

    def ip(self):
        r = self.r
        k = r.randrange(4)
        if k == 0: return "192.0.2.%d" % r.randint(1, 254)
        if k == 1: return "198.51.100.%d" % r.randint(1, 254)
        if k == 2: return "203.0.113.%d" % r.randint(1, 254)
        return "2001:db8:%x::%x" % (r.randint(1, 0xffff), r.randint(1, 0xfff))

    def ssn(self, fmt=None):
        a = self.ri(100, 665)
        b, c = self.ri(10, 99), self.ri(1000, 9999)
        f = fmt or self.ch(["dash", "dash", "dash", "space", "plain"])
        return {"dash": "%03d-%02d-%04d", "space": "%03d %02d %04d", "plain": "%03d%02d%04d"}[f] % (a, b, c)

    # -- places
    def street(self, unit=None):
        r = self.r
        k = r.random()
        if k < 0.07:
            return "PO Box %d" % r.randint(10, 9999)
        if k < 0.11:
            return r.choice(["RR %d Box %d", "Rural Route %d, Box %d", "HC %d Box %d"]) % (r.randint(1, 9), r.randint(10, 400))
        s = "%d %s%s %s" % (r.randint(2, 9899), r.choice(["", "", "", "N ", "S ", "E ", "W "]),
                            r.choice(STREETS), r.choice(STYPES))
        if unit or (unit is None and r.random() < 0.3):
            s += r.choice([", Apt %d%s", " Apt %d%s", ", Unit %d%s", " #%d%s", ", Lot %d%s", ", Suite %d%s"]) % (
                r.randint(1, 40), r.choice(["", "", "A", "B", "C", "F"]))
        return s

    def town(self):
        return self.r.choice(TOWNS)

    def state_zip(self):
        st, lo, hi = self.r.choice(STATES)
        pre = "%02d" % self.r.randint(int(lo), int(hi))
        return st, pre + self.digits(3)

    def city_line(self, town=None):
        t = town or self.town()
        st, z = self.state_zip()
        sep = self.ch([", ", ", ", " "])
        return "%s%s%s %s" % (t, sep, st, z if self.p(0.85) else z + "-" + self.digits(4)), t, st, z

    def addr(self):
        """Returns (street, cityline, town, st, zip)."""
        c, t, st, z = self.city_line()
        return self.street(), c, t, st, z

    def full_addr(self):
        s, c, *_ = self.addr()
        return s + ", " + c

    def uk_addr(self):
        r = self.r
        pc = "%s%d %d%s" % (r.choice(["WX", "LS", "BT", "CF", "EH", "NR", "PL"]), r.randint(1, 19),
                            r.randint(1, 9), self.letters(2, "ABDEFGHJLNPQRSTUWXYZ"))
        return "%s%d %s %s, %s, %s" % (r.choice(["", "Flat 2, ", "Flat 7, "]), r.randint(1, 120),
                                       r.choice(STREETS), r.choice(["Road", "Mews", "Close", "Street", "Gardens"]),
                                       r.choice(["Thornbury", "Rookwood", "Halstead", "Greyledge"]), pc)

    def ca_addr(self):
        r = self.r
        pc = "%s%d%s %d%s%d" % (self.letters(1, "ABCEGHJKLMNPRSTVXY"), r.randint(0, 9), self.letters(1),
                                r.randint(0, 9), self.letters(1), r.randint(0, 9))
        return "%d %s %s, %s, %s %s" % (r.randint(10, 9000), r.choice(STREETS), r.choice(["Crescent", "Avenue", "Road"]),
                                         r.choice(["New Carlow", "Bellhaven", "Winterhaven"]),
                                         r.choice(["ON", "BC", "AB", "NS", "MB"]), pc)

    def au_addr(self):
        r = self.r
        return "%d %s %s, %s %s %d" % (r.randint(1, 300), r.choice(STREETS), r.choice(["Ct", "Pde", "St", "Cres"]),
                                       r.choice(["Wattle Creek", "Banksia Heights", "Kurrawong"]),
                                       r.choice(["NSW", "VIC", "QLD", "WA", "SA"]), r.randint(2000, 6999))

    def facility(self, kind="Medical Center"):
        return "%s %s" % (self.ch(FACILITY_WORDS), kind)

    # -- identifiers
    def mrn(self):
        r = self.r
        k = r.randrange(8)
        return [self.digits(7), self.digits(8), "MR" + self.digits(6), "E" + self.digits(7),
                "%s-%s-%s" % (self.digits(2), self.digits(2), self.digits(3)), "000" + self.digits(6),
                self.letters(2) + self.digits(6), "%s-%s" % (self.digits(3), self.digits(4))][k]

    def acct(self):
        k = self.r.randrange(6)
        return [self.digits(9), "V" + self.digits(10), "HAR" + self.digits(8), "%s-%s" % (self.digits(4), self.digits(6)),
                "A" + self.digits(8), self.digits(12)][k]

    def plan(self):
        k = self.r.randrange(8)
        return [self.letters(3) + self.digits(9), "W" + self.digits(9), self.mbi(), self.letters(2) + self.digits(5) + self.letters(1),
                "%s%s" % (self.letters(1), self.digits(8)), self.digits(11) + "A", "ZGP" + self.digits(10),
                "%s-%s-%s" % (self.letters(3), self.digits(4), self.digits(3))][k]

    def mbi(self):
        L = "ACDEFGHJKMNPQRTUVWXY"
        s = (str(self.ri(1, 9)) + self.letters(1, L) + self.letters(1, L + "0123456789") + self.digits(1) +
             self.letters(1, L) + self.letters(1, L + "0123456789") + self.digits(1) + self.letters(2, L) + self.digits(2))
        return s if self.p(0.5) else "%s-%s-%s" % (s[:4], s[4:7], s[7:])

    def npi(self):
        base = "1" + self.digits(8)
        total = 24
        for i, ch in enumerate(reversed(base)):
            dgt = int(ch)
            if i % 2 == 0:
                dgt *= 2
                dgt = dgt - 9 if dgt > 9 else dgt
            total += dgt
        return base + str((10 - total % 10) % 10)

    def dea(self, last="X"):
        d = [self.ri(0, 9) for _ in range(6)]
        c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        return self.ch("ABFGM") + (last[0].upper() if last[0].isalpha() else "X") + "".join(map(str, d)) + str(c)

    def dl(self):
        k = self.r.randrange(5)
        return [self.letters(1) + self.digits(7), self.letters(1) + self.digits(3) + "-" + self.digits(4) + "-" + self.digits(4),
                self.digits(9), "S" + self.digits(8), self.letters(1) + self.digits(12)][k]

    def state_lic(self):
        return self.ch(["MD", "DO", "RN", "PA", "DN", "RPH", "LP"]) + self.ch(["", "-", "."]) + self.digits(self.ri(5, 7))

    def plate(self):
        k = self.r.randrange(5)
        return [self.digits(1) + self.letters(3) + self.digits(3), self.letters(3) + "-" + self.digits(4),
                self.letters(3) + " " + self.digits(3), self.letters(2) + self.digits(2) + " " + self.letters(3),
                self.digits(3) + " " + self.letters(3)][k]

    def vin(self):
        return self.letters(3, "ABCDEFGHJKLMNPRSTUVWXYZ123456789") + self.digits(2) + self.letters(3) + self.digits(1) + \
            self.letters(1, "ABCDEFGHJKLMNPRSTVWXY") + self.letters(1) + self.digits(6)

    def serial(self):
        k = self.r.randrange(5)
        return [self.letters(3) + self.digits(6) + self.letters(1), self.digits(1) + self.letters(1) + self.digits(8),
                "RLA" + self.digits(6) + "G", self.letters(2) + "-" + self.digits(7), "SN" + self.digits(9)][k]

    def rx(self): return self.ch(["", "", "RX", "Rx "]) + self.digits(7)
    def accession(self): return self.ch(["S", "CP", "M", "GX", "B"]) + "%02d-" % self.ri(19, 25) + self.digits(5)
    def claim(self): return self.ch(["CLM", "", "WC", "C"]) + self.ch(["", "-"]) + self.digits(self.ri(8, 12))


def noisy(rng, s, rate=0.25):
    """OCR-style noise: O for 0, l for 1, S for 5, B for 8, broken spacing."""
    out = []
    for ch in s:
        x = rng.random()
        if ch == "0" and x < rate: out.append("O")
        elif ch == "1" and x < rate: out.append(rng.choice("lI"))
        elif ch == "5" and x < rate / 2: out.append("S")
        elif ch == "8" and x < rate / 3: out.append("B")
        elif ch == "e" and x < rate / 4: out.append("c")
        elif ch == "m" and x < rate / 5: out.append("rn")
        elif ch == " " and x < rate / 4: out.append("  ")
        else: out.append(ch)
    return "".join(out)


# ---------------------------------------------------------------- clinical filler

GEN_DX = [("Type 2 diabetes mellitus", "E11.9"), ("Essential hypertension", "I10"),
          ("Hyperlipidemia", "E78.5"), ("COPD with acute exacerbation", "J44.1"),
          ("Chronic kidney disease, stage 3a", "N18.31"), ("Atrial fibrillation", "I48.91"),
          ("Heart failure with reduced EF", "I50.22"), ("Hypothyroidism", "E03.9"),
          ("Osteoarthritis of knee", "M17.11"), ("Low back pain", "M54.50"),
          ("Asthma, mild persistent", "J45.30"), ("GERD", "K21.9"), ("Obesity", "E66.9"),
          ("Iron deficiency anemia", "D50.9"), ("Migraine without aura", "G43.009")]
GEN_MEDS = ["metformin 500 mg PO BID", "lisinopril 10 mg PO daily", "atorvastatin 40 mg PO qHS",
            "apixaban 5 mg PO BID", "levothyroxine 75 mcg PO daily", "furosemide 40 mg PO daily",
            "insulin glargine 22 units SC qHS", "amlodipine 5 mg PO daily", "metoprolol succinate 25 mg PO daily",
            "albuterol HFA 90 mcg 2 puffs q4h PRN", "gabapentin 300 mg PO TID", "omeprazole 20 mg PO daily",
            "sertraline 50 mg PO daily", "tamsulosin 0.4 mg PO qHS", "enoxaparin 40 mg/0.4 mL SC daily",
            "carbidopa/levodopa 25/100 mg PO TID", "hydrocodone/APAP 5/325 mg PO q6h PRN"]
PSY_DX = [("Major depressive disorder, recurrent, moderate", "F33.1"), ("Generalized anxiety disorder", "F41.1"),
          ("Posttraumatic stress disorder, chronic", "F43.12"), ("Bipolar I disorder, current episode depressed", "F31.30"),
          ("Alcohol use disorder, moderate", "F10.20"), ("ADHD, combined presentation", "F90.2"),
          ("Schizoaffective disorder, bipolar type", "F25.0"), ("Panic disorder", "F41.0"),
          ("Opioid use disorder, severe, in early remission", "F11.21"), ("Adjustment disorder with mixed anxiety and depressed mood", "F43.23")]
PSY_MEDS = ["sertraline 100 mg daily", "escitalopram 10 mg daily", "bupropion XL 300 mg qAM",
            "lithium carbonate 300 mg BID", "quetiapine 50 mg qHS", "aripiprazole 5 mg daily",
            "lamotrigine 100 mg BID", "buprenorphine/naloxone 8/2 mg SL daily", "prazosin 2 mg qHS",
            "hydroxyzine 25 mg TID PRN anxiety", "mirtazapine 15 mg qHS", "naltrexone 50 mg daily"]


def vitals(g, style=None):
    sb, db = g.ri(98, 168), g.ri(56, 98)
    hr, rr, sp = g.ri(54, 118), g.ri(12, 26), g.ri(88, 100)
    t = g.ri(970, 1012) / 10
    k = style if style is not None else g.ri(0, 3)
    if k == 0: return "BP %d/%d, HR %d, RR %d, T %.1f F, SpO2 %d%% RA" % (sb, db, hr, rr, t, sp)
    if k == 1: return "BP %d/%d  P %d  R %d  Temp %.1f  O2 sat %d%%" % (sb, db, hr, rr, t, sp)
    if k == 2: return "VS: %d/%d - %d - %d - %.1f - %d%%" % (sb, db, hr, rr, t, sp)
    return "T %.1f | HR %d | BP %d/%d | RR %d | SpO2 %d%%" % (t, hr, sb, db, rr, sp)


def labs(g):
    items = ["Na %d" % g.ri(131, 145), "K %.1f" % (g.ri(32, 55) / 10), "Cr %.2f" % (g.ri(60, 240) / 100),
             "BUN %d" % g.ri(8, 48), "A1c %.1f%%" % (g.ri(54, 112) / 10), "Hgb %.1f" % (g.ri(80, 158) / 10),
             "WBC %.1f" % (g.ri(35, 168) / 10), "Plt %d" % g.ri(90, 420), "INR %.1f" % (g.ri(9, 34) / 10),
             "TSH %.2f" % (g.ri(30, 900) / 100)]
    g.r.shuffle(items)
    return ", ".join(items[:g.ri(3, 6)])


LABELS = {
    "mrn": ["MRN", "MRN", "MR#", "Med Rec #", "Chart #", "Chart", "Medical Record No.", "Record #",
            "Our record no.", "Hosp #", "MR No", "Patient ID (MRN)"],
    "dob": ["DOB", "DOB", "D.O.B.", "Date of Birth", "Birthdate", "Born", "Birth date", "DoB"],
    "acct": ["Acct #", "Account", "Pt acct", "Visit acct", "Billing acct no.", "Encounter acct", "FIN", "Acct No."],
    "plan": ["Member ID", "Subscriber ID", "Policy #", "Ins ID", "Medicaid #", "Medicare ID", "Plan ID",
             "Member no.", "Cert #", "Group/Member"],
    "phone": ["Phone", "Ph", "Tel", "Cell", "Home", "Mobile", "Contact #", "Best #", "Tel."],
}


def lab(g, k):
    return g.ch(LABELS[k])


FEM = {"wife", "mother", "mom", "daughter", "sister", "aunt", "niece", "grandmother", "granddaughter",
       "grandma", "Mother", "Grandmother", "adult daughter", "stepmother", "mother-in-law", "daughter-in-law",
       "sister-in-law", "girlfriend"}
MASC = {"husband", "father", "dad", "son", "brother", "uncle", "nephew", "grandfather", "grandpa", "grandson",
        "Father", "adult son", "stepfather", "father-in-law", "son-in-law", "brother-in-law", "boyfriend"}


def _kin(self, pt, rels, same_last=None):
    rel = self.ch(rels)
    sex = "F" if rel in FEM else "M" if rel in MASC else None
    if same_last is None:
        same_last = rel not in ("husband", "wife", "partner", "friend", "neighbor", "roommate", "boyfriend",
                                "girlfriend", "son-in-law", "daughter-in-law") and self.p(0.7)
    return rel, self.relative(pt, sex=sex, same_last=same_last)


G.kin = _kin
