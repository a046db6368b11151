"""Layouts for case_management, home_health, lab_requisition, prior_auth_appeal."""

import corpus_data as D
from corpus_core import layout, words
from corpus_blocks import (ncred, ident, phone_of, addr_of, demo, demo_items, emit_items, fac, hosp, payer, fac_header,
                           signature, med, vit, labs, icd, cpt, epo, epo_dx, room, year_ago, spoken_digits, pharm, emerg,
                           fax_header)


def _on_town(c):
    towns = [t for t in D.CA_TOWNS if t[1] == "ON"]
    c.town = c.pick(towns)
    c.prov = "ON"


# =====================================================================================
# case_management
# =====================================================================================
@layout("case_management", 0, "US")
def cm_ur_review(c):
    pt = c.patient(old=0.3, lo=45)
    cm = c.staff()
    rev = c.staff()
    r = c.rng
    day = r.randint(2, 9)
    adm = c.days(-day)
    c.f(c.pick(["UTILIZATION REVIEW - {t}\n", "UR NOTE ({t})\n", "Concurrent Review: {t}\n"]),
        t=c.pick(["Inpatient Day %d" % day, "Continued Stay", "Admission Review", "Obs -> IP conversion"]))
    demo(c, pt, ["name", "mrn", "acct"] + (["dob"] if c.chance(0.5) else []), c.pick(["inline", "pipe"]), shuffle=0.3, per_line=4)
    c.f("{l}{d}   {rm}   Attending: {dr}\n", l=c.L(c.pick(["Adm", "Admit date", "Admitted"])), d=c.dt(adm), rm=room(c), dr=c.doctor(c.staff()))
    c.f("{l}{p}   {l2}{m}\n", l=c.L("Payer"), p=payer(c), l2=c.L("member"), m=ident(c, pt, c.pick(["member", "member", "mbi"])))
    c.f("{l}{a}   approved thru {d}\n", l=c.L("auth"), a=("id", c.idn("auth")), d=c.dt(c.days(r.randint(0, 3))))
    c.f("Payer reviewer: {n}, {cr}  {l}{ph}  {l2}{fx}\n", n=c.nm(rev, c.pick(["full", "first_init", "first"])), cr=c.pick(["RN", "LPN", "RN CCM"]),
        l=c.L("tel"), ph=c.ph(c.new_phone(mobile=False)), l2=c.L("fax"), fx=c.fax())
    c.f("Clinicals faxed {d} {t}. {crit} criteria {met}. Dx: {dx}. {v}. {l}. IV {m}.\n",
        d=c.dt_short(c.today), t=c.time(), crit=c.pick(["InterQual", "IQ", "MCG", "Milliman"]), met=c.pick(["met for acute", "NOT met - sent for PA review", "met, day %d" % day]),
        dx=icd(c), v=vit(c, 3), l=labs(c, 2), m=c.pick(["ceftriaxone 1 g q24h", "heparin gtt", "furosemide 40 mg IV BID", "vanc per pharmacy"]))
    if c.chance(0.6):
        c.f("Peer-to-peer offered w/ {md} by {d}. ", md=c.doctor(c.staff()), d=c.dt_short(c.days(1)))
    c.f("Next review {d}. Anticipated d/c {d2} to {where}.\n", d=c.dt_short(c.days(r.randint(1, 3))), d2=c.dt_short(c.days(r.randint(2, 6))),
        where=c.pick(["home w/ HH", "SNF", "IRF", "home"]))
    c.f(c.pick(["-- {n}, {cr}\n", "{n} {cr} / UR\n", "Reviewed by: {n}, {cr}\n"]), n=c.nm(cm, c.pick(["full", "init_last", "initials"])), cr=c.pick(["RN, CCM", "RN", "RN, ACM"]))


@layout("case_management", 1, "US UK CA")
def cm_bedside(c):
    pt = c.patient(old=0.45, lo=55)
    cm = c.staff()
    fam = c.relative(pt, rel=c.pick(["daughter", "son", "wife", "husband", "niece"]))
    fam2 = c.relative(pt, rel=c.pick(["son", "daughter", "granddaughter", "nephew"]), same_last=0.3)
    r = c.rng
    a = addr_of(c, pt)
    c.typo = max(c.typo, 0.02)
    if c.uk:
        c.f("Discharge coordinator note {d} {t}\n", d=c.dt(c.today), t=c.time())
    else:
        c.f("{h} {d} {t}\n", h=c.pick(["CM NOTE", "Case Management Progress Note", "SW/CM bedside note", "Care Coordination Note"]), d=c.dt(c.today), t=c.time())
    c.f("{n}  {l}{mrn}  {l2}{dob}\n", n=c.nm(pt), l=c.L("mrn"), mrn=ident(c, pt, "mrn"), l2=c.L("dob"), dob=c.dob(pt))
    c.f("{who} met with pt at bedside {rm}, {rel} {fn} present. ", who=c.pick(["CM", "Writer", "This CM", "SW"]), rm=room(c), rel=fam.rel, fn=c.nm(fam, c.pick(["full", "first"])))
    c.f("Pt is a {age} {sx} admitted {d} w/ {dx}. ", age=c.age(pt, c.pick(["y/o", "yo", "year-old", "words"])), sx="F" if pt.sex == "F" else "M",
        d=c.dt_short(c.days(-r.randint(2, 8))), dx=icd(c))
    c.f(("Lives with " + fam.rel if fam.rel in ("wife", "husband") else "Lives alone") + " at {ad} in a {h}, {stairs}. ", ad=("address", a.line1() if c.chance(0.6) else a.full()),
        h=c.pick(["2-story home", "bungalow" if not c.us else "ranch home", "3rd floor walk-up", "ground floor flat" if c.uk else "mobile home"]),
        stairs=c.pick(["14 steps to enter", "no stairs", "bedroom upstairs", "1 step"]))
    if c.us:
        c.f("Has Medicare {mbi}{mc}. ", mbi=ident(c, pt, "mbi"), mc=[" + Medicaid ", ident(c, pt, "medicaid")] if c.chance(0.5) else "")
    elif c.ca:
        c.f("{l}{hc}. ", l=c.hc_label() + " ", hc=ident(c, pt, "hc"))
    else:
        c.f("NHS no {n}. ", n=ident(c, pt, "nhs"))
    c.f("PTA independent w/ walker, {e}. {v}. ", e=epo_dx(c), v=vit(c, 2))
    c.f("{rel2} {f2} lives in {tw} and can help weekends ({ph}). ", rel2=fam2.rel.capitalize(), f2=c.nm(fam2, "first"), tw=("address", c.other_town()[0]),
        ph=c.ph(c.new_phone(mobile=True)))
    c.f("{fn}'s cell {ph}. ", fn=c.nm(fam, "first"), ph=c.ph(c.new_phone(mobile=True)))
    if c.uk:
        c.f("Plan: D2A pathway 2 vs package of care x4/day; family prefer {h}. Referral to social services sent {d}.\n", h=c.pick(D.SNFS), d=c.dt_short(c.today))
    else:
        c.f("Plan: {p}; family prefers {h}. PCP {dr} aware.\n", p=c.pick(["SNF vs home w/ HH", "home w/ HH PT/OT + aide", "LTC application"]),
            h=c.pick(D.SNFS), dr=c.doctor(c.staff()))
    c.f("{n}, {cr}\n", n=c.nm(cm, c.pick(["full", "init_last", "first_init"])), cr=c.pick(["RN CM", "LCSW", "MSW", "RN, CCM"]))


