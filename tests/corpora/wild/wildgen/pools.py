"""Invented vocabulary pools.  Person names are combined at random, so no
combination refers to a real person.  Place names are ordinary towns used
only as plausible settings; every street address, number and person is
invented."""

FEMALE = """Ana Maria Linda Patricia Barbara Susan Dorothy Margaret Helen Evelyn
Mildred Gladys Ruth Frances Beatrice Agnes Wilhelmina Imelda Priya Aisha Fatima
Mei Ling Yuki Keiko Siobhan Niamh Aoife Oluwaseun Ngozi Chiamaka Latoya Keisha
Tamika Shanice Destiny Kayleigh Brittany Ashley Jessica Megan Lauren Rebecca
Deborah Sharon Carol Janet Theresa Lucia Guadalupe Rosario Ximena Valentina
Camila Sofia Isabella Zainab Amira Leila Nadia Svetlana Irina Olga Katarzyna
Agnieszka Huong Anh Nguyet Chloe Emma Olivia Harper Madison Kaylee Aaliyah
Jasmine Renee Colette Genevieve Annick Sinead Bronwen Rhiannon Eilidh Morag
Ingrid Astrid Hannelore Esther Miriam Rivka Shoshana Deepa Lakshmi Anjali Sunita
Harpreet Gurpreet Yasmin Thandiwe Abena Akosua Wanjiru Delphine Lorraine
Bernadette Philippa Gwendolyn Edna Myrtle Opal Hazel Mabel Ethel Vera Lois Irene
Doreen Maureen Eileen Kathleen Noreen Consuelo Marisol Yolanda Dolores Ramona
Teresita Soledad Nkechi Folasade Adaeze Marguerite Ottilie Wanda Bożena Zofia
Lucille Loretta Geraldine Rosalind Winifred Constance Henrietta Prudence
Tabitha Krystal Shawna Tiffany Danielle Courtney Brianna Makayla Jazmin
Anjelica Noemi Paloma Inés Mireille Solange Ifeoma Rutendo Kiran Meera Pooja
Shreya Nasrin Parisa Roya Hyun-joo Min-ji Eun-young Xiaoling Jing Qian Fen
Thuy Linh Mai Ayesha Sana Hira Mahnoor Kezia Tamsin Imogen Felicity Saoirse
Orla Ciara Roisin Marit Sigrid Annika Birgit""".split()

MALE = """James John Robert Michael David Richard Joseph Thomas Charles
Christopher Daniel Matthew Anthony Donald Kenneth Steven Edward Brian Ronald
Kevin Jason Jeffrey Gary Timothy Jose Juan Luis Carlos Miguel Alejandro Rafael
Roberto Ernesto Wei Jun Hiroshi Takeshi Raj Arjun Vikram Sanjay Mohammed Ahmed
Omar Yusuf Tariq Kwame Kofi Chinedu Emeka Tunde DeShawn Tyrone Jamal Darnell
Malik Terrence Liam Noah Ethan Mason Logan Jaxon Brayden Connor Declan Ciaran
Padraig Seamus Callum Hamish Angus Rhys Gareth Dafydd Alistair Nigel Clive
Geoffrey Reginald Mervyn Desmond Winston Leroy Clarence Earl Floyd Herbert
Harold Walter Eugene Vernon Elmer Stanislaw Tomasz Piotr Dmitri Sergei Andrei
Mikhail Ivan Mathieu Etienne Olivier Sebastien Francois Minh Tuan Duc Quang Bao
Hamid Reza Farid Levi Avi Moshe Yitzhak Gurdeep Harjit Sipho Thabo Kojo Mateo
Santiago Diego Thiago Lamar Dwayne Cedric Marquis Otis Virgil Lyle Dale Wendell
Chester Homer Arturo Ignacio Esteban Rogelio Fidel Benedikt Lukas Jurgen Anders
Bjorn Henrik Aleksander Bogdan Vasile Florin Nikolaos Giorgos Spiros Enzo Luca
Giuseppe Salvatore Domenico Kaito Ren Haruto Jae-won Min-ho Sung-min Zhiwei Hao
Jian Prakash Suresh Ramesh Imran Faisal Bilal Hassan Idris Obinna Chukwuma
Babatunde Femi Jomo Tendai Rory Fergus Euan Lachlan Ewan Ieuan Tristan Rupert
Jasper Barnaby Oisin Cormac Fionn Trevor Randall Duane Rodney Curtis Travis
Cody Dustin Kyle Tanner Hunter Colton Remy Gaetan Yannick Ludovic""".split()

