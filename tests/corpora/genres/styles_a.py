"""Styles 1-5: behavioural health, dental, workers' comp, school nurse,
correctional health."""

from corpus_core import (
    lbl,
    Doc, Person, Addr, N, A, Z, D, AGE, PH, FX, EM, URL, IP, SSN, MRN, HP,
    ACCT, LIC, VEH, DEV, BIO, ID, pat, maybe, pick, fd, rand_date, add_days,
    dob_for_age, age_on, rand_time, clock, us_phone, foreign_phone, email_for,
    npi, dea, vin, ssn, mbi, plate, us_state_license, med_license, facility,
    clinician, relative, age_item, age_text, age_value, TOWNS, STATES,
    STATE_NAMES, US_DATE_FORMATS, FULL_DATE_FORMATS, WEEKDAYS, words, kin,
)


def sig_block(rng, c, date, fmt=None, with_npi=False):
    items = []
    style = rng.randrange(4)
    if style == 0:
        items += ["\n\nElectronically signed by ", N(c.full()), ", ", c.cred,
                  " on ", D(fd(date, fmt or "mdy")), " at ",
                  rand_time(rng, "24")]
    elif style == 1:
        items += ["\n\n", N(c.fml()), ", ", c.cred]
    elif style == 2:
        items += ["\n\n-- ", N(c.initials()), ", ", c.cred, "  ",
                  D(fd(date, fmt or "mdy2"))]
    else:
        items += ["\n\nSigned: ", N(c.LF()), " ", c.cred, " | ",
                  D(fd(date, fmt or "iso")), " ", rand_time(rng, "12")]
    if with_npi:
        items += ["  NPI ", LIC(npi(rng))]
    return items


# ===========================================================================
# 1. behavioural health / psychotherapy progress notes
# ===========================================================================

BH_THEMES = [
    ("grief after the death of %s %s in %s", "loss"),
    ("conflict with %s %s over finances; %s has been staying in %s", "family"),
    ("panic symptoms on the commute; first episode since %s", "panic"),
    ("return of intrusive memories after %s %s contacted %s", "trauma"),
    ("work stress; supervisor placed %s on a performance plan", "work"),
]
BH_DX = [
    ("F33.1", "Major depressive disorder, recurrent, moderate"),
    ("F41.1", "Generalized anxiety disorder"),
    ("F43.10", "Post-traumatic stress disorder, unspecified"),
    ("F41.0", "Panic disorder"),
    ("F43.23", "Adjustment disorder with mixed anxiety and depressed mood"),
    ("F31.81", "Bipolar II disorder"),
    ("F10.20", "Alcohol use disorder, moderate"),
]
BH_MEDS = ["sertraline 100 mg daily", "escitalopram 10 mg daily",
           "bupropion XL 300 mg q AM", "lamotrigine 150 mg BID",
           "hydroxyzine 25 mg PRN", "prazosin 2 mg qHS",
           "naltrexone 50 mg daily", "quetiapine 50 mg qHS",
           "fluoxetine 40 mg daily", "buspirone 15 mg BID"]
BH_INTERVENTIONS = [
    "cognitive restructuring of all-or-nothing thinking",
    "behavioural activation scheduling (three pleasant activities)",
    "grounding skills (5-4-3-2-1) and paced breathing at 6 breaths/min",
    "exposure hierarchy; SUDS dropped from 80 to 45 within session",
    "motivational interviewing around drinking goals",
    "DBT distress-tolerance skills (TIPP)",
    "Cognitive Processing Therapy, impact statement reviewed",
    "sleep hygiene and stimulus control",
]
BH_REL = [("mother", "F"), ("father", "M"), ("sister", "F"), ("brother", "M"),
          ("husband", "M"), ("wife", "F"), ("partner", None),
          ("daughter", "F"), ("son", "M"), ("grandmother", "F")]


