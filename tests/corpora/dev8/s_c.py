"""Styles: trial_sae, genetics_letter, medicolegal_dictation, eob_billing."""
import datetime as dt

from core import digit_words, words, fmt_date, fold
from kit import F, emit_fields, sig, greet, signoff, rel_word, non_native, age_parts
import pools as P


# =============================================================== trial_sae
def protocol(C):
    return C.ch([f"{C.letters(3)}-{C.ri(100, 399)}", f"{C.letters(2)}{C.ri(1000, 9999)}-{C.ri(1, 3)}",
                 f"CR-{C.letters(4)}-{C.ri(10, 99)}", f"{C.letters(3)}{C.ri(10, 99)}-{C.letters(1)}{C.ri(100, 999)}"])


def site_no(C):
    return f"{C.ri(1, 240):03d}"


def subj_id(C, site):
    return C.ch([f"{site}-{C.ri(1, 60):04d}", f"{site}{C.ri(1, 60):03d}", f"S{site}-{C.ri(1, 99):03d}", f"{site}-{C.letters(1)}{C.ri(1, 99):03d}"])


def sub_initials(C, p):
    g = fold(p.given)[0].upper()
    f = fold(p.family.replace("'", "").split(" ")[-1])[0].upper()
    m = fold(p.middle)[0].upper() if p.middle else "-"
    return C.ch([f"{g}{m}{f}", f"{g}-{m}-{f}", f"{g}.{f}.", f"{g}{f}"])


def ts0(C, d):
    """SAE report form"""
    age = C.wch([(C.ri(40, 89), 8), (C.ri(90, 96), 2)])
    pt = C.person(age=age)
    site = site_no(C)
    pi, crc = C.person(), C.person()
    onset = C.days_ago(5, 60)
    d.line(C.ch(["SERIOUS ADVERSE EVENT REPORT", "SAE Report Form - CONFIDENTIAL", "MedWatch 3500A-style SAE form", "SAE / SUSAR notification"]),
           " - ", C.ch(["Initial", "Follow-up #1", "Follow-up #2", "Final"]))
    d.line(C.ch(["Protocol: ", "Study: "]), protocol(C), C.ch(["   Site #: ", "   Centre: "]), site,
           C.ch(["   Subject ID: ", "   Pt No.: ", "   Screening #: "]), ("id", subj_id(C, site)))
    d.line(C.ch(["Initials: ", "Subj initials: "]), ("name", sub_initials(C, pt)), "   ", C.ch(["DOB: ", "Date of birth: "]),
           *([("date", C.fd(pt.dob, "DMONY"))] if C.p(0.6) else [f"{pt.dob.year} (YOB only)"]),
           "   Sex: ", pt.sex, "   ", C.ch(["Age: ", "Age at onset: "]), *([("age", str(age))] if age > 89 else [str(age)]))
    hosp = C.facility("hospital")
    adm = C.days_after(onset, 0, 2)
    d.line(C.ch(["Event term: ", "SAE (MedDRA PT): "]), C.ch(["Acute kidney injury", "Febrile neutropenia", "GI haemorrhage",
                                                             "Pneumonia", "Atrial fibrillation", "Syncope"]),
           f"  ({C.icd('trial')})  CTCAE grade {C.ri(3, 4)}")
    d.line(C.ch(["Onset: ", "Onset date: "]), ("date", C.fd(onset, "DMONY")), C.ch(["   Hospitalised: ", "   Admitted: "]),
           ("date", C.fd(adm, "DMONY")), C.ch([" to ", " - "]), ("date", C.fd(C.days_after(adm, 2, 12), "DMONY")))
    d.line(C.ch(["Hospital: ", "Treating facility: "]), hosp, *C.ch([["  hosp MRN ", ("mrn", C.mrn())], [" (MRN ", ("mrn", C.mrn()), ")"]]))
    d.line(C.ch(["Study drug: ", "IP: "]), C.ch(["blinded", "drug X 200 mg BID", "placebo/active (blinded)"]), C.ch(["; last dose ", "; interrupted "]),
           ("date", C.fd(C.days_after(onset, -3, 0), "DMONY")))
    d.line(C.ch(["Reported by: ", "Reporter: "]), ("name", C.nm(crc, C.ch(["full", "lf"]))), C.ch([", Study Coordinator", ", CRC", ", research nurse"]),
           "  ", ("phone", C.phone("work")), "  ", ("email", C.email(crc, C.org_domain(hosp), work=True)))
    d.line(C.ch(["Investigator: Dr. ", "PI: "]), ("name", C.nm(pi, C.ch(["full", "lf", "f"]))), C.ch(["   signature date ", "   signed "]),
           ("date", C.fd(C.today, "DMONY")))


def ts1(C, d):
    """narrative follow-up"""
    d.typo = 0.005
    age = C.wch([(C.ri(45, 89), 7), (C.ri(90, 95), 3)])
    pt = C.person(age=age)
    site = site_no(C)
    sid = subj_id(C, site)
    sp = C.relative_of(pt, sex="F" if pt.sex == "M" else "M", same_family=0.8)
    crc, doc = C.person(), C.person()
    rand = C.days_ago(90, 400)
    ev = C.days_ago(10, 60)
    d.line(C.ch(["SAE NARRATIVE", "Narrative - Follow-up", "Case narrative (FU2)"]), " - ", C.ch(["Subject ", "Pt "]), ("id", sid))
    d.line()
    d.add(C.ch(["Subject ", "Patient "]), ("id", sid), ", a ", *age_parts(C, age, pt.sex), f" {'female' if pt.sex == 'F' else 'male'}",
          C.ch([" with ", " with a history of "]), C.ch(["NSCLC", "HFrEF", "CKD stage 3b", "RA"]), ", was randomised on ",
          ("date", C.fd(rand, "long")), C.ch([" and received study drug through ", "; last dose prior to event was "]),
          ("date", C.fd(C.days_after(ev, -5, -1), "long")), ". ")
    d.add("On ", ("date", C.fd(ev, "long")), C.ch([", the subject's ", ", his ", ", her "]), rel_word(C, sp, "spouse"), " ",
          ("name", C.nm(sp, C.ch(["g", "full"]))), C.ch([" telephoned the study coordinator, ", " called "]),
          ("name", C.nm(crc, C.ch(["full", "g"]))), C.ch([", to report that ", ", stating "]), pt.he,
          C.ch([" had collapsed at home", " was vomiting blood", " had fever 39.4 C and rigors"]), ". ")
    hosp = C.facility("hospital")
    d.add("The subject was admitted to ", hosp, " (MRN ", ("mrn", C.mrn()), ") under Dr. ", ("name", C.nm(doc, C.ch(["f", "full"]))),
          ". ", C.labs(3), ". ", C.ch(["Treated with IV antibiotics.", "Endoscopy showed Barrett's esophagus, no active bleed.",
                                       "Cardioverted."]), " ")
    d.line(C.ch(["Discharged ", "The subject was discharged on "]), ("date", C.fd(C.days_after(ev, 3, 10), "long")),
           C.ch([" to home.", " to a rehab facility.", " to her daughter's home in "]),
           *([("address", C.town_name(C.other_town())), "."] if C.p(0.4) else []))
    d.line(C.ch(["Causality (investigator): ", "Relatedness: "]), C.ch(["possibly related", "not related", "probably related"]),
           ". Outcome: ", C.ch(["recovered", "recovering", "recovered with sequelae"]), ".")
    d.line(C.ch(["Narrative prepared by ", "Author: "]), ("name", C.nm(C.person(), C.ch(["full", "fi"]))), ", ",
           ("date", C.fd(C.today, "DMONY")))


