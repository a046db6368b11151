"""Styles 9-12: foreign hospital invoices and remittances, embassy and
consulate letters, foreign lab reports, chat/SMS threads with family abroad."""
from kit import *  # noqa: F401,F403
from common import (Doc, slug, fmt_date, add_days, rand_time, chance, pattern, digits, nz_digits, letters, money,
                    put_age, DIAGNOSES, med_line, clinical_text, clinical_sentence, vitals, labs, rand_date)
from countries import C, HOSTS

# --------------------------------------------------------------------------
# bank details

IBAN_FMT = {"DE": "NNNNNNNNNNNNNNNNNN", "PL": "NNNNNNNNNNNNNNNNNNNNNNNN", "NL": "AAAANNNNNNNNNN",
            "IT": "ANNNNNNNNNNNNNNNNNNNNNN", "ES": "NNNNNNNNNNNNNNNNNNNN", "PT": "NNNNNNNNNNNNNNNNNNNNN",
            "FR": "NNNNNNNNNNNNNNNNNNNNNNN", "DK": "NNNNNNNNNNNNNN", "SE": "NNNNNNNNNNNNNNNNNNNN",
            "IE": "AAAANNNNNNNNNNNNNN", "TR": "NNNNNNNNNNNNNNNNNNNNNN", "GB": "AAAANNNNNNNNNNNNNN",
            "BR": "NNNNNNNNNNNNNNNNNNNNNNNAN", "EG": "NNNNNNNNNNNNNNNNNNNNNNNNN", "UA": "NNNNNNNNNNNNNNNNNNNNNNNNN"}
BANKS = {"DE": ("Stadtsparkasse Nordheide (fictional)", "NOLADE21XXX"), "PL": ("Bank Polski Kredyt (fictional)", "BPKOPLPW"),
         "NL": ("Rivierbank N.V. (fictional)", "RIVBNL2A"), "IT": ("Banca Popolare del Lago (fictional)", "BPLAITMMXXX"),
         "ES": ("Caja Rural del Mar (fictional)", "CRMAESMMXXX"), "PT": ("Banco Atlântico (fictional)", "BATLPTPL"),
         "FR": ("Crédit Régional (fictional)", "CRGLFRPPXXX"), "DK": ("Nordbank A/S (fictional)", "NORDDKKK"),
         "SE": ("Västbanken (fictional)", "VASTSESS"), "IE": ("Bank of the West Coast (fictional)", "BWCIIE2D"),
         "TR": ("Anadolu Katılım Bankası (fictional)", "ANKBTRIS"), "GB": ("Northgate Bank plc (fictional)", "NGTBGB2L"),
         "BR": ("Banco do Cerrado (fictional)", "BCERBRSP"), "EG": ("Nile Commercial Bank (fictional)", "NCBKEGCX"),
         "UA": ("Dnipro Bank (fictional)", "DNBKUAUK")}


def iban(rng, cc, grouped=True):
    bban = pattern(rng, IBAN_FMT[cc])
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    check = 98 - int(num) % 97
    s = "%s%02d%s" % (cc, check, bban)
    if grouped:
        s = " ".join(s[k:k + 4] for k in range(0, len(s), 4))
    return s


def bic(rng, cc):
    return BANKS[cc][1]


INV_CC = ["DE", "PL", "NL", "IT", "ES", "PT", "FR", "DK", "SE", "IE", "TR", "BR", "EG", "UA"]


# ==========================================================================
# 9. invoices and payment remittances from foreign hospitals

