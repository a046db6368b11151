//! Word lists for the synthetic generator. Every value built from them is
//! synthetic: names are drawn independently (first, middle, last), numbers
//! are random, so no generated person corresponds to a real record.

pub const FIRST_F: &[&str] = &[
    "Jane", "Maria", "Emily", "Aaliyah", "Priya", "Mei", "Fatima", "Olivia", "Sofia", "Chloé",
    "Zoë", "Renée", "Ava", "Isabella", "Harper", "Nevaeh", "Ximena", "Guadalupe", "Keisha",
    "Latoya", "Imani", "Ngozi", "Aisha", "Yuki", "Hana", "Anh", "Linh", "Parisa", "Leila",
    "Noor", "Esther", "Ruth", "Dorothy", "Margaret", "Gladys", "Mildred", "Evelyn", "Hope",
    "Grace", "Rose", "June", "Ivy", "Luna", "Mia", "Camila", "Valentina", "Brianna", "Kayla",
    "Destiny", "Sarah", "Jennifer", "Patricia", "Linda", "Barbara", "Susan", "Karen", "Nancy",
    "Lisa", "Michelle", "Kimberly", "Ashley", "Megan", "Siobhan", "Aoife", "Ingrid", "Astrid",
    "Magdalena", "Agnieszka", "Svetlana", "Anastasia", "Daniela", "Lucía", "Beatriz", "Thuy",
    "Kiara", "Skylar", "Madison", "Paisley", "Everly", "Nova", "Wren", "Amara", "Zainab",
    "Xiomara", "Marisol", "Dolores", "Bernadette", "Florence", "Hazel", "Violet", "Stella",
    "Penelope", "Naomi", "Tamika", "Shanice", "Ebony", "Jasmine", "Mackenzie", "Kaitlyn",
    "Aubrey", "Genesis", "Elif", "Ayşe", "Mónica", "Inés", "Ana", "Carmen", "Rosa", "Lakshmi",
    "Deepika", "Sunita", "Min-seo", "Ji-woo", "Sakura", "Mariam", "Yasmin", "Tatiana",
];

pub const FIRST_M: &[&str] = &[
    "John", "Michael", "James", "Robert", "David", "William", "Richard", "Joseph", "Thomas",
    "Charles", "Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven",
    "Kevin", "Brian", "Jamal", "DeShawn", "Tyrone", "Darnell", "Malik", "José", "Luis",
    "Carlos", "Juan", "Miguel", "Alejandro", "Santiago", "Mateo", "Diego", "Wei", "Jun",
    "Hiroshi", "Kenji", "Min-jun", "Raj", "Arjun", "Vikram", "Mohammed", "Ahmed", "Omar",
    "Yusuf", "Ali", "Tariq", "Kwame", "Chukwuemeka", "Oluwaseun", "Kofi", "Björn", "Søren",
    "Lars", "Łukasz", "Piotr", "Dmitri", "Ivan", "François", "Jean-Luc", "Pierre", "Liam",
    "Noah", "Elijah", "Oliver", "Lucas", "Mason", "Ethan", "Aiden", "Jayden", "Jaxon",
    "Grayson", "Hunter", "Bill", "Will", "Bob", "Earl", "Walter", "Harold", "Eugene",
    "Herbert", "Minh", "Duc", "Tuan", "Thanh", "Andrés", "Jesús", "Ramón", "Efraín", "Emre",
    "Mehmet", "Hamza", "Ibrahim", "Dante", "Marquis", "Terrell", "Cody", "Dustin", "Travis",
    "Brandon", "Tyler", "Austin", "Caleb", "Isaiah", "Xavier", "Rohan", "Sanjay", "Anil",
    "Hyun", "Sung-min", "Takeshi", "Mikhail", "Sergei", "Giovanni", "Matteo", "Niall", "Seán",
];

