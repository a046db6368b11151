"""Styles 7-11: EMS, pharmacy, clinical trials, genetics, medicolegal."""
from common import (N, D, A, Z, P, F, E, U, IP, S, M, H, AC, LI, V, DV, B, I, AGE,
                    GEN_DX, GEN_MEDS, PSY_MEDS, vitals, labs, lab, words, ord_words, year_words, MONTHS)


def old_or_not(g, p=0.35):
    return g.ri(90, 103) if g.p(p) else g.ri(19, 89)


# =========================================================== EMS

def ems_pcr(g, d):
    pt = g.person(); m1 = g.clin("ems"); m2 = g.clin("ems"); dt = g.date(2021)
    age = old_or_not(g)
    street, cl, town, st, z = g.addr()
    d(g.ch(["Valley", "Tri-County", "Summit"]), " EMS - PATIENT CARE REPORT\n")
    d("Incident #: ", I(g.digits(4) + "-" + g.digits(5)), "   Unit: M", str(g.ri(1, 30)), "   Date: ", D(g.fd(dt, "us")), "\n")
    ts = g.tseq(5)
    d("Times: Call ", ts[0], " / Enr ", ts[1], " / OS ", ts[2], " / Tx ", ts[3], " / Dest ", ts[4], "\n")
    d("Pt name: ", N(pt.LFM()), "   DOB: ", D(g.fd(g.dob(min(age, 102)), "us")), "   Age: ", AGE(age), "   Sex: ", pt.sx, "\n")
    d("Address: ", A(street), "   City/ST: ", A(town + ", " + st), "   ZIP ", Z(z), "\n")
    d("Pt phone: ", P(g.phone()), "   Ins: ", g.ch(["Medicare", "Medicaid", "Commercial"]), " ", H(g.plan()), "\n")
    d("Chief complaint: ", g.ch(["fall", "shortness of breath", "chest pain", "AMS", "syncope", "weakness"]), "\n\n")
    d("NARRATIVE: M", str(g.ri(1, 30)), " dispatched P", str(g.ri(1, 3)), " to a private residence for a ", *(
      [AGE(age), " y/o "] if g.p(0.6) else [AGE(age, words(age)), " year old "]),
      g.ch(["female", "male"]) if pt.sex != "X" else "patient", " ", g.ch(["found on floor by neighbor", "c/o SOB x2 days",
      "with sudden onset slurred speech"]), ". Pt's ", g.ch(["son", "daughter", "wife", "neighbor"]), " ", N(g.relative(pt).first),
      " on scene states last known well ", g.time(), ". ")
    d("Initial: ", vitals(g, 0), ", BGL ", str(g.ri(60, 320)), " mg/dL, GCS ", str(g.ri(9, 15)), ". 12-lead: ",
      g.ch(["sinus tach 118", "AFib RVR 142", "NSR, no STE"]), ". ")
    d("Tx: O2 NC 4 L/min, 18g IV L AC, NS 250 mL, ", g.ch(["aspirin 324 mg PO", "albuterol 2.5 mg neb", "ondansetron 4 mg IV"]),
      ". Transported emergent to ", g.facility("Medical Center"), " without incident; report to RN ", N(g.clin("rn").first_l()), ".\n\n")
    d("Crew: ", N(m1.full()), " ", m1.cred, " (lic ", LI(g.state_lic()), "), ", N(m2.full()), " ", m2.cred, "\n")


def ems_refusal(g, d):
    pt = g.person(); med = g.clin("ems"); wit = g.person(); dt = g.date(2021)
    d("REFUSAL OF TREATMENT AND/OR TRANSPORT\nRun # ", I(g.digits(8)), "   ", D(g.fd(dt, g.ch(["us", "iso"]))), " ", g.time(), "\n\n")
    d("Patient: ", N(pt.full()), "   DOB ", D(g.fd(g.dob(g.ri(18, 85)), "us")), "\nLocation: ", A(g.full_addr()), "\n")
    d("Pt involved in MVC, restrained driver, ", g.ch(["Honda Civic", "Ford F-150", "Toyota RAV4", "Subaru Outback"]), " plate ",
      V(g.plate()), ". ", g.ch(["Airbag deployed", "Minor front-end damage", "Rear-ended at light"]), ". Pt A&Ox4, ", vitals(g, 1), ".\n")
    d("Pt advised of risks including worsening injury and death, verbalized understanding, declines transport.\n")
    d("Police on scene: ", g.ch(["Ofc.", "Trooper", "Sgt."]), " ", N(g.person().last), ", Badge ", I(g.digits(4)),
      ", report # ", I(g.digits(2) + "-" + g.digits(5)), "\n")
    d("Patient signature: [signed on tablet - signature capture ID ", B(g.letters(2) + g.digits(10)), "]\n")
    d("Witness: ", N(wit.full()), "   Medic: ", N(med.lf()), ", ", med.cred, "\n")


def ems_ift(g, d):
    pt = g.person(); rn = g.clin("rn"); md = g.clin("md"); dt = g.date(2022)
    age = old_or_not(g, 0.4)
    d("INTERFACILITY TRANSFER - CCT\n", D(g.fd(dt, "dmy_mon")), "  Trip ", I(g.letters(1) + g.digits(6)), "\n")
    d("From: ", g.facility("Community Hospital"), " ED, ", A(g.full_addr()), "\nTo: ", g.facility("University Hospital"),
      " CCU, accepting Dr. ", N(md.full()), "\n")
    d("Pt: ", N(pt.lf()), ", (", AGE(age), pt.sx, ") ", lab(g, "mrn"), " ", M(g.mrn()), " sending facility\n")
    d("Dx: ", g.ch(["NSTEMI", "GI bleed", "sepsis, urosepsis", "SAH Hunt-Hess 2"]), ". Drips: ", g.ch(["heparin 18 units/kg/h",
      "norepinephrine 8 mcg/min", "nicardipine 5 mg/h", "pantoprazole 8 mg/h"]), ".\n")
    d("En route ", vitals(g, 3), ". No events. Report given to ", N(g.clin("rn").full()), " RN. PCS signed by ",
      N(rn.f_last()), " RN.\nFamily (", g.ch(["wife", "son", "daughter"]), ") following by car; cell ", P(g.phone()), "\n")


