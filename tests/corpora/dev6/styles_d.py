"""Styles 13-16: patient_messages, admin_logs, allied_health, end_of_life."""
import re

from corpus_core import L, fac, kin, vit, labs, meds, hx, spell_phone, EMPLOYERS, PAYERS, EPONYMS, ICD, CPT, words_num, IE_TOWNLANDS


def _he(p):
    return "she" if p.sex == "F" else "he"


def _his(p):
    return "her" if p.sex == "F" else "his"


def _split(txt):
    return [p for p in re.split(r"(\{[A-Za-z0-9]+\})", txt) if p]


# =========================================================== 13 patient_messages
@L("UK", "IE", "AU", "NZ", "CA", "US")
def pm0(d):
    dt = d.D(2022, 2025)
    dau, dad, gp, nb, hv = d.P(sex="F"), d.P(sex="M"), d.P(), d.P(), d.P()
    dad.family = dau.family if d.pr(0.5) else dad.family
    dob = d.dob(d.ri(70, 95), dt)
    pa = d.A()
    d.lc = d.pr(0.4)
    d.noise = 0.03
    d.w("From: {name:disp} <{email:em}>\nTo: reception <{email:rec}>\nDate: {date:dt} {tm}\nSubject: my dad {name:dadsub} - urgent pls\n\n"
        "hi there im writing about my dad {name:dad} dob {date:dob} hes at {address:addr} and hes been really off since the new tablets "
        "the {drug} one, dizzy and fell in the kitchen on {date:fall} and {name:nb} from next door found him, i live in {address:mytown} so i cant get there till the weekend "
        "can dr {name:gp} please ring me on {phone:mob} not the landline as {name:dadg} cant hear it. also his {hlw} is {mrn:hv} if that helps\n\n"
        "thanks so much\n{name:sig}\n\nSent from my iPhone\n",
        disp=d.nm(dau, ["full", "lf", "UP"]), em=d.email(dau), rec=d.email(org=d.ch(["surgery.example.org", "medicalcentre.example"])), dt=d.fd(dt), tm=d.tm12(),
        dadsub=d.nm(dad, ["full", "g", "low"]), dad=d.nm(dad, ["full", "low"]), dob=d.fd(dob), addr=pa["line1"] + (" " + pa["town"] if d.pr(0.5) else ""),
        drug=d.ch(["amlodipine 10 mg", "doxazosin", "water tablet (furosemide 40mg)"]), fall=d.short(d.after(dt, -5, -1)), nb=d.nm(nb, ["g", "full", "nick"]),
        mytown=d.town()[0], gp=d.nm(gp, ["f", "low"]), mob=d.ph("mob"), dadg=d.nm(dad, ["g", "nick"]),
        hlw={"UK": "nhs number", "IE": "medical card no", "AU": "medicare no", "NZ": "NHI", "CA": "health card", "US": "MRN"}[d.reg],
        hv=d.hid(dad, dob)[1] if d.reg != "AU" else d.I("medicare_au"), sig=d.nm(dau, ["g", "nick", "full"]))


@L("UK", "AU", "NZ", "IE", "CA", "US")
def pm1(d):
    dt = d.D(2022, 2025)
    pt, nurse, kid, helper = d.P(), d.P(sex="F"), d.P(), d.P(sex="F", origin=d.ch(["nig", "aa", "fil"]))
    clinic = fac(d.r, d.ch(["Medical Centre", "Surgery", "Family Health"]))
    appt = d.after(dt, 1, 6)
    d.w("{clinic}: Hi {name:ptg}, reminder of your appt with {name:nurse} (practice nurse) on {date:appt} at {tm}. Reply Y to confirm or call {phone:cl}. Txt STOP to opt out\n"
        "[{date:r1} {t1}] {name:ptg2}: cant make it sorry, {name:kid} is off school sick. can {name:help} bring my bloods form in?\n"
        "[{date:r2} {t2}] {clinic}: No problem {name:ptg3}. {name:nurse2} has moved you to {date:appt2}. {name:help2} can drop the form at reception.\n"
        "[{date:r3} {t3}] {name:ptg4}: ok ta. {name:help3} rang back, shell bring it tmrw. my new number is {phone:newmob}\n",
        clinic=clinic, ptg=d.nm(pt, "g"), nurse=d.nm(nurse, ["g", "full", "i.f"]), appt=d.fd(appt, d.ch(["dB", "dmy", "Bd", "dm"]) if d.reg != "US" else d.ch(["md", "Bd"])),
        tm=d.tm12(), cl=d.ph("land"), r1=d.short(dt), t1=d.tm(), ptg2=d.nm(pt, ["g", "full", "lowg"]), kid=d.nm(kid, ["g", "nick"]), help=d.nm(helper, ["g", "lowg"]),
        r2=d.short(dt), t2=d.tm(), ptg3=d.nm(pt, "g"), nurse2=d.nm(nurse, "g"), appt2=d.fd(d.after(appt, 2, 9), d.ch(["dB", "Bd"])),
        help2=d.nm(helper, "g"), r3=d.short(dt), t3=d.tm(), ptg4=d.nm(pt, ["g", "lowg"]), help3=d.nm(helper, ["g", "lowg"]), newmob=d.ph("mob"))


