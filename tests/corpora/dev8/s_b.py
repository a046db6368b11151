"""Styles: correctional_health, hospice, ems, pharmacy."""
import datetime as dt

from kit import F, emit_fields, sig, greet, signoff, rel_word, non_native, non_native_self, age_parts
import pools as P


def booking(C):
    y = C.today.year % 100
    return C.ch([f"BK{y}-{C.digits(5)}", C.digits(7, True), f"{C.letters(1)}-{C.digits(6)}", f"{y}{C.digits(6)}",
                 f"SO{C.digits(6)}", f"{C.today.year}-{C.digits(5)}"])


def unit(C):
    return C.ch([f"{C.ch('ABCDEFGH')}-Pod cell {C.ri(1, 32)}", f"Unit {C.ri(1, 6)}{C.ch('ABC')} / bunk {C.ri(1, 64)}",
                 f"{C.ch(['North', 'East', 'West'])} {C.ri(1, 4)}-{C.ri(1, 24)}", f"Dorm {C.ri(1, 8)} bed {C.ri(1, 60)}",
                 f"SHU {C.ri(100, 140)}", f"Wing {C.ch('ABCD')} cell {C.ri(1, 40)}"])


def road(rd):
    """a road named in directions: leading 'the' stays outside the span"""
    if rd.startswith("the "):
        return ["the ", ("address", rd[4:])]
    return [("address", rd)]


def officer_title(C):
    return C.ch(["CO ", "C/O ", "Ofc. ", "Sgt. ", "Lt. ", "Deputy ", "Dep. ", "Officer "])


# ===================================================== correctional_health
def cr0(C, d):
    """handwritten sick-call slip, OCR-ish"""
    d.typo = 0.03
    d.ocr = 0.01
    im = C.person(age=C.ri(19, 70))
    d.line(C.ch(["SICK CALL REQUEST", "HEALTH SERVICES REQUEST FORM", "Inmate Request for Medical Attention", "SICK-CALL SLIP"]))
    emit_fields(C, d, C.shuf([
        [C.ch(["Name", "Inmate name", "Last, First"]), C.sep(), ("name", C.nm(im, C.ch(["LF", "lf", "UP", "lower"])))],
        [C.ch(["Booking #", "ID #", "Inmate #", "DOC #", "Jail ID"]), C.sep(), ("id", booking(C))],
        [C.ch(["Housing", "Unit/Cell", "Location"]), C.sep(), unit(C)],
        F(C, "dob", ("date", C.fd(im.dob))),
        [C.ch(["Date", "Today's date", "Dt"]), C.sep(), ("date", C.fd(C.today, C.ch(["num", "short"])))],
    ]), C.ch(["lines", "inline"]))
    off = C.person()
    cell = C.person(sex=im.sex)
    mom = C.relative_of(im, sex="F", same_family=0.7)
    d.add(C.ch(["Problem (in your own words): ", "Describe your problem: ", "Reason: "]))
    k = C.ri(0, 2)
    if k == 0:
        d.add("my tooth been hurting for 2 weeks cant eat on left side, ", officer_title(C).strip(), " ",
              ("name", C.nm(off, C.ch(["f", "F"]))), " said put in a slip")
    elif k == 1:
        d.add("i need my seizure meds (keppra) i was on them on the street, my mom ", ("name", C.nm(mom, C.ch(["g", "full"]))),
              " can bring the bottle or call ", ("phone", C.phone()))
    else:
        d.add("rash all over my arms, my bunkie ", ("name", C.nm(cell, C.ch(["nick", "g", "f"]))),
              " got it too, itch so bad i cant sleep")
    d.line(C.ch([". please help", ".", " !!", " - been waiting 3 days"]))
    d.line(C.ch(["Inmate signature: ", "Signed: ", "Sig: "]), ("name", C.nm(im, C.ch(["full", "lower", "inits", "lf"]))))
    d.line("---- ", C.ch(["HEALTH STAFF USE ONLY", "MEDICAL USE", "for nursing"]), " ----")
    rn = C.person()
    d.line(C.ch(["Rec'd ", "Received: ", "Triaged "]), ("date", C.fd(C.days_after(C.today, 0, 1), "num")), " ", C.time(),
           " by ", ("name", C.nm(rn, "inits")))
    d.line(C.vitals(3), ". ", C.ch(["Routine - sick call list.", "Urgent - seen same day.", "Refer dental.", "Refer provider, copay waived."]))
    d.line(C.ch(["Seen by ", "Provider: "]), ("name", C.nm(C.person(), C.ch(["il", "full", "fi"]))), ", ",
           C.ch(["NP", "PA-C", "MD", "RN"]), " ", ("date", C.fd(C.days_after(C.today, 0, 3), "short")))
    d.line(C.ch(["Copay $3.00 charged to inmate acct ", "Commissary acct # ", "Copay - trust acct "]), ("account", C.digits(7, True)),
           C.ch(["", " (indigent - waived)", ""]))
    if C.p(0.7):
        d.line(C.ch(["Allergies per intake ", "Intake reviewed "]), ("date", C.fd(C.days_ago(10, 200), "num")), C.ch(["; NKDA", "; PCN", ""]),
               C.ch(["; next of kin ", "; contact "]), ("name", C.nm(C.relative_of(im, same_family=0.6), C.ch(["full", "lf"]))))


def cr1(C, d):
    """intake / receiving screening"""
    d.typo = 0.01
    im = C.person(age=C.ri(18, 75))
    dep = C.person()
    mom = C.relative_of(im, sex="F", same_family=0.6)
    arr = C.days_ago(0, 10)
    d.line(C.ch(["RECEIVING SCREENING", "INTAKE MEDICAL SCREENING", "Booking Medical Questionnaire", "Reception Health Screen"]),
           " - ", C.ch(["County Detention Center", "Regional Jail", "Remand Centre", "Correctional Centre"]))
    sv, slab = C.socid()
    items = [
        [C.ch(["Inmate", "Detainee", "Name", "Prisoner"]), C.sep(), ("name", C.nm(im, C.ch(["LFmi", "LF", "lf"])))],
        [C.ch(["Booking #", "Booking No", "Inmate ID", "Prisoner No."]), C.sep(), ("id", booking(C))],
        F(C, "dob", ("date", C.fd(im.dob))),
        [slab, C.sep(), ("ssn", sv)],
        [C.ch(["Arrest date", "Date/time of arrest", "Arrested"]), C.sep(), ("date", C.fd(arr)), " ", C.time()],
        [C.ch(["Arresting officer", "Arresting agency/officer", "Arr. ofc"]), C.sep(), C.ch(["Deputy ", "Ofc. ", "Tpr. ", "PC "]),
         ("name", C.nm(dep, C.ch(["f", "il", "full"]))), C.ch([" #", " badge "]), ("id", str(C.ri(100, 9999)))],
    ]
    emit_fields(C, d, [items[0]] + C.shuf(items[1:]), C.ch(["lines", "pipes"]))
    a = C.addr()
    d.line(C.ch(["Address prior to arrest: ", "Last known address: ", "Home addr: "]),
           *C.ch([[("address", C.addr_full(a))], ["homeless - sleeping behind ", C.ch(["the Walmart", "the bus depot", "the old mill"]),
                                                    " on ", ("address", C.street())],
                  ["NFA - sleeps in his car down on ", ("address", C.street_bare())],
                  ["couch surfing, mostly at a friend's in ", ("address", C.hood_any().replace("the ", ""))]]))
    d.line(C.ch(["Emergency contact: ", "Notify: ", "Next of kin: "]), ("name", C.nm(mom, C.ch(["full", "lf", "g"]))),
           f" ({rel_word(C, mom, 'parent')}) ", ("phone", C.phone()))
    d.line(C.ch(["Current meds: ", "Meds reported: "]), C.med(), "; ", C.med())
    d.line(C.ch(["Last use: ", "Substance use: "]), C.ch(["fentanyl, approx 6 hrs ago - COWS 9", "ETOH daily, last drink this am - CIWA 12",
                                                       "meth 2 days ago", "denies"]), ". ", C.vitals(3))
    if im.sex == "F":
        d.line("LMP ", ("date", C.fd(C.days_ago(5, 40), "short")), C.ch(["; UCG neg", "; preg test pending", ""]))
    else:
        d.line(C.ch(["TB screen neg, PPD placed L forearm", "Denies TB sx; CXR 2019 neg", "No visible injuries"]))
    d.line(C.ch(["Screened by: ", "RN: ", "Screener - "]), ("name", C.nm(C.person(), C.ch(["full", "fi", "inits"]))), " ",
           C.cred("nurse"), "  ", ("date", C.fd(arr, "num")))


