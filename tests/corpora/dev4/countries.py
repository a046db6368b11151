"""Invented people, addresses, phones and identifier formats by country.

All names are drawn from common given/family names and combined at random;
all numbers are generated and do not belong to anyone.
"""
from common import pattern, digits, nz_digits, letters, slug, ascii_fold, chance


# --------------------------------------------------------------------------
# people

class Person:
    def __init__(self, given, family, sex, cc, order="western", middle=""):
        self.given = given
        self.family = family
        self.sex = sex
        self.cc = cc
        self.order = order          # western | eastern | viet
        self.middle = middle

    def full(self):
        if self.order == "viet":
            return " ".join(x for x in (self.family, self.middle, self.given) if x)
        if self.order == "eastern":
            return "%s %s" % (self.family, self.given)
        if self.middle:
            return "%s %s %s" % (self.given, self.middle, self.family)
        return "%s %s" % (self.given, self.family)

    def western(self):
        g = self.given if not self.middle or self.order == "viet" else self.given + " " + self.middle
        return "%s %s" % (g, self.family)

    def initial(self):
        parts = self.given.replace("-", " -").split(" ")
        out = []
        for p in parts:
            if p.startswith("-"):
                out.append("-" + p[1] + ".")
            elif p:
                out.append(p[0] + ".")
        return "".join(out) if "-" in self.given else " ".join(out)

    def initials(self, dots=False):
        parts = (self.given.replace("-", " ") + " " + self.family.replace("-", " ")).split()
        parts = [p for p in parts if p[0].isupper() or len(parts) <= 2]
        if self.order in ("eastern", "viet"):
            parts = (self.family + " " + self.given.replace("-", " ")).split()
        s = [p[0].upper() for p in parts][:3]
        return (".".join(s) + ".") if dots else "".join(s)

    def form(self, rng, kind=None):
        kinds = ["full", "full", "full", "formal", "last_first", "initial_last",
                 "upper", "first_initial"]
        if kind is None:
            kind = rng.choice(kinds)
        g, f = self.given, self.family
        if self.order == "viet":
            g = (self.middle + " " + self.given).strip()
        if kind == "full":
            return self.full()
        if kind == "western":
            return self.western()
        if kind == "formal":
            return "%s, %s" % (f.upper(), g)
        if kind == "last_first":
            return "%s, %s" % (f, g)
        if kind == "initial_last":
            if self.order in ("viet", "eastern"):
                return self.full()
            return "%s %s" % (self.initial(), f)
        if kind == "upper":
            return self.full().upper()
        if kind == "first_initial":
            if self.order in ("viet", "eastern"):
                return self.full()
            return "%s %s." % (self.given, f[0] if f[0].isupper() else f.split()[-1][0])
        if kind == "first":
            return self.given
        if kind == "last":
            return f
        if kind == "passport":
            return "%s %s" % (f.upper(), g.upper())
        if kind == "lower":
            return self.full().lower()
        if kind == "lower_first":
            return self.given.lower()
        if kind == "initials":
            return self.initials()
        raise ValueError(kind)

    def email_local(self, rng):
        g = slug(self.given)
        f = slug(self.family)
        return rng.choice([
            "%s.%s" % (g, f), "%s%s" % (g[0], f), "%s_%s%d" % (g, f, rng.randint(1, 99)),
            "%s.%s%d" % (f, g[0], rng.randint(1, 9)), "%s%s" % (g, f[:3]),
            "%s%d" % (g, rng.randint(70, 2005)),
        ])


# Each country: names, title, cities, address builder, phones, ids.
# gendered surnames are given as (male, female) tuples.

C = {}


def country(cc, **kw):
    kw["cc"] = cc
    C[cc] = kw


country("DE", name="Germany", adj="German", lang="German", dates=["dmy.", "dmy.", "de", "d.m.y"],
        m=["Lukas", "Jonas", "Matthias", "Stefan", "Jürgen", "Klaus", "Tobias", "Florian", "Dieter", "Wolfgang", "Karl-Heinz"],
        f=["Anna", "Katrin", "Sabine", "Ursula", "Lena", "Jana", "Birgit", "Hannelore", "Miriam", "Franziska", "Anne-Marie"],
        last=["Müller", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Schäfer", "Koch", "Bauer",
              "Wagner", "Schröder", "Krüger", "Neumann", "Zimmermann", "Vogel", "Weiß", "Böhm", "Lehmann"],
        cities=[("Berlin", "10NNN", "BE"), ("Hamburg", "20NNN", "HH"), ("München", "80NNN", "BY"), ("Köln", "50NNN", "NW"),
                ("Frankfurt am Main", "60NNN", "HE"), ("Stuttgart", "70NNN", "BW"), ("Leipzig", "04NNN", "SN"),
                ("Dresden", "01NNN", "SN"), ("Freiburg im Breisgau", "79NNN", "BW"), ("Münster", "48NNN", "NW"),
                ("Bremen", "28NNN", "HB"), ("Nürnberg", "90NNN", "BY")],
        streets=["Hauptstraße", "Bahnhofstraße", "Lindenallee", "Gartenweg", "Schillerstraße", "Goethestraße",
                 "Am Markt", "Rosenweg", "Berliner Straße", "Kirchplatz", "Mühlenweg", "Friedrichstraße"],
        land=["+49 30 NNNNNNN", "+49 (0)89 NNNN NNN", "040 NNNNNN-0", "+49 221 NNNNNNNN", "0711 NNNNNNN",
              "+49 341 NNN-NNNN"],
        mob=["+49 1ZN NNNNNNN", "+49 (0)1ZN NNNN NNN", "01ZN NNNNNNN", "0049 1ZN NNNNNNNN", "+491ZNNNNNNNNN"],
        ssn=(["Steuer-ID", "Steuerliche Identifikationsnummer", "tax ID"], lambda r: nz_digits(r, 11)),
        hp=(["KVNR", "Krankenversichertennummer", "Versicherten-Nr.", "health insurance no."],
            lambda r: pattern(r, "ANNNNNNNNN")),
        insurer=["AOK Bayern", "Techniker Krankenkasse", "BARMER", "DAK-Gesundheit", "IKK classic"],
        passport=lambda r: pattern(r, "CXXXXXXXX").replace("C", "C", 1),
        dl=lambda r: pattern(r, "BNNNAAANXNN"),
        plate=lambda r: r.choice(["B", "HH", "M", "K", "F", "S", "L", "DD", "FR", "MS"]) + "-" + letters(r, r.randint(1, 2)) + " " + nz_digits(r, r.randint(2, 4)),
        medreg=(["LANR", "Arztnummer (LANR)", "lifelong physician no."], lambda r: digits(r, 9)),
        hospitals=["Klinikum Nordheide", "St. Marien-Krankenhaus", "Universitätsklinikum am Rhein",
                   "Kreisklinik Waldsee", "Hausarztpraxis am Stadtpark"],
        domains=["web.de", "gmx.de", "t-online.de", "gmail.com"], tld="de",
        title="Herr", ftitle="Frau", drtitle=["Dr. med.", "Dr.", "Prof. Dr. med."])

country("PL", name="Poland", adj="Polish", lang="Polish", dates=["dmy.", "dmy.", "pl", "dmy-"],
        m=["Łukasz", "Piotr", "Krzysztof", "Tomasz", "Paweł", "Michał", "Grzegorz", "Jakub", "Wojciech", "Andrzej"],
        f=["Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Joanna", "Magdalena", "Zofia", "Ewa", "Krystyna", "Bożena"],
        last=[("Wiśniewski", "Wiśniewska"), ("Kowalski", "Kowalska"), "Nowak", "Wójcik", ("Kamiński", "Kamińska"),
              ("Lewandowski", "Lewandowska"), ("Zieliński", "Zielińska"), ("Szymański", "Szymańska"),
              ("Dąbrowski", "Dąbrowska"), "Woźniak", "Kaczmarek", ("Grabowski", "Grabowska"), "Mazur", "Krawczyk"],
        cities=[("Warszawa", "0N-NNN", "mazowieckie"), ("Kraków", "3N-NNN", "małopolskie"),
                ("Gdańsk", "80-NNN", "pomorskie"), ("Wrocław", "5N-NNN", "dolnośląskie"),
                ("Poznań", "6N-NNN", "wielkopolskie"), ("Łódź", "9N-NNN", "łódzkie"), ("Lublin", "20-NNN", "lubelskie"),
                ("Rzeszów", "35-NNN", "podkarpackie")],
        streets=["Kwiatowa", "Polna", "Lipowa", "Słoneczna", "Mickiewicza", "Długa", "Piłsudskiego", "Ogrodowa",
                 "Kościuszki", "Leśna"],
        land=["+48 22 NNN NN NN", "+48 12 NNN NN NN", "(22) NNN-NN-NN", "+48 58 NNN NN NN"],
        mob=["+48 5NN NNN NNN", "+48 6NN NNN NNN", "6NN-NNN-NNN", "+485NNNNNNNN", "0048 7NN NNN NNN"],
        ssn=(["PESEL", "PESEL no.", "nr PESEL"], lambda r: digits(r, 11)),
        hp=(["NFZ insurance no.", "EKUZ card no.", "ubezpieczenie NFZ nr"], lambda r: "8061" + digits(r, 16)),
        insurer=["NFZ Mazowiecki OW", "NFZ Małopolski OW"],
        passport=lambda r: pattern(r, "AANNNNNNN"),
        dl=lambda r: pattern(r, "NNNNN/NN/NNNN"),
        plate=lambda r: r.choice(["WX", "WA", "KR", "GD", "DW", "PO", "EL", "LU"]) + " " + pattern(r, r.choice(["NNNNN", "NNNAA", "ANNNN"])),
        medreg=(["PWZ", "nr prawa wykonywania zawodu", "licence no. (PWZ)"], lambda r: nz_digits(r, 7)),
        hospitals=["Szpital Wojewódzki im. św. Łukasza", "Centrum Medyczne Pod Lipami", "Przychodnia Rodzinna Zdrowie"],
        domains=["wp.pl", "onet.pl", "interia.pl", "gmail.com", "o2.pl"], tld="pl",
        title="Pan", ftitle="Pani", drtitle=["lek. med.", "dr n. med.", "Dr"])

country("DK", name="Denmark", adj="Danish", lang="Danish", dates=["dmy.", "da", "d/m/y"],
        m=["Søren", "Mads", "Rasmus", "Jens", "Henrik", "Niels", "Anders", "Frederik", "Bjørn"],
        f=["Mette", "Sofie", "Ida", "Kirsten", "Freja", "Lærke", "Birgitte", "Hanne", "Signe"],
        last=["Østergaard", "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Møller",
              "Kjærgaard", "Lund", "Thygesen", "Søndergaard"],
        cities=[("København K", "1NNN", ""), ("Aarhus C", "8000", ""), ("Odense C", "5000", ""), ("Aalborg", "9000", ""),
                ("Frederiksberg", "20NN", ""), ("Roskilde", "4000", "")],
        streets=["Østergade", "Nørregade", "Vesterbrogade", "Strandvejen", "Skovvej", "Kongensgade", "Åboulevarden"],
        land=["+45 NN NN NN NN", "NN NN NN NN", "+45 NNNNNNNN"],
        mob=["+45 2N NN NN NN", "+45 3NNNNNNN", "2N NN NN NN"],
        ssn=(["CPR", "CPR-nr.", "CPR number"], lambda r: pattern(r, "NNNNNN-NNNN")),
        hp=(["sundhedskort no.", "EHIC card no.", "yellow card no."], lambda r: "8045" + digits(r, 16)),
        insurer=["Region Hovedstaden", "Region Midtjylland"],
        passport=lambda r: nz_digits(r, 9),
        dl=lambda r: digits(r, 8),
        plate=lambda r: letters(r, 2) + " " + pattern(r, "NN NNN"),
        medreg=(["autorisations-ID", "authorisation ID"], lambda r: pattern(r, "AANNN")),
        hospitals=["Rigshospitalet Nord (fictional)", "Lægehuset Åboulevarden", "Regionshospital Vestkyst"],
        domains=["mail.dk", "gmail.com", "hotmail.dk"], tld="dk",
        title="Mr", ftitle="Ms", drtitle=["Dr.", "overlæge", "læge"])

