"""Style 16: death certificates / funeral home / vital-records correspondence."""
import datetime as dt

from .kit import pick, hon, pron, rel, title_dr

N_LAYOUTS = 5

FUNERAL = ["Whitcomb & Sons Funeral Home", "Greenlawn Funeral Chapel", "Riverside Memorial Home", "Hallett-Brown Funeral Service",
           "Peaceful Valley Cremation", "St. Anne's Funeral Directors", "Marchetti Family Funeral Home"]
UK_FUNERAL = ["A. Hartley & Son Funeral Directors", "Co-op Funeralcare", "Pennington Family Funeral Service"]
CA_FUNERAL = ["Maison funeraire Gagnon", "Arbor Memorial Chapel", "McInnis & Holloway"]
CEMETERIES = ["Oak Hill Cemetery", "St. Mary's Catholic Cemetery", "Evergreen Memorial Park", "Mount Hope Cemetery", "Veterans Memorial Cemetery"]
CAUSES = [("Cardiopulmonary arrest", None), ("Acute myocardial infarction", "hours"), ("Aspiration pneumonia", "3 days"),
          ("Sepsis", "2 days"), ("End-stage Alzheimer disease", "years"), ("Metastatic pancreatic adenocarcinoma", "8 months"),
          ("Congestive heart failure", "years"), ("Complications of left hip fracture", "3 weeks"), ("Chronic obstructive pulmonary disease", "years")]


def region(rng, layout):
    return {3: "UK", 4: "CA"}.get(layout, "US")


def cert_no(g):
    return g.ch(["%d-%06d" % (g.today.year, g.randint(1, 999999)), "%d%07d" % (g.today.year, g.randint(1, 10 ** 7)),
                 "%03d-%02d-%06d" % (g.randint(100, 199), g.today.year % 100, g.randint(1, 999999)), "DC%d-%05d" % (g.today.year % 100, g.randint(1, 99999))])


