"""Shared machinery for the synthetic PHI evaluation corpus.

Everything here is invented: names are drawn from small hand-written pools,
towns and streets are made up, phone numbers use the 555-01xx range (or the
UK/Australian ranges reserved for drama), e-mail and web domains are
example.org / example.com / example.net, and IP addresses come from the
documentation ranges.  Only the Python standard library is used.
"""

from collections import namedtuple
import datetime
import string

ALLOWED_TYPES = (
    "name", "address", "zip", "date", "age", "phone", "fax", "email", "url",
    "ip_address", "ssn", "mrn", "health_plan", "account", "license",
    "vehicle", "device", "biometric", "id",
)

# ---------------------------------------------------------------------------
# Labelled values and the document builder
# ---------------------------------------------------------------------------

L = namedtuple("L", "type value")


def N(v):
    return L("name", v)


def A(v):
    return L("address", v)


def Z(v):
    return L("zip", v)


def D(v):
    return L("date", v)


def AGE(v):
    return L("age", v)


def PH(v):
    return L("phone", v)


def FX(v):
    return L("fax", v)


def EM(v):
    return L("email", v)


def URL(v):
    return L("url", v)


def IP(v):
    return L("ip_address", v)


def SSN(v):
    return L("ssn", v)


def MRN(v):
    return L("mrn", v)


def HP(v):
    return L("health_plan", v)


def ACCT(v):
    return L("account", v)


def LIC(v):
    return L("license", v)


def VEH(v):
    return L("vehicle", v)


def DEV(v):
    return L("device", v)


def BIO(v):
    return L("biometric", v)


def ID(v):
    return L("id", v)


class Doc:
    """Append-only text builder that records span offsets at append time."""

    def __init__(self):
        self.parts = []
        self.n = 0
        self.spans = []
        self.values = []
        self.text_noise = None   # optional fn(str) -> str for unlabelled text
        self.value_noise = None  # optional fn(type, str) -> str for values

    def __call__(self, *items):
        for it in items:
            if it is None or it == "":
                continue
            if isinstance(it, L):
                self._value(it.type, it.value)
            elif isinstance(it, str):
                self._text(it)
            elif isinstance(it, (list, tuple)):
                self(*it)
            else:
                raise TypeError(repr(it))
        return self

    def _text(self, s):
        if self.text_noise is not None:
            s = self.text_noise(s)
        self.parts.append(s)
        self.n += len(s)

    def _value(self, typ, val):
        if typ not in ALLOWED_TYPES:
            raise ValueError("bad type %r" % typ)
        if self.value_noise is not None:
            val = self.value_noise(typ, val)
        start = self.n
        self.parts.append(val)
        self.n += len(val)
        self.spans.append({"type": typ, "start": start, "end": self.n})
        self.values.append(val)

    def text(self):
        return "".join(self.parts)


# ---------------------------------------------------------------------------
# Small random helpers
# ---------------------------------------------------------------------------

DIG = string.digits
UP = string.ascii_uppercase
UP_NO_IO = "ABCDEFGHJKLMNPRSTUVWXYZ"
ALNUM_NO_IO = UP_NO_IO + "0123456789"


def pat(rng, pattern):
    """Fill a pattern: '#' digit, '%' non-zero digit, '@' letter (no I/O),
    '?' letter-or-digit (no I/O); anything else is literal."""
    out = []
    for ch in pattern:
        if ch == "#":
            out.append(rng.choice(DIG))
        elif ch == "%":
            out.append(rng.choice("123456789"))
        elif ch == "@":
            out.append(rng.choice(UP_NO_IO))
        elif ch == "?":
            out.append(rng.choice(ALNUM_NO_IO))
        else:
            out.append(ch)
    return "".join(out)


def maybe(rng, p=0.5):
    return rng.random() < p


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


# ---------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------