@layout("case_management", 2, "US CA UK")
def cm_snf_faxes(c):
    pt = c.patient(old=0.4, lo=60)
    cm = c.staff()
    r = c.rng
    kind = "care home" if c.uk else ("LTC/convalescent care" if c.ca else "SNF")
    c.f("{k} REFERRAL LOG\n", k=kind.upper())
    demo(c, pt, ["name", "dob", "mrn"] + (["member"] if c.us else (["nhs"] if c.uk else ["hc"])), c.pick(["inline", "pipe"]), shuffle=0.2, per_line=4)
    c.f("Referral packet (H&P, PT/OT notes, MAR, {face}) faxed {d}:\n\n", face="face sheet" if not c.uk else "TTO", d=c.dt(c.today))
    sep = c.pick([" | ", "\t", "  |  "])
    c.w(sep.join(["Facility", "Fax", "Contact", "Status"]), "\n")
    for fname in c.shuffled(D.SNFS)[:r.randint(3, 4)]:
        who = c.staff()
        st = c.pick([["Accepted ", c.dt_short(c.days(1))], "Declined - no Medicaid bed" if c.us else "Declined - no bed", "Pending",
                     ["Bed offer ", c.dt_short(c.days(2))], "Declined (behaviours)"])
        c.w(fname, sep, c.fax(), sep, c.nm(who, c.pick(["first_init", "full", "first"])), sep, st, "\n")
    fam = c.relative(pt)
    c.f("\nFamily ({rel} {n}, {ph}) updated; prefer {f}. Pt {age}, needs {need}. {dx}.\n",
        rel=fam.rel, n=c.nm(fam, c.pick(["first", "full"])), ph=c.ph(c.new_phone(mobile=True)), f=c.pick(D.SNFS), age=c.age(pt, c.pick(["y/o", "yo", "aged"])),
        need=c.pick(["2 assist + hoyer", "24h supervision", "IV abx x 14d", "wound care (stage 4 sacral)"]), dx=icd(c))
    c.f("{n}, {cr} {l}{ph}\n", n=c.nm(cm, c.pick(["full", "init_last"])), cr=c.pick(["RN CM", "MSW", "Discharge Planner"]),
        l=c.pick(["Ph ", "Tel ", "desk "]), ph=c.ph(c.new_phone(mobile=False)))


@layout("case_management", 3, "US")
def cm_payer_calls(c):
    pt = c.patient(old=0.3, lo=40)
    cm = c.staff()
    r = c.rng
    pay = payer(c)
    c.f("PAYER CALL LOG - {pn}   {l}{m}   {l2}{dob}\n", pn=c.nm(pt, c.pick(["LAST_FIRST", "full"])), l=c.L("member"), m=ident(c, pt, "member"),
        l2=c.L("dob"), dob=c.dob(pt))
    c.f("Payer: {p}   UM line {ph}   UM fax {fx}\n\n", p=pay, ph=c.ph(c.new_phone(mobile=False)), fx=c.fax())
    d0 = c.days(-2)
    rep1, rep2 = c.staff(), c.staff()
    c.f("{d} {t} - Called for auth, spoke w/ {n} (rep ID {rid}), {l}{ref}. Clinicals requested.\n", d=c.dt(d0), t=c.time(), n=c.nm(rep1, "first"),
        rid=("id", c.idn("badge")), l=c.L("ref"), ref=("id", c.idn("ref")))
    c.f("{d} {t} - Faxed clinicals ({n} pgs). Conf rec'd.\n", d=c.dt(d0), t=c.time(), n=str(r.randint(6, 40)))
    c.f("{d} {t} - {n} called back from {ph}: {res}\n", d=c.dt(c.days(-1)), t=c.time(), n=c.nm(rep2, c.pick(["first", "full"])),
        ph=c.ph(c.new_phone(mobile=False)), res=c.pick([["auth # ", ("id", c.idn("auth")), " approved x3 days"],
                                                       ["pended for MD review, ", "case # ", ("id", c.idn("ref"))],
                                                       ["denied obs -> IP, P2P available until ", c.dt_short(c.days(1))]]))
    c.f("{d} {t} - Updated {dr} re: {x}. {fam}\n", d=c.dt(c.today), t=c.time(), dr=c.doctor(c.staff()), x=c.pick(["P2P", "denial", "approval"]),
        fam=c.pick(["Family aware.", ["Left VM for ", c.relative(pt).rel, " ", c.nm(c.relative(pt), "first"), "."], ""]))
    c.f("{i}\n", i=c.nm(cm, c.pick(["initials", "full", "init_last"])))


@layout("case_management", 4, "US")
def cm_auth_grid(c):
    pt = c.patient(old=0.25, lo=30)
    r = c.rng
    c.f("AUTHORIZATION SUMMARY\n")
    demo(c, pt, ["name", "member", "dob"] + (["group"] if c.chance(0.4) else []), "pipe", shuffle=0.3, per_line=4)
    c.f("Plan: {p}   PCP: {dr}\n\n", p=payer(c), dr=c.doctor(c.staff()))
    sep = c.pick([" | ", " ¦ ", "|"])
    c.w(sep.join(["Service", "CPT/HCPCS", "Auth #", "Start", "End", "Units", "Status"]), "\n")
    rows = c.shuffled([("SNF", "-", "7 days"), ("PT eval", "97161", "1"), ("PT", "97110", "12 visits"), ("HH SN", "G0299", "9 visits"),
                       ("MRI L-spine", "72148", "1"), ("Hospital bed", "E0260", "1"), ("CPAP", "E0601", "1"), ("Infusion", "J0135", "6")])[:r.randint(3, 4)]
    for svc, code, units in rows:
        st = c.days(r.randint(-5, 3))
        c.w(svc, sep, code, sep, ("id", c.idn("auth")), sep, c.dt(st), sep, c.dt(c.days(r.randint(10, 60))), sep, units, sep,
            c.pick(["Approved", "Pending", "Denied", "Partially approved"]), "\n")
    c.f("\nReviewed by {n} {d}. Questions: {ph}\n", n=c.nm(c.staff(), c.pick(["full", "init_last", "initials"])), d=c.dt_short(c.today), ph=c.ph(c.new_phone(mobile=False)))


