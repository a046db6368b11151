"""Styles 11-16: medico-legal dictation, insurance EOB/denial letters,
clinician chat and e-mail, SMS threads, OCR'd vital-records worksheets,
registry extracts."""

from corpus_core import (
    lbl,
    Doc, Person, Addr, N, A, Z, D, AGE, PH, FX, EM, URL, IP, SSN, MRN, HP,
    ACCT, LIC, VEH, DEV, BIO, ID, pat, maybe, pick, fd, rand_date, add_days,
    dob_for_age, age_on, rand_time, clock, us_phone, foreign_phone,
    foreign_address, email_for, npi, dea, vin, ssn, mbi, plate,
    us_state_license, med_license, facility, clinician, relative, age_item,
    age_text, age_value, spoken_date, words, ONES, TOWNS, STATES, STATE_NAMES,
    COUNTIES, WEEKDAYS, MON3, MONTHS, doc_ip, strip_accents, kin,
)
from styles_b import old_age


# ===========================================================================
# 11. medico-legal reports as speech-recognition dictation transcripts
# ===========================================================================

DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven",
               "eight", "nine"]


def spoken_digits(s, oh=False):
    out = []
    for ch in s:
        if ch.isdigit():
            w = DIGIT_WORDS[int(ch)]
            if oh and ch == "0":
                w = "oh"
            out.append(w)
    return " ".join(out)


def asr_name(p, rng):
    """A speech-recognition rendering of a surname (still the person's
    name as written)."""
    s = p.last
    if s.startswith("Mc") or s.startswith("Mac"):
        k = 2 if s.startswith("Mc") else 3
        return s[:k] + " " + s[k:]
    if "-" in s:
        return s.replace("-", " ")
    if maybe(rng, 0.5):
        return s.lower()
    return strip_accents(s)


ASR_SUBS = [("patient complains of", "patient complaints of"),
            ("their", "there"), ("discrete", "discreet"),
            ("radiating", "radiate in"), ("lumbar", "lumbar"),
            ("apparent", "a parent"), ("cervical", "servical")]


def asr(text, rng):
    for a, b in ASR_SUBS:
        if a in text and maybe(rng, 0.5):
            text = text.replace(a, b)
    return text


def medicolegal(rng, k):
    d = Doc()
    day = rand_date(rng, (2021, 2, 1), (2025, 6, 30))
    doi = add_days(day, -rng.randint(90, 900))
    age = rng.randint(22, 79)
    pt = Person(rng)
    pt.dob = dob_for_age(rng, day, age)
    md = clinician(rng, pick(rng, ["MD", "DO", "PhD", "PsyD"]))
    att = Person(rng)
    att2 = Person(rng)
    svc = pick(rng, ["VoxScribe Transcription", "ClearDictate",
                     "MedLegal Transcripts Inc."])
    v = k % 5
    pr = pt.pron()
    job = ["Job ID: ", ID(pat(rng, "%######")), "   Dictated: ",
           D(fd(day, "mdy")), " ", rand_time(rng, "12"), "   Transcribed: ",
           D(fd(add_days(day, rng.randint(0, 3)), "mdy")), "   Author: ",
           N(md.full()), ", ", md.cred, "\n", svc,
           " - draft, speech recognition, not proofread\n\n"]

    if v == 0:  # raw IME dictation
        claim = pat(rng, "#######")
        d(job,
          "this is doctor ", N(asr_name(md, rng)), " dictating an independent ",
          "medical examination on ", N(pt.first.lower() + " " +
                                       asr_name(pt, rng)),
          " spelled ", N(" ".join(strip_accents(pt.last).upper().replace(
              " ", "").replace("'", "").replace("-", ""))),
          " date of birth ", D(spoken_date(pt.dob)),
          " claim number ", ID(spoken_digits(claim)),
          " date of exam ", D(spoken_date(day)), " period new paragraph ",
          "history of present illness colon the claimant is a ",
          words(age), " year old ", pick(rng, ["right", "left"]),
          " hand dominant ", pick(rng, ["warehouse worker", "bus driver",
                                        "home health aide", "electrician"]),
          " who reports that on ", D(spoken_date(doi, with_year=False) + " " +
                                      str(doi.year)), " ", pr[0], " ",
          pick(rng, ["was lifting a patient when " + pr[0] + " felt a pop in "
                     + pr[2] + " low back",
                     "slipped on ice in the employer parking lot",
                     "was rear ended while stopped at a light"]),
          " period ", asr("patient complains of constant pain radiating into "
                          "the left leg rated six out of ten", rng),
          " period treatment has included physical therapy times twenty ",
          "four visits comma two epidural injections comma and gabapentin ",
          "three hundred milligrams three times a day period new paragraph ",
          "records reviewed colon records of doctor ",
          N(Person(rng).last.lower()), " from ",
          D(fd(add_days(doi, 3), "mdy")), " through ",
          D(fd(add_days(day, -30), "mdy")), " comma MRI lumbar spine dated ",
          D(spoken_date(add_days(doi, 40))),
          " showing L4 L5 disc protrusion period new paragraph ",
          "the claimant lives with ", pr[2], " ",
          pick(rng, ["wife", "husband", "mother", "two children"]), " in ",
          A(pick(rng, TOWNS).lower()), " and drove ", pr[1], "self today ",
          "period [inaudible] period end of dictation\n")
    elif v == 1:  # records review, formatted but with ASR artefacts
        car = pick(rng, ["2014 Honda Accord", "2018 Ford Escape",
                         "2010 Toyota Corolla", "2022 Kia Sorento"])
        d(job,
          "RECORDS REVIEW AND CAUSATION OPINION\n\n",
          "Re: ", N(pt.full()), " v. ", N(att2.full()), "\n",
          "Case No.: ", ID(pat(rng, "%%-CV-#####")), "\n",
          "Date of loss: ", D(fd(doi, "mdy")), "\n",
          "Requesting attorney: ", N(att.full()), ", Esq.  ",
          EM(email_for(rng, att, "lawfirm.example.com")), "\n\n",
          asr("I have reviewed the following records at the request of "
              "counsel. ", rng),
          "According to the police report (report number ",
          ID(pat(rng, "%%%%-######")), "), ", N(pt.il()), " was the ",
          "restrained driver of a ", car, " bearing ", pick(rng, STATES),
          " registration ", VEH(plate(rng)),
          ", which was struck on the passenger side by a vehicle operated ",
          "by ", N(att2.full()), ". ", asr("There airbags deployed. ", rng),
          pt.title(), " ", N(pt.last), " was transported by ambulance to ",
          facility(rng), " where CT of the cervical spine was negative for ",
          "fracture period. ", pr[0].capitalize(), " was discharged the same ",
          "day with a diagnosis of cervical strain.\n\n",
          "Subsequent treatment: chiropractic care with ",
          N(Person(rng).full()), ", DC, from ", D(fd(add_days(doi, 6), "mdy")),
          " to ", D(fd(add_days(doi, 120), "mdy")), " (", str(rng.randint(18, 44)),
          " visits); pain management with Dr. ", N(Person(rng).last),
          "; MRI ", D(fd(add_days(doi, 60), "long")), ".\n\n",
          "Opinion: within a reasonable degree of medical probability the ",
          asr("apparent soft tissue injury", rng), " is causally related to ",
          "the collision of ", D(fd(doi, "long")),
          ". Pre-existing degenerative changes at C5-C6 (age-appropriate for ",
          "a ", age_text(age, "yo_hyphen"), ") were not aggravated beyond ",
          "12 months.\n\n", N(md.full()), ", ", md.cred, "\n")
    elif v == 2:  # custody / family court evaluation
        md.cred = pick(rng, ["PhD", "PsyD", "PhD, ABPP"])
        sp = Person(rng, sex="M" if pt.sex == "F" else "F")
        kids = [relative(rng, pt, rel_sex=None) for _ in range(rng.randint(1, 2))]
        judge = Person(rng)
        d(job,
          "CONFIDENTIAL - COURT-ORDERED PSYCHOLOGICAL EVALUATION\n\n",
          "In re the Marriage of ", N(pt.full()), " and ", N(sp.full()), "\n",
          COUNTIES[rng.randrange(len(COUNTIES))], " County Family Court, ",
          "Docket No. ", ID(pat(rng, "FC-%%%%-####")), "\n",
          "Ordered by: Hon. ", N(judge.fml()), ", order dated ",
          D(fd(add_days(day, -rng.randint(30, 90)), "long")), "\n\n",
          "Children: ")
        for i, c in enumerate(kids):
            ca = rng.randint(3, 16)
            c.dob = dob_for_age(rng, day, ca)
            if i:
                d("; ")
            d(N(c.full()), " (", lbl(rng, "dob"), " ", D(fd(c.dob, "mdy")), ", age ", str(ca), ")")
        d("\n\nProcedures: interviews with mother (",
          D(fd(add_days(day, -21), "md")), ", ", D(fd(add_days(day, -7), "md")),
          ") and father (", D(fd(add_days(day, -14), "md")), "); home visits ",
          "to ", A(Addr(rng).line1()), " and ", A(Addr(rng).one_line()),
          "; MMPI-3 and PSI-4 administered; collateral calls to teacher ",
          N(Person(rng).il()), " and paternal grandmother ",
          N(Person(rng, sex="F", origin=sp.origin, last=sp.last).full()),
          ".\n\n", asr("Both parents appear to love there children. ", rng),
          N(kids[0].first), " stated, quote, I want to live at both houses, ",
          "end quote. ", "MMPI-3 profiles were valid; no clinically elevated ",
          "scales for either parent except RC", str(rng.randint(1, 9)),
          " (T = ", str(rng.randint(60, 70)), ") for ", N(sp.first), ".\n\n",
          "Recommendation: joint legal custody; 2-2-5-5 schedule. Counsel: ",
          N(att.full()), " (for ", N(pt.first), "), ", N(att2.full()),
          " (for ", N(sp.first), ").\n\n", N(md.full()), ", ", md.cred,
          "  License ", LIC(pat(rng, "PSY ######")), "\n")
    elif v == 3:  # disability consultative exam dictation
        d(job,
          "consultative examination for the division of disability ",
          "determination period claimant ", N(pt.upper()), " comma social ",
          "security number last four ", SSN(ssn(rng)[-4:]), " comma DDS case ",
          "number ", ID(pat(rng, "%%-######")),
          " period date of examination ", D(fd(day, "mdy")),
          " period identity verified by state ID card ",
          LIC(us_state_license(rng)), " period new paragraph ",
          "the claimant is a ", age_text(age, "yo_hyphen"), " ",
          "woman" if pt.sex == "F" else "man", " alleging disability due to ",
          pick(rng, ["fibromyalgia and depression",
                     "COPD and chronic back pain",
                     "diabetic neuropathy", "seizures"]),
          " since ", D(spoken_date(add_days(day, -rng.randint(200, 900)))),
          " period ", pr[0], " was driven to the exam by ",
          pr[2], " ", pick(rng, ["brother", "cousin", "friend"]), " ",
          N(Person(rng).first.lower()), " period new paragraph ",
          "vital signs colon height sixty ", ONES[rng.randint(1, 9)],
          " inches comma weight ", str(rng.randint(120, 290)),
          " pounds comma blood pressure ", str(rng.randint(110, 160)), " over ",
          str(rng.randint(70, 100)), " period grip strength ",
          str(rng.randint(10, 40)), " kilograms right comma ",
          str(rng.randint(10, 40)), " kilograms left period ",
          asr("gait is slow but the patient complains of pain only with "
              "tandem walking", rng), " period new paragraph ",
          "medical source statement colon can lift twenty pounds occasionally ",
          "ten pounds frequently comma stand and walk four hours in an eight ",
          "hour day period end of report\n")
    else:  # life care plan letter to attorney
        d(D(fd(day, "long")), "\n\n", N(att.full()), ", Esq.\n",
          pick(rng, ["Harrow & Pell LLP", "Quintero Law Group",
                     "Abernathy Stone PC"]), "\n", A(Addr(rng).line1()),
          "\n", A(Addr(rng).line2()), "\n", "via e-mail: ",
          EM(email_for(rng, att, "lawfirm.example.com")), "\n\n",
          "RE: ", N(pt.LF()), "\n     ", lbl(rng, "dob"), ": ", D(fd(pt.dob, "mdy")),
          "\n     Your file: ", ID(pat(rng, "%####-###")),
          "\n     DOI: ", D(fd(doi, "mdy")), "\n\n",
          "Dear ", att.title(), " ", N(att.last), ",\n\n",
          "Per your request I examined ", N(pt.full()),
          " in my office on ", D(fd(day, "long")),
          " with ", pr[2], " ", pick(rng, ["mother", "spouse", "sister"]),
          " present. ", asr("Their history is consistent with a discrete "
                            "traumatic brain injury. ", rng),
          "Future medical needs (life care plan summary):\n",
          "  - neuropsychology re-testing at 12 and 24 months ($3,200 each)\n",
          "  - speech therapy 2x/wk x 6 months (CPT 92507)\n",
          "  - home attendant 4 h/day\n",
          "  - replacement of ", pick(rng, ["power wheelchair every 5 years",
                                          "AFO every 2 years",
                                          "hearing aids every 4 years"]), "\n",
          "[inaudible] please call my office at ", PH(us_phone(rng)),
          " or fax ", FX(us_phone(rng)), " with any questions.\n\n",
          N(md.full()), ", ", md.cred, "\n")
    return d


