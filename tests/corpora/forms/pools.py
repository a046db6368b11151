"""Word lists for the 'forms' corpus generator (standard library only).

Every list here was written by hand for this corpus.  Names are common given
names / surnames from many cultures combined at random; towns are invented
compounds; nothing refers to a real person.
"""

FEMALE = """Mary Linda Patricia Jennifer Elizabeth Susan Karen Nancy Betty Dorothy Sandra
Ashley Kimberly Donna Emily Michelle Carol Amanda Melissa Deborah Stephanie Rebecca
Sharon Laura Cynthia Kathleen Amy Shirley Angela Helen Anna Brenda Pamela Nicole
Samantha Katherine Christine Debra Rachel Carolyn Janet Maria Heather Diane Julie
Joyce Victoria Kelly Christina Lauren Joan Evelyn Olivia Judith Megan Cheryl Martha
Andrea Frances Hannah Jacqueline Gloria Kathryn Alice Teresa Sara Janice Doris
Madison Julia Judy Abigail Marie Denise Beverly Amber Theresa Marilyn Danielle Diana
Brittany Natalie Sophia Isabella Alexis Kayla Charlotte Lucía Guadalupe Rosa Ximena
Valentina Camila Sofía Itzel Yesenia Esperanza Maribel Graciela Beatriz Huong Lan
Linh Phuong Hoa Trang Khanh Mei Jing Yan Ling Seo-yeon Eun-ji Soo-jin Yui Aiko Emi
Priya Ananya Deepa Lakshmi Aisha Nadia Harpreet Kavya Fatima Layla Amira Zainab Noor
Ngozi Amara Abena Ifeoma Zanele Hodan Faduma Selam Mekdes Marie-Claude Widline
Fabienne Guerline Katarzyna Agnieszka Oksana Svetlana Irina Yulia Maricel Lourdes
Rowena Siobhan Niamh Aoife Zoë Chloé Renée Noémie Anaïs Tatiana Ingrid Astrid Leilani
Keiko Marisol Dolores Imelda Consuelo Bernadette Philomena Henrietta Winifred Mildred
Gertrude Eunice Opal Velma Loretta Delphine Odessa Thelma Agatha Rosalind Yasmin
Shanice Latoya Tamika Keisha Ebony Precious Destiny Nevaeh Aaliyah Jazmin""".split()

MALE = """James Robert Michael David William Thomas Christopher Daniel Matthew Anthony
Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Jason
Edward Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Larry Justin Scott Brandon
Benjamin Gregory Frank Raymond Alexander Patrick Dennis Jerry Tyler Aaron Jose
Nathan Henry Zachary Douglas Peter Kyle Noah Ethan Jeremy Walter Christian Keith
Roger Terry Austin Sean Gerald Carl Harold Dylan Arthur Lawrence Jesse Bryan Billy
Bruce Gabriel Logan Alan Juan Wayne Elijah Randy Vincent Ralph Eugene Russell
Bobby Philip Louis Jake José Luis Carlos Jorge Alejandro Miguel Mateo Santiago
Rafael Héctor Joaquín Minh Thanh Tuan Quang Duc Bao Wei Xiaoming Jun Hao Zhiwei
Yuxuan Min-jun Hyun-woo Jae-hyun Haruto Takeshi Kenji Hiroshi Arjun Rohan Vikram
Sanjay Rahul Imran Farhan Gurpreet Sunil Mohammed Ahmed Omar Yusuf Khalid Hassan
Tariq Chinedu Oluwaseun Adebayo Kwame Kofi Tendai Thabo Abdi Ayaan Tsegaye
Jean-Pierre Roodly Piotr Tomasz Dmitri Bogdan Mykola Rodel Jerome Arnel Eoin
Padraig Ciaran Björn Søren Emeka Obinna Dariusz Radu Levente Giorgos Mehmet Emre
Yosef Avraham Shlomo Ezekiel Thaddeus Cornelius Archibald Leopold Reginald
Clarence Wendell Otis Elmer Virgil Lonnie Darnell DeShawn Tremaine Jamal Malik
Keanu Kaimana Tavita Sione Ricardo Ignacio Leandro Anselmo""".split()

