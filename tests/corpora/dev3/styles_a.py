"""Styles 1-6: behavioral health, dental, workers' comp, school health,
corrections health, hospice/palliative."""
from common import (N, D, A, Z, P, F, E, U, IP, S, M, H, AC, LI, V, DV, B, I, AGE,
                    PSY_DX, PSY_MEDS, GEN_DX, GEN_MEDS, vitals, labs, lab, words)


def sig(g, d, c, when=None, prefix="Signed: "):
    d(prefix, N(c.any(g.r) if g.p(0.6) else c.full()), ", ", c.cred)
    if when:
        d(" ", D(g.fd(when)), " ", g.time())
    d("\n")


# =========================================================== behavioral health

def bh_dap(g, d):
    pt = g.person(); c = g.clin("bh"); md = g.clin("md"); sprel, sp = g.kin(pt, ["husband", "wife", "partner"])
    dos = g.date(2022); age = g.ri(19, 74)
    d(g.facility("Behavioral Health").upper(), "\nINDIVIDUAL PSYCHOTHERAPY PROGRESS NOTE (DAP)\n\n")
    d("Client: ", N(pt.LFM()), "    ", lab(g, "dob"), ": ", D(g.fd(g.dob(age), "us")), "    ",
      lab(g, "mrn"), ": ", M(g.mrn()), "\n")
    d("Date of service: ", D(g.fd(dos)), "  Start ", g.time(h24=False), "  CPT 90837  Session #", str(g.ri(2, 40)), "\n")
    tele = g.p(0.5)
    if tele:
        d("Modality: telehealth video. Client located at home in ", A(g.town()), "; link ", U(g.url()),
          " (client IP logged ", IP(g.ip()), ")\n")
    else:
        d("Modality: in person, office 2", str(g.ri(10, 40)), "\n")
    dx = g.ch(PSY_DX)
    d("Dx: ", dx[0], " (", dx[1], ")\n\n")
    d("D: Client ", N(pt.first), " reports sleeping ", str(g.ri(3, 8)),
      " hrs/night, mood \"", g.ch(["flat", "up and down", "better this week", "heavy"]), "\". ",
      pt.He, " states ", pt.his, " ", sprel, ", ", N(sp.first),
      ", ", g.ch(["has been supportive", "moved out on", "was hospitalized"]))
    d(" ", D(g.fd(g.plus(dos, -30, -3), "long_ord")) if g.p(0.7) else "recently", ". PHQ-9 = ",
      str(g.ri(4, 24)), ", GAD-7 = ", str(g.ri(3, 19)), ". Denies SI/HI today.\n")
    d("A: Progress toward goal 2 (", g.ch(["reduce avoidance", "improve sleep", "decrease drinking days"]),
      ") is partial. Risk: low. ", pt.He, " continues ", g.ch(PSY_MEDS), " prescribed by Dr. ",
      N(md.last), ".\n")
    d("P: Continue weekly CBT. Next appt ", D(g.fd(g.plus(dos, 6, 14), g.ch(["us", "abbr_noy", "md"]))),
      " at ", g.time(h24=False), ". Client given after-hours line ", P(g.phone("us")), ".\n\n")
    sig(g, d, c, g.plus(dos, 0, 2), prefix="Electronically signed by ")


def bh_medmgmt(g, d):
    pt = g.person(); md = g.clin(g.ch(["md", "np"])); mom = g.relative(pt, sex="F")
    dos = g.date(2021); age = g.ri(18, 81)
    d("Psychiatry Med Management - Follow Up\n")
    d("Pt: ", N(pt.lf()), " | ", str(age), " y/o ", pt.sx, " | ", lab(g, "mrn"), " ", M(g.mrn()),
      " | Visit ", D(g.fd(dos, "iso")), "\n")
    d(lab(g, "plan"), ": ", H(g.plan()), " (", g.ch(["Medicaid MCO", "BCBS PPO", "Tricare", "Aetna HMO"]), ")\n\n")
    d("S: ", N(pt.first), " returns for f/u of ", g.ch(PSY_DX)[0].lower(), ". Reports ", g.ch([
        "improved energy, still ruminating at night", "two panic attacks since last visit",
        "missed doses while staying with relatives", "no mania; sleeping 7h"]), ". ")
    d("Collateral from ", g.ch(["mother", "mom"]), " ", N(mom.full() if g.p(0.5) else mom.first), " by phone (",
      P(g.phone()), "): agrees pt seems ", g.ch(["calmer", "more withdrawn", "about the same"]), ".\n")
    med = g.ch(PSY_MEDS)
    d("Current meds: ", med, "; ", g.ch(PSY_MEDS), "; ", g.ch(GEN_MEDS), ".\n")
    d("O: ", vitals(g), ". Wt ", str(g.ri(110, 260)), " lb. AIMS 0. ", labs(g))
    if "lithium" in med:
        d(", Li level ", "%.1f" % (g.ri(4, 11) / 10))
    d(".\nMSE: alert, oriented x4, speech normal rate, mood \"", g.ch(["okay", "tired", "anxious"]),
      "\", affect congruent, TP linear, no SI/HI/AVH.\n")
    d("PDMP reviewed ", D(g.fd(dos, g.ch(["us", "md"]))), ": no concerning fills.\n")
    d("A/P: Continue ", med, ". Return ", D(g.fd(g.plus(dos, 21, 60), "long")), ". ")
    d("Crisis plan reviewed.\n-- ", N(md.ini()), ", ", md.cred, "\n")


def bh_group(g, d):
    pt = g.person(); f1 = g.clin("bh"); f2 = g.clin(g.ch(["bh", "rn"]))
    dos = g.date(2022)
    grp = g.ch(["DBT Skills Group", "Relapse Prevention IOP", "Seeking Safety", "Anger Management", "Grief Support"])
    d("GROUP THERAPY NOTE\n", "Group: ", grp, "  |  Date: ", D(g.fd(dos, "dmy_mon")), "  |  Time: ",
      *(lambda t: (t[0], "-", t[1]))(g.tseq(2)), "\n")
    d("Facilitators: ", N(f1.full()), ", ", f1.cred, "; ", N(f2.full()), ", ", f2.cred, "\n")
    d("Member: ", N(pt.FL()), "   ", lab(g, "mrn"), " ", M(g.mrn()), "   Attendance ", str(g.ri(4, 11)), " of 12\n\n")
    d("Topic: ", g.ch(["distress tolerance (TIPP)", "high-risk situations", "boundaries", "cognitive distortions"]),
      ". Members present: ", str(g.ri(5, 10)), ".\n")
    d("Participation: ", N(pt.first), " ", g.ch(["arrived 10 min late", "was engaged", "left early"]),
      " and shared that ", pt.his, " ")
    rw, rel = g.kin(pt, ["brother", "daughter", "roommate", "grandmother", "son", "sister"])
    d(rw, " ")
    d(N(rel.first), " ", g.ch(["is driving " + pt.him + " to sessions", "relapsed last week",
                                "moved in with " + pt.him + " in " ]))
    if d.buf[-1].endswith(" in "):
        d(A(g.town()))
    d(". UDS collected (ref ", I(g.accession()), ").\n")
    d("Plan: continue group ", g.ch(["M/W/F", "Tues/Thurs", "weekly"]), "; next session ",
      D(g.fd(g.plus(dos, 2, 7), g.ch(["abbr", "md", "us"]))), ".\n")
    d(N(f1.ini()), "/", N(f2.ini()), "\n")


