"""Styles 5-8: translated discharge summaries, immigration medicals,
cruise/airline incident logs, international student health forms."""
from kit import *  # noqa: F401,F403
from common import (Doc, slug, fmt_date, add_days, rand_time, chance, pattern, digits, nz_digits, letters, money,
                    put_age, DIAGNOSES, DRUGS, med_line, clinical_text, clinical_sentence, vitals, labs, rand_date)
from countries import C, HOSTS


def _dx_list(d, rng, n, bullet=None):
    for code, dx in rng.sample(DIAGNOSES, n):
        b = bullet or rng.choice(["- ", "• ", "* "])
        d.t("%s%s (%s)\n" % (b, dx[0].upper() + dx[1:], code))


def _med_table(d, rng, n, scheme=False):
    for drug, doses in rng.sample(DRUGS, n):
        if scheme:
            d.t("  %-26s %s   %s\n" % (drug, rng.choice(["1-0-1", "1-0-0", "0-0-1", "1-1-1", "½-0-½"]),
                                         rng.choice(["5 mg", "10 mg", "40 mg", "500 mg", "1 g", "75 µg", "2.5 mg"])))
        else:
            d.t("  %s %s\n" % (drug, rng.choice(doses)))


# ==========================================================================
# 5. translated discharge summaries