# ===========================================================================
# 12. insurance EOBs and denial letters
# ===========================================================================

PAYERS = ["Cygnet Health Plan", "Harborline Health", "Granite State Care",
          "Bluewater Medicaid Managed Care", "Pioneer Senior Advantage"]
CARC = [("CO-45", "Charge exceeds fee schedule"),
        ("PR-1", "Deductible amount"), ("PR-2", "Coinsurance amount"),
        ("CO-97", "Included in another service"),
        ("CO-50", "Not deemed medically necessary"),
        ("CO-197", "Precertification absent"),
        ("PR-3", "Co-payment amount")]
CPTS = [("99214", "Office visit, est. pt", 210.0),
        ("80053", "Comprehensive metabolic panel", 64.0),
        ("71046", "Chest x-ray, 2 views", 118.0),
        ("97110", "Therapeutic exercise, 15 min", 95.0),
        ("70553", "MRI brain w/o & w contrast", 2850.0),
        ("J1100", "Dexamethasone sodium phosphate 1 mg", 12.5),
        ("93000", "ECG with interpretation", 86.0),
        ("29881", "Knee arthroscopy, meniscectomy", 6400.0)]


def payer_phone(rng):
    return "1-%s-555-01%02d" % (pick(rng, ["800", "866", "877", "888"]),
                                rng.randint(0, 99))


