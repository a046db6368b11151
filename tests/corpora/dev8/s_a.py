"""Styles: behavioral_health, dental, workers_comp, school_nurse."""
from kit import F, emit_fields, sig, greet, signoff, rel_word, non_native, age_parts
import pools as P


# ======================================================= behavioral_health
def bh_client_location(C, pt):
    k = C.ri(0, 5)
    if k == 5:
        hd = C.hood_any()
        if hd.startswith("the "):
            return ["home - lives over in the ", ("address", hd[4:])]
        return ["home - lives over in ", ("address", hd)]
    if k == 0:
        a = C.addr()
        return ["home, ", ("address", C.addr_full(a))]
    if k == 1:
        rel = C.relative_of(pt, sex="F")
        return [f"at {pt.his} sister ", ("name", C.nm(rel, "g")), "'s in ", ("address", C.town_name(C.other_town()))]
    if k == 2:
        return [C.ch(["parked car outside work", "car, private", "break room at work (door closed)"])]
    if k == 3:
        a = C.addr(kind="unit")
        return ["staying at ", ("address", a["line1"].lower()), " ", ("address", C.town_name())]
    return [C.ch(["Harbour Light shelter, ", "Hope House women's shelter, ", "Step Up recovery residence, "]),
            ("address", C.addr(kind="house")["line1"])]


def bh0(C, d):
    """telehealth DAP / SOAP note"""
    d.typo = 0.012
    pt = C.person(age=C.ri(19, 72))
    clin = C.person()
    sess = C.days_ago(1, 90)
    d.line(C.ch(["TELEHEALTH SESSION NOTE", "Progress Note (DAP) - Telehealth", "Individual Therapy - Video Visit",
                 "tele-session dap note", "BH OUTPT PROGRESS NOTE / TELEHEALTH"]))
    d.line(C.facility(C.ch(["Behavioral Health", "Counseling Associates", "Community Mental Health Centre", "Wellness Clinic"])))
    items = [
        F(C, "client", ("name", C.nm(pt, C.ch(["LF", "lf", "full", "LFmi"])))),
        F(C, "dob", ("date", C.fd(pt.dob))),
        F(C, "mrn", ("mrn", C.mrn())),
        F(C, "date", ("date", C.fd(sess)), f" {C.trange(8, 19)}"),
        [C.ch(["Platform", "Modality", "Via", "Session type"]), C.sep(),
         C.ch(["Zoom for Healthcare", "Doxy.me", "phone (audio only)", "video", "MS Teams"])],
        [C.ch(["Client location", "Pt located at", "Client loc.", "Location of client during session"]), C.sep(), *bh_client_location(C, pt)],
        ["CPT", C.sep(), C.cpt("bh"), "   Dx", C.sep(), C.icd("bh")],
        [C.ch(["Ins", "Payer ID", "Coverage"]), C.sep(), ("health_plan", C.natid(pt)[1])],
    ]
    items = [items[0]] + C.shuf(items[1:])
    emit_fields(C, d, items, C.ch(["lines", "lines", "pipes"]))
    d.line()
    sp = C.relative_of(pt, sex="M" if pt.sex == "F" else "F", same_family=0.5)
    kid = C.relative_of(pt, same_family=0.8)
    d.add(C.ch(["D: ", "DATA: ", "S: ", "Subjective - "]))
    d.add(C.ch(["Client reports ", "Pt states ", "client said ", "Cl. reports "]),
          C.ch(["ongoing conflict w/ ", "arguing a lot with ", "feeling unsupported by "]),
          f"{pt.his} {rel_word(C, sp, 'spouse' if C.p(0.6) else 'partner')} ", ("name", C.nm(sp, "g")),
          C.ch([" re: finances", " about the kids", " since he lost his job", ""]), "; ",
          f"{rel_word(C, kid, 'child')} ", ("name", C.nm(kid, C.ch(["g", "nick"]))), f" ({C.ri(6, 17)}) ",
          C.ch(["\"is not talking to me\"", "was suspended from school last week", "is doing better at school",
                "has been staying at her dad's"]), ". ")
    if C.p(0.6):
        d.add(C.ch(["Has been staying w/ ", "Moved in with ", "Now living with "]), f"{pt.his} mother in ",
              ("address", C.town_name(C.other_town())), " since ", ("date", C.fd(C.days_ago(20, 120), "short")), ". ")
    d.line(C.ch(["Sleep 4-5 hrs/night.", "Appetite down.", "Reports drinking 3-4 beers most nights.",
                 "Denies SI/HI, no plan or intent.", "Passive SI denied today."]),
           f" PHQ-9 = {C.ri(4, 24)}, GAD-7 = {C.ri(3, 21)}.")
    d.line(C.ch(["A: ", "ASSESSMENT: ", "A - "]), C.ch(["Mood dysthymic, affect congruent. ", "Presents anxious, tearful at times. ",
                                                      "Engaged, good insight. "]),
           f"Continues {C.med()} per Dr. ", ("name", C.nm(C.person(), "f")), ". ")
    nxt = C.days_after(sess, 6, 15)
    d.line(C.ch(["P: ", "PLAN: ", "P - "]), C.ch(["Return in 1 wk, ", "f/u ", "next session "]), ("date", C.fd(nxt, "short")),
           C.ch([" same time.", " @ " + C.time() + ".", ". Will practice grounding skills.", "."]))
    if C.p(0.5):
        d.line(C.ch(["Crisis plan reviewed; client has 988 and clinic # ", "Reminded of after-hours line "]),
               ("phone", C.phone("work")), ".")
    if C.p(0.6):
        ec = C.relative_of(pt, same_family=0.5)
        d.line(C.ch(["Emergency contact: ", "EC: ", "Support person on file - "]), ("name", C.nm(ec, C.ch(["full", "g", "lf"]))),
               " ", ("phone", C.phone("mobile")))
    d.line()
    d.line(*sig(C, clin, C.cred("sw"), with_date=C.p(0.5)))


def bh1(C, d):
    """crisis line call note, lower case run-on"""
    d.typo = 0.02
    d.case = "lower" if C.p(0.4) else None
    caller = C.person(sex="F")
    cl = C.relative_of(caller, age=C.ri(15, 40), same_family=0.7)
    staff = C.person()
    when = C.days_ago(0, 30)
    d.line(C.ch(["CRISIS LINE - CALL LOG", "Call Note / Crisis Services", "24/7 crisis line contact note", "MOBILE CRISIS INTAKE"]))
    d.line(C.ch(["call rec'd ", "Call received ", "date/time: "]), ("date", C.fd(when)), " ", C.time(),
           C.ch([" by ", " - taken by ", " | staff: "]), ("name", C.nm(staff, C.ch(["g", "fi", "inits"]))))
    d.line(C.ch(["caller: ", "Caller name: ", "Caller - "]), ("name", C.nm(caller, C.ch(["full", "lower", "g"]))),
           C.ch([" (mother)", ", mom of client", " - identifies as parent", f" ({rel_word(C, caller, 'parent')})"]),
           "  ", C.ch(["cb ", "callback ", "ph "]), ("phone", C.phone("mobile")))
    d.add(C.ch(["caller states her ", "mom reports her ", "caller worried about her "]),
          rel_word(C, cl, "child"), " ", ("name", C.nm(cl, C.ch(["g", "glower", "nick"]))), " ")
    d.add(C.ch(["has not slept in 3 days and is talking about ending it", "posted goodbye messages on insta last night",
                "took an unknown amount of her pills around ", "locked himself in the garage "]))
    if C.p(0.5):
        d.add(C.time(), " ")
    a = C.addr(kind=C.ch(["unit", "house"]))
    d.add(C.ch([" client is at ", " he is over at ", " she's staying at "]), ("address", a["line1"].lower() if d.case else a["line1"]),
          C.ch([" in ", ", ", " over in "]), ("address", C.town_name()), " ")
    fr = C.person()
    d.add(C.ch(["with a friend ", "w/ her bf ", "with roommate "]), ("name", C.nm(fr, C.ch(["g", "nick", "glower"]))),
          " who ", C.ch(["is \"not helping\"", "has a car", "called caller earlier", "doesn't know about the pills"]), ". ")
    d.line(C.ch(["assessed risk as HIGH.", "risk: moderate-high.", "C-SSRS positive for ideation w/ plan."]))
    off = C.person()
    d.add(C.ch(["welfare check requested via ", "dispatched ", "called "]), C.ch(["PD", "police", "RCMP" if C.R == "CA" else "police"]),
          ", ", C.ch(["officer ", "Ofc. ", "Constable ", "PC "]), ("name", C.nm(off, C.ch(["f", "il", "full"]))),
          C.ch([" badge ", " #", " id "]), ("id", str(C.ri(1000, 9999))), C.ch([", report # ", " - event "]),
          ("id", C.case_no()), ". ")
    mct = C.person()
    d.line(C.ch(["mobile crisis (", "MCT ("]), ("name", C.nm(mct, C.ch(["g", "full"]))), " + ",
           ("name", C.nm(C.person(), C.ch(["g", "fi"]))), C.ch([") en route.", ") on scene at " + C.time() + ".", ") arrived " + C.time()]))
    d.line(C.ch(["caller given 988 + our line, will call back if anything changes.", "f/u call scheduled tomorrow am.",
                 "client transported to ED, ", "client agreed to voluntary eval."]))
    d.line("-", ("name", C.nm(staff, "inits")))