SURNAMES = """Smith Johnson Williams Jones Garcia Miller Davis Rodriguez Martinez Hernandez
Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson
Harris Sanchez Clark Ramirez Lewis Robinson Walker Allen Wright Torres Nguyen Hill
Flores Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips
Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy
Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos
Kim Ward Richardson Watson Brooks Chavez Bennett Mendoza Ruiz Hughes Alvarez
Castillo Sanders Patel Myers Ross Jimenez Powell Jenkins Perry Russell Sullivan
Ortega Coleman Butler Henderson Barnes Gonzales Fisher Vasquez Simmons Romero
Patterson Hamilton Graham Reynolds Griffin Wallace Moreno Hayes Bryant Herrera
Gibson Ellis Tran Medina Aguilar Stevens Murray Castro Marshall Owens Harrison
Fernandez McDonald Kennedy Vargas Chen Freeman Webb Tucker Guzman Burns Crawford
Olson Simpson Porter Gordon Mendez Silva Shaw Snyder Dixon Munoz Hicks Holmes
Palmer Wagner Robertson Boyd Salazar Warren Meyer Schmidt Garza Daniels Ferguson
Nichols Stephens Soto Weaver Gardner Payne Dunn Kelley Spencer Hawkins Arnold
Pierce Vazquez Hansen Santos Bradley Elliott Cunningham Duncan Armstrong Hudson
Carroll Riley Andrews Alvarado Delgado Perkins Hoffman Johnston Matthews Pena
Contreras Willis Carpenter Sandoval Okafor Adeyemi Mensah Osei Nwosu Diallo N'Diaye
Mohamud Warsame Haile Tesfaye Gebremedhin Abdullah Haddad Khoury Al-Sayed El-Amin
Rahman Chowdhury Siddiqui Sharma Gupta Reddy Iyer Venkataraman Krishnamurthy Singh
Kaur Dhillon Sandhu Wang Zhang Liu Huang Zhao Xu Zhou Lin Ng Cheung Wong Leung
Nakamura Tanaka Yamamoto Sato Watanabe Park Choi Jung Kang Cho Yoon Pham Vo Dang
Bui Huynh Hoang Truong Bautista Villanueva Macaraeg Kowalski Nowak Wiśniewski
Kowalczyk Zieliński Shevchenko Kovalenko Petrov Ivanova Popescu O'Brien O'Connor
O'Neill McCarthy MacDonald Fitzgerald Gallagher D'Angelo DiMarco Esposito Russo
Romano Bianchi Jansen Müller Schneider Fischer Weber Becker Novák Horváth
Papadopoulos Georgiou Nikolaidis Yilmaz Kaya Demir Öztürk Cohen Levi Friedman
Goldberg Katz Jean-Baptiste Pierre-Louis Toussaint Desrosiers Begay Yazzie Tsosie
Kealoha Kahananui Fonoti Tuilagi Lindqvist Johansson Nyström Haugen Kristiansen
Oyelaran Eze Abubakar Kamara Sesay Bangura Mwangi Otieno Kiplagat Achterberg
Szabo Dvořák Kuznetsov Sokolova Lungu Ferreira Carvalho Oliveira Pereira Quispe
Mamani Huamán Acosta Figueroa Benavides Zamora Quiñones Arroyo Villarreal""".split()

MULTIWORD_SURNAMES = ["de la Cruz", "dela Cruz", "van der Berg", "Van Dyke", "De Vries",
                      "St. Clair", "Da Silva", "del Rosario", "Ben-David", "Abu Bakr"]

# avoid: words that would clash with ordinary vocabulary in templates
STREET_NAMES = """Alder Birchwood Cobblestone Dogwood Elmhurst Foxglove Granite Heron Ironwood
Juniper Kestrel Larkspur Magnolia Nightingale Orchard Partridge Quarry Ridgeline
Sassafras Tamarack Upland Verbena Wren Yarrow Zephyr Pleasant Prospect Highland Chestnut
Sycamore Hawthorne Linden Poplar Spruce Walnut Beacon Harbor Lighthouse Canal Ferry
Turnpike Depot Academy Liberty Union Franklin Lincoln Jefferson Cardinal Bluebird Thistle
Marigold Clover Hemlock Buttonwood Persimmon Mulberry Quail Meadowlark Sandpiper
Foxhollow Briarcliff Stonewall Fieldstone Brookside Creekview Hillcrest Lakeview Pinecrest
Ridgewood Valleybrook Westgate Eastbrook Northfield Southmoor Tanglewood Wildflower
Cottonwood Silverbell Goldenrod Mesquite Saguaro Yucca Ocotillo Palmetto Cypress
Bayberry Sweetgum Tupelo Catalpa Basswood Hackberry Sumac Buckeye Pawpaw Hollyhock""".split()
STREET_MULTI = ["Mill Pond", "Old County", "Schoolhouse", "Church Hill", "Old Mill",
                "Martin Luther King Jr", "Camino del Sol", "Calle Las Flores", "Rue Saint-Denis",
                "County Road 12", "State Route 9", "Avenida Las Palmas", "Paseo Verde",
                "Old Stage", "Indian Creek", "Burnt Mill", "Cider Press", "Two Rivers"]
