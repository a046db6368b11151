"""Styles 6-10: hospice, EMS run reports, pharmacy counselling, clinical
trial adverse-event reports, genetic counselling letters."""

from corpus_core import (
    lbl,
    Doc, Person, Addr, N, A, Z, D, AGE, PH, FX, EM, URL, IP, SSN, MRN, HP,
    ACCT, LIC, VEH, DEV, BIO, ID, pat, maybe, pick, fd, rand_date, add_days,
    dob_for_age, age_on, rand_time, clock, us_phone, foreign_phone,
    foreign_address, email_for, npi, dea, vin, ssn, mbi, plate,
    us_state_license, med_license, facility, clinician, relative, age_item,
    age_text, age_value, TOWNS, STATES, WEEKDAYS, MON3, words, kin,
)
from styles_a import sig_block


def old_age(rng, p_old=0.6):
    if rng.random() < p_old:
        return rng.choice([90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 101, 103])
    return rng.choice([67, 72, 78, 81, 84, 86, 88, 89])


# ===========================================================================
# 6. hospice / palliative care
# ===========================================================================

HOSPICE_DX = ["end-stage heart failure (I50.22)", "Alzheimer dementia, FAST 7c",
              "metastatic pancreatic adenocarcinoma", "COPD, on 3 L O2",
              "ESRD, dialysis withdrawn", "adult failure to thrive (R62.7)",
              "ALS with respiratory decline", "end-stage Parkinson disease"]
HOSPICE_MEDS = ["morphine concentrate 20 mg/mL, 0.25 mL (5 mg) SL q2h PRN",
                "lorazepam 0.5 mg SL q4h PRN anxiety",
                "haloperidol 0.5 mg PO q6h PRN agitation",
                "glycopyrrolate 0.2 mg SC q4h PRN secretions",
                "senna-S 2 tabs qHS", "acetaminophen 650 mg PR q6h PRN",
                "oxycodone 5 mg PO q4h PRN", "furosemide 40 mg PO daily"]


