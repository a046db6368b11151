"""Styles 9-12: dental_optometry, insurance_claims, legal_correspondence, social_care."""
from corpus_core import L, fac, kin, vit, labs, meds, hx, spell_phone, EMPLOYERS, PAYERS, EPONYMS, ICD, CPT, words_num


def _he(p):
    return "she" if p.sex == "F" else "he"


def _his(p):
    return "her" if p.sex == "F" else "his"


# =========================================================== 9 dental_optometry
@L("UK", "AU", "NZ", "IE", "CA", "US")
def do0(d):
    dt = d.D(2022, 2025)
    pt, den, hyg = d.P(), d.P(), d.P(sex="F")
    pa = d.A()
    ca = d.A(t=pa["t"], rural=False)
    appt = d.after(dt, 14, 40)
    prac = fac(d.r, d.ch(["Dental Care", "Dental Practice", "Family Dental", "Smile Studio"]), pa["town"])
    d.w("{prac}\n{address:cl1}, {address:ctl}\nTel {phone:cph}   {url:web}\n\n{date:dt}\n\n{name:ptfull}\n{address:pl1}\n{address:ptl}\n\n"
        "Patient no: {mrn:pno}\n\nDear {title} {name:ptf},\n\nYou are now due for your routine examination and scale & polish. We have reserved "
        "{date:appt} at {tm} with Dr {name:den}, followed by the hygienist {name:hyg}. Please reply Y to the text we sent to {phone:mob} to confirm.\n\n"
        "If you have changed address or your insurer, please bring your new card (member no {health_plan:mem}).\n\nKind regards\nReception team\n",
        prac=prac, cl1=ca["line1"], ctl=ca["townline"], cph=d.ph("land", pa["t"]),
        web="www." + prac.lower().replace(" ", "").replace("'", "") + {"UK": ".co.uk", "IE": ".ie", "AU": ".com.au", "NZ": ".co.nz", "CA": ".ca", "US": ".com"}[d.reg],
        dt=d.fd(dt), ptfull=d.nm(pt, ["full", "fullm", "UP"]), pl1=pa["line1"], ptl=pa["townline"], pno=d.digits(d.ch([4, 5, 6])),
        title=d.ch([pt.title, "Mx", "Ms"]) if pt.sex == "F" else d.ch(["Mr", "Mx"]), ptf=d.nm(pt, "f"), appt=d.fd(appt, d.ch(["dBY", "BdY", "odBY"]) if d.reg != "US" else "BdY"),
        tm=d.tm12(), den=d.nm(den, ["f", "full"]), hyg=d.nm(hyg, ["g", "full"]), mob=d.ph("mob"), mem=d.I("member"))


@L("AU", "UK", "NZ", "IE", "CA", "US")
def do1(d):
    dt = d.D(2022, 2025)
    pt, den, dn, hus = d.P(), d.P(), d.P(sex="F"), d.P()
    dob = d.dob(d.ri(18, 88), dt)
    d.noise = 0.02
    tooth = d.ch(["36", "46", "16", "27", "11", "45"]) if d.reg != "US" else d.ch(["#19", "#30", "#3", "#14", "#8"])
    d.w("CLINICAL NOTES  {name:pt}  DOB {date:dob}  Chart {mrn:chart}\n\n{date:dt} {tm}  Dr {name:den} / DN {name:dn}\n"
        "C/O: sensitivity {tooth} x 2/52, worse with cold. MH updated: {hx}; meds {m}. Allergies: latex.\n"
        "BPE {b1}/{b2}/{b3} / {b4}/{b5}/{b6}. {tooth} DO caries into dentine, PA radiograph (image ID {id:img}).\n"
        "LA: 2.2 mL lignocaine 2% 1:80,000 adr, IDB. Removed caries, Dycal, comp resin DO (A3). Occlusion checked.\n"
        "Impressions for crown {tooth2} sent to lab, docket {id:dock}, due back {date:due}.\n"
        "Pt's {k} {name:hus} waiting in reception, will drive. Pt says moving to {address:newtown} next month - update address.\n"
        "Next: {date:nx} crown fit 40 min.  {name:ini}\n",
        pt=d.nm(pt, ["LF", "full", "UP"]), dob=d.fd(dob), chart=d.digits(d.ch([5, 6, 7])), dt=d.fd(dt), tm=d.tm(), den=d.nm(den, ["f", "i.f"]),
        dn=d.nm(dn, ["g", "gF", "ini"]), tooth=tooth, hx=hx(d), m=", ".join(meds(d, 2)), b1=d.ri(0, 4), b2=d.ri(0, 4), b3=d.ri(0, 4), b4=d.ri(0, 4),
        b5=d.ri(0, 4), b6=d.ri(0, 4), img=d.letters(2) + d.digits(6), tooth2=d.ch(["46", "36", "#30"]), dock=d.digits(5) + d.letters(1),
        due=d.short(d.after(dt, 8, 15)), k=kin(d, hus.sex, ["spouse", "partner", "child"]), hus=d.nm(hus, ["g", "full"]), newtown=d.town()[0],
        nx=d.short(d.after(dt, 14, 21)), ini=d.nm(den, ["ini", "ini."]))