country("NL", name="the Netherlands", adj="Dutch", lang="Dutch", dates=["dmy-", "nl", "d/m/y", "dmy/"],
        m=["Daan", "Sander", "Pieter", "Joost", "Bram", "Maarten", "Wouter", "Kees", "Thijs"],
        f=["Femke", "Anouk", "Marieke", "Sanne", "Ilse", "Eva", "Lotte", "Willemijn", "Noor"],
        last=["de Vries", "van der Berg", "Van der Berg", "Jansen", "Bakker", "Visser", "Smit", "de Jong", "van Dijk",
              "Mulder", "de Boer", "Meijer", "van Leeuwen", "Vermeulen"],
        cities=[("Amsterdam", "10NN AA", ""), ("Rotterdam", "30NN AA", ""), ("Utrecht", "35NN AA", ""),
                ("Den Haag", "25NN AA", ""), ("Eindhoven", "56NN AA", ""), ("Groningen", "97NN AA", ""),
                ("Leiden", "23NN AA", "")],
        streets=["Prinsengracht", "Keizersgracht", "Dorpsstraat", "Kerkstraat", "Molenweg", "Stationsweg",
                 "Oudegracht", "Laan van Meerdervoort"],
        land=["+31 20 NNN NNNN", "020-NNNNNNN", "+31 (0)30 NNN NN NN", "010 NNN NNNN"],
        mob=["+31 6 NNNNNNNN", "06-NNNNNNNN", "+316NNNNNNNN", "06 NN NN NN NN"],
        ssn=(["BSN", "burgerservicenummer", "citizen service no. (BSN)"], lambda r: nz_digits(r, 9)),
        hp=(["polisnummer", "zorgverzekering policy no.", "health insurance policy no."], lambda r: digits(r, 9)),
        insurer=["Zilveren Kruis", "CZ", "VGZ", "Menzis"],
        passport=lambda r: pattern(r, "AAXXXXXN"),
        dl=lambda r: nz_digits(r, 10),
        plate=lambda r: pattern(r, r.choice(["AA-NNN-A", "NN-AAA-N", "A-NNN-AA", "NNN-AA-N"])),
        medreg=(["BIG-nummer", "BIG registration no."], lambda r: nz_digits(r, 11)),
        hospitals=["Huisartsenpraktijk De Linde", "Ziekenhuis Rivierenland (fictional)", "Medisch Centrum Zuidwest"],
        domains=["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"], tld="nl",
        title="Dhr.", ftitle="Mevr.", drtitle=["dr.", "Dr."])

country("IT", name="Italy", adj="Italian", lang="Italian", dates=["dmy/", "it", "d/m/y"],
        m=["Giuseppe", "Marco", "Alessandro", "Lorenzo", "Francesco", "Matteo", "Giovanni", "Antonio", "Salvatore"],
        f=["Giulia", "Francesca", "Chiara", "Sofia", "Maria Grazia", "Elena", "Alessia", "Rosaria", "Carmela"],
        last=["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
              "Bruno", "De Luca", "D'Angelo", "Lombardi"],
        cities=[("Roma", "001NN", "RM"), ("Milano", "201NN", "MI"), ("Napoli", "801NN", "NA"), ("Torino", "101NN", "TO"),
                ("Bologna", "401NN", "BO"), ("Firenze", "501NN", "FI"), ("Palermo", "901NN", "PA"), ("Bari", "701NN", "BA")],
        streets=["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Via Mazzini", "Piazza Dante",
                 "Viale dei Mille", "Via Cavour", "Via San Giovanni"],
        land=["+39 06 NNNN NNNN", "+39 02 NNNNNNNN", "06 NNNNNNN", "+39 081 NNN NNNN"],
        mob=["+39 3NN NNN NNNN", "+39 3NNNNNNNNN", "3NN NNNNNNN", "0039 3NN NNN NNNN"],
        ssn=(["codice fiscale", "C.F.", "tax code (codice fiscale)"], None),
        hp=(["tessera sanitaria n.", "TEAM card no.", "n. tessera TEAM"], lambda r: "80380" + digits(r, 15)),
        insurer=["SSN - ASL Roma 1", "ATS Milano"],
        passport=lambda r: pattern(r, "AANNNNNNN"),
        dl=lambda r: pattern(r, "AANNNNNNNA"),
        plate=lambda r: pattern(r, "AA NNN AA"),
        medreg=(["iscrizione Ordine dei Medici n.", "Medical Council reg. no."], lambda r: nz_digits(r, 5)),
        hospitals=["Ospedale San Raffaele del Lago (fictional)", "Policlinico Santa Lucia", "Casa di Cura Villa Serena"],
        domains=["libero.it", "alice.it", "gmail.com", "virgilio.it"], tld="it",
        title="Sig.", ftitle="Sig.ra", drtitle=["Dott.", "Dott.ssa", "Prof."])

country("ES", name="Spain", adj="Spanish", lang="Spanish", dates=["dmy/", "es", "d/m/y"],
        m=["José Luis", "Javier", "Alejandro", "Carlos", "Manuel", "Pablo", "Sergio", "Iñaki", "Jordi"],
        f=["María José", "Lucía", "Carmen", "Pilar", "Nuria", "Begoña", "Montserrat", "Elena", "Ainhoa"],
        last=["García-López", "Fernández Gil", "González Pardo", "Rodríguez Martín", "Sánchez Vidal", "Pérez Ortega",
              "Martínez Ruiz", "Gómez de la Fuente", "Díaz Morales", "Muñoz Serrano", "Jiménez Alonso", "Iglesias Roca"],
        cities=[("Madrid", "280NN", "Madrid"), ("Barcelona", "080NN", "Barcelona"), ("Valencia", "460NN", "Valencia"),
                ("Sevilla", "410NN", "Sevilla"), ("Bilbao", "480NN", "Bizkaia"), ("Málaga", "290NN", "Málaga"),
                ("Zaragoza", "500NN", "Zaragoza"), ("Palma", "070NN", "Illes Balears")],
        streets=["Calle Mayor", "C/ Alcalá", "Avda. de la Constitución", "Calle del Carmen", "Paseo de Gracia",
                 "Calle Real", "Plaza de España", "C/ San Vicente"],
        land=["+34 91 NNN NN NN", "+34 93 NNN NN NN", "91 NNN NN NN", "+34 954 NN NN NN"],
        mob=["+34 6NN NNN NNN", "+34 6NN NN NN NN", "6NN NNN NNN", "0034 7NN NNN NNN", "+346NNNNNNNN"],
        ssn=(["DNI", "NIE", "DNI/NIE"], None),
        hp=(["tarjeta sanitaria (CIP)", "código CIP", "nº afiliación Seguridad Social", "TSE no."],
            lambda r: pattern(r, "AAAA NNNNNN NN NN") if chance(r, 0.5) else pattern(r, "NN/NNNNNNNN/NN")),
        insurer=["SERMAS", "CatSalut", "Servicio Andaluz de Salud", "Sanitas", "Adeslas"],
        passport=lambda r: pattern(r, "AAANNNNNN"),
        dl=lambda r: nz_digits(r, 8) + letters(r, 1),
        plate=lambda r: digits(r, 4) + " " + pattern(r, "AAA").replace("A", "B"),
        medreg=(["nº colegiado", "Nº Col.", "colegiado nº"], lambda r: pattern(r, "NN/NNNNN")),
        hospitals=["Hospital Universitario La Ribera Alta (fictional)", "Clínica Nuestra Señora del Mar",
                   "Centro de Salud Las Palmeras"],
        domains=["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"], tld="es",
        title="Sr.", ftitle="Sra.", drtitle=["Dr.", "Dra."])

country("PT", name="Portugal", adj="Portuguese", lang="Portuguese", dates=["dmy/", "pt", "dmy-"],
        m=["João", "Tiago", "Rui", "Miguel", "Duarte", "Gonçalo", "Nuno", "Afonso"],
        f=["Inês", "Beatriz", "Joana", "Mariana", "Conceição", "Leonor", "Rita", "Filipa"],
        last=["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Gonçalves", "Marques",
              "Sousa Pinto", "Carvalho Mendes"],
        cities=[("Lisboa", "1NNN-NNN", ""), ("Porto", "4NNN-NNN", ""), ("Coimbra", "3000-NNN", ""), ("Braga", "4700-NNN", ""),
                ("Faro", "8000-NNN", ""), ("Funchal", "9000-NNN", "")],
        streets=["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Travessa do Carmo",
                 "Rua Direita", "Largo do Rato"],
        land=["+351 21 NNN NNNN", "+351 22 NNN NN NN", "21 NNN NNNN"],
        mob=["+351 9NN NNN NNN", "9NN NNN NNN", "+3519NNNNNNNN"],
        ssn=(["NIF", "contribuinte nº", "tax no. (NIF)"], lambda r: nz_digits(r, 9)),
        hp=(["nº utente SNS", "número de utente", "SNS user no."], lambda r: nz_digits(r, 9)),
        insurer=["SNS", "ADSE", "Médis"],
        passport=lambda r: pattern(r, "ANNNNNN"),
        dl=lambda r: pattern(r, "A-NNNNNN N"),
        plate=lambda r: pattern(r, r.choice(["AA-NN-AA", "NN-AA-NN"])),
        medreg=(["cédula profissional OM nº", "Ordem dos Médicos nº"], lambda r: nz_digits(r, 5)),
        hospitals=["Hospital de Santa Clara (fictional)", "Clínica do Restelo", "Centro de Saúde de Alvalade"],
        domains=["sapo.pt", "gmail.com", "hotmail.com"], tld="pt",
        title="Sr.", ftitle="Sra.", drtitle=["Dr.", "Dra."])

country("FR", name="France", adj="French", lang="French", dates=["dmy/", "fr", "fr", "d/m/y"],
        m=["Mathieu", "Julien", "Nicolas", "Thomas", "Antoine", "Olivier", "Jean-Pierre", "Étienne", "Loïc"],
        f=["Camille", "Élodie", "Chloé", "Sophie", "Manon", "Aurélie", "Hélène", "Marie-Claire", "Océane"],
        last=["Martin", "Bernard", "Dubois", "Robert", "Petit", "Durand", "Leroy", "Moreau", "Lefèvre", "Girard",
              "Rousseau", "Faure", "Mercier"],
        cities=[("Paris", "750NN", ""), ("Lyon", "6900N", ""), ("Marseille", "130NN", ""), ("Toulouse", "310NN", ""),
                ("Nantes", "440NN", ""), ("Lille", "590NN", ""), ("Bordeaux", "330NN", ""), ("Strasbourg", "670NN", "")],
        streets=["rue de la Paix", "avenue Jean Jaurès", "boulevard Voltaire", "rue Victor Hugo", "place de la République",
                 "chemin des Vignes", "rue du Faubourg Saint-Antoine", "allée des Tilleuls"],
        land=["+33 1 NN NN NN NN", "01 NN NN NN NN", "+33 (0)4 NN NN NN NN", "04.NN.NN.NN.NN"],
        mob=["+33 6 NN NN NN NN", "06 NN NN NN NN", "+33 (0)7 NN NN NN NN", "06.NN.NN.NN.NN", "+336NNNNNNNN"],
        ssn=(["NIR", "n° de sécurité sociale", "numéro INSEE"], None),
        hp=(["carte Vitale no.", "mutuelle adhérent n°", "CEAM card no."], lambda r: "8025" + digits(r, 16)),
        insurer=["CPAM de Paris", "MGEN", "Harmonie Mutuelle"],
        passport=lambda r: pattern(r, "NNAANNNNN"),
        dl=lambda r: pattern(r, "NNAANNNNN"),
        plate=lambda r: pattern(r, "AA-NNN-AA"),
        medreg=(["RPPS", "n° RPPS", "ADELI"], lambda r: "10" + digits(r, 9)),
        hospitals=["Centre Hospitalier de la Vallée (fictional)", "Clinique des Cèdres", "Cabinet médical du Parc"],
        domains=["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"], tld="fr",
        title="M.", ftitle="Mme", drtitle=["Dr", "Pr"])

