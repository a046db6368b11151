"""Styles 12-16: insurance billing, staff messaging, patient texting,
vital records, registry extracts."""
from common import (N, D, A, Z, P, F, E, U, IP, S, M, H, AC, LI, V, DV, B, I, AGE,
                    GEN_DX, GEN_MEDS, PSY_MEDS, vitals, labs, lab, words, noisy, MONTHS, STATES)

PAYERS = ["Bluewater Health Plan", "Keystone Mutual", "Prairie Care HMO", "Summit Benefit Administrators",
          "Meridian Medicare Advantage", "State Medicaid (Compass Care MCO)"]
CPTS = [("99213", "Office visit, est, low", 128), ("99284", "ED visit, mod-high", 845), ("71046", "Chest X-ray 2 views", 212),
        ("80053", "Comprehensive metabolic panel", 96), ("85025", "CBC w/ diff", 48), ("93000", "ECG 12-lead", 76),
        ("J1885", "Ketorolac 15 mg inj", 22), ("97110", "Therapeutic exercise 15 min", 64), ("70450", "CT head w/o contrast", 1420),
        ("36415", "Venipuncture", 18), ("99232", "Subsequent hospital care", 210), ("G0439", "Annual wellness visit", 188)]


# =========================================================== insurance billing

def ib_eob(g, d):
    pt = g.person(); sub = g.relative(pt) if g.p(0.4) else pt; dt = g.date(2022)
    street, cl, *_ = g.addr()
    d(g.ch(PAYERS).upper(), "\nEXPLANATION OF BENEFITS - THIS IS NOT A BILL\n\n", N(sub.FL()), "\n", A(street.upper()), "\n",
      A(cl.upper()), "\n\nStatement date: ", D(g.fd(dt, "long")), "\n")
    d("Member: ", N(pt.full()), "   ", lab(g, "plan"), ": ", H(g.plan()), "   Group: ", g.digits(6), "\n")
    d("Claim #: ", I(g.claim()), "   Provider: ", N(g.clin("md").full()), ", ", g.facility("Medical Group"), "\n\n")
    d("Date(s) of service | Code | Billed | Allowed | Plan paid | You owe\n")
    tot = 0
    for _ in range(g.ri(2, 5)):
        c = g.ch(CPTS)
        allowed = round(c[2] * g.ri(40, 80) / 100, 2)
        owe = round(allowed * g.ch([0, 0.2, 0.1, 1.0]), 2)
        tot += owe
        d(D(g.fd(g.plus(dt, -60, -10), g.ch(["us", "us_short"]))), " | ", c[0], " | $", "%.2f" % c[2], " | $", "%.2f" % allowed,
          " | $", "%.2f" % (allowed - owe), " | $", "%.2f" % owe, "\n")
    d("\nTotal patient responsibility: $", "%.2f" % tot, "\nRemark N", str(g.ri(100, 700)), ": applied to deductible.\n")
    d("Questions? Call Member Services ", P(g.phone("us")), " (TTY 711) or visit ", U(g.url()), "\n")


def ib_denial(g, d):
    pt = g.person(); md = g.clin("md"); rev = g.clin("md"); dt = g.date(2022)
    d(g.ch(PAYERS), "\nUtilization Management Department\n", A(g.full_addr()), "\n\n", D(g.fd(dt, "long")), "\n\n")
    d(N(pt.full()), "\n", A(g.street()), "\n", A(g.city_line()[0]), "\n\nMember ID: ", H(g.plan()), "\nReference number: ",
      I(g.letters(2) + g.digits(9)), "\n\n")
    d("Dear ", N(pt.full()), ":\n\nWe reviewed the request from Dr. ", N(md.last), " for ", g.ch(["MRI of the lumbar spine (72148)",
      "inpatient admission", "continuous glucose monitor", "bariatric surgery (43775)"]), " received ", D(g.fd(g.plus(dt, -14, -2), "us")),
      ". This request is DENIED because ", g.ch(["conservative therapy of 6 weeks has not been documented",
      "the criteria for medical necessity were not met", "the service is excluded under your plan"]), ".\n\n")
    d("The decision was made by ", N(rev.full()), ", ", rev.cred, ", a board-certified ", g.ch(["internist", "orthopedist", "physiatrist"]), ".\n\n")
    d("You or your doctor may appeal within 180 days. Fax appeals to ", F(g.phone("us")), " or mail to PO Box ", str(g.ri(1000, 99999)),
      ". Expedited appeals: ", P(g.phone("us")), ".\n")


def ib_appeal(g, d):
    pt = g.person(); md = g.clin("md"); dt = g.date(2022)
    d(g.facility("Orthopedic Associates"), "\n", A(g.street(unit=False)), ", ", A(g.city_line()[0]), "\nPh ", P(g.phone("us")),
      " | Fax ", F(g.phone("us")), "\n\n", D(g.fd(dt, g.ch(["long", "us"]))), "\n\nAttn: Appeals Unit\n\n")
    d("RE: First-level appeal\nPatient: ", N(pt.LFM()), "\nDOB: ", D(g.fd(g.dob(g.ri(20, 85)), "us")), "\nMember #: ", H(g.plan()),
      "\nClaim ref: ", I(g.claim()), "\nDOS: ", D(g.fd(g.plus(dt, -90, -20), "us")), "\nPt acct: ", AC(g.acct()), "\n\n")
    d("To whom it may concern,\n\nI am writing to appeal the denial of ", g.ch(["total knee arthroplasty (27447)", "lumbar fusion",
      "rotator cuff repair (29827)"]), " for my patient, ", N(pt.first))
    d(". ", pt.He, " has failed NSAIDs, ", str(g.ri(8, 24)), " PT sessions (", D(g.fd(g.plus(dt, -300, -200), "abbr")), " - ",
      D(g.fd(g.plus(dt, -150, -100), "abbr")), "), and two corticosteroid injections. Kellgren-Lawrence grade 4 on films of ",
      D(g.fd(g.plus(dt, -60, -30), "long_ord")), ".\n\nPlease reconsider.\n\n", N(md.full()), ", ", md.cred, "\nNPI ", LI(g.npi()), "\n")