LAST = """Ruiz Gonzalez Patel Nguyen Okafor Kowalski O'Connell MacLeod Fitzgerald
Thompson Washington Jefferson Hernandez Ramirez Castillo Morales Delgado
Alvarez Mendoza Villanueva Santiago Romero Chen Wang Li Zhang Liu Huang Tanaka
Yamamoto Suzuki Kim Park Choi Lee Tran Pham Le Vu Hoang Singh Sharma Gupta
Reddy Iyer Nair Chaudhry Qureshi Malik Rahman Hussain Haddad Khoury Nasser
Mansour Adeyemi Okonkwo Mensah Asante Boateng Mwangi Otieno Dlamini Nkosi
Abernathy Blackwood Carrington Davenport Ellsworth Fairbanks Galloway Hargrove
Ingram Jenkins Kilpatrick Lindqvist Montgomery Northcott Oyelaran Pemberton
Quintero Rasmussen Sutherland Thorne Underwood Vasquez Whitfield Yarbrough
Zimmerman Murphy Foley Graves Addison Bell Brennan Callahan Doherty Gallagher
Kavanagh Lynch McNamara Nolan Quinlan Sheehan Walsh Byrne Duffy Hegarty
Jones Williams Evans Davies Hughes Morgan Griffiths Pritchard Llewellyn Powell
Campbell Fraser Mackenzie Robertson Stewart Sinclair Munro Drummond Baird
Smith Johnson Brown Miller Davis Wilson Anderson Taylor Moore Jackson Martin
White Harris Clark Lewis Robinson Walker Young Allen Wright Scott Green Baker
Adams Nelson Mitchell Roberts Carter Phillips Turner Parker Collins
Edwards Stewart Flores Morris Rivera Cooper Richardson Cox Howard Torres
Peterson Watson Brooks Kelly Sanders Bennett Barnes Ross
Henderson Coleman Jenkins Perry Butler Simmons Foster Bryant Alexander Russell
Griffin Diaz Hayes Myers Ford Hamilton Sullivan Wallace Okoro Jordan
Owens Reynolds Fisher Ellis Harrison Gibson McDonald Cruz Marshall Ortiz Gomez
Murray Freeman Wells Webb Simpson Stevens Tucker Porter Hunter Hicks Crawford
Boyd Kennedy Warren Dixon Burns Gordon Shaw Holmes Robertson
Tremblay Gagnon Roy Cote Bouchard Gauthier Morin Lavoie Fortin Gagne Ouellet
Pelletier Belanger Levesque Bergeron Leblanc Paquette Girard Caron Beaulieu
Dubois Lefebvre Moreau Laurent Rousseau Fontaine Chevalier Nowak Wisniewski
Wojcik Kaminski Lewandowski Zielinski Szymanski Dabrowski Kozlowski Jankowski
Ivanov Petrov Sokolov Popov Volkov Novak Horvat Kovac Marin Popescu Ionescu
Schmidt Schneider Fischer Weber Becker Hoffmann Schulz Koch Richter Wagner
Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno
Gallo Conti DeLuca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri
Cohen Levy Friedman Goldberg Katz Shapiro Rosen Stein Weiss Schwartz
Abubakar Bello Eze Nwosu Obi Chukwu Adebayo Ogunleye Olawale Afolabi""".split()

MIDDLE_INITIALS = list("ABCDEFGHJKLMNPRSTW")

