"""Style builders 9-16 for the dev2 corpus."""

from phigen import V
from common import *  # noqa: F401,F403


def _d(r, kinds=None, y0=2022, y1=2026):
    return lambda: date_v(r, rand_date(r, y0, y1), kinds=kinds)


def _id(r, *patterns, t="id"):
    return V(pat(r, r.choice(patterns)), t)


# ---------------------------------------------------------------------------
# 9. lab requisitions
# ---------------------------------------------------------------------------

TESTS = [("CMP", "80053", "24323-8"), ("CBC w/ diff", "85025", "57021-8"), ("Lipid panel", "80061", "57698-3"),
         ("PT/INR", "85610", "6301-6"), ("TSH", "84443", "3016-3"), ("HbA1c", "83036", "4548-4"),
         ("Urinalysis w/ micro", "81001", "24357-6"), ("Vitamin B12", "82607", "2132-9"),
         ("BNP", "83880", "30934-4"), ("Magnesium", "83735", "19123-9"), ("Thin prep Pap", "88175", "19762-4")]


def lab_requisition(d):
    r = d.rng
    pt = d.person()
    P = pr(pt)
    dr = d.person()
    age = pick_age(r, 0.45)
    vb = verbosity(r)
    lab = r.choice(LABS)
    cd = rand_date(r, 2022, 2026)
    d.f("{lab} - <<TEST REQUISITION|Outpatient Requisition|LAB ORDER / REQUISITION FORM>>\n", lab=lab.upper() if r.random() < 0.5 else lab)
    d.pick(["Requisition # {rq}   <<Barcode|Bar code>> {bc}\n", "Req no. {rq}\n", "REQ {rq}  |  page 1 of 1\n"],
           rq=_id(r, "RQ-9999999", "99999999", "R99-999999"), bc=_id(r, "9999 9999 9999", "A999999999"))
    d.f("\nPATIENT\n")
    bd = date_v(r, dob(r, age), kinds=["us", "us", "us_short", "iso"])
    d.pick(["Name: {pn}   Sex: {F}   DOB: {bd}\n", "{pn}  ({F})  DOB {bd}\n",
            "Last, First: {pn}\nDate of birth: {bd}   Gender: {F}\n"],
           pn=r.choice([pt.formal_caps(), pt.formal(), pt.caps()]), bd=bd, **P)
    if age > 89:
        d.pick(["Age: {a}\n", "Age {a} yrs\n", "(pt is {ay})\n"], a=age_num(age), ay=age_yo(r, age))
    home = place_res(r, 0.15)
    d.pick(["Address: {addr}\nPhone: {ph}\n", "Addr: {street}, {tl}   Tel {ph}\n", "Home: {addr}  Cell: {ph}\n",
            "Street: {street}\nCity: {town}   ZIP: {zip}\nPhone: {ph}\n"],
           addr=home.v_line(), street=home.v_street(), town=home.v_town(), zip=V(home.postal, "zip", reg=home.reg()), tl=(home.v_town_line() if home.region and home.country == "US" else home.v_town()),
           ph=V(phone_home(r), "phone"))
    d.pick(["MRN {mrn}   Acct {acct}\n", "MR# {mrn} / Encounter acct {acct}\n", "Patient ID (MRN): {mrn}\n"],
           mrn=_id(r, "99999999", "M9999999", "999-999-99", t="mrn"), acct=_id(r, "9999999999", "E99999999", t="account"))
    if r.random() < 0.5:
        d.f("\nBILL TO: <<Insurance|Third party>>\n")
        d.f("{payer}  Member ID {hp}\n", payer=r.choice(PAYERS), hp=_id(r, "AAA999999999", "A99999999", "999999999-01", t="health_plan"))
    else:
        d.f("\nBILL TO: Medicare\n")
        d.f("Medicare MBI {mbi}<<   Secondary: {payer} {hp}|>>\n", mbi=V(mbi(r), "health_plan"), payer=r.choice(PAYERS),
            hp=_id(r, "AAA999999999", "99999A99", t="health_plan"))
    sub = d.person(family=pt.family if r.random() < 0.6 else None)
    d.maybe(vb * 0.7, ["Subscriber: {sn} (<<spouse|child|self>>)   Subscriber DOB {sbd}\n",
                       "Guarantor: {sl}, {saddr}\n"],
            sn=sub.formal_caps(), sbd=date_v(r, dob(r, r.randint(40, 88)), kinds=["us"]), sl=sub.lower(),
            saddr=place_us(r).v_line())
    d.f("\nORDERING PROVIDER\n{dn}<<, MD|, DO|, NP>>   NPI {npi}\n", dn=r.choice([dr.formal(), dr.full(), dr.init()]),
        npi=V(npi(r), "license"))
    d.maybe(0.7, ["Clinic: {clin}, {caddr}   Ph {ph}   Fax {fx}\n", "Send results to fax {fx}; phone {ph}\n"],
            clin=r.choice(CLINICS), caddr=place_us(r).v_line(), ph=V(phone_us(r), "phone"), fx=V(phone_us(r), "fax"))
    d.maybe(0.4, ["Copy to: Dr. {cc}, fax {fx}\n"], cc=lambda: d.person().full(), fx=V(phone_us(r), "fax"))
    d.f("\nDIAGNOSIS (ICD-10): ")
    d.f(", ".join(c for c, _ in dx(r, r.randint(1, 3))) + "\n")
    d.f("\nTESTS ORDERED\n")
    for name, cpt, loinc in r.sample(TESTS, r.randint(2, 5)):
        d.f("[x] %s  CPT %s  LOINC %s\n" % (name, cpt, loinc))
    d.f("\nCOLLECTION\nDate {cd}  Time {t}  Fasting: <<Y|N|unknown>>\nTubes: {tubes}\n",
        cd=date_v(r, cd, kinds=["us", "us_short", "iso", "dd_mon_yyyy"]), t=clock(r),
        tubes=r.choice(["2 lavender, 1 SST, 1 light blue", "1 gold, 1 lavender", "urine cup x1, 1 green",
                        "ThinPrep vial x1"]))
    d.pick(["Collected by: {cb}\n", "Phleb: {cb}   Site: <<L AC|R hand|home draw>>\n", "Drawn by {cb} at {rm}\n"],
           cb=lambda: d.person().sig(), rm=room(r))
    d.maybe(vb, ["Specimen ID {sid}\n", "Cytology specimen {sid} - slides x2\n", "Surgical pathology {sid} (block A1)\n",
                 "Aliquot label {sid}\n"],
            sid=_id(r, "CY-999999", "S99-99999", "SP999999", "99AA99999"))
    d.maybe(vb * 0.8, ["Notes: compare with prior specimen {ps} collected {pd}. Radiology accession {ra} (CT chest) on file.\n",
                       "Notes: repeat INR in 1 week; last INR {inr} on {pd}.\n",
                       "Notes: pt on {dose}; draw trough before AM dose.\n",
                       "Notes: hemolyzed on {pd}, recollect. Previous requisition {ps}.\n"],
            ps=_id(r, "RQ-9999999", "CY-999999"), pd=_d(r, ["md", "us_short", "day_mon"]),
            ra=_id(r, "RA99999999", "RAD-999999"), inr="%.1f" % r.uniform(1.2, 4.5), dose=r.choice(DOSES))
    d.maybe(vb * 0.5, ["Patient signature captured on pad (signature record {sig})\n",
                       "ABN signed electronically - signature capture ID {sig}\n",
                       "ID verified by fingerprint scan, template ref {sig}\n"],
            sig=_id(r, "SIG-99999999", "SP9999999", "FPT-999999-9", t="biometric"))
    d.maybe(vb * 0.6, ["Courier pick-up: stop 14, route B, {t}. Temp log 4.2 °C.\n", "{look}\n"],
            t=clock(r), look=lookalike(r))


# ---------------------------------------------------------------------------
# 10. device / implant registry forms
# ---------------------------------------------------------------------------

DEVICES = [
    ("dual-chamber pacemaker", "CV-2280 DR", "pacer"), ("single-chamber ICD", "HX-1120 VR", "pacer"),
    ("CRT-D", "NT-4400 CRT-D", "pacer"), ("total hip - acetabular cup", "OR-54 cup 54 mm", "ortho"),
    ("total knee - femoral component", "OR-FK size 5", "ortho"), ("insulin pump", "IN-770", "pump"),
    ("cochlear implant", "AU-CI632", "ear"), ("implantable loop recorder", "CV-LINQ 2", "pacer"),
    ("spinal cord stimulator", "NT-SC9", "stim"), ("intrathecal drug pump", "NT-IT40 40 mL", "stim"),
]


