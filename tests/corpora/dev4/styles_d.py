"""Styles 13-16: interpreter service records, foreign driving licences and
vehicles on ED intake, clinical trial sites abroad, postal addresses in many
national formats."""
from kit import *  # noqa: F401,F403
from common import (Doc, slug, fmt_date, add_days, rand_time, chance, pattern, digits, nz_digits, letters, money,
                    put_age, DIAGNOSES, med_line, clinical_text, clinical_sentence, vitals, labs, rand_date)
from countries import C, HOSTS, Address

# --------------------------------------------------------------------------
# names in original scripts (for interpreter records)

HAN_FAM = {"Zhang": "张", "Wang": "王", "Li": "李", "Liu": "刘", "Chen": "陈", "Yang": "杨", "Zhao": "赵", "Huang": "黄",
           "Zhou": "周", "Wu": "吴", "Xu": "徐", "Sun": "孙"}
HAN_GIV = {"Wei": "伟", "Fang": "芳", "Xiuying": "秀英", "Jing": "静", "Lei": "磊", "Jun": "军", "Tao": "涛", "Ming": "明",
           "Haoran": "浩然", "Yifan": "一帆", "Jianguo": "建国", "Zhiqiang": "志强", "Xiaoling": "晓玲", "Yan": "燕", "Li": "丽",
           "Meiling": "美玲", "Xinyi": "欣怡"}
HANGUL_FAM = {"Kim": "김", "Lee": "이", "Park": "박", "Choi": "최", "Jung": "정", "Kang": "강", "Cho": "조", "Yoon": "윤",
              "Jang": "장", "Lim": "임"}
HANGUL_GIV = {"Min-jun": "민준", "Seo-yeon": "서연", "Ji-hoon": "지훈", "Ha-eun": "하은", "Do-yoon": "도윤", "Soo-jin": "수진",
              "Jae-won": "재원", "Eun-ji": "은지", "Seung-ho": "승호", "Hyun-woo": "현우", "Dong-hyun": "동현", "Ji-woo": "지우",
              "Min-seo": "민서", "Yeon-hee": "연희"}
VI_DIAC = {"Nguyen": "Nguyễn", "Tran": "Trần", "Le": "Lê", "Pham": "Phạm", "Hoang": "Hoàng", "Vu": "Vũ", "Dang": "Đặng",
           "Bui": "Bùi", "Do": "Đỗ", "Van": "Văn", "Thi": "Thị", "Duc": "Đức", "Minh": "Minh", "Quang": "Quang", "Ngoc": "Ngọc",
           "Thu": "Thu", "An": "An", "Tuan": "Tuấn", "Hung": "Hùng", "Dung": "Dũng", "Khoa": "Khoa", "Long": "Long",
           "Lan": "Lan", "Hoa": "Hoa", "Mai": "Mai", "Linh": "Linh", "Thao": "Thảo", "Huong": "Hương", "Trang": "Trang"}
