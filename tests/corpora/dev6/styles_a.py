"""Styles 1-4: gp_letter, ed_triage, community_nursing, mental_health."""
from corpus_core import (L, fac, kin, vit, labs, meds, hx, spell_phone, PAYERS, EPONYMS, DISEASE_PLACES, ICD,
                         words_num, IE_TOWNLANDS)


def _pron(p):
    return ("she", "her") if p.sex == "F" else ("he", "his")


def _sexw(p):
    return "woman" if p.sex == "F" else "man"


# =========================================================== 1 gp_letter
@L("UK", "IE", "AU", "NZ")
def gp0(d):
    ref = d.D(2023, 2025)
    pt, cons, gp, rel = d.P(), d.P(), d.P(), d.P()
    age = d.ri(34, 88)
    dob = d.dob(age, ref)
    pa = d.A()
    ca = d.A(t=pa["t"], rural=False, unit=False)
    hl, hv = d.hid(pt, dob)
    kind = {"UK": "Surgery", "IE": "Health Centre", "AU": "Medical Centre", "NZ": "Medical Centre"}[d.reg]
    prac = fac(d.r, kind, pa["town"])
    ll, lv = d.lic()
    he, _ = _pron(pt)
    k = kin(d, rel.sex, ["spouse", "child", "sibling"])
    seen = d.after(ref, -40, -3)
    d.w("{prac}\n{address:cl1}\n{address:ctl}\nTel {phone:cph} | Fax {fax:cfx}\n{email:cem}\n\n{date:ref}\n\n"
        "Dr {name:cons}\nConsultant {spec}\n{hosp}\n\nDear Dr {name:cons2},\n\n"
        "Re: {name:pt}   DOB: {date:dob}   {hl}: {mrn:hv}\n     {address:pfull}\n\n"
        "Thank you for seeing this {age}-year-old {sexw} whom I reviewed on {date:seen} with {cond}. "
        "Background: {hx}. Current medication: {m}. On examination {vit}. Recent bloods {labs}.\n\n"
        "{He} lives with {his} {k} {name:rel}, who would like to attend the appointment; {name:relg} can be reached on {phone:relph}. "
        "{He} would prefer a morning slot as {he} relies on lifts.\n\nYours sincerely,\n\n\nDr {name:gp}\n{ll} {license:lv}\n",
        prac=prac, cl1=ca["line1"], ctl=ca["townline"], cph=d.ph("land", pa["t"]), cfx=d.ph("land", pa["t"]),
        cem=d.email(org={"UK": "nhs.net", "IE": "hse.ie", "AU": "clinic.net.au", "NZ": "healthcentre.co.nz"}[d.reg]), ref=d.fd(ref), cons=d.nm(cons, ["full", "i.f"]),
        spec=d.ch(["Cardiologist", "Gastroenterologist", "Rheumatologist", "Neurologist", "Geriatrician"]),
        hosp=fac(d.r, d.ch(["University Hospital", "General Hospital", "Regional Hospital"]), pa["town"]),
        cons2=d.nm(cons, "f"), pt=d.nm(pt, ["full", "fullm", "LF", "UP"]), dob=d.fd(dob), hl=hl, hv=hv, pfull=pa["full"], age=age,
        sexw=_sexw(pt), seen=d.fd(seen), cond=d.ch(["exertional chest tightness", "intermittent PR bleeding", "a tremor suspicious for " + EPONYMS[0], "polyarthralgia", "recurrent falls"]),
        hx=hx(d), m=", ".join(meds(d, 3)), vit=vit(d), labs=labs(d), He=he.capitalize(), he=he, his=_pron(pt)[1], k=k,
        rel=d.nm(rel, ["full", "g"]), relg=d.nm(rel, "g"), relph=d.ph("mob"), gp=d.nm(gp, ["full", "fullm"]), ll=ll, lv=lv)


@L("IE", "UK", "NZ", "AU")
def gp1(d):
    adm = d.D(2023, 2025)
    dis = d.after(adm, 2, 19)
    fu = d.after(dis, 20, 60)
    pt, gp, sho, reg, dau = d.P(), d.P(), d.P(), d.P(), d.P(sex="F")
    age = d.ri(60, 101)
    dob = d.dob(age, adm)
    pa = d.A(rural=d.pr(0.4))
    hl, hv = d.hid(pt, dob)
    stay = d.town()
    agef = d.F("Age: ", ("age", str(age))) if age > 89 else d.F(f"Age: {age}")
    d.w("{hosp}\nDISCHARGE LETTER\n\nDear Dr {name:gp},\n\nPatient: {name:pt}   {hl} {mrn:hv}\nDOB: {date:dob}   {agef}\n"
        "Address: {address:l1}, {address:tl}   {post}: {zip:pc}\n\nDate of admission: {date:adm}\nDate of discharge: {date:dis}\n"
        "Consultant: {cons}\n\nDiagnosis: {dx} ({icd})\nProcedures: nil\n\n"
        "{title} {name:ptf} was admitted via ED with {dx2}. Treated with IV antibiotics, switched to oral on day 3. {vit}. "
        "Mobilising with a frame, reviewed by physio and OT. On discharge {he} is going to stay with {his} daughter {name:dau} in {address:stay} "
        "for a fortnight before returning home.\n\nMedications on discharge: {m}\n\nFollow-up: OPD {date:fu} at {tm}. Please repeat U&E in 1/52.\n\n"
        "Dictated by Dr {name:sho} (SHO) for Dr {name:reg}\ncc: {name:pt2}, {address:l1b}\n",
        hosp=fac(d.r, d.ch(["University Hospital", "General Hospital", "Regional Hospital"]), pa["town"]), gp=d.nm(gp, ["f", "full", "i.f"]),
        pt=d.nm(pt, ["LF", "lf", "UP"]), hl=hl + ":", hv=hv, dob=d.fd(dob), agef=agef, l1=pa["line1"], tl=pa["town"] + (", Co. " + pa["st"] if d.reg == "IE" else ""),
        post=d.postlabel(), pc=pa["pc"], adm=d.fd(adm), dis=d.fd(dis), cons=d.ch(["Gen Med Team B", "Care of the Elderly", "Resp Med"]),
        dx=d.ch(["Community acquired pneumonia", "Urosepsis", "Cellulitis L leg", "Infective exacerbation COPD"]), icd=d.ch(ICD),
        title=pt.title, ptf=d.nm(pt, "f"), dx2=d.ch(["fever and confusion", "SOB and productive cough", "a red hot swollen leg"]), vit=vit(d),
        he=_pron(pt)[0], his=_pron(pt)[1], dau=d.nm(dau, ["g", "full"]), stay=stay[0], m="; ".join(meds(d, 4)), fu=d.fd(fu), tm=d.tm(),
        sho=d.nm(sho, ["full", "i.f", "f"]), reg=d.nm(reg, ["f", "full"]), pt2=d.nm(pt, ["full", "fullm"]), l1b=pa["full"])


