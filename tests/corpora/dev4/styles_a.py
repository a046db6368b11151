"""Styles 1-4: referral letters, travel assistance files, overseas visitor
forms, medical tourism e-mails."""
from kit import *  # noqa: F401,F403
from common import Doc, fmt_date, add_days, rand_time, chance, pattern, digits, nz_digits, letters, money, put_age
from countries import C, HOSTS, ABROAD

REF_COUNTRIES = ["DE", "PL", "DK", "NL", "IT", "ES", "PT", "BR", "MX", "IN", "PH", "NG", "KE", "EG", "TR", "JP",
                 "KR", "VN", "CN", "UA", "FR", "IE", "SE", "CI", "OM", "CL", "PK"]


# ==========================================================================
# 1. referral letters from clinics abroad

def referral(rng, i):
    d = Doc()
    cc = REF_COUNTRIES[(i * 7 + 3) % len(REF_COUNTRIES)] if i < 25 else rng.choice(REF_COUNTRIES)
    pr = Profile(rng, cc, old_p=0.1)
    hx = host_ctx(rng)
    cl = clinic(rng, cc)
    doc, dtitle = doctor(rng, cc)
    reg_label, reg = med_reg(rng, cc)
    ds = pr.ds
    letter_date = add_days(pr.event, -rng.randint(3, 30))
    arrive = add_days(pr.event, rng.randint(1, 10))
    leave = add_days(arrive, rng.randint(7, 60))
    layout = i % 5
    spec = rng.choice(SPECIALTIES)
    if layout == 4 and cc not in ("IN", "PK", "NG", "KE", "EG", "PH"):
        cc = rng.choice(["IN", "IN", "PK", "NG", "KE", "EG", "PH"])
        pr = Profile(rng, cc, old_p=0.1)
        cl = clinic(rng, cc)
        doc, dtitle = doctor(rng, cc)
        reg_label, reg = med_reg(rng, cc)

    if layout == 0:
        d.t(cl["name"] + "\n")
        put_address(d, rng, cl["addr"], rng.choice(["one", "lines"]))
        d.t("\n")
        d.f("{a} {p}{s}{b} {f}\n", a=rng.choice(["Tel.", "Phone", "Tel:", "T"]), p=("phone", cl["phone"]),
            s=rng.choice([" · ", " | ", "   ", "\n"]), b=rng.choice(["Fax", "Fax:", "F (fax)"]), f=("fax", cl["fax"]))
        d.f("{e}  {u}\n\n", e=("email", "%s@%s" % (rng.choice(["info", "sekretariat", "referrals", "kontakt", "admin"]), cl["dom"])),
            u=("url", cl["url"]))
        d.f("{lab}{dt}\n\n", lab=rng.choice(["Date: ", "Dated ", ""]), dt=D(letter_date, ds))
        hd = hname(rng, hx["hc"])
        d.f("To: {t} {n}\nDepartment of {sp}\n{hosp}\n", t=hx["h"]["dr"], n=N(hd, rng, "full"), sp=spec, hosp=hx["hospital"])
        put_address(d, rng, hx["addr"], "lines")
        d.t("\n\n")
        d.f("Re: {n}, {b} {dob}\n", n=N(pr.p, rng, rng.choice(["formal", "full", "upper"])),
            b=rng.choice(["born", "DOB", "d.o.b.", "date of birth"]), dob=D(pr.dob, ds))
        hl, hv = health_number(rng, cc)
        d.f("{ins}, {hl} {hv}\n\n", ins=rng.choice(C[cc]["insurer"]), hl=hl, hv=("health_plan", hv))
        d.f("Dear {t} {n},\n\n", t=hx["h"]["dr"], n=N(hd, rng, "last"))
        d.f("I am writing to refer {t} {n}, a ", t=pr.en_title(), n=N(pr.p, rng, "last"))
        put_age(d, rng, pr.age, rng.choice(["N-year-old", "words-year-old"]) if pr.age > 89 else "N-year-old")
        relp, relw = nok_for(rng, pr)
        d.f(" {adj} national, who will be staying with {his} {rel} {rn} at ", adj=C[cc]["adj"], his=pr.his(),
            rel=relw, rn=N(relp, rng, rng.choice(["full", "first"])))
        d.s("address", hx["addr"].one if chance(rng, 0.3) else make_host_address(rng, hx["hc"]).one)
        d.f(" from {a} until {b}. ", a=D(arrive, rng.choice([ds, "d Month y", "d Month"])), b=D(leave, ds))
        d.t(clinical_text(rng, rng.randint(2, 4)))
        if chance(rng, 0.6):
            device_line(d, rng, ds, add_days(pr.event, -rng.randint(200, 3000)), prefix=" ")
        d.t("\n\n")
        d.f("{He} can be reached on {m} (WhatsApp) or by e-mail at {e}.\n\n", He=pr.he().capitalize(),
            m=("phone", pr.mob), e=("email", pr.email))
        d.t(rng.choice(["Kind regards,", "Yours sincerely,", "With collegial greetings,", "Best regards,"]) + "\n\n")
        d.f("{t} {n}\n{sp}\n{rl} {r}\n", t=dtitle, n=N(doc, rng, "full"), sp=spec, rl=reg_label, r=("license", reg))

    elif layout == 1:
        d.f("From: {t} {n} <{e}>\n", t=dtitle, n=N(doc, rng, "full"), e=("email", staff_email(rng, doc, cl["dom"])))
        d.f("Sent: {dt} {tm}\n", dt=D(letter_date, rng.choice([ds, "d Mon y", "dd-Mon-yy"])), tm=rand_time(rng))
        d.f("To: {e}\n", e=("email", "%s@%s" % (rng.choice(["intl.referrals", "international", "gp.liaison", "access"]), hx["dom"])))
        d.f("Subject: {w} - {n} - DOB {dob}\n\n", w=rng.choice(["Referral", "REFERRAL", "Überweisung / referral", "Medical referral"]),
            n=N(pr.p, rng, rng.choice(["formal", "upper", "full"])), dob=D(pr.dob, ds))
        d.t(rng.choice(["Dear team,", "Dear colleagues,", "Good morning,", "To whom it may concern,"]) + "\n\n")
        d.f("please find below the details of our patient {n}, {sx} born {dob}, passport no. {pp} ({adj}).\n",
            n=N(pr.p, rng, "full"), sx="male" if pr.sex == "M" else "female", dob=D(pr.dob, rng.choice([ds, "d Month y"])),
            pp=("id", passport(rng, cc)), adj=C[cc]["adj"])
        if pr.age > 89:
            d.t("Please note the patient is ")
            put_age(d, rng, pr.age, "N years old")
            d.t(" and travels with family.\n")
        d.t("\nHome address: ")
        put_address(d, rng, pr.addr, "one", country=C[cc]["name"] if chance(rng, 0.6) else None)
        d.t("\nAddress during stay: ")
        a2 = make_host_address(rng, hx["hc"])
        d.s("address", a2.one)
        d.f("\nMobile: {m}\n\n", m=("phone", pr.mob))
        d.t("Clinical summary: " + clinical_text(rng, rng.randint(2, 4)))
        if chance(rng, 0.6):
            device_line(d, rng, ds, add_days(pr.event, -rng.randint(200, 3000)), prefix=" ")
        d.t("\n")
        d.f("Last seen in our clinic on {a}; echocardiography on {b}.\n\n", a=D(add_days(letter_date, -rng.randint(1, 40)), ds),
            b=D(add_days(letter_date, -rng.randint(41, 200)), ds))
        d.t("Regards,\n")
        d.f("{n}\n{c}\n{p} | {u}\n", n=N(doc, rng, rng.choice(["full", "initial_last"])), c=cl["name"],
            p=("phone", cl["phone"]), u=("url", cl["url"]))

    elif layout == 2:
        word = {"DE": "Überweisungsschein", "PL": "Skierowanie", "DK": "Henvisning", "NL": "Verwijsbrief", "IT": "Impegnativa",
                "ES": "Hoja de derivación", "PT": "Credencial", "FR": "Lettre d'adressage", "BR": "Encaminhamento",
                "MX": "Hoja de referencia", "TR": "Sevk formu", "SE": "Remiss", "UA": "Napravlennia"}.get(cc, "Referral")
        d.t("REFERRAL FORM / %s\n%s\n" % (word, "-" * rng.randint(20, 40)))
        ssl, ssv = national_id(rng, pr.p, cc, pr.dob)
        hl, hv = health_number(rng, cc)
        items = [
            (["Surname", "Family name", "Last name"], "name", pr.p.family.upper() if chance(rng, 0.5) else pr.p.family),
            (["First name(s)", "Given names", "Forename"], "name", pr.p.given),
            (["Date of birth", "DOB", "Born"], "date", fmt_date(pr.dob, ds)),
            (["Address", "Street", "Street / No."], "address", pr.addr.street),
        ]
        kv(d, rng, items, pad=18 if chance(rng, 0.5) else 0)
        if pr.addr.postcode:
            d.f("{l}{z} / {t}\n", l=rng.choice(["Postcode / Town: ", "Postal code / City: ", "PLZ / Ort: "]),
                z=("zip", pr.addr.postcode), t=("address", pr.addr.city))
        else:
            d.f("Town: {t}\n", t=("address", pr.addr.city))
        kv(d, rng, [
            (["Telephone", "Phone", "Tel."], "phone", pr.mob),
            ("National ID (%s)" % ssl, "ssn", ssv),
            ("Insurance (%s) %s" % (rng.choice(C[cc]["insurer"]), hl), "health_plan", hv),
        ], shuffle=True)
        d.t("Reason for referral: " + clinical_text(rng, 2) + "\n")
        d.t("Requested: %s opinion during stay abroad (%s).\n" % (spec, hx["h"]["name"]))
        d.f("Referring physician: {t} {n}, {rl} {r}\n", t=dtitle, n=N(doc, rng, "full"), rl=reg_label, r=("license", reg))
        d.f("Practice: {c}, {a}\n", c=cl["name"], a=("address", cl["addr"].one))
        d.f("Date: {dt}        Signature: {s}\n", dt=D(letter_date, ds), s=("name", doc.initials()))

    elif layout == 3:
        d.t(cl["name"].upper() + "\n\n")
        hd = hname(rng, hx["hc"])
        d.f("Dear Dr. {n},\n\n", n=N(hd, rng, "last"))
        d.f("We send to you our patient {t} {n}, born on {dob}. ", t=pr.en_title(), n=N(pr.p, rng, "full"), dob=D(pr.dob, ds))
        hotel = rng.choice(["Hotel Seaview", "Grand Plaza Hotel", "Ibis-style Central (fictional)", "Harbour Lights Apartments"])
        stay = make_host_address(rng, hx["hc"])
        d.f("The patient is in holiday in your country and stay in the {h}, {a}, until {u}. ", h=hotel, a=("address", stay.one),
            u=D(add_days(pr.event, rng.randint(5, 30)), rng.choice(["d Month", "d Month y", ds])))
        d.t("%s has %s. %s\n" % (pr.he().capitalize(), rng.choice(DIAGNOSES)[1], clinical_text(rng, 2)))
        rel, relw = nok_for(rng, pr)
        d.f("{His} {rw} {rn} speak English, the telephone is {rp}. ", His=pr.his().capitalize(), rw=relw,
            rn=N(rel, rng, rng.choice(["first", "full"])), rp=("phone", chat_phone(rng, cc)))
        d.f("At home the patient live in {town}.\n\n", town=("address", pr.addr.city))
        d.f("For questions please call us {p} or write to {e}.\n\n", p=("phone", cl["phone"]),
            e=("email", staff_email(rng, doc, cl["dom"])))
        d.t(rng.choice(["With best regards", "Best greetings", "Sincerely yours"]) + "\n")
        d.f("{t} {n}\n({rl}: {r})\n", t=dtitle, n=N(doc, rng, rng.choice(["full", "initial_last"])), rl=reg_label, r=("license", reg))
        d.f("{dt}\n", dt=D(letter_date, ds))

    else:
        # Indian-style / Commonwealth-style referral
        d.t(cl["name"].upper() + "\n")
        d.t("(A unit of %s Healthcare Pvt. Ltd.)\n" % rng.choice(["Sanjeevani", "Lotus", "Kaveri", "Nile", "Pearl"]))
        d.f("{a} | Ph: {p} | Email: {e}\n", a=("address", cl["addr"].one), p=("phone", cl["phone"]),
            e=("email", "%s@%s" % (rng.choice(["intlpatients", "info", "referral"]), cl["dom"])))
        d.f("Ref. No.: {r}{sp}Date: {dt}\n", r=("id", pattern(rng, rng.choice(["SLH/REF/2024/NNNN", "REF-NNNNN", "NNN`/CARD/`NN"]))),
            sp=" " * rng.randint(4, 20), dt=D(letter_date, rng.choice(["dmy-", "dmy/", "dmy."])))
        d.f("{ml}: {m}{sep}{al}: {a}\n\n", ml=rng.choice(["UHID", "MR No.", "Hosp. Reg. No."]), m=("mrn", pattern(rng, "AANNNNNNN")),
            sep=rng.choice(["    ", " / "]), al=rng.choice(["IP No.", "Bill Acct No."]), a=("account", pattern(rng, "IPNNNNNN")))
        d.t("To,\nThe Consultant, Department of %s,\n%s,\n" % (spec, hx["hospital"]))
        put_address(d, rng, hx["addr"], "lines")
        d.t("\n\n")
        d.f("Sub: Referral of {t} {n}, ", t=pr.en_title() + ".", n=N(pr.p, rng, rng.choice(["upper", "full"])))
        if chance(rng, 0.5):
            put_age(d, rng, pr.age, "N")
            d.t("/%s" % pr.sex)
        else:
            put_age(d, rng, pr.age, "N yrs")
        d.t(", r/o ")
        d.s("address", pr.addr.one)
        d.t("\n\nRespected Sir/Madam,\n")
        d.t("The above-mentioned patient was admitted here with %s. %s Now %s is travelling to %s for further management.\n" % (
            rng.choice(DIAGNOSES)[1], clinical_text(rng, 2), pr.he(), HOSTS[hx["hc"]]["name"]))
        rel, relw = nok_for(rng, pr)
        d.f("Patient's {rw} {rn} (Mob: {m}) will accompany. Date of travel: {dt}.\n", rw=relw,
            rn=N(rel, rng, "full"), m=("phone", phone(rng, cc, "mob")), dt=D(arrive, rng.choice(["dmy-", "dmy/", "dth Month y"])))
        d.t("Thanking you,\nYours faithfully,\n\n")
        d.f("Dr. {n}\nMBBS, MD ({sp})\n{rl} {r}\n", n=N(doc, rng, "full"), sp=spec[:12], rl=reg_label, r=("license", reg))
    return d


