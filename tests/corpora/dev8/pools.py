"""Invented-data pools for the dev8 corpus generator.

Everything here is plain data.  Lists only (no sets) so that iteration order
is fixed.  Given names are tagged F / M / U (unisex).  Towns are ordinary real
towns used only as settings; every street, number, person, facility and payer
built from these pools is invented.
"""

# ---------------------------------------------------------------- given names
# culture -> "sex:name" tokens
GIVEN = {
    "anglo": "M:James F:Mary M:Robert F:Linda M:Michael F:Susan M:David F:Karen M:William F:Jennifer "
             "M:Thomas F:Margaret M:Gary F:Deborah M:Kevin F:Sharon M:Brian F:Donna M:Scott F:Carol "
             "M:Ryan F:Amanda M:Tyler F:Brittany M:Cody F:Kayla M:Jake F:Megan M:Oliver F:Charlotte "
             "M:Harry F:Amelia M:George F:Isla M:Jack F:Poppy M:Liam F:Chloe M:Noah F:Emily M:Ethan "
             "F:Zoe M:Lachlan F:Matilda M:Cooper F:Ruby U:Harper M:Jayden F:Mia M:Oscar M:Brody "
             "F:Elizabeth M:Christopher F:Katherine M:Anthony M:Patrick F:Heather M:Dale F:Tracy "
             "M:Wayne F:Kylie M:Shane F:Courtney U:Jordan U:Taylor U:Casey M:Darren F:Leanne M:Craig "
             "F:Shelby M:Travis F:Bethany M:Gavin F:Tegan M:Callum F:Jade",
    "word": "F:Hope F:Faith F:Grace F:Joy M:Will F:Rose F:Summer F:Autumn F:Dawn M:Hunter M:Chase "
            "U:Sky F:Destiny F:Precious F:Heaven F:Patience F:Mercy M:Major M:King M:Deacon U:Sunny "
            "F:Ivy F:Lily F:Crystal F:Amber F:Misty U:River F:Harmony F:Star M:Rocky F:Honey "
            "F:Blessing M:Gift F:Charity F:Pearl F:Ruby M:Frank F:Violet",
    "hispanic": "M:José F:María M:Juan F:Guadalupe M:Luis F:Carmen M:Jesús F:Rosa M:Alejandro "
                "F:Ximena M:Miguel F:Yesenia F:Marisol F:Esperanza M:Héctor F:Lupita M:Santiago "
                "F:Valentina M:Diego F:Camila F:Dulce M:Rigoberto F:Maricela M:Jorge F:Itzel "
                "M:Francisco F:Araceli M:Ernesto F:Yolanda M:Rogelio F:Xiomara M:Efraín F:Nayeli "
                "M:Osvaldo F:Anahí M:Iván F:Soledad",
    "afam": "M:DeShawn F:Latoya M:Tyrone F:Shaniqua M:Jamal F:Keisha M:Darnell F:Aaliyah "
            "M:Marquise F:Tamika M:Dwayne F:Ebony M:Terrell F:Imani M:Jaylen F:Nia M:Reginald "
            "F:Shanice M:Andre F:Kiara F:LaDonna M:Demetrius M:Trevon F:Precious M:Cornelius "
            "F:Tanisha M:Deontae F:Jasmine M:Lamar F:Ayanna M:Xavier F:Monique",
    "southasian": "F:Priya M:Rajesh F:Anjali M:Sanjay U:Harpreet U:Gurpreet M:Amit F:Sunita "
                  "M:Vikram F:Deepa M:Arjun F:Kavya M:Farhan F:Ayesha M:Imran F:Nusrat M:Rohan "
                  "F:Lakshmi M:Suresh U:Manpreet U:Jaswinder M:Tanvir F:Shabnam M:Ravi F:Meena "
                  "M:Anil F:Pooja M:Sandeep F:Rupinder M:Kamal F:Parveen M:Zubair F:Sana",
    "eastasian": "U:Wei F:Mei M:Jun F:Xiaoling M:Hiroshi F:Yuki M:Min-jun F:Ji-woo M:Haruto "
                 "F:Sakura F:Li Na M:Hyun-woo F:Seo-yeon M:Kenji F:Akiko F:Jia Hui M:Zhi Wei "
                 "M:Takeshi F:Eun-ji M:Jae-sung F:Xinyi M:Hao F:Yumi M:Daisuke F:Mingyu",
    "irish": "F:Siobhán M:Ciarán F:Aoife F:Niamh M:Seán M:Pádraig F:Róisín M:Eoin F:Caoimhe "
             "M:Declan F:Bríd M:Oisín F:Saoirse F:Fionnuala M:Cathal F:Gráinne M:Donal F:Orla "
             "M:Colm F:Sinéad M:Tadhg F:Clodagh",
    "polish": "F:Katarzyna M:Piotr F:Agnieszka M:Tomasz F:Małgorzata M:Krzysztof F:Zofia "
              "M:Wojciech F:Ewa M:Grzegorz F:Magdalena M:Paweł F:Dorota M:Jakub F:Joanna "
              "M:Łukasz F:Beata M:Marek F:Justyna M:Zbigniew",
    "nigerian": "M:Chinedu F:Ngozi U:Oluwaseun F:Adaeze M:Emeka F:Funmilayo M:Babajide "
                "F:Chiamaka M:Olumide F:Yetunde M:Ifeanyi U:Temitope M:Obinna F:Folake "
                "M:Chukwuemeka F:Blessing M:Tunde F:Nkechi M:Segun F:Bukola M:Kelechi F:Abimbola",
    "arabic": "M:Ahmed F:Fatima M:Omar F:Layla M:Yusuf F:Mariam M:Khalid U:Noor M:Hassan "
              "F:Amira M:Tariq F:Rania M:Samir F:Huda M:Bilal F:Zainab M:Mohammed F:Salma "
              "M:Karim F:Yasmin M:Walid F:Dalia",
    "vietnamese": "U:Thanh F:Linh U:Minh F:Huong M:Tuan F:Lan M:Duc F:Thuy F:Hoa M:Quang "
                  "F:Phuong M:Bao F:Trinh M:Hung F:Ngoc M:Khoa F:Mai M:Long F:Yen",
    "filipino": "F:Maricel M:Jerome F:Rowena M:Ramil F:Jocelyn M:Arnel F:Rhea F:Marivic "
                "M:Jomar F:Lorna M:Rodel F:Cherry F:Analyn M:Rolando F:Lea M:Ariel F:Jovelyn "
                "M:Reynaldo F:Mylene M:Danilo F:Rosalind",
    "caribbean": "M:Shaquille M:Kemar F:Tishana M:Delroy F:Marcia M:Winston F:Nadine M:Leroy "
                 "F:Claudette M:Desmond F:Sharlene M:Junior M:Fitzroy F:Hyacinth M:Clive "
                 "F:Paulette M:Everton F:Icilda M:Jermaine F:Simone",
    "quebecois": "M:Jean-François F:Marie-Ève F:Geneviève M:Étienne M:Benoît F:Sylvie "
                 "M:Mathieu F:Chantal M:Luc F:Josée M:Gaétan F:Manon M:Réjean F:Nathalie "
                 "M:Pierre-Luc M:Maxime F:Mélanie M:Sébastien F:Isabelle M:Yannick F:Lucie "
                 "M:Ghislain F:Francine",
    "dutch": "M:Pieter F:Anneke M:Joris F:Femke M:Bram F:Marieke M:Willem F:Sanne",
    "indigenous_au": "F:Kirra M:Jarrah F:Alinta F:Bindi F:Kalinda M:Warrick F:Jedda F:Tarni",
}

