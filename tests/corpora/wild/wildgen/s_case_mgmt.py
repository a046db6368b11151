"""Style 5: case management / utilisation review notes."""
import datetime as dt

from .kit import emit_fields, pick, rel, pron, hon, title_dr
from . import pools as P

N_LAYOUTS = 5


def region(rng, layout):
    return "US" if layout != 1 else rng.choice(["US", "US", "CA"])


def auth_no(g):
    return g.ch([g.ch(["A", "UM", "PA", "IP"]) + "%d%07d" % (g.today.year % 100, g.randint(1, 9999999)),
                 "%d-%06d" % (g.today.year % 100, g.randint(1, 999999)),
                 "%09d" % g.randint(10 ** 8, 10 ** 9 - 1),
                 "REF%08d" % g.randint(1, 10 ** 8)])


SNFS = ["Maple Grove Rehab", "Sunrise Skilled Nursing", "Oak Hollow Care Center", "Bayside Transitional Care",
        "Heritage Manor", "Pleasant View Health & Rehab", "Riverside Post-Acute", "St. Jude Nursing Home"]


def build(g, d, layout):
    pt = g.person(age=(45, 99))
    cm = g.clinician("rn")
    pa = g.clinician("md")
    att = g.clinician("md")
    admit = g.days_ago(2, 9)
    dx, icd = g.dx()
    payer = g.payer()
    fam = g.person(age=(40, 72), same_last=pt.last if g.chance(0.5) else None)
    fam.rel = rel(g, fam, ["daughter", "son", "wife", "husband", "niece", "nephew"])
    age = pt.age_on(g.today)
    age_piece = ("age", str(age)) if age > 89 else str(age)

    if layout == 0:
        d.add(pick(g, ["UTILIZATION REVIEW - CONCURRENT", "Concurrent Review", "UR NOTE", "Utilization Management Review"]), "\n")
        items = [
            (pick(g, ["Member", "Patient", "Pt Name"]), ("name", pt.name(g.ch(["LFM", "LF", "Lf"])))),
            (pick(g, ["Member ID", "Mbr ID", "Subscriber #", "Member #"]), ("health_plan", g.member_id())),
            (pick(g, ["DOB", "Birthdate", "D.O.B."]), ("date", g.date(pt.dob))),
            (pick(g, ["Age"]), age_piece),
            (pick(g, ["MRN", "MR#", "Med Rec #"]), ("mrn", g.mrn())),
            (pick(g, ["Acct", "Account #", "FIN", "HAR"]), ("account", g.account())),
            (pick(g, ["Payer", "Plan", "Insurance"]), payer),
            (pick(g, ["Auth #", "Authorization", "Cert #", "Ref #"]), ("id", auth_no(g))),
            (pick(g, ["Admit", "Admit Date", "Adm"]), ("date", g.date(admit))),
            (pick(g, ["Attending", "Attg"]), [title_dr(g), ("name", att.name(g.ch(["fl", "Lf", "l"])))]),
        ]
        g.rng.shuffle(items)
        emit_fields(d, g, items)
        d.add("\n", pick(g, ["Clinical summary", "Clinical", "Review"]), ": ", age_piece, "yo ", "F" if pt.sex == "F" else "M", " adm ", g.ch(["via ED", "direct admit", "from SNF"]), " w/ ", dx, " (", icd, "). ",
              g.ch(["BP 88/52 on arrival, lactate 3.1, started on pressors.", "Still on 4L NC, SpO2 90%, IV Lasix 40 mg BID.",
                    "POD2 s/p Hartmann procedure, NPO, NGT to LIWS.", "Hgb 6.9 -> transfused 2u PRBC, GI consulted."]), "\n",
              "Criteria: ", g.ch(["InterQual Acute Adult", "MCG Inpatient", "Milliman"]), " ", g.ch(["met", "NOT met", "met for IP, day 3 pending"]),
              ". LOS ", str(g.randint(2, 9)), "/GMLOS ", "%.1f" % (g.randint(25, 60) / 10), ".\n",
              "Next review: ", ("date", g.date(g.days_ahead(1, 3), g.ch(["md", "m/d/y", "mdY"]))), "\n",
              pick(g, ["Sent to PA", "Physician Advisor review requested", "Escalated to PA"]), ": ", title_dr(g), ("name", pa.name(g.ch(["fl", "l"]))),
              " ", ("date", g.date(g.today, "md")), " ", g.time("24"), "\n",
              pick(g, ["Reviewer", "UR RN", "Completed by"]), ": ", ("name", cm.name(g.ch(["fl", "Lf"]))), ", ", cm.cred,
              "  ", pick(g, ["Ph", "Direct line", "x"]), " ", ("phone", g.phone()), "  ", pick(g, ["Fax", "Secure fax"]), " ", ("fax", g.phone()), "\n")
    elif layout == 1:
        d.add(pick(g, ["CASE MANAGEMENT PROGRESS NOTE", "CM Note", "Care Coordination Note", "Case Mgmt f/u"]), " ",
              ("date", g.date(g.today)), " ", g.time("24"), "\n\n")
        d.filter = None
        d.add("CM met with pt ", ("name", pt.name(g.ch(["fl", "Lf", "l"]) if g.chance(0.5) else "fl")), " and ", fam.rel, " ", ("name", fam.name(g.ch(["f", "fl"]))),
              " at bedside (Rm ", str(g.randint(300, 899)), "-", g.ch(["A", "B", "1", "2"]), "). Pt is ", age_piece, " y/o, ",
              g.ch(["A&Ox3", "A&Ox2, forgetful", "pleasant, HOH"]), ", lives ", g.ch(["alone", "with spouse", "with " + fam.rel]), " in a ",
              g.ch(["2-story home, 14 steps to bedroom", "1st floor apt", "mobile home w/ 3 steps"]), " at ", ("address", pt.addr.one_line()), ".\n",
              "PCP: ", title_dr(g), ("name", g.clinician("md").name(g.ch(["fl", "l"]))), ". Pharmacy: ", g.pharmacy(), " (", ("address", g.address().street_line()), ").\n",
              "Ins: ", payer, " ", pick(g, ["ID", "mbr#", "member id"]), " ", ("health_plan", g.member_id() if g.region == "US" else g.health_card()), ".\n",
              "PT/OT rec: ", g.ch(["SNF", "HH PT/OT", "home w/ 24h supervision", "acute rehab"]), ". Morse Fall Scale 65. Pt ",
              g.ch(["agreeable", "declines SNF, wants to go home", "undecided"]), "; ", fam.rel, " ", g.ch(["supportive", "works nights", "lives in"]),
              " ", ("address", fam.addr.town), ".\n",
              "HCP/POA: ", ("name", fam.name("fl")), " ", ("phone", fam.cell), g.ch([" (cell)", "", " c"]), "; alt ", ("name", g.person().name("fl")),
              " ", ("phone", g.phone()), ".\n",
              *(["Housing: pt reports sleeping in ", g.ch(["car", "truck", "van"]), " (", g.ch(["2009 Honda Civic", "2012 Ford Ranger", "2006 Dodge Caravan", "2015 Kia Soul"]),
                 ", plate ", ("vehicle", g.plate()), ") since ", g.ch(["eviction", "October", "discharge from shelter"]), "; SW consulted.\n"] if g.chance(0.4) else []),
              "Plan: ", g.ch(["referrals sent", "f/u w/ team tomorrow", "await PT re-eval"]), ". Anticipated DC ", ("date", g.date(g.days_ahead(1, 5), g.ch(["md", "m/d/y"]))), ".\n",
              "-- ", ("name", cm.name(g.ch(["fl", "fL.", "ini"]))), ", ", cm.cred, " ", g.ch(["CM", "RN CM", "Case Manager"]), " ", ("phone", g.phone()), "\n")
    elif layout == 2:
        d.add(pick(g, ["DISCHARGE PLANNING", "DC Planning Note", "Transition Planning"]), " - ", ("name", pt.name(g.ch(["LF", "Lf"]))),
              " ", pick(g, ["MRN", "MR#"]), " ", ("mrn", g.mrn()), "\n", pick(g, ["Date", "Dt"]), ": ", ("date", g.date(g.today)), "\n\n")
        d.add("Referrals sent via ", g.ch(["CarePort", "Allscripts", "fax", "Ensocare"]), " ", ("date", g.date(g.today, "md")), ":\n")
        for snf in g.rng.sample(SNFS, g.randint(2, 4)):
            st = g.ch(["ACCEPTED", "declined - no LTC bed", "pending", "declined - payer", "reviewing"])
            d.add("  - ", snf, " fax ", ("fax", g.phone()), " -> ", st)
            if st == "ACCEPTED":
                d.add(" (admissions: ", ("name", g.person().name(g.ch(["f", "fl"]))), " ", ("phone", g.phone()), ")")
            d.add("\n")
        d.add("\n", payer, " auth for SNF: ", ("id", auth_no(g)), " approved x", str(g.randint(3, 14)), " days, next review ",
              ("date", g.date(g.days_ahead(5, 10), g.ch(["md", "mdY"]))), ". Case mgr at plan: ", ("name", g.person().name("fl")),
              " ", ("phone", g.phone(tollfree=True)), g.ch([" ext ", " x"]), str(g.randint(1000, 9999)), ".\n",
              "Transport: ", g.ch(["wheelchair van", "BLS ambulance", "family"]), " @ ", g.time("24"), ". ", fam.rel.capitalize(), " ", ("name", fam.name("f")),
              " aware, will meet pt there.\n", "Medicare IM letter given ", ("date", g.date(g.days_ago(0, 2), "md")), ", 2nd copy ", ("date", g.date(g.today, "md")), ".\n",
              ("name", cm.name(g.ch(["fl", "ini"]))), " ", cm.cred, "\n")
    elif layout == 3:
        d.add(pick(g, ["PAYER CALL LOG", "Call log", "Insurance contact log"]), " -- ", ("name", pt.name("LF")), " / ",
              pick(g, ["Mbr", "Member ID", "ID"]), " ", ("health_plan", g.member_id()), " / DOB ", ("date", g.date(pt.dob)), "\n")
        t = g.days_ago(0, 5)
        for i in range(g.randint(3, 5)):
            t = t + dt.timedelta(days=g.randint(0, 1))
            who = g.person()
            d.add(("date", g.date(t, g.ch(["md", "mdz", "m/d/y"]))), " ", g.time("24c"), " ")
            k = g.randint(0, 4)
            if k == 0:
                d.add("Called ", payer, " UM ", ("phone", g.phone(tollfree=True)), ", spoke w/ ", ("name", who.name(g.ch(["f", "fL", "fl"]))),
                      ", ref# ", ("id", "%d%09d" % (g.today.year, g.randint(1, 10 ** 9))), ". Clinicals requested.")
            elif k == 1:
                d.add("Faxed clinicals to ", ("fax", g.phone()), " (", str(g.randint(4, 22)), " pgs). Conf rec'd.")
            elif k == 2:
                d.add("Rec'd denial for ", g.ch(["IP level of care", "days 4-6", "LTACH"]), ". P2P offered w/ ", title_dr(g), ("name", g.person().name(g.ch(["fl", "l"]))),
                      " by ", ("date", g.date(g.days_ahead(1, 2), "md")), " ", g.time("12"), ". Case #", ("id", auth_no(g)), ".")
            elif k == 3:
                d.add("P2P completed by ", title_dr(g), ("name", att.name("l")), "; ", g.ch(["overturned", "upheld", "obs approved"]), ". Auth ", ("id", auth_no(g)), ".")
            else:
                d.add("LVM for pt's ", fam.rel, " ", ("name", fam.name("f")), " at ", ("phone", fam.cell), " re: appeal rights.")
            d.add(" -", ("name", cm.name(g.ch(["ini", "ini", "fL"]))), "\n")
    else:
        d.add("| ", pick(g, ["Pt", "Patient"]), ": ", ("name", pt.name("LF")), " | DOB: ", ("date", g.date(pt.dob)), " | ", pick(g, ["MRN", "MR#"]), ": ",
              ("mrn", g.mrn()), " | FIN: ", ("account", g.account()), " |\n",
              "| Payer: ", payer, " | ", pick(g, ["Policy", "Member ID", "Sub ID"]), ": ", ("health_plan", g.member_id()), " | Grp: ", ("health_plan", g.group_no()), " |\n",
              "| Admit: ", ("date", g.date(admit, "mdY")), " | Status: ", g.ch(["IP", "OBS", "IP -> OBS"]), " | Bed: ", g.ch(["5W", "ICU", "4E", "TELE"]), "-", str(g.randint(1, 40)), " |\n\n",
              "AUTH GRID\n", "Auth#            From        To          Days  Status\n")
        start = admit
        for i in range(g.randint(2, 3)):
            end = start + dt.timedelta(days=g.randint(1, 3))
            d.add(("id", auth_no(g)), "   ", ("date", g.date(start, "mdY")), "  ", ("date", g.date(end, "mdY")), "  ", str((end - start).days), "     ",
                  g.ch(["APPR", "PEND", "DENIED", "APPR"]), "\n")
            start = end
        d.add("\nUR: ", ("name", cm.name("fl")), " ", cm.cred, "   PA: ", ("name", pa.name("fl")), " ", pa.cred, "\n",
              "Barriers: ", g.ch(["no caregiver at home", "pending Medicaid application", "homeless - shelter bed needed", "needs O2 eval"]), "\n")
        if g.chance(0.5):
            d.add("SSN on face sheet: ", ("ssn", g.ch([g.ssn(), "XXX-XX-%04d" % g.randint(1, 9999), "***-**-%04d" % g.randint(1, 9999)])), " (for Medicaid app)\n")