@L("AU", "NZ", "UK", "IE")
def gp2(d):
    adm = d.D(2023, 2025)
    dis = d.after(adm, 1, 12)
    pt, nok, gp, doc = d.P(), d.P(), d.P(), d.P()
    dob = d.dob(d.ri(20, 85), adm)
    pa = d.A()
    ga = d.A(t=pa["t"], rural=False)
    hl, hv = d.hid(pt, dob)
    pl, pv = d.plan(pt, dob)
    ll, lv = d.lic()
    rows = [f"| {m.split(' ')[0]:<22}| {' '.join(m.split(' ')[1:]):<26}|" for m in meds(d, 4)]
    d.w("DISCHARGE SUMMARY - {hosp}\n\n| Field       | Value                               |\n|-------------|-------------------------------------|\n"
        "| Patient     | {name:pt} |\n| DOB         | {date:dob} |\n| {hl} | {mrn:hv} |\n| {pl} | {health_plan:pv} |\n"
        "| Address     | {address:addr} |\n| NOK         | {name:nok} ({k}) {phone:nph} |\n| GP          | Dr {name:gp}, {gpclinic} |\n"
        "| GP address  | {address:gaddr} |\n| GP fax      | {fax:gfax} |\n| Admitted    | {date:adm} |\n| Discharged  | {date:dis} |\n\n"
        "Principal diagnosis: {dx}\nComorbidities: {hx}\n\nMedications on discharge\n| Drug                  | Dose / frequency          |\n{rows}\n\n"
        "Issues for GP: recheck {lab} in one week; {vit} at discharge. Pt asked that results go to {his} {k} as well.\n\n"
        "Electronically signed: {name:doc}, {ll} {license:lv} on {date:sig} {tm}\n",
        hosp=fac(d.r, d.ch(["Base Hospital", "Health Service", "Hospital"]), pa["town"]), pt=d.nm(pt, ["LF", "full", "lf"]), dob=d.fd(dob),
        hl=f"{hl:<11}", hv=hv, pl=f"{pl:<11}", pv=pv, addr=pa["full"], nok=d.nm(nok, ["full", "lf"]), k=kin(d, nok.sex), nph=d.ph("mob"),
        gp=d.nm(gp, ["full", "f", "i.f"]), gpclinic=fac(d.r, "Medical Centre"), gaddr=ga["full"], gfax=d.ph("land", pa["t"]),
        adm=d.fd(adm), dis=d.fd(dis), dx=d.ch(["NSTEMI", "Acute kidney injury on CKD3", "Fractured NOF (R)", "DKA", "Pyelonephritis"]),
        hx=hx(d), rows="\n".join(rows), lab=d.ch(["K+", "Hb", "INR", "creatinine"]), vit=vit(d), his=_pron(pt)[1],
        doc=d.nm(doc, ["full", "i.f", "LF"]), ll=ll, lv=lv, sig=d.fd(dis), tm=d.tm())


@L("NZ", "AU", "IE", "UK")
def gp3(d):
    d.noise = 0.04
    ref = d.D(2023, 2025)
    pt, gp, sp, wife, cc1 = d.P(sex="M"), d.P(), d.P(), d.P(sex="F"), d.P()
    dob = d.dob(d.ri(40, 89), ref)
    pa = d.A(rural=d.pr(0.5))
    hl, hv = d.hid(pt, dob)
    work = d.town()
    d.lc = d.pr(0.5)
    d.w("to: dr {name:sp} - {spec} referrals\nfrom: {prac}\ndate {date:ref}\n\nre {name:pt} dob {date:dob} {hl} {mrn:hv}\n"
        "{address:addr}\nph {phone:ph} (home) / {phone:ph2} (wife {name:wife} mob)\n\n"
        "hi {name:sp2}, grateful if you could see {name:ptg} re his ongoing {prob}. hes a {job} and drives for work out of {address:work} so "
        "the {cond} is a real problem for him, he had {ep} previously ({yr}). {vit}. meds: {m}. no allergies known. "
        "he is happy to be contacted by email {email:em}\n\nthanks\n{name:gp}\n\ncc: {name:cc1}, practice nurse; {name:pt3}\n",
        sp=d.nm(sp, ["f", "full"]), spec=d.ch(["ENT", "ortho", "gastro", "cardiology", "urology"]), prac=fac(d.r, "Medical Centre", pa["town"]),
        ref=d.fd(ref), pt=d.nm(pt, ["low", "full", "UP"]), dob=d.fd(dob), hl=hl, hv=hv, addr=pa["full"], ph=d.ph("land", pa["t"]),
        ph2=d.ph("mob"), wife=d.nm(wife, "g"), sp2=d.nm(sp, "g"), ptg=d.nm(pt, ["g", "nick"]), prob=d.ch(["vertigo", "knee pain", "dyspepsia", "palpitations", "LUTS"]),
        job=d.ch(["truck driver", "sales rep", "courier", "bus driver", "farm contractor"]), work=work[0],
        cond=d.ch(["dizziness", "pain", "reflux", "fainting"]), ep=d.ch(["Epley manoeuvre", "an arthroscopy", "a gastroscopy", "a Holter"]),
        yr=d.ri(2008, 2021), vit=vit(d), m=", ".join(meds(d, 2)), em=d.email(pt), gp=d.nm(gp, ["full", "ini", "g"]),
        cc1=d.nm(cc1, ["full", "g"]), pt3=d.nm(pt, ["full", "i.f"]))


