"""Style 7: lab and pathology requisition forms."""
import datetime as dt

from .kit import emit_fields, pick, title_dr
from . import pools as P

N_LAYOUTS = 5

TESTS = [("CBC w/ Diff", "85025"), ("CMP", "80053"), ("BMP", "80048"), ("Lipid Panel", "80061"), ("HbA1c", "83036"),
         ("TSH", "84443"), ("PT/INR", "85610"), ("Urinalysis w/ micro", "81001"), ("Urine culture", "87086"),
         ("Vitamin D 25-OH", "82306"), ("Ferritin", "82728"), ("PSA, screening", "G0103"), ("Magnesium", "83735"),
         ("BNP", "83880"), ("Troponin I", "84484"), ("Hep C Ab", "86803"), ("Blood culture x2", "87040")]
TUBES = ["LAV", "SST", "LT BLUE", "GRN", "GOLD", "URINE", "RED"]


def region(rng, layout):
    return "CA" if layout == 3 else rng.choice(["US", "US", "US", "CA"])


def req_no(g):
    return g.ch(["R", "REQ", "Q", ""]) + str(g.randint(10 ** 7, 10 ** 9))


def accession(g, kind="CH"):
    yy = g.today.year % 100
    return g.ch(["%s%d-%06d" % (kind, yy, g.randint(1, 999999)), "%d-%s-%05d" % (yy, kind, g.randint(1, 99999)),
                 "%d%03d%05d" % (yy, g.today.timetuple().tm_yday, g.randint(1, 99999)), "A%08d" % g.randint(1, 10 ** 8)])