def build(g, d, layout):
    dec = g.person(age=(89, 104) if g.chance(0.75) else (55, 88))
    dod = g.days_ago(3, 40)
    age = dec.age_on(dod)
    inf = g.person(age=(45, 75), same_last=dec.last if g.chance(0.6) else None)
    inf.rel = rel(g, inf, ["daughter", "son", "niece", "nephew", "wife", "husband", "granddaughter", "grandson"])
    fd = g.person(age=(30, 65))
    cert = g.clinician("md")
    spouse = g.person(age=(80, 100), sex="F" if dec.sex == "M" else "M")
    cause, interval = g.ch(CAUSES)
    age_piece = ("age", str(age)) if age > 89 else str(age)

    if layout == 0:
        fh = g.ch(FUNERAL)
        fha = g.org_address()
        d.add(pick(g, ["CERTIFICATE OF DEATH - WORKSHEET", "Death Certificate Worksheet (Funeral Director)", "STANDARD CERTIFICATE OF DEATH (draft)"]), "\n",
              "State File No. ", ("id", cert_no(g)), "\n\n",
              "1. DECEDENT'S LEGAL NAME: ", ("name", dec.name(g.ch(["UP", "fml", "LFM"]))), "\n",
              "2. SEX: ", dec.sex, "    3. SOCIAL SECURITY NUMBER: ", ("ssn", g.ssn()), "\n",
              "4a. AGE-Last Birthday (Years): ", age_piece, "    5. DATE OF BIRTH: ", ("date", g.date(dec.dob, "mdY")), "\n",
              "6. BIRTHPLACE: ", g.ch(["Ireland", "Puerto Rico", "Ohio", "Poland", "Jamaica", "Texas", "Quebec, Canada"]), "\n",
              "7a. RESIDENCE-STATE: ", dec.addr.state, "   7b. COUNTY: ", ("address", dec.addr.county), "   7c. CITY OR TOWN: ", ("address", dec.addr.town), "\n",
              "7d. STREET AND NUMBER: ", ("address", "%s %s" % (dec.addr.number, dec.addr.street)), "   7e. APT NO: ", ("address", dec.addr.unit) if dec.addr.unit else "--", "   7f. ZIP CODE: ", ("zip", dec.addr.postcode), "\n",
              "10. SURVIVING SPOUSE'S NAME: ", ("name", spouse.name("fl")) if g.chance(0.5) else "none (widowed)", "\n",
              "11. FATHER'S NAME: ", ("name", g.person(sex="M", same_last=dec.last).name("fl")), "   12. MOTHER'S NAME PRIOR TO FIRST MARRIAGE: ", ("name", g.person(sex="F").name("fl")), "\n",
              "13a. INFORMANT'S NAME: ", ("name", inf.name("fl")), "   13b. RELATIONSHIP: ", inf.rel, "\n",
              "13c. MAILING ADDRESS: ", ("address", inf.addr.one_line()), "\n",
              "14. PLACE OF DEATH: ", g.ch(["Hospital-Inpatient", "Nursing home/LTC", "Decedent's home", "Hospice facility"]), "   15. FACILITY NAME: ",
              g.ch(["Sacred Heart Hospital", "Heritage Manor", "St. Brigid Regional Medical Center", "n/a"]), "\n",
              "18. METHOD OF DISPOSITION: ", g.ch(["Burial", "Cremation", "Entombment", "Donation"]), "   19. PLACE OF DISPOSITION: ", g.ch(CEMETERIES), "\n",
              "24. FUNERAL FACILITY: ", fh, ", ", ("address", fha.one_line()), "\n",
              "25. FUNERAL SERVICE LICENSEE: ", ("name", fd.name("fl")), "   LICENSE NUMBER: ", ("license", g.ch(["FD", "", "FDE-"]) + str(g.randint(1000, 99999))), "\n",
              "29. DATE PRONOUNCED DEAD: ", ("date", g.date(dod, "mdY")), "   TIME: ", g.time("24"), "\n",
              "32. CAUSE OF DEATH Part I (a): ", cause, "   Interval: ", interval or "minutes", "\n",
              "    Part II: ", g.ch(["Parkinson disease", "Type 2 diabetes", "Atrial fibrillation", "Chronic kidney disease stage 4"]), "\n",
              "45. CERTIFIER: ", title_dr(g), ("name", cert.name("fl")), ", ", cert.cred, "   LICENSE #: ", ("license", g.ch(["MD", "", "DO"]) + str(g.randint(10000, 999999))),
              "   DATE CERTIFIED: ", ("date", g.date(dod + dt.timedelta(days=g.randint(1, 4)), "mdY")), "\n")
    elif layout == 1:
        fh = g.ch(FUNERAL)
        fha = g.org_address()
        va = g.org_address()
        d.add(fh, "\n", ("address", fha.street_line()), "\n", ("address", fha.town_line()), "\n", ("phone", g.phone()), g.ch(["  |  fax ", "   Fax: "]), ("fax", g.phone()), "\n\n",
              ("date", g.date(g.today, "long")), "\n\n",
              g.ch(["Office of Vital Records", "Department of Health - Vital Statistics", "Registrar of Vital Records"]), "\n",
              "Amendments Unit\n", ("address", va.street_line()), "\n", ("address", va.town_line()), "\n\n",
              "RE: Request to amend certificate of death no. ", ("id", cert_no(g)), "\n",
              "Decedent: ", ("name", dec.name(g.ch(["fml", "fl"]))), ", died ", ("date", g.date(dod, "long")), "\n\n",
              "Dear Registrar,\n\n",
              "On behalf of the informant, ", ("name", inf.name("fl")), " (", inf.rel, "), we request correction of the following item(s):\n",
              "  - Item 5, date of birth: recorded as ", ("date", g.date(dec.dob + dt.timedelta(days=g.ch([-365, 1, 30, 10])), "mdY")), "; correct date is ", ("date", g.date(dec.dob, "mdY")), ".\n",
              "  - Item 4a, age: should read ", age_piece, ".\n")
        if g.chance(0.6):
            d.add("  - Item 7d, residence: should read ", ("address", dec.addr.street_line()), ", ", ("address", dec.addr.town_line()), ".\n")
        d.add("\nSupporting documents enclosed: ", g.ch(["birth certificate", "passport", "Social Security card", "baptismal record (1931)"]),
              ". The informant may be reached at ", ("phone", inf.cell), " or ", ("email", inf.email), ".\n\n",
              "Sincerely,\n\n", ("name", fd.name("fl")), ", Licensed Funeral Director #", ("license", str(g.randint(1000, 99999))), "\n")
    elif layout == 2:
        order = "%s-%07d" % (g.ch(["VR", "ORD", "W"]), g.randint(1, 10 ** 7))
        from .pools import US_STATE_NAMES
        d.add(g.ch(["STATE OF ", "State of "]), US_STATE_NAMES[g.place[1]], " - ", g.ch(["Department of Health", "Office of Vital Statistics"]), "\n", ("address", g.org_address().one_line()), "\n",
              "Phone ", ("phone", g.phone()), "   ", ("url", g.ch(["www.health.state.example/vitalrecords", "https://vitalrecords.example.gov/order-status"])), "\n\n",
              ("date", g.date(g.today, "long")), "\n\n", ("name", inf.name(g.ch(["fl", "UP"]))), "\n", ("address", inf.addr.street_line()), "\n", ("address", inf.addr.town_line()), "\n\n",
              "Order number: ", ("id", order), "\n", "Re: Death record of ", ("name", dec.name("fl")), ", date of death ", ("date", g.date(dod, "mdY")), "\n\n",
              "Dear ", hon(g, inf), ("name", inf.last), ":\n\n",
              "We received your request dated ", ("date", g.date(g.days_ago(3, 14), "long")), " for ", g.ch(["three", "five", "two"]), " certified copies. ",
              g.ch(["Your copies were mailed today.", "We are unable to process your order because the record has not yet been filed by the funeral home.",
                    "Your order is on hold: we could not verify your relationship to the decedent."]), " ",
              "The certificate number is ", ("id", cert_no(g)), ". The decedent's age is recorded as ", age_piece, " years and residence as ",
              ("address", dec.addr.town), ", ", dec.addr.state, ".\n\n",
              "If you have questions, contact ", ("name", g.person().name("fl")), ", Vital Records Clerk, at ", ("phone", g.phone()), ".\n")
    elif layout == 3:
        reg = g.person(age=(30, 60))
        fh = g.ch(UK_FUNERAL)
        d.add(pick(g, ["MEDICAL CERTIFICATE OF CAUSE OF DEATH - copy", "Registrar's notes - death registration", "MCCD / Medical Examiner scrutiny record"]), "\n",
              "Registration district: ", g.place[0], "   Entry no. ", ("id", str(g.randint(100, 999))), "\n\n",
              "Name of deceased: ", ("name", dec.name(g.ch(["fml", "UP"]))), "\n",
              "Date of death: ", ("date", g.date(dod, g.ch(["dlong", "dmY"]))), "   Age as stated to me: ", age_piece, "\n",
              "Place of death: ", g.ch(["Royal County Infirmary", "St Aidan's Hospital", "Usual residence", "Moorside Care Home"]), "\n",
              "Usual address: ", ("address", dec.addr.one_line()), "\n",
              "Date of birth: ", ("date", g.date(dec.dob, "dlong")), "   NHS number: ", ("health_plan", g.health_card()), "\n",
              "Last seen alive by me: ", ("date", g.date(dod - dt.timedelta(days=g.randint(1, 20)), "dmY")), "\n",
              "Cause of death: I(a) ", cause, " II ", g.ch(["Frailty of old age", "Dementia", "Atrial fibrillation"]), "\n",
              "Certifying doctor: ", title_dr(g), ("name", cert.name("fl")), ", GMC ", ("license", str(g.randint(3000000, 7999999))), "\n",
              "Medical examiner: ", title_dr(g), ("name", g.clinician("md").name("fl")), " - scrutiny ", ("date", g.date(dod + dt.timedelta(days=2), "dmY")), "\n",
              "Informant: ", ("name", inf.name("fl")), ", ", inf.rel, ", of ", ("address", inf.addr.one_line()), ", tel ", ("phone", g.phone(mobile=True)), "\n",
              "Funeral director: ", fh, ", ", ("phone", g.phone()), "\n",
              "Registrar: ", ("name", reg.name("fl")), "   Appointment ", ("date", g.date(dod + dt.timedelta(days=g.randint(3, 8)), "dmY")), " ", g.time("24", biz=True), "\n")
    else:
        fh = g.ch(CA_FUNERAL)
        fha = g.org_address()
        d.add(pick(g, ["FUNERAL ARRANGEMENT CONFERENCE - NOTES", "Statement of Death / Arrangement notes", "At-need arrangement record"]), "\n",
              fh, " - ", ("address", fha.one_line()), "\n", "File #: ", ("id", "F%d-%03d" % (g.today.year, g.randint(1, 999))), "   Date: ", ("date", g.date(dod + dt.timedelta(days=1), "iso")), "\n\n",
              "Deceased: ", ("name", dec.name(g.ch(["fml", "Lf"]))), "   DOB ", ("date", g.date(dec.dob, "iso")), "   DOD ", ("date", g.date(dod, "iso")), "   Age ", age_piece, "\n",
              "Residence: ", ("address", dec.addr.street_line()), ", ", ("address", dec.addr.town_line()), "\n",
              "SIN: ", ("ssn", "%03d %03d %03d" % (g.randint(100, 999), g.randint(0, 999), g.randint(0, 999))), "   Health card: ", ("health_plan", g.health_card()), "\n",
              "Marital: ", g.ch(["widowed", "married", "divorced"]), "; spouse ", ("name", spouse.name("fl")), g.ch([" (predeceased " + str(g.today.year - g.randint(2, 15)) + ")", ""]), "\n",
              "Informant/next of kin: ", ("name", inf.name("fl")), ", ", inf.rel, ", ", ("phone", inf.cell), ", ", ("email", inf.email), "\n",
              "Also present: ", ("name", g.person(same_last=dec.last).name("fl")), " (", g.ch(["grandson", "granddaughter", "son-in-law"]), ")\n",
              "Place of death: ", g.ch(["Kingston General-style hospital", "home, expected (palliative)", "long-term care home"]), "; attending ", title_dr(g), ("name", cert.name("fl")),
              ", CPSO ", ("license", str(g.randint(10000, 99999))), "\n",
              "Coroner notified: ", g.ch(["no", "yes - case # "]))
        if d.text.endswith("# "):
            d.add(("id", "%d-%05d" % (g.today.year, g.randint(1, 99999))), ", ", title_dr(g), ("name", g.clinician("md").name("fl")))
        d.add("\n", "Service: ", g.ch(["visitation", "memorial mass", "graveside"]), " ", ("date", g.date(dod + dt.timedelta(days=g.randint(4, 9)), "long")), " at 11:00; ",
              g.ch(["cremation", "burial"]), " at ", g.ch(CEMETERIES), "\n",
              "Obituary to run ", g.ch(["Saturday", "Wed & Sat"]), "; mention ", str(g.randint(3, 14)), " grandchildren.\n",
              "Funeral director: ", ("name", fd.name("fl")), " (licence ", ("license", str(g.randint(1000, 9999))), ")\n")