# ---------------------------------------------------------------- places
# (town, state, zip3, area codes, county)
US_PLACES = [
    ("Fall River", "MA", "027", ["508", "774"], "Bristol"),
    ("Pittsfield", "MA", "012", ["413"], "Berkshire"),
    ("Nashua", "NH", "030", ["603"], "Hillsborough"),
    ("Burlington", "VT", "054", ["802"], "Chittenden"),
    ("Bangor", "ME", "044", ["207"], "Penobscot"),
    ("Waterbury", "CT", "067", ["203", "475"], "New Haven"),
    ("Cranston", "RI", "029", ["401"], "Providence"),
    ("Utica", "NY", "135", ["315"], "Oneida"),
    ("Yonkers", "NY", "107", ["914"], "Westchester"),
    ("Scranton", "PA", "185", ["570"], "Lackawanna"),
    ("Altoona", "PA", "166", ["814"], "Blair"),
    ("Camden", "NJ", "081", ["856"], "Camden"),
    ("Dover", "DE", "199", ["302"], "Kent"),
    ("Hagerstown", "MD", "217", ["301", "240"], "Washington"),
    ("Roanoke", "VA", "240", ["540"], "Roanoke"),
    ("Huntington", "WV", "257", ["304"], "Cabell"),
    ("Asheville", "NC", "288", ["828"], "Buncombe"),
    ("Florence", "SC", "295", ["843"], "Florence"),
    ("Macon", "GA", "312", ["478"], "Bibb"),
    ("Ocala", "FL", "344", ["352"], "Marion"),
    ("Dothan", "AL", "363", ["334"], "Houston"),
    ("Tupelo", "MS", "388", ["662"], "Lee"),
    ("Bowling Green", "KY", "421", ["270"], "Warren"),
    ("Jackson", "TN", "383", ["731"], "Madison"),
    ("Toledo", "OH", "436", ["419", "567"], "Lucas"),
    ("Kalamazoo", "MI", "490", ["269"], "Kalamazoo"),
    ("Muncie", "IN", "473", ["765"], "Delaware"),
    ("Peoria", "IL", "616", ["309"], "Peoria"),
    ("Eau Claire", "WI", "547", ["715"], "Eau Claire"),
    ("Duluth", "MN", "558", ["218"], "St. Louis"),
    ("Sioux City", "IA", "511", ["712"], "Woodbury"),
    ("Joplin", "MO", "648", ["417"], "Jasper"),
    ("Salina", "KS", "674", ["785"], "Saline"),
    ("Grand Island", "NE", "688", ["308"], "Hall"),
    ("Rapid City", "SD", "577", ["605"], "Pennington"),
    ("Minot", "ND", "587", ["701"], "Ward"),
    ("Lafayette", "LA", "705", ["337"], "Lafayette"),
    ("Texarkana", "AR", "718", ["870"], "Miller"),
    ("Lawton", "OK", "735", ["580"], "Comanche"),
    ("Amarillo", "TX", "791", ["806"], "Potter"),
    ("Laredo", "TX", "780", ["956"], "Webb"),
    ("Pueblo", "CO", "810", ["719"], "Pueblo"),
    ("Billings", "MT", "591", ["406"], "Yellowstone"),
    ("Pocatello", "ID", "832", ["208"], "Bannock"),
    ("Casper", "WY", "826", ["307"], "Natrona"),
    ("Ogden", "UT", "844", ["801", "385"], "Weber"),
    ("Flagstaff", "AZ", "860", ["928"], "Coconino"),
    ("Las Cruces", "NM", "880", ["575"], "Dona Ana"),
    ("Reno", "NV", "895", ["775"], "Washoe"),
    ("Fresno", "CA", "937", ["559"], "Fresno"),
    ("Redding", "CA", "960", ["530"], "Shasta"),
    ("Salem", "OR", "973", ["503", "971"], "Marion"),
    ("Yakima", "WA", "989", ["509"], "Yakima"),
    ("Fairbanks", "AK", "997", ["907"], "Fairbanks North Star"),
    ("Hilo", "HI", "967", ["808"], "Hawaii"),
    ("Swansea", "MA", "027", ["508"], "Bristol"),
    ("Westport", "MA", "027", ["508"], "Bristol"),
    ("Chicopee", "MA", "010", ["413"], "Hampden"),
    ("Bristol", "CT", "060", ["860"], "Hartford"),
    ("Lewiston", "ME", "042", ["207"], "Androscoggin"),
]

US_STATE_NAMES = {
    "MA": "Massachusetts", "NH": "New Hampshire", "VT": "Vermont", "ME": "Maine",
    "CT": "Connecticut", "RI": "Rhode Island", "NY": "New York", "PA": "Pennsylvania",
    "NJ": "New Jersey", "DE": "Delaware", "MD": "Maryland", "VA": "Virginia",
    "WV": "West Virginia", "NC": "North Carolina", "SC": "South Carolina",
    "GA": "Georgia", "FL": "Florida", "AL": "Alabama", "MS": "Mississippi",
    "KY": "Kentucky", "TN": "Tennessee", "OH": "Ohio", "MI": "Michigan",
    "IN": "Indiana", "IL": "Illinois", "WI": "Wisconsin", "MN": "Minnesota",
    "IA": "Iowa", "MO": "Missouri", "KS": "Kansas", "NE": "Nebraska",
    "SD": "South Dakota", "ND": "North Dakota", "LA": "Louisiana",
    "AR": "Arkansas", "OK": "Oklahoma", "TX": "Texas", "CO": "Colorado",
    "MT": "Montana", "ID": "Idaho", "WY": "Wyoming", "UT": "Utah",
    "AZ": "Arizona", "NM": "New Mexico", "NV": "Nevada", "CA": "California",
    "OR": "Oregon", "WA": "Washington", "AK": "Alaska", "HI": "Hawaii",
}

