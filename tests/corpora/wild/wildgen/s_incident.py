"""Style 9: incident / patient-safety event reports."""
import datetime as dt

from .kit import emit_fields, pick, hon, pron, rel, title_dr
from . import pools as P

N_LAYOUTS = 5

UNITS = ["4 West", "5E Med/Surg", "ICU", "ED", "Tele 3", "L&D", "Behavioral Health 2N", "PACU", "Rehab 6S", "Oncology 7"]
CARS = ["Toyota Camry", "Honda Civic", "Ford F-150", "Chevy Malibu", "Nissan Rogue", "Subaru Outback", "Jeep Cherokee",
        "Hyundai Elantra", "Dodge Ram", "Tesla Model 3"]


def region(rng, layout):
    return rng.choice(["US", "US", "US", "CA", "UK"]) if layout in (0, 1, 2) else rng.choice(["US", "US", "CA"])


def event_no(g):
    return g.ch(["SE-%d-%05d" % (g.today.year, g.randint(1, 99999)), "IR%d%05d" % (g.today.year % 100, g.randint(1, 99999)),
                 "%d-%06d" % (g.today.year, g.randint(1, 999999)), "RL%07d" % g.randint(1, 10 ** 7), "W%06d" % g.randint(1, 10 ** 6)])


def build(g, d, layout):
    pt = g.person(age=(18, 99))
    rn = g.clinician("rn")
    wit = g.clinician(g.ch(["rn", "other"]))
    mgr = g.clinician("rn")
    md = g.clinician("md")
    when = g.days_ago(0, 6)
    unit = g.ch(UNITS)
    room = "%d%s" % (g.randint(401, 799), g.ch(["", "A", "B", "-1", "-2"]))
    age = pt.age_on(when)
    age_piece = ("age", str(age)) if age > 89 else str(age)
    nok = g.person(age=(30, 70), same_last=pt.last)
    mrn_label = "Hosp No" if g.region == "UK" else pick(g, ["MRN", "MR#", "Med Rec No"])

    if layout == 0:
        d.add(pick(g, ["PATIENT SAFETY EVENT REPORT", "Safety Event Report", "Incident Report - CONFIDENTIAL", "Occurrence Report (Datix)",
                       "Event Report - Peer Review Privileged"]), "\n",
              pick(g, ["Event #", "Report ID", "Ref"]), ": ", ("id", event_no(g)), "\n")
        items = [
            (pick(g, ["Event date/time", "Date of event", "Occurred"]), [("date", g.date(when)), " ", g.time("24")]),
            (pick(g, ["Location", "Unit/Area"]), "%s, Rm %s" % (unit, room)),
            (pick(g, ["Patient", "Person affected", "Pt name"]), ("name", pt.name(g.ch(["LF", "Lf", "fl"])))),
            (mrn_label, ("mrn", g.mrn())),
            (pick(g, ["DOB", "Date of birth"]), ("date", g.date(pt.dob))),
            ("Age", age_piece),
            (pick(g, ["Event type", "Category"]), g.ch(["Fall", "Medication", "Skin/pressure injury", "Equipment", "Behavioral", "Lab/specimen"])),
            (pick(g, ["Harm", "Harm level", "Severity"]), g.ch(["No harm", "Minor", "Moderate - temporary harm", "Near miss"])),
            (pick(g, ["Reported by", "Reporter"]), [("name", rn.name(g.ch(["fl", "Lf"]))), ", ", rn.cred]),
            (pick(g, ["Reporter ext", "Contact"]), ("phone", g.phone())),
            (pick(g, ["Witness(es)", "Witness"]), [("name", wit.name(g.ch(["fl", "fL."]))), g.ch([", ", "; "]), ("name", g.person().name(g.ch(["fl", "f"]))), g.ch([" (visitor)", " (sitter)", " (PCT)"])]),
            (pick(g, ["Provider notified", "MD notified"]), [title_dr(g), ("name", md.name(g.ch(["l", "fl"]))), " @ ", g.time("24")]),
        ]
        emit_fields(d, g, items, mode=g.ch(["lines", "pad", "twocol"]))
        d.add("\n", pick(g, ["Description", "What happened", "Brief factual description"]), ":\n",
              "Pt found ", g.ch(["on floor next to bed", "with IV pump alarming, heparin infusing at 18 mL/h instead of 8 mL/h",
                                  "with sacral stage 2 pressure injury", "with specimen labeled with another patient's name"]),
              " at ", g.time("24"), ". ", g.ch(["Bed alarm was off.", "Two-person verification not done.", "Braden score 12.", "Morse Fall Scale 75."]),
              " ", g.ch(["Vitals BP 142/80, HR 96.", "No LOC per pt.", "Glucose 58.", "Pain 4/10."]), " ",
              pron(pt, "pos").capitalize(), " ", rel(g, nok, ["daughter", "son", "wife", "husband"]), " ", ("name", nok.name("fl")),
              " notified by phone at ", ("phone", g.phone(mobile=True)), ".\n\n",
              pick(g, ["Manager review", "Follow-up", "Manager follow-up"]), ": ", ("name", mgr.name("fl")), ", ", mgr.cred, " ", ("date", g.date(when + dt.timedelta(days=g.randint(1, 3)), "m/d/y")), "\n")
    elif layout == 1:
        d.add(pick(g, ["FALL EVENT - NARRATIVE", "Post-fall huddle note", "Fall report"]), "  ", ("date", g.date(when, g.ch(["mdY", "dmY", "iso"]))), "\n\n",
              "At approx ", g.time("24"), " ", ("name", wit.name(g.ch(["f", "fl"]))), ", ", g.ch(["PCT", "CNA", "RN", "HCA"]), ", heard a thud from Rm ", room, " and found ",
              ("name", pt.name(g.ch(["fl", "l"]) if g.chance(0.5) else "fl")), " (", age_piece, pt.sex, ") sitting on the floor beside the commode. ",
              "Pt states \"I was trying to get to the bathroom, my ", rel(g, nok, ["daughter", "son", "husband", "wife"]), " ", ("name", nok.name("f")), " usually helps me.\" ",
              "Pt on ", g.ch(["apixaban 5 mg BID", "enoxaparin 40 mg daily", "warfarin"]), ", ", g.ch(["no head strike reported", "small hematoma L forehead"]), ".\n",
              "GCS 15 (Glasgow Coma Scale). BP ", "%d/%d" % (g.randint(100, 170), g.randint(60, 95)), ", HR ", str(g.randint(60, 110)), ". ",
              title_dr(g), ("name", md.name(g.ch(["l", "fl"]))), " at bedside ", g.time("24"), ", ordered CT head.\n\n",
              "Witness statement (", ("name", g.person().name("fl")), ", roommate's ", g.ch(["visitor", "daughter", "husband"]), "): ", "\"I saw ", pron(pt, "obj"), " stand up and ",
              g.ch(["slide down", "lose balance", "trip over the oxygen tubing"]), ".\"\n",
              "Family notified: ", ("name", nok.name(g.ch(["fl", "Lf"]))), " ", ("phone", nok.cell), " at ", g.time("24"), ".\n",
              "Report entered by ", ("name", rn.name("fl")), " ", rn.cred, "; charge RN ", ("name", mgr.name(g.ch(["fl", "fL"]))), ".\n")
    elif layout == 2:
        med = g.ch([("heparin", "5,000 units SC", "500 units"), ("insulin lispro", "4 units", "40 units"), ("hydromorphone", "0.5 mg IV", "5 mg IV"),
                    ("metoprolol tartrate", "25 mg PO", "50 mg PO"), ("vancomycin", "1 g IV q12h", "1.5 g IV q8h"), ("potassium chloride", "20 mEq PO", "40 mEq IV")])
        d.add(pick(g, ["MEDICATION EVENT REPORT", "Med Error / Near Miss", "MEDICATION SAFETY REPORT"]), "\n",
              "Report no. ", ("id", event_no(g)), "   Date: ", ("date", g.date(when)), "   Time: ", g.time("24"), "\n",
              "Pt: ", ("name", pt.name("LF")), "   DOB ", ("date", g.date(pt.dob)), "   ", mrn_label, ": ", ("mrn", g.mrn()), "   Acct: ", ("account", g.account()), "\n",
              "Unit: ", unit, " / bed ", str(g.randint(1, 36)), "\n\n",
              "Drug: ", med[0], "   Ordered: ", med[1], "   Given: ", med[2], "\n",
              "Stage: ", g.ch(["administration", "dispensing", "transcription", "prescribing"]), "   Reached pt: ", g.ch(["Y", "N"]), "\n",
              "Administering nurse: ", ("name", rn.name(g.ch(["fl", "ini"]))), "   Verifying pharmacist: ", ("name", g.clinician("other").name(g.ch(["fl", "Lf"]))), ", PharmD\n",
              "Prescriber: ", ("name", md.name("fl")), " (", g.ch(["resident", "attending", "NP"]), ", pager ", str(g.randint(1000, 9999)), ")\n",
              "Detected by: ", ("name", wit.name(g.ch(["fl", "ini"]))), " during ", g.ch(["BCMA scan", "shift handoff", "chart check", "pump programming"]), "\n",
              "Outcome: ", g.ch(["glucose 48, D50 given, recovered", "no harm", "BP 82/50, held next dose", "monitored x 4h"]), ". K 5.9 on recheck? ",
              g.ch(["No", "Yes"]), ".\n", "Pump S/N noted as ", g.ch(["Alaris", "Sigma"]), " channel ", g.ch(["A", "B"]), " - biomed ticket ", ("id", "BM" + str(g.randint(10000, 99999))), "\n",
              "Disclosure to pt/family on ", ("date", g.date(when + dt.timedelta(days=g.randint(0, 1)), "md")), " by ", title_dr(g), ("name", md.last), ".\n")
    elif layout == 3:
        officer = g.person(age=(25, 60))
        visitor = g.person(age=(20, 60))
        d.add(pick(g, ["SECURITY INCIDENT REPORT", "Workplace Violence Report", "Public Safety Report"]), "\n",
              "Incident #: ", ("id", "PS-" + str(g.randint(10 ** 5, 10 ** 6))), "   Date: ", ("date", g.date(when, "mdY")), "   Time: ", g.time("24"), "\n",
              "Location: ", g.ch(["ED triage", "ED bay 12", "Main lobby", "Parking Garage B level 2", "BH 2N dayroom"]), "\n\n",
              "Involved: visitor ", ("name", visitor.name(g.ch(["fl", "fml"]))), ", DOB ", ("date", g.date(visitor.dob)), ", ",
              g.ch(["DL# ", "driver's license ", "ID: DL "]), ("license", g.ch(["S", "D", "K", ""]) + str(g.randint(10 ** 7, 10 ** 9))), " (", g.place[1] if g.region == "US" else g.ch(["ON", "AB"]), "), ",
              "address ", ("address", visitor.addr.one_line()), ".\n",
              "Visitor of pt ", ("name", pt.name(g.ch(["fl", "LF"]))), " (", mrn_label, " ", ("mrn", g.mrn()), ").\n\n",
              "Narrative: Visitor became verbally aggressive toward ", ("name", rn.name("fl")), ", RN, after being told visiting hours ended at 20:00. ",
              "Officer ", ("name", officer.name(g.ch(["fl", "l"]))), " (badge ", ("id", str(g.randint(100, 9999))), ") responded. ",
              "Visitor left in a ", g.ch(["gray", "black", "white", "red"]), " ", g.ch(CARS), ", plate ", ("vehicle", g.plate()), ".\n",
              g.ch(["Police called; ", "PD on scene; ", "Local police notified; "]), "report #", ("id", "%d-%06d" % (g.today.year % 100, g.randint(1, 999999))),
              ", Officer ", ("name", g.person().name("l")), ".\n",
              "Staff injury: ", g.ch(["none", "scratch to L forearm, seen in Employee Health"]), ". BOLO issued ", ("date", g.date(when, "md")), ".\n",
              "Prepared by: ", ("name", officer.name("fl")), "   Reviewed: ", ("name", mgr.name("fl")), ", Security Manager\n")
    else:
        owner = g.person(age=(25, 80))
        d.add(pick(g, ["PROPERTY / VEHICLE DAMAGE REPORT", "Parking incident report", "Valet Damage Claim"]), "\n",
              "Claim ref: ", ("id", "VAL-" + str(g.randint(10000, 99999))), "   Date/time: ", ("date", g.date(when)), " ", g.time("12"), "\n\n",
              "Vehicle owner: ", ("name", owner.name(g.ch(["fl", "Lf"]))), "  ", ("phone", owner.cell), "\n",
              "Owner address: ", ("address", owner.addr.street_line()), ", ", ("address", owner.addr.town_line()), "\n",
              "Relationship: ")
        if g.chance(0.5):
            d.add("patient (ED pt, ")
            d.add(mrn_label, " ", ("mrn", g.mrn()), ")")
        else:
            d.add("visitor (visiting ", ("name", pt.name("fl")), ", Rm ", room, ")")
        d.add("\n", "Vehicle: ", str(g.randint(2008, 2024)), " ", g.ch(CARS), ", ", g.ch(["silver", "blue", "black"]), "\n",
              "Plate: ", ("vehicle", g.plate()), "   VIN: ", ("vehicle", g.vin()), "\n",
              "Damage: ", g.ch(["scrape rear bumper", "cracked windshield from gate arm", "dent driver door"]), ". Valet attendant ",
              ("name", g.person().name(g.ch(["fl", "fL"]))), " states ", g.ch(["gate arm came down early", "car was already damaged", "did not see contact"]), ".\n",
              "Insurance: ", g.ch(["State Farm", "Geico", "Intact", "Allstate"]), " policy ", g.ch(["(auto) on file", "not provided"]), ".\n",
              "Taken by: ", ("name", mgr.name(g.ch(["fl", "ini"]))), "  ", ("date", g.date(when, "m/d/y")), "\n")
