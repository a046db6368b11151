"""Core machinery for the dev6 synthetic PHI corpus: pools, generators, span-recording Doc.

Python 3.11 standard library only.  Every document owns one random.Random seeded with a
string, nothing iterates over sets or depends on hash order.
"""
import datetime
import re

TYPES = ["name", "address", "zip", "date", "age", "phone", "fax", "email", "url",
         "ip_address", "ssn", "mrn", "health_plan", "account", "license", "vehicle",
         "device", "biometric", "id"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON = [m[:3] for m in MONTHS]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
NUMW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
ORDW = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
        8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
        14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
        19: "nineteenth", 20: "twentieth", 30: "thirtieth"}


def words_num(n):
    if n < 10:
        return NUMW[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] + ("" if u == 0 else "-" + NUMW[u])


def words_ord(n):
    if n in ORDW:
        return ORDW[n]
    t, u = divmod(n, 10)
    return TENS[t] + "-" + ORDW[u]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


# ---------------------------------------------------------------- names
def _sp(s):
    return [x.strip() for x in s.split(",") if x.strip()]


ORIG = {
    # origin: (female given, male given, surnames)
    "anglo": (_sp("Margaret, Susan, Karen, Emily, Sarah, Jessica, Hannah, Chloe, Olivia, Charlotte, Isla, Poppy, Jean, Dorothy, Joan, Beryl, Heather, Kylie, Tracey, Shannon, Brooke, Elizabeth, Catherine, Deborah, Patricia, Rose, Grace, Hope, Ivy, Holly, Summer, April, June, May, Dawn, Robin, Sandy, Pearl, Ruby, Iris, Daisy"),
              _sp("James, John, Robert, Michael, David, Thomas, Daniel, Matthew, Jack, Harry, George, Oliver, Liam, Noah, Kevin, Gary, Wayne, Keith, Trevor, Barry, Shane, Brett, William, Richard, Edward, Anthony, Francis, Christopher, Will, Frank, Mark, Drew, Chase, Hunter, Grant, Guy, Earl, Bob"),
              _sp("Smith, Jones, Taylor, Wilson, Thompson, Walker, Hughes, Edwards, Morgan, Harris, Clarke, Lloyd, Parker, Fletcher, Hill, Frost, Banks, Rose, Brown, Green, White, Bell, Young, King, Wood, Stone, Fox, Lamb, Church, Wells, Moon, Bird, Marsh, Field, Short, Long, Bishop, Baker, Cook, Mason, Sharp, Price, Best, Holiday, Winter, Little, Page, Gray, Graves, Parkinson, Savage, Mills")),
    "hisp": (_sp("María, Guadalupe, Ana, Lucía, Valeria, Ximena, Rosa, Carmen, Yesenia, Marisol, Dolores, Maricruz"),
             _sp("José, Juan, Luis, Carlos, Jesús, Miguel, Alejandro, Santiago, Héctor, Rogelio, Raúl, Ernesto"),
             _sp("García, Rodríguez, Martínez, Hernández, López, González, Pérez, Sánchez, Ramírez, Torres, Flores, Rivera, Gómez, Díaz, Reyes, Morales, Ortiz, Gutiérrez, Chávez, Mendoza, Ruiz, Vargas, Castillo, Jiménez, de la Cruz, de la Rosa, del Valle")),
    "aa": (_sp("Latoya, Keisha, Shanice, Imani, Aaliyah, Ebony, Tamika, Jasmine, Monique, Denise, Precious, Patience"),
           _sp("DeShawn, Jamal, Tyrone, Darnell, Terrence, Marcus, Andre, Malik, Reginald, Cedric, Lamar, Sonny"),
           _sp("Washington, Jefferson, Jackson, Robinson, Coleman, Booker, Jenkins, Gaines, Freeman, Dorsey, Mack, Whitaker, Battle, Goodwin")),
    "sasian": (_sp("Priya, Anjali, Sunita, Deepa, Kavya, Harpreet, Simran, Nusrat, Farzana, Lakshmi, Meena, Shabnam"),
               _sp("Arjun, Rahul, Sanjay, Vikram, Imran, Gurpreet, Rajesh, Anil, Mohammed, Tariq, Sunil, Harjit"),
               _sp("Patel, Sharma, Singh, Kaur, Gupta, Iyer, Reddy, Chaudhry, Khan, Begum, Rahman, Hussain, Nair, Bhattacharya, Sandhu, Gill, Ahmed, Choudhury")),
    "easian": (_sp("Mei, Xiu Ying, Yuki, Hana, Ji-woo, Min-ji, Li Na, Haruka, Jing, Su-bin"),
               _sp("Wei, Jun, Hiroshi, Kenji, Min-jun, Seo-jun, Jian, Takeshi, Hao, Dong-hyun"),
               _sp("Wang, Li, Zhang, Chen, Liu, Huang, Zhao, Kim, Park, Lee, Choi, Tanaka, Sato, Nakamura, Wong, Chan, Lau, Ng, Tan")),
    "irish": (_sp("Aoife, Siobhán, Niamh, Saoirse, Caoimhe, Róisín, Gráinne, Sinéad, Bríd, Máire, Orla, Deirdre, Nóirín"),
              _sp("Seán, Pádraig, Cian, Oisín, Diarmuid, Ciarán, Eoin, Donal, Tadhg, Colm, Fergal, Patrick, Declan"),
              _sp("Murphy, Kelly, O'Sullivan, Walsh, O'Brien, Byrne, Ryan, O'Connor, O'Neill, McCarthy, Doyle, Gallagher, Fitzgerald, Brennan, Keane, Cullinane, Mulcahy, Kavanagh, Ó Súilleabháin, Mac Giolla Phádraig, Ó Ceallaigh")),
    "pol": (_sp("Agnieszka, Katarzyna, Małgorzata, Joanna, Zofia, Magdalena, Ewa, Dorota"),
            _sp("Piotr, Krzysztof, Tomasz, Paweł, Wojciech, Marek, Łukasz, Grzegorz"),
            _sp("Kowalski, Nowak, Wiśniewski, Wójcik, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski")),
    "nig": (_sp("Chiamaka, Ngozi, Adaeze, Funmilayo, Oluwaseun, Folake, Chinwe, Yetunde, Blessing, Temitope, Precious"),
            _sp("Chukwuemeka, Oluwaseun, Babatunde, Emeka, Obinna, Tunde, Adebayo, Ifeanyi, Chidi, Segun"),
            _sp("Okafor, Adeyemi, Okonkwo, Eze, Nwosu, Adebayo, Ogunleye, Balogun, Okeke, Olawale, Ibrahim, Abubakar, Chukwu, Obi")),
    "arab": (_sp("Fatima, Aisha, Mariam, Layla, Noor, Huda, Yasmin, Rania, Salma"),
             _sp("Ahmed, Omar, Khalid, Yusuf, Hassan, Ali, Karim, Mustafa, Bilal"),
             _sp("Al-Hassan, Haddad, Khoury, Nasser, Mansour, Saleh, El-Sayed, Abdallah, Farouk, Al Masri, Hamdan, bin Rashid, Abu Zaid")),
    "viet": (_sp("Linh, Lan, Mai, Huong, Thao, Trang, Ngoc, Thi Hoa"),
             _sp("Minh, Tuan, Duc, Huy, Quang, Phuc, Long, Van Thanh"),
             _sp("Nguyen, Tran, Le, Pham, Hoang, Vu, Vo, Dang, Bui, Do, Huynh, Phan")),
    "fil": (_sp("Maricel, Rowena, Jocelyn, Marites, Lorna, Cherry, Jonalyn, Analyn, Joy, Charity"),
            _sp("Jericho, Rodel, Ronaldo, Arnel, Jomar, Reynaldo, Mark Anthony, John Paul"),
            _sp("Santos, Bautista, dela Cruz, Villanueva, Aquino, Ramos, Manalo, Pascual, Dimaculangan, Macaraeg, de los Santos, Reyes")),
    "carib": (_sp("Sharlene, Marcia, Paulette, Claudette, Yvonne, Beverley, Shereen, Nadine"),
              _sp("Delroy, Winston, Clive, Errol, Desmond, Leroy, Courtney, Fitzroy"),
              _sp("Campbell, Thompson, Williams, Grant, McKenzie, Bailey, Francis, Henry, Powell, Forbes, Samuels, Gordon")),
    "queb": (_sp("Marie-Ève, Geneviève, Chantal, Josée, Mélanie, Isabelle, Nathalie, Sylvie, Annie, Élodie"),
             _sp("Jean-François, Marc-André, Étienne, Mathieu, Luc, Réjean, Gaétan, Sébastien, Pierre-Luc, Benoît"),
             _sp("Tremblay, Gagnon, Roy, Côté, Bouchard, Gauthier, Morin, Lavoie, Fortin, Gagné, Ouellet, Pelletier, Bélanger, Lévesque, St-Pierre, Desjardins, de la Durantaye")),
    "pac": (_sp("Aroha, Mere, Ngaire, Hine, Moana, Losa, Sina, Mele"),
            _sp("Wiremu, Tama, Rawiri, Hemi, Manaia, Sione, Tavita, Viliami"),
            _sp("Ngata, Parata, Tipene, Te Rangi, Tuhiwai, Fonoti, Tuilagi, Faleolo, Taufa, Lolohea, Tuiasosopo, Te Whata")),
    "dutch": (_sp("Anneke, Femke, Ingrid, Marieke, Greta"),
              _sp("Jan, Pieter, Hendrik, Willem, Bram"),
              _sp("van der Berg, van Dijk, de Vries, de Jong, van den Heuvel, ten Brink, Vander Zalm, da Silva, dos Santos, von Essen")),
}
ORIG_KEYS = sorted(ORIG)
GAEL_F = {"Ó Súilleabháin": "Ní Shúilleabháin", "Mac Giolla Phádraig": "Nic Giolla Phádraig",
          "Ó Ceallaigh": "Ní Cheallaigh"}