def ems_runsheet(g, d):
    dt = g.date(2022)
    d(g.ch(["Engine", "Rescue", "Ladder"]), " ", str(g.ri(1, 40)), " RUN SHEET  ", D(g.fd(dt, "us_short")), "\n")
    d("Run#|Time|Location|Nature|Pt|Disp\n")
    for _ in range(g.ri(4, 6)):
        pt = g.person()
        age = old_or_not(g, 0.25)
        d(I(g.digits(2) + "-" + g.digits(4)), "|", g.time(), "|", A(g.street(unit=g.p(0.3))), "|",
          g.ch(["lift assist", "MVC", "fall", "smoke odor", "CO alarm", "difficulty breathing"]), "|")
        if g.p(0.7):
            d(N(g.ch([pt.LF(), pt.f_last(), pt.lf()])), " ", AGE(age), pt.sx)
        else:
            d("none")
        d("|", g.ch(["transported M" + str(g.ri(1, 9)), "refusal", "assist only", "cancelled en route"]), "\n")
    d("Officer: Lt. ", N(g.person().full()), "\n")


def ems_dispatch(g, d):
    dt = g.date(2022)
    disp = g.person(); clr = g.person()
    d("CAD INCIDENT DETAIL  ", D(g.fd(dt, "iso")), "\nIncident ", I(g.digits(10)), "  Priority ", str(g.ri(1, 3)), "\n")
    d(g.time(sec=True), " CALL RECVD  ANI/ALI: ", P(g.phone()), "  ", A(g.full_addr()), "\n")
    d(g.time(sec=True), " CALLER: ", N(clr.FL()), " - ", g.ch(["daughter", "son", "neighbor", "home aide"]), "\n")
    pt = g.person(); age = old_or_not(g, 0.5)
    d(g.time(sec=True), " NARR: ", *([AGE(age), "YOF "] if pt.sex == "F" else [AGE(age), "YOM "]),
      g.ch(["FELL IN BATHROOM NOT ABLE TO GET UP", "DIFF BREATHING, HX COPD", "UNRESPONSIVE BREATHING"]), "\n")
    d(g.time(sec=True), " NARR: PT IS ", N(pt.FL()), " PER CALLER. GATE CODE ", g.digits(4), "#\n")
    d(g.time(sec=True), " DISP M", str(g.ri(1, 20)), " E", str(g.ri(1, 20)), "  [", N(disp.ini()), "]\n")
    d(g.time(sec=True), " CALLBACK ", P(g.phone()), " NO ANSWER\n")
    d(g.time(sec=True), " AVL VEH ", V(g.vin()), " ON SCENE\n")


EMS = [ems_pcr, ems_refusal, ems_ift, ems_runsheet, ems_dispatch]


# =========================================================== pharmacy

def rx_counsel(g, d):
    pt = g.person(); ph = g.clin("pharm"); dt = g.date(2022)
    med = g.ch(GEN_MEDS)
    d(g.ch(["Corner Drug", "Main Street Pharmacy", "Valley Apothecary", "Beacon Pharmacy #212"]), " - Counseling Record\n")
    d("Date: ", D(g.fd(dt, "us")), "  Pt: ", N(pt.full()), "  DOB ", D(g.fd(g.dob(g.ri(20, 88)), "us_short")), "\n")
    d("Rx #", I(g.digits(7)), "  ", med, "  #", str(g.ri(30, 90)), "  RF ", str(g.ri(0, 5)), "  Prescriber: Dr. ", N(g.clin("md").full()), "\n")
    d("Counseled ", g.ch(["patient", "patient's daughter " , "caregiver "]))
    if d.buf[-1].endswith(" "):
        d(N(g.relative(pt, sex="F").first))
    d(" on: indication, take with food, ", g.ch(["hypoglycemia signs", "bleeding precautions", "dizziness on standing",
                                               "do not crush"]), ". Interaction check: ", g.ch(["none", "warfarin - MD aware", "QT - low risk"]), ".\n")
    d("Pt declined written info / accepted. Callback ", P(g.phone()), ".\n", N(ph.ini()), " ", ph.cred, "\n")


def rx_mtm(g, d):
    pt = g.person(); ph = g.clin("pharm"); pcp = g.clin("md"); dt = g.date(2022)
    age = old_or_not(g, 0.4)
    d("COMPREHENSIVE MEDICATION REVIEW - Personal Medication List\n\nPrepared for: ", N(pt.full()), "\nDate prepared: ",
      D(g.fd(dt, "long")), "\n", lab(g, "plan"), ": ", H(g.mbi() if g.p(0.5) else g.plan()), "\n\n")
    d("Dear ", pt.mr, " ", N(pt.last), ",\n\nThank you for talking with me on ", D(g.fd(g.plus(dt, -7, -1), "long_ord")),
      " about your medicines. At ", AGE(age), " years old", g.ch([", ", " "]), "you take ", str(g.ri(8, 16)),
      " medicines, which raises the chance of side effects.\n\n")
    for m in g.r.sample(GEN_MEDS, 4):
        d("- ", m, ": ", g.ch(["keep taking", "talk to Dr. about stopping", "take at bedtime instead"]), "\n")
    d("\nI faxed a note to Dr. ", N(pcp.last), " at ", F(g.phone("us")), " about your ", g.ch(["dizziness", "kidney function (eGFR 38)",
      "duplicate acid reducers"]), ".\nQuestions? Call ", P(g.phone("us")), " (TTY 711).\n\n", N(ph.full()), ", ", ph.cred, "\n")