@L("UK", "IE", "AU", "NZ", "CA", "US")
def do2(d):
    dt = d.D(2022, 2025)
    pt, opt, oph = d.P(), d.P(), d.P()
    age = d.ri(8, 96)
    dob = d.dob(age, dt)
    pa = d.A()
    us = d.reg == "US"
    va = (lambda: "20/" + d.ch(["20", "25", "30", "40", "60", "80"])) if us else (lambda: "6/" + d.ch(["5", "6", "9", "12", "18", "36"]))
    dlic = d.F("Driving licence no. ", ("license", d.dl(pt, dob))) if d.pr(0.6) else d.F("Does not drive")
    d.w("EYE EXAMINATION RECORD   {prac}\n\nPatient: {name:pt}   DOB: {date:dob}   Age: {agef}   Patient ID: {mrn:pid}\nAddress: {address:addr}\nTel: {phone:ph}   Email: {email:em}\n{dlic}\n"
        "GP: Dr {name:gp}   Accompanied by: {name:acc} ({k})\n"
        "Occupation: {occ}   Last exam: {date:last}\n\nVA unaided R {va1}  L {va2};  best corrected R {va3}  L {va4}\n"
        "Rx  R {s1} / {c1} x {ax1}   L {s2} / {c2} x {ax2}   Add +{add}\nIOP (NCT) R {iop1} L {iop2} mmHg at {tm}\nC/D R 0.{cd1} L 0.{cd2}. "
        "Fields (Humphrey 24-2): {fld}. Fundus: {fund}.\n\nPlan: referred to Mr/Ms {name:oph} (ophthalmology) for {why}. Recall {date:rc}.\nOptometrist: {name:opt} {ll} {license:lv}\n",
        prac=fac(d.r, d.ch(["Opticians", "Eye Care", "Optometrists"]), pa["town"]), pt=d.nm(pt, ["full", "LF"]), dob=d.fd(dob),
        agef=d.F(("age", str(age))) if age > 89 else str(age), addr=pa["full"], ph=d.ph(), dlic=dlic,
        pid=d.digits(d.ch([5, 6, 7])), em=d.email(pt), gp=d.nm(d.P(), ["f", "full", "i.f"]), acc=d.nm(d.P(), ["g", "full"]), k=d.ch(["daughter", "son", "husband", "wife", "carer", "mum"]),
        occ=d.ch(["retired", "bus driver", "student", "accountant", "welder"]), last=d.fd(d.after(dt, -900, -300), d.ch(["BY", "bY", "dmY"] if not us else ["BY", "mdY"])),
        va1=va(), va2=va(), va3=va(), va4=va(), s1=f"{d.ch(['-', '+'])}{d.ri(0, 24) * 0.25:.2f}", c1=f"-{d.ri(0, 8) * 0.25:.2f}", ax1=d.ri(1, 180),
        s2=f"{d.ch(['-', '+'])}{d.ri(0, 24) * 0.25:.2f}", c2=f"-{d.ri(0, 8) * 0.25:.2f}", ax2=d.ri(1, 180), add=f"{d.ri(4, 12) * 0.25:.2f}",
        iop1=d.ri(10, 32), iop2=d.ri(10, 32), tm=d.tm(), cd1=d.ri(2, 9), cd2=d.ri(2, 9), fld=d.ch(["full", "sup arcuate defect R", "unreliable"]),
        fund=d.ch(["drusen both maculae", "NAD", "background DR, no CSMO", "AV nipping"]), oph=d.nm(oph, ["f", "full"]),
        why=d.ch(["?POAG", "cataract assessment", "wet AMD fast-track", "Fuchs' dystrophy"]), rc=d.fd(d.after(dt, 330, 750), d.ch(["BY", "bY"]) if d.pr(0.5) else None),
        opt=d.nm(opt, ["full", "i.f"]), ll=d.ch(["GOC", "Reg", "OBA", "CO"]) if not us else "Lic #", lv=d.digits(d.ch([5, 6, 7])))


@L("US")
def do3(d):
    dt = d.D(2022, 2025)
    sub, pt, den = d.P(), d.P(), d.P()
    sdob = d.dob(d.ri(28, 70), dt)
    pdob = d.dob(d.ri(4, 20), dt)
    pa = d.A()
    da = d.A(t=pa["t"], rural=False)
    rows = []
    for _ in range(3):
        rows.append((d.ch(["D0120", "D1110", "D0274", "D1120", "D2392", "D1206"]), d.ch(["", "19", "30", "3", "14"]), f"{d.ri(40, 320)}.00"))
    d.w("ADA DENTAL CLAIM FORM\nClaim #: {id:clm}   Payer: {payer}\n\n12. Policyholder/Subscriber: {name:sub}\n    {address:sl1}\n    {address:stl}\n"
        "13. DOB {date:sdob}  15. Subscriber ID {health_plan:sid}\n16. Employer: {emp}\n20. Patient: {name:pt}   18. Relationship: {rel}\n"
        "21. Patient DOB {date:pdob}  23. Patient ID/Account # {account:acct}\n\n  Date       Code   Tooth  Fee\n",
        clm=d.I("claim"), payer=d.ch(PAYERS["US"][:4]), sub=d.nm(sub, ["LF", "UP", "full"]), sl1=pa["line1"], stl=pa["townline"], sdob=d.fd(sdob, "mdY"),
        sid=d.I("member"), emp=d.ch(EMPLOYERS), pt=d.nm(pt, ["LF", "UP", "full"]), rel=d.ch(["Dependent child", "Spouse", "Self"]), pdob=d.fd(pdob, "mdY"),
        acct=d.digits(7))
    for c, t, f in rows:
        d.s("date", d.fd(dt, "mdY"))
        d.t(f"  {c}  {t:<5}  {f}\n")
    d.w("\n48. Billing dentist: {name:den}, DDS  {address:da}\n49. NPI {license:npi}  50. License # {license:lic}\n"
        "Signed {name:sig} {date:sg}\n",
        den=d.nm(den, ["full", "fullm"]), da=da["full"], npi=d.I("npi"), lic=d.letters(1) + d.digits(5), sig=d.nm(den, ["i.f", "ini"]), sg=d.fd(dt, "mdY"))


