"""Style 2: e-mail threads with quoted replies, forwarded headers, signatures."""
import datetime as dt

from .kit import emit_lines, title_dr, hon, rel, pron
from . import pools as P

N_LAYOUTS = 5


def region(rng, layout):
    if layout == 4:
        return "UK"
    return rng.choice(["US", "US", "US", "CA"])


def signature(g, p, facility, addr, domain, email=None, compact=None):
    """Return lines for a signature block."""
    email = email or g.org_email(p, domain)
    ph = g.phone()
    fx = g.phone()
    if compact is None:
        compact = g.chance(0.5)
    cred = p.cred or g.ch(P.CREDS_RN)
    if cred in P.CREDS_MD:
        role = g.ch(["Attending Physician", "Internal Medicine", "Hospitalist", "Medical Director", "Cardiology", "Primary Care"])
    elif cred in P.CREDS_RN:
        role = g.ch(["Care Coordinator", "RN Case Manager", "Clinical Nurse Navigator", "Charge Nurse", "Transitions of Care RN"])
    else:
        role = g.ch(["Referral Specialist", "Practice Manager", "Prior Authorization Specialist", "Medical Assistant",
                     "Social Worker", "Office Manager", "Patient Access Rep", "Discharge Planner"])
    lines = []
    if compact:
        lines.append([g.ch(["-- ", "--", "", "Thanks, ", "Best, "]) ,
                      ("name", p.name(g.ch(["fl", "f", "fl"]))), ", ", cred, " | ", role, " | ",
                      g.ch(["p ", "ph ", "tel "]), ("phone", ph), g.ch([" | f ", " | fax ", " / F: "]), ("fax", fx)])
        return lines
    lines.append([g.ch(["", "Thank you,", "Thanks!", "Regards,", "Best,", "Sincerely,", "Thx"])])
    lines.append([("name", p.name(g.ch(["fl", "fm.l", "fl"]))), g.ch([", ", " ", ", "]), cred])
    lines.append([role])
    lines.append([facility])
    if g.chance(0.8):
        lines.append([("address", addr.street_line())])
        lines.append([("address", addr.town_line())])
    r = g.randint(0, 2)
    if r == 0:
        lines.append([g.ch(["Phone: ", "P: ", "Tel: ", "Direct: "]), ("phone", ph)])
        lines.append([g.ch(["Fax: ", "F: ", "Secure fax: "]), ("fax", fx)])
    elif r == 1:
        lines.append([g.ch(["O ", "P "]), ("phone", ph), g.ch(["  |  F ", " | Fax "]), ("fax", fx)])
    else:
        lines.append([g.ch(["Office ", "Main "]), ("phone", ph), g.ch([" ext ", " x"]), str(g.randint(100, 4999))])
        lines.append([g.ch(["Cell ", "Mobile ", "c: "]), ("phone", g.phone(mobile=True))])
        lines.append(["Fax ", ("fax", fx)])
    lines.append([("email", email)])
    if g.chance(0.4):
        lines.append([("url", "www." + domain)])
    return lines


TRUST_NAMES = {"ROYAL COUNTY INFIRMARY NHS TRUST": "Royal County Infirmary NHS Trust",
               "NORTHFIELD GENERAL HOSPITAL NHS FOUNDATION TRUST": "Northfield General Hospital NHS Foundation Trust",
               "ST AIDAN'S HOSPITAL NHS TRUST": "St Aidan's Hospital NHS Trust",
               "RIVERSIDE HEALTH CENTRE": "Riverside Health Centre"}

DISCLAIMERS = [
    "CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information protected under HIPAA. Any unauthorized review, use, disclosure or distribution is prohibited.",
    "This message may contain Protected Health Information. If you received it in error please notify the sender and delete it.",
    "The information in this email is confidential. If you are not the intended recipient, please delete it and notify the sender immediately.",
    "[EXTERNAL] This email originated from outside of the organization. Do not click links or open attachments unless you recognize the sender.",
]


def hdr_date(g, when, style):
    t = g.time("12")
    if style == "outlook":
        return [("date", g.date(when, "dow")), " ", t]
    if style == "gmail":
        return [("date", g.date(when, "dowabbr")), " at ", t]
    if style == "uk":
        return [("date", g.date(when, g.ch(["dlong", "dMonY"]))), " ", g.time("24")]
    return [("date", g.date(when, g.ch(["dowabbr", "abbr", "mdY"]))), " ", t]


