"""Styles 9-16: DMV/placard forms, pharmacy refills, transport & home-care scheduling,
device/DME, research recruitment & consent, release of information, legal letters,
lab requisitions."""
import pools as P
from gen_core import Doc, L, H_base


class H(H_base):
    pass


# ---------------------------------------------------------------------------
def dmv_placard(g):
    d, h = Doc(), H(g)
    today = g.today()
    ap = g.person()
    doc = g.person()
    v = g.variant(4)
    old = g.p(0.3)
    if old:
        age = g.old_age()
        adob = g.near(today, -365 * age - 300, -365 * age - 5)
    else:
        adob, age = g.dob(17, 88, today)
    yr = g.ri(2004, 2023)
    car = g.ch(P.CARS)
    if v == 0:  # new placard application
        d.t(g.ch(["APPLICATION FOR DISABLED PERSON PARKING PLACARD OR PLATES\n",
                  "Disability Parking Placard Application (Form DP-1)\n"]))
        d.f("[X] Permanent placard  [ ] Temporary  [ ] DV plates\n\nPART A - APPLICANT\nName (Last, First, MI): {n}\n",
            n=h.name(ap, forms=["LAST_FIRST_MI", "last_first_mi", "LAST_FIRST"]))
        rows = [
            lambda: d.f("Driver License/ID No.: {dl}\n", dl=L("license", g.dl())),
            lambda: d.f("Date of Birth: {dob}\n", dob=h.date(adob, styles=g.FORM_DATES)),
            lambda: d.f("Residence Address: {st}\nCity: {c}   State: {s}   ZIP: {z}\n", st=h.street(),
                        c=L("address", g.town()), s=g.state(), z=L("zip", g.zipc())),
            lambda: d.f("Daytime Phone: {ph}\n", ph=h.phone()),
            lambda: d.f("Vehicle: {y} {car}   Plate: {pl}\n", y=yr, car=car, pl=L("vehicle", g.plate())),
        ]
        for r in rows[:1] + g.shuffle(rows[1:]):
            r()
        d.f("\nPART B - CERTIFICATION OF DISABILITY\nThe applicant cannot walk 200 feet without stopping to rest. "
            "Condition is permanent.\nPhysician: {dn}, MD   Medical License No.: {ml}\nOffice Phone: {ph}\n"
            "Signature: {s}   Date: {ds}\n", dn=h.name(doc, forms=["full", "full_mi"]), ml=L("license", g.medlic()),
            ph=h.phone(), s=h.name(doc, forms=["initials", "init_last"]), ds=h.date(today, styles=g.FORM_DATES))
    elif v == 1:  # renewal notice letter to applicant
        d.f("{dd}\n\n{n}\n{a}\n\n", dd=h.date(today, styles=["month_d_y", "mdy"]),
            n=h.name(ap, forms=["UPPER", "full", "full_mi"]), a=h.address(upper=g.p(0.5)))
        d.f("RE: Placard No. {pc}  expires {de}\n\nDear {sal},\n\nYour disabled parking placard is due for renewal. ",
            pc=h.ident("placard"), de=h.date(g.near(today, 20, 60), styles=g.FORM_DATES),
            sal=h.name(ap, forms=["full", "last"]))
        opts = [
            lambda: d.f("Our records show it is linked to plate {pl} ({y} {car}). ", pl=L("vehicle", g.plate()), y=yr, car=car),
            lambda: d.f("Please bring your driver license ({dl}) when you visit. ", dl=L("license", g.dl())),
            lambda: d.f("Fees: {m}; renewals for applicants over 89 are free. ", m=g.nm_money()),
            lambda: d.f("Your confirmation number for the online renewal is {cc}. ", cc=h.ident("conf")),
            lambda: d.f("Renew online at {u}. ", u=L("url", g.ch(["https://www.example.org/dmv/placard-renewal", "www.example.gov.example.net/placards", "https://mvd.example.com/renew"]))),
        ]
        for o in g.shuffle(opts)[:g.ri(3, 5)]:
            o()
        d.t("\n\nMotor Vehicle Division, Customer Service (Page 1 of 1)")
    elif v == 2:  # driver medical review
        d.f("DRIVER MEDICAL EVALUATION REPORT\nCase No.: {c}\nDriver: {n}   DL#: {dl}   DOB: {dob}\n",
            c=h.ident("dmv"), n=h.name(ap, forms=["LAST_FIRST_MI", "full"]), dl=L("license", g.dl()),
            dob=h.date(adob, styles=g.FORM_DATES))
        if old:
            d.f("Age: {a}\n", a=L("age", str(age)))
        else:
            d.f("Age: {a}\n", a=age)
        opts = [
            lambda: d.f("Reason for referral: crash on {dc}, police report #{pr}.\n",
                        dc=h.date(g.near(today, -90, -10), styles=g.FORM_DATES), pr=h.ident("police")),
            lambda: d.f("Vision: 20/40 OU with correction. {v}.\n", v=g.nm_vitals()),
            lambda: d.f("Diagnoses: {dx}; seizure-free since {y}.\n", dx=g.ch(P.DISEASE_EPONYMS), y=g.ri(2015, 2022)),
            lambda: d.f("Registered vehicle VIN {vin}.\n", vin=L("vehicle", g.vin())),
            lambda: d.f("Home: {a}.\n", a=h.address()),
        ]
        for o in g.shuffle(opts)[:g.ri(3, 5)]:
            o()
        d.f("Recommendation: [ ] no restrictions [X] daylight only [ ] suspend\nExaminer: {dn}, DO  NPI {npi}  Date {ds}",
            dn=h.name(doc, forms=["full", "LAST_FIRST"]), npi=L("license", g.npi()), ds=h.date(today, styles=g.FORM_DATES))
    else:  # tinted-window medical exemption
        d.f("MEDICAL EXEMPTION - WINDOW TINT\nOwner: {n}\nVIN: {vin}\nPlate: {pl}\nMake/Model: {y} {car}\n",
            n=h.name(ap, forms=["full", "LAST_FIRST"]), vin=L("vehicle", g.vin()), pl=L("vehicle", g.plate()), y=yr, car=car)
        opts = [
            lambda: d.f("Condition: {dx} (photosensitivity). ", dx=g.ch(["systemic lupus", "porphyria", "xeroderma pigmentosum"])),
            lambda: d.f("Owner's address: {a}. ", a=h.address()),
            lambda: d.f("Contact: {ph} / {em}. ", ph=h.phone(), em=h.email(ap)),
            lambda: d.f("Owner DOB {dob}. ", dob=h.date(adob, styles=g.FORM_DATES)),
        ]
        for o in g.shuffle(opts)[:g.ri(2, 4)]:
            o()
        d.f("\nCertifying physician: {dn}  License {ml}\nValid until {de}",
            dn=h.name(doc, forms=["full", "init_last"]), ml=L("license", g.medlic()),
            de=h.date(g.near(today, 300, 700), styles=g.FORM_DATES))
    return d