@L("IE", "NZ", "UK", "AU")
def do4(d):
    dt = d.D(2022, 2025)
    pt, optm, cons, hus = d.P(), d.P(), d.P(), d.P()
    age = d.ri(60, 98)
    dob = d.dob(age, dt)
    pa = d.A(rural=d.pr(0.4))
    hl, hv = d.hid(pt, dob)
    agef = d.F(("age", str(age))) if age > 89 else d.F(str(age))
    d.w("{prac}\n{date:dt}\n\nTo: {name:cons}, Consultant Ophthalmologist, Eye Clinic, {hosp}\n\nRe: {name:pt}, DOB {date:dob} (age {agef}), {hl} {mrn:hv}\n"
        "{address:addr}   Tel {phone:ph}\n\nDear {title} {name:consf},\n\nI would be grateful if you could see {name:ptg}, who attended today with reduced vision R eye "
        "for {n} weeks. VA R 6/{r} L 6/{l}. IOP R {i1} L {i2}. {find}. {He} still drives short distances to {address:shop} and I have advised {obj} to stop until reviewed. "
        "{He} lives with {his} {k} {name:hus}, who can bring {obj} to appointments. Please copy correspondence to GP Dr {name:gp}.\n\n"
        "Yours sincerely\n{name:optm}\nOptometrist\n",
        prac=fac(d.r, d.ch(["Opticians", "Eyecare", "Optometrists"]), pa["town"]), dt=d.fd(dt), cons=d.nm(cons, ["full", "i.f"]),
        hosp=fac(d.r, d.ch(["University Hospital", "Eye and Ear Hospital", "General Hospital"]), pa["town"]), pt=d.nm(pt, ["full", "UP", "LF"]),
        dob=d.fd(dob), agef=agef, hl=hl, hv=hv, addr=pa["full"], ph=d.ph("land", pa["t"]), title=d.ch(["Mr", "Ms", "Dr"]), consf=d.nm(cons, "f"),
        ptg=d.nm(pt, ["g", "full"]) if d.pr(0.5) else d.tf(pt), n=d.ri(2, 8), r=d.ch(["18", "24", "36", "60"]), l=d.ch(["6", "9", "12"]),
        i1=d.ri(12, 35), i2=d.ri(12, 25), find=d.ch(["Dense nuclear sclerotic cataract R", "Macular haemorrhage R, ?wet AMD", "Disc cupping 0.8 R with inferior notch"]),
        He=_he(pt).capitalize(), shop=d.town()[0], obj="her" if pt.sex == "F" else "him", his=_his(pt), k=kin(d, hus.sex, ["spouse", "child"]),
        hus=d.nm(hus, ["g", "full"]), gp=d.nm(d.P(), ["f", "full"]), optm=d.nm(optm, ["full", "fullm"]))


# =========================================================== 10 insurance_claims
@L("US")
def ic0(d):
    dt = d.D(2022, 2025)
    mem, pt, prov = d.P(), d.P(), d.P()
    pa = d.A()
    payer = d.ch(PAYERS["US"])
    d.w("{payer}\nEXPLANATION OF BENEFITS - THIS IS NOT A BILL\nStatement date: {date:sd}\n\n{name:mem}\n{address:l1}\n{address:tl}\n\n"
        "Member: {name:mem2}   Member ID: {health_plan:mid}\nPatient: {name:pt} ({rel})   Claim number: {id:clm}\nProvider: {name:prov}, MD  NPI {license:npi}\n"
        "Account # at provider: {account:acct}\n\nDate of service  Code   Description               Billed    Allowed  You owe\n",
        payer=payer, sd=d.fd(d.after(dt, 20, 45)), mem=d.nm(mem, ["UP", "full"]), l1=pa["line1"].upper(), tl=pa["townline"].upper(),
        mem2=d.nm(mem, ["full", "LF"]), mid=d.I("member"), pt=d.nm(pt, ["full", "LF"]), rel=d.ch(["spouse", "dependent", "self"]), clm=d.I("claim"),
        prov=d.nm(prov, ["full", "LF"]), npi=d.I("npi"), acct=d.I("acct"))
    for c, desc in d.r.sample([("99214", "Office visit est"), ("85025", "CBC w/ diff"), ("80053", "Comp metabolic"), ("71046", "Chest x-ray 2v"), ("93000", "ECG 12-lead")], 3):
        b = d.ri(40, 400)
        a = int(b * 0.6)
        d.s("date", d.fd(dt, d.ch(["mdY", "mdy"])))
        d.t(f"       {c}  {desc:<24} ${b:>6}.00  ${a:>5}.00  ${int(a * 0.2):>4}.00\n")
    d.w("\nDiagnosis codes: {icd1}, {icd2}\nQuestions? Call {phone:cs} (TTY 711) or visit {url:url}\n",
        icd1=d.ch(ICD), icd2=d.ch(ICD), cs="1-800-" + d.digits(3) + "-" + d.digits(4), url="https://" + payer.lower().split(" ")[0] + ".example.com/member/eob/" + d.digits(8))


@L("AU", "NZ", "IE", "UK")
def ic1(d):
    dt = d.D(2022, 2025)
    mem, dep, prov = d.P(), d.P(), d.P()
    pa = d.A()
    pl, pv = d.plan(mem)
    payer = d.ch(PAYERS[d.reg])
    ll, lv = d.lic()
    d.w("{payer} - Claim for Benefit\n\nMembership number: {health_plan:memno}\nPolicy holder: {name:mem}   DOB {date:mdob}\nPostal address: {address:addr}\n"
        "Daytime phone: {phone:ph}   Email: {email:em}\n\nPatient (if not policy holder): {name:dep}   DOB {date:ddob}   relationship: {rel}\n"
        "{pl}: {health_plan:pv}\n\nService date: {date:sdt}   Provider: {name:prov} ({ll} {license:lv})\nItem {item}   Fee ${fee}.00   Invoice no. {account:inv}\n\n"
        "Pay benefit to: {bankname} BSB/acct {account:bank} (account name {name:accname})\n\nDeclaration signed: {name:sig}  {date:sg}\n",
        payer=payer, memno=d.I("member"), mem=d.nm(mem, ["full", "LF", "fullm"]), mdob=d.fd(d.dob(d.ri(30, 80), dt)), addr=pa["full"], ph=d.ph(),
        em=d.email(mem), dep=d.nm(dep, ["full", "g"]), ddob=d.fd(d.dob(d.ri(1, 30), dt)), rel=d.ch(["child", "spouse", "partner", "student dependant"]),
        pl=pl, pv=pv, sdt=d.fd(dt), prov=d.nm(prov, ["full", "i.f"]), ll=ll, lv=lv, item=d.ch(["500", "88", "12", "560 (physio)"]), fee=d.ri(60, 480),
        inv=d.ch(["INV", ""]) + d.digits(6), bankname=d.ch(["Commonwealth", "ANZ", "Kiwibank", "AIB", "Nationwide"]), bank=d.I("bank"),
        accname=d.nm(mem, ["if", "UP", "full"]), sig=d.nm(mem, ["full", "ini"]), sg=d.fd(d.after(dt, 1, 10)))


