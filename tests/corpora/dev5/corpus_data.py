"""Static word pools for the synthetic corpus.  Everything here is either a
common given/family name, an ordinary real town used only as a setting, or an
invented facility / payer / agency name.  Lists only (never sets) so that
iteration order is fixed."""

# ---------------------------------------------------------------- given names
# (name, sex) grouped by origin.  Pools are deliberately large and mixed.
GIVEN = {
    "anglo": [
        ("James", "M"), ("Michael", "M"), ("Robert", "M"), ("David", "M"), ("William", "M"),
        ("Thomas", "M"), ("Daniel", "M"), ("Matthew", "M"), ("Andrew", "M"), ("Christopher", "M"),
        ("Mark", "M"), ("Paul", "M"), ("Steven", "M"), ("Kevin", "M"), ("Brian", "M"),
        ("Gary", "M"), ("Ronald", "M"), ("Harold", "M"), ("Walter", "M"), ("George", "M"),
        ("Harry", "M"), ("Jack", "M"), ("Callum", "M"), ("Oliver", "M"), ("Arthur", "M"),
        ("Leonard", "M"), ("Stanley", "M"), ("Clifford", "M"), ("Graham", "M"), ("Nigel", "M"),
        ("Dorothy", "F"), ("Margaret", "F"), ("Susan", "F"), ("Karen", "F"), ("Linda", "F"),
        ("Patricia", "F"), ("Elizabeth", "F"), ("Jennifer", "F"), ("Sarah", "F"), ("Emily", "F"),
        ("Hannah", "F"), ("Jessica", "F"), ("Ashley", "F"), ("Megan", "F"), ("Rebecca", "F"),
        ("Gladys", "F"), ("Edna", "F"), ("Mildred", "F"), ("Doris", "F"), ("Florence", "F"),
        ("Irene", "F"), ("Evelyn", "F"), ("Beverly", "F"), ("Shirley", "F"), ("Joan", "F"),
        ("Agnes", "F"), ("Eleanor", "F"), ("Chloe", "F"), ("Olivia", "F"), ("Amelia", "F"),
        ("Gwendolyn", "F"), ("Maureen", "F"), ("Brenda", "F"), ("Kathleen", "F"), ("Vera", "F"),
    ],
    "hispanic": [
        ("José", "M"), ("Juan", "M"), ("Carlos", "M"), ("Luis", "M"), ("Jorge", "M"),
        ("Miguel", "M"), ("Alejandro", "M"), ("Javier", "M"), ("Mateo", "M"), ("Santiago", "M"),
        ("Jesús", "M"), ("Rafael", "M"), ("Ernesto", "M"), ("Héctor", "M"), ("Rubén", "M"),
        ("Rosa", "F"), ("María", "F"), ("Guadalupe", "F"), ("Lucía", "F"), ("Ana", "F"),
        ("Carmen", "F"), ("Yesenia", "F"), ("Marisol", "F"), ("Alejandra", "F"), ("Esperanza", "F"),
        ("Ximena", "F"), ("Itzel", "F"), ("Graciela", "F"), ("Consuelo", "F"), ("Dulce", "F"),
    ],
    "african_american": [
        ("DeShawn", "M"), ("Jamal", "M"), ("Darnell", "M"), ("Tyrone", "M"), ("Marcus", "M"),
        ("Terrence", "M"), ("Andre", "M"), ("Malik", "M"), ("Deion", "M"), ("Jaylen", "M"),
        ("Cornelius", "M"), ("Reginald", "M"), ("Otis", "M"),
        ("LaToya", "F"), ("Keisha", "F"), ("Tamika", "F"), ("Shanice", "F"), ("Imani", "F"),
        ("Aaliyah", "F"), ("Ebony", "F"), ("Jasmine", "F"), ("Latrice", "F"), ("Kiara", "F"),
        ("Odessa", "F"), ("Bernice", "F"), ("Earnestine", "F"), ("Mavis", "F"),
    ],
    "south_asian": [
        ("Aarav", "M"), ("Rohan", "M"), ("Vikram", "M"), ("Sanjay", "M"), ("Rajesh", "M"),
        ("Arjun", "M"), ("Harpreet", "M"), ("Gurpreet", "M"), ("Imran", "M"), ("Farhan", "M"),
        ("Ravi", "M"), ("Suresh", "M"), ("Anil", "M"), ("Balwinder", "M"),
        ("Priya", "F"), ("Anjali", "F"), ("Sunita", "F"), ("Deepa", "F"), ("Lakshmi", "F"),
        ("Kavya", "F"), ("Manpreet", "F"), ("Simran", "F"), ("Ayesha", "F"), ("Nusrat", "F"),
        ("Tahmina", "F"), ("Parveen", "F"), ("Meena", "F"), ("Shabnam", "F"),
    ],
    "east_asian": [
        ("Wei", "M"), ("Jun", "M"), ("Hiroshi", "M"), ("Kenji", "M"), ("Haruto", "M"),
        ("Min-jun", "M"), ("Hyun-woo", "M"), ("Jian", "M"), ("Takeshi", "M"), ("Kwok Wai", "M"),
        ("Mei", "F"), ("Yuki", "F"), ("Hana", "F"), ("Seo-yeon", "F"), ("Ji-woo", "F"),
        ("Li Na", "F"), ("Jia Hui", "F"), ("Xiu Ying", "F"), ("Keiko", "F"), ("Mi-sook", "F"),
    ],
    "irish": [
        ("Ciarán", "M"), ("Seán", "M"), ("Pádraig", "M"), ("Oisín", "M"), ("Declan", "M"),
        ("Eoin", "M"), ("Cormac", "M"), ("Fergal", "M"), ("Donal", "M"),
        ("Siobhán", "F"), ("Aoife", "F"), ("Niamh", "F"), ("Saoirse", "F"), ("Caoimhe", "F"),
        ("Róisín", "F"), ("Fionnuala", "F"), ("Bridget", "F"), ("Nuala", "F"),
    ],
    "polish": [
        ("Wojciech", "M"), ("Krzysztof", "M"), ("Tomasz", "M"), ("Piotr", "M"), ("Grzegorz", "M"),
        ("Stanisław", "M"), ("Łukasz", "M"), ("Zbigniew", "M"),
        ("Agnieszka", "F"), ("Małgorzata", "F"), ("Katarzyna", "F"), ("Zofia", "F"), ("Jadwiga", "F"),
        ("Bożena", "F"), ("Halina", "F"), ("Wanda", "F"),
    ],
    "nigerian": [
        ("Chukwuemeka", "M"), ("Oluwaseun", "M"), ("Adebayo", "M"), ("Babajide", "M"), ("Olumide", "M"),
        ("Emeka", "M"), ("Tunde", "M"), ("Obinna", "M"), ("Chinedu", "M"),
        ("Ngozi", "F"), ("Chiamaka", "F"), ("Funmilayo", "F"), ("Yetunde", "F"), ("Ifeoma", "F"),
        ("Blessing", "F"), ("Chidinma", "F"), ("Folake", "F"), ("Adaeze", "F"),
    ],
    "arabic": [
        ("Mohammed", "M"), ("Ahmed", "M"), ("Omar", "M"), ("Khalid", "M"), ("Youssef", "M"),
        ("Tariq", "M"), ("Samir", "M"), ("Hassan", "M"), ("Walid", "M"),
        ("Fatima", "F"), ("Aisha", "F"), ("Layla", "F"), ("Mariam", "F"), ("Noor", "F"),
        ("Huda", "F"), ("Rania", "F"), ("Zainab", "F"), ("Samira", "F"),
    ],
    "vietnamese": [
        ("Minh", "M"), ("Tuan", "M"), ("Duc", "M"), ("Quang", "M"), ("Bao", "M"), ("Khanh", "M"),
        ("Huong", "F"), ("Linh", "F"), ("Trang", "F"), ("Phuong", "F"), ("Hoa", "F"),
        ("Thuy", "F"), ("Lan", "F"), ("Nga", "F"),
    ],
    "filipino": [
        ("Rodel", "M"), ("Ferdinand", "M"), ("Rogelio", "M"), ("Arnel", "M"), ("Jomar", "M"),
        ("Efren", "M"),
        ("Maricel", "F"), ("Rowena", "F"), ("Jocelyn", "F"), ("Marilou", "F"), ("Analyn", "F"),
        ("Cristina", "F"), ("Editha", "F"), ("Lorna", "F"), ("Rizalina", "F"),
    ],
    "caribbean": [
        ("Desmond", "M"), ("Winston", "M"), ("Delroy", "M"), ("Everton", "M"), ("Lloyd", "M"),
        ("Neville", "M"), ("Errol", "M"), ("Dwayne", "M"), ("Clement", "M"),
        ("Marcia", "F"), ("Claudette", "F"), ("Hyacinth", "F"), ("Beverley", "F"), ("Carlene", "F"),
        ("Sonia", "F"), ("Veronica", "F"), ("Paulette", "F"), ("Icilda", "F"),
    ],
    "quebecois": [
        ("Étienne", "M"), ("Jean-François", "M"), ("Luc", "M"), ("Mathieu", "M"), ("Gaétan", "M"),
        ("Réjean", "M"), ("Yves", "M"), ("Benoît", "M"), ("Marc-André", "M"), ("Félix", "M"),
        ("Geneviève", "F"), ("Marie-Ève", "F"), ("Josée", "F"), ("Chantal", "F"), ("Sylvie", "F"),
        ("Nathalie", "F"), ("Mélanie", "F"), ("Ginette", "F"), ("Émilie", "F"), ("Thérèse", "F"),
    ],
}