country("BR", name="Brazil", adj="Brazilian", lang="Portuguese", dates=["dmy/", "pt", "dmy/"],
        m=["João Pedro", "Lucas", "Gabriel", "Rafael", "Thiago", "Bruno", "Felipe", "Marcos Vinícius"],
        f=["Ana Clara", "Juliana", "Fernanda", "Camila", "Larissa", "Beatriz", "Luana", "Thaís"],
        last=["da Silva", "dos Santos", "Oliveira", "Souza", "Lima", "Pereira", "Carvalho", "Almeida", "Ribeiro",
              "Nascimento", "Araújo", "Cavalcanti"],
        cities=[("São Paulo", "0NNNN-NNN", "SP"), ("Rio de Janeiro", "2NNNN-NNN", "RJ"), ("Belo Horizonte", "30NNN-NNN", "MG"),
                ("Salvador", "40NNN-NNN", "BA"), ("Recife", "50NNN-NNN", "PE"), ("Curitiba", "80NNN-NNN", "PR"),
                ("Porto Alegre", "90NNN-NNN", "RS"), ("Fortaleza", "60NNN-NNN", "CE")],
        streets=["Rua das Flores", "Avenida Paulista", "Rua Augusta", "Rua Sete de Setembro", "Avenida Atlântica",
                 "Rua XV de Novembro", "Travessa São José"],
        bairros=["Jardim Paulista", "Copacabana", "Boa Viagem", "Savassi", "Moinhos de Vento", "Centro", "Pinheiros"],
        land=["+55 11 NNNN-NNNN", "(21) NNNN-NNNN", "+55 (31) NNNN-NNNN"],
        mob=["+55 11 9NNNN-NNNN", "(21) 9NNNN-NNNN", "+55 81 9 NNNN-NNNN", "+5511 9NNNNNNNN", "11 9NNNN NNNN"],
        ssn=(["CPF", "CPF nº", "taxpayer no. (CPF)"], lambda r: pattern(r, "NNN.NNN.NNN-NN")),
        hp=(["Cartão SUS (CNS)", "CNS", "carteirinha do plano nº"], lambda r: pattern(r, "ZNN NNNN NNNN NNNN")),
        insurer=["Unimed", "Bradesco Saúde", "SulAmérica", "Amil"],
        passport=lambda r: pattern(r, "AANNNNNN"),
        dl=lambda r: nz_digits(r, 11),
        plate=lambda r: pattern(r, r.choice(["AAANANN", "AAA-NNNN", "AAA NANN"])),
        medreg=(["CRM", "CRM-SP", "CRM/RJ"], lambda r: nz_digits(r, 6)),
        hospitals=["Hospital Santa Helena (fictional)", "Clínica São Lucas", "UBS Vila Nova"],
        domains=["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com"], tld="com.br",
        title="Sr.", ftitle="Sra.", drtitle=["Dr.", "Dra."])

country("MX", name="Mexico", adj="Mexican", lang="Spanish", dates=["dmy/", "es", "dmy-"],
        m=["José Manuel", "Luis", "Alejandro", "Jesús", "Miguel Ángel", "Ricardo", "Fernando", "Juan Carlos"],
        f=["Guadalupe", "María Fernanda", "Ximena", "Daniela", "Rosa María", "Mariana", "Itzel"],
        last=["Hernández Cruz", "García Flores", "Martínez Reyes", "López Ortega", "González Ramírez", "Flores",
              "Morales Castillo", "Ramírez", "Reyes Luna", "Castillo", "Ortega Salinas"],
        cities=[("Ciudad de México", "0NNNN", "CDMX"), ("Guadalajara", "44NNN", "Jal."), ("Monterrey", "64NNN", "N.L."),
                ("Puebla", "72NNN", "Pue."), ("Mérida", "97NNN", "Yuc."), ("Oaxaca de Juárez", "68NNN", "Oax."),
                ("Tijuana", "22NNN", "B.C.")],
        streets=["Av. Insurgentes Sur", "Calle Reforma", "Av. Juárez", "Calle Hidalgo", "Calz. de Tlalpan",
                 "Calle Morelos", "Av. Vallarta"],
        colonias=["Col. Del Valle", "Col. Roma Norte", "Col. Centro", "Col. Americana", "Col. Chapultepec"],
        land=["+52 55 NNNN NNNN", "+52 (33) NNNN-NNNN", "55 NNNN NNNN"],
        mob=["+52 1 55 NNNN NNNN", "+52 33 NNNN NNNN", "044 55 NNNN NNNN", "+5281NNNNNNNN"],
        ssn=(["CURP", "CURP no."], None),
        hp=(["NSS (IMSS)", "IMSS affiliation no.", "póliza GMM nº"], lambda r: digits(r, 11)),
        insurer=["IMSS", "ISSSTE", "GNP Seguros", "AXA México"],
        passport=lambda r: pattern(r, "GNNNNNNNN"),
        dl=lambda r: pattern(r, "ANNNNNNNNN"),
        plate=lambda r: pattern(r, r.choice(["AAA-NNN-A", "NNN-AAA", "AAA-NN-NN"])),
        medreg=(["cédula profesional", "Céd. Prof."], lambda r: nz_digits(r, 7)),
        hospitals=["Hospital Ángeles del Valle (fictional)", "Clínica Santa Fe", "Centro Médico del Bajío"],
        domains=["gmail.com", "hotmail.com", "prodigy.net.mx", "yahoo.com.mx"], tld="com.mx",
        title="Sr.", ftitle="Sra.", drtitle=["Dr.", "Dra."])

country("IN", name="India", adj="Indian", lang="Hindi", dates=["dmy-", "dmy/", "dth Month y", "dmy."],
        m=["Rajesh", "Arjun", "Vikram", "Sanjay", "Rahul", "Anil", "Suresh", "Pradeep", "Karthik", "Imran", "Venkatesh"],
        f=["Priya", "Ananya", "Lakshmi", "Deepika", "Sunita", "Kavya", "Meera", "Pooja", "Farah", "Shalini"],
        last=["Sharma", "Patel", "Iyer", "Reddy", "Nair", "Gupta", "Singh", "Krishnan", "Menon", "Banerjee",
              "Chatterjee", "Desai", "Rao", "Khan", "Pillai"],
        cities=[("Bengaluru", "560NNN", "Karnataka"), ("Mumbai", "400NNN", "Maharashtra"), ("Chennai", "600NNN", "Tamil Nadu"),
                ("Hyderabad", "500NNN", "Telangana"), ("New Delhi", "110NNN", "Delhi"), ("Kochi", "682NNN", "Kerala"),
                ("Pune", "411NNN", "Maharashtra"), ("Kolkata", "700NNN", "West Bengal")],
        streets=["14th Cross, Indiranagar", "MG Road", "Linking Road, Bandra West", "Road No. 5, Banjara Hills",
                 "Anna Salai, Teynampet", "Sector 21", "Park Street", "4th Main, Jayanagar"],
        land=["+91 80 NNNN NNNN", "+91-22-NNNN-NNNN", "044-NNNNNNNN", "+91 11 NNNN NNNN"],
        mob=["+91 9NNNN NNNNN", "+91-98NNN-NNNNN", "09NNNN NNNNN", "+919NNNNNNNNN", "9NNNN NNNNN", "+91 7NNNN NNNNN"],
        ssn=(["Aadhaar", "Aadhaar no.", "UID (Aadhaar)"], lambda r: pattern(r, "ZNNN NNNN NNNN")),
        hp=(["ABHA no.", "ABHA number", "Star Health policy no.", "CGHS card no."], lambda r: pattern(r, "NN-NNNN-NNNN-NNNN")),
        insurer=["Star Health", "ICICI Lombard", "CGHS", "PM-JAY"],
        passport=lambda r: pattern(r, "ANNNNNNN"),
        dl=lambda r: pattern(r, r.choice(["KA01 NNNNNNNNNNN", "MH12 NNNNNNNNNNN", "DL-NNNNNNNNNNNNN", "TN09 NNNNNNNNNNN"])),
        plate=lambda r: r.choice(["KA 01", "MH 12", "DL 3C", "TN 09", "TS 07", "KL 07"]) + " " + pattern(r, "AA NNNN"),
        medreg=(["Reg. No.", "KMC Reg. No.", "MCI Reg. No.", "NMC reg."], lambda r: nz_digits(r, 5)),
        hospitals=["Sri Lakshmi Multispeciality Hospital", "Apollo-style Heart Institute (fictional)", "City Care Nursing Home",
                   "Sanjeevani Medical Centre"],
        domains=["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"], tld="in",
        title="Mr.", ftitle="Mrs.", drtitle=["Dr."])

country("PH", name="the Philippines", adj="Filipino", lang="Tagalog", dates=["Month d, y", "mdy/", "dmy/", "Mon d, y"],
        m=["Mark Anthony", "Jun", "Rodel", "Carlo", "Jerome", "Ramon", "Paolo", "Jericho"],
        f=["Maricel", "Rowena", "Maria Cristina", "Jocelyn", "Lovely", "Angelica", "Marites", "Kristine Joy"],
        last=["Dela Cruz", "Santos", "Reyes", "Bautista", "Garcia", "Mendoza", "Villanueva", "Castillo", "Aquino",
              "Ramos", "Macaraeg", "Dimaculangan"],
        cities=[("Makati City", "12NN", "Metro Manila"), ("Quezon City", "11NN", "Metro Manila"), ("Cebu City", "6000", "Cebu"),
                ("Davao City", "8000", "Davao del Sur"), ("Iloilo City", "5000", "Iloilo"), ("Pasig City", "16NN", "Metro Manila")],
        streets=["Tordesillas St.", "Ayala Ave.", "Katipunan Ave.", "Osmeña Blvd.", "J.P. Laurel Ave.", "Rizal St."],
        land=["+63 2 8NNN NNNN", "(02) 8NNN-NNNN", "+63 32 NNN NNNN"],
        mob=["+63 9NN NNN NNNN", "09NN NNN NNNN", "0917-NNN-NNNN", "+639NNNNNNNNN"],
        ssn=(["PhilSys no.", "PSN", "national ID (PhilSys)"], lambda r: pattern(r, "NNNN-NNNN-NNNN-NNNN")),
        hp=(["PhilHealth no.", "PhilHealth ID", "PIN (PhilHealth)"], lambda r: pattern(r, "NN-NNNNNNNNN-N")),
        insurer=["PhilHealth", "Maxicare", "Intellicare"],
        passport=lambda r: pattern(r, "PNNNNNNNA"),
        dl=lambda r: pattern(r, "ANN-NN-NNNNNN"),
        plate=lambda r: pattern(r, "AAA NNNN"),
        medreg=(["PRC Lic. No.", "PRC license"], lambda r: "0" + digits(r, 6)),
        hospitals=["St. Luke's-style Medical Center (fictional)", "Our Lady of Mercy Hospital", "Makati Family Clinic"],
        domains=["gmail.com", "yahoo.com", "yahoo.com.ph"], tld="ph",
        title="Mr.", ftitle="Ms.", drtitle=["Dr."])

country("NG", name="Nigeria", adj="Nigerian", lang="Yoruba", dates=["dmy/", "dth Month, y", "dth Month y"],
        m=["Oluwaseun", "Chukwuemeka", "Babatunde", "Emeka", "Ifeanyi", "Adebayo", "Musa", "Tunde", "Obinna"],
        f=["Ngozi", "Chiamaka", "Funmilayo", "Adaeze", "Aisha", "Folake", "Yetunde", "Nneka", "Temitope"],
        last=["Adeyemi", "Okafor", "Okonkwo", "Balogun", "Eze", "Bello", "Ogunleye", "Nwosu", "Abubakar", "Adeleke",
              "Olawale", "Uchenna"],
        cities=[("Lagos", "1NNNNN", "Lagos State"), ("Abuja", "900NNN", "FCT"), ("Ibadan", "200NNN", "Oyo State"),
                ("Enugu", "400NNN", "Enugu State"), ("Port Harcourt", "500NNN", "Rivers State"), ("Kano", "700NNN", "Kano State")],
        streets=["Adeola Odeku Street, Victoria Island", "Okpara Avenue", "Allen Avenue, Ikeja", "Aminu Kano Crescent, Wuse II",
                 "Ring Road", "Admiralty Way, Lekki Phase 1"],
        land=["+234 1 NNN NNNN", "01-NNNNNNN", "+234 9 NNN NNNN"],
        mob=["+234 80N NNN NNNN", "080N NNN NNNN", "+234 (0)81N NNN NNNN", "+2347NNNNNNNNN", "0803-NNN-NNNN"],
        ssn=(["NIN", "National Identification Number (NIN)"], lambda r: nz_digits(r, 11)),
        hp=(["NHIS no.", "NHIA enrollee ID", "HMO enrollee no."], lambda r: pattern(r, "`NHIS/`NNNNNN/NN")),
        insurer=["NHIA", "Hygeia HMO", "AXA Mansard Health"],
        passport=lambda r: pattern(r, "ANNNNNNNN"),
        dl=lambda r: pattern(r, "AAANNNNNAANN"),
        plate=lambda r: pattern(r, "AAA-NNNAA"),
        medreg=(["MDCN reg. no.", "MDCN Folio"], lambda r: pattern(r, "`MDCN/R/`NNNNN")),
        hospitals=["Lagoon View Specialist Hospital (fictional)", "Victoria Island Specialist Clinic (fictional)", "St. Nicholas Medical Centre (fictional)"],
        domains=["gmail.com", "yahoo.com", "outlook.com"], tld="com.ng",
        title="Mr.", ftitle="Mrs.", drtitle=["Dr."])

