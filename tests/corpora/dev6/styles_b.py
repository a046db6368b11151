"""Styles 5-8: maternity, paediatrics, aged_care, occupational_health."""
from corpus_core import L, fac, kin, vit, labs, meds, hx, spell_phone, EMPLOYERS, PAYERS, EPONYMS, ICD, CPT, words_num


def _he(p):
    return "she" if p.sex == "F" else "he"


def _his(p):
    return "her" if p.sex == "F" else "his"


def _short(d, dt):
    return d.short(dt)


# =========================================================== 5 maternity
@L("UK", "IE", "AU", "NZ", "CA", "US")
def mat0(d):
    bk = d.D(2022, 2025)
    mum, partner, mw, gp, interp = d.P(sex="F"), d.P(), d.P(sex=d.ch("FFFM")), d.P(), d.P()
    age = d.ri(17, 44)
    dob = d.dob(age, bk)
    lmp = d.after(bk, -70, -50)
    edd = d.after(lmp, 280, 280)
    pa = d.A()
    hl, hv = d.hid(mum, dob)
    ll, lv = d.lic()
    lang = d.ch(["Polish", "Arabic", "Tagalog", "Vietnamese", "Yoruba", "Punjabi", "Somali", "Portuguese"])
    d.w("ANTENATAL BOOKING - {hosp} Maternity\n\nName: {name:mum}    Preferred name: {name:pref}\nDOB: {date:dob} (age {age})   {hl}: {mrn:hv}\n"
        "Address: {address:l1}\n         {address:tl}\nMobile: {phone:mob}   Email: {email:em}\n"
        "Partner: {name:partner}, {phone:pph}\nGP: Dr {name:gp}\n\nLMP {date:lmp}   EDD (by dates) {date:edd}   Dating scan {date:scan}\n"
        "G{g} P{p}   Blood group {bg}   BMI {bmi}   BP {bp}\nBooking bloods: Hb {hb} g/L, HIV/HBV/syphilis neg, rubella immune, ferritin {fer}\n"
        "Interpreter needed: yes ({lang}) - {name:interp}, interpreter ID {id:iid}\n"
        "Social: lives with {name:partnerg} and {kid} in a {home}. Works at {emp}.\n\nBooking midwife: {name:mw} {ll} {license:lv}\n",
        hosp=fac(d.r, d.ch(["University Hospital", "General Hospital", "Women's Hospital"]), pa["town"]), mum=d.nm(mum, ["full", "LF", "fullm"]),
        pref=d.nm(mum, ["nick", "g"]), dob=d.fd(dob), age=age, hl=hl, hv=hv, l1=pa["line1"], tl=pa["townline"], mob=d.ph("mob"),
        em=d.email(mum), partner=d.nm(partner, ["full", "lf"]), pph=d.ph("mob"), gp=d.nm(gp, ["f", "i.f", "full"]), lmp=d.fd(lmp),
        edd=d.fd(edd), scan=d.fd(d.after(bk, 3, 14)), g=d.ri(1, 5), p=d.ri(0, 3), bg=d.ch(["O pos", "A neg", "B pos", "AB pos", "O neg"]),
        bmi=d.ri(19, 41), bp=f"{d.ri(100, 140)}/{d.ri(60, 90)}", hb=d.ri(98, 140), fer=d.ri(8, 120), lang=lang,
        interp=d.nm(interp, ["full", "i.f", "g"]), iid=d.ch(["", "INT", "#"]) + d.digits(d.ch([4, 5, 6])), partnerg=d.nm(partner, "g"),
        kid=d.ch(["their son (3)", "her daughter from a previous relationship", "two children (4 and 7)"]),
        home=d.ch(["2-bed flat, 3rd floor no lift", "rented house", "caravan on her parents' land"]), emp=d.ch(["a care home", "the hospital laundry", "a bakery", "a call centre"]),
        mw=d.nm(mw, ["full", "i.f", "gF"]), ll=ll, lv=lv)


@L("UK", "IE", "NZ", "AU", "US", "CA")
def mat1(d):
    bd = d.D(2022, 2025)
    mum, dad, mw1, mw2, paed = d.P(sex="F"), d.P(sex="M"), d.P(sex="F"), d.P(), d.P()
    baby_sex = d.ch(["girl", "boy"])
    baby = d.P(sex="F" if baby_sex == "girl" else "M", family=d.ch([mum.family, dad.family]))
    mdob = d.dob(d.ri(18, 43), bd)
    hl, hv = d.hid(mum, mdob)
    bl, bv = d.hid(baby, bd)
    home = d.pr(0.4)
    pa = d.A()
    d.w("BIRTH NOTIFICATION\n\nBaby: {bsex} of {name:mumlf}   Baby {bl}: {mrn:bv}\nDate of birth: {date:bd}   Time: {tm}   Sex: {sx}\n"
        "Birthweight {wt} g   Gestation {ga}+{gd}   Apgar {a1}/{a5}   HC {hc} cm\nMode: {mode}\n"
        "Place of birth: {place}\n\nMother: {name:mum}   DOB {date:mdob}   {hl} {mrn:hv}\nMother's address: {address:maddr}\n"
        "Father/partner: {name:dad}   tel {phone:dph}\nBaby's name (if known): {name:bname}\n\n"
        "Delivering midwife: {name:mw1}   Second midwife: {name:mw2}\nPaediatric check by Dr {name:paed} - NAD, {eponym} negative.\n"
        "Vit K given IM 1 mg. Heel prick due {date:hp}.\nSigned {name:sig}\n",
        bsex=d.ch(["Baby Girl", "Baby Boy"]) if d.pr(0.5) else "Baby", mumlf=d.nm(mum, ["LF", "FU", "f"]), bl=bl, bv=bv, bd=d.fd(bd), tm=d.tm(),
        sx="F" if baby_sex == "girl" else "M", wt=d.ri(2100, 4600), ga=d.ri(34, 41), gd=d.ri(0, 6), a1=d.ri(5, 9), a5=d.ri(8, 10),
        hc=d.ri(32, 37), mode=d.ch(["SVD", "Ventouse", "LSCS (Cat 2)", "Forceps (Neville-Barnes)"]),
        place=d.F("home, ", ("address", pa["full"])) if home else fac(d.r, d.ch(["Maternity Unit", "Birthing Centre"])),
        mum=d.nm(mum, ["full", "fullm"]), mdob=d.fd(mdob), hl=hl, hv=hv, maddr=pa["full"], dad=d.nm(dad, ["full", "lf"]), dph=d.ph("mob"),
        bname=d.nm(baby, ["full", "g"]), mw1=d.nm(mw1, ["full", "i.f"]), mw2=d.nm(mw2, ["full", "ini", "gF"]), paed=d.nm(paed, ["f", "full"]),
        eponym=d.ch(["Ortolani/Barlow", "Barlow and Ortolani", "red reflex"]), hp=_short(d, d.after(bd, 4, 5)), sig=d.nm(mw1, ["ini", "ini."]))