def bh2(C, d):
    """safety plan naming supports"""
    d.typo = 0.01
    pt = C.person(age=C.ri(16, 60))
    d.line(C.ch(["MY SAFETY PLAN", "Safety Plan (Stanley-Brown)", "Personal Safety Plan", "SAFETY / CRISIS PLAN"]))
    d.line(C.ch(["Name: ", "Client: ", "Completed with: "]), ("name", C.nm(pt, C.ch(["full", "lf", "full_mi"]))),
           "    ", C.ch(["Date: ", "Date completed: ", "Dt: "]), ("date", C.fd(C.days_ago(0, 20))))
    d.line()
    d.line(C.ch(["Step 1 - Warning signs: ", "1. My warning signs: "]),
           C.ch(["not answering texts, staying in bed, drinking alone", "feeling trapped, can't sleep, fights with family",
                 "anniversary of my dad passing, payday weekends"]))
    d.line(C.ch(["Step 2 - Things I can do on my own: ", "2. Coping: "]),
           C.ch(["walk the dog (Biscuit), hot shower, music", "breathing 4-7-8, cold water on face", "go for a drive, pray, journal"]))
    d.line(C.ch(["Step 3 - People & places that distract me: ", "3. Social settings: "]))
    fr1, fr2 = C.person(), C.person(sex="M")
    d.line("  - ", C.ch(["my friend ", "best friend ", "my girl "]), ("name", C.nm(fr1, C.ch(["g", "glower", "nick"]))),
           *C.ch([[" (she lives on ", ("address", C.street()), ")"], [" - her place on ", ("address", C.street())],
                  [" at ", ("address", C.addr(kind="unit")["line1"])]]))
    if C.p(0.5):
        d.line("  - my cousin's in ", ("address", C.town_name(C.other_town())))
    else:
        d.line("  - ", C.ch(["the Y", "church on Sunday", "the library"]))
    d.line(C.ch(["Step 4 - People I can ask for help: ", "4. People I can call: "]))
    sups = [(C.relative_of(pt, sex="F", same_family=0.3), "Auntie"), (C.person(sex="M"), "Pastor"),
            (fr2, "")]
    for per, title in sups:
        if title == "Auntie":
            nm = [("name", C.nm(per, "g"))] if C.p(0.5) else ["Auntie ", ("name", C.nm(per, "g"))]
        elif title == "Pastor":
            nm = [C.ch(["Pastor ", "Rev. ", "Father "]), ("name", C.nm(per, C.ch(["f", "full", "il"])))]
        else:
            nick = C.ch(["Big Mike", "Lil Dre", "Tank", "Coach"]) if C.p(0.5) else C.nm(per, "nick")
            nm = [("name", nick)]
        d.line("  * ", *nm, C.ch([" - ", "  ", ": ", " ph "]), ("phone", C.phone("mobile")))
    d.line(C.ch(["Step 5 - Professionals: ", "5. Clinicians / agencies: "]))
    th, pdoc = C.person(), C.person()
    d.line("  therapist ", ("name", C.nm(th, C.ch(["full", "g"]))), " ", ("phone", C.phone("work")),
           C.ch(["  (M-F 9-5)", "", " ext 2"]))
    d.line("  psychiatrist Dr. ", ("name", C.nm(pdoc, "f")), C.ch(["  same #", "  ", ""]))
    d.line("  crisis line 988 / local ED: ", C.facility("hospital"))
    d.line(C.ch(["Step 6 - Making the environment safe: ", "6. Means safety: "]),
           C.ch(["meds locked in lockbox, my brother keeps the key", "guns stored at uncle's house",
                 f"{C.dose()} tabs - only 1 wk supply at a time"]))
    d.line()
    d.line(C.ch(["Client signature: ", "Signed: "]), ("name", C.nm(pt, C.ch(["full", "lower", "inits"]))),
           "     ", C.ch(["Clinician: ", "Staff: "]), ("name", C.nm(th, C.ch(["inits", "il", "full"]))))


def bh3(C, d):
    """group therapy attendance list"""
    d.typo = 0.01
    fac = C.facility(C.ch(["Recovery Center", "IOP", "Behavioral Health", "Day Program"]))
    dte = C.days_ago(0, 45)
    lead, co = C.person(), C.person()
    d.line(fac, " - ", C.ch(["GROUP ATTENDANCE", "Group Sign-in / Attendance", "IOP Group Roster", "group notes"]))
    d.line(C.ch(["Group: ", "Topic: "]), C.ch(["DBT skills - distress tolerance", "Relapse prevention", "Anger mgmt", "Seeking Safety"]),
           "   ", C.ch(["Date: ", "DOS "]), ("date", C.fd(dte)), "  ", C.trange(8, 20))
    d.line(C.ch(["Facilitator: ", "Led by: "]), ("name", C.nm(lead, C.ch(["full", "lf", "fi"]))), ", ", C.cred("sw"),
           C.ch(["   Co-facilitator: ", "  co: ", "  w/ "]), ("name", C.nm(co, C.ch(["full", "g", "il"]))))
    d.line()
    tab = C.ch(["|", "  ", "\t"])
    d.line(tab.join(["#", "Member", "ID", "Status", "Notes"]) if tab != "  " else "#  Member            ID         Status   Notes")
    n = C.ri(4, 6)
    members = []
    for i in range(n):
        m = C.person(age=C.ri(19, 64))
        members.append(m)
        form = C.ch(["fi", "fi", "g", "lf", "full"])
        status = C.ch(["P", "P", "P", "A", "Late", "Excused", "left early"])
        idv = [("id", C.digits(6, True))] if C.p(0.5) else ["--"]
        note = C.ch(["", "shared re: relapse", "quiet", "UDS today", "", "check in w/ case mgr"])
        d.line(str(i + 1), tab, ("name", C.nm(m, form)), tab, *idv, tab, status, tab, note)
    d.line()
    m = C.ch(members)
    bf = C.person(sex="M")
    d.add(C.ch(["Note: ", "Process note - ", "Comments: "]), ("name", C.nm(m, C.ch(["nick", "g"]))),
          C.ch([" left at break, her ride (bf ", " had to go early, ride ("]), ("name", C.nm(bf, C.ch(["nick", "g"]))),
          C.ch([") was waiting outside. ", ") honked. "]))
    m2 = C.ch(members)
    d.line(C.ch(["Peer feedback to ", "Group supported "]), ("name", C.nm(m2, "g")), C.ch([" re: court date ", " about custody hearing on "]),
           ("date", C.fd(C.days_after(dte, 3, 30), "short")), ".")
    d.line(*sig(C, lead, C.cred("sw")))