# ---------------------------------------------------------------------------
def pharmacy_refill(g):
    d, h = Doc(), H(g)
    today = g.today()
    pt = g.person()
    pdob, _ = g.dob(18, 89, today)
    doc = g.person()
    med, dose = g.ch(P.MEDS)
    pharm = g.ch(P.PHARMACIES)
    v = g.variant(4)
    if v == 0:  # pharmacy -> prescriber fax
        d.f("REFILL AUTHORIZATION REQUEST\nTo: Dr. {dn}   Fax: {fx}\nFrom: {ph_name}, {pa}\nPhone {ph}  Fax {fx2}\nDate: {dd}\n\n",
            dn=h.name(doc, forms=["full", "last", "init_last"]), fx=h.fax(), ph_name=pharm, pa=h.address(unit=False),
            ph=h.phone(), fx2=h.fax(), dd=h.date(today, styles=g.FORM_DATES))
        rows = [
            lambda: d.f("Patient: {n}   DOB: {dob}\n", n=h.name(pt, forms=["LAST_FIRST", "LAST_FIRST_MI", "full"]),
                        dob=h.date(pdob, styles=g.FORM_DATES)),
            lambda: d.f("Rx #: {rx}   Last filled: {lf}\n", rx=h.ident("rx"), lf=h.date(g.near(today, -40, -25), styles=g.FORM_DATES)),
            lambda: d.f("Drug: {m} {ds}  Qty: {q}  Refills: {r}   Sig: 1 tab PO daily\n", m=med, ds=dose, q=g.ch([30, 90]), r=g.ri(0, 5)),
            lambda: d.f("Prescriber NPI: {npi}   DEA: {dea}\n", npi=L("license", g.npi()), dea=L("license", g.dea(doc.last))),
            lambda: d.f("Patient phone: {ph}\n", ph=h.phone()),
        ]
        for r in rows[:1] + g.shuffle(rows[1:]):
            r()
        d.t("\n[ ] Approved  # refills ____   [ ] Denied   [ ] Needs appt\nPrescriber signature: ____________\n")
        d.t(g.ch(["Page 1 of 1", "Please return within 48 hours.", "Pages: 1 (incl. cover)"]))
    elif v == 1:  # voicemail transcript
        d.f("Voicemail to refill line - {dd} {tm} - from {ph}\n\n", dd=h.date(today, styles=["mdy", "mdy_short"]),
            tm=g.nm_time(), ph=h.phone(styles=["plain10", "dash", "plus1"]))
        d.f("\"Hi, um, this is {n}, birthday {dob}, ", n=h.name(pt, forms=["full", "first"]),
            dob=h.date(pdob, styles=["spoken", "month_dth", "mdy_nopad"]))
        opts = [
            lambda: d.f("I need a refill on my {m}, the {ds}, the number on the bottle is {rx}. ", m=med, ds=dose,
                        rx=L("id", g.spoken_digits(g.digits(7), [3, 4]) if g.p(0.5) else g.ident("rx"))),
            lambda: d.f("Doctor {dn} said it was okay. ", dn=h.name(doc, forms=["last", "full"])),
            lambda: d.f("Send it to the {pn} on {st} please. ", pn=pharm.split(" #")[0], st=h.street(unit=False, po=False)),
            lambda: d.f("I only have like {n} left. ", n=g.ri(2, 5)),
            lambda: d.f("My husband {hn} picks it up, he has my card. ", hn=h.name(g.person(sex="M"), forms=["first", "full"])),
        ]
        for o in g.shuffle(opts)[:g.ri(3, 5)]:
            o()
        d.f("Call me back at {ph}. Okay bye.\"", ph=L("phone", g.spoken_phone() if g.p(0.5) else g.phone()[0]))
    elif v == 2:  # prior authorization request
        d.f("PRIOR AUTHORIZATION REQUEST\nPlan: {payer}   PA #: {pa}\nMember: {n}   Member ID: {hp}   DOB: {dob}\n",
            payer=g.ch(P.PAYERS), pa=h.ident("pa"), n=h.name(pt, forms=["full", "LAST_FIRST"]),
            hp=L("health_plan", g.member_id()), dob=h.date(pdob, styles=g.FORM_DATES))
        icd, dx = g.ch(P.ICD10)
        opts = [
            lambda: d.f("Medication: {m} {ds}, qty {q}/30 days\n", m=med, ds=dose, q=g.ch([30, 60, 90])),
            lambda: d.f("Diagnosis: {icd} {dx}\n", icd=icd, dx=dx),
            lambda: d.f("Previously tried: {t} ({y})\n", t=g.nm_dose(), y=g.ri(2016, 2023)),
            lambda: d.f("Pertinent labs: {l1}, {l2}\n", l1=g.nm_lab(), l2=g.nm_lab()),
        ]
        for o in g.shuffle(opts)[:g.ri(3, 4)]:
            o()
        d.f("Prescriber: {dn}  NPI {npi}  DEA {dea}\nContact: {cn} {ph}  Fax: {fx}",
            dn=h.name(doc, forms=["full", "LAST_FIRST", "full_mi"]), npi=L("license", g.npi()), dea=L("license", g.dea(doc.last)),
            cn=h.name(g.person(), forms=["first", "full"]), ph=h.phone(), fx=h.fax())
    else:  # mail order shipping notice
        d.f("Your order has shipped!\n\nHi {f},\n\n", f=h.name(pt, forms=["first", "UPPER"]))
        d.f("Order {o} for {m} {ds} (90-day supply) shipped on {dsh} to:\n{n}\n{a}\n\n",
            o=h.ident("conf"), m=med, ds=dose, dsh=h.date(today, styles=["month_d_y", "mon_d_y", "mdy"]),
            n=h.name(pt, forms=["full", "UPPER"]), a=h.address())
        opts = [
            lambda: d.f("Tracking number: {t}\n", t=h.ident("tracking")),
            lambda: d.f("Rx {rx}, prescribed by {dn}\n", rx=h.ident("rx"), dn=h.name(doc, forms=["full", "init_last"])),
            lambda: d.f("Member ID {hp}\n", hp=L("health_plan", g.member_id())),
            lambda: d.f("Amount charged: {m}\n", m=g.nm_money()),
            lambda: d.f("Manage refills at {u}\n", u=h.url("pay")),
        ]
        for o in g.shuffle(opts)[:g.ri(3, 5)]:
            o()
        d.f("Questions? Call {ph} (TTY 711).", ph=h.phone())
    return d