def ts2(C, d):
    """monitoring visit follow-up letter"""
    pi, cra, crc = C.person(), C.person(), C.person()
    site = site_no(C)
    cro = C.ch(["Meridian Clinical Research", "Apex Trials Ltd", "NorthStar CRO", "Southern Cross Clinical"])
    ca = C.addr(kind="house")
    d.line(cro)
    d.line(("address", C.addr_full(ca)))
    d.line()
    d.line(("date", C.fd(C.today, "long")))
    d.line()
    d.line("Dr. ", ("name", C.nm(pi, C.ch(["full", "full_mi"]))))
    sa = C.addr(kind="house")
    d.line(C.facility(C.ch(["Research Institute", "Clinical Trials Unit", "hospital"])))
    d.line(*C.addr_block(sa))
    d.line()
    d.line(C.ch(["RE: ", "Re: "]), C.ch(["Monitoring Visit Follow-up Letter", "Interim Monitoring Visit"]), " - Protocol ", protocol(C), ", Site ", site)
    d.line()
    d.line(C.ch(["Dear Dr. ", "Dear Dr "]), ("name", C.nm(pi, "f")), ",")
    vdate = C.days_ago(3, 20)
    d.line(C.ch(["Thank you for hosting the monitoring visit on ", "This letter summarises the visit conducted on "]),
           ("date", C.fd(vdate, "long")), C.ch([". I met with your coordinator, ", ". Attendees: "]),
           ("name", C.nm(crc, C.ch(["full", "g"]))), ".")
    d.line(C.ch(["Action items:", "Findings requiring action:"]))
    for _ in range(C.ri(2, 3)):
        sid = subj_id(C, site)
        d.line("  - Subject ", ("id", sid), ": ", C.ch(["ICF v3.0 not re-consented; original consent dated ", "SAE onset ",
                                                       "Visit 6 out of window (", "Missing lab source for "]),
               ("date", C.fd(C.days_ago(30, 200), "DMONY")), C.ch(["", ")", " - please file."]))
    d.line(C.ch(["Please contact me at ", "Questions: "]), ("phone", C.phone("work")), " or ",
           ("email", C.email(cra, fold(cro.split(" ")[0]).lower() + C.ch([".com", ".co.uk", ".com.au"]), work=True)), ".")
    d.line()
    d.line(signoff(C))
    d.line(("name", C.nm(cra, C.ch(["full", "full_mi"]))), ", ", C.ch(["Senior CRA", "Clinical Research Associate", "CRA II"]))


def ts3(C, d):
    """EDC query and response"""
    d.typo = 0.01
    site = site_no(C)
    sid = subj_id(C, site)
    crc, cra, doc = C.person(), C.person(), C.person()
    fd = C.days_ago(60, 200)
    d.line(C.ch(["DATA CLARIFICATION FORM", "EDC Query Detail", "Query Log Export"]))
    emit_fields(C, d, [
        [C.ch(["Query ID", "DCF #", "Query #"]), C.sep(), ("id", f"Q-{C.digits(6)}" if C.p(0.5) else C.digits(7, True))],
        [C.ch(["Subject", "Subject ID", "Pt"]), C.sep(), ("id", sid)],
        [C.ch(["Visit", "Event"]), C.sep(), C.ch(["Week 12", "Cycle 3 Day 1", "Unscheduled", "EOT"])],
        [C.ch(["Form/Field", "CRF page"]), C.sep(), C.ch(["AE log / Onset date", "ConMeds / Start date", "Vitals / Date"])],
    ], C.ch(["lines", "pipes"]))
    d.line(C.ch(["Query text: ", "Query: "]), "\"AE onset date ", ("date", C.fd(C.days_after(fd, -4, -1), "DMONY")),
           " is before first dose ", ("date", C.fd(fd, "DMONY")), C.ch([". Please verify.\"", ". Pls confirm or correct.\""]))
    d.line(C.ch(["Opened by ", "Raised: "]), ("name", C.nm(cra, C.ch(["full", "lf", "il"]))), "  ", ("date", C.fd(C.days_ago(10, 30), "DMONY")))
    d.line(C.ch(["Site response: ", "Response: "]), "\"Per source (clinic note by Dr. ", ("name", C.nm(doc, C.ch(["f", "full"]))), " dated ",
           ("date", C.fd(C.days_after(fd, 1, 5), "DMONY")), C.ch(["), onset corrected to ", "), AE began "]),
           ("date", C.fd(C.days_after(fd, 2, 6), "DMONY")), C.ch([". Updated in EDC.\"", ".\""]))
    d.line(C.ch(["Responded by ", "Answered: "]), ("name", C.nm(crc, C.ch(["full", "lf", "fi"]))), "  ", ("date", C.fd(C.days_ago(0, 9), "DMONY")))
    d.line(C.ch(["Status: Closed by ", "Closed - "]), ("name", C.nm(cra, C.ch(["inits", "il"]))), "  ", ("date", C.fd(C.today, "DMONY")))


def ts4(C, d):
    """AE line listing"""
    site = site_no(C)
    d.line(C.ch(["LISTING 16.2.7 - ADVERSE EVENTS", "AE Line Listing (site extract)", "Adverse events by subject"]), " - Site ", site,
           " - ", C.ch(["Data cut ", "as of "]), ("date", C.fd(C.today, "DMONY")))
    sep = C.ch([" | ", "  ", ","])
    d.line(sep.join(["Subject", "Init", "Age/Sex", "AE term", "Onset", "Stop", "Gr", "SAE", "Rel"]))
    for _ in range(C.ri(3, 4)):
        age = C.wch([(C.ri(30, 89), 8), (C.ri(90, 97), 2)])
        pt = C.person(age=age)
        on = C.days_ago(10, 200)
        stop = [("date", C.fd(C.days_after(on, 1, 20), "DMONY"))] if C.p(0.6) else ["ongoing"]
        d.line(("id", subj_id(C, site)), sep, ("name", sub_initials(C, pt)), sep, *([("age", str(age))] if age > 89 else [str(age)]),
               f"/{pt.sex}", sep, C.ch(["Nausea", "Fatigue", "Neutropenia", "Rash maculo-papular", "Hypertension", "Fall"]), sep,
               ("date", C.fd(on, "DMONY")), sep, *stop, sep, str(C.ri(1, 4)), sep, C.ch(["N", "N", "Y"]), sep,
               C.ch(["Related", "Not related", "Possible"]))
    d.line(C.ch(["Prepared by ", "Programmer: "]), ("name", C.nm(C.person(), C.ch(["fi", "inits", "il"]))))