# ==========================================================================
# 2. travel-insurance / repatriation assistance case files

ASSIST = ["EuroCare Assistance", "GlobalAid 24", "Nordic Travel Rescue", "AsiaLink Medical Assistance",
          "Atlas Repatriation Services", "Meridian Travel Assist", "Southern Cross-style Assist (fictional)"]
INSURERS_T = ["Allegra Travel Insurance", "Helvetia-style Reise (fictional)", "Blue Horizon Travel Cover",
              "TravelSafe Mutual", "Ergo-style Reiseversicherung (fictional)", "WorldNomad-style Cover (fictional)"]


def assistance(rng, i):
    d = Doc()
    cc = rng.choice(REF_COUNTRIES)
    pr = Profile(rng, cc, old_p=0.08)
    hx = host_ctx(rng)
    ds = rng.choice([pr.ds, "dmy/", "d Mon y", "dd-MON-yyyy", "dd-Mon-yy"])
    company = rng.choice(ASSIST)
    case_no = pattern(rng, rng.choice(["EC-2024-NNNNNN", "`GA/`NNNNN`/24`", "NNNNNNNN", "`AMA`-NNN-NNNNN", "`NTR24`NNNNN"]))
    policy = pattern(rng, rng.choice(["TRV-NNNNNNNNN", "NNNN-NNNN-NNNN", "AANNNNNNNA", "POL/NNNNNNN"]))
    coord, _ = doctor(rng, rng.choice(["DE", "NL", "DK", "SE", "FR", "ES", "IE"]))
    md, mdt = doctor(rng, rng.choice(["DE", "NL", "DK", "FR", "IT", "ES"]))
    stay = make_host_address(rng, hx["hc"])
    hotel = rng.choice(["Hotel Marina Bay", "Seaside Holiday Park", "The Regent Court Hotel", "Airbnb apartment",
                        "Sunrise Beach Resort", "Premier-style Inn (fictional)"])
    rel, rel_w = nok_for(rng, pr)
    ev = pr.event
    layout = i % 5
    comp_dom = org_domain(rng, "DE", company).replace(".de", rng.choice([".com", ".eu", ".de", ".nl"]))

    if layout == 0:
        d.t("%s - MEDICAL CASE FILE\n\n" % company.upper())
        kv(d, rng, [
            (["CASE NO", "Case no.", "File ref"], "id", case_no),
            (["Policy No.", "Policy number", "Insurance policy"], "health_plan", policy),
            (["Insurer", "Insurance"], None, rng.choice(INSURERS_T)),
            (["Insured", "Patient", "Client"], "name", pr.p.form(rng, rng.choice(["formal", "upper", "last_first"]))),
            (["DOB", "Date of birth"], "date", fmt_date(pr.dob, ds)),
            (["Nationality"], None, C[cc]["adj"]),
            (["Home address", "Residence"], "address", pr.addr.one),
        ], sep=": ")
        d.f("Current location: {h}, {a}\n", h=hotel, a=("address", stay.one))
        d.f("Contact: {m} / {e}\n", m=("phone", pr.mob), e=("email", pr.email))
        d.f("Treating facility: {h} ({mrnl} {mrn}), ward tel. {p}\n\n", h=hx["hospital"], mrnl=host_mrn(rng, hx["hc"])[0],
            mrn=("mrn", host_mrn(rng, hx["hc"])[1]), p=("phone", hx["phone"]))
        d.t("CASE LOG\n")
        t0 = ev
        for k in range(rng.randint(3, 5)):
            dt = add_days(t0, k if k < 2 else k + rng.randint(0, 2))
            d.f("{dt} {tm} ", dt=D(dt, ds), tm=rand_time(rng))
            who = rng.choice(["coord", "MD", "ops"])
            if k == 0:
                d.f("- Call from insured's {rw} {rn} ({rp}): {he} was admitted via ED after {dx}.\n", rw=rel_w,
                    rn=N(rel, rng, rng.choice(["first", "full"])), rp=("phone", chat_phone(rng, cc)), he=pr.he(),
                    dx=rng.choice(DIAGNOSES)[1])
            elif k == 1:
                d.f("- Medical report requested from treating doctor, {t} {n}. GOP issued up to {amt}.\n",
                    t=hx["h"]["dr"], n=N(hname(rng, hx["hc"]), rng, rng.choice(["full", "last"])), amt=money(rng, "EUR"))
            elif k == 2:
                d.f("- {t} {n} (assistance MD) reviewed: {c}\n", t=mdt, n=N(md, rng, "full"), c=clinical_sentence(rng))
            else:
                d.f("- {x} -- {ini}\n", x=rng.choice(["Fit to fly with escort, stretcher not required.",
                                                       "Repatriation by scheduled flight, seats 3A/3B (not PHI).",
                                                       "Family informed, bed booked at home hospital.",
                                                       "Awaiting discharge summary."]),
                    ini=("name", coord.initials()))
        d.f("\nCoordinator: {n}, ext. {x}\n", n=N(coord, rng, "full"), x=rng.randint(200, 899))

    elif layout == 1:
        d.t("*** FAX ***\n")
        d.f("To: Medical Records / Case Management, {h}\nFax: {f}\n", h=hx["hospital"], f=("fax", hx["fax"]))
        d.f("From: {c}, Medical Department\nFax: {f}   Tel (24h): {p}\n", c=company,
            f=("fax", phone(rng, rng.choice(["DE", "NL", "DK", "FR"]), "land")), p=("phone", phone(rng, rng.choice(["DE", "NL", "DK", "FR"]), "land")))
        d.f("Date: {dt}     Pages: {n}\n\n", dt=D(ev, ds), n=rng.randint(1, 6))
        d.f("Our ref.: {c}\nYour patient: {n}, born {dob}\nPolicy: {pol}\n\n", c=("id", case_no),
            n=N(pr.p, rng, rng.choice(["formal", "full"])), dob=D(pr.dob, ds), pol=("health_plan", policy))
        d.t("Dear colleagues,\n\nWe act on behalf of the travel insurer of the above-named patient, who was admitted to your hospital on ")
        d.s("date", fmt_date(add_days(ev, -rng.randint(0, 3)), rng.choice([hx["ds"], ds])))
        d.t(". In order to organise the repatriation we kindly ask for a medical report including diagnosis, "
            "treatment and fitness to fly. Signed consent of the patient is attached.\n")
        d.f("Please reply by fax or e-mail to {e} quoting our reference {c}.\n\n", e=("email", "medical@" + comp_dom), c=("id", case_no))
        d.f("Kind regards\n{t} {n}\nMedical Advisor\n", t=mdt, n=N(md, rng, "full"))
        d.t("\nCONFIDENTIALITY NOTICE: this fax contains medical information.\n")
        d.f("Consent signed by patient on {dt}; witness: {w}.\n", dt=D(add_days(ev, -1), ds), w=N(hname(rng, hx["hc"]), rng, "full"))

    elif layout == 2:
        d.t("REPATRIATION PLAN - %s\n" % rng.choice(["Air ambulance", "Commercial flight with escort", "Stretcher on scheduled flight"]))
        d.t("=" * 36 + "\n")
        d.f("Case {c} | Patient {n} ({adj}) | ", c=("id", case_no), n=N(pr.p, rng, rng.choice(["upper", "formal"])), adj=C[cc]["adj"])
        put_age(d, rng, pr.age, rng.choice(["N y/o", "aged N", "N yrs"]))
        d.t("\n")
        d.f("Policy holder: {ph}\nPolicy: {pol}\n\n", ph=N(rng.choice([pr.p, rel]), rng, "full"), pol=("health_plan", policy))
        d.f("Day 1 ({dt}): ground ambulance {h} -> airport, pick-up {tm}.\n", dt=D(add_days(ev, 4), ds), h=hx["hospital"], tm=rand_time(rng))
        d.f("Flight {fl}, dep {t1} arr {t2}; booking ref {pnr}.\n", fl=rng.choice(["LH 441", "KL 692", "SK 910", "TK 1980", "EK 29", "QR 17", "AF 355"]),
            t1=rand_time(rng), t2=rand_time(rng), pnr=("id", pattern(rng, "XXXXXX")))
        escort = make_person(rng, rng.choice(["DE", "NL", "DK"]))
        d.f("Escort: {n}, RN (flight nurse), mobile {m}.\n", n=N(escort, rng, "full"), m=("phone", phone(rng, escort.cc, "mob")))
        d.f("Accompanying: {rw} {rn}, passport {pp}.\n", rw=rel_w, rn=N(rel, rng, "full"), pp=("id", passport(rng, cc)))
        d.f("Receiving hospital: {h}, {a}; admitting doctor {t} {dn}.\n", h=rng.choice(C[cc]["hospitals"]),
            a=("address", make_address(rng, cc).one), t=C[cc]["drtitle"][0], dn=N(make_person(rng, cc), rng, "full"))
        d.f("Home address (for ambulance transfer): {a}\n", a=("address", pr.addr.one))
        d.t("Oxygen 2 L/min during flight; %s.\n" % vitals(rng))
        d.f("Approved: {n}, {dt}\n", n=N(md, rng, "initial_last"), dt=D(add_days(ev, 2), ds))

    elif layout == 3:
        d.t("GUARANTEE OF PAYMENT\n\n")
        d.f("{co}\n{a}\n", co=company, a=("address", make_address(rng, rng.choice(["DE", "NL", "DK", "SE"])).one))
        d.f("Tel {p} | {u}\n\n", p=("phone", phone(rng, "DE", "land")), u=("url", "www." + comp_dom))
        d.f("To: Patient Accounts, {h}\n", h=hx["hospital"])
        d.f("Date: {dt}\n", dt=D(add_days(ev, 1), hx["ds"]))
        d.f("Our file: {c}\n", c=("id", case_no))
        al, av = host_acct(rng, hx["hc"])
        d.f("Your {al}: {av}\n\n", al=al, av=("account", av))
        d.f("Re: {n}, DOB {dob}, {pl} {pol}\n\n", n=N(pr.p, rng, rng.choice(["full", "formal"])), dob=D(pr.dob, hx["ds"]),
            pl=rng.choice(["policy", "certificate no.", "member no."]), pol=("health_plan", policy))
        d.t("We hereby guarantee payment of medically necessary treatment for the above-named insured up to a maximum of %s "
            "for the admission starting " % money(rng, rng.choice(["EUR", "GBP", "USD", "AUD", "CAD"])))
        d.s("date", fmt_date(ev, hx["ds"]))
        d.t(". This guarantee excludes elective procedures, personal items and telephone charges. Please send the itemised invoice "
            "and discharge report to ")
        d.s("email", "claims@" + comp_dom)
        d.t(".\n\n")
        d.f("Signed: {n}\nClaims Handler\n", n=N(coord, rng, "full"))

    else:
        d.f("From: {n} <{e}>\nTo: {e2}\nDate: {dt} {tm}\nSubject: RE: {c} / {pn} - update\n\n",
            n=N(coord, rng, "full"), e=("email", staff_email(rng, coord, comp_dom)),
            e2=("email", "ops.team@" + comp_dom), dt=D(ev, rng.choice(["d Mon y", "dmy/", "iso"])), tm=rand_time(rng),
            c=("id", case_no), pn=N(pr.p, rng, rng.choice(["upper", "last"])))
        d.t("Hi all,\n\nquick update on ")
        d.s("name", pr.p.form(rng, rng.choice(["first_initial", "full"])))
        d.f(": spoke with ward (tel {p}) this morning. {c}\n", p=("phone", hx["phone"]), c=clinical_text(rng, 2))
        d.f("{rw} {rn} is staying at {a} and wants to fly back with {him}; their number is {rp}.\n",
            rw=rel_w.capitalize(), rn=N(rel, rng, "first"), a=("address", stay.one), him=pr.him(), rp=("phone", chat_phone(rng, cc)))
        d.f("Policy {pol} confirmed active since {dt}.\n", pol=("health_plan", policy), dt=D(add_days(ev, -rng.randint(10, 60)), ds))
        d.t("Next steps: obtain fit-to-fly, book 3 seats (J class), arrange ground transport at home airport.\n\n")
        d.f("Thanks,\n{n}\n", n=N(coord, rng, "first"))
        d.f("\n> On {dt}, {n} wrote:\n> Please check whether the patient's passport ({pp}) is with the family.\n",
            dt=D(add_days(ev, -1), rng.choice(["d Mon y", "dmy/"])), n=N(md, rng, "full"), pp=("id", passport(rng, cc)))
    return d