@L("US", "CA")
def pm2(d):
    dt = d.D(2022, 2025)
    pt, md, ma, mom = d.P(), d.P(), d.P(sex="F"), d.P(sex="F")
    dob = d.dob(d.ri(18, 80), dt)
    d.w("Patient Portal - Message #{id:mid}\nFrom: {name:pt} (MRN {mrn:mrn})\nTo: {name:md}, {cred}\nSent: {date:dt} {tm}  via {ip_address:ip}\nSubject: {subj}\n\n"
        "Hi Dr. {name:mdf}, {body} My mom {name:mom} has the same thing (she has {ep}). Can I get a refill sent to the pharmacy at {address:pharm}? "
        "My DOB is {date:dob} in case you need it. Thank you! - {name:sig}\n\n--- Reply from {name:ma}, MA on {date:rdt} ---\n"
        "Hi {name:ptg}, Dr. {name:mdf2} reviewed your message. Please schedule a visit: {url:link}. Rx #{id:rx} was sent. Thanks, {name:mag}\n",
        mid=d.digits(9), pt=d.nm(pt, ["full", "LF"]), mrn=d.I("mrn"), md=d.nm(md, ["full", "LF"]), cred=d.ch(["MD", "DO", "NP", "PA-C"]), dt=d.fd(dt), tm=d.tm12(),
        ip=d.ip(), subj=d.ch(["Rash question", "Medication refill", "Test results?", "still coughing"]), mdf=d.nm(md, "f"),
        body=d.ch(["I've had this itchy rash on my arms for about 2 weeks now, the hydrocortisone isn't helping.", "my BP at home has been 150/95 most mornings.",
                   "the cough is not better after the z-pack."]), mom=d.nm(mom, ["g", "full"]), ep=d.ch(EPONYMS), pharm=d.A(rural=False, unit=False)["full"],
        dob=d.fd(dob), sig=d.nm(pt, ["g", "ini", "nick"]), ma=d.nm(ma, ["full", "gF"]), rdt=d.fd(d.after(dt, 0, 2)), ptg=d.nm(pt, "g"), mdf2=d.nm(md, "f"),
        link="https://portal.example-health.org/appt?pid=" + d.digits(7) + "&t=" + d.letters(6).lower(), rx=d.I("rx"), mag=d.nm(ma, "g"))


@L("UK", "IE", "AU", "NZ", "CA", "US")
def pm3(d):
    dt = d.D(2022, 2025)
    caller, pt, gp = d.P(), d.P(), d.P()
    dob = d.dob(d.ri(60, 98), dt)
    pa = d.A(rural=False)
    us = d.reg == "US"
    d.lc = True
    d.w("voicemail transcription - received {date:dt} {tm} from {phone:cli} [caller id: {name:cid}] (duration 0:{sec})\n\n"
        "\"hi yes um this is {name:caller} calling about my {k} {name:pt} that's {name:spell} date of birth {date:dob} "
        "um {pron} was supposed to have a home visit from doctor {name:gp} today and nobody came um we're at {address:addr} "
        "it's the house with the ramp um could somebody call me back on {phone:cb} or my husband {name:hus} on {phone:hph} "
        "thank you bye\"\n\n[transcription confidence: low]  actioned by {name:act} {date:actd}\n",
        cid=d.nm(caller, ["UP", "LF", "if"]), act=d.nm(d.P(), ["ini", "gF"]), actd=d.short(dt),
        dt=d.fd(dt), tm=d.tm(), cli=d.ph(), sec=d.ri(10, 59), caller=d.nm(caller, ["low", "lowg"]), k=kin(d, pt.sex, ["parent", "spouse", "sibling"]),
        pt=d.nm(pt, ["low", "lowg"]), spell=" ".join(pt.family.replace(" ", "").replace("'", "").replace("-", "").lower()),
        dob=d.fd(dob, "spokenUS" if us else "spoken"), pron=_he(pt), gp=d.nm(gp, ["f", "low"]), addr=(pa["line1"] + " " + pa["town"]).lower(),
        cb=spell_phone(d.ph("mob")), hus=d.nm(d.P(sex="M"), ["lowg", "low"]), hph=spell_phone(d.ph("mob")) if d.pr(0.5) else d.ph("mob"))


@L("UK", "IE", "AU", "NZ", "CA", "US")
def pm4(d):
    dt = d.D(2022, 2025)
    pt, wife, nurse, cons, por = d.P(sex="M"), d.P(sex="F"), d.P(), d.P(), d.P()
    pa = d.A()
    hl, hv = d.hid(pt, None)
    d.ocr = 0.06
    d.brk = 0.04
    d.w("[handwritten letter - scanned, OCR]\n\n{address:l1}\n{address:tl}\n{date:dt}\n\nDear Sir or Madam,\n\nI wish to complain about the care my late wife {name:wife} received on {ward} "
        "between {date:d0} and {date:d1}. She was left in a wet bed and the nurse, I think her name was {name:nurse}, told me to stop fussing. "
        "Dr {name:cons} never returned my calls. My wife was {age} and deserved better. Her {hl} was {mrn:hv}.\n\n"
        "I want a meeting with someone senior. You can write to me at the above or my son {name:son} will come with me, his number is {phone:sph}.\n\n"
        "Yours faithfully\n{name:sig}\n({name:print})\n",
        l1=pa["line1"], tl=pa["townline"], dt=d.fd(dt, d.ch(["dmY", "dBY", "mdY"] if d.reg == "US" else ["dmY", "dBY", "dmy"])), wife=d.nm(wife, ["full", "g"]),
        ward=d.ch(["Ward 7", "the stroke unit", "Heron Ward", "4 North"]), d0=d.fd(d.after(dt, -80, -50)), d1=d.fd(d.after(dt, -45, -20)),
        nurse=d.nm(nurse, ["g", "gF"]), cons=d.nm(cons, "f"), age=d.ri(70, 89), hl=hl, hv=hv, son=d.nm(d.P(sex="M", family=pt.family), ["g", "full"]),
        sph=d.ph("mob"), sig=d.nm(pt, ["i.f", "full"]), print=d.nm(pt, ["UP", "LF"]))


