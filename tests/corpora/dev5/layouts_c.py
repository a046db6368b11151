"""Layouts for incident_report, research_crf, forensic_eval, sbar_handoff."""

import corpus_data as D
from corpus_core import layout, words, MONTHS
from corpus_blocks import (ncred, ident, phone_of, addr_of, demo, demo_items, emit_items, fac, hosp, payer, fac_header,
                           signature, med, vit, labs, icd, cpt, epo, epo_dx, room, year_ago, spoken_digits, pharm, emerg)


# =====================================================================================
# incident_report
# =====================================================================================
@layout("incident_report", 0, "US UK CA")
def ir_safety_form(c):
    pt = c.patient(old=0.35, lo=40)
    rep = c.staff()
    r = c.rng
    c.f("{h}\n", h=c.pick(["PATIENT SAFETY EVENT REPORT", "Incident Report Form (Datix)" if c.uk else "Safety Event Report - CONFIDENTIAL", "Occurrence Report"]))
    c.f("{l}{id}   Entered {d} {t}\n", l=c.L(c.pick(["Event ID", "Report #", "Incident no.", "Ref"])), id=("id", c.idn("event")), d=c.dt(c.today), t=c.time())
    c.f("Event date/time: {d} {t}   Location: {loc}, {rm}\n", d=c.dt(c.days(-r.randint(0, 2))), t=c.time(),
        loc=c.pick(["4 West Med-Surg", "ICU", "ED", "Oncology infusion", "Ward 12", "Rehab unit"]), rm=room(c))
    c.w("Person affected:\n")
    demo(c, pt, ["name", "mrn", "dob"] + (["age"] if pt.age > 89 and c.chance(0.6) else []), c.pick(["inline", "lines"]), shuffle=0.2)
    et = c.pick(["Fall", "Medication", "Pressure injury", "Patient ID / wrong patient", "Equipment", "Behavioural"])
    c.f("Event type: {e}   Harm level: {h}\n", e=et, h=c.pick(["No harm", "Minor", "Moderate", "Near miss"]))
    c.f("Description: {d}\n", d=c.pick([
        "pt found with armband of another patient; labels printed for wrong MRN, caught before draw",
        "IV pump alarmed occlusion x3, heparin infusion interrupted approx 40 min, aPTT 38",
        "stage 2 pressure injury noted on sacrum on admission skin check, Braden score 14",
        "pt became verbally aggressive toward staff, security called, no injury",
        "bed alarm not activated, pt found sitting on floor, Morse fall score 65"]))
    c.f("Physician notified: {dr} at {t}. ", dr=c.doctor(c.staff()), t=c.time())
    fam = c.relative(pt)
    c.f("Family notified: {rel} {n} by phone ({ph}).\n", rel=fam.rel, n=c.nm(fam, c.pick(["first", "full"])), ph=c.ph(c.new_phone(mobile=True)))
    c.f("Reported by: {n}, {cr}   {l}{ph}\n", n=c.nm(rep, c.pick(["full", "last_first"])), cr=ncred(c), l=c.L("tel"), ph=c.ph(c.new_phone(mobile=False)))
    c.f("Manager review: {m} {d}\n", m=c.nm(c.staff(), c.pick(["full", "init_last", "initials"])), d=c.dt(c.days(1)))


@layout("incident_report", 1, "US UK CA")
def ir_fall_witness(c):
    pt = c.patient(old=0.5, lo=65)
    w1 = c.staff()
    w2 = c.person(lo=20, hi=70)
    rn = c.staff()
    r = c.rng
    fam = c.relative(pt)
    c.typo = max(c.typo, 0.02)
    c.f("FALL NARRATIVE / WITNESS STATEMENTS\n{n}  {l}{id}  {rm}\n\n", n=c.nm(pt), l=c.L("mrn"), id=ident(c, pt, "mrn"), rm=room(c))
    c.f("At approx {t} on {d}, writer heard a call for help from {rm}. {t2} was found on the floor beside the bed, lying on {her} L side. ",
        t=c.time(style="hhmm"), d=c.dt(c.days(-r.randint(0, 1))), rm=room(c), t2=c.titled(pt), her=c.her(pt))
    c.f("{she} is a {a} with {e}. {v}. GCS 15. No LOC per pt. ", she=c.she(pt, True), a=c.age(pt, c.pick(["year-old", "y/o", "words"])), e=epo_dx(c), v=vit(c, 3))
    c.f("{rel} {fn} (visiting) stated {she} \"just tried to get up to the bathroom\".\n\n", rel=fam.rel.capitalize(), fn=c.nm(fam, "first"), she=c.she(pt))
    c.f("Witness 1: {n}, {role} - \"{q}\"\n", n=c.nm(w1, c.pick(["full", "first_init"])), role=c.pick(["CNA", "HCA", "PCA", "PSW", "student nurse"]),
        q=c.pick(["I was in the next room, I heard a thud and came in", "she had the call bell but didn't use it", "bed was in low position, alarm was on"]))
    c.f("Witness 2: {n} (visitor of the pt in the next bed), contact {ph} - \"{q}\"\n\n", n=c.nm(w2, "full"), ph=c.ph(c.new_phone(mobile=True)),
        q=c.pick(["I saw " + ("her" if pt.sex == "F" else "him") + " slide off the side of the bed", c.she(pt) + " was trying to reach " + c.her(pt) + " walker",
                  c.she(pt) + " slipped, " + c.her(pt) + " socks weren't the grippy ones"]))
    c.f("Post-fall huddle {t}. {dr} examined pt at {t2}: {f}. Plan: {p}.\n", t=c.time(), dr=c.doctor(c.staff()), t2=c.time(),
        f=c.pick(["no deformity, full ROM", "small skin tear L forearm", "pain R hip, shortening - xray ordered"]), p=c.pick(["neuro obs q1h x4", "CT head", "xray R hip", "1:1 sitter overnight"]))
    c.f("{rel2} {fn2} updated by phone at {ph} on {d}.\n", rel2=fam.rel.capitalize(), fn2=c.nm(fam, c.pick(["first", "full"])), ph=c.ph(c.new_phone(mobile=True)), d=c.dt_short(c.today))
    c.f("{n}, {cr}\n", n=c.nm(rn, c.pick(["full", "init_last"])), cr=ncred(c))