def ib_cob(g, d):
    pt = g.person(); sp_rel, sp = g.kin(pt, ["wife", "husband", "partner"]); dt = g.date(2022)
    s, cl, town, st, z = g.addr()
    d("COORDINATION OF BENEFITS QUESTIONNAIRE\n\nSection A - Patient\nName (last, first, MI): ", N(pt.LFM()), "\n")
    d("Date of birth: ", D(g.fd(g.dob(g.ri(20, 80)), g.ch(["us", "iso"]))), "   SSN: ", S(g.ssn()), "\nStreet: ", A(s), "\nCity: ", A(town),
      "   State: ", st, "   ZIP: ", Z(z), "\nHome phone: ", P(g.phone()), "   Email: ", E(g.email(pt)), "\n\n")
    d("Section B - Other coverage\nIs the patient covered by another plan? Yes\nPolicyholder: ", N(sp.full()), " (", sp_rel, ")   DOB ",
      D(g.fd(g.dob(g.ri(20, 80)), "us")), "\nOther carrier: ", g.ch(PAYERS), "   Policy #: ", H(g.plan()), "\n")
    d("Employer: ", g.ch(["Crossroads Logistics", "County School District", "Beacon Software"]), "   Effective: ",
      D(g.fd(g.date(2015, 2022), "us")), "\nMedicare? ", g.ch(["No", "Yes - MBI "]))
    if d.buf[-1].endswith(" "):
        d(H(g.mbi()))
    d("\n\nSignature: ", N(pt.first_l()), "   Date ", D(g.fd(dt, "us_nz")), "\n")


def ib_callnote(g, d):
    pt = g.person(); rep = g.person(); me = g.person(); dt = g.date(2022)
    d("Claim status call - ", D(g.fd(dt, "us")), " ", g.time(h24=False), "\nAcct ", AC(g.acct()), " / ", N(pt.LF()), "\n")
    d("Called ", g.ch(PAYERS), " ", P(g.phone("us")), ", opt 3. Spoke w/ ", N(rep.first), " ", N(rep.last[0]), ". ref# ",
      I(g.digits(10)), ".\n")
    d("Claim ", I(g.claim()), " DOS ", D(g.fd(g.plus(dt, -90, -30), "md")), " ", g.ch(["in process, pended for itemized bill",
      "denied CO-16 missing info - resubmit w/ NDC", "paid ", "denied timely filing"]))
    if d.buf[-1].endswith(" "):
        d(D(g.fd(g.plus(dt, -10, -1), "us_short")), ", chk #", g.digits(8))
    d(". Pt's subscriber ID on file ", H(g.plan()), " matches.\nF/u 14d. -", N(me.ini()), "\n")


def ib_itemized(g, d):
    pt = g.person(); dt = g.date(2022)
    d(g.facility("Regional Hospital").upper(), "\nITEMIZED STATEMENT\n", A(g.full_addr()), "\n\n")
    d("Guarantor: ", N(pt.FL()), "        Account No.: ", AC(g.acct()), "\nPatient:   ", N(pt.FL()), "        ", lab(g, "mrn"), ": ",
      M(g.mrn()), "\nAdmit: ", D(g.fd(dt, "us")), "   Discharge: ", D(g.fd(g.plus(dt, 1, 6), "us")), "\n\n")
    d("Date       Rev  CPT/HCPCS  Description                       Qty     Amount\n")
    for _ in range(g.ri(6, 10)):
        c = g.ch(CPTS)
        q = g.ri(1, 3)
        d(D(g.fd(g.plus(dt, 0, 5), "us")), " 0", str(g.ri(250, 990)), " ", c[0].ljust(9), "  ", c[1].ljust(33), " ", str(q).rjust(3), " ",
          ("%.2f" % (c[2] * q)).rjust(10), "\n")
    d("\nPay online: ", U(g.url()), "  or call ", P(g.phone("us")), "\n")


BILLING = [ib_eob, ib_denial, ib_appeal, ib_cob, ib_callnote, ib_itemized]


# =========================================================== staff messaging

def uname(p, g):
    f, l = p.first.lower().replace("-", ""), p.last.lower().replace(" ", "").replace("'", "").replace("-", "")
    return g.ch([f[0] + l, f + "." + l, l + f[0], f + l[:3], f[0] + l + str(g.ri(1, 9))])