@L("US", "CA")
def ic2(d):
    dt = d.D(2022, 2025)
    pt, rev, md, hus = d.P(sex="F"), d.P(), d.P(), d.P(sex="M")
    pa = d.A()
    pl, pv = d.plan(pt)
    payer = d.ch(PAYERS[d.reg])
    d.w("{name:pt}\n{address:addr}\n{phone:ph} | {email:em}\n\n{date:dt}\n\n{payer}\nAppeals Department\n\nRE: Appeal of denied claim {id:clm}\n{pl} {health_plan:pv}\n"
        "Patient: {name:pt2}, DOB {date:dob}\n\nTo whom it may concern,\n\nI am writing to appeal your decision dated {date:den} to deny coverage for my {proc}. "
        "My surgeon Dr {name:md} says it was medically necessary after {n} months of failed physio. I enclose his letter and the MRI report.\n\n"
        "You wrote:\n> \"Reviewed by {name:rev}, RN, Utilization Management. The requested service ({cpt}) does not meet criteria\n> under policy MP-{pol}. Reference {id:ref}.\"\n\n"
        "My husband {name:hus} had the same procedure covered in {yr}. Please call me rather than write, I am often staying at my mother's in {address:mom}.\n\n"
        "Sincerely,\n{name:sig}\n",
        pt=d.nm(pt, ["full", "fullm"]), addr=pa["full"], ph=d.ph(), em=d.email(pt), dt=d.fd(dt), payer=payer, clm=d.I("claim"), pl=pl, pv=pv,
        pt2=d.nm(pt, ["full", "LF"]), dob=d.fd(d.dob(d.ri(25, 75), dt)), den=d.fd(d.after(dt, -40, -10)),
        proc=d.ch(["knee arthroscopy", "lumbar MRI", "sleep study", "CGM sensors"]), md=d.nm(md, ["full", "f"]), n=d.ri(3, 12), rev=d.nm(rev, ["full", "i.f"]),
        cpt=d.ch(CPT), pol=d.digits(3), ref=d.I("ref"), hus=d.nm(hus, ["full", "g"]), yr=d.ri(2015, 2021), mom=d.town()[0], sig=d.nm(pt, ["full", "g"]))


@L("UK", "IE", "CA", "AU", "NZ")
def ic3(d):
    dt = d.D(2022, 2025)
    pt, comp, doc = d.P(), d.P(), d.P()
    dob = d.dob(d.ri(20, 85), dt)
    pa = d.A()
    abroad = d.ch([("Benidorm", "Spain"), ("Faro", "Portugal"), ("Phuket", "Thailand"), ("Orlando", "USA"), ("Bali", "Indonesia"), ("Split", "Croatia"), ("Cancún", "Mexico")])
    d.w("TRAVEL INSURANCE - MEDICAL EXPENSES CLAIM\nPolicy number: {health_plan:pol}   Claim ref: {id:clm}\n\nInsured: {name:pt}\nDate of birth: {date:dob}\n"
        "Passport no: {id:pp}\nHome address: {address:addr}\nMobile: {phone:mob}   Email: {email:em}\n\nTravelling companion: {name:comp} ({rel})\n"
        "Trip dates: {date:d0} to {date:d1}\nCountry: {country}\n\nWhat happened: while staying in {address:stay} I {what} and was taken to {hosp}. "
        "Seen by Dr {name:doc}. Admitted {n} nights, discharged {date:dis}. Hospital file no. {mrn:fno}.\n\nBank details for reimbursement: acct {account:bank}\n"
        "Signed: {name:sig}\n",
        pol=d.letters(3) + d.digits(7), clm=d.I("claim"), pt=d.nm(pt, ["full", "UP", "LF"]), dob=d.fd(dob), pp=d.letters(d.ch([1, 2])) + d.digits(7),
        addr=pa["full"], mob=d.ph("mob"), em=d.email(pt), comp=d.nm(comp, ["full", "g"]), rel=kin(d, comp.sex, ["spouse", "partner", "friend", "sibling"]),
        d0=d.fd(d.after(dt, -10, -3)), d1=d.fd(d.after(dt, 4, 12)), country=abroad[1], stay=abroad[0],
        what=d.ch(["slipped by the pool and fractured my wrist", "developed severe abdominal pain (appendicitis)", "had chest pain on the flight"]),
        hosp=d.ch(["Hospital Clínica " + d.ch(["Levante", "Costa Blanca"]), "Bangkok-Andaman International", "Sunrise Medical Centre"]),
        doc=d.nm(doc, ["f", "full"]), n=d.ri(1, 6), dis=d.fd(d.after(dt, 1, 6)), fno=d.digits(d.ch([6, 8])), bank=d.I("bank"), sig=d.nm(pt, ["full", "i.f"]))


@L("US", "AU", "CA")
def ic4(d):
    dt = d.D(2022, 2025)
    d.w("claim_id|member_id|patient_name|dob|dos|code|dx|billed|status|rendering_npi\n")
    provs = [d.P() for _ in range(2)]
    for i in range(3):
        p = d.P()
        dos = d.after(dt, i, i + 20)
        d.s("id", d.I("claim"))
        d.t("|")
        d.s("health_plan", d.I("member") if d.reg != "AU" else d.I("medicare_au"))
        d.t("|")
        d.s("name", d.nm(p, ["LF", "UP", "lf"]))
        d.t("|")
        d.s("date", d.fd(d.dob(d.ri(1, 95), dt), "ISO" if d.pr(0.6) else "ymd"))
        d.t("|")
        d.s("date", d.fd(dos, "ISO"))
        d.t(f"|{d.ch(CPT)}|{d.ch(ICD)}|{d.ri(50, 2000)}.{d.ri(0, 99):02d}|{d.ch(['PAID', 'DENIED', 'PEND'])}|")
        d.s("license", d.I("npi") if d.reg == "US" else d.lic()[1])
        d.t("\n")
    d.w("# exported {date:ex} by {name:who} ({email:wem}) from {ip_address:ip}\n", ex=d.fd(dt, "ISO"), who=d.nm(d.P(), ["i.f", "full"]),
        wem=d.email(d.P(), org="claims.example.com"), ip=d.ip())


