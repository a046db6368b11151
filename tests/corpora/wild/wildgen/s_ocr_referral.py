"""Style 4: OCR'd scanned referral letters (noisy labels, broken lines)."""
from .kit import ocr_filter, ocr_value, hon, rel, pron, title_dr
from . import pools as P

N_LAYOUTS = 5


def region(rng, layout):
    return {0: "UK", 1: "US", 2: "CA", 3: "US", 4: "UK"}[layout]


def L(g, *variants):
    return g.ch(variants)


def maybe_noisy(g, s, p=0.3):
    return ocr_value(g, s, rate=0.12) if g.chance(p) else s


def build(g, d, layout):
    pt = g.person(age=(18, 96))
    ref = g.clinician("md")
    to = g.clinician("md")
    sec = g.clinician("other")
    sent = g.days_ago(1, 30)
    dx, icd = g.dx()
    med, dose = g.med()
    d.filter = ocr_filter(g, rate=g.ch([0.02, 0.03, 0.05]), breaks=g.ch([0.02, 0.04, 0.07]))

    if layout == 0:
        prac = g.ch(P.UK_FACILITIES[:4] + P.UK_FACILITIES[-1:])
        pa = g.org_address()
        d.add(prac.upper(), "\n", ("address", pa.street_line()), "\n", ("address", pa.town_line(with_county=g.chance(0.5))), "\n",
              L(g, "Te1: ", "Tel: ", "TeI ", "Telephone: "), ("phone", g.phone()), "   ", L(g, "Fax: ", "Fax ", "F ax: "), ("fax", g.phone()), "\n",
              L(g, "Emai1: ", "Email: ", "e-mail "), ("email", g.ch(["reception", "admin", "referrals"]) + "." + prac.split()[0].lower().replace("'", "") + "@nhs.net"), "\n\n")
        d.add(("date", maybe_noisy(g, g.date(sent, g.ch(["dlong", "dmY", "dord"])))), "\n\n")
        d.add(title_dr(g), ("name", to.name(g.ch(["fl", "f.l"]))), "\n", g.ch(["Consultant Rheumatologist", "Consultant Cardiologist", "Department of Medicine for the Elderly", "Orthopaedic Surgeon"]),
              "\n", g.ch(["Royal County Infirmary", "Northfield General Hospital", "St Aidan's Hospital"]), "\n\n")
        d.add(L(g, "Dear Dr ", "Dear Dr. ", "Dear Doctor "), ("name", to.last), "\n\n")
        d.add(L(g, "Re: ", "RE: ", "Re; "), hon(g, pt), ("name", pt.name(g.ch(["fl", "fml", "UP"]))), "   ",
              L(g, "D0B: ", "DOB: ", "D.O.B. ", "DO8: "), ("date", maybe_noisy(g, g.date(pt.dob, g.ch(["dmY", "dmY.", "dMonY"])))), "\n",
              L(g, "NHS N0: ", "NHS No: ", "NHS no. ", "NHS Number: "), ("health_plan", maybe_noisy(g, g.health_card())), "   ",
              L(g, "Hosp N0 ", "Hosp No: ", "Unit No. "), ("mrn", maybe_noisy(g, g.mrn(g.ch(["K#######", "RH#######", "#######"])))), "\n",
              ("address", pt.addr.one_line()), "\n",
              L(g, "Te1 ", "Tel: ", "Mob: "), ("phone", pt.cell), "\n\n")
        age = pt.age_on(sent)
        d.add("Thank you for seeing this ", ("age", str(age)) if age > 89 else str(age), "-year-old ", "lady" if pt.sex == "F" else "gentleman",
              " who lives ", g.ch(["alone", "with " + pron(pt, "pos") + " daughter", "with " + pron(pt, "pos") + " husband" if pt.sex == "F" else "with his wife"]),
              " in ", ("address", pt.addr.town), ". ", pron(pt).capitalize(), " presents with ", g.ch(["a 3 month history of", "worsening", "recurrent"]), " ",
              dx, ". ", g.ch(["Bloods: Hb 112, CRP 38, eGFR 52.", "BP 158/92, pulse 88 irregular.", "HbA1c 68 mmol/mol.", "ESR 64, RF positive."]), "\n\n")
        d.add("Current medication: ", med, " ", dose, "; ", g.med()[0], " ", g.med()[1], ".\n",
              "Past history: ", g.dx()[0], " (", str(g.randint(1995, 2021)), "), ", g.ch(["hysterectomy", "appendicectomy", "TKR", "CABG"]), ".\n\n")
        nok = g.person(age=(40, 70), same_last=pt.last if g.chance(0.5) else None)
        d.add(pron(pt, "pos").capitalize(), " ", rel(g, nok, ["daughter", "son", "niece", "nephew"]), " ", ("name", nok.name("fl")), " (", ("phone", nok.cell),
              ") would like to attend.\n\n", "Yours sincerely\n\n\n", title_dr(g), ("name", ref.name(g.ch(["fl", "fml", "f.l"]))), "\n",
              g.ch(["GP Partner", "General Practitioner", "Salaried GP"]), "   GMC ", L(g, "N0 ", "No. ", "no "), ("license", maybe_noisy(g, str(g.randint(2000000, 7999999)))), "\n",
              "cc: ", ("name", pt.name(g.ch(["fl", "l"]))), " (patient)\n")
    elif layout in (1, 3):
        fx = g.phone_digits()
        facility = g.facility()
        fa = g.org_address()
        # fax-machine transmission header (not OCR-noisy: printed by the machine)
        d.add(("date", g.date(sent, g.ch(["mdY", "m/d/y", "dMONY"]))), (None, " %s   " % g.time("24")),
              (None, g.ch(["FAX ", "FROM ", ""])), ("fax", g.fmt_phone(fx, form=g.ch([3, 1, 5]))),
              (None, "   %s   P.%03d/%03d\n" % (facility.upper()[:24], g.randint(1, 2), g.randint(3, 6))))
        if layout == 1:
            d.add("\n", L(g, "REFERRAL F0RM", "REFERRAL FORM", "OUTPATIENT REFERRAL", "Referra1 Request"), "\n", facility, "\n",
                  ("address", fa.one_line()), "\n", L(g, "Ph: ", "Phone ", "Ph0ne: "), ("phone", g.phone()), "   ", L(g, "Fax: ", "FAX ", "Fax#: "), ("fax", g.fmt_phone(fx)), "\n",
                  "_" * g.randint(20, 40), "\n")
            d.add(L(g, "Patient Narne: ", "Patient Name: ", "Pat1ent Name ", "PATIENT: "), ("name", maybe_noisy(g, pt.name(g.ch(["LF", "Lf", "fl"])), 0.15)), "\n",
                  L(g, "D0B: ", "DOB: ", "Date of Birth: ", "D.0.B "), ("date", maybe_noisy(g, g.date(pt.dob, g.ch(["mdY", "m/d/Y"])))),
                  "   ", "Sex: ", pt.sex, "   ", L(g, "Age: ", "Age ", "AGE: "))
            age = pt.age_on(sent)
            d.add(("age", str(age)) if age > 89 else str(age), "\n")
            d.add(L(g, "Address: ", "Addr: ", "Street: "), ("address", maybe_noisy(g, pt.addr.street_line(), 0.2)), "\n",
                  *([L(g, "City/St/Zip: ", "City, State ZIP: ", "Town: "), ("address", pt.addr.town_line()), "\n"] if g.chance(0.5) else
                    [L(g, "City: ", "Clty: ", "CITY "), ("address", pt.addr.town), "  ", L(g, "State: ", "St: "), pt.addr.state, "  ", L(g, "Zip: ", "ZlP: ", "Z1P "), ("zip", maybe_noisy(g, pt.addr.postcode)), "\n"]),
                  L(g, "Home Ph0ne: ", "Home Phone: ", "Phone (H): "), ("phone", pt.phone), "   ", L(g, "Ce11: ", "Cell: ", "Mobile: "), ("phone", pt.cell), "\n",
                  L(g, "lnsurance: ", "Insurance: ", "Ins: "), g.payer(), "   ", L(g, "Member lD: ", "Member ID: ", "ID#: ", "Mem 1D "), ("health_plan", maybe_noisy(g, g.member_id())), "\n",
                  L(g, "Referring Provider: ", "Referring MD: ", "Ref. Physician: "), ("name", ref.name(g.ch(["fl", "Lf", "LF"]))), ", ", ref.cred, "   ",
                  L(g, "NPl: ", "NPI: ", "NP1 ", "NPI# "), ("license", maybe_noisy(g, g.npi())), "\n",
                  L(g, "Referred To: ", "Specialist: ", "To: "), ("name", to.name(g.ch(["fl", "Lf"]))), " / ", g.ch(["Cardiology", "GI", "Ortho", "Neurology", "Pain Mgmt"]), "\n",
                  L(g, "Diagnosis/lCD-10: ", "Dx / ICD10: ", "Diagnosis: "), dx, " (", icd, ")\n",
                  L(g, "Reason: ", "Reason for referral: "), g.ch(["eval and treat", "consult re: ", "second opinion"]), " ", g.ch(["chest pain w/ exertion", "abnl LFTs", "chronic LBP 7/10", "new AF"]), "\n",
                  L(g, "Urgency: ", "Priority: "), g.ch(["Routine", "Urgent (<72h)", "STAT"]), "\n",
                  L(g, "Auth #: ", "Authorization: ", "Auth N0 "), ("id", maybe_noisy(g, g.ch(["A", "PA", "R"]) + str(g.randint(10 ** 7, 10 ** 8)))), "\n",
                  L(g, "Signature: ", "Signed: "), g.ch(["[illegible]", "/s/ ", "~~~"]))
            if d.text.endswith("/s/ "):
                d.add(("name", ref.name("fl")))
            d.add("   ", L(g, "Date: ", "Dt: "), ("date", g.date(sent, g.ch(["m/d/y", "mdY"]))), "\n")
        else:
            d.add("\n", facility.upper(), "\n", ("address", fa.street_line()), " * ", ("address", fa.town_line()), "\n",
                  "Tel ", ("phone", g.phone()), " * Fax ", ("fax", g.fmt_phone(fx)), "\n\n",
                  ("date", g.date(sent, g.ch(["long", "abbr"]))), "\n\n",
                  title_dr(g), ("name", to.name("fl")), "\n", ("address", g.org_address().one_line()), "\n\n",
                  "RE: ", ("name", pt.name(g.ch(["fl", "fml"]))), " -- DOB ", ("date", maybe_noisy(g, g.date(pt.dob, "m/d/Y"))), " -- ",
                  L(g, "MRN ", "MR# ", "Med Rec # ", "Our record no. "), ("mrn", maybe_noisy(g, g.mrn())), "\n\n",
                  "Dear Dr. ", ("name", to.last), ":\n\n",
                  "I am referring ", ("name", pt.name(g.ch(["fl", "l"]))), " for ev-\naluation of ", dx, ". ",
                  pron(pt).capitalize(), " is a ", str(pt.age_on(sent)) if pt.age_on(sent) <= 89 else "", )
            if pt.age_on(sent) > 89:
                d.add(("age", str(pt.age_on(sent))))
            d.add("-year-old ", g.ch(["retired teacher", "former machinist", "veteran", "nursing home resident"]), " from ", ("address", pt.addr.town),
                  " whose symptoms began in ", g.ch(["early", "late"]), " ", str(sent.year - 1), ". Exam notable for ",
                  g.ch(["positive Murphy sign", "Homans sign negative", "2+ pitting edema", "Babinski sign present on the left"]), "; ",
                  g.ch(["BP 142/88", "HR 112", "Temp 38.4 C", "SpO2 91% RA"]), ". Labs ", ("date", g.date(g.days_ago(31, 60), "m/d/y")), ": ",
                  g.ch(["Na 131, K 5.6, Cr 1.9", "ALT 212, AST 180, Tbili 2.3", "WBC 14.2, Hgb 9.8", "TSH 0.02, FT4 3.1"]), ".\n\n",
                  "Insurance: ", g.payer(), ", ID ", ("health_plan", maybe_noisy(g, g.member_id())), ". Best contact is ",
                  pron(pt, "pos"), " ", g.ch(["daughter", "son", "spouse"]), " ", ("name", g.person().name("fl")), " at ", ("phone", g.phone(mobile=True)), ".\n\n",
                  "Sincerely,\n\n", ("name", ref.name("fl")), ", ", ref.cred, "\n", "NPI ", ("license", g.npi()), "\n",
                  "Dictated/not read. ", ("name", sec.name(g.ch(["ini", "ini."]))), "/", ("name", ref.name("ini")), " D: ", ("date", g.date(sent, "m/d/y")),
                  " T: ", ("date", g.date(sent, "m/d/y")), "\n")
    elif layout == 2:
        cl = g.ch(P.CA_FACILITIES)
        ca = g.org_address()
        d.add(L(g, "REQUEST FOR C0NSULTATI0N", "REQUEST FOR CONSULTATION", "Consultation Request / Demande de consultation"), "\n",
              "From: ", title_dr(g), ("name", ref.name(g.ch(["fl", "f.l"]))), "  ", cl, "\n",
              ("address", ca.one_line()), "\n",
              L(g, "Te1 ", "Tel ", "Phone "), ("phone", g.phone()), "  ", L(g, "Fax ", "Téléc. ", "FAX: "), ("fax", g.phone()), "\n",
              L(g, "CPSO# ", "Billing # ", "Lic. "), ("license", maybe_noisy(g, str(g.randint(10000, 99999)))), "\n\n",
              L(g, "Patient: ", "Patient / Patient(e): ", "PATIENT "), ("name", pt.name(g.ch(["LF", "Lf"]))), "\n",
              L(g, "Health Card #: ", "HC#: ", "OHIP N0: ", "Health Card N0. "), ("health_plan", maybe_noisy(g, g.health_card())), "  ",
              L(g, "Version: ", "VC: "), g.ch(["AB", "XY", "KT"]), "\n",
              L(g, "D0B (YYYY-MM-DD): ", "DOB: ", "Date of birth: "), ("date", maybe_noisy(g, g.date(pt.dob, "iso"))), "\n",
              L(g, "Address: ", "Adresse: "), ("address", pt.addr.street_line()), ", ", ("address", pt.addr.town_line()), "\n",
              L(g, "Phone: ", "Tel: "), ("phone", pt.phone), "\n\n",
              L(g, "Reason: ", "Reason for consult: "), dx, ". ", g.ch(["Failed conservative mgmt x 6 mo.", "Worsening despite " + med + ".", "Please assess for surgery."]), "\n",
              "Meds: ", med, " ", dose, "\n",
              "Allergies: ", g.ch(["NKDA", "PCN (rash)", "sulfa", "codeine - nausea"]), "\n\n",
              L(g, "Signature: ", "Signed "), "_______  ", ("date", g.date(sent, "iso")), "\n")
    else:
        hosp = g.ch(["ROYAL COUNTY INFIRMARY", "NORTHFIELD GENERAL HOSPITAL", "ST AIDAN'S HOSPITAL"])
        ha = g.org_address()
        d.add(hosp, "\n", g.ch(["Department of Cardiology", "Elderly Care", "Respiratory Medicine", "Diabetes Centre"]), "\n",
              ("address", ha.street_line()), ", ", ("address", ha.town_line()), "\n",
              L(g, "Secretary: ", "Sec. "), ("phone", g.phone()), "\n\n",
              L(g, "Dictated: ", "Dictated ", "D/D: "), ("date", g.date(g.days_ago(31, 40), "dmY")), "   ", L(g, "Typed: ", "Typed ", "D/T: "), ("date", g.date(sent, "dmY")), "\n\n",
              title_dr(g), ("name", ref.name("fl")), "\n", g.ch(P.UK_FACILITIES[:4]), "\n", ("address", g.address().one_line()), "\n\n",
              L(g, "Dear Dr ", "Dear Dr. "), ("name", ref.last), "\n\n",
              hon(g, pt), ("name", pt.name(g.ch(["fml", "fl"]))), ", ", L(g, "D0B ", "DOB ", "d.o.b. "), ("date", maybe_noisy(g, g.date(pt.dob, "dmY"))), ", ",
              L(g, "NHS ", "NHS No "), ("health_plan", maybe_noisy(g, g.health_card())), "\n", ("address", pt.addr.one_line()), "\n\n",
              "Diagnosis: ", dx, "\n", "Plan: ", g.ch(["start " + med + " " + dose, "Holter monitor", "repeat echo in 6 months", "refer to falls clinic"]), "\n\n",
              "I saw ", ("name", pt.name("f")), " in clinic today with ", pron(pt, "pos"), " ",
              g.ch(["daughter", "son", "husband", "wife", "carer"]), " ", ("name", g.person().name("f")), ". ")
        age = pt.age_on(sent)
        if age > 89:
            d.add("At ", ("age", str(age)), " ", pron(pt), " remains remarkably independent. ")
        d.add(g.ch(["Murphy sign was negative.", "Glasgow Coma Scale 15.", "Braden score 14.", "Clinical Frailty Scale 5."]), " ",
              g.ch(["BP 134/78.", "Weight 61.2 kg.", "eGFR 38."]), "\n\n", "Yours sincerely\n\n", title_dr(g), ("name", to.name(g.ch(["fl", "f.l"]))), "\n",
              g.ch(["Consultant Physician", "Specialty Registrar", "Consultant Cardiologist"]), "\n",
              "cc: ", hon(g, pt), ("name", pt.name("fl")), ", ", ("address", pt.addr.street_line()), "\n")
    d.filter = None