def invoice(rng, i):
    d = Doc()
    layout = i % 5
    cc = INV_CC[(i * 3) % len(INV_CC)] if chance(rng, 0.5) else rng.choice(INV_CC)
    pcc = rng.choice(["UK", "US", "CA", "AU"])
    pat = host_person(rng, pcc)
    paddr = make_host_address(rng, pcc)
    cl = clinic(rng, cc)
    ds = C[cc]["dates"][0]
    ev = rand_date(rng, 2022, 2025)
    inv_no = pattern(rng, rng.choice(["RE-2024-NNNNNN", "`FV/`NNNN`/24`", "NNNNNNNNN", "INV-NNNNN", "`FAC`-NNNNNNN"]))
    acct = pattern(rng, rng.choice(["NNNNNNN", "`PA`-NNNNNN", "NNNN-NNNN"]))
    cur = {"DE": "EUR", "PL": "PLN", "NL": "EUR", "IT": "EUR", "ES": "EUR", "PT": "EUR", "FR": "EUR", "DK": "DKK",
           "SE": "SEK", "IE": "EUR", "TR": "TRY", "BR": "BRL", "EG": "EGP", "UA": "UAH"}[cc]
    bank, bicv = BANKS[cc]
    ib = iban(rng, cc, grouped=chance(rng, 0.7))

    def items(n):
        for k in range(n):
            desc = rng.choice(["Emergency department attendance", "Inpatient day, general ward", "CT abdomen with contrast",
                               "Laboratory panel", "Orthopaedic surgery (ORIF ankle)", "Physician fees", "Medication",
                               "Intensive care day", "Ambulance transport", "X-ray chest 2 views", "Plaster cast"])
            qty = rng.randint(1, 6)
            d.t("  %-38s %2d   %s\n" % (desc, qty, money(rng, cur)))

    if layout == 0:
        d.t(cl["name"] + "\n")
        d.f("{a} | Tel {p} | {e} | {u}\n", a=("address", cl["addr"].one), p=("phone", cl["phone"]),
            e=("email", "billing@" + cl["dom"]), u=("url", cl["url"]))
        d.t("VAT ID: %s%s\n\n" % (cc if cc != "GB" else "GB", digits(rng, 9)))
        d.f("INVOICE No. {inv}{sp}Date: {dt}\n", inv=("account", inv_no), sp=" " * rng.randint(3, 16), dt=D(ev, ds))
        d.f("Patient account no.: {ac}\n\n", ac=("account", acct))
        d.f("Patient: {n}\nDate of birth: {dob}\n", n=N(pat, rng, rng.choice(["full", "formal"])),
            dob=D(rand_date(rng, 1935, 2004), ds))
        d.t("Billing address:\n")
        put_address(d, rng, paddr, "lines", indent="  ", country=HOSTS[pcc]["name"])
        d.f("\nTravel insurer: {ins}, policy no. {pol}\n", ins=rng.choice(["Blue Horizon Travel Cover", "TravelSafe Mutual", "Allegra Travel Insurance"]),
            pol=("health_plan", pattern(rng, rng.choice(["TRVNNNNNNN", "NNNN-NNNN-NNNN"]))))
        d.f("Treatment period: {a} - {b}\n\n", a=D(ev, ds), b=D(add_days(ev, rng.randint(0, 9)), ds))
        d.t("  Description                            Qty  Amount\n")
        items(rng.randint(3, 6))
        d.t("  TOTAL DUE: %s\n\n" % money(rng, cur))
        d.t("Please pay within 30 days to:\n")
        d.f("Bank: {b}\nIBAN: {ib}\nBIC/SWIFT: {bic}\nReference: {inv}\n", b=bank, ib=("account", ib), bic=bicv, inv=("account", inv_no))

    elif layout == 1:
        payer = rng.choice(["EuroCare Assistance", "GlobalAid 24", "Nordic Travel Rescue", "Meridian Travel Assist"])
        d.t("REMITTANCE ADVICE\n\n")
        d.f("Payer: {p}\nPayee: {h}\nPayee IBAN: {ib}   BIC: {bic}\nPayment date: {dt}   Value date: {vd}\n",
            p=payer, h=cl["name"], ib=("account", ib), bic=bicv, dt=D(ev, "dmy."), vd=D(add_days(ev, 2), "dmy."))
        d.f("Payment run: {r}\n\n", r=("id", pattern(rng, "`PR`NNNNNNN")))
        d.t("| Claim ref | Patient | Policy | Your invoice | Amount |\n|---|---|---|---|---|\n")
        for k in range(rng.randint(2, 4)):
            pp = host_person(rng, rng.choice(["UK", "US", "CA", "AU"])) if chance(rng, 0.5) else make_person(rng, rng.choice(list(C.keys())))
            d.t("| ")
            d.s("id", pattern(rng, "`CLM`-NNNNNNN"))
            d.t(" | ")
            d.s("name", pp.form(rng, rng.choice(["formal", "upper", "last_first"])))
            d.t(" | ")
            d.s("health_plan", pattern(rng, "AANNNNNNNN"))
            d.t(" | ")
            d.s("account", inv_no if k == 0 else pattern(rng, "NNNNNNNNN"))
            d.t(" | %s |\n" % money(rng, cur))
        d.t("\nDeductions: excess %s (policy terms). Queries: " % money(rng, cur))
        d.s("email", "accounts.payable@" + org_domain(rng, "NL", payer).replace(".nl", ".com"))
        d.t("\n")

    elif layout == 2:
        d.t("%s\nPATIENT STATEMENT / HESAP EKSTRESİ\n\n" % cl["name"].upper() if cc == "TR" else "%s\nPATIENT STATEMENT\n\n" % cl["name"].upper())
        hn = pattern(rng, "NNNNNNN")
        kv(d, rng, [
            (["HN (hospital no.)", "Hospital No.", "Protocol no."], "mrn", hn),
            (["AN (admission no.)", "Admission no.", "Visit no."], "account", pattern(rng, "`AN`NNNNNNN")),
            (["Name", "Patient"], "name", pat.form(rng, "passport")),
            (["Passport"], "id", pattern(rng, rng.choice(["NNNNNNNNN", "ANNNNNNNN"]))),
            (["Mobile"], "phone", phone(rng, pcc)),
            (["Guarantee letter no.", "GOP ref"], "id", pattern(rng, "`GOP`-NNNNNN")),
        ], sep=": ")
        d.f("Admission {a} {t1} / Discharge {b} {t2}\n\n", a=D(ev, ds), t1=rand_time(rng), b=D(add_days(ev, rng.randint(1, 6)), ds), t2=rand_time(rng))
        items(rng.randint(3, 5))
        if cur != "EUR":
            d.t("\nSubtotal %s; exchange rate 1 EUR = %.4f %s; paid by insurer %s; patient share %s.\n" % (
                money(rng, cur), rng.uniform(1.5, 40), cur, money(rng, "EUR"), money(rng, "EUR")))
        else:
            d.t("\nSubtotal %s; paid by insurer %s; patient share %s.\n" % (money(rng, cur), money(rng, cur), money(rng, cur)))
        d.f("Cashier: {n}   Printed {dt} {tm}\n", n=N(make_person(rng, cc), rng, rng.choice(["initial_last", "initials"])), dt=D(add_days(ev, 6), ds), tm=rand_time(rng))

    elif layout == 3:
        fin = make_person(rng, cc)
        d.f("From: {n} <{e}>\nTo: {pe}\nSubject: Outstanding invoice {inv} - {pn}\n\n", n=N(fin, rng, "full"),
            e=("email", staff_email(rng, fin, cl["dom"])), pe=("email", email(rng, pat, rng.choice(["gmail.com", "outlook.com", "btinternet.com"]))),
            inv=("account", inv_no), pn=N(pat, rng, "upper"))
        d.f("Dear {t} {n},\n\n", t=("Mr" if pat.sex == "M" else rng.choice(["Ms", "Mrs"])), n=N(pat, rng, "last"))
        d.f("our records show that invoice {inv} dated {dt} for treatment at {h} remains unpaid. ", inv=("account", inv_no),
            dt=D(ev, rng.choice([ds, "d Month y"])), h=cl["name"])
        d.t("Outstanding balance: %s. Your travel insurer declined the claim (pre-existing condition).\n\n" % money(rng, cur))
        d.t("You can pay by bank transfer:\n")
        if cc == "IE" or chance(rng, 0.2):
            d.f("  Account name: {h}\n  Sort code: {sc}   Account no.: {an}\n", h=cl["name"], sc=pattern(rng, "NN-NN-NN"),
                an=("account", digits(rng, 8)))
        d.f("  IBAN {ib}\n  BIC {bic}\n", ib=("account", ib), bic=bicv)
        d.f("or by card on {u}. Please quote your patient number {pn}.\n\n", u=("url", "https://pay.%s/invoice/%s" % (cl["dom"], digits(rng, 8))),
            pn=("mrn", acct))
        d.f("The invoice was sent to {a}; please let us know if this address is no longer valid.\n\n", a=("address", paddr.one))
        d.f("Kind regards\n{n}\nPatient Accounts | {p}\n", n=N(fin, rng, rng.choice(["full", "first"])), p=("phone", cl["phone"]))

    else:
        dcc = rng.choice(["TR", "PL", "ES", "PT", "IT", "BR", "EG"])
        cl = clinic(rng, dcc)
        dentist, dt_ = doctor(rng, dcc)
        cur2 = "EUR" if dcc != "TR" else rng.choice(["EUR", "GBP"])
        d.t("%s - DENTAL RECEIPT\n" % cl["name"])
        d.f("{a}\n", a=("address", cl["addr"].one))
        d.f("Receipt no. {r}   Patient file {f}   Date {dt}\n\n", r=("account", pattern(rng, "`R`NNNNNN")), f=("mrn", pattern(rng, "NNNNN")),
            dt=D(ev, C[dcc]["dates"][0]))
        d.f("Received from: {n}, {a}\n", n=N(pat, rng, "full"), a=("address", paddr.one))
        for tooth in rng.sample([11, 12, 14, 16, 21, 24, 26, 36, 37, 46, 47], rng.randint(2, 4)):
            d.t("  Tooth %d (FDI): %s ........ %s\n" % (tooth, rng.choice(["implant (Straumann-type) + abutment", "zirconia crown",
                                                                             "root canal treatment", "extraction", "composite filling"]),
                                                    money(rng, cur2)))
        d.t("  Panoramic X-ray (OPG) ........ %s\n" % money(rng, cur2))
        d.t("Total paid: %s by %s.\n" % (money(rng, cur2), rng.choice(["card", "cash", "bank transfer"])))
        d.f("Treating dentist: {t} {n}\nNext appointment: {dt} 10:30\nWhatsApp for aftercare: {w}\n", t=dt_, n=N(dentist, rng, "full"),
            dt=D(add_days(ev, rng.randint(90, 180)), C[dcc]["dates"][0]), w=("phone", phone(rng, dcc, "mob")))
    return d