SURNAMES = {
    "anglo": [
        "Smith", "Johnson", "Williams", "Taylor", "Wilson", "Davies", "Evans", "Roberts",
        "Walker", "Wright", "Thompson", "Hughes", "Edwards", "Green", "Hall", "Wood",
        "Harris", "Turner", "Hill", "Cooper", "Ward", "Morris", "Baker", "Mitchell",
        "Parker", "Bennett", "Holloway", "Pritchard", "Whitfield", "Ashworth", "Fairbanks",
        "Kettering", "Haldane", "Lindqvist", "Schneider", "Parkinson", "Hartley", "Ingram",
        "Marsh", "Crowther", "Pemberton", "Dunmore",
    ],
    "hispanic": [
        "García", "Rodríguez", "Martínez", "Hernández", "López", "González", "Pérez",
        "Sánchez", "Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Cruz",
        "Morales", "Gutiérrez", "Ortiz", "Ruiz", "Castillo", "Vargas", "Mendoza",
        "de la Rosa", "Ruiz-Morales", "Escobedo", "Villalobos",
    ],
    "african_american": [
        "Washington", "Jefferson", "Jackson", "Robinson", "Coleman", "Freeman", "Banks",
        "Booker", "Gaines", "Merriweather", "Battle", "Dorsey", "Holloman", "Whitaker",
        "Mosley", "Pettiford",
    ],
    "south_asian": [
        "Patel", "Singh", "Sharma", "Gupta", "Kaur", "Shah", "Desai", "Reddy", "Iyer",
        "Nair", "Chaudhry", "Rahman", "Hussain", "Khan", "Begum", "Malhotra", "Banerjee",
        "Chatterjee", "Sandhu", "Gill", "Dhillon", "Grewal", "Mehta", "Joshi", "Kapoor",
        "Siddiqui", "Akhtar", "Venkataraman",
    ],
    "east_asian": [
        "Chen", "Wang", "Li", "Zhang", "Liu", "Huang", "Lin", "Wu", "Kim", "Park", "Lee",
        "Choi", "Jung", "Tanaka", "Sato", "Nakamura", "Yamamoto", "Watanabe", "Chan",
        "Wong", "Leung", "Cheung", "Ng", "Lau",
    ],
    "irish": [
        "O'Brien", "O'Sullivan", "Murphy", "Kelly", "Byrne", "Ryan", "Walsh", "O'Connor",
        "McCarthy", "Doyle", "Gallagher", "Fitzgerald", "Donnelly", "Quinlan", "McLaughlin",
        "Brennan", "Keane", "Foley", "Ní Bhriain", "Ó Súilleabháin",
    ],
    "polish": [
        "Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński",
        "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski",
        "Jankowski", "Mazur", "Krawczyk", "Grabowska",
    ],
    "nigerian": [
        "Okafor", "Adeyemi", "Okonkwo", "Nwosu", "Eze", "Obi", "Adebayo", "Ogunleye",
        "Balogun", "Chukwu", "Olaniyan", "Ibekwe", "Adeleke", "Oyelaran", "Uzoma",
        "Afolabi", "Nwachukwu",
    ],
    "arabic": [
        "Al-Hashimi", "Haddad", "Khoury", "Mansour", "Nasser", "Saleh", "Aziz", "Hamdan",
        "El-Amin", "Abdullah", "Rashid", "Farouk", "Ibrahim", "Al-Sayed", "Darwish", "Bakr",
    ],
    "vietnamese": [
        "Nguyen", "Tran", "Le", "Pham", "Huynh", "Hoang", "Phan", "Vu", "Vo", "Dang",
        "Bui", "Do", "Ngo", "Duong", "Ly",
    ],
    "filipino": [
        "Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Aquino", "Ramos",
        "Soriano", "Manalo", "Dimaculangan", "Pascual", "Macaraeg", "Tolentino", "Salazar",
    ],
    "caribbean": [
        "Campbell", "Brown", "Francis", "Grant", "Henry", "Lewis", "McKenzie", "Reid",
        "Stewart", "Blake", "Clarke", "Gordon", "Powell", "Bailey", "Spence", "Morrison",
    ],
    "quebecois": [
        "Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie",
        "Fortin", "Gagné", "Ouellet", "Pelletier", "Bélanger", "Lévesque", "Bergeron",
        "Leblanc", "Paquette", "Thibodeau", "St-Pierre", "Desjardins",
    ],
}