@layout("incident_report", 2, "US CA UK")
def ir_med_event(c):
    pt = c.patient(old=0.3, lo=30)
    nurse, rph = c.staff(), c.staff()
    r = c.rng
    drug = c.pick([("enoxaparin", "40 mg SC daily", "80 mg"), ("insulin lispro", "4 units AC", "40 units"), ("metoprolol tartrate", "25 mg PO BID", "250 mg"),
                   ("hydromorphone", "0.5 mg IV q3h PRN", "5 mg"), ("potassium chloride", "20 mEq PO", "40 mEq IV")])
    c.f("MEDICATION EVENT REPORT   {l}{id}\n", l=c.L(c.pick(["Event #", "Report ID", "Ref no."])), id=("id", c.idn("event")))
    demo(c, pt, ["name", "dob", "mrn", "acct" if not c.uk else "nhs"], c.pick(["inline", "pipe", "lines"]), shuffle=0.3)
    c.f("Date of event: {d}  Time: {t}  Unit: {u}\n", d=c.dt(c.days(-r.randint(0, 3))), t=c.time(), u=c.pick(["5N", "CCU", "Ward 7", "PACU", "Step-down"]))
    c.f("Drug: {dn}   Ordered: {o}   Given: {g}\n", dn=drug[0], o=drug[1], g=drug[2])
    c.f("{l}{rx}   Order # {o}\n", l=c.L("rx"), rx=("id", c.idn("rx")), o=("id", c.idn("order")))
    c.f("Description: {d}. Pt weight 68.2 kg, CrCl 28. {v}. {lv}.\n", d=c.pick(["dose transcribed from wrong line of the MAR", "look-alike vial picked from override",
                                                                              "pump programmed mg instead of mcg", "dose given twice due to scanning downtime"]),
        v=vit(c, 2), lv=labs(c, 2))
    c.f("Administering nurse: {n}, {cr}. Verifying pharmacist: {p}, {pcr}. ", n=c.nm(nurse, "full"), cr=ncred(c), p=c.nm(rph, "full"), pcr=c.pick(["MRPharmS", "Pharmacist"]) if c.uk else c.pick(["PharmD", "RPh"]))
    c.f("Prescriber {dr} notified {t}; {act}.\n", dr=c.doctor(c.staff()), t=c.time(), act=c.pick(["anti-Xa ordered", "BG q1h x4", "naloxone 0.4 mg given, RR 14 after", "telemetry"]))
    c.f("Pt and {rel} informed (duty of candour) {d}.\n" if c.uk else "Disclosure to pt and {rel} on {d}.\n", rel=c.relative(pt).rel, d=c.dt_short(c.today))
    c.f("Submitted by {i} {d}\n", i=c.nm(nurse, c.pick(["initials", "init_last"])), d=c.dt(c.today))


@layout("incident_report", 3, "US US CA UK")
def ir_security(c):
    vis = c.person(lo=19, hi=70)
    pt = c.patient(old=0.2)
    off = c.staff()
    pol = c.staff()
    r = c.rng
    c.f("{h}\n", h=c.pick(["SECURITY INCIDENT REPORT", "Security Services - Daily Activity / Incident", "PROTECTION SERVICES REPORT"]))
    c.f("{l}{id}   {d} {t}\n", l=c.L(c.pick(["Incident #", "Report No.", "CAD #"])), id=("id", c.idn("event")), d=c.dt(c.today), t=c.time(style="hhmm"))
    c.f("Location: {l}\n", l=c.pick(["ED ambulance bay", "Parking garage level 2", "Main lobby", "Ward 12 entrance", "Visitor car park B"]))
    c.f("Subject: {n}   {l}{dob}\n", n=c.nm(vis, c.pick(["LAST_FIRST", "full", "LAST_FIRST_MI"])), l=c.L("dob"), dob=c.dob(vis))
    c.f("{l}{dl}   Address on ID: {ad}\n", l=c.L(c.pick(["DL #", "Driver's licence", "Driver License", "Photo ID (DL)"])), dl=("license", c.dl(vis)),
        ad=("address", addr_of(c, vis).full()))
    c.f("Vehicle: {mk}, {col}, plate {pl} ({st})\n", mk=c.pick(["Toyota Camry", "Honda Civic", "Ford F-150", "Vauxhall Corsa", "Nissan Rogue", "Kia Sportage", "VW Golf"]),
        col=c.pick(["grey", "black", "white", "red", "silver"]), pl=("vehicle", c.plate()), st=c.prov or "UK")
    c.f("Narrative: Officer responded to call from charge nurse re: visitor of pt {pn} ({rm}) refusing to leave after hours. ",
        pn=c.nm(pt, c.pick(["full", "last_first", "init_last"])), rm=room(c))
    c.f("Subject became verbally aggressive. {pd} contacted at {t}; {on} (badge {b}) attended. {l}{pr}.\n", pd=c.pick(["Police", "Local police", "PD"]), t=c.time(style="hhmm"),
        on=[c.pick(["Officer ", "PC " if c.uk else "Ofc. ", "Cst. " if c.ca else "Sgt. "]), c.nm(pol, "last")],
        b=("id", c.idn("badge")), l=c.L(c.pick(["Police report #", "Crime ref", "Occurrence #", "Case #"])), pr=("id", c.idn("police")))
    c.f("Subject escorted off property at {t}, trespass notice issued.\n", t=c.time(style="hhmm"))
    c.f("Reporting officer: {n}  Badge {b}\n", n=c.nm(off, c.pick(["full", "last_first", "init_last"])), b=("id", c.idn("badge")))