@L("AU", "NZ", "UK", "IE", "CA", "US")
def mat2(d):
    bd = d.D(2022, 2025)
    mum, partner, mw, nan = d.P(sex="F"), d.P(), d.P(sex="F"), d.P(sex="F")
    baby = d.P(family=mum.family)
    pa = d.A()
    hl, hv = d.hid(mum, d.dob(d.ri(18, 42), bd))
    d.w("POSTNATAL HOME VISITS - {name:mum} ({hl} {mrn:hv})\n{address:addr}\n\n", mum=d.nm(mum, ["full", "LF"]), hl=hl, hv=hv, addr=pa["full"])
    day = bd
    notes = [("Day {n}", "Mum tired but well, lochia normal, BP {bp}. Baby {B} feeding 2-3 hrly, wet nappies x6. {P} home on paternity leave."),
             ("Day {n}", "Wt {wt} g ({pc}% loss). Heel prick done, L heel. {B} jaundiced to chest - SBR {sbr}, below line. Grandmother {G} staying to help."),
             ("Day {n}", "Breastfeeding established. Discussed contraception, safe sleep. {P} asks re birth registration. Discharged to {HV}.")]
    n = 1
    for lab, txt in notes:
        n += d.ri(1, 3)
        day = d.after(bd, n - 1, n - 1)
        d.s("date", d.fd(day, d.ch(["dmy2", "dB", "dmY"]) if d.reg != "US" else d.ch(["md", "mdY"])))
        d.t(" " + lab.format(n=n) + ": ")
        for piece in _split(txt):
            if piece == "{B}":
                d.s("name", d.nm(baby, ["g", "g", "nick"]))
            elif piece == "{P}":
                d.s("name", d.nm(partner, ["g", "nick"]))
            elif piece == "{G}":
                d.s("name", d.nm(nan, ["full", "g"]))
            elif piece == "{HV}":
                d.t(d.ch(["health visitor ", "Plunket nurse ", "child health nurse ", "PHN "]))
                d.s("name", d.nm(d.P(sex="F"), ["full", "g"]))
            else:
                d.t(piece.format(bp=f"{d.ri(100, 140)}/{d.ri(60, 90)}", wt=d.ri(2800, 4100), pc=d.ri(3, 11), sbr=d.ri(150, 290)))
        d.t("  ")
        d.s("name", d.nm(mw, ["ini", "gF", "i.f"]))
        d.t("\n")
    d.w("\nMW mobile {phone:mwph}; after hours birthing suite {phone:bs}\n", mwph=d.ph("mob"), bs=d.ph("land", pa["t"]))


def _split(txt):
    import re
    return [p for p in re.split(r"(\{[A-Z]+\})", txt) if p]


@L("NZ", "IE", "AU", "UK", "CA", "US")
def mat3(d):
    dt = d.D(2022, 2025)
    mum, mw, partner, sis = d.P(sex="F"), d.P(sex="F"), d.P(), d.P(sex="F")
    pa = d.A(rural=d.pr(0.5))
    d.lc = d.pr(0.5)
    d.w("Messages with {name:mw} ({mwr})  {date:dt}\n\n"
        "[{t1}] {name:mumg}: hi {name:mwg} its {name:mum} sorry to txt so late, think my waters went?? clear fluid, tightenings every 10 min\n"
        "[{t2}] {name:mwg2}: hi {name:mumg2}! sounds like early labour, how many weeks are you now - {ga}+{gd}? any bleeding? baby moving?\n"
        "[{t3}] {name:mumg3}: no bleeding, baby kicking. {name:partner} at work in {address:work} till 11, my sister {name:sis} can drive me\n"
        "[{t4}] {name:mwg3}: ok meet you at the unit, I'll ring ahead. remind me of your address in case - still {address:addr}?\n"
        "[{t5}] {name:mumg4}: yep. or {name:sisg}'s place {address:sisaddr} if we go there first. her number {phone:sph}\n"
        "[{t6}] {name:mwg4}: perfect. bring your notes, {name:partnerg2} can meet us there x\n",
        mwr={"NZ": "LMC midwife", "IE": "community midwife", "AU": "MGP midwife", "UK": "community midwife", "CA": "sage-femme / midwife", "US": "CNM"}[d.reg],
        mw=d.nm(mw, ["full", "g"]), dt=d.fd(dt), t1=d.tm(), mumg=d.nm(mum, "g"), mwg=d.nm(mw, ["g", "lowg"]), mum=d.nm(mum, ["full", "low"]),
        t2=d.tm(), mwg2=d.nm(mw, "g"), mumg2=d.nm(mum, ["g", "lowg"]), ga=d.ri(36, 41), gd=d.ri(0, 6), t3=d.tm(), mumg3=d.nm(mum, "g"),
        partner=d.nm(partner, ["g", "nick"]), work=d.town()[0], sis=d.nm(sis, ["g", "full"]), t4=d.tm(), mwg3=d.nm(mw, "g"),
        addr=pa["line1"], t5=d.tm(), mumg4=d.nm(mum, "g"), sisg=d.nm(sis, "g"), sisaddr=d.A(t=pa["t"], rural=False)["line1"], sph=d.ph("mob"),
        t6=d.tm(), mwg4=d.nm(mw, "g"), partnerg2=d.nm(partner, "g"))