NICKS = {"William": ["Bill", "Will", "Billy"], "Robert": ["Bob", "Rob", "Bobby"], "Margaret": ["Peggy", "Maggie", "Meg"],
         "Elizabeth": ["Betty", "Liz", "Beth"], "Patrick": ["Paddy", "Pat"], "Richard": ["Rich", "Dick", "Rick"],
         "Edward": ["Ted", "Eddie"], "James": ["Jim", "Jimmy"], "Catherine": ["Kate", "Cathy"], "Thomas": ["Tom", "Tommy"],
         "Michael": ["Mick", "Mike", "Mikey"], "Anthony": ["Tony"], "Francis": ["Frank", "Frankie"], "Christopher": ["Chris", "Kit"],
         "Susan": ["Sue", "Susie"], "Dorothy": ["Dot", "Dottie"], "Deborah": ["Debbie", "Deb"], "Chukwuemeka": ["Emeka"],
         "Oluwaseun": ["Seun"], "Babatunde": ["Tunde"], "Jean-François": ["J-F"], "Mohammed": ["Mo"], "Patricia": ["Trish", "Patsy"],
         "Pádraig": ["Páidí"], "Daniel": ["Danny", "Dan"], "Matthew": ["Matt"], "Wiremu": ["Wi"], "Reginald": ["Reggie"],
         "Guadalupe": ["Lupe"], "José": ["Pepe"], "Małgorzata": ["Gosia"], "Katarzyna": ["Kasia"], "Alejandro": ["Alex"],
         "Marc-André": ["Marco"], "Mark Anthony": ["MJ"], "Jericho": ["Jeck"], "Joan": ["Joanie"], "Gary": ["Gaz"]}
REGION_MIX = {
    "US": [("anglo", 30), ("hisp", 22), ("aa", 16), ("sasian", 5), ("easian", 6), ("viet", 5), ("fil", 5), ("arab", 3), ("nig", 3), ("pol", 2), ("irish", 3), ("carib", 2)],
    "UK": [("anglo", 38), ("sasian", 16), ("carib", 8), ("nig", 8), ("pol", 8), ("irish", 6), ("arab", 5), ("easian", 4), ("hisp", 2), ("fil", 3), ("viet", 2)],
    "IE": [("irish", 50), ("anglo", 12), ("pol", 10), ("nig", 7), ("fil", 5), ("sasian", 5), ("arab", 3), ("hisp", 3), ("easian", 3), ("dutch", 2)],
    "CA": [("anglo", 26), ("queb", 22), ("sasian", 12), ("easian", 10), ("fil", 7), ("carib", 6), ("arab", 5), ("irish", 3), ("pol", 3), ("viet", 3), ("nig", 3), ("dutch", 2)],
    "AU": [("anglo", 40), ("easian", 10), ("viet", 8), ("sasian", 9), ("irish", 6), ("arab", 6), ("fil", 5), ("pol", 3), ("dutch", 4), ("pac", 4), ("hisp", 2), ("nig", 3)],
    "NZ": [("anglo", 38), ("pac", 24), ("easian", 9), ("sasian", 9), ("fil", 5), ("dutch", 5), ("irish", 4), ("arab", 2), ("nig", 2), ("viet", 2)],
}


class Person:
    def __init__(self, given, family, sex, middle, nick):
        self.given, self.family, self.sex, self.middle, self.nick = given, family, sex, middle, nick

    @property
    def title(self):
        return "Mr" if self.sex == "M" else "Mrs"


def make_person(r, region, sex=None, origin=None, family=None):
    if sex is None:
        sex = r.choice(["F", "M"])
    if origin is None:
        keys = [k for k, _ in REGION_MIX[region]]
        wts = [w for _, w in REGION_MIX[region]]
        origin = r.choices(keys, wts)[0]
    f, m, s = ORIG[origin]
    given = r.choice(f if sex == "F" else m)
    if family is None:
        o2 = origin if r.random() < 0.8 else r.choice(ORIG_KEYS)
        family = r.choice(ORIG[o2][2])
        if sex == "F":
            family = GAEL_F.get(family, family)
            if family.endswith("ski") or family.endswith("cki"):
                family = family[:-1] + "a"
            if family.startswith("bin "):
                family = "binti " + family[4:]
        x = r.random()
        if x < 0.07:
            family = family + "-" + r.choice(ORIG["anglo"][2] + ORIG[origin][2])
        elif origin == "hisp" and x < 0.35:
            family = family + " " + r.choice(ORIG["hisp"][2])
    middle = r.choice("ABCDEFGHJKLMNPRSTW") if r.random() < 0.5 else ""
    nick = r.choice(NICKS[given]) if given in NICKS else ""
    return Person(given, family, sex, middle, nick)


NAME_FORMS = ["full", "full", "full", "fullm", "lf", "LF", "i.f", "if", "g", "f", "gF", "UP", "low"]


def name_form(p, form):
    g, f, m = p.given, p.family, p.middle
    gi = g[0]
    if form == "full":
        return f"{g} {f}"
    if form == "fullm":
        return f"{g} {m}. {f}" if m else f"{g} {f}"
    if form == "lf":
        return f"{f}, {g}"
    if form == "LF":
        return f"{f.upper()}, {g.upper()}" + (f" {m}" if m else "")
    if form == "LFm":
        return f"{f}, {g}" + (f" {m}." if m else "")
    if form == "i.f":
        return f"{gi}. {f}"
    if form == "if":
        return f"{gi} {f}"
    if form == "g":
        return g
    if form == "f":
        return f
    if form == "gF":
        return f"{g} {f[0].upper()}"
    if form == "gF.":
        return f"{g} {f[0].upper()}."
    if form == "ini":
        s = gi + (m if m else "") + f.replace("'", "")[0].upper()
        if s in ("MD", "RN", "DO", "PA", "NP", "GP", "DN", "OT", "PT", "ED", "ER", "OK", "NO", "HR", "IT", "DR", "MR", "MS", "ST", "PM", "AM", "CT", "IV", "ID", "BP", "HV"):
            return f"{g} {f[0].upper()}"
        return s
    if form == "ini.":
        return gi + "." + (m + "." if m else "") + f.replace("'", "")[0].upper() + "."
    if form == "UP":
        return f"{g} {f}".upper()
    if form == "FU":
        return f"{f.upper()} {g}"
    if form == "low":
        return f"{g} {f}".lower()
    if form == "lowg":
        return g.lower()
    if form == "nick":
        return p.nick or g
    if form == "quoted":
        return f'{g} "{p.nick}" {f}' if p.nick else f"{g} {f}"
    if form == "nickfull":
        return f"{p.nick or g} {f}"
    raise ValueError(form)


# ---------------------------------------------------------------- places
US_TOWNS = [("Fall River", "MA", "027", "508"), ("Dayton", "OH", "454", "937"), ("Bakersfield", "CA", "933", "661"),
            ("Lubbock", "TX", "794", "806"), ("Macon", "GA", "312", "478"), ("Scranton", "PA", "185", "570"),
            ("Pueblo", "CO", "810", "719"), ("Yakima", "WA", "989", "509"), ("Muncie", "IN", "473", "765"),
            ("Gadsden", "AL", "359", "256"), ("Joplin", "MO", "648", "417"), ("Dubuque", "IA", "520", "563"),
            ("Bangor", "ME", "044", "207"), ("Rutland", "VT", "057", "802"), ("Laredo", "TX", "780", "956"),
            ("Flagstaff", "AZ", "860", "928"), ("Lawton", "OK", "735", "580"), ("Saginaw", "MI", "486", "989"),
            ("Kenosha", "WI", "531", "262"), ("Hattiesburg", "MS", "394", "601"), ("Paterson", "NJ", "075", "973"),
            ("Utica", "NY", "135", "315"), ("Wheeling", "WV", "260", "304"), ("Lowell", "MA", "018", "978")]
