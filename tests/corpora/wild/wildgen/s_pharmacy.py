"""Style 15: pharmacy call-centre logs."""
import datetime as dt

from .kit import pick, hon, pron, rel, title_dr

N_LAYOUTS = 5

BINS = [("610014", "ADV"), ("004336", "ADV"), ("003858", "A4"), ("610502", "MEDDADV"), ("015581", "03200000"), ("610097", "9999"),
        ("011552", "CTRXMEDD"), ("600428", "02580000")]
REJECTS = [("75", "Prior Authorization Required"), ("70", "Product/Service Not Covered"), ("79", "Refill Too Soon"),
           ("76", "Plan Limitations Exceeded"), ("MR", "Product Not On Formulary"), ("41", "Submit Bill To Other Processor")]


def region(rng, layout):
    return "CA" if layout == 3 else "US"


def rx_no(g):
    return g.ch(["%07d" % g.randint(1000000, 9999999), "RX%07d" % g.randint(1, 9999999), "%d-%05d" % (g.randint(1, 9), g.randint(1, 99999)),
                 "%07d-%02d" % (g.randint(1000000, 9999999), g.randint(0, 11))])


def build(g, d, layout):
    pt = g.person(age=(18, 97))
    md = g.clinician("md")
    rph = g.clinician("other")
    rph.cred = g.ch(["RPh", "PharmD", "CPhT"])
    agent = g.person(age=(20, 55))
    med, dose = g.med()
    bin_, pcn = g.ch(BINS)
    when = g.days_ago(0, 10)
    store = g.pharmacy()
    store_no = str(g.randint(1000, 19999))

    if layout == 0:
        d.add(pick(g, ["PHARMACY CALL LOG", "Patient Care Center - Contact History", "Call notes", "CALL CENTER INTERACTION"]), "\n",
              "Patient: ", ("name", pt.name(g.ch(["LF", "Lf", "fl"]))), "   DOB: ", ("date", g.date(pt.dob)), "   Ph: ", ("phone", pt.phone), "\n",
              "Ins: BIN ", bin_, "  PCN ", pcn, "  Grp ", ("health_plan", g.group_no()), "  ID ", ("health_plan", g.member_id()), "\n", "-" * 40, "\n")
        t = when
        who = g.person(same_last=pt.last)
        ib, ob = g.ch([("Inbound", "Outbound"), ("IB", "OB"), ("IN", "OUT")])
        for i in range(g.randint(3, 4)):
            t = t + dt.timedelta(days=g.randint(0, 2))
            k = g.randint(0, 4)
            d.add(("date", g.date(t, g.ch(["mdY", "m/d/y"]))), " ", g.time("12", biz=True), " ",
                  ob if k in (2, 3) else ib, " - ")
            if k == 0:
                d.add("caller ", ("name", who.name(g.ch(["fl", "f"]))), " (", rel(g, who, ["daughter", "son", "wife", "husband"]), "), verified pt DOB + ", *(["zip ", ("zip", pt.addr.postcode)] if g.chance(0.5) else ["address ", ("address", pt.addr.street_line())]), ". Asking status of Rx# ", ("id", rx_no(g)), " ", med, " ", dose, ".")
            elif k == 1:
                d.add("pt called, verified name/DOB. Refill Rx# ", ("id", rx_no(g)), " too soon (last fill ", ("date", g.date(g.days_ago(10, 20), "md")), "), next eligible ",
                      ("date", g.date(g.days_ahead(2, 9), "md")), ".")
            elif k == 2:
                d.add("called prescriber office ", title_dr(g), ("name", md.name(g.ch(["l", "fl"]))), " ", ("phone", g.phone()), ", spoke w/ ", ("name", g.person().name("f")),
                      ", req new Rx for ", med, "; DEA ", ("license", g.dea(md.last)), ", NPI ", ("license", g.npi()), ".")
            elif k == 3:
                d.add("LVM at ", ("phone", pt.cell), " re: copay $", str(g.randint(5, 480)), ".", g.ch(["00", "50", "99"]), " for ", med, ".")
            else:
                d.add("pt updated email to ", ("email", pt.email), " and asked for auto-refill on all maintenance meds.")
            d.add(" -", ("name", agent.name(g.ch(["ini", "fL", "f"]))), "\n")
    elif layout == 1:
        code, msg = g.ch(REJECTS)
        d.add(pick(g, ["REJECT / PA WORK QUEUE", "Claim rejection follow-up", "Third-party reject log"]), "  ", ("date", g.date(when, "mdY")), "\n\n",
              "Rx#: ", ("id", rx_no(g)), "   Drug: ", med, " ", dose.split(" ")[0], " ", dose.split(" ")[1], "   NDC ", "%05d-%04d-%02d" % (g.randint(1, 99999), g.randint(1, 9999), g.randint(1, 99)),
              "   Qty ", str(g.ch([30, 60, 90, 1, 4])), "   DS ", str(g.ch([30, 90, 28])), "\n",
              "Pt: ", ("name", pt.name("LF")), "  DOB ", ("date", g.date(pt.dob, "mdY")), "  ", pick(g, ["Cardholder ID", "Member ID", "ID"]), " ", ("health_plan", g.member_id()),
              "  Person code 0", str(g.randint(1, 3)), "\n",
              "BIN ", bin_, " / PCN ", pcn, " / Group ", ("health_plan", g.group_no()), "\n",
              "Reject ", code, ": ", msg, "\n",
              "Prescriber: ", ("name", md.name(g.ch(["LF", "fl"]))), "  NPI ", ("license", g.npi()), "  Ph ", ("phone", g.phone()), "  Fax ", ("fax", g.phone()), "\n\n",
              "Notes:\n", "- ", ("date", g.date(when, "md")), " faxed PA request to MD, CoverMyMeds key ", ("id", "".join(g.ch("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))), "\n",
              "- ", ("date", g.date(when + dt.timedelta(days=g.randint(1, 3)), "md")), " plan case # ", ("id", "%d%07d" % (g.today.year % 100, g.randint(1, 10 ** 7))),
              " ", g.ch(["approved thru " , "denied - step therapy (metformin)", "pending clinicals"]))
        if d.text.endswith("thru "):
            d.add(("date", g.date(g.days_ahead(180, 365), "mdY")))
        d.add("\n- notified pt at ", ("phone", pt.cell), g.ch([", LVM", ", spoke w/ pt", ", no answer"]), " --", ("name", rph.name("ini")), "\n")
    elif layout == 2:
        other = g.pharmacy()
        oa = g.org_address()
        orph = g.clinician("other")
        d.add(pick(g, ["PRESCRIPTION TRANSFER - IN", "Rx Transfer Record", "TRANSFER IN (phone)"]), "\n",
              "Date/time: ", ("date", g.date(when)), " ", g.time("12", biz=True), "\n",
              "From: ", other, " #", str(g.randint(100, 19999)), ", ", ("address", oa.one_line()), "\n",
              "Phone ", ("phone", g.phone()), "   NPI ", ("license", g.npi()), "   DEA ", ("license", g.ch("AB") + "%s%07d" % (other[0].upper(), g.randint(0, 9999999))), "\n",
              "Transferring RPh: ", ("name", orph.name(g.ch(["fl", "Lf"]))), ", lic # ", ("license", g.ch(["RPH", "", "PH"]) + str(g.randint(10000, 99999))), "\n",
              "Receiving RPh: ", ("name", rph.name("fl")), ", ", rph.cred, "\n\n",
              "Patient: ", ("name", pt.name(g.ch(["fl", "LF"]))), ", DOB ", ("date", g.date(pt.dob)), ", ", ("address", pt.addr.one_line()), "\n",
              "Original Rx# ", ("id", rx_no(g)), " -> new Rx# ", ("id", rx_no(g)), "\n",
              med, " ", dose, ", #", str(g.ch([30, 90, 60])), ", refills remaining ", str(g.randint(0, 5)), ", orig date ", ("date", g.date(g.days_ago(30, 200), "m/d/y")),
              ", last fill ", ("date", g.date(g.days_ago(5, 29), "m/d/y")), "\n",
              "Prescriber: ", title_dr(g), ("name", md.name("fl")), ", DEA ", ("license", g.dea(md.last)), ", ", ("phone", g.phone()), "\n")
        if g.chance(0.5):
            d.add("C-II? no.  Allergies: ", g.ch(["PCN", "NKDA", "sulfa", "codeine"]), "\n")
    elif layout == 3:
        d.add(pick(g, ["Pharmacy Call Notes", "CALL LOG - Pharmacie / Pharmacy", "Patient call record"]), " - ", store, " #", store_no, "\n",
              "Patient: ", ("name", pt.name(g.ch(["Lf", "fl"]))), "  PHN/Health #: ", ("health_plan", g.health_card()), "  DOB ", ("date", g.date(pt.dob, "iso")), "\n",
              "Third party: ", g.ch(["ODB", "Pacific Blue Cross", "Green Shield", "Sun Life", "NIHB"]), " cert # ", ("health_plan", g.member_id()), "\n\n")
        t = when
        cpso = str(g.randint(10000, 99999))
        md_phone = g.phone()
        for i in range(g.randint(3, 4)):
            t = t + dt.timedelta(days=g.randint(0, 2))
            d.add(("date", g.date(t, "iso")), " ", g.time("24", biz=True), "  ")
            k = g.randint(0, 3)
            if k == 0:
                d.add("Pt called re ", med, " (DIN ", "%08d" % g.randint(2000000, 2499999), "), ", g.ch(["side effects - nausea", "cost", "shortage, switched to generic", "travel supply"]), ".")
            elif k == 1:
                d.add("Called ", title_dr(g), ("name", md.name(g.ch(["l", "fl"]))), " (CPSO ", ("license", cpso), ") office ", ("phone", md_phone), " for renewal.")
            elif k == 2:
                d.add("Delivery to ", ("address", pt.addr.street_line()), " arranged for ", ("date", g.date(g.days_ahead(1, 3), "iso")), ", ", g.ch(["family member will sign", "leave with concierge", "pt will be home after 3"]), ".")
            else:
                d.add("MedsCheck booked ", ("date", g.date(g.days_ahead(3, 14), "iso")), ", pt's ", g.ch(["daughter", "son", "caregiver"]), " ", ("name", g.person().name("f")), " ", ("phone", g.phone(mobile=True)), ".")
            d.add("  ", ("name", rph.name(g.ch(["ini", "fL"]))), " ", rph.cred, "\n")
    else:
        ship = g.days_ahead(1, 5)
        d.add(pick(g, ["SPECIALTY PHARMACY - INTAKE CALL", "Mail-order refill call", "Specialty Rx Onboarding"]), "\n",
              "Call ID: ", ("id", "C" + str(g.randint(10 ** 7, 10 ** 8))), "   Agent: ", ("name", agent.name(g.ch(["fl", "fL"]))), "   ", ("date", g.date(when)), "\n\n",
              "HIPAA verification: name, DOB (", ("date", g.date(pt.dob)), "), ", *(["ZIP (", ("zip", pt.addr.postcode), ")"] if g.chance(0.5) else ["last 4 SSN (", ("ssn", "%04d" % g.randint(1, 9999)), ")"]), " - PASSED\n",
              "Patient: ", ("name", pt.name("fl")), "   Pt ID: ", ("mrn", "SP" + str(g.randint(10 ** 6, 10 ** 7))), "\n",
              "Rx: ", g.ch(["adalimumab 40 mg/0.4 mL pen", "dupilumab 300 mg/2 mL", "etanercept 50 mg/mL", "Humira-biosimilar 40 mg"]), "  Rx# ", ("id", rx_no(g)), "\n",
              "Plan: ", g.payer(), "  ID ", ("health_plan", g.member_id()), "  BIN ", bin_, "  PCN ", pcn, "\n",
              "Copay: $", str(g.ch([0, 5, 25, 150])), " after manufacturer assistance\n",
              "Ship to: ", ("address", pt.addr.street_line()), "\n         ", ("address", pt.addr.town_line()), "\n",
              "Delivery: ", ("date", g.date(ship, g.ch(["dow", "mdY"]))), " by ", g.ch(["UPS", "FedEx"]), ", cold pack, signature required\n",
              "Alt contact: ", ("name", g.person(same_last=pt.last).name("fl")), " ", ("phone", g.phone(mobile=True)), "\n",
              "Injection training: nurse ", ("name", g.clinician("rn").name("fl")), " ", ("date", g.date(ship + dt.timedelta(days=1), "md")), "\n",
              "Prior delivery POD signature capture ID ", ("biometric", "POD-" + str(g.randint(10 ** 7, 10 ** 8))), "\n")