@L("UK", "IE", "AU", "NZ")
def gp4(d):
    ref = d.D(2023, 2025)
    pt, cons, gp, son = d.P(), d.P(), d.P(), d.P(sex="M")
    age = d.ri(55, 99)
    dob = d.dob(age, ref)
    pa = d.A(rural=False, unit=False)
    hl, hv = d.hid(pt, dob)
    spelled = " ".join(pt.family.replace(" ", "").replace("'", "").replace("-", "").lower())
    agep = d.F(("age", words_num(age)), "-year-old") if age > 89 else d.F(f"{words_num(age)}-year-old")
    d.w("[dictation {ref_iso} {tm} transcribed by speech recognition - not checked]\n\n"
        "letter to doctor {name:cons} at the {hosp} comma re {name:pt} comma date of birth {date:dob} comma {hl} {mrn:hv} full stop "
        "surname spelt {name:spell} full stop address {address:addr} new paragraph dear {name:cons2} thank you for seeing this pleasant {agep} {sexw} "
        "who I saw in surgery on {date:seen} full stop {he} has been getting {sym} for about {n} months comma worse since the winter full stop "
        "{his} son {name:son} who lives in {address:sontown} rang me on {date:call} to say {he} had had two falls full stop blood pressure {bp} "
        "comma sats {sats} percent comma {lab} full stop I wonder whether this could be {ep} question mark new paragraph "
        "{his} son would like to be copied in comma his number is {phone:sph} full stop kind regards doctor {name:gp} end of letter\n",
        ref_iso=ref.isoformat(), tm=d.tm(), cons=d.nm(cons, ["low", "full"]), hosp=d.ch(["memory clinic", "falls clinic", "neurology clinic"]),
        pt=d.nm(pt, ["low", "full"]), dob=d.fd(dob, "spoken"), hl=d.ch(["hospital number", "hospital no"]) if hl not in ("NHI", "IHI") else hl, hv=hv,
        spell=spelled, addr=pa["full"].replace(",", " comma").lower(), cons2=d.nm(cons, ["f", "low"]), agep=agep, sexw=_sexw(pt),
        seen=d.fd(d.after(ref, -30, -2), d.ch(["spoken", "dB", "spoken"])), he=_pron(pt)[0], his=_pron(pt)[1], sym=d.ch(["unsteadiness", "word finding difficulty", "shaking of the right hand"]),
        n=words_num(d.ri(2, 11)), son=d.nm(son, ["g", "low", "full"]), sontown=d.town()[0], call=d.fd(d.after(ref, -20, -1), d.ch(["spoken", "dB", "spoken"])),
        bp=f"one {words_num(d.ri(20, 79))} over {words_num(d.ri(60, 95))}", sats=words_num(d.ri(90, 99)),
        lab=d.ch(["b twelve was low normal", "thyroid function normal", "haemoglobin one hundred and twelve"]),
        ep=d.ch(["early parkinson's disease", "normal pressure hydrocephalus", "lewy body dementia"]), sph=spell_phone(d.ph("mob")),
        gp=d.nm(gp, ["low", "f"]))


# =========================================================== 2 ed_triage
@L("US", "CA")
def ed0(d):
    arr = d.D(2022, 2025)
    pt, rn, md, ec, pcp = d.P(), d.P(), d.P(), d.P(), d.P()
    age = d.ch([d.ri(18, 89), d.ri(90, 102)])
    dob = d.dob(age, arr)
    pa = d.A()
    pl, pv = d.plan(pt, dob)
    agef = d.F(("age", str(age)), pt.sex) if age > 89 else d.F(f"{age}{pt.sex}")
    d.w("EMERGENCY DEPARTMENT TRIAGE NOTE\n{hosp}\n\nPt: {name:pt} ({agef})   MRN: {mrn:mrn}   Acct#: {account:acct}\nDOB: {date:dob}\n"
        "Arrival: {date:arr} {tm} via {mode}   Acuity: ESI {esi}\nCC: \"{cc}\"\nVitals: {vit}   Pain {pain}/10\n"
        "Allergies: {allergy}\nPMH: {hx}\nHome: {address:addr}   Ph: {phone:ph}\n{pl}: {health_plan:pv}\n"
        "Emergency contact: {name:ec} ({k}) {phone:ecph}\nPCP: {name:pcp}{md_}, {pcpclin}\n\nTriage RN: {name:rn}, RN   {tm2}\n"
        "Notes: pt states {pron} was {story}. {k} at bedside. Family to bring med list. Attending {name:md} notified.\n",
        hosp=fac(d.r, d.ch(["Medical Center", "Regional Medical Center", "General Hospital"]), pa["town"]), pt=d.nm(pt, ["LF", "LFm", "lf"]),
        agef=agef, mrn=d.I("mrn"), acct=d.I("acct"), dob=d.fd(dob), arr=d.fd(arr), tm=d.tm(), mode=d.ch(["EMS", "private vehicle", "walk-in", "police"]),
        esi=d.ri(1, 5), cc=d.ch(["my chest feels heavy", "fell off ladder", "can't catch my breath", "bad headache since this am", "belly pain"]),
        vit=vit(d), pain=d.ri(0, 10), allergy=d.ch(["NKDA", "PCN (rash)", "sulfa", "codeine - nausea"]), hx=hx(d), addr=pa["full"], ph=d.ph(),
        pl=pl, pv=pv, ec=d.nm(ec, ["full", "g", "lf"]), k=kin(d, ec.sex), ecph=d.ph("mob"), pcp=d.nm(pcp, ["full", "i.f", "f"]), md_=", MD" if d.pr(0.5) else "",
        pcpclin=fac(d.r, "Family Medicine"), rn=d.nm(rn, ["full", "i.f", "ini"]), tm2=d.tm(), pron=_pron(pt)[0],
        story=d.ch(["cleaning gutters and missed a rung", "at work when the pain started", "fine until after dinner"]), md=d.nm(md, ["full", "f"]))