def bh4(C, d):
    """collateral contact note (BIRP) with family"""
    d.typo = 0.012
    pt = C.person(age=C.ri(18, 80))
    sp = C.relative_of(pt, sex=C.ch(["F", "M"]), same_family=0.5)
    rel = C.ch(["spouse", "parent", "child", "sib"])
    clin = C.person()
    when = C.days_ago(0, 40)
    d.line(C.ch(["COLLATERAL CONTACT", "Collateral Contact Note (BIRP)", "Family contact - phone", "COLLATERAL / FAMILY CALL"]))
    emit_fields(C, d, C.shuf([
        F(C, "client", ("name", C.nm(pt, C.ch(["LF", "lf", "LFmi"])))),
        F(C, "mrn", ("mrn", C.mrn())),
        F(C, "dob", ("date", C.fd(pt.dob))),
        [C.ch(["Contact date", "Date of contact", "Dt"]), C.sep(), ("date", C.fd(when))],
        [C.ch(["Contact", "Collateral", "Spoke with"]), C.sep(), ("name", C.nm(sp, C.ch(["full", "lf", "full"]))),
         f" ({rel_word(C, sp, rel)})"],
    ]), C.ch(["lines", "inline"]))
    d.line(C.ch(["ROI on file dated ", "Release signed ", "Consent to contact family signed "]), ("date", C.fd(C.days_ago(30, 300), "num")),
           C.ch([".", " - exp 1 yr.", " (scanned)."]))
    d.line()
    d.add("B: ")
    d.add(C.ch(["Writer called ", "Returned call from ", "Clinician phoned "]), ("name", C.nm(sp, C.ch(["g", "f"]))) if C.p(0.5) else
          "collateral", " at ", ("phone", C.phone("mobile")), ". ")
    q = C.ch([non_native(C), "she been staying at her mother house in ", "he is not taking his medicine since two weeks, I find them in the bin"])
    if q.endswith(" in "):
        d.line(C.ch(["States \"", "Reports: \""]), q, ("address", C.town_name(C.other_town())), "\"")
    else:
        d.line(C.ch(["States \"", "Reports: \""]), q, "\"")
    other = C.relative_of(pt, sex="M", same_family=0.3)
    k = C.ri(0, 2)
    if k == 0:
        d.line(C.ch(["Also reports pt has been sleeping at cousin ", "Says client stays some nights w/ cousin "]),
               ("name", C.nm(other, C.ch(["nick", "g"]))), "'s place on ", ("address", C.street()), ".")
    elif k == 1:
        d.line(C.ch(["Landlord (", "Pt's landlord, "]), ("name", C.nm(other, C.ch(["full", "f"]))),
               C.ch([") has served notice for ", ", threatening eviction from "]), ("address", C.addr(kind="unit")["line1"]), ".")
    else:
        d.line(C.ch(["Pt's probation officer ", "PO "]), ("name", C.nm(other, C.ch(["full", "il"]))),
               " ", ("phone", C.phone("work")), C.ch([" aware.", " requests monthly update."]))
    d.line("I: ", C.ch(["Provided psychoeducation re: early warning signs.", "Reviewed safety plan and crisis numbers.",
                        "Validated family stress, discussed NAMI family group."]))
    nb = C.person()
    d.line("R: ", C.ch(["Collateral receptive, ", "Family agreed to monitor; "]),
           C.ch(["neighbour ", "downstairs neighbor ", "family friend "]), ("name", C.nm(nb, C.ch(["full", "f", "g"]))),
           C.ch([" also checks in daily.", " has a key to the apartment.", " will drive pt to appts."]))
    d.line("P: ", C.ch(["Family session scheduled ", "Next collateral call ", "Will invite to session on "]),
           ("date", C.fd(C.days_after(when, 5, 20), "any")), ". ", f"Pt remains on {C.med()}.")
    if C.p(0.5):
        d.line("Family email for portal invite: ", ("email", C.email(sp)))
    d.line(*sig(C, clin, C.cred("sw"), with_date=C.p(0.4)))


# ================================================================== dental
def dn0(C, d):
    """chairside note"""
    d.typo = 0.015
    pt = C.person(age=C.ri(6, 85))
    dds, asst = C.person(), C.person(sex="F")
    dos = C.days_ago(0, 30)
    d.line(C.ch(["Chairside Note", "TX NOTE", "Clinical note - operative", "Progress notes"]),
           "  ", ("date", C.fd(dos)), "  ", C.ch(["Op 3", "Operatory 2", "chair 4", "Op1"]))
    emit_fields(C, d, C.shuf([
        F(C, "patient", ("name", C.nm(pt, C.ch(["LF", "lf", "full", "lfmi"])))),
        [C.ch(["Chart #", "Chart", "Pt #", "Patient ID", "acct"]), C.sep(), ("mrn", C.digits(C.ri(5, 7), True))],
        F(C, "dob", ("date", C.fd(pt.dob))),
        F(C, "phone", ("phone", C.phone("mobile"))),
    ]), C.ch(["inline", "lines"]))
    tooth = C.ri(2, 31) if C.R == "US" else C.ch([11, 16, 26, 36, 46, 14, 24, 37, 47])
    d.line(C.ch(["Proc: ", "Procedure - "]), f"#{tooth} " if C.R == "US" else f"tooth {tooth} ",
           C.ch(["MOD composite", "DO amalgam", "PFM crown prep", "RCT access + cleaning", "ext, simple"]),
           f" ({C.cpt('dental')}).")
    if C.p(0.7):
        pcp = C.person()
        d.line(C.ch(["Med hx: ", "MHx - "]), C.ch(["on apixaban, ", "HTN, ", "T2DM, A1c 7.8%, ", "joint replacement 2019, "]),
               C.ch(["clearance from Dr. ", "spoke w/ PCP Dr. ", "faxed PCP "]), ("name", C.nm(pcp, C.ch(["f", "full"]))),
               C.ch([" ph ", " @ ", " - "]), ("phone", C.phone("work")))
    if C.p(0.6):
        d.line(C.ch(["Pre-auth ref ", "Predetermination # ", "PA conf "]), ("id", C.digits(9, True)),
               C.ch([" submitted", " approved", ""]))
    d.line(C.ch(["LA: ", "Anesthetic: ", "anes "]), C.ch(["2% lido 1:100k x2 carps (3.6 mL)", "4% articaine 1:100k 1.7 mL",
                                                       "3% mepivacaine plain 1.8 mL"]),
           C.ch([" IANB", " infiltration", " PDL"]), f". {C.vitals(1)} pre-op.")
    mom = C.relative_of(pt, sex="F", same_family=0.6)
    if pt.age and pt.age < 16:
        d.line(C.ch(["Mom ", "Pt's mother ", "Guardian "]), ("name", C.nm(mom, C.ch(["g", "full"]))),
               C.ch([" in waiting room; consented verbally.", " present chairside.", " asked about sealants for sibling "]),
               *([("name", C.nm(C.relative_of(pt), "g")), "."] if C.p(0.4) else []))
    else:
        d.line(C.ch(["Pt tolerated well. ", "Pt anxious, nitrous 30%. ", "Gagged during impressions. "]),
               C.ch(["Ride home w/ ", "Driver: ", "Escort "]), ("name", C.nm(mom, C.ch(["g", "full", "fi"]))), ".")
    mid, grp = C.member_id(), C.group_no()
    if C.R == "US":
        d.line(C.ch(["Ins: ", "Insurance - "]), C.payer(), " ", C.ch(["sub ID ", "Member# ", "ID "]), ("health_plan", mid),
               C.ch([" grp ", " / group "]), ("health_plan", grp))
    else:
        d.line(C.ch(["Cover: ", "Fund: ", "Plan: "]), C.payer(), " ", C.ch(["member no ", "policy "]), ("health_plan", mid))
    d.line(C.ch(["NV: ", "Next visit: ", "Next appt "]), ("date", C.fd(C.days_after(dos, 7, 30), "any")), " - ",
           C.ch(["seat crown", "cont. RCT", "prophy + BWX", "post-op check"]))
    d.line(C.ch(["Dr: ", "Provider "]), ("name", C.nm(dds, C.ch(["il", "full", "f"]))), C.ch([" / asst ", "  DA: ", " w/ "]),
           ("name", C.nm(asst, C.ch(["g", "g", "fi"]))))