def cr2(C, d):
    """medication pass by housing unit"""
    day = C.days_ago(0, 60)
    rn = C.person()
    u = C.ch(["4B", "C-Pod", "Female Unit 2", "Medical Obs", "Wing D", "Max 1"])
    d.line(C.ch(["MED PASS", "MEDICATION ADMINISTRATION - PILL LINE", "MAR / Pill Call"]), " - ", C.ch(["Unit ", "Housing "]), u,
           "  ", ("date", C.fd(day)), "  ", C.ch(["AM pass 0600", "HS pass 2100", "noon", "PM 1700"]))
    sep = C.ch([" | ", "  ", "\t"])
    d.line(sep.join(["Cell", "Inmate", "ID#", "Medication", "Given", "Init"]))
    ims = []
    for _ in range(C.ri(3, 5)):
        im = C.person(age=C.ri(19, 70))
        ims.append(im)
        g = C.ch(["Y", "Y", "Y", "REF", "NS", "held"])
        d.line(f"{C.ri(1, 40)}", sep, ("name", C.nm(im, C.ch(["LF", "lf", "LFi", "lfi"]))), sep, ("id", booking(C)), sep, C.med(),
               sep, g, sep, ("name", C.nm(rn, "inits")))
    im = C.ch(ims)
    off = C.person()
    d.line()
    d.line(C.ch(["Note: ", "Comments: "]), ("name", C.nm(im, C.ch(["f", "F", "lf"]))), C.ch([" refused, stated \"I ain't taking that ", " refused - said it \"makes me sleepy, "]),
           C.ch(["no more\"", "tell the doc\""]), C.ch([". Escort by ", ". Witnessed by "]), officer_title(C), ("name", C.nm(off, C.ch(["f", "il"]))), ".")
    d.line(C.ch(["Nurse: ", "Pass completed by "]), ("name", C.nm(rn, C.ch(["full", "il", "fi"]))), ", ", C.cred("nurse"))


def cr3(C, d):
    """release / transfer health summary"""
    im = C.person(age=C.ri(19, 70))
    po = C.person()
    rel = C.relative_of(im, sex="F", same_family=0.5)
    rdate = C.days_after(C.today, 0, 5)
    d.line(C.ch(["RELEASE HEALTH SUMMARY", "DISCHARGE PLANNING / RE-ENTRY", "Transfer of Care Summary", "Continuity of Care - Release"]))
    emit_fields(C, d, [
        [C.ch(["Name", "Inmate", "Client"]), C.sep(), ("name", C.nm(im, C.ch(["LF", "full", "lf"])))],
        [C.ch(["DOC #", "Inmate #", "SID"]), C.sep(), ("id", booking(C))],
        F(C, "dob", ("date", C.fd(im.dob))),
        [C.ch(["Release date", "Anticipated release", "Transfer date"]), C.sep(), ("date", C.fd(rdate))],
    ], C.ch(["lines", "inline"]))
    k = C.ri(0, 2)
    a = C.addr()
    if k == 0:
        d.line(C.ch(["Releasing to: ", "Residence after release: "]), ("address", C.addr_full(a)), C.ch([" (halfway house)", " - sober living", ""]))
    elif k == 1:
        d.line(C.ch(["Will stay with ", "Going to "]), f"{rel_word(C, rel, 'sib' if C.p(0.5) else 'aunt')} ", ("name", C.nm(rel, C.ch(["g", "full"]))),
               " at ", ("address", a["line1"]), ", ", ("address", a["town"]))
    else:
        d.line("Releasing to ", C.ch(["Salvation Army shelter", "Harbor Light", "Mission shelter"]), ", ", ("address", a["line1"]))
    d.line(C.ch(["Parole/probation officer: ", "PO: ", "Supervising officer "]), ("name", C.nm(po, C.ch(["full", "il", "lf"]))),
           "  ", ("phone", C.phone("work")))
    d.line(C.ch(["Active problems: ", "Dx: "]), C.icd(), ", ", C.icd(), f". Meds: {C.med()}, {C.med()}.")
    d.line(C.ch(["Supply: 14 days + scripts sent to ", "Bridge script faxed to "]), C.ch(["Walgreens", "Shoppers Drug Mart", "Boots", "Chemist Warehouse", "CVS"]),
           " ", C.ch(["on ", "at "]), ("address", C.street()))
    clinic = C.facility("clinic")
    d.line(C.ch(["F/u appt: ", "Follow up with "]), clinic, C.ch([" - Dr. ", " w/ "]), ("name", C.nm(C.person(), C.ch(["f", "full"]))),
           " ", ("date", C.fd(C.days_after(rdate, 3, 14), "any")), " ", C.time(8, 16))
    t, v, lab = C.natid(im)
    d.line(lab, C.ch([" (reactivated): ", ": ", " reinstated "]), (t, v))
    d.line(C.ch(["Prepared by ", "Discharge planner: "]), ("name", C.nm(C.person(), C.ch(["full", "fi"]))),
           C.ch([", LCSW", ", RN", ", re-entry coordinator"]))


def cr4(C, d):
    """grievance reply + officer escort note"""
    im = C.person(age=C.ri(19, 70))
    hsa = C.person()
    rn = C.person(sex="F")
    d.line(C.ch(["INMATE GRIEVANCE - MEDICAL RESPONSE", "Grievance Response (Health Services)", "RESPONSE TO COMPLAINT"]))
    emit_fields(C, d, C.shuf([
        [C.ch(["Grievance #", "Grievance No.", "Complaint ref"]), C.sep(), ("id", f"GRV-{C.today.year}-{C.digits(4)}" if C.p(0.5) else C.digits(6, True))],
        [C.ch(["Inmate", "Grievant", "Name"]), C.sep(), ("name", C.nm(im, C.ch(["LF", "full", "lf"])))],
        [C.ch(["ID", "Booking #", "DOC#"]), C.sep(), ("id", booking(C))],
        [C.ch(["Date received", "Rec'd", "Filed"]), C.sep(), ("date", C.fd(C.days_ago(3, 20)))],
        [C.ch(["Unit", "Housing"]), C.sep(), unit(C)],
    ]), C.ch(["lines", "inline"]))
    d.line(C.ch(["Grievance: ", "Summary of complaint: "]), "\"", C.ch(["Nurse ", "the nurse "]), ("name", C.nm(rn, C.ch(["g", "nick", "f"]))),
           C.ch([" didn't give me my insulin two nights", " laughed at me when I said my chest hurt", " lost my sick call slips"]),
           "\"")
    d.line(C.ch(["Response: ", "Finding: "]), C.ch(["Records reviewed. MAR shows dose given ", "Chart reviewed; you were seen on "]),
           ("date", C.fd(C.days_ago(5, 30), "short")), C.ch([". Grievance unfounded.", ". Partially substantiated; staff re-educated."]))
    d.line(C.ch(["HSA: ", "Health Services Administrator - ", "Reviewed by "]), ("name", C.nm(hsa, C.ch(["full", "il", "LF"]))),
           "  ", ("date", C.fd(C.today, "num")))
    d.line()
    d.line(C.ch(["ESCORT NOTE", "Outside transport log", "OFFICER ESCORT"]))
    o1, o2 = C.person(), C.person()
    hosp = C.facility("hospital")
    d.line(C.ch(["Inmate transported to ", "Escorted to "]), hosp, C.ch([" ED", " for scheduled ortho appt", " cardiology"]), " by ",
           officer_title(C), ("name", C.nm(o1, C.ch(["f", "il", "full"]))), " #", ("id", str(C.ri(100, 9999))), " and ",
           officer_title(C), ("name", C.nm(o2, C.ch(["f", "il"]))), ".")
    d.line(C.ch(["Van ", "Vehicle "]), C.ch(["#12", "unit 4", "T-3"]), C.ch([" plate ", " reg ", " tag "]), ("vehicle", C.plate()),
           ". Departed ", C.time(), C.ch([", returned ", ", back "]), C.time(), ".")