@L("UK", "AU", "NZ", "IE")
def ed1(d):
    dt = d.D(2022, 2025)
    pt, c1, c2, wit, rn, ofc = d.P(), d.P(), d.P(), d.P(), d.P(), d.P()
    age = d.ri(18, 104)
    inc = d.A(rural=False)
    cs = d.ch(["Alpha 12", "Delta 7", "Romeo 4", "Whiskey 21", "Kilo 3"])
    agef = d.F(("age", str(age))) if age > 89 else d.F(str(age))
    d.w("AMBULANCE HANDOVER (ATMIST)  {date:dt} {tm}\nCrew: {name:c1} / {name:c2}   callsign {cs}   veh reg {vehicle:amb}\n\n"
        "A - Age {agef}, {sex}. Name given as {name:pt}, DOB {date:dob}\nT - Time of incident approx {tm0}\n"
        "M - Mechanism: {mech} outside {address:inc}\nI - Injuries: {inj}\nS - Signs: {vit}, GCS {gcs}/15\nT - Treatment: {tx}\n\n"
        "Other: driver of {car} reg {vehicle:reg} spoken to by police ({ofc_rank} {name:ofc}, collar no. {id:collar}). "
        "Witness {name:wit} ({phone:wph}) says pt {story}. Pt's {k} {name:rel} en route from {address:reltown}.\n"
        "Handed to {name:rn} RN at {tm2}.\n",
        dt=d.fd(dt), tm=d.tm(), c1=d.nm(c1, ["full", "i.f", "g"]), c2=d.nm(c2, ["full", "i.f", "g"]), cs=cs, amb=d.plate(), agef=agef,
        sex=pt.sex, pt=d.nm(pt, ["full", "lf", "UP"]), dob=d.fd(d.dob(age, dt)), tm0=d.tm(),
        mech=d.ch(["pedestrian v car at low speed", "cyclist v car door", "fall from standing", "MVC, restrained driver"]),
        inc=inc["line1"] + ", " + inc["town"], inj=d.ch(["# L wrist deformity", "scalp lac 4 cm", "?NOF, shortened and ext rotated", "chest wall tenderness"]),
        vit=vit(d), gcs=d.ri(9, 15), tx=d.ch(["methoxyflurane, splint", "fentanyl 50 mcg IN", "collar, scoop", "paracetamol 1 g IV"]),
        car=d.ch(["a silver Toyota Corolla", "a white Ford Transit van", "a blue Mazda 3", "a red Holden Commodore", "a black VW Golf"]),
        reg=d.plate(), ofc_rank={"UK": d.ch(["PC", "Sgt"]), "IE": "Garda", "AU": d.ch(["Const.", "Sen Const"]), "NZ": "Constable", "CA": "Cst.", "US": "Officer"}[d.reg], ofc=d.nm(ofc, ["f", "full"]), collar=d.digits(4),
        wit=d.nm(wit, ["full", "g", "lf"]), wph=d.ph("mob"), story=d.ch(["stepped out between parked cars", "was not knocked out", "was dazed for a minute"]),
        k=kin(d, d.ch("FM")), rel=d.nm(d.P(), ["g", "full"]), reltown=d.town()[0], rn=d.nm(rn, ["full", "g", "i.f"]), tm2=d.tm())


@L("US", "UK", "AU", "CA", "NZ", "IE")
def ed2(d):
    dt = d.D(2022, 2025)
    rows = []
    for i in range(5):
        p = d.P()
        a = d.ch([d.ri(1, 89), d.ri(1, 89), d.ri(90, 99)])
        nurse, doc = d.P(), d.P()
        rows.append((f"{d.ch(['R', 'M', 'C', 'F'])}{d.ri(1, 24):<3}", d.nm(p, ["LF", "lf", "FU", "if"]), a,
                     d.ch(["CP", "SOB", "abdo pain", "#?wrist", "fall", "OD", "headache", "fever"]), d.nm(nurse, ["ini", "g", "if"]),
                     d.nm(doc, ["f", "ini", "if"]), d.tm()))
    d.w("{title} TRACKING BOARD snapshot {date:dt} {tm}\nBED  PATIENT                    AGE  COMPLAINT   RN     DR       ARR\n",
        title=d.ch(["ED", "EMERG", "ED MAJORS"]), dt=d.fd(dt), tm=d.tm())
    for bed, nm, a, cc, rn, dr, t in rows:
        d.t(f"{bed}  ")
        d.s("name", nm)
        d.t(" " * max(1, 27 - len(nm)))
        if a > 89:
            d.s("age", str(a))
            d.t("   ")
        else:
            d.t(f"{a:<5}")
        d.t(f"{cc:<12}")
        d.s("name", rn)
        d.t(" " * max(1, 7 - len(rn)))
        d.s("name", dr)
        d.t(" " * max(1, 9 - len(dr)) + t + "\n")
    cn = d.P()
    d.w("\nBreach watch: bed {bed} ({note}). Coordinator {name:cn} on {phone:ext}.\n",
        bed=rows[0][0].strip(), note=d.ch(["awaiting ortho", "awaiting bed on 7B", "mental health review pending"]), cn=d.nm(cn, ["full", "g"]), ext=d.ph())


@L("CA")
def ed3(d):
    dt = d.D(2022, 2025)
    pt, inf, md, fam = d.P(origin=d.ch(["queb", "queb", None])), d.P(), d.P(), d.P()
    dob = d.dob(d.ri(2, 88), dt)
    pa = d.A()
    pl, pv = d.plan(pt, dob)
    d.w("URGENCE / EMERGENCY - {hosp}\nTriage ETG/CTAS {ctas}   {date:dt} {tm}\n\nNom / Name: {name:pt}\nDDN / DOB: {date:dob}\n{pl}: {health_plan:pv}\n"
        "No. dossier: {mrn:mrn}\nAdresse: {address:addr}\nCode postal: {zip:pc}\nTél.: {phone:ph}\n\nRaison de consultation: {cc}\nSV: {vit}\n"
        "Accompagné(e) par: {name:fam} ({rel}), cell {phone:fph}\nInterprète: {name:inf}, ID interprète {id:iid}\n\n"
        "Note inf.: pt arrived by {mode}. Lives {livew} {address:town2}. Seen by Dr {name:md} at {tm2}. "
        "Pharmacy to confirm meds w/ {pharm}, fax {fax:pfax}.\nInit. {name:ini}\n",
        hosp=fac(d.r, d.ch(["Hôpital régional", "Centre hospitalier", "Health Centre"]), pa["town"]), ctas=d.ri(1, 5), dt=d.fd(dt), tm=d.tm(),
        pt=d.nm(pt, ["LF", "full", "FU"]), dob=d.fd(dob), pl=pl, pv=pv, mrn=d.I("mrn"), addr=pa["line1"] + ", " + pa["town"] + " (" + pa["st"] + ")", pc=pa["pc"], ph=d.ph(t=pa["t"]),
        cc=d.ch(["douleur thoracique / chest pain", "chute, poignet G", "fièvre x 3 jours", "dyspnée"]), vit=vit(d),
        fam=d.nm(fam, ["full", "g"]), rel=d.ch(["fille", "fils", "conjoint", "mère", "neighbour"]), fph=d.ph(),
        inf=d.nm(inf, ["full", "i.f"]), iid=d.ch(["INT-", "#", ""]) + d.digits(5), mode=d.ch(["ambulance", "car", "taxi"]),
        livew=d.ch(["alone in", "with daughter in", "at a résidence in"]), town2=d.town()[0], md=d.nm(md, ["f", "full"]), tm2=d.tm(),
        pharm=fac(d.r, "Pharmacie"), pfax=d.ph(), ini=d.nm(d.P(), ["ini", "ini."]))