def rx_pa_fax(g, d):
    pt = g.person(); md = g.clin("md"); dt = g.date(2022)
    drug = g.ch(["adalimumab 40 mg/0.4 mL pen", "semaglutide 1 mg/0.75 mL", "apixaban 5 mg", "dupilumab 300 mg/2 mL", "rimegepant 75 mg ODT"])
    d("FAX\nTo: ", g.ch(["CVS Caremark", "OptumRx", "Express Scripts"]), " Prior Authorization   Fax: ", F(g.phone("us")), "\n")
    d("From: ", g.facility("Medical Group"), "   Fax: ", F(g.phone("us")), "   Phone: ", P(g.phone("us")), "\n")
    d("Date: ", D(g.fd(dt, "us")), "   Pages: ", str(g.ri(2, 9)), "\n\nPRIOR AUTHORIZATION REQUEST\n")
    d("Member name: ", N(pt.LFM()), "\nMember ID: ", H(g.plan()), "   Group: ", g.letters(2) + g.digits(4), "\nDOB: ",
      D(g.fd(g.dob(g.ri(20, 80)), "us")), "\nMedication: ", drug, "   Qty ", str(g.ri(1, 4)), "  Days ", str(g.ri(28, 90)), "\n")
    d("Dx: ", g.ch(["L40.0 psoriasis vulgaris", "E11.65 T2DM w hyperglycemia", "L20.9 atopic dermatitis", "G43.909 migraine"]), "\n")
    d("Tried/failed: ", g.ch(["methotrexate 15 mg weekly x 6 mo", "metformin 1000 mg BID", "topical steroids x 3 mo"]), "\n")
    d("Prescriber: ", N(md.full()), ", ", md.cred, "  NPI ", LI(g.npi()), "  DEA ", LI(g.dea(md.last)), "\n")
    d("Reference # ", I(g.letters(2) + g.digits(8)), "\nCONFIDENTIALITY NOTICE: intended only for the addressee.\n")


def rx_pdmp(g, d):
    pt = g.person(); ph = g.clin("pharm"); dt = g.date(2022)
    d("CII dispensing note ", D(g.fd(dt, "iso")), " ", g.time(), "\n")
    d("Pt ", N(pt.lf()), " presented Rx #", I(g.rx()), " oxycodone 5 mg #", str(g.ri(12, 90)), " from Dr. ", N(g.clin("md").last),
      " (DEA ", LI(g.dea()), ").\n")
    d("PDMP query ", D(g.fd(dt, "md")), ": ", str(g.ri(2, 6)), " prescribers, ", str(g.ri(2, 5)), " pharmacies in 90 days; last fill ",
      D(g.fd(g.plus(dt, -20, -3), "us_short")), " hydrocodone/APAP 10/325 mg at another pharmacy. MME ", str(g.ri(30, 120)), ".\n")
    d("Verified ID: ", g.ch(["DL", "state ID", "driver's lic"]), " ", LI(g.dl()), ". Called prescriber office ", P(g.phone("us")),
      ", spoke with ", N(g.person().first), " (MA) - ", g.ch(["confirmed, ok to fill", "will call back", "Rx not valid"]), ".\n")
    d("Naloxone offered. ", N(ph.first_l()), " ", ph.cred, "\n")


def rx_specialty(g, d):
    pt = g.person(); tech = g.clin("pharm"); dt = g.date(2022)
    street, cl, town, st, z = g.addr()
    d("SPECIALTY PHARMACY INTAKE CALL\nCase ", I(g.digits(9)), "   ", D(g.fd(dt, "abbr")), "\n")
    d("Caller: ", N(pt.full()), " (self)   Verified by DOB ", D(g.fd(g.dob(g.ri(25, 80)), "us")), " + ZIP ", Z(z), "\n")
    d("Therapy: ", g.ch(["etanercept 50 mg weekly", "emtricitabine/tenofovir", "ledipasvir/sofosbuvir x 12 wk", "imatinib 400 mg daily"]),
      "\nInsurance: ", g.ch(["BCBS", "Aetna", "UHC", "Medicaid"]), " ", H(g.plan()), ", copay card ", AC(g.digits(11)), "\n")
    d("Ship to: ", A(street), ", ", A(cl), "\nDelivery: ", D(g.fd(g.plus(dt, 1, 4), g.ch(["long_ord", "abbr_noy", "md"]))),
      " by ", g.time(h24=False), ", signature required. Alt recipient: ", N(g.relative(pt).full()), "\n")
    d("Pt email for tracking: ", E(g.email(pt)), "\n", N(tech.ini()), " ", tech.cred, "\n")


def rx_refill_log(g, d):
    dt = g.date(2022)
    d("DELIVERY / REFILL LOG - route ", str(g.ri(1, 9)), "  ", D(g.fd(dt, "us")), "\nRx#,Patient,Drug,Address,Phone,Driver note\n")
    drv = g.person()
    for _ in range(g.ri(4, 6)):
        pt = g.person()
        d(I(g.rx().strip()), ",", N(pt.LF() if g.p(0.5) else pt.lf().replace(",", "")), ",", g.ch(GEN_MEDS + PSY_MEDS).split(" PO")[0],
          ",", A(g.street()), ",", P(g.phone()), ",", g.ch(["left w/ spouse", "no answer - card left", "delivered", "gate code 4412"]), "\n")
    d("Driver: ", N(drv.first_l()), "  Vehicle plate ", V(g.plate()), "\n")