# ================================================================= hospice
def hs_loc(C, pt):
    k = C.ri(0, 2)
    if k == 0:
        a = C.addr(kind=C.ch(["house", "unit", "rural"]))
        return [("address", C.addr_full(a))]
    if k == 1:
        a = C.addr(kind="house")
        home = C.ch(["Willowmere Care Home", "Sunset Manor ALF", "Rosewood Nursing & Rehab", "Bluegum Aged Care", "Maison Saint-Joseph CHSLD"])
        return [home, ", ", ("address", a["line1"]), ", ", ("address", a["town"]), f" {C.room()}"]
    rel = C.relative_of(pt, sex="F", same_family=0.6)
    return ["daughter ", ("name", C.nm(rel, "g")), "'s home in ", ("address", C.town_name())]


def hs0(C, d):
    """RN visit note"""
    d.typo = 0.01
    age = C.ri(68, 101)
    pt = C.person(age=age)
    cg = C.relative_of(pt, sex="F", same_family=0.6)
    rn = C.person()
    vd = C.days_ago(0, 30)
    d.line(C.ch(["HOSPICE RN VISIT NOTE", "Skilled Nursing Visit - Hospice", "RN Routine Visit", "Palliative care home visit"]))
    emit_fields(C, d, C.shuf([
        F(C, "patient", ("name", C.nm(pt, C.ch(["LF", "lf", "full", "LFmi"])))),
        F(C, "dob", ("date", C.fd(pt.dob))),
        F(C, "mrn", ("mrn", C.mrn())),
        [C.ch(["Visit date", "Date", "DOS"]), C.sep(), ("date", C.fd(vd)), "  ", C.ch(["Time in/out ", "in-out "]), C.trange(8, 18)],
    ]), C.ch(["lines", "inline", "pipes"]))
    d.line(C.ch(["Location: ", "Place of service: ", "Seen at: "]), *hs_loc(C, pt))
    d.line(C.ch(["Pt is a ", "S: "]), *age_parts(C, age, pt.sex), C.ch([" pt w/ ", " w/ ", ", "]),
           C.ch(["end-stage dementia (FAST 7c)", "metastatic pancreatic ca", "ESRD off dialysis", "end-stage COPD", "ALS"]),
           f", {C.icd('hospice')}. ")
    d.line(C.ch(["Caregiver ", "Dtr ", "Primary CG "]), ("name", C.nm(cg, C.ch(["g", "full", "g"]))),
           C.ch([" reports ", " states "]), C.ch(["pt ate few bites of applesauce", "more sleepy, moaning w/ turns",
                                                   "no BM x4 days", "restless overnight, pulling at Foley"]), ".")
    d.line("O: ", C.vitals(3), f". PPS {C.ch([10, 20, 30, 40])}%. ", C.ch(["Mottling to knees.", "Stage 3 sacral wound, dressing changed.",
                                                                         "Cheyne-Stokes resp noted.", "Skin intact."]))
    d.line("Meds: ", C.ch(["morphine oral soln 5 mg/0.25 mL q2h prn", "lorazepam 0.5 mg SL q4h prn", "haloperidol 0.5 mg q6h prn"]),
           "; ", C.med())
    d.line("P: ", C.ch(["Next RN visit ", "RN to return ", "f/u "]), ("date", C.fd(C.days_after(vd, 1, 7), "any")), ". ",
           C.ch(["Aide ", "HHA "]), ("name", C.nm(C.person(sex="F"), C.ch(["g", "fi"]))), C.ch([" M/W/F", " daily", " 3x/wk"]),
           ". ", C.ch(["Updated Dr. ", "Notified MD "]), ("name", C.nm(C.person(), "f")), ".")
    d.line(C.ch(["CG phone: ", "Family #: "]), ("phone", C.phone("mobile")))
    if C.p(0.6):
        poa = C.relative_of(pt, sex="M", same_family=0.7)
        d.line(C.ch(["HCPOA: ", "POA / surrogate: ", "Enduring guardian: "]), ("name", C.nm(poa, C.ch(["full", "lf"]))),
               f" ({rel_word(C, poa, 'child')}) ", ("phone", C.phone()))
    d.line(*sig(C, rn, C.cred("nurse")))


def hs1(C, d):
    """IDT minutes"""
    mtg = C.days_ago(0, 60)
    md, rn, sw, ch = C.person(), C.person(), C.person(), C.person()
    d.line(C.ch(["IDT MEETING MINUTES", "Interdisciplinary Team Meeting", "IDG Review", "Weekly IDT"]), " - ",
           ("date", C.fd(mtg)))
    d.line(C.ch(["Present: ", "Attendees: "]), "Dr. ", ("name", C.nm(md, C.ch(["f", "full"]))), " (MD); ",
           ("name", C.nm(rn, C.ch(["full", "g", "fi"]))), " RN CM; ", ("name", C.nm(sw, C.ch(["full", "g"]))),
           " MSW; ", C.ch(["Chaplain ", "Fr. ", "Pastor "]), ("name", C.nm(ch, C.ch(["g", "f", "full"]))))
    d.line()
    for i in range(C.ri(2, 3)):
        age = C.ri(55, 102)
        pt = C.person(age=age)
        relw = C.ch(["Wife ", "Son ", "Dtr ", "Caregiver ", "Husband "])
        fam = C.relative_of(pt, sex={"Wife ": "F", "Dtr ": "F", "Son ": "M", "Husband ": "M"}.get(relw), same_family=0.6)
        d.line(f"{i + 1}. ", ("name", C.nm(pt, C.ch(["LF", "lf", "fi", "lfi"]))), " (", C.ch(["MRN ", "#", ""]), ("mrn", C.mrn()), ") - ",
               *age_parts(C, age, pt.sex), ", ", C.ch(["CHF", "lung ca", "dementia", "CKD 5", "glioblastoma"]), ". ",
               C.ch(["Declining, PPS 30%. ", "Stable, continue plan. ", "Recert due ", "Discharge - extended prognosis? "]),
               *([("date", C.fd(C.days_after(mtg, 3, 20), "short")), ". "] if C.p(0.5) else []),
               relw, ("name", C.nm(fam, C.ch(["g", "nick", "g"]))),
               C.ch([" overwhelmed - respite offered.", " requests chaplain visit.", " at bedside most days.",
                     " disputing DNR, meeting set."]))
    d.line()
    d.line(C.ch(["Next IDT: ", "Next meeting "]), ("date", C.fd(C.days_after(mtg, 14, 14), "any")), ". ",
           C.ch(["Minutes: ", "Recorded by "]), ("name", C.nm(C.person(), C.ch(["inits", "fi"]))))


