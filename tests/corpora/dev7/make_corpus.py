#!/usr/bin/env python3
"""dev7 synthetic PHI evaluation corpus generator (Python 3.11 stdlib only).

Everyday US / UK / Canadian paperwork written the way people talk and type.
Every labelled piece records its own offsets while the text is appended;
nothing is ever found by searching the finished text.

    python3 make_corpus.py          # writes notes.jsonl, prints counts
    python3 make_corpus.py --check  # rebuild in memory, exit 0 if identical
"""
import datetime as _dt
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "notes.jsonl")
SEED_PREFIX = "dev7-"
DOCS_PER_STYLE = 25

TYPES = ["name", "address", "zip", "date", "age", "phone", "fax", "email", "url",
         "ip_address", "ssn", "mrn", "health_plan", "account", "license", "vehicle",
         "device", "biometric", "id"]

# --------------------------------------------------------------------------
# pools
# --------------------------------------------------------------------------
# (group, sex, given)
GIVEN = {
    "hisp": ("F:Ana Maria Guadalupe Ximena Lucia Yesenia Marisol Rosario Esperanza Dulce Maribel Araceli Consuelo "
             "M:Jose Juan Luis Carlos Javier Alejandro Miguel Jesus Ernesto Rigoberto Francisco Hector Osvaldo"),
    "afam": ("F:Keisha Latoya Precious Imani Shanice Tamika Ebony Aaliyah Shaquana Destiny Jasmine Lakisha "
             "M:DeShawn Dwayne Tyrone Marcus Jamal Darnell Andre Terrell Dontae Jaylen Reggie Cornelius"),
    "sasian": ("F:Priya Anjali Sunita Kavya Deepa Lakshmi Harpreet Farzana Nasreen Meera "
               "M:Raj Arjun Sanjay Vikram Rohan Amit Gurpreet Imran Sandeep Venkatesh"),
    "easian": ("F:Mei Xiu Yuki Hana Ji-woo Min-seo Li Na Haruka Soo-jin "
               "M:Wei Jun Hiroshi Kenji Min-jun Sung-ho Zhiwei Takeshi Hao"),
    "irish": ("F:Siobhan Aoife Niamh Orla Maeve Sinead Bridget Roisin Grainne "
              "M:Ciaran Padraig Eoin Declan Seamus Cathal Oisin Donal Fergal"),
    "polish": ("F:Agnieszka Katarzyna Magdalena Zofia Malgorzata Ewa Jadwiga "
               "M:Tomasz Piotr Krzysztof Marek Wojciech Grzegorz Pawel"),
    "nigerian": ("F:Ngozi Chiamaka Adaeze Funmilayo Folake Chidinma Yetunde Blessing "
                 "M:Chukwuemeka Oluwaseun Emeka Tunde Babajide Ikechukwu Segun Godspower"),
    "arabic": ("F:Fatima Aisha Layla Noor Huda Mariam Rania Samira "
               "M:Mohammed Ahmad Omar Khalid Yousef Tariq Bilal Hamza"),
    "viet": ("F:Lan Linh Ngoc Anh Thuy Hoa Mai Phuong "
             "M:Minh Duc Quang Thanh Tuan Hung Bao"),
    "filipino": ("F:Maricel Rowena Jocelyn Marites Lovely Joy Cherry Mylene "
                 "M:Rodel Jericho Romeo Ariel Bong Jun-Jun Dindo Rey"),
    "carib": ("F:Marcia Claudette Paulette Hyacinth Yvette Merline Sherece "
              "M:Winston Desmond Delroy Errol Clive Kwame Everton"),
    "quebec": ("F:Genevieve Josee Melanie Chantal Sylvie Isabelle Nathalie Manon "
               "M:Jean-Francois Mathieu Luc Rejean Gaetan Benoit Yves Sebastien"),
    "anglo": ("F:Margaret Elizabeth Susan Karen Emily Olivia Charlotte Doreen Edna Beryl Gladys Hope Faith "
              "Summer Rose Grace Joy Dawn April Ivy Autumn Brittany Kayla Ashley Jennifer Heather Tracy "
              "Bernadette Philippa Patricia Deborah Christine Shirley "
              "M:William Robert James Michael Thomas Harold Kenneth Gary Trevor Nigel Colin Will Frank "
              "Jack Hunter Chase Mason Cody Walker Christopher Dennis Raymond Stanley Wayne Clifford"),
}
FAMILY = {
    "hisp": "Ruiz Garcia Hernandez Gonzalez Lopez Martinez Rodriguez Ramirez Flores Castillo Morales Ortiz "
            "Vasquez Delgado Cervantes Guzman de_la_Fuente Garcia-Lopez Soto_Mayor Villarreal",
    "afam": "Jackson Washington Jefferson Robinson Freeman Booker Banks Coleman Mitchell Simmons Gaines "
            "Pettiford Battle Holloway",
    "sasian": "Patel Shah Singh Gupta Reddy Iyer Chaudhry Khan Nair Desai Sandhu Bhattacharya Ahmed-Khan D'Souza",
    "easian": "Chen Wang Li Zhang Liu Huang Nakamura Tanaka Sato Kim Park Lee Choi Yamamoto Zhou",
    "irish": "O'Brien O'Sullivan Murphy Kelly Byrne Walsh McCarthy Ni_Bhriain O'Neill Fitzgerald "
             "Mac_Giolla_Ri Doherty Ni_Dhomhnaill",
    "polish": "Kowalski Nowak Wisniewski Wojcik Kaminski Lewandowski Zielinski Kowalczyk Szymanska Dabrowski",
    "nigerian": "Okafor Okonkwo Adeyemi Balogun Eze Nwosu Obi Abdullahi Olawale Nnamdi Oyelaran Smith-Okafor",
    "arabic": "Haddad Al-Masri Nasser Hussein Khalil Saleh bin_Rashid Abdel-Rahman El-Amin Darwish",
    "viet": "Nguyen Tran Pham Le Vo Hoang Dang Bui Do Huynh",
    "filipino": "Reyes Santos Dela_Cruz Bautista Mendoza Villanueva Aquino Macaraeg Dimaculangan Pangilinan",
    "carib": "Campbell Brown Thompson Clarke Francis Bailey Grant Samuels McKenzie Ferguson",
    "quebec": "Tremblay Gagnon Roy Cote Bouchard Gauthier Pelletier Lavoie Belanger St-Pierre Ouellet Levesque",
    "anglo": "Smith Jones Williams Taylor Davies Evans Wilson Baker Frost Hill Rain Church Green Young Love "
             "Wood Stone Field Moody Bird van_der_Berg Jones-Murray MacLeod McAllister Whitfield Hope Winter",
}
GROUPS = list(GIVEN)
GROUP_W = {"US": [12, 10, 6, 6, 5, 4, 4, 4, 5, 5, 3, 1, 22],
           "UK": [2, 2, 12, 5, 8, 8, 8, 7, 2, 3, 8, 0, 30],
           "CA": [4, 2, 10, 9, 5, 5, 4, 4, 5, 7, 6, 16, 20]}
WORD_NAMES = [("F", "Hope", "Baker"), ("F", "Faith", "Baker"), ("M", "Will", "Frost"), ("F", "Rose", "Hill"),
              ("F", "Summer", "Rain"), ("F", "Grace", "Church"), ("F", "Joy", "Love"), ("M", "Bill", "Banks"),
              ("F", "Dawn", "Field"), ("F", "Autumn", "Wood"), ("F", "April", "Stone"), ("M", "Hunter", "Green"),
              ("F", "Ivy", "Young"), ("M", "Chase", "Moody"), ("F", "Destiny", "Love"), ("M", "Walker", "Bird")]
NICK = {"Elizabeth": ["Lizzie", "Liz", "Betty"], "Michael": ["Mike", "Big Mike", "Mikey"], "Robert": ["Bob", "Bobby"],
        "Margaret": ["Peggy", "Maggie", "Marge"], "William": ["Billy", "Bill"], "James": ["Jimmy", "Jim"],
        "Katarzyna": ["Kasia"], "Tomasz": ["Tomek"], "Guadalupe": ["Lupe"], "Jose": ["Pepe"],
        "Oluwaseun": ["Seun"], "Chukwuemeka": ["Emeka"], "Christopher": ["Chris"], "Jennifer": ["Jen"],
        "Thomas": ["Tommy"], "Jean-Francois": ["J-F"], "Mohammed": ["Mo"], "Deborah": ["Debbie"],
        "Patricia": ["Trish", "Patty"], "Francisco": ["Paco", "Pancho"], "Malgorzata": ["Gosia"],
        "Alejandro": ["Alex"], "Babajide": ["Jide"], "Funmilayo": ["Funmi"], "Raymond": ["Ray"],
        "Kenneth": ["Kenny"], "Stanley": ["Stan"], "Harold": ["Harry"], "Bernadette": ["Bernie"],
        "Christine": ["Chrissy"], "Dennis": ["Denny"], "Rodel": ["Dodong"], "Marites": ["Tess"],
        "Sebastien": ["Seb"], "Ikechukwu": ["Ike"], "Jesus": ["Chuy"], "Cornelius": ["Neil"]}
MISHEAR = {"Okafor": "oak a four", "Nguyen": "win", "Siobhan": "shivon", "Niamh": "neve", "Aoife": "eefa",
           "Oluwaseun": "oh lou a shawn", "Chukwuemeka": "chuck we mecca", "Tremblay": "trom blay",
           "Wisniewski": "wiz new ski", "Padraig": "pork rig", "Haddad": "had dad", "Bhattacharya": "batch area",
           "Ximena": "he mena", "Ngozi": "in go zee", "Dimaculangan": "dima coolangan", "Pham": "fam",
           "Huynh": "when", "Lewandowski": "levan dofsky", "Guadalupe": "wadda loopy", "Iyer": "higher",
           "Roisin": "ro sheen", "Gaetan": "guy tan", "Yetunde": "yeah toon day", "Cathal": "ca hal",
           "Zhiwei": "gee way", "Dabrowski": "da brow ski", "Olawale": "all a wally", "Sinead": "shin aid",
           "Thompson": "tomson", "Nakamura": "knock a moora", "Delgado": "dell gado", "Saleh": "sally"}

US_TOWNS = [("Fall River", "MA", "027"), ("Dover", "DE", "199"), ("Lowell", "MA", "018"), ("Dayton", "OH", "454"),
            ("Toledo", "OH", "436"), ("Erie", "PA", "165"), ("Scranton", "PA", "185"), ("Macon", "GA", "312"),
            ("Tulsa", "OK", "741"), ("El Paso", "TX", "799"), ("Laredo", "TX", "780"), ("Fresno", "CA", "937"),
            ("Stockton", "CA", "952"), ("Yakima", "WA", "989"), ("Boise", "ID", "837"), ("Flint", "MI", "485"),
            ("Kalamazoo", "MI", "490"), ("Gary", "IN", "464"), ("Peoria", "IL", "616"), ("Duluth", "MN", "558"),
            ("Mobile", "AL", "366"), ("Jackson", "MS", "392"), ("Shreveport", "LA", "711"), ("Paterson", "NJ", "075"),
            ("Yonkers", "NY", "107"), ("Utica", "NY", "135"), ("Hartford", "CT", "061"), ("Providence", "RI", "029"),
            ("Bangor", "ME", "044"), ("Lynchburg", "VA", "245"), ("Greenville", "SC", "296"), ("Asheville", "NC", "288"),
            ("Chattanooga", "TN", "374"), ("Bowling Green", "KY", "421"), ("Springfield", "MO", "658"),
            ("Pueblo", "CO", "810"), ("Las Cruces", "NM", "880"), ("Yuma", "AZ", "853"), ("Reno", "NV", "895"),
            ("Eugene", "OR", "974"), ("Fargo", "ND", "581"), ("Sioux Falls", "SD", "571"), ("Cedar Rapids", "IA", "524"),
            ("Topeka", "KS", "666"), ("Odessa", "TX", "797"), ("Hialeah", "FL", "330"), ("Ocala", "FL", "344"),
            ("Brockton", "MA", "023"), ("New Bedford", "MA", "027"), ("Camden", "NJ", "081"), ("Wheeling", "WV", "260"),
            ("Hagerstown", "MD", "217"), ("Bakersfield", "CA", "933"), ("Muncie", "IN", "473"), ("Lake Charles", "LA", "706")]
US_STATE_NAMES = {"MA": "Massachusetts", "OH": "Ohio", "PA": "Pennsylvania", "TX": "Texas", "CA": "California",
                  "MI": "Michigan", "NY": "New York", "GA": "Georgia", "FL": "Florida", "NJ": "New Jersey"}
UK_TOWNS = [("Leeds", "LS", ["Headingley", "Chapeltown", "Harehills", "Armley"]), ("Bradford", "BD", ["Manningham", "Allerton"]),
            ("Stoke-on-Trent", "ST", ["Hanley", "Burslem"]), ("Wolverhampton", "WV", ["Whitmore Reans", "Bilston"]),
            ("Sunderland", "SR", ["Hendon", "Roker"]), ("Swansea", "SA", ["Sketty", "Morriston"]), ("Cardiff", "CF", ["Splott", "Grangetown"]),
            ("Luton", "LU", ["Bury Park"]), ("Slough", "SL", ["Chalvey"]), ("Leicester", "LE", ["Belgrave", "Highfields"]),
            ("Derby", "DE", ["Normanton"]), ("Norwich", "NR", ["Mile Cross"]), ("Plymouth", "PL", ["Devonport", "Stonehouse"]),
            ("Hull", "HU", ["Bransholme"]), ("Preston", "PR", ["Deepdale"]), ("Bolton", "BL", ["Daubhill"]),
            ("Oldham", "OL", ["Glodwick"]), ("Dundee", "DD", ["Lochee"]), ("Paisley", "PA", ["Ferguslie Park"]),
            ("Aberdeen", "AB", ["Torry"]), ("Belfast", "BT", ["Ardoyne", "the Shankill"]), ("Ipswich", "IP", ["Chantry"]),
            ("Reading", "RG", ["Whitley"]), ("Croydon", "CR", ["Thornton Heath"]), ("Walsall", "WS", ["Caldmore"]),
            ("Gateshead", "NE", ["Felling"]), ("Wigan", "WN", ["Pemberton"]), ("Blackburn", "BB", ["Audley"]),
            ("Peterborough", "PE", ["Millfield"]), ("Exeter", "EX", ["Heavitree"]), ("Carlisle", "CA", ["Botcherby"]),
            ("Doncaster", "DN", ["Balby"]), ("Barnsley", "S", ["Kendray"])]
CA_TOWNS = [("Sudbury", "ON", "P3"), ("Thunder Bay", "ON", "P7"), ("Hamilton", "ON", "L8"), ("Brampton", "ON", "L6"),
            ("Scarborough", "ON", "M1"), ("Kingston", "ON", "K7"), ("Ottawa", "ON", "K1"), ("Windsor", "ON", "N9"),
            ("London", "ON", "N6"), ("Sherbrooke", "QC", "J1"), ("Laval", "QC", "H7"), ("Gatineau", "QC", "J8"),
            ("Trois-Rivieres", "QC", "G8"), ("Saguenay", "QC", "G7"), ("Moncton", "NB", "E1"), ("Saint John", "NB", "E2"),
            ("Halifax", "NS", "B3"), ("Sydney", "NS", "B1"), ("Charlottetown", "PE", "C1"), ("St. John's", "NL", "A1"),
            ("Winnipeg", "MB", "R2"), ("Brandon", "MB", "R7"), ("Regina", "SK", "S4"), ("Saskatoon", "SK", "S7"),
            ("Red Deer", "AB", "T4"), ("Lethbridge", "AB", "T1"), ("Kamloops", "BC", "V2"), ("Nanaimo", "BC", "V9"),
            ("Surrey", "BC", "V3"), ("Whitehorse", "YT", "Y1")]
US_HOODS = ["the South End", "Eastside", "Little Haiti", "Fox Point", "the Flats", "Five Points", "Southside", "the Heights"]
CA_HOODS = ["Hochelaga", "the Glebe", "Parkdale", "North End", "Vanier", "Jane and Finch", "Forest Lawn"]
STREETS = ["Alder", "Maple", "Elm", "Oak", "Cedar", "Birch", "Pine", "Walnut", "Chestnut", "Willow", "Spruce", "Main",
           "High", "Church", "Mill", "Park", "Lake", "Hill", "River", "Bridge", "Station", "Victoria", "King", "Queen",
           "Albert", "Wellington", "Ashby", "Lister", "Washington", "Lincoln", "Madison", "Franklin", "Cottonwood",
           "Mesquite", "Sycamore", "Magnolia", "Dogwood", "Pleasant", "Prospect", "Union", "Front", "Water",
           "Martin Luther King Jr", "Cherry", "Orchard", "Meadow", "Hawthorn", "Laurel", "Juniper", "Poplar", "Kingsway"]
US_ST = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Ct", "Blvd", "Way", "Pl", "Ter", "Pike", "Cir"]
UK_ST = ["Road", "Street", "Lane", "Close", "Crescent", "Avenue", "Gardens", "Terrace", "Grove", "Drive", "Way", "Walk", "Mews", "Court", "Rise"]
CA_ST = ["St", "Street", "Ave", "Rd", "Dr", "Cres", "Blvd", "Way", "Crt", "Road"]
QC_ST = ["rue", "boul.", "ch.", "av."]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth", "nine": "ninth",
       "twelve": "twelfth"}


def words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])
    h, r = divmod(n, 100)
    return ONES[h] + " hundred" + ("" if r == 0 else " and " + words(r))