# origin: (female first names, male first names, surnames)
# A surname given as a tuple is (masculine form, feminine form).
NAME_POOLS = {
    "hispanic": (
        ["Ana", "Mariana", "Guadalupe", "Lucía", "Camila", "Esperanza", "Rosa",
         "María José", "Ximena", "Yesenia", "Dolores", "Marisol"],
        ["Miguel", "José Luis", "Tomás", "Diego", "Mateo", "Francisco",
         "Javier", "Alejandro", "Rubén", "Héctor"],
        ["Ruiz", "García López", "Hernández", "de la Cruz", "Villanueva",
         "Ochoa", "Castañeda", "Zamora-Ibarra", "Peña", "Quintero", "Barrios"],
    ),
    "irish_uk": (
        ["Siobhan", "Aoife", "Niamh", "Maeve", "Rhiannon", "Tamsin", "Bridget",
         "Eileen", "Orla"],
        ["Declan", "Cormac", "Rhys", "Owen", "Padraig", "Gareth", "Callum",
         "Fergus"],
        ["O'Sullivan", "MacLeod", "McAllister", "Fitzgerald", "Llewellyn",
         "Pritchard", "Doherty", "Kavanagh", "Ní Bhriain"],
    ),
    "anglo": (
        ["Margaret", "Eleanor", "Ruth", "Shirley", "Dorothy", "Heather",
         "Ashley", "Brittany", "Kayleigh", "Madison", "Elizabeth", "Patricia"],
        ["Harold", "Walter", "Eugene", "Clarence", "Dale", "Travis", "Cody",
         "Brandon", "Wyatt", "Robert", "William"],
        ["Whitfield", "Thornbury", "Pembroke", "Haskell", "Brooks", "Miller",
         "Caldwell", "Ashby", "Winslow", "Pruitt", "Yarborough"],
    ),
    "african_american": (
        ["Imani", "Keisha", "Tamika", "Latoya", "Shanice", "Aaliyah",
         "Bernadette"],
        ["DeShawn", "Jamal", "Malik", "Darnell", "Terrence", "Dante",
         "Cornelius"],
        ["Washington", "Jefferson", "Freeman", "Dorsey", "Holloway", "Battle",
         "Merriweather"],
    ),
    "west_african": (
        ["Ngozi", "Chiamaka", "Adaeze", "Abena", "Folasade", "Yetunde"],
        ["Chinedu", "Emeka", "Kwame", "Kofi", "Oluwaseun", "Babatunde"],
        ["Okonkwo", "Nwosu", "Adeyemi", "Mensah", "Asante", "Olawale", "Eze",
         "Boateng", "Carter-Nwosu"],
    ),
    "horn_of_africa": (
        ["Hodan", "Fadumo", "Ayaan", "Selam", "Tigist"],
        ["Abdirahman", "Abdullahi", "Yonas", "Dawit", "Mahad"],
        ["Abdi", "Farah", "Warsame", "Tesfaye", "Gebremedhin", "Hirsi"],
    ),
    "arabic": (
        ["Fatima", "Aisha", "Noor", "Leila", "Yasmin", "Rania"],
        ["Omar", "Yusuf", "Tariq", "Karim", "Khalid"],
        ["Haddad", "Al-Sayed", "Nasser", "Khoury", "Abu-Hamdan", "El-Amin"],
    ),
    "south_asian": (
        ["Priya", "Lakshmi", "Anjali", "Deepa", "Sunita", "Farida",
         "Harpreet"],
        ["Rajesh", "Arjun", "Vikram", "Ravi", "Sanjay", "Gurpreet", "Imran"],
        ["Patel", "Sharma", "Iyer", "Venkataraman", "Chaudhry",
         "Bhattacharya", "Sandhu", "Reddy"],
    ),
    "chinese": (
        ["Mei", "Xiu Ying", "Li Na", "Wen", "Jing"],
        ["Wei", "Jun", "Hao", "Zhiwei"],
        ["Chen", "Wang", "Zhang", "Liu", "Huang", "Zhou"],
    ),
    "vietnamese": (
        ["Lan", "Linh", "Thu Trang", "Hoa"],
        ["Minh", "Duc", "Quang", "Bao"],
        ["Nguyen", "Tran", "Pham", "Le", "Vo", "Huynh"],
    ),
    "korean": (
        ["Ji-woo", "Seo-yeon", "Min-ji", "Eun-hee"],
        ["Min-jun", "Ji-ho", "Sung-min", "Dong-hyun"],
        ["Kim", "Park", "Choi", "Jung", "Yoon"],
    ),
    "japanese": (
        ["Yuki", "Hana", "Emiko", "Sakura"],
        ["Hiroshi", "Kenji", "Takumi", "Haruto"],
        ["Tanaka", "Sato", "Watanabe", "Nakamura", "Yamaguchi"],
    ),
    "filipino": (
        ["Maricel", "Rowena", "Jocelyn", "Analyn"],
        ["Rodel", "Jericho", "Ramon", "Efren"],
        ["Dela Cruz", "Bautista", "Macaraeg", "Santos", "Dimaculangan"],
    ),
    "polish": (
        ["Katarzyna", "Agnieszka", "Małgorzata", "Zofia"],
        ["Piotr", "Tomasz", "Krzysztof", "Aleksander"],
        [("Kowalski", "Kowalska"), "Nowak", "Kaczmarek", "Wójcik",
         ("Zieliński", "Zielińska")],
    ),
    "east_slavic": (
        ["Olga", "Svetlana", "Oksana", "Natalia"],
        ["Dmitri", "Sergei", "Oleksandr", "Yuri"],
        [("Ivanov", "Ivanova"), "Petrenko", ("Volkov", "Volkova"),
         "Shevchenko", ("Kuznetsov", "Kuznetsova")],
    ),
    "nordic": (
        ["Ingrid", "Astrid", "Sigrid"],
        ["Lars", "Bjørn", "Anders", "Erik"],
        ["Andersson", "Lindqvist", "Haugen", "Solberg", "Johansen"],
    ),
    "italian": (
        ["Giulia", "Francesca", "Concetta"],
        ["Matteo", "Giovanni", "Salvatore"],
        ["Rossi", "Bianchi", "Esposito", "D'Angelo", "Lo Bianco"],
    ),
    "german_dutch": (
        ["Anneliese", "Greta", "Femke"],
        ["Klaus", "Jürgen", "Pieter"],
        ["Schmidt", "Müller", "van der Berg", "Hoffmann", "de Vries"],
    ),
    "french": (
        ["Élodie", "Margaux", "Sylvie"],
        ["Jean-Pierre", "François", "Mathieu"],
        ["Dubois", "Lefebvre", "Beaulieu", "Tremblay"],
    ),
    "pacific": (
        ["Leilani", "Keala", "Malia"],
        ["Keoni", "Kai", "Makoa"],
        ["Kahananui", "Kealoha", "Fonoti", "Tuiasosopo"],
    ),
    "native_american": (
        ["Shandiin", "Winona", "Nizhoni"],
        ["Ahiga", "Kele", "Dakota"],
        ["Yazzie", "Begay", "Tsosie", "Benally", "Whitehorse"],
    ),
    "jewish_israeli": (
        ["Miriam", "Rivka", "Ayelet", "Tova"],
        ["Avi", "Ezra", "Moshe", "Yoav"],
        ["Goldberg", "Cohen", "Levi", "Rosenthal", "Ben-David"],
    ),
    "turkish": (
        ["Ayşe", "Elif", "Zeynep"],
        ["Mehmet", "Emre", "Burak"],
        ["Yılmaz", "Demir", "Şahin", "Öztürk"],
    ),
    "southern_african": (
        ["Nomvula", "Thandiwe", "Lerato"],
        ["Bongani", "Sipho", "Thabo"],
        ["Dlamini", "Nkosi", "Mokoena", "Khumalo"],
    ),
    "lusophone": (
        ["Luana", "Thaís", "Beatriz"],
        ["João Pedro", "Rafael", "Thiago"],
        ["dos Santos", "Oliveira", "Pereira", "Carvalho", "Souza"],
    ),
    "greek": (
        ["Eleni", "Dimitra"],
        ["Nikos", "Giorgos"],
        ["Papadopoulos", "Georgiou", "Konstantinidis"],
    ),
}
ORIGINS = sorted(NAME_POOLS)