@L("US")
def mat4(d):
    dt = d.D(2022, 2025)
    pt, fob, ob, peds, doula = d.P(sex="F"), d.P(sex="M"), d.P(), d.P(), d.P(sex="F")
    dob = d.dob(d.ri(18, 42), dt)
    pa = d.A()
    pl, pv = d.plan(pt, dob)
    d.w("LABOR & DELIVERY ADMISSION H&P\n{hosp}\nPatient: {name:pt}   MRN {mrn:mrn}   FIN {account:fin}\nDOB {date:dob}   G{g}P{p}{a}{l}{k}   EGA {ga}w{gd}d   EDC {date:edc}\n"
        "{pl}: {health_plan:pv} ({payer})\nAddress: {address:addr}   ZIP {zip:zp}   Cell {phone:cell}\n\nHPI: presents with regular ctx q{q} min since {tm}. "
        "Prenatal care w/ Dr {name:ob} (NPI {license:npi}) since {date:pnc}. GBS {gbs}. A1c {a1c}%, 1-hr GTT {gtt}. Rh {rh}.\n"
        "Support: FOB {name:fob} ({phone:fph}) and doula {name:doula}.\nPeds: {name:peds}, MD, {clinic}\nSSN on file: {ssn:ssn}\nPlan: admit, epidural on request, CPT {cpt}.\n",
        hosp=fac(d.r, d.ch(["Medical Center", "Women's Pavilion"]), pa["town"]), pt=d.nm(pt, ["LF", "LFm", "full"]), mrn=d.I("mrn"), fin=d.I("acct"),
        dob=d.fd(dob), g=d.ri(1, 5), p=d.ri(0, 3), a=d.ri(0, 1), l=d.ri(0, 3), k=d.ri(0, 1), ga=d.ri(37, 41), gd=d.ri(0, 6),
        edc=d.fd(d.after(dt, -5, 14)), pl=pl, pv=pv, payer=d.ch(PAYERS["US"]), addr=pa["line1"] + ", " + pa["town"] + ", " + pa["st"], zp=pa["pc"], cell=d.ph(t=pa["t"]), q=d.ri(3, 6), tm=d.tm(),
        ob=d.nm(ob, ["full", "f"]), npi=d.I("npi"), pnc=d.fd(d.after(dt, -240, -150), d.ch(["md", "mdY", "BY"])), gbs=d.ch(["neg", "pos", "unk"]),
        a1c=d.ri(48, 61) / 10, gtt=d.ri(90, 160), rh=d.ch(["pos", "neg - RhoGAM at 28w"]), fob=d.nm(fob, ["full", "g"]), fph=d.ph(),
        doula=d.nm(doula, ["full", "g"]), peds=d.nm(peds, ["full", "i.f"]), clinic=fac(d.r, "Pediatrics"), ssn=d.I("ssn"), cpt=d.ch(["59400", "59510", "59409"]))


# =========================================================== 6 paediatrics
@L("UK", "AU", "NZ", "IE")
def pae0(d):
    dob = d.D(2020, 2024)
    ch = d.P()
    mum, dad, hv = d.P(sex="F", family=ch.family if d.pr(0.6) else None), d.P(sex="M"), d.P(sex="F")
    hl, hv_ = d.hid(ch, dob)
    pa = d.A()
    book = {"UK": "Personal Child Health Record (red book)", "AU": "My Health & Development Record (blue book)",
            "NZ": "Well Child Tamariki Ora book", "IE": "Child Health Record"}[d.reg]
    d.w("{book}\nChild: {name:ch}   DOB: {date:dob}   {hl} {mrn:hv}\nParents: {name:mum} & {name:dad}\nAddress: {address:addr}\nPhone: {phone:ph}\n\n"
        "IMMUNISATIONS\nDate        Vaccine              Batch      Site    Given by\n", book=book, ch=d.nm(ch, ["full", "LF", "UP"]), dob=d.fd(dob),
        hl=hl, hv=hv_, mum=d.nm(mum, ["full", "g"]), dad=d.nm(dad, ["full", "g"]), addr=pa["full"], ph=d.ph("mob"))
    vacc = [(56, "DTaP/IPV/Hib/HepB"), (56, "PCV13"), (84, "Rotavirus"), (112, "MenB"), (365, "MMR"), (365, "Hib/MenC")]
    nurses = [d.P(sex=d.ch("FFM")) for _ in range(2)]
    for off, v in d.r.sample(vacc, 4):
        vd = d.after(dob, off, off + 6)
        d.s("date", d.fd(vd, "dmY" if d.pr(0.6) else "dmy2"))
        d.t(f"  {v:<20} {d.letters(2)}{d.digits(4)}{d.letters(1)}    {d.ch(['L thigh', 'R thigh', 'L arm', 'oral'])}  ")
        d.s("name", d.nm(d.ch(nurses), ["ini", "i.f", "gF"]))
        d.t("\n")
    d.w("\nHV contact: {name:hv} {phone:hph}. Next review {date:nr} (weight {wc}th centile, {eponym}).\n",
        hv=d.nm(hv, ["full", "g"]), hph=d.ph("land", pa["t"]), nr=d.fd(d.after(dob, 700, 800), d.ch(["BY", "dmY", "bY"])), wc=d.ch([9, 25, 50, 75, 91]),
        eponym=d.ch(["Denver screen normal", "Moro reflex present", "no Mongolian blue spots noted", "red reflex normal"]))


@L("UK", "IE", "AU", "NZ", "CA", "US")
def pae1(d):
    dt = d.D(2022, 2025)
    ch, sib = d.P(), d.P()
    mum = d.P(sex="F", family=ch.family)
    bf, dad, sw, tch, pol = d.P(sex="M"), d.P(sex="M", family=ch.family), d.P(), d.P(), d.P()
    cdob = d.dob(d.ri(2, 14), dt)
    pa = d.A()
    da = d.A(rural=False)
    ref_l = {"UK": "Police ref", "IE": "PULSE ref", "AU": "Police event no.", "NZ": "Police file no.", "CA": "Occurrence #", "US": "Police report #"}[d.reg]
    cs_l = {"UK": "Children's Services ref", "IE": "Tusla ref", "AU": "DCJ case no.", "NZ": "Oranga Tamariki ref", "CA": "CAS file #", "US": "CPS case #"}[d.reg]
    d.w("SAFEGUARDING / CHILD PROTECTION REFERRAL\n\nChild: {name:ch}   DOB {date:cdob}   School: {school} (Year {yr})\n"
        "Sibling: {name:sib}, {sage}\nMother: {name:mum}, {address:maddr}, {phone:mph}\nMother's partner: {name:bf} (known as \"{bfn}\")\n"
        "Father: {name:dad}, lives separately at {address:daddr}\n\nConcern: on {date:c1} class teacher {name:tch} noticed bruising to L upper arm "
        "(fingertip pattern) and {name:chg} said \"{bfn2} grabbed me\". Previous concern {date:c2} (unexplained burn). {name:chg2} disclosed that {sibg} "
        "stays at nan's in {address:nan} most weekends.\n{ref_l}: {id:pref}   {cs_l}: {id:csref}   Officer: {name:pol}\n"
        "Allocated social worker: {name:sw}   Referrer: school nurse, {email:em}\n",
        ch=d.nm(ch, ["full", "UP", "LF"]), cdob=d.fd(cdob), school=fac(d.r, d.ch(["Primary School", "National School", "Elementary"]), pa["town"]),
        yr=d.ri(1, 8), sib=d.nm(sib if sib.family != ch.family else sib, ["full", "g"]), sage=f"{d.ri(1, 16)} yrs",
        mum=d.nm(mum, ["full", "lf"]), maddr=pa["full"], mph=d.ph("mob"), bf=d.nm(bf, ["full", "UP"]), bfn=bf.nick or bf.given[:3],
        dad=d.nm(dad, ["full", "i.f"]), daddr=da["full"], c1=d.fd(dt), tch=d.nm(tch, ["full", "f"]) if d.pr(0.6) else d.nm(tch, "f"),
        chg=d.nm(ch, "g"), bfn2=bf.nick or bf.given[:3], c2=d.fd(d.after(dt, -300, -40), d.ch(["BY", "bY", None]) if d.pr(0.5) else None),
        chg2=d.nm(ch, "g"), sibg=d.ch(["she", "he", "the baby"]), nan=d.town()[0], ref_l=ref_l, pref=d.I("ref"), cs_l=cs_l, csref=d.I("ref"),
        pol=d.nm(pol, ["full", "i.f", "f"]), sw=d.nm(sw, ["full", "fullm"]), em=d.email(d.P(), org=d.ch(["schools.example.org", "education.example.net"])))