# =====================================================================================
# home_health
# =====================================================================================
@layout("home_health", 0, "US CA")
def hh_visit_log(c):
    pt = c.patient(old=0.35, lo=60)
    r = c.rng
    ag = c.pick(D.HH_AGENCIES)
    c.f("{ag} - VISIT LOG\n", ag=ag.upper() if c.chance(0.5) else ag)
    c.f("{l}{n}   {l2}{id}   SOC {soc}\n", l=c.L("Client"), n=c.nm(pt), l2=c.L(c.pick(["Client ID", "MRN", "Pt #"])), id=ident(c, pt, "mrn"),
        soc=c.dt(c.days(-r.randint(10, 40))))
    c.f("Episode: {a} - {b}\n\n", a=c.dt(c.days(-r.randint(10, 20))), b=c.dt(c.days(r.randint(20, 50))))
    mode = c.pick(["pipe", "tab", "fixed"])
    heads = ["Date", "In", "Out", "Clinician", "Disc", "EVV ID"]
    if mode == "pipe":
        c.w(" | ".join(heads), "\n")
    elif mode == "tab":
        c.w("\t".join(heads), "\n")
    else:
        c.w("DATE        IN    OUT   CLINICIAN            DISC  EVV ID\n")
    staff = [c.staff() for _ in range(3)]
    for i in range(r.randint(3, 4)):
        d = c.days(-r.randint(0, 9))
        s = c.pick(staff)
        disc = c.pick(["SN", "PT", "OT", "HHA", "MSW"])
        h = r.randint(8, 16)
        tin, tout = "%02d:%02d" % (h, r.randint(0, 59)), "%02d:%02d" % (h + 1, r.randint(0, 59))
        nm = c.nm(s, c.pick(["init_last", "first_init", "full"]))
        ev = ("id", c.idn("evv"))
        if mode == "fixed":
            dv = c.dt(d, "mdY" if c.us else "iso")
            c.wr(dv, " " * max(1, 12 - len(dv[1])), tin, "  ", tout, "  ", nm, " " * max(1, 21 - len(nm[1])), disc, " " * (6 - len(disc)), ev, "\n")
        else:
            sp = " | " if mode == "pipe" else "\t"
            c.wr(c.dt(d), sp, tin, sp, tout, sp, nm, sp, disc, sp, ev, "\n")
    c.f("\nMissed visit {d}: {why}. MD notified ({dr}).\n", d=c.dt_short(c.days(-r.randint(1, 5))),
        why=c.pick(["pt at dialysis", "no answer at door", "pt hospitalized", "weather"]), dr=c.doctor(c.staff()))


@layout("home_health", 1, "US")
def hh_sn_narrative(c):
    pt = c.patient(old=0.4, lo=60)
    rn = c.staff()
    fam = c.relative(pt)
    r = c.rng
    c.typo = max(c.typo, 0.02)
    c.f("SKILLED NURSING VISIT NOTE\n{n}  {l}{dob}  {l2}{mrn}\n", n=c.nm(pt), l=c.L("dob"), dob=c.dob(pt), l2=c.L("mrn"), mrn=ident(c, pt, "mrn"))
    h0, m0 = r.randint(8, 15), r.randint(0, 59)
    c.f("Visit {d} {t1}-{t2}. EVV verified (GPS + {how}), visit id {v}.\n", d=c.dt(c.today), t1="%02d:%02d" % (h0, m0), t2="%02d:%02d" % (h0 + 1, r.randint(0, 59)),
        how=c.pick(["telephony", "app check-in", "client signature"]), v=("id", c.idn("evv")))
    c.f("Pt is a {age} {g} seen at home ({ad}) for {why}. ", age=c.age(pt, c.pick(["y/o", "year-old", "yo"])), g="female" if pt.sex == "F" else "male",
        ad=("address", addr_of(c, pt).full()), why=c.pick(["CHF mgmt", "wound care", "med teaching - new insulin", "post-op R TKA"]))
    c.f("{v}. {e}. ", v=vit(c, 4), e=c.pick(["Lungs w/ crackles bases", "Wound 3.2 x 1.5 cm, no tunneling", "Edema 2+ BLE", "Incision CDI"]))
    c.f("Telemonitor ({mdl}, s/n {sn}) transmitting daily; wt up 2.1 kg since {d}. ", mdl=c.pick(["Model TM-400", "HomeLink HL2", "CareHub 3G", "Vitalis V5"]),
        sn=("device", c.serial("monitor")), d=c.dt_short(c.days(-r.randint(3, 6))))
    c.f("Meds reviewed: {m}. ", m=med(c, 3))
    c.f("{rel} {fn} present, {she} fills pillbox weekly. ", rel=fam.rel.capitalize(), fn=c.nm(fam, "first"), she=c.she(fam))
    c.f("Called {dr}'s office at {ph}, spoke w/ {nn}; order rec'd for {o}.\n", dr=c.doctor(c.staff()), ph=c.ph(c.new_phone(mobile=False)),
        nn=c.nm(c.staff(), "first"), o=c.pick(["furosemide 40 mg BID x3d", "BMP on %s" % "next visit", "wound culture"]))
    c.f("Next SN visit {d}.\n{n}, {cr}\n", d=c.dt_short(c.days(r.randint(2, 4))), n=c.nm(rn, c.pick(["full", "init_last"])), cr=c.pick(["RN", "LPN", "RN, BSN"]))