UK_TOWNS = [("Kettering", "Northamptonshire", "NN15", "01536"), ("Rotherham", "South Yorkshire", "S60", "01709"),
            ("Wigan", "Greater Manchester", "WN1", "01942"), ("Barnstaple", "Devon", "EX31", "01271"),
            ("Kidderminster", "Worcestershire", "DY10", "01562"), ("Grantham", "Lincolnshire", "NG31", "01476"),
            ("Merthyr Tydfil", "Mid Glamorgan", "CF47", "01685"), ("Kilmarnock", "Ayrshire", "KA1", "01563"),
            ("Darlington", "County Durham", "DL1", "01325"), ("Lowestoft", "Suffolk", "NR32", "01502"),
            ("Walthamstow", "London", "E17", "020"), ("Luton", "Bedfordshire", "LU4", "01582"),
            ("Oldham", "Greater Manchester", "OL8", "0161"), ("Hereford", "Herefordshire", "HR4", "01432"),
            ("Stornoway", "Isle of Lewis", "HS1", "01851"), ("Bangor", "Gwynedd", "LL57", "01248"),
            ("Omagh", "County Tyrone", "BT78", "028"), ("Margate", "Kent", "CT9", "01843")]
IE_TOWNS = [("Dungarvan", "Waterford", "X35", "058"), ("Tralee", "Kerry", "V92", "066"), ("Mullingar", "Westmeath", "N91", "044"),
            ("Navan", "Meath", "C15", "046"), ("Ennis", "Clare", "V95", "065"), ("Athlone", "Westmeath", "N37", "090"),
            ("Letterkenny", "Donegal", "F92", "074"), ("Castlebar", "Mayo", "F23", "094"), ("Carlow", "Carlow", "R93", "059"),
            ("Wexford", "Wexford", "Y35", "053"), ("Sligo", "Sligo", "F91", "071"), ("Tullamore", "Offaly", "R35", "057"),
            ("Clonmel", "Tipperary", "E91", "052"), ("Drogheda", "Louth", "A92", "041"), ("Naas", "Kildare", "W91", "045"),
            ("Mallow", "Cork", "P51", "022"), ("Cavan", "Cavan", "H12", "049"), ("Ballina", "Mayo", "F26", "096"),
            ("Clonakilty", "Cork", "P85", "023"), ("Roscrea", "Tipperary", "E53", "0505")]
IE_TOWNLANDS = ["Ballyduff Upper", "Knockanore", "Gortnahoe", "Cloonfad", "Lisnagry", "Carrigeen", "Kilmore",
                "Ballinakill", "Rathnure", "Coolnagour", "Tinahely", "Derrygarriff", "Curraghmore", "Moneygall",
                "Aughnasheelan", "Cappagh", "Glenbeigh", "Ballymacoda"]
AU_TOWNS = [("Ballarat", "VIC", "3350", "03"), ("Bendigo", "VIC", "3550", "03"), ("Wagga Wagga", "NSW", "2650", "02"),
            ("Dubbo", "NSW", "2830", "02"), ("Toowoomba", "QLD", "4350", "07"), ("Mackay", "QLD", "4740", "07"),
            ("Geraldton", "WA", "6530", "08"), ("Mount Gambier", "SA", "5290", "08"), ("Launceston", "TAS", "7250", "03"),
            ("Orange", "NSW", "2800", "02"), ("Shepparton", "VIC", "3630", "03"), ("Bundaberg", "QLD", "4670", "07"),
            ("Tamworth", "NSW", "2340", "02"), ("Albury", "NSW", "2640", "02"), ("Cairns", "QLD", "4870", "07"),
            ("Footscray", "VIC", "3011", "03"), ("Parramatta", "NSW", "2150", "02"), ("Elizabeth", "SA", "5112", "08"),
            ("Mirrabooka", "WA", "6061", "08"), ("Logan Central", "QLD", "4114", "07"), ("Katherine", "NT", "0850", "08")]
NZ_TOWNS = [("Whanganui", "Manawatū-Whanganui", "4500", "06"), ("Palmerston North", "Manawatū", "4410", "06"),
            ("Timaru", "Canterbury", "7910", "03"), ("Invercargill", "Southland", "9810", "03"), ("Gisborne", "Tairāwhiti", "4010", "06"),
            ("Napier", "Hawke's Bay", "4110", "06"), ("Hastings", "Hawke's Bay", "4120", "06"), ("Rotorua", "Bay of Plenty", "3010", "07"),
            ("Tauranga", "Bay of Plenty", "3110", "07"), ("Nelson", "Nelson", "7010", "03"), ("Blenheim", "Marlborough", "7201", "03"),
            ("Masterton", "Wairarapa", "5810", "06"), ("Whangārei", "Northland", "0110", "09"), ("Ashburton", "Canterbury", "7700", "03"),
            ("Levin", "Horowhenua", "5510", "06"), ("Oamaru", "Otago", "9400", "03"), ("Porirua", "Wellington", "5022", "04"),
            ("Papatoetoe", "Auckland", "2025", "09"), ("Ōtara", "Auckland", "2023", "09")]
CA_TOWNS = [("Kamloops", "BC", "V2C", "250"), ("Red Deer", "AB", "T4N", "403"), ("Moose Jaw", "SK", "S6H", "306"),
            ("Brandon", "MB", "R7A", "204"), ("Sudbury", "ON", "P3A", "705"), ("Peterborough", "ON", "K9J", "705"),
            ("Trois-Rivières", "QC", "G9A", "819"), ("Sherbrooke", "QC", "J1H", "819"), ("Moncton", "NB", "E1C", "506"),
            ("Truro", "NS", "B2N", "902"), ("Charlottetown", "PE", "C1A", "902"), ("Corner Brook", "NL", "A2H", "709"),
            ("Thunder Bay", "ON", "P7B", "807"), ("Lethbridge", "AB", "T1J", "403"), ("Nanaimo", "BC", "V9R", "250"),
            ("Rimouski", "QC", "G5L", "418"), ("Saint-Jérôme", "QC", "J7Z", "450"), ("Brampton", "ON", "L6V", "905")]
TOWNS = {"US": US_TOWNS, "UK": UK_TOWNS, "IE": IE_TOWNS, "AU": AU_TOWNS, "NZ": NZ_TOWNS, "CA": CA_TOWNS}

STREETS = _sp("Alder, Church, Mill, Station, Victoria, King, Queen, Park, Maple, Oak, Elm, Cedar, Willow, Riverside, Hillcrest, Orchard, Meadow, Chapel, Bridge, Albert, Windsor, Beech, Hawthorn, Primrose, Sycamore, Highfield, Greenbank, Lincoln, Jackson, Pleasant, Spring, Union, Washington, Clifton, Ashgrove, Fairview, Bramble, Heather, Kingfisher")
REG_STREETS = {"AU": _sp("Banksia, Wattle, Jacaranda, Bottlebrush, Grevillea, Lyons, Sturt, Mitchell, Bourke, Hume"),
               "NZ": _sp("Kowhai, Rimu, Tōtara, Pōhutukawa, Matai, Te Awa, Rata, Nikau, Karaka, Puriri"),
               "IE": _sp("Fair Green, Pearse, Connolly, Mitchel, Sarsfield, St Brigid's, Abbey, Castle, Shannon, Emmet"),
               "CA": _sp("Laurier, Champlain, Cartier, Maple Leaf, Tecumseh, Brock, Simcoe, Frontenac"),
               "UK": _sp("Co-operative, Coronation, Jubilee, Mafeking, Nelson, Wellington, Trafalgar, Cromwell"),
               "US": _sp("Lafayette, Jefferson, Magnolia, Sequoia, Hickory, Dogwood, Cottonwood, Mesquite")}
STYPES = {"US": ["St", "Ave", "Rd", "Dr", "Ln", "Ct", "Blvd", "Street", "Avenue", "Way", "Pl"],
          "UK": ["Road", "Street", "Close", "Crescent", "Avenue", "Lane", "Way", "Gardens", "Terrace", "Drive", "Walk"],
          "IE": ["Road", "Street", "Park", "Avenue", "Terrace", "Drive", "Lawns", "Grove", "Heights", "View"],
          "AU": ["Street", "Road", "Court", "Crescent", "Parade", "Avenue", "St", "Rd", "Cres", "Close"],
          "NZ": ["Street", "Road", "Place", "Terrace", "Crescent", "Avenue", "St", "Rd", "Grove"],
          "CA": ["Street", "Avenue", "Drive", "Road", "Crescent", "St", "Ave", "Blvd"]}