def device_registry(d):
    r = d.rng
    pt = d.person()
    P = pr(pt)
    impl = d.person()
    age = pick_age(r, 0.4)
    vb = verbosity(r)
    kind, model, fam = r.choice(DEVICES)
    vendor = r.choice(VENDORS)
    idate = rand_date(r, 2019, 2026)
    d.f("<<IMPLANTABLE DEVICE REGISTRY - REGISTRATION FORM|Device Tracking Form (manufacturer copy)|"
        "National Joint & Implant Registry - implant record|Patient Device Registration>>\n")
    d.pick(["Registry ID {rid}   Form rev. %d\n" % r.randint(2019, 2025), "Record {rid}\n", "Tracking no. {rid}\n"],
           rid=_id(r, "IR-99999999", "99999999", "NJR-AA-999999"))
    d.f("\n1. PATIENT\n")
    d.pick(["Name: {pn}\nDate of birth: {bd}   Sex: {F}\n", "Patient name (last, first): {pn}   DOB {bd}\n",
            "{pn} - born {bd}\n"],
           pn=r.choice([pt.formal_caps(), pt.formal(), pt.full()]),
           bd=date_v(r, dob(r, age, ref=idate), kinds=["us", "iso", "dmy_long", "dd_mon_yyyy"]), **P)
    if age > 89:
        d.pick(["Age at implant: {a}\n", "Age {a} at time of procedure.\n"], a=age_num(age))
    home = place_res(r, 0.25)
    d.pick(["Address: {addr}\nPhone: {ph}\n", "Mailing address {addr}; tel. {ph}\n",
            "Street: {st}\nCity/Town: {town}   Postal code: {zip}\nPhone {ph}\n"],
           addr=home.v_line(), st=home.v_street(), town=home.v_town(), zip=V(home.postal or zip5(r), "zip"),
           ph=V(phone_home(r), "phone"))
    d.maybe(0.7, ["Hospital MRN {mrn}\n", "MRN: {mrn}   SSN (last form only): {ssn}\n", "Med Rec # {mrn}\n"],
            mrn=_id(r, "99999999", "A9999999", t="mrn"), ssn=V(ssn(r), "ssn"))
    d.f("\n2. DEVICE\n")
    d.f("Type: %s   Manufacturer: %s   Model: %s\n" % (kind, vendor, model))
    if fam == "pacer":
        d.pick(["Serial number: {sn}\n", "SN {sn}\n", "Generator serial {sn}\n"],
               sn=_id(r, "AAA999999A", "AA9999999", "999999999", t="device"))
        d.f("Leads:\n")
        for pos in r.sample(["RA", "RV", "LV"], r.randint(1, 2)):
            d.f("  %s lead, model %s - serial {sn}\n" % (pos, r.choice(["5076-52 cm", "5076-58 cm", "4598-88 cm", "3830-69 cm"])),
                sn=_id(r, "AAA9999999V", "AAA999999", "AA99999999", t="device"))
        d.maybe(0.8, ["Remote monitor: bedside transmitter model 24950, SN {rm}, paired {pd}.\n",
                      "Home monitor serial {rm}; first transmission {pd}.\n"],
                rm=_id(r, "AAA999999A", "RM-9999999", t="device"),
                pd=date_v(r, shift(idate, r.randint(1, 20)), kinds=["us", "md", "iso"]))
    elif fam == "ortho":
        d.pick(["Catalogue ref %s   Lot {lot}\n" % pat(r, "9999-99"), "Implant lot {lot} (ref %s)\n" % pat(r, "99999-99"),
                "Lot no. {lot}; serial {sn}\n"],
               lot=_id(r, "AAA999999A", "999999AA", t="device"), sn=_id(r, "A9999999", t="device"))
        d.f("Bearing: ceramic-on-poly 36 mm; liner lot {lot}; cement: none.\n", lot=_id(r, "AA9999999", t="device"))
    elif fam == "pump":
        d.pick(["Pump serial {sn}\n", "(pump {sn})\n", "Serial no. {sn} - replacement for {old}\n"],
               sn=_id(r, "a9a999999", "aa9999999", "AAA999999A", t="device"), old=_id(r, "a9a999999", t="device"))
        d.maybe(0.7, ["CGM transmitter ID {tx}\n", "Paired sensor transmitter {tx}\n"], tx=_id(r, "9A9A9A", "AA99999", t="device"))
        d.f("Basal 0.6 U/h 00:00-06:00, 0.8 U/h 06:00-22:00; ICR 1:10; ISF 1:40.\n")
    else:
        d.pick(["Implant serial {sn}\n", "Receiver-stimulator SN {sn}; processor SN {sn2}\n"],
               sn=_id(r, "AA999999", "9999999A", t="device"), sn2=_id(r, "A9999999", t="device"))
    d.f("\n3. PROCEDURE\nImplant date: {idt}   Facility: {fac}\n",
        idt=date_v(r, idate, kinds=["us", "iso", "long", "dd_mon_yyyy", "compact"]), fac=r.choice(HOSPITALS))
    d.maybe(0.6, ["Facility address: {faddr}\n"], faddr=place_us(r).v_line())
    d.pick(["Implanting physician: {dn}<<, MD|>>   NPI {npi}\n", "Surgeon {dn} (NPI {npi})\n",
            "Implanter: Dr. {dn}   State licence {lic}\n"],
           dn=r.choice([impl.full(), impl.formal(), impl.init()]), npi=V(npi(r), "license"),
           lic=_id(r, "MD99999", "99-999999", "A99999", t="license"))
    ind = {"pacer": [("I44.2", "complete heart block", "33208"), ("I49.5", "sick sinus syndrome", "33208"),
                     ("I42.0", "dilated cardiomyopathy, EF 25%", "33249"), ("R55", "recurrent syncope", "33285")],
           "ortho": [("M16.11", "primary osteoarthritis, right hip", "27130"),
                     ("M17.12", "primary osteoarthritis, left knee", "27447")],
           "pump": [("E10.65", "type 1 diabetes with hyperglycaemia", "E0784")],
           "ear": [("H90.3", "bilateral sensorineural hearing loss", "69930")],
           "stim": [("M96.1", "postlaminectomy syndrome", "63685"), ("G89.4", "chronic pain syndrome", "62362")]}[fam]
    icd, desc, code = r.choice(ind)
    d.f("Indication: %s (%s). Procedure code %s.\n" % (desc, icd, code))
    intra = {"pacer": ["Intra-op: R-wave 11.2 mV, pacing threshold 0.6 V @ 0.4 ms, impedance 540 ohms.\n",
                       "Fluoroscopy time 4.1 min; EBL 25 mL; no complications.\n"],
             "ortho": ["Post-op x-ray satisfactory; leg lengths equal within 3 mm.\n",
                       "Spinal anaesthesia; tranexamic acid 1 g IV; EBL 300 mL.\n"],
             "pump": ["Pump training completed, 2 h; patient demonstrated cannula change.\n"],
             "ear": ["Electrode array fully inserted (22 contacts); impedances normal.\n"],
             "stim": ["Trial 7 days with 60% pain relief prior to permanent implant.\n"]}[fam]
    d.maybe(vb, intra)
    d.maybe(vb * 0.8, ["\n4. REPLACED / EXPLANTED DEVICE\nPrior device serial {old}, implanted {od}, explanted {ed} (battery ERI).\n",
                       "\n4. RECALL / ADVISORY\nAdvisory notice ref {adv} reviewed with patient on {ed}.\n"],
            old=_id(r, "AAA999999A", "AA9999999", t="device"), od=_d(r, ["us", "mon_year"], 2008, 2018),
            ed=date_v(r, idate, kinds=["us", "md"]), adv=_id(r, "FSCA-9999-99", "ADV99999"))
    d.f("\n5. FOLLOW-UP\n")
    d.pick(["Device clinic: {clin}, phone {ph}. First check {fd}.\n",
            "Follow-up at {clin} on {fd}; questions {ph} or {em}.\n",
            "Patient to send remote transmission on {fd}; clinic line {ph}.\n"],
           clin=r.choice(CLINICS), ph=V(phone_us(r), "phone"),
           fd=date_v(r, shift(idate, r.randint(7, 90)), kinds=["md", "ord", "the_of", "month_ordword", "us"]),
           em=V(email_role(r, r.choice(["deviceclinic", "remote.monitoring", "implants"])), "email"))
    d.maybe(vb * 0.6, ["Patient ID card mailed to {addr}.\n", "Next of kin for recall notices: {nk}, {ph}.\n"],
            addr=place_res(r, 0.2).v_line(), nk=lambda: d.person().full(), ph=V(phone_home(r), "phone"))
    d.pick(["\nCompleted by {cb} on {dt}\n", "\nForm completed: {dt} / {cb}\n", "\nEntered by {cb}\n"],
           cb=lambda: r.choice([d.person().sig(), d.person().full()]), dt=date_v(r, idate, kinds=["us", "us_short"]))