@L("AU", "NZ", "IE", "UK")
def pae2(d):
    dt = d.D(2022, 2025)
    ch = d.P()
    nurse = d.P(sex="F")
    pa = d.A()
    d.w("{school}\n{address:sl1}, {address:stl}\n\n{date:dt}\n\nDear Parent/Carer of {name:ch} ({cls}),\nStudent ID: {id:sid}   DOB: {date:cdob}\n\n"
        "As part of the {prog} your child had a vision and hearing screen on {date:scr}. Results: R eye 6/{r}, L eye 6/{l} (Snellen); "
        "Ishihara {ish}; audiometry pass at 20 dB. We recommend a full eye test with an optometrist. {name:chg} was a star and chose a sticker.\n\n"
        "Our records show the home address as {address:home}. If this has changed, or if {name:chg2} now lives with another parent, please let us know.\n\n"
        "Kind regards,\n{name:nurse} {cred}\nSchool Health Nurse  |  {phone:nph}  |  {email:nem}\ncc: {name:tch} (class teacher)\n",
        sid=d.ch(["", "S", "NSN "]) + d.digits(d.ch([6, 8, 9])), cdob=d.fd(d.dob(d.ri(4, 12), dt)), tch=d.nm(d.P(), ["full", "i.f", "f"]),
        school=fac(d.r, d.ch(["Primary School", "Public School", "National School", "School"]), pa["town"]), sl1=d.A(t=pa["t"], rural=False, unit=False)["line1"],
        stl=pa["townline"], dt=d.fd(dt), ch=d.nm(ch, ["full", "UP"]), cls=d.ch(["Room 4", "Year 1", "Senior Infants", "Class 2B", "Prep C"]),
        prog=d.ch(["School Entry Health Check", "B4 School Check", "school health screening programme"]), scr=d.fd(d.after(dt, -20, -3)),
        r=d.ch(["6", "9", "12", "18"]), l=d.ch(["6", "9", "12", "24"]), ish=d.ch(["normal", "2 plates missed"]), chg=d.nm(ch, "g"),
        home=pa["full"], chg2=d.nm(ch, "g"), nurse=d.nm(nurse, ["full", "i.f"]), cred=d.ch(["RN", "RGN", "RN RM"]), nph=d.ph("land", pa["t"]),
        nem=d.email(nurse, org=d.ch(["health.example.gov", "schoolhealth.example.org"])))


@L("US")
def pae3(d):
    dt = d.D(2022, 2025)
    ch, mom, gma, md, sib = d.P(), d.P(sex="F"), d.P(sex="F"), d.P(), d.P()
    dob = d.dob(d.ri(1, 12), dt)
    pa = d.A()
    d.w("WELL CHILD VISIT - {age} yr\n{clinic}\n\nPatient: {name:ch}   DOB {date:dob}   MRN {mrn:mrn}\nMedicaid ID: {health_plan:mcd}\n"
        "Guardian: {name:mom} (mother) {phone:mph}; grandmother {name:gma} also present\nAddress: {address:addr}\nCity: {address:city}   State: {st}   Zip: {zip:zp}\n\n"
        "Interval hx: doing well in {grade} at {school}. Brother {name:sib} has asthma. {name:chg} likes soccer.\n"
        "Growth: wt {wt} kg ({wp}th %ile), ht {ht} cm ({hp}th %ile), BMI {bmi}.\nVaccines today: {vax} (CPT {cpt}). Lead level {lead} mcg/dL. Hgb {hgb}.\n"
        "Anticipatory guidance given. RTC {date:rtc}.\n\n{name:md}, MD   NPI {license:npi}\n",
        age=d.ri(1, 12), clinic=fac(d.r, "Pediatrics", pa["town"]), ch=d.nm(ch, ["LF", "full"]), dob=d.fd(dob), mrn=d.I("mrn"), mcd=d.I("medicaid"),
        mom=d.nm(mom, ["full", "lf"]), mph=d.ph(t=pa["t"]), gma=d.nm(gma, ["full", "g"]), addr=pa["line1"], city=pa["town"], st=pa["st"], zp=pa["pc"],
        grade=d.ch(["kindergarten", "2nd grade", "pre-K", "4th grade"]), school=fac(d.r, "Elementary", pa["town"]), sib=d.nm(sib, "g"),
        chg=d.nm(ch, "g"), wt=d.ri(10, 45), wp=d.ri(5, 95), ht=d.ri(75, 150), hp=d.ri(5, 95), bmi=d.ri(140, 230) / 10,
        vax=d.ch(["DTaP, IPV", "MMRV", "Tdap, HPV #1", "influenza"]), cpt=d.ch(["90700", "90710", "90651", "90686"]), lead=d.ri(1, 4), hgb=d.ri(105, 135) / 10,
        rtc=d.fd(d.after(dt, 300, 380), d.ch(["md", "mdY", "BY"])), md=d.nm(md, ["full", "fullm"]), npi=d.I("npi"))