def sm_chat(g, d):
    dt = g.date(2022)
    staff = [g.clin(g.ch(["rn", "md", "np", "pharm"])) for _ in range(3)]
    pt = g.person(); rel = g.relative(pt)
    room = str(g.ri(100, 760))
    d("Secure Chat export - thread \"", g.ch(["4 West", "ED pod B", "MICU", "Onc infusion"]), "\" - ", D(g.fd(dt, "iso")), "\n")
    names = [uname(s, g) for s in staff]
    lines = [
        lambda: ("pt in ", room, " is ", N(pt.last.lower() if g.p(0.5) else pt.last), " - family asking for update"),
        lambda: ("which ", N(pt.first.lower()), "? we have two"),
        lambda: ("mrn ", M(g.mrn()), ", the ", AGE(g.ri(90, 98)), "yo w/ uti"),
        lambda: ("k. ", N(rel.first), " (daughter) at ", P(g.phone()), ", she's in the lobby"),
        lambda: ("K was ", "%.1f" % (g.ri(28, 60) / 10), " this am, repleting 40 mEq PO"),
        lambda: ("can you page ", N(g.ch(["dr ", ""]) + g.person().last.lower()), "? ortho wants to see films from ", D(g.fd(g.plus(dt, -3, 0), "md"))),
        lambda: ("ty ", N(g.ch([staff[0].first.lower(), staff[0].first]))),
        lambda: ("fyi bed ", room, " going to ", g.ch(["SNF", "rehab", "home w/ VNA"]), " tmrw, ", N(pt.first), "'s son is driving"),
        lambda: ("lol ok. also ", N(g.ch(["mrs ", "mr ", ""]) + g.person().last.lower()), " in ", str(g.ri(100, 760)), " needs insulin sliding scale reorder"),
    ]
    keep = [ln for j, ln in enumerate(lines) if j < 2 or g.p(0.75)]
    ts = g.tseq(len(keep))
    for j, ln in enumerate(keep):
        i = g.ri(1, 2) if ln is lines[6] else g.ri(0, 2)
        d("[", ts[j], "] ")
        d(N(names[i]) if g.p(0.7) else N(staff[i].full()), ": ")
        d(*ln())
        d("\n")


def sm_email(g, d):
    a = g.clin("md"); b = g.clin(g.ch(["rn", "bh", "np"])); pt = g.person(); dt = g.date(2022)
    d("From: ", N(a.full()), " <", E(g.email(a)), ">\nSent: ", D(g.fd(dt, g.ch(["long", "us"]))), " ", g.time(h24=False), "\nTo: ", N(b.full()),
      " <", E(g.email(b)), ">\nSubject: RE: ", N(pt.last), " f/u\n\n")
    d(N(b.first), " - agree. Please schedule ", N(pt.first), " with me ", D(g.fd(g.plus(dt, 3, 20), g.ch(["abbr_noy", "long_ord", "md"]))),
      ". Can you also call ", pt.his, " ", g.ch(["wife", "husband", "mother", "case manager"]), " at ", P(g.phone()), "?\n")
    d("Thx, ", N(a.first[0]), "\n\n-----Original Message-----\nFrom: ", N(b.full()), "\nSent: ", D(g.fd(g.plus(dt, -2, 0), "long")), " ",
      g.time(h24=False), "\nSubject: ", N(pt.last), " f/u\n\n")
    d("Dr. ", N(a.last), ", saw ", N(pt.full()), " (", lab(g, "mrn"), " ", M(g.mrn()), ", DOB ", D(g.fd(g.dob(g.ri(20, 88)), "us")),
      ") in clinic today. ", labs(g), ". ", pt.He, " is asking about ", g.ch(["stopping metformin", "a referral to GI", "disability paperwork"]),
      ".\n", N(b.ini()), "\n")


def sm_handoff(g, d):
    rn = g.clin("rn"); rn2 = g.clin("rn"); dt = g.date(2022)
    d("I-PASS Handoff  ", D(g.fd(dt, "us")), " 1900  ", N(rn.first_l()), " -> ", N(rn2.first_l()), "\n\n")
    for _ in range(g.ri(3, 4)):
        pt = g.person(); age = g.ri(90, 99) if g.p(0.3) else g.ri(22, 89)
        d("Rm ", str(g.ri(300, 460)), g.ch(["A", "B", ""]), " ", N(g.ch([pt.LF(), pt.lf(), pt.last])), " ", AGE(age), pt.sx, " - ",
          g.ch(["watcher", "stable", "unstable"]), "\n")
        d("  S: ", g.ch(GEN_DX)[0], ". ", vitals(g, 3), "\n  A: ", g.ch(["NPO after MN for EGD", "1:1 sitter, pulling at lines",
          "insulin gtt per protocol", "Foley d/c'd 0600, due to void"]), "\n")
        if g.p(0.5):
            rw, r = g.kin(pt, ["son", "daughter", "wife", "husband"])
            d("  Family: ", rw, " ", N(r.first), " wants call if changes ", P(g.phone()), "\n")
        d("  Code: ", g.ch(["Full", "DNR/DNI", "DNR ok to intubate"]), "\n")


def sm_pager(g, d):
    dt = g.date(2022)
    d("PAGER LOG  pgr ", g.digits(4), "  ", D(g.fd(dt, "us")), "\n")
    for tt in g.tseq(g.ri(5, 8)):
        pt = g.person(); sender = g.clin(g.ch(["rn", "rn", "pharm"]))
        d(tt, "  FROM ", N(sender.first_l()), " x", g.digits(4), ": ", g.ch(["RM", "Rm", "rm "]), str(g.ri(200, 800)), " ",
          N(pt.last.upper()), " ", g.ch(["BP 82/50 pls call", "K 6.1 repeat pending", "c/o CP, EKG done", "family wants update",
          "needs restraint order renewal", "pharm: vanc trough 24.3", "fell, no injury"]), "\n")
    d("END\n")