pub const LAST: &[&str] = &[
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez",
    "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor",
    "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez",
    "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright",
    "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall",
    "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Kim", "Park", "Choi", "Patel",
    "Shah", "Singh", "Kumar", "Chen", "Wang", "Li", "Zhang", "Liu", "Huang", "Tran", "Pham",
    "Le", "Vo", "Okafor", "Adeyemi", "Mensah", "Okonkwo", "Abdullah", "Haddad", "Khalil",
    "Hassan", "Rahman", "Cohen", "Levi", "Friedman", "Goldberg", "O'Brien", "O'Connor",
    "D'Angelo", "McDonald", "MacLeod", "Fitzgerald", "Kowalski", "Nowak", "Wiśniewski",
    "Müller", "Schröder", "Jäger", "Núñez", "Peña", "Ibáñez", "Muñoz", "Gonçalves", "Dvořák",
    "Šimić", "Søndergaard", "Ólafsson", "Yamamoto", "Tanaka", "Sato", "Suzuki", "Takahashi",
    "Ivanova", "Petrov", "Popescu", "Horvath", "Jovanović", "Papadopoulos", "Rossi", "Russo",
    "Esposito", "Bianchi", "Lindqvist", "Johansson", "Nakamura", "Castillo", "Morales",
    "Ortiz", "Gutierrez", "Chavez", "Ramos", "Reyes", "Cruz", "Bennett", "Brooks",
    "Washington", "Jefferson", "Freeman", "Banks", "Little", "Stone", "Frost", "Wolf", "Fox",
    "Church", "Rose", "Day", "Love", "Begay", "Yazzie", "Tsosie", "Kealoha", "Nakoa",
    "Oyelaran", "Boateng", "Diallo", "Traoré", "Kariuki", "Otieno", "Mwangi", "Gupta",
    "Reddy", "Iyer", "Chowdhury", "Hosseini", "Karimi", "Yilmaz", "Demir", "Öztürk",
    "Bergström", "Novák", "Kovačević", "Fernández", "Gómez", "Díaz", "Álvarez", "Delgado",
    "Vásquez", "Santos", "Oliveira", "Pereira", "Abernathy", "Whitfield", "Pennington",
    "Ashworth", "Blackwood", "Thornton", "Harrington", "Underwood", "Vance", "Quinn",
];

/// Surnames with a lower-case particle, used whole ("van der Berg").
pub const LAST_PARTICLE: &[&str] = &[
    "van der Berg", "de la Cruz", "De Leon", "van Dijk", "da Silva", "Del Rosario",
    "von Stein", "Mc Allister", "dos Santos", "St. Clair", "Ben-David", "al-Rashid",
];

pub const CITIES: &[(&str, &str, &str)] = &[
    ("Springfield", "IL", "Illinois"), ("Riverside", "CA", "California"),
    ("Franklin", "TN", "Tennessee"), ("Greenville", "SC", "South Carolina"),
    ("Fairview", "OR", "Oregon"), ("Madison", "WI", "Wisconsin"),
    ("Georgetown", "TX", "Texas"), ("Salem", "OR", "Oregon"), ("Clinton", "IA", "Iowa"),
    ("Arlington", "VA", "Virginia"), ("Ashland", "KY", "Kentucky"),
    ("Burlington", "VT", "Vermont"), ("Columbus", "OH", "Ohio"), ("Dayton", "OH", "Ohio"),
    ("Eugene", "OR", "Oregon"), ("Fresno", "CA", "California"),
    ("Gainesville", "FL", "Florida"), ("Hartford", "CT", "Connecticut"),
    ("Jackson", "MS", "Mississippi"), ("Kent", "WA", "Washington"),
    ("Lafayette", "LA", "Louisiana"), ("Lexington", "KY", "Kentucky"),
    ("Milford", "CT", "Connecticut"), ("Newport", "RI", "Rhode Island"),
    ("Oxford", "MS", "Mississippi"), ("Portland", "ME", "Maine"),
    ("Quincy", "MA", "Massachusetts"), ("Raleigh", "NC", "North Carolina"),
    ("Rochester", "MN", "Minnesota"), ("Santa Fe", "NM", "New Mexico"),
    ("St. Paul", "MN", "Minnesota"), ("Tucson", "AZ", "Arizona"),
    ("Winston-Salem", "NC", "North Carolina"), ("Coeur d'Alene", "ID", "Idaho"),
    ("Española", "NM", "New Mexico"), ("Boise", "ID", "Idaho"), ("Albany", "NY", "New York"),
    ("Brooklyn", "NY", "New York"), ("El Paso", "TX", "Texas"),
    ("Baton Rouge", "LA", "Louisiana"), ("Ann Arbor", "MI", "Michigan"),
    ("Cedar Rapids", "IA", "Iowa"), ("Des Moines", "IA", "Iowa"),
    ("Fort Wayne", "IN", "Indiana"), ("Grand Rapids", "MI", "Michigan"),
    ("Sioux Falls", "SD", "South Dakota"), ("Little Rock", "AR", "Arkansas"),
    ("Overland Park", "KS", "Kansas"), ("Chula Vista", "CA", "California"),
    ("Cary", "NC", "North Carolina"), ("Mesa", "AZ", "Arizona"),
    ("Bangor", "ME", "Maine"), ("Billings", "MT", "Montana"), ("Casper", "WY", "Wyoming"),
    ("Duluth", "MN", "Minnesota"), ("Flagstaff", "AZ", "Arizona"),
    ("Hilo", "HI", "Hawaii"), ("Juneau", "AK", "Alaska"), ("Laredo", "TX", "Texas"),
    ("Macon", "GA", "Georgia"), ("Norman", "OK", "Oklahoma"), ("Ogden", "UT", "Utah"),
    ("Pueblo", "CO", "Colorado"), ("Reno", "NV", "Nevada"), ("Scranton", "PA", "Pennsylvania"),
    ("Toledo", "OH", "Ohio"), ("Wheeling", "WV", "West Virginia"),
    ("Yonkers", "NY", "New York"), ("Camden", "NJ", "New Jersey"),
    ("Dover", "DE", "Delaware"), ("Frederick", "MD", "Maryland"),
];