# ==========================================================================
# 10. embassy / consulate letters

EMB_CC = ["PL", "UA", "PH", "IN", "NG", "KE", "MX", "BR", "VN", "CN", "KR", "JP", "TR", "EG", "IT", "ES", "DE", "PK", "CL", "OM"]
FULL_STATE = {"PL": "the Republic of Poland", "UA": "Ukraine", "PH": "the Republic of the Philippines", "IN": "India",
              "NG": "the Federal Republic of Nigeria", "KE": "the Republic of Kenya", "MX": "Mexico", "BR": "Brazil",
              "VN": "the Socialist Republic of Viet Nam", "CN": "the People's Republic of China", "KR": "the Republic of Korea",
              "JP": "Japan", "TR": "the Republic of Türkiye", "EG": "the Arab Republic of Egypt", "IT": "Italy", "ES": "Spain",
              "DE": "the Federal Republic of Germany", "PK": "the Islamic Republic of Pakistan", "CL": "Chile", "OM": "the Sultanate of Oman"}


def embassy(rng, i):
    d = Doc()
    layout = i % 5
    cc = EMB_CC[i % len(EMB_CC)] if chance(rng, 0.5) else rng.choice(EMB_CC)
    hc = rng.choice(["UK", "US", "CA", "AU"])
    hx = host_ctx(rng, hc)
    pr = Profile(rng, cc, old_p=0.08)
    ev = pr.event
    kind = rng.choice(["Embassy", "Consulate General", "High Commission"] if cc in ("IN", "NG", "KE", "PK") else ["Embassy", "Consulate General"])
    mission = "%s of %s" % (kind, FULL_STATE[cc])
    emb_addr = make_host_address(rng, hc)
    consul = make_person(rng, cc)
    cons_dom = "%s.%s" % (rng.choice(["consular", "emb", "mission", "konsulat"]), {"UK": "example.org.uk", "US": "example.org",
                                                                                   "CA": "example.ca", "AU": "example.org.au"}[hc])
    ref = pattern(rng, rng.choice(["`CONS/`NNNN`/24`", "NNN/2024", "`KON`.NNNN.NNN.2024", "`C-`NNNNN"]))
    pp = passport(rng, cc)
    ds = hx["ds"]
    nok, nokw = nok_for(rng, pr)

    if layout == 0:
        d.t("%s\nConsular Section\n" % mission.upper())
        d.f("{a}\nTel. {p}   Fax {f}   {e}\n\n", a=("address", emb_addr.one), p=("phone", phone(rng, hc)), f=("fax", phone(rng, hc)),
            e=("email", "consular@" + cons_dom))
        d.f("Our ref: {r}\n{dt}\n\n", r=("id", ref), dt=D(ev, rng.choice(["d Month y", ds])))
        d.f("The Medical Director\n{h}\n", h=hx["hospital"])
        put_address(d, rng, hx["addr"], "lines")
        d.f("\n\nRe: {adj} citizen {n}, born {dob}, passport no. {pp}\n\n", adj=C[cc]["adj"], n=N(pr.p, rng, rng.choice(["full", "upper"])),
            dob=D(pr.dob, rng.choice([ds, pr.ds])), pp=("id", pp))
        d.t("Dear Sir or Madam,\n\nThe Consular Section has been informed that the above-named ")
        if pr.age > 89:
            put_age(d, rng, pr.age, "N-year-old")
            d.t(" ")
        d.f("citizen was admitted to your hospital on {dt}. ", dt=D(add_days(ev, -rng.randint(1, 6)), ds))
        d.f("{His} {rw}, {rn}, residing at ", His=pr.his().capitalize(), rw=nokw, rn=N(nok, rng, "full"))
        d.s("address", pr.addr.one)
        d.f(", tel. {p}, has asked us to obtain information about {his} condition. ", p=("phone", phone(rng, cc, "mob")), his=pr.his())
        d.t("We would be grateful if the treating physician could contact the family directly, subject to the patient's consent, "
            "and inform us should the patient require assistance with repatriation.\n\n")
        d.t("Yours faithfully,\n\n")
        d.f("{n}\n{r}\n", n=N(consul, rng, "full"), r=rng.choice(["Consul", "Vice-Consul", "Head of Consular Section", "Consular Officer"]))

    elif layout == 1:
        d.f("No. {r}\n\nNOTE VERBALE\n\n", r=("id", ref))
        d.f("The {m} presents its compliments to {h} and has the honour to request information concerning {t} {n}, "
            "a national of {st}, holder of passport No. {pp}, born on {dob}, who is understood to be receiving treatment "
            "at the hospital since {dt}.\n\n", m=mission, h=hx["hospital"], t=pr.en_title() + ".", n=N(pr.p, rng, "full"), st=FULL_STATE[cc],
            pp=("id", pp), dob=D(pr.dob, "d Month y"), dt=D(add_days(ev, -2), "d Month y"))
        d.f("The {k} kindly requests that the hospital facilitate a consular visit by {c}, Second Secretary (Consular), "
            "on {dt}, and that any correspondence be addressed to the {k} at ", c=N(consul, rng, "full"), dt=D(add_days(ev, 2), "d Month y"), k=kind)
        d.s("address", emb_addr.one)
        d.t(" or by e-mail to ")
        d.s("email", "%s@%s" % (rng.choice(["consul", "protection", "welfare"]), cons_dom))
        d.t(".\n\n")
        d.f("The family of the patient may be reached through {his} {rw}, {rn}, in ", his=pr.his(), rw=nokw, rn=N(nok, rng, "full"))
        d.s("address", pr.addr.city)
        d.f(" ({p}).\n\n", p=("phone", phone(rng, cc, "mob")))
        d.t("The %s avails itself of this opportunity to renew to %s the assurances of its highest consideration.\n\n" % (kind, hx["hospital"]))
        d.f("[seal]  {dt}\n", dt=D(ev, "d Month y"))

    elif layout == 2:
        d.f("From: {n} <{e}>\nSent: {dt}\nTo: {to}\nSubject: Emergency travel document - {pn} - our ref {r}\n", n=N(consul, rng, "full"),
            e=("email", staff_email(rng, consul, cons_dom)), dt=D(ev, rng.choice(["d Mon y", "dmy/", "Mon d, y"])),
            to=("email", "social.work@" + hx["dom"]), pn=N(pr.p, rng, rng.choice(["upper", "last"])), r=("id", ref))
        if chance(rng, 0.4):
            d.f("X-Originating-IP: [{ip}]\n", ip=("ip_address", "%d.%d.%d.%d" % (rng.randint(31, 223), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))))
        d.t("\n")
        sw = hname(rng, hc)
        d.f("Dear {n},\n\n", n=N(sw, rng, rng.choice(["first", "full"])))
        d.f("Thank you for your call. Since {t} {pn}'s passport ({pp}) was lost during the accident, we have issued an emergency travel "
            "document, ETD no. {etd}, valid until {dt}. ", t=pr.en_title(), pn=N(pr.p, rng, "last"), pp=("id", pp),
            etd=("id", pattern(rng, rng.choice(["ANNNNNNN", "`ETD`NNNNNN"]))), dt=D(add_days(ev, 30), rng.choice(["d Mon y", ds])))
        ssl, ssv = national_id(rng, pr.p, cc, pr.dob)
        d.f("For your records, {his} {ssl} is {ssv}.\n\n", his=pr.his(), ssl=ssl, ssv=("ssn", ssv))
        d.f("The family ({rw} {rn}, {p}) have arranged a flight on {dt}. Please ask the ward to confirm fitness to fly and fax the "
            "medical certificate to {fx}.\n\n", rw=nokw, rn=N(nok, rng, "first"), p=("phone", chat_phone(rng, cc)),
            dt=D(add_days(ev, rng.randint(4, 12)), rng.choice(["d Month", "d Month y"])), fx=("fax", phone(rng, hc)))
        d.f("Best regards,\n{n}\n{m}\nDirect line {p} | out of hours {p2}\n", n=N(consul, rng, rng.choice(["full", "initial_last"])),
            m=mission, p=("phone", phone(rng, hc)), p2=("phone", phone(rng, hc)))

    elif layout == 3:
        sw = hname(rng, hc)
        mrl, mrn = host_mrn(rng, hc)
        d.t("%s\nSocial Work Department\n" % hx["hospital"])
        d.f("{a}  |  {p}\n\n", a=("address", hx["addr"].one), p=("phone", hx["phone"]))
        d.f("{dt}\n\nTo: The Consul, {m}\n", dt=D(ev, ds), m=mission)
        d.f("Fax: {f}\n\n", f=("fax", phone(rng, hc)))
        d.f("Re: unaccompanied patient {n} ({mrl} {mrn})\n\n", n=N(pr.p, rng, "formal"), mrl=mrl, mrn=("mrn", mrn))
        d.f("Dear Consul,\n\nWe admitted the above patient on {dt} following {dx}. ", dt=D(add_days(ev, -3), ds), dx=rng.choice(DIAGNOSES)[1])
        d.t("The patient is %s and unable to give a history. " % rng.choice(["intubated and sedated", "confused", "aphasic after a stroke"]))
        d.f("Documents found in {his} belongings: passport {pp}, a national identity card ({ssl} {ssv}) and a hostel booking for ",
            his=pr.his(), pp=("id", pp), ssl=national_id(rng, pr.p, cc, pr.dob)[0], ssv=("ssn", national_id(rng, pr.p, cc, pr.dob)[1]))
        d.s("address", make_host_address(rng, hc).one)
        d.t(". A phone contact saved as \"")
        d.s("name", nok.form(rng, rng.choice(["first", "full"])))
        d.t("\" (")
        d.s("phone", chat_phone(rng, cc))
        d.t(") could not be reached.\n\nWe would be grateful for help in locating next of kin.\n\n")
        d.f("Yours sincerely,\n{n}\nSenior Social Worker, ext. {x}\n", n=N(sw, rng, "full"), x=rng.randint(1000, 9999))

    else:
        officer = make_person(rng, cc)
        d.t("CONSULAR ASSISTANCE CASE - %s\n\n" % mission)
        ssl, ssv = national_id(rng, pr.p, cc, pr.dob)
        kv(d, rng, [
            (["Case no."], "id", ref),
            (["Opened"], "date", fmt_date(ev, rng.choice(["iso", "dmy.", "dmy/"]))),
            (["Citizen"], "name", pr.p.form(rng, rng.choice(["formal", "upper"]))),
            (["DOB"], "date", fmt_date(pr.dob, pr.ds)),
            (["Passport"], "id", pp),
            (["National ID (%s)" % ssl], "ssn", ssv),
            (["Address in %s" % HOSTS[hc]["name"]], "address", make_host_address(rng, hc).one),
            (["Home address"], "address", pr.addr.one),
            (["Hospital"], None, hx["hospital"]),
            (["Hospital MRN"], "mrn", host_mrn(rng, hc)[1]),
            (["NOK"], "name", nok.full()),
            (["NOK phone"], "phone", phone(rng, cc, "mob")),
            (["Officer"], "name", officer.full()),
        ], sep=": ")
        d.t("\nNotes:\n")
        d.f("- {dt}: hospital social worker {sw} called; patient in ICU. {c}\n", dt=D(ev, "dmy/"), sw=N(hname(rng, hc), rng, "full"),
            c=clinical_sentence(rng))
        d.f("- {dt}: NOK informed by phone; {rw} will travel. Visa support letter issued.\n", dt=D(add_days(ev, 1), "dmy/"), rw=nokw)
        d.f("- {dt}: visit completed, belongings list signed by {n} -- {ini}\n", dt=D(add_days(ev, 3), "dmy/"),
            n=N(pr.p, rng, "last"), ini=("name", officer.initials()))
    return d