# ==========================================================================
# 3. overseas visitor / EHIC forms

EHIC_CC = ["DE", "PL", "DK", "NL", "IT", "ES", "PT", "FR", "IE", "SE"]


def overseas_visitor(rng, i):
    d = Doc()
    layout = i % 5
    if layout in (0, 1, 3):
        cc = rng.choice(EHIC_CC)
        hx = host_ctx(rng, "UK")
    elif layout == 2:
        cc = rng.choice(["NL", "IE", "IT", "SE", "DE", "FR", "PL", "DK"])
        hx = host_ctx(rng, rng.choice(["AU", "CA"]))
    else:
        cc = rng.choice(REF_COUNTRIES)
        hx = host_ctx(rng, rng.choice(["UK", "CA", "AU", "US"]))
    pr = Profile(rng, cc, old_p=0.05)
    ds = hx["ds"]
    ev = pr.event
    mrnl, mrn = host_mrn(rng, hx["hc"])
    ovm = hname(rng, hx["hc"])

    if layout == 0:
        d.t("%s\nOVERSEAS VISITOR DECLARATION / %s\n\n" % (hx["hospital"], rng.choice(["Form OV1", "Pre-attendance form", "NHS charging regs"])))
        ssl, ssv = national_id(rng, pr.p, cc, pr.dob)
        kv(d, rng, [
            (["Surname", "Family name"], "name", pr.p.family.upper()),
            (["Forename(s)", "First name(s)"], "name", pr.p.given),
            (["Date of birth", "DOB"], "date", fmt_date(pr.dob, rng.choice(["dmy/", "d Mon y"]))),
            ([mrnl], "mrn", mrn),
            (["NHS number (if known)", "NHS No."], "health_plan", host_health_number(rng, "UK")[1]) if chance(rng, 0.5) else
            (["NHS number (if known)"], None, "not known"),
            (["Nationality"], None, C[cc]["adj"]),
            (["Passport no.", "Passport number"], "id", passport(rng, cc)),
            (["National ID no. (%s)" % ssl, ssl], "ssn", ssv),
        ], pad=26 if chance(rng, 0.5) else 0)
        d.t("Permanent address abroad:\n")
        put_address(d, rng, pr.addr, "lines", indent="  ", country=C[cc]["name"])
        d.t("\nUK address / where staying:\n")
        put_address(d, rng, hx["addr"], "lines", indent="  ")
        d.f("\nTelephone: {p}\nE-mail: {e}\n", p=("phone", pr.mob), e=("email", pr.email))
        d.f("Date of arrival in UK: {a}    Intended departure: {b}\n", a=D(add_days(ev, -rng.randint(2, 40)), "dmy/"),
            b=D(add_days(ev, rng.randint(3, 60)), "dmy/"))
        d.t("\nEHIC / GHIC details\n")
        kv(d, rng, [
            (["3. Name"], "name", pr.p.family.upper()),
            (["4. Given names"], "name", pr.p.given.upper()),
            (["5. Date of birth"], "date", fmt_date(pr.dob, "dmy/")),
            (["6. Personal identification number"], "ssn", ssv),
            (["7. Identification number of the institution"], None, "%s - %s" % (digits(rng, 4), rng.choice(C[cc]["insurer"]))),
            (["8. Identification number of the card"], "health_plan", health_number(rng, cc)[1]),
            (["9. Expiry date"], "date", fmt_date(add_days(ev, rng.randint(200, 1500)), "dmy/")),
        ], sep=": ")
        d.f("\nChecked by: {n} (Overseas Visitor Manager), {dt}\n", n=N(ovm, rng, "full"), dt=D(ev, ds))

    elif layout == 1:
        d.t("EHIC card - transcription of front/back (copy held on file)\n\n")
        lang = {"DE": "Europäische Krankenversicherungskarte", "PL": "Europejska Karta Ubezpieczenia Zdrowotnego",
                "IT": "Tessera Europea di Assicurazione Malattia", "ES": "Tarjeta Sanitaria Europea",
                "FR": "Carte européenne d'assurance maladie", "NL": "Europese ziekteverzekeringskaart",
                "DK": "Det blå EU-sygesikringskort", "SE": "Europeiskt sjukförsäkringskort",
                "PT": "Cartão Europeu de Seguro de Doença", "IE": "European Health Insurance Card"}[cc]
        d.t("%s  [%s]\n" % (lang, {"IE": "IE"}.get(cc, cc)))
        ssl, ssv = national_id(rng, pr.p, cc, pr.dob)
        hl, hv = health_number(rng, cc)
        sep = rng.choice([" ", "  ", ". "])
        for num, lab, typ, val in [
            ("3", "Surname", "name", pr.p.family.upper()),
            ("4", "Given names", "name", pr.p.given.upper() if chance(rng, 0.5) else pr.p.given),
            ("5", "Date of birth", "date", fmt_date(pr.dob, "dmy/")),
            ("6", "Personal identification number", "ssn", ssv),
            ("7", "Institution", None, "%s - %s" % (digits(rng, 5), rng.choice(C[cc]["insurer"]))),
            ("8", "Card identification number", "health_plan", hv),
            ("9", "Expiry", "date", fmt_date(add_days(ev, rng.randint(100, 1800)), "dmy/")),
        ]:
            d.t("%s%s" % (num, sep) + ("(%s) " % lab if chance(rng, 0.6) else ""))
            if typ:
                d.s(typ, val)
            else:
                d.t(val)
            d.t("\n")
        d.f("\nPatient {n}, {mrnl} {mrn}, attended {dept} on {dt}.\n", n=N(pr.p, rng, "full"), mrnl=mrnl, mrn=("mrn", mrn),
            dept=rng.choice(["ED", "fracture clinic", "maternity triage", "UTC"]), dt=D(ev, ds))
        d.f("Temporary address: {a}. Contact {p}.\n", a=("address", hx["addr"].one), p=("phone", pr.mob))
        d.t("Treatment: %s Chargeable: no (EHIC valid). Cost recovery via EEA reporting.\n" % clinical_sentence(rng))
        d.f("Scanned by {n} on {dt} at {tm}.\n", n=N(ovm, rng, rng.choice(["full", "initial_last"])), dt=D(ev, ds), tm=rand_time(rng))

    elif layout == 2:
        au = hx["hc"] == "AU"
        d.t("%s\n%s\n\n" % (hx["hospital"], "RECIPROCAL HEALTH CARE AGREEMENT - VISITOR ELIGIBILITY" if au else
                               "UNINSURED / NON-RESIDENT PATIENT REGISTRATION"))
        items = [
            (["Family name", "Surname", "Last name"], "name", pr.p.family),
            (["Given name(s)", "First name"], "name", pr.p.given),
            (["Date of birth", "DOB"], "date", fmt_date(pr.dob, ds)),
            (["Country of residence"], None, C[cc]["name"]),
            (["Passport number", "Passport #"], "id", passport(rng, cc)),
            (["Visa grant no.", "Visa / ETA no.", "eTA no."], "id", pattern(rng, rng.choice(["NNNNNNNNNNNNN", "VNNNNNNNN", "ANNNNNNNNN"]))),
            ([mrnl], "mrn", mrn),
        ]
        kv(d, rng, items, shuffle=chance(rng, 0.5))
        hl, hv = health_number(rng, cc)
        d.f("Home-country health cover: {ins}, {hl} {hv}\n", ins=rng.choice(C[cc]["insurer"]), hl=hl, hv=("health_plan", hv))
        if au:
            d.f("Interim Medicare card issued: {mc}  (valid to {dt})\n", mc=("health_plan", pattern(rng, "ZNNN NNNNN N")),
                dt=D(add_days(ev, rng.randint(30, 180)), "dmy/"))
        else:
            d.f("Provincial health card: none. Private travel policy {pol} with {co}.\n", pol=("health_plan", pattern(rng, "TRVNNNNNNN")),
                co=rng.choice(INSURERS_T))
        d.t("Address in %s: " % HOSTS[hx["hc"]]["name"])
        d.s("address", hx["addr"].one)
        d.t("\nHome address: ")
        put_address(d, rng, pr.addr, "one")
        if pr.addr.postcode and chance(rng, 0.6):
            d.f("\nHome postcode (for billing system): {z}", z=("zip", pr.addr.postcode))
        d.f("\nPhone: {p}   Alt: {p2}\n", p=("phone", phone(rng, hx["hc"])), p2=("phone", pr.mob))
        d.f("Eligibility checked by {n} on {dt}.\n", n=N(ovm, rng, "full"), dt=D(ev, ds))

    elif layout == 3:
        d.f("OVERSEAS VISITOR MANAGER - file note\nPatient: {n}   {mrnl}: {mrn}\n", n=N(pr.p, rng, "formal"), mrnl=mrnl, mrn=("mrn", mrn))
        d.f("Date: {dt}\n\n", dt=D(ev, ds))
        ssl, ssv = national_id(rng, pr.p, cc, pr.dob)
        d.f("Spoke to {t} {n} on the ward. {He} is {adj} citizen, resident at ", t=pr.en_title(), n=N(pr.p, rng, "last"),
            He=pr.he().capitalize(), adj=a_an(C[cc]["adj"]))
        d.s("address", pr.addr.one)
        d.t(", visiting ")
        rel, relw = nok_for(rng, pr)
        d.f("{his} {rw} {rn} in ", his=pr.his(), rw=relw, rn=N(rel, rng, rng.choice(["first", "full"])))
        d.s("address", hx["addr"].city)
        d.t(". No physical EHIC available; a Provisional Replacement Certificate (PRC) was requested from the "
            "%s institution by e-mail and received the same day.\n" % C[cc]["adj"])
        d.f("PRC shows {ssl} {ssv}, card no. {hv}, valid {a} to {b}.\n", ssl=ssl, ssv=("ssn", ssv), hv=("health_plan", health_number(rng, cc)[1]),
            a=D(add_days(ev, -5), rng.choice(["dmy/", "dmy."])), b=D(add_days(ev, 60), rng.choice(["dmy/", "dmy."])))
        d.f("Relative's contact number: {p}. Patient's e-mail for correspondence: {e}.\n", p=("phone", chat_phone(rng, cc)), e=("email", pr.email))
        d.t("Not chargeable under reciprocal arrangement. Finance informed.\n")
        d.f("-- {ini}, OVM (ext {x})\n", ini=("name", ovm.initials()), x=rng.randint(2000, 7999))

    else:
        d.t("| Field | Value |\n|---|---|\n")
        ssl, ssv = national_id(rng, pr.p, cc, pr.dob)
        rows = [
            ("Patient name", "name", pr.p.form(rng, rng.choice(["formal", "full"]))),
            ("Date of birth", "date", fmt_date(pr.dob, rng.choice([ds, pr.ds]))),
            (mrnl, "mrn", mrn),
            ("Passport", "id", passport(rng, cc)),
            ("National ID (%s)" % ssl, "ssn", ssv),
            ("Home country address", "address", pr.addr.one),
            ("Home postcode", "zip", pr.addr.postcode) if pr.addr.postcode else ("Home town", "address", pr.addr.city),
            ("Local address", "address", hx["addr"].one),
            ("Mobile (home SIM)", "phone", pr.mob),
            ("Travel insurer", None, rng.choice(INSURERS_T)),
            ("Policy no.", "health_plan", pattern(rng, "AANNNNNNNN")),
            ("Emergency contact", "name", make_person(rng, cc).full()),
            ("Date registered", "date", fmt_date(ev, ds)),
        ]
        for lab, typ, val in rows:
            d.t("| %s | " % lab)
            if typ:
                d.s(typ, val)
            else:
                d.t(val)
            d.t(" |\n")
        d.t("\nCategory: %s. Completed by " % rng.choice(["chargeable - deposit requested", "exempt (asylum seeker)",
                                                         "exempt (EHIC)", "chargeable - travel insurance"]))
        d.s("name", ovm.form(rng, "initial_last"))
        d.t(".\n")
    return d