pub const STREETS: &[&str] = &[
    "Oak", "Maple", "Cedar", "Elm", "Washington", "Lake", "Hill", "Park", "Pine", "Sunset",
    "Willow", "Highland", "Mill", "Church", "River", "Main", "Second", "Third", "Fourth",
    "Fifth", "Walnut", "Chestnut", "Spruce", "Birch", "Lincoln", "Jefferson", "Madison",
    "Franklin", "Meadow", "Forest", "Ridge", "Valley", "Orchard", "Spring", "Prospect",
    "Harbor", "Bay", "Magnolia", "Dogwood", "Hickory", "Juniper", "Aspen", "Sycamore",
    "Martin Luther King Jr.", "Cesar Chavez", "El Camino", "Peachtree", "Old Mill",
    "Country Club", "Fox Run", "Deer Creek", "Stonebridge", "Windsor", "Kensington",
    "Bluebonnet", "Mesquite", "Saguaro", "Kamehameha", "Avenida del Sol", "Rue Royale",
    "Calle Real", "Quail Hollow", "Eagle Crest", "Timberline", "Briarwood", "Wildflower",
];

pub const STREET_SUFFIX: &[&str] = &[
    "St", "Street", "Ave", "Avenue", "Rd", "Road", "Blvd", "Boulevard", "Dr", "Drive", "Ln",
    "Lane", "Ct", "Court", "Way", "Pl", "Place", "Terrace", "Pkwy", "Circle", "Cir", "Hwy",
    "St.", "Ave.", "Rd.", "Dr.", "Trail", "Loop", "Pike", "Row",
];

pub const HOSPITALS: &[&str] = &[
    "Riverside General Hospital", "Mercy Medical Center", "Lakeview Regional Medical Center",
    "St. Luke's Hospital", "Northside Community Hospital", "University Medical Center",
    "Valley Children's Hospital", "Good Samaritan Hospital", "Memorial Hospital",
    "Cedar Ridge Behavioral Health", "Bayview Rehabilitation Center",
    "Summit Cardiology Associates", "Harbor Family Medicine", "Pinecrest Skilled Nursing Facility",
    "Sacred Heart Medical Center", "Providence Regional", "County General",
    "Veterans Affairs Medical Center", "Children's Hospital", "Hillcrest Urgent Care",
    "Eastside Dialysis Center", "Westview Imaging", "Green Valley Primary Care",
    "Meadowbrook Assisted Living", "Crossroads Oncology Institute", "St. Joseph's Medical Center",
];