def bh_progress(rng, k):
    d = Doc()
    visit = rand_date(rng, (2022, 1, 3), (2025, 6, 27))
    age = rng.randint(17, 86)
    pt = Person(rng, dob=None)
    pt.dob = dob_for_age(rng, visit, age)
    th = clinician(rng, pick(rng, ["LCSW", "LICSW", "PsyD", "PhD", "LMFT",
                                   "LPC", "LMHC"]))
    psych = clinician(rng, pick(rng, ["MD", "PMHNP-BC", "DO"]))
    fac = facility(rng, ["Behavioral Health", "Counseling Center",
                         "Community Mental Health Center"])
    dx = rng.sample(BH_DX, 2)
    relname, relsex = pick(rng, BH_REL)
    rel = relative(rng, pt, rel_sex=relsex,
                   same_last=relname not in ("husband", "wife", "partner"))
    phq = rng.randint(4, 24)
    gad = rng.randint(3, 19)
    start_h = rng.randint(8, 17)
    start_m = rng.choice([0, 2, 5, 30, 31, 35])
    dur = rng.choice([53, 55, 45, 38, 60])
    cpt = {53: "90837", 55: "90837", 60: "90837", 45: "90834", 38: "90832"}[dur]
    sh, sm = start_h, start_m
    eh, em = divmod(sh * 60 + sm + dur, 60)
    v = k % 5
    pr = pt.pron()

    if v == 0:  # DAP note
        d(fac, "\nOUTPATIENT PSYCHOTHERAPY PROGRESS NOTE (DAP)\n\n",
          "Client: ", N(pt.LF()), "    Client ID: ", MRN(pat(rng, "BH-######")),
          "\n", lbl(rng, "dob"), ": ", D(fd(pt.dob, "mdy")), "    Age: ", str(age),
          "\nDate of service: ", D(fd(visit, "mdy")), "   Time: ",
          clock(sh, sm), "-", clock(eh, em), " (", str(dur), " min)   CPT ",
          cpt, "\nLocation: ")
        if maybe(rng):
            d("telehealth (audio-video); client at home in ", A(pt_town(rng)),
              ", clinician in office")
        else:
            d("in person, office 214")
        d("\nDiagnoses: ", dx[0][0], " ", dx[0][1], "; ", dx[1][0], " ",
          dx[1][1], "\n\nD: ")
        d("Client (goes by ", N(pt.nickname()), ") arrived on time. Reports ",
          pick(rng, ["low mood most days", "improved sleep",
                     "more irritability", "\"a rough two weeks\""]),
          ". PHQ-9 today ", str(phq), " (", str(min(27, phq + rng.randint(1, 6))),
          " on ", D(fd(add_days(visit, -rng.randint(14, 60)), "md")),
          "); GAD-7 ", str(gad), ". Sleeping ", str(rng.randint(4, 8)),
          " h/night. Main stressor this week: conflict with ", pr[2], " ",
          relname, " ", N(rel.first), ", who ",
          pick(rng, ["moved back in", "has been calling daily",
                     "stopped speaking to " + pr[1]]),
          ". Denies SI/HI; C-SSRS screen negative. Drinks ",
          str(rng.randint(0, 4)), " beers/week, no other substances.\n",
          "A: ", pick(rng, ["Partial response to treatment",
                            "Symptoms stable", "Mild worsening in context of "
                            "family stress"]), "; engaged, insight fair. ",
          "Intervention: ", pick(rng, BH_INTERVENTIONS), ".\n",
          "P: Weekly sessions. Next appointment ",
          D(fd(add_days(visit, 7), pick(rng, ["mdy", "long_noyr", "md"]))),
          " at ", clock(sh, sm, "12"), ". Continues ", pick(rng, BH_MEDS),
          " managed by Dr. ", N(psych.last), ". Safety plan on file; ",
          "emergency contact ", N(rel.full()), " (", relname, ") ",
          PH(us_phone(rng)), ".")
        d(sig_block(rng, th, visit, with_npi=maybe(rng, 0.5)))
    elif v == 1:  # psychiatric med-management SOAP
        wt = rng.randint(110, 260)
        d("PSYCHIATRIC MEDICATION MANAGEMENT - FOLLOW-UP\n", fac, "\n\n",
          "Patient: ", N(pt.fml()), "   ", lbl(rng, "mrn"), ": ", MRN(pat(rng, "%#######")),
          "   ", lbl(rng, "dob"), ": ", D(fd(pt.dob, pick(rng, ["mdy", "iso", "mdy_nz"]))),
          "\nVisit: ", D(fd(visit, "long")), "   Provider: ",
          N(psych.full()), ", ", psych.cred,
          "\nInsurance: Medicaid  ID# ", HP(pat(rng, "@@#######@")),
          "\n\nS: ", age_text(age, "yo"), " ", "woman" if pt.sex == "F" else "man",
          " seen for follow-up of ", dx[0][1][0].lower() + dx[0][1][1:],
          ". Reports ",
          pick(rng, ["fewer crying spells", "racing thoughts at night",
                     "better focus at work", "ongoing anhedonia"]),
          ". Adherent to ", pick(rng, BH_MEDS), "; missed ",
          str(rng.randint(0, 3)), " doses. Lives with ", pr[2], " ", relname,
          " ", N(rel.fli()), " in ", A(pt_town(rng)), ".\n",
          "O: BP ", "%d/%d" % (rng.randint(104, 148), rng.randint(62, 92)),
          ", HR ", str(rng.randint(58, 104)), ", Wt ", str(wt), " lb. ",
          "MSE: casually groomed, speech normal rate, mood \"",
          pick(rng, ["okay", "tired", "better", "flat"]),
          "\", affect congruent, TP linear, no SI/HI, no AH/VH. AIMS 0. ",
          "Labs ", D(fd(add_days(visit, -rng.randint(5, 40)), "mdy2")),
          ": lithium 0.", str(rng.randint(5, 9)), " mmol/L, TSH ",
          "%.1f" % (rng.uniform(0.6, 4.2)), ", A1c ",
          "%.1f%%" % rng.uniform(5.0, 6.4), ".\n",
          "A/P: ", dx[0][0], " - ", pick(rng, ["continue current dose",
                                            "increase by 25 mg",
                                            "cross-taper over 2 weeks"]),
          ". ", dx[1][0], " - refer to therapy with ", N(th.il()),
          ", ", th.cred, ". PDMP reviewed. RTC 6 weeks (",
          D(fd(add_days(visit, 42), "mdy")), ").\n")
        d(sig_block(rng, psych, visit, with_npi=True))
    elif v == 2:  # group note
        members = [Person(rng) for _ in range(rng.randint(2, 4))]
        grp = pick(rng, ["Seeking Safety", "DBT Skills", "Relapse Prevention",
                         "Grief Support", "Anxiety Management"])
        d("GROUP PSYCHOTHERAPY NOTE - ", grp, "\n", fac, " | Room B-",
          str(rng.randint(101, 120)), "\n",
          "Date: ", D(fd(visit, pick(rng, ["mdy", "dmy_abbr", "iso"]))),
          "   ", clock(sh, 0, "12"), " - ", clock(sh + 1, 30, "12"),
          "   CPT 90853\n", "Client: ", N(pt.LFM()), "  (record ",
          MRN(pat(rng, "######")), ")\nFacilitators: ", N(th.full()), ", ",
          th.cred, "; ", N(Person(rng).il()), ", peer specialist\n",
          "Members present: ", str(rng.randint(6, 11)), "\n\n",
          "Topic: ", pick(rng, ["setting boundaries", "coping with cravings",
                                "the anniversary reaction",
                                "sleep and mood"]), ". ",
          N(pt.first), " participated actively, shared that ",
          pr[0], " ", pick(rng, ["has 41 days sober",
                                  "used a grounding skill at the bus stop",
                                  "called " + pr[2] + " sponsor twice",
                                  "visited the cemetery on the anniversary"]),
          ". Gave supportive feedback to member ", N(members[0].initials()),
          ". When member ", N(members[1].first), " became tearful, ",
          pr[0], " offered a tissue and stayed on topic. ",
          "Did not disclose anything about ", pr[2], " ", relname,
          " in group; processed individually after with facilitator.\n",
          "Risk: denies SI/HI. Homework: practise ",
          pick(rng, ["TIPP", "opposite action", "urge surfing",
                     "the worry period"]), " daily.\n",
          "Next group ", D(fd(add_days(visit, 7), "long_noyr")), ".")
        d(sig_block(rng, th, visit))
    elif v == 3:  # family session
        kid_age = rng.randint(11, 17)
        kid = relative(rng, pt, rel_sex=None)
        kid.dob = dob_for_age(rng, visit, kid_age)
        other = relative(rng, pt, rel_sex="M" if pt.sex == "F" else "F",
                         same_last=maybe(rng, 0.5))
        d("FAMILY THERAPY SESSION NOTE\n\nIdentified client: ", N(kid.full()),
          (" (\"", N(kid.nick), "\")") if kid.nick else "", ", DOB ",
          D(fd(kid.dob, pick(rng, ["mdy", "mdy_nz"]))), ", ",
          age_text(kid_age, "yo"), "\nChart #: ", MRN(pat(rng, "C-#####")),
          "\nDate/Time: ", D(fd(visit, "mdy")), " ", clock(sh, sm),
          "\nPresent: client, mother ", N(pt.full() if pt.sex == "F"
                                            else other.full()),
          ", father ", N(other.full() if pt.sex == "F" else pt.full()),
          "; ", N(kid.first), "'s older sibling joined by phone for the last 15 min.",
          "\nCPT 90847 (family psychotherapy with patient present)\n\n",
          "Session focused on ", pick(rng, ["the school refusal plan",
                                            "screen-time agreement",
                                            "repair after last week's argument",
                                            "the upcoming move"]),
          ". Parents report ", N(kid.nickname()),
          " missed ", str(rng.randint(2, 9)), " school days since ",
          D(fd(add_days(visit, -rng.randint(20, 50)), "long_ord")),
          ". SCARED parent score ", str(rng.randint(18, 45)),
          ", child score ", str(rng.randint(15, 40)), ". ",
          "Dad ", pick(rng, ["works nights", "travels Mon-Thu",
                             "recently started a new job"]),
          ". Grandmother (", N(Person(rng, sex="F", origin=pt.origin).first),
          ") now lives with the family at ", A(Addr(rng).line1()), ".\n",
          "Interventions: ", pick(rng, BH_INTERVENTIONS), "; structural "
          "enactment around bedtime.\nPlan: ", "school meeting ",
          D(fd(add_days(visit, rng.randint(3, 10)), "abbr_noyr")),
          " with counselor ", N(Person(rng).il()), ". Release of information ",
          "signed (ROI ", ID(pat(rng, "####-##")), ").\n")
        d(sig_block(rng, th, visit))
    else:  # collateral contact
        po = Person(rng)
        d("COLLATERAL CONTACT NOTE\n\n", "Client: ", N(pt.full()),
          "   ", lbl(rng, "dob"), " ", D(fd(pt.dob, "mdy")), "   MRN ",
          MRN(pat(rng, "##-###-###")), "\n", "Contact date: ",
          D(fd(visit, pick(rng, ["mdy", "long"]))), " ", clock(sh, sm, "12"),
          "\nContact with: ", pick(rng, ["probation officer", "case manager",
                                         "school counselor", "EAP counselor"]),
          " ", N(po.full()), ", ", PH(us_phone(rng)), ", ",
          EM(email_for(rng, po)), "\nValid ROI on file, expires ",
          D(fd(add_days(visit, 365), "mdy")), ".\n\n",
          "Purpose: coordination of care. ", N(po.last), " confirmed ",
          N(pt.first), " attended ", str(rng.randint(3, 12)),
          " of the last ", str(rng.randint(12, 14)), " check-ins and has a review hearing ",
          D(fd(add_days(visit, rng.randint(10, 60)), "long_ord")),
          " (case ", ID(pat(rng, "%%-CR-####")), "). Shared attendance only; "
          "no clinical content disclosed beyond what the ROI allows. ",
          "Client's UDS ", D(fd(add_days(visit, -3), "md")),
          " negative x 9 panel.\nPlan: letter of attendance to be faxed to ",
          FX(us_phone(rng)), " on request.\n")
        d(sig_block(rng, th, visit))
    return d