# ---------------------------------------------------------------------------
def transport_homecare(g):
    d, h = Doc(), H(g)
    today = g.today()
    pt = g.person()
    drv = g.person()
    v = g.variant(4)
    trip = g.near(today, 1, 10)
    car = g.ch(P.CARS)
    if v == 0:  # NEMT trip ticket
        d.f("TRIP TICKET {tr}\nMember: {n}   Medicaid ID: {hp}\n", tr=h.ident("trip"),
            n=h.name(pt, forms=["LAST_FIRST", "full", "LAST_FIRST_MI"]), hp=L("health_plan", g.medicaid()))
        rows = [
            lambda: d.f("Pickup: {a} at {tm} on {dd}\n", a=h.address(), tm=g.nm_time(), dd=h.date(trip, styles=g.FORM_DATES)),
            lambda: d.f("Drop-off: {cl}, {ca}\n", cl=g.ch(P.CLINICS), ca=h.address(unit=g.p(0.5))),
            lambda: d.f("Mobility: {m}   Escort: {e}\n", m=g.ch(["wheelchair", "ambulatory", "walker", "stretcher"]),
                        e=g.ch(["none", "1 adult"])),
            lambda: d.f("Driver: {dn}   Vehicle: {col} {car}, plate {pl}\n", dn=h.name(drv, forms=["full", "first_l", "first"]),
                        col=g.ch(["white", "silver", "blue"]), car=car, pl=L("vehicle", g.plate())),
            lambda: d.f("Member phone: {ph}\n", ph=h.phone()),
        ]
        for r in g.shuffle(rows):
            r()
        d.t(g.ch(["Notes: ring bell twice, dog in yard. Return trip will-call.",
                  "Notes: Level of service A0130; 14 miles; standing order 3x/wk (dialysis).",
                  "Notes: member in room 12 at the front desk side."]))
    elif v == 1:  # dispatcher log
        d.f("DISPATCH LOG {dd}\n", dd=h.date(trip, styles=["mdy", "DD_MON_YYYY", "iso"]))
        ents = [
            lambda tm: d.f("{tm} unit {u} ({dn}) en route to {a} for {n}\n", tm=tm, u=g.ri(3, 40),
                           dn=h.name(drv, forms=["first", "first_l", "init_last"]), a=h.street(),
                           n=h.name(pt, forms=["init_last", "last", "full"])),
            lambda tm: d.f("{tm} plate {pl} reports flat tire; swap to van #{u}\n", tm=tm, pl=L("vehicle", g.plate()), u=g.ri(3, 40)),
            lambda tm: d.f("{tm} member's son {sn} called from {ph}, says pt not ready\n", tm=tm,
                           sn=h.name(g.person(sex="M"), forms=["first", "full"]), ph=h.phone()),
            lambda tm: d.f("{tm} no-show logged, ref {r}\n", tm=tm, r=h.ident("ref")),
            lambda tm: d.f("{tm} picked up, 2 bags, wheelchair secured\n", tm=tm),
        ]
        chosen = g.shuffle(ents)[:g.ri(3, 5)]
        for e, tm in zip(chosen, g.times(len(chosen))):
            e(tm)
        d.f("Shift lead: {i}", i=h.name(g.person(), forms=["initials", "first"]))
    elif v == 2:  # home-care visit schedule
        aide, nurse = g.person(), g.person()
        age = g.old_age() if g.p(0.5) else g.ri(55, 89)
        d.f("HOME CARE SCHEDULE - week of {dd}\nClient: {n}\n", dd=h.date(trip, styles=["mdy", "month_d", "mon_dth"]),
            n=h.name(pt, forms=["full", "last_first"]))
        if age > 89:
            d.f("Client is {a}; fall risk.\n", a=L("age", g.age_str(age, g.ch(["years_old", "yo_dash", "num"]))))
        else:
            d.f("Client is {a}; fall risk.\n", a=age)
        opts = [
            lambda: d.f("Address: {a} (c/o {cn})\n", a=h.address(), cn=h.name(g.person(), forms=["full"])),
            lambda: d.f("Aide {an}: Mon/Wed/Fri 9-11 AM, bathing and meals\n", an=h.name(aide, forms=["full", "first"])),
            lambda: d.f("RN {rn}: {dv} wound check, {v}\n", rn=h.name(nurse, forms=["init_last", "full"]),
                        dv=h.date(g.near(trip, 0, 6), styles=["month_dth", "md", "mon_dth"]), v=g.nm_vitals()),
            lambda: d.f("Emergency contact: {cn} {ph}\n", cn=h.name(g.person(), forms=["full", "first_l"]), ph=h.phone()),
            lambda: d.f("Agency case #{c}\n", c=h.ident("agency")),
        ]
        for o in g.shuffle(opts)[:g.ri(3, 5)]:
            o()
        d.t("Supplies: chux x2 boxes, gloves M.")
    else:  # text message thread
        d.f("SMS thread - {pn}\n", pn=g.ch(["Tri-State Medical Transport", "RideCare NEMT", "Bluestem Home Health"]))
        d.f("[Bot] Your ride for {dd} is confirmed. Driver {dn} in a {col} {car}, plate {pl}. Reply C to cancel.\n",
            dd=h.date(trip, styles=["month_d", "md", "mon_dth", "mdy_nopad"]), dn=h.name(drv, forms=["first", "first_l"]),
            col=g.ch(["white", "grey", "black"]), car=car, pl=L("vehicle", g.plate()))
        opts = [
            lambda: d.f("[Member] can u pick me up at my daughters instead, {a}\n", a=h.address()),
            lambda: d.f("[Member] its for {n} not me, im the aide\n", n=h.name(pt, forms=["lower", "lower_first", "full"])),
            lambda: d.f("[Bot] Updated. Trip ID {tr}.\n", tr=h.ident("trip")),
            lambda: d.f("[Member] call {ph} when outside\n", ph=h.phone(styles=["seven", "plain10", "dash"])),
            lambda: d.f("[Bot] Track your driver: {u}\n", u=L("url", g.url("portal").rsplit("/", 2)[0] + "/track/" + g.alnum(6).lower())),
        ]
        for o in g.shuffle(opts)[:g.ri(3, 5)]:
            o()
        d.t("[Member] ok thx")
    return d