FAMILY = {
    "anglo": "Smith Johnson Williams Brown Miller Taylor Wilson Clarke Hughes Baker Turner Walker "
             "Wright Cooper Ward Bell Parker Young Moss Lamb Bishop Marsh Stone Brooks Page "
             "Harris Robinson Thompson Evans Roberts Edwards Collins Stewart Morris Rogers Reed "
             "Cook Morgan Bailey Murphy Howard Cox Richardson Wood Watson Barnes Ross Henderson "
             "Jenkins Perry Powell Long Patterson Hughes Flores Butler Simmons Foster Bryant "
             "Alexander Griffin Hayes Myers Ford Hamilton Graham Sullivan Wallace Woods Cole "
             "West Jordan Owens Reynolds Fisher Ellis Harrison Gibson McDonald Cruickshank "
             "Pemberton Ashworth Hargreaves Oakley Fairweather Whitlock",
    "word": "Hope Baker Frost Hill Rain Bird Fox Wolf Knight Rich Cash Sterling Green White "
            "Black Moody Friend Love Sharp Hart Bishop Major Day Gold Story Bright Mercy "
            "Savage Sweet Winter Snow Rivers Field Brook Banks Price Cross Church",
    "hispanic": "Ruiz Hernández García Martínez López Gonzalez Pérez Sánchez Ramírez Torres "
                "Flores Rivera Gómez Díaz Reyes Morales Ortiz Castillo Vargas Mendoza Delgado "
                "Villanueva Cervantes Zamora Aguilar Espinoza Salazar Ochoa Fuentes Navarro",
    "afam": "Washington Jefferson Jackson Robinson Coleman Freeman Banks Mosley Gaines Dupree "
            "Battle Boykin Pettaway Bledsoe Hairston Witherspoon Spearman Tolliver Gadson Merriweather",
    "southasian": "Patel Sharma Singh Kaur Gupta Reddy Iyer Chaudhry Khan Rahman Hussain Sandhu "
                  "Gill Dhillon Venkataraman Banerjee Mehta Nair Bhattacharya Siddiqui Grewal "
                  "Chowdhury Malhotra Pillai Qureshi Sidhu Trivedi Desai",
    "eastasian": "Wang Li Zhang Chen Liu Huang Kim Park Lee Choi Tanaka Sato Suzuki Nakamura "
                 "Wong Chan Lau Ng Cheung Yamamoto Zhou Xu Jung Kang Ito Watanabe",
    "irish": "O'Brien O'Sullivan Kelly Byrne McCarthy Fitzgerald Doyle Gallagher Quinn "
             "O'Connell Nolan Brennan Duffy Keane O'Driscoll Mac_Giolla_Phádraig Kavanagh "
             "Ní_Bhriain Ó_Súilleabháin Ní_Dhomhnaill Mac_Cárthaigh",
    "polish": "Kowalski Nowak Wiśniewska Wójcik Kamińska Lewandowski Zieliński Szymańska "
              "Woźniak Dąbrowski Kozłowska Jankowski Mazur Krawczyk Piotrowski Grabowska "
              "Pawlak Michalski Zając Król",
    "nigerian": "Okafor Adeyemi Okonkwo Eze Balogun Nwosu Adebayo Ogunleye Chukwu Obi Olawale "
                "Abubakar Nwachukwu Oyelaran Afolabi Onyekachi Ibekwe Akinola Ogunbiyi Uzoma",
    "arabic": "Al-Sayed Haddad Khoury Mansour bin_Rashid Abdullah Nasser El-Amin Saleh Farouk "
              "Al-Masri Hamdan Aziz Darwish Bakr Al-Hashimi Tahan Jaber",
    "vietnamese": "Nguyen Tran Le Pham Hoang Vu Dang Bui Do Ngo Duong Huynh Phan Truong",
    "filipino": "Santos Reyes Cruz Bautista Dela_Cruz Mendoza Aquino Villanueva Castro Ramos "
                "Manalo Dimaculangan Macaraeg Soriano Pangilinan Tolentino Magsaysay De_Guzman",
    "caribbean": "Campbell Thompson Clarke Francis Bailey Grant McKenzie Reid Edwards Beckford "
                 "St._Louis Joseph Pierre Baptiste Gooden Samuels Lewinson Whyte Fraser",
    "quebecois": "Tremblay Gagnon Roy Côté Bouchard Gauthier Morin Lavoie Fortin Gagné Ouellet "
                 "Pelletier Bélanger Lévesque Bergeron Leblanc Thibodeau Desrosiers Beaulieu "
                 "Saint-Onge Laframboise",
    "dutch": "van_der_Berg van_Dijk de_Vries van_den_Heuvel de_Groot Bakker Visser van_der_Linden",
    "indigenous_au": "Bennell Mundine Roberts Williams Yunupingu Kelly Anderson Brown Thorpe Goodes",
}
# hyphenated and double surnames, built on top of the pools
COMPOUND_FAMILY = [
    "Smith-Jones", "Okafor-Williams", "Pérez-Molina", "Clarke-Patel", "Lloyd-Davies",
    "Owusu-Ansah", "Martínez de la Vega", "Gonzalez Ruiz", "de la Cruz", "De León",
    "García-Márquez", "Nguyen-Tran", "Bouchard-Lavoie", "Fitzgerald-Okonkwo",
    "Wiśniewska-Brown", "Rahman-Chowdhury", "Hughes-Mensah", "del Castillo",
    "Saint-Pierre", "Ní Bhriain-Walsh", "Ashby-Kowalczyk", "Haddad-Khoury",
    "van der Merwe", "St. John", "Da Silva", "dos Santos", "Mac an tSaoir",
]
# nicknames / diminutives
NICK = {
    "William": ["Will", "Billy", "Bill"], "Elizabeth": ["Lizzie", "Beth", "Liz"],
    "Michael": ["Mike", "Big Mike", "Mikey"], "Robert": ["Bob", "Bobby", "Rob"],
    "Margaret": ["Peggy", "Maggie", "Mags"], "Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"],
    "Guadalupe": ["Lupita", "Lupe"], "José": ["Pepe", "Chepe"], "Francisco": ["Paco", "Pancho"],
    "Oluwaseun": ["Seun"], "Chukwuemeka": ["Emeka"], "Jean-François": ["J-F"],
    "Alejandro": ["Alex", "Jandro"], "Jesús": ["Chuy"], "Christopher": ["Chris", "Topher"],
    "Patrick": ["Paddy", "Pat"], "Katherine": ["Kate", "Katie", "Kath"], "Anthony": ["Tony", "Ant"],
    "James": ["Jim", "Jimmy", "Jamie"], "Jennifer": ["Jen", "Jenny"], "Deborah": ["Debbie", "Deb"],
    "Reginald": ["Reggie"], "Demetrius": ["Meech"], "Olumide": ["Mide"], "Babajide": ["Jide"],
    "Temitope": ["Tope"], "Funmilayo": ["Funmi"], "Siobhán": ["Shiv"], "Arnel": ["Nel"],
    "Reynaldo": ["Rey", "Jun-Jun"], "Rolando": ["Bong", "Lando"], "Danilo": ["Dan-Dan"],
    "Thomas": ["Tom", "Tommy"], "David": ["Dave", "Davey"], "Susan": ["Sue", "Suzie"],
    "Donna": ["Donna"], "Mohammed": ["Mo", "Hamoudi"], "Abimbola": ["Bimbo"],
    "Gurpreet": ["Gary", "Preet"], "Harpreet": ["Harry", "Preeti"], "Marquise": ["Quise"],
    "Cornelius": ["Neil", "Corny"], "Fitzroy": ["Fitz"], "Shaquille": ["Shaq"],
    "Maxime": ["Max"], "Sébastien": ["Seb"], "Wojciech": ["Wojtek"], "Krzysztof": ["Krzys"],
    "Zbigniew": ["Zbyszek"], "Magdalena": ["Madzia", "Magda"], "Dwayne": ["Dre"],
    "Andre": ["Dre"], "Tishana": ["Tash"], "Latoya": ["Toya"], "Precious": ["Precious"],
    "Chinedu": ["Nedu"], "Ifeanyi": ["Ify"], "Cathal": ["Cal"], "Pádraig": ["Podge"],
    "Gráinne": ["Gronya"], "Hyacinth": ["Cinty", "Miss Hy"], "Icilda": ["Miss Icy"],
    "Junior": ["Juni"], "Leroy": ["Roy"], "Everton": ["Evvie"], "Walid": ["Wally"],
    "Xiaoling": ["Lingling"], "Min-jun": ["MJ"], "Haruto": ["Haru"], "Lachlan": ["Lachie"],
    "Matilda": ["Tilly"], "Callum": ["Cal"], "Oliver": ["Ollie"], "Charlotte": ["Lottie", "Charlie"],
    "Rosalind": ["Roz"], "Jovelyn": ["Jovs"], "Mylene": ["Mye"], "Rigoberto": ["Rigo"],
    "Esperanza": ["Espi"], "Hector": ["Tito"], "Héctor": ["Tito"], "Efraín": ["Frain"],
    "Geneviève": ["Gen"], "Marie-Ève": ["Marie"], "Pierre-Luc": ["P-L"], "Réjean": ["Ray"],
}
MIDDLE_POOL = ["Marie", "Ann", "Lee", "Jean", "Lynn", "Ray", "James", "Louise", "Elizabeth",
               "Michael", "Rose", "Mae", "Kay", "Dean", "Joseph", "Grace", "Alan", "Nicole",
               "Andrés", "Luz", "Kumar", "Devi", "Chidi", "Ngozi", "Thi", "Van", "Pilar", "Noelle"]