# =========================================================== 11 legal_correspondence
@L("UK", "IE", "AU", "NZ")
def lc0(d):
    dt = d.D(2022, 2025)
    cl, sol, gp = d.P(), d.P(), d.P()
    dob = d.dob(d.ri(18, 85), dt)
    pa = d.A()
    fa = d.A(rural=False, unit=False)
    hl, hv = d.hid(cl, dob)
    firm = d.ch(["Northbridge Legal", "Quayside Law", "Harbour Street Solicitors", "Abbeyfield Solicitors LLP", "Lantern Legal"])
    d.w("{firm}\n{address:fa}\nT {phone:fph}  F {fax:ffax}\nE {email:fem}\n\nOur ref: {id:oref}\nYour ref: {id:yref}\n\n{date:dt}\n\n"
        "The Data Protection Officer\n{prac}\n\nDear Sir/Madam\n\nOur client: {name:cl}\nDate of birth: {date:dob}\nAddress: {address:addr}\n{hl}: {mrn:hv}\n\n"
        "We act for the above-named in connection with a personal injury claim arising from an accident on {date:acc}. We enclose our client's signed form of authority. "
        "Please provide copies of {his} complete GP records, including those held by Dr {name:gp}, from {yr} to date.\n\n"
        "Should you have any queries please contact {name:sol2} on the direct line above.\n\nYours faithfully\n\n{name:sol}\nSolicitor\n",
        firm=firm, fa=fa["full"], fph=d.ph("land", fa["t"]), ffax=d.ph("land", fa["t"]), fem=d.email(sol, org=firm.lower().replace(" ", "") + ".example"),
        oref=d.I("ref"), yref=d.I("ref"), dt=d.fd(dt), prac=fac(d.r, d.ch(["Surgery", "Medical Centre", "Health Centre"])), cl=d.nm(cl, ["full", "fullm", "UP"]),
        dob=d.fd(dob), addr=pa["full"], hl=hl, hv=hv, acc=d.fd(d.after(dt, -600, -60)), his=_his(cl), gp=d.nm(gp, ["f", "full"]), yr=d.ri(2010, 2020),
        sol2=d.nm(sol, ["g", "full"]) if d.pr(0.3) else d.nm(d.P(), ["full", "g"]), sol=d.nm(sol, ["full", "fullm"]))


@L("US")
def lc1(d):
    dt = d.D(2022, 2025)
    pl_, df, att, pt, clerk = d.P(), d.P(), d.P(), d.P(), d.P()
    dob = d.dob(d.ri(18, 80), dt)
    t = d.town()
    county = d.ch(["Bristol", "Montgomery", "Kern", "Lubbock", "Bibb", "Lackawanna"])
    d.w("COMMONWEALTH/STATE OF {st}\n{county} COUNTY SUPERIOR COURT\n\n{name:pl} ,\n        Plaintiff,\nv.                                  Case No. {id:case}\n{name:df},\n        Defendant.\n\n"
        "SUBPOENA DUCES TECUM\n\nTO: Custodian of Records, {hosp}\n\nYOU ARE COMMANDED to produce on or before {date:due} all medical and billing records pertaining to:\n"
        "   Patient: {name:pt}\n   DOB: {date:dob}\n   SSN: {ssn:ssn}\n   Dates of service: {date:d0} through {date:d1}\n\n"
        "Records may be mailed to: {name:att}, Esq., {address:aaddr}, or e-mailed to {email:aem}.\nAttorney Bar No. {license:bar}\n\n"
        "Issued: {date:iss}   /s/ {name:clerk}, Deputy Clerk\n",
        st=t[1], county=county.upper(), pl=d.nm(pl_, ["UP", "full"]), case=f"{d.ri(22, 25)}-CV-{d.digits(5)}", df=d.nm(df, ["UP", "full"]),
        hosp=fac(d.r, "Medical Center", t[0]), due=d.fd(d.after(dt, 14, 30), "BdY"), pt=d.nm(pt, ["full", "UP"]), dob=d.fd(dob), ssn=d.I("ssn"),
        d0=d.fd(d.after(dt, -900, -400)), d1=d.fd(d.after(dt, -100, -10)), att=d.nm(att, ["full", "fullm"]), aaddr=d.A(rural=False)["full"],
        aem=d.email(att, org=d.ch(["lawfirm.example.com", "injurylaw.example"])), bar=d.digits(d.ch([6, 7])), iss=d.fd(dt), clerk=d.nm(clerk, ["full", "i.f"]))


@L("UK", "AU", "NZ", "IE", "CA")
def lc2(d):
    dt = d.D(2022, 2025)
    dec, off, cor, nok, gp = d.P(), d.P(), d.P(), d.P(), d.P()
    age = d.ri(19, 99)
    dod = d.after(dt, -60, -5)
    dob = d.dob(age, dod)
    pa = d.A()
    pod = d.A(rural=False)
    office = {"UK": "HM Coroner", "AU": "Coroners Court", "NZ": "Coronial Services", "IE": "Coroner for the District", "CA": "Office of the Chief Coroner"}[d.reg]
    agef = d.F(("age", str(age))) if age > 89 else str(age)
    d.w("{office} - {area}\n\nREQUEST FOR MEDICAL RECORDS\nInquest/Case ref: {id:ref}\n\nDeceased: {name:dec}\nDate of birth: {date:dob}   Age: {agef}\n"
        "Date of death: {date:dod}\nPlace of death: {address:pod}\nUsual address: {address:addr}\n\nDear Dr {name:gp},\n\n"
        "The Coroner, {name:cor}, has opened an investigation into the death of the above. Please provide a statement and copies of all records by {date:due}. "
        "The next of kin is {name:nok} ({rel}) who has been informed of this request.\n\nCoroner's Officer: {name:off}  {phone:oph}  {email:oem}\n",
        office=office, area=pa["t"][1] if d.reg != "CA" else "Region " + pa["t"][1], ref=d.I("ref"), dec=d.nm(dec, ["full", "UP", "fullm"]), dob=d.fd(dob),
        agef=agef, dod=d.fd(dod), pod=pod["full"], addr=pa["full"], gp=d.nm(gp, ["f", "full"]), cor=d.nm(cor, ["full", "i.f"]) if d.pr(0.7) else d.tf(cor, "Ms"),
        due=d.fd(d.after(dt, 14, 28)), nok=d.nm(nok, ["full", "fullm"]), rel=kin(d, nok.sex, ["spouse", "child", "sibling", "parent"]),
        off=d.nm(off, ["full", "i.f"]), oph=d.ph("land"), oem=d.email(off, org=d.ch(["coroner.example.gov", "justice.example.org"])))