# ---------------------------------------------------------------------------
def device_dme(g):
    d, h = Doc(), H(g)
    today = g.today()
    pt = g.person()
    pdob, _ = g.dob(20, 88, today)
    v = g.variant(4)
    if v == 0:  # CPAP compliance
        d.f("CPAP COMPLIANCE REPORT  {d1} - {d2}\nPatient: {n}   DOB: {dob}\n",
            d1=h.date(g.near(today, -30, -30), styles=["mdy", "iso", "mdy_nopad"]), d2=h.date(today, styles=["mdy", "iso", "mdy_nopad"]),
            n=h.name(pt, forms=["LAST_FIRST", "full"]), dob=h.date(pdob, styles=g.FORM_DATES))
        rows = [
            lambda: d.f("Device: AirFlow 10 AutoSet (model 37207)  Serial #: {sn}\n", sn=L("device", g.serial("cpap"))),
            lambda: d.f("Modem IP: {ip}  last upload {du}\n", ip=h.ip(), du=h.date(g.near(today, -2, 0), styles=["mdy", "mon_d_y"])),
            lambda: d.f("Usage >= 4 h: {p}% of nights; AHI {ahi}; leak 95th pct {lk} L/min\n", p=g.ri(40, 98),
                        ahi=f"{g.ri(1, 14)}.{g.ri(0, 9)}", lk=g.ri(8, 40)),
            lambda: d.f("Mask: medium nasal pillows, LOT {lot} (replace q3mo)\n", lot=g.digits(7)),
            lambda: d.f("DME: {dm}  Acct {ac}\n", dm=g.ch(["HomeAir Supply", "Prairie DME", "MedEquip Direct"]),
                        ac=L("account", g.account())),
        ]
        for r in g.shuffle(rows):
            r()
        d.f("Reviewed by {rt}, RRT", rt=h.name(g.person(), forms=["full", "initials", "init_last"]))
    elif v == 1:  # pump / CGM warranty replacement
        d.f("Subject: replacement pump - RMA {rma}\n\n", rma=h.ident("rma"))
        d.f("hi, my {kid_or_me} insulin pump (serial {sn}) started giving a motor error on {dd}. ",
            kid_or_me=g.ch(["son's", "daughter's", ""]).strip() or "own", sn=L("device", g.serial("pump")),
            dd=h.date(g.near(today, -5, -1), styles=g.CASUAL_DATES))
        opts = [
            lambda: d.f("the CGM transmitter ID is {tx} and the sensor lot is {lot}. ", tx=L("device", g.serial("cgm")),
                        lot=f"{g.digits(4)}{g.letters(1)}{g.digits(2)}"),
            lambda: d.f("basal is 0.8 units/hr, last A1c was {a}%. ", a=f"{g.ri(6, 9)}.{g.ri(0, 9)}"),
            lambda: d.f("ship to {a}. ", a=h.address()),
            lambda: d.f("member id {hp}. ", hp=L("health_plan", g.member_id())),
            lambda: d.f("my endo is dr {dn}, her fax is {fx}. ", dn=h.name(g.person(sex="F"), forms=["lower_last", "last"]), fx=h.fax()),
        ]
        for o in g.shuffle(opts)[:g.ri(3, 5)]:
            o()
        d.f("thx, {n} {ph}", n=h.name(pt, forms=["lower", "full", "first"]), ph=h.phone())
    elif v == 2:  # pacemaker remote monitoring
        age = g.old_age() if g.p(0.4) else None
        d.f("REMOTE MONITORING TRANSMISSION\nPatient: {n}  DOB {dob}\n", n=h.name(pt, forms=["LAST_FIRST_MI", "full"]),
            dob=h.date(pdob if age is None else g.near(today, -365 * age - 300, -365 * age - 5), styles=g.FORM_DATES))
        if age is not None:
            d.f("Age {a}\n", a=L("age", str(age)))
        rows = [
            lambda: d.f("Generator: dual-chamber PM, model PX-2208, SN {sn}\n", sn=L("device", g.serial("pacer"))),
            lambda: d.f("RA lead 5076-52 cm, RV lead 5076-58 cm (implanted {y})\n", y=g.ri(2012, 2022)),
            lambda: d.f("Home monitor S/N {sn} from {ip}, received {dr} {tm}\n", sn=L("device", g.serial("monitor")), ip=h.ip(),
                        dr=h.date(today, styles=["mdy", "DD_MON_YYYY", "mon_d_y"]), tm=g.nm_time()),
            lambda: d.f("Battery 8.5 yrs; AP 12%, VP 88%; no AT/AF episodes\n"),
            lambda: d.f("Device clinic: {cl}  ph {ph}\n", cl=g.ch(P.CLINICS), ph=h.phone()),
        ]
        for r in g.shuffle(rows):
            r()
        d.f("Interpreted by {dn}, MD", dn=h.name(g.person(), forms=["full", "init_last"]))
    else:  # oxygen concentrator delivery ticket with signature capture
        d.f("DELIVERY TICKET {t}\nDelivered {dd} to {n}\n{a}\n", t=h.ident("ticket"),
            dd=h.date(today, styles=g.FORM_DATES), n=h.name(pt, forms=["full", "UPPER"]), a=h.address())
        rows = [
            lambda: d.f("Item: stationary O2 concentrator 5 L, S/N {sn}; {q} E-tanks\n", sn=L("device", g.serial("o2")), q=g.ri(2, 8)),
            lambda: d.f("Item: BP cuff, serial {sn} (REF 8400-01)\n", sn=L("device", g.serial("bp"))),
            lambda: d.f("Received by: {rb} ({rel})\n", rb=h.name(g.person(), forms=["full", "first_l"]), rel=g.ch(["self", "spouse", "neighbor"])),
            lambda: d.f("Signature pad capture ID: {b}\n", b=L("biometric", g.bio("signature"))),
            lambda: d.f("Tech: {tn}   Truck plate {pl}\n", tn=h.name(g.person(), forms=["first", "first_l"]), pl=L("vehicle", g.plate())),
        ]
        for r in g.shuffle(rows):
            r()
        d.t("Order: 2 L/min continuous via NC; CPT E1390.")
    return d