country("KE", name="Kenya", adj="Kenyan", lang="Swahili", dates=["dmy/", "dth Month y", "d/m/y"],
        m=["Brian", "Kevin", "Samuel", "Dennis", "Peter", "Kamau", "Otieno", "Kiprop"],
        f=["Wanjiru", "Akinyi", "Njeri", "Faith", "Mercy", "Achieng", "Wambui", "Chebet"],
        last=["Kamau", "Otieno", "Mwangi", "Ochieng", "Wafula", "Kiprono", "Njoroge", "Mutua", "Onyango", "Chege", "Wekesa"],
        cities=[("Nairobi", "00100", ""), ("Mombasa", "80100", ""), ("Kisumu", "40100", ""), ("Nakuru", "20100", ""),
                ("Eldoret", "30100", "")],
        streets=["Argwings Kodhek Road, Kilimani", "Ngong Road", "Moi Avenue", "Kenyatta Avenue", "Oginga Odinga Street",
                 "Lenana Road, Kilimani"],
        land=["+254 20 NNN NNNN", "020 NNNNNNN"],
        mob=["+254 7NN NNN NNN", "07NN NNNNNN", "+254 1NN NNN NNN", "+2547NNNNNNNN", "07NN-NNN-NNN"],
        ssn=(["National ID no.", "ID No.", "KRA PIN"], lambda r: nz_digits(r, 8)),
        hp=(["SHA no.", "NHIF no.", "NHIF member no."], lambda r: nz_digits(r, 8)),
        insurer=["NHIF", "SHA", "Jubilee Health", "AAR"],
        passport=lambda r: pattern(r, "AKNNNNNNN").replace("K", "K"),
        dl=lambda r: pattern(r, "DLNNNNNNNN"),
        plate=lambda r: pattern(r, "KAA NNNA").replace("KAA", "K" + letters(r, 2)),
        medreg=(["KMPDC reg. no.", "KMPDC"], lambda r: pattern(r, "ANNNNN")),
        hospitals=["Nairobi Westlands Hospital (fictional)", "Aga Heights Medical Centre", "Coast General Clinic"],
        domains=["gmail.com", "yahoo.com", "outlook.com"], tld="co.ke",
        title="Mr.", ftitle="Ms.", drtitle=["Dr."])

country("EG", name="Egypt", adj="Egyptian", lang="Arabic", dates=["dmy/", "d/m/y", "dth Month y"],
        m=["Mohamed", "Ahmed", "Mahmoud", "Mostafa", "Karim", "Tarek", "Amr", "Youssef"],
        f=["Fatma", "Nourhan", "Mariam", "Yasmin", "Heba", "Dina", "Salma", "Rania"],
        last=["Hassan", "Ibrahim", "El-Sayed", "Abdel-Rahman", "Mansour", "Fahmy", "Soliman", "Nasser", "Abdel-Aziz", "El-Masry"],
        cities=[("Cairo", "11NNN", ""), ("Giza", "12NNN", ""), ("Alexandria", "21NNN", ""), ("Mansoura", "35NNN", ""),
                ("Luxor", "85NNN", "")],
        streets=["Tahrir Street, Dokki", "26th of July Corridor, Zamalek", "El-Horreya Road", "Abbas El-Akkad St., Nasr City",
                 "Corniche El Nil", "Gameat El Dewal El Arabeya St., Mohandessin"],
        land=["+20 2 NNNN NNNN", "(02) NNNN NNNN", "+20 3 NNN NNNN"],
        mob=["+20 10 NNNN NNNN", "010 NNNN NNNN", "+20 12 NNNN NNNN", "+2011NNNNNNNN"],
        ssn=(["National ID", "national ID no."], lambda r: "2" + digits(r, 13)),
        hp=(["UHI no.", "health insurance card no."], lambda r: nz_digits(r, 12)),
        insurer=["Universal Health Insurance Authority", "AXA Egypt"],
        passport=lambda r: pattern(r, "ANNNNNNNN"),
        dl=lambda r: nz_digits(r, 10),
        plate=lambda r: "ق ر " + nz_digits(r, 4) if chance(r, 0.2) else pattern(r, "AAA NNNN"),
        medreg=(["Egyptian Medical Syndicate no.", "EMS reg."], lambda r: nz_digits(r, 6)),
        hospitals=["Nile Valley Specialised Hospital (fictional)", "Dar El Shifa Clinic", "Al Salam International (fictional)"],
        domains=["gmail.com", "yahoo.com", "hotmail.com"], tld="com.eg",
        title="Mr.", ftitle="Mrs.", drtitle=["Dr.", "Prof. Dr."])

country("TR", name="Türkiye", adj="Turkish", lang="Turkish", dates=["dmy.", "tr", "dmy/"],
        m=["Mehmet", "Mustafa", "Ahmet", "Emre", "Burak", "Murat", "Hüseyin", "Oğuz"],
        f=["Ayşe", "Fatma", "Zeynep", "Elif", "Gülşen", "Şule", "Özlem", "Büşra"],
        last=["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Arslan", "Doğan", "Koç"],
        cities=[("İstanbul", "34NNN", "Şişli"), ("Ankara", "06NNN", "Çankaya"), ("İzmir", "35NNN", "Konak"),
                ("Antalya", "07NNN", "Muratpaşa"), ("Bursa", "16NNN", "Nilüfer")],
        streets=["Atatürk Cad.", "Bağdat Caddesi", "İstiklal Cad.", "Cumhuriyet Mah. Gül Sok.", "Kızılay Sok.",
                 "Barbaros Bulvarı"],
        land=["+90 212 NNN NN NN", "0212 NNN NN NN", "+90 (312) NNN NN NN"],
        mob=["+90 5NN NNN NN NN", "05NN NNN NN NN", "+905NNNNNNNNN", "0 (5NN) NNN NN NN"],
        ssn=(["T.C. Kimlik No", "TC kimlik no.", "Turkish ID no."], lambda r: nz_digits(r, 11)),
        hp=(["SGK no.", "SGK sicil no.", "private policy no."], lambda r: nz_digits(r, 10)),
        insurer=["SGK", "Allianz Sigorta", "Acıbadem Sigorta"],
        passport=lambda r: pattern(r, "UNNNNNNNN"),
        dl=lambda r: nz_digits(r, 6),
        plate=lambda r: r.choice(["34", "06", "35", "07", "16"]) + " " + pattern(r, r.choice(["AAA NNN", "AA NNNN", "A NNNN"])),
        medreg=(["diploma tescil no.", "Ministry reg. no."], lambda r: nz_digits(r, 6)),
        hospitals=["Boğaziçi Tıp Merkezi (fictional)", "Özel Anadolu Hastanesi (fictional)", "Kent Sağlık Polikliniği"],
        domains=["gmail.com", "hotmail.com", "yandex.com.tr"], tld="com.tr",
        title="Mr.", ftitle="Mrs.", drtitle=["Dr.", "Uzm. Dr.", "Doç. Dr."])

country("JP", name="Japan", adj="Japanese", lang="Japanese", dates=["ymd/", "iso", "ymd/", "cjk"], order="japanese",
        m=["Hiroshi", "Takeshi", "Kenji", "Daisuke", "Haruto", "Shota", "Yusuke"],
        f=["Yuki", "Aiko", "Haruka", "Keiko", "Sakura", "Misaki", "Naoko"],
        last=["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato", "Matsumoto"],
        cities=[("Shibuya-ku, Tokyo", "150-NNNN", ""), ("Shinjuku-ku, Tokyo", "160-NNNN", ""), ("Kita-ku, Osaka", "530-NNNN", ""),
                ("Naka-ku, Yokohama", "231-NNNN", ""), ("Sakyo-ku, Kyoto", "606-NNNN", ""), ("Chuo-ku, Sapporo", "060-NNNN", "")],
        streets=["Shibuya", "Nishi-Shinjuku", "Umeda", "Motomachi", "Kitashirakawa", "Minami 1-jo Nishi"],
        land=["+81 3-NNNN-NNNN", "03-NNNN-NNNN", "+81 6 NNNN NNNN", "06-NNNN-NNNN"],
        mob=["+81 90-NNNN-NNNN", "090-NNNN-NNNN", "+81 80 NNNN NNNN", "080-NNNN-NNNN"],
        ssn=(["My Number", "Individual Number (My Number)"], lambda r: pattern(r, "NNNN NNNN NNNN")),
        hp=(["health insurance card no.", "hokensho no.", "insured no."], lambda r: pattern(r, "NNNNN-NNN")),
        insurer=["Kyokai Kenpo", "National Health Insurance (Kokuho)"],
        passport=lambda r: pattern(r, "TANNNNNNN"),
        dl=lambda r: digits(r, 12),
        plate=lambda r: r.choice(["品川", "練馬", "大阪", "横浜"]) + " " + nz_digits(r, 3) + " " + r.choice(["あ", "さ", "な", "わ"]) + " " + pattern(r, "NN-NN") if chance(r, 0.3) else r.choice(["Shinagawa", "Nerima", "Osaka", "Yokohama"]) + " " + nz_digits(r, 3) + " " + r.choice(["a", "sa", "na", "wa"]) + " " + pattern(r, "NN-NN"),
        medreg=(["Medical Registration No.", "ishi toroku bango"], lambda r: nz_digits(r, 6)),
        hospitals=["Sakura General Hospital (fictional)", "Midorigaoka Clinic", "Tokyo Bayside Medical Center (fictional)"],
        domains=["docomo.ne.jp", "gmail.com", "yahoo.co.jp", "ezweb.ne.jp"], tld="jp",
        title="Mr.", ftitle="Ms.", drtitle=["Dr."])

country("KR", name="the Republic of Korea", adj="Korean", lang="Korean", dates=["ymd.", "iso", "ymd. "], order="eastern",
        family=["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim"],
        m=["Min-jun", "Ji-hoon", "Do-yoon", "Jae-won", "Seung-ho", "Hyun-woo", "Dong-hyun"],
        f=["Seo-yeon", "Ha-eun", "Soo-jin", "Eun-ji", "Ji-woo", "Min-seo", "Yeon-hee"],
        cities=[("Gangnam-gu, Seoul", "06NNN", ""), ("Mapo-gu, Seoul", "04NNN", ""), ("Haeundae-gu, Busan", "48NNN", ""),
                ("Bundang-gu, Seongnam-si", "13NNN", ""), ("Suseong-gu, Daegu", "42NNN", "")],
        streets=["Teheran-ro", "Yanghwa-ro", "Haeundaehaebyeon-ro", "Pangyoyeok-ro", "Dalgubeol-daero"],
        land=["+82 2-NNN-NNNN", "02-NNNN-NNNN", "+82 51 NNN NNNN"],
        mob=["+82 10-NNNN-NNNN", "010-NNNN-NNNN", "+82 10 NNNN NNNN", "01NNNNNNNNN"],
        ssn=(["RRN", "resident registration no.", "주민등록번호"], lambda r: pattern(r, "NNNNNN-ZNNNNNN")),
        hp=(["NHIS card no.", "health insurance no."], lambda r: nz_digits(r, 11)),
        insurer=["NHIS", "Samsung Fire & Marine"],
        passport=lambda r: pattern(r, "MNNNNNNNN"),
        dl=lambda r: pattern(r, "NN-NN-NNNNNN-NN"),
        plate=lambda r: nz_digits(r, 2) + r.choice(["가", "나", "다", "라", "마"]) + " " + nz_digits(r, 4) if chance(r, 0.3) else nz_digits(r, 2) + r.choice(["Ga", "Na", "Da", "Ra", "Ma"]) + " " + nz_digits(r, 4),
        medreg=(["medical licence no.", "KMA licence"], lambda r: nz_digits(r, 6)),
        hospitals=["Hangang University Hospital (fictional)", "Seoul Gangnam Clinic (fictional)", "Haeundae Sarang Hospital"],
        domains=["naver.com", "daum.net", "gmail.com", "kakao.com"], tld="kr",
        title="Mr.", ftitle="Ms.", drtitle=["Dr."])