ORIGINS = list(GIVEN.keys())
# Region-dependent weights for the origin of a person's names.
ORIGIN_WEIGHTS = {
    "US": {"anglo": 26, "hispanic": 18, "african_american": 14, "south_asian": 6, "east_asian": 6,
           "irish": 5, "polish": 4, "nigerian": 4, "arabic": 4, "vietnamese": 5, "filipino": 5,
           "caribbean": 3, "quebecois": 1},
    "UK": {"anglo": 30, "hispanic": 2, "african_american": 0, "south_asian": 16, "east_asian": 5,
           "irish": 9, "polish": 9, "nigerian": 8, "arabic": 6, "vietnamese": 2, "filipino": 4,
           "caribbean": 9, "quebecois": 0},
    "CA": {"anglo": 22, "hispanic": 4, "african_american": 1, "south_asian": 12, "east_asian": 10,
           "irish": 5, "polish": 5, "nigerian": 4, "arabic": 6, "vietnamese": 4, "filipino": 8,
           "caribbean": 5, "quebecois": 14},
}

# ---------------------------------------------------------------- towns
# US: (town, state, zip3 prefixes, area codes)
US_TOWNS = [
    ("Fall River", "MA", ["027"], ["508", "774"]),
    ("Dayton", "OH", ["454"], ["937"]),
    ("Lubbock", "TX", ["794"], ["806"]),
    ("Bakersfield", "CA", ["933"], ["661"]),
    ("Toledo", "OH", ["436"], ["419", "567"]),
    ("Scranton", "PA", ["185"], ["570"]),
    ("Yakima", "WA", ["989"], ["509"]),
    ("Macon", "GA", ["312"], ["478"]),
    ("Fresno", "CA", ["937"], ["559"]),
    ("Lowell", "MA", ["018"], ["978"]),
    ("Paterson", "NJ", ["075"], ["973", "862"]),
    ("Gary", "IN", ["464"], ["219"]),
    ("Rochester", "MN", ["559"], ["507"]),
    ("El Paso", "TX", ["799"], ["915"]),
    ("Albany", "NY", ["122"], ["518"]),
    ("Flint", "MI", ["485"], ["810"]),
    ("Cedar Rapids", "IA", ["524"], ["319"]),
    ("Shreveport", "LA", ["711"], ["318"]),
    ("Pueblo", "CO", ["810"], ["719"]),
    ("Lancaster", "PA", ["176"], ["717"]),
    ("Springfield", "MO", ["658"], ["417"]),
    ("Worcester", "MA", ["016"], ["508", "774"]),
    ("Chattanooga", "TN", ["374"], ["423"]),
    ("Tulsa", "OK", ["741"], ["918"]),
    ("Reno", "NV", ["895"], ["775"]),
    ("Hialeah", "FL", ["330"], ["305", "786"]),
    ("Santa Ana", "CA", ["927"], ["714", "657"]),
    ("Allentown", "PA", ["181"], ["610", "484"]),
    ("Brockton", "MA", ["023"], ["508"]),
    ("Dearborn", "MI", ["481"], ["313"]),
    ("Jackson", "MS", ["392"], ["601", "769"]),
    ("Augusta", "GA", ["309"], ["706", "762"]),
    ("Yonkers", "NY", ["107"], ["914"]),
    ("Stockton", "CA", ["952"], ["209"]),
    ("Lansing", "MI", ["489"], ["517"]),
]