# =========================================================== 14 admin_logs
@L("UK", "AU", "NZ", "IE", "CA", "US")
def al0(d):
    dt = d.D(2022, 2025)
    clin = [d.P() for _ in range(3)]
    d.w("appt_date,time,clinician,patient,dob,contact,type,status\n")
    for i in range(3):
        p = d.P()
        d.s("date", d.fd(dt, "ISO" if d.pr(0.5) else ("mdY" if d.reg == "US" else "dmY")))
        d.t(f",{d.tm()},")
        d.s("name", d.nm(d.ch(clin), ["i.f", "if", "f", "full"]))
        d.t(",\"")
        d.s("name", d.nm(p, ["LF", "lf", "LFm"]))
        d.t("\",")
        d.s("date", d.fd(d.dob(d.ri(1, 99), dt), "ISO" if d.pr(0.5) else ("mdY" if d.reg == "US" else "dmY")))
        d.t(",")
        d.s("phone", d.ph())
        d.t(f",{d.ch(['F2F 15', 'TEL 10', 'F2F 30', 'VIDEO', 'BLOODS'])},{d.ch(['ARR', 'DNA', 'BKD', 'CANC'])}\n")
    d.w("# generated {date:gen} by {name:by}\n", gen=d.fd(dt, "ISO"), by=d.nm(d.P(), ["ini", "i.f"]))


@L("UK", "IE", "AU", "NZ", "CA", "US")
def al1(d):
    dt = d.D(2022, 2025)
    d.w("TELEPHONE MESSAGE LOG  {date:dt}\n\nTime  | Taken by | Caller / re                          | Number           | Message\n", dt=d.fd(dt))
    staff = [d.P() for _ in range(3)]
    msgs = ["wants results of bloods", "re-book physio, car broken down", "daughter {R} asking re care plan", "pharmacy query re {drug}", "complaint about wait"]
    for i in range(4):
        p = d.P()
        d.t(f"{d.tm()} | ")
        d.s("name", d.nm(d.ch(staff), ["ini", "g", "ini."]))
        d.t(" | ")
        d.s("name", d.nm(p, ["full", "lf", "FU", "i.f"]))
        d.t(" | ")
        d.s("phone", d.ph())
        d.t(" | ")
        m = d.ch(msgs)
        for piece in _split(m):
            if piece == "{R}":
                d.s("name", d.nm(d.P(sex="F", family=p.family), ["g", "full"]))
            else:
                d.t(piece.replace("{drug}", d.ch(["warfarin 3 mg", "Ozempic 0.5 mg", "insulin pens"])))
        d.t("\n")
    d.w("\nhanded over to {name:ho} at {tm}\n", ho=d.nm(d.P(), ["g", "full"]), tm=d.tm())


@L("US", "UK", "AU", "CA", "NZ", "IE")
def al2(d):
    dt = d.D(2022, 2025)
    users = [d.P() for _ in range(3)]
    pt = d.P()
    hv = d.hid(pt, None)[1]
    d.w("EHR ACCESS AUDIT - record {mrn:mrn} ({name:pt})\nRequested by Privacy Office, case {id:case}\n\n"
        "timestamp            user             workstation / ip     action\n", mrn=hv, pt=d.nm(pt, ["LF", "UP"]), case=d.I("ref"))
    for i in range(4):
        u = d.ch(users)
        d.s("date", d.fd(dt, "ISO"))
        d.t(f" {d.tm()}:{d.ri(0, 59):02d}  ")
        nm = d.nm(u, ["i.f", "if", "LF"]).upper().replace(" ", "") if d.pr(0.5) else d.nm(u, ["i.f", "LF"])
        d.s("name", nm)
        d.t(" " * max(1, 17 - len(nm)))
        d.s("ip_address", d.ip())
        d.t(f"  {d.ch(['VIEW chart', 'VIEW results', 'PRINT summary', 'EDIT demographics', 'BREAK-GLASS access'])}\n")
        dt = d.after(dt, 0, 2)
    d.w("\nSignature pad capture for break-glass reason: {biometric:sig}\nReviewed by {name:rev}, Privacy Officer, {email:rem}\n",
        sig=d.ch(["SIG-", "SP"]) + d.digits(10), rev=d.nm(d.P(), ["full", "i.f"]), rem=d.email(d.P(), org="privacy.example-health.org"))