@L("AU", "CA", "NZ", "US")
def lc3(d):
    dt = d.D(2022, 2025)
    cl, dr2, law, insd, pol = d.P(), d.P(), d.P(), d.P(), d.P()
    acc = d.after(dt, -300, -30)
    pa = d.A()
    ins = d.ch(["Coastal Mutual Motor", "Redgum Insurance", "Northern Lights General", "Tui Motor Cover"])
    d.w("{date:dt}\n\nPRIVATE & CONFIDENTIAL\n{ins}\nClaims Department\n\nAttention: {name:insd}\n\nOur client: {name:cl}\nYour insured: {name:dr2}\nYour claim no.: {id:clm}\n"
        "Date of accident: {date:acc}\nLocation: intersection of {address:st1} and {address:st2}, {address:town}\nOur client's vehicle: {car1}, reg. {vehicle:p1}\nYour insured's vehicle: {car2}, reg. {vehicle:p2}, VIN {vehicle:vin}\n"
        "Police report: {id:pr} ({officer_r} {name:pol})\n\nWe confirm we act for {name:clg}, who resides at {address:addr}. Our client suffered {inj} and remains under "
        "the care of {prov}. Please direct all further communication to the writer.\n\nYours faithfully,\n{name:law}\n{firm}\n{phone:lph}\n",
        dt=d.fd(dt), ins=ins, insd=d.nm(insd, ["full", "i.f"]), cl=d.nm(cl, ["full", "UP"]), dr2=d.nm(dr2, ["full", "UP", "LF"]), clm=d.I("claim"),
        acc=d.fd(acc), st1=d.street(), st2=d.street(), town=pa["town"], car1=d.ch(["2018 Toyota Camry", "Mazda CX-5", "Ford Ranger ute"]), p1=d.plate(),
        car2=d.ch(["Honda Civic", "Hyundai i30", "Kenworth prime mover", "Nissan X-Trail"]), p2=d.plate(), vin=d.I("vin"), pr=d.I("ref"),
        officer_r=d.ch(["Sen. Const.", "Cst.", "Officer", "Constable"]), pol=d.nm(pol, ["f", "full"]), clg=d.nm(cl, ["full", "g"]),
        addr=pa["full"], inj=d.ch(["a whiplash injury and a fractured sternum", "a tibial plateau fracture", "a mild TBI (GCS 14)"]),
        prov=d.ch(["an orthopaedic surgeon", "the brain injury rehab unit", "her GP and a physiotherapist"]), law=d.nm(law, ["full", "fullm"]),
        firm=d.ch(["Quayside Law", "Redwood Injury Lawyers", "Northbridge Legal LLP", "Lantern Legal"]), lph=d.ph("land"))


@L("UK", "IE", "AU", "NZ", "CA", "US")
def lc4(d):
    dt = d.D(2022, 2025)
    law, mgr, mum, dad, c1, c2 = d.P(), d.P(), d.P(sex="F"), d.P(sex="M"), d.P(), d.P()
    c1.family = c2.family = dad.family
    firm = d.ch(["quaysidelaw", "northbridgelegal", "lanternlegal"])
    d.w("From: {name:mgr} <{email:mem}>\nTo: {name:law} <{email:lem}>\nDate: {date:d2}\nSubject: RE: Family Court order {id:ord} - {name:subj}\n\n"
        "Dear {name:lawg},\n\nWe can release the records for {name:c1} and {name:c2} once we receive the sealed order. Please note {name:mumg} has asked that her new address "
        "not be disclosed to {name:dadg}.\n\nRegards, {name:mgrg}\nPractice Manager\n\n> On {date:d1}, {name:law2} wrote:\n> Further to the order of {name:judge} dated {date:od}, "
        "please provide the children's GP records. Mr {name:dadf} now lives in {address:dtown}; the children live with their mother.\n> {name:law3}\n",
        mgr=d.nm(mgr, ["full", "lf"]), mem=d.email(mgr, org=d.ch(["healthcentre.example", "medicalpractice.example"])), law=d.nm(law, ["full", "lf"]),
        lem=d.email(law, org=firm + ".example"), d2=d.fd(d.after(dt, 1, 6)), ord=d.I("ref"), subj=d.nm(dad, ["f", "UP"]), lawg=d.nm(law, "g"),
        c1=d.nm(c1, ["g", "full"]), c2=d.nm(c2, ["g", "full"]), mumg=d.nm(mum, ["g", "full"]), dadg=d.nm(dad, ["g", "full"]) if d.pr(0.5) else d.tf(dad, "Mr"),
        mgrg=d.nm(mgr, "g"), d1=d.fd(dt, d.ch(["BdY", "dBY", "mdY", "dmY"])), law2=d.nm(law, ["full", "lf"]),
        judge=d.tf(d.P(), d.ch(["Judge", "Her Honour Judge", "Justice", "HHJ"])), od=d.fd(d.after(dt, -60, -7)), dadf=d.nm(dad, "f"),
        dtown=d.town()[0], law3=d.nm(law, ["ini", "g", "full"]))