@layout("incident_report", 4, "US CA UK")
def ir_vehicle_claim(c):
    cl = c.person(lo=22, hi=80)
    r = c.rng
    c.f("{h}\n", h=c.pick(["VEHICLE DAMAGE CLAIM - HOSPITAL PROPERTY", "Property Damage Claim Form (Parking)", "Car park damage claim"]))
    c.f("{l}{id}   Received {d}\n", l=c.L(c.pick(["Claim #", "Claim No.", "Ref"])), id=("id", c.idn("claim")), d=c.dt(c.today))
    items = [(c.L(c.pick(["Claimant", "Claimant name", "Name", "Owner"])), c.nm(cl)), (c.L("addr"), ("address", addr_of(c, cl).full())), (c.L("phone"), c.ph(phone_of(c, cl))),
             (c.L("email"), ident(c, cl, "email"))]
    emit_items(c, items, c.pick(["lines", "grid"]))
    c.f("Vehicle: {y} {mk}   {l}{pl}   VIN: {vin}\n", y=str(r.randint(2008, 2024)), mk=c.pick(["Toyota RAV4", "Honda Accord", "Ford Escape", "Hyundai Elantra", "Subaru Outback"]),
        l=c.L(c.pick(["Plate", "Licence plate", "Reg", "Tag #"])), pl=("vehicle", c.plate()), vin=("vehicle", c.vin()))
    c.f("{l}{dl}\n", l=c.L(c.pick(["Driver's licence #", "DL #", "Licence no."])), dl=("license", c.dl(cl)))
    c.f("Auto insurer: {i}   {l}{pol}\n", i=c.pick(["Granite State Mutual", "Northway Auto", "Lionsgate Insurance", "Prairie Shield"]),
        l=c.pick(["Policy # ", "Auto policy no. ", "Pol # "]), pol=("id", c.letters(2) + c.digits(8)))
    c.f("Date/time of loss: {d} approx {t}  Location: {loc}\n", d=c.dt(c.days(-r.randint(1, 6))), t=c.time(), loc=c.pick(["Garage B level 3", "Lot C near ED", "Staff car park"]))
    c.f("Description: {d}\n", d=c.pick(["gate arm came down on hood while exiting", "hospital shuttle bus reversed into parked car", "falling ice from canopy cracked windshield"]))
    c.f("Claimant was visiting {rel} {pn} ({rm}). ", rel=c.pick([c.her(cl) + " mother", c.her(cl) + " father", "a friend", c.her(cl) + " " + ("husband" if cl.sex == "F" else "wife")]), pn=c.nm(c.patient(old=0.3), c.pick(["full", "last"])), rm=room(c))
    c.f("Witness: {w}, {ph}\n", w=c.nm(c.person(lo=20, hi=70), "full"), ph=c.ph(c.new_phone(mobile=True)))
    c.f("Photos rec'd {d}. Estimate $" + str(r.randint(400, 4800)) + " from {shop}. Adjuster: {a}\n", d=c.dt_short(c.today), shop=c.pick(["Maaco", "local body shop", "dealer"]),
        a=c.nm(c.staff(), c.pick(["full", "initials"])))


# =====================================================================================
# research_crf
# =====================================================================================
PROTOCOLS = ["BRV-301", "HEART-FIT 2", "CARDINAL-AF", "OSTEO-ReLIEF", "GLP1-ELDER", "NEURO-PD 204", "STRIDE-CKD", "MINDSET-ALZ"]


def _initials_subj(c, p):
    return c.pick([(p.first[0] + (p.mi or "-") + p.last[0]).upper(), (p.first[0] + p.last[0]).upper(),
                   "%s-%s-%s" % (p.first[0].upper(), (p.mi or "-").upper(), p.last[0].upper())])


@layout("research_crf", 0, "US UK CA")
def crf_visit(c):
    pt = c.patient(old=0.15, lo=40)
    inv = c.staff()
    crc = c.staff()
    r = c.rng
    prot = c.pick(PROTOCOLS)
    c.f("Protocol {p}   CRF: Visit {v} ({vn})   Page {pg} of 14\n", p=prot, v=str(r.randint(2, 9)), vn=c.pick(["Week 12", "Month 6", "Day 28", "Baseline"]), pg=str(r.randint(2, 6)))
    c.f("Site #: {s}   {l}{sid}   Subject initials: {ini}\n", s=str(r.randint(101, 140)), l=c.L(c.pick(["Subject ID", "Subj #", "Participant ID", "Screening #"])),
        sid=("id", c.idn("study")), ini=("name", _initials_subj(c, pt)))
    c.f("Visit date: {d}   DOB (MMM-YYYY): {dob}   Sex: {s}\n", d=c.dt(c.today, c.pick(["dMONY", "iso", "d-Mon-Y"])), dob=("date", "%s-%d" % (MONTHS[pt.dob.month - 1][:3].upper(), pt.dob.year)),
        s=pt.sex)
    c.f("VITALS: {v}\nLABS (central): {l}\n", v=vit(c, 4), l=labs(c, 4))
    c.f("Con meds changed since last visit? {y} {m}\n", y=c.pick(["Y", "N"]), m=c.pick(["- started " + med(c), "", "- stopped " + med(c)]))
    c.f("AE since last visit? {y}\n", y=c.pick(["N", "Y - see AE log #3", "Y - dizziness, grade 1"]))
    c.f("Source: clinic chart {l}{mrn}\n", l=c.L("mrn"), mrn=ident(c, pt, "mrn"))
    c.f("Data entered by {crc} on {d}.  Query raised {d2}, resolved.\n", crc=c.nm(crc, c.pick(["initials", "full"])), d=c.dt(c.days(1)), d2=c.dt_short(c.days(3)))
    c.f("Investigator signature: {s}  Date: {d}\n", s=c.nm(inv, c.pick(["full", "init_last", "initials"])), d=c.dt(c.days(r.randint(2, 10))))
    if c.chance(0.5):
        c.f("Pt contact on file: {ph}\n", ph=c.ph(phone_of(c, pt)))


@layout("research_crf", 1, "US UK CA")
def crf_csv(c):
    r = c.rng
    prot = c.pick(PROTOCOLS)
    c.f("# export {p} visits {d} {t} by {u}\n", p=prot, d=c.dt(c.today, "iso"), t=c.time(style="24"), u=c.nm(c.staff(), c.pick(["initials", "lower"])))
    cols = ["subject_id", "site", "initials", "visit", "visit_date", "dob", "sbp", "dbp", "hba1c", "ae_flag"]
    c.wr(",".join(cols), "\n")
    site = str(r.randint(101, 140))
    nrows = r.randint(3, 4)
    for i in range(nrows):
        p = c.patient(old=0.1, lo=40)
        vd = c.dt(c.days(-r.randint(0, 30)), "iso")
        dob = c.dt(p.dob, c.pick(["iso", "compact"]))
        c.wr(("id", c.idn("study")), ",", site, ",", ("name", _initials_subj(c, p)), ",", c.pick(["V2", "V3", "W12", "M6"]), ",", vd, ",", dob, ",",
             str(r.randint(100, 170)), ",", str(r.randint(55, 99)), ",", "%.1f" % r.uniform(5.4, 10.2), ",", c.pick(["0", "1"]), "\n")
    c.f("# {n} rows. PI: {pi}. Contact {e}\n", n=str(nrows), pi=c.nm(c.staff(), c.pick(["full", "init_last"])), e=("email", c.email_for(c.staff(), staff_domain=c.org_domain())))


