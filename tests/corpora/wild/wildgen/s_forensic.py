"""Style 11: court-ordered / forensic evaluation letters."""
import datetime as dt

from .kit import emit_fields, pick, hon, pron, rel, title_dr
from . import pools as P

N_LAYOUTS = 5

CARS = ["2014 Honda Civic", "2009 Ford F-150", "2017 Toyota Corolla", "2012 Dodge Ram 1500", "2019 Nissan Altima", "2011 Chevrolet Impala"]


def region(rng, layout):
    return {3: "UK", 4: "CA"}.get(layout, "US")


def case_no(g, kind="CR"):
    y = g.today.year - g.randint(0, 1)
    return g.ch(["%d-%s-%06d" % (y, kind, g.randint(1, 999999)), "%s%d-%05d" % (kind, y % 100, g.randint(1, 99999)),
                 "%02d%s%06d" % (y % 100, kind, g.randint(1, 999999)), "%d%s%07d" % (y, kind, g.randint(1, 9999999))])


def build(g, d, layout):
    ex = g.person(age=(18, 92), sex=g.ch("MMF"))
    ev = g.clinician("md")
    ev.cred = g.ch(["PhD, ABPP", "MD", "PsyD", "MD, DFAPA", "PhD"])
    judge = g.person(age=(45, 70))
    da = g.person(age=(28, 60))
    pd = g.person(age=(28, 60))
    evals = sorted([g.days_ago(10, 60) for _ in range(g.randint(1, 3))])
    rpt = g.today
    county = g.place[4] if g.region == "US" else ""
    age = ex.age_on(rpt)
    age_piece = ("age", str(age)) if age > 89 else str(age)
    oa = g.org_address()

    def ev_letterhead():
        d.add(("name", ev.name("fl")), ", ", ev.cred, "\n", g.ch(["Forensic Psychology", "Forensic Psychiatry", "Clinical & Forensic Psychology PLLC"]), "\n",
              ("address", oa.street_line()), "\n", ("address", oa.town_line()), "\n", "Tel ", ("phone", g.phone()), g.ch(["  Fax ", " | Fax: "]), ("fax", g.phone()), "\n",
              g.ch(["Lic. ", "License No. ", "CA Lic. ", "Lic # "]), ("license", g.ch(["PSY", "PSY ", "", "MD"]) + str(g.randint(10000, 99999))), "\n\n")

    if layout == 0:
        ev_letterhead()
        d.add(("date", g.date(rpt, "long")), "\n\n", "The Honorable ", ("name", judge.name(g.ch(["fl", "fml"]))), "\n",
              g.ch(["Superior Court of ", "Circuit Court, ", "District Court of "]), county, " County\n",
              ("address", g.org_address().one_line()), "\n\n",
              "RE: ", g.ch(["State v. ", "People v. ", "Commonwealth v. "]), ("name", ex.name(g.ch(["fl", "fml", "UP"]))), "\n",
              g.ch(["Case No. ", "Docket No. ", "Case #: "]), ("id", case_no(g)), "\n",
              g.ch(["Booking #: ", "Inmate ID: ", "SO# "]), ("id", str(g.randint(10 ** 5, 10 ** 7))), "\n",
              "DOB: ", ("date", g.date(ex.dob)), "\n\n",
              "Dear Judge ", ("name", judge.last), ":\n\n",
              "Pursuant to your order dated ", ("date", g.date(g.days_ago(61, 90), "long")), ", I evaluated ", hon(g, ex), ("name", ex.last),
              " regarding competency to stand trial. I interviewed ", pron(ex, "obj"), " at the ", county, " County Detention Center on ")
        for i, e in enumerate(evals):
            if i:
                d.add(" and " if i == len(evals) - 1 else ", ")
            d.add(("date", g.date(e, g.ch(["long", "monthday"]) if i < len(evals) - 1 else "long")))
        d.add(" for a total of ", str(g.randint(3, 7)), " hours.\n\n",
              "Sources of information: interview; ", g.ch(["MacCAT-CA", "ECST-R", "WAIS-IV", "MMPI-3"]), "; jail medical records; police report #",
              ("id", "%d-%05d" % (g.today.year % 100, g.randint(1, 99999))), "; telephone interview with ", pron(ex, "pos"), " ")
        coll = g.person(age=(40, 75), same_last=ex.last)
        d.add(rel(g, coll, ["mother", "father", "sister", "brother"]), ", ", ("name", coll.name("fl")), " (", ("phone", coll.phone), ").\n\n",
              hon(g, ex), ("name", ex.last), " is a ", age_piece, "-year-old ", g.ch(["single", "divorced", "married"]), " ", "woman" if ex.sex == "F" else "man",
              " who lived in ", ("address", ex.addr.town), " before ", pron(ex, "pos"), " arrest. ",
              g.ch(["Diagnoses include schizophrenia (F20.9) and alcohol use disorder, severe.", "There is a history of TBI in 2016.",
                    "Records note bipolar I disorder, current episode manic.", "Testing was consistent with mild intellectual disability."]), "\n\n",
              "Opinion: ", g.ch(["competent to proceed", "not presently competent; restoration is likely", "not competent; unrestorable"]), ".\n\n",
              "cc: ", ("name", da.name("fl")), ", ", g.ch(["ADA", "Deputy District Attorney", "Assistant State's Attorney"]), "; ",
              ("name", pd.name("fl")), ", ", g.ch(["Assistant Public Defender", "defense counsel", "Esq."]), " ", ("email", g.org_email(pd, g.ch(["pd.", "defender."]) + county.lower().replace(" ", "").replace(".", "") + "county.gov")), "\n\n",
              "Respectfully,\n", ("name", ev.name("fl")), ", ", ev.cred, "\n")
    elif layout == 1:
        p2 = g.person(age=(25, 55), sex="M" if ex.sex == "F" else "F")
        kids = [g.person(age=(2, 15), same_last=g.ch([ex.last, p2.last])) for _ in range(g.randint(1, 2))]
        ev_letterhead()
        d.add(pick(g, ["CHILD CUSTODY EVALUATION - SUMMARY", "Parenting Plan Evaluation", "Custody Evaluation Report"]), "\n\n",
              "In re the Marriage of ", ("name", ex.name("fl")), " and ", ("name", p2.name("fl")), "\n",
              g.ch(["Family Court Case No. ", "Docket No. ", "Cause No. "]), ("id", case_no(g, g.ch(["DR", "FA", "FL"]))), "\n",
              "Report date: ", ("date", g.date(rpt)), "\n\n",
              "Children:\n")
        for k in kids:
            d.add("  - ", ("name", k.name("fl")), ", DOB ", ("date", g.date(k.dob)), ", age ", str(k.age_on(rpt)), ", ",
                  g.ch(["attends Lincoln Elementary", "in 7th grade", "attends daycare", "IEP for ADHD"]), "\n")
        d.add("\nCounsel: ", ("name", da.name("fl")), ", Esq. (for Petitioner), ", ("phone", g.phone()), "; ",
              ("name", pd.name("fl")), ", Esq. (for Respondent), ", ("email", g.org_email(pd, g.ch(["familylawgroup.com", "hallmarklegal.com", "reyeslaw.net"]))), "\n",
              "GAL: ", ("name", g.person().name("fl")), "\n\n",
              "Home visits: Petitioner's residence, ", ("address", ex.addr.one_line()), ", on ", ("date", g.date(evals[0])), "; Respondent's residence, ",
              ("address", p2.addr.one_line()), ", on ", ("date", g.date(evals[-1] + dt.timedelta(days=2))), ".\n",
              "Collateral contacts: ", ("name", g.person().name("fl")), " (teacher), ", title_dr(g), ("name", g.clinician("md").name("fl")), " (pediatrician), maternal grandmother ",
              ("name", g.person(sex="F").name("fl")), ".\n\n",
              "Summary: ", g.ch(["Both parents are loving; joint legal custody is recommended.", "Concerns about substance use in one household (PEth 310 ng/mL).",
                                "Children expressed a clear preference; the 14-year-old's view was given weight."]), "\n")
    elif layout == 2:
        d.add(pick(g, ["CONFIDENTIAL FORENSIC PSYCHIATRIC EVALUATION", "Forensic Mental Health Evaluation", "FORENSIC REPORT"]), "\n\n")
        items = [(pick(g, ["Examinee", "Name", "Defendant"]), ("name", ex.name(g.ch(["LF", "fml", "Lf"])))),
                 ("DOB", ("date", g.date(ex.dob))), ("Age", age_piece),
                 ("SSN", ("ssn", g.ssn()) if g.chance(0.5) else "not provided"),
                 (pick(g, ["Case #", "Case Number", "Indictment No."]), ("id", case_no(g))),
                 (pick(g, ["Referral source", "Referred by", "Retained by"]), [("name", pd.name("fl")), ", ", g.ch(["Esq.", "Public Defender", "defense counsel"])]),
                 (pick(g, ["Charges", "Charge(s)"]), g.ch(["Assault 2nd degree", "Burglary", "Criminal threatening", "Arson 3rd degree", "DUI causing injury"])),
                 (pick(g, ["Date(s) of evaluation", "Interview dates", "Evaluated on"]), [x for i, e in enumerate(evals) for x in ([("date", g.date(e, "mdY"))] if i == 0 else ["; ", ("date", g.date(e, "mdY"))])]),
                 (pick(g, ["Place", "Location"]), g.ch(["County jail, attorney room", "outpatient office", "state hospital, Unit 3"])),
                 (pick(g, ["Evaluator", "Examiner"]), [("name", ev.name("fl")), ", ", ev.cred]),
                 ]
        if g.chance(0.5):
            items = items[:1] + sorted(items[1:], key=lambda it: g.rng.random())
        emit_fields(d, g, items, mode=g.ch(["lines", "pad"]))
        d.add("\nRECORDS REVIEWED\n",
              "1. Police incident report #", ("id", str(g.randint(10 ** 6, 10 ** 8))), " dated ", ("date", g.date(g.days_ago(120, 300), "mdY")), "\n",
              "2. ", g.facility(), " ED records, MRN ", ("mrn", g.mrn()), "\n",
              "3. Jail medical file (", g.ch(["Wellpath", "NaphCare", "county"]), "), inmate # ", ("id", str(g.randint(10 ** 5, 10 ** 6))), "\n",
              "4. Prior evaluation by ", title_dr(g), ("name", g.clinician("md").name("fl")), ", ", ("date", g.date(g.days_ago(400, 900), "mdY")), "\n\n",
              "COLLATERAL\n", "Telephone interview with ", pron(ex, "pos"), " ", g.ch(["ex-partner", "probation officer", "cousin"]), ", ",
              ("name", g.person().name("fl")), ", at ", ("phone", g.phone()), ".\n\n",
              "Mr./Ms. designations omitted per protocol. ", g.ch(["PCL-R not administered.", "HCR-20 V3: moderate risk.", "TOMM trial 2 = 31/50."]), "\n")
    elif layout == 3:
        sol = g.person(age=(30, 60))
        d.add(pick(g, ["IN THE CROWN COURT AT ", "IN THE CROWN COURT SITTING AT "]), g.place[0].upper(), "\n",
              "R v ", ("name", ex.name(g.ch(["UPL", "UP"]))), "\n", "Indictment No: ", ("id", "T%d%04d" % (g.today.year, g.randint(1, 9999))), "\n\n",
              "PSYCHIATRIC REPORT\n", "Prepared at the request of ", g.ch(["Hale & Dunmore Solicitors", "Crown Prosecution Service", "Barclay Rowe LLP"]),
              " (ref ", ("id", g.ch(["HD/", "CPS/", "BR-"]) + str(g.randint(10000, 99999))), "), instructing solicitor ", ("name", sol.name("fl")), "\n\n",
              "Defendant: ", ("name", ex.name(g.ch(["fl", "fml"]))), "\n", "Date of birth: ", ("date", g.date(ex.dob, "dlong")), "\n",
              "Address: ", ("address", ex.addr.one_line()), "\n", "PNC ID: ", ("id", "%d/%07d%s" % (g.today.year % 100, g.randint(1, 9999999), g.ch("ABCDEFGH"))), "\n",
              "NHS number: ", ("health_plan", g.health_card()), "\n\n",
              "Author: ", title_dr(g), ("name", ev.name("fl")), ", MBBS MRCPsych, Consultant Forensic Psychiatrist, GMC ", ("license", str(g.randint(3000000, 7999999))), "\n",
              "Seen at HMP ", g.ch(["Durham", "Leeds", "Bristol", "Lewes"]), " on ", ("date", g.date(evals[0], "dlong")), " via video-link.\n\n",
              "Summary: ", hon(g, ex), ("name", ex.last), " is a ", age_piece, " year old ", "woman" if ex.sex == "F" else "man", " charged with ",
              g.ch(["s.18 wounding", "criminal damage", "affray", "arson"]), ". ", g.ch(["There is evidence of paranoid schizophrenia.", "I found no evidence of mental disorder.",
                                                                                        "A hospital order under s.37 MHA 1983 is recommended."]), "\n",
              "GP: ", title_dr(g), ("name", g.clinician("md").name("fl")), ", ", g.ch(P.UK_FACILITIES[:4]), ".\n")
    else:
        d.add(pick(g, ["Ontario Court of Justice", "ONTARIO COURT OF JUSTICE", "Court of King's Bench"]), "\n",
              "R. v. ", ("name", ex.name(g.ch(["fl", "UP"]))), "   Information No. ", ("id", "%d-%d-%05d" % (g.randint(1, 9), g.today.year % 100, g.randint(1, 99999))), "\n\n",
              pick(g, ["Fitness and Risk Assessment", "Assessment Order (s. 672.11) - Report", "Impaired Driving Assessment"]), "\n",
              "Accused: ", ("name", ex.name("Lf")), "  DOB ", ("date", g.date(ex.dob, "iso")), "  Age ", age_piece, "\n",
              "Residence: ", ("address", ex.addr.street_line()), ", ", ("address", ex.addr.town_line()), "\n",
              "Health card: ", ("health_plan", g.health_card()), "\n",
              "Crown: ", ("name", da.name("fl")), "   Defence: ", ("name", pd.name("fl")), ", ", ("phone", g.phone()), "\n\n",
              "Index offence (", ("date", g.date(g.days_ago(90, 200), "long")), "): accused was stopped driving a ", g.ch(CARS),
              ", plate ", ("vehicle", g.plate()), ", VIN ", ("vehicle", g.vin()), "; BAC ", "%d mg/100 mL" % g.randint(90, 240), ". Driver's licence ",
              ("license", g.ch(["S", "M", "B", "D"]) + "%04d-%05d-%05d" % (g.randint(0, 9999), g.randint(0, 99999), g.randint(0, 99999))), " suspended.\n\n",
              "Assessed by ", title_dr(g), ("name", ev.name("fl")), " at ", g.ch(["CAMH-style forensic unit", "Royal Ottawa-style clinic", "regional forensic program"]),
              " on ", ("date", g.date(evals[0], "long")), ". ", g.ch(["AUDIT score 27.", "Fit to stand trial.", "CGI-S 5."]), "\n",
              "Interpreter ", ("name", g.person().name("fl")), " (ID ", ("id", str(g.randint(10000, 99999))), ") present for ", g.ch(["Punjabi", "Portuguese", "Tigrinya", "Cree"]), ".\n")