@L("AU", "NZ", "UK", "IE", "CA", "US")
def al3(d):
    dt = d.D(2022, 2025)
    d.w("PATIENT TRANSPORT BOOKINGS - {date:dt}\n| Bkg no | Patient | Pickup | Dest | Appt | Mobility | Escort |\n|---|---|---|---|---|---|---|\n", dt=d.fd(dt))
    for i in range(4):
        p = d.P()
        a = d.A()
        d.t("| ")
        d.s("id", d.digits(5))
        d.t(" | ")
        d.s("name", d.nm(p, ["LF", "full", "if"]))
        d.t(" | ")
        d.s("address", a["line1"] + ", " + a["town"])
        d.t(f" | {fac(d.r, d.ch(['Renal Unit', 'Oncology', 'Eye Clinic', 'Day Hospital']))} | {d.tm()} | {d.ch(['WC', 'walker', 'stretcher', 'amb'])} | ")
        if d.pr(0.6):
            e = d.P()
            d.s("name", d.nm(e, ["g", "full"]))
            d.t(" (" + kin(d, e.sex, ["spouse", "child", "friend", "sibling"]) + ") |\n")
        else:
            d.t("none |\n")
    drv = d.P()
    d.w("\nDriver {name:drv}, vehicle {vehicle:reg}, radio {ch}. Control: {phone:ctl}\n", drv=d.nm(drv, ["full", "g", "i.f"]), reg=d.plate(), ch=d.ri(1, 12), ctl=d.ph("land"))


@L("UK", "IE", "AU", "NZ", "CA", "US")
def al4(d):
    dt = d.D(2022, 2025)
    d.w("RECALL / DNA REPORT                 run {date:dt}\n{hdr}\n", dt=d.fd(dt), hdr="SURNAME        FORENAME    DOB         ID           PHONE            LAST ATT")
    for i in range(3):
        p = d.P()
        sn = p.family.upper()
        d.s("name", sn)
        d.t(" " * max(1, 15 - len(sn)))
        d.s("name", p.given.upper())
        d.t(" " * max(1, 12 - len(p.given)))
        dob = d.fd(d.dob(d.ri(1, 99), dt), "dmY" if d.reg != "US" else "mdY")
        d.s("date", dob)
        d.t("  ")
        hv = d.hid(p, None)[1]
        d.s("mrn", hv)
        d.t(" " * max(1, 13 - len(hv)))
        ph = d.ph()
        d.s("phone", ph)
        d.t(" " * max(1, 17 - len(ph)))
        if d.pr(0.7):
            d.s("date", d.fd(d.after(dt, -400, -30), "dmy2" if d.reg != "US" else "mdy"))
        else:
            d.t("never")
        d.t("\n")
    d.w("3 records. Letters printed by {name:by}.\n", by=d.nm(d.P(), ["ini", "i.f", "g"]))


# =========================================================== 15 allied_health
@L("UK", "AU", "NZ", "IE", "CA", "US")
def ah0(d):
    dt = d.D(2022, 2025)
    pt, pht, ref, coach = d.P(), d.P(), d.P(), d.P()
    dob = d.dob(d.ri(16, 88), dt)
    hl, hv = d.hid(pt, dob)
    pa = d.A()
    d.w("PHYSIOTHERAPY INITIAL ASSESSMENT\n{name:pt}  DOB {date:dob}  {hl} {mrn:hv}\nReferred by: {name:ref}   Date: {date:dt}\nAddress: {address:addr}  Mobile {phone:mob}\n\n"
        "S: {age}yo {job}. R knee pain x {n}/52 after netball/footy; coach {name:coach} sent {obj}. Pain {p1}/10 at rest, {p2}/10 stairs. Lives with {k} in {address:town}.\n"
        "O: ROM flex {f} deg, ext -{e} deg. Quads 4/5 Oxford. Lachman +ve, McMurray -ve. Effusion +. {vit}.\n"
        "A: ?ACL rupture. \nP: refer back to GP Dr {name:gp} for MRI; crutches issued; HEP. Review {date:rv}.\n{name:pht} (Physiotherapist) {ll} {license:lv}\n",
        pt=d.nm(pt, ["full", "LF"]), dob=d.fd(dob), hl=hl, hv=hv, ref=d.nm(ref, ["full", "i.f"]), dt=d.fd(dt), addr=pa["full"], mob=d.ph("mob"),
        age=d.age_on(dob, dt), job=d.ch(["student", "teacher", "plumber", "nurse"]), n=d.ri(1, 8), coach=d.nm(coach, ["g", "full", "nick"]),
        obj="her" if pt.sex == "F" else "him", p1=d.ri(1, 5), p2=d.ri(5, 9), k=d.ch(["parents", "partner", "flatmates"]), town=d.town()[0],
        f=d.ri(60, 130), e=d.ri(0, 10), vit=d.ch(["Ottawa knee rules neg", "Thessaly test equivocal", "Lysholm 58"]), gp=d.nm(d.P(), ["f", "full"]),
        rv=d.short(d.after(dt, 5, 14)), pht=d.nm(pht, ["full", "i.f"]), ll=d.ch(["HCPC PH", "AHPRA PHY", "CORU PH", "Reg"]), lv=d.digits(6))