# speech-to-text mis-hearings of some names (given or family) -> what got typed
STT_MISHEAR = {
    "Okafor": "oak a four", "Nguyen": "win", "Siobhán": "shivon", "Aoife": "eefa",
    "Guadalupe": "wada lupe", "Niamh": "neeve", "Saoirse": "sur sha", "Oluwaseun": "olu washaun",
    "Szymańska": "shi manska", "Wójcik": "voy chick", "Chukwuemeka": "chuck we mecca",
    "Tadhg": "tige", "Caoimhe": "keeva", "Xiaoling": "shao ling", "Pádraig": "pordrig",
    "Haddad": "ha dad", "Thibodeau": "tibbodo", "Ouellet": "wuh let", "Yunupingu": "you new ping goo",
    "Dimaculangan": "dima coo langan", "Venkataraman": "venkat a raman", "Ibekwe": "ee beck way",
    "Lévesque": "le vek", "Bouchard": "boo shard", "Huynh": "win", "Truong": "trong",
    "Gallagher": "galla her", "Zając": "zy onts", "Grzegorz": "gregor", "Joris": "yoris",
    "Aaliyah": "a lee a", "Ngozi": "in go zee", "Imani": "a mani",
    "Ó Súilleabháin": "o sullivan", "Ní Bhriain": "nee breen", "Kowalski": "co wall ski",
    "Geneviève": "john viev", "Mariam": "marry am", "Jesús": "hey soos", "Rigoberto": "rigo bear toe",
    "Temitope": "temmy tope", "Funmilayo": "foomy lie oh", "Seán": "sean", "Ciarán": "kieran",
}