@layout("home_health", 2, "US UK CA")
def hh_phone_log(c):
    pt = c.patient(old=0.35, lo=55)
    r = c.rng
    fam = c.relative(pt)
    c.f("{h} - {n} ({l}{id})\n", h=c.pick(["PHONE LOG", "Telephone contacts", "Communication log"] + (["District nursing call log"] if c.uk else [])),
        n=c.nm(pt), l=c.L("mrn") if not c.uk else c.L("nhs"), id=ident(c, pt, "mrn" if not c.uk else "nhs"))
    entries = []
    staff = c.staff()
    d = c.days(-4)
    lines = [
        lambda: c.f("{d} {t}  Call from {rel} {n} ({ph}) - {s}.\n", d=c.dt(d), t=c.time(), rel=fam.rel, n=c.nm(fam, c.pick(["first", "full"])),
                    ph=c.ph(c.new_phone(mobile=True)), s=c.pick(["reports pt more SOB", "asking re: visit times", "pt fell, no injury", "needs more dressings"])),
        lambda: c.f("{d} {t}  Called {ph_name} at {ph}: {s}.\n", d=c.dt(c.days(-3)), t=c.time(), ph_name=pharm(c), ph=c.ph(c.new_phone(mobile=False)),
                    s=c.pick(["refill ready", "prior auth needed for " + med(c), "delivery tomorrow"])),
        lambda: c.f("{d} {t}  LVM for {dr} office {ph} re: {s}.\n", d=c.dt(c.days(-2)), t=c.time(), dr=c.doctor(c.staff()), ph=c.ph(c.new_phone(mobile=False)),
                    s=c.pick(["wt gain 2 kg", "BP 178/96", "INR 3.8", "new pressure area"])),
        lambda: c.f("{d} {t}  {n} from {dr}'s office returned call, order for {o}. Fax order to {fx}.\n", d=c.dt(c.days(-1)), t=c.time(),
                    n=c.nm(c.staff(), "first"), dr=c.doctor(c.staff(), form="last"), o=c.pick(["lasix 40 mg extra x2d", "labs", "wound consult"]), fx=c.fax()),
        lambda: c.f("{d} {t}  Spoke w/ pt, confirmed visit {d2}. Pt states {q}.\n", d=c.dt(c.today), t=c.time(), d2=c.dt_short(c.days(1)),
                    q=c.pick(['"feeling better"', '"my ankles are huge"', '"ran out of pads"'])),
    ]
    for fn in lines:
        fn()
    c.f("-- {n}\n", n=c.nm(staff, c.pick(["initials", "init_last", "full"])))


@layout("home_health", 3, "US")
def hh_soc_face(c):
    pt = c.patient(old=0.35, lo=62)
    r = c.rng
    ag = c.pick(D.HH_AGENCIES)
    c.f("{ag}\nSTART OF CARE - FACE SHEET\n", ag=ag)
    c.f("{l}{d}   Referral source: {rs}\n", l=c.L(c.pick(["SOC Date", "SOC", "Start of Care"])), d=c.dt(c.today), rs=hosp(c))
    keys = ["name", "dob", "sex", "street", "city", "state", "zip", "phone", "mbi"] + (["medicaid"] if c.chance(0.4) else []) + (["ssn"] if c.chance(0.3) else [])
    demo(c, pt, keys, c.pick(["lines", "grid"]), shuffle=0.2)
    nok = c.relative(pt)
    c.f("{l}{n} ({rel})  {ph}\n", l=c.L("nok"), n=c.nm(nok, c.pick(["full", "last_first"])), rel=nok.rel, ph=c.ph(c.new_phone(mobile=True)))
    doc = c.staff()
    c.f("Certifying physician: {dr}   {l}{npi}   {l2}{fx}\n", dr=c.doctor(doc, form="full"), l=c.L("npi"), npi=("license", c.npi()), l2=c.L("fax"), fx=c.fax())
    c.f("Primary dx: {i}\nOther: {e}; {i2}\nAllergies: {al}\nCode status: {cs}\n", i=icd(c), e=epo_dx(c), i2=icd(c, False),
        al=c.pick(["NKDA", "PCN (rash)", "sulfa", "codeine - N/V"]), cs=c.pick(["Full code", "DNR", "DNR/DNI - POLST on fridge"]))
    c.f("Disciplines: SN 2w3, PT 2w4, HHA 3w4\n")


@layout("home_health", 4, "US UK CA")
def hh_aide_record(c):
    pt = c.patient(old=0.4, lo=65)
    aide = c.staff()
    r = c.rng
    c.f("{h}\n", h=c.pick(["AIDE VISIT RECORD", "Home Care Worker Visit Record", "PSW visit record" if c.ca else "HHA Visit Record", "Carer visit sheet" if c.uk else "Aide Task Sheet"]))
    c.f("{l}{n}   {l2}{id}\n", l=c.L("Client"), n=c.nm(pt), l2=c.L(c.pick(["Client #", "Client ID", "Service ID"])), id=ident(c, pt, "mrn"))
    c.f("{l}{ad}\n", l=c.L("addr"), ad=("address", addr_of(c, pt).full()))
    c.f("{l}{an}   {l2}{d}\n", l=c.L(c.pick(["Aide", "Carer", "Worker", "PSW"])), an=c.nm(aide, c.pick(["full", "last_first"])), l2=c.L("date"), d=c.dt(c.today))
    h0 = r.randint(7, 16)
    c.f("Clock-in {t1} (biometric: fingerprint, capture id {b1})\n", t1="%02d:%02d" % (h0, r.randint(0, 59)), b1=("biometric", c.idn("bio")))
    c.f("Tasks: bath/shower [x]  meal prep [x]  toileting [x]  ambulation w/ walker [x]  med reminder [x] ({m})\n", m=med(c))
    c.f("Observations: {o}\n", o=c.pick(["client more tired today, ate 50% breakfast", "redness on sacrum, reported to RN",
                                         "client c/o dizziness, BP 96/58 per cuff", "no concerns"]))
    c.f("Supervisor notified: {s} at {ph}\n", s=c.nm(c.staff(), c.pick(["full", "first"])), ph=c.ph(c.new_phone(mobile=False)))
    c.f("Clock-out {t2}  Client signature captured on device (sig pad id {b2})\n", t2="%02d:%02d" % (h0 + r.randint(1, 3), r.randint(0, 59)), b2=("biometric", c.idn("bio")))
    c.f("Signed: {s1} / {s2}\n", s1=c.nm(aide, "initials"), s2=c.nm(pt, c.pick(["initials", "init_last"])))
    if c.chance(0.6):
        fam = c.relative(pt)
        c.f("Family present: {rel} {n}, {ph}\n", rel=fam.rel, n=c.nm(fam, "first"), ph=c.ph(c.new_phone(mobile=True)))