# ==========================================================================
# 11. lab reports from foreign laboratories

LABS = ["Labor am Stadtpark MVZ (fictional)", "Laboratorium Diagnostyczne Medica (fictional)", "Laboratório Central do Porto (fictional)",
        "Laboratorio Analisi Santa Rita (fictional)", "Labo Biologie Médicale du Parc (fictional)", "Metro Diagnostics Pvt Ltd (fictional)",
        "Lagos Reference Laboratory (fictional)", "Seoul Clinical Lab Center (fictional)", "Laboratorio Clínico Roma Norte (fictional)",
        "Nairobi Pathology Services (fictional)", "Istanbul Tahlil Laboratuvarı (fictional)"]
LAB_CC = ["DE", "PL", "PT", "IT", "FR", "IN", "NG", "KR", "MX", "KE", "TR"]


def lab_report(rng, i):
    d = Doc()
    layout = i % 5
    k = (i * 4) % len(LABS) if chance(rng, 0.5) else rng.randrange(len(LABS))
    labname, cc = LABS[k], LAB_CC[k]
    pr = Profile(rng, cc, old_p=0.07)
    ev = pr.event
    ds = pr.ds
    ldom = org_domain(rng, cc, labname)
    laddr = make_address(rng, cc)
    req, rtitle = doctor(rng, cc)
    rl, rv = med_reg(rng, cc)
    val = make_person(rng, cc)
    sample = pattern(rng, rng.choice(["NNNNNNNNNN", "`S`NNNNNNNN", "NN-NNNNNN", "NNNNNNNN-NN"]))
    reqno = pattern(rng, rng.choice(["`A`NNNNNNN", "NNNNNNN", "`REQ`-NNNNNN"]))
    ct = rand_time(rng)

    def header():
        d.t(labname + "\n")
        d.f("{a}\nTel {p} · {e} · {u}\n", a=("address", laddr.one), p=("phone", phone(rng, cc, "land")), e=("email", "befund@" + ldom if cc == "DE" else "results@" + ldom),
            u=("url", url(rng, ldom)))
        d.t("Accredited to ISO 15189, accreditation no. %s\n\n" % pattern(rng, "`D-ML-`NNNNN-NN-NN" if cc == "DE" else rng.choice(["`AB `NNN", "`MC-`NNNN", "`LAB-`NNN"])))

    if layout == 0:
        header()
        d.t("LABORATORY REPORT\n")
        kv(d, rng, [
            (["Patient", "Name"], "name", pr.p.form(rng, rng.choice(["formal", "last_first", "full"]))),
            (["Date of birth", "DOB", "Born"], "date", fmt_date(pr.dob, ds)),
            (["Sex"], None, pr.sex),
            (["Patient ID", "Lab patient no."], "mrn", pattern(rng, "NNNNNNN")),
            (["Sample ID", "Sample no."], "id", sample),
            (["Requisition no.", "Order no."], "id", reqno),
        ], sep=": ", shuffle=chance(rng, 0.4))
        d.f("Collected: {dt} {tm}   Received: {dt2} {tm2}   Reported: {dt3}\n", dt=D(ev, ds), tm=ct, dt2=D(ev, ds), tm2=rand_time(rng),
            dt3=D(add_days(ev, 1), ds))
        d.f("Requesting physician: {t} {n} ({rl} {rv})\n\n", t=rtitle, n=N(req, rng, "full"), rl=rl, rv=("license", rv))
        d.t("Test                 Result    Unit        Reference\n")
        for name, unit, lo, hi in rng.sample([("Haemoglobin", "g/dL", 12.0, 16.0), ("Leukocytes", "/nL", 4.0, 10.0), ("Platelets", "/nL", 150, 400),
                                               ("Sodium", "mmol/L", 135, 145), ("Potassium", "mmol/L", 3.5, 5.1), ("Creatinine", "mg/dL", 0.5, 1.1),
                                               ("CRP", "mg/L", 0, 5), ("TSH", "mIU/L", 0.4, 4.0), ("HbA1c", "%", 4.0, 5.6),
                                               ("ALT (GPT)", "U/L", 0, 35), ("Ferritin", "ng/mL", 15, 150), ("Vitamin D (25-OH)", "ng/mL", 30, 100)], 6):
            v = rng.uniform(lo * 0.6, hi * 1.5)
            d.t("%-20s %-9s %-11s %s - %s%s\n" % (name, ("%.1f" % v), unit, lo, hi, "  H" if v > hi else ("  L" if v < lo else "")))
        d.f("\nValidated by: {n}   Electronically signed: {ini}\n", n=N(val, rng, "full"), ini=("name", val.initials()))

    elif layout == 1:
        header()
        d.t("MICROBIOLOGY - CULTURE & SENSITIVITY\n")
        d.f("Lab no.: {s}   Specimen: {sp}   Ward: {w}\n", s=("id", sample), sp=rng.choice(["urine (MSU)", "blood culture x2", "wound swab", "sputum"]),
            w="%s, bed %d" % (rng.choice(["4B", "Internal Medicine II", "ICU", "Surgery 3"]), rng.randint(1, 30)))
        d.f("Patient: {n}  ({dob})\n", n=N(pr.p, rng, rng.choice(["upper", "formal"])), dob=D(pr.dob, ds))
        d.f("Sent by: {t} {n}, {c}\n", t=rtitle, n=N(req, rng, rng.choice(["full", "initial_last"])), c=rng.choice(C[cc]["hospitals"]))
        d.f("Collected {dt} {tm}\n\n", dt=D(ev, ds), tm=ct)
        org = rng.choice(["Escherichia coli (ESBL)", "Klebsiella pneumoniae", "Staphylococcus aureus (MRSA)", "Enterococcus faecalis", "Pseudomonas aeruginosa"])
        d.t("Growth: >10^5 CFU/mL %s\n" % org)
        for ab in rng.sample(["Ampicillin", "Amoxicillin/clavulanate", "Ciprofloxacin", "Ceftriaxone", "Meropenem", "Gentamicin",
                               "Trimethoprim/sulfamethoxazole", "Vancomycin", "Nitrofurantoin", "Piperacillin/tazobactam"], 6):
            d.t("  %-30s %s  (MIC %s mg/L)\n" % (ab, rng.choice("SSRI"), rng.choice(["0.25", "0.5", "1", "4", "16", ">32"])))
        d.f("\nComment: MDRO - please inform infection control. Phoned to {n} on {dt} at {tm}.\n", n=N(req, rng, "last"),
            dt=D(add_days(ev, 2), rng.choice(["dm.", ds])), tm=rand_time(rng))
        d.f("Microbiologist: {n}, {rl} {rv}\n", n=N(val, rng, "full"), rl=med_reg(rng, cc)[0], rv=("license", med_reg(rng, cc)[1]))

    elif layout == 2:
        header()
        acc = pattern(rng, rng.choice(["`H`NN-NNNNN", "`HP-`NNNN-NNNNNN", "`B/`NNNNN`/24`"]))
        d.t("HISTOPATHOLOGY REPORT\n")
        d.f("Accession no.: {a}\nPatient: {n}, {sx}, DOB {dob}\nClinician: {t} {c}\nReceived: {dt}\n\n", a=("id", acc),
            n=N(pr.p, rng, "full"), sx="male" if pr.sex == "M" else "female", dob=D(pr.dob, ds), t=rtitle, c=N(req, rng, "full"),
            dt=D(ev, ds))
        d.t("Specimen: %s\n" % rng.choice(["skin excision, left forearm", "colonic polyp x3", "gastric biopsies (antrum, corpus)",
                                           "core biopsy right breast 10 o'clock", "appendix"]))
        d.t("Macroscopy: received in formalin, %d x %d x %d mm; blocks A1-A%d.\n" % (rng.randint(3, 40), rng.randint(3, 20), rng.randint(2, 10), rng.randint(2, 6)))
        d.t("Microscopy: %s\n" % rng.choice(["tubular adenoma with low-grade dysplasia; margins clear.",
                                              "chronic active gastritis, Helicobacter pylori organisms present.",
                                              "basal cell carcinoma, nodular type, completely excised (peripheral margin 3 mm).",
                                              "invasive carcinoma NST, grade 2; ER 8/8, PR 6/8, HER2 1+."]))
        d.f("\nReported by {n}, consultant pathologist ({rl} {rv}), {dt}\n", n=N(val, rng, "full"), rl=rl, rv=("license", med_reg(rng, cc)[1]),
            dt=D(add_days(ev, rng.randint(3, 10)), ds))
        d.f("Copy to: {n}, patient's GP in ", n=N(make_person(rng, cc), rng, "full"))
        d.s("address", pr.addr.city)
        d.t("\n")

    elif layout == 3:
        header()
        d.t("TRAVEL TEST CERTIFICATE - %s\n\n" % rng.choice(["SARS-CoV-2 RT-PCR", "Yellow fever serology", "HIV 1/2 Ag/Ab", "Hepatitis B surface antigen"]))
        kv(d, rng, [
            (["Name (as in passport)"], "name", pr.p.form(rng, "passport")),
            (["Passport no."], "id", passport(rng, cc)),
            (["Date of birth"], "date", fmt_date(pr.dob, rng.choice(["dmy/", "iso", "d Mon y"]))),
            (["Test ID"], "id", sample),
            (["Sampling date/time"], "date", fmt_date(ev, rng.choice(["dmy/", "iso", "d Mon y"]))),
            (["Result"], None, rng.choice(["NEGATIVE / not detected", "non-reactive", "NEGATIVE"])),
            (["Mobile"], "phone", pr.mob),
        ], sep=": ")
        d.f("Verify at: {u}\n", u=("url", "https://verify.%s/c/%s" % (ldom, pattern(rng, "XXXXXXXXXX").lower())))
        d.f("Lab director: {n}, {rl} {rv}\n", n=N(val, rng, "full"), rl=rl, rv=("license", rv))
        d.f("Home address: {a}\n", a=("address", pr.addr.one))

    else:
        hx = host_ctx(rng)
        d.t("SEND-AWAY RESULT RECEIVED FROM OVERSEAS LABORATORY (scanned into record)\n")
        mrl, mrn = host_mrn(rng, hx["hc"])
        d.f("{h}  {mrl}: {mrn}\n", h=hx["hospital"], mrl=mrl, mrn=("mrn", mrn))
        d.f("Patient: {n}   DOB: {dob}\n", n=N(pr.p, rng, "formal"), dob=D(pr.dob, hx["ds"]))
        d.f("Performing lab: {l}, {a}\n", l=labname, a=("address", laddr.one))
        d.f("Their sample no. {s}; our accession {a}\n", s=("id", sample), a=("id", pattern(rng, "`SA`NN-NNNNNN")))
        d.f("Collected abroad on {dt}; requested by {t} {n} ({rl} {rv}).\n\n", dt=D(ev, ds), t=rtitle, n=N(req, rng, "full"), rl=rl, rv=("license", rv))
        d.t("Results: %s.\n" % labs(rng))
        d.t("Interpretation: %s\n" % rng.choice(["consistent with iron deficiency.", "no significant abnormality.",
                                                 "elevated inflammatory markers; correlate clinically.", "renal function mildly impaired."]))
        d.f("Scanned by {n} on {dt}. Original posted to patient at {a}.\n", n=N(hname(rng, hx["hc"]), rng, "initial_last"),
            dt=D(add_days(ev, 12), hx["ds"]), a=("address", hx["addr"].one))
    return d