def hospice(rng, k):
    d = Doc()
    visit = rand_date(rng, (2021, 3, 1), (2025, 6, 30))
    age = old_age(rng, 0.7)
    pt = Person(rng)
    pt.dob = dob_for_age(rng, visit, age)
    rn = clinician(rng, pick(rng, ["RN", "RN, CHPN", "LPN"]))
    md = clinician(rng, pick(rng, ["MD", "DO", "MD, HMDC"]))
    cg_rel = pick(rng, [("daughter", "F"), ("son", "M"), ("niece", "F"),
                        ("grandson", "M"), ("wife", "F"), ("husband", "M")])
    cg = relative(rng, pt, rel_sex=cg_rel[1],
                  same_last=cg_rel[0] in ("son", "grandson") or maybe(rng, 0.3))
    home = Addr(rng)
    agency = pick(rng, ["Lantern Hospice & Palliative Care",
                        "Good Shepherd Hospice", "Quillhaven Home Hospice",
                        "Marrowvale VNA Hospice"])
    dx = pick(rng, HOSPICE_DX)
    pps = rng.choice([10, 20, 30, 40, 50])
    v = k % 5
    agefmt = pick(rng, ["yo_hyphen", "y/o", "yo", "words", "years_old"])

    if v == 0:  # RN routine visit
        loc_home = maybe(rng, 0.6)
        d(agency, "\nHOSPICE RN VISIT NOTE - routine\n\n",
          "Patient: ", N(pt.LF()), "   MR#: ", MRN(pat(rng, "H-######")),
          "\n", lbl(rng, "dob"), ": ", D(fd(pt.dob, "mdy")), "   Medicare ID: ",
          HP(mbi(rng)), "\nVisit date: ", D(fd(visit, "mdy")), "  In ",
          clock(rng.randint(8, 16), rng.randint(0, 59)), " Out ",
          clock(rng.randint(17, 18), rng.randint(0, 59)), "\nLocation: ")
        if loc_home:
            d("home, ", A(home.one_line()))
        else:
            d(pick(rng, ["Harrowmount Assisted Living", "Sorrel Creek Nursing "
                         "and Rehab", "Ashcombe Falls Memory Care"]),
              ", room ", str(rng.randint(101, 340)), pick(rng, ["A", "B", ""]))
        d("\nHospice dx: ", dx, "\n\n",
          "S: ", pt.title(), " ", N(pt.last), " is a ", age_item(age, agefmt),
          " ", "woman" if pt.sex == "F" else "man", " seen with ",
          cg_rel[0], " ", N(cg.first), " at bedside. ", N(cg.first),
          " reports ", pick(rng, ["2 episodes of restlessness overnight",
                                  "eating a few spoonfuls of pudding only",
                                  "no BM x 3 days", "more sleeping, 20 h/day",
                                  "grimacing with turns"]), ".\n",
          "O: BP ", "%d/%d" % (rng.randint(84, 132), rng.randint(44, 80)),
          ", HR ", str(rng.randint(58, 118)), " irregular, RR ",
          str(rng.randint(12, 28)), ", SpO2 ", str(rng.randint(84, 96)),
          "% on ", pick(rng, ["RA", "2 L NC", "3 L NC"]), ". PPS ", str(pps),
          "%. MAC ", "%.1f" % rng.uniform(17, 24), " cm (",
          "%.1f" % rng.uniform(18, 26), " cm on ",
          D(fd(add_days(visit, -rng.randint(14, 45)), "md")), "). ",
          "Sacral stage 2 PI 1.5 x 1 cm, foam dressing changed. Mottling ",
          "bilateral knees.\n",
          "Meds reviewed: ", pick(rng, HOSPICE_MEDS), "; ",
          pick(rng, HOSPICE_MEDS), ". Comfort kit in home, seal intact.\n",
          "A/P: Decline consistent with disease progression. Increase visits ",
          "to 3x/wk. Dr. ", N(md.last), " updated by phone. Next RN visit ",
          D(fd(add_days(visit, 2), pick(rng, ["md", "long_noyr", "mdy"]))),
          ". Caregiver ", N(cg.full()), " cell ", PH(us_phone(rng)), ".\n")
        d(sig_block(rng, rn, visit))
    elif v == 1:  # IDG note
        sw = clinician(rng, "MSW")
        ch = clinician(rng, "MDiv")
        bp = rng.randint(1, 4)
        start = add_days(visit, -rng.randint(5, 80))
        d("INTERDISCIPLINARY GROUP (IDG) MEETING - PLAN OF CARE UPDATE\n",
          agency, "\nMeeting date: ", D(fd(visit, pick(rng, ["mdy", "long"]))),
          "\n\nPatient: ", N(pt.fml()), " (", age_item(age, "num"), pt.sex,
          ")   ", lbl(rng, "mrn"), " ", MRN(pat(rng, "#######")), "\n",
          "Benefit period ", str(bp), ": ", D(fd(start, "mdy")), " - ",
          D(fd(add_days(start, 89 if bp < 3 else 59), "mdy")), "\n",
          "Face-to-face encounter: ",
          D(fd(add_days(start, -rng.randint(1, 20)), "mdy")), " by ",
          N(md.il()), ", ", md.cred, "\n",
          "Attending: Dr. ", N(Person(rng).full()), "   Hospice MD: ",
          N(md.full()), "\n\n",
          "Present: ", N(md.fli()), " (MD), ", N(rn.full()), " (RN CM), ",
          N(sw.full()), " (SW), ", N(ch.full()),
          " (chaplain), volunteer coordinator.\n\n",
          "Nursing: PPS ", str(pps), "%, weight ", str(rng.randint(88, 150)),
          " lb (down ", str(rng.randint(3, 12)), " lb since admission). ",
          "Symptoms controlled on ", pick(rng, HOSPICE_MEDS), ".\n",
          "SW: ", cg_rel[0], " ", N(cg.full()), " is primary caregiver, ",
          "DPOA; lives at ", A(Addr(rng).one_line()), ". Caregiver strain ",
          "score ", str(rng.randint(5, 12)), "/13. Respite discussed.\n",
          "Spiritual: ", pick(rng, ["Catholic; Eucharist weekly via parish",
                                    "no affiliation; life review ongoing",
                                    "Baptist; pastor visits",
                                    "Muslim; family requests imam at end of life"]),
          ".\nPlan: continue routine level of care; recert due ",
          D(fd(add_days(start, 89 if bp < 3 else 59), "abbr")), ".\n")
    elif v == 2:  # social work / bereavement
        sw = clinician(rng, pick(rng, ["LICSW", "MSW, LCSW", "LMSW"]))
        kid2 = relative(rng, pt, rel_sex=None, same_last=maybe(rng, 0.5))
        addr2, pc, country = foreign_address(rng)
        d("SOCIAL WORK / BEREAVEMENT NOTE\n", agency, "\n\n",
          "Re: ", N(pt.LFM()), ", ", lbl(rng, "dob"), " ", D(fd(pt.dob, "mdy")),
          ", date of death ", D(fd(visit, pick(rng, ["mdy", "long"]))),
          "\nContact: ", D(fd(add_days(visit, rng.randint(20, 40)), "mdy")),
          ", telephone\n\n",
          "Spoke with ", cg_rel[0], " ", N(cg.full()), " at ",
          PH(us_phone(rng)), ". ", N(cg.first), " reports sleeping poorly ",
          "and ", pick(rng, ["returning to work part-time",
                     "keeping busy with the estate paperwork",
                     "crying daily but eating"]),
          ". Service held at ", pick(rng, ["St. Anselm's Church",
                                          "Fallowgate Funeral Home",
                                          "the family home"]),
          " on ", D(fd(add_days(visit, rng.randint(4, 9)), "long_noyr")),
          ". Sibling ", N(kid2.first), " flew in from ", country,
          " and is staying with ", N(cg.first), " until ",
          D(fd(add_days(visit, rng.randint(40, 60)), "long_ord")),
          "; ", N(kid2.first), "'s home address for the memorial mailing is ",
          A(addr2),
          ([", tel ", PH(foreign_phone(rng, country))]
           if country in ("United Kingdom", "Australia", "Canada")
           else [", e-mail ", EM(email_for(rng, kid2))]), ".\n",
          "Bereavement risk: ", pick(rng, ["low", "moderate", "high"]),
          " (BRAT). Plan: mailings at 1, 3, 6, 9, 13 months; grief group ",
          "Thursdays 6 pm at the ", pick(rng, ["Larkmoor", "Pexley"]),
          " office.\n", "-- ", N(sw.initials()), ", ", sw.cred)
    elif v == 3:  # death visit with ICD deactivation
        t0 = rng.randint(0, 1439 - 200)
        hm = lambda m: "%02d:%02d" % divmod(t0 + m, 60)
        tod = hm(rng.randint(30, 55))
        sn = pat(rng, pick(rng, ["@@@######@", "@@@######", "#######"]))
        d("DEATH VISIT / PRONOUNCEMENT\n", agency, "\n\n",
          "Patient: ", N(pt.full()), "  (", age_item(age, agefmt), ")\n",
          "MR#: ", MRN(pat(rng, "%######")), "   Medicare: ", HP(mbi(rng)),
          "\nCalled by ", cg_rel[0], " ", N(cg.first), " at ",
          hm(0), " reporting no breathing. RN arrived ",
          "at ", A(home.line1()), ", ", A(home.town), " at ",
          hm(rng.randint(20, 29)), ".\n\n",
          "No apical pulse x 1 min, no respirations, pupils fixed. ",
          "Time of death ", tod, " on ", D(fd(visit, "mdy")), ". ",
          "Pronounced by ", N(rn.full()), ", ", rn.cred,
          " per state protocol. Dr. ", N(md.last), " notified ",
          hm(rng.randint(60, 75)), ", will sign certificate.\n",
          "ICD: ", pick(rng, ["Medtronic Evera", "Abbott Gallant",
                              "Boston Scientific Resonate"]),
          " (model ", pat(rng, "@@@@#@#"), ") serial ", DEV(sn),
          " - tachy therapies had been deactivated ",
          D(fd(add_days(visit, -rng.randint(3, 30)), "mdy")),
          " with magnet/programmer; rep ", N(Person(rng).full()),
          " notified for explant/return. Remote monitor serial ",
          DEV(pat(rng, "RM#######")), " to be unplugged by family.\n",
          "Meds destroyed with witness ", N(cg.full()), ": morphine 20 mg/mL ",
          str(rng.randint(4, 26)), " mL, lorazepam 0.5 mg x ",
          str(rng.randint(4, 20)), " tabs.\n",
          "Funeral home: ", pick(rng, ["Whitcombe & Sons", "Pexley Memorial Chapel",
                                       "Hollin Ford Funeral Service"]),
          ", called ", hm(rng.randint(80, 95)), ", removal ",
          hm(rng.randint(150, 195)), ".\n")
        d(sig_block(rng, rn, visit))
    else:  # admission / election
        dpoa = cg
        d("HOSPICE ELECTION & ADMISSION SUMMARY\n", agency, "\n\n",
          "Patient name: ", N(pt.LFM()), "\n",
          "Age: ", age_item(age, "num"), "   DOB: ",
          D(fd(pt.dob, pick(rng, ["mdy", "long"]))), "   Sex: ", pt.sex, "\n",
          "Address: ", A(home.line1()), "\n         ", A(home.line2()), "\n",
          "Phone: ", PH(us_phone(rng)), "\n",
          "Medicare Beneficiary ID: ", HP(mbi(rng)), "\n",
          "Medicaid #: ", HP(pat(rng, "%##########")), "\n",
          "Hospice billing account: ", ACCT(pat(rng, "%#########")), "\n",
          "Election effective: ", D(fd(visit, "mdy")), "\n",
          "Referral source: ", facility(rng), ", Dr. ", N(Person(rng).lf()),
          "\nTerminal dx: ", dx, "\n",
          "Code status: DNR/DNI, POLST signed ",
          D(fd(add_days(visit, -rng.randint(1, 200)), "mdy2")), "\n",
          "Health care agent: ", N(dpoa.full()), " (", cg_rel[0], "), ",
          PH(us_phone(rng)), ", ", EM(email_for(rng, dpoa)), "\n",
          "DME: hospital bed, overbed table, O2 concentrator 2 L continuous.\n",
          "Pharmacy: ", pick(rng, ["Corriston Community Pharmacy",
                                   "Tallowmere Apothecary"]), ", ",
          A(Addr(rng).one_line()), ", ", PH(us_phone(rng)), "\n\n",
          "Admitting RN: ", N(rn.full()), ", ", rn.cred, "\n",
          "Certifying physician: ", N(md.full()), ", ", md.cred, "  NPI ",
          LIC(npi(rng)), "\n")
    return d


# ===========================================================================
# 7. EMS / ambulance run reports
# ===========================================================================

CAR_MAKES = ["2016 Toyota Camry", "2019 Honda Civic", "2012 Ford F-150",
             "2021 Subaru Outback", "2008 Chevrolet Impala", "2015 Nissan Rogue",
             "2020 Hyundai Elantra", "2011 Jeep Wrangler"]
COLOURS = ["gray", "silver", "black", "white", "red", "blue", "green"]


def ems_times(rng):
    h = rng.randint(0, 22)
    m = rng.randint(0, 40)
    t = [h * 60 + m]
    for inc in (1, rng.randint(5, 12), rng.randint(10, 25), 2,
                rng.randint(8, 25), 1):
        t.append(t[-1] + inc)
    return ["%02d:%02d" % divmod(x % 1440, 60) for x in t]