def sm_audit(g, d):
    off = g.person(); emp = g.clin(g.ch(["rn", "ma", "pharm"])); pt = g.person(); dt = g.date(2022)
    d("From: Privacy Office <", E(g.email(None)), ">\nTo: ", N(g.person().full()), "\nDate: ", D(g.fd(dt, "long")), "\nSubject: ",
      "CONFIDENTIAL - access review case ", I("PRV-" + g.digits(5)), "\n\n")
    d("Manager,\n\nOur monitoring flagged access to the record of ", N(pt.FL()), " (", lab(g, "mrn"), " ", M(g.mrn()), ") by user ",
      N(uname(emp, g)), " (", N(emp.full()), ", ", emp.cred, ").\n\nAccess events:\n")
    for _ in range(g.ri(3, 5)):
        d("  ", D(g.fd(g.plus(dt, -20, -1), "iso")), "T", g.time(sec=True), "  workstation IP ", IP(g.ip()), "  ",
          g.ch(["Chart Review - Notes", "Demographics", "Results Review", "Problem List"]), "\n")
    d("\nThe employee shares an address with the patient (", A(g.street()), ") per HR records. ")
    d("Please meet with ", emp.him, " by ", D(g.fd(g.plus(dt, 5, 10), "long")), ".\n\n", N(off.full()), "\nPrivacy Officer  ", P(g.phone("us")), "\n")


STAFFMSG = [sm_chat, sm_email, sm_handoff, sm_pager, sm_audit]


# =========================================================== patient texting

def tx_stamp(g, dt):
    return g.ch(["us", "iso", "us_short", "abbr"])


def tx_reminder(g, d):
    pt = g.person(); dt = g.date(2022)
    ph = g.phone(g.ch(["us", "us", "us", "uk", "au"]))
    fmt = tx_stamp(g, dt)
    clinic = g.facility(g.ch(["Family Medicine", "Dental", "Pediatrics", "Eye Care"]))
    d("SMS export - conversation with ", P(ph), "\n\n")
    t = dt
    ts = iter(g.tseq(4, False))
    d(D(g.fd(t, fmt)), " ", next(ts), " OUT: Hi ", N(pt.first), ", this is ", clinic, ". Reminder of your appt on ",
      D(g.fd(g.plus(t, 1, 3), g.ch(["abbr_noy", "md", "long_ord"]))), " at ", g.time(h24=False), " with ", g.ch(["Dr.", "NP"]), " ",
      N(g.clin("md").last), ". Reply C to confirm, R to reschedule.\n")
    d(D(g.fd(t, fmt)), " ", next(ts), " IN: ", g.ch(["c", "C", "confirm", "cant make it can we do next wk",
                                                            "who is this", "R"]), "\n")
    if g.p(0.6):
        rw, r = g.kin(pt, ["daughter", "son", "husband", "wife", "mom"])
        d(D(g.fd(t, fmt)), " ", next(ts), " IN: this is ", N(r.first.lower() if g.p(0.5) else r.first), " ", pt.his, " ", rw,
          " ", g.ch(["can u send the adress again", "we need a ride can u help",
          "pls call me instead " ]))
        if d.buf[-1].endswith(" "):
            d(P(g.phone()))
        d("\n")
    d(D(g.fd(t, fmt)), " ", next(ts), " OUT: Our address is ", A(g.full_addr()), ". Questions call ", P(g.phone("us")), ".\n")


def tx_casual(g, d):
    pt = g.person(); dt = g.date(2022); nurse = g.clin("rn")
    me = N(pt.lfirst())
    d("Conversation: ", N(pt.full()), " ", P(g.phone()), " (", lab(g, "mrn"), " ", M(g.mrn()), ")\n")
    msgs = [
        ("IN", ["hi its ", me, " i need my refill on the ", g.ch(["bp meds", "inhaler", "sertraline", "insulin pens"]), " pls"]),
        ("OUT", ["Hi ", N(pt.first), ", we sent it to your pharmacy. Can you confirm your date of birth?"]),
        ("IN", [D(g.fd(g.dob(g.ri(20, 85)), g.ch(["us_nz", "us_short", "md", "us_dash"]))) ]),
        ("IN", ["also i moved lol new adress is ", A(g.street().lower()), " ", A(g.town().lower()) ]),
        ("OUT", ["Thanks! Updated. - ", N(nurse.first), " RN"]),
        ("IN", ["ok thx. can u email the lab results to ", E(g.email(pt)), " my portal isnt working"]),
        ("OUT", ["For privacy we can't email results. Try the portal reset at ", U(g.url()), " or call ", P(g.phone("us"))]),
        ("IN", ["kk ill come by ", g.ch(["tmrw", "thurs", "after work"]), " my ", g.ch(["bf", "gf", "brother"]), " ",
                N(g.person().first.lower()), " will drive"]),
    ]
    t = dt
    ts = g.tseq(8, False)
    for i, (who, parts) in enumerate(msgs[:g.ri(5, 8)]):
        d(D(g.fd(t, "us_nz")), " ", ts[i], " [", who, "] ", *parts, "\n")