def eob(rng, k):
    d = Doc()
    day = rand_date(rng, (2021, 3, 1), (2025, 6, 30))
    age = rng.choice([rng.randint(1, 64), rng.randint(65, 89),
                      old_age(rng, 1.0)])
    pt = Person(rng)
    pt.dob = dob_for_age(rng, day, age)
    sub = pt if age >= 26 or maybe(rng, 0.2) else relative(rng, pt)
    payer = pick(rng, PAYERS)
    prov = clinician(rng)
    mail = Addr(rng)
    v = k % 5
    member = pat(rng, pick(rng, ["@@@#########", "%########", "@########-##",
                                 "W#########"]))
    dos = add_days(day, -rng.randint(20, 90))

    if v == 0:  # EOB statement
        d(payer, "\nEXPLANATION OF BENEFITS - THIS IS NOT A BILL\n\n",
          N(sub.upper()), "\n", A(mail.line1().upper()), "\n",
          A(mail.line2().upper()), "\n\n",
          "Statement date: ", D(fd(day, "mdy")), "\n",
          "Member: ", N(sub.full()), "   Member ID: ", HP(member),
          "   Group: ", HP(pat(rng, "%#####")), "\n",
          "Patient: ", N(pt.first), "   Claim #: ",
          ID(pat(rng, "%###########")), "\n",
          "Provider: ", N(prov.full()), ", ", prov.cred, "\n",
          "Patient account #: ", ACCT(pat(rng, "%#######")), "\n\n",
          "Date(s)    Service                          Billed   Allowed  Paid    You owe  Remark\n")
        tot = 0.0
        for c in rng.sample(CPTS, rng.randint(2, 4)):
            billed = c[2]
            allowed = round(billed * rng.uniform(0.3, 0.8), 2)
            paid = round(allowed * rng.choice([0.8, 0.9, 1.0, 0.0]), 2)
            owe = round(allowed - paid, 2)
            tot += owe
            rc = pick(rng, CARC)
            d(D(fd(dos, "mdy")), " ", c[0], " ", c[1][:26].ljust(26), " ",
              "%8.2f %8.2f %7.2f %7.2f  " % (billed, allowed, paid, owe),
              rc[0], "\n")
        d("\nTotal you may owe the provider: $", "%.2f" % tot, "\n",
          "Deductible met YTD: $", str(rng.randint(0, 3000)), " of $",
          str(rng.choice([1500, 3000, 5000])), "\n\n",
          "Remark codes: CO-45 charge exceeds fee schedule; PR-2 coinsurance.\n",
          "Questions? Call Member Services ", PH(payer_phone(rng)),
          " (TTY 711), or visit ", URL("www.example.com/members"), ".\n",
          "Appeals: ", payer, " Appeals Unit, ", A("PO Box " + str(
              rng.randint(1000, 99999)) + ", " + Addr(rng).line2()), "\n")
    elif v == 1:  # denial letter
        rev = clinician(rng, "MD")
        svc = pick(rng, CPTS)
        d(payer, "\n", A(Addr(rng).one_line()), "\n\n",
          D(fd(day, "long")), "\n\n", N(pt.fml()), "\n",
          A(mail.line1()), "\n", A(mail.line2()), "\n\n",
          "NOTICE OF ADVERSE BENEFIT DETERMINATION\n\n",
          "Member ID: ", HP(member), "\nReference #: ",
          ID(pat(rng, "UM-%########")), "\nRequesting provider: Dr. ",
          N(prov.fli()), "\nService requested: ", svc[1], " (", svc[0], ")\n",
          "Date of request: ", D(fd(add_days(day, -rng.randint(3, 14)), "mdy")),
          "\n\nDear ", pt.title(), " ", N(pt.last), ":\n\n",
          "We reviewed the request for ", svc[1].lower(), " and have ",
          "decided not to approve it. Reason: the records do not show ",
          pick(rng, ["6 weeks of conservative therapy",
                     "failure of two first-line medications",
                     "a neurologic deficit", "red-flag symptoms"]),
          " as required by our clinical policy MP-", pat(rng, "###"),
          ". This decision was made by ", N(rev.full()), ", ", rev.cred,
          ", board certified in ", pick(rng, ["orthopaedic surgery",
                                              "neurology", "internal medicine"]),
          ".\n\nYou have 180 days from the date of this letter to appeal. ",
          "You or your provider may request a peer-to-peer review by calling ",
          PH(payer_phone(rng)), ". Written appeals may be faxed to ",
          FX(payer_phone(rng)), ". You may also ask for an external review ",
          "by an Independent Review Organization.\n\n",
          "cc: ", N(prov.full()), ", ", prov.cred, " (NPI ", LIC(npi(rng)), ")\n")
    elif v == 2:  # appeal acknowledgement + decision
        rep = relative(rng, pt, rel_sex=None)
        d(payer, " - Grievance and Appeals\n\n", D(fd(day, "mdy")), "\n\n",
          N(rep.full()), "\n", "(Authorized representative for ",
          N(pt.full()), ")\n", A(mail.one_line()), "\n\n",
          "Appeal #: ", ID(pat(rng, "APL-####-######")), "\n",
          "Member: ", N(pt.LF()), "   ID ", HP(member), "   DOB ",
          D(fd(pt.dob, "mdy")), "\n", "Claim #: ",
          ID(pat(rng, "%##########")), "   Date of service: ",
          D(fd(dos, "mdy")), "\n\n",
          "Dear ", N(rep.full()), ",\n\n",
          "We received your appeal on ",
          D(fd(add_days(day, -rng.randint(3, 20)), "long_ord_y")),
          ", along with the letter from Dr. ", N(prov.last), " dated ",
          D(fd(add_days(day, -25), "long")), ". ",
          pick(rng, ["After review, we are overturning the original denial. "
                     "The claim will be reprocessed within 30 days.",
                     "After review, we are upholding the original denial. "
                     "You may request an external review within 4 months.",
                     "We need more information: please send office notes "
                     "from the last 6 months."]),
          "\n\nIf you have questions, call ", N(Person(rng).first),
          " in our appeals unit at ", PH(payer_phone(rng)), ", ext. ",
          str(rng.randint(1000, 9999)), ".\n\nSincerely,\nAppeals Coordinator\n")
    elif v == 3:  # coordination of benefits questionnaire
        spouse = Person(rng, sex="M" if pt.sex == "F" else "F")
        d(payer, "\nCOORDINATION OF BENEFITS QUESTIONNAIRE - returned by ",
          "member\n\n",
          "Member name: ", N(pt.full()), "\nMember ID: ", HP(member),
          "\nDate of birth: ", D(fd(pt.dob, pick(rng, ["mdy", "mdy_nz"]))),
          "\nHome address: ", A(mail.line1()), "  City: ", A(mail.town),
          "  State: ", mail.state, "  ZIP: ", Z(mail.zip), "\n",
          "Phone: ", PH(us_phone(rng)), "\n\n",
          "1. Do you or any family member have other health coverage? [X] Yes\n",
          "2. Name of policyholder: ", N(spouse.full()),
          "   Relationship: spouse   ", lbl(rng, "dob"), ": ", D(fd(dob_for_age(
              rng, day, rng.randint(25, 70)), "mdy")), "\n",
          "3. Other insurance company: ",
          pick(rng, [x for x in PAYERS if x != payer]), "\n",
          "   Policy/ID number: ", HP(pat(rng, "@@@########")),
          "   Group number: ", HP(pat(rng, "G-#####")), "\n",
          "4. Employer providing coverage: ", pick(rng, [
              "Harrow Logistics LLC", "Vantry Public Schools",
              "Copperline Construction Inc."]), "\n",
          "5. Effective date of other coverage: ",
          D(fd(add_days(day, -rng.randint(30, 900)), "mdy")), "\n",
          "6. Is anyone covered by Medicare? No\n",
          "7. Is the claim related to an accident? ", pick(rng, ["No", "Yes - "
                                                                 "auto, "]),
          "\n\nSignature: ", N(pt.fml()), "   Date: ", D(fd(day, "mdy2")), "\n")
    else:  # Medicare summary notice-like
        d("Medicare Summary Notice-style statement (", payer, ")\n\n",
          N(pt.upper()), "\n", A(mail.line1().upper()), "\n",
          A(mail.line2().upper()), "\n\n",
          "Medicare Number: ", HP(mbi(rng, dashes=False)), "\n",
          "Notice date: ", D(fd(day, "long")), "\n",
          "Claims processed ", D(fd(add_days(day, -90), "long_noyr")), " - ",
          D(fd(day, "long")), "\n\n")
        for _ in range(rng.randint(2, 3)):
            c = pick(rng, CPTS)
            pv = clinician(rng)
            d("  ", N(pv.full()), ", ", A(Addr(rng).one_line()), "\n",
              "    Service ", D(fd(add_days(day, -rng.randint(20, 90)), "mdy")),
              "  Claim ", ID(pat(rng, "%%%%%%%%%%%%%")), "  ", c[0], " ",
              c[1], "  approved: ", pick(rng, ["Yes", "Yes", "No"]),
              "  max you may be billed $", "%.2f" % (c[2] * 0.2), "\n")
        d("\nIf you disagree, file an appeal by ",
          D(fd(add_days(day, 120), "long")), ". Call ",
          PH(payer_phone(rng)), ". Report fraud: ", PH(payer_phone(rng)), ".\n")
    return d


# ===========================================================================
# 13. clinician secure chat and e-mail
# ===========================================================================