# ========================================================== genetics_letter
def clinic_head(C, kind="Clinical Genetics"):
    fa = C.addr(kind="house")
    name = {"UK": f"{kind} Service, " + C.facility("hospital"), "US": C.facility("hospital") + f" - {kind}",
            "CA": C.facility("hospital") + f" - {kind}", "AU": f"{kind} Service, " + C.facility("hospital")}[C.R]
    return name, fa


def variant(C):
    return C.ch(["BRCA2 c.5946delT (p.Ser1982fs)", "BRCA1 c.68_69delAG (p.Glu23fs)", "MLH1 c.1852_1854delAAG",
                 "MSH2 c.942+3A>T", "PALB2 c.3113G>A (p.Trp1038*)", "LDLR c.1775G>A", "MYBPC3 c.1504C>T (p.Arg502Trp)",
                 "HTT CAG repeat 42", "CFTR c.1521_1523delCTT (F508del) heterozygous", "TTR c.424G>A (p.Val142Ile)"])


def gl0(C, d):
    """results letter to patient"""
    pt = C.person(age=C.ri(25, 75))
    gc = C.person()
    gp = C.person()
    name, fa = clinic_head(C)
    d.line(name)
    d.line(("address", C.addr_full(fa)))
    d.line(C.ch(["Tel ", "Phone "]), ("phone", C.phone("work")), "   ", C.ch(["Fax ", "Secure fax "]), ("fax", C.phone("work")))
    d.line()
    d.line(("date", C.fd(C.today, "long")))
    d.line()
    a = C.addr()
    d.line(C.ch(["PRIVATE AND CONFIDENTIAL", "Confidential", ""]))
    d.line(C.title(pt), " ", ("name", C.nm(pt, C.ch(["full", "full_mi"]))))
    d.line(*C.addr_block(a))
    d.line()
    t, v, lab = C.natid(pt)
    d.line(C.ch(["Re: ", "RE: "]), ("name", C.nm(pt, C.ch(["full", "LF"]))), ", ", C.lab("dob"), " ", ("date", C.fd(pt.dob)), ", ",
           *([lab, " ", (t, v)] if C.R != "US" else [C.lab("mrn"), " ", ("mrn", C.mrn())]))
    d.line()
    d.line(*greet(C, pt, formal=True))
    d.line(C.ch(["I am writing with the result of your genetic test ", "Your genetic testing "]), "(", C.ch(["lab no. ", "accession "]),
           ("id", C.accession()), C.ch([", sample taken ", ", collected "]), ("date", C.fd(C.days_ago(30, 70), "long")), "). ",
           C.ch(["The test found a pathogenic variant: ", "A change was found in one copy of the gene: "]), variant(C), ".")
    sis = C.relative_of(pt, sex="F", same_family=0.6)
    d.line(C.ch(["As we discussed, your relatives may also carry this change. ", "This result is important for your family. "]),
           C.ch(["You mentioned your sister ", "You told us your sister "]), ("name", C.nm(sis, "g")),
           C.ch([" lives in ", " is in "]), ("address", C.town_name(C.other_town())),
           C.ch([" - we can write to her local service.", "; a family letter is enclosed for her."]))
    d.line(C.ch(["Please contact me on ", "You can reach me at "]), ("phone", C.phone("work")), C.ch([" if you have any questions.", "."]))
    d.line()
    d.line(signoff(C))
    d.line(("name", C.nm(gc, C.ch(["full", "full_mi"]))), ", ", C.ch(["Genetic Counsellor", "MS, CGC", "Genetic Counselor", "Principal Genetic Counsellor"]))
    d.line("cc: Dr ", ("name", C.nm(gp, C.ch(["full", "il"]))), C.ch([", GP", ", referring physician", ""]))


def gl1(C, d):
    """cascade testing letter to relatives"""
    pro = C.person(age=C.ri(30, 70))
    rels = [(C.relative_of(pro, same_family=0.6), C.ch(["sib", "child", "cousin", "niece", "aunt"])) for _ in range(C.ri(2, 3))]
    gc = C.person()
    name, fa = clinic_head(C)
    d.line(name, "  |  ", ("address", C.addr_full(fa)))
    d.line(C.ch(["Ph ", "Tel: "]), ("phone", C.phone("work")), C.ch(["  Fax ", "  F: "]), ("fax", C.phone("work")))
    d.line()
    d.line(("date", C.fd(C.today, "long")))
    d.line()
    d.line(C.ch(["Dear Relative,", "To the family of our patient,", "Dear family member,"]))
    d.line(C.ch(["Your relative, ", "We are writing because your relative, "]), ("name", C.nm(pro, C.ch(["full", "g"]))),
           C.ch([" (born ", " (DOB "]), ("date", C.fd(pro.dob)), C.ch(["), has given permission for us to contact you. ", "), asked us to send you this letter. "]),
           C.ch(["A genetic change ", "A variant "]), f"({variant(C)}) ", C.ch(["was found that may affect other family members.",
                                                                            "was found that can run in families.",
                                                                            "was identified in their DNA test."]))
    d.line(C.ch(["Testing is available to you. ", "You can have a test to see if you carry it. "]),
           C.ch(["Please show this letter to your doctor or call us on ", "Call our office on "]), ("phone", C.phone("work")),
           C.ch([" quoting family ref ", " and quote reference "]), ("id", f"FAM{C.digits(5)}"), ".")
    d.line()
    d.line(signoff(C))
    d.line(("name", C.nm(gc, C.ch(["full", "fi"]))), C.ch([", Genetic Counsellor", ", GC", ""]))
    d.line()
    d.line(C.ch(["Copies sent to:", "Distribution:", "Sent to (per proband):"]))
    for r, rel in rels:
        a = C.addr()
        d.line("  ", ("name", C.nm(r, C.ch(["full", "lf", "full_mi"]))), f" ({rel_word(C, r, rel)}) - ",
               *C.ch([[("address", C.addr_full(a))], ["c/o ", ("email", C.email(r))], [("address", a["town"]), " (address not known)"]]))