def tx_family(g, d):
    pt = g.person(); dt = g.date(2022); age = g.ri(90, 101) if g.p(0.5) else g.ri(60, 89)
    rw, r = g.kin(pt, ["daughter", "son", "granddaughter", "grandson"])
    d("Text thread export (", g.facility("Home Health"), ")  patient: ", N(pt.LF()), "\n---\n")
    d(N(r.full()), " (", P(g.phone()), ") ", D(g.fd(dt, "iso")), " ", g.time(), "\n")
    d("hi this is ", N(r.lower()), " my ", g.ch(["dad", "grandpa"] if pt.sex == "M" else ["mom", "grandma"]),
      " is ", AGE(age), " and ", {"M": "hes", "F": "shes"}.get(pt.sex, "they're"), " not eating since ", D(g.fd(g.plus(dt, -3, -1), g.ch(["abbr_noy", "md", "the_ord"]))),
      " is the nurse still comming ", g.ch(["today", "tmrw"]), "??\n\n")
    d("Agency (", P(g.phone("us")), ") ", D(g.fd(dt, "iso")), " ", g.time(), "\n")
    d("Hi ", N(r.first), ", yes ", N(g.clin("rn").first), " will be there between 1-3. Is ", pt.mr, " ", N(pt.last), " drinking fluids?\n\n")
    d(N(r.first_l()), " ", D(g.fd(dt, "iso")), " ", g.time(), "\n")
    d("a little. were at my house now not his apt, its ", A(g.street().lower() + " " + g.town().lower()),
      " the blue house. gate code is ", g.digits(4), "\n")


def tx_intl(g, d):
    pt = g.person(); dt = g.date(2022); kind = g.ch(["uk", "au"])
    addr = g.uk_addr() if kind == "uk" else g.au_addr()
    d("WhatsApp Business export - ", g.facility("Travel Clinic"), "\n")
    d("[", D(g.fd(dt, "eu")), ", ", g.time(), "] ", P(g.phone(kind)), ": Hello, I am ", N(pt.first), " ", N(pt.last), ", my mother ",
      N(g.relative(pt, sex="F").full()), " is your patient. She is travelling and lost her tablets.\n")
    d("[", D(g.fd(dt, "eu")), ", ", g.time(), "] Clinic: Hi ", N(pt.first), ", please send her DOB and the address where she is staying.\n")
    d("[", D(g.fd(dt, "eu")), ", ", g.time(), "] ", P(g.phone(kind)), ": DOB ", D(g.fd(g.dob(g.ri(60, 88)), g.ch(["eu", "eu_dot", "dlong"]))),
      ". She is at ", A(addr), "\n")
    d("[", D(g.fd(g.plus(dt, 1, 1), "eu")), ", ", g.time(), "] Clinic: Thank you. Dr. ", N(g.clin("md").last), " sent a 14-day supply of ",
      g.ch(GEN_MEDS).split(" PO")[0], ". Ref ", I(g.letters(3) + g.digits(5)), ".\n")


def tx_outreach(g, d):
    dt = g.date(2022)
    d("Bulk outreach replies - campaign ", g.ch(["flu shot", "colon cancer screening", "mammogram due"]), " ", D(g.fd(dt, "us")), "\n")
    for _ in range(g.ri(5, 7)):
        pt = g.person()
        d(P(g.phone()), " | ", N(pt.lower() if g.p(0.5) else pt.full()), " | ", g.ch([
            "stop", "already got it at cvs", "yes pls call", "wrong number this isnt ", "my wife handles this",
            "i'm in ", "ok what day"]))
        if d.buf[-1].endswith(" "):
            if "isnt" in d.buf[-1]:
                d(N(g.person().first.lower()))
            else:
                d(A(g.town().lower()), " till ", D(g.fd(g.plus(dt, 20, 60), g.ch(["md", "abbr_noy"]))))
        d("\n")


TEXTING = [tx_reminder, tx_casual, tx_family, tx_intl, tx_outreach]


# =========================================================== vital records

def vr_val(g, noise, s, rate=0.3):
    return noisy(g.r, s, rate) if noise else s


def vr_death(g, d):
    noise = g.p(0.6)
    nz = lambda s, r=0.3: vr_val(g, noise, s, r)
    pt = g.person(); inf_rel, inf = g.kin(pt, ["daughter", "son", "wife", "husband", "nephew"]); md = g.clin("md")
    fd = g.person()
    dod = g.date(2021); age = g.ri(90, 106) if g.p(0.6) else g.ri(40, 89)
    s, cl, town, st, z = g.addr()
    d(nz("CERTIFICATE OF DEATH - WORKSHEET", 0.1), "\n", nz("State file no. ", 0.1), I(nz(g.digits(3) + "-" + g.digits(2) + "-" + g.digits(6))), "\n")
    d("1. ", nz("DECEDENT'S LEGAL NAME", 0.1), ": ", N(nz(pt.FL(), 0.08)), "\n2. SEX: ", pt.sx, "   3. SSN: ", S(nz(g.ssn("dash"))), "\n")
    d("4a. AGE (yrs): ", AGE(age, nz(str(age))), "   5. DATE OF BIRTH: ", D(nz(g.fd(g.dob(age, dod), "us"))), "\n")
    d("7a. RESIDENCE: ", A(nz(s.upper(), 0.15)), "  7b. CITY: ", A(nz(town.upper(), 0.1)), "  ", st, "  7c. ZIP: ", Z(nz(z)), "\n")
    d("8. MARITAL: ", g.ch(["Widowed", "Married", "Divorced", "Never married"]), "   9. INFORMANT: ", N(nz(inf.full(), 0.08)),
      " (", inf_rel, ")  ", P(nz(g.phone("us"))), "\n")
    d("10. FATHER: ", N(nz(g.person(sex="M", last=pt.last, origin=pt.origin).full(), 0.08)), "   MOTHER (maiden): ", N(nz(g.person(sex="F").full(), 0.08)), "\n")
    d("24. DATE OF DEATH: ", D(nz(g.fd(dod, g.ch(["us", "long", "dmy_mon"])))), "   TIME: ", g.time(), "\n")
    d("27. PART I a) ", g.ch(["Sepsis", "Acute myocardial infarction", "Aspiration pneumonia",
      "Metastatic colon carcinoma"]), "  onset to death: ", g.ch(["days", "hours", "months"]), "\n   b) ", g.ch(["Dementia, Alzheimer type",
      "Coronary artery disease", "Dysphagia", "COPD"]), "\n")
    d("CERTIFIER: ", N(nz(md.full(), 0.05)), ", ", md.cred, "  LIC ", LI(nz(g.state_lic())), "  signed ", D(nz(g.fd(g.plus(dod, 0, 3), "us")) ), "\n")
    d("FUNERAL DIRECTOR: ", N(fd.full()), "  lic ", LI(g.state_lic()), "\n")