# UK: (town, postcode area, dialling code, nation)
UK_TOWNS = [
    ("Wigan", "WN", "01942", "ENG"), ("Stockport", "SK", "0161", "ENG"),
    ("Swindon", "SN", "01793", "ENG"), ("Leicester", "LE", "0116", "ENG"),
    ("Bradford", "BD", "01274", "ENG"), ("Luton", "LU", "01582", "ENG"),
    ("Sunderland", "SR", "0191", "ENG"), ("Stoke-on-Trent", "ST", "01782", "ENG"),
    ("Walsall", "WS", "01922", "ENG"), ("Peterborough", "PE", "01733", "ENG"),
    ("Reading", "RG", "0118", "ENG"), ("Slough", "SL", "01753", "ENG"),
    ("Wolverhampton", "WV", "01902", "ENG"), ("Cardiff", "CF", "029", "WAL"),
    ("Paisley", "PA", "0141", "SCO"), ("Middlesbrough", "TS", "01642", "ENG"),
    ("Blackburn", "BB", "01254", "ENG"), ("Exeter", "EX", "01392", "ENG"),
    ("Ipswich", "IP", "01473", "ENG"), ("Oldham", "OL", "0161", "ENG"),
    ("Huddersfield", "HD", "01484", "ENG"), ("Norwich", "NR", "01603", "ENG"),
    ("Newport", "NP", "01633", "WAL"), ("Dundee", "DD", "01382", "SCO"),
    ("Lisburn", "BT", "028", "NIR"),
]