def dn1(C, d):
    """treatment plan and estimate table"""
    pt = C.person(age=C.ri(8, 80))
    sub = C.relative_of(pt, same_family=0.8) if C.p(0.5) else pt
    fac = C.facility(C.ch(["Dental Care", "Family Dentistry", "Dental Group", "Smiles Dental"]))
    a = C.addr(kind="house")
    d.line(fac.upper() if C.p(0.5) else fac)
    d.line(("address", C.addr_full(a)), "  ", C.ch(["Ph ", "T: ", "Tel "]), ("phone", C.phone("work")))
    d.line(C.ch(["TREATMENT PLAN / ESTIMATE", "Tx Plan & Cost Estimate", "Pre-treatment estimate", "Treatment Plan"]))
    emit_fields(C, d, C.shuf([
        F(C, "patient", ("name", C.nm(pt, C.ch(["full", "LF", "lf"])))),
        F(C, "dob", ("date", C.fd(pt.dob))),
        [C.ch(["Acct", "Account #", "Acct No"]), C.sep(), ("account", C.digits(C.ri(5, 8), True))],
        [C.ch(["Plan date", "Presented", "Date"]), C.sep(), ("date", C.fd(C.days_ago(0, 20)))],
        [C.ch(["Subscriber", "Policyholder", "Insured"]), C.sep(), ("name", C.nm(sub, C.ch(["full", "LF"])))],
        [C.ch(["Sub ID", "Member ID", "Policy #", "Cert"]), C.sep(), ("health_plan", C.member_id())],
    ]), C.ch(["lines", "inline", "pipes"]))
    d.line()
    d.line("Code   Th  Description                      Fee      Ins est   Pt est")
    total = 0
    rows = C.sample([("D0150", "", "Comprehensive oral eval"), ("D0210", "", "FMX"), ("D1110", "", "Prophylaxis - adult"),
                     ("D2391", "30", "Resin 1 surf post"), ("D2740", "8", "Crown porcelain/ceramic"),
                     ("D3330", "19", "Endo molar"), ("D7140", "32", "Extraction erupted"), ("D4341", "UR", "SRP 4+ teeth/quad"),
                     ("D2950", "14", "Core buildup"), ("D9230", "", "Nitrous oxide")], C.ri(3, 5))
    for code, th, desc in rows:
        fee = C.ri(60, 1400)
        total += fee
        d.line(f"{code}  {th:<3} {desc:<32} {fee:>7.2f}  {fee * 0.6:>8.2f}  {fee * 0.4:>7.2f}")
    d.line(f"{'':<42}TOTAL  {total:>7.2f}")
    d.line()
    d.line(C.ch(["Estimate valid 90 days. ", "This is not a guarantee of benefits. "]),
           C.ch(["Questions? Call ", "Billing: "]), ("name", C.nm(C.person(sex="F"), C.ch(["g", "full"]))), " at ",
           ("phone", C.phone("work")), ".")
    d.line(C.ch(["Pt/guardian signature: ", "Accepted by: "]), ("name", C.nm(sub, C.ch(["full", "inits", "lower"]))),
           "   ", ("date", C.fd(C.days_ago(0, 10), "num")))


def dn2(C, d):
    """recall / no-show letter"""
    pt = C.person(age=C.ri(5, 85))
    guard = C.relative_of(pt, same_family=0.8) if pt.age < 18 else pt
    fac = C.facility(C.ch(["Dental", "Dental Practice", "Dental Surgery" if C.R == "UK" else "Dental Clinic", "Family Dentistry"]))
    fa = C.addr(kind="house")
    mgr = C.person(sex="F")
    d.line(fac)
    d.line(("address", fa["line1"]))
    d.line(("address", C.townline(fa)))
    d.line(C.ch(["Tel ", "Phone: ", "P: "]), ("phone", C.phone("work")), C.ch(["  Fax ", "  F: "]), ("fax", C.phone("work")))
    d.line()
    d.line(("date", C.fd(C.today, "long")))
    d.line()
    a = C.addr()
    if pt is guard:
        d.line(("name", C.nm(pt, C.ch(["full", "full_mi", "UP"]))))
    else:
        d.line(C.ch(["Parent/Guardian of ", "To the parent of "]), ("name", C.nm(pt, "full")))
    d.line(*C.addr_block(a))
    d.line()
    d.line(*greet(C, guard))
    if C.p(0.5):
        d.line(C.ch(["We missed ", "We're sorry we missed "]), "you" if pt is guard else [("name", C.nm(pt, "g"))],
               C.ch([" at your appointment on ", " on "]), ("date", C.fd(C.days_ago(3, 30), "long")),
               C.ch([". Missed appointments cost the practice and other patients.", ". A missed-appointment fee of $35 may apply.",
                     ". Please contact us to rebook."]))
    else:
        d.line(C.ch(["Our records show ", "It's time! "]), "you are" if pt is guard else [("name", C.nm(pt, "g")), " is"],
               *C.ch([[" due for a six-month check-up and clean."],
                      [" overdue for recall (last visit ", ("date", C.fd(C.days_ago(200, 500), C.ch(["BY", "bY", "full"]))), ")."]]))
    d.line(C.ch(["Please call us on ", "Call ", "Text or call "]), ("phone", C.phone("work")),
           C.ch([" or book online at ", " or visit "]), ("url", f"https://{C.org_domain(fac)}/book"), ".")
    d.line()
    d.line(signoff(C))
    d.line(("name", C.nm(mgr, C.ch(["full", "g"]))))
    d.line(C.ch(["Practice Manager", "Front Office", "Patient Coordinator"]))


def dn3(C, d):
    """dental lab slip for crown / denture"""
    d.typo = 0.01
    d.vocr = 0.01
    dds = C.person()
    pt = C.person(age=C.ri(30, 88))
    d.line(C.ch(["DENTAL LAB PRESCRIPTION", "Lab Rx / Work Authorization", "LAB SLIP", "Crown & Bridge Work Order"]))
    d.line(C.ch(["Lab: ", "To: "]), C.ch(["Precision Dental Lab", "Keystone Ceramics", "TruFit Denture Lab", "Artisan Dental Studio"]),
           "   ", C.ch(["Case #", "Pan #", "Case No."]), " ", ("id", C.digits(6, True)))
    emit_fields(C, d, C.shuf([
        [C.ch(["Doctor", "Dr", "Prescribing dentist"]), C.sep(), ("name", C.nm(dds, C.ch(["full", "LF", "il"]))), C.ch([" DDS", " DMD", " BDS", ""])],
        [C.ch(["Lic #", "License", "Reg #", "Lic"]), C.sep(), ("license", C.med_license())],
        [C.ch(["Patient", "Pt", "Pt name/initials"]), C.sep(), ("name", C.nm(pt, C.ch(["full", "inits", "lf", "il"])))],
        [C.ch(["Age", "Pt age"]), C.sep(), str(pt.age)],
        [C.ch(["Date sent", "Sent", "Today"]), C.sep(), ("date", C.fd(C.today))],
        [C.ch(["Due", "Return by", "Seat date"]), C.sep(), ("date", C.fd(C.days_after(C.today, 7, 21), "any"))],
    ]), C.ch(["lines", "pipes"]))
    d.line(C.ch(["Tooth/teeth: ", "Th: "]), C.ch(["#3", "#14", "#19 #20", "UR6", "36", "Upper full denture"]), "   ",
           C.ch(["Shade A2", "Shade A3.5 / B2 incisal", "Shade BL3", "shade 2M2"]), "   ",
           C.ch(["Zirconia full contour", "e.max", "PFM high noble", "Acrylic FU/FL"]))
    d.line(C.ch(["Instructions: ", "Notes: "]), C.ch(["light contact distal, no metal showing buccal", "pt bruxer - heavy occlusion",
                                                    "remake - margins open on #30 (see photo)", "try-in first please"]))
    ship = C.addr(kind="house")
    d.line(C.ch(["Ship to: ", "Return to: "]), C.facility(C.ch(["Dental", "Dental Care"])), ", ", ("address", C.addr_full(ship)))
    d.line(C.ch(["Ph ", "Office ph "]), ("phone", C.phone("work")), C.ch(["  email ", "  "]), ("email", C.email(dds, C.org_domain(C.facility("Dental")), work=True)))
    d.line(C.ch(["Signature: ", "Dr sig: "]), ("name", C.nm(dds, C.ch(["inits", "il"]))))
    if C.p(0.7):
        d.line(C.ch(["Lab acct # ", "Account: ", "Cust # "]), ("account", C.digits(6, True)), "   ",
               C.ch(["Pickup: ", "Courier: ", "Driver "]), ("name", C.nm(C.person(), C.ch(["g", "fi", "full"]))),
               "  ", C.time(8, 17))
    if C.R == "US" and C.p(0.6):
        d.line("NPI ", ("license", C.npi()))