def discharge_translated(rng, i):
    d = Doc()
    layout = i % 5
    cc = {0: rng.choice(["DE", "DE", "DK", "NL", "SE"]), 1: rng.choice(["ES", "MX", "CL", "PT", "BR"]),
          2: rng.choice(["FR", "FR", "CI"]), 3: ["JP", "KR", "CN", "VN", "CN"][(i // 5) % 5],
          4: rng.choice(["PL", "UA", "TR", "EG", "IT", "IN"])}[layout]
    pr = Profile(rng, cc, old_p=0.08)
    cl = clinic(rng, cc)
    adm = pr.event
    dis = add_days(adm, rng.randint(2, 21))
    ds = pr.ds
    translator = make_person(rng, cc)
    tr_host = host_person(rng, rng.choice(["UK", "US", "CA", "AU"]))
    mrn = pattern(rng, rng.choice(["NNNNNNNN", "NNNNNNN", "NN NNN NNN"]))
    acct = pattern(rng, rng.choice(["NNNNNNNNN", "NNNN/NNNNN", "ANNNNNNN"]))
    docs = [doctor(rng, cc) for _ in range(3)]
    lang = C[cc]["lang"]

    if layout == 0:
        d.t("CERTIFIED TRANSLATION FROM %s INTO ENGLISH\n" % lang.upper())
        d.t("[Translator's note: letterhead of the original reads:]\n%s - Department of %s\n" % (cl["name"], rng.choice(SPECIALTIES)))
        put_address(d, rng, cl["addr"], "one")
        d.f(" · Tel. {p} · Fax {f}\n\n", p=("phone", cl["phone"]), f=("fax", cl["fax"]))
        d.f("DISCHARGE LETTER\n\nPatient: {n}, born {dob}\n", n=N(pr.p, rng, rng.choice(["formal", "last_first", "full"])), dob=D(pr.dob, ds))
        d.f("{al}: {a}     {ml}: {m}\n", al=rng.choice(["Case no. (Fall-Nr.)", "Admission no.", "Episode no."]), a=("account", acct),
            ml=rng.choice(["Patient no. (Pat.-Nr.)", "Record no.", "Journal no."]), m=("mrn", mrn))
        d.f("Residence: {a}\n", a=("address", pr.addr.one))
        d.f("Inpatient stay from {a} to {b}\n\n", a=D(adm, ds), b=D(dis, ds))
        d.t("Diagnoses:\n")
        _dx_list(d, rng, rng.randint(2, 4))
        d.t("\nCourse: ")
        d.t(clinical_text(rng, 2) + " ")
        d.f("On {dt} the patient was mobilised with physiotherapy; ", dt=D(add_days(adm, 2), rng.choice(["dm.", "d/m", ds])))
        d.t(clinical_text(rng, 2))
        if chance(rng, 0.6):
            device_line(d, rng, ds, add_days(adm, rng.choice([1, 2, 3, -800])), prefix=" ")
        d.t("\n\n")
        d.t("Medication on discharge:\n")
        _med_table(d, rng, rng.randint(3, 5), scheme=True)
        gp = make_person(rng, cc)
        d.f("\nFurther treatment by the family doctor, {t} {g}, ", t=rng.choice(C[cc]["drtitle"]), g=N(gp, rng, "full"))
        d.f("phone {p}.\n\n", p=("phone", phone(rng, cc, "land")))
        d.t("Signed:\n")
        for (p, t), role in zip(docs, ["Head of Department", "Senior Physician", "Resident"]):
            d.f("{t} {n} ({r})\n", t=t, n=N(p, rng, rng.choice(["full", "initial_last"])), r=role)
        d.f("\nTranslator's certificate: I, {n}, sworn translator for {lang} and English, certify that the above is a true and "
            "complete translation of the document presented to me. Reg. no. {r}. Dated {dt}.\n",
            n=N(translator, rng, "full"), lang=lang, r=("id", pattern(rng, rng.choice(["LG-NNNN/NN", "NNNN-E-NNN", "STP NNNNN"]))),
            dt=D(add_days(dis, rng.randint(3, 30)), "d Month y"))

    elif layout == 1:
        d.t("DISCHARGE REPORT (INFORME DE ALTA) - English translation\n")
        d.t("%s - Servicio de %s\n" % (cl["name"], rng.choice(["Medicina Interna", "Traumatología", "Cardiología", "Urgencias"])))
        d.f("{a}  |  {p}\n\n", a=("address", cl["addr"].one), p=("phone", cl["phone"]))
        loc = "es" if cc != "BR" and cc != "PT" else "pt"
        items = [
            (["Patient", "Name"], "name", pr.p.form(rng, rng.choice(["upper", "formal", "full"]))),
            (["Date of birth", "DOB"], "date", fmt_date(pr.dob, "dmy/")),
            (["Clinical history no. (NHC)", "NHC", "Medical record no. (prontuário)" if cc == "BR" else "Historia clínica nº"], "mrn", mrn),
            (["Health card (CIP/TSI)", "Health card no."] if cc == "ES" else [health_number(rng, cc)[0]], "health_plan", health_number(rng, cc)[1]),
        ]
        kv(d, rng, items)
        d.t("Date of admission: ")
        d.s("date", fmt_date(adm, loc))
        d.t(" (")
        d.s("date", fmt_date(adm, "d Month y"))
        d.t(")\nDate of discharge: ")
        d.s("date", fmt_date(dis, loc))
        d.t(" (")
        d.s("date", fmt_date(dis, "d Month y"))
        d.t(")\n\nReason for admission: %s.\n" % rng.choice(DIAGNOSES)[1].capitalize())
        d.t("History: %s\n" % clinical_text(rng, 2))
        d.t("Examination: %s.\n" % vitals(rng))
        d.t("Investigations: %s.\n" % labs(rng))
        code, dx = rng.choice(DIAGNOSES)
        d.t("Judgement/diagnosis: %s (%s).\n" % (dx, code))
        d.t("Treatment at home:\n")
        _med_table(d, rng, rng.randint(2, 4))
        fam, famw = nok_for(rng, pr)
        d.f("\nFamily contact: {rn} ({rw}), tel. {rp}\n", rn=N(fam, rng, "full"), rw=famw,
            rp=("phone", phone(rng, cc, "mob")))
        p, t = docs[0]
        rl, rv = med_reg(rng, cc)
        d.f("Attending physician: {t} {n}, {rl} {rv}\n", t=t, n=N(p, rng, "full"), rl=rl, rv=("license", rv))
        d.f("Translated by {n} ({e}), {dt}.\n", n=N(tr_host, rng, "full"), e=("email", email(rng, tr_host, "translate-pro.example.com")),
            dt=D(add_days(dis, 5), rng.choice(["d Month y", "dmy/"])))

    elif layout == 2:
        d.t("COMPTE RENDU D'HOSPITALISATION - traduction anglaise\n")
        d.t("%s, %s\n" % (cl["name"], rng.choice(["Service de Médecine Polyvalente", "Service de Cardiologie", "Service des Urgences"])))
        put_address(d, rng, cl["addr"], "lines")
        d.f("\nSecretariat: {p}  Fax: {f}\n\n", p=("phone", cl["phone"]), f=("fax", cl["fax"]))
        d.f("Patient: {t} {n}\n", t=pr.title(), n=N(pr.p, rng, rng.choice(["upper", "formal"])))
        d.f("Born on: {dob}", dob=D(pr.dob, rng.choice(["dmy/", "fr"])))
        if pr.age > 89:
            d.t(" (")
            put_age(d, rng, pr.age, "N ans")
            d.t(")")
        d.f("\nIPP: {m}    Stay no.: {a}\n", m=("mrn", mrn), a=("account", acct))
        d.f("Hospitalised from {a} to {b} ({c} - {e}).\n\n", a=D(adm, "fr"), b=D(dis, "fr"), c=D(adm, "d Month y"), e=D(dis, "d Month y"))
        d.f("Dear colleague,\n\nI saw in consultation your patient {t} {n}, {age}, admitted for {dx}. ",
            t=pr.title(), n=N(pr.p, rng, "last"), age=lambda dd: put_age(dd, rng, pr.age, "N-year-old") if pr.age <= 89 else put_age(dd, rng, pr.age, "aged N"),
            dx=rng.choice(DIAGNOSES)[1])
        d.t(clinical_text(rng, 3) + "\n")
        d.t("Exit treatment:\n")
        _med_table(d, rng, rng.randint(2, 4))
        d.f("\nCopy to: {t} {n}, general practitioner, {a}\n", t="Dr", n=N(make_person(rng, cc), rng, "full"),
            a=("address", make_address(rng, cc).one))
        p0, t0 = docs[0]
        p1, t1 = docs[1]
        rl, rv = med_reg(rng, cc)
        d.f("{t} {n}, intern  /  {t1} {n1}, head of department ({rl} {rv})\n", t=t0, n=N(p0, rng, "full"), t1=t1,
            n1=N(p1, rng, rng.choice(["full", "last"])), rl=rl, rv=("license", rv))

    elif layout == 3:
        east = {"JP": ("Japanese", "ja"), "KR": ("Korean", "ko"), "CN": ("Chinese", "zh"), "VN": ("Vietnamese", "vi")}[cc]
        d.t("Discharge Summary (translated from %s)\n" % east[0])
        d.t("%s\n" % cl["name"])
        d.f("{a}\nTEL {p}\n\n", a=("address", cl["addr"].one), p=("phone", cl["phone"]))
        dstyle = "cjk" if cc in ("JP", "CN") and (i in (3, 13) or chance(rng, 0.3)) else (("ymd. " if i == 8 else "ymd.") if cc == "KR" else rng.choice(["ymd/", "iso"]))
        if cc == "VN":
            dstyle = rng.choice(["dmy/", "dmy-"])
        hl, hv = health_number(rng, cc)
        kv(d, rng, [
            (["Patient ID", "Patient No.", "Chart No."], "mrn", mrn),
            (["Name", "Patient name"], "name", pr.p.form(rng, rng.choice(["full", "passport", "formal"]))),
            (["Date of birth", "DOB"], "date", fmt_date(pr.dob, dstyle)),
            (["Insurance", hl], "health_plan", hv),
            (["Admission", "Admitted"], "date", fmt_date(adm, dstyle)),
            (["Discharge", "Discharged"], "date", fmt_date(dis, dstyle)),
        ], sep=rng.choice([": ", "：", " : "]))
        d.f("Address: {a}\n", a=("address", pr.addr.one))
        if cc == "JP" and chance(rng, 0.5):
            d.t("Registered address (original script): 〒")
            d.s("address", "%s %s" % (pr.addr.postcode, rng.choice(["東京都渋谷区渋谷2-21-1", "大阪府大阪市北区梅田3-1-3", "京都府京都市左京区北白川5-12"])))
            d.t("\n")
        code, dx = rng.choice(DIAGNOSES)
        d.t("\nFinal diagnosis: %s (%s)\n" % (dx, code))
        d.t("Clinical course: %s" % clinical_text(rng, 3))
        if chance(rng, 0.6):
            device_line(d, rng, dstyle, add_days(adm, 2), prefix=" ")
        d.t("\n")
        d.t("Prescriptions at discharge:\n")
        _med_table(d, rng, rng.randint(2, 4))
        p0, t0 = docs[0]
        d.f("\nAttending physician: {t} {n}\n", t=t0, n=N(p0, rng, rng.choice(["full", "passport"])))
        nok, nokw = nok_for(rng, pr)
        d.f("Guardian: {n} ({rw}), {p}\n", n=N(nok, rng, "full"), rw=nokw, p=("phone", phone(rng, cc, "mob")))
        d.f("Translation checked by {n}, {dt}\n", n=N(tr_host, rng, "initial_last"), dt=D(add_days(dis, 7), "d Mon y"))

    else:
        title = {"PL": "INFORMATION CARD OF HOSPITAL TREATMENT (Karta informacyjna leczenia szpitalnego)",
                 "UA": "DISCHARGE EPICRISIS (Vypyska z medychnoi karty)", "TR": "EPICRISIS REPORT (Epikriz)",
                 "EG": "MEDICAL REPORT (translated from Arabic)", "IT": "LETTERA DI DIMISSIONE (English translation)",
                 "IN": "DISCHARGE SUMMARY (translated from Hindi/Marathi portions)"}[cc]
        d.t(title + "\n\n")
        d.t("%s\n" % cl["name"])
        d.f("{a}, tel. {p}, {e}\n\n", a=("address", cl["addr"].one), p=("phone", cl["phone"]),
            e=("email", "%s@%s" % (rng.choice({"PL": ["sekretariat", "oddzial"], "TR": ["epikriz", "hasta"], "UA": ["reception", "info"]}.get(cc, ["info", "records"])), cl["dom"])))
        ssl, ssv = national_id(rng, pr.p, cc, pr.dob)
        d.f("Name and surname: {n}\n", n=N(pr.p, rng, "full"))
        d.f("{ssl}: {ssv}\n", ssl=ssl, ssv=("ssn", ssv))
        d.f("Date of birth: {dob}\n", dob=D(pr.dob, ds))
        d.f("Address: {a}\n", a=("address", pr.addr.one))
        d.f("Main register book no.: {m}     Ward book no.: {w}\n", m=("mrn", mrn), w=("account", acct))
        d.f("Hospitalised from {a} to {b}\n\n", a=D(adm, rng.choice(["dm.", ds])), b=D(dis, ds))
        d.t("Diagnosis (ICD-10): %s %s\n" % DIAGNOSES[rng.randrange(len(DIAGNOSES))])
        d.t("Epicrisis: %s" % clinical_text(rng, 3))
        if chance(rng, 0.6):
            device_line(d, rng, ds, add_days(adm, 1), prefix=" ")
        d.t("\n")
        d.t("Recommendations: %s; control visit in 2 weeks; sick leave until " % med_line(rng))
        d.s("date", fmt_date(add_days(dis, 14), ds))
        d.t(".\n\n")
        p0, t0 = docs[0]
        rl, rv = med_reg(rng, cc)
        d.f("Attending doctor: {t} {n}, specialist in {sp}, {rl} {rv}\n", t=t0, n=N(p0, rng, "full"), sp=rng.choice(SPECIALTIES).lower(),
            rl=rl, rv=("license", rv))
        d.f("Translated by: {n}, {dt}\n", n=N(translator, rng, "full"), dt=D(add_days(dis, rng.randint(2, 20)), "dmy/"))
    return d


# ==========================================================================
# 6. immigration / visa medical examination forms

PANEL = [("PH", "Panel Clinic Makati (fictional)"), ("IN", "Panel Physician Centre Bengaluru (fictional)"),
         ("VN", "Saigon Migration Health Clinic (fictional)"), ("NG", "Lagos Visa Medicals Ltd (fictional)"),
         ("KE", "Nairobi Migration Health Assessment Centre (fictional)"), ("PK", "Islamabad Panel Health (fictional)"),
         ("CN", "Beijing Visa Medical Centre (fictional)"), ("UA", "Lviv Migration Health Unit (fictional)"),
         ("MX", "Clínica Panel Ciudad Juárez (fictional)"), ("EG", "Cairo Panel Medical Centre (fictional)")]


def immigration(rng, i):
    d = Doc()
    layout = i % 5
    cc, panel = PANEL[(i * 3) % len(PANEL)] if chance(rng, 0.5) else rng.choice(PANEL)
    pr = Profile(rng, cc, old_p=0.04, min_age=16, max_age=75)
    ev = pr.event
    pp = passport(rng, cc)
    pdoc, ptitle = doctor(rng, cc)
    rl, rv = med_reg(rng, cc)
    paddr = make_address(rng, cc)

    if layout == 0:
        hx = host_ctx(rng, "US")
        d.t("REPORT OF IMMIGRATION MEDICAL EXAMINATION AND VACCINATION RECORD (civil surgeon worksheet)\n\n")
        d.t("Part 1. Applicant\n")
        addr = make_host_address(rng, "US")
        kv(d, rng, [
            ("1. Family Name (Last Name)", "name", pr.p.family.upper()),
            ("2. Given Name (First Name)", "name", pr.p.given.upper() if chance(rng, 0.5) else pr.p.given),
            ("3. Street Number and Name", "address", addr.street),
            ("4. City or Town", "address", addr.city),
            ("5. State", None, addr.region),
            ("6. ZIP Code", "zip", addr.postcode),
            ("7. Date of Birth (mm/dd/yyyy)", "date", fmt_date(pr.dob, "mdy/")),
            ("8. Country of Birth", None, C[cc]["name"]),
            ("9. Alien Registration Number (A-Number)", "id", "A" + rng.choice(["", "-"]) + nz_digits(rng, 9)),
            ("10. USCIS Online Account Number", "account", nz_digits(rng, 12)),
            ("11. Daytime Telephone Number", "phone", phone(rng, "US")),
            ("12. Email Address", "email", pr.email),
        ], sep=": ")
        d.t("\nPart 4. Civil Surgeon\n")
        cs = hname(rng, "US")
        lab, lv = host_license(rng, "US")
        kv(d, rng, [
            ("Name", "name", cs.full()),
            ("Practice", None, hx["hospital"] + " Travel & Immigration Clinic"),
            ("Address", "address", hx["addr"].one),
            ("Phone", "phone", hx["phone"]),
            ("Medical license no.", "license", lv),
        ], sep=": ")
        d.f("Date of examination: {a}   TB IGRA collected {b}: negative\n", a=D(ev, "mdy/"), b=D(add_days(ev, -3), "mdy/"))
        d.t("Vaccines: MMR dose 2 given; Tdap given; COVID-19 (2 doses, documented); %s\n" % vitals(rng))
        d.f("Signature of civil surgeon: {s}   Date: {dt}\n", s=N(cs, rng, "initials"), dt=D(add_days(ev, 7), "m/d/y"))

    elif layout == 1:
        d.t("IMMIGRATION MEDICAL EXAMINATION (IME) - Canada\nPanel physician report\n\n")
        kv(d, rng, [
            (["IME number", "IME No."], "id", nz_digits(rng, 8)),
            (["UCI", "Unique Client Identifier (UCI)"], "id", pattern(rng, rng.choice(["NN-NNNN-NNNN", "NNNNNNNN"]))),
            (["Application no."], "id", pattern(rng, "`W`NNNNNNNNN")),
            (["Surname"], "name", pr.p.family),
            (["Given name(s)"], "name", pr.p.given),
            (["Date of birth (YYYY/MM/DD)"], "date", fmt_date(pr.dob, "ymd/")),
            (["Passport no.", "Travel document no."], "id", pp),
            (["Country of citizenship"], None, C[cc]["name"]),
        ], sep=rng.choice([": ", " : "]))
        d.t("Residential address: ")
        put_address(d, rng, pr.addr, "one")
        d.f("\nTelephone: {p}\n\n", p=("phone", pr.mob))
        d.f("Panel physician: {t} {n}, {rl} {rv}\n", t=ptitle, n=N(pdoc, rng, "full"), rl=rl, rv=("license", rv))
        d.f("Clinic: {c}, {a}\nTel. {p}  Fax {f}\n", c=panel, a=("address", paddr.one), p=("phone", phone(rng, cc, "land")),
            f=("fax", phone(rng, cc, "land")))
        d.f("Date of medical examination: {dt}\n", dt=D(ev, rng.choice(["ymd/", "iso", "d Mon y"])))
        d.f("Chest X-ray ref. {x}, taken {dt}, reported by {t} {n}: no active TB.\n", x=("id", pattern(rng, "`CXR`-NNNNNNN")),
            dt=D(add_days(ev, 1), "ymd/"), t=ptitle, n=N(make_person(rng, cc), rng, "full"))
        d.t("Urinalysis: protein negative, glucose negative. Syphilis (RPR) non-reactive. %s\n" % vitals(rng))

    elif layout == 2:
        d.t("UK TUBERCULOSIS SCREENING - CERTIFICATE OF CLEARANCE\n")
        d.f("Certificate no.: {c}\n", c=("id", pattern(rng, "`UKTB`-NNNNNNNN")))
        d.f("Clinic: {c}\n{a}\n\n", c=panel, a=("address", paddr.one))
        kv(d, rng, [
            ("Applicant's full name", "name", pr.p.form(rng, "passport")),
            ("Date of birth", "date", fmt_date(pr.dob, "dmy/")),
            ("Sex", None, pr.sex),
            ("Passport number", "id", pp),
            ("Address in country of application", "address", pr.addr.one),
            ("Intended UK address (if known)", "address", make_host_address(rng, "UK").one),
        ], sep=": ")
        d.f("Chest X-ray taken on: {dt}   Result: {r}\n", dt=D(ev, "dmy/"),
            r=rng.choice(["normal", "old healed changes, sputum required", "no abnormality detected"]))
        if chance(rng, 0.6):
            d.f("Sputum smear/culture samples: {a}, {b}, {c} - all negative ({dt})\n", a=("id", pattern(rng, "SP-NNNNNN")),
                b=("id", pattern(rng, "SP-NNNNNN")), c=("id", pattern(rng, "SP-NNNNNN")), dt=D(add_days(ev, 56), "dmy/"))
        d.f("Certificate issued on {a}, valid until {b}.\n", a=D(add_days(ev, 3), "d Month y"), b=D(add_days(ev, 183), "d Month y"))
        d.f("Examining physician: {t} {n} ({rl} {rv})\n", t=ptitle, n=N(pdoc, rng, "full"), rl=rl, rv=("license", rv))
        d.f("Applicant contact: {p}, {e}\n", p=("phone", pr.mob), e=("email", pr.email))

    elif layout == 3:
        d.t("eMedical - Health Examination Summary (Australia)\n")
        kv(d, rng, [
            (["HAP ID", "HAP ID (Health Assessment Portal)"], "id", pattern(rng, "`HAP`NNNNNNNNNN")),
            (["TRN", "Transaction Reference Number"], "id", pattern(rng, "`EGO`NNNNNNNN")),
            (["Visa subclass"], None, rng.choice(["500 (Student)", "482", "189", "600 (Visitor)", "820"])),
            (["Client name", "Applicant"], "name", pr.p.form(rng, rng.choice(["formal", "full"]))),
            (["DOB"], "date", fmt_date(pr.dob, "dmy/")),
            (["Passport"], "id", pp),
            (["Home address"], "address", pr.addr.one),
            (["Mobile"], "phone", pr.mob),
        ], shuffle=chance(rng, 0.4))
        d.t("\nIdentity verification:\n")
        d.f("  Photograph captured and matched to passport. Fingerprint enrolment ref {b}.\n",
            b=("biometric", pattern(rng, rng.choice(["FPR-NNNNNNNNNN", "BIO/NNNN/NNNNNN", "FPNNNNNNNNNNNN"]))))
        d.f("  Applicant signature captured on signature pad, record {s}.\n", s=("biometric", pattern(rng, "SIG-NNNNNNNN")))
        d.f("\n501 Medical Examination: {dt}, {t} {n} ({c})\n", dt=D(ev, "dmy/"), t=ptitle, n=N(pdoc, rng, "full"), c=panel)
        d.f("502 Chest X-ray: {dt}, radiologist {n}\n", dt=D(add_days(ev, 1), "dmy/"), n=N(make_person(rng, cc), rng, "full"))
        d.f("707 HIV test: {dt}, lab accession {a}\n", dt=D(add_days(ev, 1), "dmy/"), a=("id", pattern(rng, "NNNNNNNNNN")))
        d.t("Findings: BMI 24.1, BP 122/78, urinalysis NAD. Result: A (meets health requirement).\n")

    else:
        hc = rng.choice(["US", "CA", "UK", "AU"])
        hx = host_ctx(rng, hc)
        cs = hname(rng, hc)
        d.t("%s\nTravel & Immigration Medicine\n" % hx["hospital"])
        d.f("{a}   T {p}   F {f}\n\n", a=("address", hx["addr"].one), p=("phone", hx["phone"]), f=("fax", hx["fax"]))
        d.f("{dt}\n\nTo: TB Control Program, public health department\n\n", dt=D(ev, hx["ds"]))
        d.f("RE: {n}  DOB {dob}  A-file/case {a}\n\n", n=N(pr.p, rng, rng.choice(["formal", "upper"])), dob=D(pr.dob, hx["ds"]),
            a=("id", pattern(rng, rng.choice(["ANNNNNNNNN", "NNNNNNNN", "`IRCC`-NNNNNNNN"]))))
        d.f("This {adj} national arrived on {dt} with a Class B1 TB notification from the overseas panel physician ({t} {n}, {c}). ",
            adj=C[cc]["adj"], dt=D(add_days(ev, -rng.randint(10, 40)), hx["ds"]), t=ptitle, n=N(pdoc, rng, "full"), c=panel)
        d.t("Overseas CXR showed %s. " % rng.choice(["right apical fibrosis", "calcified granuloma", "pleural thickening"]))
        d.f("{He} is living with {his} {rw} at ", He=pr.he().capitalize(), his=pr.his(), rw=rng.choice(["uncle", "aunt", "cousin", "brother", "sister"]))
        d.s("address", make_host_address(rng, hc).one)
        d.f(", phone {p}. QuantiFERON on {dt}: positive. {c}\n\n", p=("phone", phone(rng, hc)), dt=D(ev, hx["ds"]), c=clinical_sentence(rng))
        d.f("Please contact me on {p} or {e}.\n\nSincerely,\n{dr} {n}\n", p=("phone", hx["phone"]),
            e=("email", staff_email(rng, cs, hx["dom"])), dr=hx["h"]["dr"], n=N(cs, rng, "full"))
    return d


# ==========================================================================
# 7. cruise ship / airline medical incident logs

SHIPS = ["MS Aurora Meridian", "MV Northern Serenade", "Coral Princess-style (fictional)", "MS Viking-style Fjord (fictional)",
         "MV Ocean Lantern"]
AIRLINES = [("Lufthansa-style Air (fictional)", "LH"), ("KLM-style (fictional)", "KL"), ("Emirates-style (fictional)", "EK"),
            ("Qantas-style (fictional)", "QF"), ("Air Canada-style (fictional)", "AC"), ("Turkish-style Airlines (fictional)", "TK"),
            ("Aer Lingus-style (fictional)", "EI")]
IATA = ["FRA", "JFK", "LHR", "YYZ", "SYD", "DXB", "IST", "AMS", "DUB", "MNL", "DEL", "GRU", "MEX", "NRT", "ICN", "CPH", "WAW", "MAD"]


def travel_incident(rng, i):
    d = Doc()
    layout = i % 5
    cc = rng.choice(list(C.keys()))
    pr = Profile(rng, cc, old_p=0.12, min_age=20, max_age=88)
    ev = pr.event
    ds = rng.choice(["dmy/", "d Mon y", "dd-MON-yyyy", "iso", "ddMONyyyy", "dd-Mon-yy"])
    ship = rng.choice(SHIPS)
    doc = make_person(rng, rng.choice(["UK", "IE", "SE", "DE", "PH", "NL"]))
    nurse = make_person(rng, rng.choice(["PH", "IN", "UA", "PL"]))
    pnr = pattern(rng, "XXXXXX")

    if layout == 0:
        d.t("%s - MEDICAL CENTRE LOG\n" % ship.upper())
        d.t("Voyage %s   Deck 4 Medical Centre\n\n" % pattern(rng, "`V`NNNN"))
        kv(d, rng, [
            (["Guest", "Guest name", "Passenger"], "name", pr.p.form(rng, rng.choice(["formal", "last_first", "upper"]))),
            (["Cabin", "Stateroom"], None, str(rng.randint(2001, 11999))),
            (["Nationality"], None, C[cc]["adj"]),
            (["DOB", "Date of birth"], "date", fmt_date(pr.dob, ds)),
            (["Booking ref", "Booking no.", "Reservation no."], "id", pattern(rng, rng.choice(["NNNNNNN", "XXXXXX", "`BK`NNNNNNNN"]))),
            (["Folio / onboard account", "Sea Pass account"], "account", pattern(rng, "NNNNNNNNNN")),
            (["Home address (per booking)", "Address"], "address", pr.addr.one),
        ], sep=": ")
        if pr.age > 89:
            d.t("Age: ")
            put_age(d, rng, pr.age, "N")
            d.t("\n")
        nok, nokw = nok_for(rng, pr)
        d.f("Emergency contact ashore: {n} ({rw}), {p}\n\n", n=N(nok, rng, "full"), rw=nokw, p=("phone", phone(rng, cc, "mob")))
        d.f("{dt} {tm} Called to cabin. {c}\n", dt=D(ev, ds), tm=rand_time(rng), c=clinical_sentence(rng))
        d.f("{tm} Seen in medical centre by {t} {n}. {c}\n", tm=rand_time(rng), t="Dr", n=N(doc, rng, "full"), c=clinical_sentence(rng))
        d.f("{tm} IV access, {m}. Obs repeated: {v}. -- {ini}\n", tm=rand_time(rng), m=med_line(rng), v=vitals(rng), ini=("name", nurse.initials()))
        d.f("{dt} {tm} Disembarked at next port to shore hospital; port agent {pa} ({pp}) arranged ambulance.\n",
            dt=D(add_days(ev, 1), ds), tm=rand_time(rng), pa=N(make_person(rng, rng.choice(["ES", "IT", "PT", "DK"])), rng, "full"),
            pp=("phone", phone(rng, rng.choice(["ES", "IT", "PT"]), "mob")))

    elif layout == 1:
        air, code = rng.choice(AIRLINES)
        dep, arr = rng.sample(IATA, 2)
        d.t("IN-FLIGHT MEDICAL INCIDENT REPORT\n%s\n\n" % air)
        kv(d, rng, [
            (["Flight", "Flight no."], None, "%s %d" % (code, rng.randint(1, 999))),
            (["Date", "Flight date"], "date", fmt_date(ev, rng.choice(["ddMONyyyy", "dd-MON-yyyy", "d Mon y"]))),
            (["Sector"], None, "%s-%s" % (dep, arr)),
            (["Seat"], None, "%d%s" % (rng.randint(1, 60), rng.choice("ABCDEFHJK"))),
            (["Passenger"], "name", "%s/%s" % (pr.p.family.upper(), (pr.p.middle + " " + pr.p.given).strip().upper() if pr.p.order == "viet" else pr.p.given.upper())
                                  if chance(rng, 0.5) else pr.p.form(rng, "formal")),
            (["PNR", "Booking reference"], "id", pnr),
            (["Ticket no.", "E-ticket"], "id", pattern(rng, "NNN-NNNNNNNNNN")),
            (["Frequent flyer no.", "FFP"], "id", pattern(rng, rng.choice(["NNNNNNNNN", "AANNNNNNNN"]))),
            (["Contact (from booking)"], "phone", pr.mob),
        ], sep=": ")
        d.t("\nDescription: passenger reported %s approx. 3 h after departure. Crew administered oxygen 4 L/min. %s\n" % (
            rng.choice(["chest pain", "shortness of breath", "fainting", "severe abdominal pain", "seizure-like episode"]), vitals(rng)))
        vol = make_person(rng, rng.choice(["DE", "FR", "IN", "NL", "IE", "ES"]))
        vrl, vrv = med_reg(rng, vol.cc)
        d.f("Medical volunteer on board: {t} {n} ({adj}), {rl} {rv}, seat {s}.\n", t="Dr", n=N(vol, rng, "full"), adj=C[vol.cc]["adj"],
            rl=vrl, rv=("license", vrv), s="%d%s" % (rng.randint(1, 60), rng.choice("ABCDEF")))
        d.f("Ground medical support consulted, call ref {r}, advice: continue to destination.\n", r=("id", pattern(rng, "`MLK`-NNNNNN")))
        d.f("Purser: {n}   Captain: {c}\n", n=N(make_person(rng, rng.choice(["DE", "NL", "IE", "TR"])), rng, "full"),
            c=N(make_person(rng, rng.choice(["DE", "NL", "IE", "TR"]), "M"), rng, "initial_last"))
        d.f("Passenger handed to paramedics at {a} gate; home address per booking: {ad}\n", a=arr, ad=("address", pr.addr.one))

    elif layout == 2:
        d.t("MEDICAL EVENT TIMELINE - %s\n" % ship)
        d.f("Pt: {n}, ", n=N(pr.p, rng, rng.choice(["full", "upper"])))
        put_age(d, rng, pr.age, rng.choice(["N y/o", "N yo", "aged N"]))
        d.f(", {adj}, cabin {cab}, guest ID {g}\n\n", adj=C[cc]["adj"], cab=rng.randint(3001, 12999), g=("id", pattern(rng, "NNNNNNNN")))
        nsteps = rng.randint(4, 6)
        mins = sorted(rng.sample(range(0, 1380), nsteps))
        sep = rng.choice([" - ", "  ", " | "])
        for k in range(nsteps):
            d.t("%02d:%02d" % divmod(mins[k], 60) + sep)
            if k == 0:
                d.f("Code Alpha called by {n} (travel companion).\n", n=N(make_person(rng, cc), rng, rng.choice(["first", "full"])))
            elif k == 1:
                d.t(vitals(rng) + ".\n")
            elif k == 2:
                d.f("Ship's doctor {n} in attendance; {c}\n", n=N(doc, rng, rng.choice(["full", "last"])), c=clinical_sentence(rng))
            elif k == 3:
                d.f("Telemedicine with shore-side physician {n}, {p}.\n", n=N(make_person(rng, rng.choice(["DE", "NL", "SE"])), rng, "full"),
                    p=("phone", phone(rng, rng.choice(["DE", "NL", "SE"]), "land")))
            else:
                d.t(clinical_sentence(rng) + "\n")
        d.f("\nNext of kin informed: {n} at {p} on {dt}.\n", n=N(make_person(rng, cc), rng, "full"), p=("phone", chat_phone(rng, cc)), dt=D(ev, ds))
        d.f("Log closed by {n}, RN.\n", n=N(nurse, rng, rng.choice(["initials", "initial_last"])))

    elif layout == 3:
        hx = host_ctx(rng)
        d.t("MEDICAL HANDOVER - SHIP TO SHORE\n")
        d.f("From: Medical Centre, {s} (IMO {imo})\nTo: ED, {h}\nDate: {dt}\n\n", s=ship, imo=nz_digits(rng, 7), h=hx["hospital"], dt=D(ev, hx["ds"]))
        d.f("Patient {n}, DOB {dob}, passport {pp}, nationality {adj}.\n", n=N(pr.p, rng, "full"), dob=D(pr.dob, hx["ds"]),
            pp=("id", passport(rng, cc)), adj=C[cc]["adj"])
        d.f("Travelling with {rn}; both booked under reservation {r}.\n", rn=N(make_person(rng, cc), rng, "full"), r=("id", pnr))
        d.t("Presenting problem: %s. %s\n" % (rng.choice(DIAGNOSES)[1], clinical_text(rng, 3)))
        d.t("Medication given on board: %s; %s." % (med_line(rng), med_line(rng)))
        if chance(rng, 0.6):
            device_line(d, rng, hx["ds"], add_days(ev, -rng.randint(300, 3000)), prefix=" Patient's own device - ")
        d.t("\n")
        hl, hv = health_number(rng, cc)
        d.f("Travel insurance: {ins}, policy {pol}. Home insurer {hi}, {hl} {hv}.\n", ins=rng.choice(["Allianz-style Travel (fictional)", "Blue Horizon Travel Cover"]),
            pol=("health_plan", pattern(rng, "TRVNNNNNNN")), hi=rng.choice(C[cc]["insurer"]), hl=hl, hv=("health_plan", hv))
        d.f("Ship's physician: Dr {n}, satellite phone {p}, e-mail {e}\n", n=N(doc, rng, "full"), p=("phone", "+870 77" + digits(rng, 7)),
            e=("email", "medical.%s@fleet.example-cruises.com" % slug_ship(ship)))

    else:
        air, code = rng.choice(AIRLINES)
        d.t("MEDIF - Passenger Medical Information Form (Part 2, completed by attending physician)\n\n")
        kv(d, rng, [
            (["MEDA01 Patient's name", "Passenger name"], "name", pr.p.form(rng, "passport")),
            (["Booking ref", "PNR"], "id", pnr),
            (["Itinerary"], None, "%s %d %s-%s" % (code, rng.randint(1, 999), rng.choice(IATA), rng.choice(IATA))),
            (["Travel date"], "date", fmt_date(add_days(ev, 10), rng.choice(["ddMONyyyy", "dmy/"]))),
            (["MEDA02 Attending physician"], "name", make_person(rng, cc).full()),
            (["Physician telephone"], "phone", phone(rng, cc, "land")),
            (["Physician e-mail"], "email", "clinic@" + org_domain(rng, cc, rng.choice(C[cc]["hospitals"]))),
            (["MEDA03 Diagnosis"], None, "%s (%s)" % tuple(reversed(rng.choice(DIAGNOSES)))),
            (["Date of first symptoms"], "date", fmt_date(ev, rng.choice(["dmy/", "d Mon y"]))),
        ], sep=": ")
        if pr.age > 89:
            d.t("MEDA04 Age: ")
            put_age(d, rng, pr.age, "N")
            d.t("\n")
        d.t("MEDA06 Stretcher: no. Wheelchair: WCHC. MEDA07 Oxygen: 2 L/min continuous.\n")
        esc = make_person(rng, cc)
        d.f("MEDA08 Escort: {n}, {q}\n", n=N(esc, rng, "full"), q=rng.choice(["registered nurse", "family member (daughter)", "physician"]))
        d.f("Patient home address: {a}\n", a=("address", pr.addr.one))
        d.f("Airline medical officer approval: {n}, {dt}\n", n=N(make_person(rng, "IE"), rng, "initial_last"), dt=D(add_days(ev, 3), "dmy/"))
    return d


def slug_ship(ship):
    return "".join(c for c in ship.lower().split("(")[0] if c.isalpha())[:14]


# ==========================================================================
# 8. international student health forms

UNIS = {"US": ["Eastbrook University", "University of the Lakes", "Pacific Crest College"],
        "UK": ["University of Northmere", "Kingsbridge College London (fictional)", "University of Westhaven"],
        "CA": ["Université du Fleuve (fictional)", "Prairie Sky University", "Harbourview University"],
        "AU": ["University of the Southern Coast", "Gondwana Institute of Technology", "Bayside University"]}


def student(rng, i):
    d = Doc()
    layout = i % 5
    hc = ["US", "UK", "AU", "CA", rng.choice(["US", "UK", "AU", "CA"])][layout]
    hx = host_ctx(rng, hc)
    uni = rng.choice(UNIS[hc])
    cc = rng.choice(["CN", "IN", "VN", "NG", "KR", "BR", "MX", "DE", "TR", "PK", "KE", "EG", "UA", "JP", "IT", "FR", "PH", "CL"])
    pr = Profile(rng, cc, old_p=0.0, min_age=18, max_age=34)
    ev = pr.event
    ds = hx["ds"]
    sid = pattern(rng, rng.choice(["NNNNNNNN", "NNNNNNNNN", "`s`NNNNNNN", "`U`NNNNNNN"]))
    term = make_host_address(rng, hc)
    nok = make_person(rng, cc)
    nokrel = rng.choice(["mother", "aunt", "sister", "grandmother"] if nok.sex == "F" else ["father", "uncle", "brother", "grandfather"])
    udom = {"US": "students.%s.example.edu", "UK": "my.%s.example.ac.uk", "AU": "student.%s.example.edu.au",
            "CA": "etu.%s.example.ca"}[hc] % slug(uni.split("(")[0].replace("University", "").replace("of the", ""))[:12]
    uemail = "%s.%s@%s" % (slug(pr.p.given)[:10], slug(pr.p.family)[:10], udom)

    if layout == 0:
        d.t("%s - STUDENT HEALTH SERVICES\nINTERNATIONAL STUDENT ENTRY HEALTH FORM\n\n" % uni.upper())
        kv(d, rng, [
            (["Student ID"], "id", sid),
            (["SEVIS ID"], "id", pattern(rng, "`N00`NNNNNNNN")),
            (["Last name"], "name", pr.p.family),
            (["First name"], "name", pr.p.given),
            (["Preferred name"], "name", rng.choice(["Kevin", "Leo", "Max", "Jay", "Sunny"] if pr.sex == "M" else ["Annie", "Vivian", "Mia", "Sunny", "Jenny"])),
            (["Date of birth (MM/DD/YYYY)"], "date", fmt_date(pr.dob, "mdy/")),
            (["Country of citizenship"], None, C[cc]["name"]),
            (["Permanent home address"], "address", pr.addr.one),
            (["US local address"], "address", term.one),
            (["Cell phone (US)"], "phone", phone(rng, "US")),
            (["University e-mail"], "email", uemail),
        ], sep=": ")
        d.f("\nEmergency contact (abroad): {n} - {r} - {p} - {e}\n", n=N(nok, rng, "full"), r=nokrel, p=("phone", phone(rng, cc, "mob")),
            e=("email", email(rng, nok)))
        d.f("Health insurance: Student Health Insurance Plan, member ID {m}\n\n", m=("health_plan", pattern(rng, "`SHIP`NNNNNNNN")))
        d.t("IMMUNIZATION RECORD (dates required)\n")
        for vac in rng.sample(["MMR #1", "MMR #2", "Tdap", "Hepatitis B #1", "Hepatitis B #2", "Varicella #1", "MenACWY", "COVID-19 #1"], 4):
            d.f("  {v}: {dt}\n", v=vac, dt=D(rand_date(rng, pr.dob.year + 1, min(pr.dob.year + 17, 2023)), rng.choice(["mdy/", "m/d/y", pr.ds])))
        d.f("TB screening (IGRA): negative, {dt}\n", dt=D(add_days(ev, -20), "mdy/"))
        d.f("Reviewed by {n}, RN on {dt}\n", n=N(hname(rng, "US"), rng, "full"), dt=D(ev, "mdy/"))

    elif layout == 1:
        d.t("%s\nStudent Wellbeing & Health - International Student Registration\n\n" % uni)
        hl, hv = host_health_number(rng, "UK")
        kv(d, rng, [
            (["Student number"], "id", sid),
            (["Name", "Full name"], "name", pr.p.form(rng, rng.choice(["formal", "full"]))),
            (["Date of birth"], "date", fmt_date(pr.dob, "dmy/")),
            (["BRP / eVisa share code", "BRP number"], "id", pattern(rng, rng.choice(["`ZU`NNNNNNN", "AAA NNN NNN"]))),
            (["IHS reference", "Immigration Health Surcharge ref"], "id", pattern(rng, "`IHS`NNNNNNNNN")),
            (["NHS number"], "health_plan", hv),
            (["Term-time address"], "address", term.one),
            (["Home address"], "address", pr.addr.one),
            (["UK mobile"], "phone", phone(rng, "UK")),
        ], sep=rng.choice([": ", ":\t", " - "]), shuffle=chance(rng, 0.3))
        gp = hname(rng, "UK")
        d.f("\nRegistered GP: {t} {n}, Campus Health Centre, {a}\n", t="Dr", n=N(gp, rng, "full"), a=("address", make_host_address(rng, "UK").one))
        d.f("Next of kin: {n} ({r}), {p}\n", n=N(nok, rng, rng.choice(["full", "formal"])), r=nokrel, p=("phone", phone(rng, cc, "mob")))
        hist = rng.choice(["asthma (salbutamol 100 mcg PRN)", "none", "type 1 diabetes", "migraine", "beta-thalassaemia trait", "congenital heart block"])
        d.t("Medical history: %s" % hist)
        if hist in ("type 1 diabetes", "congenital heart block") or chance(rng, 0.15):
            device_line(d, rng, "dmy/", add_days(pr.dob, rng.randint(3000, 6000)), prefix=". ")
        d.t("\n")
        d.f("Declaration signed {dt}.\n", dt=D(ev, "d Month y"))

    elif layout == 2:
        d.t("%s - Health & Counselling\nOSHC CLAIM / INTAKE\n\n" % uni)
        kv(d, rng, [
            (["Student ID"], "id", sid),
            (["USI"], "id", pattern(rng, "XXXXXXXXXX")),
            (["CoE number"], "id", pattern(rng, "`E`NNNNNNNNN")),
            (["Surname"], "name", pr.p.family.upper()),
            (["Given names"], "name", pr.p.given),
            (["DOB"], "date", fmt_date(pr.dob, "dmy/")),
            (["OSHC provider"], None, rng.choice(["Bupa-style OSHC (fictional)", "Allianz Care-style (fictional)", "Medibank-style OSHC (fictional)"])),
            (["OSHC membership no."], "health_plan", pattern(rng, rng.choice(["NNNNNNNN", "`OS`NNNNNNN"]))),
            (["Australian address"], "address", term.one),
            (["Postcode (for claims)"], "zip", term.postcode),
            (["Mobile"], "phone", phone(rng, "AU")),
        ], sep=": ")
        d.f("\nPresenting concern ({dt}): ", dt=D(ev, "dmy/"))
        d.t(clinical_sentence(rng) + " " + clinical_sentence(rng) + "\n")
        d.f("Family overseas: {n} ({r}) in ", n=N(nok, rng, "first"), r=nokrel)
        d.s("address", pr.addr.city)
        d.f(", WeChat/WhatsApp {p}\n", p=("phone", chat_phone(rng, cc)))
        d.f("Clinician: {n}, GP (AHPRA {a})\n", n=N(hname(rng, "AU"), rng, "full"), a=("license", "MED000" + digits(rng, 7)))

    elif layout == 3:
        d.t("%s - Student Health Centre\nUHIP enrolment & health declaration\n\n" % uni)
        kv(d, rng, [
            (["Student #", "Student number"], "id", sid),
            (["UHIP certificate/member no.", "UHIP #"], "health_plan", pattern(rng, "`UHIP`NNNNNNNNN")),
            (["Study permit no."], "id", pattern(rng, "`F`NNNNNNNNN")),
            (["Nom / Last name"], "name", pr.p.family),
            (["Prénom / First name"], "name", pr.p.given),
            (["Date de naissance / DOB (YYYY-MM-DD)"], "date", fmt_date(pr.dob, "iso")),
            (["Canadian address"], "address", term.lines[0]),
            (["City / Province"], "address", term.city),
            (["Postal code"], "zip", term.postcode),
            (["Phone"], "phone", phone(rng, "CA")),
            (["E-mail"], "email", uemail),
        ], sep=rng.choice([": ", " : "]))
        d.f("\nHome country address: {a}, {c}\n", a=("address", pr.addr.one), c=C[cc]["name"])
        d.f("Emergency contact: {n}, {r}, {p}\n", n=N(nok, rng, "full"), r=nokrel, p=("phone", phone(rng, cc, "mob")))
        d.f("Date arrived in Canada: {dt}\n", dt=D(add_days(ev, -rng.randint(3, 90)), "iso"))
        d.t("Allergies: %s. Current meds: %s.\n" % (rng.choice(["none", "peanuts (EpiPen)", "penicillin"]), med_line(rng)))

    else:
        staff = hname(rng, hc)
        d.f("From: International Student Support <{e}>\nTo: {e2}\nCc: {e3}\nDate: {dt}\nSubject: Student {sid} - hospital admission\n\n",
            e=("email", "intl.support@" + hx["dom"]), e2=("email", staff_email(rng, hname(rng, hc), hx["dom"])),
            e3=("email", email(rng, nok)), dt=D(ev, rng.choice(["d Mon y", "Mon d, y"])), sid=("id", sid))
        d.f("Hi {n},\n\n", n=N(staff, rng, "first"))
        d.f("{s} ({sid}), a first-year {adj} student, was admitted to {h} last night ({mrl} {mrn}). ",
            s=N(pr.p, rng, rng.choice(["full", "first_initial"])), sid=("id", sid), adj=C[cc]["adj"], h=hx["hospital"],
            mrl=host_mrn(rng, hc)[0], mrn=("mrn", host_mrn(rng, hc)[1]))
        d.t("Diagnosis: %s. %s is stable.\n" % (rng.choice(DIAGNOSES)[1], pr.he().capitalize()))
        d.f("I called {his} {r}, {n}, in ", his=pr.his(), r=nokrel, n=N(nok, rng, rng.choice(["full", "first"])))
        d.s("address", pr.addr.city)
        d.f(" on {p} (via an interpreter, {lang}). The family are applying for visas and hope to arrive around {dt}.\n",
            p=("phone", phone(rng, cc, "mob")), lang=C[cc]["lang"], dt=D(add_days(ev, rng.randint(5, 15)), rng.choice(["d Month", "Month dth"])))
        d.f("Roommate {rm} has the spare key to {a}.\n\n", rm=N(make_person(rng, rng.choice(list(C.keys()))), rng, "first"),
            a=("address", term.street))
        d.f("Thanks,\n{n}\nInternational Student Adviser | {p}\n", n=N(hname(rng, hc), rng, "full"), p=("phone", hx["phone"]))
    return d


STYLES = [("discharge_translated", discharge_translated), ("immigration_medical", immigration),
          ("cruise_airline_incident", travel_incident), ("international_student", student)]