def hs2(C, d):
    """after-hours on-call log"""
    d.typo = 0.02
    night = C.days_ago(0, 60)
    rn = C.person()
    d.line(C.ch(["ON-CALL LOG", "After Hours Triage Log", "Night on-call", "Weekend on-call calls"]), " - ",
           ("date", C.fd(night)), " - ", C.ch(["RN on call: ", "oncall: "]), ("name", C.nm(rn, C.ch(["g", "full", "fi"]))))
    for _ in range(C.ri(3, 4)):
        pt = C.person(age=C.ri(60, 98))
        rel = C.ch(["son", "dtr", "wife", "husband", "neighbour", "niece", "CG"])
        fam = C.relative_of(pt, sex={"son": "M", "husband": "M", "dtr": "F", "wife": "F", "niece": "F"}.get(rel), same_family=0.6)
        t = C.time(18, 23) if C.p(0.6) else C.time(0, 6)
        d.line(t, C.ch([" - ", " | ", "  "]), C.ch(["call from ", "", "cb "]), rel, " ", ("name", C.nm(fam, C.ch(["g", "glower", "full"]))),
               " (", ("phone", C.phone("mobile")), ") re ", ("name", C.nm(pt, C.ch(["lfi", "LF", "fi", "f"]))), ": ",
               C.ch(["agitation, pulling at lines - advised haloperidol 0.5 mg from comfort kit",
                     "pain 8/10 - ok'd extra morphine 5 mg/0.25 mL, call back 1 hr",
                     "noisy breathing - reassured, glycopyrrolate per order",
                     "fell, no injury apparent - visit made",
                     "pt passed at " + C.time() + " - RN dispatched for pronouncement"]))
    d.line(C.ch(["Handoff to day team ", "Reported to "]), ("name", C.nm(C.person(), C.ch(["g", "full"]))), " ", C.time(7, 8))


def hs3(C, d):
    """death pronouncement note"""
    age = C.ri(70, 104)
    pt = C.person(age=age)
    sp = C.relative_of(pt, sex="F" if pt.sex == "M" else "M", same_family=0.8)
    kid = C.relative_of(pt, same_family=0.7)
    gk = C.relative_of(pt, same_family=0.5)
    rn = C.person()
    dod = C.days_ago(0, 20)
    d.line(C.ch(["DEATH VISIT / PRONOUNCEMENT", "Pronouncement of Death - RN", "DEATH NOTE", "Hospice Death Visit"]))
    emit_fields(C, d, C.shuf([
        F(C, "patient", ("name", C.nm(pt, C.ch(["LFmi", "full", "lf"])))),
        F(C, "mrn", ("mrn", C.mrn())),
        [C.ch(["Age", "Age at death"]), C.sep(), ("age", str(age)) if age > 89 else str(age)],
        [C.ch(["Date of death", "DOD", "Expired"]), C.sep(), ("date", C.fd(dod)), " ", C.time()],
    ]), C.ch(["lines", "inline"]))
    d.line(C.ch(["Location: ", "Place of death: "]), *hs_loc(C, pt))
    d.line(C.ch(["Pronounced by ", "Death pronounced by "]), ("name", C.nm(rn, C.ch(["full", "fi"]))), ", ", C.cred("nurse"),
           C.ch([". No resp, no apical pulse x1 min, pupils fixed.", ". Absence of heart and breath sounds confirmed."]))
    d.line(C.ch(["Family present: ", "Present at time of death: "]), rel_word(C, sp, "spouse"), " ", ("name", C.nm(sp, C.ch(["g", "full"]))),
           ", ", rel_word(C, kid, "child"), " ", ("name", C.nm(kid, C.ch(["g", "full"]))),
           C.ch([" and grandchild ", ", grandkid "]), ("name", C.nm(gk, C.ch(["nick", "g", "glower"]))))
    fh = C.ch(["Kessler & Sons Funeral Home", "Riverside Funeral Chapel", "Mackay Family Funerals", "Salon funéraire Lavoie", "Hope Memorial Chapel"])
    d.line(C.ch(["Funeral home: ", "FH notified: "]), fh, " ", ("phone", C.phone("work")), C.ch([", spoke w/ ", " - "]),
           ("name", C.nm(C.person(), C.ch(["g", "full"]))), ", removal ", C.time())
    d.line(C.ch(["MD notified: Dr. ", "Attending notified - Dr "]), ("name", C.nm(C.person(), "f")), ". ",
           C.ch(["Coroner not required (expected death).", "ME notified, case # "]),
           *([("id", C.case_no("ME"))] if C.p(0.4) else []))
    d.line(C.ch(["Meds destroyed (", "Controlled meds wasted - "]), C.ch(["morphine 30 mL", "lorazepam #12", "oxycodone 5 mg x 20"]),
           C.ch([") witnessed by ", ", witness: "]), ("name", C.nm(sp, C.ch(["full", "g"]))))


def hs4(C, d):
    """bereavement follow-up call"""
    d.typo = 0.015
    dec = C.person(age=C.ri(60, 99))
    br = C.relative_of(dec, sex="F" if dec.sex == "M" else "M", same_family=0.8)
    vol = C.person()
    dod = C.days_ago(60, 120)
    d.line(C.ch(["BEREAVEMENT CONTACT", "Bereavement follow-up - phone", "Grief support call log", "BEREAVEMENT - 3 MONTH CALL"]))
    a = C.addr()
    emit_fields(C, d, [
        [C.ch(["Bereaved", "Contact", "Survivor"]), C.sep(), ("name", C.nm(br, C.ch(["full", "lf"]))),
         f" ({rel_word(C, br, 'spouse')} of ", ("name", C.nm(dec, C.ch(["full", "LF"]))), ")"],
        [C.ch(["DOD", "Date of death", "Decedent died"]), C.sep(), ("date", C.fd(dod))],
        [C.ch(["Address", "Mailing addr"]), C.sep(), ("address", C.addr_full(a))],
        F(C, "phone", ("phone", C.phone("home"))),
    ], C.ch(["lines", "lines", "inline"]))
    d.line(C.ch(["Call ", "Contact date: "]), ("date", C.fd(C.today, "num")), C.ch([" - spoke with ", " - "]),
           ("name", C.nm(br, C.ch(["g", "g", "glower"]))), ".")
    gk = [C.relative_of(dec, same_family=0.5) for _ in range(C.ri(2, 3))]
    names = []
    for i, g in enumerate(gk):
        if i:
            names.append(", " if i < len(gk) - 1 else " and ")
        names.append(("name", C.nm(g, C.ch(["glower", "g", "nick"]))))
    d.line(C.ch(["Says the grandkids ", "Reports grandchildren "]), *names,
           C.ch([" stay weekends, helps.", " came for the funeral and stayed a week.", " keep her busy."]), " ",
           C.ch(["Not sleeping well, ", "Eating ok, ", "Crying a lot, "]),
           *C.ch([["plans to move to her sister's in ", ("address", C.town_name(C.other_town())), "."],
                  ["thinking of selling the house and going to ", ("address", C.town_name(C.other_town())), "."],
                  ["moving to a flat over in ", ("address", C.hood_any().replace("the ", "")), " near the kids."],
                  ["church friends visit."]]))
    d.line(C.ch(["Grief packet mailed. ", "Invited to support group Tue 6pm. ", "Memorial service invite sent. "]),
           C.ch(["Next call ", "f/u "]), ("date", C.fd(C.days_after(C.today, 25, 35), "any")), ".")
    d.line(C.ch(["Volunteer: ", "Bereavement coord.: ", "-- "]), ("name", C.nm(vol, C.ch(["full", "g", "fi"]))))
    if C.p(0.6):
        d.line(C.ch(["Also called son ", "Left msg for son "]), ("name", C.nm(C.relative_of(dec, sex="M", same_family=0.9), "g")),
               " ", ("phone", C.phone("mobile")))