# Canada: (town, province, FSA prefixes (letter+digit), area codes)
CA_TOWNS = [
    ("Sudbury", "ON", ["P3"], ["705", "249"]), ("Red Deer", "AB", ["T4"], ["403", "587"]),
    ("Kamloops", "BC", ["V2"], ["250", "778"]), ("Trois-Rivières", "QC", ["G8", "G9"], ["819", "873"]),
    ("Moncton", "NB", ["E1"], ["506"]), ("Brampton", "ON", ["L6"], ["905", "289"]),
    ("Saskatoon", "SK", ["S7"], ["306", "639"]), ("Brandon", "MB", ["R7"], ["204", "431"]),
    ("Lethbridge", "AB", ["T1"], ["403", "587"]), ("Sherbrooke", "QC", ["J1"], ["819", "873"]),
    ("Thunder Bay", "ON", ["P7"], ["807"]), ("Dartmouth", "NS", ["B2", "B3"], ["902", "782"]),
    ("Surrey", "BC", ["V3", "V4"], ["604", "778"]), ("Kitchener", "ON", ["N2"], ["519", "226"]),
    ("Oshawa", "ON", ["L1"], ["905", "289"]), ("Laval", "QC", ["H7"], ["450", "579"]),
    ("Charlottetown", "PE", ["C1"], ["902"]), ("Prince George", "BC", ["V2"], ["250"]),
    ("Gatineau", "QC", ["J8", "J9"], ["819"]), ("Peterborough", "ON", ["K9"], ["705"]),
    ("Medicine Hat", "AB", ["T1"], ["403"]), ("Timmins", "ON", ["P4"], ["705"]),
]