QC_STREETS = ["rue Principale", "rue Saint-Jean", "boulevard des Forges", "rue Notre-Dame", "chemin du Lac", "rue des Érables", "avenue Laurier"]
PC_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
EIR = "ACDEFHKNPRTVWXY0123456789"
CA_PC = "ABCEGHJKLMNPRSTVWXYZ"


def _tn(t):
    return t[0]


# ---------------------------------------------------------------- facilities, orgs
FAC_A = _sp("Riverside, Northgate, Hillview, St Brendan's, Mercy Ridge, Lakeside, Kingfisher, Harbourview, Greenfield, Oakwood, Bayside, Cedar Grove, Wattle Park, Kowhai, St Anne's, Holy Cross, Westbrook, Saltmarsh, Juniper, Bellbird, Three Rivers, Heronsgate, Maple Hollow, Sacred Heart, Pinecrest, Tamarack")


def fac(r, kind, town=None):
    a = r.choice(FAC_A) if (town is None or r.random() < 0.6) else town
    return f"{a} {kind}"


PAYERS = {"US": ["Harborline Health Plan", "Keystone Mutual Health", "Prairie Shield Insurance", "BlueMesa Health", "Liberty Crest Medicaid Plan", "Medicare Part B"],
          "UK": ["Albion Private Health", "Thistle Mutual", "Coverwell Insurance"],
          "IE": ["Ardmore Health Insurance", "Laurel Health Cover", "Glenside Mutual"],
          "CA": ["Maple Shield Insurance", "Northern Lights Benefits", "Laurentide Assurance"],
          "AU": ["Coastal Members Health Fund", "Southern Wattle Health", "GoldLeaf Health Cover"],
          "NZ": ["Tui Health Cover", "Kauri Mutual Health", "Harbourside Insurance"]}