# ------------------------------------------------------------------- places
# US: (town, state, zip, area code, neighbourhoods)
US_TOWNS = [
    ("Fall River", "MA", "02720", "508", ["Flint Village", "the Highlands"]),
    ("Dover", "NH", "03820", "603", []),
    ("Akron", "OH", "44310", "330", ["North Hill", "Firestone Park"]),
    ("Lubbock", "TX", "79401", "806", []),
    ("Pueblo", "CO", "81003", "719", ["Bessemer", "the East Side"]),
    ("Macon", "GA", "31201", "478", ["Vineville"]),
    ("Yakima", "WA", "98901", "509", []),
    ("Dubuque", "IA", "52001", "563", []),
    ("Scranton", "PA", "18503", "570", ["Green Ridge", "the Hill Section"]),
    ("Bakersfield", "CA", "93301", "661", ["Oildale"]),
    ("Gary", "IN", "46402", "219", ["Glen Park", "Miller"]),
    ("Flagstaff", "AZ", "86001", "928", []),
    ("Bangor", "ME", "04401", "207", []),
    ("Paterson", "NJ", "07501", "973", ["Riverside"]),
    ("Hialeah", "FL", "33010", "305", []),
    ("Jackson", "MS", "39201", "601", ["Belhaven"]),
    ("Rapid City", "SD", "57701", "605", []),
    ("Utica", "NY", "13501", "315", ["Cornhill", "East Utica"]),
    ("Duluth", "MN", "55802", "218", ["Lincoln Park"]),
    ("Laredo", "TX", "78040", "956", []),
    ("Modesto", "CA", "95354", "209", []),
    ("Toledo", "OH", "43604", "419", ["the Old West End", "Birmingham"]),
    ("Fayetteville", "NC", "28301", "910", []),
    ("Lowell", "MA", "01852", "978", ["the Acre", "Centralville"]),
    ("Billings", "MT", "59101", "406", ["the Heights"]),
    ("Shreveport", "LA", "71101", "318", []),
    ("Springfield", "MO", "65806", "417", []),
    ("Kalamazoo", "MI", "49007", "269", ["Edison", "Northside"]),
    ("Chattanooga", "TN", "37402", "423", ["Highland Park"]),
    ("Bridgeport", "CT", "06604", "203", ["the East End", "Black Rock"]),
    ("Las Cruces", "NM", "88001", "575", []),
    ("Ogden", "UT", "84401", "801", []),
    ("Wilmington", "DE", "19801", "302", ["Hilltop"]),
    ("Tacoma", "WA", "98402", "253", ["Hilltop", "South End"]),
    ("Eau Claire", "WI", "54701", "715", []),
    ("Muncie", "IN", "47305", "765", []),
    ("Texarkana", "AR", "71854", "870", []),
    ("Wheeling", "WV", "26003", "304", []),
    ("Cheyenne", "WY", "82001", "307", []),
    ("Salinas", "CA", "93901", "831", ["Alisal"]),
    ("Holyoke", "MA", "01040", "413", ["the Flats"]),
    ("Brockton", "MA", "02301", "508", []),
]
US_STATE_NAMES = {"MA": "Massachusetts", "NH": "New Hampshire", "OH": "Ohio", "TX": "Texas",
                  "CO": "Colorado", "GA": "Georgia", "WA": "Washington", "IA": "Iowa",
                  "PA": "Pennsylvania", "CA": "California", "IN": "Indiana", "AZ": "Arizona",
                  "ME": "Maine", "NJ": "New Jersey", "FL": "Florida", "MS": "Mississippi",
                  "SD": "South Dakota", "NY": "New York", "MN": "Minnesota", "NC": "North Carolina",
                  "MT": "Montana", "LA": "Louisiana", "MO": "Missouri", "MI": "Michigan",
                  "TN": "Tennessee", "CT": "Connecticut", "NM": "New Mexico", "UT": "Utah",
                  "DE": "Delaware", "WI": "Wisconsin", "AR": "Arkansas", "WV": "West Virginia",
                  "WY": "Wyoming"}