def ems(rng, k):
    d = Doc()
    day = rand_date(rng, (2021, 1, 1), (2025, 6, 30))
    v = k % 5
    age = old_age(rng, 0.8) if v == 1 else rng.randint(18, 84)
    pt = Person(rng)
    pt.dob = dob_for_age(rng, day, age)
    crew = [clinician(rng, "Paramedic"), clinician(rng, "EMT-B")]
    agency = pick(rng, ["Greywater County EMS", "Tallowmere Fire Rescue",
                        "Marrowvale Ambulance Service", "Port Ellery EMS"])
    unit = pick(rng, ["Medic ", "Rescue ", "Ambulance ", "A"]) + str(
        rng.randint(1, 40))
    tt = ems_times(rng)
    scene = Addr(rng)
    dest = facility(rng, ["Medical Center", "Community Hospital",
                          "General Hospital", "Regional Medical Center"])

    def vit():
        sbp = rng.randint(92, 180)
        return "BP %d/%d  HR %d  RR %d  SpO2 %d%%  GCS %d" % (
            sbp, rng.randint(50, min(110, sbp - 25)), rng.randint(50, 130),
            rng.randint(10, 28), rng.randint(88, 100), rng.randint(13, 15))
    header = ["PATIENT CARE REPORT - ", agency, "\n",
              "Incident #: ", ID(pat(rng, "%%-######")), "   PCR #: ",
              ID(pat(rng, "PCR-%#######")), "   Unit: ", unit, "\n",
              "Date: ", D(fd(day, pick(rng, ["mdy", "iso", "DMY_up"]))),
              "   Disp ", tt[0], "  Enrt ", tt[1], "  OnSc ", tt[2],
              "  PtCt ", tt[3], "  Trans ", tt[4], "  AtDest ", tt[5], "\n"]
    crew_block = ["\nCrew: ", N(crew[0].full()), ", ", crew[0].cred,
                  " (cert ", LIC(pat(rng, "P######")), "); ",
                  N(crew[1].fli()), ", ", crew[1].cred, " (NREMT ",
                  LIC(pat(rng, "E#######")), ")\n"]

    if v == 0:  # MVC
        other = Person(rng)
        trooper = Person(rng)
        car = pick(rng, CAR_MAKES)
        d(header,
          "Scene: ", pick(rng, ["roadway in front of ", "driveway of ",
                                "parking area at "]),
          A(scene.line1()), ", ", A(scene.town), "\n",
          "Patient: ", N(pt.LF()), "   ", lbl(rng, "dob"), " ", D(fd(pt.dob, "mdy")),
          "   Age ", age_item(age, "num"), "   Sex ", pt.sex, "\n",
          "Home: ", A(Addr(rng).one_line()), "   Ph ", PH(us_phone(rng)), "\n",
          "Insurance: ", pick(rng, ["Harborline Health", "Medicaid",
                                    "Cygnet Benefits PPO"]), " member ",
          HP(pat(rng, "@@@#########")), "\n\n",
          "CC: MVC, restrained driver, ", pick(rng, ["neck pain",
                                                      "chest wall pain",
                                                      "L wrist deformity"]), "\n",
          "Vehicle: ", car, ", ", pick(rng, COLOURS), ", plate ",
          VEH(plate(rng)), " (", pick(rng, STATES), "), VIN ", VEH(vin(rng)),
          "; moderate front-end damage, airbags deployed, self-extricated.\n",
          "Other vehicle driver ", N(other.full()), " refused evaluation.\n",
          "State Police Tpr. ", N(trooper.last), ", report # ",
          ID(pat(rng, "%%-####-####")), ".\n\n",
          "NARRATIVE (CHART): C - ", pick(rng, ["neck pain 5/10",
                                                 "chest wall pain 6/10"]),
          ". H - driver at ~35 mph struck from side. A - ", vit(),
          ". Skin PWD. Pupils PERRL. Tenderness C5-C6 midline. R - ",
          "c-collar per NEXUS, ", "IV 18 g L AC, NS TKO, fentanyl 50 mcg IV. ",
          "T - to ", dest, " ED, priority 2, report to RN ",
          N(Person(rng).first), ".\n", crew_block)
    elif v == 1:  # fall, elderly
        fam = relative(rng, pt, rel_sex=None, same_last=maybe(rng, 0.5))
        d(header,
          "Location: residence, ", A(scene.one_line()), "\n",
          "Patient: ", N(pt.full()), "   Age: ", age_item(age, "num"),
          "   ", lbl(rng, "dob"), ": ", D(fd(pt.dob, "mdy")), "\n",
          "PCP: Dr. ", N(Person(rng).last), "\n\n",
          "Dispatched for ", age_item(age, pick(rng, ["yo", "y/o", "yo_hyphen"])),
          " ", pt.sex, " fall. Found on bathroom floor by ",
          pick(rng, ["grandson", "neighbour", "home aide", "daughter"]), " ",
          N(fam.first), ", down est. ", str(rng.randint(1, 9)),
          " h. Hx: AFib on apixaban 5 mg BID, HTN, CKD 3. ",
          "Pt A&Ox", str(rng.randint(2, 4)), ", c/o R hip pain 8/10, ",
          "R leg shortened and externally rotated. ", vit(),
          ". BGL ", str(rng.randint(80, 190)), ". 12-lead: AFib 88, no STE. ",
          "Scoop stretcher, pillow splint, fentanyl 25 mcg IV x2.\n",
          "Lives alone; ", N(fam.full()), " (", PH(us_phone(rng)),
          ") will bring meds list and meet at ", dest, ".\n",
          "File of Life on fridge: DNR not present, MOLST full code.\n",
          crew_block)
    elif v == 2:  # cardiac arrest
        bystander = relative(rng, pt, rel_sex=None)
        d(header,
          "Location: ", A(scene.line1()), ", ", A(scene.line2()), "\n",
          "Patient: ", N(pt.LFM()), "   est. age ", age_item(age, "num"),
          "   ", lbl(rng, "dob"), " ", D(fd(pt.dob, "mdy")), " (per ", pick(rng, ["wife", "son",
                                                           "roommate"]), ")\n\n",
          "Witnessed arrest; bystander CPR by ", N(bystander.first),
          " (family) ~", str(rng.randint(2, 6)), " min before arrival. ",
          "AED (public) applied, 1 shock. On arrival: VF. ",
          "Timeline: ", tt[3], " CPR/defib 200 J; ",
          "IO R humerus; epinephrine 1 mg q4 min x", str(rng.randint(2, 5)),
          "; amiodarone 300 mg then 150 mg; i-gel size 4, EtCO2 ",
          str(rng.randint(18, 45)), " mmHg. ROSC at ", tt[4],
          ". Post-ROSC ", vit().replace("GCS 13", "GCS 3").replace(
              "GCS 14", "GCS 3").replace("GCS 15", "GCS 3"),
          ". 12-lead: STE II, III, aVF - STEMI alert to ", dest, ".\n",
          "Family contact: ", N(bystander.full()), ", ", PH(us_phone(rng)), "\n",
          "Pt carries ICD ID card: ", pick(rng, ["Medtronic", "Boston Scientific",
                                                 "Abbott"]),
          " model ", pat(rng, "@####"), ", serial ", DEV(pat(rng, "@@@######@")),
          " - magnet not applied.\n",
          crew_block)
    elif v == 3:  # refusal
        wit = Person(rng)
        d(header,
          "Location: ", pick(rng, ["parking lot, ", "sidewalk in front of ",
                                   "residence, "]), A(scene.one_line()), "\n",
          "Patient: ", N(pt.full()), "  ", lbl(rng, "dob"), " ", D(fd(pt.dob, "mdy2")),
          "  Age ", age_item(age, "num"), "\n",
          "ID verified: driver's license ", LIC(us_state_license(rng)), "\n\n",
          "CALLED BY BYSTANDER FOR ", pick(rng, ["SYNCOPE", "DIABETIC EMERGENCY",
                                                 "MINOR MVC", "INTOXICATION"]),
          ". PT ALERT, ORIENTED X4, ", vit().upper(),
          ", BGL ", str(rng.randint(70, 160)), ". PT DECLINES TRANSPORT. ",
          "RISKS INCL. DEATH EXPLAINED, PT VERBALIZES UNDERSTANDING. ",
          "ADVISED TO CALL 911 IF SX RETURN. ", "MED CONTROL DR. ",
          N(Person(rng).last.upper()), " CONTACTED AT ",
          rand_time(rng, "24"), ", AGREES.\n\n",
          "Refusal signed by patient on tablet (signature capture ",
          BIO(pat(rng, "SIG-####-######")), ").\n",
          "Witness: ", N(wit.full()), ", ", pick(rng, ["bystander",
                                                       "police officer",
                                                       "store manager"]), "\n",
          "Patient callback number: ", PH(us_phone(rng)), "\n",
          crew_block)
    else:  # interfacility
        send = clinician(rng, "MD")
        recv = clinician(rng, "MD")
        src_fac = facility(rng)
        d(header,
          "Transfer from: ", src_fac, ", room ", str(rng.randint(200, 699)),
          "\nTo: ", dest, " ", pick(rng, ["CCU", "Cath lab", "Neuro ICU",
                                          "Burn unit", "4 West"]), ", bed ",
          str(rng.randint(1, 30)), "\n",
          "Patient: ", N(pt.LF()), "   MRN (sending): ",
          MRN(pat(rng, "%#######")), "   ", lbl(rng, "dob"), " ", D(fd(pt.dob, "mdy")), "\n",
          "Sending MD: ", N(send.full()), "   Accepting MD: Dr. ",
          N(recv.fli()), "\n",
          "Billing: acct ", ACCT(pat(rng, "%########")), "; primary ins. member ID ",
          HP(pat(rng, "@@#########")), ", group ", HP(pat(rng, "######")), "\n\n",
          "Reason: ", pick(rng, ["NSTEMI for cath", "SAH for neurosurgery",
                                 "GI bleed, no GI coverage",
                                 "pediatric DKA"]), ". ",
          "Drips: ", pick(rng, ["heparin 18 units/kg/h", "nicardipine 5 mg/h",
                                "pantoprazole 8 mg/h", "insulin 0.1 units/kg/h"]),
          " on pump. ", vit(), " at departure; ", vit(), " at arrival. ",
          "Uneventful transport. Report to RN ", N(Person(rng).full()), ".\n",
          crew_block)
    return d