STREETS_US = [
    "Alder Lane", "Maple Ave", "Church Street", "Oak St", "Pleasant St", "Highland Ave",
    "W Main St", "N Elm St", "Cedar Ridge Dr", "Lincoln Blvd", "Riverside Dr", "Sunset Ave",
    "Mill Rd", "Washington St", "Birch Hollow Ct", "County Road 14", "E 3rd St",
    "Pine Knoll Rd", "Cherry Ln", "Orchard Way", "Harbor View Ter", "Dogwood Cir",
    "S Broadway", "Valley Forge Rd", "Magnolia Dr", "Bay St", "Prospect Hill Rd",
    "Calle Sol", "Kensington Pl", "Fairmount Ave",
]
STREETS_UK = [
    "Carlton Road", "Mill Lane", "Rosewood Close", "Victoria Street", "Station Road",
    "Church Lane", "The Crescent", "Chapel Street", "Park Avenue", "Greenbank Drive",
    "Hollybush Way", "Priory Gardens", "Ashfield Terrace", "Manor Road", "Kingsway",
    "Beechwood Grove", "Moorland View", "Albert Street", "Orchard Close", "Wellington Road",
]
STREETS_CA = [
    "Rue Notre-Dame", "Lakeshore Rd", "Regent St", "Boul. des Forges", "Queen St E",
    "Rue Principale", "Riverbend Dr", "Algonquin Blvd", "Portage Ave", "Kingsway Ave",
    "Rue King Ouest", "Barrydowne Rd", "Ross St", "Victoria Ave N", "Centennial Pkwy",
    "Tecumseh Rd", "Rue des Érables", "Gordon Dr", "Columbia St", "Main St W",
]

# ---------------------------------------------------------------- facilities (invented)
FAC_US = [
    "Brightwater Family Medicine", "St. Brendan Regional Medical Center", "Lakemont Community Hospital",
    "Pinecrest Health Partners", "Cedar Hollow Internal Medicine", "Mercy Vale Medical Center",
    "Riverbend Cardiology Associates", "Northfield Orthopedic Group", "Crescent Valley Pediatrics",
    "Kingsbridge Pulmonary & Sleep", "Harmon Ridge Oncology", "Blue Heron Women's Health",
    "Sagebrush Rural Health Clinic", "Old Mill Geriatrics", "Eastgate Neurology",
]
FAC_UK = [
    "Kingsmead Medical Practice", "Northgate Surgery", "Hollins Park Health Centre",
    "Abbeyfields Medical Centre", "The Larches Surgery", "Brookvale Family Practice",
    "Westmoor Group Practice", "Ravensworth Health Centre",
]
TRUSTS_UK = [
    "North Weald NHS Foundation Trust", "Calder Vale Teaching Hospitals NHS Trust",
    "Severnside University Hospitals", "Pennine Fells Healthcare NHS Trust",
    "Mersey Bank Hospitals NHS FT", "Coldharbour General Hospital",
]
FAC_CA = [
    "Clinique médicale Saint-Maurice", "Lakehead Regional Health Centre", "Maple Ridge Family Health Team",
    "Prairie Sky Medical Clinic", "Centre de santé des Érables", "Northern Shield Community Health Centre",
    "Bayview Family Health Organization", "Red River Valley Clinic",
]
HOSP_CA = [
    "Sudbury Lakeshore Hospital", "Grandview Regional Health Centre", "Hôpital Sainte-Agathe",
    "Riverside Health Sciences Centre", "Aspen Park General Hospital",
]
PHARM = [
    "Medway Pharmacy", "Corner Drug #214", "Riverside Apothecary", "Hillcrest Rx",
    "Evergreen Specialty Pharmacy", "Northway Chemist", "Pharmacie du Boulevard",
    "Prairie Health Pharmacy", "Keystone Mail Order Pharmacy", "Lakeview Compounding",
]
PHARM_US = ["Medway Pharmacy", "Corner Drug #214", "Riverside Apothecary", "Hillcrest Rx", "Keystone Mail Order Pharmacy",
            "Lakeview Compounding", "Sunrise Drug & Gift", "Family Care Pharmacy"]