# =====================================================================================
# lab_requisition
# =====================================================================================
TESTS = ["CBC w/ diff (85025)", "CMP (80053)", "Lipid panel (80061)", "HbA1c (83036)", "TSH (84443)", "PT/INR (85610)",
         "Urinalysis (81001)", "B12/folate", "Vitamin D 25-OH (82306)", "PSA (84153)", "Ferritin", "BNP (83880)", "Mg"]


@layout("lab_requisition", 0, "US")
def lab_outpt_req(c):
    _ocr_light(c)
    pt = c.patient(old=0.2)
    doc = c.staff()
    r = c.rng
    c.f("{lab}\nOUTPATIENT LABORATORY REQUISITION     {l}{rq}\n", lab=c.pick(D.LABS), l=c.L(c.pick(["Req #", "Requisition #", "Order #"])), rq=("id", c.idn("req")))
    c.w("PATIENT INFORMATION\n")
    demo(c, pt, ["name", "dob", "sex", "phone"] + (["addr"] if c.chance(0.5) else ["street", "city", "state", "zip"]) + ["mrn"], c.pick(["grid", "lines", "inline"]), shuffle=0.3)
    c.w("BILLING\n")
    if c.chance(0.6):
        c.f("{l}{a}\n", l=c.L("acct"), a=ident(c, pt, "acct"))
    c.f("Bill to: {b}   {p}   {l}{m}{g}\n", b=c.pick(["Insurance", "Patient", "Client"]), p=payer(c), l=c.L("member"), m=ident(c, pt, "member"),
        g=["   ", c.L("group"), ident(c, pt, "group")] if c.chance(0.4) else "")
    c.f("Ordering: {dr}  {l}{npi}   {l2}{fx}\n", dr=c.doctor(doc, form="full"), l=c.L("npi"), npi=("license", c.npi()), l2=c.L("fax"), fx=c.fax())
    c.f("Dx codes: {a}, {b}\nTests:\n", a=c.pick(D.ICD10)[0], b=c.pick(D.ICD10)[0])
    for t in c.shuffled(TESTS)[:r.randint(3, 5)]:
        c.f("  [x] {t}\n", t=t)
    c.f("Fasting: {f}   Collection: {d} {t}   Collected by: {ini}\n", f=c.pick(["Y", "N", "12 hr"]), d=c.dt(c.today), t=c.time(), ini=c.nm(c.staff(), "initials"))
    c.f("{l}{acc}\n", l=c.L("acc"), acc=("id", c.idn("accession")))


def _ocr_light(c):
    if c.chance(0.5):
        c.ocr = c.rng.uniform(0.005, 0.02)
        c.ocr_val = c.rng.choice([0, 0, 0.02])


@layout("lab_requisition", 1, "US UK")
def lab_path_req(c):
    _ocr_light(c)
    pt = c.patient(old=0.2)
    surg = c.staff()
    r = c.rng
    c.f("{h}\n", h=c.pick(["SURGICAL PATHOLOGY REQUISITION", "Histopathology Request Form", "PATHOLOGY CONSULTATION REQUEST"]))
    c.f("{l}{acc}   {l2}{d}\n", l=c.L(c.pick(["Path #", "Accession #", "Lab No."])), acc=("id", c.idn("accession")), l2=c.L(c.pick(["Date of procedure", "Procedure date", "Date taken"])),
        d=c.dt(c.today))
    keys = ["name", "dob", "sex", "mrn"] + (["nhs"] if c.uk else ["acct"])
    demo(c, pt, keys, c.pick(["grid", "inline", "lines"]), shuffle=0.3)
    c.f("{l}{loc}   Surgeon: {dr}   {l2}{ph}\n", l=c.L(c.pick(["Location", "Ward/Clinic", "Dept"])), loc=c.pick(["OR 4", "Endoscopy", "Derm clinic", "Theatre 2" if c.uk else "ASC"]),
        dr=c.doctor(surg, form=c.pick(["full", "last", "init_last"])), l2=c.pick(["Bleep/ext: ", "Ph: ", "Contact: "]) if not c.uk else "Tel: ", ph=c.ph(c.new_phone(mobile=False)))
    for i, sp in enumerate(c.shuffled(["A: skin, L forearm, shave bx", "B: colon polyp, 25 cm, snare", "A: gallbladder", "B: sentinel LN #1",
                                        "A: R breast core bx 10 o'clock", "C: endometrial curettings"])[:r.randint(1, 3)]):
        c.f("Specimen {sp}  (formalin, time in fixative {t})\n", sp=sp, t=c.time(style="24"))
    c.f("Clinical hx: {h}. Prior: {pr} ({y}). {e}\n", h=c.pick(["changing pigmented lesion", "+FIT, polyp", "biliary colic", "BI-RADS 4b mass"]),
        pr=c.pick(["benign", "tubular adenoma", "none"]), y=year_ago(c, 1, 8), e=c.pick(["Hx Crohn disease.", "On warfarin (INR 2.4).", "", "Lynch syndrome family hx."]))
    c.f("Copy to: {dr2}, {pr}\n", dr2=c.doctor(c.staff()), pr=fac(c))
    c.f("Collected by: {i}   Rec'd in lab: {d} {t} by {i2}\n", i=c.nm(c.staff(), "initials"), d=c.dt(c.today), t=c.time(style="24"), i2=c.nm(c.staff(), "initials"))


@layout("lab_requisition", 2, "US CA")
def lab_manifest(c):
    r = c.rng
    lab = c.pick(D.LABS)
    mode = c.pick(["csv", "pipe", "tab"])
    sep = {"csv": ",", "pipe": "|", "tab": "\t"}[mode]
    c.f("SEND-OUT MANIFEST  {lab}\n", lab=lab)
    c.f("Shipped {d} {t}  Box {b} of {bb}  Packed by {ini}\n", d=c.dt(c.today), t=c.time(style="24"), b="1", bb=str(r.randint(1, 3)), ini=c.nm(c.staff(), "initials"))
    with_dob = c.chance(0.5)
    heads = ["ACCESSION", "PATIENT"] + (["DOB"] if with_dob else []) + ["MRN", "TEST", "COLLECTED"]
    c.wr(sep.join(heads), "\n")
    n = r.randint(3, 4) if not with_dob else 3
    for i in range(n):
        p = c.patient(old=0.15, lo=1, hi=89)
        nm = c.nm(p, c.pick(["caret", "LAST_FIRST", "LAST_FIRST_MI"]))
        if mode == "csv" and "," in nm[1]:
            nmw = ['"', nm, '"']
        else:
            nmw = [nm]
        test = c.pick(["VITD25", "HLA-B27", "QUANTIFERON", "CELIAC PNL", "HEPC RNA PCR", "ANA IFA", "LEAD, BLOOD", "METHYLMALONIC"])
        c.wr(("id", c.idn("accession")), sep, nmw, sep, [c.dt(p.dob, c.pick(["mdY", "compact", "iso"])), sep] if with_dob else "", ident(c, p, "mrn"), sep, test, sep,
             c.dt(c.days(-r.randint(0, 2)), c.pick(["mdY", "iso"])), "\n")
    c.f("Total specimens: {n}   Temp: {t}\n", n=str(n), t=c.pick(["refrigerated", "frozen", "ambient"]))