# ===========================================================================
# 8. pharmacy counselling notes
# ===========================================================================

RX_DRUGS = [
    ("apixaban 5 mg tablet", "1 tab PO BID", "0003-0894-21", False,
     "bleeding signs, do not stop abruptly, avoid NSAIDs"),
    ("oxycodone/acetaminophen 5/325 mg", "1-2 tabs q6h PRN pain, max 8/day",
     "0406-0512-01", True, "constipation, sedation, no alcohol, store locked"),
    ("levothyroxine 75 mcg", "1 tab daily on empty stomach", "0378-1805-01",
     False, "separate from calcium/iron by 4 h"),
    ("amoxicillin/clavulanate 875/125 mg", "1 tab BID x 10 days",
     "65862-0502-20", False, "take with food, finish course, diarrhea"),
    ("semaglutide 0.25 mg/0.5 mL pen", "0.25 mg SC weekly x 4 wks",
     "0169-4132-12", False, "nausea, pen technique, hypoglycemia with SU"),
    ("lisdexamfetamine 30 mg capsule", "1 cap q AM", "59417-0104-10", True,
     "insomnia, appetite, C-II no refills"),
    ("warfarin 5 mg tablet", "as directed per INR clinic", "0093-1721-01",
     False, "consistent vitamin K, INR 2-3"),
    ("buprenorphine/naloxone 8/2 mg film", "1 film SL daily",
     "12496-1208-03", True, "dissolve fully, dental care, naloxone kit"),
]


MTM_MEDS = [("metformin 1000 mg tablet", "1 tab BID with meals"),
            ("lisinopril 20 mg tablet", "1 tab daily"),
            ("atorvastatin 40 mg tablet", "1 tab qHS"),
            ("apixaban 2.5 mg tablet", "1 tab BID"),
            ("furosemide 40 mg tablet", "1 tab q AM"),
            ("levothyroxine 50 mcg", "1 tab daily on empty stomach"),
            ("gabapentin 300 mg capsule", "1 cap TID"),
            ("tamsulosin 0.4 mg capsule", "1 cap qHS"),
            ("insulin glargine 100 units/mL", "22 units SC qHS"),
            ("donepezil 10 mg tablet", "1 tab qHS"),
            ("ibuprofen 200 mg (OTC)", "2 tabs PRN, 3-4x/week")]