def bh_collateral(g, d):
    pt = g.person(); c = g.clin("bh")
    rel, fam = g.kin(pt, ["father", "mother", "sister", "aunt", "adult son", "adult daughter", "husband", "wife"])
    dos = g.date(2022)
    street, cl, town, st, z = g.addr()
    d("Collateral Contact Note\n", lab(g, "mrn"), ": ", M(g.mrn()), "\nClient: ", N(pt.full()), "\n")
    d("Contact date/time: ", D(g.fd(dos, "us")), " ", g.time(h24=False), "\n")
    d("Type: telephone, outgoing to ", P(g.phone()), "\n\n")
    d("Writer spoke with client's ", rel, ", ", N(fam.full()), ", per ROI signed ",
      D(g.fd(g.plus(dos, -120, -5), g.ch(["us", "long", "iso"]))), ". ")
    d(N(fam.first), " reports client has been staying with ", g.ch(["them", "the family"]), " at ",
      A(street + ", " + cl), " since ", D(g.fd(g.plus(dos, -40, -2), g.ch(["long_ord", "abbr_noy", "md"]))), ". ")
    d("Concerns: ", g.ch(["not eating, sleeping most of the day", "talking about wanting to 'disappear'",
                            "drinking again after 90 days sober", "spending sprees, little sleep"]), ". ")
    d("Family safety: firearms ", g.ch(["removed and stored at neighbor's", "none in home", "locked, ammo separate"]),
      ". Writer provided 24/7 crisis number and clinic line ", P(g.phone("us")), g.ext() if g.p(0.4) else "", ".\n")
    d("Alt contact for ", N(fam.first), ": ", E(g.email(fam)), "\n")
    sig(g, d, c, dos)


def bh_safety(g, d):
    pt = g.person(); c = g.clin("bh"); sup1 = g.person(); s2rel, sup2 = g.kin(pt, ["cousin", "sister", "grandpa", "uncle", "aunt", "brother"]); doc = g.clin("md")
    dt = g.date(2022)
    d("MY SAFETY PLAN\n", "Name: ", N(pt.first + " " + pt.last), "          Date: ", D(g.fd(dt, "us_nz")), "\n")
    d("Record no. ", M(g.mrn()), "\n\n")
    d("Step 1 - Warning signs: ", g.ch(["isolating in my room", "not answering texts", "drinking alone at night"]), "\n")
    d("Step 2 - Things I can do on my own: ", g.ch(["walk the dog", "cold shower", "play guitar", "coloring"]), "\n")
    d("Step 3 - People and places that distract me: ", g.ch(["coffee shop on", "library on", "gym on"]),
      " ", g.ch(["Main", "Center", "Broad"]), " St; my friend ", N(sup1.first), " ", P(g.phone()), "\n")
    d("Step 4 - People I can ask for help: ", s2rel, " ",
      N(sup2.full()), " ", P(g.phone()), "; ", N(sup1.full()), " (text)\n")
    d("Step 5 - Professionals: therapist ", N(c.full()), ", ", c.cred, "  ", P(g.phone("us")), g.ext(),
      "; psychiatrist Dr. ", N(doc.last), "  after hours ", P(g.phone("us")), "\n")
    d("Step 6 - Making my environment safe: meds kept by ", N(sup2.first), "; lockbox code known only to ",
      sup2.him, ".\n\n")
    d("Patient signature: ", N(pt.ini()), "   Clinician: ", N(c.ini()), "   Reviewed ", D(g.fd(g.plus(dt, 25, 35), "md")), "\n")


def bh_birp(g, d):
    pt = g.person(); c = g.clin("bh"); kid = g.relative(pt, same_last=True)
    dos = g.date(2022)
    a = g.ri(20, 70)
    d(N(pt.LF()), "  ", AC(g.acct()), "\n")
    d("BIRP NOTE  ", D(g.fd(dos, "dmy_mon_l")), "  Program: ", g.ch(["ACT Team", "Outpatient", "Case Mgmt", "PHP"]),
      "\n")
    d("Behavior: ", str(a), "yo ", g.ch(["veteran", "client", "consumer"]), " presented ", g.ch(["disheveled", "neatly dressed", "guarded"]),
      "; reports eviction notice for ", A(g.street()), ". ")
    d("States ", pt.his, " child ", N(kid.first), " (age ", str(g.ri(3, 16)), ") is with grandparents in ",
      A(g.town()), ".\n")
    d("Intervention: MI, problem-solving re housing. Called ", g.ch(["Housing Authority", "legal aid", "SSA"]),
      " with client at ", P(g.phone()), ".\n")
    d("Response: client engaged, agreed to bring lease and ID (", g.ch(["DL", "driver's license"]), " ", LI(g.dl()),
      ") next visit.\n")
    d("Plan: home visit ", D(g.fd(g.plus(dos, 2, 9), g.ch(["long_ord", "abbr_noy", "d_mon"]))), ". CSP goal #3.\n")
    d("-- ", N(c.first_l()), ", ", c.cred, "\n")


BEHAVIORAL = [bh_dap, bh_medmgmt, bh_group, bh_collateral, bh_safety, bh_birp]


# =========================================================== dental

TEETH = ["#3", "#14", "#19", "#30", "#8", "#9", "#18", "#31", "#2", "#15"]