# =========================================================== 12 social_care
@L("UK", "IE", "AU", "NZ", "CA", "US")
def sc0(d):
    dt = d.D(2022, 2025)
    pt, carer, sw, gp, nb = d.P(), d.P(), d.P(), d.P(), d.P()
    age = d.ri(55, 98)
    dob = d.dob(age, dt)
    pa = d.A()
    ref_l = {"UK": "LAS ref", "IE": "HSE ref", "AU": "My Aged Care ID", "NZ": "NASC ref", "CA": "LHIN client #", "US": "Case #"}[d.reg]
    agef = d.F(("age", str(age))) if age > 89 else str(age)
    d.w("NEEDS ASSESSMENT (Care Act / carer's assessment)\n{ref_l}: {id:ref}\nAssessment date: {date:dt}\nAssessor: {name:sw}, Social Worker\n\n"
        "Person: {name:pt}   DOB {date:dob}   Age {agef}\nAddress: {address:addr}\nGP: {name:gp}\nMain carer: {name:carer} ({k}), lives {cl}\n\n"
        "Background: {name:ptg} was born in {address:born}, worked as a {job} and has lived at this address since {yr}. Widowed {yr2}. "
        "{hx}. Neighbour {name:nb} pops in most days and holds a key.\n\nGenogram: two children - {name:ch1} (lives in {address:ch1town}) and {name:ch2} (estranged).\n"
        "Outcome: eligible needs in 4 domains; package of 2 calls/day; carer's respite {n} nights/yr.\n",
        ref_l=ref_l, ref=d.I("ref"), dt=d.fd(dt), sw=d.nm(sw, ["full", "fullm"]), pt=d.nm(pt, ["full", "LF"]), dob=d.fd(dob), agef=agef, addr=pa["full"],
        gp=d.nm(gp, ["full", "i.f"]) if d.pr(0.7) else d.tf(gp, "Dr"), carer=d.nm(carer, ["full", "g"]), k=kin(d, carer.sex, ["child", "spouse", "niece", "friend"]),
        cl=d.ch(["with her", "nearby", "40 minutes away", "next door"]), ptg=d.nm(pt, ["g", "nick"]), born=d.town(d.ch(["UK", "IE", "AU", "NZ", "CA", "US"]))[0],
        job=d.ch(["nurse", "miner", "bus conductor", "teacher", "machinist"]), yr=d.ri(1965, 2005), yr2=d.ri(2008, 2021), hx=hx(d),
        nb=d.nm(nb, ["g", "full", "f"]) if d.pr(0.7) else d.tf(nb, "Mrs"), ch1=d.nm(d.P(family=pt.family), ["g", "full"]), ch1town=d.town()[0],
        ch2=d.nm(d.P(family=pt.family), ["g", "nick"]), n=d.ri(7, 28))


@L("IE", "UK", "AU", "NZ")
def sc1(d):
    dt = d.D(2022, 2025)
    app, hm = d.P(), d.P()
    pa = d.A(unit=True, rural=False)
    hh = [(app, "Applicant", d.ri(22, 60)), (d.P(), "Partner", d.ri(22, 60)), (d.P(family=app.family), "Child", d.ri(0, 17)), (d.P(family=app.family), "Child", d.ri(0, 17))]
    org = d.ch(["Riverside Housing Association", "Clúid-style Approved Housing Body", "Homes North", "Kāinga Community Housing"])
    d.w("{org}\n{date:dt}\n\n{name:app}\n{address:l1}\n{address:tl}\n\nTenancy reference: {id:tref}\nRent account no: {account:rent}\n\n"
        "Dear {name:appg},\n\nRE: MEDICAL PRIORITY / TRANSFER APPLICATION\n\nWe have considered the letter from your GP dated {date:gpd} regarding {cond}. "
        "Your household has been awarded Band {band} from {date:eff}.\n\nHousehold as recorded:\n",
        org=org, dt=d.fd(dt), app=d.nm(app, ["full", "fullm", "UP"]), l1=pa["line1"], tl=pa["townline"], tref=d.I("ref"), rent=d.digits(d.ch([8, 10])),
        appg=d.nm(app, ["full", "g"]) if d.pr(0.6) else d.tf(app), gpd=d.fd(d.after(dt, -40, -5)),
        cond=d.ch(["your son's wheelchair use", "COPD and stairs", "severe damp worsening asthma"]), band=d.ch(["A", "B", "2", "1"]), eff=d.fd(dt))
    for p, role, a in hh:
        d.t(f"  {role:<10} ")
        d.s("name", d.nm(p, ["full", "LF"]))
        d.t("  DOB ")
        d.s("date", d.fd(d.dob(a, dt), "dmY"))
        d.t("\n")
    d.w("\nIf your circumstances change please contact your housing officer {name:hm} on {phone:hph}.\n", hm=d.nm(hm, ["full", "g"]), hph=d.ph("land"))


@L("AU", "UK", "CA", "NZ", "IE", "US")
def sc2(d):
    dt = d.D(2022, 2025)
    pt, nom = d.P(), d.P()
    dob = d.dob(d.ri(18, 66), dt)
    pa = d.A()
    dept = {"AU": ("Services Australia - Centrelink", "CRN", d.I("crn")), "UK": ("Department for Work and Pensions - PIP", "Reference", d.I("ref")),
            "CA": ("Ontario Disability Support Program", "Member ID", d.digits(9)), "NZ": ("Work and Income", "Client number", d.digits(9)),
            "IE": ("Department of Social Protection", "Claim ref", d.I("ref")), "US": ("Social Security Administration", "Claim #", d.digits(9))}[d.reg]
    nl, nv = d.natid(pt, dob)
    d.w("{dept}\n\n{name:pt}\n{address:l1}\n{address:tl}\n\nDate: {date:dt}\n{cl}: {id:crn}\n{nl}: {ssn:nv}\n\nDear {name:ptg}\n\n"
        "We have reviewed your claim and you will be paid {amt} from {date:from}. Payments go to account {account:bank}. "
        "Your nominee {name:nom} can now speak to us on your behalf.\n\nWe used medical evidence from {name:doc} dated {date:ev}.\n"
        "If you disagree, call {phone:call} within 13 months.\n",
        dept=dept[0], pt=d.nm(pt, ["UP", "full", "fullm"]), l1=pa["line1"], tl=pa["townline"], dt=d.fd(dt), cl=dept[1], crn=dept[2], nl=nl, nv=nv,
        ptg=d.nm(pt, ["full", "g"]) if d.pr(0.5) else d.tf(pt, d.ch(["Mr", "Ms"])), amt=f"${d.ri(300, 1100)}.{d.ri(0, 99):02d}" + (" per month" if d.reg in ("US", "CA") else (" per week" if d.reg in ("UK", "IE", "NZ") else " per fortnight")),
        **{"from": d.fd(d.after(dt, 3, 20))}, bank=("*" * 4) + d.digits(4) if d.pr(0.3) else d.I("bank"), nom=d.nm(nom, ["full", "lf"]),
        doc=d.nm(d.P(), ["full", "i.f"]), ev=d.fd(d.after(dt, -90, -10)), call=d.ph("land"))