@layout("research_crf", 2, "US UK CA")
def crf_fixed(c):
    r = c.rng
    prot = c.pick(PROTOCOLS).replace(" ", "")[:10]
    c.wr("HDR", prot.ljust(12), c.dt(c.today, "compact"), "  SITE", str(r.randint(101, 140)), "\n")
    c.wr("SUBJID      MRN         NAME                      DOB       VISITDT   TEST      RESULT\n")
    nrows = r.randint(3, 3)
    for i in range(nrows):
        p = c.patient(old=0.15, lo=40)
        sid = c.idn("study")
        mrn = ident(c, p, "mrn")
        nm = c.nm(p, c.pick(["LAST_FIRST", "caret", "LAST_FIRST_NC"]))
        dob = c.dt(p.dob, "compact")
        vd = c.dt(c.days(-r.randint(0, 20)), "compact")
        test, res = c.pick([("HBA1C", "7.8"), ("NTPROBNP", "1240"), ("EGFR", "38"), ("LDL", "3.1"), ("MOCA", "24"), ("HBA1C", "6.4"), ("EGFR", "61")])
        c.wr(("id", sid), " " * max(1, 12 - len(sid)), mrn, " " * max(1, 12 - len(mrn[1])), nm, " " * max(1, 26 - len(nm[1])), dob, "  ", vd, "  ",
             test.ljust(10), res, "\n")
    c.wr("TRL", "%06d" % (nrows + 2), "\n")
    c.f("\ntransfer log: sent {d} {t} to sponsor SFTP by {u}; checksum ok\n", d=c.dt(c.today), t=c.time(style="24"), u=c.nm(c.staff(), c.pick(["initials", "lower"])))


@layout("research_crf", 3, "US UK CA")
def crf_ae_log(c):
    pt = c.patient(old=0.15, lo=40)
    r = c.rng
    c.f("ADVERSE EVENT LOG   Protocol {p}\n{l}{sid}   Initials {ini}   Site {s}\n\n", p=c.pick(PROTOCOLS), l=c.L(c.pick(["Subject", "Subject ID", "Pt #"])),
        sid=("id", c.idn("study")), ini=("name", _initials_subj(c, pt)), s=str(r.randint(101, 140)))
    sep = c.pick([" | ", "\t", " ; "])
    c.w(sep.join(["AE#", "Term", "Onset", "Stop", "Grade", "SAE", "Related", "Action", "By"]), "\n")
    staff = [c.staff(), c.staff()]
    for i in range(r.randint(3, 4)):
        term = c.pick(["Nausea", "Dizziness", "Hypoglycaemia" if c.uk else "Hypoglycemia", "Fall", "Rash", "UTI", "Hyperkalemia", "Headache"])
        on = c.days(-r.randint(10, 60))
        stop = [c.dt(on + (c.days(r.randint(1, 9)) - c.today))] if c.chance(0.7) else ["ongoing"]
        c.w(str(i + 1), sep, term, sep, c.dt(on), sep, stop, sep, str(r.randint(1, 3)), sep, c.pick(["N", "N", "Y"]), sep,
            c.pick(["Unlikely", "Possible", "Probable", "Not related"]), sep, c.pick(["None", "Dose reduced", "Interrupted"]), sep,
            c.nm(c.pick(staff), "initials"), "\n")
    c.f("\nSAE #{n} reported to sponsor {d} (within 24h). Hospitalized at {h}, {l}{mrn}.\n", n=str(1), d=c.dt(c.days(-5)), h=hosp(c), l=c.L("mrn"), mrn=ident(c, pt, "mrn"))
    c.f("PI review: {pi}  {d}\n", pi=c.nm(c.staff(), c.pick(["full", "init_last"])), d=c.dt(c.today))


@layout("research_crf", 4, "US UK CA")
def crf_screen_log(c):
    r = c.rng
    c.f("SCREENING & ENROLMENT LOG - {p} - Site {s}\nCONFIDENTIAL - site file only, do not send to sponsor\n\n", p=c.pick(PROTOCOLS), s=str(r.randint(101, 140)))
    sep = c.pick([" | ", "\t"])
    c.w(sep.join(["Scr #", "Name", "MRN" if not c.uk else "Hosp No", "Screened", "Eligible", "Consent", "Reason / Rand #"]), "\n")
    for i in range(r.randint(3, 3)):
        p = c.patient(old=0.1, lo=40)
        scr = c.days(-r.randint(5, 60))
        elig = c.chance(0.6)
        c.w(("id", "S%s-%03d" % (c.digits(2), r.randint(1, 200))), sep, c.nm(p, c.pick(["LAST_FIRST", "full", "last_first"])), sep, ident(c, p, "mrn"), sep,
            c.dt(scr), sep, "Y" if elig else "N", sep)
        if elig:
            c.w(c.dt(scr), sep, "Rand ", ("id", c.digits(5, True)))
        else:
            c.w("-", sep, c.pick(["eGFR < 30", "declined", "age > 85", "A1c 11.2%", "on warfarin"]))
        c.w("\n")
    c.f("\nLog maintained by {n}, CRC. Last updated {d}.\n", n=c.nm(c.staff(), c.pick(["full", "init_last"])), d=c.dt(c.today))