EMPLOYERS = ["Brightwater Logistics Ltd", "Kestrel Meats", "Pinecrest Poultry", "Ridgeway Construction", "Tallowood Sawmill",
             "Northstar Cleaning Services", "Greenlane Supermarkets", "Copperleaf Aged Care", "Harbour City Buses",
             "Saltbush Mining Pty Ltd", "Eastgate Distribution", "Quarrybank Concrete", "Silverbirch Hotels", "Lakeshore Fisheries"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com"]
REG_EMAIL = {"UK": ["btinternet.com", "yahoo.co.uk", "hotmail.co.uk"], "IE": ["eircom.net", "gmail.com"], "AU": ["bigpond.com", "optusnet.com.au"],
             "NZ": ["xtra.co.nz", "slingshot.co.nz"], "CA": ["videotron.ca", "sympatico.ca", "shaw.ca"], "US": ["comcast.net", "att.net"]}
DISEASE_PLACES = ["Lyme disease", "Ross River virus", "Murray Valley encephalitis", "Bornholm disease", "Norwalk-like illness",
                  "West Nile virus serology", "Coxsackie rash", "Rocky Mountain spotted fever (ruled out)"]
EPONYMS = ["Parkinson's disease", "Alzheimer's dementia", "Crohn's disease", "Hashimoto's thyroiditis", "Addison's disease",
           "Bell's palsy", "Graves' disease", "Down syndrome", "Barrett's oesophagus", "Dupuytren's contracture",
           "Raynaud's", "Paget's disease", "Ménière's disease", "Sjögren's syndrome", "Huntington's chorea", "Cushing's"]
DRUGS = ["metformin 500 mg BD", "ramipril 5 mg mane", "atorvastatin 40 mg nocte", "apixaban 5 mg bd", "furosemide 40 mg od",
         "sertraline 50 mg daily", "levothyroxine 75 mcg", "paracetamol 1 g QID PRN", "co-careldopa 25/100 mg TDS",
         "enoxaparin 40 mg/0.4 mL sc", "amlodipine 10 mg", "omeprazole 20 mg", "bisoprolol 2.5 mg", "donepezil 10 mg nocte",
         "quetiapine 25 mg nocte", "insulin glargine 18 units", "salbutamol 100 mcg 2 puffs PRN", "tramadol 50 mg",
         "mirtazapine 15 mg", "prednisolone 5 mg", "warfarin as per INR", "morphine sulfate 2.5 mg sc PRN"]
ICD = ["I48.91", "J18.9", "E11.65", "N39.0", "S72.001A", "F32.1", "I10", "M54.5", "R55", "W19.XXXA", "F20.0", "Z51.5", "C34.90", "O24.419", "G30.9"]
CPT = ["99214", "99283", "71046", "93000", "97110", "D0120", "D1110", "92014", "59400", "90471"]


# ---------------------------------------------------------------- Doc
TOKEN = re.compile(r"\{([a-z_]+):(\w+)\}|\{(\w+)\}")
WORD = re.compile(r"[A-Za-z]{4,}")
OCR = {"l": "1", "o": "0", "e": "c", "m": "rn", "i": "l", "S": "5", "B": "8", "a": "o", "h": "b", "rn": "m"}


class Doc:
    def __init__(self, r, region, style, layout):
        self.r = r
        self.reg = region
        self.style = style
        self.layout = layout
        self.buf = []
        self.n = 0
        self.spans = []
        self.vals = []
        self.lc = False
        self.noise = 0.0
        self.ocr = 0.0
        self.brk = 0.0

    # ---- random helpers
    def ch(self, seq):
        return self.r.choice(seq)

    def pr(self, p):
        return self.r.random() < p

    def ri(self, a, b):
        return self.r.randint(a, b)

    def digits(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def letters(self, n, pool="ABCDEFGHJKLMNPRSTUVWXYZ"):
        return "".join(self.r.choice(pool) for _ in range(n))

    # ---- text building
    def _noisify(self, s):
        r = self.r
        if self.noise or self.ocr:
            out = []
            last = 0
            for m in WORD.finditer(s):
                w = m.group(0)
                x = r.random()
                if x < self.noise:
                    i = r.randint(1, len(w) - 2)
                    op = r.randint(0, 2)
                    if op == 0:
                        w = w[:i] + w[i + 1] + w[i] + w[i + 2:]
                    elif op == 1:
                        w = w[:i] + w[i + 1:]
                    else:
                        w = w[:i] + w[i] + w[i:]
                elif x < self.noise + self.ocr:
                    keys = [k for k in sorted(OCR) if k in w]
                    if keys:
                        k = r.choice(keys)
                        w = w.replace(k, OCR[k], 1)
                out.append(s[last:m.start()])
                out.append(w)
                last = m.end()
            out.append(s[last:])
            s = "".join(out)
        if self.brk:
            s = "".join(("\n" if (c == " " and r.random() < self.brk) else c) for c in s)
        return s

    def t(self, s):
        if not s:
            return
        s = self._noisify(s)
        if self.lc:
            s = s.lower()
        self.buf.append(s)
        self.n += len(s)

    def s(self, typ, v):
        if isinstance(v, Frag):
            v.emit(self)
            return
        assert typ in TYPES, typ
        v = str(v)
        if self.lc:
            v = v.lower()
        assert v and v == v.strip(), repr(v)
        st = self.n
        self.buf.append(v)
        self.n += len(v)
        self.spans.append({"type": typ, "start": st, "end": self.n})
        self.vals.append(v)

    def w(self, tpl, **kw):
        pos = 0
        for m in TOKEN.finditer(tpl):
            self.t(tpl[pos:m.start()])
            if m.group(1):
                self.s(m.group(1), kw[m.group(2)])
            else:
                v = kw[m.group(3)]
                if isinstance(v, Frag):
                    v.emit(self)
                elif v is not None:
                    self.t(str(v))
            pos = m.end()
        self.t(tpl[pos:])

    def text(self):
        return "".join(self.buf)

    # ---- people
    def P(self, sex=None, origin=None, family=None):
        return make_person(self.r, self.reg, sex, origin, family)

    def nm(self, p, form=None):
        if form is None:
            form = self.ch(NAME_FORMS)
        elif isinstance(form, (list, tuple)):
            form = self.ch(form)
        return name_form(p, form)

    # ---- dates
    def D(self, y0=2022, y1=2025, m0=1, m1=12):
        y = self.ri(y0, y1)
        m = self.ri(m0, m1)
        return datetime.date(y, m, self.ri(1, 28))

    def after(self, d, a, b):
        return d + datetime.timedelta(days=self.ri(a, b))

    def dob(self, age, ref):
        y = ref.year - age
        dd = datetime.date(y, self.ri(1, 12), self.ri(1, 28))
        if (ref.month, ref.day) < (dd.month, dd.day):
            dd = datetime.date(y - 1, dd.month, dd.day)
        return dd

    @staticmethod
    def age_on(dob, ref):
        return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))

    def fd(self, d, f=None):
        reg = self.reg
        if f is None:
            if reg == "US":
                f = self.ch(["mdY", "mdY", "mdy", "BdY", "bdY", "ISO", "dMONY", "mdY"])
            elif reg == "CA":
                f = self.ch(["ISO", "ISO", "BdY", "dmY", "mdY", "dbY", "fr" if self.pr(0.3) else "ISO"])
            else:
                f = self.ch(["dmY", "dmY", "dmy", "dBY", "odBY", "dbY", "dmY.", "ISO", "dbY-"])
        dd, mm, y = d.day, d.month, d.year
        return {
            "mdY": f"{mm:02d}/{dd:02d}/{y}", "mdy": f"{mm}/{dd}/{y % 100:02d}", "md": f"{mm}/{dd}",
            "BdY": f"{MONTHS[mm-1]} {dd}, {y}", "bdY": f"{MON[mm-1]} {dd} {y}", "Bd": f"{MONTHS[mm-1]} {ordinal(dd)}",
            "ISO": f"{y}-{mm:02d}-{dd:02d}", "dMONY": f"{dd:02d}-{MON[mm-1].upper()}-{y}",
            "dmY": f"{dd:02d}/{mm:02d}/{y}", "dmy": f"{dd}/{mm}/{y % 100:02d}", "dm": f"{dd}/{mm}",
            "dBY": f"{dd} {MONTHS[mm-1]} {y}", "odBY": f"{ordinal(dd)} {MONTHS[mm-1]} {y}", "dbY": f"{dd} {MON[mm-1]} {y}",
            "dbY-": f"{dd:02d}-{MON[mm-1]}-{y}", "dmY.": f"{dd:02d}.{mm:02d}.{y}", "dB": f"{dd} {MONTHS[mm-1]}",
            "od": ordinal(dd), "fr": f"{dd} {MOIS[mm-1]} {y}", "BY": f"{MONTHS[mm-1]} {y}",
            "bY": f"{MON[mm-1]} {y}", "ymd": f"{y}{mm:02d}{dd:02d}", "dmy2": f"{dd:02d}/{mm:02d}/{y % 100:02d}",
            "spoken": f"the {words_ord(dd)} of {MONTHS[mm-1].lower()} {spoken_year(y)}",
            "spokenUS": f"{MONTHS[mm-1].lower()} {words_ord(dd)} {spoken_year(y)}",
        }[f]

    def short(self, d):
        return self.fd(d, "md" if self.reg == "US" else self.ch(["dm", "dB"]))

    def tm(self):
        return f"{self.ri(0, 23):02d}:{self.ch(['00', '05', '10', '15', '20', '30', '40', '45', '50', '55'])}"

    def tm12(self):
        return f"{self.ri(1, 12)}:{self.ch(['00', '15', '30', '45', '10', '50'])}{self.ch([' am', 'am', ' pm', 'pm', ' AM', ' PM'])}"

    # ---- places
    def town(self, region=None):
        return self.ch(TOWNS[region or self.reg])

    def pc(self, t, region=None):
        reg = region or self.reg
        if reg == "US":
            return t[2] + self.digits(2)
        if reg == "UK":
            return f"{t[2]} {self.ri(1, 9)}{self.letters(2, PC_LETTERS)}"
        if reg == "IE":
            return f"{t[2]} {''.join(self.ch(EIR) for _ in range(4))}"
        if reg == "CA":
            return f"{t[2]} {self.ri(0, 9)}{self.ch(CA_PC)}{self.ri(0, 9)}"
        if reg == "NZ":
            return t[2][:3] + str(self.ri(0, 9)) if self.pr(0.5) else t[2]
        return t[2]

    def street(self, region=None, fr=True):
        reg = region or self.reg
        if reg == "CA" and fr and self.pr(0.6):
            return self.ch(QC_STREETS)
        nm_ = self.ch(STREETS + REG_STREETS[reg] * 2)
        return f"{nm_} {self.ch(STYPES[reg])}"

    def A(self, region=None, rural=None, unit=None, t=None):
        """Return dict: line1, town, st, pc, townline, full, street, num, unitline."""
        reg = region or self.reg
        t = t or self.town(reg)
        town, st, pc = t[0], t[1], self.pc(t, reg)
        if rural is None:
            rural = self.pr(0.15)
        if unit is None:
            unit = self.pr(0.25)
        num = str(self.ri(1, 240))
        street = self.street(reg, fr=(t[1] == "QC"))
        a = {"town": town, "st": st, "pc": pc, "street": street, "num": num, "t": t}
        fr = street.startswith(("rue", "boul", "chemin", "avenue L"))
        if reg == "US":
            line1 = f"{num} {street}"
            if rural:
                line1 = self.ch([f"RR {self.ri(1, 6)} Box {self.ri(10, 400)}", f"PO Box {self.ri(10, 9999)}", f"{self.ri(1000, 29999)} County Road {self.ri(2, 90)}"])
            elif unit:
                line1 += self.ch([f", Apt {self.ri(1, 12)}{self.ch('ABCD')}", f" #{self.ri(2, 40)}", f", Unit {self.ri(1, 30)}", f" Apt. {self.ri(101, 420)}"])
            townline = f"{town}, {st} {pc}"
        elif reg == "UK":
            line1 = f"{num} {street}"
            if rural:
                line1 = self.ch([f"The Old Forge, {self.ch(['Mill', 'Chapel', 'Back'])} Lane", f"{self.ch(['Rose', 'Ivy', 'Hawthorn'])} Cottage, {street}", f"{self.ri(1, 9)} {self.ch(['Glebe', 'Manor'])} Farm Cottages"])
            elif unit:
                line1 = self.ch([f"Flat {self.ri(1, 24)}, {line1}", f"Flat {self.ri(1, 4)}/{self.ri(1, 3)}, {line1}", f"{self.ri(1, 40)} {self.ch(['Jubilee', 'Kestrel', 'Priory'])} House, {street}"])
            townline = f"{town} {pc}"
        elif reg == "IE":
            line1 = f"{num} {street}"
            if rural:
                line1 = self.ch(IE_TOWNLANDS)
            elif unit:
                line1 = f"Apt {self.ri(1, 30)}, {self.ch(['The Maltings', 'Abbey Court', 'Riverside Quay'])}, {street}"
            townline = f"{town}, Co. {st}"
            a["county"] = f"Co. {st}"
        elif reg == "AU":
            line1 = f"{num} {street}"
            if rural:
                line1 = self.ch([f"RMB {self.ri(100, 9999)}", f"PO Box {self.ri(10, 999)}", f"Lot {self.ri(1, 80)} {self.ch(['Bald Hill', 'Sandy Creek', 'Boundary'])} Road"])
            elif unit:
                line1 = self.ch([f"{self.ri(1, 20)}/{num} {street}", f"Unit {self.ri(1, 20)}, {num} {street}"])
            townline = f"{town} {st} {pc}"
        elif reg == "NZ":
            line1 = f"{num} {street}"
            if rural:
                line1 = f"{self.ri(100, 2999)} {self.ch(['Ruatangata', 'Kaiwaka', 'Mangamahu', 'Fordell', 'Pleasant Point'])} Road, RD {self.ri(1, 9)}"
            elif unit:
                line1 = self.ch([f"{self.ri(1, 9)}/{num} {street}", f"Flat {self.ri(1, 6)}, {num} {street}", f"{num}{self.ch('ABC')} {street}"])
            townline = f"{town} {pc}"
        else:  # CA
            line1 = f"{num} {street}" if not fr else f"{num}, {street}"
            if rural:
                line1 = self.ch([f"RR {self.ri(1, 5)}", f"Site {self.ri(1, 20)} Comp {self.ri(1, 40)} RR {self.ri(1, 5)}", f"PO Box {self.ri(10, 999)}"])
            elif unit:
                line1 = self.ch([f"{self.ri(101, 1208)}-{num} {street}", f"Apt {self.ri(1, 30)}, {num} {street}"])
            townline = f"{town}, {st} {pc}" if self.pr(0.5) else f"{town} {st}  {pc}".replace("  ", " ")
        a["line1"] = line1
        a["townline"] = townline
        a["full"] = f"{line1}, {townline}" if reg != "IE" else f"{line1}, {town}, Co. {st}, {pc}"
        return a

    # ---- contact
    def ph(self, kind=None, t=None):
        reg = self.reg
        r = self.r
        kind = kind or self.ch(["mob", "land"])
        if reg in ("US", "CA"):
            ac = (t or self.town())[3]
            ex, ln = f"{self.ri(2, 9)}{self.digits(2)}", self.digits(4)
            return self.ch([f"({ac}) {ex}-{ln}", f"{ac}-{ex}-{ln}", f"{ac}.{ex}.{ln}", f"+1 {ac} {ex} {ln}", f"1-{ac}-{ex}-{ln}", f"{ac} {ex} {ln}"])
        if reg == "UK":
            if kind == "mob":
                n = "07" + str(self.ch([4, 5, 7, 8, 9])) + self.digits(8)
                return self.ch([f"{n[:5]} {n[5:]}", n, f"+44 {n[1:5]} {n[5:]}", f"{n[:5]} {n[5:8]} {n[8:]}"])
            code = (t or self.town())[3]
            n = self.digits(11 - len(code))
            return self.ch([f"{code} {n}", f"({code}) {n}", f"{code}-{n}"])
        if reg == "IE":
            if kind == "mob":
                p = self.ch(["083", "085", "086", "087", "089"])
                n = self.digits(7)
                return self.ch([f"{p} {n[:3]} {n[3:]}", f"{p}-{n}", f"+353 {p[1:]} {n[:3]} {n[3:]}", f"{p}{n}"])
            code = (t or self.town())[3]
            n = self.digits(5 if len(code) > 3 else 6)
            return self.ch([f"({code}) {n}", f"{code} {n}", f"{code}-{n}"])
        if reg == "AU":
            if kind == "mob":
                n = "04" + self.digits(8)
                return self.ch([f"{n[:4]} {n[4:7]} {n[7:]}", n, f"+61 {n[1:4]} {n[4:7]} {n[7:]}"])
            code = (t or self.town())[3]
            n = self.digits(8)
            return self.ch([f"({code}) {n[:4]} {n[4:]}", f"{code} {n[:4]} {n[4:]}", f"{code}{n}"])
        # NZ
        if kind == "mob":
            p = self.ch(["021", "022", "027", "029"])
            n = self.digits(7)
            return self.ch([f"{p} {n[:3]} {n[3:]}", f"{p}{n}", f"+64 {p[1:]} {n[:3]} {n[3:]}"])
        code = (t or self.town())[3]
        n = self.digits(7)
        return self.ch([f"({code}) {n[:3]} {n[3:]}", f"{code} {n[:3]} {n[3:]}", f"{code}-{n}"])

    def email(self, p=None, org=None):
        if org:
            dom = org
            lp = self.ch(["reception", "admin", "referrals", "info", "records", "enquiries", "triage"]) if p is None else (
                f"{p.given[0]}.{p.family}" if self.pr(0.5) else f"{p.given}.{p.family}")
        else:
            g = strip_acc(p.given).lower().replace(" ", "").replace("'", "")
            f = strip_acc(p.family).lower().replace(" ", "").replace("'", "")
            lp = self.ch([f"{g}.{f}", f"{g}{f}{self.ri(1, 99)}", f"{g[0]}{f}", f"{g}_{f[:4]}{self.ri(60, 99)}", f"{f}.{g}", f"{g}{self.ri(1960, 2005)}"])
            dom = self.ch(EMAIL_DOM + REG_EMAIL[self.reg])
        lp = strip_acc(lp).lower().replace(" ", "").replace("'", "")
        return f"{lp}@{dom}"

    def ip(self):
        return self.ch([f"10.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}", f"192.168.{self.ri(0, 20)}.{self.ri(2, 254)}",
                        f"{self.ri(23, 203)}.{self.ri(1, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}",
                        f"172.{self.ri(16, 31)}.{self.ri(0, 255)}.{self.ri(1, 254)}"])

    # ---- identifiers
    def I(self, kind, p=None, dob=None):
        r = self.r
        dg, lt = self.digits, self.letters
        if kind == "mrn":
            return self.ch([dg(7), dg(8), "M" + dg(7), f"{dg(2)}-{dg(2)}-{dg(2)}", "E" + dg(9), "K" + dg(6), f"{lt(2)}{dg(6)}", dg(6)])
        if kind == "urn":
            return self.ch([dg(6), dg(7), "UR" + dg(6)])
        if kind == "acct":
            return self.ch([dg(10), dg(12), f"A{dg(9)}", f"{dg(4)}-{dg(6)}", "FIN " + dg(9) if False else "V" + dg(9)])
        if kind == "ssn":
            a = self.ri(100, 665)
            return f"{a:03d}-{self.ri(10, 99)}-{self.ri(1000, 9999)}" if self.pr(0.8) else f"{a:03d}{self.ri(10, 99)}{self.ri(1000, 9999)}"
        if kind == "mbi":
            L = "ACDEFGHJKMNPQRTUVWXY"
            s = f"{self.ri(1, 9)}{self.ch(L)}{self.ch(L + '0123456789')}{self.ri(0, 9)}-{self.ch(L)}{self.ch(L + '0123456789')}{self.ri(0, 9)}-{self.ch(L)}{self.ch(L)}{self.ri(0, 9)}{self.ri(0, 9)}"
            return s if self.pr(0.6) else s.replace("-", "")
        if kind == "member":
            return self.ch([f"{lt(3)}{dg(9)}", f"{dg(9)}-{dg(2)}", f"W{dg(9)}", f"{lt(1)}{dg(8)}", f"{dg(3)} {dg(3)} {dg(3)}"])
        if kind == "medicaid":
            return self.ch([f"{lt(2)}{dg(8)}", dg(11), f"{lt(1)}{dg(7)}{lt(1)}"])
        if kind == "npi":
            return self.ch(["1", "2"]) + dg(9)
        if kind == "dea":
            return lt(2, "ABFGM") + dg(7)
        if kind == "dl_us":
            return self.ch([f"{lt(1)}{dg(3)}-{dg(4)}-{dg(4)}", f"{lt(1)}{dg(7)}", dg(9), f"{dg(3)}-{dg(3)}-{dg(3)}"])
        if kind == "plate_us":
            return self.ch([f"{self.ri(1, 9)}{lt(3)}{dg(3)}", f"{lt(3)}-{dg(4)}", f"{lt(3)} {dg(3)}", f"{dg(3)} {lt(3)}"])
        if kind == "vin":
            V = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
            return "".join(self.ch(V) for _ in range(17))
        if kind == "nhs":
            while True:
                ds = [self.ri(0, 9) for _ in range(9)]
                ds[0] = self.ri(4, 6)
                c = 11 - sum(d * (10 - i) for i, d in enumerate(ds)) % 11
                c = 0 if c == 11 else c
                if c != 10:
                    s = "".join(map(str, ds)) + str(c)
                    return self.ch([f"{s[:3]} {s[3:6]} {s[6:]}", s, f"{s[:3]}-{s[3:6]}-{s[6:]}"])
        if kind == "chi":
            d = dob or self.D(1930, 2010)
            return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}{dg(4)}"
        if kind == "nino":
            s = f"{self.ch('ABCEGHJKLMNPRSTWXYZ')}{self.ch('ABCEGHJKLMNPRSTWXYZ')}{dg(6)}{self.ch('ABCD')}"
            return self.ch([s, f"{s[:2]} {s[2:4]} {s[4:6]} {s[6:8]} {s[8]}"])
        if kind == "hospno":
            return self.ch([f"{lt(1)}{dg(6)}", f"RX{dg(7)}", dg(8), f"{dg(3)}{lt(1)}{dg(4)}"])
        if kind == "gmc":
            return dg(7)
        if kind == "nmc":
            return f"{dg(2)}{lt(1)}{dg(4)}{lt(1)}"
        if kind == "plate_uk":
            return f"{lt(2)}{dg(2)} {lt(3)}"
        if kind == "dl_uk":
            f = (strip_acc(p.family).upper().replace(" ", "").replace("'", "").replace("-", "") + "99999")[:5] if p else lt(5)
            d = dob or self.D(1950, 2000)
            m = d.month + (50 if p and p.sex == "F" else 0)
            g = (p.given[0] + (p.middle or "9")).upper() if p else lt(2)
            return f"{f}{str(d.year)[2]}{m:02d}{d.day:02d}{str(d.year)[3]}{g}{self.ri(1, 9)}{lt(2)}"
        if kind == "ppsn":
            return f"{dg(7)}{self.ch('ABCDEFGHKLMNPRTW')}" + (self.ch(["A", "W", ""]))
        if kind == "gms":
            return self.ch([dg(8), f"{dg(7)}{lt(1)}", f"GMS {dg(6)}"[4:]])
        if kind == "ihi_ie":
            return f"{dg(4)} {dg(3)} {dg(3)}"
        if kind == "imc":
            return dg(self.ch([5, 6]))
        if kind == "plate_ie":
            return f"{self.ch(['12', '151', '162', '181', '192', '201', '222', '231', '241'])}-{self.ch(['D', 'C', 'WD', 'KY', 'G', 'L', 'MH', 'TS', 'WX', 'CE', 'MO', 'LH', 'KE'])}-{self.ri(1, 99999)}"
        if kind == "pulse":
            return dg(8)
        if kind == "medicare_au":
            s = f"{self.ri(2, 6)}{dg(9)}"
            irn = str(self.ri(1, 5))
            return self.ch([f"{s[:4]} {s[4:9]} {s[9]}", f"{s[:4]} {s[4:9]} {s[9]}-{irn}", s, f"{s}/{irn}"])
        if kind == "ihi_au":
            s = "800360" + dg(10)
            return self.ch([f"{s[:4]} {s[4:8]} {s[8:12]} {s[12:]}", s])
        if kind == "dva":
            return f"{self.ch(['N', 'V', 'Q', 'W', 'S', 'T'])}{self.ch(['X', '', 'SM', 'WW'])}{dg(6)}"
        if kind == "ahpra":
            return self.ch(["MED", "NMW", "PHY", "DEN", "OPT", "POD"]) + dg(10)
        if kind == "provno":
            return f"{dg(6)}{self.ch('ABCDEFHJKLTWXY')}{self.ch('ABCDEFHJKLTWXY')}"
        if kind == "tfn":
            return f"{dg(3)} {dg(3)} {dg(3)}"
        if kind == "crn":
            return f"{dg(3)} {dg(3)} {dg(3)}{self.ch('ABCHJKLX')}"
        if kind == "plate_au":
            return self.ch([f"{lt(3)}-{dg(3)}", f"{self.ri(1, 9)}{lt(2)}{self.ri(1, 9)}{lt(2)}", f"{lt(3)}{dg(2)}{lt(1)}", f"{dg(3)} {lt(3)}"])
        if kind == "nhi":
            L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
            return self.ch([f"{self.ch(L)}{self.ch(L)}{self.ch(L)}{dg(4)}", f"{self.ch(L)}{self.ch(L)}{self.ch(L)}{dg(2)}{self.ch(L)}{self.ch(L)}"])
        if kind == "acc":
            return self.ch([dg(11), f"{lt(2)}{dg(5)}", f"{dg(8)}"])
        if kind == "ird":
            return self.ch([f"{dg(3)}-{dg(3)}-{dg(3)}", f"{dg(2)}-{dg(3)}-{dg(3)}", dg(9)])
        if kind == "csc":
            return f"{dg(4)} {dg(4)} {dg(4)}" if self.pr(0.5) else dg(10)
        if kind == "mcnz":
            return dg(5)
        if kind == "plate_nz":
            return self.ch([f"{lt(3)}{dg(3)}", f"{lt(2)}{dg(4)}", f"{lt(3)}{dg(2)}"])
        if kind == "ohip":
            return self.ch([f"{dg(4)}-{dg(3)}-{dg(3)}-{lt(2)}", f"{dg(4)} {dg(3)} {dg(3)} {lt(2)}", dg(10)])
        if kind == "ramq":
            f = (strip_acc(p.family).upper().replace(" ", "").replace("-", "") + "XXX")[:3] if p else lt(3)
            d = dob or self.D(1940, 2010)
            return self.ch([f"{f}{p.given[0].upper() if p else 'X'} {d.year % 100:02d}{d.month + (50 if p and p.sex == 'F' else 0):02d} {d.day:02d}{dg(2)}",
                            f"{f}{p.given[0].upper() if p else 'X'}{d.year % 100:02d}{d.month + (50 if p and p.sex == 'F' else 0):02d}{d.day:02d}{dg(2)}"])
        if kind == "phn_bc":
            return f"9{dg(3)} {dg(3)} {dg(3)}"
        if kind == "ahcip":
            return f"{dg(5)}-{dg(4)}"
        if kind == "sin":
            return self.ch([f"{self.ri(1, 7)}{dg(2)} {dg(3)} {dg(3)}", f"{self.ri(1, 7)}{dg(2)}-{dg(3)}-{dg(3)}"])
        if kind == "cpso":
            return dg(self.ch([5, 6]))
        if kind == "plate_ca":
            return self.ch([f"{lt(4)} {dg(3)}", f"{dg(3)} {lt(3)}", f"{lt(3)} {dg(3)}", f"{lt(2)}{dg(1)} {dg(2)}{lt(1)}"])
        if kind == "dl_ca":
            return self.ch([f"{lt(1)}{dg(4)}-{dg(5)}-{dg(5)}", f"{lt(1)}{dg(4)}-{dg(6)}-{dg(2)}", dg(7), f"{dg(6)}-{dg(3)}"])
        if kind == "claim":
            return self.ch([f"CLM-{dg(8)}", f"{dg(2)}{lt(1)}{dg(7)}", f"{dg(4)}-{dg(5)}", f"C{dg(10)}", f"{lt(3)}/{dg(6)}/{dg(2)}"])
        if kind == "ref":
            return self.ch([f"{lt(2)}/{dg(4)}/{self.ri(22, 25)}", f"{lt(3)}-{dg(6)}", f"{dg(6)}", f"REF{dg(7)}", f"{lt(1)}{dg(5)}-{lt(1)}"])
        if kind == "acc_no":
            return self.ch([f"{lt(1)}{self.ri(22, 25)}-{dg(6)}", f"{lt(2)}{dg(8)}", f"{dg(2)}-{lt(1)}-{dg(5)}"])
        if kind == "rx":
            return self.ch([dg(7), f"{dg(3)}-{dg(4)}", f"RX{dg(6)}"])
        if kind == "serial":
            return self.ch([f"{lt(3)}{dg(6)}{lt(1)}", f"{dg(2)}{lt(1)}{dg(6)}", f"SN{dg(9)}", f"{lt(2)}{dg(7)}", f"{dg(4)}{lt(2)}{dg(4)}"])
        if kind == "staff":
            return self.ch([dg(6), f"E{dg(5)}", f"{lt(2)}{dg(4)}"])
        if kind == "bank":
            if self.reg == "UK":
                return f"{dg(8)}"
            if self.reg == "AU":
                return f"{dg(3)}-{dg(3)} {dg(8)}"
            if self.reg == "IE":
                return f"IE{dg(2)} {lt(4)} {dg(4)} {dg(4)} {dg(4)} {dg(2)}"
            if self.reg == "NZ":
                return f"{dg(2)}-{dg(4)}-{dg(7)}-{dg(2)}"
            return dg(self.ch([9, 10, 12]))
        raise ValueError(kind)

    # region-specific helpers -------------------------------------------------
    def hid(self, p=None, dob=None):
        """(label, value, type) for the region's main health-system number."""
        reg = self.reg
        if reg == "US":
            return self.ch([("MRN", self.I("mrn")), ("MR#", self.I("mrn")), ("Med Rec #", self.I("mrn"))])
        if reg == "UK":
            if self.pr(0.15):
                return ("CHI", self.I("chi", dob=dob))
            return self.ch([("NHS No", self.I("nhs")), ("NHS number", self.I("nhs")), ("Hosp No", self.I("hospno"))])
        if reg == "IE":
            return self.ch([("MRN", self.I("mrn")), ("Chart No.", self.I("mrn")), ("IHI", self.I("ihi_ie")), ("Hosp. No", self.I("mrn"))])
        if reg == "AU":
            return self.ch([("URN", self.I("urn")), ("UR No", self.I("urn")), ("IHI", self.I("ihi_au")), ("MRN", self.I("mrn"))])
        if reg == "NZ":
            return ("NHI", self.I("nhi"))
        return self.ch([("Chart #", self.I("mrn")), ("MRN", self.I("mrn")), ("No. dossier", self.I("mrn"))])

    def plan(self, p=None, dob=None):
        """(label, value) for a health-plan / insurance number (type health_plan)."""
        reg = self.reg
        if reg == "US":
            return self.ch([("Member ID", self.I("member")), ("Medicare MBI", self.I("mbi")), ("Medicaid #", self.I("medicaid")), ("Subscriber ID", self.I("member")), ("Policy #", self.I("member"))])
        if reg == "UK":
            return self.ch([("Policy no.", self.I("member")), ("Membership number", self.I("member"))])
        if reg == "IE":
            return self.ch([("Medical Card No.", self.I("gms")), ("GMS No", self.I("gms")), ("Policy no.", self.I("member")), ("Membership No.", self.I("member"))])
        if reg == "AU":
            return self.ch([("Medicare No", self.I("medicare_au")), ("Medicare", self.I("medicare_au")), ("DVA No", self.I("dva")), ("Health fund member no.", self.I("member"))])
        if reg == "NZ":
            return self.ch([("CSC No", self.I("csc")), ("Policy No", self.I("member")), ("Community Services Card", self.I("csc"))])
        prov = self.ch(["ohip", "ohip", "ramq", "phn_bc", "ahcip"])
        lab = {"ohip": "OHIP #", "ramq": "RAMQ", "phn_bc": "PHN", "ahcip": "AHCIP #"}[prov]
        return (lab, self.I(prov, p=p, dob=dob))

    def natid(self, p=None, dob=None):
        """(label, value) for the national SSN-like number (type ssn)."""
        return {"US": lambda: (self.ch(["SSN", "SS#", "Social Security No."]), self.I("ssn")),
                "UK": lambda: (self.ch(["NI No", "NINO", "National Insurance no."]), self.I("nino")),
                "IE": lambda: (self.ch(["PPSN", "PPS No.", "PPS number"]), self.I("ppsn")),
                "AU": lambda: (self.ch(["TFN", "Tax File Number"]), self.I("tfn")),
                "NZ": lambda: (self.ch(["IRD No", "IRD number"]), self.I("ird")),
                "CA": lambda: (self.ch(["SIN", "NAS", "Social Insurance Number"]), self.I("sin"))}[self.reg]()

    def lic(self):
        """(label, value) for a clinician licence / registration number."""
        return {"US": lambda: self.ch([("NPI", self.I("npi")), ("NPI #", self.I("npi")), ("DEA", self.I("dea")), ("Lic #", f"{self.letters(2)}{self.digits(6)}")]),
                "UK": lambda: self.ch([("GMC", self.I("gmc")), ("GMC No.", self.I("gmc")), ("NMC PIN", self.I("nmc"))]),
                "IE": lambda: self.ch([("MCRN", self.I("imc")), ("IMC No.", self.I("imc")), ("NMBI PIN", self.digits(6))]),
                "AU": lambda: self.ch([("Prov No", self.I("provno")), ("Provider No.", self.I("provno")), ("AHPRA", self.I("ahpra"))]),
                "NZ": lambda: self.ch([("MCNZ", self.I("mcnz")), ("Reg. No.", self.I("mcnz")), ("NCNZ", self.digits(6))]),
                "CA": lambda: self.ch([("CPSO #", self.I("cpso")), ("Billing #", self.digits(6)), ("Permis", self.digits(5)), ("CMQ", self.digits(5))])}[self.reg]()

    def plate(self):
        return self.I({"US": "plate_us", "UK": "plate_uk", "IE": "plate_ie", "AU": "plate_au", "NZ": "plate_nz", "CA": "plate_ca"}[self.reg])

    def dl(self, p=None, dob=None):
        return {"US": lambda: self.I("dl_us"), "UK": lambda: self.I("dl_uk", p=p, dob=dob), "IE": lambda: f"{self.digits(9)}",
                "AU": lambda: self.ch([self.digits(8), self.digits(9), f"{self.letters(2)}{self.digits(6)}"]),
                "NZ": lambda: f"{self.letters(2)}{self.digits(6)}", "CA": lambda: self.I("dl_ca")}[self.reg]()

    def postlabel(self):
        return {"US": "ZIP", "UK": "Postcode", "IE": "Eircode", "AU": "Postcode", "NZ": "Postcode", "CA": "Postal Code"}[self.reg]

    def statelabel(self):
        return {"US": "State", "UK": "County", "IE": "County", "AU": "State", "NZ": "Region", "CA": "Province"}[self.reg]

    def ddmm(self):
        return "MM/DD/YYYY" if self.reg == "US" else "DD/MM/YYYY"