# ---------------------------------------------------------------------------
# 11. transport and parking forms
# ---------------------------------------------------------------------------

def _plate(r):
    return V(r.choice([pat(r, "#AAA999"), pat(r, "AAA-9999"), pat(r, "AAA 9999"), pat(r, "AA9 9AAA"),
                       pat(r, "9AA-999"), pat(r, "AA99 AAA")]), "vehicle")


def transport_parking(d):
    r = d.rng
    pt = d.person()
    P = pr(pt)
    age = pick_age(r, 0.4)
    vb = verbosity(r)
    kind = r.choice(["nemt", "parking", "shuttle", "air"])
    dt = rand_date(r, 2022, 2026)
    if kind == "nemt":
        d.f("<<NON-EMERGENCY MEDICAL TRANSPORTATION - TRIP REQUEST|NEMT Trip Sheet|Medicaid Ride Request>>\n")
        d.f("Trip # {trip}   Broker ref {bref}\n", trip=_id(r, "T-99999999", "99999999"), bref=_id(r, "AA-999999", "BR99999"))
        d.f("Member: {pn}   Medicaid ID {mid}\nDOB {bd}{agep}\n", pn=r.choice([pt.formal_caps(), pt.full()]),
            mid=_id(r, "AA99999A", "999999999999", "A999999999", t="health_plan"),
            bd=date_v(r, dob(r, age), kinds=["us", "us_short"]),
            agep="")
        if age > 89:
            d.f("Age {a}\n", a=age_num(age))
        home = place_us(r)
        d.pick(["Pick-up: {addr}<< (side entrance)| - ring bell twice|, apartment lobby|>>\n",
                "Pick up at {addr}\n", "Pick-up address: {st}   Town: {town}   Zip code {zip}\n"],
               addr=home.v_line(), st=home.v_street(), town=home.v_town(), zip=V(home.postal, "zip", reg=home.reg()))
        dest = place_us(r)
        d.f("Destination: {clin}, {daddr}\nAppointment {ad} at {t}; return <<will-call|at {t2}>>\n",
            clin=r.choice(CLINICS + HOSPITALS), daddr=dest.v_line(), ad=date_v(r, dt, kinds=["us", "md", "weekday_long"]),
            t=clock(r), t2=clock(r))
        d.f("Mobility: <<wheelchair (own), needs lift van|ambulatory with cane|stretcher, 2-person assist|scooter - cannot fold>>. "
            "O2 <<2 L|none|3 L continuous>>.\n")
        esc = d.person(family=pt.family if r.random() < 0.5 else None)
        d.maybe(0.7, ["Escort: {en} ({rel}), cell {ph}\n", "Attendant riding along: {en}\n"],
                en=r.choice([esc.full(), esc.lower()]), rel=kin(r, esc, ["child", "spouse"], ["aide"]),
                ph=V(phone_home(r), "phone"))
        drv = d.person()
        d.f("\nAssigned driver: {dn}   Driver's licence {dl}\nVehicle: {car}, plate {pl}<<, VIN {vin}|>>\n",
            dn=r.choice([drv.full(), drv.given_init()]), dl=_id(r, "A9999999", "999999999", "AA999999", t="license"),
            car=r.choice(["white Ford Transit lift van", "Dodge Grand Caravan (ramp)", "Toyota Sienna", "Chevy Express"]),
            pl=_plate(r), vin=V(vin(r), "vehicle"))
        d.maybe(vb, ["Standing order: dialysis Mon/Wed/Fri, pick-up {t}, from {d1} through {d2}.\n",
                     "Recurring trips: {d1}, {d2} and {d3} (wound clinic).\n"],
                t=clock(r), d1=date_v(r, shift(dt, 2), kinds=["md", "us_short"]),
                d2=date_v(r, shift(dt, r.randint(30, 90)), kinds=["md", "us_short"]),
                d3=date_v(r, shift(dt, r.randint(8, 20)), kinds=["md", "day_mon"]))
        d.maybe(vb, ["Dispatch notes: pt on dialysis MWF {t}; chair time 4 h. Do not leave pt at curb.\n",
                     "Dispatcher {dn} confirmed with facility at {t}; call-back {ph}.\n"],
                t=clock(r), dn=lambda: d.person().first(), ph=V(phone_us(r), "phone"))
    elif kind == "parking":
        d.f("<<Patient & Visitor Parking - Extended Stay Permit|PARKING OFFICE - Hardship Pass Application|"
            "Disability Parking - Temporary Permit Request>>\n")
        d.f("Permit no. {pn}   Issued {dt}   Expires {ex}\n", pn=_id(r, "P-99999", "PK999999"),
            dt=date_v(r, dt, kinds=["us", "md", "dd_mon"]), ex=date_v(r, shift(dt, r.randint(7, 60)), kinds=["us", "md", "mon_year"]))
        hold = d.person(family=pt.family if r.random() < 0.6 else None)
        d.f("Applicant: {hn} <<(spouse of patient)|(daughter)|(son)|(patient's partner)>>\n"
            "Patient: {pnm}, <<4 West|ICU|oncology infusion|dialysis unit>> {rm}\n",
            hn=r.choice([hold.full(), hold.formal()]), pnm=r.choice([pt.full(), pt.formal()]), rm=room(r))
        d.pick(["Vehicle: {car}, {col}, tag number {pl}\n", "Make/model {car}  Colour {col}  Licence plate {pl}\n",
                "Car: {col} {car} - plate {pl} - state {st}\n"],
               car=r.choice(["Honda Civic", "Subaru Forester", "Toyota Camry", "Kia Soul", "Ford F-150", "VW Golf"]),
               col=r.choice(["grey", "blue", "silver", "red", "white"]), pl=_plate(r), st=r.choice(["MA", "VT", "OH", "NY", "OR"]))
        d.maybe(0.6, ["Second vehicle: plate {pl}\n", "VIN (rental) {vin}\n"], pl=_plate(r), vin=V(vin(r), "vehicle"))
        d.f("Contact phone {ph}   E-mail {em}\n", ph=V(phone_home(r), "phone"), em=V(email_for(r, hold), "email"))
        d.maybe(0.5, ["Home ZIP (for rate eligibility): {zip}\n", "Applicant lives in zip code {zip}.\n"], zip=V(zip5(r), "zip"))
        d.maybe(vb, ["Reason: patient admitted {ad}, expected stay 3+ weeks; applicant drives daily from {town}.\n",
                     "Reason: family travelling from {town} each day; hardship rate approved by social work.\n"],
                ad=_d(r, ["md", "ord", "us"]), town=place_res(r, 0.2).v_town())
        d.maybe(vb * 0.7, ["Valet ticket {vt}; garage level 3, space 118.\n", "Gate card {vt} issued, deposit $20.\n"],
                vt=_id(r, "V999999", "GC-99999"))
    elif kind == "shuttle":
        d.f("<<Campus shuttle & parking - pass log|Remote lot shuttle pass>>\n")
        d.f("Date {dt}   Issued by {ib}\n", dt=date_v(r, dt, kinds=["us", "md", "dd_mon_yyyy"]), ib=lambda: d.person().sig())
        for _ in range(r.randint(2, 2 + int(vb * 6))):
            p = d.person()
            d.pick(["- shuttle pass for car {pl}, {pn} (visiting {rm}), until {ex}\n",
                    "- {pn}: lot C, plate {pl}, pass {ps}\n",
                    "- {pl} / {pn} / {rm} / dialysis pt, drop-off at door 4\n"],
                   pl=_plate(r), pn=r.choice([p.full(), p.formal(), p.caps(), p.lower()]), rm=room(r),
                   ex=date_v(r, shift(dt, r.randint(1, 14)), kinds=["md", "dd_mon", "day_mon"]), ps=_id(r, "SP-9999", "99999"))
        if age > 89:
            d.f("Note: {pn} is {ay}; shuttle driver to assist with walker.\n", pn=pt.full(), ay=age_yrs(r, age))
        d.maybe(vb, ["Lost ticket for car {pl} - owner {on}, phone {ph}.\n", "Tow warning issued to plate {pl} at {t}.\n"],
                pl=_plate(r), on=lambda: d.person().full(), ph=V(phone_home(r), "phone"), t=clock(r))
    else:
        d.f("<<AIR MEDICAL TRANSPORT - FLIGHT RECORD|Fixed-wing transfer record|Rotor-wing patient transport log>>\n")
        d.f("Flight {fl}   Date {dt}\n", fl=_id(r, "AM-99999", "99-9999"), dt=date_v(r, dt, kinds=["us", "iso", "dd_mon_yyyy"]))
        pil = d.person()
        d.pick(["Pilot in command: {pn} (FAA certificate {cert})\n", "PIC {pn}, pilot certificate (FAA {cert})\n",
                "Captain {pn}, airline transport pilot cert. {cert}\n"],
               pn=r.choice([pil.full(), pil.init()]), cert=_id(r, "9999999", "99999999", t="license"))
        d.f("Aircraft {tail} (<<King Air B200|EC135|PC-12>>)\n", tail=V(pat(r, r.choice(["N999AA", "N99AA", "N9999A"])), "vehicle"))
        fn = d.person()
        d.f("Flight nurse {fn}, RN; medic {mn}, NRP\n", fn=fn.full(), mn=lambda: d.person().init())
        d.f("Patient: {pn}{ag}. Sending: {s}. Receiving: {rc}.\n", pn=r.choice([pt.formal_caps(), pt.full()]),
            ag="", s=r.choice(HOSPITALS), rc=r.choice(HOSPITALS))
        if age > 89:
            d.f("Pt {ay}, DNR on file.\n", ay=age_yo(r, age))
        d.f("Lift-off {t1}, landed {t2}. En route: {v}. Pain {p}.\n", t1=clock(r), t2=clock(r), v=vitals(r), p=pain(r))
        d.maybe(vb, ["Family ({fam}) driving from {town}; contact {ph}.\n", "Spouse {fam} flew along; cell {ph}.\n"],
                fam=lambda: d.person(family=pt.family).first(), town=place_res(r, 0.2).v_town(), ph=V(phone_home(r), "phone"))
        d.maybe(vb * 0.7, ["Ground ambulance for final leg: unit 14, plate {pl}.\n"], pl=_plate(r))
    d.maybe(vb * 0.6, ["{look}\n"], look=lookalike(r))
    d.pick(["Signature: ________   Staff: {s}\n", "Processed by {s} {t}\n", "-- {s}\n"],
           s=lambda: d.person().sig(), t=clock(r))