@layout("lab_requisition", 3, "CA")
def lab_ontario_req(c):
    _on_town(c)
    _ocr_light(c)
    pt = c.patient(old=0.25)
    doc = c.staff()
    r = c.rng
    c.w("Ontario  Laboratory Requisition\n")
    c.f("Requisitioning Clinician / Practitioner\n{dr}\n{fac}\n", dr=c.nm(doc, c.pick(["full", "init_last", "UPPER"])), fac=c.pick(D.FAC_CA))
    a = c.new_addr(unit_p=0, house=False)
    c.f("{ad}\n{l}{ph}  {l2}{fx}\n", ad=("address", a.full()), l=c.L("tel"), ph=c.ph(c.new_phone(mobile=False)), l2=c.L("fax"), fx=c.fax())
    c.f("Clinician/Practitioner Number: {n}    CPSO / Registration No.: {cp}\n", n=("license", c.digits(6, True)), cp=("license", c.cpso()))
    hc = ident(c, pt, "hc")
    c.f("Health Number: {hc}   Sex: {s}   Date of Birth: {dob}\n", hc=hc, s=pt.sex, dob=c.dt(pt.dob, c.pick(["iso", "Y/m/d"])))
    c.f("Province: ON   Other Provincial Registration Number: ____\n")
    c.f("Patient's Telephone Number: {ph}\n", ph=c.ph(phone_of(c, pt)))
    c.f("Patient's Last Name (as per OHIP Card): {ln}\nPatient's First & Middle Names: {fn}\n", ln=("name", pt.last.upper()), fn=("name", (pt.first + (" " + pt.middle if pt.middle else "")).upper()))
    pa = addr_of(c, pt)
    c.f("Patient's Address (including Postal Code): {ad}\n", ad=("address", pa.full()))
    c.w("[x] OHIP/Insured   [ ] Third Party/Uninsured   [ ] WSIB\n")
    for t in c.shuffled(["[x] Glucose - Fasting", "[x] HbA1C", "[x] Creatinine (eGFR)", "[x] Sodium", "[x] Potassium", "[x] ALT", "[x] Lipid Assessment",
                         "[x] Albumin/Creatinine Ratio, Urine", "[x] Hematology Profile", "[x] Prothrombin Time (INR)", "[x] Vitamin D (25-Hydroxy) - uninsured"])[:r.randint(3, 6)]:
        c.w(t, "\n")
    c.f("Clinician signature: {s}    Date: {d}\n", s=c.nm(doc, c.pick(["initials", "init_last"])), d=c.dt(c.today, "iso"))
    c.f("Copy to: {dr}  {ad}\n", dr=c.doctor(c.staff()), ad=("address", c.new_addr(unit_p=0, house=False).line1()))


@layout("lab_requisition", 4, "US UK CA")
def lab_labels(c):
    pt = c.patient(old=0.3)
    r = c.rng
    coll = c.staff()
    c.f("*** SPECIMEN LABEL REPRINT ({n} labels) - requested by {i} {d} ***\n\n", n=str(r.randint(2, 3)), i=c.nm(c.staff(), c.pick(["initials", "first_init"])),
        d=c.dt(c.today))
    nm = c.nm(pt, c.pick(["LAST_FIRST_MI", "LAST_FIRST", "LAST_FIRST_NC"]))
    idk = "nhs" if c.uk else ("hc" if c.ca and c.chance(0.5) else "mrn")
    dob = c.dt(pt.dob, c.pick(["mdY", "dmY"] if not c.us else ["mdY", "mdy"]))
    coll_dt = c.dt(c.today, c.pick(["mdy", "mdY", "dmy"] if c.us else ["dmy", "iso"]))
    acc = c.idn("accession")
    tubes = c.shuffled(["LAV 4mL", "SST 5mL", "LT BLUE", "GRY", "URINE CUP", "GOLD", "RED 6mL"])
    for i in range(r.randint(2, 3)):
        tm = c.time(style="hhmm")
        c.wr(nm, "  ", pt.sex, "  ", dob, "\n")
        c.wr(c.pick(["MRN ", "MR# ", ""]) if idk == "mrn" else ("NHS " if idk == "nhs" else "HCN "), ident(c, pt, idk), "  ACC ", ("id", acc + ("-%d" % (i + 1) if c.chance(0.5) else "")), "\n")
        c.wr(tubes[i], "  COLL ", coll_dt, " ", tm, " ", c.nm(coll, "initials"), "\n")
        c.wr("||||| |||| ||| ||||| || |||\n\n")


# =====================================================================================
# prior_auth_appeal
# =====================================================================================
DRUGS_PA = [("adalimumab 40 mg/0.4 mL SC q2wk", "rheumatoid arthritis (M05.79)", "methotrexate 15 mg weekly x 6 months and sulfasalazine"),
            ("semaglutide 1 mg SC weekly", "type 2 DM with hyperglycemia (E11.65)", "metformin 1000 mg BID and glipizide"),
            ("apixaban 5 mg BID", "atrial fibrillation (I48.91)", "warfarin with labile INRs"),
            ("dupilumab 300 mg q2wk", "atopic dermatitis (L20.9)", "triamcinolone 0.1% and tacrolimus"),
            ("erenumab 70 mg monthly", "chronic migraine (G43.709)", "topiramate 50 mg BID and propranolol"),
            ("sacubitril/valsartan 49/51 mg BID", "HFrEF (I50.22)", "lisinopril 20 mg")]