# ===================================================================== ems
def incident_no(C):
    y = C.today.year
    return C.ch([f"{y}-{C.digits(7)}", f"{y % 100}-{C.digits(5)}", f"E{y % 100}{C.digits(6)}", C.digits(9, True),
                 f"CAD{C.digits(8)}"])


def unit_id(C):
    return C.ch([f"Medic {C.ri(1, 40)}", f"M{C.ri(1, 40)}", f"Rescue {C.ri(1, 12)}", f"Amb {C.ri(100, 999)}",
                 f"Unit {C.ri(1, 60)}", f"Car {C.ri(1, 9)}", f"Engine {C.ri(1, 20)}"])


def em0(C, d):
    """patient care report"""
    d.typo = 0.015
    age = C.wch([(C.ri(18, 89), 6), (C.ri(90, 101), 4)])
    pt = C.person(age=age)
    nb = C.person()
    sp = C.relative_of(pt, sex="F" if pt.sex == "M" else "M", same_family=0.8)
    dte = C.days_ago(0, 30)
    tt = C.tseq(6, step=(3, 14))
    d.line(C.ch(["PATIENT CARE REPORT", "ePCR", "PCR - Prehospital Care Report", "Ambulance Care Record"]), "   ",
           C.ch(["Incident #", "Run #", "Case No."]), " ", ("id", incident_no(C)), "   ", unit_id(C))
    d.line(C.ch(["Date: ", "DOS: "]), ("date", C.fd(dte)), "  Disp ", tt[0], "  Enr ", tt[1], "  OS ", tt[2],
           "  Tx ", tt[4])
    a = C.addr()
    d.line(C.ch(["Scene: ", "Incident location: ", "Loc: "]), ("address", C.addr_full(a)), C.ch(["", " (residence)", " - 2nd floor"]))
    emit_fields(C, d, [
        F(C, "patient", ("name", C.nm(pt, C.ch(["LF", "LFmi", "full"])))),
        F(C, "dob", ("date", C.fd(pt.dob))),
        [C.ch(["Age", "Age/Sex"]), C.sep(), *(([("age", str(age))] if age > 89 else [str(age)])), f" {pt.sex}"],
    ], C.ch(["inline", "lines"]))
    d.add(C.ch(["NARRATIVE: ", "Narr: ", "HPI: "]), C.ch(["Dispatched for fall. ", "Resp to a sick person. ", "Called for unresponsive male. "]))
    d.add(C.ch(["Neighbor ", "Neighbour ", "Bystander "]), ("name", C.nm(nb, C.ch(["full", "f", "g"]))) if C.p(0.8) else "",
          C.ch([" let crew in; ", " met crew at door; ", " had called 911; "]))
    d.add("pt found ", C.ch(["supine on kitchen floor", "seated in recliner", "in bathroom, wedged by toilet"]), ". ",
          f"{rel_word(C, sp, 'spouse' if C.p(0.5) else 'child').capitalize()} ", ("name", C.nm(sp, C.ch(["g", "full"]))),
          C.ch([" states pt was last normal at ", " reports pt fell around "]), C.time(), ". ",
          C.ch(["PCP is Dr. ", "Pt sees Dr. ", "Cardiologist Dr. "]), ("name", C.nm(C.person(), "f")), ". ",
          C.ch(["Hx CHF, DM, on Eliquis. ", "Hx Parkinson disease, dementia. ", "Hx COPD on home O2. "]))
    d.line(C.vitals(4), ". ", C.ch(["GCS 14. ", "Glasgow Coma Scale 15. ", "BGL 3.1 - D10 given. "]),
           C.ch(["Naloxone 4 mg IN w/ good response. ", "C-collar applied. ", "12-lead NSR. ", ""]))
    rn = C.person()
    hosp = C.facility("hospital")
    d.line(C.ch(["Transported to ", "Tx to "]), hosp, C.ch([" ED", " A&E", ""]), ", ", C.ch(["report to RN ", "handoff to ", "care transferred to "]),
           ("name", C.nm(rn, C.ch(["g", "full", "fi"]))), " ", tt[5], ". ", C.room(), ".")
    t, v, lab = C.natid(pt)
    d.line(C.ch(["Billing: ", "Ins: ", ""]), lab, C.sep(), (t, v))
    c1, c2 = C.person(), C.person()
    d.line(C.ch(["Crew: ", "Crew - "]), ("name", C.nm(c1, C.ch(["full", "lf", "il"]))), C.ch([" EMT-P #", " Paramedic lic "]),
           ("license", C.digits(6, True)), " / ", ("name", C.nm(c2, C.ch(["il", "full", "inits"]))), C.ch([" EMT", " EMT-B", ""]))


def em1(C, d):
    """CAD / radio log"""
    ev = incident_no(C)
    dte = C.days_ago(0, 30)
    caller = C.person()
    d.line(C.ch(["CAD EVENT LOG", "Dispatch Event Chronology", "RADIO LOG", "CAD Incident Detail"]), "  ", C.ch(["Event ", "Inc# "]),
           ("id", ev), "  ", ("date", C.fd(dte, C.ch(["num", "iso"]))))
    clock = [C.ri(0, 22) * 3600 + C.ri(0, 3599)]

    def ts():
        clock[0] += C.ri(15, 200)
        h, rem = divmod(clock[0] % 86400, 3600)
        return f"{h:02d}:{rem // 60:02d}:{rem % 60:02d}"
    st1, st2 = C.street(), C.street()
    rd = C.ch(P.ROUTES[C.R])
    loc = C.ch([[*road(rd), " & ", ("address", st1)], [("address", f"{C.ri(100, 9999)} {st1}")],
                [("address", st1), " at ", ("address", st2)]])
    u1, u2 = unit_id(C), C.ch(["PD 3-Adam-12", "SO unit 214", "Car 7", "Traffic 2", "Unit 41"])
    d.line(ts(), " CALL RCVD - caller ", ("name", C.nm(caller, C.ch(["full", "lf", "UP"]))), " cb ", ("phone", C.phone("mobile")))
    d.line(ts(), " NATURE: ", C.ch(["MVC w/ injuries", "MVA rollover", "PED STRUCK", "2 veh MVC, 1 trapped"]), " LOC: ", *loc)
    d.line(ts(), f" {u1} DISP / ENRT")
    d.line(ts(), f" {u2} ON SCENE - ", C.ch(["Ofc. ", "Dep. ", "Tpr. ", "Cst. "]), ("name", C.nm(C.person(), C.ch(["f", "F", "il"]))))
    d.line(ts(), " VEH 1: ", C.ch(["silver Toyota Camry", "blk Ford F-150", "white Holden Commodore", "red Honda Civic", "grey Vauxhall Corsa"]),
           C.ch([" plate ", " TAG ", " REG ", " lic "]), ("vehicle", C.plate()))
    d.line(ts(), " VEH 2: ", C.ch(["blue Nissan Altima", "white Ram 2500", "Mazda 3", "Ford Transit van"]),
           C.ch([" VIN ", " vin# "]), ("vehicle", C.vin()), C.ch([" (plate not visible)", " - driver fled on foot", ""]))
    p1 = C.person(age=C.ri(18, 80))
    d.line(ts(), f" {u1} ON SCENE - PT 1 ", ("name", C.nm(p1, C.ch(["LF", "full", "UP"]))), C.ch([" approx 40s", " conscious, c/o neck pain", " extricated"]))
    if C.p(0.6):
        p2 = C.person()
        d.line(ts(), " PT 2 ", ("name", C.nm(p2, C.ch(["fi", "g", "LF"]))), C.ch([" refusing", " minor abrasions", " walking wounded"]))
    d.line(ts(), f" {u1} TRANSPORTING to ", C.facility("hospital"), C.ch([" - priority 2", " - code 3", ""]))
    d.line(ts(), " PD report # ", ("id", C.case_no()), C.ch([" assigned", ""]))
    d.line(ts(), " disp: ", ("name", C.nm(C.person(), "inits")))