# ---------------------------------------------------------------------------
# 12. social-work notes
# ---------------------------------------------------------------------------

def social_work(d):
    r = d.rng
    pt = d.person()
    P = pr(pt)
    sw = d.person()
    age = pick_age(r, 0.5)
    vb = verbosity(r)
    nd = rand_date(r, 2022, 2026)
    d.f("<<SOCIAL WORK PROGRESS NOTE|Psychosocial Assessment - Social Work|Care Management / SW note|MSW Discharge Planning Note>>\n")
    d.f("Date: {nd}   Pt: {pn}   <<MRN|Record>> {mrn}\n", nd=date_v(r, nd, kinds=["us", "us_short", "long"]),
        pn=r.choice([pt.formal_caps(), pt.full(), pt.formal()]), mrn=_id(r, "99999999", "A9999999", t="mrn"))
    d.f("\n")
    d.pick(["SW met with pt, {aa} {woman} admitted with {dx}, at bedside ({rm}). ",
            "Pt is {aa} {woman} known to SW from a prior admission. Seen today re: discharge planning. ",
            "Met with pt and family in the {rm} conference room. Pt is {ay}; admitted with {dx}. "],
           aa=age_adj(r, age, "a"), ay=age_yrs(r, age), dx=r.choice(["a hip fracture", "sepsis", "failure to thrive", "CHF exacerbation", "a stroke"]),
           rm=room(r), **P)
    county = r.choice(COUNTIES)
    home = place_us(r)
    d.pick(["Pt lives alone in {town} ({county}) in a 2nd-floor walk-up. ",
            "Prior to admission pt lived at {addr} with {her} {rel}. ",
            "Pt resides in {county}; {she} rents a room at {addr}. "],
           town=home.v_town(), county=V(county, "address"), addr=home.v_line(), rel=r.choice(["grandson", "sister", "partner"]), **P)
    d.maybe(0.35, ["Home ZIP {zip} is outside the VNA service area. ", "(ZIP code on file: {zip}.) "],
            zip=V(home.postal, "zip", reg=home.reg()))
    rel = d.person(family=pt.family if r.random() < 0.5 else None)
    rw = kin(r, rel, ["child", "nibling", "grandchild"])
    d.pick([rw.capitalize() + " {dn} is HCP; %s lives in {town} and can be reached on {ph}. " % ("she" if rel.gender == "F" else "he"),
            rw.capitalize() + " {dn} ({ph}) is the main support but works nights. ",
            "{Her} %s {dn} called from {town}, {ph}; prefers texts. " % rw],
           dn=r.choice([rel.full(), rel.first(), rel.lower()]), town=place_res(r, 0.45).v_town(),
           ph=V(phone_home(r) if r.random() < 0.6 else phone_intl(r), "phone"), **P)
    d.maybe(vb, ["Pt's legal name differs on Medicare card; {her} maiden name is {mn}. ",
                 "Records may be under {her} maiden name, {mn}. ",
                 "Pt prefers to be called {nick}. "] if pt.gender == "F" else
                ["Pt prefers to be called {nick}. ", "Pt goes by {nick}; {she} was a machinist for 40 years. "],
            mn=(lambda q: q.family_())(d.person()),
            nick=pt.first(), **P)
    secs = [("Functional status", "Before admission pt was independent in ADLs except bathing; uses a rollator. "
             "Daughter does shopping. Now needs 1 assist for transfers per PT."),
            ("Cognition / mood", "Pt oriented x3, PHQ-2 = 2. Tearful discussing loss of independence. "
             "Denies SI. MoCA 21/30 on %s." % r.choice(["admission", "day 3"])),
            ("Substance use", "Reports 2-3 glasses of wine nightly; AUDIT-C 5. Former smoker, quit %d." % r.randint(1985, 2015)),
            ("Advance directives", "HCP form on file. Pt wishes DNR; MOLST to be completed with Dr. before discharge."),
            ("Coping / supports", "Church community brings meals. Pt worries about {her} cat; neighbour feeding it."),
            ("Transportation", "Pt no longer drives (licence surrendered %d). Uses paratransit; eligibility expires {dt}." % r.randint(2015, 2024))]
    for title, body in r.sample(secs, int(round(vb * r.choice([2, 3, 5])))):
        d.f("\n\n%s: %s" % (title, body), dt=_d(r, ["mon_year", "md", "long"]), **P)
    d.f("\n\n")
    issue = r.choice(["aps", "housing", "benefits", "guardianship", "finances"])
    if issue == "aps":
        d.pick(["Concern for self-neglect / financial exploitation. APS report filed {dt}, intake case {case}. "
                "APS worker {wn} ({ph}) to visit home. ",
                "APS already involved (case # {case}); worker {wn} reachable at {ph}. Police report {pr} re: missing cheques. "],
               dt=_d(r, ["us", "md", "long"]), case=_id(r, "APS-9999-99999", "99-999999", "C999999"),
               wn=lambda: d.person().full(), ph=V(phone_us(r), "phone"), pr=_id(r, "99-999999", "RPT9999999"))
    elif issue == "housing":
        d.pick(["Pt was evicted {dt}; staying at {shelter} ({saddr}). Housing voucher {vid} pending. ",
                "Section 8 voucher no. {vid} expires {dt}; landlord {ln} at {ph}. "],
               dt=_d(r, ["md", "long", "mon_year"]), shelter=r.choice(["Harbor Light Shelter", "St. Anne's Women's Residence",
                                                                      "Crossroads Family Shelter"]),
               saddr=place_us(r).v_street(), vid=_id(r, "HV-999999", "99999999"), ln=lambda: d.person().full(),
               ph=V(phone_us(r), "phone"))
    elif issue == "benefits":
        d.pick(["Assisted with Medicaid application (application no. {app}); SSN {ssn} verified with card. ",
                "SNAP and Medicaid renewal started; Medicaid ID {mid}. Pt's SSN {ssn}. ",
                "Applied for Extra Help; confirmation number {app}. "],
               app=_id(r, "9999999999", "AP-99999999"), ssn=V(ssn(r), "ssn"),
               mid=_id(r, "AA99999A", "999999999999", t="health_plan"))
    elif issue == "guardianship":
        d.pick(["Temporary guardianship hearing {dt}, probate docket {dk}. Court-appointed guardian {gn}. ",
                "Guardianship petition filed by {gn}; docket {dk}, hearing {dt}. "],
               dt=_d(r, ["long", "the_of", "month_ordword"]), dk=_id(r, "99-GD-9999", "9999PM999999"),
               gn=lambda: d.person().full())
    else:
        d.pick(["Guarantor {gl} disputes the bill (account {acct}). Referred to financial counselling. ",
                "Pt's pension paid into IBAN {ib}; son has online access. Concern re: withdrawals. ",
                "Pt asked SW to cancel card {card} reported stolen on {dt}. "],
               gl=(lambda q: q.lower())(d.person()), acct=_id(r, "9999999999", t="account"),
               ib=V(iban(r), "account"), card=V(card_number(r), "account"), dt=_d(r, ["md", "us_short"]))
    d.maybe(vb, ["Interpreter {iname} (ID {iid}) used for {lang}. ",
                 "Session via phone interpreter, interpreter id {iid}. "],
            iname=lambda: d.person().first(), iid=_id(r, "999999", "INT-9999"),
            lang=r.choice(["Polish", "Vietnamese", "Portuguese", "Arabic", "Yoruba", "Norwegian"]))
    d.maybe(vb * 0.8, ["\n\nPlan: SNF referral sent to {snf} in {town} ({zip}); bed offer expected {dt}. ",
                       "\n\nPlan: home with VNA; Meals on Wheels restarted; follow-up call {dt}. ",
                       "\n\nPlan: family meeting {dt} at {t}, with Dr. {dr}. "],
            snf=r.choice(SNFS), town=(lambda pl: pl.v_town())(place_us(r)), zip=V(zip5(r), "zip"),
            dt=_d(r, ["md", "ord", "weekday_long"]), t=clock(r), dr=lambda: d.person().family_())
    if r.random() < 0.6:
        d.f("\n\n")
        odd_ids(d, r, r.randint(1, 2))
    d.f("\n")
    d.pick(["\n{sn}, LICSW   ext. %d\n" % r.randint(4000, 4999), "\n-- {sg}, MSW\n", "\n{sn}, LCSW, {dt}\n"],
           sn=sw.full(), sg=sw.sig(), dt=date_v(r, nd, kinds=["us_short", "md"]))