NICKNAMES = {
    "Margaret": ["Peggy", "Maggie"], "Elizabeth": ["Liz", "Betty"],
    "Patricia": ["Patty", "Trish"], "Robert": ["Bobby", "Bob"],
    "William": ["Bill", "Billy"], "Katarzyna": ["Kasia"],
    "Aleksander": ["Olek"], "Dmitri": ["Dima"], "Guadalupe": ["Lupe"],
    "Francisco": ["Paco", "Frank"], "Oluwaseun": ["Seun"],
    "Chinedu": ["Nedu"], "Giovanni": ["Gianni"], "Dorothy": ["Dot"],
    "Eugene": ["Gene"], "Clarence": ["Clancy"], "Salvatore": ["Sal"],
    "Concetta": ["Connie"], "Babatunde": ["Tunde"], "Cornelius": ["Neil"],
    "Bernadette": ["Bernie"], "Abdirahman": ["Abdi"], "Natalia": ["Natasha"],
    "Oleksandr": ["Sasha"], "Alejandro": ["Alex"], "Javier": ["Javi"],
    "Yetunde": ["Tunde"], "Małgorzata": ["Gosia"], "Svetlana": ["Sveta"],
    "Jean-Pierre": ["JP"], "João Pedro": ["Joãozinho"], "Harold": ["Hal"],
    "Eleanor": ["Nora", "Ellie"], "Madison": ["Maddie"], "Walter": ["Walt"],
}

VIET_MIDDLE = {"F": ["Thi", "Ngoc"], "M": ["Van", "Duc", "Huu"]}
MIDDLE_F = ["Anne", "Marie", "Louise", "Jean", "Rose", "Elena", "Grace", "Mae"]
MIDDLE_M = ["James", "Lee", "Edward", "Antonio", "Ray", "Thomas", "Kwesi"]


# Every Person created while a document is built is recorded here so that the
# generator can check that no name leaked into unlabelled text.
REGISTRY = []


class Person:
    def __init__(self, rng, sex=None, origin=None, dob=None, last=None):
        REGISTRY.append(self)
        self.sex = sex or rng.choice("FM")
        self.origin = origin or rng.choice(ORIGINS)
        fem, masc, lasts = NAME_POOLS[self.origin]
        used = {p.first for p in REGISTRY[:-1]}
        for _ in range(12):
            self.first = rng.choice(fem if self.sex == "F" else masc)
            if self.first not in used:
                break
        if last is None:
            last = rng.choice(lasts)
            if isinstance(last, tuple):
                last = last[1] if self.sex == "F" else last[0]
        self.last = last
        if self.origin == "vietnamese":
            self.middle = rng.choice(VIET_MIDDLE[self.sex])
        elif rng.random() < 0.45 and " " not in self.first:
            self.middle = rng.choice(MIDDLE_F if self.sex == "F" else MIDDLE_M)
        else:
            self.middle = None
        nicks = NICKNAMES.get(self.first)
        self.nick = rng.choice(nicks) if nicks else None
        self.dob = dob

    # --- renderings -----------------------------------------------------
    def full(self):
        return "%s %s" % (self.first, self.last)

    def fml(self):
        if self.middle:
            return "%s %s. %s" % (self.first, self.middle[0], self.last)
        return self.full()

    def fmiddle(self):
        if self.middle:
            return "%s %s %s" % (self.first, self.middle, self.last)
        return self.full()

    def lf(self):
        return "%s, %s" % (self.last, self.first)

    def LF(self):
        return "%s, %s" % (self.last.upper(), self.first.upper())

    def LFM(self):
        if self.middle:
            return "%s, %s %s" % (self.last.upper(), self.first.upper(),
                                  self.middle[0].upper())
        return self.LF()

    def il(self):
        return "%s. %s" % (self.first[0], self.last)

    def fli(self):
        return "%s %s" % (self.first, self.last[0].upper())

    def initials(self):
        mid = self.middle[0] if self.middle else ""
        return (self.first[0] + mid + self.last[0]).upper()

    def lower(self):
        return self.full().lower()

    def upper(self):
        return self.full().upper()

    def hl7(self):
        if self.middle:
            return "%s^%s^%s" % (self.last.upper(), self.first.upper(),
                                 self.middle[0].upper())
        return "%s^%s" % (self.last.upper(), self.first.upper())

    def nickname(self):
        return self.nick or self.first

    def title(self):
        return "Ms." if self.sex == "F" else "Mr."

    def pron(self):
        return ("she", "her", "her") if self.sex == "F" else ("he", "him", "his")

    def form(self, rng, forms=("full", "fml", "lf", "LF", "il", "fli",
                                "first", "last", "upper")):
        f = rng.choice(forms)
        if f == "first":
            return self.first
        if f == "last":
            return self.last
        return getattr(self, f)()