NUMBERED = ["1st", "2nd", "3rd", "4th", "5th", "7th", "9th", "11th", "14th", "22nd", "31st",
            "43rd", "56th", "101st", "118th"]
SUFFIXES = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Ln", "Lane", "Dr", "Drive",
            "Blvd", "Ct", "Court", "Way", "Pl", "Ter", "Terrace", "Cir", "Pkwy", "Hwy",
            "Pike", "Trl", "Loop", "Row", "Run", "Xing", "Bend", "Path"]
DIRS = ["N", "S", "E", "W", "NE", "NW", "SE", "SW", "North", "West"]

TOWN_A = """Ash Birch Cedar Elm Fair Glen Hazel Maple Mill Oak Pine River Rock Willow Clear
Cold Deer Lake Spring Marl Brook Hollins Wex Tarr Quill Bramble Kessel Lorn Dun Harrow
Penn Sutter Calder Alden Bel Corwin Dray Elder Fern Gale Hart Iver Jessup Kirk Lud
Mor Nether Orr Pell Quen Rams Sel Thorn Ulm Vane Wick Yar Zell Brack Chad Drum Esk
Fen Grist Holt Ink Jarl Kell Lark Mott Nor Oxen Pem Rill Sedge Tull Umber Vell""".split()
TOWN_B = """ford field ton ville brook dale haven wood port bury burg mont ridge view creek
falls stead worth ham by mere holm wick gate well ley chester hurst combe""".split()
TOWN_PRE = ["East", "West", "North", "South", "New", "Port", "Fort", "Mount", "Lake",
            "Glen", "Upper", "Lower", "Old", "San", "Santa", "Bayou", "Cape", "Point"]
TOWN_POST = ["Springs", "Falls", "Crossing", "Junction", "Landing", "Heights", "Hollow",
             "Bluff", "Corners", "Center", "Mills", "Harbor", "Valley", "Station", "Grove"]
TOWN_SOLO = ["Tamsin", "Averly", "Gideon", "Kestrel", "Linden", "Teodoro", "Almendros",
             "Chene", "Marisco", "Calloway", "Brennick", "Ostrander", "Quillan", "Vesper",
             "Halcyon", "Merriwether", "Tillery", "Oakhurst", "Pellston", "Wyndmoor"]

STATES = """AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE
NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY""".split()
STATE_FULL = {"MA": "Massachusetts", "OH": "Ohio", "TX": "Texas", "GA": "Georgia",
              "MN": "Minnesota", "OR": "Oregon", "NM": "New Mexico", "VT": "Vermont",
              "KY": "Kentucky", "WI": "Wisconsin", "AZ": "Arizona", "NC": "North Carolina"}

AREA_CODES = """413 508 617 860 203 401 207 603 802 315 518 716 607 914 570 412 717 304 540
703 757 919 704 803 423 615 901 205 251 334 601 504 318 501 405 918 316 785 402 605
701 406 208 307 801 505 575 928 520 702 775 530 559 707 916 541 503 360 509 907 808
612 218 507 262 414 608 715 319 515 563 573 816 217 309 618 219 260 574 812 330 419
440 513 614 740 937 231 269 517 616 810 906 989""".split()

EMAIL_DOMAINS = ["example.com", "example.org", "example.net", "mail.example.com",
                 "inbox.example.net", "clinic.example.org", "law.example.com",
                 "research.example.org", "family.example.net"]
EMAIL_WORDS = ["soccermom", "bluejay", "nanaof5", "gardenlover", "truckin", "bookworm",
               "mets.fan", "coffee4me", "sunnyday", "tinkerer", "grandpa.joe.fan", "zumba",
               "fishnguy", "catlady", "roadrunner", "quiltmaker", "vetdad", "nightowl"]

PAYERS = ["Keystone Mutual Health", "Harborview Health Plan", "Tri-County Medicaid",
          "Summit Care Advantage", "Pinnacle Benefit Co.", "Evergreen Community Health Plan",
          "Medicare Part B", "Prairie State Medicaid", "Northstar Employee Health",
          "Riverbend Dental & Vision", "Allwell Choice PPO", "Coastal Senior Advantage"]
CLINICS = ["Riverbend Family Medicine", "Northgate Pediatrics", "Lakeshore Sleep Center",
           "Valley Regional Hospital", "Copperline Internal Medicine", "Bluestem Home Health",
           "Hillside Orthopedics", "Meadowbrook Cardiology", "Tri-Valley Urgent Care",
           "Cedar Point Women's Health", "Harborlight Behavioral Health",
           "Prairie Sky Pulmonology", "Four Rivers Endocrinology", "Oak Shadow Neurology"]
PHARMACIES = ["Copperline Pharmacy", "Main Street Apothecary", "QuickFill Pharmacy #2214",
              "Greenleaf Drug", "MailRx Home Delivery", "Prairie Rexall", "CareMart Pharmacy"]