# ---------------------------------------------------------------------------
def research_consent(g):
    d, h = Doc(), H(g)
    today = g.today()
    pt = g.person()
    coord = g.person()
    pi = g.person()
    v = g.variant(4)
    study = g.ch(["SLEEP-WELL", "KNEE-MOVE", "HEART-HOME", "KIDS-BREATHE", "D-TECH"])
    if v == 0:  # recruitment email reply
        d.f("From: {n} <{em}>\nTo: {cem}\nDate: {dd}\nSubject: RE: {st} study flyer\n\n",
            n=h.name(pt, forms=["full", "UPPER"]), em=h.email(pt), cem=h.email(coord),
            dd=h.date(today, styles=["mon_d_y", "d_month_y", "mdy"]), st=study)
        d.f("Hi {c},\n\n", c=h.name(coord, forms=["first", "full"]))
        opts = [
            lambda: d.f("I saw the flyer at the library and I'd like to join. I'm {a}, diagnosed in {y}. ", a=g.ri(40, 75), y=g.ri(2010, 2023)),
            lambda: d.f("My husband {hn} might be interested too. ", hn=h.name(g.person(sex="M"), forms=["first", "full"])),
            lambda: d.f("I can't come until after {dd}. ", dd=h.date(g.near(today, 5, 30), styles=["month_dth", "dth_of_month", "md", "month_d"])),
            lambda: d.f("I filled out the screener at {u}. ", u=h.url("study")),
            lambda: d.f("Best number is {ph}. ", ph=h.phone()),
            lambda: d.f("I live in the {z} zip code if that matters for the site. ", z=L("zip", g.zipc(False))),
        ]
        for o in g.shuffle(opts)[:g.ri(3, 5)]:
            o()
        d.f("\n\nThank you!\n{n}", n=h.name(pt, forms=["first", "full"]))
    elif v == 1:  # screening log
        d.f("{st} PRE-SCREENING LOG  Site 04  Coordinator: {c}\n", st=study, c=h.name(coord, forms=["init_last", "full"]))
        for _ in range(g.ri(2, 3)):
            q = g.person()
            older = g.p(0.25)
            d.f("- {dd} | {n} | ", dd=h.date(g.near(today, -20, 0), styles=["mdy", "mdy_short", "md"]),
                n=h.name(q, forms=["last_first", "initials", "full"]))
            if older:
                d.f("age {a} | ", a=L("age", str(g.old_age())))
            else:
                d.f("age {a} | ", a=g.ri(18, 89))
            d.f("{ph} | {res}\n", ph=h.phone(styles=["dash", "dot", "paren"]),
                res=g.ch(["eligible, consent visit booked", "excluded: eGFR 22", "declined", "LVM x2", "excluded: A1c 11.2%"]))
        d.t("Screen failures are not assigned study IDs.")
    elif v == 2:  # consent signature page
        wit, interp = g.person(), g.person()
        d.f("CONSENT TO PARTICIPATE IN RESEARCH - {st} (IRB #2023-0417)\nSignature page (page 14 of 14)\n\n", st=study)
        d.f("Participant name (print): {n}\nStudy ID: {sid}\nSignature: {s}   Date: {dd}\n",
            n=h.name(pt, forms=["full", "full_mi", "UPPER"]), sid=h.ident("study"), s=h.name(pt, forms=["initials", "full"]),
            dd=h.date(today, styles=g.FORM_DATES))
        opts = [
            lambda: d.f("Person obtaining consent: {c}   Date: {dd}\n", c=h.name(coord, forms=["full", "init_last"]),
                        dd=h.date(today, styles=["mdy", "mdy_short"])),
            lambda: d.f("Witness: {w}\n", w=h.name(wit, forms=["full", "first_l"])),
            lambda: d.f("Interpreter: {i} (ID {iid}), language: {lang}\n", i=h.name(interp, forms=["full", "init_last"]),
                        iid=h.ident("interp"), lang=g.ch(["Spanish", "Vietnamese", "Somali", "Haitian Creole", "Arabic"])),
            lambda: d.f("Payment card registered with palm-vein template ID {b}\n", b=L("biometric", g.bio("palm"))),
            lambda: d.f("Principal investigator: {p}, MD, PhD\n", p=h.name(pi, forms=["full", "init_last"])),
        ]
        for o in g.shuffle(opts)[:g.ri(3, 5)]:
            o()
        d.f("Questions about your rights: IRB office {ph}, {em}", ph=h.phone(), em=L("email", "irb@example.org"))
    else:  # withdrawal letter
        d.f("{dd}\n\n{n}\n{a}\n\nDear {sal},\n\n", dd=h.date(today, styles=["month_d_y", "mdy"]),
            n=h.name(pt, forms=["full", "full_mi"]), a=h.address(), sal=h.name(pt, forms=["full", "first"]))
        d.f("This confirms that you withdrew from the {st} study (participant ID {sid}) on {dw}. ",
            st=study, sid=h.ident("study"), dw=h.date(g.near(today, -10, -1), styles=["month_d_y", "mdy"]))
        opts = [
            lambda: d.f("Samples already collected (accession {acc}) will be destroyed. ", acc=h.ident("accession")),
            lambda: d.f("Your final payment of {m} was loaded to your card. ", m=g.nm_money()),
            lambda: d.f("You completed visits 1-4 of 6. "),
            lambda: d.f("Your study device, serial {sn}, may be returned by mail. ", sn=L("device", g.serial("generic"))),
        ]
        for o in g.shuffle(opts)[:g.ri(2, 4)]:
            o()
        d.f("\n\nSincerely,\n{c}, Research Coordinator\n{ph} | {em}", c=h.name(coord, forms=["full", "full_mi"]),
            ph=h.phone(), em=h.email(coord))
    return d