def relative(rng, p, rel_sex=None, same_last=True, origin=None):
    """A relative of person p, usually sharing the surname (in the right
    gendered form for Slavic surnames)."""
    sex = rel_sex or rng.choice("FM")
    last = None
    if same_last:
        last = p.last
        for s in NAME_POOLS[p.origin][2]:
            if isinstance(s, tuple) and p.last in s:
                last = s[1] if sex == "F" else s[0]
    return Person(rng, sex=sex, origin=origin or p.origin, last=last)


# ---------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------

TOWNS = [
    "Brindlecombe", "Tallowmere", "Oskerville", "Vantry", "Quillhaven",
    "Dunsmarch", "Larkmoor", "Emberfield", "Corriston", "Pexley",
    "Hollin Ford", "Marrowvale", "Wrenfield Springs", "North Avesby",
    "Cullomere", "Sandreth", "Ketterby", "Ashcombe Falls", "Glenmarra",
    "Port Ellery", "Ostrey", "Fallowgate", "Kestrel Bay", "Upper Tamsley",
    "Whinmoor Junction", "Calder Rise", "Bexcombe", "Harrowmount",
    "Saint Orrin", "Lochtallan", "Mirefield", "Sorrel Creek",
]
STREETS = [
    "Alder Lane", "Quarry Hill Rd", "Wickersham Ave", "Tollgate Way",
    "Bramblewood Ct", "Cinder Mill Rd", "Pellham Terrace", "Oriole Crescent",
    "Larkspur Dr", "Harrow Bend Rd", "Juniper Hollow", "Kestrel Point Rd",
    "Saltmarsh Ln", "Copperbeech Ave", "Fennel St", "Gristmill Rd",
    "Ostler Row", "Heronsgate Blvd", "Tanyard Pl", "Marigold Loop",
    "Old Ferry Rd", "Wainwright St", "Cobble Hill Pkwy", "Thistle Ct",
    "Sumac Ridge Dr", "Pewter Ln", "Lantern Sq", "Haystack Rd",
]
STATES = ["MA", "NY", "PA", "OH", "MI", "WI", "MN", "OR", "WA", "CA", "AZ",
          "NM", "TX", "GA", "NC", "VA", "MD", "NJ", "CT", "ME", "VT", "IL",
          "CO", "UT", "HI", "AK", "KY", "TN", "LA", "IA"]
STATE_NAMES = {"MA": "Massachusetts", "NY": "New York", "PA": "Pennsylvania",
               "OH": "Ohio", "MI": "Michigan", "WI": "Wisconsin",
               "MN": "Minnesota", "OR": "Oregon", "WA": "Washington",
               "CA": "California", "AZ": "Arizona", "NM": "New Mexico",
               "TX": "Texas", "GA": "Georgia", "NC": "North Carolina",
               "VA": "Virginia", "MD": "Maryland", "NJ": "New Jersey",
               "CT": "Connecticut", "ME": "Maine", "VT": "Vermont",
               "IL": "Illinois", "CO": "Colorado", "UT": "Utah",
               "HI": "Hawaii", "AK": "Alaska", "KY": "Kentucky",
               "TN": "Tennessee", "LA": "Louisiana", "IA": "Iowa"}
COUNTIES = ["Pellham", "Ostrey", "Greywater", "Tamsley", "Calder", "Mirren",
            "Hollins", "Fenwick", "Brant", "Sorrel"]
UNIT_WORDS = ["Apt", "Apt.", "Unit", "#", "Suite", "Lot", "Trlr"]