# ---------------------------------------------------------------------------
# 13. telehealth chat logs
# ---------------------------------------------------------------------------

def telehealth_chat(d):
    r = d.rng
    pt = d.person()
    P = pr(pt)
    clin = d.person()
    age = pick_age(r, 0.35)
    vb = verbosity(r)
    vd = rand_date(r, 2022, 2026)
    h, m, sec = r.randint(8, 17), r.randint(0, 50), r.randint(0, 59)

    def ts():
        nonlocal h, m, sec
        sec += r.randint(5, 70)
        m += sec // 60
        sec %= 60
        h += m // 60
        m %= 60
        return "%02d:%02d:%02d" % (h, m, sec)

    cn = r.choice([clin.given_(), clin.full()])
    pn = r.choice([pt.first(), pt.lower(), pt.given_init()])
    d.f("<<Video visit chat export|Telehealth session log|Virtual visit - chat transcript>>\n")
    d.f("{vd} session start, visit {vid}\n", vd=date_v(r, vd, kinds=["iso_tz", "iso_tz", "iso"]),
        vid=_id(r, "TV-99999999", "VV9999999", "99999999-9999"))
    d.f("[system] patient joined from {ip} (<<iPad app|Android app|Chrome 12x|Safari>> v{ver})\n",
        ip=V(ip_v4(r) if r.random() < 0.8 else ip_v6(r), "ip_address"), ver=version(r))
    d.maybe(0.5, ["[system] provider joined from {ip}\n"], ip=V(ip_v4(r), "ip_address"))
    d.f("[{t}] {cn}: <<Hi|Hello|Good morning>> {pg}, can you hear me? I'm Dr. {cf}.\n", t=ts(), cn=cn,
        pg=r.choice([pt.first(), pt.full()]), cf=clin.family_())
    d.f("[{t}] {pn}: yes but the video is frozen\n", t=ts(), pn=pn)
    d.f("[{t}] {cn}: Before we start I have to confirm where you are right now - the state matters for licensing.\n",
        t=ts(), cn=cn)
    loc = place_res(r, 0.2)
    d.pick(["[{t}] {pn}: at home, {addr}\n", "[{t}] {pn}: i'm at my daughter's in {town}\n",
            "[{t}] {pn}: staying at {addr} this month\n"],
           t=ts(), pn=pn, addr=loc.v_line(), town=loc.v_town())
    if loc.country == "US" and r.random() < 0.5:
        d.f("[{t}] {cn}: And the zip code there?\n[{t2}] {pn}: {zip}\n", t=ts(), t2=ts(), cn=cn, pn=pn,
            zip=V(loc.postal.split("-")[0], "zip", reg=loc.reg()))
    d.f("[{t}] {cn}: And a number in case we get cut off?\n", t=ts(), cn=cn)
    d.pick(["[{t}] {pn}: call me at {ph}\n", "[{t}] {pn}: {ph}\n", "[{t}] {pn}: reach me on {ph}, or my wife on {ph2}\n"],
           t=ts(), pn=pn, ph=V(r.choice([phone_us(r, "plain"), phone_intl(r), phone_local7(r), phone_au(r),
                                          phone_uk(r, "nat_nospace")]), "phone"), ph2=V(phone_home(r), "phone"))
    if age > 89:
        d.maybe(0.8, ["[{t}] {pn}: sorry i'm slow with this, i'm {a}\n", "[{t}] {pn}: my grandson set it up. at {a} this is all new\n"],
                t=ts(), pn=pn, a=age_num(age))
    topic = r.choice(["rash", "bp", "refill", "cgm", "wound"])
    if topic == "rash":
        d.f("[{t}] {pn}: the rash is back on my arm since {dt}. sending a photo\n[{t2}] [system] image uploaded (IMG_{n}.jpg)\n",
            t=ts(), t2=ts(), pn=pn, dt=_d(r, ["md", "ord", "month_ordword", "day_mon"]), n=digits(r, 4))
    elif topic == "bp":
        d.f("[{t}] {pn}: cuff says {bp} this morning, pulse {hr}\n", t=ts(), pn=pn,
            bp="%d/%d" % (r.randint(128, 182), r.randint(70, 104)), hr=r.randint(55, 110))
    elif topic == "refill":
        d.f("[{t}] {pn}: also I'm out of {dose}. pharmacy is {ph_n}, {ph}\n", t=ts(), pn=pn, dose=r.choice(DOSES),
            ph_n=r.choice(PHARMACIES), ph=V(phone_local7(r) if r.random() < 0.5 else phone_us(r), "phone"))
    elif topic == "cgm":
        d.f("[{t}] {pn}: sensor keeps failing, transmitter {tx}. readings 280-310 after supper\n", t=ts(), pn=pn,
            tx=_id(r, "9A9A9A", "AA99999", t="device"))
    else:
        d.f("[{t}] {pn}: the dressing nurse didnt come {dt}. wound smells\n", t=ts(), pn=pn,
            dt=_d(r, ["weekday_long", "md", "the_of"]))
    q, a = r.choice([("Thanks. I'd like you to hold the camera a bit closer.", "ok is that better"),
                     ("Understood. How is the pain, 0 to 10?", "maybe %d. %s at night" % (r.randint(2, 8), pain(r))),
                     ("Okay. Any fever or chills?", r.choice(["no fever", "99.1 this morning", "chills last night"])),
                     ("Got it - I'll send a new prescription.", "thank you")])
    d.f("[{t}] {cn}: %s\n[{t2}] {pn}: %s\n" % (q, a), t=ts(), t2=ts(), cn=cn, pn=pn)
    extra = [("Are you still taking the {dose}?", "yes every day. sometimes i forget the evening one"),
             ("Any chest pain or shortness of breath?", "only on the stairs. 2 flights"),
             ("What was your sugar this morning?", "%d before breakfast, %d after lunch" % (r.randint(95, 260), r.randint(120, 310))),
             ("How is your weight?", "scale says %s, was more last week" % weight(r)),
             ("Can you show me your ankles on camera?", "hold on... is this ok"),
             ("Did the lab draw happen?", "yes on {dt}"),
             ("Who is with you today?", "my neighbour {nb} is here helping with the tablet"),
             ("Any falls since we last spoke?", "one on {dt}, slipped in the bathroom. no bump on the head"),
             ("Are you sleeping ok?", "not great, up 3 times to pee"),
             ("Is the pharmacy still {phn}?", "yes same one")]
    for q, a in r.sample(extra, int(round(vb * r.choice([3, 4, 6, 7])))):
        d.f("[{t}] {cn}: %s\n[{t2}] {pn}: %s\n" % (q, a), t=ts(), t2=ts(), cn=cn, pn=pn, dose=r.choice(DOSES),
            dt=_d(r, ["md", "weekday_long", "ord", "the_of"]), nb=lambda: d.person().first(), phn=r.choice(PHARMACIES))
    d.maybe(vb, ["[{t}] {cn}: {pf}, can I ask you to spell your email so I can send the after-visit summary?\n"
                 "[{t2}] {pn}: {em}\n",
                 "[{t}] {pn}: can you email the note to my son {sn}? {em}\n"],
            t=ts(), t2=ts(), cn=cn, pf=pt.first(), pn=pn, em=lambda: V(email_for(r, r.choice([pt, d.person()])), "email"),
            sn=lambda: d.person(family=pt.family).first())
    d.maybe(vb * 0.8, ["[system] interpreter {iname} joined (ID {iid}, {lang})\n",
                       "[system] caregiver {cg} joined as guest from {ip}\n"],
            iname=lambda: d.person().given_init(), iid=_id(r, "99999", "IP-999999"),
            lang=r.choice(["Norwegian", "Polish", "Spanish", "Arabic", "Vietnamese"]),
            cg=lambda: d.person().lower(), ip=V(ip_v4(r), "ip_address"))
    d.f("[{t}] {cn}: {plan}\n", t=ts(), cn=cn,
        plan=r.choice(["Plan: triamcinolone 0.1% cream BID x 14 days, recheck in 2 weeks.",
                       "Plan: increase amlodipine to 10 mg, log BP daily, labs next week.",
                       "Plan: refill sent, 90-day supply.", "Plan: new sensor kit ordered; call the vendor line."]))
    d.maybe(vb * 0.7, ["[{t}] {cn}: Follow-up video visit {fd} at {tm}. Link: {url}\n",
                       "[{t}] {cn}: Next visit {fd}. Lab order {lo} is at any draw site.\n"],
            t=ts(), cn=cn, fd=_d(r, ["weekday_long", "md", "ord"]), tm=clock(r),
            url=V("https://telehealth.example.org/join/%s" % pat(r, "xxxx-xxxx-xxxx"), "url"),
            lo=_id(r, "LO-9999999", "99999999"))
    d.f("[system] session ended {t}; duration {du} min; {sc}\n", t=ts(), du=r.randint(6, 34),
        sc=r.choice(["CPT 99213-95", "CPT 99442", "G2012", "CPT 99214-95"]))
    d.maybe(vb * 0.5, ["[system] note signed by {cs} {dt}\n"], cs=clin.sig(), dt=date_v(r, vd, kinds=["us_short", "md"]))