def dn_perio(g, d):
    pt = g.person(); hyg = g.clin("hyg"); dds = g.clin("dent"); dt = g.date(2021)
    d(g.facility("Dental Group"), " - Periodontal Charting Narrative\n")
    d("Patient: ", N(pt.full_m()), "   Chart ", M(g.mrn()), "   ", lab(g, "dob"), " ", D(g.fd(g.dob(g.ri(22, 88)), "us")), "\n")
    d("Appt: ", D(g.fd(dt, "abbr")), " ", g.time(h24=False), "  Provider: ", N(dds.f_last()), ", ", dds.cred, "\n\n")
    d("Generalized 4-6 mm probing depths with BOP in posterior sextants. ", g.ch(TEETH), " MB 7 mm, Class II furcation ",
      g.ch(TEETH), ". Recession 2-3 mm mandibular anteriors. Mobility grade I on #24, #25.\n")
    d("Dx: Stage III, Grade B periodontitis. Plaque score ", str(g.ri(20, 80)), "%.\n")
    d("Tx today: SRP UR/LR quadrants (D4341 x2) under local, 2 carpules 4% articaine 1:100k.\n")
    d("Pt reports ", g.ch(["smoking 1/2 ppd", "vaping", "no tobacco"]), "; A1c per PCP ", "%.1f" % (g.ri(55, 95) / 10), "%.\n")
    d("Next: re-eval 4-6 wks, ", D(g.fd(g.plus(dt, 28, 42), "us_short")), ". Pt's spouse ", N(g.relative(pt).first),
      " to drive.\n", N(hyg.first + " " + hyg.last), ", ", hyg.cred, "\n")


def dn_endo(g, d):
    pt = g.person(); dds = g.clin("dent"); asst = g.clin("ma"); dt = g.date(2021)
    t = g.ch(TEETH)
    d("RESTORATIVE / ENDO PROGRESS NOTE\n", D(g.fd(dt, "us")), "  ", N(pt.LFM()), "  Pt# ", M(g.mrn()), "\n")
    d("CC: \"", g.ch(["throbbing on the lower left", "sensitive to cold for weeks", "broke a filling on a popcorn kernel"]),
      "\". Tooth ", t, " percussion +, cold lingering >10s. PA radiograph: widened PDL.\n")
    d("Dx: symptomatic irreversible pulpitis ", t, " (K04.01). Consent reviewed; BP ", "%d/%d" % (g.ri(110, 150), g.ri(65, 95)), ".\n")
    d("Tx: RCT ", t, " - isolation with rubber dam, WL MB 21 mm / DB 20.5 mm / P 22 mm, rotary to 35/.04, NaOCl 3%, ",
      "obturated warm vertical, core buildup D2950. Ibuprofen 600 mg q6h x3 days.\n")
    d("Lab case for crown sent: case ", I(g.letters(2) + g.digits(6)), ", shade A2.\n")
    d("Recall ", D(g.fd(g.plus(dt, 14, 30), "abbr_noy")), ". Home ph on file ", P(g.phone()), ".\n")
    d(N(dds.ini()), " ", dds.cred, " / asst ", N(asst.first), "\n")


def dn_consent(g, d):
    pt = g.person(); dds = g.clin("dent"); wit = g.person(); dt = g.date(2021)
    minor = g.p(0.35)
    par = g.relative(pt, same_last=True) if minor else None
    d("INFORMED CONSENT FOR ORAL SURGERY\n\n")
    d("I, ", N(pt.full() if not minor else par.full()), ", ", "" if not minor else "parent/guardian of " , )
    if minor:
        d(N(pt.full()), ", ")
    d("authorize Dr. ", N(dds.full()), " to perform: extraction of teeth ", g.ch(["#1, #16, #17, #32", "#17 and #32", "#30"]),
      " under ", g.ch(["IV sedation", "local anesthesia", "nitrous oxide"]), ".\n")
    d("Risks explained include pain, swelling, dry socket, paresthesia of lip/tongue (IAN), sinus exposure.\n")
    d("Patient DOB: ", D(g.fd(g.dob(g.ri(12, 17) if minor else g.ri(18, 70)), g.ch(["us", "long", "eu"]))),
      "     Chart: ", M(g.mrn()), "\n")
    d("Escort/driver: ", N(g.person().full()), "  cell ", P(g.phone()), "\n")
    d("Signature: ____________   Date: ", D(g.fd(dt, "us_nz")), "\nWitness: ", N(wit.full()), "    Signature pad capture ID ",
      B("SIG-" + g.digits(8)), "\n")


def dn_preauth(g, d):
    pt = g.person(); dds = g.clin("dent"); dt = g.date(2022)
    street, cl, *_ = g.addr()
    d(g.facility("Family Dentistry"), "\n", A(g.street(unit=False)), "\n", A(g.city_line()[0]), "\n",
      "Phone ", P(g.phone("us")), "   Fax ", F(g.phone("us")), "\n\n")
    d(D(g.fd(dt, "long")), "\n\n", g.ch(["Delta Dental", "MetLife Dental", "Guardian", "Cigna Dental"]),
      " - Predetermination Dept.\nPO Box ", str(g.ri(1000, 99999)), "\n\n")
    d("RE: ", N(pt.full()), "   ", lab(g, "dob"), " ", D(g.fd(g.dob(g.ri(20, 80)), "us")), "\n", "Subscriber: ",
      N(g.relative(pt).full()), "   ", g.ch(["Subscriber ID", "Member ID", "Ins ID #"]), " ", H(g.plan()), "   Group ",
      g.digits(6), "\n\n")
    d("Dear Claims Reviewer,\n\nWe request predetermination for D6010 implant body and D6065 implant crown at site ",
      g.ch(TEETH), " following extraction on ", D(g.fd(g.plus(dt, -200, -60), "long")), ". Tooth was non-restorable ",
      "(vertical root fracture). Adjacent teeth are unrestored; a bridge would require preparing sound enamel.\n")
    d("Enclosed: FMX dated ", D(g.fd(g.plus(dt, -30, -1), "us")), ", CBCT, perio chart.\n\n")
    d("Sincerely,\n", N(dds.full()), ", ", dds.cred, "\nNPI ", LI(g.npi()), "   TIN on file\n")


def dn_ortho(g, d):
    pt = g.person(); orth = g.clin("dent"); prel, par = g.kin(pt, ["mom", "dad", "grandma"], True); dt = g.date(2022)
    age = g.ri(10, 16)
    d("Ortho progress - visit ", str(g.ri(4, 24)), "\n", N(pt.first_l()), " (", str(age), "yo) | acct ", AC(g.acct()), " | ",
      D(g.fd(dt, "md")), "\n")
    d("Upper 0.019x0.025 SS, lower 0.016 NiTi. Elastics Class II 3/16\" 4.5 oz full time. Hygiene ",
      g.ch(["fair", "poor - decalcification #7", "good"]), ".\n")
    d("Broken bracket #", str(g.ri(2, 15)), " rebonded. Discussed with ", prel, " ",
      N(par.first), " - agrees to elastics chart. Payment plan balance on acct.\n")
    d("NV: ", D(g.fd(g.plus(dt, 28, 56), g.ch(["abbr", "us_short"]))), " 6 wk adj. Text reminders to ", P(g.phone()), ".\n")
    d(N(orth.ini()), "\n")