class Addr:
    def __init__(self, rng, kind="us"):
        self.kind = kind
        self.num = str(rng.choice([rng.randint(2, 99), rng.randint(100, 999),
                                   rng.randint(1000, 9899),
                                   rng.randint(10000, 48999)]))
        self.street = rng.choice(STREETS)
        self.unit = None
        if rng.random() < 0.3:
            w = rng.choice(UNIT_WORDS)
            u = rng.choice([str(rng.randint(1, 40)),
                            "%d%s" % (rng.randint(1, 6), rng.choice("ABCDEF")),
                            rng.choice("ABCD")])
            self.unit = ("%s%s" % (w, u)) if w == "#" else ("%s %s" % (w, u))
        self.town = rng.choice(TOWNS)
        self.state = rng.choice(STATES)
        self.zip = "%05d" % rng.randint(1001, 99899)
        self.zip4 = "%04d" % rng.randint(1, 9999) if rng.random() < 0.15 else None
        self.county = rng.choice(COUNTIES)

    def zipcode(self):
        return self.zip + ("-" + self.zip4 if self.zip4 else "")

    def line1(self):
        s = "%s %s" % (self.num, self.street)
        if self.unit:
            s += ", " + self.unit
        return s

    def line2(self):
        return "%s, %s %s" % (self.town, self.state, self.zipcode())

    def one_line(self):
        return "%s, %s" % (self.line1(), self.line2())

    def upper(self):
        return self.one_line().upper().replace(",", "")


def foreign_address(rng):
    """Returns (one-line address, postcode-or-None, country) for a non-US
    address; town and postcode are invented."""
    town = rng.choice(TOWNS)
    kind = rng.choice(["uk", "ca", "au", "de", "mx", "ie", "in", "ph"])
    if kind == "uk":
        pc = pat(rng, "@@# #@@").replace("I", "K")
        return ("%d %s, %s %s" % (rng.randint(1, 180), rng.choice(
            ["Quarrel Lane", "Bramley Close", "Hatter's Row", "Foxglove Mews"]),
            town, pc), pc, "United Kingdom")
    if kind == "ca":
        pc = pat(rng, "@#@ #@#")
        return ("%d %s, %s, ON %s" % (rng.randint(10, 9999), rng.choice(
            ["Rue des Érables", "Birchmount Rd", "Tamarack Cres"]), town, pc),
            pc, "Canada")
    if kind == "au":
        pc = "%04d" % rng.randint(2000, 7999)
        return ("Unit %d, %d %s, %s NSW %s" % (rng.randint(1, 20),
                rng.randint(1, 300), rng.choice(["Banksia Pde", "Wattle St",
                                                 "Currawong Rd"]), town, pc),
                pc, "Australia")
    if kind == "de":
        pc = "%05d" % rng.randint(10000, 99999)
        return ("%s %d, %s %s" % (rng.choice(["Lindenweg", "Am Mühlbach",
                                               "Kastanienallee"]),
                                  rng.randint(1, 120), pc, town), pc, "Germany")
    if kind == "mx":
        pc = "%05d" % rng.randint(10000, 99999)
        return ("Calle %s %d, Col. Centro, %s, C.P. %s" % (rng.choice(
            ["Robles", "Magnolia", "Fresno"]), rng.randint(1, 400), town, pc),
            pc, "Mexico")
    if kind == "ie":
        pc = pat(rng, "@## ?#?#")
        return ("%d %s, %s, Co. Mayo %s" % (rng.randint(1, 90), rng.choice(
            ["Bóthar na Trá", "Church View", "Gortnamona Park"]), town, pc),
            pc, "Ireland")
    if kind == "in":
        pc = "%06d" % rng.randint(110000, 859999)
        return ("Flat %d%s, Sai Krupa Apartments, %dth Cross, %s %s" % (
            rng.randint(1, 9), rng.choice("ABC"), rng.randint(4, 19), town,
            pc), pc, "India")
    pc = "%04d" % rng.randint(1000, 9999)
    return ("Blk %d Lot %d, Sampaguita St, Brgy. San Roque, %s %s" % (
        rng.randint(1, 30), rng.randint(1, 40), town, pc), pc, "Philippines")


FACILITY_SUFFIX = ["Medical Center", "Community Hospital", "Regional Health",
                   "General Hospital", "Health Center", "Family Clinic"]


def facility(rng, suffixes=FACILITY_SUFFIX):
    base = rng.choice(["Ostrey Valley", "St. Brigid's", "Harlow Valley",
                       "Tallowmere", "Mercy Fallowgate", "Kestrel Bay",
                       "Pinecrest", "Lakeshore", "Greywater County",
                       "Riverside Larkmoor", "Good Shepherd", "Calder"])
    return "%s %s" % (base, rng.choice(suffixes))


# ---------------------------------------------------------------------------
# Phones, e-mail, URLs, IPs
# ---------------------------------------------------------------------------

AREA_CODES = ["207", "212", "215", "253", "262", "303", "314", "320", "347",
              "360", "401", "406", "412", "413", "470", "503", "505", "508",
              "512", "541", "563", "585", "608", "612", "617", "651", "702",
              "719", "734", "757", "802", "808", "828", "860", "907", "919",
              "929", "971"]


def us_phone(rng, fmt=None, area=None):
    a = area or rng.choice(AREA_CODES)
    line = "01%02d" % rng.randint(0, 99)
    fmt = fmt or rng.choice(["paren", "dash", "dot", "plus1", "paren_nospace",
                             "dash", "paren", "plain", "one_dash"])
    if fmt == "paren":
        return "(%s) 555-%s" % (a, line)
    if fmt == "paren_nospace":
        return "(%s)555-%s" % (a, line)
    if fmt == "dash":
        return "%s-555-%s" % (a, line)
    if fmt == "dot":
        return "%s.555.%s" % (a, line)
    if fmt == "plus1":
        return "+1 %s 555 %s" % (a, line)
    if fmt == "one_dash":
        return "1-%s-555-%s" % (a, line)
    if fmt == "plain":
        return "%s555%s" % (a, line)
    if fmt == "local":
        return "555-%s" % line
    raise ValueError(fmt)