def gl2(C, d):
    """pedigree narrative with many relatives"""
    d.typo = 0.008
    pro = C.person(sex="F", age=C.ri(28, 60))
    mom = C.relative_of(pro, sex="F", same_family=0.3, age=C.ri(55, 85))
    dad = C.relative_of(pro, sex="M", same_family=1.0)
    gm_age = C.ri(86, 101)
    gm = C.relative_of(mom, sex="F", same_family=0.6, age=gm_age)
    aunt = C.relative_of(mom, sex="F", same_family=0.7)
    uncle = C.relative_of(dad, sex="M", same_family=1.0)
    cous = [C.relative_of(aunt, same_family=0.5) for _ in range(2)]
    d.line(C.ch(["FAMILY HISTORY / PEDIGREE NARRATIVE", "Pedigree summary", "Three-generation pedigree (narrative)"]))
    d.line(C.ch(["Proband: ", "Consultand: "]), ("name", C.nm(pro, C.ch(["full", "LF"]))), " (III-2), ", *age_parts(C, pro.age, "F"),
           ", ", C.ch(["breast ca dx age 38", "healthy, referred for FH", "colon ca dx 41"]), ".")
    d.line(C.ch(["Mother: ", "II-4 (mother) "]), ("name", C.nm(mom, C.ch(["g", "full"]))),
           C.ch([", d. 67 ovarian ca, born in ", ", alive 72, lives in "]), ("address", C.town_name(C.other_town())), ".")
    d.line(C.ch(["Father: ", "II-3 (father) "]), ("name", C.nm(dad, C.ch(["g", "full"]))), C.ch([", 70, healthy.", ", d. 2016 MI age 66."]))
    d.line(C.ch(["Maternal grandmother: ", "I-2 (MGM) "]), ("name", C.nm(gm, C.ch(["full", "g"]))), ", ",
           C.ch(["alive at ", "now "]), ("age", str(gm_age)) if gm_age > 89 else str(gm_age), C.ch([", in care home in ", ", lives with aunt in "]),
           ("address", C.town_name(C.other_town())), C.ch(["; pancreatic ca at 80.", "; no cancers."]))
    d.line(C.ch(["Maternal aunt ", "II-5 "]), ("name", C.nm(aunt, C.ch(["g", "nick"]))), C.ch([" - breast ca 45, BRCA testing declined.",
                                                                                          " - endometrial ca 50."]),
           C.ch([" Her children ", " Cousins "]), ("name", C.nm(cous[0], C.ch(["g", "glower"]))), " and ",
           ("name", C.nm(cous[1], C.ch(["g", "nick"]))), C.ch([" untested.", " (twins) untested, live overseas."]))
    d.line(C.ch(["Paternal uncle ", "II-1 "]), ("name", C.nm(uncle, C.ch(["nick", "g", "full"]))),
           C.ch([" d. 58, MI; ", " prostate ca 62; "]), C.ch(["no other paternal hx.", "paternal cousins healthy."]))
    d.line(C.ch(["Ancestry: ", "Ethnicity: "]), C.ch(["Ashkenazi Jewish (maternal)", "Polish / Irish", "Punjabi", "Filipino", "mixed European"]),
           C.ch([". Consanguinity denied.", ". No consanguinity."]))
    d.line(C.ch(["Drawn by ", "Pedigree by "]), ("name", C.nm(C.person(), C.ch(["fi", "full", "inits"]))), ", ", ("date", C.fd(C.today)))


def gl3(C, d):
    """genetic counselling summary"""
    pt = C.person(age=C.ri(22, 60))
    partner = C.relative_of(pt, sex="M" if pt.sex == "F" else "F", same_family=0.5)
    interp = C.person()
    ref = C.person()
    gc = C.person()
    dt_ = C.days_ago(0, 30)
    d.line(C.ch(["GENETIC COUNSELLING SUMMARY", "Genetic Counseling Visit Note", "Clinic letter - genetics"]))
    emit_fields(C, d, C.shuf([
        F(C, "patient", ("name", C.nm(pt, C.ch(["full", "LF", "lf"])))),
        F(C, "dob", ("date", C.fd(pt.dob))),
        F(C, "mrn", ("mrn", C.mrn())),
        [C.ch(["Date of visit", "Seen", "Clinic date"]), C.sep(), ("date", C.fd(dt_))],
    ]), C.ch(["lines", "inline"]))
    d.line(C.ch(["Present: patient, partner ", "Attended with partner "]), ("name", C.nm(partner, C.ch(["g", "full"]))),
           C.ch(["; interpreter ", ", and interpreter "]), ("name", C.nm(interp, C.ch(["full", "fi"]))), " (",
           C.ch(["ID ", "#", "interp no. "]), ("id", C.digits(5, True)), C.ch([", Arabic)", ", Vietnamese)", ", Punjabi)", ", Polish)", ")"]))
    d.line(C.ch(["Referred by Dr. ", "Referral from "]), ("name", C.nm(ref, C.ch(["f", "full"]))), C.ch([" (obstetrics) for ", " for "]),
           C.ch(["carrier screening result (CFTR)", "family hx of Huntington disease", "FH of early colon cancer (Lynch syndrome?)",
                 "NIPT high risk T21"]), ".")
    d.line(C.ch(["Discussed inheritance, options incl. ", "We discussed "]), C.ch(["CVS/amnio", "predictive testing protocol", "colonoscopy surveillance"]),
           ". ", C.ch(["Blood drawn today, requisition ", "Sample sent, req # "]), ("id", C.digits(8, True)), C.ch([". Results in 3-4 wks.", "."]))
    d.line(C.ch(["F/u ", "Results appt "]), ("date", C.fd(C.days_after(dt_, 21, 35), "any")), C.ch([" (phone)", " in clinic", ""]),
           ". ", C.ch(["Pt prefers contact at ", "Best number "]), ("phone", C.phone("mobile")))
    d.line(*sig(C, gc, C.ch(["MS, CGC", "GC", "Genetic Counsellor", "CGC"])))


def gl4(C, d):
    """lab report with family members' samples"""
    pro = C.person(age=C.ri(5, 60))
    d.line(C.ch(["MOLECULAR GENETICS LABORATORY", "Genomics Laboratory Report", "FAMILY STUDY REPORT"]))
    emit_fields(C, d, [
        [C.ch(["Proband", "Index case", "Patient"]), C.sep(), ("name", C.nm(pro, C.ch(["LF", "full", "LFmi"])))],
        F(C, "dob", ("date", C.fd(pro.dob))),
        [C.lab("acc"), C.sep(), ("id", C.accession())],
        [C.ch(["Referring clinician", "Requested by"]), C.sep(), "Dr ", ("name", C.nm(C.person(), C.ch(["il", "full"])))],
    ], C.ch(["lines", "pipes"]))
    d.line(C.ch(["Test: ", "Analysis: "]), C.ch(["targeted variant testing (family)", "segregation analysis", "Sanger confirmation"]),
           " - ", variant(C))
    sep = C.ch([" | ", "  ", "\t"])
    d.line(sep.join(["Sample", "Name", "Relationship", "DOB", "Result"]))
    for rel in C.sample(["parent", "parent", "sib", "child", "aunt"], C.ri(2, 3)):
        if rel == "child" and pro.age < 22:
            rel = "sib"
        rage = {"parent": pro.age + C.ri(20, 36), "sib": max(1, pro.age + C.ri(-8, 8)), "child": max(1, pro.age - C.ri(20, 34)),
                "aunt": pro.age + C.ri(18, 40)}[rel]
        r = C.relative_of(pro, same_family=0.7, age=rage)
        d.line(("id", C.accession()), sep, ("name", C.nm(r, C.ch(["LF", "lf", "fi"]))), sep, rel_word(C, r, rel), sep,
               ("date", C.fd(r.dob, "num")), sep, C.ch(["Heterozygous", "Not detected", "Detected", "Negative"]))
    d.line(C.ch(["Reported by ", "Authorised: "]), ("name", C.nm(C.person(), C.ch(["full", "full_mi"]))), C.ch([", PhD, FACMG", ", Clinical Scientist", ", FHGSA"]),
           "  ", ("date", C.fd(C.today)))


# ================================================== medicolegal_dictation
PUNCT = {",": " comma", ".": " period", ":": " colon", "\n": " new paragraph\n"}