pub const DEPTS: &[&str] = &[
    "Cardiology", "the Emergency Department", "the Medical ICU", "Oncology", "Orthopedics",
    "Physical Therapy", "Radiology", "Endocrinology", "Gastroenterology", "Labor & Delivery",
    "the PACU", "Pulmonology", "Nephrology", "Neurology", "Wound Care", "Behavioral Health",
    "Pharmacy", "Case Management", "Social Work", "Infectious Disease", "Palliative Care",
    "Urology", "Dermatology", "Rheumatology", "Hematology/Oncology", "the Cath Lab",
    "Interventional Radiology", "Sleep Medicine", "Pain Management", "Occupational Therapy",
];

pub const DRUGS: &[&str] = &[
    "metformin", "lisinopril", "atorvastatin", "amlodipine", "metoprolol tartrate", "losartan",
    "levothyroxine", "omeprazole", "gabapentin", "hydrochlorothiazide", "furosemide",
    "insulin glargine", "apixaban", "warfarin", "clopidogrel", "aspirin", "acetaminophen",
    "ibuprofen", "ondansetron", "ceftriaxone", "vancomycin", "piperacillin-tazobactam",
    "prednisone", "albuterol", "tiotropium", "sertraline", "escitalopram", "quetiapine",
    "oxycodone", "morphine", "hydromorphone", "enoxaparin", "heparin", "pantoprazole",
    "tamsulosin", "donepezil", "carvedilol", "spironolactone", "Eliquis", "Lasix", "Keppra",
    "Coumadin", "Zofran", "Tylenol", "Xarelto", "Jardiance", "Ozempic", "Lantus", "Humalog",
    "Norco", "Synthroid", "Lipitor", "Plavix", "Zoloft", "Seroquel", "Augmentin", "Bactrim",
    "Keflex", "Flomax", "Aricept", "Entresto", "Farxiga", "Trulicity", "Dilaudid",
];

pub const EPONYMS: &[&str] = &[
    "Parkinson's disease", "Alzheimer's dementia", "Crohn's disease", "Hodgkin lymphoma",
    "Bell's palsy", "Cushing's syndrome", "Graves' disease", "Hashimoto's thyroiditis",
    "Guillain-Barré syndrome", "Barrett's esophagus", "Raynaud's phenomenon",
    "Sjögren's syndrome", "Addison's disease", "Tourette syndrome", "Down syndrome",
    "Huntington's disease", "Kawasaki disease", "Wernicke encephalopathy", "Kaposi sarcoma",
    "Burkitt lymphoma", "Ewing sarcoma", "Wilms tumor", "Stevens-Johnson syndrome",
    "Lyme disease", "Meniere's disease", "Osgood-Schlatter disease", "a Baker's cyst",
    "a Colles fracture", "Charcot foot", "Dupuytren contracture", "Epstein-Barr virus infection",
    "Hirschsprung disease", "Marfan syndrome", "Tietze syndrome", "Paget's disease of bone",
    "Bell's palsy", "Lewy body dementia", "Asperger syndrome", "Ehlers-Danlos syndrome",
];

pub const EPONYM_SIGNS: &[&str] = &[
    "Murphy's sign negative", "McBurney's point nontender", "Homans' sign negative",
    "Kernig and Brudzinski signs negative", "Babinski downgoing bilaterally",
    "Tinel's sign positive at the wrist", "Phalen's test positive", "Lachman test negative",
    "McMurray test equivocal", "Romberg negative", "Glasgow Coma Scale 15",
    "GCS 14 (E4V4M6)", "Mallampati class II", "Braden score 16", "Morse Fall Scale 45",
    "Wells score 1.5", "Apgar scores 8 and 9", "Gleason score 3+4=7", "Bishop score 6",
    "Allen test normal", "Dix-Hallpike positive on the right", "Spurling test negative",
    "Trendelenburg gait noted", "Levine sign present", "Chvostek sign negative",
];

pub const DEVICES_NEG: &[&str] = &[
    "Foley catheter", "Swan-Ganz catheter", "Jackson-Pratt drain", "Hickman line",
    "Dobhoff tube", "Miami J collar", "Ace bandage", "Holter monitor", "PICC line",
    "Pleur-x catheter", "Port-a-Cath", "Penrose drain", "Yankauer suction", "Salem sump",
    "Ambu bag", "Bovie cautery", "Sengstaken-Blakemore tube", "Doppler ultrasound",
];