# ---------------------------------------------------------------------------
# 14. insurance appeal correspondence
# ---------------------------------------------------------------------------

def insurance_appeal(d):
    r = d.rng
    pt = d.person()
    P = pr(pt)
    doc = d.person()
    age = pick_age(r, 0.35)
    vb = verbosity(r)
    payer = r.choice(PAYERS)
    ld = rand_date(r, 2022, 2026)
    d.f("{clin}\n{caddr}\nPhone {ph} | Fax {fx}\n\n", clin=r.choice(CLINICS + HOSPITALS), caddr=place_us(r).v_line(),
        ph=V(phone_us(r), "phone"), fx=V(phone_us(r), "fax"))
    d.f("{ld}\n\n", ld=date_v(r, ld, kinds=["long", "us", "mon_abbr"]))
    d.f("{payer}\n<<Appeals and Grievances Department|Attn: Provider Appeals|Utilization Management - Reconsiderations>>\n"
        "{paddr}\n<<Via fax|Sent by fax to>> {fx}\n\n", payer=payer, paddr=place_us(r).v_line(), fx=V(phone_us(r), "fax"))
    d.f("RE: <<Level 1 appeal|Request for reconsideration|Second-level appeal|Expedited appeal>>\n")
    d.pick(["Patient: {pn}   DOB: {bd}\nMember ID: {hp}\nClaim #: {clm}\nDate(s) of service: {dos}\nYour reference: {ref}\n",
            "Member: {pn} ({hp}); born {bd}\nClaim number {clm}, DOS {dos}\nAppeal {ref}\n",
            "Patient name: {pn}\nDate of birth: {bd}\nPolicy no. {hp}\nDenial letter dated {dd}, case {ref}\nClaim {clm}\n"],
           pn=r.choice([pt.full(), pt.caps(), pt.full_mid()]), bd=date_v(r, dob(r, age), kinds=["us", "long"]),
           hp=_id(r, "AAA999999999", "A99999999-01", "99999999A", t="health_plan"),
           clm=_id(r, "99999999999", "CLM9999999999", "9999-999-99999"),
           dos=date_v(r, shift(ld, -r.randint(30, 200)), kinds=["us", "us_short", "mon_year"]),
           dd=date_v(r, shift(ld, -r.randint(5, 40)), kinds=["mon_year", "long", "us"]),
           ref=_id(r, "AP-99999-AA", "APL-9999999", "GR-99999", "A99-9999-AA"))
    d.maybe(0.5, ["Prior authorization no. {pa}\n", "Auth ref {pa} (denied)\n"], pa=_id(r, "PA99999999", "999999999", "UM-999-9999"))
    d.f("\nDear <<Medical Director|Appeals Reviewer|Sir or Madam>>:\n\n")
    (i1, t1), (i2, t2) = dx(r)
    svc = r.choice([("home health skilled nursing", "G0180"), ("a continuous glucose monitor", "E2103"),
                    ("skilled nursing facility days", "99306"), ("non-emergency ambulance transport", "A0428"),
                    ("total knee arthroplasty", "27447"), ("a power wheelchair", "K0823")])
    agep = age_adj(r, age, "a")
    d.pick(["I am writing on behalf of my patient, {pn}, {aa} {woman}, to appeal the denial of {svc} (HCPCS/CPT {code}). ",
            "Please accept this letter as a formal appeal of your decision to deny coverage for {svc} ({code}) for {pn}. ",
            "This letter requests reconsideration of the denial of {svc} ({code}) provided to {pn} on {dos}. "],
           pn=r.choice([pt.full(), pt.formal()]), aa=agep, svc=svc[0], code=svc[1],
           dos=date_v(r, shift(ld, -r.randint(30, 200)), kinds=["long", "us"]), **P)
    if age > 89 and r.random() < 0.6:
        d.f("At {a}, {she} is at high risk of hospital readmission. ", a=age_num(age), **P)
    d.pick(["{She} has {t1} ({i1}) and {t2} ({i2}). ", "Relevant diagnoses: {t1}, {i1}; {t2}, {i2}. "],
           t1=t1, i1=i1, t2=t2, i2=i2, **P)
    adm = shift(ld, -r.randint(60, 150))
    dis = shift(adm, r.randint(3, 12))
    den = shift(ld, -r.randint(5, 40))
    dk = r.choice([["long"], ["us"], ["ord", "long"], ["us_short"]])
    d.pick(["The denial states the service was 'not medically necessary'. This is incorrect: {she} was hospitalized on {ad} "
            "and discharged {dd} requiring daily wound care that {she} cannot perform alone. ",
            "Your letter of {den} cites insufficient documentation. Enclosed are progress notes from {ad} through {dd}, "
            "including {lab}. ",
            "Despite maximal therapy ({dose}), {her} A1c remains above goal and {she} had three hypoglycaemic episodes since {ad}. "],
           ad=date_v(r, adm, kinds=dk), dd=date_v(r, dis, kinds=dk), den=date_v(r, den, kinds=dk), lab=labs(r),
           dose=r.choice(DOSES), **P)
    d.maybe(vb, ["\n\nThe service meets your own coverage policy and the applicable LCD (L33822) criteria: documented "
                 "homebound status, a skilled need, and a face-to-face encounter within 90 days (ours was on {f2f}). ",
                 "\n\nPublished guidance supports this: patients over 80 with {t1} have a 30-day readmission rate near 25%. "
                 "Denying the service is likely to cost more, not less. ",
                 "\n\n{She} was evaluated in clinic on {f2f}: {vit}; gait unsteady, Timed Up and Go 24 s. "],
            f2f=date_v(r, shift(dis, r.randint(2, 20)), kinds=dk), t1=t1, vit=vitals(r), **P)
    rp = d.person(family=pt.family)
    d.maybe(vb, ["{Her} {rel} {rn}, who lives with {herobj} in {town}, works full time and cannot provide this care. ",
                 "The nearest in-network facility is 140 miles from {her} home in {town}. "],
            rel=kin(r, rp, ["child", "spouse"]), rn=rp.first(),
            town=place_us(r).v_town(), **P)
    d.maybe(vb * 0.8, ["A peer-to-peer review was held on {dt} with Dr. {pd}; ticket {tk}. ",
                       "Our office called {ph} on {dt} (call reference {tk}) and was told to submit this appeal in writing. "],
            dt=_d(r, ["md", "long", "the_of"]), pd=lambda: d.person().full(), tk=_id(r, "99999999", "TK-999999", "CR9999999"),
            ph=V(phone_us(r), "phone"))
    if vb > 0.8 and r.random() < 0.7:
        d.f("\n\nTimeline:\n")
        t0 = shift(adm, -r.randint(200, 700))
        for ev in r.sample(["first seen in clinic for {t1}", "fall at home, ED visit, no fracture",
                            "home health started (certification period 60 days)", "hospitalized with {t2}",
                            "discharged to home with services", "request for {svc} submitted", "denial received",
                            "peer-to-peer requested; no call-back"], r.randint(3, 6)):
            t0 = shift(t0, r.randint(10, 120))
            d.f("- {dt}: " + ev + "\n", dt=date_v(r, t0, kinds=dk), t1=t1, t2=t2, svc=svc[0])
    d.f("\n\nI ask that you overturn the denial. Please contact me at {ph} with questions.\n\n", ph=V(phone_us(r), "phone"))
    d.f("Sincerely,\n\n{dn}<<, MD|, DO|, MD, FACP|, NP>>\n", dn=r.choice([doc.full(), doc.full_mid(), doc.init2()]))
    d.pick(["NPI {npi}\n", "NPI {npi}   DEA {dea}\n", "NPI {npi} | State license {lic}\n"],
           npi=V(npi(r), "license"), dea=V(dea(r, doc.family), "license"), lic=_id(r, "MD-99999", "99999", "A-99999", t="license"))
    d.maybe(vb, ["\nEnclosures: denial letter ({dd}), progress notes, medication list, external review form {er}\n",
                 "\ncc: {pn} (patient), {paddr}\n"],
            dd=_d(r, ["mon_year", "us"]), er=_id(r, "ER-99999", "IRO-9999-999"), pn=pt.full(), paddr=place_res(r, 0.15).v_line())