def spoken(C, s):
    """turn written punctuation into spoken punctuation words (plain text only)"""
    out = []
    for ch in s:
        if ch in PUNCT and C.p(0.8):
            out.append(PUNCT[ch] + " ")
        else:
            out.append(ch)
    return "".join(out).replace("  ", " ")


def ml0(C, d):
    """speech-to-text IME dictation with spoken punctuation and numbers"""
    d.case = "lower"
    d.typo = 0.01
    pt = C.person(age=C.ri(25, 70))
    doc = C.person()
    sp = C.relative_of(pt, sex="F" if pt.sex == "M" else "M", same_family=0.8)
    att = C.person()
    sv = C.ssn(0)
    d.add("this is doctor ", ("name", C.nm(doc, C.ch(["full", "stt"]))), spoken(C, " dictating an independent medical evaluation. "))
    d.add("patient name ", ("name", C.nm(pt, C.ch(["stt", "full", "stt"]))), spoken(C, ", "), "date of birth ",
          ("date", C.fd(pt.dob, "speech")), spoken(C, ". "))
    d.add("claim number ", ("id", digit_words(C.digits(C.ri(7, 10), True), C.r)), spoken(C, ". "))
    if C.R == "US" and C.p(0.6):
        d.add("social ", ("ssn", digit_words(sv.replace("-", ""), C.r)), spoken(C, ". "))
    d.add("date of injury ", ("date", C.fd(C.days_ago(200, 900), C.ch(["speech", "speech_md"]))), spoken(C, ". "))
    d.add("new paragraph\n")
    d.add(spoken(C, "history. "), "the claimant is a ", words(pt.age), "-year-old ", C.ch(["right hand dominant ", ""]),
          C.ch(["delivery driver", "nursing assistant", "carpenter", "school custodian"]), spoken(C, " who "),
          C.ch(["slipped on ice in the employer parking lot", "was rear-ended in a company van", "fell from a scaffold"]), spoken(C, ". "))
    d.add(pt.he, " was accompanied today by ", pt.his, " ", rel_word(C, sp, "spouse"), " ", ("name", C.nm(sp, C.ch(["g", "stt"]))),
          spoken(C, ", "), "who drove ", pt.him, " from ", ("address", C.town_name(C.other_town()).lower()), spoken(C, " where they live. "))
    a = C.addr(kind="house")
    d.add("address on file ", ("address", C.addr_full(a)), spoken(C, ". "))
    d.add("best contact number ", ("phone", digit_words(C.phone("mobile", fmt=3), C.r)), spoken(C, ". "))
    d.add("referred by attorney ", ("name", C.nm(att, C.ch(["full", "stt"]))), spoken(C, " of "), C.ch(["harbor legal group", "injury law partners", "meridian solicitors"]),
          spoken(C, ", "), "phone ", ("phone", digit_words(C.phone("work", fmt=3), C.r)), spoken(C, ". "))
    d.add("date of examination ", ("date", C.fd(C.today, C.ch(["speech", "speech_dm"]))), spoken(C, ". "))
    d.add(spoken(C, "examination. "), C.ch(["blood pressure one thirty two over eighty", "grip strength twenty kilograms right",
                                            "straight leg raise negative bilaterally"]), spoken(C, ". "))
    d.add(spoken(C, "end of dictation. "), "job number ", ("id", C.digits(6, True)), "\n")


def ml1(C, d):
    """dictated disability report, transcribed"""
    d.typo = 0.008
    pt = C.person(age=C.ri(30, 64))
    doc = C.person()
    sp = C.relative_of(pt, same_family=0.7)
    d.line(C.ch(["DISABILITY EVALUATION", "Report of Disability Examination", "Functional Capacity / Disability Report"]))
    sv, slab = C.socid()
    emit_fields(C, d, [
        [C.ch(["Claimant", "RE", "Examinee"]), C.sep(), ("name", C.nm(pt, C.ch(["UP", "LF", "full"])))],
        F(C, "dob", ("date", C.fd(pt.dob))),
        [slab, C.sep(), ("ssn", sv if C.p(0.6) else C.ssn(4) if C.R == "US" else sv)],
        [C.ch(["Date of exam", "Examined"]), C.sep(), ("date", C.fd(C.days_ago(0, 20)))],
        [C.ch(["Case #", "File no.", "DDS case"]), C.sep(), ("id", C.case_no())],
    ], "lines")
    d.line()
    d.add(C.title(pt) + " ", ("name", C.nm(pt, "f")), " ",
          C.ch(["presents for evaluation of ", "is seen for "]), C.ch(["chronic low back pain and depression", "COPD and CHF", "fibromyalgia, PTSD"]),
          ". ", pt.he.capitalize(), C.ch([" lives with ", " currently stays with "]), pt.his, " ", rel_word(C, sp, C.ch(["sib", "child", "parent"])), " ",
          ("name", C.nm(sp, C.ch(["g", "full"]))), C.ch([" in an apartment at ", " at "]), ("address", C.addr(kind="unit")["line1"]),
          C.ch([" in ", ", "]), ("address", C.town_name()), ". ")
    d.line(C.ch(["Last worked ", "Stopped working "]), ("date", C.fd(C.days_ago(300, 900), C.ch(["BY", "bY", "full"]))),
           C.ch([" as a cashier.", " as a forklift driver.", " as a home care aide."]))
    d.line(C.ch(["Treating providers: Dr. ", "Records from Dr. "]), ("name", C.nm(C.person(), C.ch(["f", "full"]))), C.ch([" (PCP), Dr. ", " and Dr. "]),
           ("name", C.nm(C.person(), C.ch(["f", "full"]))), C.ch([" (psychiatry).", " (pain clinic)."]))
    d.line(C.ch(["Exam: ", "Findings: "]), C.vitals(3), ". ", C.ch(["Antalgic gait.", "Tinel sign positive R.", "FEV1 48% predicted."]))
    d.line(C.ch(["Dictated but not read. ", "D: ", "Dictated "]), ("date", C.fd(C.today, "num")), C.ch([" T: ", " transcribed "]),
           ("date", C.fd(C.days_after(C.today, 0, 2), "num")), " ", ("name", C.nm(C.person(), "inits")))
    d.line(*sig(C, doc, C.cred("doc"), role_kind="doc"))