@L("CA", "US")
def pae4(d):
    dt = d.D(2022, 2025)
    ch, par, frm, to_ = d.P(), d.P(), d.P(), d.P()
    dob = d.dob(d.ri(0, 16), dt)
    pa = d.A()
    pl, pv = d.plan(ch, dob)
    d.w("*** FAX ***\nDate: {date:dt}   Pages: {pg} (incl. cover)\nTO: Dr {name:to} - Paediatric Intake, {hosp}\nFax: {fax:tofax}   Tel: {phone:toph}\n"
        "FROM: {name:frm}, {fromclin}\nFax: {fax:ffax}   Tel: {phone:fph}\n\nRE: {name:ch}   DOB {date:dob}   {pl} {health_plan:pv}\n"
        "Parent/guardian: {name:par}  {phone:parph}   {address:addr}\n\nUrgent referral: {reason}. Please book with {name:parg}; family prefers {lang}.\n\n"
        "CONFIDENTIALITY: this fax is intended only for the named recipient. If received in error call {phone:conf}.\n",
        dt=d.fd(dt), pg=d.ri(2, 9), to=d.nm(to_, ["f", "full"]), hosp=fac(d.r, d.ch(["Children's Hospital", "Regional Health Centre"]), pa["town"]),
        tofax=d.ph(), toph=d.ph(), frm=d.nm(frm, ["full", "i.f"]), fromclin=fac(d.r, "Family Health Team"), ffax=d.ph(t=pa["t"]), fph=d.ph(t=pa["t"]),
        ch=d.nm(ch, ["UP", "LF", "full"]), dob=d.fd(dob), pl=pl, pv=pv, par=d.nm(par, ["full", "lf"]), parph=d.ph(), addr=pa["full"],
        reason=d.ch(["failure to thrive, wt <3rd centile", "?Kawasaki disease, fever 6 days", "new murmur, ?VSD", "recurrent UTI, ?VUR"]),
        parg=d.nm(par, ["g", "f"]), lang=d.ch(["French", "Punjabi", "Arabic", "Tagalog", "Spanish"]), conf=d.ph(t=pa["t"]))


# =========================================================== 7 aged_care
@L("AU", "UK", "NZ", "IE", "CA", "US")
def ac0(d):
    adm = d.D(2022, 2025)
    res, nok, poa, gp = d.P(), d.P(), d.P(), d.P()
    age = d.ri(82, 104)
    dob = d.dob(age, adm)
    prev = d.A()
    hl, hv = d.hid(res, dob)
    pl, pv = d.plan(res, dob)
    agef = d.F(("age", str(age))) if age > 89 else d.F(str(age))
    d.w("RESIDENT ADMISSION FORM - {home}\n\nFull name: {name:res}     Known as: {name:pref}\nDOB: {date:dob}   Age: {agef}   Room: {room}\n"
        "{hl}: {mrn:hv}   {pl}: {health_plan:pv}\nPrevious address: {address:prev}\nAdmitted from: {src}   Date: {date:adm}\n\n"
        "NOK 1: {name:nok} ({k})  {phone:nph}  {email:nem}\nEPOA / Attorney: {name:poa}, {address:poaaddr}\nGP: Dr {name:gp}\n"
        "Religion: {rel}   Funeral preference: {fun}\nHearing aids: {ha} serial {device:ser}\nDiagnoses: {dx}; {hx}\nMobility: {mob}; falls risk high\n",
        home=fac(d.r, d.ch(["Care Home", "Aged Care", "Lodge", "Nursing Home", "Residence"])), res=d.nm(res, ["full", "fullm", "LF"]),
        pref=d.nm(res, ["nick", "g"]), dob=d.fd(dob), agef=agef, room=f"{d.ri(1, 3)}{d.ri(0, 4)}{d.ri(0, 9)}", hl=hl, hv=hv, pl=pl, pv=pv,
        prev=prev["full"], src=d.ch(["home", "hospital (ward 4B)", "respite"]), adm=d.fd(adm), nok=d.nm(nok, ["full", "lf"]), k=kin(d, nok.sex, ["child", "niece", "grandchild"]),
        nph=d.ph("mob"), nem=d.email(nok), poa=d.nm(poa, ["full", "fullm"]), poaaddr=d.A()["full"], gp=d.nm(gp, ["f", "full"]),
        rel=d.ch(["C of E", "Catholic", "Muslim", "nil", "Uniting", "Greek Orthodox"]), fun=d.ch(["none recorded", "cremation", "burial, family plot"]),
        ha=d.ch(["Phonak Audeo P90 (L+R)", "Oticon More 1", "Signia Pure 7X"]), ser=d.I("serial"), dx=d.ch(["Alzheimer's dementia", "vascular dementia", "CCF", "Parkinson's disease"]),
        hx=hx(d), mob=d.ch(["4WW with supervision", "hoist x2", "wheelchair", "independent with stick"]))


@L("UK", "AU", "NZ", "IE", "CA", "US")
def ac1(d):
    dt = d.D(2022, 2025)
    res, s1, s2, rn, son, gp = d.P(), d.P(), d.P(), d.P(), d.P(sex="M"), d.P()
    age = d.ri(85, 102)
    agef = d.F(" (", ("age", str(age)), ")") if age > 89 else d.F(f" ({age})")
    d.w("INCIDENT LOG - Falls\nIncident no: {id:inc}   Date: {date:dt}   Time: {tm}\nResident: {name:res}{agef}   Room {room}\n\n"
        "Description: found on floor beside bed by carer {name:s1} at {tm}. Resident said \"I was going to find {name:late}\" (late husband/wife). "
        "Skin tear R forearm 3 cm, steri-stripped. No head strike witnessed. Neuro obs commenced (GCS 15). {vit}.\n"
        "Witnesses: {name:s1b}, {name:s2}\nRN on duty: {name:rn}\nFamily notified: {name:son} (son) by phone {phone:sph} at {tm2} - happy with plan.\n"
        "GP informed: Dr {name:gp}, review booked {date:rv}\nSigned: {name:sig}   Manager review: {name:mgr} {date:mr}\n",
        inc=d.ch(["IR-", "INC", ""]) + d.digits(6), dt=d.fd(dt), tm=d.tm(), res=d.nm(res, ["full", "LF", "lf"]), agef=agef, room=d.ri(1, 60),
        s1=d.nm(s1, ["full", "g"]), late=d.nm(d.P(family=res.family), ["g", "nick"]), vit=vit(d), s1b=d.nm(s1, ["gF", "ini"]), s2=d.nm(s2, ["gF", "full", "ini"]),
        rn=d.nm(rn, ["full", "i.f"]), son=d.nm(son, ["full", "g"]), sph=d.ph("mob"), tm2=d.tm(), gp=d.nm(gp, "f"), rv=_short(d, d.after(dt, 1, 3)),
        sig=d.nm(rn, ["ini", "ini."]), mgr=d.nm(d.P(), ["ini", "i.f"]), mr=_short(d, d.after(dt, 1, 5)))