def build(g, d, layout):
    pt = g.person(age=(1, 97))
    md = g.clinician("md")
    phleb = g.person(age=(22, 55))
    coll = g.days_ago(0, 3)
    dx, icd = g.dx()
    dx2, icd2 = g.dx()
    lab = g.ch(["Tri-State Reference Laboratory", "Quest-style Regional Lab", "Northgate Hospital Laboratory", "ClearPath Diagnostics",
                "Meridian Pathology Associates"])
    tests = g.rng.sample(TESTS, g.randint(3, 6))

    if layout == 0:
        d.add(lab.upper(), "\n", pick(g, ["LABORATORY REQUISITION", "Test Requisition", "Outpatient Lab Order", "REQUISITION / ORDER FORM"]), "\n",
              pick(g, ["Requisition #", "Req No.", "REQ#", "Order #"]), " ", ("id", req_no(g)), "    ", pick(g, ["Client #", "Acct", "Account"]), " ",
              ("account", g.account()), "\n", "-" * g.randint(30, 60), "\n")
        items = [
            (pick(g, ["Patient", "Patient Name (Last, First)", "Name"]), ("name", pt.name(g.ch(["LFM", "LF", "Lf"])))),
            (pick(g, ["DOB", "Date of Birth"]), ("date", g.date(pt.dob))),
            ("Sex", pt.sex),
            (pick(g, ["MRN", "Patient ID", "MR #"]), ("mrn", g.mrn())),
            (pick(g, ["Address", "Pt Address"]), ("address", pt.addr.one_line())),
            (pick(g, ["Phone", "Pt Phone"]), ("phone", pt.phone)),
            (pick(g, ["Insurance", "Bill to"]), g.payer() if g.region == "US" else "OHIP"),
            (pick(g, ["Policy #", "Member ID", "Subscriber ID"]), ("health_plan", g.member_id() if g.region == "US" else g.health_card())),
        ]
        if g.chance(0.35) and g.region == "US":
            items.append((pick(g, ["SSN", "Soc Sec #", "SS#"]), ("ssn", g.ch([g.ssn(), "XXX-XX-%04d" % g.randint(1, 9999)]))))
        if g.chance(0.4):
            items.append((pick(g, ["Guarantor", "Responsible party"]), ("name", g.person(same_last=pt.last).name("fl"))))
        if g.chance(0.5):
            head, tail = items[:1], items[1:]
            g.rng.shuffle(tail)
            items = head + tail
        emit_fields(d, g, items)
        d.add("\n", pick(g, ["Ordering Physician", "Ordering Provider", "Ordered by"]), ": ", ("name", md.name(g.ch(["Lf", "fl", "LF"]))), ", ", md.cred,
              "   NPI: ", ("license", g.npi()), "\n", pick(g, ["Copy to", "CC results", "cc"]), ": ", title_dr(g), ("name", g.clinician("md").name(g.ch(["fl", "l"]))),
              "   Fax ", ("fax", g.phone()), "\n\n", pick(g, ["Tests", "TESTS ORDERED", "Orders"]), ":\n")
        for t, cpt in tests:
            d.add("  [X] ", t, " (", cpt, ")\n")
        d.add("ICD-10: ", icd, ", ", icd2, g.ch(["   Fasting: Y", "   Fasting: N", ""]), "\n",
              pick(g, ["Collection date/time", "Collected", "Coll"]), ": ", ("date", g.date(coll)), " ", g.time("24"),
              "   ", pick(g, ["Collected by", "Phleb", "Drawn by"]), ": ", ("name", phleb.name(g.ch(["ini", "ini", "fL"]))), "\n",
              pick(g, ["Specimen ID", "Spec #", "Barcode"]), ": ", ("id", str(g.randint(10 ** 9, 10 ** 10))), "   ",
              pick(g, ["Accession", "Accession #", "Acc No"]), ": ", ("id", accession(g)), "\n")
    elif layout == 1:
        proc = g.days_ago(0, 2)
        surg = g.clinician("md")
        d.add(pick(g, ["SURGICAL PATHOLOGY REQUISITION", "Pathology Consultation Request", "Tissue Exam Requisition"]), "\n", lab, "\n",
              pick(g, ["Path Accession #", "Surgical #", "Case #"]), ": ", ("id", g.ch(["S", "SP", "SP-"]) + "%d-%05d" % (g.today.year % 100, g.randint(1, 99999))), "\n\n",
              "Patient: ", ("name", pt.name(g.ch(["LF", "Lf"]))), "   DOB: ", ("date", g.date(pt.dob)), "   ", pick(g, ["MRN", "Med Rec #"]), ": ", ("mrn", g.mrn()), "\n",
              "Encounter/Acct: ", ("account", g.account()), "   Location: ", g.ch(["OR 4", "Endo Suite 2", "Derm clinic", "IR"]), "\n",
              "Surgeon: ", ("name", surg.name(g.ch(["fl", "Lf"]))), ", ", surg.cred, "   Pager ", str(g.randint(1000, 9999)), "   NPI ", ("license", g.npi()), "\n",
              "Procedure date: ", ("date", g.date(proc)), "   Time in formalin: ", g.time("24"), "\n\n")
        for i, site in enumerate(g.rng.sample(["R breast core bx 10 o'clock", "sigmoid colon polyp x2, snare", "L thyroid lobe",
                                               "skin, R forearm, shave", "gallbladder", "endometrial curettings", "prostate, R base core",
                                               "lymph node, L axillary", "terminal ileum bx"], g.randint(2, 4))):
            d.add("Specimen ", "ABCD"[i], ": ", site, "  [", g.ch(["formalin", "fresh", "RPMI"]), "]\n")
        d.add("\nClinical history: ", str(pt.age_on(proc)) if pt.age_on(proc) <= 89 else "")
        if pt.age_on(proc) > 89:
            d.add(("age", str(pt.age_on(proc))))
        d.add(" yo ", "F" if pt.sex == "F" else "M", " w/ ", dx, " (", icd, "). ", g.ch(["Prior bx ", "Hx Hodgkin lymphoma ", "Hx of polyps ", "Prior excision "]),
              str(g.randint(2008, 2021)), ". ", g.ch(["BI-RADS 5.", "Murphy sign neg.", "PSA 9.8.", "CA-125 88."]), "\n",
              "Pre-op dx: ", dx2, "\n",
              "Send copy to: ", title_dr(g), ("name", md.name(g.ch(["fl", "l"]))), ", ", ("address", g.org_address().one_line()), "\n",
              "Requisition completed by: ", ("name", g.person().name(g.ch(["fl", "ini"]))), g.ch([", RN", " RN", ", CST"]), "  ", ("date", g.date(proc, "m/d/y")), "\n")
    elif layout == 2:
        d.add(pick(g, ["SEND-OUT MANIFEST", "Reference Lab Shipping Manifest", "Sendout batch"]), " ", ("date", g.date(coll, "mdY")), "  ",
              "Batch ", str(g.randint(100, 999)), "  Courier ", g.time("24"), "\n", "Shipped by: ", ("name", phleb.name(g.ch(["fl", "fL"]))), "\n\n")
        sepc = g.ch([",", "|", "\t"])
        d.add(sepc.join(["accession", "patient", "dob", "mrn", "test", "collected", "tube"]), "\n")
        for i in range(g.randint(3, 5)):
            p = g.person(age=(1, 95))
            t = g.ch(TESTS)[0]
            name = p.name(g.ch(["LF,", "LF"]))
            if sepc == ",":
                name = '"' + name + '"' if "," in name else name
            if name.startswith('"'):
                d.add(("id", accession(g, g.ch(["SO", "RL", "CH"]))), sepc, '"', ("name", name.strip('"')), '"', sepc)
            else:
                d.add(("id", accession(g, g.ch(["SO", "RL", "CH"]))), sepc, ("name", name), sepc)
            d.add(("date", g.date(p.dob, g.ch(["mdY", "iso"]))), sepc, ("mrn", g.mrn()), sepc, t, sepc,
                  ("date", g.date(coll - dt.timedelta(days=g.randint(0, 1)), "mdY")), " ", g.time("24c"), sepc, g.ch(TUBES), "\n")
        d.add("\n", "Received by: ", ("name", g.person().name(g.ch(["ini", "fL"]))), "  Temp: ", g.ch(["2-8C", "frozen -20C", "ambient"]), "\n")
    elif layout == 3:
        d.add(pick(g, ["Laboratory Requisition", "LABORATORY REQUISITION - Ministry form", "Requisition for laboratory services"]), "\n",
              "[x] OHIP/Insured   [ ] Third Party/Uninsured   [ ] WSIB\n\n",
              "Clinician/Practitioner: ", title_dr(g), ("name", md.name("fl")), "\n",
              ("address", g.org_address().one_line()), "\n",
              "Clinician No.: ", ("license", str(g.randint(100000, 999999))), "   CPSO: ", ("license", str(g.randint(10000, 99999))), "\n",
              "Phone ", ("phone", g.phone()), "   Fax ", ("fax", g.phone()), "\n\n",
              "Health Number: ", ("health_plan", g.health_card()), "   Version: ", g.ch(["AB", "XY", "ZZ", "--"]), "   Sex: ", pt.sex, "\n",
              "Date of Birth (yyyy/mm/dd): ", ("date", g.date(pt.dob, "isoslash")), "\n",
              "Patient's Last Name: ", ("name", pt.last.upper()), "\n",
              "First & Middle Names: ", ("name", pt.first.upper() + " " + pt.middle), "\n",
              "Address: ", ("address", pt.addr.street_line()), "  ", ("address", pt.addr.town_line()), "\n",
              "Telephone: ", ("phone", pt.phone), "\n\n")
        for t, _c in tests:
            d.add(g.ch(["[x] ", "[X] ", "(x) "]), t, "\n")
        d.add("[ ] ", g.ch(["Vitamin B12", "Albumin"]), "\n", "Other tests: ", g.ch(["random glucose", "ACR", "fecal immunochemical test"]), "\n",
              "Clinician signature: ____   Date: ", ("date", g.date(coll, "iso")), "\n",
              "Specimen collected: ", ("date", g.date(coll, "iso")), " ", g.time("24"), " by ", ("name", phleb.name(g.ch(["ini", "fL"]))), "\n")
    else:
        d.add(pick(g, ["SPECIMEN LABELS (reprint)", "Label print job", "LABELS"]), "  printed ", ("date", g.date(coll, "m/d/y")), " ", g.time("24"),
              " by ", ("name", phleb.name("ini")), "\n\n")
        acc = accession(g)
        nm = pt.name(g.ch(["LF,", "LF"]))
        ctime = g.time("24c")
        for i in range(g.randint(2, 4)):
            d.add("+", "-" * 38, "+\n")
            d.add("| ", ("name", nm), "  ", pt.sex, "  ", ("date", g.date(pt.dob, "mdY")), "\n",
                  "| ", pick(g, ["MRN", "MR"]), " ", ("mrn", pt_mrn(g, pt)), "  ", ("id", acc + "-" + str(i + 1)), "\n",
                  "| ", g.ch(TUBES), "  ", g.ch(TESTS)[0], "\n",
                  "| COLL ", ("date", g.date(coll, "m/d/y")), " ", ctime, "  ", ("name", phleb.name("ini")), "\n")
        d.add("+", "-" * 38, "+\n")
        d.add("Ordering: ", ("name", md.name("LF,")), "  Loc: ", g.ch(["OP LAB", "ED", "5W", "ONC INF"]), "\n")


def pt_mrn(g, pt):
    if not hasattr(pt, "_mrn"):
        pt._mrn = g.mrn()
    return pt._mrn