# =====================================================================================
# forensic_eval
# =====================================================================================
@layout("forensic_eval", 0, "US")
def fe_competency(c):
    d = c.person(lo=19, hi=66)
    ev = c.staff()
    judge = c.staff()
    atty, pros = c.staff(), c.staff()
    r = c.rng
    c.f("{ev}, {cr}\nForensic Psychology Services\n{ph}\n\n", ev=c.nm(ev, "full"), cr=c.pick(["Ph.D., ABPP", "Psy.D.", "M.D."]), ph=c.ph(c.new_phone(mobile=False)))
    c.f("{dt}\n\nThe Honorable {j}\n{court}\n\n", dt=c.dt(c.today, "MdY_long"), j=c.nm(judge, c.pick(["full", "full_mi"])),
        court=c.pick(["Superior Court, Criminal Division", "District Court, Dept. 14", "Circuit Court of the 7th Judicial District"]))
    c.f("RE: State v. {dn}\n{l}{cn}\n{l2}{dob}\n\n", dn=c.nm(d, c.pick(["full", "full_mi", "UPPER"])), l=c.L(c.pick(["Case No.", "Docket #", "Case Number"])),
        cn=("id", c.idn("case")), l2=c.L("dob"), dob=c.dob(d))
    c.f("Dear Judge {j}:\n\nPursuant to your order of {o}, I evaluated {t} on {e1} and {e2} at the {jail} (booking # {bk}) ",
        j=("name", judge.last), o=c.dt(c.days(-r.randint(30, 60))), t=c.titled(d), e1=c.dt(c.days(-r.randint(15, 25))), e2=c.dt_short(c.days(-r.randint(5, 14))),
        jail=c.pick(["County Detention Center", "Metro Jail", "Regional Adult Detention Facility"]), bk=("id", c.idn("booking")))
    c.f("to assess competency to stand trial. A Spanish interpreter, {i} (ID {iid}), was present.\n\n" if c.chance(0.5) else "to assess competency to stand trial.\n\n",
        i=c.nm(c.staff(), "full"), iid=("id", c.idn("interp")))
    c.f("Sources: interview (approx. 3.5 h); defense counsel {a}; ADA {p}; jail medical records; {h} records ({l}{mrn}).\n\n",
        a=c.nm(atty, c.pick(["full", "init_last"])), p=c.nm(pros, c.pick(["full", "init_last"])), h=hosp(c), l=c.L("mrn"), mrn=ident(c, d, "mrn"))
    c.f("{t} is a {a} man with a history of {dx} since {y}, currently prescribed {m}. He understood the charges but ",
        t=c.titled(d), a=c.age(d, c.pick(["year-old", "yr old"])), dx=c.pick(["schizophrenia", "bipolar I disorder", "intellectual disability", "TBI (2015)"]), y=year_ago(c, 3, 15),
        m=c.pick(["olanzapine 20 mg", "lithium 900 mg (level 0.8)", "paliperidone palmitate 234 mg monthly"]))
    c.f("could not rationally assist counsel.\n\nRespectfully,\n\n{n}\n{lic}\n", n=c.nm(ev, c.pick(["full", "init_last"])),
        lic=[c.pick(["Licensed Psychologist #", "License No. ", "Lic. "]), ("license", c.state_lic())])


@layout("forensic_eval", 1, "US CA")
def fe_custody(c):
    mom = c.person(sex="F", lo=27, hi=48)
    dad = c.person(sex="M", lo=28, hi=52)
    kids = [c.person(lo=3, hi=15, last=dad.last) for _ in range(c.rng.randint(1, 2))]
    ev = c.staff()
    r = c.rng
    c.f("CHILD CUSTODY EVALUATION - CONFIDENTIAL\n{l}{cn}\n\n", l=c.L(c.pick(["Case No.", "File No.", "Court File No."])), cn=("id", c.idn("case")))
    c.f("Parties: {m} (Mother), DOB {md}; {f} (Father), DOB {fd}\n", m=c.nm(mom, "full"), md=c.dob(mom), f=c.nm(dad, "full"), fd=c.dob(dad))
    c.w("Children: ")
    for i, k in enumerate(kids):
        c.w(c.nm(k, "full"), " (age %d, DOB " % k.age, c.dob(k), ")", "; " if i < len(kids) - 1 else "\n")
    c.f("Mother resides at {a1}; Father at {a2}.\n\n", a1=("address", addr_of(c, mom).full()), a2=("address", addr_of(c, dad).full()))
    c.w("Contacts:\n")
    for d0, who in [(c.days(-40), ["Mother"]), (c.days(-33), ["Father"]), (c.days(-20), ["Home visit, ", "Mother's residence"])]:
        c.w("  ", c.dt(d0), " - ", who, "\n")
    c.w("Collateral contacts:\n")
    for role in c.shuffled(["teacher", "paternal grandmother", "pediatrician", "family therapist", "stepfather"])[:2]:
        p = c.person(lo=30, hi=70)
        c.w("  ", c.nm(p, c.pick(["full", "init_last"])), " (", role, ") ", c.ph(c.new_phone()), "\n")
    c.f("\n{k} described the transitions as \"{q}\". ", k=c.nm(kids[0], "first"), q=c.pick(["hard because of the yelling", "okay I guess", "fun at dad's"]))
    c.f("Testing: MMPI-3 and PAI administered to both parents {d}.\n", d=c.dt_short(c.days(-30)))
    c.f("\n{n}, {cr}\n", n=c.nm(ev, "full"), cr=c.pick(["Ph.D.", "Psy.D.", "MSW, RSW" if c.ca else "LCSW"]))