def ordinal_words(n):
    w = words(n)
    parts = w.split("-")
    last = parts[-1]
    if last in ORD:
        last = ORD[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last = last + "th"
    parts[-1] = last
    return "-".join(parts)


def ordsfx(n):
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def year_words(y):
    a, b = divmod(y, 100)
    if b == 0:
        return words(a) + " hundred"
    if a == 20 and b < 10:
        return "two thousand " + words(b)
    return words(a) + " " + (("oh " + words(b)) if b < 10 else words(b))


DIG = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def spoken_digits(s, r):
    out = []
    for c in s:
        if c.isdigit():
            d = DIG[int(c)]
            if c == "0" and r.random() < 0.5:
                d = "oh"
            out.append(d)
    return " ".join(out)


# --------------------------------------------------------------------------
# people, addresses, numbers
# --------------------------------------------------------------------------
class Person:
    pass


class Addr:
    pass


def _pretty(s):
    return s.replace("_", " ")


FACILITY_A = ["Riverside", "Northgate", "St. Brigid's", "Harbor View", "Lakeshore", "Pinecrest", "Mercy Valley",
              "Cedar Hollow", "Bayfront", "Greystone", "Elmhurst", "Westbrook", "Highland Park", "Sunnyside",
              "Maple Ridge", "Kestrel", "Foxglove", "Stonebridge", "Willowdale", "Blue Heron"]
FACILITY_B = ["Medical Center", "Community Hospital", "Family Practice", "Health Centre", "Clinic", "Medical Group",
              "Primary Care", "Surgery", "Health Partners", "Regional Hospital"]
PAYERS = ["Keystone Mutual Health", "BluePeak Health Plan", "Meridian Care Advantage", "Northstar Medicaid Plus",
          "Evergreen Health Alliance", "Liberty Shield Insurance", "Cornerstone Benefits", "Sunrise Health Plan",
          "Atlas Medicare Select", "Pioneer Community Care"]
PHARMACIES = ["Corner Drug", "QuickMed Pharmacy", "Hillside Apothecary", "MedPlus Specialty Rx", "Lakeside Pharmacy",
              "Northend Chemist", "Parkway Drugs", "Pharmacie Beaulieu"]
DRUGS = [("metformin", "500 mg"), ("lisinopril", "10 mg"), ("apixaban", "5 mg"), ("atorvastatin", "40 mg"),
         ("enoxaparin", "40 mg/0.4 mL"), ("carbidopa-levodopa", "25/100 mg"), ("furosemide", "40 mg"),
         ("sertraline", "50 mg"), ("insulin glargine", "22 units"), ("adalimumab", "40 mg/0.8 mL"),
         ("amlodipine", "5 mg"), ("levothyroxine", "75 mcg"), ("gabapentin", "300 mg"), ("warfarin", "5 mg"),
         ("semaglutide", "0.5 mg"), ("dupilumab", "300 mg/2 mL"), ("tiotropium", "18 mcg"), ("donepezil", "10 mg")]
DX = [("type 2 diabetes", "E11.65"), ("heart failure", "I50.9"), ("CKD stage 3", "N18.30"), ("COPD", "J44.1"),
      ("Parkinson disease", "G20"), ("atrial fibrillation", "I48.91"), ("hip fracture", "S72.001A"),
      ("cellulitis", "L03.115"), ("major depressive disorder", "F33.1"), ("dementia", "F03.90"),
      ("pneumonia", "J18.9"), ("UTI", "N39.0"), ("rheumatoid arthritis", "M06.9"), ("osteoporosis", "M81.0")]
EPONYMS = ["Foley in place", "Glasgow Coma Scale 15", "Murphy sign negative", "s/p Hartmann procedure",
           "hx of Bell palsy", "Parkinson disease", "Homans sign neg", "Braden score 14", "Morse fall score 55",
           "Cushing response absent", "Trendelenburg gait", "Alzheimer type dementia"]
CARS = ["Toyota Camry", "Honda Civic", "Ford F-150", "Chevy Malibu", "Nissan Altima", "Vauxhall Corsa",
        "Ford Fiesta", "Kia Sportage", "Dodge Caravan", "Hyundai Elantra", "Subaru Outback"]
PETS = ["Biscuit", "Peanut", "Rocky", "Mittens", "Duchess", "Bella", "Toby", "Pepper"]
IMPLANTS = [("Medtronic Azure XT DR MRI", "W1DR01", "pacemaker"), ("Boston Scientific Accolade MRI", "L331", "pacemaker"),
            ("Abbott Assurity MRI", "PM2272", "pacemaker"), ("Medtronic Evera MRI XT VR", "DVMB1D4", "ICD"),
            ("Biotronik Edora 8 DR-T", "407145", "pacemaker"), ("Medtronic Reveal LINQ", "LNQ11", "loop recorder")]
LEADS = ["5076-52 cm", "5076-58 cm", "CapSureFix 5086-45 cm", "Tendril STS 2088TC-52 cm", "Solia S 60"]
MONITORS = [("MyCareLink", "24950"), ("Merlin@home", "EX1150"), ("LATITUDE Communicator", "6290"), ("CardioMessenger Smart", "CMS-III")]
TELEMON = [("Honeywell Genesis DM", "HG-DM"), ("Vivify Pathways kit", "VPK-2"), ("iHealth BP5 cuff", "BP5"),
           ("Omron Connect hub", "HEM-9200T")]


def luhn_digit(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


class Doc:
    """Text builder: every labelled piece records its own offsets."""

    def __init__(self, seed, style, region):
        self.r = random.Random(seed)
        self.style = style
        self.region = region
        self.parts = []
        self.spans = []
        self.n = 0
        self.noise = 0.0      # typo rate for free text
        self.ocr_rate = 0.0   # OCR rate for labels / some values
        self.asr = False
        self.today = _dt.date(2022, 1, 1) + _dt.timedelta(days=self.r.randrange(0, 1000))
        self._used = set()

    # ---- core -----------------------------------------------------------
    def t(self, *ss):
        for s in ss:
            if s:
                self.parts.append(s)
                self.n += len(s)

    def L(self, typ, val):
        assert typ in TYPES, typ
        assert val and val == val.strip(), (typ, val)
        self.spans.append({"type": typ, "start": self.n, "end": self.n + len(val)})
        self.parts.append(val)
        self.n += len(val)

    def text(self):
        return "".join(self.parts)

    def ch(self, seq):
        return seq[self.r.randrange(len(seq))]

    def p(self, x):
        return self.r.random() < x

    def ri(self, a, b):
        return self.r.randint(a, b)

    def digits(self, n, first_nonzero=False):
        s = "".join(str(self.r.randrange(10)) for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = str(self.r.randint(1, 9)) + s[1:]
        return s

    def letters(self, n, pool="ABCDEFGHJKLMNPRSTUVWXYZ"):
        return "".join(self.ch(pool) for _ in range(n))

    # ---- noise ----------------------------------------------------------
    def typo(self, s, rate=None):
        rate = self.noise if rate is None else rate
        if rate <= 0:
            return s
        out = []
        for w in s.split(" "):
            if len(w) > 3 and w.isalpha() and self.r.random() < rate:
                k = self.r.randrange(4)
                i = self.r.randrange(1, len(w) - 1)
                if k == 0:
                    w = w[:i] + w[i + 1] + w[i] + w[i + 2:]
                elif k == 1:
                    w = w[:i] + w[i + 1:]
                elif k == 2:
                    w = w[:i] + w[i] + w[i:]
                else:
                    w = w.lower()
            out.append(w)
        return " ".join(out)

    def ocr(self, s, rate=None):
        rate = self.ocr_rate if rate is None else rate
        if rate <= 0:
            return s
        subs = {"O": "0", "0": "O", "l": "1", "1": "l", "I": "l", "S": "5", "B": "8", "e": "c"}
        out = []
        i = 0
        while i < len(s):
            if s[i:i + 2] == "rn" and self.r.random() < rate:
                out.append("m"); i += 2; continue
            if s[i] == "m" and self.r.random() < rate * 0.5:
                out.append("rn"); i += 1; continue
            c = s[i]
            if c in subs and self.r.random() < rate:
                c = subs[c]
            out.append(c)
            i += 1
        return "".join(out)

    def x(self, s):
        """free text with the document's typo / OCR noise"""
        s = self.typo(s)
        if self.ocr_rate:
            s = self.ocr(s, self.ocr_rate * 0.5)
        return s

    def vo(self, s, rate=0.25):
        """maybe OCR-corrupt a value (only in OCR styles)"""
        if self.ocr_rate and self.p(rate):
            s2 = self.ocr(s, 0.35)
            return s2 if s2.strip() == s2 and s2 else s
        return s

    # ---- labels ---------------------------------------------------------
    def lab(self, key, sep=None):
        opts = LABELS.get(key, [key])
        if self.region in ("UK", "CA") and key + "_" + self.region in LABELS:
            opts = opts + LABELS[key + "_" + self.region] * 2
        s = self.ch(opts)
        c = self.r.random()
        if c < 0.12:
            s = s.upper()
        elif c < 0.2:
            s = s.lower()
        if self.ocr_rate:
            s = self.ocr(s)
        if sep is None:
            sep = self.ch([": ", ": ", ": ", ":", " ", " - ", ":  ", " # ", "= "]) if not s.endswith(("#", ":")) else " "
        return s + sep

    def kv(self, key, typ, val, sep=None, end="\n"):
        self.t(self.lab(key, sep))
        self.L(typ, val)
        self.t(end)

    # ---- people ---------------------------------------------------------
    def person(self, sex=None, group=None, old=False, minor=False, dob=True):
        r = self.r
        p = Person()
        if sex is None:
            sex = self.ch("FM")
        p.sex = sex
        if group is None:
            group = r.choices(GROUPS, weights=GROUP_W[self.region])[0]
        p.group = group
        if self.p(0.05):
            s, g, f = self.ch([w for w in WORD_NAMES if w[0] == sex] or WORD_NAMES)
            p.given, p.family = g, f
        else:
            gl = GIVEN[group]
            fem, mal = gl.split(" M:")
            pool = (fem[2:] if sex == "F" else mal).split(" ")
            p.given = _pretty(self.ch(pool))
            fg = group if self.p(0.8) else self.ch(GROUPS)
            p.family = _pretty(self.ch(FAMILY[fg].split(" ")))
        key = (p.given, p.family)
        if key in self._used:
            p.family = _pretty(self.ch(FAMILY[self.ch(GROUPS)].split(" ")))
        self._used.add((p.given, p.family))
        p.mid = self.ch("ABCDEFGHJKLMNPRSTVW")
        p.nick = self.ch(NICK[p.given]) if p.given in NICK else None
        if minor:
            age = self.ri(2, 16)
        elif old:
            age = self.ri(90, 103) if self.p(0.6) else self.ri(70, 89)
        else:
            age = self.ri(19, 88)
        p.age = age
        p.dob = self.today - _dt.timedelta(days=age * 365 + self.ri(1, 360))
        p.age = (self.today - p.dob).days // 365
        p.title = self.ch(["Mr."]) if sex == "M" else self.ch(["Mrs.", "Ms.", "Miss", "Ms"])
        return p

    def clin(self):
        p = self.person()
        p.title = "Dr."
        p.cred = self.ch(["MD", "DO", "NP", "PA-C", "FNP-C", "MBBS", "MRCP"] if self.region == "UK" else
                         ["MD", "DO", "NP", "PA-C", "FNP-BC", "MD FRCPC", "RN"])
        return p

    def fmt_name(self, p, form=None):
        r = self.r
        forms = ["full", "full", "full", "LAST, FIRST M", "Last, First", "F. Last", "First L", "FULLUP",
                 "First M. Last", "lower"]
        if form is None:
            form = self.ch(forms)
        g, f = p.given, p.family
        if form == "full":
            return f"{g} {f}"
        if form == "FULLUP":
            return f"{g} {f}".upper()
        if form == "LAST, FIRST M":
            return f"{f.upper()}, {g.upper()} {p.mid}"
        if form == "LAST, FIRST":
            return f"{f.upper()}, {g.upper()}"
        if form == "Last, First":
            return f"{f}, {g}"
        if form == "Last,First":
            return f"{f},{g}"
        if form == "F. Last":
            return f"{g[0]}. {f}"
        if form == "F Last":
            return f"{g[0]} {f}"
        if form == "First L":
            return f"{g} {f[0]}"
        if form == "First L.":
            return f"{g} {f[0]}."
        if form == "First M. Last":
            return f"{g} {p.mid}. {f}"
        if form == "lower":
            return f"{g} {f}".lower()
        if form == "first":
            return g
        if form == "firstlow":
            return g.lower()
        if form == "last":
            return f
        if form == "LAST":
            return f.upper()
        if form == "nick":
            return p.nick or g
        if form == "nickfull":
            return f"{p.nick or g} {f}"
        if form == "init":
            return g[0] + f[0]
        if form == "init.":
            return g[0] + "." + f[0] + "."
        if form == "init3":
            return g[0] + p.mid + f[0]
        if form == "asr":
            return self.asr_name(p)
        if form == "asrfirst":
            return MISHEAR.get(g, g.lower())
        raise ValueError(form)

    def asr_name(self, p):
        g = MISHEAR.get(p.given, p.given.lower())
        f = MISHEAR.get(p.family, p.family.lower().replace("-", " ").replace("'", ""))
        return f"{g} {f}"

    def nm(self, p, form=None):
        self.L("name", self.vo(self.fmt_name(p, form), 0.15))

    def titled(self, p, form="last"):
        """Dr. Patel / Mrs O'Brien: title outside the span"""
        t = p.title
        if self.p(0.3):
            t = t.rstrip(".")
        self.t(t + " ")
        self.nm(p, form)

    # ---- ages -----------------------------------------------------------
    def age(self, n, form=None):
        if form is None:
            form = self.ch(["yo", "y/o", "-year-old", " year old", "yrs", "aged", "Age:", "words"])
        num = words(n) if form == "words" else str(n)
        pre, post = "", ""
        if form == "yo":
            post = "yo"
        elif form == "y/o":
            post = " y/o"
        elif form == "-year-old":
            post = "-year-old"
        elif form == " year old":
            post = " year old"
        elif form == "yrs":
            post = " yrs"
        elif form == "aged":
            pre = "aged "
        elif form == "Age:":
            pre = self.lab("age")
        elif form == "words":
            post = "-year-old"
        self.t(pre)
        if n > 89:
            self.L("age", num)
        else:
            self.t(num)
        self.t(post)

    def agesex(self, p):
        """(91F) style"""
        self.t("(")
        if p.age > 89:
            self.L("age", str(p.age))
        else:
            self.t(str(p.age))
        self.t(p.sex + ")")

    # ---- dates ----------------------------------------------------------
    def fmt_date(self, d, f=None):
        reg = self.region
        if f is None:
            if reg == "US":
                f = self.ch(["mdY", "mdY", "mdy", "md", "Bd,Y", "bdY", "dBY-up", "iso", "m-d-Y", "Bdth", "mdY0"])
            elif reg == "UK":
                f = self.ch(["dmY", "dmY", "dmy", "dBY", "dbY", "d.m.Y", "dthB", "iso", "dBY-up", "dbY-"])
            else:
                f = self.ch(["iso", "iso", "mdY", "dmY", "Bd,Y", "dBY", "dBY-up", "dbY", "fr"])
        D, M, Y = d.day, d.month, d.year
        mon, mo = MONTHS[M - 1], MONTHS[M - 1][:3]
        return {
            "mdY": f"{M:02d}/{D:02d}/{Y}", "mdY0": f"{M}/{D}/{Y}", "mdy": f"{M}/{D}/{Y % 100:02d}", "md": f"{M}/{D}",
            "Bd,Y": f"{mon} {D}, {Y}", "bdY": f"{mo} {D} {Y}", "dBY-up": f"{D:02d}-{mo.upper()}-{Y}",
            "iso": f"{Y}-{M:02d}-{D:02d}", "m-d-Y": f"{M:02d}-{D:02d}-{Y}", "Bdth": f"{mon} {D}{ordsfx(D)}",
            "dmY": f"{D:02d}/{M:02d}/{Y}", "dmy": f"{D}/{M}/{Y % 100:02d}", "dBY": f"{D} {mon} {Y}",
            "dbY": f"{D} {mo} {Y}", "d.m.Y": f"{D:02d}.{M:02d}.{Y}", "dthB": f"{D}{ordsfx(D)} {mon}",
            "dbY-": f"{D:02d}-{mo}-{Y % 100:02d}", "fr": f"{D} {MOIS[M - 1]} {Y}", "Bd": f"{mon} {D}",
            "dm": f"{D}/{M}", "mdYc": f"{M:02d}{D:02d}{Y}", "Ymd": f"{Y}{M:02d}{D:02d}",
            "spoken": f"{mon.lower()} {ordinal_words(D)}",
            "spokenY": f"{mon.lower()} {ordinal_words(D)} {year_words(Y)}",
            "spokenN": f"{words(M)} {words(D)} {year_words(Y)}",
        }[f]

    def dt(self, d, f=None):
        self.L("date", self.vo(self.fmt_date(d, f), 0.2))

    def dob(self, d, f=None):
        """a date of birth: almost always with a year"""
        if f is None and not self.p(0.04):
            while True:
                s = self.fmt_date(d)
                if str(d.year) in s or s.count("/") == 2 or s.count("-") == 2 or s.count(".") == 2:
                    break
        else:
            s = self.fmt_date(d, f)
        self.L("date", self.vo(s, 0.2))

    def recent(self, lo=0, hi=30):
        return self.today - _dt.timedelta(days=self.ri(lo, hi))

    def soon(self, lo=1, hi=30):
        return self.today + _dt.timedelta(days=self.ri(lo, hi))

    def tnext(self, iso=False):
        """increasing clock for chats and logs"""
        if not hasattr(self, "_clk"):
            self._clk = self.ri(7 * 60, 17 * 60)
        self._clk += self.ri(0, 4)
        h, m = divmod(self._clk, 60)
        if iso:
            return f"T{h:02d}:{m:02d}:{self.ri(0, 59):02d}Z"
        return f"{h:02d}:{m:02d}"

    def tm(self):
        h, m = self.ri(6, 21), self.ch([0, 5, 10, 12, 15, 20, 22, 30, 35, 40, 45, 48, 50, 55])
        if self.region == "US" and self.p(0.6):
            return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"
        return f"{h:02d}:{m:02d}" if self.p(0.7) else f"{h:02d}{m:02d}"

    # ---- phones ---------------------------------------------------------
    def new_phone(self, mobile=None):
        if self.region == "UK":
            if mobile or (mobile is None and self.p(0.55)):
                return "07" + self.digits(9)
            a = self.ch(["0113", "0121", "0161", "0117", "01274", "01782", "0191", "029", "0116", "01752"])
            return a + self.digits(11 - len(a), True)
        ac = {"US": ["508", "302", "978", "937", "419", "814", "570", "478", "918", "915", "559", "209", "509",
                     "810", "309", "218", "251", "601", "318", "973", "914", "315", "860", "401", "207"],
              "CA": ["416", "647", "705", "807", "905", "613", "819", "514", "450", "506", "902", "204", "306",
                     "403", "250", "604", "778"]}[self.region]
        return self.ch(ac) + str(self.ri(2, 9)) + self.digits(2) + self.digits(4)

    def fmt_phone(self, num, f=None):
        if num.startswith("0"):
            if f is None:
                f = self.ch(["sp", "sp", "nosp", "intl", "intl0", "dash"])
            if num.startswith("07"):
                a, b = num[:5], num[5:]
            elif num.startswith("029"):
                a, b = num[:3], num[3:7] + " " + num[7:]
            elif num[:4] in ("0113", "0121", "0161", "0117", "0191", "0116"):
                a, b = num[:4], num[4:7] + " " + num[7:]
            else:
                a, b = num[:5], num[5:]
            return {"sp": f"{a} {b}", "nosp": num, "intl": f"+44 {a[1:]} {b}", "intl0": f"+44 (0){a[1:]} {b}",
                    "dash": f"{a}-{b}", "spoken": spoken_digits(num, self.r)}.get(f, f"{a} {b}")
        if f is None:
            f = self.ch(["paren", "paren", "dash", "dash", "dot", "plain", "plus1", "1dash", "paren2"])
        a, b, c = num[:3], num[3:6], num[6:]
        return {"paren": f"({a}) {b}-{c}", "paren2": f"({a}){b}-{c}", "dash": f"{a}-{b}-{c}", "dot": f"{a}.{b}.{c}",
                "plain": num, "plus1": f"+1 {a} {b} {c}", "1dash": f"1-{a}-{b}-{c}",
                "spoken": spoken_digits(num, self.r)}[f]

    def ph(self, num=None, kind="phone", f=None):
        num = num or self.new_phone()
        self.L(kind, self.vo(self.fmt_phone(num, f), 0.2))
        return num

    def ext(self):
        if self.p(0.25):
            self.t(self.ch([" ext ", " x", " ext. ", " Ext "]) + str(self.ri(100, 4999)))

    # ---- addresses ------------------------------------------------------
    def addr(self, unit=None):
        r = self.r
        a = Addr()
        a.region = self.region
        if self.region == "US":
            a.town, a.state, pre = self.ch(US_TOWNS)
            a.post = pre + self.digits(5 - len(pre))
            a.no = str(self.ri(2, 9899))
            a.street = f"{self.ch(STREETS)} {self.ch(US_ST)}"
            if self.p(0.08):
                a.street = self.ch(["County Rd ", "Route ", "State Hwy ", "Rural Route "]) + str(self.ri(2, 99))
            a.unit = self.ch(["Apt 3B", "Apt 12", "#4", "Unit 7", "Apt. 2", "Lot 22", "Apt 1F", "# 210"]) if (unit or (unit is None and self.p(0.35))) else ""
            a.hood = self.ch(US_HOODS)
        elif self.region == "UK":
            a.town, area, hoods = self.ch(UK_TOWNS)
            a.state = ""
            a.post = f"{area}{self.ri(1, 29)} {self.ri(1, 9)}{self.letters(2, 'ABDEFGHJLNPQRSTUWXYZ')}"
            a.no = str(self.ri(1, 240))
            a.street = f"{self.ch(STREETS)} {self.ch(UK_ST)}"
            a.unit = self.ch(["Flat 2", "Flat 3/1", "Flat 14", "Flat B", "Apartment 6"]) if (unit or (unit is None and self.p(0.3))) else ""
            a.hood = self.ch(hoods)
        else:
            a.town, a.state, fsa = self.ch(CA_TOWNS)
            a.post = f"{fsa}{self.letters(1, 'ABCEGHJKLMNPRSTVWXYZ')} {self.ri(0, 9)}{self.letters(1, 'ABCEGHJKLMNPRSTVWXYZ')}{self.ri(0, 9)}"
            a.no = str(self.ri(2, 4999))
            if a.state == "QC":
                a.street = f"{self.ch(QC_ST)} {self.ch(['Principale', 'Saint-Denis', 'des Érables', 'King Ouest', 'Wellington Nord', 'Notre-Dame', 'du Moulin'])}"
            else:
                a.street = f"{self.ch(STREETS)} {self.ch(CA_ST)}"
            a.unit = str(self.ri(101, 1808)) if (unit or (unit is None and self.p(0.35))) else ""
            a.hood = self.ch(CA_HOODS)
        return a

    def street_line(self, a, low=False):
        if self.region == "UK":
            s = f"{a.unit}, {a.no} {a.street}" if a.unit else f"{a.no} {a.street}"
        elif self.region == "CA":
            s = (f"{a.unit}-{a.no} {a.street}" if self.p(0.6) else f"{a.no} {a.street}, Apt {a.unit}") if a.unit else f"{a.no} {a.street}"
        else:
            s = (f"{a.no} {a.street} {a.unit}" if self.p(0.6) else f"{a.no} {a.street}, {a.unit}") if a.unit else f"{a.no} {a.street}"
        return s.lower() if low else s

    def town_line(self, a):
        if self.region == "US":
            return f"{a.town}, {a.state} {a.post}" if self.p(0.8) else f"{a.town} {a.state} {a.post}"
        if self.region == "UK":
            return self.ch([f"{a.town} {a.post}", f"{a.town}, {a.post}", f"{a.town.upper()} {a.post}"])
        return self.ch([f"{a.town}, {a.state} {a.post}", f"{a.town} {a.state}  {a.post}", f"{a.town} ({a.state}) {a.post}"])

    def ad(self, a, form="full"):
        """write an address; form: full | street | lines | town | fields | sentence"""
        if form == "full":
            self.L("address", self.vo(self.street_line(a) + ", " + self.town_line(a), 0.2))
        elif form == "street":
            self.L("address", self.vo(self.street_line(a), 0.2))
        elif form == "lines":
            self.L("address", self.vo(self.street_line(a), 0.2))
            self.t("\n")
            if self.region == "UK":
                if self.p(0.5):
                    self.L("address", a.hood)
                    self.t("\n")
                self.L("address", a.town.upper() if self.p(0.5) else a.town)
                self.t("\n")
                self.L("zip", a.post)
            else:
                self.L("address", self.town_line(a))
        elif form == "town":
            self.L("address", a.town)
        elif form == "fields":
            sl = self.street_line(a)
            self.t(self.lab("street"))
            self.L("address", sl)
            self.t(self.ch(["\n", "   ", " | "]))
            self.t(self.lab("city"))
            self.L("address", a.town)
            self.t(self.ch(["\n", "   ", " | "]))
            if self.region != "UK":
                self.t(self.lab("state") + a.state + self.ch(["\n", "   ", " | "]))
            self.t(self.lab("zip"))
            self.L("zip", a.post)
            self.t("\n")
        elif form == "sentence":
            self.L("address", self.street_line(a, low=True))
            self.t(self.ch([" in ", " over in ", ", ", " in "]))
            self.L("address", a.town.lower() if self.p(0.5) else a.town)

    # ---- identifiers ----------------------------------------------------
    def mrn(self):
        return self.ch([lambda: self.digits(8), lambda: "MR" + self.digits(7), lambda: "E" + self.digits(7),
                        lambda: self.digits(3) + "-" + self.digits(3) + "-" + self.digits(3),
                        lambda: "00" + self.digits(6), lambda: self.letters(1) + self.digits(6)])()

    def hospno(self):
        return self.ch([lambda: self.letters(1) + self.digits(6), lambda: "RX" + self.letters(1) + self.digits(7),
                        lambda: self.digits(2) + self.letters(1) + self.digits(5)])()

    def nhs(self):
        while True:
            d = [self.ri(1, 9)] + [self.ri(0, 9) for _ in range(8)]
            c = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
            if c == 11:
                c = 0
            if c != 10:
                s = "".join(map(str, d)) + str(c)
                return self.ch([f"{s[:3]} {s[3:6]} {s[6:]}", s, f"{s[:3]}-{s[3:6]}-{s[6:]}"])

    def ssn(self):
        a = self.ri(100, 665)
        s = f"{a:03d}{self.ri(10, 99)}{self.ri(1000, 9999)}"
        return self.ch([f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]} {s[3:5]} {s[5:]}", s])

    def sin(self):
        s = str(self.ri(1, 7)) + self.digits(7)
        s += self._luhn_complete(s)
        return self.ch([f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}", s])

    def _luhn_complete(self, s):
        for d in "0123456789":
            t = s + d
            tot = 0
            for i, c in enumerate(reversed(t)):
                v = int(c)
                if i % 2 == 1:
                    v *= 2
                    if v > 9:
                        v -= 9
                tot += v
            if tot % 10 == 0:
                return d
        return "0"

    def nino(self):
        return f"{self.letters(2, 'ABCEGHJKLMNPRSTWXYZ')} {self.digits(2)} {self.digits(2)} {self.digits(2)} {self.ch('ABCD')}"

    def mbi(self):
        A = "ACDEFGHJKMNPQRTUVWXY"
        N = "0123456789"
        AN = A + N
        s = self.ch("123456789") + self.ch(A) + self.ch(AN) + self.ch(N) + self.ch(A) + self.ch(AN) + self.ch(N) + \
            self.ch(A) + self.ch(A) + self.ch(N) + self.ch(N)
        return s if self.p(0.6) else f"{s[:4]}-{s[4:7]}-{s[7:]}"

    def member(self):
        return self.ch([lambda: self.letters(3) + self.digits(9), lambda: "W" + self.digits(9),
                        lambda: self.digits(9) + self.letters(2), lambda: "MBR" + self.digits(8),
                        lambda: self.letters(2) + self.digits(7) + "-01", lambda: "ZGP" + self.digits(8)])()

    def medicaid(self):
        return self.ch([lambda: self.digits(9) + self.letters(1), lambda: self.letters(2) + self.digits(8),
                        lambda: self.digits(12)])()

    def healthcard(self, prov=None):
        prov = prov or "ON"
        if prov == "QC":
            return f"{self.letters(4)} {self.digits(4)} {self.digits(4)}"
        if prov == "BC":
            return f"9{self.digits(3)} {self.digits(3)} {self.digits(3)}"
        if prov == "AB":
            return f"{self.digits(5)}-{self.digits(4)}"
        if prov == "ON":
            s = self.digits(10, True)
            return self.ch([f"{s[:4]}-{s[4:7]}-{s[7:]}-{self.letters(2)}", f"{s[:4]} {s[4:7]} {s[7:]} {self.letters(2)}", s + self.letters(2), s])
        return self.digits(9, True)

    def acct(self):
        return self.ch([lambda: self.digits(9), lambda: "V" + self.digits(10), lambda: "ACC-" + self.digits(7),
                        lambda: self.digits(4) + "-" + self.digits(6), lambda: "HAR " + self.digits(8)])()

    def npi(self):
        s = "1" + self.digits(8)
        tot = 24
        for i, c in enumerate(reversed(s)):
            v = int(c)
            if i % 2 == 0:
                v *= 2
                if v > 9:
                    v -= 9
            tot += v
        return s + str((10 - tot % 10) % 10)

    def dea(self, last):
        s = self.ch("ABFM") + last[0].upper() + self.digits(6)
        c = (int(s[2]) + int(s[4]) + int(s[6]) + 2 * (int(s[3]) + int(s[5]) + int(s[7]))) % 10
        return s + str(c)

    def dl(self):
        if self.region == "UK":
            return f"{self.letters(5)}{self.digits(6)}{self.letters(2)}{self.digits(1)}{self.letters(2)}"
        if self.region == "CA":
            return f"{self.letters(1)}{self.digits(4)}-{self.digits(5)}-{self.digits(5)}"
        return self.ch([lambda: self.letters(1) + self.digits(8), lambda: "S" + self.digits(3) + "-" + self.digits(4) + "-" + self.digits(4),
                        lambda: self.digits(9), lambda: self.letters(1) + self.digits(3) + "-" + self.digits(3) + "-" + self.digits(2) + "-" + self.digits(3)])()

    def plate(self):
        if self.region == "UK":
            return f"{self.letters(2)}{self.ri(51, 74)} {self.letters(3)}"
        if self.region == "CA":
            return self.ch([f"{self.letters(4)} {self.digits(3)}", f"{self.digits(3)} {self.letters(3)}", f"{self.letters(3)}-{self.digits(3)}"])
        return self.ch([f"{self.ri(1, 9)}{self.letters(3)}{self.digits(3)}", f"{self.letters(3)}-{self.digits(4)}", f"{self.letters(3)} {self.digits(3)}", f"{self.digits(3)} {self.letters(3)}"])

    def vin(self):
        pool = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return self.ch(["1", "2", "3", "5", "J", "K", "W", "S"]) + "".join(self.ch(pool) for _ in range(16))

    def serial(self):
        return self.ch([lambda: self.letters(3) + self.digits(6) + self.letters(1), lambda: "PJN" + self.digits(6) + "S",
                        lambda: self.letters(2) + self.digits(7), lambda: self.digits(3) + self.letters(2) + self.digits(5),
                        lambda: self.letters(1) + self.digits(5) + "-" + self.digits(4)])()

    def ip(self):
        if self.p(0.08):
            return f"2601:{self.r.randrange(0x100, 0xfff):x}:{self.r.randrange(0x100, 0xffff):x}:{self.r.randrange(0x10, 0xffff):x}::{self.r.randrange(0x10, 0xfff):x}"
        return f"{self.ri(24, 223)}.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    def email(self, p, domain=None):
        g, f = p.given.lower().replace(" ", ""), p.family.lower().replace(" ", "").replace("'", "")
        dom = domain or self.ch(["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com",
                                 "btinternet.com" if self.region == "UK" else "comcast.net",
                                 "sympatico.ca" if self.region == "CA" else "att.net"])
        local = self.ch([f"{g}.{f}", f"{g[0]}{f}", f"{g}{f[0]}{self.ri(1, 99)}", f"{f}.{g}", f"{g}_{f}{self.ri(60, 99)}",
                         f"{g}{self.ri(1950, 2005)}", f"{f}{g[0]}", f"{g}.{f}{self.ri(1, 9)}"])
        return f"{local}@{dom}"

    def staff_email(self, p, dom):
        return f"{p.given[0].lower()}{p.family.lower().replace(' ', '').replace(chr(39), '')}@{dom}"


def fac(d):
    return d.ch(FACILITY_A) + " " + d.ch(FACILITY_B)


def domain_for(name):
    w = name.lower().replace("'", "").replace(".", "").split()
    return "".join(x[:6] for x in w[:2]) + d_tld(name)


def d_tld(name):
    return [".org", ".com", ".net", ".nhs.uk", ".ca"][sum(map(ord, name)) % 5]


LABELS = {
    "name": ["Patient Name", "Pt Name", "Name", "PATIENT", "Patient", "Client", "Member Name", "Pt", "Resident",
             "Name of patient", "Patient (Last, First)", "Pt name", "Member", "Client name", "NAME"],
    "name_UK": ["Surname/Forename", "Full name", "Patient name"],
    "dob": ["DOB", "D.O.B.", "Date of Birth", "Birthdate", "DOB", "Birth date", "D/O/B", "dob", "Date of birth",
            "Bdate", "B/D", "Birth Dt"],
    "dob_CA": ["Date de naissance", "DOB (YYYY-MM-DD)"],
    "mrn": ["MRN", "MR#", "Med Rec #", "Medical Record No.", "Record #", "Chart #", "Chart No", "Our record no.",
            "MRN#", "Pt ID (MRN)", "Med Rec No", "MR No.", "Medical record number", "mrn"],
    "mrn_UK": ["Hospital No", "Hosp No.", "Unit No", "Hospital number", "K number", "RXH No"],
    "mrn_CA": ["Chart #", "Dossier no", "Hospital Chart No", "MRN/Chart"],
    "phone": ["Phone", "Ph", "Tel", "Telephone", "Cell", "Mobile", "Home ph", "Contact #", "Best #", "Callback",
              "CB#", "Tel no.", "Mob", "Cell #", "Home", "phone#", "Daytime phone", "Primary phone", "Call back no."],
    "phone_UK": ["Tel", "Mob", "Mobile no", "Home tel", "Contact no."],
    "fax": ["Fax", "FAX", "Fax #", "F:", "Fax no.", "Facsimile", "Fax number", "Return fax", "Secure fax", "fax"],
    "ssn": ["SSN", "SS#", "Soc Sec No", "Social Security #", "SSN#", "Social", "Soc. Sec.", "SS No"],
    "sin": ["SIN", "Social Insurance No.", "S.I.N.", "NAS/SIN", "Social Ins #"],
    "nino": ["NI No", "National Insurance No.", "NINO", "NI number"],
    "nhs": ["NHS No", "NHS Number", "NHS no.", "NHS #", "NHS num", "nhs no"],
    "hcn": ["OHIP #", "Health Card No.", "HCN", "Health card", "OHIP No", "HC#", "Provincial health no.", "Health Card #/VC"],
    "phn": ["PHN", "Personal Health Number", "BC PHN", "Care Card #"],
    "ramq": ["RAMQ", "No d'assurance maladie", "NAM", "Carte soleil"],
    "member": ["Member ID", "Member #", "Mbr ID", "Subscriber ID", "Policy #", "Ins ID", "Insurance ID",
               "ID#", "Subscriber #", "Policy No.", "Member No", "Plan ID", "Cert #", "Health plan ID"],
    "medicare": ["Medicare #", "MBI", "Medicare ID", "Medicare Beneficiary ID", "HICN/MBI", "Mcare #"],
    "medicaid": ["Medicaid #", "Medicaid ID", "MA ID", "Medi-Cal #", "CIN", "Recipient ID"],
    "group": ["Group #", "Grp", "Group No.", "GRP#"],
    "account": ["Acct #", "Account No.", "Account", "Acct", "Billing acct", "Encounter #", "FIN", "HAR",
                "Visit acct #", "Guarantor acct", "Patient acct", "Acct No"],
    "npi": ["NPI", "NPI#", "NPI No.", "Prescriber NPI", "Individual NPI"],
    "dea": ["DEA", "DEA#", "DEA No."],
    "lic": ["Lic #", "License #", "State Lic", "Medical License No.", "Lic. No."],
    "gmc": ["GMC", "GMC No", "GMC no.", "GMC #"],
    "dl": ["DL#", "Driver's License", "Drivers Lic #", "DL No.", "Driver licence no.", "Licence #", "OL#"],
    "plate": ["Plate", "Lic Plate", "Tag #", "Reg", "Vehicle reg", "License plate", "Plate #", "Registration"],
    "vin": ["VIN", "V.I.N.", "VIN#", "Vehicle ID No."],
    "serial": ["SN", "S/N", "Serial #", "Serial No.", "Serial", "Ser#", "Device serial"],
    "model": ["Model", "Model #", "Mdl", "Model No."],
    "accession": ["Accession #", "Acc#", "Accession", "Specimen #", "Lab #", "ACC", "Specimen ID"],
    "req": ["Req #", "Requisition #", "Order #", "Req No.", "Lab order #"],
    "rx": ["Rx #", "Rx#", "Rx No.", "Prescription #", "RX", "Script #"],
    "claim": ["Claim #", "Claim No.", "Ref #", "Reference #", "Case #", "Appeal #", "Auth #", "PA #", "Ticket #",
              "Confirmation #", "Tracking #", "Reference No."],
    "police": ["Police report #", "PD case #", "Incident #", "Report No.", "Occurrence #", "CAD #"],
    "study": ["Subject ID", "Study ID", "Participant #", "Screening #", "Subj #", "Randomization #"],
    "street": ["Street", "Address", "Addr", "Street address", "Address line 1", "Home address", "Residence"],
    "city": ["City", "Town", "City/Town", "Municipality", "CITY"],
    "state": ["State", "ST", "Prov", "Province"],
    "zip": ["ZIP", "Zip", "Zip code", "ZIP Code", "ZIP+4"],
    "zip_UK": ["Postcode", "Post code", "PC", "Postcode"],
    "zip_CA": ["Postal Code", "Postal code", "Code postal", "PC"],
    "age": ["Age", "AGE", "Age", "age", "Age (yrs)"],
    "email": ["Email", "E-mail", "email", "Email address", "E:", "Contact email"],
    "date": ["Date", "DATE", "Dt", "Date of service", "DOS", "Visit date", "Svc date"],
    "msgid": ["Message ID", "Msg ID", "Thread #", "Msg #", "Conversation ID"],
    "interp": ["Interpreter ID", "Interp #", "Interpreter #", "Language line ID"],
    "badge": ["Badge #", "Badge", "Employee #", "Officer badge"],
    "bio": ["Biometric ID", "Fingerprint capture ID", "Sig pad capture #", "Biometric record", "Palm scan ID"],
}


# --------------------------------------------------------------------------
# shared blocks
# --------------------------------------------------------------------------
RELS = ["daughter", "son", "wife", "husband", "neighbour", "niece", "grandson", "carer", "sister", "brother",
        "granddaughter", "friend", "son-in-law", "landlord", "nephew", "partner"]
RELS_US = {"neighbour": "neighbor"}


REL_SEX = {"daughter": "F", "son": "M", "wife": "F", "husband": "M", "niece": "F", "grandson": "M", "sister": "F",
           "brother": "M", "granddaughter": "F", "son-in-law": "M", "nephew": "M"}


def rel(d):
    r = d.ch(RELS)
    return RELS_US.get(r, r) if d.region == "US" else r


def relative(d, r=None):
    r = r or d.ch(RELS)
    R = d.person(sex=REL_SEX.get(r))
    return (RELS_US.get(r, r) if d.region == "US" else r), R


def clinical(d, n=2):
    """unlabelled near-misses: vitals, doses, labs, codes, times, rooms, years, eponyms, ages <= 89"""
    drug, dose = d.ch(DRUGS)
    dx, icd = d.ch(DX)
    bits = [
        f"BP {d.ri(98, 182)}/{d.ri(54, 102)}", f"HR {d.ri(52, 118)}", f"SpO2 {d.ri(88, 99)}%",
        f"T {d.ri(361, 389) / 10}", f"RR {d.ri(12, 26)}", f"pain {d.ri(0, 9)}/10",
        f"{drug} {dose}", f"{drug} {dose} {d.ch(['daily', 'BID', 'qhs', 'TID', 'q12h', 'PRN'])}",
        f"K {d.ri(31, 55) / 10}", f"Na {d.ri(128, 146)}", f"Cr {d.ri(6, 31) / 10}", f"A1c {d.ri(55, 121) / 10}%",
        f"Hgb {d.ri(72, 151) / 10}", f"INR {d.ri(9, 38) / 10}", f"WBC {d.ri(3, 19)}.{d.ri(0, 9)}",
        f"{dx} ({icd})", f"dx {icd}", f"CPT {d.ch(['99214', '99213', '71046', '93000', '97110', '99497', '80053', 'G0180'])}",
        f"HTN since {d.ri(1995, 2021)}", f"on {d.ch(DRUGS)[0]} {d.ri(2012, 2018)}-{d.ri(2019, 2023)}", f"at {d.tm()}",
        f"rm {d.ri(101, 880)}", f"bed {d.ri(1, 40)}{d.ch(['A', 'B', ''])}", d.ch(EPONYMS),
        f"wt {d.ri(45, 140)} kg", f"BMI {d.ri(18, 44)}.{d.ri(0, 9)}", f"{d.ri(20, 89)} yo spouse",
        f"glucose {d.ri(70, 390)}", f"eGFR {d.ri(14, 95)}",
    ]
    d.r.shuffle(bits)
    return ", ".join(bits[:n])


def hp_ids(d, prov=None):
    """region-appropriate health numbers: list of (label key, type, value)"""
    out = []
    if d.region == "US":
        c = d.r.random()
        if c < 0.35:
            out.append(("medicare", "health_plan", d.mbi()))
        elif c < 0.55:
            out.append(("medicaid", "health_plan", d.medicaid()))
        else:
            out.append(("member", "health_plan", d.member()))
        if d.p(0.25):
            out.append(("group", "health_plan", d.digits(6) if d.p(0.5) else d.letters(2) + d.digits(5)))
        if d.p(0.3):
            out.append(("ssn", "ssn", d.ssn()))
    elif d.region == "UK":
        out.append(("nhs", "health_plan", d.nhs()))
        if d.p(0.6):
            out.append(("mrn", "mrn", d.hospno()))
        if d.p(0.15):
            out.append(("nino", "ssn", d.nino()))
    else:
        prov = prov or "ON"
        key = {"QC": "ramq", "BC": "phn"}.get(prov, "hcn")
        out.append((key, "health_plan", d.healthcard(prov)))
        if d.p(0.25):
            out.append(("sin", "ssn", d.sin()))
    return out


def prov_of(a):
    return a.state if a.region == "CA" else None


HDR_NAME_FORMS = ["LAST, FIRST M", "Last, First", "full", "FULLUP", "LAST, FIRST", "First M. Last", "Last,First"]


def header(d, P, keys, a=None, seps=None, name_form=None, shuffle=True):
    """demographic header; keys from name dob age mrn phone addr hp acct sex"""
    items = []
    for k in keys:
        if k == "hp":
            for lk, ty, v in hp_ids(d, prov_of(a) if a else None):
                items.append((lk, ty, v))
        else:
            items.append((k, None, None))
    if shuffle:
        first = items[:1] if items and items[0][0] == "name" else []
        rest = items[len(first):]
        d.r.shuffle(rest)
        items = first + rest
    sep = seps or d.ch(["\n", "\n", "  |  ", "   ", "; ", "\n"])
    for i, (k, ty, v) in enumerate(items):
        if i:
            d.t(sep)
        if k == "name":
            d.t(d.lab("name"))
            d.nm(P, name_form or d.ch(HDR_NAME_FORMS))
        elif k == "dob":
            d.t(d.lab("dob"))
            d.dob(P.dob)
            if d.p(0.25):
                d.t(" (")
                d.age(P.age, d.ch(["yo", "y/o", "yrs"]))
                d.t(")")
        elif k == "age":
            d.age(P.age, "Age:")
        elif k == "sex":
            d.t(d.lab("sex") + d.ch([P.sex, "Female" if P.sex == "F" else "Male"]))
        elif k == "mrn":
            d.t(d.lab("mrn"))
            d.L("mrn", d.vo(d.mrn() if d.region != "UK" else d.hospno()))
        elif k == "phone":
            d.t(d.lab("phone"))
            d.ph()
        elif k == "addr":
            if d.p(0.3):
                d.t("\n")
                d.ad(a or d.addr(), "fields")
            else:
                d.t(d.lab("street"))
                d.ad(a or d.addr(), "full")
        elif k == "acct":
            d.t(d.lab("account"))
            d.L("account", d.vo(d.acct()))
        else:
            d.t(d.lab(k))
            d.L(ty, d.vo(v))
    d.t("\n")


def sig(d, p, org=None, dom=None, fax=True, mail=True, web=False, cred=True):
    org = org or fac(d)
    dom = dom or domain_for(org)
    d.t(d.ch(["\n--\n", "\n\n", "\nThanks,\n", "\nRegards,\n", "\nBest,\n", "\nKind regards\n", "\nThank you\n"]))
    d.nm(p, d.ch(["full", "full", "First M. Last", "F. Last"]))
    if cred and getattr(p, "cred", None):
        d.t(", " + p.cred)
    d.t("\n" + org + "\n")
    d.t(d.ch(["P: ", "Tel ", "Phone: ", "T: ", "Direct: ", "ph "]))
    d.ph()
    d.ext()
    if fax:
        d.t(d.ch([" | ", "\n", "  "]) + d.ch(["F: ", "Fax: ", "fax ", "Fax "]))
        d.ph(kind="fax")
    if mail:
        d.t("\n")
        d.L("email", d.staff_email(p, dom))
    if web:
        d.t("\n")
        d.L("url", d.ch(["www.", "https://www.", "http://"]) + dom + d.ch(["", "/", "/patients", "/referrals"]))
    d.t("\n")


def stamp(d, day=None):
    """date (labelled) + time (unlabelled)"""
    d.dt(day or d.recent())
    d.t(d.ch([" ", " @ ", " at ", "  "]) + d.tm())


def say_name(d, p, forms):
    d.nm(p, d.ch(forms))


SHELTERS = ["Harbor Light Shelter", "Safe Haven Shelter", "St. Vincent de Paul night shelter", "YWCA",
            "Covenant House", "the Salvation Army hostel", "Eastgate Men's Mission"]
CAREHOMES = ["Rosewood Manor", "Oakleigh Care Home", "Pine Villa Retirement Residence", "Heatherbrae Nursing Home",
             "Résidence Les Jardins", "Sunnyvale Assisted Living"]
LANDMARKS = ["the Exxon", "the Dollar General", "the Baptist church", "the Tim Hortons", "the old mill", "the Tesco",
             "the Legion hall", "the grain elevator"]
NO_COLOUR = {("research_crf", 1), ("research_crf", 2), ("lab_requisition", 2), ("radiology_report", 4),
             ("lab_requisition", 4), ("case_management", 4), ("home_health", 0)}


def colour(d, P):
    """one extra line naming a person or place in a less usual way"""
    c = d.r.randrange(12)
    he = "she" if P.sex == "F" else "he"
    his = "her" if P.sex == "F" else "his"
    d.t("\n" + d.ch(["Note: ", "Social: ", "SH: ", "Also: ", "FYI ", "Addl info: "]))
    if c == 0:
        A = d.addr()
        d.t(d.x(he + " is staying at " + d.ch(SHELTERS) + ", "))
        d.ad(A, d.ch(["street", "full"]))
        d.t(d.x(", bed " + str(d.ri(1, 60)) + " - mail to "))
        A2 = d.addr()
        d.L("address", f"PO Box {d.ri(10, 9999)}, " + d.town_line(A2) if d.region != "UK" else f"PO Box {d.ri(10, 999)}, {A2.town} {A2.post}")
    elif c == 1:
        A = d.addr()
        road = d.ch(["route 9", "County Rd 14", "Hwy 61", "Old Mill Road", "the A59", "Range Road 212", "Rte 44"])
        d.t(d.x("lives in the " + d.ch(["trailer", "blue house", "bungalow", "farmhouse"]) + " past " + d.ch(LANDMARKS) + " on "))
        d.L("address", road)
        d.t(d.x(" outside "))
        d.ad(A, "town")
        d.t(d.x(", no street number, " + d.ch(["dog in yard", "knock loud", "use side door"])))
    elif c == 2:
        A = d.addr()
        d.t(d.x("resident of " + d.ch(CAREHOMES) + ", "))
        d.ad(A, "full")
        d.t(d.x(", room " + str(d.ri(1, 140))))
    elif c == 3:
        H = d.person(sex="M" if P.sex == "F" else "F")
        W = d.person()
        d.nm(H, "first")
        d.t(d.x("'s " + d.ch(["sister", "brother", "mum", "cousin"]) + " "))
        d.nm(W, d.ch(["first", "nick", "full"]))
        d.t(d.x(" drives " + ("her" if P.sex == "F" else "him") + " to appts, lives down on "))
        d.L("address", d.addr().street.split()[0])
    elif c == 4:
        A = d.addr()
        d.t(d.x("grew up in "))
        d.ad(d.addr(), "town")
        d.t(d.x(", now lives in " + A.hood + " in ") if False else d.x(", now lives in "))
        d.L("address", A.hood)
        d.t(", ")
        d.ad(A, "town")
    elif c == 5:
        N = d.person(sex="M")
        d.t(d.x("neighbour " if d.region != "US" else "neighbor "))
        d.L("name", d.ch(["Big ", "Little ", "Uncle "]) + (N.nick or N.given))
        d.t(d.x(" has a key, his number "))
        d.ph()
    elif c == 6:
        M = d.person(sex="F", old=True)
        d.t(d.x(his + (" older sister " if P.age >= 62 else d.ch([" mother ", " grandmother "]))))
        d.nm(M, "first")
        d.t(d.x(", who is "))
        d.age(max(M.age, 90), d.ch(["words", "yo", "aged"]) if False else "aged")
        d.t(d.x(", lives with them in "))
        d.ad(d.addr(), "town")
    elif c == 7:
        d.t(d.x("works at the " + d.ch(["Amazon warehouse", "Walmart", "Tesco", "Canadian Tire", "school kitchen"]) + " in "))
        d.ad(d.addr(), "town")
        d.t(d.x(", supervisor "))
        d.nm(d.person(), d.ch(["first", "full"]))
        d.t(d.x(" ok with time off"))
    elif c == 8:
        kids = [d.person(minor=True) for _ in range(3)]
        d.t(d.x("kids are "))
        for i, kd in enumerate(kids):
            if i:
                d.t(" and " if i == 2 else ", ")
            d.nm(kd, "firstlow")
        d.t(d.x(", school contact " + d.ch(["Mrs", "Mr", "Ms"]) + " "))
        d.nm(d.person(), "last")
    elif c == 9:
        A = d.addr(unit=True)
        d.t(d.x("new place is "))
        if d.region == "CA":
            d.L("address", f"{A.unit}-{A.no} {A.street}".lower())
        else:
            d.L("address", (A.unit + " " + A.no + " " + A.street).lower() if d.region == "US" else f"{A.unit.lower()}, {A.no} {A.street.lower()}")
        d.t(d.x(" (" + d.ch(["above the laundromat", "round the back", "basement suite", "2nd floor"]) + ")"))
    elif c == 10:
        O = d.person()
        d.t(d.x("dog " + d.ch(PETS) + " (owner "))
        d.nm(O, d.ch(["full", "Last, First", "first"]))
        d.t(d.x(", the landlord) bit the aide, reported"))
    else:
        I = d.person()
        d.t(d.x("pt prefers " + d.ch(["Spanish", "Polish", "Vietnamese", "Tagalog", "Arabic", "Yoruba", "Punjabi"]) + ", interpreter "))
        d.nm(I, d.ch(["full", "first", "F. Last"]))
        d.t(" #")
        d.L("id", d.digits(5))
        d.t(d.x(" used, pt said \"" + d.ch(["doctor already tell me this", "i am not understand the paper",
                                             "my son he know everything", "is fine, i take every morning"]) + "\""))


def end_pad(d, P, min_spans=12):
    """a short trailing routing block when a document came out thin"""
    if (d.style, d._lay) not in NO_COLOUR and d.p(0.55):
        colour(d, P)
    opts = list(range(6))
    d.r.shuffle(opts)
    i = 0
    while len(d.spans) < min_spans:
        c = opts[i % 6]
        i += 1
        if c == 5:
            d.t("\n" + d.ch(["Routed to: ", "Fwd to ", "Assigned: ", "Task -> "]))
            d.nm(d.person(), d.ch(["full", "F. Last", "First L", "first"]))
        elif c == 4 and d.region != "UK":
            d.t("\n" + d.ch(["Chart matched - ", "Linked to chart ", "Pt matched: "]) + d.lab("mrn"))
            d.L("mrn", d.mrn())
        elif c == 0:
            d.t("\ncc: ")
            d.nm(d.clin(), d.ch(["F. Last", "full", "init"]))
        elif c == 1:
            d.t("\n" + d.lab("dob"))
            d.dob(P.dob)
        elif c == 2:
            d.t("\n" + d.ch(["Printed ", "Scanned ", "Filed ", "Reviewed "]))
            d.dt(d.recent())
            d.t(" " + d.tm())
        elif c == 3:
            d.t("\n" + d.ch(["Alt contact ", "2nd #: ", "Other phone: ", "wk ph "]))
            d.ph()
        else:
            d.t("\n" + d.lab("account"))
            d.L("account", d.acct())
    d.t("\n")


# --------------------------------------------------------------------------
# styles
# --------------------------------------------------------------------------
def st_voicemail(d, k):
    lay = k % 5
    P = d.person(old=d.p(0.3))
    a = d.addr()
    rr, R = relative(d)
    doc = d.clin()
    if lay == 0:
        d.t(d.ch(["VOICEMAIL", "New voice message", "VM", "Visual Voicemail"]) + "  from ")
        cb = d.ph()
        d.t(d.ch(["  Mailbox ", "  Box #", "  ext "]) + str(d.ri(200, 7999)) + "\nReceived: ")
        stamp(d)
        d.t(f"   Length 0:{d.ri(12, 59):02d}\nTranscription (confidence {d.ri(42, 93)}%):\n")
        d.t(d.ch(["hi ", "hello ", "yeah hi ", "good morning "]) + "this is ")
        d.nm(P, d.ch(["asr", "lower", "asr"]))
        d.t(d.ch([" calling for doctor ", " i'm a patient of doctor ", " um calling for dr "]))
        d.nm(doc, d.ch(["asr", "last"]) if d.p(0.5) else "asr")
        d.t(" my date of birth is ")
        d.dob(P.dob, d.ch(["spokenY", "spokenN"]))
        d.t(d.ch([" um ", " uh ", " "]) + "i need a refill on the " + d.ch(DRUGS)[0] + " and i was wondering if somebody can call me back at ")
        d.ph(cb, f="spoken")
        d.t(" that's my cell or you can try my " + rr + " ")
        d.nm(R, d.ch(["asrfirst", "firstlow"]))
        d.t(" at ")
        d.ph(f="spoken")
        d.t(" also i moved i'm at ")
        d.ad(a, "sentence")
        d.t(" now so dont send it to the old place okay " + d.ch(["thank you bye", "thanks bye bye", "alright bye"]) + "\n")
    elif lay == 1:
        d.t(d.ch(["NURSE LINE MESSAGE", "Nurse Triage Line - msg", "RN ADVICE LINE"]) + "\nTaken: ")
        stamp(d)
        d.t(" by ")
        nurse = d.person()
        d.nm(nurse, d.ch(["init", "init.", "F. Last"]))
        d.t(", RN\nCaller: ")
        d.nm(R, d.ch(["full", "First L", "lower"]))
        d.t(f" ({rr})  re pt: ")
        d.nm(P, d.ch(HDR_NAME_FORMS))
        d.t("  " + d.lab("dob"))
        d.dob(P.dob)
        d.t("\n" + d.lab("mrn"))
        d.L("mrn", d.mrn() if d.region != "UK" else d.hospno())
        d.t("   " + d.lab("phone"))
        d.ph()
        d.t("\nASR: ")
        d.t(d.ch(["yes hello im calling about my ", "hi its about my "]) + ("mother " if P.sex == "F" else "father "))
        d.nm(P, d.ch(["asrfirst", "firstlow"]))
        d.t(" she is " if P.sex == "F" else " he is ")
        d.age(P.age, "words")
        d.t(" and she fell again last night " if P.sex == "F" else " and he fell again last night ")
        d.t("around eleven thirty she is at my house now " if P.sex == "F" else "around eleven thirty he is at my house now ")
        d.ad(a, "sentence")
        d.t(" the doctor ")
        d.nm(doc, "asr")
        d.t(" said to call if " + d.x("anything changed please call me back my name is "))
        d.nm(R, "asr")
        d.t(" thank you\nDisposition: " + d.ch(["advised ED eval", "home care advice given", "appt booked"]) + "; " + clinical(d, 1) + "\n")
    elif lay == 2:
        clerk = d.person()
        d.t("Msg for ")
        d.nm(P, d.ch(["full", "FULLUP", "Last, First"]))
        d.t(" - left " + d.ch(["by", "from"]) + " another office\n" + d.ch(["Caller ID: ", "From: ", "CID "]))
        d.ph()
        d.t("\n" + d.ch(["Received ", "Time: "]))
        stamp(d)
        d.t("\n\nhi this message is for ")
        d.nm(P, "asr")
        d.t(" this is ")
        d.nm(clerk, d.ch(["asrfirst", "firstlow"]))
        d.t(" calling from " + fac(d).lower() + " returning your call about the referral from doctor ")
        d.nm(doc, "asr")
        d.t(" we have you down for ")
        d.dt(d.soon(), "spoken")
        d.t(" at " + d.ch(["nine fifteen", "two thirty", "ten o'clock", "one forty five"]) + " your referral number is ")
        ref = d.digits(7)
        d.L("id", spoken_digits(ref, d.r))
        d.t(" if you need to reschedule call us at ")
        d.ph(f="spoken")
        d.t(" extension " + words(d.ri(2, 40)) + " or fax the paperwork to ")
        d.ph(kind="fax", f="spoken")
        d.t(" and bring your insurance card and a list of meds thanks bye\n")
    elif lay == 3:
        dom = domain_for(fac(d))
        d.t("From: Voicemail Service\nTo: ")
        st = d.person()
        d.L("email", d.staff_email(st, dom))
        d.t("\nSubject: " + d.ch(["New voicemail from ", "Voice Message from ", "VM: "]))
        cb = d.ph()
        d.t("\nDate: ")
        stamp(d)
        d.t(f"\n\nYou received a {d.ri(20, 95)} second message from ")
        d.ph(cb)
        d.t(d.ch([" (WIRELESS CALLER)", " (UNKNOWN)", ""]))
        d.t(".\n\nTranscript:\n")
        d.t("hey its ")
        d.nm(R, d.ch(["asrfirst", "firstlow"]))
        d.t(" " + d.ch(["from next door to ", "the neighbor of ", "i look after "]))
        d.nm(P, d.ch(["asr", "lower"]))
        d.t(" on ")
        d.L("address", a.street.split()[0].lower())
        d.t(" um she didn't answer the door today and her car is there the " + d.ch(CARS).lower() +
            " i have a key but i didnt want to go in her son ")
        S = d.person(sex="M")
        d.nm(S, d.ch(["asrfirst", "firstlow"]))
        d.t(" lives in ")
        d.L("address", d.addr().town.lower())
        d.t(" and i dont have his number my number is ")
        d.ph(f="spoken")
        d.t(" thanks\n\nPlay message: ")
        d.L("url", f"https://vm.{dom}/play?id={d.digits(9)}")
        d.t("\n")
    else:
        op = d.person()
        d.t(d.ch(["ANSWERING SERVICE", "After-Hours Answering Svc", "OVERNIGHT CALL LOG"]) + " - " + fac(d) + "\n")
        rows = [("Date/Time", None), ("Operator", "op"), ("Caller", "caller"), ("Patient", "pt"), ("DOB", "dob"),
                ("Callback", "cb"), ("On-call", "oncall")]
        for lbl, what in rows:
            d.t(d.ocr(lbl.upper() if d.p(0.5) else lbl, 0.0) + ": ")
            if what is None:
                stamp(d)
            elif what == "op":
                d.nm(op, d.ch(["init", "first", "init."]))
            elif what == "caller":
                d.nm(R, d.ch(["FULLUP", "full", "lower"]))
                d.t(f" ({rr})")
            elif what == "pt":
                d.nm(P, d.ch(HDR_NAME_FORMS))
            elif what == "dob":
                d.dob(P.dob)
            elif what == "cb":
                d.ph()
            else:
                d.t("Dr. ")
                d.nm(doc, "last")
            d.t("\n")
        d.t("MESSAGE: " + d.x("caller states pt is staying with her at ") if True else "")
        d.ad(a, "full")
        d.t(d.x(" since discharge, ran out of ") + d.ch(DRUGS)[0] + ", " + clinical(d, 2) +
            d.x(". wants call back tonight, will not pick up unknown numbers so leave msg") + "\n")
        d.t("Paged Dr. ")
        d.nm(doc, "last")
        d.t(" at " + d.tm() + ", returned call " + d.tm() + " -- ")
        d.nm(op, "init")
        d.t("\n")
    end_pad(d, P, 12)


def st_email_thread(d, k):
    lay = k % 5
    P = d.person(old=d.p(0.2))
    a = d.addr()
    rr, R = relative(d)
    doc, nurse = d.clin(), d.person()
    org = fac(d)
    dom = domain_for(org)
    if d.region == "UK" or lay == 4:
        dom = d.ch(["nhs.net", "nhs.net", "nhs.uk"])
    pe, re_ = d.email(P), d.email(R)

    def hdr_line(who, addr_, when):
        d.t(d.ch(["From: ", "FROM: ", "From:\t"]))
        d.nm(who, d.ch(["full", "Last, First", "FULLUP"]))
        d.t(" <")
        d.L("email", addr_)
        d.t(">\n" + d.ch(["Sent: ", "Date: "]))
        d.dt(when, d.ch(["Bd,Y", "dBY", "mdY", "iso"]))
        d.t(" " + d.tm() + "\n")

    if lay == 0:
        hdr_line(R, re_, d.recent(0, 2))
        d.t("To: ")
        d.L("email", d.staff_email(nurse, dom))
        d.t("\nSubject: RE: " + d.ch(["mom's appt", "Dad discharge paperwork", "question about meds", "FMLA forms"]) + "\n\n")
        d.t(d.x(d.ch(["Hi ", "Hello ", "Dear "])))
        d.nm(nurse, "first")
        d.t(d.x(",\nthanks for getting back to me. " + ("Mom" if P.sex == "F" else "Dad") +
                " is still at my place on "))
        d.L("address", a.street)
        d.t(d.x(" until the stairs are sorted at hers. Her date of birth is "))
        d.dob(P.dob)
        d.t(d.x(" in case you need it. My brother "))
        B = d.person(sex="M")
        d.nm(B, "first")
        d.t(d.x(" can sign too, his cell is "))
        d.ph()
        d.t(".\n")
        d.nm(R, d.ch(["first", "nick", "init"]))
        d.t("\n\n> On ")
        d.dt(d.recent(2, 6), "Bd,Y" if d.region == "US" else "dBY")
        d.t(", ")
        d.nm(nurse, "full")
        d.t(" <")
        d.L("email", d.staff_email(nurse, dom))
        d.t("> wrote:\n> Hi ")
        d.nm(R, "first")
        d.t(", we need the patient's DOB and " + d.lab("mrn", " ").strip().lower() + " to find the chart.\n> " +
            clinical(d, 1) + " noted at last visit.\n")
        sig(d, nurse, org, dom) if False else None
        d.t("> ")
        d.nm(nurse, "F. Last")
        d.t(", RN | " + org + "\n")
    elif lay == 1:
        d.t("-----Original Message-----\n")
        hdr_line(doc, d.staff_email(doc, dom), d.recent(0, 3))
        d.t("To: ")
        d.nm(nurse, "Last, First")
        d.t("\nCc: ")
        c2 = d.person()
        d.nm(c2, "Last, First")
        d.t("\nSubject: FW: " + d.ch(["pt ", "re: ", "urgent - "]))
        d.nm(P, d.ch(["LAST", "F. Last", "init"]))
        d.t(" " + d.ch(["labs", "f/u", "home O2"]) + "\n\n")
        d.t(d.x("Can you call her re: results? ") + clinical(d, 3) + d.x(". Pt prefers cell ") )
        d.ph()
        d.t(d.x(". She is staying with her " + rr + " in "))
        d.ad(d.addr(), "town")
        d.t(d.x(" this month. ") + d.lab("mrn"))
        d.L("mrn", d.mrn())
        d.t("\n")
        sig(d, doc, org, dom, web=d.p(0.5))
    elif lay == 2:
        d.t("---------- Forwarded message ---------\n")
        hdr_line(P, pe, d.recent(0, 4))
        br = d.p(0.5)
        d.t(d.ch(["X-Originating-IP: ", "Originating IP: ", "X-Sender-IP: "]) + ("[" if br else ""))
        d.L("ip_address", d.ip())
        d.t(("]" if br else "") + "\nSubject: " + d.ch(["my bill", "appointment", "Refill plz", "letter for work"]) + "\n\n")
        d.t(d.x(d.ch(["hello", "hi there", "Good day"]) + " i am patient of Dr ") )
        d.nm(doc, "last")
        d.t(d.x(" my account number is "))
        d.L("account", d.acct())
        d.t(d.x(" and i got bill for ") + f"${d.ri(40, 900)}.{d.ri(10, 99)}" + d.x(" for visit on "))
        d.dt(d.recent(20, 60))
        d.t(d.x(" but my insurance should pay, the id is "))
        d.L("health_plan", d.member() if d.region == "US" else d.nhs())
        d.t(d.x(". please send letter to new address ") )
        d.ad(a, d.ch(["full", "full", "street"]))
        d.t(d.x(" thank you very much\n"))
        d.nm(P, d.ch(["full", "lower", "First L"]))
        d.t("\n" + d.ch(["Sent from my iPhone", "Sent from Yahoo Mail on Android", "Get Outlook for Android", ""]) + "\n")
    elif lay == 3:
        d.t("[SECURE] " + d.ch(["You have a new secure message", "Encrypted message notification"]) + "\n")
        d.t("From: ")
        d.nm(nurse, "full")
        d.t(" via " + org + " Secure Mail\nTo: ")
        d.L("email", pe)
        d.t("\n\n")
        d.nm(P, d.ch(["first", "full", "lower"]))
        d.t(d.x(", a message about your visit on "))
        d.dt(d.recent(1, 20))
        d.t(d.x(" is waiting. Open it here:\n"))
        d.L("url", f"https://securemail.{dom}/s/{d.letters(6)}{d.digits(5)}?r={d.digits(6)}")
        d.t("\nThis link expires on ")
        d.dt(d.soon(10, 14))
        d.t(".\nRef: ")
        d.L("id", "SM-" + d.digits(8))
        d.t("\nIf you did not expect this, call ")
        d.ph()
        d.t(d.x(". Do not reply.\n\n> original note from ") )
        d.nm(doc, "F. Last")
        d.t(": pt " + d.fmt_name(P, "init") + " " if False else ": pt ")
        d.nm(P, "init")
        d.t(" - " + clinical(d, 2) + "\n")
        sig(d, nurse, org, dom, mail=False)
    else:
        d.t("From: ")
        d.nm(doc, "LAST, FIRST")
        d.t(" (" + d.ch(["LEEDS TEACHING HOSPITALS NHS TRUST", "NORTHGATE COMMUNITY TRUST", "KESTREL PCN"]) + ") <")
        d.L("email", d.staff_email(doc, "nhs.net").replace("@", ".") .split("@")[0] + "@nhs.net" if False else f"{doc.given.lower()}.{doc.family.lower().replace(' ', '')}@nhs.net")
        d.t(">\nSent: ")
        d.dt(d.recent(), "dBY")
        d.t(" " + d.tm() + "\nTo: ")
        g2 = d.clin()
        d.L("email", f"{g2.given.lower()}.{g2.family.lower().replace(' ', '')}{d.ri(1, 9)}@nhs.net")
        d.t("\nSubject: " + d.ch(["Re: ", "RE: ", "Fwd: "]) + "2WW referral ")
        d.nm(P, "init")
        d.t("\n\nDear ")
        d.nm(g2, "first")
        d.t(d.x(",\nRe: "))
        d.nm(P, d.ch(["FULLUP", "LAST, FIRST", "First M. Last"]))
        d.t("  NHS No: ")
        d.L("health_plan", d.nhs())
        d.t("  DOB ")
        d.dob(P.dob, "dmY")
        d.t("\n")
        d.ad(a, "full")
        d.t(d.x("\nSeen in clinic today. ") + clinical(d, 3) + d.x(". Lives with her husband ") )
        H = d.person(sex="M")
        d.nm(H, "first")
        d.t(d.x(" who is her main carer. I will write formally.\n\nBest wishes\n"))
        d.nm(doc, "F. Last")
        d.t("\nGMC ")
        d.L("license", d.digits(7))
        d.t("\nBleep " + str(d.ri(1000, 9999)) + " | Tel ")
        d.ph()
        d.t("\n")
    end_pad(d, P, 12)


def st_portal_message(d, k):
    lay = k % 5
    P = d.person()
    a = d.addr()
    rr, R = relative(d, d.ch(["daughter", "son", "wife", "husband", "niece"]))
    doc, ma = d.clin(), d.person()
    emo = d.ch(["🙏", "😊", "😩", "👍", "❤️", "🙂", ""])
    if lay == 0:
        d.t(d.ch(["MyChart", "Patient Portal", "FollowMyHealth", "HealthConnect"]) + " message\n" + d.lab("msgid"))
        d.L("id", d.ch(["MSG", "M-", ""]) + d.digits(9))
        d.t("\nFrom: ")
        d.nm(P, d.ch(["full", "Last, First"]))
        d.t(" (patient)   Client IP: ")
        d.L("ip_address", d.ip())
        d.t("\nTo: ")
        d.nm(doc, "full")
        d.t(", " + doc.cred + " / care team\nSent: ")
        stamp(d)
        d.t("\nSubject: " + d.ch(["Medication question", "re: test results", "need appt", "Paperwork"]) + "\n\n")
        d.t(d.x(d.ch(["hi dr ", "Dear Dr. ", "hello doctor "])))
        d.nm(doc, "lastlow" if False else d.ch(["last", "last"]))
        d.t(d.x(" its me again sorry " + emo + " the " + d.ch(DRUGS)[0] + " is making me dizzy. my wife ") )
        W = d.person(sex="F")
        d.nm(W, d.ch(["firstlow", "first"]))
        d.t(d.x(" says i should stop but i wanted to ask you first. also can you send the letter to "))
        d.L("email", d.email(P))
        d.t(d.x(" thanks\n"))
        d.nm(P, d.ch(["firstlow", "first", "init"]))
        d.t("\n\n--- reply ---\n")
        d.nm(ma, d.ch(["first", "F. Last"]))
        d.t(d.x(" (MA) " ) )
        stamp(d, d.today)
        d.t(d.x(": Hi ") )
        d.nm(P, "first")
        d.t(d.x(", Dr. "))
        d.nm(doc, "last")
        d.t(d.x(" says hold it until your visit on "))
        d.dt(d.soon())
        d.t(". " + clinical(d, 1) + "\n")
    elif lay == 1:
        d.t("Proxy message - sent by ")
        d.nm(R, d.ch(["full", "lower"]))
        d.t(f" ({rr}, proxy access) on behalf of ")
        d.nm(P, d.ch(["full", "FULLUP"]))
        d.t("\n" + d.lab("mrn"))
        d.L("mrn", d.mrn() if d.region != "UK" else d.hospno())
        d.t("  " + d.lab("dob"))
        d.dob(P.dob)
        d.t("\n\n")
        d.t(d.x("hello, " + ("my mom" if P.sex == "F" else "my dad") + " is " ))
        d.age(P.age, d.ch(["", "words"]) or "yo") if False else d.age(P.age, d.ch(["-year-old", " year old", "words"]))
        d.t(d.x(" and can not use the computer so i'm writing for " + ("her" if P.sex == "F" else "him") + ". ") + emo)
        d.t(d.x(" since friday " + ("she" if P.sex == "F" else "he") + " has " ) + clinical(d, 2) + d.x(". we are at ") )
        d.ad(a, d.ch(["sentence", "street"]))
        d.t(d.x(", the grandkids "))
        kids = [d.person(minor=True) for _ in range(d.ri(2, 3))]
        for i, kid in enumerate(kids):
            if i:
                d.t(" and " if i == len(kids) - 1 else ", ")
            d.nm(kid, d.ch(["firstlow", "first"]))
        d.t(d.x(" have colds so maybe thats it?? call me "))
        d.ph()
        d.t(" pls\n- ")
        d.nm(R, d.ch(["firstlow", "first", "nick"]))
        d.t("\n")
    elif lay == 2:
        d.t(d.ch(["Conversation", "Thread", "Message thread"]) + " #")
        d.L("id", d.digits(7))
        d.t("  |  " + fac(d) + "\n")
        turns = d.ri(3, 4)
        for i in range(turns):
            who = P if i % 2 == 0 else ma
            d.t("[")
            stamp(d, d.recent(0, 3))
            d.t("] ")
            d.nm(who, d.ch(["full", "Last, First", "First L"]) if who is ma else d.ch(["full", "lower"]))
            d.t(": ")
            if who is P:
                d.t(d.x(d.ch(["is the result back", "hi do i need fasting?", "ok thank you " + emo,
                              "can my husband pick up the rx", "ok. my neighbour will drive me"])))
                if i == 0:
                    d.t(d.x(" my " + rr + " "))
                    d.nm(R, d.ch(["first", "firstlow", "nick"]))
                    d.t(d.x(" wants to know too, her number is "))
                    d.ph()
            else:
                d.t(d.x("Hi "))
                d.nm(P, "first")
                d.t(d.x(", " + d.ch(["yes, " + clinical(d, 2) + ".", "Dr. ", "please call "])))
                if d.p(0.6):
                    d.t(" Your next lab is ")
                    d.dt(d.soon())
                    d.t(" at our " + d.ch(["Main St", "north"]) + " site" if False else " at our lab, ")
                    d.ad(d.addr(), "full")
                d.t(".")
            d.t("\n")
    elif lay == 3:
        d.t("Patient message (" + d.region + ")\n" + d.lab("msgid"))
        d.L("id", d.digits(10))
        d.t("\nFrom: ")
        d.nm(P, d.ch(HDR_NAME_FORMS))
        d.t("\n")
        for lk, ty, v in hp_ids(d, prov_of(a)):
            d.t(d.lab(lk))
            d.L(ty, v)
            d.t("\n")
        d.t(d.lab("dob"))
        d.dob(P.dob)
        d.t("\n\n" + d.x(d.ch(["Good morning", "Hiya", "Bonjour", "Hello"]) + ", I moved last month so please update my address to "))
        d.ad(a, "full")
        d.t(d.x(". My new number is "))
        d.ph()
        d.t(d.x(". I am staying with my " + rr + " "))
        d.nm(R, d.ch(["full", "first"]))
        d.t(d.x(" until the flat is ready. " + emo + " Thanks\n"))
        d.nm(P, d.ch(["first", "firstlow", "full"]))
        d.t("\n")
    else:
        d.t("STAFF NOTE - portal msg triage\n")
        stamp(d)
        d.t(" ")
        d.nm(ma, "init")
        d.t(": " + d.x("pt ") )
        d.nm(P, d.ch(["Last, First", "full"]))
        d.t(d.x(" msgd re: ") + clinical(d, 2) + d.x(". Spoke w/ " + rr + " "))
        d.nm(R, d.ch(["first", "full"]))
        d.t(d.x(" at "))
        d.ph()
        d.t(d.x(", verified DOB "))
        d.dob(P.dob)
        d.t(d.x(" and address "))
        d.ad(a, "street")
        d.t(d.x(". Routed to Dr "))
        d.nm(doc, "last")
        d.t(". " + d.lab("msgid"))
        d.L("id", d.digits(8))
        d.t("\n> pt wrote: " + d.x("i feel awful " + emo + " my neighbor ") )
        N = d.person()
        d.nm(N, d.ch(["firstlow", "nickfull", "first"]))
        d.t(d.x(" brought soup. can i come today"))
        d.t("\n")
    end_pad(d, P, 12)


def st_ocr_referral(d, k):
    lay = k % 5
    P = d.person()
    a = d.addr()
    doc, to = d.clin(), d.clin()
    org, org2 = fac(d), fac(d)
    if lay == 0:
        d.t(org.upper() + "\n")
        d.ad(d.addr(), "lines")
        d.t("\nTel: ")
        d.ph()
        d.t("   Fax: ")
        d.ph(kind="fax")
        d.t("\n\n")
        d.dt(d.recent(), "dBY")
        d.t("\n\n" + d.x("Dear Dr "))
        d.nm(to, "last")
        d.t("\n\n" + d.x("Re: "))
        d.nm(P, d.ch(["First M. Last", "full", "FULLUP"]))
        d.t(d.x("   D.O.B. "))
        d.dob(P.dob, "dmY")
        d.t("\n")
        d.ad(a, "full")
        d.t("\nNHS No. ")
        d.L("health_plan", d.vo(d.nhs()))
        d.t("\n\n" + d.x("Thank you for seeing this " ))
        d.t(str(P.age) if P.age <= 89 else "") if False else None
        d.age(P.age, "-year-old")
        d.t(d.x(" " + ("lady" if P.sex == "F" else "gentleman") + " who presents with ") + clinical(d, 3) +
            d.x(". She lives alone in " if P.sex == "F" else ". He lives alone in "))
        d.ad(a, "town")
        d.t(d.x(", her niece " if P.sex == "F" else ", his niece "))
        N = d.person(sex="F")
        d.nm(N, "full")
        d.t(d.x(" visits daily (tel "))
        d.ph()
        d.t(").\n\n" + d.x("Yours sincerely\n\n\n"))
        d.t("Dr ")
        d.nm(doc, "F. Last")
        d.t("\nGMC ")
        d.L("license", d.digits(7))
        d.t("\n")
    elif lay == 1:
        pg = d.ri(2, 5)
        d.ph(kind="fax", f="dash")
        d.t("   ")
        d.dt(d.recent(), "mdy")
        d.t(f" {d.tm()}   {org.upper()}   P.001/{pg:03d}\n")
        d.t(d.ocr("REFERRAL FORM", 0.1) + "\n" + d.lab("date"))
        d.dt(d.recent())
        d.t("   Urgency: " + d.ch(["Routine", "URGENT", "Stat"]) + "\n")
        header(d, P, ["name", "dob", "phone", "addr", "hp"], a=a)
        d.t(d.ocr("Referring provider: ", 0.1))
        d.nm(doc, d.ch(["full", "LAST, FIRST"]))
        d.t(", " + doc.cred + "   NPI ")
        d.L("license", d.npi())
        d.t("\nRefer to: " + d.ch(["Cardiology", "Ortho", "GI", "Neuro", "Pulm"]) + " - Dr. ")
        d.nm(to, "last")
        d.t("\nReason: " + clinical(d, 3) + "\n")
        d.t("Fax records to ")
        d.ph(kind="fax")
        d.t("\n")
    elif lay == 2:
        d.t("CONSULTATION REQUEST / DEMANDE DE CONSULTATION\n")
        d.t("To: " + org2 + ", Dr. ")
        d.nm(to, "full")
        d.t("\nFrom: Dr. ")
        d.nm(doc, "full")
        d.t("  CPSO #" if a.state == "ON" else "  Licence #")
        d.L("license", d.digits(5, True))
        d.t("\n")
        header(d, P, ["name", "dob", "hp", "phone"], a=a)
        d.t(d.lab("street"))
        d.ad(a, "full")
        d.t("\n" + d.x("Reason for consult: ") + clinical(d, 2) + "\n")
        d.t(d.x("Patient speaks " + d.ch(["Tagalog", "Punjabi", "Arabic", "Vietnamese", "French", "Mandarin"]) +
                ", son ") )
        S = d.person(sex="M")
        d.nm(S, d.ch(["first", "full"]))
        d.t(d.x(" interprets. ") + "Tel ")
        d.ph()
        d.t("\n" + d.ch(["Signature: ", "Signed: "]))
        d.nm(doc, "init")
        d.t("   Date: ")
        d.dt(d.recent())
        d.t("\n")
    elif lay == 3:
        d.t(org + "\n")
        d.t(d.x("REFERRAL LETTER\n"))
        d.dt(d.recent())
        d.t("\n\n" + d.x("Re: "))
        d.nm(P, "full")
        d.t(d.x(" (DOB "))
        d.dob(P.dob)
        d.t(")\n")
        # hyphenated, broken lines
        d.t(d.x("Thank you for seeing this pa-\ntient, who was admitted to hos-\npital on "))
        d.dt(d.recent(30, 60))
        d.t(d.x(" with ") + clinical(d, 1) + d.x(". She was dis-\ncharged to her daughter's home at "))
        d.ad(d.addr(), "street")
        d.t(d.x(" in\n"))
        d.ad(a, "town")
        d.t(d.x(". Her daughter, "))
        D = d.person(sex="F")
        d.nm(D, "full")
        d.t(d.x(", can be reach-\ned on "))
        d.ph()
        d.t(d.x(". Pre-\nvious GP was Dr. "))
        d.nm(d.clin(), "last")
        d.t(".\n" + d.lab("mrn"))
        d.L("mrn", d.vo(d.mrn() if d.region != "UK" else d.hospno()))
        d.t("\n\n")
        d.nm(doc, "full")
        d.t(", " + doc.cred + "\n")
    else:
        d.t(org.upper() + "\n" + d.x("Outpatient Clinic Letter\n") + d.x("Clinic date: "))
        d.dt(d.recent(), "dBY")
        d.t("   Dictated: ")
        d.dt(d.recent(), "dmY")
        d.t("   Typed: ")
        d.nm(d.person(), "init")
        d.t("\n\n" + d.x("Patient: "))
        d.nm(P, "LAST, FIRST")
        d.t("\n" + d.lab("mrn"))
        d.L("mrn", d.vo(d.hospno()))
        d.t("   NHS: ")
        d.L("health_plan", d.vo(d.nhs()))
        d.t("\n" + d.x("GP: Dr "))
        gp = d.clin()
        d.nm(gp, "F Last")
        d.t(", " + org2 + ", ")
        d.ad(d.addr(), "full")
        d.t("\n\n" + d.x("Diagnosis: ") + clinical(d, 2) + "\n" + d.x("Plan: review in 3 months.\n"))
        d.t(d.x("I saw "))
        d.nm(P, d.ch(["title", "first"]) if False else "first")
        d.t(d.x(" with her sister ") if P.sex == "F" else d.x(" with his sister "))
        Z = d.person(sex="F")
        d.nm(Z, "first")
        d.t(d.x(" today.\n\ncc Patient, "))
        d.ad(a, d.ch(["full", "street"]))
        d.t("\n")
    end_pad(d, P, 12)


def st_case_management(d, k):
    lay = k % 5
    P = d.person(old=d.p(0.35))
    a = d.addr()
    rr, R = relative(d)
    cm, doc = d.person(), d.clin()
    payer = d.ch(PAYERS)
    if lay == 0:
        d.t("UTILIZATION REVIEW - " + d.ch(["Concurrent", "Initial", "Continued stay"]) + "\n")
        d.t("Pt: ")
        d.nm(P, d.ch(["LAST, FIRST M", "Last, First"]))
        d.t("  ")
        d.agesex(P)
        d.t("  " + d.lab("mrn"))
        d.L("mrn", d.mrn())
        d.t("\nPayer: " + payer + "  " + d.lab("member"))
        d.L("health_plan", d.member())
        d.t("\nAdmit: ")
        d.dt(d.recent(3, 9))
        d.t("   Review date: ")
        d.dt(d.recent(0, 2))
        d.t("\n" + d.x("Clinicals faxed to payer reviewer ") )
        rv = d.person()
        d.nm(rv, d.ch(["full", "First L"]))
        d.t(" at ")
        d.ph(kind="fax")
        d.t(d.x(". Criteria met (InterQual) for inpatient. ") + clinical(d, 3) + "\n" + d.lab("claim"))
        d.L("id", d.ch(["A", "UM", "REF"]) + d.digits(9))
        d.t(d.x(" approved through "))
        d.dt(d.soon(1, 4))
        d.t(". " + d.x("Next review due. -- "))
        d.nm(cm, d.ch(["F. Last", "init"]))
        d.t(", RN CM\n")
    elif lay == 1:
        d.t("CM bedside note  ")
        stamp(d)
        d.t("\n" + d.x("Met with pt and " + rr + " "))
        d.nm(R, d.ch(["full", "first"]))
        d.t(d.x(" at bedside (rm ") + str(d.ri(200, 799)) + d.x("). Pt is a "))
        d.age(P.age, d.ch(["yo", "y/o", "-year-old"]))
        d.t(d.x(" who lives with " + rr + " at "))
        d.ad(a, d.ch(["full", "sentence"]))
        d.t(d.x(". Two steps to enter, walker. " + rr.capitalize() + " works nights at the ") + d.ch(["Walmart", "Amazon warehouse", "hospital laundry"]) + d.x(" so neighbour "))
        N = d.person()
        d.nm(N, d.ch(["nickfull", "first", "full"]))
        d.t(d.x(" checks in. Contact: "))
        d.ph()
        d.t(d.x(" (" + rr + "), "))
        d.ph()
        d.t(d.x(" (neighbour). Goal home w/ HH. PCP Dr. "))
        d.nm(doc, "last")
        d.t(". " + clinical(d, 2) + "\n")
        d.nm(cm, d.ch(["full", "init"]))
        d.t(" " + d.ch(["RN CM", "LCSW", "MSW"]) + "\n")
    elif lay == 2:
        d.t("DISCHARGE PLANNING - SNF REFERRAL\n")
        header(d, P, ["name", "dob", "mrn", "hp"], a=a)
        d.t("Referrals sent via fax:\n")
        for i in range(d.ri(2, 3)):
            d.t(f"  {i + 1}) " + d.ch(FACILITY_A) + " " + d.ch(["Rehab", "Care Home", "Nursing & Rehab", "Manor"]) + " - fax ")
            d.ph(kind="fax")
            d.t(", ph ")
            d.ph()
            d.t(" - " + d.ch(["accepted", "declined (no bed)", "pending", "needs PASRR"]) + "\n")
        d.t(d.x("Family preference: near " + rr + " in "))
        d.ad(d.addr(), "town")
        d.t(d.x(". POA is "))
        d.nm(R, d.ch(["full", "Last, First"]))
        d.t(". " + d.lab("phone"))
        d.ph()
        d.t("\n-- ")
        d.nm(cm, "init")
        d.t("\n")
    elif lay == 3:
        d.t("PAYER CALL LOG\n")
        for i in range(3):
            d.dt(d.recent(0, 5), d.ch(["md", "mdy", "mdY"]))
            d.t(" " + d.tm() + " | ")
            who = d.person()
            if i == 0:
                d.t(d.x("called " + payer + " UM line, spoke w/ "))
                d.nm(who, d.ch(["first", "First L"]))
                d.t(d.x(" ref# "))
                d.L("id", d.digits(10))
            elif i == 1:
                d.t(d.x("peer-to-peer set w/ Dr "))
                d.nm(who, "last")
                d.t(d.x(" for pt "))
                d.nm(P, d.ch(["full", "init", "LAST"]))
                d.t(d.x(", callback "))
                d.ph()
            else:
                d.t(d.x("auth "))
                d.L("id", d.letters(2) + d.digits(8))
                d.t(d.x(" given, member "))
                d.L("health_plan", d.member())
                d.t(d.x(", DOB "))
                d.dob(P.dob)
            d.t(" | ")
            d.nm(cm, "init")
            d.t("\n")
    else:
        d.t("AUTHORIZATION GRID\n" + d.ch(["Member: ", "Pt: "]))
        d.nm(P, "LAST, FIRST")
        d.t("  " + d.lab("medicare"))
        d.L("health_plan", d.mbi())
        d.t("\n" + "Svc      | Auth #        | From       | To         | Units | Contact\n")
        for svc in d.r.sample(["SNF", "HH-SN", "PT", "OT", "DME", "ST"], 3):
            d.t(f"{svc:<8} | ")
            au = d.digits(9)
            d.L("id", au)
            d.t(" " * (13 - len(au)) + " | ")
            d.dt(d.recent(0, 3), "mdY")
            d.t(" | ")
            d.dt(d.soon(7, 30), "mdY")
            d.t(f" | {d.ri(1, 30):<5} | ")
            d.nm(d.person(), d.ch(["First L", "first", "F. Last"]))
            d.t("\n")
        d.t(d.x("Note: pt staying at "))
        d.ad(a, "street")
        d.t(d.x(" w/ " + rr + " "))
        d.nm(R, "first")
        d.t("\n")
    end_pad(d, P, 12)


def st_home_health(d, k):
    lay = k % 5
    P = d.person(old=d.p(0.4))
    a = d.addr()
    rr, R = relative(d)
    rn, aide, doc = d.person(), d.person(), d.clin()
    if lay == 0:
        d.t("VISIT LOG - " + d.ch(["Skilled Nursing", "HHA", "PT"]) + "\nPatient: ")
        d.nm(P, d.ch(HDR_NAME_FORMS))
        d.t("   " + d.lab("mrn"))
        d.L("mrn", d.mrn())
        d.t("\nDate       | In    | Out   | Clinician        | EVV ID      | Notes\n")
        for i in range(d.ri(3, 4)):
            d.dt(d.recent(i * 3, i * 3 + 2), "mdY")
            d.t(f" | {d.tm():<5} | {d.tm():<5} | ")
            c = d.ch([rn, aide])
            nmv = d.fmt_name(c, d.ch(["F. Last", "First L", "Last, First"]))
            d.L("name", nmv)
            d.t(" " * max(1, 17 - len(nmv)) + "| ")
            d.L("id", "EVV" + d.digits(8))
            d.t(" | " + clinical(d, 1) + "\n")
        d.t(d.x("Address: "))
        d.ad(a, "full")
        d.t("\n")
    elif lay == 1:
        d.t("SN VISIT NOTE  ")
        d.dt(d.recent())
        d.t("\n" + d.x("Arrived " + d.tm() + " at pt home, "))
        d.ad(a, "sentence")
        d.t(d.x(". EVV verified (") + d.lab("claim", "") .strip() + " " )
        d.L("id", d.digits(10))
        d.t(d.x("). Pt "))
        d.nm(P, d.ch(["first", "full"]))
        d.t(d.x(" alert, " ) + clinical(d, 3) + d.x(". Telemonitor ") )
        tm_, mdl = d.ch(TELEMON)
        d.t(tm_ + " model " + mdl + " " + d.lab("serial"))
        d.L("device", d.serial())
        d.t(d.x(" transmitting daily. " + rr.capitalize() + " "))
        d.nm(R, d.ch(["first", "nick", "full"]))
        d.t(d.x(" manages meds; pillbox filled. Pet dog " + d.ch(PETS) + " in home, secured. Notified Dr "))
        d.nm(doc, "last")
        d.t(d.x(" office at "))
        d.ph()
        d.t(".\n")
        d.nm(rn, d.ch(["full", "F. Last"]))
        d.t(", RN  ")
        d.dt(d.today)
        d.t("\n")
    elif lay == 2:
        d.t("PHONE LOG\n")
        for i in range(4):
            stamp(d, d.recent(0, 4))
            d.t(" - ")
            if i == 0:
                d.t(d.x("called pt, no answer, lvm on "))
                d.ph()
            elif i == 1:
                d.t(d.x(rr + " "))
                d.nm(R, d.ch(["first", "firstlow"]))
                d.t(d.x(" called back, says pt went to stay at her sister's in "))
                d.ad(d.addr(), "town")
            elif i == 2:
                d.t(d.x("spoke w/ sister "))
                Z = d.person(sex="F")
                d.nm(Z, "full")
                d.t(d.x(", new address for visits "))
                d.ad(d.addr(), "full")
            else:
                d.t(d.x("resched SOC to "))
                d.dt(d.soon())
                d.t(d.x(", informed scheduler "))
                d.nm(d.person(), "first")
            d.t(" /")
            d.nm(rn, "init")
            d.t("\n")
        d.t("Re: ")
        d.nm(P, d.ch(HDR_NAME_FORMS))
        d.t("\n")
    elif lay == 3:
        d.t("START OF CARE - FACE SHEET\n")
        d.t(d.lab("name"))
        d.nm(P, d.ch(["LAST, FIRST M", "Last, First"]))
        d.t("\n" + d.lab("dob"))
        d.dob(P.dob)
        d.t("   ")
        d.age(P.age, "Age:")
        d.t("\n")
        d.ad(a, "fields")
        d.t(d.lab("phone"))
        d.ph()
        d.t("\n")
        for lk, ty, v in hp_ids(d):
            d.t(d.lab(lk))
            d.L(ty, v)
            d.t("\n")
        d.t("Emergency contact: ")
        d.nm(R, d.ch(["full", "Last, First"]))
        d.t(f" ({rr})  ")
        d.ph()
        d.t("\nPhysician: ")
        d.nm(doc, "full")
        d.t(", " + doc.cred + "  NPI ")
        d.L("license", d.npi())
        d.t("\nPrimary dx: " + clinical(d, 1) + "\n")
    else:
        d.t("AIDE VISIT RECORD\nClient: ")
        d.nm(P, d.ch(HDR_NAME_FORMS))
        d.t("\nAide: ")
        d.nm(aide, d.ch(["full", "First L"]))
        d.t("\n")
        for i in range(2):
            d.dt(d.recent(i, i + 1))
            d.t(" clock-in " + d.tm() + " via fingerprint, " + d.lab("bio"))
            d.L("biometric", d.ch(["FP-", "BIO", "FPX"]) + d.digits(4) + "-" + d.digits(4))
            d.t("\n")
        d.t(d.x("Tasks: bath, meals, laundry. Client says her grandson ") if P.sex == "F" else d.x("Tasks: bath, meals, laundry. Client says his grandson "))
        G = d.person(sex="M")
        d.nm(G, d.ch(["firstlow", "first", "nick"]))
        d.t(d.x(" moved in. Signature captured, sigpad id "))
        d.L("biometric", "SIG" + d.digits(9))
        d.t("\nSupervisor: ")
        d.nm(rn, "full")
        d.t(" " + d.lab("phone"))
        d.ph()
        d.t("\n")
    end_pad(d, P, 12)


def st_lab_requisition(d, k):
    lay = k % 5
    P = d.person(old=d.p(0.25))
    a = d.addr()
    doc, phleb = d.clin(), d.person()
    if lay == 0:
        d.t(d.ch(["OUTPATIENT LAB REQUISITION", "Laboratory Requisition", "LAB ORDER"]) + "\n" + d.lab("req"))
        d.L("id", d.digits(9))
        d.t("\n")
        header(d, P, ["name", "dob", "phone", "addr", "hp", "mrn"], a=a)
        d.t("Ordering: ")
        d.nm(doc, d.ch(["full", "LAST, FIRST"]))
        d.t("  NPI " if d.region == "US" else "  Lic ")
        d.L("license", d.npi() if d.region == "US" else d.digits(5))
        d.t("\nTests: " + d.ch(["CBC, CMP, A1c", "TSH, lipid panel", "BMP, Mg, INR", "UA w/ micro, urine culture"]) +
            "\nDx: " + d.ch(DX)[1] + ", " + d.ch(DX)[1] + "\nFasting: " + d.ch(["Y", "N"]) + "\nCollected by: ")
        d.nm(phleb, d.ch(["init", "init", "First L"]))
        d.t("  ")
        stamp(d)
        d.t("\n")
    elif lay == 1:
        d.t("SURGICAL PATHOLOGY REQUISITION\n" + d.lab("accession"))
        d.L("id", d.ch(["S", "SP"]) + f"{d.today.year % 100}-" + d.digits(5))
        d.t("\nPatient: ")
        d.nm(P, "LAST, FIRST M")
        d.t("   " + d.lab("dob"))
        d.dob(P.dob)
        d.t("\n" + d.lab("mrn"))
        d.L("mrn", d.mrn() if d.region != "UK" else d.hospno())
        d.t("   " + d.lab("account"))
        d.L("account", d.acct())
        d.t("\nSpecimen: " + d.ch(["colon bx x3", "skin, L forearm, shave", "breast core bx", "endometrial curettings"]) +
            "\nProcedure date: ")
        d.dt(d.recent())
        d.t("\nSurgeon: Dr. ")
        d.nm(doc, "full")
        d.t("\nHx: " + clinical(d, 2) + "\nCopy to: ")
        d.nm(d.clin(), "F. Last")
        d.t(" fax ")
        d.ph(kind="fax")
        d.t("\n")
    elif lay == 2:
        sep = d.ch([",", "|", "\t"])
        cols = ["accession", "last", "first", "dob", "mrn", "collected", "test", "client_acct"]
        d.t("# send-out manifest " )
        d.dt(d.today, "iso")
        d.t(" courier: ")
        d.nm(d.person(), d.ch(["First L", "first"]))
        d.t("\n" + sep.join(cols) + "\n")
        for i in range(3):
            Q = P if i == 0 else d.person(old=d.p(0.2))
            d.L("id", d.digits(2) + "-" + d.digits(6))
            d.t(sep)
            d.L("name", Q.family.upper())
            d.t(sep)
            d.L("name", Q.given.upper())
            d.t(sep)
            d.dob(Q.dob, d.ch(["iso", "mdY", "Ymd"]))
            d.t(sep)
            d.L("mrn", d.mrn())
            d.t(sep)
            d.dt(d.recent(0, 1), "iso")
            d.t(" " + d.tm() + sep + d.ch(["VITD25", "HIV1/2", "QUANTIFERON", "LEAD", "HCV RNA"]) + sep + d.ch(["C1043", "C2201"]) + "\n")
    elif lay == 3:
        d.t("Ontario Laboratory Requisition\n")
        d.t("Health Number: ")
        d.L("health_plan", d.healthcard("ON"))
        d.t("  Version: " + d.letters(2) + "   Sex: " + P.sex + "\nDate of Birth: ")
        d.dob(P.dob, d.ch(["iso", "dmY"]))
        d.t("\nPatient's Last Name (as per OHIP Card): ")
        d.nm(P, "LAST")
        d.t("\nPatient's First & Middle Names: ")
        d.L("name", (P.given + " " + P.mid).upper())
        d.t("\nPatient's Address (incl. Postal Code): ")
        d.ad(a, "full")
        d.t("\nTelephone: ")
        d.ph()
        d.t("\nClinician/Practitioner: Dr. ")
        d.nm(doc, "full")
        d.t("  Billing # ")
        d.L("license", d.digits(6))
        d.t("\nCopy to: Dr. ")
        d.nm(d.clin(), "F. Last")
        d.t("\nTests: " + d.ch(["Glucose - Fasting, HbA1C", "Creatinine (eGFR), Urinalysis", "Lipid Assessment"]) + "\n")
    else:
        d.t("*** SPECIMEN LABEL REPRINT ***\n")
        for i in range(2):
            d.L("name", d.vo(d.fmt_name(P, "LAST, FIRST M")))
            d.t("  ")
            d.dob(P.dob, "mdY" if d.region == "US" else "dmY")
            d.t(f"  {P.sex}  ")
            if P.age > 89:
                d.L("age", str(P.age))
                d.t("Y\n")
            else:
                d.t(f"{P.age}Y\n")
            d.t(d.lab("mrn"))
            d.L("mrn", d.vo(d.mrn()))
            d.t("  ACC ")
            d.L("id", d.vo(d.digits(10)))
            d.t("\n" + d.ch(["LAV 4mL", "SST 5mL", "LT BLUE", "URINE CUP"]) + "  Coll: ")
            stamp(d)
            d.t("  by ")
            d.nm(phleb, "init")
            d.t("\n||||| |||| ||| |||||| ||\n")
        d.t("Reprint reason: " + d.x("label smudged, per ") )
        d.nm(d.person(), d.ch(["first", "First L"]))
        d.t("\n")
    end_pad(d, P, 12)


def st_prior_auth_appeal(d, k):
    lay = k % 5
    P = d.person(old=d.p(0.2))
    a = d.addr()
    doc = d.clin()
    payer = d.ch(PAYERS)
    org = fac(d)
    drug, dose = d.ch(DRUGS)
    if lay == 0:
        d.dt(d.recent())
        d.t("\n\n" + payer + "\nPharmacy Prior Authorization Dept\n")
        d.ad(d.addr(), "lines")
        d.t("\n\n" + d.x("RE: Prior authorization request for ") + f"{drug} {dose}\n" + d.x("Patient: "))
        d.nm(P, "full")
        d.t("   " + d.lab("dob"))
        d.dob(P.dob)
        d.t("\n" + d.lab("member"))
        d.L("health_plan", d.member())
        d.t("\n\n" + d.x("To whom it may concern,\n\nI am writing on behalf of my patient, "))
        d.nm(P, d.ch(["title", "full"]) if False else "full")
        d.t(d.x(", who has " ) + clinical(d, 3) + d.x(". Formulary alternatives were tried since ") + str(d.ri(2015, 2022)) +
            d.x(" without success. Please contact my office at "))
        d.ph()
        d.t(d.x(" or fax "))
        d.ph(kind="fax")
        d.t(".\n\nSincerely,\n\n")
        d.nm(doc, "full")
        d.t(", " + doc.cred + "\nNPI ")
        d.L("license", d.npi())
        d.t("   DEA ")
        d.L("license", d.dea(doc.family))
        d.t("\n")
    elif lay == 1:
        d.t("LEVEL 1 CLAIM APPEAL\n" + d.lab("claim"))
        d.L("id", d.ch(["CLM", "", "C-"]) + d.digits(11))
        d.t("\n" + d.ch(["Date of service: ", "DOS: ", "Service date "]))
        d.dt(d.recent(40, 90))
        d.t("\n" + d.lab("account"))
        d.L("account", d.acct())
        d.t("\nMember: ")
        d.nm(P, "LAST, FIRST")
        d.t("  ID ")
        d.L("health_plan", d.member())
        d.t("\n")
        d.ad(a, "full")
        d.t("\n\n" + d.x("We are appealing the denial dated "))
        d.dt(d.recent(10, 30))
        d.t(d.x(" (reason code CO-50). The patient was seen by Dr. "))
        d.nm(doc, "last")
        d.t(d.x(" for ") + clinical(d, 2) + d.x(". Records attached. Billing contact: "))
        bc = d.person()
        d.nm(bc, d.ch(["full", "First L"]))
        d.t(", ")
        d.ph()
        d.ext()
        d.t(", ")
        d.L("email", d.staff_email(bc, domain_for(org)))
        d.t("\n")
    elif lay == 2:
        d.t(payer.upper() + "\nNOTICE OF " + d.ch(["ADVERSE DETERMINATION", "APPROVAL", "PARTIAL APPROVAL"]) + "\n\n")
        d.dt(d.today, "Bd,Y")
        d.t("\n\n")
        d.nm(P, "FULLUP")
        d.t("\n")
        d.ad(a, "lines")
        d.t("\n\n" + d.x("Dear "))
        d.t(P.title + " ")
        d.nm(P, "last")
        d.t(d.x(":\n\nWe reviewed the request from "))
        d.nm(doc, "full")
        d.t(d.x(" for ") + f"{drug} {dose}" + d.x(". Case number "))
        d.L("id", d.digits(12))
        d.t(d.x(". Reviewer: "))
        d.nm(d.clin(), "full")
        d.t(d.x(", MD. You may appeal within 60 days by calling "))
        d.ph()
        d.t(d.x(" (TTY 711) or online at "))
        d.L("url", "https://www." + domain_for(payer) + "/appeals")
        d.t(".\n" + d.lab("member"))
        d.L("health_plan", d.member())
        d.t("\n")
    elif lay == 3:
        d.t("FAX COVER SHEET\nTo: " + payer + " PA unit   Fax: ")
        d.ph(kind="fax")
        d.t("\nFrom: ")
        ma = d.person()
        d.nm(ma, "full")
        d.t(" @ " + org + "   Ph: ")
        d.ph()
        d.t("   Fax: ")
        d.ph(kind="fax")
        d.t(f"\nPages: {d.ri(3, 9)}   Date: ")
        d.dt(d.today)
        d.t("\nCONFIDENTIAL\n\n--- PRIOR AUTHORIZATION FORM ---\n")
        header(d, P, ["name", "dob", "hp"], a=a)
        d.t("Drug: " + f"{drug} {dose}" + "  Qty: 30  Days: 30\nPrescriber: ")
        d.nm(doc, "Last, First")
        d.t("  NPI: ")
        d.L("license", d.npi())
        d.t("\nDx: " + clinical(d, 2) + "\n")
    else:
        imp, mdl, kind = d.ch(IMPLANTS)
        dev = d.ch(["power wheelchair", "CPAP", "hospital bed", "insulin pump", "wound vac"])
        d.t(d.x("LETTER OF MEDICAL NECESSITY - DME\n"))
        d.dt(d.today)
        d.t("\nRe: ")
        d.nm(P, "full")
        d.t(", " + d.lab("dob"))
        d.dob(P.dob)
        d.t(", " + d.lab("medicare"))
        d.L("health_plan", d.mbi() if d.region == "US" else d.member())
        d.t("\n\n" + d.x("I am requesting a " + dev + " for this patient. ") + clinical(d, 2) +
            d.x(". Current device, ") + dev + " model " + d.ch(["E-1000", "AirSense 10", "TP-22", "t:slim X2"]) + ", " + d.lab("serial"))
        d.L("device", d.serial())
        d.t(d.x(", is out of warranty. Patient also has a " + kind + " (") + imp + " " + mdl + d.x(", serial "))
        d.L("device", d.serial())
        d.t(d.x("). Supplier: ") + d.ch(["MedEquip Direct", "Apex Home Medical"]) + d.x(", phone "))
        d.ph()
        d.t(".\n\n")
        d.nm(doc, "full")
        d.t(", " + doc.cred + "\n" + d.lab("npi"))
        d.L("license", d.npi())
        d.t("\n")
    end_pad(d, P, 12)


def st_incident_report(d, k):
    lay = k % 5
    P = d.person(old=d.p(0.35))
    a = d.addr()
    rn, wit, sup = d.person(), d.person(), d.person()
    if lay == 0:
        d.t("PATIENT SAFETY EVENT REPORT\nEvent #: ")
        d.L("id", "PSE-" + d.digits(6))
        d.t("\nDate of event: ")
        d.dt(d.recent(0, 3))
        d.t("  Time: " + d.tm() + "  Location: " + d.ch(["4 West", "ED bay 7", "Radiology", "Rehab gym"]) +
            f" rm {d.ri(100, 699)}\nPatient: ")
        d.nm(P, "LAST, FIRST")
        d.t("  " + d.lab("mrn"))
        d.L("mrn", d.mrn() if d.region != "UK" else d.hospno())
        d.t("  ")
        d.age(P.age, "Age:")
        d.t("\nEvent type: " + d.ch(["Fall - unassisted", "Skin tear", "Wrong patient label", "Elopement attempt"]) +
            "\nDescription: " + d.x("pt found on floor by bed, states she was reaching for phone. ") + clinical(d, 2) +
            d.x(". Family ("))
        rr, R = relative(d)
        d.t(rr + " ")
        d.nm(R, d.ch(["full", "first"]))
        d.t(d.x(") notified by phone "))
        d.ph()
        d.t("\nReported by: ")
        d.nm(rn, "full")
        d.t(", RN   Supervisor: ")
        d.nm(sup, d.ch(["F. Last", "Last, First"]))
        d.t("\n")
    elif lay == 1:
        d.t("FALL NARRATIVE\n")
        d.dt(d.recent())
        d.t(" " + d.tm() + d.x(" - Heard a thud from room ") + str(d.ri(100, 499)) + d.x(". On entering found resident ") )
        d.nm(P, d.ch(["full", "First L"]))
        d.t(" (")
        d.age(P.age, d.ch(["yo", "y/o"]))
        d.t(d.x(") sitting on floor. Witness: CNA "))
        d.nm(wit, d.ch(["first", "full"]))
        d.t(d.x(" and visitor "))
        vr, V = relative(d)
        d.nm(V, d.ch(["full", "Last, First"]))
        d.t(d.x(" (resident's " + vr + ", lives in "))
        d.ad(d.addr(), "town")
        d.t(d.x("). ") + clinical(d, 2) + d.x(". Dr "))
        doc = d.clin()
        d.nm(doc, "last")
        d.t(d.x(" notified at ") + d.tm() + d.x(", POA "))
        poa = d.person()
        d.nm(poa, "full")
        d.t(d.x(" notified at "))
        d.ph()
        d.t(". --")
        d.nm(rn, d.ch(["init", "F. Last"]))
        d.t(" RN\n")
    elif lay == 2:
        drug, dose = d.ch(DRUGS)
        d.t("MEDICATION EVENT\nReport #: ")
        d.L("id", d.digits(7))
        d.t("   Date: ")
        d.dt(d.recent())
        d.t("\nPatient: ")
        d.nm(P, d.ch(HDR_NAME_FORMS))
        d.t("  " + d.lab("dob"))
        d.dob(P.dob)
        d.t("\n" + d.x("Ordered ") + f"{drug} {dose}" + d.x(", given ") + f"{drug} {d.ri(2, 10)}0 mg" +
            d.x(". Rx # "))
        d.L("id", d.digits(7))
        d.t(d.x(" filled by ") + d.ch(PHARMACIES) + ", " )
        d.ad(d.addr(), "full")
        d.t(d.x(". Caught by nurse "))
        d.nm(rn, d.ch(["first", "full"]))
        d.t(d.x(". Pharmacist "))
        ph_ = d.person()
        d.nm(ph_, "full")
        d.t(", PharmD, " + d.lab("phone"))
        d.ph()
        d.t("\nHarm: " + d.ch(["none", "temporary", "monitoring req"]) + "\n")
    elif lay == 3:
        d.t("SECURITY INCIDENT REPORT\n" + d.lab("police"))
        d.L("id", f"{d.today.year % 100}-" + d.digits(6))
        d.t("\nOfficer: ")
        off = d.person()
        d.nm(off, d.ch(["LAST", "Last, First", "F. Last"]))
        d.t("  " + d.lab("badge"))
        d.L("id", d.digits(4))
        d.t("\n" + d.x("Visitor ") )
        V = d.person()
        d.nm(V, d.ch(["full", "FULLUP"]))
        d.t(d.x(" became verbal at ED triage asking for patient "))
        d.nm(P, d.ch(["full", "last"]))
        d.t(d.x(". ID checked: ") + d.lab("dl"))
        d.L("license", d.dl())
        d.t(d.x(", address on licence "))
        d.ad(d.addr(), "full")
        d.t(d.x(". Vehicle ") + d.ch(CARS) + d.x(" plate "))
        d.L("vehicle", d.plate())
        d.t(d.x(" in lot C. Escorted out at ") + d.tm() + ". " + d.ch(["City PD report ", "PD ref ", "Police ref no. "]))
        d.L("id", d.digits(8))
        d.t("\n")
    else:
        d.t("VEHICLE DAMAGE CLAIM - PARKING STRUCTURE\nClaim #: ")
        d.L("id", "VD" + d.digits(6))
        d.t("\nClaimant: ")
        d.nm(P, d.ch(["full", "Last, First"]))
        d.t("  " + d.lab("phone"))
        d.ph()
        d.t("\n")
        d.ad(a, "lines")
        d.t("\nVehicle: " + d.ch(CARS) + f" {d.ri(2008, 2023)}  " + d.lab("plate"))
        d.L("vehicle", d.plate())
        d.t("  " + d.lab("vin"))
        d.L("vehicle", d.vin())
        d.t("\n" + d.x("Damage: rear bumper scraped by shuttle, driver "))
        drv = d.person()
        d.nm(drv, d.ch(["first", "nickfull", "full"]))
        d.t(d.x(" (employee ")+ d.lab("badge", " ").strip() + " ")
        d.L("id", d.digits(5))
        d.t(d.x("). Witness "))
        d.nm(wit, "full")
        d.t(d.x(", ") )
        d.ph()
        d.t("\nDate: ")
        d.dt(d.recent())
        d.t("\n")
    end_pad(d, P, 12)


def st_research_crf(d, k):
    lay = k % 5
    P = d.person()
    a = d.addr()
    crc, pi = d.person(), d.clin()
    proto = d.ch(["ABC-301", "HF-CARE-02", "DM2-ACT", "PD-GAIT-11", "KR-4412"])
    if lay == 0:
        d.t(f"CRF - Visit {d.ri(2, 8)}  Protocol {proto}  Site {d.ri(1, 40):03d}\n" + d.lab("study"))
        d.L("id", f"{d.ri(1, 40):03d}-{d.digits(4)}")
        d.t("   Initials: ")
        d.nm(P, "init3")
        d.t("\nVisit date: ")
        d.dt(d.recent(), d.ch(["dBY-up", "iso"]))
        d.t("   " + d.lab("dob"))
        d.dob(P.dob, "dBY-up")
        d.t("\nVitals: " + clinical(d, 3) + "\nConmeds: " + " ; ".join(f"{x} {y}" for x, y in d.r.sample(DRUGS, 2)) +
            "\nAE since last visit: " + d.ch(["none", "Y - see AE log", "nausea grade 1"]) + "\nCompleted by: ")
        d.nm(crc, d.ch(["init", "full"]))
        d.t("  ")
        d.dt(d.today)
        d.t("\nPI signature: ")
        d.nm(pi, "full")
        d.t(" (e-signed) ")
        d.dt(d.today)
        d.t("\nSource: chart " + d.lab("mrn"))
        d.L("mrn", d.mrn())
        d.t("\n")
    elif lay == 1:
        d.t(f"# extract {proto} ")
        d.dt(d.today, "iso")
        d.t("\nsubject_id,site,mrn,last,first,dob,consent_dt,zip\n")
        for i in range(3):
            Q = P if i == 0 else d.person()
            A2 = a if i == 0 else d.addr()
            d.L("id", f"S{d.digits(5)}")
            d.t(f",{d.ri(1, 40):02d},")
            d.L("mrn", d.mrn().replace(",", ""))
            d.t(",")
            d.L("name", Q.family)
            d.t(",")
            d.L("name", Q.given)
            d.t(",")
            d.dob(Q.dob, "iso")
            d.t(",")
            d.dt(d.recent(30, 300), "iso")
            d.t(",")
            d.L("zip", A2.post)
            d.t("\n")
    elif lay == 2:
        d.t(f"HDR{proto:<10}{d.fmt_date(d.today, 'Ymd')}\n" if False else "HDR" + proto.ljust(11))
        d.dt(d.today, "Ymd")
        d.t("\n")
        for i in range(3):
            Q = P if i == 0 else d.person()
            d.t("DTL")
            sid = d.digits(6)
            d.L("id", sid)
            d.t(" ")
            nm1 = Q.family.upper()[:12]
            d.L("name", nm1.strip())
            d.t(" " * (13 - len(nm1.strip())))
            nm2 = Q.given.upper()[:10]
            d.L("name", nm2.strip())
            d.t(" " * (11 - len(nm2.strip())))
            d.dob(Q.dob, "Ymd")
            d.t(" " + Q.sex + " ")
            d.L("mrn", d.digits(9))
            d.t(" " + d.ch(["RAND", "SCRN", "COMP", "WDRN"]) + "\n")
        d.t(f"TRL{3:06d}\n")
    elif lay == 3:
        d.t(f"ADVERSE EVENT LOG - {proto}\n" + d.lab("study"))
        d.L("id", d.digits(3) + "-" + d.digits(3))
        d.t("  Subject: ")
        d.nm(P, d.ch(["init", "init3", "First L"]))
        d.t("\nAE# | Term | Onset | Resolved | Grade | SAE | Reported by\n")
        for i in range(3):
            d.t(f"{i + 1} | " + d.ch(["nausea", "fall", "rash", "dizziness", "hypoglycaemia", "UTI"]) + " | ")
            d.dt(d.recent(10, 60), "dBY-up")
            d.t(" | ")
            if d.p(0.7):
                d.dt(d.recent(0, 9), "dBY-up")
            else:
                d.t("ongoing")
            d.t(f" | {d.ri(1, 3)} | " + d.ch(["N", "N", "Y"]) + " | ")
            d.nm(crc, d.ch(["init", "First L"]))
            d.t("\n")
        d.t(d.x("Note: SAE #3 - hospitalised at ") + fac(d) + d.x(", spouse ") )
        S = d.person()
        d.nm(S, "first")
        d.t(d.x(" reported by phone "))
        d.ph()
        d.t("\n")
    else:
        d.t(f"SCREENING / ENROLMENT LOG  {proto}\n#  | Name | MRN | Screen date | Status | Reason\n")
        for i in range(4):
            Q = P if i == 0 else d.person(old=d.p(0.15))
            d.t(f"{i + 1}  | ")
            d.nm(Q, d.ch(["Last, First", "LAST, FIRST", "full", "First L"]))
            d.t(" | ")
            d.L("mrn", d.mrn())
            d.t(" | ")
            d.dt(d.recent(0, 60))
            d.t(" | " + d.ch(["enrolled", "screen fail", "declined", "pending"]) + " | " +
                d.ch(["", "A1c 12.1%", "eGFR 22", "age 88", "moved away", "lives too far"]) + "\n")
        d.t("Log kept by ")
        d.nm(crc, "full")
        d.t("\n")
    end_pad(d, P, 12)


def st_forensic_eval(d, k):
    lay = k % 5
    P = d.person()
    a = d.addr()
    ev, judge, atty = d.clin(), d.person(), d.person()
    if lay == 0:
        d.t(fac(d) + " Forensic Services\n")
        d.dt(d.today, "Bd,Y" if d.region != "UK" else "dBY")
        d.t("\n\nThe Honorable ")
        d.nm(judge, "full")
        d.t("\n" + d.ch(["Superior Court", "District Court", "Circuit Court"]) + ", Dept " + str(d.ri(1, 30)) +
            "\n\nRe: People v. ")
        d.nm(P, "full")
        d.t("\nCase No. ")
        d.L("id", f"{d.today.year % 100}CR" + d.digits(6))
        d.t("\n" + d.lab("dob"))
        d.dob(P.dob)
        d.t("\n\nDear Judge ")
        d.nm(judge, "last")
        d.t(":\n\n" + d.x("Pursuant to your order dated "))
        d.dt(d.recent(20, 60))
        d.t(d.x(", I evaluated Mr. " if P.sex == "M" else ", I evaluated Ms. "))
        d.nm(P, "last")
        d.t(d.x(" regarding competency to stand trial at the county jail on "))
        d.dt(d.recent(3, 15))
        d.t(d.x(". Defense counsel "))
        d.nm(atty, "full")
        d.t(d.x(" was present. ") + clinical(d, 1) + ".\n\nRespectfully,\n")
        d.nm(ev, "full")
        d.t(", PhD, ABPP\n" + d.lab("lic"))
        d.L("license", "PSY" + d.digits(5))
        d.t("\n")
    elif lay == 1:
        d.t("CHILD CUSTODY EVALUATION - CONFIDENTIAL\nIn re the marriage of ")
        M = d.person(sex="F")
        F = d.person(sex="M")
        d.nm(M, "full")
        d.t(" and ")
        d.nm(F, "full")
        d.t("\nMatter #: ")
        d.L("id", d.digits(2) + "-FL-" + d.digits(5))
        d.t("\n\n" + d.x("Children: "))
        kids = [d.person(minor=True) for _ in range(2)]
        for i, c in enumerate(kids):
            if i:
                d.t(" and ")
            d.nm(c, "first")
            d.t(" (DOB ")
            d.dob(c.dob)
            d.t(")")
        d.t(d.x(".\nMother resides at "))
        d.ad(a, "full")
        d.t(d.x("; father has moved in with his girlfriend, "))
        G = d.person(sex="F")
        d.nm(G, d.ch(["first", "full"]))
        d.t(d.x(", in "))
        d.ad(d.addr(), "town")
        d.t(d.x(". Collateral contacts: teacher "))
        T = d.person()
        d.t(T.title + " ")
        d.nm(T, "last")
        d.t(d.x(", pastor "))
        pas = d.person(sex="M")
        d.t("Rev. ")
        d.nm(pas, d.ch(["full", "last"]))
        d.t(d.x(", maternal grandmother ") )
        GM = d.person(sex="F", old=True)
        d.nm(GM, "full")
        d.t(" (")
        d.age(GM.age, "yo")
        d.t(").\n")
    elif lay == 2:
        d.t("FORENSIC PSYCHIATRIC REPORT\nExaminee: ")
        d.nm(P, "LAST, FIRST M")
        d.t("   " + d.lab("dob"))
        d.dob(P.dob)
        d.t("\nReferral source: ")
        d.nm(atty, "full")
        d.t(", Esq.\nDates of interview: ")
        d.dt(d.recent(20, 30))
        d.t(", ")
        d.dt(d.recent(5, 19))
        d.t("\n\nRECORDS REVIEWED\n")
        d.t("1. " + fac(d) + " records, " + d.lab("mrn"))
        d.L("mrn", d.mrn())
        d.t("\n2. Police report " + d.lab("police", " ").strip() + " ")
        d.L("id", d.digits(2) + "-" + d.digits(6))
        d.t(d.x(", Officer "))
        d.nm(d.person(), "last")
        d.t("\n3. Jail medical records (booking #")
        d.L("id", d.digits(8))
        d.t(")\n4. " + d.x("Interview with sister, ") )
        Z = d.person(sex="F")
        d.nm(Z, "full")
        d.t(", by phone ")
        d.ph()
        d.t("\n")
    elif lay == 3:
        d.t("IN THE " + d.ch(["CROWN COURT AT LEEDS", "CROWN COURT AT BRADFORD", "MAGISTRATES' COURT"]) +
            "\nR v ")
        d.nm(P, d.ch(["FULLUP", "full"]))
        d.t("\nPSYCHIATRIC REPORT\nPrepared by: Dr ")
        d.nm(ev, "full")
        d.t(", MRCPsych, GMC ")
        d.L("license", d.digits(7))
        d.t("\nDate: ")
        d.dt(d.today, "dBY")
        d.t("\n\n" + d.x("1. I interviewed "))
        d.t(P.title.rstrip(".") + " ")
        d.nm(P, "last")
        d.t(d.x(" at HMP ") + d.ch(["Leeds", "Wakefield", "Durham"]) + d.x(" on "))
        d.dt(d.recent(5, 20), "dBY")
        d.t(d.x(". His date of birth is " if P.sex == "M" else ". Her date of birth is "))
        d.dob(P.dob, "dBY")
        d.t(d.x(". NHS number "))
        d.L("health_plan", d.nhs())
        d.t(d.x(".\n2. Before remand he lived at " if P.sex == "M" else ".\n2. Before remand she lived at "))
        d.ad(a, "full")
        d.t(d.x(" with his partner " if P.sex == "M" else " with her partner "))
        Pa = d.person()
        d.nm(Pa, "full")
        d.t(d.x(".\n3. Solicitor: "))
        d.nm(atty, "full")
        d.t(d.x(", tel "))
        d.ph()
        d.t("\n")
    else:
        d.t("COURT-ORDERED ASSESSMENT (Criminal Code s. 672.11)\nAccused: ")
        d.nm(P, "LAST, FIRST")
        d.t("  " + d.lab("dob"))
        d.dob(P.dob)
        d.t("\n" + d.lab("hcn"))
        d.L("health_plan", d.healthcard(a.state))
        d.t("\n" + d.x("Index offence: dangerous operation of a motor vehicle; ") + d.ch(CARS) + ", " + d.lab("plate"))
        d.L("vehicle", d.plate())
        d.t(", " + d.lab("vin"))
        d.L("vehicle", d.vin())
        d.t("\n" + d.lab("dl"))
        d.L("license", d.dl())
        d.t("\n" + d.x("Interview conducted in " + d.ch(["Punjabi", "Arabic", "Tigrinya", "Portuguese", "Vietnamese"]) +
                        " via interpreter "))
        I = d.person()
        d.nm(I, "full")
        d.t(" (" + d.lab("interp", " ").strip() + " ")
        d.L("id", d.digits(6))
        d.t(d.x(").\nLives with parents at "))
        d.ad(a, d.ch(["full", "street"]))
        d.t(".\nAssessor: Dr. ")
        d.nm(ev, "full")
        d.t("\n")
    end_pad(d, P, 12)


def st_sbar_handoff(d, k):
    lay = k % 5
    P = d.person(old=d.p(0.4))
    rn, rn2, doc = d.person(), d.person(), d.clin()
    rr, R = relative(d)
    if lay == 0:
        d.t("SBAR\nS: ")
        d.nm(P, d.ch(["full", "Last, First"]))
        d.t(", ")
        d.age(P.age, d.ch(["yo", "y/o", "-year-old"]))
        d.t(f" {P.sex}, rm {d.ri(200, 699)}, " + d.x("new ") + clinical(d, 2) + "\nB: " + d.x("admitted ") )
        d.dt(d.recent(1, 5))
        d.t(d.x(" w/ ") + d.ch(DX)[0] + d.x(", " + d.lab("mrn")) )
        d.L("mrn", d.mrn() if d.region != "UK" else d.hospno())
        d.t(d.x(". Lives alone in "))
        d.ad(d.addr(), "town")
        d.t("\nA: " + clinical(d, 3) + "\nR: " + d.x("pls page Dr ") )
        d.nm(doc, "last")
        d.t(d.x(" if worse; " + rr + " "))
        d.nm(R, "first")
        d.t(d.x(" wants call any time "))
        d.ph()
        d.t("\n-- ")
        d.nm(rn, "init")
        d.t(" RN ")
        stamp(d, d.today)
        d.t("\n")
    elif lay == 1:
        d.t("SHIFT REPORT  " + d.ch(["4 North", "MedSurg B", "Tele 3"]) + "  ")
        d.dt(d.today)
        d.t("  off: ")
        d.nm(rn, "first")
        d.t("  on: ")
        d.nm(rn2, "first")
        d.t("\n")
        for i in range(3):
            Q = P if i == 0 else d.person(old=d.p(0.4))
            d.t(f"{d.ri(401, 440)}{d.ch('AB')} ")
            d.nm(Q, d.ch(["LAST", "Last, First", "F. Last", "full"]))
            d.t(" ")
            d.agesex(Q)
            d.t(" - " + clinical(d, 2) + d.x(". " + d.ch(["fam at bedside", "NPO after midnight", "fall risk",
                                                          "dc tmrw"])))
            if i == 1:
                d.t(d.x(", wife "))
                W = d.person(sex="F")
                d.nm(W, "first")
                d.t(d.x(" calls q shift "))
                d.ph()
            d.t("\n")
    elif lay == 2:
        d.t("I-PASS\nIllness severity: " + d.ch(["stable", "watcher", "unstable"]) + "\nPatient summary: ")
        d.nm(P, d.ch(["full", "First M. Last"]))
        d.t(" ")
        d.agesex(P)
        d.t(", " + d.lab("mrn"))
        d.L("mrn", d.mrn() if d.region != "UK" else d.hospno())
        d.t(d.x(", admitted "))
        d.dt(d.recent(1, 6))
        d.t(" - " + clinical(d, 3) + "\nAction list: " + d.x("f/u cultures, call " + rr + " "))
        d.nm(R, d.ch(["full", "first"]))
        d.t(" ")
        d.ph()
        d.t("\nSituation awareness: " + d.x("code status discussed with HCP ") )
        d.nm(R, d.ch(["first", "last"]))
        d.t("\nSynthesis: ")
        d.nm(rn2, "init")
        d.t(" read back. Handoff ")
        d.nm(rn, "First L")
        d.t(" -> ")
        d.nm(rn2, "First L")
        d.t(" ")
        stamp(d, d.today)
        d.t("\n")
    elif lay == 3:
        d.t("txt handoff\n")
        d.t(d.tm() + " ")
        d.nm(rn, "firstlow")
        d.t(": " + d.x("hey so bed " + str(d.ri(1, 30)) + " is "))
        d.nm(P, d.ch(["lower", "firstlow"]))
        d.t(" ")
        d.age(P.age, "yo")
        d.t(d.x(" came up from ed ") )
        d.dt(d.recent(0, 1), d.ch(["md", "dm"]) if d.region != "UK" else "dm")
        d.t(d.x(" nite, ") + clinical(d, 2).lower() + d.x(" daughter "))
        D = d.person(sex="F")
        d.nm(D, "firstlow")
        d.t(d.x(" is nice but son "))
        S = d.person(sex="M")
        d.nm(S, d.ch(["firstlow", "nick"]))
        d.t(d.x(" kinda difficult, he lives out in "))
        d.ad(d.addr(), "town")
        d.t("\n" + d.tm() + " ")
        d.nm(rn2, "firstlow")
        d.t(": " + d.x("ok got it. did dr "))
        d.nm(doc, "lower" if d.p(0.5) else "last")
        d.t(d.x(" see him"))
        d.t("\n" + d.tm() + " ")
        d.nm(rn, "firstlow")
        d.t(": " + d.x("ya, labs pending, mrn "))
        d.L("mrn", d.mrn())
        d.t(d.x(" if u need. sons # "))
        d.ph()
        d.t("\n")
    else:
        d.t("WARD HANDOVER - " + d.ch(["Ward 12", "Ainsley Ward", "AMU", "Ward 7B"]) + " - ")
        d.dt(d.today, d.ch(["dmY", "dBY"]))
        d.t(" night\n")
        for bay in range(1, 4):
            Q = P if bay == 1 else d.person(old=d.p(0.5))
            d.t(f"Bay {d.ri(1, 6)} bed {d.ri(1, 6)}: " + (Q.title.rstrip(".") if Q.sex == "F" else "Mr") + " ")
            d.nm(Q, d.ch(["last", "LAST", "full"]))
            d.t(" ")
            d.agesex(Q)
            d.t(" - " + clinical(d, 2))
            if bay == 1:
                d.t(d.x(". NOK daughter "))
                D = d.person(sex="F")
                d.nm(D, d.ch(["first", "full"]))
                d.t(" ")
                d.ph()
                d.t(d.x(", lives in "))
                d.ad(d.addr(), d.ch(["town", "town"]))
                d.t(". Hosp no ")
                d.L("mrn", d.hospno())
            d.t("\n")
        d.t("Nurse in charge: ")
        d.nm(rn, d.ch(["first", "full"]))
        d.t("\n")
    end_pad(d, P, 12)


def st_telehealth_chat(d, k):
    lay = k % 5
    P = d.person()
    a = d.addr()
    doc, ma = d.clin(), d.person()
    rr, R = relative(d)
    handle = d.ch([P.given.lower() + "_" + P.family.lower().replace(" ", "")[:4] + str(d.ri(1, 99)),
                   P.given.lower() + P.family[0].lower() + str(d.ri(60, 99)),
                   P.family.lower().replace(" ", "").replace("'", "") + "." + P.given[0].lower()])
    if lay == 0:
        d.t("Chat transcript - virtual visit\n")
        lines = [(ma, "Hi, I'm " + "{MA}" + ", I'll get you checked in. Can you confirm your date of birth?"),
                 (P, "{DOB}"), (ma, "Thanks. And your current address?"), (P, "{ADDR}"),
                 (doc, "Hi {PFIRST}, it's Dr. {DOCLAST}. How's the " + d.ch(DRUGS)[0] + "?"),
                 (P, "better but my " + rr + " {RFIRST} says i seem tired"), (doc, clinical(d, 2) + " - let's recheck labs.")]
        for who, msg in lines:
            d.t("[" + d.tnext() + "] ")
            if who is P:
                d.L("name", handle)
            else:
                d.nm(who, d.ch(["full", "First L", "F. Last"]))
            d.t(": ")
            parts = msg.replace("{", "\x00{").replace("}", "}\x00").split("\x00")
            for part in parts:
                if part == "{MA}":
                    d.nm(ma, "first")
                elif part == "{DOB}":
                    d.dob(P.dob)
                elif part == "{ADDR}":
                    d.ad(a, d.ch(["full", "sentence"]))
                elif part == "{PFIRST}":
                    d.nm(P, "first")
                elif part == "{DOCLAST}":
                    d.nm(doc, "last")
                elif part == "{RFIRST}":
                    d.nm(R, d.ch(["firstlow", "first", "nick"]))
                else:
                    d.t(d.x(part) if who is P else part)
            d.t("\n")
    elif lay == 1:
        d.t("MEETING LOG\nMeeting ID: " + f"{d.ri(100, 999)} {d.ri(100, 999)} {d.ri(1000, 9999)}" + "\nJoin URL: ")
        d.L("url", "https://zoom.us/j/" + d.digits(11) + "?pwd=" + d.letters(10) if d.p(0.5) else
            "https://telehealth." + domain_for(fac(d)) + "/v/" + d.letters(8).lower())
        d.t("\nHost: ")
        d.nm(doc, "full")
        d.t("\nParticipants:\n")
        for who, role in [(doc, "host"), (P, "patient"), (R, rr)]:
            d.t("  ")
            if who is P and d.p(0.5):
                d.L("name", handle)
            else:
                d.nm(who, d.ch(["full", "First L", "lower"]))
            d.t(f" ({role})  joined ")
            stamp(d, d.today)
            d.t("  device IP ")
            d.L("ip_address", d.ip())
            d.t("  " + d.ch(["iPhone", "Android", "Chrome/Windows", "iPad"]) + "\n")
        d.t("Notes: " + clinical(d, 2) + "\n")
    elif lay == 2:
        d.t("timestamp,sender,message\n")
        day = d.today
        msgs = [(P, "hi is this dr " + "{DOCLOW}"), (doc, "Yes, hi {PFIRST}. Please confirm DOB."), (P, "{DOB}"),
                (doc, "Thanks. Who is with you?"), (P, "my neighbour {NFULL} she drove me"),
                (doc, "OK. Pharmacy still the one on {STREET}?"), (P, "yes")]
        N = d.person(sex="F")
        for who, msg in msgs:
            d.dt(day, "iso")
            d.t(d.tnext(iso=True) + ",")
            if who is P:
                d.L("name", handle)
            else:
                d.nm(doc, d.ch(["Last,First", "full"]) if d.p(0.4) else "full")
            d.t(',"')
            parts = msg.replace("{", "\x00{").replace("}", "}\x00").split("\x00")
            for part in parts:
                if part == "{DOCLOW}":
                    d.nm(doc, "lower" if d.p(0.5) else "last")
                elif part == "{PFIRST}":
                    d.nm(P, "first")
                elif part == "{DOB}":
                    d.dob(P.dob, d.ch(["mdy", "dmy", "iso", "md"]) if False else None)
                elif part == "{NFULL}":
                    d.nm(N, d.ch(["lower", "firstlow", "full"]))
                elif part == "{STREET}":
                    d.L("address", d.addr().street)
                else:
                    d.t(part)
            d.t('"\n')
    elif lay == 3:
        d.t("WAITING ROOM AUDIT\n")
        events = ["patient entered waiting room", "identity verified", "admitted by host", "interpreter joined",
                  "recording consent declined", "left meeting"]
        I = d.person()
        f = d.ch(["iso", "mdY", "dBY-up", "dmY"])
        for ev in events:
            d.dt(d.today, f)
            d.t(" " + d.tnext() + " | ")
            if ev == "interpreter joined":
                d.nm(I, d.ch(["full", "First L"]))
                d.t(" | " + ev + " (" + d.lab("interp", " ").strip() + " ")
                d.L("id", d.digits(5))
                d.t(")")
            elif ev == "admitted by host":
                d.nm(doc, "full")
                d.t(" | " + ev)
            else:
                d.nm(P, d.ch(["full", "Last, First", "lower"]))
                d.t(" | " + ev)
                if ev == "identity verified":
                    d.t(" (DOB + ")
                    d.L("zip", a.post)
                    d.t(")")
                if ev == "patient entered waiting room":
                    d.t(" from ")
                    d.L("ip_address", d.ip())
            d.t("\n")
    else:
        d.t("SMS VISIT  " + fac(d) + "\n")
        num = d.new_phone(mobile=True)
        d.t("To: ")
        d.ph(num)
        d.t("\n")
        convo = [("out", "Hi {PFIRST}, this is {MA} from Dr {DOCLAST}'s office. Reply YES to start your text visit."),
                 ("in", "yes"), ("out", "Please reply with your date of birth."), ("in", "{DOB}"),
                 ("in", "also my husband {HFIRST} needs appt too his dob is {HDOB}"),
                 ("out", "Got it. Photo of the rash received. " + clinical(d, 1) + ". Rx sent, Rx # {RX}.")]
        H = d.person(sex="M")
        for dirn, msg in convo:
            d.t(("<< " if dirn == "in" else ">> ") + d.tnext() + " ")
            parts = msg.replace("{", "\x00{").replace("}", "}\x00").split("\x00")
            for part in parts:
                if part == "{PFIRST}":
                    d.nm(P, "first")
                elif part == "{MA}":
                    d.nm(ma, "first")
                elif part == "{DOCLAST}":
                    d.nm(doc, "last")
                elif part == "{DOB}":
                    d.dob(P.dob, d.ch(["mdY0", "mdy", "spokenN", "Bd,Y"]))
                elif part == "{HFIRST}":
                    d.nm(H, "firstlow")
                elif part == "{HDOB}":
                    d.dob(H.dob, "mdy")
                elif part == "{RX}":
                    d.L("id", d.digits(7))
                else:
                    d.t(d.x(part) if dirn == "in" else part)
            d.t("\n")
    end_pad(d, P, 12)


def st_radiology_report(d, k):
    lay = k % 5
    P = d.person(old=d.p(0.3))
    rad, ref = d.clin(), d.clin()
    if lay == 0:
        d.t(d.ch(["DIAGNOSTIC IMAGING REPORT", "RADIOLOGY REPORT"]) + "\n")
        header(d, P, ["name", "dob", "mrn", "acct"], seps="   ")
        d.t("Exam: " + d.ch(["CT head w/o contrast", "XR chest 2 views", "US abdomen complete", "CT A/P w contrast"]) +
            "   " + d.lab("accession"))
        d.L("id", d.digits(9))
        d.t("\nExam date: ")
        d.dt(d.recent())
        d.t("   Ordering: ")
        d.nm(ref, d.ch(["LAST, FIRST", "full"]))
        d.t("\n\nHISTORY: " + clinical(d, 1) + "\nFINDINGS: No acute abnormality. " + d.ch(EPONYMS) +
            ".\nIMPRESSION: Negative.\n\nDictated by: ")
        d.nm(rad, "full")
        d.t(", MD  ")
        stamp(d, d.today)
        d.t("\nTranscribed: ")
        d.nm(d.person(), "init")
        d.t("\n")
    elif lay == 1:
        imp, mdl, kind = d.ch(IMPLANTS)
        mon, monmdl = d.ch(MONITORS)
        d.t("MRI SAFETY SCREENING - IMPLANTED DEVICE\nPatient: ")
        d.nm(P, d.ch(HDR_NAME_FORMS))
        d.t("  " + d.lab("dob"))
        d.dob(P.dob)
        d.t("  " + d.lab("mrn"))
        d.L("mrn", d.mrn() if d.region != "UK" else d.hospno())
        d.t(f"\nGenerator: {imp}  Model {mdl}  " + d.lab("serial"))
        d.L("device", d.serial())
        d.t("\nRA lead: " + d.ch(LEADS) + "  " + d.lab("serial"))
        d.L("device", d.serial())
        d.t("\nRV lead: " + d.ch(LEADS) + "  " + d.lab("serial"))
        d.L("device", d.serial())
        d.t(f"\nHome monitor: {mon} model {monmdl}, " + d.lab("serial"))
        d.L("device", d.serial())
        d.t("\nImplanted " + str(d.ri(2012, 2022)) + " by Dr. ")
        d.nm(d.clin(), "last")
        d.t(". MR Conditional, 1.5T only. Device rep ")
        rep = d.person()
        d.nm(rep, d.ch(["full", "First L"]))
        d.t(" on site, " + d.lab("phone"))
        d.ph()
        d.t("\nScreened by: ")
        d.nm(d.person(), d.ch(["init", "full"]))
        d.t(", RT(R)(MR)\n")
    elif lay == 2:
        d.t(fac(d).upper() + " NHS TRUST - RADIOLOGY\n")
        d.t("Name: ")
        d.nm(P, "LAST, FIRST")
        d.t("   Hospital No: ")
        d.L("mrn", d.hospno())
        d.t("   NHS No: ")
        d.L("health_plan", d.nhs())
        d.t("\nDOB: ")
        d.dob(P.dob, "dmY")
        d.t("   Address: ")
        d.ad(d.addr(), "full")
        d.t("\nExamination: " + d.ch(["CT KUB", "MRI lumbar spine", "CXR PA", "USS pelvis"]) + "   Date: ")
        d.dt(d.recent(), "dmY")
        d.t("\nReferrer: Dr ")
        d.nm(ref, "F Last")
        d.t("\n\nReport: " + d.x("Appearances in keeping with ") + d.ch(DX)[0] + ".\n\nReported by Dr ")
        d.nm(rad, "full")
        d.t(", Consultant Radiologist, GMC ")
        d.L("license", d.digits(7))
        d.t("\n")
    elif lay == 3:
        d.t("ADDENDUM - CRITICAL RESULT\nOriginal report: " + d.ch(["CTA chest", "CT head", "XR pelvis"]) + " ")
        d.L("id", "ACC" + d.digits(8))
        d.t(", patient ")
        d.nm(P, d.ch(["full", "Last, First"]))
        d.t(" (" + d.lab("mrn", " ").strip() + " ")
        d.L("mrn", d.mrn() if d.region != "UK" else d.hospno())
        d.t(")\n" + d.x("Critical finding: ") + d.ch(["segmental PE", "acute SDH", "displaced femoral neck fx"]) +
            d.x(".\nDiscussed with Dr. "))
        d.nm(ref, d.ch(["full", "last"]))
        d.t(d.x(" by phone at ") )
        d.ph()
        d.t(" on ")
        d.dt(d.today)
        d.t(" at " + d.tm() + d.x(", read-back confirmed. Also informed charge nurse ") )
        d.nm(d.person(), "first")
        d.t(".\n")
        d.nm(rad, d.ch(["full", "init"]))
        d.t(", MD\n")
    else:
        exam = d.ch(["MAMMO SCREENING BILAT", "DEXA HIP/SPINE", "DIGITAL MAMMO DX L"])
        d.t("PATIENT|MRN|DOB|AGE|EXAM|ACC|DATE|REF\n")
        d.nm(P, "LAST,FIRST" if False else "LAST, FIRST")
        d.t("|")
        d.L("mrn", d.mrn())
        d.t("|")
        d.dob(P.dob, "mdY" if d.region == "US" else "dmY")
        d.t("|")
        if P.age > 89:
            d.L("age", str(P.age))
        else:
            d.t(str(P.age))
        d.t("|" + exam + "|")
        d.L("id", d.digits(8))
        d.t("|")
        d.dt(d.recent())
        d.t("|")
        d.nm(ref, "LAST")
        d.t("\n\nCOMPARISON: " + str(d.ri(2015, 2022)) + ".\nFINDINGS: BI-RADS " + str(d.ri(1, 3)) +
            ". T-score " + f"-{d.ri(10, 32) / 10}" + ".\nResults letter mailed to ")
        d.ad(d.addr(), "full")
        d.t(".\nReader: ")
        d.nm(rad, "full")
        d.t(" " + d.lab("npi"))
        d.L("license", d.npi())
        d.t("\n")
    end_pad(d, P, 12)


def st_pharmacy_call(d, k):
    lay = k % 5
    P = d.person(old=d.p(0.25))
    a = d.addr()
    tech, rph, doc = d.person(), d.person(), d.clin()
    drug, dose = d.ch(DRUGS)
    if lay == 0:
        d.t("CALL HISTORY - " + d.ch(PHARMACIES) + "\n")
        for i in range(3):
            stamp(d, d.recent(0, 3))
            d.t(" ")
            d.nm(tech, d.ch(["init", "first"]))
            d.t(": ")
            if i == 0:
                d.t(d.x("inbound from pt "))
                d.nm(P, d.ch(["full", "lower", "Last, First"]))
                d.t(d.x(", verified DOB "))
                d.dob(P.dob)
                d.t(d.x(" + addr "))
                d.ad(a, "street")
                d.t(d.x(". asking status of ") + f"{drug} {dose}" + d.x(" Rx# "))
                d.L("id", d.digits(7))
            elif i == 1:
                d.t(d.x("called Dr "))
                d.nm(doc, "last")
                d.t(d.x(" office "))
                d.ph()
                d.t(d.x(" re: refill auth, spoke w/ "))
                d.nm(d.person(), "first")
            else:
                d.t(d.x("lvm for pt at "))
                d.ph()
                r2, R2 = relative(d)
                d.t(d.x(", ok to leave msg w/ " + r2 + " "))
                d.nm(R2, d.ch(["first", "firstlow"]))
            d.t("\n")
    elif lay == 1:
        d.t("REJECT / PA WORK QUEUE\nRx#      | Patient              | Reject | Payer ID | Action\n")
        for i in range(3):
            Q = P if i == 0 else d.person(old=d.p(0.2))
            rx = d.digits(7)
            d.L("id", rx)
            d.t("  | ")
            nmv = d.fmt_name(Q, d.ch(["LAST, FIRST", "Last, First"]))
            d.L("name", nmv)
            d.t(" " * max(1, 21 - len(nmv)) + "| " + d.ch(["75 PA req", "70 NC", "79 RTS", "76 QTY"]) + " | ")
            d.L("health_plan", d.member())
            d.t(" | " + d.ch(["PA faxed", "called MD", "pt notified", "RTS"]) + "\n")
        d.t("PA faxed to Dr. ")
        d.nm(doc, "last")
        d.t(" at ")
        d.ph(kind="fax")
        d.t(" by ")
        d.nm(tech, "init")
        d.t("\n")
    elif lay == 2:
        d.t("PRESCRIPTION TRANSFER\nFrom: " + d.ch(PHARMACIES) + ", ")
        d.ad(d.addr(), "full")
        d.t("  Ph ")
        d.ph()
        d.t("\nTo: " + d.ch(PHARMACIES) + "  Ph ")
        d.ph()
        d.t("\nPatient: ")
        d.nm(P, d.ch(HDR_NAME_FORMS))
        d.t("  " + d.lab("dob"))
        d.dob(P.dob)
        d.t("\nOrig Rx# ")
        d.L("id", d.digits(7))
        d.t(f"  {drug} {dose}  refills remaining {d.ri(0, 5)}\nOrig written ")
        d.dt(d.recent(30, 200))
        d.t(" by Dr. ")
        d.nm(doc, "full")
        d.t("  DEA ")
        d.L("license", d.dea(doc.family))
        d.t("\nTransferring RPh: ")
        d.nm(rph, "full")
        d.t("  Receiving RPh: ")
        d.nm(d.person(), d.ch(["full", "First L"]))
        d.t("\n")
    elif lay == 3:
        prov = a.state
        d.t("PHARMACY NOTE - " + d.ch(PHARMACIES) + "\nPatient: ")
        d.nm(P, d.ch(["full", "LAST, FIRST"]))
        d.t("   " + d.lab("phn" if prov == "BC" else ("ramq" if prov == "QC" else "hcn")))
        d.L("health_plan", d.healthcard(prov))
        d.t("\n" + d.lab("dob"))
        d.dob(P.dob)
        d.t("\nDrug: " + f"{drug} {dose}" + " DIN " + d.digits(8) + "\n" +
            d.x("Pt's daughter ") )
        D = d.person(sex="F")
        d.nm(D, d.ch(["first", "full"]))
        d.t(d.x(" picked up. Counselled re: ") + clinical(d, 1) + d.x(". Delivery next time to "))
        d.ad(a, "full")
        d.t(d.x(" (buzzer ") + str(d.ri(100, 999)) + d.x("). Call "))
        d.ph()
        d.t(".\nRPh: ")
        d.nm(rph, d.ch(["init", "full"]))
        d.t("\n")
    else:
        d.t("SPECIALTY PHARMACY INTAKE CALL\n")
        stamp(d, d.today)
        d.t("  Agent: ")
        d.nm(tech, d.ch(["first", "First L"]))
        d.t("\nCaller: ")
        d.nm(P, d.ch(["full", "Last, First"]))
        d.t(d.x(" (patient). Verified identity with ZIP "))
        d.L("zip", a.post)
        d.t(d.x(" and last 4 of SSN "))
        d.L("ssn", d.digits(4))
        d.t(".\nDrug: " + d.ch(["adalimumab 40 mg/0.8 mL", "dupilumab 300 mg/2 mL", "etanercept 50 mg"]) +
            "\n" + d.lab("member"))
        d.L("health_plan", d.member())
        d.t("\nShip to: ")
        d.ad(a, "full")
        d.t("\nDelivery date: ")
        d.dt(d.soon(1, 5))
        d.t(d.x("  signature required - ") )
        d.t("signature capture id ")
        d.L("biometric", "SC-" + d.digits(10))
        r2, R2 = relative(d)
        d.t("\nAlt contact: " + r2 + " ")
        d.nm(R2, d.ch(["full", "first"]))
        d.t(" ")
        d.ph()
        d.t("\n")
    end_pad(d, P, 12)


def st_death_records(d, k):
    lay = k % 5
    P = d.person(old=d.p(0.6))
    a = d.addr()
    rr, R = relative(d, d.ch(["daughter", "son", "wife", "husband", "niece", "nephew"]))
    doc, fd = d.clin(), d.person()
    died = d.recent(1, 20)
    if lay == 0:
        d.t("DEATH CERTIFICATE WORKSHEET\n1. Decedent legal name: ")
        d.nm(P, d.ch(["First M. Last", "FULLUP", "full"]))
        d.t("\n2. Sex: " + P.sex + "   3. SSN: ")
        d.L("ssn", d.ssn())
        d.t("\n4a. Age: ")
        if P.age > 89:
            d.L("age", str(P.age))
        else:
            d.t(str(P.age))
        d.t("   5. DOB: ")
        d.dob(P.dob)
        d.t("   6. Birthplace: ")
        bp = d.addr()
        d.L("address", f"{bp.town}, {bp.state}" if d.region == "US" else bp.town)
        d.t("\n7. Residence: ")
        d.ad(a, "full")
        d.t("\n9. Date of death: ")
        d.dt(died)
        d.t("   Time: " + d.tm() + "\n10. Place of death: " + d.ch(["Decedent's home", "Hospice facility", "Nursing home"]) + "\n")
        d.t("11. Informant: ")
        d.nm(R, "full")
        d.t(f" ({rr})  Mailing: ")
        d.ad(d.addr(), "full")
        d.t("\n12. Cause: a) " + d.ch(["cardiopulmonary arrest"]) if False else "\n12. Cause: a) " +
            d.ch(["end-stage heart failure", "metastatic carcinoma", "aspiration pneumonia"]) + " b) " + d.ch(DX)[0] +
            "\n13. Certifier: ")
        d.nm(doc, "full")
        d.t(", " + doc.cred + "  Lic# ")
        d.L("license", d.letters(2) + d.digits(6))
        d.t("\n")
    elif lay == 1:
        d.t(d.ch(["Evergreen", "Hillcrest", "Brennan & Sons", "Ortega"]) + " Funeral Home\n")
        d.ad(d.addr(), "lines")
        d.t("\n\nAMENDMENT REQUEST - Certificate # ")
        d.L("id", d.digits(4) + "-" + d.digits(6))
        d.t("\nDecedent: ")
        d.nm(P, "LAST, FIRST M")
        d.t("  DOD ")
        d.dt(died)
        d.t("\n" + d.x("Item 4a age recorded as ") + str(max(P.age - 1, 20)) + d.x(", should be "))
        if P.age > 89:
            d.L("age", str(P.age))
        else:
            d.t(str(P.age))
        d.t(d.x(". Item 13 mother's maiden name misspelled: ") )
        Mo = d.person(sex="F")
        d.L("name", Mo.family.upper())
        d.t(d.x(" not ") + Mo.family.upper()[:-1] + "\n" + d.x("Requested by ") )
        d.nm(R, "full")
        d.t(f" ({rr}), ")
        d.ph()
        d.t("\nFuneral director: ")
        d.nm(fd, "full")
        d.t(", " + d.lab("lic"))
        d.L("license", "FD" + d.digits(5))
        d.t("\n")
    elif lay == 2:
        d.t({"US": "Office of Vital Records", "UK": "General Register Office - Certificates", "CA": "Vital Statistics Agency"}[d.region] + "\n")
        d.dt(d.today, "Bd,Y" if d.region == "US" else "dBY")
        d.t("\n\n")
        d.nm(R, "full")
        d.t("\n")
        d.ad(d.addr(), "lines")
        d.t("\n\n" + d.x("Dear "))
        d.nm(R, d.ch(["full", "first"]))
        d.t(d.x(",\n\nWe are sorry for the loss of your " + d.ch(["mother", "aunt", "grandmother"] if P.sex == "F" else ["father", "uncle", "grandfather"]) + ", "))
        d.nm(P, "full")
        d.t(d.x(", who died on "))
        d.dt(died)
        d.t(d.x(" in "))
        d.ad(a, "town")
        d.t(d.x(". Certified copies (order "))
        d.L("id", "VR" + d.digits(8))
        d.t(d.x(") will be mailed within 10 business days. Questions: ") )
        d.ph()
        d.t(" or ")
        d.L("email", "vitalrecords@" + domain_for(fac(d)))
        d.t(".\n\nClerk: ")
        d.nm(d.person(), d.ch(["F. Last", "full", "init"]))
        d.t("\n")
    elif lay == 3:
        d.t("MCCD / REGISTRAR NOTE\nDeceased: ")
        d.nm(P, d.ch(["FULLUP", "full"]))
        d.t("   NHS No ")
        d.L("health_plan", d.nhs())
        d.t("\nDate of death: ")
        d.dt(died, "dBY")
        d.t("   Place: ")
        d.ad(a, "full")
        d.t("\nAge: ")
        if P.age > 89:
            d.L("age", str(P.age))
        else:
            d.t(str(P.age))
        d.t("   Born: ")
        d.dob(P.dob, "dBY")
        d.t(" in ")
        d.L("address", d.ch(["Kingston, Jamaica", "Cork", "Lahore", "Lagos", "Kraków", "Sligo", "Manila"]))
        d.t("\nMCCD issued by Dr ")
        d.nm(doc, "F. Last")
        d.t(" (GMC ")
        d.L("license", d.digits(7))
        d.t(d.x("). Medical examiner review: no referral to coroner.\nInformant: "))
        d.nm(R, "full")
        d.t(f" ({rr}), " + d.x("to attend registration office, appt "))
        d.dt(d.soon(1, 5), "dBY")
        d.t(" " + d.tm() + ". Tel ")
        d.ph()
        d.t("\n")
    else:
        d.t("ARRANGEMENT NOTES - " + d.ch(["Salon funéraire Gagnon", "Maple Leaf Funeral Home", "Prairie Rest Chapel"]) + "\n")
        d.t("Deceased: ")
        d.nm(P, d.ch(["full", "LAST, FIRST"]))
        d.t("  " + d.lab("dob"))
        d.dob(P.dob)
        d.t("  DOD: ")
        d.dt(died)
        d.t("\n" + d.lab("sin"))
        d.L("ssn", d.sin())
        d.t("   " + d.lab("hcn"))
        d.L("health_plan", d.healthcard(a.state))
        d.t("\n" + d.x("Last residence: "))
        d.ad(a, d.ch(["full", "lines"]))
        d.t("\n" + d.x("Family: " + rr + " "))
        d.nm(R, "full")
        d.t(" ")
        d.ph()
        d.t(d.x("; grandchildren "))
        for i in range(3):
            if i:
                d.t(", " if i < 2 else " and ")
            d.nm(d.person(minor=d.p(0.5)), "first")
        d.t(d.x(". Service at St. ") + d.ch(["Anne's", "Joseph's", "Brigid's"]) + d.x(", Father "))
        d.nm(d.person(sex="M"), "last")
        d.t(d.x(" officiating, ") )
        d.dt(d.soon(2, 7))
        d.t(d.x(" at 11. Pallbearers incl. ") )
        d.nm(d.person(sex="M"), d.ch(["nick", "first"]))
        d.t(".\n")
    end_pad(d, P, 12)


# ==== MAIN ====
STYLES = ["voicemail", "email_thread", "portal_message", "ocr_referral", "case_management", "home_health",
          "lab_requisition", "prior_auth_appeal", "incident_report", "research_crf", "forensic_eval",
          "sbar_handoff", "telehealth_chat", "radiology_report", "pharmacy_call", "death_records"]

# fixed regions for some layouts; others drawn at random
FIXED_REGION = {("email_thread", 4): "UK", ("portal_message", 3): None, ("ocr_referral", 0): "UK",
                ("ocr_referral", 2): "CA", ("ocr_referral", 4): "UK", ("ocr_referral", 1): "US",
                ("lab_requisition", 3): "CA", ("forensic_eval", 3): "UK", ("forensic_eval", 4): "CA",
                ("sbar_handoff", 4): "UK", ("radiology_report", 2): "UK", ("pharmacy_call", 3): "CA",
                ("death_records", 3): "UK", ("death_records", 0): "US", ("death_records", 4): "CA", ("forensic_eval", 0): "US",
                ("forensic_eval", 1): "US", ("forensic_eval", 2): "US", ("telehealth_chat", 4): "US", ("prior_auth_appeal", 0): "US",
                ("prior_auth_appeal", 1): "US", ("prior_auth_appeal", 2): "US", ("prior_auth_appeal", 3): "US",
                ("case_management", 0): "US", ("case_management", 3): "US", ("case_management", 4): "US",
                ("home_health", 0): "US", ("home_health", 1): "US", ("home_health", 3): "US", ("home_health", 4): "US",
                ("pharmacy_call", 1): "US", ("pharmacy_call", 4): "US"}
NOISE = {"voicemail": (0.02, 0.0), "email_thread": (0.03, 0.0), "portal_message": (0.07, 0.0),
         "ocr_referral": (0.03, 0.06), "case_management": (0.04, 0.0), "home_health": (0.05, 0.0),
         "lab_requisition": (0.02, 0.04), "prior_auth_appeal": (0.01, 0.03), "incident_report": (0.04, 0.0),
         "research_crf": (0.01, 0.0), "forensic_eval": (0.01, 0.0), "sbar_handoff": (0.06, 0.0),
         "telehealth_chat": (0.07, 0.0), "radiology_report": (0.01, 0.02), "pharmacy_call": (0.04, 0.0),
         "death_records": (0.02, 0.03)}


def build_doc(style, k):
    seed = f"{SEED_PREFIX}{style}-{k}"
    pre = random.Random(seed + "-region")
    lay = k % 5
    reg = FIXED_REGION.get((style, lay))
    if reg is None:
        reg = pre.choices(["US", "UK", "CA"], weights=[50, 25, 25])[0]
    d = Doc(seed, style, reg)
    d._lay = lay
    d.noise, d.ocr_rate = NOISE[style]
    fn = globals()["st_" + style]
    fn(d, k)
    return d


def validate(rec):
    text, spans = rec["text"], rec["spans"]
    prev_end = -1
    for s in spans:
        assert s["type"] in TYPES, s
        a, b = s["start"], s["end"]
        assert 0 <= a < b <= len(text), (rec["id"], s)
        v = text[a:b]
        assert v == v.strip(), (rec["id"], s, v)
        assert a > prev_end, (rec["id"], "overlap/touch", s, text[max(0, a - 20):b])
        prev_end = b


def build_all():
    """ids run style by style: id = 25 * style_index + k, layout = k mod 5 = id mod 5"""
    out = []
    for style in STYLES:
        for k in range(DOCS_PER_STYLE):
            d = build_doc(style, k)
            rec = {"id": len(out), "style": style, "text": d.text(), "spans": d.spans}
            validate(rec)
            out.append(rec)
    assert [r["id"] for r in out] == list(range(len(STYLES) * DOCS_PER_STYLE))
    return out


def serialise(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def counts(recs):
    by_type = {t: 0 for t in TYPES}
    by_style = {}
    for r in recs:
        assert r["text"].count("\r") == 0
        for s in r["spans"]:
            by_type[s["type"]] += 1
        st = by_style.setdefault(r["style"], [0, 0])
        st[0] += 1
        st[1] += len(r["spans"])
    return by_type, by_style


def main(argv):
    recs = build_all()
    data = serialise(recs)
    if "--check" in argv:
        try:
            with open(OUT, "rb") as fh:
                old = fh.read()
        except OSError:
            print("notes.jsonl missing")
            return 1
        if old == data:
            print(f"OK: notes.jsonl is byte-identical ({len(recs)} documents)")
            return 0
        print("MISMATCH: notes.jsonl differs from a fresh build")
        return 1
    with open(OUT, "wb") as fh:
        fh.write(data)
    by_type, by_style = counts(recs)
    total = sum(by_type.values())
    print(f"wrote {OUT}: {len(recs)} documents, {total} spans")
    print("\nspans per type")
    for t in TYPES:
        print(f"  {t:<12} {by_type[t]:>6}")
    print("\ndocuments / spans per style")
    for st in STYLES:
        n, s = by_style.get(st, (0, 0))
        print(f"  {st:<18} {n:>4} {s:>6}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