def chat(rng, k):
    d = Doc()
    day = rand_date(rng, (2022, 1, 1), (2025, 6, 30))
    v = k % 5
    staff = [clinician(rng, c) for c in ("RN", "MD", "PharmD", "NP", "RT")]
    pt = Person(rng)
    age = old_age(rng, 0.35) if maybe(rng, 0.5) else rng.randint(20, 89)
    pt.dob = dob_for_age(rng, day, age)
    mrn = pat(rng, pick(rng, ["%#######", "E%######", "##-##-####"]))
    room = "%d%s" % (rng.randint(201, 918), pick(rng, ["", "A", "B", "-1"]))
    h = rng.randint(6, 20)

    def ts(m):
        return "%02d:%02d" % divmod(h * 60 + m, 60)

    if v == 0:  # secure chat thread
        h = rng.randint(6, 8)
        fam_lab, fam = kin(rng, pt, ["daughter", "son", "wife", "husband"])
        d("Secure Chat - ", pick(rng, ["4 West Med-Surg", "MICU", "L&D",
                                       "ED Pod C", "Oncology 7N"]), " - ",
          D(fd(day, pick(rng, ["abbr", "mdy", "long"]))), "\n\n",
          "[", ts(0), "] ", N(staff[0].fli()), " (RN): rm ", room, " ",
          N(pt.last), " K ", "%.1f" % rng.uniform(2.8, 6.3), " this AM, on ",
          "furosemide 40 IV BID. want me to hold the 0900 dose?\n",
          "[", ts(3), "] ", N(staff[1].il()), " (MD): yes hold. repeat BMP ",
          "at 1400. is that ", N(pt.full()), " or the other ",
          N(pt.last), "? we have two\n",
          "[", ts(4), "] ", N(staff[0].fli()), " (RN): ", N(pt.first.lower()),
          ", ", lbl(rng, "dob"), " ", D(fd(pt.dob, "mdy")), ", ", lbl(rng, "mrn"), " ", MRN(mrn), "\n",
          "[", ts(6), "] ", N(staff[1].il()), " (MD): thx. also pls page ",
          "pharmacy re vanc trough - last one 22.4\n",
          "[", ts(9), "] ", N(staff[2].first), " (PharmD): saw it, will ",
          "redose 1250 mg q12h, next trough before 4th dose\n",
          "[", ts(15), "] ", N(staff[0].fli()), " (RN): family (",
          fam_lab, " ", N(fam.first), ") asking for update, ",
          "best # is ", PH(us_phone(rng)), "\n",
          "[", ts(22), "] ", N(staff[1].il()), " (MD): will call after rounds",
          " ~11\n",
          "[", ts(25), "] ", N(staff[0].fli()), " (RN): also admitting says ",
          "the card in " + pt.pron()[2] + " wallet reads ",
          HP(pat(rng, "@@@#########")), " - is that still active?\n",
          "[", ts(31), "] ", N(staff[1].il()), " (MD): ask case mgmt, ",
          "billing acct ", ACCT(pat(rng, "%#########")), " shows self-pay\n")
    elif v == 1:  # e-mail chain
        ref = staff[1]
        cons = staff[3]
        fa = foreign_address(rng)
        topic, advice, finding = pick(rng, [
            ("thyroid nodule", "TSH, free T4 and US-guided FNA",
             "Incidental 2.1 cm nodule on CT"),
            ("rising PSA", "repeat PSA and free PSA in 6 weeks",
             "PSA 4.1 -> 6.8 over a year"),
            ("anemia w/u", "iron studies, B12, retic count", "Hgb 9.8, MCV 72"),
            ("new AF on Holter", "TTE and CHA2DS2-VASc review",
             "AF burden 14% on 14-day monitor")])
        d("From: ", N(cons.full()), " <", EM(email_for(rng, cons,
                                                       "clinic.example.org")),
          ">\nSent: ", WEEKDAYS[day.weekday()], ", ", D(fd(day, "long")), " ",
          clock(h, rng.randint(0, 59), "12").upper(), "\nTo: ", N(ref.full()),
          " <", EM(email_for(rng, ref, "clinic.example.org")), ">\n",
          "Cc: ", EM(email_for(rng, staff[0], "example.net")), "\n",
          "Subject: RE: curbside - ", N(pt.initials()), " ", topic, "\n\n",
          "Hi ", N(ref.first), ",\n\nHappy to see ", pt.pron()[1], ". ",
          "I'd get a ", advice,
          " first. Please have ", pt.pron()[1], " call my scheduler ",
          N(Person(rng).first), " at ", PH(us_phone(rng)), ".\n\n",
          "Best,\n", N(cons.first), "\n\n",
          "-----Original Message-----\nFrom: ", N(ref.lf()), "\nSent: ",
          D(fd(add_days(day, -1), "mdy")), " ", rand_time(rng, "12"), "\n",
          "Subject: curbside - ", N(pt.initials()), "\n\n",
          "Quick q about ", N(pt.full()), " (", age_item(age, "yo"), ", MRN ",
          MRN(mrn), "). ", finding,
          ". ", pt.pron()[0].capitalize(), " lives out in ",
          A(pick(rng, TOWNS)), " and can't drive, so one visit would be ",
          "ideal. Cell ", PH(us_phone(rng)), ".",
          ([" Until ", D(fd(add_days(day, rng.randint(10, 40)), "long_noyr")),
            " ", pt.pron()[0], "'s staying with family at ", A(fa[0]),
            (", tel ", PH(foreign_phone(rng, fa[2])))
            if fa[2] in ("United Kingdom", "Australia", "Canada") else "",
            "."] if maybe(rng, 0.5) else ""),
          "\n\nThanks - ", N(ref.first),
          "\n\nCONFIDENTIALITY NOTICE: This e-mail may contain PHI...\n")
    elif v == 2:  # I-PASS handoff
        d("Night handoff (I-PASS) - Hospitalist team ",
          str(rng.randint(1, 6)), " - ", D(fd(day, "md")), "\n",
          "From ", N(staff[1].fli()), " to ", N(staff[3].fli()), "\n\n")
        for i in range(rng.randint(3, 5)):
            p = Person(rng)
            a = old_age(rng, 0.4) if maybe(rng, 0.5) else rng.randint(19, 89)
            sev = pick(rng, ["STABLE", "WATCHER", "UNSTABLE"])
            d(str(i + 1), ") ", str(rng.randint(301, 920)), " ",
              N(pick(rng, [p.last, p.LF(), p.il(), p.last.upper()])), " ",
              age_item(a, pick(rng, ["yo", "num"])), p.sex, " - ", sev, "\n",
              "   ", pick(rng, ["CAP on ceftriaxone/azithro, O2 2L",
                                "DKA resolved, transitioned to SQ insulin",
                                "GI bleed, Hgb 7.4 -> 8.1 after 1u",
                                "CHF exacerbation, net -1.8 L",
                                "delirium, 1:1 sitter, haldol 0.5 prn"]), "\n",
              "   To do: ", pick(rng, ["f/u 2200 Hgb, transfuse <7",
                                       "AM BMP, replete K to >4",
                                       "check 0400 lactate"]))
            if maybe(rng, 0.4):
                lab, fam = kin(rng, p, ["son", "daughter", "niece", "wife",
                                        "husband", "nephew"])
                d("; call family if worse: ", lab, " ", N(fam.first), " ",
                  PH(us_phone(rng, "local")))
            d("\n   Code: ", pick(rng, ["FULL", "DNR/DNI", "DNR, ok to intubate"]),
              "\n")
        d("\n-- ", N(staff[1].initials()), "\n")
    elif v == 3:  # privacy audit e-mail
        user = staff[pick(rng, [0, 2, 4])]
        uid = pat(rng, pick(rng, ["@@####", "u#######", "@#####@"]))
        d("From: ", EM("privacy.office@example.org"), "\nTo: ",
          EM(email_for(rng, user, "example.org")), "\n",
          "Date: ", D(fd(day, "dmy_abbr")), " ", clock(h, 5), "\n",
          "Subject: Access review - case ", ID(pat(rng, "PRV-####-###")), "\n\n",
          "Hello ", N(user.first), ",\n\n",
          "Our monitoring flagged the following accesses by your account (",
          ID(uid), ") to the record of ", N(pt.LF()), " (", lbl(rng, "mrn"), " ", MRN(mrn),
          "), a patient with whom you have no documented treatment ",
          "relationship:\n\n",
          "  Date        Time   Workstation      IP address         Activity\n")
        for _ in range(rng.randint(2, 4)):
            dd = add_days(day, -rng.randint(1, 40))
            d("  ", D(fd(dd, "iso")), "  ", rand_time(rng, "24"), "  WS-",
              pat(rng, "@@###"), "      ", IP(doc_ip(rng)), "   ",
              pick(rng, ["chart open", "results viewed", "notes viewed",
                         "demographics viewed"]), "\n")
        d("\nPlease reply by ", D(fd(add_days(day, 5), "long_noyr")),
          " explaining the business reason, or call ", N(Person(rng).full()),
          ", Privacy Officer, at ", PH(us_phone(rng)), ".\n\nThank you,\n",
          "Privacy & Compliance\n")
    else:  # page log
        d("PAGING LOG - ", facility(rng), " - ", D(fd(day, "mdy")), "\n\n")
        offs = sorted(rng.sample(range(0, 90), rng.randint(4, 6)))
        for off in offs:
            p = Person(rng)
            s = pick(rng, staff)
            d(ts(off), "  TO ", N(s.fli()), " (",
              s.cred, ")  ", PH(us_phone(rng, pick(rng, ["local", "dash"]))),
              "  MSG: ", pick(rng, ["pt ", "rm ", ""]),
              str(rng.randint(201, 918)), " ", N(p.last.upper()), " ",
              pick(rng, ["BP 82/40 pls call", "SpO2 86% on 4L",
                         "family wants update", "needs sleep med order",
                         "critical K 6.4", "fell, no injury, pls eval"]),
              " cb ", PH(us_phone(rng, "local")), "\n")
        if maybe(rng, 0.6):
            p = Person(rng)
            d(ts(95), "  TO ", N(staff[3].fli()), " (NP)  ",
              PH(us_phone(rng, "dash")), "  MSG: ", N(p.last.upper()),
              " ICD shock x1, pt ok. device SN ", DEV(pat(rng, "@@@######")),
              " - rep on way\n")
        d("\nexported by ", N(Person(rng).initials()), "\n")
    return d