@layout("prior_auth_appeal", 0, "US US CA")
def pa_drug_letter(c):
    pt = c.patient(old=0.1)
    doc = c.staff()
    r = c.rng
    drug, dx, tried = c.pick(DRUGS_PA)
    fac_header(c, fax=True)
    c.f("\n{d}\n\n", d=c.dt(c.today, c.pick(["MdY_long", "mdY"])))
    if c.ca:
        c.f("{p}\nSpecial Authorization / Exceptional Access Unit\n{l}{fx}\n\n", p=c.pick(D.PAYERS_CA + ["Exceptional Access Program"]), l=c.L("fax"), fx=c.fax())
    else:
        c.f("{p}\nPharmacy Prior Authorization Dept.\n{l}{fx}\n\n", p=payer(c), l=c.L("fax"), fx=c.fax())
    c.f("RE: {pn}   {l}{dob}   {l2}{m}\n", pn=c.nm(pt, c.pick(["full", "LAST_FIRST", "UPPER"])), l=c.L("dob"), dob=c.dob(pt),
        l2=c.L("member") if not c.ca else c.L(c.pick(["Certificate #", "Plan member ID", "Policy #"])), m=ident(c, pt, "member"))
    c.f("Medication requested: {d}\n\n", d=drug)
    c.f("To whom it may concern:\n\nI am writing on behalf of my patient, {pn}, to request coverage of {d} for {dx}. ", pn=c.nm(pt, c.pick(["full", "full_mi"])), d=drug.split(" ")[0], dx=dx)
    c.f("{t} was diagnosed in {y} and has failed {tr}. {lv}. ", t=c.titled(pt), y=year_ago(c, 2, 12), tr=tried, lv=labs(c, 2))
    c.f("{she} was last seen in my office on {d}; {v}. ", she=c.she(pt, True), d=c.dt(c.days(-r.randint(7, 40))), v=vit(c, 2))
    c.f("Without this medication {she} is at risk of hospitalization (last admission {d}).\n\n", she=c.she(pt), d=c.dt(c.days(-r.randint(60, 300)), c.pick(["Month_Y", "mdY"] if c.us else ["Month_Y", "iso"])))
    c.f("Please contact my office at {ph} with any questions.\n\nSincerely,\n\n", ph=c.ph(c.new_phone(mobile=False)))
    signature(c, doc, dr=True, lic="npi" if c.us else "cpso", fax=c.chance(0.5))
    if c.us and c.chance(0.5):
        c.f("{l}{d}\n", l=c.L("dea"), d=("license", c.dea(doc)))


@layout("prior_auth_appeal", 1, "US UK")
def pa_claim_appeal(c):
    pt = c.patient(old=0.2)
    r = c.rng
    if c.uk:
        c.f("INDIVIDUAL FUNDING REQUEST (IFR) - APPEAL\n{icb}\n\n", icb=c.pick(["Calder & Vale Integrated Care Board", "Severnside ICB", "Pennine Fells ICB"]))
        c.f("{l}{ref}\n", l=c.L(c.pick(["IFR ref", "Our ref", "Case ref"])), ref=("id", c.idn("ref")))
        demo(c, pt, ["name", "dob", "nhs", "addr"], c.pick(["lines", "grid"]), shuffle=0.2)
        gp = c.staff()
        c.f("Requesting clinician: {dr}, {tr}   GMC {g}\n", dr=c.doctor(gp, form="full"), tr=c.pick(D.TRUSTS_UK), g=("license", c.gmc()))
        c.f("Registered GP: {g}, {pr}, tel {ph}\n\n", g=c.doctor(c.staff()), pr=c.pick(D.FAC_UK), ph=c.ph(c.new_phone(mobile=False)))
        c.f("We appeal the panel decision of {d} declining {tx}. The patient has exceptional clinical circumstances: {e}, {lv}. ", d=c.dt(c.days(-r.randint(10, 30))),
            tx=c.pick(["bariatric surgery", "continuous glucose monitoring", "varicose vein surgery", "IVF cycle"]), e=epo_dx(c), lv=labs(c, 2))
        c.f("{t} has been under our care since {y}.\n\nPlease reply to {e}.\n", t=c.titled(pt), y=year_ago(c), e=("email", c.email_for(gp, staff_domain="nhs.net")))
        c.f("Yours faithfully\n{n}\n", n=c.nm(gp, c.pick(["full", "init_last"])))
        return
    prov = c.staff()
    fac_header(c, fax=c.chance(0.6))
    c.f("\n{d}\n\nAppeals Unit, {p}\n", d=c.dt(c.today), p=payer(c))
    c.f("{ad}\n\n", ad=("address", c.new_addr(unit_p=0).full()) if c.chance(0.5) else "PO Box %d" % r.randint(1000, 99999))
    c.f("RE: First-level appeal\n")
    items = [(c.L("name"), c.nm(pt)), (c.L("member"), ident(c, pt, "member")), (c.L("claim"), ("id", c.idn("claim"))),
             (c.L("dos"), c.dt(c.days(-r.randint(30, 120)))), (c.L("acct"), ident(c, pt, "acct"))]
    if c.chance(0.5):
        items.append((c.L("dob"), c.dob(pt)))
    emit_items(c, items, c.pick(["lines", "grid"]))
    code, desc = c.pick(D.CPT)
    c.f("\nThe above claim for CPT {cd} ({ds}) was denied as {why}. ", cd=code, ds=desc, why=c.pick(['"not medically necessary"', '"no prior authorization"', "duplicate (CO-18)", "timely filing (CO-29)"]))
    c.f("The service was medically necessary because {pr} presented with {dx}. Authorization {a} was in fact obtained on {d} (see attached).\n\n",
        pr=c.titled(pt), dx=icd(c), a=("id", c.idn("auth")), d=c.dt(c.days(-r.randint(120, 200))))
    c.f("Please reprocess. Contact our billing office at {ph}.\n\n", ph=c.ph(c.new_phone(mobile=False)))
    signature(c, prov, cred=c.pick(["Billing Manager", "CPC", "Revenue Cycle Specialist", "MD"]), phone=False)