def vr_birth(g, d):
    noise = g.p(0.5)
    nz = lambda s, r=0.3: vr_val(g, noise, s, r)
    mom = g.person(sex="F"); dad = g.person(sex="M", origin=mom.origin if g.p(0.6) else None)
    baby = g.person(sex=g.ch("MF"), origin=dad.origin, last=g.ch([mom.last, dad.last]))
    dob = g.date(2021)
    s, cl, town, st, z = g.addr()
    d("MOTHER'S WORKSHEET FOR CHILD'S BIRTH CERTIFICATE\n", "Local file #: ", I(nz(g.digits(7))), "   Hospital MRN (mother): ",
      M(nz(g.mrn())), "\n\n")
    d("Child's name: ", N(nz(baby.full_m(), 0.05)), "   Date of birth: ", D(nz(g.fd(dob, g.ch(["us", "long"])))), "   Time: ", g.time(),
      "\nSex: ", baby.sx, "   Birthweight ", str(g.ri(2200, 4400)), " g   Plurality: single\n")
    d("Mother's current legal name: ", N(nz(mom.full(), 0.05)), "   DOB: ", D(nz(g.fd(g.dob(g.ri(17, 44), dob), "us"))), "\n")
    d("Mother's name prior to first marriage: ", N(nz(mom.first + " " + g.person().last, 0.05)), "\n")
    d("Residence: ", A(nz(s + ", " + cl, 0.1)), "\n", "Inside city limits? ", g.ch(["Yes", "No", "Unk"]), "\n")
    d("Mother's SSN: ", S(nz(g.ssn()))," (for child's SSN application)\nFather's name: ", N(nz(dad.full(), 0.05)), "   Father's DOB: ",
      D(nz(g.fd(g.dob(g.ri(18, 55), dob), "us"))), "\n")
    d("Prenatal care began: ", D(nz(g.fd(g.plus(dob, -250, -200), "md"))), "   Medicaid: ", H(nz(g.plan())), "\n")
    d("Attendant: ", N(g.clin("md").full()), ", NPI ", LI(nz(g.npi())), "\n")


def vr_permit(g, d):
    noise = g.p(0.6)
    nz = lambda s, r=0.3: vr_val(g, noise, s, r)
    pt = g.person(); fd = g.person(); reg = g.person(); dod = g.date(2021)
    age = g.ri(90, 104) if g.p(0.5) else g.ri(30, 89)
    d(nz("BURIAL - TRANSIT PERMIT", 0.1), "\nPermit no. ", I(nz(g.digits(2) + "-" + g.digits(5))), "\n\n")
    d("Name of deceased: ", N(nz(pt.LFM(), 0.06)), "\nDate of death: ", D(nz(g.fd(dod, g.ch(["us", "dlong", "long"])))), "   Age: ",
      AGE(age, nz(str(age))), "\nPlace of death: ", g.ch(["Residence", "Hospice facility", "Hospital inpatient"]), ", ", A(nz(g.town())), "\n")
    d("Disposition: ", g.ch(["Burial", "Cremation", "Removal from state"]), " at ", g.ch(["Evergreen Cemetery", "Summit Crematory",
      "Prairie Rest Memorial Park"]), " on ", D(nz(g.fd(g.plus(dod, 2, 10), "us"))), "\n")
    d("Transported by: ", N(nz(fd.full(), 0.05)), ", funeral director, lic. ", LI(nz(g.state_lic())), "\nVehicle: ", g.ch(["Cadillac hearse",
      "Ford Transit removal van", "Lincoln coach"]), " plate ", V(nz(g.plate())), "\n")
    d("Death certificate no. ", I(nz(g.digits(4) + "-" + g.digits(6))), " filed ", D(nz(g.fd(g.plus(dod, 1, 5), "us")) ), "\n")
    d("Issued by registrar ", N(nz(reg.full(), 0.05)), "   Tel ", P(nz(g.phone("us"))), "\n")