@L("UK", "IE", "AU", "NZ", "CA", "US")
def ah1(d):
    dt = d.D(2022, 2025)
    ch, mum, dad, slt, tch = d.P(), d.P(sex="F"), d.P(sex="M"), d.P(sex="F"), d.P()
    dob = d.dob(d.ri(3, 9), dt)
    pa = d.A()
    d.w("SPEECH AND LANGUAGE THERAPY REPORT\n\nName: {name:ch}   DOB: {date:dob}\nParents: {name:mum} and {name:dad}\nAddress: {address:l1}, {address:tl}\n"
        "School/nursery: {school}, teacher {name:tch}\nDate of assessment: {date:dt}\n\n{name:chg} is a {age}-year-old {boygirl} referred by {his} health visitor for unclear speech. "
        "{name:chg2} lives with mum and dad and baby sister {name:sis}; languages at home English and {lang}. CELF-5 core score {cs} (<2nd centile). "
        "Stopping and fronting processes. Hearing test at audiology {date:aud}: normal (tympanometry type A).\n\nRecommendations: weekly therapy block of 6; "
        "parents to attend. Copy to {name:mumg} by email {email:mem}.\n\n{name:slt}\nSpeech & Language Therapist\n",
        ch=d.nm(ch, ["full", "UP"]), dob=d.fd(dob), mum=d.nm(mum, ["full", "g"]), dad=d.nm(dad, ["full", "g"]), l1=pa["line1"], tl=pa["townline"],
        school=fac(d.r, d.ch(["Primary School", "Preschool", "Kindergarten", "Early Learning Centre"]), pa["town"]), tch=d.nm(tch, ["f", "full", "g"]), dt=d.fd(dt),
        chg=d.nm(ch, "g"), age=d.age_on(dob, dt), boygirl="girl" if ch.sex == "F" else "boy", his=_his(ch), chg2=d.nm(ch, ["g", "nick"]),
        sis=d.nm(d.P(sex="F", family=ch.family), "g"), lang=d.ch(["Urdu", "Polish", "Te Reo Māori", "Arabic", "Tagalog", "Irish", "French"]), cs=d.ri(55, 70),
        aud=d.fd(d.after(dt, -60, -10)), mumg=d.nm(mum, "g"), mem=d.email(mum), slt=d.nm(slt, ["full", "fullm", "i.f"]))


@L("AU", "UK", "IE", "NZ", "CA", "US")
def ah2(d):
    dt = d.D(2022, 2025)
    pt, dt_, son, gp = d.P(), d.P(), d.P(sex="M"), d.P()
    age = d.ri(45, 97)
    dob = d.dob(age, dt)
    hl, hv = d.hid(pt, dob)
    agef = d.F(("age", str(age))) if age > 89 else str(age)
    d.w("DIETETICS REVIEW  {date:dt}\nPt: {name:pt} ({agef}) {hl} {mrn:hv}\nAddress: {address:addr}\n\nReferral from Dr {name:gp}: unintentional wt loss.\n"
        "Wt {w} kg (was {w0} kg on {date:w0d}), Ht {h} cm, BMI {bmi}. MUST score {must}. Albumin {alb}, {lab}.\n"
        "Diet hx from pt and son {name:son}: skipping lunch, lives alone since wife/husband died in {yr}. Meals on wheels via {org}.\n"
        "Plan: fortisip compact 125 mL BD, food fortification leaflet. {name:song} to stock freezer; he lives in {address:sontown}. "
        "Review {date:rv}; phone follow-up on {phone:ph}.\n{name:dt_} APD\ncc: {name:cc} (community dietitian)\n",
        addr=d.A()["full"], cc=d.nm(d.P(), ["full", "i.f"]),
        dt=d.fd(dt), pt=d.nm(pt, ["full", "LF"]), agef=agef, hl=hl, hv=hv, gp=d.nm(gp, "f"), w=d.ri(38, 70), w0=d.ri(50, 85),
        w0d=d.fd(d.after(dt, -200, -60), d.ch(["dmY", "BY", "bY"]) if d.reg != "US" else "mdY"), h=d.ri(148, 185), bmi=d.ri(150, 230) / 10, must=d.ri(2, 4),
        alb=d.ri(25, 38), lab=labs(d), son=d.nm(son, ["full", "g"]), yr=d.ri(2010, 2023), org=d.ch(["the council", "Uniting", "Age Concern", "a local charity"]),
        song=d.nm(son, "g"), sontown=d.town()[0], rv=d.short(d.after(dt, 14, 42)), ph=d.ph(), dt_=d.nm(dt_, ["full", "i.f", "gF"]))


@L("UK", "NZ", "AU", "IE", "CA", "US")
def ah3(d):
    dt = d.D(2022, 2025)
    pt, pod, wife = d.P(sex="M"), d.P(), d.P(sex="F")
    dob = d.dob(d.ri(50, 92), dt)
    pa = d.A(rural=d.pr(0.4))
    hl, hv = d.hid(pt, dob)
    d.noise = 0.02
    d.w("PODIATRY - domiciliary visit\nPatient {name:pt}   {hl} {mrn:hv}   DOB {date:dob}\nVisit address: {address:l1}, {address:town}\nDirections: {dirs}\n"
        "Date {date:dt}  Time {tm}\n\nDM type 2 ({yr}), HbA1c {a1c}. Monofilament 10 g: absent {mf}/10 L, {mf2}/10 R. DP/PT pulses {pul}. ABPI {abpi}. "
        "Charcot changes L midfoot. Ulcer plantar 1st MTPJ L 8 x 6 mm, probe to bone neg. Debrided, dressing, offloading. "
        "{name:wife} (wife) shown how to check feet. {name:ptg} reluctant to wear the boot.\nPlan: review 1/52; urgent referral to diabetic foot MDT; GP informed via {email:gpem}.\n"
        "NOK: {name:wife2} {phone:wph}. Next visit {date:nv}.\n{name:pod} Podiatrist  {name:ini}\n",
        wife2=d.nm(wife, ["full", "lf"]), wph=d.ph(), nv=d.short(d.after(dt, 6, 8)),
        pt=d.nm(pt, ["full", "LF", "UP"]), hl=hl, hv=hv, dob=d.fd(dob), l1=pa["line1"], town=pa["town"],
        dirs=d.ch(["past the Catholic church, 2nd left after the creamery", "farm gate with the red post, up the lane", "ground-floor flat, ring bell twice",
                   d.F("the farm past ", ("address", d.ch(IE_TOWNLANDS)), " cross")]),
        dt=d.fd(dt), tm=d.tm(), yr=d.ri(2000, 2020), a1c=d.ri(55, 110), mf=d.ri(0, 10), mf2=d.ri(0, 10), pul=d.ch(["palpable", "absent L", "weak bilat"]),
        abpi=d.ri(50, 130) / 100, wife=d.nm(wife, ["g", "full"]), ptg=d.nm(pt, ["g", "nick"]) if d.pr(0.6) else d.tf(pt, "Mr"),
        gpem=d.email(d.P(), org=d.ch(["nhs.net", "gp.example.org"])), pod=d.nm(pod, ["full", "i.f"]), ini=d.nm(pod, ["ini", "ini."]))