def pt_town(rng):
    return pick(rng, TOWNS)


# ===========================================================================
# 2. dental chart notes
# ===========================================================================

TEETH_PROCS = [
    ("D2392", "resin composite, 2 surfaces, posterior", "MO"),
    ("D2393", "resin composite, 3 surfaces, posterior", "MOD"),
    ("D2740", "crown, porcelain/ceramic", None),
    ("D3330", "endodontic therapy, molar", None),
    ("D7140", "extraction, erupted tooth", None),
    ("D7210", "surgical extraction", None),
    ("D2331", "resin composite, 2 surfaces, anterior", "ML"),
    ("D4341", "perio scaling and root planing, 4+ teeth per quadrant", None),
]


def perio_row(rng):
    return " ".join("%d%d%d" % (rng.randint(2, 4), rng.randint(1, 3),
                                rng.randint(2, 5)) for _ in range(rng.randint(5, 8)))


def dental(rng, k):
    d = Doc()
    visit = rand_date(rng, (2021, 9, 1), (2025, 6, 30))
    v = k % 5
    if v == 2:
        age = rng.randint(16, 45)
    elif v == 4:
        age = rng.randint(10, 17)
    else:
        age = rng.choice([rng.randint(6, 17), rng.randint(18, 70),
                          rng.randint(70, 89), rng.randint(90, 97)])
    pt = Person(rng)
    pt.dob = dob_for_age(rng, visit, age)
    dds = clinician(rng, pick(rng, ["DDS", "DMD"]))
    hyg = clinician(rng, pick(rng, ["RDH", "RDH, BS"]))
    fac = pick(rng, ["Quillhaven Family Dental", "Bright Arch Dentistry",
                     "Larkmoor Dental Associates", "Smile Harbor Pediatric "
                     "Dentistry", "Ostrey Oral & Maxillofacial Surgery"])
    proc = pick(rng, TEETH_PROCS)
    tooth = rng.randint(2, 31)
    subscriber = pt if age >= 26 and maybe(rng, 0.6) else relative(
        rng, pt, same_last=maybe(rng, 0.8))
    v = k % 5
    carp = rng.choice(["1.7", "1.8"])
    anest = pick(rng, ["2% lidocaine 1:100,000 epi", "4% articaine 1:100,000 epi",
                       "3% mepivacaine plain"])

    if v == 0:  # periodic exam + prophy
        d(fac, "\nCLINICAL NOTE - Periodic Oral Evaluation / Prophylaxis\n\n",
          "Pt: ", N(pt.lf()), "   Chart: ", MRN(pat(rng, "#####")),
          "   Acct: ", ACCT(pat(rng, "G-%####")),
          "   ", lbl(rng, "dob"), " ", D(fd(pt.dob, "mdy")), "   Age ",
          age_item(age, "num"), "\nDOS: ", D(fd(visit, "mdy")),
          "   Codes: D0120, D1110, D0274\n",
          "Med hx reviewed, no changes. BP ",
          "%d/%d" % (rng.randint(108, 150), rng.randint(64, 94)),
          " P ", str(rng.randint(60, 96)), ". Allergies: ",
          pick(rng, ["NKDA", "PCN (rash)", "latex", "codeine"]), ".\n",
          "Perio charting UR: ", perio_row(rng), "\n",
          "                LL: ", perio_row(rng), "\n",
          "BOP ", str(rng.randint(3, 30)), "%. Light calculus ling. lower ants. ",
          "4BWX taken, no new caries; watch #", str(tooth), " DO incipient. ",
          "OHI given, recommended electric brush, floss 1x/day.\n",
          "Hygienist: ", N(hyg.il()), ", ", hyg.cred, "   Exam: Dr. ",
          N(dds.last), "\nNext recall: ",
          D(fd(add_days(visit, 182), pick(rng, ["mdy", "long_noyr", "my"]))),
          " (6 mo). Reminder text to ", PH(us_phone(rng)), ".\n",
          "-- ", N(hyg.initials()))
    elif v == 1:  # restorative visit
        d("TREATMENT NOTE   ", D(fd(visit, pick(rng, ["mdy", "abbr"]))),
          "   ", clock(rng.randint(8, 16), rng.choice([0, 15, 30, 45]), "12"),
          "\nPatient: ", N(pt.LFM()), " | Acct ", ACCT(pat(rng, "%#####-##")),
          " | ", lbl(rng, "dob"), " ", D(fd(pt.dob, "mdy2")), "\n\n",
          "#", str(tooth), " ", proc[2] or "", " ", proc[0], " ", proc[1],
          ".\nAnesthesia: ", anest, ", ", str(rng.randint(1, 3)), " x ", carp,
          " mL carpules, IANB + long buccal. Isolation w/ Isodry. ",
          "Caries removed, selective to firm dentin; Vitrebond liner; ",
          "shade A", str(rng.randint(1, 3)), ". Occlusion adjusted, ",
          "pt comfortable. Post-op instructions given.\n",
          "Pt asked that statements go to ", pt.pron()[2], " ",
          pick(rng, ["mother", "daughter", "son", "husband", "wife"]), " ",
          N(subscriber.full()), " at ", A(Addr(rng).one_line()), ".\n",
          "Dr. ", N(dds.fli()), " / assist ", N(Person(rng).first), "\n")
    elif v == 2:  # extraction / oral surgery consult
        d(fac, "\nORAL SURGERY CONSULTATION\n",
          "Referred by: Dr. ", N(Person(rng).full()), "\n",
          "Patient: ", N(pt.full()), "  (", age_item(age, "num"),
          pt.sex, ")  MR#: ", MRN(pat(rng, "OS-#####")), "\n",
          "Date: ", D(fd(visit, pick(rng, ["long", "dmy_long"]))), "\n\n",
          "CC: \"", pick(rng, ["my wisdom tooth is killing me",
                               "swelling on the right side",
                               "broken tooth on the bottom"]), "\". ",
          "Pain ", str(rng.randint(3, 9)), "/10. ",
          "Pano shows #", pick(rng, ["1", "16", "17", "32"]),
          " mesioangular, partially erupted, close approximation to IAN canal. ",
          "#", str(tooth), " non-restorable. ",
          "Plan: ", proc[0] if proc[0] in ("D7140", "D7210") else "D7210",
          " under IV sedation (midazolam 2-5 mg, fentanyl 50-100 mcg). ",
          "NPO after midnight. Driver required: ", pt.pron()[2], " ",
          pick(rng, ["brother", "sister", "neighbour", "partner"]), " ",
          N(Person(rng).full()), ", ", PH(us_phone(rng)), ".\n",
          "Rx: amoxicillin 500 mg TID x 7d, ibuprofen 600 mg q6h PRN; ",
          "Rx# ", ID(pat(rng, "%######")), ".\n",
          "Surgery date: ", D(fd(add_days(visit, rng.randint(5, 30)), "mdy")),
          "\n\n", N(dds.full()), ", ", dds.cred, "  Lic. ",
          LIC(pat(rng, "%####")), "  NPI ", LIC(npi(rng)), "  DEA ",
          LIC(dea(rng, dds.last)), "\n")
    elif v == 3:  # insurance pre-determination narrative
        d("PRE-DETERMINATION / NARRATIVE\n\nTo: ",
          pick(rng, ["Delta Ridge Dental Plan", "Harborline Dental",
                     "Cygnet Benefits"]), " Claims Review\n",
          "Subscriber: ", N(subscriber.LF()), "   Subscriber ID: ",
          HP(pat(rng, "@@@#########")), "   Group: ",
          HP(pat(rng, "######-####")), "\nPatient: ", N(pt.LF()),
          "  ", lbl(rng, "dob"), " ", D(fd(pt.dob, "mdy")), "  Relationship: ",
          "self" if subscriber is pt else "dependent", "\n",
          "Treating dentist: ", N(dds.full()), ", ", dds.cred, "  TIN on file  NPI ",
          LIC(npi(rng)), "\nOffice: ", fac, ", ", A(Addr(rng).one_line()),
          "\n\nRequesting ", proc[0], " (", proc[1], ") #", str(tooth),
          ". Existing MOD amalgam placed approx. 2009 has fractured ",
          "DL cusp; recurrent decay at DO margin visible on BWX dated ",
          D(fd(add_days(visit, -rng.randint(1, 20)), "mdy")),
          " (enclosed). Remaining tooth structure < 50%. ",
          "Prior crown on #", str(rng.randint(2, 31)), " paid ",
          D(fd(add_days(visit, -rng.randint(700, 1900)), "my")),
          ". Perio stable, probing 2-3 mm.\n",
          "Please direct questions to ", N(Person(rng, sex="F").first),
          " at ", PH(us_phone(rng)), ", fax ", FX(us_phone(rng)), ".\n")
    else:  # ortho progress (minor patient)
        par_lab, par = kin(rng, pt, ["mom", "dad", "grandma"])
        d("ORTHODONTIC PROGRESS NOTE\n", fac, "\n",
          "Pt: ", N(pt.first.lower() + " " + pt.last.lower()) if maybe(rng, 0.3)
          else N(pt.full()), "   ID ", MRN(pat(rng, "ORT######")), "   DOB ",
          D(fd(pt.dob, "mdy")), "\nAppt ", D(fd(visit, "mdy")),
          " (adj #", str(rng.randint(3, 18)), ")\n\n",
          "U/L .019x.025 SS, power chain 3-3 U. Class II elastics 3/16\" 6oz ",
          "full time. OJ ", str(rng.randint(2, 7)), " mm, OB ",
          str(rng.randint(20, 60)), "%. Hygiene fair - decalcification ",
          "#", str(rng.randint(6, 11)), ". Bracket #", str(rng.randint(3, 14)),
          " rebonded.\n", "Spoke with ", par_lab,
          " (", N(par.first), ") about elastic wear; ", par.pron()[0],
          " will text updates to ",
          "office. Parent cell ", PH(us_phone(rng)), ".\n",
          "NV ", str(rng.randint(5, 8)), " wks - ",
          D(fd(add_days(visit, 42), "abbr_noyr")), ".\n-- ",
          N(dds.initials()), "/", N(Person(rng).initials()))
    return d