@L("UK", "IE", "AU", "NZ", "CA", "US")
def ac2(d):
    dt = d.D(2022, 2025)
    mum, dau, mgr, bro = d.P(sex="F"), d.P(sex="F"), d.P(), d.P(sex="M")
    age = d.ri(88, 99)
    home = fac(d.r, d.ch(["Care Home", "Nursing Home", "Aged Care", "Manor"]))
    dom = home.lower().replace(" ", "").replace("'", "") + {"UK": ".co.uk", "IE": ".ie", "AU": ".com.au", "NZ": ".co.nz", "CA": ".ca", "US": ".com"}[d.reg]
    d1 = d.after(dt, 1, 3)
    agef = d.F(("age", str(age))) if age > 89 else d.F(str(age))
    d.w("From: {name:mgr} <{email:mem}>\nSent: {date:d1} {tm}\nTo: \"{name:daulf}\" <{email:dem}>\nSubject: RE: Mum - visiting & GP review\n\n"
        "Dear {name:daug},\n\nThank you for your email. I've spoken to the GP and he will review your mum on {date:rv}. "
        "The podiatrist is booked for the same week. I'm sorry about the missing cardigan - we will check the laundry.\n\nKind regards\n{name:mgrg}\nCare Manager, {home}\n{phone:hph}\n\n"
        "-----Original Message-----\nFrom: {name:daufull} <{email:dem2}>\nSent: {date:d0}\n\n> Hi {name:mgrg2},\n> Mum ({name:mumg}, room {room}) seemed very drowsy on Sunday. "
        "She's {agef} now and I know she's frail but is she on something new? My brother {name:bro} is flying in from {address:brotown} on the {date:bd} "
        "and wants to take her out for lunch.\n> Also can you stop ringing my old landline, it's {phone:dmob} now.\n> Thanks, {name:daug2}\n",
        mgr=d.nm(mgr, ["full", "gF"]), mem=d.email(mgr, org=dom), d1=d.fd(d1), tm=d.tm12(), daulf=d.nm(dau, ["lf", "full"]), dem=d.email(dau),
        daug=d.nm(dau, "g"), rv=d.fd(d.after(d1, 2, 9), d.ch(["dB", "Bd", "dm"]) if d.reg != "US" else "Bd"), mgrg=d.nm(mgr, "g"), home=home,
        hph=d.ph("land"), daufull=d.nm(dau, "full"), dem2=d.email(dau), d0=d.fd(dt), mgrg2=d.nm(mgr, "g"), mumg=d.nm(mum, ["full", "nick", "g"]),
        room=d.ri(1, 40), agef=agef, bro=d.nm(bro, ["g", "nick"]), brotown=d.town(d.ch(["UK", "IE", "AU", "NZ", "CA", "US"]))[0],
        bd=d.fd(d.after(d1, 5, 20), "od"), dmob=d.ph("mob"), daug2=d.nm(dau, ["g", "ini", "nick"]))


@L("IE", "UK")
def ac3(d):
    dt = d.D(2022, 2025)
    app, spouse, sol, gp, son = d.P(), d.P(), d.P(), d.P(), d.P(sex="M")
    age = d.ri(78, 97)
    dob = d.dob(age, dt)
    pa = d.A(rural=True)
    nl, nv = d.natid(app, dob)
    scheme = "Nursing Homes Support Scheme (Fair Deal)" if d.reg == "IE" else "NHS Continuing Healthcare"
    d.w("{scheme} - application for {name:app}\n\nApplicant: {name:applf}\nDate of birth: {date:dob}\n{nl}: {ssn:nv}\n"
        "Address: {address:l1}\n         {address:town}\n         {address:cty}\n{pcl}: {zip:pc}\nTelephone: {phone:ph}\n\nSpouse/partner: {name:spouse} (same address)\n"
        "Specified person / solicitor: {name:sol}, {firm}, {address:soladdr}\nGP: Dr {name:gp}\nNursing home preferred: {home}\n\n"
        "Note from son ({name:son}): \"{mamdad}'s been in {hosp} since {date:adm}; the house at {address:street} is in both names. "
        "I'm in {address:sontown} so {name:sis} does most of it.\"\n",
        scheme=scheme, app=d.nm(app, ["full", "UP"]), applf=d.nm(app, ["LF", "lf"]), dob=d.fd(dob), nl=nl, nv=nv, l1=pa["line1"], town=pa["town"],
        cty=pa.get("county", pa["st"]), pcl=d.postlabel(), pc=pa["pc"], ph=d.ph("land", pa["t"]), spouse=d.nm(spouse, ["full", "g"]),
        sol=d.nm(sol, ["full", "i.f"]), firm=d.ch(["Quayside Law", "Northbridge Legal", "Abbeyfield Solicitors"]), soladdr=d.A(rural=False, unit=False)["full"],
        gp=d.nm(gp, ["f", "full"]), home=fac(d.r, "Nursing Home", pa["town"]), son=d.nm(son, ["g", "full"]),
        hosp=fac(d.r, d.ch(["Community Hospital", "General Hospital"]), pa["town"]), adm=d.fd(d.after(dt, -90, -10), d.ch(["dB", "dBY", "dm"])), mamdad="Mam" if app.sex == "F" else "Dad",
        street=pa["line1"], sontown=d.town(d.ch(["UK", "IE", "AU", "US"]))[0], sis=d.nm(d.P(sex="F", family=app.family), ["g", "nick"]))


@L("US")
def ac4(d):
    dt = d.D(2022, 2025)
    res, rp, md, rn = d.P(), d.P(), d.P(), d.P()
    age = d.ri(86, 104)
    dob = d.dob(age, dt)
    pa = d.A()
    d.w("SNF TO ACUTE TRANSFER FORM                                    {date:dt}\n"
        "RESIDENT.............. {name:res}\nDOB................... {date:dob}    AGE {agef}\nMEDICARE MBI.......... {health_plan:mbi}\n"
        "MEDICAID.............. {health_plan:mcd}\nFACILITY MRN.......... {mrn:mrn}\nCODE STATUS........... {code}\n"
        "RESP PARTY............ {name:rp} ({rel}) {phone:rph}\nRESP PARTY ADDR....... {address:rpa}\nATTENDING............. {name:md}, MD\n"
        "PACEMAKER............. {pm} SN {device:pmsn}\nREASON................ {reason}\nVITALS................ {vit}\nSENT BY............... {name:rn} RN\n",
        dt=d.fd(dt), res=d.nm(res, ["LF", "UP"]), dob=d.fd(dob), agef=d.F(("age", str(age))) if age > 89 else str(age), mbi=d.I("mbi"),
        mcd=d.I("medicaid"), mrn=d.I("mrn"), code=d.ch(["DNR/DNI", "Full code", "DNR, OK to intubate"]), rp=d.nm(rp, ["LF", "UP"]),
        rel=d.ch(["SON", "DAUGHTER", "NIECE", "POA"]), rph=d.ph(), rpa=pa["full"].upper(), md=d.nm(md, ["LF", "UP"]),
        pm=d.ch(["Medtronic Azure XT DR MRI W1DR01", "Abbott Assurity MRI PM2272", "Boston Sci Accolade L331"]), pmsn=d.I("serial"),
        reason=d.ch(["fall w/ hip pain", "hypoxia 84% RA", "AMS, ?UTI", "GI bleed"]), vit=vit(d).upper(), rn=d.nm(rn, ["LF", "UP", "i.f"]))


