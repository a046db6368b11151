"""Style 6: home health visit logs."""
import datetime as dt

from .kit import emit_fields, pick, rel, pron, hon, title_dr
from . import pools as P

N_LAYOUTS = 5

AGENCIES = ["Compass Home Health", "VNA of the Valley", "BrightPath Home Care", "Hearthside Home Health Services",
            "Caring Hands HHA", "Bayada-style Home Care Partners", "Visiting Nurses of the Tri-County"]
CA_AGENCIES = ["Home and Community Care Support Services", "ParaMed Home Health", "VON Canada", "SE Health"]


def region(rng, layout):
    return "CA" if layout == 4 and rng.random() < 0.6 else "US"


def build(g, d, layout):
    pt = g.person(age=(60, 101))
    nurse = g.clinician("rn")
    aide = g.person(age=(22, 60))
    pt_ther = g.clinician("other")
    md = g.clinician("md")
    fam = g.person(age=(35, 70), same_last=pt.last if g.chance(0.5) else None)
    fam.rel = rel(g, fam, ["daughter", "son", "wife", "husband", "niece", "nephew"])
    agency = g.ch(CA_AGENCIES if g.region == "CA" else AGENCIES)
    age = pt.age_on(g.today)
    age_piece = ("age", str(age)) if age > 89 else str(age)

    if layout == 0:
        d.add(agency.upper(), " - ", pick(g, ["VISIT LOG", "Visit Record", "Weekly Visit Log", "Visit Summary"]), "\n",
              pick(g, ["Patient", "Client", "Pt"]), ": ", ("name", pt.name(g.ch(["LF", "Lf", "fl"]))), "   ",
              pick(g, ["MRN", "Agency #", "Chart #", "Pt ID"]), ": ", ("mrn", g.mrn()), "   ", pick(g, ["Medicare #", "MBI", "HIC#"]), ": ", ("health_plan", g.mbi()), "\n",
              pick(g, ["Address", "Home"]), ": ", ("address", pt.addr.one_line()), "\n",
              pick(g, ["Episode", "Cert period", "Cert"]), ": ", ("date", g.date(g.days_ago(20, 40), "mdY")), " - ", ("date", g.date(g.days_ahead(20, 40), "mdY")), "\n\n")
        sepch = g.ch([" | ", "\t", "  ", " ; "])
        d.add(sepch.join(["Date", "In", "Out", "Clinician", "Disc", "Type"]), "\n")
        day = g.days_ago(6, 14)
        staff = [(nurse, "SN"), (aide, "HHA"), (pt_ther, "PT")]
        for i in range(g.randint(4, 7)):
            day = day + dt.timedelta(days=g.randint(1, 2))
            who, disc = g.ch(staff)
            tin, tout = g.time_range("24c", (25, 110))
            d.add(("date", g.date(day, g.ch(["mdz", "md", "mdY"]))), sepch, tin, sepch, tout, sepch,
                  ("name", who.name(g.ch(["fL", "Lf", "ini", "fl"]))), sepch, disc, sepch, g.ch(["RV", "Routine", "PRN", "Missed - pt at MD appt", "Recert"]), "\n")
        d.add("\n", pick(g, ["Case Manager", "CM", "Clinical Manager"]), ": ", ("name", nurse.name("fl")), ", ", nurse.cred, "  ", ("phone", g.phone()), "\n",
              pick(g, ["Physician", "Certifying MD", "Attending"]), ": ", ("name", md.name(g.ch(["fl", "Lf"]))), "  NPI ", ("license", g.npi()), "\n")
    elif layout == 1:
        visit = g.days_ago(0, 3)
        d.add(pick(g, ["SKILLED NURSING VISIT NOTE", "SN Visit", "Skilled Nursing - Routine Visit", "RN Home Visit"]), "\n",
              "Pt: ", ("name", pt.name(g.ch(["fl", "LF"]))), "   DOB ", ("date", g.date(pt.dob)), "   Visit ", ("date", g.date(visit)), " ", "-".join(g.time_range()), "\n\n")
        d.add("Arrived at pt home ", ("address", pt.addr.street_line()), g.ch([", ", " in "]), ("address", pt.addr.town), ". ",
              fam.rel.capitalize(), " ", ("name", fam.name(g.ch(["f", "fl"]))), " present", g.ch(["", " and assisting", ", primary CG"]), ". ",
              "Pt is a ", age_piece, " y/o ", "F" if pt.sex == "F" else "M", " s/p ", g.ch(["L hip ORIF", "CHF exacerbation", "R TKA", "CVA w/ L hemiparesis", "sepsis"]), ".\n",
              "VS: BP ", "%d/%d" % (g.randint(100, 170), g.randint(58, 96)), ", HR ", str(g.randint(58, 110)), ", RR ", str(g.randint(14, 22)), ", T ",
              "%.1f" % (g.randint(970, 1008) / 10), ", SpO2 ", str(g.randint(89, 99)), "% RA. Pain ", str(g.randint(0, 9)), "/10. Wt ", str(g.randint(98, 240)), " lb.\n",
              g.ch(["Foley catheter draining clear yellow urine, changed per order.", "Wound L heel 2.1 x 1.4 cm, no odor, dressing changed.",
                    "INR drawn via fingerstick 2.4.", "Med rec done, pillbox filled x 1 wk.", "Lungs w/ crackles bilat bases, + 2 pitting edema."]), "\n",
              "Aide ", ("name", aide.name(g.ch(["f", "fl", "fL"]))), " from ", g.ch(AGENCIES), " ", g.ch(["comes M/W/F 9-11", "scheduled daily AM", "due next on"]))
        if d.text.endswith("on"):
            d.add(" ", ("date", g.date(g.days_ahead(1, 3), "md")))
        d.add(". Spoke w/ ", title_dr(g), ("name", md.name(g.ch(["l", "fl"]))), "'s office (", ("phone", g.phone()), ") re ",
              g.ch(["wt gain 3 lb", "BP low", "new rash", "refill"]), "; ", g.ch(["orders rec'd", "awaiting callback", "Lasix increased to 40 mg BID"]), ".\n",
              *(["Telemonitor ", g.ch(["(Honeywell Genesis DM, model 8000)", "(Medtronic MyCareLink, model 24950)", "hub"]), " S/N ", ("device", g.device_serial()),
                 " ", g.ch(["transmitting daily wt/BP", "not transmitting x3 days", "reset today"]), "\n"] if g.chance(0.6) else []),
              "Next SN visit ", ("date", g.date(g.days_ahead(2, 7), g.ch(["md", "dowabbr"]))), ".\n",
              "EVV: ", g.ch(["GPS verified", "tel. verified from pt landline " , "FOB"]))
        if d.text.endswith("landline "):
            d.add(("phone", pt.phone))
        d.add("\n", "Signed: ", ("name", nurse.name(g.ch(["fl", "fml"]))), ", ", nurse.cred, " ", ("date", g.date(visit, "m/d/y")), "\n")
    elif layout == 2:
        d.add(pick(g, ["COMMUNICATION LOG", "Coordination notes", "Phone log", "Client contact log"]), " - ", ("name", pt.name("LF")), " (", ("mrn", g.mrn()), ")\n")
        t = g.days_ago(3, 8)
        for i in range(g.randint(4, 6)):
            t = t + dt.timedelta(days=g.randint(0, 2))
            d.add(("date", g.date(t, g.ch(["md", "mdz"]))), " ", g.time("24c"), " ")
            k = g.randint(0, 5)
            if k == 0:
                d.add("called pt at ", ("phone", pt.phone), " re missed visit, ", g.ch(["LVM", "no answer", "line busy", "spoke w/ pt"]), ".")
            elif k == 1:
                d.add(fam.rel, " ", ("name", fam.name("f")), " called from ", ("phone", fam.cell), ", reports pt ", g.ch(["fell in bathroom, no injury", "not eating", "more SOB", "confused overnight"]), ".")
            elif k == 2:
                d.add("faxed 485/POC to ", title_dr(g), ("name", md.name("l")), " ", ("fax", g.phone()), " for signature.")
            elif k == 3:
                d.add("HHA ", ("name", aide.name(g.ch(["f", "fL"]))), " reports ", g.ch(["skin tear R forearm", "pt refused shower", "no food in home", "new pressure area sacrum"]), ".")
            elif k == 4:
                d.add("scheduled SOC/ROC w/ ", ("name", pt_ther.name("fl")), " ", pt_ther.cred, " for ", ("date", g.date(g.days_ahead(1, 5), "md")), ".")
            else:
                d.add("pt moved in w/ ", fam.rel, " at ", ("address", fam.addr.one_line()), " until ", ("date", g.date(g.days_ahead(7, 30), "md")), ", updated EMR.")
            d.add(" ", g.ch(["-", "--", "/"]), ("name", g.ch([nurse, aide, pt_ther]).name(g.ch(["ini", "ini", "fL"]))), "\n")
    elif layout == 3:
        d.add(pick(g, ["START OF CARE - DEMOGRAPHICS", "SOC Face Sheet", "OASIS SOC: Patient Information", "Referral Intake"]), "\n")
        items = [
            (pick(g, ["Patient name", "Name", "M0040 Name"]), ("name", pt.name(g.ch(["LFM", "Lf", "fml"])))),
            (pick(g, ["DOB", "M0066 Birth Date", "Birthdate"]), ("date", g.date(pt.dob))),
            ("Age", age_piece),
            (pick(g, ["SSN", "M0064 SSN", "Soc Sec #"]), ("ssn", g.ssn())),
            (pick(g, ["Medicare #", "M0063 Medicare No", "MBI"]), ("health_plan", g.mbi())),
            (pick(g, ["Medicaid #", "M0065 Medicaid No", "Secondary"]), ("health_plan", g.member_id())),
            (pick(g, ["Street", "Address", "Home address"]), ("address", pt.addr.street_line())),
            (pick(g, ["City", "City/Town"]), ("address", pt.addr.town)),
            ("State", pt.addr.state),
            (pick(g, ["Zip", "ZIP", "M0060 ZIP"]), ("zip", pt.addr.postcode)),
            (pick(g, ["Phone", "Home phone"]), ("phone", pt.phone)),
            (pick(g, ["Emergency contact", "EC", "Primary caregiver"]), [("name", fam.name("fl")), " (", fam.rel, ") ", ("phone", fam.cell)]),
            (pick(g, ["Referring physician", "Attending MD", "Certifying physician"]), [("name", md.name(g.ch(["fl", "Lf"]))), ", ", md.cred]),
            (pick(g, ["NPI", "MD NPI"]), ("license", g.npi())),
            (pick(g, ["SOC date", "M0030 SOC", "Start of care"]), ("date", g.date(g.days_ago(0, 5)))),
            (pick(g, ["Primary dx", "M1021", "Dx"]), "%s (%s)" % g.dx()),
        ]
        emit_fields(d, g, items, mode=g.ch(["lines", "pad", "twocol"]))
        d.add("\n", pick(g, ["Directions to home", "Directions", "Access"]), ": ", g.ch(["2nd house past the Dollar General, blue trim, dog in yard.",
                                                                            "Apt bldg, buzz #4, elevator broken.",
                                                                            "Gravel driveway off " + g.address().street + ", park behind barn.",
                                                                            "Key in lockbox, code given by phone."]),
              "\n", "Intake by: ", ("name", g.person().name(g.ch(["fl", "ini"]))), " ", ("date", g.date(g.days_ago(1, 6), "m/d/y")), "\n")
    else:
        visit = g.days_ago(0, 4)
        hc = "Health card #" if g.region == "CA" else "Medicaid ID"
        d.add(pick(g, ["PSW Visit Record / Care Plan", "Personal Support Visit", "HOME CARE AIDE DAILY RECORD", "Aide Visit + EVV"]), "\n",
              "Client: ", ("name", pt.name(g.ch(["fl", "Lf"]))), "  ", hc, ": ", ("health_plan", g.health_card() if g.region == "CA" else g.member_id()), "\n",
              "Location: ", ("address", pt.addr.one_line()), "\n",
              "Care coordinator: ", ("name", nurse.name("fl")), "  ", ("phone", g.phone()), g.ch([" ext ", " x"]), str(g.randint(200, 999)), "\n",
              "Worker: ", ("name", aide.name(g.ch(["fl", "fL"]))), "  ", g.ch(["PSW", "HHA", "CNA"]), "\n",
              "DOB: ", ("date", g.date(pt.dob)), "   Emergency: ", ("name", fam.name(g.ch(["fl", "f"]))), " (", fam.rel, ") ", ("phone", fam.cell), "\n",
              "Date: ", ("date", g.date(visit)), "  Clock in %s / out %s" % tuple(g.time_range("12", (60, 180))), "\n",
              "Tasks: [x] bathing  [x] meal prep  [ ] laundry  [x] med reminder (", g.med()[0], ")  [ ] transfer w/ Hoyer\n",
              "Notes: client ", g.ch(["in good spirits", "tired, slept in chair", "c/o pain 6/10 R knee", "refused breakfast"]), ". ",
              fam.rel.capitalize(), " ", ("name", fam.name("f")), " ", g.ch(["dropped off groceries", "called during visit", "is away until"]))
        if d.text.endswith("until"):
            d.add(" ", ("date", g.date(g.days_ahead(2, 10), g.ch(["monthday", "md", "dMonY"]))))
        d.add(".\n", "Verification: ", g.ch(["client signature captured", "voice verification", "fingerprint scan (EVV device)", "signature pad"]), " - ",
              g.ch(["capture ID ", "biometric ref ", "sig id "]), ("biometric", g.ch(["BIO-", "SIG", "FP", "VV-"]) + str(g.randint(10 ** 6, 10 ** 8))), "\n")