# ===========================================================================
# 3. workers' compensation / occupational health reports
# ===========================================================================

WC_INJ = [
    ("laceration of the left index finger on a box cutter", "S61.211A",
     "2 cm laceration, 4 simple interrupted 4-0 nylon"),
    ("low back strain lifting a 60 lb crate", "S39.012A",
     "paraspinal spasm L3-L5, SLR negative"),
    ("right shoulder strain reaching overhead", "S46.011A",
     "painful arc 70-120 degrees, Neer positive"),
    ("slip on wet floor with left ankle inversion", "S93.402A",
     "lateral swelling, Ottawa rules negative"),
    ("chemical splash to the right eye", "T26.51XA",
     "pH 7.5 after irrigation with 2 L NS"),
    ("crush injury to right foot under a pallet jack", "S97.81XA",
     "x-ray: non-displaced fx 3rd metatarsal"),
    ("needlestick from a used 25 g needle", "W46.0XXA",
     "source patient testing ordered"),
]
EMPLOYERS = ["Harrow Logistics LLC", "Brindlecombe Poultry Processing",
             "Vantry Public Schools", "Copperline Construction Inc.",
             "Kestrel Bay Marine Services", "Northgate Distribution Center",
             "Tallowmere Memorial Hospital (Environmental Services)"]
WC_CARRIERS = ["Granite Mutual Insurance", "Bluestone Casualty",
               "Commonwealth Employers Assurance", "Pioneer Risk Services"]