# =========================================================== 8 occupational_health
@L("UK", "IE", "AU", "NZ", "CA")
def oh0(d):
    dt = d.D(2022, 2025)
    emp, hr, ohp, mgr = d.P(), d.P(), d.P(), d.P()
    dob = d.dob(d.ri(22, 64), dt)
    company = d.ch(EMPLOYERS)
    pa = d.A()
    ll, lv = d.lic()
    d.w("OCCUPATIONAL HEALTH REPORT - CONFIDENTIAL\n\nTo: {name:hr}, HR Business Partner, {company}\nManager: {name:mgr}\nDate: {date:dt}\n\n"
        "Employee: {name:emp}   Employee no: {id:eno}   DOB: {date:dob}\nRole: {role}\nHome: {address:home}\n\n"
        "I saw {name:empg} by telephone on {date:seen} with {his} consent. {He} has been absent since {date:abs} with {cond}. "
        "{He} is fit for a phased return from {date:ret}: 4 hours/day for 2 weeks, no night shifts, no driving of company vehicle {vehicle:van}. "
        "{law} {name:empg2} consented to this report being released.\n\n"
        "{name:ohp}\nOccupational Health Physician  {ll} {license:lv}\n{phone:ohph}\n",
        hr=d.nm(hr, ["full", "g"]), company=company, mgr=d.nm(mgr, ["full", "i.f"]), dt=d.fd(dt), emp=d.nm(emp, ["full", "LF", "fullm"]),
        eno=d.I("staff"), dob=d.fd(dob), role=d.ch(["HGV driver", "warehouse operative", "care assistant", "line supervisor"]), home=pa["full"],
        empg=d.nm(emp, ["g", "f"]) if d.pr(0.5) else d.tf(emp), his=_his(emp), He=_he(emp).capitalize(),
        seen=d.fd(d.after(dt, -7, -1)), abs=d.fd(d.after(dt, -90, -20), d.ch(["dB", "dm", "dmY"]) if d.reg != "US" else None),
        cond=d.ch(["lumbar disc prolapse (L5/S1)", "work-related stress", "post-op ORIF R ankle", "Ménière's disease"]),
        ret=d.fd(d.after(dt, 5, 21)), van=d.plate(),
        law={"UK": "Under the Equality Act 2010 the condition is likely to be considered a disability.", "IE": "The Employment Equality Acts may apply.",
             "AU": "Reasonable adjustments are recommended under the DDA.", "NZ": "Please consider obligations under the Human Rights Act.",
             "CA": "Duty to accommodate applies.", "US": "ADA accommodation may apply."}[d.reg], empg2=d.nm(emp, ["g", "full"]), ohp=d.nm(ohp, ["full", "fullm"]), ll=ll, lv=lv, ohph=d.ph("land"))


@L("AU", "US", "CA", "UK", "IE", "NZ")
def oh1(d):
    inj = d.D(2022, 2025)
    w, wit, sup, doc = d.P(), d.P(), d.P(), d.P()
    dob = d.dob(d.ri(18, 66), inj)
    pa = d.A()
    ea = d.A(unit=False, rural=False)
    nl, nv = d.natid(w, dob)
    ll, lv = d.lic()
    scheme = {"AU": "WorkCover Claim Form", "US": "Workers' Compensation - Employee's Claim (DWC-1)", "CA": "Workers' Compensation Claim",
              "UK": "Employer's Liability - Accident Report", "IE": "Workplace Accident Report", "NZ": "Work injury claim"}[d.reg]
    d.w("{scheme}\n\nPART A - WORKER\nName: {name:w}\nDate of birth: {date:dob}\n{nl}: {ssn:nv}\nAddress: {address:addr}\n{pcl}: {zip:pc}\nPhone: {phone:ph}\n\n"
        "PART B - INJURY\nDate of injury: {date:inj}   Time: {tm}\nWhere: {employer} loading dock, {address:eaddr}\n"
        "What happened: {what}\nWitness: {name:wit}, {phone:wph}\nForklift/vehicle involved: {car} reg {vehicle:reg}\nReported to supervisor {name:sup} on {date:rep}\n\n"
        "PART C - CERTIFYING PRACTITIONER\nDr {name:doc}   {ll} {license:lv}\nDiagnosis: {dx}   Capacity: {cap}\nClaim no (office use): {id:clm}\n",
        scheme=scheme, w=d.nm(w, ["full", "UP", "LF"]), dob=d.fd(dob), nl=nl, nv=nv, addr=pa["line1"] + ", " + pa["town"], pcl=d.postlabel(), pc=pa["pc"], ph=d.ph("mob"), inj=d.fd(inj), tm=d.tm(),
        employer=d.ch(EMPLOYERS), eaddr=ea["full"], what=d.ch(["pallet jack rolled onto R foot", "lifting 25 kg sacks, felt pop in lower back", "slipped on wet floor, FOOSH"]),
        wit=d.nm(wit, ["full", "g", "nickfull"]), wph=d.ph("mob"), car=d.ch(["Toyota 8FGU25 forklift", "Hino 300 truck", "Isuzu NPR"]), reg=d.plate(),
        sup=d.nm(sup, ["full", "g", "f"]), rep=_short(d, inj), doc=d.nm(doc, ["full", "f"]), ll=ll, lv=lv,
        dx=d.ch(["crush injury R foot, # 3rd MT", "L4/5 strain", "# distal radius (Colles)"]), cap=d.ch(["unfit 14 days", "suitable duties", "modified duties, no lifting >5 kg"]),
        clm=d.I("claim"))