def em2(C, d):
    """refusal of treatment / transport"""
    age = C.wch([(C.ri(18, 89), 7), (C.ri(90, 99), 3)])
    pt = C.person(age=age)
    wit = C.person()
    fam = C.relative_of(pt, same_family=0.7)
    medic = C.person()
    d.line(C.ch(["REFUSAL OF TREATMENT / TRANSPORT", "Patient Refusal (AMA) Form", "Release from Liability - Refusal", "NON-TRANSPORT / REFUSAL"]))
    d.line(C.ch(["Incident #", "Run No."]), " ", ("id", incident_no(C)), "    ", C.ch(["Date ", "Dt "]), ("date", C.fd(C.days_ago(0, 30))), " ", C.time())
    a = C.addr()
    emit_fields(C, d, [
        [C.ch(["Patient name", "Name", "Pt"]), C.sep(), ("name", C.nm(pt, C.ch(["full", "LF", "lf"])))],
        F(C, "dob", ("date", C.fd(pt.dob))),
        [C.ch(["Age", "Age"]), C.sep(), ("age", str(age)) if age > 89 else str(age)],
        [C.ch(["Address", "Home address", "Addr"]), C.sep(), ("address", C.addr_full(a))],
        F(C, "phone", ("phone", C.phone())),
    ], C.ch(["lines", "lines", "pipes"]))
    d.line(C.ch(["Pt A&Ox4, GCS 15, demonstrates capacity. ", "Pt alert, understands risks incl. death. "]), C.vitals(3), ".")
    d.line(C.ch(["Risks explained by crew incl. ", "Advised "]), C.ch(["possible hip fracture", "stroke", "hypoglycemia recurrence", "head bleed on thinners"]),
           C.ch([". Pt states \"", ". Pt said \""]), C.ch(["I'm not leaving my dog", "my son will take me in the morning", non_native_self(C)]), "\".")
    d.line(C.ch(["Pt will stay with ", "Left in care of "]), rel_word(C, fam, C.ch(["child", "sib", "niece"])), " ",
           ("name", C.nm(fam, C.ch(["g", "full"]))), C.ch([" who will call back if worse.", ", given care instructions."]),
           C.ch([" Their # ", " Contact "]), ("phone", C.phone("mobile")))
    if C.p(0.6):
        d.line(C.ch(["Pt's GP ", "PCP ", "Family doctor "]), "Dr. ", ("name", C.nm(C.person(), C.ch(["f", "full"]))),
               C.ch([" to be notified.", " - fax copy sent to "]), *([("fax", C.phone("work"))] if C.p(0.5) else []))
    d.line(C.ch(["Patient signature: ", "Signed: "]), ("name", C.nm(pt, C.ch(["full", "lower", "inits", "lf"]))))
    d.line(C.ch(["Witness: ", "Witnessed by: "]), C.ch(["Ofc. ", "", "PC "]), ("name", C.nm(wit, C.ch(["full", "f", "il"]))),
           *([C.ch([" #", " badge "]), ("id", str(C.ri(100, 9999)))] if C.p(0.5) else []))
    d.line(C.ch(["Crew: ", "Medic: "]), ("name", C.nm(medic, C.ch(["full", "inits", "il"]))), C.ch([" EMT-P", " PCP", " paramedic", ""]))


def em3(C, d):
    """interfacility transfer"""
    pt = C.person(age=C.ri(20, 88))
    snd, rcv = C.facility("hospital"), C.facility("hospital")
    rn1, rn2, acc = C.person(), C.person(), C.person()
    fam = C.relative_of(pt, same_family=0.7)
    d.line(C.ch(["INTERFACILITY TRANSFER", "Critical Care Transport Record", "IFT Report", "Transfer - Inter-hospital"]))
    emit_fields(C, d, C.shuf([
        F(C, "patient", ("name", C.nm(pt, C.ch(["LF", "LFmi", "full"])))),
        F(C, "dob", ("date", C.fd(pt.dob))),
        [C.ch(["Sending MRN", "MRN (sending)", "MRN"]), C.sep(), ("mrn", C.mrn())],
        [C.ch(["Date", "Transfer date"]), C.sep(), ("date", C.fd(C.days_ago(0, 30)))],
    ]), C.ch(["lines", "inline"]))
    d.line(C.ch(["From: ", "Sending: "]), snd, f" {C.room()}", C.ch(["  To: ", "  Receiving: "]), rcv, C.ch([" CVICU", " MICU", " Neuro ICU", " Burn unit"]))
    d.line(C.ch(["Accepting: Dr. ", "Accepting physician "]), ("name", C.nm(acc, C.ch(["f", "full", "lf"]))),
           C.ch(["  Report: ", "  RN-RN report "]), ("name", C.nm(rn1, C.ch(["g", "full"]))), " -> ", ("name", C.nm(rn2, C.ch(["g", "full"]))))
    d.line(C.ch(["Dx: ", "Reason: "]), C.ch(["I21.09 STEMI for cath", "I60.9 SAH for neurosurgery", "R65.21 septic shock",
                                            "T31.30 burns 30% TBSA", "S06.5X0A SDH for neurosurgery"]))
    d.line(C.ch(["Drips: ", "Infusions: "]), C.ch(["norepinephrine 8 mcg/min", "heparin 18 units/kg/hr", "propofol 30 mcg/kg/min"]),
           " via ", C.ch(["Alaris 8015", "Sapphire pump", "Medfusion 4000"]), C.ch([" pump S/N ", " SN ", " serial "]), ("device", C.serial("pump")))
    if C.p(0.5):
        d.line("Vent: ", C.ch(["AC 16 / 450 / PEEP 8 / FiO2 60%", "SIMV 14 x 500, PEEP 5, FiO2 40%"]), " on ", C.ch(["Trilogy Evo", "Hamilton T1"]))
    d.line(C.ch(["Family: ", "NOK: "]), ("name", C.nm(fam, C.ch(["full", "g", "fi"]))), f" ({rel_word(C, fam, 'child')})",
           C.ch([" following by car ", " aware, cell "]), ("phone", C.phone("mobile")))
    d.line(C.ch(["Crew: ", "Team: "]), ("name", C.nm(C.person(), C.ch(["fi", "full"]))), " RN / ", ("name", C.nm(C.person(), C.ch(["fi", "inits"]))),
           " CCP", C.ch(["  Aircraft N", "  Amb "]), str(C.ri(100, 999)))