def pharmacy(rng, k):
    d = Doc()
    day = rand_date(rng, (2021, 6, 1), (2025, 6, 30))
    age = rng.choice([rng.randint(19, 89), old_age(rng, 0.5)])
    pt = Person(rng)
    pt.dob = dob_for_age(rng, day, age)
    rph = clinician(rng, pick(rng, ["PharmD", "RPh", "PharmD, BCACP"]))
    pres = clinician(rng, pick(rng, ["MD", "DO", "NP", "PA-C"]))
    drug = pick(rng, RX_DRUGS)
    store = pick(rng, ["Corriston Community Pharmacy #0412",
                       "Tallowmere Apothecary", "Vantry Drug & Compounding",
                       "Kestrel Bay Pharmacy", "Larkmoor Specialty Pharmacy"])
    saddr = Addr(rng)
    rx = pat(rng, pick(rng, ["%######", "%#######", "RX-%######", "%##-#####"]))
    v = k % 5

    if v == 0:  # new Rx counselling
        d(store, "\n", A(saddr.one_line()), "  |  ", PH(us_phone(rng)), "\n\n",
          "PATIENT COUNSELING RECORD (new prescription)\n",
          "Date: ", D(fd(day, "mdy")), "  ", rand_time(rng, "12"), "\n",
          "Patient: ", N(pt.LF()), "   ", lbl(rng, "dob"), ": ", D(fd(pt.dob, "mdy")), "\n",
          "Rx #: ", ID(rx), "   Drug: ", drug[0], "   NDC ", drug[2], "\n",
          "Sig: ", drug[1], "   Qty ", str(rng.choice([14, 20, 30, 60, 90])),
          "   Refills ", "0" if drug[3] else str(rng.randint(1, 5)), "\n",
          "Prescriber: ", N(pres.full()), ", ", pres.cred, "   NPI ",
          LIC(npi(rng)))
        if drug[3]:
            d("   DEA ", LIC(dea(rng, pres.last)))
        d("\n\nCounseled ", pick(rng, ["patient", "patient and daughter",
                                        "caregiver (son)"]),
          " on: ", drug[4], ". Teach-back complete. Patient asked about ",
          pick(rng, ["taking with grapefruit juice", "missed dose",
                     "generic vs brand", "travel in July"]),
          "; answered. ",
          "PDMP checked. " if drug[3] else "", "Allergies: ",
          pick(rng, ["sulfa", "NKDA", "PCN", "codeine (nausea)"]), ".\n",
          "Offered to text refill reminders to ", PH(us_phone(rng)), ".\n",
          "-- ", N(rph.initials()), ", ", rph.cred)
    elif v == 1:  # MTM comprehensive med review
        pcp = clinician(rng, "MD")
        meds = rng.sample(MTM_MEDS, rng.randint(4, 6))
        d("MEDICATION THERAPY MANAGEMENT - COMPREHENSIVE MEDICATION REVIEW\n",
          "Pharmacist: ", N(rph.full()), ", ", rph.cred, " (lic. ",
          LIC(pat(rng, "RPH.%#####")), ")\n",
          "Date of CMR: ", D(fd(day, pick(rng, ["long", "mdy"]))),
          "   Mode: ", pick(rng, ["telephone", "in person"]), "\n\n",
          "Beneficiary: ", N(pt.fml()), "   ", lbl(rng, "dob"), " ", D(fd(pt.dob, "mdy")),
          "   Age ", age_item(age, "num"), "\n",
          "Plan: Part D - ", pick(rng, ["Cygnet Rx Advantage",
                                        "Harborline Senior Rx"]),
          "   Member ID ", HP(pat(rng, "@@#########")), "   BIN 0",
          pat(rng, "#####"), "  PCN ", pat(rng, "@@@##"), "  Group ",
          HP(pat(rng, "RX####")), "\n",
          "PCP: ", N(pcp.full()), ", fax ", FX(us_phone(rng)), "\n\n",
          "Current medications:\n")
        for m in meds:
            d("  - ", m[0], ": ", m[1], "\n")
        d("\nLabs (", D(fd(add_days(day, -rng.randint(10, 90)), "mdy")),
          "): SCr ", "%.2f" % rng.uniform(0.7, 1.9), ", eGFR ",
          str(rng.randint(28, 95)), ", K ", "%.1f" % rng.uniform(3.5, 5.4),
          ", INR ", "%.1f" % rng.uniform(1.0, 3.4), ", A1c ",
          "%.1f%%" % rng.uniform(6, 9.5), ".\n",
          "Issues: (1) ", meds[0][0].split()[0], " dose vs renal function - ",
          "recommend prescriber review. (2) duplicate OTC NSAID use. ",
          "(3) adherence 72% by PDC.\n",
          "Recommendations faxed to Dr. ", N(pcp.last), " on ",
          D(fd(day, "md")), ". Takeaway letter and PML mailed to ",
          A(Addr(rng).one_line()), ".\n")
    elif v == 2:  # immunisation at pharmacy
        vac = pick(rng, [("influenza, quadrivalent", "0.5 mL IM L deltoid"),
                         ("COVID-19 (2024-25 formula)", "0.5 mL IM R deltoid"),
                         ("Tdap", "0.5 mL IM L deltoid"),
                         ("recombinant zoster, dose 2", "0.5 mL IM L deltoid"),
                         ("RSV (adults 60+)", "0.5 mL IM R deltoid")])
        d(store, " - IMMUNIZATION RECORD\n\n",
          "Name: ", N(pt.full()), "   ", lbl(rng, "dob"), " ", D(fd(pt.dob, "mdy")),
          "   Phone ", PH(us_phone(rng)), "\n",
          "Address: ", A(Addr(rng).line1()), ", ", A(pick(rng, TOWNS)),
          "   ZIP ", Z("%05d" % rng.randint(1001, 99899)), "\n",
          "Insurance: member ", HP(pat(rng, "%########@")), "\n\n",
          "Vaccine: ", vac[0], "   Dose/route: ", vac[1], "\n",
          "Manufacturer lot ", pat(rng, "@@####"), ", exp ",
          D(fd(add_days(day, rng.randint(60, 300)), pick(rng, ["iso", "mdy"]))),
          "   NDC ", pat(rng, "#####-####-##"), "\n",
          "VIS given. Screening: no fever, no prior reaction, not pregnant.\n",
          "Administered ", D(fd(day, "mdy")), " ", rand_time(rng, "12"),
          " by ", N(rph.fli()), ", ", rph.cred, "; observed 15 min, no AE.\n",
          "Reported to state registry, confirmation ",
          ID(pat(rng, "IR-%#######")), ".\n")
    elif v == 3:  # controlled-substance early refill / PDMP note
        pres2 = clinician(rng, "DDS")
        dl = us_state_license(rng)
        d("PHARMACIST NOTE - CONTROLLED SUBSTANCE REVIEW\n", store, "\n\n",
          "Pt: ", N(pt.LFM()), "  ", lbl(rng, "dob"), " ", D(fd(pt.dob, "mdy2")), "\n",
          "Presented Rx #", ID(rx), " for oxycodone 10 mg #60 written ",
          D(fd(add_days(day, -1), "mdy")), " by ", N(pres.il()), ", ",
          pres.cred, " (DEA ", LIC(dea(rng, pres.last)), ").\n",
          "PDMP (", D(fd(day, "mdy")), "): 3 prescribers / 3 pharmacies in ",
          "90 days; last fill hydrocodone 5/325 #20 on ",
          D(fd(add_days(day, -9), "md")), " from Dr. ", N(pres2.last), " (DDS, DEA ",
          LIC(dea(rng, pres2.last)), "). MME ", str(rng.randint(30, 90)),
          "/day.\n",
          "ID checked: driver license ", LIC(dl), ".\n",
          "Called prescriber office at ", PH(us_phone(rng)), ", spoke with ",
          N(Person(rng).first), " (MA); Dr. ", N(pres.last),
          " unaware of dental Rx, asked us to hold. Patient informed; ",
          "offered naloxone 4 mg nasal, accepted.\n",
          "Rx returned to patient; not filled. Documented per policy.\n",
          "-- ", N(rph.fml()), ", ", rph.cred)
    else:  # specialty pharmacy intake call
        cg_lab, cg = kin(rng, pt, ["wife", "husband", "daughter", "son",
                                   "mother", "father"])
        ship = Addr(rng)
        d("SPECIALTY PHARMACY - INTAKE / FIRST FILL CALL\n", store, "\n\n",
          "Patient: ", N(pt.full()), "  ", lbl(rng, "dob"), " ", D(fd(pt.dob, "mdy")),
          "  Pharmacy pt ID ", MRN(pat(rng, "SP######")), "\n",
          "Therapy: ", pick(rng, ["adalimumab 40 mg/0.4 mL pen q14 days",
                                  "dupilumab 300 mg/2 mL q2 wk",
                                  "etanercept 50 mg/mL weekly",
                                  "enoxaparin 40 mg/0.4 mL daily"]), "\n",
          "PA approved, ref # ", ID(pat(rng, "PA-%#########")), " (valid to ",
          D(fd(add_days(day, 365), "mdy")), ")\n",
          "Copay card: ID ", HP(pat(rng, "%##########")), "  - patient pays $0\n",
          "Pharmacy billing acct: ", ACCT(pat(rng, "%%%-####")), "\n\n",
          "Spoke with ",
          (["caregiver (", cg_lab, ") ", N(cg.full())] if maybe(rng, 0.5)
           else ["patient (", N(pt.first), ")"]),
          " at ", PH(us_phone(rng)), " on ", D(fd(day, "mdy")), ". ",
          "Reviewed injection technique, storage 36-46 F, sharps container. ",
          "Ship to ", A(ship.line1()), ", ", A(ship.line2()),
          " for delivery ", WEEKDAYS[add_days(day, 2).weekday()], " ",
          D(fd(add_days(day, 2), "md")), " (signature required). ",
          "Tracking link sent to ", EM(email_for(rng, pt)), ".\n",
          "Next refill call ", D(fd(add_days(day, 21), "abbr")), ".\n")
        d(sig_block(rng, rph, day))
    return d


# ===========================================================================
# 9. clinical-trial adverse-event reports
# ===========================================================================

AE_TERMS = [("Pneumonia", "10035664", "hospitalisation",
             "fever 39.2 C, productive cough and RLL consolidation",
             "IV ceftriaxone 2 g daily plus azithromycin 500 mg"),
            ("Acute kidney injury", "10069339", "hospitalisation",
             "creatinine 3.4 mg/dL (baseline 1.0) and oliguria",
             "IV fluids 2 L and holding of ACE inhibitor"),
            ("Atrial fibrillation", "10003658", "hospitalisation",
             "palpitations, HR 142, new AF on ECG",
             "diltiazem 10 mg IV then 30 mg PO q6h, apixaban started"),
            ("Neutropenic fever", "10016288", "hospitalisation",
             "T 38.6 C with ANC 0.3 x10^9/L",
             "IV piperacillin-tazobactam 4.5 g q6h"),
            ("Anaphylactic reaction", "10002198", "life-threatening",
             "urticaria, wheeze and BP 78/40 within 20 min of dosing",
             "epinephrine 0.5 mg IM x2, IV fluids, methylprednisolone 125 mg"),
            ("Hepatotoxicity", "10019851", "medically important",
             "ALT 412 U/L, AST 380 U/L, bilirubin 2.1 mg/dL",
             "study drug held, weekly LFTs"),
            ("Syncope", "10042772", "hospitalisation",
             "witnessed syncope at home, orthostatic drop 32 mmHg",
             "IV fluids 1 L, telemetry 48 h"),
            ("Pulmonary embolism", "10037377", "life-threatening",
             "dyspnoea, SpO2 86% RA, CTPA with bilateral PE",
             "enoxaparin 1 mg/kg BID")]