EMPLOYERS = ["Tri-State Distribution", "Hollins Public Schools", "Marl Valley Poultry",
             "Sunrise Assisted Living", "Granite Works Manufacturing", "City Transit Authority",
             "Ridgeline Call Solutions", "Bayou Shipping & Freight", "Kessel Auto Parts"]
SCHOOLS = ["Birchwood Elementary", "Harrow Middle School", "East Alden High School",
           "Saint Brigid Academy", "Quillan Community College", "Lorn Valley Charter School"]
CARS = ["Toyota Camry", "Honda Odyssey", "Ford Transit", "Chevrolet Express",
        "Dodge Grand Caravan", "Subaru Outback", "Nissan Rogue", "Toyota Sienna",
        "Hyundai Elantra", "Chrysler Pacifica", "Buick Enclave", "Kia Soul"]
LAW_FIRMS = ["Brennick & Vane LLP", "Ostrander Injury Law", "Calloway Hart PC",
             "Tillery, Morrow & Associates", "Halcyon Legal Aid Society"]

EPONYMS = ["Parkinson disease", "Foley catheter", "Bell's palsy", "Crohn's disease",
           "Hashimoto thyroiditis", "Raynaud phenomenon", "Glasgow Coma Scale",
           "Holter monitor", "Alzheimer disease", "Down syndrome", "Tourette syndrome",
           "Sjogren syndrome", "Cushing syndrome", "Meniere disease", "Epley maneuver"]

DISEASE_EPONYMS = [e for e in EPONYMS if e.endswith(("disease", "syndrome", "palsy", "thyroiditis", "phenomenon"))]

MEDS = [("metformin", "500 mg"), ("lisinopril", "20 mg"), ("atorvastatin", "40 mg"),
        ("levothyroxine", "75 mcg"), ("amlodipine", "5 mg"), ("sertraline", "50 mg"),
        ("albuterol HFA", "90 mcg/actuation"), ("insulin glargine", "100 units/mL"),
        ("gabapentin", "300 mg"), ("carbidopa-levodopa", "25/100 mg"),
        ("enoxaparin", "40 mg/0.4 mL"), ("losartan", "50 mg"), ("omeprazole", "20 mg"),
        ("montelukast", "10 mg"), ("apixaban", "5 mg"), ("furosemide", "40 mg"),
        ("prednisone", "10 mg"), ("tamsulosin", "0.4 mg"), ("escitalopram", "10 mg")]
ORAL_MEDS = [m for m in MEDS if m[1].endswith(("mg", "mcg")) and "/" not in m[1]
             and m[0] not in ("enoxaparin", "albuterol HFA")]
ICD10 = [("E11.9", "type 2 diabetes"), ("I10", "essential hypertension"),
         ("G47.33", "obstructive sleep apnea"), ("M54.50", "low back pain"),
         ("J45.40", "moderate persistent asthma"), ("F41.1", "generalized anxiety"),
         ("E10.65", "type 1 diabetes with hyperglycemia"), ("I48.91", "atrial fibrillation"),
         ("G20", "Parkinson disease"), ("M17.11", "primary osteoarthritis, right knee"),
         ("S82.201A", "fracture of shaft of tibia"), ("K50.90", "Crohn's disease"),
         ("N18.4", "chronic kidney disease stage 4"), ("R55", "syncope"),
         ("Z95.0", "presence of cardiac pacemaker"), ("J44.1", "COPD with exacerbation")]
CPT = [("99213", "office visit"), ("99214", "office visit"), ("95810", "polysomnography"),
       ("97110", "therapeutic exercise"), ("80053", "CMP"), ("85025", "CBC"),
       ("83036", "HbA1c"), ("93000", "ECG"), ("72148", "MRI lumbar spine"),
       ("E0601", "CPAP device"), ("A4253", "glucose test strips"), ("93296", "remote PM interrogation"),
       ("A0130", "wheelchair van"), ("97161", "PT evaluation"), ("E1390", "oxygen concentrator")]

INITIALS_BLACKLIST = set("""AM PM MD RN DO OK ID IT IN ON OR AS AT BE BY GO HE IF IS ME MY
NO OF SO TO UP US WE AN DR MR MS PA NP ER ED OT PT CT IV BP HR RX DX HX TX SN MG ML LB DC
ST CC OB GI ENT UA IM SC PO QD RR SS HI OH LA MA ME AL AR CO DE FL GA IA IL KS KY MI MN MO
NC ND NE NH NJ NM NV NY SD TN UT VA VT WA WI WV WY AZ AK CA CT MT RI MS TX OR NA AD EZ YO
UH OW AH HA EH""".split())