def topic_lines(g, pt, sender, recipient, facility, k):
    """Body lines of one message about the patient; k picks the topic."""
    rng = g.rng
    pform = g.ch(["fl", "LF", "Lf", "LFM", "fl"])
    lines = []
    if k == 0:  # imaging auth
        auth = g.ch(["PA", "AUTH", "A"]) + "-" + "%d%06d" % (g.today.year % 100, g.randint(1, 999999))
        lines.append([g.ch(["Hi ", "Hello ", "", "Good morning "]), ("name", recipient.name(g.ch(["f", "f", "nickf"]))), g.ch([",", " -", "!"])])
        lines.append([])
        lines.append(["Pt ", ("name", pt.name(pform)), " (DOB ", ("date", g.date(pt.dob)), ", MRN ", ("mrn", g.mrn()), ") is scheduled for ",
                      g.ch(["MRI L-spine w/o (72148)", "CT abd/pelvis w/ contrast (74177)", "PET/CT (78815)", "MRI brain w/wo (70553)"]),
                      " on ", ("date", g.date(g.days_ahead(2, 20), g.ch(["md", "m/d/y", "abbr"]))), " at ", g.time("12s"), "."])
        lines.append([g.payer(), " still shows the auth as pending. Ref # ", ("id", auth), " -- I called ", ("phone", g.phone(tollfree=True)),
                      " and spoke to ", ("name", g.person().name(g.ch(["f", "fL"]))), " who said 3-5 business days."])
        lines.append(["Member ID on file is ", ("health_plan", g.member_id()), ", group ", ("health_plan", g.group_no()),
                      ". Can you confirm that's current? Pt said " + pron(pt) + " changed jobs in ",
                      str(g.today.year - 1), "."])
    elif k == 1:  # discharge/SNF
        fam = g.person(same_last=pt.last if g.chance(0.6) else None)
        snf = g.ch(["Maple Grove Rehab", "Sunrise Skilled Nursing", "Oak Hollow Care Center", "Bayside Transitional Care"])
        lines.append([g.ch(["Team,", "All -", "Hi all,", ""])])
        lines.append(["Update on ", ("name", pt.name(g.ch(["fl", "Lf"]))), " (Rm ", str(g.randint(201, 689)), g.ch(["A", "B", ""]), "): ",
                      g.ch(["accepted at ", "bed offer from ", "pending at "]), snf, " for ", ("date", g.date(g.days_ahead(1, 4), g.ch(["md", "monthday", "dowabbr"]))), "."])
        lines.append([rel(g, fam, ["daughter", "son", "wife", "husband", "niece", "nephew"]).capitalize(), " ", ("name", fam.name(g.ch(["f", "fl"]))), " is the HCP; best # ", ("phone", fam.cell),
                      ". She" if fam.sex == "F" else ". He", " lives in ", ("address", fam.addr.town), " and will bring clothes."])
        lines.append(["Transport booked w/ ", g.ch(["AMR", "Lifeline", "Medi-Van"]), " ", g.time("24"), ". Still need signed ", g.ch(["W-10", "PASRR", "MOLST", "POLST"]), "."])
        if g.chance(0.6):
            lines.append(["Fax H&P + MAR to ", snf, " at ", ("fax", g.phone()), " attn ", ("name", g.person().name(g.ch(["fl", "f"]))), "."])
    elif k == 2:  # patient writes in, billing
        acct = g.account()
        lines.append([g.ch(["Hello,", "To whom it may concern,", "Hi", "Dear billing dept,"])])
        lines.append([])
        lines.append(["I received a bill for my ", g.ch(["ER visit", "colonoscopy", "MRI", "lab work"]), " on ", ("date", g.date(g.days_ago(20, 90))),
                      " (account # ", ("account", acct), ") for $", "%d.%02d" % (g.randint(80, 4800), g.randint(0, 99)),
                      " but my insurance should have covered it."])
        lines.append(["My policy number is ", ("health_plan", g.member_id()), " through ", g.payer(),
                      ". My date of birth is ", ("date", g.date(pt.dob)), " and my address is ", ("address", pt.addr.one_line()), "."])
        lines.append(["Please call me at ", ("phone", pt.cell), " after ", g.ch(["3", "5pm", "noon"]), "."])
        lines.append([])
        lines.append([("name", pt.name(g.ch(["fl", "fml", "f"])))])
    elif k == 3:  # med question between clinicians
        med, dose = g.med()
        lines.append([g.ch(["Dr. ", "Dr ", "Hi Dr. "]), ("name", recipient.last), ","])
        lines.append([])
        lines.append(["Your pt ", ("name", pt.name(pform)), g.ch([" DOB ", ", dob ", " - DOB: "]), ("date", g.date(pt.dob)), " called the nurse line re ", med, " ", dose,
                      ". ", g.ch(["BP 168/94 at home, HR 58.", "INR 3.8 yesterday.", "A1c 9.1% last month.", "Reports dizziness, SpO2 93% RA."])])
        lines.append(["Pharmacy is ", g.pharmacy(), ", ", ("address", g.org_address().one_line()), ", ph ", ("phone", g.phone()), "."])
        lines.append(["OK to ", g.ch(["hold x2 days?", "increase to BID?", "refill x90d?", "switch to generic?"]), " Pt's cell ", ("phone", pt.cell), "."])
    else:  # records request
        req = g.ch(["ROI-", "REQ", "MR-"]) + str(g.randint(100000, 999999))
        lines.append([g.ch(["Good afternoon,", "Hello,", "Hi there,"])])
        lines.append(["We received a records request (", ("id", req), ") for ", ("name", pt.name(pform)), ", DOB ", ("date", g.date(pt.dob)),
                      ", dates of service ", ("date", g.date(g.days_ago(200, 400), "m/d/y")), " - ", ("date", g.date(g.days_ago(10, 190), "m/d/y")), "."])
        lines.append(["Requestor: ", ("name", g.person().name("fl")), ", Esq., ", g.ch(["Dunmore & Hale LLP", "Law Office of Reyes", "Tri-County Legal Aid"]),
                      ", fax ", ("fax", g.phone()), "."])
        lines.append(["Authorization signed ", ("date", g.date(g.days_ago(5, 30))), "; SSN on the form is ", ("ssn", g.ssn()),
                      " but doesn't match our registration. Can you verify?"])
    return lines