country("VN", name="Vietnam", adj="Vietnamese", lang="Vietnamese", dates=["dmy/", "d/m/y", "dmy-"], order="viet",
        family=["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do", "Nguyễn", "Trần", "Phạm"],
        mid_m=["Van", "Duc", "Minh", "Quang", "Văn"], mid_f=["Thi", "Ngoc", "Thu", "Thị"],
        m=["An", "Minh", "Tuan", "Hung", "Dung", "Khoa", "Long", "Bảo"],
        f=["Lan", "Hoa", "Mai", "Linh", "Thao", "Huong", "Trang", "Hằng"],
        cities=[("TP. Hồ Chí Minh", "700000", ""), ("Hà Nội", "100000", ""), ("Đà Nẵng", "550000", ""),
                ("Hai Phong", "180000", ""), ("Can Tho", "900000", "")],
        streets=["Nguyễn Huệ, Phường Bến Nghé, Quận 1", "ngõ 12 phố Huế, Hai Bà Trưng", "Le Loi Street, District 3",
                 "Bach Dang, Hai Chau", "Tran Hung Dao, Ward 5"],
        land=["+84 28 NNNN NNNN", "028 NNNN NNNN", "+84 24 NNNN NNNN"],
        mob=["+84 9N NNN NN NN", "09N NNN NNNN", "+84 3N NNN NNNN", "+849NNNNNNNN"],
        ssn=(["CCCD no.", "citizen ID (CCCD)"], lambda r: "0" + digits(r, 11)),
        hp=(["BHYT no.", "health insurance card (BHYT)"], lambda r: pattern(r, "AANNNNNNNNNNNNN")),
        insurer=["Vietnam Social Security (BHYT)", "Bao Viet Insurance"],
        passport=lambda r: pattern(r, "CNNNNNNN"),
        dl=lambda r: digits(r, 12),
        plate=lambda r: pattern(r, "NNA-NNN.NN"),
        medreg=(["practising certificate no.", "CCHN no."], lambda r: pattern(r, "NNNNNN`/HCM-CCHN`")),
        hospitals=["Saigon Riverside International Clinic (fictional)", "Benh vien Hoa Binh (fictional)", "Hanoi Family Medical Practice (fictional)"],
        domains=["gmail.com", "yahoo.com.vn", "outlook.com"], tld="vn",
        title="Mr.", ftitle="Ms.", drtitle=["Dr."])