@L("AU", "UK", "NZ", "IE", "CA", "US")
def ah4(d):
    dt = d.D(2022, 2025)
    pt, ot, dau, bld = d.P(), d.P(), d.P(sex="F"), d.P()
    age = d.ri(70, 100)
    dob = d.dob(age, dt)
    pa = d.A()
    agef = d.F(("age", str(age)), "-year-old") if age > 89 else d.F(f"{age}-year-old")
    d.w("OCCUPATIONAL THERAPY HOME ASSESSMENT\nClient: {name:pt}   DOB: {date:dob}\nHome: {address:l1}\n      {address:tl}\nVisit: {date:dt} with daughter {name:dau}\n\n"
        "{name:ptg} is {art} {agef} {sexw} living alone in a two-storey terrace. Entry: 3 steps, no rail. Bathroom upstairs: over-bath shower, toilet 38 cm. "
        "Barthel {bar}/20, TUG {tug} s.\n\nEquipment: perching stool, toilet frame, 2 rails front steps (builder {name:bld} to quote, {phone:bph}). "
        "Pendant alarm ordered; responder is {name:daug} ({phone:dph}) who lives in {address:dtown}.\n\n{name:ot}, Occupational Therapist   {email:otem}\n",
        pt=d.nm(pt, ["full", "LF", "fullm"]), dob=d.fd(dob), l1=pa["line1"], tl=pa["townline"], dt=d.fd(dt), dau=d.nm(dau, ["full", "g"]),
        ptg=d.nm(pt, ["g", "nick", "full"]) if d.pr(0.6) else d.tf(pt), agef=agef, art="an" if str(age)[0] == "8" else "a", sexw="woman" if pt.sex == "F" else "man",
        bar=d.ri(8, 19), tug=d.ri(12, 40), bld=d.nm(bld, ["full", "g", "nickfull"]), bph=d.ph("mob"), daug=d.nm(dau, "g"), dph=d.ph("mob"),
        dtown=d.town()[0], ot=d.nm(ot, ["full", "i.f"]), otem=d.email(ot, org=d.ch(["health.example.gov", "council.example.org"])))


# =========================================================== 16 end_of_life
@L("UK", "IE", "AU", "NZ", "CA", "US")
def eol0(d):
    dt = d.D(2022, 2025)
    pt, wife, cns, chap, gp, dau = d.P(), d.P(), d.P(), d.P(), d.P(), d.P(sex="F")
    age = d.ri(50, 101)
    dob = d.dob(age, dt)
    pa = d.A()
    hl, hv = d.hid(pt, dob)
    agef = d.F(("age", str(age))) if age > 89 else str(age)
    d.w("{hospice} - Inpatient Unit\nNursing note {date:dt} night\n\n{name:pt} ({agef}, {hl} {mrn:hv}) - {dx}. Day {n} of admission.\n"
        "Settled until 02:00 then agitated, calling for {name:mum}. Midazolam 2.5 mg sc PRN given x1 with effect. Syringe driver: morphine 10 mg + midazolam 10 mg / 24 h. "
        "Mouth care 2-hourly. Breathing pattern changed ~05:00, Cheyne-Stokes.\n{name:wife} ({k}) stayed overnight in the family room; daughter {name:dau} travelling from "
        "{address:dautown}, ETA midday. Chaplain {name:chap} visited at family's request. Home address for records: {address:addr}.\n"
        "Plan: continue comfort care; inform GP Dr {name:gp} and CNS {name:cns} of deterioration.\n{name:sig} RN\n",
        hospice=fac(d.r, "Hospice"), dt=d.fd(dt), pt=d.nm(pt, ["full", "LF"]), agef=agef, hl=hl, hv=hv, dx=d.ch(["metastatic ca prostate", "MND", "end-stage COPD", "C34.90 NSCLC", "pancreatic ca"]),
        n=d.ri(2, 20), mum=d.nm(d.P(sex="F"), ["g", "nick"]), wife=d.nm(wife, ["g", "full"]),
        k=kin(d, wife.sex, ["spouse", "partner", "sibling"]), dau=d.nm(dau, ["g", "full"]), dautown=d.town(d.ch(["UK", "IE", "AU", "NZ", "CA", "US"]))[0],
        chap=d.nm(chap, ["full", "f"]) if d.pr(0.6) else d.tf(chap, "Fr"), addr=pa["full"], gp=d.nm(gp, ["f", "full"]), cns=d.nm(cns, ["g", "full"]),
        sig=d.nm(d.P(), ["ini", "i.f", "gF"]))