DENTAL = [dn_perio, dn_endo, dn_consent, dn_preauth, dn_ortho]


# =========================================================== workers' comp

def wc_froi(g, d):
    pt = g.person(); sup = g.person(); dt = g.date(2021)
    street, cl, town, st, z = g.addr()
    d("EMPLOYER'S FIRST REPORT OF INJURY OR ILLNESS\n", "Claim ref: ", I(g.claim()), "     Carrier: ",
      g.ch(["Granite Mutual", "Liberty Casualty", "State Fund"]), "\n\n")
    d("1. Employee name: ", N(pt.LFM()), "\n2. SSN: ", S(g.ssn()), "\n3. Home address: ", A(street), "\n   City/State/ZIP: ",
      A(cl), "\n4. Phone: ", P(g.phone()), "\n5. DOB: ", D(g.fd(g.dob(g.ri(18, 66)), "us")), "   Sex: ", pt.sx, "\n")
    d("6. Occupation: ", g.ch(["warehouse associate", "CNA", "line cook", "roofer", "bus driver", "custodian"]),
      "   Date of hire: ", D(g.fd(g.date(2010, 2020), "us")), "\n")
    d("7. Date of injury: ", D(g.fd(dt, "us")), "  Time: ", g.time(h24=False), "\n8. Supervisor: ", N(sup.full()),
      "  ", P(g.phone("us")), g.ext() if g.p(0.5) else "", "\n")
    d("9. Describe: ", g.ch(["Employee lifting 50 lb case from pallet felt pop in low back.",
                            "Slipped on wet floor in dish area, fell onto right wrist.",
                            "Ladder shifted, fell approx 6 ft onto left side.",
                            "Patient combative during transfer, struck employee in face."]), "\n")
    d("10. Treated at: ", g.facility("Urgent Care"), " on ", D(g.fd(g.plus(dt, 0, 2), g.ch(["us", "abbr"]))), "\n")
    d("Prepared by: ", N(g.person().full()), ", HR   ", E(g.email(None)), "\n")


def wc_status(g, d):
    pt = g.person(); md = g.clin("md"); dt = g.date(2022)
    d(g.facility("Occupational Health"), "\nWORK STATUS REPORT\n\n")
    d("Employee: ", N(pt.full()), "     Employer: ", g.ch(["Pinewood Logistics", "Harbor Foods", "Metro Transit", "Allied Roofing"]),
      "\nCase #: ", I(g.claim()), "     DOI: ", D(g.fd(g.plus(dt, -60, -1), "us_nz")), "     Visit: ", D(g.fd(dt, "us_nz")), "\n\n")
    d("Dx: ", g.ch(["Lumbar strain (S39.012A)", "Right wrist sprain (S63.501A)", "Contusion left shoulder (S40.012A)"]), "\n")
    d("[", g.ch(["X", " "]), "] Full duty   [X] Modified duty   [ ] Off work\n")
    d("Restrictions: no lifting > ", str(g.ri(10, 25)), " lb, no ladders, sit/stand as needed, ", g.ri(4, 8).__str__(), " hr shifts.\n")
    d("Valid through ", D(g.fd(g.plus(dt, 7, 21), "long")), ". Recheck ", D(g.fd(g.plus(dt, 7, 14), "abbr_noy")), ".\n")
    d("Physician: ", N(md.full()), ", ", md.cred, "   Lic ", LI(g.state_lic()), "\n")
    d("Questions: case manager ", N(g.person().first_l()), " ", P(g.phone("us")), " / fax ", F(g.phone("us")), "\n")


def wc_adjuster(g, d):
    pt = g.person(); adj = g.person(); att = g.person(); dt = g.date(2022)
    d(g.ch(["Granite Mutual Insurance", "Keystone Casualty Co.", "Beacon Comp Services"]), "\n", A(g.full_addr()), "\n\n")
    d(D(g.fd(dt, "long")), "\n\n", N(pt.full()), "\n", A(g.street()), "\n", A(g.city_line()[0]), "\n\n")
    d("RE:  Claim No. ", I(g.claim()), "\n     Date of Loss: ", D(g.fd(g.plus(dt, -300, -20), "us")), "\n     Employer: ",
      g.ch(["Crossroads Warehouse LLC", "Sunrise Senior Living", "County DPW"]), "\n\n")
    d("Dear ", pt.mr, " ", N(pt.last), ":\n\n")
    d("This letter confirms that your temporary total disability benefits of $", str(g.ri(400, 1100)), ".", g.digits(2),
      " per week will continue pending the Independent Medical Examination scheduled for ",
      D(g.fd(g.plus(dt, 10, 40), "long")), " at ", g.time(h24=False), " with Dr. ", N(g.clin("md").full()), ".\n")
    d("Mileage is reimbursable. Please bring photo ID and a list of medications. If you are represented, a copy has been sent to ",
      N(att.full()), ", Esq.\n\n")
    d("Sincerely,\n", N(adj.full()), "\nSenior Claims Adjuster\nDirect ", P(g.phone("us")), "  |  ", E(g.email(adj)), "\n")


def wc_ccf(g, d):
    pt = g.person(); col = g.person(); dt = g.date(2021)
    d("FEDERAL DRUG TESTING CUSTODY AND CONTROL FORM - COPY 2 (MRO)\n")
    d("Specimen ID No. ", I(g.digits(7)), "     Accession No. ", I(g.accession()), "\n")
    d("STEP 1  A. Employer: ", g.ch(["Tri-County Freight", "Valley Transit Authority", "Summit Construction"]),
      "  Employer ID ", g.digits(5), "\n   C. Donor SSN or Employee I.D. No.: ", S(g.ssn("dash")) if g.p(0.6) else I("EMP" + g.digits(6)), "\n")
    d("   D. Reason: ", g.ch(["Post-accident", "Reasonable suspicion", "Random", "Pre-employment"]), "   E. Tests: THC, COC, PCP, OPI, AMP\n")
    d("   F. Collection site: ", g.facility("Occupational Health"), ", ", A(g.full_addr()), "  Ph ", P(g.phone("us")), "\n")
    d("STEP 2  Temp in range (32-38 C): Yes.   Split specimen.\n")
    d("STEP 4  Collector: ", N(col.LF()), "   Date ", D(g.fd(dt, "us")), "  Time ", g.time(), "\n")
    d("        Released to: courier ", g.ch(["FedEx", "UPS", "lab courier"]), "   tracking ", g.digits(12), "\n")
    d("STEP 5  Donor: ", N(pt.FL()), "   Daytime phone ", P(g.phone()), "   DOB ", D(g.fd(g.dob(g.ri(19, 64)), "us")),
      "   Date ", D(g.fd(dt, "us_nz")), "\n")
    d("STEP 6  Vehicle involved: ", g.ch(["Freightliner", "Ford Transit", "Chevy Express"]), " plate ", V(g.plate()),
      "  (police report ", I(g.digits(2) + "-" + g.digits(6)), ")\n")