# ===========================================================================
# 14. SMS threads
# ===========================================================================

def sms(rng, k):
    d = Doc()
    day = rand_date(rng, (2022, 1, 1), (2025, 6, 30))
    pt = Person(rng)
    v = k % 5
    clinic = pick(rng, ["Quillhaven Family Dental", "Brindlecombe Pediatrics",
                        "Marrowvale Physical Therapy", "Emberfield Eye Care",
                        "Ostrey Valley Cardiology", "Sandreth Women's Health"])
    cl_no = us_phone(rng, "dash")
    pt_no = us_phone(rng, pick(rng, ["plain", "plus1", "dash"]))
    while pt_no[-4:] == cl_no[-4:]:
        pt_no = us_phone(rng, pick(rng, ["plain", "plus1", "dash"]))
    sfmt = pick(rng, ["mdy2", "md", "mdy_nz"])
    prov = clinician(rng)
    appt = add_days(day, rng.randint(1, 5))
    ah, am = rng.randint(8, 16), rng.choice([0, 15, 30, 45])

    def stamp(dt, h, m):
        return [D(fd(dt, sfmt)), " ", clock(h, m, "12")]

    hdr = ["SMS thread export - ", clinic, "\nClinic line: ", PH(cl_no),
           "   Patient mobile: ", PH(pt_no), "\n\n"]

    if v == 0:  # reminder + reply + reschedule
        d(hdr, "[", stamp(day, 10, 2), "] OUT: Hi ", N(pt.first),
          ", this is ", clinic, " reminding you of your appt on ",
          WEEKDAYS[appt.weekday()][:3], " ", D(fd(appt, "md")), " at ",
          clock(ah, am, "12"), " with ", pick(rng, ["Dr. ", ""]),
          N(prov.last), ". Reply C to confirm, R to reschedule. Txt STOP to ",
          "opt out.\n",
          "[", stamp(day, 10, 41), "] IN: R\n",
          "[", stamp(day, 10, 42), "] OUT: Please call us at ", PH(cl_no),
          " or pick a new time: ",
          URL("https://sched.example.com/r/" + pat(rng, "??????")), "\n",
          "[", stamp(day, 11, 5), "] IN: cant click link. can u do ",
          pick(rng, ["thurs", "friday", "next mon"]), " am? this is ",
          N(pt.lower()), " dob ", D(fd(dob_for_age(
              rng, day, rng.randint(18, 80)), pick(rng, ["mdy2", "mdy_nz"]))),
          "\n",
          "[", stamp(day, 11, 20), "] OUT: You're booked ",
          D(fd(add_days(appt, 2), "long_noyr")), " 9:15am. Conf# ",
          ID(pat(rng, "%#####")), ". -", N(Person(rng, sex="F").first), "\n",
          "[", stamp(day, 11, 21), "] IN: ty!! do i need a parking pass\n",
          "[", stamp(day, 11, 24), "] OUT: Reply with your plate # and we'll ",
          "add it to the garage list.\n",
          "[", stamp(day, 11, 30), "] IN: ", VEH(plate(rng)), "\n")
    elif v == 1:  # pharmacy ready + DOB verification
        rx = pat(rng, "%######")
        d("Thread: ", pick(rng, ["Kestrel Bay Pharmacy", "Tallowmere Apothecary"]),
          " <-> ", PH(pt_no), "\n\n",
          "[", stamp(day, 9, 15), "] Pharmacy: Your prescription #", ID(rx),
          " is ready for pickup. Reply 1 for delivery.\n",
          "[", stamp(day, 9, 48), "] Me: 1. its for my ",
          pick(rng, ["mom", "grandma"] if pt.sex == "F" else
               ["dad", "grandpa", "husband"]), " ",
          N(pt.first.lower()), "\n",
          "[", stamp(day, 9, 49), "] Pharmacy: To verify, reply with the ",
          "patient's date of birth.\n",
          "[", stamp(day, 9, 52), "] Me: ", D(fd(dob_for_age(
              rng, day, old_age(rng, 0.4)), pick(rng, ["mdy", "mdy2", "long"]))),
          "\n",
          "[", stamp(day, 9, 53), "] Pharmacy: Thanks. Delivery to ",
          A(Addr(rng).line1()), "? Reply Y/N.\n",
          "[", stamp(day, 9, 55), "] Me: no ", pt.pron()[0],
          " moved in w us, ",
          A(Addr(rng).one_line()), ". gate code is 4471\n",
          "[", stamp(day, 9, 58), "] Pharmacy: Updated. Est. delivery ",
          D(fd(add_days(day, 1), "md")), " 2-6pm. Your verification code for ",
          "the driver is 9382.\n")
    elif v == 2:  # portal nudge + bereavement reply
        son = relative(rng, pt, rel_sex="M")
        d(hdr, "[", stamp(day, 8, 0), "] OUT: ", clinic, ": New test results ",
          "are available for ", N(pt.fli()), ". View securely at ",
          URL("https://portal.example.org/r/" + pat(rng, "????????")),
          " (link expires in 7 days)\n",
          "[", stamp(day, 13, 12), "] IN: this is ", pt.pron()[2], " son ",
          N(son.first.lower()), ". ", "mom" if pt.sex == "F" else "dad",
          " passed away on ",
          D(fd(add_days(day, -rng.randint(10, 40)), pick(rng, ["md", "long_ord"]))),
          ". please stop sending these and cancel ", pt.pron()[2], " appt\n",
          "[", stamp(day, 13, 30), "] OUT: We are so sorry for your loss. ",
          "We have updated our records. If you need copies of ", pt.pron()[2],
          " records ",
          "please call HIM at ", PH(us_phone(rng)), " or email ",
          EM("him.requests@example.org"), ".\n",
          "[", stamp(day, 13, 33), "] IN: thank you. my email is ",
          EM(email_for(rng, son)), " if u need it\n")
    elif v == 3:  # telehealth link + running late
        d(hdr, "[", stamp(day, ah, am - 15 if am >= 15 else 0), "] OUT: ",
          "Your video visit with ", N(prov.full()), ", ", prov.cred,
          " starts at ", clock(ah, am, "12"), ". Join: ",
          URL("https://telehealth.example.net/v/" + pat(rng, "???-???-???")),
          " Visit ID ", ID(pat(rng, "%########")), "\n",
          "[", stamp(day, ah, am), "] IN: running 10 min late sorry. ",
          "my sister ", N(Person(rng, sex="F", origin=pt.origin).first),
          " will be on too she translates\n",
          "[", stamp(day, ah, am + 1 if am < 59 else am), "] OUT: No problem, ",
          N(prov.last), " will wait. If video fails we will call ", PH(pt_no),
          ".\n",
          "[", stamp(day, ah + 1, 5), "] IN: it says my ip ",
          IP(doc_ip(rng)), " is blocked??\n",
          "[", stamp(day, ah + 1, 7), "] OUT: Try the phone option: dial ",
          PH(us_phone(rng)), ", meeting code 418 227 903#.\n")
    else:  # insurance card / address update
        d(hdr, "[", stamp(day, 19, 2), "] IN: hi its ", N(pt.full().lower()),
          " i have new insurance starting ",
          D(fd(add_days(day, rng.randint(3, 20)), pick(rng, ["md", "long_noyr"]))),
          ". member # ", HP(pat(rng, "@@@#########")), " group ",
          HP(pat(rng, "#####")), "\n",
          "[", stamp(day, 19, 4), "] IN: also new address ",
          A(Addr(rng).one_line().lower()), "\n",
          "[", stamp(add_days(day, 1), 8, 31), "] OUT: Thanks ",
          N(pt.first), "! Please also send a photo of the back of the card. ",
          "For security don't text your SSN.\n",
          "[", stamp(add_days(day, 1), 8, 40), "] IN: ok [image]. ss is ",
          SSN(ssn(rng, pick(rng, ["dash", "space", "plain"]))),
          " in case u need it lol\n",
          "[", stamp(add_days(day, 1), 8, 45), "] OUT: Got it. We have removed ",
          "the number from the thread. Your chart # is ",
          MRN(pat(rng, "%#####")), " for future reference. Your login code is ",
          pat(rng, "######"), " (expires in 10 min).\n")
    return d