def dn4(C, d):
    """orthodontic consent signed by guardian"""
    pt = C.person(age=C.ri(9, 16))
    g = C.relative_of(pt, same_family=0.7, age=C.ri(30, 55))
    orth = C.person()
    wit = C.person(sex="F")
    d.line(C.ch(["INFORMED CONSENT FOR ORTHODONTIC TREATMENT", "Orthodontic Treatment Consent", "Consent - Braces / Aligners"]))
    d.line(C.facility(C.ch(["Orthodontics", "Orthodontic Specialists"])))
    d.line()
    emit_fields(C, d, [
        [C.ch(["Patient", "Patient name", "Child"]), C.sep(), ("name", C.nm(pt, C.ch(["full", "full_mi", "LF"])))],
        F(C, "dob", ("date", C.fd(pt.dob))),
        [C.ch(["Parent/Guardian", "Responsible party", "Legal guardian"]), C.sep(), ("name", C.nm(g, C.ch(["full", "lf", "full_mi"]))),
         f"  ({rel_word(C, g, 'parent')})"],
        [C.ch(["Guardian ID (DL)", "Photo ID", "ID checked"]), C.sep(), ("license", C.dl(g))],
        F(C, "phone", ("phone", C.phone("mobile"))),
        F(C, "email", ("email", C.email(g))),
    ], "lines")
    d.line()
    d.line(C.ch(["Treatment: ", "Proposed: "]), C.ch(["comprehensive fixed appliances U/L, est. 22-26 months",
                                                    "Phase I RPE + partial brackets, est. 12 mo", "clear aligners (Invisalign) est. 18 mo"]),
           f". Code {C.ch(['D8080', 'D8070', 'D8090'])}.")
    d.line("Risks discussed incl. decalcification, root resorption, TMJ, relapse if retainers not worn.")
    d.line(C.ch(["Fee $", "Total fee $", "Est. cost $"]), f"{C.ri(3800, 7600)}", C.ch([", down pmt $", ", initial "]),
           f"{C.ri(300, 1200)}", ".")
    d.line()
    d.line("I, ", ("name", C.nm(g, C.ch(["full", "UP"]))), C.ch([", have read the above and consent to treatment for ",
                                                                ", parent of "]), ("name", C.nm(pt, "g")), ".")
    d.line(C.ch(["Signature: ", "Signed: "]), ("name", C.nm(g, C.ch(["full", "lower", "inits"]))), "   ",
           C.ch(["Date: ", "Dt: "]), ("date", C.fd(C.today, "num")))
    d.line(C.ch(["Witness: ", "Witnessed by: "]), ("name", C.nm(wit, C.ch(["g", "fi", "full"]))), "   ",
           C.ch(["Orthodontist: ", "Dr. "]), ("name", C.nm(orth, C.ch(["f", "full", "il"]))))


# ============================================================= workers_comp
def wc0(C, d):
    """first report of injury form"""
    d.typo = 0.01
    iw = C.person(age=C.ri(19, 66))
    sup, wit = C.person(), C.person()
    doi = C.days_ago(1, 20)
    title = {"US": ["EMPLOYER'S FIRST REPORT OF INJURY OR ILLNESS", "First Report of Injury (FROI)", "DWC-1 / FIRST REPORT"],
             "UK": ["ACCIDENT BOOK ENTRY / RIDDOR REPORT", "Incident & Injury Report"],
             "CA": ["EMPLOYER'S REPORT OF INJURY/DISEASE (Form 7)", "WCB Employer Report of Injury"],
             "AU": ["WORKCOVER INJURY REPORT", "Workers Compensation Claim - Incident Report"]}[C.R]
    d.line(C.ch(title))
    emp = C.employer()
    ea = C.addr(kind="house")
    d.line(C.ch(["Employer: ", "EMPLOYER NAME: "]), emp, "   ", ("address", C.addr_full(ea)))
    a = C.addr()
    sv, slab = C.socid()
    items = [
        [C.ch(["Employee", "Injured worker", "Worker name", "EMPLOYEE NAME (last, first, MI)"]), C.sep(), ("name", C.nm(iw, C.ch(["LFmi", "lf", "full"])))],
        [slab, C.sep(), ("ssn", sv)],
        F(C, "dob", ("date", C.fd(iw.dob))),
        [C.ch(["Home address", "Address", "Employee address"]), C.sep(), ("address", a["line1"])],
        [C.ch(["City", "Town", "City/Town"]), C.sep(), ("address", a["town"]), "  ",
         *([C.ch(["St", "State", "Prov"]), C.sep(), a["state"], "  "] if a["state"] else []),
         C.ch(["Zip", "ZIP", "Postcode", "Postal code"]), C.sep(), ("zip", a["pc"])],
        F(C, "phone", ("phone", C.phone("mobile"))),
        [C.ch(["Date of injury", "DOI", "Date/time of incident"]), C.sep(), ("date", C.fd(doi)), " ", C.time()],
        [C.ch(["Job title", "Occupation"]), C.sep(), C.ch(["forklift operator", "CNA", "line cook", "roofer", "warehouse associate", "bus driver"])],
    ]
    emit_fields(C, d, [items[0]] + C.shuf(items[1:]), "lines")
    d.line(C.ch(["Describe how injury occurred: ", "DESCRIPTION: ", "What happened: "]),
           C.ch(["EE was lifting a 60 lb box from pallet and felt pop in low back", "slipped on wet floor in walk-in cooler, fell on R wrist",
                 "fell approx 8 ft from ladder, landed on L side", "patient combative during transfer, EE struck in face"]),
           f". Body part: {C.ch(['low back', 'R wrist', 'L shoulder', 'face/nose', 'R knee'])}. ",
           C.ch(["ICD ", "Dx "]), C.icd("wc"))
    d.line(C.ch(["Witness(es): ", "Witnessed by: "]), ("name", C.nm(wit, C.ch(["full", "lf", "g"]))),
           *([", ", ("name", C.nm(C.person(), C.ch(["full", "fi"])))] if C.p(0.5) else []))
    d.line(C.ch(["Supervisor: ", "Reported to: "]), ("name", C.nm(sup, C.ch(["full", "il", "lf"]))), " ",
           C.ch(["on ", "same day ", "notified "]), ("date", C.fd(doi, "short")))
    d.line(C.ch(["Treating facility: ", "Sent to: "]), C.facility(C.ch(["Occupational Health", "Urgent Care", "hospital"])),
           C.ch(["  Dr. ", "  physician: "]), ("name", C.nm(C.person(), "f")))
    d.line(C.ch(["Carrier claim #", "Claim No.", "WCB claim #", "Claim number"]), C.sep(), ("id", C.claim_no()),
           C.ch(["   Carrier: ", "   Insurer: "]), C.payer())
    d.line(C.ch(["Prepared by: ", "Completed by: "]), ("name", C.nm(C.person(), C.ch(["full", "fi"]))),
           C.ch([", HR", ", Safety Mgr", " (HR Generalist)"]), "  ", ("date", C.fd(C.today, "num")))


def wc1(C, d):
    """adjuster letter to injured worker"""
    iw = C.person(age=C.ri(20, 66))
    adj = C.person()
    payer = C.ch(P.PAYERS["US"][9:]) if C.R == "US" else C.payer()
    pa = C.addr(kind=C.ch(["house", "po"]))
    d.line(payer + C.ch([" - Claims", " Workers' Compensation Unit", " Claims Services", ""]))
    d.line(("address", pa["line1"]), ", ", ("address", C.townline(pa)))
    d.line(C.ch(["Tel ", "Phone "]), ("phone", C.phone("work")), *(["  ", C.ch(["Fax ", "F "]), ("fax", C.phone("work"))] if C.p(0.4) else []))
    d.line()
    d.line(("date", C.fd(C.today, "long")))
    d.line()
    a = C.addr()
    d.line(("name", C.nm(iw, C.ch(["full", "UP", "full_mi"]))))
    d.line(*C.addr_block(a))
    d.line()
    doi = C.days_ago(20, 200)
    d.line(C.ch(["RE: ", "Re: ", "Subject: "]), C.ch(["Claimant: ", "Injured Worker: ", ""]), ("name", C.nm(iw, C.ch(["full", "LF"]))))
    d.line("    ", C.lab("claim"), C.sep(), ("id", C.claim_no()))
    d.line("    ", C.ch(["Date of Injury", "D/I", "DOI"]), C.sep(), ("date", C.fd(doi)))
    d.line("    ", C.ch(["Employer", "Insured"]), C.sep(), C.employer())
    d.line()
    d.line(*greet(C, iw, formal=True))
    d.line(C.ch(["We have received the report from ", "We are in receipt of the medical report from "]),
           "Dr. ", ("name", C.nm(C.person(), C.ch(["f", "full"]))),
           C.ch([" dated ", " of "]), ("date", C.fd(C.days_ago(3, 20), "long")),
           C.ch([" releasing you to modified duty.", " indicating you have reached maximum medical improvement.",
                 " recommending an MRI of the lumbar spine."]))
    d.line(C.ch(["Your temporary disability benefits will ", "Benefits will "]),
           C.ch(["continue at the weekly rate of ", "be adjusted to "]), f"{C.cur}{C.ri(280, 1100)}.{C.ri(10, 99)}",
           C.ch([" effective ", " beginning "]), ("date", C.fd(C.days_after(C.today, 3, 14), "long")), ".")
    d.line(C.ch(["If you have questions, contact me directly at ", "Please call me at "]), ("phone", C.phone("work")),
           C.ch([" or email ", " or "]), ("email", C.email(adj, C.org_domain(payer), work=True)), ".")
    d.line()
    d.line(signoff(C))
    d.line(("name", C.nm(adj, C.ch(["full", "full_mi"]))))
    d.line(C.ch(["Claims Adjuster", "Sr. Claims Representative", "Case Manager, WC"]))
    if C.p(0.4):
        d.line("cc: ", C.ch(["employer; ", "file; "]), ("name", C.nm(C.person(), C.ch(["full", "il"]))), C.ch([", Esq.", " (attorney)", ""]))