def trial_ae(rng, k):
    d = Doc()
    onset = rand_date(rng, (2021, 2, 1), (2025, 5, 30))
    v = k % 5
    age = old_age(rng, 0.7) if v == 3 else rng.randint(24, 84)
    subj = Person(rng)
    subj.dob = dob_for_age(rng, onset, age)
    inv = clinician(rng, "MD")
    crc = clinician(rng, pick(rng, ["CCRC", "RN, CCRP", "BS"]))
    prot = pat(rng, pick(rng, ["@@@-###-###", "@@####-###", "@@@@-###"]))
    site = pat(rng, "####")
    sid = site + "-" + pat(rng, "###")
    ae = pick(rng, AE_TERMS)
    start = add_days(onset, -rng.randint(20, 400))
    drug = pick(rng, ["Study drug (blinded) 200 mg PO BID",
                      "Investigational product 1.5 mg/kg IV q3w",
                      "Placebo/active 10 mg SC weekly (blinded)"])
    fmt = "DMY_up" if maybe(rng, 0.6) else pick(rng, ["dmy_abbr", "DMY_compact",
                                                    "iso"])

    country = pick(rng, ["USA", "USA", "USA", "United Kingdom", "Australia"])
    if v in (0, 3):  # initial SAE report / death
        hosp = add_days(onset, rng.randint(0, 1))
        d("SERIOUS ADVERSE EVENT REPORT - ", "INITIAL" if v == 0 else
          "INITIAL (FATAL)", "\n\n",
          "Protocol: ", prot, "   Site no.: ", site, "   Country: ", country,
          "\n",
          "Subject ID: ", ID(sid), "   Initials: ", N(subj.initials()),
          "   Sex: ", subj.sex, "\n",
          "Year of birth: ", str(subj.dob.year), "   Age at onset: ",
          age_item(age, "num"), "   Weight: ", str(rng.randint(48, 112)),
          " kg\n", "Randomisation no.: ", ID(pat(rng, "R%####")),
          "   Kit no.: ", pat(rng, "K######"), "\n\n",
          "Event term: ", ae[0], " (MedDRA PT ", ae[1], ")\n",
          "Onset: ", D(fd(onset, fmt)), "   Seriousness: ",
          "death" if v == 3 else ae[2], "\n",
          "Hospital admission: ", D(fd(hosp, fmt)), " to ",
          facility(rng), "\n",
          "Study drug: ", drug, "; first dose ", D(fd(start, fmt)),
          ", last dose ", D(fd(add_days(onset, -rng.randint(0, 6)), fmt)), "\n",
          "Action taken: ", pick(rng, ["drug interrupted", "drug withdrawn",
                                       "dose not changed"]), "\n",
          "Causality (investigator): ", pick(rng, ["not related",
                                                   "unlikely related",
                                                   "possibly related"]), "\n\n",
          "Narrative: Subject ", ID(sid), ", a ", age_item(age, "yo_hyphen"),
          " ", "female" if subj.sex == "F" else "male", " with ",
          pick(rng, ["NSCLC stage IV", "moderate-severe plaque psoriasis",
                     "HFrEF (EF 30%)", "type 2 diabetes"]), ", presented on ",
          D(fd(onset, fmt)), " with ", ae[3], ". ")
        if v == 3:
            d("Despite treatment the subject died on ",
              D(fd(add_days(hosp, rng.randint(1, 9)), fmt)),
              ". Autopsy: ", pick(rng, ["not performed", "pending"]),
              ". Next of kin (", pick(rng, ["daughter", "son", "spouse"]),
              ") informed by Dr. ", N(inv.last), ". ")
        else:
            d("Treated with ", ae[4], ". Outcome: ", pick(rng, ["recovering", "recovered",
                                        "not recovered"]), ". ")
        d("\n\nReporter: ", N(inv.full()), ", ", inv.cred,
          " (Principal Investigator)\n", "Tel ",
          PH(us_phone(rng) if country == "USA" else
             foreign_phone(rng, country)),
          "   Fax ",
          FX(us_phone(rng) if country == "USA" else
             foreign_phone(rng, country)),
          "   ", EM(email_for(rng, inv)), "\n",
          "Date of report: ", D(fd(add_days(onset, 2), fmt)),
          "   Site aware: ", D(fd(onset, fmt)), "\n")
    elif v == 1:  # follow-up with query responses
        d("SAE FOLLOW-UP #", str(rng.randint(1, 4)), "\n",
          "Sponsor case no.: ", ID(pat(rng, "@@@@-####-######")),
          "   Protocol ", prot, "   Site ", site, "\n",
          "Subject ", ID(sid), " (", N(subj.initials()), ")\n\n",
          "New information received ", D(fd(add_days(onset, 12), fmt)), ":\n",
          "- Discharge date ", D(fd(add_days(onset, rng.randint(3, 10)), fmt)),
          "; discharge summary from ", facility(rng), " (MRN ",
          MRN(pat(rng, "%#######")), ") attached, redacted per site SOP.\n",
          "- Relevant labs: WBC ", "%.1f" % rng.uniform(0.4, 18),
          " x10^9/L, ANC ", "%.2f" % rng.uniform(0.1, 9),
          ", CRP ", str(rng.randint(3, 280)), " mg/L, troponin ",
          "<0.01 ng/mL.\n",
          "- Concomitant meds: atorvastatin 40 mg, metformin 500 mg BID.\n",
          "- Medical history: ", pick(rng, ["COPD since 2011",
                                            "prior DVT 2019", "CKD 3a",
                                            "HTN 2008-present"]), ".\n\n",
          "Query 3 (", D(fd(add_days(onset, 9), fmt)), "): \"Please confirm ",
          "onset date.\" Response: onset confirmed as ", D(fd(onset, fmt)),
          ", first symptoms per subject diary.\n\n",
          "Completed by: ", N(crc.full()), ", ", crc.cred, "  ",
          EM(email_for(rng, crc)), "\n",
          "PI signature: ", N(inv.initials()), "  ",
          D(fd(add_days(onset, 13), fmt)), "\n")
    elif v == 2:  # pregnancy report
        partner = Person(rng, sex="F")
        lmp = add_days(onset, -rng.randint(30, 70))
        d("PREGNANCY NOTIFICATION FORM (partner of male subject)\n\n",
          "Protocol ", prot, " / Site ", site, " / Subject ", ID(sid), "\n",
          "Subject initials: ", N(subj.initials()), "   Partner initials: ",
          N(partner.initials()), "\n",
          "Partner consent for follow-up signed: ",
          D(fd(add_days(onset, 7), fmt)), "\n",
          "Partner age: ", str(rng.randint(22, 41)), "\n",
          "LMP: ", D(fd(lmp, fmt)), "   EDD: ",
          D(fd(add_days(lmp, 280), fmt)), "\n",
          "Pregnancy confirmed ", D(fd(onset, fmt)), " by serum hCG ",
          str(rng.randint(500, 9000)), " mIU/mL.\n",
          "Study drug exposure: last dose ", D(fd(add_days(onset, -3), fmt)),
          "; subject discontinued per protocol section 8.4.\n",
          "Partner's obstetrician: Dr. ", N(Person(rng).full()), ", ",
          facility(rng), ", ", PH(us_phone(rng)), "\n",
          "Outcome to be reported at birth (approx. ",
          D(fd(add_days(lmp, 280), "my_long")), ").\n\n",
          "Investigator: ", N(inv.lf()), "   Date ",
          D(fd(add_days(onset, 8), fmt)), "\n")
    else:  # line listing
        d("AE LINE LISTING - Protocol ", prot, " - Site ", site,
          " - data cut ", D(fd(onset, fmt)), "\n",
          "subject_id,initials,age,sex,ae_term,pt_code,onset,resolved,grade,serious\n")
        for _ in range(rng.randint(6, 10)):
            s = Person(rng)
            a = rng.randint(31, 88) if maybe(rng, 0.8) else old_age(rng, 1.0)
            t = pick(rng, AE_TERMS)
            o = add_days(onset, -rng.randint(5, 300))
            d(ID(site + "-" + pat(rng, "###")), ",", N(s.initials()), ",",
              age_item(a, "num"), ",", s.sex, ",", t[0], ",", t[1], ",",
              D(fd(o, "iso")), ",")
            if maybe(rng, 0.7):
                d(D(fd(add_days(o, rng.randint(2, 40)), "iso")))
            else:
                d("ongoing")
            d(",", str(rng.randint(1, 4)), ",", pick(rng, ["Y", "N", "N"]), "\n")
        d("# prepared by ", N(crc.initials()), " for DSMB meeting ",
          D(fd(add_days(onset, 30), "dmy_long")), "\n")
    return d