PHARMACY = [rx_counsel, rx_mtm, rx_pa_fax, rx_pdmp, rx_specialty, rx_refill_log]


# =========================================================== clinical trials

def ct_sae(g, d):
    pi = g.clin("md"); crc = g.clin("crc"); dt = g.date(2022)
    age = old_or_not(g, 0.15)
    d("SERIOUS ADVERSE EVENT REPORT - Protocol ", g.ch(["ABX-301", "NCT05-XXXX", "ONC-2217", "CARD-44"]), "\n")
    d("Site ", str(g.ri(100, 999)), "   Subject ID: ", I(g.digits(3) + "-" + g.digits(4)), "   Initials: ", N(g.person().ini()),
      "   Age: ", AGE(age), "   Sex: ", g.ch(["M", "F"]), "\n")
    d("Onset: ", D(g.fd(dt, "dmy_mon")), "   Site aware: ", D(g.fd(g.plus(dt, 0, 2), "dmy_mon")), "   Report: ", g.ch(["initial", "follow-up #1"]), "\n")
    d("Event: ", g.ch(["febrile neutropenia", "acute kidney injury", "syncope with fall", "pneumonia"]), " (CTCAE grade ", str(g.ri(3, 4)), ")\n")
    d("Seriousness: hospitalization at ", g.facility("Hospital"), ", MRN ", M(g.mrn()), "; discharged ", D(g.fd(g.plus(dt, 3, 9), "dmy_mon")), "\n")
    d("Study drug last dose ", D(g.fd(g.plus(dt, -5, 0), "dmy_mon")), "; action: interrupted. Causality: possibly related.\n")
    d("Narrative: Subject presented with ", g.ch(["T 39.1 C and ANC 0.3", "Cr 2.9 from baseline 1.0", "LOC while standing"]),
      "; treated with ", g.ch(["cefepime 2 g IV q8h", "IV fluids", "observation"]), ".\n")
    d("PI: ", N(pi.full()), ", ", pi.cred, "   Coordinator: ", N(crc.full()), "  ", E(g.email(crc)), "  ", P(g.phone("us")), "\n")


def ct_deviation(g, d):
    dt = g.date(2022); crc = g.clin("crc")
    d("PROTOCOL DEVIATION LOG  |  Study ", g.ch(["HTN-208", "DM-414", "NEURO-12", "VAX-3"]), "  |  Site 0", str(g.ri(10, 99)), "\n")
    d("Dev#;Subject;Date;Category;Description;Reported by\n")
    for i in range(g.ri(4, 7)):
        d(str(i + 1), ";", I(g.digits(2) + "-" + g.digits(3)), ";", D(g.fd(g.plus(dt, i * 9, i * 9 + 8), "iso")), ";",
          g.ch(["visit window", "consent", "IP dosing", "eligibility", "lab"]), ";", g.ch([
              "Visit 4 outside +/-3 day window", "Re-consent v3.0 not signed before visit", "Missed PK draw at 2h",
              "ECG not done", "IP dispensed from wrong kit"]), ";", N(crc.ini() if g.p(0.6) else g.person().ini()), "\n")
    d("Reviewed by PI ", N(g.clin("md").full()), " on ", D(g.fd(g.plus(dt, 70, 80), "us")), "\n")


def ct_consent(g, d):
    pt = g.person(); crc = g.clin("crc"); dt = g.date(2022); lar = g.relative(pt)
    d("Informed Consent Process Note\n", N(pt.full()), "   ", lab(g, "mrn"), " ", M(g.mrn()), "   Study ID ", I("S" + g.digits(5)), "\n")
    d(D(g.fd(dt, "long")), " ", g.time(h24=False), ": Met with subject and ",
      g.ch(["wife", "husband", "son", "daughter"]), " ", N(lar.first), " in clinic room ", str(g.ri(2, 20)),
      ". ICF version ", g.ch(["4.0 dated 12Jan2023", "3.1", "2.0"]), " reviewed page by page. ")
    d("Questions answered re: randomization, placebo, travel reimbursement. Subject verbalized understanding using teach-back. ")
    d("No coercion. Signed at ", g.time(h24=False), "; copy given. HIPAA authorization signed. ")
    d("Interpreter ", N(g.person().full()), " (ID #", I(g.digits(5)), ") used by phone.\n")
    d("Eligibility confirmed ", D(g.fd(g.plus(dt, 1, 10), g.ch(["us", "md"]))), ". Stipend card ", AC(g.digits(16)), " issued.\n")
    d(N(crc.full()), ", ", crc.cred, "\n")


def ct_csv(g, d):
    d("STUDYID,SITEID,USUBJID,AETERM,AESTDTC,AEENDTC,AESEV,AESER,AEREL,INVNAM\n")
    inv = g.clin("md"); dt = g.date(2022)
    site = str(g.ri(100, 300))
    for _ in range(g.ri(6, 10)):
        st = g.plus(dt, 0, 120)
        d(g.ch(["XR-501", "XR-501"]), ",", site, ",", I("XR501-" + site + "-" + g.digits(4)), ",",
          g.ch(["HEADACHE", "NAUSEA", "ALT INCREASED", "RASH MACULO-PAPULAR", "FATIGUE", "DIZZINESS", "URTI"]), ",",
          D(g.fd(st, "iso")), ",", D(g.fd(g.plus(st, 1, 20), "iso")) if g.p(0.7) else "", ",",
          g.ch(["MILD", "MODERATE", "SEVERE"]), ",", g.ch(["N", "N", "Y"]), ",", g.ch(["NOT RELATED", "POSSIBLY", "PROBABLY"]), ",",
          "\"", N(inv.LF().replace(",", ", ")), "\"\n")