# ==========================================================================
# 12. chat / SMS threads with family abroad

CHAT_CC = ["PL", "PH", "IN", "NG", "MX", "BR", "VN", "UA", "IT", "ES", "TR", "KE", "CN", "KR", "DE", "EG", "IE", "PK"]
NICK = {"Małgorzata": "Gosia", "Katarzyna": "Kasia", "Tomasz": "Tomek", "Krzysztof": "Krzyś", "Agnieszka": "Aga",
        "Joanna": "Asia", "Michał": "Michu", "Oleksandr": "Sasha", "Kateryna": "Katia", "Olena": "Lena", "Giuseppe": "Peppe",
        "Francesco": "Checco", "José Luis": "Pepe", "María José": "Majo", "Guadalupe": "Lupita", "Chukwuemeka": "Emeka",
        "Oluwaseun": "Seun", "Funmilayo": "Funmi", "Mark Anthony": "Macky", "Maria Cristina": "Tina", "Rajesh": "Raju",
        "João Pedro": "JP", "Ana Clara": "Aninha", "Alejandro": "Alex", "Mohamed": "Mo", "Min-jun": "Minjun"}
MUM = {"PL": "mama", "PH": "nanay", "IN": "mummy", "NG": "mummy", "MX": "mamá", "BR": "mãe", "VN": "má", "UA": "mama",
       "IT": "mamma", "ES": "mamá", "TR": "anne", "KE": "mum", "CN": "mom", "KR": "eomma", "DE": "Mama", "EG": "mama", "IE": "mam",
       "PK": "ammi"}