def foreign_phone(rng, country=None):
    """UK numbers from the Ofcom drama ranges, Australian numbers from the
    ACMA fictitious ranges, Canadian numbers from NANP 555-01xx."""
    if country == "Canada":
        return us_phone(rng, "plus1", area=rng.choice(["416", "613", "905"]))
    if country == "United Kingdom":
        kinds = ["uk_ldn", "uk_leeds", "uk_mob", "uk_intl"]
    elif country == "Australia":
        kinds = ["au_mob", "au_land"]
    else:
        kinds = ["uk_ldn", "uk_leeds", "uk_mob", "au_mob", "au_land",
                 "uk_intl"]
    kind = rng.choice(kinds)
    if kind == "uk_ldn":
        return "020 7946 0%03d" % rng.randint(0, 999)
    if kind == "uk_leeds":
        return "0113 496 0%03d" % rng.randint(0, 999)
    if kind == "uk_mob":
        return "07700 900%03d" % rng.randint(0, 999)
    if kind == "uk_intl":
        return "+44 20 7946 0%03d" % rng.randint(0, 999)
    if kind == "au_mob":
        return "0491 570 %03d" % rng.randint(6, 159)
    return "(02) 5550 %04d" % rng.randint(0, 9999)


def email_for(rng, p, domain=None):
    domain = domain or rng.choice(["example.org", "example.com", "example.net",
                                   "mail.example.com", "example.org"])
    first = strip_accents(p.first).lower().replace(" ", "").replace("'", "")
    last = strip_accents(p.last).lower().replace(" ", "").replace("'", "")
    local = rng.choice([
        "%s.%s" % (first, last), "%s%s" % (first[0], last),
        "%s_%s%d" % (first, last, rng.randint(1, 99)),
        "%s%d" % (first, rng.randint(60, 2009)), "%s.%s" % (first[0], last),
    ])
    return "%s@%s" % (local, domain)


_ACCENTS = str.maketrans("áéíóúñçãõâêôàèìòùäöüßøåłśńźżąęıışğÁÉÍÓÚÑÇÖÜŞİÉ",
                         "aeiouncaoaeoaeiouaousoalsnzzaeiisgAEIOUNCOUSIE")


def strip_accents(s):
    return s.translate(_ACCENTS)


def doc_ip(rng):
    kind = rng.randrange(4)
    if kind == 0:
        return "192.0.2.%d" % rng.randint(1, 254)
    if kind == 1:
        return "198.51.100.%d" % rng.randint(1, 254)
    if kind == 2:
        return "203.0.113.%d" % rng.randint(1, 254)
    return "2001:db8:%x::%x" % (rng.randint(1, 0xffff), rng.randint(1, 0xfff))


# ---------------------------------------------------------------------------
# Checksum-bearing identifiers
# ---------------------------------------------------------------------------

def luhn_check_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(number):
    return luhn_check_digit(number[:-1]) == number[-1]


def npi(rng):
    base = rng.choice("12") + "".join(rng.choice(DIG) for _ in range(8))
    n = base + luhn_check_digit("80840" + base)
    assert npi_valid(n)
    return n


def npi_valid(n):
    return len(n) == 10 and n[0] in "12" and luhn_valid("80840" + n)