# ===========================================================================
# 10. genetic counselling letters
# ===========================================================================

GENES = [("BRCA2", "c.5946delT (p.Ser1982fs)", "breast/ovarian/pancreatic",
          ["breast cancer", "ovarian cancer", "pancreatic cancer"]),
         ("BRCA1", "c.68_69delAG (p.Glu23fs)", "breast/ovarian",
          ["breast cancer", "ovarian cancer"]),
         ("MLH1", "c.1852_1854delAAG (p.Lys618del)", "Lynch syndrome",
          ["colon cancer", "endometrial cancer"]),
         ("PALB2", "c.3113G>A (p.Trp1038*)", "breast/pancreatic",
          ["breast cancer", "pancreatic cancer"]),
         ("LDLR", "c.1775G>A (p.Gly592Glu)", "familial hypercholesterolaemia",
          ["a heart attack", "very high cholesterol"]),
         ("MYBPC3", "c.1504C>T (p.Arg502Trp)", "hypertrophic cardiomyopathy",
          ["hypertrophic cardiomyopathy", "an abnormal heart rhythm"]),
         ("TTN", "c.59926+1G>A", "dilated cardiomyopathy",
          ["heart failure", "dilated cardiomyopathy"])]
ANCESTRY = {"hispanic": "Mexican", "irish_uk": "Irish/Welsh",
            "anglo": "English/Scottish", "african_american": "African American",
            "west_african": "Nigerian (Igbo)", "horn_of_africa": "Somali",
            "arabic": "Lebanese", "south_asian": "Punjabi",
            "chinese": "Han Chinese", "vietnamese": "Vietnamese",
            "korean": "Korean", "japanese": "Japanese", "filipino": "Filipino",
            "polish": "Polish", "east_slavic": "Ukrainian",
            "nordic": "Swedish/Norwegian", "italian": "Southern Italian",
            "german_dutch": "Dutch/German", "french": "French Canadian",
            "pacific": "Native Hawaiian/Samoan", "native_american": "Diné",
            "jewish_israeli": "Ashkenazi Jewish", "turkish": "Turkish",
            "southern_african": "Zulu", "lusophone": "Brazilian",
            "greek": "Greek"}
LANG = {"hispanic": "Spanish", "vietnamese": "Vietnamese", "arabic": "Arabic",
        "horn_of_africa": "Somali", "chinese": "Mandarin", "korean": "Korean",
        "east_slavic": "Russian", "lusophone": "Portuguese",
        "turkish": "Turkish", "polish": "Polish"}
CLINIC = ["Cancer Genetics Program", "Cardiovascular Genetics Clinic",
          "Division of Medical Genetics", "Prenatal Genetics Service"]