@layout("forensic_eval", 2, "US")
def fe_records_header(c):
    d = c.person(lo=18, hi=70)
    ev = c.staff()
    r = c.rng
    c.f("FORENSIC PSYCHIATRIC EVALUATION\n\n")
    items = [("Examinee: ", c.nm(d, c.pick(["full", "LAST_FIRST_MI"]))), (c.L("dob"), c.dob(d)), ("Referral source: ", [c.pick(["Public Defender ", "Attorney "]), c.nm(c.staff(), "full")]),
             ("Date(s) of evaluation: ", [c.dt(c.days(-r.randint(10, 20))), ", ", c.dt(c.days(-r.randint(2, 9)))]), ("Date of report: ", c.dt(c.today))]
    emit_items(c, items, "lines")
    c.w("\nRECORDS REVIEWED\n")
    recs = [
        ["Police report #", ("id", c.idn("police")), " dated ", c.dt(c.days(-r.randint(100, 300))), " (Det. ", c.nm(c.staff(), "last"), ")"],
        ["Booking record, County Jail, booking # ", ("id", c.idn("booking"))],
        ["Records from ", hosp(c), ", ", c.L("mrn"), ident(c, d, "mrn"), ", admissions ", c.dt(c.days(-r.randint(400, 900))), " and ", c.dt(c.days(-r.randint(120, 390)))],
        ["Prior evaluation by ", c.nm(c.staff(), "full"), ", Ph.D., dated ", c.dt(c.days(-r.randint(500, 1500)))],
        ["APS case # ", ("id", c.idn("aps")), " (collateral)"],
        ["School records (", c.pick(["IEP 2009-2012", "special education 2001-2006", "grades 6-9"]), ")"],
    ]
    for i, it in enumerate(c.shuffled(recs)[:r.randint(4, 5)]):
        c.w("%d. " % (i + 1), it, "\n")
    c.f("\nThe examinee was informed of the limits of confidentiality. {v}. {m}.\n", v=c.pick(["UDS negative", "BAC 0.00 on booking", "MoCA 24/30"]), m=med(c))
    c.f("{n}, M.D.  {l}{lic}\n", n=c.nm(ev, "full"), l=c.L("lic"), lic=("license", c.state_lic()))


@layout("forensic_eval", 3, "UK")
def fe_uk_court(c):
    d = c.person(lo=18, hi=70)
    ev = c.staff()
    sol = c.staff()
    r = c.rng
    c.f("IN THE CROWN COURT AT {t}\n\nR v {dn}\n{l}{ind}\n\n", t=c.other_town()[0].upper(), dn=c.nm(d, c.pick(["SURNAME_first", "UPPER", "surname_caps"])),
        l=c.pick(["Indictment No: ", "Case No. ", "T"]), ind=("id", "T%d%s" % (c.today.year, c.digits(4))))
    c.f("PSYCHIATRIC REPORT\nPrepared by {dr}, {cr}, Consultant Forensic Psychiatrist\nGMC No. {g}\n\n", dr=c.doctor(ev, form="full"), cr=c.pick(["MBBS MRCPsych", "MBChB FRCPsych", "MD MRCPsych"]),
        g=("license", c.gmc()))
    c.f("Instructed by: {s}, {firm}, Solicitors ({e})\n", s=c.nm(sol, "full"), firm=c.pick(["Hartley Quinn", "Mistry & Co", "Bramwell Legal LLP", "Okoro Walsh"]),
        e=("email", c.email_for(sol, staff_domain=c.pick(["hartleyquinn.co.uk", "mistrylaw.co.uk", "bramwell-legal.co.uk"]))))
    items = [(c.L("name"), c.nm(d, "full")), (c.L("dob"), c.dob(d)), ("Prison number: ", ("id", c.idn("prison"))), (c.L("nhs"), ident(c, d, "nhs")),
             ("Address prior to remand: ", ("address", addr_of(c, d).full()))]
    emit_items(c, items, "lines")
    c.f("\nI interviewed {t} at HMP {p} on {d1} and by video link on {d2}. ", t=c.titled(d), p=c.pick(["Greystone", "Millbank Moor", "Hollin Bank", "Fernwood"]),
        d1=c.dt(c.days(-r.randint(20, 40))), d2=c.dt(c.days(-r.randint(3, 15))))
    c.f("I have read the CPS bundle, the GP records from {gp} and the inpatient notes from {tr} ({l}{hn}).\n", gp=c.pick(D.FAC_UK), tr=c.pick(D.TRUSTS_UK), l=c.L("hosp"),
        hn=ident(c, d, "hosp"))
    c.f("{she} was first known to mental health services in {y} ({dx}). Current medication: {m}. Mother ({mn}) was interviewed by telephone.\n",
        she=c.she(d, True), y=year_ago(c, 3, 15), dx=c.pick(["first episode psychosis", "EUPD", "ADHD", "PTSD"]), m=med(c), mn=c.nm(c.relative(d, rel="mother"), "full"))
    c.f("\n{dr}\n{d}\n", dr=c.nm(ev, c.pick(["full", "init_last"])), d=c.dt(c.today))


@layout("forensic_eval", 4, "CA")
def fe_ca_court(c):
    d = c.person(lo=19, hi=75)
    ev = c.staff()
    interp = c.staff()
    r = c.rng
    fr = c.prov == "QC"
    court = "Cour du Québec - Chambre criminelle et pénale" if fr else ("Ontario Court of Justice" if c.prov == "ON" else "Provincial Court of " + {"AB": "Alberta", "BC": "British Columbia", "MB": "Manitoba", "SK": "Saskatchewan", "NB": "New Brunswick", "NS": "Nova Scotia", "PE": "Prince Edward Island"}.get(c.prov, "Alberta"))
    c.f("{court}\nR. v. {dn}\n{l}{info}\n\n", court=court,
        dn=c.nm(d, c.pick(["full", "UPPER", "LAST_FIRST"])), l="No. de dossier " if fr else c.pick(["Information No. ", "Court File No. ", "File no. "]), info=("id", "%s-%s" % (c.digits(2), c.digits(5))))
    c.f("COURT-ORDERED ASSESSMENT (s. 672.11 Criminal Code)\nAssessor: {dr}, {cr}   {l}{lic}\n\n", dr=c.doctor(ev, form="full"), cr=c.pick(["MD FRCPC", "Ph.D., C.Psych."]),
        l="Permis no " if fr else ("CPSO #" if c.prov == "ON" else c.pick(["Lic. #", "CPS reg. no. "])), lic=("license", c.cpso()))
    items = [(c.L("name"), c.nm(d)), (c.L("dob"), c.dob(d)), (c.L(c.hc_label()), ident(c, d, "hc")), (c.L("addr"), ("address", addr_of(c, d).full()))]
    emit_items(c, items, c.pick(["lines", "grid"]))
    c.f("\nIndex offence ({d}): impaired operation, vehicle a {mk} plate {pl}, VIN {vin}. Driver's licence {dl} suspended.\n",
        d=c.dt(c.days(-r.randint(60, 200))), mk=c.pick(["2014 Dodge Ram", "2019 Honda Civic", "2011 Ford Focus", "2017 Toyota Tacoma"]), pl=("vehicle", c.plate()),
        vin=("vehicle", c.vin()), dl=("license", c.dl(d)))
    c.f("Interviews {d1} and {d2} at {fac}, with {lang} interpreter {i} (interpreter ID {iid}).\n", d1=c.dt(c.days(-20)), d2=c.dt(c.days(-12)),
        fac=c.pick(["Maplehurst Correctional Complex", "Regional Psychiatric Centre", "Établissement de détention"]), lang=c.pick(["Punjabi", "Arabic", "Tigrinya", "Mandarin", "Tagalog"]),
        i=c.nm(interp, "full"), iid=("id", c.idn("interp")))
    c.f("Collateral: sister {s} ({ph}). {m}. {v}.\n", s=c.nm(c.relative(d, rel="sister"), "first"), ph=c.ph(c.new_phone(mobile=True)), m=med(c), v=vit(c, 2))
    c.f("\n{dr}  {d}\n", dr=c.nm(ev, c.pick(["full", "init_last"])), d=c.dt(c.today))