country("CN", name="China", adj="Chinese", lang="Mandarin", dates=["iso", "ymd/", "iso", "cjk"], order="eastern",
        family=["Zhang", "Wang", "Li", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun"],
        m=["Wei", "Lei", "Jun", "Tao", "Ming", "Haoran", "Yifan", "Jianguo", "Zhiqiang"],
        f=["Fang", "Xiuying", "Jing", "Xiaoling", "Yan", "Li", "Meiling", "Xinyi"],
        cities=[("Chaoyang District, Beijing", "1000NN", ""), ("Pudong New Area, Shanghai", "2001NN", ""),
                ("Tianhe District, Guangzhou", "5106NN", ""), ("Nanshan District, Shenzhen", "5180NN", ""),
                ("Wuhou District, Chengdu", "6100NN", ""), ("Xihu District, Hangzhou", "3100NN", "")],
        streets=["Jianguo Road", "Century Avenue", "Tianhe North Road", "Keyuan South Road", "Renmin South Road", "Wensan Road"],
        land=["+86 10 NNNN NNNN", "010-NNNNNNNN", "+86 21 NNNN NNNN", "(020) NNNN NNNN"],
        mob=["+86 13N NNNN NNNN", "+86 18NNNNNNNNN", "13N-NNNN-NNNN", "+86 15N NNNN NNNN", "0086 13NNNNNNNNN"],
        ssn=(["resident ID no.", "ID card no. (身份证)", "citizen ID"], None),
        hp=(["social insurance card no.", "medical insurance no."], lambda r: pattern(r, "ANNNNNNNNN")),
        insurer=["Beijing Medical Insurance", "Ping An Health"],
        passport=lambda r: pattern(r, "ENNNNNNNN"),
        dl=lambda r: digits(r, 12),
        plate=lambda r: r.choice(["京A", "沪B", "粤B", "川A", "浙A"]) + pattern(r, "·XXXXX") if chance(r, 0.4) else r.choice(["Jing A", "Hu B", "Yue B", "Chuan A"]) + " " + pattern(r, "XXXXX"),
        medreg=(["physician practising certificate no.", "practising cert."], lambda r: nz_digits(r, 15)),
        hospitals=["Beijing Eastern Harmony Hospital (fictional)", "Shanghai Pudong Union Clinic (fictional)",
                   "Guangzhou Pearl River Hospital (fictional)"],
        domains=["qq.com", "163.com", "126.com", "sina.com"], tld="cn",
        title="Mr.", ftitle="Ms.", drtitle=["Dr."])

country("UA", name="Ukraine", adj="Ukrainian", lang="Ukrainian", dates=["dmy.", "dmy.", "d Month y"],
        m=["Oleksandr", "Andriy", "Dmytro", "Serhiy", "Mykola", "Taras", "Bohdan", "Yurii"],
        f=["Olena", "Oksana", "Nataliia", "Iryna", "Yuliia", "Kateryna", "Halyna", "Svitlana"],
        last=["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boyko", "Ponomarenko",
              "Hrytsenko", "Moroz", "Lysenko"],
        cities=[("Kyiv", "0NNNN", ""), ("Lviv", "79NNN", ""), ("Kharkiv", "61NNN", ""), ("Odesa", "65NNN", ""),
                ("Dnipro", "49NNN", ""), ("Vinnytsia", "21NNN", "")],
        streets=["vul. Khreshchatyk", "vul. Shevchenka", "prosp. Svobody", "vul. Franka", "vul. Sadova", "bulv. Lesi Ukrainky"],
        land=["+380 44 NNN NNNN", "044 NNN NN NN", "+380 32 NNN NN NN"],
        mob=["+380 67 NNN NN NN", "+380 50 NNN NNNN", "067-NNN-NN-NN", "+38093NNNNNNN", "098 NNN NN NN"],
        ssn=(["RNOKPP (tax no.)", "individual tax no.", "ІПН"], lambda r: nz_digits(r, 10)),
        hp=(["declaration no. (eHealth)", "eHealth patient ID"], lambda r: pattern(r, "XXXX-XXXX-XXXX")),
        insurer=["NHSU", "ARX Insurance"],
        passport=lambda r: pattern(r, "FANNNNNN").replace("F", "F"),
        dl=lambda r: pattern(r, "AAA NNNNNN"),
        plate=lambda r: pattern(r, "AA NNNN AA"),
        medreg=(["licence no.", "MoH cert. no."], lambda r: nz_digits(r, 6)),
        hospitals=["Kyiv City Clinical Hospital No. 7 (fictional)", "Lviv Regional Clinical Hospital (fictional)", "Dobrobut-style Clinic"],
        domains=["ukr.net", "gmail.com", "i.ua"], tld="ua",
        title="Mr.", ftitle="Mrs.", drtitle=["Dr."])

country("IE", name="Ireland", adj="Irish", lang="Irish", dates=["d/m/y", "dmy/", "d Month y"],
        m=["Seán", "Ciarán", "Pádraig", "Darragh", "Eoin", "Cathal", "Oisín"],
        f=["Siobhán", "Aoife", "Niamh", "Caoimhe", "Róisín", "Gráinne", "Sadhbh"],
        last=[("Ó Briain", "Ní Bhriain"), "Murphy", "Kelly", "O'Sullivan", "Walsh", "Byrne", ("Mac Carthaigh", "Nic Carthaigh"),
              ("Ó Súilleabháin", "Ní Shúilleabháin"), "Fitzgerald", "Ó Ceallaigh", "Kavanagh"],
        cities=[("Galway", "H91 AXNA", ""), ("Cork", "T12 AXNA", ""), ("Dublin 8", "D08 AXNA", ""), ("Limerick", "V94 AXNA", ""),
                ("Sligo", "F91 AXNA", ""), ("Dingle, Co. Kerry", "V92 AXNA", "")],
        streets=["Seaview Terrace, Salthill", "Main Street", "Church Road", "The Crescent", "Bóthar na Trá", "Oliver Plunkett Street"],
        land=["+353 1 NNN NNNN", "(091) NNN NNN", "+353 21 NNN NNNN"],
        mob=["+353 8N NNN NNNN", "08N NNN NNNN", "+3538NNNNNNNN"],
        ssn=(["PPSN", "PPS no."], lambda r: nz_digits(r, 7) + letters(r, 1) + r.choice(["", "A", "W"])),
        hp=(["medical card no.", "VHI member no.", "Irish EHIC no."], lambda r: pattern(r, "NNNNNNNNA")),
        insurer=["HSE", "VHI Healthcare", "Laya Healthcare"],
        passport=lambda r: pattern(r, "PANNNNNNN"),
        dl=lambda r: nz_digits(r, 9),
        plate=lambda r: r.choice(["231", "222", "191", "232", "242"]) + "-" + r.choice(["D", "G", "C", "KY", "L", "SO"]) + "-" + nz_digits(r, r.randint(3, 5)),
        medreg=(["IMC reg. no.", "Medical Council no."], lambda r: nz_digits(r, 6)),
        hospitals=["Western Bay Clinic (fictional)", "St Colmcille's Hospital (fictional)", "Salthill Medical Practice"],
        domains=["eircom.net", "gmail.com", "hotmail.com"], tld="ie",
        title="Mr", ftitle="Ms", drtitle=["Dr"])

country("SE", name="Sweden", adj="Swedish", lang="Swedish", dates=["iso", "sv", "iso"],
        m=["Erik", "Lars", "Anders", "Johan", "Oskar", "Björn", "Mikael"],
        f=["Ingrid", "Astrid", "Maja", "Karin", "Linnéa", "Elsa", "Sofia"],
        last=["Andersson", "Johansson", "Karlsson", "Nilsson", "Lindqvist", "Bergström", "Åberg", "Sjöberg", "Holmgren"],
        cities=[("Stockholm", "1NN NN", ""), ("Göteborg", "41N NN", ""), ("Malmö", "21N NN", ""), ("Uppsala", "75N NN", ""),
                ("Umeå", "90N NN", "")],
        streets=["Storgatan", "Drottninggatan", "Kungsgatan", "Sveavägen", "Vasagatan", "Linnégatan"],
        land=["+46 8 NNN NNN NN", "08-NNN NN NN", "+46 31 NN NN NN"],
        mob=["+46 70 NNN NN NN", "070-NNN NN NN", "+46 73 NNN NNNN", "+4676NNNNNNN"],
        ssn=(["personnummer", "pers.nr", "personal identity no."], lambda r: pattern(r, r.choice(["19NNNNNN-NNNN", "NNNNNN-NNNN"]))),
        hp=(["EHIC card no.", "Försäkringskassan card no."], lambda r: "8075" + digits(r, 16)),
        insurer=["Försäkringskassan", "Region Stockholm"],
        passport=lambda r: nz_digits(r, 8),
        dl=lambda r: pattern(r, "NNNNNNNN"),
        plate=lambda r: pattern(r, r.choice(["AAA NNN", "AAA NNA"])),
        medreg=(["legitimation no.", "HOSP reg."], lambda r: nz_digits(r, 6)),
        hospitals=["Vårdcentralen Norrmalm (fictional)", "Sjukhuset i Västerdal (fictional)"],
        domains=["telia.com", "gmail.com", "hotmail.se"], tld="se",
        title="Mr", ftitle="Ms", drtitle=["Dr", "leg. läkare"])

country("CI", name="Côte d'Ivoire", adj="Ivorian", lang="French", dates=["dmy/", "fr", "d/m/y"],
        m=["Jean-Baptiste", "Koffi", "Yao", "Kouadio", "Serge", "Didier", "Arsène"],
        f=["Adjoua", "Aya", "Marie-Louise", "Affoué", "Awa", "Estelle"],
        last=["Kouassi", "Koné", "Traoré", "Ouattara", "Yao", "N'Guessan", "Bamba", "Diabaté", "Konan", "Kouamé"],
        cities=[("Abidjan", "`01 BP `NNNN` Abidjan 01`", ""), ("Yamoussoukro", "`BP `NNN` Yamoussoukro`", ""), ("Bouaké", "`01 BP `NNNN` Bouaké 01`", "")],
        streets=["Cocody Riviera 3, rue des Jardins", "Boulevard Latrille, Cocody", "Marcory Zone 4, rue du Dr Blanchard",
                 "Plateau, avenue Chardy", "Yopougon Selmer, îlot 45"],
        land=["+225 27 NN NN NN NN", "27 NN NN NN NN"],
        mob=["+225 07 NN NN NN NN", "+225 05 NN NN NN NN", "07 NN NN NN NN", "+22501NNNNNNNN"],
        ssn=(["CNI no.", "national ID card no."], lambda r: pattern(r, "CINNNNNNNNN")),
        hp=(["CMU card no.", "CNAM no."], lambda r: nz_digits(r, 12)),
        insurer=["CNAM (CMU)", "MCI Assurances"],
        passport=lambda r: pattern(r, "NNAANNNNN"),
        dl=lambda r: pattern(r, "CI-NNNNNNNN"),
        plate=lambda r: pattern(r, "NNNN AA NN"),
        medreg=(["Ordre des Médecins n°"], lambda r: nz_digits(r, 4)),
        hospitals=["Polyclinique des Deux Plateaux (fictional)", "Clinique Sainte-Anne-Marie (fictional)"],
        domains=["gmail.com", "yahoo.fr", "aviso.ci"], tld="ci",
        title="M.", ftitle="Mme", drtitle=["Dr", "Pr"])

country("OM", name="Oman", adj="Omani", lang="Arabic", dates=["dmy/", "d/m/y", "d Month y"],
        m=["Mohammed", "Khalid", "Saeed", "Abdullah", "Sultan", "Hamad", "Salim"],
        f=["Fatima", "Maryam", "Aisha", "Noora", "Shamma", "Muna", "Asma"],
        last=["Al-Farsi", "Al-Balushi", "Al-Harthy", "Al-Rawahi", "Al-Hinai", "Al-Busaidi", "Al-Mahrouqi", "Al-Kindi"],
        cities=[("Muscat", "1NN", ""), ("Seeb", "111", ""), ("Salalah", "211", ""), ("Sohar", "311", ""), ("Nizwa", "611", "")],
        streets=["Way 3015, Al Khuwair", "Sultan Qaboos Street", "Way 2818, Madinat Sultan Qaboos", "Al Mouj Street", "Way 411, Al Ghubra"],
        land=["+968 24 NN NN NN", "+968 2NNN NNNN"],
        mob=["+968 9NNN NNNN", "+968 7NNN NNNN", "9NNNNNNN", "+9689NNNNNNN"],
        ssn=(["Civil ID", "civil no."], lambda r: nz_digits(r, 8)),
        hp=(["health card no.", "Dhamani policy no."], lambda r: pattern(r, "OM-NNNNNNN")),
        insurer=["Ministry of Health Oman", "Dhofar Insurance"],
        passport=lambda r: pattern(r, "NNNNNNNN"),
        dl=lambda r: nz_digits(r, 8),
        plate=lambda r: nz_digits(r, r.randint(4, 5)) + " " + letters(r, 2),
        medreg=(["OMSB licence", "MOH licence no."], lambda r: pattern(r, "NNNNN")),
        hospitals=["Muscat Coastal Hospital (fictional)", "Al Khuwair Polyclinic (fictional)"],
        domains=["gmail.com", "omantel.net.om", "hotmail.com"], tld="om",
        title="Mr.", ftitle="Mrs.", drtitle=["Dr."])

country("CL", name="Chile", adj="Chilean", lang="Spanish", dates=["dmy-", "dmy/", "es"],
        m=["Matías", "Benjamín", "Cristóbal", "Felipe", "Rodrigo", "Sebastián", "Vicente"],
        f=["Constanza", "Catalina", "Francisca", "Javiera", "Valentina", "Antonia", "Trinidad"],
        last=["Muñoz Rojas", "Rojas", "Díaz Soto", "Soto", "Contreras Silva", "Sepúlveda", "Valenzuela Araya", "Araya",
              "González Fuentes", "Pizarro"],
        cities=[("Santiago", "75NNNNN", "Región Metropolitana"), ("Valparaíso", "23NNNNN", "Región de Valparaíso"),
                ("Concepción", "40NNNNN", "Región del Biobío"), ("Viña del Mar", "25NNNNN", "Región de Valparaíso"),
                ("Temuco", "47NNNNN", "Región de La Araucanía")],
        streets=["Av. Providencia", "Av. Libertador Bernardo O'Higgins", "Calle Huérfanos", "Av. Apoquindo", "Pasaje Los Aromos"],
        land=["+56 2 2NNN NNNN", "(2) 2NNN NNNN"],
        mob=["+56 9 NNNN NNNN", "+569NNNNNNNN", "9 NNNN NNNN"],
        ssn=(["RUT", "RUN", "RUT nº"], lambda r: "%d.%s.%s-%s" % (r.randint(5, 25), digits(r, 3), digits(r, 3), r.choice("0123456789K"))),
        hp=(["FONASA no.", "Isapre afiliado nº"], lambda r: nz_digits(r, 9)),
        insurer=["FONASA", "Isapre Colmena", "Isapre Cruz Blanca"],
        passport=lambda r: pattern(r, "FNNNNNNN"),
        dl=lambda r: nz_digits(r, 8),
        plate=lambda r: pattern(r, r.choice(["AAAA-NN", "AA-NNNN", "AA·AA·NN"])),
        medreg=(["Registro Superintendencia nº", "RSS"], lambda r: nz_digits(r, 6)),
        hospitals=["Clínica Los Andes del Sur (fictional)", "Hospital del Trabajador de Valdivia (fictional)"],
        domains=["gmail.com", "hotmail.cl", "vtr.net"], tld="cl",
        title="Sr.", ftitle="Sra.", drtitle=["Dr.", "Dra."])

country("PK", name="Pakistan", adj="Pakistani", lang="Urdu", dates=["dmy-", "dmy/", "dth Month y"],
        m=["Imran", "Usman", "Bilal", "Faisal", "Hamza", "Tariq"],
        f=["Ayesha", "Sana", "Hira", "Mehwish", "Saima", "Zainab"],
        last=["Qureshi", "Malik", "Chaudhry", "Siddiqui", "Butt", "Raza", "Hussain", "Sheikh"],
        cities=[("Lahore", "54NNN", "Punjab"), ("Karachi", "75NNN", "Sindh"), ("Islamabad", "44NNN", "ICT"),
                ("Rawalpindi", "46NNN", "Punjab"), ("Peshawar", "25NNN", "KP")],
        streets=["Street 12, Sector F-7/2", "Block C, Gulberg III", "Main Boulevard, DHA Phase 5", "Mall Road",
                 "Shahrah-e-Faisal"],
        land=["+92 42 NNNN NNNN", "042-NNNNNNNN", "+92 21 NNNNNNNN"],
        mob=["+92 3NN NNNNNNN", "03NN-NNNNNNN", "+923NNNNNNNNN", "03NN NNNNNNN"],
        ssn=(["CNIC", "CNIC no."], lambda r: pattern(r, "NNNNN-NNNNNNN-N")),
        hp=(["Sehat card no.", "State Life policy no."], lambda r: nz_digits(r, 10)),
        insurer=["Sehat Sahulat", "State Life", "Jubilee Life"],
        passport=lambda r: pattern(r, "AANNNNNNN"),
        dl=lambda r: pattern(r, "LHR-NNNNNN"),
        plate=lambda r: pattern(r, r.choice(["LEA-NNNN", "ABC-NNN", "`IDN`-NNNN"])),
        medreg=(["PMDC reg. no.", "PM&DC no."], lambda r: pattern(r, "NNNNN-P")),
        hospitals=["Ravi Valley Hospital (fictional)", "Margalla Family Clinic (fictional)"],
        domains=["gmail.com", "hotmail.com", "yahoo.com"], tld="pk",
        title="Mr.", ftitle="Mrs.", drtitle=["Dr."])

ABROAD = [cc for cc in C]

# --------------------------------------------------------------------------
# host countries (where the receiving hospital is)

HOSTS = {}


def host(cc, **kw):
    kw["cc"] = cc
    HOSTS[cc] = kw


host("US", name="United States", dates=["mdy/", "m/d/yy", "Month d, y", "m/d/y", "Mon d, y"],
     m=["Michael", "Robert", "Kevin", "Daniel", "Brian", "Marcus", "Tyler"],
     f=["Jennifer", "Ashley", "Melissa", "Rachel", "Tamika", "Laura", "Dana"],
     last=["Johnson", "Miller", "Davis", "Rodriguez", "Anderson", "Jackson", "Whitman", "Kowalczyk", "Okafor-Reed",
           "Hartley", "Brennan", "Delgado"],
     hospitals=["Bayview Regional Medical Center", "St. Aloysius University Hospital", "Mercy Valley Health",
                "Lakeside Memorial Hospital", "Harborview-style General (fictional)"],
     cities=[("Boston", "MA", "021NN"), ("Houston", "TX", "770NN"), ("Miami", "FL", "331NN"), ("Seattle", "WA", "981NN"),
             ("Chicago", "IL", "606NN"), ("Newark", "NJ", "071NN"), ("San Diego", "CA", "921NN"), ("Rochester", "MN", "559NN")],
     streets=["Oak Avenue", "Harbor Street", "Elm Drive", "Commonwealth Ave", "Medical Center Blvd", "Lakeshore Dr",
              "Maple Court", "W 5th St"],
     phone=["(ZNN) 555-NNNN", "ZNN-555-NNNN", "+1 ZNN 555 NNNN", "ZNN.555.NNNN", "1-ZNN-555-NNNN"],
     mrn=(["MRN", "MR#", "Med Rec #", "Medical Record No."], lambda r: pattern(r, r.choice(["NNNNNNNN", "MNNNNNNN", "NN-NNN-NNN"]))),
     acct=(["Acct #", "Account No.", "Encounter acct", "HAR"], lambda r: nz_digits(r, 10)),
     hp=(["Member ID", "Subscriber ID", "Policy #", "Medicaid ID"], lambda r: pattern(r, r.choice(["AAANNNNNNNNN", "NNNNNNNNNA", "ANNNNNNNN"]))),
     ssn=(["SSN", "Social Security No."], lambda r: "%s-%s-%s" % (nz_digits(r, 3), digits(r, 2), digits(r, 4))),
     lic=(["NPI", "State license #", "DEA"], None), domain="bayviewhealth.example.org",
     title="Mr.", ftitle="Ms.", dr="Dr.")

host("UK", name="United Kingdom", dates=["dmy/", "d Month y", "d Mon y", "dd-MON-yyyy", "d/m/y"],
     m=["James", "Oliver", "Thomas", "Harry", "David", "Ian", "Gareth", "Rhys"],
     f=["Sarah", "Emma", "Charlotte", "Helen", "Fiona", "Rebecca", "Claire", "Bethan"],
     last=["Smith", "Jones", "Taylor", "Brown", "Williams", "Evans", "Thompson", "Hughes", "Cartwright", "Pemberton",
           "McAllister", "Fraser", "Okoro", "Chaudhry"],
     hospitals=["Royal Kingsbridge Infirmary", "St Brendan's General Hospital", "Northgate University Hospitals NHS Trust",
                "Queen Adelaide Hospital", "Westmere Community Hospital"],
     cities=[("London", "", "SWN NAA"), ("Manchester", "", "MN NAA"), ("Leeds", "", "LSN NAA"), ("Bristol", "", "BSN NAA"),
             ("Cardiff", "", "CFNN NAA"), ("Glasgow", "", "GNN NAA"), ("Brighton", "", "BNN NAA"), ("Oxford", "", "`OX`N NAA")],
     streets=["Station Road", "Marlborough Road", "Victoria Street", "Church Lane", "Kingsway", "Mill Lane",
              "Queen's Drive", "The Green"],
     phone=["020 7946 0NNN", "0161 496 0NNN", "+44 113 496 0NNN", "0117 496 0NNN", "07700 900NNN", "+44 7700 900NNN"],
     mrn=(["Hospital No.", "Hosp no", "MRN", "Unit No.", "RX number"], lambda r: pattern(r, r.choice(["ANNNNNNN", "`RX`NNNNNNN", "NNNNNNN"]))),
     acct=(["Billing ref", "Account no.", "Overseas billing acct", "Invoice account"], lambda r: pattern(r, "OVNNNNNNN")),
     hp=(["NHS No.", "NHS number"], lambda r: "%s %s %s" % (nz_digits(r, 3), digits(r, 3), digits(r, 4))),
     ssn=(["NI number", "National Insurance No."], lambda r: pattern(r, "AA NN NN NN ") + r.choice("ABCD")),
     lic=(["GMC", "GMC No.", "GMC ref"], lambda r: nz_digits(r, 7)), domain="nhs.example.uk",
     title="Mr", ftitle="Ms", dr="Dr")

host("CA", name="Canada", dates=["iso", "Month d, y", "dmy/", "d Mon y", "iso"],
     m=["Ryan", "Marc-André", "Connor", "Étienne", "Jason", "Raj", "Mathieu"],
     f=["Amélie", "Jessica", "Geneviève", "Megan", "Nadia", "Chantal", "Priyanka"],
     last=["Tremblay", "Gagnon", "Roy", "MacDonald", "Campbell", "Bouchard", "Lavoie", "Singh", "Wong", "Côté", "Fortin"],
     hospitals=["Lakeshore Regional Health Centre", "Hôpital Sainte-Geneviève (fictional)", "Fraser Valley General",
                "Northern Lights Health Sciences Centre", "Rideau Community Hospital"],
     cities=[("Toronto", "ON", "MNA NAN"), ("Montréal", "QC", "HNA NAN"), ("Vancouver", "BC", "VNA NAN"),
             ("Calgary", "AB", "TNA NAN"), ("Ottawa", "ON", "KNA NAN"), ("Halifax", "NS", "BNA NAN"), ("Winnipeg", "MB", "RNA NAN")],
     streets=["King St W", "Rue Saint-Denis", "Granville St", "17 Ave SW", "Bank Street", "Spring Garden Rd", "Portage Ave"],
     phone=["(416) 555-0NNN", "514-555-0NNN", "+1 604 555 0NNN", "613.555.0NNN", "1 (902) 555-0NNN"],
     mrn=(["MRN", "Chart #", "No. de dossier", "Hospital chart no."], lambda r: pattern(r, r.choice(["NNNNNNN", "HNNNNNN", "NNNN-NNNN"]))),
     acct=(["Visit acct", "Account #", "Billing no."], lambda r: pattern(r, "VNNNNNNNNN")),
     hp=(["OHIP", "OHIP #", "RAMQ", "MSP (BC)", "AHCIP"], None),
     ssn=(["SIN", "Social Insurance No."], lambda r: "%s %s %s" % (nz_digits(r, 3), digits(r, 3), digits(r, 3))),
     lic=(["CPSO #", "Licence no.", "CMQ permit"], lambda r: nz_digits(r, 5)), domain="lrhc.example.ca",
     title="Mr.", ftitle="Ms.", dr="Dr.")

host("AU", name="Australia", dates=["dmy/", "d Month y", "d/m/y", "d Mon y"],
     m=["Liam", "Jack", "Lachlan", "Cooper", "Nathan", "Hamish", "Tom"],
     f=["Chloe", "Mia", "Matilda", "Jess", "Bronwyn", "Kylie", "Sienna"],
     last=["Smith", "Nguyen", "Kelly", "Ryan", "O'Brien", "Walker", "Wilson", "Papadopoulos", "Tran", "Campbell", "Murray"],
     hospitals=["Harbourside Base Hospital", "St Vincent's-style Private (fictional)", "Coral Coast Health Service",
                "Eastern Suburbs District Hospital", "Southern Cross Regional"],
     cities=[("Sydney", "NSW", "20NN"), ("Melbourne", "VIC", "30NN"), ("Fitzroy", "VIC", "3065"), ("Brisbane", "QLD", "40NN"),
             ("Cairns", "QLD", "4870"), ("Perth", "WA", "60NN"), ("Adelaide", "SA", "50NN"), ("Darwin", "NT", "0800")],
     streets=["George Street", "Smith St", "Esplanade", "Beach Road", "Collins Street", "Anzac Parade", "Queen St"],
     phone=["(02) 5550 NNNN", "+61 3 5550 NNNN", "0491 570 NNN", "+61 491 570 NNN", "07 5550 NNNN"],
     mrn=(["UR", "UR No.", "URN", "MRN"], lambda r: nz_digits(r, 7)),
     acct=(["Episode acct", "Account no.", "Billing ref"], lambda r: pattern(r, "ENNNNNNNN")),
     hp=(["Medicare No.", "Medicare card", "OVHC policy", "OSHC member no."], None),
     ssn=(["TFN", "Tax File No."], lambda r: "%s %s %s" % (digits(r, 3), digits(r, 3), digits(r, 3))),
     lic=(["AHPRA", "AHPRA reg.", "Prescriber no."], lambda r: "MED000" + digits(r, 7)), domain="health.example.gov.au",
     title="Mr", ftitle="Ms", dr="Dr")


# --------------------------------------------------------------------------
# generators

def make_person(rng, cc, sex=None, table=None):
    t = table if table is not None else (C.get(cc) or HOSTS[cc])
    sex = sex or rng.choice("MF")
    given = rng.choice(t["m"] if sex == "M" else t["f"])
    order = t.get("order", "western")
    if order == "viet":
        fam = rng.choice(t["family"])
        mid = rng.choice(t["mid_m"] if sex == "M" else t["mid_f"])
        return Person(given, fam, sex, cc, "viet", mid)
    if order == "eastern":
        return Person(given, rng.choice(t["family"]), sex, cc, "eastern")
    fam = rng.choice(t["last"])
    if isinstance(fam, tuple):
        fam = fam[0] if sex == "M" else fam[1]
    p = Person(given, fam, sex, cc, "western")
    if order == "japanese" and chance(rng, 0.3):
        p.order = "eastern"
    return p


def host_person(rng, hc, sex=None):
    return make_person(rng, hc, sex, HOSTS[hc])


def phone(rng, cc, kind=None):
    t = C.get(cc) or HOSTS[cc]
    if cc in HOSTS and cc not in C:
        return pattern(rng, rng.choice(t["phone"]))
    kind = kind or rng.choice(["land", "mob", "mob"])
    return pattern(rng, rng.choice(t[kind]))


def chat_phone(rng, cc):
    """A mobile number as people type it."""
    p = phone(rng, cc, "mob") if cc in C else phone(rng, cc)
    v = rng.random()
    if v < 0.3:
        return p.replace(" ", "")
    if v < 0.45:
        return p.replace(" ", "-")
    if v < 0.55 and p.startswith("+"):
        return "00" + p[1:]
    return p


def email(rng, person, domain=None):
    t = C.get(person.cc) or HOSTS.get(person.cc)
    if domain is None:
        domain = rng.choice(t.get("domains", ["gmail.com", "outlook.com"]))
    return "%s@%s" % (person.email_local(rng), domain)


def org_domain(rng, cc, org):
    t = C.get(cc)
    tld = t["tld"] if t else "example.org"
    words = [slug(w) for w in org.replace("(fictional)", "").replace("-", " ").split() if len(slug(w)) > 2]
    base = "-".join(words[:3]) if chance(rng, 0.5) else "".join(w[:4] for w in words[:3])
    return "%s.%s" % (base or "clinic", tld)


def staff_email(rng, person, dom):
    g, f = slug(person.given), slug(person.family)
    return rng.choice(["%s.%s@%s" % (g, f, dom), "%s%s@%s" % (g[0], f, dom), "%s@%s" % (f, dom),
                       "dr.%s@%s" % (f, dom)])


def url(rng, dom):
    return rng.choice(["www.%s" % dom, "https://www.%s" % dom, "https://%s/" % dom, "http://www.%s/kontakt" % dom,
                       "https://www.%s/en/international-patients" % dom])


def passport(rng, cc):
    return C[cc]["passport"](rng) if cc in C else pattern(rng, "NNNNNNNNN")


def plate(rng, cc):
    return C[cc]["plate"](rng)


def driving_licence(rng, cc):
    return C[cc]["dl"](rng)


def med_reg(rng, cc):
    labels, gen = C[cc]["medreg"]
    return rng.choice(labels), gen(rng)


# national identity numbers (ssn-equivalents)

def _cf(rng, p):
    cons = lambda s: [c for c in ascii_fold(s).upper() if c.isalpha() and c not in "AEIOU"]
    fam = (cons(p.family) + ["X", "X", "X"])[:3]
    giv = (cons(p.given) + ["X", "X", "X"])[:3]
    return "".join(fam) + "".join(giv) + pattern(rng, "NN") + rng.choice("ABCDEHLMPRST") + pattern(rng, "NN") + \
        rng.choice("ADFHLMR") + pattern(rng, "NNN") + letters(rng, 1)


def national_id(rng, p, cc, dob=None):
    """Returns (label, value) of a national identity / tax / civil number."""
    t = C[cc]
    labels, gen = t["ssn"]
    label = rng.choice(labels)
    if cc == "IT":
        return label, _cf(rng, p)
    if cc == "ES":
        if label == "NIE" or (label == "DNI/NIE" and chance(rng, 0.4)):
            return label, rng.choice("XYZ") + digits(rng, 7) + letters(rng, 1)
        return label, nz_digits(rng, 8) + letters(rng, 1)
    if cc == "FR":
        y = dob.year % 100 if dob else rng.randint(30, 99)
        m = dob.month if dob else rng.randint(1, 12)
        return label, "%d %02d %02d %s %s %s %s" % (1 if p.sex == "M" else 2, y, m, digits(rng, 2), digits(rng, 3),
                                                    digits(rng, 3), digits(rng, 2))
    if cc == "MX":
        fa = ascii_fold(p.family).upper().replace(" ", "")
        gi = ascii_fold(p.given).upper()
        vow = next((c for c in fa[1:] if c in "AEIOU"), "X")
        y = dob.year % 100 if dob else rng.randint(40, 99)
        mo = dob.month if dob else rng.randint(1, 12)
        dd = dob.day if dob else rng.randint(1, 28)
        return label, "%s%s%s%s%02d%02d%02d%s%s%s%s" % (
            fa[0], vow, letters(rng, 1), gi[0], y, mo, dd, "H" if p.sex == "M" else "M",
            rng.choice(["DF", "JC", "NL", "PL", "YN", "OC"]), letters(rng, 3), pattern(rng, "XN"))
    if cc == "CN":
        if dob:
            return label, "%s%04d%02d%02d%s" % (nz_digits(rng, 6), dob.year, dob.month, dob.day, pattern(rng, "NNN") + rng.choice("0123456789X"))
        return label, nz_digits(rng, 17) + rng.choice("0123456789X")
    if cc == "DK" and dob:
        return label, "%02d%02d%02d-%s" % (dob.day, dob.month, dob.year % 100, digits(rng, 4))
    if cc == "SE" and dob:
        if chance(rng, 0.5):
            return label, "%04d%02d%02d-%s" % (dob.year, dob.month, dob.day, digits(rng, 4))
        return label, "%02d%02d%02d-%s" % (dob.year % 100, dob.month, dob.day, digits(rng, 4))
    if cc == "KR" and dob:
        return label, "%02d%02d%02d-%s" % (dob.year % 100, dob.month, dob.day, ("1" if p.sex == "M" else "2") + digits(rng, 6))
    if cc == "PL" and dob:
        mm = dob.month + (20 if dob.year >= 2000 else 0)
        return label, "%02d%02d%02d%s" % (dob.year % 100, mm, dob.day, digits(rng, 5))
    return label, gen(rng)


def health_number(rng, cc):
    t = C[cc]
    labels, gen = t["hp"]
    return rng.choice(labels), gen(rng)


def host_health_number(rng, hc):
    t = HOSTS[hc]
    labels, gen = t["hp"]
    label = rng.choice(labels)
    if gen is not None:
        return label, gen(rng)
    if hc == "CA":
        if label.startswith("OHIP"):
            return label, pattern(rng, rng.choice(["NNNN-NNN-NNN-AA", "NNNN NNN NNN AA", "NNNNNNNNNN"]))
        if label == "RAMQ":
            return label, pattern(rng, "AAAA NNNN NNNN")
        return label, pattern(rng, "9NNN NNN NNN")
    if hc == "AU":
        if label.startswith("Medicare"):
            return label, pattern(rng, rng.choice(["ZNNN NNNNN N", "ZNNNNNNNNN", "ZNNN NNNNN N-N"]))
        return label, pattern(rng, rng.choice(["NNNNNNNN", "OSHC-NNNNNNN", "ANNNNNNNN"]))
    raise ValueError(hc)


def host_license(rng, hc):
    labels, gen = HOSTS[hc]["lic"]
    label = rng.choice(labels)
    if hc == "US":
        if label == "NPI":
            return label, nz_digits(rng, 10)
        if label == "DEA":
            return label, letters(rng, 2) + digits(rng, 7)
        return label, pattern(rng, rng.choice(["ANNNNN", "NNNNNN", "MDNNNNNN"]))
    return label, gen(rng)


def host_mrn(rng, hc):
    labels, gen = HOSTS[hc]["mrn"]
    return rng.choice(labels), gen(rng)


def host_acct(rng, hc):
    labels, gen = HOSTS[hc]["acct"]
    return rng.choice(labels), gen(rng)


# --------------------------------------------------------------------------
# addresses

class Address:
    def __init__(self, lines, city, postcode, one=None, street=None, region=""):
        self.lines = lines          # local multi-line format (without country)
        self.city = city
        self.postcode = postcode
        self.one = one or ", ".join(lines)
        self.street = street or lines[0]
        self.region = region

    def locality(self):
        return self.lines[-1]


def _pc(rng, pat):
    return pattern(rng, pat)


def make_address(rng, cc):
    t = C[cc]
    city, pcp, region = rng.choice(t["cities"])
    pc = _pc(rng, pcp)
    st = rng.choice(t["streets"])
    n = str(rng.randint(1, 180))
    if cc == "DE":
        extra = rng.choice(["", "", ", 2. OG", ", Hinterhaus", " a", ", App. %d" % rng.randint(1, 40)])
        street = "%s %s%s" % (st, n, extra)
        return Address([street, "%s %s" % (pc, city)], city, pc)
    if cc == "PL":
        street = "ul. %s %s%s" % (st, n, rng.choice(["", " m. %d" % rng.randint(1, 60), "/%d" % rng.randint(1, 60)]))
        return Address([street, "%s %s" % (pc, city)], city, pc)
    if cc == "DK":
        street = "%s %s%s" % (st, n, rng.choice(["", ", 2. th.", ", 1. tv.", ", st. mf.", ", 4."]))
        return Address([street, "%s %s" % (pc, city)], city, pc)
    if cc == "NL":
        street = "%s %s%s" % (st, n, rng.choice(["", "-1", " hs", "-II", " A"]))
        return Address([street, "%s %s" % (pc, city.upper() if chance(rng, 0.3) else city)], city, pc)
    if cc == "IT":
        street = "%s, %s" % (st, n) if chance(rng, 0.5) else "%s %s" % (st, n)
        loc = "%s %s (%s)" % (pc, city, region) if chance(rng, 0.5) else "%s %s %s" % (pc, city, region)
        one = "%s - %s" % (street, loc) if chance(rng, 0.4) else None
        return Address([street, loc], city, pc, one=one)
    if cc == "ES":
        street = "%s, %s%s" % (st, n, rng.choice(["", ", 3º B", ", 2º izda.", ", 1º dcha.", ", bajo", ", 4º 2ª", ", esc. A, 5º C"]))
        return Address([street, "%s %s" % (pc, city)], city, pc, region=region)
    if cc == "PT":
        street = "%s, %s%s" % (st, n, rng.choice(["", ", 2º Esq.", ", 3º Dto.", ", r/c", ", 1º Frente"]))
        return Address([street, "%s %s" % (pc, city)], city, pc)
    if cc == "FR":
        street = "%s%s %s" % (n, rng.choice(["", "", " bis", " ter"]), st)
        lines = [street, "%s %s" % (pc, city.upper() if chance(rng, 0.4) else city)]
        if chance(rng, 0.25):
            lines.insert(0, rng.choice(["Bât. B, esc. 2", "Résidence Les Pins, appt 14", "Appartement 32"]))
        return Address(lines, city, pc)
    if cc == "BR":
        street = "%s, %s%s" % (st, n, rng.choice(["", ", apto 45", ", ap. 1201", ", casa 2", ", bloco B, apto 302"]))
        bairro = rng.choice(t["bairros"])
        lines = [street + " - " + bairro, "%s - %s, %s" % (city, region, pc)]
        return Address(lines, city, pc, region=region)
    if cc == "MX":
        street = "%s %s%s" % (st, n, rng.choice(["", " Int. 4", " Depto. 302", ", Piso 2"]))
        col = rng.choice(t["colonias"])
        lines = [street, col, "C.P. %s, %s, %s" % (pc, city, region) if chance(rng, 0.5) else "%s %s, %s" % (pc, city, region)]
        return Address(lines, city, pc, region=region)
    if cc == "IN":
        flat = rng.choice(["Flat %d, %s" % (rng.randint(101, 1204), rng.choice(["Sai Krupa Apartments", "Prestige Lakeside Towers",
                                                                                   "Green Park Residency", "Shanti Niketan Society"])),
                           "H.No. %d-%d-%d" % (rng.randint(1, 20), rng.randint(1, 9), rng.randint(100, 999)),
                           "No. %d" % rng.randint(1, 300), "Door No. %d/%d" % (rng.randint(1, 90), rng.randint(1, 30))])
        street = "%s, %s" % (flat, st)
        loc = rng.choice(["%s, %s %s" % (city, region, pc), "%s - %s" % (city, pc), "%s %s, %s" % (city, pc, region)])
        return Address([flat, st, loc], city, pc, street=street, region=region)
    if cc == "PH":
        unit = rng.choice(["Unit %d%s, Tower %d" % (rng.randint(2, 40), rng.choice("ABCDE"), rng.randint(1, 3)),
                           "Blk %d Lot %d" % (rng.randint(1, 40), rng.randint(1, 30)), "%d" % rng.randint(1, 900)])
        street = "%s, %s %s" % (unit, n, st) if not unit.isdigit() else "%s %s" % (unit, st)
        brgy = rng.choice(["Brgy. San Antonio", "Brgy. Bel-Air", "Brgy. Loyola Heights", "Brgy. Lahug"])
        loc = "%s, %s %s" % (brgy, city, pc) if chance(rng, 0.5) else "%s %s, %s" % (pc, city, region)
        return Address([street, loc], city, pc, region=region)
    if cc == "NG":
        street = rng.choice(["Plot %s, %s", "No. %s %s", "%s %s", "Flat 3, Block %s, %s"]) % (n, st)
        return Address([street, "%s, %s" % (city, region) if chance(rng, 0.5) else city], city, pc, region=region)
    if cc == "KE":
        if chance(rng, 0.4):
            box = "P.O. Box %d-%s" % (rng.randint(100, 99999), pc)
            return Address([box, city], city, pc)
        street = rng.choice(["Apartment %d%s, %s Heights, %s" % (rng.randint(1, 12), rng.choice("ABCD"), rng.choice(["Kilimani", "Riverside", "Jacaranda"]), st),
                             "House %s, %s" % (n, st)])
        return Address([street, city], city, pc)
    if cc == "EG":
        street = "%s %s%s" % (n, st, rng.choice(["", ", Apt. %d" % rng.randint(1, 30), ", Floor %d" % rng.randint(1, 12)]))
        return Address([street, "%s %s" % (city, pc)], city, pc)
    if cc == "TR":
        street = "%s No: %s%s" % (st, n, rng.choice(["", " D: %d" % rng.randint(1, 30), " Daire:%d" % rng.randint(1, 30), "/%d" % rng.randint(1, 30)]))
        return Address([street, "%s %s/%s" % (pc, region, city)], city, pc, region=region)
    if cc == "JP":
        chome = "%d-%d-%d %s" % (rng.randint(1, 5), rng.randint(1, 30), rng.randint(1, 20), st)
        bld = rng.choice(["", "Room %d, %s, " % (rng.randint(101, 1203), rng.choice(["Sakura Mansion", "Grand Heights", "Maison Aoyama"]))])
        street = bld + chome
        return Address([street, "%s %s" % (city, pc)], city, pc)
    if cc == "KR":
        street = "%s%d %s%s" % (rng.choice(["Apt %d-%d, " % (rng.randint(101, 120), rng.randint(101, 2503)), ""]), rng.randint(1, 400),
                                st, rng.choice(["", " %d-gil" % rng.randint(1, 40)]))
        return Address([street, "%s %s" % (city, pc)], city, pc)
    if cc == "VN":
        street = "%s %s" % (rng.choice(["Số %s" % n, n, "%s/%d" % (n, rng.randint(1, 40))]), st)
        return Address([street, city], city, pc)
    if cc == "CN":
        street = "Room %d, Building %d, %s %s" % (rng.randint(101, 2805), rng.randint(1, 12), n, st)
        return Address([street, "%s %s" % (city, pc)], city, pc)
    if cc == "UA":
        street = "%s, %s%s" % (st, n, rng.choice(["", ", kv. %d" % rng.randint(1, 120), ", apt. %d" % rng.randint(1, 120)]))
        return Address([street, "%s %s" % (city, pc)], city, pc)
    if cc == "IE":
        street = "%s %s" % (n, st)
        return Address([street, "%s %s" % (city, pc)], city, pc)
    if cc == "SE":
        street = "%s %s%s" % (st, n, rng.choice(["", " lgh %d" % rng.randint(1001, 1504), ", 3 tr"]))
        return Address([street, "%s %s" % (pc, city.upper() if chance(rng, 0.3) else city)], city, pc)
    if cc == "CI":
        street = st + rng.choice(["", ", villa %d" % rng.randint(1, 200), ", lot %d" % rng.randint(1, 900)])
        return Address([street, pc], city, None, one="%s, %s" % (street, pc))
    if cc == "OM":
        street = "House %s, %s" % (n, st)
        return Address([street, "P.C. %s, %s" % (pc, city) if chance(rng, 0.5) else "%s %s" % (city, pc)], city, pc)
    if cc == "CL":
        street = "%s %s%s" % (st, n, rng.choice(["", ", Depto. %d" % rng.randint(11, 1802), ", Casa %s" % rng.choice("ABC"), ", of. %d" % rng.randint(100, 900)]))
        return Address([street, "%s, %s" % (city, region) if chance(rng, 0.5) else city], city, pc, region=region)
    if cc == "PK":
        street = "House No. %s, %s" % (n, st)
        return Address([street, "%s %s" % (city, pc)], city, pc)
    raise ValueError(cc)


def make_host_address(rng, hc, kind="home"):
    t = HOSTS[hc]
    city, st_, pcp = rng.choice(t["cities"])
    pc = pattern(rng, pcp)
    st = rng.choice(t["streets"])
    n = rng.randint(1, 4999) if hc in ("US", "CA") else rng.randint(1, 260)
    if hc == "US":
        unit = rng.choice(["", "", ", Apt %d%s" % (rng.randint(1, 9), rng.choice("ABCD")), ", Suite %d" % rng.randint(100, 900)])
        street = "%d %s%s" % (n, st, unit)
        return Address([street, "%s, %s %s" % (city, st_, pc)], city, pc, region=st_)
    if hc == "UK":
        unit = rng.choice(["", "", "Flat %d, " % rng.randint(1, 30), "%s Cottage, " % rng.choice(["Rose", "Ivy", "Mill"])])
        street = "%s%d %s" % (unit, n, st)
        return Address([street, "%s %s" % (city, pc)], city, pc)
    if hc == "CA":
        if chance(rng, 0.4):
            street = "%d-%d %s" % (rng.randint(101, 2405), n, st)
        else:
            street = "%d %s%s" % (n, st, rng.choice(["", ", Unit %d" % rng.randint(100, 2400)]))
        return Address([street, "%s %s  %s" % (city, st_, pc) if chance(rng, 0.3) else "%s, %s %s" % (city, st_, pc)], city, pc,
                       region=st_)
    if hc == "AU":
        street = rng.choice(["%d/%d %s" % (rng.randint(1, 40), n, st), "Unit %d, %d %s" % (rng.randint(1, 40), n, st), "%d %s" % (n, st)])
        return Address([street, "%s %s %s" % (city.upper() if chance(rng, 0.3) else city, st_, pc)], city, pc, region=st_)
    raise ValueError(hc)


def military_address(rng, p, which=None):
    v = rng.choice([
        "PSC %d, Box %d" % (rng.randint(1, 999), rng.randint(1, 9999)),
        "Unit %d Box %d" % (rng.randint(2000, 9999), rng.randint(1, 9999)),
        "CMR %d Box %d" % (rng.randint(400, 499), rng.randint(1, 999)),
        "USS %s" % rng.choice(["Resolute", "Harborline", "Meridian"]),
    ])
    aps = [("APO", "AE", "09NNN"), ("APO", "AP", "96NNN"), ("FPO", "AP", "966NN"), ("DPO", "AE", "098NN"),
           ("FPO", "AE", "095NN"), ("APO", "AA", "340NN")]
    ap = rng.choice(aps) if which is None else aps[which % len(aps)]
    pc = pattern(rng, ap[2])
    if v.startswith("USS") and ap[0] != "DPO":
        ap = ("FPO", rng.choice(["AP", "AE"]), "")
        pc = pattern(rng, "96NNN-NNNN") if ap[1] == "AP" else pattern(rng, "095NN-NNNN")
    loc = "%s %s %s" % (ap[0], ap[1], pc)
    return Address([v, loc], ap[0], pc, one="%s, %s" % (v, loc))


def town(rng, cc):
    t = C.get(cc) or HOSTS[cc]
    return rng.choice(t["cities"])[0]


def date_style(rng, cc):
    t = C.get(cc) or HOSTS[cc]
    st = rng.choice(t["dates"])
    if st == "cjk" and not chance(rng, 0.35):
        st = "iso"
    return st


def vin(rng):
    wmi = rng.choice(["WVW", "WBA", "VF1", "ZFA", "JTD", "KMH", "SAL", "YV1", "TMB", "WDD", "VSS", "JHM", "1HG", "2T1", "5YJ", "LSV"])
    alph = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return wmi + "".join(rng.choice(alph) for _ in range(5)) + rng.choice("0123456789X") + \
        rng.choice("KLMNPRS") + rng.choice(alph) + digits(rng, 6)


CAR_MAKES = ["Volkswagen Golf", "Toyota Corolla", "Renault Clio", "Fiat Panda", "Hyundai i30", "Skoda Octavia",
             "Peugeot 208", "Seat Ibiza", "Honda Civic", "Ford Transit", "Kia Sportage", "BMW 3 Series", "Volvo V60",
             "Mercedes-Benz Sprinter", "Nissan Qashqai", "Dacia Duster", "Toyota Hilux"]