def workers_comp(rng, k):
    d = Doc()
    doi = rand_date(rng, (2021, 1, 4), (2025, 5, 30))
    visit = add_days(doi, rng.choice([0, 0, 1, 3, 14, 28, 42]))
    age = rng.randint(19, 68)
    pt = Person(rng)
    pt.dob = dob_for_age(rng, visit, age)
    doc_ = clinician(rng, pick(rng, ["MD", "DO", "PA-C", "NP"]))
    adj = Person(rng)
    emp = pick(rng, EMPLOYERS)
    inj = pick(rng, WC_INJ)
    empaddr = Addr(rng)
    v = k % 5

    if v == 0:  # physician's first report
        d("EMPLOYER'S / PHYSICIAN'S FIRST REPORT OF WORK INJURY\n",
          "Carrier: ", pick(rng, WC_CARRIERS), "   Claim No.: ",
          ID(pat(rng, "WC-##-######")), "   Policy No.: ",
          HP(pat(rng, "@@@ #######")), "\n\n",
          "1. Employee name: ", N(pt.LFM()), "\n",
          "2. SSN: ", SSN(ssn(rng)), "     3. ", lbl(rng, "dob"), ": ", D(fd(pt.dob, "mdy")),
          "     Sex: ", pt.sex, "\n",
          "4. Home address: ", A(Addr(rng).one_line()), "\n",
          "5. Phone: ", PH(us_phone(rng)), "\n",
          "6. Employer: ", emp, ", ", A(empaddr.line1()), ", ",
          A(empaddr.line2()), "\n",
          "7. Occupation: ", pick(rng, ["warehouse associate", "forklift operator",
                                        "line cook", "custodian",
                                        "roofer", "CNA"]),
          "   Employee ID: ", ID(pat(rng, "E######")), "\n",
          "8. Date of injury: ", D(fd(doi, "mdy")), "  Time: ",
          rand_time(rng, "12"), "\n",
          "9. Date first seen: ", D(fd(visit, "mdy")), "\n",
          "10. Description: ", inj[0], ".\n",
          "11. Findings: ", inj[2], ".\n",
          "12. Diagnosis: ", inj[1], "\n",
          "13. Work status: modified duty - no lifting > ",
          str(rng.choice([10, 15, 20, 25])), " lb, no ladders, ",
          "sit/stand as needed, until ", D(fd(add_days(visit, 14), "mdy")), ".\n",
          "14. Adjuster: ", N(adj.full()), "  ", PH(us_phone(rng)),
          "  Fax ", FX(us_phone(rng)), "  ", EM(email_for(rng, adj)), "\n\n",
          "Physician: ", N(doc_.full()), ", ", doc_.cred, "  NPI ",
          LIC(npi(rng)), "  State lic. ", LIC(med_license(rng)), "\n",
          "Date of report: ", D(fd(visit, "mdy")), "\n")
    elif v == 1:  # progress / RTW
        d("Occupational Health Services - ", facility(rng), "\n",
          "WORK STATUS / PROGRESS REPORT\n\n",
          "Employee: ", N(pt.full()), "   ", lbl(rng, "dob"), " ", D(fd(pt.dob, "mdy2")),
          "\nEmployer: ", emp, "   Supervisor: ", N(Person(rng).il()),
          "\nClaim #: ", ID(pat(rng, "%#########")),
          "   DOI: ", D(fd(doi, pick(rng, ["mdy", "iso"]))),
          "\nVisit: ", D(fd(visit, "mdy")), " (visit ", str(rng.randint(2, 6)),
          ")\n\nSubjective: Reports pain ", str(rng.randint(1, 7)), "/10, down from ",
          str(rng.randint(6, 9)), "/10. Completed ", str(rng.randint(4, 12)),
          " PT visits with ", N(Person(rng).full()), ", DPT. Taking naproxen ",
          "500 mg BID with food.\n",
          "Objective: ", inj[2], "; ROM ", str(rng.randint(60, 95)),
          "% of contralateral. Grip R ", str(rng.randint(50, 110)), " lb / L ",
          str(rng.randint(50, 110)), " lb.\n",
          "Assessment: ", inj[1], " ", inj[0], ", improving.\n",
          "Plan / Restrictions: ",
          pick(rng, ["return to full duty ", "modified duty through ",
                     "off work until re-check on "]),
          D(fd(add_days(visit, rng.randint(7, 21)), pick(rng, ["mdy", "long"]))),
          ". MMI not reached. Next visit ",
          D(fd(add_days(visit, 14), "abbr_noyr")), ".\n",
          "Billing: clinic account ", ACCT(pat(rng, "OH-%#####")),
          ", bill carrier directly, not employee.\n",
          "cc: adjuster ", N(adj.lf()), " via fax ", FX(us_phone(rng)), "\n")
        d(sig_block(rng, doc_, visit))
    elif v == 2:  # DOT physical
        dl_state = pick(rng, STATES)
        d("DRIVER MEDICAL EXAMINATION - SUMMARY (FMCSA)\n\n",
          "Driver: ", N(pt.LF()), "\n", "", lbl(rng, "dob"), ": ", D(fd(pt.dob, "mdy")),
          "   Age: ", str(age), "\n",
          "Address: ", A(Addr(rng).line1()), "\n         ",
          A(Addr(rng).line2()), "\n",
          "Driver license #: ", LIC(us_state_license(rng)), "  State: ",
          dl_state, "   CLP/CDL: CDL-A\n",
          "Phone: ", PH(us_phone(rng)), "   Email: ", EM(email_for(rng, pt)),
          "\n\nExam date: ", D(fd(visit, "mdy")),
          "\nVision: R 20/", str(rng.choice([20, 25, 30, 40])), " L 20/",
          str(rng.choice([20, 25, 30])), " (corrective lenses)\n",
          "Hearing: forced whisper > 5 ft bilaterally\n",
          "BP ", "%d/%d" % (rng.randint(118, 158), rng.randint(70, 98)),
          "  Pulse ", str(rng.randint(58, 96)), "  Urine: SG 1.0",
          str(rng.randint(10, 30)), ", protein neg, glucose neg\n",
          "Sleep apnea screen: neck ", str(rng.randint(15, 19)), " in, BMI ",
          "%.1f" % rng.uniform(24, 41), "\n",
          "Determination: meets standards; certificate issued for ",
          pick(rng, ["2 years", "1 year (HTN)", "3 months (pending sleep study)"]),
          ", expires ", D(fd(add_days(visit, 365), "mdy")), ".\n\n",
          "Medical examiner: ", N(doc_.full()), ", ", doc_.cred, "\n",
          "National Registry #: ", LIC(pick(rng, "3456789") + pat(rng, "#########")),
          "   License: ", LIC(med_license(rng)), "\n")
    elif v == 3:  # drug screen chain of custody
        mro = clinician(rng, "MD")
        d("POST-ACCIDENT DRUG & ALCOHOL TEST - COLLECTION RECORD\n\n",
          "Specimen ID: ", ID(pat(rng, "%#######")), "   Lab accession: ",
          ID(pat(rng, "@@#######")), "\n",
          "Donor: ", N(pt.LF()), "   Donor ID (last 4 SSN): ",
          SSN(ssn(rng)[-4:]), "\n",
          "Employer: ", emp, "   DER: ", N(Person(rng).full()), " ",
          PH(us_phone(rng)), "\n",
          "Reason: post-accident (", inj[0], " on ",
          D(fd(doi, pick(rng, ["mdy", "DMY_up"]))), ")\n",
          "Collection: ", D(fd(visit, "mdy")), " ", rand_time(rng, "24"),
          "   Temp in range (", str(rng.randint(90, 99)), ".",
          str(rng.randint(0, 9)), " F)\n",
          "Breath alcohol: 0.000 (EBT model AlcoMate 3000, unit serial not "
          "patient-linked)\n",
          "Photo ID: driver's license ", LIC(us_state_license(rng)), "\n",
          "Collector: ", N(Person(rng).full()), " (collector ID ",
          ID(pat(rng, "CL-####")), ")\n",
          "MRO: ", N(mro.full()), ", ", mro.cred,
          " - result NEGATIVE, verified ",
          D(fd(add_days(visit, rng.randint(1, 4)), "mdy")), "\n",
          "Donor signature captured on pad, signature ID ",
          BIO(pat(rng, "SIG-########")), "\n")
    else:  # IME-style summary letter
        att = Person(rng)
        d(D(fd(add_days(visit, 3), "long")), "\n\n", N(adj.full()),
          "\nClaims Adjuster, ", pick(rng, WC_CARRIERS), "\n",
          A(Addr(rng).line1()), "\n", A(Addr(rng).line2()), "\n\n",
          "RE: ", N(pt.full()), "\nClaim: ", ID(pat(rng, "%##-##-#####")),
          "\nD/I: ", D(fd(doi, "mdy")), "\nEmployer: ", emp, "\n\n",
          "Dear ", adj.title(), " ", N(adj.last), ":\n\n",
          "I saw ", pt.title(), " ", N(pt.last), " on ", D(fd(visit, "long")),
          " for an independent evaluation at the request of ",
          "your office (copy to claimant's attorney ", N(att.full()), "). ",
          "History obtained from the claimant and records of ",
          facility(rng), " (", D(fd(doi, "mdy")), " to ",
          D(fd(visit, "mdy")), "). Injury: ", inj[0], ". ",
          "Current complaints: ", pick(rng, ["intermittent aching",
                                             "numbness digits 2-3",
                                             "stiffness mornings"]), ". ",
          "Exam: ", inj[2], ".\n\nOpinions: (1) Diagnosis ", inj[1],
          ", causally related to the work event. (2) MMI reached as of ",
          D(fd(visit, "mdy")), ". (3) Impairment ", str(rng.randint(0, 12)),
          "% whole person (AMA Guides, 6th ed.). (4) No further treatment "
          "needed beyond home exercise.\n\nSincerely,\n\n", N(doc_.full()),
          ", ", doc_.cred, "\nBoard certified, Occupational Medicine\n",
          "Tel ", PH(us_phone(rng)), " | Fax ", FX(us_phone(rng)), "\n")
    return d