def ct_preg(g, d):
    pt = g.person(sex="F"); ob = g.clin("md"); crc = g.clin("crc"); dt = g.date(2022)
    partner = g.person(sex="M")
    d("PREGNANCY FOLLOW-UP FORM\nParticipant ID ", I(g.digits(3) + "-" + g.digits(3)), "   Partner pregnancy? ",
      g.ch(["No", "Yes"]), "\n")
    d("LMP: ", D(g.fd(g.plus(dt, -120, -60), "dmy_mon")), "   EDD: ", D(g.fd(g.plus(dt, 140, 200), "dmy_mon")),
      "   Date of this report: ", D(g.fd(dt, "dmy_mon")), "\n")
    d("Obstetrician: Dr. ", N(ob.full()), ", ", P(g.phone("us")), ", fax ", F(g.phone("us")), "\n")
    d("Delivery hospital: ", g.facility("Women's Hospital"), ". Mother's MRN there: ", M(g.mrn()), "\n")
    d("Outcome: ", g.ch(["ongoing, 24w US normal", "live birth 38w, 3210 g, Apgar 8/9", "spontaneous abortion 9w"]), "\n")
    d("Infant: ", g.ch(["N/A", "female", "male"]), "   Father of baby: ", N(partner.full()), " (consented to data collection ",
      D(g.fd(g.plus(dt, -30, 0), "us")), ")\n")
    d("Completed by ", N(crc.ini()), "\n")


TRIALS = [ct_sae, ct_deviation, ct_consent, ct_csv, ct_preg]


# =========================================================== genetics

def pedigree_people(g, pt):
    """Returns list of (relation word, person, age or None, note)."""
    out = []
    rels = [("mother", "F"), ("father", "M"), ("maternal grandmother", "F"), ("maternal grandfather", "M"),
            ("paternal grandmother", "F"), ("paternal aunt", "F"), ("maternal uncle", "M"), ("sister", "F"),
            ("brother", "M"), ("son", "M"), ("daughter", "F"), ("first cousin", None)]
    picks = g.r.sample(rels, g.ri(5, 8))
    for rel, sx in picks:
        same = "paternal" in rel or rel in ("father", "sister", "brother", "son", "daughter")
        p = g.relative(pt, sex=sx, same_last=same and g.p(0.8))
        note = g.ch(["breast cancer dx at 4%d" % g.ri(0, 9), "colon cancer dx 5%d" % g.ri(0, 9), "ovarian ca, died at 6%d" % g.ri(0, 9),
                     "no cancer", "prostate cancer in his 70s", "MI at 5%d" % g.ri(0, 9), "healthy", "unknown history",
                     "pancreatic cancer", "polyps on colonoscopy"])
        age = g.ri(90, 101) if ("grand" in rel and g.p(0.5)) else None
        out.append((rel, p, age, note))
    return out


def gn_letter(g, d):
    pt = g.person(); gc = g.clin("gc"); md = g.clin("md"); dt = g.date(2022)
    street, cl, *_ = g.addr()
    gene = g.ch(["BRCA2", "MLH1", "PALB2", "CHEK2", "MYBPC3", "LDLR", "TTR"])
    d(g.facility("Cancer Genetics Program"), "\n", A(g.full_addr()), " | ", P(g.phone("us")), "\n\n", D(g.fd(dt, "long")), "\n\n")
    d(N(pt.full()), "\n", A(street), "\n", A(cl), "\n\n")
    d("Dear ", N(pt.first), ",\n\nIt was a pleasure to meet with you on ", D(g.fd(g.plus(dt, -30, -5), "long")),
      " to discuss your genetic test results. Your testing at ", g.ch(["Invitae", "Ambry", "GeneDx"]), " (accession ", I(g.accession()),
      ") found a pathogenic variant in the ", gene, " gene, c.", str(g.ri(100, 9000)), g.ch(["delA", "C>T", "_", "G>A"]), ".\n\n")
    d("Because this variant is inherited, your relatives may also carry it. ")
    ppl = pedigree_people(g, pt)
    for rel, p, age, note in ppl[:3]:
        d("Your ", rel, ", ", N(p.first), ", ", g.ch(["can be tested for this single variant", "may wish to speak with her doctor"
                                                      if p.sex == "F" else "may wish to speak with his doctor", "would be eligible for testing"]), ". ")
    d("We have enclosed a family letter you can share.\n\n")
    d("Recommendations: ", g.ch(["annual breast MRI and mammogram", "colonoscopy every 1-2 years", "cardiology follow-up, echo annually"]), ".\n\n")
    d("Sincerely,\n", N(gc.full()), ", ", gc.cred, "\nGenetic Counselor\n", E(g.email(gc)), "\ncc: Dr. ", N(md.full()), "\n")