@L("IE", "UK", "US", "AU", "NZ", "CA")
def ed4(d):
    d.ocr = 0.05
    d.brk = 0.03
    dt = d.D(2022, 2025)
    pt, gard, sis, rn, gp = d.P(), d.P(), d.P(sex="F"), d.P(), d.P()
    dob = d.dob(d.ri(16, 60), dt)
    pa = d.A()
    hl, hv = d.hid(pt, dob)
    pol = {"IE": "Garda", "UK": "PC", "US": "Officer", "AU": "Sen Const", "NZ": "Constable", "CA": "Cst."}[d.reg]
    inc = {"IE": "PULSE incident no.", "UK": "crime ref", "US": "report #", "AU": "event no.", "NZ": "event number", "CA": "occurrence #"}[d.reg]
    _ed4(d, dt, pt, gard, sis, rn, gp, dob, pa, hl, hv, pol, inc)


def _ed4(d, dt, pt, gard, sis, rn, gp, dob, pa, hl, hv, pol, inc):
    d.w("[scanned triage card p1/1]\nTRIAGE  cat {cat}  {date:dt}  {tm}\nNAME {name:pt}  {hl} {mrn:hv}  DOB {date:dob}\n"
        "ADDR {address:addr}\nNOK {name:sis} (sister) {phone:sph}\nGP Dr {name:gp}\n"
        "PC: brought in by {pol} {name:gard} after assault outside a pub on {address:street} at approx {tm0}, {incl} {id:incv}. "
        "c/o facial pain and ?LOC, {vit}, GCS 15, ETOH++ . pt says phone was taken, contact via sister only. "
        "pt gives alt address c/o {name:sis2}, {address:alt} - staying there since {date:since}.\ntriaged by {name:rn}\n",
        cat=d.ri(2, 4), dt=d.fd(dt), tm=d.tm(), pt=d.nm(pt, ["UP", "LF", "FU"]), hl=hl, hv=hv, dob=d.fd(dob), addr=pa["full"],
        sis=d.nm(sis, ["full", "g"]), sph=d.ph("mob"), gp=d.nm(gp, ["f", "i.f"]), pol=pol, gard=d.nm(gard, ["f", "full", "i.f"]),
        street=d.street(), tm0=d.tm(), incl=inc, incv=d.digits(8), vit=vit(d), sis2=d.nm(sis, ["g", "full"]),
        alt=d.A(rural=False, t=pa["t"])["line1"], since=d.fd(d.after(dt, -60, -3), "md" if d.reg == "US" else "dm"),
        rn=d.nm(rn, ["ini", "ini.", "i.f"]))


# =========================================================== 3 community_nursing
@L("UK", "IE", "AU", "NZ", "CA", "US")
def cn0(d):
    v = d.D(2022, 2025)
    pt, dn, carer, dau, gp = d.P(), d.P(), d.P(), d.P(sex="F"), d.P()
    age = d.ri(70, 103)
    dob = d.dob(age, v)
    pa = d.A()
    hl, hv = d.hid(pt, dob)
    title = {"UK": "DISTRICT NURSING", "IE": "PUBLIC HEALTH NURSING", "AU": "COMMUNITY NURSING", "NZ": "DISTRICT NURSING", "CA": "HOME CARE NURSING", "US": "HOME HEALTH SKILLED NURSING"}[d.reg]
    agef = d.F(" (", ("age", str(age)), ")") if age > 89 else d.F(f" ({age})")
    d.w("{title} - VISIT RECORD\nPatient: {name:pt}{agef}   {hl}: {mrn:hv}\nAddress: {address:l1}\n         {address:tl}\n"
        "Access: key safe by back door, code held by office. Dog.\nVisit date: {date:v}  Time in {t1} out {t2}\n\n"
        "Seen with carer {name:carer}. Sacral pressure area cat 2 dressed (Waterlow {wl}, Braden {br}); L shin ulcer cleaned, "
        "compression re-applied. {vit}. Reports poor appetite; {dau_rel} {name:dau} doing shopping. "
        "{name:pt2} asked me to ring {name:daug} re incontinence pads order, {phone:dph}. Discussed with GP Dr {name:gp}'s surgery.\n"
        "Plan: revisit {date:nv}. Review by TVN in 2/52.\n\n{name:dn} {cred}\n",
        title=title, pt=d.nm(pt, ["full", "LF", "fullm"]), agef=agef, hl=hl, hv=hv, l1=pa["line1"], tl=pa["townline"], v=d.fd(v),
        t1=d.tm(), t2=d.tm(), carer=d.nm(carer, ["g", "full", "gF"]), wl=d.ri(10, 24), br=d.ri(9, 18), vit=vit(d),
        dau_rel=d.ch(["daughter", "dtr"]), dau=d.nm(dau, ["g", "full"]), pt2=d.nm(pt, ["g", "f"]) if d.pr(0.5) else d.tf(pt),
        daug=d.nm(dau, "g"), dph=d.ph("mob"), gp=d.nm(gp, "f"), nv=d.fd(d.after(v, 2, 7), d.ch(["dm", "dB", "md"]) if d.reg != "US" else "md"),
        dn=d.nm(dn, ["full", "i.f", "gF"]), cred=d.ch(["RN", "RGN", "CNS", "DN", "PHN"]))


@L("UK", "IE", "AU", "NZ", "US", "CA")
def cn1(d):
    start = d.D(2022, 2025)
    pt = d.P()
    carers = [d.P() for _ in range(4)]
    son = d.P(sex="M", family=pt.family)
    d.w("CARERS' DAILY LOG - {name:pt}\n(please write clearly & sign every visit)\n\nDate       | Time  | Carer      | Notes\n",
        pt=d.nm(pt, ["full", "nickfull", "quoted"]))
    day = start
    for i in range(5):
        c = carers[i % 4]
        notes = d.ch(["breakfast eaten, meds given from blister pack", "refused shower, strip wash instead",
                      "bit confused today, kept asking for {S}", "{S} visited, took her to the shops", "skin intact, cream applied",
                      "phoned office re low stock of {drug}", "mood good, watched the racing"])
        day = d.after(day, 0, 2)
        d.s("date", d.fd(day, "dmy2" if d.reg != "US" else "mdy"))
        d.t(" | " + d.tm() + " | ")
        d.s("name", d.nm(c, ["g", "gF", "ini", "gF."]))
        d.t(" | ")
        if "{S}" in notes:
            a, b = notes.split("{S}")
            d.t(a)
            d.s("name", d.nm(son, ["g", "nick"]))
            d.t(b + "\n")
        else:
            d.t(notes.replace("{drug}", d.ch(["Movicol", "Ensure", "Cavilon cream"])) + "\n")
    d.w("\nOffice note: son's new number {phone:sph}. {name:sup} (supervisor) to review care plan on {date:rv}.\n",
        sph=d.ph("mob"), sup=d.nm(d.P(), ["full", "g"]), rv=d.fd(d.after(day, 3, 14)))