# ===========================================================================
# 4. school nurse logs
# ===========================================================================

SN_COMPLAINTS = [
    ("headache", "temp 98.4 F, rested 15 min, water given"),
    ("stomach ache after lunch", "no fever, ate crackers, back to class"),
    ("fell at recess, scraped L knee", "cleaned, bandage applied, ice 10 min"),
    ("nosebleed", "pressure x 10 min, resolved"),
    ("low blood sugar symptoms", "BG 62 mg/dL, 15 g juice, recheck BG 104"),
    ("asthma - coughing in PE", "albuterol HFA 2 puffs via spacer, SpO2 97%"),
    ("hit head on locker", "no LOC, pupils equal, concussion checklist negative"),
    ("itchy scalp", "lice check - live lice seen"),
    ("fever", "temp 101.2 F, parent called for pickup"),
    ("anxious before test", "breathing exercise, back to class in 10 min"),
]


def school_nurse(rng, k):
    d = Doc()
    day = rand_date(rng, (2022, 9, 6), (2025, 6, 10))
    school = pick(rng, ["Emberfield Elementary", "Corriston Middle School",
                        "Sandreth High School", "Pexley K-8 Academy",
                        "Glenmarra Primary"])
    nurse = clinician(rng, pick(rng, ["RN", "BSN, RN", "NCSN"]))
    v = k % 5

    if v == 0:  # daily log table
        d(school, " - Health Office Daily Log\n", "Date: ",
          D(fd(day, pick(rng, ["mdy", "long", "abbr"]))), " (",
          WEEKDAYS[day.weekday()], ")\nNurse: ", N(nurse.full()), ", ",
          nurse.cred, "\n\n",
          "Time  | Student           | Gr | Rm  | Complaint / Action | Disp\n")
        times = sorted((rng.randint(8, 14), rng.randint(0, 59))
                       for _ in range(rng.randint(5, 8)))
        for hh, mm in times:
            s = Person(rng)
            c = pick(rng, SN_COMPLAINTS)
            gr = rng.randint(1, 8)
            d(clock(hh, mm), " | ",
              N(pick(rng, [s.fli(), s.full(), s.lf(), s.first])), " | ", str(gr), " | ",
              str(rng.randint(100, 240)), " | ", c[0], "; ", c[1], " | ",
              pick(rng, ["RTC", "RTC", "home w/ parent", "RTC after 20 min"]),
              "\n")
        s = Person(rng)
        par = relative(rng, s, rel_sex="F")
        d("\nNote: called ", N(s.first), "'s mom ", N(par.full()), " at ",
          PH(us_phone(rng)), " re: fever, no answer; left VM. Called ",
          "emergency contact (aunt, ", N(Person(rng, sex="F", origin=s.origin).first),
          ") ", PH(us_phone(rng)), " - will pick up by 12:30.\n-- ",
          N(nurse.initials()))
    elif v == 1:  # diabetes management log
        s = Person(rng)
        age = rng.randint(6, 15)
        s.dob = dob_for_age(rng, day, age)
        d("DIABETES MANAGEMENT LOG - ", school, "\n",
          "Student: ", N(s.full()), "   ", lbl(rng, "dob"), ": ", D(fd(s.dob, "mdy")),
          "   Grade ", str(max(1, age - 5)), "\n",
          "Student ID: ", ID(pat(rng, "%#######")), "\n",
          "Endocrinologist: Dr. ", N(Person(rng).full()), ", ",
          facility(rng), " ", PH(us_phone(rng)), "\n",
          "Pump: ", pick(rng, ["Omnipod 5", "Tandem t:slim X2", "MiniMed 780G"]),
          " serial ", DEV(pat(rng, "@@#########")), "   CGM: Dexcom G7\n",
          "Carb ratio 1:", str(rng.randint(10, 25)), "  ISF 1:",
          str(rng.randint(40, 90)), "  Target ", str(rng.choice([110, 120])),
          "\n\n")
        dd = day
        for _ in range(rng.randint(3, 5)):
            bg = rng.randint(55, 320)
            d(D(fd(dd, "md")), "  ", clock(rng.randint(10, 12), rng.randint(0, 59)),
              "  BG ", str(bg), "  carbs ", str(rng.randint(30, 75)),
              " g  bolus ", "%.1f" % rng.uniform(1, 6), " u  ",
              "treated low w/ 15 g glucose tabs" if bg < 70 else
              ("ketones neg, water" if bg > 250 else "ok"), "  ",
              N(nurse.initials()), "\n")
            dd = add_days(dd, rng.choice([1, 1, 3]))
        par = relative(rng, s)
        d("\nParent ", N(par.fml()), " notified of lows by text to ",
          PH(us_phone(rng)), " per plan.\n")
    elif v == 2:  # incident report (injury)
        s = Person(rng)
        par = relative(rng, s, same_last=maybe(rng, 0.7))
        witness = Person(rng)
        d("STUDENT INJURY / INCIDENT REPORT\n", school, "\n\n",
          "Student name: ", N(s.LF()), "\nStudent #: ", ID(pat(rng, "S%######")),
          "   Grade: ", str(rng.randint(1, 12)), "   Homeroom: ",
          str(rng.randint(101, 330)), "\n",
          "Date of incident: ", D(fd(day, "mdy")), "   Time: ",
          clock(rng.randint(8, 14), rng.randint(0, 59), "12"), "\n",
          "Location: ", pick(rng, ["playground", "gym", "stairwell B",
                                   "cafeteria", "bus loop"]), "\n",
          "Witness: ", N(witness.full()), " (", pick(rng, ["PE teacher",
                                                           "recess aide",
                                                           "bus driver"]),
          ")\n\nDescription: ", N(s.first), " ", pick(rng, SN_COMPLAINTS)[0], ". ",
          pick(rng, SN_COMPLAINTS)[1], ". Vitals P ", str(rng.randint(70, 120)),
          " RR ", str(rng.randint(14, 24)), ".\n",
          "Parent/guardian notified: ", N(par.full()), " (",
          pick(rng, ["mother", "father", "grandparent", "foster mother"]),
          ") at ", PH(us_phone(rng)), " on ", D(fd(day, "md")), " at ",
          rand_time(rng, "12"), ".\n",
          "Follow-up: concussion symptom check on ",
          D(fd(add_days(day, 1), "long_noyr")), "; ",
          "copy to principal ", N(Person(rng).il()), ".\n\nReported by: ",
          N(nurse.full()), ", ", nurse.cred, "\n")
    elif v == 3:  # medication administration record
        s = Person(rng)
        age = rng.randint(5, 17)
        s.dob = dob_for_age(rng, day, age)
        med = pick(rng, [("methylphenidate ER", "18 mg", "0800 at home; noon dose 5 mg IR"),
                         ("cetirizine", "10 mg", "daily 1130"),
                         ("ondansetron ODT", "4 mg", "PRN nausea"),
                         ("glucagon nasal", "3 mg", "PRN severe low"),
                         ("EpiPen Jr", "0.15 mg", "PRN anaphylaxis")])
        sy = day.year if day.month >= 8 else day.year - 1
        d("MEDICATION ADMINISTRATION RECORD\nSchool: ", school,
          "   School year %d-%d\n\n" % (sy, sy + 1),
          "Student: ", N(s.LFM()), "   ", lbl(rng, "dob"), " ", D(fd(s.dob, "mdy")),
          "   Age ", str(age), "\n",
          "Medication: ", med[0], " ", med[1], "   Schedule: ", med[2], "\n",
          "Prescriber: ", N(Person(rng).full()), ", MD   Phone ",
          PH(us_phone(rng)), "\nPharmacy Rx #: ", ID(pat(rng, "%######-##")),
          "\nAuthorization signed by parent ", N(relative(rng, s).full()),
          " on ", D(fd(add_days(day, -rng.randint(5, 40)), "mdy")), "\n\n",
          "Date       Time   Dose    Given by\n")
        dd = day
        n_days = rng.randint(4, 7)
        absent = rng.randrange(1, n_days)
        sub = Person(rng)
        for i in range(n_days):
            if i == absent:
                absent_day = dd
            else:
                who = pick(rng, [nurse.initials(), nurse.initials(),
                                 sub.initials()])
                d(D(fd(dd, "mdy")), "  ", clock(11, rng.randint(25, 45)), "  ",
                  med[1], "   ", N(who), "\n")
            dd = add_days(dd, 1 if dd.weekday() < 4 else 3)
        d("Count at start of month: ", str(rng.randint(20, 30)),
          " tabs. Student absent ", D(fd(absent_day, "md")), ". Sub nurse ",
          N(sub.fli()), " covered when initials ", N(sub.initials()),
          " shown.\n")
    else:  # e-mail / letter home
        topic = pick(rng, [
            ("Vision screening follow-up", "During our vision screening on ",
             "did not pass the distance test (R 20/50, L 20/40). Please see "
             "an eye doctor and return the referral form"),
            ("Immunization records needed", "Our records show that as of ",
             "still needs a 2nd dose of MMR and a Tdap booster before the "
             "exclusion date"),
            ("Head lice - return to school", "I re-checked on ",
             "had no live lice and may ride the bus again"),
            ("Asthma action plan", "Following up on our call on ",
             "needs an updated asthma action plan and a spare inhaler in the "
             "office")])
        s = Person(rng)
        par = relative(rng, s)
        d("From: ", EM(email_for(rng, nurse, "school.example.org")), "\n",
          "To: ", EM(email_for(rng, par)), "\n",
          "Date: ", WEEKDAYS[day.weekday()][:3], ", ",
          D(fd(day, "dmy_abbr")), " ", clock(rng.randint(9, 15), rng.randint(0, 59)),
          "\nSubject: ", topic[0], "\n\n",
          "Hi ", N(par.first), ",\n\n", topic[1],
          D(fd(add_days(day, -rng.randint(1, 6)), pick(rng, ["long_noyr", "md",
                                                             "long_ord"]))),
          ", ", N(s.first), " ", topic[2], ".\n\n",
          "You can reach me at ", PH(us_phone(rng)), " (office) or fax forms "
          "to ", FX(us_phone(rng)), ". Our school address for mail is ",
          A(Addr(rng).one_line()), ".\n\nThanks,\n", N(nurse.first), "\n",
          school, " Health Office\n")
    return d