# ===========================================================================
# 15. OCR'd vital-records worksheets (birth / death)
# ===========================================================================

OCR_MAP = {"l": "1", "O": "0", "I": "l", "S": "5", "B": "8", "e": "c",
           "o": "0", "i": "l", "g": "9", "Z": "2"}


def make_text_noise(rng, rate):
    def noise(s):
        out = []
        i = 0
        while i < len(s):
            ch = s[i]
            r = rng.random()
            if ch in OCR_MAP and r < rate:
                out.append(OCR_MAP[ch])
            elif ch == "r" and i + 1 < len(s) and s[i + 1] == "n" and r < rate * 3:
                out.append("m")
                i += 1
            elif ch == " " and r < rate / 2:
                out.append("  ")
            elif ch == "." and r < rate * 2:
                out.append(",")
            else:
                out.append(ch)
            i += 1
        return "".join(out)
    return noise


VAL_MAP = {"O": "0", "0": "O", "l": "1", "1": "l", "S": "5", "5": "S",
           "B": "8", "I": "1", "o": "0"}


def make_value_noise(rng, rate):
    def noise(typ, s):
        # checksum-bearing identifiers are left intact so that a validating
        # detector is not penalised for rejecting an OCR-corrupted number
        if typ in ("ssn", "license", "vehicle", "age"):
            return s
        if rng.random() > rate or len(s) < 3:
            return s
        chars = list(s)
        idx = [i for i, c in enumerate(chars) if c in VAL_MAP]
        if not idx:
            return s
        i = rng.choice(idx)
        chars[i] = VAL_MAP[chars[i]]
        return "".join(chars)
    return noise