def wc2(C, d):
    """work status / restriction form"""
    d.typo = 0.01
    iw = C.person(age=C.ri(19, 66))
    doc = C.person()
    dos = C.days_ago(0, 14)
    d.line(C.ch(["WORK STATUS REPORT", "Physician's Work Status / Restrictions", "RETURN TO WORK FORM", "Certificate of Capacity"]))
    d.line(C.facility(C.ch(["Occupational Medicine", "Occ Health", "Work Injury Clinic"])), " ",
           C.ch(["Ph ", "T "]), ("phone", C.phone("work")), " ", C.ch(["Fax ", "F "]), ("fax", C.phone("work")))
    emit_fields(C, d, C.shuf([
        [C.ch(["Employee", "Patient", "Worker"]), C.sep(), ("name", C.nm(iw, C.ch(["LF", "full", "lf"])))],
        F(C, "dob", ("date", C.fd(iw.dob))),
        [C.ch(["Employer", "Company"]), C.sep(), C.employer()],
        [C.lab("claim"), C.sep(), ("id", C.claim_no())],
        [C.ch(["Visit date", "Date seen", "DOS"]), C.sep(), ("date", C.fd(dos))],
        [C.ch(["DOI", "Injury date"]), C.sep(), ("date", C.fd(C.days_ago(15, 120)))],
    ]), C.ch(["lines", "pipes", "inline"]))
    d.line(C.ch(["Dx: ", "Diagnosis: "]), *C.ch([["S39.012A lumbar strain"], ["S63.501A R wrist sprain"], ["M75.41 L shoulder impingement"],
                                                   ["S80.01XA contusion R knee"], ["M54.5 low back pain"]]))
    d.line(C.ch(["[ ] Full duty  [X] Modified duty  [ ] Off work", "STATUS: modified duty", "Off work until re-eval"]))
    d.line(C.ch(["Restrictions: ", "Limits: "]), C.ch(["no lifting > 10 lb", "lift/carry max 15 kg", "no overhead reaching R arm",
                                                     "sit/stand as needed"]), ", ",
           C.ch(["no ladders", "4 hr shifts", "no driving company vehicles", "no use of R hand"]))
    d.line(C.ch(["Next appt: ", "Re-eval: ", "Follow up "]), ("date", C.fd(C.days_after(dos, 7, 21), "any")), " ", C.time())
    emp_c = C.person()
    d.line(C.ch(["Employer contact: ", "Faxed to HR - attn ", "Copy to "]), ("name", C.nm(emp_c, C.ch(["full", "il", "fi"]))),
           " ", C.ch(["fax ", "@ "]), ("fax", C.phone("work")))
    d.line(C.ch(["Physician: ", "Provider: ", "Treating doctor: "]), ("name", C.nm(doc, C.ch(["full", "LF", "full_mi"]))), " ",
           C.cred("doc"), "  ", C.ch(["NPI ", "Prov # ", "Lic "]),
           ("license", C.npi() if C.R == "US" else C.med_license()))


def wc3(C, d):
    """nurse case manager phone log"""
    d.typo = 0.02
    iw = C.person(age=C.ri(19, 66))
    ncm = C.person(sex="F")
    sp = C.relative_of(iw, sex="F" if iw.sex == "M" else "M", same_family=0.6)
    adj = C.person()
    d.line(C.ch(["NCM Telephonic Log", "NURSE CASE MGMT - CONTACT LOG", "Case Mgmt Notes", "TCM phone log"]), "  ",
           C.ch(["IW: ", "Claimant: "]), ("name", C.nm(iw, C.ch(["LF", "lf", "full"]))), "  ",
           C.ch(["clm ", "claim# "]), ("id", C.claim_no()))
    d.line("-" * C.ri(20, 50))
    d0 = C.days_ago(10, 40)
    entries = [
        ["t/c to IW @ ", ("phone", C.phone("mobile")), C.ch([" - no answer, LVM", " - spoke w/ IW, pain 6/10, PT 2x/wk", " - IW reports MRI sched"])],
        ["IW's ", rel_word(C, sp, "spouse"), " ", ("name", C.nm(sp, C.ch(["g", "glower", "full"]))),
         C.ch([" called back, says he ", " returned call, states she "]), C.ch(["can't drive to PT", "is not sleeping", "wants 2nd opinion"])],
        ["spoke w/ adjuster ", ("name", C.nm(adj, C.ch(["g", "full", "fi"]))), C.ch([" re: auth for ", " - "]),
         C.ch(["MRI L-spine (72148)", "PT x12 (97110)", "IME"]), C.ch([" - approved, ref ", " pending, ref# "]), ("id", C.case_no())],
        ["called ", C.ch(["PT clinic", "ortho office", "MRI center"]), ", spoke w/ ", ("name", C.nm(C.person(), C.ch(["g", "g", "fi"]))),
         ", appt ", ("date", C.fd(C.days_after(d0, 3, 20), "short")), " ", C.time()],
        ["IW texted from new # ", ("phone", C.phone("mobile")), C.ch([" - moved in w/ brother in ", " - staying at mother's in "]),
         ("address", C.town_name(C.other_town()))],
        ["email to IW ", ("email", C.email(iw)), C.ch([" w/ RTW info", " - mileage form attached"])],
        ["per employer IW still working 2nd job nights at a warehouse in ", ("address", C.town_name(C.other_town())),
         C.ch([" - adjuster notified", " - f/u w/ ", ""])],
        [("name", C.nm(sp, C.ch(["g", "g", "glower"]))), C.ch([" rang back, ", " called back - "]),
         C.ch(["IW at ER overnight for pain", "IW can't make IME, needs ride", "wants copy of restrictions"])],
    ]
    ents = C.sample(entries, C.ri(4, 6))
    cur = d0
    for e in ents:
        cur = C.days_after(cur, 0, 5)
        d.line(("date", C.fd(cur, C.ch(["num", "short", "num"]))), " ", C.time(8, 18), " ", *e)
    d.line(C.ch(["-- ", "NCM: ", ""]), ("name", C.nm(ncm, C.ch(["inits", "fi", "full"]))), " ", C.cred("nurse"), C.ch([", CCM", ", COHN", ""]))


def wc4(C, d):
    """independent medical examination report excerpt"""
    ex = C.person(age=C.ri(25, 66))
    doc = C.person()
    att = C.person()
    d.line(C.ch(["INDEPENDENT MEDICAL EXAMINATION", "IME REPORT", "Independent Medical Evaluation - Orthopaedics"]))
    d.line()
    emit_fields(C, d, [
        [C.ch(["Examinee", "Claimant", "Re"]), C.sep(), ("name", C.nm(ex, C.ch(["full", "LF", "full_mi"])))],
        F(C, "dob", ("date", C.fd(ex.dob))),
        [C.ch(["Date of exam", "Exam date", "DOE"]), C.sep(), ("date", C.fd(C.today))],
        [C.ch(["Date of injury", "DOI", "D/Injury"]), C.sep(), ("date", C.fd(C.days_ago(200, 900)))],
        [C.lab("claim"), C.sep(), ("id", C.claim_no())],
        [C.ch(["Requested by", "Referral source", "Retained by"]), C.sep(), ("name", C.nm(att, C.ch(["full", "full_mi"]))),
         C.ch([", Esq.", ", attorney for employer/carrier", ", claims adjuster"])],
    ], "lines")
    d.line()
    d.line(C.ch(["RECORDS REVIEWED:", "Records reviewed:", "DOCUMENTS:"]))
    for i in range(C.ri(2, 4)):
        dr = C.person()
        d.line(f"  {i + 1}. ", C.ch(["Office note, Dr. ", "PT progress note, ", "MRI report signed by Dr. ", "ED record, "]),
               ("name", C.nm(dr, C.ch(["f", "full", "il"]))), ", ", ("date", C.fd(C.days_ago(60, 700), "num")))
    d.line()
    d.line(C.ch(["HISTORY: ", "History of injury: "]), "Mr. " if ex.sex == "M" else "Ms. ", ("name", C.nm(ex, "f")),
           " is a ", *age_parts(C, ex.age, ex.sex), " ", C.ch(["warehouse worker", "home health aide", "mechanic", "kitchen porter"]),
           C.ch([" who reports injuring ", " who states he injured ", " who hurt "]),
           C.ch(["the low back lifting a tote", "the right shoulder pulling a pallet jack", "the knee on a loading dock"]),
           ". ", C.ch(["Waddell signs 3/5. ", "Spurling test negative. ", "McMurray test equivocal. ", "Lachman test negative. "]),
           f"ROM flexion {C.ri(30, 80)} deg.")
    d.line(C.ch(["Accompanied by ", "Interpreter present: "]), ("name", C.nm(C.person(), C.ch(["full", "fi"]))),
           C.ch([" (interpreter ID ", " (cert # "]), ("id", C.digits(5, True)), ")")
    d.line(C.ch(["IMPAIRMENT: ", "Opinion: "]), f"{C.ri(2, 18)}% WPI per AMA Guides 6th ed.", C.ch([" MMI reached.", " Not at MMI."]))
    d.line()
    d.line(*sig(C, doc, C.cred("doc"), role_kind="doc"))