def gn_pedigree(g, d):
    pt = g.person(); gc = g.clin("gc"); dt = g.date(2022)
    age = g.ri(25, 70)
    d("PEDIGREE NARRATIVE / FAMILY HISTORY\nProband: ", N(pt.lfm()), "  ", lab(g, "mrn"), " ", M(g.mrn()), "  Session ", D(g.fd(dt, "us")), "\n")
    d("Ancestry: ", g.ch(["Ashkenazi Jewish (maternal)", "Polish/Irish", "Nigerian (Igbo)", "Vietnamese", "Puerto Rican", "Norwegian"]),
      "; consanguinity denied.\n\n")
    d("Proband: ", str(age), "-year-old ", g.ch(["woman", "man"]), ", ", g.ch(["breast cancer (ER+) dx age 41", "healthy, referred for family hx",
                                                                       "colon ca dx 38", "HCM on echo"]), ".\n")
    for rel, p, a, note in pedigree_people(g, pt):
        d("- ", rel.capitalize(), " ", N(g.ch([p.full(), p.first, p.full()])))
        if a:
            d(", living, age ", AGE(a), ": ", note, ".\n")
        elif g.p(0.3):
            d(", deceased ", D(g.fd(g.date(1995, 2020), g.ch(["us", "long", "abbr"]))), ": ", note, ".\n")
        else:
            by = 2024 - age
            off = (-g.ri(45, 60) if "grand" in rel else -g.ri(20, 35) if rel in ("mother", "father", "paternal aunt", "maternal uncle")
                   else g.ri(20, 35) if rel in ("son", "daughter") else g.ri(-8, 8))
            d(" (b. ", str(by + off), "): ", note, ".\n")
    d("\nGreat-grandmother ", g.ch(["died at", "lived to"]), " ")
    ga = g.ri(90, 104)
    d(AGE(ga, words(ga)), g.ch([" with dementia.", ", cause unknown."]), "\n")
    d("Pedigree drawn in Progeny; ", N(gc.ini()), "\n")


def gn_family(g, d):
    pt = g.person(); gc = g.clin("gc"); dt = g.date(2022)
    d("FAMILY LETTER\n\n", D(g.fd(dt, g.ch(["long", "dlong"]))), "\n\nTo the relatives of ", N(pt.full()), ":\n\n")
    d("Your relative ", N(pt.first), " recently had genetic testing that identified a change (variant) in the ", g.ch(["MSH2", "BRCA1", "APC"]),
      " gene. This means other family members could also have inherited it. ")
    rel, sib = g.kin(pt, ["sister", "brother", "cousin"], True)
    d(N(pt.first), " has asked us to share this with ", pt.his, " ", rel, " ", N(sib.full()), " and other blood relatives.\n\n")
    d("If you would like testing, bring this letter to your doctor or contact our clinic at ", P(g.phone("us")),
      ". A copy of the lab report (", pt.his, " result, report date ", D(g.fd(g.plus(dt, -40, -5), "us")), ") is attached.\n\n")
    d("Testing for relatives abroad can be arranged; ", N(sib.first), " in ", g.ch(["the UK", "Australia"]), " can call ",
      P(g.phone(g.ch(["uk", "au"]))), ".\n\n")
    d("With kind regards,\n", N(gc.full()), ", ", gc.cred, "\n")


def gn_lab(g, d):
    pt = g.person(); dir_ = g.clin("md"); dt = g.date(2022)
    d(g.ch(["MOLECULAR DIAGNOSTICS LABORATORY", "GENOMICS CORE LAB"]), "  CLIA ", g.digits(2), "D", g.digits(7), "\n")
    d("Patient: ", N(pt.LFM()), "   DOB: ", D(g.fd(g.dob(g.ri(1, 70)), "us")), "   Sex: ", pt.sx, "\n")
    d("Accession #: ", I(g.accession()), "   Requisition #: ", I(g.digits(8)), "   ", lab(g, "mrn"), ": ", M(g.mrn()), "\n")
    d("Specimen: ", g.ch(["blood EDTA", "saliva", "buccal swab"]), "  Collected ", D(g.fd(dt, "us")), "  Received ",
      D(g.fd(g.plus(dt, 1, 3), "us")), "  Reported ", D(g.fd(g.plus(dt, 14, 28), "us")), "\n")
    d("Ordering provider: ", N(g.clin("md").lf()), ", NPI ", LI(g.npi()), "\n\nRESULT: ", g.ch(["POSITIVE", "NEGATIVE", "VUS IDENTIFIED"]), "\n")
    d("Gene  Variant  Zygosity  Classification\n", g.ch(["CFTR", "HBB", "SMN1", "FMR1", "GJB2"]), "  c.", str(g.ri(30, 3800)),
      g.ch(["G>A", "del", "C>T"]), " (p.", g.ch(["Phe508del", "Glu6Val", "Arg117His"]), ")  ", g.ch(["heterozygous", "homozygous"]),
      "  ", g.ch(["Pathogenic", "Likely pathogenic", "VUS"]), "\n")
    d("Electronically signed: ", N(dir_.full()), ", ", dir_.cred, ", PhD, FACMG, Laboratory Director ", D(g.fd(g.plus(dt, 14, 28), "us")), "\n")


def gn_prenatal(g, d):
    pt = g.person(sex="F"); gc = g.clin("gc"); dt = g.date(2022)
    fob = g.person(sex="M")
    age = g.ri(22, 44)
    d("Prenatal Genetic Counseling Note\n", N(pt.full()), ", G", str(g.ri(1, 5)), "P", str(g.ri(0, 3)), ", ", str(age), " y/o, EDD ",
      D(g.fd(g.plus(dt, 60, 200), "us")), "\n", lab(g, "plan"), " ", H(g.plan()), "\n\n")
    d("Indication: ", g.ch(["AMA", "abnormal NIPT (T21 high risk)", "carrier screen positive (SMA)", "echogenic bowel on US"]), ".\n")
    d("Partner ", N(fob.full()), ", age ", str(g.ri(22, 55)), ", ", g.ch(["of Filipino descent", "of Haitian descent", "adopted, hx unknown"]), ".\n")
    d("Her maternal grandmother ", N(g.relative(pt, sex="F", same_last=False).full()), " (", AGE(g.ri(90, 99)), ") lives in ",
      A(g.town()), " and has a grandson with intellectual disability.\n")
    d("Options discussed: CVS vs amnio, no testing. Pt elects amniocentesis ", D(g.fd(g.plus(dt, 3, 14), g.ch(["md", "abbr_noy"]))), ".\n")
    d("Time: 55 min. ", N(gc.full()), ", ", gc.cred, "\n")