def wc_ime(g, d):
    pt = g.person(); md = g.clin("md"); tmd = g.clin("md"); dt = g.date(2022)
    age = g.ri(24, 66)
    d("INDEPENDENT MEDICAL EXAMINATION\n\nExaminee: ", N(pt.full()), "\nClaim #: ", I(g.claim()), "\nDOB: ",
      D(g.fd(g.dob(age), "long")), "\nDate of exam: ", D(g.fd(dt, "long")), "\nReferral: ", N(g.person().full()),
      ", adjuster\n\n")
    d("HISTORY: ", pt.mr, " ", N(pt.last), " is a ", str(age), "-year-old ", g.ch(["right", "left"]), "-hand-dominant ",
      g.ch(["forklift operator", "nurse aide", "mechanic"]), " injured on ", D(g.fd(g.plus(dt, -500, -90), "long")),
      ". Treated by Dr. ", N(tmd.last), " with PT x", str(g.ri(8, 24)), " visits and ", g.ch(["L5-S1 ESI", "carpal tunnel release", "rotator cuff repair"]), ".\n")
    d("Records reviewed: ", g.ch(["MRI lumbar", "EMG/NCS", "op note"]), " dated ", D(g.fd(g.plus(dt, -400, -60), "us")),
      "; PT discharge summary dated ", D(g.fd(g.plus(dt, -100, -10), "us")), ".\n")
    d("EXAM: Ht 5'", str(g.ri(2, 11)), "\", Wt ", str(g.ri(130, 280)), " lb. Waddell 1/5. SLR negative bilaterally. Grip (Jamar) R ",
      str(g.ri(40, 110)), " / L ", str(g.ri(40, 110)), " lb.\n")
    d("OPINION: MMI reached. Whole person impairment ", str(g.ri(3, 14)), "% per AMA Guides 6th ed. Permanent restrictions: lifting 35 lb.\n\n")
    d(N(md.full()), ", ", md.cred, ", Board Certified PM&R\nNPI ", LI(g.npi()), "\n")


WORKERS = [wc_froi, wc_status, wc_adjuster, wc_ccf, wc_ime]


# =========================================================== school health

def sc_log(g, d):
    nurse = g.clin("rn"); dt = g.date(2022)
    d(g.ch(["Lincoln", "Riverside", "Oak Hill", "Meadowview"]), " Elementary - Health Office Daily Log  ",
      D(g.fd(dt, g.ch(["us", "abbr", "long"]))), "\n")
    d("Time  | Student | Gr | Complaint | Action | Disp\n")
    for _ in range(g.ri(4, 7)):
        st = g.person()
        d(g.time(h24=False), " | ", N(g.ch([st.lf(), st.full(), st.first_l()])), " | ", str(g.ri(0, 5)) if g.p(0.8) else "K", " | ",
          g.ch(["headache", "stomachache", "scraped knee at recess", "asthma sx - inhaler given", "BG check 142 mg/dL",
                "nosebleed", "fever 100.9 - called home", "loose tooth"]), " | ")
        act = g.ch(["ice pack", "rest 15 min", "Band-Aid", "called parent", "albuterol 2 puffs", "snack"])
        d(act)
        if "parent" in act or g.p(0.25):
            par = g.relative(st, same_last=True)
            d(" (", N(par.first), " ", P(g.phone()), ")")
        d(" | ", g.ch(["RTC", "home", "RTC", "RTC"]), "\n")
    d("\n", N(nurse.full()), ", ", nurse.cred, " - School Nurse\n")


def sc_plan(g, d):
    st = g.person(); p1rel, par1 = g.kin(st, ["Mother", "Father", "Grandmother"], True); par2 = g.relative(st); md = g.clin("md")
    dt = g.date(2022)
    allergy = g.p(0.5)
    d(("FOOD ALLERGY & ANAPHYLAXIS EMERGENCY CARE PLAN\n" if allergy else "ASTHMA ACTION PLAN\n"))
    d("Name: ", N(st.full()), "    D.O.B.: ", D(g.fd(g.dob(g.ri(5, 17)), "us")), "    Student ID ", I(g.digits(g.ri(6, 9))), "\n")
    d("School: ", g.ch(["Hillside Middle", "Valley High", "Roosevelt Elementary"]), "  Grade ", str(g.ri(1, 12)), "  Weight ",
      str(g.ri(40, 160)), " lbs\n")
    if allergy:
        d("Allergy to: ", g.ch(["peanut, tree nut", "milk", "egg, sesame", "shellfish"]), "   Asthma: ", g.ch(["Yes (higher risk)", "No"]), "\n")
        d("Epinephrine 0.3 mg IM (EpiPen) for ANY severe symptom. Then call 911.\n")
    else:
        d("GREEN: peak flow > ", str(g.ri(200, 400)), " - Flovent 44 mcg 2 puffs BID. YELLOW: albuterol 90 mcg 2-4 puffs q4h.\n",
          "RED: call 911.\nTriggers: ", g.ch(["exercise, cold air", "cats, dust", "smoke, viral illness"]), "\n")
    d("EMERGENCY CONTACTS\n1. ", N(par1.full()), " (", p1rel, ")  ", P(g.phone()), "\n2. ",
      N(par2.full()), "  ", g.ch(["work", "cell", "Home"]), " ", P(g.phone()), "\n")
    d("Physician: Dr. ", N(md.full()), "   Ph ", P(g.phone("us")), "  Fax ", F(g.phone("us")), "\n")
    d("Parent signature: ", N(par1.ini()), "    Date ", D(g.fd(dt, "us_nz")), "\n")


def sc_incident(g, d):
    st = g.person(); nurse = g.clin("rn"); wit = g.person(); par = g.relative(st); dt = g.date(2022)
    d("STUDENT INJURY / INCIDENT REPORT\nIncident no. ", I(g.digits(4) + "-" + g.digits(3)), "\n")
    d("Student: ", N(st.lf()), "   Student ID: ", I(g.digits(7)), "   Grade ", str(g.ri(1, 12)), "\n")
    d("Home address: ", A(g.full_addr()), "\n")
    d("Date of incident: ", D(g.fd(dt, g.ch(["us", "eu", "long"]))), "  Time: ", g.time(h24=False), "  Location: ",
      g.ch(["gym", "playground", "cafeteria", "bus loop", "science lab"]), "\n")
    d("Description: Student ", g.ch(["collided with another student during dodgeball", "fell from monkey bars",
                                     "hit head on locker door", "splashed with vinegar in eye"]),
      ". Witnessed by ", g.ch(["PE teacher", "aide", "recess monitor"]), " ", N(wit.full()), ".\n")
    d("Assessment: ", g.ch(["2 cm lac L eyebrow, bleeding controlled", "no LOC, pupils PERRL", "swelling R wrist",
                            "eye irrigated 15 min"]), ". ", vitals(g, 1), ".\n")
    d("Parent notified: ", N(par.full()), " at ", P(g.phone()), " (", g.ch(["spoke", "voicemail", "text"]), ") ", g.time(h24=False),
      ". Picked up by ", N(par.first), ".\n")
    d("Reported by ", N(nurse.f_last()), ", ", nurse.cred, "   ", D(g.fd(dt, "us_short")), "\n")