@L("UK", "IE", "AU", "NZ", "CA", "US")
def eol1(d):
    dod = d.D(2022, 2025)
    dec, inf, cert, spouse = d.P(), d.P(), d.P(), d.P()
    age = d.ch([d.ri(60, 89), d.ri(90, 104)])
    dob = d.dob(age, dod)
    pa = d.A()
    pod = d.ch([None, "hosp", "home"])
    ll, lv = d.lic()
    if pod == "home":
        podf = d.F("usual residence, ", ("address", pa["full"]))
    else:
        podf = d.F(fac(d.r, d.ch(["Hospital", "Hospice", "Care Home"])) + ", ", ("address", d.A(rural=False, unit=False)["full"]))
    agef = d.F(("age", str(age)), " years") if age > 89 else f"{age} years"
    bt = d.town(d.ch(["UK", "IE", "AU", "NZ", "CA", "US"]))[0]
    d.w("MEDICAL CERTIFICATE OF CAUSE OF DEATH\nRegistration district: {dist}   Entry no. {id:entry}\n\nName of deceased: {name:dec}\nDate of death: {date:dod}   Age: {agef}\n"
        "Date of birth: {date:dob}   Place of birth: {address:bt}\nPlace of death: {podf}\nUsual address: {address:addr}\nOccupation: {occ}\n"
        "Marital status: {ms} ({name:spouse})\n\nI (a) {ca}\n  (b) {cb}\nII {c2}\nSeen after death by me: yes. Referred to coroner: no.\n\n"
        "Certifying practitioner: {name:cert}  {ll} {license:lv}  {date:cd}\nInformant: {name:inf} ({rel}), {address:infaddr}\n",
        dist=pa["town"], entry=d.digits(d.ch([3, 4, 6])), dec=d.nm(dec, ["UP", "fullm", "full"]), dod=d.fd(dod, d.ch(["dBY", "BdY", "ISO", None])), agef=agef,
        dob=d.fd(dob), bt=bt, podf=podf, addr=pa["full"], occ=d.ch(["retired miner", "homemaker", "retired teacher", "bus driver (retired)"]),
        ms=d.ch(["widowed", "married", "divorced"]), spouse=d.nm(spouse, ["full", "g"]), ca=d.ch(["Aspiration pneumonia", "Metastatic carcinoma of bronchus", "Congestive cardiac failure"]),
        cb=d.ch(["Alzheimer's disease", "Carcinoma of lung", "Ischaemic heart disease"]), c2=d.ch(["Type 2 diabetes", "Chronic kidney disease stage 4", "Parkinson's disease"]),
        cert=d.nm(cert, ["full", "fullm"]), ll=ll, lv=lv, cd=d.fd(d.after(dod, 0, 2)), inf=d.nm(inf, ["full", "UP"]),
        rel=kin(d, inf.sex, ["child", "spouse", "sibling", "niece"]), infaddr=d.A()["full"])


@L("UK", "IE", "AU", "NZ", "CA", "US")
def eol2(d):
    dod = d.D(2022, 2025)
    dec, nok, cel, fd_, org = d.P(), d.P(), d.P(), d.P(), d.P()
    age = d.ri(40, 103)
    pa = d.A()
    fun = d.after(dod, 5, 14)
    firm = d.ch(["Rosehill Funeral Services", "Willowbrook Funerals", "Kingfisher Funeral Home", "Harbourside Funeral Directors"])
    agef = d.F(("age", str(age))) if age > 89 else str(age)
    d.w("{firm}\nARRANGEMENT FORM                         Job no. {account:job}\n\nDeceased: {name:dec}   Age {agef}\nDate of death: {date:dod}   Collected from: {coll}\n"
        "Usual residence: {address:addr}\n\nApplicant / NOK: {name:nok} ({rel})\nAddress: {address:nokaddr}\nPhone: {phone:nph}   Email: {email:nem}\n\n"
        "Service: {svc} at {venue} on {date:fun} at {tm}\nCelebrant/minister: {name:cel}\nOrganist: {name:org}\nDisposal: {disp}\nNotice to run in the {paper}: \"{name:notice} of {address:noticetown}, "
        "peacefully, beloved {rel2} of {name:nok2}\"\nPacemaker: {pm} (must be removed before cremation) SN {device:pmsn}\n\nArranged by: {name:fd}\n",
        firm=firm, job=d.digits(5), dec=d.nm(dec, ["full", "UP", "fullm"]), agef=agef, dod=d.fd(dod), coll=d.ch(["home", "hospital mortuary", "nursing home", "coroner"]),
        addr=pa["full"], nok=d.nm(nok, ["full", "lf"]), rel=kin(d, nok.sex, ["child", "spouse", "sibling"]), nokaddr=d.A()["full"], nph=d.ph(), nem=d.email(nok),
        svc=d.ch(["Requiem Mass", "Funeral service", "Celebration of life", "Tangihanga then service"]), venue=d.ch(["St Patrick's Church", "the crematorium chapel", "the marae", "our chapel"]),
        fun=d.fd(fun, d.ch(["dBY", "BdY", None])), tm=d.tm12(), cel=d.nm(cel, ["full", "f"]), org=d.nm(org, ["full", "g"]),
        disp=d.ch(["cremation", "burial, " + d.ch(["new grave", "reopen family grave"])]), paper=d.ch(["Chronicle", "Herald", "Examiner", "Advertiser"]),
        notice=d.nm(dec, ["UP", "FU", "full"]), noticetown=pa["town"], rel2=kin(d, dec.sex, ["spouse", "parent", "partner", "sibling"]),
        nok2=d.nm(nok, ["g", "full"]), pm=d.ch(["Medtronic Advisa DR", "St Jude Endurity", "Biotronik Edora 8 DR-T"]), pmsn=d.I("serial"), fd=d.nm(fd_, ["full", "i.f"]))