GENETICS = [gn_letter, gn_pedigree, gn_family, gn_lab, gn_prenatal]


# =========================================================== medicolegal

def spoken_number(s):
    m = {"0": "zero", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven",
         "8": "eight", "9": "nine"}
    return " ".join(m.get(c, c) for c in s if c.isdigit())


def sr_errors(g, s):
    pairs = [("hypertension", "hyper tension"), ("patient", "patient"), ("lumbar", "lumber"), ("ileum", "ilium"),
             ("the", "the the"), ("dysphagia", "dysphasia"), ("discrete", "discreet")]
    for a, b in pairs:
        if a in s and g.p(0.5):
            s = s.replace(a, b, 1)
    return s


def ml_dictation(g, d):
    pt = g.person(); md = g.clin("md"); dt = g.date(2022)
    age = g.ri(30, 88) if g.p(0.7) else g.ri(90, 99)
    d("[Transcribed via speech recognition - not proofread]\n\n")
    d("this is doctor ", N(md.last.lower()), " dictating an independent medical evaluation on ", N(pt.lower()), " comma date of birth ",
      D(g.fd(g.dob(age), "dict")), " period date of examination ", D(g.fd(dt, "dict")), " period new paragraph\n")
    d("history of present illness colon the claimant is a ", AGE(age, words(age)), " year old ", {"M": "gentleman", "F": "lady"}.get(pt.sex, "person"),
      " who reports a ", g.ch(["lumbar", "cervical"]), " injury on ", D(g.fd(g.plus(dt, -400, -60), "words")), " comma when ",
      g.ch([pt.he + " was rear ended at a stoplight", pt.he + " slipped on ice in the employee parking lot", "a pallet fell on the patient"]),
      " period ", sr_errors(g, "the patient has a history of hypertension and dysphagia period"), " new paragraph\n")
    d("the claimant's attorney comma ", N(g.person().full().lower() if g.p(0.5) else g.person().full()), " comma was present by phone period ")
    d("claim number ", I(spoken_number(g.digits(7))), " period medical record number ", M(g.digits(7)), " period\n")
    d("the claimant's phone number is ", P(g.phone("us")), " period ", pt.he, " lives at ", A(g.street(unit=False).lower()), " in ",
      A(g.town()), " period new paragraph\n")
    d("end of dictation period\n\nJob ", g.digits(6), "  D: ", D(g.fd(dt, "us")), "  T: ", D(g.fd(g.plus(dt, 1, 3), "us")), "  ", g.letters(3).lower(), "\n")


def ml_attorney(g, d):
    pt = g.person(); att = g.person(); md = g.clin("md"); dt = g.date(2022)
    d("LAW OFFICES OF ", N(att.FL()), ", P.C.\n", A(g.full_addr()), "\nTel ", P(g.phone("us")), "  Fax ",
      F(g.phone("us")), "  ", E(g.email(att)), "\n\n", D(g.fd(dt, "long")), "\n\n")
    d("VIA FAX AND CERTIFIED MAIL\nCustodian of Records\n", g.facility("Medical Center"), "\n\nRe: Our client: ", N(pt.full()),
      "\n    Date of Birth: ", D(g.fd(g.dob(g.ri(20, 80)), "long")), "\n    SSN: xxx-xx-", g.digits(4), "\n    Date of Incident: ",
      D(g.fd(g.plus(dt, -500, -60), "long")), "\n    Our File No.: ", I(g.digits(2) + "-" + g.digits(4)), "\n\n")
    d("Dear Sir or Madam:\n\nThis office represents the above-named client regarding injuries sustained in a motor vehicle collision. ")
    d("Enclosed is a HIPAA-compliant authorization signed ", D(g.fd(g.plus(dt, -10, -1), "us")), ". Please forward complete records, ",
      "including ED notes, imaging, and itemized billing for account ", AC(g.acct()), ", from ", D(g.fd(g.plus(dt, -500, -60), "us")),
      " to present, including treatment by Dr. ", N(md.full()), ".\n\n")
    d("Very truly yours,\n\n", N(att.full()), ", Esq.\nBar No. ", I(g.digits(6)), "\nParalegal: ", N(g.person().first_l()), "\n")


def ml_disability(g, d):
    pt = g.person(); md = g.clin("md"); dt = g.date(2022)
    age = g.ri(40, 64)
    d("CONSULTATIVE EXAMINATION - DISABILITY DETERMINATION SERVICES\n")
    d("Claimant: ", N(pt.FL()), "   SSN: ", S(g.ssn()), "   RQID ", I(g.letters(1) + g.digits(8)), "\nExam date: ",
      D(g.fd(dt, "us")), "   Identification verified: ", g.ch(["DL", "state ID"]), " #", LI(g.dl()), "\n\n")
    d("The claimant, a ", str(age), "-year-old former ", g.ch(["welder", "home health aide", "trucker", "teacher"]),
      ", drove ", g.ch(["herself", "himself", "self"]), " in a ", g.ch(["2012 Chevy Malibu", "Dodge Ram", "Nissan Altima"]),
      " (", V(g.plate()), ") and was accompanied by ", g.ch(["spouse", "friend"]), " ", N(g.person().first), ".\n")
    d("Alleges: ", g.ch(["DDD lumbar spine, neuropathy", "COPD, CHF", "bipolar disorder, PTSD", "RA, fibromyalgia"]), ".\n")
    d("Exam: gait ", g.ch(["antalgic", "normal", "wide-based"]), "; uses cane; ", vitals(g, 0), "; FEV1 ", "%.2f" % (g.ri(90, 350) / 100), " L (", str(g.ri(30, 90)), "% pred).\n")
    d("Statement: claimant can sit 30 min, stand 15 min, lift 10 lb occasionally.\n")
    d(N(md.full()), ", ", md.cred, "   ", LI(g.state_lic()), "\n")