# UK: (town, postcode districts, dialling code, local digits, neighbourhoods, nation)
UK_TOWNS = [
    ("Leeds", ["LS6", "LS8", "LS11", "LS9", "LS12"], "0113", 7, ["Headingley", "Harehills", "Beeston", "Armley"], "E"),
    ("Bradford", ["BD3", "BD5", "BD8"], "01274", 6, ["Manningham", "Little Horton"], "E"),
    ("Leicester", ["LE2", "LE4", "LE5"], "0116", 7, ["Belgrave", "Highfields", "Evington"], "E"),
    ("Stoke-on-Trent", ["ST1", "ST4", "ST6"], "01782", 6, ["Hanley", "Burslem", "Fenton"], "E"),
    ("Sunderland", ["SR1", "SR4", "SR5"], "0191", 7, ["Hendon", "Southwick"], "E"),
    ("Swansea", ["SA1", "SA2", "SA6"], "01792", 6, ["Townhill", "Morriston"], "W"),
    ("Luton", ["LU1", "LU2", "LU4"], "01582", 6, ["Bury Park", "Marsh Farm"], "E"),
    ("Norwich", ["NR2", "NR3", "NR5"], "01603", 6, ["Earlham", "Mile Cross"], "E"),
    ("Plymouth", ["PL1", "PL2", "PL4"], "01752", 6, ["Devonport", "Stonehouse"], "E"),
    ("Wigan", ["WN1", "WN3", "WN5"], "01942", 6, ["Pemberton", "Ince"], "E"),
    ("Slough", ["SL1", "SL2"], "01753", 6, ["Chalvey", "Britwell"], "E"),
    ("Oldham", ["OL1", "OL4", "OL8"], "0161", 7, ["Glodwick", "Werneth"], "E"),
    ("Derby", ["DE1", "DE22", "DE23"], "01332", 6, ["Normanton", "Alvaston"], "E"),
    ("Paisley", ["PA1", "PA2", "PA3"], "0141", 7, ["Ferguslie Park", "Gallowhill"], "S"),
    ("Dundee", ["DD1", "DD3", "DD4"], "01382", 6, ["Lochee", "Hilltown"], "S"),
    ("Newport", ["NP19", "NP20"], "01633", 6, ["Pillgwenlly", "Maindee"], "W"),
    ("Middlesbrough", ["TS1", "TS3", "TS5"], "01642", 6, ["Linthorpe", "North Ormesby"], "E"),
    ("Blackburn", ["BB1", "BB2"], "01254", 6, ["Audley", "Mill Hill"], "E"),
    ("Ipswich", ["IP1", "IP3", "IP4"], "01473", 6, ["Chantry", "Whitehouse"], "E"),
    ("Belfast", ["BT5", "BT9", "BT12", "BT14"], "028 90", 6, ["Sandy Row", "the Ormeau Road"], "N"),
    ("Walsall", ["WS1", "WS2", "WS3"], "01922", 6, ["Caldmore", "Bloxwich"], "E"),
    ("Croydon", ["CR0", "CR7"], "020", 8, ["Thornton Heath", "Norbury"], "E"),
    ("Aberdeen", ["AB10", "AB16", "AB24"], "01224", 6, ["Torry", "Tillydrone"], "S"),
    ("Grimsby", ["DN31", "DN32"], "01472", 6, ["East Marsh"], "E"),
    ("Rotherham", ["S60", "S65"], "01709", 6, ["Eastwood"], "E"),
]
# Canada: (town, province, FSAs, area code, neighbourhoods, french)
CA_TOWNS = [
    ("Hamilton", "ON", ["L8P", "L8L", "L9A", "L8M"], "905", ["Stoney Creek", "the North End"], False),
    ("Sudbury", "ON", ["P3A", "P3E", "P3C"], "705", ["the Donovan", "Minnow Lake"], False),
    ("Kingston", "ON", ["K7L", "K7K", "K7M"], "613", ["Rideau Heights"], False),
    ("Trois-Rivières", "QC", ["G9A", "G8Z", "G8T"], "819", ["Cap-de-la-Madeleine"], True),
    ("Laval", "QC", ["H7N", "H7G", "H7W"], "450", ["Chomedey", "Pont-Viau"], True),
    ("Sherbrooke", "QC", ["J1H", "J1E", "J1G"], "819", ["Fleurimont"], True),
    ("Moncton", "NB", ["E1C", "E1A"], "506", ["Dieppe"], False),
    ("Saskatoon", "SK", ["S7K", "S7L", "S7M"], "306", ["Riversdale", "Pleasant Hill"], False),
    ("Red Deer", "AB", ["T4N", "T4P", "T4R"], "403", [], False),
    ("Kamloops", "BC", ["V2C", "V2B", "V2H"], "250", ["North Shore"], False),
    ("Brandon", "MB", ["R7A", "R7B"], "204", [], False),
    ("Halifax", "NS", ["B3H", "B3K", "B3L"], "902", ["Dartmouth", "the North End"], False),
    ("Thunder Bay", "ON", ["P7B", "P7A", "P7C"], "807", ["Westfort"], False),
    ("Lethbridge", "AB", ["T1J", "T1H", "T1K"], "403", [], False),
    ("Nanaimo", "BC", ["V9R", "V9S", "V9T"], "250", [], False),
    ("Charlottetown", "PE", ["C1A", "C1E"], "902", [], False),
    ("St. John's", "NL", ["A1C", "A1B", "A1E"], "709", ["the Battery"], False),
    ("Gatineau", "QC", ["J8X", "J8Y", "J9H"], "819", ["Hull", "Aylmer"], True),
    ("Brampton", "ON", ["L6V", "L6S", "L6Z"], "905", ["Bramalea", "Springdale"], False),
    ("Surrey", "BC", ["V3T", "V3W", "V3R"], "604", ["Newton", "Whalley"], False),
    ("Prince George", "BC", ["V2L", "V2M"], "250", [], False),
    ("Regina", "SK", ["S4N", "S4R", "S4T"], "306", ["North Central"], False),
]
CA_PROV_NAMES = {"ON": "Ontario", "QC": "Québec", "NB": "New Brunswick", "SK": "Saskatchewan",
                 "AB": "Alberta", "BC": "British Columbia", "MB": "Manitoba", "NS": "Nova Scotia",
                 "PE": "Prince Edward Island", "NL": "Newfoundland and Labrador"}