# ==========================================================================
# 4. medical tourism coordinator e-mails

TOURISM = [("TR", "Bosphorus Health Travel"), ("IN", "MediBridge India"), ("MX", "Baja Smile Journeys"),
           ("PL", "Dental Poland Direct"), ("KR", "Seoul Beauty Medical Tours"), ("DE", "German Med Concierge"),
           ("ES", "Costa Salud International"), ("BR", "Rio Cirurgia Plástica Tours"), ("PH", "Manila MedTravel"),
           ("CN", "Beijing TCM Wellness Travel"), ("EG", "Nile Medical Journeys"), ("PT", "Lisbon Care Connect")]
PROCS = ["hair transplant (FUE, 3500 grafts)", "full-mouth dental implants (All-on-4)", "knee replacement",
         "gastric sleeve", "rhinoplasty", "IVF cycle", "cataract surgery (both eyes)", "hip resurfacing",
         "cardiac check-up package", "abdominoplasty", "LASIK"]


def tourism(rng, i):
    d = Doc()
    cc, agency = TOURISM[(i * 5) % len(TOURISM)] if chance(rng, 0.6) else rng.choice(TOURISM)
    hc = rng.choice(["US", "UK", "CA", "AU"])
    hx = host_ctx(rng, hc)
    pat = host_person(rng, hc) if chance(rng, 0.6) else make_person(rng, rng.choice(REF_COUNTRIES))
    coord = make_person(rng, cc)
    dom = org_domain(rng, cc, agency)
    pemail = email(rng, pat, rng.choice(["gmail.com", "outlook.com", "icloud.com", "yahoo.com", "hotmail.co.uk", "bigpond.com"]))
    cemail = staff_email(rng, coord, dom)
    ev = rand_date(rng, 2023, 2025)
    ds = rng.choice(["d Mon y", "dmy/", "Month d, y", "d Month y", "iso"])
    proc = rng.choice(PROCS)
    hosp = rng.choice(C[cc]["hospitals"])
    wa = phone(rng, cc, "mob")
    layout = i % 5

    def signature():
        d.t("\n--\n")
        d.s("name", coord.full())
        d.t("\n%s, %s\n" % (rng.choice(["Patient Coordinator", "International Patient Advisor", "Case Manager", "Medical Travel Consultant"]), agency))
        d.t(rng.choice(["WhatsApp", "WhatsApp / Viber", "Mobile & WhatsApp", "WA"]) + ": ")
        d.s("phone", wa)
        if chance(rng, 0.6):
            d.t("  |  Office: ")
            d.s("phone", phone(rng, cc, "land"))
        d.t("\n")
        d.s("url", url(rng, dom))
        d.t("\n")

    if layout == 0:
        d.f("From: {cn} <{ce}>\nTo: {pn} <{pe}>\nDate: {dt}, {tm}\nSubject: Your {pr} - treatment plan and quote\n\n",
            cn=N(coord, rng, "full"), ce=("email", cemail), pn=N(pat, rng, "full"), pe=("email", pemail),
            dt=D(ev, rng.choice(["d Mon y", "Mon d, y"])), tm=rand_time(rng), pr=proc.split(" (")[0])
        d.f("Dear {n},\n\n", n=N(pat, rng, rng.choice(["first", "full"])))
        d.f("Thank you for sending your photos and X-rays. Our surgeon, {t} {dn}, has reviewed them and confirms you are a suitable "
            "candidate for {pr} at {h}.\n\n", t=rng.choice(C[cc]["drtitle"]), dn=N(make_person(rng, cc), rng, "full"), pr=proc, h=hosp)
        d.t("Package price: %s, including %d nights hotel, VIP airport transfers and an interpreter. Deposit: %s.\n" % (
            money(rng, rng.choice(["EUR", "GBP", "USD"])), rng.randint(3, 10), money(rng, rng.choice(["EUR", "GBP"]))))
        d.f("Suggested dates: arrival {a}, surgery {b}, flight home {c}.\n", a=D(add_days(ev, 30), ds), b=D(add_days(ev, 32), ds),
            c=D(add_days(ev, 38), ds))
        d.f("Please send a scan of your passport and your date of birth; your patient file number is {pid}.\n",
            pid=("id", pattern(rng, rng.choice(["BHT-NNNNN", "MBI/NNNN/NN", "PNNNNNN"]))))
        signature()
        if chance(rng, 0.5):
            d.f("\nSent from {ip} via webmail\n", ip=("ip_address", "%d.%d.%d.%d" % (rng.randint(31, 223), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))))

    elif layout == 1:
        d.t("---------- Forwarded message ---------\n")
        d.f("From: {pn} <{pe}>\nDate: {dt}\nSubject: Fwd: post-op problem\nTo: {ce}\n\n", pn=N(pat, rng, "full"), pe=("email", pemail),
            dt=D(add_days(ev, 20), rng.choice(["Mon d, y", "d Mon y"])), ce=("email", cemail))
        d.f("Hi {cf},\n\nForwarding this to you as my GP here wants the operation notes. ", cf=N(coord, rng, "first"))
        d.f("I had my {pr} on {dt} and since I got home I have {sx}. My GP is {t} {gp} at {pr2}, fax {fx}.\n",
            pr=proc.split(" (")[0], dt=D(ev, rng.choice(["d Month", "d Month y", "Month dth"])),
            sx=rng.choice(["a temperature of 38.6", "swelling and pain 7/10", "some oozing from the wound"]),
            t=hx["h"]["dr"], gp=N(hname(rng, hc), rng, "full"), pr2=rng.choice(["the Parkside Surgery", "Harbour Medical Practice", "Maple Family Health Team"]),
            fx=("fax", hx["fax"]))
        d.f("My address for the courier is {a}. You can call me on {p}.\n\nThanks, {pf}\n\n", a=("address", make_host_address(rng, hc).one),
            p=("phone", phone(rng, hc)), pf=N(pat, rng, "first"))
        d.f("On {dt} {cn} <{ce}> wrote:\n> Dear {pf}, we hope you are recovering well. Your discharge letter is attached.\n"
            "> Patient no. {pid}; please keep it for any correspondence.\n",
            dt=D(add_days(ev, 6), rng.choice(["d Mon y", "dmy/"])), cn=N(coord, rng, "full"), ce=("email", cemail),
            pf=N(pat, rng, "first"), pid=("mrn", pattern(rng, rng.choice(["NNNNNNN", "HNNNNNN", "MR-NNNNNN"]))))

    elif layout == 2:
        d.f("Subject: ITINERARY - {pn} - {pr}\n\n", pn=N(pat, rng, rng.choice(["upper", "full"])), pr=proc.split(" (")[0])
        d.f("Dear {t} {pl},\n\nhere is your confirmed programme:\n\n", t=("Mr" if pat.sex == "M" else rng.choice(["Mrs", "Ms"])), pl=N(pat, rng, "last"))
        hotel_addr = make_address(rng, cc)
        steps = [
            lambda: d.f("{dt} - arrival {fl}; our driver {dn} ({dp}) will wait with a sign.\n", dt=D(ev, ds),
                        fl=rng.choice(["TK 1980", "AI 162", "AM 2", "LO 282", "KE 908", "EY 17"]),
                        dn=N(make_person(rng, cc, "M"), rng, rng.choice(["first", "full"])), dp=("phone", chat_phone(rng, cc))),
            lambda: d.f("Hotel: {h}, {a} (check-in 14:00, room booked under your name)\n",
                        h=rng.choice(["Hotel Amaris", "Park Suites", "Residence Lumière", "Golden Tulip-style (fictional)"]),
                        a=("address", hotel_addr.one)),
            lambda: d.f("{dt} 09:00 - consultation and blood tests at {h}\n", dt=D(add_days(ev, 1), ds), h=hosp),
            lambda: d.f("{dt} - procedure; expected stay 2 nights (room {r})\n", dt=D(add_days(ev, 2), ds), r=rng.randint(201, 780)),
            lambda: d.f("{dt} - follow-up and fit-to-fly check\n", dt=D(add_days(ev, 6), ds)),
        ]
        for s in steps:
            s()
        d.f("\nInterpreter: {n} ({lang}/English), mobile {m}\n", n=N(make_person(rng, cc), rng, "full"), lang=C[cc]["lang"],
            m=("phone", phone(rng, cc, "mob")))
        d.f("Emergency contact you gave us: {rn}, {rp}\n", rn=N(host_person(rng, hc), rng, "full"), rp=("phone", phone(rng, hc)))
        signature()

    elif layout == 3:
        d.f("Hello {pf},\n\n", pf=N(pat, rng, rng.choice(["first", "lower_first"])))
        d.t("just confirming we received your deposit of %s (bank transfer ref. " % money(rng, rng.choice(["EUR", "GBP", "USD"])))
        d.s("id", pattern(rng, "TRNNNNNNNNN"))
        d.t(").\n")
        d.f("I have registered you with the clinic: patient ID {pid}, DOB {dob}, passport {pp}.\n",
            pid=("mrn", pattern(rng, "NNNNNNNN")), dob=D(rand_date(rng, 1950, 1995), rng.choice(["dmy/", "d Mon y", "mdy/"])),
            pp=("id", pattern(rng, rng.choice(["NNNNNNNNN", "ANNNNNNNN", "PANNNNNNN"]))))
        d.f("Your pre-op tests (HbA1c, ECG) can be done at home; please ask your GP to e-mail results to {ce} "
            "or upload them at {u}.\n", ce=("email", cemail), u=("url", "https://portal.%s/upload?case=%s" % (dom, digits(rng, 6))))
        d.t("Please stop %s 5 days before surgery. Bring compression stockings.\n" % rng.choice(["aspirin 100 mg", "ibuprofen", "fish oil 1000 mg"]))
        d.f("Your travel companion {cn} is also booked on the transfer.\n", cn=N(host_person(rng, hc), rng, rng.choice(["first", "full"])))
        signature()

    else:
        d.t("[WhatsApp Business - chat export]\n")
        t0 = rng.randint(8, 20)
        pn = pat.form(rng, rng.choice(["full", "first"]))
        lines = [
            ("c", "Good morning! This is {cf} from %s \U0001F60A" % agency),
            ("p", "hi, yes thanks. landed ok. my number here is {pp}"),
            ("c", "Perfect. Driver {dn} is outside gate B, plate {pl}"),
            ("p", "found him. what time tomorrow?"),
            ("c", "Consultation {dt} at 10:00 with {t} {dr}. Please fast from midnight"),
            ("p", "ok. btw my partner {wf} will come too, email is {we}"),
        ]
        drv = make_person(rng, cc, "M")
        wife = host_person(rng, hc)
        for who, tmpl in lines:
            d.t("[%02d:%02d] " % (t0, rng.randint(0, 59)))
            if who == "c":
                d.s("name", coord.form(rng, rng.choice(["full", "first"])))
            else:
                d.s("name", pn)
            d.t(": ")
            d.f(tmpl, cf=N(coord, rng, "first"), pp=("phone", chat_phone(rng, hc)), dn=N(drv, rng, "first"),
                pl=("vehicle", plate(rng, cc)), dt=D(add_days(ev, 1), rng.choice(["d Mon", "d/m", "d Month"])),
                t=rng.choice(C[cc]["drtitle"]), dr=N(make_person(rng, cc), rng, "last"), wf=N(wife, rng, "first"),
                we=("email", email(rng, wife, "gmail.com")))
            d.t("\n")
        d.f("\n{cn}\n{ag} | WhatsApp {wa}\n", cn=N(coord, rng, "full"), ag=agency, wa=("phone", wa))
    return d


STYLES = [("referral_abroad", referral), ("travel_assistance", assistance),
          ("overseas_visitor_form", overseas_visitor), ("medical_tourism_email", tourism)]