class Frag:
    """A pre-built sequence of (type|None, text) pieces that can be dropped into a template."""

    def __init__(self, parts):
        self.parts = parts

    def __bool__(self):
        return bool(self.parts)

    def emit(self, d):
        for typ, v in self.parts:
            if typ:
                d.s(typ, v)
            else:
                d.t(v)


def strip_acc(s):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("ł", "l").replace("Ł", "L")


def spoken_year(y):
    if 2000 <= y < 2010:
        return "two thousand and " + words_num(y - 2000) if y > 2000 else "two thousand"
    if y >= 2010:
        return "twenty " + words_num(y - 2000)
    a, b = divmod(y, 100)
    return words_num(a) + " " + ("hundred" if b == 0 else ("oh " + words_num(b) if b < 10 else words_num(b)))


def spoken_digits(s):
    out = []
    for c in s:
        if c.isdigit():
            out.append("oh" if c == "0" and len(out) < 1 else NUMW[int(c)])
    return " ".join(out)


# ---------------------------------------------------------------- shared helpers for style modules
def _F(self, *parts):
    return Frag([(None, p) if isinstance(p, str) else p for p in parts])


Doc.F = _F


def L(*regions):
    def deco(fn):
        fn.regions = list(regions) if regions else ["US", "UK", "IE", "CA", "AU", "NZ"]
        return fn
    return deco