def em4(C, d):
    """scene narrative with bystanders, police, directions"""
    d.typo = 0.02
    d.case = "lower" if C.p(0.25) else None
    pt = C.person(age=C.ri(20, 85))
    nb = C.person(sex="F")
    off = C.person()
    rd = C.ch(P.ROUTES[C.R])
    lm = C.ch(P.LANDMARKS[C.R])
    d.line(C.ch(["NARRATIVE", "Scene narrative", "Narr (cont)", "NARRATIVE - supplemental"]), "  ", ("date", C.fd(C.days_ago(0, 30))))
    d.add(C.ch(["Responded to ", "Dispatched to ", "Crew responded to "]),
          C.ch(["the blue trailer past ", "a camper behind ", "an outbuilding behind ", "the last house after "]), lm, " on ",
          *road(rd), C.ch([" (lot ", " (no #, "]), C.ch([f"{C.ri(1, 40)} ", "dirt drive "]), C.ch(["per caller) ", ") "]),
          C.ch(["for ", "re: "]), C.ch(["possible OD. ", "man down. ", "assault victim. ", "fall from ladder. "]))
    d.add(C.ch(["Bystander who identified herself as pt's neighbour ", "Caller, a neighbor, ", "Female on scene, "]),
          ("name", C.nm(nb, C.ch(["nick", "g", "full"]))), C.ch([", stated she ", " reports she "]),
          C.ch(["found him not breathing", "heard a thud", "saw him fall"]), ". ")
    d.add(C.ch(["Pt identified by wallet/DL as ", "Pt ID'd as ", "Pt is "]), ("name", C.nm(pt, C.ch(["full", "LF", "lower"]))),
          C.ch([", DL # ", ", ID "]), ("license", C.dl(pt)), ". ")
    d.add(C.ch(["PD on scene, Ofc. ", "Deputy ", "Police - Sgt "]), ("name", C.nm(off, C.ch(["f", "full", "il"]))),
          C.ch([" #", " badge "]), ("id", str(C.ri(100, 9999))), C.ch([", case # ", ", report "]), ("id", C.case_no()), ". ")
    d.add(C.ch(["Pt's truck ", "A vehicle "]), C.ch(["(white Chevy Silverado) ", "(Toyota Hilux) ", "(Ford Ranger) "]), "plate ", ("vehicle", C.plate()),
          C.ch([" parked on lawn w/ door open. ", " in drive. "]))
    kid = C.relative_of(pt, same_family=0.8)
    d.add(C.ch(["Pt's son ", "Pt's daughter ", "Teenager on scene, pt's kid "]), ("name", C.nm(kid, C.ch(["g", "nick", "glower"]))),
          f" ({C.ri(11, 17)}) ", C.ch(["taken by neighbour until mom arrives from ", "to stay with grandmother in ", "picked up by aunt from "]),
          ("address", C.town_name(C.other_town())), ". ")
    d.line(C.vitals(3), ". ", C.ch(["naloxone 4 mg IN x2, RR improved", "c-spine precautions", "bleeding controlled"]), ".")
    d.line(C.ch(["-", "--", ""]), ("name", C.nm(C.person(), "inits")), C.ch([" / ", " & "]), ("name", C.nm(C.person(), "inits")))


# =============================================================== pharmacy
def pharm_name(C):
    return C.ch({"US": ["Main Street Pharmacy", "Medi-Save Drug", "Northgate Apothecary", "Corner Drug Store", "Care Plus Pharmacy",
                        "Riverside Compounding"],
                 "UK": ["Harbour Chemist", "Family Chemist", "Care Plus Pharmacy", "Riverside Compounding", "Kingsway Pharmacy"],
                 "CA": ["Pharmacie Dubé", "Value Drug Mart", "Care Plus Pharmacy", "Northgate Apothecary", "Main Street Pharmacy"],
                 "AU": ["Harbour Chemist", "Family Chemist", "Care Plus Pharmacy", "Wattle Grove Discount Chemist"]}[C.R])


def ph0(C, d):
    """counselling note"""
    d.typo = 0.01
    age = C.wch([(C.ri(18, 89), 7), (C.ri(90, 99), 2)])
    pt = C.person(age=age)
    cg = C.relative_of(pt, same_family=0.6)
    rph = C.person()
    doc = C.person()
    d.line(pharm_name(C), " - ", C.ch(["Counselling Record", "Patient Counseling Note", "MedsCheck", "Pharmacist consult"]))
    emit_fields(C, d, C.shuf([
        F(C, "patient", ("name", C.nm(pt, C.ch(["LF", "lf", "full"])))),
        F(C, "dob", ("date", C.fd(pt.dob))),
        F(C, "phone", ("phone", C.phone())),
        [C.lab("rx"), C.sep(), ("id", C.rx())],
        [C.ch(["Date", "Counselled on"]), C.sep(), ("date", C.fd(C.days_ago(0, 30)))],
        F(C, "addr", ("address", C.addr_full(C.addr()))),
        [C.ch(["Plan ID", "Ins", "Cover"]), C.sep(), ("health_plan", C.natid(pt)[1])],
    ]), C.ch(["lines", "inline", "pipes"]))
    d.line(C.ch(["Drug: ", "New Rx: "]), C.med(), C.ch(["  #30", "  qty 60", "  x 28 days"]))
    d.line(C.ch(["Prescriber: Dr. ", "Prescriber - "]), ("name", C.nm(doc, C.ch(["f", "full", "LF"]))),
           *(["  NPI ", ("license", C.npi()), "  DEA ", ("license", C.dea(doc))] if C.R == "US" else
             ["  ", C.ch(["Prescriber no. ", "Reg "]), ("license", C.med_license())]))
    who = C.ch(["patient", "caregiver"])
    if who == "caregiver":
        d.line(C.ch(["Counselled ", "Spoke with "]), rel_word(C, cg, C.ch(["child", "niece", "grand"])), " ",
               ("name", C.nm(cg, C.ch(["g", "full"]))), C.ch([" (pt is ", " - pt "]), *age_parts(C, age, pt.sex),
               C.ch([", hard of hearing)", " and confused)"]))
    else:
        d.line(C.ch(["Counselled pt ", "Pt counselled "]), C.ch(["via interpreter ", "with phone interpreter "]),
               ("name", C.nm(C.person(), C.ch(["g", "fi", "full"]))), " (", C.ch(["ID# ", "id ", "interp # "]), ("id", C.digits(6, True)),
               C.ch([", Spanish)", ", Vietnamese)", ", Punjabi)", ", Polish)", ", Tagalog)", ")"]))
    d.line(C.ch(["Points: ", "Covered: "]), C.ch(["take with food, may cause dizziness, avoid alcohol", "check INR weekly, bleeding signs",
                                                 "hypoglycemia s/s, how to use pen, sharps disposal", "constipation - start senna"]), ". ",
           C.ch(["Pt verbalized understanding.", "Teach-back done.", "Leaflet given."]))
    d.line(*sig(C, rph, C.ch(["RPh", "PharmD", "MPharm", "BPharm"])))


def ph1(C, d):
    """refill and delivery log"""
    day = C.days_ago(0, 60)
    drv = C.person()
    d.line(pharm_name(C), " - ", C.ch(["DELIVERY MANIFEST", "Home delivery log", "Driver route sheet"]), "  ", ("date", C.fd(day)))
    d.line(C.ch(["Driver: ", "Courier: "]), ("name", C.nm(drv, C.ch(["full", "g", "fi"]))), C.ch(["  Vehicle: ", "  Car: "]),
           C.ch(["white Kia van ", "Honda Fit ", "own car "]), C.ch(["plate ", "rego ", "reg "]), ("vehicle", C.plate()))
    sep = C.ch([" | ", ";", "\t"])
    d.line(sep.join(["Stop", "Patient", "Address", "Rx#", "Rec'd by", "Sig ID"]))
    for i in range(C.ri(2, 3)):
        pt = C.person(age=C.ri(30, 95))
        a = C.addr()
        recv = C.ch(["self", "spouse", "neighbor", "CG"])
        row = [str(i + 1), sep, ("name", C.nm(pt, C.ch(["LF", "lf", "fi"]))), sep, ("address", C.addr_full(a) if C.p(0.3) else a["line1"]), sep,
               ("id", C.rx()), sep]
        if recv == "self":
            row += ["self"]
        else:
            row += [recv, " ", ("name", C.nm(C.person(), C.ch(["g", "fi"])))]
        row += [sep, ("biometric", f"SIG-{C.digits(8)}") if C.p(0.5) else "no sig - left at door"]
        d.line(*row)
    d.line(C.ch(["Notes: ", "Issues: "]), C.ch(["stop 2 dog in yard, call ahead ", "gate code 4471#, ", "ring twice, pt deaf, "]),
           ("phone", C.phone()))