def ml_depo(g, d):
    pt = g.person(); dr = g.clin("md"); att1 = g.person(); att2 = g.person(); rep = g.person(); dt = g.date(2022)
    d("DEPOSITION SUMMARY\nCase: ", N(pt.full()), " v. ", g.ch(["Meridian Health System", "Keystone Nursing Center", "Dr. " ]))
    if d.buf[-1] == "Dr. ":
        d(N(dr.last))
    d(", et al.   Case # ", I(g.digits(2) + "-CV-" + g.digits(5)), "\nDeponent: ", N(dr.full()), ", ", dr.cred, "\nDate: ",
      D(g.fd(dt, "long")), "   Reporter: ", N(rep.full()), ", CSR\n\n")
    d("Page:Line  Summary\n")
    d("6:12  Witness treated plaintiff from ", D(g.fd(g.plus(dt, -900, -700), "us")), " to ", D(g.fd(g.plus(dt, -600, -400), "us")), ".\n")
    d("14:3  Reviewed chart note of ", D(g.fd(g.plus(dt, -800, -600), "long")), "; agrees fall risk score was ", str(g.ri(45, 90)), ".\n")
    rw, rel = g.kin(pt, ["daughter", "son", "wife", "husband"])
    d("22:18  Recalls conversation with plaintiff's ", rw, ", ", N(rel.full()), ", at bedside.\n")
    d("31:5  Plaintiff's counsel ", N(att1.full()), " objected, form.\n")
    d("40:22  Witness denies receiving pager message at ", g.time(), ".\n")
    d("48:9  Cross by ", N(att2.last), ".\n")


def ml_records(g, d):
    pt = g.person(); clerk = g.person(); dt = g.date(2022)
    d("AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION\n\n")
    d("Patient name: ", N(pt.full()), "   Other names used: ", N(pt.first + " " + g.person().last), "\n")
    d("DOB: ", D(g.fd(g.dob(g.ri(20, 80)), "us")), "   ", lab(g, "mrn"), ": ", M(g.mrn()), "   Last 4 SSN: ", g.digits(4), "\n")
    d("Address: ", A(g.full_addr()), "   Phone: ", P(g.phone()), "\n")
    d("Release to: ", N(g.person().full()), ", Esq., ", A(g.full_addr()), "   Fax ", F(g.phone("us")), "\n")
    d("Information: all records, dates of service ",
      D(g.fd(g.plus(dt, -700, -300), "us")), " through ", D(g.fd(dt, "us")), "\nPurpose: litigation\n")
    d("Expires: ", D(g.fd(g.plus(dt, 300, 400), "long")), "\nSigned: ", N(pt.ini()), "   Date: ", D(g.fd(dt, "us_nz")), "\n")
    d("Processed by ", N(clerk.first_l()), " - HIM request ", I("ROI-" + g.digits(6)), "\n")


def ml_dictation2(g, d):
    pt = g.person(); md = g.clin("md"); dt = g.date(2022); att = g.person()
    age = g.ri(90, 97) if g.p(0.4) else g.ri(35, 89)
    dob = g.dob(age, dt)
    ph = "%s555%s" % (g.ch(["413", "617", "802", "312"]), "01%02d" % g.ri(0, 99))
    d("DICTATED REPORT - auto transcript, job ", g.digits(7), "\n\n")
    d("okay this is ", N(md.full().lower()), " dictating a disability evaluation period the patient's name is ", N(pt.full().lower()),
      " last name spelled ", N(" ".join(pt.last.replace(" ", "").replace("-", "").replace("'", "").lower())), " period\n")
    d("date of birth ", D(ord_words(dob.day) + " of " + MONTHS[dob.month - 1].lower() + " " + year_words(dob.year)),
      " comma which makes ", pt.him, " ", AGE(age, words(age)), " period date of service today is the ",
      D(ord_words(dt.day) + " of " + MONTHS[dt.month - 1]), " period new paragraph\n")
    d("medical record number ", M(spoken_number(g.digits(7))), " period ", "callback phone number ", P(spoken_number(ph)),
      " period new paragraph\n")
    d(sr_errors(g, "the patient has chronic lumbar pain with radiation into the left leg and a history of hypertension"),
      " period ", pt.he, " was seen by doctor ", N(g.clin("md").last.lower()), " at ", g.ch(["summit orthopedics", "valley spine center"]),
      " on ", D(g.fd(g.plus(dt, -200, -30), "words").lower()), " period medications include ", g.ch(["gabapentin three hundred milligrams three times a day",
      "meloxicam fifteen milligrams daily", "duloxetine sixty milligrams daily"]), " period\n")
    d("counsel for the claimant comma ", N(att.full()), " comma requested a copy period fax to ", F(g.phone("us")), " period end of report\n")
    d("\n[dictated but not read] ", N(md.ini()), "/", g.letters(2).lower(), "  D: ", D(g.fd(dt, "us")), "\n")


MEDICOLEGAL = [ml_dictation, ml_attorney, ml_disability, ml_depo, ml_records, ml_dictation2]