# (town, county, postcode district, dialling code)
UK_PLACES = [
    ("Stockport", "Cheshire", "SK4", "0161"),
    ("Harrogate", "North Yorkshire", "HG2", "01423"),
    ("Shrewsbury", "Shropshire", "SY3", "01743"),
    ("Colchester", "Essex", "CO4", "01206"),
    ("Truro", "Cornwall", "TR1", "01872"),
    ("Darlington", "Co Durham", "DL3", "01325"),
    ("Lincoln", "Lincolnshire", "LN6", "01522"),
    ("Swansea", "West Glamorgan", "SA2", "01792"),
    ("Inverness", "Highland", "IV2", "01463"),
    ("Paisley", "Renfrewshire", "PA2", "0141"),
    ("Lisburn", "Co Antrim", "BT28", "028"),
    ("Kettering", "Northamptonshire", "NN15", "01536"),
    ("Maidstone", "Kent", "ME15", "01622"),
    ("Worthing", "West Sussex", "BN11", "01903"),
    ("Bath", "Somerset", "BA2", "01225"),
    ("Carlisle", "Cumbria", "CA1", "01228"),
    ("Wolverhampton", "West Midlands", "WV3", "01902"),
    ("Dundee", "Angus", "DD2", "01382"),
    ("Hexham", "Northumberland", "NE46", "01434"),
    ("Llandudno", "Conwy", "LL30", "01492"),
]

# (town, province, FSA, area codes)
CA_PLACES = [
    ("Kingston", "ON", "K7L", ["613", "343"]),
    ("Sudbury", "ON", "P3E", ["705"]),
    ("Kitchener", "ON", "N2H", ["519", "226"]),
    ("Mississauga", "ON", "L5B", ["905", "289"]),
    ("Thunder Bay", "ON", "P7B", ["807"]),
    ("Sherbrooke", "QC", "J1H", ["819"]),
    ("Trois-Rivieres", "QC", "G9A", ["819"]),
    ("Moncton", "NB", "E1C", ["506"]),
    ("Dartmouth", "NS", "B2Y", ["902"]),
    ("Charlottetown", "PE", "C1A", ["902"]),
    ("Corner Brook", "NL", "A2H", ["709"]),
    ("Brandon", "MB", "R7A", ["204"]),
    ("Saskatoon", "SK", "S7K", ["306", "639"]),
    ("Red Deer", "AB", "T4N", ["403", "587"]),
    ("Lethbridge", "AB", "T1J", ["403"]),
    ("Kamloops", "BC", "V2C", ["250"]),
    ("Nanaimo", "BC", "V9R", ["250", "778"]),
    ("Whitehorse", "YT", "Y1A", ["867"]),
]

US_STREETS = """Alder Lane|Maple Street|Birch Road|Oak Avenue|Pleasant St|Elm Court|
Cedar Ridge Dr|Mill Road|Water Street|Church St|Highland Ave|Prospect St|
Linden Blvd|Sycamore Ct|Juniper Way|Quarry Hill Rd|Old County Road|Route 6|
Pine Hollow Dr|Chestnut St|Walnut Ave|Lakeview Terrace|Riverside Dr|
Hillcrest Rd|Meadowbrook Ln|Sunset Blvd|Country Club Rd|Bay Street|
N Main St|S Broad St|W 3rd St|E Washington Ave|Franklin St|Madison Ave|
Cherry Lane|Dogwood Circle|Magnolia Dr|Peachtree Ct|Laurel Ave|Spruce St|
Ridge Road|Fairview Ave|Cottage St|Spring St|Union Ave|Market St|
Harbor View Rd|Bluebird Ln|Foxhollow Rd|Stagecoach Trl|County Rd 12|
Hwy 49|Canal St|Locust St|Poplar Ave|Greenwood Dr|Kingsley Ave|Tremont St""".replace("\n", "").split("|")