# ============================================================ school_nurse
def sn0(C, d):
    """health office log table"""
    d.typo = 0.02
    school = C.ch(["Lincoln Elementary", "Westview Middle School", "St. Brigid's Primary", "Riverbend High",
                   "Maple Grove Public School", "Banksia Park Primary", "École Sainte-Marie"])
    day = C.days_ago(0, 120)
    nurse = C.person(sex="F")
    d.line(school, " - ", C.ch(["Health Office Daily Log", "HEALTH ROOM VISITS", "Sick bay register", "Nurse's log"]),
           "  ", ("date", C.fd(day)))
    sep = C.ch([" | ", ",", "\t"])
    d.line(sep.join(["Time", "Student", "Gr", "Complaint", "Action", "Parent contact", "Init"]))
    for _ in range(C.ri(3, 5)):
        st = C.person(age=C.ri(5, 17))
        who = C.ch(["mom ", "dad ", "gma ", "", "Mum ", "aunt ", "foster mom "])
        par = C.relative_of(st, sex="M" if who == "dad " else ("F" if who else None), same_family=0.75)
        comp = C.ch(["headache", "stomach ache", "nosebleed", "fell at recess - scraped knee", "asthma sx", "BG check",
                     "felt dizzy", "tooth knocked loose", "itchy rash"])
        act = C.ch(["rest 15 min, RTC", "ice pack", f"BG {C.ri(60, 320)}, 2u Humalog", "albuterol 2 puffs", "sent home",
                    "Tylenol per order", "cleaned, bandaid"])
        contact = C.p(0.6)
        row = [C.time(8, 15), sep, ("name", C.nm(st, C.ch(["lf", "full", "fi", "LF"]))), sep, str(C.ri(0, 12)) if C.R != "AU" else f"Yr{C.ri(1, 6)}",
               sep, comp, sep, act, sep]
        if contact:
            row += [who, ("name", C.nm(par, C.ch(["g", "full", "fi"]))), " ", ("phone", C.phone("mobile"))]
        else:
            row += ["-"]
        row += [sep, ("name", C.nm(nurse, "inits"))]
        d.line(*row)


def sn1(C, d):
    """parent e-mail thread with quoted reply"""
    d.typo = 0.015
    st = C.person(age=C.ri(5, 16))
    par = C.relative_of(st, same_family=0.6)
    nurse = C.person(sex="F")
    tch = C.person()
    school = C.ch(["Hawthorne Elementary", "Northside Middle", "Kings Road Primary", "Jacaranda State School", "Lakeview PS"])
    dom = C.ch(["hawthorne.k12.us", "nsd.org", "school.nsw.edu.au", "lakeviewps.ca", "kingsroad.sch.uk"])
    ne = f"{C.nm(nurse, 'g').lower()}.{C.nm(nurse, 'f').lower().replace(' ', '').replace(chr(39), '')}@{dom}"
    from core import fold
    ne = fold(ne)
    pe = C.email(par)
    d.line("From: ", ("name", C.nm(par, C.ch(["full", "lower", "UP"]))), " <", ("email", pe), ">")
    q = C.ch(["\"", ""])
    d.line("To: ", q, ("name", C.nm(nurse, C.ch(["lf", "full"]))), q, " <", ("email", ne), ">")
    sent = C.days_ago(0, 90)
    d.line("Sent: ", ("date", C.fd(sent, "long")), " ", C.time())
    d.line("Subject: ", C.ch(["RE: ", "Re: ", "Fw: RE: "]), C.ch(["inhaler", "medication form", "today", "lice check", "allergy"]))
    d.line()
    d.line(*greet(C, nurse, formal=C.p(0.3)))
    d.add(C.ch(["Thank you for calling me. ", "i got your voicemail. ", "Sorry for late reply. "]))
    d.add(("name", C.nm(st, C.ch(["g", "glower", "nick"]))), C.ch([" is ok now, ", " has the inhaler in the front pocket of backpack. ",
                                                                   " told me he did not eat lunch. ", " did not feel good since morning. "]))
    d.line(non_native(C) + "." if C.p(0.5) else "",
           C.ch([" Her grandma ", " My mother ", " Our neighbour "]), ("name", C.nm(C.person(sex="F"), C.ch(["full", "g"]))),
           C.ch([" can pick up if I am at work.", " is on the emergency card too."]))
    d.line(C.ch(["my work number is ", "call me at work ", "cell "]), ("phone", C.phone("work")))
    d.line(("name", C.nm(par, C.ch(["g", "full", "glower"]))))
    d.line()
    d.line(C.ch(["On ", "> On "]), ("date", C.fd(sent - __import__("datetime").timedelta(days=C.ri(0, 2)), "any")), C.ch([", ", " at "]), C.time(), " ",
           ("name", C.nm(nurse, C.ch(["full", "lf"]))), " wrote:")
    d.line("> ", *greet(C, par, formal=True))
    d.line("> ", ("name", C.nm(st, "g")), C.ch([" came to the health office at ", " visited me at "]), C.time(8, 15),
           C.ch([" wheezing after PE with ", " with a headache after class with "]), C.title(tch), " ", ("name", C.nm(tch, "f")),
           f". I gave albuterol 2 puffs, SpO2 {C.ri(93, 99)}% after.")
    d.line("> ", C.ch(["Please send a refill inhaler. ", "Med form expires end of term. "]),
           C.ch(["- Nurse ", "School Nurse ", "-"]), ("name", C.nm(nurse, C.ch(["g", "f", "fi"]))))


def sn2(C, d):
    """individual health / emergency care plan"""
    st = C.person(age=C.ri(5, 17))
    cond = C.ch(["ANAPHYLAXIS", "ASTHMA", "DIABETES (T1)", "SEIZURE"])
    m1 = C.relative_of(st, sex="F", same_family=0.6)
    m2 = C.relative_of(st, sex="M", same_family=0.8)
    doc = C.person()
    d.line(C.ch(["INDIVIDUALIZED HEALTH PLAN", "Emergency Care Plan", "ACTION PLAN FOR", "Individual Healthcare Plan (IHP)"]),
           " - ", cond)
    emit_fields(C, d, C.shuf([
        [C.ch(["Student", "Pupil", "Name"]), C.sep(), ("name", C.nm(st, C.ch(["full", "LF", "lf"])))],
        F(C, "dob", ("date", C.fd(st.dob))),
        [C.ch(["Teacher", "Homeroom", "Form tutor", "Class"]), C.sep(), C.title(C.person()) + " ", ("name", C.nm(C.person(), "f"))],
        [C.ch(["Bus", "Bus #", "Transport"]), C.sep(), C.ch(["14", "Rt 7", "walker", "car rider", "22B"])],
        [C.ch(["Grade", "Year", "Gr"]), C.sep(), str(C.ri(1, 11))],
    ]), C.ch(["lines", "inline"]))
    trig = {"ANAPHYLAXIS": "Allergen: peanut / tree nut. EpiPen Jr 0.15 mg IM lateral thigh, call 911, then parent.",
            "ASTHMA": "Triggers: cold air, exercise. Albuterol 90 mcg 2-4 puffs q4h prn; if no relief in 15 min call EMS.",
            "DIABETES (T1)": "BG < 70: 15 g fast carbs, recheck 15 min. BG > 300 check ketones. Insulin via Omnipod 5.",
            "SEIZURE": "Seizure > 5 min: midazolam nasal 5 mg, call EMS. Hx of tonic-clonic, last one " }[cond]
    if cond == "SEIZURE":
        d.line(trig, ("date", C.fd(C.days_ago(30, 300), "any")), ".")
    else:
        d.line(trig.replace("911", "911" if C.R == "US" else ("000" if C.R == "AU" else ("999" if C.R == "UK" else "911"))))
    d.line(C.ch(["EMERGENCY CONTACTS", "Contacts:", "In an emergency call:"]))
    for per, rel in ((m1, "parent"), (m2, "parent")):
        d.line(f"  {rel_word(C, per, rel).capitalize()}: ", ("name", C.nm(per, C.ch(["full", "lf", "full"]))), "  ",
               C.ch(["cell ", "H ", "mob ", "w "]), ("phone", C.phone()), *(["  ", C.ch(["alt ", "work "]), ("phone", C.phone("work"))] if C.p(0.4) else []))
    d.line(C.ch(["Physician", "GP", "Pediatrician", "Endo"]), ": Dr. ", ("name", C.nm(doc, C.ch(["f", "full"]))), "  ",
           ("phone", C.phone("work")), *(["  ", C.ch(["fax ", "F "]), ("fax", C.phone("work"))] if C.p(0.5) else []))
    d.line(C.ch(["Parent signature: ", "Parent/guardian: "]), ("name", C.nm(m1, C.ch(["full", "inits", "lower"]))), "  ",
           C.ch(["Date ", "Dt "]), ("date", C.fd(C.days_ago(0, 60), "num")))
    d.line(C.ch(["School nurse: ", "Reviewed by: "]), ("name", C.nm(C.person(sex="F"), C.ch(["full", "il"]))), ", ", C.cred("nurse"))