def vital_ocr(rng, k):
    d = Doc()
    v = k % 5
    rate = pick(rng, [0.01, 0.02, 0.03, 0.05])
    d.text_noise = make_text_noise(rng, rate)
    d.value_noise = make_value_noise(rng, pick(rng, [0.0, 0.15, 0.3]))
    day = rand_date(rng, (2020, 1, 1), (2025, 6, 30))
    state = pick(rng, STATES)
    sname = STATE_NAMES[state]
    page = ["=== OCR page 1/", str(rng.randint(1, 3)), " - scan ",
            pat(rng, "IMG_####"), ".tif - confidence ",
            str(rng.randint(71, 96)), "% ===\n"]

    if v in (0, 1, 4):  # death certificate worksheet
        age = old_age(rng, 0.55)
        dec = Person(rng)
        dec.dob = dob_for_age(rng, day, age)
        res = Addr(rng)
        spouse = Person(rng, sex="M" if dec.sex == "F" else "F",
                        origin=dec.origin)
        father = Person(rng, sex="M", origin=dec.origin, last=dec.last)
        mother = Person(rng, sex="F", origin=dec.origin)
        inf_lab, inf = kin(rng, dec, ["son", "daughter", "nephew", "niece",
                                      "granddaughter", "grandson"])
        at_home = maybe(rng, 0.4)
        fd_dir = Person(rng)
        cert = clinician(rng, pick(rng, ["MD", "DO", "NP"]))
        fh = Addr(rng)
        birth_town = pick(rng, TOWNS)
        d(page, sname.upper(), " DEPARTMENT OF HEALTH - DEATH CERTIFICATE ",
          "WORKSHEET (funeral home copy)\n",
          "STATE FILE NO. ", ID(pat(rng, "%%%-####-######")), "\n",
          "1. DECEDENT'S LEGAL NAME (First, Middle, Last): ",
          N(dec.fmiddle().upper()), "\n",
          "2. SEX: ", dec.sex, "    3. SOCIAL SECURITY NUMBER: ",
          SSN(ssn(rng)), "\n",
          "4a. AGE-Last Birthday (Years): ", age_item(age, "num"),
          "    4b. UNDER 1 YEAR: --    4c. UNDER 1 DAY: --\n",
          "5. DATE OF BIRTH (Mo/Day/Yr): ", D(fd(dec.dob, "mdy")),
          "    6. BIRTHPLACE (City and State or Foreign Country): ")
        if maybe(rng, 0.6):
            d(A(birth_town), ", ", pick(rng, list(STATE_NAMES.values())))
        else:
            d(pick(rng, ["Poland", "Philippines", "Mexico", "Italy",
                         "Nigeria", "Vietnam", "Ireland"]))
        d("\n7a. RESIDENCE-STATE: ", sname, "   7b. COUNTY: ", A(res.county),
          "   7c. CITY OR TOWN: ", A(res.town), "\n",
          "7d. STREET AND NUMBER: ", A("%s %s" % (res.num, res.street)),
          "   7e. APT. NO.: ", res.unit.split()[-1] if res.unit else "--",
          "   7f. ZIP CODE: ", Z(res.zip), "   7g. INSIDE CITY LIMITS? ",
          pick(rng, ["Yes", "No"]), "\n",
          "8. EVER IN US ARMED FORCES? ", pick(rng, ["Yes", "No"]),
          "    9. MARITAL STATUS: ", pick(rng, ["Widowed", "Married",
                                                "Divorced"]), "\n",
          "10. SURVIVING SPOUSE'S NAME (if wife, name prior to first ",
          "marriage): ", N(spouse.fmiddle()), "\n",
          "11. FATHER'S NAME: ", N(father.full()), "\n",
          "12. MOTHER'S NAME PRIOR TO FIRST MARRIAGE: ", N(mother.full()), "\n",
          "13a. INFORMANT'S NAME: ", N(inf.full()), "   13b. RELATIONSHIP: ",
          inf_lab.capitalize(),
          "   13c. MAILING ADDRESS: ", A(Addr(rng).one_line()), "\n",
          "14. PLACE OF DEATH: ", "Decedent's home" if at_home else
          pick(rng, ["Hospice facility", "Nursing home/LTC"]), "\n",
          "15. FACILITY NAME: ", "--" if at_home else
          pick(rng, ["Sorrel Creek Nursing and Rehab", "Lantern Hospice House"]),
          "   16. CITY, STATE, ZIP: ",
          A(res.line2() if at_home else Addr(rng).line2()), "\n",
          "17. COUNTY OF DEATH: ", A(pick(rng, COUNTIES)), "\n",
          "18. METHOD OF DISPOSITION: ", pick(rng, ["Burial", "Cremation",
                                                    "Entombment"]), "\n",
          "19. PLACE OF DISPOSITION: ", pick(rng, ["Mount Hollin Cemetery",
                                                   "Saint Orrin Crematory",
                                                   "Greywater Memorial Park"]),
          "   20. LOCATION: ", A(pick(rng, TOWNS)), ", ", state, "\n",
          "21. FUNERAL FACILITY: ", pick(rng, ["Whitcombe & Sons",
                                               "Pexley Memorial Chapel"]),
          ", ", A(fh.one_line()), "\n",
          "22. FUNERAL SERVICE LICENSEE: ", N(fd_dir.full()),
          "   23. LICENSE NUMBER: ", LIC(pat(rng, "FD-####")), "\n",
          "24. DATE PRONOUNCED DEAD: ", D(fd(day, pick(rng, ["mdy", "long"]))),
          "   25. TIME PRONOUNCED DEAD: ", rand_time(rng, "24"), "\n",
          "32. PART I. Immediate cause: a. ", pick(rng, [
              "Acute respiratory failure", "Cardiopulmonary arrest [sic]",
              "Aspiration pneumonia", "Septic shock"]), "   interval: ",
          pick(rng, ["hours", "2 days", "minutes"]), "\n",
          "    b. due to: ", pick(rng, ["Alzheimer dementia", "COPD",
                                      "Metastatic colon cancer",
                                      "Ischemic cardiomyopathy"]),
          "   interval: ", pick(rng, ["years", "8 years", "months"]), "\n",
          "36. MANNER OF DEATH: Natural\n",
          "CERTIFIER: ", N(cert.full()), ", ", cert.cred, "   License #: ",
          LIC(med_license(rng)), "   Date certified: ",
          D(fd(add_days(day, rng.randint(1, 4)), "mdy")), "\n")
        if v == 4:
            d("\nBURIAL-TRANSIT PERMIT NO. ", ID(pat(rng, "BT-%#####")),
              " issued ", D(fd(add_days(day, 2), "mdy")), " by registrar ",
              N(Person(rng).il()), "\n")
    else:  # birth certificate worksheet
        baby = Person(rng)
        mom = Person(rng, sex="F", origin=baby.origin)
        dad = Person(rng, sex="M", origin=baby.origin, last=baby.last)
        maiden = Person(rng, sex="F", origin=mom.origin).last
        mage = rng.randint(16, 44)
        mom.dob = dob_for_age(rng, day, mage)
        mres = Addr(rng)
        att = clinician(rng, pick(rng, ["MD", "CNM", "DO"]))
        clerk = Person(rng)
        d(page, sname.upper(), " - MOTHER'S WORKSHEET FOR CHILD'S BIRTH ",
          "CERTIFICATE\n",
          "Facility: ", facility(rng), "    Facility ID: ", pat(rng, "####"),
          "\nMother's medical record #: ", MRN(pat(rng, "%#######")),
          "    Infant's medical record #: ", MRN(pat(rng, "%#######")), "\n\n",
          "CHILD\n1. Child's name (First Middle Last Suffix): ",
          N(baby.fmiddle()), "\n",
          "2. Time of birth: ", clock(rng.randint(0, 23), rng.randint(0, 59)),
          " (24 hr)   3. Sex: ", baby.sex, "   4. Date of birth: ",
          D(fd(day, "mdy")), "\n",
          "5. Birth weight: ", str(rng.randint(2100, 4400)), " grams   ",
          "Apgar 5 min: ", str(rng.randint(6, 10)), "   Gestation: ",
          str(rng.randint(34, 41)), " weeks   Plurality: single\n",
          "6. City of birth: ", A(pick(rng, TOWNS)), "   County: ",
          A(pick(rng, COUNTIES)), "\n\n",
          "MOTHER\n7a. Current legal name: ", N(mom.full()), "\n",
          "7b. Name prior to first marriage: ", N(mom.first + " " + maiden), "\n",
          "8. Date of birth: ", D(fd(mom.dob, pick(rng, ["mdy", "mdy_nz"]))),
          "   Age: ", str(mage), "\n",
          "9. Birthplace (State, Territory, or Foreign Country): ",
          pick(rng, list(STATE_NAMES.values()) + ["Guatemala", "India",
                                                  "Somalia", "Ukraine"]), "\n",
          "10. Residence: ", A(mres.line1()), "\n",
          "    City: ", A(mres.town), "   County: ", A(mres.county),
          "   State: ", mres.state, "   ZIP: ", Z(mres.zip), "\n",
          "11. Mother's SSN: ", SSN(ssn(rng)), "   Telephone: ",
          PH(us_phone(rng)), "\n",
          "12. Principal source of payment: ", pick(rng, ["Medicaid",
                                                          "Private insurance",
                                                          "Self-pay"]),
          "   Medicaid #: ", HP(pat(rng, "%##########")), "\n\n",
          "FATHER\n13. Name: ", N(dad.full()), "   DOB: ",
          D(fd(dob_for_age(rng, day, rng.randint(17, 55)), "mdy")), "\n",
          "14. Father's SSN: ", SSN(ssn(rng, pick(rng, ["dash", "space"]))),
          "\n15. Acknowledgment of paternity signed: ",
          pick(rng, ["Yes", "N/A (married)"]), "\n\n",
          "Attendant: ", N(att.full()), ", ", att.cred, "   NPI: ",
          LIC(npi(rng)), "\n",
          "Worksheet completed by: ", N(clerk.fli()), " (birth clerk)   Date: ",
          D(fd(add_days(day, 1), "mdy")), "\n",
          "Mother's signature on file (e-sign pad ref ",
          BIO(pat(rng, "ESP-########")), ")\n")
    return d


# ===========================================================================
# 16. registry / pipe-delimited extracts
# ===========================================================================

VACCINES = [("208", "COVID-19, mRNA, 30 mcg/0.3 mL", "0.3"),
            ("150", "Influenza, injectable, quadrivalent, PF", "0.5"),
            ("115", "Tdap", "0.5"), ("03", "MMR", "0.5"),
            ("21", "Varicella", "0.5"), ("133", "PCV13", "0.5"),
            ("187", "Zoster recombinant", "0.5"), ("08", "Hep B, ped/adol", "0.5"),
            ("10", "IPV", "0.5"), ("20", "DTaP", "0.5")]