# ---------------------------------------------------------------------------
# 15. nursing-home transfer forms
# ---------------------------------------------------------------------------

def nursing_home_transfer(d):
    r = d.rng
    pt = d.person()
    P = pr(pt)
    age = pick_age(r, 0.65)
    vb = verbosity(r)
    snf = r.choice(SNFS)
    snf_pl = place_us(r)
    td = rand_date(r, 2022, 2026)
    d.f("<<NURSING HOME TO HOSPITAL TRANSFER FORM|SNF Transfer / Continuity of Care Form|Interfacility Transfer - Resident Summary>>\n")
    d.f("From: {snf}, {addr}\nPhone {ph}   Fax {fx}\n", snf=snf, addr=r.choice([snf_pl.v_line(), snf_pl.v_street()]),
        ph=V(phone_us(r), "phone"), fx=V(phone_us(r), "fax"))
    d.f("To: {h} ED   Date/time of transfer: {td} {t}\n", h=r.choice(HOSPITALS),
        td=date_v(r, td, kinds=["us", "us_short", "iso"]), t=clock(r))
    d.f("\nResident: {pn}   {rm}\n", pn=r.choice([pt.formal_caps(), pt.caps(), pt.formal()]), rm=room(r))
    d.pick(["DOB {bd}   Age {a}   Sex {F}\n", "DOB: {bd} ({a}{F})\n", "Date of birth {bd}, {ay}\n"],
           bd=date_v(r, dob(r, age), kinds=["us", "us_short", "long"]), a=age_num(age), ay=age_yrs(r, age), **P)
    d.pick(["Medicare {mbi}   Medicaid {mcd}\n", "Medicare MBI: {mbi}\n", "Ins: {payer} {hp}; Medicaid {mcd}\n"],
           mbi=V(mbi(r), "health_plan"), mcd=_id(r, "AA99999A", "999999999999", t="health_plan"), payer=r.choice(PAYERS),
           hp=_id(r, "AAA999999999", t="health_plan"))
    d.maybe(0.7, ["Facility record no. {mrn}\n", "Resident ID {mrn}\n"], mrn=_id(r, "99999", "R-999999", "999999", t="mrn"))
    d.f("Code status: <<DNR/DNI|Full code|DNR, OK to intubate|MOLST: comfort measures>>\n")
    poa = d.person(family=pt.family if r.random() < 0.5 else None)
    d.f("\nHealth care proxy / POA: {pn} ({rel})\n", pn=r.choice([poa.full(), poa.formal(), poa.lower()]),
        rel=kin(r, poa, ["child", "nibling", "spouse"], ["friend"]))
    pl = place_intl(r, "MIL") if r.random() < 0.25 else place_res(r, 0.25)
    d.pick(["  Phone {ph}; address {addr}\n", "  Cell {ph} (text OK). Mail: {addr}\n", "  {ph} / {ph2}\n"],
           ph=V(phone_home(r), "phone"), ph2=V(phone_any(r), "phone"), addr=pl.v_line())
    d.maybe(0.5, ["  Notified at {t} by {nn}; {she} will meet resident at ED.\n",
                  "  Left voicemail at {t}.\n"], t=clock(r), nn=lambda: d.person().sig(), she="she" if poa.gender == "F" else "he")
    d.f("\nReason for transfer: <<change in mental status|fall with head strike, on apixaban|fever 101.8 and hypotension|"
        "SpO2 84% on 4 L|unable to bear weight R leg after fall>>\n")
    d.f("Last vitals: {v}\n", v=vitals(r))
    d.f("Baseline: <<A&O x1, pleasant|A&O x3, uses hearing aids|nonverbal, responds to touch|"
        "ambulates 20 ft with walker and 1 assist>>. Pain {p}.\n", p=pain(r))
    d.f("Diagnoses: " + "; ".join("%s %s" % (t, c) for c, t in dx(r, r.randint(2, 3))) + "\n")
    d.f("Meds: " + "; ".join(r.sample(DOSES, r.randint(2, 4))) + "\nLast dose given at {t}.\n", t=clock(r))
    d.f("Allergies: <<NKDA|PCN - hives|sulfa, latex|codeine (nausea)>>\n")
    d.maybe(vb, ["Devices: hearing aids (serial {sn} L, {sn2} R) sent with resident.\n",
                 "Pacemaker, card in chart: serial {sn}.\n", "Foley 16 Fr placed {dt}. PICC R arm.\n"],
            sn=_id(r, "99999999", "AA9999999", t="device"), sn2=_id(r, "99999999", t="device"),
            dt=_d(r, ["md", "day_mon"]))
    d.maybe(vb * 0.8, ["Resident came to us from {town} (a nursing facility in {town2} ({zip}) before that).\n",
                       "Prior residence: {addr}. Admitted here {dt}.\n",
                       "Resident's {rel} lives in {town} and visits Sundays.\n"],
            town=place_res(r, 0.2).v_town(), town2=(lambda p2: p2.v_town())(place_us(r)), zip=V(zip5(r), "zip"),
            addr=place_us(r).v_line(), dt=_d(r, ["mon_year", "us", "long"]),
            rel=r.choice(["sister", "granddaughter", "son"]))
    d.maybe(vb * 0.5, ["Resident e-signature captured on pad, signature id {bio}.\n",
                       "Med pass verified by resident palm-vein scan, enrolment ref {bio}.\n"],
            bio=_id(r, "SIG-99999999", "PV-999999", t="biometric"))
    odd_ids(d, r, r.randint(0, 2))
    d.maybe(0.3, ["Resident trust account {acct}; personal needs allowance paid from {ib}.\n",
                  "Private-pay portion drafted from {rt} {an}.\n",
                  "Pharmacy copays charged to {card} (POA's card).\n"],
            acct=_id(r, "RT-99999", "999999", t="account"), ib=V(iban(r), "account"), rt=V(routing_number(r), "account"),
            an=V(digits(r, 10), "account"), card=V(card_number(r), "account"))
    d.f("\nSending nurse: {nn}, <<RN|LPN>>   Report called to {rn} at {t}\n", nn=lambda: d.person().full(),
        rn=lambda: d.person().first(), t=clock(r))
    d.maybe(0.6, ["Attending: Dr. {dn}, {ph}\n", "Physician: {dn}, MD (NPI {npi})\n"], dn=lambda: d.person().full(),
            ph=V(phone_us(r), "phone"), npi=V(npi(r), "license"))
    d.maybe(vb * 0.5, ["{look}\n"], look=lookalike(r))