# ---------------------------------------------------------------------------
def roi_request(g):
    d, h = Doc(), H(g)
    today = g.today()
    pt = g.person()
    pdob, _ = g.dob(1, 89, today)
    v = g.variant(5)
    if v == 4:  # automated confirmation e-mail of an online request
        d.f("From: {nr}\nTo: {em}\nSubject: Your records request {cc}\n\n", nr=L("email", g.ch(["no-reply@example.org", "him-requests@example.com"])),
            em=h.email(pt), cc=h.ident("conf"))
        d.f("Hi {f},\n\nWe received your request on {dr} for the records of {n} (DOB {dob}). ",
            f=h.name(pt, forms=["first", "UPPER"]), dr=h.date(today, styles=["month_d_y", "mdy", "mon_d_y"]),
            n=h.name(pt, forms=["full", "full_mi"]), dob=h.date(pdob, styles=g.FORM_DATES))
        opts = [
            lambda: d.f("Delivery: electronic download at {u} (link expires {de}). ", u=h.url("roi"),
                        de=h.date(g.near(today, 30, 30), styles=["month_d_y", "mdy"])),
            lambda: d.f("Estimated completion: 30 days. Fee: $6.50 for 14 pages. "),
            lambda: d.f("Reference: {r}. ", r=h.ident("roi")),
            lambda: d.f("Request submitted from IP {ip}. ", ip=h.ip()),
        ]
        for o in g.shuffle(opts)[:g.ri(2, 4)]:
            o()
        d.f("\n\nIf you did not make this request, call {ph}.", ph=h.phone())
        return d
    if v in (0, 1):
        recip = g.person()
        d.t(g.ch(["AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION\n", "ROI REQUEST FORM\n"]))
        rows = [
            lambda: d.f("Patient name: {n}\n", n=h.name(pt, forms=["full", "LAST_FIRST_MI", "last_first"])),
            lambda: d.f("Date of birth: {dob}\n", dob=h.date(pdob, styles=g.FORM_DATES)),
            lambda: d.f("MRN: {m}\n", m=L("mrn", g.mrn())),
            lambda: d.f("Phone: {ph}\n", ph=h.phone()),
            (lambda: d.f("Address: {a}\n", a=h.address())) if g.p(0.4) else (lambda: h.street_fields(d, "Street:")),
        ]
        for r in rows[:1] + g.shuffle(rows[1:]):
            r()
        if v == 0:
            d.f("\nRelease to: {rn}\n{ra}\nFax: {fx}\n", rn=h.name(recip, forms=["full", "full_mi"]), ra=h.address(), fx=h.fax())
        else:
            d.f("\nRelease to: [X] myself via secure e-mail {em}  [ ] upload link {u}\n", em=h.email(pt), u=h.url("roi"))
        d.f("Records: [X] office notes [X] labs [ ] imaging [ ] HIV/STD [ ] mental health\n"
            "Dates of service: from {d1} to {d2}\nPurpose: {pp}\nThis authorization expires on {de}.\n",
            d1=h.date(g.near(today, -700, -300), styles=g.FORM_DATES), d2=h.date(g.near(today, -30, 0), styles=g.FORM_DATES),
            pp=g.ch(["continuity of care", "personal use", "insurance", "legal"]),
            de=h.date(g.near(today, 180, 365), styles=g.FORM_DATES))
        if g.p(0.5):
            rep = g.person()
            d.f("Signed by: {r} ({rel})  Date: {dd}\n", r=h.name(rep, forms=["full", "first_l"]),
                rel=g.ch(["parent", "POA", "guardian"]), dd=h.date(today, styles=["mdy", "mdy_short"]))
        else:
            d.f("Patient signature: {s}  Date: {dd}\n", s=h.name(pt, forms=["initials", "full"]), dd=h.date(today, styles=["mdy", "mdy_short"]))
        d.f("For office use: ROI request #{r}, {pg} pages, fee {m}", r=h.ident("roi"), pg=g.ri(4, 220), m=g.nm_money())
    elif v == 2:  # HIM staff tracking note
        clerk = g.person()
        d.f("HIM ROI TRACKING - request {r}\n", r=h.ident("roi"))
        ents = [
            lambda: d.f("{dd}: rec'd from {req} for {n} (DOB {dob}); SSN on form {ssn} verified against chart.\n",
                        dd=h.date(g.near(today, -20, -15), styles=["mdy", "mdy_short"]),
                        req=g.ch(["patient", "Keystone Mutual Health", "SSA Disability", "attorney"]),
                        n=h.name(pt, forms=["LAST_FIRST", "full"]), dob=h.date(pdob, styles=g.FORM_DATES), ssn=L("ssn", g.ssn()[0])),
            lambda: d.f("{dd}: invoice {inv} sent, {pg} pages.\n", dd=h.date(g.near(today, -14, -8), styles=["mdy", "mdy_short"]),
                        inv=h.ident("invoice"), pg=g.ri(8, 300)),
            lambda: d.f("{dd}: shipped via tracking {t}.\n", dd=h.date(g.near(today, -7, -1), styles=["mdy", "mdy_short"]),
                        t=h.ident("tracking")),
            lambda: d.f("{dd}: requester called from {ph} asking status.\n", dd=h.date(g.near(today, -7, -1), styles=["mdy", "mdy_short"]),
                        ph=h.phone()),
        ]
        for e in g.shuffle(ents)[:g.ri(3, 4)]:
            e()
        d.f("-- {i}", i=h.name(clerk, forms=["initials", "first_l"]))
    else:  # patient letter asking for records, casual
        d.f("{dd}\n\nMedical Records Dept\n{cl}\n\n", dd=h.date(today, styles=["month_d_y", "mdy", "dth_of_month_y"]), cl=g.ch(P.CLINICS))
        d.f("Hello, I need a copy of my records from when I had my {proc} on {dp}. ",
            proc=g.ch(["knee surgery", "baby", "gallbladder out", "heart cath"]), dp=h.date(g.near(today, -800, -60),
                                                                                          styles=["month_dth", "month_d_y", "dth_of_month_y", "mdy"]))
        opts = [
            lambda: d.f("My name then was {mn} (maiden name), now {nn}. ", mn=h.name(g.person(sex="F"), forms=["full"]),
                        nn=h.name(pt, forms=["full"])),
            lambda: d.f("My birthday is {dob}. ", dob=h.date(pdob, styles=g.FORM_DATES + ["month_dth"])),
            lambda: d.f("Please mail to {a} or email {em}. ", a=h.address(), em=h.email(pt)),
            lambda: d.f("I will pay the {m} fee. ", m=g.nm_money()),
            lambda: d.f("My new doctor {dn} needs them by {db}. ", dn=h.name(g.person(), forms=["full", "full_mi"]),
                        db=h.date(g.near(today, 10, 40), styles=["month_dth", "md"])),
        ]
        for o in g.shuffle(opts)[:g.ri(3, 5)]:
            o()
        d.f("\n\nThank you, {n}\n{ph}", n=h.name(pt, forms=["full", "full_mi"]), ph=h.phone())
    return d