def ph2(C, d):
    """transfer request between pharmacies"""
    pt = C.person(age=C.ri(18, 88))
    r1, r2 = C.person(), C.person()
    a1, a2 = C.addr(kind="house"), C.addr(kind="house")
    d.line(C.ch(["PRESCRIPTION TRANSFER REQUEST", "Rx Transfer - Outgoing", "TRANSFER IN REQUEST", "Request for transfer of prescriptions"]))
    d.line(C.ch(["From: ", "Requesting pharmacy: "]), pharm_name(C), ", ", ("address", C.addr_full(a1)))
    d.line("  ", C.ch(["Ph ", "T "]), ("phone", C.phone("work")), C.ch(["  Fax ", "  F "]), ("fax", C.phone("work")), C.ch(["  RPh: ", "  Pharmacist "]),
           ("name", C.nm(r1, C.ch(["full", "il"]))))
    d.line(C.ch(["To: ", "Transferring pharmacy: "]), pharm_name(C), C.ch([" #", " store "]), str(C.ri(1000, 9999)), ", ", ("address", a2["line1"]))
    d.line(C.ch(["Patient: ", "Pt: "]), ("name", C.nm(pt, C.ch(["LF", "full", "lf"]))), "  ", C.lab("dob"), C.sep(), ("date", C.fd(pt.dob)))
    for _ in range(C.ri(2, 3)):
        d.line("  ", C.lab("rx"), C.sep(), ("id", C.rx()), "  ", C.med(), C.ch(["  orig ", "  written "]), ("date", C.fd(C.days_ago(30, 300), "num")),
               C.ch(["  refills left ", "  RF: "]), str(C.ri(0, 5)))
    d.line(C.ch(["Transferred by ", "Transferring RPh: "]), ("name", C.nm(r2, C.ch(["full", "fi", "il"]))), C.ch([" lic ", " Reg# "]),
           ("license", C.digits(6, True) if C.R != "UK" else f"2{C.digits(6)}"))


def ph3(C, d):
    """controlled substance / PDMP check"""
    d.typo = 0.01
    pt = C.person(age=C.ri(19, 80))
    rph = C.person()
    docs = [C.person() for _ in range(C.ri(2, 3))]
    d.line(C.ch(["PDMP REVIEW", "Controlled Substance Verification", "CSA check / PMP query", "Real-time prescription monitoring check"]))
    emit_fields(C, d, C.shuf([
        F(C, "patient", ("name", C.nm(pt, C.ch(["LF", "lf", "full"])))),
        F(C, "dob", ("date", C.fd(pt.dob))),
        [C.ch(["ID verified (DL)", "Photo ID", "DL #"]), C.sep(), ("license", C.dl(pt))],
        [C.ch(["PMP report #", "Query ID", "Report ID"]), C.sep(), ("id", C.digits(9, True))],
        [C.ch(["Address on ID", "Addr"]), C.sep(), ("address", C.addr_full(C.addr()))],
    ]), C.ch(["lines", "inline"]))
    if C.p(0.5):
        pk = C.relative_of(pt, sex="M", same_family=0.5)
        d.line(C.ch(["Picked up by ", "Pickup person: "]), ("name", C.nm(pk, C.ch(["full", "lf"]))), C.ch([", DL ", ", ID "]), ("license", C.dl(pk)))
    d.line(C.ch(["Fills last 90 days:", "Dispensing history:"]))
    for doc in docs:
        d.line("  ", ("date", C.fd(C.days_ago(5, 90), "num")), "  ", C.ch(["oxycodone 10 mg #60", "alprazolam 1 mg #30", "hydromorphone 2 mg #40",
                                                                           "buprenorphine-naloxone 8 mg/2 mg #14"]),
               "  Dr. ", ("name", C.nm(doc, C.ch(["f", "il", "LF"]))), *(["  DEA ", ("license", C.dea(doc))] if C.R == "US" and C.p(0.5) else []))
    d.line(C.ch(["Called prescriber office, spoke w/ ", "Verified w/ office staff "]), ("name", C.nm(C.person(sex="F"), "g")),
           C.ch([" - Dr aware of other scripts.", " - ok to fill.", " - will call back."]), " ", C.ch(["MME 90/day.", "MME 45.", ""]))
    d.line(C.ch(["RPh: ", "- "]), ("name", C.nm(rph, C.ch(["inits", "fi", "full"]))), "  ", C.time())


def ph4(C, d):
    """insurance reject call note"""
    d.typo = 0.02
    pt = C.person(age=C.ri(18, 80))
    sp = C.relative_of(pt, same_family=0.8)
    d.line(C.ch(["Claim reject - notes", "THIRD PARTY REJECT", "Insurance issue log", "Rx on hold - insurance"]))
    d.line(C.ch(["Pt: ", "Patient "]), ("name", C.nm(pt, C.ch(["LF", "lf", "full"]))), "  ", C.lab("rx"), C.sep(), ("id", C.rx()),
           "  ", C.med())
    d.line(C.ch(["Reject ", "Rejected: "]), C.ch(["75 - PA required", "79 - refill too soon", "70 - product not covered", "76 - plan limits exceeded"]),
           f"  BIN {C.digits(6)} PCN {C.ch(['ADV', 'MEDDPRIME', 'CN', '9999'])}")
    d.line(C.ch(["Cardholder ID ", "Member ID ", "Ins ID "]), ("health_plan", C.member_id()), C.ch(["  Grp ", "  group "]), ("health_plan", C.group_no()),
           C.ch(["  Cardholder: ", "  Subscriber: "]), ("name", C.nm(sp, C.ch(["full", "LF"]))))
    dte = C.days_ago(0, 20)
    d.line(("date", C.fd(dte, "num")), " ", C.time(9, 17), C.ch([" called help desk, spoke w/ ", " called plan - rep "]),
           ("name", C.nm(C.person(sex="F"), C.ch(["g", "g", "fi"]))), C.ch([", ref # ", ", call ref "]), ("id", C.digits(10, True)))
    d.line(C.ch(["PA submitted via CoverMyMeds key ", "PA started, key "]), ("id", C.letters(8, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")),
           C.ch([", faxed to Dr ", ", sent to prescriber Dr. "]), ("name", C.nm(C.person(), "f")), " ", ("fax", C.phone("work")))
    d.line(C.ch(["LVM for pt at ", "Called pt ", "texted pt "]), ("phone", C.phone("mobile")),
           C.ch([", spoke with ", ", told "]), rel_word(C, sp, "spouse"), " ", ("name", C.nm(sp, C.ch(["g", "glower"]))),
           C.ch([" - will pay cash for 5 days.", " - pt to call back.", ""]))
    d.line("-", ("name", C.nm(C.person(), "inits")))


LAYOUTS = {
    "correctional_health": [cr0, cr1, cr2, cr3, cr4],
    "hospice": [hs0, hs1, hs2, hs3, hs4],
    "ems": [em0, em1, em2, em3, em4],
    "pharmacy": [ph0, ph1, ph2, ph3, ph4],
}
REGIONS = {
    "correctional_health": [("US", 6), ("UK", 1), ("CA", 2), ("AU", 1)],
    "hospice": [("US", 4), ("UK", 2), ("CA", 2), ("AU", 2)],
    "ems": [("US", 4), ("UK", 2), ("CA", 2), ("AU", 2)],
    "pharmacy": [("US", 4), ("UK", 2), ("CA", 2), ("AU", 2)],
}