# =====================================================================================
# sbar_handoff
# =====================================================================================
@layout("sbar_handoff", 0, "US UK CA")
def sb_sbar(c):
    pt = c.patient(old=0.45, lo=50)
    doc = c.staff()
    rn = c.staff()
    r = c.rng
    c.f("SBAR {to} {d} {t}\n", to=c.pick(["to on-call", "- rapid response", "- handoff to night RN", "call to covering MD"]), d=c.dt(c.today), t=c.time(style="24"))
    c.f("S: {pn}, {a}, {rm}, {l}{mrn}, DOB {dob}. {s}\n", pn=c.nm(pt, c.pick(["full", "LAST_FIRST", "init_last"])), a=c.age(pt, c.pick(["paren", "yo", "y/o", "bare"])), rm=room(c),
        l=c.L("mrn"), mrn=ident(c, pt, "mrn"), dob=c.dob(pt), s=c.pick(["New confusion and SpO2 88% on 2L.", "BP 84/50, HR 122.", "UO 40 mL in 4 h.", "Chest pain 7/10, started 20 min ago."]))
    c.f("B: Admitted {d} w/ {dx} under {att}. PMH {e}, {i}. {code}. Meds: {m}.\n", d=c.dt_short(c.days(-r.randint(1, 6))), dx=icd(c), att=c.doctor(c.staff()), e=epo_dx(c), i=icd(c, False),
        code=c.pick(["Full code", "DNR", "DNACPR in place" if c.uk else "DNR/DNI"]), m=med(c, 2))
    c.f("A: {v}. {l}. I think {imp}.\n", v=vit(c, 4), l=labs(c, 2), imp=c.pick(["she's septic", "this is fluid overload", "possible aspiration", "he may be bleeding"]))
    c.f("R: Please come assess within 15 min; consider {x}. {fam}\n", x=c.pick(["lactate + cultures", "IV furosemide", "CXR + ABG", "type & screen"]),
        fam=c.pick([["Daughter ", c.nm(c.relative(pt, rel="daughter"), "first"), " at bedside (", c.ph(c.new_phone(mobile=True)), ")."],
                    ["HCP is ", c.nm(c.relative(pt), "full"), ", ", c.ph(c.new_phone(mobile=True)), "."],
                    ["Son ", c.nm(c.relative(pt, rel="son"), "full"), " wants a call, ", c.ph(c.new_phone(mobile=True)), "."]]))
    c.f("Called {dr} at {t} via {how}; read-back done.\n", dr=c.doctor(doc), t=c.time(style="24"), how=c.pick(["pager", "Vocera", "secure chat", "bleep" if c.uk else "phone"]))
    c.f("{n}, {cr}\n", n=c.nm(rn, c.pick(["full", "init_last", "first_init"])), cr=ncred(c))


@layout("sbar_handoff", 1, "US CA")
def sb_multibed(c):
    r = c.rng
    rn1, rn2 = c.staff(), c.staff()
    c.f("SHIFT REPORT {u} {d} {s}\nFrom {a} to {b}\n\n", u=c.pick(["4W", "6 North", "Tele", "Med-Surg B"]), d=c.dt(c.today), s=c.pick(["0700", "1900", "day->night", "nights->days"]),
        a=c.nm(rn1, c.pick(["first", "full", "first_init"])), b=c.nm(rn2, c.pick(["first", "full", "first_init"])))
    for i in range(r.randint(3, 4)):
        p = c.patient(old=0.35, lo=40)
        c.f("{rm} - {pn} {a} {l}{mrn}\n", rm=room(c).replace("room", "Rm"), pn=c.nm(p, c.pick(["LAST_FIRST", "full", "last", "first_init"])), a=c.age(p, c.pick(["paren", "bare", "yo"])),
            l=c.pick(["MRN ", "#", "mr "]), mrn=ident(c, p, "mrn"))
        c.f("   {dx}; {v}; {x}\n", dx=icd(c), v=vit(c, 2), x=c.pick(["NPO after MN for cath", "q2h turns, Foley d/c'd", "fall risk, bed alarm on", "K 3.1 - replacing, recheck 2200",
                                                             "wife at bedside, anxious", "awaiting SNF bed", "insulin gtt per protocol"]))
    c.f("\nCharge: {ch}. Pharmacy on call for heparin questions.\n", ch=c.nm(c.staff(), c.pick(["first", "full"])))