@L("NZ", "AU", "UK", "IE", "CA", "US")
def sc3(d):
    dt = d.D(2022, 2025)
    cl, sw, mum, bf, land, wk = d.P(), d.P(), d.P(sex="F"), d.P(), d.P(), d.P()
    pa = d.A()
    d.lc = True
    d.noise = 0.03
    d.w("case notes - client {name:cl}\n\n", cl=d.nm(cl, ["low", "LF"]))
    entries = [
        "{date} hv to {addr}. {C} home with mum {M}. mould in back bedroom, photos taken. {C} says landlord {LL} wont fix it.",
        "{date} phoned {LL} ({ph}), no answer, left vm.",
        "{date} {C} called upset, {B} has moved back in. advised re protection order. safety plan updated.",
        "{date} joint visit with {W} from tenancy advocacy. food parcel delivered. next visit {d2}.",
    ]
    for e in entries:
        dd = d.after(dt, 0, 3)
        dt = dd
        for piece in _split(e):
            if piece == "{date}":
                d.s("date", d.fd(dd, d.ch(["dmy2", "dm", "ISO"]) if d.reg != "US" else d.ch(["mdy", "md"])))
            elif piece == "{addr}":
                d.s("address", pa["line1"])
            elif piece == "{C}":
                d.s("name", d.nm(cl, ["lowg", "g"]))
            elif piece == "{M}":
                d.s("name", d.nm(mum, ["g", "full"]))
            elif piece == "{LL}":
                d.s("name", d.nm(land, ["f", "full"]) if d.pr(0.6) else d.tf(land, "mr"))
            elif piece == "{ph}":
                d.s("phone", d.ph())
            elif piece == "{B}":
                d.s("name", d.nm(bf, ["g", "nick"]))
            elif piece == "{W}":
                d.s("name", d.nm(wk, ["g", "full"]))
            elif piece == "{d2}":
                d.s("date", d.short(d.after(dd, 5, 10)))
            else:
                d.t(piece)
        d.t("\n")
    d.w("-- {name:sw}\n", sw=d.nm(sw, ["ini", "g", "i.f"]))


def _split(txt):
    import re
    return [p for p in re.split(r"(\{[A-Za-z0-9]+\})", txt) if p]


@L("US")
def sc4(d):
    dt = d.D(2022, 2025)
    vic, ap, rep, inv, dr = d.P(), d.P(sex="M"), d.P(sex="F"), d.P(), d.P()
    age = d.ri(68, 99)
    dob = d.dob(age, dt)
    pa = d.A()
    agef = d.F(("age", str(age))) if age > 89 else str(age)
    d.w("ADULT PROTECTIVE SERVICES - INTAKE\nAPS Case #: {id:aps}   Intake date: {date:dt}   Priority: {pri}\n\nALLEGED VICTIM\nName: {name:vic}\nDOB: {date:dob}   Age: {agef}\n"
        "SSN: {ssn:ssn}   Medicaid: {health_plan:mcd}\nAddress: {address:addr}\nCity: {address:city}   State: {st}   ZIP: {zip:zp}\nPhone: {phone:ph}\n\nALLEGED PERPETRATOR\nName: {name:ap}   Relationship: {rel}\n"
        "Vehicle: {car}, plate {vehicle:plate}\n\nREPORTER: {name:rep} ({role}), callback {phone:rph}\n\nAllegation: {alleg}. Reporter states {name:vicg} told her \"{quote}\".\n"
        "PCP: Dr {name:dr}\nAssigned investigator: {name:inv}\n",
        aps=d.digits(2) + "-" + d.digits(6), dt=d.fd(dt), pri=d.ch(["24 hr", "10 day", "immediate"]), vic=d.nm(vic, ["LF", "full", "UP"]), dob=d.fd(dob),
        agef=agef, ssn=d.I("ssn"), mcd=d.I("medicaid"), addr=pa["line1"], city=pa["town"], st=pa["st"], zp=pa["pc"], ph=d.ph(t=pa["t"]), ap=d.nm(ap, ["full", "quoted", "nickfull"]),
        rel=d.ch(["nephew", "grandson", "tenant", "son-in-law"]), car=d.ch(["gray Chevy Silverado", "white Nissan Altima", "black Dodge Charger"]),
        plate=d.plate(), rep=d.nm(rep, ["full", "g"]), role=d.ch(["home health aide", "bank teller", "neighbor", "pharmacist"]), rph=d.ph(),
        alleg=d.ch(["financial exploitation - ATM withdrawals", "neglect - no food in home", "physical abuse - bruising"]),
        vicg=d.nm(vic, ["g", "f"]) if d.pr(0.6) else d.tf(vic), quote=d.ch(["he takes my card", "don't tell anyone", "I'm scared of him"]),
        dr=d.nm(dr, ["f", "full"]), inv=d.nm(inv, ["full", "i.f"]))


STYLES = {"dental_optometry": [do0, do1, do2, do3, do4], "insurance_claims": [ic0, ic1, ic2, ic3, ic4],
          "legal_correspondence": [lc0, lc1, lc2, lc3, lc4], "social_care": [sc0, sc1, sc2, sc3, sc4]}