pub const PROCEDURES_NEG: &[&str] = &[
    "Whipple procedure", "Nissen fundoplication", "Roux-en-Y gastric bypass",
    "Hartmann procedure", "Epley maneuver", "Valsalva maneuver", "Heimlich maneuver",
    "Pap smear", "Gram stain", "Mohs surgery", "Billroth II gastrectomy", "Bankart repair",
    "Ross procedure", "Fontan procedure", "Kasai portoenterostomy", "Ilizarov frame placement",
];

pub const COMPLAINTS: &[&str] = &[
    "chest pain", "shortness of breath", "abdominal pain", "fever and chills",
    "cough for 3 days", "dizziness", "a fall at home", "syncope", "headache",
    "left knee pain", "worsening lower extremity edema", "hyperglycemia",
    "dysuria and urinary frequency", "palpitations", "acute confusion", "a pruritic rash",
    "low back pain", "nausea and vomiting", "right upper quadrant pain", "hematuria",
    "a productive cough", "generalized weakness", "diarrhea x4 days", "epistaxis",
    "a laceration to the left hand", "suicidal ideation", "wheezing", "blurred vision",
    "melena", "leg swelling", "sore throat", "ear pain", "anxiety", "insomnia",
];

pub const PMH: &[&str] = &[
    "type 2 diabetes mellitus (E11.9)", "hypertension (I10)", "hyperlipidemia (E78.5)",
    "COPD (J44.9)", "HFrEF with EF 35%", "CKD stage 3a", "atrial fibrillation",
    "Parkinson's disease", "Alzheimer's dementia", "hypothyroidism", "GERD", "osteoarthritis",
    "CAD s/p CABG x3", "asthma (J45.909)", "major depressive disorder (F33.1)",
    "OSA on CPAP", "prior CVA with residual left-sided weakness", "breast cancer s/p lumpectomy",
    "obesity (BMI 41)", "chronic low back pain (M54.5)", "iron deficiency anemia",
    "BPH", "gout", "migraine", "HIV on ART, CD4 612", "hepatitis C s/p treatment",
    "Crohn's disease", "morbid obesity", "peripheral neuropathy", "CHF (I50.22)",
    "T2DM on insulin (E11.65, Z79.4)", "PTSD", "alcohol use disorder in remission",
];

pub const ICD: &[&str] = &[
    "E11.9", "I10", "J45.909", "M54.5", "Z79.4", "E78.5", "I48.91", "N18.3", "J44.1", "F32.9",
    "K21.9", "R07.9", "R51", "N39.0", "I50.9", "E03.9", "G20", "G30.9", "Z00.00", "Z23",
    "S52.501A", "R10.9", "R42", "J06.9", "L03.115", "M17.11", "E66.01", "F41.1", "Z87.891",
];

pub const CPT: &[&str] = &[
    "99213", "99214", "99215", "99203", "99285", "99284", "93000", "71046", "80053", "85025",
    "36415", "90471", "90686", "G0439", "99497", "97110", "97140", "70450", "74177", "81003",
    "83036", "84443", "99232", "99223", "99238", "96372", "J1885", "20610",
];

pub const RELATIONS_F: &[&str] = &["daughter", "wife", "mother", "sister", "niece", "granddaughter", "partner", "aunt"];
pub const RELATIONS_M: &[&str] = &["son", "husband", "father", "brother", "nephew", "grandson", "partner", "uncle"];

pub const EMAIL_DOMAINS: &[&str] = &[
    "example.com", "example.org", "example.net", "mail.example.com", "gmail.com", "yahoo.com",
    "outlook.com", "hotmail.com", "icloud.com", "aol.com", "proton.me", "comcast.net",
    "riversidehealth.org", "mercymed.org", "lakeviewclinic.com", "uhs-example.edu",
];

pub const URL_HOSTS: &[&str] = &[
    "portal.riversidehealth.org", "mychart.mercymed.org", "www.lakeviewclinic.com",
    "telehealth.example.com", "records.example.org", "share.example.net",
    "www.facebook.com", "drive.example.com", "zoom.example.us", "docs.example.org",
    "patientportal.uhs-example.edu", "www.gofundme.com", "linkedin.com", "imaging.example.com",
];