@L("AU", "NZ", "UK", "CA")
def cn2(d):
    ref = d.D(2022, 2025)
    pt, gp, nok, rn = d.P(), d.P(), d.P(), d.P()
    dob = d.dob(d.ri(50, 95), ref)
    pa = d.A()
    hl, hv = d.hid(pt, dob)
    pl, pv = d.plan(pt, dob)
    ll, lv = d.lic()
    d.w("COMMUNITY NURSING REFERRAL FORM\n\nSurname: {name:fam}          Given name(s): {name:giv}\nDOB: {date:dob}   Sex: {sex}\n"
        "Street: {address:l1}\nSuburb/Town: {address:town}\n{stl}: {stf}     {pcl}: {zip:pc}\nPhone: {phone:ph}\n"
        "{hl}: {mrn:hv}     {pl}: {health_plan:pv}\n\nReferrer: Dr {name:gp} ({ll} {license:lv})   Fax: {fax:fax}\n"
        "Reason: {reason}\nNext of kin: {name:nok}, {k}, {phone:nph}\n\nTriage outcome: accepted {date:acc}, allocated to {name:rn}.\n",
        fam=pt.family.upper() if d.pr(0.5) else pt.family, giv=pt.given, dob=d.fd(dob), sex=pt.sex, l1=pa["line1"], town=pa["town"],
        stl=d.statelabel(), stf=d.F(("address", pa["st"])) if d.reg in ("UK", "IE") else pa["st"], pcl=d.postlabel(), pc=pa["pc"], ph=d.ph(t=pa["t"]), hl=hl, hv=hv, pl=pl, pv=pv,
        gp=d.nm(gp, ["full", "i.f"]), ll=ll, lv=lv, fax=d.ph("land", pa["t"]),
        reason=d.ch(["IV antibiotics via PICC, cefazolin 2 g BD", "wound care post TKR, clips out day 12", "catheter care (Foley 14Fr)", "insulin supervision 18 units mane"]),
        nok=d.nm(nok, ["full", "lf"]), k=kin(d, nok.sex), nph=d.ph("mob"), acc=d.fd(d.after(ref, 0, 3)), rn=d.nm(rn, ["full", "g", "ini"]))


@L("NZ", "AU", "UK", "IE", "US", "CA")
def cn3(d):
    v = d.D(2022, 2025)
    pt, dn, hus = d.P(sex="F"), d.P(), d.P(sex="M")
    pa = d.A(rural=True)
    d.lc = d.pr(0.3)
    d.w("[SMS thread exported {date:exp}]\n\n{name:dn_short} (DN): Hi {name:ptg} its {name:dn_g} the district nurse, running about 20 min late today sorry, "
        "coming from {address:prevtown}\n{name:ptg2}: no worries love, {name:hus} will leave the gate open, its the farm past {address:landmark} "
        "with the blue letterbox\n{name:dn_short2} (DN): thanks! Is that {address:l1}?\n{name:ptg3}: yes thats us. ring {phone:hph} if lost no mobile coverage by the bridge\n"
        "{name:dn_short3} (DN): next visit {date:nv} then, dressing change + bloods (Hb, CRP)\n",
        exp=d.fd(v), dn_short=d.nm(dn, ["g", "gF"]), ptg=d.nm(pt, "g"), dn_g=d.nm(dn, "g"), prevtown=d.town()[0],
        ptg2=d.nm(pt, ["g", "full"]), hus=d.nm(hus, ["g", "nick"]), landmark=d.ch(["Kilmore", "the Mangamahu bridge", "Fordell school", "Pleasant Point"]) if d.reg == "NZ" else d.town()[0],
        dn_short2=d.nm(dn, "g"), l1=pa["line1"], ptg3=d.nm(pt, "g"), hph=d.ph("land", pa["t"]), dn_short3=d.nm(dn, "g"),
        nv=d.fd(d.after(v, 2, 6), d.ch(["dB", "Bd", "md"]) if d.reg == "US" else d.ch(["dB", "dm"])))


@L("CA", "US", "AU", "UK")
def cn4(d):
    d0 = d.D(2022, 2025)
    pt = d.P()
    pa = d.A()
    hl, hv = d.hid(pt, d.dob(d.ri(60, 95), d0))
    d.w("visit_id,client,{hl},visit_date,start,end,worker,service,notes\n", hl=hl.lower().replace(" ", "_").replace("#", "no").replace(".", ""))
    dt = d0
    vid = d.ri(100000, 900000)
    name_form = d.ch(["LF", "lf", "full"])
    nurses = [d.P() for _ in range(3)]
    for i in range(4):
        dt = d.after(dt, 1, 3)
        vid += d.ri(1, 90)
        nm = d.nm(pt, name_form)
        d.s("id", str(vid))
        d.t(",")
        d.s("name", nm) if "," not in nm else (d.t('"'), d.s("name", nm), d.t('"'))
        d.t(",")
        d.s("mrn", hv)
        d.t(",")
        d.s("date", d.fd(dt, "ISO"))
        d.t(f",{d.tm()},{d.tm()},")
        d.s("name", d.nm(nurses[i % 3], ["i.f", "if", "full"]))
        d.t(f",{d.ch(['RN wound', 'PSW personal care', 'RPN meds', 'HHA bath'])},")
        d.t(d.ch(["ok", "no answer - left card", "pt at dialysis", "INR 2.4 reported", "client at day program"]) + "\n")
    d.w("# export by {name:who} on {date:ex}; client address {address:addr}\n", who=d.nm(d.P(), ["i.f", "full"]), ex=d.fd(dt, "ISO"), addr=pa["full"])