UA_MAP = [("iia", "ія"), ("iie", "іє"), ("ia", "ія"), ("iu", "ію"), ("shch", "щ"), ("kh", "х"), ("zh", "ж"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"), ("yu", "ю"), ("ya", "я"),
          ("ye", "є"), ("yi", "ї"), ("iy", "ій"), ("ii", "ії"), ("a", "а"), ("b", "б"), ("v", "в"), ("h", "г"), ("g", "ґ"),
          ("d", "д"), ("e", "е"), ("z", "з"), ("y", "и"), ("i", "і"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"),
          ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф")]


def ua_cyr(word):
    w = word.lower()
    out = ""
    k = 0
    while k < len(w):
        for lat, cyr in UA_MAP:
            if w.startswith(lat, k):
                out += cyr
                k += len(lat)
                break
        else:
            out += w[k]
            k += 1
    return out[:1].upper() + out[1:]


def native_script(p):
    """The person's name in the original script, or None."""
    if p.cc == "CN" and p.family in HAN_FAM and p.given in HAN_GIV:
        return HAN_FAM[p.family] + HAN_GIV[p.given]
    if p.cc == "KR" and p.family in HANGUL_FAM and p.given in HANGUL_GIV:
        return HANGUL_FAM[p.family] + HANGUL_GIV[p.given]
    if p.cc == "VN":
        parts = [VI_DIAC.get(x, x) for x in (p.family, p.middle, p.given) if x]
        return " ".join(parts)
    if p.cc == "UA":
        return "%s %s" % (ua_cyr(p.given), ua_cyr(p.family))
    return None


LANG_BY_CC = {"VN": "Vietnamese", "NG": "Yoruba", "CN": "Mandarin", "OM": "Arabic", "EG": "Arabic (Egyptian)", "IE": "Irish",
              "CI": "French", "PL": "Polish", "DK": "Danish", "ES": "Spanish", "NL": "Dutch", "KR": "Korean", "UA": "Ukrainian",
              "TR": "Turkish", "BR": "Portuguese (Brazilian)", "PT": "Portuguese", "MX": "Spanish (Mexican)", "IN": "Tamil",
              "PK": "Urdu", "JP": "Japanese", "IT": "Italian", "DE": "German", "KE": "Swahili", "PH": "Tagalog", "FR": "French",
              "SE": "Swedish", "CL": "Spanish"}
INTERP_CC = ["VN", "NG", "CN", "OM", "IE", "CI", "PL", "DK", "ES", "NL", "KR", "UA", "TR", "BR", "PK", "EG", "IN", "MX"]
AGENCIES = ["LinguaCare Interpreting (fictional)", "VoiceBridge Language Services", "On-Call Interpreters Ltd",
            "TransLingua Health (fictional)", "Language Line-style Services (fictional)"]


# ==========================================================================
# 13. interpreter service records

def interpreter(rng, i):
    d = Doc()
    layout = i % 5
    cc = INTERP_CC[i % len(INTERP_CC)] if chance(rng, 0.6) else rng.choice(INTERP_CC)
    cc = {6: "VN", 11: "UA", 20: "KR", 24: "CN"}.get(i, cc)
    hc = rng.choice(["US", "UK", "CA", "AU"])
    hx = host_ctx(rng, hc)
    pr = Profile(rng, cc, old_p=0.1)
    ev = pr.event
    ds = hx["ds"]
    lang = LANG_BY_CC[cc]
    interp = make_person(rng, cc) if chance(rng, 0.6) else host_person(rng, hc)
    iid = pattern(rng, rng.choice(["NNNNN", "`INT-`NNNNN", "NNNNNN", "`#`NNNN"]))
    iid = iid.lstrip("#")
    mrl, mrn = host_mrn(rng, hc)
    clin = hname(rng, hc)
    agency = rng.choice(AGENCIES)
    nat = native_script(pr.p)
    appt = "%02d:%s" % (rng.randint(7, 17), rng.choice(["00", "15", "30", "45"]))

    if layout == 0:
        d.t("INTERPRETER SERVICES - BOOKING CONFIRMATION\n%s\n\n" % hx["hospital"])
        items = [
            (["Booking ref", "Job no.", "Request #"], "id", pattern(rng, rng.choice(["`BK`NNNNNN", "NNNNNNN", "`J-`NNNNN"]))),
            (["Language"], None, lang + rng.choice(["", " (dialect: %s)" % rng.choice(["northern", "southern", "Cantonese-speaking family"])]) if cc == "VN" or cc == "CN" else lang),
            (["Modality"], None, rng.choice(["on-site", "video (VRI)", "telephone"])),
            (["Patient"], "name", pr.p.form(rng, rng.choice(["formal", "full", "upper"]))),
            ([mrl], "mrn", mrn),
            (["DOB"], "date", fmt_date(pr.dob, ds)),
        ]
        kv(d, rng, items, sep=": ")
        if nat:
            d.t("Name in original script: ")
            d.s("name", nat)
            d.t("\n")
        d.f("Appointment: {dt} at {tm}, {loc}, Level {lv}, Room {r}\n", dt=D(add_days(ev, rng.randint(1, 14)), ds), tm=appt,
            loc=rng.choice(["Cardiology Outpatients", "Antenatal Clinic", "Oncology Day Unit", "Fracture Clinic", "Renal Unit"]),
            lv=rng.randint(1, 9), r="%d.%02d" % (rng.randint(1, 9), rng.randint(1, 40)))
        d.f("Interpreter: {n}, interpreter ID {iid}", n=N(interp, rng, "full"), iid=("id", iid))
        if hc == "AU":
            d.f(", NAATI practitioner no. {c}", c=("id", nz_digits(rng, 6)))
        d.f("\nAgency: {a}, tel. {p}, {e}\n", a=agency, p=("phone", phone(rng, hc)), e=("email", "bookings@%s" % slug(agency)[:16] + ".example.com"))
        d.f("Requested by: {n}, ext. {x}\n", n=N(clin, rng, rng.choice(["full", "initial_last"])), x=rng.randint(1000, 9999))
        d.t("Notes: patient prefers a %s interpreter; family members should not interpret.\n" % rng.choice(["female", "male", "non-local"]))

    elif layout == 1:
        d.f("{dt}  {tm}  Clinic note - {sp}\n\n", dt=D(ev, ds), tm=appt, sp=rng.choice(SPECIALTIES))
        d.f("Interpreter {n} (ID #{iid}) used for {lang} via {m}. ", n=N(interp, rng, "full"), iid=("id", iid), lang=lang,
            m=rng.choice(["video link", "telephone", "an on-site visit"]))
        d.f("Patient {n}", n=N(pr.p, rng, rng.choice(["full", "formal"])))
        if nat:
            d.t(" (")
            d.s("name", nat)
            d.t(")")
        d.t(", ")
        put_age(d, rng, pr.age, rng.choice(["N y/o", "N yo", "N-year-old"]))
        d.t(", identity confirmed with name and date of birth (")
        d.s("date", fmt_date(pr.dob, ds))
        d.t(").\n")
        nok, nokw = nok_for(rng, pr)
        d.f("{He} attended with {his} {rw} {rn}, who was present but not used to interpret.\n", He=pr.he().capitalize(), his=pr.his(), rw=nokw,
            rn=N(nok, rng, rng.choice(["first", "full"])))
        d.t(clinical_text(rng, 3) + "\n")
        d.t("Teach-back performed via interpreter; patient verbalised understanding of %s.\n" % med_line(rng))
        d.f("\n{n}, {cred}\n", n=N(clin, rng, "full"), cred=rng.choice(["MD", "NP", "RN", "MBBS", "FRACP"]))

    elif layout == 2:
        d.t("TELEPHONE INTERPRETING - CALL DETAIL REPORT\n%s\n\n" % agency)
        d.t("Call ID     | Date       | Start | Min | Language    | Interp. ID | Interp. | Requested by | Patient MRN\n")
        for k in range(rng.randint(3, 5)):
            p2 = Profile(rng, rng.choice(INTERP_CC))
            ip = make_person(rng, p2.cc)
            d.s("id", pattern(rng, "NNNNNNNNN"))
            d.t(" | ")
            d.s("date", fmt_date(add_days(ev, k), rng.choice(["dmy/", "iso"]) if hc != "US" else "mdy/"))
            d.t(" | %02d:%02d | %3d | %-11s | " % (rng.randint(0, 23), rng.randint(0, 59), rng.randint(3, 58), LANG_BY_CC[p2.cc].split(" (")[0]))
            d.s("id", pattern(rng, "NNNNN"))
            d.t(" | ")
            d.s("name", ip.form(rng, "first"))
            d.t(" | ")
            d.s("name", hname(rng, hc).form(rng, rng.choice(["initial_last", "last"])))
            d.t(" | ")
            d.s("mrn", host_mrn(rng, hc)[1])
            d.t("\n")
        d.f("\nCustomer account: {a}   Billing period ending {dt}\n", a=("account", pattern(rng, "`CA`NNNNNN")), dt=D(add_days(ev, 10), ds))

    elif layout == 3:
        d.t("%s - INVOICE\n" % agency)
        d.f("Invoice {inv}   Date {dt}\nBill to: Interpreter Services, {h}, {a}\nCustomer account no. {acct}\n\n",
            inv=("account", pattern(rng, "`INV`NNNNNN")), dt=D(add_days(ev, 30), ds), h=hx["hospital"], a=("address", hx["addr"].one),
            acct=("account", pattern(rng, "NNNNNN")))
        d.t("Job      Date        Language    Interpreter       Patient   MRN          Hrs  Amount\n")
        for k in range(rng.randint(3, 5)):
            p2 = Profile(rng, rng.choice(INTERP_CC))
            ip = make_person(rng, p2.cc)
            d.s("id", pattern(rng, "NNNNNN"))
            d.t("   ")
            d.s("date", fmt_date(add_days(ev, k * 2), ds))
            d.t("  %-11s " % LANG_BY_CC[p2.cc].split(" (")[0])
            d.s("name", ip.form(rng, "initial_last"))
            d.t(" (")
            d.s("id", pattern(rng, "NNNNN"))
            d.t(")  ")
            d.s("name", p2.p.initials())
            d.t("  ")
            d.s("mrn", host_mrn(rng, hc)[1])
            d.t("  %.1f  %s\n" % (rng.choice([1, 1.5, 2, 2.5, 3]), money(rng, {"US": "USD", "UK": "GBP", "CA": "CAD", "AU": "AUD"}[hc])))
        d.t("\nPayment terms 30 days. Cancellation < 24 h charged at 100%.\n")

    else:
        d.f("SIGHT TRANSLATION / CONSENT INTERPRETING RECORD\nDate: {dt}\n", dt=D(ev, ds))
        d.f("Patient name (as in passport): {n}\n", n=N(pr.p, rng, "passport"))
        if nat:
            d.t("Patient name (original script): ")
            d.s("name", nat)
            d.t("\n")
        d.f("{ml}: {m}   DOB: {dob}\n", ml=mrl, m=("mrn", mrn), dob=D(pr.dob, ds))
        d.t("Document interpreted: %s\n" % rng.choice(["consent for coronary angiography", "consent for caesarean section",
                                                      "anaesthetic consent", "consent for blood transfusion", "discharge instructions"]))
        d.f("Language: {lang}\nInterpreter: {n}, ID {iid}\n", lang=lang, n=N(interp, rng, "full"), iid=("id", iid))
        d.f("Clinician obtaining consent: {t} {n} ({ll} {lv})\n", t=hx["h"]["dr"], n=N(clin, rng, "full"), ll=host_license(rng, hc)[0],
            lv=("license", host_license(rng, hc)[1]))
        wit = hname(rng, hc)
        d.f("Witness: {n}, RN\n", n=N(wit, rng, "full"))
        d.f("Statement: I, {n}, have accurately interpreted the above document to the patient in {lang}.\n", n=N(interp, rng, "full"), lang=lang)
        d.f("Signatures: interpreter {a}; patient {b}; witness {c}\n", a=("name", interp.initials()), b=("name", pr.p.initials()),
            c=("name", wit.initials()))
    return d


# ==========================================================================
# 14. foreign driver's licence and vehicle details on accident / ED intake

DL_NAMES = {"DE": "Führerschein", "PL": "prawo jazdy", "NL": "rijbewijs", "IT": "patente di guida", "ES": "permiso de conducción",
            "FR": "permis de conduire", "PT": "carta de condução", "DK": "kørekort", "SE": "körkort", "IE": "driving licence",
            "BR": "CNH", "MX": "licencia de conducir", "IN": "driving licence", "JP": "unten menkyoshō", "KR": "driver's licence",
            "TR": "sürücü belgesi", "UA": "posvidchennia vodiia", "CN": "driving permit", "PH": "LTO licence", "KE": "smart DL",
            "NG": "FRSC licence", "EG": "driving licence", "CL": "licencia de conductor", "OM": "ROP licence", "PK": "driving licence",
            "VN": "giấy phép lái xe", "CI": "permis de conduire"}


def vehicle_intake(rng, i):
    d = Doc()
    layout = i % 5
    cc = rng.choice(["DE", "PL", "NL", "IT", "ES", "FR", "PT", "DK", "SE", "IE", "BR", "MX", "IN", "JP", "KR", "TR", "UA", "CN", "PH", "CL"])
    hc = rng.choice(["US", "UK", "CA", "AU"])
    hx = host_ctx(rng, hc)
    pr = Profile(rng, cc, old_p=0.04, min_age=18, max_age=80)
    ev = pr.event
    ds = hx["ds"]
    dl = driving_licence(rng, cc)
    mrl, mrn = host_mrn(rng, hc)
    make = rng.choice(CAR_MAKES)
    home_plate = plate(rng, cc)
    rental = rng.choice([True, False]) if layout != 3 else True
    host_plate = {"US": lambda: pattern(rng, rng.choice(["ZAAANNN", "AAA-NNNN", "ZAAA NNN"])),
                  "UK": lambda: pattern(rng, "AANN AAA"), "CA": lambda: pattern(rng, rng.choice(["AAAA NNN", "AAA NNN", "NAA NNN"])),
                  "AU": lambda: pattern(rng, rng.choice(["AANNAA", "NAAA NNN", "AAA-NNN"]))}[hc]
    veh_plate = host_plate() if rental else home_plate
    other = host_person(rng, hc)
    police = host_person(rng, hc)

    if layout == 0:
        d.t("EMERGENCY DEPARTMENT - TRAUMA INTAKE\n%s\n\n" % hx["hospital"])
        d.f("Patient: {n}   DOB: {dob}   {ml}: {m}\n", n=N(pr.p, rng, rng.choice(["formal", "upper"])), dob=D(pr.dob, ds), ml=mrl, m=("mrn", mrn))
        d.f("Arrival: {dt} {tm} by ambulance\n", dt=D(ev, ds), tm=rand_time(rng))
        d.t("Mechanism: %s, %s vs %s, approx. %d km/h, airbag deployed.\n" % (rng.choice(["driver", "front-seat passenger"]),
                                                                              "rental " + make if rental else make,
                                                                              rng.choice(["truck", "SUV", "tree", "roundabout barrier", "van"]),
                                                                              rng.randint(30, 110)))
        d.f("ID presented: {c} {dn} no. {dl}, issued {a}, expires {b}\n", c=C[cc]["adj"], dn=DL_NAMES.get(cc, "driving licence"),
            dl=("license", dl), a=D(add_days(ev, -rng.randint(300, 5000)), rng.choice([ds, pr.ds])), b=D(add_days(ev, rng.randint(100, 3000)), rng.choice([ds, pr.ds])))
        d.f("Vehicle: {mk}, reg. {pl}", mk=make, pl=("vehicle", veh_plate))
        d.t(" (%s plates)" % (HOSTS[hc]["name"] if rental else C[cc]["adj"]))
        d.f(", VIN {v}\n", v=("vehicle", vin(rng)))
        d.f("Other vehicle: reg. {pl}; driver {n}, licence {l} - not injured\n", pl=("vehicle", host_plate()), n=N(other, rng, "full"),
            l=("license", pattern(rng, {"US": "ANNNNNNN", "UK": "AAAAANNNNNNAAANN", "CA": "ANNNN-NNNNN-NNNNN", "AU": "NNNNNNNN"}[hc])))
        d.f("Police: {t} {n}, incident no. {inc}\n", t=rng.choice(["Constable", "Officer", "Sgt"]), n=N(police, rng, "full"),
            inc=("id", pattern(rng, rng.choice(["NNNN-NNNNNN", "`CAD`NNNNNNN", "`E`NNNNNNNN"]))))
        d.f("Home address: {a}, {c}\n", a=("address", pr.addr.one), c=C[cc]["name"])
        d.f("Staying at: {a}\n", a=("address", make_host_address(rng, hc).one))
        d.t("Primary survey: A patent, B RR %d SpO2 %d%%, C HR %d BP %d/%d. %s\n" % (rng.randint(12, 32), rng.randint(88, 100), rng.randint(60, 140),
                                                                                  rng.randint(80, 170), rng.randint(40, 100), clinical_sentence(rng)))

    elif layout == 1:
        d.t("AMBULANCE PATIENT CARE RECORD - handover\n")
        d.f("Incident {inc} | {dt} | Unit {u}\n\n", inc=("id", pattern(rng, "NNNNNNNN")), dt=D(ev, ds), u="%s%d" % (rng.choice(["MED", "A", "R"]), rng.randint(1, 99)))
        d.f("Pt {n}, ", n=N(pr.p, rng, rng.choice(["full", "first_initial"])))
        put_age(d, rng, pr.age, rng.choice(["N yo", "N y/o", "(NS)"]))
        d.f(", tourist from {c}, motorcyclist vs car at low speed. Helmet on. ", c=C[cc]["name"])
        d.t(vitals(rng) + ". ")
        d.t("Given %s, %s.\n" % (med_line(rng), med_line(rng)))
        d.f("Pt's motorbike: {mk}, {c} plate {pl}, VIN {v} (photographed).\n", mk=rng.choice(["Honda CB500", "BMW R1250 GS", "Yamaha MT-07", "Vespa 300"]),
            c=C[cc]["adj"], pl=("vehicle", home_plate), v=("vehicle", vin(rng)))
        d.f("Car driver: {n}, {p}, reg {pl}.\n", n=N(other, rng, "full"), p=("phone", phone(rng, hc)), pl=("vehicle", host_plate()))
        d.f("Licence sighted: {c} {dn} {dl}; international driving permit no. {idp}.\n", c=C[cc]["adj"], dn=DL_NAMES.get(cc, "licence"),
            dl=("license", dl), idp=("license", pattern(rng, rng.choice(["NNNNNNN", "AANNNNNN"]))))
        d.f("Travel companion {n} following by taxi; mobile {m}.\n", n=N(make_person(rng, cc), rng, "full"), m=("phone", chat_phone(rng, cc)))
        d.f("Handed over to {n}, RN at {tm}.\n", n=N(hname(rng, hc), rng, "full"), tm=rand_time(rng))

    elif layout == 2:
        d.t("TRAUMA REGISTRY - DATA COLLECTION SHEET\n\n")
        kv(d, rng, [
            (["Registry no."], "id", pattern(rng, "`TR`NNNNNN")),
            ([mrl], "mrn", mrn),
            (["Name"], "name", pr.p.form(rng, "last_first")),
            (["DOB"], "date", fmt_date(pr.dob, ds)),
            (["Residency"], None, "non-resident (%s)" % C[cc]["name"]),
            (["Injury date"], "date", fmt_date(ev, ds)),
            (["Road user"], None, rng.choice(["driver", "passenger", "pedestrian", "cyclist"])),
            (["Vehicle registration"], "vehicle", veh_plate),
            (["VIN"], "vehicle", vin(rng)),
            (["Driver licence (foreign)"], "license", dl),
            (["Issuing country"], None, C[cc]["name"]),
            (["Police report no."], "id", pattern(rng, "`P`NNNNNNNN")),
            (["ISS"], None, str(rng.randint(4, 50))),
            (["Motor insurer / Green Card no."], "id", pattern(rng, "`%s/`NNN`/`NNNNNNNN" % cc)),
        ], sep=": ", pad=32 if chance(rng, 0.5) else 0)
        d.t("Injuries: %s; %s.\n" % (rng.choice(["fractured L radius (S52.5)", "splenic laceration grade II (S36.0)", "rib fractures 4-6 R (S22.4)"]),
                                     rng.choice(["concussion (S06.0)", "sternal fracture", "no other injuries"])))
        d.f("Abstractor: {n}   Date abstracted: {dt}\n", n=N(hname(rng, hc), rng, "initials"), dt=D(add_days(ev, 20), ds))

    elif layout == 3:
        company = rng.choice(["Hertz-style Rentals (fictional)", "Sixt-style Car Hire (fictional)", "Budget-style Rent-a-Car (fictional)", "CamperVan Co (fictional)"])
        d.t("ED social work note - vehicle & documents\n")
        d.f("{dt}\n", dt=D(add_days(ev, 1), ds))
        d.f("Patient {n} ({ml} {m}) was the driver of a rental car ({mk}, plate {pl}) hired from {co}, rental agreement {ra}.\n",
            n=N(pr.p, rng, "full"), ml=mrl, m=("mrn", mrn), mk=make, pl=("vehicle", veh_plate), co=company,
            ra=("id", pattern(rng, rng.choice(["NNNNNNNNN", "`RA`-NNNNNNN"]))))
        d.f("{He} holds {adj} licence ({dl}) and an IDP. ", He=pr.he().capitalize(), adj=a_an(C[cc]["adj"]), dl=("license", dl))
        d.f("The vehicle was towed to {yard}; the rental company contact is {rn} on {rp}.\n",
            yard=rng.choice(["the police impound", "Main Street Towing yard", "the rental depot at the airport"]),
            rn=N(host_person(rng, hc), rng, "full"), rp=("phone", phone(rng, hc)))
        nok, nokw = nok_for(rng, pr)
        d.f("{His} {rw} {rn} flew in from ", His=pr.his().capitalize(), rw=nokw, rn=N(nok, rng, rng.choice(["first", "full"])))
        d.s("address", pr.addr.city)
        d.f(" and is staying at {a}; phone {p}.\n", a=("address", make_host_address(rng, hc).one), p=("phone", chat_phone(rng, cc)))
        d.f("Their own car at home ({pl}) is registered to {n}.\n", pl=("vehicle", home_plate), n=N(nok, rng, "full"))
        d.f("-- {n}, social worker\n", n=N(hname(rng, hc), rng, rng.choice(["full", "initial_last"])))

    else:
        d.t("POLICE REQUEST FOR INFORMATION - ED copy\n")
        d.f("Date/time of request: {dt} {tm}\nOfficer: {t} {n}, badge {b}\nOccurrence no.: {o}\n\n", dt=D(ev, ds), tm=rand_time(rng),
            t=rng.choice(["PC", "Const.", "Officer", "Det."]), n=N(police, rng, "full"), b=("id", pattern(rng, "NNNN")),
            o=("id", pattern(rng, rng.choice(["NN-NNNNNN", "`GO `NNNN-NNNNNNN"]))))
        d.f("Driver: {n}, DOB {dob}, {adj} national\n", n=N(pr.p, rng, "formal"), dob=D(pr.dob, ds), adj=C[cc]["adj"])
        d.f("Licence: {dl} ({c})\nPassport: {pp}\n", dl=("license", dl), c=C[cc]["name"], pp=("id", passport(rng, cc)))
        d.f("Vehicle: {mk}, {c} registration {pl}, VIN {v}\n", mk=make, c=C[cc]["adj"], pl=("vehicle", home_plate), v=("vehicle", vin(rng)))
        d.t("Blood alcohol sample requested: yes, taken at %s (kit no. not recorded).\n" % rand_time(rng))
        d.f("Released to police: clothing only. Patient remains in resus, {ml} {m}.\n", ml=mrl, m=("mrn", mrn))
        d.f("Charge nurse: {n}\n", n=N(hname(rng, hc), rng, "full"))
    return d


# ==========================================================================
# 15. clinical trial sites abroad

SPONSORS = ["Helvion Therapeutics", "NordPharma Research", "Arcadia Biologics", "Meridian Oncology", "Kestrel Cardio"]
TRIAL_CC = ["DE", "PL", "ES", "IT", "NL", "DK", "BR", "MX", "IN", "KR", "JP", "TR", "UA", "CL", "CN", "FR"]


def trial(rng, i):
    d = Doc()
    layout = i % 5
    cc = TRIAL_CC[i % len(TRIAL_CC)] if chance(rng, 0.5) else rng.choice(TRIAL_CC)
    sponsor = rng.choice(SPONSORS)
    proto = pattern(rng, "`%s-`NNN" % "".join(w[0] for w in sponsor.split())) if chance(rng, 0.5) else pattern(rng, "AAA NNNN-NN-NNN")
    site = "%s%s" % (cc if chance(rng, 0.5) else "", pattern(rng, rng.choice(["NNNN", "NNN", "NNNNN"])))
    pi, pit = doctor(rng, cc)
    sc = make_person(rng, cc)
    cra = make_person(rng, rng.choice(["DE", "NL", "PL", "ES", "DK"]))
    pr = Profile(rng, cc, old_p=0.05, min_age=30, max_age=85)
    ev = pr.event
    ds = rng.choice(["dd-MON-yyyy", "ddMONyyyy", "iso", "dmy/", "dd-Mon-yy"])
    subj = "%s-%s" % (site, pattern(rng, "NNN"))
    rand = pattern(rng, rng.choice(["`R`NNNNN", "NNNNNN", "`RND-`NNNN"]))
    sdom = slug(sponsor)[:12] + ".example.com"
    cl = clinic(rng, cc)

    if layout == 0:
        d.t("SERIOUS ADVERSE EVENT REPORT - INITIAL\n")
        d.t("Sponsor: %s   Protocol: %s   Site no.: %s\n\n" % (sponsor, proto, site))
        kv(d, rng, [
            (["Subject ID", "Subject no."], "id", subj),
            (["Randomisation no.", "Randomization ID"], "id", rand),
            (["Subject initials"], "name", pr.p.initials()),
            (["Sex"], None, pr.sex),
        ], sep=": ")
        if chance(rng, 0.5):
            d.t("Year of birth: %d\n" % pr.dob.year)
        else:
            d.t("Date of birth: ")
            d.s("date", fmt_date(pr.dob, ds))
            d.t("\n")
        code, dx = rng.choice(DIAGNOSES)
        d.f("Event term: {dx}\nOnset date: {a}   Hospitalisation: {b} to {c}\n", dx=dx, a=D(ev, ds), b=D(ev, ds), c=D(add_days(ev, rng.randint(2, 12)), ds))
        d.f("Date of first dose: {a}   Last dose before event: {b}\n", a=D(add_days(ev, -rng.randint(30, 400)), ds), b=D(add_days(ev, -1), ds))
        d.t("Seriousness: hospitalisation. Causality (investigator): %s. Action with IP: %s.\n" % (
            rng.choice(["not related", "possibly related", "related"]), rng.choice(["drug interrupted", "dose not changed", "drug withdrawn"])))
        d.t("Narrative: %s" % clinical_text(rng, 3))
        if chance(rng, 0.6):
            device_line(d, rng, ds, add_days(ev, -rng.randint(100, 2000)), prefix=" Concomitant device - ")
        d.t("\n")
        d.f("\nInvestigator: {t} {n}\n{c}, {a}\nTel {p}   Fax {f}   {e}\n", t=pit, n=N(pi, rng, "full"), c=cl["name"], a=("address", cl["addr"].one),
            p=("phone", cl["phone"]), f=("fax", cl["fax"]), e=("email", staff_email(rng, pi, cl["dom"])))
        d.f("Signature: {s}   Date: {dt}\n", s=("name", pi.initials()), dt=D(add_days(ev, 1), ds))

    elif layout == 1:
        d.t("MONITORING VISIT REPORT (interim)\n")
        d.f("Protocol {p} | Site {s} | Visit date {dt}\n", p=proto, s=site, dt=D(ev, ds))
        d.f("CRA: {n} ({e})\n", n=N(cra, rng, "full"), e=("email", staff_email(rng, cra, sdom)))
        d.f("Site staff present: {t} {pi} (PI), {sc} (study coordinator)\n\n", t=pit, pi=N(pi, rng, "full"), sc=N(sc, rng, "full"))
        d.t("Subjects reviewed (SDV):\n")
        for k in range(rng.randint(3, 5)):
            d.t("  - ")
            d.s("id", "%s-%s" % (site, pattern(rng, "NNN")))
            d.t(rng.choice([": visit 4 (week 12) ", ": screening ", ": EOT visit ", ": unscheduled visit "]))
            d.s("date", fmt_date(add_days(ev, -rng.randint(5, 120)), ds))
            d.t(rng.choice([" - ICF version 3.0 signed, OK", " - AE of %s not in EDC" % rng.choice(DIAGNOSES)[1],
                            " - lab values K %.1f transcribed correctly" % rng.uniform(3.5, 5), " - protocol deviation: visit out of window"]))
            d.t("\n")
        d.t("\nFindings: temperature log for IP fridge shows excursion to 9.1 °C on one day; sponsor notified.\n")
        d.f("Follow-up letter to be sent to {n} by {dt}.\n", n=N(pi, rng, "initial_last"), dt=D(add_days(ev, 10), ds))
        d.f("Report approved by {n}, Clinical Trial Manager.\n", n=N(make_person(rng, rng.choice(["DE", "NL", "SE", "DK"])), rng, "full"))

    elif layout == 2:
        d.t("SUBJECT SCREENING & ENROLMENT LOG - Site %s (%s)\n" % (site, C[cc]["name"]))
        d.t("Protocol %s\n\n" % proto)
        d.t("Scr. no. | Initials | Date of consent | Status | Subject/Rand no.\n")
        for k in range(rng.randint(4, 6)):
            p2 = make_person(rng, cc)
            d.s("id", "S%s" % pattern(rng, "NNNN"))
            d.t(" | ")
            d.s("name", p2.initials() if chance(rng, 0.7) else "-".join(p2.initials()))
            d.t(" | ")
            d.s("date", fmt_date(add_days(ev, k * rng.randint(2, 9)), ds))
            st = rng.choice(["randomised", "randomised", "screen failure (eGFR 38)", "withdrew consent", "screen failure (HbA1c 11.2%)"])
            d.t(" | %s | " % st)
            if st == "randomised":
                d.s("id", "%s-%s" % (site, pattern(rng, "NNN")))
                d.t(" / ")
                d.s("id", pattern(rng, "`R`NNNNN"))
            else:
                d.t("n/a")
            d.t("\n")
        d.f("\nLog maintained by {n}; checked by {m} on {dt}.\n", n=N(sc, rng, "full"), m=N(cra, rng, "initial_last"), dt=D(ev, ds))

    elif layout == 3:
        hc = rng.choice(["UK", "US", "CA", "AU"])
        hx = host_ctx(rng, hc)
        hpi = hname(rng, hc)
        d.t("%s\n" % cl["name"])
        d.f("{a}\n{dt}\n\n", a=("address", cl["addr"].one), dt=D(ev, "d Month y"))
        d.f("To: {t} {n}, Principal Investigator, {h}\n\n", t=hx["h"]["dr"], n=N(hpi, rng, "full"), h=hx["hospital"])
        d.f("Re: transfer of trial subject {s} (protocol {p})\n\n", s=("id", subj), p=proto)
        d.f("Dear {t} {n},\n\n", t=hx["h"]["dr"], n=N(hpi, rng, "last"))
        d.f("Our subject {s} (randomisation no. {r}), {n}, ", s=("id", subj), r=("id", rand), n=N(pr.p, rng, "full"))
        if pr.age > 89:
            put_age(d, rng, pr.age, "aged N")
            d.t(", ")
        d.f("will relocate to live with {his} {rw} at ", his=pr.his(), rw=nok_for(rng, pr)[1])
        d.s("address", make_host_address(rng, hc).one)
        d.f(" from {dt}. With the sponsor's agreement, we request that {he} continue follow-up at your site. ",
            dt=D(add_days(ev, rng.randint(14, 40)), "d Month y"), he=pr.he())
        d.f("{He} is currently on study drug; last dispensing {dt}. {c}\n\n", He=pr.he().capitalize(), dt=D(add_days(ev, -rng.randint(3, 20)), "d Month y"),
            c=clinical_sentence(rng))
        d.f("Subject contact after move: {p}, {e}.\n", p=("phone", pr.mob), e=("email", pr.email))
        d.f("Source documents will be transferred via the sponsor; please contact our coordinator {sc} ({sp}).\n\n",
            sc=N(sc, rng, "full"), sp=("phone", phone(rng, cc, "land")))
        d.f("Yours sincerely,\n{t} {n}\nPrincipal Investigator, site {s}\n", t=pit, n=N(pi, rng, "full"), s=site)

    else:
        d.f("From: {n} <{e}>\nTo: {cra} <{ce}>\nSubject: Protocol deviation - subject {s}\nDate: {dt}\n\n", n=N(sc, rng, "full"),
            e=("email", staff_email(rng, sc, cl["dom"])), cra=N(cra, rng, "full"), ce=("email", staff_email(rng, cra, sdom)), s=("id", subj),
            dt=D(ev, rng.choice(["d Mon y", "dmy/"])))
        d.f("Dear {n},\n\n", n=N(cra, rng, "first"))
        d.f("I would like to report that subject {s} attended visit 6 on {dt}, 4 days outside the window, because {he} was travelling to ",
            s=("id", subj), dt=D(ev, ds), he=pr.he())
        d.t(rng.choice(["visit family abroad", "a funeral", "work"]) + ". ")
        d.t("IP was dispensed (2 bottles); %s.\n" % labs(rng))
        d.f("The subject also mentioned a new phone number, {p}; I have updated the contact log (not the EDC).\n",
            p=("phone", pr.mob))
        d.f("PI {t} {n} has been informed and signed the deviation form on {dt}.\n", t=pit, n=N(pi, rng, "last"), dt=D(add_days(ev, 1), ds))
        if chance(rng, 0.35):
            d.f("(EDC audit trail: entry unlocked from {ip} on {dt}.)\n", ip=("ip_address", "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))),
                dt=D(add_days(ev, 1), ds))
        d.t("\n")
        d.f("Best regards,\n{n}\nStudy Coordinator, site {s}\n{p}\n", n=N(sc, rng, "first_initial"), s=site, p=("phone", cl["phone"]))
    return d


# ==========================================================================
# 16. postal addresses in many national formats

def _jp_native(rng):
    pc = pattern(rng, "NNN-NNNN")
    a = rng.choice(["東京都渋谷区渋谷2-21-1", "東京都新宿区西新宿3-5-12 さくらマンション305", "大阪府大阪市北区梅田3-1-3",
                    "京都府京都市左京区北白川5-12", "北海道札幌市中央区南1条西4-5"])
    return pc, a


def _in_multi(rng):
    a = make_address(rng, "IN")
    return a


def address_doc(rng, i):
    d = Doc()
    layout = i % 5
    hc = rng.choice(["US", "UK", "CA", "AU"])
    hx = host_ctx(rng, hc)
    ds = hx["ds"]
    ev = rand_date(rng, 2022, 2025)
    cc = rng.choice(list(C.keys()))
    pr = Profile(rng, cc, event=ev, old_p=0.2 if layout == 1 else 0.05)
    mrl, mrn = host_mrn(rng, hc)
    clerk = hname(rng, hc)

    if layout == 0:
        d.t("%s - PATIENT ADDRESS VERIFICATION\n\n" % hx["hospital"])
        kv(d, rng, [
            (["Patient"], "name", pr.p.form(rng, "formal")),
            ([mrl], "mrn", mrn),
            (["DOB"], "date", fmt_date(pr.dob, ds)),
        ], sep=": ")
        d.t("\nPermanent address (abroad)\n")
        street_lab = rng.choice(["Street and number", "Street / house no.", "Address line 1"])
        d.f("  {l}: {s}\n", l=street_lab, s=("address", pr.addr.street))
        if pr.addr.postcode:
            d.f("  {l}: {z}\n", l=rng.choice(["Postcode", "Postal code", "ZIP / postcode", "PLZ" if cc == "DE" else "Postcode"]), z=("zip", pr.addr.postcode))
        d.f("  {l}: {c}\n", l=rng.choice(["Town/City", "City", "Locality"]), c=("address", pr.addr.city))
        d.t("  Country: %s\n" % C[cc]["name"])
        d.t("\nTemporary address (%s)\n" % HOSTS[hc]["name"])
        ta = make_host_address(rng, hc)
        d.f("  Address line 1: {s}\n  City: {c}\n", s=("address", ta.street), c=("address", ta.city))
        if ta.region:
            d.t("  %s: %s\n" % ({"US": "State", "CA": "Province", "AU": "State"}.get(hc, "Region"), ta.region))
        d.f("  {l}: {z}\n", l={"US": "ZIP", "UK": "Postcode", "CA": "Postal code", "AU": "Postcode"}[hc], z=("zip", ta.postcode))
        d.f("\nCorrespondence preference: {w}. Phone: {p}. E-mail: {e}\n", w=rng.choice(["e-mail", "post to temporary address", "post abroad"]),
            p=("phone", pr.mob), e=("email", pr.email))
        d.f("Verified by {n} on {dt} against {doc}.\n", n=N(clerk, rng, "initial_last"), dt=D(ev, ds),
            doc=rng.choice(["passport and hotel booking", "utility bill", "tenancy agreement", "university letter"]))

    elif layout == 1:
        sw = hname(rng, hc)
        d.f("SOCIAL WORK NOTE  {dt}\nRe: {n} ({ml} {m})\n\n", dt=D(ev, ds), n=N(pr.p, rng, "full"), ml=mrl, m=("mrn", mrn))
        cc2 = rng.choice(list(C.keys()))
        a2 = make_address(rng, cc2)
        nok, nokw = nok_for(rng, pr)
        d.f("Met with {t} {n}, ", t=pr.en_title(), n=N(pr.p, rng, "last"))
        put_age(d, rng, pr.age, rng.choice(["N-year-old", "aged N", "words-year-old"]))
        d.f(". {He} normally lives alone at ", He=pr.he().capitalize())
        d.s("address", pr.addr.one)
        d.f(" ({c}), but for the last three months has been staying with {his} {rw} {rn} at ", c=C[cc]["name"], his=pr.his(), rw=nokw,
            rn=N(nok, rng, rng.choice(["first", "full"])))
        d.s("address", make_host_address(rng, hc).one)
        d.t(". ")
        d.f("A family friend, {rn}, lives in ", rn=N(make_person(rng, cc2), rng, "full"))
        d.s("address", a2.city)
        d.t(" (")
        d.s("address", a2.one)
        d.t(") and has offered to take %s after discharge.\n" % pr.him())
        d.t("Post should go to %s PO box: " % pr.his())
        local_box = {"KE": "P.O. Box %d-00100, Nairobi" % rng.randint(1000, 99999),
                     "NG": "P.O. Box %d, Ikeja, Lagos" % rng.randint(100, 9999),
                     "DE": "Postfach %d, %s" % (rng.randint(100, 9999), make_address(rng, "DE").locality()),
                     "PL": "Skrytka pocztowa %d, %s" % (rng.randint(1, 300), make_address(rng, "PL").locality()),
                     "OM": "P.O. Box %d, P.C. 112, Ruwi" % rng.randint(100, 9999),
                     "EG": "P.O. Box %d, Cairo 11511" % rng.randint(100, 9999),
                     "IE": "PO Box %d, Galway" % rng.randint(10, 999),
                     "CI": "08 BP %d Abidjan 08" % rng.randint(100, 2999),
                     "PH": "P.O. Box %d, Makati Central Post Office, 1250 Makati City" % rng.randint(100, 9999)}.get(cc)
        host_box = {"AU": "GPO Box %d, Sydney NSW 2001" % rng.randint(100, 9999),
                    "US": "PO Box %d, %s" % (rng.randint(10, 99999), make_host_address(rng, "US").locality()),
                    "UK": "PO Box %d, %s" % (rng.randint(10, 999), make_host_address(rng, "UK").locality()),
                    "CA": "PO Box %d, Stn Main, %s" % (rng.randint(10, 9999), make_host_address(rng, "CA").locality())}[hc]
        box = local_box if local_box and chance(rng, 0.6) else host_box
        d.s("address", box)
        d.t(".\n")
        d.t("Discharge plan discussed; %s\n" % clinical_sentence(rng))
        d.f("{n}, MSW\n", n=N(sw, rng, rng.choice(["full", "initial_last"])))

    elif layout == 2:
        d.t("RETURNED-MAIL / ADDRESS LABELS - batch %s\n\n" % pattern(rng, "NNNN"))
        for k in range(rng.randint(3, 4)):
            kind = rng.choice(["foreign", "foreign", "jp", "in", "mil", "host"])
            d.t("[%d] " % (k + 1))
            p = make_person(rng, rng.choice(list(C.keys())))
            d.s("name", p.form(rng, rng.choice(["upper", "full"])))
            d.t("\n")
            if kind == "jp":
                pc, a = _jp_native(rng)
                d.t("    〒")
                d.s("address", "%s %s" % (pc, a))
                d.t("\n    JAPAN\n")
            elif kind == "mil":
                ma = military_address(rng, p)
                for line in ma.lines:
                    d.t("    ")
                    d.s("address", line)
                    d.t("\n")
            elif kind == "host":
                put_address(d, rng, make_host_address(rng, hc), "lines", indent="    ")
                d.t("\n")
            else:
                c2 = p.cc
                a = make_address(rng, c2)
                put_address(d, rng, a, "lines", indent="    ", country=C[c2]["name"].replace("the ", "").upper())
                d.t("\n")
            d.f("    Reason returned: {r}   ({ml} {m})\n\n", r=rng.choice(["addressee unknown", "insufficient address", "moved, no forwarding address",
                                                                            "refused"]), ml=mrl, m=("mrn", host_mrn(rng, hc)[1]))
        d.f("Processed by {n} on {dt}\n", n=N(clerk, rng, "initials"), dt=D(ev, ds))

    elif layout == 3:
        d.f("CHANGE OF ADDRESS - registration system audit\nPatient: {n}   {ml}: {m}\n\n", n=N(pr.p, rng, "formal"), ml=mrl, m=("mrn", mrn))
        cur = pr.addr
        for k in range(rng.randint(2, 3)):
            newa = make_address(rng, rng.choice([cc, cc, rng.choice(list(C.keys()))])) if k < 2 else make_host_address(rng, hc)
            d.f("{dt} {tm}  user ", dt=D(add_days(ev, -rng.randint(10, 900) + k * 300), ds), tm=rand_time(rng))
            d.s("name", hname(rng, hc).form(rng, rng.choice(["initials", "initial_last"])).lower() if chance(rng, 0.4) else hname(rng, hc).form(rng, "initial_last"))
            d.t("\n  old: ")
            d.s("address", cur.one)
            d.t("\n  new: ")
            d.s("address", newa.one)
            if newa.postcode and chance(rng, 0.5):
                d.f("\n  postcode field: {z}", z=("zip", newa.postcode))
            d.t("\n")
            cur = newa
        d.t("Reason: %s\n" % rng.choice(["patient moved to be near family", "temporary stay for treatment", "correction of transliteration"]))

    else:
        hc = "US"
        hx = host_ctx(rng, "US")
        pr2 = Profile(rng, rng.choice(["PH", "KR", "JP", "DE", "IT", "ES"]), event=ev)
        mem = host_person(rng, "US")
        d.t("TRICARE / OVERSEAS BENEFICIARY - ADDRESS & CONTACT FORM\n\n")
        ma = military_address(rng, mem, which=[3, 0, 2, 1, 4][(i // 5) % 5])
        kv(d, rng, [
            (["Sponsor name"], "name", mem.form(rng, "formal")),
            (["DoD ID / sponsor no."], "id", nz_digits(rng, 10)),
            (["Beneficiary (spouse)"], "name", pr2.p.full()),
            (["Beneficiary DOB"], "date", fmt_date(pr2.dob, "mdy/")),
            (["Mailing address"], "address", ma.one),
            (["Physical address (host nation)"], "address", pr2.addr.one),
            (["Host-nation postcode"], "zip", pr2.addr.postcode),
            (["DSN phone"], "phone", pattern(rng, "NNN-NNNN")),
            (["Off-base phone"], "phone", phone(rng, pr2.cc, "mob")),
            (["E-mail"], "email", email(rng, mem, "mail.example.mil")),
        ], sep=": ")
        d.f("\nStateside address of record: {a}\n", a=("address", make_host_address(rng, "US").one))
        d.f("Member ID (TRICARE): {h}\n", h=("health_plan", pattern(rng, "NNNNNNNNNNN")))
        d.f("Completed {dt}; reviewed by {n}.\n", dt=D(ev, "mdy/"), n=N(hname(rng, "US"), rng, "full"))
    return d


STYLES = [("interpreter_record", interpreter), ("foreign_licence_vehicle", vehicle_intake),
          ("clinical_trial_abroad", trial), ("postal_address_formats", address_doc)]