def dea(rng, surname):
    first = rng.choice("ABFGM")
    ini = strip_accents(surname).replace("'", "").replace(" ", "")[0].upper()
    if ini not in UP:
        ini = "9"
    d = [rng.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    s = first + ini + "".join(map(str, d)) + str(chk)
    assert dea_valid(s)
    return s


def dea_valid(s):
    d = [int(c) for c in s[2:]]
    return len(s) == 9 and (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


_VIN_VAL = {}
for _ch, _v in zip("ABCDEFGH", range(1, 9)):
    _VIN_VAL[_ch] = _v
for _ch, _v in zip("JKLMN", range(1, 6)):
    _VIN_VAL[_ch] = _v
_VIN_VAL["P"] = 7
_VIN_VAL["R"] = 9
for _ch, _v in zip("STUVWXYZ", range(2, 10)):
    _VIN_VAL[_ch] = _v
for _d in range(10):
    _VIN_VAL[str(_d)] = _d
_VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin_check(v):
    s = sum(_VIN_VAL[c] * w for c, w in zip(v, _VIN_W)) % 11
    return "X" if s == 10 else str(s)


def vin(rng):
    wmi = rng.choice(["1HG", "2T1", "JTD", "3FA", "1FT", "5NP", "KMH", "WVW",
                      "1C4", "4T1", "JN8", "2HK"])
    vds = "".join(rng.choice(VIN_CHARS) for _ in range(5))
    year = rng.choice("BCDEFGHJKLMNPRS123456789")
    plant = rng.choice(UP_NO_IO.replace("Q", ""))
    serial = "".join(rng.choice(DIG) for _ in range(6))
    v = wmi + vds + "0" + year + plant + serial
    v = v[:8] + vin_check(v) + v[9:]
    assert vin_valid(v)
    return v


def vin_valid(v):
    return len(v) == 17 and vin_check(v) == v[8]


def ssn(rng, fmt="dash"):
    area = rng.randint(1, 899)
    while area == 666:
        area = rng.randint(1, 899)
    group = rng.randint(1, 99)
    serial = rng.randint(1, 9999)
    if fmt == "dash":
        return "%03d-%02d-%04d" % (area, group, serial)
    if fmt == "space":
        return "%03d %02d %04d" % (area, group, serial)
    return "%03d%02d%04d" % (area, group, serial)


def ssn_valid(s):
    digits = "".join(c for c in s if c.isdigit())
    if len(digits) == 4:
        return digits != "0000"
    a, g, n = digits[:3], digits[3:5], digits[5:]
    return (len(digits) == 9 and a not in ("000", "666") and a[0] != "9"
            and g != "00" and n != "0000")


def mbi(rng, dashes=None):
    """Medicare Beneficiary Identifier shape (CMS format rules)."""
    letters = "ACDEFGHJKMNPQRTUVWXY"
    an = letters + DIG
    s = (rng.choice("123456789") + rng.choice(letters) + rng.choice(an)
         + rng.choice(DIG) + rng.choice(letters) + rng.choice(an)
         + rng.choice(DIG) + rng.choice(letters) + rng.choice(letters)
         + rng.choice(DIG) + rng.choice(DIG))
    if dashes is None:
        dashes = rng.random() < 0.4
    if dashes:
        return "%s-%s-%s" % (s[:4], s[4:7], s[7:])
    return s


def plate(rng):
    return pat(rng, rng.choice(["%@@@###", "@@@-####", "@@@ ###", "###-@@@",
                                "@@#-####", "%@@@##", "@@## @@@", "###@@%"]))


def us_state_license(rng, state=None):
    """Driver's licence number shapes, loosely by state."""
    return pat(rng, rng.choice(["@#######", "@###-####-####", "#########",
                                "@## ### ###", "###-###-###", "@########"]))


def med_license(rng):
    return pat(rng, rng.choice(["MD%#####", "%#####", "@-#####", "##@A####",
                                "%##.######", "ME.%#####", "DO-%####"]))


# ---------------------------------------------------------------------------
# Dates, times, ages
# ---------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday"]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


# The generic "mdy" format is remapped per document (set by make_corpus from a
# separate seeded RNG) so that each document keeps one house style while the
# corpus as a whole mixes several.
DATE_PREF = {"mdy": "mdy"}
HOUSE_DATE_STYLES = ["mdy"] * 10 + ["mdy_nz"] * 3 + ["mdy2", "mdy_dash",
                     "long", "abbr", "iso", "dmy_abbr", "DMY_up"]


def fd(d, f):
    if f == "mdy":
        f = DATE_PREF["mdy"]
    m, dd, y = d.month, d.day, d.year
    if f == "mdy":
        return "%02d/%02d/%d" % (m, dd, y)
    if f == "mdy_nz":
        return "%d/%d/%d" % (m, dd, y)
    if f == "mdy2":
        return "%d/%d/%02d" % (m, dd, y % 100)
    if f == "md":
        return "%d/%d" % (m, dd)
    if f == "mdy_dash":
        return "%02d-%02d-%d" % (m, dd, y)
    if f == "long":
        return "%s %d, %d" % (MONTHS[m - 1], dd, y)
    if f == "long_ord":
        return "%s %s" % (MONTHS[m - 1], ordinal(dd))
    if f == "long_noyr":
        return "%s %d" % (MONTHS[m - 1], dd)
    if f == "abbr":
        return "%s %d, %d" % (MON3[m - 1], dd, y)
    if f == "abbr_noyr":
        return "%s %d" % (MON3[m - 1], dd)
    if f == "dmy_long":
        return "%d %s %d" % (dd, MONTHS[m - 1], y)
    if f == "dmy_abbr":
        return "%d %s %d" % (dd, MON3[m - 1], y)
    if f == "DMY_up":
        return "%02d-%s-%d" % (dd, MON3[m - 1].upper(), y)
    if f == "DMY_dash":
        return "%02d-%s-%d" % (dd, MON3[m - 1], y)
    if f == "DMY_compact":
        return "%02d%s%d" % (dd, MON3[m - 1].upper(), y)
    if f == "iso":
        return "%d-%02d-%02d" % (y, m, dd)
    if f == "compact":
        return "%d%02d%02d" % (y, m, dd)
    if f == "dmy_slash":
        return "%02d/%02d/%d" % (dd, m, y)
    if f == "dmy_dot":
        return "%02d.%02d.%d" % (dd, m, y)
    if f == "ord_of":
        return "%s of %s" % (ordinal(dd), MONTHS[m - 1])
    if f == "ord_of_y":
        return "%s of %s %d" % (ordinal(dd), MONTHS[m - 1], y)
    if f == "my":
        return "%02d/%d" % (m, y)
    if f == "my_long":
        return "%s %d" % (MONTHS[m - 1], y)
    if f == "long_ord_y":
        return "%s %s, %d" % (MONTHS[m - 1], ordinal(dd), y)
    raise ValueError(f)


US_DATE_FORMATS = ["mdy", "mdy_nz", "mdy2", "long", "abbr", "iso", "mdy_dash",
                   "long_ord_y", "dmy_abbr"]
FULL_DATE_FORMATS = US_DATE_FORMATS + ["DMY_up", "dmy_long", "DMY_dash"]


def rand_date(rng, start, end):
    a = datetime.date(*start).toordinal()
    b = datetime.date(*end).toordinal()
    return datetime.date.fromordinal(rng.randint(a, b))


def add_days(d, n):
    return d + datetime.timedelta(days=n)


def dob_for_age(rng, on, age):
    """A date of birth giving exactly `age` years on date `on`."""
    start = datetime.date(on.year - age - 1, on.month, 1)
    while True:
        d = add_days(start, rng.randint(0, 400))
        if age_on(d, on) == age:
            return d


def age_on(dob, on):
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


def rand_time(rng, fmt=None):
    h = rng.randint(0, 23)
    m = rng.randint(0, 59)
    fmt = fmt or rng.choice(["24", "24c", "12"])
    if fmt == "24":
        return "%02d:%02d" % (h, m)
    if fmt == "24c":
        return "%02d%02d" % (h, m)
    hh = h % 12 or 12
    return "%d:%02d %s" % (hh, m, "AM" if h < 12 else "PM")


def clock(h, m, fmt="24"):
    if fmt == "24":
        return "%02d:%02d" % (h, m)
    if fmt == "24c":
        return "%02d%02d" % (h, m)
    hh = h % 12 or 12
    return "%d:%02d %s" % (hh, m, "am" if h < 12 else "pm")


ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
        "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"]
ORD_WORDS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth",
             6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth",
             11: "eleventh", 12: "twelfth", 13: "thirteenth",
             14: "fourteenth", 15: "fifteenth", 16: "sixteenth",
             17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
             20: "twentieth", 30: "thirtieth"}