def kin(d, sex, pool=None):
    pool = pool or ["spouse", "child", "sibling", "grandchild", "friend", "neighbour", "niece"]
    k = d.ch(pool)
    return {"spouse": {"F": "wife", "M": "husband"}, "child": {"F": "daughter", "M": "son"},
            "sibling": {"F": "sister", "M": "brother"}, "grandchild": {"F": "granddaughter", "M": "grandson"},
            "friend": {"F": "friend", "M": "friend"}, "neighbour": {"F": "neighbour", "M": "neighbour"},
            "niece": {"F": "niece", "M": "nephew"}, "partner": {"F": "partner", "M": "partner"},
            "parent": {"F": "mother", "M": "father"}}[k][sex]


def vit(d):
    return d.ch([f"BP {d.ri(98, 178)}/{d.ri(55, 102)}, HR {d.ri(52, 118)}, SpO2 {d.ri(89, 99)}% RA, T {d.ri(358, 391) / 10:.1f}",
                 f"obs: bp {d.ri(98, 178)}/{d.ri(55, 102)} p{d.ri(52, 118)} sats {d.ri(89, 99)}% rr {d.ri(12, 28)} temp {d.ri(358, 391) / 10:.1f}",
                 f"RR {d.ri(12, 30)}, SpO2 {d.ri(88, 99)}%, BP {d.ri(90, 180)}/{d.ri(50, 100)}, pulse {d.ri(50, 130)} irreg, BM {d.ri(40, 190) / 10:.1f}",
                 f"NEWS2 {d.ri(0, 7)} (BP {d.ri(98, 178)}/{d.ri(55, 102)}, HR {d.ri(52, 118)})"])