PHARM_UK = ["Northway Chemist", "Abbey Lane Pharmacy", "Kingsmead Pharmacy", "Hollybush Chemists", "Station Road Pharmacy"]
PHARM_CA = ["Pharmacie du Boulevard", "Prairie Health Pharmacy", "Lakeshore Drug Mart", "Pharmacie Lemire", "Northern Lights Pharmacy"]
EPONYM_DX = ["Parkinson disease", "Alzheimer dementia", "Bell palsy", "Cushing syndrome", "Crohn disease",
             "Hashimoto thyroiditis", "Graves disease", "Baker cyst", "Colles fracture (2018)", "Hartmann procedure (2019)",
             "Guillain-Barre syndrome (2016)", "Paget disease of bone", "Meniere disease", "Sjogren syndrome"]
PAYERS_US = [
    "Crestline Health Plan", "Meridian Keystone Mutual", "Sunbelt Community Care",
    "Evergreen Benefit Administrators", "NorthStar Medicaid Managed Care", "Granite Peak Health",
    "Beacon Harbor Medicare Advantage", "Tri-Rivers Health Alliance", "Medicare Part B",
    "Heartland Family Health Plan",
]
PAYERS_CA = ["Sun Ridge Group Benefits", "Maple Leaf Mutual Benefits", "Northern Cross Insurance"]
HH_AGENCIES = [
    "Comfort Keys Home Health", "VistaCare Home Services", "Hometown Visiting Nurses",
    "Guardian Angels In-Home Care", "Bluebird Home Health & Hospice",
]
SNFS = [
    "Willow Creek Rehabilitation", "Autumn Ridge Care Center", "Rosewood Skilled Nursing",
    "Heritage Oaks Post-Acute", "Stonebridge Manor", "The Pines at Meadowview",
    "Golden Hour Nursing & Rehab", "Bayberry Transitional Care",
]
FUNERAL = [
    "Hargrove & Sons Funeral Home", "Peaceful Valley Funeral Chapel", "Maison funéraire Lemieux",
    "Whitcombe Family Funeral Directors", "Evergreen Memorial Chapel", "Ashgrove Funeral Service",
]
LABS = ["Quadrant Reference Laboratories", "Tri-County Pathology Associates", "NorthLab Diagnostics",
        "Meridian Molecular Labs", "Coastline Clinical Laboratory"]
TELEHEALTH = ["CareLink Video", "DocNow Virtual", "MediMeet", "ClinicCall", "VirtuCare Connect"]
PORTALS = ["MyHealthLink", "PatientConnect", "CareCompass", "HealthHub Online", "MonDossierSanté"]