# Australia: (town, state, postcode, area code, suburbs)
AU_TOWNS = [
    ("Geelong", "VIC", "3220", "03", ["Corio", "Norlane", "Belmont"]),
    ("Ballarat", "VIC", "3350", "03", ["Wendouree", "Sebastopol"]),
    ("Wollongong", "NSW", "2500", "02", ["Warrawong", "Corrimal"]),
    ("Newcastle", "NSW", "2300", "02", ["Mayfield", "Wallsend"]),
    ("Toowoomba", "QLD", "4350", "07", ["Harristown", "Newtown"]),
    ("Cairns", "QLD", "4870", "07", ["Manoora", "Edmonton"]),
    ("Townsville", "QLD", "4810", "07", ["Aitkenvale", "Kirwan"]),
    ("Bunbury", "WA", "6230", "08", ["Withers"]),
    ("Mandurah", "WA", "6210", "08", []),
    ("Launceston", "TAS", "7250", "03", ["Mowbray", "Invermay"]),
    ("Mildura", "VIC", "3500", "03", []),
    ("Dubbo", "NSW", "2830", "02", ["West Dubbo"]),
    ("Wagga Wagga", "NSW", "2650", "02", ["Ashmont", "Tolland"]),
    ("Bendigo", "VIC", "3550", "03", ["Long Gully", "Kangaroo Flat"]),
    ("Rockhampton", "QLD", "4700", "07", ["Berserker"]),
    ("Darwin", "NT", "0800", "08", ["Malak", "Karama"]),
    ("Alice Springs", "NT", "0870", "08", ["Braitling"]),
    ("Mount Gambier", "SA", "5290", "08", []),
    ("Parramatta", "NSW", "2150", "02", ["Harris Park"]),
    ("Logan Central", "QLD", "4114", "07", ["Woodridge", "Kingston"]),
    ("Shepparton", "VIC", "3630", "03", ["Mooroopna"]),
    ("Penrith", "NSW", "2750", "02", ["Kingswood", "Cambridge Park"]),
    ("Whyalla", "SA", "5600", "08", []),
    ("Hobart", "TAS", "7000", "03", ["Glenorchy", "Moonah"]),
]