# ---------------------------------------------------------------------------
def legal_letter(g):
    d, h = Doc(), H(g)
    today = g.today()
    client = g.person()
    atty = g.person()
    cdob, _ = g.dob(18, 85, today)
    firm = g.ch(P.LAW_FIRMS)
    v = g.variant(4)
    d.f("{firm}\n{fa}\nTel {ph}  Fax {fx}\n\n{dd}\n\n", firm=firm, fa=h.address(unit=g.p(0.5)), ph=h.phone(), fx=h.fax(),
        dd=h.date(today, styles=["month_d_y", "d_month_y", "mdy"]))
    if v == 0:  # attorney records request
        d.f("VIA FAX: {fx}\nCustodian of Records\n{cl}\n\nRE: Our client: {n}\n     DOB: {dob}\n     Date of incident: {di}\n     Our file no.: {fn}\n\n",
            fx=h.fax(), cl=g.ch(P.CLINICS), n=h.name(client, forms=["full", "full_mi", "UPPER"]),
            dob=h.date(cdob, styles=g.FORM_DATES), di=h.date(g.near(today, -400, -30), styles=g.FORM_DATES), fn=h.ident("file"))
        d.t("Dear Custodian:\n\nThis office represents the above client for injuries sustained in a motor vehicle collision. ")
        opts = [
            lambda: d.f("Police report #{pr} is enclosed. ", pr=h.ident("police")),
            lambda: d.f("The at-fault vehicle bore plate {pl}. ", pl=L("vehicle", g.plate())),
            lambda: d.f("Please include billing under account {ac}. ", ac=L("account", g.account())),
            lambda: d.f("The client's SSN is {ssn} for identification only. ", ssn=L("ssn", g.ssn()[0])),
            lambda: d.f("Records may be uploaded at {u}. ", u=h.url("upload")),
        ]
        for o in g.shuffle(opts)[:g.ri(2, 4)]:
            o()
        d.t("A signed HIPAA authorization is attached (3 pages). ")
    elif v == 1:  # subpoena duces tecum
        d.f("SUBPOENA DUCES TECUM\nCase No. {cn}\n{p} v. {dfn}\n\n", cn=h.ident("court"),
            p=h.name(client, forms=["full", "UPPER", "last"]), dfn=g.ch(["Harborline Transit Co.", "Kessel Auto Parts, Inc.", "Marl Valley Poultry LLC"]))
        d.f("TO: Custodian of Records, {cl}\n\nYOU ARE COMMANDED to produce all records pertaining to {n}, date of birth {dob}, ",
            cl=g.ch(P.CLINICS), n=h.name(client, forms=["full", "full_mi", "LAST_FIRST_MI"]), dob=h.date(cdob, styles=g.FORM_DATES))
        d.f("for the period {d1} through {d2}, ", d1=h.date(g.near(today, -900, -500), styles=g.FORM_DATES),
            d2=h.date(g.near(today, -30, 0), styles=g.FORM_DATES))
        opts = [
            lambda: d.f("including records under MRN {m}, ", m=L("mrn", g.mrn())),
            lambda: d.f("including claim {c} with the workers' compensation carrier, ", c=L("id", g.ident("wc"))),
            lambda: d.f("including imaging accession {ac}, ", ac=h.ident("accession")),
        ]
        for o in g.shuffle(opts)[:g.ri(1, 3)]:
            o()
        d.f("on or before {dd} at 10:00 AM.\n", dd=h.date(g.near(today, 14, 30), styles=["month_d_y", "dth_of_month_y"]))
    elif v == 2:  # APS letter
        age = g.old_age()
        d.f("Adult Protective Services\nRE: APS case #{c}\nAlleged victim: {n}, {a}\n\n", c=L("id", g.ident("aps")),
            n=h.name(client, forms=["full", "LAST_FIRST_MI"]), a=L("age", g.age_str(age, g.ch(["yo_dash", "y/o", "words_yo", "years_old"]))))
        d.f("Our office was appointed guardian ad litem on {dg}. The client resides at {a} ", dg=h.date(g.near(today, -60, -5), styles=["month_d_y", "mdy"]),
            a=h.address())
        rel = g.ch(["grandson", "nephew", "granddaughter", "niece", "caregiver"])
        d.f("with {rel} {r}. ", rel=(client.his + " " + rel) if rel != "caregiver" else "a caregiver,",
            r=h.name(g.person(sex="M" if rel in ("grandson", "nephew") else ("F" if rel != "caregiver" else None)), forms=["full", "full_mi"]))
        opts = [
            lambda: d.f("Bank account {ac} showed withdrawals of {m}. ", ac=L("account", g.digits(10)), m=g.nm_money()),
            lambda: d.f("The caregiver drives a {car}, plate {pl}. ", car=g.ch(P.CARS), pl=L("vehicle", g.plate())),
            lambda: d.f("Medicare ID {mbi}. ", mbi=L("health_plan", g.mbi())),
            lambda: d.f("Please contact the caseworker, {cw}, at {ph}. ", cw=h.name(g.person(), forms=["full", "init_last"]), ph=h.phone()),
        ]
        for o in g.shuffle(opts)[:g.ri(2, 4)]:
            o()
    else:  # workers' comp
        emp = g.ch(P.EMPLOYERS)
        d.f("RE: Workers' Compensation Claim {wc}\nEmployee: {n}  DOB {dob}\nEmployer: {emp}\nDate of injury: {di}\n\n",
            wc=L("id", g.ident("wc")), n=h.name(client, forms=["full", "LAST_FIRST"]), dob=h.date(cdob, styles=g.FORM_DATES),
            emp=emp, di=h.date(g.near(today, -200, -20), styles=g.FORM_DATES))
        opts = [
            lambda: d.f("The IME with Dr. {dn} is set for {dd}. ", dn=h.name(g.person(), forms=["last", "full"]),
                        dd=h.date(g.near(today, 10, 40), styles=["month_d_y", "mdy", "month_dth"])),
            lambda: d.f("Please note the employee's new address: {a}. ", a=h.address()),
            lambda: d.f("The adjuster, {aj}, can be reached at {em}. ", aj=h.name(g.person(), forms=["full", "first_l"]), em=h.email()),
            lambda: d.f("Wage statement shows employee ID {eid} and SSN {ssn}. ", eid=h.ident("employee"), ssn=L("ssn", g.ssn()[0])),
        ]
        for o in g.shuffle(opts)[:g.ri(2, 4)]:
            o()
    d.f("\n\nVery truly yours,\n\n{an}, Esq.\n{em}", an=h.name(atty, forms=["full", "full_mi"]), em=h.email(atty))
    return d