UK_STREETS = """Kestrel Close|Orchard Rise|Station Road|Church Lane|High Street|
Mill Lane|The Crescent|Victoria Road|Albert Terrace|Park View|Manor Way|
Hawthorn Drive|Beech Grove|Meadow Court|Queens Road|Windsor Gardens|
Chapel Street|Ashbourne Avenue|Greenfield Lane|Castle Wynd""".replace("\n", "").split("|")

CA_STREETS = """Princess Street|King St W|Queen St E|Rue Principale|Rue Wellington Nord|
Boulevard Jacques-Cartier|Lakeshore Rd|Portage Ave|Jasper Ave|Main Street|
Bay Road|Spadina Crescent|Victoria Drive|Dundas St|Water St|Regent Street|
Ch. du Lac|Elgin Street|Centennial Dr|Harbourview Blvd""".replace("\n", "").split("|")

US_UNITS = ["Apt 3B", "Apt. 12", "Unit 4", "#207", "Apt 2", "Lot 17", "Unit C",
            "Apt 5F", "Ste 110", "#3", "Apt 1R", "Trlr 22"]
UK_UNITS = ["Flat 2", "Flat 4B", "Flat 11"]
CA_UNITS = ["Apt 304", "Unit 12", "#1507", "App. 6"]

# ---------------------------------------------------------------- orgs
US_FACILITIES = [
    "St. Brigid Regional Medical Center", "Harborview Family Practice",
    "Riverbend Cardiology Associates", "Northgate Community Hospital",
    "Mercy Ridge Health", "Lakeside Internal Medicine", "Pine Valley Clinic",
    "Good Samaritan Medical Center", "Bayfront Orthopedics",
    "Three Rivers Health System", "Cedar Hills Pediatrics",
    "Sacred Heart Hospital", "Valley Oncology Partners",
    "Summit Behavioral Health", "Prairie View Medical Group",
    "Coastal Kidney Care", "Blue Mesa Family Health",
    "University Hospital East", "Highland Park Women's Health",
    "Greenleaf Pulmonary & Sleep",
]
UK_FACILITIES = [
    "Abbey Lane Surgery", "The Willows Medical Practice", "Riverside Health Centre",
    "Castle Street Surgery", "Royal County Infirmary", "St Aidan's Hospital",
    "Northfield General Hospital", "Moorside Medical Centre",
]
CA_FACILITIES = [
    "Kingston Family Health Team", "Lakehead Community Clinic",
    "Hopital Sainte-Famille", "Prairie Regional Health Centre",
    "Harbourside Medical Clinic", "North Shore Family Practice",
]
US_PAYERS = [
    "Keystone Health Plan", "Northwind Health", "BlueRiver Health",
    "Medicare", "Medicare Advantage (Summit Senior Care)", "MassHealth",
    "Granite State Medicaid", "Evergreen Mutual", "Heartland Health Alliance",
    "Pinnacle Benefits", "TRICARE", "Cascade Care Plus", "Lone Star Health Plan",
    "Allied Workers Benefit Fund",
]
CA_PAYERS = ["OHIP", "Alberta Health", "MSP (BC)", "RAMQ", "Sun Life", "Manulife",
             "Green Shield", "Blue Cross (Medavie)"]
US_PHARMACIES = ["CVS Pharmacy", "Walgreens", "Rite Aid", "Walmart Pharmacy",
                 "Kroger Pharmacy", "Hometown Drug", "Main Street Apothecary",
                 "Costco Pharmacy", "Publix Pharmacy", "H-E-B Pharmacy"]
UK_PHARMACIES = ["Boots", "Lloyds Pharmacy", "Well Pharmacy", "Rowlands Pharmacy"]
CA_PHARMACIES = ["Shoppers Drug Mart", "Rexall", "Jean Coutu", "London Drugs",
                 "Pharmasave"]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "aol.com",
                 "comcast.net", "icloud.com", "att.net", "verizon.net", "proton.me"]
UK_EMAIL_DOMAINS = ["btinternet.com", "gmail.com", "hotmail.co.uk", "yahoo.co.uk",
                    "outlook.com", "sky.com"]
CA_EMAIL_DOMAINS = ["gmail.com", "sympatico.ca", "rogers.com", "shaw.ca",
                    "videotron.ca", "hotmail.com"]