# =========================================================== 4 mental_health
@L("US", "CA", "AU")
def mh0(d):
    dt = d.D(2022, 2025)
    pt, sis, th, psy, ex = d.P(), d.P(sex="F"), d.P(), d.P(), d.P()
    dob = d.dob(d.ri(18, 75), dt)
    pa = d.A()
    old = d.A()
    nl, nv = d.natid(pt, dob)
    pl, pv = d.plan(pt, dob)
    d.w("PSYCHIATRIC INTAKE ASSESSMENT\n{fac_}\n\nName: {name:pt}\nDOB: {date:dob}   {nl}: {ssn:ssn}\n{pl}: {health_plan:pv}\n"
        "Current address: {address:addr}\nPrevious address (to {yr}): {address:old}\nPhone: {phone:ph}   Email: {email:em}\n\n"
        "Referral: self, prompted by sister {name:sis}. Previously saw therapist {name:th} at {clinic} until {date:last}.\n\n"
        "HPI: {age}yo {sex} w/ low mood x {n} months since separation from {name:ex}; sleeping 3-4 h, PHQ-9 {phq}, GAD-7 {gad}. "
        "Passive SI, no plan. Sister reports pt stayed with her in {address:sistown} over the holidays. "
        "Meds: sertraline 100 mg, trazodone 50 mg qhs. Dx: {icd} (MDD, recurrent, moderate).\n\n"
        "Collateral: {name:sisg} ({phone:sph}) - with pt's consent.\n\nEvaluator: {name:psy}, {cred}  {date:sig}\n",
        fac_=fac(d.r, d.ch(["Behavioral Health", "Counseling Center", "Mental Health Service"]), pa["town"]), pt=d.nm(pt, ["full", "LF", "fullm"]),
        dob=d.fd(dob), nl=nl, ssn=nv, pl=pl, pv=pv, addr=pa["full"], yr=d.ri(2015, 2022), old=old["full"], ph=d.ph(), em=d.email(pt),
        sis=d.nm(sis, ["full", "g"]), th=d.nm(th, ["full", "i.f"]), clinic=fac(d.r, "Counseling"), last=d.fd(d.after(dt, -400, -60), "BY" if d.pr(0.4) else None),
        age=Doc_age(d, dob, dt), sex=pt.sex, n=d.ri(2, 9), ex=d.nm(ex, ["g", "full"]), phq=d.ri(10, 26), gad=d.ri(5, 21),
        sistown=d.town()[0], icd=d.ch(["F33.1", "F32.1"]), sisg=d.nm(sis, "g"), sph=d.ph("mob"), psy=d.nm(psy, ["full", "i.f"]),
        cred=d.ch(["MD", "PMHNP", "LCSW", "PhD"]), sig=d.fd(dt))


def Doc_age(d, dob, ref):
    return d.age_on(dob, ref)


@L("UK", "IE", "NZ", "AU")
def mh1(d):
    dt = d.D(2022, 2025)
    pt, amhp, dr1, dr2, pc, mum = d.P(), d.P(), d.P(), d.P(), d.P(), d.P(sex="F")
    dob = d.dob(d.ri(18, 70), dt)
    pa = d.A()
    hl, hv = d.hid(pt, dob)
    act = {"UK": "Mental Health Act 1983 s136", "IE": "Mental Health Act 2001", "NZ": "Mental Health (CAT) Act 1992 s109", "AU": "Mental Health Act 2014 s351"}[d.reg]
    d.w("CRISIS RESOLUTION / HOME TREATMENT TEAM - contact note\n{date:dt} {tm}\n\nClient: {name:pt} ({hl} {mrn:hv})\nLocation: {address:loc}\n\n"
        "Call from {rank} {name:pc} (collar no {id:collar}) - {name:ptg} found on {bridge} bridge at 02:10, detained under {act} and brought to the suite. "
        "Assessment with AMHP {name:amhp}, Dr {name:dr1} (s12) and Dr {name:dr2}. {name:ptg2} calm, reports voices telling {obj} to {cmd}. "
        "Nearest relative is mother, {name:mum}, of {address:mumaddr}, tel {phone:mph} - informed by {name:amhp2} at {tm2}.\n"
        "Outcome: informal admission to {ward}, room {room}. Property (phone, keys, wallet) logged.\n-- {name:sig}\n",
        dt=d.fd(dt), tm=d.tm(), pt=d.nm(pt, ["full", "LF"]), hl=hl, hv=hv, loc=pa["full"], rank=d.ch(["PC", "Sgt", "Const."]),
        pc=d.nm(pc, ["f", "full"]), collar=d.digits(d.ch([4, 5])), ptg=d.nm(pt, "g"), bridge=d.ch(["the railway", "the river", "the old"]),
        act=act, amhp=d.nm(amhp, ["full", "gF"]), dr1=d.nm(dr1, "f"), dr2=d.nm(dr2, ["f", "full"]), ptg2=d.nm(pt, ["g", "f"]),
        obj="her" if pt.sex == "F" else "him", cmd=d.ch(["walk", "stop eating", "stay awake"]), mum=d.nm(mum, ["full", "lf"]),
        mumaddr=d.A()["full"], mph=d.ph(), amhp2=d.nm(amhp, "g"), tm2=d.tm(), ward=d.ch(["Willow Ward", "Ash Unit", "Kōwhai Ward", "Acute Unit"]),
        room=d.ri(1, 24), sig=d.nm(d.P(), ["ini", "ini.", "gF"]))


