"""Layouts for telehealth_chat, radiology_report, pharmacy_call, death_records."""

import corpus_data as D
from corpus_core import layout, words, MONTHS, ascii_fold
from corpus_blocks import (ncred, ident, phone_of, addr_of, demo, demo_items, emit_items, fac, hosp, payer, fac_header,
                           signature, med, vit, labs, icd, cpt, epo, epo_dx, room, year_ago, spoken_digits, pharm, emerg,
                           fax_header)


def _handle(c, p, doctor=False):
    f = ascii_fold(p.first).lower().replace(" ", "").replace("'", "")
    l = ascii_fold(p.last).lower().replace(" ", "").replace("'", "").replace("-", "")
    if doctor:
        return c.pick(["dr.%s" % l, "%s%s.md" % (f[0], l), "dr%s" % l, "%s.%s" % (f, l)])
    return c.pick(["%s%s%d" % (f, l, c.rng.randint(1, 99)), "%s_%s" % (f, l[:4]), "%s%s" % (f[0], l), "%s.%s%02d" % (f, l, p.dob.year % 100)])


# =====================================================================================
# telehealth_chat
# =====================================================================================
@layout("telehealth_chat", 0, "US UK CA")
def th_chat(c):
    pt = c.patient(old=0.15)
    doc = c.staff()
    ma = c.staff()
    r = c.rng
    handles = {id(pt): _handle(c, pt), id(doc): _handle(c, doc, True), id(ma): _handle(c, ma)}
    seen = set()
    plat = c.pick(D.TELEHEALTH)
    c.f("{p} - chat transcript - visit {d}\n\n", p=plat, d=c.dt(c.today))
    h = r.randint(8, 16)
    m = r.randint(0, 30)

    def ts():
        nonlocal m
        m += r.randint(0, 3)
        return "[%02d:%02d]" % (h + m // 60, m % 60)

    def who(p, disp, staff=False):
        out = [disp]
        if id(p) not in seen or c.chance(0.25):
            seen.add(id(p))
            out += [" (@", ("name", handles[id(p)]), ")"]
        if staff:
            out.append(" [staff]")
        return out
    ma_disp = c.nm(ma, c.pick(["full", "first_init"]))
    c.f("{t} {w}: Hi {f}, {doc} will join in a moment. Can you confirm your date of birth?\n", t=ts(), w=who(ma, ma_disp, True),
        f=c.nm(pt, "first"), doc=c.doctor(doc, form="last"))
    c.case = "lower" if c.chance(0.5) else "normal"
    c.f("{t} {w}: {dob} {e}\n", t=ts(), w=who(pt, c.nm(pt, c.pick(["full", "lower", "first_init"]))), dob=c.dob(pt), e=c.pick(["", "🙂", "thx"]))
    c.case = "normal"
    c.f("{t} {w}: thank you! And the best number if we get disconnected?\n", t=ts(), w=who(ma, ma_disp, True))
    c.f("{t} {w}: {ph}\n", t=ts(), w=who(pt, c.nm(pt, c.pick(["full", "lower"]))), ph=c.ph(phone_of(c, pt)))
    c.f("{t} {w}: Hello {f}, I'm {doc}. I see your {lv}. How is the {m} going?\n", t=ts(), w=who(doc, c.doctor(doc, form="full")), f=c.nm(pt, "first"),
        doc=c.doctor(doc, form="last"), lv=labs(c, 1), m=med(c))
    c.case = "lower" if c.chance(0.5) else "normal"
    c.f("{t} {w}: {q}\n", t=ts(), w=who(pt, c.nm(pt, c.pick(["full", "lower"]))), q=c.pick(["its ok but i get dizzy in the mornings", "my bp was 150/92 this am", "i stopped it on monday sorry"]))
    c.case = "normal"
    c.f("{t} {w}: Let's recheck labs around {d}. I'll send the order to {lab}. My nurse {n} will call you.\n", t=ts(), w=who(doc, c.doctor(doc, form="full")),
        d=c.dt_short(c.days(r.randint(10, 30))), lab=c.pick(D.LABS), n=c.nm(c.staff(), "first"))
    c.f("{t} * {pn} left the chat *\n", t=ts(), pn=c.nm(pt, "full"))


@layout("telehealth_chat", 1, "US UK CA")
def th_meeting_log(c):
    pt = c.patient(old=0.2)
    doc = c.staff()
    interp = c.staff() if c.chance(0.6) else None
    fam = c.relative(pt) if c.chance(0.6) else None
    r = c.rng
    plat = c.pick(D.TELEHEALTH)
    dom = c.org_domain()
    c.f("{p} Meeting Report\nTopic: Telehealth visit - {pn}\n", p=plat, pn=c.nm(pt, c.pick(["init_last", "full", "last_first"])))
    c.f("{l}{mid}\nJoin URL: {u}\n", l=c.L(c.pick(["Meeting ID", "Session ID", "Room ID"])), mid=("id", c.idn("meeting")), u=("url", c.url("join", c.pick(["carelinkvideo.com", "medimeet.io", "cliniccall.net", dom]))))
    c.f("Host: {dn} <{e}>\nDate: {d}   Scheduled: {t}   Duration: {m} min\n\n", dn=c.nm(doc, c.pick(["full", "last_first"])), e=("email", c.email_for(doc, staff_domain=dom)),
        d=c.dt(c.today), t=c.time(style="ampm"), m=str(r.randint(12, 48)))
    c.w("Participants:\n")
    rows = [(c.nm(doc, "full"), "Host", c.ip(private=True), c.pick(["Windows 10, Chrome 121", "macOS, Safari 17"]))]
    rows.append((c.nm(pt, c.pick(["full", "lower", "first"])), "Guest", c.ip(private=False), c.pick(["iPhone (iOS 17.2)", "Android 14 / Samsung Internet", "iPad", "Windows 11, Edge"])))
    if fam is not None:
        rows.append((c.nm(fam, c.pick(["full", "first"])), "Guest (%s)" % fam.rel, c.ip(private=False), c.pick(["Android 13", "iPhone (iOS 16.7)"])))
    if interp is not None:
        rows.append(([c.nm(interp, "full"), " - ", c.pick(["Spanish", "Vietnamese", "Punjabi", "Arabic", "Tagalog", "Polish"]), " interpreter, ID ", ("id", c.idn("interp"))], "Panelist", c.ip(private=False), "Windows 10"))
    jh, jsec = r.randint(8, 16), r.randint(0, 1500)
    for nm, role, ip, dev in rows:
        jsec += r.randint(4, 240)
        t1 = "%02d:%02d:%02d" % (jh + jsec // 3600, (jsec // 60) % 60, jsec % 60)
        c.w("  ", nm, " (", role, ")  joined ", t1, "  from ", ("ip_address", ip), "  ", dev, "\n")
    c.f("\nNotes: identity verified (name + DOB {dob}). Pt located at {loc} during visit.\n", dob=c.dob(pt),
        loc=c.pick([["home, ", ("address", addr_of(c, pt).townline())], ["daughter's home in ", ("address", c.other_town()[0])], "work (private office)"]))


@layout("telehealth_chat", 2, "US UK CA")
def th_iso_export(c):
    pt = c.patient(old=0.15)
    doc = c.staff()
    r = c.rng
    sess = c.idn("msg")
    c.wr("# export session=", ("id", sess), " generated ", c.dt(c.today, "iso"), "T", c.time(style="24"), ":00Z\n")
    h = r.randint(13, 22)
    sec = r.randint(0, 1200)
    msgs = [
        ("system", None, "patient joined waiting room"),
        ("patient", pt, [c.pick(["hi, ", "hello ", ""]), "it's ", c.nm(pt, c.pick(["full", "first"])), ", dob ", c.dob(pt)]),
        ("clinician", doc, ["Thanks. Is ", ("address", addr_of(c, pt).line1()), " still your address for the pharmacy delivery?"]),
        ("patient", pt, ["yes. and my cell changed to ", c.ph(c.new_phone(mobile=True))]),
        ("clinician", doc, ["Noted. Your ", labs(c, 1), ". Continue ", med(c), "."]),
        ("patient", pt, c.pick([["ok thank you"], ["can my son ", c.nm(c.relative(pt, rel="son"), "first"), " pick it up?"], ["will do"]])),
        ("system", None, "session ended by clinician"),
    ]
    fmt = c.pick(["json", "pipe"])
    for role, who, body in msgs:
        sec += r.randint(5, 150)
        tsd = c.dt(c.today, "iso")
        tst = "T%02d:%02d:%02dZ" % (h + sec // 3600, (sec // 60) % 60, sec % 60)
        sender = [role] if who is None else [role, ":", c.nm(who, c.pick(["full", "lower", "LAST_FIRST_NC"]))]
        if fmt == "json":
            c.wr('{"ts":"', tsd, tst, '","from":"', sender, '","msg":"', body, '"}\n')
        else:
            c.wr(tsd, tst, " | ", sender, " | ", body, "\n")
    c.f("# {n} messages, clinician {dn} ({e})\n", n=str(len(msgs)), dn=c.nm(doc, "full"), e=("email", c.email_for(doc, staff_domain=c.org_domain())))


@layout("telehealth_chat", 3, "US US CA UK")
def th_waiting_audit(c):
    pt = c.patient(old=0.2)
    doc = c.staff()
    r = c.rng
    c.f("WAITING ROOM AUDIT TRAIL - {p}\n{l}{sid}\n\n", p=c.pick(D.TELEHEALTH), l=c.L(c.pick(["Session", "Visit ID", "Encounter"])), sid=("id", c.idn("msg")))
    h, sec = r.randint(8, 16), r.randint(0, 2400)
    ip = c.ip(private=False)
    dfmt = c.pick(["iso", "mdY"] if c.us else ["iso", "dmY"])

    def stamp():
        nonlocal sec
        sec += r.randint(3, 100)
        return [c.dt(c.today, dfmt), " %02d:%02d:%02d" % (h + sec // 3600, (sec // 60) % 60, sec % 60)]
    c.w(stamp(), "  LINK_OPENED  ip=", ("ip_address", ip), "  ua=Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X)\n")
    c.w(stamp(), "  ID_VERIFY  name=", c.nm(pt, c.pick(["full", "UPPER"])), "  dob=", c.dob(pt), "  ", "zip=" if c.us else "postcode=", ("zip", addr_of(c, pt).post), "  result=MATCH\n")
    c.w(stamp(), "  CONSENT_SIGNED  method=typed name \"", c.nm(pt, c.pick(["full", "lower"])), "\"\n")
    c.w(stamp(), "  DEVICE_CHECK  camera=ok mic=ok bandwidth=2.1Mbps\n")
    if c.chance(0.6):
        fam = c.relative(pt)
        c.w(stamp(), "  GUEST_INVITED  by=patient  guest=", c.nm(fam, "full"), "  sms=", c.ph(c.new_phone(mobile=True)), "\n")
    c.w(stamp(), "  PROVIDER_ADMIT  provider=", c.doctor(doc, form="full"), "  npi=" if c.us else "  reg=", ("license", c.npi() if c.us else (c.gmc() if c.uk else c.cpso())), "\n")
    c.w(stamp(), "  RECONNECT  ip=", ("ip_address", c.ip(private=False)), "\n")
    c.w(stamp(), "  VISIT_END  dx=", icd(c), "\n")


@layout("telehealth_chat", 4, "US UK CA")
def th_sms(c):
    pt = c.patient(old=0.1)
    nurse = c.staff()
    r = c.rng
    c.case = "normal"
    clinic_ph = c.new_phone(mobile=False)
    pph = phone_of(c, pt, mobile=True)
    c.f("SMS thread  {a} <-> {b}\n", a=c.ph(clinic_ph), b=c.ph(pph))
    c.f("Text-based visit (asynchronous) opened {d} by {n}, {cr}\n\n", d=c.dt(c.today), n=c.nm(nurse, "full"), cr=c.pick(["RN", "NP", "LPN"]))
    sym, rx = c.pick([("burning when i pee since ", "nitrofurantoin 100 mg BID x5d"), ("sore throat n fever since ", "amoxicillin 500 mg TID x10d"),
                      ("rash on my arm since ", "triamcinolone 0.1% cream BID"), ("eye red and crusty since ", "polymyxin/trimethoprim drops 1 gtt q4h")])
    msgs = [
        ("clinic", ["Hi this is ", c.nm(nurse, "first"), " from ", fac(c), ". Reply YES to start your text visit. Msg&data rates may apply."]),
        ("pt", ["yes"]),
        ("clinic", ["Please reply with your full name and date of birth"]),
        ("pt", [c.nm(pt, c.pick(["lower", "full", "lower"])), " ", c.dob(pt, c.pick(["mdy", "mdY", "dmy"] if not c.us else ["mdy", "mdY"]))]),
        ("clinic", ["Thanks ", c.nm(pt, "first"), "! What symptoms are you having?"]),
        ("pt", [sym, c.dt_short(c.days(-r.randint(1, 4))), " " + c.pick(["😣", "", "!!"])]),
        ("clinic", ["Any allergies? Which pharmacy? Is ", ("address", addr_of(c, pt).line1()), " still your home address?"]),
        ("pt", [c.pick(["no allergies. ", "penicillin. "]), "yes. ", pharm(c), " on ", ("address", c.new_addr(unit_p=0).street), c.pick(["", [". my wife ", c.nm(c.relative(pt, rel="wife"), "lower_first"), " can pick up"], [" or call my cell ", c.ph(c.new_phone(mobile=True))]])]),
        ("clinic", [c.doctor(c.staff()), " sent ", rx, ". If worse call ", emerg(c), ". -", c.nm(nurse, "initials")]),
    ]
    h, m = r.randint(8, 18), r.randint(0, 30)
    for who, body in msgs:
        m += r.randint(0, 4)
        c.case = "lower" if who == "pt" and c.chance(0.7) else "normal"
        c.w("%02d:%02d " % (h + m // 60, m % 60), ">> " if who == "clinic" else "<< ", body, "\n")
    c.case = "normal"


# =====================================================================================
# radiology_report
# =====================================================================================
EXAMS = [("CT HEAD WO CONTRAST", "70450", "No acute intracranial hemorrhage. Chronic small vessel ischemic change. Old lacunar infarct L basal ganglia.", "fall, on apixaban, GCS 14"),
         ("XR CHEST 2 VIEWS", "71046", "Mild cardiomegaly. Small bilateral pleural effusions. No pneumothorax.", "SOB, r/o CHF, BNP 1240"),
         ("CT ABD/PELVIS W CONTRAST", "74177", "Sigmoid diverticulitis with 2.1 cm pericolic abscess. No free air.", "LLQ pain, fever, WBC 13.2"),
         ("US RUQ", "76705", "Cholelithiasis with gallbladder wall thickening 5 mm, sonographic Murphy sign positive.", "RUQ pain, ALT 45"),
         ("MRI L-SPINE WO", "72148", "L4-5 broad-based disc bulge with moderate canal stenosis. Facet arthropathy L5-S1.", "back pain radiating to L leg x 8 wks"),
         ("XR HIP RIGHT 2 VIEWS", "73502", "Displaced subcapital femoral neck fracture. Diffuse osteopenia.", "hip pain after fall, shortened and rotated"),
         ("CTA CHEST PE PROTOCOL", "71275", "Acute segmental pulmonary emboli RLL. RV/LV ratio 0.9.", "tachycardia, hypoxia, Wells score 6")]


@layout("radiology_report", 0, "US CA")
def rad_report(c):
    pt = c.patient(old=0.3)
    rad = c.staff()
    ordp = c.staff()
    r = c.rng
    ex, code, find, hist = c.pick(EXAMS)
    c.f("{f}  Department of {d}\n", f=hosp(c), d=c.pick(["Radiology", "Diagnostic Imaging", "Medical Imaging"]))
    items = [(c.L("name"), c.nm(pt)), (c.L("mrn"), ident(c, pt, "mrn")), (c.L("dob"), c.dob(pt)),
             (c.lab("Age/Sex") + ": ", [c.age(pt, "bare"), "/" + pt.sex]), (c.L("acc"), ("id", c.idn("accession")))]
    if c.chance(0.5):
        items.append((c.L("acct"), ident(c, pt, "acct")))
    emit_items(c, items, c.pick(["grid", "inline", "pipe"]))
    c.f("Exam: {e} (CPT {cp})   Exam date: {d} {t}\n", e=ex, cp=code, d=c.dt(c.today), t=c.time(style="24"))
    c.f("Ordering: {o}   Reading: {rd}\n\n", o=c.doctor(ordp, form=c.pick(["full", "last_first"])), rd=c.doctor(rad, form="full"))
    c.f("CLINICAL HISTORY: {h}\nCOMPARISON: {cmp}\n\nFINDINGS: {f}\n\nIMPRESSION:\n1. {i}\n", h=hist,
        cmp=c.pick([["Prior study ", c.dt(c.days(-r.randint(100, 900)))], "None.", ["CT ", c.dt(c.days(-r.randint(30, 400)))]]), f=find, i=find.split(".")[0] + ".")
    if c.chance(0.6):
        res = c.staff()
        c.f("\nPreliminary read by {res} ({yr}) at {t}, discussed with {ed}; no discrepancy.\n", res=c.doctor(res, form=c.pick(["full", "last"])), yr=c.pick(["PGY-3", "R2", "fellow"]),
            t=c.time(style="24"), ed=c.doctor(c.staff()))
    c.f("\nElectronically signed by: {n}, {cr} on {d} {t}\n", n=c.nm(rad, c.pick(["full", "full_mi"])), cr=c.pick(["MD", "MD, FRCPC" if c.ca else "DO"]), d=c.dt(c.today), t=c.time(style="24"))


@layout("radiology_report", 1, "US US CA UK")
def rad_mri_screen(c):
    pt = c.patient(old=0.25, lo=45)
    tech = c.staff()
    r = c.rng
    c.f("MRI SAFETY SCREENING - IMPLANTED DEVICES\n")
    demo(c, pt, ["name", "dob", "mrn"] + (["age"] if pt.age > 89 else []), c.pick(["inline", "pipe"]), shuffle=0.2, per_line=4)
    c.f("Scheduled: {e} on {d}\n\n", e=c.pick(["MRI brain w/wo", "MRI C-spine wo", "MRI L-spine wo", "MR enterography"]), d=c.dt(c.days(r.randint(1, 10))))
    gen = c.pick([("Medtronic Azure XT DR MRI SureScan", "W1DR01"), ("Abbott Assurity MRI", "PM2272"), ("Boston Scientific ACCOLADE MRI", "L331"), ("Biotronik Enitra 8 DR-T", "407145")])
    c.f("Device 1: pacemaker generator {g}, model {m}, serial {sn}, implanted {d}\n", g=gen[0], m=gen[1], sn=("device", c.serial("pacer")), d=c.dt(c.days(-r.randint(300, 2500))))
    c.f("Lead RA: model {m} ({ln} cm), serial {sn}\n", m=c.pick(["5076", "CapSureFix Novus 5076", "Tendril MRI LPA1200M", "INGEVITY+ 7741"]), ln=c.pick(["52", "58", "45"]), sn=("device", c.serial("lead")))
    c.f("Lead RV: model {m}, serial {sn}\n", m=c.pick(["5076-58 cm", "LPA1200M/58", "7742", "Solia S 60"]), sn=("device", c.serial("lead")))
    c.f("Remote monitor: {m}, serial {sn}\n", m=c.pick(["MyCareLink Smart 25000", "Merlin@home EX1150", "LATITUDE 6290", "CardioMessenger Smart"]), sn=("device", c.serial("monitor")))
    c.f("Other: {o}\n", o=c.pick(["R TKA (2016) - non-ferromagnetic", "Cochlear implant - NONE", "Sternal wires", "IVC filter - none"]))
    c.f("Device clinic contacted ({ph}); rep {n} confirmed MR Conditional system, programmed to {mode} by {t} on {d}.\n", ph=c.ph(c.new_phone(mobile=False)),
        n=c.nm(c.staff(), c.pick(["full", "first"])), mode=c.pick(["DOO 85", "VOO", "ODO"]), t=c.pick(["device rep", "EP RN"]), d=c.dt_short(c.days(1)))
    c.f("Screened by {n}, {cr} {d}   Radiologist approval: {dr}\n", n=c.nm(tech, c.pick(["full", "init_last"])), cr=c.pick(["RT(R)(MR)", "MRI tech", "MR radiographer"]),
        d=c.dt(c.today), dr=c.doctor(c.staff()))


@layout("radiology_report", 2, "UK")
def rad_uk(c):
    pt = c.patient(old=0.35)
    rad = c.staff()
    gp = c.staff()
    r = c.rng
    ex, code, find, hist = c.pick(EXAMS)
    c.f("{tr}\nRadiology Department\n\n", tr=c.pick(D.TRUSTS_UK))
    items = [(c.L("name"), c.nm(pt, c.pick(["SURNAME_first", "surname_caps", "LAST_FIRST"]))), (c.L("hosp"), ident(c, pt, "hosp")), (c.L("nhs"), ident(c, pt, "nhs")),
             (c.L("dob"), c.dob(pt)), (c.L("addr"), ("address", addr_of(c, pt).full()))]
    emit_items(c, items, c.pick(["lines", "grid"]))
    c.f("Examination: {e}   Date: {d}   Accession: {a}\n", e=ex.title(), d=c.dt(c.today), a=("id", c.idn("accession")))
    c.f("Referrer: {dr}, {pr}\n\n", dr=c.doctor(gp, form=c.pick(["full", "init_last"])), pr=c.pick(D.FAC_UK + ["ED", "AMU"]))
    c.f("Clinical details: {h}\nComparison: {cmp}\n\nReport: {f}\n\n", h=hist, cmp=c.pick(["none available", ["previous study ", c.dt(c.days(-r.randint(60, 900)))]]), f=find)
    c.f("Reported by: {dr}, Consultant Radiologist  GMC {g}\nVerified {d} {t}\n", dr=c.doctor(rad, form="full"), g=("license", c.gmc()), d=c.dt(c.today), t=c.time(style="24"))
    c.f("Copy to GP: {dr}, {pr}{ph}\n", dr=c.doctor(c.staff()), pr=c.pick(D.FAC_UK), ph=[" (tel ", c.ph(c.new_phone(mobile=False)), ")"] if c.chance(0.6) else "")


@layout("radiology_report", 3, "US UK CA")
def rad_addendum(c):
    pt = c.patient(old=0.3)
    rad = c.staff()
    clin = c.staff()
    r = c.rng
    ex, code, find, hist = c.pick(EXAMS)
    c.f("ADDENDUM  {l}{acc}\n", l=c.L("acc"), acc=("id", c.idn("accession")))
    c.f("{pn}  {l}{mrn}  {l2}{dob}\n", pn=c.nm(pt), l=c.L("mrn"), mrn=ident(c, pt, "mrn"), l2=c.L("dob"), dob=c.dob(pt))
    c.f("Original exam: {e}, {d}   Ordering: {o}\n\n", e=ex, d=c.dt(c.days(-r.randint(0, 1))), o=c.doctor(c.staff(), form=c.pick(["full", "last_first"])))
    c.f("CRITICAL RESULT: {f}\n", f=c.pick(["Acute segmental PE.", "Free intraperitoneal air.", "Acute subdural hematoma 9 mm with 4 mm midline shift.", "Tension pneumothorax."]))
    c.f("Communicated by {rad} to {cl} ({role}) by telephone at {t} on {d} ({ph}); read-back confirmed.\n", rad=c.doctor(rad, form="last"), cl=c.nm(clin, c.pick(["full", "init_last"])),
        role=c.pick(["ED attending", "covering RN", "on-call SHO" if c.uk else "resident", "PCP"]), t=c.time(style="24"), d=c.dt(c.today), ph=c.ph(c.new_phone(mobile=False)))
    c.f("Initial attempt to reach ordering provider {dr} at {ph} unsuccessful ({t}).\n", dr=c.doctor(c.staff()), ph=c.ph(c.new_phone()), t=c.time(style="24"))
    c.f("{rad} {d} {t}\n", rad=c.nm(rad, c.pick(["full", "init_last", "initials"])), d=c.dt(c.today), t=c.time(style="24"))


@layout("radiology_report", 4, "US CA UK")
def rad_mammo_dexa(c):
    pt = c.patient(old=0.15, lo=45, sex="F")
    rad = c.staff()
    r = c.rng
    kind = c.pick(["MAMMO", "DEXA"])
    c.wr("NAME|DOB|MRN|ACC|EXAM DATE|EXAM\n")
    c.wr(c.nm(pt, c.pick(["LAST_FIRST_MI", "caret", "LAST_FIRST"])), "|", c.dt(pt.dob, c.pick(["mdY", "iso", "compact"])), "|", ident(c, pt, "hosp" if c.uk else "mrn"), "|",
         ("id", c.idn("accession")), "|", c.dt(c.today, c.pick(["mdY", "iso", "compact"])), "|",
         "SCREENING MAMMO BILAT W TOMO" if kind == "MAMMO" else "DEXA AXIAL", "\n\n")
    if kind == "MAMMO":
        c.f("History: screening. Maternal aunt breast ca age 52. Prior bx L breast {y} benign.\nComparison: {d1}, {d2}.\n", y=year_ago(c, 3, 10),
            d1=c.dt(c.days(-365 - r.randint(0, 30))), d2=c.dt(c.days(-730 - r.randint(0, 30))))
        c.f("Findings: Breast density C (heterogeneously dense). No suspicious mass, calcification or distortion.\nBI-RADS 1: Negative. Recall 1 year.\n")
    else:
        c.f("History: {a}, on {m}. Prior fracture: {fx}.\nComparison: {d1}.\n", a=c.age(pt, c.pick(["year-old", "y/o"])), m=c.pick(["alendronate 70 mg weekly", "prednisone 5 mg", "letrozole 2.5 mg"]),
            fx=c.pick(["Colles fracture (2018)", "none", "T12 compression"]), d1=c.dt(c.days(-730 - r.randint(0, 60))))
        c.f("L1-L4 BMD 0.812 g/cm2, T-score -2.6, Z-score -0.9. Femoral neck T-score -2.1. FRAX 10-yr major 18%, hip 4.1%.\nImpression: osteoporosis.\n")
    c.f("Letter mailed to patient at {ad} on {d}.\n", ad=("address", addr_of(c, pt).full()), d=c.dt_short(c.days(1)))
    c.f("Radiologist: {dr}  Tech: {t}\n", dr=c.doctor(rad, form="full"), t=c.nm(c.staff(), c.pick(["initials", "first_init"])))


# =====================================================================================
# pharmacy_call
# =====================================================================================
@layout("pharmacy_call", 0, "US US CA")
def ph_call_history(c):
    pt = c.patient(old=0.2)
    r = c.rng
    c.f("{p} - Member Call History\n", p=c.pick(["Keystone Mail Order Pharmacy", "Evergreen Specialty Pharmacy", "Crestline Rx Services"]))
    c.f("{l}{n}   {l2}{m}   {l3}{dob}\n", l=c.L("Member"), n=c.nm(pt, c.pick(["LAST_FIRST", "full"])), l2=c.L("member"), m=ident(c, pt, "member"), l3=c.L("dob"), dob=c.dob(pt))
    c.w("\n")
    agents = [c.staff(), c.staff(), c.staff()]
    d0 = c.days(-r.randint(3, 10))
    c.f("{d} {t} INBOUND  Agent: {a} (ID {aid})  Caller: member. Verified name/DOB/ZIP {z}. Asked status of {rx}. Advised shipped {d2}.\n",
        d=c.dt(d0), t=c.time(), a=c.nm(agents[0], c.pick(["full", "first_init"])), aid=("id", c.idn("badge")), z=("zip", addr_of(c, pt).post),
        rx=["Rx# ", ("id", c.idn("rx")), " ", med(c)], d2=c.dt_short(d0))
    c.f("{d} {t} OUTBOUND Agent: {a}  Called {ph}, LVM re: refill due {d2}.\n", d=c.dt(c.days(-2)), t=c.time(), a=c.nm(agents[1], c.pick(["full", "first_init"])),
        ph=c.ph(phone_of(c, pt)), d2=c.dt_short(c.days(3)))
    fam = c.relative(pt)
    c.f("{d} {t} INBOUND  Agent: {a}  Caller: {rel} {fn} (on HIPAA auth). New address: {ad}. Updated.\n", d=c.dt(c.days(-1)), t=c.time(),
        a=c.nm(agents[2], c.pick(["full", "first_init"])), rel=fam.rel, fn=c.nm(fam, c.pick(["full", "first"])), ad=("address", c.new_addr().full()))
    c.f("{d} {t} TRANSFER to clinical pharmacist {p}, {cr}: counseled on {m}. Ticket {tk}.\n", d=c.dt(c.today), t=c.time(), p=c.nm(c.staff(), "full"),
        cr=c.pick(["PharmD", "RPh"]), m=med(c), tk=("id", c.idn("ticket")))


@layout("pharmacy_call", 1, "US")
def ph_reject_queue(c):
    r = c.rng
    c.f("PA / REJECT WORK QUEUE  {d}  Store {s}\n", d=c.dt(c.today), s=str(r.randint(100, 9999)))
    c.w("BIN 610014  PCN MEDDPRIME  (payer routing)\n")
    sep = c.pick([" | ", "\t"])
    c.w(sep.join(["Rx#", "Patient", "DOB", "Drug", "Reject", "Prescriber", "Prescriber fax", "Status"]), "\n")
    for i in range(3):
        p = c.patient(old=0.15)
        doc = c.staff()
        c.w(("id", c.idn("rx")), sep, c.nm(p, c.pick(["LAST_FIRST", "LAST_FIRST_NC"])), sep, c.dob(p), sep,
            c.pick(["OZEMPIC 1MG/0.75ML", "ELIQUIS 5 MG TAB", "HUMIRA PEN 40MG/0.4ML", "JARDIANCE 10MG", "DUPIXENT 300MG"]), sep,
            c.pick(["75 - PA REQUIRED", "70 - NOT COVERED", "76 - PLAN LIMITS", "79 - REFILL TOO SOON", "MR - NON-FORMULARY"]), sep,
            c.nm(doc, c.pick(["init_last", "LAST_FIRST"])), sep, c.fax(), sep, c.pick(["faxed PA req", "called MD", "pt notified", "pending"]), "\n")
    c.f("\nNotes: {n} called back from {ph}, wants to pay cash for {m}.   -{i}\n", n=c.nm(c.patient(), c.pick(["full", "first_init"])), ph=c.ph(c.new_phone(mobile=True)),
        m=c.pick(["the 30 day", "metformin", "ondansetron 4 mg"]), i=c.nm(c.staff(), "initials"))


@layout("pharmacy_call", 2, "US")
def ph_transfer(c):
    pt = c.patient(old=0.2)
    rph1, rph2 = c.staff(), c.staff()
    doc = c.staff()
    r = c.rng
    c.f("PRESCRIPTION TRANSFER (RECEIVED)   {d} {t}\n", d=c.dt(c.today), t=c.time())
    c.f("Patient: {n}   {l}{dob}   {l2}{ph}\n", n=c.nm(pt), l=c.L("dob"), dob=c.dob(pt), l2=c.L("phone"), ph=c.ph(phone_of(c, pt)))
    c.f("Transferring pharmacy: {p}\n{ad}\n{l}{ph}   DEA {dea}   NPI {npi}\n", p=pharm(c), ad=("address", c.new_addr(unit_p=0).full()), l=c.L("tel"),
        ph=c.ph(c.new_phone(mobile=False)), dea=("license", c.dea(rph1)), npi=("license", c.npi()))
    c.f("Transferring RPh: {n}   Receiving RPh: {n2}\n", n=c.nm(rph1, c.pick(["full", "init_last"])), n2=c.nm(rph2, c.pick(["full", "init_last"])))
    c.f("Original {l}{rx}   Written {d}   First filled {d2}   Last filled {d3}\n", l=c.L("rx"), rx=("id", c.idn("rx")), d=c.dt(c.days(-r.randint(60, 300))),
        d2=c.dt(c.days(-r.randint(40, 59))), d3=c.dt(c.days(-r.randint(5, 30))))
    c.f("Drug: {m}   Qty 90   Refills remaining: {rf}\n", m=med(c), rf=str(r.randint(1, 5)))
    c.f("Prescriber: {dr}  {l}{npi}  {l2}{ph}\n", dr=c.doctor(doc, form="full"), l=c.L("npi"), npi=("license", c.npi()), l2=c.L("tel"), ph=c.ph(c.new_phone(mobile=False)))
    c.f("New Rx # {rx}. Original inactivated. Pt notified by text.\n", rx=("id", c.idn("rx")))


@layout("pharmacy_call", 3, "CA")
def ph_canada(c):
    pt = c.patient(old=0.25)
    rph = c.staff()
    doc = c.staff()
    r = c.rng
    fr = c.prov == "QC"
    c.f("{p} - {t}\n", p=pharm(c), t="Notes au dossier / Patient notes" if fr else "Pharmacist notes")
    c.f("{l}{n}   {l2}{hc}   {l3}{dob}\n", l=c.L("Patient"), n=c.nm(pt), l2=c.L(c.hc_label()), hc=ident(c, pt, "hc"), l3=c.L("DOB"), dob=c.dob(pt))
    c.f("{l}{ph}   {l2}{pc}\n\n", l=c.L("phone"), ph=c.ph(phone_of(c, pt)), l2=c.L("postal"), pc=c.zp(addr_of(c, pt)))
    drug = c.pick([("ELIQUIS 5MG TAB", "02377233"), ("JANUVIA 100MG", "02303922"), ("SYNTHROID 0.075MG", "02172070"), ("RAMIPRIL 5MG CAP", "02221837"), ("METFORMIN 500MG", "02099233")])
    c.f("{d} - Call from {dr}'s office ({ph}) re: {dn} (DIN {din}). ", d=c.dt(c.days(-1)), dr=c.doctor(doc, form="last"), ph=c.ph(c.new_phone(mobile=False)), dn=drug[0], din=drug[1])
    c.f("Prescriber {dr2}, {l}{lic}. New Rx {rx} faxed from {fx}.\n", dr2=c.nm(doc, "full"), l="Permis " if fr else ("CPSO " if c.prov == "ON" else "Licence # "), lic=("license", c.cpso()), rx=("id", c.idn("rx")), fx=c.fax())
    c.f("{d} - Pt called, {q}. {lv}. Renewed x90d under s. 5 (pharmacist renewal). Next MedsCheck {d2}.\n", d=c.dt(c.today),
        q=c.pick(["asking about dizziness", "lost her pills at cottage", "wants blister pack", "side effect: cough"]), lv=labs(c, 1), d2=c.dt_short(c.days(r.randint(30, 90))))
    fam = c.relative(pt)
    c.f("{rel} {n} will pick up ({ph}).\n", rel=fam.rel.capitalize(), n=c.nm(fam, "first"), ph=c.ph(c.new_phone(mobile=True)))
    c.f("-- {n}, {cr}\n", n=c.nm(rph, c.pick(["full", "init_last", "initials"])), cr=c.pick(["RPh", "Pharm.D.", "pharmacien(ne)" if fr else "BScPhm"]))


@layout("pharmacy_call", 4, "US")
def ph_specialty_intake(c):
    pt = c.patient(old=0.1)
    agent = c.staff()
    r = c.rng
    drug, _, _ = c.pick([("adalimumab 40 mg/0.4 mL pen", 0, 0), ("dupilumab 300 mg pen", 0, 0), ("etanercept 50 mg SureClick", 0, 0), ("enoxaparin 40 mg/0.4 mL", 0, 0)])
    c.f("SPECIALTY PHARMACY INTAKE CALL  {d} {t}\n", d=c.dt(c.today), t=c.time())
    c.f("Agent: {a}   Call ref: {ref}\n", a=c.nm(agent, c.pick(["full", "first_init"])), ref=("id", c.idn("ref")))
    c.f("Patient: {n}   {l}{dob}\n", n=c.nm(pt), l=c.L("dob"), dob=c.dob(pt))
    if c.chance(0.5):
        c.f("Identity verified with DOB and ZIP {z}.\n", z=("zip", addr_of(c, pt).post))
    else:
        c.f("Identity verified with DOB and last 4 of SSN ({s}).\n", s=("ssn", c.digits(4)))
    c.f("Rx: {d} from {dr} ({l}{npi}). Ins: {p} {l2}{m}\n", d=drug, dr=c.doctor(c.staff()), l=c.L("npi"), npi=("license", c.npi()), p=payer(c), l2=c.L("member"), m=ident(c, pt, "member"))
    a = addr_of(c, pt)
    c.f("Ship to: {ad}  Delivery {d} (signature required).\n", ad=("address", a.full()), d=c.dt_short(c.days(r.randint(1, 4))))
    fam = c.relative(pt)
    c.f("Best contact {ph}; alt {rel} {fn} {ph2}. Email for tracking: {e}\n", ph=c.ph(phone_of(c, pt)), rel=fam.rel, fn=c.nm(fam, "first"),
        ph2=c.ph(c.new_phone(mobile=True)), e=ident(c, pt, "email"))
    c.f("Copay $" + str(r.choice([0, 5, 10, 25, 150])) + ". Consent for auto-refill: e-signature captured on pad (capture ID {b}).\n", b=("biometric", c.idn("bio")))
    c.f("Nurse training scheduled {d} with {n}.\n", d=c.dt_short(c.days(r.randint(3, 9))), n=c.nm(c.staff(), c.pick(["full", "first"])))


# =====================================================================================
# death_records
# =====================================================================================
def _cod(c):
    return c.pick([["Cardiopulmonary arrest is NOT acceptable. a) Acute on chronic diastolic heart failure (I50.33) - days; b) Hypertensive heart disease - years"],
                   ["a) Aspiration pneumonia (J69.0) - 3 days; b) Advanced Alzheimer dementia - 6 years"],
                   ["a) Metastatic adenocarcinoma of pancreas (C25.9) - 8 months"],
                   ["a) Complications of right hip fracture (S72.001A) following fall - 2 weeks; b) Osteoporosis"],
                   ["a) Sepsis due to urinary tract infection - 2 days; b) Parkinson disease - 10 years"]])


@layout("death_records", 0, "US")
def dr_worksheet(c):
    p = c.patient(old=0.55, lo=55)
    dod = c.days(-r_int(c, 1, 6))
    spouse = c.relative(p, rel="husband" if p.sex == "F" else "wife", same_last=0.8)
    inf = c.relative(p, rel=c.pick(["daughter", "son", "niece", "nephew"]))
    fd = c.staff()
    cert = c.staff()
    c.f("DEATH CERTIFICATE WORKSHEET (facility copy - not an official record)\n")
    a = addr_of(c, p)
    items = [("1. Decedent's legal name: ", c.nm(p, c.pick(["full_mid", "UPPER", "full_mi"]))), ("2. Sex: ", "F" if p.sex == "F" else "M"),
             ("3. SSN: ", ident(c, p, "ssn")), ("4a. Age (years): ", c.age(p, "bare")), ("5. Date of birth: ", c.dob(p)),
             ("6. Birthplace (state/country): ", c.pick(["Ohio", "Puerto Rico", "Philippines", "Mexico", "Poland", "Jamaica", "Nigeria", "Texas"])),
             ("7a. Residence: ", ("address", a.line1())), ("7b. City/Town: ", ("address", a.town)), ("7c. State: ", a.prov), ("7d. ZIP: ", ("zip", a.post)),
             ("10. Surviving spouse: ", c.nm(spouse, "full")), ("11. Father's name: ", c.nm(c.person(sex="M", last=p.last, lo=80, hi=100), "full")),
             ("12. Mother's name prior to first marriage: ", c.nm(c.person(sex="F", lo=80, hi=100), "full")),
             ("13a. Informant: ", [c.nm(inf, "full"), " (", inf.rel, ") ", c.ph(c.new_phone(mobile=True))]),
             ("24. Date pronounced dead: ", [c.dt(dod), " ", c.time(style="hhmm")]), ("Place of death: ", hosp(c) + " - inpatient")]
    if c.chance(0.4):
        items.pop(5)  # birthplace sometimes omitted
    emit_items(c, items, "lines")
    c.w("32. Cause of death: ")
    c.w(_cod(c), "\n")
    c.f("Funeral facility: {fh}   Funeral director: {n}, lic. {l}\n", fh=c.pick(D.FUNERAL), n=c.nm(fd, c.pick(["full", "init_last"])), l=("license", c.state_lic()))
    c.f("Certifier: {dr}  {l}{lic}\n", dr=c.doctor(cert, form="full"), l=c.L("lic"), lic=("license", c.state_lic()))


def r_int(c, a, b):
    return c.rng.randint(a, b)


@layout("death_records", 1, "US CA")
def dr_amendment(c):
    p = c.patient(old=0.5, lo=55)
    fd = c.staff()
    r = c.rng
    fh = c.pick(D.FUNERAL)
    fac_header(c, fh)
    c.f("\n{d}\n\n{office}\n", d=c.dt(c.today), office=c.pick(["Office of Vital Records - Amendments Unit", "State Registrar - Corrections"] if c.us else (["Directeur de l'état civil"] if c.prov == "QC" else ["Vital Statistics Agency", "Office of the Registrar General - Corrections"])))
    c.f("RE: Request to amend death record of {n}\n{l}{cn}   {l2}{dod}\n", n=c.nm(p, c.pick(["full", "UPPER"])), l=c.L(c.pick(["Certificate No.", "State file #", "Registration No."] if c.us else ["Registration No.", "Reg. #", "Certificate No."])),
        cn=("id", c.idn("cert")), l2=c.L("dod"), dod=c.dt(c.days(-r.randint(10, 60))))
    c.f("{l}{fid}\n\n", l=c.pick(["Our case # ", "Funeral home case no. ", "FH file: "]), fid=("id", c.idn("funeral")))
    wrong = c.asr(p.last).capitalize() if c.chance(0.5) else p.last
    c.f("Item 1 (decedent's name) reads \"{w}\"; correct spelling is \"{rgt}\" per passport. ", w=("name", p.first + " " + wrong + ("e" if wrong == p.last else "")), rgt=c.nm(p, "full"))
    c.f("Item 5 (date of birth) reads {a}; correct is {b}. ", a=c.dt(p.dob.replace(day=min(28, p.dob.day % 28 + 1))), b=c.dob(p))
    if c.us:
        c.f("Item 3 (SSN) should read {s}. ", s=ident(c, p, "ssn"))
    else:
        c.f("SIN {s} to be added. ", s=ident(c, p, "sin"))
    inf = c.relative(p, rel=c.pick(["daughter", "son"]))
    c.f("Affidavit signed by informant {n} ({rel}), {ad}, on {d}.\n\n", n=c.nm(inf, "full"), rel=inf.rel, ad=("address", addr_of(c, inf).full()), d=c.dt(c.days(-2)))
    c.f("Sincerely,\n{n}\nFuneral Director{lic}\n", n=c.nm(fd, "full"), lic=[", Lic. # ", ("license", c.state_lic())] if c.us else "")


@layout("death_records", 2, "US")
def dr_vital_letter(c):
    p = c.patient(old=0.5, lo=55)
    rel = c.relative(p, rel=c.pick(["daughter", "son", "wife", "husband", "granddaughter"]))
    clerk = c.staff()
    r = c.rng
    c.f("{st} DEPARTMENT OF HEALTH\nVital Records Section\n\n", st={"MA": "COMMONWEALTH OF MASSACHUSETTS", "OH": "OHIO", "TX": "TEXAS", "PA": "PENNSYLVANIA"}.get(c.prov, "STATE"))
    c.f("{d}\n\n", d=c.dt(c.today, "MdY_long"))
    a = addr_of(c, rel)
    c.f("{n}\n{l1}\n{l2}\n\n", n=c.nm(rel, c.pick(["UPPER", "full"])), l1=("address", a.line1()), l2=("address", a.townline()))
    c.f("{l}{ref}\n\n", l=c.L(c.pick(["Order #", "Request No.", "Our ref"])), ref=("id", c.idn("ref")))
    c.f("Dear {t},\n\n", t=c.titled(rel))
    c.f("We received your request dated {d} for {n} certified copies of the death certificate of {dn}, who died on {dod} at {h}. ", d=c.dt(c.days(-r.randint(7, 20))), n=words(r.randint(2, 6)),
        dn=c.nm(p, c.pick(["full", "full_mi"])), dod=c.dt(c.days(-r.randint(30, 90))), h=hosp(c))
    c.f("Our records show the decedent's date of birth as {dob} and age at death as {a}. ", dob=c.dob(p), a=c.age(p, "bare"))
    c.f("Because you are listed as the {rel}, you are eligible. However, the fee of $" + str(r.choice([20, 24, 34])) + " per copy was not enclosed.\n\n", rel=rel.rel)
    c.f("Please call {ph} or write to {e}. Certificate file number {cn}.\n\nSincerely,\n{n}\nVital Records Clerk\n", ph=c.ph(c.new_phone(mobile=False)),
        e=("email", "vitalrecords@" + c.pick(["statehealthdept.org", "dph-vitalrecords.org", "vr-office.org"])), cn=("id", c.idn("cert")), n=c.nm(clerk, "full"))


@layout("death_records", 3, "UK")
def dr_uk_mccd(c):
    p = c.patient(old=0.6, lo=60)
    me = c.staff()
    doc = c.staff()
    reg = c.staff()
    inf = c.relative(p)
    r = c.rng
    dod = c.days(-r.randint(2, 7))
    c.f("MEDICAL EXAMINER / MCCD NOTES - {tr}\n\n", tr=c.pick(D.TRUSTS_UK))
    items = [(c.L("name"), c.nm(p, c.pick(["SURNAME_first", "surname_caps", "full"]))), (c.L("dob"), c.dob(p)), (c.L("dod"), [c.dt(dod), " ", c.time(style="24")]),
             (c.L("nhs"), ident(c, p, "nhs")), (c.L("hosp"), ident(c, p, "hosp")), ("Usual address: ", ("address", addr_of(c, p).full()))]
    emit_items(c, items, c.pick(["lines", "grid"]))
    c.f("\nME scrutiny by {me} (GMC {g}) on {d}. Discussed with attending {dr}.\n", me=c.doctor(me, form="full"), g=("license", c.gmc()), d=c.dt(c.days(-1)), dr=c.doctor(doc))
    c.f("Proposed MCCD: Ia {a}\n          II {b}\n", a=c.pick(["Aspiration pneumonia", "Frailty of old age" if p.age > 80 else "Metastatic colorectal cancer", "Community acquired pneumonia"]),
        b=c.pick(["Alzheimer dementia", "Parkinson disease", "Chronic kidney disease stage 4", "Atrial fibrillation"]))
    c.f("Not for coroner referral. Bereaved: {rel} {n} ({ph}) contacted {d}, no concerns raised.\n", rel=inf.rel, n=c.nm(inf, "full"), ph=c.ph(c.new_phone(mobile=True)), d=c.dt_short(c.days(-1)))
    c.f("Registrar ({off}) notified: {rn}, entry no. {e}, registered {d}.\n", off=c.pick(["Wigan Register Office", "Register Office", "Registration Service"]), rn=c.nm(reg, c.pick(["full", "init_last"])),
        e=("id", c.digits(3, True)), d=c.dt(c.today))
    c.f("Cremation form 4 completed by {dr}. {age}\n", dr=c.doctor(doc), age=["Age at death ", c.age(p, "bare"), "."])


@layout("death_records", 4, "CA")
def dr_ca_funeral(c):
    p = c.patient(old=0.55, lo=60)
    nok = c.relative(p, rel=c.pick(["daughter", "son", "wife", "husband"]))
    fd = c.staff()
    r = c.rng
    fr = c.prov == "QC"
    fh = c.pick(D.FUNERAL)
    c.f("{fh} - {t}\n", fh=fh, t="Arrangement conference notes" if not fr else "Notes d'arrangements / Arrangement notes")
    c.f("{l}{fid}   Conference {d} {t}\n\n", l=c.L(c.pick(["Case #", "File", "Dossier"])), fid=("id", c.idn("funeral")), d=c.dt(c.today), t=c.time(style="24"))
    items = [(c.L(c.pick(["Deceased", "Name of deceased"] + (["Défunt(e)"] if fr else []))), c.nm(p, c.pick(["full", "LAST_FIRST", "full_mid"]))), (c.L("dob"), c.dob(p)),
             (c.L("dod"), c.dt(c.days(-r.randint(1, 4)))), (c.L("sin"), ident(c, p, "sin")), (c.L(c.hc_label()), ident(c, p, "hc")),
             (c.L("Last address"), ("address", addr_of(c, p).full())), (c.lab("Age") + ": ", c.age(p, "bare"))]
    emit_items(c, items, c.pick(["lines", "grid"]))
    c.f("\nNOK/informant: {n} ({rel}) {ph}, {e}\n", n=c.nm(nok, "full"), rel=nok.rel, ph=c.ph(c.new_phone(mobile=True)), e=ident(c, nok, "email"))
    c.f("Place of death: {h}. Attending physician {dr} to complete Medical Certificate of Death.\n", h=c.pick(D.HOSP_CA + ["residence"]), dr=c.doctor(c.staff()))
    c.f("Disposition: {d}. Service {sd} at {t}. CPP death benefit application started; {who} to bring {doc}.\n", d=c.pick(["cremation", "burial, Mount Hope Cemetery", "cremation, niche TBD"]),
        sd=c.dt_short(c.days(r.randint(4, 10))), t=c.pick(["11:00", "2 pm", "10h30"]), who=c.nm(nok, "first"), doc=c.pick(["marriage certificate", "SIN card", "will"]))
    c.f("Director: {n}\n", n=c.nm(fd, c.pick(["full", "init_last"])))