# ---------------------------------------------------------------- clinical
MEDS = [
    ("lisinopril", "20 mg daily"), ("metformin", "500 mg BID"),
    ("atorvastatin", "40 mg nightly"), ("apixaban", "5 mg BID"),
    ("warfarin", "5 mg daily"), ("levothyroxine", "75 mcg daily"),
    ("amlodipine", "10 mg daily"), ("furosemide", "40 mg daily"),
    ("sertraline", "100 mg daily"), ("gabapentin", "300 mg TID"),
    ("insulin glargine", "22 units qHS"), ("carbidopa/levodopa", "25/100 mg TID"),
    ("enoxaparin", "40 mg/0.4 mL SC daily"), ("prednisone", "10 mg daily"),
    ("oxycodone", "5 mg q6h PRN"), ("tamsulosin", "0.4 mg daily"),
    ("metoprolol succinate", "50 mg daily"), ("albuterol HFA", "2 puffs q4h PRN"),
    ("semaglutide", "0.5 mg weekly"), ("adalimumab", "40 mg SC every 14 days"),
    ("donepezil", "10 mg nightly"), ("quetiapine", "25 mg qHS"),
    ("omeprazole", "20 mg daily"), ("pantoprazole", "40 mg daily"),
    ("losartan", "50 mg daily"), ("spironolactone", "25 mg daily"),
    ("dupilumab", "300 mg SC q2 weeks"), ("rivaroxaban", "20 mg with supper"),
]

DX = [
    ("type 2 diabetes mellitus without complications", "E11.9"),
    ("essential hypertension", "I10"),
    ("atrial fibrillation, unspecified", "I48.91"),
    ("heart failure with reduced ejection fraction", "I50.22"),
    ("COPD with acute exacerbation", "J44.1"),
    ("community-acquired pneumonia", "J18.9"),
    ("Parkinson disease", "G20"),
    ("Alzheimer disease, late onset", "G30.1"),
    ("major depressive disorder, recurrent, moderate", "F33.1"),
    ("chronic kidney disease stage 3b", "N18.32"),
    ("osteoarthritis of right knee", "M17.11"),
    ("low back pain", "M54.50"),
    ("urinary tract infection", "N39.0"),
    ("fracture of neck of left femur", "S72.002A"),
    ("moderate persistent asthma", "J45.40"),
    ("rheumatoid arthritis, multiple sites", "M05.79"),
    ("obstructive sleep apnea", "G47.33"),
    ("Graves disease", "E05.00"),
    ("Crohn disease of small intestine", "K50.00"),
    ("malignant neoplasm of upper-outer quadrant of right breast", "C50.411"),
    ("cellulitis of left lower limb", "L03.116"),
    ("acute kidney injury", "N17.9"),
]

CPT = [("99214", "office visit, est. pt"), ("99223", "initial hospital care"),
       ("71046", "chest x-ray 2 views"), ("70450", "CT head w/o contrast"),
       ("72148", "MRI lumbar spine w/o contrast"), ("93000", "ECG 12-lead"),
       ("80053", "CMP"), ("85025", "CBC w/ diff"), ("83036", "HbA1c"),
       ("G0180", "home health certification"), ("97110", "therapeutic exercise"),
       ("E0601", "CPAP device"), ("27447", "total knee arthroplasty"),
       ("45378", "colonoscopy, diagnostic"), ("77067", "screening mammography")]

EPONYMS = ["Foley catheter", "Glasgow Coma Scale", "Murphy sign", "Hartmann procedure",
           "Babinski sign", "Homans sign", "Bell palsy", "Cushing syndrome",
           "Addison disease", "Hodgkin lymphoma", "Trendelenburg position",
           "Braden score", "Morse Fall Scale", "Apgar", "Gram stain", "Holter monitor",
           "Swan-Ganz catheter", "Whipple procedure", "Kegel exercises",
           "Heimlich maneuver", "Parkinson disease", "Graves disease",
           "Crohn disease", "Bell's palsy", "Kernig sign", "Allen test"]

CREDS_MD = ["MD", "DO", "MD", "MD, FACP", "MD, PhD", "DO, FACC", "MBBS", "NP", "PA-C", "FNP-C"]
CREDS_RN = ["RN", "RN, BSN", "LPN", "RN, CCM", "BSN, RN", "RN-BC", "LVN", "MSN, RN"]
CREDS_OTHER = ["LCSW", "MSW", "PT, DPT", "OTR/L", "PharmD", "RPh", "CPhT", "SLP", "RRT", "CNA", "HHA"]
