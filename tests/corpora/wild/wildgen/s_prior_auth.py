"""Style 8: prior authorisation and appeal letters to payers."""
import datetime as dt

from .kit import emit_fields, pick, hon, pron, title_dr
from . import pools as P

N_LAYOUTS = 5

DRUG_CASES = [
    ("adalimumab (Humira) 40 mg/0.4 mL pen", "every 14 days", "rheumatoid arthritis, multiple sites", "M05.79", "methotrexate 20 mg weekly x 6 months", "DAS28 5.6 on "),
    ("dupilumab (Dupixent) 300 mg/2 mL", "every 2 weeks", "atopic dermatitis, severe", "L20.9", "topical steroids and cyclosporine", "EASI score 31 on "),
    ("semaglutide (Ozempic) 1 mg", "weekly", "type 2 diabetes mellitus without complications", "E11.9", "metformin 1000 mg BID and glipizide", "Most recent A1c 9.4% on "),
    ("ustekinumab 90 mg", "every 8 weeks", "Crohn disease of small intestine", "K50.00", "two TNF inhibitors", "CRP 42 mg/L on "),
    ("tirzepatide 7.5 mg", "weekly", "type 2 diabetes mellitus without complications", "E11.9", "metformin and empagliflozin", "A1c 8.8% on "),
    ("erenumab 70 mg/mL", "monthly", "chronic migraine without aura", "G43.709", "topiramate and propranolol", "headache diary (18 days/month) reviewed "),
    ("apixaban 5 mg", "BID", "atrial fibrillation, unspecified", "I48.91", "warfarin (labile INR, TTR 41%)", "CHA2DS2-VASc 5 documented "),
]

DRUGS = [("adalimumab (Humira) 40 mg/0.4 mL pen", "every 14 days"), ("dupilumab (Dupixent) 300 mg/2 mL", "every 2 weeks"),
         ("semaglutide (Ozempic) 1 mg", "weekly"), ("apixaban 5 mg", "BID"), ("ustekinumab 90 mg", "every 8 weeks"),
         ("tirzepatide 7.5 mg", "weekly"), ("erenumab 70 mg/mL", "monthly"), ("rivaroxaban 20 mg", "daily with evening meal")]
SERVICES = [("MRI lumbar spine without contrast", "72148"), ("total knee arthroplasty, right", "27447"),
            ("polysomnography, attended", "95810"), ("CPAP device and supplies", "E0601"), ("PET/CT skull base to mid-thigh", "78815"),
            ("outpatient physical therapy, 12 visits", "97110"), ("continuous glucose monitor", "E2103"),
            ("insulin pump, durable", "E0784")]


def region(rng, layout):
    return "US"


def claim_no(g):
    return g.ch(["%d%02d%02d%07d" % (g.today.year, g.today.month, g.randint(1, 28), g.randint(1, 9999999)),
                 "CLM-%d-%07d" % (g.today.year, g.randint(1, 9999999)), "E%d%09d" % (g.today.year % 100, g.randint(1, 10 ** 9)),
                 "%03d-%08d-%02d" % (g.randint(100, 999), g.randint(1, 10 ** 8), g.randint(0, 99))])


def ref_no(g):
    return g.ch(["PA-%d-%06d" % (g.today.year % 100, g.randint(1, 999999)), "%010d" % g.randint(1, 10 ** 10),
                 "AP%08d" % g.randint(1, 10 ** 8), "UM%d%06d" % (g.today.year % 100, g.randint(1, 999999)),
                 "G%07d" % g.randint(1, 10 ** 7)])


def payer_block(g, d, payer):
    pa = g.org_address()
    box = g.ch(["", "", "PO Box %d" % g.randint(1000, 99999), "P.O. Box %d" % g.randint(1000, 99999)])
    pa.unit = box
    d.add(payer, "\n", g.ch(["Pharmacy Prior Authorization Dept.", "Utilization Management", "Appeals & Grievances", "Clinical Review"]), "\n")
    if g.chance(0.3):
        d.add("Attn: ", g.ch(["Appeals Unit", "Medical Director", "PA Intake"]), "\n")
    if pa.unit.startswith("P"):
        d.add(("address", pa.unit), "\n", ("address", pa.town_line()), "\n")
    else:
        d.add(("address", pa.street_line()), "\n", ("address", pa.town_line()), "\n")
    d.add("Fax: ", ("fax", g.phone(tollfree=g.chance(0.5))), "\n\n")