def nick(p):
    return NICK.get(p.given, p.given.split(" ")[0].split("-")[0])


def chat(rng, i):
    d = Doc()
    layout = i % 5
    cc = CHAT_CC[i % len(CHAT_CC)] if chance(rng, 0.5) else rng.choice(CHAT_CC)
    hc = rng.choice(["UK", "US", "CA", "AU"])
    hx = host_ctx(rng, hc)
    pr = Profile(rng, cc, old_p=0.1, min_age=40, max_age=88)
    kid = make_person(rng, cc, rng.choice("MF"))
    kid.family = pr.p.family if pr.p.order == "western" and not pr.p.family.endswith(("ski", "ska", "cki", "cka")) else kid.family
    sib = make_person(rng, cc)
    ev = pr.event
    mum = parent_word(pr)
    ward = rng.choice(["ward 7", "the ICU", "cardiology", "ward 4B", "the stroke unit", "orthopaedics"])
    nurse = hname(rng, hc)
    kidnum = chat_phone(rng, hc)
    sibnum = chat_phone(rng, cc)

    if layout == 0:
        d.t("WhatsApp chat export\n\n")
        dstyle = rng.choice(["dmy/", "d/m/y", "mdy/"])
        t = [rng.randint(0, 23), rng.randint(0, 59)]
        kidname = kid.form(rng, rng.choice(["full", "first"]))
        sibname = sib.form(rng, rng.choice(["full", "first"])) if chance(rng, 0.6) else None
        sibdisplay = sibname or sibnum

        def line(who, pieces, dt=ev):
            t[1] += rng.randint(1, 25)
            if t[1] >= 60:
                t[0], t[1] = (t[0] + 1) % 24, t[1] - 60
            d.t("[")
            d.s("date", fmt_date(dt, dstyle))
            d.t(", %02d:%02d:%02d] " % (t[0], t[1], rng.randint(0, 59)))
            if who == "k":
                d.s("name", kidname)
            elif sibname:
                d.s("name", sibname)
            else:
                d.s("phone", sibnum)
            d.t(": ")
            d.f(*pieces[0:1], **pieces[1]) if isinstance(pieces, tuple) else d.t(pieces)
            d.t("\n")

        line("k", ("{m} is in hospital here, {w}. they think its {dx}", dict(m=mum, w=ward, dx=rng.choice(["a stroke", "heart attack", "pneumonia", "a broken hip"]))))
        line("s", "oh no!!! is %s ok?? what hospital" % pr.he())
        line("k", ("{h}. the nurse {nn} said we can call the ward on {wp}", dict(h=hx["hospital"], nn=("name", nurse.form(rng, "first").lower()),
                                                                                  wp=("phone", hx["phone"]))))
        line("s", ("ok i will try to get a flight. {x} can stay with the kids", dict(x=("name", make_person(rng, cc).form(rng, "first").lower()))))
        line("k", ("you can stay at mine, {a}. door code 4590", dict(a=("address", make_host_address(rng, hc).street.lower() if chance(rng, 0.5) else make_host_address(rng, hc).street))))
        line("s", ("booked!! landing {dt} 6am. my new number is {p}", dict(dt=("date", fmt_date(add_days(ev, 2), rng.choice(["d/m", "d Mon", "Month dth"]))),
                                                                           p=("phone", chat_phone(rng, cc)))))
        line("k", ("\u2764\ufe0f also bring {his} {doc} card and the papers from dr {dr}", dict(his=pr.his(), doc=rng.choice(["insurance", "ID", "EHIC", "medicare"]),
                                                                                              dr=("name", make_person(rng, cc).form(rng, "last").lower()))), add_days(ev, 1))
        line("s", "<Media omitted>", add_days(ev, 1))

    elif layout == 1:
        d.f("{h} - Family Liaison SMS log\nPatient: {n}   {mrl} {mrn}\n\n", h=hx["hospital"], n=N(pr.p, rng, "formal"),
            mrl=host_mrn(rng, hc)[0], mrn=("mrn", host_mrn(rng, hc)[1]))
        msgs = [
            ("out", sibnum, "Hello, this is %s at %s. Your %s {pn} has been admitted. Please call us on {hp}." % (
                "{nn}", hx["hospital"], "father" if pr.sex == "M" else "mother")),
            ("in", sibnum, "thank u. i am %s %s {kn}, i live in {town}. can someone speak {lang}?" % (pr.his(), "son" if sib.sex == "M" else "daughter")),
            ("out", sibnum, "We have booked an interpreter for tomorrow {dt} at 10:00."),
            ("in", kidnum, "Hi its {kn2}, the other %s, I am in {htown}. will come at 5" % ("son" if kid.sex == "M" else "daughter")),
            ("out", kidnum, "Thanks {kn2}. Visiting hours 2-8pm. Ward phone {hp}."),
        ]
        mins = sorted(rng.sample(range(360, 1380), len(msgs)))
        for k, (direction, num, text) in enumerate(msgs):
            d.f("{dt} {tm} ", dt=D(add_days(ev, k // 3), hx["ds"]), tm="%02d:%02d" % divmod(mins[k], 60))
            if direction == "out":
                d.t("OUT to ")
            else:
                d.t("IN from ")
            d.s("phone", num)
            d.t(": ")
            d.f(text, hp=("phone", hx["phone"]), nn=N(nurse, rng, "first"), pn=N(pr.p, rng, "full"), kn=N(sib, rng, rng.choice(["first", "full"])),
                town=("address", make_address(rng, cc).city), lang=C[cc]["lang"], dt=D(add_days(ev, 1), rng.choice(["d Mon", "d/m", hx["ds"]])),
                kn2=N(kid, rng, "first"), htown=("address", make_host_address(rng, hc).city))
            d.t("\n")
        d.f("Log exported by {n}, {dt}\n", n=N(nurse, rng, "initial_last"), dt=D(add_days(ev, 2), hx["ds"]))

    elif layout == 2:
        d.t("Voice notes (auto-transcribed, %s -> English), saved to chart at family's request\n\n" % C[cc]["lang"])
        for k in range(rng.randint(3, 4)):
            who = rng.choice([kid, sib])
            d.f("[Voice note {mm}:{ss}, ", mm=rng.randint(0, 2), ss="%02d" % rng.randint(0, 59))
            d.s("date", fmt_date(add_days(ev, k), rng.choice(["d Mon", "dmy/", "d/m"])))
            d.t(", from ")
            d.s("name", who.form(rng, rng.choice(["first", "full", "lower"])))
            d.t("]\n")
            if k == 0:
                d.f("\"hi {mum} its {me}, um, the doctor here, doctor {dr}, says you need to stay a few more days. "
                    "dont worry about the house, {x} is watering the plants\"\n", mum=mum, me=N(who, rng, "lower_first"),
                    dr=N(hname(rng, hc), rng, "last"), x=N(make_person(rng, cc), rng, "lower_first"))
            elif k == 1:
                d.f("\"okay so I sent the insurance number, it's {hv}, and {his} date of birth is {dob}, they asked twice\"\n",
                    hv=("health_plan", health_number(rng, cc)[1]), his=pr.his(), dob=D(pr.dob, rng.choice(["d Month y", "dmy/"])))
            elif k == 2:
                d.f("\"call me back on the other number, {p}, the {cc} one doesn't work here\"\n", p=("phone", chat_phone(rng, hc)),
                    cc=C[cc]["adj"])
            else:
                d.f("\"we are staying at the airbnb at {a}, it's like ten minutes from the hospital\"\n",
                    a=("address", make_host_address(rng, hc).one))
        d.f("\nUploaded by {n} (RN) - portal message {m}\n", n=N(nurse, rng, "full"), m=("id", pattern(rng, "`MSG`-NNNNNNN")))

    elif layout == 3:
        grp = rng.choice(["Family \U0001F3E0", "%s updates" % mum.capitalize(), "Rodzina" if cc == "PL" else "Familia", "FAM \u2764\ufe0f"])
        d.t("Group: %s\nMembers: " % grp)
        members = [kid, sib, make_person(rng, cc)]
        for k, m in enumerate(members):
            d.s("name", m.form(rng, rng.choice(["first", "full"])))
            d.t(", " if k < 2 else "\n\n")
        texts = [
            (kid, "update: {mum} had the scan, waiting for results. room number is 412 lol", {}),
            (members[2], "\U0001F64F\U0001F64F\U0001F64F", {}),
            (sib, "who is the doctor? i want to call", {}),
            (kid, "dr {dr}. hospital number {hp} ext 4412", dict(dr=N(hname(rng, hc), rng, rng.choice(["last", "full"])), hp=("phone", hx["phone"]))),
            (sib, "ok. tell {mum} {x} says hi. {y}'s wedding moved to {dt}", dict(x=N(make_person(rng, cc), rng, "lower_first"),
                                                                                y=N(make_person(rng, cc), rng, "first"),
                                                                                dt=D(add_days(ev, rng.randint(20, 90)), rng.choice(["d Month", "d/m", "dth Month y"])))),
            (members[2], "send me the address i will send flowers", {}),
            (kid, "{a}", dict(a=("address", hx["addr"].one))),
        ]
        for who, tmpl, kw in texts:
            d.s("name", who.form(rng, "first").lower() if chance(rng, 0.3) else who.form(rng, "first"))
            d.t(": ")
            kw = dict(kw)
            kw["mum"] = mum
            d.f(tmpl, **kw)
            d.t("\n")

    else:
        d.f("{h} - Patient Portal secure messages\nAccount holder: {n} (proxy for {p})\n\n", h=hx["hospital"], n=N(kid, rng, "full"),
            p=N(pr.p, rng, "full"))
        mid = int(digits(rng, 7)) + 1000000
        for k in range(3):
            mid += rng.randint(3, 40)
            d.f("Message ID {m} | {dt} {tm} | ", m=("id", str(mid)), dt=D(add_days(ev, k), hx["ds"]), tm=rand_time(rng))
            if k % 2 == 0:
                d.s("name", kid.form(rng, "full"))
                d.t(" -> Care team\n")
            else:
                d.f("{n}, RN -> ", n=N(nurse, rng, "full"))
                d.s("name", kid.form(rng, "first"))
                d.t("\n")
            if k == 0:
                d.f("  My {rel} {pn} was transferred from {town} by air ambulance. {His} own doctor is {dr} ({p}). "
                    "Can you send the discharge papers to {e}?\n", rel="father" if pr.sex == "M" else "mother", pn=N(pr.p, rng, "first"), His=pr.his().capitalize(),
                    town=("address", make_address(rng, cc).city), dr=N(make_person(rng, cc), rng, "full"), p=("phone", phone(rng, cc, "land")),
                    e=("email", email(rng, kid)))
            elif k == 1:
                d.f("  Hi {kn}, we need written consent from the patient first. {c}\n", kn=N(kid, rng, "first"), c=clinical_sentence(rng))
            else:
                d.f("  Consent form signed today. Please also note {his} DOB is {dob}, not the one on the transfer letter.\n", his=pr.his(),
                    dob=D(pr.dob, hx["ds"]))
        d.f("\nAudit: last login from {ip} ({cc}), {dt}\n", ip=("ip_address", "%d.%d.%d.%d" % (rng.randint(31, 223), rng.randint(0, 255),
                                                                                          rng.randint(0, 255), rng.randint(1, 254))),
            cc=C[cc]["name"], dt=D(add_days(ev, 2), hx["ds"]))
    return d


STYLES = [("foreign_invoice", invoice), ("embassy_letter", embassy), ("foreign_lab_report", lab_report), ("family_chat_abroad", chat)]