STREET_NAMES = {
    "US": "Elm Maple Alder Oak Cedar Birch Willow Main Church Park Mill Bridge School Orchard "
          "Lake River Pleasant Washington Lincoln Jefferson Franklin Chestnut Walnut Spruce Pine "
          "Hawthorne Locust Sycamore Magnolia Dogwood Cottonwood Prospect Liberty Union Highland "
          "Summit Ridge Grove Sunset Lakeview Meadow Fairview Hickory Juniper Mesquite Bluebonnet "
          "Pinecrest Quarry Tremont Kossuth Pulaski Bowdoin Rockaway MLK",
    "UK": "Station Victoria King Queen Church Mill Park High Bridge Laburnum Rowan Heather "
          "Holly Beech Chapel Cromwell Albert Duke Sussex Devon Windsor Clarendon Manor "
          "Springfield Grange Hawthorn Ashfield Lime Tree Balmoral Coronation Jubilee Alma "
          "Harcourt Kelso Cardigan Ribble Hollins Marlborough Tennyson Gladstone",
    "CA": "King Queen Main Princess Bay James John Dundas Barton Cannon Wellington Victoria "
          "Albert Maple Birch Spruce Tamarack Poplar Portage Lakeshore Algonquin Huron Erie "
          "Simcoe Brock Dufferin Laurier Champlain Frontenac Sackville Robie Gottingen",
    "QC": "Saint-Denis Notre-Dame des Forges Laviolette Sainte-Catherine Saint-Laurent "
          "des Érables du Fleuve Principale Royale de l'Église Papineau Saint-Joseph King Ouest",
    "AU": "Wattle Banksia Jacaranda Boronia Waratah Grevillea Acacia Bottlebrush Kurrajong "
          "Station George Elizabeth Bourke Macquarie Flinders Sturt Mitchell Lachlan Murray "
          "Darling Hume Bligh Cook Kent Victoria Albert Ryrie Moorabool Yarra Gawler Bay",
}
STREET_TYPES = {
    "US": ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Ct",
           "Blvd", "Way", "Pl", "Ter", "Cir", "Pkwy"],
    "UK": ["Road", "Street", "Lane", "Close", "Crescent", "Avenue", "Drive", "Grove", "Terrace",
           "Way", "Gardens", "Court", "Walk", "Rd", "St", "Mews", "Row"],
    "CA": ["Street", "St", "Avenue", "Ave", "Road", "Rd", "Drive", "Dr", "Crescent", "Cres",
           "Boulevard", "Blvd", "Court", "Way"],
    "QC": ["rue", "boulevard", "boul.", "avenue", "chemin", "rang"],
    "AU": ["Street", "St", "Road", "Rd", "Avenue", "Ave", "Parade", "Pde", "Crescent", "Cres",
           "Court", "Ct", "Close", "Place", "Pl", "Highway", "Terrace", "Way"],
}
UK_HOUSE_NAMES = ["Rose Cottage", "The Laurels", "Ivy House", "Fern Lea", "Holly Bank",
                  "The Old Forge", "Brookside", "Meadow View", "Orchard House", "Ty Gwyn"]
ROUTES = {"US": ["Route 9", "Route 6", "State Route 32", "County Road 14", "Rte 125", "Hwy 87",
                 "FM 1585", "Old Mill Rd", "Farm Road 22", "the old county road"],
          "UK": ["the A629", "the B1115", "the A38", "Moor Lane", "the old Toll Road"],
          "CA": ["Highway 17", "Rang 4", "Concession 6", "Regional Road 20", "Route 138"],
          "AU": ["the Midland Hwy", "Old Coach Rd", "the Bruce Hwy", "Bells Line of Road",
                 "Tablelands Rd"]}
LANDMARKS = {"US": ["the Exxon", "the Dollar General", "the Baptist church", "the feed store",
                    "the old drive-in", "the Waffle House", "the VFW"],
             "UK": ["the Co-op", "the Spar", "the chippy", "the Methodist chapel", "the Red Lion"],
             "CA": ["the Tim Hortons", "the Petro-Canada", "the arena", "the Legion",
                    "the dépanneur"],
             "AU": ["the servo", "the IGA", "the RSL", "the footy oval", "the Caltex"]}

# ------------------------------------------------------------ organisations
FAC_PREFIX = ["Harborview", "Northgate", "Riverside", "Lakeshore", "Cedar Ridge", "Bayfield",
              "Ashgrove", "Pinecrest", "Stonebridge", "Westbrook", "Meadowvale", "Kingsway",
              "Fairhaven", "Silver Birch", "Redcliff", "Highmoor", "Eastgate", "Wattle Grove",
              "Saint Brendan's", "Mercy Vale", "Whitaker Memorial", "Holloway", "Greystone",
              "Sunnybank", "Oakhurst", "Tamarack", "Bellweather", "Copperfield", "Larkspur"]
PAYERS = {
    "US": ["BlueRidge Mutual", "Keystone Health Plan", "Sunstate Medicaid", "MetroCare Advantage",
           "Liberty Shield PPO", "Prairie Health Alliance", "Granite Health", "CoastalCare HMO",
           "Great Lakes Mutual", "Pioneer Comp Insurance", "Heartland Casualty", "TriValley Health"],
    "UK": ["Albion Private Health", "Thistle Medical Assurance", "Pennine Health Cover"],
    "CA": ["Maple Shield Benefits", "Laurentide Assurance", "Prairie Crown Benefits",
           "Northern Lights Group Insurance"],
    "AU": ["Coastal Health Fund", "Southern Cross Mutual", "Outback Health Benefits",
           "Harbourside Health Fund"],
}
EMPLOYERS = ["Tri-County Poultry", "Pinnacle Logistics", "Kessler Roofing", "Bayside Care Group",
             "Northway Steel Fabrication", "Sunrise Home Care", "Delta Freight Lines",
             "Green Valley Nurseries", "Metro Transit Authority", "Crestline Plastics",
             "Redgum Civil Works", "Maple Leaf Warehousing", "Harbour Seafoods",
             "Ironbridge Precast", "Quick-Pik Grocers", "Allied Demolition"]
FREE_MAIL = {"US": ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "aol.com", "icloud.com"],
             "UK": ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk"],
             "CA": ["gmail.com", "hotmail.ca", "videotron.ca", "shaw.ca", "outlook.com", "sympatico.ca"],
             "AU": ["gmail.com", "bigpond.com", "hotmail.com", "outlook.com.au", "optusnet.com.au"]}