# ---------------------------------------------------------------------------
# 16. family e-mails forwarded into the chart
# ---------------------------------------------------------------------------

def family_email(d):
    r = d.rng
    pt = d.person()
    P = pr(pt)
    age = pick_age(r, 0.5)
    vb = verbosity(r)
    sender = d.person(family=pt.family if r.random() < 0.5 else None)
    other = d.person(family=pt.family if r.random() < 0.4 else None)
    clin = d.person()
    sd = rand_date(r, 2022, 2026)
    d.f("<<[Scanned into chart by {sc} on {sdt}]|[Forwarded to chart - {sc} - {sdt}]|Media tab: family correspondence, filed {sdt} by {sc}>>\n",
        sc=lambda: d.person().sig(), sdt=date_v(r, shift(sd, r.randint(0, 4)), kinds=["md", "us_short", "us"]))
    mum = P["mum"]
    n_mail = 1 if vb < 0.5 else r.choice([1, 2, 2, 3])
    pool = ["address", "maiden", "phone", "money", "meds", "house", "mil", "phone", "address"]
    r.shuffle(pool)
    writers = [sender, other, sender, other]
    dates = [sd]
    for j in range(1, n_mail):
        dates.append(shift(dates[-1], -r.randint(1, 6)))
    for j in range(n_mail):
        w, o = writers[j], writers[j + 1]
        wd = dates[j]
        d.f("\n---------- Forwarded message ---------\n" if j == 0 else "\n\n-----Original Message-----\n")
        d.f("From: {sn} <{se}>\n", sn=r.choice([w.full(), w.lower(), w.caps()]), se=V(email_for(r, w), "email"))
        d.f("<<Date|Sent>>: {sd}\n", sd=date_v(r, wd, kinds=["weekday_long", "dmy_long", "long", "mon_abbr"]))
        d.f("To: {cn} <{ce}>\n", cn=clin.full(),
            ce=V(email_for(r, clin, r.choice(["clinic.example.org", "example.org"])), "email"))
        d.maybe(0.5, ["Cc: {on} <{oe}>\n"], on=r.choice([o.full(), o.first()]), oe=V(email_for(r, o), "email"))
        d.f("Subject: <<Re: %s|about %s|{pf}'s appointment|Fwd: care plan|RE: RE: visit on Saturday|update>>\n\n" % (mum, mum),
            pf=pt.first())
        d.pick(["Dear Dr. {cf},\n\n", "Hi {cg},\n\n", "Hello,\n\n", "{cg}, can I ask you something quickly?\n\n"],
               cf=clin.family_(), cg=clin.first())
        if j == 0:
            d.pick(["I'm {sg}'s {rel} - we spoke on {dt}. ",
                    "Writing on behalf of the family about %s ({pn}). " % mum,
                    "Following up from the meeting on {dt2} about %s. " % mum],
                   sg=pt.first(), rel="daughter" if w.gender == "F" else "son",
                   dt=_d(r, ["weekday_long", "ord", "md", "month_ordword"]), pn=r.choice([pt.full(), pt.lower()]),
                   dt2=date_v(r, shift(wd, -r.randint(2, 20)), kinds=["ord", "month_ordword", "the_of"]))
            if age > 89:
                d.pick(["%s is {a} now and honestly sharper than me most days, but the falls are new. " % mum,
                        "As you know {she} turned {a} on {bd}. ", "Hard to believe {she} is {aw}. "],
                       a=age_num(age), aw=age_word(age), bd=_d(r, ["the_of", "ord", "month_ordword"]), **P)
            d.pick(["{on} and I have been taking turns staying with {herobj}. ",
                    "My {sib} {on} lives closer, in {town}, so {sib2} does most of the driving. ",
                    "I'm copying {on}, who handles the money side. "],
                   on=r.choice([o.first(), o.full()]), sib=r.choice(["brother", "sister", "cousin"]),
                   sib2="she" if o.gender == "F" else "he", town=place_res(r, 0.3).v_town(), **P)
        else:
            d.pick(["Adding to what {on} wrote below. ", "Sorry, one more thing from me. ",
                    "{on} asked me to send this part. "], on=o.first())
        d.f("\n\n")
        for b in [pool.pop() for _ in range(min(len(pool), r.randint(1, 3)))]:
            if b == "maiden" and pt.gender != "F":
                b = "money"
            if b == "address":
                ap = place_res(r, 0.4)
                who = d.person(family=pt.family if r.random() < 0.3 else None)
                d.pick(["Here's {wn}'s address for the letters: {addr}. ",
                        "Please send copies to {wn} at {addr}. ",
                        "{wn} has moved - new address is {addr}. "], wn=who.first(), addr=ap.v_line())
            elif b == "maiden":
                d.pick(["Also, {her} maiden name is {mn}, in case the old records are under that. ",
                        "Old hospital files might be under {mn} (her name before she married). "],
                       mn=(lambda q: q.family_())(d.person()), **P)
            elif b == "phone":
                d.pick(["Best to call me at {ph} - I don't always see emails. ",
                        "My mobile is {ph}; after 6pm messages to {ph2} please. ",
                        "If it's urgent reach {on} on {ph}. "],
                       ph=V(phone_any(r), "phone"), ph2=V(phone_any(r), "phone"), on=o.first())
            elif b == "money":
                d.pick(["I paid the care home deposit with my card, {card}, on {dt} - can you confirm they got it? ",
                        "The refund should go to %s's account, IBAN {ib}, not mine. " % mum,
                        "The direct debit comes from routing {rt}, account {an}. ",
                        "%s's pension goes into {ib} - the bank wants a letter from you. " % mum,
                        "Please charge {card} for the copays going forward. ",
                        "For the deposit I sent {rt} {an} to the home's accountant. "],
                       card=V(card_number(r), "account"), dt=_d(r, ["md", "ord", "dmy_long"]),
                       ib=V(iban(r, grouped=r.random() < 0.6), "account"), rt=V(routing_number(r), "account"),
                       an=V(digits(r, r.randint(8, 12)), "account"))
            elif b == "meds":
                d.pick(["{She} has been refusing the {dose} since {dt} and says it makes {herobj} dizzy. ",
                        "Is it right that the {dose} was stopped? The pharmacy label (Rx {rx}) still says take it. "],
                       dose=r.choice(DOSES), dt=_d(r, ["the_of", "md", "day_mon"]), rx=_id(r, "#999999", "#9999999"), **P)
            elif b == "house":
                hp = place_intl(r, "UKH")
                d.pick(["{She} wants to go back to {addr} but there are stairs everywhere. ",
                        "The cottage ({addr}) is up for sale; post is being redirected. "], addr=hp.v_line(), **P)
            else:
                mp = place_intl(r, "MIL")
                d.pick(["My son is deployed - his mail goes to {addr} if you need to send him the consent form. ",
                        "For my husband please use {addr} (military mail, slow). "], addr=mp.v_line())
        if j == 0:
            d.maybe(vb, ["\n\n{Her} GP abroad was Dr. {gp}; the clinic number is {ph}. ",
                         "\n\nThe fundraiser page for the stairlift is {url} if anyone asks. ",
                         "\n\nPhotos of the wound are on the family drive: {url}. "],
                    gp=lambda: d.person().full(), ph=V(phone_intl(r), "phone"),
                    url=V(r.choice(["https://example.com/fund/%s" % pat(r, "aaaaa-aaaa"),
                                    "www.example.net/~%s" % pat(r, "aaaaaa9"),
                                    "https://drive.example.org/s/%s" % pat(r, "xxxxxxxxxx")]), "url"), **P)
        d.pick(["\n\nThanks so much,\n{sf}\n", "\n\nBest,\n{sn}\n", "\n\n{sf}\nSent from my phone\n", "\n\nmany thanks\n{sl}\n"],
               sf=w.first(), sn=w.full(), sl=w.lower())
    d.maybe(vb * 0.6, ["\n> On {qd}, {cn} wrote:\n> Thank you for the update. We will discuss at the care conference.\n"],
            qd=date_v(r, shift(dates[-1], -r.randint(1, 10)), kinds=["weekday_long", "mon_abbr", "dmy_long"]), cn=clin.full())