# ---------------------------------------------------------------------------
def lab_requisition(g):
    d, h = Doc(), H(g)
    today = g.today()
    pt = g.person()
    pdob, page = g.dob(1, 89, today)
    doc = g.person()
    v = g.variant(4)
    icd, dx = g.ch(P.ICD10)
    if v == 0:  # requisition
        d.f("LAB REQUISITION    Req #: {r}\n", r=h.ident("req"))
        rows = [
            lambda: d.f("Patient: {n}   Sex: {s}   DOB: {dob}\n", n=h.name(pt, forms=["LAST_FIRST_MI", "LAST_FIRST", "full"]),
                        s=pt.sex, dob=h.date(pdob, styles=g.FORM_DATES)),
            lambda: d.f("MRN: {m}\n", m=L("mrn", g.mrn())),
            lambda: d.f("Bill to: [X] Insurance {payer}  Member {hp}\n", payer=g.ch(P.PAYERS), hp=L("health_plan", g.member_id())),
            lambda: d.f("Ordering provider: {dn}   NPI {npi}\n", dn=h.name(doc, forms=["LAST_FIRST", "full", "init_last"]), npi=L("license", g.npi())),
            lambda: d.f("Pt phone {ph}\n", ph=h.phone()),
            lambda: d.f("Pt ZIP {z}\n", z=L("zip", g.zipc(False))),
        ]
        for r in rows[:1] + g.shuffle(rows[1:]):
            r()
        d.f("Tests: CMP (80053), CBC w/diff (85025), HbA1c (83036)\nDx: {icd}\nFasting: Y   Collected: {dc} {tm} by {i}\n",
            icd=icd, dc=h.date(today, styles=["mdy", "mdy_short", "iso"]), tm=g.nm_time(), i=h.name(g.person(), forms=["initials"]))
        d.f("Accession {a}", a=h.ident("accession"))
    elif v == 1:  # specimen label / wristband
        d.f("*** SPECIMEN LABEL ***\n{n}\nDOB {dob}  ({age}{sx})\nWristband: {wb}\nAcc# {acc}\nCollected {dc} {tm}  Tube: lavender 4 mL\n",
            n=h.name(pt, forms=["LAST_FIRST", "LAST_FIRST_nospace"]), dob=h.date(pdob, styles=["mdy", "mdy_short"]),
            age=page, sx=pt.sex, wb=h.ident("wristband"), acc=h.ident("accession"), dc=h.date(today, styles=["mdy", "mdy_short"]),
            tm=g.nm_time())
        d.f("Belongings locker {lk} (bed 3, room {rm})\n", lk=h.ident("locker"), rm=g.ri(100, 699))
        d.f("Collected by: {i}", i=h.name(g.person(), forms=["initials"]))
    elif v == 2:  # reference lab fax with results
        age = g.old_age() if g.p(0.4) else None
        d.f("REFERENCE LAB REPORT - faxed to {fx}\nPatient: {n}", fx=h.fax(), n=h.name(pt, forms=["LAST_FIRST_MI", "full"]))
        if age:
            d.f(" ({a}{sx})", a=L("age", str(age)), sx=pt.sex)
        else:
            d.f(" ({a}{sx})", a=page, sx=pt.sex)
        d.f("\nDOB: {dob}   Acct: {ac}\n", dob=h.date(pdob if age is None else g.near(today, -365 * age - 300, -365 * age - 5), styles=g.FORM_DATES),
            ac=L("account", g.account()))
        res = [g.nm_lab() for _ in range(g.ri(3, 5))]
        d.t("Results: " + "; ".join(res) + "\n")
        d.f("Reported {dr}. Critical value called to {rn}, RN at {tm} (read-back verified).\n",
            dr=h.date(today, styles=["DD_MON_YYYY", "mdy", "iso"]), rn=h.name(g.person(), forms=["init_last", "full", "first_l"]), tm=g.nm_time())
        d.f("Ordering: {dn}. Page 1 of 2.", dn=h.name(doc, forms=["full", "LAST_FIRST"]))
    else:  # courier pickup log
        d.f("COURIER PICKUP LOG - {dd}\nRoute {rt}  Driver {dn}  Van plate {pl}\n", dd=h.date(today, styles=["mdy", "iso", "mon_d_y"]),
            rt=g.ri(1, 30), dn=h.name(g.person(), forms=["first", "full", "first_l"]), pl=L("vehicle", g.plate()))
        for tm in g.times(g.ri(2, 4)):
            d.f("{tm}  {cl}, {ca}  boxes {b}  req {r}\n", tm=tm, cl=g.ch(P.CLINICS), ca=h.street(unit=g.p(0.5), po=False),
                b=g.ri(1, 6), r=h.ident("req"))
        d.f("Temp log 2-8 C OK. Received at lab by {i}.", i=h.name(g.person(), forms=["initials", "first_l"]))
    return d