# ===========================================================================
# 5. correctional health
# ===========================================================================

CORR_FAC = ["Greywater County Jail", "Ostrey Correctional Facility",
            "Pellham County Detention Center", "Calder State Prison",
            "North Avesby Reentry Center"]


def correctional(rng, k):
    d = Doc()
    visit = rand_date(rng, (2021, 5, 1), (2025, 6, 30))
    age = rng.randint(19, 78)
    pt = Person(rng)
    pt.dob = dob_for_age(rng, visit, age)
    fac = pick(rng, CORR_FAC)
    prov = clinician(rng, pick(rng, ["MD", "NP", "PA-C", "RN", "LPN"]))
    officer = Person(rng)
    booking = pat(rng, pick(rng, ["%#-######", "%######", "SO-##-#####"]))
    docnum = pat(rng, pick(rng, ["@#####", "%######", "##@####"]))
    housing = "%s-%d, cell %d" % (pick(rng, ["A", "B", "C", "D", "Med"]),
                                  rng.randint(1, 4), rng.randint(1, 48))
    v = k % 5

    if v == 0:  # sick call request (transcribed)
        d(fac, " - HEALTH SERVICES REQUEST (SICK CALL)\n\n",
          "Name (print): ", N(pt.upper()), "   DOC#: ", ID(docnum),
          "\nHousing: ", housing, "   Date: ", D(fd(visit, "mdy2")), "\n",
          "Request (in patient's words): \"", pick(rng, [
              "my tooth hurt bad 3 days cant eat",
              "need my inhaler refill it ran out",
              "rash on arms itching at night, cellie has it too",
              "chest feel tight when i walk the yard",
              "i was on suboxone on the street need to talk to somebody"]),
          "\"\nSigned: ", N(pt.first.lower() + " " + pt.last.lower()), "\n",
          "-----------------------------------------------\n",
          "TRIAGE (health staff): received ", D(fd(visit, "mdy")), " ",
          rand_time(rng, "24"), " by ", N(prov.il()), ", ", prov.cred,
          ". Seen ", D(fd(add_days(visit, 1), "mdy")), ". BP ",
          "%d/%d" % (rng.randint(110, 170), rng.randint(68, 102)), " HR ",
          str(rng.randint(60, 110)), " T 98.", str(rng.randint(0, 9)),
          " SpO2 ", str(rng.randint(94, 99)), "%. Disposition: ",
          pick(rng, ["dental line", "provider line", "chronic care clinic",
                     "MAT intake"]), ". Co-pay $5 waived (indigent).\n")
    elif v == 1:  # intake screening
        nok = relative(rng, pt, same_last=maybe(rng, 0.6))
        d("RECEIVING SCREENING - INTAKE\n", fac, "\n\n",
          "Inmate: ", N(pt.LFM()), "\n",
          "Booking #: ", ID(booking), "    SO#: ", ID(pat(rng, "%#####")), "\n",
          "", lbl(rng, "dob"), ": ", D(fd(pt.dob, "mdy")), "  Age: ", str(age), "  Sex: ",
          pt.sex, "\n", "Arrival: ", D(fd(visit, "mdy")), " ",
          rand_time(rng, "24"), "  Arresting agency: ",
          pick(rng, ["Vantry PD", "State Police Troop C", "Greywater SO"]),
          "  Officer ", N(officer.last), " #", ID(pat(rng, "%###")), "\n\n",
          "Visible injuries: ", pick(rng, ["none", "abrasion L forehead",
                                           "swollen R hand"]), "\n",
          "Current meds: ", pick(rng, ["metformin 1000 mg BID",
                                       "buprenorphine/naloxone 8/2 mg daily",
                                       "none", "lisinopril 20 mg daily"]), "\n",
          "Last drink/drug use: ", pick(rng, ["this morning", "2 days ago",
                                              "denies"]),
          "   CIWA ", str(rng.randint(0, 14)), "   COWS ",
          str(rng.randint(0, 12)), "\n",
          "Suicide screen: ", pick(rng, ["negative", "positive - placed on "
                                         "watch, MH notified"]), "\n",
          "TB symptom screen negative; PPD placed L forearm, read in 48-72 h.\n",
          "Community provider: ", N(Person(rng).full()), " at ",
          facility(rng), ", ", PH(us_phone(rng)), "\n",
          "Next of kin: ", N(nok.full()), " (", pick(rng, ["mother", "sister",
                                                           "girlfriend",
                                                           "uncle"]),
          "), ", A(Addr(rng).one_line()), ", ", PH(us_phone(rng)), "\n",
          "Medicaid ID (suspended on booking): ", HP(pat(rng, "%##########")),
          "\nFingerprint capture ref: ", BIO(pat(rng, "FP########")), "\n",
          "Property: ", pick(rng, ["vehicle towed to county lot",
                                   "vehicle released to NOK"]), ", plate ",
          VEH(plate(rng)), " (", pick(rng, STATES), ")\n\n",
          "Screened by: ", N(prov.full()), ", ", prov.cred, "\n")
    elif v == 2:  # chronic care
        cc = pick(rng, [
            ("HTN, T2DM", "A1c %.1f%%, LDL %d" % (rng.uniform(5.8, 10.5),
                                                 rng.randint(60, 170))),
            ("asthma, HCV Ab+", "HCV RNA %d IU/mL, ALT %d" % (
                rng.randint(10000, 900000), rng.randint(20, 140))),
            ("HIV on ART, HTN", "CD4 %d, VL <20" % rng.randint(250, 900)),
            ("seizure disorder", "levetiracetam level %d mcg/mL" %
             rng.randint(8, 40))])
        d("CHRONIC CARE CLINIC NOTE\n", fac, "  |  Medical record #: ",
          MRN(pat(rng, "%#####")), "\n",
          "Patient: ", N(pt.LF()), "   ID ", ID(docnum), "   DOB ",
          D(fd(pt.dob, "iso")), "\n",
          "Visit date: ", D(fd(visit, "dmy_abbr")), "   Housing ", housing,
          "\n\nConditions: ", cc[0],
          ".\nBP ", "%d/%d" % (rng.randint(118, 162), rng.randint(70, 100)),
          ", wt ", str(rng.randint(140, 280)), " lb. Labs ",
          D(fd(add_days(visit, -21), "mdy")), ": ", cc[1], ".\n",
          "Med compliance per MAR ", str(rng.randint(70, 100)), "%; refused ",
          str(rng.randint(0, 6)), " doses (KOP not approved).\n",
          "Court date ", D(fd(add_days(visit, rng.randint(5, 60)), "long")),
          " - pt asks that meds be sent with transport. Anticipated release ",
          D(fd(add_days(visit, rng.randint(30, 200)), "my")),
          "; discharge planner ", N(Person(rng).full()),
          " to arrange follow-up at ", facility(rng), ".\n",
          "Plan: lisinopril 20 mg daily, metformin 1000 mg BID, diet ",
          "2,000 kcal. Labs in 3 mo.\n")
        d(sig_block(rng, prov, visit))
    elif v == 3:  # use of force / post-restraint medical assessment
        off2 = Person(rng)
        d("POST USE-OF-FORCE MEDICAL ASSESSMENT\n\n",
          "Incident #: ", ID(pat(rng, "UOF-####-###")), "   Date/time: ",
          D(fd(visit, "mdy")), " ", rand_time(rng, "24"), "\n",
          "Inmate: ", N(pt.LF()), "  #", ID(docnum), "  Housing ", housing,
          "\nOfficers involved: Sgt. ", N(officer.last), " (badge ",
          ID(pat(rng, "%###")), "), CO ", N(off2.il()), " (badge ",
          ID(pat(rng, "%###")), ")\n",
          "Restraint: ", pick(rng, ["handcuffs, leg irons, 20 min",
                                    "OC spray x1 burst, decon 15 min",
                                    "restraint chair 1 h 10 min"]), "\n",
          "Assessment: alert, oriented x3. Abrasion ", str(rng.randint(1, 4)),
          " cm R wrist. Distal pulses 2+. Eyes flushed, no corneal ",
          "injury on fluorescein. Denies LOC. Vitals BP ",
          "%d/%d" % (rng.randint(120, 170), rng.randint(70, 105)), " P ",
          str(rng.randint(80, 130)), ".\nPhotographs taken (",
          str(rng.randint(3, 9)), "). Statement by inmate: \"",
          pick(rng, ["they slammed me", "i'm good", "no statement"]), "\".\n",
          "Nurse: ", N(prov.full()), ", ", prov.cred, "   Witness: ",
          N(Person(rng).full()), "\n")
    else:  # release / transfer summary
        dest = Addr(rng)
        d("MEDICAL TRANSFER / RELEASE SUMMARY\n\n",
          "From: ", fac, "\nTo: community (released on ",
          pick(rng, ["completion of sentence", "bail", "parole",
                     "time served"]), ")",
          "\nName: ", N(pt.full()), " a/k/a \"", N(pt.nickname() if pt.nick
                                                    else pt.first[:3]), "\"",
          "\nDOC #: ", ID(docnum), "   ", lbl(rng, "dob"), ": ", D(fd(pt.dob, "mdy")), "\n",
          "Release date: ", D(fd(visit, "mdy")), "\n\n",
          "Active problems: ", pick(rng, ["OUD on buprenorphine 16 mg/day",
                                          "HTN, hyperlipidemia",
                                          "latent TB, completed 3HP",
                                          "schizoaffective d/o"]), "\n",
          "Meds sent: 14-day supply + naloxone 4 mg nasal kit.\n",
          "Follow-up: ", facility(rng), " on ",
          D(fd(add_days(visit, rng.randint(2, 10)), "mdy")), " with ",
          N(Person(rng).full()), ", NP.\n",
          "Released to ", pt.pron()[2], " ",
          pick(rng, ["mother's home", "sister's apartment", "sober house"]),
          " at ", A(dest.line1()), ", ", A(dest.line2()),
          "; phone ", PH(us_phone(rng)), ".\n",
          "Medicaid reinstated: ID ", HP(pat(rng, "@@######@")), "\n",
          "Commissary account ", ACCT(pat(rng, "%######")),
          " balance refunded by check.\n",
          "Probation officer: ", N(Person(rng).full()), ", ",
          PH(us_phone(rng)), "\n")
        d(sig_block(rng, prov, visit))
    return d