def genetics(rng, k):
    d = Doc()
    day = rand_date(rng, (2021, 1, 4), (2025, 6, 30))
    prenatal = k % 5 == 3
    age = rng.randint(21, 44) if prenatal else rng.randint(19, 78)
    pt = Person(rng, sex="F" if prenatal else None)
    pt.dob = dob_for_age(rng, day, age)
    gc = clinician(rng, pick(rng, ["MS, CGC", "MGC, CGC", "MS, LCGC"]))
    gen = clinician(rng, "MD")
    gene = pick(rng, GENES)
    inst = facility(rng)
    caddr = Addr(rng)
    lab = pick(rng, ["Helixa Diagnostics", "Corriston Genomics Laboratory",
                     "NorthArc Genetic Testing"])
    acc = pat(rng, pick(rng, ["@#########", "%#######", "@@-####-#####"]))
    v = k % 5
    pr = pt.pron()
    rels = []
    for rel, sex in rng.sample([("mother", "F"), ("father", "M"),
                                ("sister", "F"), ("brother", "M"),
                                ("maternal aunt", "F"), ("paternal uncle", "M"),
                                ("maternal grandmother", "F")], 3):
        rels.append((rel, relative(rng, pt, rel_sex=sex,
                                   same_last=rel in ("father", "brother",
                                                     "paternal uncle") or
                                   maybe(rng, 0.3))))

    if v == 0:  # result letter to patient
        d(inst, " - ", pick(rng, CLINIC), "\n", A(caddr.line1()), "\n",
          A(caddr.line2()), "\nTel ", PH(us_phone(rng)), "  Fax ",
          FX(us_phone(rng)), "\n\n", D(fd(day, "long")), "\n\n",
          N(pt.fmiddle()), "\n", A((a := Addr(rng)).line1()), "\n",
          A(a.line2()), "\n\n",
          "Dear ", N(pt.first), ",\n\n",
          "Thank you for meeting with me on ",
          D(fd(add_days(day, -rng.randint(14, 35)), "long_noyr")),
          ". I am writing with the results of your genetic testing through ",
          lab, " (accession ", ID(acc), ", reported ",
          D(fd(add_days(day, -rng.randint(1, 7)), "mdy")), ").\n\n",
          "Result: a pathogenic variant in ", gene[0], ", ", gene[1],
          ", was found. This is associated with ", gene[2], " risk.\n\n",
          "Your family history is important here. Your ", rels[0][0], ", ",
          N(rels[0][1].first), ", was diagnosed with ",
          pick(rng, gene[3]), " at ", str(rng.randint(34, 71)),
          ", and your ", rels[1][0], " ", N(rels[1][1].first), " ",
          pick(rng, ["died at %d of %s" % (rng.randint(45, 79),
                                           pick(rng, gene[3])),
                     "has never been tested"]), ". ",
          "We recommend that your first-degree relatives consider testing ",
          "for this specific variant. Your ", rels[2][0], " ",
          N(rels[2][1].full()), ", who lives in ", A(pick(rng, TOWNS)),
          ", can contact our office or a genetic counselor near ",
          "them (",
          URL("findageneticcounselor.example.org"), ").\n\n",
          "Next steps: ", pick(rng, ["breast MRI alternating with mammogram "
                                     "every 6 months", "colonoscopy every 1-2 "
                                     "years from age 25",
                                     "echocardiogram and ECG yearly",
                                     "referral to lipid clinic"]),
          ". I have sent a copy of this letter to Dr. ",
          N(Person(rng).full()), ".\n\n",
          "You can view this letter in the patient portal: ",
          URL("https://portal.example.org/letters/" + pat(rng, "%######")),
          "\n\nSincerely,\n\n", N(gc.full()), ", ", gc.cred, "\n",
          "Licensed Genetic Counselor  ", EM(email_for(rng, gc, "example.org")),
          "\n", lbl(rng, "mrn"), ": ", MRN(pat(rng, "%#######")), "\n")
    elif v == 1:  # consult letter to referring doctor
        ref = clinician(rng, "MD")
        d(D(fd(day, pick(rng, ["long", "dmy_long"]))), "\n\n",
          "Dr. ", N(ref.full()), "\n", facility(rng), "\n",
          A(Addr(rng).one_line()), "\n\n",
          "Re: ", N(pt.full()), "   ", lbl(rng, "dob"), " ", D(fd(pt.dob, "mdy")), "   MRN ",
          MRN(pat(rng, "%######")), "\n\n",
          "Dear Dr. ", N(ref.last), ",\n\n",
          "Thank you for referring ", pt.title(), " ", N(pt.last),
          ", a ", age_text(age, "yo_hyphen"), " ",
          pick(rng, ["teacher", "engineer", "nurse", "farmer", "accountant"]),
          ", for genetic counselling regarding ", gene[2], ". ",
          "We met on ", D(fd(day, "mdy")), " with ", pr[2], " ",
          pick(rng, ["husband", "wife", "partner", "sister"]), " ",
          N(Person(rng, origin=pt.origin).first), " present.\n\n",
          "Family history (pedigree in chart): proband III-", str(rng.randint(1, 6)),
          ". ", rels[0][0].capitalize(), " (II-", str(rng.randint(1, 5)),
          ", ", N(rels[0][1].il()), ") ", pick(rng, gene[3]), " dx ",
          str(rng.randint(38, 70)),
          "; ", rels[1][0], " (", N(rels[1][1].first), ") ",
          pick(rng, ["alive and well at 70", "deceased 63, unknown cause",
                     "prostate ca dx 66"]), ". Ancestry: ", ANCESTRY.get(pt.origin, "mixed European"),
          ". No consanguinity.\n\n",
          "Testing: ", str(rng.randint(30, 84)), "-gene panel sent to ", lab,
          " ", D(fd(day, "mdy")), " (order ", ID(pat(rng, "ORD-%######")), "). ",
          "Hospital account ", ACCT(pat(rng, "HAR%#######")), ". ",
          "Insurance pre-authorised, member ID ", HP(pat(rng, "@@@%########")),
          ". Results expected in 2-3 weeks.\n\n",
          ("Risk assessment: Tyrer-Cuzick lifetime breast cancer risk %d%%; "
           "PREMM5 score %.1f%%." % (rng.randint(12, 34), rng.uniform(0.5, 12))
           if "cancer" in gene[3][0] else
           "Cardiac screening: ECG today sinus rhythm, QTc %d ms; echo "
           "ordered." % rng.randint(400, 470)),
          "\n\nKind regards,\n\n",
          N(gc.fml()), ", ", gc.cred, "\n", N(gen.full()), ", MD, FACMG\n")
    elif v == 2:  # family letter
        d("Family Letter - Important Genetic Information\n\n",
          "Date: ", D(fd(day, "mdy")), "\n\nDear Relative of ",
          N(pt.full()), ",\n\n",
          "Your relative ", N(pt.first), " recently had genetic testing at ",
          inst, " and was found to carry a harmful change (variant) in the ",
          gene[0], " gene: ", gene[1], ". Because this runs in families, you ",
          "may have a 50% chance of carrying it if you are a parent, child, ",
          "brother or sister of ", N(pt.first), ".\n\n",
          "Testing for this one variant is called 'single-site' or 'known ",
          "familial variant' testing (lab test code 0", pat(rng, "####"),
          "). A copy of ", N(pt.first), "'s report (", lab, " accession ",
          ID(acc), ") can be shared with your provider with ", pr[2],
          " permission.\n\n",
          "Questions? Call our genetic counselor ", N(gc.full()), " at ",
          PH(us_phone(rng)), " or e-mail ", EM(email_for(rng, gc)), ". ",
          "Relatives outside the US can reach us at ",
          PH(foreign_phone(rng)), " (partner clinic).\n\n",
          "This letter was given to ", N(pt.first), " on ",
          D(fd(day, pick(rng, ["long", "mdy"]))), " to share with: ",
          N(rels[0][1].first), ", ", N(rels[1][1].first), " and ",
          N(rels[2][1].first), ".\n")
    elif v == 3:  # prenatal
        partner = Person(rng, sex="M", origin=pick(rng, [pt.origin, None]) or
                         pt.origin)
        ga_w = rng.randint(10, 20)
        edd = add_days(day, (40 - ga_w) * 7 - rng.randint(0, 6))
        d("PRENATAL GENETIC COUNSELING NOTE\n", inst, " - Maternal-Fetal ",
          "Medicine\n\n",
          "Patient: ", N(pt.LF()), "   ", lbl(rng, "dob"), " ", D(fd(pt.dob, "mdy")),
          "   ", lbl(rng, "mrn"), " ", MRN(pat(rng, "%#######")), "\n",
          "Partner: ", N(partner.full()), "   DOB ",
          D(fd(dob_for_age(rng, day, rng.randint(22, 50)), "mdy")), "\n",
          "Date: ", D(fd(day, "mdy")), "   GA ", str(ga_w), "w",
          str(rng.randint(0, 6)), "d   EDD ", D(fd(edd, "mdy")), "\n",
          "G", str(rng.randint(1, 5)), "P", str(rng.randint(0, 3)), "\n\n",
          "Indication: ", pick(rng, ["NIPT high risk for trisomy 21",
                                     "both partners CF carriers",
                                     "NT 3.8 mm on ultrasound",
                                     "AMA, age " + str(rng.randint(35, 44))]),
          ". cfDNA (", lab, ", ", ID(acc), ", drawn ",
          D(fd(add_days(day, -10), "md")), "): fetal fraction ",
          str(rng.randint(5, 18)), "%, PPV ", str(rng.randint(40, 91)), "%.\n",
          "Discussed: diagnostic testing (CVS now vs amniocentesis after ",
          "15 wk), karyotype 47,XX,+21 vs 46,XX, microarray. Couple ",
          pick(rng, ["elected CVS", "declined diagnostic testing",
                     "will decide after anatomy scan"]), ".\n",
          "Family history: partner's sister ", N(Person(rng, sex="F",
                                                        origin=partner.origin,
                                                        last=partner.last).first),
          " has a son with ", pick(rng, ["autism", "fragile X syndrome",
                                         "a heart defect"]), ".\n",
          "Procedure scheduled ", D(fd(add_days(day, rng.randint(2, 9)), "long")),
          ". ", (["Interpreter used: ", LANG[pt.origin], ", interpreter ID ",
                  ID(pat(rng, "%#####"))] if pt.origin in LANG else
                 "No interpreter needed"), ".\n")
        d(sig_block(rng, gc, day))
    else:  # pediatric exome
        mom = Person(rng, sex="F", origin=pt.origin)
        dad = Person(rng, sex="M", origin=pt.origin, last=pt.last)
        kid_age = rng.randint(1, 14)
        pt.dob = dob_for_age(rng, day, kid_age)
        d("PEDIATRIC GENETICS FOLLOW-UP\n", inst, "\n\n",
          "Patient: ", N(pt.full()),
          (" (\"", N(pt.nick), "\")") if pt.nick else "",
          "   ", lbl(rng, "dob"), " ", D(fd(pt.dob, "mdy")), "   Age ",
          str(kid_age), " y\n", "", lbl(rng, "mrn"), " ", MRN(pat(rng, "%#######")),
          "   Seen ", D(fd(day, "long")), "\n",
          "Parents: mother ", N(mom.full()), ", father ", N(dad.full()),
          "\n\n", "Trio exome (", lab, ", accession ", ID(acc), "): ",
          "de novo heterozygous variant in ", pick(rng, ["SCN2A", "ARID1B",
                                                          "KMT2D", "SYNGAP1"]),
          " ", pick(rng, ["c.2558G>A", "c.4001C>T", "c.1156del"]),
          " (chr", str(rng.randint(1, 22)), ":",
          "{:,}".format(rng.randint(10_000_000, 200_000_000)),
          "), classified likely pathogenic. Karyotype 46,",
          "XX" if pt.sex == "F" else "XY", "; CMA normal.\n",
          "Growth: weight ", "%.1f" % rng.uniform(8, 45), " kg (",
          str(rng.randint(1, 60)), "th %ile), OFC ", str(rng.randint(40, 54)),
          " cm.\n",
          "Plan: EEG, referral to neurology (Dr. ", N(Person(rng).il()),
          "), early intervention through ", A(pick(rng, TOWNS)),
          " school district where the family lives. Recurrence risk for ",
          "future pregnancies ~1% (germline mosaicism). Parents' e-mail for ",
          "portal: ", EM(email_for(rng, mom)), ".\n\n",
          N(gen.full()), ", ", gen.cred, " / ", N(gc.full()), ", ", gc.cred,
          "\n")
    return d