def ml2(C, d):
    """attorney letter requesting records"""
    att, para = C.person(), C.person(sex="F")
    cl = C.person(age=C.ri(20, 75))
    firm = C.ch([f"{C.nm(C.person(), 'f')} & {C.nm(C.person(), 'f')}, LLP", "Harbor Legal Group", "Injury Law Partners",
                 "Meridian Solicitors", "Cabinet juridique Roy"])
    fa = C.addr(kind="house")
    d.line(firm.upper() if C.p(0.4) else firm)
    d.line(C.ch(["Attorneys at Law", "Solicitors", "Barristers & Solicitors", "Trial Lawyers"]))
    d.line(("address", fa["line1"]), " | ", ("address", C.townline(fa)))
    d.line(C.ch(["T ", "Tel: "]), ("phone", C.phone("work")), C.ch([" | F ", " | Fax: "]), ("fax", C.phone("work")))
    d.line()
    d.line(("date", C.fd(C.today, "long")))
    d.line()
    d.line(C.ch(["VIA FAX ONLY", "Via fax and mail", "BY EMAIL"]))
    d.line(C.ch(["Medical Records Dept.", "Health Information Management", "Custodian of Records"]))
    d.line(C.facility("hospital"))
    d.line()
    d.line(C.ch(["Re:   Our client: ", "RE: ", "Client: "]), ("name", C.nm(cl, C.ch(["full", "full_mi", "LF"]))))
    d.line("      ", C.lab("dob"), C.sep(), ("date", C.fd(cl.dob)))
    d.line("      ", C.ch(["Date of loss: ", "DOL: ", "Date of accident: "]), ("date", C.fd(C.days_ago(100, 700))))
    d.line("      ", C.ch(["Our file: ", "Our ref: "]), ("id", f"{C.letters(2)}-{C.digits(5)}"))
    d.line()
    d.line(C.ch(["Dear Sir or Madam:", "To whom it may concern,", "Dear Records Custodian:"]))
    d.line(C.ch(["This office represents the above-named client for injuries sustained in a motor vehicle collision. ",
                 "We act for the above client in relation to a personal injury claim. "]),
           C.ch(["Please provide complete certified copies of all records, including ED notes, imaging and billing, from ",
                 "Enclosed is a signed authorisation. Kindly forward all records from "]),
           ("date", C.fd(C.days_ago(100, 700), "num")), " to present.")
    d.line(C.ch(["Please direct any questions to my paralegal, ", "Contact my assistant "]), ("name", C.nm(para, C.ch(["full", "g"]))),
           C.ch([", at ", " at "]), ("email", C.email(para, fold(firm.split(" ")[0]).lower().strip(",&") + ".law", work=True)), ".")
    d.line()
    d.line(signoff(C))
    d.line(("name", C.nm(att, C.ch(["full", "full_mi"]))), C.ch([", Esq.", "", ", Partner"]))


def ml3(C, d):
    """HIPAA authorisation / records request form"""
    pt = C.person(age=C.ri(18, 85))
    recip = C.person()
    wit = C.person()
    d.line(C.ch(["AUTHORIZATION FOR RELEASE OF HEALTH INFORMATION", "Consent to Release Medical Records",
                 "REQUEST FOR ACCESS TO HEALTH RECORDS", "Authority to release information"]))
    a = C.addr()
    items = [
        [C.ch(["Patient name", "Name", "Patient"]), C.sep(), ("name", C.nm(pt, C.ch(["full", "LFmi", "lf"])))],
        F(C, "dob", ("date", C.fd(pt.dob))),
        [C.ch(["Street", "Address"]), C.sep(), ("address", a["line1"])],
        [C.ch(["City", "Town/Suburb"]), C.sep(), ("address", a["town"]), *([" ", C.ch(["State", "Prov"]), C.sep(), a["state"]] if a["state"] else [])],
        [C.ch(["Zip", "Postcode", "Postal code"]), C.sep(), ("zip", a["pc"])],
        F(C, "phone", ("phone", C.phone())),
    ]
    if C.R == "US":
        items.append([C.ch(["SSN (last 4)", "Last 4 SSN"]), C.sep(), ("ssn", C.ssn(4))])
    emit_fields(C, d, items, C.ch(["lines", "lines", "pipes"]))
    d.line(C.ch(["I authorize ", "I hereby authorise "]), C.facility("hospital"), C.ch([" to release records to: ", " to disclose to: "]))
    ra = C.addr(kind="house")
    d.line("   ", ("name", C.nm(recip, C.ch(["full", "full_mi"]))), C.ch([", Esq.", ", attorney", ""]), ", ", ("address", C.addr_full(ra)))
    d.line("   ", C.ch(["Fax ", "fax: "]), ("fax", C.phone("work")))
    d.line(C.ch(["Dates of service: ", "Period: "]), ("date", C.fd(C.days_ago(300, 900), "num")), C.ch([" through ", " to "]),
           ("date", C.fd(C.days_ago(0, 200), "num")))
    d.line(C.ch(["[x] All records [ ] Mental health [ ] HIV/STI [x] Billing", "Records requested: discharge summary, imaging, labs"]))
    d.line(C.ch(["This authorization expires ", "Expires on "]), ("date", C.fd(C.days_after(C.today, 300, 400), "num")))
    d.line(C.ch(["Signature: ", "Signed: "]), ("name", C.nm(pt, C.ch(["full", "lower", "lf"]))), "   ", C.ch(["Date: ", ""]),
           ("date", C.fd(C.today, "num")))
    d.line(C.ch(["Witness: ", "Notary: "]), ("name", C.nm(wit, C.ch(["full", "il"]))))


def ml4(C, d):
    """deposition notes"""
    d.typo = 0.01
    pl = C.person(age=C.ri(25, 75))
    dep = C.person()
    a1, a2 = C.person(), C.person()
    rep = C.person(sex="F")
    dte = C.days_ago(0, 40)
    co = C.ch(["Pinnacle Logistics, Inc.", "Metro Transit Authority", "Bayside Care Group", "Quick-Pik Grocers"])
    d.line(C.ch(["DEPOSITION SUMMARY", "Depo notes", "Summary of Deposition Testimony"]))
    d.line(("name", C.nm(pl, C.ch(["UP", "full"]))), " v. ", co)
    d.line(C.ch(["Case No. ", "Index No. ", "Cause No. "]), ("id", f"{C.today.year % 100}-CV-{C.digits(5)}" if C.p(0.5) else C.digits(6, True)))
    d.line(C.ch(["Deponent: Dr. ", "Witness: Dr. "]), ("name", C.nm(dep, C.ch(["full", "full_mi"]))), C.ch([" (treating orthopedist)", " (ED physician)", " (PCP)"]))
    da = C.addr(kind="house")
    d.line(C.ch(["Date/place: ", "Taken "]), ("date", C.fd(dte, "long")), ", ", C.ch(["offices of counsel, ", "via Zoom; reporter at "]),
           ("address", C.addr_full(da)))
    d.line(C.ch(["For plaintiff: ", "Pl. counsel: "]), ("name", C.nm(a1, C.ch(["full", "il"]))), C.ch(["; for defendant: ", "; def. counsel: "]),
           ("name", C.nm(a2, C.ch(["full", "il"]))))
    d.line(C.ch(["Court reporter: ", "Reporter: "]), ("name", C.nm(rep, C.ch(["full", "fi"]))), C.ch([", CSR No. ", ", CSR #"]), ("license", C.digits(5, True)))
    d.line()
    d.line(C.ch(["p. 14: ", "14:3-22 "]), "Dr. ", ("name", C.nm(dep, "f")), C.ch([" first saw pl. on ", " testified initial visit "]),
           ("date", C.fd(C.days_ago(300, 800), "num")), C.ch(["; dx L4-5 HNP.", "; MRI showed tear."]))
    d.line(C.ch(["p. 31: ", "31:10 "]), C.ch(["Admits pl. told him wife ", "Pl. was accompanied by sister "]),
           ("name", C.nm(C.relative_of(pl, sex="F", same_family=0.6), C.ch(["g", "full"]))), C.ch([" did the lifting at home.", " to all visits."]))
    d.line(C.ch(["p. 47: ", "47:1-9 "]), C.ch(["Exhibit 4 - PT notes by ", "Shown Ex. 7, note by "]), ("name", C.nm(C.person(), C.ch(["full", "il"]))),
           C.ch([", PT", ", NP"]), " dated ", ("date", C.fd(C.days_ago(100, 600), "num")), ".")
    d.line(C.ch(["Summary by ", "-- "]), ("name", C.nm(C.person(), C.ch(["inits", "fi"]))))