def sc_email(g, d):
    st = g.person(); nurse = g.clin("rn"); par = g.relative(st, same_last=g.p(0.5)); dt = g.date(2022)
    d("From: ", N(nurse.full()), " <", E(g.email(nurse)), ">\nTo: ", E(g.email(par)), "\nDate: ",
      g.ch(["Mon", "Tue", "Wed", "Thu", "Fri"]), ", ", D(g.fd(dt, "dlong")), " ", g.time(sec=True), "\nSubject: ",
      N(st.first), " - ", g.ch(["head lice check", "missing vaccine record", "inhaler expired", "visit to the nurse today"]), "\n\n")
    d("Hi ", N(par.first if g.p(0.5) else par.full()), ",\n\n")
    d("Just a quick note that ", N(st.first), " came to see me ", g.ch(["this morning", "after lunch", "today"]), " ",
      g.ch(["complaining of a sore throat (no fever, 98.9).", "with an itchy scalp; I did not find live lice.",
            "- the albuterol in the office expired 0" + str(g.ri(1, 9)) + "/" + str(g.ri(2022, 2024)) + "."]))
    d(" Per state law we also still need a record of the 2nd MMR dose; our file shows only ", D(g.fd(g.date(2012, 2018), "us")),
      ".\n\nYou can upload it at ", U(g.url()), " or fax it to ", F(g.phone("us")), ".\n\n")
    d("Thanks,\n", N(nurse.first), "\n", N(nurse.full()), ", ", nurse.cred, "\nHealth Office ", P(g.phone("us")), g.ext(), "\n")


def sc_exempt(g, d):
    st = g.person(); par = g.relative(st); md = g.clin("md"); dt = g.date(2022)
    d("CERTIFICATE OF ", g.ch(["RELIGIOUS", "MEDICAL"]), " EXEMPTION FROM IMMUNIZATION\n")
    d("Certificate no. ", I(g.letters(2) + g.digits(7)), "\n\n")
    d("Child's name (Last, First, MI): ", N(st.LFM()), "\nDate of birth: ", D(g.fd(g.dob(g.ri(4, 16)), g.ch(["us", "iso"]))),
      "   State immunization registry ID: ", I(g.digits(9)), "\n")
    s, c, town, stt, z = g.addr()
    d("Address: ", A(s), "  City: ", A(town), "  ZIP: ", Z(z), "\n")
    d("Vaccine(s) exempted: ", g.ch(["MMR, Varicella", "Hep B", "Tdap, MenACWY", "DTaP #5, IPV #4"]), "\n")
    d("Reason: ", g.ch(["anaphylaxis to neomycin documented", "parent's sincerely held religious belief",
                        "immunocompromised (ALL on chemotherapy)"]), "\n")
    d("Parent/guardian: ", N(par.full()), "   Phone: ", P(g.phone()), "   Signed ", D(g.fd(dt, "us")), "\n")
    d("Licensed physician: ", N(md.full()), ", ", md.cred, "   License #: ", LI(g.state_lic()), "\n")


SCHOOL = [sc_log, sc_plan, sc_incident, sc_email, sc_exempt]


# =========================================================== corrections

def co_sickcall(g, d):
    pt = g.person(); nurse = g.clin(g.ch(["rn", "rn", "np"])); dt = g.date(2021)
    d("INMATE REQUEST FOR HEALTH SERVICES (SICK CALL)\n")
    d("Name: ", N(pt.FL()), "   Inmate # ", I(g.digits(g.ri(6, 8))), "   Housing: ", g.ch(["B-pod", "Unit 4", "D-East"]),
      " cell ", str(g.ri(100, 340)), "\nDate submitted: ", D(g.fd(dt, "us_short")), "\n")
    d("Describe problem: \"", g.ch(["my tooth is killing me cant eat for 3 days", "need my blood pressure pills i been out since friday",
                                    "rash on my back and arms itching bad", "chest hurts when i breathe deep"]), "\"\n")
    d("Inmate signature: ", N(pt.ini()), "\n\n--- HEALTH SERVICES USE ONLY ---\n")
    d("Received ", D(g.fd(dt, "md")), " ", g.time(), " by ", N(nurse.ini()), ". Triage: ", g.ch(["routine", "urgent", "emergent"]), "\n")
    d("Seen ", D(g.fd(g.plus(dt, 0, 3), "us")), ": ", vitals(g), ". ", g.ch(["Referred to dental.", "Restarted amlodipine 10 mg daily.",
                                                                          "Hydrocortisone 1% cream BID x 7d.", "ECG NSR, to provider line."]), "\n")
    d("Copay $", str(g.ri(2, 5)), " charged to trust acct ", AC(g.digits(8)), ".\n", N(nurse.full()), ", ", nurse.cred, "\n")


def co_booking(g, d):
    pt = g.person(); off = g.person(); nurse = g.clin("rn"); dt = g.date(2021)
    age = g.ri(18, 78)
    d(g.ch(["County Detention Center", "Metro Jail", "Regional Correctional Facility"]), " - RECEIVING SCREENING\n")
    d("Booking no. ", I(g.digits(2) + "-" + g.digits(6)), "   SO#: ", I(g.digits(7)), "   Date/Time: ", D(g.fd(dt, "us")), " ", g.time(), "\n")
    d("Name: ", N(pt.LFM()), "  DOB: ", D(g.fd(g.dob(age), "us")), "  Age: ", str(age), "  Sex: ", pt.sx, "\n")
    d("Arresting agency/officer: ", g.ch(["PD", "Sheriff", "State Police"]), " / ", N(off.f_last()), " badge ", I(g.digits(4)), "\n")
    d("Fingerprint record (LiveScan TCN): ", B(g.letters(3) + g.digits(9)), "\n")
    d("Last address: ", A(g.full_addr()) if g.p(0.7) else "homeless - camp near river", "\n")
    d("Q1 Current injuries? ", g.ch(["N", "Y - abrasion L cheek"]), "  Q2 Meds? ", g.ch(["methadone 90 mg (clinic to verify)", "none", "insulin"]),
      "\nQ3 Alcohol/drugs last 24h? ", g.ch(["Y - fentanyl", "Y - EtOH 12 beers", "N"]), "  CIWA ", str(g.ri(0, 18)), "  COWS ", str(g.ri(0, 16)), "\n")
    d("Q4 Suicidal thoughts? N  Q5 Prior suicide attempt? ", g.ch(["N", "Y 2019"]), "\n")
    d("Emergency contact: ", N(g.relative(pt).full()), " ", P(g.phone()), "\n")
    d("Screened by ", N(nurse.full()), ", ", nurse.cred, "\n")