@L("UK", "IE", "NZ", "AU", "CA")
def mh2(d):
    hd = d.D(2023, 2025)
    pt, rc, sw, nr, sol = d.P(), d.P(), d.P(), d.P(), d.P()
    dob = d.dob(d.ri(19, 80), hd)
    pa = d.A()
    hl, hv = d.hid(pt, dob)
    trib = {"UK": "First-tier Tribunal (Mental Health)", "IE": "Mental Health Tribunal", "NZ": "Mental Health Review Tribunal",
            "AU": "Mental Health Review Tribunal", "CA": "Consent and Capacity Board"}[d.reg]
    d.w("{trib}\nRESPONSIBLE CLINICIAN'S REPORT\n\nPatient: {name:pt}\nDate of birth: {date:dob}\n{hl}: {mrn:hv}\nTribunal ref: {id:tref}\n"
        "Hearing date: {date:hd}\nHospital: {hosp}\nHome address: {address:l1}, {address:tl}\n\n"
        "1. I am {name:rc}, consultant psychiatrist and responsible clinician for {title} {name:ptf} since {date:since}.\n"
        "2. {title} {name:ptf2} was born in {address:born} and moved to the area in {yr}. {pron} has a diagnosis of paranoid schizophrenia ({icd}).\n"
        "3. {pron} is represented by {name:sol} of {firm}. The nearest relative is {name:nr} ({rel}).\n"
        "4. Social circumstances report by {name:sw} attached.\n\nSigned: {name:rc2}   {date:sg}\n",
        trib=trib, pt=d.nm(pt, ["full", "fullm", "UP"]), dob=d.fd(dob), hl=hl, hv=hv, tref=d.I("ref"), hd=d.fd(hd),
        hosp=fac(d.r, d.ch(["Psychiatric Unit", "Mental Health Unit", "Hospital"]), pa["town"]), l1=pa["line1"], tl=pa["townline"],
        rc=d.nm(rc, ["full", "fullm"]), title=pt.title, ptf=d.nm(pt, "f"), since=d.fd(d.after(hd, -500, -60)), ptf2=d.nm(pt, "f"),
        born=d.town(d.ch(["UK", "IE", "AU", "NZ", "CA", "US"]))[0], yr=d.ri(1995, 2020), pron=_pron(pt)[0].capitalize(), icd="F20.0",
        sol=d.nm(sol, ["full", "i.f"]), firm=d.ch(["Northbridge Legal", "Quayside Law", "Harbour Chambers", "Lantern Advocacy"]),
        nr=d.nm(nr, ["full", "lf"]), rel=kin(d, nr.sex, ["parent", "sibling", "spouse"]), sw=d.nm(sw, ["full", "i.f"]), rc2=d.nm(rc, ["full", "i.f"]),
        sg=d.fd(d.after(hd, -14, -3)))


@L("AU", "NZ", "UK", "US", "IE", "CA")
def mh3(d):
    dt = d.D(2022, 2025)
    caller, pt, op, gp = d.P(), d.P(), d.P(), d.P()
    ca = d.A(rural=False)
    d.w("CRISIS LINE - call transcript (auto speech-to-text, unverified)\nCall ID {id:cid}  {date:dt} {tm}  CLI {phone:cli}\n\n"
        "OPERATOR: crisis line you're speaking with {name:op} can I take your name\nCALLER: yeah it's {name:caller} I'm ringing about my {k} {name:ptg}\n"
        "OPERATOR: okay {name:callerg} and what's {pos} full name\nCALLER: {name:ptfull} um {pron2} date of birth is {date:dob}\n"
        "OPERATOR: and where is {pron3} right now\nCALLER: at {pos} flat {address:addr} {pron3} hasn't left since {date:since} "
        "and {pron3} stopped the clozapine um {gp_s} doctor {name:gp} said to call you\nOPERATOR: is there a number I can reach you on if we get cut off\n"
        "CALLER: {phone:cph}\nOPERATOR: thanks {name:callerg2} I'm going to ask the team in {address:team} to visit\n",
        cid=d.digits(9), dt=d.fd(dt), tm=d.tm(), cli=d.ph("mob"), op=d.nm(op, "g"), caller=d.nm(caller, ["low", "full", "g"]),
        k=kin(d, pt.sex, ["child", "sibling", "spouse", "partner"]), ptg=d.nm(pt, ["lowg", "g"]), callerg=d.nm(caller, "g"),
        pos="her" if pt.sex == "F" else "his", ptfull=d.nm(pt, ["low", "full"]), pron2="her" if pt.sex == "F" else "his",
        dob=d.fd(d.dob(d.ri(18, 60), dt), "spokenUS" if d.reg == "US" else "spoken"), pron3="she" if pt.sex == "F" else "he",
        addr=(ca["line1"] + " " + ca["town"]).lower(), since=d.fd(d.after(dt, -10, -2), d.ch(["dB", "Bd"]) if d.reg != "US" else "Bd"),
        gp_s=d.ch(["the", "her", "his"]), gp=d.nm(gp, ["f", "low"]), cph=spell_phone(d.ph("mob")) if d.pr(0.5) else d.ph("mob"),
        callerg2=d.nm(caller, "g"), team=ca["town"].lower())


@L("CA", "US", "NZ", "UK", "AU", "IE")
def mh4(d):
    dt = d.D(2022, 2025)
    pt, np_, ot, wife = d.P(), d.P(), d.P(), d.P()
    dob = d.dob(d.ri(20, 89), dt)
    hl, hv = d.hid(pt, dob)
    d.lc = True
    d.noise = 0.03
    d.w("progress note {date:dt} - {name:pt} ({hl} {mrn:hv})\n\ns: pt seen in clinic w/ {k} {name:wife}. reports improved sleep on mirtazapine 15 mg, "
        "still ruminating re job loss at {emp}. denies si/hi. {name:ptg} says the OT {name:ot} has been helpful with activity scheduling.\n"
        "o: kempt, good eye contact, mood 'better', affect reactive. phq9 {phq}. wt {wt} kg.\n"
        "a: mdd improving. lithium level {li} (ok). {dz}.\n"
        "p: cont meds. next appt {date:nx}. {name:wifeg} to call {phone:clin} if concerns. lives {lw} {address:town}. "
        "rx sent to {pharm}, rx# {id:rx}. cc dr {name:gp} (fax {fax:gfax}).\n-- {name:np}\n",
        dt=d.fd(dt), pt=d.nm(pt, ["low", "LF"]), hl=hl, hv=hv, k=kin(d, wife.sex, ["spouse", "partner"]), wife=d.nm(wife, ["g", "full"]),
        emp=d.ch(["the mill", "the plant", "the call centre", "the meatworks"]), ptg=d.nm(pt, "g"), ot=d.nm(ot, ["g", "gF"]), phq=d.ri(3, 14),
        wt=d.ri(55, 120), li=d.ri(4, 9) / 10, dz=d.ch(["hypothyroid on levothyroxine 50 mcg", "bmi 31", d.ch(EPONYMS) + " in mother"]),
        nx=d.short(d.after(dt, 14, 42)) if d.pr(0.5) else d.fd(d.after(dt, 14, 42)), wifeg=d.nm(wife, "g"), clin=d.ph("land"),
        lw=d.ch(["in", "out past", "just outside"]), town=d.town()[0], pharm=fac(d.r, "Pharmacy"), rx=d.I("rx"),
        gp=d.nm(d.P(), ["f", "full"]), gfax=d.ph("land"), np=d.nm(np_, ["ini", "ini.", "i.f", "gF"]))


STYLES = {"gp_letter": [gp0, gp1, gp2, gp3, gp4], "ed_triage": [ed0, ed1, ed2, ed3, ed4],
          "community_nursing": [cn0, cn1, cn2, cn3, cn4], "mental_health": [mh0, mh1, mh2, mh3, mh4]}