def labs(d):
    return d.ch([f"HbA1c {d.ri(48, 96)} mmol/mol, eGFR {d.ri(28, 90)}, K {d.ri(34, 56) / 10:.1f}",
                 f"Hb {d.ri(82, 152)} g/L, WCC {d.ri(35, 189) / 10:.1f}, CRP {d.ri(1, 240)}, Na {d.ri(126, 145)}",
                 f"A1c {d.ri(56, 120) / 10:.1f}%, LDL {d.ri(14, 49) / 10:.1f}, TSH {d.ri(3, 80) / 10:.1f}",
                 f"INR {d.ri(9, 42) / 10:.1f}, creatinine {d.ri(55, 210)} umol/L, ferritin {d.ri(6, 400)}"])


def meds(d, n=3):
    ms = d.r.sample(DRUGS, n)
    return ms


def hx(d):
    return d.ch([f"{d.ch(EPONYMS)} (dx {d.ri(1998, 2021)})", f"{d.ch(EPONYMS)} since {d.ri(2001, 2022)}",
                 f"T2DM {d.ri(2005, 2020)}-{d.ri(2021, 2023)} diet controlled then metformin", f"{d.ch(EPONYMS)}, {d.ch(DISEASE_PLACES)} in {d.ri(1995, 2019)}",
                 f"AF (CHA2DS2-VASc {d.ri(2, 6)}), {d.ch(EPONYMS)}", f"COPD, {d.ch(EPONYMS)}, ex-smoker {d.ri(20, 60)} pack-years"])


def spell_phone(s):
    out = []
    for c in s:
        if c.isdigit():
            out.append("oh" if c == "0" else NUMW[int(c)])
    return " ".join(out)


def _tf(self, p, title=None):
    """Title kept outside the span: 'Mrs ' + [Family]."""
    return Frag([(None, (title or p.title) + " "), ("name", p.family)])


Doc.tf = _tf