# ---------------------------------------------------------------- clinical near-misses
MEDS = [
    "metoprolol succinate 25 mg daily", "apixaban 5 mg BID", "enoxaparin 40 mg/0.4 mL SC daily",
    "carbidopa/levodopa 25/100 mg TID", "insulin glargine 18 units qHS", "adalimumab 40 mg/0.4 mL q2wk",
    "semaglutide 0.5 mg weekly", "furosemide 40 mg PO daily", "sertraline 50 mg daily",
    "atorvastatin 40 mg qHS", "lisinopril 10 mg daily", "donepezil 10 mg nightly",
    "levothyroxine 75 mcg daily", "amlodipine 5 mg", "tamsulosin 0.4 mg", "gabapentin 300 mg TID",
    "warfarin 5 mg (INR goal 2-3)", "prednisone 20 mg taper", "amoxicillin 500 mg TID x7d",
    "oxycodone 5 mg q6h PRN", "mirtazapine 15 mg qHS", "dapagliflozin 10 mg",
    "quetiapine 25 mg qHS", "ferrous sulfate 325 mg", "potassium chloride 20 mEq",
    "tiotropium 18 mcg inh daily", "albuterol 90 mcg 2 puffs q4h PRN", "methotrexate 15 mg weekly",
]
MEDS_UK = [
    "ramipril 5mg od", "bisoprolol 2.5mg od", "edoxaban 60mg od", "co-careldopa 25/100 tds",
    "paracetamol 1g qds", "lansoprazole 30mg od", "sertraline 50mg on", "metformin 500mg bd",
    "alendronic acid 70mg weekly", "furosemide 40mg om", "amitriptyline 10mg nocte",
    "Adcal-D3 one bd", "donepezil 5mg nocte", "atorvastatin 20mg on",
]
VITALS = [
    "BP 128/76", "BP 152/88", "HR 72", "HR 104 irregular", "SpO2 97% RA", "SpO2 91% on 2L",
    "T 37.1", "Temp 100.4F", "RR 18", "wt 68.2 kg", "BP 98/60", "pulse 58", "sats 94% on air",
    "BM 7.2", "CBG 212", "pain 7/10", "pain 3/10",
]
LABS_V = [
    "K 4.1", "Na 131", "Cr 1.3", "eGFR 38", "Hgb 9.8", "INR 2.4", "A1c 7.8%", "WBC 13.2",
    "BNP 1240", "trop <0.01", "TSH 6.2", "lactate 2.1", "Mg 1.6", "CRP 88", "ALT 45",
    "plt 142", "ferritin 12", "LDL 3.1",
]
ICD10 = [
    ("I50.32", "chronic diastolic heart failure"), ("E11.65", "type 2 DM with hyperglycemia"),
    ("N18.4", "CKD stage 4"), ("M17.11", "primary OA right knee"), ("F03.90", "dementia, unspecified"),
    ("S72.001A", "fracture of right femoral neck"), ("R41.82", "altered mental status"),
    ("J44.1", "COPD with acute exacerbation"), ("G20", "Parkinson disease"),
    ("I48.91", "atrial fibrillation"), ("C50.911", "malignant neoplasm of right breast"),
    ("M81.0", "age-related osteoporosis"), ("G47.33", "obstructive sleep apnea"),
    ("L89.154", "sacral pressure injury, stage 4"), ("F20.9", "schizophrenia, unspecified"),
    ("M05.79", "rheumatoid arthritis"), ("R55", "syncope"), ("Z95.0", "presence of cardiac pacemaker"),
]
CPT = [("99214", "office visit"), ("93000", "ECG"), ("71046", "chest x-ray 2 views"),
       ("80053", "CMP"), ("85025", "CBC w/ diff"), ("83036", "HbA1c"), ("70553", "MRI brain w/wo"),
       ("77067", "screening mammogram"), ("77080", "DEXA"), ("97110", "therapeutic exercise"),
       ("G0299", "skilled nursing visit"), ("E0601", "CPAP device"), ("K0823", "power wheelchair"),
       ("E0260", "hospital bed semi-electric"), ("J0135", "adalimumab injection")]
EPONYMS = [
    "Parkinson disease", "Foley catheter", "Glasgow Coma Scale 14", "Murphy sign negative",
    "Hartmann procedure (2019)", "Alzheimer dementia", "Bell palsy", "Cushing syndrome",
    "Crohn disease", "Hashimoto thyroiditis", "Babinski downgoing", "Homans sign negative",
    "Braden score 14", "Morse fall score 65", "Barthel index 40", "Apgar 8/9",
    "Wells score 1", "Graves disease", "Baker cyst", "Colles fracture (2018)",
]
RELATIONS_F = ["daughter", "wife", "sister", "niece", "granddaughter", "daughter-in-law", "mother", "neighbour"]
RELATIONS_M = ["son", "husband", "brother", "nephew", "grandson", "son-in-law", "father", "neighbor"]
CREDS_NURSE = ["RN", "LPN", "RN, BSN", "RN, CCM", "LVN", "RGN", "RN, CDCES"]
CREDS_MD = ["MD", "DO", "MD, FACP", "MBBS", "MRCP", "FRCPC", "MD, PhD", "NP", "PA-C", "DNP, FNP-BC"]
EMAIL_DOMAINS = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com", "comcast.net", "att.net"],
    "UK": ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk", "sky.com", "icloud.com"],
    "CA": ["gmail.com", "videotron.ca", "sympatico.ca", "shaw.ca", "hotmail.com", "rogers.com", "outlook.com"],
}
ORG_DOMAINS = {
    "US": ["brightwaterfm.org", "stbrendanrmc.org", "lakemonthealth.org", "pinecresthp.com", "crestlinehp.com",
           "mercyvalemc.org", "oldmillgeri.com", "quadrantlabs.com"],
    "UK": ["nhs.net", "nhs.net", "kingsmeadpractice.nhs.uk", "nwealdft.nhs.uk"],
    "CA": ["lakeheadrhc.ca", "mapleridgefht.ca", "cliniquestmaurice.qc.ca", "prairiesky.ca"],
}