# ---------------------------------------------------------- near-miss pools
DRUGS = [("metformin", ["500 mg", "850 mg", "1000 mg"]), ("lisinopril", ["10 mg", "20 mg"]),
         ("sertraline", ["50 mg", "100 mg"]), ("quetiapine", ["25 mg", "100 mg", "300 mg"]),
         ("enoxaparin", ["40 mg/0.4 mL"]), ("carbidopa-levodopa", ["25/100 mg"]),
         ("morphine oral solution", ["5 mg/0.25 mL", "2.5 mg"]), ("lorazepam", ["0.5 mg", "1 mg"]),
         ("haloperidol", ["0.5 mg", "1 mg"]), ("oxycodone", ["5 mg", "10 mg"]),
         ("albuterol HFA", ["90 mcg/puff, 2 puffs"]), ("levothyroxine", ["75 mcg", "100 mcg"]),
         ("amoxicillin", ["500 mg", "250 mg/5 mL"]), ("insulin glargine", ["18 units", "24 units"]),
         ("buprenorphine-naloxone", ["8 mg/2 mg"]), ("methadone", ["60 mg", "85 mg"]),
         ("apixaban", ["5 mg", "2.5 mg"]), ("furosemide", ["40 mg", "20 mg"]),
         ("ibuprofen", ["400 mg", "600 mg", "800 mg"]), ("paracetamol", ["1 g", "500 mg"]),
         ("acetaminophen", ["650 mg", "500 mg"]), ("levetiracetam", ["500 mg", "750 mg"]),
         ("EpiPen", ["0.3 mg"]), ("EpiPen Jr", ["0.15 mg"]), ("midazolam nasal", ["5 mg"]),
         ("cetirizine", ["10 mg"]), ("fluoxetine", ["20 mg", "40 mg"]), ("naloxone", ["4 mg"]),
         ("gabapentin", ["300 mg", "600 mg"]), ("atorvastatin", ["40 mg", "80 mg"]),
         ("prednisone", ["40 mg", "5 mg"]), ("hydromorphone", ["2 mg", "0.5 mg"]),
         ("olanzapine", ["5 mg", "10 mg"]), ("lithium carbonate", ["300 mg"]),
         ("aripiprazole", ["10 mg"]), ("clonidine", ["0.1 mg"]), ("warfarin", ["5 mg", "2.5 mg"])]
FREQ = ["daily", "BID", "TID", "QID", "q4h prn", "qhs", "nocte", "mane", "q6h PRN", "once weekly",
        "bd", "tds", "PRN", "x1", "stat"]
ICD10 = ["F33.1", "F41.1", "F43.10", "F10.20", "E11.9", "I10", "J45.909", "S62.101A", "M54.5",
         "G40.909", "C50.911", "Z51.5", "K02.52", "S83.511A", "M75.101", "F32.A", "R56.9",
         "T78.40XA", "Z23", "C34.90", "I50.9", "G30.9", "J44.1", "N18.4", "O36.4XX0", "P07.32",
         "Z15.01", "C18.9", "S06.0X0A", "T40.2X1A", "Z79.4", "Z91.010", "E10.9"]
CPT = ["90837", "90834", "90791", "99213", "99214", "97110", "97140", "99285", "36415",
       "80053", "85025", "71046", "D0120", "D1110", "D2740", "D2391", "D0274", "D8080",
       "96127", "99497", "G0299", "A0427", "A0425", "81162", "96040", "J1885", "99342"]
EPONYMS = ["Parkinson disease", "Foley", "Glasgow Coma Scale", "Murphy sign", "Hartmann procedure",
           "Bell's palsy", "Hashimoto thyroiditis", "Crohn's", "Down syndrome", "Apgar",
           "Lachman test", "Babinski", "Tinel sign", "Phalen test", "Alzheimer's",
           "Huntington disease", "Lynch syndrome", "Marfan syndrome", "Kawasaki disease",
           "Epley maneuver", "Heimlich", "Raynaud's", "Graves disease", "Addison's",
           "Cushing's", "Guillain-Barré", "Barrett's esophagus", "Baker's cyst",
           "Colles fracture", "Kernig sign", "Wernicke", "Osgood-Schlatter", "Asperger's",
           "Tourette's", "McMurray test", "Spurling test", "Waddell signs", "Hodgkin lymphoma",
           "Tanner stage", "Frankl scale"]
DEVICE_MODELS = ["Model 5076-52 cm", "Azure XT DR MRI W1DR01", "Advisa DR A2DR01",
                 "Dexcom G6", "MiniMed 780G", "Omnipod 5", "CapSureFix Novus 5076",
                 "Accolade MRI L331", "Assurity MRI PM2272", "Medtronic Micra AV",
                 "Tandem t:slim X2", "VNS Model 106", "Inspire IV 3028", "Zoll X Series",
                 "LUCAS 3.1", "LifePak 15", "Alaris 8015", "Trilogy Evo", "Exactech Equinoxe"]
CREDS_US = ["MD", "DO", "RN", "NP", "PA-C", "LCSW", "LPC", "PhD", "PsyD", "LMFT", "CNA", "LPN",
            "RPh", "PharmD", "DDS", "DMD", "RDH", "EMT-P", "NRP", "BSN, RN", "MSN, FNP-C",
            "CGC", "MS, CGC", "CCRC", "CCDS", "LICSW", "CADC"]
CREDS_UK = ["RGN", "RMN", "MBBS", "MRCP", "FRCS", "BDS", "MPharm", "RN", "HCPC", "GP", "CPN",
            "DipHE", "MRCPsych"]
CREDS_AU = ["RN", "EN", "MBBS", "FRACGP", "BDSc", "BPharm", "MSW", "FRANZCP", "GDipGenCouns"]
CREDS_CA = ["RN", "RPN", "MD", "FRCPC", "CCFP", "MSW, RSW", "DMD", "RPh", "PCP", "ACP", "CGC"]