def words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("-" + ONES[o] if o else "")
    raise ValueError(n)


def ord_words(n):
    if n in ORD_WORDS:
        return ORD_WORDS[n]
    t, o = divmod(n, 10)
    return TENS[t] + "-" + ORD_WORDS[o]


def year_words(y):
    if 2000 <= y <= 2009:
        return "two thousand " + ONES[y - 2000] if y > 2000 else "two thousand"
    hi, lo = divmod(y, 100)
    if lo == 0:
        return words(hi) + " hundred"
    if lo < 10:
        return "%s oh %s" % (words(hi), ONES[lo])
    return "%s %s" % (words(hi), words(lo))


def spoken_date(d, with_year=True):
    s = "%s %s" % (MONTHS[d.month - 1].lower(), ord_words(d.day))
    if with_year:
        s += " " + year_words(d.year)
    return s


def age_value(n, fmt):
    """Render an age > 89 in a labelled form; returns the exact span text."""
    assert n > 89, n
    if fmt == "yo_hyphen":
        return "%d-year-old" % n
    if fmt == "y/o":
        return "%d y/o" % n
    if fmt == "yo":
        return "%d yo" % n
    if fmt == "words":
        return "%s-year-old" % words(n)
    if fmt == "years_old":
        return "%d years old" % n
    if fmt == "num":
        return str(n)
    raise ValueError(fmt)


def age_text(n, fmt):
    """Render an age <= 89 (never labelled)."""
    assert n <= 89, n
    if fmt == "yo_hyphen":
        return "%d-year-old" % n
    if fmt == "y/o":
        return "%d y/o" % n
    if fmt == "yo":
        return "%d yo" % n
    if fmt == "words":
        return "%s-year-old" % words(n)
    if fmt == "years_old":
        return "%d years old" % n
    if fmt == "num":
        return str(n)
    raise ValueError(fmt)


def age_item(n, fmt):
    """A labelled L for ages > 89, plain text otherwise."""
    if n > 89:
        return AGE(age_value(n, fmt))
    return age_text(n, fmt)


# ---------------------------------------------------------------------------
# Clinicians
# ---------------------------------------------------------------------------

def clinician(rng, cred=None):
    p = Person(rng)
    p.cred = cred or rng.choice(["MD", "DO", "NP", "PA-C", "MD", "FNP-BC"])
    return p


REL_SEX = {"daughter": "F", "son": "M", "wife": "F", "husband": "M",
           "niece": "F", "nephew": "M", "sister": "F", "brother": "M",
           "mother": "F", "father": "M", "granddaughter": "F",
           "grandson": "M", "aunt": "F", "uncle": "M", "mom": "F",
           "dad": "M", "grandma": "F", "grandpa": "M"}
SAME_LAST = {"son", "daughter", "brother", "sister", "father", "grandson",
             "granddaughter", "dad"}


def kin(rng, p, labels):
    """Pick a relationship label and a matching relative of p."""
    lab = rng.choice(labels)
    same = lab in SAME_LAST or rng.random() < 0.4
    return lab, relative(rng, p, rel_sex=REL_SEX[lab], same_last=same)


FIELD_LABELS = {
    "dob": ["DOB", "DOB", "DOB", "D.O.B.", "Date of birth", "Birthdate",
            "DoB", "Born"],
    "mrn": ["MRN", "MRN", "MRN", "MR#", "Med Rec #", "Medical record no.",
            "Chart #", "Record no.", "Our record no.", "Hosp. no."],
}


def lbl(rng, kind):
    """A randomly chosen wording for a field label."""
    return rng.choice(FIELD_LABELS[kind])