def vr_amend(g, d):
    pt = g.person(); app_rel, app = g.kin(pt, ["daughter", "son", "wife", "husband", "mother"]); dod = g.date(2021)
    noise = g.p(0.4)
    nz = lambda s, r=0.25: vr_val(g, noise, s, r)
    d("AFFIDAVIT TO AMEND A RECORD OF DEATH\n\nCertificate no. ", I(nz(g.digits(3) + "-" + g.digits(7))), "\n")
    d("Registrant: ", N(nz(pt.full())), "   Date of event: ", D(nz(g.fd(dod, "long"))), "\n\n")
    d("Item   Incorrect as recorded            Correct information\n")
    d("5      ", D(nz(g.fd(g.dob(g.ri(60, 95), dod), "us"))), "                       ", D(nz(g.fd(g.dob(g.ri(60, 95), dod), "us"))), "\n")
    wrong = pt.last[:-1] + ("e" if pt.last[-1] != "e" else "a")
    d("1      ", N(nz(pt.first + " " + wrong)), "      ", N(nz(pt.full())), "\n")
    d("7a     ", A(nz(g.street())), "              ", A(nz(g.street())), "\n\n")
    d("Applicant: ", N(app.full()), ", ", app_rel, "   Address: ", A(g.full_addr()), "\nID presented: DL ", LI(g.dl()), "\nSworn before me on ",
      D(g.fd(g.plus(dod, 30, 200), g.ch(["long_ord_y", "long"]))), "\nNotary: ", N(g.person().full()), "  commission expires ",
      D(g.fd(g.date(2026, 2029), "us")), "\n")


def vr_fetal(g, d):
    pt = g.person(sex="F"); md = g.clin("md"); dt = g.date(2021)
    noise = g.p(0.5)
    nz = lambda s, r=0.3: vr_val(g, noise, s, r)
    s, cl, town, st, z = g.addr()
    d("REPORT OF FETAL DEATH - facility worksheet\nFacility ID ", g.digits(5), "   Record #: ", M(nz(g.mrn())), "\n")
    d("Mother: ", N(nz(pt.LFM(), 0.05)), "   DOB ", D(nz(g.fd(g.dob(g.ri(18, 44)), "us"))), "   Age ", str(g.ri(18, 44)), "\n")
    d("Residence: ", A(nz(s)), ", ", A(nz(town)), ", ", st, " ", Z(nz(z)), "\n")
    d("Date of delivery: ", D(nz(g.fd(dt, "us"))), "   GA: ", str(g.ri(20, 36)), " wks   Weight ", str(g.ri(300, 2400)), " g\n")
    d("Cause: ", g.ch(["placental abruption", "cord accident", "unknown, autopsy pending"]), "\nPhysician: ", N(md.f_last()),
      "   Phone ", P(nz(g.phone("us"))), "\n")


VITAL = [vr_death, vr_birth, vr_permit, vr_amend, vr_fetal]


# =========================================================== registry extracts

def rg_imm_csv(g, d):
    d("patient_id,last_name,first_name,dob,sex,zip,vaccine,cvx,lot,admin_date,site,administered_by\n")
    for _ in range(g.ri(5, 9)):
        pt = g.person(); vx = g.ch([("Influenza IIV4", "150"), ("COVID-19 mRNA", "208"), ("Tdap", "115"), ("PCV20", "216"),
                                    ("Zoster RZV", "187"), ("HepB", "08"), ("MMR", "03")])
        adm = g.clin(g.ch(["rn", "pharm", "ma"]))
        st, z = g.state_zip()
        d(I(g.digits(9)), ",", N(pt.last.upper()), ",", N(pt.first.upper()), ",", D(g.fd(g.dob(g.ri(0, 95)), g.ch(["iso", "us"]))), ",",
          pt.sx, ",", Z(z), ",", vx[0], ",", vx[1], ",", g.letters(2) + g.digits(4), ",", D(g.fd(g.date(2021), "iso")), ",",
          g.ch(["LD", "RD", "LT", "RT"]), ",", N(adm.ini()), "\n")


def rg_cancer_pipe(g, d):
    d("REG_ID|ACCESSION|NAME|DOB|AGE_DX|SSN|ADDR_DX|CITY|ST|ZIP|PRIMARY_SITE|HISTOLOGY|DX_DATE|MANAGING_MD\n")
    for _ in range(g.ri(4, 7)):
        pt = g.person(); age = g.ri(90, 99) if g.p(0.25) else g.ri(30, 89)
        s, cl, town, st, z = g.addr()
        d(I(g.digits(8)), "|", I(str(g.ri(2019, 2024)) + g.digits(5)), "|", N(pt.LFM()), "|",
          D(g.fd(g.dob(age), "hl7")), "|", AGE(age), "|", S(g.ssn("plain")), "|", A(s.upper()), "|", A(town.upper()), "|", st, "|", Z(z), "|",
          g.ch(["C50.9", "C18.7", "C34.1", "C61.9", "C43.5"]), "|", g.ch(["8500/3", "8140/3", "8070/3", "8720/3"]), "|",
          D(g.fd(g.date(2021), "hl7")), "|", N(g.clin("md").LF()), "\n")


def rg_trauma_fixed(g, d):
    d("TRAUMA REGISTRY FIXED-WIDTH EXPORT  (cols: 1-10 inc, 11-30 name, 31-38 dob, 39-41 age, 42-48 plate, 49-58 arrive, 59-63 ISS)\n")
    for _ in range(g.ri(5, 8)):
        pt = g.person(); age = g.ri(90, 98) if g.p(0.2) else g.ri(16, 89)
        inc = g.digits(10)
        nm = pt.LF()[:19]
        while nm[-1] in ", ":
            nm = nm[:-1]
        dob = g.fd(g.dob(age), "hl7")
        d(I(inc), N(nm), " " * (20 - len(nm)), D(dob), str(age).rjust(3) if age <= 89 else "", )
        if age > 89:
            d(" " * (3 - len(str(age))), AGE(age))
        if g.p(0.5):
            pl = g.plate().replace(" ", "")[:7]
            d(V(pl), " " * (7 - len(pl)))
        else:
            d(" " * 7)
        d(D(g.fd(g.date(2022), "hl7")), "  ", str(g.ri(1, 75)).rjust(5), "\n")