@layout("prior_auth_appeal", 2, "US")
def pa_determination(c):
    pt = c.patient(old=0.25)
    r = c.rng
    pay = c.pick([p for p in D.PAYERS_US if not p.startswith("Medicare")])
    c.f("{p}\n{ad}\n\n", p=pay, ad=("address", c.new_addr(unit_p=0).full()) if c.chance(0.5) else "Utilization Management Department")
    c.f("{d}\n\n", d=c.dt(c.today, c.pick(["MdY_long", "mdY"])))
    a = addr_of(c, pt)
    c.f("{n}\n{l1}\n{l2}\n\n", n=c.nm(pt, c.pick(["UPPER", "full", "full_mi"])), l1=("address", a.line1()), l2=("address", a.townline()))
    c.f("{l}{m}    {l2}{ref}\n", l=c.L("member"), m=ident(c, pt, "member"), l2=c.L(c.pick(["Reference #", "Case #", "Determination #"])), ref=("id", c.idn("ref")))
    c.f("Requesting provider: {dr}\n\n", dr=c.doctor(c.staff(), form="full"))
    c.f("Dear {t}:\n\n", t=c.titled(pt))
    res = c.pick(["APPROVED", "DENIED", "PARTIALLY APPROVED"])
    c.f("We reviewed the request received {d} for {svc}. The request was {res}. ", d=c.dt(c.days(-r.randint(3, 14))),
        svc=c.pick(["MRI lumbar spine (CPT 72148)", "semaglutide 1 mg weekly", "power wheelchair (K0823)", "home health SN visits (G0299)"]), res=res)
    if res != "APPROVED":
        c.f("Reason: the information provided did not show {why}. The decision was made by {md}, {cr}, a board-certified reviewer.\n\n",
            why=c.pick(["6 weeks of conservative therapy", "failure of two preferred agents", "a face-to-face exam within 6 months"]),
            md=c.nm(c.staff(), "full"), cr=c.pick(["MD", "DO", "PharmD"]))
        c.f("You have the right to appeal within 60 days of {d}. Call Member Services at {ph} (TTY 711) or fax {fx}.\n", d=c.dt(c.today), ph=c.ph(c.new_phone(mobile=False)), fx=c.fax())
    else:
        c.f("Approved dates: {a} through {b}. {l}{au}\n", a=c.dt(c.today), b=c.dt(c.days(180)), l=c.L("auth"), au=("id", c.idn("auth")))
        c.f("Questions? Call {ph}.\n", ph=c.ph(c.new_phone(mobile=False)))
    c.f("\ncc: {dr}\n", dr=c.doctor(c.staff()))


@layout("prior_auth_appeal", 3, "US")
def pa_fax_form(c):
    pt = c.patient(old=0.15)
    doc = c.staff()
    sender = c.staff()
    r = c.rng
    f1, f2 = c.new_phone(mobile=False), c.new_phone(mobile=False)
    fax_header(c, c.fax(f1), c.fax(f2), fac(c))
    c.w("\nFAX COVER SHEET\n")
    c.f("To: {p} Pharmacy PA    {l}{fx}\n", p=payer(c), l=c.L("fax"), fx=c.fax(f2))
    c.f("From: {n}    {l}{ph}\n", n=c.nm(sender, c.pick(["full", "init_last"])), l=c.L("tel"), ph=c.ph(c.new_phone(mobile=False)))
    c.f("Date: {d}   Pages (incl. cover): {p}\nRE: PA request - URGENT\n\n", d=c.dt(c.today), p=str(r.randint(3, 9)))
    drug, dx, tried = c.pick(DRUGS_PA)
    c.w("PRIOR AUTHORIZATION REQUEST FORM\n")
    items = [(c.L("name"), c.nm(pt)), (c.L("dob"), c.dob(pt)), (c.L("member"), ident(c, pt, "member")), (c.L("phone"), c.ph(phone_of(c, pt)))]
    if c.chance(0.4):
        items.append((c.L("group"), ident(c, pt, "group")))
    emit_items(c, items, c.pick(["lines", "grid", "pipe"]))
    c.f("Prescriber: {n}  {l}{npi}  {l2}{dea}\n", n=c.nm(doc, "full"), l=c.L("npi"), npi=("license", c.npi()), l2=c.L("dea"), dea=("license", c.dea(doc)))
    c.f("Drug/strength/directions: {d}   Qty: {q}   Days supply: {ds}\n", d=drug, q=c.pick(["2 pens", "4", "60", "1 box"]), ds=c.pick(["28", "30", "90"]))
    c.f("Diagnosis: {dx}\nPrevious therapies: {t} ({y}-{y2})\n", dx=dx, t=tried, y=year_ago(c, 3, 6), y2=year_ago(c, 0, 2))
    c.f("Prescriber signature: {s}   Date: {d}\n", s=c.nm(doc, c.pick(["initials", "init_last"])), d=c.dt(c.today))


@layout("prior_auth_appeal", 4, "US")
def pa_dme_letter(c):
    pt = c.patient(old=0.3, lo=50)
    doc = c.staff()
    r = c.rng
    fac_header(c)
    kind = c.pick(["cpap", "chair", "pump", "cgm"])
    dev = {"cpap": ("CPAP (E0601)", "AirSense 10 AutoSet, model 37028", "obstructive sleep apnea (G47.33), AHI 38"),
           "chair": ("Group 3 power wheelchair (K0861)", "Quantum Q6 Edge 3, model Q6E3", "ALS with progressive weakness"),
           "pump": ("insulin pump (E0784)", "t:slim X2, model 1005437", "type 1 DM with hypoglycemia unawareness"),
           "cgm": ("continuous glucose monitor (E2103)", "Dexcom G7 receiver, model MT25000", "type 2 DM on MDI insulin")}[kind]
    c.f("\n{d}\n\nRE: Letter of Medical Necessity - {dv}\n", d=c.dt(c.today), dv=dev[0])
    demo(c, pt, ["name", "dob", c.pick(["member", "mbi"])], c.pick(["inline", "lines"]), shuffle=0.2)
    c.f("\nTo whom it may concern,\n\n{t} is a {a} patient with {dx}. ", t=c.titled(pt), a=c.age(pt, c.pick(["year-old", "y/o"])), dx=dev[2])
    c.f("The current device ({mdl}, serial {sn}) was issued {d} and {why}. ", mdl=dev[1], sn=("device", c.serial(kind)), d=c.dt(c.days(-r.randint(1500, 2500))),
        why=c.pick(["is beyond its 5-year useful life", "has a cracked housing per the supplier", "no longer meets the patient's needs"]))
    c.f("A replacement is requested from {sup} ({ph}). ", sup=c.pick(["Apex Home Medical", "CareQuip DME", "Summit Mobility Supply"]), ph=c.ph(c.new_phone(mobile=False)))
    c.f("Face-to-face exam on {d}: {v}.\n\n", d=c.dt(c.days(-r.randint(5, 30))), v=vit(c, 2))
    c.f("Compliance download {d1} to {d2}: use > 4 h on 92% of nights.\n\n" if kind == "cpap" else "{d1}: seating eval by PT ({pt}).\n\n",
        d1=c.dt_short(c.days(-40)), d2=c.dt_short(c.days(-10)), pt=c.nm(c.staff(), c.pick(["full", "init_last"])))
    c.w("Sincerely,\n")
    signature(c, doc, dr=True, lic="npi", phone=c.chance(0.5), fax=c.chance(0.5))