@L("AU", "NZ", "IE", "UK", "CA", "US")
def eol3(d):
    dt = d.D(2022, 2025)
    dec, off, fnd, gp, nb = d.P(), d.P(), d.P(), d.P(), d.P()
    age = d.ri(30, 98)
    dob = d.dob(age, dt)
    pa = d.A()
    form = {"AU": "P79A Report of Death to Coroner", "NZ": "POL47 Sudden Death Report", "IE": "C71 Sudden Death Report (Garda)",
            "UK": "Sudden Death Report (Form 1A)", "CA": "Coroner's Investigation Statement", "US": "Medical Examiner Investigation Report"}[d.reg]
    rank = {"AU": "Sen Const", "NZ": "Constable", "IE": "Garda", "UK": "PC", "CA": "Cst", "US": "Deputy"}[d.reg]
    agef = d.F(("age", str(age))) if age > 89 else str(age)
    d.w("{form}\nEvent / file no: {id:ev}\nReporting officer: {rank} {name:off}, reg no {id:reg}, {station}\n\nDeceased: {name:dec}\nDOB: {date:dob}   Age: {agef}\n"
        "Address: {address:addr}\nFound at: {where}\nDate/time found: {date:dt} {tm}\nFound by: {name:fnd} ({role}), ph {phone:fph}\n\n"
        "Circumstances: {name:decg} was last seen by neighbour {name:nb} on {date:last}. Mail uncollected. Entry forced by police. {find} "
        "Medications located: {m}. GP Dr {name:gp} contacted, unable to certify.\nVehicle registered to deceased: {vehicle:plate} parked in driveway.\n",
        form=form, ev=d.I("ref"), rank=rank, off=d.nm(off, ["full", "i.f", "f"]), reg=d.digits(d.ch([4, 5, 6])), station=pa["town"] + " Station",
        dec=d.nm(dec, ["UP", "LF", "full"]), dob=d.fd(dob), agef=agef, addr=pa["full"], where=d.ch(["lounge room floor", "in bed", "bathroom", "garden shed"]),
        dt=d.fd(dt), tm=d.tm(), fnd=d.nm(fnd, ["full", "nickfull"]), role=d.ch(["son", "welfare check caller", "landlord", "meals on wheels volunteer"]), fph=d.ph(),
        decg=d.nm(dec, ["g", "f"]) if d.pr(0.5) else d.tf(dec), nb=d.nm(nb, ["full", "g", "f"]), last=d.fd(d.after(dt, -6, -2), d.ch(["dB", "Bd"]) if d.pr(0.5) else None),
        find=d.ch(["No signs of disturbance.", "Body in early decomposition.", "Empty blister packs on bench."]), m=", ".join(meds(d, 2)), gp=d.nm(gp, ["f", "full"]), plate=d.plate())


@L("UK", "IE", "AU", "NZ", "CA", "US")
def eol4(d):
    dt = d.D(2022, 2025)
    wid, dec, bc, gp = d.P(), d.P(), d.P(), d.P()
    dod = d.after(dt, -60, -28)
    pa = d.A()
    d.w("{hospice}\nBereavement Support Service\n{address:hl}\n\n{date:dt}\n\n{name:wid}\n{address:l1}\n{address:tl}\n\nDear {name:widg},\n\n"
        "It is now a few weeks since {name:dec} died on {date:dod}, and we wanted to let you know we are thinking of you. Many people find the weeks after the funeral the hardest. "
        "Our bereavement coordinator, {name:bc}, will ring you on {phone:wph} next week, or you can call {name:bcg} directly on {phone:bph}.\n\n"
        "Our memorial service is on {date:mem}. You are welcome to bring family - we remember {name:decg2}'s laugh on the ward.\n\n"
        "With warm wishes,\n{name:sig}\n(on behalf of the team)\ncc: Dr {name:gp}\n",
        hospice=fac(d.r, "Hospice"), hl=d.A(t=pa["t"], rural=False, unit=False)["full"], dt=d.fd(dt), wid=d.nm(wid, ["full", "fullm"]) if d.pr(0.6) else d.nm(wid, "full"),
        l1=pa["line1"], tl=pa["townline"], widg=d.nm(wid, ["g", "nick"]) if d.pr(0.6) else d.tf(wid),
        dec=d.nm(dec, ["g", "full", "nick"]), dod=d.fd(dod, d.ch(["dB", "odBY", "BdY", None])), bc=d.nm(bc, ["full"]), wph=d.ph(), bcg=d.nm(bc, "g"), bph=d.ph("land", pa["t"]),
        mem=d.fd(d.after(dt, 20, 90), d.ch(["dBY", "BdY", "Bd", "dB"])), decg2=d.nm(dec, ["g", "nick"]), sig=d.nm(d.P(), ["full", "g"]), gp=d.nm(gp, ["f", "full"]))


STYLES = {"patient_messages": [pm0, pm1, pm2, pm3, pm4], "admin_logs": [al0, al1, al2, al3, al4],
          "allied_health": [ah0, ah1, ah2, ah3, ah4], "end_of_life": [eol0, eol1, eol2, eol3, eol4]}