def registry(rng, k):
    d = Doc()
    day = rand_date(rng, (2021, 1, 1), (2025, 6, 30))
    v = k % 5
    site = facility(rng, ["Family Clinic", "Pediatrics", "Health Center"])

    if v == 0:  # CSV export
        d("# ", pick(rng, list(STATE_NAMES.values())),
          " Immunization Information System - provider extract\n",
          "# generated ", D(fd(day, "iso")), " ", rand_time(rng, "24"),
          " by user ", ID(pat(rng, "u######")), "\n",
          "registry_id,last_name,first_name,middle,dob,sex,mother_maiden,",
          "street,city,state,zip,phone,cvx,vaccine,admin_date,lot,dose_ml\n")
        for _ in range(rng.randint(5, 8)):
            p = Person(rng)
            age = rng.choice([rng.randint(0, 17), rng.randint(18, 89),
                              old_age(rng, 1.0)])
            p.dob = dob_for_age(rng, day, age)
            ad = Addr(rng)
            vac = pick(rng, VACCINES)
            mm = Person(rng, sex="F", origin=p.origin).last
            d(ID(pat(rng, "%#########")), ",", N(p.last.upper()), ",",
              N(p.first.upper()), ",", p.middle[0] if p.middle else "", ",",
              D(fd(p.dob, "iso")), ",", p.sex, ",", N(mm.upper()), ",",
              "\"", A(ad.line1()), "\",", A(ad.town), ",", ad.state, ",",
              Z(ad.zip), ",")
            if maybe(rng, 0.8):
                d(PH(us_phone(rng, pick(rng, ["dash", "plain"]))))
            d(",", vac[0], ",\"", vac[1], "\",",
              D(fd(add_days(day, -rng.randint(0, 30)), "iso")), ",",
              pat(rng, "@@####"), ",", vac[2], "\n")
    elif v == 1:  # HL7 VXU
        p = Person(rng)
        age = rng.choice([rng.randint(0, 12), rng.randint(13, 80)])
        p.dob = dob_for_age(rng, day, age)
        mom = Person(rng, sex="F", origin=p.origin,
                     last=p.last if maybe(rng, 0.6) else None)
        mm = Person(rng, sex="F", origin=p.origin).last
        ad = Addr(rng)
        prov = clinician(rng)
        vac = pick(rng, VACCINES)
        exp = add_days(day, rng.randint(60, 500))
        d("MSH|^~\\&|EHR|", site.replace(" ", "_").upper()[:20], "|IIS|",
          pick(rng, STATES), "IIS|", D(fd(day, "compact")), "||VXU^V04^VXU_V04|",
          ID(pat(rng, "MSG%########")), "|P|2.5.1|||ER|AL\n",
          "PID|1||", MRN(pat(rng, "%######")), "^^^", pat(rng, "@@@"),
          "^MR~", ID(pat(rng, "%#########")), "^^^IIS^SR||", N(p.hl7()),
          "^^^L|" if p.middle else "^^^^L|", N(mm.upper()), "^^^^^^M|", D(fd(p.dob, "compact")), "|",
          p.sex, "||2106-3^White^CDCREC|", A(ad.line1().upper()), "^^",
          A(ad.town.upper()), "^", ad.state, "^", Z(ad.zip), "^USA^P||",
          PH(us_phone(rng, "paren_nospace")), "^PRN^PH|||||||||",
          "2186-5^Not Hispanic^CDCREC\n",
          "PD1|||||||||||02^Reminder/recall - any method^HL70215|N\n",
          "NK1|1|", N(mom.hl7()), "|MTH^Mother^HL70063|",
          A(ad.line1().upper()), "^^", A(ad.town.upper()), "^", ad.state, "^",
          Z(ad.zip), "^USA^P|", PH(us_phone(rng, "paren_nospace")),
          "^PRN^PH\n",
          "ORC|RE||", ID(pat(rng, "%#####")), "^EHR\n",
          "RXA|0|1|", D(fd(day, "compact")), "||", vac[0], "^", vac[1],
          "^CVX|", vac[2], "|mL^mL^UCUM||00^New record^NIP001|",
          LIC(npi(rng)), "^", N(prov.hl7()), "^^^^^^^NPI|||||",
          pat(rng, "@@####"), "|", D(fd(exp, "compact")), "|",
          pick(rng, ["PFR^Pfizer", "MSD^Merck", "SKB^GlaxoSmithKline",
                     "SKB^GSK", "PMC^Sanofi Pasteur"]), "^MVX|||CP|A\n",
          "RXR|C28161^Intramuscular^NCIT|",
          pick(rng, ["LD^Left Deltoid", "RD^Right Deltoid",
                     "LT^Left Thigh"]), "^HL70163\n",
          "OBX|1|CE|64994-7^Vaccine funding program eligibility^LN|1|",
          pick(rng, ["V01^Not VFC eligible", "V02^VFC eligible - Medicaid",
                     "V03^VFC eligible - uninsured"]), "^HL70064||||||F\n")
    elif v == 2:  # printed history / forecast
        p = Person(rng)
        age = rng.randint(0, 17)
        p.dob = dob_for_age(rng, day, age)
        par = relative(rng, p, rel_sex=None)
        d("IMMUNIZATION HISTORY REPORT (official)\n", "Printed ",
          D(fd(day, "mdy")), " by ", site, "\n\n",
          "Name: ", N(p.LFM()), "\n", "", lbl(rng, "dob"), ": ", D(fd(p.dob, "mdy")),
          "     Registry ID: ", ID(pat(rng, "%#########")), "\n",
          "Parent/guardian: ", N(par.full()), "\n\n",
          "Vaccine         Date given    Dose  Provider/site\n")
        dd = p.dob
        for _ in range(rng.randint(5, 9)):
            dd = add_days(dd, rng.randint(40, 240))
            if dd > day:
                break
            vac = pick(rng, VACCINES)
            d(vac[1][:14].ljust(14), "  ", D(fd(dd, "mdy")), "    ",
              str(rng.randint(1, 4)), "    ", pick(rng, [site, "VFC clinic",
                                                         "pharmacy",
                                                         "historical"]), "\n")
        d("\nForecast: next due ", pick(rng, ["DTaP #5", "MMR #2", "HPV #1",
                                               "MenACWY #1"]), " on or after ",
          D(fd(add_days(day, rng.randint(10, 300)), "mdy")), "\n",
          "This record meets school entry requirements: ",
          pick(rng, ["YES", "NO - see forecast"]), "\n",
          "Verified by: ", N(Person(rng).fml()), ", RN   Signature ",
          "on file\n")
    elif v == 3:  # dedup / match review
        p = Person(rng)
        p.dob = dob_for_age(rng, day, rng.randint(1, 70))
        a1, a2 = Addr(rng), Addr(rng)
        alt_first = p.nick or p.first
        d("REGISTRY DEDUPLICATION - MANUAL MATCH REVIEW\nQueue item ",
          ID(pat(rng, "DQ-%######")), "   score 0.", str(rng.randint(80, 97)),
          "\n\nField            | Record A                    | Record B\n",
          "registry id      | ", ID(pat(rng, "%#########")), "                | ",
          ID(pat(rng, "%#########")), "\n",
          "name             | ", N(p.LF()), "     | ",
          N(p.last.upper() + ", " + alt_first.upper()), "\n",
          "dob              | ", D(fd(p.dob, "iso")), "                  | ",
          D(fd(p.dob, "mdy")), "\n",
          "address          | ", A(a1.one_line()), " | ", A(a2.one_line()), "\n",
          "phone            | ", PH(us_phone(rng, "dash")), "                | ",
          PH(us_phone(rng, "plain")), "\n",
          "mother maiden    | ", N(Person(rng, sex="F").last), "     | ",
          "(blank)\n",
          "medicaid id      | ", HP(pat(rng, "%##########")), "           | ",
          "(blank)\n\n",
          "Decision: ", pick(rng, ["MERGE (B into A)", "NOT A MATCH",
                                   "defer - call provider"]),
          "   Reviewer: ", N(Person(rng).initials()), "   ",
          D(fd(day, "mdy")), "\n")
    else:  # ELR extract (pipe-delimited, reportable disease)
        d("ELR_BATCH|", D(fd(day, "compact")), "|",
          pick(rng, ["Corriston Genomics Laboratory", "Greywater Reference Lab"]),
          "|CLIA ", pat(rng, "##D#######"), "\n",
          "patient_name|dob|sex|address|zip|phone|mrn|accession|specimen_date|",
          "test|result|ordering_provider|provider_npi\n")
        for _ in range(rng.randint(4, 6)):
            p = Person(rng)
            age = rng.choice([rng.randint(1, 89), old_age(rng, 1.0)])
            p.dob = dob_for_age(rng, day, age)
            ad = Addr(rng)
            prov = clinician(rng)
            test = pick(rng, [("Lyme IgG Western blot", "Positive"),
                              ("Pertussis PCR", "Detected"),
                              ("Salmonella culture", "S. enterica ser. Enteritidis"),
                              ("Hepatitis C RNA", "1.2E6 IU/mL"),
                              ("Influenza A PCR", "Detected")])
            d(N(p.hl7()), "|", D(fd(p.dob, "compact")), "|", p.sex, "|",
              A(ad.line1()), ", ", A(ad.town), " ", ad.state, "|", Z(ad.zip),
              "|", PH(us_phone(rng, pick(rng, ["dash", "plain", "dot"]))), "|",
              MRN(pat(rng, "%#######")), "|", ID(pat(rng, "@@##-#####")), "|",
              D(fd(add_days(day, -rng.randint(1, 6)), "compact")), "|",
              test[0], "|", test[1], "|", N(prov.hl7()), "|", LIC(npi(rng)),
              "\n")
    return d