def rg_kv(g, d):
    pt = g.person(); dt = g.date(2022)
    s, cl, town, st, z = g.addr()
    age = g.ri(90, 100) if g.p(0.3) else g.ri(1, 89)
    d("# stroke registry record\n")
    d("record_id=", I(g.digits(7)), "\nmrn=", M(g.mrn()), "\npatient_name=", N(pt.lf()), "\ndob=", D(g.fd(g.dob(age), "iso")), "\nage=", AGE(age),
      "\nsex=", pt.sx, "\nstreet=", A(s), "\ncity=", A(town), "\nstate=", st, "\nzip=", Z(z), "\nphone_home=", P(g.phone()),
      "\nemail=", E(g.email(pt)), "\n")
    d("arrival_date=", D(g.fd(dt, "iso")), "\narrival_time=", g.time(), "\nlkw_date=", D(g.fd(dt, "iso")), "\nnihss=", str(g.ri(0, 30)),
      "\ntpa=", g.ch(["Y", "N"]), "\ndoor_to_needle_min=", str(g.ri(20, 90)), "\nattending_npi=", LI(g.npi()), "\nabstractor=",
      N(g.person().ini()), "\nsource_ip=", IP(g.ip()), "\n")


def rg_hl7(g, d):
    pt = g.person(); nk_rel, nk = g.kin(pt, ["wife", "husband", "mother", "father", "daughter", "son"]); md = g.clin("md")
    dt = g.date(2022)
    s, cl, town, st, z = g.addr()
    age = g.ri(90, 99) if g.p(0.3) else g.ri(0, 89)
    d("MSH|^~\\&|", g.ch(["EPIC", "CERNER", "MEDITECH"]), "|", g.ch(["HOSP", "MAIN"]), "|IMMREG|STATE|", D(g.fd(dt, "hl7")), "%02d%02d" % (g.ri(0, 23), g.ri(0, 59)),
      "||", g.ch(["VXU^V04^VXU_V04", "ADT^A04^ADT_A01", "ORU^R01^ORU_R01"]), "|", g.digits(10), "|P|2.5.1\n")
    d("PID|1||", M(g.mrn()), "^^^", g.ch(["HOSP", "MRN"]), "^MR~", S(g.ssn("dash")), "^^^SSA^SS||", N(pt.hl7()), "||",
      D(g.fd(g.dob(age), "hl7")), "|", pt.sx, "||", g.ch(["2106-3", "2054-5", "2028-9"]), "|", A(s.upper()), "^^", A(town.upper()),
      "^", st, "^", Z(z), "^USA||^PRN^PH^^^", P(g.phone("us").replace(" ", "")), "|||||", AC(g.acct()), "\n")
    d("NK1|1|", N(nk.hl7()), "|", {"wife": "SPO", "husband": "SPO", "mother": "MTH", "father": "FTH", "daughter": "CHD", "son": "CHD"}[nk_rel],
      "^", nk_rel.upper(), "^HL70063||", P(g.phone()), "\n")
    d("PV1|1|", g.ch(["O", "I", "E"]), "|", g.ch(["ICU^12^A", "4W^410^B", "ED^^"]), "||||", LI(g.npi()), "^", N(md.hl7()), "^^^^MD\n")
    if age > 89 and g.p(0.5):
        d("NTE|1||Patient age ", AGE(age), " at time of service\n")
    for i in range(g.ri(2, 4)):
        code, name, val, unit = g.ch([("2345-7", "Glucose", str(g.ri(70, 300)), "mg/dL"), ("718-7", "Hemoglobin", "%.1f" % (g.ri(80, 160) / 10), "g/dL"),
                                     ("2160-0", "Creatinine", "%.2f" % (g.ri(50, 300) / 100), "mg/dL"), ("30945-0", "Vaccine contraindication", "N", "")])
        d("OBX|", str(i + 1), "|NM|", code, "^", name, "^LN||", val, "|", unit, "|||||F|||", D(g.fd(dt, "hl7")), "\n")


def rg_device(g, d):
    d("IMPLANTABLE DEVICE REGISTRY - monthly extract ", D(g.fd(g.date(2023), "iso")), "\n")
    d("pt_name;mrn;implant_date;device_model;serial_no;lead_model;lead_serial;remote_monitor_sn;implanter\n")
    for _ in range(g.ri(4, 6)):
        pt = g.person(); md = g.clin("md")
        d(N(pt.LF()), ";", M(g.mrn()), ";", D(g.fd(g.date(2018), g.ch(["us", "iso"]))), ";", g.ch(["W1DR01", "PM2272", "DDMB1D4", "L331"]), ";",
          DV(g.serial()), ";", g.ch(["5076-52 cm", "1948-58", "3830-69 cm"]), ";", DV(g.serial()), ";", DV(g.serial()) if g.p(0.6) else "", ";",
          N(md.f_last()), "\n")


REGISTRY = [rg_imm_csv, rg_cancer_pipe, rg_trauma_fixed, rg_kv, rg_hl7, rg_device]