@layout("sbar_handoff", 2, "US")
def sb_ipass(c):
    pt = c.patient(old=0.3, lo=30)
    intern, recv = c.staff(), c.staff()
    r = c.rng
    c.f("I-PASS HANDOFF  {team}  {d}\n", team=c.pick(["Gold Team", "Medicine B", "Hospitalist 3", "Nocturnist"]), d=c.dt(c.today))
    c.f("Patient: {pn}  {rm}  {l}{mrn}  {a}\n", pn=c.nm(pt, c.pick(["LAST_FIRST", "full"])), rm=room(c), l=c.L("mrn"), mrn=ident(c, pt, "mrn"), a=c.age(pt, c.pick(["paren", "yo"])))
    c.f("I - Illness severity: {s}\n", s=c.pick(["WATCHER", "Stable", "Unstable"]))
    c.f("P - Patient summary: admitted {d} for {dx}; {e}. {m}. {l}.\n", d=c.dt_short(c.days(-r.randint(1, 5))), dx=icd(c), e=epo_dx(c), m=med(c, 2), l=labs(c, 2))
    c.f("A - Action list: [ ] f/u AM {lab}  [ ] call {rel} {fn} ({ph}) re: goals of care  [ ] consult {s}\n", lab=c.pick(["BMP", "CBC", "troponin"]),
        rel="family -", fn=c.nm(c.relative(pt), c.pick(["full", "first"])), ph=c.ph(c.new_phone(mobile=True)),
        s=c.pick(["cardiology", "palliative", "GI", "nephrology"]))
    c.f("S - Situation awareness: if SBP < 90 give 500 mL LR and call {dr}. Outpatient cardiologist {dr2} ({ph}).\n", dr=c.doctor(c.staff()), dr2=c.doctor(c.staff()),
        ph=c.ph(c.new_phone(mobile=False)))
    c.f("S - Synthesis by receiver: {r} read back, questions answered.\n", r=c.nm(recv, c.pick(["first", "full", "initials"])))
    c.f("Handoff by {a}, received by {b} at {t}\n", a=c.nm(intern, c.pick(["full", "init_last"])), b=c.nm(recv, c.pick(["full", "init_last"])), t=c.time(style="24"))


@layout("sbar_handoff", 3, "US UK CA")
def sb_text(c):
    c.case = "lower"
    r = c.rng
    a, b = c.staff(), c.staff()
    p1 = c.patient(old=0.5, lo=60)
    p2 = c.patient(old=0.3, lo=40)
    t0 = r.randint(18, 19)
    mins = sorted(r.randint(0, 59) for _ in range(7))
    tick = iter(mins)
    c.f("{an} {t}: hey can u take {rm} when u get in? {pn} {a}, {x}\n", an=c.nm(a, "lower_first"), t="%d:%02d" % (t0, next(tick)), rm=room(c),
        pn=c.titled(p1, form="last"), a=c.age(p1, c.pick(["paren", "yo_nospace", "bare"])), x=c.pick(["sundowning again, gave quetiapine 25 at 1700", "foley out at 2pm needs to void by 8",
                                                                                                 "family wants a call from md tonight", "k 3.1 on 40 meq po"]))
    fam = c.relative(p1)
    c.f("{bn} {t}: ya np. whats the " + fam.rel + "'s number again\n", bn=c.nm(b, "lower_first"), t="%d:%02d" % (t0, next(tick)))
    c.f("{an} {t}: {fn} {ph} - {she} said call after 9\n", an=c.nm(a, "lower_first"), t="%d:%02d" % (t0, next(tick)), fn=c.nm(fam, c.pick(["lower_first", "lower"])),
        ph=c.ph(c.new_phone(mobile=True)), she=c.she(fam))
    c.f("{an} {t}: also {pn2} in {rm2} dob {dob} mrn {mrn} is a new admit, {dx}, {v}\n", an=c.nm(a, "lower_first"), t="%d:%02d" % (t0, next(tick)),
        pn2=c.nm(p2, c.pick(["lower", "lower_first"])), rm2=room(c), dob=c.dob(p2), mrn=ident(c, p2, "mrn"), dx=icd(c), v=vit(c, 2))
    c.f("{bn} {t}: k got it. is dr {dr} covering?\n", bn=c.nm(b, "lower_first"), t="%d:%02d" % (t0, next(tick)), dr=("name", c.staff().last.lower()))
    c.f("{an} {t}: yes till 7. pager {pg}\n", an=c.nm(a, "lower_first"), t="%d:%02d" % (t0, next(tick)), pg=("phone", c.digits(3) + "-" + c.digits(4)) if c.us else ("phone", c.fmt_phone(c.new_phone(mobile=True))))
    c.f("{bn} {t}: 👍 thx {an2}\n", bn=c.nm(b, "lower_first"), t="%d:%02d" % (t0, next(tick)), an2=c.nm(a, "lower_first"))
    c.case = "normal"


@layout("sbar_handoff", 4, "UK")
def sb_uk_ward(c):
    r = c.rng
    c.f("{w} HANDOVER  {d}  {s}\nNIC: {nic}   Bleep holder: {bh}\n\n", w=c.pick(["ELM WARD", "Ward 23", "AMU BAY A-C", "Frailty Unit", "Ward 7 (Care of the Elderly)"]),
        d=c.dt(c.today), s=c.pick(["LD->N", "N->E", "early->late"]), nic=c.nm(c.staff(), c.pick(["first", "full"])), bh=c.nm(c.staff(), c.pick(["first", "first_init"])))
    used = set()
    for i in range(r.randint(3, 4)):
        p = c.patient(old=0.55, lo=70)
        bay, bed = r.randint(1, 6), r.randint(1, 6)
        while (bay, bed) in used:
            bay, bed = r.randint(1, 6), r.randint(1, 6)
        used.add((bay, bed))
        c.f("Bay {b} bed {bd}: {t} {pn} ({a}{s}) {l}{hn}\n", b=str(bay), bd=str(bed), t=p.title(uk=True), pn=("name", p.last if c.chance(0.5) else p.first[0] + " " + p.last),
            a=("age", str(p.age)) if p.age > 89 else str(p.age), s=p.sex, l=c.pick(["", "RM ", "H/N "]), hn=ident(c, p, "hosp"))
        c.f("  {dx}. {x}. {v}.\n", dx=c.pick(["Fall ?cause", "UTI/delirium", "NOF # - post DHS day 2", "LRTI", "AKI on CKD", "Decompensated HF"]),
            x=c.pick(["DNACPR", "For ReSPECT discussion with son", "MFFD - awaiting POC", "NBM for SALT", "Waterlow 18, 2hrly turns", "Medically fit, D2A P1"]), v=vit(c, 2))
        if c.chance(0.4):
            fam = c.relative(p)
            c.f("  {rel} {fn} rang, pls call back {ph}\n", rel=fam.rel.capitalize(), fn=c.nm(fam, "first"), ph=c.ph(c.new_phone(mobile=True)))