def co_chronic(g, d):
    pt = g.person(); np_ = g.clin(g.ch(["np", "md", "pa"])); dt = g.date(2022)
    age = g.ri(30, 84)
    dx = g.ch(GEN_DX)
    d("CHRONIC CARE CLINIC - ", dx[0].upper(), "\n", N(pt.lf()), " #", I(g.digits(6)), "  ", str(age), "M" if pt.sex == "M" else "F",
      "  DOC ", D(g.fd(dt, "iso")), "\n\n")
    d("S: ", pt.He, " reports adherence to KOP meds, ", g.ch(["occasional missed doses when on lockdown", "no complaints",
                                                        "wants bottom bunk pass for knee"]), ".\n")
    d("O: ", vitals(g, 3), ". ", labs(g), " (drawn ", D(g.fd(g.plus(dt, -14, -2), g.ch(["md", "us_short"]))), ").\n")
    d("A: ", dx[0], " (", dx[1], "), ", g.ch(["fair control", "good control", "poor control"]), ".\n")
    d("P: ", g.ch(GEN_MEDS), "; ", g.ch(GEN_MEDS), ". Next CCC 90 days. Outside referral to ", g.ch(["cardiology", "nephrology", "ortho"]),
      " - transport via ", g.ch(["van", "secure transport"]), " on ", D(g.fd(g.plus(dt, 20, 60), "long_ord")), ".\n")
    d(N(np_.ini()), " ", np_.cred, "\n")


def co_transfer(g, d):
    pt = g.person(); nurse = g.clin("rn"); dt = g.date(2022)
    d("HEALTH TRANSFER SUMMARY\nSending: ", g.ch(["North Unit", "Intake Center", "County Jail"]), "   Receiving: ",
      g.ch(["State Prison - Reception", "Federal Medical Center", "Work Release Center"]), "\n")
    d("Inmate: ", N(pt.full()), "   DOC# ", I(g.digits(6)), "   ", lab(g, "dob"), " ", D(g.fd(g.dob(g.ri(20, 75)), "us")),
      "\nTransfer date: ", D(g.fd(dt, "us")), "\n\n")
    d("Problems: ", "; ".join(x[0] for x in g.r.sample(GEN_DX + PSY_DX, 3)), "\nAllergies: ", g.ch(["NKDA", "PCN (hives)", "sulfa"]), "\n")
    d("Meds sent (7-day supply): ", "; ".join(g.r.sample(GEN_MEDS + PSY_MEDS, 3)), "\n")
    d("TB screen: QFT negative ", D(g.fd(g.plus(dt, -300, -10), g.ch(["us", "dmy_mon"]))), "\n")
    d("Pending: ", g.ch(["GI consult", "hep C treatment eval (RNA pos)", "dental extraction"]), "\n")
    d("Outside records from ", g.facility("Hospital"), ", MRN ", M(g.mrn()), ".\n")
    d("Sending nurse: ", N(nurse.full()), "  ", P(g.phone("us")), "\n")


def co_release(g, d):
    pt = g.person(); cm = g.clin("bh"); sis = g.relative(pt); dt = g.date(2022)
    street, cl, town, st, z = g.addr()
    d("Discharge/Release Planning Note - ", D(g.fd(dt, "abbr")), "\n")
    d("Pt: ", N(pt.full()), "  Inmate# ", I(g.digits(7)), "  Release date: ", D(g.fd(g.plus(dt, 3, 30), "long")), "\n\n")
    d(N(pt.first), " will parole to ", g.ch(["sister's home", "a sober house", "mother's apartment"]), " at ", A(street), ", ",
      A(cl), ". Sister ", N(sis.full()), " confirmed by phone ", P(g.phone()), ".\n")
    d("Medicaid application submitted; pending ", lab(g, "plan"), " ", H(g.plan()), ".\n")
    d("MOUD: Naltrexone XR 380 mg IM given ", D(g.fd(g.plus(dt, -5, 0), "md")), "; bridge appt at ", g.facility("Recovery Clinic"),
      " ", D(g.fd(g.plus(dt, 5, 20), g.ch(["abbr_noy", "us"]))), ", ", g.time(h24=False), ".\n")
    d("Naloxone kit provided. 30-day Rx sent to pharmacy at ", A(g.street(unit=False)), ".\n")
    d("Parole officer ", N(g.person().full()), " ", P(g.phone("us")), ".\n")
    d(N(cm.full()), ", ", cm.cred, " Reentry Coordinator\n")


CORRECTIONS = [co_sickcall, co_booking, co_chronic, co_transfer, co_release]


# =========================================================== hospice / palliative

def old_age(g):
    return g.ri(90, 104) if g.p(0.55) else g.ri(58, 89)


def age_phrase(g, age):
    k = g.ri(0, 4)
    if k == 0: return [AGE(age), "-year-old"]
    if k == 1: return [AGE(age), " y/o"]
    if k == 2: return [AGE(age, words(age)), "-year-old"]
    if k == 3: return [AGE(age), " yo"]
    return ["aged ", AGE(age), ","]


def hs_rnvisit(g, d):
    pt = g.person(); rn = g.clin("rn"); cgrel, cg = g.kin(pt, ["daughter", "son", "wife", "husband", "niece"]); dt = g.date(2022)
    age = old_age(g)
    d("HOSPICE RN VISIT NOTE\nPatient: ", N(pt.LFM()), "  ", lab(g, "mrn"), ": ", M(g.mrn()), "  ", lab(g, "plan"), ": ", H(g.mbi()), "\n")
    d("Visit: ", D(g.fd(dt, "us")), " ", *(lambda t: (t[0], "-", t[1]))(g.tseq(2)), "  Type: routine home care\n")
    d("Location: pt home, ", A(g.full_addr()), "\n\n")
    d("Pt is a ", *age_phrase(g, age), " ", g.ch(["woman", "man", "patient"]) if pt.sex != "X" else "patient", " with ",
      g.ch(["end-stage heart failure", "metastatic pancreatic ca", "advanced Alzheimer dementia (FAST 7c)", "COPD on 3L home O2"]), ". ")
    d("Primary caregiver ", cgrel, " ", N(cg.first), " reports ",
      g.ch(["poor intake, 2-3 bites/meal", "increased sleeping", "restless at night", "new sacral redness"]), ".\n")
    d(vitals(g, 2), ". PPS ", str(g.ri(2, 5) * 10), "%. Pain ", str(g.ri(0, 8)), "/10. ")
    d("Morphine 20 mg/mL 5 mg SL q2h PRN - used ", str(g.ri(0, 6)), "x in 24h. Lorazepam 0.5 mg SL PRN.\n")
    d("Plan: continue comfort regimen; chaplain to visit ", D(g.fd(g.plus(dt, 1, 5), g.ch(["abbr_noy", "long_ord", "md"]))),
      ". ", N(cg.first), " has on-call # ", P(g.phone("us")), ".\n", N(rn.full()), ", ", rn.cred, "\n")