def build(g, d, layout):
    rng = g.rng
    pt = g.person(age=(18, 96))
    facility = g.facility()
    domain = g.domain_for(facility)
    addr = g.org_address()
    a = g.clinician(g.ch(["rn", "other"]))
    b = g.clinician("md")
    c = g.clinician(g.ch(["rn", "other"]))
    ea, eb, ec = g.org_email(a, domain), g.org_email(b, domain), g.org_email(c, domain)
    t0 = g.days_ago(1, 12)
    t1 = t0 + dt.timedelta(days=g.randint(0, 2))
    k = g.randint(0, 4)
    subj_topic = {0: "auth", 1: "dc plan", 2: "billing question", 3: "med question", 4: "records request"}[k]

    if layout == 0:
        # top reply, then gmail style quote
        d.add(g.ch(["Thanks - ", "Got it, ", "Ok ", "Done. ", ""]),
              g.ch(["I'll call them back this afternoon.", "updated the chart.", "forwarding to billing.", "will follow up tomorrow."]), "\n\n")
        for ln in signature(g, b, facility, addr, domain, eb, compact=True):
            d.add(*ln, "\n")
        d.add("\n", "On ", *hdr_date(g, t0, "gmail"), ", ", ("name", a.name("fl")), " <", ("email", ea), "> wrote:\n\n")
        lines = topic_lines(g, pt, a, b, facility, k)
        lines += [[]] + signature(g, a, facility, addr, domain, ea)
        emit_lines(d, lines, "> ")
        if g.chance(0.6):
            d.add(">\n> On ", *hdr_date(g, t0 - dt.timedelta(days=1), "gmail"), " ", ("name", b.name("fl")), " <", ("email", eb), "> wrote:\n")
            emit_lines(d, [[g.ch(["Can someone check on ", "Any update on ", "Who is following "]), ("name", pt.name(g.ch(["l", "fl"]))), "?"]], ">> ")
    elif layout == 1:
        d.add(g.ch(["Please see below.", "FYI", "See thread below - can you handle?", "Adding Dr. " ]))
        if d.last_char() == " ":
            d.add(("name", b.last), " for visibility.")
        d.add("\n\n")
        for ln in signature(g, c, facility, addr, domain, ec):
            d.add(*ln, "\n")
        d.add("\n-----Original Message-----\n",
              "From: ", ("name", a.name(g.ch(["Lf", "fl"]))), " <", ("email", ea), ">\n",
              "Sent: ", *hdr_date(g, t1, "outlook"), "\n",
              "To: ", ("name", c.name("Lf")), " <", ("email", ec), ">\n")
        if g.chance(0.6):
            d.add("Cc: ", ("name", b.name("Lf")), "; ", g.ch(["Scheduling Pool", "UM Team", "Referrals Inbox"]), "\n")
        d.add("Subject: ", g.ch(["RE: ", "RE: RE: ", "FW: "]), subj_topic, " - ", ("name", pt.name(g.ch(["LF", "Lf", "l"]))), "\n\n")
        lines = topic_lines(g, pt, a, c, facility, k)
        emit_lines(d, lines)
        d.add("\n")
        for ln in signature(g, a, facility, addr, domain, ea, compact=True):
            d.add(*ln, "\n")
        d.add("\n", g.ch(DISCLAIMERS[:2]), "\n")
    elif layout == 2:
        d.add(g.ch(["Dr. ", "Hi Dr ", ""]))
        if d.last_char() == " ":
            d.add(("name", b.last), ",")
        else:
            d.add(("name", b.name("f")), " -")
        d.add(" ", g.ch(["patient emailed the general inbox, see below.", "forwarding from the front desk inbox.",
                          "pt sent this to the old address again."]), "\n",
              "--", ("name", a.name(g.ch(["ini", "f"]))), "\n\n")
        d.add("---------- Forwarded message ---------\n",
              "From: ", ("name", pt.name(g.ch(["fl", "UP", "lower"]))), " <", ("email", pt.email), ">\n",
              "Date: ", *hdr_date(g, t0, "gmail"), "\n",
              "Subject: ", g.ch(["question", "Re: your bill", "Appointment", "(no subject)", "help please"]), "\n",
              "To: <", ("email", g.ch(["info", "frontdesk", "contact", "billing"]) + "@" + domain), ">\n")
        if g.chance(0.5):
            d.add("X-Originating-IP: [", ("ip_address", g.ip()), "]\n")
        d.add("\n")
        lines = topic_lines(g, pt, a, b, facility, 2 if g.chance(0.6) else k)
        emit_lines(d, lines)
        d.add("\n", g.ch(["Sent from my iPhone", "Sent from Yahoo Mail on Android", "Get Outlook for iOS", ""]), "\n")
    elif layout == 3:
        d.add("[SECURE] ", "Subject: ", g.ch(["Your upcoming visit", "Message from your care team", "Follow-up from your visit"]), "\n",
              "To: ", ("name", pt.name("fl")), " <", ("email", pt.email), ">\n",
              "From: ", facility, " <", ("email", "noreply@" + domain), ">\n",
              "Date: ", *hdr_date(g, t0, "plain"), "\n\n")
        if g.chance(0.6):
            d.add("Dear ", "Mr. " if pt.sex == "M" else g.ch(["Ms. ", "Mrs. "]), ("name", pt.name(g.ch(["l", "fl"]))), ",\n\n")
        else:
            d.add(g.ch(["Dear ", "Hello ", "Hi "]), ("name", pt.name("f")), ",\n\n")
        d.add(
              "This is a reminder of your appointment with ", title_dr(g), ("name", b.name(g.ch(["fl", "l"]))), " on ",
              ("date", g.date(g.days_ahead(3, 30), g.ch(["dow", "long", "abbr"]))), " at ", g.time("12"), " at our ",
              ("address", addr.one_line()), " office.\n\n",
              "Please arrive 15 minutes early and bring your insurance card (member ID ending ", g.member_id()[-4:], ") and a list of medications.\n",
              "To complete pre-visit forms go to ", ("url", "https://portal.%s/previsit?token=%s" % (domain, "".join(g.ch("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(12)))), "\n",
              "Questions? Call ", ("phone", g.phone()), ". To cancel, reply C or call ", ("phone", g.phone(tollfree=True)), ".\n\n")
        if g.chance(0.7):
            d.add("> On ", *hdr_date(g, t0 - dt.timedelta(days=g.randint(2, 6)), "gmail"), " ", ("name", pt.name("lower")), " wrote:\n",
                  "> ", g.ch(["can i bring my ", "is it ok if my ", "will my "]), g.ch(["husband ", "daughter ", "son ", "wife "]),
                  ("name", g.person().name("f")), g.ch([" come in with me", " drive me", " translate for me"]), "?\n")
        d.add("\n", g.ch(DISCLAIMERS), "\n")
    else:
        # UK NHS.net style chain
        trust = g.ch(["ROYAL COUNTY INFIRMARY NHS TRUST", "NORTHFIELD GENERAL HOSPITAL NHS FOUNDATION TRUST",
                      "ST AIDAN'S HOSPITAL NHS TRUST", "RIVERSIDE HEALTH CENTRE"])
        na = g.org_email(a, "nhs.net")
        nb = g.org_email(b, "nhs.net")
        d.add(g.ch(["Hi ", "Dear ", "Morning "]), ("name", a.name("f")), ",\n\n",
              g.ch(["Thanks for this. ", "Noted. ", "Many thanks. "]),
              "We'll book ", ("name", pt.name(g.ch(["Lf", "fl"]))), " into the ", g.ch(["TIA clinic", "falls clinic", "fracture clinic", "memory clinic"]),
              " on ", ("date", g.date(g.days_ahead(2, 21), g.ch(["dlong", "dMonY", "dmY"]))), ".\n\n",
              "Kind regards\n", ("name", b.name(g.ch(["fl", "f.l"]))), "\n", g.ch(["Consultant Geriatrician", "SpR Neurology", "Clinic Coordinator", "Staff Nurse"]),
              "\n", TRUST_NAMES[trust], "\n", "Tel: ", ("phone", g.phone()), g.ch([" (ext ", " x"]), str(g.randint(1000, 7999)), g.ch([")", ""]), "\n\n")
        d.add("From: ", ("name", "%s %s" % (a.last.upper(), a.first)), " (", trust, ") <", ("email", na), ">\n",
              "Sent: ", *hdr_date(g, t0, "uk"), "\n",
              "To: ", ("name", "%s %s" % (b.last.upper(), b.first)), " (", trust, ") <", ("email", nb), ">\n",
              "Subject: ", g.ch(["Referral - ", "URGENT: ", "Re: "]), ("name", pt.name(g.ch(["UPL", "Lf"]))), "\n\n")
        nok = g.person(age=(35, 70))
        lines = [
            ["Hi ", ("name", b.name("f")), ","],
            [],
            ["Please can you see ", hon(g, pt), ("name", pt.name(g.ch(["fl", "l"]))), ", DOB ", ("date", g.date(pt.dob)),
             ", NHS No. ", ("health_plan", g.health_card()), ", Hosp No ", ("mrn", g.mrn(g.ch(["K#######", "RH#######", "#######"]))), "."],
            ["Lives alone at ", ("address", pt.addr.one_line()), "; ", rel(g, nok, ["daughter", "son", "niece", "nephew"]), " ", ("name", nok.name("fl")),
             " is NOK on ", ("phone", g.phone(mobile=True)), "."],
            [g.ch(["Two falls in the last month, ", "Episode of word-finding difficulty ", "Worsening confusion "]),
             g.ch(["MMSE 22/30.", "BP 172/96, AF on ECG.", "Hb 98, CRP 45.", "CURB-65 of 2."]),
             " GP is ", ("name", g.clinician("md").name(g.ch(["fl", "f.l"]))), " at ", g.ch(P.UK_FACILITIES[:4] + P.UK_FACILITIES[-1:]), "."],
            [],
            ["Thanks", ],
            [("name", a.name(g.ch(["f", "fl"])))],
        ]
        emit_lines(d, lines)
        d.add("\n", "********************************************************************************\n",
              "This message may contain confidential information. If you are not the intended recipient please inform the\nsender that you have received the message in error before deleting it.\n",
              "NHSmail is the secure email and directory service available for all NHS staff in England.\n")