def sn3(C, d):
    """field trip medication form"""
    d.typo = 0.015
    st = C.person(age=C.ri(6, 17))
    par = C.relative_of(st, same_family=0.7)
    chap = C.person()
    trip = C.days_after(C.today, 3, 40)
    d.line(C.ch(["FIELD TRIP MEDICATION AUTHORIZATION", "Excursion - Medication & Medical Info", "Field Trip Med Form"]))
    dest = C.ch(["Science Museum", "state capitol tour", "Camp Kinnear (overnight)", "zoo", "Aquarium", "outdoor ed centre"])
    d.line(C.ch(["Trip: ", "Destination: "]), dest, "   ", C.ch(["Date(s): ", "Date of trip: "]), ("date", C.fd(trip)),
           *([" - ", ("date", C.fd(C.days_after(trip, 1, 2), "short"))] if "overnight" in dest else []))
    d.line(C.ch(["Student: ", "Child's name: "]), ("name", C.nm(st, C.ch(["full", "LF", "lower"]))), "   ",
           C.ch(["Class: ", "Teacher: "]), C.title(C.person()) + " ", ("name", C.nm(C.person(), "f")))
    d.line(C.lab("dob"), C.sep(), ("date", C.fd(st.dob)), "   ", C.ch(["Parent/guardian: ", "Parent name: "]),
           ("name", C.nm(par, C.ch(["full", "lf"]))), f" ({rel_word(C, par, 'parent')})")
    ha = C.addr()
    if C.p(0.6):
        d.line(C.ch(["Home address: ", "Address: "]), ("address", C.addr_full(ha)))
    else:
        d.line(C.ch(["Street: ", "Address: "]), ("address", ha["line1"]), "  ", C.ch(["Suburb/Town: ", "City: "]),
               ("address", ha["town"]), "  ", C.ch(["Postcode: ", "Zip: "]), ("zip", ha["pc"]))
    med, route = C.ch([("albuterol HFA 90 mcg/puff, 2 puffs", "inhaled"), ("EpiPen Jr 0.15 mg", "IM prn"), ("EpiPen 0.3 mg", "IM prn"),
                       ("methylphenidate ER 18 mg", "PO"), ("cetirizine 10 mg", "PO"), ("insulin lispro per sliding scale", "SC"),
                       ("levetiracetam 250 mg", "PO"), ("midazolam nasal 5 mg", "IN prn seizure > 5 min"), ("ibuprofen 200 mg", "PO prn")])
    d.line(C.ch(["Medication: ", "Med: "]), med, C.ch(["  Time: ", "  give at "]), C.time(8, 15), "  Route: ", route)
    d.line(C.ch(["Allergies: ", "Allergy: "]), C.ch(["NKDA", "penicillin", "bee stings", "shellfish, latex"]))
    d.line(C.ch(["Trained chaperone: ", "Staff carrying meds: ", "Delegated to: "]), ("name", C.nm(chap, C.ch(["full", "fi", "il"]))),
           C.ch(["  cell ", "  mob "]), ("phone", C.phone("mobile")))
    d.line(C.ch(["Parent reachable at: ", "Parent ph during trip: "]), ("phone", C.phone("mobile")))
    if C.p(0.6):
        d.line(C.ch(["Prescriber: Dr. ", "Ordered by Dr. "]), ("name", C.nm(C.person(), C.ch(["f", "full"]))), "  ", ("phone", C.phone("work")))
    d.line(C.ch(["Health card / insurance: ", "Medicare/health #: ", "Insurance ID: "]),
           *([("health_plan", C.natid(st)[1])] if C.p(0.7) else ["on file"]))
    d.line(C.ch(["Parent signature ", "Signed "]), ("name", C.nm(par, C.ch(["full", "lower", "fi"]))), "   ",
           ("date", C.fd(C.days_ago(0, 5), "num")))
    d.line(C.ch(["Nurse reviewed: ", "RN: "]), ("name", C.nm(C.person(sex="F"), "inits")))


def sn4(C, d):
    """immunisation letter to parents"""
    st = C.person(age=C.ri(4, 16))
    par = C.relative_of(st, same_family=0.6)
    nurse = C.person(sex="F")
    school = C.ch(["Oak Hill Elementary", "Central Middle School", "Ridgeway Primary", "Coral Sea State School", "École Saint-Joseph"])
    d.line(school, " - ", C.ch(["Health Services", "Office of the School Nurse", "Student Wellbeing"]))
    sa = C.addr(kind="house")
    d.line(("address", C.addr_full(sa)), "  ", ("phone", C.phone("work")))
    d.line()
    d.line(("date", C.fd(C.today, "long")))
    d.line()
    d.line(C.ch(["To the parent/guardian of ", "Parent/Guardian of: ", ""]), ("name", C.nm(st, C.ch(["full", "full_mi", "UP"]))))
    a = C.addr()
    d.line(*C.addr_block(a))
    d.line()
    d.line(*greet(C, par, formal=C.p(0.7)))
    d.line(C.ch(["Our records show that ", "According to the state immunization registry, ", "A review of "]),
           ("name", C.nm(st, "g")), C.ch([" (DOB ", " (born "]), ("date", C.fd(st.dob)), ")",
           C.ch([" is missing the following required vaccines:", " needs the following before school entry:"]))
    for v in C.sample(["Tdap", "MenACWY dose 1", "MMR dose 2", "Varicella dose 2", "HPV dose 1", "DTaP-IPV booster"], C.ri(1, 3)):
        d.line("   - ", v)
    d.line(C.ch(["Unless we receive proof of vaccination or a valid exemption by ", "Please provide documentation by "]),
           ("date", C.fd(C.days_after(C.today, 10, 40), "long")), C.ch([", your child will be excluded from school.", "."]))
    d.line(C.ch(["You can fax records to ", "Records may be faxed to "]), ("fax", C.phone("work")),
           C.ch([" or email ", " or send to "]), ("email", C.email(nurse, C.ch(["district14.org", "schools.vic.gov.au", "cssd.ca", "lea.sch.uk"]), work=True)), ".")
    d.line()
    d.line(signoff(C))
    d.line(("name", C.nm(nurse, C.ch(["full", "full_mi"]))), ", ", C.cred("nurse"))


LAYOUTS = {
    "behavioral_health": [bh0, bh1, bh2, bh3, bh4],
    "dental": [dn0, dn1, dn2, dn3, dn4],
    "workers_comp": [wc0, wc1, wc2, wc3, wc4],
    "school_nurse": [sn0, sn1, sn2, sn3, sn4],
}
REGIONS = {
    "behavioral_health": [("US", 4), ("UK", 2), ("CA", 2), ("AU", 2)],
    "dental": [("US", 4), ("UK", 2), ("CA", 2), ("AU", 2)],
    "workers_comp": [("US", 5), ("UK", 1), ("CA", 2), ("AU", 2)],
    "school_nurse": [("US", 4), ("UK", 2), ("CA", 2), ("AU", 2)],
}