def hs_idt(g, d):
    dt = g.date(2022); md = g.clin("md"); sw = g.clin("bh"); rn = g.clin("rn")
    d("Interdisciplinary Team Meeting - ", D(g.fd(dt, "long")), "\nPresent: Dr. ", N(md.last), " (MD), ", N(rn.full()), " RN, ",
      N(sw.first_l()), " MSW, chaplain ", N(g.person().first), "\n\n")
    for _ in range(g.ri(3, 5)):
        pt = g.person(); age = old_age(g)
        d("- ", N(pt.lf()), " (", AGE(age), pt.sx, ") ", lab(g, "mrn"), " ", M(g.mrn()), ": ", g.ch([
            "declining, PPS 30%, family aware", "stable, recert due", "GIP admission considered for pain crisis",
            "live discharge if weight stable", "caregiver burnout - respite 5 days"]))
        if g.p(0.5):
            rw, rel = g.kin(pt, ["son", "daughter", "granddaughter", "spouse"])
            d("; ", rw, " ", N(rel.full()), " requests call back ", P(g.phone()))
        d(". Cert period ends ", D(g.fd(g.plus(dt, 3, 60), g.ch(["us", "md"]))), ".\n")
    d("\nMinutes: ", N(sw.ini()), "\n")


def hs_bereave(g, d):
    dec = g.person(); srel, sur = g.kin(dec, ["daughter", "son", "partner", "wife", "husband"]); bc = g.clin("bh"); dt = g.date(2022)
    dod = g.plus(dt, -60, -14)
    d("BEREAVEMENT CONTACT\nDecedent: ", N(dec.full()), "   DOD ", D(g.fd(dod, "us")), "\nSurvivor: ", N(sur.full()),
      " (", srel, ")  Risk: ", g.ch(["low", "moderate", "high"]), "\n")
    d("Call ", D(g.fd(dt, "dmy_mon")), " to ", P(g.phone()), "\n\n")
    d(N(sur.first), " answered on the ", str(g.ri(2, 6)), "th ring. States ", sur.he, " is \"", g.ch(["getting by", "not sleeping much",
        "keeping busy with the garden"]), "\". ", sur.He, " has been staying with ", g.ch(["a cousin", "a sister", "a brother", "old friends"]),
      " in ", A(g.town()), " since the funeral on ", D(g.fd(g.plus(dod, 4, 10), "long_ord")), ".\n")
    d("Discussed memories of ", N(dec.first), "; anniversary of their wedding ", D(g.fd(g.date(2023, 2025), g.ch(["words", "long_ord", "abbr_noy"]))),
      " may be hard. Mailed grief packet to ", A(g.full_addr()), ".\n")
    d("Next contact: 3-month call. -", N(bc.ini()), "\n")


def hs_death(g, d):
    pt = g.person(); rn = g.clin("rn"); dt = g.date(2022)
    age = old_age(g)
    d("Death Pronouncement Note\n", N(pt.full()), "  ", lab(g, "mrn"), " ", M(g.mrn()), "\n\n")
    rw, rel = g.kin(pt, ["daughter", "son", "wife", "husband", "grandson"])
    d("Called by ", rw, " ", N(rel.full()), " at ", g.time(),
      " on ", D(g.fd(dt, g.ch(["long", "us", "dlong"]))), ". Arrived ", g.time(), ".\n")
    d("Pt ", N(pt.last), ", ", *age_phrase(g, age), " found in bed, no spontaneous respirations, no apical pulse x 60 sec, pupils fixed. ")
    d("Time of death ", g.time(), ". Family at bedside. Attending Dr. ", N(g.clin("md").full()), " notified by ", P(g.phone("us")), ".\n")
    d("Meds destroyed with witness ", N(g.person().full()), ": morphine 20 mg/mL x 14 mL wasted.\n")
    d("Funeral home: ", g.ch(["Heritage Funeral Home", "Pioneer Chapel", "Valley Cremation Services"]), " ", P(g.phone("us")),
      " - removal at ", g.time(), ".\n")
    d(N(rn.first_l()), " ", rn.cred, "\n")


def hs_goc(g, d):
    pt = g.person(); md = g.clin(g.ch(["md", "np"])); hrel, hcp = g.kin(pt, ["daughter", "son", "nephew", "wife", "husband"]); dt = g.date(2022)
    age = old_age(g)
    d("Palliative Care Consult - Goals of Care\n", D(g.fd(dt, "abbr")), "\n", pt.mr, " ", N(pt.full()), ", ",
      *age_phrase(g, age), " DOB ", D(g.fd(g.dob(age), "us")), ", ", lab(g, "acct"), " ", AC(g.acct()), "\n\n")
    d("Participants: patient (", g.ch(["lacks capacity", "has capacity"]), "), health care proxy ", N(hcp.full()), " (",
      hrel, "), interpreter ", N(g.person().full()), " ID ", I(g.digits(6)),
      " (", g.ch(["Vietnamese", "Spanish", "Haitian Creole", "Polish", "Arabic"]), ").\n")
    d("Discussion: reviewed ", g.ch(["progressive CKD, declined dialysis", "recurrent aspiration pneumonias",
                                     "stage IV NSCLC progressing on 2nd line"]), ". ", N(hcp.first), " recalled ", pt.his,
      " wish \"not to be kept alive on machines\" stated at ", g.ch(["Christmas", "a family reunion"]), " last year.\n")
    d("Decisions: DNR/DNI, MOLST completed ", D(g.fd(dt, "us")), "; comfort-focused; hospice referral.\n")
    d("HCP contact: ", P(g.phone()), ", ", E(g.email(hcp)), "\n75 min, >50% counseling.\n", N(md.full()), ", ", md.cred, "\n")


HOSPICE = [hs_rnvisit, hs_idt, hs_bereave, hs_death, hs_goc]