# ============================================================== eob_billing
def money(C, lo, hi):
    return f"{C.ri(lo, hi)}.{C.ri(0, 99):02d}"


def eb0(C, d):
    """explanation of benefits"""
    sub = C.person(age=C.ri(25, 70))
    pt = C.relative_of(sub, same_family=0.9, age=C.ri(1, 30)) if C.p(0.4) else sub
    payer = C.payer()
    prov = C.person()
    a = C.addr()
    d.line(payer.upper(), C.ch(["  EXPLANATION OF BENEFITS", " - Explanation of Benefits", "  Statement of benefits"]))
    d.line(C.ch(["THIS IS NOT A BILL", "This is not a bill.", "**NOT A BILL**"]))
    d.line()
    d.line(("name", C.nm(sub, C.ch(["UP", "full", "full_mi"]))))
    d.line(*C.addr_block(a))
    d.line()
    emit_fields(C, d, [
        [C.ch(["Member", "Subscriber", "Primary insured"]), C.sep(), ("name", C.nm(sub, C.ch(["full", "LF"])))],
        [C.lab("member"), C.sep(), ("health_plan", C.member_id())],
        [C.lab("group"), C.sep(), ("health_plan", C.group_no())],
        [C.ch(["Patient", "Patient name", "For"]), C.sep(), ("name", C.nm(pt, C.ch(["full", "g", "LF"])))],
        [C.lab("claim"), C.sep(), ("id", C.digits(12, True) if C.p(0.5) else C.claim_no())],
        [C.ch(["Statement date", "Date processed", "Processed"]), C.sep(), ("date", C.fd(C.today))],
    ], C.ch(["lines", "pipes"]))
    d.line(C.ch(["Provider: ", "Rendering provider: "]), ("name", C.nm(prov, C.ch(["LF", "full", "LFmi"]))), C.ch([" MD", ", DO", ""]),
           *(["  NPI ", ("license", C.npi())] if C.R == "US" and C.p(0.6) else []))
    d.line(f"{'DOS':<12}{'Code':<8}{'Billed':>10}{'Allowed':>10}{'Plan paid':>11}{'You owe':>10}")
    for _ in range(C.ri(2, 3)):
        dos = C.days_ago(20, 90)
        b = C.ri(80, 2400)
        al = round(b * C.ri(30, 80) / 100, 2)
        pp = round(al * 0.8, 2)
        d.line(("date", C.fd(dos, "num")), "  ", f"{C.cpt('billing'):<8}{b:>10.2f}{al:>10.2f}{pp:>11.2f}{al - pp:>10.2f}")
    d.line(C.ch(["Questions? Call Member Services ", "Customer service: "]), ("phone", C.phone("work")), C.ch([" (TTY 711)", ""]),
           C.ch([" or visit ", " | "]), ("url", f"https://www.{fold(payer).lower().replace(' ', '')}.com/member"))


def eb1(C, d):
    """itemised statement"""
    g = C.person(age=C.ri(25, 80))
    pt = C.relative_of(g, same_family=0.9, age=C.ri(1, 40)) if C.p(0.4) else g
    hosp = C.facility("hospital")
    adm = C.days_ago(30, 120)
    d.line(hosp, C.ch([" - Patient Financial Services", " Billing Office", " - ITEMIZED STATEMENT"]))
    ha = C.addr(kind=C.ch(["house", "po"]))
    d.line(("address", C.addr_full(ha)))
    d.line()
    a = C.addr()
    d.line(C.ch(["Guarantor: ", "Bill to: ", ""]), ("name", C.nm(g, C.ch(["UP", "full", "LF"]))))
    d.line(*C.addr_block(a))
    d.line(C.ch(["Home ph ", "Phone: "]), ("phone", C.phone("home")))
    d.line()
    emit_fields(C, d, [
        [C.lab("acct"), C.sep(), ("account", C.acct())],
        F(C, "dob", ("date", C.fd(pt.dob or C.dob_for(40)))),
        [C.ch(["Primary ins", "Insurance", "Payer"]), C.sep(), C.payer(), " ", ("health_plan", C.member_id())],
        [C.ch(["Patient", "Patient name"]), C.sep(), ("name", C.nm(pt, C.ch(["LF", "full"])))],
        F(C, "mrn", ("mrn", C.mrn())),
        [C.ch(["Admit", "Service dates", "From"]), C.sep(), ("date", C.fd(adm, "num")), C.ch([" - ", " to ", " thru "]),
         ("date", C.fd(C.days_after(adm, 0, 6), "num"))],
    ], C.ch(["lines", "pipes", "inline"]))
    d.line(f"{'Rev':<6}{'Code':<9}{'Description':<30}{'Qty':>4}{'Amount':>11}")
    tot = 0
    for rev, code, desc in C.sample([("0450", "99284", "EMERGENCY ROOM LVL 4"), ("0300", "85025", "LAB - CBC W/DIFF"),
                                     ("0320", "71046", "XR CHEST 2 VIEWS"), ("0250", "J2405", "PHARMACY - ONDANSETRON 4 MG"),
                                     ("0636", "J1650", "ENOXAPARIN 40 MG/0.4 ML"), ("0120", "", "ROOM & BOARD SEMI"),
                                     ("0730", "93000", "EKG 12 LEAD"), ("0360", "", "OR SERVICES 1ST HR"),
                                     ("0301", "80053", "LAB - COMP METABOLIC")], C.ri(3, 5)):
        amt = C.ri(20, 4000) + C.ri(0, 99) / 100
        tot += amt
        d.line(f"{rev:<6}{code:<9}{desc:<30}{C.ri(1, 3):>4}{amt:>11.2f}")
    d.line(f"{'':<40}{'TOTAL':>9}{tot:>11.2f}")
    d.line(C.ch(["Pay online: ", "Pay at "]), ("url", C.url("portal", hosp)), C.ch([" or call ", "  Phone "]), ("phone", C.phone("work")))