def build(g, d, layout):
    pt = g.person(age=(19, 94))
    md = g.clinician("md")
    staff = g.clinician("other")
    payer = g.ch([p for p in P.US_PAYERS if p != "TRICARE"])
    fac = g.facility()
    fa = g.org_address()
    dx, icd = g.dx()
    mid = g.mbi() if payer.startswith("Medicare") else g.member_id()
    drug, freq, ddx, dicd, failed, metric = g.ch(DRUG_CASES)
    svc, code = g.ch(SERVICES)
    nonlocal_svc = [svc, code]
    letter_date = g.today

    def letterhead():
        d.add(fac, "\n", ("address", fa.street_line()), g.ch([" | ", "\n"]), ("address", fa.town_line()), "\n",
              g.ch(["Tel ", "Phone: ", "P "]), ("phone", g.phone()), g.ch([" | Fax ", "  Fax: ", " F "]), ("fax", g.phone()), "\n\n")

    def re_block(kind):
        items = [(pick(g, ["Patient", "Member", "Member Name", "Patient Name"]), ("name", pt.name(g.ch(["fl", "fml", "LF"])))),
                 (pick(g, ["DOB", "Date of Birth"]), ("date", g.date(pt.dob))),
                 (pick(g, ["Member ID", "Policy #", "ID #", "Subscriber ID"]), ("health_plan", mid)),
                 (pick(g, ["Group #", "Group", "Grp No."]), ("health_plan", g.group_no()))]
        if kind == "appeal":
            items += [(pick(g, ["Claim #", "Claim Number", "ICN"]), ("id", claim_no(g))),
                      (pick(g, ["Date of Service", "DOS"]), ("date", g.date(g.days_ago(30, 120)))),
                      (pick(g, ["Denial reference", "Reference #", "Ref No."]), ("id", ref_no(g)))]
        else:
            items += [(pick(g, ["Request", "Medication", "Service requested"]), drug if kind == "drug" else "%s (CPT/HCPCS %s)" % tuple(nonlocal_svc))]
        d.add(g.ch(["RE: ", "Re: ", "RE:\n"]))
        emit_fields(d, g, items, mode=g.ch(["lines", "pad", "tab"]))
        d.add("\n")

    if layout == 0:
        letterhead()
        d.add(("date", g.date(letter_date, g.ch(["long", "mdY", "abbr"]))), "\n\n")
        payer_block(g, d, payer)
        re_block("drug")
        d.add("To Whom It May Concern:\n\n",
              "I am writing on behalf of my patient, ", ("name", pt.name("fl")), ", to request prior authorization for ", drug, " ", freq,
              " for the treatment of ", ddx, " (ICD-10 ", dicd, "). ", hon(g, pt), ("name", pt.last), " has been under my care since ", str(g.randint(2012, 2022)),
              " and has failed ", failed, ". ", metric, ("date", g.date(g.days_ago(10, 60), "m/d/y")), ".\n\n",
              "Delay in therapy is likely to result in ", g.ch(["hospitalization", "irreversible joint damage", "disease progression"]),
              ". Please contact my office at ", ("phone", g.phone()), " or fax determinations to ", ("fax", g.phone()), ".\n\n",
              "Sincerely,\n\n", ("name", md.name(g.ch(["fl", "fml"]))), ", ", md.cred, "\n", "NPI ", ("license", g.npi()), "  ",
              g.ch(["DEA ", "State Lic. # ", "Lic "]))
        if d.text.endswith("DEA "):
            d.add(("license", g.dea(md.last)))
        else:
            d.add(("license", g.ch(["MD", "ME", "A", "G"]) + str(g.randint(10000, 999999))))
        d.add("\n", "Prepared by: ", ("name", staff.name(g.ch(["fl", "ini"]))), ", ", g.ch(["PA Specialist", "MA", "CPhT"]), "\n")
    elif layout == 1:
        letterhead()
        d.add(("date", g.date(letter_date, g.ch(["long", "mdY"]))), "\n\n", g.ch(["VIA FAX", "SENT VIA FAX AND MAIL", "Via secure portal"]), "\n\n")
        payer_block(g, d, payer)
        re_block("appeal")
        d.add(g.ch(["Dear Appeals Reviewer:", "Dear Medical Director,", "To the Appeals Committee:"]), "\n\n",
              "Please accept this letter as a ", g.ch(["Level 1", "first-level", "formal", "second-level"]), " appeal of the denial dated ",
              ("date", g.date(g.days_ago(5, 30), g.ch(["long", "mdY"]))), " for ", svc, " (", code, ") performed on ", ("name", pt.name(g.ch(["fl", "l"]))),
              ". The denial cites ", g.ch(["lack of medical necessity", "no prior authorization on file", "out-of-network provider", "experimental/investigational"]), ".\n\n",
              "The patient is a ", ("age", str(pt.age_on(g.today))) if pt.age_on(g.today) > 89 else str(pt.age_on(g.today)), "-year-old with ", dx,
              ". ", g.ch(["Conservative therapy including PT x 8 weeks and NSAIDs failed.", "Pain 8/10 limits ambulation to 50 ft.",
                          "AHI 38 on home sleep test.", "Two falls with fracture since " + str(g.today.year - 2) + "."]), "\n",
              "Authorization was in fact obtained by phone on ", ("date", g.date(g.days_ago(40, 150), "m/d/Y")), ", reference ", ("id", ref_no(g)),
              ", from ", ("name", g.person().name(g.ch(["f", "fl"]))), " at ", ("phone", g.phone(tollfree=True)), ".\n\n",
              "Enclosed: office notes, imaging report, EOB. Our billing account for this encounter is ", ("account", g.account()), ".\n\n",
              "Respectfully,\n", ("name", md.name("fl")), ", ", md.cred, "\n", "cc: ", ("name", pt.name("fl")), ", ", ("address", pt.addr.one_line()), "\n")
    elif layout == 2:
        pa = g.org_address()
        d.add(payer.upper(), "\n", ("address", pa.street_line()), ", ", ("address", pa.town_line()), "\n\n",
              ("date", g.date(letter_date, "long")), "\n\n",
              ("name", pt.name(g.ch(["UP", "fl"]))), "\n", ("address", pt.addr.street_line()), "\n", ("address", pt.addr.town_line()), "\n\n",
              g.ch(["Member ID: ", "ID: ", "Member #: "]), ("health_plan", mid), "\n",
              g.ch(["Reference #: ", "Case Number: ", "Authorization #: "]), ("id", ref_no(g)), "\n",
              "Provider: ", ("name", md.name("fl")), ", ", md.cred, "\n\n",
              "Dear ", hon(g, pt), ("name", pt.last), ":\n\n")
        approved = g.chance(0.5)
        if approved:
            d.add("We have approved your request for ", svc, " from ", ("date", g.date(g.days_ahead(0, 5), "mdY")), " through ",
                  ("date", g.date(g.days_ahead(90, 180), "mdY")), ". This approval is not a guarantee of payment.\n\n")
        else:
            d.add("We have denied your request for ", svc, " (", code, ") received on ", ("date", g.date(g.days_ago(5, 14), "mdY")),
                  ". Our medical director, ", title_dr(g), ("name", g.clinician("md").name("fl")), ", reviewed the request using ",
                  g.ch(["InterQual criteria", "MCG guidelines", "our Clinical Policy CP.MP.107"]), ". You have 60 days to appeal.\n\n")
        d.add("If you have questions, call Member Services at ", ("phone", g.phone(tollfree=True)), " (TTY 711), 8 a.m. to 8 p.m., or visit ",
              ("url", g.ch(["www.", "https://www.", "https://members."]) + payer.split()[0].lower().replace("(", "") + g.ch(["health.com", "plan.org", ".com"]) + g.ch(["", "/appeals", "/priorauth"])),
              ".\n\nSincerely,\n", ("name", g.person().name("fl")), "\n", g.ch(["Utilization Management", "Appeals Coordinator", "Clinical Services"]), "\n\n",
              "cc: ", ("name", md.name("fl")), g.ch([", MD", ""]), " (fax ", ("fax", g.phone()), ")\n")
    elif layout == 3:
        d.add(g.ch(["FAX COVER SHEET", "*** FAX ***", "Facsimile Transmittal"]), "\n",
              "To: ", payer, " ", g.ch(["Pharmacy PA", "UM Intake", "Precert"]), "   Fax: ", ("fax", g.phone(tollfree=True)), "\n",
              "From: ", ("name", staff.name("fl")), " @ ", fac, "   Fax: ", ("fax", g.phone()), "   Phone: ", ("phone", g.phone()), "\n",
              "Date: ", ("date", g.date(letter_date, "mdY")), "   Pages: ", str(g.randint(3, 14)), " (incl. cover)\n",
              "Re: PA request - ", ("name", pt.name("LF")), "\n", "=" * 40, "\n\n",
              g.ch(["PRIOR AUTHORIZATION REQUEST FORM", "Medication Prior Authorization Request", "Precertification Request"]), "\n")
        items = [("Member name", ("name", pt.name(g.ch(["Lf", "LF"])))), ("Member ID", ("health_plan", mid)),
                 ("Group #", ("health_plan", g.group_no())), ("DOB", ("date", g.date(pt.dob))),
                 ("Member phone", ("phone", pt.phone)), ("Member address", ("address", pt.addr.one_line())),
                 ("Prescriber", [("name", md.name("fl")), ", ", md.cred]), ("Prescriber NPI", ("license", g.npi())),
                 ("Prescriber DEA", ("license", g.dea(md.last))), ("Office contact", [("name", staff.name("f")), " ", ("phone", g.phone())]),
                 ("Drug / strength", drug), ("Directions", freq), ("Qty / days supply", "%d / %d" % (g.ch([1, 2, 4, 30, 60]), g.ch([28, 30, 84, 90]))),
                 ("NDC", "%05d-%04d-%02d" % (g.randint(1, 99999), g.randint(1, 9999), g.randint(1, 99))),
                 ("Diagnosis / ICD-10", "%s / %s" % (ddx, dicd)), ("Previous therapies", "%s (%d-%d)" % (failed, g.today.year - 4, g.today.year - 1))]
        emit_fields(d, g, items, mode=g.ch(["lines", "pad"]))
        d.add("\nPrescriber signature: ", g.ch(["[signed]", "/e-signed/", "____"]), "  Date: ", ("date", g.date(letter_date, "m/d/y")), "\n")
    else:
        letterhead()
        d.add(("date", g.date(letter_date)), "\n\n")
        payer_block(g, d, payer)
        dev, svc2, code2 = g.ch([("CPAP (ResMed AirSense 11, model 39000)", "CPAP device and supplies", "E0601"),
                                 ("insulin pump (model MMT-780G)", "insulin pump, durable", "E0784"),
                                 ("continuous glucose monitor (Dexcom G7)", "continuous glucose monitor", "E2103"),
                                 ("implantable cardiac monitor (LINQ II, model LNQ22)", "implantable loop recorder replacement", "33285")])
        nonlocal_svc[0], nonlocal_svc[1] = svc2, code2
        re_block("svc")
        d.add("LETTER OF MEDICAL NECESSITY\n\n", ("name", pt.name("fl")), " requires replacement of ", pron(pt, "pos"), " ", dev, ". ",
              "The current unit, serial number ", ("device", g.device_serial()), ", was dispensed on ", ("date", g.date(g.days_ago(1500, 2200), "mdY")),
              " and is ", g.ch(["out of warranty and failing", "cracked and alarming", "no longer transmitting to the remote monitor"]), ". ")
        if "monitor" in dev:
            d.add("The paired bedside transmitter (S/N ", ("device", g.device_serial()), ") ", g.ch(["has also failed.", "is unaffected."]), " ")
        d.add("Compliance download ", ("date", g.date(g.days_ago(5, 30), "m/d/y")), ": ", g.ch(["usage 92% of nights >4 h, AHI 2.1", "TIR 71%", "no data 9 days"]), ".\n\n",
              "DME supplier: ", g.ch(["Apria-style Home Medical", "Lincare Partners", "Valley Medical Supply"]), ", ", ("address", g.org_address().one_line()),
              ", ph ", ("phone", g.phone()), ", NPI ", ("license", g.npi()), ".\n\n",
              "Sincerely,\n", title_dr(g), ("name", md.name("fl")), "\n", "NPI ", ("license", g.npi()), "\n")