@L("NZ")
def oh2(d):
    inj = d.D(2022, 2025)
    pt, gp, emp_c = d.P(), d.P(), d.P()
    dob = d.dob(d.ri(16, 70), inj)
    pa = d.A()
    d.w("ACC45 INJURY CLAIM FORM\nACC claim number: {id:acc}\n\nPatient: {name:pt}\nNHI: {mrn:nhi}   DOB: {date:dob}\nResidential address: {address:l1}\n"
        "Suburb/Town: {address:town}   Postcode: {zip:pc}\nPhone: {phone:ph}   Email: {email:em}\nIRD number (for weekly comp): {ssn:ird}\n\n"
        "Accident date: {date:inj}   Scene: {scene}\nEmployer: {employer}, contact {name:ec} {phone:eph}\nDescription: {desc}\n"
        "Read code: {read}   Diagnosis: {dx}\n\nProvider: {name:gp}  MCNZ {license:mcnz}  HPI facility {fac}\nWork capacity: unfit from {date:f1} to {date:f2}\n",
        acc=d.I("acc"), pt=d.nm(pt, ["full", "LF", "UP"]), nhi=d.I("nhi"), dob=d.fd(dob), l1=pa["line1"], town=pa["town"], pc=pa["pc"],
        ph=d.ph(), em=d.email(pt), ird=d.I("ird"), inj=d.fd(inj), scene=d.ch(["work", "home", "sport", "road"]), employer=d.ch(EMPLOYERS),
        ec=d.nm(emp_c, ["full", "g"]), eph=d.ph("land"), desc=d.ch(["tripped over hose at milking shed", "cut hand on boning knife", d.F("fell off quad bike on farm past ", ("address", d.ch(["Mangamahu", "Fordell", "Kaiwaka", "Ruatangata"])))]),
        read=d.ch(["S52..", "SD2..", "S6..."]), dx=d.ch(["laceration L palm", "sprain R ankle", "# clavicle"]), gp=d.nm(gp, ["full", "i.f"]), mcnz=d.I("mcnz"),
        fac="F" + d.letters(2) + d.digits(3) + "-" + d.letters(1), f1=_short(d, inj), f2=_short(d, d.after(inj, 7, 28)))


@L("CA")
def oh3(d):
    inj = d.D(2022, 2025)
    w, wit, doc, adj = d.P(), d.P(), d.P(), d.P()
    dob = d.dob(d.ri(18, 66), inj)
    pa = d.A()
    pl, pv = d.plan(w, dob)
    d.w("WSIB FORM 8 - HEALTH PROFESSIONAL'S REPORT\nClaim #: {id:clm}\n\nWorker: {name:w}\nSIN: {ssn:sin}   {pl}: {health_plan:pv}\nDOB: {date:dob}\n"
        "Address: {address:l1}\n         {address:tl}\nTel: {phone:ph}\nEmployer: {employer}\nDate of accident: {date:inj}\n\n"
        "History: {hist}. Co-worker {name:wit} drove him to clinic.\nFindings: {find}\nRTW: {rtw}\n\nHealth professional: Dr {name:doc}, CPSO {license:cpso}, billing {license:bill}\n"
        "Adjudicator (WSIB): {name:adj}, {phone:adjph} ext {ext}\n",
        clm=d.digits(8), w=d.nm(w, ["LF", "full"]), sin=d.I("sin"), pl=pl, pv=pv, dob=d.fd(dob), l1=pa["line1"], tl=pa["townline"], ph=d.ph(t=pa["t"]),
        employer=d.ch(EMPLOYERS), inj=d.fd(inj), hist=d.ch(["lifting drywall sheet, sudden LBP", "slipped on ice in yard", "hand caught in conveyor"]),
        wit=d.nm(wit, ["full", "g"]), find=d.ch(["SLR neg, paraspinal spasm", "swelling lat malleolus, Ottawa rules neg", "2 cm lac, tendon intact"]),
        rtw=d.ch(["modified duties x 2 wks", "off work 5 days", "regular duties"]), doc=d.nm(doc, ["full", "f"]), cpso=d.I("cpso"), bill=d.digits(6),
        adj=d.nm(adj, ["full", "i.f"]), adjph="1-800-" + d.digits(3) + "-" + d.digits(4), ext=d.digits(4))


@L("US")
def oh4(d):
    dt = d.D(2022, 2025)
    donor, col, mro, der = d.P(), d.P(), d.P(), d.P()
    dob = d.dob(d.ri(21, 68), dt)
    st = d.town()[1]
    d.w("FEDERAL DRUG TESTING CUSTODY AND CONTROL FORM\nSpecimen ID No. {id:spec}\n\nSTEP 1: Employer {employer}, DER {name:der} {phone:derph}\n"
        "MRO: {name:mro}, MD  {address:mroaddr}  Fax {fax:mrofax}\nDonor SSN or Employee ID: {ssn:ssn}\nReason: {reason}   Tests: DOT 5-panel\n\n"
        "STEP 2: Temp in range (90-100 F): yes\nSTEP 4: Collector {name:col}, collection date {date:dt} {tm}\n\nSTEP 5: Donor {name:donor}, DOB {date:dob}, "
        "daytime ph {phone:dph}\nPhoto ID: {st} CDL {license:cdl}\nDonor fingerprint scan ID: {biometric:fp}\n\n"
        "DOT PHYSICAL: BP {bp}, vision 20/{va} OU, hearing whisper test pass, ME cert expires {date:exp}. Examiner NRCME {license:nrcme}\n",
        spec=d.digits(7), employer=d.ch(EMPLOYERS), der=d.nm(der, ["full", "i.f"]), derph=d.ph(), mro=d.nm(mro, ["full", "i.f"]),
        mroaddr=d.A(rural=False)["full"], mrofax=d.ph(), ssn=d.I("ssn"), reason=d.ch(["Pre-employment", "Random", "Post-accident"]),
        col=d.nm(col, ["full", "ini", "LF"]), dt=d.fd(dt), tm=d.tm(), donor=d.nm(donor, ["LF", "full"]), dob=d.fd(dob), dph=d.ph(),
        st=st, cdl=d.I("dl_us"), fp=d.ch(["FP-", "BIO", ""]) + d.digits(10), bp=f"{d.ri(110, 150)}/{d.ri(70, 95)}", va=d.ch([20, 25, 30, 40]),
        exp=d.fd(d.after(dt, 365, 730)), nrcme=d.digits(10))


STYLES = {"maternity": [mat0, mat1, mat2, mat3, mat4], "paediatrics": [pae0, pae1, pae2, pae3, pae4],
          "aged_care": [ac0, ac1, ac2, ac3, ac4], "occupational_health": [oh0, oh1, oh2, oh3, oh4]}