def eb2(C, d):
    """collection letter"""
    g = C.person(age=C.ri(22, 80))
    agency = C.ch(["Keystone Recovery Services", "National Credit Adjusters LLC", "Albion Debt Recovery Ltd", "Summit Collections Inc."])
    aa = C.addr(kind=C.ch(["po", "house"]))
    coll = C.person()
    d.line(agency)
    d.line(("address", C.addr_full(aa)))
    d.line(C.ch(["Toll free ", "Phone "]), ("phone", C.phone("work")), C.ch(["  Hours M-F 8-8", ""]))
    d.line()
    d.line(("date", C.fd(C.today, "long")))
    d.line()
    a = C.addr()
    d.line(("name", C.nm(g, C.ch(["UP", "full_mi", "full"]))))
    d.line(*C.addr_block(a))
    d.line()
    d.line(C.ch(["Original creditor: ", "Creditor: "]), C.facility("hospital"))
    d.line(C.ch(["Creditor account #: ", "Acct no.: "]), ("account", C.acct()))
    d.line(C.ch(["Our reference #: ", "Agency ref: ", "File #: "]), ("id", C.digits(9, True)))
    d.line(C.ch(["Patient: ", "For services to: "]), ("name", C.nm(C.relative_of(g, same_family=0.9), C.ch(["full", "LF"]))) if C.p(0.5) else "self",
           C.ch(["   Date of service: ", "   DOS: "]), ("date", C.fd(C.days_ago(120, 500), "num")))
    d.line(C.ch(["Balance due: ", "Amount owed: "]), f"{C.cur}{money(C, 50, 9000)}")
    d.line()
    d.line(*greet(C, g, formal=True))
    d.line(C.ch(["The above account has been placed with our office for collection. ", "Your account is seriously past due. "]),
           C.ch(["Call ", "Please contact "]), ("name", C.nm(coll, C.ch(["g", "full", "fi"]))), " at ",
           ("phone", C.phone("work")), C.ch([f" ext {C.ri(100, 999)}", ""]), C.ch([" to arrange payment.", " within 30 days."]))
    d.line(C.ch(["This communication is from a debt collector. This is an attempt to collect a debt and any information obtained will be used for that purpose.",
                 "Unless you dispute this debt within 30 days we will assume it is valid."]))


def eb3(C, d):
    """payment-plan agreement"""
    g = C.person(age=C.ri(22, 80))
    pt = C.relative_of(g, same_family=0.9) if C.p(0.5) else g
    rep = C.person()
    hosp = C.facility("hospital")
    start = C.days_after(C.today, 5, 30)
    d.line(hosp, " - ", C.ch(["PAYMENT PLAN AGREEMENT", "Installment Agreement", "Payment Arrangement"]))
    a = C.addr()
    emit_fields(C, d, [
        [C.ch(["Guarantor", "Responsible party"]), C.sep(), ("name", C.nm(g, C.ch(["full", "LF"])))],
        [C.ch(["Address", "Mailing address"]), C.sep(), ("address", C.addr_full(a))],
        F(C, "phone", ("phone", C.phone())),
        F(C, "email", ("email", C.email(g))),
        [C.lab("acct"), C.sep(), ("account", C.acct())],
        [C.ch(["Patient", "Patient name"]), C.sep(), ("name", C.nm(pt, C.ch(["full", "g"])))] if pt is not g else [C.ch(["Patient: same", "Patient - self"])],
        F(C, "dob", ("date", C.fd(pt.dob or C.dob_for(C.ri(20, 70))))),
        F(C, "mrn", ("mrn", C.mrn())),
    ], "lines")
    bal = C.ri(400, 9000)
    n = C.ch([6, 10, 12, 18, 24])
    d.line(C.ch(["Total balance ", "Balance "]), f"{C.cur}{bal}.00; {n} monthly payments of {C.cur}{bal / n:.2f}",
           C.ch([" beginning ", " starting "]), ("date", C.fd(start, "long")), C.ch([", due on the 15th.", "."]))
    d.line(C.ch(["Auto-debit from account ending ", "Card on file ending "]), f"{C.digits(4)}", C.ch([" (on file).", "."]))
    d.line(C.ch(["Missing two payments will return the account to collections.", "If a payment is missed the full balance becomes due."]))
    d.line(C.ch(["Guarantor signature: ", "Signed: "]), ("name", C.nm(g, C.ch(["full", "lower", "inits"]))), "   ", ("date", C.fd(C.today, "num")))
    d.line(C.ch(["Financial counselor: ", "Rep: "]), ("name", C.nm(rep, C.ch(["full", "fi", "g"]))), C.ch(["  x", "  ext "]), str(C.ri(2000, 7999)))
    d.line(C.ch(["Witness: ", "Witnessed: "]), ("name", C.nm(C.person(), C.ch(["full", "il", "inits"]))), "  ", ("date", C.fd(C.today, "num")))


def eb4(C, d):
    """claim status call + remittance lines"""
    d.typo = 0.015
    pt = C.person(age=C.ri(20, 80))
    rep = C.person(sex=C.ch(["F", "M"]))
    caller = C.person(sex="F")
    dos = C.days_ago(30, 120)
    clm = C.digits(13, True)
    mid = C.member_id()
    d.line(C.ch(["CLAIM STATUS CALL", "Billing follow-up note", "A/R follow-up"]), "  ", ("date", C.fd(C.today, "num")), " ", C.time(9, 16))
    d.line(C.ch(["Called ", "Phoned "]), C.payer(), " ", ("phone", C.phone("work")), C.ch([", spoke w/ ", ", rep "]),
           ("name", C.nm(rep, C.ch(["g", "fi", "g"]))), C.ch([", call ref ", ", ref# "]), ("id", C.digits(10, True)))
    d.line(C.ch(["Pt ", "Patient: "]), ("name", C.nm(pt, C.ch(["LF", "lf"]))), " ", C.lab("dob"), " ", ("date", C.fd(pt.dob, "num")),
           " ", C.ch(["mbr ", "ID "]), ("health_plan", mid), " DOS ", ("date", C.fd(dos, "num")))
    d.line(C.ch(["Claim ", "ICN "]), ("id", clm), C.ch([" denied CO-16 - missing info, resubmit w/ corrected NPI.", " paid ",
                                                      " in process, 30 more days.", " denied CO-97 bundled."]))
    d.line("-", ("name", C.nm(caller, "inits")))
    d.line()
    d.line("835 extract:")
    last = fold(pt.family).upper().replace(" ", "")
    d.raw("CLP*")
    d.add(("id", clm))
    d.raw(f"*4*{money(C, 100, 3000)}*{money(C, 0, 900)}*{money(C, 0, 200)}*12*")
    d.add(("id", C.digits(14, True)))
    d.raw("~\nNM1*QC*1*")
    d.add(("name", C.nm(pt, "x12")))
    d.raw("****MI*")
    d.add(("health_plan", mid.replace(" ", "")))
    d.raw("~\nDTM*232*")
    d.add(("date", fmt_date(dos, "hl7")))
    d.raw(f"~\nSVC*HC:{C.cpt('billing')}*{money(C, 100, 900)}*{money(C, 0, 500)}~\n")


LAYOUTS = {
    "trial_sae": [ts0, ts1, ts2, ts3, ts4],
    "genetics_letter": [gl0, gl1, gl2, gl3, gl4],
    "medicolegal_dictation": [ml0, ml1, ml2, ml3, ml4],
    "eob_billing": [eb0, eb1, eb2, eb3, eb4],
}
REGIONS = {
    "trial_sae": [("US", 4), ("UK", 2), ("CA", 2), ("AU", 2)],
    "genetics_letter": [("US", 3), ("UK", 3), ("CA", 2), ("AU", 2)],
    "medicolegal_dictation": [("US", 5), ("UK", 2), ("CA", 2), ("AU", 1)],
    "eob_billing": [("US", 7), ("UK", 1), ("CA", 1), ("AU", 1)],
}
